"""The rules that make a third batch of plain edit requests in messy wording an edit with a clean instruction:
fillers that a split must not cut off ("go ahead and ..."), apologies and appreciation before the request, an
emoji that opens it, a gerund before a bare thing and its place, a caption before a dash, "also" between two
requests and a verb with a particle ("tidy up"), "the gate too" after an edit in the same turn, a wish shared
by "and the bin gone", a further change of "it" led by "now" that is no strength retry, a thing wished gone or
"not there", "looks" after an object, "give to", and misspelt "blur" and "brighten"; beside look-alikes that
stay words: an edit someone else wants, one planned for later or after a check, and a question about things in
no particular photo. Each case is a turn in a small session and the exact calls."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, edit_calls

UPLOAD = ((None, None),)
LAMP = ((None, None), (0, "make the lamp green"))
NEW_PHOTO = (*LAMP, (None, None))


CASES: list[tuple[str, tuple, bool, CallList]] = [
    # fillers and politeness
    (
        "go ahead and erase the scuff marks on the floor",
        UPLOAD,
        False,
        edit_calls("erase the scuff marks on the floor"),
    ),
    ("ok just go ahead and make the rug red", UPLOAD, False, edit_calls("make the rug red")),
    ("sorry to bother you but can the curtain be yellow", UPLOAD, False, edit_calls("make the curtain yellow")),
    ("why don't you remove the ladder?", UPLOAD, False, edit_calls("remove the ladder")),
    ("mind adding snowflakes in the window?", UPLOAD, False, edit_calls("add snowflakes in the window")),
    ("🙌 make the sky purple", UPLOAD, False, edit_calls("make the sky purple")),
    # a caption before a dash
    ("holiday pic - brighten it up", NEW_PHOTO, True, edit_calls("brighten it up")),
    # several requests in one turn
    (
        "make the chairs white also remove the vase",
        UPLOAD,
        False,
        edit_calls("make the chairs white", "remove the vase"),
    ),
    ("remove the boxes and tidy up the wires", UPLOAD, False, edit_calls("remove the boxes", "tidy up the wires")),
    ("make the door blue. and the gate too", UPLOAD, False, edit_calls("make the door blue", "make the gate blue")),
    ("i want the bench green and the bin gone", UPLOAD, False, edit_calls("make the bench green", "remove the bin")),
    # "it" after an edit, led by "now": a new change unless it says the last one again
    ("now make it a bit wider", LAMP, False, edit_calls("make the lamp a bit wider")),
    # wishes and non-native wording
    ("i'd like the shopping bags to be gone", UPLOAD, False, edit_calls("remove the shopping bags")),
    ("i want that the ladder is not there", UPLOAD, False, edit_calls("remove the ladder")),
    ("i need that the dog looks like a lion", UPLOAD, False, edit_calls("make the dog look like a lion")),
    ("give to the boy a red cap", UPLOAD, False, edit_calls("give the boy a red cap")),
    # misspelt verbs put right
    ("blurr the faces", UPLOAD, False, edit_calls("blur the faces")),
    ("brigthen the hallway", UPLOAD, False, edit_calls("brighten the hallway")),
    # look-alikes that stay words
    ("my uncle wants to make the lamp gold, ugh", LAMP, False, []),
    ("next week i'll ask you to add a fireplace", UPLOAD, False, []),
    ("before we remove the ladder let me ask my dad", UPLOAD, False, []),
    ("is it possible to add snow to a roof?", UPLOAD, False, []),
    ("can you remove a tattoo from an arm?", UPLOAD, False, []),
    ("my sister wants to know if you can make the lamp blue", UPLOAD, False, edit_calls("make the lamp blue")),
    ("the hall - make it pink", UPLOAD, True, edit_calls("make the hall pink")),
]


@pytest.mark.parametrize(("text", "rounds", "photo", "calls"), CASES, ids=[case[0] for case in CASES])
def test_third_plain_edit_rules(text: str, rounds: tuple, photo: bool, calls: CallList) -> None:
    decision = decide(Turn(text=text, tree=tree(*rounds), photo=photo))
    assert [(call.name, call.args) for call in decision.calls] == calls
