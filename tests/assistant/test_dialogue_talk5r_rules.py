"""The rules for talk beside look-alike edits from the fifth talk set: a question whether more than one step can be
undone is answered, doubt after a trailing "more" asks rather than retries, a thing named in an earlier clause ("why
is the sea grey", "something's off with the cap") is what a later "it" means, a lead-in before a colon that gives
leave ("ok now you can change it: ...") is dropped but one that holds off or tells of the edit is kept, a vague
request made clear by how ("make it better by removing ...") is that how, a part of the photo improved ("improve the
lighting on the faces") is an edit, "says" right before an edit verb passes the request on, and a question how two
edit verbs differ or what a command does, a reservation and a conversion of money or units are answered. Each rule
is checked beside a turn that looks like it and must not edit."""

from __future__ import annotations

import pytest

from assistant.understanding.decision import _HOW_MANY_TIMES, _IMPROVED_BY
from assistant.understanding.vocabulary import UNSURE
from tests.assistant.rule_calls import CallList, decided_calls, edit_calls

SEAPLANE = ((None, None), (0, "make the seaplane yellow"))
"""One colour edit: a seaplane on its pontoons at a dock, a pilot in a scarf, a pylon on the shore."""
SUBMARINE = ((None, None), (0, "add a periscope"), (1, "remove the tugboat"))
"""An addition, then a removal: a submarine in a harbour of kelp, a turbine on the hill."""

EDITING = ("edit_image", "retry_edit")

NO_EDIT: list[tuple[str, tuple]] = [
    # whether more than one step can be undone: a question about the assistant
    ("can you undo more than one step", SUBMARINE),
    ("could i go back more than once?", SUBMARINE),
    ("can u revert multiple edits", SEAPLANE),
    # doubt after a trailing "more": no retry asked for yet
    ("push it further... dunno, more", SEAPLANE),
    ("make it more... idk, more", SUBMARINE),
    # a lead-in that tells of or holds off the edit after its colon
    ("my cousin said: remove the pylon", SEAPLANE),
    ("dont do this yet: remove the pylon", SEAPLANE),
    # a vague request with no how
    ("make it nicer", SEAPLANE),
    ("fix it by tomorrow", SUBMARINE),
    # the photo as a whole improved: which part is not said
    ("improve the photo", SEAPLANE),
    ("enhance the overall look", SUBMARINE),
    # an edit someone else wants, told of
    ("my brother says to add a sherpa lol", SEAPLANE),
    # how two edit verbs differ, or what a command does: a question about the tool
    ("what is the difference between blur and erase?", SUBMARINE),
    ("what does weaker even do?", SEAPLANE),
    ("what would the retry button do", SUBMARINE),
    # a reservation or a conversion: not the photo
    ("book a reservation for four at the seaplane dock", SEAPLANE),
    ("convert 12 miles to km", SUBMARINE),
]

EDITS: list[tuple[str, tuple, CallList]] = [
    # a thing named in an earlier clause is what "it" means, as "the"
    ("this pontoon looks odd, make it white", SEAPLANE, edit_calls("make this pontoon white")),
    ("why is the kelp grey, make it green", SUBMARINE, edit_calls("make the kelp green")),
    ("something's weird with the pilot's scarf, make it red", SEAPLANE, edit_calls("make the pilot's scarf red")),
    # a lead-in that gives leave before a colon
    ("alright you may edit now: remove the pylon", SEAPLANE, edit_calls("remove the pylon")),
    ("ok go ahead - add a buoy next to the submarine", SUBMARINE, edit_calls("add a buoy next to the submarine")),
    # a part of the photo improved
    ("improve the lighting on the pilot", SEAPLANE, edit_calls("improve the lighting on the pilot")),
    ("enhance the kelp colours", SUBMARINE, edit_calls("enhance the kelp colours")),
    # a request passed on with "says" right before its verb
    ("my brother saw it, he says remove the pylon", SEAPLANE, edit_calls("remove the pylon")),
    # a command or a conversion of the photo
    ("make it weaker", SEAPLANE, [("retry_edit", {"strength": "weaker"})]),
    ("convert the submarine into a whale", SUBMARINE, edit_calls("convert the submarine into a whale")),
    # a vague request made clear by how
    ("make it better by removing the turbine", SUBMARINE, edit_calls("remove the turbine")),
    ("fix it by adding a paraglider over the hill", SEAPLANE, edit_calls("add a paraglider over the hill")),
]


@pytest.mark.parametrize(("text", "rounds"), NO_EDIT)
def test_talk_makes_no_edit(text: str, rounds: tuple) -> None:
    assert not [name for name, _ in decided_calls(text, rounds) if name in EDITING]


@pytest.mark.parametrize(("text", "rounds", "calls"), EDITS)
def test_look_alike_edits(text: str, rounds: tuple, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


def test_an_undo_of_more_steps_asked_for_is_no_question() -> None:
    assert _HOW_MANY_TIMES.match("can you undo more than one step")
    assert not _HOW_MANY_TIMES.match("can you undo the last two steps")
    assert decided_calls("can you undo the last edit", SUBMARINE)


def test_doubt_ends_the_turn() -> None:
    assert UNSURE.search("make it more... idk, more")
    assert not UNSURE.search("idk, make the pylon red")


def test_the_how_is_said_with_a_gerund() -> None:
    assert _IMPROVED_BY.match("make it better by removing the turbine")
    assert not _IMPROVED_BY.match("make the turbine better")
