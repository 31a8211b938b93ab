"""Round 18's third set of chat turns: corrections and retries, and the turns that only look like them.

Written by hand from what a demanding user wants (the issue's table of behaviours), before the dialogue
model was run on any of it, as ordinary chat turns about photos no other set uses: a pottery studio, a
campervan at a campsite, a croquet lawn, a mahjong game at grandma's, a rice paddy with a water
buffalo, a fishmonger's stall, meerkats at the zoo and a tandem bicycle ride. Most turns come right
after an edit the person did not like: corrections of the object ("no, I meant the X", "not the X,
the Y", "wrong one, the one on the right", "the other rider"), of the attribute ("i said teal", "not
red, orange", "lighter than that, like sky blue"), of the place ("wrong side", "on the table, not the
floor") and of the whole instruction ("forget that, remove the kiln instead"), each a sibling of the
rejected edit (`_fix`); retries ("try again", "reroll", "give me another version") and strength
retries ("stronger", "way more", "tone it down", "too much"); the same words after an undo or a goto
(`MOVED`), after a new photo, with nothing to act on (one short question), mixed with praise or
frustration; and look-alikes that are new edits on top ("now the teapot too", "another bowl next to
it") or plain talk ("no worries", "not bad at all"). The cases have the development set's format
(`Dev`: turn, photo, state, act, calls) and are judged as the held-out set is (`with_moved`).
When it was written, the model and rules of round 17 got 189 of its 262 turns right with 4 unwanted
edits. Since then the dialogue model also trains on it (`written_turns.SOURCES`).
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    STATUS,
    UPLOAD,
    Dev,
    _compare,
    _edit,
    _edits,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)
from tests.assistant.dialogue_validation_second import _undo_then

POTTERY = ((None, None), (0, "glaze the big bowl cobalt blue"))
"""A pottery studio (a potter at the wheel, a big bowl and a little one, a teapot, a pitcher, a kiln), one edit."""
POTTERY_CAT = (*POTTERY, (1, "put a sleeping cat on the floor"))
"""The pottery studio with a second edit: a cat on the floor."""
CAMPERVAN = ((None, None), (0, "paint the campervan mint green"), (1, "add a bonfire in front of the campervan"))
"""A campervan at a campsite (an awning, camping chairs, trees, a gate) with two edits."""
CROQUET = ((None, None), (0, "make the croquet balls bright red"))
"""A croquet lawn (balls, mallets, hoops, the peg, players in whites) with one edit."""
CROQUET_AGAIN = (*CROQUET, (0, "make the croquet balls bright red"))
"""The croquet lawn after a retry: round 2 is a second try of round 1, beside it."""
CROQUET_MARQUEE = (*CROQUET, (1, "add a marquee on the left of the lawn"))
"""The croquet lawn with a marquee added on the left."""
MAHJONG = (
    (None, None),
    (0, "make the tablecloth dark green"),
    (1, "put a pot of jasmine tea on the left side of the table"),
)
"""A mahjong game at grandma's (tiles, a tablecloth, grandma in a cardigan, an ashtray) with two edits."""
PADDY = ((None, None), (0, "add a water buffalo standing in the rice paddy"))
"""Rice paddies (a farmer in a conical hat, a path between the paddies, power lines) with one edit."""
FISHMONGER = (
    (None, None),
    (0, "remove the price tags from the fish"),
    (1, "make the mackerel shinier"),
    (2, "add crushed ice under the prawns"),
)
"""A fishmonger's stall (mackerel, sea bass, sardines, prawns, squid, oysters, lemons) with three edits."""
MEERKAT = ((None, None), (0, "put a tiny crown on the meerkat on the left"))
"""Meerkats at the zoo (three on a rock, one in the middle, a baby) with one edit."""
TANDEM = ((None, None), (0, "make the tandem bike yellow"), (1, "give the rider at the front a straw boater"))
"""A tandem bicycle ride (two riders, helmets, another bike parked by the gate) with two edits."""
TANDEM_ONE = TANDEM[:2]
"""The tandem ride after its first edit only."""
TANDEM_FIXED = (*TANDEM_ONE, (0, "make the tandem bike orange"))
"""The tandem ride after a correction: round 2 (orange) was made from round 0, beside the yellow round 1."""

AFTER_POTTERY = (*POTTERY, (None, None))
AFTER_MEERKAT = (*MEERKAT, (None, None))
AFTER_TANDEM = (*TANDEM_ONE, (None, None))
AFTER_CROQUET = (*CROQUET, (None, None))
AFTER_FISHMONGER = (*FISHMONGER, (None, None))
AFTER_PADDY = (*PADDY, (None, None))

OBJECT: tuple[Dev, ...] = (
    # the pottery studio: "glaze the big bowl cobalt blue"
    ("no i meant the teapot", False, POTTERY, "correction", _fix("glaze the teapot cobalt blue")),
    (
        "not the big bowl, the little one next to it",
        False,
        POTTERY,
        "correction",
        _fix(
            "glaze the little bowl cobalt blue",
            "glaze the little bowl next to it cobalt blue",
            "glaze the little bowl next to the big bowl cobalt blue",
            "glaze the little one next to it cobalt blue",
        ),
    ),
    ("ugh no, the mug", False, POTTERY, "correction", _fix("glaze the mug cobalt blue")),
    (
        "no no, is the teapot i want blue, not bowl",
        False,
        POTTERY,
        "correction",
        _fix("glaze the teapot cobalt blue", "glaze the teapot blue", "make the teapot blue"),
    ),
    (
        "wrong pot 🙈 the one on the wheel",
        False,
        POTTERY,
        "correction",
        _fix("glaze the pot on the wheel cobalt blue", "glaze the one on the wheel cobalt blue"),
    ),
    # the campervan: the van, then a bonfire
    ("no the awning, not the van", False, CAMPERVAN[:2], "correction", _fix("paint the awning mint green")),
    (
        "wrong thing, i meant the camping chairs",
        False,
        CAMPERVAN[:2],
        "correction",
        _fix("paint the camping chairs mint green"),
    ),
    ("not a bonfire, a barbecue", False, CAMPERVAN, "correction", _fix("add a barbecue in front of the campervan")),
    ("a lantern not a bonfire lol", False, CAMPERVAN, "correction", _fix("add a lantern in front of the campervan")),
    (
        "smaller!! not a huge bonfire, a little campfire",
        False,
        CAMPERVAN,
        "correction",
        _fix("add a little campfire in front of the campervan", "add a small campfire in front of the campervan"),
    ),
    # the croquet lawn: "make the croquet balls bright red"
    (
        "not the balls, the hoops",
        False,
        CROQUET,
        "correction",
        _fix("make the croquet hoops bright red", "make the hoops bright red"),
    ),
    (
        "i meant the mallets!!",
        False,
        CROQUET,
        "correction",
        _fix("make the croquet mallets bright red", "make the mallets bright red"),
    ),
    (
        "the peg, not the balls. sorry should have said",
        False,
        CROQUET,
        "correction",
        _fix("make the peg bright red", "make the croquet peg bright red"),
    ),
    (
        "only the blue ball was supposed to change, not all of them",
        False,
        CROQUET,
        "correction",
        _fix("make the blue croquet ball bright red", "make the blue ball bright red"),
    ),
    # the mahjong table: the tablecloth, then the tea
    (
        "no the tiles",
        False,
        MAHJONG[:2],
        "correction",
        _fix("make the tiles dark green", "make the mahjong tiles dark green"),
    ),
    (
        "not the tablecloth, grandma's cardigan 😂",
        False,
        MAHJONG[:2],
        "correction",
        _fix("make grandma's cardigan dark green", "make the cardigan dark green"),
    ),
    (
        "a bowl of sunflower seeds, not tea",
        False,
        MAHJONG,
        "correction",
        _fix("put a bowl of sunflower seeds on the left side of the table"),
    ),
    # the rice paddy: "add a water buffalo standing in the rice paddy"
    ("no, a heron", False, PADDY, "correction", _fix("add a heron standing in the rice paddy")),
    ("not a buffalo, an ox", False, PADDY, "correction", _fix("add an ox standing in the rice paddy")),
    # the fish stall: the price tags, the mackerel, the ice
    (
        "i meant under the squid, not the prawns",
        False,
        FISHMONGER,
        "correction",
        _fix("add crushed ice under the squid"),
    ),
    ("ugh, the oysters. not prawns", False, FISHMONGER, "correction", _fix("add crushed ice under the oysters")),
    ("no the sea bass", False, FISHMONGER[:3], "correction", _fix("make the sea bass shinier")),
    (
        "the labels on the crates, not the price tags",
        False,
        FISHMONGER[:2],
        "correction",
        _fix("remove the labels on the crates", "remove the labels from the crates"),
    ),
    # the meerkats: "put a tiny crown on the meerkat on the left"
    (
        "wrong one, the one on the right",
        False,
        MEERKAT,
        "correction",
        _fix("put a tiny crown on the meerkat on the right"),
    ),
    (
        "no the one in the middle, the chubby one",
        False,
        MEERKAT,
        "correction",
        _fix(
            "put a tiny crown on the meerkat in the middle",
            "put a tiny crown on the chubby meerkat in the middle",
            "put a tiny crown on the middle meerkat",
        ),
    ),
    ("the baby one, not that one", False, MEERKAT, "correction", _fix("put a tiny crown on the baby meerkat")),
    (
        "the one standing up on the rock!",
        False,
        MEERKAT,
        "correction",
        _fix("put a tiny crown on the meerkat standing up on the rock", "put a tiny crown on the meerkat on the rock"),
    ),
    # the tandem: the bike, then the boater on the front rider
    ("the other rider", False, TANDEM, "correction", _fix("give the rider at the back a straw boater")),
    (
        "wrong person lol, the boater is for the guy behind",
        False,
        TANDEM,
        "correction",
        _fix("give the rider at the back a straw boater", "give the guy behind a straw boater"),
    ),
    ("not the bike, the helmets", False, TANDEM_ONE, "correction", _fix("make the helmets yellow")),
    (
        "the other bike, the one parked by the gate",
        False,
        TANDEM_ONE,
        "correction",
        _fix("make the bike parked by the gate yellow", "make the other bike yellow"),
    ),
    (
        "you painted my tandem?? it was the gate i wanted yellow",
        False,
        TANDEM_ONE,
        "correction",
        _fix("make the gate yellow"),
    ),
)
"""Corrections of the object: a sibling of the rejected edit with another object."""

