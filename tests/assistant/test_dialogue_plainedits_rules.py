"""The rules that make a plain edit request an edit with a clean instruction: rarer photo verbs, fillers
that open a request as a question ("is there a way to", "what if you", "why not"), wishes and descriptions
("would be nice to have", "the shelf needs to be", "should have", "should be on"), context that names what
"it" means ("my mom hates the lamp so remove it"), two requests that share a verb or are joined by "plus",
"that" as a determiner, and look-alikes that stay words. Each case is a turn in a small session and the
exact calls."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree

UPLOAD = ((None, None),)
KETTLE = ((None, None), (0, "make the kettle red"))

Calls = list[tuple[str, dict[str, Any]]]


def _edit(*instructions: str) -> Calls:
    return [("edit_image", {"instruction": instruction}) for instruction in instructions]


CASES: list[tuple[str, tuple, Calls]] = [
    # rarer photo verbs
    ("pixelate the faces of the kids", UPLOAD, _edit("pixelate the faces of the kids")),
    ("polish the brass door knob", UPLOAD, _edit("polish the brass door knob")),
    ("lengthen the curtains to the floor", UPLOAD, _edit("lengthen the curtains to the floor")),
    ("ditch the umbrella", UPLOAD, _edit("ditch the umbrella")),
    # a request asked as a question
    ("is there a way to erase the shadow on the wall?", UPLOAD, _edit("erase the shadow on the wall")),
    ("what if you put a candle on the table?", UPLOAD, _edit("put a candle on the table")),
    ("why not add a rug under the chair", UPLOAD, _edit("add a rug under the chair")),
    # wishes and descriptions of the result
    ("it'd be cool if the fountain was frozen", UPLOAD, _edit("make the fountain frozen")),
    ("would be nice to have some swans on the river", UPLOAD, _edit("add some swans on the river")),
    ("the shelves need to be oak", UPLOAD, _edit("make the shelves oak")),
    ("the cabin should have a chimney", UPLOAD, _edit("give the cabin a chimney")),
    ("the kettle should be on the stove", UPLOAD, _edit("put the kettle on the stove")),
    ("i want the candles to flicker", UPLOAD, _edit("make the candles flicker")),
    ("i'd love it to be a foggy morning", UPLOAD, _edit("make it a foggy morning")),
    # context that names what "it" means
    ("my dad hates the clock so please remove it", UPLOAD, _edit("remove the clock")),
    ("we are renting out the cabin so make it look cosy", UPLOAD, _edit("make the cabin look cosy")),
    # two requests in one turn
    ("make the door yellow and the shutters white", UPLOAD, _edit("make the door yellow", "make the shutters white")),
    (
        "put a lamp on the desk and a plant by the window",
        UPLOAD,
        _edit("put a lamp on the desk", "put a plant by the window"),
    ),
    ("blur the plates plus make the sky brighter", UPLOAD, _edit("blur the plates", "make the sky brighter")),
    # fillers and "that" as a determiner
    ("so um make the gate green maybe", UPLOAD, _edit("make the gate green")),
    ("remove that bike leaning on the wall", UPLOAD, _edit("remove that bike leaning on the wall")),
    ("ok try this photo: turn it into a sketch", UPLOAD, _edit("turn it into a sketch")),
    # look-alikes that stay words
    ("remove that", KETTLE, []),
    ("honestly the steam gave it charm", KETTLE, []),
    ("brighten my day with a joke", UPLOAD, []),
    ("repaint my kitchen cabinets white, how much would it cost?", UPLOAD, []),
    ("can we have a look at the history?", KETTLE, [("list_rounds", {})]),
]


@pytest.mark.parametrize(("text", "rounds", "calls"), CASES, ids=[case[0] for case in CASES])
def test_plain_edit_request_rules(text: str, rounds: tuple, calls: Calls) -> None:
    decision = decide(Turn(text=text, tree=tree(*rounds)))
    assert [(call.name, call.args) for call in decision.calls] == calls
