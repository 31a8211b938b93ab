"""The rules that the retrained model called for after the fourth round of development sets: turns that look
like a command but are none ("whats the difference between retry and redo", "so much more intense, love it",
"not sure yet if i want the lamp removed"), a thing toned down that the last edit did not touch ("tone down the
sky"), a laugh before a request ("lol the marshmallows should be pink" is the request), and a bare thing that
can only name the round the person is on ("the brass lantern"). Each is checked beside a turn that looks like
it and must still act."""

from __future__ import annotations

import pytest

from assistant.understanding import Call, Turn, decide
from tests.assistant.dialogue_dev import tree

GLOW = ((None, None), (0, "make the jellyfish glow"))
LANTERN = ((None, None), (0, "make the lantern look rusty"), (1, "make the lantern glow"))


@pytest.mark.parametrize(
    "text",
    [
        "whats the difference between retry and redo",
        "what is the difference between undo and going back?",
        "so much more intense, love it",
        "way softer now, i love this!",
        "not sure yet if i want the lamp removed or not, thinking",
        "im still undecided whether the sky should be pink",
        "lol",
        "haha that's funny",
    ],
)
def test_turns_that_only_look_like_commands_make_no_call(text: str) -> None:
    assert decide(Turn(text, tree(*GLOW))).calls == ()


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("make it stronger, love it", (Call("retry_edit", {"strength": "stronger"}),)),
        ("not sure if you can, but make the sky pink", (Call("edit_image", {"instruction": "make the sky pink"}),)),
        ("tone down the glow", (Call("retry_edit", {"strength": "weaker"}),)),
        ("tone down the sky", (Call("edit_image", {"instruction": "tone down the sky"}),)),
        ("lol the marshmallows should be pink", (Call("edit_image", {"instruction": "make the marshmallows pink"}),)),
        ("haha add a hat on the dog", (Call("edit_image", {"instruction": "add a hat on the dog"}),)),
    ],
)
def test_look_alikes_still_act(text: str, calls: tuple[Call, ...]) -> None:
    assert decide(Turn(text, tree(*GLOW))).calls == calls


def test_a_bare_thing_that_names_only_the_current_round_corrects_the_edit() -> None:
    (call,) = decide(Turn("the brass lantern", tree(*LANTERN))).calls
    assert call == Call("retry_edit", {"instruction": "make the brass lantern glow"})
    (moved,) = decide(Turn("the rusty lantern", tree(*LANTERN))).calls
    assert moved.name == "revert"
