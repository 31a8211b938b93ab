"""A set of chat turns that correct or retry the edit just made, for measuring the dialogue model.

Written by hand from what a demanding user would want (the issue's dialogue acts), before the model was
run on it, about photos no other set uses: two dhows in a harbour, a falafel cart, an espresso bar, a
photo darkroom, an Easter egg hunt, a dressage arena, a DJ booth and a fiddler at a pub session. Most
turns react to the last edit: corrections of its object ("no i meant the small dhow", "wrong cup!! the
other one", "the one on the left"), of its colour or look ("actually bottle green", "no, darker red",
"should've been saffron"), of its verb ("i said move it, not remove it") or of the whole instruction
("nah forget the sail, i wanted the sky stormy"), corrections that name an older edit than the last
(made again from that edit's parent, `_fix_round`), corrections after a correction or after an undo, and
retries, plain or stronger / weaker, often said as complaints ("looks fake, try again"). About a quarter
are turns near them that must not be read as corrections: new edits on top ("now the small dhow too",
"also make the minaret white"), undo said like a correction ("no, go back"), a return to the version a
correction replaced, reactions in words, and turns with nothing to correct or no way to tell what is
meant (one short question). Turns are typed the way people type in a chat box: lowercase, typos, slang,
emoji, non-native English, run-ons, polite padding and terse fragments. The cases have the development
set's format (`Dev`: turn, photo, state, act, calls) and are judged as the held-out set is (`as_cases`).
`R15B`'s states have their last round current; `R15B_MOVED` holds turns whose current round (first) is
an earlier one, after a goto or an undo.
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
    _fix_round,
    _goto,
    _retry,
    _show,
    with_moved,
)
from tests.assistant.dialogue_validation_second import _undo_then

DHOW = ((None, None), (0, "make the dhow's sail red"))
"""A harbour with two wooden dhows (a big one moored in front on the left, a small one further out on the
right), a fisherman mending nets, crates of fish on the quay, a minaret behind; one edit."""
DHOW_TWICE = (*DHOW, (1, "add seagulls above the mast"))
"""The harbour with two edits, each on the one before."""
DHOW_FIXED = (*DHOW, (0, "make the dhow's sail orange"))
"""The harbour after a colour correction: round 2 (orange) beside round 1 (red)."""
FALAFEL = ((None, None), (0, "remove the napkin dispenser from the counter"))
"""A falafel cart on a street corner: a vendor in a paper hat, a striped awning, a menu board, pita bread,
tahini and hot sauce bottles, two napkin dispensers, a trash bin, customers queuing; one edit."""
FALAFEL_TWICE = (*FALAFEL, (1, "make the awning green and white"))
"""The falafel cart with two edits, each on the one before."""
ESPRESSO = ((None, None), (0, "make the espresso machine copper"), (1, "add latte art to the cup on the left"))
"""An espresso bar: espresso machine, grinder, a barista in a denim apron, two cups on the counter (left and
right), a milk jug, a chalkboard menu, a pastry case; two edits, each on the one before."""
ESPRESSO_BRANCH = (*ESPRESSO, (1, "put a croissant next to the cups"))
"""The espresso bar after a goto: round 3 was made from round 1, beside round 2."""
DARKROOM = ((None, None), (0, "make the safelight glow deep red"))
"""A photo darkroom: safelight, enlarger, three developing trays, prints on a line with clothespins, tongs,
a timer; one edit."""
DARKROOM_RETRIED = (*DARKROOM, (0, "make the safelight glow deep red"))
"""The darkroom after a retry: round 2 is a new try of round 1, beside it."""
EASTER = (
    (None, None),
    (0, "paint the eggs in the basket pastel blue"),
    (1, "put bunny ears on the little girl"),
    (2, "add tulips along the fence"),
)
"""An Easter egg hunt in a garden: a wicker basket of eggs, more eggs hidden on the lawn, a little girl and
her older brother, a chocolate bunny, a picket fence, a path, an apple tree; three edits, each on the one
before."""
DRESSAGE = ((None, None), (0, "make the rider's jacket navy"))
"""A dressage arena: a grey horse with a braided mane, a rider in a top hat, white gloves and a stock tie, a
saddle pad, the arena letters, the judge's box; one edit."""
DRESSAGE_FIXED = (*DRESSAGE, (0, "make the rider's jacket bottle green"))
"""The dressage arena after a colour correction: round 2 (bottle green) beside round 1 (navy)."""
DJ = ((None, None), (0, "add purple lasers over the crowd"), (1, "make the dj's headphones gold"))
"""A DJ booth at a club: a DJ with headphones, two turntables, a mixer, a speaker on each side, a crowd with
hands up, a banner, smoke; two edits, each on the one before."""
FIDDLER = ((None, None), (0, "make the fiddle look older"))
"""A pub session: a fiddler in a flat cap with his bow, a guitarist, a bodhrán player, pints on the table, a
fireplace; one edit."""


