"""The rules that cut a plain edit out of a chat turn: "it"/"them"/"its" resolved to the last edit's
object, wishes and descriptions turned into instructions, an object named before "make it ...", and
requests split where people join them. Each case is a turn in a small session and the exact calls."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, edit_calls

UPLOAD = ((None, None),)
VAN = ((None, None), (0, "make the van red"))
KITE = ((None, None), (0, "add a kite in the sky"))
DRESS = ((None, None), (0, "make the dress emerald green"))
BOOTS = ((None, None), (0, "make the boots brown"))
TENT = ((None, None), (0, "make the tent orange"))
SKY = ((None, None), (0, "make the sky golden"))
SLED = ((None, None), (0, "make the sled blue"))
BOAT = ((None, None), (0, "make the boat white"))


CASES: list[tuple[str, tuple, CallList]] = [
    # "it", "them" and "its" after any photo verb or at the end of the instruction
    ("add a surfboard on top of it", VAN, edit_calls("add a surfboard on top of the van")),
    ("now put a second kite next to it", KITE, edit_calls("put a second kite next to the kite")),
    ("move it higher up", KITE, edit_calls("move the kite higher up")),
    ("add laces to them", BOOTS, edit_calls("add laces to the boots")),
    ("add hearts around them", SKY, edit_calls("add hearts around them")),
    ("open its door", TENT, edit_calls("open the tent's door")),
    ("make it strapless", DRESS, edit_calls("make the dress strapless")),
    ("now make it a snowy evening", SLED, edit_calls("make it a snowy evening")),
    ("crop it so only the boat is in frame", BOAT, edit_calls("crop it so only the boat is in frame")),
    # an object named before the request that points back at it
    ("the fire hydrant looks dull, make it bright red", UPLOAD, edit_calls("make the fire hydrant bright red")),
    ("the pimple on my chin, remove it pls", UPLOAD, edit_calls("remove the pimple on my chin")),
    # wishes and descriptions of the result
    ("the sleeping bag could be purple", TENT, edit_calls("make the sleeping bag purple")),
    ("the taxi would look better in black", UPLOAD, edit_calls("make the taxi black")),
    ("a pink sky would be nice", UPLOAD, edit_calls("make the sky pink")),
    ("i don't want the stroller in the picture", UPLOAD, edit_calls("remove the stroller")),
    (
        "i'd rather have a golden retriever instead of the poodle",
        UPLOAD,
        edit_calls("replace the poodle with a golden retriever"),
    ),
    (
        "could the sedan be a bright yellow school bus?",
        UPLOAD,
        edit_calls("turn the sedan into a bright yellow school bus"),
    ),
    ("could my brother have a moustache?", UPLOAD, edit_calls("give my brother a moustache")),
    ("i wish it was a sunny day", UPLOAD, edit_calls("make it a sunny day")),
    ("i want it to look like early morning", UPLOAD, edit_calls("make it look like early morning")),
    ("me at the ski lift, i want my goggles gone", UPLOAD, edit_calls("remove my goggles")),
    ("would you mind taking the clock off the wall?", UPLOAD, edit_calls("take the clock off the wall")),
    ("cool. what about making the leash red", BOOTS, edit_calls("make the leash red")),
    ("take away the wire please, it is ugly", UPLOAD, edit_calls("take away the wire")),
    ("apply a sepia filter", UPLOAD, edit_calls("apply a sepia filter")),
    # requests joined with "+" or by a comma before "crop it"
    ("delete the watermark + make it brighter", UPLOAD, edit_calls("delete the watermark", "make it brighter")),
    (
        "warm up the light, add lens flare and crop it square",
        UPLOAD,
        edit_calls("warm up the light", "add lens flare", "crop it square"),
    ),
    # look-alikes that stay words
    ("i don't want the cup blue", VAN, []),
    ("what style would suit it?", VAN, []),
]


@pytest.mark.parametrize(("text", "rounds", "calls"), CASES, ids=[case[0] for case in CASES])
def test_plain_edit_rules(text: str, rounds: tuple, calls: CallList) -> None:
    decision = decide(Turn(text=text, tree=tree(*rounds)))
    assert [(call.name, call.args) for call in decision.calls] == calls
