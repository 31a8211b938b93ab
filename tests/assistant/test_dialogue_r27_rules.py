"""Round 27's rules, each from a miss of the development sets:

- "before the punt got painted" is before the edit that recoloured the punt, not a later one that names it;
- "the first helmet try", "actually go with the second try" and "the first confetti try pls, go back to it" name a try;
- "back 3" alone and "back 2 from here" count steps back, while "go back 3" and "back to 3" name round 3;
- "the ducks but the old willow" is the round with the ducks before the willow was changed, and "id rather have the
  old willow back" the round before the willow was changed;
- "before/after of the ship" with no edit of the ship compares the original and now;
- "put the two willow versions next to each other" and "both cat versions" compare the two versions of that edit,
  "the 2 versions" of a one-edit session the original and now, and "the cat versions" with three asks which two;
- "ok compare" and "compare?" with more than one edit ask which two rounds;
- "i'll take the stormy one, use that" goes to that round; "take the stormy sky one and add lightning" edits it;
  "take the raven and make it white" makes the raven white;
- "show 3 but stay on this one" shows round 3; "the one with the sheep was my fav but keep this one" changes nothing;
- with no edit before it, or after an edit of the whole photo, "swap it out for a candle", "put a bow on it",
  "replace them with cats", "make em stripy" and "change its colour to lilac" ask what "it" is, while "make it warmer"
  and "put a vignette on it" edit the photo;
- a change with nothing said to change to ("swap out the whiteboard", "move the referee somewhere else", "add a
  caption", "give the tourists other helmets", "add a few more things to the deck") asks, as does a choice left to the
  assistant ("make the mask red or blue, you choose", "..., pick between chrome and gold for me");
- "i want snow on the ground" and "would love if the sky was a bit bluer" are edits, as is a request after a smiley
  ("comic shop :) can the light from the window be warmer?");
- "again???" tries again; "on second thought go with teal" corrects the colour;
- two options, then the one taken ("red or blue for the mask, i'll take red", "dolphin or turtle? turtle!! add it in
  the lagoon", "warm or cool? eh go warm") is that edit, while "red or blue?" alone asks;
- "blue ones instead", "not black, ginger", "not the goalkeeper, the referee" and "thinner not thicker" correct the
  last edit's look or owner, keeping the rest of it.
"""

from __future__ import annotations

import pytest

from tests.assistant.dialogue_dev import tree
from tests.assistant.dialogue_dev_r27c import ABSEIL, KILN, PUNT, PUNT_RETRIED, STONES, THEREMIN, THEREMIN_TWICE
from tests.assistant.rule_calls import CallList, Rounds, act_and_calls, decided_calls, edit_calls, fixed_calls

UPLOAD: Rounds = ((None, None),)


def _act_calls(text: str, rounds: Rounds, current: int | None = None) -> tuple[str, CallList]:
    """`act_and_calls` on a session of `rounds`, its calls as (tool name, arguments) for `fixed_calls` and the like."""
    act, calls = act_and_calls(text, tree(*rounds, current=current))
    return act, [(call.name, call.args) for call in calls]


def _went_to(text: str, rounds: Rounds, current: int | None = None) -> int:
    """The round a turn moves to, its reference resolved as the tools resolve it."""
    session = tree(*rounds, current=current)
    act, calls = act_and_calls(text, session)
    assert act in ("goto", "undo") and [call.name for call in calls] == ["revert"], (act, calls)
    return session.resolve(calls[0].args["round"]).index


def _compared(text: str, rounds: Rounds) -> tuple[int, int]:
    """The two rounds a turn puts side by side, resolved."""
    session = tree(*rounds)
    act, calls = act_and_calls(text, session)
    assert act == "compare" and [call.name for call in calls] == ["compare_rounds"], (act, calls)
    return session.resolve(calls[0].args["first"]).index, session.resolve(calls[0].args["second"]).index


@pytest.mark.parametrize(
    ("text", "rounds", "current", "index"),
    [
        ("go back to before the punt got painted", PUNT, None, 0),
        ("go back to the first helmet try", ABSEIL, None, 1),
        ("actually go with the second try", ABSEIL, 1, 2),
        ("the first helmet try pls, go back to it", ABSEIL, None, 1),
        ("back 3", STONES, None, 2),
        ("ok now back 2 from here", STONES, 3, 1),
        ("go back 3", STONES, None, 3),
        ("back to 3", STONES, None, 3),
        ("revert to the version with the ducks but the old willow", PUNT, None, 2),
        ("i'll take the stormy one, use that", KILN, None, 2),
        ("cute but id rather have the old willow back", PUNT, None, 2),
        ("bring back the old punt", PUNT, None, 0),
    ],
)
def test_a_round_named_in_other_words(text: str, rounds: Rounds, current: int | None, index: int) -> None:
    assert _went_to(text, rounds, current) == index


@pytest.mark.parametrize(
    ("text", "rounds", "pair"),
    [
        ("before n after of the ship??", PUNT, (0, 3)),
        ("before and after the last edit", PUNT, (2, 3)),
        ("put the two willow versions next to each other", PUNT_RETRIED, (3, 4)),
        ("put both cat versions next to each other", THEREMIN, (2, 3)),
        ("put the 2 versions next to each other pls", (*UPLOAD, (0, "make the steel pans shine")), (0, 1)),
    ],
)
def test_two_versions_compared(text: str, rounds: Rounds, pair: tuple[int, int]) -> None:
    assert _compared(text, rounds) == pair


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("put the cat versions side by side", THEREMIN_TWICE),
        ("ok compare", STONES),
        ("compare?", STONES),
    ],
)
def test_versions_compared_without_saying_which_two_ask(text: str, rounds: Rounds) -> None:
    assert _act_calls(text, rounds) == ("clarify", [])


