"""The navigation development set's structure: every case parses and its expected calls can be made.

Only the set is checked here; the model is not run on it.
"""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.evaluation import WORD_ACTS, Case, effects
from assistant.understanding import ACTS
from tests.assistant.dialogue_dev_navigation import NAVIGATION, NAVIGATION_MOVED, navigation_cases

CASES = navigation_cases()
ROUND_ARGS = ("round", "first", "second", "base_round")
NAVIGATION_ACTS = ("goto", "show", "compare", "status", "history", "share", "revoke", "export", "undo", "redo")


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_expected_calls_can_be_made(case: Case) -> None:
    assert case.act in ACTS
    assert case.text.strip()
    if case.calls:
        assert case.act not in WORD_ACTS
        assert len(effects(case.calls, case, expected=True)) >= 1
    else:
        assert case.act in WORD_ACTS


def test_round_references_are_numbers() -> None:
    for text, _, _, _, calls in (*NAVIGATION, *(case for _, case in NAVIGATION_MOVED)):
        for _, args in calls:
            assert all(isinstance(args[key], int) for key in ROUND_ARGS if key in args), text


def test_a_photo_turn_names_its_upload_last() -> None:
    for text, photo, rounds, _, _ in NAVIGATION:
        if photo:
            assert rounds and rounds[-1] == (None, None), text


def test_turns_after_a_goto_are_not_on_the_latest_round() -> None:
    for current, (text, photo, rounds, _, _) in NAVIGATION_MOVED:
        assert not photo, text
        assert 0 <= current < len(rounds) - 1, text


def test_the_set_is_large_and_covers_navigation_and_words() -> None:
    acts = Counter(case.act for case in CASES)
    assert len(CASES) >= 350
    assert all(acts[act] >= 10 for act in (*NAVIGATION_ACTS, "talk", "clarify")), acts


def test_turns_are_not_repeated_in_the_same_state() -> None:
    seen = Counter(
        (case.text, case.photo, tuple((r.index, r.parent_id, r.instruction) for r in case.rounds), case.current)
        for case in CASES
    )
    assert [key[0] for key, times in seen.items() if times > 1] == []
    assert len({case.id for case in CASES}) == len(CASES)
