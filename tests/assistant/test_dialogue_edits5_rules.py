"""The rules that make plain edit requests in messy wording an edit with a clean instruction (round 5): a look asked
for without a verb ("... version please", "... style for the ...", "as a sketch"), misspellings put right in the
instruction only when all of them can be ("ad", a doubled last letter, a misspelt colour or "background"), a removal
or an addition whose verb "and <thing>" shares, wishes said as a need ("the X needs more drama", "we need more
contrast"), with an aside after a comma or "like", with "it" said again ("the X it must be ..."), with "please" in
the middle or a bare "be", "try it in ...", "have the X <doing>", a thing and its place without a verb, "less <adj>
<thing> <place>", "i'd appreciate if you <did>", and a thing redone "as a ..." or "in the style of ..."; beside
look-alikes that stay words or ask. Each case is a turn in a small session and the exact calls."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, edit_calls

UPLOAD = ((None, None),)
HARP = ((None, None), (0, "make the harp gold"))


CASES: list[tuple[str, tuple, CallList]] = [
    # a look asked for without a verb
    ("claymation version please", UPLOAD, edit_calls("make it claymation")),
    ("stained glass style pls", UPLOAD, edit_calls("make it stained glass style")),
    ("art deco style for the obelisk", UPLOAD, edit_calls("make the obelisk art deco style")),
    ("as a charcoal sketch please", UPLOAD, edit_calls("make it a charcoal sketch")),
    # misspellings put right, or left as typed when one cannot be
    ("ad some pelicans on the pier", UPLOAD, edit_calls("add some pelicans on the pier")),
    ("make the violin turqoise", UPLOAD, edit_calls("make the violin turquoise")),
    ("make the kettle orangee", UPLOAD, edit_calls("make the kettle orange")),
    ("blur the backgroud behind the violin", UPLOAD, edit_calls("blur the background behind the violin")),
    ("make the scarcrow yelow", UPLOAD, edit_calls("make the scarcrow yelow")),
    # one edit per thing when a removal or an addition shares its verb
    ("add an anchor and some seashells", UPLOAD, edit_calls("add an anchor", "add some seashells")),
    (
        "remove the pigeons on the fountain and the sign",
        UPLOAD,
        edit_calls("remove the pigeons on the fountain", "remove the sign"),
    ),
    ("remove the trellis and the wheelbarrow", UPLOAD, edit_calls("remove the trellis and the wheelbarrow")),
    # wishes
    ("the chandelier needs more sparkle", UPLOAD, edit_calls("give the chandelier more sparkle")),
    ("i think we need more saturation", UPLOAD, edit_calls("add more saturation")),
    ("the fountain has to be turquoise, not grey", UPLOAD, edit_calls("make the fountain turquoise, not grey")),
    ("the scarecrow it should be taller", UPLOAD, edit_calls("make the scarecrow taller")),
    ("the easel please more brown", UPLOAD, edit_calls("make the easel more brown")),
    ("try it in black and white", UPLOAD, edit_calls("make it black and white")),
    ("could we have the windmill blades spinning?", UPLOAD, edit_calls("make the windmill blades spinning")),
    ("ok now a few lanterns hanging from the fence", UPLOAD, edit_calls("add a few lanterns hanging from the fence")),
    ("confetti 🎉 over the hammock pls", UPLOAD, edit_calls("add confetti over the hammock")),
    ("less bright glare on the obelisk please", UPLOAD, edit_calls("make the glare on the obelisk less bright")),
    ("i'd appreciate it if you removed the wheelbarrow", UPLOAD, edit_calls("remove the wheelbarrow")),
    ("be a darling and darken the sundial", UPLOAD, edit_calls("darken the sundial")),
    # a thing redone in another style is a new edit
    ("redo the lantern as a mosaic", UPLOAD, edit_calls("redo the lantern as a mosaic")),
    ("redo it in the style of a medieval tapestry", UPLOAD, edit_calls("redo it in the style of a medieval tapestry")),
    # look-alikes that stay words or ask
    ("the original version please", HARP, [("revert", {"round": "original"})]),
    ("amazing version", HARP, []),
    ("what style is this?", UPLOAD, []),
    ("we need more time", HARP, []),
    ("the harp needs more work", HARP, []),
    ("the violin needs more work", UPLOAD, []),
    ("put an ad on the obelisk", UPLOAD, edit_calls("put an ad on the obelisk")),
    ("redo", HARP, []),
]


@pytest.mark.parametrize(("text", "rounds", "calls"), CASES, ids=[case[0] for case in CASES])
def test_fifth_plain_edit_rules(text: str, rounds: tuple, calls: CallList) -> None:
    decision = decide(Turn(text=text, tree=tree(*rounds)))
    assert [(call.name, call.args) for call in decision.calls] == calls