ATTRIBUTE: tuple[Dev, ...] = (
    (
        "lighter than that, like sky blue",
        False,
        POTTERY,
        "correction",
        _fix("glaze the big bowl sky blue"),
    ),
    ("blue? i said BLACK", False, POTTERY, "correction", _fix("glaze the big bowl black")),
    (
        "not this colour, I want the colour of sky",
        False,
        POTTERY,
        "correction",
        _fix(
            "glaze the big bowl sky blue",
            "glaze the big bowl the colour of the sky",
            "glaze the big bowl the colour of sky",
        ),
    ),
    ("i said teal", False, CAMPERVAN[:2], "correction", _fix("paint the campervan teal")),
    (
        "nooo not mint, sage",
        False,
        CAMPERVAN[:2],
        "correction",
        _fix("paint the campervan sage", "paint the campervan sage green"),
    ),
    (
        "wrong green. pistachio",
        False,
        CAMPERVAN[:2],
        "correction",
        _fix("paint the campervan pistachio", "paint the campervan pistachio green"),
    ),
    (
        "not red, orange",
        False,
        CROQUET,
        "correction",
        _fix("make the croquet balls orange", "make the croquet balls bright orange"),
    ),
    ("should of been crimson", False, CROQUET, "correction", _fix("make the croquet balls crimson")),
    ("red ok but more like cherry red", False, CROQUET, "correction", _fix("make the croquet balls cherry red")),
    ("actually green instead", False, TANDEM_ONE, "correction", _fix("make the tandem bike green")),
    (
        "i mean lemon yellow, this is more like mustard",
        False,
        TANDEM_ONE,
        "correction",
        _fix("make the tandem bike lemon yellow"),
    ),
    (
        "too bright, i wanted a dull mustard",
        False,
        TANDEM_ONE,
        "correction",
        _fix("make the tandem bike dull mustard", "make the tandem bike mustard"),
    ),
    ("not orange either, red", False, TANDEM_FIXED, "correction", _fix("make the tandem bike red")),
    ("hmm more of a burnt orange tbh", False, TANDEM_FIXED, "correction", _fix("make the tandem bike burnt orange")),
    (
        "straw boater? i said a flat cap",
        False,
        TANDEM,
        "correction",
        _fix("give the rider at the front a flat cap"),
    ),
    (
        "darker green than that, like bottle green",
        False,
        MAHJONG[:2],
        "correction",
        _fix("make the tablecloth bottle green"),
    ),
    (
        "ugh not THAT green. emerald",
        False,
        MAHJONG[:2],
        "correction",
        _fix("make the tablecloth emerald", "make the tablecloth emerald green"),
    ),
    (
        "not jasmine, oolong",
        False,
        MAHJONG,
        "correction",
        _fix("put a pot of oolong tea on the left side of the table"),
    ),
    (
        "a white one, not grey",
        False,
        PADDY,
        "correction",
        _fix("add a white water buffalo standing in the rice paddy"),
    ),
    ("not crushed, cubes", False, FISHMONGER, "correction", _fix("add ice cubes under the prawns")),
    (
        "not the ice, i wanted lemon slices under the prawns",
        False,
        FISHMONGER,
        "correction",
        _fix("add lemon slices under the prawns"),
    ),
    (
        "i said red crown, not gold",
        False,
        MEERKAT,
        "correction",
        _fix("put a tiny red crown on the meerkat on the left"),
    ),
    (
        "Sorry, my english. I wanted it more dark, like navy",
        False,
        POTTERY,
        "correction",
        _fix("glaze the big bowl navy", "glaze the big bowl navy blue"),
    ),
    (
        "can u do it in purple instead of green",
        False,
        MAHJONG[:2],
        "correction",
        _fix("make the tablecloth purple"),
    ),
    (
        "teal was what i asked for???",
        False,
        TANDEM_ONE,
        "correction",
        _fix("make the tandem bike teal"),
    ),
)
"""Corrections of the attribute: a sibling of the rejected edit with another colour or kind."""

