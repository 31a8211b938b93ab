"""Round 26, set b: corrections and going back, in sessions with branches and older current rounds.

Written by hand from what a demanding user wants (the issue's table of behaviours and its "What to build"
list), before the dialogue model was run on any of it, about photos no other set uses: a cheesemonger's
counter, a stonemason carving an angel, a bricklayer on a building site, a pit stop in a car race, a
go-karting track, a climber on a via ferrata, a hookah lounge, Stonehenge at the solstice, the Acropolis
at dusk, a sculptor's studio with a marble bust, an empanada stand, a ceviche shack on the beach, a
hurdles race, a tepee camp by a lake and a sandboarder on the dunes. Sessions have 1 to 6 edits, some
with a branch (a retry or a correction made a sibling, or an edit made after an undo), some with the
current round an older one.

Five families, in new wordings typed as people type in a chat box (lowercase, typos, slang, emoji,
run-ons, non-native English, polite padding, terse fragments, a few capitals): corrections of the object
without the usual "no, I meant" ("the SHELVES not the cheese", "slicer*", "oops butter", "why the kart, i
wanted his gloves"), after one edit, after two or more (the last one is corrected) and after a retry or
an earlier correction (the latest try is corrected, from the same parent); corrections of the attribute,
the amount or the sign's text, and whole replacements ("more like jade", "3 kites not 5", "forget the
fez, give him a waistcoat instead"); new edits on top that only look like corrections ("cool, now the
helmet", "his cap too"); going back in new words ("rewind one", "back to square one", "the pic before u
added the moon", "the first go at the kart", "the one from 2 edits ago"), impossible references answered
in words; and undo versus redo versus show ("undo that undo", "bring the fez back", "just peek at round
1", "put it back how it was"). About a quarter of each family are near misses whose right answer is
another act: a correction with nothing edited, a correction taken back, "less smoke" that is a weaker
retry, a wish on a fresh photo that is an edit, an edit of the round named, a question about what
changed. The cases have the development set's format (`Dev`: turn, photo, state, act, calls); `MOVED`
holds turns whose current round (first) is an earlier one.
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
from tests.assistant.dialogue_validation_second import _edit_on

CHEESE = ((None, None), (0, "make the cheese wheels golden"))
"""A cheesemonger's counter with one edit."""
CHEESE_RETRIED = ((None, None), (0, "make the cheese wheels golden"), (0, "make the cheese wheels golden"))
"""The cheesemonger's counter after a retry: round 2 is a second try of round 1, from the original."""
CHEESE_FIGS = (*CHEESE, (1, "put a basket of figs on the counter"))
"""The cheesemonger's counter with two edits: the cheese wheels, then figs on the counter."""
STONEMASON = ((None, None), (0, "add a cloud of stone dust around the chisel"), (1, "make his apron dark green"))
"""A stonemason carving an angel with two edits, each on the one before."""
STONEMASON_DUST = STONEMASON[:2]
"""The stonemason with only the dust edit."""
BRICKLAYER = (
    (None, None),
    (0, "make the bricks dark red"),
    (1, "add a cement mixer behind him"),
    (2, "put a yellow hard hat on him"),
)
"""A bricklayer on a building site with three edits, each on the one before."""
BRICKLAYER_MIXER = BRICKLAYER[:3]
"""The bricklayer with the bricks and the cement mixer edits."""
PITSTOP = (
    (None, None),
    (0, "make the car papaya orange"),
    (0, "make the car papaya orange"),
    (2, "add smoke around the rear tyres"),
)
"""A pit stop with a retry: rounds 1 and 2 are two tries of the car from the original; round 3 is on round 2."""
PITSTOP_RETRIED = PITSTOP[:3]
"""The pit stop with only the two tries of the car."""
KARTING = ((None, None), (0, "make the kart lime green"))
"""A go-karting track with one edit."""
KARTING_RETRIED = (
    (None, None),
    (0, "make the kart lime green"),
    (0, "make the kart lime green"),
    (0, "make the kart lime green"),
)
"""The go-karting track after two retries: rounds 1, 2 and 3 are three tries of the kart, from the original."""
VIAFERRATA = ((None, None), (0, "make her helmet yellow"), (0, "make her helmet sky blue"))
"""A climber on a via ferrata after a correction: round 2 made the helmet sky blue instead, from the original."""
VIAFERRATA_CLOUDS = (*VIAFERRATA, (2, "add clouds below the ridge"))
"""The via ferrata with the correction, then clouds below the ridge on the sky blue helmet (round 2)."""
HOOKAH = (
    (None, None),
    (0, "make the floor cushions emerald"),
    (1, "add smoke rings above the table"),
    (2, "make the lanterns glow amber"),
    (3, "remove the phone on the tray"),
    (4, "give the waiter a red fez"),
)
"""A hookah lounge with five edits, each on the one before."""
HOOKAH_CUSHIONS = HOOKAH[:2]
"""The hookah lounge with only the cushions edit."""
STONEHENGE = (
    (None, None),
    (0, "make the sunrise deep orange"),
    (1, "add druids in white robes between the stones"),
    (1, "add a flock of crows over the stones"),
    (3, "make the grass frosty"),
)
"""Stonehenge at the solstice after an undo: round 3 was made from round 1 beside round 2 (the druids);
round 4 is on round 3."""
STONEHENGE_SUN = STONEHENGE[:2]
"""Stonehenge with only the sunrise edit."""
ACROPOLIS = (
    (None, None),
    (0, "remove the scaffolding from the temple"),
    (1, "make the sky lilac"),
    (2, "add a full moon over the columns"),
    (3, "remove the tourists on the steps"),
    (4, "make the marble look whiter"),
    (5, "add cypress trees on the hill"),
)
"""The Acropolis at dusk with six edits, each on the one before."""
ACROPOLIS_SKY = ACROPOLIS[:3]
"""The Acropolis with the scaffolding and the lilac sky edits."""
SCULPTOR = ((None, None), (0, "make the marble bust bronze"), (1, "add a tiny bird on its shoulder"))
"""A sculptor's studio with two edits: the bust made bronze, then a tiny bird on its shoulder."""
SCULPTOR_BUST = SCULPTOR[:2]
"""The sculptor's studio with only the bronze edit."""
EMPANADA = ((None, None), (0, "make the sign read OPEN LATE"))
"""An empanada stand with one edit, the sign's text."""
EMPANADA_TWO = (*EMPANADA, (1, "add a bowl of chimichurri next to the tray"))
"""The empanada stand with two edits: the sign, then chimichurri next to the tray."""
CEVICHE = ((None, None), (0, "add 3 lime wedges on the plate"))
"""A ceviche shack on the beach with one edit."""
CEVICHE_TWO = (*CEVICHE, (1, "make the bowl turquoise"))
"""The ceviche shack with two edits: lime wedges, then a turquoise bowl."""
HURDLES = ((None, None), (0, "make the hurdles yellow"), (1, "add a crowd in the stands"))
"""A hurdles race with two edits, each on the one before."""
HURDLES_YELLOW = HURDLES[:2]
"""The hurdles race with only the hurdles edit."""
TEPEE = ((None, None), (0, "make the tepee canvas white"), (1, "add a small campfire in front"))
"""A tepee camp by a lake with two edits, each on the one before."""
TEPEE_CANVAS = TEPEE[:2]
"""The tepee camp with only the canvas edit."""
SANDBOARD = ((None, None), (0, "add 5 kites in the sky"))
"""A sandboarder on the dunes with one edit."""
SANDBOARD_TWO = (*SANDBOARD, (1, "make his board red"))
"""The sandboarder with two edits: kites in the sky, then his board red."""

