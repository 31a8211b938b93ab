"""The rules that make a plain edit request an edit with a clean instruction: rarer photo verbs, fillers
that open a request as a question ("is there a way to", "what if you", "why not"), wishes and descriptions
("would be nice to have", "the shelf needs to be", "should have", "should be on"), context that names what
"it" means ("my mom hates the lamp so remove it"), two requests that share a verb or are joined by "plus",
"that" as a determiner, and look-alikes that stay words. Each case is a turn in a small session and the
exact calls."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, edit_calls

UPLOAD = ((None, None),)
KETTLE = ((None, None), (0, "make the kettle red"))


CASES: list[tuple[str, tuple, CallList]] = [
    # rarer photo verbs
    ("pixelate the faces of the kids", UPLOAD, edit_calls("pixelate the faces of the kids")),
    ("polish the brass door knob", UPLOAD, edit_calls("polish the brass door knob")),
    ("lengthen the curtains to the floor", UPLOAD, edit_calls("lengthen the curtains to the floor")),
    ("ditch the umbrella", UPLOAD, edit_calls("remove the umbrella")),
    # a request asked as a question
    ("is there a way to erase the shadow on the wall?", UPLOAD, edit_calls("erase the shadow on the wall")),
    ("what if you put a candle on the table?", UPLOAD, edit_calls("put a candle on the table")),
    ("why not add a rug under the chair", UPLOAD, edit_calls("add a rug under the chair")),
    # wishes and descriptions of the result
    ("it'd be cool if the fountain was frozen", UPLOAD, edit_calls("make the fountain frozen")),
    ("would be nice to have some swans on the river", UPLOAD, edit_calls("add some swans on the river")),
    ("the shelves need to be oak", UPLOAD, edit_calls("make the shelves oak")),
    ("the cabin should have a chimney", UPLOAD, edit_calls("give the cabin a chimney")),
    ("the kettle should be on the stove", UPLOAD, edit_calls("put the kettle on the stove")),
    ("i want the candles to flicker", UPLOAD, edit_calls("make the candles flicker")),
    ("i'd love it to be a foggy morning", UPLOAD, edit_calls("make it a foggy morning")),
    # context that names what "it" means
    ("my dad hates the clock so please remove it", UPLOAD, edit_calls("remove the clock")),
    ("we are renting out the cabin so make it look cosy", UPLOAD, edit_calls("make the cabin look cosy")),
    # two requests in one turn
    (
        "make the door yellow and the shutters white",
        UPLOAD,
        edit_calls("make the door yellow", "make the shutters white"),
    ),
    (
        "put a lamp on the desk and a plant by the window",
        UPLOAD,
        edit_calls("put a lamp on the desk", "put a plant by the window"),
    ),
    ("blur the plates plus make the sky brighter", UPLOAD, edit_calls("blur the plates", "make the sky brighter")),
    # fillers and "that" as a determiner
    ("so um make the gate green maybe", UPLOAD, edit_calls("make the gate green")),
    ("remove that bike leaning on the wall", UPLOAD, edit_calls("remove that bike leaning on the wall")),
    ("ok try this photo: turn it into a sketch", UPLOAD, edit_calls("turn it into a sketch")),
    # look-alikes that stay words
    ("remove that", KETTLE, []),
    ("honestly the steam gave it charm", KETTLE, []),
    ("brighten my day with a joke", UPLOAD, []),
    ("repaint my kitchen cabinets white, how much would it cost?", UPLOAD, []),
    ("can we have a look at the history?", KETTLE, [("list_rounds", {})]),
]


@pytest.mark.parametrize(("text", "rounds", "calls"), CASES, ids=[case[0] for case in CASES])
def test_plain_edit_request_rules(text: str, rounds: tuple, calls: CallList) -> None:
    decision = decide(Turn(text=text, tree=tree(*rounds)))
    assert [(call.name, call.args) for call in decision.calls] == calls
