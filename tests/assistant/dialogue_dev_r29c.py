"""Round 29, set c: edits, retries and corrections in unusual words whose meaning is clear, in sessions with branches.

Written by hand from what a demanding user wants (the issue's table of behaviours and its "What to build"
list), before the dialogue model was run on any of it, about photos no other set uses, all of trades,
workshops and small businesses: a plumber under a kitchen sink, a dry cleaner's counter, a picture framer's
workshop, an optician's shop, a village hardware store, a TV repair shop, a seamstress's alterations room, a
glazier fitting a window pane, a tiler retiling a bathroom, an electrician at a fuse box, a dog groomer's
table, a sail loft, a phone repair kiosk in a mall, roofers laying slates and a fishing tackle shop by the
harbour. Sessions have 0 to 6 edits, some with a branch (a retry beside the first try, an edit made after an
undo or from an older round), some with the current round an older one.

Five families, in new wordings typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons,
non-native English, polite padding, terse fragments, a few capitals): edit requests wrapped in chat
(questions, wishes, stacked fillers, several requests in one turn); edits whose words sound dangerous but
are photo edits ("kill the reflection", "nuke the background", "set the old tv on fire") against real
out-of-scope requests ("rm -rf", "format the c drive"); retries, stronger and weaker, in new words; corrections
of the object, the colour, the place or the whole instruction; and a photo with a caption (asking nothing,
asking an edit, or "same again for this"). About a quarter of each family are near misses whose right answer
is another act: "more pipes" (an edit), "again but the cap" (a correction), "and his cap too" (an edit on top),
"that's the right one" (words), "same place, diff angle" (a caption), a retry or a correction with nothing
edited. The cases have the development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds
turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    UPLOAD,
    Dev,
    _edit,
    _edits,
    _fix,
    _goto,
    _retry,
    with_moved,
)

PLUMBER = ((None, None), (0, "make the plumber's overalls navy blue"))
"""A plumber under a kitchen sink with one edit."""
DRYCLEAN = (
    (None, None),
    (0, "remove the pile of receipts from the counter"),
    (1, "make the garment bags on the rail see-through"),
    (2, "add a brass bell on the counter"),
)
"""A dry cleaner's counter with three edits, each on the one before."""
DRYCLEAN_BAGS = DRYCLEAN[:3]
"""The dry cleaner's with the receipts and the garment bags edits."""
FRAMER = (
    (None, None),
    (0, "make the frame on the workbench gold"),
    (0, "make the frame on the workbench gold"),
    (2, "add mat board samples on the wall"),
)
"""A picture framer's workshop: the gold frame tried twice from the original, the samples added on the second try."""
FRAMER_RETRIED = FRAMER[:3]
"""The framer's workshop after the retry: round 2 is a second try of round 1, from the original."""
OPTICIAN = ((None, None), (0, "make the letters on the eye chart red"))
"""An optician's shop with one edit."""
OPTICIAN_UNDONE = (
    (None, None),
    (0, "make the letters on the eye chart red"),
    (0, "add a display of round tortoiseshell glasses on the counter"),
)
"""The optician's after an undo: round 2 was made from the original, beside round 1."""
HARDWARE = (
    (None, None),
    (0, "remove the price stickers from the paint tins"),
    (1, "make the aisle brighter"),
    (2, "add a cat sleeping on the compost bags"),
    (3, "make the sign above the door say 'Pete's Hardware'"),
    (4, "make the floor tiles black and white"),
    (5, "add a customer holding a rake"),
)
"""A village hardware store with six edits, each on the one before."""
HARDWARE_CAT = HARDWARE[:4]
"""The hardware store up to the sleeping cat."""
HARDWARE_SIGN = HARDWARE[:5]
"""The hardware store up to the sign."""
TVREPAIR = ((None, None), (0, "make all the tv screens show static"))
"""A TV repair shop with old sets stacked up, with one edit."""
TVREPAIR_TWO = (*TVREPAIR, (1, "add a repairman with a soldering iron at the bench"))
"""The TV repair shop with two edits."""
SEAMSTRESS = (
    (None, None),
    (0, "make the dress on the mannequin emerald green"),
    (1, "remove the measuring tape from the floor"),
)
"""A seamstress's alterations room with two edits."""
SEAMSTRESS_DRESS = SEAMSTRESS[:2]
"""The alterations room with only the dress edit."""
GLAZIER = ((None, None), (0, "add a reflection of clouds in the new window pane"))
"""A glazier fitting a window pane, with one edit."""
TILER = (
    (None, None),
    (0, "make the wall tiles dark teal"),
    (1, "make the grout lines white"),
    (0, "make the wall tiles terracotta"),
)
"""A tiler's bathroom job: teal tiles with white grout (rounds 1-2), then terracotta made from the original instead."""
ELECTRICIAN = (
    (None, None),
    (0, "make the electrician's hard hat yellow"),
    (1, "remove the tangled cables above the fuse box"),
)
"""An electrician at a fuse box with two edits."""
ELECTRICIAN_HAT = ELECTRICIAN[:2]
"""The electrician with only the hard hat edit."""
GROOMER = ((None, None), (0, "give the poodle a pink bow"))
"""A dog groomer's table with a poodle, with one edit."""
GROOMER_RETRIED = ((None, None), (0, "give the poodle a pink bow"), (0, "give the poodle a pink bow"))
"""The groomer's after a retry: round 2 is a second try of round 1, from the original."""
SAILMAKER = (
    (None, None),
    (0, "make the sail on the loft floor red"),
    (1, "add sunlight through the skylights"),
    (2, "add spools of thread on the bench"),
    (3, "make the sailmaker's apron denim"),
)
"""A sail loft with four edits, each on the one before."""
SAILMAKER_SAIL = SAILMAKER[:2]
"""The sail loft with only the sail edit."""
SAILMAKER_SUN = SAILMAKER[:3]
"""The sail loft up to the sunlight."""
PHONEREPAIR = ((None, None), (0, "remove the crack from the phone screen"))
"""A phone repair kiosk in a mall with one edit."""
ROOFER = (
    (None, None),
    (0, "make the sky clear blue"),
    (1, "add a second roofer on the ladder"),
    (1, "add a seagull on the chimney"),
)
"""Roofers laying slates: the second roofer (round 2) was undone, the seagull added from round 1 instead."""
TACKLE = (
    (None, None),
    (0, "make the fishing lures glow"),
    (1, "add a stuffed pike above the door"),
    (2, "make the wooden floor darker"),
    (3, "remove the rain jackets from the rack"),
)
"""A fishing tackle shop by the harbour with four edits, each on the one before."""
TACKLE_PIKE = TACKLE[:3]
"""The tackle shop up to the pike."""
TACKLE_FLOOR = TACKLE[:4]
"""The tackle shop up to the darker floor."""
TWO_PHOTOS = ((None, None), (None, None))
"""A first photo with no edit, then a second upload."""

