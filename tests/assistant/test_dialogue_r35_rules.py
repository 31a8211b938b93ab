"""Round 35's rules, each from a miss of the development sets:

- an ask that undoes itself in one turn ("remove the bride but keep her", "add a moon but no moon", "add more
  candles and remove all the candles", "remove the tiara, and add it", "make the tablecloth white, but keep it pale
  yellow") gets a question, while "make the dress red but keep it elegant" and "remove the old sign and add a new
  sign" are edits;
- an instruction cut off before what it needs ("make the groom's tie", "add a big", "add a … hmm", "make the
  wizard's robe a bit more") and a wish for a mood with no change named ("make it more festive?", "make the magic
  show more magic") get a question;
- a thing the last edit added, thrown out with why ("get rid of the gazelle, it was better without") takes that
  edit back; a plain "remove the gazelle" stays a removal;
- a thing the last edit removed, wanted back by a longer name, restored, or with why ("put the kayak on the right
  back", "please restore the gulls, removing them was a mistake", "i want my gulls back 🐦") takes that edit back;
- what an edit verb acts on that is not the photo (a username, this chat, the cache, a wishlist) and idioms that
  only sound like edits ("cut the drama", "you light up my kitchen", "let's put a pin in the hat stuff") are
  answered in words; so are questions about how a retry works ("does a retry use a new seed every time?");
- an edit from or in a round the session lacks ("add a puffin on round 7") gets a plain answer; a thing wondered
  about and gone ahead with ("how about a red carpet? yes do it") is added; "his" or "her" after two named ("the
  bride and her mum, make her dress red") gets a question, and "them" after two named is both;
- "ugh not again" is a complaint, not a retry; "still not the right one" asks what to change; a request whose last
  sentence puts it off ("… not yet tho") changes nothing.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import Rounds, decided, edit_calls

PARTY: Rounds = ((None, None), (0, "make the cake pink"))
"""A birthday party photo with one edit."""
SAVANNA: Rounds = ((None, None), (0, "make the grass golden"), (1, "add a gazelle in the distance"))
"""A savanna photo whose last edit added a gazelle."""
COVE: Rounds = (
    (None, None),
    (0, "make the red kayak yellow"),
    (1, "add a seal on the rocks"),
    (2, "remove the kayak on the right"),
)
"""A cove photo whose last edit removed a kayak."""
PROMENADE: Rounds = ((None, None), (0, "remove the gulls"), (1, "make the railing white"))
"""A promenade photo whose first edit removed the gulls."""
UNDO = ("undo", [("revert", {"round": "previous"})])


@pytest.mark.parametrize(
    "text",
    [
        "remove the bride but keep her",
        "get rid of the bard but leave the bard in",
        "add a moon but no moon",
        "add more candles and remove all the candles",
        "remove the tiara, and add it",
        "make the cake pink but leave its colour exactly as it is",
        "make the tablecloth white, but keep it pale yellow",
        "make the groom's tie",
        "add a big",
        "add a … hmm",
        "make the wizard's robe a bit more",
        "make it more festive?",
        "make the magic show more magic",
        "make it feel more alive",
        "still not the right one",
        "ugh not again",
    ],
)
def test_an_ask_that_undoes_itself_is_cut_off_or_names_no_change_gets_a_question(text: str) -> None:
    assert decided(text, PARTY) == ("clarify", [])


@pytest.mark.parametrize(
    ("text", "instructions"),
    [
        ("make the dress red but keep it elegant", ("make the dress red but keep it elegant",)),
        ("remove the old sign and add a new sign", ("remove the old sign", "add a new sign")),
        ("make the groom's tie blue", ("make the groom's tie blue",)),
        ("add a big red balloon", ("add a big red balloon",)),
        ("add festive decorations", ("add festive decorations",)),
        ("make my dress red", ("make my dress red",)),
        ("put a pin in the map", ("put a pin in the map",)),
        ("make the lanes shine more", ("make the lanes shine more",)),
        ("remove the groom's shadow but keep the groom", ("remove the groom's shadow but keep the groom",)),
    ],
)
def test_near_misses_are_edits(text: str, instructions: tuple[str, ...]) -> None:
    assert decided(text, PARTY) == ("edit", edit_calls(*instructions))


@pytest.mark.parametrize(
    "text",
    [
        "get rid of the gazelle, it was better without",
        "take out the gazelle, it looks pasted in",
        "remove the gazelle, i prefer the empty field",
    ],
)
def test_a_thing_just_added_thrown_out_with_why_takes_that_edit_back(text: str) -> None:
    assert decided(text, SAVANNA) == UNDO


def test_a_plain_removal_of_a_thing_just_added_stays_a_removal() -> None:
    assert decided("remove the gazelle", SAVANNA) == ("edit", edit_calls("remove the gazelle"))


@pytest.mark.parametrize(
    "text",
    [
        "put the kayak on the right back",
        "bring the kayak on the right back please",
        "i want the kayak on the right back",
        "please restore the kayak, removing it was a mistake.",
        "i want my kayak back 🛶",
    ],
)
def test_a_thing_the_last_edit_removed_wanted_back_takes_that_edit_back(text: str) -> None:
    assert decided(text, COVE) == UNDO


def test_a_thing_an_earlier_edit_removed_wanted_back_is_the_round_that_shows_it() -> None:
    assert decided("put the gulls back", PROMENADE) == ("goto", [("revert", {"round": "the one with the gulls"})])


@pytest.mark.parametrize(
    "text",
    [
        "add me on insta lol",
        "cut the drama, it's perfect",
        "you light up my kitchen haha thanks",
        "warm my heart and tell me grandma looks great",
        "give me a round of applause",
        "add this to my wishlist 💍",
        "make the font bigger in this chat, im on my phone",
        "change my username to knitwit99",
        "clear the cache and restart the app pls, its laggy",
        "lets put a pin in the hat stuff for now",
        "does a retry use a new seed every time?",
        "does reroll give a different result every time?",
        "plan for tomorrow: remove the trash cans and warm up the light. not yet tho",
    ],
)
def test_chat_in_edit_words_is_answered_in_words(text: str) -> None:
    act, calls = decided(text, PARTY)
    assert act in ("talk", "clarify") and calls == []


def test_again_is_still_a_retry() -> None:
    assert decided("again pls", PARTY) == ("retry", [("retry_edit", {})])


@pytest.mark.parametrize(
    "text", ["add a puffin on round 7", "from round 5 make the cake red", "make the cake red in round -1"]
)
def test_an_edit_from_or_in_a_round_the_session_lacks_gets_a_plain_answer(text: str) -> None:
    act, calls = decided(text, PARTY)
    assert act == "clarify" and calls == []


def test_an_edit_from_a_round_the_session_has_is_made_there() -> None:
    assert decided("starting from round 1, add a hat", PARTY) == (
        "edit",
        [("edit_image", {"instruction": "add a hat", "base_round": 1})],
    )


def test_a_thing_wondered_about_then_gone_ahead_with_is_added() -> None:
    assert decided("how about a red carpet down the stairs? yes do it", PARTY) == (
        "edit",
        edit_calls("add a red carpet down the stairs"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "the bride and her mum, can u make her dress red",
        "the bride and the groom, can u make her dress red",
        "the bride and the groom, make his tie blue",
    ],
)
def test_him_or_her_after_two_named_gets_a_question(text: str) -> None:
    assert decided(text, PARTY) == ("clarify", [])


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("the cups and the saucers, make them blue", "make the cups and the saucers blue"),
        ("the wizard and his owl, make them glow", "make the wizard and his owl glow"),
    ],
)
def test_them_after_two_named_is_both(text: str, instruction: str) -> None:
    assert decided(text, PARTY) == ("edit", edit_calls(instruction))


def test_a_thing_said_to_be_just_put_somewhere_and_removed_takes_that_edit_back() -> None:
    door: Rounds = ((None, None), (0, "make the sky blue"), (1, "add a warning sign on the door"))
    assert decided("remove the sign you just put on the door", door) == UNDO


@pytest.mark.parametrize("text", ["bring the digger back the way it was", "make the digger look like it did before"])
def test_a_thing_the_last_edit_changed_wanted_as_it_was_takes_that_edit_back(text: str) -> None:
    roadworks: Rounds = ((None, None), (0, "make the cones orange"), (1, "make the digger yellow"))
    assert decided(text, roadworks) == UNDO
