"""Navigation, show, compare, share and export: the rounds a turn names ("round 2", "the original", "before the
tie", "two steps back", "the version with the blue cup") and the calls that go there or show them."""

from __future__ import annotations

import re

from assistant.errors import AmbiguousRoundError, NoPhotoError, RoundReferenceError
from assistant.references import CHAT_WORDS, LAST_WITH, NUMBER_WORDS, ORDINALS, RoundTree, keywords, parse_number, stem
from assistant.understanding.phrases import clean, words_of
from assistant.understanding.turns import Call, Turn
from assistant.understanding.vocabulary import (
    BACK_TO_IT,
    BACK_TO_THAT,
    BEFORE_AND_AFTER,
    DEFINITE,
    DETERMINER,
    NOT_A_VERB,
    NUMBER,
    OWNER,
    REMOVAL,
    ROUND_SIDE,
    TAKE_BACK,
    VERDICT,
    WORSE,
)

_ROUND_NUMBER = re.compile(
    rf"(?:\b(?:round|version|(?:ver|rev|rnd|rd)\.?|r|v)(?:\s+(?:number|no\.?|nr\.?|num\.?|#))?|#|"
    rf"\b(?:edit|step|change)\s+(?:number|no\.|nr\.?|#)|(?:^|(?<=\bto\s))(?:number|no\.|nr\.?))\s*"
    rf"(?P<n>[-+]?\d[\w.]*|(?:{NUMBER[3:-1]})(?:\s+(?:hundred|thousand|million|billion|trillion))*)\b"
    r"(?!\s+(?:point|dot|and\s+a\s+half)\b)",
    re.I,
)
_TO_NUMBER = re.compile(
    r"\b(?:to|back|goto)\s+(?!\d+\s*x\b)(?P<n>[-+]?\d[\w.]*)\b"
    r"(?!\s+(?:steps?|rounds?|edits?|changes?|versions?|times)\b)",
    re.I,
)
_FROM_NUMBER = re.compile(
    r"\b(?:(?:continue|start|go\s+on|carry\s+on|keep\s+going|work)\s+(?:from|on|with)|(?:peek|look|glance)\s+at)\s+"
    r"(?P<n>\d+)(?=\s*(?:$|[,.!?]|\s(?:but|and|pls|please|again|then|instead|for\s+now)\b))",
    re.I,
)
"""A bare round number after words that go on from it or look at it ("lets continue from 2", "peek at 3 but dont
switch")."""
_BEFORE_NUMBER = re.compile(r"\bbefore\s+$", re.I)
""""before" right before a round's number ("go back to before round 2"): the round that one was made from."""
_BARE_NUMBER = re.compile(
    r"(?:(?<![\w.-])|(?<=\b[rv]))(?!\d+(?:st|nd|rd|th)\b)(?![-+]?\d[\w.]*[-–:/]\d)(?P<n>[-+]?\d[\w.]*)", re.I
)
"""A number with no noun, in a comparison ("1 vs 3", "round 1e9"); not an ordinal ("the 2nd edit") nor part of a score,
a time or a date ("the 4-2 one", "10:30")."""
_STEPS_AGO = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:steps?|rounds?|edits?|changes?|versions?)\s+(?:back|ago|earlier|before)\b", re.I
)
"""Steps back with their noun ("3 steps back", "two edits ago"): a count of steps, never a round's number."""
_AS_IT_WAS = re.compile(
    r"\b(?:how|the\s+way|like)\s+it\s+was\b(?!\s+(?:before\b(?![\s.!?]*$)|when|after|with|in|at|on|originally|initially|first|earlier|to\s+begin)\b)"
    rf"(?!\s+(?:{NUMBER}|a)\s+(?:steps?|rounds?|edits?|changes?|versions?)\b)",
    re.I,
)
"""The round before the last edit, said as the way it was ("pls revert to how it was", "how it was before")."""
_AROUND = re.compile(rf"{BEFORE_AND_AFTER}\s+(?:of\s+|for\s+)?(?P<ref>{DETERMINER}\s+.+?)[\s.!?]*$", re.I)
"""A comparison around one edit ("before and after the confetti"): its parent and itself."""
_SAID_WITH_AND_WITHOUT = re.compile(
    rf"\bwith\s*(?:and|&|n|/|or|vs\.?)\s*without\s+(?P<ref>{DETERMINER}\s+[\w'-]+"
    r"(?:\s+(?!(?:pls|please|plz|side|next|together|now)\b)[\w'-]+)?)",
    re.I,
)
"""A comparison of a thing's edit said as with and without it ("with and without the ship, side by side"): that edit's
parent and itself."""
_THING_AROUND = re.compile(
    rf"^(?:compare\s+|show(?:\s+me)?\s+)?(?P<ref>{DETERMINER}\s+[\w'-]+(?:\s+[\w'-]+)?)\s+{BEFORE_AND_AFTER}"
    r"(?:\s+(?:(?:you|u|we|i)\s+[a-z]+ed|[a-z]+ing)\b[\w' -]*)?[\s.!?]*$",
    re.I,
)
"""A comparison around the edit of one thing, the thing said first ("compare the geraniums before and after", "the
sign before and after making it bigger"): that edit's parent and itself, when only one edit names the thing (else the
original and now: "the tent before and after" after two edits of the tent)."""
_LAST_TWO = re.compile(
    r"\b(?:last|latest|newest)\s+(?:two|2)\b|\b(?:two|2)\s+(?:most\s+recent|latest|newest)\b|"
    r"^compare\s+(?:the|these|those|both)\s+(?:two|2)\b",
    re.I,
)
"""A comparison of the two newest rounds ("put the last two side by side", "compare the two murals")."""
_STEPS = re.compile(rf"\b(?P<n>{NUMBER})\s+(?:steps?|rounds?|edits?|changes?|versions?|times)\b", re.I)
_TIMES = {"twice": 2, "thrice": 3, "both": 2}
_REPEATS = re.compile(
    rf"\b(?:last|latest|past|previous)\s+(?P<last>{NUMBER})\b(?!\s+(?:one|version|round|photo|picture)\b)|"
    r"(?<![\w-])x\s*(?P<times>\d+)\b|\b(?P<by>\d+)\s*x\b|\ball\s+(?P<all>\d|" + "|".join(NUMBER_WORDS) + r")\b|"
    r"\band\s+the\s+(?P<also>one|edit|change)\s+before\b",
    re.I,
)
"""How many edits an undo or a redo spans, said another way: "undo the last two", "redo x2", "undo that and the
one before"."""
_NUMBER_THEN_ROUND = re.compile(
    r"\b(?:go|goto|go\s+to|back\s+to|show(?:\s+me)?)\s+(?P<n>\d+)\s+(?:round|version)(?:\s+(?:pls|please|plz))?[\s.!?]*$",
    re.I,
)
"""A round number said before its noun ("go 2 round", "show 3 version"): round 2, not two steps back (a singular
noun after a number above one counts no steps)."""
_UNDO_KEYS = re.compile(r"\b(?:ctrl|cmd|command)\s*[-+]?\s*z\b", re.I)
"""The undo shortcut typed as words ("ctrl-z ctrl-z"): each one an undo."""
_REDO_KEYS = re.compile(r"\b(?:ctrl|cmd|command)\s*[-+]?\s*(?:y|shift\s*[-+]?\s*z)\b", re.I)
"""The redo shortcut typed as words ("ctrl y ctrl y"): each one a redo."""
_ALL_AFTER = re.compile(
    r"(?:undo|revert|remove|drop|scrap|cancel|lose|ditch)\s+(?:everything|all(?:\s+of\s+it|\s+(?:the\s+)?(?:edits|changes))?)"
    r"\s+(?:you\s+did\s+)?(?:after|since)\s+(?P<ref>(?!that\b|this\b|it\b|then\b|now\b)[\w\s'-]+?)[\s.!]*$",
    re.I,
)
"""Every edit after a named one taken back ("undo everything after the blue cup"): back to that edit's round."""
_ALL_UNDONE = re.compile(r"\b(?:all|everything|every\s+edit)\b", re.I)
"""A redo of all that was undone ("redo everything i undid", "redo all of them")."""
_BACK_COUNT = re.compile(
    rf"(?:\bback\s+(?!\d)|^rewind\s+|^(?=(?:\d+|{'|'.join(NUMBER_WORDS)})\s+back\b))(?P<n>\d+|{'|'.join(NUMBER_WORDS)})(?:\s+back)?"
    r"(?:\s+(?:pls|please|plz))?[\s.!?]*$|"
    rf"^(?:show|display|view|pull\s+up|go|take\s+me|jump)(?:\s+me)?\s+(?P<count>{'|'.join(NUMBER_WORDS)})\s+back"
    r"(?:\s+(?:pls|please|plz))?[\s.!?]*$",
    re.I,
)
"""Steps back said as "back two", "rewind 2", "2 back" or "show me two back" ("back to two" names round 2)."""
_BACK_FROM_HERE = re.compile(
    rf"\bback\s+(?P<n>\d+|{'|'.join(NUMBER_WORDS)})\s+from\s+(?:here|now|where\s+i\s+am|"
    r"this(?:\s+(?:one|version|round|pic|picture|photo))?)\b|"
    r"^(?:(?:ok(?:ay)?|now|so|pls|please)[\s,]+)*back\s+(?P<bare>\d+)(?=(?:\s+(?:pls|please|plz))?[\s.!?]*$)",
    re.I,
)
"""Steps back counted from the current round ("back 2 from here", "go back 3 from this one", "back 3" alone), never
round 2 ("go back to 2" and "go back 2" name the round)."""
NUMBER_PREFERRED = re.compile(
    r"(?:(?:no+|nope|nah|hmm+|honestly|tbh)[,.!]*\s+)*(?:(?:#\s*)?(?P<n>\d{1,3})|(?:the\s+)?(?P<nth>first|second|third|"
    r"fourth|fifth|1st|2nd|3rd|4th|5th)(?:\s+(?:(?:[a-z]+\s+)?(?:one|version|pic)|"
    r"(?P<try>try|attempt|take|shot|go)(?P<of>\s+(?:of|at)\s+the\s+[\w'-]+(?:\s+[\w'-]+)?)?))?|"
    r"(?:the\s+)?(?P<other>other|earlier|older|former)\s+(?:try|attempt|take|shot))\s+(?:was|is|looked|looks)\s+"
    r"(?:(?:way|much|a\s+lot|so\s+much)\s+)?(?:better|nicer|best|the\s+(?:winner|best(?:\s+one)?)|my\s+fav(?:ou?rite)?)\b",
    re.I,
)
"""A round picked by its bare number or its place as the better one ("1 was better", "no, 2 looked nicer", "nah the
first one was better", "the first orange one was nicer": round 1, the first try even where a correction made round 2
beside it, "the first try of the pistachios was nicer", "2nd one was the best", "the 2nd go was nicer")."""


def _preferred_round(preferred: re.Match[str]) -> int | str:
    """The round NUMBER_PREFERRED picked: its number, or a try of the last edit tried more than once ("the
    second attempt was better", "the earlier attempt was better")."""
    if preferred["n"]:
        return int(preferred["n"])
    if preferred["other"]:
        return "the other try"
    if preferred["try"]:
        return f"the {preferred['nth'].lower()} try{(preferred['of'] or '').lower()}"
    return ORDINALS[preferred["nth"].lower()]


WORDS_PREFERRED = re.compile(
    r"(?:(?:no+|nope|nah|hmm+|honestly|tbh|actually)[,.!]*\s+)*(?:the\s+)?"
    r"(?P<words>(?!(?:the|it|that|this|previous|last|old|other|before|both|all|first|second|original)\b)[a-z][\w'-]*(?:\s+(?!(?:one|version|pic)\b)[a-z][\w'-]*)?)"
    r"(?:\s+(?:one|version|pic))?\s+(?:was|were|looked)\s+(?:(?:way|much|a\s+lot|so\s+much)\s+)?(?:better|nicer)"
    r"(?:\s+than\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?(?:\s+(?:actually|tbh|honestly|imo|lol|after\s+all))?[\s.!]*",
    re.I,
)
"""A round picked by its words as the better one ("nope red was better", "the first one was better", "the gold pipes
were nicer than the organist")."""
_ORIGINAL = re.compile(
    r"\b(?:original|or[ie]?g[ie]?[ao]?n[ae]?l|beginning|(?:i|we)\s+(?:first\s+)?uploaded\b(?!\s+(?:a|another|the)\b)|"
    r"(?:without|before|no)\s+(?:any\s+)?(?:changes|edits|editing)|start(?:ed|\s+over|\s+again)?|from\s+scratch|(?:wipe\s+the|clean)\s+slate|upload(?:ed)?\s+(?:photo|picture|image)|"
    r"first\s+(?:photo|picture|image|version)|everything|unedited|un-?(?:retouched|touched|changed|modified|altered)|"
    r"all\s+the\s+way\s+back|(?:undo|revert|wipe|scrap|remove|clear|drop|delete|cancel|erase|ditch|lose)\s+"
    r"(?:every\s+(?:single\s+)?(?:edit|change)|all\s+(?:of\s+)?(?:the\s+|my\s+|your\s+)?(?:edits|changes))|"
    r"(?:undo|revert|reset|scrap|wipe|ditch|lose)\s+(?:it\s+all|all(?:\s+of\s+(?:it|them))?)"
    r"(?=(?:\s+(?:pls|please|plz))?[\s.!?]*$|\s+and\s+start\s+(?:over|again))|"
    r"^(?:full\s+|hard\s+)?reset(?:\s+it)?(?=(?:\s+(?:pls|please|plz))?[\s.!?]*$)|"
    r"nothing\s+(?:done|changed|edited)|(?:came|straight)\s+(?:out\s+)?(?:off|of|from)\s+(?:my|the)\s+(?:camera|phone)|"
    r"square\s+one|raw\s+(?:photo|picture|image|shot|one)|og\s+(?:photo|picture|image|pic|one|version)|at\s+first|oldest(?!\s+(?:edit|change|(?:one|version)\s+(?:that\s+)?(?:you|u)\s+(?:made|did)))|"
    r"originally|(?:how|as|the\s+way)\s+(?:i|we)\s+(?:first\s+)?(?:sent|gave|shared|posted)\s+(?:it|you\s+it|it\s+to\s+you))\b",
    re.I,
)
_FIRST_EDIT = re.compile(
    r"\b(?:first|1st|oldest)\s+(?:edit|change|(?:one|version|image|picture|pic|photo)\s+(?:that\s+)?(?:you|u)\s+(?:made|did|created))\b",
    re.I,
)
_FIRST_UPLOAD = re.compile(r"\bfirst\s+(?:photo|picture|image|upload)\b", re.I)
"""The session's first uploaded photo (see `RoundTree.resolve`), before `_ORIGINAL` reads "first photo"."""
_PREVIOUS = re.compile(
    r"\b(?:previous|prior|last|earlier)\s+(?:version|one|round|edit|change|step|photo|picture)\b|"
    r"\bone\s+before\b(?!\s+(?:the|you|i|we|it|my|this|that|his|her|their)\b)|\bprevious\b|"
    r"\b(?:second|2nd)[\s-]+(?:to|from)[\s-]+(?:the\s+)?last\b|\bpenultimate\b",
    re.I,
)
_TWICE_BEFORE = re.compile(r"\bone\s+before\s+the\s+one\s+before\b", re.I)
"""Two steps back said as "the one before the one before"."""
_LAST = re.compile(r"\blast\b", re.I)
_BRING_BACK = re.compile(r"\b(?:bring|get|put)\s+(?:it\s+)?back\b|\brestore\b|\b(?:forward|ahead)\s+to\b", re.I)
_SHOW_LAST = re.compile(
    r"^(?:show(?:\s+me)?|display|view|pull\s+up|(?:let\s+me|lemme|can\s+i)\s+see)\s+(?:the\s+)?last\b", re.I
)
"""A look at "the last version": after an undo, the newest round (see `_restores_undone`)."""
_LATEST = re.compile(r"\b(?:latest|newest|most\s+recent)\b", re.I)
_NEGATIVE_STEPS = re.compile(r"(?<![\w-])[-−]\s*\d+\s*(?:steps?|edits?|rounds?|times?|versions?)\b", re.I)
"""A negative number of steps ("go back -2 steps"): no way to count."""
_UNDONE_ONE = re.compile(
    r"\b(?:the|that)\s+(?:one|version|edit|round|change)\s+(?:that\s+)?(?:i|we|you|u)\s+(?:just\s+)?"
    r"(?:undid|reverted|took\s+back)\b",
    re.I,
)
"""The round an undo just left ("compare this to the one i undid"): the next one on from the current round; "the
yellow grass one i undid" is found by what it shows."""
_FINAL = re.compile(r"^(?:the\s+)?(?:last|final)\s+(?:one|version|round|photo|picture|edit|change)[\s?!.]*$", re.I)
"""A comparison side "the last one" or "the last edit": the newest round, not the one before the current."""
_CURRENT = re.compile(r"\b(?:current|this|it|now|result)\b", re.I)
_BEFORE = re.compile(r"\b(?P<ref>(?:(?:right|just)\s+)?before\s+(?:the|you|i|we|it)\b.+)$", re.I)
_RELATIVE = re.compile(
    r"\b(?P<ref>(?:(?:right|just)\s+)?before\s+(?!anything\s+else\b).+|(?:with|where|when)\s+.+)$", re.I
)
_NAMED = re.compile(
    r"\b(?P<ref>the\s+[\w\s'-]+?)(?:\s+(?:once\s+more|again|please|pls))?"
    r"(?P<verdict>\s+(?:was|looked|is|looks)\s+(?:the\s+)?(?:way\s+|much\s+|so\s+)?(?:best|better|nicer|prettier|cuter))?"
    r"[\s.!?\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]*$",
    re.I,
)
"""A round named by what it shows, at the end of a request ("back to the orange tent"), maybe praised after ("the
first salmon roll looked best": a round to go to unless it is the current one)."""
_NTH_EDIT = re.compile(
    r"\b(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?!1st\b)\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:edit|change)s?\b",
    re.I,
)
_TRY_SAID = re.compile(
    r"(?<!than\s)\b(?:the|my|your|ur)\s+(?:very\s+)?(?P<nth>first|1st)\s+(?:try|attempt|take|shot)"
    r"(?:\s+(?:at|of|on)\s+(?:the\s+)?(?P<thing>[\w'-]+))?\b"
    r"|(?:\bthe\s+(?:one|version)\s+(?:from\s+just\s+now\s+)?)?\bbefore\s+(?:you|u)\s+(?:retried|tried\s+again|redid\s+it)\b",
    re.I,
)
"""A try named in a sentence ("what did my first attempt at the sign look like", "back to the version before you
retried"), as the round tree names tries ("the first attempt at the sign", "the other try")."""
_BEFORE_SOMEONE = re.compile(r"\S\s+(?:right\s+|just\s+)?before\s+(?:i|you|we)\b", re.I)
"""A side that names an object before someone changed it ("the car before I changed it")."""
_THING_BEFORE_SOMEONE = re.compile(
    r"\b(?P<ref>the\s+[\w'-]+(?:\s+[\w'-]+){0,3}?\s+(?:right\s+|just\s+)?before\s+(?:(?:i|you|we)\s+[\w'-]+"
    r"(?:\s+[\w'-]+)?\s+(?:it|them|one|another|some|more)|(?:it|they)\s+(?:went|got|turned|became)\s+[\w'-]+))\b",
    re.I,
)
"""A thing as it was before someone or something changed it ("take me to the bridge photo before you changed it",
"the kite before it went red", "the geese before you added one"): the whole phrase names the round, not "before you
changed it" alone."""
_JUST_BEFORE = re.compile(r"\s*(?:how\s+it\s+(?:was|looked)\s+)?(?:just\s+)?before[\s.!?]*", re.I)
"""A comparison side that is only "before": the round before the current one."""
_AFTER_SIDE = re.compile(
    r"\s*(?:the\s+)?(?:(?:one|version|round)\s+)?(?:right\s+|just\s+)?after(?:wards)?(?:\s+(?:it|that|them))?[\s.!?]*",
    re.I,
)
"""A comparison side that is only "the one after": after the edit the other side is before."""
_BARE_ORDINAL = re.compile(
    r"\s*(?:the\s+)?(?:very\s+)?(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th))[\s.!?]*",
    re.I,
)
"""A comparison side that is only an ordinal, its noun said with the other side ("the first and the second edit",
"the second edit and the fifth", "the second and third versions")."""
_SET_APART = re.compile(
    r"^(?:(?:put|place|lay|set|stack|line\s+up|show(?:\s+me)?|(?:can|could)\s+(?:i|we)\s+see|how\s+did\s+it\s+look)\s+)?"
    r"(?P<first>(?:the|this|round|version|v\d|r\d|#\s*\d|\d|before|og|original)\b.*?)\s*"
    r"(?:\s(?:vs\.?|versus|next\s+to|beside|alongside|against|compared\s+(?:to|with))\s|\+)\s*(?P<second>.+?)[\s.!?]*$",
    re.I,
)
"""Two things set next to each other or against each other ("the one with the gears vs the one with the warmer
light", "put the pennant one beside this", "the violet sky version against the chairlift one", "og + latest side by
side", "how did it look before the headlights vs now"): a comparison when both sides name rounds (`ROUND_SIDE`)."""
BOTH_TRIES = re.compile(r"\b(?:both|the\s+(?:two|2))\s+(?:[\w'-]+\s+)?(?:tries|attempts|takes|goes)\b", re.I)
"""The two tries of the last edit compared ("put the 2 tries side by side", "compare both attempts", "put the two
pistachio tries next to each other")."""
_BARE_COMPARE = re.compile(
    r"(?:(?:ok(?:ay)?|so|now|pls|please|can\s+(?:i|we)|let'?s|lets)[\s,]+)*compare(?:\s+(?:pls|please|plz))?[\s.!?]*",
    re.I,
)
"""A comparison asked for with nothing named ("ok compare", "compare?"): with more than one edit, a question back."""
_TWO_VERSIONS = re.compile(
    r"\b(?:(?:both|the\s+(?:two|2))\s+(?:(?!(?:last|latest|newest|first)\b)(?P<thing>[\w'-]+)\s+)?(?:versions|ones|options)|"
    r"(?<!\band\s)(?<!\bvs\s)(?<!\bor\s)(?<!\bwith\s)the\s+"
    r"(?!(?:other|last|latest|newest|first|old|older|earlier|new|two|2|different)\b)(?P<named>[\w'-]+)\s+versions|"
    r"(?<!\bwith\s)(?<!\band\s)(?<!\bvs\s)(?<!\bor\s)(?<!\bto\s)(?:both|the\s+(?:two|2))\s+"
    r"(?!(?:versions|ones|options|rounds|edits|tries|pics|photos|pictures|images)\b)"
    r"(?P<plural>[\w'-]+s))\b",
    re.I,
)
"""Two versions compared with no round named ("put the 2 versions next to each other", "both cat versions", "the cat
versions", "compare both aprons"): the two tries of an edit, or the original and the one edit."""
_COMPARE_IN_GENERAL = re.compile(
    r"\bdifference\s+between\s+an?\s+[\w'-]+(?:\s+[\w'-]+)?\s+and\s+an?\s|"
    r"^(?:can|could|do|does|will|would)\s+(?:you|u|it)\s+compare\s+(?:(?:two|2|some|several|multiple|different)\s+"
    r"(?:versions|rounds|pics|photos|pictures|images|edits)\b|(?:versions|rounds|pics|photos|pictures|images|edits)\s*\?)|"
    r"\b(?:available|supported)\b.*\?|\bon\s+(?:mobile|my\s+phone|the\s+phone|android|iphones?|ipads?|desktop)\b|"
    r"\bwith\s+(?:the|a)\s+(?:real|actual)\s+(?!(?:version|round|one|photo|pic|original)\b)",
    re.I,
)
"""A turn about comparing that is not about two rounds of this session: two kinds of thing ("the difference between
a felucca and a dhow"), whether it can compare at all ("can you compare two versions?"), the app ("is the side by
side view available on mobile?"), the photo against the real thing: an answer in words."""
_COMPARING_TEXT = (
    'I put two rounds of this session side by side, e.g. "compare round 1 and round 3" or "compare the original and '
    'now"; I cannot compare other things.'
)
_WHICH_TWO = re.compile(
    r"(?:pls\s+|please\s+)?(?:compare|put|show(?:\s+me)?|see|view)\s+(?:them|those|these|both|em|'em)(?:\s+two)?"
    r"(?:,?\s+(?:pls|please|plz))?(?:,?\s+(?:side\s+by\s+side|next\s+to\s+each\s*other|together))?"
    r"(?:\s+(?:pls|please|plz))?[\s.!?]*",
    re.I,
)
"""A comparison of "them" that names no rounds ("compare them", "put those two side by side"): with more than one
edit on the line, a question back (with one, the original and now)."""
_WHICH_TWO_TEXT = 'Which two rounds should I put side by side? Say e.g. "compare round 1 and round 2".'
"""The question back when a comparison names no two rounds and more than two could be meant."""
_COMPARING_WORDS = frozenset(
    "compare comparison side next each other together can could would you u i me want wanna need now then before "
    "after pic photo picture image version edit round change try both two 2 difference see show view put just quick "
    "real old new older newer against vs versus w with whole thing em let sent uploaded start end".split()
)
"""Words of a comparison that name no round; a comparison with other words that name none ("compare the red ones")
is asked about, not read as the original and now."""
_SIDES_CUT = re.compile(r"\s(?:with|and|or|to|vs\.?|versus|against|beside|from)$", re.I)
"""A comparison that ends on the word between its sides: its last side was cut off as a filler ("now")."""
_TOGETHER_END = re.compile(
    r"\s+(?:side\s+by\s+side|next\s+to\s+each\s*other|together)(?:\s+(?:pls|please|plz))?[\s.!?]*$", re.I
)
"""How the sides are shown, said after them ("the blue cup one and the no spoon one side by side")."""
_SIDE_WORD_FIRST = re.compile(r"^(?:with|to|against|and)\s+", re.I)
"""The word between two sides said first, the current round left unsaid ("compare with the no oars one")."""
_SHORT_VS = re.compile(
    r"(?P<first>[\w'-]+(?:\s+[\w'-]+){0,3})\s+(?:vs\.?|versus)\s+(?P<second>[\w'-]+(?:\s+[\w'-]+){0,3})[\s.!?]*", re.I
)
"""A turn that is only two short descriptions set against each other ("red dinghy vs no oars"): a comparison when
both name rounds."""
_BARE_SHOW = re.compile(r"(?:show(?:\s+me)?|let\s+me\s+see|lemme\s+see|display)[\s.!?]*", re.I)
"""A request to show that names nothing ("show me"): a question back."""
_ITSELF = re.compile(r"\s*(?:it\s*self|itself|themselves)[\s.!?]*", re.I)
"""A comparison side that is the other side again ("put round 3 next to itself")."""
_UNSHOWN = re.compile(r"\s*the\s+[\w'-]+(?:\s+[\w'-]+){1,2}[\s.!?]*", re.I)
"""A comparison side that names a thing in a few words ("the blue dinghy"), kept when no round shows it."""
_ONE_OF_A_KIND = re.compile(
    r"^\s*the\s+(?!(?:new|newer|newest|old|older|oldest|edited|raw|unedited|original|other|current|latest|last|first|"
    r"previous|earlier|later|final|good|better|best|bad|worse|fav|favou?rite|same|second|third|next)\b)[\w'-]+\s+"
    r"(?:one|version|pic|photo|shot)[\s.!?]*$",
    re.I,
)
"""A comparison side that is a round by what it shows in one word ("the umbrella one"), not by its age or place ("the
new photo", "the old one")."""
_SIDE_NOUN = re.compile(r"\b(?P<noun>edit|change|round|version)s?[\s.!?]*$", re.I)
"""The noun that ends a comparison side, which a bare ordinal on the other side shares."""
_COMPARE_LEAD = re.compile(
    r"^.*?\b(?P<verb>compare|comparing|show\s+me|let\s+me\s+see|see|put|place|view|display|line\s+up|stack(?!\s+up\b)|lay)\b"
    r"\s*(?:them\s+)?",
    re.I,
)
_BEFORE_AFTER = re.compile(BEFORE_AND_AFTER, re.I)
_SIDES = re.compile(
    r"(?<!\bthe\sone)\s+with\s+"
    r"|\s+(?:and|or|to|vs\.?|versus|against|next\s+to|beside|besides|alongside|compared\s+(?:to|with)|from)\s+"
    r"|\s*(?:&|/|\+|\bvs\b\.?)\s*",
    re.I,
)
"""Where the two sides of a comparison part ("the orange tent with the campfire one"); "the one with the gears" is
one side."""
_WITH_AND_WITHOUT = re.compile(
    r"(?:the\s+)?(?:one|version|photo|pic|picture|round)\s+(?P<first>with|without)\s+(?P<thing>.+?)\s+"
    r"(?:and|or|vs\.?|versus|to|against)\s+(?:the\s+)?(?:one|version|photo|pic|picture|round)\s+(?P<second>with|without)"
    r"(?:\s+(?:it|them))?[\s.!?]*",
    re.I,
)
"""Two sides told apart by one thing, named once ("the one with the dog and the one without")."""
_DESCRIBED = re.compile(
    r"\b(?:to|at|see)\s+(?P<ref>the\s+(?!original|first|last|previous|current|latest|[\w\s-]*\blast\b)[\w\s-]+?\s+"
    r"(?:version|one|round))"
    r"[\s.!?]*$",
    re.I,
)
"""A round described by what it shows ("go back to the blue cup version")."""
_NAVIGATION = re.compile(
    r"^(?:(?:can|could|shall)\s+(?:we|i|you)\s+)?(?:go|get|jump|switch|skip|return|revert|roll|restore|bring|"
    r"(?:let\s+me|lemme)\s+see|"
    r"take\s+(?:me|us)|show(?:\s+me)?|display|pull\s+up|open|view|see|load|reopen|back)\b(?:\s+(?:back|up|again))?"
    r"(?:\s+(?:to|at))?\s+(?P<ref>.+?)(?:\s+(?:again|back|please|pls))?[\s.!?]*$",
    re.I,
)
"""What follows a navigation verb ("bring back the turquoise sea"): a round described by its edit."""
_WANTS_BACK = re.compile(r"^(?:bring|get|restore)\s+back\b|^restore\b", re.I)
"""A navigation that wants a thing back ("bring back the spoon"), so its round is the one that still shows it."""
_THING_NOT_VERSION = re.compile(
    rf"{OWNER}\s+(?!(?:version|round|one|edit|photo|picture|pic|image|original|old|last|previous)\b)"
    r"(?!(?:[\w'-]+\s+){0,2}(?:try|attempt|shot|version|edit|round)$)[\w'-]+(?:\s+[\w'-]+){0,2}",
    re.I,
)
"""A reference that names only a thing ("the spoon"), not a version of the photo ("the old one", "the third
try")."""
_BARE_ROUND = re.compile(
    r"^(?:i\s+(?:want|need|would\s+like|'?d\s+like)\s+)?(?P<ref>"
    r"(?:the\s+(?:[\w'-]+\s+){0,2}?)?(?:one|version|round|pic|picture|photo|image)\s+(?:right\s+|just\s+)?"
    r"(?:with|where|when|before|after|without)\b.+"
    r"|(?:right\s+|just\s+)?before\s+(?:the|you|i|we|it|they)\b.+"
    r"|the\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:right\s+|just\s+)?before\s+(?:it|they)\s+(?:went|got|turned|became)\s+.+"
    r"|(?:right|just)\s+after\s+(?:the|you|i|we)\b.+"
    r"|(?:where|when)\s+.+\bstill\b.*"
    r"|the\s+[\w'-]+(?:\s+[\w'-]+){0,2}\s+(?:(?:version|one|pic|picture|photo|image)"
    r"(?:,?\s+(?:(?:no|not|without|but\s+no|but\s+not)\s+.+|(?:and\s+)?nothing\s+else.*|before\s+anything\s+else))?"
    r"|without\s+.+)"
    r"|the\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:as|how)\s+(?:i|we)\s+(?:first\s+)?(?:uploaded|sent)\s+it"
    r"|(?:the\s+)?(?:or[ie]?g[ie]?[ao]?n[ae]?l(?:\s+(?!(?:pic|picture|photo|image|one|version)\b)[\w'-]+)?|og)"
    r"(?:\s+(?:pic|picture|photo|image|one|version))?"
    r"|(?:round|version|(?:ver|rev|rnd|rd)\.?|r|v|#|number|no\.|(?:edit|step)\s+(?:no|nr|number)\.?)\s*"
    r"(?:(?:no|nr|number)\.?\s*)?\d+|(?:the\s+)?(?:latest|newest|most\s+recent)"
    r"(?:\s+(?:one|version|round))?|(?:the\s+)?(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth)\s+(?:round|version)"
    r"|(?:the\s+)?(?:very\s+)?(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:edit|change)"
    r"(?:\s+(?:of|on)\s+the\s+[\w'-]+)?"
    r")(?:\s+(?:back|again|pls|please|plz))*[\s.!?]*$",
    re.I,
)
"""A turn that only names a round ("the one with the robin", "before the hat", "the cushion version", "the log
photo before the acorns", "the red one, no hat yet", "the pier as i uploaded it", "og pic", "v2 pls", "number 3",
"latest", "the third round", "the fourth edit"): a goto when the session has that round."""
_NO_ARTICLE = re.compile(
    r"(?!(?:the|a|an|this|that|these|those|my|our|your)\b)(?P<ref>(?:[\w'-]+\s+){1,3}(?:one|version|pic|picture|photo))"
    r"[\s.!?]*",
    re.I,
)
"""A round described with no article ("pink pinball one"): read as "the pink pinball one"."""
BEFORE_ORIGINAL = re.compile(
    r"\bbefore\s+(?:the\s+|my\s+)?(?:very\s+)?(?:original|upload|uploaded\s+(?:photo|picture|image)|first\s+photo)\b"
    r"(?!\s+(?:edits?|changes?))",
    re.I,
)
"""A round before the upload, which no round is ("the original before the original")."""
NOTHING_BEFORE_ORIGINAL = "The original photo is where this session starts; there is nothing before it."
"""The answer to a round before the upload."""
ROUNDS_ARE = 'rounds are numbered 0 (the upload) and up; say "show me the history".'
"""How rounds are numbered, said after a round number no session has."""
_THAT_ONE = re.compile(r"\bthat\s+(?:one|version|round|pic|picture|photo|image)\b", re.I)
"""A round pointed at that no words name ("show me that one"): a question back, not the current round."""
_PICKED = re.compile(
    r"^(?:(?:ok(?:ay)?|alright|fine|so)[\s,]+)?"
    r"(?:(?P<lead>i\s+(?:think|guess|pick|choose|'?ll\s+(?:take|go\s+with|keep)|'?d\s+(?:say|go\s+with|pick|keep))|"
    r"(?:let'?s\s+)?(?:keep|pick|choose|go\s+with))\s+)?(?:the\s+)?"
    r"(?:round\s+|version\s+|number\s+|no\.?\s*|#\s*|rnd\s*|r\s*|v\s*)?"
    rf"(?:(?P<n>{NUMBER})|(?P<nth>{'|'.join(ORDINALS)})\s+(?:try|attempt|take|shot))"
    r"(?P<tail>(?:\s+(?:then|one|it\s+is|pls|please|plz))*)[\s.!?]*$",
    re.I,
)
"""A round picked by its bare number or as a try ("keep 3", "i think 2", "ok r2 it is", "keep the first try"): a goto
when the session has that round (a bare "3" alone says too little: a verb that picks or "it is" must come with it)."""
_NAMED_TRY = re.compile(rf"(?:the\s+)?(?:{'|'.join(ORDINALS)})\s+(?:[\w'-]+\s+)?(?:try|attempt|take|go|shot)", re.I)
"""A try named alone by its order and maybe its thing ("the first confetti try")."""
_PICKED_DESCRIBED = re.compile(
    r"(?:i\s*'?ll|i\s+will|i\s*'?d|let'?s|lets)\s+(?:take|keep|go\s+with|use|pick)\s+"
    r"(?P<ref>the\s+(?!(?:other|new|newer|latest|last|current)\b)[\w'-]+(?:\s+[\w'-]+)?\s+(?:one|version|pic|try))"
    r"(?:[\s,;.]+(?:(?:pls|please|so|and)\s+)?(?:use|keep|go\s+with|pick|take)\s+(?:that|it|this)(?:\s+one)?)?[\s.!]*",
    re.I,
)
"""A round picked by what it shows ("i'll take the stormy one, use that", "let's go with the gold version")."""
_PICKED_OTHER = re.compile(
    r"(?:(?:ok(?:ay)?|then|fine|hmm+)[\s,]+)?(?:use|take|pick|keep|go\s+with)\s+"
    r"(?P<ref>the\s+other\s+(?:one|version|try|pic))(?:\s+(?:then|instead|pls|please))*[\s.!]*",
    re.I,
)
"""The other version picked ("use the other one"): a move there when the session has one other."""
_NTH_ROUND = re.compile(
    r"\b(?!1st\b)(?P<nth>\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:round|version)s?\b",
    re.I,
)
"""A round named by an ordinal ("the 2nd version", "the third round"), resolved by `RoundTree.resolve`."""
_KEEP_REMOVED = re.compile(
    r"(?:^|\b(?:i|we)\s+(?:wanted|want|meant|needed|need|would\s+like|'?d\s+like)\s+to\s+)keep\s+"
    rf"(?P<obj>{OWNER}\s+[\w'-]+(?:\s+[\w'-]+){{0,2}})(?:[,.;!]|$)",
    re.I,
)
"""A wish to keep a thing ("i wanted to keep the fence"): after its removal, a take-back of that edit."""
_MISSED_REMOVED = re.compile(
    rf"^(?:but\s+|aw+\s+|oh\s+|hmm+\s+)*(?:i|we)\s+(?:really\s+|actually\s+)?(?:liked|loved|needed)\s+"
    rf"(?P<obj>{DEFINITE}\s+[\w'-]+(?:\s+[\w'-]+){{0,2}}?)(?:\s+(?:though|tho))?[\s.!]*$",
    re.I,
)
"""A removed thing missed ("i liked the spoon" after "remove the spoon"): a take-back of that edit, not praise."""
_THING = rf"(?P<obj>{DEFINITE}\s+[\w'-]+(?:\s+[\w'-]+){{0,2}}?)"
_KEPT_AFTER_ALL = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        rf"^{_THING}\s+was\s+(?:fine|ok(?:ay)?|good|perfect)(?:\s+(?:where\s+it\s+was|there|as\s+it\s+was))?[\s.!]*$",
        rf"^(?:i\s+)?(?:didn'?t|did\s+not)\s+(?:mean|want|ask\s+you)\s+(?:you\s+)?to\s+(?:remove|delete|erase|"
        rf"take\s+out|get\s+rid\s+of|lose)\s+{_THING}[\s.!]*$",
        rf"^(?:pls\s+|please\s+)?leave\s+{_THING}\s+(?:in|there|in\s+the\s+(?:photo|picture|pic))[\s.!]*$",
        rf"^(?:it\s+)?(?:was|looked)\s+(?:much\s+|way\s+|a\s+lot\s+)?(?:better|nicer)\s+with\s+{_THING}[\s.!]*$",
    )
)
"""A removed thing wanted after all ("the spoon was fine where it was", "didn't mean to remove the spoon", "leave the
spoon in", "it was better with the spoon"): after its removal, a take-back of that edit."""
_THING_BACK = re.compile(
    r"^(?:pls\s+|please\s+)?(?:put|bring|get|add)\s+(?:(?P<first>back)\s+)?"
    rf"(?P<obj>{OWNER}\s+[\w'.-]+(?:\s+[\w'-]+){{0,2}}?)(?(first)|\s+back)"
    r"(?:\s+(?:up|on))?(?:\s+(?:pls|please|plz|again|in))?[\s.!]*$",
    re.I,
)
"""A thing wanted back ("put the dumbbells back", "bring back the streamers"): after its removal, a take-back of
that edit; after undos, a redo up to the edit that made it ("bring the baby macaque back")."""
_HTML = re.compile(r"\b(?:html|web\s*page|webpage|page)\b", re.I)
_LINK_NUMBER = re.compile(r"(?:#|\blink\s+(?:number\s+)?)(?P<n>\d+)\b", re.I)
TAKES_ROUND_BACK = re.compile(
    r"^(?:(?:undo|revert|cancel|take\s+back|remove|delete|erase|take\s+out|get\s+rid\s+of)\s+"
    r"(?:(?:the|that|my|your)\s+)?(?:edits?|changes?|what\s+you\s+did)\s+(?:in|from|of|made\s+in|on)"
    r"|(?:remove|delete|erase|get\s+rid\s+of))\s+"
    rf"(?P<ref>(?:round|version|v|r)\s*{NUMBER})[\s.!?]*$",
    re.I,
)
"""A round's edit taken back ("delete round 2", "delete the change in round 3", "remove what you did in round 2"):
back to the round before it, never an edit made on it ("undo round 2" and "revert round 2" are read as going
there)."""
_UNDO_THE = re.compile(
    r"^(?:undo|revert|cancel|take\s+back)\s+(?P<ref>the(?!\s+(?:(?:very\s+)?last|latest|newest|most\s+recent|previous|recent|undo)\b)"
    r"(?:\s+(?!(?:and|then)\b)[\w'-]+)+?)[\s.!?]*$",
    re.I,
)
"""An undo that names the edit it takes back ("undo the purple sky"): back to the round before that edit."""
_REDO_STEPS = re.compile(
    rf"(?:\b(?:forward|ahead)\s+|\b(?=\S+\s+(?:times|steps?|edits?|changes?)\b))(?P<n>{NUMBER})\b", re.I
)
_SAME_SIDE_TEXT = (
    'Both sides of that comparison are the same round; name two different rounds, e.g. "compare round 1 and round 2".'
)


