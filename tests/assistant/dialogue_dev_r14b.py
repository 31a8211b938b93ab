"""A set of chat turns that react to the last edit, for measuring the dialogue model.

Written by hand from what a demanding user would want (the issue's dialogue acts), before the model was
run on it, about photos no other set uses: a greengrocer's stall, a mantelpiece with two candlesticks, a
samovar on a tea table, a bride in a sari, a gondola on a canal, a typewriter on a desk, a bowl of ramen
and a plate of dumplings, a corgi and a dachshund, a yurt on the steppe, a pagoda by a pond, a darts
board in a pub, two toboggans on a hill and a hamster cage. Nearly every turn leans on the edit just made:
corrections of it ("no i meant the pears", "not the left one, the right", "silver not gold!!"), retries
and stronger or weaker ones, follow-up edits whose "it", "them", "its" or missing object is the last
edit's ("make them red", "now its keys", "the right one too"), undo said many ways (complaints included),
and show / compare / status / history turns. Where there is nothing to act on, or the turn really could
mean two things, the expected answer is one short question (act "clarify", no call). Turns are typed the
way people type in a chat box: lowercase, typos, slang, emoji, non-native English, terse fragments.
The cases have the development set's format (`Dev`: turn, photo, state, act, calls) and are judged as
the held-out set is (`as_cases`). `R14B`'s states have their last round current; `R14B_MOVED` holds
turns whose current round (first) is an earlier one, after a goto or an undo.
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
from tests.assistant.dialogue_validation_second import _undo_then

GROCER = ((None, None), (0, "make the apples in the front crate green"))
"""A greengrocer's stall (crates of apples, pears, lemons, plums) with one edit."""
CANDLES = ((None, None), (0, "make the candlestick on the left silver"))
"""A mantelpiece with two brass candlesticks and a clock, one edit."""
SAMOVAR = ((None, None), (0, "make the samovar copper"), (1, "add a plate of blini next to the samovar"))
"""A samovar on a tea table with glasses in holders, two edits."""
SARI = (
    (None, None),
    (0, "make the bride's sari orange"),
    (1, "add marigold garlands around the doorway"),
    (2, "make her bangles gold"),
)
"""A bride in a sari at a doorway, three edits, each on the one before."""
GONDOLA = ((None, None), (0, "paint the gondola red"), (1, "give the gondolier a straw hat"))
"""A gondola with a gondolier and a passenger on a canal, two edits."""
TYPEWRITER = ((None, None), (0, "make the typewriter mint green"))
"""A typewriter on a desk with a mug and a lamp, one edit."""
TYPEWRITER_FIXED = ((None, None), (0, "make the typewriter mint green"), (0, "make the typewriter cherry red"))
"""The typewriter after a correction: round 2 (cherry red) is a sibling of round 1 (mint green)."""
RAMEN = ((None, None), (0, "add a soft boiled egg to the ramen"), (1, "make the chopsticks red"))
"""A bowl of ramen with chopsticks and a spoon, two edits."""
CORGI = ((None, None), (0, "put a red bandana on the corgi"))
"""A corgi and a dachshund on a sofa, one edit."""
YURT = (
    (None, None),
    (0, "make the yurt door blue"),
    (1, "add horses grazing behind the yurt"),
    (2, "make the sky a deep sunset orange"),
    (3, "add smoke coming out of the stovepipe"),
)
"""A big and a small yurt on the steppe, four edits, each on the one before."""
PAGODA = (
    (None, None),
    (0, "make the pagoda roof green"),
    (1, "remove the tourists on the steps"),
    (2, "add koi in the pond"),
)
"""A pagoda by a pond with a bridge and lanterns, three edits, each on the one before."""
DARTS = ((None, None), (0, "put three darts in the bullseye"))
"""A darts board in a pub, one edit."""
TOBOGGAN = ((None, None), (0, "make the toboggan on the left red"), (1, "add snow falling"))
"""Two toboggans on a hill, a little girl on one, two edits."""
HAMSTER = ((None, None), (0, "make the hamster wheel purple"))
"""A hamster cage with a wheel, a little house and a water bottle, one edit."""
RAMEN_DUMPLINGS = (
    (None, None),
    (0, "make the broth darker"),
    (None, None),
    (2, "add steam rising from the dumplings"),
)
"""Two photos in one session: a bowl of ramen (rounds 0-1), then a plate of dumplings (rounds 2-3)."""

