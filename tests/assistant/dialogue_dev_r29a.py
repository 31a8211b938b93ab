"""Round 29, set a: the acts a chat editor most often gets wrong: a clarifying question, a comparison, a
correction, and short turns whose act depends on the session.

Written by hand from what a demanding user wants (issue 10's table of behaviours and its "What to build"
list), before the dialogue model was run on any of it, about photos no other set uses, all of sports,
games and hobbies: two old men playing baduk in a park pavilion, a gymnast on the balance beam, a stamp
collector's album, radio-controlled cars on a dirt track, a miniature painter's desk, a table tennis club,
a speedcubing competition, a dungeons and dragons night, birdwatchers in a hide by a lake, a cyclocross
race in the mud, a taekwondo grading, a disc golf basket in the woods, kids playing marbles in a chalk
circle and cornhole boards at a backyard barbecue. Sessions have 0 to 6 edits, some after a retry, a
correction or an undo (a sibling of an earlier edit), and some turns come after an undo or a goto (the
current round an older one).

Four families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): turns too vague to act on, or that leave open
which of two things, answered with one short question ("make it better", "make them red" after two
different things were edited, "more" before any edit); comparisons of two rounds named by number, by
what they show, by order or as before and after; corrections of the last edit's object, attribute,
place or wording, redone from its parent ("i said left not right", "a dog, not a cat"); and short turns
whose act depends on the state ("again", "make it bigger", "redo", "same for this one"). About a quarter
of each family are near misses whose right answer is another act: a vague word with a clear referent, a
round that does not exist, "show" where nothing is compared, "and the X too" after an edit, "no, go
back", a correction with nothing to correct. The cases have the development set's format (`Dev`: turn,
photo, state, act, calls); `MOVED` holds turns whose current round (first) is an earlier one.
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

BADUK = ((None, None), (0, "make the black stones glossy"))
"""Two old men playing baduk on a wooden board in a park pavilion, with one edit."""
BADUK3 = (*BADUK, (1, "add a cat sleeping under the table"), (2, "give the man on the right a straw hat"))
"""The baduk players with three edits, each on the one before."""
BEAM = ((None, None), (0, "make the gymnast's leotard purple"))
"""A gymnast on the balance beam at a regional meet, with one edit."""
BEAM_RETRIED = (*BEAM, (0, "make the gymnast's leotard purple"))
"""The gymnast after a retry: round 2 is a second try of round 1, from the original."""
STAMPS = ((None, None), (0, "make the pages look yellowed"), (1, "add a magnifying glass on the album"))
"""A stamp collector's album open on a desk, with two edits."""
STAMPS_PAGES = STAMPS[:2]
"""The stamp album with only the pages edit."""
RCTRACK = (
    (None, None),
    (0, "make the rc car orange"),
    (1, "add a cloud of dust behind the car"),
    (2, "add spectators behind the fence"),
    (3, "make the sky stormy"),
    (4, "add a checkered flag on the left"),
    (5, "make the track look wet"),
)
"""Radio-controlled cars on a dirt track, with six edits, each on the one before."""
RC_CAR = RCTRACK[:2]
"""The rc car track with only the car edit."""
MINIS = ((None, None), (0, "paint the knight's armour gold"), (1, "add a dragon miniature next to the knight"))
"""A miniature painter's desk with a knight figure, with two edits."""
MINIS_KNIGHT = MINIS[:2]
"""The miniature painter's desk with only the armour edit."""
TABLETENNIS = ((None, None), (0, "make the table blue"), (1, "make the ball orange"))
"""A table tennis club with two edits of two different things."""
TT_TABLE = TABLETENNIS[:2]
"""The table tennis club with only the table edit."""
CUBING = ((None, None), (0, "make the cube's stickers brighter"), (1, "blur the audience behind the table"))
"""A speedcubing competition, a solver at a table with a timer, with two edits."""
CUBING_STICKERS = CUBING[:2]
"""The speedcubing competition with only the stickers edit."""
DUNGEON = (
    (None, None),
    (0, "make the candles brighter"),
    (1, "add a red dragon figure on the map"),
    (2, "make the dice glow blue"),
    (3, "put a cat on the dungeon master's chair"),
)
"""A dungeons and dragons night around a table, with four edits, each on the one before."""
DUNGEON_CANDLES = DUNGEON[:2]
"""The dungeons and dragons night with only the candles edit."""
HIDE = ((None, None), (0, "add a marsh harrier flying over the reeds"))
"""Birdwatchers with binoculars and a spotting scope in a hide by a lake, with one edit."""
HIDE_BRANCH = (*HIDE, (1, "make the water calmer"), (1, "add mist over the water"))
"""The hide after an undo: round 3 was made from round 1, beside round 2."""
CYCLOCROSS = ((None, None), (0, "make the rider's jersey yellow"), (1, "add more mud splashes on the bike"))
"""A cyclocross race in the mud, with two edits."""
CROSS_JERSEY = CYCLOCROSS[:2]
"""The cyclocross race with only the jersey edit."""
DOJANG = ((None, None), (0, "make the boy's belt black"))
"""A taekwondo grading, a boy breaking a board, with one edit."""
DOJANG3 = (*DOJANG, (1, "make the board he is kicking split in two"), (2, "add a flag on the back wall"))
"""The taekwondo grading with three edits, each on the one before."""
DISCGOLF = ((None, None), (0, "make the disc bright pink"))
"""A disc golf basket in the woods with a disc flying at it, with one edit."""
DISC_FIXED = (*DISCGOLF, (0, "make the disc lime green"))
"""The disc golf photo after a correction: round 2 was made from the original, beside round 1."""
MARBLES = ((None, None), (0, "make the chalk circle bigger"), (1, "add a blue marble in the middle"))
"""Kids playing marbles in a chalk circle on a playground, with two edits."""
CORNHOLE = ((None, None), (0, "paint the left board red"), (1, "add string lights above the yard"))
"""Cornhole boards at a backyard barbecue, with two edits."""
CORNHOLE_LEFT = CORNHOLE[:2]
"""The cornhole boards with only the left board edit."""
TWO_PHOTOS = ((None, None), (None, None))
"""A first photo with no edit, then a second upload."""

