"""Rules for a last edit said to have done nothing, or to have been needless.

- "nothing changed", "it didn't work", "i don't see any difference", "it looks the same", "the cup is still white"
  after "make the cup blue" and "the spoon is still there" after "remove the spoon" get a question back that offers a
  stronger try, a new try or an undo: any of them may be meant, and guessing would make an edit nobody asked for
  ("nothing changed" used to be answered "take your time: nothing was changed"). As a question, about another thing,
  or before any edit they are not read so.
- "it's already blue" is a remark, not the edit "make the cup already blue"; "still wrong, the saucer" is still a
  correction.
"""

from __future__ import annotations

import pytest

from assistant.understanding import NO_EFFECT_TEXT, Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, Rounds, decided_calls

UPLOAD: Rounds = ((None, None),)
CUP: Rounds = ((None, None), (0, "make the cup blue"))
SPOON: Rounds = ((None, None), (0, "remove the spoon"))


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("nothing changed", CUP),
        ("it didn't work", CUP),
        ("didn't do anything", CUP),
        ("I don't see any difference", CUP),
        ("it looks the same", CUP),
        ("the cup is still white", CUP),
        ("the cup's still white", CUP),
        ("the spoon is still there", SPOON),
        ("nothing changed", SPOON),
    ],
)
def test_an_edit_said_to_have_done_nothing_gets_the_choices(text: str, rounds: Rounds) -> None:
    decision = decide(Turn(text, tree(*rounds)))
    assert (decision.act, decision.calls, decision.reply) == ("clarify", (), NO_EFFECT_TEXT)


@pytest.mark.parametrize(
    ("text", "rounds", "calls"),
    [
        ("nothing changed?", CUP, []),
        ("the saucer is still white", CUP, []),
        ("the cup is still blue", CUP, []),
        ("nothing changed", UPLOAD, []),
        ("it's already blue", CUP, []),
        ("still wrong, the saucer", CUP, [("retry_edit", {"instruction": "make the saucer blue"})]),
    ],
)
def test_remarks_and_questions_about_the_edit_are_not_read_so(text: str, rounds: Rounds, calls: CallList) -> None:
    decision = decide(Turn(text, tree(*rounds)))
    assert decided_calls(text, rounds) == calls
    assert decision.reply != NO_EFFECT_TEXT