OBJECT: tuple[Dev, ...] = (
    # the harbour: "make the dhow's sail red"
    ("no i meant the small dhow", False, DHOW, "correction", _fix("make the small dhow's sail red")),
    (
        "not the sail, the hull",
        False,
        DHOW,
        "correction",
        _fix("make the dhow's hull red", "make the hull red"),
    ),
    (
        "wrong boat lol, the one further out",
        False,
        DHOW,
        "correction",
        _fix(
            "make the small dhow's sail red",
            "make the sail of the dhow further out red",
            "make the sail of the one further out red",
        ),
    ),
    (
        "the one on the right!",
        False,
        DHOW,
        "correction",
        _fix("make the sail of the dhow on the right red", "make the right dhow's sail red"),
    ),
    ("i said the flag on the mast", False, DHOW, "correction", _fix("make the flag on the mast red")),
    (
        "the fishermans shirt not the sail",
        False,
        DHOW,
        "correction",
        _fix("make the fisherman's shirt red", "make the fishermans shirt red"),
    ),
    ("nah fam the hull", False, DHOW, "correction", _fix("make the dhow's hull red", "make the hull red")),
    (
        "naw the lil boat at the back 😅",
        False,
        DHOW,
        "correction",
        _fix("make the sail of the little boat at the back red", "make the small dhow's sail red"),
    ),
    (
        "so sorry, my fault, i meant the other dhow, could you redo it on that one?",
        False,
        DHOW,
        "correction",
        _fix("make the other dhow's sail red", "make the small dhow's sail red"),
    ),
    # the falafel cart: "remove the napkin dispenser from the counter"
    (
        "not the napkins, the hot sauce bottle",
        False,
        FALAFEL,
        "correction",
        _fix("remove the hot sauce bottle from the counter", "remove the hot sauce bottle"),
    ),
    (
        "wrong thing, i meant the trash bin next to the cart",
        False,
        FALAFEL,
        "correction",
        _fix("remove the trash bin next to the cart"),
    ),
    ("i said the menu board", False, FALAFEL, "correction", _fix("remove the menu board")),
    (
        "you took out the wrong one, the dispenser on the right",
        False,
        FALAFEL,
        "correction",
        _fix("remove the napkin dispenser on the right", "remove the napkin dispenser on the right from the counter"),
    ),
    (
        "noo the tahini botle",
        False,
        FALAFEL,
        "correction",
        _fix(
            "remove the tahini bottle",
            "remove the tahini botle",
            "remove the tahini bottle from the counter",
            "remove the tahini botle from the counter",
        ),
    ),
    (
        "other napkin thing pls",
        False,
        FALAFEL,
        "correction",
        _fix("remove the other napkin dispenser", "remove the other napkin dispenser from the counter"),
    ),
    # the espresso bar: "add latte art to the cup on the left" after "make the espresso machine copper"
    ("the cup on the right i meant", False, ESPRESSO, "correction", _fix("add latte art to the cup on the right")),
    (
        "wrong cup!! the other one",
        False,
        ESPRESSO,
        "correction",
        _fix("add latte art to the other cup", "add latte art to the cup on the right"),
    ),
    (
        "bruh thats the wrong cup, the right one",
        False,
        ESPRESSO,
        "correction",
        _fix("add latte art to the cup on the right", "add latte art to the right cup"),
    ),
    (
        "in the milk jug, not the cup",
        False,
        ESPRESSO,
        "correction",
        _fix("add latte art to the milk jug", "add latte art in the milk jug"),
    ),
    # the dressage arena: "make the rider's jacket navy"
    ("not the jacket, the saddle pad", False, DRESSAGE, "correction", _fix("make the saddle pad navy")),
    (
        "the horse's mane braids i meant",
        False,
        DRESSAGE,
        "correction",
        _fix("make the horse's mane braids navy"),
    ),
    (
        "i said the top hat",
        False,
        DRESSAGE,
        "correction",
        _fix("make the top hat navy", "make the rider's top hat navy"),
    ),
    ("no the gloves, jacket was fine", False, DRESSAGE, "correction", _fix("make the gloves navy")),
    (
        "i asked for a navy saddle pad not jacket lol",
        False,
        DRESSAGE,
        "correction",
        _fix("make the saddle pad navy"),
    ),
    (
        "no, is not the jacket, is the saddle pad i want in navy",
        False,
        DRESSAGE,
        "correction",
        _fix("make the saddle pad navy", "make the saddle pad in navy"),
    ),
    ("the stock tie!! not the whole jacket", False, DRESSAGE, "correction", _fix("make the stock tie navy")),
    # the DJ booth: "make the dj's headphones gold" after "add purple lasers over the crowd"
    (
        "not the headphones, the turntables",
        False,
        DJ,
        "correction",
        _fix("make the dj's turntables gold", "make the turntables gold"),
    ),
    ("the mixer i meant", False, DJ, "correction", _fix("make the mixer gold", "make the dj's mixer gold")),
    (
        "the left speaker, headphones were ok",
        False,
        DJ,
        "correction",
        _fix("make the left speaker gold", "make the speaker on the left gold"),
    ),
    (
        "wrong thing mate, the banner",
        False,
        DJ,
        "correction",
        _fix("make the banner gold"),
    ),
    # the pub session: "make the fiddle look older"
    ("not the fiddle, the bow", False, FIDDLER, "correction", _fix("make the bow look older")),
    ("the guitar i ment", False, FIDDLER, "correction", _fix("make the guitar look older")),
    (
        "the bodhran not the fiddle",
        False,
        FIDDLER,
        "correction",
        _fix("make the bodhran look older", "make the bodhrán look older"),
    ),
    (
        "the whole pub should look old, not just the fiddle",
        False,
        FIDDLER,
        "correction",
        _fix("make the whole pub look old", "make the whole pub look older"),
    ),
    # the darkroom: "make the safelight glow deep red"
    ("not the safelight, the timer", False, DARKROOM, "correction", _fix("make the timer glow deep red")),
    (
        "the enlarger lamp, not that one",
        False,
        DARKROOM,
        "correction",
        _fix("make the enlarger lamp glow deep red"),
    ),
)
"""Corrections of the last edit's object: the same edit again from its parent, on the named thing."""

