"""The rules that answer a vague turn with a question and let its clear look-alikes act: a wish for a named
thing to look good names no change ("make the statue look better"), a request that breaks off before the
change ("replace the bench with", "make the fountain more", "give the statue") is unclear, a colour said
alone right after a recolouring is that colour instead ("crimson" after "make the door red"), and "the other
one" after an edit of one side is the other side. Each rule is checked beside a turn that looks like it and
must do otherwise."""

from __future__ import annotations

import pytest

from assistant.understanding.vocabulary import BARE_COLOUR, BREAKS_OFF, OTHER_SIDE, VAGUE
from tests.assistant.rule_calls import CallList, decided_calls

UPLOAD = ((None, None),)
DOOR = ((None, None), (0, "make the door red"))
"""One recolouring of a named object."""
BENCH = ((None, None), (0, "remove the bench"))
"""One removal: no colour to change."""
LAMP = ((None, None), (0, "turn the left lamp blue"))
"""One recolouring of one of two sides."""


NO_EDIT: list[tuple[str, tuple]] = [
    # a wish for a named thing to look good
    ("make the statue look better", UPLOAD),
    ("can you make my photo prettier", UPLOAD),
    ("make the garden look amazing", DOOR),
    ("make this one look fancy", UPLOAD),
    # a request that breaks off before the change
    ("add a lamp to the", UPLOAD),
    ("replace the bench with", UPLOAD),
    ("make the fountain more", UPLOAD),
    ("remove the um", UPLOAD),
    ("give the statue", UPLOAD),
    ("colour the window and", DOOR),
    ("could you change the door to", DOOR),
    # a colour that corrects nothing: no edit, a question, an edit that changed no colour
    ("crimson", UPLOAD),
    ("blue?", DOOR),
    ("green", BENCH),
    ("rose", ((None, None), (0, "make the rose purple"))),
    # "the other one" with no side to flip
    ("no the other one", DOOR),
    ("the other one", UPLOAD),
]

ACTS: list[tuple[str, tuple, CallList]] = [
    ("crimson", DOOR, [("retry_edit", {"instruction": "make the door crimson"})]),
    ("hmm dark green pls", DOOR, [("retry_edit", {"instruction": "make the door dark green"})]),
    ("copper!", DOOR, [("retry_edit", {"instruction": "make the door copper"})]),
    ("no, the other one", LAMP, [("retry_edit", {"instruction": "turn the right lamp blue"})]),
    ("make the statue look older", UPLOAD, [("edit_image", {"instruction": "make the statue look older"})]),
    ("turn the lights on", UPLOAD, [("edit_image", {"instruction": "turn the lights on"})]),
    ("replace the bench with a swing", UPLOAD, [("edit_image", {"instruction": "replace the bench with a swing"})]),
    ("give the statue a hat", UPLOAD, [("edit_image", {"instruction": "give the statue a hat"})]),
    (
        "add a bird to the roof of the shed",
        UPLOAD,
        [("edit_image", {"instruction": "add a bird to the roof of the shed"})],
    ),
    ("redder", DOOR, [("retry_edit", {"strength": "stronger"})]),
]


@pytest.mark.parametrize(("text", "rounds"), NO_EDIT, ids=[t for t, _ in NO_EDIT])
def test_vague_turns_make_no_edit(text: str, rounds: tuple) -> None:
    assert not [name for name, _ in decided_calls(text, rounds) if name in ("edit_image", "retry_edit")]


@pytest.mark.parametrize(("text", "rounds", "calls"), ACTS, ids=[t for t, *_ in ACTS])
def test_clear_look_alikes_act(text: str, rounds: tuple, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


def test_each_rule_reads_its_own_words() -> None:
    assert VAGUE.search("make the statue look better") and not VAGUE.search("make the statue look older")
    assert BREAKS_OFF.search("change the door to") and not BREAKS_OFF.search("turn the lights on")
    assert BREAKS_OFF.search("make the fountain more") and not BREAKS_OFF.search("make the fountain more blue")
    assert not BREAKS_OFF.search("make the fountain sparkle more")
    assert BREAKS_OFF.search("give the statue") and not BREAKS_OFF.search("give the statue a hat")
    assert BARE_COLOUR.fullmatch("dark green") and not BARE_COLOUR.fullmatch("bigger")
    assert BARE_COLOUR.fullmatch("navy") and not BARE_COLOUR.fullmatch("bright")
    assert OTHER_SIDE.fullmatch("the other one") and not OTHER_SIDE.fullmatch("the other one too")
