"""The rules that keep reactions, questions, plans and requests to the assistant from editing, and that read
disgust and sarcasm as an undo: a remark that says a thing "is" or "stays" a colour ("the ukulele is so yellow
now"), a colour named alone after praise ("omg 😍 the yellow"), doubt that ends a turn ("a bit much maybe? idk"),
an idea given up ("decided against it"), how the assistant should behave ("be more careful"), web searches, a
question whether old versions are kept, a 3d model, "ew no", "great, now it's ruined", worse than the original,
the old version was better, a removed thing wanted back ("bring back the windsock"), a story before an edit of
"it", "it" that is the whole photo ("make it look like an old polaroid photo"), remarks about an edit done
("removing the windsock was a genius move"), facts checked with a tag ("..., right?"), questions about what an edit
would do, "that yellow tho", wishes for later edits or replies ("keep it subtle from now on", "less chatty pls"),
collages of the versions, photos in general and how two commands differ. Each rule is checked beside a request that
looks like it and must still act."""

from __future__ import annotations

import pytest

from assistant.understanding.edits import _IN_GENERAL, _NOT_PHOTO
from assistant.understanding.intent import (
    _ABOUT_A_FEATURE,
    _ADMIRED,
    _CONDUCT,
    _GERUND_DONE,
    _IF_QUESTION,
    _KEPT_AS_IS,
    _TAG_QUESTION,
    _WEB_SEARCH,
)
from assistant.understanding.rounds import _THING_BACK
from assistant.understanding.vocabulary import ANOTHER_TIME, TAKE_BACK, UNSURE, WITHDRAWN, WORSE
from tests.assistant.rule_calls import CallList, decided_calls, edit_calls

UKULELE = ((None, None), (0, "make the ukulele yellow"))
"""One colour edit."""
CATAMARAN = ((None, None), (0, "remove the windsock"))
"""One removal."""
ZEPPELIN = ((None, None), (0, "add a zeppelin over the yurt"), (1, "make the zeppelin silver"))
"""An addition, then a colour edit."""

EDITING = ("edit_image", "retry_edit")

NO_EDIT: list[tuple[str, tuple]] = [
    # a remark that says what a thing is or stays
    ("the ukulele is so yellow now haha", UKULELE),
    ("the ukulele stays yellow? ok", UKULELE),
    ("the zeppelin looks silver now lol", ZEPPELIN),
    # a colour named alone after praise
    ("omg 😍 the yellow", UKULELE),
    # doubt that ends a turn
    ("the yellow is a bit much maybe? idk", UKULELE),
    ("the silver glows too much maybe? not sure", ZEPPELIN),
    # an idea given up
    ("thought about a rainbow, decided against it", UKULELE),
    # how the assistant should behave
    ("be more careful", UKULELE),
    ("pls be quicker", ZEPPELIN),
    ("try to be more precise", CATAMARAN),
    # searches and what is kept
    ("find me more pics of this yurt online", ZEPPELIN),
    ("search for similar photos", UKULELE),
    ("do you keep my old versions", ZEPPELIN),
    # a 3d model is no photo
    ("make a 3d model of the ukulele", UKULELE),
    # disgust alone, and a question whether it is ruined
    ("ew", UKULELE),
    ("is it ruined?", UKULELE),
    # an edit done as the subject of a remark, a fact checked with a tag, a question about what an edit would do
    ("removing the windsock was a genius move", CATAMARAN),
    ("adding the zeppelin made it so much better", ZEPPELIN),
    ("the windsock was removed, right?", CATAMARAN),
    ("if you remove the totem does the sand get filled in?", CATAMARAN),
    # a thing pointed at with "tho"
    ("that yellow tho 🔥", UKULELE),
    # wishes for later edits and for the assistant's replies
    ("keep it subtle from now on", UKULELE),
    ("less chatty pls", ZEPPELIN),
    # not this photo: all the versions, or photos in general
    ("make a collage of all the versions", ZEPPELIN),
    ("could it add snow to a summer photo", UKULELE),
    ("whats the difference between remove and erase", ZEPPELIN),
    # a wish that a thing stays as it is
    ("make sure the ukulele stays yellow", UKULELE),
]


@pytest.mark.parametrize(("text", "rounds"), NO_EDIT)
def test_talk_with_edit_words_edits_nothing(text: str, rounds: tuple) -> None:
    assert not [name for name, _ in decided_calls(text, rounds) if name in EDITING]


REVERTS: list[tuple[str, tuple, CallList]] = [
    ("ew no", UKULELE, [("revert", {"round": "previous"})]),
    ("eww nooo", ZEPPELIN, [("revert", {"round": "previous"})]),
    ("yuck, nope", CATAMARAN, [("revert", {"round": "previous"})]),
    ("no thanks, old one", ZEPPELIN, [("revert", {"round": "previous"})]),
    ("great, now it's ruined", UKULELE, [("revert", {"round": "previous"})]),
    ("wow thanks, you ruined my dad's photo", ZEPPELIN, [("revert", {"round": "previous"})]),
    ("the old grey zeppelin was better", ZEPPELIN, [("revert", {"round": "previous"})]),
    ("bring back the windsock", CATAMARAN, [("revert", {"round": "previous"})]),
    ("put the windsock back", CATAMARAN, [("revert", {"round": "previous"})]),
]


