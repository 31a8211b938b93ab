"""Round 25's rules, each from a miss of the development sets:

- on a photo with no edit yet, an edit of "the tall one" or "the one on the left" asks which thing is meant, since
  nothing said before tells what "one" stands for; after an edit, or when the turn names the thing ("add a baby
  whale next to the big one"), it is an edit;
- a request with "but not yet" at its end waits ("remove the jeep and add zebras but not yet, let me think");
- a question of what the editor can do that is said to be only a question ("is it possible to make an elephant
  pink? just curious") is answered, while the same question alone is a polite request;
- a thing named only as a "thing" ("delete the small thing near the edge"), "one of them" left open and a request
  cut off after "say" or "they're" ask;
- wishes said as what a thing should be doing, look like or needs ("the pizzaiolo should be throwing the dough",
  "that fence looks too new, it should look weathered", "the steps are too dark, they need brightening", "the
  tables look too empty, they need food on them", "add something in the sky, like a hot air balloon") are edits;
- "a bit bluer" after "make the cup blue" is stronger, "push it" after a verdict is stronger, "third try pls" and
  "do another one just for fun" retry, "back one step, the silver looks grey" goes one step back;
- two rounds set against each other by "against", "+" or "vs" are compared, even when each side alone would be a
  move ("before the headlights vs now");
- "what's the difference between again and stronger?", "can you undo if i mess up?", "ok ill try again another day"
  and "back to the start? nah its fine, keep it" change nothing;
- "nvm that" and "meh scrap it" undo; "take me to the fourth edit" goes there; "i was talkin about the spoon"
  corrects; "the first try of the pistachios was nicer" and, back on the original, "take me to the second try" go
  to that try; "the newest one again pls" goes to the newest round; "put the two pistachio tries next to each other"
  compares the tries; "compare them pls, side by side" among several rounds asks which two;
- two undos said only in other words are one step ("i dont like what u did there, take it away"), "undo, undo" two;
- "i'd rather the boathouse was white" and "sign on the boathouse should say OPEN" are edits, and "thank you very
  much" is no part of an instruction;
- "lemme see 2 again real quick" shows round 2, "1 is the winner, switch to it" goes there, "bump the contrast up a
  bit" is an edit, and "the first try was better i think... nah this one's fine" keeps the current round;
- a look said roughly and then named as a shade is that shade ("no i wanted it lighter, like turquoise"), but not a
  shade the result is said to look like ("i mean lemon yellow, this is more like mustard").
"""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import BREAKFAST, CallList, Rounds, decided_calls, edit_calls

FRESH: Rounds = ((None, None),)
LAMPS: Rounds = ((None, None), (0, "add two lamps on the desk"))


@pytest.mark.parametrize(
    "text", ["make the tall one shorter", "remove the ones on the left", "the one in the middle, make it smaller"]
)
def test_one_said_by_its_look_on_a_fresh_photo_asks(text: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*FRESH)))
    assert (decision.act, decision.calls) == ("clarify", ())


@pytest.mark.parametrize(
    ("rounds", "text", "instruction"),
    [
        (LAMPS, "make the tall one shorter", "make the tall one shorter"),
        (FRESH, "add a baby whale next to the big one", "add a baby whale next to the big one"),
        (FRESH, "give the hedgehog one small hat", "give the hedgehog one small hat"),
    ],
)
def test_one_with_something_to_stand_for_is_an_edit(rounds: Rounds, text: str, instruction: str) -> None:
    assert decided_calls(text, rounds) == edit_calls(instruction)


@pytest.mark.parametrize(
    "text",
    [
        "i want to remove the jeep and add zebras but not yet, let me think",
        "remove the jeep, but not yet",
        "add snow but not right now though",
    ],
)
def test_a_request_for_later_waits(text: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*BREAKFAST)))
    assert (decision.act, decision.calls) == ("talk", ())


@pytest.mark.parametrize(
    "text",
    [
        "is it possible to make an elephant pink? just curious",
        "can you make the sky pink? just asking",
        "could u remove the spoon? im just curious",
    ],
)
def test_a_question_said_to_be_only_a_question_is_answered(text: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*BREAKFAST)))
    assert (decision.act, decision.calls) == ("talk", ())


