"""Round 29's rules, each from a miss of the development sets:

- a correction that rejects the last edit's verb and says another ("instead of removing the tourists just blur
  them", "i didnt say delete the chopsticks, i said cross them on the plate") redoes that edit with the new verb on
  the same thing; one that rejects another thing or another verb does not;
- "bring it back" (or "i want it back") with nothing undone takes the last edit back, as "put it back" does, and so
  does "the boat was fine tho, bring it back" after the boat's removal; after an undo it is a redo;
- a round named by how the photo came to look ("revert to before it got dark" after "make it night") is found by
  what the edits mean and goes into the call by its number; a thing no edit names ("before the rainbow") is not;
- "complete the jigsaw", "bend the pole more", "round off the corners of the table" are edits;
- a correction may name a thing with its place in up to eight words ("i meant the trash bin next to the cart"),
  but not two things ("the dog or the kid in the back");
- someone else's wish that the person then asks for ("my boss asked me to get rid of the van, pls do", "the client
  wants the sky moodier, go ahead") is that edit, but a remark ("the sky is too dark") is not put as one;
- "crocodile instead" after "add an alligator ..." keeps the article: "add a crocodile ...";
- "not convinced by the lighthouse, do it over" tries the last edit again.
"""

from __future__ import annotations

import pytest

from language.similarity import closest
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import Rounds, decided, decided_calls, edit_calls, fixed_calls

UPLOAD: Rounds = ((None, None),)
GATE: Rounds = ((None, None), (0, "make the sky pink"), (1, "remove the tourists at the entrance"))
"""A city gate: the sky made pink, then the tourists at the entrance removed."""
SKY: Rounds = ((None, None), (0, "make the sky pink"))
COVE: Rounds = ((None, None), (0, "make the sky pink"), (1, "remove the boat near the rocks"))
"""A cove: the sky made pink, then the boat near the rocks removed (current)."""
GARGOYLE: Rounds = (
    (None, None),
    (0, "make the gargoyle look mossy"),
    (1, "add pigeons on the ledge"),
    (2, "make it night"),
    (3, "add lightning"),
)
"""A cathedral roof: the night came with round 3."""
SLIDE: Rounds = ((None, None), (0, "make the water slide bright orange"), (1, "remove the umbrellas"))
SWAMP: Rounds = ((None, None), (0, "add an alligator next to the airboat"))


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("instead of removing the tourists just blur them", GATE, "blur the tourists"),
        ("forget removing them, just blur them", GATE, "blur the tourists"),
        ("rather than removing them, blur them", GATE, "blur the tourists"),
        ("i didnt say delete the tourists, i said cross them on the plate", GATE, "cross the tourists on the plate"),
        ("dont make it pink, make it purple", SKY, "make the sky purple"),
        ("no need to make it pink, just brighten it", SKY, "brighten the sky"),
    ],
)
def test_a_correction_of_the_verb_redoes_the_edit_with_the_new_one(text: str, rounds: Rounds, instruction: str) -> None:
    assert decided(text, rounds) == ("correction", fixed_calls(instruction))


@pytest.mark.parametrize("text", ["dont remove the sky, make it red", "dont remove them, remove the sky"])
def test_a_correction_of_another_thing_or_the_same_verb_is_not_one_of_the_verb(text: str) -> None:
    assert decided(text, GATE)[1] != fixed_calls("make the tourists red")
    assert decided(text, GATE)[1] != fixed_calls("remove the tourists")


@pytest.mark.parametrize(
    "text",
    ["bring it back", "i want it back", "the boat was fine tho, bring it back", "grandma loved it, bring it back pls"],
)
def test_bringing_a_removed_thing_back_takes_the_removal_back(text: str) -> None:
    assert decided(text, COVE) == ("undo", [("revert", {"round": "previous"})])


def test_bring_it_back_after_an_undo_is_a_redo() -> None:
    act, calls = decided("bring it back", COVE, current=1)
    assert act == "redo" and calls and calls[0][0] == "revert"


