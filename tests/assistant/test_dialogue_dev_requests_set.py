"""The requests development set's structure: every case parses and its expected calls can be made in its session.

Only the set is checked here; the model is not run on it.
"""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.evaluation import WORD_ACTS, Case, effects
from assistant.understanding import ACTS
from tests.assistant.dialogue_dev_requests import REQUESTS, requests_cases

CASES = requests_cases()


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_expected_calls_can_be_made(case: Case) -> None:
    assert case.act in ACTS
    assert case.text.strip()
    if case.calls:
        assert case.act == "edit"
        assert all(call.name == "edit_image" for call in case.calls)
        assert len(effects(case.calls, case, expected=True)) == len(case.calls)
    else:
        assert case.act in WORD_ACTS


def test_a_photo_turn_names_its_upload_last() -> None:
    for text, photo, rounds, _, _ in REQUESTS:
        if photo:
            assert rounds and rounds[-1] == (None, None), text


def test_a_turn_asks_for_one_to_three_edits() -> None:
    assert {len(case.calls) for case in CASES} == {0, 1, 2, 3}


def test_the_set_is_large_and_mostly_requests_with_look_alikes() -> None:
    acts = Counter(case.act for case in CASES)
    assert len(CASES) >= 400
    assert acts["edit"] >= 300
    assert sum(acts[act] for act in WORD_ACTS) >= 100
    assert {"talk", "clarify", "caption"} <= set(acts)


def test_turns_are_not_repeated_in_the_same_state() -> None:
    seen = Counter(
        (case.text, case.photo, tuple((r.index, r.parent_id, r.instruction) for r in case.rounds), case.current)
        for case in CASES
    )
    assert [key[0] for key, times in seen.items() if times > 1] == []
    assert len({case.id for case in CASES}) == len(CASES)