def test_the_same_question_alone_is_a_polite_request() -> None:
    assert decided_calls("can you make the sky pink?", BREAKFAST) == edit_calls("make the sky pink")


CUP: Rounds = ((None, None), (0, "make the cup blue"))
SNOWCAT: Rounds = (
    (None, None),
    (0, "turn on the snowcat's headlights"),
    (1, "add falling snow"),
    (2, "make the sky deep violet"),
    (3, "add a chairlift in the background"),
)


@pytest.mark.parametrize(
    ("rounds", "text"),
    [
        (CUP, "delete the small thing near the edge"),
        (CUP, "make the goat or the ledge darker, one of them"),
        (CUP, "make the sign say"),
        (FRESH, "make the sheep look like they're"),
        (FRESH, "give the tall one a hat"),
        (FRESH, "the one near the bread, make it bigger"),
    ],
)
def test_unsaid_things_and_cut_off_requests_ask(rounds: Rounds, text: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*rounds)))
    assert (decision.act, decision.calls) == ("clarify", ())


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("make the whole thing black and white", "make the whole thing black and white"),
        ("make the kids say cheese", "make the kids say cheese"),
        ("the pizzaiolo should be throwing the dough", "make the pizzaiolo throw the dough"),
        ("the kid should be smiling", "make the kid smile"),
        ("that fence looks too new, it should look weathered", "make that fence look weathered"),
        ("the steps are too dark, they need brightening", "brighten the steps"),
        ("honestly the tables look too empty, they need food on them", "put food on the tables"),
        ("add something in the sky, like a hot air balloon", "add a hot air balloon in the sky"),
        ("the sky shuold be stormy", "make the sky stormy"),
        ("wld be great if the oxen had bells round their necks", "give the oxen bells round their necks"),
        ("cn u mke the sky pnk", "make the sky pink"),
    ],
)
def test_wishes_and_typed_requests_are_edits(text: str, instruction: str) -> None:
    assert decided_calls(text, FRESH) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("a bit bluer", [("retry_edit", {"strength": "stronger"})]),
        ("slightly bluer", [("retry_edit", {"strength": "stronger"})]),
        ("a tad bluer", [("retry_edit", {"strength": "stronger"})]),
        ("a bit less blue", [("retry_edit", {"strength": "weaker"})]),
        ("looks great but too subtle, can u push it", [("retry_edit", {"strength": "stronger"})]),
        ("the cup is barely blue, push it", [("retry_edit", {"strength": "stronger"})]),
        ("i can barely see any blue", [("retry_edit", {"strength": "stronger"})]),
        ("third try pls", [("retry_edit", {})]),
        ("haha love it. do another one just for fun", [("retry_edit", {})]),
        ("back one step, the cup looks grey", [("revert", {"round": "previous"})]),
        ("can we go back one, the blue is a bit much", [("revert", {"round": "previous"})]),
    ],
)
def test_retries_and_steps_back_said_around_a_verdict(text: str, calls: CallList) -> None:
    assert decided_calls(text, CUP) == calls


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("the violet sky version against the chairlift one", "the violet sky version", "the chairlift one"),
        ("og + latest side by side plz", "the og", "latest"),
        ("how did it look before the headlights vs now", "before the headlights", "current"),
    ],
)
def test_two_rounds_set_against_each_other_are_compared(text: str, first: str, second: str) -> None:
    assert decided_calls(text, SNOWCAT) == [("compare_rounds", {"first": first, "second": second})]
    session = tree(*SNOWCAT)
    assert session.resolve(first).index != session.resolve(second).index


def test_a_move_and_a_comparison_in_one_turn_stay_two() -> None:
    assert decided_calls("go back to round 2 and compare it with round 1", SNOWCAT) == [
        ("revert", {"round": 2}),
        ("compare_rounds", {"first": "current", "second": 1}),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "what's the difference between again and stronger?",
        "can you undo if i mess up?",
        "ok ill try again another day, thanks",
        "back to the start? nah its fine, keep it",
    ],
)
def test_talk_about_retries_and_undo_changes_nothing(text: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*CUP)))
    assert (decision.act, decision.calls) == ("talk", ())


