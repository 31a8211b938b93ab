"""Round 19, set B: corrections and retries after edits, about photos no other set uses.

Written by hand from what a demanding user wants (the issue's table of behaviours and the dialogue acts of
"What to build"), before the dialogue model was run on any of it. Eight fresh scenes: a hole at a mini golf
course, a garden bird feeder, a watchmaker's bench, a dim sum table, a paella pan at a beach party, track
cyclists in a velodrome, a tailor's shop and a cedar hot tub on a cabin deck. Sessions have one to four
edits, built in the order people make them, some after a correction or a retry (a sibling of the first
try). The weight is on turns that reject the last result and say what was meant: the object ("no, I meant
the X", "not the X, the Y", "wrong one, the Y", "the other X", "i said the Y"), the look ("actually green
instead", "i wanted it darker green not blue", "no, more like teal"), the place ("not next to the castle,
on the bridge"), the action ("i said remove it not make it smaller"), several edits later, after an undo,
with praise or an apology ("sorry, i meant ...", "close! but the Y"): each expects the rejected edit made
again from its parent with the corrected instruction (`_fix`), never an edit on top of it; a correction of
an older edit in a longer session expects that edit made again (`_fix_round`). Then retries (same edit,
new seed) and stronger / weaker versions, and look-alikes that are new edits on top ("now the Y too",
"also make the Y green"), complaints that want the old version back (undo), talk that starts with "no",
vague rejections (one question) and corrections with nothing to correct at the original (a plain answer).
Turns are typed as people type in a chat box: lowercase, typos, slang, emoji, run-ons, non-native English.
The cases have the development set's format (`Dev`: turn, photo, state, act, calls) and are judged as the
held-out set is (`with_moved`); `MOVED` holds turns whose current round (first) is an earlier one, after an
undo or a goto.
When it was written, the model and rules of round 18 got 184 of its 259 turns right with 1 unwanted edit.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    UPLOAD,
    Dev,
    _edit,
    _edits,
    _fix,
    _fix_round,
    _goto,
    _retry,
    with_moved,
)

MINIGOLF = ((None, None), (0, "make the golf ball neon yellow"))
"""A mini golf hole: a golf ball on green turf, a putter, the hole with a little red flag, a plastic castle
obstacle, a wooden bridge over a fake pond, a kid in a baseball cap, a scorecard and a pencil on the edge;
one edit."""
MINIGOLF_GNOME = (*MINIGOLF, (1, "add a garden gnome next to the castle"))
"""The mini golf hole with two edits, each on the one before."""
MINIGOLF_FIXED = (*MINIGOLF, (0, "make the putter neon yellow"))
"""The mini golf hole after an object correction: round 2 beside round 1."""
MINIGOLF_KID = ((None, None), (0, "make the kid in the cap smaller"))
"""The mini golf hole, another session: one edit of the kid."""

FEEDER = ((None, None), (0, "remove the squirrel from the feeder"))
"""A bird feeder hanging from an apple tree in blossom: sparrows on the perches, a squirrel clinging to the
feeder, a peanut feeder beside it, a woodpecker on the fence post, a stone birdbath, a hedge, a rose bush, a cat
on the shed roof; one edit."""
FEEDER_TIT = (*FEEDER, (1, "add a blue tit on the birdbath"))
"""The bird feeder with two edits, each on the one before."""
FEEDER_THREE = (*FEEDER_TIT, (2, "make the apple blossom pink"))
"""The bird feeder with three edits, each on the one before."""
FEEDER_SMALL = ((None, None), (0, "make the squirrel smaller"))
"""The bird feeder, another session: the squirrel made smaller."""

WATCHMAKER = (
    (None, None),
    (0, "make the pocket watch case rose gold"),
    (1, "turn on the desk lamp"),
    (2, "add a cup of tea next to the leather mat"),
)
"""A watchmaker's bench: an open pocket watch on a leather mat, tiny gears, a loupe, small screwdrivers, a
brass desk lamp, the watchmaker's hands, a wall clock behind; three edits, each on the one before."""
WATCH_ONE = WATCHMAKER[:2]
"""The watchmaker's bench with its first edit only."""

DIMSUM = ((None, None), (0, "make the teapot jade green"))
"""A dim sum table: bamboo steamer baskets of dumplings, a teapot and small tea cups, chopsticks, a lazy
susan, a dish of chili oil, a grandmother at the head of the table; one edit."""
DIMSUM_TWO = (*DIMSUM, (1, "put a plate of spring rolls on the lazy susan"))
"""The dim sum table with two edits, each on the one before."""
DIMSUM_FOUR = (
    *DIMSUM_TWO,
    (2, "remove the chopsticks from the tablecloth"),
    (3, "make the steam from the bamboo baskets thicker"),
)
"""The dim sum table with four edits, each on the one before."""

PAELLA = ((None, None), (0, "add more prawns to the paella"))
"""A beach party: a huge paella pan on a gas ring, prawns, mussels, lemon wedges, a wooden spoon, a man in a
straw hat stirring, a folding table with plastic cups, a cooler in the sand; one edit."""
PAELLA_TWO = (*PAELLA, (1, "make the man's straw hat red"))
"""The beach party with two edits, each on the one before."""
PAELLA_THREE = (*PAELLA_TWO, (2, "put a jug of sangria on the table"))
"""The beach party with three edits, each on the one before."""

VELODROME = ((None, None), (0, "make the leading cyclist's skinsuit orange"))
"""Track cycling in a velodrome: two cyclists on the banked track (one leading, one behind), aero helmets, a
lap board by the track, rows of half-empty seats, a barrier with sponsor banners; one edit."""
VELO_TWO = (*VELODROME, (1, "add a crowd in the empty seats"))
"""The velodrome with two edits, each on the one before."""
VELO_THREE = (*VELO_TWO, (2, "remove the lap board"))
"""The velodrome with three edits, each on the one before."""
VELO_CROWD = ((None, None), (0, "remove the crowd behind the barrier"))
"""The velodrome, another session: the crowd removed."""

