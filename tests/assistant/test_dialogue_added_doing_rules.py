"""What an added thing is doing belongs to where it is put, not to the thing (`phrases._DOING`).

Before, "add a spoonbill standing on the roots" had "a spoonbill standing" as its object: "no, I meant a pelican" added
"a pelican on the roots" and "now try adding a flamingo next to it" put it next to "the spoonbill standing". A new
place keeps what the thing was doing ("on the path, not in the water" after "add a water buffalo standing in the rice
paddy"), and a noun that ends in "-ing" stays a noun ("a big building").
"""

from __future__ import annotations

import pytest

from assistant.understanding.phrases import object_of
from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls, fixed_calls

SPOONBILL: Rounds = ((None, None), (0, "add a spoonbill standing on the roots"))
BUFFALO: Rounds = ((None, None), (0, "add a water buffalo standing in the rice paddy"))


@pytest.mark.parametrize(
    ("instruction", "parts"),
    [
        ("add a spoonbill standing on the roots", ("add", "a spoonbill", " standing on the roots")),
        ("add some birds flying over the hill", ("add", "some birds", " flying over the hill")),
        ("add a big building on the left", ("add", "a big building", " on the left")),
        ("add a gold earring on her ear", ("add", "a gold earring", " on her ear")),
    ],
)
def test_what_an_added_thing_does_is_not_the_thing(instruction: str, parts: tuple[str, str, str]) -> None:
    assert object_of(instruction) == parts


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (SPOONBILL, "no, I meant a pelican", fixed_calls("add a pelican standing on the roots")),
        (SPOONBILL, "now try adding a flamingo next to it", edit_calls("add a flamingo next to the spoonbill")),
        (SPOONBILL, "make it pink", edit_calls("make the spoonbill pink")),
        (BUFFALO, "no, a heron", fixed_calls("add a heron standing in the rice paddy")),
        (BUFFALO, "on the path, not in the water", fixed_calls("add a water buffalo standing on the path")),
    ],
)
def test_corrections_and_it_name_the_thing_alone(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls
