"""Development turns that reject what an edit did and say what was meant: corrections, third part.

Hand-written for training and tuning the dialogue model (never for measuring it), about scenes no other
set uses (a gym, a bathroom, a playground, a Christmas tree with three edits, a clothes rack, a pool
with two edits, a farmyard silo with two, a gallery sculpture, a laundry corner, a toy shelf). A
correction of an edit's object, colour, kind, place, side, size or whole instruction expects that edit
made again from its parent with the corrected instruction (`_fix`), typed the way people type (typos,
no punctuation, shouting, non-native English); a correction that names an older edit than the last
expects that older edit made again (`_fix_round`); a correction after a correction (two or three tries
at the same edit, each from the same parent) corrects the latest try. "Undo that and make X" is a
revert, then the edit. About a third are look-alikes that must not correct: new edits that merely
mention another object ("now the blazer too"), complaints and questions that reject nothing (no
call), vague rejections that name nothing (one question), corrections with nothing to correct (one
question) and undo. `CORRECTIONS3`'s states have their last round current; `CORRECTIONS3_MOVED` holds
turns whose current round (first) is an earlier one, after a goto or an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    UPLOAD,
    Calls,
    Dev,
    _edit,
    _fix,
    _fix_round,
    _goto,
    _retry,
    with_moved,
)

GYM = ((None, None), (0, "remove the dumbbells"))
"""A home gym: dumbbells, kettlebell, yoga mat, punching bag, rowing machine, treadmill, wall clock."""
BATH = ((None, None), (0, "make the bathtub pink"))
"""A bathroom: bathtub, sink, shower curtain, tiles, rubber duck, soap dish, towels."""
SEESAW = ((None, None), (0, "paint the seesaw yellow"))
"""A playground: seesaw, sandbox, climbing frame, monkey bars, spring rider, bench."""
XMAS = (
    (None, None),
    (0, "make the ornaments gold"),
    (1, "put a star on top of the tree"),
    (2, "add presents under the tree"),
)
"""A Christmas tree with three edits, each on the one before: ornaments, tinsel, fireplace, stockings."""
RACK = ((None, None), (0, "make the cardigan purple"))
"""A clothes rack: cardigan, blazer, overalls, waistcoat, trench coat."""
POOL = ((None, None), (0, "add a lounger by the pool"), (1, "make the water turquoise"))
"""A pool with two edits: diving board, lifeguard chair, pool ladder, float."""
SILO = ((None, None), (0, "paint the silo red"), (1, "add a weathervane on the silo"))
"""A farmyard with two edits: silo, shed, trough, feed bucket."""
SCULPTURE = ((None, None), (0, "make the sculpture bronze"))
"""A gallery: two sculptures (a big and a small one), pedestal, tapestry, display case, guard."""
IRONING = ((None, None), (0, "make the ironing board blue"))
"""A laundry corner: ironing board, drying rack, laundry basket, clothespins."""
TEDDY = ((None, None), (0, "put a crown on the teddy bear"))
"""A toy shelf: two teddy bears, rag doll, toy robot, spinning top."""

SEESAW_FIXED = (*SEESAW, (0, "paint the sandbox yellow"))
"""The playground after one correction: round 2 was made from the upload, beside round 1."""
SEESAW_TWICE = (*SEESAW_FIXED, (0, "paint the climbing frame yellow"))
"""The playground after two corrections: rounds 1-3 were all made from the upload."""
BATH_FIXED = (*BATH, (0, "make the bathtub lilac"))
"""The bathroom after a colour correction: round 2 beside round 1."""
RACK_FIXED = (*RACK, (0, "make the blazer purple"))
"""The clothes rack after an object correction: round 2 beside round 1."""
GYM_FIXED = (*GYM, (0, "remove the kettlebell"))
"""The gym after an object correction: round 2 beside round 1."""


def _instead(index: int, *instructions: str) -> Calls:
    """Revert to round `index`, then edit there."""
    return (*_goto(index), *_edit(*instructions))


OBJECT: tuple[Dev, ...] = (
    ("no the kettlebell", False, GYM, "correction", _fix("remove the kettlebell")),
    ("not the dumbells, the kettlebell!!", False, GYM, "correction", _fix("remove the kettlebell")),
    (
        "ugh u removed the wrong thing, i ment the punching bag",
        False,
        GYM,
        "correction",
        _fix("remove the punching bag"),
    ),
    ("i said the yoga mat not the dumbbells", False, GYM, "correction", _fix("remove the yoga mat")),
    ("nope, the water bottle on the floor", False, GYM, "correction", _fix("remove the water bottle on the floor")),
    ("wrong thing lol the rowing machine", False, GYM, "correction", _fix("remove the rowing machine")),
    ("the wall clock, not the dumbbells", False, GYM, "correction", _fix("remove the wall clock")),
    ("keep the dumbbells!! i meant the treadmill", False, GYM, "correction", _fix("remove the treadmill")),
    ("not the bathtub, the sink", False, BATH, "correction", _fix("make the sink pink")),
    ("the shower curtain i meant", False, BATH, "correction", _fix("make the shower curtain pink")),
    ("nooo the tiles not the tub", False, BATH, "correction", _fix("make the tiles pink")),
    ("wrong one its the towels", False, BATH, "correction", _fix("make the towels pink")),
    ("i said the rubber duck!!", False, BATH, "correction", _fix("make the rubber duck pink")),
    ("the soap dish sorry", False, BATH, "correction", _fix("make the soap dish pink")),
    ("not the seesaw, the sandbox", False, SEESAW, "correction", _fix("paint the sandbox yellow")),
    ("the climbing frame sorry", False, SEESAW, "correction", _fix("paint the climbing frame yellow")),
    ("is not seesaw, is the monkey bars", False, SEESAW, "correction", _fix("paint the monkey bars yellow")),
    ("the spring rider!!!", False, SEESAW, "correction", _fix("paint the spring rider yellow")),
    (
        "no no the bench next to the sandbox",
        False,
        SEESAW,
        "correction",
        _fix("paint the bench next to the sandbox yellow"),
    ),
    ("ugh you did the wrong thing, the slide", False, SEESAW, "correction", _fix("paint the slide yellow")),
    ("the blazer, not the cardigan!!", False, RACK, "correction", _fix("make the blazer purple")),
    ("no the overalls", False, RACK, "correction", _fix("make the overalls purple")),
    ("i said the waistcoat", False, RACK, "correction", _fix("make the waistcoat purple")),
    (
        "wrong one, the trench coat on the end",
        False,
        RACK,
        "correction",
        _fix("make the trench coat on the end purple"),
    ),
    ("i wanted say the blazer, no the cardigan", False, RACK, "correction", _fix("make the blazer purple")),
    ("THE OVERALLS not the cardigan", False, RACK, "correction", _fix("make the overalls purple")),
    ("the pedestal, not the sculpture", False, SCULPTURE, "correction", _fix("make the pedestal bronze")),
    ("i meant the display case", False, SCULPTURE, "correction", _fix("make the display case bronze")),
    (
        "not the statue the frame of the tapestry",
        False,
        SCULPTURE,
        "correction",
        _fix("make the frame of the tapestry bronze"),
    ),
    ("not the ironing board, the drying rack", False, IRONING, "correction", _fix("make the drying rack blue")),
    ("the laundry basket i ment", False, IRONING, "correction", _fix("make the laundry basket blue")),
    ("clothespins!! not the board", False, IRONING, "correction", _fix("make the clothespins blue")),
    ("on the rag doll, not the teddy", False, TEDDY, "correction", _fix("put a crown on the rag doll")),
    ("the robot i meant", False, TEDDY, "correction", _fix("put a crown on the robot")),
    ("not teddy. the doll", False, TEDDY, "correction", _fix("put a crown on the doll")),
    ("i said the shed not the silo", False, SILO, "correction", _fix("add a weathervane on the shed")),
    ("not the water, the pool tiles", False, POOL, "correction", _fix("make the pool tiles turquoise")),
    ("the float not the water lol", False, POOL, "correction", _fix("make the float turquoise")),
    ("sorry my english, i want say the sink and not the bath", False, BATH, "correction", _fix("make the sink pink")),
    ("why the dumbbells?? the punching bag", False, GYM, "correction", _fix("remove the punching bag")),
    ("omg not the seesaw 😭 the sandbox", False, SEESAW, "correction", _fix("paint the sandbox yellow")),
    ("i ment the sink not the tub!!!", False, BATH, "correction", _fix("make the sink pink")),
    ("noooo not the cardigan the blazer 🙄", False, RACK, "correction", _fix("make the blazer purple")),
    ("dude i said trench coat", False, RACK, "correction", _fix("make the trench coat purple")),
    ("it was the kettlebell i wanted gone", False, GYM, "correction", _fix("remove the kettlebell")),
    (
        "you did the wrong chair, its the lifeguard chair",
        False,
        POOL,
        "correction",
        _fix("make the lifeguard chair turquoise"),
    ),
    ("wrong one, the drying rack", False, IRONING, "correction", _fix("make the drying rack blue")),
    ("nope the toy robot", False, TEDDY, "correction", _fix("put a crown on the toy robot")),
    ("the monkey bars pls not the seesaw", False, SEESAW, "correction", _fix("paint the monkey bars yellow")),
    ("nope, i meant the bigger dumbbells", False, GYM, "correction", _fix("remove the bigger dumbbells")),
    ("u removed the wrong thing the yoga mat had to go", False, GYM, "correction", _fix("remove the yoga mat")),
    ("the kettlebell was supposed to go not the dumbbells", False, GYM, "correction", _fix("remove the kettlebell")),
)
"""The last edit was right but for what it changed, removed or put something on."""

ATTRIBUTE: tuple[Dev, ...] = (
    ("not pink, baby blue", False, BATH, "correction", _fix("make the bathtub baby blue")),
    ("more like a dusty rose", False, BATH, "correction", _fix("make the bathtub dusty rose")),
    ("pink?? i said peach", False, BATH, "correction", _fix("make the bathtub peach")),
    ("actualy mint green instead", False, BATH, "correction", _fix("make the bathtub mint green")),
    ("i wanted white sorry my bad", False, BATH, "correction", _fix("make the bathtub white")),
    ("orange not yellow", False, SEESAW, "correction", _fix("paint the seesaw orange")),
    ("bright red i said", False, SEESAW, "correction", _fix("paint the seesaw bright red")),
    ("yelow is wrong, sky blue", False, SEESAW, "correction", _fix("paint the seesaw sky blue")),
    ("i wanted it pink not purple", False, RACK, "correction", _fix("make the cardigan pink")),
    ("lavender, not this dark purple", False, RACK, "correction", _fix("make the cardigan lavender")),
    ("not purple. mustard", False, RACK, "correction", _fix("make the cardigan mustard")),
    ("plum i said", False, RACK, "correction", _fix("make the cardigan plum")),
    ("actually green instead", False, RACK, "correction", _fix("make the cardigan green")),
    ("marble not bronze", False, SCULPTURE, "correction", _fix("make the sculpture marble")),
    ("i asked for gold dude", False, SCULPTURE, "correction", _fix("make the sculpture gold")),
    ("more of a copper", False, SCULPTURE, "correction", _fix("make the sculpture copper")),
    ("navy not this baby blue", False, IRONING, "correction", _fix("make the ironing board navy")),
    ("no, striped blue and white", False, IRONING, "correction", _fix("make the ironing board striped blue and white")),
    ("BLUE?? i wrote green", False, IRONING, "correction", _fix("make the ironing board green")),
    ("not a crown, a party hat", False, TEDDY, "correction", _fix("put a party hat on the teddy bear")),
    ("a tiara i said", False, TEDDY, "correction", _fix("put a tiara on the teddy bear")),
    ("nah a paper crown, not a gold one", False, TEDDY, "correction", _fix("put a paper crown on the teddy bear")),
    ("more like a deep blue", False, POOL, "correction", _fix("make the water deep blue")),
    ("crystal clear, not turquoise", False, POOL, "correction", _fix("make the water crystal clear")),
    ("not a weathervane, a rooster", False, SILO, "correction", _fix("add a rooster on the silo")),
    ("a copper weathervane i meant", False, SILO, "correction", _fix("add a copper weathervane on the silo")),
    ("not presents, a sled", False, XMAS, "correction", _fix("add a sled under the tree")),
    ("red presents, not those", False, XMAS, "correction", _fix("add red presents under the tree")),
    (
        "a gingerbread house i said, not presents",
        False,
        XMAS,
        "correction",
        _fix("add a gingerbread house under the tree"),
    ),
    (
        "i wanted it lila not pink, sorry for my english",
        False,
        BATH,
        "correction",
        _fix("make the bathtub lila", "make the bathtub lilac"),
    ),
    (
        "hmm thats not the purple i had in mind, more like violet",
        False,
        RACK,
        "correction",
        _fix("make the cardigan violet"),
    ),
    ("NOT YELLOW. GREEN.", False, SEESAW, "correction", _fix("paint the seesaw green")),
    ("hmm no, forest green", False, BATH, "correction", _fix("make the bathtub forest green")),
    ("i said turquoise not blue", False, IRONING, "correction", _fix("make the ironing board turquoise")),
    ("should be sage green, not pink", False, BATH, "correction", _fix("make the bathtub sage green")),
    ("its meant to be silver", False, SCULPTURE, "correction", _fix("make the sculpture silver")),
    ("rose gold not bronze pls", False, SCULPTURE, "correction", _fix("make the sculpture rose gold")),
    ("a golden crown, not that plastic one", False, TEDDY, "correction", _fix("put a golden crown on the teddy bear")),
    ("no a santa hat", False, TEDDY, "correction", _fix("put a santa hat on the teddy bear")),
)
"""The last edit was right but for a colour, material or kind."""

PLACE: tuple[Dev, ...] = (
    (
        "not under the tree, next to the fireplace",
        False,
        XMAS,
        "correction",
        _fix("add presents next to the fireplace"),
    ),
    ("by the window i meant", False, XMAS, "correction", _fix("add presents by the window")),
    ("on the shed, not the silo", False, SILO, "correction", _fix("add a weathervane on the shed")),
    ("on top of the shed i meant", False, SILO, "correction", _fix("add a weathervane on top of the shed")),
    ("nope, the bigger sculpture", False, SCULPTURE, "correction", _fix("make the bigger sculpture bronze")),
    (
        "the smaller one sorry",
        False,
        SCULPTURE,
        "correction",
        _fix("make the smaller one bronze", "make the smaller sculpture bronze"),
    ),
    (
        "wrong one, the one on the left",
        False,
        SCULPTURE,
        "correction",
        _fix("make the one on the left bronze", "make the sculpture on the left bronze"),
    ),
    (
        "nope, the bigger teddy",
        False,
        TEDDY,
        "correction",
        _fix("put a crown on the bigger teddy", "put a crown on the bigger teddy bear"),
    ),
    (
        "the little teddy on the right i meant",
        False,
        TEDDY,
        "correction",
        _fix("put a crown on the little teddy on the right"),
    ),
    (
        "not that seesaw, the one on the right",
        False,
        SEESAW,
        "correction",
        _fix("paint the one on the right yellow", "paint the seesaw on the right yellow"),
    ),
    (
        "the dumbbells on the rack, not the ones on the floor",
        False,
        GYM,
        "correction",
        _fix("remove the dumbbells on the rack"),
    ),
    (
        "wrong side, the lounger should be on the left",
        False,
        POOL,
        "correction",
        _fix_round(1, "add a lounger on the left of the pool", "add a lounger on the left side of the pool"),
    ),
    ("under the stairs, not under the tree", False, XMAS, "correction", _fix("add presents under the stairs")),
)
"""The last edit was right but for where the new thing goes, or which of two alike things it was about."""

WHOLE: tuple[Dev, ...] = (
    ("no i wanted the dumbbells to be black, not removed", False, GYM, "correction", _fix("make the dumbbells black")),
    ("not paint it, i wanted the bathtub removed", False, BATH, "correction", _fix("remove the bathtub")),
    ("no i wanted the seesaw gone, not painted", False, SEESAW, "correction", _fix("remove the seesaw")),
    (
        "not recolour it, i want it replaced with a leather jacket",
        False,
        RACK,
        "correction",
        _fix("replace the cardigan with a leather jacket", "replace it with a leather jacket"),
    ),
    (
        "no i wanted a spotlight on the sculpture, not a new colour",
        False,
        SCULPTURE,
        "correction",
        _fix("add a spotlight on the sculpture"),
    ),
    (
        "i didnt want a crown, i wanted the teddy bear removed",
        False,
        TEDDY,
        "correction",
        _fix("remove the teddy bear"),
    ),
    ("no!! i asked to remove the ironing board", False, IRONING, "correction", _fix("remove the ironing board")),
    (
        "thats not what i asked at all, i said remove the float",
        False,
        POOL,
        "correction",
        _fix("remove the float"),
    ),
    ("scrap that, blur the background instead", False, SCULPTURE, "correction", _fix("blur the background")),
    (
        "you misunderstood, i want the water drained",
        False,
        POOL,
        "correction",
        _fix("drain the water", "make the pool empty"),
    ),
)
"""The last edit was the wrong instruction altogether: the right one is made from the same round."""

OLDER: tuple[Dev, ...] = (
    ("the ornaments should be silver, not gold", False, XMAS, "correction", _fix_round(1, "make the ornaments silver")),
    (
        "the star on top is wrong, i wanted an angel",
        False,
        XMAS,
        "correction",
        _fix_round(2, "put an angel on top of the tree"),
    ),
    (
        "the gold was for the tinsel, not the ornaments",
        False,
        XMAS,
        "correction",
        _fix_round(1, "make the tinsel gold"),
    ),
    ("i meant a hammock, not a lounger", False, POOL, "correction", _fix_round(1, "add a hammock by the pool")),
    ("two loungers i said, not one", False, POOL, "correction", _fix_round(1, "add two loungers by the pool")),
    ("the silo was meant to be green not red", False, SILO, "correction", _fix_round(1, "paint the silo green")),
    ("not the silo, the shed should be red", False, SILO, "correction", _fix_round(1, "paint the shed red")),
    (
        "wait the ornaments were supposed to be red, not gold",
        False,
        XMAS,
        "correction",
        _fix_round(1, "make the ornaments red"),
    ),
    (
        "the star should have been silver",
        False,
        XMAS,
        "correction",
        _fix_round(2, "put a silver star on top of the tree"),
    ),
    (
        "the lounger was supposed to be a deckchair",
        False,
        POOL,
        "correction",
        _fix_round(1, "add a deckchair by the pool"),
    ),
)
"""A correction that names an older edit than the last: that edit made again from its parent."""

AGAIN_WRONG: tuple[Dev, ...] = (
    (
        "no!! not the sandbox either, the monkey bars",
        False,
        SEESAW_FIXED,
        "correction",
        _fix("paint the monkey bars yellow"),
    ),
    ("still wrong, the climbing frame", False, SEESAW_FIXED, "correction", _fix("paint the climbing frame yellow")),
    ("orange, not yellow", False, SEESAW_FIXED, "correction", _fix("paint the sandbox orange")),
    ("argh. the SPRING RIDER", False, SEESAW_TWICE, "correction", _fix("paint the spring rider yellow")),
    ("still not it, the bench", False, SEESAW_TWICE, "correction", _fix("paint the bench yellow")),
    ("no not purple, baby pink", False, BATH_FIXED, "correction", _fix("make the bathtub baby pink")),
    ("lilac is too cold, peach", False, BATH_FIXED, "correction", _fix("make the bathtub peach")),
    ("nope, the waistcoat", False, RACK_FIXED, "correction", _fix("make the waistcoat purple")),
    (
        "the blazer is right but i wanted it pink not purple",
        False,
        RACK_FIXED,
        "correction",
        _fix("make the blazer pink"),
    ),
    ("not that either, the yoga mat", False, GYM_FIXED, "correction", _fix("remove the yoga mat")),
    (
        "both! the dumbbells and the kettlebell",
        False,
        GYM_FIXED,
        "correction",
        _fix("remove the dumbbells and the kettlebell"),
    ),
    ("the waistcoat not the blazer!!", False, RACK_FIXED, "correction", _fix("make the waistcoat purple")),
)
"""A correction of a correction: the latest try made again from the same parent."""

INSTEAD: tuple[Dev, ...] = (
    ("undo that and remove the kettlebell instead", False, GYM, "correction", _instead(0, "remove the kettlebell")),
    ("undo and make the sink pink", False, BATH, "correction", _instead(0, "make the sink pink")),
    (
        "go back and paint the sandbox yellow instead",
        False,
        SEESAW,
        "correction",
        _instead(0, "paint the sandbox yellow"),
    ),
    (
        "revert it then add a gingerbread house under the tree",
        False,
        XMAS,
        "correction",
        _instead(2, "add a gingerbread house under the tree"),
    ),
    ("undo pls, and make the cardigan green", False, RACK, "correction", _instead(0, "make the cardigan green")),
    (
        "cancel that and put a crown on the rag doll",
        False,
        TEDDY,
        "correction",
        _instead(0, "put a crown on the rag doll"),
    ),
    ("undo. make the drying rack blue", False, IRONING, "correction", _instead(0, "make the drying rack blue")),
)
"""'Undo that and make X': a revert, then the new edit from the round before the rejected one."""

NEW_EDITS: tuple[Dev, ...] = (
    ("now the kettlebell too", False, GYM, "edit", _edit("remove the kettlebell")),
    ("ok good. also remove the punching bag", False, GYM, "edit", _edit("remove the punching bag")),
    ("not bad at all, now remove the treadmill", False, GYM, "edit", _edit("remove the treadmill")),
    ("love it, now the sink too", False, BATH, "edit", _edit("make the sink pink")),
    ("the towels as well pls", False, BATH, "edit", _edit("make the towels pink")),
    ("no thats perfect, add a rubber duck in the tub", False, BATH, "edit", _edit("add a rubber duck in the tub")),
    ("do the sandbox too", False, SEESAW, "edit", _edit("paint the sandbox yellow")),
    ("great and now make the slide green", False, SEESAW, "edit", _edit("make the slide green")),
    ("perfect. the blazer too", False, RACK, "edit", _edit("make the blazer purple")),
    ("now make the overalls pink", False, RACK, "edit", _edit("make the overalls pink")),
    ("nice, add stockings on the fireplace", False, XMAS, "edit", _edit("add stockings on the fireplace")),
    ("now add a lifeguard chair", False, POOL, "edit", _edit("add a lifeguard chair")),
    ("cool, now paint the shed red too", False, SILO, "edit", _edit("paint the shed red")),
    ("now the pedestal too", False, SCULPTURE, "edit", _edit("make the pedestal bronze")),
    ("and the rag doll as well", False, TEDDY, "edit", _edit("put a crown on the rag doll")),
    ("the drying rack too pls", False, IRONING, "edit", _edit("make the drying rack blue")),
    ("no complaints, make the spinning top red", False, TEDDY, "edit", _edit("make the spinning top red")),
    ("yes thats the one! now make the tiles white", False, BATH, "edit", _edit("make the tiles white")),
    ("now the seesaw too", False, SEESAW_FIXED, "edit", _edit("paint the seesaw yellow")),
    ("finally 🙌 now the bench as well", False, SEESAW_TWICE, "edit", _edit("paint the bench yellow")),
    (
        "good, and add a feed bucket next to the trough",
        False,
        SILO,
        "edit",
        _edit("add a feed bucket next to the trough"),
    ),
    (
        "right one this time. add a guard next to it",
        False,
        SCULPTURE,
        "edit",
        _edit("add a guard next to it", "add a guard next to the sculpture"),
    ),
    ("ok. make the clothespins red", False, IRONING, "edit", _edit("make the clothespins red")),
    ("not what i pictured but nice, now remove the wall clock", False, GYM, "edit", _edit("remove the wall clock")),
    ("now the kettlebell, same thing", False, GYM, "edit", _edit("remove the kettlebell")),
    ("thats right, now remove the punching bag too", False, GYM, "edit", _edit("remove the punching bag")),
    ("also the overalls", False, RACK, "edit", _edit("make the overalls purple")),
    (
        "actually i love it, add a tapestry behind it",
        False,
        SCULPTURE,
        "edit",
        _edit("add a tapestry behind it", "add a tapestry behind the sculpture"),
    ),
)
"""New requests after a result that is kept, some naming another object: a plain edit on top."""

NOT_A_CORRECTION: tuple[Dev, ...] = (
    ("the duck looks a bit sad lol", False, BATH, "talk", ()),
    ("why is the towel pink too??", False, BATH, "talk", ()),
    ("did you change the sandbox as well?", False, SEESAW, "talk", ()),
    ("wait was it the seesaw i asked for? i forget", False, SEESAW, "talk", ()),
    ("my daughter says the yellow is wrong but i like it", False, SEESAW, "talk", ()),
    ("wrong colour for my taste but my wife loves it so we keep it", False, RACK, "talk", ()),
    ("i typed the wrong word before but you got it right haha", False, GYM, "talk", ()),
    ("not the result i expected but its growing on me", False, SCULPTURE, "talk", ()),
    ("wrong chat sorry", False, TEDDY, "talk", ()),
    ("no no no its perfect", False, IRONING, "talk", ()),
    ("no, leave it like that", False, POOL, "talk", ()),
    ("the blazer is fine as it is", False, RACK, "talk", ()),
    ("i meant to say thank you", False, XMAS, "talk", ()),
    ("did u do the right one?", False, TEDDY, "talk", ()),
    ("which one did you change, the big or the small one?", False, SCULPTURE, "talk", ()),
    ("is that the kettlebell or the dumbbells gone?", False, GYM, "talk", ()),
    ("nope, no changes needed", False, SILO, "talk", ()),
    ("i thought i said silver but gold works too", False, XMAS, "talk", ()),
    ("ugh my wifi is so slow today", False, POOL, "talk", ()),
    ("not the sink lol, you got it right", False, BATH, "talk", ()),
    ("the sandbox was right after all 👍", False, SEESAW_FIXED, "talk", ()),
    ("ok finally!! thanks", False, SEESAW_TWICE, "talk", ()),
    ("yes lilac is good, nevermind", False, BATH_FIXED, "talk", ()),
    ("i wanted purple and purple it is 😂", False, RACK, "talk", ()),
    ("my bad, i was confused, it is correct", False, GYM_FIXED, "talk", ()),
    ("haha i thought you did the wrong one but no", False, TEDDY, "talk", ()),
    ("no wait its correct, my mistake", False, IRONING, "talk", ()),
    ("should i have said the blazer? nah it's fine", False, RACK, "talk", ()),
    ("is it supposed to look this shiny?", False, SCULPTURE, "talk", ()),
    ("not sure thats the right pink but ok", False, BATH, "talk", ()),
    ("i said pink and its pink, great job", False, BATH, "talk", ()),
    ("wrong one? no its fine", False, RACK, "talk", ()),
    ("did i say the seesaw? i meant... no wait yes seesaw. ok", False, SEESAW, "talk", ()),
)
"""Complaints, questions and second thoughts that reject nothing: no call."""

VAGUE: tuple[Dev, ...] = (
    ("wrong one", False, GYM, "clarify", ()),
    ("thats not the one i meant", False, SEESAW, "clarify", ()),
    ("wrong colour", False, BATH, "clarify", ()),
    ("not there", False, SILO, "clarify", ()),
    ("you did the wrong thing", False, RACK, "clarify", ()),
    ("ugh you did the wrong one", False, SCULPTURE, "clarify", ()),
    ("not that one!!", False, TEDDY, "clarify", ()),
    ("wrong place", False, XMAS, "clarify", ()),
    ("still not the right one", False, SEESAW_FIXED, "clarify", ()),
    ("nope still wrong", False, GYM_FIXED, "clarify", ()),
)
"""Rejections that name neither what was meant nor a new value: one short question."""

NOTHING_TO_CORRECT: tuple[Dev, ...] = (
    ("no, the kettlebell", False, UPLOAD, "clarify", ()),
    ("not the seesaw, the sandbox", False, UPLOAD, "clarify", ()),
    ("i wanted it pink not purple", False, UPLOAD, "clarify", ()),
    ("actually green instead", False, UPLOAD, "clarify", ()),
    ("wrong one, the one on the left", False, UPLOAD, "clarify", ()),
    ("nope, the bigger sculpture", False, UPLOAD, "clarify", ()),
    ("the blazer, not the cardigan!!", False, UPLOAD, "clarify", ()),
    ("i said the shed not the silo", False, (), "clarify", ()),
    ("no wait, paint the seesaw yellow", False, UPLOAD, "edit", _edit("paint the seesaw yellow")),
    ("sorry i meant: remove the dumbbells", False, UPLOAD, "edit", _edit("remove the dumbbells")),
    ("actually, make the bathtub pink", False, UPLOAD, "edit", _edit("make the bathtub pink")),
)
"""Corrections with no edit to correct (ask), and full instructions after an upload (edit)."""

UNDO_RETRY: tuple[Dev, ...] = (
    ("nope undo that", False, GYM, "undo", _goto(0)),
    ("revert, i liked it before", False, BATH, "undo", _goto(0)),
    ("undo the presents", False, XMAS, "undo", _goto(2)),
    ("undo the last 2", False, XMAS, "undo", _goto(1)),
    ("put the dumbbells back", False, GYM, "undo", _goto(0)),
    ("bring back the old colour", False, BATH, "undo", _goto(0)),
    ("ctrl z", False, SEESAW, "undo", _goto(0)),
    ("no no go back", False, RACK, "undo", _goto(0)),
    ("ugh no, undo it", False, TEDDY, "undo", _goto(0)),
    ("take the weathervane off again", False, SILO, "undo", _goto(1)),
    ("try again, the duck looks melted", False, BATH, "retry", _retry()),
    ("again pls", False, SCULPTURE, "retry", _retry()),
    ("hmm its barely blue, stronger", False, IRONING, "retry", _retry("stronger")),
    ("the sandbox one was right after all, go back to it", False, SEESAW_TWICE, "goto", _goto(2)),
    ("undo the crown", False, TEDDY, "undo", _goto(0)),
)
"""Undo, retries and a goto near corrections: not corrections."""

CORRECTIONS3: tuple[Dev, ...] = (
    *OBJECT,
    *ATTRIBUTE,
    *PLACE,
    *WHOLE,
    *OLDER,
    *AGAIN_WRONG,
    *INSTEAD,
    *NEW_EDITS,
    *NOT_A_CORRECTION,
    *VAGUE,
    *NOTHING_TO_CORRECT,
    *UNDO_RETRY,
)

CORRECTIONS3_MOVED: tuple[tuple[int, Dev], ...] = (
    # the Christmas tree, back on the gold ornaments (round 1) and the star (round 2)
    (1, ("silver not gold", False, XMAS, "correction", _fix("make the ornaments silver"))),
    (1, ("the tinsel, not the ornaments", False, XMAS, "correction", _fix("make the tinsel gold"))),
    (1, ("now the tinsel too", False, XMAS, "edit", _edit("make the tinsel gold"))),
    (1, ("looks right to me", False, XMAS, "talk", ())),
    (2, ("a silver star i said", False, XMAS, "correction", _fix("put a silver star on top of the tree"))),
    (2, ("not a star, an angel", False, XMAS, "correction", _fix("put an angel on top of the tree"))),
    # the pool and the silo, back on their first edit
    (1, ("not a lounger, a hammock", False, POOL, "correction", _fix("add a hammock by the pool"))),
    (1, ("by the diving board, not the pool", False, POOL, "correction", _fix("add a lounger by the diving board"))),
    (1, ("nice, and add a pool ladder", False, POOL, "edit", _edit("add a pool ladder"))),
    (1, ("green not red", False, SILO, "correction", _fix("paint the silo green"))),
    (1, ("the shed i meant", False, SILO, "correction", _fix("paint the shed red"))),
    (1, ("why is the sky redder too?", False, SILO, "talk", ())),
    # the playground after two corrections, back on the sandbox try (round 2)
    (2, ("hmm no, the monkey bars", False, SEESAW_TWICE, "correction", _fix("paint the monkey bars yellow"))),
    (
        2,
        (
            "brighter yellow, not this pale one",
            False,
            SEESAW_TWICE,
            "correction",
            _fix("paint the sandbox brighter yellow", "paint the sandbox bright yellow"),
        ),
    ),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def corrections3_cases() -> list[EvalCase]:
    """Every turn of this set as an `assistant.evaluation` case (`CORRECTIONS3`, then `CORRECTIONS3_MOVED`)."""
    return with_moved(CORRECTIONS3, "corrections3", CORRECTIONS3_MOVED, "corrections3_moved")
