"""Round 25's rules, each from a miss of the development sets:

- on a photo with no edit yet, an edit of "the tall one" or "the one on the left" asks which thing is meant, since
  nothing said before tells what "one" stands for; after an edit, or when the turn names the thing ("add a baby
  whale next to the big one"), it is an edit;
- a request with "but not yet" at its end waits ("remove the jeep and add zebras but not yet, let me think");
- a question of what the editor can do that is said to be only a question ("is it possible to make an elephant
  pink? just curious") is answered, while the same question alone is a polite request.
"""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import BREAKFAST, Rounds, decided_calls, edit_calls

FRESH: Rounds = ((None, None),)
LAMPS: Rounds = ((None, None), (0, "add two lamps on the desk"))


@pytest.mark.parametrize(
    "text", ["make the tall one shorter", "remove the ones on the left", "the one in the middle, make it smaller"]
)
def test_one_said_by_its_look_on_a_fresh_photo_asks(text: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*FRESH)))
    assert (decision.act, decision.calls) == ("clarify", ())


@pytest.mark.parametrize(
    ("rounds", "text", "instruction"),
    [
        (LAMPS, "make the tall one shorter", "make the tall one shorter"),
        (FRESH, "add a baby whale next to the big one", "add a baby whale next to the big one"),
        (FRESH, "give the hedgehog one small hat", "give the hedgehog one small hat"),
    ],
)
def test_one_with_something_to_stand_for_is_an_edit(rounds: Rounds, text: str, instruction: str) -> None:
    assert decided_calls(text, rounds) == edit_calls(instruction)


@pytest.mark.parametrize(
    "text",
    [
        "i want to remove the jeep and add zebras but not yet, let me think",
        "remove the jeep, but not yet",
        "add snow but not right now though",
    ],
)
def test_a_request_for_later_waits(text: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*BREAKFAST)))
    assert (decision.act, decision.calls) == ("talk", ())


@pytest.mark.parametrize(
    "text",
    [
        "is it possible to make an elephant pink? just curious",
        "can you make the sky pink? just asking",
        "could u remove the spoon? im just curious",
    ],
)
def test_a_question_said_to_be_only_a_question_is_answered(text: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*BREAKFAST)))
    assert (decision.act, decision.calls) == ("talk", ())


def test_the_same_question_alone_is_a_polite_request() -> None:
    assert decided_calls("can you make the sky pink?", BREAKFAST) == edit_calls("make the sky pink")
