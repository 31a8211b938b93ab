"""Round 36's rules, each from a miss of the development sets or of a walk through the CLI:

- an ask that undoes itself is caught after a lead-in too ("now remove the cup but keep it", "pls remove the bride
  but keep her");
- a thing put "there" or "here" with no place said ("move the lamp over there") gets a question, except right after
  a removal, where "there" is where the removed thing was;
- "it" from a round before the edit that added its thing ("make it gold" back at the upload after "add a
  weathervane") gets a question: the thing is not in that photo;
- "make it look like the original again" and "make it like it was in round 2" go back there;
- "how does it look compared to the start?", "make a split screen of round 1 and 3", "split view: original |
  current" and "pigeons vs no pigeons" compare;
- a try named in a sentence ("my first attempt at the sign", "the version before you retried") is that try, and a
  retry from an older round that names a later edit's thing ("another sunset pls") redoes that edit;
- a retry put off or turned down ("try again tomorrow maybe", "thats a keeper, no need to try again") changes
  nothing.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import BREAKFAST, Rounds, decided, edit_calls

STATION: Rounds = (
    (None, None),
    (0, "paint the locomotive's boiler green"),
    (1, "put a driver waving from the cab"),
    (2, "make the sky a sunset"),
)
"""A steam locomotive photo with three edits in a row."""
FARM: Rounds = ((None, None), (0, "add a weathervane on the barn roof"))
"""A barn photo whose one edit added a weathervane."""
SIGNS: Rounds = ((None, None), (0, "make the neon sign pink"), (0, "make the neon sign blue"), (2, "add smoke haze"))
"""A jazz club photo whose sign was made pink, then blue instead, and hazed."""
PIGEONS: Rounds = ((None, None), (0, "remove the pigeons from the statue"), (1, "add a fountain"))
"""A statue photo whose first edit removed the pigeons."""
RETRIED: Rounds = (
    (None, None),
    (0, "put a cat on the counter"),
    (1, "add a kid at the booth"),
    (1, "add a kid at the booth"),
)
"""A record shop photo whose second edit was tried twice."""


@pytest.mark.parametrize(
    "text",
    [
        "now remove the cup but keep it",
        "pls remove the croissant but keep it",
        "can you get rid of the spoon but leave the spoon in",
        "move the lamp over there",
        "put it right here",
        "stick a flag there pls",
    ],
)
def test_an_ask_that_undoes_itself_after_a_lead_in_or_puts_a_thing_nowhere_gets_a_question(text: str) -> None:
    assert decided(text, BREAKFAST) == ("clarify", [])


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("put the lamp over there by the door", BREAKFAST, "put the lamp over there by the door"),
        ("put a bench there", ((None, None), (0, "remove the sign")), "put a bench there"),
    ],
)
def test_a_place_said_or_left_by_a_removal_is_an_edit(text: str, rounds: Rounds, instruction: str) -> None:
    assert decided(text, rounds) == ("edit", edit_calls(instruction))


def test_it_from_before_the_edit_that_added_it_gets_a_question() -> None:
    assert decided("make it gold", FARM, current=0) == ("clarify", [])
    assert decided("make it gold", FARM) == ("edit", edit_calls("make the weathervane gold"))


@pytest.mark.parametrize("text", ["bigger", "brighter?", "brighter"])
def test_a_size_a_look_or_a_question_alone_on_a_fresh_photo_still_asks(text: str) -> None:
    assert decided(text, ((None, None),)) == ("clarify", [])


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("make it look like the original again", "original"),
        ("make it like it was in round 2", 2),
        ("make it look like it did before the croissant", "before the croissant"),
    ],
)
def test_made_to_look_like_a_round_goes_back_there(text: str, reference: int | str) -> None:
    assert decided(text, BREAKFAST) == ("goto", [("revert", {"round": reference})])


def test_a_look_like_the_original_colours_stays_an_edit() -> None:
    act, calls = decided("make it look like the original colours", BREAKFAST)
    assert act == "edit" and calls[0][0] == "edit_image"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("how does it look compared to the start?", "current", "original"),
        ("make a split screen of round 1 and 3", 1, 3),
        ("can u do a split view: original | current", "original", "current"),
    ],
)
def test_everyday_comparisons_compare(text: str, first: int | str, second: int | str) -> None:
    assert decided(text, BREAKFAST) == ("compare", [("compare_rounds", {"first": first, "second": second})])


def test_a_thing_against_no_thing_compares_the_rounds_with_and_without_it() -> None:
    assert decided("pigeons vs no pigeons", PIGEONS) == (
        "compare",
        [("compare_rounds", {"first": "the one with pigeons", "second": "the one without pigeons"})],
    )


def test_a_split_screen_of_a_thing_is_an_edit() -> None:
    assert decided("make a split screen of the window", BREAKFAST) == (
        "edit",
        edit_calls("make a split screen of the window"),
    )


def test_a_try_named_in_a_sentence_is_that_try() -> None:
    assert decided("wait what did my first attempt at the sign look like", SIGNS) == (
        "show",
        [("show_round", {"round": "the first attempt at the sign"})],
    )
    assert decided("back to the version before you retried", RETRIED) == (
        "goto",
        [("revert", {"round": "the other try"})],
    )


def test_a_retry_from_an_older_round_that_names_a_later_edit_redoes_that_edit() -> None:
    assert decided("another sunset pls, different seed", STATION, current=2) == (
        "retry",
        [("retry_edit", {"round": 3})],
    )


def test_a_retry_naming_two_later_edits_gets_a_question() -> None:
    tiles: Rounds = ((None, None), (0, "remove the litter"), (1, "make the tiles white"), (1, "make the tiles blue"))
    assert decided("redo the tiles with a new seed", tiles, current=1) == ("clarify", [])


@pytest.mark.parametrize(
    "text", ["try again tomorrow maybe, gotta run 🚆", "thats a keeper, no need to try again", "let's try again later"]
)
def test_a_retry_put_off_or_turned_down_changes_nothing(text: str) -> None:
    assert decided(text, BREAKFAST) == ("talk", [])


def test_a_plain_retry_is_still_a_retry() -> None:
    assert decided("try again, it looks fake", BREAKFAST) == ("retry", [("retry_edit", {})])
