"""The corrections development set is well formed: every case parses and its expected calls can be made."""

from __future__ import annotations

from collections import Counter

from assistant.evaluation import WORD_ACTS, effects
from tests.assistant.dialogue_dev_corrections import CORRECTIONS, CORRECTIONS_MOVED, corrections_cases


def test_every_expected_call_can_be_made_in_its_session() -> None:
    for case in corrections_cases():
        effects(case.calls, case, expected=True)


def test_the_set_is_large_enough() -> None:
    assert len(corrections_cases()) >= 350


def test_no_turn_is_repeated_in_the_same_state() -> None:
    states = Counter(
        (case.text, case.photo, tuple((r.parent_id, r.instruction) for r in case.rounds), case.current)
        for case in corrections_cases()
    )
    assert [state for state, times in states.items() if times > 1] == []


def test_moved_cases_are_not_on_the_latest_round() -> None:
    for current, (text, _, rounds, _, _) in CORRECTIONS_MOVED:
        assert current < len(rounds) - 1, text


def test_a_turn_without_calls_is_answered_in_words() -> None:
    for case in corrections_cases():
        assert bool(case.calls) != (case.act in WORD_ACTS), case.text


def test_a_correction_makes_a_sibling_of_the_rejected_edit() -> None:
    """Never an edit on top of the rejected one: the new round's parent is the current round's parent."""
    for case in corrections_cases():
        if case.act != "correction":
            continue
        current = next(r for r in case.rounds if r.index == case.current)
        parent = next(r for r in case.rounds if r.id == current.parent_id)
        made = effects(case.calls, case, expected=True)
        assert [(effect.kind, effect.target) for effect in made] == [("new", parent.index)], case.text


def test_every_dev_tuple_names_a_known_act() -> None:
    acts = {act for _, _, _, act, _ in (*CORRECTIONS, *(case for _, case in CORRECTIONS_MOVED))}
    assert acts <= {"correction", "retry", "undo", "redo", "edit", "clarify", "talk"}