PLACE: tuple[Dev, ...] = (
    (
        "wrong side",
        False,
        MAHJONG,
        "correction",
        _fix("put a pot of jasmine tea on the right side of the table"),
    ),
    (
        "other side of the table pls, grandma sits on the left",
        False,
        MAHJONG,
        "correction",
        _fix("put a pot of jasmine tea on the right side of the table"),
    ),
    (
        "on the path, not in the water",
        False,
        PADDY,
        "correction",
        _fix(
            "add a water buffalo standing on the path", "add a water buffalo standing on the path between the paddies"
        ),
    ),
    ("not in front, next to it", False, CAMPERVAN, "correction", _fix("add a bonfire next to the campervan")),
    ("behind the van, not in front", False, CAMPERVAN, "correction", _fix("add a bonfire behind the campervan")),
    ("on top of the prawns, not under", False, FISHMONGER, "correction", _fix("add crushed ice on top of the prawns")),
    ("on the table, not the floor", False, POTTERY_CAT, "correction", _fix("put a sleeping cat on the table")),
    ("no on the windowsill", False, POTTERY_CAT, "correction", _fix("put a sleeping cat on the windowsill")),
    ("wrong side of the lawn", False, CROQUET_MARQUEE, "correction", _fix("add a marquee on the right of the lawn")),
    (
        "put it at the far end of the lawn instead",
        False,
        CROQUET_MARQUEE,
        "correction",
        _fix("add a marquee at the far end of the lawn"),
    ),
    (
        "left not right!! the teapot goes on my left",
        False,
        (*MAHJONG[:2], (1, "put a pot of jasmine tea on the right side of the table")),
        "correction",
        _fix("put a pot of jasmine tea on the left side of the table"),
    ),
    (
        "not on the shelf, on the floor next to the kiln",
        False,
        (*POTTERY, (1, "put a sleeping cat on the shelf")),
        "correction",
        _fix("put a sleeping cat on the floor next to the kiln"),
    ),
)
"""Corrections of the place: a sibling of the rejected edit somewhere else."""

WHOLE: tuple[Dev, ...] = (
    ("forget that, remove the kiln instead", False, POTTERY, "correction", _fix("remove the kiln")),
    (
        "scrap that, make the potters apron blue instead",
        False,
        POTTERY,
        "correction",
        _fix("make the potter's apron blue", "make the potters apron blue"),
    ),
    (
        "thats not what i asked, i wanted the flies gone",
        False,
        FISHMONGER,
        "correction",
        _fix("remove the flies"),
    ),
    (
        "no no i didnt want the balls changed, i wanted the players shirts white",
        False,
        CROQUET,
        "correction",
        _fix("make the players' shirts white", "make the players shirts white"),
    ),
    (
        "not a crown, i wanted sunglasses on it",
        False,
        MEERKAT,
        "correction",
        _fix("put tiny sunglasses on the meerkat on the left", "put sunglasses on the meerkat on the left"),
    ),
    (
        "forget the colour, just take the bike out of the pic",
        False,
        TANDEM_ONE,
        "correction",
        _fix("remove the tandem bike", "take the bike out of the pic", "remove the bike"),
    ),
    (
        "no buffalo pls, i wanted the power lines removed",
        False,
        PADDY,
        "correction",
        _fix("remove the power lines"),
    ),
    (
        "ugh not a fire. i asked for fairy lights on the awning",
        False,
        CAMPERVAN,
        "correction",
        _fix("add fairy lights on the awning"),
    ),
    (
        "i wanted the ashtray removed, not a teapot added",
        False,
        MAHJONG,
        "correction",
        _fix("remove the ashtray"),
    ),
    (
        "wait no, instead of shinier i wanted them to look fresher",
        False,
        FISHMONGER[:3],
        "correction",
        _fix("make the mackerel look fresher"),
    ),
    (
        "you misunderstood me, i wanted the buffalo to be REMOVED, there was one already",
        False,
        PADDY,
        "correction",
        _fix("remove the water buffalo", "remove the buffalo"),
    ),
    (
        "undo that and remove the teapot instead",
        False,
        POTTERY,
        "correction",
        _undo_then(0, "remove the teapot"),
    ),
    (
        "revert that and string lanterns from the awning instead",
        False,
        CAMPERVAN,
        "correction",
        _undo_then(1, "string lanterns from the awning"),
    ),
)
"""Corrections of the whole instruction: a sibling of the rejected edit with another request."""

MIXED: tuple[Dev, ...] = (
    # corrections wrapped in praise or frustration
    ("close but the pitcher not the bowl", False, POTTERY, "correction", _fix("glaze the pitcher cobalt blue")),
    (
        "love the crown but its on the wrong meerkat, the middle one",
        False,
        MEERKAT,
        "correction",
        _fix("put a tiny crown on the meerkat in the middle", "put a tiny crown on the middle meerkat"),
    ),
    (
        "omg so close!! just more of a forest green",
        False,
        MAHJONG[:2],
        "correction",
        _fix("make the tablecloth forest green"),
    ),
    (
        "nice try but i said the hoops 😅",
        False,
        CROQUET,
        "correction",
        _fix("make the croquet hoops bright red", "make the hoops bright red"),
    ),
    (
        "FFS. the SQUID",
        False,
        FISHMONGER,
        "correction",
        _fix("add crushed ice under the squid"),
    ),
    (
        "this is the third time, i said the rider at the BACK",
        False,
        TANDEM,
        "correction",
        _fix("give the rider at the back a straw boater"),
    ),
    (
        "haha cute buffalo but i wanted a heron",
        False,
        PADDY,
        "correction",
        _fix("add a heron standing in the rice paddy"),
    ),
    (
        "good effort, wrong colour though - sage please",
        False,
        CAMPERVAN[:2],
        "correction",
        _fix("paint the campervan sage", "paint the campervan sage green"),
    ),
    # frustration that asks for an undo, not a correction
    ("ugh no go back", False, CROQUET, "undo", _goto(0)),
    ("that's worse, undo", False, FISHMONGER, "undo", _goto(2)),
    ("nah the old one was better", False, MEERKAT, "undo", _goto(0)),
    ("yikes. take it off", False, TANDEM, "undo", _goto(1)),
    ("the fire looks so fake, get rid of it", False, CAMPERVAN, "undo", _goto(1)),
    # frustration that asks for another try
    ("it looks nothing like a buffalo, try again", False, PADDY, "retry", _retry()),
    ("the crown looks like a blob, have another go", False, MEERKAT, "retry", _retry()),
)
"""Corrections, undo and retries said with praise or frustration around them."""

