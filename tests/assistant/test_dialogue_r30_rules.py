"""Round 30's rules, each from a miss of the development sets:

- one step back with its reason after it or before it ("go back one, that lamp looks creepy", "roll that back pls,
  the ship is way too big", "cant see the hills anymore, go back", "not sure the bowl is right… go back one");
- before any photo, "undo", "show me round 1" or "try again" name no round: answered in words, no call;
- a request asked after what led to it ("my son loves space so could you put a rocket poster on the wall") or
  wrapped in polite words that leave the model unsure ("i was hoping you could make grandpa's hair a little less
  messy, if that's ok") is that edit; a question about what the tool can do is not;
- someone else's joy as a wish ("my daughter would love it if the castle had a tower", "wouldn't it be fun if
  there was a rainbow over the stand") is that edit;
- a round shown or named and then made current ("show me round 2 and make it the current one", "round two is the
  keeper, make that the current one") is a move there;
- "give me the list of changes" is the history, "which try am i on" the status;
- "go back and reroll it", "undo and give it another go" are a new try of the last edit.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import Rounds, decided, decided_calls, edit_calls

PORT: Rounds = ((None, None), (0, "make the cranes yellow"), (1, "make the sky stormy"), (2, "add a ship by the quay"))
"""A container port: three edits in a row, the ship the newest."""
DESK: Rounds = ((None, None), (0, "make the desk lamp green"), (1, "add a globe on the desk"))
"""A homework desk with two edits."""
NOTHING: Rounds = ()
"""A session before its first photo."""


@pytest.mark.parametrize(
    "text",
    [
        "go back one, that ship looks creepy",
        "roll that back pls, the ship is way too big",
        "cant see the cranes anymore, go back",
        "not sure the ship is right… go back one",
    ],
)
def test_one_step_back_with_its_reason(text: str) -> None:
    assert decided(text, PORT) == ("undo", [("revert", {"round": "previous"})])


@pytest.mark.parametrize("text", ["undo", "show me round 1", "try again", "compare round 1 and round 2"])
def test_before_any_photo_no_round_is_named(text: str) -> None:
    act, calls = decided(text, NOTHING)
    assert act in ("talk", "clarify") and calls == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        (
            "my son is mad about space so could you put a rocket poster on the wall above the desk",
            "put a rocket poster on the wall above the desk",
        ),
        (
            "i was hoping you could make grandpa's hair a little less messy, if that's ok",
            "make grandpa's hair a little less messy",
        ),
        ("the photo is for my mum, can you make the globe blue", "make the globe blue"),
        ("my daughter would love it if the desk had a pink pencil pot", "give the desk a pink pencil pot"),
        ("wouldn't it be fun if there was a paper plane on the desk", "add a paper plane on the desk"),
    ],
)
def test_a_wrapped_request_is_that_edit(text: str, instruction: str) -> None:
    assert decided_calls(text, DESK) == edit_calls(instruction)


def test_a_question_about_what_the_tool_can_do_stays_one() -> None:
    assert decided_calls("is it possible, could you remove things?", DESK) == []


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("show me round 2 and make it the current one", ("revert", {"round": 2})),
        ("round two is the keeper, make that the current one", ("revert", {"round": 2})),
        ("show me the previous one and go there", ("revert", {"round": "previous"})),
    ],
)
def test_a_round_shown_then_made_current_is_a_move_there(text: str, call: tuple[str, dict[str, object]]) -> None:
    assert decided(text, PORT) == ("goto", [call])


@pytest.mark.parametrize(
    ("text", "act", "name"),
    [
        ("give me the list of changes, oldest first", "history", "list_rounds"),
        ("what have i changed since i uploaded it", "history", "list_rounds"),
        ("which try am i on", "status", "session_status"),
    ],
)
def test_history_and_status_in_other_words(text: str, act: str, name: str) -> None:
    assert decided(text, PORT) == (act, [(name, {})])


@pytest.mark.parametrize("text", ["go back and reroll it", "undo and give it another go", "revert that, then retry"])
def test_back_and_again_is_a_new_try_of_the_last_edit(text: str) -> None:
    assert decided(text, PORT)[1] == [("retry_edit", {})]


@pytest.mark.parametrize(
    ("added", "text", "instruction"),
    [
        ("add a golden retriever watching the baby", "make it wag its tail", "make the golden retriever wag its tail"),
        ("put a cat asleep on the homework", "make it ginger", "make the cat ginger"),
        ("add a string of lights over the door", "make it brighter", "make the string of lights brighter"),
    ],
)
def test_it_is_the_added_thing_without_what_it_is_doing(added: str, text: str, instruction: str) -> None:
    assert decided_calls(text, ((None, None), (0, added))) == edit_calls(instruction)


@pytest.mark.parametrize(
    "text",
    [
        "would it be possible to remove the globe? asking for later",
        "can u make the lamp white? just wondering if thats something u do",
        "maybe a ladybird on the globe? idk, let me think",
        "oh so you can remove the globe? cool, ill think about it",
        "just wondering, could u make the lamp glow? not now tho",
    ],
)
def test_a_question_put_off_in_its_last_words_asks_for_nothing_now(text: str) -> None:
    assert decided(text, DESK) == ("talk", [])


def test_a_question_then_a_thank_you_still_asks() -> None:
    assert decided_calls("can you remove the globe? thanks", DESK) == edit_calls("remove the globe")


def test_with_and_without_a_thing_compares_its_edit_with_the_round_before() -> None:
    assert decided("with and without the ship, side by side", PORT) == (
        "compare",
        [("compare_rounds", {"first": "before the ship", "second": "the ship"})],
    )


def test_a_colour_for_an_it_no_edit_names_asks_which() -> None:
    rounds: Rounds = ((None, None), (0, "give the volcano red lava"), (1, "add balloons above the booth"))
    assert decided("make it pink", rounds)[1] == []


def test_more_or_less_undecided_asks() -> None:
    assert decided("more?? or less. hmm", PORT) == ("clarify", [])


@pytest.mark.parametrize(
    ("text", "rounds", "strength"),
    [
        ("the cake is still huge, smaller still", ((None, None), (0, "make the cake smaller")), "stronger"),
        (
            "more orange on the leaves, it still looks like summer",
            ((None, None), (0, "make the leaves orange")),
            "stronger",
        ),
        ("not so small, the cake looks like a cupcake now", ((None, None), (0, "make the cake smaller")), "weaker"),
        ("not so big", ((None, None), (0, "make the cup bigger")), "weaker"),
    ],
)
def test_more_or_less_of_the_last_look_in_its_own_words(text: str, rounds: Rounds, strength: str) -> None:
    assert decided(text, rounds) == ("retry", [("retry_edit", {"strength": strength})])


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("ok now make it snow over the desk", DESK, "make it snow over the desk"),
        ("the globe in this one is dull, make it shiny", DESK, "make the globe shiny"),
        ("the lamp glow is nice, can the globe glow too", DESK, "make the globe glow"),
        ("can the globe have a little flag too", DESK, "give the globe a little flag"),
    ],
)
def test_scene_weather_this_photo_and_can_the_thing(text: str, rounds: Rounds, instruction: str) -> None:
    assert decided_calls(text, rounds) == edit_calls(instruction)


def test_a_typing_slip_said_after_a_correction_is_left_out() -> None:
    rounds: Rounds = ((None, None), (0, "make the balloons gold"))
    assert decided_calls("silver, typed gold by accident", rounds) == [
        ("retry_edit", {"instruction": "make the balloons silver"})
    ]


@pytest.mark.parametrize("text", ["export it as html for the school newsletter", "save it as html for my blog"])
def test_an_export_in_a_named_format_is_one_whatever_it_is_for(text: str) -> None:
    assert decided(text, DESK) == ("export", [("export_session", {"format": "html"})])


def test_a_wish_for_the_last_edits_thing_in_another_look_corrects_it() -> None:
    rounds: Rounds = ((None, None), (0, "make the trifold board green"))
    assert decided_calls("i'd rather the trifold board was blue", rounds) == [
        ("retry_edit", {"instruction": "make the trifold board blue"})
    ]


def test_fix_it_after_a_verdict_on_the_last_edits_thing_tries_again() -> None:
    assert decided("the globe looks weird now, fix it pls", DESK) == ("retry", [("retry_edit", {})])
    assert decided("the lamp post looks weird now, fix it", ((None, None), (0, "add a globe on the desk")))[1] == []


@pytest.mark.parametrize("text", ["which looks better, with or without the ship?", "with and without the ship pls"])
def test_with_or_without_a_thing_asked_as_a_question_compares_too(text: str) -> None:
    assert decided(text, PORT) == ("compare", [("compare_rounds", {"first": "before the ship", "second": "the ship"})])


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("lilac, not purple. way lighter", "make the castle lilac"),
        ("not purple, lilac — our school colour", "make the castle lilac"),
    ],
)
def test_a_remark_after_a_whole_correction_is_left_out(text: str, instruction: str) -> None:
    rounds: Rounds = ((None, None), (0, "make the castle purple"))
    assert decided_calls(text, rounds) == [("retry_edit", {"instruction": instruction})]


def test_a_thing_after_a_dash_is_the_correction_itself() -> None:
    assert decided_calls("no not the cup - the saucer", ((None, None), (0, "make the cup blue"))) == [
        ("retry_edit", {"instruction": "make the saucer blue"})
    ]


def test_a_yes_or_no_question_about_with_or_without_is_an_opinion_asked_for() -> None:
    assert decided("is it better with or without the ship?", PORT)[1] == []