AFTER_CHEESE = (*CHEESE, (None, None))
AFTER_KARTING = (*KARTING, (None, None))
AFTER_HOOKAH = (*HOOKAH, (None, None))

OBJECTS: tuple[Dev, ...] = (
    # family 1: the object corrected without "no, I meant", after one edit
    ("ugh wrong thing, the crackers", False, CHEESE, "correction", _fix("make the crackers golden")),
    ("the SHELVES not the cheese", False, CHEESE, "correction", _fix("make the shelves golden")),
    ("i said the baskets??", False, CHEESE, "correction", _fix("make the baskets golden")),
    ("slicer*", False, CHEESE, "correction", _fix("make the slicer golden", "make the cheese slicer golden")),
    ("oops butter", False, CHEESE, "correction", _fix("make the butter golden")),
    ("the helmet. not the kart.", False, KARTING, "correction", _fix("make the helmet lime green")),
    (
        "u painted the wrong thing, should be the tyre wall",
        False,
        KARTING,
        "correction",
        _fix("make the tyre wall lime green"),
    ),
    (
        "why the kart, i wanted his gloves",
        False,
        KARTING,
        "correction",
        _fix("make his gloves lime green", "make the gloves lime green"),
    ),
    ("pedestal!! not the bust", False, SCULPTOR_BUST, "correction", _fix("make the pedestal bronze")),
    (
        "the bust was fine, its the vase i wanted bronze",
        False,
        SCULPTOR_BUST,
        "correction",
        _fix("make the vase bronze"),
    ),
    ("hmm not the sign, the awning", False, EMPANADA, "correction", _fix("make the awning read OPEN LATE")),
    ("lemon wedges not lime", False, CEVICHE, "correction", _fix("add 3 lemon wedges on the plate")),
    ("on the bowl not the plate", False, CEVICHE, "correction", _fix("add 3 lime wedges on the bowl")),
    ("lane lines* not the hurdles", False, HURDLES_YELLOW, "correction", _fix("make the lane lines yellow")),
    (
        "why the hurdles?? i wanted the starting blocks",
        False,
        HURDLES_YELLOW,
        "correction",
        _fix("make the starting blocks yellow"),
    ),
    (
        "poles not canvas",
        False,
        TEPEE_CANVAS,
        "correction",
        _fix("make the tepee poles white", "make the poles white"),
    ),
    ("the canoe, not the tepee lol", False, TEPEE_CANVAS, "correction", _fix("make the canoe white")),
    ("kites? i said paragliders", False, SANDBOARD, "correction", _fix("add 5 paragliders in the sky")),
    (
        "not round the chisel, round the mallet",
        False,
        STONEMASON_DUST,
        "correction",
        _fix("add a cloud of stone dust around the mallet"),
    ),
    ("the rug, not the floor cushions", False, HOOKAH_CUSHIONS, "correction", _fix("make the rug emerald")),
    ("ugh the stones, not the sunrise", False, STONEHENGE_SUN, "correction", _fix("make the stones deep orange")),
    # after two or more edits: the last one is corrected, from its parent
    (
        "his cap, not the apron",
        False,
        STONEMASON,
        "correction",
        _fix("make his cap dark green", "make the cap dark green"),
    ),
    ("gloves*", False, STONEMASON, "correction", _fix("make his gloves dark green", "make the gloves dark green")),
    ("why the apron, i wanted the workbench", False, STONEMASON, "correction", _fix("make the workbench dark green")),
    ("on the apprentice not him!!", False, BRICKLAYER, "correction", _fix("put a yellow hard hat on the apprentice")),
    (
        "wrong guy, the one up on the ladder",
        False,
        BRICKLAYER,
        "correction",
        _fix(
            "put a yellow hard hat on the one up on the ladder",
            "put a yellow hard hat on the guy on the ladder",
            "put a yellow hard hat on the man on the ladder",
            "put a yellow hard hat on the one on the ladder",
        ),
    ),
    ("a wheelbarrow, not a cement mixer", False, BRICKLAYER_MIXER, "correction", _fix("add a wheelbarrow behind him")),
    ("front tyres*", False, PITSTOP, "correction", _fix("add smoke around the front tyres")),
    ("not the rear ones. front.", False, PITSTOP, "correction", _fix("add smoke around the front tyres")),
    (
        "the old man on the left, not the waiter",
        False,
        HOOKAH,
        "correction",
        _fix("give the old man on the left a red fez"),
    ),
    (
        "wrong guy!! the backgammon player",
        False,
        HOOKAH,
        "correction",
        _fix("give the backgammon player a red fez"),
    ),
    ("the stones, not the grass", False, STONEHENGE, "correction", _fix("make the stones frosty")),
    ("i wanted the fence frosty, not the grass", False, STONEHENGE, "correction", _fix("make the fence frosty")),
    ("by the gate not on the hill", False, ACROPOLIS, "correction", _fix("add cypress trees by the gate")),
    ("olive trees, not cypress", False, ACROPOLIS, "correction", _fix("add olive trees on the hill")),
    ("not his shoulder, on the pedestal", False, SCULPTOR, "correction", _fix("add a tiny bird on the pedestal")),
    ("salsa not chimichurri", False, EMPANADA_TWO, "correction", _fix("add a bowl of salsa next to the tray")),
    (
        "next to the cashbox, not the tray",
        False,
        EMPANADA_TWO,
        "correction",
        _fix("add a bowl of chimichurri next to the cashbox"),
    ),
    ("the tray, not the bowl", False, CEVICHE_TWO, "correction", _fix("make the tray turquoise")),
    (
        "shutters. i wanted the shutters turquoise, not the bowl",
        False,
        CEVICHE_TWO,
        "correction",
        _fix("make the shutters turquoise"),
    ),
    (
        "behind the finish line, not in the stands",
        False,
        HURDLES,
        "correction",
        _fix("add a crowd behind the finish line"),
    ),
    (
        "behind it, not in front",
        False,
        TEPEE,
        "correction",
        _fix("add a small campfire behind the tepee", "add a small campfire behind it"),
    ),
    (
        "his goggles not the board",
        False,
        SANDBOARD_TWO,
        "correction",
        _fix("make his goggles red", "make the goggles red"),
    ),
    ("above the ridge not below", False, VIAFERRATA_CLOUDS, "correction", _fix("add clouds above the ridge")),
    (
        "figs on the cheese board, not the counter",
        False,
        CHEESE_FIGS,
        "correction",
        _fix("put a basket of figs on the cheese board"),
    ),
    ("grapes, not figs", False, CHEESE_FIGS, "correction", _fix("put a basket of grapes on the counter")),
    # after a retry or an earlier correction: the latest try is corrected, from the same parent
    (
        "argh even the 2nd one did the cheese. the shelves!!",
        False,
        CHEESE_RETRIED,
        "correction",
        _fix("make the shelves golden"),
    ),
    (
        "both tries did the car, i wanted the rear wing",
        False,
        PITSTOP_RETRIED,
        "correction",
        _fix("make the rear wing papaya orange"),
    ),
    (
        "still wrong thing lol, the crew's overalls",
        False,
        PITSTOP_RETRIED,
        "correction",
        _fix("make the crew's overalls papaya orange", "make the overalls papaya orange"),
    ),
    (
        "3 goes and its the kart every time 🙄 the number board",
        False,
        KARTING_RETRIED,
        "correction",
        _fix("make the number board lime green"),
    ),
    ("TYRE WALL. not the kart", False, KARTING_RETRIED, "correction", _fix("make the tyre wall lime green")),
    (
        "the harness. not the helmet. THE HARNESS",
        False,
        VIAFERRATA,
        "correction",
        _fix("make her harness sky blue", "make the harness sky blue"),
    ),
    (
        "ugh still the wrong one, her backpack",
        False,
        VIAFERRATA,
        "correction",
        _fix("make her backpack sky blue", "make the backpack sky blue"),
    ),
    # near misses: nothing to correct, an undo, a correction taken back, a new edit, a question
    ("the shelves not the cheese", False, UPLOAD, "clarify", ()),
    ("crackers*", False, UPLOAD, "clarify", ()),
    ("oops wrong one", False, UPLOAD, "clarify", ()),
    ("u keep picking the wrong one 🙄", False, KARTING_RETRIED, "clarify", ()),
    ("wrong thing, just undo", False, KARTING, "undo", _goto(0)),
    ("wrong guy lol. put it back how it was", False, HOOKAH, "undo", _goto(4)),
    ("not the grass!! ugh just undo it", False, STONEHENGE, "undo", _goto(3)),
    ("wrong one. go back to the start", False, HURDLES, "goto", _goto(0)),
    ("the harness... nah the helmet is right, keep it", False, VIAFERRATA, "talk", ()),
    ("wait wrong one?? oh no my bad, its right", False, SCULPTOR_BUST, "talk", ()),
    ("not the bust, the pedestal... eh forget it, bust is fine", False, SCULPTOR_BUST, "talk", ()),
    (
        "the apprentice should get one too",
        False,
        BRICKLAYER,
        "edit",
        _edit("put a yellow hard hat on the apprentice", "give the apprentice a yellow hard hat"),
    ),
    ("oops wrong photo, this is the right one", True, AFTER_CHEESE, "caption", ()),
    ("wat did u change just now", False, PITSTOP, "status", STATUS),
)
"""Corrections of the object, after one edit, after two or more, after a retry or a correction; near misses."""