AFTER_PLUMBER = (*PLUMBER, (None, None))
AFTER_DRYCLEAN = (*DRYCLEAN, (None, None))
AFTER_FRAMER = (*FRAMER, (None, None))
AFTER_OPTICIAN = (*OPTICIAN, (None, None))
AFTER_HARDWARE = (*HARDWARE, (None, None))
AFTER_TVREPAIR = (*TVREPAIR, (None, None))
AFTER_GLAZIER = (*GLAZIER, (None, None))
AFTER_TILER = (*TILER, (None, None))
AFTER_GROOMER = (*GROOMER, (None, None))
AFTER_SAILMAKER = (*SAILMAKER, (None, None))
AFTER_PHONEREPAIR = (*PHONEREPAIR, (None, None))
AFTER_ROOFER = (*ROOFER, (None, None))
AFTER_TACKLE = (*TACKLE, (None, None))

CHAT_EDITS: tuple[Dev, ...] = (
    # requests asked as questions
    (
        "any chance the kitchen tiles behind him could be white?",
        False,
        PLUMBER,
        "edit",
        _edit("make the kitchen tiles behind him white", "make the kitchen tiles white"),
    ),
    (
        "how about a little radio on the counter?",
        False,
        PLUMBER,
        "edit",
        _edit("add a little radio on the counter", "put a little radio on the counter"),
    ),
    (
        "is there any way u could make the poodle's fur a bit fluffier??",
        False,
        GROOMER,
        "edit",
        _edit("make the poodle's fur a bit fluffier", "make the poodle's fur fluffier"),
    ),
    (
        "would it be possible to get rid of the fire extinguisher by the door",
        False,
        DRYCLEAN,
        "edit",
        _edit("get rid of the fire extinguisher by the door", "remove the fire extinguisher by the door"),
    ),
    (
        "do u think u could put a plant on the windowsill",
        False,
        OPTICIAN,
        "edit",
        _edit("put a plant on the windowsill", "add a plant on the windowsill"),
    ),
    (
        "mind making the workbench a lighter wood?",
        False,
        TVREPAIR_TWO,
        "edit",
        _edit("make the workbench a lighter wood", "make the workbench lighter wood", "make the workbench lighter"),
    ),
    (
        "can we maybe have the walls in sage green",
        False,
        SEAMSTRESS,
        "edit",
        _edit("make the walls sage green", "paint the walls sage green"),
    ),
    (
        "what if there was a van parked in the street outside, could u do that?",
        False,
        GLAZIER,
        "edit",
        _edit("add a van parked in the street outside", "put a van parked in the street outside"),
    ),
    (
        "could the kiosk sign maybe say 'FIXED IN 1 HOUR' or is that too hard",
        False,
        PHONEREPAIR,
        "edit",
        _edit("make the kiosk sign say 'FIXED IN 1 HOUR'"),
    ),
    (
        "hmm how about some fog rolling in over the rooftops?",
        False,
        ROOFER,
        "edit",
        _edit("add some fog rolling in over the rooftops", "add fog rolling in over the rooftops"),
    ),
    (
        "possible to swap the plastic chair for a wooden stool?",
        False,
        TACKLE,
        "edit",
        _edit(
            "swap the plastic chair for a wooden stool",
            "replace the plastic chair with a wooden stool",
            "change the plastic chair to a wooden stool",
        ),
    ),
    (
        "can the tape measure round her neck be yellow? just curious if u can",
        False,
        SEAMSTRESS,
        "edit",
        _edit("make the tape measure round her neck yellow", "make the tape measure around her neck yellow"),
    ),
    (
        "Would you be so kind as to add a calendar on the wall behind the counter?",
        False,
        DRYCLEAN,
        "edit",
        _edit("add a calendar on the wall behind the counter"),
    ),
    (
        "u reckon u could give the electrician a beard",
        False,
        ELECTRICIAN,
        "edit",
        _edit("give the electrician a beard", "add a beard to the electrician"),
    ),
    # requests said as wishes
    ("i wish the van was yellow", False, UPLOAD, "edit", _edit("make the van yellow")),
    (
        "it'd be sooo cool with a neon OPEN sign in the window",
        False,
        PHONEREPAIR,
        "edit",
        _edit("add a neon OPEN sign in the window", "put a neon OPEN sign in the window"),
    ),
    (
        "honestly would love his boots to be red",
        False,
        ELECTRICIAN,
        "edit",
        _edit("make his boots red", "make the electrician's boots red", "make the boots red"),
    ),
    (
        "my dream would be a big brass clock on the back wall",
        False,
        TVREPAIR,
        "edit",
        _edit("add a big brass clock on the back wall", "put a big brass clock on the back wall"),
    ),
    (
        "wish there was snow on the roof tbh",
        False,
        ROOFER,
        "edit",
        _edit("add snow on the roof", "add snow to the roof"),
    ),
    (
        "it would look way better if the ceiling lights were warmer",
        False,
        HARDWARE,
        "edit",
        _edit("make the ceiling lights warmer"),
    ),
    (
        "id love a ship's wheel hanging on the wall",
        False,
        SAILMAKER,
        "edit",
        _edit("add a ship's wheel hanging on the wall", "hang a ship's wheel on the wall"),
    ),
    (
        "if only the grooming table was blue instead of that boring grey",
        False,
        GROOMER,
        "edit",
        _edit("make the grooming table blue", "make the grooming table blue instead of grey"),
    ),
    (
        "the sink would be nicer in white tbh",
        False,
        PLUMBER,
        "edit",
        _edit("make the sink white"),
    ),
    (
        "im picturing the shop front in dark green... can u do that?",
        False,
        UPLOAD,
        "edit",
        _edit("make the shop front dark green", "paint the shop front dark green"),
    ),
    (
        "kinda wish there was a lighthouse in the distance out the window",
        False,
        TACKLE,
        "edit",
        _edit("add a lighthouse in the distance out the window", "add a lighthouse in the distance outside the window"),
    ),
    # orders with stacked fillers
    (
        "ok so basically just like take the mop out of the corner thx",
        False,
        TILER,
        "edit",
        _edit("take the mop out of the corner", "remove the mop from the corner", "remove the mop in the corner"),
    ),
    (
        "right so um yeah if u could just sort of make the counter marble that'd be great",
        False,
        DRYCLEAN,
        "edit",
        _edit("make the counter marble"),
    ),
    (
        "alright alright, now pls just literally add a hairdryer on the grooming table lol",
        False,
        GROOMER,
        "edit",
        _edit("add a hairdryer on the grooming table"),
    ),
    (
        "sooo yeah um the window frame. paint it white if u can 🙏",
        False,
        GLAZIER,
        "edit",
        _edit("paint the window frame white", "make the window frame white"),
    ),
    (
        "hey so like, if its not too much trouble, could you maybe possibly blur the shoppers walking past the kiosk",
        False,
        PHONEREPAIR,
        "edit",
        _edit("blur the shoppers walking past the kiosk"),
    ),
    (
        "Kindly requesting that you add a wrench in the plumber's back pocket. Thank you in advance.",
        False,
        PLUMBER,
        "edit",
        _edit("add a wrench in the plumber's back pocket"),
    ),
    (
        "pls pls pls make the lures bigger",
        False,
        TACKLE,
        "edit",
        _edit("make the lures bigger", "make the fishing lures bigger"),
    ),
    (
        "yo just slap a SALE banner across the front window",
        False,
        HARDWARE,
        "edit",
        _edit(
            "slap a SALE banner across the front window",
            "put a SALE banner across the front window",
            "add a SALE banner across the front window",
        ),
    ),
    (
        "ok ok ok. so. the frames on the wall, all of them black now pls",
        False,
        FRAMER,
        "edit",
        _edit("make all the frames on the wall black", "make the frames on the wall black"),
    ),
    (
        "erm so yeah basically what i'd want now is a little dog asleep under the bench if thats ok",
        False,
        SAILMAKER,
        "edit",
        _edit("add a little dog asleep under the bench", "add a little dog sleeping under the bench"),
    ),
    (
        "hello again sir, please to put more light on the face of the man, thank you",
        False,
        ELECTRICIAN,
        "edit",
        _edit("put more light on the face of the man", "put more light on the man's face"),
    ),
    (
        "JUST MAKE THE TILES SHINY",
        False,
        TILER,
        "edit",
        _edit("make the tiles shiny", "make the wall tiles shiny"),
    ),
    # several requests in one turn
    (
        "can u remove the bucket and add a rubber duck on the edge of the bath?",
        False,
        TILER,
        "edit",
        _edits("remove the bucket", "add a rubber duck on the edge of the bath"),
    ),
    (
        "id like the sky orange and then maybe add some birds over the roof",
        False,
        UPLOAD,
        "edit",
        _edits("make the sky orange", "add some birds over the roof"),
    ),
    (
        "first get rid of the pincushion on her wrist, then make the lights softer",
        False,
        SEAMSTRESS,
        "edit",
        _edits(
            ("get rid of the pincushion on her wrist", "remove the pincushion on her wrist"),
            "make the lights softer",
        ),
    ),
    (
        "make the kiosk sign blue, also could we get a queue of customers in front",
        False,
        PHONEREPAIR,
        "edit",
        _edits(
            "make the kiosk sign blue",
            ("add a queue of customers in front", "add a queue of customers in front of the kiosk"),
        ),
    ),
    (
        "how about we lose the ladder, and put a wheelbarrow by the wall",
        False,
        ROOFER,
        "edit",
        _edits(
            ("lose the ladder", "remove the ladder"),
            ("put a wheelbarrow by the wall", "add a wheelbarrow by the wall"),
        ),
    ),
    (
        "i wish the till was newer and the floor wasnt so dusty",
        False,
        HARDWARE,
        "edit",
        _edits(
            ("make the till newer", "make the till look newer"),
            ("make the floor less dusty", "make the floor not dusty", "remove the dust from the floor"),
        ),
    ),
    (
        "pls 1. crop out the bin 2. add a coffee cup on the bench",
        False,
        TVREPAIR_TWO,
        "edit",
        _edits("crop out the bin", "add a coffee cup on the bench"),
    ),
    (
        "could you put a bandana on the poodle? and then blur the background a bit",
        False,
        GROOMER,
        "edit",
        _edits(
            "put a bandana on the poodle",
            ("blur the background a bit", "blur the background"),
        ),
    ),
    # near misses: a question or a wish that asks no edit, a retry, a correction, an undo
    ("any chance you can do videos too?", False, TVREPAIR, "talk", ()),
    ("how about we leave it like this for now", False, GLAZIER, "talk", ()),
    ("i wish i was as good at photoshop as u lol", False, FRAMER, "talk", ()),
    ("it'd be cool if u could do the next photo too, sending in a sec", False, TVREPAIR, "talk", ()),
    ("can u make me a logo for my plumbing business", False, PLUMBER, "talk", ()),
    ("is the dress green enough do u think?", False, SEAMSTRESS_DRESS, "talk", ()),
    ("could it look better? idk", False, UPLOAD, "clarify", ()),
    ("wouldn't it be nice if it was a bit different", False, PLUMBER, "clarify", ()),
    (
        "what if the frame was silver instead, can u do that",
        False,
        FRAMER_RETRIED,
        "correction",
        _fix("make the frame on the workbench silver"),
    ),
    (
        "hmm how about pale pink instead of emerald?",
        False,
        SEAMSTRESS_DRESS,
        "correction",
        _fix("make the dress on the mannequin pale pink"),
    ),
    ("any chance of a different version of that bow?", False, GROOMER, "retry", _retry()),
    ("so like basically just undo that thx", False, PHONEREPAIR, "undo", _goto(0)),
    ("what if we went back to the very first photo, can u do that", False, OPTICIAN_UNDONE, "goto", _goto(0)),
    ("wish i'd taken this photo with a better camera haha", False, GLAZIER, "talk", ()),
    ("how about u tell me what you think would look good", False, HARDWARE, "talk", ()),
)
"""Edit requests wrapped in chat (questions, wishes, stacked fillers, several at once), and near misses."""

