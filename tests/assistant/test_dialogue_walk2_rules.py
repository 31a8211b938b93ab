"""Rules for turns met walking the assistant through a launch-pad session and a café session.

- A correction that rejects things added doing something ("no not egrets, gliders" after "add some egrets flying
  over the bog") replaces them, "them" after that addition are those things, and "no not X" reads past its double
  negative.
- "the mauve is a bit much" tones the last edit down; "hmm it didnt change much" and a short retry that says which
  way ("new seed, stronger", "can you redo it but less") go that way.
- An emphatic "both", a filler after the verb ("make also ..."), "... or smth" and ", thx in advance" change
  nothing of an edit; a wish without its "I" ("want the cone gone"), "lets try making ..." and "what can u do" are
  read as meant.
- With a new photo, "same but blue" is the last edit again with that change, "do what you did before" the last edit
  again.
- A starred word ("cone*") says what was meant; "thats the wrong sundae" asks.
- More or less of a quality of the whole photo ("more contrast", "warmer colours pls") and the writer changed in the
  photo ("turn me into a cartoon", "put us on the moon") are edits; "make me a sandwich" is not.
- "any ideas?" and "surprise me" get a few ideas to choose from, and no edit.
- "i undo my shoelaces all the time" is a remark about the writer, not an undo; "i undo my last edit" is one.
- "remove it" right after an addition takes that addition back; "add a fork where it was" after a removal puts
  the fork where the removed thing was.
- "now the right one" or "the other one too" after "make the left stool red" is that edit there as well, on top of
  it, where "the other one" alone corrects it.
"""

from __future__ import annotations

import pytest

from assistant.understanding import IDEAS_TEXT, REPLIES, Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import Rounds, decided_calls, edit_calls

EGRETS = ((None, None), (0, "add some egrets flying over the bog"))
MAUVE = ((None, None), (0, "make the sundae mauve"))
PHOTO = ((None, None),)
GOKART = ((None, None), (0, "paint the sundae red"), (None, None))
"""An edit of the first photo, then a second photo uploaded with this turn."""
HAT = ((None, None), (0, "add a hat on the scarecrow"), (None, None))
CAIRN = ((None, None), (0, "remove the cairn"), (None, None))


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("no not egrets, gliders", "add some gliders flying over the bog"),
        ("gliders instead of egrets", "add gliders over the bog"),
        ("no not the egrets, gliders pls", "add gliders over the bog"),
    ],
)
def test_a_correction_replaces_things_added_doing_something(text: str, instruction: str) -> None:
    """Any wording of the gliders is right: the whole added phrase with the egrets swapped, the gliders doing what the
    egrets did, or its short form."""
    wordings = {
        instruction,
        "add some gliders flying over the bog",
        "add gliders flying over the bog",
        "add gliders over the bog",
    }
    calls = decided_calls(text, EGRETS)
    assert len(calls) == 1 and calls[0][0] == "retry_edit" and calls[0][1]["instruction"] in wordings


def test_them_after_things_added_doing_something_are_those_things() -> None:
    assert decided_calls("make them bigger", EGRETS) == edit_calls("make the egrets bigger")


@pytest.mark.parametrize("text", ["hmm the mauve is a bit much", "its a little much", "a tad much tbh"])
def test_a_bit_much_tones_the_last_edit_down(text: str) -> None:
    assert decided_calls(text, MAUVE) == [("retry_edit", {"strength": "weaker"})]


@pytest.mark.parametrize("text", ["is it a bit much?", "hmm, the mauve is a bit much but leave it"])
def test_asking_or_keeping_a_bit_much_changes_nothing(text: str) -> None:
    assert decided_calls(text, MAUVE) == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("make both the menhir and the cairn gold", "make the menhir and the cairn gold"),
        ("remove both the cairn and the menhir", "remove the cairn and the menhir"),
    ],
)
def test_an_emphatic_both_changes_nothing_of_the_edit(text: str, instruction: str) -> None:
    assert decided_calls(text, PHOTO) == edit_calls(instruction)


