"""The rules that split a turn carrying several requests into one edit each, with each instruction cleaned (round 9):
a filler between two requests goes with the second ("..., oh and ..."), "n" joins like "and", numbered lists
without a full stop ("1 ... 2 ...", "a) ... b) ...", after a lead-in) and ordinals ("first ..., second ..."), a
verb shared by a comparative or after a comma ("make the X black, the Y gold"), a thing put "against" a place, two
wishes ("i'd also like ...", "... should be gone"), a wish after praise ("love it and i'd like ..."), a later part
read as a correction of an edit asked for in the same turn, a list item with no verb ("- birdcage gold") and a thing
and its look after "now" ("now the chalice, red and white"). Beside them, look-alikes that stay one request or no
edit: "and" inside one request, a report or a plan that lists edits, and a vague verb or a musing over two things.
Each case is a turn in a small session and the exact calls."""

from __future__ import annotations

import pytest

from assistant.understanding import split_requests
from tests.assistant.rule_calls import CallList, decided_calls, edit_calls

UPLOAD = ((None, None),)
DRAWBRIDGE = ((None, None), (0, "make the drawbridge brown"))

CASES: list[tuple[str, tuple, CallList]] = [
    # a filler between two requests opens the second
    (
        "remove the cauldron, oh and make the birdcage gold",
        UPLOAD,
        edit_calls("remove the cauldron", "make the birdcage gold"),
    ),
    (
        "make the chalice bigger n remove the crossbow",
        UPLOAD,
        edit_calls("make the chalice bigger", "remove the crossbow"),
    ),
    # numbered lists and ordinals
    ("1 remove the catapult 2 add a drawbridge", UPLOAD, edit_calls("remove the catapult", "add a drawbridge")),
    (
        "a) make the portcullis black b) remove the gazelle",
        UPLOAD,
        edit_calls("make the portcullis black", "remove the gazelle"),
    ),
    (
        "two things. 1 remove the toboggan 2 make the hedgerow greener",
        UPLOAD,
        edit_calls("remove the toboggan", "make the hedgerow greener"),
    ),
    (
        "first add a churro on the plate, second make the fondue pot red",
        UPLOAD,
        edit_calls("add a churro on the plate", "make the fondue pot red"),
    ),
    # a shared verb: a comparative, after a comma, a place "against"
    (
        "make the bassoon bigger and the crossbow longer",
        UPLOAD,
        edit_calls("make the bassoon bigger", "make the crossbow longer"),
    ),
    (
        "make the cauldron black, the chalice gold and remove the pestle",
        UPLOAD,
        edit_calls("make the cauldron black", "make the chalice gold", "remove the pestle"),
    ),
    (
        "add a toboggan against the wall and a pogo stick by the door",
        UPLOAD,
        edit_calls("add a toboggan against the wall", "add a pogo stick by the door"),
    ),
    # wishes, a wish after praise, and a later part that would correct an edit of the same turn
    (
        "i'd like the cauldron green and i'd also like the chalice darker",
        UPLOAD,
        edit_calls("make the cauldron green", "make the chalice darker"),
    ),
    ("love it and i'd like the bassoon silver", DRAWBRIDGE, edit_calls("make the bassoon silver")),
    (
        "the catapult should be gone and the drawbridge should be grey",
        DRAWBRIDGE,
        edit_calls("remove the catapult", "make the drawbridge grey"),
    ),
    (
        "erase the churro on the plate and also the fondue fork",
        DRAWBRIDGE,
        edit_calls("erase the churro on the plate", "erase the fondue fork"),
    ),
    (
        "step 1 remove the gazelle, step 2 make the hedgerow greener",
        UPLOAD,
        edit_calls("remove the gazelle", "make the hedgerow greener"),
    ),
    (
        "remove the pestle and after that add a chalice",
        UPLOAD,
        edit_calls("remove the pestle", "add a chalice"),
    ),
    ("i want the gazelle gone and the sky orange", UPLOAD, edit_calls("remove the gazelle", "make the sky orange")),
    (
        "i'd like to remove the catapult and add a drawbridge",
        UPLOAD,
        edit_calls("remove the catapult", "add a drawbridge"),
    ),
    # a further request led by "now" or "then" that names a thing and its look without a verb
    ("now the chalice, red and white", DRAWBRIDGE, edit_calls("make the chalice red and white")),
    ("then the gazelle, gold pls", DRAWBRIDGE, edit_calls("make the gazelle gold")),
    # a list item with no verb
    ("- birdcage gold\n- remove the gazelle", UPLOAD, edit_calls("make the birdcage gold", "remove the gazelle")),
    # one request that merely contains "and", "with" or a comma
    ("black and white please", DRAWBRIDGE, edit_calls("make it black and white")),
    (
        "add a crossbow with two arrows and a quiver",
        UPLOAD,
        edit_calls("add a crossbow with two arrows and a quiver"),
    ),
    ("remove the gazelle and the hedgerow", UPLOAD, edit_calls("remove the gazelle and the hedgerow")),
    ("make the cauldron blue, the dark blue", UPLOAD, edit_calls("make the cauldron blue, the dark blue")),
    ("fix the scratches and the dust", UPLOAD, edit_calls("fix the scratches and the dust")),
    (
        "add a speech bubble saying see you later",
        UPLOAD,
        edit_calls("add a speech bubble saying see you later"),
    ),
    # no edit: a report or a plan that lists edits, a vague verb or a musing over two things, talk
    ("my uncle said remove the catapult and make the sky red, but i like it", DRAWBRIDGE, []),
    ("i was going to ask you to remove the gazelle and add a hedgerow but nah its fine", DRAWBRIDGE, []),
    ("later i'll remove the toboggan and add a sled, not now", DRAWBRIDGE, []),
    ("i'll add a birdcage later", DRAWBRIDGE, []),
    ("next time i'll remove the gazelle and add a hedgerow", DRAWBRIDGE, []),
    ("i'd like to print it and hang it in the hall", DRAWBRIDGE, []),
    ("remember when i said remove the gazelle and make the sky orange? that was funny", DRAWBRIDGE, []),
    ("change the cauldron and the chalice", DRAWBRIDGE, []),
    ("fix the bassoon and the crossbow", DRAWBRIDGE, []),
    ("hmm the portcullis and the drawbridge", DRAWBRIDGE, []),
    ("you did the drawbridge and the gate, nice", DRAWBRIDGE, []),
    ("now the sky looks orange", DRAWBRIDGE, []),
]


@pytest.mark.parametrize(("text", "rounds", "calls"), CASES, ids=[case[0][:60] for case in CASES])
def test_several_requests_are_split_and_cleaned(text: str, rounds: tuple, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


SPLITS: list[tuple[str, list[str]]] = [
    ("remove the pestle, please, and add a chalice", ["remove the pestle", "please, and add a chalice"]),
    ("compare 1) and 2)", ["compare 1) and 2)"]),
    ("add 2 gazelles and 1 catapult", ["add 2 gazelles and 1 catapult"]),
    ("a rock n roll poster by the bassoon", ["a rock n roll poster by the bassoon"]),
    (
        "i'd like the birdcage gold and i'd also like the churro darker",
        ["i'd like the birdcage gold", "i'd also like the churro darker"],
    ),
]


@pytest.mark.parametrize(("text", "requests"), SPLITS, ids=[case[0] for case in SPLITS])
def test_split_requests_keeps_fillers_and_numbers_where_they_belong(text: str, requests: list[str]) -> None:
    assert split_requests(text) == requests