ROUGH_WORDS: tuple[Dev, ...] = (
    # edits whose words sound dangerous: photo edits all the same
    (
        "kill the reflection on the glasses display",
        False,
        OPTICIAN_UNDONE,
        "edit",
        _edit(
            "kill the reflection on the glasses display",
            "remove the reflection on the glasses display",
            "remove the reflection from the glasses display",
        ),
    ),
    ("nuke the background pls", False, UPLOAD, "edit", _edit("nuke the background", "remove the background")),
    (
        "blast the shadows under the sink, cant see a thing",
        False,
        PLUMBER,
        "edit",
        _edit(
            "blast the shadows under the sink", "brighten the shadows under the sink", "lift the shadows under the sink"
        ),
    ),
    (
        "destroy the graffiti on the shutter",
        False,
        PHONEREPAIR,
        "edit",
        _edit(
            "destroy the graffiti on the shutter",
            "remove the graffiti on the shutter",
            "remove the graffiti from the shutter",
        ),
    ),
    (
        "burn the edges a bit, like old film",
        False,
        UPLOAD,
        "edit",
        _edit("burn the edges a bit like old film", "burn the edges a bit", "burn the edges like old film"),
    ),
    (
        "murder those ugly cables on the floor",
        False,
        UPLOAD,
        "edit",
        _edit(
            "murder those ugly cables on the floor",
            "remove those ugly cables on the floor",
            "remove the ugly cables on the floor",
            "remove the cables on the floor",
        ),
    ),
    ("crush the blacks a bit more", False, UPLOAD, "edit", _edit("crush the blacks a bit more", "crush the blacks")),
    (
        "gut all the clutter off the shelves",
        False,
        HARDWARE,
        "edit",
        _edit(
            "gut all the clutter off the shelves",
            "remove all the clutter off the shelves",
            "remove all the clutter from the shelves",
            "remove the clutter from the shelves",
        ),
    ),
    (
        "set the old tv in the corner on fire",
        False,
        TVREPAIR,
        "edit",
        _edit("set the old tv in the corner on fire"),
    ),
    (
        "shoot the sky full of fireworks",
        False,
        ROOFER,
        "edit",
        _edit("shoot the sky full of fireworks", "fill the sky with fireworks", "add fireworks in the sky"),
    ),
    (
        "blow up the eye chart so it fills the whole wall",
        False,
        OPTICIAN,
        "edit",
        _edit(
            "blow up the eye chart so it fills the whole wall",
            "make the eye chart bigger so it fills the whole wall",
            "make the eye chart fill the whole wall",
        ),
    ),
    (
        "chop the top off, way too much ceiling",
        False,
        HARDWARE,
        "edit",
        _edit("chop the top off", "crop the top off", "crop the top", "crop out the ceiling"),
    ),
    (
        "slash the price on the tag to £5",
        False,
        UPLOAD,
        "edit",
        _edit("slash the price on the tag to £5", "change the price on the tag to £5", "make the price tag say £5"),
    ),
    (
        "stab a few more pins into the pincushion",
        False,
        SEAMSTRESS,
        "edit",
        _edit(
            "stab a few more pins into the pincushion",
            "add a few more pins into the pincushion",
            "add a few more pins to the pincushion",
        ),
    ),
    (
        "hack off the bottom strip with the date stamp",
        False,
        UPLOAD,
        "edit",
        _edit(
            "hack off the bottom strip with the date stamp",
            "crop off the bottom strip with the date stamp",
            "crop out the bottom strip with the date stamp",
        ),
    ),
    (
        "kill all the reds except the sail",
        False,
        SAILMAKER,
        "edit",
        _edit("kill all the reds except the sail", "desaturate all the reds except the sail"),
    ),
    (
        "drown the whole shop in golden hour light",
        False,
        TACKLE,
        "edit",
        _edit("drown the whole shop in golden hour light", "fill the whole shop with golden hour light"),
    ),
    (
        "attack the dust spots on the lens",
        False,
        UPLOAD,
        "edit",
        _edit("attack the dust spots on the lens", "remove the dust spots on the lens", "remove the dust spots"),
    ),
    (
        "assassinate the guy photobombing at the back 😂",
        False,
        FRAMER,
        "edit",
        _edit(
            "assassinate the guy photobombing at the back",
            "remove the guy photobombing at the back",
            "remove the guy photobombing in the back",
        ),
    ),
    (
        "wipe out the smudges on the mirror",
        False,
        TILER,
        "edit",
        _edit(
            "wipe out the smudges on the mirror",
            "remove the smudges on the mirror",
            "remove the smudges from the mirror",
        ),
    ),
    (
        "amputate the extra finger on his left hand",
        False,
        TVREPAIR_TWO,
        "edit",
        _edit("amputate the extra finger on his left hand", "remove the extra finger on his left hand"),
    ),
    (
        "hijack the billboard behind the kiosk and make it say 'FIX IT FAST'",
        False,
        PHONEREPAIR,
        "edit",
        _edit(
            "hijack the billboard behind the kiosk and make it say 'FIX IT FAST'",
            "make the billboard behind the kiosk say 'FIX IT FAST'",
        ),
    ),
    (
        "break the glass in the left pane, like someone threw a ball thru it",
        False,
        GLAZIER,
        "edit",
        _edit(
            "break the glass in the left pane",
            "break the glass in the left pane like someone threw a ball through it",
            "break the glass in the left pane like someone threw a ball thru it",
        ),
    ),
    (
        "exterminate the flies on the window",
        False,
        GLAZIER,
        "edit",
        _edit(
            "exterminate the flies on the window", "remove the flies on the window", "remove the flies from the window"
        ),
    ),
    (
        "rip the old poster off the wall",
        False,
        UPLOAD,
        "edit",
        _edit("rip the old poster off the wall", "remove the old poster from the wall", "remove the old poster"),
    ),
    (
        "drill a hole in the wall above the sink",
        False,
        PLUMBER,
        "edit",
        _edit("drill a hole in the wall above the sink", "add a hole in the wall above the sink"),
    ),
    (
        "electrocute his hair lol, like it's standing up",
        False,
        ELECTRICIAN,
        "edit",
        _edit(
            "electrocute his hair",
            "make his hair stand up",
            "make his hair stand up like he was electrocuted",
            "electrocute his hair like it's standing up",
        ),
    ),
    (
        "strip the paint off the door so its bare wood",
        False,
        UPLOAD,
        "edit",
        _edit(
            "strip the paint off the door so its bare wood", "make the door bare wood", "strip the paint off the door"
        ),
    ),
    (
        "choke the light down to just the lamp over the bench",
        False,
        SAILMAKER,
        "edit",
        _edit(
            "choke the light down to just the lamp over the bench",
            "make the only light the lamp over the bench",
            "darken everything except the lamp over the bench",
        ),
    ),
    (
        "KILL THE GLARE ON THE TV SCREENS",
        False,
        TVREPAIR_TWO,
        "edit",
        _edit(
            "kill the glare on the tv screens",
            "remove the glare on the tv screens",
            "remove the glare from the tv screens",
        ),
    ),
    (
        "bury the fishing boat in the background in mist",
        False,
        TACKLE,
        "edit",
        _edit("bury the fishing boat in the background in mist", "cover the fishing boat in the background in mist"),
    ),
    (
        "shoot some sparks out of the fuse box",
        False,
        ELECTRICIAN,
        "edit",
        _edit(
            "shoot some sparks out of the fuse box",
            "add some sparks shooting out of the fuse box",
            "add sparks coming out of the fuse box",
        ),
    ),
    (
        "behead the weeds growing in the gutter",
        False,
        ROOFER,
        "edit",
        _edit(
            "behead the weeds growing in the gutter",
            "remove the weeds growing in the gutter",
            "remove the weeds in the gutter",
        ),
    ),
    (
        "take out the bloke in the hi-vis on the left",
        False,
        ROOFER,
        "edit",
        _edit("take out the bloke in the hi-vis on the left", "remove the bloke in the hi-vis on the left"),
    ),
    (
        "inject some colour into the grey walls",
        False,
        DRYCLEAN,
        "edit",
        _edit(
            "inject some colour into the grey walls",
            "add some colour to the grey walls",
            "add colour to the grey walls",
        ),
    ),
    (
        "wipe the grease stains off the sign",
        False,
        TACKLE,
        "edit",
        _edit(
            "wipe the grease stains off the sign",
            "remove the grease stains from the sign",
            "remove the grease stains on the sign",
        ),
    ),
    # near misses: real out-of-scope requests, a correction that sounds rough, no edit asked
    ("sudo rm -rf /var/www on my server pls", False, HARDWARE, "talk", ()),
    ("kill -9 the server process pls", False, TVREPAIR, "talk", ()),
    ("nuke my hard drive, im selling the laptop", False, PHONEREPAIR, "talk", ()),
    ("hack into my neighbours wifi", False, UPLOAD, "talk", ()),
    ("delete all the files in my documents folder", False, DRYCLEAN, "talk", ()),
    ("drop table users;", False, TACKLE, "talk", ()),
    ("shut down the computer now", False, GROOMER, "talk", ()),
    ("format the c drive", False, ELECTRICIAN, "talk", ()),
    ("how do i pick a lock without a key", False, UPLOAD, "talk", ()),
    ("give me the admin password", False, SAILMAKER, "talk", ()),
    (
        "poison green for the overalls pls, not navy",
        False,
        PLUMBER,
        "correction",
        _fix("make the plumber's overalls poison green", "make the overalls poison green"),
    ),
)
"""Edits whose vocabulary sounds dangerous, and the real out-of-scope requests beside them."""

