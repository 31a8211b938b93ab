"""One message as several requests: split at "and", "then", sentences and lists, keeping a shared verb,
quoted text, words taken back ("make the saucer blue, no, the plate") and "it" for the request before."""

from __future__ import annotations

import re

from assistant.understanding.corrections import correct
from assistant.understanding.phrases import attribute_like, clean, object_of, tells_of, wished_instruction
from assistant.understanding.pronouns import named_first, resolve_pronoun
from assistant.understanding.vocabulary import (
    ATTRIBUTE_WORDS,
    BASE_REF,
    CORRECTION_MARK,
    DETERMINER,
    EDIT_VERB,
    IMPERATIVE,
    LIST_START,
    LISTED,
    LOOK_SAID,
    OWNER,
    PHOTO_PRONOUN,
    PHOTO_VERB,
    PLACE,
    RECOLOUR,
    REMOVAL,
    REPORTED,
    REQUEST_START,
    SAYS_OF,
    SOMEONE_ELSE,
    TRAILING_IT,
    VERB_LATER,
)

_SENTENCES = re.compile(
    r"(?:(?<!\bvs)(?<!\bno)(?<!\bnr)(?<!\bver)(?<!\brev)(?<!\brnd)(?<!\brd)[.!?;]+(?:\s+|$)|"
    r"(?:(?<=\bno)|(?<=\bnr)|(?<=\bver)|(?<=\brev)|(?<=\brnd)|(?<=\brd))(?:[!?;]+|\.(?!\s*\d))(?:\s+|$)|\n+|(?<!\bctrl)(?<!\bcmd)(?<!\bcommand)\s+\+\s+|,?\s+and\s+then\s+|,?\s+then\s+|,?\s+and\s+also\s+|,\s*also\s+|"
    r",\s*after\s+that\s+"
    rf"|,?\s+and\s+(?:after\s+that|afterwards|finally)\s+(?={EDIT_VERB}\b)"
    r"|(?<=\w)\s*[\U0001F300-\U0001FAFF\u2600-\u27BF][\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]*\s+"
    r"(?!(?:on|in|at|of|to|for|with|by|near|from|under|over|behind|above|below|beside)\b))",
    re.I,
)
_LIST_MARK = rf"(?:(?:step|#)\s*)?(?:\d{{1,2}}[.):]|[a-h]\)|\d{{1,2}}(?=\s+{EDIT_VERB}\b))"
"""What numbers one request of a list: "2.", "2)", "b)", or a bare "2" right before an edit verb, maybe after "step"
or "#"."""
_NUMBERED = re.compile(rf"(?:^|\s+){_LIST_MARK}\s+", re.I)
"""The marks between the requests of a numbered list ("1. remove the tourists 2. make the sky pink", "1 remove the
bin 2 add a moon", "a) ... b) ...")."""
_POINTS_BACK = re.compile(r"\b(?:it|its|them|that|this)\b", re.I)
"""A request that itself speaks of a thing said before it ("add a bird on its tail"), so "it" after it may too."""
_TAKING_BACK = r"(?:no+|nope|sorry|sry|actually|wait|i\s+mean|(?:or\s+)?rather)"
"""Words that take back what was just said ("no", "sorry", "i mean")."""
_SAID_OVER_AFTER_COMMA = re.compile(rf"\s*,\s+(?={_TAKING_BACK}\b)", re.I)
"""The comma before words that take back what came before it in the same sentence ("..., no, the plate blue")."""
_TAKES_BACK_LAST_SAID = re.compile(rf"^\s*(?:{_TAKING_BACK}|make\s+that|scratch\s+that)\b", re.I)
"""A sentence that opens by taking back the one before it in the same turn ("..., no, the plate blue")."""
_CHANGED_MIND = re.compile(
    r"\s*(?:[,.;!…]+|\s[–—-]+)\s*(?=(?:no+|nope|wait|actually|sorry|oops|i\s+mean|make\s+that|or\s+rather)\b)|"
    r"\s+(?=(?:no+\s+wait|wait\s+no|sorry\s+i\s+mean|i\s+mean)\b)",
    re.I,
)
"""Where a turn takes back what it just said, to say it otherwise ("make the wings purple... no wait, pink", "remove
the cup no wait the spoon"); without a mark between them only after words that can only take back."""
_BARE_NO = re.compile(r"no+\s+(?!(?:wait|i|the|a|an|my|that|this)\b)(?P<word>[\w'-]+)", re.I)
"""A change that opens with a bare "no" and a word that is not a thing named anew: the change takes back only when
that word is a look ("..., no blue"), as "add a beach, no people" says what the beach lacks."""
_MORE_NOT_OTHER = re.compile(r"\b(?:also|too|as\s+well|plus|never\s*mind|nothing)\b", re.I)
"""Words that add to what was said, or drop it all, rather than say it otherwise ("..., actually also a moon")."""
_QUOTED_WORDS = re.compile(r"(?<!\w)'[^'\n]+'(?!\w)|\"[^\"\n]+\"|`[^`\n]+`|‘[^’\n]+’|“[^”\n]+”")
"""Words in quotes, with a single quote only where it opens after a space and closes before one, so that "the kid's
hat. make the dog's collar red" holds no quote."""
_JOINS = re.compile(
    r"(,?\s+and\s+|,\s+|\s+plus\s+|(?<!\bi)(?<!\bi'd)(?<!\bid)(?<!\bwe)(?<!\bwe'd)(?<!\byou)(?<!\bu)\s+also\s+|"
    r"\s+&\s+|\s+n\s+)",
    re.I,
)
"""What joins two requests of one sentence ("remove the bin and add a moon", "blur it & crop it", "crop it n blur
it"), not the "also" of a wish's own subject ("i'd also like"); whether a request really follows is checked in
`split_requests`."""
_ANDED = re.compile(r"\band\b|\bplus\b|&|^\s*n\s*$", re.I)
"""A joiner that adds one more thing ("and", "plus", "&", "n"), where a comma or "also" may start anything."""
_ASKED_AFTER = re.compile(
    r"\b(?:but|so|actually|anyway|now|please|pls|do\s+(?:it|that)|(?:can|could|would)\s+(?:you|u))\b", re.I
)
"""Words after a told-of edit that ask for it after all ("my friend said to make the sky pink, so do it")."""
_OWN_PLAN = re.compile(
    r"^(?:(?:later|tomorrow|tonight|maybe|probably|someday|one\s+day|at\s+some\s+point|next\s+time)[\s,]+)?"
    r"(?:(?:i|we)(?:'m|\s+am|'re|\s+are|'ll|\s+will)\s+(?:(?:going\s+to|gonna|about\s+to|planning\s+to)\s+)?+"
    r"(?!need\b|want\b|like\b|love\b)\w"
    rf"|(?:i'?d\s+like|i\s+(?:would\s+like|want|need)|we\s+(?:want|need))\s+to\s+(?!{PHOTO_VERB}\b)\w)",
    re.I,
)
"""A person's own plan ("I'm going to print this and hang it in the workshop", "later i'll remove the bin and add a
rug", "i'd like to print it and hang it in the hall"): what follows "and" shares its subject, so it is no request."""
_THING_TOO = re.compile(rf"(?P<thing>{OWNER}\s+[\w'-]+(?:\s+[\w'-]+){{0,2}}?)\s+(?:too|as\s+well|also)[\s.!]*", re.I)
"""A thing named with "too" after a request in the same sentence ("... and the spoon too")."""
_SHARED_VERB = re.compile(
    rf"^(?:(?:(?P<verb>(?:make|paint|turn|colou?r)\s+)|(?:i'?d\s+like|i\s+(?:would\s+like|want|need))\s+)"
    rf"{DETERMINER}\s+[\w'-]+(?:\s+[\w'-]+){{0,2}}?\s+(?:{LOOK_SAID}|gone)"
    rf"|(?P<adding>(?:add|put|place)\s+)(?:an?|some|more|two|three)\s+[\w'-]+(?:\s+[\w'-]+)?\s+{PLACE}\s+.+)$",
    re.I,
)
"""A request whose verb a following "and <object> <colour>" or "and <thing> <place>" shares ("make the barn red and
the tractor blue", "add a kite in the sky and a dog on the grass"); a wish shares "make" ("i want the chess board
wooden and the pieces black")."""
_ELLIPSIS = re.compile(
    rf"^(?:{DETERMINER}\s+[\w'-]+(?:\s+[\w'-]+){{0,2}}?\s+(?:{LOOK_SAID}|gone)"
    rf"|(?:an?|some|more|two|three)\s+[\w'-]+(?:\s+[\w'-]+)?\s+{PLACE}\s+.+)$",
    re.I,
)
"""The second half of a shared-verb pair: an object and its colour (or "gone"), or a thing and its place."""
_DESCRIBED_BASE = re.compile(
    r"^(?P<base>(?:(?:starting|start|working|going)\s+)?(?:from|on|off|using|with)\s+the\s+[\w'-]+(?:\s+[\w'-]+)?\s+"
    rf"(?:version|one|pic|photo))\s+(?P<rest>(?:{EDIT_VERB})\b.+)$",
    re.I,
)
"""A round described by its edit and then an edit to make on it, with no comma between."""
_BASE_ONLY = re.compile(rf"^(?:starting\s+)?(?:from|on|using|based\s+on)\s+(?:{BASE_REF})$", re.I)
_PRAISED = re.compile(
    r"(?:i\s+)?(?:love|loving|adore|like)\s+(?:it|this|that)(?:\s+(?:so\s+much|a\s+lot))?"
    r"|(?:it|this|that)\s+(?:looks?|is)\s+(?:so\s+|really\s+)?(?:great|good|amazing|perfect|lovely|nice|better|gorgeous)"
    r"|(?:looks?|looking)\s+(?:so\s+|really\s+)?(?:great|good|amazing|perfect|lovely|nice|better|gorgeous)",
    re.I,
)
"""Words that only praise what was made ("love it", "looks great"): before "and" and a wish, that wish is a request
of its own ("love it and i'd like the leis purple")."""