AFTER_DISC_FIXED = (*DISC_FIXED, (None, None))
"""The corrected disc golf session, then a new photo."""
AFTER_DOJANG3 = (*DOJANG3, (None, None))
"""The taekwondo session with three edits, then a new photo."""
AFTER_MINIS = (*MINIS, (None, None))
"""The miniature painter's session, then a new photo."""
AFTER_CUBING = (*CUBING, (None, None))
"""The speedcubing session, then a new photo."""

CLARIFY: tuple[Dev, ...] = (
    # too vague to act on: no object, no direction, nothing to resolve "it" / "that" to
    ("make it better somehow pls 🙏", False, UPLOAD, "clarify", ()),
    ("can u fix it", False, UPLOAD, "clarify", ()),
    ("get rid of it for me", False, UPLOAD, "clarify", ()),
    ("do something cool w this", False, UPLOAD, "clarify", ()),
    ("moar of that", False, UPLOAD, "clarify", ()),
    ("a tad less plz", False, UPLOAD, "clarify", ()),
    ("make it more, u know", False, UPLOAD, "clarify", ()),
    ("the stones?", False, UPLOAD, "clarify", ()),
    ("purple maybe", False, UPLOAD, "clarify", ()),
    ("hmm the spectators", False, UPLOAD, "clarify", ()),
    ("the gloves", False, UPLOAD, "clarify", ()),
    ("change the colour for me pls", False, UPLOAD, "clarify", ()),
    ("swap the background for something else", False, UPLOAD, "clarify", ()),
    ("add something fun in the corner", False, UPLOAD, "clarify", ()),
    ("somethings off with the light", False, UPLOAD, "clarify", ()),
    ("idk do ur magic ✨", False, UPLOAD, "clarify", ()),
    ("improve pls thx", False, UPLOAD, "clarify", ()),
    ("make it look like the other pic", False, UPLOAD, "clarify", ()),
    ("do what u did last time", False, UPLOAD, "clarify", ()),
    ("shift it a lil to the left", False, UPLOAD, "clarify", ()),
    ("put him somewhere else", False, UPLOAD, "clarify", ()),
    ("make em all match", False, UPLOAD, "clarify", ()),
    ("and the other one too then?", False, UPLOAD, "clarify", ()),
    ("edit it pls", False, UPLOAD, "clarify", ()),
    ("u know what to do 😉", False, UPLOAD, "clarify", ()),
    ("Can you please adjust it?", False, UPLOAD, "clarify", ()),
    ("PLEASE FIX", False, UPLOAD, "clarify", ()),
    ("remove that thing", False, UPLOAD, "clarify", ()),
    ("recolour this one", False, UPLOAD, "clarify", ()),
    ("needs more pop", False, UPLOAD, "clarify", ()),
    ("not sure what i want, something sporty?", False, UPLOAD, "clarify", ()),
    ("change that thing on the left side", False, UPLOAD, "clarify", ()),
    ("replace him with someone", False, UPLOAD, "clarify", ()),
    ("the usual filter pls", False, UPLOAD, "clarify", ()),
    ("like before pls", False, UPLOAD, "clarify", ()),
    ("make the colours match the other photo", False, UPLOAD, "clarify", ()),
    ("i dunno, you pick", False, UPLOAD, "clarify", ()),
    ("a wee bit more?", False, TWO_PHOTOS, "clarify", ()),
    ("gold or silver for the armour? hmm", False, UPLOAD, "clarify", ()),
    ("either blur the crowd or delete them, cant decide", False, UPLOAD, "clarify", ()),
    # nothing to retry, correct or repeat yet
    ("no, i meant the white ones", False, UPLOAD, "clarify", ()),
    ("try again, harder this time", False, UPLOAD, "clarify", ()),
    ("redo it pls thx", False, UPLOAD, "clarify", ()),
    ("same edit on this one too", True, TWO_PHOTOS, "clarify", ()),
    ("do it like the last pic", True, UPLOAD, "clarify", ()),
    # a session with edits, but the turn leaves open what or which
    ("now make them red", False, TABLETENNIS, "clarify", ()),
    ("can they match each other", False, TABLETENNIS, "clarify", ()),
    ("change one of them", False, TABLETENNIS, "clarify", ()),
    ("can u change the colour of the", False, TT_TABLE, "clarify", ()),
    ("hmm change that", False, DUNGEON, "clarify", ()),
    ("nah nah the other one", False, DUNGEON, "clarify", ()),
    ("the left one i mean", False, DUNGEON, "clarify", ()),
    ("the cat... or maybe the dragon? ugh", False, DUNGEON, "clarify", ()),
    ("i want the dice to look different", False, DUNGEON, "clarify", ()),
    ("back to the one i liked pls", False, DUNGEON, "clarify", ()),
    ("can u do the thing pls", False, BADUK, "clarify", ()),
    ("can you make the stones", False, BADUK, "clarify", ()),
    ("make him look more legit", False, DOJANG, "clarify", ()),
    ("pls add some", False, MARBLES, "clarify", ()),
    ("can you make the jersey", False, CYCLOCROSS, "clarify", ()),
    ("that one in the back", False, CYCLOCROSS, "clarify", ()),
    ("and what about the background hmm", False, HIDE, "clarify", ()),
    ("the red one... no wait", False, CORNHOLE, "clarify", ()),
    ("hmm not sure about this, maybe change it?", False, CORNHOLE, "clarify", ()),
    ("paint the", False, MINIS, "clarify", ()),
    ("make them all shinier", False, STAMPS, "clarify", ()),
    ("take me back to the good one", False, RCTRACK, "clarify", ()),
    ("show me the nice version", False, RCTRACK, "clarify", ()),
    ("do it again on the other one", False, RCTRACK, "clarify", ()),
    # near misses: the vague word comes with a clear referent or a clear request
    (
        "make it better — i mean sharper",
        False,
        UPLOAD,
        "edit",
        _edit("make it sharper", "make the photo sharper", "sharpen it", "sharpen the photo"),
    ),
    ("fix the tilted horizon", False, UPLOAD, "edit", _edit("fix the tilted horizon")),
    ("do something cool: add lightning over the track", False, UPLOAD, "edit", _edit("add lightning over the track")),
    (
        "do the thing where u blur the background",
        False,
        UPLOAD,
        "edit",
        _edit("blur the background", "make the background blurry"),
    ),
    ("improve the contrast", False, UPLOAD, "edit", _edit("improve the contrast", "increase the contrast")),
    ("blur the background a little bit", False, UPLOAD, "edit", _edit("blur the background a bit")),
    ("make it green now lol", False, DISCGOLF, "edit", _edit("make the disc green")),
    ("give the disc a glow", False, DISCGOLF, "edit", _edit("give the disc a glow")),
    ("ok make it red now", False, DOJANG3, "edit", _edit("make the flag red")),
    ("make it smaller plz", False, TABLETENNIS, "edit", _edit("make the ball smaller")),
    ("the dice, make them red pls", False, DUNGEON, "edit", _edit("make the dice red")),
    (
        "change the candles to purple",
        False,
        DUNGEON,
        "edit",
        _edit("change the candles to purple", "make the candles purple"),
    ),
    ("the other board too", False, CORNHOLE_LEFT, "edit", _edit("paint the right board red")),
    ("same on the other one", False, CORNHOLE_LEFT, "edit", _edit("paint the right board red")),
    ("more plz", False, BEAM, "retry", _retry("stronger")),
    ("more orange, way more", False, RC_CAR, "retry", _retry("stronger")),
    (
        "something cooler for the sky, like a thunderstorm",
        False,
        CYCLOCROSS,
        "edit",
        _edit(
            "make the sky a thunderstorm",
            "add a thunderstorm in the sky",
            "turn the sky into a thunderstorm",
            "make the sky stormy",
        ),
    ),
    ("MORE MIST PLS", False, HIDE_BRANCH, "retry", _retry("stronger")),
    ("again?? that blur looks off", False, CUBING, "retry", _retry()),
    ("pls undo it, the lights look cheap", False, CORNHOLE, "undo", _goto(1)),
    ("go back one step pls", False, MARBLES, "undo", _goto(1)),
    ("go to the original", False, RCTRACK, "goto", _goto(0)),
)
"""Turns too vague to act on, or that leave open which of two things, and near misses."""