RETRIES: tuple[Dev, ...] = (
    # the same edit again from the same parent, with a new seed
    ("have one more go at the bow pls", False, GROOMER, "retry", _retry()),
    ("spin again 🎰", False, TVREPAIR, "retry", _retry()),
    ("hit me with a different one", False, OPTICIAN, "retry", _retry()),
    ("same prompt, new roll", False, SEAMSTRESS, "retry", _retry()),
    ("lemme see a diff version", False, GLAZIER, "retry", _retry()),
    ("rerun", False, TACKLE, "retry", _retry()),
    ("there's a ghost of a jacket still on the rack, once more", False, TACKLE, "retry", _retry()),
    ("again? the bow is floating next to her ear", False, GROOMER, "retry", _retry()),
    ("hmm theres a weird smudge where the crack was, go again", False, PHONEREPAIR, "retry", _retry()),
    ("give it one more whirl pls", False, PLUMBER, "retry", _retry()),
    ("roll the dice one more time 🎲", False, HARDWARE, "retry", _retry()),
    ("new attempt at the same thing", False, DRYCLEAN, "retry", _retry()),
    ("same same but different 😅", False, FRAMER, "retry", _retry()),
    ("Regenerate please.", False, ELECTRICIAN, "retry", _retry()),
    ("one more shot at it", False, ROOFER, "retry", _retry()),
    ("didnt land, go again", False, TILER, "retry", _retry()),
    ("pls redo, the tiles look like plastic", False, TILER, "retry", _retry()),
    ("another variation pls", False, SAILMAKER, "retry", _retry()),
    ("nope. next try", False, GROOMER_RETRIED, "retry", _retry()),
    ("try #3 pls", False, GROOMER_RETRIED, "retry", _retry()),
    ("ok once more and then i give up", False, FRAMER_RETRIED, "retry", _retry()),
    ("fresh seed pls ty", False, SEAMSTRESS, "retry", _retry()),
    ("reroll the seed", False, OPTICIAN_UNDONE, "retry", _retry()),
    ("same edit again pls, it came out grainy", False, TVREPAIR_TWO, "retry", _retry()),
    ("the seagull looks like a pigeon, do it over", False, ROOFER, "retry", _retry()),
    ("gimme another one of those", False, HARDWARE, "retry", _retry()),
    ("AGAIN PLS THE BELL IS MELTED", False, DRYCLEAN, "retry", _retry()),
    ("can i get a second take on that", False, ELECTRICIAN, "retry", _retry()),
    # stronger
    ("moar static", False, TVREPAIR, "retry", _retry("stronger")),
    ("not strong enough, crank it", False, GROOMER, "retry", _retry("stronger")),
    ("the navy is barely there, go harder", False, PLUMBER, "retry", _retry("stronger")),
    ("way more static, i can still see the picture on them", False, TVREPAIR, "retry", _retry("stronger")),
    ("turn it up a notch or two", False, SAILMAKER, "retry", _retry("stronger")),
    ("the red needs more oomph", False, OPTICIAN, "retry", _retry("stronger")),
    ("push it further, the terracotta looks beige", False, TILER, "retry", _retry("stronger")),
    ("go bolder with the green", False, SEAMSTRESS_DRESS, "retry", _retry("stronger")),
    ("the reflection is too faint, louder pls", False, GLAZIER, "retry", _retry("stronger")),
    ("bags still look pretty solid, more see-through", False, DRYCLEAN_BAGS, "retry", _retry("stronger")),
    ("not gold enough", False, FRAMER_RETRIED, "retry", _retry("stronger")),
    ("even darker still pls", False, TACKLE_FLOOR, "retry", _retry("stronger")),
    ("more!! more!!", False, ELECTRICIAN_HAT, "retry", _retry("stronger")),
    # weaker
    ("too much, dial it down", False, TVREPAIR, "retry", _retry("weaker")),
    ("tone down the pink a touch", False, GROOMER, "retry", _retry("weaker")),
    ("whoa thats way too red, less", False, OPTICIAN, "retry", _retry("weaker")),
    ("a smidge softer pls", False, GLAZIER, "retry", _retry("weaker")),
    ("overdone. go easier", False, TILER, "retry", _retry("weaker")),
    ("ease off a bit, the floor is nearly black now", False, TACKLE_FLOOR, "retry", _retry("weaker")),
    ("too shiny, looks like tacky gold, calm it down", False, FRAMER_RETRIED, "retry", _retry("weaker")),
    ("bit much tbh, subtler?", False, SEAMSTRESS_DRESS, "retry", _retry("weaker")),
    ("the denim is too much, half strength", False, SAILMAKER, "retry", _retry("weaker")),
    ("the bags look like glass now lol, pull back", False, DRYCLEAN_BAGS, "retry", _retry("weaker")),
    ("TOO YELLOW", False, ELECTRICIAN_HAT, "retry", _retry("weaker")),
    # near misses: "more" of a new thing, "again but" another thing, nothing to retry, an undo, words
    ("more pipes", False, PLUMBER, "edit", _edit("add more pipes")),
    (
        "more spools on the bench",
        False,
        SAILMAKER,
        "edit",
        _edit("add more spools on the bench", "add more spools of thread on the bench"),
    ),
    (
        "MORE GLOW on the lures",
        False,
        TACKLE,
        "edit",
        _edit(
            "make the lures glow more",
            "add more glow on the lures",
            "more glow on the lures",
            "make the fishing lures glow more",
        ),
    ),
    ("more customers", False, HARDWARE, "edit", _edit("add more customers")),
    (
        "tone down the bright yellow signs in the back",
        False,
        ELECTRICIAN,
        "edit",
        _edit("tone down the bright yellow signs in the back"),
    ),
    ("make the shelves less cluttered", False, HARDWARE, "edit", _edit("make the shelves less cluttered")),
    (
        "do that again but the cap",
        False,
        PLUMBER,
        "correction",
        _fix("make the plumber's cap navy blue", "make the cap navy blue", "make his cap navy blue"),
    ),
    (
        "another go at the dress but in ruby this time",
        False,
        SEAMSTRESS_DRESS,
        "correction",
        _fix("make the dress on the mannequin ruby", "make the dress on the mannequin ruby red"),
    ),
    (
        "again, but the clipboard instead of the cables",
        False,
        ELECTRICIAN,
        "correction",
        _fix("remove the clipboard above the fuse box", "remove the clipboard"),
    ),
    ("again pls thx", False, UPLOAD, "clarify", ()),
    ("reroll that one pls", False, TWO_PHOTOS, "clarify", ()),
    ("roll back", False, PHONEREPAIR, "undo", _goto(0)),
    ("less is more, i like it like this", False, OPTICIAN, "talk", ()),
    ("how many rerolls do i get", False, GROOMER, "talk", ()),
    ("too much coffee today lol, brb", False, TVREPAIR, "talk", ()),
)
"""Retries, stronger and weaker, in new words, and near misses."""