AFTER_CORGI = (*CORGI, (None, None))
AFTER_DARTS = (*DARTS, (None, None))
AFTER_GROCER = (*GROCER, (None, None))
AFTER_HAMSTER = (*HAMSTER, (None, None))

CORRECTIONS: tuple[Dev, ...] = (
    # the wrong object: a sibling of the last edit with the object swapped
    (
        "no i meant the pears",
        False,
        GROCER,
        "correction",
        _fix("make the pears green", "make the pears in the front crate green"),
    ),
    (
        "not the front crate, the one at the back",
        False,
        GROCER,
        "correction",
        _fix("make the apples in the back crate green", "make the apples in the crate at the back green"),
    ),
    (
        "wrong fruit 🙈 the lemons",
        False,
        GROCER,
        "correction",
        _fix("make the lemons green", "make the lemons in the front crate green"),
    ),
    (
        "sorry my bad, i ment the plums",
        False,
        GROCER,
        "correction",
        _fix("make the plums green", "make the plums in the front crate green"),
    ),
    (
        "hmm you did the apples but i wanted the crate itself green",
        False,
        GROCER,
        "correction",
        _fix("make the front crate green", "make the crate green"),
    ),
    (
        "nope the other candlestick",
        False,
        CANDLES,
        "correction",
        _fix("make the candlestick on the right silver", "make the other candlestick silver"),
    ),
    ("the one on the right i mean", False, CANDLES, "correction", _fix("make the candlestick on the right silver")),
    (
        "i meant both of them",
        False,
        CANDLES,
        "correction",
        _fix("make both candlesticks silver", "make the candlesticks silver", "make both the candlesticks silver"),
    ),
    ("sorry, the clock not the candlestick", False, CANDLES, "correction", _fix("make the clock silver")),
    ("i meant the tea glasses not the samovar", False, SAMOVAR[:2], "correction", _fix("make the tea glasses copper")),
    ("i said her earrings", False, SARI, "correction", _fix("make her earrings gold")),
    (
        "no the ones on her left wrist only",
        False,
        SARI,
        "correction",
        _fix("make the bangles on her left wrist gold", "make her bangles on her left wrist gold"),
    ),
    (
        "not the bride's, her sister's sari",
        False,
        SARI[:2],
        "correction",
        _fix("make her sister's sari orange", "make the bride's sister's sari orange", "make the sister's sari orange"),
    ),
    ("not the gondolier, the passenger", False, GONDOLA, "correction", _fix("give the passenger a straw hat")),
    (
        "wrong boat, the one tied up at the dock",
        False,
        GONDOLA[:2],
        "correction",
        _fix("paint the boat tied up at the dock red", "paint the gondola tied up at the dock red"),
    ),
    (
        "i meant the mug next to it",
        False,
        TYPEWRITER,
        "correction",
        _fix("make the mug next to the typewriter mint green", "make the mug mint green"),
    ),
    (
        "that's the wrong thing, I wanted the lamp mint green",
        False,
        TYPEWRITER,
        "correction",
        _fix("make the lamp mint green"),
    ),
    ("no the bowl", False, RAMEN, "correction", _fix("make the bowl red")),
    ("i said the spoon not the chopsticks", False, RAMEN, "correction", _fix("make the spoon red")),
    ("the other dog!! the dachshund", False, CORGI, "correction", _fix("put a red bandana on the dachshund")),
    (
        "wrong yurt, i meant the small one's stovepipe",
        False,
        YURT,
        "correction",
        _fix(
            "add smoke coming out of the small yurt's stovepipe",
            "add smoke coming out of the stovepipe of the small yurt",
        ),
    ),
    (
        "i said the gate not the roof",
        False,
        PAGODA[:2],
        "correction",
        _fix("make the pagoda gate green", "make the gate green"),
    ),
    ("i said the treble 20 not the bullseye", False, DARTS, "correction", _fix("put three darts in the treble 20")),
    ("the one on the right", False, TOBOGGAN[:2], "correction", _fix("make the toboggan on the right red")),
    (
        "no, the sled the little girl is on",
        False,
        TOBOGGAN[:2],
        "correction",
        _fix("make the sled the little girl is on red", "make the toboggan the little girl is on red"),
    ),
    ("not the wheel, the hamster house", False, HAMSTER, "correction", _fix("make the hamster house purple")),
    ("i mean the water bottle", False, HAMSTER, "correction", _fix("make the water bottle purple")),
    # the wrong colour or thing: the attribute swapped
    ("yellow not green!", False, GROCER, "correction", _fix("make the apples in the front crate yellow")),
    ("not silver, pewter", False, CANDLES, "correction", _fix("make the candlestick on the left pewter")),
    ("I said gold, not silver", False, CANDLES, "correction", _fix("make the candlestick on the left gold")),
    ("not blini, a plate of cookies", False, SAMOVAR, "correction", _fix("add a plate of cookies next to the samovar")),
    ("i meant pirozhki not blini", False, SAMOVAR, "correction", _fix("add a plate of pirozhki next to the samovar")),
    ("no no a jar of jam", False, SAMOVAR, "correction", _fix("add a jar of jam next to the samovar")),
    (
        "wrong side, put it on the left of the samovar",
        False,
        SAMOVAR,
        "correction",
        _fix("add a plate of blini on the left of the samovar", "add a plate of blini to the left of the samovar"),
    ),
    ("brass, not copper", False, SAMOVAR[:2], "correction", _fix("make the samovar brass")),
    ("silver not gold!!", False, SARI, "correction", _fix("make her bangles silver")),
    ("oops i meant rose gold", False, SARI, "correction", _fix("make her bangles rose gold")),
    ("saffron i said not orange", False, SARI[:2], "correction", _fix("make the bride's sari saffron")),
    ("no a striped shirt, not a hat", False, GONDOLA, "correction", _fix("give the gondolier a striped shirt")),
    ("i meant a boater", False, GONDOLA, "correction", _fix("give the gondolier a boater")),
    ("noo black, gondolas are black lol", False, GONDOLA[:2], "correction", _fix("paint the gondola black")),
    (
        "not mint, sage",
        False,
        TYPEWRITER,
        "correction",
        _fix("make the typewriter sage green", "make the typewriter sage"),
    ),
    ("baby blue i said, not green", False, TYPEWRITER, "correction", _fix("make the typewriter baby blue")),
    ("hmm not cherry either, burgundy", False, TYPEWRITER_FIXED, "correction", _fix("make the typewriter burgundy")),
    ("black instead pls", False, RAMEN, "correction", _fix("make the chopsticks black")),
    ("two eggs not one", False, RAMEN[:2], "correction", _fix("add two soft boiled eggs to the ramen")),
    ("i wanted a fried egg, not soft boiled", False, RAMEN[:2], "correction", _fix("add a fried egg to the ramen")),
    (
        "not a bandana, a bow tie",
        False,
        CORGI,
        "correction",
        _fix("put a red bow tie on the corgi", "put a bow tie on the corgi"),
    ),
    ("noo blue one", False, CORGI, "correction", _fix("put a blue bandana on the corgi")),
    (
        "plaid, i wanted a plaid one",
        False,
        CORGI,
        "correction",
        _fix("put a plaid bandana on the corgi", "put a red plaid bandana on the corgi"),
    ),
    ("not smoke, sparks", False, YURT, "correction", _fix("add sparks coming out of the stovepipe")),
    (
        "pink sunset not orange",
        False,
        YURT[:4],
        "correction",
        _fix("make the sky a deep sunset pink", "make the sky a pink sunset"),
    ),
    ("the door is meant to be red, not blue", False, YURT[:2], "correction", _fix("make the yurt door red")),
    ("not koi, lotus flowers", False, PAGODA, "correction", _fix("add lotus flowers in the pond")),
    ("no i said ducks", False, PAGODA, "correction", _fix("add ducks in the pond")),
    ("two darts not three", False, DARTS, "correction", _fix("put two darts in the bullseye")),
    ("hail not snow lol", False, TOBOGGAN, "correction", _fix("add hail falling")),
    ("lilac instead", False, HAMSTER, "correction", _fix("make the hamster wheel lilac")),
    # "undo that and ... instead": back to the parent, then the corrected edit
    (
        "undo that and make the bandana green instead",
        False,
        CORGI,
        "correction",
        _undo_then(0, "put a green bandana on the corgi"),
    ),
    (
        "scrap that, paint the gondola green instead",
        False,
        GONDOLA[:2],
        "correction",
        _undo_then(0, "paint the gondola green"),
    ),
    (
        "take that back and make the typewriter navy instead",
        False,
        TYPEWRITER,
        "correction",
        _undo_then(0, "make the typewriter navy"),
    ),
    # nothing to correct, or no way to tell what the right one is: one short question
    ("i meant the lemons, sorry", False, UPLOAD, "clarify", ()),
    ("not the left one", False, UPLOAD, "clarify", ()),
    ("actually teal instead", False, UPLOAD, "clarify", ()),
    ("wrong one", False, GROCER, "clarify", ()),
    ("not that colour", False, CANDLES, "clarify", ()),
)
"""Corrections of the last edit: a sibling with the object or the attribute swapped."""