COMPARE: tuple[Dev, ...] = (
    # two rounds side by side: by number, by what they show, by order, before and after
    ("cmp 1 & 3 pls", False, DUNGEON, "compare", _compare(1, 3)),
    ("put 2 and 4 side by side", False, DUNGEON, "compare", _compare(2, 4)),
    ("b4 and after pls 🙏", False, DUNGEON, "compare", _compare(0, 4)),
    ("whats the difference between 3 and 4, i cant tell", False, DUNGEON, "compare", _compare(3, 4)),
    ("before the cat vs after the cat", False, DUNGEON, "compare", _compare(3, 4)),
    ("rounds 0 and 5 next to each other?", False, RCTRACK, "compare", _compare(0, 5)),
    ("difference between the start and now?", False, RCTRACK, "compare", _compare(0, 6)),
    ("how different is round 4 from round 2", False, RCTRACK, "compare", _compare(2, 4)),
    ("show me the changes between round 3 and round 6", False, RCTRACK, "compare", _compare(3, 6)),
    ("rnd 2 vs rnd 5", False, RCTRACK, "compare", _compare(2, 5)),
    ("side-by-side of the first edit and the last edit", False, RCTRACK, "compare", _compare(1, 6)),
    ("before / after of the beam pic?", False, BEAM, "compare", _compare(0, 1)),
    ("compare the two versions", False, BEAM, "compare", _compare(0, 1)),
    ("first attempt vs second attempt, which one's nicer?", False, BEAM_RETRIED, "compare", _compare(1, 2)),
    ("can i see the two tries side by side", False, BEAM_RETRIED, "compare", _compare(1, 2)),
    ("compare the first try with this one", False, BEAM_RETRIED, "compare", _compare(1, 2)),
    ("show me the original next to the current one", False, STAMPS, "compare", _compare(0, 2)),
    ("compare round one to round two", False, STAMPS, "compare", _compare(1, 2)),
    ("how does round 2 stack up against round 1", False, MARBLES, "compare", _compare(1, 2)),
    (
        "Could you please display round 1 and round 2 together so I can compare them?",
        False,
        MARBLES,
        "compare",
        _compare(1, 2),
    ),
    ("gold armour vs the original", False, MINIS_KNIGHT, "compare", _compare(0, 1)),
    ("orig vs now", False, MINIS, "compare", _compare(0, 2)),
    ("compare the pink disc with the green one", False, DISC_FIXED, "compare", _compare(1, 2)),
    ("pink one and lime one side by side pls", False, DISC_FIXED, "compare", _compare(1, 2)),
    ("put the last 2 side by side", False, CORNHOLE, "compare", _compare(1, 2)),
    ("compare it to how it looked before you added the lights", False, CORNHOLE, "compare", _compare(1, 2)),
    ("compare this with the one before", False, DOJANG3, "compare", _compare(2, 3)),
    ("v1 vs v3?", False, DOJANG3, "compare", _compare(1, 3)),
    ("show round 2 and round 3 in one picture", False, DOJANG3, "compare", _compare(2, 3)),
    ("compare the black belt one with the original", False, DOJANG3, "compare", _compare(0, 1)),
    ("COMPARE 0 WITH 1", False, DOJANG, "compare", _compare(0, 1)),
    ("compare with the very first pic", False, CUBING, "compare", _compare(0, 2)),
    ("how does the blurred one look vs the one before it", False, CUBING, "compare", _compare(1, 2)),
    ("split screen: original | now", False, HIDE, "compare", _compare(0, 1)),
    ("which looks better, with or without the harrier?", False, HIDE, "compare", _compare(0, 1)),
    ("compare round 1 with the current one", False, HIDE_BRANCH, "compare", _compare(1, 3)),
    ("compare the calm water one with the misty one", False, HIDE_BRANCH, "compare", _compare(2, 3)),
    ("1 vs 3 real quick", False, HIDE_BRANCH, "compare", _compare(1, 3)),
    ("put the original beside the latest", False, BADUK3, "compare", _compare(0, 3)),
    ("do a before-and-after for me, the hat one vs the start", False, BADUK3, "compare", _compare(0, 3)),
    ("side by side 0 and 2 pls", False, TABLETENNIS, "compare", _compare(0, 2)),
    ("blue table vs orange ball version?", False, TABLETENNIS, "compare", _compare(1, 2)),
    ("i wanna see before and after next to each other", False, CYCLOCROSS, "compare", _compare(0, 2)),
    ("lemme compare the yellow jersey and the muddy one", False, CYCLOCROSS, "compare", _compare(1, 2)),
    ("gimme the og and the newest together", False, CYCLOCROSS, "compare", _compare(0, 2)),
    (
        "Please show the original photo and the edited photo next to each other.",
        False,
        DISCGOLF,
        "compare",
        _compare(0, 1),
    ),
    # near misses: one round to look at, a round that does not exist, nothing to compare, not about rounds
    ("just round 2 pls, on its own", False, DUNGEON, "show", _show(2)),
    ("lemme look at the original cube pic", False, CUBING, "show", _show(0)),
    ("show me 3", False, DOJANG3, "show", _show(3)),
    ("compare prices of rubik's cubes online", False, CUBING, "talk", ()),
    ("compare my cornhole score to my brother's lol", False, CORNHOLE, "talk", ()),
    ("which is better, chess or baduk?", False, BADUK, "talk", ()),
    ("round 8 vs round 1", False, STAMPS, "talk", ()),
    ("compare round 1 and round 7", False, RCTRACK, "talk", ()),
    ("compare round -1 with round 2 of the dnd pic", False, DUNGEON, "talk", ()),
    ("compare the 2 versions", False, DUNGEON, "clarify", ()),
    ("compare them side by side pls", False, UPLOAD, "clarify", ()),
    ("before & after of this one pls", False, UPLOAD, "talk", ()),
    ("jump back to round 2", False, RCTRACK, "goto", _goto(2)),
    ("list all the versions we have", False, RCTRACK, "history", HISTORY),
    ("put the original back", False, BADUK3, "goto", _goto(0)),
)
"""Comparisons of two rounds, and near misses."""