def test_a_reason_then_bring_it_back_after_a_recolouring_asks_nothing_new() -> None:
    assert decided("the sky was fine tho, bring it back", SKY)[0] != "edit"


def test_a_round_named_by_how_the_photo_came_to_look_is_found_by_meaning() -> None:
    assert decided("revert to before it got dark", GARGOYLE) == ("goto", [("revert", {"round": 2})])


@pytest.mark.parametrize("text", ["revert to before the rainbow", "go back to before the moon"])
def test_a_thing_no_edit_names_is_answered_in_words(text: str) -> None:
    act, calls = decided(text, SLIDE)
    assert calls == [] and act in ("talk", "clarify")


def test_meaning_picks_a_text_only_when_it_is_near_and_clearly_nearest() -> None:
    instructions = ["make the gargoyle look mossy", "make it night", "add lightning"]
    assert closest("it got dark", instructions) == 1
    assert closest("a picnic on the beach", instructions) is None
    assert closest("it got dark", []) is None


@pytest.mark.parametrize(
    "text", ["complete the jigsaw", "bend the pole more", "round off the corners of the table", "fold the napkins"]
)
def test_rarer_photo_verbs_edit(text: str) -> None:
    assert decided_calls(text, UPLOAD) == edit_calls(text)


def test_a_correction_names_a_thing_with_its_place() -> None:
    rounds: Rounds = ((None, None), (0, "remove the napkin dispenser from the counter"))
    text = "wrong thing, i meant the trash bin next to the cart"
    assert decided(text, rounds) == ("correction", fixed_calls("remove the trash bin next to the cart"))


def test_two_things_named_in_a_correction_ask_which() -> None:
    rounds: Rounds = ((None, None), (0, "make the flames bigger"))
    assert decided("the dog or the kid in the back, remove one", rounds) == ("clarify", [])


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("my boss asked me to get rid of the van, pls do", "get rid of the van"),
        ("the client wants the sky moodier, go ahead", "make the sky moodier"),
        ("my friend said remove the dog and honestly shes right, do it", "remove the dog"),
    ],
)
def test_someone_elses_wish_then_asked_for_is_edited(text: str, instruction: str) -> None:
    assert decided_calls(text, UPLOAD) == edit_calls(instruction)


def test_a_reported_remark_is_not_put_as_an_edit() -> None:
    calls = decided_calls("the teacher said the sky is too dark, go ahead", UPLOAD)
    assert not any("is too dark" in str(args) for _, args in calls)


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("crocodile instead", "add a crocodile next to the airboat"),
        ("heron, not alligator", "add a heron next to the airboat"),
        ("no, an owl", "add an owl next to the airboat"),
    ],
)
def test_a_bare_noun_for_an_added_thing_keeps_its_article(text: str, instruction: str) -> None:
    assert decided(text, SWAMP) == ("correction", fixed_calls(instruction))


@pytest.mark.parametrize("text", ["not convinced by the lighthouse, do it over", "hmm do it over pls"])
def test_a_doubt_then_do_it_over_tries_again(text: str) -> None:
    assert decided(text, ((None, None), (0, "make the lighthouse red"))) == ("retry", [("retry_edit", {})])


@pytest.mark.parametrize(
    ("text", "rounds", "reference"),
    [
        ("when the sky wasnt grey", ((None, None), (0, "add puffins"), (1, "make the sky stormy grey")), 1),
        (
            "where the fisherman wasnt on the raft yet",
            ((None, None), (0, "add a bamboo raft"), (1, "put a fisherman on the raft"), (2, "add fog")),
            1,
        ),
        ("when the ropes were their old colour", ((None, None), (0, "add mist"), (1, "make the ropes red")), 1),
        (
            "the first frosty van",
            (
                (None, None),
                (0, "add smoke"),
                (1, "make the van white with frost"),
                (1, "make the van white with frost"),
            ),
            2,
        ),
    ],
)
def test_rounds_named_by_a_look_or_a_thing_not_there_yet(text: str, rounds: Rounds, reference: int) -> None:
    assert tree(*rounds).resolve(text).index == reference


