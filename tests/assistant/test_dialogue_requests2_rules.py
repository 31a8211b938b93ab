"""Rules for how one turn's requests are read apart and named.

- A sentence's end inside quoted words is not the end of the request: what a sign or a banner says is kept whole
  ("add a banner that says 'Happy B-day. Love you' above the door"), and "and" or a comma inside the quotes joins
  nothing; an apostrophe ("the kid's hat. make the dog's collar red") is no quote.
- Someone named before a comma is who "him", "them" or "her" means and whose "his", "its" or "their" thing is
  meant ("the gardener, make him smile", "the chef, change his headband"); "her" before a thing of hers, and a
  first clause that says more than a name ("my uncle is the blacksmith, make his hammer ..."), stay as typed.
- A sentence that is only the second half of a shared verb or a list is one more request with that verb ("make the
  shirts red. and the collar blue", "add a moon. also some stars"), and one that opens by taking the sentence before
  it back says it again changed ("make the saucer blue. no, the plate blue" is the plate alone); a sentence with a
  verb of its own ("also the crusher should be yellow") is read by itself.
- "and the spoon too" after a request that gives a thing a look is that look for the spoon as well ("make the saucer
  red and the spoon too" is two edits); after a removal or an addition it stays part of the one request.
- "It" or "them" in a request speaks of what the request before it in the same turn changed or added ("make the car
  red and give it racing stripes", "add some birds and make them blue"), not of the last turn's edit, unless that
  request itself pointed back ("add a bird on its tail and make it bigger"); "its" and weather ("make it rainy
  outside") stay as typed.
- Someone named before a dash or a colon is read the same way ("the dog - make him smile", "the chef: change his
  hat to red"), and a comma typed between a thing and what it needs joins nothing ("the kitchen, needs to be
  brighter" is "make the kitchen brighter").
- "first", "first of all" and "to start with" open a list of requests without hiding the first of them ("first
  the cap should be green, then remove the straw"); "the first one was better" still speaks of a round.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import Rounds, decided_calls, edit_calls

PHOTO: Rounds = ((None, None),)
TWO_EDITS: Rounds = ((None, None), (0, "make the cup blue"), (1, "make the saucer red"))
CUP: Rounds = ((None, None), (0, "make the cup blue"))
KITE: Rounds = ((None, None), (0, "add a kite"))


@pytest.mark.parametrize(
    ("text", "instructions"),
    [
        ("add a sign saying 'est. 1882' over the saloon", ["add a sign saying 'est. 1882' over the saloon"]),
        (
            "add a banner that says 'Happy B-day. Love you' above the door",
            ["add a banner that says 'Happy B-day. Love you' above the door"],
        ),
        ("make the banner say “Merry Xmas. Love, Gran”", ["make the banner say “Merry Xmas. Love, Gran”"]),
        (
            "add a sign saying 'fish, chips and peas' and remove the bin",
            ["add a sign saying 'fish, chips and peas'", "remove the bin"],
        ),
        ("remove the kid's hat. make the dog's collar red", ["remove the kid's hat", "make the dog's collar red"]),
    ],
)
def test_quoted_words_are_kept_whole(text: str, instructions: list[str]) -> None:
    assert decided_calls(text, PHOTO) == edit_calls(*instructions)


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("the gardener, make him smile", "make the gardener smile"),
        ("now the keeper, remove him", "remove the keeper"),
        ("the old lady, give her a hat", "give the old lady a hat"),
        ("the twins, give them matching hats", "give the twins matching hats"),
        ("the chef, change his headband to red", "change the chef's headband to red"),
        ("the kids, make their shirts blue", "make the kids' shirts blue"),
        ("the man on the left, make him taller", "make the man on the left taller"),
        ("the girl, make her hair red", "make her hair red"),
        ("my uncle is the blacksmith, make his hammer look shinier", "make his hammer look shinier"),
    ],
)
def test_someone_named_first_is_who_the_pronoun_means(text: str, instruction: str) -> None:
    assert decided_calls(text, PHOTO) == edit_calls(instruction)


@pytest.mark.parametrize(
    "text",
    [
        "first the cap should be green, then remove the straw",
        "first of all the cap should be green, then remove the straw",
        "first, the cap should be green, then remove the straw",
    ],
)
def test_first_opens_a_list_without_hiding_its_first_request(text: str) -> None:
    assert decided_calls(text, PHOTO) == edit_calls("make the cap green", "remove the straw")


def test_the_first_one_still_speaks_of_a_round() -> None:
    assert decided_calls("the first one was better", TWO_EDITS) == [("revert", {"round": 1})]


@pytest.mark.parametrize(
    ("text", "instructions"),
    [
        ("make the shirts red. and the collar blue", ["make the shirts red", "make the collar blue"]),
        ("add a moon. also some stars", ["add a moon", "add some stars"]),
        ("make the walls white; the window bigger", ["make the walls white", "make the window bigger"]),
        ("remove the people in the back. oh and the bin", ["remove the people in the back", "remove the bin"]),
        ("make the saucer blue. no, the plate blue", ["make the plate blue"]),
        ("make the saucer blue, no, the plate blue", ["make the plate blue"]),
        ("add a moon, actually some stars", ["add some stars"]),
        ("add a moon. actually some stars", ["add some stars"]),
        (
            "turn the hubcaps gold. also the crusher should be yellow",
            ["turn the hubcaps gold", "make the crusher yellow"],
        ),
    ],
)
def test_a_sentence_may_share_the_verb_of_the_one_before(text: str, instructions: list[str]) -> None:
    assert decided_calls(text, CUP) == edit_calls(*instructions)


@pytest.mark.parametrize("rounds", [PHOTO, CUP], ids=["fresh photo", "after an edit"])
@pytest.mark.parametrize(
    ("text", "instructions"),
    [
        ("make the car red and give it racing stripes", ["make the car red", "give the car racing stripes"]),
        ("add a cat on the sofa and make it orange", ["add a cat on the sofa", "make the cat orange"]),
        ("add some birds and make them blue", ["add some birds", "make the birds blue"]),
        ("make the boat white and move it to the left", ["make the boat white", "move the boat to the left"]),
        (
            "add a kite and make it red, then put it in the sky",
            ["add a kite", "make the kite red", "put the kite in the sky"],
        ),
        (
            "turn the lights on in the shop and make it rainy outside",
            ["turn the lights on in the shop", "make it rainy outside"],
        ),
    ],
)
def test_it_speaks_of_the_request_before_it_in_the_turn(rounds: Rounds, text: str, instructions: list[str]) -> None:
    assert decided_calls(text, rounds) == edit_calls(*instructions)


def test_it_after_a_request_that_pointed_back_is_the_last_edits_thing() -> None:
    assert decided_calls("add a bird on its tail and make it bigger", KITE) == edit_calls(
        "add a bird on the kite's tail", "make the kite bigger"
    )


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("the dog - make him smile", "make the dog smile"),
        ("the car - make it red", "make the car red"),
        ("the chef: change his hat to red", "change the chef's hat to red"),
        ("the kitchen, needs to be brighter", "make the kitchen brighter"),
        ("the walls, should be white", "make the walls white"),
        ("the car, would look better in red", "make the car red"),
    ],
)
def test_a_thing_named_before_a_dash_or_a_stray_comma(text: str, instruction: str) -> None:
    assert decided_calls(text, PHOTO) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "instructions"),
    [
        ("make the saucer red and the spoon too", ["make the saucer red", "make the spoon red"]),
        ("paint the door green, and the fence too", ["paint the door green", "paint the fence green"]),
        ("make the saucer shiny and the spoon as well", ["make the saucer shiny", "make the spoon shiny"]),
        ("remove the saucer and the spoon too", ["remove the saucer and the spoon"]),
    ],
)
def test_a_thing_too_shares_the_look_of_the_request_before_it(text: str, instructions: list[str]) -> None:
    assert decided_calls(text, CUP) == edit_calls(*instructions)
