"""Round 22, set b: corrections of the last edit, references to rounds, and show or compare.

Written by hand from what a demanding user wants (the issue's table of behaviours and its list of
dialogue acts), before the dialogue model was run on any of it, about photos no other set uses: a tuna
auction at a fish market, a fire lookout tower on a ridge, a suite in an ice hotel, an old apothecary, a
kasbah in the Atlas mountains, a dogsled team on a frozen lake, a felucca on the Nile, a matryoshka doll
stall, a Basque pelota match at a fronton, a BMX race, the chapel of a salt mine, a lion dance in the
street, a sugar shack in maple season, a biplane at an airshow and a game of boules in a village
square. Sessions have 0 to 4 edits, some branched after a retry or a correction, and some turns come
after a goto or an undo (the current round an older one).

Families: corrections of the last edit's object ("no i meant the railing", "the motorbikes, not the
cars", "wrong one, the one on the left... the yellow doll"); corrections of its attribute ("not orange,
yellow", "no, smaller" after "bigger", "sunrise not sunset"); whole replacements ("forget the harness.
make the snow whiter", "undo that and put a pelican on the bow"); references to a round (round N in many
spellings, the original, before the X, the version with the X, steps back, the first edit, the one
before last) and impossible ones answered in words (a round that does not exist, round 1.5, before a
thing no edit made); compare ("compare 1 and 3", "before/after pls", "which is better, round 2 or 3?")
and show ("let me see rnd 3", which does not move the current round) next to goto ("go back to round
2", which does). About a quarter of each family are near misses whose right answer is another act: a
correction with nothing edited, "the railing too" (a new edit), "even bigger" and "less dark" (a
stronger or weaker retry), "scrap that" (an undo), a round of the pelota match rather than of the
session, a comparison of tuna prices.

Turns are typed the way people type in a chat box: lowercase, typos, slang, emoji, run-ons,
non-native English, polite padding, terse fragments, a few in capitals. The cases have the
development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current
round (first) is an earlier one, after a goto or an undo.
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
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)
from tests.assistant.dialogue_validation_second import _edit_on, _undo_then

TUNA = ((None, None), (0, "make the auctioneer's cap orange"))
"""A tuna auction at a fish market with one edit: the auctioneer's cap."""
LOOKOUT = ((None, None), (0, "paint the lookout tower red"))
"""A fire lookout tower on a ridge with one edit."""
LOOKOUT_FIXED = (*LOOKOUT, (0, "paint the lookout tower green"))
"""The lookout tower after a correction: round 2 (green) was made from the original beside round 1 (red)."""
ICEHOTEL = ((None, None), (0, "make the ice bed glow blue"))
"""A suite in an ice hotel with one edit."""
APOTHECARY = ((None, None), (0, "make the glass jars green"), (1, "add a black cat sleeping on the counter"))
"""An old apothecary with two edits: green jars, then a sleeping cat."""
APOTHECARY_JARS = APOTHECARY[:2]
"""The apothecary with only the jars edit."""
KASBAH = (
    (None, None),
    (0, "make the sky deep blue"),
    (1, "add palm trees by the gate"),
    (2, "remove the tourists at the entrance"),
)
"""A kasbah in the Atlas mountains with three edits, each on the one before: sky, palms, tourists removed."""
KASBAH_SKY = KASBAH[:2]
"""The kasbah with only the sky edit."""
KASBAH_PALMS = KASBAH[:3]
"""The kasbah with the sky and the palm trees."""
DOGSLED = ((None, None), (0, "make the lead dog's harness orange"))
"""A dogsled team on a frozen lake with one edit."""
DOGSLED_RETRIED = (*DOGSLED, (0, "make the lead dog's harness orange"))
"""The dogsled team after a retry: round 2 is a second try of round 1, from the original."""
FELUCCA = ((None, None), (0, "make the sail white"), (1, "add a sunset behind the felucca"))
"""A felucca on the Nile with two edits: a white sail, then a sunset."""
FELUCCA_SAIL = FELUCCA[:2]
"""The felucca with only the sail edit."""
MATRYOSHKA = ((None, None), (0, "make the red doll bigger"))
"""A matryoshka doll stall with one edit."""
PELOTA = (
    (None, None),
    (0, "make the fronton wall white"),
    (1, "add a crowd in the stands"),
    (2, "make the players' sashes red"),
    (3, "remove the scoreboard"),
)
"""A Basque pelota match with four edits, each on the one before: wall, crowd, sashes, no scoreboard."""
PELOTA_SASHES = PELOTA[:4]
"""The pelota match up to the sashes edit."""
BMX = ((None, None), (0, "make the rider's helmet green"), (1, "add a dust cloud behind the bike"))
"""A BMX race with two edits: a green helmet, then a dust cloud."""
BMX_HELMET = BMX[:2]
"""The BMX race with only the helmet edit."""
SALTMINE = ((None, None), (0, "make the salt chandelier brighter"), (1, "add a choir by the altar"))
"""The chapel of a salt mine with two edits: a brighter chandelier, then a choir."""
SALTMINE_LIGHT = SALTMINE[:2]
"""The salt mine chapel with only the chandelier edit."""
LIONDANCE = (
    (None, None),
    (0, "make the lion costume gold"),
    (1, "add firecrackers exploding in the street"),
    (2, "make the drummer's shirt red"),
)
"""A lion dance in the street with three edits: a gold costume, firecrackers, the drummer's shirt."""
LIONDANCE_GOLD = LIONDANCE[:2]
"""The lion dance with only the costume edit."""
LIONDANCE_FIRE = LIONDANCE[:3]
"""The lion dance with the costume and the firecrackers."""
SUGARSHACK = ((None, None), (0, "make the maple syrup darker"))
"""A sugar shack in maple season with one edit."""
BIPLANE = (
    (None, None),
    (0, "paint the biplane yellow"),
    (1, "add a pilot waving from the cockpit"),
    (2, "add smoke trails behind the plane"),
)
"""A biplane at an airshow with three edits: yellow paint, a waving pilot, smoke trails."""
BIPLANE_YELLOW = BIPLANE[:2]
"""The biplane with only the yellow paint."""
BIPLANE_COLOURS = ((None, None), (0, "paint the biplane yellow"), (0, "paint the biplane blue"))
"""The biplane after a correction: round 2 (blue) was made from the original beside round 1 (yellow)."""
BOULES = ((None, None), (0, "remove the parked cars"), (1, "add string lights between the trees"))
"""A game of boules in a village square with two edits: the cars removed, then string lights."""
BOULES_CARS = BOULES[:2]
"""The boules square with only the cars removed."""

