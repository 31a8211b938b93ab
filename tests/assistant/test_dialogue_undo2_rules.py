"""The rules for undo, redo, retries and strength in messy wording: complaints that mean an undo, "before" said
alone, undo shortcuts and "and the one before" counted as steps, redo said as a shortcut, as an undo taken back
or as a thing wanted back, undo and retries declined, retries with a complaint after them, strength said as
"more vivid", "less intense" or "tone down the <thing of the last edit>", "bring back the last one" after an
undo, and things pushed, pulled or brought somewhere as edits."""

from __future__ import annotations

import pytest

from assistant.understanding import Call, Turn, decide
from assistant.understanding.intent import _ANOTHER_TAKE, _DONT_AMEND, _brings_back_undone
from assistant.understanding.retries import strength_said
from assistant.understanding.rounds import _steps, references
from tests.assistant.dialogue_dev import tree

GLOW = ((None, None), (0, "make the jellyfish glow"))
THREE = ((None, None), (0, "add a kite above the hill"), (1, "make the grass yellow"), (2, "add a crow on the fence"))
UNDONE = ((None, None), (0, "add a crystal chandelier"))

BACK = (Call("revert", {"round": "previous"}),)
NEXT = (Call("revert", {"round": "next"}),)


@pytest.mark.parametrize(
    "text",
    [
        "that's worse",
        "its way worse now",
        "ugh, this is even worse",
        "it looked better before tbh",
        "before looked nicer",
        "hmm no, it was much better before you changed it",
        "go back to how it was before",
        "back to before",
    ],
)
def test_a_complaint_or_a_bare_before_goes_back_one(text: str) -> None:
    assert decide(Turn(text, tree(*GLOW))).calls == BACK


@pytest.mark.parametrize(
    "text",
    [
        "way better than before",
        "is it worse?",
        "worse? no its great",
        "better than i thought",
        "can i undo if i dont like it",
        "could we revert if we change our minds",
    ],
)
def test_praise_and_questions_near_a_complaint_change_nothing(text: str) -> None:
    assert decide(Turn(text, tree(*GLOW))).calls == ()


def test_undo_shortcuts_and_the_one_before_count_as_steps() -> None:
    assert _steps("cmd-z cmd-z") == 2
    assert _steps("ctrl+z ctrl+z ctrl+z") == 3
    assert _steps("undo it and the one before") == 2
    assert _steps("ctrl z") == 1
    assert decide(Turn("undo this and the one before", tree(*THREE))).calls == (
        Call("revert", {"round": "2 steps back"}),
    )


@pytest.mark.parametrize(
    "text", ["ctrl y", "cmd+shift+z", "bring back what i undid", "my undo was a mistake", "un-undo it"]
)
def test_an_undo_taken_back_is_a_redo(text: str) -> None:
    assert decide(Turn(text, tree(*UNDONE, current=0))).calls == NEXT
    assert decide(Turn(text, tree(*UNDONE))).calls == ()  # nothing was undone


def test_an_undo_taken_back_asked_about_changes_nothing() -> None:
    assert decide(Turn("can i ctrl+y later?", tree(*UNDONE, current=0))).calls == ()


def test_the_thing_of_the_undone_edit_wanted_back_is_a_redo() -> None:
    assert _brings_back_undone("i want the chandelier back", tree(*UNDONE, current=0))
    assert _brings_back_undone("ok put the crystal chandeliers back", tree(*UNDONE, current=0))
    assert not _brings_back_undone("put the piano back", tree(*UNDONE, current=0))  # not what was undone
    assert not _brings_back_undone("i want the chandelier back", tree(*UNDONE))  # nothing undone
    assert decide(Turn("give me the chandelier back", tree(*UNDONE, current=0))).calls == NEXT


@pytest.mark.parametrize("text", ["please don't revert", "dont try again, its good", "do not undo anything pls"])
def test_an_undo_or_retry_declined_does_nothing(text: str) -> None:
    assert _DONT_AMEND.match(text)
    assert decide(Turn(text, tree(*GLOW))).calls == ()


def test_a_declined_undo_with_another_request_is_not_declined() -> None:
    assert not _DONT_AMEND.match("don't undo, just make it stronger")


def test_a_retry_one_was_about_to_ask_for_does_nothing() -> None:
    assert decide(Turn("i was about to ask for a reroll but nah its good", tree(*GLOW))).calls == ()


def test_a_retry_with_a_complaint_after_it_is_a_retry() -> None:
    assert _ANOTHER_TAKE.search("try again, the koala looks fake")
    assert _ANOTHER_TAKE.search("do that differently")
    assert not _ANOTHER_TAKE.search("try again, but make it blue")  # a correction, not the same edit
    assert decide(Turn("try it again, the glow looks painted on", tree(*GLOW))).calls == (Call("retry_edit", {}),)


def test_strength_said_with_an_effect_word() -> None:
    assert strength_said("a more vivid version pls", "retry") == "stronger"
    assert strength_said("less intense version of that", "clarify") == "weaker"
    assert strength_said("try again, it looks less real", "retry") is None  # a bare "less" inside a complaint
    assert strength_said("bring it down a notch", "stronger") == "weaker"
    assert strength_said("kick it up a notch", "clarify") == "stronger"


def test_toning_down_a_thing_of_the_last_edit_is_weaker() -> None:
    assert decide(Turn("tone down the glow", tree(*GLOW))).calls == (Call("retry_edit", {"strength": "weaker"}),)
    toned = decide(Turn("tone down the sky", tree(*GLOW))).calls
    assert [call.name for call in toned] != ["retry_edit"]


def test_bring_back_the_last_one_after_an_undo_is_the_newest_round() -> None:
    assert references("bring back the last one", tree(*THREE, current=2)) == ["latest"]
    assert references("bring back the last one", tree(*THREE)) == ["previous"]


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("bring the ladder to the front", "bring the ladder to the front"),
        ("pull the boat onto the sand", "pull the boat onto the sand"),
    ],
)
def test_a_thing_brought_or_pulled_somewhere_is_an_edit(text: str, instruction: str) -> None:
    assert decide(Turn(text, tree(*GLOW))).calls == (Call("edit_image", {"instruction": instruction}),)