LOOK: tuple[Dev, ...] = (
    ("actually green", False, DHOW, "correction", _fix("make the dhow's sail green")),
    (
        "no, darker red. like brick",
        False,
        DHOW,
        "correction",
        _fix("make the dhow's sail brick red", "make the dhow's sail darker red", "make the dhow's sail dark red"),
    ),
    ("i wanted terracotta not red", False, DHOW, "correction", _fix("make the dhow's sail terracotta")),
    (
        "should've been saffron yellow tbh",
        False,
        DHOW,
        "correction",
        _fix("make the dhow's sail saffron yellow"),
    ),
    ("red?? i typed orange", False, DHOW, "correction", _fix("make the dhow's sail orange")),
    ("white would be more realistic, do white", False, DHOW, "correction", _fix("make the dhow's sail white")),
    ("actually bottle green", False, DRESSAGE, "correction", _fix("make the rider's jacket bottle green")),
    (
        "navy is too dark, i wanted royal blue",
        False,
        DRESSAGE,
        "correction",
        _fix("make the rider's jacket royal blue"),
    ),
    ("should've been black", False, DRESSAGE, "correction", _fix("make the rider's jacket black")),
    ("wanted teal not navy", False, DRESSAGE, "correction", _fix("make the rider's jacket teal")),
    (
        "i said tweed, not navy",
        False,
        DRESSAGE,
        "correction",
        _fix("make the rider's jacket tweed"),
    ),
    ("hmm no, burgundy", False, DRESSAGE, "correction", _fix("make the rider's jacket burgundy")),
    ("silver not gold", False, DJ, "correction", _fix("make the dj's headphones silver")),
    ("rose gold pls", False, DJ, "correction", _fix("make the dj's headphones rose gold")),
    (
        "bruh i typed silver",
        False,
        DJ,
        "correction",
        _fix("make the dj's headphones silver"),
    ),
    (
        "ok so thats close but honestly i was picturing more of a dusty rose for the headphones, not gold gold",
        False,
        DJ,
        "correction",
        _fix("make the dj's headphones dusty rose"),
    ),
    (
        "matte black would fit better than gold",
        False,
        DJ,
        "correction",
        _fix("make the dj's headphones matte black"),
    ),
    ("i meant amber", False, DARKROOM, "correction", _fix("make the safelight glow amber")),
    (
        "darker red pls, almost maroon",
        False,
        DARKROOM,
        "correction",
        _fix(
            "make the safelight glow maroon",
            "make the safelight glow almost maroon",
            "make the safelight glow darker red",
        ),
    ),
    (
        "no, i wanted it to glow orange like an old sodium lamp",
        False,
        DARKROOM,
        "correction",
        _fix("make the safelight glow orange like an old sodium lamp", "make the safelight glow orange"),
    ),
    (
        "i said newer, not older",
        False,
        FIDDLER,
        "correction",
        _fix("make the fiddle look newer"),
    ),
    (
        "no i wanted it to look like its made of dark walnut",
        False,
        FIDDLER,
        "correction",
        _fix("make the fiddle look like it's made of dark walnut", "make the fiddle look like its made of dark walnut"),
    ),
    (
        "not old, i meant shiny like just varnished",
        False,
        FIDDLER,
        "correction",
        _fix("make the fiddle look shiny like just varnished", "make the fiddle look freshly varnished"),
    ),
    ("green and yellow i said", False, FALAFEL_TWICE, "correction", _fix("make the awning green and yellow")),
    (
        "red and white stripes, not green",
        False,
        FALAFEL_TWICE,
        "correction",
        _fix("make the awning red and white", "make the awning red and white stripes"),
    ),
    ("daffodils not tulips", False, EASTER, "correction", _fix("add daffodils along the fence")),
    ("red tulips i meant", False, EASTER, "correction", _fix("add red tulips along the fence")),
    (
        "a heart in the foam not a leaf",
        False,
        ESPRESSO,
        "correction",
        _fix(
            "add heart latte art to the cup on the left",
            "add a heart in the foam of the cup on the left",
            "add a latte art heart to the cup on the left",
        ),
    ),
    (
        "i wantd teal not blue",
        False,
        ((None, None), (0, "make the dj booth lights blue")),
        "correction",
        _fix("make the dj booth lights teal"),
    ),
)
"""Corrections of the last edit's colour or look: the same object, the corrected attribute."""

