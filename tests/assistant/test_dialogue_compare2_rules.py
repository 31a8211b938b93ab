"""Comparisons, looks at a round and status questions (round 6): the sides of a comparison named by ordinals that
share one noun ("the second and third versions", "the second edit and the fourth") or have none ("the second and
the fourth"), as the oldest, around the edit of a thing said first ("the geraniums before and after"), by verbs
such as "line up" or "against", as steps back, as the two most recent, in a sentence before "show me both", or set
next to each other without a verb ("the one with the viaduct vs the one with the geraniums"); a round named twice,
a number no round has, a thing no round shows, answered in words; remarks and questions about comparing that must
not compare; an edit that says "see both sides"; "show me two back", "have a look at", a bare "show me"; "which
round is on screen"; "compare them" with several edits; the before and after of another upload's photo; sides
followed by "side by side" ("the geraniums one and the no tiller one side by side"), and "side-by-side pls"."""

from __future__ import annotations

import pytest

from assistant.references import RoundTree
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import act_and_calls

NARROWBOAT = (
    (None, None),
    (0, "paint the narrowboat plum"),
    (1, "add geraniums on the roof"),
    (2, "remove the tiller"),
    (3, "add a viaduct in the distance"),
)
"""Four edits, each on the one before: a plum narrowboat, geraniums, the tiller removed, a viaduct."""
BANDSTAND = ((None, None), (0, "make the balustrade brighter"))
"""A bandstand with one edit."""
TWO_PHOTOS = ((None, None), (0, "make the dovecote white"), (None, None), (2, "trim the topiary into spheres"))
"""Two uploads: a dovecote (rounds 0-1), then topiary (rounds 2-3); the topiary line is current."""
UPLOADED = ((None, None),)
"""A photo just uploaded."""


def _compared(text: str, session: RoundTree) -> set[int] | None:
    """The two rounds a turn compares, as numbers; None when it makes no comparison."""
    act, calls = act_and_calls(text, session)
    if act != "compare" or [call.name for call in calls] != ["compare_rounds"]:
        return None
    return {session.resolve(calls[0].args[side]).index for side in ("first", "second")}


def _shown(text: str, session: RoundTree) -> int | None:
    """The round a turn shows, as a number; None when it shows none."""
    act, calls = act_and_calls(text, session)
    if act != "show" or [call.name for call in calls] != ["show_round"]:
        return None
    return session.resolve(calls[0].args["round"]).index


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("compare the second and third versions", {2, 3}),
        ("put the second and third versions next to each other", {2, 3}),
        ("compare the second edit and the fourth", {2, 4}),
        ("compare the first and the latest edit", {1, 4}),
        ("compare the 2nd edit with the 3rd edit", {2, 3}),
        ("compare the first edit with the last edit", {1, 4}),
        ("can u line up 1 and 3 so i can see them together", {1, 3}),
        ("stack round 3 and round 1 together so i can see whats different", {1, 3}),
        ("version 1 against version 3", {1, 3}),
        ("how does round 2 stack up against round 3", {2, 3}),
        ("compare 2 steps back with this one", {2, 4}),
        ("the two most recent side by side", {3, 4}),
        ("befor and aftr pls", {0, 4}),
        ("before vs after the viaduct", {3, 4}),
        ("is round 1 or round 2 nicer? show me both", {1, 2}),
        ("put the geraniums one beside this", {2, 4}),
        ("the one with the viaduct vs the one with the geraniums", {2, 4}),
        ("plum narrowboat vs no tiller", {1, 3}),
        ("compare with the no tiller one", {3, 4}),
        ("compare the second and the fourth", {2, 4}),
        ("compare the newest with the oldest", {0, 4}),
        ("compare the geraniums before and after", {1, 2}),
        ("compare the photo before and after", {0, 4}),
        ("let me see the geraniums one and the no tiller one side by side", {2, 3}),
        ("side-by-side pls", {0, 4}),
    ],
)
def test_the_sides_of_a_comparison_are_read_from_loose_words(text: str, rounds: set[int]) -> None:
    assert _compared(text, tree(*NARROWBOAT)) == rounds


def test_a_thing_before_someone_changed_it_is_compared_with_now() -> None:
    assert _compared("compare the balustrade before i made it brighter with now", tree(*BANDSTAND)) == {0, 1}


def test_a_thing_two_edits_name_is_compared_from_the_original() -> None:
    twice = ((None, None), (0, "paint the bandstand green"), (1, "hang tassels around the bandstand"))
    assert _compared("compare the bandstand before and after", tree(*twice)) == {0, 2}


def test_the_before_and_after_of_another_uploads_photo_is_that_photos_line() -> None:
    assert _compared("compare the dovecote before and after", tree(*TWO_PHOTOS)) == {0, 1}
    assert _compared("before and after pls", tree(*TWO_PHOTOS)) == {2, 3}


@pytest.mark.parametrize(
    "text",
    [
        "compare round 2 with round 2",
        "put round 3 next to itself",
        "compare this with the current one",
        "compare round one and round ninety",
        "compare the green narrowboat with the plum narrowboat",
        "compare the first and 8th edits",
        "show me the 9th edit",
        "compare them",
        "put those two side by side",
        "show me",
    ],
)
def test_a_comparison_or_look_that_names_no_two_rounds_is_answered_in_words(text: str) -> None:
    assert act_and_calls(text, tree(*NARROWBOAT)) == ("clarify", ())


def test_the_first_edit_of_a_photo_with_none_is_answered_in_words() -> None:
    assert act_and_calls("lemme see the first edit", tree(*UPLOADED)) == ("clarify", ())


def test_compare_them_with_one_edit_is_the_original_and_now() -> None:
    assert _compared("compare them", tree(*BANDSTAND)) == {0, 1}


@pytest.mark.parametrize(
    "text",
    [
        "the before and after is wild",
        "i sent the before and after to my sister",
        "side by side you can really see the difference",
        "is there a side by side view?",
        "how do i put two versions next to each other?",
        "dont show me the old ones, i like this",
        "comparing them is tricky on my phone",
    ],
)
def test_talk_about_comparing_compares_nothing(text: str) -> None:
    act, calls = act_and_calls(text, tree(*NARROWBOAT))
    assert calls == ()
    assert act in ("talk", "clarify")


def test_an_edit_that_says_see_both_sides_is_not_a_comparison() -> None:
    act, calls = act_and_calls("put a birdhouse next to the geraniums so you see both sides", tree(*NARROWBOAT))
    assert act == "edit"
    assert [call.name for call in calls] == ["edit_image"]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("show me two back", 2),
        ("let me have a look at the geraniums one", 2),
        ("show me the narrowboat before you painted it", 0),
        ("lemme see the first one you made", 1),
    ],
)
def test_a_look_at_a_round_named_in_loose_words_shows_it(text: str, index: int) -> None:
    assert _shown(text, tree(*NARROWBOAT)) == index


def test_which_round_is_on_screen_is_the_status() -> None:
    act, calls = act_and_calls("wait which round is on screen", tree(*NARROWBOAT))
    assert act == "status"
    assert [call.name for call in calls] == ["session_status"]