CORRECTIONS: tuple[Dev, ...] = (
    # the object corrected
    (
        "wrong thing, i meant his cap",
        False,
        PLUMBER,
        "correction",
        _fix("make the plumber's cap navy blue", "make his cap navy blue", "make the cap navy blue"),
    ),
    (
        "nah the other frame, the one on the wall",
        False,
        FRAMER_RETRIED,
        "correction",
        _fix("make the frame on the wall gold"),
    ),
    (
        "no no i meant the schnauzer, not the poodle",
        False,
        GROOMER,
        "correction",
        _fix("give the schnauzer a pink bow"),
    ),
    (
        "you did the floor, i wanted the ceiling",
        False,
        TACKLE_FLOOR,
        "correction",
        _fix("make the wooden ceiling darker", "make the ceiling darker"),
    ),
    ("i said trout not pike 🙄", False, TACKLE_PIKE, "correction", _fix("add a stuffed trout above the door")),
    ("wait, a crow, not a seagull", False, ROOFER, "correction", _fix("add a crow on the chimney")),
    (
        "no i meant his gloves",
        False,
        ELECTRICIAN_HAT,
        "correction",
        _fix("make the electrician's gloves yellow", "make his gloves yellow"),
    ),
    (
        "sorry i meant the glasses on the counter, not the eye chart",
        False,
        OPTICIAN,
        "correction",
        _fix("make the glasses on the counter red"),
    ),
    (
        "not the dress, the jacket on the other mannequin",
        False,
        SEAMSTRESS_DRESS,
        "correction",
        _fix("make the jacket on the other mannequin emerald green"),
    ),
    (
        "i meant the scissors not the tape",
        False,
        SEAMSTRESS,
        "correction",
        _fix("remove the scissors from the floor"),
    ),
    (
        "the jib not the mainsail!!",
        False,
        SAILMAKER_SAIL,
        "correction",
        _fix("make the jib on the loft floor red", "make the jib red"),
    ),
    (
        "a customer with a shovel, not a rake",
        False,
        HARDWARE,
        "correction",
        _fix("add a customer holding a shovel"),
    ),
    (
        "nope, a dog sleeping on the compost, not a cat",
        False,
        HARDWARE_CAT,
        "correction",
        _fix("add a dog sleeping on the compost bags"),
    ),
    (
        "wrong tool, give him a screwdriver",
        False,
        TVREPAIR_TWO,
        "correction",
        _fix("add a repairman with a screwdriver at the bench"),
    ),
    (
        "a repairwoman, not a man",
        False,
        TVREPAIR_TWO,
        "correction",
        _fix("add a repairwoman with a soldering iron at the bench"),
    ),
    (
        "no not the screen, the case is what's cracked",
        False,
        PHONEREPAIR,
        "correction",
        _fix("remove the crack from the phone case"),
    ),
    (
        "oops i meant remove the tape from the table not the floor",
        False,
        SEAMSTRESS,
        "correction",
        _fix("remove the measuring tape from the table", "remove the tape from the table"),
    ),
    (
        "meant terracotta for the floor tiles, not the wall ones",
        False,
        TILER,
        "correction",
        _fix("make the floor tiles terracotta"),
    ),
    (
        "i meant a reflection of the street, not clouds",
        False,
        GLAZIER,
        "correction",
        _fix("add a reflection of the street in the new window pane"),
    ),
    # the colour or the shade corrected
    (
        "not that shade, more of a royal blue",
        False,
        PLUMBER,
        "correction",
        _fix("make the plumber's overalls royal blue", "make the overalls royal blue"),
    ),
    ("ugh no i said ORANGE", False, OPTICIAN, "correction", _fix("make the letters on the eye chart orange")),
    ("sorry typo, i meant a BLUE bow", False, GROOMER, "correction", _fix("give the poodle a blue bow")),
    ("silver, not gold. my bad", False, FRAMER_RETRIED, "correction", _fix("make the frame on the workbench silver")),
    (
        "oh wait i meant rose gold",
        False,
        FRAMER_RETRIED,
        "correction",
        _fix("make the frame on the workbench rose gold"),
    ),
    (
        "mmm not red, i meant the letters green",
        False,
        OPTICIAN,
        "correction",
        _fix("make the letters on the eye chart green"),
    ),
    (
        "emerald was wrong, i wanted mint",
        False,
        SEAMSTRESS_DRESS,
        "correction",
        _fix("make the dress on the mannequin mint green", "make the dress on the mannequin mint"),
    ),
    (
        "not terracotta. sage.",
        False,
        TILER,
        "correction",
        _fix("make the wall tiles sage", "make the wall tiles sage green"),
    ),
    (
        "i meant colour bars not static",
        False,
        TVREPAIR,
        "correction",
        _fix("make all the tv screens show colour bars"),
    ),
    (
        "apron should be leather not denim",
        False,
        SAILMAKER,
        "correction",
        _fix("make the sailmaker's apron leather"),
    ),
    (
        "Excuse me, I asked for white hat, not yellow.",
        False,
        ELECTRICIAN_HAT,
        "correction",
        _fix("make the electrician's hard hat white"),
    ),
    (
        "tortoiseshell was wrong, i meant wire ones",
        False,
        OPTICIAN_UNDONE,
        "correction",
        _fix(
            "add a display of round wire glasses on the counter",
            "add a display of round wire frame glasses on the counter",
            "add a display of round wire-framed glasses on the counter",
        ),
    ),
    # the place or the wording corrected
    (
        "i wanted the bell on the LEFT end of the counter",
        False,
        DRYCLEAN,
        "correction",
        _fix("add a brass bell on the left end of the counter"),
    ),
    (
        "the crack on the BACK not the screen!!",
        False,
        PHONEREPAIR,
        "correction",
        _fix(
            "remove the crack from the back of the phone",
            "remove the crack from the phone's back",
            "remove the crack from the phone back",
        ),
    ),
    ("seagull on the ridge not the chimney", False, ROOFER, "correction", _fix("add a seagull on the ridge")),
    (
        "nah, the other pane",
        False,
        GLAZIER,
        "correction",
        _fix("add a reflection of clouds in the other window pane", "add a reflection of clouds in the other pane"),
    ),
    (
        "the cables BELOW the fuse box i said",
        False,
        ELECTRICIAN,
        "correction",
        _fix("remove the tangled cables below the fuse box"),
    ),
    (
        "on the shelf, not the counter",
        False,
        OPTICIAN_UNDONE,
        "correction",
        _fix("add a display of round tortoiseshell glasses on the shelf"),
    ),
    (
        "I said sunlight through the WINDOWS",
        False,
        SAILMAKER_SUN,
        "correction",
        _fix("add sunlight through the windows"),
    ),
    (
        "wrong one, the bags on the LEFT rail",
        False,
        DRYCLEAN_BAGS,
        "correction",
        _fix("make the garment bags on the left rail see-through"),
    ),
    (
        "the sign should read 'Pete's Hardware & Garden', you left off the garden bit",
        False,
        HARDWARE_SIGN,
        "correction",
        _fix("make the sign above the door say 'Pete's Hardware & Garden'"),
    ),
    (
        "static on the big one only pls, leave the small tvs",
        False,
        TVREPAIR,
        "correction",
        _fix("make the big tv screen show static", "make only the big tv screen show static"),
    ),
    (
        "ugh no, i wanted the pike on the wall by the till",
        False,
        TACKLE_PIKE,
        "correction",
        _fix("add a stuffed pike on the wall by the till"),
    ),
    (
        "not a display of glasses, a mirror",
        False,
        OPTICIAN_UNDONE,
        "correction",
        _fix("add a mirror on the counter"),
    ),
    # near misses: one more thing on top, the edit kept, nothing to correct, too vague
    (
        "and his cap too",
        False,
        PLUMBER,
        "edit",
        _edit("make the plumber's cap navy blue", "make his cap navy blue", "make the cap navy blue"),
    ),
    ("the glasses on the counter as well", False, OPTICIAN, "edit", _edit("make the glasses on the counter red")),
    ("the schnauzer needs one too", False, GROOMER, "edit", _edit("give the schnauzer a pink bow")),
    (
        "no no, keep the pike, i meant ADD a trout as well",
        False,
        TACKLE_PIKE,
        "edit",
        _edit("add a stuffed trout above the door", "add a trout above the door", "add a trout", "add a stuffed trout"),
    ),
    (
        "also add a spirit level on the workbench",
        False,
        FRAMER_RETRIED,
        "edit",
        _edit("add a spirit level on the workbench"),
    ),
    ("thats the right one 👍", False, GROOMER, "talk", ()),
    ("correct!", False, FRAMER_RETRIED, "talk", ()),
    ("no, I mean it's perfect", False, OPTICIAN, "talk", ()),
    ("i meant to say thank you earlier lol", False, TVREPAIR, "talk", ()),
    ("not bad actually", False, TILER, "talk", ()),
    ("wrong!!", False, UPLOAD, "clarify", ()),
    ("no i meant the pliers", False, UPLOAD, "clarify", ()),
    ("i said blue", False, TWO_PHOTOS, "clarify", ()),
)
"""Corrections of the object, the shade, the place or the wording, and near misses."""

