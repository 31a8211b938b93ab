"""Round references and look-alikes (round 8, the refs3 set's failures): rounds named by what they show in other
forms of the edit's words ("the bright stripes one" for "brighter", "the curling one" for "curl", "two quokkas" for
"a second quokka"), by a thing something still had ("when the caravan still had rust"), by how a thing looked
before, as the untouched photo or as a thing before one was added; "2" typed for "to"; an undo that names an edit
by its gerund; vague ways back that deserve one question; questions about how undo, links and going back work and
remarks about a feature that worked, which do nothing; "its" that speaks of the instruction's own object; and a
move back to the original on a photo not edited yet."""

from __future__ import annotations

import pytest

from assistant.understanding import REPLIES, Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, act_and_calls, decided_calls, edit_calls

SAVANNA = (
    (None, None),
    (0, "make the okapi stripes brighter"),
    (1, "add a wombat by the caravan"),
    (2, "remove the rust on the caravan"),
    (3, "make the armadillo curl up"),
    (4, "add a second quokka"),
)
"""Five edits, each on the one before: brighter okapi stripes, a wombat, the rust removed, a curled armadillo, a
second quokka."""
UPLOAD = ((None, None),)
"""A photo just uploaded, not edited yet."""


def _reached(text: str, current: int | None = None) -> CallList:
    """The calls for `text` on `SAVANNA` (on round `current`, else the newest), rounds as their numbers."""
    session = tree(*SAVANNA, current=current)
    return [(c.name, {"round": session.resolve(c.args["round"]).index}) for c in decide(Turn(text, session)).calls]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("the bright stripes one", 1),
        ("the curling one", 4),
        ("go back to the untouched version", 0),
        ("back to when the caravan still had rust", 2),
        ("take me back to the wombat before you added one", 1),
        ("back 2 the original", 0),
        ("go back 2 versions", 3),
    ],
)
def test_a_round_named_in_other_forms_of_its_words_is_where_to_go(text: str, index: int) -> None:
    assert _reached(text) == [("revert", {"round": index})]


def test_a_count_names_the_edit_that_added_one_more() -> None:
    assert _reached("go to the one with two quokkas", current=1) == [("revert", {"round": 5})]


def test_how_a_thing_looked_before_shows_the_round_before_its_edit() -> None:
    assert _reached("show me how the armadillo looked before") == [("show_round", {"round": 3})]


def test_an_undo_that_names_an_edit_by_its_gerund_goes_before_it() -> None:
    assert _reached("nah undo the curling") == [("revert", {"round": 3})]


@pytest.mark.parametrize(
    "text",
    [
        "the one where the caravan had a trebuchet",
        "go back a few",
        "show me an earlier one",
        "the older one",
        "who can see the link if i share it?",
        "does undo delete the version forever?",
        "what happens to round 2 if i go back to round 1?",
        "the html export worked, thanks",
        "round 2 was when it got good",
    ],
)
def test_vague_ways_back_questions_and_remarks_make_no_call(text: str) -> None:
    act, calls = act_and_calls(text, tree(*SAVANNA))
    assert (act, calls) in (("talk", ()), ("clarify", ()))


def test_a_remark_that_goes_on_to_ask_is_no_mere_remark() -> None:
    decision = decide(Turn("the link works but can you make another one", tree(*SAVANNA)))
    assert decision.reply != REPLIES["praise"]


def test_the_whole_history_of_this_is_the_sessions() -> None:
    assert decided_calls("give me the whole history of this", SAVANNA) == [("list_rounds", {})]


def test_its_speaks_of_the_instructions_own_object() -> None:
    assert decided_calls("make the okapi show its tongue", SAVANNA) == edit_calls("make the okapi show its tongue")


def test_its_with_an_added_thing_still_speaks_of_the_last_edits_object() -> None:
    session = ((None, None), (0, "paint the trebuchet red"))
    assert decided_calls("put a flag on its arm", session) == edit_calls("put a flag on the trebuchet's arm")


def test_the_original_of_a_photo_not_edited_yet_is_no_move() -> None:
    act, calls = act_and_calls("go back to the original", tree(*UPLOAD))
    assert (act, calls) == ("clarify", ())
