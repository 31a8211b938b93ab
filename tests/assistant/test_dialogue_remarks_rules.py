"""Rules for requests said with a remark around them.

- A reason after a request with no comma is not part of the instruction: "remove the bin its ugly", "take the lamp
  post out its in the way", "remove the bin because it's ugly", "make pic brighter its too dark", "remove the bin i
  hate it" (each kept its reason), while "make the dog wag its tail" keeps "its tail".
- A remark about a thing, then a request of "it" or "them" with no comma ("the bins r ugly remove them", "dude the
  mats look dirty can u clean them up") or a thing named without "the" ("puppet strings r showing, get rid of
  them"), or "em" for "them" ("make em pop"), edits that thing; "the dolls ... before my sister cut them off" tells
  a story and edits nothing.
- With a new photo, "them" points back at a thing the turn named ("took this at the festival, the lanterns are too
  dim, make them brighter"), and a caption then a wish edits ("this is the cake - the topper should be two
  penguins").
- A remark about the last edit's own thing then "make it subtler" tones that edit down ("the sky is too intense,
  make it subtler" was the edit "make the sky subtler").
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

UPLOAD: Rounds = ((None, None),)
SKY: Rounds = ((None, None), (0, "make the sky a deep sunset orange"))


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("remove the bin its ugly", "remove the bin"),
        ("remove the bin pls its ugly", "remove the bin"),
        ("take the lamp post out its in the way", "take the lamp post out"),
        ("remove the bin because it's ugly", "remove the bin"),
        ("remove the bin bc it ruins the shot", "remove the bin"),
        ("make pic brighter its too dark", "make pic brighter"),
        ("make it brighter, too dark", "make it brighter"),
        ("remove the bin i hate it", "remove the bin"),
        ("make the dog wag its tail", "make the dog wag its tail"),
        ("make it look like its raining", "make it look like its raining"),
    ],
)
def test_a_reason_after_a_request_is_cut(text: str, instruction: str) -> None:
    assert decided_calls(text, UPLOAD) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("the bins r ugly remove them", "remove the bins"),
        ("dude the mats look dirty can u clean them up", "clean the mats up"),
        ("the grass is brown can you make it green", "make the grass green"),
        ("puppet strings r showing, get rid of them", "get rid of the puppet strings"),
        ("the barber poles stripes r too faded, make em pop", "make the barber poles stripes pop"),
        ("the photo is too dark, can you brighten it?", "brighten the photo"),
    ],
)
def test_a_remark_then_a_request_of_it_edits_the_thing(text: str, instruction: str) -> None:
    assert decided_calls(text, UPLOAD) == edit_calls(instruction)


def test_a_story_with_them_edits_nothing() -> None:
    text = "the dolls used to have lace collars before my sister cut them off"
    assert decided_calls(text, UPLOAD) == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        (
            "took this at the lantern festival, the lanterns are to dim, make them brigther",
            "make the lanterns brighter",
        ),
        ("this is the wedding cake - the cake topper should be two penguins", "make the cake topper two penguins"),
        ("this is the mustang at the show - id like the chrome to be shinier", "make the chrome shinier"),
    ],
)
def test_with_a_photo_the_request_after_a_caption_edits(text: str, instruction: str) -> None:
    assert decided_calls(text, UPLOAD, photo=True) == edit_calls(instruction)


def test_toning_the_last_edits_thing_down_is_a_weaker_try() -> None:
    weaker: CallList = [("retry_edit", {"strength": "weaker"})]
    assert decided_calls("the sky is too intense, make it subtler", SKY) == weaker
