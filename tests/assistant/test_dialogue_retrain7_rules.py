"""Rules that keep plain turns right after the round-8 retraining: "v1 was better, go back" goes to the round it
named, a sentence that says a thing stays as it is corrects nothing, praise said by denying the opposite ("not too
shabby") tones nothing down, writing an ad or a listing is no writing in the photo, a vague verb made exact by
the defect it mends ("fix the scratches") is an edit, and a question the person answers at once, a choice they are
still thinking over, or a correction that would put an article before a pronoun ("add a that") makes no edit."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import act_and_calls, decided_calls, edit_calls

MENHIR = ((None, None), (0, "make the menhir mossy"), (1, "add a raven on the menhir"))
TRICORN = ((None, None), (0, "make the tricorn black"))


@pytest.mark.parametrize(
    ("text", "round"),
    [
        ("v1 was better, go back", 1),
        ("i prefer round 1 honestly, go back", 1),
        ("the original was nicer. go back", "original"),
    ],
)
def test_a_round_named_before_a_bare_go_back_is_where_it_goes(text: str, round: int | str) -> None:
    assert decided_calls(text, MENHIR) == [("revert", {"round": round})]


@pytest.mark.parametrize("text", ["that's worse, go back", "i hate it. go back"])
def test_a_bare_go_back_after_a_complaint_is_still_one_undo(text: str) -> None:
    assert decided_calls(text, MENHIR) == [("revert", {"round": "previous"})]


@pytest.mark.parametrize("text", ["the tricorn stays black? ok", "the tricorn looks black now"])
def test_a_sentence_about_the_edited_thing_corrects_nothing(text: str) -> None:
    assert decided_calls(text, TRICORN) == []


def test_the_edited_thing_named_alone_asks_what_to_change() -> None:
    assert act_and_calls("the tricorn", tree(*TRICORN)) == ("clarify", ())


@pytest.mark.parametrize("text", ["not too shabby", "not bad at all", "thats not half bad!", "honestly not bad"])
def test_praise_by_denying_the_opposite_tones_nothing_down(text: str) -> None:
    assert act_and_calls(text, tree(*TRICORN)) == ("talk", ())


def test_a_plain_not_too_still_tones_down() -> None:
    assert decided_calls("not too dark", TRICORN) == [("retry_edit", {"strength": "weaker"})]


@pytest.mark.parametrize(
    "text", ["can you write the ad text for me? 1998 theodolite, works fine", "write a listing for my theodolite"]
)
def test_writing_an_ad_or_a_listing_is_out_of_scope(text: str) -> None:
    assert act_and_calls(text, tree(*TRICORN)) == ("talk", ())


def test_writing_on_a_thing_in_the_photo_is_an_edit() -> None:
    assert decided_calls("write SALE on the theodolite", TRICORN) == edit_calls("write SALE on the theodolite")


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("this is my grandad's old theodolite. it's scratched, can you fix the scratches", "fix the scratches"),
        ("can you repair the creases in the ottoman cover", "repair the creases in the ottoman cover"),
    ],
)
def test_a_vague_verb_with_the_defect_it_mends_is_an_edit(text: str, instruction: str) -> None:
    decision = decide(Turn(text, tree((None, None)), photo=True))
    assert [(c.name, c.args) for c in decision.calls] == edit_calls(instruction)


@pytest.mark.parametrize("text", ["fix the lighting", "how do i fix the scratches myself?"])
def test_a_vague_verb_without_a_defect_or_a_question_makes_no_edit(text: str) -> None:
    assert decided_calls(text, ((None, None),)) == []


@pytest.mark.parametrize(
    "text",
    [
        "where's the second raven?? oh right i asked for that",
        "why is there a raven. ah yes i wanted it",
        "hmm should i keep the raven or go back... let me think",
        "should we keep the moss or go back to the original? i'll think about it",
    ],
)
def test_a_question_answered_at_once_or_still_thought_over_asks_for_nothing(text: str) -> None:
    act, calls = act_and_calls(text, tree(*MENHIR))
    assert act == "talk" and calls == ()


@pytest.mark.parametrize("rounds", [MENHIR, TRICORN], ids=["addition", "recolouring"])
def test_a_correction_built_from_words_that_name_nothing_asks(rounds: tuple) -> None:
    """ "oh wait i said that, but make it bigger" would correct the raven edit to "add a that" and the tricorn edit
    to "make the tricorn that": it asks instead."""
    act, calls = act_and_calls("oh wait i said that, but make it bigger", tree(*rounds))
    assert act == "clarify" and calls == ()


def test_a_correction_that_names_a_colour_still_corrects_a_recolouring() -> None:
    assert decided_calls("not black, navy", TRICORN) == [("retry_edit", {"instruction": "make the tricorn navy"})]
