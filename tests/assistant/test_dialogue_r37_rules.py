"""Round 37's rules, each from a miss of the four new development sets or of a battery of everyday turns:

- a choice left open ("make it red or blue", "compare 1 with 2 or 3", "go back to the original or maybe just one
  step"), a thing only mused about ("not sure, maybe the hat"), a part that is no thing ("the size"), a mood
  ("make it more emotional", "needs more vibe") and "that one" on a fresh photo ("make that one way darker") ask;
- "make all of them blue" points at nothing on a fresh photo, and at what the last edit added after one;
- an edit before any photo asks for the photo, and "the third photo" in a session of one asks which;
- "the heron you added", "the heron again but bigger" and "same umbrella trick" name an edit the session never
  made, and ask; when it did make it, the edit goes on without "you put in";
- a comparison or a round named by a thing no round has ("the umbrella one", "the one with the van and the seagull")
  is answered in words, never swapped for another round;
- "revert all changes", "undo all of them" and "erase everything you've done" go back to the original, "forward to
  the last one" goes to the newest round, "add the sign back" after an undo redoes it, "redo that last undo" is a
  redo, "third try?" after two tries and "reroll that" are retries;
- a question of how the editor works ("can you use a different seed every time?", "is it possible to add text, like
  a shop sign?"), "kill the app" and a hold before a question ("don't change anything yet, just tell me what round
  we're on") change nothing;
- "delete the files on the archive desk" is a photo edit, however its words sound.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import BREAKFAST, Rounds, decided, edit_calls

FRESH: Rounds = ((None, None),)
"""A photo with no edit yet."""
CUP: Rounds = ((None, None), (0, "make the cup blue"))
"""The coffee photo after one edit."""
BALLOONS: Rounds = ((None, None), (0, "add balloons"))
"""A party photo whose one edit added balloons."""
HARBOUR: Rounds = (
    (None, None),
    (0, "make the fog thicker"),
    (1, "add a seagull on the bollard"),
    (2, "make the sky pink"),
)
"""A harbour photo whose second edit added a seagull."""
FOUNTAIN: Rounds = (
    (None, None),
    (0, "add kids splashing in the fountain"),
    (1, "make the sky hazy"),
    (2, "add an ice cream van by the railings"),
)
"""A fountain photo with three edits in a row: kids, a hazy sky, a van."""
TYRES: Rounds = (
    (None, None),
    (0, "make the tyre stack taller"),
    (1, "add a sign saying 49.99 on the stack"),
    (2, "make the floor look wet"),
)
"""A tyre shop photo with three edits in a row, the second a sign."""
TRIED_TWICE: Rounds = ((None, None), (0, "paint the van yellow"), (0, "paint the van yellow"))
"""A library van photo whose one edit was tried twice."""
ALLOTMENT: Rounds = ((None, None), (0, "make the hailstones bigger"), (0, "add dents to the car roofs"))
"""A hailstorm photo with two edits, each made from the upload."""


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("make it red or blue", CUP),
        ("paint it green or yellow", CUP),
        ("not sure, maybe the hat", CUP),
        ("the size", CUP),
        ("the angle", CUP),
        ("compare 1 with 2 or 3", BREAKFAST),
        ("go back to the original or maybe just one step", BREAKFAST),
        ("Could you make it more emotional", CUP),
        ("make it feel like home", FRESH),
        ("needs more vibe", CUP),
        ("make that one way darker", FRESH),
        ("make all of them blue", FRESH),
        ("the third photo, make it black and white", FRESH),
        ("make the heron you added fly away", HARBOUR),
        ("the heron again but bigger", HARBOUR),
        ("compare the umbrella one with the original", ALLOTMENT),
        ("show me the one with the van and the seagull", FOUNTAIN),
        ("redo that last undo", BREAKFAST),
    ],
)
def test_a_turn_that_cannot_be_acted_on_gets_a_question(text: str, rounds: Rounds) -> None:
    assert decided(text, rounds) == ("clarify", [])


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("make all of them blue", BALLOONS, "make the balloons blue"),
        ("remove the seagull you put in", HARBOUR, "remove the seagull"),
        ("make the seagull you added bigger", HARBOUR, "make the seagull bigger"),
        ("delete the files on the archive desk", FRESH, "delete the files on the archive desk"),
        ("close the laptop on the desk", CUP, "close the laptop on the desk"),
    ],
)
def test_an_edit_that_says_what_it_changes_is_made(text: str, rounds: Rounds, instruction: str) -> None:
    assert decided(text, rounds) == ("edit", edit_calls(instruction))


def test_the_same_edit_named_by_its_thing_is_that_edit_or_a_question() -> None:
    photo = (*CUP, (None, None))
    assert decided("same umbrella trick on this one", photo, photo=True) == ("clarify", [])
    assert decided("same cup thing on this one", photo, photo=True) == ("edit", edit_calls("make the cup blue"))


@pytest.mark.parametrize(
    ("text", "rounds", "current", "reference"),
    [
        ("revert all changes", BREAKFAST, None, "original"),
        ("undo all of them", BREAKFAST, None, "original"),
        ("erase everything you've done", BREAKFAST, None, "original"),
        ("undo all three", BREAKFAST, None, "3 steps back"),
        ("forward to the last one", BREAKFAST, 1, "latest"),
        ("add the 49.99 sign back", TYRES, 1, "next"),
        ("redo that last undo", BREAKFAST, 1, "next"),
        ("add the cup back", ((None, None), (0, "make the sky pink"), (1, "remove the cup")), None, "previous"),
    ],
)
def test_going_around_the_rounds(text: str, rounds: Rounds, current: int | None, reference: int | str) -> None:
    assert decided(text, rounds, current)[1] == [("revert", {"round": reference})]


@pytest.mark.parametrize(("text", "rounds"), [("third try?", TRIED_TWICE), ("reroll that", CUP)])
def test_a_try_asked_for_by_number_or_in_a_tools_words_is_a_retry(text: str, rounds: Rounds) -> None:
    assert decided(text, rounds) == ("retry", [("retry_edit", {})])


@pytest.mark.parametrize(
    "text",
    [
        "can you use a different seed every time?",
        "do you use a new seed each time?",
        "is it possible to add text, like a shop sign?",
        "kill the app",
        "kill the process",
    ],
)
def test_questions_and_asks_outside_the_photo_change_nothing(text: str) -> None:
    act, calls = decided(text, CUP)
    assert (act, calls) == ("talk", [])
    assert decided(text, FRESH)[1] == []


def test_a_hold_before_a_question_answers_the_question() -> None:
    assert decided("don't change anything yet, just tell me what round we're on", BREAKFAST) == (
        "status",
        [("session_status", {})],
    )
    assert decided("don't change anything yet", BREAKFAST) == ("talk", [])


def test_them_after_two_things_each_given_a_look_is_both_things() -> None:
    assert decided("make them bigger", ((None, None), (0, "make the cup blue and the saucer red"))) == (
        "edit",
        edit_calls("make the cup and the saucer bigger"),
    )


@pytest.mark.parametrize(
    ("text", "current", "calls"),
    [
        ("orig pls", None, [("revert", {"round": "original"})]),
        ("orig vs latest", None, [("compare_rounds", {"first": "original", "second": "latest"})]),
        ("compare this to the one i undid", 1, [("compare_rounds", {"first": "current", "second": "next"})]),
        ("show me the one i undid", 1, [("show_round", {"round": "next"})]),
    ],
)
def test_short_words_for_rounds(text: str, current: int | None, calls: list[tuple[str, dict[str, object]]]) -> None:
    assert decided(text, BREAKFAST, current)[1] == calls


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("keeper, no retry", CUP),
        ("again tmrw maybe", CUP),
        ("share on insta", CUP),
        ("should i share this with the chief?", CUP),
        ("can you share stuff with other people?", CUP),
        ("go back -2 steps", BREAKFAST),
        ("less pls", ((None, None), (0, "make the popcorn machine red"), (1, "remove the trash can"))),
        ("stronger? weaker? honestly I can't tell which i'd prefer", CUP),
        ("the first try was better i think... nah, this one's fine, leave it as it is", TRIED_TWICE),
        ("no no, i meant... hmm, actually i don't know what i meant, give me a second", CUP),
        ("add candles to the tables and also remove all the candles, i want it romantic but safe", CUP),
    ],
)
def test_a_turn_that_asks_for_no_change_makes_none(text: str, rounds: Rounds) -> None:
    assert decided(text, rounds)[1] == []


def test_a_new_photo_with_the_last_edit_turned_down_is_only_stored() -> None:
    assert decided("dont repeat the last edit on this one pls", (*CUP, (None, None)), photo=True) == ("caption", [])
    seventies = (*FRESH, (0, "make it look like 1970s film"), (None, None))
    assert decided("same 70s look on this one pls", seventies, photo=True) == (
        "edit",
        edit_calls("make it look like 1970s film"),
    )


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("add candles and remove the candlesticks", edit_calls("add candles", "remove the candlesticks")),
        ("add a dog and remove the dog bowl", edit_calls("add a dog", "remove the dog bowl")),
        ("go back 2 steps", [("revert", {"round": "2 steps back"})]),
        ("can i share this with my mum?", [("share_session", {})]),
    ],
)
def test_near_misses_still_act(text: str, calls: list[tuple[str, dict[str, object]]]) -> None:
    assert decided(text, BREAKFAST)[1] == calls


def test_a_round_named_by_its_age_is_no_missing_thing() -> None:
    assert decided("can I compare the new version against the old one", CUP) == (
        "compare",
        [("compare_rounds", {"first": "original", "second": "current"})],
    )


def test_an_edit_before_any_photo_asks_for_the_photo() -> None:
    assert decided("can you make the machines mint green", ()) == ("clarify", [])
    assert decided("make the cup blue", ((None, None),), photo=True) == ("edit", edit_calls("make the cup blue"))
