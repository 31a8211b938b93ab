"""Rules for turns that keep things as they are, or leave an edit for later.

- "the spoon stays", "the spoon can stay" and "the saucer should stay as it is" are answered in words and change
  nothing; before a request ("the spoon stays, remove the saucer") they leave the request a new edit on top, not a
  correction of the last one.
- An edit said "but not yet" is left for later.
- A thing wished gone in a few words is removed ("wheelbarrow gone pls", "squid gone, thx", "mic on the left gotta
  go", "the wheelbarrow really needs to go"); "the cup is gone", "spoon gone?", "kids gotta go" and "dinner's ready
  gotta go" edit nothing.
- "can the hose go?" and "the hose is in the way, could it go?" ask for its removal; "can i go?" and "could it go?"
  with nothing named do not.
- "the sky would be nicer pink" and "the car would be cooler in black" wish that look ("make the sky pink"); "the cup
  would be nicer" names none and asks.
"""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import decided_calls, edit_calls

CUP = ((None, None), (0, "make the cup blue"))


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("the spoon stays", "the spoon"),
        ("the spoon can stay", "the spoon"),
        ("the saucer should stay as it is", "the saucer"),
        ("the big spoon stays", "the big spoon"),
    ],
)
def test_what_stays_changes_nothing(text: str, thing: str) -> None:
    decision = decide(Turn(text, tree(*CUP)))
    assert (decision.act, decision.calls) == ("talk", ())
    assert decision.reply is not None and decision.reply.startswith(f"OK, {thing} stays")


def test_what_stays_before_a_request_leaves_it_a_new_edit() -> None:
    assert decided_calls("the spoon stays, remove the saucer", CUP) == edit_calls("remove the saucer")


def test_an_edit_said_but_not_yet_waits() -> None:
    decision = decide(Turn("next i want to remove the spoon but not yet", tree(*CUP)))
    assert (decision.act, decision.calls) == ("talk", ())


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("wheelbarrow gone pls", "remove the wheelbarrow"),
        ("squid gone, thx", "remove the squid"),
        ("mic on the left gotta go", "remove the mic on the left"),
        ("the wheelbarrow really needs to go", "remove the wheelbarrow"),
        ("my ex gone", "remove my ex"),
        ("want the cone gone", "remove the cone"),
    ],
)
def test_a_thing_wished_gone_is_removed(text: str, instruction: str) -> None:
    assert decided_calls(text, ((None, None),)) == edit_calls(instruction)


@pytest.mark.parametrize(
    "text", ["the cup is gone", "spoon gone?", "kids gotta go", "dinner's ready gotta go", "gotta go"]
)
def test_going_said_of_no_thing_edits_nothing(text: str) -> None:
    assert decided_calls(text, ((None, None),)) == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("the sky would be nicer pink", "make the sky pink"),
        ("the sky would look way better purple", "make the sky purple"),
        ("the car would be cooler in black", "make the car black"),
    ],
)
def test_a_thing_that_would_be_nicer_in_a_look(text: str, instruction: str) -> None:
    assert decided_calls(text, ((None, None),)) == edit_calls(instruction)


def test_nicer_with_no_look_asks() -> None:
    assert decided_calls("the cup would be nicer", ((None, None),)) == []


@pytest.mark.parametrize(
    "text",
    [
        "can the hose go?",
        "could the hose just go away please",
        "the hose is in the way, could it go?",
        "this is my grandma's garden, she's 90. the hose is in the way though, could it go?",
    ],
)
def test_asking_whether_a_thing_can_go_removes_it(text: str) -> None:
    assert decided_calls(text, ((None, None),)) == edit_calls("remove the hose")


@pytest.mark.parametrize("text", ["can i go?", "can we go?", "could it go?"])
def test_going_with_nothing_named_edits_nothing(text: str) -> None:
    assert decided_calls(text, ((None, None),)) == []