ATTRIBUTES: tuple[Dev, ...] = (
    # family 2: the attribute or the amount corrected (a named shade is a correction to that shade)
    ("more like neon yellow tbh", False, KARTING, "correction", _fix("make the kart neon yellow")),
    ("nah, ferrari red", False, KARTING, "correction", _fix("make the kart ferrari red")),
    ("darker pls, its meant to be forest green", False, KARTING, "correction", _fix("make the kart forest green")),
    ("lighter, more like baby blue", False, VIAFERRATA, "correction", _fix("make her helmet baby blue")),
    (
        "too pale, i meant cobalt",
        False,
        VIAFERRATA,
        "correction",
        _fix("make her helmet cobalt", "make her helmet cobalt blue"),
    ),
    ("a black fez, not red", False, HOOKAH, "correction", _fix("give the waiter a black fez")),
    ("maroon not red", False, HOOKAH, "correction", _fix("give the waiter a maroon fez")),
    (
        "more like jade",
        False,
        HOOKAH_CUSHIONS,
        "correction",
        _fix("make the floor cushions jade", "make the floor cushions jade green"),
    ),
    (
        "too dark, kinda mint-ish",
        False,
        HOOKAH_CUSHIONS,
        "correction",
        _fix("make the floor cushions mint", "make the floor cushions mint green"),
    ),
    (
        "pinker, like salmon",
        False,
        STONEHENGE_SUN,
        "correction",
        _fix("make the sunrise salmon", "make the sunrise salmon pink"),
    ),
    ("too orange, more crimson", False, STONEHENGE_SUN, "correction", _fix("make the sunrise crimson")),
    ("more like lavender", False, ACROPOLIS_SKY, "correction", _fix("make the sky lavender")),
    ("darker, like violet", False, ACROPOLIS_SKY, "correction", _fix("make the sky violet")),
    (
        "just 2 cypresses, not a whole forest",
        False,
        ACROPOLIS,
        "correction",
        _fix("add 2 cypress trees on the hill", "add two cypress trees on the hill"),
    ),
    (
        "2 wedges not 3",
        False,
        CEVICHE,
        "correction",
        _fix("add 2 lime wedges on the plate", "add two lime wedges on the plate"),
    ),
    (
        "FIVE not three",
        False,
        CEVICHE,
        "correction",
        _fix("add 5 lime wedges on the plate", "add five lime wedges on the plate"),
    ),
    ("3 kites not 5", False, SANDBOARD, "correction", _fix("add 3 kites in the sky", "add three kites in the sky")),
    (
        "one big kite, not five little ones",
        False,
        SANDBOARD,
        "correction",
        _fix("add one big kite in the sky", "add a big kite in the sky"),
    ),
    (
        "the sign should read OPEN 24H not OPEN LATE",
        False,
        EMPANADA,
        "correction",
        _fix("make the sign read OPEN 24H", "make the sign say OPEN 24H"),
    ),
    (
        "typo on my part, it should say ABIERTO",
        False,
        EMPANADA,
        "correction",
        _fix("make the sign read ABIERTO", "make the sign say ABIERTO"),
    ),
    (
        "CLOSED MONDAYS. thats what it should say",
        False,
        EMPANADA,
        "correction",
        _fix("make the sign read CLOSED MONDAYS", "make the sign say CLOSED MONDAYS"),
    ),
    ("orange hard hat, not yellow", False, BRICKLAYER, "correction", _fix("put an orange hard hat on him")),
    ("white one pls, the yellow looks off", False, BRICKLAYER, "correction", _fix("put a white hard hat on him")),
    (
        "a small mixer, not that huge thing",
        False,
        BRICKLAYER_MIXER,
        "correction",
        _fix("add a small cement mixer behind him"),
    ),
    (
        "i meant small not tiny",
        False,
        SCULPTOR,
        "correction",
        _fix("add a small bird on its shoulder", "add a small bird on the bust's shoulder"),
    ),
    (
        "a pigeon, not some tiny bird lol",
        False,
        SCULPTOR,
        "correction",
        _fix("add a pigeon on its shoulder", "add a pigeon on the bust's shoulder"),
    ),
    (
        "olive not dark green",
        False,
        STONEMASON,
        "correction",
        _fix("make his apron olive", "make his apron olive green"),
    ),
    (
        "more like navy tbh, not green",
        False,
        STONEMASON,
        "correction",
        _fix("make his apron navy", "make his apron navy blue"),
    ),
    ("forget orange, racing green", False, PITSTOP_RETRIED, "correction", _fix("make the car racing green")),
    ("white smoke, not grey", False, PITSTOP, "correction", _fix("add white smoke around the rear tyres")),
    (
        "too lemony, i meant mustard",
        False,
        HURDLES_YELLOW,
        "correction",
        _fix("make the hurdles mustard", "make the hurdles mustard yellow"),
    ),
    ("a small crowd, not packed", False, HURDLES, "correction", _fix("add a small crowd in the stands")),
    ("cream, not white!", False, TEPEE_CANVAS, "correction", _fix("make the tepee canvas cream")),
    ("off-white, this is too bright", False, TEPEE_CANVAS, "correction", _fix("make the tepee canvas off-white")),
    (
        "a big bonfire not a small one",
        False,
        TEPEE,
        "correction",
        _fix(
            "add a big bonfire in front",
            "add a big campfire in front",
            "add a big bonfire in front of the tepee",
            "add a big campfire in front of the tepee",
        ),
    ),
    (
        "a small bowl of figs, not a whole basket",
        False,
        CHEESE_FIGS,
        "correction",
        _fix("put a small bowl of figs on the counter"),
    ),
    ("more like amber than gold", False, CHEESE, "correction", _fix("make the cheese wheels amber")),
    (
        "still too yellow... i want them orange like mimolette",
        False,
        CHEESE_RETRIED,
        "correction",
        _fix("make the cheese wheels orange", "make the cheese wheels orange like mimolette"),
    ),
    (
        "ugh no, dark grey storm clouds, not white fluffy ones",
        False,
        VIAFERRATA_CLOUDS,
        "correction",
        _fix("add dark grey storm clouds below the ridge"),
    ),
    ("turquoise yes but lighter, like aqua", False, CEVICHE_TWO, "correction", _fix("make the bowl aqua")),
    ("neon pink board. not red", False, SANDBOARD_TWO, "correction", _fix("make his board neon pink")),
    # the whole request replaced
    (
        "forget the fez, give him a waistcoat instead",
        False,
        HOOKAH,
        "correction",
        _fix("give the waiter a waistcoat", "give him a waistcoat"),
    ),
    (
        "scrap the kites, put a hot air balloon up there",
        False,
        SANDBOARD,
        "correction",
        _fix("put a hot air balloon in the sky", "put a hot air balloon up there", "add a hot air balloon in the sky"),
    ),
    (
        "nah dont touch the bowl, add a cold beer next to it instead",
        False,
        CEVICHE_TWO,
        "correction",
        _fix("add a cold beer next to the bowl", "add a cold beer next to it"),
    ),
    (
        "actually forget frosty grass, a thin layer of snow instead",
        False,
        STONEHENGE,
        "correction",
        _fix("add a thin layer of snow", "add a thin layer of snow on the grass"),
    ),
    (
        "scrap the colour thing, put a checkered flag by the track",
        False,
        KARTING,
        "correction",
        _fix("put a checkered flag by the track"),
    ),
    (
        "no trees. a stray cat on the steps instead",
        False,
        ACROPOLIS,
        "correction",
        _fix("put a stray cat on the steps", "add a stray cat on the steps"),
    ),
    ("instead of the hat give him ear defenders", False, BRICKLAYER, "correction", _fix("give him ear defenders")),
    (
        "rather than a fire, a canoe on the shore",
        False,
        TEPEE,
        "correction",
        _fix("add a canoe on the shore", "put a canoe on the shore"),
    ),
    (
        "drop the chimichurri, stack some napkins there instead",
        False,
        EMPANADA_TWO,
        "correction",
        _fix("stack some napkins next to the tray", "add some napkins next to the tray"),
    ),
    (
        "not clouds — an eagle circling below the ridge",
        False,
        VIAFERRATA_CLOUDS,
        "correction",
        _fix("add an eagle circling below the ridge"),
    ),
    (
        "forget the bird, put a laurel wreath on its head",
        False,
        SCULPTOR,
        "correction",
        _fix("put a laurel wreath on its head", "put a laurel wreath on the bust's head"),
    ),
    (
        "eh forget the dust, just make his hands dirty",
        False,
        STONEMASON_DUST,
        "correction",
        _fix("make his hands dirty"),
    ),
    (
        "skip the cheese colour thing, id rather have a price tag on each wheel",
        False,
        CHEESE,
        "correction",
        _fix("put a price tag on each wheel", "add a price tag on each wheel", "put a price tag on each cheese wheel"),
    ),
    # near misses: a stronger or weaker retry, a plain retry, an undo, nothing to correct, talk
    ("less smoke", False, PITSTOP, "retry", _retry("weaker")),
    ("MORE orange!! its still pale", False, PITSTOP_RETRIED, "retry", _retry("stronger")),
    ("way too lime, tone it down", False, KARTING, "retry", _retry("weaker")),
    ("more golden", False, CHEESE, "retry", _retry("stronger")),
    ("same colour, but again pls, it came out blotchy", False, HURDLES_YELLOW, "retry", _retry()),
    ("ugh no just undo the fez", False, HOOKAH, "undo", _goto(4)),
    ("it should be red", False, UPLOAD, "clarify", ()),
    ("3 not 5", False, UPLOAD, "clarify", ()),
    ("salmon? coral? idk", False, STONEHENGE_SUN, "clarify", ()),
    (
        "the sign shuold say FRESH TODAY",
        False,
        UPLOAD,
        "edit",
        _edit("make the sign say FRESH TODAY", "make the sign read FRESH TODAY"),
    ),
    ("3 wedges is perfect, now add a cold beer", False, CEVICHE, "edit", _edit("add a cold beer")),
    ("lilac is perfect, dont change a thing", False, ACROPOLIS_SKY, "talk", ()),
    ("what shade is that, cobalt?", False, VIAFERRATA, "talk", ()),
    ("orange would of been cool too, but i like the yellow", False, BRICKLAYER, "talk", ()),
    ("2 wedges not 3... nah 3 is fine", False, CEVICHE, "talk", ()),
    ("OPEN 24H would of been better but whatever", False, EMPANADA, "talk", ()),
)
"""Corrections of the attribute, the amount, the sign's text and the whole request; and their near misses."""