def split_requests(text: str) -> list[str]:
    """The separate requests of a turn, in order ("undo that and make the saucer red" is two, and so are two wishes:
    "the van should be black and the fence needs to go"; a described round to start from is its own, with or without
    its comma: "starting from the snowy version add a cat", `_DESCRIBED_BASE`)."""
    text = _DESCRIBED_BASE.sub(r"\g<base>, \g<rest>", text, count=1)
    requests: list[str] = []
    listed = LIST_START.search(text)
    head, items = (text[: listed.start()], text[listed.start() :]) if listed else (text, "")
    sentences = [*_split_outside_quotes(_SENTENCES, head), *_NUMBERED.split(items)]
    for sentence in sentences:
        if requests and (finished := _sentence_sharing_verb(requests[-1], sentence)):
            sentence = finished
        pieces = _carried_forward(_split_outside_quotes(_JOINS, sentence))
        current = pieces[0]
        for joiner, piece in zip(pieces[1::2], pieces[2::2], strict=False):
            lead, joined = clean(current), clean(current + joiner + piece)
            named = named_first(joined) != joined
            anded = _ANDED.search(joiner) is not None
            planned = anded and (any(_OWN_PLAN.match(t) for t in (lead, current.strip())) or told_of(lead))
            filler = joined == clean(piece)  # the lead is only fillers: "go ahead and remove the bottle"
            if (
                lead
                and not _BASE_ONLY.match(lead)
                and (
                    REQUEST_START.match(clean(piece))
                    or ((own_wish(lead) or _PRAISED.fullmatch(lead)) and own_wish(clean(piece)))
                )
                and not (named or planned or filler)
            ):
                requests.append(current)
                current = piece
            elif (shared := _SHARED_VERB.match(lead)) and _shares_verb(joiner, clean(piece)):
                requests.append(current)
                current = (shared["verb"] or shared["adding"] or "make ") + clean(piece)
            elif anded and (verb := _listed_verb(lead, clean(piece))):
                requests.append(current)
                current = verb + clean(piece)
            elif (too := _THING_TOO.fullmatch(piece.strip())) and (moved := _same_for(lead, too["thing"])):
                requests.append(current)
                current = moved  # "make the saucer red and the spoon too": the spoon red as well
            else:
                current += joiner + piece
        requests.append(current)
    return [request.strip() for request in requests if request.strip(" \t.,;:!?")]


