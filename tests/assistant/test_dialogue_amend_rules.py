"""The rules for turns that react to the last edit: a correction that flips the side, keeps the edit to its
object, or names a new receiver or thing of "give"; a retry or undo that is taken back or only wondered
about; an undo said twice in other words; "redo it" with nothing undone; a retry after going back to the
upload past several edits; "revert to how it was"."""

from __future__ import annotations

import pytest

from assistant.understanding import Call, Decision, Turn, correct, decide
from assistant.understanding.decision import _said_once
from assistant.understanding.intent import _took_back
from assistant.understanding.retries import redo_edit
from assistant.understanding.rounds import command_call
from tests.assistant.dialogue_dev import tree

CORRECTIONS: list[tuple[str, str, str]] = [
    # the side flipped
    (
        "add a floor lamp on the right of the couch",
        "I said left not right",
        "add a floor lamp on the left of the couch",
    ),
    ("add a floor lamp on the right of the couch", "other side!", "add a floor lamp on the left of the couch"),
    (
        "add a floor lamp on the right of the couch",
        "left side of the couch pls, not right",
        "add a floor lamp on the left of the couch",
    ),
    ("make the left cup blue", "the right one", "make the right cup blue"),
    # the edit kept to its object
    ("paint the front door yellow", "ugh it changed the whole wall, just the door", "paint only the front door yellow"),
    (
        "paint the front door yellow",
        "you painted the whole house, i only wanted the door",
        "paint only the front door yellow",
    ),
    (
        "paint the front door yellow",
        "the wall should stay white, only the door yellow",
        "paint only the front door yellow",
    ),
    ("make the king gold", "it turned the whole board gold, only the king", "make only the king gold"),
    # give: a new receiver or a new thing
    ("give the tennis player a white headband", "no, to the umpire", "give the umpire a white headband"),
    ("give the accordion player a beret", "no, on his dog", "give his dog a beret"),
    ("give the tennis player a white headband", "i meant the ball boy", "give the ball boy a white headband"),
    ("give the tennis player a white headband", "red headband, not white", "give the tennis player a red headband"),
    ("give the tennis player a white headband", "a cap, not a headband", "give the tennis player a cap"),
    # an added thing with no article replaced when the correction rejects it
    ("add sheep in the field", "the cows, not the sheep", "add cows in the field"),
    ("replace the armchair with a sofa", "not the armchair, the stool", "replace the stool with a sofa"),
    # a clause after "but", a filler, a "look" kept
    (
        "paint the food truck mint green",
        "the food truck was right but i meant the awning",
        "paint the awning mint green",
    ),
    ("paint the front door yellow", "ehh more like a mustard", "paint the front door mustard"),
    ("make the globe look vintage", "not vintage, futuristic", "make the globe look futuristic"),
]


@pytest.mark.parametrize(("instruction", "correction", "corrected"), CORRECTIONS)
def test_a_correction_replaces_the_part_it_names(instruction: str, correction: str, corrected: str) -> None:
    assert correct(instruction, correction, "correct_object") == corrected


def test_a_correction_with_both_sides_or_none_is_not_a_flip() -> None:
    assert correct("add a lamp between the left and the right chair", "other side!", "correct_object") is None
    assert correct("add a clown next to the carousel", "other side!", "correct_object") is None


@pytest.mark.parametrize(
    "text",
    [
        "undo? nah keep it",
        "again? that was quick",
        "i was gonna say try again but its fine",
        "can you make it stronger later if i want?",
        "hmm is it too much?",
        "undo is not needed, its perfect",
        "not too much, just right 👌",
        "is it possible to undo later?",
    ],
)
def test_a_retry_or_undo_taken_back_does_nothing(text: str) -> None:
    decision = decide(Turn(text, tree((None, None), (0, "make the giraffe purple"))))
    assert decision.calls == ()


def test_an_undo_said_twice_in_other_words_is_one_step() -> None:
    undo = Decision("undo", (Call("revert", {"round": "previous"}),))
    assert len(_said_once([("it was better before", undo), ("go back", undo)])) == 1
    assert len(_said_once([("that made it worse", undo), ("undo", undo)])) == 1
    assert len(_said_once([("undo", undo), ("undo", undo)])) == 2


def test_redo_it_with_nothing_undone_is_a_retry() -> None:
    decision = decide(Turn("redo it pls, the hat is floating", tree((None, None), (0, "put a hat on the llama"))))
    assert decision.calls == (Call("retry_edit", {}),)


def test_a_retry_on_the_upload_retries_only_its_own_child() -> None:
    one = tree((None, None), (0, "remove the trash can"), current=0)
    assert redo_edit("try again", "retry", Turn("try again", one)).calls == (Call("retry_edit", {"round": 1}),)
    two = tree((None, None), (0, "remove the trash can"), (1, "paint the food truck mint green"), current=0)
    assert redo_edit("try again", "retry", Turn("try again", two)).calls == ()


def test_revert_to_how_it_was_goes_back_one() -> None:
    turn = Turn("pls revert to how it was", tree((None, None), (0, "put a hat on the llama")))
    assert command_call(turn.text, "goto", turn) == Call("revert", {"round": "previous"})


def test_taking_the_added_thing_back_out_is_an_undo() -> None:
    added = Turn("take the smoke back out", tree((None, None), (0, "add smoke coming out of the volcano")))
    assert decide(added).calls == (Call("revert", {"round": "previous"}),)
    assert not _took_back("take the smoke back out", tree((None, None), (0, "make the smoke white")))
    assert not _took_back("take the hat back out", tree((None, None), (0, "add smoke coming out of the volcano")))


def test_undo_to_how_it_was_goes_back_one() -> None:
    turn = Turn("pls revert to how it was", tree((None, None), (0, "put a hat on the llama")))
    assert command_call(turn.text, "undo", turn) == Call("revert", {"round": "previous"})
