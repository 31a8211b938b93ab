"""The rules for corrections, third part: a correction that names an older edit than the last corrects that
edit; "not the X the Y" without a comma, with an emoji between, and "the X on the right i meant" name the
wanted object; "it's meant to be", "should have been", "i wanted it X", "my bad" and misspelt "actualy"
leave only the wanted words; a wish about a recoloured or an added thing keeps the edit's own verb and
place; a thing at a place is added; "put the X back" after its removal is undo; a turn that ends approving
what was made and "love it, now the X too" are no correction."""

from __future__ import annotations

import pytest

from assistant.understanding import Call, correct, correction_words
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import act_and_calls

ORCHARD = tree((None, None), (0, "make the apples red"), (1, "put a ladder next to the tree"), (2, "add a fox"))
"""Three edits, each on the one before: an older edit's object (apples, ladder) is not the last one's."""
GARDEN = tree((None, None), (0, "paint the fence white"), (1, "add a bird on the fence"))
"""Two edits that share a thing: the fence is the first edit's object and the second edit's place."""
JUG = tree((None, None), (0, "make the jug orange"))
SHELF = tree((None, None), (0, "remove the plant pots"))


@pytest.mark.parametrize(
    ("text", "session", "calls"),
    [
        (
            "the apples should be green, not red",
            ORCHARD,
            (Call("retry_edit", {"instruction": "make the apples green", "round": 1}),),
        ),
        (
            "i meant a stool, not a ladder",
            ORCHARD,
            (Call("retry_edit", {"instruction": "put a stool next to the tree", "round": 2}),),
        ),
        (
            "the fence was meant to be blue not white",
            GARDEN,
            (Call("retry_edit", {"instruction": "paint the fence blue", "round": 1}),),
        ),
    ],
)
def test_a_correction_naming_an_older_edit_corrects_that_edit(
    text: str, session: object, calls: tuple[Call, ...]
) -> None:
    assert act_and_calls(text, session) == ("correction", calls)


@pytest.mark.parametrize(
    ("text", "session", "instruction"),
    [
        ("a badger i said, not a fox", ORCHARD, "add a badger"),  # names the last edit's thing
        ("on the gate, not the fence", GARDEN, "add a bird on the gate"),  # the older thing is the last edit's place
        ("no i wanted the apples removed", ORCHARD, "remove the apples"),  # a whole instruction redoes the last edit
    ],
)
def test_other_corrections_stay_on_the_last_edit(text: str, session: object, instruction: str) -> None:
    act, calls = act_and_calls(text, session)
    assert act == "correction" and calls == (Call("retry_edit", {"instruction": instruction}),)


@pytest.mark.parametrize(
    ("instruction", "correction", "corrected"),
    [
        ("make the jug orange", "noooo not the jug the teapot 🙄", "make the teapot orange"),
        ("make the jug orange", "omg not the jug 😭 the kettle", "make the kettle orange"),
        ("make the jug orange", "not the jug the lid of the sugar tin", "make the lid of the sugar tin orange"),
        ("make the jug orange", "i wanted beige sorry my bad", "make the jug beige"),
        ("make the jug orange", "i wanted it ecru not orange, sorry for my english", "make the jug ecru"),
        ("make the jug orange", "its meant to be silver", "make the jug silver"),
        ("paint the fence white", "the fence should have been grey", "paint the fence grey"),
        ("add a bird on the fence", "the bird should have been blue", "add a blue bird on the fence"),
        ("add a bird on the fence", "the bird was supposed to be a squirrel", "add a squirrel on the fence"),
        ("make the jug orange", "no i wanted a lid on the jug, not a colour", "add a lid on the jug"),
        ("make the water blue", "you misunderstood, i want the water drained", "drain the water"),
    ],
)
def test_a_correction_keeps_only_the_wanted_words(instruction: str, correction: str, corrected: str) -> None:
    assert correct(instruction, correction, "correct_object") == corrected


def test_an_object_before_i_meant_with_its_side_is_a_correction() -> None:
    assert act_and_calls("the small jug on the left i meant", JUG) == (
        "correction",
        (Call("retry_edit", {"instruction": "make the small jug on the left orange"}),),
    )
    assert act_and_calls("not the jug, the teapot", JUG)[0] == "correction"
    assert correction_words("the small jug on the left i meant") == "the small jug on the left"


def test_a_misspelt_actually_is_no_part_of_the_correction() -> None:
    assert act_and_calls("actualy teal instead", JUG) == (
        "correction",
        (Call("retry_edit", {"instruction": "make the jug teal"}),),
    )


def test_a_removed_thing_wanted_back_is_undo() -> None:
    assert act_and_calls("put the plant pots back", SHELF) == ("undo", (Call("revert", {"round": "previous"}),))
    assert act_and_calls("put the jug back", JUG)[0] != "undo"


@pytest.mark.parametrize(
    "text", ["i said orange and its orange, great job", "i thought i said red but orange works too"]
)
def test_a_turn_that_ends_approving_makes_no_edit(text: str) -> None:
    act, calls = act_and_calls(text, JUG)
    assert act in ("talk", "clarify") and calls == ()


def test_love_it_then_another_object_is_a_new_edit() -> None:
    assert act_and_calls("love it, now the teapot too", JUG) == (
        "edit",
        (Call("edit_image", {"instruction": "make the teapot orange"}),),
    )
