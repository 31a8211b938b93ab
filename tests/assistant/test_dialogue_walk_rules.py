"""Rules for turns met walking `zone chat` through a breakfast session: slang verbs for removing a thing ("lose
the steam", "ditch it" after a complaint) are removals, a complaint about "that" names nothing for a later "it", a
look said for a thing ("silver for the spoon") corrects the last edit, a hyphened "-y" look ("less marble-y") tones
it down, and a goodbye is answered with one."""

from __future__ import annotations

import pytest

from assistant.understanding import FAREWELL_TEXT, GREETED_TEXT, REPLIES, Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import decided_calls, edit_calls

CHIME = ((None, None), (0, "make the porch brighter"), (1, "add a wind chime by the door"))
LANTERN = ((None, None), (0, "make the lantern gold"))


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("lose the wind chime", "remove the wind chime"),
        ("pls ditch the wind chime", "remove the wind chime"),
        ("can you scrap the doormat", "remove the doormat"),
        ("the wind chime looks weird, lose it", "remove the wind chime"),
        ("that doormat is ugly. ditch it pls", "remove that doormat"),
    ],
)
def test_slang_for_removing_a_thing_is_a_removal(text: str, instruction: str) -> None:
    assert decided_calls(text, CHIME) == edit_calls(instruction)


@pytest.mark.parametrize("text", ["scrap the last change", "lose it"])
def test_slang_for_taking_back_the_edit_stays_an_undo(text: str) -> None:
    assert decided_calls(text, CHIME) == [("revert", {"round": "previous"})]


@pytest.mark.parametrize("text", ["i always lose the keys", "ditch that idea", "that looks weird, remove it"])
def test_no_removal_without_a_thing_asked_to_go(text: str) -> None:
    assert decided_calls(text, CHIME) == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("nah i meant silver for the lantern", "make the lantern silver"),
        ("no, silver for the dreamcatcher", "make the dreamcatcher silver"),
        ("no, matte black for the dreamcatcher pls", "make the dreamcatcher matte black"),
    ],
)
def test_a_look_for_a_thing_corrects_the_last_edit(text: str, instruction: str) -> None:
    assert decided_calls(text, LANTERN) == [("retry_edit", {"instruction": instruction})]


@pytest.mark.parametrize(("text", "strength"), [("less marble-y", "weaker"), ("more orange-y please", "stronger")])
def test_a_hyphened_look_tones_the_last_edit(text: str, strength: str) -> None:
    rounds = ((None, None), (0, "make the worktop look like marble"))
    assert decided_calls(text, rounds) == [("retry_edit", {"strength": strength})]


@pytest.mark.parametrize("text", ["bye", "ok bye", "cya", "good night!", "thanks, see you tomorrow", "gotta go, ttyl"])
def test_a_goodbye_is_answered_with_one(text: str) -> None:
    decision = decide(Turn(text, tree(*LANTERN)))
    assert (decision.act, decision.calls, decision.reply) == ("talk", (), FAREWELL_TEXT)


def test_a_greeting_asks_for_a_photo_only_when_there_is_none() -> None:
    assert decide(Turn("hi", tree())).reply == REPLIES["greeting"]
    assert decide(Turn("hi", tree(*LANTERN))).reply == GREETED_TEXT