CORRECTIONS: tuple[Dev, ...] = (
    # the last edit was the wrong thing: redo it from its parent with the corrected instruction
    ("no the white ones", False, BADUK, "correction", _fix("make the white stones glossy")),
    ("wait i meant matte, not glossy", False, BADUK, "correction", _fix("make the black stones matte")),
    (
        "not the stones, the board!!",
        False,
        BADUK,
        "correction",
        _fix("make the board glossy", "make the wooden board glossy"),
    ),
    (
        "Excuse me, I was meaning the white stones, not the black",
        False,
        BADUK,
        "correction",
        _fix("make the white stones glossy"),
    ),
    (
        "i said LEFT not right, grandpa on the left",
        False,
        BADUK3,
        "correction",
        _fix("give the man on the left a straw hat"),
    ),
    ("a flat cap, not a straw hat", False, BADUK3, "correction", _fix("give the man on the right a flat cap")),
    ("ugh wrong guy. the one on the left", False, BADUK3, "correction", _fix("give the man on the left a straw hat")),
    (
        "is wrong side, I want on left side the hat",
        False,
        BADUK3,
        "correction",
        _fix("give the man on the left a straw hat"),
    ),
    ("should have been teal", False, BEAM, "correction", _fix("make the gymnast's leotard teal")),
    (
        "sorry i meant her hair ribbon",
        False,
        BEAM,
        "correction",
        _fix("make the gymnast's hair ribbon purple", "make her hair ribbon purple"),
    ),
    ("PURPLE?? i typed pink", False, BEAM, "correction", _fix("make the gymnast's leotard pink")),
    ("make it sparkly silver instead", False, BEAM, "correction", _fix("make the gymnast's leotard sparkly silver")),
    (
        "still not right – i actually wanted navy",
        False,
        BEAM_RETRIED,
        "correction",
        _fix("make the gymnast's leotard navy"),
    ),
    (
        "i meant tweezers, not a magnifying glass",
        False,
        STAMPS,
        "correction",
        _fix("add tweezers on the album", "add a pair of tweezers on the album"),
    ),
    ("next to the album, not on it", False, STAMPS, "correction", _fix("add a magnifying glass next to the album")),
    ("no, the stamps, not the pages", False, STAMPS_PAGES, "correction", _fix("make the stamps look yellowed")),
    (
        "Correction: the pages should look crisp white, not yellowed",
        False,
        STAMPS_PAGES,
        "correction",
        _fix("make the pages look crisp white", "make the pages look crisp and white", "make the pages crisp white"),
    ),
    ("should of been green lol", False, RC_CAR, "correction", _fix("make the rc car green")),
    ("the remote, not the car", False, RC_CAR, "correction", _fix("make the remote orange")),
    (
        "sry meant the truck, the one in the back",
        False,
        RC_CAR,
        "correction",
        _fix("make the truck in the back orange", "make the rc truck in the back orange"),
    ),
    ("MAKE IT RED INSTEAD", False, RC_CAR, "correction", _fix("make the rc car red")),
    ("not orange, i wanted purple like my real one", False, RC_CAR, "correction", _fix("make the rc car purple")),
    ("wet?? i said muddy", False, RCTRACK, "correction", _fix("make the track look muddy")),
    ("not wet, dusty", False, RCTRACK, "correction", _fix("make the track look dusty")),
    ("a wizard not a dragon", False, MINIS, "correction", _fix("add a wizard miniature next to the knight")),
    (
        "behind the knight, not next to him",
        False,
        MINIS,
        "correction",
        _fix("add a dragon miniature behind the knight"),
    ),
    ("*silver sorry", False, MINIS_KNIGHT, "correction", _fix("paint the knight's armour silver")),
    ("the shield, not the armour", False, MINIS_KNIGHT, "correction", _fix("paint the knight's shield gold")),
    ("oops, meant the horse's armour", False, MINIS_KNIGHT, "correction", _fix("paint the horse's armour gold")),
    ("gold was a bad call, bronze pls", False, MINIS_KNIGHT, "correction", _fix("paint the knight's armour bronze")),
    ("the paddle!! not the ball", False, TABLETENNIS, "correction", _fix("make the paddle orange")),
    ("yellow, i wrote orange by mistake", False, TABLETENNIS, "correction", _fix("make the ball yellow")),
    ("the net, not the table", False, TT_TABLE, "correction", _fix("make the net blue")),
    ("green like a real one, not blue", False, TT_TABLE, "correction", _fix("make the table green")),
    (
        "i meant blur the judges",
        False,
        CUBING,
        "correction",
        _fix("blur the judges behind the table", "blur the judges"),
    ),
    (
        "not blur, remove them",
        False,
        CUBING,
        "correction",
        _fix("remove the audience behind the table", "remove the audience"),
    ),
    (
        "no no no, the audience is fine, i wanted the background blurred",
        False,
        CUBING,
        "correction",
        _fix("blur the background behind the table", "blur the background"),
    ),
    (
        "the timer, not the cube",
        False,
        CUBING_STICKERS,
        "correction",
        _fix("make the timer brighter", "make the timer display brighter", "make the timer's display brighter"),
    ),
    ("i meant darker, sorry", False, CUBING_STICKERS, "correction", _fix("make the cube's stickers darker")),
    ("dog not cat", False, DUNGEON, "correction", _fix("put a dog on the dungeon master's chair")),
    (
        "on the table, not the chair",
        False,
        DUNGEON,
        "correction",
        _fix("put a cat on the table", "put a cat on the dungeon master's table"),
    ),
    ("i meant a black cat", False, DUNGEON, "correction", _fix("put a black cat on the dungeon master's chair")),
    (
        "scratch the cat, i wanted an owl there",
        False,
        DUNGEON,
        "correction",
        _fix("put an owl on the dungeon master's chair"),
    ),
    ("my bad, the dice not the candles", False, DUNGEON_CANDLES, "correction", _fix("make the dice brighter")),
    ("i meant an osprey", False, HIDE, "correction", _fix("add an osprey flying over the reeds")),
    ("perched on the post, not flying", False, HIDE, "correction", _fix("add a marsh harrier perched on the post")),
    (
        "two of them, not one",
        False,
        HIDE,
        "correction",
        _fix("add two marsh harriers flying over the reeds"),
    ),
    ("over the reeds not the water", False, HIDE_BRANCH, "correction", _fix("add mist over the reeds")),
    ("i said fog", False, HIDE_BRANCH, "correction", _fix("add fog over the water")),
    ("on the rider, not the bike", False, CYCLOCROSS, "correction", _fix("add more mud splashes on the rider")),
    (
        "i meant water splashes not mud",
        False,
        CYCLOCROSS,
        "correction",
        _fix("add more water splashes on the bike", "add water splashes on the bike"),
    ),
    ("helmet, not jersey", False, CROSS_JERSEY, "correction", _fix("make the rider's helmet yellow")),
    ("not yellow!!! GREEN jersey", False, CROSS_JERSEY, "correction", _fix("make the rider's jersey green")),
    (
        "yellow was wrong, should be rainbow stripes like the world champ",
        False,
        CROSS_JERSEY,
        "correction",
        _fix(
            "make the rider's jersey rainbow stripes",
            "give the rider's jersey rainbow stripes",
            "make the rider's jersey rainbow striped",
        ),
    ),
    ("the girl's belt, not the boy's!", False, DOJANG, "correction", _fix("make the girl's belt black")),
    ("red belt, i said red", False, DOJANG, "correction", _fix("make the boy's belt red")),
    (
        "Sorry, my mistake. I want his uniform black, not belt.",
        False,
        DOJANG,
        "correction",
        _fix("make the boy's uniform black", "make his uniform black"),
    ),
    ("Sorry I was write wrong, belt must be blue", False, DOJANG, "correction", _fix("make the boy's belt blue")),
    ("on the left wall, not the back", False, DOJANG3, "correction", _fix("add a flag on the left wall")),
    ("i meant the korean flag", False, DOJANG3, "correction", _fix("add a korean flag on the back wall")),
    ("a banner not a flag", False, DOJANG3, "correction", _fix("add a banner on the back wall")),
    ("pink? i meant the basket", False, DISCGOLF, "correction", _fix("make the basket bright pink")),
    ("make it neon orange instead", False, DISCGOLF, "correction", _fix("make the disc neon orange")),
    ("argh, i meant neon yellow", False, DISC_FIXED, "correction", _fix("make the disc neon yellow")),
    ("the chains, not the disc", False, DISC_FIXED, "correction", _fix("make the chains lime green")),
    ("i meant a red one", False, MARBLES, "correction", _fix("add a red marble in the middle")),
    (
        "at the edge, not the middle",
        False,
        MARBLES,
        "correction",
        _fix("add a blue marble at the edge", "add a blue marble at the edge of the circle"),
    ),
    ("not a marble, a bottle cap", False, MARBLES, "correction", _fix("add a bottle cap in the middle")),
    ("lanterns, not string lights", False, CORNHOLE, "correction", _fix("add lanterns above the yard")),
    ("above the fence i meant", False, CORNHOLE, "correction", _fix("add string lights above the fence")),
    ("i said right not left", False, CORNHOLE_LEFT, "correction", _fix("paint the right board red")),
    ("wrong board 🙄 the right one", False, CORNHOLE_LEFT, "correction", _fix("paint the right board red")),
    ("blue i said, not red", False, CORNHOLE_LEFT, "correction", _fix("paint the left board blue")),
    ("crimson*, typo", False, CORNHOLE_LEFT, "correction", _fix("paint the left board crimson")),
    ("no i meant the bean bags", False, CORNHOLE_LEFT, "correction", _fix("paint the bean bags red")),
    # near misses: an edit on top, keeping it, undo, retry, nothing (or nothing clear) to correct
    ("the white stones as well", False, BADUK, "edit", _edit("make the white stones glossy")),
    ("also the paddle", False, TABLETENNIS, "edit", _edit("make the paddle orange")),
    (
        "now make the dragon breathe fire",
        False,
        MINIS,
        "edit",
        _edit("make the dragon breathe fire", "make the dragon miniature breathe fire"),
    ),
    ("the gloves too", False, CROSS_JERSEY, "edit", _edit("make the rider's gloves yellow")),
    (
        "and a red one next to it",
        False,
        MARBLES,
        "edit",
        _edit(
            "add a red marble next to the blue marble",
            "add a red marble next to it",
            "add a red marble next to the blue one",
        ),
    ),
    ("actually, add a trophy on the shelf", False, DOJANG3, "edit", _edit("add a trophy on the shelf")),
    ("no thanks im good", False, BADUK, "talk", ()),
    ("no, that's right, leave it", False, CUBING, "talk", ()),
    ("i meant to say thank you lol", False, BEAM, "talk", ()),
    ("not bad! keep it", False, CORNHOLE, "talk", ()),
    ("no, go back one step", False, DOJANG, "undo", _goto(0)),
    ("no no, undo that", False, MARBLES, "undo", _goto(1)),
    ("no, go back two", False, DUNGEON, "undo", _goto(2)),
    ("no i didnt mean that, go back to the pink one", False, DISC_FIXED, "goto", _goto(1)),
    ("no. again pls", False, HIDE, "retry", _retry()),
    ("no, more pink!", False, DISCGOLF, "retry", _retry("stronger")),
    ("i meant slightly yellowed, this is way too much", False, STAMPS_PAGES, "retry", _retry("weaker")),
    ("i meant the helmet", False, UPLOAD, "clarify", ()),
    ("sorry i meant blue", False, UPLOAD, "clarify", ()),
    ("not the stones, the board pls", False, UPLOAD, "clarify", ()),
    ("wrong lol", False, DUNGEON, "clarify", ()),
    ("not that one, the other one i said", False, RCTRACK, "clarify", ()),
    ("i meant the other colour", False, BEAM, "clarify", ()),
    ("i meant a dog not a cat", False, DUNGEON_CANDLES, "clarify", ()),
)
"""Corrections of the last edit's object, attribute, place or wording, and near misses."""

MIXED: tuple[Dev, ...] = (
    # short turns whose act depends on the session
    ("do it again! the same one!", False, UPLOAD, "clarify", ()),
    ("try it again pls", False, TWO_PHOTOS, "clarify", ()),
    ("agaiin", False, DISC_FIXED, "retry", _retry()),
    ("have one more go at it", False, BEAM_RETRIED, "retry", _retry()),
    ("same again one more time", False, CUBING, "retry", _retry()),
    ("one more attempt, please", False, CORNHOLE, "retry", _retry()),
    ("another attempt?", False, UPLOAD, "clarify", ()),
    ("make it bigger lol", False, DUNGEON, "edit", _edit("make the cat bigger")),
    ("bigger plz", False, UPLOAD, "clarify", ()),
    ("stronger this time", False, CUBING_STICKERS, "retry", _retry("stronger")),
    ("stronger please, way stronger!!!", False, UPLOAD, "clarify", ()),
    ("more blur", False, CUBING, "retry", _retry("stronger")),
    ("a bit less shiny", False, BADUK, "retry", _retry("weaker")),
    ("a touch weaker pls", False, DISC_FIXED, "retry", _retry("weaker")),
    ("again, but less mist", False, HIDE_BRANCH, "retry", _retry("weaker")),
    ("same for this disc pls 🙏", True, AFTER_DISC_FIXED, "edit", _edit("make the disc lime green")),
    ("this one too, same thing", True, AFTER_DOJANG3, "edit", _edit("add a flag on the back wall")),
    ("same dragon on this one", True, AFTER_MINIS, "edit", _edit("add a dragon miniature next to the knight")),
    ("here's round two of the comp, the final", True, AFTER_CUBING, "caption", ()),
    ("do the same on this pic", True, TWO_PHOTOS, "clarify", ()),
    ("go back to the first try pls", False, BEAM_RETRIED, "goto", _goto(1)),
    ("i prefer the pink one, switch back", False, DISC_FIXED, "goto", _goto(1)),
    ("can u redo", False, DUNGEON, "talk", ()),
    ("back to the previous one", False, DOJANG3, "undo", _goto(2)),
    ("the previous one was nicer tbh", False, MARBLES, "undo", _goto(1)),
    ("undo it twice pls", False, DOJANG3, "undo", _goto(1)),
    ("undo that lol", False, HIDE_BRANCH, "undo", _goto(1)),
    ("back to before the mist", False, HIDE_BRANCH, "goto", _goto(1)),
    ("show me the calm water version", False, HIDE_BRANCH, "show", _show(2)),
    ("switch to round 2 pls", False, HIDE_BRANCH, "goto", _goto(2)),
    ("take me to round 4", False, HIDE_BRANCH, "talk", ()),
    ("go 3 steps back", False, RCTRACK, "goto", _goto(3)),
    ("back to where we started", False, DOJANG3, "goto", _goto(0)),
    ("show me before the cat", False, DUNGEON, "show", _show(3)),
    ("go back to the version with the snow", False, DUNGEON, "talk", ()),
    ("make it white pls", False, TABLETENNIS, "edit", _edit("make the ball white")),
    ("and the net?", False, TABLETENNIS, "edit", _edit("make the net orange")),
    ("the net too", False, TT_TABLE, "edit", _edit("make the net blue")),
    ("ok now the basket", False, DISCGOLF, "edit", _edit("make the basket bright pink")),
    (
        "ok and now the lights warmer",
        False,
        CORNHOLE,
        "edit",
        _edit("make the lights warmer", "make the string lights warmer"),
    ),
    ("that's better", False, DISC_FIXED, "talk", ()),
    ("nope nope", False, UPLOAD, "talk", ()),
    ("recap of everything?", False, DUNGEON, "history", HISTORY),
    ("what did you just do there", False, CORNHOLE, "status", STATUS),
)
"""Short turns whose right act depends on the session: retry or clarify, edit or clarify, and the like."""

