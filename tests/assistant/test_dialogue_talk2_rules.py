"""The rules that keep remarks, plans and vague wishes from editing: a remark about the result is no object to
correct ("the pole lost its stripes"), an edit one only might make is no request ("i could add a moustache"),
a question about what someone else can do ("can my sister open this on her phone?") or may do later ("can i
get the original back later?"), a feature to explain ("explain how the undo works"), disappointment ("i
expected more"), a rating ("give it a score out of 10"), history that is not the session's,
and an edit verb with a wish and no change ("fix it pls it's broken", "make her look nice", "give it some
life"). Each rule is checked beside a request that looks like it and must still act."""

from __future__ import annotations

import pytest

from assistant.understanding.corrections import _NOT_A_PHRASE
from assistant.understanding.edits import _NO_CHANGE_NAMED, _NOT_ASKED, _NOT_PHOTO
from assistant.understanding.intent import _DISAPPOINTED, _HOW_IT_WORKS, _LATER_QUESTION, _OTHER_HISTORY
from assistant.understanding.vocabulary import REPORTED, VAGUE
from tests.assistant.rule_calls import CallList, decided_calls

UPLOAD = ((None, None),)
CHAIR = ((None, None), (0, "make the barber chair red"))
"""One colour edit."""
DOG = ((None, None), (0, "add a dalmatian next to the fire truck"))
"""One addition."""
GARDEN = ((None, None), (0, "remove the tree stump"))
"""One removal."""


NO_EDIT: list[tuple[str, tuple]] = [
    # a remark about the result, not an object to correct
    ("the lighting doesnt match anymore", DOG),
    ("the pole lost its stripes??", CHAIR),
    ("the mirror has a weird shadow", CHAIR),
    # edits one might make, or someone else might do
    ("i could add a moustache to the barber but he'd kill me", CHAIR),
    ("later i might ask you to add my grandpa in", GARDEN),
    ("we may paint the shed green someday", GARDEN),
    ("can my sister open this session on her phone?", CHAIR),
    ("can i get the untouched photo back later?", GARDEN),
    ("could we remove more things afterwards?", GARDEN),
    # a rating, other history
    ("give it a score out of 10", CHAIR),
    ("tell me about the history of rickshaws", CHAIR),
    # an edit verb with a wish and no change
    ("fix it pls it's broken", CHAIR),
    ("can you clean it up", UPLOAD),
    ("add some stuff", DOG),
    ("make it more aesthetic", CHAIR),
    ("make it instagrammable", CHAIR),
    ("make her look nice", CHAIR),
    ("give it some life", GARDEN),
    ("make it look less boring", CHAIR),
    ("honestly i expected more", DOG),
    ("explain how the undo works", CHAIR),
]

ACTS: list[tuple[str, tuple, CallList]] = [
    ("the lamp too", CHAIR, [("edit_image", {"instruction": "make the lamp red"})]),
    ("no, the mirror", CHAIR, [("retry_edit", {"instruction": "make the mirror red"})]),
    ("add a moustache to the barber", CHAIR, [("edit_image", {"instruction": "add a moustache to the barber"})]),
    (
        "could you add a bench where the stump was",
        GARDEN,
        [("edit_image", {"instruction": "add a bench where the stump was"})],
    ),
    (
        "give the barber a score card in his hand",
        CHAIR,
        [("edit_image", {"instruction": "give the barber a score card in his hand"})],
    ),
    ("fix the crooked fence", GARDEN, [("edit_image", {"instruction": "fix the crooked fence"})]),
    ("clean up the lawn", GARDEN, [("edit_image", {"instruction": "clean up the lawn"})]),
    ("add some flowers on the lawn", GARDEN, [("edit_image", {"instruction": "add some flowers on the lawn"})]),
    ("make her look older", CHAIR, [("edit_image", {"instruction": "make her look older"})]),
    ("give the dog a red collar", DOG, [("edit_image", {"instruction": "give the dog a red collar"})]),
    ("make the chair less shiny", CHAIR, [("edit_image", {"instruction": "make the chair less shiny"})]),
    ("more!", CHAIR, [("retry_edit", {"strength": "stronger"})]),
    ("undo", GARDEN, [("revert", {"round": "previous"})]),
    ("show me the history of edits", CHAIR, [("list_rounds", {})]),
]


@pytest.mark.parametrize(("text", "rounds"), NO_EDIT, ids=[t for t, _ in NO_EDIT])
def test_remarks_plans_and_wishes_make_no_edit(text: str, rounds: tuple) -> None:
    assert not [name for name, _ in decided_calls(text, rounds) if name in ("edit_image", "retry_edit")]


@pytest.mark.parametrize(("text", "rounds", "calls"), ACTS, ids=[t for t, *_ in ACTS])
def test_look_alikes_still_act(text: str, rounds: tuple, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


def test_each_rule_reads_its_own_words() -> None:
    assert _NOT_A_PHRASE.search("the pole lost its stripes") and not _NOT_A_PHRASE.search("the barber pole")
    assert REPORTED.search("i might ") and not REPORTED.search("i want you to ")
    assert _NOT_ASKED.search("can my sister ") and not _NOT_ASKED.search("can you ")
    assert _LATER_QUESTION.match("can i undo later") and not _LATER_QUESTION.match("can you undo it")
    assert _NOT_PHOTO.search("give it a score out of 10") and not _NOT_PHOTO.search("add 10 candles")
    assert _OTHER_HISTORY.search("the history of rickshaws") and not _OTHER_HISTORY.search("the history of edits")
    assert _NO_CHANGE_NAMED.match("fix it pls it's broken") and not _NO_CHANGE_NAMED.match("fix it so the sky is blue")
    assert VAGUE.search("make her look nice") and not VAGUE.search("make her look older")
    assert _DISAPPOINTED.search("honestly i expected more") and not _DISAPPOINTED.search("i expected that, more please")
    assert _HOW_IT_WORKS.match("explain how the undo works") and not _HOW_IT_WORKS.match("undo how it was")