VERB_WHOLE: tuple[Dev, ...] = (
    (
        "i said remove the sail, not recolour it",
        False,
        DHOW,
        "correction",
        _fix("remove the dhow's sail", "remove the sail"),
    ),
    (
        "no no i wanted the sail patched not painted",
        False,
        DHOW,
        "correction",
        _fix("patch the dhow's sail", "make the dhow's sail patched"),
    ),
    (
        "nah forget the sail, i wanted the sky to be stormy",
        False,
        DHOW,
        "correction",
        _fix("make the sky stormy"),
    ),
    (
        "i said move it to the side, not delete it",
        False,
        FALAFEL,
        "correction",
        _fix("move the napkin dispenser to the side", "move the napkin dispenser to the side of the counter"),
    ),
    (
        "no i wanted the napkin dispenser to be red, not gone",
        False,
        FALAFEL,
        "correction",
        _fix("make the napkin dispenser red"),
    ),
    (
        "scratch that, i wanted the queue of customers gone",
        False,
        FALAFEL,
        "correction",
        _fix("remove the queue of customers"),
    ),
    (
        "no i wanted the horse to be a chestnut, not the jacket changed",
        False,
        DRESSAGE,
        "correction",
        _fix("make the horse a chestnut", "make the horse chestnut"),
    ),
    (
        "i didnt want it recoloured, i wanted the jacket to have gold buttons",
        False,
        DRESSAGE,
        "correction",
        _fix("give the jacket gold buttons", "add gold buttons to the jacket", "make the jacket have gold buttons"),
    ),
    (
        "no i wanted it switched off",
        False,
        DARKROOM,
        "correction",
        _fix("switch the safelight off", "turn the safelight off", "turn off the safelight"),
    ),
    (
        "thats not what i asked, i wanted a print of a lighthouse hanging on the line",
        False,
        DARKROOM,
        "correction",
        _fix("add a print of a lighthouse hanging on the line"),
    ),
    (
        "i said tune it up, not age it 🙄 make the fiddle look brand new",
        False,
        FIDDLER,
        "correction",
        _fix("make the fiddle look brand new"),
    ),
    (
        "no wait, i meant take the headphones off him",
        False,
        DJ,
        "correction",
        _fix("take the headphones off the dj", "remove the dj's headphones", "take the headphones off him"),
    ),
    (
        "not that!! i asked for confetti falling on the crowd",
        False,
        DJ,
        "correction",
        _fix("add confetti falling on the crowd"),
    ),
    (
        "i didnt mean add tulips, i meant plant them in the flower bed",
        False,
        EASTER,
        "correction",
        _fix("plant tulips in the flower bed", "add tulips in the flower bed"),
    ),
)
"""Corrections of the last edit's verb or of the whole instruction: the corrected edit from its parent."""

PLACE_SCOPE: tuple[Dev, ...] = (
    ("along the path i meant, not the fence", False, EASTER, "correction", _fix("add tulips along the path")),
    ("not seagulls, pelicans", False, DHOW_TWICE, "correction", _fix("add pelicans above the mast")),
    (
        "one seagull not a whole flock",
        False,
        DHOW_TWICE,
        "correction",
        _fix("add one seagull above the mast", "add a seagull above the mast"),
    ),
    ("above the minaret i meant", False, DHOW_TWICE, "correction", _fix("add seagulls above the minaret")),
    (
        "on the crates not in the sky",
        False,
        DHOW_TWICE,
        "correction",
        _fix("add seagulls on the crates"),
    ),
    (
        "a pain au chocolat not a croissant",
        False,
        ESPRESSO_BRANCH,
        "correction",
        _fix("put a pain au chocolat next to the cups"),
    ),
    ("next to the grinder", False, ESPRESSO_BRANCH, "correction", _fix("put a croissant next to the grinder")),
    (
        "on a plate pls, not just lying on the counter",
        False,
        ESPRESSO_BRANCH,
        "correction",
        _fix("put a croissant on a plate next to the cups"),
    ),
    (
        "just the cups, not the machine",
        False,
        ((None, None), (0, "make the cups and the espresso machine copper")),
        "correction",
        _fix("make the cups copper"),
    ),
    (
        "only the left half of the awning",
        False,
        FALAFEL_TWICE,
        "correction",
        _fix("make the left half of the awning green and white"),
    ),
    (
        "lasers over the dj, not over the crowd",
        False,
        ((None, None), (0, "add purple lasers over the crowd")),
        "correction",
        _fix("add purple lasers over the dj"),
    ),
)
"""Corrections of the place or the scope of the last edit."""

