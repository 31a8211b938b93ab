"""Round 34's rules, each from a miss of the development sets:

- an edit said and then said otherwise in the same turn, maybe twice ("make the cape red, no blue, actually red",
  "make the wings purple... no wait, pink", "add a moon. actually no moon, add stars") is the one edit finally meant,
  never two, and never a correction of the last edit; "add a beach, no people" says what the beach lacks;
- a change thought of aloud and left open ("maybe the tablecloth in white? idk", "… let me sleep on it", "add a van
  and, um, actually never mind") asks nothing; one gone ahead with ("maybe add a hat? go for it") is that edit;
- an opinion asked of a thing as it would be ("would a gold stand be tacky? be honest") is answered in words, while
  "would you be able to …" and "would it be possible to …" ask for the edit;
- a request wrapped in a reason before it ("the landlord says no cars in the alley so remove the parked car") or
  after it ("make the brushes yellow, the owner likes yellow") is the request alone;
- a remark before a way back ("sauce turned orange, undo") is its reason, not an edit;
- a comparison that names what no round is ("compare the red ones" after three red edits, "compare with the good
  one") gets a question, and "compare the sign before and after making it bigger" is around that edit;
- a correction names its round in its words only to find it ("the bench in round 1 should have been black" ->
  "make the bench black"), and a thing added again is added anew ("add the clock on the desk" after "add a clock on
  the wall" -> "add a clock on the desk");
- what an undone edit should have made ("the bench should have been black" after undoing back to the upload) redoes
  that edit, and what an edit under later ones should have made gets a question;
- smaller ones: "wipe the slate clean" is the original, "correct the wonky horizon" is an edit, "…, so blue instead"
  a correction, two named at length before "him" a question, flowers "in the basket" an edit (a shopping basket is
  "my basket" or "add to basket"), "the cups in green" made green, praise before "one more try" a retry, "can you
  compare pictures?" a question about the tool, and "is round 4 the one without the tray?" answered with what round
  4 is.
"""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import Rounds, decided, edit_calls, fixed_calls

KITCHEN: Rounds = ((None, None), (0, "make the lamp brighter"))
"""A kitchen photo with one edit."""
GYM: Rounds = (
    (None, None),
    (0, "make the bench red"),
    (1, "add a towel on the bench"),
    (2, "make the big dumbbell on the floor chrome"),
    (3, "remove the kettlebell by the mirror"),
)
"""A gym photo after four edits in a row."""
SPORTS_DAY: Rounds = (
    (None, None),
    (0, "make the sacks red"),
    (1, "give the girl in front a gold medal"),
    (2, "make the relay batons red"),
    (3, "add a teacher with a whistle on the left"),
)
"""A sports day photo after four edits, three of them red."""


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("make the cape red, no blue, actually red", "make the cape red"),
        ("make the wings purple... no wait, pink", "make the wings pink"),
        ("add a moon. actually no moon, add stars", "add stars"),
        ("remove the guy in the red shirt... wait no keep him, remove the one in green", "remove the one in green"),
        ("add a hat, actually no, add a scarf", "add a scarf"),
        ("remove the cup no wait the spoon", "remove the spoon"),
    ],
)
def test_an_edit_said_otherwise_in_the_same_turn_is_the_one_finally_meant(text: str, instruction: str) -> None:
    assert decided(text, KITCHEN) == ("edit", edit_calls(instruction))


def test_no_and_a_thing_that_is_no_look_says_what_a_thing_lacks() -> None:
    assert decided("add a beach, no people", KITCHEN) == ("edit", edit_calls("add a beach, no people"))


@pytest.mark.parametrize(
    "text",
    [
        "maybe the tablecloth in white? idk",
        "hmm thinking maybe a darker glaze on the buns... let me sleep on it",
        "possibly remove the tongs, possibly not. thoughts?",
        "could you make a pizza look cheesier? just wondering for later",
        "add a van and, um, actually never mind, nothing",
        "the chair should be on the left... or maybe not, let me think",
        "gonna make these pancakes again on sunday",
        "would a gold stand be tacky? be honest",
        "would the sushi look fancier on a black slate?",
    ],
)
def test_a_change_thought_aloud_or_an_opinion_asked_asks_nothing(text: str) -> None:
    act, calls = decided(text, KITCHEN)
    assert act in ("talk", "clarify") and calls == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("maybe add a hat? yeah do it", "add a hat"),
        ("i guess we could add sesame seeds on the buns? yeah go ahead", "add sesame seeds on the buns"),
        ("might as well add a cup of coffee next to the pancakes", "add a cup of coffee next to the pancakes"),
        ("would it be possible to make the sky red?", "make the sky red"),
        ("the landlord says no cars in the alley so remove the parked car please", "remove the parked car"),
        (
            "my friend's scooter got stolen so i want to cheer her up: put a big bow on the scooter",
            "put a big bow on the scooter",
        ),
        ("make the brushes yellow, the owner likes yellow", "make the brushes yellow"),
        ("give the truck a flame paint job, my nephew loves hot rods", "give the truck a flame paint job"),
    ],
)
def test_a_request_gone_ahead_with_or_wrapped_in_a_reason_is_that_edit(text: str, instruction: str) -> None:
    assert decided(text, KITCHEN) == ("edit", edit_calls(instruction))


