"""Rules for requests that leave a choice open, for counts of undos, for "that" with a shade and for another take.

Each of these was read otherwise before: "remove the kid on the left or the one on the right" and "put a sunflower
field or a lake next to the maze" edited with both in the instruction (`decision._NO_CHOICE`); "undo x10" after three
edits undid one (`rounds._REPEATS` read one digit); "can you make that darker" asked what "that" was
(`pronouns._names_after_pointer`); "eh actually navy would be better" was a remark (`corrections.correction_words`:
"actually" may follow one word); "repeat the edit pls, it came out blurry" asked what to do (`intent._ANOTHER_GO`);
"forget that edit, it was a dumb idea" asked what to do (`decision._REASON_AFTER`: the reason asks nothing more);
"the sunbeams look so cheesy, take them away" removed them on top of the edit that added them
(`decision._TAKEN_THING`); "undo everything after the blue cup" went back to the photo (`rounds._ALL_AFTER`), and "the
red is too dull" asked for a weaker try (`vocabulary.STRONGER_WORDS`); "wat did u do 😭 change it back" showed the
session's state too (`decision._DISMAYED`).
"""

from __future__ import annotations

import pytest

from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls, fixed_calls

UPLOAD: Rounds = ((None, None),)
THREE: Rounds = ((None, None), (0, "make the cup blue"), (1, "add a hat"), (2, "remove the spoon"))
SHUTTLE: Rounds = ((None, None), (0, "make the shuttlecock yellow"))
HULL: Rounds = ((None, None), (0, "paint the trawler's hull dark blue"))
SAMOSAS: Rounds = ((None, None), (0, "make the samosas golden brown"))


@pytest.mark.parametrize(
    "text",
    [
        "remove the kid on the left or the one on the right",
        "put a sunflower field or a lake next to the maze",
        "add a cat or a dog on the sofa",
    ],
)
def test_two_options_and_no_choice_get_a_question(text: str) -> None:
    assert decided_calls(text, UPLOAD) == []


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("undo x10", []),
        ("undo x3", [("revert", {"round": "3 steps back"})]),
        ("go back x2", [("revert", {"round": "2 steps back"})]),
    ],
)
def test_undos_counted_with_x(text: str, calls: CallList) -> None:
    assert decided_calls(text, THREE) == calls


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (SHUTTLE, "can you make that darker", edit_calls("make the shuttlecock darker")),
        (SHUTTLE, "make it brighter", edit_calls("make the shuttlecock brighter")),
        (UPLOAD, "make it brighter", edit_calls("make it brighter")),
        (HULL, "eh actually navy would be better", fixed_calls("paint the trawler's hull navy")),
        (HULL, "navy would be better", []),
        (SAMOSAS, "repeat the edit pls, it came out blurry", [("retry_edit", {})]),
    ],
)
def test_that_with_a_shade_and_another_take(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


DRESS: Rounds = ((None, None), (0, "make her dress deep red"))
SUNBEAMS: Rounds = ((None, None), (0, "make the walls white"), (1, "add sunbeams through the opening"))


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (DRESS, "forget that edit, it was a dumb idea", [("revert", {"round": "previous"})]),
        (SUNBEAMS, "the sunbeams look so cheesy, take them away", [("revert", {"round": "previous"})]),
        (SUNBEAMS, "the walls look weird, take them away", edit_calls("take the walls away")),
    ],
)
def test_taking_back_with_a_reason(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


CROISSANT: Rounds = (
    (None, None),
    (0, "make the cup blue"),
    (1, "add a croissant on the plate"),
    (2, "remove the spoon"),
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [("undo everything after the blue cup", 1), ("undo everything since the croissant", 2)],
)
def test_everything_after_a_named_edit_is_taken_back(text: str, kept: int) -> None:
    [(name, args)] = decided_calls(text, CROISSANT)
    assert name == "revert"
    assert tree(*CROISSANT).resolve(args["round"]).index == kept


PONCHO: Rounds = ((None, None), (0, "make the gaucho's poncho red"))


@pytest.mark.parametrize("text", ["the red is too dull", "really go for it", "go all in"])
def test_a_result_too_dull_asks_for_a_stronger_try(text: str) -> None:
    assert decided_calls(text, PONCHO) == [("retry_edit", {"strength": "stronger"})]


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("wat did u do 😭 change it back", [("revert", {"round": "previous"})]),
        ("what did you do?! undo", [("revert", {"round": "previous"})]),
        ("what did you do?", [("session_status", {})]),
    ],
)
def test_dismay_before_the_way_back_is_no_question(text: str, calls: CallList) -> None:
    assert decided_calls(text, SAMOSAS) == calls
