"""The intents a chat turn can carry, and the context features the dialogue head reads.

Intents are finer than the assistant's dialogue acts: "edit_same" (the last edit on a new photo) and
"edit_object" (the last edit on another object) are edits, "stronger" and "weaker" are kinds of retry,
the three corrections differ in what they replace, and talk is split by what the answer should say.
"""

from __future__ import annotations

from dataclasses import dataclass

INTENTS: tuple[str, ...] = (
    "edit",
    "edit_same",
    "edit_object",
    "caption",
    "undo",
    "redo",
    "goto",
    "show",
    "compare",
    "status",
    "history",
    "share",
    "revoke",
    "export",
    "retry",
    "stronger",
    "weaker",
    "correct_object",
    "correct_attribute",
    "correct_whole",
    "greeting",
    "thanks",
    "praise",
    "capability",
    "hold",
    "out_of_scope",
    "clarify",
)
"""Every intent, in the order of the head's outputs."""

NEEDS_EDIT = frozenset(
    {"edit_object", "retry", "stronger", "weaker", "correct_object", "correct_attribute", "correct_whole"}
)
"""Intents that only make sense once the session has an edit; without one the turn is unclear."""

NEEDS_PHOTO = frozenset({"caption", "edit_same"})
"""Intents that only make sense when a photo came with the turn."""


@dataclass(frozen=True)
class Context:
    """What the head knows of the conversation besides the words of the turn."""

    photo: bool = False
    """A photo came with this turn."""
    has_photo: bool = False
    """The session has at least one round (after this turn's upload)."""
    has_edit: bool = False
    """The session has at least one edit."""

    def features(self) -> tuple[float, float, float]:
        """The flags as the head's extra inputs."""
        return (float(self.photo), float(self.has_photo), float(self.has_edit))


CONTEXT_DIM = 3


def label_for(intent: str, context: Context) -> str:
    """The intent a turn written for `intent` has in `context` (clarify where it cannot apply)."""
    if intent in NEEDS_PHOTO and not context.photo:
        return "clarify"
    if intent == "edit_same" and not context.has_edit:
        return "clarify"
    if intent in NEEDS_EDIT and not context.has_edit:
        return "clarify"
    return intent