def _sentence_sharing_verb(previous: str, sentence: str) -> str | None:
    """A sentence that is only the second half of a shared-verb pair or list after the request before it, with that
    verb ("make the shirts red. and the collar blue", "add a moon. also some stars", "remove the people in the back.
    oh and the bin"); None for any other sentence."""
    lead, piece = clean(previous), clean(sentence)
    if re.search(r"\b(?:should|must|could|would|can|will|be)\b", piece, re.I) or SAYS_OF.search(piece):
        return None  # a sentence of its own ("also the crusher should be yellow")
    if (shared := _SHARED_VERB.match(lead)) and _ELLIPSIS.match(piece):
        return (shared["verb"] or shared["adding"] or "make ") + piece
    if verb := _listed_verb(lead, piece):
        return verb + piece
    return None


def pointing_back_within(requests: list[str]) -> list[str]:
    """Requests of one turn, with "it" or "them" in one read as the thing the request before it changed or added
    ("make the car red and give it racing stripes" -> "... give the car racing stripes"), not the last turn's."""
    resolved = requests[:1]
    for request in requests[1:]:
        said, before = clean(request), clean(resolved[-1])
        points = PHOTO_PRONOUN.match(said) or TRAILING_IT.search(said)
        edits = IMPERATIVE.match(before) and not re.match(REMOVAL, before, re.I)
        own = not _POINTS_BACK.search(before) and not re.search(r"\bits\b", said, re.I)
        resolved.append(resolve_pronoun(said, before) if points and edits and own else request)
    return resolved


_SELF_ANSWERED = re.compile(
    r"(?:(?:hmm+|um+|ok(?:ay)?|so)[,.]*\s+)?(?:should|shall)\s+(?:i|we)\s+(?P<request>[^?]+?)\s*\?+\s*"
    r"(?:yes+|yeah|yep|yup|ok(?:ay)?|sure|why\s+not)\b[\s,.!]*"
    r"(?:(?:(?:let'?s|lets)\s+)?(?:do\s+it|go\s+for\s+it)|go\s+ahead)?[\s.!]*",
    re.I,
)
"""A question the person answers at once with a yes ("should i make the curtain green? yeah lets do it"): the
request asked about is asked for."""
_THOUGHT_THEN_GO = re.compile(
    r"(?:(?:hmm+|um+|ok(?:ay)?|so)[,.]*\s+)?(?:maybe|perhaps|i\s+was\s+thinking|i\s+guess\s+(?:we|you|u)\s+could|"
    r"what\s+about|how\s+about)\s+(?P<request>[^?…]+?)\s*(?:\?+|\.{2,}|…)\s*"
    r"(?:(?:yes+|yeah|yep|yup|ok(?:ay)?|sure|alright|fine)\b[\s,.!]*)?"
    r"(?:(?:(?:let'?s|lets)\s+)?(?:do\s+it|go\s+for\s+it|try\s+it)|go\s+ahead|go)[\s.!]*",
    re.I,
)
"""A change thought of aloud and then gone ahead with ("maybe add a hat? go for it", "i guess we could add sesame
seeds on the buns? yeah go ahead", "how about a red carpet? yes do it"): the change thought of is asked for, a thing
alone as an addition."""