RETRIES: tuple[Dev, ...] = (
    ("try again", False, POTTERY, "retry", _retry()),
    ("another one", False, MEERKAT, "retry", _retry()),
    ("one more go", False, CROQUET, "retry", _retry()),
    ("again with another seed", False, TANDEM_ONE, "retry", _retry()),
    ("reroll", False, PADDY, "retry", _retry()),
    ("give me another version", False, FISHMONGER, "retry", _retry()),
    ("reroll 🎲🎲", False, CAMPERVAN, "retry", _retry()),
    ("new seed pls", False, MAHJONG, "retry", _retry()),
    ("hmm try once more, different seed", False, POTTERY_CAT, "retry", _retry()),
    ("same prompt again pls", False, TANDEM, "retry", _retry()),
    ("ok not bad but give me another option", False, CROQUET_MARQUEE, "retry", _retry()),
    ("still not right. again", False, CROQUET_AGAIN, "retry", _retry()),
    ("try again pls, the orange looks patchy", False, TANDEM_FIXED, "retry", _retry()),
    ("can you generate it again", False, FISHMONGER[:3], "retry", _retry()),
    ("lemme see another variation of that", False, MAHJONG[:2], "retry", _retry()),
    ("do it again, the tea pot looks melted", False, MAHJONG, "retry", _retry()),
    ("one more time", False, PADDY, "retry", _retry()),
    ("Could you please try it one more time? Thank you.", False, POTTERY, "retry", _retry()),
    ("again plz, diffrent seed", False, MEERKAT, "retry", _retry()),
    ("regenerate", False, CAMPERVAN[:2], "retry", _retry()),
    ("spin it again", False, CROQUET_AGAIN, "retry", _retry()),
    ("another attempt pls", False, TANDEM, "retry", _retry()),
    ("meh. gimme another", False, FISHMONGER, "retry", _retry()),
    ("different version pls, the cat looks stuffed", False, POTTERY_CAT, "retry", _retry()),
)
"""Retries: a sibling of the last edit, same instruction, new seed."""

STRENGTH: tuple[Dev, ...] = (
    ("stronger", False, POTTERY, "retry", _retry("stronger")),
    ("more!", False, MAHJONG[:2], "retry", _retry("stronger")),
    ("way more", False, FISHMONGER[:3], "retry", _retry("stronger")),
    ("go harder", False, TANDEM_ONE, "retry", _retry("stronger")),
    ("its ok but the yellow could be bolder", False, TANDEM_ONE, "retry", _retry("stronger")),
    ("barely changed anything, push it", False, CAMPERVAN[:2], "retry", _retry("stronger")),
    ("can u make it more obvious", False, CROQUET, "retry", _retry("stronger")),
    ("not shiny enough", False, FISHMONGER[:3], "retry", _retry("stronger")),
    ("the green is too faint, crank it", False, MAHJONG[:2], "retry", _retry("stronger")),
    ("do the same but stronger", False, POTTERY_CAT, "retry", _retry("stronger")),
    ("more intense pls", False, CROQUET_AGAIN, "retry", _retry("stronger")),
    ("a bit less", False, POTTERY, "retry", _retry("weaker")),
    ("tone it down", False, CAMPERVAN[:2], "retry", _retry("weaker")),
    ("subtler", False, TANDEM_ONE, "retry", _retry("weaker")),
    ("too much", False, CROQUET, "retry", _retry("weaker")),
    ("way too shiny lol", False, FISHMONGER[:3], "retry", _retry("weaker")),
    ("the blue is too much, less pls", False, POTTERY, "retry", _retry("weaker")),
    ("dial it back a little", False, MAHJONG[:2], "retry", _retry("weaker")),
    ("looks overdone tbh, softer", False, TANDEM_FIXED, "retry", _retry("weaker")),
    ("bit much, can you make it more subtle?", False, CAMPERVAN[:2], "retry", _retry("weaker")),
    ("less", False, CROQUET_AGAIN, "retry", _retry("weaker")),
    ("half as strong please", False, FISHMONGER[:3], "retry", _retry("weaker")),
    ("too strong the effect, please more soft", False, MAHJONG[:2], "retry", _retry("weaker")),
)
"""Strength retries: a sibling of the last edit with the guidance raised or lowered."""

AFTER_UPLOAD: tuple[Dev, ...] = (
    # a new photo came in an earlier turn: nothing of it to retry or correct yet
    ("again pls", False, AFTER_POTTERY, "clarify", ()),
    ("stronger pls", False, AFTER_MEERKAT, "clarify", ()),
    ("nah the teapot i meant", False, AFTER_POTTERY, "clarify", ()),
    ("reroll that", False, AFTER_CROQUET, "clarify", ()),
    (
        "make the bowl on the left cobalt blue",
        False,
        AFTER_POTTERY,
        "edit",
        _edit("make the bowl on the left cobalt blue"),
    ),
    # a new photo with words: a caption, or the last edit on the new photo
    ("and another one", True, AFTER_MEERKAT, "caption", ()),
    ("one more from the zoo 🦦", True, AFTER_MEERKAT, "caption", ()),
    ("another angle 📸", True, AFTER_CROQUET, "caption", ()),
    ("the stall again, from the other side", True, AFTER_FISHMONGER, "caption", ()),
    ("try it on this one", True, AFTER_POTTERY, "edit", _edit("glaze the big bowl cobalt blue")),
    (
        "better photo of the bowl, try again on this one pls",
        True,
        AFTER_POTTERY,
        "edit",
        _edit("glaze the big bowl cobalt blue"),
    ),
    (
        "here's a sharper one, can you redo the crown on it",
        True,
        AFTER_MEERKAT,
        "edit",
        _edit("put a tiny crown on the meerkat on the left"),
    ),
    ("same again for this pic but teal", True, AFTER_TANDEM, "edit", _edit("make the tandem bike teal")),
    (
        "the other buffalo pic, same thing",
        True,
        AFTER_PADDY,
        "edit",
        _edit("add a water buffalo standing in the rice paddy"),
    ),
    (
        "this one, but make the hoops red not the balls",
        True,
        AFTER_CROQUET,
        "edit",
        _edit("make the croquet hoops bright red", "make the hoops red", "make the croquet hoops red"),
    ),
)
"""Retry and correction words after a new photo: nothing to act on, a caption, or the last edit on it."""

NOTHING_TO_FIX: tuple[Dev, ...] = (
    ("no i meant the pitcher", False, UPLOAD, "clarify", ()),
    ("not red, orange!", False, UPLOAD, "clarify", ()),
    ("try that again", False, UPLOAD, "clarify", ()),
    ("go harder on it", False, UPLOAD, "clarify", ()),
    ("thats the wrong side", False, UPLOAD, "clarify", ()),
    ("tone it down a bit", False, UPLOAD, "clarify", ()),
    # unclear which one or what
    ("wrong one", False, MEERKAT, "clarify", ()),
    ("the other one", False, CROQUET, "clarify", ()),
    ("nope.", False, POTTERY, "clarify", ()),
    ("not like that", False, PADDY, "clarify", ()),
    ("hmm not quite what i pictured", False, CAMPERVAN, "clarify", ()),
    ("wrong side lol", False, POTTERY, "clarify", ()),
    ("no, the other thing", False, FISHMONGER, "clarify", ()),
)
"""Correction and retry words with nothing to act on, or not saying what: one short question."""

NAVIGATE: tuple[Dev, ...] = (
    # going back to a version that already exists beats making it again
    ("actually yellow was fine, go back to that", False, TANDEM_FIXED, "goto", _goto(1)),
    ("the yellow one was better", False, TANDEM_FIXED, "goto", _goto(1)),
    ("the first one was better", False, CROQUET_AGAIN, "goto", _goto(1)),
    ("compare the two tries", False, CROQUET_AGAIN, "compare", _compare(1, 2)),
    ("show me the yellow one again", False, TANDEM_FIXED, "show", _show(1)),
    ("put the yellow and orange side by side", False, TANDEM_FIXED, "compare", _compare(1, 2)),
    ("wait what did you just change", False, FISHMONGER, "status", STATUS),
    ("list what we've tried so far", False, TANDEM_FIXED, "history", HISTORY),
    ("back to before the ice", False, FISHMONGER, "goto", _goto(2)),
)
"""Turns about versions that already exist: goto, show, compare, status, history."""