OLDER_EDIT: tuple[Dev, ...] = (
    (
        "the sail is meant to be white not red",
        False,
        DHOW_TWICE,
        "correction",
        _fix_round(1, "make the dhow's sail white"),
    ),
    (
        "wait the red was for the small dhow, not the big one",
        False,
        DHOW_TWICE,
        "correction",
        _fix_round(1, "make the small dhow's sail red"),
    ),
    (
        "gulls are fine but the sail should be indigo",
        False,
        DHOW_TWICE,
        "correction",
        _fix_round(1, "make the dhow's sail indigo"),
    ),
    (
        "wait the napkin thing was fine, i wanted the tahini bottle gone",
        False,
        FALAFEL_TWICE,
        "correction",
        _fix_round(1, "remove the tahini bottle from the counter", "remove the tahini bottle"),
    ),
    (
        "not copper, brushed steel for the machine",
        False,
        ESPRESSO,
        "correction",
        _fix_round(1, "make the espresso machine brushed steel"),
    ),
    (
        "the grinder should've been copper, not the machine",
        False,
        ESPRESSO,
        "correction",
        _fix_round(1, "make the grinder copper"),
    ),
    (
        "the ears were meant for the boy",
        False,
        EASTER,
        "correction",
        _fix_round(
            2, "put bunny ears on the boy", "put bunny ears on her brother", "put bunny ears on the older brother"
        ),
    ),
    (
        "eggs should be pastel pink not blue",
        False,
        EASTER,
        "correction",
        _fix_round(1, "paint the eggs in the basket pastel pink"),
    ),
    (
        "hold on, i meant paint the eggs on the lawn blue, not the ones in the basket",
        False,
        EASTER,
        "correction",
        _fix_round(1, "paint the eggs on the lawn pastel blue", "paint the eggs on the lawn blue"),
    ),
    (
        "lasers were supposed to be green",
        False,
        DJ,
        "correction",
        _fix_round(1, "add green lasers over the crowd"),
    ),
    (
        "i said smoke over the crowd, not lasers",
        False,
        DJ,
        "correction",
        _fix_round(1, "add smoke over the crowd"),
    ),
)
"""A correction that names an older edit than the last: that edit made again from its parent."""

AGAIN_WRONG: tuple[Dev, ...] = (
    (
        "still not right, more like rust",
        False,
        DHOW_FIXED,
        "correction",
        _fix("make the dhow's sail rust", "make the dhow's sail rust coloured", "make the dhow's sail more like rust"),
    ),
    (
        "orange is good but on the small dhow",
        False,
        DHOW_FIXED,
        "correction",
        _fix("make the small dhow's sail orange"),
    ),
    ("hmm still not it, burgundy", False, DRESSAGE_FIXED, "correction", _fix("make the rider's jacket burgundy")),
    (
        "closer!! but forest green, not bottle",
        False,
        DRESSAGE_FIXED,
        "correction",
        _fix("make the rider's jacket forest green"),
    ),
    (
        "neither, i meant the enlarger",
        False,
        DARKROOM_RETRIED,
        "correction",
        _fix("make the enlarger glow deep red"),
    ),
)
"""A second correction after a first one or after a retry: again from the parent."""

RETRIES: tuple[Dev, ...] = (
    ("try again pls", False, DHOW, "retry", _retry()),
    ("reroll it", False, DHOW, "retry", _retry()),
    ("hmm the sail looks pasted on, try again", False, DHOW, "retry", _retry()),
    ("try the gulls again", False, DHOW_TWICE, "retry", _retry()),
    ("closer but try again", False, DHOW_FIXED, "retry", _retry()),
    ("there's still a ghost of it, try again", False, FALAFEL, "retry", _retry()),
    ("left a smudge, redo it with another seed", False, FALAFEL, "retry", _retry()),
    ("it looks fake, do it again", False, FALAFEL, "retry", _retry()),
    ("one more time", False, FALAFEL_TWICE, "retry", _retry()),
    ("again pls", False, ESPRESSO, "retry", _retry()),
    ("the foam looks like glue lol, another one", False, ESPRESSO, "retry", _retry()),
    ("again w different seed", False, ESPRESSO_BRANCH, "retry", _retry()),
    ("the croissant looks plastic, one more time", False, ESPRESSO_BRANCH, "retry", _retry()),
    ("different take pls", False, DARKROOM, "retry", _retry()),
    ("still looks fake, try again", False, DARKROOM_RETRIED, "retry", _retry()),
    ("nope. again", False, DARKROOM_RETRIED, "retry", _retry()),
    ("give me another version of the tulips", False, EASTER, "retry", _retry()),
    ("not quite, try again", False, EASTER, "retry", _retry()),
    ("meh, one more time", False, DRESSAGE, "retry", _retry()),
    ("the jacket looks painted on, try again", False, DRESSAGE, "retry", _retry()),
    ("new seed", False, DRESSAGE_FIXED, "retry", _retry()),
    ("reroll the headphones", False, DJ, "retry", _retry()),
    ("lol they look like bananas, try again", False, DJ, "retry", _retry()),
    ("gimme another", False, DJ, "retry", _retry()),
    ("another go pls", False, FIDDLER, "retry", _retry()),
    ("looks photoshopped, again", False, FIDDLER, "retry", _retry()),
    ("can u generate a couple more versions of that", False, FIDDLER, "retry", _retry()),
    ("not bad but give me a different take", False, FIDDLER, "retry", _retry()),
    ("spin it again 🎲", False, DHOW, "retry", _retry()),
    ("ugh the edges are weird, can you retry", False, FALAFEL, "retry", _retry()),
    ("pls try one more tiem", False, DARKROOM, "retry", _retry()),
    ("another version", False, EASTER, "retry", _retry()),
)
"""Retries: the last edit again from its parent with a new seed."""

