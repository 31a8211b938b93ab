"""The rules for corrections and strength retries, third round: "lol" before a correction, the person's own
things ("not my jacket, my backpack"), a misspelt rejected instruction, an added thing with no article that
does something ("add smoke coming out of the volcano"), a style with no article ("pop art"), another kind of
effect ("not grain, light leaks"), and a strength said with a word of the last edit ("redder", "too orange")."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, correct, correction_words
from assistant.understanding.intent import _strength_of_edit
from tests.assistant.dialogue_dev import tree

SMOKE = "add smoke coming out of the volcano"


@pytest.mark.parametrize(
    ("instruction", "correction", "kind", "corrected"),
    [
        ("make the cat black", "lol no i meant the cushion", "correct_object", "make the cushion black"),
        ("make my jacket orange", "not my jacket, my backpack", "correct_object", "make my backpack orange"),
        ("mak the umbrela yelow", "no the towel, not umbrela", "correct_object", "mak the towel yelow"),
        (
            "add smoke coming out of the volcano",
            "lava, not smoke",
            "correct_whole",
            "add lava coming out of the volcano",
        ),
        (
            "add smoke coming out of the volcano",
            "scrap the smoke, make it erupt instead",
            "correct_whole",
            "make it erupt",
        ),
        (
            "make the giraffe purple",
            "sorry, I want the zebra purple not giraffe.",
            "correct_object",
            "make the zebra purple",
        ),
        ("add a film grain effect", "not grain, light leaks", "correct_object", "add a light leaks effect"),
        ("add a sepia filter", "not sepia, black and white", "correct_attribute", "add a black and white filter"),
        ("make it look like a comic book", "pop art, not comic", "correct_attribute", "make it look like pop art"),
        ("make it look like a comic book", "manga, not comic", "correct_attribute", "make it look like a manga"),
    ],
)
def test_a_correction_replaces_what_it_names(instruction: str, correction: str, kind: str, corrected: str) -> None:
    assert correct(instruction, correction, kind) == corrected


def test_lol_is_no_part_of_what_a_correction_names() -> None:
    assert correction_words("lol no i meant the cushion") == "the cushion"
    assert correction_words("haha the cushion") == "the cushion"


def test_my_still_makes_a_remark_of_a_correction_of_another_thing() -> None:
    assert correct("make the cat black", "my cat looks weird", "correct_object") is None


@pytest.mark.parametrize(
    ("words", "intent", "strength"),
    [
        ("redder", "clarify", "stronger"),
        ("more red pls", "clarify", "stronger"),
        ("even redder", "clarify", "stronger"),
        ("lol that's too red", "praise", "weaker"),
        ("too red", "clarify", "weaker"),
        ("bluer", "clarify", None),
        ("too blue", "clarify", None),
        ("redder?", "clarify", None),
        ("is it too red?", "clarify", None),
        ("not too red", "clarify", None),
        ("redder", "praise", None),
        ("redder", "talk", None),
        ("adder", "clarify", None),
    ],
)
def test_a_word_of_the_last_edit_says_which_way_a_strength_retry_goes(
    words: str, intent: str, strength: str | None
) -> None:
    plate = tree((None, None), (0, "make the plate red"))
    assert _strength_of_edit(words, intent, Turn(words, plate)) == strength


def test_no_strength_without_an_edit() -> None:
    assert _strength_of_edit("redder", "clarify", Turn("redder", tree((None, None)))) is None
