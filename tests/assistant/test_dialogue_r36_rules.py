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
  nothing;
- a filter or effect with no name ("add a filter") asks which; a correction naming another part keeps the owner of
  a thing's part ("no i meant the tender" after "paint the locomotive's boiler green"), not of a person's;
- "try the tartan again" is a retry of the edit that names it; "what about green?" never becomes a garbled edit;
- sounds ("make the siren louder"), "put a pin in the jars for now", "delete the photo from my phone", "post it on the
  clinic's facebook" and "saucer stays white" are answered in words;
- a bare "no", "the third", "a hat" after an edit, and "more drama" or "the broom" right after a removal ask;
- "the round after the goggles one" is the round made next from it ("right after the goggles" stays the goggles'
  own round), and "the oldest edit" is the first edit.
"""

from __future__ import annotations

import pytest

from tests.assistant.dialogue_dev import tree
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


@pytest.mark.parametrize("text", ["add a filter", "apply some cool effects", "add a filter pls"])
def test_a_filter_or_effect_with_no_name_gets_a_question(text: str) -> None:
    assert decided(text, ((None, None),)) == ("clarify", [])


def test_a_named_filter_is_an_edit() -> None:
    assert decided("add a vintage filter", ((None, None),)) == ("edit", edit_calls("add a vintage filter"))


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("no i meant the tender", "paint the locomotive's tender green"),
        ("no, i meant the wheels", "paint the locomotive's wheels green"),
    ],
)
def test_a_correction_naming_another_part_keeps_its_owner(text: str, instruction: str) -> None:
    boiler: Rounds = ((None, None), (0, "paint the locomotive's boiler green"))
    assert decided(text, boiler) == ("correction", [("retry_edit", {"instruction": instruction})])


def test_a_correction_naming_a_thing_after_a_persons_part_drops_the_owner() -> None:
    tie: Rounds = ((None, None), (0, "make the groom's tie blue"))
    assert decided("no i meant the cake", tie) == (
        "correction",
        [("retry_edit", {"instruction": "make the cake blue"})],
    )


@pytest.mark.parametrize(
    "text",
    ["try the blanket again pls 🙏", "try the blanket again, it looks flat", "try the tartan again with a new seed"],
)
def test_a_retry_naming_the_edits_thing_is_a_retry(text: str) -> None:
    blanket: Rounds = ((None, None), (0, "make the bunk blanket tartan"))
    assert decided(text, blanket) == ("retry", [("retry_edit", {})])


def test_what_about_a_colour_never_becomes_a_garbled_edit() -> None:
    act, calls = decided("what about green?", BREAKFAST)
    assert all("what about" not in str(args) for _, args in calls)
    assert act in ("clarify", "correction")


@pytest.mark.parametrize(
    "text",
    [
        "make the siren louder",
        "let's put a pin in the jars for now",
        "delete the photo from my phone",
        "post it on the clinic's facebook",
        "saucer stays white",
    ],
)
def test_sounds_idioms_devices_and_posting_elsewhere_are_answered_in_words(text: str) -> None:
    assert decided(text, BREAKFAST) == ("talk", [])


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("put a pin in the map", "put a pin in the map"),
        ("remove the phone from my hand", "remove the phone from my hand"),
    ],
)
def test_their_near_misses_are_edits(text: str, instruction: str) -> None:
    assert decided(text, BREAKFAST) == ("edit", edit_calls(instruction))


@pytest.mark.parametrize("text", ["no", "nope", "NO", "the third", "the 2nd", "a hat", "a tea cosy?"])
def test_a_bare_no_ordinal_or_new_thing_after_an_edit_gets_a_question(text: str) -> None:
    assert decided(text, BREAKFAST)[1] == []
    assert decided(text, BREAKFAST)[0] == "clarify"


@pytest.mark.parametrize("text", ["more drama", "the broom", "the rest"])
def test_a_mood_or_a_thing_alone_right_after_a_removal_gets_a_question(text: str) -> None:
    mop: Rounds = ((None, None), (0, "remove the mop leaning on the wall"))
    assert decided(text, mop) == ("clarify", [])


def test_more_drama_after_a_look_is_a_stronger_try() -> None:
    sunset: Rounds = ((None, None), (0, "make the sky a deep sunset orange"))
    assert decided("more drama", sunset) == ("retry", [("retry_edit", {"strength": "stronger"})])


def test_a_thing_named_with_too_or_the_same_thing_with_a_look_are_edits_or_corrections() -> None:
    seagull: Rounds = ((None, None), (0, "add a seagull on the umbrella"))
    assert decided("a pelican too", seagull)[0] == "edit"
    cat: Rounds = ((None, None), (0, "add a cat on the windowsill"))
    assert decided("a black cat", cat) == (
        "correction",
        [("retry_edit", {"instruction": "add a black cat on the windowsill"})],
    )


def test_the_round_after_a_thing_is_the_next_round_and_right_after_it_is_its_own() -> None:
    lab: Rounds = (
        (None, None),
        (0, "make the liquid in the flask green"),
        (1, "add safety goggles on the bench"),
        (2, "remove the bunsen burner"),
        (3, "make the lab stools black"),
    )
    session = tree(*lab)
    act, calls = decided("the round after the goggles one pls", lab)
    assert act == "goto" and session.resolve(calls[0][1]["round"]).index == 3
    act, calls = decided("the one right after the goggles", lab)
    assert act == "goto" and session.resolve(calls[0][1]["round"]).index == 2


def test_the_oldest_edit_is_the_first_edit_and_oldest_alone_the_original() -> None:
    assert decided("back to the oldest edit", BREAKFAST) == ("goto", [("revert", {"round": 1})])
    assert decided("oldest vs newest", BREAKFAST)[1][0][1]["first"] == "original"
