"""Rules for a complaint that the last edit changed something else as well.

- After "make the cup blue", "the spoon changed too", "the saucer got changed as well", "why did the saucer change",
  "the table is blue now too", "why is the table blue", "you coloured the saucer too", "the saucer shouldn't be
  blue" and "the colour bled onto the saucer" ask back (a new try or an undo) and name that thing; two of them
  were edits "change the spoon" and "change the saucer got", one a correction "make the saucer shouldnt blue".
- After "remove the spoon", "the saucer disappeared too" and "you also removed the napkin" ask back the same way.
- The edited thing itself ("the cup looks too dark") and a wish for another thing ("the saucer should be red", "the
  saucer too") are no such complaint.
"""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import Rounds, decided_calls, edit_calls

CUP: Rounds = ((None, None), (0, "make the cup blue"))
SPOON: Rounds = ((None, None), (0, "remove the spoon"))


@pytest.mark.parametrize(
    ("text", "rounds", "thing"),
    [
        ("the spoon changed too", CUP, "the spoon"),
        ("the saucer got changed as well", CUP, "the saucer"),
        ("why did the saucer change", CUP, "the saucer"),
        ("the table is blue now too", CUP, "the table"),
        ("the saucer is blue too now, why", CUP, "the saucer"),
        ("why is the table blue", CUP, "the table"),
        ("you coloured the saucer too", CUP, "the saucer"),
        ("you also changed the table", CUP, "the table"),
        ("the saucer shouldnt be blue", CUP, "the saucer"),
        ("the colour bled onto the saucer", CUP, "the saucer"),
        ("the spoon went blue", CUP, "the spoon"),
        ("the saucer disappeared too", SPOON, "the saucer"),
        ("you also removed the napkin", SPOON, "the napkin"),
        ("the saucer got removed as well", SPOON, "the saucer"),
    ],
)
def test_another_thing_changed_by_the_last_edit_asks_back(text: str, rounds: Rounds, thing: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*rounds)))
    assert decision.calls == ()
    assert decision.act == "clarify"
    assert thing in (decision.reply or "")
    assert "try again" in (decision.reply or "")


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("the saucer should be red", "make the saucer red"),
        ("the saucer too", "make the saucer blue"),
        ("now the saucer", "make the saucer blue"),
    ],
)
def test_a_wish_for_another_thing_is_still_an_edit(text: str, instruction: str) -> None:
    assert decided_calls(text, CUP) == edit_calls(instruction)


def test_the_edited_thing_itself_is_no_spill() -> None:
    decision = decide(Turn(text="the cup looks too dark", tree=tree(*CUP)))
    assert "changed the cup too" not in (decision.reply or "")