UPLOADS: tuple[Dev, ...] = (
    # a photo with a caption that asks nothing
    ("new pic from the shop 📷", True, UPLOAD, "caption", ()),
    ("my uncle's plumbing van, 30 yrs in business", True, UPLOAD, "caption", ()),
    ("dry cleaners on our street, closing down next month 😢", True, UPLOAD, "caption", ()),
    ("framing shop where i work weekends", True, UPLOAD, "caption", ()),
    ("the optician my nan has gone to since the 70s", True, UPLOAD, "caption", ()),
    ("pete's hardware!! best shop in the village", True, UPLOAD, "caption", ()),
    ("old tv repair place downtown, found it on a walk", True, UPLOAD, "caption", ()),
    ("Mum at her sewing table. She does alterations from home.", True, UPLOAD, "caption", ()),
    ("glazier fixing our front window after the storm", True, UPLOAD, "caption", ()),
    ("bathroom halfway thru retiling", True, UPLOAD, "caption", ()),
    ("sparky doing the rewiring lol", True, UPLOAD, "caption", ()),
    ("biscuit at the groomers 🐩", True, UPLOAD, "caption", ()),
    ("sail loft in falmouth", True, UPLOAD, "caption", ()),
    ("my phone repair kiosk, day 1!!", True, UPLOAD, "caption", ()),
    ("roofers next door started at 7am 😩", True, UPLOAD, "caption", ()),
    ("tackle shop by the harbour", True, UPLOAD, "caption", ()),
    ("shot on the same old phone as before haha", True, AFTER_PLUMBER, "caption", ()),
    ("another from the shop", True, AFTER_HARDWARE, "caption", ()),
    ("and here's the back room of the same shop", True, AFTER_TVREPAIR, "caption", ()),
    ("this one's from the second visit", True, AFTER_GROOMER, "caption", ()),
    ("same place, diff angle", True, AFTER_SAILMAKER, "caption", ()),
    ("same shop, earlier in the day", True, AFTER_TACKLE, "caption", ()),
    ("same dog, after the haircut 😂", True, AFTER_GROOMER, "caption", ()),
    ("this is the same van i told u about", True, AFTER_PLUMBER, "caption", ()),
    ("thanks for the last one! here's the next", True, AFTER_FRAMER, "caption", ()),
    ("another pic, i'll say what to do with it later", True, AFTER_OPTICIAN, "caption", ()),
    ("this one is better than the last, dont touch it yet", True, AFTER_TVREPAIR, "caption", ()),
    ("that last one turned out great btw. new pic", True, AFTER_ROOFER, "caption", ()),
    # a photo with a caption that asks an edit: one edit of the new photo
    (
        "new one - get rid of the parking ticket on the windscreen pls",
        True,
        UPLOAD,
        "edit",
        _edit(
            "get rid of the parking ticket on the windscreen",
            "remove the parking ticket on the windscreen",
            "remove the parking ticket from the windscreen",
        ),
    ),
    ("the dry cleaners, could the awning be striped?", True, UPLOAD, "edit", _edit("make the awning striped")),
    (
        "our frame shop 🖼 can u straighten the crooked frame top left",
        True,
        UPLOAD,
        "edit",
        _edit("straighten the crooked frame top left", "straighten the crooked frame in the top left"),
    ),
    (
        "optician window, make it look like night time with the shop lit up",
        True,
        UPLOAD,
        "edit",
        _edit("make it look like night time with the shop lit up"),
    ),
    (
        "hardware store pic, i wish the bins out front weren't there",
        True,
        UPLOAD,
        "edit",
        _edit("remove the bins out front", "remove the bins in front"),
    ),
    (
        "tv shop, any chance all the screens could show a football match?",
        True,
        UPLOAD,
        "edit",
        _edit("make all the screens show a football match"),
    ),
    (
        "mum's sewing room - tidy up the threads everywhere pls",
        True,
        UPLOAD,
        "edit",
        _edit("tidy up the threads everywhere", "tidy up the threads", "remove the threads everywhere"),
    ),
    (
        "bathroom retile. how would it look with gold grout",
        True,
        UPLOAD,
        "edit",
        _edit("make the grout gold", "use gold grout"),
    ),
    (
        "groomer pic!! pls put a tiny crown on biscuit",
        True,
        UPLOAD,
        "edit",
        _edit("put a tiny crown on biscuit", "add a tiny crown on biscuit"),
    ),
    (
        "sail loft, can u make the light coming in golden",
        True,
        UPLOAD,
        "edit",
        _edit("make the light coming in golden"),
    ),
    (
        "kiosk in the mall — blur the faces of the people walking by",
        True,
        UPLOAD,
        "edit",
        _edit("blur the faces of the people walking by"),
    ),
    (
        "roof job, add a rainbow behind the house and remove the skip in the drive",
        True,
        UPLOAD,
        "edit",
        _edits("add a rainbow behind the house", "remove the skip in the drive"),
    ),
    ("HARBOUR TACKLE SHOP. MAKE THE SIGN RED", True, UPLOAD, "edit", _edit("make the sign red")),
    (
        "new electric panel we put in, kill the glare on the cover pls",
        True,
        UPLOAD,
        "edit",
        _edit("kill the glare on the cover", "remove the glare on the cover", "remove the glare from the cover"),
    ),
    (
        "another glazing job, this time id love the glass tinted blue",
        True,
        AFTER_GLAZIER,
        "edit",
        _edit("make the glass tinted blue", "tint the glass blue"),
    ),
    # "same again" on the new photo: the last instruction
    ("same again on this one pls", True, AFTER_PLUMBER, "edit", _edit("make the plumber's overalls navy blue")),
    ("can u do the exact same here", True, AFTER_GROOMER, "edit", _edit("give the poodle a pink bow")),
    ("this one as well pls ty", True, AFTER_TVREPAIR, "edit", _edit("make all the tv screens show static")),
    ("ditto for this pic!", True, AFTER_PHONEREPAIR, "edit", _edit("remove the crack from the phone screen")),
    ("repeat on this one", True, AFTER_OPTICIAN, "edit", _edit("make the letters on the eye chart red")),
    ("same treatment plz", True, AFTER_GLAZIER, "edit", _edit("add a reflection of clouds in the new window pane")),
    (
        "other side of the loft, same apron thing",
        True,
        AFTER_SAILMAKER,
        "edit",
        _edit("make the sailmaker's apron denim"),
    ),
    (
        "here's the other phone, fix it the same way",
        True,
        AFTER_PHONEREPAIR,
        "edit",
        _edit("remove the crack from the phone screen"),
    ),
    (
        "this one also needs the receipts gone",
        True,
        AFTER_DRYCLEAN,
        "edit",
        _edit(
            "remove the pile of receipts from the counter",
            "remove the receipts from the counter",
            "remove the receipts",
        ),
    ),
    ("same for this one but a blue bow", True, AFTER_GROOMER, "edit", _edit("give the poodle a blue bow")),
    ("apply the last edit here", True, AFTER_HARDWARE, "edit", _edit("add a customer holding a rake")),
    ("again on this photo", True, AFTER_ROOFER, "edit", _edit("add a seagull on the chimney")),
    ("Please do identical change to this picture.", True, AFTER_TILER, "edit", _edit("make the wall tiles terracotta")),
    ("SAME HERE", True, AFTER_TACKLE, "edit", _edit("remove the rain jackets from the rack")),
    # near misses: a caption with no photo, vague asks, questions, "same" with nothing to repeat
    ("can u fix this one", True, UPLOAD, "clarify", ()),
    ("here's the shop, make it nice", True, UPLOAD, "clarify", ()),
    ("same again for this pls", True, TWO_PHOTOS, "clarify", ()),
    ("what can u do with this one?", True, UPLOAD, "talk", ()),
    ("here's the groomer pic", False, (), "clarify", ()),
    ("hi! first time using this, is it free?", True, UPLOAD, "talk", ()),
)
"""A photo with a caption: asking nothing, asking an edit, "same again for this", and near misses."""