R29A: tuple[Dev, ...] = (*CLARIFY, *COMPARE, *CORRECTIONS, *MIXED)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: undo goes to the current round's parent, redo forward
    (1, ("and undo again pls", False, DUNGEON, "undo", _goto(0))),
    (2, ("redo that one", False, DUNGEON, "redo", _goto(3))),
    (2, ("bring back the glowing dice", False, DUNGEON, "redo", _goto(3))),
    (3, ("compare this with the one i just undid", False, DUNGEON, "compare", _compare(3, 4))),
    (1, ("compare this to the latest one", False, DUNGEON, "compare", _compare(1, 4))),
    (2, ("add a goblin next to the dragon", False, DUNGEON, "edit", _edit("add a goblin next to the dragon"))),
    (1, ("show me the one i undid", False, MARBLES, "show", _show(2))),
    (0, ("show me what i undid", False, DISCGOLF, "show", _show(1))),
    (0, ("undo more please", False, BEAM, "talk", ())),
    (1, ("wait which round am i on now", False, DOJANG3, "status", STATUS)),
    (0, ("redo plz, bring it back 🙏", False, HIDE, "redo", _goto(1))),
    (1, ("go to the misty one", False, HIDE_BRANCH, "goto", _goto(3))),
    (2, ("compare where i am now with the original", False, RCTRACK, "compare", _compare(0, 2))),
    (1, ("go forward two", False, RCTRACK, "redo", _goto(3))),
    (1, ("redo all the stuff i undid", False, RCTRACK, "redo", _goto(6))),
    (1, ("yes this one, keep it", False, MINIS, "talk", ())),
    (0, ("ok add a trophy on the shelf instead", False, DOJANG, "edit", _edit("add a trophy on the shelf"))),
    (1, ("undo it 1 more time", False, CUBING, "undo", _goto(0))),
    (1, ("compare 1 and 2 quick", False, CORNHOLE, "compare", _compare(1, 2))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r29a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R29A`, then the moved ones)."""
    return with_moved(R29A, "r29a", MOVED, "r29a_moved")
