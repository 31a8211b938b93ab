"""Action of an instruction: add, remove or change (ZONE_METHOD.md section 1)."""

from __future__ import annotations

from enum import Enum


class Action(str, Enum):
    """What an instruction does to the photo; steers beta and SAM's input."""

    ADD = "add"
    REMOVE = "remove"
    CHANGE = "change"


_REMOVE_WORDS = ("remove", "delete", "erase", "get rid", "take away", "take out", "take off", "without")
_ADD_WORDS = ("add", "give", "put", "place", "insert", "wear", "let there be")


def classify(text: str) -> Action:
    """Keyword rule until the trained classifier lands."""
    lowered = text.lower()
    if any(word in lowered for word in _REMOVE_WORDS):
        return Action.REMOVE
    if any(word in lowered for word in _ADD_WORDS):
        return Action.ADD
    return Action.CHANGE
