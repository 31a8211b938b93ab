"""The rules that cut a plain edit out of a chat turn: "it"/"them"/"its" resolved to the last edit's
object, wishes and descriptions turned into instructions, an object named before "make it ...", and
requests split where people join them. Each case is a turn in a small session and the exact calls."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree

UPLOAD = ((None, None),)
VAN = ((None, None), (0, "make the van red"))
KITE = ((None, None), (0, "add a kite in the sky"))
DRESS = ((None, None), (0, "make the dress emerald green"))
BOOTS = ((None, None), (0, "make the boots brown"))
TENT = ((None, None), (0, "make the tent orange"))
SKY = ((None, None), (0, "make the sky golden"))
SLED = ((None, None), (0, "make the sled blue"))
BOAT = ((None, None), (0, "make the boat white"))

Calls = list[tuple[str, dict[str, Any]]]


def _edit(*instructions: str) -> Calls:
    return [("edit_image", {"instruction": instruction}) for instruction in instructions]


CASES: list[tuple[str, tuple, Calls]] = [
    # "it", "them" and "its" after any photo verb or at the end of the instruction
    ("add a surfboard on top of it", VAN, _edit("add a surfboard on top of the van")),
    ("now put a second kite next to it", KITE, _edit("put a second kite next to the kite")),
    ("move it higher up", KITE, _edit("move the kite higher up")),
    ("add laces to them", BOOTS, _edit("add laces to the boots")),
    ("add hearts around them", SKY, _edit("add hearts around them")),
    ("open its door", TENT, _edit("open the tent's door")),
    ("make it strapless", DRESS, _edit("make the dress strapless")),
    ("now make it a snowy evening", SLED, _edit("make it a snowy evening")),
    ("crop it so only the boat is in frame", BOAT, _edit("crop it so only the boat is in frame")),
    # an object named before the request that points back at it
    ("the fire hydrant looks dull, make it bright red", UPLOAD, _edit("make the fire hydrant bright red")),
    ("the pimple on my chin, remove it pls", UPLOAD, _edit("remove the pimple on my chin")),
    # wishes and descriptions of the result
    ("the sleeping bag could be purple", TENT, _edit("make the sleeping bag purple")),
    ("the taxi would look better in black", UPLOAD, _edit("make the taxi black")),
    ("a pink sky would be nice", UPLOAD, _edit("make the sky pink")),
    ("i don't want the stroller in the picture", UPLOAD, _edit("remove the stroller")),
    (
        "i'd rather have a golden retriever instead of the poodle",
        UPLOAD,
        _edit("replace the poodle with a golden retriever"),
    ),
    ("could the sedan be a bright yellow school bus?", UPLOAD, _edit("turn the sedan into a bright yellow school bus")),
    ("could my brother have a moustache?", UPLOAD, _edit("give my brother a moustache")),
    ("i wish it was a sunny day", UPLOAD, _edit("make it a sunny day")),
    ("i want it to look like early morning", UPLOAD, _edit("make it look like early morning")),
    ("me at the ski lift, i want my goggles gone", UPLOAD, _edit("remove my goggles")),
    ("would you mind taking the clock off the wall?", UPLOAD, _edit("take the clock off the wall")),
    ("cool. what about making the leash red", BOOTS, _edit("make the leash red")),
    ("take away the wire please, it is ugly", UPLOAD, _edit("take away the wire")),
    ("apply a sepia filter", UPLOAD, _edit("apply a sepia filter")),
    # requests joined with "+" or by a comma before "crop it"
    ("delete the watermark + make it brighter", UPLOAD, _edit("delete the watermark", "make it brighter")),
    (
        "warm up the light, add lens flare and crop it square",
        UPLOAD,
        _edit("warm up the light", "add lens flare", "crop it square"),
    ),
    # look-alikes that stay words
    ("i don't want the cup blue", VAN, []),
    ("what style would suit it?", VAN, []),
]


@pytest.mark.parametrize(("text", "rounds", "calls"), CASES, ids=[case[0] for case in CASES])
def test_plain_edit_rules(text: str, rounds: tuple, calls: Calls) -> None:
    decision = decide(Turn(text=text, tree=tree(*rounds)))
    assert [(call.name, call.args) for call in decision.calls] == calls
