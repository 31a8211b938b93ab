"""Round 33's rules, each from a miss of the development sets:

- a change planned for later or only if something happens ("if the coach likes it, we'll add the club crest", "note
  for later: the balloon should be bigger", "could you, at some point, not now, add a cat") asks nothing now;
- options said and taken back, ending undecided ("make it red, no green, actually hmm"), ask nothing yet;
- the photo to be posted somewhere else ("share it on instagram for me", "put it on the school's website") is out of
  scope, not a share link; "do i need an account to keep this" is a question about the tool;
- two named before "it" or "him" ("the knight and the squire behind him... make it shine") get a question;
- someone else's wish then a go-ahead, whoever they are and however the wish is said ("the drummer wants the drums
  green, go ahead", "grandma says the shawl should be lilac, go for it"), is that edit.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import Rounds, decided, edit_calls

STAGE: Rounds = ((None, None), (0, "make the spotlight blue"))
"""A stage photo with one edit."""


@pytest.mark.parametrize(
    "text",
    [
        "if the coach likes it, we'll add the club crest",
        "note for later: the balloon should be bigger",
        "could you, at some point, not now, add a cat on the piano?",
        "make it red, no green, actually hmm",
        "red. no green. no red. ugh idk",
    ],
)
def test_a_change_for_later_or_undecided_asks_nothing_now(text: str) -> None:
    act, calls = decided(text, STAGE)
    assert act in ("talk", "clarify") and calls == []


@pytest.mark.parametrize(
    "text",
    ["share it on instagram for me", "put it on the school's website", "do i need an account to keep this"],
)
def test_posting_elsewhere_or_asking_about_the_tool_is_answered_in_words(text: str) -> None:
    assert decided(text, STAGE) == ("talk", [])


@pytest.mark.parametrize(
    "text",
    [
        "the knight and the squire behind him... make it shine",
        "see the wizard and the owl on his shoulder? make him bigger",
    ],
)
def test_two_named_before_one_pronoun_get_a_question(text: str) -> None:
    act, calls = decided(text, STAGE)
    assert act == "clarify" and calls == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("the drummer wants the drums green, go ahead", "make the drums green"),
        ("grandma says the shawl should be lilac, go for it", "make the shawl lilac"),
        ("my kid wants a dinosaur by the piano so pls add one", "add a dinosaur by the piano"),
    ],
)
def test_someone_elses_wish_then_a_go_ahead_is_that_edit(text: str, instruction: str) -> None:
    assert decided(text, STAGE) == ("edit", edit_calls(instruction))


def test_a_change_asked_now_stays_an_edit() -> None:
    assert decided("add a cat on the amp, not now the dog", STAGE)[0] == "edit"
