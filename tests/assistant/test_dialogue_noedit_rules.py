"""The rules that keep talk from editing: an edit told of rather than asked for ("my friend said to make the
sky pink"), taken back in the same turn ("... but nvm"), a text or a sum that is no photo edit ("write a
python script", "add 17 and 25"), files that are not the photo ("from my camera roll"), an edit verb that
names no change ("make it", "fix the colours?"), an edit said to be unneeded, and a question about the result
("is it normal that ...") that asks for no other try. Each rule is checked beside a request that looks like it
and must still edit."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from assistant.understanding.decision import _CANCELLED
from assistant.understanding.edits import _NO_CHANGE_NAMED, _NOT_PHOTO, _SUM, NOT_IMAGE_TEXT, _from_first_verb
from assistant.understanding.vocabulary import REPORTED
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList

UPLOAD = ((None, None),)
LAMP = ((None, None), (0, "make the lamp shade green"))
"""One colour edit."""
VASE = ((None, None), (0, "remove the vase from the shelf"))
"""One removal."""


NO_EDIT: list[tuple[str, tuple]] = [
    # edits told of, not asked for
    ("my mum said to remove the fence lol", UPLOAD),
    ("my brother keeps telling me to make the door red", UPLOAD),
    ("i was gonna ask you to add a rainbow but whatever", UPLOAD),
    ("my boss wants me to remove the logo, no idea why", UPLOAD),
    ("in my old phone i used to add stickers to every pic", UPLOAD),
    # taken back in the same turn
    ("remove the bicycle, nah", UPLOAD),
    ("make the roof blue... jk", LAMP),
    # texts, sums and files that are not the photo
    ("write me an email to my landlord", UPLOAD),
    ("write a short poem about the sea", LAMP),
    ("add 3 and 4", UPLOAD),
    ("remove the blurry ones from my camera roll", UPLOAD),
    # an edit verb with nothing to make of it
    ("make it", LAMP),
    ("change the stuff in the corner", UPLOAD),
    ("adjust the colors", UPLOAD),
    # unneeded, or a question about the result
    ("no need to remove the vase again, it's gone", VASE),
    ("is it normal that the shade looks so pale", LAMP),
]

EDITS: list[tuple[str, tuple, CallList]] = [
    ("ok i'm back, remove the fence", UPLOAD, [("edit_image", {"instruction": "remove the fence"})]),
    ("write 'open' on the door", UPLOAD, [("edit_image", {"instruction": "write 'open' on the door"})]),
    ("add 3 candles on the cake", UPLOAD, [("edit_image", {"instruction": "add 3 candles on the cake"})]),
    ("remove the phone from the table", UPLOAD, [("edit_image", {"instruction": "remove the phone from the table"})]),
    ("make it blue", LAMP, [("edit_image", {"instruction": "make the lamp shade blue"})]),
    ("stronger", LAMP, [("retry_edit", {"strength": "stronger"})]),
]


@pytest.mark.parametrize(("text", "rounds"), NO_EDIT, ids=[text for text, _ in NO_EDIT])
def test_talk_and_unclear_turns_make_no_call(text: str, rounds: tuple) -> None:
    decision = decide(Turn(text, tree(*rounds)))
    assert decision.calls == () and decision.act in ("talk", "clarify")


@pytest.mark.parametrize(("text", "rounds", "calls"), EDITS, ids=[text for text, *_ in EDITS])
def test_requests_that_look_like_them_still_edit(text: str, rounds: tuple, calls: CallList) -> None:
    decision = decide(Turn(text, tree(*rounds)))
    assert [(call.name, call.args) for call in decision.calls] == calls


def test_the_rules_read_only_what_they_are_about() -> None:
    assert REPORTED.search("my friend said to") and not REPORTED.search("i said")
    assert _CANCELLED.search("remove the car but nvm") and not _CANCELLED.search("never mind the car, remove the bus")
    assert NOT_IMAGE_TEXT.match("write a python script") and not NOT_IMAGE_TEXT.match("write a poem on the wall")
    assert _SUM.match("add 17 and 25") and not _SUM.match("add 2 ducks and 3 swans")
    assert _NOT_PHOTO.search("remove it from my photo library") and not _NOT_PHOTO.search(
        "remove the photo library sign"
    )
    assert _NO_CHANGE_NAMED.match("fix the colours?") and not _NO_CHANGE_NAMED.match("make it brighter")


def test_a_told_of_edit_stays_unasked_until_the_turn_asks_for_it() -> None:
    told = "my friend said to make the sky pink"
    assert _from_first_verb(told) == told
    assert _from_first_verb("i was gonna leave it but actually remove the fence") == "remove the fence"
    assert _from_first_verb("i thought about it, add a stork on the roof") == "add a stork on the roof"
    assert _from_first_verb("please remove the fence") == "remove the fence"