ADDITIONS: tuple[Dev, ...] = (
    # family 3: new edits on top, not corrections
    ("and the crackers too", False, CHEESE, "edit", _edit("make the crackers golden")),
    ("now do the same to the butter", False, CHEESE, "edit", _edit("make the butter golden")),
    ("cool, now the helmet", False, KARTING, "edit", _edit("make the helmet lime green")),
    ("also make the steering wheel black", False, KARTING, "edit", _edit("make the steering wheel black")),
    ("the rug as well pls", False, HOOKAH_CUSHIONS, "edit", _edit("make the rug emerald")),
    ("give the old man on the left one too", False, HOOKAH, "edit", _edit("give the old man on the left a red fez")),
    ("his cap too", False, STONEMASON, "edit", _edit("make his cap dark green")),
    ("same green for the bench", False, STONEMASON, "edit", _edit("make the bench dark green")),
    ("nice, her backpack sky blue too", False, VIAFERRATA, "edit", _edit("make her backpack sky blue")),
    ("and the rope as well", False, VIAFERRATA, "edit", _edit("make the rope sky blue")),
    (
        "some by the gate too",
        False,
        ACROPOLIS,
        "edit",
        _edit("add cypress trees by the gate", "add some cypress trees by the gate"),
    ),
    ("now remove the lamp posts", False, ACROPOLIS, "edit", _edit("remove the lamp posts")),
    ("now the chairs", False, CEVICHE_TWO, "edit", _edit("make the chairs turquoise")),
    ("ok now do the same to the door", False, CEVICHE_TWO, "edit", _edit("make the door turquoise")),
    ("also the awning should read EMPANADAS", False, EMPANADA, "edit", _edit("make the awning read EMPANADAS")),
    ("and the starting blocks", False, HURDLES_YELLOW, "edit", _edit("make the starting blocks yellow")),
    (
        "also put a photographer by the finish line",
        False,
        HURDLES,
        "edit",
        _edit("put a photographer by the finish line"),
    ),
    ("the canoe too", False, TEPEE_CANVAS, "edit", _edit("make the canoe white")),
    (
        "and a few logs next to it",
        False,
        TEPEE,
        "edit",
        _edit("add a few logs next to the campfire", "add a few logs next to it"),
    ),
    ("his goggles as well", False, SANDBOARD_TWO, "edit", _edit("make his goggles red")),
    ("same to the other kid's board", False, SANDBOARD_TWO, "edit", _edit("make the other kid's board red")),
    ("also smoke round the front ones", False, PITSTOP, "edit", _edit("add smoke around the front tyres")),
    ("the stones frosty too", False, STONEHENGE, "edit", _edit("make the stones frosty")),
    ("pedestal too pls", False, SCULPTOR_BUST, "edit", _edit("make the pedestal bronze")),
    (
        "ok the 2nd one is good. now the helmets orange too",
        False,
        PITSTOP_RETRIED,
        "edit",
        _edit("make the helmets papaya orange", "make the helmets orange"),
    ),
    (
        "3rd one is perfect! the kid's helmet green as well",
        False,
        KARTING_RETRIED,
        "edit",
        _edit("make the kid's helmet lime green", "make the kid's helmet green"),
    ),
    ("better. now the baskets too", False, CHEESE_RETRIED, "edit", _edit("make the baskets golden")),
    ("good. same blue for the carabiners", False, VIAFERRATA, "edit", _edit("make the carabiners sky blue")),
    (
        "another one on the other shoulder",
        False,
        SCULPTOR,
        "edit",
        _edit(
            "add a tiny bird on its other shoulder",
            "add a tiny bird on the other shoulder",
            "add another tiny bird on the other shoulder",
        ),
    ),
    (
        "and a wheelbarrow next to the mixer",
        False,
        BRICKLAYER_MIXER,
        "edit",
        _edit("add a wheelbarrow next to the mixer", "add a wheelbarrow next to the cement mixer"),
    ),
    ("now make the bricks look wet", False, BRICKLAYER, "edit", _edit("make the bricks look wet")),
    (
        "now a bowl of olives next to the figs",
        False,
        CHEESE_FIGS,
        "edit",
        _edit("put a bowl of olives next to the figs", "add a bowl of olives next to the figs"),
    ),
    # near misses: a correction after all, the same edit on a new photo, talk, an undo, a question
    (
        "the crackers too... wait no, ONLY the crackers, not the cheese",
        False,
        CHEESE,
        "correction",
        _fix("make the crackers golden"),
    ),
    (
        "the door too — oh wait, it should have been the door, not the bowl",
        False,
        CEVICHE_TWO,
        "correction",
        _fix("make the door turquoise"),
    ),
    ("now the rug", False, UPLOAD, "clarify", ()),
    ("same for this one too pls", True, AFTER_KARTING, "edit", _edit("make the kart lime green")),
    ("same thing on this pic pls 🙏", True, AFTER_HOOKAH, "edit", _edit("give the waiter a red fez")),
    ("do the butter as well but white", False, CHEESE, "edit", _edit("make the butter white")),
    ("the rope too? nah leave it", False, VIAFERRATA, "talk", ()),
    ("cool, the helmet looks great next to it", False, KARTING, "talk", ()),
    ("also, undo that pls", False, HURDLES, "undo", _goto(1)),
    ("also what exactly did u change", False, CEVICHE_TWO, "status", STATUS),
)
"""New edits that look like corrections ("cool, now the helmet"); and their near misses."""

