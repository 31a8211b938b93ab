"""The exact readings `decide` adds to the dialogue model: commands named by their words, rounds named
by what they show, instructions cut out of chatty turns, and the plain answers where nothing can be done.
Each case is a turn in a small session and the tool calls it must make (none: an answer in words)."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, edit_calls

CAR = ((None, None), (0, "make the car red"))
PATIO = ((None, None), (0, "remove the grill"), (1, "make the parasol green"), (2, "add a lantern on the table"))
DESK = ((None, None), (0, "remove the sticky notes"))
LAWN = ((None, None), (0, "add a gnome by the hedge"))
TWO_PHOTOS = ((None, None), (0, "make the car red"), (None, None))


CASES: list[tuple[str, tuple, int | None, CallList]] = [
    # commands named by their words
    ("undo the lantern", PATIO, None, [("revert", {"round": "before the lantern"})]),
    ("redo", PATIO, 2, [("revert", {"round": "next"})]),
    ("could you run that again with a new seed?", CAR, None, [("retry_edit", {})]),
    ("how many times can I undo?", CAR, None, []),
    # rounds named by what they show, or by words for the newest and the original
    ("go back to the green parasol", PATIO, None, [("revert", {"round": "the green parasol"})]),
    ("display v1", PATIO, None, [("show_round", {"round": 1})]),
    ("show me the newest version", PATIO, 1, [("show_round", {"round": "latest"})]),
    ("back to square one", PATIO, None, [("revert", {"round": "original"})]),
    ("go back to the untouched shot", PATIO, None, [("revert", {"round": "original"})]),
    ("compare the last two versions", PATIO, None, [("compare_rounds", {"first": "previous", "second": "current"})]),
    (
        "compare before and after the lantern",
        PATIO,
        None,
        [("compare_rounds", {"first": "before the lantern", "second": "the lantern"})],
    ),
    ("compare it with the original", ((None, None),), None, []),
    ("pull up the lantern version", PATIO, None, [("show_round", {"round": "the lantern version"})]),
    # instructions cut out of chatty turns
    ("soooo can you add fireworks over the bridge", ((None, None),), None, edit_calls("add fireworks over the bridge")),
    (
        "this is from our trip — please add a rainbow over the lake",
        ((None, None),),
        None,
        edit_calls("add a rainbow over the lake"),
    ),
    ("I'd like the shutters painted olive green", ((None, None),), None, edit_calls("paint the shutters olive green")),
    ("i want that the sky is more orange", ((None, None),), None, edit_calls("make the sky more orange")),
    ("plz remoov the traffic cones", ((None, None),), None, edit_calls("remove the traffic cones")),
    ("make the jeep muddy lol", ((None, None),), None, edit_calls("make the jeep muddy")),
    ("add some scratches to it", CAR, None, edit_calls("add some scratches to the car")),
    ("add melted cheese on the burger", ((None, None),), None, edit_calls("add melted cheese on the burger")),
    (
        "add sprinkles to the donut. also make the icing pink",
        ((None, None),),
        None,
        [*edit_calls("add sprinkles to the donut"), *edit_calls("make the icing pink")],
    ),
    (
        "remove the bins and make the boat white",
        ((None, None),),
        None,
        [*edit_calls("remove the bins"), *edit_calls("make the boat white")],
    ),
    # corrections
    ("no, the van should be red", CAR, None, [("retry_edit", {"instruction": "make the van red"})]),
    ("no, the scooter", CAR, None, [("retry_edit", {"instruction": "make the scooter red"})]),
    ("the truck, not the car!", CAR, None, [("retry_edit", {"instruction": "make the truck red"})]),
    ("no, I meant the stapler", DESK, None, [("retry_edit", {"instruction": "remove the stapler"})]),
    ("not by the hedge, by the pond", LAWN, None, [("retry_edit", {"instruction": "add a gnome by the pond"})]),
    ("not that, the other thing", CAR, None, []),
    ("the left corner", CAR, None, []),
    ("one more time", TWO_PHOTOS, None, []),
    # how the thing the last edit made should be corrects it; another thing is a new edit
    ("the lantern should be red", PATIO, None, [("retry_edit", {"instruction": "add a red lantern on the table"})]),
    ("the table should be darker", PATIO, None, edit_calls("make the table darker")),
    ("the van should be blue", CAR, None, edit_calls("make the van blue")),
    # an unsure reading does not guess what a bare "that" means
    ("remove that", LAWN, None, []),
    # beside a share, revoke or export, doing away with "it" means the link or the file
    ("the link i sent to my ex... kill it", PATIO, None, [("revoke_share", {})]),
    ("stop sharing, delete it", PATIO, None, [("revoke_share", {})]),
    # describing the photo is not something the tool does
    ("what is in this photo?", LAWN, None, []),
    ("describe the image please", LAWN, None, []),
    # a question is no request to do the last edit again
    ("do the links expire?", LAWN, None, []),
    # a person's own plan: what follows "and" shares its subject
    ("I'm going to print this and hang it in the patio", PATIO, None, []),
    ("we're gonna frame it and give it to mom", PATIO, None, []),
    (
        "i'm going to need you to remove the grill and add a fan",
        CAR,
        None,
        edit_calls("remove the grill") + edit_calls("add a fan"),
    ),
]


@pytest.mark.parametrize(("text", "rounds", "current", "expected"), CASES, ids=[c[0] for c in CASES])
def test_turns_make_exactly_the_expected_calls(
    text: str, rounds: tuple, current: int | None, expected: CallList
) -> None:
    decision = decide(Turn(text, tree(*rounds, current=current)))
    assert [(c.name, c.args) for c in decision.calls] == expected, decision
    assert decision.calls or decision.reply, decision


def test_a_retry_on_a_new_photo_asks_which_photo_is_meant() -> None:
    decision = decide(Turn("try again", tree(*TWO_PHOTOS)))
    assert decision.act == "clarify" and "Round 2 is a new photo" in (decision.reply or "")
    assert '"make the car red"' in (decision.reply or "")


def test_a_comparison_of_a_round_with_itself_says_so() -> None:
    decision = decide(Turn("compare it with the original", tree((None, None))))
    assert decision.calls == () and "the same round" in (decision.reply or "")
