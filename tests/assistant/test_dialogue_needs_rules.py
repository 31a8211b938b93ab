"""Rules for a thing said to need something.

"the maze needs more people in it", "the counter could use a bit more ice" and "the sky needs some clouds" add more
of that to the thing (they used to ask); one thing or a quality it needs is given to it as before ("the room needs a
plant": "give the room a plant", "the sky needs more drama": "give the sky more drama"), and so are the photo's own
needs ("the photo needs a sunset"); a chore ("the tablecloth could do with an iron") or "it needs something" asks.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

UPLOAD: Rounds = ((None, None),)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("the maze needs more people in it", edit_calls("add more people to the maze")),
        ("the counter could use a bit more ice", edit_calls("add more ice to the counter")),
        ("the sky needs some clouds", edit_calls("add some clouds to the sky")),
        ("the room needs a plant", edit_calls("give the room a plant")),
        ("the sky needs more drama", edit_calls("give the sky more drama")),
        ("the photo needs a sunset", edit_calls("give the photo a sunset")),
        ("the tablecloth could do with an iron lol", []),
        ("it needs something", []),
    ],
)
def test_what_a_thing_needs_is_added_to_it(text: str, calls: CallList) -> None:
    assert decided_calls(text, UPLOAD) == calls