REFERENCES: tuple[Dev, ...] = (
    # family 4: going back, in a chain
    ("revert!!", False, ACROPOLIS, "undo", _goto(5)),
    ("rewind one", False, ACROPOLIS, "undo", _goto(5)),
    ("ok back to square one", False, ACROPOLIS, "goto", _goto(0)),
    ("reset to the upload pls", False, ACROPOLIS, "goto", _goto(0)),
    ("the pic before u added the moon", False, ACROPOLIS, "goto", _goto(2)),
    ("back to before the sky went lilac", False, ACROPOLIS, "goto", _goto(1)),
    ("the one from 2 edits ago", False, ACROPOLIS, "goto", _goto(4)),
    ("step back 3x", False, ACROPOLIS, "goto", _goto(3)),
    ("the version i liked, round 3", False, ACROPOLIS, "goto", _goto(3)),
    ("rnd 2 pls", False, ACROPOLIS, "goto", _goto(2)),
    ("when the tourists were still on the steps", False, ACROPOLIS, "goto", _goto(3)),
    ("back to when there was still scaffolding", False, ACROPOLIS, "goto", _goto(0)),
    ("undo the last 4", False, ACROPOLIS, "undo", _goto(2)),
    ("go back to before the marble thing", False, ACROPOLIS, "goto", _goto(4)),
    ("the very first edit pls", False, ACROPOLIS, "goto", _goto(1)),
    ("the edit where u took the tourists out", False, ACROPOLIS, "goto", _goto(4)),
    ("back to the pic before u put the hat on him", False, BRICKLAYER, "goto", _goto(2)),
    ("when the bricks were still their normal colour", False, BRICKLAYER, "goto", _goto(0)),
    ("step back twice pls", False, BRICKLAYER, "goto", _goto(1)),
    ("take me to the 1st edit", False, BRICKLAYER, "goto", _goto(1)),
    ("rewind 2 steps pls", False, BRICKLAYER, "goto", _goto(1)),
    ("the one with the mixer but no hat", False, BRICKLAYER, "goto", _goto(2)),
    ("the version before u gave him the hat", False, HOOKAH, "goto", _goto(4)),
    ("when the phone was still on the tray", False, HOOKAH, "goto", _goto(3)),
    ("undo x3 plz", False, HOOKAH, "undo", _goto(2)),
    ("the one from three edits ago", False, HOOKAH, "goto", _goto(2)),
    ("back to nr 1", False, HOOKAH, "goto", _goto(1)),
    ("revert to the one with just the cushions", False, HOOKAH, "goto", _goto(1)),
    ("before the smoke rings pls", False, HOOKAH, "goto", _goto(1)),
    ("when the lanterns were still normal", False, HOOKAH, "goto", _goto(2)),
    ("when the apron wasnt green yet", False, STONEMASON, "goto", _goto(1)),
    ("start over from the raw pic", False, STONEMASON, "goto", _goto(0)),
    ("reset it to the original photo", False, CEVICHE_TWO, "goto", _goto(0)),
    ("the plain tepee pic, the upload", False, TEPEE, "goto", _goto(0)),
    ("back to before the board was red", False, SANDBOARD_TWO, "goto", _goto(1)),
    # going back in sessions with a branch
    ("the druids version", False, STONEHENGE, "goto", _goto(2)),
    ("back to before the crows", False, STONEHENGE, "goto", _goto(1)),
    ("when the grass was still green", False, STONEHENGE, "goto", _goto(3)),
    ("og pls", False, STONEHENGE, "goto", _goto(0)),
    ("the one with the druids was better, go back there", False, STONEHENGE, "goto", _goto(2)),
    ("before the frost", False, STONEHENGE, "goto", _goto(3)),
    ("the first go at the orange car", False, PITSTOP, "goto", _goto(1)),
    ("the 2nd try, before the smoke", False, PITSTOP, "goto", _goto(2)),
    ("back to the car before it was orange", False, PITSTOP, "goto", _goto(0)),
    ("the first orange one was nicer tbh, back to that", False, PITSTOP, "goto", _goto(1)),
    ("the first go at the kart", False, KARTING_RETRIED, "goto", _goto(1)),
    ("2nd one was the best, go back to it", False, KARTING_RETRIED, "goto", _goto(2)),
    ("first try was better, switch back", False, CHEESE_RETRIED, "goto", _goto(1)),
    ("back to the yellow helmet", False, VIAFERRATA, "goto", _goto(1)),
    ("when the helmet was still yellow", False, VIAFERRATA_CLOUDS, "goto", _goto(1)),
    ("the blue helmet before the clouds", False, VIAFERRATA_CLOUDS, "goto", _goto(2)),
    # impossible references: answered in words
    ("go back to before the scarf", False, HOOKAH, "talk", ()),
    ("round 0.5", False, ACROPOLIS, "talk", ()),
    ("the 7th edit", False, BRICKLAYER, "talk", ()),
    ("go back like 10 steps", False, BRICKLAYER, "talk", ()),
    ("back to when the kart was pink", False, KARTING, "talk", ()),
    ("the third try of the car pls", False, PITSTOP_RETRIED, "talk", ()),
    ("rnd 8", False, STONEMASON, "talk", ()),
    ("the version before the upload", False, TEPEE, "talk", ()),
    ("rnd -2", False, HURDLES, "talk", ()),
    ("back to the one with the unicorn", False, SANDBOARD_TWO, "talk", ()),
    ("the 5th go at the kart", False, KARTING_RETRIED, "talk", ()),
    # near misses: an edit of the round named, show, compare, history, status, talk, nothing to go back from
    (
        "on the version before the moon, add a shooting star",
        False,
        ACROPOLIS,
        "edit",
        _edit_on(2, "add a shooting star"),
    ),
    ("from the original, make the sky orange", False, ACROPOLIS, "edit", _edit_on(0, "make the sky orange")),
    (
        "take the first kart try and give the driver a cap",
        False,
        KARTING_RETRIED,
        "edit",
        _edit_on(1, "give the driver a cap"),
    ),
    ("what did round 2 look like", False, ACROPOLIS, "show", _show(2)),
    ("show me the pic before u added the moon", False, ACROPOLIS, "show", _show(2)),
    ("compare with the one before the moon", False, ACROPOLIS, "compare", _compare(2, 6)),
    ("the druids one vs now", False, STONEHENGE, "compare", _compare(2, 4)),
    ("list every version pls", False, ACROPOLIS, "history", HISTORY),
    ("which rnd am i on", False, HOOKAH, "status", STATUS),
    ("back to square one? nah lets keep going", False, ACROPOLIS, "talk", ()),
    ("how do i go back to an earlier version?", False, HOOKAH, "talk", ()),
    ("the version before the hat was nice but ill stick with this", False, BRICKLAYER, "talk", ()),
    ("rewind one", False, UPLOAD, "clarify", ()),
)
"""Going back: before/after an edit, by number, by count back, by try; impossible ones; near misses."""