OBJECTS: tuple[Dev, ...] = (
    # the last edit again from its parent, its object replaced
    (
        "nah i meant the railing 🙄",
        False,
        LOOKOUT,
        "correction",
        _fix("paint the railing red", "paint the lookout tower's railing red", "paint the tower's railing red"),
    ),
    (
        "ugh the STAIRS!! not the tower",
        False,
        LOOKOUT,
        "correction",
        _fix("paint the stairs red", "paint the lookout tower's stairs red"),
    ),
    (
        "wrong part, the little cabin on top is what i wanted red",
        False,
        LOOKOUT,
        "correction",
        _fix("paint the little cabin on top red", "paint the cabin on top red"),
    ),
    (
        "not the tower itself, the roof",
        False,
        LOOKOUT_FIXED,
        "correction",
        _fix("paint the roof green", "paint the lookout tower's roof green", "paint the tower's roof green"),
    ),
    (
        "i said the apron not the cap",
        False,
        TUNA,
        "correction",
        _fix("make the auctioneer's apron orange", "make the apron orange"),
    ),
    (
        "wrong guy lol, the buyer's cap, not the auctioneer's",
        False,
        TUNA,
        "correction",
        _fix("make the buyer's cap orange"),
    ),
    ("boots, not cap", False, TUNA, "correction", _fix("make the auctioneer's boots orange", "make the boots orange")),
    (
        "nono the bell he's ringing",
        False,
        TUNA,
        "correction",
        _fix("make the bell he's ringing orange", "make the auctioneer's bell orange", "make the bell orange"),
    ),
    (
        "no no the pillows",
        False,
        ICEHOTEL,
        "correction",
        _fix("make the pillows glow blue", "make the ice pillows glow blue"),
    ),
    ("i meant the ice chairs not the bed", False, ICEHOTEL, "correction", _fix("make the ice chairs glow blue")),
    (
        "wrong one... the sculpture on the wall, that one",
        False,
        ICEHOTEL,
        "correction",
        _fix("make the sculpture on the wall glow blue", "make the ice sculpture on the wall glow blue"),
    ),
    (
        "the bottles on the shelf, not the jars",
        False,
        APOTHECARY_JARS,
        "correction",
        _fix("make the bottles on the shelf green", "make the glass bottles on the shelf green"),
    ),
    ("sry i meant the drawers", False, APOTHECARY_JARS, "correction", _fix("make the drawers green")),
    (
        "Sorry, I was meaning the labels, not the jars.",
        False,
        APOTHECARY_JARS,
        "correction",
        _fix("make the labels green", "make the labels on the jars green", "make the jar labels green"),
    ),
    (
        "a dog not a cat",
        False,
        APOTHECARY,
        "correction",
        _fix("add a black dog sleeping on the counter", "add a dog sleeping on the counter"),
    ),
    (
        "on the windowsill, not the counter!",
        False,
        APOTHECARY,
        "correction",
        _fix("add a black cat sleeping on the windowsill"),
    ),
    (
        "i meant an owl 🦉 not a cat",
        False,
        APOTHECARY,
        "correction",
        _fix("add an owl sleeping on the counter", "add a black owl sleeping on the counter"),
    ),
    (
        "the camels not the tourists",
        False,
        KASBAH,
        "correction",
        _fix("remove the camels at the entrance", "remove the camels"),
    ),
    (
        "i meant the souvenir stall, the tourists can stay",
        False,
        KASBAH,
        "correction",
        _fix("remove the souvenir stall at the entrance", "remove the souvenir stall"),
    ),
    (
        "the musher's jacket, not the harness",
        False,
        DOGSLED,
        "correction",
        _fix("make the musher's jacket orange"),
    ),
    ("NOT THE DOG. THE SLED", False, DOGSLED, "correction", _fix("make the sled orange")),
    ("hmm i was talking about the sled bag", False, DOGSLED, "correction", _fix("make the sled bag orange")),
    (
        "wrong dog, the one at the back",
        False,
        DOGSLED,
        "correction",
        _fix(
            "make the harness of the dog at the back orange",
            "make the dog at the back's harness orange",
            "make the back dog's harness orange",
            "make the harness of the one at the back orange",
        ),
    ),
    (
        "i meant the musher's hat, both tries got it wrong",
        False,
        DOGSLED_RETRIED,
        "correction",
        _fix("make the musher's hat orange"),
    ),
    ("hull not sail", False, FELUCCA_SAIL, "correction", _fix("make the hull white")),
    (
        "i meant the flag on the mast, not the sail",
        False,
        FELUCCA_SAIL,
        "correction",
        _fix("make the flag on the mast white"),
    ),
    ("the boatman's robe i meant", False, FELUCCA_SAIL, "correction", _fix("make the boatman's robe white")),
    (
        "behind the palm trees, not the boat",
        False,
        FELUCCA,
        "correction",
        _fix("add a sunset behind the palm trees"),
    ),
    ("the blue doll, not the red one", False, MATRYOSHKA, "correction", _fix("make the blue doll bigger")),
    (
        "wrong one, the one on the left... the yellow doll",
        False,
        MATRYOSHKA,
        "correction",
        _fix("make the yellow doll bigger"),
    ),
    (
        "pls the second doll from the left, not that one",
        False,
        MATRYOSHKA,
        "correction",
        _fix("make the second doll from the left bigger"),
    ),
    ("not the scoreboard, the clock", False, PELOTA, "correction", _fix("remove the clock")),
    (
        "i said the advertising banner not the scoreboard",
        False,
        PELOTA,
        "correction",
        _fix("remove the advertising banner"),
    ),
    (
        "the bike's frame, not the helmet",
        False,
        BMX_HELMET,
        "correction",
        _fix("make the bike's frame green", "make the bike frame green"),
    ),
    (
        "i meant his gloves",
        False,
        BMX_HELMET,
        "correction",
        _fix("make the rider's gloves green", "make his gloves green"),
    ),
    ("in front of the bike not behind", False, BMX, "correction", _fix("add a dust cloud in front of the bike")),
    ("mud splash, not dust", False, BMX, "correction", _fix("add a mud splash behind the bike")),
    (
        "the candles, i meant the candles not the chandelier",
        False,
        SALTMINE_LIGHT,
        "correction",
        _fix("make the candles brighter", "make the salt candles brighter"),
    ),
    ("no an organ player, not a choir", False, SALTMINE, "correction", _fix("add an organ player by the altar")),
    ("by the entrance, not the altar", False, SALTMINE, "correction", _fix("add a choir by the entrance")),
    ("no the cymbal player's shirt", False, LIONDANCE, "correction", _fix("make the cymbal player's shirt red")),
    ("drummer's drum, not his shirt", False, LIONDANCE, "correction", _fix("make the drummer's drum red")),
    ("the pancakes not the syrup", False, SUGARSHACK, "correction", _fix("make the pancakes darker")),
    ("i ment the wooden buckets", False, SUGARSHACK, "correction", _fix("make the wooden buckets darker")),
    (
        "not the whole plane, just the wings",
        False,
        BIPLANE_YELLOW,
        "correction",
        _fix("paint the wings yellow", "paint the biplane's wings yellow", "paint just the wings yellow"),
    ),
    (
        "the propeller, not the plane",
        False,
        BIPLANE_YELLOW,
        "correction",
        _fix("paint the propeller yellow", "paint the biplane's propeller yellow"),
    ),
    (
        "the motorbikes, not the cars",
        False,
        BOULES_CARS,
        "correction",
        _fix("remove the parked motorbikes", "remove the motorbikes"),
    ),
    (
        "between the lampposts, not the trees",
        False,
        BOULES,
        "correction",
        _fix("add string lights between the lampposts"),
    ),
    # near misses: nothing edited, a second object as well, praise, an unclear target, a new edit
    ("sorry i meant the railing", False, UPLOAD, "clarify", ()),
    ("not the sled, the dogs", False, UPLOAD, "clarify", ()),
    ("the railing too", False, LOOKOUT, "edit", _edit("paint the railing red")),
    ("also the buyer's cap", False, TUNA, "edit", _edit("make the buyer's cap orange")),
    ("now the hull pls", False, FELUCCA_SAIL, "edit", _edit("make the hull white")),
    ("i meant the bottles too. leave the jars green", False, APOTHECARY_JARS, "edit", _edit("make the bottles green")),
    (
        "the tourists, yes, good. now the camels too",
        False,
        KASBAH,
        "edit",
        _edit("remove the camels", "remove the camels at the entrance"),
    ),
    (
        "the cat is cute. add a mouse next to it",
        False,
        APOTHECARY,
        "edit",
        _edit("add a mouse next to the cat", "add a mouse next to it"),
    ),
    ("yes the cap, thats the one i meant, perfect", False, TUNA, "talk", ()),
    ("who's the guy in the orange cap lol", False, TUNA, "talk", ()),
    ("no the other doll", False, MATRYOSHKA, "clarify", ()),
    ("not a choir, i meant... hmm, not sure actually", False, SALTMINE, "clarify", ()),
)
"""Corrections of the last edit's object, and near misses."""

