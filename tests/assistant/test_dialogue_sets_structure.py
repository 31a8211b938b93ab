"""The hand-written dialogue sets' structure (not the model's answers): every case parses, its expected
calls can be made in its session and match its act, moved turns are not on the latest round, no turn
repeats in one state, and each set has its size and its share of turns that expect no edit."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from assistant.evaluation import EDIT_CALLS, WORD_ACTS, Case, effects
from assistant.understanding import ACTS
from tests.assistant.dialogue_dev_amend import amend_cases
from tests.assistant.dialogue_dev_amend2 import amend2_cases
from tests.assistant.dialogue_dev_clarify3 import clarify3_cases
from tests.assistant.dialogue_dev_clarify4 import clarify4_cases
from tests.assistant.dialogue_dev_compare2 import compare2_cases
from tests.assistant.dialogue_dev_corrections import corrections_cases
from tests.assistant.dialogue_dev_corrections3 import corrections3_cases
from tests.assistant.dialogue_dev_corrections4 import corrections4_cases
from tests.assistant.dialogue_dev_edits2 import edits2_cases
from tests.assistant.dialogue_dev_edits3 import edits3_cases
from tests.assistant.dialogue_dev_edits4 import edits4_cases
from tests.assistant.dialogue_dev_edits5 import edits5_cases
from tests.assistant.dialogue_dev_fixes5 import fixes5_cases
from tests.assistant.dialogue_dev_followups import followups_cases
from tests.assistant.dialogue_dev_goto2 import goto2_cases
from tests.assistant.dialogue_dev_indirect6 import indirect6_cases
from tests.assistant.dialogue_dev_navigation import navigation_cases
from tests.assistant.dialogue_dev_noedit import noedit_cases
from tests.assistant.dialogue_dev_plainedits import plainedits_cases
from tests.assistant.dialogue_dev_refer6 import refer6_cases
from tests.assistant.dialogue_dev_refs import refs_cases
from tests.assistant.dialogue_dev_refs2 import refs2_cases
from tests.assistant.dialogue_dev_refs3 import refs3_cases
from tests.assistant.dialogue_dev_requests import requests_cases
from tests.assistant.dialogue_dev_sessions import sessions_cases
from tests.assistant.dialogue_dev_split6 import split6_cases
from tests.assistant.dialogue_dev_talk2 import talk2_cases
from tests.assistant.dialogue_dev_talk3 import talk3_cases
from tests.assistant.dialogue_dev_talk4 import talk4_cases
from tests.assistant.dialogue_dev_talk5 import talk5_cases
from tests.assistant.dialogue_dev_undo2 import undo2_cases
from tests.assistant.dialogue_validation import validation_cases
from tests.assistant.dialogue_validation_fourth import validation_fourth_cases
from tests.assistant.dialogue_validation_second import validation_second_cases
from tests.assistant.dialogue_validation_third import validation_third_cases

SETS: list[tuple[Callable[[], list[Case]], int, float, float]] = [
    (validation_cases, 300, 0.35, 0.60),
    (validation_second_cases, 320, 0.40, 0.60),
    (validation_third_cases, 330, 0.35, 0.50),
    (validation_fourth_cases, 340, 0.55, 0.75),
    (corrections_cases, 350, 0.0, 1.0),
    (requests_cases, 400, 0.15, 0.35),
    (navigation_cases, 350, 0.90, 1.0),
    (plainedits_cases, 280, 0.15, 0.30),
    (noedit_cases, 300, 0.75, 0.90),
    (refs_cases, 290, 0.90, 1.0),
    (amend_cases, 300, 0.25, 0.45),
    (followups_cases, 290, 0.20, 0.32),
    (edits2_cases, 300, 0.15, 0.25),
    (talk2_cases, 300, 0.75, 0.90),
    (sessions_cases, 320, 0.55, 0.70),
    (amend2_cases, 300, 0.25, 0.45),
    (clarify3_cases, 250, 0.60, 0.80),
    (edits3_cases, 245, 0.22, 0.32),
    (refs2_cases, 270, 0.85, 0.95),
    (corrections3_cases, 250, 0.20, 0.35),
    (undo2_cases, 250, 0.45, 0.65),
    (talk3_cases, 250, 0.65, 0.80),
    (compare2_cases, 250, 0.88, 0.97),
    (edits4_cases, 250, 0.25, 0.40),
    (clarify4_cases, 300, 0.70, 0.85),
    (goto2_cases, 250, 0.85, 0.95),
    (corrections4_cases, 250, 0.20, 0.35),
    (talk4_cases, 250, 0.75, 0.90),
    (refs3_cases, 300, 0.82, 0.95),
    (talk5_cases, 300, 0.70, 0.85),
    (fixes5_cases, 300, 0.20, 0.35),
    (edits5_cases, 290, 0.30, 0.40),
    (refer6_cases, 215, 0.25, 0.40),
    (split6_cases, 215, 0.20, 0.35),
    (indirect6_cases, 230, 0.25, 0.35),
]
"""(cases, least turns, share of turns that expect no edit: least and most) per set."""
IDS = [cases.__name__ for cases, *_ in SETS]


@pytest.mark.parametrize(("cases", "size", "least", "most"), SETS, ids=IDS)
def test_each_case_is_well_formed(cases: Callable[[], list[Case]], size: int, least: float, most: float) -> None:
    made = cases()
    for case in made:
        assert case.act in ACTS and case.text.strip(), case.id
        assert bool(case.calls) != (case.act in WORD_ACTS), case.id
        effects(case.calls, case, expected=True)
        if case.family.endswith(("_moved", "_after_goto")):
            assert case.current is not None and case.current < max(r.index for r in case.rounds), case.id
    no_edit = sum(not any(call.name in EDIT_CALLS for call in case.calls) for case in made)
    assert len(made) >= size and least <= no_edit / len(made) <= most


@pytest.mark.parametrize("cases", [cases for cases, *_ in SETS], ids=IDS)
def test_no_turn_repeats_in_one_state(cases: Callable[[], list[Case]]) -> None:
    made = cases()
    states = Counter(
        (case.text, case.photo, tuple((r.parent_id, r.instruction) for r in case.rounds), case.current) for case in made
    )
    assert [state[0] for state, times in states.items() if times > 1] == []
    assert len({case.id for case in made}) == len(made)


@pytest.mark.parametrize(
    "cases",
    [validation_cases, validation_second_cases, validation_third_cases, validation_fourth_cases],
    ids=["first", "second", "third", "fourth"],
)
def test_the_validation_sets_cover_every_act(cases: Callable[[], list[Case]]) -> None:
    assert {case.act for case in cases()} == set(ACTS)


def test_a_correction_makes_a_sibling_of_the_rejected_edit() -> None:
    """Never an edit on top of the rejected one: the new round's parent is the current round's parent."""
    for case in [*corrections_cases(), *amend_cases(), *amend2_cases(), *sessions_cases()]:
        if case.act != "correction":
            continue
        current = next(r for r in case.rounds if r.index == case.current)
        parent = next(r for r in case.rounds if r.id == current.parent_id)
        made = effects(case.calls, case, expected=True)
        assert [(effect.kind, effect.target) for effect in made] == [("new", parent.index)], case.text
