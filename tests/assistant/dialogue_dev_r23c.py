"""Round 23, set c: what happens after an edit: corrections, retries, undo and redo, references to rounds.

Written by hand from what a demanding user wants (issue 10's table and its "What to build" list), before
the dialogue model was run on any of it, about photos no other set uses: a bocce game in a village square,
a shoe shine stand at a train station, a leather tannery with dye vats, a tram depot, a wax museum, an axe
throwing lane, a bubble tea shop, a candle-making workshop, a smokehouse, a mud bath at a spa, a nail
salon, an old olive press, a water slide at a water park and a raclette dinner. Sessions have 1 to 4
edits; some are branched (a retry or a correction made a sibling of the last edit, or an undo was
followed by a new edit beside the old one), and many turns come after a goto or an undo (the current
round an older one, in `MOVED`).

Families: corrections of the object ("no, the pallino not the balls", "wrong one", "i meant the left
one"), of the attribute ("actually teal", "more like navy", "no, smaller") and of the whole request
("forget that, add a kite instead"), a sibling of the rejected edit; retries ("try again", "another
one", a new seed, stronger, weaker, "a bit more", "too much", "not enough"); undo in many words, and
redo after an undo; references (round N, the original, "before the X", "the version with the X", "two
steps back", "the first edit", "the last one", the first or second of two tries of one edit) and
impossible references (answered in words); show, goto and compare; status and history. About a quarter
of each family are near misses whose right answer is another act: a new edit after an edit that sounds
like a correction ("also make the vespa red", "and now remove the neon sign"), praise of the last edit, a
question about it, a correction or retry with nothing to correct, a "more" that names something new.

Turns are typed the way people type in a chat box: lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few in capitals. The cases have the development set's
format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current round (first) is an
earlier one.
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

BOCCE = ((None, None), (0, "make the bocce balls green"))
"""A bocce game in a village square (the balls, the little pallino, old men on a bench, a fountain, a vespa, a dog)."""
BOCCE_TRIED = (*BOCCE, (0, "make the bocce balls green"))
"""The bocce game after a retry: round 2 is a second try of round 1, from the original."""
SHOESHINE = ((None, None), (0, "put a red bow tie on the shoeshiner"), (1, "make the leather chair green"))
"""A shoe shine stand at a train station (a shoeshiner, a customer in a leather chair, a boy waiting) with two edits."""
SHOESHINE_TIE = SHOESHINE[:2]
"""The shoe shine stand with only the bow tie edit."""
TANNERY = (
    (None, None),
    (0, "make the dye in the vats more vivid"),
    (1, "add storks on the minaret"),
    (2, "remove the tourists on the balcony"),
)
"""A leather tannery (dye vats, workers, hides on the roofs, a minaret, tourists on a balcony) with three edits."""
TANNERY_DYE = TANNERY[:2]
"""The tannery with only the dye edit."""
TANNERY_STORKS = TANNERY[:3]
"""The tannery with the dye and the storks."""
TRAM = (
    (None, None),
    (0, "paint the old tram yellow"),
    (1, "add snow on the tracks"),
    (2, "make it dusk"),
    (3, "turn on the tram's headlights"),
)
"""A tram depot (an old tram, newer trams behind, tracks, a mechanic, a clock) with four edits in a row."""
TRAM_PAINT = TRAM[:2]
"""The tram depot with only the yellow paint."""
TRAM_SNOW = TRAM[:3]
"""The tram depot with the paint and the snow."""
TRAM_DUSK = TRAM[:4]
"""The tram depot with the paint, the snow and dusk."""
WAX = (
    (None, None),
    (0, "put sunglasses on the wax king"),
    (0, "put a crown on the wax king"),
    (2, "make the backdrop dark red"),
)
"""A wax museum (a wax king, a rock star, visitors): round 2 corrected round 1 (a crown, not sunglasses), 3 on 2."""
WAX_SUNGLASSES = WAX[:2]
"""The wax museum with only the sunglasses edit."""
WAX_CROWN = WAX[:3]
"""The wax museum after the correction: the crown (round 2) beside the sunglasses (round 1)."""
AXE = ((None, None), (0, "add an axe stuck in the bullseye"))
"""An axe throwing lane (wooden targets, a thrower, axes on a rack, a neon sign) with one edit."""
AXE_TRIED = (*AXE, (0, "add an axe stuck in the bullseye"))
"""The axe throwing lane after a retry: round 2 is a second try of round 1, from the original."""
BOBA = ((None, None), (0, "make the tapioca pearls bigger"), (1, "make the menu board pastel pink"))
"""A bubble tea shop (cups with tapioca pearls, straws, ice, a menu board, a cashier) with two edits."""
BOBA_PEARLS = BOBA[:2]
"""The bubble tea shop with only the pearls edit."""
CANDLES = (
    (None, None),
    (0, "make the candle flames taller"),
    (0, "make the candle flames taller"),
    (2, "add lavender sprigs next to the jars"),
)
"""A candle-making workshop: rounds 1 and 2 are two tries of taller flames, round 3 lavender on the second try."""
CANDLES_TRIED = CANDLES[:3]
"""The candle workshop with the two tries of the flames only."""
SMOKEHOUSE = ((None, None), (0, "make the hams a deeper brown"))
"""A smokehouse (hanging hams and sausages, smoke, a butcher, a wooden door) with one edit."""
MUDBATH = ((None, None), (0, "make the mud look darker"), (1, "put cucumber slices on the woman's eyes"))
"""A mud bath at a spa (a woman and a man covered in mud, palm trees, towels) with two edits."""
MUDBATH_MUD = MUDBATH[:2]
"""The mud bath with only the mud edit."""
NAILS = ((None, None), (0, "paint her nails coral"), (1, "add tiny gold stars on the nails"))
"""A nail salon (a client's hands, polish bottles, a UV lamp, a manicurist) with two edits."""
NAILS_CORAL = NAILS[:2]
"""The nail salon with only the coral polish."""
OLIVE = (
    (None, None),
    (0, "make the olive oil in the jars greener"),
    (1, "add a donkey next to the millstone"),
    (1, "add a cat sleeping on the sacks"),
)
"""An old olive press (a millstone, jars of oil, sacks, a farmer, a stone wall): after an undo, the cat (3) beside
the donkey (2), both on round 1."""
OLIVE_OIL = OLIVE[:2]
"""The olive press with only the oil edit."""
SLIDE = (
    (None, None),
    (0, "make the water slide bright orange"),
    (1, "add a big splash at the bottom of the slide"),
    (2, "remove the umbrellas"),
)
"""A water slide at a water park (the slide, a pool, kids, a lifeguard tower, umbrellas) with three edits."""
SLIDE_ORANGE = SLIDE[:2]
"""The water slide with only the orange edit."""
SLIDE_SPLASH = SLIDE[:3]
"""The water slide with the orange slide and the splash."""
RACLETTE = ((None, None), (0, "make the melted cheese more golden"))
"""A raclette dinner (the grill, melted cheese, potatoes, pickles, wine glasses, friends) with one edit."""

CORRECTIONS: tuple[Dev, ...] = (
    # corrections of the object: the same change on another thing, a sibling of the rejected edit
    ("no the pallino!! not the balls", False, BOCCE, "correction", _fix("make the pallino green")),
    (
        "wrong thing lol, i meant the old guy's flat cap",
        False,
        BOCCE,
        "correction",
        _fix("make the old guy's flat cap green"),
    ),
    ("ahh wrong one - the vespa", False, BOCCE, "correction", _fix("make the vespa green")),
    ("ugh still the balls, i meant the bench", False, BOCCE_TRIED, "correction", _fix("make the bench green")),
    ("not that guy, the customer", False, SHOESHINE_TIE, "correction", _fix("put a red bow tie on the customer")),
    (
        "i meant the little boy waiting in line sry",
        False,
        SHOESHINE_TIE,
        "correction",
        _fix("put a red bow tie on the little boy waiting in line", "put a red bow tie on the little boy"),
    ),
    (
        "not the chair!! the shoeshiner's apron",
        False,
        SHOESHINE,
        "correction",
        _fix("make the shoeshiner's apron green"),
    ),
    (
        "wrong vats, i meant the ones on the left",
        False,
        TANNERY_DYE,
        "correction",
        _fix("make the dye in the vats on the left more vivid", "make the dye in the left vats more vivid"),
    ),
    (
        "not the balcony people, the tourists down by the vats",
        False,
        TANNERY,
        "correction",
        _fix("remove the tourists down by the vats", "remove the tourists by the vats"),
    ),
    (
        "i meant the trams in the back, not the old one",
        False,
        TRAM_PAINT,
        "correction",
        _fix("paint the trams in the back yellow"),
    ),
    (
        "it was the mechanic's overalls i wanted yellow, not the tram",
        False,
        TRAM_PAINT,
        "correction",
        _fix("paint the mechanic's overalls yellow", "make the mechanic's overalls yellow"),
    ),
    (
        "sorry i meant the rock star, not the king",
        False,
        WAX_SUNGLASSES,
        "correction",
        _fix("put sunglasses on the wax rock star", "put sunglasses on the rock star"),
    ),
    ("i meant the floor not the backdrop", False, WAX, "correction", _fix("make the floor dark red")),
    ("i meant the ice cubes", False, BOBA_PEARLS, "correction", _fix("make the ice cubes bigger")),
    (
        "not the woman, the guy next to her",
        False,
        MUDBATH,
        "correction",
        _fix("put cucumber slices on the guy's eyes", "put cucumber slices on the eyes of the guy next to her"),
    ),
    (
        "only on the left hand i meant",
        False,
        NAILS_CORAL,
        "correction",
        _fix(
            "paint the nails on her left hand coral",
            "paint her left hand nails coral",
            "paint her nails on the left hand coral",
        ),
    ),
    ("noo the umbrellas, not the slide", False, SLIDE_ORANGE, "correction", _fix("make the umbrellas bright orange")),
    ("i meant the potatoes lol", False, RACLETTE, "correction", _fix("make the potatoes more golden")),
    ("not the hams. the sausages", False, SMOKEHOUSE, "correction", _fix("make the sausages a deeper brown")),
    (
        "the cat on the wall, not on the sacks",
        False,
        OLIVE,
        "correction",
        _fix("add a cat sleeping on the wall", "add a cat sleeping on the stone wall"),
    ),
    (
        "i ment the jars on the shelf not on the table",
        False,
        CANDLES,
        "correction",
        _fix("add lavender sprigs next to the jars on the shelf"),
    ),
    # corrections of the attribute
    ("actually teal", False, BOCCE, "correction", _fix("make the bocce balls teal")),
    (
        "dark green would be better. do it that way",
        False,
        BOCCE,
        "correction",
        _fix("make the bocce balls dark green"),
    ),
    (
        "hmm, emerald would be nicer than this green",
        False,
        BOCCE_TRIED,
        "correction",
        _fix("make the bocce balls emerald", "make the bocce balls emerald green"),
    ),
    (
        "more like navy tbh",
        False,
        SHOESHINE,
        "correction",
        _fix(
            "make the leather chair navy",
            "make the leather chair more like navy",
            "make the leather chair navy blue",
        ),
    ),
    (
        "a bow tie? i wanted a flat cap on him",
        False,
        SHOESHINE_TIE,
        "correction",
        _fix("put a red flat cap on the shoeshiner", "put a flat cap on the shoeshiner"),
    ),
    ("no, smaller ones", False, BOBA_PEARLS, "correction", _fix("make the tapioca pearls smaller")),
    ("mint green instead pls", False, BOBA, "correction", _fix("make the menu board mint green")),
    ("not coral, lilac pls", False, NAILS_CORAL, "correction", _fix("paint her nails lilac")),
    ("silver stars not gold", False, NAILS, "correction", _fix("add tiny silver stars on the nails")),
    ("hmm i said red, not yellow?", False, TRAM_PAINT, "correction", _fix("paint the old tram red")),
    ("make it sunrise instead of dusk", False, TRAM_DUSK, "correction", _fix("make it sunrise")),
    ("storks no... FLAMINGOS", False, TANNERY_STORKS, "correction", _fix("add flamingos on the minaret")),
    ("eucalyptus not lavender", False, CANDLES, "correction", _fix("add eucalyptus sprigs next to the jars")),
    ("nah burnt orange", False, SLIDE_ORANGE, "correction", _fix("make the water slide burnt orange")),
    ("i wanted the mud lighter, not darker", False, MUDBATH_MUD, "correction", _fix("make the mud look lighter")),
    (
        "golden not greener, sorry",
        False,
        OLIVE_OIL,
        "correction",
        _fix("make the olive oil in the jars golden", "make the olive oil in the jars more golden"),
    ),
    (
        "sorry my english, i want cheese more brown, not golden",
        False,
        RACLETTE,
        "correction",
        _fix("make the melted cheese more brown", "make the melted cheese brown", "make the melted cheese browner"),
    ),
    ("mahogany!! not brown", False, SMOKEHOUSE, "correction", _fix("make the hams mahogany")),
    ("three axes, not one", False, AXE, "correction", _fix("add three axes stuck in the bullseye")),
    ("a gold crown, not that silver thing", False, WAX_CROWN, "correction", _fix("put a gold crown on the wax king")),
    # whole replacements: another request in place of the rejected one
    (
        "forget that, add a dog chasing the pallino instead",
        False,
        BOCCE,
        "correction",
        _fix("add a dog chasing the pallino"),
    ),
    (
        "scrap the bow tie idea. give him a moustache",
        False,
        SHOESHINE_TIE,
        "correction",
        _fix("give the shoeshiner a moustache", "give him a moustache"),
    ),
    (
        "nvm storks, put a crescent moon above the minaret instead",
        False,
        TANNERY_STORKS,
        "correction",
        _fix("put a crescent moon above the minaret"),
    ),
    (
        "no wait dont remove them, just blur their faces",
        False,
        TANNERY,
        "correction",
        _fix(
            "blur the faces of the tourists on the balcony",
            "blur the tourists' faces on the balcony",
            "blur the faces of the tourists",
            "blur the tourists' faces",
            "blur their faces",
        ),
    ),
    ("actually instead of the headlights can u add rain", False, TRAM, "correction", _fix("add rain")),
    (
        "cancel the crown, remove the king's wig instead",
        False,
        WAX_CROWN,
        "correction",
        _fix("remove the king's wig", "remove the wax king's wig"),
    ),
    (
        "Sorry, I explain bad. Not sunglasses, I want the king smiling",
        False,
        WAX_SUNGLASSES,
        "correction",
        _fix("make the king smile", "make the king smiling", "make the wax king smile", "make the wax king smiling"),
    ),
    (
        "instead of a splash add a kid coming down the slide",
        False,
        SLIDE_SPLASH,
        "correction",
        _fix("add a kid coming down the slide"),
    ),
    (
        "on second thought dont darken the mud, make it look steamy",
        False,
        MUDBATH_MUD,
        "correction",
        _fix("make the mud look steamy"),
    ),
    (
        "scratch the lavender, id rather have pine cones around the jars",
        False,
        CANDLES,
        "correction",
        _fix("add pine cones around the jars"),
    ),
    (
        "forget the stars, do a french tip",
        False,
        NAILS,
        "correction",
        _fix(
            "do a french tip",
            "do a french tip on the nails",
            "paint a french tip on her nails",
            "give her a french tip",
        ),
    ),
    (
        "not what i wanted. i wanted the bullseye to glow",
        False,
        AXE,
        "correction",
        _fix("make the bullseye glow"),
    ),
    (
        "no cat, put a basket of olives there instead",
        False,
        OLIVE,
        "correction",
        _fix(
            "put a basket of olives on the sacks",
            "put a basket of olives there",
            "add a basket of olives on the sacks",
        ),
    ),
    (
        "eh forget the cheese, add steam over the potatoes",
        False,
        RACLETTE,
        "correction",
        _fix("add steam over the potatoes"),
    ),
    (
        "i meant make the smoke thicker, not the hams browner",
        False,
        SMOKEHOUSE,
        "correction",
        _fix("make the smoke thicker"),
    ),
    (
        "instead of bigger pearls i wanted more of them",
        False,
        BOBA_PEARLS,
        "correction",
        _fix("add more tapioca pearls", "add more pearls"),
    ),
    (
        "undo that and add a kite over the square instead",
        False,
        BOCCE,
        "correction",
        _undo_then(0, "add a kite over the square"),
    ),
    (
        "undo and make the chair burgundy instead",
        False,
        SHOESHINE,
        "correction",
        _undo_then(1, ("make the chair burgundy", "make the leather chair burgundy")),
    ),
    # near misses: nothing to correct, too vague, a new edit that sounds like one, keeping the edit
    ("wrong one mate", False, BOCCE, "clarify", ()),
    ("nope, the other one", False, AXE, "clarify", ()),
    ("i meant the left one obviously", False, UPLOAD, "clarify", ()),
    ("no, more like navy", False, UPLOAD, "clarify", ()),
    ("no no, a kite", False, UPLOAD, "clarify", ()),
    ("actually add some pigeons near the fountain", False, BOCCE, "edit", _edit("add some pigeons near the fountain")),
    ("and the bench too", False, BOCCE, "edit", _edit("make the bench green")),
    (
        "the tie is perfect, now the chair green",
        False,
        SHOESHINE_TIE,
        "edit",
        _edit("make the chair green", "make the leather chair green"),
    ),
    ("not bad. now the tourists on the roof too", False, TANNERY, "edit", _edit("remove the tourists on the roof")),
    (
        "the mechanic's overalls too",
        False,
        TRAM_PAINT,
        "edit",
        _edit("paint the mechanic's overalls yellow", "make the mechanic's overalls yellow"),
    ),
    ("coral is exactly what i meant 😍", False, NAILS_CORAL, "talk", ()),
    ("i meant what i said, the crown suits him", False, WAX_CROWN, "talk", ()),
    ("the pallino is fine, no need to change it", False, BOCCE, "talk", ()),
    ("i meant to ask, can you do hair too?", False, NAILS, "talk", ()),
    ("you got the colour right but it's too much", False, SLIDE_ORANGE, "retry", _retry("weaker")),
)
"""Corrections of the object, the attribute and the whole request, and near misses."""

RETRIES: tuple[Dev, ...] = (
    # a plain retry: the same edit again from the same parent, a new seed
    ("try agian pls", False, BOCCE, "retry", _retry()),
    ("another one of those pls", False, SHOESHINE, "retry", _retry()),
    ("1 more time, different seed", False, TANNERY, "retry", _retry()),
    ("spin it again pls", False, AXE, "retry", _retry()),
    ("can i get another version of the pearls", False, BOBA_PEARLS, "retry", _retry()),
    ("the axe looks pasted on. another go?", False, AXE, "retry", _retry()),
    ("try the snow once more, looks fake", False, TRAM_SNOW, "retry", _retry()),
    ("give it another whirl", False, SLIDE, "retry", _retry()),
    ("nope. again pls", False, SMOKEHOUSE, "retry", _retry()),
    ("do the cucumbers again, they look like lime slices", False, MUDBATH, "retry", _retry()),
    ("redo the stars theyre blurry", False, NAILS, "retry", _retry()),
    ("can u regen that", False, OLIVE, "retry", _retry()),
    ("other seed please", False, RACLETTE, "retry", _retry()),
    ("third time lucky? go", False, BOCCE_TRIED, "retry", _retry()),
    ("still looks off, one more attempt", False, AXE_TRIED, "retry", _retry()),
    ("eh, generate it again?", False, WAX, "retry", _retry()),
    ("the lavender looks plastic, again", False, CANDLES, "retry", _retry()),
    ("Could you please regenerate the last edit?", False, SHOESHINE, "retry", _retry()),
    ("reroll the storks", False, TANNERY_STORKS, "retry", _retry()),
    ("TRY AGAIN, ITS UGLY", False, SLIDE_ORANGE, "retry", _retry()),
    ("same prompt, diff result pls", False, BOBA, "retry", _retry()),
    ("not quite, have another shot at it", False, SMOKEHOUSE, "retry", _retry()),
    ("let me see a different take on the crown", False, WAX_CROWN, "retry", _retry()),
    ("make another one, i want to pick between them", False, TRAM_DUSK, "retry", _retry()),
    # stronger
    ("stronger pls, the chair barely looks green", False, SHOESHINE, "retry", _retry("stronger")),
    ("a bit more", False, TANNERY_DYE, "retry", _retry("stronger")),
    ("the dye still looks dull, go harder", False, TANNERY_DYE, "retry", _retry("stronger")),
    ("not enough, it still looks like sand", False, MUDBATH_MUD, "retry", _retry("stronger")),
    ("MORE ORANGE, its still pale", False, SLIDE_ORANGE, "retry", _retry("stronger")),
    ("push it further, its too pale", False, RACLETTE, "retry", _retry("stronger")),
    ("again but more dramatic", False, TRAM_DUSK, "retry", _retry("stronger")),
    ("the pearls still look normal size, stronger", False, BOBA_PEARLS, "retry", _retry("stronger")),
    ("crank up the effect", False, SMOKEHOUSE, "retry", _retry("stronger")),
    ("a tad more intense pls", False, NAILS_CORAL, "retry", _retry("stronger")),
    ("more oomph on the flames", False, CANDLES_TRIED, "retry", _retry("stronger")),
    ("not green enough tbh, again stronger", False, BOCCE_TRIED, "retry", _retry("stronger")),
    # weaker
    ("way too much green", False, SHOESHINE, "retry", _retry("weaker")),
    ("less of it pls", False, TANNERY_DYE, "retry", _retry("weaker")),
    ("too yellow, tone it down", False, TRAM_PAINT, "retry", _retry("weaker")),
    ("too big now, dial it back a bit", False, BOBA_PEARLS, "retry", _retry("weaker")),
    ("dial it down a touch", False, SMOKEHOUSE, "retry", _retry("weaker")),
    ("a little less golden", False, RACLETTE, "retry", _retry("weaker")),
    ("more subtle pls", False, NAILS, "retry", _retry("weaker")),
    ("the mud looks like tar, less dark", False, MUDBATH_MUD, "retry", _retry("weaker")),
    ("too much dusk, go gentler", False, TRAM_DUSK, "retry", _retry("weaker")),
    ("half the strength", False, SLIDE_ORANGE, "retry", _retry("weaker")),
    ("too much!! the flames look like torches", False, CANDLES_TRIED, "retry", _retry("weaker")),
    # near misses: nothing to retry, "try" and "more" about something new, a retry that corrects
    ("try again plz thx", False, UPLOAD, "clarify", ()),
    ("a bit more", False, UPLOAD, "clarify", ()),
    ("can u try making the fountain bigger", False, BOCCE, "edit", _edit("make the fountain bigger")),
    ("try adding a cat near the bench", False, BOCCE, "edit", _edit("add a cat near the bench")),
    ("more customers!", False, SHOESHINE, "edit", _edit("add more customers")),
    (
        "more pickles on the plate pls",
        False,
        RACLETTE,
        "edit",
        _edit("add more pickles on the plate", "put more pickles on the plate"),
    ),
    ("less is more lol, remove the umbrellas too", False, SLIDE_ORANGE, "edit", _edit("remove the umbrellas")),
    (
        "again, but a hatchet instead of an axe",
        False,
        AXE,
        "correction",
        _fix("add a hatchet stuck in the bullseye"),
    ),
    ("how many times can i retry for free?", False, AXE, "talk", ()),
    ("again tomorrow maybe, im done for today", False, SMOKEHOUSE, "talk", ()),
    ("too much? nah its perfect", False, SLIDE_ORANGE, "talk", ()),
    ("stronger coffee would be nice rn haha", False, BOBA, "talk", ()),
)
"""Retries, stronger and weaker, and near misses."""

UNDO: tuple[Dev, ...] = (
    # undo, said many ways: back to the current round's parent
    ("nahh undo that one", False, BOCCE, "undo", _goto(0)),
    ("revert plz", False, SHOESHINE, "undo", _goto(1)),
    ("UNDO!!!", False, SHOESHINE, "undo", _goto(1)),
    ("undo the very last thing", False, TANNERY, "undo", _goto(2)),
    ("previous version was nicer", False, TANNERY, "undo", _goto(2)),
    ("ctrl+z that", False, TRAM, "undo", _goto(3)),
    ("go back one, the headlights look cheesy", False, TRAM, "undo", _goto(3)),
    ("i liked it better before that", False, WAX, "undo", _goto(2)),
    ("erase the last edit", False, WAX, "undo", _goto(2)),
    ("pls undo the backdrop change", False, WAX, "undo", _goto(2)),
    ("hmm no. back to how it was", False, AXE, "undo", _goto(0)),
    ("that was a bad idea, revert it", False, BOBA, "undo", _goto(1)),
    ("one step back plz", False, BOBA, "undo", _goto(1)),
    ("nope, revert the stars", False, NAILS, "undo", _goto(1)),
    ("i regret asking for that, take it back", False, NAILS, "undo", _goto(1)),
    ("undo the cat", False, OLIVE, "undo", _goto(1)),
    ("revert the lavender thing", False, CANDLES, "undo", _goto(2)),
    ("Please undo the most recent change.", False, CANDLES, "undo", _goto(2)),
    ("ugh the splash looks fake, undo", False, SLIDE_SPLASH, "undo", _goto(1)),
    ("cancel that, i want my umbrellas", False, SLIDE, "undo", _goto(2)),
    ("back a step pls", False, MUDBATH, "undo", _goto(1)),
    ("roll it back one", False, MUDBATH, "undo", _goto(1)),
    ("remove what u just did pls", False, RACLETTE, "undo", _goto(0)),
    ("no me gusta, undo", False, SMOKEHOUSE, "undo", _goto(0)),
    ("undo 2x pls", False, TANNERY, "undo", _goto(1)),
    ("undo the last 2 edits u made", False, TRAM, "undo", _goto(2)),
    ("undo everything u did", False, TANNERY, "undo", _goto(0)),
    # near misses: nothing to undo, a question, an undo that keeps or replaces something, a retry
    ("undo?", False, UPLOAD, "talk", ()),
    ("undo 7 times", False, BOBA, "talk", ()),
    ("redo my most recent undo", False, TANNERY, "talk", ()),
    ("can i undo later if i change my mind?", False, NAILS, "talk", ()),
    ("dont undo anything, just looking", False, TRAM, "talk", ()),
    (
        "undo the tie but keep the green chair",
        False,
        SHOESHINE,
        "edit",
        _edit_on(0, "make the leather chair green"),
    ),
    ("undo that, then remove the clock", False, TRAM, "correction", _undo_then(3, "remove the clock")),
    ("the last edit was worse, try again instead", False, OLIVE, "retry", _retry()),
)
"""Undo in many wordings, and near misses."""

REFERENCES: tuple[Dev, ...] = (
    # the tram depot: 1 yellow paint, 2 snow, 3 dusk, 4 headlights
    ("go to rnd 2 pls", False, TRAM, "goto", _goto(2)),
    ("return to round three", False, TRAM, "goto", _goto(3)),
    ("take me back to the original tram", False, TRAM, "goto", _goto(0)),
    ("restore the unedited photo", False, TRAM, "goto", _goto(0)),
    ("before the snow pls", False, TRAM, "goto", _goto(1)),
    ("the version with the snow but still daytime", False, TRAM, "goto", _goto(2)),
    ("back to before it got dark", False, TRAM, "goto", _goto(2)),
    ("go 2 steps back", False, TRAM, "goto", _goto(2)),
    ("the first edit, just the yellow paint", False, TRAM, "goto", _goto(1)),
    # the tannery: 1 dye, 2 storks, 3 tourists removed
    ("go to the one with the storks where the tourists are still there", False, TANNERY, "goto", _goto(2)),
    ("before you added the storks", False, TANNERY, "goto", _goto(1)),
    ("revert to the first edit", False, TANNERY, "goto", _goto(1)),
    ("r0 pls", False, TANNERY, "goto", _goto(0)),
    ("back 3 steps pls", False, TANNERY, "goto", _goto(0)),
    # the wax museum: 1 sunglasses, 2 crown (corrected, from 0), 3 backdrop on 2
    ("go back to the sunglasses version", False, WAX, "goto", _goto(1)),
    ("the crown one without the red backdrop", False, WAX, "goto", _goto(2)),
    ("back to the plain king, no edits at all", False, WAX, "goto", _goto(0)),
    # two tries of one edit
    ("1st attempt had a better axe, switch to that", False, AXE_TRIED, "goto", _goto(1)),
    ("lets use try number one", False, AXE_TRIED, "goto", _goto(1)),
    ("back to the original target pls", False, AXE_TRIED, "goto", _goto(0)),
    ("the earlier attempt was better", False, BOCCE_TRIED, "goto", _goto(1)),
    ("keep the first try", False, BOCCE_TRIED, "goto", _goto(1)),
    ("go back to the first try of the flames", False, CANDLES, "goto", _goto(1)),
    ("the second attempt, without the lavender", False, CANDLES, "goto", _goto(2)),
    ("before the lavender", False, CANDLES, "goto", _goto(2)),
    # the olive press: 1 greener oil, 2 donkey and 3 cat, both on 1
    ("the donkey one was better", False, OLIVE, "goto", _goto(2)),
    ("back to the version with the donkey", False, OLIVE, "goto", _goto(2)),
    ("go to the greener oil one with no animals", False, OLIVE, "goto", _goto(1)),
    # the others
    ("the version right before you removed the umbrellas", False, SLIDE, "goto", _goto(2)),
    ("round 1 pls", False, SLIDE, "goto", _goto(1)),
    ("bring me to the 2nd edit", False, SLIDE, "goto", _goto(2)),
    ("the version before the cucumbers", False, MUDBATH, "goto", _goto(1)),
    ("back to the one with only the tie", False, SHOESHINE, "goto", _goto(1)),
    ("go back to the very first photo", False, SHOESHINE, "goto", _goto(0)),
    ("GO BACK TO ROUND 1 PLS", False, BOBA, "goto", _goto(1)),
)
"""Goto by round number, the original, before the X, the X version, steps back, the first edit or try."""

IMPOSSIBLE: tuple[Dev, ...] = (
    # references that name no round of the session: a plain answer, no call
    ("back to round 6 pls", False, TANNERY, "talk", ()),
    ("show me round -2 pls", False, TRAM, "talk", ()),
    ("revert to before the rainbow", False, SLIDE, "talk", ()),
    ("the third try pls", False, AXE_TRIED, "talk", ()),
    ("compare round 1 with round 8", False, BOBA, "talk", ()),
    ("take me back like 9 steps", False, SHOESHINE, "talk", ()),
    ("the version with the cat on the roof", False, SMOKEHOUSE, "talk", ()),
    ("take me to round 2.7", False, NAILS, "talk", ()),
    ("jump to round 99999999999", False, RACLETTE, "talk", ()),
    ("go back to the second try of the stars", False, NAILS, "talk", ()),
    ("before the original pls", False, OLIVE, "talk", ()),
    ("show me your 4th edit", False, MUDBATH, "talk", ()),
    ("revert to round minus one", False, BOCCE, "talk", ()),
    ("back to the version with the flamingos", False, TANNERY, "talk", ()),
    # the same shapes when they can be done
    ("show round 2", False, TANNERY, "show", _show(2)),
    ("back to the second try", False, CANDLES, "goto", _goto(2)),
    ("compare rnd 1 w/ rnd 2", False, BOBA, "compare", _compare(1, 2)),
    ("rewind 2 steps on the shoe pic", False, SHOESHINE, "goto", _goto(0)),
)
"""Impossible references answered in words, and the same shapes when they can be done."""

LOOKING: tuple[Dev, ...] = (
    # show: look at a round without moving to it
    ("show me round 1 real quick", False, TRAM, "show", _show(1)),
    ("lemme see the original tram, dont switch to it", False, TRAM, "show", _show(0)),
    ("can i peek at the first try", False, AXE_TRIED, "show", _show(1)),
    ("display the sunglasses one", False, WAX, "show", _show(1)),
    ("what did the stand look like before the bow tie?", False, SHOESHINE, "show", _show(0)),
    ("pull up round 2 for a second, dont switch", False, TANNERY, "show", _show(2)),
    ("show the donkey version", False, OLIVE, "show", _show(2)),
    ("just show me the first attempt at the flames", False, CANDLES, "show", _show(1)),
    ("show me what it looked like before the cucumbers", False, MUDBATH, "show", _show(1)),
    ("i wanna see the original again", False, SMOKEHOUSE, "show", _show(0)),
    # goto that sounds like show
    ("switch over to round 1", False, BOBA, "goto", _goto(1)),
    ("pull up round 2, i wanna keep editing from that one", False, SLIDE, "goto", _goto(2)),
    ("open round 1 and continue from there", False, NAILS, "goto", _goto(1)),
    # compare: two rounds side by side
    ("b4 vs after?", False, SMOKEHOUSE, "compare", _compare(0, 1)),
    ("original next to current", False, TRAM, "compare", _compare(0, 4)),
    ("put the two attempts side by side", False, AXE_TRIED, "compare", _compare(1, 2)),
    ("both tries of the balls next to each other", False, BOCCE_TRIED, "compare", _compare(1, 2)),
    ("compare try 1 and try 2 of the flames", False, CANDLES, "compare", _compare(1, 2)),
    ("rnd 1 vs rnd 3", False, TANNERY, "compare", _compare(1, 3)),
    ("how does it look compared to the sunglasses one", False, WAX, "compare", _compare(1, 3)),
    ("donkey vs cat, side by side", False, OLIVE, "compare", _compare(2, 3)),
    ("compare this with the previous version", False, SLIDE, "compare", _compare(2, 3)),
    ("show the original and the latest next to each other", False, MUDBATH, "compare", _compare(0, 2)),
    ("diff between the first and second edit", False, SHOESHINE, "compare", _compare(1, 2)),
    ("compare with before the stars", False, NAILS, "compare", _compare(1, 2)),
    ("compare the two newest ones", False, BOBA, "compare", _compare(1, 2)),
    ("COMPARE ORIGINAL AND NOW", False, RACLETTE, "compare", _compare(0, 1)),
    # near misses: a question about the feature, out-of-scope comparisons, an opinion
    ("can you show two versions at once?", False, TRAM, "talk", ()),
    ("show me how to throw an axe properly", False, AXE, "talk", ()),
    ("compare my nails to a celebrity's", False, NAILS, "talk", ()),
    ("which one looks better to you, the donkey or the cat?", False, OLIVE, "talk", ()),
)
"""Show, goto and compare, and near misses."""

WHERE: tuple[Dev, ...] = (
    # status: where the session stands, what the last edit did
    ("wich round r we on", False, TRAM, "status", STATUS),
    ("sorry i lost track, which round is this", False, TANNERY, "status", STATUS),
    ("what did u just do there", False, OLIVE, "status", STATUS),
    ("is this the first or the second try?", False, AXE_TRIED, "status", STATUS),
    ("what was ur last edit again", False, MUDBATH, "status", STATUS),
    ("where are we at with the boba pic", False, BOBA, "status", STATUS),
    ("which version am i looking at rn", False, WAX, "status", STATUS),
    ("what did you change on this one", False, CANDLES, "status", STATUS),
    ("round number rn?", False, SLIDE, "status", STATUS),
    # history: every round so far
    ("what have u done so far", False, TANNERY, "history", HISTORY),
    ("list all the rounds pls", False, TRAM, "history", HISTORY),
    ("recap of the shoe shine pic?", False, SHOESHINE, "history", HISTORY),
    ("summarise every change", False, OLIVE, "history", HISTORY),
    ("full history of the wax pics pls", False, WAX, "history", HISTORY),
    ("all the edits so far?", False, CANDLES, "history", HISTORY),
    ("what have we tried so far with the axe", False, AXE_TRIED, "history", HISTORY),
    ("Could you list what we did to the slide photo?", False, SLIDE, "history", HISTORY),
    # near misses: questions about the scene or an opinion, a complaint that asks a retry
    ("whats the history of bocce?", False, BOCCE, "talk", ()),
    ("which round do you think is best?", False, TANNERY, "talk", ()),
    ("what round should i stop at lol", False, TRAM, "talk", ()),
    (
        "what did you change? the mud looks the same. again but stronger",
        False,
        MUDBATH_MUD,
        "retry",
        _retry("stronger"),
    ),
)
"""Status and history, and near misses."""

AFTER: tuple[Dev, ...] = (
    # a new edit right after an edit, worded like a follow-up: an edit on top, not a correction
    ("also make the vespa red", False, BOCCE, "edit", _edit("make the vespa red")),
    ("and now get rid of the dog", False, BOCCE, "edit", _edit("get rid of the dog")),
    ("make the old men look younger while ur at it", False, BOCCE, "edit", _edit("make the old men look younger")),
    (
        "also put a newspaper in the boy's hands lol",
        False,
        SHOESHINE,
        "edit",
        _edit("put a newspaper in the boy's hands"),
    ),
    (
        "perfect, and now remove the trash bin by the stairs",
        False,
        SHOESHINE,
        "edit",
        _edit("remove the trash bin by the stairs"),
    ),
    ("also remove the tourists on the roof", False, TANNERY_STORKS, "edit", _edit("remove the tourists on the roof")),
    ("next: add a moon", False, TRAM, "edit", _edit("add a moon")),
    ("and give the king a cape", False, WAX, "edit", _edit("give the king a cape")),
    ("and now remove the neon sign", False, AXE, "edit", _edit("remove the neon sign")),
    ("add a second axe in the next target", False, AXE, "edit", _edit("add a second axe in the next target")),
    ("also the straws pastel pink", False, BOBA, "edit", _edit("make the straws pastel pink")),
    ("now some dried roses by the wax pot", False, CANDLES, "edit", _edit("add some dried roses by the wax pot")),
    ("add a cat sniffing the sausages too", False, SMOKEHOUSE, "edit", _edit("add a cat sniffing the sausages")),
    ("now the man's eyes too", False, MUDBATH, "edit", _edit("put cucumber slices on the man's eyes")),
    ("and the toenails too", False, NAILS_CORAL, "edit", _edit("paint her toenails coral")),
    ("also make the sacks look older", False, OLIVE, "edit", _edit("make the sacks look older")),
    ("the millstone could be a bit darker", False, OLIVE, "edit", _edit("make the millstone a bit darker")),
    ("now add some kids in the pool", False, SLIDE, "edit", _edit("add some kids in the pool")),
    ("not bad! now make the wine glasses full", False, RACLETTE, "edit", _edit("make the wine glasses full")),
    # praise of the last edit: words
    ("love the green balls haha", False, BOCCE, "talk", ()),
    ("way better this time, thx", False, BOCCE_TRIED, "talk", ()),
    ("the shoeshiner with the bow tie 😂😂 perfect", False, SHOESHINE_TIE, "talk", ()),
    ("storks look so real wow", False, TANNERY_STORKS, "talk", ()),
    ("the headlights are a nice touch", False, TRAM, "talk", ()),
    ("nailed it (pun intended)", False, NAILS, "talk", ()),
    ("ok the cat sleeping there is adorable", False, OLIVE, "talk", ()),
    ("that splash 🔥🔥", False, SLIDE_SPLASH, "talk", ()),
    ("ooh the pink menu board is so cute", False, BOBA, "talk", ()),
    ("PERFECT. exactly what i wanted", False, SMOKEHOUSE, "talk", ()),
    # questions about the last edit that ask no change: words
    ("did you use ai for the storks?", False, TANNERY_STORKS, "talk", ()),
    ("how did u get the cheese that colour", False, RACLETTE, "talk", ()),
    ("is that lavender or rosemary?", False, CANDLES, "talk", ()),
    ("will the cat look real if i print it big?", False, OLIVE, "talk", ()),
    ("how long did the dusk one take to make?", False, TRAM_DUSK, "talk", ()),
    ("can the pearls be any size you want?", False, BOBA_PEARLS, "talk", ()),
    ("would the chair look better in brown do u think?", False, SHOESHINE, "talk", ()),
)
"""After an edit: new edits that sound like corrections, praise and questions about the last edit."""

R23C: tuple[Dev, ...] = (*CORRECTIONS, *RETRIES, *UNDO, *REFERENCES, *IMPOSSIBLE, *LOOKING, *WHERE, *AFTER)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # the tram depot after two undos: round 2 current, rounds 3 and 4 ahead
    (2, ("redo, i undid too much", False, TRAM, "redo", _goto(3))),
    (2, ("forward one step", False, TRAM, "redo", _goto(3))),
    (2, ("redo them both", False, TRAM, "redo", _goto(4))),
    (2, ("bring the headlights back", False, TRAM, "redo", _goto(4))),
    (2, ("go to the last one", False, TRAM, "goto", _goto(4))),
    (2, ("undo one more step", False, TRAM, "undo", _goto(1))),
    (2, ("compare this to the newest one", False, TRAM, "compare", _compare(2, 4))),
    (2, ("try the snow again", False, TRAM, "retry", _retry())),
    (2, ("wait which round is this now", False, TRAM, "status", STATUS)),
    # the tram depot back at the original
    (0, ("redo pls, the paint was fine", False, TRAM, "redo", _goto(1))),
    (0, ("show me the last one you made", False, TRAM, "show", _show(4))),
    # the tannery on round 1, then at the original
    (1, ("hmm redo pls", False, TANNERY, "redo", _goto(2))),
    (1, ("put the storks back", False, TANNERY, "redo", _goto(2))),
    (1, ("redo all of it", False, TANNERY, "redo", _goto(3))),
    (1, ("now make the minaret whiter", False, TANNERY, "edit", _edit("make the minaret whiter"))),
    (0, ("jump to the newest one", False, TANNERY, "goto", _goto(3))),
    (0, ("redo the dye", False, TANNERY, "redo", _goto(1))),
    (0, ("undo plz lol", False, TANNERY, "talk", ())),
    # the shoe shine stand on round 1
    (1, ("oops, redo that", False, SHOESHINE, "redo", _goto(2))),
    (
        1,
        (
            "make the chair brown instead",
            False,
            SHOESHINE,
            "edit",
            _edit("make the chair brown", "make the leather chair brown"),
        ),
    ),
    (1, ("so which round is this now", False, SHOESHINE, "status", STATUS)),
    # the nail salon and the water slide on round 1
    (1, ("bring the stars back", False, NAILS, "redo", _goto(2))),
    (1, ("paint the nails red now", False, NAILS, "edit", _edit("paint the nails red"))),
    (1, ("redo x2 pls", False, SLIDE, "redo", _goto(3))),
    (1, ("redo like 4 times", False, SLIDE, "talk", ())),
    (1, ("show me the splash one", False, SLIDE, "show", _show(2))),
    # back at the original after undoing everything
    (0, ("redo both of those edits", False, MUDBATH, "redo", _goto(2))),
    (0, ("undo once more lol", False, MUDBATH, "talk", ())),
    (0, ("redo the bigger pearls", False, BOBA, "redo", _goto(1))),
    (0, ("i want the golden cheese back", False, RACLETTE, "redo", _goto(1))),
    (0, ("thanks, its better without", False, RACLETTE, "talk", ())),
    (0, ("have another go at the hams", False, SMOKEHOUSE, "retry", (("retry_edit", {"round": 1}),))),
    (0, ("ok redo, it was fine actually", False, SMOKEHOUSE, "redo", _goto(1))),
    # on the first of two tries
    (1, ("no the second attempt", False, AXE_TRIED, "goto", _goto(2))),
    (1, ("which try is this one?", False, AXE_TRIED, "status", STATUS)),
    (1, ("the second one was better after all", False, BOCCE_TRIED, "goto", _goto(2))),
    (1, ("try once more with the balls", False, BOCCE_TRIED, "retry", _retry())),
    (1, ("compare this one with the other try", False, BOCCE_TRIED, "compare", _compare(1, 2))),
    (1, ("go to the one with lavender", False, CANDLES, "goto", _goto(3))),
    (1, ("compare this flame with the second try", False, CANDLES, "compare", _compare(1, 2))),
    # the wax museum on the crown, the backdrop undone
    (2, ("bring back the red backdrop", False, WAX, "redo", _goto(3))),
    (2, ("the sunglasses were funnier, switch", False, WAX, "goto", _goto(1))),
    # the olive press on round 1, with the donkey and the cat both made from it
    (1, ("go to the cat one", False, OLIVE, "goto", _goto(3))),
    (1, ("compare the two animals", False, OLIVE, "compare", _compare(2, 3))),
    (1, ("undo again, lose the oil too", False, OLIVE, "undo", _goto(0))),
    (1, ("make the millstone darker", False, OLIVE, "edit", _edit("make the millstone darker"))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r23c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R23C`, then the moved ones)."""
    return with_moved(R23C, "r23c", MOVED, "r23c_moved")