TAILOR = ((None, None), (0, "make the tuxedo on the mannequin navy"))
"""A tailor's shop: a mannequin in a half-finished tuxedo with a bow tie and waistcoat, a suit hanging on a
rail, a sewing machine, bolts of fabric on shelves, a tailor with a measuring tape, a tall mirror; one edit."""
TAILOR_TWO = (*TAILOR, (1, "drape a measuring tape around the mannequin's neck"))
"""The tailor's shop with two edits, each on the one before."""
TAILOR_FIXED = (*TAILOR, (0, "make the tuxedo on the mannequin midnight blue"))
"""The tailor's shop after a colour correction: round 2 beside round 1."""
TAILOR_TWICE = (*TAILOR_FIXED, (0, "make the tuxedo on the mannequin charcoal grey"))
"""The tailor's shop after two colour corrections: rounds 1-3 were all made from the upload."""
TAILOR_BLUR = ((None, None), (0, "blur the bolts of fabric on the shelves"))
"""The tailor's shop, another session: the fabric blurred."""

HOTTUB = ((None, None), (0, "make the left deck chair yellow"))
"""A cedar hot tub on a cabin deck in winter: steam, two deck chairs (left and right), towels on a rail, an
empty ice bucket, pine trees, a wooden railing, a dog on the steps; one edit."""
HOTTUB_LIGHTS = (*HOTTUB, (1, "hang string lights over the hot tub"))
"""The hot tub with two edits, each on the one before."""
HOTTUB_FOUR = (
    *HOTTUB_LIGHTS,
    (2, "add snow on the pine trees"),
    (3, "put a bottle of champagne in the ice bucket"),
)
"""The hot tub with four edits, each on the one before."""
HOTTUB_RETRIED = (*HOTTUB, (0, "make the left deck chair yellow"))
"""The hot tub after one retry: round 2 beside round 1, same instruction."""
HOTTUB_STEAM = ((None, None), (0, "make the steam thicker"))
"""The hot tub, another session: the steam made thicker."""


OBJECT: tuple[Dev, ...] = (
    # the mini golf hole after "make the golf ball neon yellow"
    ("no i meant the putter", False, MINIGOLF, "correction", _fix("make the putter neon yellow")),
    (
        "not the ball, the flag",
        False,
        MINIGOLF,
        "correction",
        _fix("make the flag neon yellow", "make the little flag neon yellow", "make the red flag neon yellow"),
    ),
    (
        "wrong one lol the castle",
        False,
        MINIGOLF,
        "correction",
        _fix("make the castle neon yellow", "make the plastic castle neon yellow"),
    ),
    (
        "i said the bridge",
        False,
        MINIGOLF,
        "correction",
        _fix("make the bridge neon yellow", "make the wooden bridge neon yellow"),
    ),
    (
        "noo the kids cap not the ball",
        False,
        MINIGOLF,
        "correction",
        _fix("make the kid's cap neon yellow", "make the kids cap neon yellow"),
    ),
    ("ball?? i ment the scorecard", False, MINIGOLF, "correction", _fix("make the scorecard neon yellow")),
    # the bird feeder after "remove the squirrel from the feeder"
    (
        "no no the cat on the shed, not the squirrel",
        False,
        FEEDER,
        "correction",
        _fix("remove the cat on the shed", "remove the cat on the shed roof", "remove the cat from the shed roof"),
    ),
    (
        "wrong animal, the woodpecker",
        False,
        FEEDER,
        "correction",
        _fix(
            "remove the woodpecker",
            "remove the woodpecker from the fence post",
            "remove the woodpecker on the fence post",
        ),
    ),
    (
        "i wanted the peanut feeder gone, not the squirrel",
        False,
        FEEDER,
        "correction",
        _fix("remove the peanut feeder"),
    ),
    # the dim sum table
    (
        "no i meant the tea cups",
        False,
        DIMSUM,
        "correction",
        _fix("make the tea cups jade green", "make the cups jade green"),
    ),
    (
        "is not the teapot, is the cups i want green",
        False,
        DIMSUM,
        "correction",
        _fix(
            "make the cups green", "make the cups jade green", "make the tea cups jade green", "make the tea cups green"
        ),
    ),
    (
        "the steamer baskets!! not the pot",
        False,
        DIMSUM,
        "correction",
        _fix("make the steamer baskets jade green", "make the bamboo steamer baskets jade green"),
    ),
    (
        "not spring rolls, egg tarts",
        False,
        DIMSUM_TWO,
        "correction",
        _fix("put a plate of egg tarts on the lazy susan"),
    ),
    (
        "i said custard buns",
        False,
        DIMSUM_TWO,
        "correction",
        _fix("put a plate of custard buns on the lazy susan"),
    ),
    # the tailor's shop after "make the tuxedo on the mannequin navy"
    (
        "the waistcoat not the tuxedo",
        False,
        TAILOR,
        "correction",
        _fix("make the waistcoat navy", "make the waistcoat on the mannequin navy"),
    ),
    (
        "i meant the bow tie",
        False,
        TAILOR,
        "correction",
        _fix("make the bow tie navy", "make the bow tie on the mannequin navy"),
    ),
    (
        "not the one on the mannequin, the suit hanging on the rail",
        False,
        TAILOR,
        "correction",
        _fix("make the suit hanging on the rail navy", "make the suit on the rail navy"),
    ),
    # the velodrome after "make the leading cyclist's skinsuit orange"
    (
        "the helmet!! not the suit",
        False,
        VELODROME,
        "correction",
        _fix("make the leading cyclist's helmet orange", "make the helmet orange", "make the cyclist's helmet orange"),
    ),
    (
        "the other cyclist",
        False,
        VELODROME,
        "correction",
        _fix(
            "make the other cyclist's skinsuit orange",
            "make the second cyclist's skinsuit orange",
            "make the trailing cyclist's skinsuit orange",
            "make the cyclist behind's skinsuit orange",
        ),
    ),
    (
        "wrong guy, the one behind",
        False,
        VELODROME,
        "correction",
        _fix(
            "make the skinsuit of the cyclist behind orange",
            "make the cyclist behind's skinsuit orange",
            "make the other cyclist's skinsuit orange",
            "make the trailing cyclist's skinsuit orange",
        ),
    ),
    ("i ment the lap board", False, VELODROME, "correction", _fix("make the lap board orange")),
    # the hot tub after "make the left deck chair yellow"
    (
        "the other deck chair",
        False,
        HOTTUB,
        "correction",
        _fix("make the right deck chair yellow", "make the other deck chair yellow"),
    ),
    ("wrong one, the right one", False, HOTTUB, "correction", _fix("make the right deck chair yellow")),
    ("not the chair, the towels", False, HOTTUB, "correction", _fix("make the towels yellow")),
    ("i said the ice bucket", False, HOTTUB, "correction", _fix("make the ice bucket yellow")),
    # the beach party, the bird feeder and the watchmaker
    ("the cooler not the hat", False, PAELLA_TWO, "correction", _fix("make the cooler red")),
    ("not a blue tit, a goldfinch", False, FEEDER_TIT, "correction", _fix("add a goldfinch on the birdbath")),
    (
        "the loupe i meant not the watch",
        False,
        WATCH_ONE,
        "correction",
        _fix("make the loupe rose gold"),
    ),
    ("not prawns, mussels", False, PAELLA, "correction", _fix("add more mussels to the paella")),
    (
        "i said lemon wedges not prawns",
        False,
        PAELLA,
        "correction",
        _fix("add more lemon wedges to the paella", "add lemon wedges to the paella"),
    ),
    (
        "not tea, an espresso",
        False,
        WATCHMAKER,
        "correction",
        _fix("add an espresso next to the leather mat", "add a cup of espresso next to the leather mat"),
    ),
    (
        "the wall clock not the pocket watch",
        False,
        WATCH_ONE,
        "correction",
        _fix("make the wall clock case rose gold", "make the wall clock rose gold"),
    ),
)
"""Corrections of the object: the last edit made again from its parent on the thing that was meant."""