def keeps_removed(words: str, tree: RoundTree) -> bool:
    """Whether the words want to keep the thing the current round's edit removed ("i wanted to keep the fence"
    after "remove the fence"): that takes the edit back."""
    kept = (
        _KEEP_REMOVED.search(words)
        or _THING_BACK.match(words)
        or _MISSED_REMOVED.match(words)
        or next((match for pattern in _KEPT_AFTER_ALL if (match := pattern.match(words))), None)
    )
    removed = tree.current.instruction if tree.rounds else None
    if kept is None or not removed or not re.match(rf"(?:{REMOVAL})\b", removed, re.I):
        return False
    return stem(kept["obj"].split()[-1].lower()) in keywords(removed)


_BACK_AFTER_VERDICT = re.compile(
    rf"(?:\w+[,.!]+\s*)?(?:{VERDICT}|(?:i\s+)?can'?t\s+see\s+[^,.;!?…]+?\s+any\s*more)[,.;!?…]+\s*(?:so\s+|just\s+)?"
    r"(?:(?:can|could)\s+(?:we|you|u)\s+)?"
    r"(?:go\s+back|back|take\s+(?:me|it)\s+back|revert|undo)(?:\s+(?:pls|please|one|a\s+step|one\s+step))*[\s.!?]*",
    re.I,
)
"""A verdict on a thing, then a way back with no round named ("the crowd is too much, go back", "ugh, the sky looks
fake. can we go back?", "cant see the buses anymore, go back"): one step back."""


_BACK_ONE_BECAUSE = re.compile(
    r"(?:(?:ok(?:ay)?|so|hmm+|ugh|nah|no)[\s,.!]+)*(?:(?:can|could|shall)\s+(?:we|you|u|i)\s+)?"
    r"(?:(?:(?:go|step|take\s+(?:me|it)|jump)\s+)?back\s+(?:one|1|a\s+step|one\s+step)(?:\s+step)?|revert|"
    r"undo(?:\s+(?:it|that|this))?|go\s+back|roll\s+(?:it|that|this)\s+back)"
    r"(?:\s+(?:pls|please|plz))?\s*[,.;!–—-]+\s*(?:(?:cause|because|bc|coz)\s+)?"
    r"(?:it|they|that|this|(?:the|that|this|those|these)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:looks?|is|are|seems?|gave|made|makes|ruins?|ruined|was|were)\b[^?]*",
    re.I,
)
"""One step back, then why ("go back one, the headlights look cheesy", "can we go back one, the fog is a bit much",
"back one step, the silver looks grey", "revert pls, the snow looks fake", "roll that back pls, the ship is way too
big"): the reason names no round."""
_PLAIN_BACK = re.compile(
    r"(?:(?:can|could|shall)\s+(?:we|you|u|i)\s+)?(?:just\s+)?(?:go|step)\s+back(?:\s+(?:pls|please|plz))?[\s.!?]*",
    re.I,
)
"""A way back that names no round, asked as a question ("can we go back?"): one step back."""

