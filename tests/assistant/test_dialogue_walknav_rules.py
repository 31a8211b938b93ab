"""Rules for navigation turns met walking a session of three edits: "revert everything", "revert it all", "undo
all of it" and a bare "reset" go back to the original, and a question whether the editor can undo, share or
export a kind of thing ("can you undo stuff", "can u share sessions") is answered, never done, while "can u undo
that" still undoes."""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, decided_calls

BELLOWS = (
    (None, None),
    (0, "make the bellows copper"),
    (1, "add an ocarina on the bench"),
    (2, "make the rug purple"),
)
ORIGINAL: CallList = [("revert", {"round": 0})]


@pytest.mark.parametrize(
    "text",
    [
        "revert everything",
        "reset everything",
        "revert it all pls",
        "nah undo all of it",
        "revert all",
        "undo everything",
        "reset",
        "full reset pls",
    ],
)
def test_taking_back_everything_goes_to_the_original(text: str) -> None:
    assert _resolved(decided_calls(text, BELLOWS)) == ORIGINAL


@pytest.mark.parametrize(
    "text",
    [
        "can you undo stuff?",
        "can u undo things",
        "can u share sessions",
        "could u export versions",
        "can you redo edits",
    ],
)
def test_asking_whether_a_kind_of_thing_can_be_undone_or_shared_is_answered(text: str) -> None:
    assert decided_calls(text, BELLOWS) == []


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("can u undo that", [("revert", {"round": "previous"})]),
        ("can you share it", [("share_session", {})]),
    ],
)
def test_asking_for_this_session_still_acts(text: str, calls: CallList) -> None:
    assert decided_calls(text, BELLOWS) == calls


def _resolved(calls: CallList) -> CallList:
    """The calls with the original named by its index, as the session reads it."""
    return [(name, {**args, "round": 0} if args.get("round") == "original" else args) for name, args in calls]