ATTRIBUTES: tuple[Dev, ...] = (
    # the last edit again from its parent, its colour, size or kind replaced
    (
        "actualy forest green instead, red is too loud",
        False,
        LOOKOUT,
        "correction",
        _fix("paint the lookout tower forest green"),
    ),
    ("nah, more like a brick red", False, LOOKOUT, "correction", _fix("paint the lookout tower brick red")),
    ("not green, grey", False, LOOKOUT_FIXED, "correction", _fix("paint the lookout tower grey")),
    (
        "i wanted a darker orange",
        False,
        TUNA,
        "correction",
        _fix("make the auctioneer's cap darker orange", "make the auctioneer's cap dark orange"),
    ),
    ("not orange... yellow!", False, TUNA, "correction", _fix("make the auctioneer's cap yellow")),
    ("olive pls not orange", False, TUNA, "correction", _fix("make the auctioneer's cap olive")),
    ("purple not blue pls", False, ICEHOTEL, "correction", _fix("make the ice bed glow purple")),
    (
        "Excuse me, I want it more of a teal, not that blue",
        False,
        ICEHOTEL,
        "correction",
        _fix("make the ice bed glow teal"),
    ),
    (
        "amber instead of green, like old medicine bottles",
        False,
        APOTHECARY_JARS,
        "correction",
        _fix("make the glass jars amber"),
    ),
    (
        "mmm green was wrong, i wanted emerald",
        False,
        APOTHECARY_JARS,
        "correction",
        _fix("make the glass jars emerald"),
    ),
    ("a white cat not black", False, APOTHECARY, "correction", _fix("add a white cat sleeping on the counter")),
    ("nooo a ginger one 😿", False, APOTHECARY, "correction", _fix("add a ginger cat sleeping on the counter")),
    (
        "do teal instead, nicer than orange imo",
        False,
        DOGSLED,
        "correction",
        _fix("make the lead dog's harness teal"),
    ),
    ("NO. RED.", False, DOGSLED, "correction", _fix("make the lead dog's harness red")),
    ("no. grey. i wanted grey", False, DOGSLED_RETRIED, "correction", _fix("make the lead dog's harness grey")),
    ("cream, not white pls", False, FELUCCA_SAIL, "correction", _fix("make the sail cream")),
    ("rather navy than white", False, FELUCCA_SAIL, "correction", _fix("make the sail navy")),
    ("sunrise not sunset", False, FELUCCA, "correction", _fix("add a sunrise behind the felucca")),
    ("no, smaller", False, MATRYOSHKA, "correction", _fix("make the red doll smaller")),
    ("i said SMALLER not bigger!!", False, MATRYOSHKA, "correction", _fix("make the red doll smaller")),
    ("red not green", False, BMX_HELMET, "correction", _fix("make the rider's helmet red")),
    (
        "actually a darker green, like bottle green",
        False,
        BMX_HELMET,
        "correction",
        _fix(
            "make the rider's helmet bottle green",
            "make the rider's helmet dark green",
            "make the rider's helmet darker green",
            "make the rider's helmet a darker green like bottle green",
        ),
    ),
    ("more of a neon green tbh", False, BMX_HELMET, "correction", _fix("make the rider's helmet neon green")),
    ("dimmer, not brighter", False, SALTMINE_LIGHT, "correction", _fix("make the salt chandelier dimmer")),
    ("a children's choir instead", False, SALTMINE, "correction", _fix("add a children's choir by the altar")),
    ("silver instead of gold", False, LIONDANCE_GOLD, "correction", _fix("make the lion costume silver")),
    ("hmm not gold, more like bronze", False, LIONDANCE_GOLD, "correction", _fix("make the lion costume bronze")),
    ("i wanted the shirt yellow not red", False, LIONDANCE, "correction", _fix("make the drummer's shirt yellow")),
    ("blue, i said blue, why is it red 😤", False, LIONDANCE, "correction", _fix("make the drummer's shirt blue")),
    ("lighter, not darker", False, SUGARSHACK, "correction", _fix("make the maple syrup lighter")),
    ("golden not dark", False, SUGARSHACK, "correction", _fix("make the maple syrup golden")),
    ("not yellow, baby blue", False, BIPLANE_YELLOW, "correction", _fix("paint the biplane baby blue")),
    ("ugh i said RED", False, BIPLANE_YELLOW, "correction", _fix("paint the biplane red")),
    ("pink smoke pls not white", False, BIPLANE, "correction", _fix("add pink smoke trails behind the plane")),
    (
        "warm white ones, not those cold lights",
        False,
        BOULES,
        "correction",
        _fix("add warm white string lights between the trees"),
    ),
    ("colourful ones instead", False, BOULES, "correction", _fix("add colourful string lights between the trees")),
    (
        "no wait, a lighter blue",
        False,
        KASBAH_SKY,
        "correction",
        _fix("make the sky lighter blue", "make the sky light blue"),
    ),
    (
        "pinkish like dusk, not deep blue",
        False,
        KASBAH_SKY,
        "correction",
        _fix("make the sky pinkish like dusk", "make the sky pinkish", "make the sky pink like dusk"),
    ),
    (
        "three palm trees, not a whole forest",
        False,
        KASBAH_PALMS,
        "correction",
        _fix("add three palm trees by the gate"),
    ),
    (
        "Not red. The sashes should be green, like the Basque flag.",
        False,
        PELOTA_SASHES,
        "correction",
        _fix("make the players' sashes green", "make the sashes green"),
    ),
    # near misses: nothing edited, the same attribute stronger or weaker, another object, praise
    ("ok green instead then", False, UPLOAD, "clarify", ()),
    ("no, smaller", False, UPLOAD, "clarify", ()),
    ("hmm green instead?", False, PELOTA, "clarify", ()),
    ("even biggerrr", False, MATRYOSHKA, "retry", _retry("stronger")),
    ("a tad less big maybe", False, MATRYOSHKA, "retry", _retry("weaker")),
    ("a bit more orange", False, TUNA, "retry", _retry("stronger")),
    ("less dark pls", False, SUGARSHACK, "retry", _retry("weaker")),
    ("and paint the railing white", False, LOOKOUT, "edit", _edit("paint the railing white")),
    ("the sail, white, yes. now the hull navy", False, FELUCCA_SAIL, "edit", _edit("make the hull navy")),
    ("the green is perfect, dont change it", False, APOTHECARY_JARS, "talk", ()),
    ("what colour is that exactly, orange or red?", False, DOGSLED, "talk", ()),
    ("i wanted darker red tbh but its fine, keep it", False, LIONDANCE, "talk", ()),
)
"""Corrections of the last edit's attribute, and near misses."""