_OLD_ONE = re.compile(r"\bthe\s+(?:old|original|previous|earlier|former)\s+[\w'-]+\s+(?:was|is|looked|looks)\b", re.I)
"""A thing of the current round's edit praised as it was before it ("the old ball was better"): the round before."""
_THERE_AFTER = re.compile(
    r"^(?P<ref>(?:when|where|the|before)\s.+?)(?:\s+(?:pls|please|plz))?\s*[,.;:!-]+\s*"
    r"(?:(?:go|take\s+me|bring\s+me|jump|let'?s\s+go)\s+(?:back\s+)?(?:to\s+(?:that|it|that\s+one)|there))"
    r"(?:\s+(?:pls|please|plz))?[\s.!]*$",
    re.I,
)
"""A round described first and gone to after ("when the jet ski was still there, go back to that", "the glossy ice
one pls, take me there"): the description names the round."""
_IT_WHEN = re.compile(r"\bwhen\s+(?:it|they)\s+(?=(?:was|were|still|had|is|are)\b)", re.I)
"""A round described by "it" ("go back to when it was still there"): "it" is the thing the turn named before."""
_NAMED_BEFORE = re.compile(
    r"\b(?:the|my|our|his|her|their)\s+[\w'-]+(?:\s+(?!(?:back|too|again|go|so|pls)\b)[\w'-]+)?", re.I
)
"""A thing a turn names ("i kinda miss the snowmobile"): the last one before "when it ..." is what "it" means."""


def _described_first(text: str, whole: str) -> str:
    """`text` (a request of the turn `whole`) with a round described before the request to go there put after it,
    and with "it" in a description named by the turn before it ("i kinda miss the snowmobile, go back to when it was
    still there": when the snowmobile was still there)."""
    if (there := _THERE_AFTER.fullmatch(text.strip())) and not NUMBER_PREFERRED.match(there["ref"]):
        text = f"go back to {there['ref']}"  # "the first try was better, go back to it" is `mentioned_round`'s
    it = _IT_WHEN.search(text)
    said = _IT_WHEN.search(whole) if it else None
    if it and said and (named := list(_NAMED_BEFORE.finditer(whole[: said.start()]))):
        text = f"{text[: it.start()]}when {named[-1][0]} {text[it.end() :]}"
    return text


def with_and_without(text: str, tree: RoundTree) -> re.Match[str] | None:
    """Where `text` sets a thing one edit made beside the round before it ("which looks better, with or without the
    lights?", "with and without the ship, side by side"): its words, the thing as "ref"; None otherwise."""
    said = _SAID_WITH_AND_WITHOUT.search(text)
    return said if said is not None and _one_edit_names(said["ref"], tree) else None


def back_with_reason(text: str) -> bool:
    """Whether a turn goes one step back and says why (`_BACK_AFTER_VERDICT`, `_BACK_ONE_BECAUSE`)."""
    return bool(_BACK_AFTER_VERDICT.fullmatch(text.strip()) or _BACK_ONE_BECAUSE.fullmatch(text.strip()))