STRENGTH: tuple[Dev, ...] = (
    ("way more red", False, DHOW, "retry", _retry("stronger")),
    ("too much, tone it down", False, DHOW, "retry", _retry("weaker")),
    ("less birds", False, DHOW_TWICE, "retry", _retry("weaker")),
    ("more orange, its barely there", False, DHOW_FIXED, "retry", _retry("stronger")),
    ("too bright, more muted pls", False, FALAFEL_TWICE, "retry", _retry("weaker")),
    ("more foam art, it barely shows", False, ESPRESSO, "retry", _retry("stronger")),
    ("too red, tone it down", False, DARKROOM, "retry", _retry("weaker")),
    ("not enough glow", False, DARKROOM, "retry", _retry("stronger")),
    ("way more", False, DARKROOM, "retry", _retry("stronger")),
    ("try one more time but weaker", False, DARKROOM_RETRIED, "retry", _retry("weaker")),
    ("subtler", False, DARKROOM_RETRIED, "retry", _retry("weaker")),
    ("more tulips", False, EASTER, "retry", _retry("stronger")),
    ("fewer flowers, it's too busy", False, EASTER, "retry", _retry("weaker")),
    ("barely changed, push it", False, DRESSAGE, "retry", _retry("stronger")),
    ("greener", False, DRESSAGE_FIXED, "retry", _retry("stronger")),
    ("a bit less green", False, DRESSAGE_FIXED, "retry", _retry("weaker")),
    ("too blingy, less", False, DJ, "retry", _retry("weaker")),
    ("more gold!!!", False, DJ, "retry", _retry("stronger")),
    ("older still", False, FIDDLER, "retry", _retry("stronger")),
    ("way more worn pls", False, FIDDLER, "retry", _retry("stronger")),
    ("not aged enough", False, FIDDLER, "retry", _retry("stronger")),
    ("too beat up now, a bit less", False, FIDDLER, "retry", _retry("weaker")),
    ("ok thats overkill, dial it back", False, FIDDLER, "retry", _retry("weaker")),
    ("stronger pls", False, FALAFEL_TWICE, "retry", _retry("stronger")),
    ("a bit less", False, ESPRESSO, "retry", _retry("weaker")),
    ("i can barely see the difference, go harder", False, DRESSAGE, "retry", _retry("stronger")),
    ("hmm a tad softer maybe", False, DJ, "retry", _retry("weaker")),
    ("the red is so faint, crank it", False, DARKROOM, "retry", _retry("stronger")),
    ("it went overboard, make it more subtle", False, DHOW, "retry", _retry("weaker")),
)
"""Stronger and weaker: the last edit again from its parent with the text guidance raised or lowered."""

