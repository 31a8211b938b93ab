"""Development turns that react to the last edit, second part: corrections, retries, strength and undo.

Hand-written for training and tuning the dialogue model (never for measuring it), about scenes no other
set uses (a barber shop, a diner table, a cat on a windowsill, a sailboat on a lake, a car in a garage,
a comic-book style, fog over a river, a retouched selfie, a band on stage, a skatepark, a café terrace
with three edits, a nursery with two, a pond and an attic visited again after a goto or an undo).
Corrections of the last edit's object, attribute, place, count, size or style expect that edit made
again from its parent (`_fix`), also when mixed with a complaint, typed with typos or in non-native
English; retries in new words the last edit again; strength retries it with the guidance raised or
lowered; undo in new words a revert. About a quarter must not edit or are new edits on top: new
requests after a good result that start with "no", "actually" or "sorry", polite "no"s, "not bad", and
questions about why something changed. `AMEND2`'s states have their last round current;
`AMEND2_MOVED` holds turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Calls, Dev, _edit, _fix, _goto, _retry, with_moved

BARBER = ((None, None), (0, "give the barber a mustache"))
"""A barber shop: barber, customer in the chair, mirror, scissors, poster, barber pole."""
DINER = ((None, None), (0, "make the plate red"))
"""A diner table: plate, mug, fork, napkin, ketchup bottle, menu, waitress."""
CAT = ((None, None), (0, "add a cat on the windowsill"))
"""A window: windowsill, curtain, flowerpot, bed below it."""
LAKE = ((None, None), (0, "add a sailboat on the lake"))
"""A mountain lake: dock, pine trees, mountains, water."""
GARAGE = ((None, None), (0, "make the car silver"))
"""A garage: car, bike, toolbox on the bench, hose on the floor, garage door."""
COMIC = ((None, None), (0, "make it look like a comic book"))
"""A street photo turned into a style."""
RIVER = ((None, None), (0, "add fog over the river"))
"""A river with a stone bridge and a boathouse."""
SELFIE = ((None, None), (0, "smooth out her skin"))
"""A selfie retouched: skin, eyes, hair, earrings."""
BAND = ((None, None), (0, "give the drummer sunglasses"))
"""A band on stage: drummer, guitarist, bassist, singer with a mic, amps."""
SKATE = ((None, None), (0, "make the skateboard purple"))
"""A skatepark: skater, skateboard, helmet, ramp, wheels."""
TERRACE = (
    (None, None),
    (0, "remove the delivery bike"),
    (1, "make the parasols red"),
    (2, "add lanterns above the tables"),
)
"""A café terrace with three edits, each on the one before."""
NURSERY = ((None, None), (0, "paint the crib white"), (1, "add stars on the ceiling"))
"""A nursery with two edits."""
POND = ((None, None), (0, "add ducks on the pond"), (0, "add swans on the pond"))
"""A pond after a goto: round 2 was made from the upload, beside round 1."""
ATTIC = ((None, None), (0, "remove the boxes"), (1, "add a rocking chair"), (2, "make the light warmer"))
"""An attic with three edits, each on the one before."""


def _instead(index: int, *instructions: str) -> Calls:
    """Revert to round `index`, then edit there."""
    return (*_goto(index), *_edit(*instructions))


OBJECT: tuple[Dev, ...] = (
    ("the customer not the barber", False, BARBER, "correction", _fix("give the customer a mustache")),
    ("no, on the guy in the chair", False, BARBER, "correction", _fix("give the guy in the chair a mustache")),
    ("other guy", False, BARBER, "correction", _fix("give the other guy a mustache")),
    ("ugh no. the MUG. not the plate.", False, DINER, "correction", _fix("make the mug red")),
    ("the napkin obviously", False, DINER, "correction", _fix("make the napkin red")),
    ("not the plate!! the menu", False, DINER, "correction", _fix("make the menu red")),
    ("the waitress's apron, not the plate", False, DINER, "correction", _fix("make the waitress's apron red")),
    ("the bike not the car", False, GARAGE, "correction", _fix("make the bike silver")),
    ("the garage door i meant, not the car", False, GARAGE, "correction", _fix("make the garage door silver")),
    ("no the toolbox", False, GARAGE, "correction", _fix("make the toolbox silver")),
    ("the bassist, not the drummer", False, BAND, "correction", _fix("give the bassist sunglasses")),
    ("the singer!!", False, BAND, "correction", _fix("give the singer sunglasses")),
    ("drummer was wrong, guitarist", False, BAND, "correction", _fix("give the guitarist sunglasses")),
    ("the helmet, not the board", False, SKATE, "correction", _fix("make the helmet purple")),
    ("the ramp i meant", False, SKATE, "correction", _fix("make the ramp purple")),
    ("nah the skater's hoodie", False, SKATE, "correction", _fix("make the skater's hoodie purple")),
    ("the dock, not the lake", False, LAKE, "correction", _fix("add a sailboat on the dock")),
    ("under the bridge, not over the river", False, RIVER, "correction", _fix("add fog under the bridge")),
    ("over the boathouse, not the river", False, RIVER, "correction", _fix("add fog over the boathouse")),
    ("her eyes, not her skin", False, SELFIE, "correction", _fix("smooth out her eyes")),
    ("on the bed i meant, not the windowsill", False, CAT, "correction", _fix("add a cat on the bed")),
    ("the flowerpot! not the windowsill", False, CAT, "correction", _fix("add a cat on the flowerpot")),
    ("above the door, not the tables", False, TERRACE, "correction", _fix("add lanterns above the door")),
    ("over the bar i meant", False, TERRACE, "correction", _fix("add lanterns over the bar")),
    ("on the wall, not the ceiling", False, NURSERY, "correction", _fix("add stars on the wall")),
    ("on the curtains i meant", False, NURSERY, "correction", _fix("add stars on the curtains")),
    ("the poster on the wall, not him", False, BARBER, "correction", _fix("give the poster on the wall a mustache")),
    (
        "i meant the fella waiting on the bench",
        False,
        BARBER,
        "correction",
        _fix("give the fella waiting on the bench a mustache"),
    ),
    ("the wheels not the board", False, SKATE, "correction", _fix("make the wheels purple")),
)
"""The last edit was right but for what it changed."""

ATTRIBUTE: tuple[Dev, ...] = (
    ("not a mustache, a beard", False, BARBER, "correction", _fix("give the barber a beard")),
    ("a handlebar mustache i said", False, BARBER, "correction", _fix("give the barber a handlebar mustache")),
    ("grey, not brown", False, BARBER, "correction", _fix("give the barber a grey mustache")),
    ("not red, mint", False, DINER, "correction", _fix("make the plate mint")),
    ("cherry red, that's orange", False, DINER, "correction", _fix("make the plate cherry red")),
    ("more of a checkered red and white", False, DINER, "correction", _fix("make the plate checkered red and white")),
    ("matte black, not silver", False, GARAGE, "correction", _fix("make the car matte black")),
    ("no, chrome", False, GARAGE, "correction", _fix("make the car chrome")),
    ("silver?? i said gunmetal", False, GARAGE, "correction", _fix("make the car gunmetal")),
    ("a black cat", False, CAT, "correction", _fix("add a black cat on the windowsill")),
    ("a kitten i said", False, CAT, "correction", _fix("add a kitten on the windowsill")),
    ("ginger not grey", False, CAT, "correction", _fix("add a ginger cat on the windowsill")),
    ("a canoe, not a sailboat", False, LAKE, "correction", _fix("add a canoe on the lake")),
    ("not comic, anime", False, COMIC, "correction", _fix("make it look like anime", "make it look like an anime")),
    ("more like a manga", False, COMIC, "correction", _fix("make it look like a manga")),
    ("pop art, not comic", False, COMIC, "correction", _fix("make it look like pop art")),
    ("noir comic i meant, black and white", False, COMIC, "correction", _fix("make it look like a noir comic")),
    ("not fog, mist", False, RIVER, "correction", _fix("add mist over the river")),
    ("steam, not fog", False, RIVER, "correction", _fix("add steam over the river")),
    ("not sunglasses, aviators", False, BAND, "correction", _fix("give the drummer aviators")),
    ("a cap, not sunglasses", False, BAND, "correction", _fix("give the drummer a cap")),
    ("teal not purple", False, SKATE, "correction", _fix("make the skateboard teal")),
    ("holographic i said", False, SKATE, "correction", _fix("make the skateboard holographic")),
    ("not lanterns, festoon lights", False, TERRACE, "correction", _fix("add festoon lights above the tables")),
    ("paper lanterns", False, TERRACE, "correction", _fix("add paper lanterns above the tables")),
    ("moons not stars", False, NURSERY, "correction", _fix("add moons on the ceiling")),
    ("glow in the dark stars i meant", False, NURSERY, "correction", _fix("add glow in the dark stars on the ceiling")),
)
"""The last edit was right but for a colour, material, kind or style."""

COUNT_SIZE_PLACE: tuple[Dev, ...] = (
    ("two cats not one", False, CAT, "correction", _fix("add two cats on the windowsill")),
    ("three cats!!", False, CAT, "correction", _fix("add three cats on the windowsill")),
    ("two boats, not one", False, LAKE, "correction", _fix("add two sailboats on the lake")),
    (
        "smaller!",
        False,
        LAKE,
        "correction",
        _fix("add a smaller sailboat on the lake", "add a small sailboat on the lake"),
    ),
    (
        "a much smaller boat pls",
        False,
        LAKE,
        "correction",
        _fix("add a much smaller sailboat on the lake", "add a much smaller boat on the lake"),
    ),
    (
        "bigger, you can hardly see it",
        False,
        LAKE,
        "correction",
        _fix("add a bigger sailboat on the lake"),
    ),
    (
        "a bit to the left",
        False,
        LAKE,
        "correction",
        _fix("add a sailboat on the lake a bit to the left", "add a sailboat a bit to the left on the lake"),
    ),
    (
        "in the middle of the lake, not at the edge",
        False,
        LAKE,
        "correction",
        _fix("add a sailboat in the middle of the lake"),
    ),
    ("one lantern per table, not a hundred", False, TERRACE, "correction", _fix("add one lantern per table")),
    (
        "just a few stars",
        False,
        NURSERY,
        "correction",
        _fix("add just a few stars on the ceiling", "add a few stars on the ceiling"),
    ),
    ("one big star, not lots", False, NURSERY, "correction", _fix("add one big star on the ceiling")),
    (
        "it changed the whole table, just the plate",
        False,
        DINER,
        "correction",
        _fix("make only the plate red", "make just the plate red", "make the plate red"),
    ),
    (
        "whyy is the table red too. only the plate",
        False,
        DINER,
        "correction",
        _fix("make only the plate red", "make the plate red"),
    ),
    (
        "you gave the whole band sunglasses, only the drummer",
        False,
        BAND,
        "correction",
        _fix("give only the drummer sunglasses", "give the drummer sunglasses"),
    ),
    (
        "all of them, not just the drummer",
        False,
        BAND,
        "correction",
        _fix("give all of them sunglasses", "give the whole band sunglasses", "give everyone sunglasses"),
    ),
    (
        "a little more to the right",
        False,
        CAT,
        "correction",
        _fix(
            "add a cat on the windowsill a little more to the right",
            "add a cat a little more to the right on the windowsill",
        ),
    ),
    ("a fatter cat lol", False, CAT, "correction", _fix("add a fatter cat on the windowsill")),
    ("bigger lanterns!", False, TERRACE, "correction", _fix("add bigger lanterns above the tables")),
    ("tinier stars", False, NURSERY, "correction", _fix("add tinier stars on the ceiling")),
    (
        "over by the pines, not in the middle",
        False,
        LAKE,
        "correction",
        _fix("add a sailboat over by the pines", "add a sailboat by the pines"),
    ),
)
"""The last edit was right but for how many, how big, where, or how far it spread."""

COMPLAINTS: tuple[Dev, ...] = (
    ("omg no, the CUSTOMER. not the barber", False, BARBER, "correction", _fix("give the customer a mustache")),
    ("bruh. the fork", False, DINER, "correction", _fix("make the fork red")),
    (
        "seriously? i said the napkin, not the plate",
        False,
        DINER,
        "correction",
        _fix("make the napkin red"),
    ),
    ("ugh wrong guy, the bassist", False, BAND, "correction", _fix("give the bassist sunglasses")),
    ("why purple?? i wanted lime", False, SKATE, "correction", _fix("make the skateboard lime")),
    ("that's a dog not a cat 🙄 a cat pls", False, CAT, "retry", _retry()),
    ("ffs the helmet", False, SKATE, "correction", _fix("make the helmet purple")),
    ("jeez no, navy not silver", False, GARAGE, "correction", _fix("make the car navy")),
    ("nooo not stars, clouds 😩", False, NURSERY, "correction", _fix("add clouds on the ceiling")),
    (
        "come on, lanterns over the door, not the tables",
        False,
        TERRACE,
        "correction",
        _fix("add lanterns over the door"),
    ),
    ("this is not manga at all. watercolor!", False, COMIC, "correction", _fix("make it look like a watercolor")),
)
"""Corrections mixed with a complaint."""

NON_NATIVE: tuple[Dev, ...] = (
    ("no no, i am wanting beard not mustache", False, BARBER, "correction", _fix("give the barber a beard")),
    ("is wrong person, the client please", False, BARBER, "correction", _fix("give the client a mustache")),
    ("not plate, i say the cup of coffee", False, DINER, "correction", _fix("make the cup of coffee red")),
    ("please the colour is green, not red", False, DINER, "correction", _fix("make the plate green")),
    (
        "i want two cat, not only one",
        False,
        CAT,
        "correction",
        _fix("add two cats on the windowsill", "add two cat on the windowsill"),
    ),
    ("the boat must be more small", False, LAKE, "correction", _fix("add a smaller sailboat on the lake")),
    ("not on lake, on the dock please", False, LAKE, "correction", _fix("add a sailboat on the dock")),
    ("i was meaning the bicycle", False, GARAGE, "correction", _fix("make the bicycle silver")),
    ("no is for the singer the glasses", False, BAND, "correction", _fix("give the singer sunglasses")),
    ("not comic, i want like oil painting", False, COMIC, "correction", _fix("make it look like an oil painting")),
    ("wrng one, the guitarist", False, BAND, "correction", _fix("give the guitarist sunglasses")),
    ("noo teh helmet", False, SKATE, "correction", _fix("make the helmet purple")),
    ("i ment the mug sry", False, DINER, "correction", _fix("make the mug red")),
    (
        "nt purple, turquise",
        False,
        SKATE,
        "correction",
        _fix("make the skateboard turquoise", "make the skateboard turquise"),
    ),
    ("ment the bed not windowsil", False, CAT, "correction", _fix("add a cat on the bed")),
    ("moons pls not stars thx", False, NURSERY, "correction", _fix("add moons on the ceiling")),
)
"""Corrections in non-native English or with typos."""

AFTER_SEVERAL: tuple[Dev, ...] = (
    (
        "no, string lights above the tables",
        False,
        TERRACE,
        "correction",
        _fix("add string lights above the tables"),
    ),
    ("candles, not lanterns", False, TERRACE, "correction", _fix("add candles above the tables")),
    (
        "undo the lanterns and make the chairs red too",
        False,
        TERRACE,
        "correction",
        _instead(2, "make the chairs red"),
    ),
    ("silver stars", False, NURSERY, "correction", _fix("add silver stars on the ceiling")),
    (
        "revert that and add a mobile over the crib",
        False,
        NURSERY,
        "correction",
        _instead(1, "add a mobile over the crib"),
    ),
)
"""Corrections of the last of several edits."""

RETRIES: tuple[Dev, ...] = (
    ("spin again", False, BARBER, "retry", _retry()),
    ("one more go at it", False, DINER, "retry", _retry()),
    ("different take pls", False, CAT, "retry", _retry()),
    ("reroll that one", False, LAKE, "retry", _retry()),
    ("roll again 🎲", False, GARAGE, "retry", _retry()),
    ("gimme another", False, COMIC, "retry", _retry()),
    ("regen it pls", False, RIVER, "retry", _retry()),
    ("new variation pls", False, SELFIE, "retry", _retry()),
    ("hit it again", False, BAND, "retry", _retry()),
    ("same prompt, new try", False, SKATE, "retry", _retry()),
    ("lemme see another one", False, TERRACE, "retry", _retry()),
    ("give it one more spin", False, NURSERY, "retry", _retry()),
    ("again pls, the boat looks glued on", False, LAKE, "retry", _retry()),
    ("the cat looks like a plushie, redo it", False, CAT, "retry", _retry()),
    ("can i see a different version", False, DINER, "retry", _retry()),
    ("give it a reshuffle", False, COMIC, "retry", _retry()),
    ("another attempt please", False, GARAGE, "retry", _retry()),
    ("the mustache looks drawn on. again", False, BARBER, "retry", _retry()),
    ("try a fresh one", False, RIVER, "retry", _retry()),
    ("do the same again pls", False, SKATE, "retry", _retry()),
    ("again again", False, BAND, "retry", _retry()),
    ("one more roll of the dice", False, TERRACE, "retry", _retry()),
    ("nah, different take", False, NURSERY, "retry", _retry()),
    ("please do once again, the result is strange", False, SELFIE, "retry", _retry()),
    ("retry pls", False, LAKE, "retry", _retry()),
    ("eh. another one", False, BARBER, "retry", _retry()),
    ("give me a couple more options", False, CAT, "retry", _retry()),
    ("redo with a new random seed", False, SKATE, "retry", _retry()),
)
"""The last edit again with a new seed, in new words."""

STRENGTH: tuple[Dev, ...] = (
    ("way too strong", False, COMIC, "retry", _retry("weaker")),
    ("you can go further", False, RIVER, "retry", _retry("stronger")),
    ("half as much", False, SELFIE, "retry", _retry("weaker")),
    ("she looks like plastic now lol, less", False, SELFIE, "retry", _retry("weaker")),
    ("go harder on the smoothing", False, SELFIE, "retry", _retry("stronger")),
    ("thicker fog pls", False, RIVER, "retry", _retry("stronger")),
    ("way too much fog", False, RIVER, "retry", _retry("weaker")),
    ("dial that back some", False, COMIC, "retry", _retry("weaker")),
    ("double it", False, RIVER, "retry", _retry("stronger")),
    ("overkill, reduce it", False, COMIC, "retry", _retry("weaker")),
    ("a smidge more", False, SELFIE, "retry", _retry("stronger")),
    ("too subtle", False, COMIC, "retry", _retry("stronger")),
    ("gentler please", False, SELFIE, "retry", _retry("weaker")),
    ("that's overcooked", False, COMIC, "retry", _retry("weaker")),
    ("tiny bit less", False, RIVER, "retry", _retry("weaker")),
    ("more punch", False, COMIC, "retry", _retry("stronger")),
    ("too extreme", False, SELFIE, "retry", _retry("weaker")),
    ("hardly any difference, more", False, RIVER, "retry", _retry("stronger")),
    ("pull back a bit", False, SELFIE, "retry", _retry("weaker")),
    ("more dramatic pls", False, COMIC, "retry", _retry("stronger")),
    ("its too much now", False, RIVER, "retry", _retry("weaker")),
    ("redder", False, DINER, "retry", _retry("stronger")),
    ("the purple is too loud, softer", False, SKATE, "retry", _retry("weaker")),
    ("the comic effect is too weak, crank it up", False, COMIC, "retry", _retry("stronger")),
    ("is too strong, please more light", False, SELFIE, "retry", _retry("weaker")),
    ("go further with the fog", False, RIVER, "retry", _retry("stronger")),
    ("less smooth pls she has no pores", False, SELFIE, "retry", _retry("weaker")),
    ("a tad stronger", False, COMIC, "retry", _retry("stronger")),
    ("the red is way too much", False, DINER, "retry", _retry("weaker")),
)
"""The last edit again with the guidance raised or lowered."""

UNDO: tuple[Dev, ...] = (
    ("nvm revert", False, BARBER, "undo", _goto(0)),
    ("put it back", False, DINER, "undo", _goto(0)),
    ("can we not", False, CAT, "undo", _goto(0)),
    ("lose the last change", False, TERRACE, "undo", _goto(2)),
    ("lose the last two changes", False, TERRACE, "undo", _goto(1)),
    ("bring back the old one", False, LAKE, "undo", _goto(0)),
    ("back to how it was pls", False, GARAGE, "undo", _goto(0)),
    ("ctrl + z that", False, COMIC, "undo", _goto(0)),
    ("scrap it", False, RIVER, "undo", _goto(0)),
    ("ditch that change", False, SELFIE, "undo", _goto(0)),
    ("go back a step", False, BAND, "undo", _goto(0)),
    ("roll it back", False, SKATE, "undo", _goto(0)),
    ("reverse that", False, NURSERY, "undo", _goto(1)),
    ("nope nope nope undo", False, BARBER, "undo", _goto(0)),
    ("cancel that last change pls", False, DINER, "undo", _goto(0)),
    ("previous version pls", False, CAT, "undo", _goto(0)),
    ("that ruined it, go back", False, LAKE, "undo", _goto(0)),
    ("undo the mustache", False, BARBER, "undo", _goto(0)),
    ("take the stars off again", False, NURSERY, "undo", _goto(1)),
    ("revert the last two", False, NURSERY, "undo", _goto(0)),
    ("undo all three", False, TERRACE, "undo", _goto(0)),
    ("restore the version before", False, GARAGE, "undo", _goto(0)),
    ("please return to before, i don't like", False, COMIC, "undo", _goto(0)),
    ("hmm no, put it back how it was", False, SKATE, "undo", _goto(0)),
    ("yikes. revert", False, SELFIE, "undo", _goto(0)),
    ("go back one step and make the menu red", False, DINER, "correction", _instead(0, "make the menu red")),
    ("nah, undo pls", False, RIVER, "undo", _goto(0)),
    ("ok that was dumb, back", False, BAND, "undo", _goto(0)),
    ("revert revert revert", False, CAT, "undo", _goto(0)),
    ("i want the before back", False, LAKE, "undo", _goto(0)),
)
"""The last edit (or the last few) taken back, in new words."""

NOTHING_TO_AMEND: tuple[Dev, ...] = (
    ("two cats not one", False, UPLOAD, "clarify", ()),
    ("spin again", False, UPLOAD, "clarify", ()),
    ("half as much", False, UPLOAD, "clarify", ()),
    ("nvm revert", False, UPLOAD, "clarify", ()),
    ("smaller!", False, UPLOAD, "clarify", ()),
    ("ugh no. the MUG. not the plate.", False, UPLOAD, "clarify", ()),
    ("lose the last change", False, UPLOAD, "clarify", ()),
    ("you can go further", False, UPLOAD, "clarify", ()),
    ("lose the last two changes", False, BARBER, "clarify", ()),
    ("different take pls", False, UPLOAD, "clarify", ()),
)
"""Corrections, retries and undo with nothing to act on: a question."""

NOT_AMENDS: tuple[Dev, ...] = (
    ("no thanks", False, BARBER, "talk", ()),
    ("hey not bad", False, DINER, "talk", ()),
    ("why did you change the mirror?", False, BARBER, "talk", ()),
    ("why did the table turn red as well?", False, DINER, "talk", ()),
    ("no, that's all for now", False, CAT, "talk", ()),
    ("nope, we're done here", False, LAKE, "talk", ()),
    ("actually I love it", False, GARAGE, "talk", ()),
    ("sorry, my cat walked on the keyboard", False, COMIC, "talk", ()),
    ("wait is that the barber or the customer", False, BARBER, "talk", ()),
    ("no need to undo", False, RIVER, "talk", ()),
    ("can I revert later if I change my mind?", False, SELFIE, "talk", ()),
    ("how many times can i reroll?", False, BAND, "talk", ()),
    ("what does stronger actually do?", False, SKATE, "talk", ()),
    ("not right now, maybe later", False, TERRACE, "talk", ()),
    ("nah, it's perfect", False, NURSERY, "talk", ()),
    ("nothing to fix", False, CAT, "talk", ()),
    ("the mug is fine as is", False, DINER, "talk", ()),
    ("you didn't need to change the water but it looks cool", False, LAKE, "talk", ()),
    ("sorry for the typos lol", False, GARAGE, "talk", ()),
    ("im not native speaker sorry", False, COMIC, "talk", ()),
    ("i meant it as a compliment", False, RIVER, "talk", ()),
    ("was that the right boat?", False, LAKE, "talk", ()),
    ("did it change her eyes too?", False, SELFIE, "talk", ()),
    ("half as much coffee for me today haha", False, DINER, "talk", ()),
    ("two cats would be cute too but this is fine", False, CAT, "talk", ()),
    ("why is the fog a bit blue?", False, RIVER, "talk", ()),
    ("lets not change anything else", False, BAND, "talk", ()),
    ("no more edits pls", False, SKATE, "talk", ()),
    ("stop, it's good", False, TERRACE, "talk", ()),
    ("better than i thought", False, NURSERY, "talk", ()),
    ("not what i pictured but it works", False, BARBER, "talk", ()),
    ("no no, keep it, i was joking", False, DINER, "talk", ()),
    ("sorry, that was for someone else", False, GARAGE, "talk", ()),
    ("why did you pick that kind of mustache?", False, BARBER, "talk", ()),
    ("hm not sure what i want next", False, LAKE, "talk", ()),
    ("the drummer looks so cool now 😎", False, BAND, "talk", ()),
    ("no complaints from me", False, SKATE, "talk", ()),
    ("actually it's way better than the original", False, SELFIE, "talk", ()),
    ("wrong? nah it's right", False, COMIC, "talk", ()),
    ("i was about to say go further but no, its good", False, RIVER, "talk", ()),
    ("is there a way to undo more than one step?", False, TERRACE, "talk", ()),
    ("why did the ceiling get darker?", False, NURSERY, "talk", ()),
    ("no thank you, that's it", False, GARAGE, "talk", ()),
    ("not bad at all tbh", False, CAT, "talk", ()),
    ("why did the mountains change colour?", False, LAKE, "talk", ()),
    ("could you explain why the skin looks blurry?", False, SELFIE, "talk", ()),
    ("haha the mustache 😂", False, BARBER, "talk", ()),
    ("nope, no changes", False, DINER, "talk", ()),
    ("sorry i'm slow today", False, BAND, "talk", ()),
    ("go further? no, i think it's enough", False, RIVER, "talk", ()),
)
"""Turns near corrections, retries and undo that reject nothing: no call."""

NEW_AFTER_GOOD: tuple[Dev, ...] = (
    ("no that's good. now add a rowboat by the dock", False, LAKE, "edit", _edit("add a rowboat by the dock")),
    ("thought it over, paint the dock dark brown", False, LAKE, "edit", _edit("paint the dock dark brown")),
    (
        "sorry one more thing, remove the scissors from the counter",
        False,
        BARBER,
        "edit",
        _edit("remove the scissors from the counter"),
    ),
    ("no wait, also make the napkin yellow", False, DINER, "edit", _edit("make the napkin yellow")),
    ("actually could you blur the background too", False, CAT, "edit", _edit("blur the background")),
    (
        "sorry was on the phone, remove the toolbox on the bench",
        False,
        GARAGE,
        "edit",
        _edit("remove the toolbox on the bench"),
    ),
    ("nope that's right. add speech bubbles", False, COMIC, "edit", _edit("add speech bubbles")),
    ("no, perfect. now add a heron on the bank", False, RIVER, "edit", _edit("add a heron on the bank")),
    ("actually also whiten her teeth", False, SELFIE, "edit", _edit("whiten her teeth")),
    ("not bad! now give the singer a leather jacket", False, BAND, "edit", _edit("give the singer a leather jacket")),
    ("actually, remove the graffiti on the ramp", False, SKATE, "edit", _edit("remove the graffiti on the ramp")),
    ("sorry, now make the tablecloths white", False, TERRACE, "edit", _edit("make the tablecloths white")),
    ("no no it's lovely. paint the walls light blue", False, NURSERY, "edit", _edit("paint the walls light blue")),
    ("ok i decided, make the curtains green", False, CAT, "edit", _edit("make the curtains green")),
    ("nah it's fine, but remove the barber pole", False, BARBER, "edit", _edit("remove the barber pole")),
    ("actually yes, also add a seagull", False, LAKE, "edit", _edit("add a seagull")),
    ("no it's right. now make the amps red", False, BAND, "edit", _edit("make the amps red")),
    ("sorry got distracted, remove the ketchup bottle", False, DINER, "edit", _edit("remove the ketchup bottle")),
    (
        "no changes to that, but add a cloud behind the mountains",
        False,
        LAKE,
        "edit",
        _edit("add a cloud behind the mountains"),
    ),
)
"""New requests after a good result that merely start like a correction: a plain edit on top."""

AMEND2: tuple[Dev, ...] = (
    *OBJECT,
    *ATTRIBUTE,
    *COUNT_SIZE_PLACE,
    *COMPLAINTS,
    *NON_NATIVE,
    *AFTER_SEVERAL,
    *RETRIES,
    *STRENGTH,
    *UNDO,
    *NOTHING_TO_AMEND,
    *NOT_AMENDS,
    *NEW_AFTER_GOOD,
)
"""Every turn whose current round is the latest."""

AMEND2_MOVED: tuple[tuple[int, Dev], ...] = (
    # the ducks, after going back to them (round 1, beside the swans of round 2)
    (1, ("geese, not ducks", False, POND, "correction", _fix("add geese on the pond"))),
    (1, ("two ducks not a whole flock", False, POND, "correction", _fix("add two ducks on the pond"))),
    (1, ("on the grass, not the pond", False, POND, "correction", _fix("add ducks on the grass"))),
    (1, ("spin again", False, POND, "retry", _retry())),
    (1, ("different take pls", False, POND, "retry", _retry())),
    (1, ("you can go further", False, POND, "retry", _retry("stronger"))),
    (1, ("nvm revert", False, POND, "undo", _goto(0))),
    (1, ("no thanks", False, POND, "talk", ())),
    (1, ("why are there ripples now?", False, POND, "talk", ())),
    (1, ("add a heron at the edge", False, POND, "edit", _edit("add a heron at the edge"))),
    (1, ("no that's good, now add lily pads", False, POND, "edit", _edit("add lily pads"))),
    # the attic, back on the rocking chair (round 2)
    (2, ("a wicker chair not a rocking chair", False, ATTIC, "correction", _fix("add a wicker chair"))),
    (2, ("in the corner i meant", False, ATTIC, "correction", _fix("add a rocking chair in the corner"))),
    (2, ("one more go at it", False, ATTIC, "retry", _retry())),
    (2, ("can we not", False, ATTIC, "undo", _goto(1))),
    (2, ("lose the last change", False, ATTIC, "undo", _goto(1))),
    (2, ("why did the window change?", False, ATTIC, "talk", ())),
    (2, ("not bad", False, ATTIC, "talk", ())),
    (2, ("sorry, also add a rug", False, ATTIC, "edit", _edit("add a rug"))),
    # the attic, back on the removed boxes (round 1)
    (1, ("the suitcases, not the boxes", False, ATTIC, "correction", _fix("remove the suitcases"))),
    (1, ("reroll it x", False, ATTIC, "retry", _retry())),
    (1, ("put it back", False, ATTIC, "redo", _goto(2))),
    # the terrace, back on the red parasols (round 2)
    (2, ("green parasols, not red", False, TERRACE, "correction", _fix("make the parasols green"))),
    (2, ("way too strong", False, TERRACE, "retry", _retry("weaker"))),
    (2, ("the awning, not the parasols", False, TERRACE, "correction", _fix("make the awning red"))),
    (2, ("put it back", False, TERRACE, "redo", _goto(3))),
    (2, ("actually i love it", False, TERRACE, "talk", ())),
    # the nursery, back on the white crib (round 1)
    (1, ("the dresser, not the crib", False, NURSERY, "correction", _fix("paint the dresser white"))),
    (1, ("half as much", False, NURSERY, "retry", _retry("weaker"))),
    (0, ("lose the last change", False, NURSERY, "clarify", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def amend2_cases() -> list[EvalCase]:
    """Every turn of this set as an `assistant.evaluation` case (`AMEND2`, then `AMEND2_MOVED`)."""
    return with_moved(AMEND2, "amend2", AMEND2_MOVED, "amend2_moved")
