"""What a decision reads and gives: a chat turn with its conversation and round tree, the tool calls it asks
for, and the decision; the session's last edit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.references import RoundLike, RoundTree
from language.dialogue.labels import Context

ACTS = (
    "edit",
    "caption",
    "undo",
    "redo",
    "retry",
    "correction",
    "goto",
    "show",
    "compare",
    "status",
    "history",
    "share",
    "revoke",
    "export",
    "talk",
    "clarify",
)

MAX_TURN_CHARS = 2000
"""Characters of a turn that are read (the assistant declines longer turns before deciding)."""

MAX_CONTEXT_MESSAGES = 6
"""Earlier messages of the conversation a turn carries."""

CHANGING_TOOLS = frozenset({"edit_image", "retry_edit", "revert"})
"""The tools whose calls change the photo or the session's current round: only their success makes "I changed it"
or "I went back" true."""


@dataclass(frozen=True)
class Call:
    """One tool call."""

    name: str
    args: dict[str, Any]


@dataclass(frozen=True)
class Turn:
    """A person's message and what the decision may use of the conversation."""

    text: str
    tree: RoundTree
    """The session's rounds after this turn's upload (if any)."""
    messages: tuple[tuple[str, str], ...] = ()
    """Earlier (role, content), oldest first, last few."""
    photo: bool = False
    """A photo came with this turn (it is the current round)."""


@dataclass(frozen=True)
class Decision:
    """What to do about a turn: an act, its tool calls in order, and the words for talk/clarify/caption."""

    act: str
    calls: tuple[Call, ...] = ()
    reply: str | None = None


def context_of(turn: Turn) -> Context:
    """The conversation's state as the dialogue head reads it."""
    rounds = turn.tree.rounds
    return Context(photo=turn.photo, has_photo=bool(rounds), has_edit=any(r.instruction for r in rounds))


def last_edit(tree: RoundTree, *, skip_current: bool = False) -> RoundLike | None:
    """The edit a retry or correction is about: the current round when it is an edit, else the newest edit."""
    if not tree.rounds:
        return None
    current = tree.current
    if current.instruction and not skip_current:
        return current
    edits = [r for r in tree.rounds if r.instruction and r is not current]
    return edits[-1] if edits else None
