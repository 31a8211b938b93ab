"""The rules that make a second batch of plain edit requests an edit with a clean instruction: a request put as
a plan of both sides ("should we", "we should", "we need to"), a need or a lack ("we need the curtains
shorter", "we could use some clouds", "without the man"), a thing suggested in a place ("how about a kite
above the beach"), things not wanted in a place ("no tourists on the bridge"), voice-dictation trailers and a
spoken comma, a reason said with no comma, a colour put right as it is said, misspelt "please" and a letter
typed thrice, an emoji between a remark and the request, and a story told before it; beside look-alikes that
stay words. Each case is a turn in a small session and the exact calls."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, edit_calls

UPLOAD = ((None, None),)
KETTLE = ((None, None), (0, "make the kettle red"))


CASES: list[tuple[str, tuple, CallList]] = [
    # a request put as a plan of both sides
    ("should we put a wreath on the door", UPLOAD, edit_calls("put a wreath on the door")),
    ("we should sharpen the faces", UPLOAD, edit_calls("sharpen the faces")),
    ("maybe we should remove the bin", UPLOAD, edit_calls("remove the bin")),
    ("we need to erase the graffiti on the wall", UPLOAD, edit_calls("erase the graffiti on the wall")),
    # a need, a lack, a suggestion
    ("we need the curtains shorter", UPLOAD, edit_calls("make the curtains shorter")),
    ("we could use some clouds over the hills", UPLOAD, edit_calls("add some clouds over the hills")),
    ("without the man in the doorway", UPLOAD, edit_calls("remove the man in the doorway")),
    ("how about a kite above the beach", UPLOAD, edit_calls("add a kite above the beach")),
    ("no tourists on the bridge please", UPLOAD, edit_calls("remove the tourists on the bridge")),
    # dictation: trailers, a spoken comma, a reason with no comma, a colour put right
    ("make the kettle shinier or something", UPLOAD, edit_calls("make the kettle shinier")),
    ("make the rug thicker you know what i mean", UPLOAD, edit_calls("make the rug thicker")),
    ("remove the cone comma the orange one", UPLOAD, edit_calls("remove the cone, the orange one")),
    ("make the hat smaller it looks silly", UPLOAD, edit_calls("make the hat smaller")),
    ("make the mug green no wait yellow", UPLOAD, edit_calls("make the mug yellow")),
    # an emoji between words separates a remark from the request
    ("so cute 😍 now add her scarf", KETTLE, edit_calls("add her scarf")),
    # typos
    ("plese remvoe the sign", UPLOAD, edit_calls("remove the sign")),
    ("addd a cat on the bench", UPLOAD, edit_calls("add a cat on the bench")),
    # a story before the request
    (
        "we drove six hours to get to this lake and of course a boat full of people parked right in the middle "
        "of it. remove the boat",
        UPLOAD,
        edit_calls("remove the boat"),
    ),
    # look-alikes that keep their meaning or stay words
    ("make it look like a van gogh painting", UPLOAD, edit_calls("make it look like a van gogh painting")),
    ("make the dog look like it looks in winter", UPLOAD, edit_calls("make the dog look like it looks in winter")),
    ("let's take a break", KETTLE, []),
    ("let's take a look at the history", KETTLE, [("list_rounds", {})]),
    ("could you ever remove a whole building?", UPLOAD, []),
    ("make it look less boring", UPLOAD, []),
    ("no more edits for today", KETTLE, []),
    ("how about the sky", UPLOAD, []),
    ("should I remove the fence?", UPLOAD, []),
    ("we need to go now", KETTLE, []),
]


@pytest.mark.parametrize(("text", "rounds", "calls"), CASES, ids=[case[0] for case in CASES])
def test_second_plain_edit_rules(text: str, rounds: tuple, calls: CallList) -> None:
    decision = decide(Turn(text=text, tree=tree(*rounds)))
    assert [(call.name, call.args) for call in decision.calls] == calls
