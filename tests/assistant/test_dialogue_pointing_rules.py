"""Rules for edits that point at their thing in another sentence or write it in shorthand.

- "see the lamp? make it glow", "the lamp? make it glow" and "look at the lamp. remove it" mean the lamp, with or
  without a new photo (with one, "it" used to be the photo).
- "this is my dog. give him a bow tie" and "meet my grandma, give her a crown" mean the one introduced; "this is my
  grandpa's plane, make it shiny" keeps "it", which may be the photo.
- An arrow writes a change: "cat → tiger" turns the cat into a tiger, "sky -> pink" makes it pink, and "blue -> red"
  after "make the cup blue" corrects the colour; "1 -> 2" names no thing and asks.
- "in the style of van gogh", "van gogh style" (no "please" needed) and "like a watercolor" are a style for the whole
  photo, "the old style" and a bare "winter version" (which may name a round) are not; "bg" is the background; "the
  saucer red pls" with a new photo is an edit of it, as it is before any edit.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

UPLOAD: Rounds = ((None, None),)
CUP: Rounds = ((None, None), (0, "make the cup blue"))


@pytest.mark.parametrize("photo", [False, True])
@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("see the lamp? make it glow", "make the lamp glow"),
        ("the lamp? make it glow", "make the lamp glow"),
        ("look at the lamp. remove it", "remove the lamp"),
        ("you see the lamp on the left? can you remove it", "remove the lamp on the left"),
        ("this is my dog. give him a bow tie", "give the dog a bow tie"),
        ("hi! this is my dog, could you give him a little bow tie?", "give the dog a little bow tie"),
        ("meet my grandma, give her a crown", "give the grandma a crown"),
        ("in the style of van gogh", "make it in the style of van gogh"),
        ("van gogh style", "make it van gogh style"),
        ("like a watercolor", "make it a watercolor"),
        ("bg white pls", "make the background white"),
        ("cat → tiger", "turn the cat into a tiger"),
        ("sky -> pink", "make the sky pink"),
    ],
)
def test_the_thing_pointed_at_is_the_one_edited(text: str, instruction: str, photo: bool) -> None:
    assert decided_calls(text, UPLOAD, photo=photo) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "rounds", "photo", "calls"),
    [
        ("this is my grandpa's plane, make it shiny", UPLOAD, True, edit_calls("make it shiny")),
        ("blue -> red", CUP, False, [("retry_edit", {"instruction": "make the cup red"})]),
        ("1 -> 2", CUP, False, []),
        ("in the style of the original", CUP, False, []),
        ("the old style", UPLOAD, False, []),
        ("winter version", UPLOAD, False, []),
        ("the saucer red pls", (*CUP, (None, None)), True, edit_calls("make the saucer red")),
    ],
)
def test_what_is_not_pointed_at_stays(text: str, rounds: Rounds, photo: bool, calls: CallList) -> None:
    assert decided_calls(text, rounds, photo=photo) == calls
