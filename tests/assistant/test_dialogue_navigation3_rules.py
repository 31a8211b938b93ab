"""Rules for going back to a thing an edit removed, and for dropping an edit by what it changed.

- "bring back the spoon", "restore the spoon" and "get back the spoon" after an older "remove the spoon" go to the
  round that still shows the spoon, not to the round that removed it; a version ("bring back the old one") and a
  round number are read as before.
- "when the spoon was there" is the round before the spoon was removed, as "when the spoon was still there" is; a
  thing an edit added is there from that edit on.
- "ver. 2", "go back to ver. 1" and "rev. 1 please" name rounds: the dot of an abbreviation ends no sentence.
- "show 2" and "display 1" show those rounds; "show 9" on a session of four rounds gets a plain answer.
- "i liked the spoon" or "but i loved the spoon though" right after "remove the spoon" takes the removal back; it is
  no praise.
- "remove the croissant edit", "delete the blue cup edit" and "drop the croissant change" take that edit back
  instead of removing a croissant; naming an edit nobody made gets a plain answer and changes nothing.
"""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import BREAKFAST, decided_calls


def _round_of(text: str) -> int:
    """The round number the turn's one revert lands on."""
    session = tree(*BREAKFAST)
    (call,) = decide(Turn(text, session)).calls
    assert call.name == "revert"
    return session.resolve(call.args["round"]).index


@pytest.mark.parametrize("text", ["bring back the spoon", "restore the spoon", "get back the spoon"])
def test_a_removed_thing_wanted_back_is_the_round_that_shows_it(text: str) -> None:
    assert _round_of(text) == 1


@pytest.mark.parametrize(
    ("text", "round_index"),
    [("bring back the old one", 2), ("bring back round 1", 1), ("bring back the croissant", 3)],
)
def test_versions_and_numbers_brought_back_are_read_as_before(text: str, round_index: int) -> None:
    assert _round_of(text) == round_index


@pytest.mark.parametrize(
    ("reference", "round_index"),
    [
        ("when the spoon was there", 1),
        ("when the spoon was still there", 1),
        ("the one where the spoon was there", 1),
        ("when the croissant was there", 3),
    ],
)
def test_when_a_thing_was_there(reference: str, round_index: int) -> None:
    assert tree(*BREAKFAST).resolve(reference).index == round_index


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("remove the croissant edit", "before the croissant"),
        ("get rid of the croissant edit", "before the croissant"),
        ("delete the blue cup edit", "before the blue cup"),
        ("drop the croissant change", "before the croissant"),
    ],
)
def test_an_edit_dropped_by_what_it_changed_is_taken_back(text: str, before: str) -> None:
    assert decided_calls(text, BREAKFAST) == [("revert", {"round": before})]


def test_an_edit_nobody_made_gets_a_plain_answer() -> None:
    decision = decide(Turn("remove the dog edit", tree(*BREAKFAST)))
    assert decision.calls == ()
    assert decision.reply is not None and '"dog"' in decision.reply


@pytest.mark.parametrize("text", ["i liked the spoon", "but i loved the spoon though"])
def test_a_removed_thing_missed_takes_the_removal_back(text: str) -> None:
    assert decided_calls(text, ((None, None), (0, "remove the spoon"))) == [("revert", {"round": "previous"})]


@pytest.mark.parametrize(("text", "round_index"), [("ver. 2", 2), ("go back to ver. 1", 1), ("rev. 1 please", 1)])
def test_an_abbreviated_version_names_a_round(text: str, round_index: int) -> None:
    assert _round_of(text) == round_index


def test_two_versions_abbreviated_are_compared() -> None:
    assert decided_calls("compare ver. 1 and ver. 3", BREAKFAST) == [("compare_rounds", {"first": 1, "second": 3})]


@pytest.mark.parametrize(("text", "round_index"), [("show 2", 2), ("display 1", 1)])
def test_a_bare_number_after_show_is_that_round(text: str, round_index: int) -> None:
    assert decided_calls(text, BREAKFAST) == [("show_round", {"round": round_index})]


def test_a_bare_number_past_the_last_round_gets_a_plain_answer() -> None:
    decision = decide(Turn("show 9", tree(*BREAKFAST)))
    assert decision.calls == ()
    assert decision.reply is not None and "no round 9" in decision.reply