@pytest.mark.parametrize(("text", "rounds", "calls"), REVERTS)
def test_disgust_sarcasm_and_wanting_a_thing_back_undo(text: str, rounds: tuple, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


def test_worse_than_the_original_goes_back_there() -> None:
    calls = decided_calls("nah thats worse than the original", ZEPPELIN)
    assert [name for name, _ in calls] == ["revert"] and calls[0][1]["round"] in (0, "original", "the original")


ACTING: list[tuple[str, tuple, CallList]] = [
    ("the harmonica yellow too", UKULELE, edit_calls("make the harmonica yellow")),
    (
        "the ukulele is so yellow, make the harmonica yellow too",
        UKULELE,
        edit_calls("make the harmonica yellow"),
    ),
    ("no, the harmonica", UKULELE, [("retry_edit", {"instruction": "make the harmonica yellow"})]),
    ("the yellow is a bit much, tone it down", UKULELE, [("retry_edit", {"strength": "weaker"})]),
    ("thanks! now remove the totem", CATAMARAN, edit_calls("remove the totem")),
    (
        "this is my uncle's zeppelin, make it look brand new",
        ZEPPELIN,
        edit_calls("make the zeppelin look brand new"),
    ),
    ("make it look like an old polaroid photo", UKULELE, edit_calls("make it look like an old polaroid photo")),
    ("download my old versions", ZEPPELIN, [("export_session", {"format": "bundle"})]),
    ("remove the totem right now", CATAMARAN, edit_calls("remove the totem")),
    ("the windsock is gone right? now remove the yurt", CATAMARAN, edit_calls("remove the yurt")),
    ("add snow to the yurt", ZEPPELIN, edit_calls("add snow to the yurt")),
]


@pytest.mark.parametrize(("text", "rounds", "calls"), ACTING)
def test_look_alikes_still_act(text: str, rounds: tuple, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


def test_a_request_to_make_sure_of_a_change_still_edits() -> None:
    assert [name for name, _ in decided_calls("make sure to remove the totem", CATAMARAN)] == ["edit_image"]


def test_the_patterns_keep_their_look_alikes_apart() -> None:
    assert TAKE_BACK.match("ew no") and TAKE_BACK.match("yikes, no thanks")
    assert not TAKE_BACK.match("no") and not TAKE_BACK.match("ew") and not TAKE_BACK.match("no thanks")
    assert WORSE.match("you ruined it") and WORSE.match("perfect. now its completely ruined")
    assert not WORSE.match("dont ruin it") and not WORSE.match("you ruined my weekend lol")
    assert _THING_BACK.match("bring back the windsock") and _THING_BACK.match("put the windsock back")
    assert not _THING_BACK.match("bring back") and not _THING_BACK.match("bring the windsock")
    assert _CONDUCT.match("be more careful") and not _CONDUCT.match("be careful and remove the totem")
    assert _WEB_SEARCH.match("google more photos like this") and not _WEB_SEARCH.match("find the totem and remove it")
    assert _ABOUT_A_FEATURE.match("does the app save my rounds") and not _ABOUT_A_FEATURE.match("save my rounds")
    assert _NOT_PHOTO.search("turn it into a 3d model") and not _NOT_PHOTO.search("make the yurt look 3d")
    assert WITHDRAWN.search("considered it, decided against it")
    assert UNSURE.search("too bright maybe?") and not UNSURE.search("maybe a bit less bright")
    assert _GERUND_DONE.match("adding the totem was a mistake") and not _GERUND_DONE.match("adding a totem pls")
    assert _TAG_QUESTION.search("the totem is gone, right?") and not _TAG_QUESTION.search("make the totem bright?")
    assert _IF_QUESTION.match("if i add a totem will it look fake?")
    assert not _IF_QUESTION.match("if you can, add a totem")
    assert _ADMIRED.match("the yurt though") and not _ADMIRED.match("the yurt though, make it red")
    assert ANOTHER_TIME.search("stronger from now on") and _CONDUCT.match("shorter replies pls")
    assert _IN_GENERAL.search("add snow to a winter photo") and not _IN_GENERAL.search("add a photo frame")
    assert _ABOUT_A_FEATURE.match("whats the difference between undo and revert")
    assert not _ABOUT_A_FEATURE.match("whats the difference between original and now")
    assert _KEPT_AS_IS.match("make sure the yurt doesn't change") and not _KEPT_AS_IS.match("make sure the yurt is red")
