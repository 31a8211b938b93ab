"""What the rule tests compare: a turn's calls as a list of (tool name, arguments), the expected edits in that
form, and what the offline model decides for a turn on a session."""

from __future__ import annotations

from typing import Any

from assistant.references import RoundTree
from assistant.understanding import Call, Turn, decide
from tests.assistant.dialogue_dev import tree

CallList = list[tuple[str, dict[str, Any]]]
"""Calls in order, each (tool name, arguments)."""
Rounds = tuple[tuple[int | None, str | None], ...]
"""A session as (parent index, instruction) per round, for `tests.assistant.dialogue_dev.tree`."""
BREAKFAST: Rounds = (
    (None, None),
    (0, "make the cup blue"),
    (1, "remove the spoon"),
    (2, "add a croissant on the plate"),
)
"""The coffee photo after three edits in a row, which several rule tests go around in."""


def edit_calls(*instructions: str) -> CallList:
    """One edit per instruction, in order."""
    return [("edit_image", {"instruction": instruction}) for instruction in instructions]


def fixed_calls(instruction: str, round_index: int | None = None) -> CallList:
    """The last edit (or round `round_index`) made again from its parent with `instruction`: a correction."""
    args: dict[str, Any] = {"instruction": instruction}
    if round_index is not None:
        args["round"] = round_index
    return [("retry_edit", args)]


def decided_calls(text: str, rounds: tuple[tuple[int | None, str | None], ...], *, photo: bool = False) -> CallList:
    """The calls decided for `text` on a session of `rounds`, on the newest round; with `photo`, the turn brings a
    new photo (the last of `rounds`)."""
    return [(call.name, call.args) for call in decide(Turn(text=text, tree=tree(*rounds), photo=photo)).calls]


def act_and_calls(text: str, session: RoundTree) -> tuple[str, tuple[Call, ...]]:
    """The act and the calls decided for `text` on `session` (no photo with the turn)."""
    decision = decide(Turn(text, session))
    return decision.act, decision.calls


def decided(text: str, rounds: Rounds, current: int | None = None, *, photo: bool = False) -> tuple[str, CallList]:
    """The act and calls decided for `text` on a session of `rounds` (current round `current`, else the newest)."""
    decision = decide(Turn(text=text, tree=tree(*rounds, current=current), photo=photo))
    return decision.act, [(call.name, call.args) for call in decision.calls]