REPLACEMENTS: tuple[Dev, ...] = (
    # the last edit replaced by another instruction, made from the same parent
    (
        "forget that, remove the fire extinguisher instead",
        False,
        LOOKOUT,
        "correction",
        _fix("remove the fire extinguisher"),
    ),
    ("scrap that and just make the sky orange", False, LOOKOUT_FIXED, "correction", _fix("make the sky orange")),
    (
        "never mind the cap, blur the faces in the crowd instead",
        False,
        TUNA,
        "correction",
        _fix("blur the faces in the crowd"),
    ),
    ("OK FORGET IT. JUST REMOVE THE FORKLIFT", False, TUNA, "correction", _fix("remove the forklift")),
    (
        "cancel the glow thing, add frost on the window instead",
        False,
        ICEHOTEL,
        "correction",
        _fix("add frost on the window"),
    ),
    (
        "ignore my last request. put a reindeer skin on the bed",
        False,
        ICEHOTEL,
        "correction",
        _fix("put a reindeer skin on the bed"),
    ),
    (
        "no cat. put an owl on the top shelf instead",
        False,
        APOTHECARY,
        "correction",
        _fix("put an owl on the top shelf"),
    ),
    (
        "ok thats not it. rather remove the price tags from the jars",
        False,
        APOTHECARY_JARS,
        "correction",
        _fix("remove the price tags from the jars"),
    ),
    (
        "scrap the palm trees, add a camel by the gate",
        False,
        KASBAH_PALMS,
        "correction",
        _fix("add a camel by the gate"),
    ),
    (
        "instead of removing the tourists just blur them",
        False,
        KASBAH,
        "correction",
        _fix("blur the tourists at the entrance", "blur the tourists"),
    ),
    ("forget the harness. make the snow whiter", False, DOGSLED, "correction", _fix("make the snow whiter")),
    (
        "replace that with: add northern lights in the sky",
        False,
        DOGSLED,
        "correction",
        _fix("add northern lights in the sky"),
    ),
    (
        "changed my mind, forget the harness: add paw prints in the snow",
        False,
        DOGSLED_RETRIED,
        "correction",
        _fix("add paw prints in the snow"),
    ),
    (
        "no sunset. a night sky full of stars instead",
        False,
        FELUCCA,
        "correction",
        _fix("add a night sky full of stars", "add a night sky full of stars behind the felucca"),
    ),
    (
        "undo that and put a pelican on the bow",
        False,
        FELUCCA_SAIL,
        "correction",
        _undo_then(0, "put a pelican on the bow"),
    ),
    (
        "eh forget the bigger doll, line them all up in a row instead",
        False,
        MATRYOSHKA,
        "correction",
        _fix("line the dolls up in a row", "line them all up in a row", "line all the dolls up in a row"),
    ),
    ("scrap the scoreboard thing. put a ball in mid air", False, PELOTA, "correction", _fix("put a ball in mid air")),
    (
        "instead: remove the water bottles by the wall",
        False,
        PELOTA,
        "correction",
        _fix("remove the water bottles by the wall"),
    ),
    ("nvm the dust cloud, make the track muddy instead", False, BMX, "correction", _fix("make the track muddy")),
    ("drop the choir idea, add a miner with a lamp", False, SALTMINE, "correction", _fix("add a miner with a lamp")),
    (
        "Instead of that, could you please delete the exit sign?",
        False,
        SALTMINE_LIGHT,
        "correction",
        _fix("delete the exit sign"),
    ),
    ("forget the red shirt, give the drummer a hat", False, LIONDANCE, "correction", _fix("give the drummer a hat")),
    (
        "instead of firecrackers, hang red lanterns over the street",
        False,
        LIONDANCE_FIRE,
        "correction",
        _fix("hang red lanterns over the street"),
    ),
    (
        "no no no not that. remove the plastic bucket",
        False,
        SUGARSHACK,
        "correction",
        _fix("remove the plastic bucket"),
    ),
    (
        "scratch the smoke trails and add a second biplane",
        False,
        BIPLANE,
        "correction",
        _fix("add a second biplane"),
    ),
    (
        "instead of the lights, put a little café table under the trees",
        False,
        BOULES,
        "correction",
        _fix("put a little café table under the trees"),
    ),
    (
        "Please cancel this one and make the gravel lighter instead.",
        False,
        BOULES,
        "correction",
        _fix("make the gravel lighter"),
    ),
    # near misses: an undo alone, nothing to replace, the edit kept and another added, a question
    ("ok scrap that edit entirely", False, LOOKOUT, "undo", _goto(0)),
    ("scrap that, back to the original", False, KASBAH, "goto", _goto(0)),
    ("scrap that lol nvm", False, UPLOAD, "talk", ()),
    ("remove the forklift instead", False, UPLOAD, "edit", _edit("remove the forklift")),
    (
        "forget the cap, it's fine. remove the forklift though",
        False,
        TUNA,
        "edit",
        _edit("remove the forklift"),
    ),
    ("also remove the plastic bucket", False, SUGARSHACK, "edit", _edit("remove the plastic bucket")),
    (
        "nvm, keep the helmet. dust behind the bike pls",
        False,
        BMX_HELMET,
        "edit",
        _edit("add dust behind the bike", "add a dust cloud behind the bike", "put dust behind the bike"),
    ),
    (
        "the smoke trails are great, now add a second biplane",
        False,
        BIPLANE,
        "edit",
        _edit("add a second biplane"),
    ),
    ("instead of a choir, what else could go by the altar?", False, SALTMINE, "talk", ()),
)
"""Whole replacements of the last edit, and near misses."""

