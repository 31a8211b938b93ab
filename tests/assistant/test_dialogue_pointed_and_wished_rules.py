"""Rules for things only pointed at, for wishes and complaints that do ask for an edit, and for colours said with the
place of the thing they colour.

Each of these edited other words or asked where it should have acted before: "make that one red" and "not that, the
thing next to it" point at something the assistant cannot see (`edits._POINTED`, `decision._UNNAMED_THING`); "round 1
or 2?" names two rounds and chooses neither; "the sky is too grey, fix that" asks for less grey
(`pronouns._TOO_MUCH`), and "this is way too yellow overall, cool it down" cools the photo (`pronouns._PHOTO_TOO`);
"would it be ok to ..." and "i kinda want ..." are polite requests; a recoloured "tuxedo on the mannequin" keeps its
place when only the colour is corrected, "jade green" is one colour, "a plate of" spring rolls stays a plate of what
replaces them (`corrections._MEASURE`), "i wanted them removed, not blurred" removes what was blurred
(`corrections._DONE_TO_IT`), "instead of jade can it be black" says only black (`corrections._NEW_SAID_OVER_OLD`),
"the other cyclist" after an edit of "the leading cyclist's skinsuit" means his skinsuit; a round described before
"go back to that" is gone to, and "it" in "go back to when it was still there" is what the turn named before
(`rounds._described_first`). "stronger than i expected haha, nice" and "can you do it stronger if i ask?" retry
nothing (`decision._REMARK_ON_STRENGTH`), thanks after a correction names no thing (`corrections._SOCIAL_ONLY`), and
one "it" after "the poodle and the trophy" could be either (`decision._TWO_THINGS`). A request after "also", or after
words that accept the last edit ("... but i like it, now put sunglasses on him"), is an edit on top
(`decision._NEW_ON_TOP`), not a correction.
"""

from __future__ import annotations

import pytest

from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, Rounds, act_and_calls, decided_calls, edit_calls, fixed_calls

UPLOAD: Rounds = ((None, None),)
AWNING: Rounds = ((None, None), (0, "make the awning green and white striped"))
LAUNDRY: Rounds = ((None, None), (0, "remove the pile of laundry on the floor"))
THREE: Rounds = ((None, None), (0, "make the cup blue"), (1, "add a hat"), (2, "remove the spoon"))


