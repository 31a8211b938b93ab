"""Round 25, set a: where one short clarifying question is right, beside the same vague-sounding words that act.

Written by hand from what a demanding user wants (issue 10's "not sure -> one short clarifying question,
nothing stored" and "an edit is made only when the turn asks for one"), before the dialogue model was run
on any of it, about photos no other set uses: a jeepney in a Manila street, a lowrider at a car show, a
coracle on a river, an outrigger canoe race, a snowcat grooming a ski slope, a white stupa with prayer
flags, a row of moai statues, a dolmen in a misty field, a tagine on coals, a Russian banya, pysanky eggs
being painted, a grape stomping festival, a sepak takraw match, a paddle steamer on a river and a floating
market with sampans. Sessions have 0 to 4 edits, one with the last edit tried twice, some with the
current round an older one.

Five families, in new wordings typed as people type in a chat box (lowercase, typos, slang, emoji,
run-ons, non-native English, polite padding, terse fragments, a few in capitals): which thing ("the tall
one", "that guy", "it" after two edits of two things, "make them match" with nothing before); what change
(a thing with no change, a change with no thing before any edit, wishes that name no change); turns cut
off or garbled; session words whose target is missing or unclear (undo on the upload, redo with nothing
undone, "compare them" among five rounds, "the one before" when the current round is a second try); and
compare in new wordings. About a quarter of each family are near misses whose right answer is an act in
the same vague-sounding words: "it" or "that guy" after an edit that named one thing, "no, the bigger one"
as a correction, a thing of which the photo has several ("make the sheep black"), "bluer" and "purple"
after a recolouring, undo after an edit, "compare them" with only two rounds, show and goto beside
compare. The cases have the development set's format (`Dev`: turn, photo, state, act, calls); `MOVED`
holds turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
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

JEEPNEY = ((None, None), (0, "paint the jeepney's hood pink"), (1, "make the driver's cap yellow"))
"""A jeepney in a Manila street (chrome horses, a route sign, passengers) with two edits of two things."""
LOWRIDER = ((None, None), (0, "make the front hubcap gold"))
"""A lowrider at a car show (candy paint, chrome hubcaps, a girl leaning on the door) with one edit."""
CORACLE = ((None, None), (0, "add a fisherman in the coracle"))
"""A round coracle on a river with reeds and a net, with a fisherman added."""
OUTRIGGER = ((None, None), (0, "make the canoe hull red"), (0, "make the canoe hull red"))
"""An outrigger canoe race: the red hull tried twice, both from the original; the second try is current."""
SNOWCAT = (
    (None, None),
    (0, "turn on the snowcat's headlights"),
    (1, "add falling snow"),
    (2, "make the sky deep violet"),
    (3, "add a chairlift in the background"),
)
"""A snowcat grooming a ski slope at dusk with four edits, each on the one before."""
STUPA = ((None, None), (0, "add more prayer flags"), (1, "make the stupa's dome gold"))
"""A white stupa with prayer flags and pigeons, with two edits."""
MOAI = ((None, None),)
"""A row of moai statues of different heights on a grassy slope, just uploaded."""
MOAI_HAT = ((None, None), (0, "put a red hat on the tallest moai"))
"""The moai with one edit: a red hat on the tallest one."""
DOLMEN = ((None, None), (0, "add sheep around the dolmen"), (1, "make the fog thicker"))
"""A dolmen in a misty field with two edits: sheep added, thicker fog."""
TAGINE = ((None, None), (0, "make the tagine lid turquoise"))
"""A tagine on coals beside flatbread and spice bowls, with one edit."""
BANYA = (
    (None, None),
    (0, "add more steam"),
    (1, "make the lamp glow orange"),
    (2, "add a birch venik on the bench"),
    (3, "make the wooden walls darker"),
)
"""A Russian banya (benches, a bucket, a lamp, wooden walls) with four edits, each on the one before."""
PYSANKY = ((None, None), (0, "make the egg in the middle red"), (1, "add gold dots on the blue egg"))
"""Pysanky eggs being painted (a row of eggs, a candle, dye jars) with two edits of two eggs."""
PYSANKY_RED = PYSANKY[:2]
"""The pysanky eggs with only the red egg edit."""
GRAPE = ((None, None), (0, "make the stomper's skirt blue"))
"""A grape stomping festival (a woman in a barrel with a sash, crates of grapes, a crowd) with one edit."""
TAKRAW = ((None, None), (0, "make the ball orange"), (1, "add a crowd behind the net"))
"""A sepak takraw match (players kicking a rattan ball over a net) with two edits."""
STEAMER = (
    (None, None),
    (0, "make the paddle wheel red"),
    (1, "add smoke from the smokestacks"),
    (2, "make the river golden"),
)
"""A paddle steamer on a wide river with three edits, each on the one before."""
SAMPAN = ((None, None),)
"""A floating market, several sampans loaded with fruit and their vendors, just uploaded."""
TAGINE_THEN_PHOTO = (*TAGINE, (None, None))
"""The tagine session with a second photo (another tagine) uploaded and not edited yet."""
MOAI_HAT_THEN_PHOTO = (*MOAI_HAT, (None, None))
"""The moai session with a second photo uploaded and not edited yet."""

WHICH_THING: tuple[Dev, ...] = (
    # a turn that points at one of several things with nothing to resolve it
    ("make the tall one shorter pls", False, MOAI, "clarify", ()),
    ("the one on the left needs sunglasses lol", False, MOAI, "clarify", ()),
    ("can u make the bigger one darker", False, MOAI, "clarify", ()),
    ("turn the small one around", False, MOAI, "clarify", ()),
    ("swap this one with that one", False, MOAI, "clarify", ()),
    ("the middle one... idk, brighter?", False, MOAI, "clarify", ()),
    ("the big one and the small one, switch them", False, MOAI, "clarify", ()),
    ("that one, the one i said", False, MOAI, "clarify", ()),
    ("Make The Short One Glow", False, MOAI, "clarify", ()),
    ("the one in the back looks weird, fix", False, SAMPAN, "clarify", ()),
    ("make that guy wave", False, SAMPAN, "clarify", ()),
    ("remove that one pls", False, SAMPAN, "clarify", ()),
    ("the second one from the right, can it be greener", False, SAMPAN, "clarify", ()),
    ("whichever one is closest, make it pop", False, SAMPAN, "clarify", ()),
    ("make the farther one blurrier", False, SAMPAN, "clarify", ()),
    ("idk which one but one of them has to go", False, SAMPAN, "clarify", ()),
    ("the other thing, make it red", False, UPLOAD, "clarify", ()),
    ("that one there → gold", False, UPLOAD, "clarify", ()),
    ("the left one. bigger.", False, UPLOAD, "clarify", ()),
    ("can the middle one be yellow", False, UPLOAD, "clarify", ()),
    ("delete the small thing near the edge", False, UPLOAD, "clarify", ()),
    ("this one is too big", False, UPLOAD, "clarify", ()),
    ("that one should be the same colour as the other", False, UPLOAD, "clarify", ()),
    ("THE LEFT ONE!!", False, UPLOAD, "clarify", ()),
    ("the one with the hat", False, UPLOAD, "clarify", ()),
    ("give that one a flower crown", False, UPLOAD, "clarify", ()),
    ("the one near the bread, make it bigger", False, UPLOAD, "clarify", ()),
    ("both of them, but different colours", False, UPLOAD, "clarify", ()),
    ("do the other one too", False, UPLOAD, "clarify", ()),
    # "make them match" with nothing before it
    ("make them match each other", False, SAMPAN, "clarify", ()),
    ("can you make em all match pls", False, MOAI, "clarify", ()),
    ("make those two match 🙏", False, UPLOAD, "clarify", ()),
    # "it" after two edits of two things; "the other one" among several
    ("make it a little darker", False, JEEPNEY, "clarify", ()),
    ("can u add stars on it", False, JEEPNEY, "clarify", ()),
    ("make them the same", False, JEEPNEY, "clarify", ()),
    ("make it a bit smaller", False, PYSANKY, "clarify", ()),
    ("rotate it a little", False, PYSANKY, "clarify", ()),
    ("ok now the other one pls", False, PYSANKY, "clarify", ()),
    ("nope not that one, the other 1", False, PYSANKY_RED, "clarify", ()),
    # pointers that the edits so far do not resolve
    ("make that guy smile", False, TAKRAW, "clarify", ()),
    ("the tall one should jump higher", False, TAKRAW, "clarify", ()),
    ("the tall one needs to go", True, UPLOAD, "clarify", ()),
    ("make em match", True, UPLOAD, "clarify", ()),
    # near misses: the thing is named, or one edit resolves the pointer, or several of a kind all change
    ("make the tallest moai wear sunglasses", False, MOAI, "edit", _edit("make the tallest moai wear sunglasses")),
    ("pls put moss on the moai on the far left", False, MOAI, "edit", _edit("put moss on the moai on the far left")),
    ("make the left moai a bit taller", False, MOAI, "edit", _edit("make the left moai a bit taller")),
    ("make all the statues look older", False, MOAI, "edit", _edit("make all the statues look older")),
    ("make the two sampans match", False, SAMPAN, "edit", _edit("make the two sampans match")),
    (
        "give the vendor in the front boat a straw hat",
        False,
        SAMPAN,
        "edit",
        _edit("give the vendor in the front boat a straw hat"),
    ),
    (
        "make it super shiny",
        False,
        LOWRIDER,
        "edit",
        _edit("make the front hubcap super shiny", "make the hubcap super shiny"),
    ),
    ("the back one too", False, LOWRIDER, "edit", _edit("make the back hubcap gold")),
    ("make them black", False, DOLMEN, "edit", _edit("make the sheep black")),
    ("make the biggest sheep black", False, DOLMEN, "edit", _edit("make the biggest sheep black")),
    ("make every sheep face the camera", False, DOLMEN, "edit", _edit("make every sheep face the camera")),
    (
        "make that guy wave at the camera",
        False,
        CORACLE,
        "edit",
        _edit("make the fisherman wave at the camera"),
    ),
    ("make the hood shinier", False, JEEPNEY, "edit", _edit("make the hood shinier")),
    ("add stars on the cap", False, JEEPNEY, "edit", _edit("add stars on the cap")),
    (
        "make the pink hood match the yellow cap",
        False,
        JEEPNEY,
        "edit",
        _edit("make the pink hood match the yellow cap"),
    ),
    (
        "no, the bigger one",
        False,
        PYSANKY_RED,
        "correction",
        _fix("make the bigger egg red", "make the bigger one red"),
    ),
    (
        "not that one, the one on the left",
        False,
        PYSANKY_RED,
        "correction",
        _fix("make the egg on the left red", "make the one on the left red"),
    ),
    ("the one on the left is my grandpa btw", False, SAMPAN, "talk", ()),
    ("here are the moai from the other side", True, MOAI_HAT_THEN_PHOTO, "caption", ()),
)
"""Family 1: which thing? Pointers at one of several with nothing to resolve them, and near misses."""

WHAT_CHANGE: tuple[Dev, ...] = (
    # a thing with no change
    ("the hood...", False, UPLOAD, "clarify", ()),
    ("about the smokestacks", False, UPLOAD, "clarify", ()),
    ("so the sky?", False, UPLOAD, "clarify", ()),
    ("hmm the dome", False, UPLOAD, "clarify", ()),
    ("the crates of grapes", False, UPLOAD, "clarify", ()),
    ("ok so the reeds", False, UPLOAD, "clarify", ()),
    ("Re: the net", False, UPLOAD, "clarify", ()),
    ("the candle tho", False, UPLOAD, "clarify", ()),
    ("regarding the paddle wheel", False, UPLOAD, "clarify", ()),
    ("the chrome horses!!", False, UPLOAD, "clarify", ()),
    ("the flags", False, UPLOAD, "clarify", ()),
    ("the river... hmm", False, STEAMER, "clarify", ()),
    ("what about the pigeons", False, STUPA, "clarify", ()),
    ("the reeds, hmm", False, CORACLE, "clarify", ()),
    ("the sky on this one", True, TAGINE_THEN_PHOTO, "clarify", ()),
    # a change with no thing before any edit
    ("darker??", False, UPLOAD, "clarify", ()),
    ("a bit darker maybe", False, UPLOAD, "clarify", ()),
    ("blue pls", False, UPLOAD, "clarify", ()),
    ("teal maybe??", False, UPLOAD, "clarify", ()),
    ("BIGGER!", False, UPLOAD, "clarify", ()),
    ("smaller plsss", False, UPLOAD, "clarify", ()),
    ("shinier", False, UPLOAD, "clarify", ()),
    ("red or something", False, UPLOAD, "clarify", ()),
    ("moar!!", False, UPLOAD, "clarify", ()),
    ("softer i think", False, UPLOAD, "clarify", ()),
    ("darker?", True, UPLOAD, "clarify", ()),
    # wishes that name no change
    ("make it look expensive af", False, UPLOAD, "clarify", ()),
    ("make it look pro pls", False, UPLOAD, "clarify", ()),
    ("fix the vibes pls its giving sad", False, UPLOAD, "clarify", ()),
    ("work ur magic on this one", False, UPLOAD, "clarify", ()),
    ("idk u choose", False, UPLOAD, "clarify", ()),
    ("dealers choice 😎", False, UPLOAD, "clarify", ()),
    ("make it worthy of my feed", False, UPLOAD, "clarify", ()),
    ("can u make it nicer for my mum", False, UPLOAD, "clarify", ()),
    ("more wow pls", False, UPLOAD, "clarify", ()),
    ("make it cooler somehow", False, UPLOAD, "clarify", ()),
    ("improve the jeepney pic", False, UPLOAD, "clarify", ()),
    ("make the steamer look grander", False, UPLOAD, "clarify", ()),
    ("i want it to feel cozier but idk how", False, UPLOAD, "clarify", ()),
    ("just do whatever you think is best", False, UPLOAD, "clarify", ()),
    ("JUST MAKE IT LOOK GOOD", False, UPLOAD, "clarify", ()),
    ("something is missing here, add what u think fits", False, UPLOAD, "clarify", ()),
    ("can u make this look a bit nicer", True, UPLOAD, "clarify", ()),
    ("still not right, make it nicer", False, STUPA, "clarify", ()),
    ("hmm fix the vibe now", False, DOLMEN, "clarify", ()),
    ("make it more instagrammable", False, BANYA, "clarify", ()),
    ("ok now something else cool", False, LOWRIDER, "clarify", ()),
    ("dunno, surprise me", False, TAKRAW, "clarify", ()),
    # near misses: a thing and a change, a change of the whole photo, a change after the edit it continues
    ("can u make it darker", False, UPLOAD, "edit", _edit("make it darker", "make the photo darker")),
    ("make the hood darker", False, UPLOAD, "edit", _edit("make the hood darker")),
    (
        "the sky should look stormier",
        False,
        UPLOAD,
        "edit",
        _edit("make the sky look stormier", "make the sky stormier", "the sky should look stormier"),
    ),
    ("about the smokestacks, can you make them taller", False, UPLOAD, "edit", _edit("make the smokestacks taller")),
    ("the dome... gold pls", False, UPLOAD, "edit", _edit("make the dome gold")),
    (
        "give it a vintage 70s film look",
        False,
        UPLOAD,
        "edit",
        _edit("give it a vintage 70s film look", "give the photo a vintage 70s film look"),
    ),
    (
        "make the whole thing black and white pls",
        False,
        UPLOAD,
        "edit",
        _edit("make the whole thing black and white", "make the photo black and white", "make it black and white"),
    ),
    (
        "bump the contrast up a bit",
        False,
        UPLOAD,
        "edit",
        _edit("bump the contrast up a bit", "bump up the contrast a bit", "increase the contrast a bit"),
    ),
    (
        "make it look like it was shot at golden hour",
        False,
        UPLOAD,
        "edit",
        _edit("make it look like it was shot at golden hour"),
    ),
    ("darker still!!", False, BANYA, "retry", _retry("stronger")),
    ("even thicker", False, DOLMEN, "retry", _retry("stronger")),
    ("blue pls", False, TAGINE, "correction", _fix("make the tagine lid blue")),
    ("turquoise is wrong, coral", False, TAGINE, "correction", _fix("make the tagine lid coral")),
    ("make the venik bigger", False, BANYA, "edit", _edit("make the venik bigger", "make the birch venik bigger")),
    ("love it, leave it like that", False, STUPA, "talk", ()),
    ("the crowd looks great now", False, TAKRAW, "talk", ()),
    ("here's our jeepney ride lol", True, UPLOAD, "caption", ()),
    ("same thing for this one too pls", True, TAGINE_THEN_PHOTO, "edit", _edit("make the tagine lid turquoise")),
)
"""Family 2: what change? Things with no change, changes with no thing, wishes, and near misses."""

CUT_OFF: tuple[Dev, ...] = (
    # turns that break off or are garbled
    ("could u pls make the", False, UPLOAD, "clarify", ()),
    ("remove", False, UPLOAD, "clarify", ()),
    ("add a", False, UPLOAD, "clarify", ()),
    ("add some uh", False, UPLOAD, "clarify", ()),
    ("pls change the", False, UPLOAD, "clarify", ()),
    ("change the colour of the uhh", False, UPLOAD, "clarify", ()),
    ("asdfjkl", False, UPLOAD, "clarify", ()),
    ("qwertyuiop", False, UPLOAD, "clarify", ()),
    ("??", False, UPLOAD, "clarify", ()),
    (".", False, UPLOAD, "clarify", ()),
    ("the", False, UPLOAD, "clarify", ()),
    ("make", False, UPLOAD, "clarify", ()),
    ("mmmm", False, UPLOAD, "clarify", ()),
    ("i'd like to", False, UPLOAD, "clarify", ()),
    ("k so first", False, UPLOAD, "clarify", ()),
    ("so i was thinking maybe we could", False, UPLOAD, "clarify", ()),
    ("make the water more", False, UPLOAD, "clarify", ()),
    ("PLS ADD A", False, UPLOAD, "clarify", ()),
    ("cn u mke th", False, UPLOAD, "clarify", ()),
    ("ok pls make the", True, UPLOAD, "clarify", ()),
    ("i want the moai to", False, MOAI, "clarify", ()),
    ("put a uh", False, SAMPAN, "clarify", ()),
    ("and then", False, STUPA, "clarify", ()),
    ("???", False, STUPA, "clarify", ()),
    ("...", False, TAGINE, "clarify", ()),
    ("yeah but the", False, TAGINE, "clarify", ()),
    ("hmm so the", False, JEEPNEY, "clarify", ()),
    ("wait can u also", False, LOWRIDER, "clarify", ()),
    ("lkjhlkjh", False, LOWRIDER, "clarify", ()),
    ("make the sheep look like they're", False, DOLMEN, "clarify", ()),
    ("remove the uhh", False, DOLMEN, "clarify", ()),
    ("replace the paddle wheel with", False, STEAMER, "clarify", ()),
    ("jhgfd", False, STEAMER, "clarify", ()),
    ("ok and", False, TAKRAW, "clarify", ()),
    ("turn the ball into a", False, TAKRAW, "clarify", ()),
    ("can u take out the", False, BANYA, "clarify", ()),
    ("and then also the…", False, BANYA, "clarify", ()),
    ("i need the steam to look", False, BANYA, "clarify", ()),
    ("add a little bit of", False, CORACLE, "clarify", ()),
    ("and make it", False, PYSANKY, "clarify", ()),
    ("put the hat on the", False, MOAI_HAT, "clarify", ()),
    ("ummm what if", False, SNOWCAT, "clarify", ()),
    ("sorry my cat walked on the keyboard ;;;;lkjj", False, GRAPE, "talk", ()),
    # near misses: fragments that are clear after an edit, a typo'd request that is whole
    ("bluer", False, GRAPE, "retry", _retry("stronger")),
    ("a tad bluer", False, GRAPE, "retry", _retry("stronger")),
    ("less blue", False, GRAPE, "retry", _retry("weaker")),
    ("purple", False, GRAPE, "correction", _fix("make the stomper's skirt purple")),
    ("nah green", False, GRAPE, "correction", _fix("make the stomper's skirt green")),
    ("and the sash", False, GRAPE, "edit", _edit("make the sash blue", "make the stomper's sash blue")),
    ("remove the crates", False, GRAPE, "edit", _edit("remove the crates")),
    ("again pls!", False, TAGINE, "retry", _retry()),
    ("more turquoise", False, TAGINE, "retry", _retry("stronger")),
    ("ugh no. orange", False, TAGINE, "correction", _fix("make the tagine lid orange")),
    ("the spice bowls too", False, TAGINE, "edit", _edit("make the spice bowls turquoise")),
    ("more", False, DOLMEN, "retry", _retry("stronger")),
    ("less", False, LOWRIDER, "retry", _retry("weaker")),
    ("undoooo", False, STUPA, "undo", _goto(1)),
    ("remove the bucke", False, BANYA, "edit", _edit("remove the bucke", "remove the bucket")),
    (
        "add a faint rainbow over the river",
        False,
        STEAMER,
        "edit",
        _edit("add a faint rainbow over the river"),
    ),
    ("add a sampan with flowers", False, SAMPAN, "edit", _edit("add a sampan with flowers")),
    ("cn u mke the sky pnk", False, UPLOAD, "edit", _edit("mke the sky pnk", "make the sky pink")),
    ("add a rainbow pls", True, UPLOAD, "edit", _edit("add a rainbow")),
)
"""Family 3: turns cut off or garbled, and fragments that are clear after an edit."""

SESSION_WORDS: tuple[Dev, ...] = (
    # undo and going back with nothing before
    ("undo plz thx", False, MOAI, "clarify", ()),
    ("ctrl-z lol", False, UPLOAD, "clarify", ()),
    ("go back 1 step", False, SAMPAN, "clarify", ()),
    ("take me to the previous version", False, UPLOAD, "clarify", ()),
    ("pls revert it", False, MOAI, "clarify", ()),
    ("the previous one pls", False, MOAI, "clarify", ()),
    ("undo the last one u did", False, MOAI, "clarify", ()),
    ("show me the last edit", False, SAMPAN, "clarify", ()),
    ("compare before and after for me", False, MOAI, "clarify", ()),
    ("put the last two next to each other so i can see", False, SAMPAN, "clarify", ()),
    ("pls take that back", False, SAMPAN, "clarify", ()),
    ("show me the one before that", False, SAMPAN, "clarify", ()),
    # redo with nothing undone
    ("redoo plz", False, LOWRIDER, "clarify", ()),
    ("ctrl-y", False, LOWRIDER, "clarify", ()),
    ("bring back the stuff i undid", False, STEAMER, "clarify", ()),
    ("redo the thing u undid", False, TAKRAW, "clarify", ()),
    # a round named by a pointer with nothing to point at, or among several
    ("show me that version", False, SNOWCAT, "clarify", ()),
    ("pull that one up", False, BANYA, "clarify", ()),
    ("go back to that one", False, STEAMER, "clarify", ()),
    ("switch to the other one", False, STEAMER, "clarify", ()),
    ("go back to the other one", False, SNOWCAT, "clarify", ()),
    ("revert to the good one", False, SNOWCAT, "clarify", ()),
    ("show me the one i liked", False, STEAMER, "clarify", ()),
    ("that version was better", False, BANYA, "clarify", ()),
    ("undo some of that", False, BANYA, "clarify", ()),
    ("compare them real quick", False, SNOWCAT, "clarify", ()),
    ("put them side by side", False, BANYA, "clarify", ()),
    ("compare those two", False, SNOWCAT, "clarify", ()),
    ("show me the other version of it", False, BANYA, "clarify", ()),
    # "the one before" when the current round is a second try
    ("go back to the one before", False, OUTRIGGER, "clarify", ()),
    ("show me the one before", False, OUTRIGGER, "clarify", ()),
    # rounds and edits that are not in the session
    ("undo the sunglasses", False, JEEPNEY, "talk", ()),
    ("go back to before the balloons", False, STUPA, "talk", ()),
    ("go to round 6", False, STEAMER, "talk", ()),
    ("show me round eleven", False, BANYA, "talk", ()),
    # near misses: the same words with a clear target
    ("compare the original with now pls", False, SNOWCAT, "compare", _compare(0, 4)),
    ("undo plz thx", False, LOWRIDER, "undo", _goto(0)),
    ("go back 1 step", False, STEAMER, "undo", _goto(2)),
    ("undo it 2x", False, STEAMER, "undo", _goto(1)),
    ("revert to before the smoke", False, STEAMER, "goto", _goto(1)),
    ("go to round 2 pls", False, STEAMER, "goto", _goto(2)),
    ("undo the dome", False, STUPA, "undo", _goto(1)),
    ("show me the one before", False, STUPA, "show", _show(1)),
    ("show me the version before the dome went gold", False, STUPA, "show", _show(1)),
    ("go back to the one before", False, TAKRAW, "undo", _goto(1)),
    ("show me the other attempt", False, OUTRIGGER, "show", _show(1)),
    ("go back to the very first try", False, OUTRIGGER, "goto", _goto(1)),
    ("compare the 2 tries", False, OUTRIGGER, "compare", _compare(1, 2)),
    ("ok compare them", False, LOWRIDER, "compare", _compare(0, 1)),
)
"""Family 4: session words whose target is missing or unclear, and their clear twins."""

COMPARE: tuple[Dev, ...] = (
    # compare two rounds, in new wordings
    ("lemme see 1 beside 3", False, STEAMER, "compare", _compare(1, 3)),
    ("before vs after??", False, DOLMEN, "compare", _compare(0, 2)),
    ("og + latest side by side plz", False, BANYA, "compare", _compare(0, 4)),
    ("how does 2 look next to 4 tho", False, SNOWCAT, "compare", _compare(2, 4)),
    ("which was better tbh, 1 or 2?", False, PYSANKY, "compare", _compare(1, 2)),
    ("round 3 vs round 1, go", False, SNOWCAT, "compare", _compare(1, 3)),
    ("i need to see 2 and 3 together", False, BANYA, "compare", _compare(2, 3)),
    ("put the golden river next to the original", False, STEAMER, "compare", _compare(0, 3)),
    ("compare the first try with the second try", False, OUTRIGGER, "compare", _compare(1, 2)),
    ("both tries next to each other pls 🙏", False, OUTRIGGER, "compare", _compare(1, 2)),
    (
        "side-by-side of the pink hood and the yellow cap versions",
        False,
        JEEPNEY,
        "compare",
        _compare(1, 2),
    ),
    ("compare the pink hood one to the og", False, JEEPNEY, "compare", _compare(0, 1)),
    ("show 0 and 4 next to each other", False, SNOWCAT, "compare", _compare(0, 4)),
    ("compare v2 w/ v4", False, BANYA, "compare", _compare(2, 4)),
    ("how much did the fog change it? before and after that pls", False, DOLMEN, "compare", _compare(1, 2)),
    ("is 1 or 3 nicer? put em side by side", False, STEAMER, "compare", _compare(1, 3)),
    ("round one next to round two", False, TAKRAW, "compare", _compare(1, 2)),
    ("the violet sky version against the chairlift one", False, SNOWCAT, "compare", _compare(3, 4)),
    ("compare before the steam with now", False, BANYA, "compare", _compare(0, 4)),
    ("how did it look before the headlights vs now", False, SNOWCAT, "compare", _compare(0, 4)),
    ("gimme a before/after of the whole banya thing", False, BANYA, "compare", _compare(0, 4)),
    ("original v current?", False, TAKRAW, "compare", _compare(0, 2)),
    (
        "which ones better, the red wheel or the smoky one? show both",
        False,
        STEAMER,
        "compare",
        _compare(1, 2),
    ),
    ("2 & 4 together on screen", False, SNOWCAT, "compare", _compare(2, 4)),
    ("ROUND 1 VS ROUND 2 PLS", False, DOLMEN, "compare", _compare(1, 2)),
    ("compare the latest two versions", False, BANYA, "compare", _compare(3, 4)),
    ("this one vs the previous", False, STUPA, "compare", _compare(1, 2)),
    (
        "i cant tell whats different between 2 and 3, put them side by side",
        False,
        STEAMER,
        "compare",
        _compare(2, 3),
    ),
    ("difference between round zero and round two pls", False, PYSANKY, "compare", _compare(0, 2)),
    ("was 3 better than 4? show me both", False, SNOWCAT, "compare", _compare(3, 4)),
    ("line up the one with the sheep and the foggy one", False, DOLMEN, "compare", _compare(1, 2)),
    ("how does the original compare to round 2", False, TAKRAW, "compare", _compare(0, 2)),
    ("which was better — 2 or 4", False, BANYA, "compare", _compare(2, 4)),
    ("oldest vs newest", False, STEAMER, "compare", _compare(0, 3)),
    ("compare 1 and 2 por favor", False, PYSANKY, "compare", _compare(1, 2)),
    ("compare le 1 et le 3 stp", False, SNOWCAT, "compare", _compare(1, 3)),
    # near misses: show one round, move to one, an edit that puts things side by side, words
    ("lemme see 2 again real quick", False, SNOWCAT, "show", _show(2)),
    ("show me round 1 for a sec", False, STEAMER, "show", _show(1)),
    ("i wanna look at the og again", False, BANYA, "show", _show(0)),
    ("show me the first try", False, OUTRIGGER, "show", _show(1)),
    ("peek at round 3 pls", False, BANYA, "show", _show(3)),
    ("ok 2 was better, go back to it", False, SNOWCAT, "goto", _goto(2)),
    ("lets continue from round 1", False, STEAMER, "goto", _goto(1)),
    ("1 is the winner, switch to it", False, PYSANKY, "goto", _goto(1)),
    ("the first try was better, use that", False, OUTRIGGER, "goto", _goto(1)),
    ("put the two eggs side by side", False, PYSANKY, "edit", _edit("put the two eggs side by side")),
    (
        "make the players stand next to each other",
        False,
        TAKRAW,
        "edit",
        _edit("make the players stand next to each other"),
    ),
    ("list all the versions so i can pick two", False, BANYA, "history", HISTORY),
    ("compare 2 and 8 pls", False, STEAMER, "talk", ()),
    ("3 vs 3", False, BANYA, "talk", ()),
    ("compare rounds 1 and 2", False, LOWRIDER, "talk", ()),
    ("before and after plz :)", False, SAMPAN, "clarify", ()),
    ("can you compare two photos?", False, UPLOAD, "talk", ()),
    ("whats the difference between compare and show", False, STEAMER, "talk", ()),
)
"""Family 5: compare in new wordings, beside show, goto, edits and words."""

R25A: tuple[Dev, ...] = (*WHICH_THING, *WHAT_CHANGE, *CUT_OFF, *SESSION_WORDS, *COMPARE)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: undo goes to the current round's parent, redo forward, "now" is the current
    (1, ("redo", False, TAKRAW, "redo", _goto(2))),
    (2, ("ok now redo", False, SNOWCAT, "redo", _goto(3))),
    (2, ("undo", False, SNOWCAT, "undo", _goto(1))),
    (2, ("redo", False, BANYA, "redo", _goto(3))),
    (0, ("redo", False, DOLMEN, "redo", _goto(1))),
    (0, ("redo everything that i undid", False, DOLMEN, "redo", _goto(2))),
    (1, ("undo", False, OUTRIGGER, "undo", _goto(0))),
    (0, ("and undo one more", False, STEAMER, "clarify", ())),
    (2, ("show me that version", False, BANYA, "clarify", ())),
    (1, ("can u compare them", False, STEAMER, "clarify", ())),
    (1, ("compare this w the latest one", False, STEAMER, "compare", _compare(1, 3))),
    (1, ("before vs now", False, SNOWCAT, "compare", _compare(0, 1))),
    (1, ("how does this compare to the newest", False, BANYA, "compare", _compare(1, 4))),
    (0, ("show me the one after", False, TAKRAW, "show", _show(1))),
    (2, ("lemme see the latest one again", False, SNOWCAT, "show", _show(4))),
    (1, ("go back to the newest one pls", False, SNOWCAT, "goto", _goto(4))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r25a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R25A`, then the moved ones)."""
    return with_moved(R25A, "r25a", MOVED, "r25a_moved")
