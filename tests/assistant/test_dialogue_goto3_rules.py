"""The rules `decide` and `RoundTree.resolve` use for turns that name a round by what it showed or by a bare
pick: "with the dog" after the dog's removal is the round before it, "after you painted the door" matches
the verb, "the first try" is the oldest try of the edit, "keep 3" picks round 3 (a bare "3" does not), a
round praised before "go to it"/"go there" is where to go, wanting to keep what the last edit removed takes
it back, an undo or a redo said by its own word outweighs one said in other words, and "the last version"
seen from the upload is the newest round."""

from __future__ import annotations

import pytest

from assistant.references import RoundTree
from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree

PARK = ((None, None), (0, "remove the bench"), (1, "remove the dog"), (2, "add autumn leaves on the path"))
"""Two removals and an addition, each on the one before."""
PORCH = ((None, None), (0, "paint the front door red"), (1, "add a wreath on the door"), (2, "remove the doormat"))
GLAZE = (
    (None, None),
    (0, "change the glaze to deep blue"),
    (0, "change the glaze to light blue"),
    (0, "change the glaze to light blue"),
)
"""Three tries of the same edit on the upload."""


def _reached(text: str, session: RoundTree) -> list[tuple[str, int]]:
    decision = decide(Turn(text, session))
    return [(c.name, session.resolve(c.args["round"]).index) for c in decision.calls]


@pytest.mark.parametrize(
    ("reference", "index"),
    [
        ("with the dog", 1),
        ("the one with the dog", 1),
        ("the one with the dog removed", 2),
        ("the one with no dog", 2),
        ("the one with the autumn leaves", 3),
        ("where the dog was still there", 1),
    ],
)
def test_a_round_named_by_a_thing_a_later_edit_removed_is_the_round_before_it(reference: str, index: int) -> None:
    assert tree(*PARK).resolve(reference).index == index


@pytest.mark.parametrize(
    ("reference", "index"),
    [("just after you painted the door", 1), ("before you painted the door", 0), ("after the wreath", 2)],
)
def test_a_past_tense_verb_matches_the_edit_that_used_it(reference: str, index: int) -> None:
    assert tree(*PORCH).resolve(reference).index == index


def test_the_nth_try_is_a_try_of_the_current_edit_in_the_order_made() -> None:
    session = tree(*GLAZE)
    assert session.resolve("the first try").index == 1
    assert session.resolve("second attempt").index == 2
    assert _reached("go back to the first try", session) == [("revert", 1)]


@pytest.mark.parametrize(("text", "index"), [("keep 3", 3), ("i think 2", 2), ("let's go with round 1", 1)])
def test_a_round_picked_by_its_number_is_a_goto(text: str, index: int) -> None:
    assert _reached(text, tree(*GLAZE)) == [("revert", index)]


@pytest.mark.parametrize("text", ["3", "i think 7", "keep 3 of them"])
def test_a_bare_number_or_a_round_the_session_lacks_is_no_pick(text: str) -> None:
    assert "revert" not in [c.name for c in decide(Turn(text, tree(*GLAZE))).calls]


@pytest.mark.parametrize(
    ("text", "rounds", "index"),
    [
        ("ok the deep blue was the best after all, go to it", GLAZE, 1),
        ("the 2nd edit looked better, go there", PORCH, 2),
        ("i like the wreath more. go back to that one", PORCH, 2),
    ],
)
def test_a_round_named_before_go_to_it_is_where_to_go(text: str, rounds: tuple, index: int) -> None:
    assert _reached(text, tree(*rounds)) == [("revert", index)]


def test_wanting_to_keep_what_the_last_edit_removed_is_one_undo() -> None:
    session = tree((None, None), (0, "make the pumpkins orange"), (1, "remove the tractor"), (2, "remove the fence"))
    assert _reached("wait no, I wanted to keep the fence, undo", session) == [("revert", 2)]
    assert _reached("i wanted to keep the fence", session) == [("revert", 2)]


def test_wanting_to_keep_something_the_last_edit_did_not_remove_is_no_undo() -> None:
    session = tree((None, None), (0, "remove the tractor"), (1, "add a scarecrow"))
    assert [c.name for c in decide(Turn("i wanted to keep the fence", session)).calls] != ["revert"]


def test_a_redo_said_by_its_word_outweighs_an_undo_said_in_other_words() -> None:
    session = tree((None, None), (0, "make my cap straight"), (1, "remove the exit sign"), current=1)
    assert _reached("hmm no, the version without the sign was better, redo", session) == [("revert", 2)]


def test_the_last_version_seen_from_the_upload_is_the_newest_round() -> None:
    assert _reached("nevermind, go back to the last version", tree(*PORCH, current=0)) == [("revert", 3)]
    assert _reached("go back to the last version", tree(*PORCH)) == [("revert", 2)]


def test_show_what_it_looked_like_with_a_removed_thing_shows_the_round_before_the_removal() -> None:
    assert _reached("show me what the park looked like with the dog", tree(*PARK)) == [("show_round", 1)]
