"""Rules for rounds named by how things were, and by the order of the edits.

- "when the windows were still dark" after "light up the minaret windows" is the round before it (no edit had
  recoloured the windows, so it was refused); "when the logs were still a mess" is the round before the edit that
  cleaned them (the look of two words was not read).
- "when the lumberjack wasn't there" is the round before the lumberjack came.
- "the first version you made" is the first edit, while "the first version" stays the original.
- A redo counts what it says: "redo all 3", "ctrl y ctrl y", and "redo everything i undid" or "redo all of them" as
  far as the undone line goes (each brought back one round).
"""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree

MINARET = tree((None, None), (0, "make the minaret white"), (1, "add birds"), (2, "light up the minaret windows"))
SAWMILL = tree((None, None), (0, "clean up the logs"), (1, "add a lumberjack in a red flannel shirt"))


@pytest.mark.parametrize(
    ("reference", "index"),
    [
        ("when the windows were still dark", 2),
        ("before the windows got lit", 2),
        ("the first version you made", 1),
        ("the second one you made", 2),
    ],
)
def test_a_round_named_on_the_minaret_line(reference: str, index: int) -> None:
    assert MINARET.resolve(reference).index == index


@pytest.mark.parametrize(
    ("reference", "index"),
    [
        ("when the logs were still a mess", 0),
        ("when the logs were still messy", 0),
        ("when the lumberjack wasnt there", 1),
        ("when the lumberjack was not there yet", 1),
    ],
)
def test_a_round_named_on_the_sawmill_line(reference: str, index: int) -> None:
    assert SAWMILL.resolve(reference).index == index


@pytest.mark.parametrize(
    ("text", "round_"),
    [("return to the first version u made", 1), ("go back to the first version", "original")],
)
def test_the_first_version_you_made_is_the_first_edit(text: str, round_: int | str) -> None:
    assert [(call.name, call.args) for call in decide(Turn(text, MINARET)).calls] == [("revert", {"round": round_})]


UNDONE = ((None, None), (0, "make the cup blue"), (1, "add a cat"), (2, "remove the spoon"))


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        ("redo all 3", "3 steps forward"),
        ("ctrl y ctrl y", "2 steps forward"),
        ("redo everything i undid", "3 steps forward"),
        ("redo all of them", "3 steps forward"),
        ("redo", "next"),
    ],
)
def test_a_redo_counts_what_it_says(text: str, round_: str) -> None:
    session = tree(*UNDONE, current=0)
    assert [(call.name, call.args) for call in decide(Turn(text, session)).calls] == [("revert", {"round": round_})]
