"""Rules for edits made on a named round, and rounds picked or named in one word.

- "in round 1 make the saucer red", "make the saucer red in round 1", "make the saucer red but on the original",
  "on version 2 remove the cup" and "in version 2, remove the cup" are one edit on that round. They used to lose the
  round (the "1" before "make" read as a list number), keep it in the instruction, ask, or move to the round without
  the edit. "put me on round 2 again" stays a move, and "1 remove the cup 2 add a bowl" a list.
- "let's go with 2" goes to round 2 (it was "the one with 2", round 1); "switch it to the original" goes there (not
  the last edit on "the original"). "delete round 2", "delete the change in round 3" and "remove what you did in
  round 2" go back to the round before that one (they were an edit made on it, or an answer in words); "revert round
  2" still goes to round 2.
  "switch back" and "change it back" are an undo (they asked). "make it like it was in round 1" and "make it how
  it was in the original" go there (they were an edit of "it"), and "the blue cup again" is the round with it.
- "the no-croissant version" and "the spoonless one" name the round without the croissant or the spoon.
"""

from __future__ import annotations

import pytest

from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import BREAKFAST, CallList, Rounds, decided_calls, edit_calls

RECOLOURED: Rounds = ((None, None), (0, "make the cup blue"), (1, "make the cup red"))


def test_a_described_thing_again_is_its_round() -> None:
    assert decided_calls("the blue cup again", RECOLOURED) == [("revert", {"round": "the blue cup"})]


def _on(instruction: str, base: int | str) -> CallList:
    return [("edit_image", {"instruction": instruction, "base_round": base})]


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("in round 1 make the saucer red", _on("make the saucer red", 1)),
        ("make the saucer red in round 1", _on("make the saucer red", 1)),
        ("make the saucer red but on the original", _on("make the saucer red", "the original")),
        ("on version 2 remove the cup", _on("remove the cup", 2)),
        ("in version 2, remove the cup", _on("remove the cup", 2)),
        ("put me on round 2 again", [("revert", {"round": 2})]),
        ("1 remove the cup 2 add a bowl", edit_calls("remove the cup", "add a bowl")),
        ("let's go with 2", [("revert", {"round": 2})]),
        ("switch it to the original", [("revert", {"round": "original"})]),
        ("switch that to round 1", [("revert", {"round": 1})]),
        ("delete the change in round 3", [("revert", {"round": "before round 3"})]),
        ("remove what you did in round 2", [("revert", {"round": "before round 2"})]),
        ("delete round 2", [("revert", {"round": "before round 2"})]),
        ("revert round 2", [("revert", {"round": 2})]),
        ("switch back", [("revert", {"round": "previous"})]),
        ("change it back please", [("revert", {"round": "previous"})]),
        ("switch back to round 1", [("revert", {"round": 1})]),
        ("make it like it was in round 1", [("revert", {"round": 1})]),
        ("make it how it was in the original", [("revert", {"round": "original"})]),
    ],
)
def test_edits_on_a_named_round_and_picked_rounds(text: str, calls: CallList) -> None:
    assert decided_calls(text, BREAKFAST) == calls


@pytest.mark.parametrize(
    ("reference", "index"), [("the no-croissant version", 2), ("the spoonless one", 2), ("no croissant", 2)]
)
def test_a_round_named_as_lacking_a_thing_in_one_word(reference: str, index: int) -> None:
    assert tree(*BREAKFAST).resolve(reference).index == index
