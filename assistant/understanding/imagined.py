"""A look only imagined, then asked to be seen ("what would it look like at night? show me", "i wonder how it'd look
in winter, can you show me?", "show me the lobby with the chandelier off"): the edit that makes that look.

A look imagined with nothing asked ("how would the lobby look in the 1920s, just curious") is no edit; these
functions say only what the edit would be when the turn asks to see it.
"""

from __future__ import annotations

import re

from assistant.understanding.vocabulary import BARE_COLOUR

_SEE = (
    r"(?:(?:can|could)\s+(?:you|u)\s+show\s+me|show\s+me|let\s+me\s+see|lets?\s+see|let'?s\s+see|let'?s\s+find\s+out|"
    r"lets\s+find\s+out|(?:can|could)\s+i\s+see|i\s+wanna\s+see|i'?d\s+(?:love|like)\s+to\s+see|try\s+it|"
    r"give\s+me\s+a\s+version|make\s+a\s+version)"
)
"""Words that ask to see a look."""
_THING = (
    r"(?P<thing>it|this(?:\s+one|\s+version)?|the\s+(?!(?:one|ones|version|round|edit|photo|pic|picture|image|original|"
    r"first|last|previous|latest|newest|oldest|earlier|current|final|edited|second|third|try|attempt)\b)[a-z'-]+"
    r"(?:\s+(?!(?:would|will|look|looks|is|are|was|were|with|in|at|one|ones|version|try)\b)[a-z'-]+)?)"
)
_LOOK = r"(?P<look>[^?.!]+?)"
_IMAGINED = (
    re.compile(rf"what\s+(?:would\s+)?{_THING}(?:\s+would|'d)?\s+look\s+like\s+{_LOOK}", re.I),
    re.compile(rf"how\s+{_THING}(?:\s+would|'d|\s+will)?\s+looks?(?:\s+like)?\s+{_LOOK}", re.I),
    re.compile(rf"imagine\s+(?:if\s+)?{_THING}\s+(?:was|were|is|are)\s+{_LOOK}", re.I),
    re.compile(rf"(?:(?:a\s+)?version\s+)?(?:where|in\s+which)\s+{_THING}\s+(?:is|are|was|were)\s+{_LOOK}", re.I),
    re.compile(rf"{_THING}\s+(?P<with>(?:with|without|in|at)\s+[^?.!]+?)", re.I),
)
"""The ways a look is imagined: (thing, look) in each."""
_ASKS_TO_SEE = re.compile(rf"(?:^|[\s,.?!:;-])(?:{_SEE})\b", re.I)
_SEEN_FIRST = re.compile(rf"^(?:(?:pls|please|ok(?:ay)?|so|hmm+)[\s,]+)*(?:{_SEE})\s+(?:me\s+)?(?P<rest>.+)$", re.I)
_TAIL = re.compile(rf"\s*(?:[?.!,:;-]+\s*|\s+)(?:(?:{_SEE})\b.*|(?:yeah\s+)?do\s+it.*)$", re.I)
"""The ask to see after the look ("..., show me pls", "... - show me that")."""
_LEAD = re.compile(r"^.*?(?:\bi\s+wonder\s+)?(?=\b(?:what|how|imagine)\b)|^.*?\bi\s+wonder\s+", re.I)
"""Words before the look is imagined ("here's the ski lodge, i wonder ")."""
_SWITCHED = re.compile(
    r"with\s+(?P<thing>(?:the|his|her|their|my|our)\s+[\w\s'-]+?)\s+(?P<state>off|on|out|closed|open|shut|lit|gone|removed)",
    re.I,
)
_TIME = re.compile(
    r"(?:at|in|during)\s+(?:the\s+)?(?P<time>night|winter|summer|autumn|fall|spring|snow|rain|sunset|dusk|dawn|"
    r"(?:19|20)?\d0s)",
    re.I,
)
_ADDED = re.compile(r"with\s+(?P<added>(?:an?\s+|some\s+)?(?!the\b)[\w\s'-]+)", re.I)
_COLOURED = re.compile(r"in\s+(?P<colour>[\w\s-]+)", re.I)
_WHOLE = re.compile(r"it|this(?:\s+one|\s+version)?", re.I)


def _switched(thing: str, state: str) -> str:
    """The edit that puts `thing` in `state` ("the neon", "off" -> "turn the neon off")."""
    state = state.lower()
    if state in ("gone", "removed"):
        return f"remove {thing}"
    if state in ("closed", "shut", "open"):
        return f"{'open' if state == 'open' else 'close'} {thing}"
    return f"light {thing}" if state == "lit" else f"turn {thing} {state}"


def imagined_edit(text: str) -> str | None:
    """The instruction that makes the look a turn imagines and asks to see; None when the turn asks nothing or
    its look is unclear."""
    said = text.strip()
    if not _ASKS_TO_SEE.search(said):
        return None
    body = (first["rest"] if (first := _SEEN_FIRST.match(said)) else _TAIL.sub("", said)).strip()
    body = _LEAD.sub("", body)
    for form in _IMAGINED:
        if imagined := form.fullmatch(body.strip(" ,.!?")):
            look = imagined.groupdict().get("look") or imagined["with"]
            return _made(imagined["thing"], look.strip())
    return None


def _made(thing: str, look: str) -> str | None:
    """The instruction that gives `thing` (the whole photo for "it") `look`."""
    if state := _SWITCHED.fullmatch(look):
        return _switched(state["thing"], state["state"])
    if time := _TIME.fullmatch(look):
        return f"make it {time['time'].lower()}"
    if re.match(r"without\s+(?:going|switching|moving|jumping)\b", look, re.I):
        return None  # "show me the newest one without going there": a round shown
    if look.lower().startswith("without "):
        return f"remove {look[8:]}"
    if added := _ADDED.fullmatch(look):
        return f"add {added['added']}"
    whole = _WHOLE.fullmatch(thing) is not None
    if (colour := _COLOURED.fullmatch(look)) and BARE_COLOUR.fullmatch(colour["colour"]) and not whole:
        return f"make {thing} {colour['colour']}"
    look = re.sub(r"^(?:all|so|really|very)\s+", "", look, flags=re.I)
    if whole or len(look.split()) > 3 or re.match(r"(?:in|at|with|like|if|when)\b", look, re.I):
        return None
    return f"make {thing} {look}"