_THEREFORE = re.compile(r"\s*[,:;–—-]*\s+(?:and\s+)?(?:so|therefore|hence|that'?s\s+why)\s+", re.I)
"""Where a reason gives way to what it is for ("the landlord says no cars in the alley so remove the parked car")."""
_WHY_AFTER = re.compile(
    r"(?P<ask>.+?)\s*[,;.!–—-]+\s*(?:(?:because|bc|cuz|cos|coz|since)\s+.+|"
    r"(?:my|our|the|his|her|their)\s+[\w' -]{1,30}?\s+"
    r"(?:loves?|likes?|hates?|wants?|prefers?|adores?|is\s+(?:into|obsessed|a\s+fan)|can'?t\s+stand)\b.*)",
    re.I,
)
"""A request and then why ("make the brushes yellow, the owner likes yellow", "give the truck a flame paint job, my
nephew loves hot rods")."""


_ONLY_INSTEAD = re.compile(r"[\w' -]+?\s+instead[\s.!]*", re.I)
"""What the last edit should have been, said alone ("blue instead")."""


def without_reasons(text: str) -> str:
    """The request of a turn that wraps it in a reason told before it (`_THEREFORE`) or after it (`_WHY_AFTER`), as a
    request alone; the reason asks for nothing. A request that points back ("… so make it pink") keeps its reason,
    which may be what "it" is. Other turns as they are."""
    for reason in _THEREFORE.finditer(text):
        told, request = text[: reason.start()], text[reason.end() :]
        if ": " in request and not IMPERATIVE.match(clean(request)):
            request = request.split(": ", 1)[1]  # "... so i want to cheer her up: put a big bow on the scooter"
        if len(told.split()) < 3 or REQUEST_START.match(clean(told)) or re.search(EDIT_VERB + r"\b", told, re.I):
            continue
        if CORRECTION_MARK.search(told) or re.search(rf"\b(?:{BASE_REF})|\b(?:branch|round|version)\b", told, re.I):
            continue  # "sorry, I mean: replace the wasp", "branch off the original: …": more than a reason
        if (IMPERATIVE.match(clean(request)) and not _POINTS_BACK.search(request)) or _ONLY_INSTEAD.fullmatch(request):
            return request  # "my boss thinks a blue helmet would look better, so blue instead": the correction
    why = _WHY_AFTER.fullmatch(text.strip())
    if why and IMPERATIVE.match(clean(why["ask"])) and not _POINTS_BACK.search(why["ask"]):
        return why["ask"]
    return text


def said_over(text: str) -> str:
    """A request said again with one part changed in the same turn, as the second request alone ("make the saucer
    blue. no, the plate blue" -> "make the plate blue"; after a comma only when the first part is an order: "make the
    saucer blue, no, the plate blue"), or as it was finally meant (`_changed_mind`), or asked about and answered yes
    (`_SELF_ANSWERED`); other turns as they are."""
    if (answered := _SELF_ANSWERED.fullmatch(text.strip())) and IMPERATIVE.match(answered["request"]):
        return answered["request"]
    if thought := _THOUGHT_THEN_GO.fullmatch(text.strip()):
        if IMPERATIVE.match(clean(thought["request"])):
            return thought["request"]
        if re.match(r"(?:an?|some)\s+\w", thought["request"], re.I):
            return f"add {thought['request']}"  # "how about a red carpet down the escalator? yes do it"
    sentences = _split_outside_quotes(_SENTENCES, text)
    if len(sentences) != 2:
        sentences = _SAID_OVER_AFTER_COMMA.split(text, maxsplit=1)
        if len(sentences) != 2 or not IMPERATIVE.match(clean(sentences[0])):
            sentences = []
    taken_back = len(sentences) == 2 and _TAKES_BACK_LAST_SAID.match(sentences[1])
    return (taken_back and _sentence_sharing_verb(sentences[0], sentences[1])) or _changed_mind(text)


