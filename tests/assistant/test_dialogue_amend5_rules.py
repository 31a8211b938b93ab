"""The rules for corrections, retries and amendments, fifth part: non-native lead-ins ("i want say", "i am
wanting", "the colour is") leave only the wanted words; "the X and not the Y" and "the X, no the Y" reject Y;
a clause that says what was meant is tried first; everyone, a count, a thing told apart by the rejected one,
a replacement wished, another verb's object and a look meant for another thing correct the edit; "X had to go"
removes X; a greeting or thanks owned up to, and an amount of something else, are no edit; a trailing "then"
is no part of an instruction; "scratch that" before anything was made only drops those words; "give it a
reshuffle" is a retry."""

from __future__ import annotations

import pytest

from assistant.understanding import Call, correct
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import act_and_calls

EMPTY = tree((None, None))
SCARF = tree((None, None), (0, "make the scarf orange"))


@pytest.mark.parametrize(
    ("last", "text", "instruction"),
    [
        ("make the scarf orange", "i wanted say the shawl, no the scarf", "make the shawl orange"),
        ("make the scarf orange", "sorry my english, i want say the shawl and not the scarf", "make the shawl orange"),
        ("make the scarf orange", "please the colour is teal, not orange", "make the scarf teal"),
        ("give the puppy a ribbon", "no no, i am wanting bow not ribbon", "give the puppy a bow"),
        ("make the clock look retro", "i meant baroque, more like a palace", "make the clock look baroque"),
        ("give the goalie a scarf", "all of them, not just the goalie", "give all of them a scarf"),
        ("give the harpist a tiara", "the cellist next to her, not her", "give the cellist a tiara"),
        ("add a steamship on the bay", "two ships, not one", "add two steamships on the bay"),
        (
            "make the poncho red",
            "not recolour it, i want it replaced with a denim jacket",
            "replace the poncho with a denim jacket",
        ),
        ("paint the gate white", "not the gate, the fence should be white", "paint the fence white"),
        ("sharpen the signpost", "the lamppost, not the signpost", "sharpen the lamppost"),
        ("make the plates silver", "the silver was for the goblets, not the plates", "make the goblets silver"),
        ("remove the deckchair", "you removed the wrong thing, the hammock had to go", "remove the hammock"),
    ],
)
def test_a_correction_says_the_wanted_edit(last: str, text: str, instruction: str) -> None:
    assert act_and_calls(text, tree((None, None), (0, last))) == (
        "correction",
        (Call("retry_edit", {"instruction": instruction}),),
    )


def test_a_clause_that_says_what_was_meant_is_tried_before_the_others() -> None:
    assert correct("make it look like a poster", "art deco i meant, gold and black", "correct_attribute") == (
        "make it look like an art deco"
    )
    assert correct("make the clock look retro", "i meant baroque, more like a palace", "correct_attribute") == (
        "make the clock look baroque"
    )


@pytest.mark.parametrize(
    "text",
    [
        "i meant to say thank you",
        "oops i wanted to say hello",
        "i meant to say thanks, the goblets look great",
        "half as much sugar for me lol",
        "the silver was for the goblets?",
    ],
)
def test_talk_after_an_edit_makes_no_edit(text: str) -> None:
    act, calls = act_and_calls(text, tree((None, None), (0, "make the plates silver")))
    assert calls == ()
    assert act in ("talk", "clarify")


def test_thanks_owned_up_to_is_answered_as_thanks() -> None:
    assert act_and_calls("i meant to say thank you", SCARF) == ("talk", ())


def test_half_as_much_of_the_edit_is_still_weaker() -> None:
    assert act_and_calls("half as much please", SCARF) == ("retry", (Call("retry_edit", {"strength": "weaker"}),))


def test_a_reshuffle_is_a_retry() -> None:
    assert act_and_calls("give it a reshuffle", SCARF) == ("retry", (Call("retry_edit", {}),))


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("make the kettle green then", "make the kettle green"),
        ("scratch that, remove the ladder instead", "remove the ladder"),
    ],
)
def test_an_edit_before_anything_was_made(text: str, instruction: str) -> None:
    assert act_and_calls(text, EMPTY) == ("edit", (Call("edit_image", {"instruction": instruction}),))


def test_scratch_that_alone_makes_no_edit() -> None:
    assert act_and_calls("scratch that", EMPTY)[1] == ()


def test_scratch_that_after_an_edit_corrects_it() -> None:
    assert act_and_calls("scratch that, remove the ladder instead", SCARF) == (
        "correction",
        (Call("retry_edit", {"instruction": "remove the ladder"}),),
    )
