"""Rules for corrections of where a thing goes, "it" that points at nothing or at two things, verbs for a craft
("glaze", "neaten her up"), verbless requests for less or for a thing in a place, and looks named by two edits.

Each of these asked a question, edited other words or went to the wrong round before: "wrong side" and "not in front,
next to it" move the rejected addition (`corrections.flipped_side`, `corrections._new_place`); "make it red" right
after a removal means the thing the edit before it changed only when nothing else could be meant
(`edits._kept_before_removal`); "make it shinier" after "make the drum major's hat and mace gold" could be either, and
"make them smaller" after an edit of one thing names no one; a colour of a glaze ("cobalt blue", "lemon yellow") is a
look, not part of the thing's name; "the blue one" after two edits made two things blue names neither round.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls, fixed_calls

UPLOAD: Rounds = ((None, None),)


@pytest.mark.parametrize(
    ("last", "text", "calls"),
    [
        (
            "put a pot of jasmine tea on the left side of the table",
            "wrong side",
            fixed_calls("put a pot of jasmine tea on the right side of the table"),
        ),
        (
            "add a marquee on the left of the lawn",
            "wrong side of the lawn",
            fixed_calls("add a marquee on the right of the lawn"),
        ),
        (
            "add a lounger on the right of the pool",
            "wrong side, the lounger should be on the left",
            fixed_calls("add a lounger on the left of the pool"),
        ),
        (
            "add a bonfire in front of the campervan",
            "not in front, next to it",
            fixed_calls("add a bonfire next to the campervan"),
        ),
        (
            "put a sleeping cat on the shelf",
            "not on the shelf, on the floor next to the kiln",
            fixed_calls("put a sleeping cat on the floor next to the kiln"),
        ),
        (
            "put a tiny crown on the meerkat on the left",
            "not a crown, i wanted sunglasses on it",
            fixed_calls("put sunglasses on the meerkat on the left"),
        ),
        (
            "put a tiny crown on the meerkat on the left",
            "the baby one, not that one",
            fixed_calls("put a tiny crown on the baby meerkat"),
        ),
    ],
)
def test_a_correction_of_where_or_what_goes_there_is_a_sibling(last: str, text: str, calls: CallList) -> None:
    assert decided_calls(text, ((None, None), (0, last))) == calls


@pytest.mark.parametrize(
    ("last", "text", "calls"),
    [
        ("glaze the big bowl cobalt blue", "no i meant the teapot", fixed_calls("glaze the teapot cobalt blue")),
        ("glaze the big bowl cobalt blue", "turquoise not cobalt", fixed_calls("glaze the big bowl turquoise")),
        (
            "paint the middle beach hut lemon yellow",
            "not quite - mustard yellow, not lemon",
            fixed_calls("paint the middle beach hut mustard yellow"),
        ),
        ("make the croquet balls bright red", "should of been crimson", fixed_calls("make the croquet balls crimson")),
        (
            "make the tablecloth dark green",
            "can u do it in purple instead of green",
            fixed_calls("make the tablecloth purple"),
        ),
    ],
)
def test_a_look_is_corrected_whatever_the_verb_and_however_it_is_typed(last: str, text: str, calls: CallList) -> None:
    assert decided_calls(text, ((None, None), (0, last))) == calls


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (
            ((None, None), (0, "make the canopy lights brighter"), (1, "remove the litter by the pumps")),
            "make it red",
            [],
        ),
        (
            ((None, None), (0, "make the king gold"), (1, "remove the clock")),
            "paint it silver",
            edit_calls("paint the king silver"),
        ),
        (((None, None), (0, "make the drum major's hat and mace gold")), "make it shinier", []),
        (((None, None), (0, "paint the ice shanty bright orange")), "make them smaller", []),
        (((None, None), (0, "add some lanterns")), "make them smaller", edit_calls("make the lanterns smaller")),
        (
            ((None, None), (0, "make the drum major's hat and mace gold")),
            "make them shinier",
            edit_calls("make the drum major's hat and mace shinier"),
        ),
        (
            ((None, None), (0, "make the drum major's hat and mace gold")),
            "make it look like winter",
            edit_calls("make it look like winter"),
        ),
        (
            ((None, None), (0, "paint the ice shanty bright orange")),
            "now make it look like the sun is setting",
            edit_calls("make it look like the sun is setting"),
        ),
    ],
)
def test_it_means_one_thing_an_edit_left_or_asks(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("the sousaphones look dull, can u shine them up", edit_calls("shine the sousaphones up")),
        ("the poodle looks a bit scruffy, neaten her up", edit_calls("neaten the poodle up")),
        ("de-clutter the pavement pls", edit_calls("de-clutter the pavement")),
        ("ok and the judge looks grumpy, make him look friendlier", edit_calls("make the judge look friendlier")),
        ("can the fleece look fluffier", edit_calls("make the fleece look fluffier")),
        ("would the tealights look better blue? just asking, don't change it", []),
        ("less red on the bricks", edit_calls("make the bricks less red")),
        ("less glare on the scales please", edit_calls("reduce the glare on the scales")),
        ("less glow", []),
        ("less clutter on the bench, remove the offcuts", edit_calls("remove the offcuts")),
        ("could use some steam rising off the floor", edit_calls("add some steam rising off the floor")),
        (
            "wow ok, also a farmer in a conical hat behind the buffalo",
            edit_calls("add a farmer in a conical hat behind the buffalo"),
        ),
    ],
)
def test_requests_in_a_craft_verb_a_wish_or_no_verb_are_edits(text: str, calls: CallList) -> None:
    assert decided_calls(text, UPLOAD) == calls


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("try it on this one", edit_calls("make the croquet balls bright red")),
        ("same again for this pic but teal", edit_calls("make the croquet balls teal")),
        ("this one, but make the hoops red not the balls", edit_calls("make the hoops red")),
    ],
)
def test_the_last_edit_on_a_new_photo_with_or_without_a_change(text: str, calls: CallList) -> None:
    rounds: Rounds = ((None, None), (0, "make the croquet balls bright red"), (None, None))
    assert decided_calls(text, rounds, photo=True) == calls


MARIACHI: Rounds = (
    (None, None),
    (0, "make the guitarron blue"),
    (1, "paint the back wall blue"),
    (2, "add string lights across the top"),
)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("go back to the blue one", []),
        ("undo the blue", []),
        ("show me the band before you touched anything", [("show_round", {"round": "before you touched anything"})]),
        ("go back to the blue wall one", [("revert", {"round": "the blue wall one"})]),
        ("go back to before round 2", [("revert", {"round": "before round 2"})]),
        ("show me the one before round 2", [("show_round", {"round": "before round 2"})]),
        ("go to the round before round 0", []),
    ],
)
def test_a_look_two_edits_gave_names_no_round_and_before_a_round_is_its_parent(text: str, calls: CallList) -> None:
    assert decided_calls(text, MARIACHI) == calls


@pytest.mark.parametrize(
    ("last", "text"),
    [
        ("add a bonfire in front of the campervan", "the fire looks so fake, get rid of it"),
        ("add pigeons flying under the vault", "hmm the pigeons look fake. scratch that"),
    ],
)
def test_taking_off_what_the_last_edit_added_undoes_it(last: str, text: str) -> None:
    assert decided_calls(text, ((None, None), (0, last))) == [("revert", {"round": "previous"})]


def test_a_score_in_a_comparison_is_no_round_number() -> None:
    rounds: Rounds = (
        (None, None),
        (0, "make the scoreboard say 4-2"),
        (0, "make the scoreboard say 5-2"),
        (2, "add confetti falling from the rafters"),
    )
    calls = [("compare_rounds", {"first": "the 4-2", "second": "the 5-2 ones"})]
    assert decided_calls("compare the 4-2 and the 5-2 ones", rounds) == calls


@pytest.mark.parametrize(
    ("last", "text", "calls"),
    [
        ("add a spoon on the right of the saucer", "less red on the cup", edit_calls("make the cup less red")),
        ("make the sky red", "less red on the sky", [("retry_edit", {"strength": "weaker"})]),
    ],
)
def test_less_of_a_look_is_a_weaker_try_only_of_the_edit_that_gave_it(last: str, text: str, calls: CallList) -> None:
    assert decided_calls(text, ((None, None), (0, last))) == calls