REFERENCES: tuple[Dev, ...] = (
    # the kasbah: 1 deep blue sky, 2 palm trees, 3 tourists removed
    ("go back to rnd 2", False, KASBAH, "goto", _goto(2)),
    ("revert to version 1 pls", False, KASBAH, "goto", _goto(1)),
    ("back to #1 plz", False, KASBAH, "goto", _goto(1)),
    ("back to before you added the palms", False, KASBAH, "goto", _goto(1)),
    ("take me to the one with the palms but the tourists still there", False, KASBAH, "goto", _goto(2)),
    ("go two steps back with the kasbah", False, KASBAH, "goto", _goto(1)),
    ("the very first one pls", False, KASBAH, "goto", _goto(0)),
    ("the tourists were in round 2 right? take me there", False, KASBAH, "goto", _goto(2)),
    # the pelota match: 1 white wall, 2 crowd, 3 red sashes, 4 scoreboard removed
    ("go to version 3 of the fronton", False, PELOTA, "goto", _goto(3)),
    ("back to before the crowd was there", False, PELOTA, "goto", _goto(1)),
    ("i want the one before the sashes went red", False, PELOTA, "goto", _goto(2)),
    ("back 3 steps, quick", False, PELOTA, "goto", _goto(1)),
    ("jump to the first edit", False, PELOTA, "goto", _goto(1)),
    ("go back to the one before last", False, PELOTA, "goto", _goto(3)),
    ("the one where the wall was white but nobody in the stands yet", False, PELOTA, "goto", _goto(1)),
    ("revert to ROUND ZERO", False, PELOTA, "goto", _goto(0)),
    ("could we go back to the second edit", False, PELOTA, "goto", _goto(2)),
    ("revert to step two", False, PELOTA, "goto", _goto(2)),
    ("rewind to round3", False, PELOTA, "goto", _goto(3)),
    # the lion dance: 1 gold costume, 2 firecrackers, 3 red shirt on the drummer
    ("take me back to the gold lion without the firecrackers", False, LIONDANCE, "goto", _goto(1)),
    ("go back to before u made the drummer's shirt red", False, LIONDANCE, "goto", _goto(2)),
    ("go to r1", False, LIONDANCE, "goto", _goto(1)),
    ("the original lion dance pic pls", False, LIONDANCE, "goto", _goto(0)),
    (
        "version with the firecrackers but the drummer still in his normal shirt",
        False,
        LIONDANCE,
        "goto",
        _goto(2),
    ),
    ("2 steps back pls, too much going on", False, LIONDANCE, "goto", _goto(1)),
    # the biplane: 1 yellow, 2 pilot, 3 smoke trails; and yellow (1) beside blue (2)
    ("go back to the yellow plane without the pilot", False, BIPLANE, "goto", _goto(1)),
    ("back to when the pilot was waving but no smoke yet", False, BIPLANE, "goto", _goto(2)),
    ("go to version two", False, BIPLANE, "goto", _goto(2)),
    ("the latest is too busy, go back to the first edit", False, BIPLANE, "goto", _goto(1)),
    ("undo all the way to the original airshow pic", False, BIPLANE, "goto", _goto(0)),
    ("go back to the one with the yellow plane", False, BIPLANE_COLOURS, "goto", _goto(1)),
    ("the yellow one was nicer", False, BIPLANE_COLOURS, "goto", _goto(1)),
    # the apothecary, the salt mine, the boules square, the felucca, the lookout, the dogsled, the BMX race
    ("before the cat pls", False, APOTHECARY, "goto", _goto(1)),
    ("go back to the green jars with no cat", False, APOTHECARY, "goto", _goto(1)),
    ("back to round zero, the jars were nicer plain", False, APOTHECARY, "goto", _goto(0)),
    ("back to the bright chandelier version without the choir", False, SALTMINE, "goto", _goto(1)),
    ("the original chapel pls", False, SALTMINE, "goto", _goto(0)),
    ("go back to when the cars were still there", False, BOULES, "goto", _goto(0)),
    ("return to round one, no lights", False, BOULES, "goto", _goto(1)),
    ("return to the original nile photo", False, FELUCCA, "goto", _goto(0)),
    ("back to the white sail one before the sunset", False, FELUCCA, "goto", _goto(1)),
    ("the red tower was better", False, LOOKOUT_FIXED, "goto", _goto(1)),
    ("go back to the first try of the harness", False, DOGSLED_RETRIED, "goto", _goto(1)),
    ("back to round #1", False, BMX, "goto", _goto(1)),
    ("go to the round before the dust", False, BMX, "goto", _goto(1)),
    # near misses: show, an edit of an earlier round, a goto then an edit, plain undo, status, the match's round
    ("let me see rnd 3", False, PELOTA, "show", _show(3)),
    ("show me the very first one again", False, LIONDANCE, "show", _show(0)),
    ("what did the one before the crowd look like?", False, PELOTA, "show", _show(1)),
    ("on version 1, add a flag on the tower", False, KASBAH, "edit", _edit_on(1, "add a flag on the tower")),
    ("from round 1, add a drummer in blue", False, LIONDANCE, "edit", _edit_on(1, "add a drummer in blue")),
    (
        "go back to round 2 and remove the camel",
        False,
        KASBAH,
        "goto",
        _undo_then(2, "remove the camel"),
    ),
    (
        "two steps back and make the sashes green",
        False,
        PELOTA,
        "goto",
        _undo_then(2, "make the sashes green"),
    ),
    (
        "back to the original and make it black and white",
        False,
        FELUCCA,
        "goto",
        _undo_then(0, ("make it black and white", "make the photo black and white")),
    ),
    ("go back one, the tourists gave it life", False, KASBAH, "undo", _goto(2)),
    ("wait what round is this now?", False, PELOTA, "status", STATUS),
    ("list all the biplane versions pls", False, BIPLANE, "history", HISTORY),
    ("round 2 of the pelota match was intense lol", False, PELOTA, "talk", ()),
    ("go back to before the firecrackers? nah, keep it", False, LIONDANCE, "talk", ()),
)
"""References to a round in many spellings, and near misses."""