LOOK: tuple[Dev, ...] = (
    (
        "actually green instead",
        False,
        MINIGOLF,
        "correction",
        _fix("make the golf ball neon green", "make the golf ball green"),
    ),
    (
        "no, more like orange",
        False,
        MINIGOLF,
        "correction",
        _fix("make the golf ball orange", "make the golf ball neon orange"),
    ),
    (
        "not neon, just normal yellow",
        False,
        MINIGOLF,
        "correction",
        _fix("make the golf ball yellow", "make the golf ball normal yellow"),
    ),
    (
        "i wanted it darker, midnight blue not navy",
        False,
        TAILOR,
        "correction",
        _fix("make the tuxedo on the mannequin midnight blue"),
    ),
    ("charcoal grey instead pls", False, TAILOR, "correction", _fix("make the tuxedo on the mannequin charcoal grey")),
    ("nah burgundy", False, TAILOR, "correction", _fix("make the tuxedo on the mannequin burgundy")),
    (
        "actually make it navy velvet",
        False,
        TAILOR,
        "correction",
        _fix("make the tuxedo on the mannequin navy velvet"),
    ),
    (
        "no, more like teal",
        False,
        VELODROME,
        "correction",
        _fix("make the leading cyclist's skinsuit teal"),
    ),
    (
        "fluoro pink is what i asked for??",
        False,
        VELODROME,
        "correction",
        _fix("make the leading cyclist's skinsuit fluoro pink"),
    ),
    (
        "mustard not lemon yellow",
        False,
        HOTTUB,
        "correction",
        _fix("make the left deck chair mustard", "make the left deck chair mustard yellow"),
    ),
    (
        "i wanted it darker green not yellow",
        False,
        HOTTUB,
        "correction",
        _fix("make the left deck chair dark green", "make the left deck chair darker green"),
    ),
    (
        "i wanted it darker green not this minty colour",
        False,
        DIMSUM,
        "correction",
        _fix("make the teapot dark green", "make the teapot darker green"),
    ),
    (
        "more like celadon",
        False,
        DIMSUM,
        "correction",
        _fix("make the teapot celadon", "make the teapot celadon green"),
    ),
    (
        "blue and white porcelain, not green",
        False,
        DIMSUM,
        "correction",
        _fix("make the teapot blue and white porcelain"),
    ),
    ("i said navy, not red", False, PAELLA_TWO, "correction", _fix("make the man's straw hat navy")),
    (
        "more terracotta than red",
        False,
        PAELLA_TWO,
        "correction",
        _fix("make the man's straw hat terracotta"),
    ),
    (
        "silver not rose gold",
        False,
        WATCH_ONE,
        "correction",
        _fix("make the pocket watch case silver"),
    ),
    (
        "hmm no, i wanted it white not pink",
        False,
        FEEDER_THREE,
        "correction",
        _fix("make the apple blossom white"),
    ),
    (
        "gold. i said gold",
        False,
        MINIGOLF,
        "correction",
        _fix("make the golf ball gold"),
    ),
    (
        "pastel yellow, this is way too neon",
        False,
        MINIGOLF,
        "correction",
        _fix("make the golf ball pastel yellow"),
    ),
    (
        "should of been red not orange",
        False,
        VELODROME,
        "correction",
        _fix("make the leading cyclist's skinsuit red"),
    ),
    (
        "warm white lights, not colourful ones",
        False,
        HOTTUB_LIGHTS,
        "correction",
        _fix("hang warm white string lights over the hot tub"),
    ),
    (
        "i wanted a bigger bird, a jay not a tit",
        False,
        FEEDER_TIT,
        "correction",
        _fix("add a jay on the birdbath"),
    ),
    (
        "instead of jade can it be black",
        False,
        DIMSUM,
        "correction",
        _fix("make the teapot black"),
    ),
)
"""Corrections of the look (colour, shade, material): the last edit made again with the new look."""

