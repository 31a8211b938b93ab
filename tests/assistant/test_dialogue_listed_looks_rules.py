"""Rules for a colour and a thing said without a verb as one item of a list of edits.

"1. remove the bird 2. pink sky", "- remove the bird / - pink sky" on lines and "1. pink sky / 2. remove the bird"
make both edits, "pink sky" making the sky pink (it used to be dropped), as "- gown lavender" already did. Items that
name no thing ("2. navy blue", "2. blue one") are left out; "pink sky" alone is the same request without a verb
(`edits.fragment_edit`).
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

UPLOAD: Rounds = ((None, None),)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("1. remove the bird 2. pink sky", edit_calls("remove the bird", "make the sky pink")),
        ("- remove the bird\n- pink sky", edit_calls("remove the bird", "make the sky pink")),
        ("1. pink sky\n2. remove the bird", edit_calls("make the sky pink", "remove the bird")),
        ("- gown lavender\n- remove the bird", edit_calls("make the gown lavender", "remove the bird")),
        ("1. remove the bird 2. navy blue", edit_calls("remove the bird")),
        ("1. remove the bird 2. blue one", edit_calls("remove the bird")),
        ("pink sky", edit_calls("make the sky pink")),
    ],
)
def test_a_colour_and_a_thing_in_a_list_is_that_recolouring(text: str, calls: CallList) -> None:
    assert decided_calls(text, UPLOAD) == calls