SAUCER: Rounds = ((None, None), (0, "make the cup blue"), (1, "make the saucer red"))
BAKLAVA: Rounds = (
    (None, None),
    (0, "sprinkle pistachios on the baklava"),
    (0, "sprinkle pistachios on the baklava"),
    (2, "make the tray silver"),
)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("nvm that", [("revert", {"round": "previous"})]),
        ("meh scrap it", [("revert", {"round": "previous"})]),
        ("take me to the edit before last", [("revert", {"round": "before last"})]),
        ("i was talkin about the spoon, not the saucer", [("retry_edit", {"instruction": "make the spoon red"})]),
        ("i was on about the spoon", [("retry_edit", {"instruction": "make the spoon red"})]),
    ],
)
def test_undo_moves_and_corrections_in_new_words(text: str, calls: CallList) -> None:
    assert decided_calls(text, SAUCER) == calls


def test_compare_them_among_several_rounds_asks_which() -> None:
    decision = decide(Turn(text="compare them pls, side by side", tree=tree(*SAUCER)))
    assert (decision.act, decision.calls) == ("clarify", ())


@pytest.mark.parametrize(
    ("text", "current", "calls"),
    [
        (
            "the first try of the pistachios was nicer, go back to it",
            None,
            [("revert", {"round": "the first try of the pistachios"})],
        ),
        ("ok take me to the second try", 0, [("revert", {"round": "the second try"})]),
        (
            "put the two pistachio tries next to each other",
            None,
            [("compare_rounds", {"first": "the first try", "second": "the second try"})],
        ),
    ],
)
def test_tries_named_preferred_and_compared(text: str, current: int | None, calls: CallList) -> None:
    session = tree(*BAKLAVA, current=current)
    decision = decide(Turn(text=text, tree=session))
    assert [(c.name, c.args) for c in decision.calls] == calls
    assert session.resolve(str(calls[0][1].get("round", "the first try"))).index in (1, 2)


def test_the_newest_round_again_after_going_back() -> None:
    session = tree(*SAUCER, current=0)
    decision = decide(Turn(text="the newest one again pls", tree=session))
    assert [(c.name, c.args) for c in decision.calls] == [("revert", {"round": "latest"})]
    assert session.resolve("latest").index == 2


@pytest.mark.parametrize(
    ("text", "steps"), [("i dont like what u did there, take it away", 1), ("undo, undo", 2), ("undo that. undo", 2)]
)
def test_undos_in_other_words_are_one_step(text: str, steps: int) -> None:
    assert decided_calls(text, SAUCER) == [("revert", {"round": "previous"})] * steps


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("i'd rather the boathouse was white", "make the boathouse white"),
        ("sign on the boathouse should say OPEN", "make the sign on the boathouse say OPEN"),
        ("Could you kindly remove the litter on the sand, thank you very much", "remove the litter on the sand"),
    ],
)
def test_more_wishes_and_polite_requests(text: str, instruction: str) -> None:
    assert decided_calls(text, FRESH) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("lemme see 2 again real quick", [("show_round", {"round": 2})]),
        ("1 is the winner, switch to it", [("revert", {"round": 1})]),
        ("bump the contrast up a bit", edit_calls("bump the contrast up a bit")),
        ("the first try was better i think... nah this one's fine", []),
        ("the version before the saucer was nice too but i prefer this", []),
    ],
)
def test_rounds_shown_picked_or_kept_in_chat_words(text: str, calls: CallList) -> None:
    assert decided_calls(text, SAUCER) == calls


@pytest.mark.parametrize(
    ("rounds", "text", "instruction"),
    [
        (((None, None), (0, "make the sea blue")), "no i wanted it lighter, like turquoise", "make the sea turquoise"),
        (((None, None), (0, "make the sea blue")), "still no. darker - forest green", "make the sea forest green"),
        (
            ((None, None), (0, "make the bike yellow")),
            "i mean lemon yellow, this is more like mustard",
            "make the bike lemon yellow",
        ),
    ],
)
def test_a_shade_named_after_a_rough_look_is_the_look(rounds: Rounds, text: str, instruction: str) -> None:
    assert decided_calls(text, rounds) == [("retry_edit", {"instruction": instruction})]
