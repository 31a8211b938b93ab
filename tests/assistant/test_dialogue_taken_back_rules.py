"""Rules for taking an edit back in words that name no command.

- After "remove the spoon": "the spoon was fine where it was", "i actually needed that spoon", "didn't mean to remove
  the spoon", "leave the spoon in" and "it was better with the spoon" take the removal back; about another thing
  they take nothing back.
- "erase what you just did", "delete what you did" and "get rid of whatever you just did" undo the last edit
  ("erase what you just did" used to be an edit with that sentence); "remove everything you did" goes back to the
  original; before any edit they are answered that there is nothing to undo.
- "not good", "no good", "not great at all" ask what to change ("not good" used to be answered "Glad you like it!").
- "cup back to white" takes the edit that made the cup blue back when it is the last one, and makes the cup white
  on top of later edits, which it keeps; "change it back to white" right after that edit takes it back.
"""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

UPLOAD: Rounds = ((None, None),)
CUP: Rounds = ((None, None), (0, "make the cup blue"))
CUP_SPOON: Rounds = ((None, None), (0, "make the cup blue"), (1, "remove the spoon"))
UNDO: CallList = [("revert", {"round": "previous"})]


@pytest.mark.parametrize(
    "text",
    [
        "the spoon was fine where it was",
        "i actually needed that spoon",
        "didn't mean to remove the spoon",
        "leave the spoon in",
        "it was better with the spoon",
    ],
)
def test_a_removed_thing_wanted_after_all_takes_the_removal_back(text: str) -> None:
    assert decided_calls(text, CUP_SPOON) == UNDO


@pytest.mark.parametrize("text", ["the cup was fine", "leave the cup in", "it was better with the saucer"])
def test_another_thing_wanted_takes_nothing_back(text: str) -> None:
    assert decided_calls(text, CUP_SPOON) == []


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("erase what you just did", UNDO),
        ("delete what you did", UNDO),
        ("get rid of whatever you just did", UNDO),
        ("remove everything you did", [("revert", {"round": "original"})]),
    ],
)
def test_what_you_did_taken_back_is_an_undo(text: str, calls: CallList) -> None:
    assert decided_calls(text, CUP_SPOON) == calls


@pytest.mark.parametrize("text", ["erase what you just did", "remove what you did"])
def test_before_any_edit_there_is_nothing_to_take_back(text: str) -> None:
    decision = decide(Turn(text, tree(*UPLOAD)))
    assert decision.calls == () and "nothing" in (decision.reply or "")


@pytest.mark.parametrize("text", ["not good", "no good", "not great at all", "not so good"])
def test_not_good_asks_what_to_change(text: str) -> None:
    decision = decide(Turn(text, tree(*CUP)))
    assert (decision.act, decision.calls) == ("clarify", ())


@pytest.mark.parametrize(
    ("text", "rounds", "calls"),
    [
        ("cup back to white", CUP, UNDO),
        ("turn the cup back to white", CUP, UNDO),
        ("change it back to white", CUP, UNDO),
        ("cup back to white", CUP_SPOON, edit_calls("make the cup white")),
        ("the cup back to white", CUP_SPOON, edit_calls("make the cup white")),
    ],
)
def test_a_recoloured_thing_asked_back_in_a_colour(text: str, rounds: Rounds, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls
