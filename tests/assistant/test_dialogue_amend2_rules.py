"""The rules for turns that react to the last edit, second part: a correction of how many, how big or what
kind of an added thing, or of where it goes; "give" with a thing that has no article; undo and retries in
other words; the way a strength retry goes; a "no" that approves and a request without rejection are new
edits; a retry asked about and declined does nothing."""

from __future__ import annotations

import pytest

from assistant.understanding import Call, Turn, correct, decide
from assistant.understanding.intent import _resizes_added
from assistant.understanding.retries import strength_said
from assistant.understanding.rounds import command_call
from tests.assistant.dialogue_dev import tree

CAT = tree((None, None), (0, "add a cat on the windowsill"))
TERRACE = tree(
    (None, None),
    (0, "remove the delivery bike"),
    (1, "make the parasols red"),
    (2, "add lanterns above the tables"),
)

CORRECTIONS: list[tuple[str, str, str]] = [
    # how many, how big, what kind of the added thing
    ("add a cat on the windowsill", "two cats not one", "add two cats on the windowsill"),
    ("add a sailboat on the lake", "smaller!", "add a smaller sailboat on the lake"),
    ("add a sailboat on the lake", "bigger, you can hardly see it", "add a bigger sailboat on the lake"),
    ("add a cat on the windowsill", "ginger not grey", "add a ginger cat on the windowsill"),
    ("add stars on the ceiling", "silver stars", "add silver stars on the ceiling"),
    ("add ducks on the pond", "two ducks not a whole flock", "add two ducks on the pond"),
    # where it goes
    ("add a sailboat on the lake", "a bit to the left", "add a sailboat on the lake a bit to the left"),
    ("add a rocking chair", "in the corner i meant", "add a rocking chair in the corner"),
    ("add lanterns above the tables", "no, string lights above the tables", "add string lights above the tables"),
    ("add lanterns above the tables", "come on, lanterns over the door, not the tables", "add lanterns over the door"),
    ("add stars on the ceiling", "glow in the dark stars i meant", "add glow in the dark stars on the ceiling"),
    # give with a bare thing: a new receiver, a new thing, a kind of the thing
    ("give the drummer sunglasses", "the bassist, not the drummer", "give the bassist sunglasses"),
    ("give the drummer sunglasses", "drummer was wrong, guitarist", "give the guitarist sunglasses"),
    ("give the drummer sunglasses", "not sunglasses, aviators", "give the drummer aviators"),
    ("give the drummer sunglasses", "a cap, not sunglasses", "give the drummer a cap"),
    ("give the barber a mustache", "grey, not brown", "give the barber a grey mustache"),
    # an attribute said with the object's own name, fillers around the object
    ("make the parasols red", "green parasols, not red", "make the parasols green"),
    ("make the plate red", "the napkin obviously", "make the napkin red"),
    ("make the skateboard purple", "nah the skater's hoodie", "make the skater's hoodie purple"),
    ("make the plate red", "i meant the mug sry", "make the mug red"),
]


@pytest.mark.parametrize(("instruction", "correction", "corrected"), CORRECTIONS)
def test_a_correction_replaces_the_part_it_names(instruction: str, correction: str, corrected: str) -> None:
    assert correct(instruction, correction, "correct_attribute") == corrected


def test_only_how_many_or_how_big_of_an_added_thing_is_a_correction() -> None:
    assert _resizes_added("two cats not one", CAT)
    assert _resizes_added("a black cat", CAT)
    assert _resizes_added("smaller!", CAT)
    assert not _resizes_added("nice cat", CAT)
    assert not _resizes_added("a cat", CAT)
    assert not _resizes_added("two cats", tree((None, None), (0, "make the cat black")))


@pytest.mark.parametrize(
    ("words", "intent", "strength"),
    [
        ("the comic effect is too weak, crank it up", "weaker", "stronger"),
        ("is too strong, please more light", "stronger", "weaker"),
        ("go harder on the smoothing", "weaker", "stronger"),
        ("double it", "clarify", "stronger"),
        ("dial that back some", "clarify", "weaker"),
        ("more or less", "clarify", None),
        ("is the fog too much?", "clarify", None),
        ("too much", "edit", None),
    ],
)
def test_the_words_say_which_way_a_strength_retry_goes(words: str, intent: str, strength: str | None) -> None:
    assert strength_said(words, intent) == strength


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("lose the last change", "previous"),
        ("scrap it", "previous"),
        ("can we not", "previous"),
        ("bring back the old one", "previous"),
        ("restore the version before", "previous"),
        ("lose the last two changes", "2 steps back"),
        ("undo all three", "3 steps back"),
    ],
)
def test_undo_in_other_words_goes_back(text: str, steps: str) -> None:
    assert command_call(text, "undo", Turn(text, TERRACE)) == Call("revert", {"round": steps})


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("take the stars off again", (Call("revert", {"round": "previous"}),)),
        ("put it back", (Call("revert", {"round": "previous"}),)),
        ("can i see a different version", (Call("retry_edit", {}),)),
        ("again pls, the cat looks glued on", (Call("retry_edit", {}),)),
        ("go further? no, i think it's enough", ()),
        ("i meant it as a compliment", ()),
        (
            "no that's good. now add a rowboat by the dock",
            (Call("edit_image", {"instruction": "add a rowboat by the dock"}),),
        ),
        ("no wait, also make the curtain yellow", (Call("edit_image", {"instruction": "make the curtain yellow"}),)),
        ("thought it over, paint the curtain green", (Call("edit_image", {"instruction": "paint the curtain green"}),)),
    ],
)
def test_turns_after_an_addition(text: str, calls: tuple[Call, ...]) -> None:
    added = tree((None, None), (0, "add a cat on the windowsill"), (1, "add stars on the ceiling"))
    assert decide(Turn(text, added)).calls == calls


def test_put_it_back_after_an_undo_is_a_redo() -> None:
    undone = tree((None, None), (0, "add a rocking chair"), current=0)
    assert decide(Turn("put it back", undone)).calls == (Call("revert", {"round": "next"}),)