PLACE: tuple[Dev, ...] = (
    (
        "not next to the castle, on the bridge",
        False,
        MINIGOLF_GNOME,
        "correction",
        _fix("add a garden gnome on the bridge"),
    ),
    ("by the hole i meant", False, MINIGOLF_GNOME, "correction", _fix("add a garden gnome by the hole")),
    (
        "i wanted him ON the castle not beside it",
        False,
        MINIGOLF_GNOME,
        "correction",
        _fix("add a garden gnome on the castle", "add a garden gnome on top of the castle"),
    ),
    (
        "not on the birdbath, on the feeder",
        False,
        FEEDER_TIT,
        "correction",
        _fix("add a blue tit on the feeder"),
    ),
    ("on the fence post pls, not the bath", False, FEEDER_TIT, "correction", _fix("add a blue tit on the fence post")),
    (
        "not on the lazy susan, in front of grandma",
        False,
        DIMSUM_TWO,
        "correction",
        _fix(
            "put a plate of spring rolls in front of grandma", "put a plate of spring rolls in front of the grandmother"
        ),
    ),
    (
        "around the tailor's neck, not the mannequin's",
        False,
        TAILOR_TWO,
        "correction",
        _fix("drape a measuring tape around the tailor's neck"),
    ),
    (
        "not over the tub, along the railing",
        False,
        HOTTUB_LIGHTS,
        "correction",
        _fix("hang string lights along the railing"),
    ),
    (
        "in the seats on the far side, not these ones",
        False,
        VELO_TWO,
        "correction",
        _fix("add a crowd in the seats on the far side"),
    ),
    ("not on the table, on the cooler", False, PAELLA_THREE, "correction", _fix("put a jug of sangria on the cooler")),
    (
        "in the mans hand i meant, not on the table",
        False,
        PAELLA_THREE,
        "correction",
        _fix("put a jug of sangria in the man's hand", "put a jug of sangria in the mans hand"),
    ),
    (
        "the tea should be on the left of the mat not the right",
        False,
        WATCHMAKER,
        "correction",
        _fix(
            "add a cup of tea on the left of the mat",
            "add a cup of tea on the left of the leather mat",
            "add a cup of tea to the left of the mat",
            "add a cup of tea to the left of the leather mat",
        ),
    ),
)
"""Corrections of the place: the last edit made again with the thing where it was meant to go."""

ACTION: tuple[Dev, ...] = (
    ("i said remove it not make it smaller", False, FEEDER_SMALL, "correction", _fix("remove the squirrel")),
    (
        "no i wanted them removed, not blurred",
        False,
        TAILOR_BLUR,
        "correction",
        _fix("remove the bolts of fabric on the shelves", "remove the bolts of fabric"),
    ),
    ("i wanted it gone, not thicker", False, HOTTUB_STEAM, "correction", _fix("remove the steam")),
    (
        "i asked you to blur the crowd not delete them",
        False,
        VELO_CROWD,
        "correction",
        _fix("blur the crowd behind the barrier", "blur the crowd"),
    ),
    (
        "no, i wanted him replaced with a dog not shrunk",
        False,
        MINIGOLF_KID,
        "correction",
        _fix("replace the kid in the cap with a dog", "replace the kid with a dog"),
    ),
    (
        "i didnt say delete the chopsticks, i said cross them on the plate",
        False,
        DIMSUM_FOUR[:4],
        "correction",
        _fix("cross the chopsticks on the plate", "put the chopsticks crossed on the plate"),
    ),
    (
        "not smaller, bigger!! i want it huge and fluffy",
        False,
        FEEDER_SMALL,
        "correction",
        _fix("make the squirrel bigger", "make the squirrel huge and fluffy", "make the squirrel bigger and fluffy"),
    ),
    (
        "i said a crowd of people, not cardboard cutouts",
        False,
        VELO_TWO,
        "correction",
        _fix(
            "add a crowd of people in the empty seats",
            "add a crowd in the empty seats",
            "add a crowd of real people in the empty seats",
        ),
    ),
    (
        "scratch that, i wanted the flag bigger",
        False,
        MINIGOLF,
        "correction",
        _fix("make the flag bigger"),
    ),
    (
        "you removed the lap board but i wanted it to show lap 3",
        False,
        VELO_THREE,
        "correction",
        _fix("make the lap board show lap 3"),
    ),
    (
        "you were supposed to make the hat red not swap it for a cap",
        False,
        PAELLA_TWO,
        "correction",
        _fix("make the man's straw hat red"),
    ),
)
"""Corrections of the action: the last edit made again doing what was asked."""

OLDER: tuple[Dev, ...] = (
    # several edits later, the correction is of the last one
    (
        "not champagne, prosecco",
        False,
        HOTTUB_FOUR,
        "correction",
        _fix("put a bottle of prosecco in the ice bucket"),
    ),
    (
        "i meant on the roof of the cabin not the trees",
        False,
        HOTTUB_FOUR[:4],
        "correction",
        _fix("add snow on the roof of the cabin", "add snow on the cabin roof"),
    ),
    (
        "the steam from the teapot i meant, not the baskets",
        False,
        DIMSUM_FOUR,
        "correction",
        _fix("make the steam from the teapot thicker"),
    ),
    (
        "the roses not the apple blossom",
        False,
        FEEDER_THREE,
        "correction",
        _fix("make the roses pink", "make the rose bush pink"),
    ),
    # naming an older edit in a longer session: that edit made again
    (
        "the watch case was meant to be silver, not rose gold",
        False,
        WATCHMAKER,
        "correction",
        _fix_round(1, "make the pocket watch case silver"),
    ),
    (
        "the deck chair should have been the right one, not the left",
        False,
        HOTTUB_FOUR,
        "correction",
        _fix_round(1, "make the right deck chair yellow"),
    ),
    (
        "the teapot was supposed to be cobalt blue",
        False,
        DIMSUM_FOUR,
        "correction",
        _fix_round(1, "make the teapot cobalt blue"),
    ),
    (
        "i wanted the cat gone not the squirrel",
        False,
        FEEDER_THREE,
        "correction",
        _fix_round(1, "remove the cat on the shed roof", "remove the cat from the shed roof", "remove the cat"),
    ),
    (
        "the prawns were meant to be langoustines",
        False,
        PAELLA_THREE,
        "correction",
        _fix_round(1, "add more langoustines to the paella", "add langoustines to the paella"),
    ),
)
"""Corrections several edits later: of the last edit, or of an older one it names (made again from its parent)."""

