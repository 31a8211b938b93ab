"""The second validation set's structure: every case parses and its expected calls can be made in its session.

Only the set is checked here; the model is never run on it (it is for measuring, not tuning).
"""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.evaluation import EDIT_CALLS, WORD_ACTS, Case, effects
from assistant.understanding import ACTS
from tests.assistant.dialogue_validation_second import (
    VALIDATION_SECOND,
    VALIDATION_SECOND_MOVED,
    validation_second_cases,
)

CASES = validation_second_cases()
ROUND_ARGS = ("round", "first", "second", "base_round")


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_expected_calls_can_be_made(case: Case) -> None:
    assert case.act in ACTS
    assert case.text.strip()
    if case.calls:
        assert case.act not in WORD_ACTS
        assert len(effects(case.calls, case, expected=True)) >= 1
    else:
        assert case.act in WORD_ACTS


def test_a_photo_turn_names_its_upload_last() -> None:
    for text, photo, rounds, _, _ in VALIDATION_SECOND:
        if photo:
            assert rounds and rounds[-1] == (None, None), text


def test_moved_turns_name_rounds_by_number_and_are_not_on_the_latest_round() -> None:
    for current, (text, photo, rounds, _, calls) in VALIDATION_SECOND_MOVED:
        assert not photo, text
        assert 0 <= current < len(rounds) - 1, text
        for _, args in calls:
            assert all(isinstance(args[key], int) for key in ROUND_ARGS if key in args), text


def test_the_set_is_large_covers_every_act_and_is_about_half_not_edits() -> None:
    acts = Counter(case.act for case in CASES)
    assert len(CASES) >= 320
    assert set(acts) == set(ACTS)
    no_edit = sum(not any(call.name in EDIT_CALLS for call in case.calls) for case in CASES)
    assert 0.40 <= no_edit / len(CASES) <= 0.60


def test_turns_are_not_repeated_in_the_same_state() -> None:
    seen = Counter(
        (case.text, case.photo, tuple((r.index, r.parent_id, r.instruction) for r in case.rounds), case.current)
        for case in CASES
    )
    assert [key[0] for key, times in seen.items() if times > 1] == []
    assert len({case.id for case in CASES}) == len(CASES)
