"""The rules that keep more talk with edit words from editing: a plan for another time ("could be fun to add snow
someday"), someone else's wish ("my wife wants it red"), an edit one will only ask for later ("i'll probably ask
you to remove it tomorrow"), code and moving pictures ("fix my css", "animate the steam"), a question whether a
kind of edit can be done ("are you able to remove people from the background?"), a question about a colour ("is
orange too loud for a gym?"), how many rounds a session may have, a remark read as a comparison ("such a nice
contrast", "pops against the water"), greetings and thanks in other languages ("au revoir" read as a revert) and
keyboard mash ("zxcvbn"). Each rule is checked beside a request that looks like it and must still act."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from assistant.understanding.decision import _FOREIGN_SOCIAL, _HOW_MANY_TIMES, _mashed
from assistant.understanding.edits import _ABLE_IN_GENERAL, _NOT_PHOTO, _NOW
from assistant.understanding.intent import _COMPARED, _REMARK
from assistant.understanding.vocabulary import ANOTHER_TIME, ASKS_ABOUT_IT, REPORTED, SOMEONE_ELSE
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, decided_calls

UPLOAD = ((None, None),)
SHED = ((None, None), (0, "make the shed green"))
"""One colour edit."""
POOL = ((None, None), (0, "add a flamingo float in the pool"), (1, "make the tiles turquoise"))
"""An addition, then a colour edit."""
ORCHID = ((None, None), (0, "remove the price tag from the pot"))
"""One removal."""

EDITING = ("edit_image", "retry_edit")

NO_EDIT: list[tuple[str, tuple]] = [
    # a plan for another time
    ("could be nice to add a hammock someday", SHED),
    ("one day i'll paint the real shed blue", SHED),
    ("tomorrow i'll probably ask you to remove the ladder", SHED),
    ("next summer we want to make the tiles white", POOL),
    ("might add my sister in a later photo", POOL),
    ("maybe remove the watering can at some point, not sure", ORCHID),
    # someone else's wish told
    ("my husband wants the shed red but i like green", SHED),
    ("the man at the garden centre said to paint it grey", SHED),
    # text, code and moving pictures are not the photo
    ("fix my html: <b>hello", UPLOAD),
    ("can you animate the water?", POOL),
    ("make it into a gif", POOL),
    # a question about what can be done in general, or about a colour
    ("are you able to remove objects from the sky?", UPLOAD),
    ("r u able to add tattoos on arms", UPLOAD),
    ("are you able to add boats to lakes?", UPLOAD),
    ("is turquoise too bright for tiles?", POOL),
    ("how many rounds can i make", SHED),
    # a remark read as a comparison
    ("the green shed against the hedge is so pretty", SHED),
    ("the turquoise really pops against the white tiles", POOL),
    # greetings, thanks and goodbyes in other languages
    ("merci beaucoup, au revoir", SHED),
    ("danke schön 🙏", POOL),
    ("arrivederci", ORCHID),
    # keyboard mash
    ("zxcvbn", SHED),
    ("hgfhgf", POOL),
    ("qwrtplk", ORCHID),
]

ACTS: list[tuple[str, tuple, CallList]] = [
    ("add a hammock between the trees", SHED, [("edit_image", {"instruction": "add a hammock between the trees"})]),
    (
        "are you able to put snow on the shed?",
        SHED,
        [("edit_image", {"instruction": "put snow on the shed"})],
    ),
    ("make the float a giant swan", POOL, [("edit_image", {"instruction": "make the float a giant swan"})]),
    ("the turquoise is too strong, tone it down", POOL, [("retry_edit", {"strength": "weaker"})]),
    ("undo", ORCHID, [("revert", {"round": "previous"})]),
    ("compare the original with this one", POOL, [("compare_rounds", {"first": "original", "second": "current"})]),
    ("merci! now paint the door red", SHED, [("edit_image", {"instruction": "paint the door red"})]),
    ("danke, remove the hose", SHED, [("edit_image", {"instruction": "remove the hose"})]),
    ("i said red not green", SHED, [("retry_edit", {"instruction": "make the shed red"})]),
    (
        "this shed was my dad's, make it look new",
        SHED,
        [("edit_image", {"instruction": "make this shed look new"})],
    ),
]


@pytest.mark.parametrize(("text", "rounds"), NO_EDIT, ids=[t for t, _ in NO_EDIT])
def test_plans_code_questions_and_mash_make_no_edit(text: str, rounds: tuple) -> None:
    assert not [name for name, _ in decided_calls(text, rounds) if name in EDITING]


def test_mash_never_moves_the_session() -> None:
    for text in ("zxcvbn", "hgfhgf", "qwrtplk"):
        assert decide(Turn(text=text, tree=tree(*POOL))).calls == ()


@pytest.mark.parametrize(("text", "rounds", "calls"), ACTS, ids=[t for t, *_ in ACTS])
def test_look_alikes_still_act(text: str, rounds: tuple, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


def test_each_rule_reads_its_own_words() -> None:
    assert ANOTHER_TIME.search("add snow someday") and not ANOTHER_TIME.search("add snow on the other one")
    assert _NOW.search("tomorrow i print it, for now remove the lamp") and not _NOW.search("not today though")
    assert REPORTED.search("i'll probably ask you to ") and not REPORTED.search("i'd like you to ")
    assert REPORTED.search("might ") and not REPORTED.search("you might as well ")
    assert _NOT_PHOTO.search("fix my css") and not _NOT_PHOTO.search("fix the sign")
    assert _NOT_PHOTO.search("animate the steam") and not _NOT_PHOTO.search("make it look like a video game")
    assert _ABLE_IN_GENERAL.match("are you able to remove people") and not _ABLE_IN_GENERAL.match(
        "are you able to remove the people"
    )
    assert ASKS_ABOUT_IT.match("is orange too loud") and not ASKS_ABOUT_IT.match("is too strong, more light")
    assert _HOW_MANY_TIMES.match("how many edits can i do") and not _HOW_MANY_TIMES.match("how many edits have we done")
    assert _REMARK.search("is such a nice contrast") and not _REMARK.search("compare it with the first")
    assert _COMPARED.search("the first one vs now") and not _COMPARED.search("the orange pops against the water")
    assert _FOREIGN_SOCIAL.match("grazie mille!") and not _FOREIGN_SOCIAL.match("grazie, remove the hose")
    assert SOMEONE_ELSE.match("my wife wants the kayak red") and not SOMEONE_ELSE.match("a red hat i said")
    assert not SOMEONE_ELSE.match("my sister wants to know if you can make her dress blue")
    assert _mashed("zxcvbn hgfhgf") and not _mashed("thx") and not _mashed("hmm ok")