@pytest.mark.parametrize(
    ("text", "target"), [("go back to b4 the skater pls", "before the skater"), ("bak to b4 the puffins", None)]
)
def test_shorthand_for_before_and_back(text: str, target: str | None) -> None:
    rounds: Rounds = ((None, None), (0, "add a skater on the ice"), (1, "add puffins on the cliff"), (2, "add snow"))
    act, calls = decided(text, rounds)
    assert act == "goto" and calls and calls[0][0] == "revert"


@pytest.mark.parametrize(
    "text", ["revert pls, the snow looks fake", "go back, the tusks look weird", "undo that, it looks bad"]
)
def test_a_way_back_then_a_reason_is_one_step_back(text: str) -> None:
    rounds: Rounds = ((None, None), (0, "add giraffes"), (1, "make the snow brighter"))
    assert decided(text, rounds) == ("undo", [("revert", {"round": "previous"})])


def test_what_was_round_n_again_shows_it() -> None:
    assert decided("what was round 1 again?", SKY) == ("show", [("show_round", {"round": 1})])


def test_an_undo_taken_back_as_a_mistake_is_a_redo_only_after_an_undo() -> None:
    assert decided("oops didnt mean to undo", SKY, current=0) == ("redo", [("revert", {"round": "next"})])
    assert decided("oops i didnt mean to undo, put the sky back", SKY, current=0)[1] == [("revert", {"round": "next"})]
    assert decided("oops didnt mean to undo", SKY)[1] == []


@pytest.mark.parametrize("text", ["pls redo, the tiles look like plastic", "redo, it looks fake"])
def test_redo_and_a_reason_with_nothing_undone_tries_again(text: str) -> None:
    assert decided(text, ((None, None), (0, "make the tiles terracotta"))) == ("retry", [("retry_edit", {})])


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("do u think u could put a plant on the windowsill", "put a plant on the windowsill"),
        ("yo just slap a SALE banner across the front window", "slap a SALE banner across the front window"),
        ("exterminate the flies on the window", "exterminate the flies on the window"),
        ("make the lake milky blue on this version too", "make the lake milky blue"),
    ],
)
def test_requests_in_chat_words_and_rough_verbs_edit(text: str, instruction: str) -> None:
    assert decided_calls(text, SKY) == edit_calls(instruction)


@pytest.mark.parametrize(
    "text", ["too much coffee today lol, brb", "less is more, i like it like this", "ok brb", "gotta run, brb"]
)
def test_stepping_away_or_keeping_it_as_it_is_changes_nothing(text: str) -> None:
    assert decided_calls(text, SKY) == []


def test_a_request_then_brb_is_still_edited() -> None:
    assert decided_calls("make it darker, brb", SKY) == edit_calls("make the sky darker")


@pytest.mark.parametrize(
    ("text", "instruction"), [("more pipes", "add more pipes"), ("more clouds pls", "add more clouds")]
)
def test_more_of_a_kind_of_thing_adds_it(text: str, instruction: str) -> None:
    assert decided_calls(text, SKY) == edit_calls(instruction)


def test_more_alone_is_still_a_stronger_try() -> None:
    assert decided("more please", SKY) == ("retry", [("retry_edit", {"strength": "stronger"})])


def test_more_of_what_the_last_edit_added_is_that_edit_stronger() -> None:
    rounds: Rounds = ((None, None), (0, "add tulips along the fence"))
    assert decided("more tulips", rounds) == ("retry", [("retry_edit", {"strength": "stronger"})])


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        (
            "the shield, not the armour",
            ((None, None), (0, "paint the knight's armour gold")),
            "paint the knight's shield gold",
        ),
        ("helmet, not jersey", ((None, None), (0, "make the rider's jersey yellow")), "make the rider's helmet yellow"),
        ("crimson*, typo", ((None, None), (0, "paint the left board red")), "paint the left board crimson"),
    ],
)
def test_a_part_corrected_keeps_its_owner_and_a_typo_note_is_left_out(
    text: str, rounds: Rounds, instruction: str
) -> None:
    assert decided(text, rounds) == ("correction", fixed_calls(instruction))