POLITE: tuple[Dev, ...] = (
    # corrections with an apology or with praise
    ("sorry, i meant the scorecard", False, MINIGOLF, "correction", _fix("make the scorecard neon yellow")),
    ("close! but the flag", False, MINIGOLF, "correction", _fix("make the flag neon yellow")),
    (
        "love the colour but i meant the putter 😅",
        False,
        MINIGOLF,
        "correction",
        _fix("make the putter neon yellow"),
    ),
    (
        "my bad, i wrote squirrel but i meant the cat on the shed",
        False,
        FEEDER,
        "correction",
        _fix("remove the cat on the shed", "remove the cat on the shed roof", "remove the cat from the shed roof"),
    ),
    (
        "haha nice try but the woodpecker",
        False,
        FEEDER,
        "correction",
        _fix("remove the woodpecker", "remove the woodpecker from the fence post"),
    ),
    (
        "beautiful green 😍 but it was for the cups not the teapot, sorry!",
        False,
        DIMSUM,
        "correction",
        _fix("make the cups jade green", "make the tea cups jade green"),
    ),
    (
        "great orange!! but on the other cyclist pls",
        False,
        VELODROME,
        "correction",
        _fix(
            "make the other cyclist's skinsuit orange",
            "make the second cyclist's skinsuit orange",
            "make the trailing cyclist's skinsuit orange",
        ),
    ),
    (
        "oops sorry, typo on my side - i wanted teal",
        False,
        VELODROME,
        "correction",
        _fix("make the leading cyclist's skinsuit teal"),
    ),
    (
        "so sorry to bother, but i meant the waistcoat",
        False,
        TAILOR,
        "correction",
        _fix("make the waistcoat navy", "make the waistcoat on the mannequin navy"),
    ),
    (
        "almost! just a darker blue, like midnight",
        False,
        TAILOR,
        "correction",
        _fix("make the tuxedo on the mannequin midnight blue", "make the tuxedo on the mannequin darker blue"),
    ),
    (
        "sorry my english, i want to say the chair of right side not left",
        False,
        HOTTUB,
        "correction",
        _fix("make the right deck chair yellow", "make the chair on the right side yellow"),
    ),
    (
        "apologies, i meant mussels!",
        False,
        PAELLA,
        "correction",
        _fix("add more mussels to the paella"),
    ),
    (
        "thank you but it was espresso i wanted, not tea",
        False,
        WATCHMAKER,
        "correction",
        _fix("add an espresso next to the leather mat", "add a cup of espresso next to the leather mat"),
    ),
    (
        "looks amazing honestly but the gnome was supposed to go on the bridge",
        False,
        MINIGOLF_GNOME,
        "correction",
        _fix("add a garden gnome on the bridge"),
    ),
    (
        "pls dont be mad lol i meant the right chair",
        False,
        HOTTUB,
        "correction",
        _fix("make the right deck chair yellow"),
    ),
    (
        "ahh sorry sorry, egg tarts not spring rolls",
        False,
        DIMSUM_TWO,
        "correction",
        _fix("put a plate of egg tarts on the lazy susan"),
    ),
    (
        "you're a star but i said the tailor's neck",
        False,
        TAILOR_TWO,
        "correction",
        _fix("drape a measuring tape around the tailor's neck"),
    ),
    (
        "no its supposed to be the bridge sorry lol",
        False,
        MINIGOLF_GNOME,
        "correction",
        _fix("add a garden gnome on the bridge"),
    ),
    (
        "nice one but hmm, the blue tit should be on the peanut feeder",
        False,
        FEEDER_TIT,
        "correction",
        _fix("add a blue tit on the peanut feeder"),
    ),
)
"""Corrections wrapped in an apology or praise."""

AGAIN_WRONG: tuple[Dev, ...] = (
    ("still wrong, the scorecard", False, MINIGOLF_FIXED, "correction", _fix("make the scorecard neon yellow")),
    ("not the putter either!! the flag", False, MINIGOLF_FIXED, "correction", _fix("make the flag neon yellow")),
    (
        "closer but even darker, like black",
        False,
        TAILOR_FIXED,
        "correction",
        _fix("make the tuxedo on the mannequin black"),
    ),
    (
        "no not midnight, charcoal",
        False,
        TAILOR_FIXED,
        "correction",
        _fix("make the tuxedo on the mannequin charcoal", "make the tuxedo on the mannequin charcoal grey"),
    ),
    (
        "grey is wrong too. forest green",
        False,
        TAILOR_TWICE,
        "correction",
        _fix("make the tuxedo on the mannequin forest green"),
    ),
    (
        "the retry also did the left one, i meant the right chair",
        False,
        HOTTUB_RETRIED,
        "correction",
        _fix("make the right deck chair yellow"),
    ),
)
"""A correction of a correction or a retry: the latest try made again from the same parent."""

COMBINED: tuple[Dev, ...] = (
    (
        "no i meant the putter, and make the flag red too",
        False,
        MINIGOLF,
        "correction",
        (*_fix("make the putter neon yellow"), *_edit("make the flag red")),
    ),
    (
        "undo that and do the cat on the shed instead",
        False,
        FEEDER,
        "correction",
        (
            *_goto(0),
            *_edit(
                "remove the cat on the shed", "remove the cat on the shed roof", "remove the cat from the shed roof"
            ),
        ),
    ),
    (
        "go back one and add mussels instead",
        False,
        PAELLA,
        "correction",
        (*_goto(0), *_edit("add mussels to the paella", "add more mussels to the paella")),
    ),
)
"""A correction with a new request, and "undo that and X instead": the rejected edit replaced."""