LOOKALIKES: tuple[Dev, ...] = (
    # new edits on top, that start like a correction or a retry
    ("now the teapot too", False, POTTERY, "edit", _edit("glaze the teapot cobalt blue")),
    ("also make the kiln door blue", False, POTTERY, "edit", _edit("make the kiln door blue")),
    ("perfect, now remove the extension cable", False, POTTERY, "edit", _edit("remove the extension cable")),
    ("make the shadows stronger", False, POTTERY, "edit", _edit("make the shadows stronger")),
    ("try adding a cat on the wheel", False, POTTERY, "edit", _edit("add a cat on the wheel")),
    (
        "another bowl next to it pls",
        False,
        POTTERY,
        "edit",
        _edit("add another bowl next to it", "add another bowl next to the big bowl"),
    ),
    (
        "yes!! now the mallets as well",
        False,
        CROQUET,
        "edit",
        _edit("make the croquet mallets bright red", "make the mallets bright red"),
    ),
    (
        "great and the peg too",
        False,
        CROQUET,
        "edit",
        _edit("make the peg bright red", "make the croquet peg bright red"),
    ),
    (
        "red is fine. now the hoops white",
        False,
        CROQUET,
        "edit",
        _edit("make the hoops white", "make the croquet hoops white"),
    ),
    (
        "nice. now give the other meerkats crowns too",
        False,
        MEERKAT,
        "edit",
        _edit("give the other meerkats crowns", "put tiny crowns on the other meerkats"),
    ),
    (
        "and the one on the right also",
        False,
        MEERKAT,
        "edit",
        _edit("put a tiny crown on the meerkat on the right"),
    ),
    ("one more meerkat on the rock", False, MEERKAT, "edit", _edit("add one more meerkat on the rock")),
    ("not bad! now put a heron on the path", False, PADDY, "edit", _edit("put a heron on the path")),
    (
        "wow ok, also a farmer in a conical hat behind the buffalo",
        False,
        PADDY,
        "edit",
        _edit("add a farmer in a conical hat behind the buffalo"),
    ),
    (
        "love the orange. also the bells on the handlebars silver pls",
        False,
        TANDEM_FIXED,
        "edit",
        _edit("make the bells on the handlebars silver"),
    ),
    ("good, now the other rider too", False, TANDEM, "edit", _edit("give the rider at the back a straw boater")),
    (
        "not bad at all, now make the sky sunset orange",
        False,
        CAMPERVAN,
        "edit",
        _edit("make the sky sunset orange"),
    ),
    (
        "actually yeah that works. now put a surfboard on the roof",
        False,
        CAMPERVAN,
        "edit",
        _edit("put a surfboard on the roof"),
    ),
    ("the fire's perfect. add marshmallows on sticks", False, CAMPERVAN, "edit", _edit("add marshmallows on sticks")),
    ("tone down the sky a bit", False, CAMPERVAN, "edit", _edit("tone down the sky a bit")),
    (
        "instead of the kettle on the stove, put a coffee pot",
        False,
        CAMPERVAN,
        "edit",
        _edit(
            "put a coffee pot instead of the kettle on the stove", "replace the kettle on the stove with a coffee pot"
        ),
    ),
    (
        "the prawns look great, now do the squid too",
        False,
        FISHMONGER,
        "edit",
        _edit("add crushed ice under the squid"),
    ),
    ("make the ice bluish", False, FISHMONGER, "edit", _edit("make the ice bluish", "make the crushed ice bluish")),
    ("more lemons on the stall pls", False, FISHMONGER, "edit", _edit("add more lemons on the stall")),
    (
        "less glare on the scales please",
        False,
        FISHMONGER,
        "edit",
        _edit("reduce the glare on the scales", "less glare on the scales", "remove the glare on the scales"),
    ),
    (
        "thats it! now the tiles too but in ivory",
        False,
        MAHJONG[:2],
        "edit",
        _edit("make the tiles ivory", "make the mahjong tiles ivory"),
    ),
    (
        "good. again the same green for the chair cushions",
        False,
        MAHJONG[:2],
        "edit",
        _edit("make the chair cushions dark green"),
    ),
    (
        "perfect now remove the ashtray and the lighter",
        False,
        MAHJONG,
        "edit",
        _edits("remove the ashtray", "remove the lighter"),
    ),
    ("a subtle vignette too pls", False, TANDEM, "edit", _edit("add a subtle vignette")),
    ("perfect, now remove the bin by the gate", False, TANDEM, "edit", _edit("remove the bin by the gate")),
    # plain talk that starts like a correction or a retry
    ("no worries", False, POTTERY, "talk", ()),
    ("not bad at all", False, PADDY, "talk", ()),
    ("nope, all good!", False, CROQUET, "talk", ()),
    ("no that's perfect, thank you", False, MEERKAT, "talk", ()),
    ("haha no it's the right one", False, TANDEM, "talk", ()),
    ("close enough 👍", False, CAMPERVAN, "talk", ()),
    ("ok that's way better", False, TANDEM_FIXED, "talk", ()),
    ("not what i expected but i like it", False, FISHMONGER, "talk", ()),
    ("again, thank you so much", False, MAHJONG, "talk", ()),
    ("another great one!", False, CROQUET_AGAIN, "talk", ()),
    ("i'll try again tomorrow with a better photo", False, PADDY, "talk", ()),
    ("stronger than i expected haha, nice", False, POTTERY, "talk", ()),
    ("why did it make the little bowl blue too?", False, POTTERY, "talk", ()),
    ("is it normal that it comes out a bit different every time i retry?", False, CROQUET_AGAIN, "talk", ()),
    ("can you do it stronger if i ask?", False, MEERKAT, "talk", ()),
    ("no rush, take your time", False, FISHMONGER, "talk", ()),
    ("no no it's great, my mum will love it", False, MAHJONG, "talk", ()),
)
"""Look-alikes: new edits on top of the last one, and talk, that sound like corrections or retries."""

