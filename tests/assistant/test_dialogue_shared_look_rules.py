"""Rules for the last edit's colour carried to another thing, or another colour mixed in.

- After "make the sky pink": "same colour for the sea", "same look for the sea" and "make the sea match" make the sea
  pink ("same color for the sea" used to become the edit "color for the sea"); before any edit they ask.
- "more purple" or "a bit more orange pls" after it move the sky towards that colour on top of the pink ("make the
  sky more purple"); "more pink" is the pink made stronger.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

UPLOAD: Rounds = ((None, None),)
SKY: Rounds = ((None, None), (0, "make the sky pink"))


@pytest.mark.parametrize(
    ("text", "rounds", "calls"),
    [
        ("same colour for the sea", SKY, edit_calls("make the sea pink")),
        ("same color for the sea pls", SKY, edit_calls("make the sea pink")),
        ("same look for the sea", SKY, edit_calls("make the sea pink")),
        ("make the sea match", SKY, edit_calls("make the sea pink")),
        ("same colour for the sea", UPLOAD, []),
    ],
)
def test_the_last_look_on_another_thing(text: str, rounds: Rounds, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("more purple", edit_calls("make the sky more purple")),
        ("a bit more orange pls", edit_calls("make the sky more orange")),
        ("more pink", [("retry_edit", {"strength": "stronger"})]),
    ],
)
def test_more_of_another_colour_is_mixed_in_on_top(text: str, calls: CallList) -> None:
    assert decided_calls(text, SKY) == calls
