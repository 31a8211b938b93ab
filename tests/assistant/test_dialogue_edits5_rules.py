"""The rules that make plain edit requests in messy wording an edit with a clean instruction (round 5): a look asked
for without a verb ("... version please", "... style for the ...", "as a sketch"), misspellings put right in the
instruction only when all of them can be ("ad", a doubled last letter, a misspelt colour or "background"), a removal
or an addition whose verb "and <thing>" shares, wishes said as a need ("the X needs more drama", "we need more
contrast"), with an aside after a comma or "like", with "it" said again ("the X it must be ..."), with "please" in
the middle or a bare "be", "try it in ...", "have the X <doing>", a thing and its place without a verb, "less <adj>
<thing> <place>", "i'd appreciate if you <did>", and a thing redone "as a ..." or "in the style of ..."; beside
look-alikes that stay words or ask. Each case is a turn in a small session and the exact calls."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree

UPLOAD = ((None, None),)
HARP = ((None, None), (0, "make the harp gold"))

Calls = list[tuple[str, dict[str, Any]]]


def _edit(*instructions: str) -> Calls:
    return [("edit_image", {"instruction": instruction}) for instruction in instructions]


CASES: list[tuple[str, tuple, Calls]] = [
    # a look asked for without a verb
    ("claymation version please", UPLOAD, _edit("make it claymation")),
    ("stained glass style pls", UPLOAD, _edit("make it stained glass style")),
    ("art deco style for the obelisk", UPLOAD, _edit("make the obelisk art deco style")),
    ("as a charcoal sketch please", UPLOAD, _edit("make it a charcoal sketch")),
    # misspellings put right, or left as typed when one cannot be
    ("ad some pelicans on the pier", UPLOAD, _edit("add some pelicans on the pier")),
    ("make the violin turqoise", UPLOAD, _edit("make the violin turquoise")),
    ("make the kettle orangee", UPLOAD, _edit("make the kettle orange")),
    ("blur the backgroud behind the violin", UPLOAD, _edit("blur the background behind the violin")),
    ("make the scarcrow yelow", UPLOAD, _edit("make the scarcrow yelow")),
    # one edit per thing when a removal or an addition shares its verb
    ("add an anchor and some seashells", UPLOAD, _edit("add an anchor", "add some seashells")),
    (
        "remove the pigeons on the fountain and the sign",
        UPLOAD,
        _edit("remove the pigeons on the fountain", "remove the sign"),
    ),
    ("remove the trellis and the wheelbarrow", UPLOAD, _edit("remove the trellis and the wheelbarrow")),
    # wishes
    ("the chandelier needs more sparkle", UPLOAD, _edit("give the chandelier more sparkle")),
    ("i think we need more saturation", UPLOAD, _edit("add more saturation")),
    ("the fountain has to be turquoise, not grey", UPLOAD, _edit("make the fountain turquoise, not grey")),
    ("the scarecrow it should be taller", UPLOAD, _edit("make the scarecrow taller")),
    ("the easel please more brown", UPLOAD, _edit("make the easel more brown")),
    ("try it in black and white", UPLOAD, _edit("make it black and white")),
    ("could we have the windmill blades spinning?", UPLOAD, _edit("make the windmill blades spinning")),
    ("ok now a few lanterns hanging from the fence", UPLOAD, _edit("add a few lanterns hanging from the fence")),
    ("confetti 🎉 over the hammock pls", UPLOAD, _edit("add confetti over the hammock")),
    ("less bright glare on the obelisk please", UPLOAD, _edit("make the glare on the obelisk less bright")),
    ("i'd appreciate it if you removed the wheelbarrow", UPLOAD, _edit("remove the wheelbarrow")),
    ("be a darling and darken the sundial", UPLOAD, _edit("darken the sundial")),
    # a thing redone in another style is a new edit
    ("redo the lantern as a mosaic", UPLOAD, _edit("redo the lantern as a mosaic")),
    ("redo it in the style of a medieval tapestry", UPLOAD, _edit("redo it in the style of a medieval tapestry")),
    # look-alikes that stay words or ask
    ("the original version please", HARP, [("revert", {"round": "original"})]),
    ("amazing version", HARP, []),
    ("what style is this?", UPLOAD, []),
    ("we need more time", HARP, []),
    ("the harp needs more work", HARP, []),
    ("the violin needs more work", UPLOAD, []),
    ("put an ad on the obelisk", UPLOAD, _edit("put an ad on the obelisk")),
    ("redo", HARP, []),
]


@pytest.mark.parametrize(("text", "rounds", "calls"), CASES, ids=[case[0] for case in CASES])
def test_fifth_plain_edit_rules(text: str, rounds: tuple, calls: Calls) -> None:
    decision = decide(Turn(text=text, tree=tree(*rounds)))
    assert [(call.name, call.args) for call in decision.calls] == calls
