"""The rules `decide` uses for turns that name rounds: a turn that is only a round's description goes there
("before the skylight", "the white beams version", "the one before last"), a look that must not move
shows, a number with a decimal point is no round, and words that sound like rounds but are not (a
comparison of prices, a question about comparing, a share link, the original state) never edit."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree

ATTIC = ((None, None), (0, "remove the boxes"), (1, "add a skylight"), (2, "make the beams white"))
"""Three edits, each on the one before."""
EDIT_CALLS = ("edit_image", "retry_edit")


@pytest.mark.parametrize(
    ("text", "current", "reached"),
    [
        ("before the skylight", None, 1),
        ("the one with the skylight pls", None, 2),
        ("where the boxes were still there", None, 0),
        ("the white beams version", None, 3),
        ("the one before last", None, 2),
        ("the second to last version", None, 2),
        ("orginal pic pls", None, 0),
        ("i want the skylight one back", None, 2),
        ("the newest one", 1, 3),
        ("back to rd 1 thx", None, 1),
    ],
)
def test_a_turn_that_only_names_a_round_goes_there(text: str, current: int | None, reached: int) -> None:
    session = tree(*ATTIC, current=current)
    decision = decide(Turn(text, session))
    assert [c.name for c in decision.calls] == ["revert"], decision
    assert session.resolve(decision.calls[0].args["round"]).index == reached


@pytest.mark.parametrize(
    "text",
    ["the one with the skylight is nice", "before the dragon", "the one with the chandelier", "round zero point five"],
)
def test_a_remark_or_a_round_the_session_lacks_makes_no_call(text: str) -> None:
    decision = decide(Turn(text, tree(*ATTIC)))
    assert decision.calls == (), decision


@pytest.mark.parametrize(("text", "reached"), [("two steps forward", 3), ("next one", 2), ("move ahead one", 2)])
def test_a_move_forward_is_a_redo(text: str, reached: int) -> None:
    session = tree(*ATTIC, current=1)
    decision = decide(Turn(text, session))
    assert [c.name for c in decision.calls] == ["revert"], decision
    assert session.resolve(decision.calls[0].args["round"]).index == reached


def test_a_move_forward_from_the_newest_round_is_answered_in_words() -> None:
    decision = decide(Turn("two steps forward", tree(*ATTIC)))
    assert decision.calls == (), decision


def test_a_question_how_a_round_looked_shows_it() -> None:
    session = tree(*ATTIC)
    decision = decide(Turn("how did it look before the skylight", session))
    assert [c.name for c in decision.calls] == ["show_round"], decision
    assert session.resolve(decision.calls[0].args["round"]).index == 1


def test_a_revoke_said_twice_in_one_turn_is_made_once() -> None:
    decision = decide(Turn("nobody should see it anymore, revoke", tree(*ATTIC)))
    assert [(c.name, c.args) for c in decision.calls] == [("revoke_share", {})], decision


def test_a_look_that_must_not_move_shows_the_round() -> None:
    session = tree(*ATTIC)
    decision = decide(Turn("can i have a look at round 2, dont switch", session))
    assert [(c.name, c.args) for c in decision.calls] == [("show_round", {"round": 2})], decision


@pytest.mark.parametrize(
    "text", ["compare prices for me", "compare flights to lisbon", "how do i compare two versions?"]
)
def test_comparing_other_things_or_asking_how_is_answered_in_words(text: str) -> None:
    decision = decide(Turn(text, tree(*ATTIC)))
    assert decision.act == "talk" and decision.calls == (), decision


def test_comparing_rounds_by_number_still_compares() -> None:
    decision = decide(Turn("compare rounds 1 and 3", tree(*ATTIC)))
    assert [c.name for c in decision.calls] == ["compare_rounds"], decision


@pytest.mark.parametrize(
    "text", ["take it back to the original state plz", "make a second link for the family chat", "the newest one"]
)
def test_words_about_rounds_and_links_never_edit(text: str) -> None:
    decision = decide(Turn(text, tree(*ATTIC, current=1)))
    assert not any(c.name in EDIT_CALLS for c in decision.calls), decision


def test_a_colour_no_edit_gave_the_object_names_no_round() -> None:
    session = tree((None, None), (0, "paint the gate green"), (1, "add a lantern on the gate"))
    assert decide(Turn("show the version with the blue gate", session)).calls == ()
    decision = decide(Turn("show the version with the green gate", session))
    assert [c.name for c in decision.calls] == ["show_round"], decision
    assert session.resolve(decision.calls[0].args["round"]).index == 1
