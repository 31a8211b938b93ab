"""Round 21's rules, each from a miss of the development sets r21a-c:

- undo said as "delete the newest edit", "revert the most recent modification", "ugh, the sky looks fake. go back" and
  "that made it worse. can we go back?" is one step back (`rounds._BACK_AFTER_VERDICT`, `rounds._PLAIN_BACK`,
  `decision._said_once`);
- "X not Y" puts X where the last instruction had Y ("vintage not brand new", "away team not home team",
  `corrections._swapped`), where the other readings keep Y or find nothing;
- a photo named by what it shows ("... of the window pic") leaves a question about the session as it is
  (`decision._PHOTO_NAMED`), and "which try is this" asks for the status;
- a retry says its way in "more oomph", "a lower strength", "calm it down", "go lighter on", "but not so green" and
  "but bluer"; "do-over" and "redo the splashes" (the thing just edited) are retries;
- "the leather jacket was nicer", on the round of the fur coat tried beside it, goes to the jacket's round;
  "bring the baby macaque back" redoes up to the edit that added it;
- fillers and reasons: "I would like that you ...", "pretty pls", ", it covers the watches", "pls they show ...";
  "rake" and "shred" and "knock ... over" are photo edits.
"""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import BREAKFAST, CallList, Rounds, decided_calls, edit_calls, fixed_calls

CLOCK: Rounds = ((None, None), (0, "make the wall clock red"))
CAPS: Rounds = ((None, None), (0, "make the home team's caps yellow"))
GUITARS: Rounds = ((None, None), (0, "make the guitars on the wall look brand new"))
SHEETS: Rounds = ((None, None), (0, "make the sheets on the line white"))
SPLASHES: Rounds = ((None, None), (0, "add splashes around the ball"))
MAT: Rounds = ((None, None), (0, "make the mat blue"))
THRIFT: Rounds = (
    (None, None),
    (0, "put a leather jacket on the mannequin"),
    (0, "put a fur coat on the mannequin"),
)
MACAQUE: Rounds = (
    (None, None),
    (0, "add snow falling over the hot spring"),
    (1, "make the old macaque's face redder"),
    (2, "add a baby macaque on the rocks"),
)
BACK = [("revert", {"round": "previous"})]


@pytest.mark.parametrize(
    "text",
    [
        "just delete the newest edit",
        "Please revert the most recent modification.",
        "undo the most recent change",
        "ugh, the croissant looks so fake. go back",
        "that made it look worse honestly. can we go back?",
        "can we go back?",
    ],
)
def test_undo_in_other_words_is_one_step_back(text: str) -> None:
    assert decided_calls(text, BREAKFAST) == BACK


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (CAPS, "away team not home team", fixed_calls("make the away team's caps yellow")),
        (GUITARS, "vintage not brand new", fixed_calls("make the guitars on the wall look vintage")),
        (SHEETS, "off-white not pure white", fixed_calls("make the sheets on the line off-white")),
        (BREAKFAST[:2], "i said red not blue", fixed_calls("make the cup red")),
        (BREAKFAST[:2], "the saucer, not the cup", fixed_calls("make the saucer blue")),
    ],
)
def test_new_words_not_old_ones(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("which version of the loft is this", "session_status"),
        ("which try is this?", "session_status"),
        ("where are we at with the pool pic", "session_status"),
        ("show me the history of the window pic", "list_rounds"),
        ("share the coffee pic pls", "share_session"),
    ],
)
def test_a_photo_named_by_what_it_shows_changes_no_session_question(text: str, call: str) -> None:
    assert decided_calls(text, BREAKFAST) == [(call, {})]


def test_a_photo_named_in_an_edit_stays_in_the_edit() -> None:
    assert decided_calls("add a dog to the beach pic", BREAKFAST) == edit_calls("add a dog to the beach pic")


@pytest.mark.parametrize(
    ("rounds", "text", "strength"),
    [
        (CLOCK, "plz try again w/ more oomph", "stronger"),
        (CLOCK, "retry with a lower strength", "weaker"),
        (CLOCK, "do it again but not so red", "weaker"),
        (CLOCK, "lovely, but go lighter on the red", "weaker"),
        (MAT, "do it again but bluer", "stronger"),
        (CLOCK, "do-over pls", None),
        (SPLASHES, "eh, can u redo the splashes", None),
    ],
)
def test_retries_say_their_way(rounds: Rounds, text: str, strength: str | None) -> None:
    assert decided_calls(text, rounds) == [("retry_edit", {"strength": strength} if strength else {})]


def test_redo_of_something_never_edited_is_not_a_retry() -> None:
    assert decided_calls("redo the sky", CLOCK) == []


def test_a_thing_tried_beside_this_round_called_nicer_is_that_round() -> None:
    calls = decide(Turn(text="the leather jacket was nicer", tree=tree(*THRIFT, current=2))).calls
    assert [(c.name, c.args) for c in calls] == [("revert", {"round": "the leather jacket one"})]


def test_a_thing_brought_back_redoes_up_to_its_edit() -> None:
    calls = decide(Turn(text="bring the baby macaque back", tree=tree(*MACAQUE, current=1))).calls
    assert [(c.name, c.args) for c in calls] == [("revert", {"round": "2 steps forward"})]


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("I would like that you change the clock to plain black please", "change the clock to plain black"),
        ("put a seagull on top of the lamp post, pretty pls", "put a seagull on top of the lamp post"),
        ("make it smaller, it covers the watches", "make the wall clock smaller"),
        ("blur the laptop screens pls they show secret stuff", "blur the laptop screens"),
        ("knock the middle turbine over", "knock the middle turbine over"),
        ("shred the papers on the desk", "shred the papers on the desk"),
    ],
)
def test_fillers_and_reasons_are_not_the_edit(text: str, instruction: str) -> None:
    assert decided_calls(text, CLOCK) == edit_calls(instruction)
