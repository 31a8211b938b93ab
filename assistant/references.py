"""Resolve what a person or a model calls a round to a round of the session's tree.

A reference is the round number users see (`index`, the upload is 0), or words: "current",
"original", "previous", "next", "latest", "2 steps back", "before <reference>", "after
<reference>", or words from an earlier instruction ("the croissant" is the round whose instruction
mentions a croissant); given a matcher (`RoundTree.closest`), a description of how the photo came to look
("before it got dark") may also name the edit whose instruction means it. Nothing is guessed: a reference that
names no round is a `RoundReferenceError` with a sentence saying why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from assistant.errors import AmbiguousRoundError, NoPhotoError, RoundReferenceError
from language.action import vocab

NUMBER_WORDS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {word: 10 * tens for tens, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), start=3)}
"""Round numbers in words: zero to twenty, then the tens ("round ninety" names a round, one no session has)."""
_NUMBER = r"(?:\d+|" + "|".join(NUMBER_WORDS) + r")"

_FILLER = re.compile(r"^(?:the|a|an|that|this|my|our|your)\s+", re.IGNORECASE)
_TRAILING = re.compile(
    r"\s+(?:one|round|version|photo|picture|image|pic|edit|state|step)$|"
    r",?\s+(?:(?:and\s+|with\s+)?nothing\s+else(?:\s+on\s+it)?|before\s+anything\s+else)$",
    re.IGNORECASE,
)
"""Words after a reference that name nothing ("the blue one", "the hat version, nothing else on it")."""
_BY_NUMBER = re.compile(rf"^(?:(?:round|version|step|edit|number|no\.?|r|#)\s*)?(?P<n>{_NUMBER})$", re.IGNORECASE)
_STEPS_BACK = re.compile(
    rf"^(?P<n>{_NUMBER})\s+(?:steps?|rounds?|edits?|versions?)?\s*(?:back|ago|earlier)$", re.IGNORECASE
)
_BEFORE = re.compile(
    r"^(?:(?:the\s+)?(?:one|round|version|photo|picture|image)\s+)?(?:right\s+|just\s+)?before\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_STEPS_FORWARD = re.compile(
    rf"^(?P<n>{_NUMBER})\s+(?:steps?|rounds?|edits?|versions?)?\s*(?:forward|ahead|on)$", re.IGNORECASE
)
_STILL = re.compile(
    r"^(?:(?:the\s+)?(?:one|round|version|photo|picture|image)\s+)?(?:when|where|with|in\s+which)\s+(?P<rest>.+?)"
    r"(?:\s+(?:(?:was|were|is|are)\s+)?still\s+(?:there|here|in\s+it|in|visible|around|up|standing|on\s+it|"
    r"in\s+(?:the\s+)?(?:picture|photo|image|pic|shot|frame|scene)|in\s+the|"
    r"(?:on|in|at|by|under|over|near|behind|inside|above)\s+(?:the\s+|its\s+|their\s+)?[\w'-]+(?:\s+[\w'-]+)?)"
    r"|\s+(?:was|were)\s+(?:there|here|visible|around|in\s+(?:the\s+)?(?:picture|photo|image|pic|shot|frame|scene)))$",
    re.IGNORECASE,
)
"""A round named by something a later edit removed ("when the skier was still there", "when the pigeons were
still on the ledge", "when the spoon was there"): the round before it."""
_STILL_LOOKING = re.compile(
    r"^(?:(?:the\s+)?(?:one|round|version|photo|picture|image)\s+)?(?:when|where)\s+(?P<rest>.+?)\s+"
    r"(?:(?:was|were|is|are)\s+(?:still\s+)?(?:its|their|the)\s+(?:old|original|first|normal|usual|own)\s+colou?rs?|"
    r"(?:was|were|is|are)\s+still\s+(?:an?\s+)?(?P<look>[\w-]+)|"
    r"still\s+(?:had|has|have)\s+(?:its|their|the)\s+(?:old|original|first|normal|usual|own)\s+colou?rs?|"
    r"(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?P<new_look>(?!there\b|here\b|added\b|in\b|on\b|at\b)[\w-]+)"
    r"(?:\s+yet)?)$",
    re.IGNORECASE,
)
"""A round named by a look a later edit changed ("when the door was still red", "when the dog was still small",
"when the van still had its old colour", "when the hull was still its old colour", "when the apron wasnt green yet"):
the round before the first edit
on the current line that changed it."""
_THERE_STILL = re.compile(
    r"^(?:(?:the\s+)?(?:one|round|version|photo|picture|image)\s+)?(?:when|where|with|in\s+which)\s+there\s+"
    r"(?:was|were|is|are)\s+(?:still\s+)?(?P<rest>.+?)(?:\s+still)?$",
    re.IGNORECASE,
)
"""A round named by something there then ("when there was still a puddle"): as `_STILL`, the round that shows it."""
_EMPTY_LOOKS = frozenset({"empty", "bare", "plain", "clear", "clean", "blank"})
"""Looks that an addition takes away ("when the grandstand was still empty" names the round before it was filled)."""
_NOT_YET_THERE = re.compile(
    r"^(?:(?:the\s+)?(?:one|round|version|photo|picture|image)\s+)?(?:when|where|with|in\s+which)\s+(?P<rest>.+?)\s+"
    r"(?:wasn'?t|weren'?t|was\s+not|were\s+not|isn'?t|aren'?t)\s+(?:there|here|in\s+it|in\s+yet|yet|added|"
    r"(?:on|in|at|by|near|under|inside)\s+(?:the\s+|its\s+|their\s+)?[\w'-]+(?:\s+[\w'-]+)?)(?:\s+yet)?$",
    re.IGNORECASE,
)
"""A round named by something not yet added ("when the lumberjack wasn't there"): the round before it came."""
_HAD = re.compile(
    r"^(?:(?:the\s+)?(?:one|round|version|photo|picture|image)\s+)?(?:when|where|in\s+which)\s+.+?\s+(?:still\s+)?"
    r"(?:had|has|have)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
"""A round named by a thing that something in it had ("when the seat still had scratches", "the one where the
hippo had a bird on its back"): the round that shows that thing (see `_showing`); no round when no edit names it
("the one where the moped had a sidecar")."""
_STILL_PLACES = frozenset({"there", "here", "in", "visible", "around", "up", "standing", "on", "at", "inside"})
"""Words after "still" that say a thing was present ("still there"), not how it looked (see `_STILL`)."""
_LACKING = re.compile(
    r"^(?:the\s+)?(?:no-(?P<no>[\w'-]+)|(?P<less>[a-z]{3,}?)less)(?:\s+(?:one|version|pic|photo|shot|image))?$",
    re.IGNORECASE,
)
"""A round named as lacking a thing in one word ("the no-croissant version", "the spoonless one"): "no <thing>"."""
_WITHOUT = re.compile(
    r"^(?:(?:(?P<lead>.+?)\s+)?(?:without|w/o|but\s+no|but\s+not|"
    r"(?:but|and)\s+(?:the|its|their)\s+(?:old|original|normal|usual|previous)(?=\s))|"
    r"(?P<named>.+?(?:,|\s(?:one|version|pic|photo)))\s+"
    r"(?:no|not)|no)\s+(?P<rest>.+?)(?:\s+yet)?$",
    re.IGNORECASE,
)
"""A round named by what an edit changed, as it was without it ("the snowman without the scarf", "no fog", "the one
with the choir but no purple", "the red one, no hat yet", "the tent version not the hammock", "the ducks but the old
willow")."""
_BEFORE_CHANGE = re.compile(
    r"^(?P<what>.+?)\s+(?:right\s+|just\s+)?before\s+(?:it|they)\s+(?P<how>(?:went|got|turned|became)\s+.+)$",
    re.IGNORECASE,
)
"""A thing as it was before an edit changed it ("the kite before it went red"): the round before that edit."""
LAST_WITH = re.compile(
    r"\b(?:the\s+)?(?:last|latest|newest|most\s+recent)\s+(?:one|round|version|photo|pic|picture|image)\s+"
    r"(?P<how>with|without|w/o)\s+(?!(?:going|switching|moving|jumping|changing)\b)(?P<rest>[^,.!?]+)",
    re.IGNORECASE,
)
"""The newest round on the current line that still shows, or does not yet show, a thing ("the last one with the green
dress", "the last version with the photographer still in it", "the last one without the dog")."""
_NO_EDITS = re.compile(r"^(?:any\s+)?(?:changes?|edits?|editing|anything)$", re.IGNORECASE)
_ANY_EDIT = re.compile(
    r"^(?:i|you|u|we)\s+(?:\w+\s+)?(?:touched|changed|edited|did|started|made|messed\s+with|worked\s+on)"
    r"(?:\s+(?:anything|any(?:thing)?\s+(?:changes?|edits?)|it|the\s+(?:photo|picture|pic|image)|a\s+thing))?$",
    re.IGNORECASE,
)
"""The first edit said as any edit at all ("before you touched anything", "before we started"): before it is the
original."""
_OLD_THING = re.compile(
    r"^(?:old|original|previous|earlier|former|normal|usual)\s+(?P<thing>[\w'-]+(?:\s+[\w'-]+)?)$", re.IGNORECASE
)
"""A thing as it was before an edit changed it ("the old tables"): the round before that edit."""
_OTHER = re.compile(r"^other(?:\s+[\w'-]+){1,3}$", re.IGNORECASE)
"""The other try named with what it shows ("the other boat version")."""
_MULTIPLIED = re.compile(r"^\S+\s+(?:hundred|thousand|million|billion|trillion|gazillion|zillion)\b", re.IGNORECASE)
"""A number too big to be a round ("round one million")."""
_BEFORE_IT = re.compile(
    r"^(?P<what>.+?)\s+(?:right\s+|just\s+)?before\s+(?:i|you|we)\s+(?:(?P<done>[\w'-]+(?:\s+[\w'-]+)?)\s+"
    r"(?:it|them|one|another|some|more)(?P<how>\s+[\w'-]+)?|(?P<alone>[\w'-]+ed))$",
    re.IGNORECASE,
)
"""What an edit changed, as it was before it ("the car before you painted it", "the embers before i made them
brighter", "the geese before you added one", its "one" cut off by `_strip_fillers`): the round before that edit,
told from other edits of the same thing by the verb and how ("the zeppelin before you painted it" is not "add a
second zeppelin")."""
_LOOKED_BEFORE = re.compile(
    r"^how\s+(?P<what>.+?)\s+(?:looked|look|was|were|used\s+to\s+look)\s+(?:just\s+|right\s+)?before$", re.IGNORECASE
)
"""How a thing looked before ("how the porch looked before"): the round before the edit that changed it."""
_CHANGES_LOOK = re.compile(r"^(?:make|turn|paint|colou?r|recolou?r|dye)\b", re.IGNORECASE)
"""The verbs of an edit that may change how a thing looks (its colour, size or finish)."""
_LOOK_VERBS = frozenset({"paint", "colour", "color", "recolour", "recolor", "dye", "tint", "change"})
"""Verbs that say only a look changed: "the punt got painted" names "make the punt dark green" as well."""
_ADDITION = re.compile(r"^(?:add|put|place|insert|draw|give)\b", re.IGNORECASE)
"""An edit that brings a thing into the photo: before it, the thing was not there to look any way."""
_REMOVAL = re.compile(r"^(?:remove|delete|erase|hide|get\s+rid\s+of|take\s+(?:away|out|off))\b", re.IGNORECASE)
ORDINALS = {
    **{
        word: number
        for number, word in enumerate(
            "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1
        )
    },
    **{f"{number}{suffix}": number for number, suffix in enumerate(("st", "nd", "rd", *["th"] * 17), start=1)},
}
"""Ordinals in words and digits, first to tenth and 1st to 20th ("the 9th edit" names an edit no line has)."""
_ORDINAL_NUMBERS = {
    word: number
    for number, word in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), start=2)
}
_NTH_EDIT = re.compile(
    r"^(?:the\s+)?(?:very\s+)?(?P<nth>" + "|".join(ORDINALS) + r")\s+(?:edit|change|"
    r"(?:version|one|image|picture|pic|photo|thing)\s+(?:that\s+)?(?:you|u)\s+(?:made|did|created|edited|changed))$|"
    r"^(?:the\s+)?(?:edit|change|version|one|image|picture|pic|photo|thing)\s+(?:that\s+)?(?:you|u)\s+"
    r"(?:made|did|created|edited|changed)\s+(?P<nth_after>first|second|third|fourth|fifth)$",
    re.IGNORECASE,
)
"""An edit named by its order on the current line ("the first edit", "the second version you made", "the one you
did first")."""
_NTH_ROUND = re.compile(
    r"^(?:the\s+)?(?!1st\b)(?P<n>\d+)(?:st|nd|rd|th)\s+(?:round|version)$|"
    r"^(?:the\s+)?(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:round|version)$",
    re.IGNORECASE,
)
"""A round named by an ordinal ("the 2nd version", "the third round"): that round's number; "the first
version" stays the original."""
_NTH_TRY = re.compile(
    r"^(?:(?:the\s+)?(?:very\s+)?(?P<nth>" + "|".join(ORDINALS) + r")\s+"
    r"(?:(?P<named>(?!(?:edit|round|version|one|it|that)\b)[\w'-]+(?:\s+[\w'-]+)?)\s+)?(?:try|attempt|take|go|shot)|"
    r"(?:try|attempt|take)\s+(?:number\s+|no\.?\s*|#\s*)(?P<number>" + "|".join(NUMBER_WORDS) + r"|[1-9]))"
    r"(?:\s+(?:of|at|on|for)\s+(?P<thing>(?!(?:it|that|this|them)$)[\w\s'-]+))?$",
    re.IGNORECASE,
)
"""One of the tries of the latest edit tried more than once, in the order they were made ("the first try", "try
number two"), or of the latest edit of a thing ("the first attempt at the flames", "the first helmet try")."""
_NTH_OF_TRIED = re.compile(
    r"^(?:the\s+)?(?P<nth>" + "|".join(ORDINALS) + r")\s+(?P<thing>[\w'-]+(?:\s+[\w'-]+){0,2})$", re.IGNORECASE
)
"""A try named by its order and its thing alone ("the first salmon roll"), when that thing's edit was tried more than
once."""
_OTHER_TRY = re.compile(r"^(?:the\s+)?(?:other|earlier|older|former)\s+(?:try|attempt|take|shot)$", re.IGNORECASE)
"""The try of the latest edit tried more than once made before the current one (after it, if the current one is
the first): "the other try"."""
_AFTER = re.compile(
    r"^(?:(?:the\s+)?(?:one|round|version|photo|picture|image)\s+)?"
    r"(?:right\s+|just\s+)?(?P<how>after|with|where|when|in\s+which|that\s+has|that\s+had)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_ROUND_AFTER = re.compile(r"^(?:the\s+)?(?:round|version|edit)\s+after\s+(?P<rest>.+)$", re.IGNORECASE)
"""The round made next from a named one ("the round after the poster": the edit after the poster's); "(the one)
right after the poster" is the poster's round itself (`_AFTER`)."""
_PLACE = re.compile(
    r"\s(?:on|in|over|above|under|below|by|near|behind|beside|next\s+to|at|around|across|along|inside|outside)\s",
    re.IGNORECASE,
)
"""Where a reference's thing ends and its place begins ("the fireworks | over the dome")."""
_HAVING = re.compile(r"^(?:with|that\s+has|that\s+had)$", re.IGNORECASE)
"""Words that name a round by a thing it shows: a thing a later edit removed names the round before that edit."""
_GONE = re.compile(
    r"\b(?:removed|deleted|erased|hidden|gone|missing|taken|rid|out|away|off)\b|^(?:i|you|we|no|not)\b", re.IGNORECASE
)
"""Words that say the thing is gone or who acted ("with the dog removed", "with no dog", "with you removing it")."""

CURRENT_WORDS = frozenset({"", "current", "this", "it", "here", "now", "that", "present", "result", "selected"})
ORIGINAL_WORDS = frozenset(
    {
        "original",
        "upload",
        "uploaded",
        "start",
        "beginning",
        "initial",
        "source",
        "first",
        "unedited",
        "untouched",
        "unretouched",
        "unchanged",
        "unmodified",
        "unaltered",
        "uploaded photo",
        "original photo",
        "original image",
        "original picture",
        "photo i uploaded",
        "image i uploaded",
        "picture i uploaded",
        "very beginning",
        "very first",
        "og",
    }
)
_FIRST_UPLOAD = re.compile(
    r"^(?:the\s+)?(?:very\s+)?first\s+(?:photo|picture|image|pic|upload)(?:\s+i\s+(?:uploaded|sent))?$", re.IGNORECASE
)
"""The session's first uploaded photo, also when a later upload started another line."""
PREVIOUS_WORDS = frozenset({"previous", "prior", "parent", "back", "one before", "last step", "undo", "step back"})
NEXT_WORDS = frozenset({"next", "forward", "redo", "child", "following", "one after"})
LATEST_WORDS = frozenset({"latest", "newest", "most recent", "last", "recent", "final"})
OTHER_WORDS = frozenset(
    {"other", "other one", "other try", "other version", "other attempt", "other take", "other variant"}
)
"""The current round's one sibling: the other try of the same edit."""

_STOPWORDS = frozenset(
    """a an the and or of to in on at by for with from into onto over under it its this that these
    those i we you he she they me us him her them my our your his their is was were be been being
    am are has have had do did does done one ones round rounds version versions photo picture image
    pic edit edits edited change changes changed changing make made making add added adding put
    putting remove removed removing turn turned turning give gave given get got replace replaced
    where when which who what there here then so very just some any all time step steps""".split()
)


_ATTRIBUTE_WORDS = frozenset(word for phrase in (*vocab.COLORS, *vocab.ADJECTIVES) for word in phrase.split())
"""Words that say how an object looks; a round matched by these alone must not leave an object unmatched."""
_JOINED = re.compile(r"\s+(?:and|&|\+)\s+", re.I)
"""Where a reference names one more thing shown with the others ("the one with the van and the seagull")."""
_NAMED_PART = re.compile(r"\s*(?:the|a|an|some|his|her|their|its|no)\s", re.I)
"""A further thing named with a determiner ("the seagull", "no crowd"), not a clause ("carry on from there")."""
_COLOUR_WORDS = frozenset(word for phrase in vocab.COLORS for word in phrase.split())
_COMPARATIVES = frozenset(
    "darker lighter brighter dimmer bigger smaller larger taller shorter wider thinner thicker warmer cooler colder "
    "softer sharper older younger happier sadder calmer stronger weaker longer deeper higher lower".split()
)
"""Comparatives of looks an edit may ask for ("make the mud darker"), beside those of `_ATTRIBUTE_WORDS`."""


def _verb(node: RoundLike) -> str:
    """The first word of a round's instruction, lower-cased: the kind of edit it made ("add", "make")."""
    words = (node.instruction or "").lower().split(maxsplit=1)
    return words[0] if words else ""


def _other_colour(named: set[str], given: set[str]) -> bool:
    """Whether the colours a reference names differ from those the edits gave ("gold" is "golden")."""
    return bool(named and given) and not any(a.startswith(b) or b.startswith(a) for a in named for b in given)


CHAT_WORDS = frozenset(
    "please pls plz again more better nicer prettier liked like loved looked look looks how back go show see only "
    "thanks thank once".split()
)
"""Words around a reference that name nothing in the photo."""


class RoundLike(Protocol):
    """What resolution reads from a stored round (read-only, as `storage.Round` has it)."""

    @property
    def id(self) -> int: ...
    @property
    def parent_id(self) -> int | None: ...
    @property
    def index(self) -> int: ...
    @property
    def instruction(self) -> str | None: ...


R = TypeVar("R", bound=RoundLike)


def stem(word: str) -> str:
    """A crude singular: "croissants" -> "croissant", "glasses" -> "glass", "berries" -> "berry"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def base(word: str) -> str:
    """The noun under an adjective made with -y ("foggy" -> "fog", "snowy" -> "snow"); else the word."""
    if len(word) > 4 and word.endswith("y") and word[-2] not in "aeiouy":
        word = word[:-1]
        return word[:-1] if word[-1] == word[-2] else word
    return word


def verb_bases(word: str) -> set[str]:
    """The bare verbs a past tense may come from ("painted" -> "paint", "blurred" -> "blur", "tiled" -> "tile"),
    so that "after you painted the door" matches "paint the door red"."""
    if len(word) < 5 or not word.endswith("ed"):
        return set()
    return _bare_forms(word[:-2])


def _bare_forms(bare: str) -> set[str]:
    """The words a stem cut from an ending may be ("paint" of "painted", "til" -> "tile", "blurr" -> "blur")."""
    return {bare, bare + "e", *({bare[:-1]} if bare[-1] == bare[-2] else set())}


_KIN_PREFIX = 7
"""Letters two long words must share at their start to name the same thing ("unicycle" and "unicyclist")."""


def _kin(word: str, said: set[str]) -> bool:
    """Whether `word` and a word of `said` are forms of one long word ("unicycle", "unicyclist")."""
    return len(word) >= _KIN_PREFIX and any(
        len(other) >= _KIN_PREFIX and other[:_KIN_PREFIX] == word[:_KIN_PREFIX] for other in said
    )


_COMPOUND_HEAD = 4
"""Letters a word needs to name a compound by its end ("gulls" names "seagulls", "boat" names "sailboat")."""


def _compound(word: str, said: set[str]) -> bool:
    """Whether `word` is the head that ends a longer compound word of `said` ("gull" of "seagull")."""
    return len(word) >= _COMPOUND_HEAD and any(len(other) > len(word) + 2 and other.endswith(word) for other in said)


def keywords(text: str) -> set[str]:
    """The content words of `text`, stemmed, without stopwords and edit verbs."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {stem(word) for word in words if word not in _STOPWORDS}


def plain_forms(word: str) -> set[str]:
    """The bare verb of a gerund ("yawning" -> "yawn", "dimming" -> "dim", "glowing" -> "glow") and the plain
    look of a comparative ("darker" -> "dark", "bigger" -> "big"), so that "the yawning one" names "make the hippo
    yawn" and "the dark mud one" names "make the mud darker"."""
    forms: set[str] = set()
    if len(word) > 5 and word.endswith("ing"):
        forms |= _bare_forms(word[:-3])
    if len(word) > 4 and word.endswith("er") and word in _ATTRIBUTE_WORDS | _COMPARATIVES:
        forms |= _bare_forms(word[:-2])
    return forms


def _counted(word: str, said: set[str]) -> bool:
    """Whether a count of two or more ("two", "3") is what an edit that added one more said ("add a second
    capybara", "add another goose", "add a third lamp"): "the one with two capybaras" names that edit."""
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
    return count >= 2 and bool(said & {"another", "extra", "more"} or any(ORDINALS.get(w) == count for w in said))


def _matched(wanted: set[str], instruction: str) -> set[str]:
    """The words of `wanted` that an edit's `instruction` says, in any of their forms ("foggy" is "fog", "painted"
    is "paint", "unicyclist" is "unicycle", "yawning" is "yawn", "darker" is "dark": `plain_forms`; "two" is "a
    second": `_counted`; "gulls" is "seagulls": `_compound`)."""
    said = keywords(instruction)
    made = {form for word in said for form in _forms(word)}
    return {
        word
        for word in wanted
        if said & _forms(word) or word in made or _kin(word, said) or _counted(word, said) or _compound(word, said)
    }


def said_by(word: str, instruction: str) -> bool:
    """Whether `instruction` says `word` in one of its forms (`_matched`: "gulls" in "add seagulls")."""
    return bool(_matched({stem(word.lower())}, instruction))


def _forms(word: str) -> set[str]:
    """A word and the words it may be a form of (`base`, `verb_bases`, `plain_forms`)."""
    return {word, base(word), *verb_bases(word), *plain_forms(word)}


def _strip_fillers(text: str) -> str:
    text = re.sub(r"[\s\"'.,!?]+$", "", re.sub(r"^[\s\"'.,!?]+", "", text))
    text = re.sub(r"\s+", " ", text)
    while True:
        stripped = _FILLER.sub("", _TRAILING.sub("", text)).strip()
        if stripped == text:
            return text
        text = stripped


SHOWN_ELSEWHERE = "Round {index}: {description}; the current round is {current}."
"""How a round that is not the current one is shown: a later "continue from there" means that round
(`shown_round`)."""
_SHOWN = re.compile(r"^Round (?P<index>\d+): .*; the current round is \d+\.$", re.S)


def shown_round(reply: str) -> int | None:
    """The index of the round a reply showed without moving there (`SHOWN_ELSEWHERE`), if it did."""
    match = _SHOWN.match(reply.strip())
    return None if match is None else int(match["index"])


def parse_number(word: str) -> int:
    """An index written in digits or words ("3", "three")."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


_BECAME = re.compile(r"\b(?:got|gets|went|goes|became|becomes|turned|turns|was|were|looked)\b", re.I)
"""A verb that says how the photo came to look ("it got dark"), where a bare look ("the rainbow") may be a thing."""


def _several(text: str, nodes: Sequence[RoundLike]) -> AmbiguousRoundError:
    """The error for a reference that names several rounds, saying which, so the person can pick one by number."""
    numbers = sorted({node.index for node in nodes})
    listed = ", ".join(str(n) for n in numbers[:-1]) + f" and {numbers[-1]}"
    every = "both" if len(numbers) == 2 else "all"
    return AmbiguousRoundError(f"Rounds {listed} {every} match {text!r}: which one do you mean? Say its number.")


@dataclass
class RoundTree(Generic[R]):
    """A session's rounds (creation order) and its current round; resolves references against them."""

    rounds: Sequence[R]
    current_id: int | None
    closest: Callable[[str, Sequence[str]], int | None] | None = field(default=None, repr=False, compare=False)
    """Which of some instructions a description means (`language.similarity.closest`), for words that name no
    edit by its own words; None reads words only."""
    _by_id: dict[int, R] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {r.id: r for r in self.rounds}

    @property
    def current(self) -> R:
        """The session's current round; `NoPhotoError` when there is none."""
        if self.current_id is not None and self.current_id in self._by_id:
            return self._by_id[self.current_id]
        if self.rounds:
            return self.rounds[-1]
        raise NoPhotoError()

    def parent(self, node: R) -> R | None:
        """The round `node` was edited from; None for an upload."""
        return self._by_id.get(node.parent_id) if node.parent_id is not None else None

    def children(self, node: R) -> list[R]:
        """Rounds edited from `node`, in creation order."""
        return [r for r in self.rounds if r.parent_id == node.id]

    def lineage(self, node: R) -> list[R]:
        """`node` and its ancestors, nearest first, ending at the upload it came from."""
        chain = [node]
        while (up := self.parent(chain[-1])) is not None:
            chain.append(up)
        return chain

    def by_index(self, index: int) -> R:
        """The round users call `index`."""
        for node in self.rounds:
            if node.index == index:
                return node
        numbers = sorted(r.index for r in self.rounds)
        raise RoundReferenceError(f"There is no round {index}; this session has rounds {numbers[0]} to {numbers[-1]}.")

    def resolve(self, reference: int | str | None) -> R:
        """The round `reference` names (None or "current": the current round)."""
        if not self.rounds:
            raise NoPhotoError()
        if isinstance(reference, bool):
            raise RoundReferenceError("A round is named by its number or in words, not by yes or no.")
        if isinstance(reference, int):
            return self.by_index(reference)
        words = " ".join((reference or "").split())
        if match := _NTH_EDIT.match(words):
            return self._nth_edit(ORDINALS[(match["nth"] or match["nth_after"]).lower()])
        if match := _NTH_ROUND.match(words):
            return self.by_index(int(match["n"]) if match["n"] else _ORDINAL_NUMBERS[match["nth"].lower()])
        if match := _NTH_TRY.match(words):
            nth = ORDINALS[match["nth"].lower()] if match["nth"] else parse_number(match["number"])
            return self._nth_try(nth, match["thing"] or match["named"])
        if (match := _NTH_OF_TRIED.match(words)) and len(self._tried(match["thing"])) > 1:
            return self._nth_try(ORDINALS[match["nth"].lower()], match["thing"])
        if _OTHER_TRY.match(words):
            return self._other_try()
        if _FIRST_UPLOAD.match(words):
            return next((r for r in self.rounds if r.parent_id is None), self.rounds[0])
        return self._resolve_words(_strip_fillers(reference or ""), depth=0)

    def _nth_edit(self, nth: int) -> R:
        """The `nth` edit on the current round's line ("the first edit" is the one after the upload)."""
        edits = self.lineage(self.current)[-2::-1]
        if nth > len(edits):
            raise RoundReferenceError(
                f"The current line has {len(edits)} edit(s), so there is no edit number {nth} on it."
            )
        return edits[nth - 1]

    def _nth_try(self, nth: int, thing: str | None = None) -> R:
        """The `nth` try of an edit: the rounds made from its parent, oldest first. The edit is the latest that
        names `thing`, else the latest on the current line tried more than once, else the current round's (after
        "try again" and an edit on top, "back to the second try" still means the edit that has tries)."""
        tries = self._tries_of(thing) if thing else self._latest_tries()
        if nth > len(tries):
            edit = f"The edit of {thing}" if thing else "The last edit"
            raise RoundReferenceError(f"{edit} was tried {len(tries)} time(s), so there is no try number {nth}.")
        return tries[nth - 1]

    def _latest_tries(self) -> list[R]:
        """The tries of the latest edit on the current line tried more than once, else of an edit made on the current
        round more than once (after going back to where they were made), else the current round's."""
        for up in self.lineage(self.current)[1:]:
            if len(tries := self.children(up)) > 1:
                return tries
        if len(tries := self.children(self.current)) > 1:
            return tries
        parent = self.parent(self.current)
        return [self.current] if parent is None else self.children(parent)

    def _other_try(self) -> R:
        """The try beside the current round: the one made just before it, else the one after it."""
        tries, line = self._latest_tries(), self.lineage(self.current)
        on = next((at for at, node in enumerate(tries) if node in line), None)
        if len(tries) < 2 or on is None:
            raise RoundReferenceError("The last edit was tried once, so there is no other try.")
        return tries[on - 1] if on > 0 else tries[1]

    def _tries_of(self, thing: str) -> list[R]:
        """The tries of the latest edit whose instruction names `thing` ("the flames"): the rounds made beside it
        that name it too, retries and corrections alike ("make the sign pink", then "make the sign blue")."""
        wanted = keywords(thing)
        for node in reversed(self.rounds):
            if (up := self.parent(node)) is not None and wanted and _matched(wanted, node.instruction or "") == wanted:
                return [r for r in self.children(up) if _matched(wanted, r.instruction or "") == wanted]
        raise RoundReferenceError(f'No edit mentions {thing!r}; say "show me the history" to see the rounds.')

    def _tried(self, thing: str) -> list[R]:
        """The tries of the latest edit that names `thing` (`_tries_of`), none when no edit names it."""
        try:
            return self._tries_of(thing)
        except RoundReferenceError:
            return []

    def _resolve_words(self, text: str, depth: int) -> R:
        text = _LACKING.sub(lambda m: f"no {m['no'] or m['less']}", text)
        lowered = text.lower()
        if depth > 4:
            raise RoundReferenceError(f"I couldn't follow the reference {text!r}; name a round by its number.")
        if lowered in CURRENT_WORDS:
            return self.current
        if match := _BY_NUMBER.match(lowered):
            return self.by_index(parse_number(match["n"]))
        if lowered in ORIGINAL_WORDS:
            return self.lineage(self.current)[-1]
        if _MULTIPLIED.match(lowered):
            raise RoundReferenceError(f'There is no round {text}; say "show me the history" to see the rounds.')
        if lowered in PREVIOUS_WORDS:
            return self._steps_back(1)
        if match := _STEPS_BACK.match(lowered):
            return self._steps_back(parse_number(match["n"]))
        if lowered in NEXT_WORDS:
            return self._next()
        if match := _STEPS_FORWARD.match(lowered):
            return self._steps_forward(parse_number(match["n"]))
        if lowered in OTHER_WORDS:
            return self._other()
        if _OTHER.match(lowered) and (other := self._only_other()) is not None:
            return other
        if lowered in LATEST_WORDS:
            return self.rounds[-1]
        if match := LAST_WITH.fullmatch(text.strip()):
            rest = _strip_fillers(match["rest"])
            if match["how"].lower() != "with":
                return self._without(rest, depth)
            return self._last_showing(self._resolve_words(f"with {rest}", depth + 1), rest)
        if (match := _BEFORE_IT.match(text)) and keywords(match["what"]):
            done = match["done"] or match["alone"]
            return self._resolve_words(f"before {match['what']} {done}{match['how'] or ''}", depth + 1)
        if (match := _LOOKED_BEFORE.match(text)) and keywords(match["what"]):
            return self._resolve_words(f"before {match['what']}", depth + 1)
        if (match := _BEFORE_CHANGE.match(text)) and keywords(match["what"]):
            return self._resolve_words(f"before {match['what']} {match['how']}", depth + 1)
        if (match := _OLD_THING.match(text)) and keywords(match["thing"]) - _ATTRIBUTE_WORDS:
            return self._resolve_words(f"before the {match['thing']}", depth + 1)
        if match := _BEFORE.match(text):
            if _ANY_EDIT.match(_strip_fillers(match["rest"])):
                return self.lineage(self.current)[-1]  # "before you touched anything": the original
            try:
                target = self._resolve_words(_strip_fillers(match["rest"]), depth + 1)
            except AmbiguousRoundError:
                target = self._tried_from_one(_strip_fillers(match["rest"]))
            before = self.parent(self._first_to_show(target, match["rest"]))
            if before is None:
                raise RoundReferenceError(f"Round {target.index} is an uploaded photo; there is nothing before it.")
            return before
        if match := _THERE_STILL.match(text):
            return self._showing(self._resolve_words(_strip_fillers(match["rest"]), depth + 1))
        if (match := _STILL_LOOKING.match(text)) and (match["look"] or "").lower() not in _STILL_PLACES:
            return self._before_change(match["rest"], match["look"], made=match["new_look"])
        if match := _NOT_YET_THERE.match(text):
            return self._resolve_words(f"before {_strip_fillers(match['rest'])}", depth + 1)
        if match := _HAD.match(text):
            return self._showing(self._resolve_words(_strip_fillers(match["rest"]), depth + 1))
        if match := _STILL.match(text):
            return self._showing(self._resolve_words(_strip_fillers(match["rest"]), depth + 1))
        if match := _WITHOUT.match(text):
            return self._without(_strip_fillers(match["rest"]), depth, match["lead"] or match["named"])
        if match := _ROUND_AFTER.match(text):
            return self._made_after(self._resolve_words(_strip_fillers(match["rest"]), depth + 1))
        if match := _AFTER.match(text):
            target = self._resolve_words(_strip_fillers(match["rest"]), depth + 1)
            if _HAVING.match(match["how"]) and not _GONE.search(match["rest"]):
                return self._showing(target)
            return target
        return self._matching(text)

    def _first_to_show(self, target: R, text: str) -> R:
        """The oldest edit on `target`'s line, with no removal between, that a bare thing ("the zeppelin") matches
        as well as `target` does: "before the zeppelin" is before the edit that brought it, not before a later one
        that changed it. A text that says a done verb ("before the pigeons were removed") names `target` itself."""
        wanted = keywords(text) - CHAT_WORDS
        if any(verb_bases(word) for word in re.findall(r"[a-z]+", text.lower())) or not target.instruction:
            return target
        matched = _matched(wanted, target.instruction)
        if not matched:
            return target  # named otherwise ("before last", "before round 2")
        if _REMOVAL.match(target.instruction):
            brought = [
                earlier
                for earlier in self.lineage(target)[1:]
                if earlier.instruction
                and not _REMOVAL.match(earlier.instruction)
                and matched <= _matched(wanted, earlier.instruction)
            ]
            return self._first_to_show(brought[0], text) if brought else target  # the dog came before it went
        first = target
        for earlier in self.lineage(target)[1:]:
            if (
                not earlier.instruction
                or _REMOVAL.match(earlier.instruction)
                or not matched <= _matched(wanted, earlier.instruction)
            ):
                break
            first = earlier
        return first

    def _before_change(self, thing: str, look: str | None, *, made: str | None = None) -> R:
        """The round before the oldest edit on the current line that changed how `thing` looks away from `look`
        (with no `look`, "its old colour": the oldest that changed how it looks), or that `made` it look so ("when the
        apron wasnt green yet")."""
        named = keywords(thing) - CHAT_WORDS
        for node in reversed(self.lineage(self.current)[:-1]):
            said = keywords(node.instruction or "")
            changed = bool(_CHANGES_LOOK.match(node.instruction or "")) and (
                made.lower() in said if made else look is None or look.lower() not in said
            )
            if named and named <= said and changed:
                return self.parent(node) or node
        for node in reversed(self.lineage(self.current)[:-1]):  # "when the windows were still dark": lit up since
            added = bool(_ADDITION.match(node.instruction or "")) and (look or "").lower() not in _EMPTY_LOOKS
            if named and named <= keywords(node.instruction or "") and not added:
                return self.parent(node) or node
        raise RoundReferenceError(f"No edit on this line changed how {thing!r} looks.")

    def _last_showing(self, target: R, thing: str) -> R:
        """The newest round on the current line that still shows what `target`'s edit did: no later edit on the
        way names `thing`'s nouns ("the last one with the green dress" is the round before "make her dress
        lavender"); `target` itself when it is on another line."""
        line = self.lineage(self.current)
        if target not in line:
            return target
        still = _STILL.match(f"with {thing}")
        named = keywords(still["rest"] if still else thing) - _ATTRIBUTE_WORDS
        after = line[: line.index(target)]
        changed = [node for node in after if node.instruction and named & keywords(node.instruction)]
        return line[line.index(changed[-1]) + 1] if changed else line[0]

    def _showing(self, target: R) -> R:
        """The round that still shows what `target`'s edit removed ("the one with the dog" after "remove the
        dog" is the round before it); `target` itself when its edit removed nothing."""
        if not target.instruction or not _REMOVAL.match(target.instruction):
            return target
        return self.parent(target) or target

    def _without(self, text: str, depth: int, lead: str | None = None) -> R:
        """The round without what `text` names: the round the `lead` words name when it is on another branch than
        that edit ("the tent version not the hammock"), else the original without any edits, the edit that removed
        it, or the round before the edit that brought it."""
        if _NO_EDITS.match(text):
            return self.lineage(self.current)[-1]
        try:
            target = self._resolve_words(text, depth + 1)
        except AmbiguousRoundError:
            target = self._tried_from_one(text)  # "no gondolier" after two tries of adding one: before both
        if lead and keywords(lead) - CHAT_WORDS:
            try:
                named = self._resolve_words(_strip_fillers(lead), depth + 1)
            except AmbiguousRoundError:
                named = self._best_matches(_strip_fillers(lead))[0]  # what it lacks tells the ones named apart
            except RoundReferenceError:
                named = None
            if named is not None and target not in self.lineage(named) and named not in self.lineage(target):
                return named
        if target.instruction and _REMOVAL.match(target.instruction):
            return target
        before = self.parent(target)
        if before is None:
            raise RoundReferenceError(f"Round {target.index} is an uploaded photo; there is nothing before it.")
        return before

    def _meant(self, text: str) -> R | None:
        """The edit `closest` says `text` means, the newest of those with that instruction, when `text` says only
        how the photo came to look ("it got dark"); None when it names a thing, which no edit's words name, or
        without `closest`."""
        if self.closest is None or keywords(text) - CHAT_WORDS - _ATTRIBUTE_WORDS or not _BECAME.search(text):
            return None
        edits = {node.instruction: node for node in self.rounds if node.instruction}
        if (at := self.closest(text, list(edits))) is None:
            return None
        return list(edits.values())[at]

    def _steps_back(self, steps: int) -> R:
        chain = self.lineage(self.current)
        if steps < 1:
            raise RoundReferenceError('Say how many steps to go back, e.g. "2 steps back".')
        if steps >= len(chain):
            if len(chain) == 1:
                raise RoundReferenceError(
                    f"Round {chain[0].index} is the original photo; there is nothing before it to go back to."
                )
            raise RoundReferenceError(
                f"Round {self.current.index} is only {len(chain) - 1} edit(s) away from the original photo."
            )
        return chain[steps]

    def _made_after(self, node: R) -> R:
        """The round made next from `node`: the one on the way to the current round, else its newest child."""
        line = self.lineage(self.current)
        if node in line[1:]:
            return line[line.index(node) - 1]
        if not (later := self.children(node)):
            raise RoundReferenceError(f"Nothing was made after round {node.index}.")
        return later[-1]

    def _next(self) -> R:
        node = self.current
        later = self.children(node)
        if not later:
            raise RoundReferenceError(f"There is nothing to redo: no edit was made from round {node.index}.")
        return later[-1]

    def _steps_forward(self, steps: int) -> R:
        """The round `steps` redos ahead, each the newest child of the one before."""
        node = self.current
        for _ in range(steps):
            later = self.children(node)
            if not later:
                raise RoundReferenceError(f"There is nothing to redo after round {node.index}.")
            node = later[-1]
        return node

    def _other(self) -> R:
        """The other try of the current round's edit: its one sibling."""
        if (other := self._only_other()) is None:
            raise RoundReferenceError(
                'I don\'t know which other round you mean; name it by number ("show me the history").'
            )
        return other

    def _only_other(self) -> R | None:
        """The current round's one sibling; None when it has none or several."""
        parent = self.parent(self.current)
        siblings = [] if parent is None else [r for r in self.children(parent) if r is not self.current]
        return siblings[0] if len(siblings) == 1 else None

    def _colours(self, node: R, objects: set[str]) -> set[str]:
        """The colours that the edits on the way to `node` gave any of `objects` ("door" -> {"red"})."""
        colours: set[str] = set()
        for earlier in self.lineage(node):
            said = keywords(earlier.instruction or "")
            if said & objects:
                colours |= said & _COLOUR_WORDS
        return colours

    def _tried_from_one(self, text: str) -> R:
        """The best of several edits that `text` matches equally when all were made from one round ("the wallpaper"
        after it was made cream and, from the same round, light blue): what was before them is that round."""
        found, tied = self._best_matches(text)
        if any(self.parent(node) is not self.parent(found) for node in tied):
            raise _several(text, [found, *tied])
        return found

    def _matching(self, text: str) -> R:
        """The one edit whose instruction best matches `text` (`_best_matches`); when others match as well, or when
        `text` names several things and one of them no edit up to that round made (`_unshown_part`), no round."""
        found, tied = self._best_matches(text)
        if tied:
            raise _several(text, [found, *tied])
        if (part := self._unshown_part(text, found)) is not None:
            raise RoundReferenceError(
                f'No round shows {text.strip()!r}: no edit up to round {found.index} made {part!r}. Say "show me the '
                'history" to see the rounds.'
            )
        return found

    def _unshown_part(self, text: str, found: R) -> str | None:
        """The first of several things named together ("the van and the seagull") that no edit on the way to
        `found` names, since that round's photo only has what those edits made; None when each is named."""
        first, *more = _JOINED.split(text)
        if not all(_NAMED_PART.match(part) for part in more):
            return None  # "the sign one and carry on from there": one thing, then something to do
        parts = [
            part
            for part in (first, *more)
            if keywords(part) - CHAT_WORDS - _ATTRIBUTE_WORDS and not re.match(r"\s*no\s", part, re.I)
        ]
        if len(parts) < 2:
            return None
        made = [node.instruction for node in self.lineage(found) if node.instruction]
        return next((part.strip() for part in parts if not any(_matched(keywords(part), said) for said in made)), None)

    def _best_matches(self, text: str) -> tuple[R, list[R]]:
        """The edit whose instruction best matches `text`, and the other edits that match it as well. Ties go to the
        edit done with the verb the text says ("the pigeons were added" is "add pigeons", not "remove the pigeons"),
        then the current line, then the newest. Matching as well: a look alone that two edits on the same footing
        gave ("the blue one" after the guitar and the wall were made blue), or a thing that two different edits with
        the same verb name in full, on the current line or not ("the flag one" after a flag was added on the bow and
        another on the crane, "the wallpaper one" after it was made cream and, from the round before, light
        blue)."""
        wanted = keywords(text)
        if not wanted:
            raise RoundReferenceError(
                f'I don\'t know which round {text!r} means; name it by number (say "show me the history").'
            )
        head = keywords(_PLACE.split(text, maxsplit=1)[0])
        done = {bare for word in re.findall(r"[a-z]+", text.lower()) for bare in verb_bases(word)}
        on_line = {r.id for r in self.lineage(self.current)}
        ranked: list[tuple[tuple[float, bool, bool, int], R, bool]] = []
        for order, node in enumerate(self.rounds):
            if not node.instruction:
                continue
            matched = _matched(wanted, node.instruction)
            unmatched = wanted - matched - CHAT_WORDS
            if matched <= _ATTRIBUTE_WORDS and unmatched - _ATTRIBUTE_WORDS:
                continue  # "where the cat was blue" is not "make the ramp blue"
            if head - CHAT_WORDS and not head & matched:
                continue  # "the fireworks over the dome" is not "open the dome"
            colours = self._colours(node, matched - _ATTRIBUTE_WORDS)
            if unmatched & _COLOUR_WORDS and not colours:
                continue  # "the pink hedgehog" is not "put a hat on the hedgehog"
            if _other_colour(unmatched & _COLOUR_WORDS, colours - matched):
                continue  # "the blue door" is not "paint the door red" nor "add a wreath on the (red) door"
            score = len(matched) / len(wanted)
            verb = _verb(node) in done or bool(done & _LOOK_VERBS and _CHANGES_LOOK.match(node.instruction))
            rank = (score, verb, node.id in on_line, order)
            if score > 0:
                ranked.append((rank, node, matched <= _ATTRIBUTE_WORDS))
        if not ranked and (meant := self._meant(text)) is not None:
            return meant, []
        if not ranked:
            raise RoundReferenceError(
                f'No earlier edit mentions {text!r}; say "show me the history" to see the rounds.'
            )
        best, found, look_only = max(ranked, key=lambda item: item[0])
        tied = [
            node
            for rank, node, _ in ranked
            if node.instruction != found.instruction
            and (
                (look_only and rank[:3] == best[:3])
                or (rank[:2] == best[:2] and rank[0] == 1.0 and _verb(node) == _verb(found))
            )
        ]
        return found, tied