VIEWS: tuple[Dev, ...] = (
    # family 5: undo (go back one), show (look only), goto (switch)
    ("just put it back how it was", False, CEVICHE_TWO, "undo", _goto(1)),
    ("ctrl+z that pls", False, SANDBOARD_TWO, "undo", _goto(1)),
    ("take that one back pls", False, EMPANADA_TWO, "undo", _goto(1)),
    ("nope, put it back the way it was", False, STONEMASON, "undo", _goto(1)),
    ("revert that last bit", False, TEPEE, "undo", _goto(1)),
    ("previous pls", False, SCULPTOR, "undo", _goto(1)),
    ("just peek at round 1", False, ACROPOLIS, "show", _show(1)),
    ("show me the upload real quick, dont switch", False, HOOKAH, "show", _show(0)),
    ("show me the first go at the kart", False, KARTING_RETRIED, "show", _show(1)),
    ("lemme see the 2nd try before the smoke", False, PITSTOP, "show", _show(2)),
    ("show the yellow helmet one", False, VIAFERRATA, "show", _show(1)),
    ("show me what it looked like before the fez", False, HOOKAH, "show", _show(4)),
    ("peek at the druids one", False, STONEHENGE, "show", _show(2)),
    ("can i see the original without going back to it", False, BRICKLAYER, "show", _show(0)),
    ("open the first edit just to look", False, HURDLES, "show", _show(1)),
    ("just show me round 2, im not switching", False, HOOKAH, "show", _show(2)),
    ("show me the cheese before you touched it", False, CHEESE_FIGS, "show", _show(0)),
    ("show rnd 1", False, TEPEE, "show", _show(1)),
    ("switch to rnd 1", False, TEPEE, "goto", _goto(1)),
    ("compare rnd 1 and the latest", False, ACROPOLIS, "compare", _compare(1, 6)),
    ("put the two tries side by side", False, CHEESE_RETRIED, "compare", _compare(1, 2)),
    # near misses: impossible, nothing to undo
    ("display round 9", False, ACROPOLIS, "talk", ()),
    ("undo it 🙏", False, UPLOAD, "clarify", ()),
)
"""Undo versus show versus goto with the latest round current; and their near misses."""

R26B: tuple[Dev, ...] = (*OBJECTS, *ATTRIBUTES, *ADDITIONS, *REFERENCES, *VIEWS)
"""Every turn whose current round is the latest."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: redo goes forward, undo to the current round's parent, "the latest" is the newest
    (0, ("undo that undo lol", False, CHEESE, "redo", _goto(1))),
    (0, ("bring the golden cheese back", False, CHEESE, "redo", _goto(1))),
    (0, ("undo the undo pls", False, KARTING, "redo", _goto(1))),
    (4, ("bring the fez back", False, HOOKAH, "redo", _goto(5))),
    (4, ("the latest again pls", False, HOOKAH, "goto", _goto(5))),
    (2, ("the newest", False, HOOKAH, "goto", _goto(5))),
    (2, ("redo it twice", False, HOOKAH, "redo", _goto(4))),
    (2, ("ok redo", False, HOOKAH, "redo", _goto(3))),
    (2, ("aaand undo again", False, HOOKAH, "undo", _goto(1))),
    (2, ("go fwd one", False, HOOKAH, "redo", _goto(3))),
    (3, ("latest version again", False, ACROPOLIS, "goto", _goto(6))),
    (3, ("undo once more plz", False, ACROPOLIS, "undo", _goto(2))),
    (0, ("ok take me back to the newest one", False, ACROPOLIS, "goto", _goto(6))),
    (1, ("bring the cement mixer back", False, BRICKLAYER, "redo", _goto(2))),
    (1, ("bring the hard hat back", False, BRICKLAYER, "goto", _goto(3))),
    (2, ("the hat back pls", False, BRICKLAYER, "redo", _goto(3))),
    (1, ("newest try pls", False, KARTING_RETRIED, "goto", _goto(3))),
    (1, ("the 2nd go", False, KARTING_RETRIED, "goto", _goto(2))),
    (1, ("back to the one with smoke", False, PITSTOP, "goto", _goto(3))),
    (2, ("newest one plz", False, STONEHENGE, "goto", _goto(4))),
    (2, ("back to the frosty one", False, STONEHENGE, "goto", _goto(4))),
    (2, ("undo 1 more step", False, STONEHENGE, "undo", _goto(1))),
    (1, ("the sky blue one again", False, VIAFERRATA_CLOUDS, "goto", _goto(2))),
    (1, ("the most recent one pls", False, VIAFERRATA_CLOUDS, "goto", _goto(3))),
    (1, ("bring the bird back", False, SCULPTOR, "redo", _goto(2))),
    (1, ("undo this one as well", False, SCULPTOR, "undo", _goto(0))),
    (1, ("redo that last one pls", False, CEVICHE_TWO, "redo", _goto(2))),
    (1, ("i want the turquoise bowl back", False, CEVICHE_TWO, "redo", _goto(2))),
    (0, ("redo both of them", False, TEPEE, "redo", _goto(2))),
    (0, ("redo just one", False, TEPEE, "redo", _goto(1))),
    (1, ("chimichurri back pls", False, EMPANADA_TWO, "redo", _goto(2))),
    (1, ("the 2nd go was nicer, go there", False, CHEESE_RETRIED, "goto", _goto(2))),
    (0, ("the first go at the cheese", False, CHEESE_RETRIED, "goto", _goto(1))),
    # show and compare from an older round
    (2, ("peek at the newest, dont move", False, HOOKAH, "show", _show(5))),
    (2, ("show me the crows version but stay here", False, STONEHENGE, "show", _show(3))),
    (1, ("show me the crowd one, but dont switch", False, HURDLES, "show", _show(2))),
    (0, ("just peek at the latest", False, SANDBOARD_TWO, "show", _show(2))),
    (1, ("lemme see the other try", False, CHEESE_RETRIED, "show", _show(2))),
    (1, ("compare this w the 2nd try", False, PITSTOP, "compare", _compare(1, 2))),
    (2, ("compare where i am now with the latest", False, BRICKLAYER, "compare", _compare(2, 3))),
    # near misses: an edit from the older round, impossible, nothing to undo, status, talk
    (2, ("now hang a lantern over the table", False, HOOKAH, "edit", _edit("hang a lantern over the table"))),
    (
        1,
        (
            "put a pelican on the shacks railing",
            False,
            CEVICHE_TWO,
            "edit",
            _edit("put a pelican on the shacks railing", "put a pelican on the shack's railing"),
        ),
    ),
    (2, ("redo 7 times", False, HOOKAH, "talk", ())),
    (3, ("show me rnd 9", False, ACROPOLIS, "talk", ())),
    (0, ("one more undo pls", False, CHEESE, "clarify", ())),
    (2, ("which one am i on now?? lost", False, HOOKAH, "status", STATUS)),
    (1, ("ok this ones better, stay here", False, BRICKLAYER, "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r26b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R26B`, then the moved ones)."""
    return with_moved(R26B, "r26b", MOVED, "r26b_moved")
