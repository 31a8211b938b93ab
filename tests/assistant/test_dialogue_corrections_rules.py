"""The rules that build a corrected instruction: a correction replaces the part of the rejected edit it
names (the object, the attribute, the place, the added thing, the replacement, the style), read from
any of its clauses, and says nothing when it names no part. Each case is a turn after a small session
and the exact calls it must make."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, correct, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList


def _session(instruction: str) -> tuple:
    return ((None, None), (0, instruction))


def _retry(instruction: str) -> CallList:
    return [("retry_edit", {"instruction": instruction})]


CASES: list[tuple[str, str, CallList]] = [
    # the object, named with several words, a possessive, or an attribute ("the red one")
    ("I meant the conductor's baton", "make the tuba gold", _retry("make the conductor's baton gold")),
    ("the red one, not the blue", "make the car green", _retry("make the red car green")),
    ("Not vase. Bowl.", "make the vase yellow", _retry("make the Bowl yellow")),
    ("the pebbles i meant", "make the goldfish blue", _retry("make the pebbles blue")),
    ("it was the railings i wanted green", "make the bin green", _retry("make the railings green")),
    ("sorry, it's the dog bowl I want gone", "remove the cat", _retry("remove the dog bowl")),
    # the attribute, with shades and comparisons, and how the thing gives off its colour
    ("i meant amber", "make the safelight glow deep red", _retry("make the safelight glow amber")),
    ("i meant the saucer tho", "make the cup blue", _retry("make the saucer blue")),
    ("silver instead", "make the sky lanterns glow gold", _retry("make the sky lanterns glow silver")),
    ("I said mustard yellow", "make the vase yellow", _retry("make the vase mustard yellow")),
    ("more of a teal", "make the vase yellow", _retry("make the vase teal")),
    ("blue is wrong, it must be orange-red", "make the goldfish blue", _retry("make the goldfish orange-red")),
    ("actually copper would be nicer than gold", "make the tuba gold", _retry("make the tuba copper")),
    # an addition: the added thing, or where it goes
    ("no, a lamp", "add a vase on the shelf", _retry("add a lamp on the shelf")),
    ("not candles, strawberries", "add candles on the cake", _retry("add strawberries on the cake")),
    ("not him, the boy", "add glasses to the man", _retry("add glasses to the boy")),
    ("next to the lamp, not on the table", "add a candle on the table", _retry("add a candle next to the lamp")),
    ("Wrong place. The bookshelf.", "add a candle on the table", _retry("add a candle on the bookshelf")),
    ("the flag goes on the roof of the cabin", "add a flag on the mast", _retry("add a flag on the roof of the cabin")),
    ("put it on the gutter instead", "add a bird on the roof", _retry("put a bird on the gutter")),
    ("the stars should be golden", "add stars in the sky", _retry("add golden stars in the sky")),
    # a replacement and a style
    (
        "a leather sofa, not that",
        "replace the armchair with a sofa",
        _retry("replace the armchair with a leather sofa"),
    ),
    ("no, oil painting", "turn the photo into a watercolour painting", _retry("turn the photo into an oil painting")),
    ("not winter, summer", "make it look like winter", _retry("make it look like summer")),
    # a whole new instruction, said outright or described, in one of several sentences
    (
        "not remove him, make him wear a red shirt",
        "remove the goalkeeper",
        _retry("make the goalkeeper wear a red shirt"),
    ),
    ("NO. remove the trombone player. thats what i said", "make the tuba gold", _retry("remove the trombone player")),
    (
        "no I wanted the armchair moved to the window",
        "replace the armchair with a sofa",
        _retry("move the armchair to the window"),
    ),
    ("no, i wanted the tulips to be taller, not white", "make the tulips white", _retry("make the tulips taller")),
    ("no, add more goldfish, don't recolour it", "make the goldfish blue", _retry("add more goldfish")),
]


@pytest.mark.parametrize(("text", "instruction", "calls"), CASES, ids=[case[0] for case in CASES])
def test_correction_calls(text: str, instruction: str, calls: CallList) -> None:
    decision = decide(Turn(text, tree(*_session(instruction))))
    assert [(call.name, call.args) for call in decision.calls] == calls


@pytest.mark.parametrize(
    ("correction", "instruction"),
    [
        ("the fifth edit", "add paper lanterns above the stall"),
        ("the one", "add paper lanterns above the stall"),
        ("the thing", "turn on the desk lamp"),
        ("hmm no", "make the cup blue"),
        ("don't recolour it", "make the cup blue"),
    ],
)
def test_words_that_name_no_part_correct_nothing(correction: str, instruction: str) -> None:
    assert correct(instruction, correction, "correct_object") is None


def test_a_rejected_word_of_a_clause_says_which_part_the_next_clause_replaces() -> None:
    assert correct("make the vase yellow", "not vase. bowl", "correct_attribute") == "make the bowl yellow"
    assert correct("make the vase yellow", "not yellow. bowl", "correct_object") == "make the vase bowl"
