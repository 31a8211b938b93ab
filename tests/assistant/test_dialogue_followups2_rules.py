"""Rules for follow-ups that change the last edit's thing or colour.

- "same but for the saucer", "same thing on the saucer" and "same edit for the saucer" are the last edit on the
  saucer, on top of it; "now the saucer but red" and "same for the saucer but red" change the thing and the look
  ("make the saucer red"), and an addition keeps its thing ("now the woman but red" after "add a hat on the man"
  adds a red hat on the woman).
- "eh, go red", "let's go with red", "go for red instead" and "lets try green" are corrections with that colour,
  not a retry of the same edit; "try again in green", "again but green" and "another go, in red this time" are too,
  while "again, blue" after a blue edit is a plain retry.
- "make it black and white", "turn it sepia" and "make it greyscale" after an addition are the whole photo's look,
  not the added thing's; "make it blue" after it is the added thing.
- "blue saucer not blue cup" after "make the cup blue" moves the edit to the saucer; "navy blue" is a shade.
- After "add a cat on the sofa", "closer to the window" and "further from the door" move the cat as "more to the left"
  does, and "bigger cat" or "orange cat" keep the article ("add an orange cat on the sofa").
- "turn it up to 11" and "tone it down a notch" are a stronger or weaker retry of the last edit; with no edit yet they
  ask instead of editing.
- "replace the cup" and "replace the background" say nothing to put in its place and ask; "replace the cup with a
  glass" is an edit.
- "green instead" after an addition colours the added thing ("add a green hat on the man"), and replaces a colour
  it had ("add a red hat" -> "add a green hat").
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import Rounds, decided_calls, edit_calls

CUP: Rounds = ((None, None), (0, "make the cup blue"))
HAT: Rounds = ((None, None), (0, "add a hat on the man"))
RED_HAT: Rounds = ((None, None), (0, "add a red hat on the man"))
CROISSANT: Rounds = ((None, None), (0, "add a croissant on the plate"))
CAT: Rounds = ((None, None), (0, "add a cat on the sofa"))


def _retry(instruction: str | None = None) -> list[tuple[str, dict[str, str]]]:
    return [("retry_edit", {} if instruction is None else {"instruction": instruction})]


@pytest.mark.parametrize(
    "text",
    ["same but for the saucer", "same thing on the saucer", "same but on the saucer", "same edit for the saucer"],
)
def test_the_same_for_another_thing_is_a_new_edit_of_it(text: str) -> None:
    assert decided_calls(text, CUP) == edit_calls("make the saucer blue")


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("now the saucer but red", CUP, "make the saucer red"),
        ("same for the saucer but red", CUP, "make the saucer red"),
        ("and the plate but in green", CUP, "make the plate green"),
        ("now the woman but red", HAT, "add a red hat on the woman"),
    ],
)
def test_another_thing_with_another_look(text: str, rounds: Rounds, instruction: str) -> None:
    assert decided_calls(text, rounds) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("eh, go red", "make the cup red"),
        ("let's go with red", "make the cup red"),
        ("go for red instead", "make the cup red"),
        ("lets try green", "make the cup green"),
        ("try again in green", "make the cup green"),
        ("again but green", "make the cup green"),
        ("one more time but navy", "make the cup navy"),
        ("another go, in red this time", "make the cup red"),
    ],
)
def test_a_retry_that_names_a_colour_corrects_the_colour(text: str, instruction: str) -> None:
    assert decided_calls(text, CUP) == _retry(instruction)


@pytest.mark.parametrize("text", ["again, blue", "try again", "lets try again"])
def test_a_retry_with_the_same_colour_is_a_retry(text: str) -> None:
    assert decided_calls(text, CUP) == _retry()


@pytest.mark.parametrize(
    ("rounds", "text", "instruction"),
    [
        (HAT, "green instead", "add a green hat on the man"),
        (HAT, "no, green", "add a green hat on the man"),
        (RED_HAT, "green instead", "add a green hat on the man"),
        (RED_HAT, "dark green instead", "add a dark green hat on the man"),
    ],
)
def test_a_colour_for_an_addition_colours_the_added_thing(rounds: Rounds, text: str, instruction: str) -> None:
    assert decided_calls(text, rounds) == _retry(instruction)


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("can you make it black and white?", "make it black and white"),
        ("turn it sepia", "turn it sepia"),
        ("make it greyscale", "make it greyscale"),
        ("make it blue", "make the croissant blue"),
    ],
)
def test_a_whole_photo_look_is_the_photos(text: str, instruction: str) -> None:
    assert decided_calls(text, CROISSANT) == edit_calls(instruction)


@pytest.mark.parametrize("text", ["replace the cup", "replace the background pls", "swap the cup"])
def test_a_replacement_with_nothing_to_put_in_asks(text: str) -> None:
    assert decided_calls(text, ((None, None),)) == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("replace the cup with a glass", "replace the cup with a glass"),
        ("swap the cup for a glass", "swap the cup for a glass"),
    ],
)
def test_a_replacement_that_says_with_what_is_an_edit(text: str, instruction: str) -> None:
    assert decided_calls(text, ((None, None),)) == edit_calls(instruction)


@pytest.mark.parametrize("text", ["blue saucer not blue cup", "no, blue saucer", "a blue saucer, not the cup"])
def test_the_same_colour_on_another_thing_corrects_the_thing(text: str) -> None:
    assert decided_calls(text, CUP) == _retry("make the saucer blue")


@pytest.mark.parametrize(
    ("text", "instruction"), [("navy blue", "make the cup navy blue"), ("dark blue", "make the cup dark blue")]
)
def test_a_shade_of_the_colour_stays_a_shade(text: str, instruction: str) -> None:
    assert decided_calls(text, CUP) == _retry(instruction)


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("closer to the window", "add a cat on the sofa closer to the window"),
        ("further from the door", "add a cat on the sofa further from the door"),
        ("bigger cat", "add a bigger cat on the sofa"),
        ("orange cat", "add an orange cat on the sofa"),
        ("two cats", "add two cats on the sofa"),
    ],
)
def test_an_addition_moved_or_changed(text: str, instruction: str) -> None:
    assert decided_calls(text, CAT) == _retry(instruction)


@pytest.mark.parametrize(
    ("text", "strength"),
    [("turn it up to 11", "stronger"), ("crank it up to max", "stronger"), ("tone it down a notch", "weaker")],
)
def test_a_dial_turned_is_a_retry_with_that_strength(text: str, strength: str) -> None:
    assert decided_calls(text, CUP) == [("retry_edit", {"strength": strength})]


def test_a_dial_turned_with_no_edit_asks() -> None:
    assert decided_calls("turn it up to 11", ((None, None),)) == []