NOT_CORRECTIONS: tuple[Dev, ...] = (
    # new edits on top that look like corrections
    ("now the small dhow too", False, DHOW, "edit", _edit("make the small dhow's sail red")),
    ("also make the minaret white", False, DHOW, "edit", _edit("make the minaret white")),
    ("now add a cat on the crates", False, DHOW_TWICE, "edit", _edit("add a cat on the crates")),
    ("also the trash bin", False, FALAFEL, "edit", _edit("remove the trash bin")),
    ("now make the awning green and white", False, FALAFEL, "edit", _edit("make the awning green and white")),
    (
        "the vendor's hat too",
        False,
        FALAFEL_TWICE,
        "edit",
        _edit("make the vendor's hat green and white", "make the vendor's paper hat green and white"),
    ),
    (
        "the other cup too",
        False,
        ESPRESSO,
        "edit",
        _edit("add latte art to the cup on the right", "add latte art to the other cup"),
    ),
    ("also make the barista's apron brown", False, ESPRESSO, "edit", _edit("make the barista's apron brown")),
    (
        "also add a print of a lighthouse on the line",
        False,
        DARKROOM,
        "edit",
        _edit("add a print of a lighthouse on the line"),
    ),
    ("the enlarger too", False, DARKROOM, "edit", _edit("make the enlarger glow deep red")),
    (
        "now put a chocolate bunny in the girl's hands",
        False,
        EASTER,
        "edit",
        _edit("put a chocolate bunny in the girl's hands"),
    ),
    ("also the basket handle pink", False, EASTER, "edit", _edit("make the basket handle pink")),
    ("the stock tie too", False, DRESSAGE, "edit", _edit("make the stock tie navy")),
    ("now braid the tail", False, DRESSAGE, "edit", _edit("braid the tail", "braid the horse's tail")),
    ("now the speakers too", False, DJ, "edit", _edit("make the speakers gold")),
    (
        "also put a banner saying FFWD over the booth",
        False,
        DJ,
        "edit",
        _edit("put a banner saying ffwd over the booth"),
    ),
    (
        "now the bodhran too",
        False,
        FIDDLER,
        "edit",
        _edit("make the bodhran look older", "make the bodhrán look older"),
    ),
    (
        "also put a pint on the table in front of him",
        False,
        FIDDLER,
        "edit",
        _edit("put a pint on the table in front of him"),
    ),
    ("the fiddler's cap as well", False, FIDDLER, "edit", _edit("make the fiddler's cap look older")),
    (
        "no that's perfect, now remove the fisherman",
        False,
        DHOW,
        "edit",
        _edit("remove the fisherman"),
    ),
    (
        "actually also make the tongs silver",
        False,
        DARKROOM,
        "edit",
        _edit("make the tongs silver"),
    ),
    (
        "nope all good, add a tray of lemons on the counter",
        False,
        FALAFEL,
        "edit",
        _edit("add a tray of lemons on the counter"),
    ),
    (
        "make it look warmer overall",
        False,
        ESPRESSO,
        "edit",
        _edit("make the photo look warmer overall", "make it look warmer overall"),
    ),
    ("now the horse's browband in navy too", False, DRESSAGE, "edit", _edit("make the horse's browband navy")),
    # undo said near corrections
    ("no, go back", False, DHOW, "undo", _goto(0)),
    ("nooo bring it back", False, FALAFEL, "undo", _goto(0)),
    ("no go back one", False, ESPRESSO, "undo", _goto(1)),
    ("scratch that", False, DARKROOM, "undo", _goto(0)),
    ("no go back, the fence looked better bare", False, EASTER, "undo", _goto(2)),
    ("no, go back pls", False, DRESSAGE, "undo", _goto(0)),
    ("no no undo", False, DJ, "undo", _goto(1)),
    ("ugh no, undo", False, FIDDLER, "undo", _goto(0)),
    ("undo the gulls", False, DHOW_TWICE, "undo", _goto(1)),
    ("undo the last two", False, EASTER, "undo", _goto(1)),
    ("nah the plain one was better", False, FIDDLER, "undo", _goto(0)),
    # back to the version a correction or retry replaced
    ("nope red was better", False, DHOW_FIXED, "goto", _goto(1)),
    ("go back to the navy one", False, DRESSAGE_FIXED, "goto", _goto(1)),
    ("nah the first one was better", False, DARKROOM_RETRIED, "goto", _goto(1)),
    ("no go back to before the birds", False, DHOW_TWICE, "goto", _goto(1)),
    (
        "ok undo that and make the saddle pad navy instead",
        False,
        DRESSAGE,
        "correction",
        _undo_then(0, "make the saddle pad navy"),
    ),
    # reactions, questions and hold: words only
    ("nice 👍", False, DHOW, "talk", ()),
    ("lol nice", False, FALAFEL, "talk", ()),
    ("haha the barista looks confused", False, ESPRESSO, "talk", ()),
    ("kinda spooky lol i like it", False, DARKROOM, "talk", ()),
    ("aww cute", False, EASTER, "talk", ()),
    ("love it 😍", False, DRESSAGE, "talk", ()),
    ("hahaha sick", False, DJ, "talk", ()),
    ("sláinte 🍻 perfect", False, FIDDLER, "talk", ()),
    ("no worries, its fine as is", False, DHOW_FIXED, "talk", ()),
    ("not bad at all", False, DRESSAGE_FIXED, "talk", ()),
    ("why did the crowd change too?", False, DJ, "talk", ()),
    ("is that a real word on the banner or did you make it up", False, DJ, "talk", ()),
    ("hmm lemme think about the colour before you do anything", False, DHOW, "talk", ()),
    ("how do i get a different version without typing it again", False, FIDDLER, "talk", ()),
    # status, history, show, compare
    ("what did you just change", False, EASTER, "status", STATUS),
    ("wait which one is this, the red or the orange?", False, DHOW_FIXED, "status", STATUS),
    ("what have we done so far", False, DJ, "history", HISTORY),
    ("show me the red one again", False, DHOW_FIXED, "show", _show(1)),
    ("side by side red vs orange", False, DHOW_FIXED, "compare", _compare(1, 2)),
    ("compare the two tries", False, DARKROOM_RETRIED, "compare", _compare(1, 2)),
)
"""New edits on top, undo, returns, reactions, status and comparisons: none of them a correction."""

