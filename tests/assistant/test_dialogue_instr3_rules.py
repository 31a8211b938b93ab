"""The rules that shape an edit's instruction from the words of a turn: a likeness after a comma stays in it,
"here too"/"in this one" leave it, a follow-up removal does not keep the last removal's place, an object said
with its colour after an edit is recoloured, and a wish for two objects is two edits."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, clean, complete_instruction, correct, decide, split_requests
from tests.assistant.dialogue_dev import tree

PUMPKINS = ((None, None), (0, "remove the tractor in the back"))
"""One removal, with where the removed thing was."""
WINDMILL = ((None, None), (0, "add tulips in front of the windmill"))
"""One addition, with where it went."""


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("now make the sky more golden, like a sunset", "make the sky more golden, like a sunset"),
        ("make the paint look shinier, like freshly waxed", "make the paint look shinier, like freshly waxed"),
        ("make it shinier, like it was just waxed", "make the pumpkins shinier"),
    ],
)
def test_a_likeness_stays_in_the_instruction_and_a_reason_does_not(text: str, instruction: str) -> None:
    session = tree((None, None), (0, "make the pumpkins orange"))
    decision = decide(Turn(text, session))
    assert [c.args["instruction"] for c in decision.calls] == [instruction], decision


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("make the sky deeper blue here too", "make the sky deeper blue"),
        ("make the sky deeper blue in this one", "make the sky deeper blue"),
        ("remove the boat for this photo please", "remove the boat"),
        ("put a hat on this one", "put a hat on this one"),
    ],
)
def test_words_that_only_point_at_the_photo_leave_the_instruction(text: str, cleaned: str) -> None:
    assert clean(text) == cleaned


@pytest.mark.parametrize(
    ("last", "said", "instruction"),
    [
        ("remove the tractor in the back", "and the fence", "remove the fence"),
        (
            "get rid of the trash can next to the car",
            "and the parking ticket on the windshield",
            "get rid of the parking ticket on the windshield",
        ),
        ("add a candle on the table", "a lamp", "add a lamp on the table"),
    ],
)
def test_a_removal_of_another_object_drops_the_old_place(last: str, said: str, instruction: str) -> None:
    assert correct(last, said, "correct_object") == instruction


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("ok cool, now the roof of the windmill brown", "make the roof of the windmill brown"),
        ("the laces in white please", "make the laces white"),
    ],
)
def test_an_object_said_with_its_colour_after_an_edit_is_recoloured(text: str, instruction: str) -> None:
    decision = decide(Turn(text, tree(*WINDMILL)))
    assert [c.args["instruction"] for c in decision.calls] == [instruction], decision


@pytest.mark.parametrize("text", ["the one in red", "the other one blue", "the hat in black and the shoes in white"])
def test_colours_without_one_clear_object_are_not_recoloured(text: str) -> None:
    decision = decide(Turn(text, tree(*WINDMILL)))
    assert not any(c.args.get("instruction", "").startswith("make the one") for c in decision.calls), decision
    assert not any(" and " in c.args.get("instruction", "") for c in decision.calls), decision


def test_a_wish_for_two_objects_is_two_requests() -> None:
    assert split_requests("i want the chess board wooden and the pieces black") == [
        "i want the chess board wooden",
        "make the pieces black",
    ]


@pytest.mark.parametrize("text", ["i want the photo to look nice and the colours right", "i need the sky"])
def test_a_wish_without_object_and_colour_pairs_is_one_request(text: str) -> None:
    assert split_requests(text) == [text]


GIRAFFE = ((None, None), (0, "add a sunset behind the giraffe"))
"""One addition."""
UPLOAD = ((None, None),)
"""A photo with no edit yet."""


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("and a baby giraffe next to her", GIRAFFE, "add a baby giraffe next to her"),
        ("put the baby a hat", UPLOAD, "put a hat on the baby"),
        ("do the sky orange like sunset", UPLOAD, "make the sky orange like sunset"),
        ("do the tree with red leafs", UPLOAD, "make the tree with red leafs"),
    ],
)
def test_edits_said_without_their_usual_words(text: str, rounds: tuple, instruction: str) -> None:
    decision = decide(Turn(text, tree(*rounds)))
    assert [c.args["instruction"] for c in decision.calls] == [instruction], decision


@pytest.mark.parametrize(
    "text", ["do the same with the car", "put the cat a bit to the left", "and a good day to you too"]
)
def test_other_turns_are_not_read_as_those_edits(text: str) -> None:
    decision = decide(Turn(text, tree(*GIRAFFE)))
    made = [c.args.get("instruction", "") for c in decision.calls]
    assert not any(i.startswith(("make the same", "put a bit", "add a good")) for i in made), decision


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("what about adding fairy lights in the attic", "add fairy lights in the attic"),
        ("make it cozier", "make it cozier"),
    ],
)
def test_suggested_additions_and_moods_are_edits(text: str, instruction: str) -> None:
    decision = decide(Turn(text, tree(*UPLOAD)))
    assert [c.args["instruction"] for c in decision.calls] == [instruction], decision


@pytest.mark.parametrize(
    ("instruction", "complete"), [("make it cozier", True), ("make it a bit moodier", True), ("make it bigger", False)]
)
def test_a_mood_is_a_complete_instruction_and_a_size_of_it_is_not(instruction: str, complete: bool) -> None:
    assert complete_instruction(instruction) is complete
