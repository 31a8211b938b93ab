"""Rules for the last edit asked again on a new photo, for a round that two like edits match, and for questions about a
kind of edit.

Each of these was read otherwise before: "same edit pls but on this" painted the patterns "on this" and "same edit but
on this photo" asked what to change (`vocabulary.ON_THIS`: "on this" points at the photo, it changes nothing); "make
the poncho red like u did on the other" kept "like u did on the other" in its instruction (`vocabulary.TRAILERS`);
"the flag one" after a flag was added on the bow and another on the crane went to the newest
(`references.RoundTree._matching`); "is it possible to remove a person and fill in the background?" and "can you undo
stuff if i dont like it" edited or went back (`edits._ASKED_OF_A_KIND`); "stamp a logo on the crate" asked what to do
(`vocabulary.PHOTO_VERB`: stamping or engraving on a thing is an edit). "print ... on the jersey" is left out: it cost a
validation turn. "starting from the snowy version add a cat on the windowsill" went to a round named "the snowy version
add a cat on the windowsill" (`requests._DESCRIBED_BASE`), and "clone out the spectator" asked what to do
(`vocabulary.SLANG_REMOVAL`).
"""

from __future__ import annotations

import pytest

from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

DOTS: Rounds = ((None, None), (0, "paint dot patterns on the didgeridoo"), (None, None))
PONCHO: Rounds = ((None, None), (0, "make the gaucho's poncho red"), (None, None))
FLAGS: Rounds = (
    (None, None),
    (0, "add a flag on the ship's bow"),
    (1, "add a flag on top of the crane"),
    (2, "make the water choppier"),
)
UPLOAD: Rounds = ((None, None),)


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (DOTS, "same edit pls but on this", edit_calls("paint dot patterns on the didgeridoo")),
        (DOTS, "same edit but on this photo", edit_calls("paint dot patterns on the didgeridoo")),
        (DOTS, "this one, but make the hoops red", edit_calls("make the hoops red")),
        (PONCHO, "make the poncho red like u did on the other", edit_calls("make the poncho red")),
        (PONCHO, "make it look like the last one", edit_calls("make the gaucho's poncho red")),
    ],
)
def test_the_last_edit_on_a_new_photo(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds, photo=True) == calls


@pytest.mark.parametrize("text", ["go back to the version with the flag", "show me the flag one"])
def test_a_thing_two_like_edits_added_names_neither(text: str) -> None:
    assert decided_calls(text, FLAGS) == []


def test_a_thing_named_in_full_names_its_round() -> None:
    [(name, args)] = decided_calls("go back to the one with the flag on the bow", FLAGS)
    assert name == "revert"
    assert tree(*FLAGS).resolve(args["round"]).index == 1


@pytest.mark.parametrize(
    "text",
    [
        "is it possible to remove a person and fill in the background?",
        "can you undo stuff if i dont like it",
        "can you remove people from photos?",
    ],
)
def test_a_question_about_a_kind_of_edit_is_answered(text: str) -> None:
    assert decided_calls(text, UPLOAD) == []


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("can you add people to the empty lanes?", edit_calls("add people to the empty lanes")),
        ("can you remove people in the back", edit_calls("remove people in the back")),
    ],
)
def test_a_kind_of_thing_somewhere_in_the_photo_is_a_request(text: str, calls: CallList) -> None:
    assert decided_calls(text, UPLOAD) == calls


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("stamp a logo on the crate", edit_calls("stamp a logo on the crate")),
        ("engrave their initials on the ring", edit_calls("engrave their initials on the ring")),
        ("stamp it", []),
    ],
)
def test_words_stamped_on_a_thing_are_an_edit(text: str, calls: CallList) -> None:
    assert decided_calls(text, UPLOAD) == calls


LIBRARY: Rounds = (
    (None, None),
    (0, "switch on the green desk lamps"),
    (1, "add snow outside the window"),
    (2, "make the bookshelves darker"),
)


@pytest.mark.parametrize(
    ("text", "edit"),
    [
        ("starting from the snowy version add a cat on the windowsill", "add a cat on the windowsill"),
        ("on the snowy version add a cat on the windowsill", "add a cat on the windowsill"),
        ("from the snowy version, add a cat", "add a cat"),
    ],
)
def test_an_edit_on_a_described_round_starts_there(text: str, edit: str) -> None:
    [(go, where), (name, args)] = decided_calls(text, LIBRARY)
    assert (go, name, args) == ("revert", "edit_image", {"instruction": edit})
    assert tree(*LIBRARY).resolve(where["round"]).index == 2


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("Clone out the spectator on the bank", edit_calls("remove the spectator on the bank")),
        ("photoshop out the bins", edit_calls("remove the bins")),
    ],
)
def test_retouchers_words_for_removing(text: str, calls: CallList) -> None:
    assert decided_calls(text, UPLOAD) == calls
