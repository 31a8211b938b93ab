"""Rules for a last edit said to have done nothing, or to have been needless.

- "nothing changed", "it didn't work", "i don't see any difference", "it looks the same", "the cup is still white"
  after "make the cup blue" and "the spoon is still there" after "remove the spoon" are that edit again, stronger
  ("nothing changed" used to be answered "take your time"). As a question, about another thing, or before any edit
  they make no call.
- "it's already blue" is a remark, not the edit "make the cup already blue"; "still wrong, the saucer" is still a
  correction.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, decided_calls

Rounds = tuple[tuple[int | None, str | None], ...]
UPLOAD: Rounds = ((None, None),)
CUP: Rounds = ((None, None), (0, "make the cup blue"))
SPOON: Rounds = ((None, None), (0, "remove the spoon"))
STRONGER: CallList = [("retry_edit", {"strength": "stronger"})]


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
def test_an_edit_that_did_nothing_is_made_again_stronger(text: str, rounds: Rounds) -> None:
    assert decided_calls(text, rounds) == STRONGER


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
def test_remarks_and_questions_about_the_edit_stay_words(text: str, rounds: Rounds, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls
