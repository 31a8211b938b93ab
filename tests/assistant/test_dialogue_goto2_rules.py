"""The rules `decide` and `RoundTree.resolve` use for going back to an earlier round by reference: loose round
names ("rev 2", "edit no. 2", "number 2", "ok r3 it is"), steps said as "rewind 2", "2 back", "forward two" or "the
one before the one before", the start said in other words ("undo every single edit", "all the way back", "how it
came off my camera", "og pic", "reopen the original"), "before the X" as before the edit that brought X, a thing
"still up" or "still grey", "X before it went Y", a round named with what it lacks ("the orange one, no piper yet",
"the thistles version not the ukulele", on another branch), "the N-th edit" alone, an earlier look named after the
last edit changed the thing ("the red kilt pls": a goto, never an edit), and turns that must not move: "undo
everything" on the upload, "back to that one", "reopen the hatch"."""

from __future__ import annotations

import pytest

from assistant.references import RoundTree
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import act_and_calls

HOVERCRAFT = (
    (None, None),
    (0, "add a hovercraft on the loch"),
    (1, "make the hovercraft orange"),
    (2, "remove the totem pole"),
    (3, "add a bagpiper on the shore"),
)
"""A loch with four edits, each on the one before."""
SPHINX = (
    (None, None),
    (0, "paint the sphinx gold"),
    (1, "add thistles in the sand"),
    (1, "add a ukulele player"),
)
"""A sphinx after a goto: round 3 was made from round 1 beside round 2 (current: round 3)."""
KILT = ((None, None), (0, "make the kilt red"), (1, "make the kilt green"))
"""A kilt recoloured twice."""
OBELISK = ((None, None),)
"""An obelisk just uploaded."""


def _reached(text: str, session: RoundTree) -> tuple[str, list[tuple[str, int]]]:
    """The act decided for `text` and, for each call, its name and the round its reference names."""
    act, calls = act_and_calls(text, session)
    return act, [(call.name, session.resolve(call.args["round"]).index) for call in calls]


@pytest.mark.parametrize(
    ("reference", "index"),
    [
        ("before the hovercraft", 0),
        ("before the hovercraft turned orange", 1),
        ("before the totem pole was removed", 2),
        ("when the totem pole was still up", 2),
        ("when the hovercraft was still grey", 1),
        ("when the hovercraft still had its old colour", 1),
        ("when the hovercraft was still its old colour", 1),
        ("when the hovercraft was still its original color", 1),
        ("the hovercraft before it went orange", 1),
        ("the orange hovercraft one, no bagpiper yet", 3),
        ("the orange hovercraft, nothing else on it", 2),
    ],
)
def test_a_round_named_by_when_a_thing_came_changed_or_went_is_found(reference: str, index: int) -> None:
    assert tree(*HOVERCRAFT).resolve(reference).index == index


@pytest.mark.parametrize(
    ("reference", "index"), [("the thistles version not the ukulele", 2), ("the ukulele one, no thistles", 3)]
)
def test_a_round_named_with_what_it_lacks_may_be_on_another_branch(reference: str, index: int) -> None:
    assert tree(*SPHINX).resolve(reference).index == index


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("rev 2", 2),
        ("edit no. 2 please", 2),
        ("number 2 pls", 2),
        ("ok r3 it is", 3),
        ("3 it is", 3),
        ("reopen version 1", 1),
        ("the fourth edit", 4),
        ("rewind 2", 2),
        ("2 back", 2),
        ("the one before the one before", 2),
        ("the hovercraft before it went orange", 1),
        ("the orange hovercraft one, no bagpiper yet", 3),
    ],
)
def test_a_round_named_loosely_or_in_steps_is_a_goto(text: str, index: int) -> None:
    assert _reached(text, tree(*HOVERCRAFT))[1] == [("revert", index)]


@pytest.mark.parametrize(
    "text",
    [
        "undo every single edit",
        "revert all the way back",
        "reset it to how it came off my camera",
        "reopen the original",
        "OG pic pls",
        "wipe all the edits and give me the first version back",
    ],
)
def test_the_start_said_in_other_words_is_the_upload(text: str) -> None:
    assert _reached(text, tree(*HOVERCRAFT))[1] == [("revert", 0)]


def test_forward_with_a_count_redoes_that_many_edits() -> None:
    assert _reached("forward two", tree(*HOVERCRAFT, current=1))[1] == [("revert", 3)]


def test_an_earlier_look_of_the_thing_the_last_edit_changed_is_a_goto_never_an_edit() -> None:
    assert _reached("the red kilt pls", tree(*KILT)) == ("goto", [("revert", 1)])


@pytest.mark.parametrize(("text", "session"), [("undo everything", tree(*OBELISK)), ("back to that one", tree(*KILT))])
def test_a_move_that_names_no_other_round_asks_or_answers(text: str, session: RoundTree) -> None:
    assert _reached(text, session) == ("clarify", [])


def test_opening_a_thing_in_the_photo_is_no_move() -> None:
    act, calls = act_and_calls("reopen the hatch of the hovercraft", tree(*HOVERCRAFT))
    assert act != "goto"
    assert all(call.name != "revert" for call in calls)
