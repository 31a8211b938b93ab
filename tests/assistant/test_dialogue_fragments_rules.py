"""Rules for edits said without a verb, wishes about how someone would look, and a thing judged before its fix.

Each of these asked a question or edited other words before: "chairs black", "purple sails", "more mist" and "bye bye
photobomber" are requests without a verb (`edits.fragment_edit`); "recolor the sneakers white" names its colour and
"fix the saggy net" or "fix the white balance" what is wrong, unlike "recolour the shirt" and "fix the anvil"; "the
gravel path is way too bright, tone it down a bit" and "the monk is brother tomas, please remove him" point back at
the thing named first; "he would look so cute with a bow tie" wishes for a gift; "make them glossy" after "make the
leather covers oxblood red" means the one plural thing that edit named; "the saucer is too bright, tone it down" after
"remove the spoon" tones the saucer down (it was a weaker try of the removal).
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

UPLOAD: Rounds = ((None, None),)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("chairs black", edit_calls("make the chairs black")),
        ("purple sails", edit_calls("make the sails purple")),
        ("palms greener?", edit_calls("make the palms greener")),
        ("snow heavier please", edit_calls("make the snow heavier")),
        ("more mist", edit_calls("add more mist")),
        ("let's try the gecko bright pink", edit_calls("make the gecko bright pink")),
        ("bye bye photobomber", edit_calls("remove the photobomber")),
        ("bye bye price tags 👋", edit_calls("remove the price tags")),
        ("more drama", []),
        ("ok bye bye", []),
        ("much better", []),
    ],
)
def test_a_request_without_a_verb_is_that_edit(text: str, calls: CallList) -> None:
    assert decided_calls(text, UPLOAD) == calls


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("recolor the sneakers white", edit_calls("recolor the sneakers white")),
        ("actually now fix the saggy net", edit_calls("fix the saggy net")),
        ("adjust the white balance", edit_calls("adjust the white balance")),
        ("recolour the shirt", []),
        ("fix the anvil", []),
    ],
)
def test_an_edit_that_names_its_change_is_made(text: str, calls: CallList) -> None:
    assert decided_calls(text, UPLOAD) == calls


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("the gravel path is way too bright, tone it down a bit", edit_calls("tone down the gravel path a bit")),
        ("the monk is brother tomas, please remove him", edit_calls("remove the monk")),
        ("he would look so cute with a bow tie", edit_calls("give him a bow tie")),
        ("i like to have the drummer with a hat", edit_calls("give the drummer a hat")),
    ],
)
def test_a_thing_named_first_or_wished_about_is_the_object(text: str, calls: CallList) -> None:
    assert decided_calls(text, UPLOAD) == calls


@pytest.mark.parametrize(
    ("last", "text", "calls"),
    [
        ("make the leather covers oxblood red", "make them glossy", edit_calls("make the leather covers glossy")),
        ("add steam rising from the dumplings", "make them crispier", edit_calls("make the dumplings crispier")),
        ("add peacock feathers to the mask", "make them longer", edit_calls("make the peacock feathers longer")),
        ("light the candles on the cake", "make them flicker more", edit_calls("make the candles flicker more")),
        ("remove stones from the path", "make them bigger", []),
    ],
)
def test_them_after_an_edit_that_names_one_plural_thing_is_that_thing(last: str, text: str, calls: CallList) -> None:
    assert decided_calls(text, ((None, None), (0, last))) == calls


@pytest.mark.parametrize(
    ("last", "text", "calls"),
    [
        ("remove the spoon", "the saucer is too bright, tone it down a bit", edit_calls("tone down the saucer a bit")),
        ("make the cup blue", "the cup is too blue, tone it down", [("retry_edit", {"strength": "weaker"})]),
        ("make the cup blue", "the blue is too strong, tone it down", [("retry_edit", {"strength": "weaker"})]),
    ],
)
def test_toning_down_a_thing_named_first_edits_it_unless_the_last_edit_changed_it(
    last: str, text: str, calls: CallList
) -> None:
    assert decided_calls(text, ((None, None), (0, last))) == calls


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("bigger macaw 🦜", edit_calls("make the macaw bigger")),
        ("no more pigeons", edit_calls("remove the pigeons")),
        ("lowkey want the teepee to look vintage af", edit_calls("make the teepee look vintage")),
        ("make the price sign say DROP TABLE users;", edit_calls("make the price sign say DROP TABLE users")),
        ("either remove the pumps or blur them", []),
        ("add a cat or a dog on the tatami", []),
        ("change the ice cream van", []),
        ("show me round ⅔", []),
    ],
)
def test_more_requests_without_a_verb_and_requests_that_leave_a_choice(text: str, calls: CallList) -> None:
    assert decided_calls(text, UPLOAD) == calls


def test_the_place_of_the_last_edit_named_alone_asks() -> None:
    assert decided_calls("what about the shelter", ((None, None), (0, "remove the graffiti from the shelter"))) == []


FARMER: Rounds = (
    (None, None),
    (0, "make the sky bluer"),
    (1, "make the rice plants bright green"),
    (2, "remove the tourists"),
    (3, "add a crowd cheering behind him"),
)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("the crowd is too much, go back", [("revert", {"round": "previous"})]),
        ("two back pls", [("revert", {"round": "2 steps back"})]),
        ("the sky is perfect, go back to round 0", [("revert", {"round": 0})]),
    ],
)
def test_a_verdict_before_going_back_and_steps_back_said_in_words(text: str, calls: CallList) -> None:
    assert decided_calls(text, FARMER) == calls


RINK: Rounds = (
    (None, None),
    (0, "make the floor shiny"),
    (1, "add a disco ball"),
    (2, "make the skaters' laces neon green"),
)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("hmm i preferred it before you added the disco ball", [("revert", {"round": "before the disco ball"})]),
        ("whats in round 2 again", [("show_round", {"round": 2})]),
        ("barely see the difference, go harder", [("retry_edit", {"strength": "stronger"})]),
    ],
)
def test_a_preference_a_question_about_a_round_and_a_complaint_of_no_difference(text: str, calls: CallList) -> None:
    assert decided_calls(text, RINK) == calls