@pytest.mark.parametrize("text", ["i like both of them", "both of them look great"])
def test_both_in_a_remark_edits_nothing(text: str) -> None:
    assert decided_calls(text, MAUVE) == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("make also the menhir black", "make the menhir black"),
        ("pls remove also the cairn", "remove the cairn"),
        ("add as well a hat on the menhir", "add a hat on the menhir"),
    ],
)
def test_a_filler_after_the_verb_is_dropped(text: str, instruction: str) -> None:
    assert decided_calls(text, PHOTO) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("same but blue", GOKART, "paint the sundae blue"),
        ("can you do this one but green", GOKART, "paint the sundae green"),
        ("same thing but in matte black pls", GOKART, "paint the sundae matte black"),
        ("same but the cone", GOKART, "paint the cone red"),
        ("same but green", HAT, "add a green hat on the scarecrow"),
        ("same but the menhir", CAIRN, "remove the menhir"),
        ("do what you did before", GOKART, "paint the sundae red"),
        ("pls do what you did to the other one", HAT, "add a hat on the scarecrow"),
    ],
)
def test_the_last_edit_again_on_a_new_photo_with_one_change(text: str, rounds: Rounds, instruction: str) -> None:
    assert decided_calls(text, rounds, photo=True) == edit_calls(instruction)


@pytest.mark.parametrize(("text", "rounds"), [("same but green", CAIRN), ("same but stronger", GOKART)])
def test_a_change_that_does_not_fit_the_last_edit_asks(text: str, rounds: Rounds) -> None:
    assert decided_calls(text, rounds, photo=True) == []


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("hmm it didnt change much", "stronger"),
        ("the sundae barely changed", "stronger"),
        ("new seed, stronger", "stronger"),
        ("try with another seed and stronger", "stronger"),
        ("can you redo it but less", "weaker"),
        ("another version, less intense", "weaker"),
    ],
)
def test_a_retry_that_says_which_way_goes_that_way(text: str, strength: str) -> None:
    assert decided_calls(text, MAUVE) == [("retry_edit", {"strength": strength})]


@pytest.mark.parametrize("text", ["it didnt change much, good", "i hope it didnt change much", "did it change much?"])
def test_glad_or_asking_how_much_changed_edits_nothing(text: str) -> None:
    assert decided_calls(text, MAUVE) == []


def test_barely_changed_before_any_edit_edits_nothing() -> None:
    assert decided_calls("the sundae barely changed", PHOTO) == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("cone*", "make the cone mauve"),
        ("*cone", "make the cone mauve"),
        ("no, *green*", "make the sundae green"),
        ("dark green*", "make the sundae dark green"),
    ],
)
def test_a_starred_word_says_what_was_meant(text: str, instruction: str) -> None:
    assert decided_calls(text, MAUVE) == [("retry_edit", {"instruction": instruction})]


def test_a_starred_word_before_any_edit_asks() -> None:
    assert decided_calls("cone*", PHOTO) == []


def test_stars_for_stress_leave_the_instruction() -> None:
    assert decided_calls("make the cone **gold**", PHOTO) == edit_calls("make the cone gold")


@pytest.mark.parametrize("text", ["thats the wrong sundae", "its the wrong sundae"])
def test_the_wrong_thing_asks_which(text: str) -> None:
    assert decided_calls(text, MAUVE) == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("umm can u like make the sundae pinkish or smth", "make the sundae pinkish"),
        ("remove the cone, thx in advance", "remove the cone"),
        ("remove the cone thank you so much", "remove the cone"),
        ("want the cone gone", "remove the cone"),
        ("need the sundae pink", "make the sundae pink"),
        ("i wanna the cone gone", "remove the cone"),
        ("lets try making the sundae stormy", "make the sundae stormy"),
        ("maybe try removing the cone", "remove the cone"),
    ],
)
def test_a_plain_edit_in_chat_words(text: str, instruction: str) -> None:
    assert decided_calls(text, PHOTO) == edit_calls(instruction)


@pytest.mark.parametrize("text", ["want to go home", "need a break", "i will try editing it myself"])
def test_wants_and_tries_about_no_thing_edit_nothing(text: str) -> None:
    assert decided_calls(text, PHOTO) == []


@pytest.mark.parametrize("text", ["what can u do", "what can u do?"])
def test_you_typed_as_u_is_read_as_you(text: str) -> None:
    decision = decide(Turn(text, tree(*MAUVE)))
    assert (decision.act, decision.calls, decision.reply) == ("talk", (), REPLIES["capability"])


def test_a_letter_u_stays_a_letter() -> None:
    assert decided_calls("make a u shape in the cone", PHOTO) == edit_calls("make a u shape in the cone")


ADDED = ((None, None), (0, "make the cone mauve"), (1, "add a wafer on the sundae"))


@pytest.mark.parametrize("text", ["remove it", "delete it", "get rid of it", "take it out", "ok remove it"])
def test_removing_it_right_after_an_addition_takes_the_addition_back(text: str) -> None:
    assert decided_calls(text, ADDED) == [("revert", {"round": "previous"})]


@pytest.mark.parametrize("rounds", [MAUVE, PHOTO])
def test_removing_it_after_no_addition_asks(rounds: Rounds) -> None:
    assert decided_calls("remove it", rounds) == []


SIDED = ((None, None), (0, "make the left stool red"))


@pytest.mark.parametrize("text", ["now the right one", "the other one too", "and the other one", "the right one too"])
def test_the_other_side_too_is_that_edit_there_as_well(text: str) -> None:
    assert decided_calls(text, SIDED) == edit_calls("make the right stool red")


@pytest.mark.parametrize("text", ["the other one", "no the right one"])
def test_the_other_side_alone_corrects_the_edit(text: str) -> None:
    assert decided_calls(text, SIDED) == [("retry_edit", {"instruction": "make the right stool red"})]


def test_where_a_removed_thing_was_names_it() -> None:
    rounds = ((None, None), (0, "remove the wafer"))
    assert decided_calls("add a cherry where it was", rounds) == edit_calls("add a cherry where the wafer was")


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("more contrast", "add more contrast"),
        ("a bit more brightness please", "add more brightness"),
        ("less saturation", "reduce the saturation"),
        ("warmer colours pls", "make the colours warmer"),
        ("turn me into a cartoon", "turn me into a cartoon"),
        ("can you put us in front of the lighthouse", "put us in front of the lighthouse"),
    ],
)
def test_the_whole_photo_or_the_writer_changed_is_an_edit(text: str, instruction: str) -> None:
    assert decided_calls(text, PHOTO) == edit_calls(instruction)


@pytest.mark.parametrize("text", ["more contrast?", "make me a sandwich", "turn me into a millionaire lol"])
def test_questions_and_wishes_for_the_writer_edit_nothing(text: str) -> None:
    assert decided_calls(text, PHOTO) == []


@pytest.mark.parametrize("text", ["any ideas?", "what would you change?", "surprise me", "do your magic", "up to you"])
def test_asking_for_ideas_gets_ideas_and_no_edit(text: str) -> None:
    decision = decide(Turn(text, tree(*PHOTO)))
    assert (decision.act, decision.calls, decision.reply) == ("clarify", (), IDEAS_TEXT)


def test_up_to_you_after_a_proposal_is_no_request_for_ideas() -> None:
    proposal = (
        ("user", "the cone"),
        ("assistant", 'Should I "make the cone gold"? Say "yes", or tell me what to change.'),
    )
    assert decide(Turn("up to you", tree(*PHOTO), proposal)).reply != IDEAS_TEXT


@pytest.mark.parametrize("text", ["i undo my shoelaces all the time", "we share our recipes with everyone"])
def test_what_the_writer_does_with_their_own_things_is_no_command(text: str) -> None:
    assert decided_calls(text, MAUVE) == []


def test_the_writer_undoing_their_last_edit_is_an_undo() -> None:
    assert decided_calls("i undo my last edit", MAUVE) == [("revert", {"round": "previous"})]