RETRIES: tuple[Dev, ...] = (
    # same instruction, new seed
    ("hmm not quite, again", False, GROCER, "retry", _retry()),
    ("another version pls", False, CANDLES, "retry", _retry()),
    ("not bad but try once more", False, CANDLES, "retry", _retry()),
    ("new seed, same prompt", False, CANDLES, "retry", _retry()),
    ("give me a different one", False, SAMOVAR, "retry", _retry()),
    ("hm not what i pictured. another one?", False, SARI, "retry", _retry()),
    ("please make one more time", False, GONDOLA, "retry", _retry()),
    ("ugh the hat looks pasted on, redo it", False, GONDOLA, "retry", _retry()),
    ("again with other seed please", False, TYPEWRITER_FIXED, "retry", _retry()),
    ("again pls", False, RAMEN, "retry", _retry()),
    ("the egg looks fake, try again", False, RAMEN[:2], "retry", _retry()),
    ("sorry can you regenerate that", False, RAMEN[:2], "retry", _retry()),
    ("one more go?", False, CORGI, "retry", _retry()),
    ("different seed please", False, YURT, "retry", _retry()),
    ("do the horses again, they look weird", False, YURT[:3], "retry", _retry()),
    ("can i see another take on the koi", False, PAGODA, "retry", _retry()),
    ("the koi look like goldfish, try another one", False, PAGODA, "retry", _retry()),
    ("eh, gimme a different variation", False, PAGODA[:3], "retry", _retry()),
    ("reroll plz 🎲", False, DARTS, "retry", _retry()),
    ("lol the darts are floating, give it another shot", False, DARTS, "retry", _retry()),
    ("hmm nah try another one", False, TOBOGGAN[:2], "retry", _retry()),
    ("meh. again?", False, HAMSTER, "retry", _retry()),
    ("try the dumplings one again", False, RAMEN_DUMPLINGS, "retry", _retry()),
    # stronger
    ("do it again but stronger pls, the gold barely shows", False, SARI, "retry", _retry("stronger")),
    ("could be more vivid", False, SARI[:2], "retry", _retry("stronger")),
    ("crank it up a notch", False, SAMOVAR[:2], "retry", _retry("stronger")),
    ("can u make it more obvious", False, CANDLES, "retry", _retry("stronger")),
    ("barely see any difference, go harder", False, HAMSTER, "retry", _retry("stronger")),
    ("more purple!!", False, HAMSTER, "retry", _retry("stronger")),
    ("stronger", False, TOBOGGAN, "retry", _retry("stronger")),
    ("MORE SNOW ❄️❄️", False, TOBOGGAN, "retry", _retry("stronger")),
    ("too subtle, again but stronger", False, PAGODA[:2], "retry", _retry("stronger")),
    ("can you go a bit further with it", False, TYPEWRITER_FIXED, "retry", _retry("stronger")),
    ("dial it up", False, GONDOLA[:2], "retry", _retry("stronger")),
    ("more dramatic", False, YURT[:4], "retry", _retry("stronger")),
    ("make the effect stronger", False, RAMEN, "retry", _retry("stronger")),
    ("the green is so faint i can hardly see it, do it again but more", False, GROCER, "retry", _retry("stronger")),
    # weaker
    ("again but more subtle", False, TYPEWRITER, "retry", _retry("weaker")),
    ("half as strong pls", False, TYPEWRITER, "retry", _retry("weaker")),
    ("a bit less", False, RAMEN, "retry", _retry("weaker")),
    ("way too orange now, dial it back", False, SARI[:2], "retry", _retry("weaker")),
    ("a little softer maybe", False, SARI, "retry", _retry("weaker")),
    ("too much smoke, less", False, YURT, "retry", _retry("weaker")),
    ("hmm the sky is too intense, make it subtler", False, YURT[:4], "retry", _retry("weaker")),
    ("the red is too loud, softer pls", False, GONDOLA[:2], "retry", _retry("weaker")),
    ("one more try but less red", False, GONDOLA[:2], "retry", _retry("weaker")),
    ("lighter touch pls", False, GROCER, "retry", _retry("weaker")),
    ("less intense please, its too much", False, CANDLES, "retry", _retry("weaker")),
    ("just a touch weaker", False, PAGODA[:2], "retry", _retry("weaker")),
    # nothing to retry on this photo: one short question
    ("try again pls", False, UPLOAD, "clarify", ()),
    ("stronger pls", False, UPLOAD, "clarify", ()),
    ("give me another version", False, AFTER_CORGI, "clarify", ()),
)
"""Retries of the last edit: a new seed, or the text guidance raised or lowered."""

