"""Round 32's rules, each from a miss of the development sets:

- talk about the person's own life ("the hallway could be tidier irl lol", "i wish our kitchen was this bright"),
  advice ("what colour would you paint a tiny bathroom") and the tool asked about in theory ("could you, in theory,
  turn a garage into a studio?") are answered in words, unless the turn also asks for the change here;
- a question whether an edit would help ("what if i removed the bench, would the patio look bigger") is answered;
- a thing the last edit added, thrown out with why or with what stays ("ditch the lanterns, they look tacky", "keep
  the rug, lose the lanterns"), takes that edit back;
- a round named by words that two different edits match ("the curtain one" after the curtains were made grey and,
  from the same round, yellow) gets a question naming both rounds; "before the curtains" is the round both came
  from;
- "the last one with the green scarf" is the newest round on the line that still shows it, "the last one with the
  gnome still in it" the one before the gnome was removed;
- what a round was asked for ("what did i type for round 2", "remind me what round 1 was", "what was my very first
  request") shows that round; "lets carry on from 2" goes there and "peek at 2 but dont switch" shows it;
- "compare both hats" puts the two tries of the hat side by side;
- "not glossy, matte" swaps that look word in the last instruction, "not the gardener, his wife" names her as his;
- after "give the goat a flower crown", "her" is the goat ("make her bigger", "put her on the left bale"); after
  "make the girl's riding helmet pink", "make her wave" is the girl;
- a material instead ("velvet instead" after "give the scarecrow a green coat") goes after the colour;
- "not him, the other guy" flips the side when the last edit named one, and asks which one otherwise; "wrong horse"
  after an edit of the left horse is the right horse;
- a thing to be left alone, then the change ("the plants stay. just make the railing black"), is the change;
- "where did the boxes go?" after they were removed says which round removed them;
- "the crib needs a canopy over it" and "would be so much cosier with a throw on the sofa" are those additions.
"""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import Rounds, decided, edit_calls, fixed_calls

PATIO: Rounds = ((None, None), (0, "make the parasol green"))
"""A patio with one edit."""
LANTERNS: Rounds = ((None, None), (0, "make the rug navy"), (1, "hang paper lanterns over the table"))
"""A dining room: the rug recoloured, then lanterns hung."""
CURTAINS: Rounds = (
    (None, None),
    (0, "add a cat on the sofa"),
    (1, "make the curtains grey"),
    (1, "make the curtains yellow"),
    (3, "add a lamp by the window"),
)
"""A living room whose curtains were made grey and then, from the same round, yellow."""
GARDEN: Rounds = (
    (None, None),
    (0, "make the girl's scarf green"),
    (1, "remove the gnome by the pond"),
    (2, "make the girl's scarf purple"),
    (3, "add ducks on the pond"),
)
"""A garden: the scarf made green, the gnome removed, the scarf made purple, ducks added."""
HATS: Rounds = (
    (None, None),
    (0, "make the sky clear"),
    (1, "put a sun hat on the boy"),
    (1, "put a sun hat on the boy"),
)
"""A beach photo whose hat edit was tried twice."""
DOOR: Rounds = ((None, None), (0, "paint the shed door glossy blue"))
"""A garden shed, its door painted glossy blue."""
GOAT: Rounds = ((None, None), (0, "give the goat a flower crown"))
"""A goat given a flower crown."""
PONY: Rounds = ((None, None), (0, "make the girl's riding helmet pink"))
"""A girl on a pony, her helmet recoloured."""
SCARECROW: Rounds = ((None, None), (0, "give the scarecrow a green coat"))
"""A scarecrow given a green coat."""
LEFT_HORSE: Rounds = ((None, None), (0, "make the horse on the left black"))
"""Two horses, the left one recoloured."""
CAB: Rounds = ((None, None), (0, "add a farmer in the tractor's cab"))
"""A tractor with a farmer added in its cab."""
GARAGE: Rounds = ((None, None), (0, "make the walls white"), (1, "remove the boxes on the shelf"))
"""A garage: walls painted, boxes removed."""


@pytest.mark.parametrize(
    "text",
    [
        "the hallway could be tidier irl lol",
        "i wish our kitchen was this bright",
        "wish the pool was heated, ours is freezing",
        "brb gonna go paint the real fence",
        "what colour would you paint a tiny bathroom",
        "could you, in theory, turn a garage into a studio?",
        "can you put two versions next to each other? just asking how it works",
        "what if i removed the bench, would the patio look bigger",
    ],
)
def test_talk_about_life_advice_or_theory_is_no_edit(text: str) -> None:
    act, calls = decided(text, PATIO)
    assert act in ("talk", "clarify") and calls == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("the dog was much fluffier irl, make the dog fluffier", "make the dog fluffier"),
        ("what colour would suit the bench? nvm, paint the bench white", "paint the bench white"),
        ("could you add fog over the lawn? just curious how it'd look", "add fog over the lawn"),
    ],
)
def test_life_or_advice_then_a_request_is_that_edit(text: str, instruction: str) -> None:
    assert decided(text, PATIO) == ("edit", edit_calls(instruction))


@pytest.mark.parametrize(
    "text", ["ditch the lanterns, they look tacky", "keep the rug, lose the lanterns", "drop the lanterns"]
)
def test_a_thing_just_added_thrown_out_takes_that_edit_back(text: str) -> None:
    assert decided(text, LANTERNS) == ("undo", [("revert", {"round": "previous"})])


