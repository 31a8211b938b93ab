"""The rules `decide` uses for messy edit requests: "it", "them" and "one" after an edit that gave or added a thing,
"do that to the X too", fillers after a request, wishes ("i wish the X had a Y", "X needs a Y", a thing named without
"the"), slang for removing, a change said with no verb, two wishes in one turn, an edit on "the original ... pic",
a caption that names the photo, and their look-alikes that must not edit (a wish about what happened, a wish told of,
a thing only mused about, a bare colour). Each case is a turn on a small session and the calls it must make (none:
an answer in words)."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide, resolve_pronoun
from tests.assistant.dialogue_dev import UPLOAD, tree
from tests.assistant.rule_calls import CallList, decided_calls, edit_calls

FEZ = ((None, None), (0, "give the wombat a fez"))
"""A gift of one thing."""
KAZOO = ((None, None), (0, "add a kazoo on the table"))
"""An addition of one thing."""
NARWHALS = ((None, None), (0, "make the sea grey"), (1, "add narwhals swimming"))
"""A recolouring, then an addition of things without a determiner."""
ANTLER = ((None, None), (0, "make the antlers brighter"))
"""A change of brightness."""
MONGOOSE = ((None, None), (0, "make the mongoose brown"), (1, "remove the periscope"), (2, "add a trebuchet"))
"""Three edits."""


@pytest.mark.parametrize(
    ("instruction", "previous", "resolved"),
    [
        ("give it a cravat", "give the wombat a fez", "give the fez a cravat"),
        ("make it a bit taller", "give the wombat a fez", "make the fez a bit taller"),
        ("add a tassel on it", "give the armadillo a fez", "add a tassel on the fez"),
        ("make them bigger", "add narwhals swimming", "make the narwhals bigger"),
        ("give the armadillo one", "give the wombat a fez", "give the armadillo a fez"),
        ("add one on the shelf", "add a kazoo on the table", "add a kazoo on the shelf"),
        ("make that periscope look older", "add narwhals swimming", "make that periscope look older"),
        ("make it stronger", "give the photo a vintage look", "make it stronger"),
        ("give the armadillo one", "make the wombat grey", "give the armadillo one"),
    ],
)
def test_it_and_one_name_the_thing_given_or_added(instruction: str, previous: str, resolved: str) -> None:
    assert resolve_pronoun(instruction, previous) == resolved


CASES: list[tuple[str, tuple, CallList]] = [
    # the last edit's object or change, after an edit that gave or added a thing
    ("add a gold tassel on it", FEZ, edit_calls("add a gold tassel on the fez")),
    ("lovely, and make it a bit taller", FEZ, edit_calls("make the fez a bit taller")),
    ("great, now give the armadillo one too", FEZ, edit_calls("give the armadillo a fez")),
    ("ok make them sparkle", NARWHALS, edit_calls("make the narwhals sparkle")),
    ("do that to the wetsuit too", ANTLER, edit_calls("make the wetsuit brighter")),
    # fillers after the request
    (
        "could you remove the galoshes if its not too much trouble thank you",
        UPLOAD,
        edit_calls("remove the galoshes"),
    ),
    # wishes
    ("i wish the wombat had a striped scarf", UPLOAD, edit_calls("give the wombat a striped scarf")),
    ("i'd rather the armadillo had a blue cravat", UPLOAD, edit_calls("give the armadillo a blue cravat")),
    ("kinda wish the narwhal was wearing a fez, can you", UPLOAD, edit_calls("give the narwhal a fez")),
    ("i'd prefer the wetsuit without the stripes", UPLOAD, edit_calls("remove the stripes from the wetsuit")),
    ("i need the narwhal have green eyes", UPLOAD, edit_calls("give the narwhal green eyes")),
    ("wish the wetsuit wasn't so grey here, can u fix that", UPLOAD, edit_calls("make the wetsuit less grey")),
    ("armadillo needs to be bigger tbh", UPLOAD, edit_calls("make the armadillo bigger")),
    ("wombat needs a kazoo lmao", UPLOAD, edit_calls("give the wombat a kazoo")),
    ("ngl the trebuchet has gotta go", UPLOAD, edit_calls("remove the trebuchet")),
    ("if only the periscope wasn't in the shot, could you remove it", UPLOAD, edit_calls("remove the periscope")),
    # slang and non-native wording
    ("yeet the periscope", UPLOAD, edit_calls("remove the periscope")),
    ("bruh the trebuchet is an eyesore, nuke it", UPLOAD, edit_calls("remove the trebuchet")),
    ("make disappear the kazoo", UPLOAD, edit_calls("remove the kazoo")),
    ("put the antlers more golden please", UPLOAD, edit_calls("make the antlers more golden")),
    # a change said with no verb, before any edit
    ("narwhal but make it glow ✨", UPLOAD, edit_calls("make the narwhal glow")),
    ("wetsuit stripes orange plz", UPLOAD, edit_calls("make the wetsuit stripes orange")),
    ("for the antlers, more silver please", UPLOAD, edit_calls("make the antlers more silver")),
    # two wishes in one turn
    (
        "the wombat should be white and the trebuchet needs to go",
        UPLOAD,
        edit_calls("make the wombat white", "remove the trebuchet"),
    ),
    # on the original, named with the photo's subject
    (
        "on the original mongoose pic, add a periscope",
        MONGOOSE,
        [("edit_image", {"instruction": "add a periscope", "base_round": "the original pic"})],
    ),
    # look-alikes that must not edit
    ("i wish the keeper had fed the wombat earlier lol", UPLOAD, []),
    ("i wish the zoo trip wasn't over already", UPLOAD, []),
    ("my wife said the wombat should be white and the trebuchet needs to go", UPLOAD, []),
    ("hmm the periscope", MONGOOSE, []),
    ("navy blue pls", UPLOAD, []),
]


@pytest.mark.parametrize(("text", "rounds", "calls"), CASES)
def test_messy_edit_rule(text: str, rounds: tuple, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


def test_a_caption_that_names_the_photo_leaves_it_to_the_photo() -> None:
    decision = decide(Turn(text="my aunt's favourite, make it black and white", tree=tree(), photo=True))
    assert [(call.name, call.args) for call in decision.calls] == edit_calls("make it black and white")
