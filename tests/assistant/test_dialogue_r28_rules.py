"""Round 28's rules, each from a miss of the development sets:

- a question the person answers yes at once ("should i make the curtain green? yeah lets do it") is that edit;
- "can the sky look stormy" after an edit of another thing is an edit of the sky, not a stronger try or a question;
- "cant decide between gold and chrome for the boombox, try gold first" takes gold;
- "i think green was nicer, go back to it" goes to the green round, as "the green was nicer, ..." does;
- "clear" qualifies a colour: "hmm no, pale blue" after "make the sky clear blue" makes it pale blue;
- "whats a good colour for the pucks" is a question, no edit;
- a new photo "this is the same place a year later" is a caption, not the last edit again;
- "the one you did first" is the first edit; "bring back the third try" goes to that try, not to a round showing a
  "third try"; "use the other one" goes to the other version when there is one;
- "here u go. turn it purple pls" with a new photo asks what "it" is, while "my new bike, make it red" names it;
- "instead of the fog can you do rain" corrects the fog to rain; "the spotlight pink pls" after another edit is an
  edit, as is "the spotlight on the left, pink pls"; "the first salmon roll" of three tries is the first try, and
  the current try praised changes nothing; "redo that one, the ribbons are floating" with nothing undone tries again;
- "later i want to turn this into a poster" changes nothing.
"""

from __future__ import annotations

import pytest

from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import Rounds, decided, decided_calls, edit_calls, fixed_calls

UPLOAD: Rounds = ((None, None),)
PLAYERS: Rounds = ((None, None), (0, "make the red players green"), (0, "make the red players purple"))
"""A foosball table after a correction: round 2 (purple players) beside round 1 (green), both from the original."""
ROLL_TRIES: Rounds = ((None, None), *((0, "add a salmon roll on the empty plate"),) * 3)
"""A sushi bar after two retries: rounds 1 to 3 are three tries of one edit."""


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("should i make the curtain green? yeah lets do it", "make the curtain green"),
        ("should we remove the bin? yes", "remove the bin"),
        ("cant decide between gold and chrome for the boombox, try gold first", "make the boombox gold"),
        ("torn between red and blue for the mask.. red", "make the mask red"),
    ],
)
def test_a_question_or_a_choice_answered_at_once_is_edited(text: str, instruction: str) -> None:
    assert decided_calls(text, UPLOAD) == edit_calls(instruction)


def test_a_question_left_open_asks() -> None:
    assert decided("should i make the curtain green? hmm", UPLOAD) == ("clarify", [])


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("can the sky look stormy", "make the sky look stormy"),
        ("can the sky look more dramatic", "make the sky look more dramatic"),
    ],
)
def test_a_look_asked_of_another_thing_is_a_new_edit(text: str, instruction: str) -> None:
    rounds: Rounds = (*UPLOAD, (0, "make the dugout roof blue"), (1, "add fans in the bleachers"))
    assert decided_calls(text, rounds) == edit_calls(instruction)


def test_a_look_asked_as_a_state_is_no_edit() -> None:
    assert decided("can the roof be recycled?", (*UPLOAD, (0, "add fans in the bleachers")))[1] == []


@pytest.mark.parametrize(
    "text", ["green or purple.. i think green was nicer, go back to it", "i think green was nicer, go back to it"]
)
def test_a_look_praised_without_the_names_its_round(text: str) -> None:
    session = tree(*PLAYERS)
    act, calls = decided(text, PLAYERS)
    assert act == "goto"
    assert session.resolve(calls[0][1]["round"]).index == 1


def test_a_pale_shade_replaces_a_clear_one() -> None:
    assert decided("hmm no, pale blue", (*UPLOAD, (0, "make the sky clear blue"))) == (
        "correction",
        fixed_calls("make the sky pale blue"),
    )


def test_a_question_about_a_good_colour_is_no_edit() -> None:
    assert decided("whats a good colour for shuffleboard pucks", UPLOAD)[1] == []


def test_a_new_photo_of_the_same_place_is_a_caption() -> None:
    rounds: Rounds = (*UPLOAD, (0, "paint the piano bright red"), (None, None))
    assert decided("this is the same place a year later", rounds, photo=True) == ("caption", [])
    assert decided_calls("same thing here pls", rounds, photo=True) == edit_calls("paint the piano bright red")


@pytest.mark.parametrize(
    ("text", "rounds", "current", "index"),
    [
        ("go back to the one you did first", (*UPLOAD, (0, "add steam"), (1, "make the woodpile bigger")), None, 1),
        ("bring back the third try", ROLL_TRIES, 0, 3),
        ("use the other one", PLAYERS, 1, 2),
        ("ok use the other version then", PLAYERS, 1, 2),
    ],
)
def test_a_round_named_by_order_or_as_the_other(text: str, rounds: Rounds, current: int | None, index: int) -> None:
    session = tree(*rounds, current=current)
    act, calls = decided(text, rounds, current)
    assert act == "goto"
    assert session.resolve(calls[0][1]["round"]).index == index


def test_the_other_of_three_tries_asks() -> None:
    assert decided("use the other one", ROLL_TRIES, 1) == ("clarify", [])


def test_it_with_a_new_photo_that_names_nothing_asks() -> None:
    assert decided("here u go. turn it purple pls", (*UPLOAD,), photo=True) == ("clarify", [])
    assert decided_calls("my new bike, make it red", UPLOAD, photo=True) == edit_calls("make my new bike red")


FORAGER: Rounds = (
    *UPLOAD,
    (0, "make the chanterelles brighter orange"),
    (1, "add morning fog between the beech trees"),
)
"""A forager in a beech wood with two edits, the last one adding fog."""


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("instead of the fog can you do rain", "add morning rain between the beech trees"),
        ("instead of fog, rain", "add morning rain between the beech trees"),
        ("instead of the fog can u add rain", "add rain"),
    ],
)
def test_what_is_rejected_said_first_corrects(text: str, instruction: str) -> None:
    assert decided(text, FORAGER) == ("correction", fixed_calls(instruction))


def test_a_new_thing_with_a_new_look_after_an_edit_is_edited() -> None:
    rounds: Rounds = (*UPLOAD, (0, "make the curtain velvet green"))
    assert decided_calls("the spotlight pink pls", rounds) == edit_calls("make the spotlight pink")


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("the first salmon roll looked best, go back to that", 1),
        ("back to the second salmon roll", 2),
    ],
)
def test_a_try_named_by_its_order_and_thing(text: str, index: int) -> None:
    session = tree(*ROLL_TRIES)
    act, calls = decided(text, ROLL_TRIES)
    assert act == "goto"
    assert session.resolve(calls[0][1]["round"]).index == index


def test_the_current_try_praised_changes_nothing() -> None:
    rounds: Rounds = (*UPLOAD, (0, "make the mat blue"), (0, "make the mat blue"))
    assert decided("the second try is much better, ty", rounds)[1] == []


def test_redo_that_one_with_a_reason_and_nothing_undone_tries_again() -> None:
    rounds: Rounds = (*UPLOAD, (0, "hang prayer ribbons on the aerial roots"))
    assert decided("redo that one, the ribbons are floating", rounds) == ("retry", [("retry_edit", {})])


@pytest.mark.parametrize("rounds", [UPLOAD, (*UPLOAD, (0, "make the curtain velvet green"))])
def test_a_thing_with_its_place_and_a_colour_is_edited(rounds: Rounds) -> None:
    assert decided_calls("the spotlight on the left, pink pls", rounds) == edit_calls(
        "make the spotlight on the left pink"
    )


def test_a_plan_for_later_changes_nothing() -> None:
    rounds: Rounds = (*UPLOAD, (0, "make the cup blue"))
    assert decided("later i want to turn this into a poster for the museum", rounds)[1] == []