def test_a_remark_before_a_way_back_is_its_reason() -> None:
    assert decided("sauce turned orange, undo", ((None, None), (0, "make the sauce red"), (1, "add a dog"))) == (
        "undo",
        [("revert", {"round": "previous"})],
    )


@pytest.mark.parametrize("text", ["compare the red ones", "compare with the good one", "compare gym prices near me"])
def test_a_comparison_of_what_no_round_is_gets_a_question(text: str) -> None:
    act, calls = decided(text, SPORTS_DAY)
    assert act in ("talk", "clarify") and calls == []


def test_before_and_after_an_edit_named_by_what_it_did() -> None:
    pharmacy: Rounds = (
        (None, None),
        (0, "make the green cross sign bigger"),
        (1, "make the counter white"),
        (2, "remove the price stickers"),
    )
    assert decided("Compare the sign before and after making it bigger.", pharmacy) == (
        "compare",
        [("compare_rounds", {"first": "before the sign", "second": "the sign"})],
    )


def test_a_correction_of_a_named_round_leaves_the_round_out_of_its_words() -> None:
    assert decided("the bench in round 1 should have been black, not red", GYM) == (
        "correction",
        fixed_calls("make the bench black", 1),
    )


def test_a_thing_added_again_by_a_correction_is_added_anew() -> None:
    rounds: Rounds = ((None, None), (0, "add a clock on the wall"))
    assert decided("add the clock on the desk instead", rounds) == (
        "correction",
        fixed_calls("add a clock on the desk"),
    )


def test_what_an_undone_edit_should_have_made_redoes_it() -> None:
    assert decided("the bench should have been black", GYM, current=0) == (
        "correction",
        fixed_calls("make the bench black", 1),
    )


def test_what_an_edit_under_later_ones_should_have_made_gets_a_question() -> None:
    act, calls = decided("the medal should have been silver", SPORTS_DAY)
    assert act == "clarify" and calls == []


@pytest.mark.parametrize("text", ["wipe the slate clean", "clean slate pls"])
def test_a_clean_slate_is_the_original(text: str) -> None:
    assert decided(text, GYM) == ("goto", [("revert", {"round": "original"})])


def test_a_flaw_to_correct_is_an_edit_not_a_correction() -> None:
    assert decided("correct the wonky horizon pls", GYM) == ("edit", edit_calls("correct the wonky horizon"))


def test_a_reason_then_so_and_another_look_corrects_the_last_edit() -> None:
    rounds: Rounds = ((None, None), (0, "give the courier a yellow helmet"))
    assert decided("my boss thinks a blue helmet would look better, so blue instead", rounds) == (
        "correction",
        fixed_calls("give the courier a blue helmet"),
    )


def test_two_named_at_length_before_him_get_a_question() -> None:
    act, calls = decided("the bus driver and the old man waiting... put a hat on him", KITCHEN)
    assert act == "clarify" and calls == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("can you put flowers in the basket of the bicycle", "put flowers in the basket of the bicycle"),
        ("can you to put flowers in the basket", "put flowers in the basket"),
        ("lol ok love it, now the cups in green pls", "make the cups green"),
    ],
)
def test_a_basket_in_the_photo_and_a_look_said_with_in_are_edits(text: str, instruction: str) -> None:
    assert decided(text, KITCHEN) == ("edit", edit_calls(instruction))


def test_praise_then_one_more_try_is_a_retry() -> None:
    assert decided("haha wonderful, one more try though", KITCHEN) == ("retry", [("retry_edit", {})])


@pytest.mark.parametrize("text", ["can you compare pictures?", "can u compare photos?"])
def test_whether_it_can_compare_is_answered_in_words(text: str) -> None:
    act, calls = decided(text, GYM)
    assert act in ("talk", "clarify") and calls == []


def test_whether_a_round_is_the_one_with_something_is_answered_with_what_it_is() -> None:
    act, calls = decided("is round 4 the one without the kettlebell?", GYM)
    assert (act, calls) == ("talk", [])
    reply = decide(Turn(text="is round 4 the one without the kettlebell?", tree=tree(*GYM))).reply
    assert reply is not None and '"remove the kettlebell by the mirror"' in reply