def test_a_plain_removal_of_a_thing_just_added_stays_a_removal() -> None:
    assert decided("remove the lanterns", LANTERNS) == ("edit", edit_calls("remove the lanterns"))


@pytest.mark.parametrize("text", ["the curtain one", "go back to the curtains one", "show me the curtain version"])
def test_words_two_different_edits_match_get_a_question_naming_both(text: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*CURTAINS)))
    assert (decision.act, decision.calls) == ("clarify", ())
    assert "Rounds 2 and 3 both match" in decision.reply


def test_before_two_edits_made_from_one_round_is_that_round() -> None:
    act, calls = decided("go back to before the curtains", CURTAINS)
    assert act == "goto" and tree(*CURTAINS).resolve(calls[0][1]["round"]).index == 1


@pytest.mark.parametrize(
    ("text", "round_index"),
    [
        ("go back to the last one with the green scarf", 2),
        ("the last version with the gnome still in it", 1),
        ("the last one without the ducks", 3),
    ],
)
def test_the_last_one_with_a_thing_is_the_newest_round_that_shows_it(text: str, round_index: int) -> None:
    act, calls = decided(text, GARDEN)
    session = tree(*GARDEN)
    assert act == "goto" and session.resolve(calls[0][1]["round"]).index == round_index


@pytest.mark.parametrize(
    ("text", "round_index"),
    [
        ("what did i type for round 2", 2),
        ("remind me what round 1 was", 1),
        ("what was my very first request", 1),
        ("wait what is round 3", 3),
        ("peek at 2 but dont switch", 2),
    ],
)
def test_what_a_round_was_asked_for_shows_it(text: str, round_index: int) -> None:
    assert decided(text, GARDEN) == ("show", [("show_round", {"round": round_index})])


def test_carrying_on_from_a_bare_number_goes_there() -> None:
    assert decided("lets carry on from 2", GARDEN) == ("goto", [("revert", {"round": 2})])


@pytest.mark.parametrize("text", ["compare both hats", "put the two hats side by side"])
def test_both_tries_of_a_thing_are_compared(text: str) -> None:
    assert decided(text, HATS) == ("compare", [("compare_rounds", {"first": 2, "second": 3})])


@pytest.mark.parametrize("text", ["not glossy, matte", "matte not glossy", "matte, not glossy"])
def test_a_look_word_said_instead_is_swapped(text: str) -> None:
    assert decided(text, DOOR) == ("correction", fixed_calls("paint the shed door matte blue"))


def test_his_thing_instead_of_him_is_his() -> None:
    farmer: Rounds = ((None, None), (0, "give the gardener a straw hat"))
    assert decided("not the gardener, his wife", farmer) == (
        "correction",
        fixed_calls("give the gardener's wife a straw hat"),
    )


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("make her bigger", GOAT, "make the goat bigger"),
        ("put her on the left bale", GOAT, "put the goat on the left bale"),
        ("make her wave at the camera", PONY, "make the girl wave at the camera"),
        ("give her a matching jacket", PONY, "give the girl a matching jacket"),
    ],
)
def test_her_is_the_one_the_last_edit_gave_to_or_changed_the_thing_of(
    text: str, rounds: Rounds, instruction: str
) -> None:
    assert decided(text, rounds) == ("edit", edit_calls(instruction))


def test_a_material_instead_goes_after_the_colour() -> None:
    assert decided("velvet instead", SCARECROW) == ("correction", fixed_calls("give the scarecrow a green velvet coat"))


def test_the_other_one_flips_a_side_or_asks() -> None:
    man: Rounds = ((None, None), (0, "make the man on the left smile"))
    assert decided("not him, the other guy", man) == ("correction", fixed_calls("make the man on the right smile"))
    act, calls = decided("not him, the other guy", CAB)
    assert act in ("clarify", "talk") and calls == []


@pytest.mark.parametrize("text", ["wrong horse 🙈", "lol it painted the wrong horse"])
def test_the_wrong_one_of_a_sided_edit_is_the_other_side(text: str) -> None:
    assert decided(text, LEFT_HORSE) == ("correction", fixed_calls("make the horse on the right black"))


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("the plants stay. just make the railing black", "make the railing black"),
        ("dont touch the flamingo but make the lawn look freshly mowed", "make the lawn look freshly mowed"),
        ("leave the cat alone and remove the mug", "remove the mug"),
    ],
)
def test_a_thing_left_alone_then_a_change_is_that_change(text: str, instruction: str) -> None:
    assert decided(text, PATIO) == ("edit", edit_calls(instruction))


def test_where_a_removed_thing_went_is_told() -> None:
    decision = decide(Turn(text="where did the boxes go? did you just delete them", tree=tree(*GARAGE)))
    assert (decision.act, decision.calls) == ("talk", ())
    assert decision.reply.startswith('Round 2 removed it ("remove the boxes on the shelf")')


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("the crib needs a little white canopy over it", "add a little white canopy over the crib"),
        ("the pond could use some lily pads on it", "add some lily pads on the pond"),
        ("would be so much cosier with a throw on the sofa", "add a throw on the sofa"),
    ],
)
def test_what_a_thing_needs_on_it_is_added(text: str, instruction: str) -> None:
    assert decided(text, PATIO) == ("edit", edit_calls(instruction))