R29C: tuple[Dev, ...] = (*CHAT_EDITS, *ROUGH_WORDS, *RETRIES, *CORRECTIONS, *UPLOADS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: undo goes to the current round's parent, redo forward, edits from the current round
    (0, ("gah pressed undo by accident, put it back", False, PLUMBER, "redo", _goto(1))),
    (1, ("bring back the bell", False, DRYCLEAN, "goto", _goto(3))),
    (0, ("oops, redo!! didnt mean to undo", False, GLAZIER, "redo", _goto(1))),
    (2, ("move forward one step pls", False, TACKLE, "redo", _goto(3))),
    (1, ("undo that one as well", False, ELECTRICIAN, "undo", _goto(0))),
    (3, ("go back one more, i want the cat gone", False, HARDWARE, "undo", _goto(2))),
    (1, ("its weird looking at the old one, go forward", False, ELECTRICIAN, "redo", _goto(2))),
    (0, ("nah bring the seagull back", False, ROOFER, "goto", _goto(3))),
    (
        2,
        (
            "how about a rubber plant by the door on this version",
            False,
            HARDWARE,
            "edit",
            _edit("add a rubber plant by the door"),
        ),
    ),
    (0, ("wish there was a cat on the counter", False, OPTICIAN_UNDONE, "edit", _edit("add a cat on the counter"))),
    (
        2,
        (
            "kill the glare on the lamp here",
            False,
            TACKLE,
            "edit",
            _edit("kill the glare on the lamp", "remove the glare on the lamp", "remove the glare from the lamp"),
        ),
    ),
    (
        1,
        (
            "on this one pls swap the buckets for a toolbag",
            False,
            TILER,
            "edit",
            _edit("swap the buckets for a toolbag", "replace the buckets with a toolbag"),
        ),
    ),
    (2, ("this one again but stronger", False, HARDWARE, "retry", _retry("stronger"))),
    (2, ("redo x2 pls, i want the sign back", False, HARDWARE, "redo", _goto(4))),
    (0, ("i wish the eye chart was bigger", False, OPTICIAN, "edit", _edit("make the eye chart bigger"))),
    (1, ("try this one again pls", False, SAILMAKER, "retry", _retry())),
    (2, ("the guy on the ladder, one more go at him", False, ROOFER, "retry", _retry())),
    (1, ("again but weaker on this one", False, TILER, "retry", _retry("weaker"))),
    (1, ("reroll this", False, GROOMER_RETRIED, "retry", _retry())),
    (1, ("way more glow", False, TACKLE, "retry", _retry("stronger"))),
    (1, ("this one's better than the second try, keep it", False, FRAMER, "talk", ())),
    (0, ("ok the original is fine, cheers", False, PHONEREPAIR, "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r29c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R29C`, then the moved ones)."""
    return with_moved(R29C, "r29c", MOVED, "r29c_moved")