def command_call(text: str, intent: str, turn: Turn) -> Call | str:
    """The call of a navigation, sharing or export request, or a question back when it names no round."""
    if intent in ("undo", "redo", "goto") and _NEGATIVE_STEPS.search(text):
        return 'Steps are counted from 1: say e.g. "go back 2 steps" or "go forward 1 step".'
    if intent in ("goto", "show"):
        text = _described_first(text, turn.text)
    if intent == "undo" and (taken := TAKES_ROUND_BACK.match(clean(text))):
        return Call("revert", {"round": f"before {taken['ref']}"})  # "delete the change in round 3": round 2
    if intent in ("undo", "goto") and (kept := _ALL_AFTER.match(clean(text))):
        return Call("revert", {"round": kept["ref"]})  # "undo everything after the blue cup": the blue cup stays
    if intent in ("undo", "goto") and back_with_reason(text):
        return Call("revert", {"round": "previous"})  # "the crowd is too much, go back": one step, the crowd its reason
    if (
        intent in ("undo", "goto")
        and (preferred := NUMBER_PREFERRED.match(text.strip()))
        and not _is_current(number := _preferred_round(preferred), turn.tree)
    ):
        return Call("revert", {"round": number})  # "1 was better": round 1, not the previous one
    if (
        intent in ("undo", "goto")
        and (preferred := WORDS_PREFERRED.fullmatch(text.strip()))
        and missing_round(Call("revert", {"round": (named := f"the {preferred['words']} one")}), turn.tree) is None
        and not _is_current(named, turn.tree)
    ):
        return Call("revert", {"round": named})  # "red was better" after the orange correction: the red round
    if intent == "undo":
        readings = (text.strip(), clean(text))
        taken_back = next((m for p in (TAKE_BACK, WORSE) for t in readings if (m := p.match(t))), None)
        if taken_back is not None and taken_back.groupdict().get("whole"):
            return Call("revert", {"round": "original"})  # "remove everything you did"
        if taken_back is not None or keeps_removed(readings[1], turn.tree):
            steps = _steps(text)
            return Call("revert", {"round": "previous" if steps == 1 else f"{steps} steps back"})
    if intent in ("undo", "goto") and (undone := _UNDO_THE.match(clean(text))):
        return Call("revert", {"round": f"before {undone['ref']}"})
    if intent in ("undo", "goto") and _AS_IT_WAS.search(text) and not _repeats(text):
        return Call("revert", {"round": "previous"})
    if (
        intent == "undo"
        and (refs := references(text, turn.tree))
        and refs[0] != "previous"
        and _names_a_target(text, refs[0], turn.tree)
    ):
        if _is_current(refs[0], turn.tree) and (_OLD_ONE.search(text) or refs[0] == "latest"):
            return Call("revert", {"round": "previous"})  # "go back, the old ball was better", "delete the newest edit"
        if _is_current(refs[0], turn.tree):
            return "There is nothing to undo: that is the round you are on."  # "undo everything" on the upload
        return Call("revert", {"round": refs[0]})
    if intent == "undo":
        steps = _steps(text)
        return Call("revert", {"round": "previous" if steps == 1 else f"{steps} steps back"})
    if intent == "redo":
        steps = _redo_steps(text, turn.tree)
        return Call("revert", {"round": "next" if steps == 1 else f"{steps} steps forward"})
    if intent in ("goto", "show") and BEFORE_ORIGINAL.search(text):
        return NOTHING_BEFORE_ORIGINAL
    if intent in ("goto", "show"):
        refs = []
        if not BACK_TO_THAT.match(clean(text)):  # "show me an earlier one" names no round
            refs = (
                picked_round(text)  # "let's go with 2": a number picked, never "the one with 2"
                or references(text, turn.tree)
                or _named(text, turn.tree)
                or _named(clean(text), turn.tree)
                or bare_round(text, turn.tree)
            )
        if not refs and (described := _NO_ARTICLE.fullmatch(clean(text))):
            refs = _named(f"the {described['ref']}", turn.tree)  # "pink pinball one"
        if not refs and (BACK_TO_IT.search(text) or BACK_TO_IT.search(clean(text))):
            refs = mentioned_round(turn.text, turn.tree)
        if not refs:
            if intent == "show" and (_THAT_ONE.search(text) or _BARE_SHOW.fullmatch(clean(text))):
                return 'Which round should I show? Say e.g. "show me round 2" or "show me the history".'
            if intent == "show":
                return Call("show_round", {"round": "current"})
            if _PLAIN_BACK.fullmatch(clean(text)) or _PLAIN_BACK.fullmatch(text.strip()):
                return Call("revert", {"round": "previous"})  # "can we go back?": one step, as "go back" is
            return 'Which round should I go back to? Say e.g. "go back to round 2" or "show me the history".'
        return Call("revert" if intent == "goto" else "show_round", {"round": refs[0]})
    if intent == "compare":
        if _COMPARE_IN_GENERAL.search(text):
            return _COMPARING_TEXT
        if _BARE_COMPARE.fullmatch(text.strip()) and len(turn.tree.rounds) > 2:
            return _WHICH_TWO_TEXT
        thing = _THING_AROUND.match(clean(text))
        if BOTH_TRIES.search(text):
            refs = ["the first try", "the second try"]
        elif (two := _TWO_VERSIONS.search(clean(text))) and (
            (versions := _two_versions(two["thing"] or two["named"] or two["plural"], turn.tree)) or not two["plural"]
        ):
            if not versions:  # "the two versions" when more than two fit
                return 'Which two versions should I put side by side? Say e.g. "compare round 1 and round 2".'
            refs = versions
        elif around := (
            (
                said
                if (said := _AROUND.search(text))
                and (_some_edit_names(said["ref"], turn.tree) or _resolves(said["ref"], turn.tree))
                else None
            )
            or (thing if thing and _one_edit_names(thing["ref"], turn.tree) else None)
            or with_and_without(text, turn.tree)
        ):
            refs = [f"before {around['ref']}", around["ref"]]
        elif _BEFORE_AFTER.search(text):
            upload = _original_of(text, turn.tree)  # "the obelisk before and after": that photo's upload
            refs = [upload, _newest_from(upload, turn.tree)] if isinstance(upload, int) else ["original", "current"]
        else:
            refs = _newest_two(turn.tree) if _LAST_TWO.search(text) else compared(text, turn.tree)
        if len(refs) < 2 and len(whole := compared(turn.text, turn.tree)) > 1:
            refs = whole  # "is 2 or 3 nicer? show me both": the rounds another sentence of the turn named
        if not refs and _WHICH_TWO.fullmatch(clean(text)) and len(turn.tree.lineage(turn.tree.current)) > 2:
            return _WHICH_TWO_TEXT
        if not refs and keywords(text) - CHAT_WORDS - _COMPARING_WORDS:
            return _WHICH_TWO_TEXT  # "compare the red ones", "compare with the good one": named, but no round is that
        if not refs:
            refs = ["original", "current"]
        elif (
            len(refs) == 1 and refs[0] != "current" and _is_current(refs[0], turn.tree) and turn.tree.current.parent_id
        ):
            refs = ["previous", "current"]  # "compare the last edit": what it changed
        elif len(refs) == 1:
            refs = ["original", "current"] if refs[0] == "current" else [refs[0], "current"]
        return Call("compare_rounds", {"first": refs[0], "second": refs[1]})
    if intent == "status":
        return Call("session_status", {})
    if intent == "history":
        return Call("list_rounds", {})
    if intent == "share":
        return Call("share_session", {})
    if intent == "revoke":
        link = _LINK_NUMBER.search(text)
        return Call("revoke_share", {"link": int(link["n"])} if link else {})
    if intent == "export":
        return Call("export_session", {"format": "html" if _HTML.search(text) else "bundle"})
    raise ValueError(f"no call for the intent {intent!r}")


def _newest_two(tree: RoundTree) -> list[int | str]:
    """The two rounds made last, oldest first: after retries they are siblings, not a round and its parent
    ("previous" and "current" when the newest is current and was made from the one before it)."""
    made = sorted(tree.rounds, key=lambda r: r.index)
    if len(made) < 2 or (made[-1] is tree.current and made[-1].parent_id == made[-2].id):
        return ["previous", "current"]
    return [made[-2].index, made[-1].index]


def _steps(text: str) -> int:
    """How many edits an undo goes back: "undo the last 2 edits", "undo twice", "undo the last two", "undo x2",
    "undo undo undo", "ctrl-z ctrl-z"."""
    if match := _STEPS.search(text):
        return parse_number(match["n"].lower())
    said = (len(re.findall(pattern, text, re.I)) for pattern in (r"\bundo\b", r"\brevert\b", _UNDO_KEYS.pattern))
    return _repeats(text) or max(1, *said)


def _redo_steps(text: str, tree: RoundTree) -> int:
    """How many undone edits a redo brings back: "redo twice", "redo 2 times", "redo both", "redo redo",
    "ctrl y ctrl y", and "redo everything i undid" as far as the undone line goes without a fork."""
    if match := _REDO_STEPS.search(text):
        return parse_number(match["n"].lower())
    if (repeats := _repeats(text)) is not None:
        return repeats
    if (back := _THING_BACK.match(clean(text))) and (steps := _steps_to_thing(back["obj"], tree)):
        return steps
    if _ALL_UNDONE.search(text):
        return max(1, _undone_line(tree))
    said = (len(re.findall(pattern, text, re.I)) for pattern in (r"\bredo\b", _REDO_KEYS.pattern))
    return max(1, *said)


def _steps_to_thing(thing: str, tree: RoundTree) -> int | None:
    """How many redos along the undone line (no fork) reach the edit that names `thing`; None when none does."""
    node, steps, named = tree.current, 0, keywords(thing)
    while named and len(children := tree.children(node)) == 1:
        node, steps = children[0], steps + 1
        if node.instruction and named <= keywords(node.instruction):
            return steps
    return None


def _undone_line(tree: RoundTree) -> int:
    """How many rounds follow the current one in a single line (each the only child of the one before)."""
    count, node = 0, tree.current
    while len(children := tree.children(node)) == 1:
        count, node = count + 1, children[0]
    return count


def _repeats(text: str) -> int | None:
    """A count said as "twice", "both", "the last two", "x2" or "that and the one before"; None when there is none."""
    for word, count in _TIMES.items():
        if re.search(rf"\b{word}\b", text, re.I):
            return count
    if match := _REPEATS.search(text):
        if match["also"]:
            return 2
        return parse_number((match["last"] or match["times"] or match["by"] or match["all"]).lower())
    return None


