"""Turn a chat turn into a plan: the tool calls it asks for, in order, or a kind of small talk.

This is the offline router's understanding of language, kept free of LangChain so it can be tested
on many phrasings alone. A turn is split into requests ("undo that and make the saucer red" is two),
discourse markers are dropped ("ok, now", "can you please"), and each request becomes one call of
the assistant's tools, with round references passed on as the words the person used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from assistant.references import NUMBER_WORDS

MAX_REQUESTS = 8
"""Requests read from one turn; the rest are ignored."""

MAX_PARSED_CHARS = 2000
"""Characters of a turn that are read (the assistant declines longer turns before this)."""


class Talk(str, Enum):
    """A turn that is answered in words, without tools."""

    GREETING = "greeting"
    THANKS = "thanks"
    HELP = "help"
    QUESTION = "question"
    EXPORT = "export"
    NOTHING = "nothing"


@dataclass(frozen=True)
class Call:
    """One planned tool call."""

    name: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Plan:
    """What a turn asks for: tool calls in order, else `talk` says how to answer in words."""

    calls: tuple[Call, ...] = ()
    talk: Talk | None = None


_I = re.IGNORECASE
_N = r"(?:\d+|" + "|".join(NUMBER_WORDS) + r")"

_MARKERS = re.compile(
    r"^(?:ok(?:ay)?|alright|all\s+right|so|now|and|also|then|next|plus|but|well|hmm+|oh|oops|"
    r"great|good|nice|cool|perfect|awesome|excellent|lovely|wow|yes|yeah|yep|no|nope|hey|hi|hello|"
    r"please|pls|kindly|just|actually|instead|finally|lastly|first(?:ly)?|second(?:ly)?|after\s+that|"
    r"that'?s\s+(?:wrong|bad|not\s+(?:right|good|it))|that\s+is\s+(?:wrong|bad)|not\s+quite|"
    r"(?:can|could|would|will)\s+you(?:\s+please)?|(?:can|could|may)\s+i\s+(?:ask\s+you\s+to|have\s+you)|"
    r"i\s+(?:want|need|would\s+like|'d\s+like|d\s+like)\s+(?:you\s+)?to|i'?d\s+like\s+(?:you\s+)?to|"
    r"i\s+(?:want|need)|let'?s|let\s+us|try\s+to|"
    r"is\s+it\s+possible\s+to|would\s+it\s+be\s+possible\s+to|how\s+about|"
    r"go\s+ahead\s+and|feel\s+free\s+to)\b[\s,:;.!-]*",
    _I,
)
_TRAILERS = re.compile(
    r"(?:[\s,]+(?:and\s+)?(?:please|pls|thanks|thank\s+you|thx|too|as\s+well|for\s+me|now|instead|again))*"
    r"[\s.!?,;:]*$",
    _I,
)

_GREETING = re.compile(
    r"^(?:hi|hello|hey|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening|day))"
    r"(?:\s+(?:there|zone|assistant|bot|friend|again))*$",
    _I,
)
_THANKS = re.compile(
    r"^(?:(?:thanks|thank\s+you|thx|ty|cheers|ta)(?:\s+(?:a\s+lot|so\s+much|very\s+much|again))?|"
    r"(?:that\s+)?(?:looks|is|was)\s+(?:good|great|nice|perfect|better|fine)|love\s+it|good\s+job|well\s+done|"
    r"nice\s+work|great\s+work|bye|goodbye|see\s+you|great|perfect|awesome|nice|cool|ok(?:ay)?|lovely)$",
    _I,
)
_HELP = re.compile(
    r"\bwhat\s+(?:can|could|do|else\s+can)\s+you\s+do\b|\bwhat\s+you\s+(?:can|could)\s+do\b|^help(?:\s+me)?$|\bhow\s+(?:does\s+this|do\s+i\s+use\s+"
    r"(?:this|you)|do\s+you)\s+work\b|\bhow\s+do\s+i\s+use\b|^(?:who|what)\s+are\s+you$|\bwhat\s+are\s+"
    r"(?:the|your)\s+(?:commands|options)\b|^(?:commands|options|usage|instructions)$",
    _I,
)
_UNDO = re.compile(
    r"^(?:undo|un-do|revert|cancel|take\s+(?:that|it)\s+back|take\s+back|roll\s*back|go\s+back|step\s+back|"
    r"move\s+back|back)(?:\s+(?:that|it|this|(?:(?:the|that|my)\s+)?(?:last|latest|previous)\s+"
    r"(?:edit|change|step|one|round)|that\s+(?:last\s+)?(?:edit|change|step)|the\s+(?:edit|change)|"
    r"(?:one|a|1)\s+step|once|please))*$",
    _I,
)
_UNDO_MANY = re.compile(
    rf"^(?:undo|revert|go\s+back|step\s+back)\s+(?:the\s+)?(?:last\s+)?(?P<n>{_N})\s*(?:edits|changes|steps|rounds|times)?$"
    r"|^(?:undo|revert)\s+(?P<times>twice|two\s+times|thrice|three\s+times)$",
    _I,
)
_REPEATS = {"twice": 2, "two times": 2, "thrice": 3, "three times": 3}
_REDO = re.compile(
    r"^(?:redo|re-do|go\s+forward|step\s+forward|move\s+forward|forward|undo\s+(?:the|that|my)\s+undo|"
    r"bring\s+(?:it|that)\s+back|put\s+(?:it|that)\s+back)(?:\s+(?:that|it|this|please|one\s+step|"
    r"(?:the\s+)?(?:last\s+)?(?:edit|change)))*$",
    _I,
)
_HISTORY = re.compile(
    r"^(?:(?:show|list|display|give|tell|print|see|view|open)\s+(?:me\s+)?)?(?:what'?s\s+|what\s+is\s+)?"
    r"(?:the\s+|all\s+(?:the\s+)?|my\s+|our\s+|your\s+)?"
    r"(?:(?:edit|session|chat|version|round)\s+)?(?:history|rounds|versions|edits|changes|steps|timeline|tree)"
    r"(?:\s+(?:so\s+far|of\s+(?:this|the|my)\s+(?:session|chat|photo|edits)))?$"
    r"|^what\s+(?:have|did|has)\s+(?:we|i|you)\s+(?:done|do|changed|change|edited|made|tried)(?:\s+so\s+far)?$"
    r"|^where\s+are\s+we$",
    _I,
)
_SHARE = re.compile(
    r"^share\b|\bshare\s+(?:this|the|my|it|these|our)\b|\b(?:share|sharing|shareable|public|view-only)\s+link\b"
    r"|\b(?:get|give|send|create|make|generate)\s+(?:me\s+)?(?:a\s+)?link\b|\bcan\s+i\s+share\b",
    _I,
)
_CLEAR_REF = (
    r"(?:(?:the\s+)?(?:original|upload|uploaded\s+\w+|beginning|start|initial\s+\w+|first\s+(?:photo|image|"
    r"picture|version|one)|unedited\s+\w+)(?:\s+(?:one|photo|image|picture|version))?"
    rf"|(?:round|version|step|r|#)\s*{_N}|\d+"
    r"|(?:the\s+)?(?:previous|prior|latest|newest|current|last)(?:\s+(?:one|round|version|photo|image|edit))?"
    rf"|{_N}\s+(?:steps?|rounds?|edits?)\s+(?:back|ago)"
    r"|(?:right\s+|just\s+)?(?:before|after)\s+.+"
    r"|(?:the\s+)?(?:one|version|round)\s+(?:with|where|before|after)\s+.+)"
)
_GOTO_BACK = re.compile(
    r"^(?:(?:go|jump|switch|return|revert|rewind|head|skip|get|move|step|roll|take\s+(?:me|us|it)|"
    r"bring\s+(?:me|us|it))\s+)?(?:all\s+the\s+way\s+)?back\s+(?:to|until|till)\s+(?P<ref>.+)$",
    _I,
)
_GOTO_TO = re.compile(
    r"^(?:go|jump|switch|return|revert|rewind|restore|reset|roll\s+back|undo\s+everything\s+back)"
    r"\s+(?:to|until|till)\s+(?P<ref>.+)$",
    _I,
)
_GOTO_CLEAR = re.compile(
    rf"^(?:restore|reset|revert|roll\s+back|go\s+back|back|jump|switch|continue\s+(?:from|with|on)|"
    rf"(?:change|set|turn|put)\s+it\s+back\s+to|"
    rf"keep\s+going\s+from|edit\s+from|work\s+(?:from|on)|carry\s+on\s+from|use|pick|choose|select|"
    rf"check\s*out|go\s+with|take|start\s+(?:again\s+)?from)\s+(?P<ref>{_CLEAR_REF})$",
    _I,
)
_START_OVER = re.compile(
    r"^(?:start\s+(?:over|again|from\s+scratch)|begin\s+again|from\s+scratch|reset(?:\s+(?:it|everything|all))?|"
    r"undo\s+(?:everything|all(?:\s+(?:the\s+)?(?:edits|changes))?)|revert\s+(?:everything|all))$",
    _I,
)
_SHOW = re.compile(
    r"^(?:show|display|view|see|open|let\s+me\s+see|can\s+i\s+see|bring\s+up|what\s+(?:did|does|do)|how\s+(?:did|does))"
    r"\s+(?:me\s+)?(?P<ref>.+?)(?:\s+look(?:s)?(?:\s+like)?(?:\s+now)?)?$",
    _I,
)
_SHOW_CURRENT = re.compile(
    r"^(?:it|the\s+(?:result|photo|image|picture|edit)|(?:the\s+)?current(?:\s+(?:one|round|photo|image|"
    r"version))?|where\s+we\s+are|what\s+we\s+have|(?:what|how)\s+(?:it|the\s+photo|the\s+image))$",
    _I,
)
_EXPORT = re.compile(r"\b(?:export|download|save|back\s*up)\b", _I)
_QUESTION = re.compile(
    r"^(?:what|who|why|how|when|where|which|whose|is|are|am|does|do|did|was|were|has|have|should|shall)\b", _I
)
_BASE = (
    rf"(?:starting\s+)?(?:from|on|using|in|for|based\s+on)\s+(?P<ref>(?:the\s+)?original(?:\s+(?:photo|image|"
    rf"picture|one))?|(?:round|version)\s*{_N})"
)
_BASE_PREFIX = re.compile(rf"^{_BASE}\s*[,:]?\s+(?P<rest>.+)$", _I)
_BASE_ONLY = re.compile(rf"^{_BASE}$", _I)
_BASE_SUFFIX = re.compile(
    rf"^(?P<rest>.+?)[\s,]+(?:in|on|from|to|starting\s+from|based\s+on)\s+(?P<ref>(?:the\s+)?original(?:\s+"
    rf"(?:photo|image|picture|one))?|(?:round|version)\s*{_N})$",
    _I,
)
_EDIT_VERBS = (
    r"(?:make|turn|change|remove|delete|erase|add|put|place|replace|give|let|paint|colou?r|convert|transform|"
    r"swap|insert|get\s+rid|take\s+(?:away|out|off)|brighten|darken|blur|sharpen|recolou?r|dress|have)\b"
)
_SENTENCES = re.compile(
    r"(?:[.!?;]+(?:\s+|$)|\n+|,?\s+and\s+then\s+|,?\s+then\s+|,?\s+and\s+also\s+|,\s*also\s+|,\s*after\s+that\s+)",
    _I,
)
_JOINS = re.compile(r"(,?\s+and\s+|,\s+)", _I)


def strip_markers(text: str) -> str:
    """`text` without leading discourse markers ("ok, now", "can you please") and trailing "please"."""
    text = text.strip()
    while True:
        stripped = _MARKERS.sub("", text, count=1).strip()
        if stripped == text:
            break
        text = stripped
    return _TRAILERS.sub("", text).strip()


def _command(text: str) -> Call | Talk | None:
    """The call or talk for a request that is not an edit; None when it reads as an edit."""
    if not text:
        return Talk.NOTHING
    if _GREETING.match(text):
        return Talk.GREETING
    if _THANKS.match(text):
        return Talk.THANKS
    if _HELP.search(text):
        return Talk.HELP
    if _START_OVER.match(text):
        return Call("revert", {"round": "original"})
    if match := _UNDO_MANY.match(text):
        steps = _REPEATS[" ".join(match["times"].lower().split())] if match["times"] else _number(match["n"])
        return Call("revert", {"round": f"{steps} steps back"})
    if _UNDO.match(text):
        return Call("revert", {"round": "previous"})
    if _REDO.match(text):
        return Call("revert", {"round": "next"})
    if _HISTORY.match(text):
        return Call("list_rounds")
    if _SHARE.search(text):
        return Call("share_session")
    if (match := _GOTO_BACK.match(text) or _GOTO_TO.match(text) or _GOTO_CLEAR.match(text)) is not None:
        return Call("revert", {"round": _reference(match["ref"])})
    if match := _SHOW.match(text):
        ref = match["ref"]
        if _SHOW_CURRENT.match(ref):
            return Call("show_round", {"round": "current"})
        if re.fullmatch(_CLEAR_REF, ref, _I):
            return Call("show_round", {"round": _reference(ref)})
    if _EXPORT.search(text):
        return Talk.EXPORT
    if re.fullmatch(_CLEAR_REF, text, _I):
        return Call("show_round", {"round": _reference(text)})
    if _QUESTION.match(text):
        return Talk.QUESTION
    return None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _reference(words: str) -> int | str:
    """A round reference as a tool argument: a plain number as int, anything else as the words."""
    words = words.strip(" .,!?\"'")
    match = re.fullmatch(rf"(?:round|version|step|r|#)?\s*(?P<n>{_N})", words, _I)
    return _number(match["n"]) if match else words


def _edit(text: str) -> Call:
    """An edit request, with its base round when the person names one ("on the original, ...")."""
    match = _BASE_PREFIX.match(text) or _BASE_SUFFIX.match(text)
    if match and match["rest"].strip():
        return Call("edit_image", {"instruction": match["rest"].strip(), "base_round": _reference(match["ref"])})
    return Call("edit_image", {"instruction": text})


def _starts_request(text: str) -> bool:
    """Whether `text` begins a request of its own (so "and" before it separates two requests)."""
    text = strip_markers(text)
    return isinstance(_command(text), Call) or re.match(_EDIT_VERBS, text, _I) is not None


def split_requests(text: str) -> list[str]:
    """The separate requests of a turn, in order, as written (markers not yet stripped)."""
    requests: list[str] = []
    for sentence in _SENTENCES.split(text):
        pieces = _JOINS.split(sentence)
        current = pieces[0]
        for joiner, piece in zip(pieces[1::2], pieces[2::2]):
            lead = strip_markers(current)
            if not _BASE_ONLY.match(lead) and (isinstance(_command(lead), Call) or _starts_request(piece)):
                requests.append(current)
                current = piece
            else:
                current += joiner + piece
        requests.append(current)
    return [request.strip() for request in requests if request.strip(" \t.,;:!?")]


def understand(request: str) -> Call | Talk:
    """The call or talk one request asks for; anything that is not a command is an edit."""
    bare = request.strip(" \t.,;:!?")
    if _GREETING.match(bare):
        return Talk.GREETING
    if _THANKS.match(bare):
        return Talk.THANKS
    text = strip_markers(request)
    found = _command(text)
    return _edit(text) if found is None else found


def plan(text: str) -> Plan:
    """The plan for one turn: tool calls in order, or the kind of talk to answer with."""
    text = "\n".join(" ".join(line.split()) for line in text[:MAX_PARSED_CHARS].splitlines())
    understood = [understand(request) for request in split_requests(text)[:MAX_REQUESTS]]
    calls = tuple(item for item in understood if isinstance(item, Call))
    if calls:
        return Plan(calls=calls)
    for talk in (Talk.HELP, Talk.EXPORT, Talk.QUESTION, Talk.GREETING, Talk.THANKS):
        if talk in understood:
            return Plan(talk=talk)
    return Plan(talk=Talk.NOTHING)
