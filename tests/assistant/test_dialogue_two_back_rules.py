"""Rules for two steps back said in other words: "a couple of steps back", "go back a couple of steps", "couple
edits back", "the one before the previous", "undo a couple of changes" and "revert the last couple of edits" go two
rounds back on a line of three edits ("the one before the previous" went one back, "a couple of steps back" asked
which round)."""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import BREAKFAST, decided_calls


@pytest.mark.parametrize(
    "text",
    [
        "a couple of steps back",
        "go back a couple of steps",
        "couple edits back",
        "the one before the previous",
        "go to the one before the previous one",
        "undo a couple of changes",
        "revert the last couple of edits",
    ],
)
def test_a_couple_of_steps_back_is_two_rounds_back(text: str) -> None:
    assert decided_calls(text, BREAKFAST) == [("revert", {"round": "2 steps back"})]


def test_the_version_before_the_last_one_is_still_one_back() -> None:
    assert decided_calls("the version before the last one", BREAKFAST) == [("revert", {"round": "previous"})]
