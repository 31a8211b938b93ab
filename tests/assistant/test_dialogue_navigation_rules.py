"""The exact rules `decide` uses to find the rounds a navigation turn names: round numbers and counts said
in other ways, the original and the first upload, rounds named by what an edit changed ("without the mist",
"before you painted it"), the sides of a comparison, and undo/redo said twice in one turn. Each case is a
turn in a small session, the calls it must make (none: an answer in words) and the rounds they reach."""

from __future__ import annotations

import pytest

from assistant.references import RoundTree
from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList

PIER = ((None, None), (0, "remove the bench"), (1, "make the lighthouse red"), (2, "add seagulls over the water"))
"""Three edits, each on the one before."""
FORK = ((None, None), (0, "add a hat on the dog"), (1, "make the ball green"), (1, "make the ball orange"))
"""Two tries of the same edit: rounds 2 and 3 were both made from round 1."""
TWO_PHOTOS = ((None, None), (0, "make the bike blue"), (None, None), (2, "remove the fence"))
"""A second photo (round 2) with its own edit."""
MIST = ((None, None), (0, "make the tent yellow"), (1, "add mist over the lake"))

REFERENCE_KEYS = ("round", "first", "second")

CASES: list[tuple[str, tuple, int | None, CallList, list[int]]] = [
    # round numbers and the original, as people type them
    ("go to round number 2", PIER, None, [("revert", {"round": 2})], [2]),
    ("back to the orignal please", PIER, None, [("revert", {"round": "original"})], [0]),
    ("go back to how it looked when i uploaded it", PIER, None, [("revert", {"round": "original"})], [0]),
    ("go back to the picture without any edits", PIER, None, [("revert", {"round": "original"})], [0]),
    ("show me the first photo", TWO_PHOTOS, None, [("show_round", {"round": "first photo"})], [0]),
    ("the 1st edit you made", PIER, None, [("revert", {"round": 1})], [1]),
    # rounds named by what an edit changed
    (
        "show me the lighthouse without the seagulls",
        PIER,
        None,
        [("show_round", {"round": "the lighthouse without the seagulls"})],
        [2],
    ),
    (
        "go back to when the bench was still in the photo",
        PIER,
        None,
        [("revert", {"round": "when the bench was still in the photo"})],
        [0],
    ),
    ("show me the misty one", MIST, None, [("show_round", {"round": "the misty one"})], [2]),
    ("show me the other ball version", FORK, 2, [("show_round", {"round": "the other ball version"})], [3]),
    ("i preferred the orange ball, go back to it", FORK, 2, [("revert", {"round": "the orange ball"})], [3]),
    # counts of steps
    ("undo the last two", PIER, None, [("revert", {"round": "2 steps back"})], [1]),
    ("undo x2", PIER, None, [("revert", {"round": "2 steps back"})], [1]),
    ("redo both", PIER, 1, [("revert", {"round": "2 steps forward"})], [3]),
    ("redo x2", PIER, 1, [("revert", {"round": "2 steps forward"})], [3]),
    ("step back twice", PIER, None, [("revert", {"round": "2 steps back"})], [1]),
    ("back two", PIER, None, [("revert", {"round": "2 steps back"})], [1]),
    # undo and redo: one step unless a round is named, once per turn unless said twice
    ("revert pls, looks bad", PIER, None, [("revert", {"round": "previous"})], [2]),
    ("undo the undo", PIER, 2, [("revert", {"round": "next"})], [3]),
    ("that looks worse. undo", PIER, None, [("revert", {"round": "previous"})], [2]),
    ("alright bring it back, redo", PIER, 2, [("revert", {"round": "next"})], [3]),
    ("undo, undo", PIER, None, [("revert", {"round": "previous"}), ("revert", {"round": "previous"})], [2, 2]),
    # the sides of a comparison
    (
        "compare the mist and no mist",
        MIST,
        None,
        [("compare_rounds", {"first": "the mist", "second": "the no mist"})],
        [2, 1],
    ),
    (
        "compare with how it looked before the mist was added",
        MIST,
        None,
        [("compare_rounds", {"first": "before the mist was added", "second": "current"})],
        [1, 2],
    ),
    (
        "compare the version before the lighthouse and the one after",
        PIER,
        None,
        [("compare_rounds", {"first": "before the lighthouse", "second": "the lighthouse"})],
        [1, 2],
    ),
    (
        "compare the first and the third edit",
        PIER,
        None,
        [("compare_rounds", {"first": 1, "second": "third edit"})],
        [1, 3],
    ),
    (
        "before and after of the seagulls",
        PIER,
        1,
        [("compare_rounds", {"first": "before the seagulls", "second": "the seagulls"})],
        [2, 3],
    ),
    (
        "compare now vs. before the seagulls",
        PIER,
        None,
        [("compare_rounds", {"first": "current", "second": "before the seagulls"})],
        [3, 2],
    ),
]


def _reached(calls: CallList, session: RoundTree) -> list[int]:
    """The round indices the calls' references resolve to, in order (each against the same session)."""
    return [session.resolve(args[key]).index for _, args in calls for key in REFERENCE_KEYS if key in args]


@pytest.mark.parametrize(("text", "rounds", "current", "expected", "indices"), CASES, ids=[c[0] for c in CASES])
def test_navigation_turns_make_exactly_the_expected_calls(
    text: str, rounds: tuple, current: int | None, expected: CallList, indices: list[int]
) -> None:
    session = tree(*rounds, current=current)
    decision = decide(Turn(text, session))
    made = [(c.name, c.args) for c in decision.calls]
    assert made == expected, decision
    assert _reached(made, session) == indices


@pytest.mark.parametrize(
    ("text", "rounds", "words"),
    [
        ("go to round two thousand", PIER, "no round two thousand"),
        ("back to the version where the cat was blue", FORK, "No earlier edit mentions"),
        ("show the version with the purple dinosaur", PIER, "No earlier edit mentions"),
    ],
)
def test_references_that_name_no_round_are_answered_in_words(text: str, rounds: tuple, words: str) -> None:
    decision = decide(Turn(text, tree(*rounds)))
    assert decision.calls == () and words in (decision.reply or ""), decision


def test_words_about_versions_are_never_an_object_correction() -> None:
    decision = decide(Turn("the version", tree(*FORK)))
    assert decision.calls == (), decision


@pytest.mark.parametrize(
    "text", ["how does exporting work?", "what formats can you export?", "can anyone edit it if i share the link?"]
)
def test_questions_about_sharing_and_exporting_are_answered_in_words(text: str) -> None:
    decision = decide(Turn(text, tree(*PIER)))
    assert decision.act == "talk" and decision.calls == (), decision


def test_a_question_that_compares_two_rounds_still_compares() -> None:
    decision = decide(Turn("how does it look compared to round 1?", tree(*PIER)))
    assert [(c.name, c.args) for c in decision.calls] == [("compare_rounds", {"first": "current", "second": 1})], (
        decision
    )