def references(text: str, tree: RoundTree, *, bare_numbers: bool = False) -> list[int | str]:
    """The rounds a request names, in order: numbers as ints (invalid ones as written), words as words."""
    text = _BACK_FROM_HERE.sub(lambda said: f"{said['n'] or said['bare']} steps back", text)
    found: list[tuple[int, int | str]] = []
    numbers = [_ROUND_NUMBER, _BARE_NUMBER] if bare_numbers else [_ROUND_NUMBER, _TO_NUMBER, _FROM_NUMBER]
    spans: list[tuple[int, int]] = []
    if bare_numbers and (ago := _STEPS_AGO.search(text)):  # "compare 3 steps back with this one"
        spans.append(ago.span())
        steps = parse_number(ago["n"].lower())
        found.append((ago.start(), "previous" if steps == 1 else f"{steps} steps back"))
    for match in (m for pattern in numbers for m in pattern.finditer(text)):
        if any(start <= match.start("n") < end for start, end in spans):
            continue
        spans.append(match.span())
        word = match["n"].rstrip(".,!?").lower()
        number = int(word) if word.isdigit() else NUMBER_WORDS.get(word, word)
        if _BEFORE_NUMBER.search(text[: match.start()]) and isinstance(number, int):
            found.append((match.start(), f"before round {number}"))  # "the round before round 2": round 2's parent
            continue
        found.append((match.start(), number))
    if not found and (number_first := _NUMBER_THEN_ROUND.search(text)) and int(number_first["n"]) > 1:
        found.append((number_first.start("n"), int(number_first["n"])))
    if not found:
        if steps_match := _STEPS.search(text) or _BACK_COUNT.search(text):
            steps = parse_number(next(count for count in steps_match.groupdict().values() if count).lower())
            found.append((steps_match.start(), "previous" if steps == 1 else f"{steps} steps back"))
        elif not bare_numbers and (times := re.search(r"\bback\s+(?:twice|thrice|x\s*\d+|\d+\s*x)\b", text, re.I)):
            found.append((times.start(), f"{_repeats(times[0])} steps back"))
        elif (
            not bare_numbers and (thing := _THING_BEFORE_SOMEONE.search(clean(text))) and _resolves(thing["ref"], tree)
        ):
            found.append((thing.start(), thing["ref"]))
        elif not bare_numbers and (relative := _BEFORE.search(clean(text)) or _RELATIVE.search(clean(text))):
            found.append((len(text), relative["ref"].rstrip(" .!?")))
        elif not bare_numbers and (described := _DESCRIBED.search(text)):
            found.append((described.start(), described["ref"]))
    if nth := _NTH_EDIT.search(text):
        found.append((nth.start(), f"{nth['nth'].lower()} edit"))
    if (tried := _TRY_SAID.search(text)) and not any(abs(tried.start() - start) < 3 for start, _ in found):
        said = re.sub(r"^(?:my|your|ur)\b", "the", tried[0], flags=re.I)
        found.append((tried.start(), said if tried["nth"] else "the other try"))
    if nth := _NTH_ROUND.search(text):
        found.append((nth.start(), f"{nth['nth'].lower()} round"))
    last_with = None if bare_numbers else LAST_WITH.search(text)
    if last_with:
        found.append((last_with.start(), last_with[0].strip()))  # "the last one with the green dress"
    named = (
        (_FIRST_UPLOAD, "first photo"),
        (_FIRST_EDIT, None),
        (_ORIGINAL, "original"),
        (_TWICE_BEFORE, "2 steps back"),
        (_PREVIOUS, "previous"),
        (_LATEST, "latest"),
        (_UNDONE_ONE, "next"),
        (_CURRENT, "current"),
    )
    for pattern_words, reference in named:
        for match in pattern_words.finditer(text):
            if any(abs(match.start() - start) < 3 for start, _ in found):
                continue
            if last_with and last_with.start() <= match.start() < last_with.end():
                continue
            if reference == "previous" and _ROUND_NUMBER.match(text[match.end() :].lstrip()):
                continue  # "the one before round 3": before that round, not before the current one
            if reference is None:
                first = _first_edit(tree)
                found.append((match.start(), "first edit" if first is None else first))  # none: answered in words
            elif reference == "previous" and _LAST.search(match[0]) and _at_upload(tree):
                found.append((match.start(), "latest"))  # "go back to the last version" from the upload
            elif reference == "previous" and _LAST.search(match[0]) and _restores_undone(text, tree):
                found.append((match.start(), "latest"))  # "bring back the last one" after an undo
            elif reference == "original":
                found.append((match.start(), _original_of(text, tree)))
            elif reference != "current" or bare_numbers:
                found.append((match.start(), reference))
    navigation = None if found or bare_numbers else _NAVIGATION.match(clean(text))
    if navigation and _JUST_BEFORE.fullmatch(navigation["ref"]):
        found.append((0, "previous"))  # "back to before": the round before the current one
    elif navigation and keywords(navigation["ref"]) - {
        "back",
        "forward",
        "again",
        "please",
        "pls",
        "revert",
        "undo",
        "redo",
    }:
        ref = navigation["ref"]
        found.append((0, int(ref) if ref.isdigit() else ref))  # "show 2": round 2
    refs = [reference for _, reference in sorted(found, key=lambda item: item[0])]
    if not bare_numbers and _WANTS_BACK.match(clean(text)):  # "bring back the spoon": the round that shows it
        return [f"the one with {r}" if isinstance(r, str) and _THING_NOT_VERSION.fullmatch(r) else r for r in refs]
    return refs


def _original_of(text: str, tree: RoundTree) -> int | str:
    """The upload a text calls the original: the current line's ("original"), unless the text names a thing that
    only edits of another upload's line mention ("the car photo, the unedited one" after a second upload): that
    upload's number."""
    if not tree.rounds:
        return "original"
    named = keywords(_ORIGINAL.sub(" ", text)) - CHAT_WORDS
    on_line = {r.id for r in tree.lineage(tree.current)}
    things = {r.id: keywords(" ".join((r.instruction or "").split()[1:])) for r in tree.rounds}  # past the verb
    if any(named & things[r.id] for r in tree.rounds if r.id in on_line):
        return "original"
    uploads = {tree.lineage(r)[-1].index for r in tree.rounds if r.id not in on_line and named & things[r.id]}
    return uploads.pop() if len(uploads) == 1 else "original"


def _two_versions(thing: str | None, tree: RoundTree) -> list[int | str]:
    """The two versions "the two <thing> versions" means: the two tries of the edit that names `thing` (or of the
    last edit tried more than once), else the original and the one edit of a session that has only those; none
    when there are more than two to choose from."""
    if thing is None:
        tries = ["the first try", "the second try", "the third try"]
        if _resolves(tries[1], tree) and not _resolves(tries[2], tree):
            return [*tries[:2]]
        return ["original", "current"] if len(tree.rounds) == 2 else []
    wanted = keywords(thing) - CHAT_WORDS
    named = [r for r in tree.rounds if wanted and wanted <= keywords(r.instruction or "")]
    if not named or (parent := tree.parent(named[-1])) is None:
        return []
    versions = [r.index for r in tree.children(parent) if wanted <= keywords(r.instruction or "")]
    return list(versions) if len(versions) == 2 else []


def _some_edit_names(words: str, tree: RoundTree) -> bool:
    """Whether an edit of the session names a thing `words` name: "before and after of the ship" names none when no
    edit touched the ship, so it is the whole session's before and after."""
    wanted = keywords(words) - CHAT_WORDS
    return any(wanted & keywords(r.instruction or "") for r in tree.rounds)


def _one_edit_names(words: str, tree: RoundTree) -> bool:
    """Whether exactly one edit of the session names all the things `words` name ("the geraniums")."""
    wanted = keywords(words) - CHAT_WORDS
    return bool(wanted) and sum(wanted <= keywords(r.instruction or "") for r in tree.rounds) == 1


def _newest_from(upload: int, tree: RoundTree) -> int:
    """The newest round made from the upload numbered `upload` (the upload itself when it has no edit)."""
    start = tree.by_index(upload)
    return max(r.index for r in tree.rounds if tree.lineage(r)[-1] is start)


def _restores_undone(text: str, tree: RoundTree) -> bool:
    """Whether the text brings back or shows a round after an undo ("bring back the last one", "forward to the last
    one", "show me the last version" on a round that later rounds were made from): "the last one" is then the newest
    round, not the one before."""
    return (
        bool(tree.rounds)
        and bool(tree.children(tree.current))
        and (_BRING_BACK.search(text) is not None or _SHOW_LAST.search(text) is not None)
    )


def _at_upload(tree: RoundTree) -> bool:
    """Whether the current round is an upload that later rounds were made from: there "the last version" can
    only be the newest round, not the one before."""
    return bool(tree.rounds) and tree.parent(tree.current) is None and tree.rounds[-1] is not tree.current


_SHARED_NOUN = re.compile(
    r"\bthe\s+(?P<a>first|second|third|fourth|fifth|last)\s+(?:and|&|vs|with)\s+(?:the\s+)?"
    r"(?P<b>first|second|third|fourth|fifth|last)\s+(?P<noun>edit|try|version)s?\b",
    re.I,
)
"""Two sides that share their noun ("the first and second edit"): each side named in full."""


def compared(text: str, tree: RoundTree) -> list[int | str]:
    """The rounds a comparison names, side by side: numbers, words, "before the X", or what a round shows; when
    the words after the verb name fewer than two, those before it ("is 2 or 3 nicer? show me both"), or the one
    before it and the one after ("how does round 2 compare to round 3")."""
    words = _SHARED_NOUN.sub(
        lambda m: f"the {m['a']} {m['noun']} and the {m['b']} {m['noun']}", _TOGETHER_END.sub("", clean(text))
    )
    if _SIDES_CUT.search(words):
        words = text.strip(" .!?")  # "... with now": cleaning took the last side for a trailing filler
    lead = _COMPARE_LEAD.match(words)
    body = words[lead.end() :] if lead else words
    pair = _WITH_AND_WITHOUT.fullmatch(body)
    if pair and pair["first"].lower() != pair["second"].lower() and _resolves(f"with {pair['thing']}", tree):
        first, second = f"with {pair['thing']}", f"without {pair['thing']}"
        return [first, second] if pair["first"].lower() == "with" else [second, first]
    found = _sides_named(_SIDE_WORD_FIRST.sub("", body, count=1), tree)
    if len(found) < 2 and lead and (earlier := _sides_named(words[: lead.start("verb")], tree)):
        if len(earlier) > 1:
            return earlier
        if len(found) == 1 and earlier != found:
            return [*earlier, *found]  # "how does round 2 compare to round 3"
    return found