IMPOSSIBLE: tuple[Dev, ...] = (
    # references that name no round of the session: a plain answer, no call
    ("go back to round 7 on the kasbah", False, KASBAH, "talk", ()),
    ("show round 0.5", False, LOOKOUT, "talk", ()),
    ("go back to before the camel", False, KASBAH, "talk", ()),
    ("version 9 pls", False, PELOTA, "talk", ()),
    ("revert to #-2", False, BMX, "talk", ()),
    ("take me to the one with the green sky", False, KASBAH, "talk", ()),
    ("back to before you added the dragon", False, LIONDANCE, "talk", ()),
    ("rewind 5 steps", False, BIPLANE, "talk", ()),
    ("show me the third edit of the square", False, BOULES, "talk", ()),
    ("back to rnd 1.5", False, PELOTA, "talk", ()),
    ("go to the round before the original", False, APOTHECARY, "talk", ()),
    ("ROUND 12!!!", False, LIONDANCE, "talk", ()),
    ("back to the version with the orange helmet", False, BMX, "talk", ()),
    ("two steps back on the tower pls", False, LOOKOUT, "talk", ()),
    ("the one before you removed the fishing boats", False, FELUCCA, "talk", ()),
    ("go to round 4 of the chapel", False, SALTMINE, "talk", ()),
    ("undo to before the cat", False, MATRYOSHKA, "talk", ()),
    ("revert to round 3", False, DOGSLED_RETRIED, "talk", ()),
    ("go to the 3rd try", False, DOGSLED_RETRIED, "talk", ()),
    ("compare round 2 and round 6", False, SALTMINE, "talk", ()),
)
"""Impossible references answered in words."""