@pytest.mark.parametrize(
    ("rounds", "text"),
    [
        (AWNING, "make that one red"),
        (AWNING, "make this one blue too"),
        (AWNING, "not that, the thing next to it"),
        (UPLOAD, "can u take that off her"),
        (THREE, "undo what you did to the stuff"),
        (THREE, "round 1 or 2?"),
        (THREE, "go back to round 1 or round 2"),
    ],
)
def test_a_thing_or_round_only_pointed_at_gets_a_question(rounds: Rounds, text: str) -> None:
    assert decided_calls(text, rounds) == []


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (UPLOAD, "the sky is too grey, fix that", edit_calls("make the sky less grey")),
        (UPLOAD, "the grass looks way too green, tone it down", edit_calls("make the grass less green")),
        (UPLOAD, "this is way too yellow overall, cool it down", edit_calls("cool the photo down")),
        (UPLOAD, "would it be ok to give the busker a green scarf", edit_calls("give the busker a green scarf")),
        (UPLOAD, "me I want the hairdryer pink color please", edit_calls("make the hairdryer pink color")),
        (LAUNDRY, "i kinda want a cat sleeping on the dryer", edit_calls("add a cat sleeping on the dryer")),
        (
            LAUNDRY,
            "wow you removed it perfectly, now do the same with the basket",
            edit_calls("remove the basket"),
        ),
        (
            THREE,
            "round 1 or round 2, which looks less fake? show both side by side",
            [("compare_rounds", {"first": 1, "second": 2})],
        ),
        (
            UPLOAD,
            "cool, what's the thing on the left by the way? also make the torches taller",
            edit_calls("make the torches taller"),
        ),
    ],
)
def test_a_complaint_or_wish_that_asks_is_an_edit(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize(
    ("last", "text", "calls"),
    [
        (
            "make the tuxedo on the mannequin navy",
            "nah burgundy",
            fixed_calls("make the tuxedo on the mannequin burgundy"),
        ),
        (
            "make the tuxedo on the mannequin navy",
            "charcoal grey instead pls",
            fixed_calls("make the tuxedo on the mannequin charcoal grey"),
        ),
        ("make the teapot jade green", "no i meant the tea cups", fixed_calls("make the tea cups jade green")),
        (
            "put a plate of spring rolls on the lazy susan",
            "not spring rolls, egg tarts",
            fixed_calls("put a plate of egg tarts on the lazy susan"),
        ),
        ("add more prawns to the paella", "apologies, i meant mussels!", fixed_calls("add more mussels to the paella")),
        (
            "add a cup of tea next to the leather mat",
            "not tea, a croissant",
            fixed_calls("add a croissant next to the leather mat"),
        ),
        (
            "blur the bolts of fabric on the shelves",
            "no i wanted them removed, not blurred",
            fixed_calls("remove the bolts of fabric on the shelves"),
        ),
        ("make the steam thicker", "i wanted it gone, not thicker", fixed_calls("remove the steam")),
        ("make the teapot jade green", "instead of jade can it be black", fixed_calls("make the teapot black")),
        ("make the teapot jade green", "more terracotta than green", fixed_calls("make the teapot terracotta")),
        (
            "make the left deck chair yellow",
            "pls dont be mad lol i meant the right chair",
            fixed_calls("make the right deck chair yellow"),
        ),
        (
            "make the leading cyclist's skinsuit orange",
            "no wait i meant the other cyclist",
            fixed_calls("make the other cyclist's skinsuit orange"),
        ),
        (
            "make the kid in the cap smaller",
            "no, i wanted him replaced with a dog not shrunk",
            fixed_calls("replace the kid in the cap with a dog"),
        ),
    ],
)
def test_a_correction_keeps_the_place_shade_and_measure_it_does_not_reject(
    last: str, text: str, calls: CallList
) -> None:
    assert decided_calls(text, ((None, None), (0, last))) == calls


def test_is_it_ok_to_about_things_in_general_is_still_a_question() -> None:
    assert decided_calls("is it ok to remove people?", UPLOAD) == []


LAKE: Rounds = ((None, None), (0, "make the snowmobile bright yellow"), (1, "remove the jet ski"), (2, "add a husky"))


@pytest.mark.parametrize(
    ("text", "round_named"),
    [
        ("when the jet ski was still there, go back to that", "when the jet ski was still there"),
        ("the yellow one pls, take me there", "the yellow one"),
        (
            "hmm actually i kinda miss the jet ski, go back to when it was still there",
            "when the jet ski was still there",
        ),
    ],
)
def test_a_round_described_first_or_by_it_is_gone_to(text: str, round_named: str) -> None:
    assert decided_calls(text, LAKE) == [("revert", {"round": round_named})]


def test_an_edit_asked_for_and_taken_back_as_a_joke_makes_nothing() -> None:
    assert decided_calls("can you make the sign say closed forever? jk dont", LAKE) == []


PUTTER: Rounds = ((None, None), (0, "make the putter neon yellow"))


@pytest.mark.parametrize(
    ("rounds", "text"),
    [
        (PUTTER, "stronger than i expected haha, nice"),
        (PUTTER, "can you do it stronger if i ask?"),
        (PUTTER, "ok the putter was what i wanted, thank u"),
        (((None, None), (0, "add a poodle")), "i love the poodle and the trophy, can u make it bigger"),
    ],
)
def test_a_remark_a_hypothetical_or_an_it_between_two_things_makes_nothing(rounds: Rounds, text: str) -> None:
    assert decided_calls(text, rounds) == []


@pytest.mark.parametrize(
    ("last", "text", "calls"),
    [
        (
            "make the man's straw hat red",
            "not the hat i pictured but i like it, now put sunglasses on him",
            edit_calls("put sunglasses on him"),
        ),
        ("make the man's straw hat red", "i meant to say also remove the dog", edit_calls("remove the dog")),
        (
            "make the teapot jade green",
            "not what i asked for but honestly better. now remove the gears",
            edit_calls("remove the gears"),
        ),
        ("make the teapot jade green", "no, the cups. now", fixed_calls("make the cups jade green")),
    ],
)
def test_a_new_request_after_accepting_the_last_edit_is_made_on_top(last: str, text: str, calls: CallList) -> None:
    assert decided_calls(text, ((None, None), (0, last))) == calls


def test_the_old_thing_was_better_goes_back_before_the_edit_of_it() -> None:
    rounds: Rounds = ((None, None), (0, "make the golf ball neon yellow"))
    assert decided_calls("no go back, the old ball was better", rounds) == [("revert", {"round": "previous"})]


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("it'd be so cute if the macarons had little faces", edit_calls("give the macarons little faces")),
        ("it would be nice if the dog had a hat", edit_calls("give the dog a hat")),
        ("icicles hanging from the branches would be cute", edit_calls("add icicles hanging from the branches")),
        ("great. the urn would look better mossy", edit_calls("make the urn mossy")),
        ("the car would look better in red", edit_calls("make the car red")),
        ("gold dragon head would be sick", edit_calls("make the dragon head gold")),
        ("the hedges look so patchy, can they be fuller and greener", edit_calls("make the hedges fuller and greener")),
        ("kk now the lamp purple", edit_calls("make the lamp purple")),
        ("cn u mk the towels blu", edit_calls("make the towels blue")),
    ],
)
def test_a_wish_said_as_how_nice_it_would_be_is_an_edit(text: str, calls: CallList) -> None:
    assert decided_calls(text, ((None, None), (0, "add a gold price card"))) == calls


def test_shared_nouns_fwd_and_whats_on_round_n_name_their_rounds() -> None:
    assert decided_calls("whats on round 2", LAKE) == [("show_round", {"round": 2})]
    compared = decided_calls("whats the difference between the first and second edit", LAKE)
    assert compared == [("compare_rounds", {"first": 1, "second": "second edit"})]
    act, calls = act_and_calls("fwd 2", tree(*LAKE, current=1))
    assert (act, [(call.name, call.args) for call in calls]) == ("redo", [("revert", {"round": "2 steps forward"})])