FOLLOWUPS: tuple[Dev, ...] = (
    # "it" / "them" / "its": the last edit's object
    ("make them red", False, GROCER, "edit", _edit("make the apples in the front crate red", "make the apples red")),
    (
        "make them shinier",
        False,
        GROCER,
        "edit",
        _edit("make the apples in the front crate shinier", "make the apples shinier"),
    ),
    ("make it taller", False, CANDLES, "edit", _edit("make the candlestick on the left taller")),
    ("now put lit candles in them", False, CANDLES, "edit", _edit("put lit candles in the candlesticks")),
    ("put some sour cream on them", False, SAMOVAR, "edit", _edit("put some sour cream on the blini")),
    ("now its tap", False, SAMOVAR[:2], "edit", _edit("make the samovar's tap copper", "make the samovar tap copper")),
    ("make them thicker", False, SARI, "edit", _edit("make her bangles thicker", "make the bangles thicker")),
    (
        "add some embroidery on it",
        False,
        SARI[:2],
        "edit",
        _edit("add some embroidery on the bride's sari", "add some embroidery on the sari"),
    ),
    (
        "make them brighter",
        False,
        SARI[:3],
        "edit",
        _edit("make the marigold garlands brighter", "make the garlands brighter"),
    ),
    (
        "put a red ribbon on it",
        False,
        GONDOLA,
        "edit",
        _edit("put a red ribbon on the straw hat", "put a red ribbon on the gondolier's straw hat"),
    ),
    (
        "make it wider",
        False,
        GONDOLA,
        "edit",
        _edit("make the straw hat wider", "make the gondolier's straw hat wider"),
    ),
    (
        "now its keys",
        False,
        TYPEWRITER,
        "edit",
        _edit("make the typewriter's keys mint green", "make the typewriter keys mint green"),
    ),
    ("make it look old and rusty", False, TYPEWRITER, "edit", _edit("make the typewriter look old and rusty")),
    (
        "the paper in it should say dear diary",
        False,
        TYPEWRITER,
        "edit",
        _edit("make the paper in the typewriter say dear diary"),
    ),
    (
        "now its ribbon",
        False,
        TYPEWRITER_FIXED,
        "edit",
        _edit("make the typewriter's ribbon cherry red", "make the typewriter ribbon cherry red"),
    ),
    ("make them longer", False, RAMEN, "edit", _edit("make the chopsticks longer")),
    (
        "cut it in half so you can see the yolk",
        False,
        RAMEN[:2],
        "edit",
        _edit("cut the soft boiled egg in half so you can see the yolk", "cut the egg in half so you can see the yolk"),
    ),
    (
        "add a second one",
        False,
        RAMEN[:2],
        "edit",
        _edit("add a second soft boiled egg to the ramen", "add a second soft boiled egg"),
    ),
    ("make it bigger", False, CORGI, "edit", _edit("make the red bandana bigger", "make the bandana bigger")),
    ("now give him sunglasses", False, CORGI, "edit", _edit("give the corgi sunglasses", "give him sunglasses")),
    (
        "make them gallop",
        False,
        YURT[:3],
        "edit",
        _edit("make the horses gallop", "make the horses grazing behind the yurt gallop"),
    ),
    ("make it thicker and blacker", False, YURT, "edit", _edit("make the smoke thicker and blacker")),
    ("make them orange and white", False, PAGODA, "edit", _edit("make the koi orange and white")),
    ("make them yellow", False, DARTS, "edit", _edit("make the darts yellow")),
    (
        "and its rope",
        False,
        TOBOGGAN[:2],
        "edit",
        _edit(
            "make the rope of the toboggan on the left red",
            "make the left toboggan's rope red",
            "make the toboggan's rope red",
        ),
    ),
    ("make it spin", False, HAMSTER, "edit", _edit("make the hamster wheel spin")),
    (
        "now its stand",
        False,
        HAMSTER,
        "edit",
        _edit("make the hamster wheel's stand purple", "make the hamster wheel stand purple"),
    ),
    ("make them crispier", False, RAMEN_DUMPLINGS, "edit", _edit("make the dumplings crispier")),
    # "the X too" / "same for the X": the same change on another object
    (
        "and the pears too",
        False,
        GROCER,
        "edit",
        _edit("make the pears green", "make the pears in the front crate green"),
    ),
    ("same for the back crate", False, GROCER, "edit", _edit("make the apples in the back crate green")),
    ("the right one too", False, CANDLES, "edit", _edit("make the candlestick on the right silver")),
    ("and the clock", False, CANDLES, "edit", _edit("make the clock silver")),
    ("the tray under it too", False, SAMOVAR[:2], "edit", _edit("make the tray under the samovar copper")),
    ("her earrings too", False, SARI, "edit", _edit("make her earrings gold")),
    ("the groom's buttons as well", False, SARI, "edit", _edit("make the groom's buttons gold")),
    (
        "and the dupatta too",
        False,
        SARI[:2],
        "edit",
        _edit("make the dupatta orange", "make the bride's dupatta orange"),
    ),
    (
        "hang some on the window as well",
        False,
        SARI[:3],
        "edit",
        _edit(
            "hang some marigold garlands on the window",
            "hang marigold garlands on the window",
            "add marigold garlands around the window",
        ),
    ),
    ("give the passenger one too", False, GONDOLA, "edit", _edit("give the passenger a straw hat")),
    ("and the oar", False, GONDOLA[:2], "edit", _edit("paint the oar red")),
    ("the mooring poles as well pls", False, GONDOLA[:2], "edit", _edit("paint the mooring poles red")),
    ("and the chair", False, TYPEWRITER_FIXED, "edit", _edit("make the chair cherry red")),
    ("now the bowl", False, RAMEN, "edit", _edit("make the bowl red")),
    ("put one on the dachshund too", False, CORGI, "edit", _edit("put a red bandana on the dachshund")),
    (
        "and the door of the small one too",
        False,
        YURT[:2],
        "edit",
        _edit("make the door of the small yurt blue", "make the small yurt's door blue"),
    ),
    ("same with the bridge", False, PAGODA[:2], "edit", _edit("make the bridge green")),
    ("and the lanterns", False, PAGODA[:2], "edit", _edit("make the lanterns green")),
    ("the people on the bridge too", False, PAGODA[:3], "edit", _edit("remove the people on the bridge")),
    (
        "one in the double top too",
        False,
        DARTS,
        "edit",
        _edit("put a dart in the double top", "put one dart in the double top"),
    ),
    ("the one on the right too", False, TOBOGGAN[:2], "edit", _edit("make the toboggan on the right red")),
    ("the water bottle too", False, HAMSTER, "edit", _edit("make the water bottle purple")),
    # a new photo: "same thing for this one", or only a caption
    ("same for this one pls 🐶", True, AFTER_CORGI, "edit", _edit("put a red bandana on the corgi")),
    ("this one too but blue", True, AFTER_CORGI, "edit", _edit("put a blue bandana on the corgi")),
    ("do the same here", True, AFTER_DARTS, "edit", _edit("put three darts in the bullseye")),
    (
        "here's the other stall, same thing",
        True,
        AFTER_GROCER,
        "edit",
        _edit("make the apples in the front crate green"),
    ),
    ("same again but lilac", True, AFTER_HAMSTER, "edit", _edit("make the hamster wheel lilac")),
    ("my grandpa's dachshund waldo 🐾", True, AFTER_CORGI, "caption", ()),
    ("and this is the board at my local", True, AFTER_DARTS, "caption", ()),
    # no earlier edit to lean on, or no way to tell which: one short question
    ("the pears as well", False, UPLOAD, "clarify", ()),
    ("do the same to the other one", False, SARI, "clarify", ()),
)
"""Follow-up edits whose object or change comes from the last edit, and "same thing" on a new photo."""

