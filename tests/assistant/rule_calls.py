"""What the rule tests compare: a turn's calls as a list of (tool name, arguments), the expected edits in that
form, and the calls the offline model decides for a turn on a session written as rounds."""

from __future__ import annotations

from typing import Any

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree

CallList = list[tuple[str, dict[str, Any]]]
"""Calls in order, each (tool name, arguments)."""


def edit_calls(*instructions: str) -> CallList:
    """One edit per instruction, in order."""
    return [("edit_image", {"instruction": instruction}) for instruction in instructions]


def decided_calls(text: str, rounds: tuple[tuple[int | None, str | None], ...]) -> CallList:
    """The calls decided for `text` on a session of `rounds` (no photo with the turn, on the newest round)."""
    return [(call.name, call.args) for call in decide(Turn(text=text, tree=tree(*rounds))).calls]
