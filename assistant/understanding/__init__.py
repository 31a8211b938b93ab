"""The offline model's understanding of a chat turn: what the person wants, as calls of the assistant's tools.

`decide(turn)` reads the turn's words with the learned dialogue model (`language.dialogue`: the
shared MiniLM encoder and a trained head over the words and the conversation's state), then turns
the intent into tool calls with the session's round tree: the last edit's instruction for retries,
corrections, "it" and "same thing for this one", and the tree itself to refuse references to rounds
that do not exist (a plain answer, no call). Only what is exact is parsed by rule: round numbers,
"2 steps back", how many times "undo" was said, and the words of a correction that replace part of
the rejected instruction.

The modules, each reading only the ones before it: `turns` (what a decision reads and gives),
`replies` (the assistant's own words), `vocabulary` (patterns several readers share), `phrases`
(cleaning, objects, looks, wishes), `pronouns`, `corrections`, `retries`, `requests` (one message
as several), `rounds` (navigation and round references), `edits`, `intent`, and `decision`, which
holds `decide`.
"""

from assistant.understanding.corrections import correct, correction_words
from assistant.understanding.decision import decide
from assistant.understanding.edits import complete_instruction
from assistant.understanding.phrases import clean, object_of
from assistant.understanding.pronouns import resolve_pronoun
from assistant.understanding.replies import (
    CLARIFY_TEXT,
    FAREWELL_TEXT,
    GREETED_TEXT,
    HELP_TEXT,
    IDEAS_TEXT,
    NO_EDIT_TEXT,
    NO_EFFECT_TEXT,
    OPINION_TEXT,
    REPLIES,
)
from assistant.understanding.requests import split_requests
from assistant.understanding.turns import (
    ACTS,
    CHANGING_TOOLS,
    MAX_CONTEXT_MESSAGES,
    MAX_TURN_CHARS,
    Call,
    Decision,
    Turn,
    context_of,
    last_edit,
)

__all__ = [
    "ACTS",
    "CHANGING_TOOLS",
    "CLARIFY_TEXT",
    "FAREWELL_TEXT",
    "GREETED_TEXT",
    "HELP_TEXT",
    "IDEAS_TEXT",
    "MAX_CONTEXT_MESSAGES",
    "MAX_TURN_CHARS",
    "NO_EDIT_TEXT",
    "NO_EFFECT_TEXT",
    "OPINION_TEXT",
    "REPLIES",
    "Call",
    "Decision",
    "Turn",
    "clean",
    "complete_instruction",
    "context_of",
    "correct",
    "correction_words",
    "decide",
    "last_edit",
    "object_of",
    "resolve_pronoun",
    "split_requests",
]