UNDO: tuple[Dev, ...] = (
    # one step back, said every way (complaints included)
    ("nope", False, GROCER, "undo", _goto(0)),
    ("put it back the way it was", False, GROCER, "undo", _goto(0)),
    ("ugh that's awful", False, CANDLES, "undo", _goto(0)),
    ("cmd z", False, CANDLES, "undo", _goto(0)),
    ("revert", False, SAMOVAR, "undo", _goto(1)),
    ("the blini look gross, undo", False, SAMOVAR, "undo", _goto(1)),
    ("cancel that edit", False, SAMOVAR[:2], "undo", _goto(0)),
    ("take that back", False, SARI, "undo", _goto(2)),
    ("back one", False, SARI, "undo", _goto(2)),
    ("get rid of what you just did", False, SARI[:3], "undo", _goto(1)),
    ("wait no, i want the original colour back", False, SARI[:2], "undo", _goto(0)),
    ("i liked it better before", False, GONDOLA, "undo", _goto(1)),
    ("ugh the straw hat looks so fake, take it off", False, GONDOLA, "undo", _goto(1)),
    ("that is not good, please return to before", False, GONDOLA[:2], "undo", _goto(0)),
    ("ctrl z lol", False, TYPEWRITER, "undo", _goto(0)),
    ("nah undo", False, RAMEN, "undo", _goto(1)),
    ("uhh no thanks, undo", False, RAMEN[:2], "undo", _goto(0)),
    ("eww revert revert", False, CORGI, "undo", _goto(0)),
    ("no no go back", False, YURT, "undo", _goto(3)),
    ("go back a step", False, YURT[:3], "undo", _goto(1)),
    ("that ruined it, undo pls", False, PAGODA, "undo", _goto(2)),
    ("actually forget the koi", False, PAGODA, "undo", _goto(2)),
    ("remove the last change", False, PAGODA[:3], "undo", _goto(1)),
    ("scrap that last one", False, DARTS, "undo", _goto(0)),
    ("ok that's terrible 😂 undo", False, DARTS, "undo", _goto(0)),
    ("i hate it 😩 put it back", False, TOBOGGAN, "undo", _goto(1)),
    ("lets not do the snow", False, TOBOGGAN, "undo", _goto(1)),
    ("didnt like that. revert pls", False, TOBOGGAN[:2], "undo", _goto(0)),
    ("can you reverse that", False, HAMSTER, "undo", _goto(0)),
    ("undo the steam", False, RAMEN_DUMPLINGS, "undo", _goto(2)),
    # several steps back
    ("undo twice", False, YURT, "undo", _goto(2)),
    ("undo the last 3", False, YURT, "undo", _goto(1)),
    ("undo both", False, RAMEN, "undo", _goto(0)),
    ("undo everything", False, PAGODA, "undo", _goto(0)),
    # back to the rejected version after a correction, named
    ("ugh the mint one was nicer, go back to that", False, TYPEWRITER_FIXED, "goto", _goto(1)),
    # nothing to undo: one short question
    ("undo pls", False, UPLOAD, "clarify", ()),
    ("take it back", False, UPLOAD, "clarify", ()),
)
"""Undo of the last edit (a revert to its parent), one or several steps."""