def _changed_mind(text: str) -> str:
    """An edit asked for and then said otherwise in the same turn, maybe more than once, as it was finally meant
    ("make the cape red, no blue, actually red" -> "make the cape red", "add a moon. actually no moon, add stars" ->
    "add stars"); nothing of it was made yet, so nothing is corrected. Other turns as they are."""
    head, *changes = _CHANGED_MIND.split(text.strip())
    if not changes or not IMPERATIVE.match(clean(head)) or any(_MORE_NOT_OTHER.search(c) for c in changes):
        return text
    if _POINTS_BACK.search(head):
        return text  # "make it red, no, blue": what "it" is comes from the session, read with the whole turn
    request = head
    for change in changes:
        bare_no = _BARE_NO.match(change)
        if bare_no and not attribute_like(bare_no["word"].lower()):
            return text
        corrected = correct(request, change, "correct_object")
        parts = object_of(request)
        kept = parts is None or parts[1].lower() in (corrected or "").lower()
        if not corrected or not (kept or re.search(rf"\b(?:{DETERMINER}\s|(?:{EDIT_VERB})\b)", change, re.I)):
            return text  # "make the satchel darker, no, lighter": a look read as a thing would lose the satchel
        request = corrected
    return request


def _same_for(request: str, thing: str) -> str | None:
    """A request that changes a named thing's look, done to `thing` ("make the saucer red", "the spoon" -> "make the
    spoon red"); None for any other request."""
    parts = object_of(request)
    if parts is None or not re.fullmatch(RECOLOUR, parts[0], re.I) or not attribute_like(parts[2]):
        return None
    return f"{parts[0]} {thing}{parts[2]}"


def _split_outside_quotes(pattern: re.Pattern[str], text: str) -> list[str]:
    """`pattern.split(text)`, except at a match inside quoted words, which a sign or a caption says as one ("add a
    banner saying 'Merry Xmas. Love, Gran'")."""
    quoted = [match.span() for match in _QUOTED_WORDS.finditer(text)]
    pieces: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        if match.end() > match.start() and not any(left < match.start() < right for left, right in quoted):
            pieces += [text[start : match.start()], *match.groups()]
            start = match.end()
    return [*pieces, text[start:]]


def _shares_verb(joiner: str, piece: str) -> bool:
    """Whether `piece` is the second half of a shared-verb pair (`_ELLIPSIS`) after `joiner`: after "and", or after a
    comma when it names a thing, not a shade of the look before it ("make the hat red, the scarf blue", not "make it
    blue, the dark blue")."""
    if not _ELLIPSIS.match(piece):
        return False
    return _ANDED.search(joiner) is not None or (
        joiner.strip() == "," and piece.split()[1].lower() not in ATTRIBUTE_WORDS
    )


def _carried_forward(pieces: list[str]) -> list[str]:
    """`_JOINS.split` pieces (text, joiner, text, ...) with a piece of only fillers put before the next one, which it
    opens ("remove the bin, oh and add a moon": "oh" goes with "add a moon", not after "the bin")."""
    made = pieces[:1]
    at = 1
    while at < len(pieces) - 1:
        joiner, piece = pieces[at], pieces[at + 1]
        while at + 3 < len(pieces) and not clean(piece):
            piece += pieces[at + 2] + pieces[at + 3]
            at += 2
        made += [joiner, piece]
        at += 2
    return made


def own_wish(words: str) -> str | None:
    """The edit that words wish for when they are the person's own wish (`wished_instruction`: "the fence needs to
    go" -> "remove the fence"), not one told of (`REPORTED`, `SOMEONE_ELSE`); None otherwise."""
    if REPORTED.search(words) or SOMEONE_ELSE.match(words):
        return None
    wished = wished_instruction(words)
    return wished if wished != words and IMPERATIVE.match(wished) else None


def _listed_verb(lead: str, piece: str) -> str | None:
    """The removal or addition verb that `piece` shares with `lead` (`LISTED`), if any."""
    for first, second in LISTED:
        if (match := first.match(lead)) and second.match(piece):
            return match["verb"]
    return None


def told_of(words: str) -> bool:
    """Whether the edit the words name is only told of, not asked for (`REPORTED` before its verb, nothing after
    that asks for it): "our designer wants to make the turntable gold, ugh" corrects nothing."""
    match = VERB_LATER.search(words)
    if match is None or match.start("tail") == 0 or _ASKED_AFTER.search(match["tail"]):
        return False
    return tells_of(words[: match.start("tail")])