def _sides_named(body: str, tree: RoundTree) -> list[int | str]:
    """The rounds the sides of a comparison name, in order (see `compared`); a round named twice is kept twice
    ("round 2 with round 2", "round 3 next to itself"), so that the comparison is answered in words."""
    found: list[int | str] = []
    sides = _SIDES.split(body)
    for at, side in enumerate(sides):
        refs = references(side, tree, bare_numbers=True)
        refs = [ref for ref in refs if ref != "current"] or refs  # "how it was at the start" names the start
        if refs == ["previous"] and _FINAL.search(side):
            refs = ["latest"]  # "the original and the last one": the newest round
        if not refs and _JUST_BEFORE.fullmatch(side):
            refs = ["previous"]  # "how does it look compared to before"
        if (not refs or refs == ["current"]) and (before := _BEFORE.search(side)):
            # "how it looked before the skier was removed", "the car before I changed it"
            whole = _BEFORE_SOMEONE.search(side) and _resolves(side, tree)
            refs = [side.strip()] if whole else [before["ref"].rstrip(" .!?")]
        if _AFTER_SIDE.fullmatch(side) and found and isinstance(found[-1], str) and found[-1].startswith("before "):
            refs = [found[-1].removeprefix("before ")]  # "the version before the cat and the one after"
        if nth := _BARE_ORDINAL.fullmatch(side):
            # "the first and the second edit", "the second edit and the fifth": the noun of the other side
            nouns = (_SIDE_NOUN.search(other) for other in (*sides[at + 1 : at + 2], *sides[max(at - 1, 0) : at]))
            if noun := next((found_noun for found_noun in nouns if found_noun), None):
                refs = references(f"{nth['nth']} {noun['noun']}", tree, bare_numbers=True)
            elif nth["nth"].lower() not in ("first", "1st"):
                refs = references(f"{nth['nth']} round", tree, bare_numbers=True)  # "the second and the fourth"
        if not refs and _ITSELF.fullmatch(side) and found:
            refs = [found[-1]]
        if not refs and not NOT_A_VERB.match(side) and keywords(side):
            refs = _named(f"the {side}", tree)  # "red boat vs white boat", "no fog"
        refs = refs or _named(side, tree)
        if (
            not refs
            and _UNSHOWN.fullmatch(side)
            and (len(keywords(side) - CHAT_WORDS) > 1 or _ONE_OF_A_KIND.search(side))
        ):
            refs = [side.strip()]  # "the blue dinghy", "the umbrella one" when no edit made one: answered in words
        for ref in refs:
            named_twice = len(refs) == 1 and len(found) == 1 and (isinstance(ref, int) or ref == "current")
            if ref not in found or named_twice:
                found.append(ref)
    return found


def set_apart(words: str, tree: RoundTree) -> bool:
    """Whether a turn sets two rounds of the session next to or against each other (`_SET_APART`), both sides
    named as rounds: a comparison, not an edit that places one thing beside another."""
    apart = _SET_APART.match(_TOGETHER_END.sub("", words))
    named = apart is not None and all(ROUND_SIDE.search(apart[side]) for side in ("first", "second"))
    if not named and not _SHORT_VS.fullmatch(words):
        return False
    sides = compared(words, tree)
    return (
        len(sides) == 2 and missing_round(Call("compare_rounds", {"first": sides[0], "second": sides[1]}), tree) is None
    )


def _resolves(words: str, tree: RoundTree) -> bool:
    """Whether `words`, all of them, name a round of the session ("the car before I changed it")."""
    try:
        tree.resolve(words.strip())
    except (RoundReferenceError, NoPhotoError):
        return False
    return True


def _is_current(reference: int | str, tree: RoundTree) -> bool:
    """Whether `reference` names the round the session is on."""
    try:
        return bool(tree.rounds) and tree.resolve(reference) is tree.current
    except (RoundReferenceError, NoPhotoError):
        return False


def _names_a_target(text: str, reference: int | str, tree: RoundTree) -> bool:
    """Whether an undo goes to `reference` rather than one step back: a number, words that name a round,
    or words after "to"/"before" ("undo back to the dragon" is answered); not the rest of "revert pls its
    ugly" or "get rid of that change"."""
    return (
        isinstance(reference, int)
        or bool(re.search(r"\b(?:to|before|until)\b", text, re.I))
        or missing_round(Call("revert", {"round": reference}), tree) is None
    )


def done_before(doing: str, tree: RoundTree) -> bool:
    """Whether an edit of the session said `doing` or its verb ("swimming" after "make the otter swim")."""
    verbs = {doing.lower(), doing.lower()[:-3], doing.lower()[:-3] + "e", doing.lower()[:-4]}
    return any(verbs & words_of(r.instruction or "") for r in tree.rounds)


def names_a_round(words: str, tree: RoundTree) -> bool:
    """Whether `words` name a round of the session: by number, as the original or the newest, or by an
    earlier edit's words."""
    refs = references(words, tree) or _named(words, tree)
    return bool(refs) and missing_round(Call("revert", {"round": refs[0]}), tree) is None


def picked_round(text: str) -> list[int | str]:
    """The round a turn picks by its bare number, as a try or as the other one ("keep 3", "actually go with the
    second try", "use the other one"); else none."""
    if described := _PICKED_DESCRIBED.fullmatch(clean(text)) or _PICKED_OTHER.fullmatch(clean(text)):
        return [described["ref"]]
    picked = _PICKED.match(text.strip()) or _PICKED.match(clean(text))
    if picked is None or not (picked["lead"] or re.search(r"\bit\s+is\b", picked["tail"], re.I)):
        return []
    return [parse_number(picked["n"].lower()) if picked["n"] else f"the {picked['nth'].lower()} try"]


def bare_round(text: str, tree: RoundTree) -> list[int | str]:
    """The round a turn that only names a round names, as its words ("the red one, no hat yet"); else none."""
    bare = _BARE_ROUND.match(clean(text)) or _BARE_ROUND.match(text.strip())
    if bare is None:
        return []
    if names_a_round(bare["ref"], tree):
        return references(bare["ref"], tree)[:1] or _named(bare["ref"], tree)
    return [bare["ref"]] if _resolves(bare["ref"], tree) or _names_several(bare["ref"], tree) else []


def _names_several(words: str, tree: RoundTree) -> bool:
    """Whether `words` name more than one round ("the apron one" after two apron edits): still a round reference,
    answered with the question which."""
    try:
        tree.resolve(words.strip())
    except AmbiguousRoundError:
        return True
    except (RoundReferenceError, NoPhotoError):
        return False
    return False


def _named(text: str, tree: RoundTree) -> list[int | str]:
    """A round named by what it shows ("the orange tent"), when an edit's words match it; else none."""
    match = _NAMED.search(text)
    if match is None or not tree.rounds:
        return []
    try:
        named = tree.resolve(match["ref"])
    except (RoundReferenceError, NoPhotoError):
        return []
    return [] if match["verdict"] and named is tree.current else [match["ref"]]


_BARE_PRAISED = re.compile(
    r"(?:^|(?<=[.,!;]\s)|(?<=\bthink\s)|(?<=\bthought\s))(?=[a-z]+\s+(?:was|looked)\s+(?:way\s+|much\s+|so\s+)?"
    r"(?:nicer|better|best|prettier|cuter|cooler)\b)(?!(?:it|that|this|he|she|they|which|what|mine)\s)",
    re.I,
)
"""Where a look praised without "the" begins ("i think green was nicer"): "the" goes there."""


def mentioned_round(text: str, tree: RoundTree) -> list[int | str]:
    """The round another part of the turn named, for "go back to it" ("i liked the red boat more, go back to
    it", "the original was nicer. go back to it"): a round by number or as the original, else the longest
    "the ..." phrase all of whose words an earlier edit's instruction has."""
    before = BACK_TO_IT.split(text, maxsplit=1)[0]
    if refs := [ref for ref in references(before, tree) if ref not in ("current", "previous")]:
        return refs[:1]
    if preferred := NUMBER_PREFERRED.match(before.strip()):
        return [_preferred_round(preferred)]  # "the first try was better, go back to it"
    said = clean(before).strip(" ,.;!?")
    if _NAMED_TRY.fullmatch(said) and _resolves(said, tree):
        return [said]  # "the first confetti try pls, go back to it"
    before = _BARE_PRAISED.sub("the ", before)
    for match in re.finditer(r"\bthe\s+(?P<words>[\w'-]+(?:\s+[\w'-]+){0,3})", before, re.I):
        words = match["words"].split()
        for end in range(len(words), 0, -1):
            phrase = " ".join(words[:end])
            wanted = keywords(phrase)
            if not keywords(words[end - 1]):
                continue  # "the deep blue was the best": the phrase ends at "blue"
            if wanted and any(wanted <= keywords(r.instruction or "") for r in tree.rounds) and _resolves(phrase, tree):
                return [f"the {phrase}"]
    return []


def _first_edit(tree: RoundTree) -> int | None:
    """The first edit on the way to the current round (else the oldest edit)."""
    if not tree.rounds:
        return None
    line = tree.lineage(tree.current)
    if len(line) > 1:
        return line[-2].index
    edits = [r for r in tree.rounds if r.instruction]
    return edits[0].index if edits else None


def missing_round(call: Call, tree: RoundTree) -> str | None:
    """Why a call's round references name no round of the session; None when they all do (or are unknown)."""
    if not tree.rounds:
        return None
    if call.name == "compare_rounds":
        try:
            if tree.resolve(call.args.get("first")) is tree.resolve(call.args.get("second")):
                return _SAME_SIDE_TEXT
        except (RoundReferenceError, NoPhotoError):
            pass
    if call.name == "revert" and all(r.parent_id is None for r in tree.rounds) and _resolves_here(call, tree):
        return "This is the photo as you uploaded it: there is no edit to go back from yet."
    for key in ("round", "first", "second"):
        if key not in call.args:
            continue
        reference = call.args[key]
        if isinstance(reference, str) and re.fullmatch(r"[-+]?[\d.e+-]+", reference, re.I):
            return f"There is no round {reference}: {ROUNDS_ARE}"
        try:
            tree.resolve(reference)
        except (RoundReferenceError, NoPhotoError) as error:
            return str(error)
    return None


def _resolves_here(call: Call, tree: RoundTree) -> bool:
    """Whether a call's round is the one the person is on."""
    try:
        return tree.resolve(call.args.get("round")) is tree.current
    except (RoundReferenceError, NoPhotoError):
        return False
