"""Rules for turns met walking the assistant through a launch-pad session: a correction that rejects things added
doing something ("no not egrets, gliders" after "add some egrets flying over the bog") replaces those things, and
"them" after that addition are the things; "no not X" is read past its double negative; "the mauve is a bit much"
tones the last edit down; and an emphatic "both" ("make both the menhir and the cairn gold") changes nothing of
the edit."""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import decided_calls, edit_calls

EGRETS = ((None, None), (0, "add some egrets flying over the bog"))
MAUVE = ((None, None), (0, "make the sundae mauve"))
PHOTO = ((None, None),)


@pytest.mark.parametrize(
    "text", ["no not egrets, gliders", "gliders instead of egrets", "no not the egrets, gliders pls"]
)
def test_a_correction_replaces_things_added_doing_something(text: str) -> None:
    assert decided_calls(text, EGRETS) == [("retry_edit", {"instruction": "add gliders over the bog"})]


def test_them_after_things_added_doing_something_are_those_things() -> None:
    assert decided_calls("make them bigger", EGRETS) == edit_calls("make the egrets bigger")


@pytest.mark.parametrize("text", ["hmm the mauve is a bit much", "its a little much", "a tad much tbh"])
def test_a_bit_much_tones_the_last_edit_down(text: str) -> None:
    assert decided_calls(text, MAUVE) == [("retry_edit", {"strength": "weaker"})]


@pytest.mark.parametrize("text", ["is it a bit much?", "hmm, the mauve is a bit much but leave it"])
def test_asking_or_keeping_a_bit_much_changes_nothing(text: str) -> None:
    assert decided_calls(text, MAUVE) == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("make both the menhir and the cairn gold", "make the menhir and the cairn gold"),
        ("remove both the cairn and the menhir", "remove the cairn and the menhir"),
    ],
)
def test_an_emphatic_both_changes_nothing_of_the_edit(text: str, instruction: str) -> None:
    assert decided_calls(text, PHOTO) == edit_calls(instruction)


@pytest.mark.parametrize("text", ["i like both of them", "both of them look great"])
def test_both_in_a_remark_edits_nothing(text: str) -> None:
    assert decided_calls(text, MAUVE) == []
