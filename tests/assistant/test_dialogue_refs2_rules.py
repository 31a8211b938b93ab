"""The rules `decide` and `RoundTree.resolve` use for rounds named in goto, show and compare turns: ordinals
("the 2nd version", "the third round"), "round no. 1", "goto 3", "the og photo", "back two pls", "step back
2x", a turn that is only a round ("v2 pls", "latest", "the log photo before the acorns"), "go back" beside a
named round, how it looked originally, "i want to see ...", a past-tense verb that picks the edit done with
it, a thing "still on the shelf", "with X but no Y"; references that name nothing ("the pink owl" when no
edit made it pink, "the balloons over the barn" when only the barn was edited); and look-alikes that move
nowhere ("i compared it with my old photo", "how do i see two versions side by side?", "dont go back",
"restore the original paint colours")."""

from __future__ import annotations

import pytest

from assistant.references import RoundTree
from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree

TRAIN = (
    (None, None),
    (0, "make the locomotive green"),
    (1, "add crows on the platform roof"),
    (2, "add steam"),
    (3, "remove the crows"),
    (4, "make the sky orange"),
)
"""A train with five edits, each on the one before; crows added in round 2 and removed in round 4."""
FARM = (
    (None, None),
    (0, "put a scarf on the owl"),
    (0, "add a weathervane on the barn"),
    (2, "make the barn roof blue"),
)
"""An owl and a barn after a revert: round 2 was made from the upload beside round 1, round 3 from round 2."""
PHOTOS = ((None, None), (0, "give the drummer a striped shirt"), (None, None), (2, "add moss on the log"))
"""Two photos in one session: a drummer (rounds 0-1), then a log (rounds 2-3)."""


def _reached(text: str, session: RoundTree) -> list[tuple[str, int]]:
    decision = decide(Turn(text, session))
    return [(c.name, session.resolve(c.args["round"]).index) for c in decision.calls]


def _compared(text: str, session: RoundTree) -> set[int]:
    (call,) = decide(Turn(text, session)).calls
    assert call.name == "compare_rounds"
    return {session.resolve(call.args["first"]).index, session.resolve(call.args["second"]).index}


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("the 2nd version", 2),
        ("the third round", 3),
        ("go to the 4th version", 4),
        ("i wanna go back to round no. 1", 1),
        ("goto 3", 3),
        ("v2 pls", 2),
        ("rnd 1 pls", 1),
        ("can i get the og photo back", 0),
        ("back two pls", 3),
        ("step back 2x", 3),
        ("i prefer v1 honestly, go back", 1),
    ],
)
def test_a_round_named_by_number_ordinal_or_steps_is_where_to_go(text: str, index: int) -> None:
    assert _reached(text, tree(*TRAIN)) == [("revert", index)]


def test_the_first_version_stays_the_original() -> None:
    assert tree(*TRAIN).resolve("the first version").index == 0


@pytest.mark.parametrize(
    ("text", "session", "index"),
    [
        ("right after the crows were added", TRAIN, 2),
        ("back to when the crows were still on the platform roof", TRAIN, 3),
        ("the one with the steam but no orange", TRAIN, 4),
        ("the log photo before the moss", PHOTOS, 2),
        ("the striped shirt pic", PHOTOS, 1),
        ("latest pls", FARM, 3),
    ],
)
def test_a_turn_that_only_names_a_round_goes_there(text: str, session: tuple, index: int) -> None:
    assert _reached(text, tree(*session, current=1) if session is FARM else tree(*session)) == [("revert", index)]


def test_a_past_tense_verb_picks_the_edit_done_with_it() -> None:
    session = tree(*TRAIN)
    assert session.resolve("the crows were added").index == 2
    assert session.resolve("the crows were removed").index == 4


@pytest.mark.parametrize(
    ("text", "index"),
    [("how did the station look originally", 0), ("i want to see the one before last, dont move", 4)],
)
def test_a_look_at_a_round_shows_it(text: str, index: int) -> None:
    assert _reached(text, tree(*TRAIN)) == [("show_round", index)]


def test_a_difference_of_two_rounds_is_a_comparison() -> None:
    assert _compared("I want see difference of round 2 and 3", tree(*TRAIN)) == {2, 3}


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("the one with the pink owl", FARM),
        ("go back to the version with the purple locomotive", TRAIN),
        ("before the balloons over the barn", FARM),
        ("i compared it with my old photo and wow", TRAIN),
        ("how do i see two versions side by side?", TRAIN),
        ("dont go back, i like it now", TRAIN),
        ("keep it like this for now, no going back", TRAIN),
    ],
)
def test_a_reference_that_names_nothing_or_only_talk_moves_nowhere(text: str, session: tuple) -> None:
    assert decide(Turn(text, tree(*session))).calls == ()


def test_restoring_the_original_colours_of_a_thing_is_no_move() -> None:
    assert all(call.name != "revert" for call in decide(Turn("restore the original paint colours", tree(*TRAIN))).calls)


@pytest.mark.parametrize("text", ["restore the original paint colours", "restore the faded colours"])
def test_restoring_colours_of_the_photo_is_an_edit(text: str) -> None:
    (call,) = decide(Turn(text, tree(*TRAIN))).calls
    assert call.name == "edit_image" and call.args["instruction"] == text


LANTERN = ((None, None), (0, "make the lantern look rusty"), (1, "make the lantern glow"))
"""One thing changed by two edits, the second on the first."""


@pytest.mark.parametrize("text", ["the rusty lantern, nothing else", "no, the rusty lantern"])
def test_the_last_edits_thing_as_an_earlier_edit_made_it_is_that_round(text: str) -> None:
    assert _reached(text, tree(*LANTERN)) == [("revert", 1)]


def test_another_thing_named_after_an_edit_still_corrects_it() -> None:
    (call,) = decide(Turn("the brass lantern", tree(*LANTERN))).calls
    assert call.name == "retry_edit"
