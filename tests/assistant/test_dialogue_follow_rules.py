"""Rules for follow-ups that name the last edit's thing with "them", "its" or the colour it was given.

- "them" after "make the apples in the front crate green" is "the apples in the front crate" (the place was cut to
  "in the front", and "them" was left as it was); after "add koi in the pond" and "add horses grazing behind the
  yurt" it is the koi and the horses.
- A recolouring keeps every word of its colour: "the pancakes too" after "make the waffles golden brown" is "make the
  pancakes golden brown" (it was "brown"), "and the chair" after "cherry red" keeps "cherry", and "blue instead"
  after "make the snooker cloth a deeper green" leaves no "a" before "blue".
- "now its tap" after "make the samovar copper" is the samovar's tap ("make the tap copper" before); "its uncanny"
  and "its too saturated" are no such follow-up.
- A correction that names another thing drops the place with the old thing: "no i meant the pears" after the
  front-crate apples is "make the pears green" ("make the pears crate green" before).
- "this one too but blue" after "put a red bandana on the corgi" swaps the colour ("a blue red bandana" before).
- "it" after an addition of stuff with its place is that stuff: "make it darker" after "add smoke from the chimney"
  and "make it drift lower into the valley" after "add mist over the terraces" (both kept "it"); "make it feel
  warmer" stays the whole photo.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

CRATE: Rounds = ((None, None), (0, "make the apples in the front crate green"))
KOI: Rounds = ((None, None), (0, "add koi in the pond"))
HORSES: Rounds = ((None, None), (0, "add horses grazing behind the yurt"))
WAFFLES: Rounds = ((None, None), (0, "make the waffles golden brown"))
TYPEWRITER: Rounds = ((None, None), (0, "make the typewriter cherry red"))
CLOTH: Rounds = ((None, None), (0, "make the snooker cloth a deeper green"))
SAMOVAR: Rounds = ((None, None), (0, "make the samovar copper"))
TOBOGGAN: Rounds = ((None, None), (0, "make the toboggan on the left red"))
CORGI: Rounds = ((None, None), (0, "put a red bandana on the corgi"))


def fixed(instruction: str) -> CallList:
    """The last edit made again from its parent with `instruction`."""
    return [("retry_edit", {"instruction": instruction})]


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("make them red", CRATE, "make the apples in the front crate red"),
        ("make them shinier", CRATE, "make the apples in the front crate shinier"),
        ("make them orange and white", KOI, "make the koi orange and white"),
        ("make them gallop", HORSES, "make the horses gallop"),
        ("the pancakes too", WAFFLES, "make the pancakes golden brown"),
        ("and the chair", TYPEWRITER, "make the chair cherry red"),
        ("now its tap", SAMOVAR, "make the samovar's tap copper"),
        ("and their lids too", SAMOVAR, "make the samovar's lids copper"),
        ("and its rope", TOBOGGAN, "make the toboggan's rope red"),
    ],
)
def test_a_follow_up_names_the_last_edits_thing_in_full(text: str, rounds: Rounds, instruction: str) -> None:
    assert decided_calls(text, rounds) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("no i meant the pears", CRATE, "make the pears green"),
        ("yellow not green!", CRATE, "make the apples in the front crate yellow"),
        ("blue instead", CLOTH, "make the snooker cloth blue"),
        ("blue instead", CORGI, "put a blue bandana on the corgi"),
    ],
)
def test_a_correction_keeps_the_place_and_the_whole_colour(text: str, rounds: Rounds, instruction: str) -> None:
    assert decided_calls(text, rounds) == fixed(instruction)


@pytest.mark.parametrize("text", ["its uncanny", "its too saturated"])
def test_its_said_alone_is_no_follow_up(text: str) -> None:
    assert not any(name == "edit_image" for name, _ in decided_calls(text, SAMOVAR))


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("make it darker", ((None, None), (0, "add smoke from the chimney")), "make the smoke darker"),
        (
            "make it drift lower into the valley",
            ((None, None), (0, "add mist over the terraces")),
            "make the mist drift lower into the valley",
        ),
        ("make it feel warmer", ((None, None), (0, "add condensation on the glass panes")), "make it feel warmer"),
    ],
)
def test_it_after_added_stuff_is_that_stuff(text: str, rounds: Rounds, instruction: str) -> None:
    assert decided_calls(text, rounds) == edit_calls(instruction)