NOTHING_TO_FIX: tuple[Dev, ...] = (
    ("wrong boat", False, UPLOAD, "clarify", ()),
    ("no i meant the saddle pad", False, UPLOAD, "clarify", ()),
    ("again pls with a new seed", False, UPLOAD, "clarify", ()),
    ("stronger!!", False, UPLOAD, "clarify", ()),
    ("green not gold", False, UPLOAD, "clarify", ()),
    ("actually make the awning green instead", False, UPLOAD, "edit", _edit("make the awning green")),
    ("no not like that", False, DARKROOM, "clarify", ()),
    ("the other one", False, DJ, "clarify", ()),
    ("wrong colour", False, DRESSAGE, "clarify", ()),
    ("hmm not quite what i had in mind", False, FALAFEL_TWICE, "clarify", ()),
    ("i meant the other thing", False, EASTER, "clarify", ()),
    ("hmm not the", False, DHOW, "clarify", ()),
)
"""Nothing to correct or retry, or no way to tell what is meant: one short question."""

R15B: tuple[Dev, ...] = (
    *OBJECT,
    *LOOK,
    *VERB_WHOLE,
    *PLACE_SCOPE,
    *OLDER_EDIT,
    *AGAIN_WRONG,
    *RETRIES,
    *STRENGTH,
    *NOT_CORRECTIONS,
    *NOTHING_TO_FIX,
)
"""Every turn whose state has its last round current."""

R15B_MOVED: tuple[tuple[int, Dev], ...] = (
    # the espresso bar, after undoing the latte art: back on the copper machine (round 1)
    (1, ("no, brass not copper", False, ESPRESSO, "correction", _fix("make the espresso machine brass"))),
    (1, ("the grinder i meant, not the machine", False, ESPRESSO, "correction", _fix("make the grinder copper"))),
    (1, ("try the copper again", False, ESPRESSO, "retry", _retry())),
    (1, ("bring the latte art back", False, ESPRESSO, "redo", _goto(2))),
    (1, ("no go back further", False, ESPRESSO, "undo", _goto(0))),
    (1, ("the milk jug too", False, ESPRESSO, "edit", _edit("make the milk jug copper"))),
    (1, ("haha ok", False, ESPRESSO, "talk", ())),
    # the Easter egg hunt, after undoing the tulips: back on the bunny ears (round 2)
    (
        2,
        (
            "not the girl, her brother",
            False,
            EASTER,
            "correction",
            _fix(
                "put bunny ears on her brother",
                "put bunny ears on the little girl's brother",
                "put bunny ears on the brother",
            ),
        ),
    ),
    (2, ("pink ears pls", False, EASTER, "correction", _fix("put pink bunny ears on the little girl"))),
    (2, ("reroll", False, EASTER, "retry", _retry())),
    (2, ("redo the tulips", False, EASTER, "redo", _goto(3))),
    (
        2,
        (
            "now give the brother some too",
            False,
            EASTER,
            "edit",
            _edit("put bunny ears on the brother", "put bunny ears on her brother", "give the brother bunny ears"),
        ),
    ),
    # the DJ booth, after undoing the headphones: back on the lasers (round 1)
    (1, ("green lasers not purple", False, DJ, "correction", _fix("add green lasers over the crowd"))),
    (1, ("way more lasers", False, DJ, "retry", _retry("stronger"))),
    (1, ("undo again", False, DJ, "undo", _goto(0))),
    (1, ("put the gold headphones back", False, DJ, "redo", _goto(2))),
    # the harbour with two edits, back on the original photo
    (0, ("try again", False, DHOW_TWICE, "clarify", ())),
    (0, ("redo", False, DHOW_TWICE, "redo", _goto(1))),
    (0, ("no i meant the hull", False, DHOW_TWICE, "clarify", ())),
    # the harbour after going back from the orange sail to the red one (round 1, beside round 2)
    (1, ("yes red, but on the small dhow", False, DHOW_FIXED, "correction", _fix("make the small dhow's sail red"))),
    (1, ("this one but stronger", False, DHOW_FIXED, "retry", _retry("stronger"))),
    (1, ("compare with the orange one", False, DHOW_FIXED, "compare", _compare(1, 2))),
    # the falafel cart, after undoing the awning: back on the removed dispenser (round 1)
    (
        1,
        ("no the trash bin not the napkin dispenser", False, FALAFEL_TWICE, "correction", _fix("remove the trash bin")),
    ),
    (1, ("theres a weird blur where it was, one more go", False, FALAFEL_TWICE, "retry", _retry())),
    (1, ("which version is this now", False, FALAFEL_TWICE, "status", STATUS)),
)
"""Turns after a goto or an undo: the current round (first) is not the latest; a correction or a retry acts
on the current round's edit."""


def r15b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R15B`, then the moved ones)."""
    return with_moved(R15B, "r15b", R15B_MOVED, "r15b_moved")