LOOKING: tuple[Dev, ...] = (
    # compare: two rounds side by side
    ("compare 1 and 3 for me", False, KASBAH, "compare", _compare(1, 3)),
    ("side by side original vs now", False, PELOTA, "compare", _compare(0, 4)),
    ("before/after of the tower pls", False, LOOKOUT, "compare", _compare(0, 1)),
    ("show me both the yellow and the blue versions", False, BIPLANE_COLOURS, "compare", _compare(1, 2)),
    ("which is better, round 2 or 3?", False, LIONDANCE, "compare", _compare(2, 3)),
    ("cmp r0 r2", False, APOTHECARY, "compare", _compare(0, 2)),
    ("put the first edit next to the latest", False, PELOTA, "compare", _compare(1, 4)),
    ("before & after of the cap 🙏", False, TUNA, "compare", _compare(0, 1)),
    ("can i see the original and this one side by side", False, ICEHOTEL, "compare", _compare(0, 1)),
    ("red tower vs green tower", False, LOOKOUT_FIXED, "compare", _compare(1, 2)),
    ("v1 vs v2", False, BMX, "compare", _compare(1, 2)),
    ("compare version 2 with version 4 pls", False, PELOTA, "compare", _compare(2, 4)),
    ("how does it look now compared to before the palms?", False, KASBAH, "compare", _compare(1, 3)),
    ("side by side with and without the choir", False, SALTMINE, "compare", _compare(1, 2)),
    ("original next to the current one", False, SUGARSHACK, "compare", _compare(0, 1)),
    ("side by side the last 2 versions of the square", False, BOULES, "compare", _compare(1, 2)),
    ("before vs after the doll thing", False, MATRYOSHKA, "compare", _compare(0, 1)),
    ("how different is round 1 from round 2", False, FELUCCA, "compare", _compare(1, 2)),
    ("COMPARE ORIGINAL AND LATEST", False, BIPLANE, "compare", _compare(0, 3)),
    ("show me rnd 1 and rnd 3 together", False, LIONDANCE, "compare", _compare(1, 3)),
    ("whats better, the original or now?", False, DOGSLED, "compare", _compare(0, 1)),
    ("both tries next to each other pls", False, DOGSLED_RETRIED, "compare", _compare(1, 2)),
    ("diff between the jars edit and the cat edit", False, APOTHECARY, "compare", _compare(1, 2)),
    ("before and after the last edit", False, KASBAH, "compare", _compare(2, 3)),
    (
        "i cant decide between round 1 and round 2, show them side by side",
        False,
        BIPLANE,
        "compare",
        _compare(1, 2),
    ),
    (
        "how much did removing the scoreboard change? before and after pls",
        False,
        PELOTA,
        "compare",
        _compare(3, 4),
    ),
    ("put the uploaded photo beside this one", False, FELUCCA, "compare", _compare(0, 2)),
    ("original ↔ now", False, SALTMINE, "compare", _compare(0, 2)),
    ("1 vs 2 which is nicer", False, LIONDANCE, "compare", _compare(1, 2)),
    # show: look at a round without moving to it
    ("let me see round 2", False, KASBAH, "show", _show(2)),
    ("show the original fronton again", False, PELOTA, "show", _show(0)),
    ("can i peek at v1", False, BMX, "show", _show(1)),
    ("display #2", False, PELOTA, "show", _show(2)),
    ("show me the one before the firecrackers", False, LIONDANCE, "show", _show(1)),
    ("just show me the yellow version, dont switch", False, BIPLANE_COLOURS, "show", _show(1)),
    ("what did it look like before the jars went green?", False, APOTHECARY, "show", _show(0)),
    ("quick look at the first edit", False, SALTMINE, "show", _show(1)),
    ("show the uploaded pic", False, FELUCCA, "show", _show(0)),
    ("pull up round 2 for a sec", False, BIPLANE, "show", _show(2)),
    ("show me the red tower one", False, LOOKOUT_FIXED, "show", _show(1)),
    ("lemme see how it looked before the lights", False, BOULES, "show", _show(1)),
    ("can you show me the original?", False, MATRYOSHKA, "show", _show(0)),
    ("SHOW ME ROUND 1 OF THE KASBAH", False, KASBAH, "show", _show(1)),
    # goto: move to the round and go on from it
    ("go back to round 2 and stay there", False, LIONDANCE, "goto", _goto(2)),
    ("switch to the yellow one and continue from there", False, BIPLANE_COLOURS, "goto", _goto(1)),
    ("open round 1 and lets keep working on that one", False, BMX, "goto", _goto(1)),
    ("not just show, actually go back to rnd 2", False, KASBAH, "goto", _goto(2)),
    ("restore the original ice suite", False, ICEHOTEL, "goto", _goto(0)),
    ("make round 3 the current one", False, PELOTA, "goto", _goto(3)),
    ("round 1 is better than round 2, go with 1", False, FELUCCA, "goto", _goto(1)),
    # near misses: questions, comparisons with things outside the session, nothing to compare, history
    ("can you compare two versions?", False, SALTMINE, "talk", ()),
    ("compare my photo with the real lion dance in hong kong", False, LIONDANCE, "talk", ()),
    ("compare round 1 and round 8", False, BMX, "talk", ()),
    ("compare the original with the one with the camel", False, KASBAH, "talk", ()),
    ("show me round 3 of the boules pic", False, BOULES, "talk", ()),
    ("before/after??", False, UPLOAD, "talk", ()),
    ("whats the difference between a felucca and a dhow", False, FELUCCA, "talk", ()),
    ("compare prices of bluefin vs yellowfin", False, TUNA, "talk", ()),
    ("is the side by side view available on mobile?", False, DOGSLED, "talk", ()),
    ("show me how to use this app", False, SUGARSHACK, "talk", ()),
    ("show me all the versions of the match", False, PELOTA, "history", HISTORY),
    ("which one is the current one?", False, BIPLANE_COLOURS, "status", STATUS),
)
"""Compare and show, next to goto, and near misses."""