LOOK: tuple[Dev, ...] = (
    # show
    ("show me round 2", False, YURT, "show", _show(2)),
    ("can i see the one with just the blue door", False, YURT, "show", _show(1)),
    ("lemme see the og", False, PAGODA, "show", _show(0)),
    ("show the version before the koi", False, PAGODA, "show", _show(2)),
    ("show me the version where you removed the tourists", False, PAGODA, "show", _show(2)),
    ("pull up the mint one", False, TYPEWRITER_FIXED, "show", _show(1)),
    ("show me the dumplings before you touched them", False, RAMEN_DUMPLINGS, "show", _show(2)),
    ("what did it look like two steps ago", False, SARI, "show", _show(1)),
    ("pull up version 3", False, SARI, "show", _show(3)),
    ("show me rnd 1", False, SAMOVAR, "show", _show(1)),
    ("display the first edit", False, GONDOLA, "show", _show(1)),
    ("show the original photo one more time", False, TOBOGGAN, "show", _show(0)),
    # compare
    ("compare the first and last", False, GROCER, "compare", _compare(0, 1)),
    ("compare the first and last versions", False, YURT, "compare", _compare(0, 4)),
    ("side by side of 1 and 3", False, PAGODA, "compare", _compare(1, 3)),
    ("before and after pls", False, CORGI, "compare", _compare(0, 1)),
    ("before/after?", False, HAMSTER, "compare", _compare(0, 1)),
    ("compare the mint one and the cherry one", False, TYPEWRITER_FIXED, "compare", _compare(1, 2)),
    ("put the original next to this one", False, SARI, "compare", _compare(0, 3)),
    ("r2 vs r3", False, SARI, "compare", _compare(2, 3)),
    ("how does it look vs before the smoke", False, YURT, "compare", _compare(3, 4)),
    ("compare with the previous one", False, GONDOLA, "compare", _compare(1, 2)),
    ("show the ramen before and after", False, RAMEN_DUMPLINGS, "compare", _compare(0, 1)),
    ("side by side w the original pls", False, DARTS, "compare", _compare(0, 1)),
    ("compare the red toboggan one and now", False, TOBOGGAN, "compare", _compare(1, 2)),
    (
        "can you show the copper only version and the blini one next to each other",
        False,
        SAMOVAR,
        "compare",
        _compare(1, 2),
    ),
    ("compare 0 and 2", False, RAMEN, "compare", _compare(0, 2)),
    # status
    ("what did you change exactly", False, HAMSTER, "status", STATUS),
    ("where are we", False, YURT, "status", STATUS),
    ("what round is this", False, PAGODA, "status", STATUS),
    ("wait which version am i looking at", False, TYPEWRITER_FIXED, "status", STATUS),
    ("remind me what the last edit was", False, SARI, "status", STATUS),
    ("did you change anything?", False, CANDLES, "status", STATUS),
    ("what did u just do to the samovar", False, SAMOVAR, "status", STATUS),
    ("how many rounds we at", False, GONDOLA, "status", STATUS),
    ("is this still the original", False, UPLOAD, "status", STATUS),
    # history
    ("list everything we did", False, YURT, "history", HISTORY),
    ("what have we done so far", False, PAGODA, "history", HISTORY),
    ("recap of all the edits pls", False, SARI, "history", HISTORY),
    ("give me the full history", False, TYPEWRITER_FIXED, "history", HISTORY),
    ("what were all the changes on the ramen and the dumplings", False, RAMEN_DUMPLINGS, "history", HISTORY),
    ("list the versions", False, TOBOGGAN, "history", HISTORY),
    ("can you tell me every step we took", False, GONDOLA, "history", HISTORY),
    # impossible references: a plain answer, no call
    ("show round 5", False, YURT, "clarify", ()),
    ("compare round 1 with round 4", False, PAGODA, "clarify", ()),
    ("show me the version with the camel", False, YURT, "clarify", ()),
    ("compare before the fireworks and now", False, SAMOVAR, "clarify", ()),
    ("show me the third edit", False, CORGI, "clarify", ()),
)
"""Show, compare, status and history, with a few impossible references."""