def test_a_round_taken_and_edited() -> None:
    session = tree(*KILN)
    act, calls = act_and_calls("take the stormy sky one and add lightning", session)
    assert act == "edit" and [call.name for call in calls] == ["edit_image"]
    assert calls[0].args["instruction"] == "add lightning"
    assert session.resolve(calls[0].args["base_round"]).index == 2


def test_a_thing_taken_and_changed() -> None:
    assert decided_calls("take the raven and make it white", KILN) == edit_calls("make the raven white")


def test_a_round_shown_while_staying() -> None:
    assert _act_calls("show 3 but stay on this one", STONES) == ("show", [("show_round", {"round": 3})])


def test_an_earlier_round_praised_while_keeping_this_one_changes_nothing() -> None:
    assert _act_calls("the one with the ducks was my fav but keep this one", PUNT) == ("talk", [])


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("swap it out for a candle", UPLOAD),
        ("put a bow on it 🎀", UPLOAD),
        ("replace them with cats lol", UPLOAD),
        ("make em stripy", UPLOAD),
        ("change its colour to lilac", UPLOAD),
        ("nice, now make it purple", (*UPLOAD, (0, "make the whole photo brighter"))),
        ("move it closer to the railing", (*UPLOAD, (0, "make the colours warmer"))),
        ("replace it with a guitar", (*UPLOAD, (0, "give the photo a vintage film look"))),
    ],
)
def test_it_with_nothing_to_point_at_asks(text: str, rounds: Rounds) -> None:
    assert _act_calls(text, rounds) == ("clarify", [])


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("make it warmer", UPLOAD, "make it warmer"),
        ("put a vignette on it", UPLOAD, "put a vignette on it"),
        ("add hearts around them", UPLOAD, "add hearts around them"),
        ("put a bow on it", (*UPLOAD, (0, "make the cup blue")), "put a bow on the cup"),
    ],
)
def test_it_that_names_the_photo_or_a_thing_edits(text: str, rounds: Rounds, instruction: str) -> None:
    assert decided_calls(text, rounds) == edit_calls(instruction)


@pytest.mark.parametrize(
    "text",
    [
        "swap out the whiteboard",
        "switch out the poster on the wall",
        "move the referee somewhere else",
        "add a caption",
        "change the font on the poster",
        "put a different animal on the branch",
        "give the tourists other helmets",
        "add a few more things to the deck",
        "make the mask red or blue, you choose",
        "remove the dog or the bucket, you decide which looks better",
        "i need the boombox a new colour, pick between chrome and gold for me",
    ],
)
def test_a_change_with_nothing_to_change_to_asks(text: str) -> None:
    assert _act_calls(text, UPLOAD) == ("clarify", [])


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("swap the cup for a mug", "swap the cup for a mug"),
        ("add a caption saying HELLO", "add a caption saying HELLO"),
        ("give the other guy a hat", "give the other guy a hat"),
        ("swap the darts and the pint glasses", "swap the darts and the pint glasses"),
    ],
)
def test_a_change_that_says_what_to_edits(text: str, instruction: str) -> None:
    assert decided_calls(text, UPLOAD) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "photo", "instruction"),
    [
        ("i want snow on the ground", False, "add snow on the ground"),
        ("would love if the sky was a bit bluer", False, "make the sky a bit bluer"),
        ("comic shop :) can the light from the window be warmer?", True, "make the light from the window warmer"),
    ],
)
def test_wishes_are_edits(text: str, photo: bool, instruction: str) -> None:
    rounds: Rounds = UPLOAD if photo else PUNT
    assert decided_calls(text, rounds, photo=photo) == edit_calls(instruction)


def test_again_with_many_marks_tries_again() -> None:
    assert _act_calls("again???", PUNT) == ("retry", [("retry_edit", {})])


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        (
            "on second thought go with teal",
            ((None, None), (0, "make the goalkeeper's jersey green")),
            "make the goalkeeper's jersey teal",
        ),
        ("actually blue ones instead", ((None, None), (0, "make the balls red")), "make the balls blue"),
        ("not black, ginger", THEREMIN, "add a ginger cat on the armchair"),
        (
            "not the goalkeeper, the referee!!",
            ((None, None), (0, "make the goalkeeper's jersey green")),
            "make the referee's jersey green",
        ),
        ("no i meant thinner not thicker", (*UPLOAD, (0, "make the ice look thicker")), "make the ice look thinner"),
    ],
)
def test_a_look_or_owner_put_right(text: str, rounds: Rounds, instruction: str) -> None:
    assert _act_calls(text, rounds) == ("correction", fixed_calls(instruction))


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("red or blue for the mask, i'll take red", "make the mask red"),
        ("coral or teal for the hut.. coral. definitely coral", "make the hut coral"),
        ("dolphin or turtle? turtle!! add it in the lagoon", "add a turtle in the lagoon"),
        ("warm or cool? eh go warm", "make the photo warm"),
        ("red or navy? go navy on the ottoman", "make the ottoman navy"),
        ("red or blue... ok blue. make the mask blue", "make the mask blue"),
    ],
)
def test_an_option_taken_is_edited(text: str, instruction: str) -> None:
    assert decided_calls(text, PUNT) == edit_calls(instruction)


@pytest.mark.parametrize("text", ["red or blue for the mask? idk", "red or blue?"])
def test_options_with_none_taken_ask(text: str) -> None:
    assert _act_calls(text, PUNT) == ("clarify", [])