R22B: tuple[Dev, ...] = (*OBJECTS, *ATTRIBUTES, *REPLACEMENTS, *REFERENCES, *IMPOSSIBLE, *LOOKING)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # the kasbah back on round 1, rounds 2 and 3 ahead
    (1, ("go to the latest one again", False, KASBAH, "goto", _goto(3))),
    (1, ("compare this w the latest", False, KASBAH, "compare", _compare(1, 3))),
    (1, ("redo it, the palms were nice", False, KASBAH, "redo", _goto(2))),
    (1, ("show me the newest one, dont move", False, KASBAH, "show", _show(3))),
    (1, ("back to the one without the tourists", False, KASBAH, "goto", _goto(3))),
    (1, ("redo 4 times", False, KASBAH, "talk", ())),
    # the pelota match back on round 2
    (2, ("fwd one step pls", False, PELOTA, "redo", _goto(3))),
    (2, ("this one vs the latest", False, PELOTA, "compare", _compare(2, 4))),
    (2, ("2 more steps back from here", False, PELOTA, "goto", _goto(0))),
    (2, ("show me the round where you made the sashes red", False, PELOTA, "show", _show(3))),
    (2, ("undo this one too", False, PELOTA, "undo", _goto(1))),
    # the biplane back on the yellow round
    (1, ("show the smoke one", False, BIPLANE, "show", _show(3))),
    (1, ("jump to the latest plane", False, BIPLANE, "goto", _goto(3))),
    (1, ("this vs latest side by side", False, BIPLANE, "compare", _compare(1, 3))),
    # the lion dance back at the original
    (0, ("ok now back to the newest", False, LIONDANCE, "goto", _goto(3))),
    (0, ("show the round where you added the firecrackers", False, LIONDANCE, "show", _show(2))),
    (0, ("compare this one with rnd 3", False, LIONDANCE, "compare", _compare(0, 3))),
    # the biplane on the yellow round, beside the blue one
    (1, ("the blue one pls", False, BIPLANE_COLOURS, "goto", _goto(2))),
    (1, ("compare with the blue one", False, BIPLANE_COLOURS, "compare", _compare(1, 2))),
    (1, ("now show me the blue one", False, BIPLANE_COLOURS, "show", _show(2))),
    # the apothecary back on the jars round, the salt mine back at the original
    (1, ("bring the kitty back", False, APOTHECARY, "redo", _goto(2))),
    (1, ("round 2 vs this", False, APOTHECARY, "compare", _compare(1, 2))),
    (0, ("go to round 2 w the choir", False, SALTMINE, "goto", _goto(2))),
    (0, ("show me the choir", False, SALTMINE, "show", _show(2))),
    # the dogsled on the first of two tries
    (1, ("the second try was better", False, DOGSLED_RETRIED, "goto", _goto(2))),
    (1, ("compare with the other try", False, DOGSLED_RETRIED, "compare", _compare(1, 2))),
    (1, ("not orange, red", False, DOGSLED_RETRIED, "correction", _fix("make the lead dog's harness red"))),
    # the doll stall after an undo, the lookout back on the red round
    (0, ("redo pls, i miss the big doll", False, MATRYOSHKA, "redo", _goto(1))),
    (0, ("before vs after of that doll edit", False, MATRYOSHKA, "compare", _compare(0, 1))),
    (1, ("the green was better actually", False, LOOKOUT_FIXED, "goto", _goto(2))),
    (1, ("red vs green side by side", False, LOOKOUT_FIXED, "compare", _compare(1, 2))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r22b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R22B`, then the moved ones)."""
    return with_moved(R22B, "r22b", MOVED, "r22b_moved")