R14B: tuple[Dev, ...] = (*CORRECTIONS, *RETRIES, *FOLLOWUPS, *UNDO, *LOOK)
"""Every turn whose state has its last round current."""

R14B_MOVED: tuple[tuple[int, Dev], ...] = (
    (2, ("ok redo that", False, YURT, "redo", _goto(3))),
    (2, ("redo everything i undid", False, YURT, "redo", _goto(4))),
    (2, ("undo one more time", False, YURT, "undo", _goto(1))),
    (2, ("compare where i am now with the latest one", False, YURT, "compare", _compare(2, 4))),
    (2, ("where am i now lol", False, YURT, "status", STATUS)),
    (2, ("show me the newest one", False, YURT, "show", _show(4))),
    (2, ("add a camel next to the horses", False, YURT, "edit", _edit("add a camel next to the horses"))),
    (1, ("bring the koi back", False, PAGODA, "goto", _goto(3))),
    (1, ("redo pls", False, PAGODA, "redo", _goto(2))),
    (1, ("what have we got so far", False, PAGODA, "history", HISTORY)),
    (0, ("redo the sari", False, SARI, "redo", _goto(1))),
    (0, ("which round is this now", False, SARI, "status", STATUS)),
    (0, ("make the door frame white", False, SARI, "edit", _edit("make the door frame white"))),
    (1, ("bring the snow back", False, TOBOGGAN, "redo", _goto(2))),
    (1, ("undo once more", False, TOBOGGAN, "undo", _goto(0))),
    (1, ("put the hat back", False, GONDOLA, "redo", _goto(2))),
    (1, ("side by side with the hat version", False, GONDOLA, "compare", _compare(1, 2))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r14b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R14B`, then the moved ones)."""
    return with_moved(R14B, "r14b", R14B_MOVED, "r14b_moved")