RETRIES: tuple[Dev, ...] = (
    # the same edit again, new seed
    ("try again", False, MINIGOLF, "retry", _retry()),
    ("one more time", False, FEEDER, "retry", _retry()),
    ("another go?", False, DIMSUM, "retry", _retry()),
    ("meh, again", False, TAILOR, "retry", _retry()),
    ("again pls the tea cup looks fake", False, WATCHMAKER, "retry", _retry()),
    ("reroll", False, VELODROME, "retry", _retry()),
    ("new seed pls", False, HOTTUB, "retry", _retry()),
    ("give it another shot, the gnome has 3 legs lol", False, MINIGOLF_GNOME, "retry", _retry()),
    ("can u redo it, the spring rolls look like pencils", False, DIMSUM_TWO, "retry", _retry()),
    ("same thing but a different version pls", False, PAELLA, "retry", _retry()),
    ("hmm, try that one more time?", False, HOTTUB_LIGHTS, "retry", _retry()),
    ("again but different", False, FEEDER_TIT, "retry", _retry()),
    ("that came out blurry, do it again", False, TAILOR_TWO, "retry", _retry()),
    ("let's see another one", False, VELO_TWO, "retry", _retry()),
    ("nope try again", False, HOTTUB_FOUR, "retry", _retry()),
    ("the blue tit looks weird. again", False, FEEDER_TIT, "retry", _retry()),
    ("another variation of that plz", False, PAELLA_THREE, "retry", _retry()),
    ("one more roll of the dice 🎲", False, DIMSUM_FOUR, "retry", _retry()),
    ("retry with a new seed", False, MINIGOLF_FIXED, "retry", _retry()),
    ("again, the putter is melting into the grass", False, MINIGOLF_FIXED, "retry", _retry()),
    ("do over pls", False, TAILOR_FIXED, "retry", _retry()),
    ("one more, same colour", False, TAILOR_TWICE, "retry", _retry()),
    # stronger
    ("more", False, MINIGOLF, "retry", _retry("stronger")),
    ("way stronger", False, HOTTUB_STEAM, "retry", _retry("stronger")),
    ("even thicker steam", False, DIMSUM_FOUR, "retry", _retry("stronger")),
    ("more orange, its barely there", False, VELODROME, "retry", _retry("stronger")),
    ("go harder on the rose gold", False, WATCH_ONE, "retry", _retry("stronger")),
    ("pinker!!", False, FEEDER_THREE, "retry", _retry("stronger")),
    ("crank it up a lot", False, TAILOR, "retry", _retry("stronger")),
    ("i can barely see the lights, stronger pls", False, HOTTUB_LIGHTS, "retry", _retry("stronger")),
    ("more neon, like really glowing", False, MINIGOLF_FIXED, "retry", _retry("stronger")),
    ("do that again but stronger", False, PAELLA_TWO, "retry", _retry("stronger")),
    # weaker
    ("a bit less", False, MINIGOLF, "retry", _retry("weaker")),
    ("too much, tone it down", False, DIMSUM, "retry", _retry("weaker")),
    ("subtler", False, TAILOR, "retry", _retry("weaker")),
    ("less steam pls i cant see the water", False, HOTTUB_STEAM, "retry", _retry("weaker")),
    ("the pink is way too strong", False, FEEDER_THREE, "retry", _retry("weaker")),
    ("too many prawns now lol, dial it back", False, PAELLA, "retry", _retry("weaker")),
    ("ok thats overkill, softer", False, VELODROME, "retry", _retry("weaker")),
    ("a touch lighter on the effect pls", False, WATCH_ONE, "retry", _retry("weaker")),
    ("less intense but same idea", False, HOTTUB, "retry", _retry("weaker")),
    ("tone down the red a little", False, PAELLA_TWO, "retry", _retry("weaker")),
)
"""Retries: the same edit again with a new seed, or stronger / weaker."""