R18C: tuple[Dev, ...] = (
    *OBJECT,
    *ATTRIBUTE,
    *PLACE,
    *WHOLE,
    *MIXED,
    *RETRIES,
    *STRENGTH,
    *AFTER_UPLOAD,
    *NOTHING_TO_FIX,
    *NAVIGATE,
    *LOOKALIKES,
)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # the campervan, after undoing the bonfire: back on the mint green van (round 1)
    (1, ("no i meant the awning", False, CAMPERVAN, "correction", _fix("paint the awning mint green"))),
    (1, ("try again w another seed", False, CAMPERVAN, "retry", _retry())),
    (1, ("bit stronger?", False, CAMPERVAN, "retry", _retry("stronger"))),
    (
        1,
        (
            "actually more of a seafoam",
            False,
            CAMPERVAN,
            "correction",
            _fix("paint the campervan seafoam", "paint the campervan seafoam green"),
        ),
    ),
    (1, ("bring the fire back", False, CAMPERVAN, "redo", _goto(2))),
    (
        1,
        (
            "add a hammock between the trees instead",
            False,
            CAMPERVAN,
            "edit",
            _edit("add a hammock between the trees"),
        ),
    ),
    # the campervan, after undoing both edits (round 0)
    (0, ("one more go at it", False, CAMPERVAN, "clarify", ())),
    (0, ("wrong one, the one by the gate", False, CAMPERVAN, "clarify", ())),
    (0, ("paint it sky blue", False, CAMPERVAN, "edit", _edit("paint the campervan sky blue"))),
    # the fish stall, after going back to round 1 (the price tags) and to round 2 (the mackerel)
    (1, ("reroll that one", False, FISHMONGER, "retry", _retry())),
    (
        1,
        (
            "the labels not the price tags",
            False,
            FISHMONGER,
            "correction",
            _fix("remove the labels from the fish"),
        ),
    ),
    (1, ("go forward again", False, FISHMONGER, "redo", _goto(2))),
    (2, ("way way more shine", False, FISHMONGER, "retry", _retry("stronger"))),
    (2, ("subtler pls, it looks plastic", False, FISHMONGER, "retry", _retry("weaker"))),
    (2, ("not the mackerel, the sardines", False, FISHMONGER, "correction", _fix("make the sardines shinier"))),
    (2, ("no worries, leave it like this", False, FISHMONGER, "talk", ())),
    # the pottery studio, after undoing the cat (round 1)
    (1, ("gimme another version of the bowl", False, POTTERY_CAT, "retry", _retry())),
    (1, ("turquoise not cobalt", False, POTTERY_CAT, "correction", _fix("glaze the big bowl turquoise"))),
    (1, ("put the cat back", False, POTTERY_CAT, "redo", _goto(2))),
    (1, ("now the teapot as well", False, POTTERY_CAT, "edit", _edit("glaze the teapot cobalt blue"))),
    # the tandem, after undoing the boater (round 1)
    (1, ("go harder on the yellow", False, TANDEM, "retry", _retry("stronger"))),
    (1, ("green would be better actually", False, TANDEM, "correction", _fix("make the tandem bike green"))),
    (1, ("too much yellow, tone it down", False, TANDEM, "retry", _retry("weaker"))),
    (1, ("redo the hat", False, TANDEM, "redo", _goto(2))),
    # the tandem, after going back to the yellow try (round 1, beside the orange round 2)
    (1, ("another go at the yellow", False, TANDEM_FIXED, "retry", _retry())),
    (1, ("ok the orange was better after all", False, TANDEM_FIXED, "goto", _goto(2))),
    # the mahjong table, after undoing the tea (round 1)
    (1, ("tone it down, its too dark", False, MAHJONG, "retry", _retry("weaker"))),
    (
        1,
        (
            "not the tablecloth, the tiles",
            False,
            MAHJONG,
            "correction",
            _fix("make the tiles dark green", "make the mahjong tiles dark green"),
        ),
    ),
    (1, ("undo once more", False, MAHJONG, "undo", _goto(0))),
    # the meerkats, after undoing the crown (round 0)
    (0, ("reroll pls", False, MEERKAT, "clarify", ())),
    (0, ("stronger!!", False, MEERKAT, "clarify", ())),
    (
        0,
        (
            "put it on the one on the right",
            False,
            MEERKAT,
            "edit",
            _edit("put a tiny crown on the meerkat on the right"),
        ),
    ),
    (0, ("bring the crown back", False, MEERKAT, "redo", _goto(1))),
    # the rice paddy, after undoing the buffalo (round 0)
    (0, ("add a heron instead", False, PADDY, "edit", _edit("add a heron", "add a heron standing in the rice paddy"))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r18c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R18C`, then the moved ones)."""
    return with_moved(R18C, "r18c", MOVED, "r18c_moved")
