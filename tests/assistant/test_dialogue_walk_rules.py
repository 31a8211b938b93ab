"""Rules for turns met walking `zone chat` through a breakfast session: slang verbs for removing a thing ("lose
the steam", "ditch it" after a complaint) are removals, unless the thing is the one the last edit just added ("lose
the wind chime" after "add a wind chime by the door" takes that edit back), a complaint about "that" names nothing
for a later "it", a look said for a thing ("silver for the spoon") corrects the last edit, a hyphened "-y" look
("less marble-y") tones it down, a goodbye is answered with one, "can her eyes be green?" asks for an edit of her
eyes, and "continue from there" after a round was shown goes on from that round; also from the astronaut photo: a
wish about a given thing edits it where it is (or corrects the gift when it rejects its look), "forget the flag" takes
back the flag's edit (and "forget the flag, make the helmet gold" makes the new edit in its place), misspelt praise is
praise, and "make her smile more" is a whole edit."""

from __future__ import annotations

import pytest

from assistant.references import SHOWN_ELSEWHERE
from assistant.understanding import FAREWELL_TEXT, GREETED_TEXT, REPLIES, Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import decided_calls, edit_calls

CHIME = ((None, None), (0, "make the porch brighter"), (1, "add a wind chime by the door"))
LANTERN = ((None, None), (0, "make the lantern gold"))


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("can you scrap the doormat", "remove the doormat"),
        ("the wind chime looks weird, lose it", "remove the wind chime"),
        ("that doormat is ugly. ditch it pls", "remove that doormat"),
    ],
)
def test_slang_for_removing_a_thing_is_a_removal(text: str, instruction: str) -> None:
    assert decided_calls(text, CHIME) == edit_calls(instruction)


@pytest.mark.parametrize(
    "text",
    [
        "scrap the last change",
        "lose it",
        "lose the wind chime",
        "pls ditch the wind chime",
        "that looks weird, remove it",
    ],
)
def test_slang_for_taking_back_the_edit_stays_an_undo(text: str) -> None:
    assert decided_calls(text, CHIME) == [("revert", {"round": "previous"})]


def test_no_removal_without_a_thing_asked_to_go() -> None:
    assert decided_calls("i always lose the keys", CHIME) == []


def test_ditching_an_idea_removes_nothing() -> None:
    assert all(name != "edit_image" for name, _ in decided_calls("ditch that idea", CHIME))


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("nah i meant silver for the lantern", "make the lantern silver"),
        ("no, silver for the dreamcatcher", "make the dreamcatcher silver"),
        ("no, matte black for the dreamcatcher pls", "make the dreamcatcher matte black"),
    ],
)
def test_a_look_for_a_thing_corrects_the_last_edit(text: str, instruction: str) -> None:
    assert decided_calls(text, LANTERN) == [("retry_edit", {"instruction": instruction})]


@pytest.mark.parametrize(("text", "strength"), [("less marble-y", "weaker"), ("more orange-y please", "stronger")])
def test_a_hyphened_look_tones_the_last_edit(text: str, strength: str) -> None:
    rounds = ((None, None), (0, "make the worktop look like marble"))
    assert decided_calls(text, rounds) == [("retry_edit", {"strength": strength})]


@pytest.mark.parametrize("text", ["bye", "ok bye", "cya", "good night!", "thanks, see you tomorrow", "gotta go, ttyl"])
def test_a_goodbye_is_answered_with_one(text: str) -> None:
    decision = decide(Turn(text, tree(*LANTERN)))
    assert (decision.act, decision.calls, decision.reply) == ("talk", (), FAREWELL_TEXT)


def test_a_greeting_asks_for_a_photo_only_when_there_is_none() -> None:
    assert decide(Turn("hi", tree())).reply == REPLIES["greeting"]
    assert decide(Turn("hi", tree(*LANTERN))).reply == GREETED_TEXT


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("hmm can her eyes be green?", "make her eyes green"),
        ("could the lantern be bigger?", "make the lantern bigger"),
    ],
)
def test_asking_whether_a_named_thing_can_have_a_look_edits_it(text: str, instruction: str) -> None:
    assert decided_calls(text, LANTERN) == edit_calls(instruction)


@pytest.mark.parametrize("text", ["can cats be green?", "can her eyes be any colour?", "can you remove things?"])
def test_asking_what_can_be_done_in_general_edits_nothing(text: str) -> None:
    assert decided_calls(text, LANTERN) == []


HATS = ((None, None), (0, "add a party hat"), (1, "add confetti"), (2, "remove the confetti"))
SHOWN = (
    ("user", "show me round 1"),
    (
        "assistant",
        SHOWN_ELSEWHERE.format(index=1, description='"add a party hat" (add), edited from round 0', current=3),
    ),
)


def _after_show(text: str) -> list[tuple[str, dict[str, object]]]:
    return [(call.name, call.args) for call in decide(Turn(text, tree(*HATS), messages=SHOWN)).calls]


@pytest.mark.parametrize(
    "text", ["ok continue from there", "let's work on that one", "ok so can we continue from there?"]
)
def test_going_on_from_a_shown_round_moves_there(text: str) -> None:
    assert _after_show(text) == [("revert", {"round": 1})]


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("ok continue from there and make the background a beach", "make the background a beach"),
        ("go on from there and add a cake", "add a cake"),
        ("can we continue from there? i want the hat red", "make the hat red"),
    ],
)
def test_an_edit_said_to_go_on_from_a_shown_round_is_made_there(text: str, instruction: str) -> None:
    assert _after_show(text) == [("revert", {"round": 1}), *edit_calls(instruction)]


def test_an_edit_before_going_on_is_made_where_the_session_is() -> None:
    assert _after_show("add a cake, then keep going from there") == edit_calls("add a cake")


def test_going_on_from_there_with_no_round_shown_asks() -> None:
    assert decided_calls("continue from there and make the background a beach", HATS) == []


SCARF = ((None, None), (0, "give her a striped shawl"))


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("the shawl should be longer", "make the shawl longer"),
        ("the shawl needs to be longer", "make the shawl longer"),
    ],
)
def test_a_wish_about_a_given_thing_edits_it_where_it_is(text: str, instruction: str) -> None:
    assert decided_calls(text, SCARF) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("no, the shawl should be orange", "give her an orange shawl"),
        ("the shawl should be blue not striped", "give her a blue shawl"),
    ],
)
def test_rejecting_the_look_of_a_given_thing_corrects_the_gift(text: str, instruction: str) -> None:
    assert decided_calls(text, SCARF) == [("retry_edit", {"instruction": instruction})]


PENNANT = ((None, None), (0, "change the pennant to a swiss one"), (0, "change the pennant to a swiss one"))


@pytest.mark.parametrize(
    "text", ["nope, still wrong. forget the pennant", "forget about the pennant thing", "never mind the pennant"]
)
def test_forgetting_an_edited_thing_takes_its_edit_back(text: str) -> None:
    assert decided_calls(text, PENNANT) == [("revert", {"round": "before the pennant"})]


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("forget the pennant, make the mast gold", "make the mast gold"),
        ("never mind the pennant. can you make the mast gold", "make the mast gold"),
        ("nvm the pennant thing, just remove the seagull", "remove the seagull"),
    ],
)
def test_forgetting_an_edited_thing_before_a_new_request_replaces_its_edit(text: str, instruction: str) -> None:
    assert decided_calls(text, PENNANT) == [("revert", {"round": "before the pennant"}), *edit_calls(instruction)]


def test_forgetting_a_thing_no_edit_touched_before_a_request_only_edits() -> None:
    assert decided_calls("forget the mast, make the pennant gold", PENNANT) == edit_calls("make the pennant gold")


@pytest.mark.parametrize("text", ["forget the lamp", "i forget the pennant colours", "forget the pennant, its fine"])
def test_forgetting_a_thing_no_edit_touched_undoes_nothing(text: str) -> None:
    assert decided_calls(text, PENNANT) == []


@pytest.mark.parametrize("text", ["make her smile", "make her smile more", "make him wink"])
def test_a_person_made_to_do_something_is_an_edit(text: str) -> None:
    assert decided_calls(text, SCARF) == edit_calls(text)


@pytest.mark.parametrize("text", ["make her hair", "make her smile with"])
def test_a_person_edit_that_breaks_off_asks(text: str) -> None:
    assert decided_calls(text, SCARF) == []


@pytest.mark.parametrize("text", ["perfekt", "perfekt thx", "awsome, thanx!", "beatiful"])
def test_misspelt_praise_is_answered_in_words(text: str) -> None:
    decision = decide(Turn(text, tree(*SCARF)))
    assert (decision.act, decision.calls) == ("talk", ())
    assert decision.reply in (REPLIES["praise"], REPLIES["thanks"])
