"""Rules for how one turn's requests are read apart and named.

- A sentence's end inside quoted words is not the end of the request: what a sign or a banner says is kept whole
  ("add a banner that says 'Happy B-day. Love you' above the door"), and "and" or a comma inside the quotes joins
  nothing; an apostrophe ("the kid's hat. make the dog's collar red") is no quote.
- Someone named before a comma is who "him", "them" or "her" means and whose "his", "its" or "their" thing is
  meant ("the gardener, make him smile", "the chef, change his headband"); "her" before a thing of hers, and a
  first clause that says more than a name ("my uncle is the blacksmith, make his hammer ..."), stay as typed.
- "first", "first of all" and "to start with" open a list of requests without hiding the first of them ("first
  the cap should be green, then remove the straw"); "the first one was better" still speaks of a round.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import decided_calls, edit_calls

Rounds = tuple[tuple[int | None, str | None], ...]
PHOTO: Rounds = ((None, None),)
TWO_EDITS: Rounds = ((None, None), (0, "make the cup blue"), (1, "make the saucer red"))


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
    assert decided_calls("the first one was better", TWO_EDITS) == [("revert", {"round": "previous"})]
