"""The rules for corrections of the last or an older edit, sixth part: "sry" leads a correction like "sorry";
"is wrong colour, i want more like X" and "X would be better, not Y" say the look wanted; a whole correction
said as a thing and how it should be ("i wanted the quill longer", "the periscope closed", "the skillet taken
off") is that edit, not the old verb with new words; the rejected thing kept ("the trowel can stay") is no part
of the correction; a person told by what sets them apart ("the young one" for "the cadet with the cap"); a
colour of a given thing replaces its colour; "a corsage for the usher" after a give gives it to the usher; a
look said after a removal corrects the older recolouring; another look of an added thing keeps its kind ("a
small signboard" for "a big tin signboard", but "a price signboard" or "not a tin one" is another kind); a look
said after "make X look Y" replaces Y; and a correction that only names the thing already edited ("hmm the
signboard") asks what to change. "por favor" leads and "i say" ends a correction like "please" and "i said";
"the inkpot was fine" rejects the edit of the inkpot; "and their chaperone too" is the last edit for them."""

from __future__ import annotations

import pytest

from assistant.understanding import correct
from tests.assistant.rule_calls import CallList, Rounds, decided_calls, fixed_calls

SKILLET = ((None, None), (0, "make the skillet red"))
QUILL = ((None, None), (0, "remove the inkpot"))
CADET = ((None, None), (0, "give the cadet with the cap a blue corsage"))
SIGNBOARD = ((None, None), (0, "add a big tin signboard"))
DECANTER = ((None, None), (0, "make the decanter silver"), (1, "remove the colander"))
AWNING = ((None, None), (0, "make the sundae stand blue and white striped"), (1, "add a placard"))


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (SKILLET, "sry i meant matte black", fixed_calls("make the skillet matte black")),
        (SKILLET, "is wrong colour, i want more like antique gold", fixed_calls("make the skillet antique gold")),
        (SKILLET, "no is wrong colour, i want more dark blue", fixed_calls("make the skillet dark blue")),
        (SKILLET, "velvet black would be better, not red", fixed_calls("make the skillet velvet black")),
    ],
)
def test_a_look_said_around_correction_words_corrects_the_look(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (QUILL, "i wanted the quill longer, not the inkpot gone", fixed_calls("make the quill longer")),
        (QUILL, "you misunderstood, i wanted the inkpot shinier not gone", fixed_calls("make the inkpot shinier")),
        (QUILL, "no the inkpot can stay, i wanted the periscope closed", fixed_calls("close the periscope")),
        (SKILLET, "i didnt want a colour, i wanted the skillet taken off", fixed_calls("remove the skillet")),
        (SKILLET, "sorry my mistake, i wanted the sextant sharper", fixed_calls("make the sextant sharper")),
    ],
)
def test_a_whole_correction_is_its_own_edit(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (CADET, "wrong cadet, the young one", fixed_calls("give the young cadet a blue corsage")),
        (CADET, "teal not blue", fixed_calls("give the cadet with the cap a teal corsage")),
        (CADET, "navy blue i said", fixed_calls("give the cadet with the cap a navy blue corsage")),
        (CADET, "no, i wanted a corsage for the usher not the cadet", fixed_calls("give the usher a blue corsage")),
    ],
)
def test_a_correction_of_a_give_keeps_what_it_does_not_name(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (DECANTER, "actually gunmetal instead", fixed_calls("make the decanter gunmetal", 1)),
        (
            AWNING,
            "the sundae stand should be green and white, not blue",
            fixed_calls("make the sundae stand green and white", 1),
        ),
        (SIGNBOARD, "a small signboard i said, not a giant one", fixed_calls("add a small tin signboard")),
        (SIGNBOARD, "a neon signboard not a wooden one", fixed_calls("add a neon tin signboard")),
        (
            ((None, None), (0, "make the skillet look rustic")),
            "i meant baroque",
            fixed_calls("make the skillet look baroque"),
        ),
    ],
)
def test_a_look_corrects_the_edit_that_had_one(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize(
    ("rounds", "text"),
    [
        (SIGNBOARD, "hmm the signboard"),
        (((None, None), (0, "add a placard by the door")), "the placard"),
    ],
)
def test_a_correction_that_only_names_the_edited_thing_edits_nothing(rounds: Rounds, text: str) -> None:
    assert decided_calls(text, rounds) == []


def test_a_correction_that_names_another_thing_still_corrects() -> None:
    """The placard is added anew: the signboard's addition was never made, so no placard is there (round 34)."""
    assert decided_calls("i meant the placard", SIGNBOARD) == fixed_calls("add a placard")


@pytest.mark.parametrize(
    ("instruction", "correction", "kind", "corrected"),
    [
        ("make the skillet red", "closer but more orange", "correct_attribute", "make the skillet more orange"),
        ("remove the inkpot", "the trowel, the inkpot can stay", "correct_object", "remove the trowel"),
        (
            "give the cadet with the cap a blue corsage",
            "flippers not cadet lol",
            "correct_object",
            "give the flippers a blue corsage",
        ),
        ("add a big tin signboard", "a chalk signboard not a tin one", "correct_object", "add a chalk signboard"),
        ("add a big tin signboard", "a price signboard", "correct_object", "add a price signboard"),
        (
            "give the cadet with the cap a blue corsage",
            "the corsage must be for the chaperone",
            "correct_whole",
            "give the chaperone a blue corsage",
        ),
    ],
)
def test_the_corrected_instruction(instruction: str, correction: str, kind: str, corrected: str) -> None:
    assert correct(instruction, correction, kind) == corrected


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (SKILLET, "por favor not the skillet, is the colander i say", fixed_calls("make the colander red")),
        (
            ((None, None), (0, "remove the inkpot"), (1, "add a quill by the periscope")),
            "the inkpot was fine, i asked to remove the trowel",
            fixed_calls("remove the trowel", 1),
        ),
        (CADET, "and their chaperone too", [("edit_image", {"instruction": "give their chaperone a blue corsage"})]),
    ],
)
def test_lead_ins_afterwords_and_kept_things(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls
