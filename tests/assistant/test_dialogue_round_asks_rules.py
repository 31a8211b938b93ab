"""Rules for questions about rounds and for an undo with a new try.

- "compare the last edit" puts it beside the round before it (it used to compare the round with itself).
- "show me what you did" is the session's status; "what was round 1", "what did i ask for in round one?" and "what was
  the original like" show that round; "what is round 7" says there is none; "what was the last change" stays the
  status.
- "undo and try again" and "undo that, then try it again" are a retry of the last edit (from the round before it),
  not an undo alone or a question.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, Rounds, decided_calls

TWO: Rounds = ((None, None), (0, "make the cup blue"), (1, "remove the spoon"))


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("compare the last edit", [("compare_rounds", {"first": "previous", "second": "current"})]),
        ("show me what you did", [("session_status", {})]),
        ("what was the last change", [("session_status", {})]),
        ("what was round 1", [("show_round", {"round": 1})]),
        ("what did I ask for in round one?", [("show_round", {"round": 1})]),
        ("what was the original like", [("show_round", {"round": "original"})]),
        ("what is round 7", []),
        ("undo and try again", [("retry_edit", {})]),
        ("undo that, then try it again", [("retry_edit", {})]),
    ],
)
def test_questions_about_rounds_and_undo_with_a_new_try(text: str, calls: CallList) -> None:
    assert decided_calls(text, TWO) == calls