NEW_EDITS: tuple[Dev, ...] = (
    ("now the putter too", False, MINIGOLF, "edit", _edit("make the putter neon yellow")),
    ("also make the flag green", False, MINIGOLF, "edit", _edit("make the flag green")),
    ("no wait, also the scorecard", False, MINIGOLF, "edit", _edit("make the scorecard neon yellow")),
    ("sorry one more thing, remove the pencil", False, MINIGOLF, "edit", _edit("remove the pencil")),
    (
        "perfect. now add a little pirate ship on the pond",
        False,
        MINIGOLF_GNOME,
        "edit",
        _edit("add a little pirate ship on the pond"),
    ),
    (
        "the other deck chair too",
        False,
        HOTTUB,
        "edit",
        _edit("make the right deck chair yellow", "make the other deck chair yellow"),
    ),
    ("and the towels", False, HOTTUB, "edit", _edit("make the towels yellow")),
    (
        "i meant to say also remove the dog from the steps",
        False,
        HOTTUB_LIGHTS,
        "edit",
        _edit("remove the dog from the steps"),
    ),
    ("actually yes, the right chair as well", False, HOTTUB, "edit", _edit("make the right deck chair yellow")),
    ("nice!! now the bow tie navy as well", False, TAILOR, "edit", _edit("make the bow tie navy")),
    ("not bad, now give the tailor round glasses", False, TAILOR_TWO, "edit", _edit("give the tailor round glasses")),
    ("no complaints, add steam rising from the tea", False, WATCHMAKER, "edit", _edit("add steam rising from the tea")),
    (
        "the prawns look great, now more mussels too",
        False,
        PAELLA,
        "edit",
        _edit("add more mussels to the paella", "add more mussels"),
    ),
    (
        "not the hat i pictured but i like it, now put sunglasses on him",
        False,
        PAELLA_TWO,
        "edit",
        _edit("put sunglasses on him", "put sunglasses on the man", "put sunglasses on the man in the straw hat"),
    ),
    ("also make the cups jade green", False, DIMSUM, "edit", _edit("make the cups jade green")),
    (
        "wrong... no wait it's right. now the chili oil dish green too",
        False,
        DIMSUM,
        "edit",
        _edit("make the chili oil dish green", "make the chili oil dish jade green"),
    ),
    (
        "the other cyclist too",
        False,
        VELODROME,
        "edit",
        _edit(
            "make the other cyclist's skinsuit orange",
            "make the second cyclist's skinsuit orange",
            "make the trailing cyclist's skinsuit orange",
        ),
    ),
    (
        "now make the helmets orange as well",
        False,
        VELODROME,
        "edit",
        _edit("make the helmets orange"),
    ),
    ("no wait, also remove the sponsor banners", False, VELO_TWO, "edit", _edit("remove the sponsor banners")),
    (
        "actually, can you also put a woodpecker on the feeder",
        False,
        FEEDER_TIT,
        "edit",
        _edit("put a woodpecker on the feeder"),
    ),
    ("now the hedge a bit greener", False, FEEDER_THREE, "edit", _edit("make the hedge a bit greener")),
    (
        "sorry forgot, the loupe should be brass",
        False,
        WATCHMAKER,
        "edit",
        _edit("make the loupe brass"),
    ),
    (
        "not what i asked for but honestly better. now remove the gears on the left",
        False,
        WATCH_ONE,
        "edit",
        _edit("remove the gears on the left"),
    ),
    (
        "the sangria looks good. add ice cubes in it",
        False,
        PAELLA_THREE,
        "edit",
        _edit("add ice cubes in the sangria", "add ice cubes in the jug of sangria", "add ice cubes in it"),
    ),
    ("make the putter gold now", False, MINIGOLF_FIXED, "edit", _edit("make the putter gold")),
    ("yesss the putter! now the ball too", False, MINIGOLF_FIXED, "edit", _edit("make the golf ball neon yellow")),
    (
        "yes midnight blue! now the bow tie black",
        False,
        TAILOR_FIXED,
        "edit",
        _edit("make the bow tie black"),
    ),
    (
        "now make the squirrel brown instead of grey",
        False,
        FEEDER_SMALL,
        "edit",
        _edit("make the squirrel brown", "make the squirrel brown instead of grey"),
    ),
    (
        "ok the crowd is gone, now make the barrier white",
        False,
        VELO_CROWD,
        "edit",
        _edit("make the barrier white"),
    ),
    (
        "make the gnome's hat blue and put a fishing rod in his hand",
        False,
        MINIGOLF_GNOME,
        "edit",
        _edits("make the gnome's hat blue", ("put a fishing rod in his hand", "put a fishing rod in the gnome's hand")),
    ),
)
"""Look-alikes that keep the result: new requests on top, many starting with "no", "now", "also" or "sorry"."""

UNDO_TALK: tuple[Dev, ...] = (
    # the old version back
    ("no go back, the old ball was better", False, MINIGOLF, "undo", _goto(0)),
    ("nope undo", False, FEEDER, "undo", _goto(0)),
    ("ugh the steam is worse now, go back", False, DIMSUM_FOUR, "undo", _goto(3)),
    ("take the lights away again", False, HOTTUB_LIGHTS, "undo", _goto(1)),
    ("no undo the charcoal, midnight was better", False, TAILOR_TWICE, "undo", _goto(2)),
    ("nah bring the squirrel back", False, FEEDER, "undo", _goto(0)),
    # talk that starts with "no" or names a wrong thing
    ("no worries", False, MINIGOLF, "talk", ()),
    ("nope that's the one 👌", False, FEEDER, "talk", ()),
    ("not bad at all", False, TAILOR, "talk", ()),
    ("wrong colour for real life but i love it lol", False, HOTTUB, "talk", ()),
    ("no more changes, it's perfect", False, DIMSUM_TWO, "talk", ()),
    ("i said neon and it's neon, love it", False, MINIGOLF, "talk", ()),
    ("sorry wrong chat 🙈", False, VELODROME, "talk", ()),
    ("not sure yet, let me show my husband", False, PAELLA_TWO, "talk", ()),
    ("no i was just asking my kid which one", False, MINIGOLF_GNOME, "talk", ()),
    ("is that the left chair or the right one?", False, HOTTUB, "talk", ()),
    ("why does the teapot look a bit blue?", False, DIMSUM, "talk", ()),
    ("did you change the helmet too or is that the lighting", False, VELODROME, "talk", ()),
    ("the retry was better than the first one, thanks", False, HOTTUB_RETRIED, "talk", ()),
    ("nah you got it right, i misread", False, FEEDER_TIT, "talk", ()),
    ("ok the putter was what i wanted, thank u", False, MINIGOLF_FIXED, "talk", ()),
    # vague rejections: one question
    ("wrong thing", False, MINIGOLF, "clarify", ()),
    ("no not that", False, DIMSUM, "clarify", ()),
    ("thats not the colour i meant", False, TAILOR, "clarify", ()),
    ("still not it", False, TAILOR_TWICE, "clarify", ()),
    ("hmm no, wrong spot", False, MINIGOLF_GNOME, "clarify", ()),
    ("you did the wrong bird", False, FEEDER_TIT, "clarify", ()),
    ("close but not quite", False, MINIGOLF, "clarify", ()),
)
"""Not corrections: the old version back (undo), talk that starts with "no", and vague rejections (one question)."""

NOTHING_TO_CORRECT: tuple[Dev, ...] = (
    ("nooo i meant the bow tie", False, UPLOAD, "clarify", ()),
    ("not the sparrows, the woodpecker", False, UPLOAD, "clarify", ()),
    ("hmm actually blue instead", False, UPLOAD, "clarify", ()),
    ("i said delete it, not blur it", False, UPLOAD, "clarify", ()),
    ("not on the bench, on the shelf", False, UPLOAD, "clarify", ()),
    ("the other one pls", False, UPLOAD, "clarify", ()),
    ("sorry, i meant the lazy susan", False, UPLOAD, "clarify", ()),
    ("give it another try", False, UPLOAD, "clarify", ()),
    ("i meant the left one", False, UPLOAD, "clarify", ()),
    ("a little less pls", False, UPLOAD, "clarify", ()),
    ("moar", False, UPLOAD, "clarify", ()),
    ("again lol", False, UPLOAD, "clarify", ()),
    ("no, more like burgundy", False, UPLOAD, "clarify", ()),
    ("actually, make the deck chairs yellow instead", False, UPLOAD, "edit", _edit("make the deck chairs yellow")),
    ("sorry i meant: remove the ice bucket", False, UPLOAD, "edit", _edit("remove the ice bucket")),
    (
        "no wait, i meant make the golf ball neon yellow",
        False,
        UPLOAD,
        "edit",
        _edit("make the golf ball neon yellow"),
    ),
)
"""At the original with no edit yet: corrections, retries and strength have nothing to act on (a plain answer);
a full instruction is an edit."""

R19B: tuple[Dev, ...] = (
    *OBJECT,
    *LOOK,
    *PLACE,
    *ACTION,
    *OLDER,
    *POLITE,
    *AGAIN_WRONG,
    *COMBINED,
    *RETRIES,
    *NEW_EDITS,
    *UNDO_TALK,
    *NOTHING_TO_CORRECT,
)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # the velodrome after two undos: round 1 (orange skinsuit) current, the crowd and the lap board ahead
    (
        1,
        (
            "no wait i meant the other cyclist",
            False,
            VELO_THREE,
            "correction",
            _fix(
                "make the other cyclist's skinsuit orange",
                "make the second cyclist's skinsuit orange",
                "make the trailing cyclist's skinsuit orange",
            ),
        ),
    ),
    (
        1,
        (
            "more like teal than orange tbh",
            False,
            VELO_THREE,
            "correction",
            _fix("make the leading cyclist's skinsuit teal"),
        ),
    ),
    (1, ("again with another seed pls", False, VELO_THREE, "retry", _retry())),
    (1, ("bit more orange", False, VELO_THREE, "retry", _retry("stronger"))),
    (1, ("redo pls", False, VELO_THREE, "redo", _goto(2))),
    (1, ("now add a crowd in the far seats", False, VELO_THREE, "edit", _edit("add a crowd in the far seats"))),
    # the dim sum table after two undos: round 2 (spring rolls) current
    (
        2,
        (
            "not spring rolls, char siu bao",
            False,
            DIMSUM_FOUR,
            "correction",
            _fix("put a plate of char siu bao on the lazy susan"),
        ),
    ),
    (2, ("the spring rolls look plastic, try again", False, DIMSUM_FOUR, "retry", _retry())),
    (2, ("bring the thick steam back", False, DIMSUM_FOUR, "goto", _goto(4))),
    (2, ("undo again", False, DIMSUM_FOUR, "undo", _goto(1))),
    (
        2,
        (
            "also put a plate of egg tarts next to them",
            False,
            DIMSUM_FOUR,
            "edit",
            _edit("put a plate of egg tarts next to them", "put a plate of egg tarts next to the spring rolls"),
        ),
    ),
    # the hot tub after undoing the lights: round 1 (left deck chair) current
    (
        1,
        (
            "the other chair i meant",
            False,
            HOTTUB_LIGHTS,
            "correction",
            _fix("make the right deck chair yellow", "make the other deck chair yellow"),
        ),
    ),
    (1, ("ok and now make the towels yellow", False, HOTTUB_LIGHTS, "edit", _edit("make the towels yellow"))),
    (
        1,
        (
            "try the lights again but along the railing",
            False,
            HOTTUB_LIGHTS,
            "correction",
            _edit("hang string lights along the railing"),
        ),
    ),
    (1, ("a bit less yellow", False, HOTTUB_LIGHTS, "retry", _retry("weaker"))),
    # the tailor's shop after undoing the measuring tape: round 1 (navy tuxedo) current
    (
        1,
        (
            "actually make it black instead",
            False,
            TAILOR_TWO,
            "correction",
            _fix("make the tuxedo on the mannequin black"),
        ),
    ),
    (
        1,
        (
            "i meant the waistcoat tho",
            False,
            TAILOR_TWO,
            "correction",
            _fix("make the waistcoat navy", "make the waistcoat on the mannequin navy"),
        ),
    ),
    (1, ("put the tape back", False, TAILOR_TWO, "redo", _goto(2))),
    # the tailor's shop after going back from the charcoal try to the midnight one (round 2)
    (
        2,
        (
            "yes this one but on the suit on the rail",
            False,
            TAILOR_TWICE,
            "correction",
            _fix("make the suit on the rail midnight blue", "make the suit hanging on the rail midnight blue"),
        ),
    ),
    (2, ("this one but stronger", False, TAILOR_TWICE, "retry", _retry("stronger"))),
    # the beach party and the bird feeder after undoing everything: the original current
    (
        0,
        (
            "ok add mussels instead then",
            False,
            PAELLA,
            "edit",
            _edit("add mussels to the paella", "add more mussels to the paella"),
        ),
    ),
    (0, ("try again??", False, FEEDER_TIT, "clarify", ())),
    (0, ("remove the cat on the shed then", False, FEEDER_TIT, "edit", _edit("remove the cat on the shed"))),
    (0, ("redo both", False, FEEDER_TIT, "redo", _goto(2))),
    # the watchmaker after one undo: round 2 (lamp on) current, the tea ahead
    (2, ("the lamp looks too bright, again but subtler", False, WATCHMAKER, "retry", _retry("weaker"))),
    (2, ("one more go at the lamp pls", False, WATCHMAKER, "retry", _retry())),
    (
        2,
        (
            "coffee this time, not tea",
            False,
            WATCHMAKER,
            "correction",
            _edit("add a cup of coffee next to the leather mat"),
        ),
    ),
)
"""Turns after an undo or a goto: the current round (first) is not the latest."""


def r19b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R19B`, then the moved ones)."""
    return with_moved(R19B, "r19b", MOVED, "r19b_moved")
