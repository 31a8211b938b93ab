"""A set of chat turns that deserve one short clarifying question, and their clear look-alikes.

Written by hand from what a demanding user wants, before the dialogue model was run on it, about scenes no
other set uses: an axolotl in a fish tank, two acrobats on a trapeze, a cocktail bar, a cheetah on the
savanna, a clocktower on a town square, a blimp over a city, two old men playing chess in a park and a
ruined abbey. About half are turns too vague to act on: an edit with no object or no change ("swap it",
"bigger pls" before any edit), "it" / "that" / "them" with nothing to point at, two options and no choice,
a thing the photo plainly does not hold named vaguely, typos that leave the request unreadable, turns cut
off mid-sentence, "fix it" / "surprise me", reactions that could mean undo or retry ("hmm", "meh", "wait
what"), a round number with no verb, a colour alone before any edit, "more" / "undo" / "again" with nothing
to act on. The other half are look-alikes made clear by their wording or by the edit before them: plain
edits in messy wording (readable typos, non-native English, "make it look nicer"), "it" resolved to the
last edit's object, "more" as a stronger retry, "blue instead" as a correction, undo, goto, show, compare,
talk and captions. The cases have the development set's format (`Dev`: turn, photo, state, act, calls).
`R15A_MOVED` holds turns whose current round (first) is an earlier one, after an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    STATUS,
    UPLOAD,
    Dev,
    _compare,
    _edit,
    _edits,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)

AXOLOTL = ((None, None), (0, "make the axolotl lavender"))
"""An axolotl in a fish tank: its frilly gills, gravel, a moss ball, a little ceramic pagoda, bubbles."""
ACROBATS = ((None, None), (0, "make the acrobat's leotard silver"), (1, "remove the safety net"))
"""Two acrobats on a trapeze under a big top: spotlights, a safety net, a ringmaster, the audience."""
COCKTAIL = ((None, None), (0, "make the cocktail bright blue"))
"""A cocktail bar: a bartender, a cocktail with a lime wedge, a shaker, bar stools, bottles on shelves."""
CHEETAH = (
    (None, None),
    (0, "remove the jeep behind the cheetah"),
    (1, "make the grass golden"),
    (2, "add a gazelle in the distance"),
)
"""A cheetah on the savanna with three edits, each on the one before: tall grass, an acacia tree, a jeep."""
CLOCKTOWER = ((None, None), (0, "make the clock face gold"))
"""A clocktower on a town square: the clock face and hands, pigeons, a weathervane, market stalls."""
BLIMP = ((None, None), (0, "make the blimp red"), (1, "write SALE on the side of the blimp"))
"""A blimp over a city with two edits: skyscrapers, clouds, the gondola under it, a crowd looking up."""
CHESS = ((None, None), (0, "make the queen gold"))
"""Two old men playing chess in a park: the board, the pieces, a chess clock, a thermos, a bench."""
ABBEY = (
    (None, None),
    (0, "remove the scaffolding"),
    (1, "add ivy on the arches"),
    (2, "make the sky stormy"),
)
"""A ruined abbey with three edits: arches, a rose window, gravestones, sheep grazing, scaffolding."""

AFTER_AXOLOTL = (*AXOLOTL, (None, None))
AFTER_COCKTAIL = (*COCKTAIL, (None, None))
AFTER_CLOCKTOWER = (*CLOCKTOWER, (None, None))
AFTER_ABBEY = (*ABBEY, (None, None))

NO_CHANGE: tuple[Dev, ...] = (
    # an edit with no object, or an object with no change, before any edit
    ("make it uh", False, UPLOAD, "clarify", ()),
    ("can we change the colour", False, UPLOAD, "clarify", ()),
    ("swap it", False, UPLOAD, "clarify", ()),
    ("moar pls", False, UPLOAD, "clarify", ()),
    ("the other one pls", False, UPLOAD, "clarify", ()),
    ("bigger pls", False, UPLOAD, "clarify", ()),
    ("can u change the axolotl", False, UPLOAD, "clarify", ()),
    ("do something w the clock", False, UPLOAD, "clarify", ()),
    ("recolour the bartenders shirt pls", False, UPLOAD, "clarify", ()),
    ("edit the gondola", False, UPLOAD, "clarify", ()),
    ("replace the gazelle", False, UPLOAD, "clarify", ()),
    ("move the cheetah", False, UPLOAD, "clarify", ()),
    ("resize the clock", False, UPLOAD, "clarify", ()),
    ("put something on the bar", False, UPLOAD, "clarify", ()),
    ("add one more", False, UPLOAD, "clarify", ()),
    ("less pls", False, UPLOAD, "clarify", ()),
    ("change the pieces", False, UPLOAD, "clarify", ()),
    ("can you adjust the sheep a bit", False, UPLOAD, "clarify", ()),
    # still no change named, after an edit
    ("swap it out", False, CLOCKTOWER, "clarify", ()),
    ("change the colour again", False, COCKTAIL, "clarify", ()),
    ("move it", False, CHESS, "clarify", ()),
    ("and that other thing also", False, ABBEY, "clarify", ()),
    ("now the acrobats", False, ACROBATS, "edit", _edit("remove the acrobats")),
)
"""Edits with no object or no change."""

NO_REFERENT: tuple[Dev, ...] = (
    # "it", "that", "them" before any edit: nothing to point at
    ("can u make it pink pls", False, UPLOAD, "clarify", ()),
    ("put them on the left", False, UPLOAD, "clarify", ()),
    ("make that one bigger", False, UPLOAD, "clarify", ()),
    ("get rid of those", False, UPLOAD, "clarify", ()),
    ("turn this one gold", False, UPLOAD, "clarify", ()),
    ("they should be smaller", False, UPLOAD, "clarify", ()),
    ("change its colour to teal", False, UPLOAD, "clarify", ()),
    ("paint it white pls", False, UPLOAD, "clarify", ()),
    ("make it spin around", False, UPLOAD, "clarify", ()),
    ("make it look like that one", False, UPLOAD, "clarify", ()),
    ("that, but bigger", False, UPLOAD, "clarify", ()),
    ("can you make them match", False, UPLOAD, "clarify", ()),
)
"""Pronouns with no referent."""

WHICH: tuple[Dev, ...] = (
    # two options, no choice made
    ("red or blue?", False, UPLOAD, "clarify", ()),
    ("either the king or the queen, make it silver", False, UPLOAD, "clarify", ()),
    ("make the blimp red or maybe orange", False, UPLOAD, "clarify", ()),
    ("remove the sheep or the gravestones idk", False, UPLOAD, "clarify", ()),
    ("the bell or the weathervane, make it bronze", False, UPLOAD, "clarify", ()),
    ("gold or silver for the clock hands, idk", False, UPLOAD, "clarify", ()),
    ("one of the acrobats should be in red", False, UPLOAD, "clarify", ()),
    ("make the left or right bar stool taller", False, UPLOAD, "clarify", ()),
    ("blue or green, ugh", False, COCKTAIL, "clarify", ()),
    ("the white one or the black one", False, CHESS, "clarify", ()),
    ("left or right?", False, ACROBATS, "clarify", ()),
)
"""Which one is left open."""

NOT_THERE: tuple[Dev, ...] = (
    # a thing the scene plainly does not hold, named vaguely
    ("the snowman thing near the bar, can u do something about it", False, COCKTAIL, "clarify", ()),
    ("that boat in the back looks off", False, CHEETAH, "clarify", ()),
    ("can the penguins be a bit different", False, CLOCKTOWER, "clarify", ()),
    ("the surfboard... idk change it", False, CHESS, "clarify", ()),
    ("the dragon on the roof, fix it", False, ABBEY, "clarify", ()),
)
"""Things the photo does not hold, named vaguely."""

GARBLED: tuple[Dev, ...] = (
    # typos that leave the request unreadable
    ("mkae teh thign mroe bleu lkie teh othr", False, UPLOAD, "clarify", ()),
    ("cna u mak ethe axlotl", False, UPLOAD, "clarify", ()),
    ("rmv th blp wrd sde", False, BLIMP, "clarify", ()),
    ("asdfghjk", False, UPLOAD, "clarify", ()),
    ("mkae th cheeta spotts", False, UPLOAD, "clarify", ()),
    ("ccan yu maek it", False, UPLOAD, "clarify", ()),
    ("teh chss bord shud b mor", False, UPLOAD, "clarify", ()),
    ("plz fx th clk thng ty", False, UPLOAD, "clarify", ()),
    ("wht abt th gls", False, COCKTAIL, "clarify", ()),
    ("tje acrobt leotrd, cn u", False, ACROBATS, "clarify", ()),
)
"""Unreadable typos."""

CUT_OFF: tuple[Dev, ...] = (
    # turns that stop before saying what to do
    ("could you make the acrobat", False, UPLOAD, "clarify", ()),
    ("i want the bartender to", False, UPLOAD, "clarify", ()),
    ("replace the weathervane with a", False, UPLOAD, "clarify", ()),
    ("put the gazelle next to", False, CHEETAH, "clarify", ()),
    ("lets turn the abbey into", False, UPLOAD, "clarify", ()),
    ("ok so the ivy", False, ABBEY, "clarify", ()),
    ("and then maybe the", False, BLIMP, "clarify", ()),
    ("add a tiny", False, AXOLOTL, "clarify", ()),
    ("the clock hands should", False, UPLOAD, "clarify", ()),
    ("make the chessboard look like its made of", False, UPLOAD, "clarify", ()),
    ("change the lime wedge to", False, COCKTAIL, "clarify", ()),
    ("can you give the cheetah some", False, UPLOAD, "clarify", ()),
    ("now make the", False, CLOCKTOWER, "clarify", ()),
    ("i was thinking maybe we could", False, CHESS, "clarify", ()),
    ("remove every", False, UPLOAD, "clarify", ()),
    ("the sky over the abbey should look more like", False, UPLOAD, "clarify", ()),
    ("so basically i need the blimp to", False, UPLOAD, "clarify", ()),
)
"""Turns cut off mid-sentence."""

WISHES: tuple[Dev, ...] = (
    # wishes that name no change at all
    ("just fix it", False, UPLOAD, "clarify", ()),
    ("can u fix it pls", False, ABBEY, "clarify", ()),
    ("make it better pls 🙏", False, UPLOAD, "clarify", ()),
    ("do something cool w it", False, UPLOAD, "clarify", ()),
    ("surprise me 😄", False, UPLOAD, "clarify", ()),
    ("improve it a bit", False, UPLOAD, "clarify", ()),
    ("do ur magic pls ✨", False, UPLOAD, "clarify", ()),
    ("idk whatever u think is best", False, COCKTAIL, "clarify", ()),
    ("fix the clocktower pic", False, UPLOAD, "clarify", ()),
    ("do sth fun with the blimp", False, UPLOAD, "clarify", ()),
)
"""Wishes with no change named."""

REACTIONS: tuple[Dev, ...] = (
    # after an edit: could mean undo, retry or something else
    ("hmmm.", False, CLOCKTOWER, "clarify", ()),
    ("mehhhh", False, COCKTAIL, "clarify", ()),
    ("not sure about this", False, BLIMP, "clarify", ()),
    ("wait what", False, CHEETAH, "clarify", ()),
    ("ehh", False, AXOLOTL, "clarify", ()),
    ("hmm idk about the sale thing", False, BLIMP, "clarify", ()),
    ("thats not quite it", False, CHESS, "clarify", ()),
    ("weird", False, ABBEY, "clarify", ()),
    ("uhhh what", False, ACROBATS, "clarify", ()),
    ("🤨", False, CHEETAH, "clarify", ()),
    ("noo", False, COCKTAIL, "clarify", ()),
    ("thats not what i pictured", False, ACROBATS, "clarify", ()),
    ("hmm not convinced", False, CLOCKTOWER, "clarify", ()),
    ("close but no", False, COCKTAIL, "clarify", ()),
)
"""Reactions that could mean undo or retry."""

ROUND_ALONE: tuple[Dev, ...] = (
    # a round named with no verb: go there (nothing is lost); one that does not exist asks
    ("round 2?", False, CHEETAH, "goto", _goto(2)),
    ("r1", False, ACROBATS, "goto", _goto(1)),
    ("round 1 ?", False, BLIMP, "goto", _goto(1)),
    ("what about round 1", False, ABBEY, "clarify", ()),
    ("round 5?", False, CLOCKTOWER, "clarify", ()),
    ("the first one?", False, CHEETAH, "clarify", ()),
)
"""A round with no verb."""

COLOUR_ALONE: tuple[Dev, ...] = (
    # a colour alone, with nothing edited yet
    ("teal maybe", False, UPLOAD, "clarify", ()),
    ("more purple-ish?", False, UPLOAD, "clarify", ()),
    ("burgundy pls", False, UPLOAD, "clarify", ()),
    ("golddd", False, UPLOAD, "clarify", ()),
    ("blue instead", False, UPLOAD, "clarify", ()),
    ("navy?", False, (), "clarify", ()),
)
"""A colour alone before any edit."""

NOTHING_BEFORE: tuple[Dev, ...] = (
    # retry, undo and corrections with no edit to act on
    ("one more time plz", False, UPLOAD, "clarify", ()),
    ("pls undo it", False, UPLOAD, "clarify", ()),
    ("take it back pls", False, UPLOAD, "clarify", ()),
    ("way stronger pls", False, UPLOAD, "clarify", ()),
    ("do it again but biggerrr", False, UPLOAD, "clarify", ()),
    ("no i meant the king", False, UPLOAD, "clarify", ()),
    ("same again, please", False, UPLOAD, "clarify", ()),
    ("not that, the other one lol", False, CHESS, "clarify", ()),
)
"""Nothing to repeat, take back or correct, or no way to tell what to correct it to."""

PHOTO_VAGUE: tuple[Dev, ...] = (
    # a photo with a vague or broken-off caption
    ("new pic, make it", True, UPLOAD, "clarify", ()),
    ("heres another, fix it pls", True, AFTER_CLOCKTOWER, "clarify", ()),
    ("other angle, red or gold??", True, AFTER_CLOCKTOWER, "clarify", ()),
    ("ok this one. the thing on the left", True, UPLOAD, "clarify", ()),
    ("axolotl pic 2, can u", True, AFTER_AXOLOTL, "clarify", ()),
)
"""A photo with a vague caption."""

CLEAR_EDITS: tuple[Dev, ...] = (
    # messy wording, but a clear edit
    (
        "pls can you to make the axolotl more pink, thank you very much",
        False,
        UPLOAD,
        "edit",
        _edit("make the axolotl more pink", "make the axolotl pinker"),
    ),
    (
        "i want that the gills are more red",
        False,
        UPLOAD,
        "edit",
        _edit("make the gills more red", "make the gills redder"),
    ),
    ("make the bartender smile", False, UPLOAD, "edit", _edit("make the bartender smile")),
    (
        "remove evryone at the bar except the bartender",
        False,
        UPLOAD,
        "edit",
        _edit("remove everyone at the bar except the bartender", "remove evryone at the bar except the bartender"),
    ),
    ("make cheetah run", False, UPLOAD, "edit", _edit("make the cheetah run", "make cheetah run")),
    ("knock over a few pawns on the board", False, UPLOAD, "edit", _edit("knock over a few pawns on the board")),
    (
        "the pigeons on the clocktower should be gone",
        False,
        UPLOAD,
        "edit",
        _edit("remove the pigeons on the clocktower", "make the pigeons on the clocktower gone"),
    ),
    (
        "put a crescent moon above the rose window",
        False,
        UPLOAD,
        "edit",
        _edit("put a crescent moon above the rose window"),
    ),
    ("give the acrobats matching red capes", False, UPLOAD, "edit", _edit("give the acrobats matching red capes")),
    ("make her leotard sparkly", False, UPLOAD, "edit", _edit("make her leotard sparkly")),
    (
        "make the blimp look like a giant fish lol",
        False,
        UPLOAD,
        "edit",
        _edit("make the blimp look like a giant fish"),
    ),
    (
        "add a second blimp far away and make the clouds pink",
        False,
        UPLOAD,
        "edit",
        _edits("add a second blimp far away", "make the clouds pink"),
    ),
    (
        "remove the jeep, then make the sky orange",
        False,
        UPLOAD,
        "edit",
        _edits("remove the jeep", "make the sky orange"),
    ),
    ("add a snowman next to the bar", False, COCKTAIL, "edit", _edit("add a snowman next to the bar")),
    (
        "put a penguin on the clocktower balcony",
        False,
        CLOCKTOWER,
        "edit",
        _edit("put a penguin on the clocktower balcony"),
    ),
    # readable typos: an edit, the typo kept as an alternative
    (
        "the clok fase shud be sliver",
        False,
        UPLOAD,
        "edit",
        _edit("make the clock face silver", "make the clok fase sliver"),
    ),
    ("maek teh axolotl glwo", False, UPLOAD, "edit", _edit("make the axolotl glow", "maek teh axolotl glwo")),
    ("remvoe the jepp pls", False, UPLOAD, "edit", _edit("remove the jeep", "remvoe the jepp")),
    (
        "ad sum sheep on teh hill",
        False,
        UPLOAD,
        "edit",
        _edit("add some sheep on the hill", "ad sum sheep on teh hill"),
    ),
    (
        "mak the blimp bigg",
        False,
        UPLOAD,
        "edit",
        _edit("make the blimp bigger", "make the blimp big", "mak the blimp bigg"),
    ),
    # the cut-off turns, finished
    ("replace the weathervane with a rooster", False, UPLOAD, "edit", _edit("replace the weathervane with a rooster")),
    ("the clock hands should be black", False, UPLOAD, "edit", _edit("make the clock hands black")),
    ("change the lime wedge to a cherry", False, COCKTAIL, "edit", _edit("change the lime wedge to a cherry")),
    (
        "make the chessboard look like its made of glass",
        False,
        UPLOAD,
        "edit",
        _edit("make the chessboard look like it's made of glass", "make the chessboard look like its made of glass"),
    ),
    ("can you give the cheetah some cubs", False, UPLOAD, "edit", _edit("give the cheetah some cubs")),
    # vague-sounding but actionable
    ("can you make it look a bit nicer", False, UPLOAD, "clarify", ()),  # nicer how? as the earlier sets ask
    ("make the bar look warmer and cosier", False, UPLOAD, "edit", _edit("make the bar look warmer and cosier")),
    ("make it more dramatic", False, UPLOAD, "edit", _edit("make it more dramatic", "make the photo more dramatic")),
    (
        "make it look kinda vintage",
        False,
        UPLOAD,
        "edit",
        _edit("make it look kinda vintage", "make it look vintage", "make the photo look vintage"),
    ),
    (
        "fix the lighting on the bartender's face, its too dark",
        False,
        UPLOAD,
        "edit",
        _edit(
            "fix the lighting on the bartender's face",
            "brighten the bartender's face",
            "fix the lighting on the bartender's face its too dark",
        ),
    ),
    (
        "straighten the tower, it's leaning",
        False,
        UPLOAD,
        "edit",
        _edit("straighten the tower", "straighten the tower it's leaning"),
    ),
    # the vague turns, made specific
    (
        "move the cheetah to the left side of the frame",
        False,
        UPLOAD,
        "edit",
        _edit("move the cheetah to the left side of the frame"),
    ),
    (
        "resize the clock to about twice as big",
        False,
        UPLOAD,
        "edit",
        _edit("resize the clock to about twice as big", "make the clock twice as big"),
    ),
    ("swap the thermos for a teapot", False, UPLOAD, "edit", _edit("swap the thermos for a teapot")),
    ("red, on the blimp", False, UPLOAD, "edit", _edit("make the blimp red")),
    ("remove all of the sheep", False, UPLOAD, "edit", _edit("remove all of the sheep")),
    ("make both bar stools taller", False, UPLOAD, "edit", _edit("make both bar stools taller")),
    (
        "make the pieces look like theyre carved from marble",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the pieces look like they're carved from marble",
            "make the pieces look like theyre carved from marble",
        ),
    ),
    # a new photo with a clear caption
    ("here, the axolotl needs to be pinker", True, UPLOAD, "edit", _edit("make the axolotl pinker")),
    ("same edit for this one pls", True, AFTER_COCKTAIL, "edit", _edit("make the cocktail bright blue")),
    ("this one too but in red", True, AFTER_CLOCKTOWER, "edit", _edit("make the clock face red")),
    ("same?", True, AFTER_AXOLOTL, "edit", _edit("make the axolotl lavender")),
    ("make it lavender too", True, AFTER_AXOLOTL, "edit", _edit("make the axolotl lavender")),
    # after an edit: new requests, "it" resolved to the last edit's object
    ("now add a ringmaster in a top hat", False, ACROBATS, "edit", _edit("add a ringmaster in a top hat")),
    ("now bigger", False, CLOCKTOWER, "edit", _edit("make the clock face bigger")),
    ("swap it for a digital display", False, CLOCKTOWER, "edit", _edit("swap the clock face for a digital display")),
    ("can you make it sparkle", False, COCKTAIL, "edit", _edit("make the cocktail sparkle")),
    ("the shaker too", False, COCKTAIL, "edit", _edit("make the shaker bright blue")),
    ("the king as well", False, CHESS, "edit", _edit("make the king gold")),
    ("make the gazelle leap", False, CHEETAH, "edit", _edit("make the gazelle leap")),
    ("and the gills pink", False, AXOLOTL, "edit", _edit("make the gills pink", "make the axolotl's gills pink")),
    ("now make the SALE letters yellow", False, BLIMP, "edit", _edit("make the SALE letters yellow")),
    ("add some sheep between the gravestones", False, ABBEY, "edit", _edit("add some sheep between the gravestones")),
    (
        "change the colour to emerald",
        False,
        COCKTAIL,
        "edit",
        _edit(
            "change the colour of the cocktail to emerald",
            "change the cocktail's colour to emerald",
            "make the cocktail emerald",
        ),
    ),
)
"""Clear edits that look like the vague turns."""

CLEAR_REVISIONS: tuple[Dev, ...] = (
    # "more", "less", "again" after an edit: a retry
    ("more blue!!", False, COCKTAIL, "retry", _retry("stronger")),
    ("stronger lavender", False, AXOLOTL, "retry", _retry("stronger")),
    ("a lil less gold pls", False, CLOCKTOWER, "retry", _retry("weaker")),
    ("erm thats a bit much", False, AXOLOTL, "retry", _retry("weaker")),
    ("one more go pls", False, CHESS, "retry", _retry()),
    ("reroll the gazelle", False, CHEETAH, "retry", _retry()),
    ("meh, give me another one", False, COCKTAIL, "retry", _retry()),
    ("the ivy looks fake, try again", False, ABBEY[:3], "retry", _retry()),
    ("ehh the blue is too loud, tone it down", False, COCKTAIL, "retry", _retry("weaker")),
    ("again with a different seed pls", False, BLIMP, "retry", _retry()),
    ("can it be more stormy", False, ABBEY, "retry", _retry("stronger")),
    # a colour or an object alone after an edit: a correction
    ("teal instead", False, CLOCKTOWER, "correction", _fix("make the clock face teal")),
    ("not sure about the gold, try silver", False, CLOCKTOWER, "correction", _fix("make the clock face silver")),
    ("green instead pls", False, COCKTAIL, "correction", _fix("make the cocktail green")),
    ("burgundy", False, BLIMP[:2], "correction", _fix("make the blimp burgundy")),
    ("noo the king, not the queen", False, CHESS, "correction", _fix("make the king gold")),
    (
        "not the leotard, the cape",
        False,
        ACROBATS[:2],
        "correction",
        _fix("make the acrobat's cape silver", "make the cape silver"),
    ),
    ("i meant the white queen", False, CHESS, "correction", _fix("make the white queen gold")),
    (
        "i meant the gills not the whole axolotl",
        False,
        AXOLOTL,
        "correction",
        _fix("make the axolotl's gills lavender", "make the gills lavender"),
    ),
    # reactions that say what to do: undo
    ("hmm no, undo", False, CLOCKTOWER, "undo", _goto(0)),
    ("hmm, redo it with a different seed", False, CLOCKTOWER, "retry", _retry()),
    ("nope, go back", False, CHESS, "undo", _goto(0)),
    ("wait what, why is the net gone? put it back", False, ACROBATS, "undo", _goto(1)),
    ("scrap that, nah", False, BLIMP, "undo", _goto(1)),
    ("ctrl+z x2", False, ABBEY, "undo", _goto(1)),
    ("undo that one pls", False, AXOLOTL, "undo", _goto(0)),
    ("take it back, the sky was nicer before", False, ABBEY, "undo", _goto(2)),
    ("get rid of the gazelle, it was better without", False, CHEETAH, "undo", _goto(2)),
    # rounds named with a verb
    ("ok back to round 2", False, CHEETAH, "goto", _goto(2)),
    ("show me round 2 pls", False, CHEETAH, "show", _show(2)),
    ("round 1 vs round 3", False, CHEETAH, "compare", _compare(1, 3)),
    ("round 2 looked better, go there", False, ABBEY, "goto", _goto(2)),
    ("back to before the ivy", False, ABBEY, "goto", _goto(1)),
    # a reaction that asks about the last edit
    ("wait what did u just change there", False, CHEETAH, "status", STATUS),
)
"""Retries, corrections, undo and rounds made clear by the edit before them."""

TALK: tuple[Dev, ...] = (
    # reactions, greetings, questions: answered in words
    ("hmm ok fine", False, CHEETAH, "talk", ()),
    ("lol ok i like it", False, BLIMP, "talk", ()),
    ("ngl not bad at all", False, ABBEY, "talk", ()),
    ("hiii 👋 first time using this", False, UPLOAD, "talk", ()),
    ("lol the cheetah looks so smug", False, CHEETAH, "talk", ()),
    ("perfect!! my bartender friend will love this", False, COCKTAIL, "talk", ()),
    ("can you turn photos into paintings?", False, UPLOAD, "talk", ()),
    ("the gold clock face is exactly right", False, CLOCKTOWER, "talk", ()),
    ("ok thats it for today, ty", False, ABBEY, "talk", ()),
    ("whats an axolotl anyway lol", False, AXOLOTL, "talk", ()),
    ("write an insta caption for this cocktail", False, COCKTAIL, "talk", ()),
    ("which is better for the axolotl, pink or peach?", False, UPLOAD, "talk", ()),
    ("gold or bronze, what do you think", False, CLOCKTOWER, "talk", ()),
    ("no thats fine, leave it", False, CHESS, "talk", ()),
    ("can you do more than one edit at once?", False, UPLOAD, "talk", ()),
    ("dont change anything, just looking", False, BLIMP, "talk", ()),
    ("how do i get the original back if i mess up?", False, ABBEY, "talk", ()),
    # captions: store the photo, ask what to change
    ("our local cocktail bar 🍸", True, UPLOAD, "caption", ()),
    ("the clocktower in my hometown, built 1887", True, UPLOAD, "caption", ()),
    ("here u go, another one", True, AFTER_CLOCKTOWER, "caption", ()),
    ("my axolotl bubbles!!", True, UPLOAD, "caption", ()),
    ("grandpa and his chess buddy in the park", True, UPLOAD, "caption", ()),
    ("the abbey from the other side", True, AFTER_ABBEY, "caption", ()),
)
"""Talk and captions."""

R15A: tuple[Dev, ...] = (
    *NO_CHANGE,
    *NO_REFERENT,
    *WHICH,
    *NOT_THERE,
    *GARBLED,
    *CUT_OFF,
    *WISHES,
    *REACTIONS,
    *ROUND_ALONE,
    *COLOUR_ALONE,
    *NOTHING_BEFORE,
    *PHOTO_VAGUE,
    *CLEAR_EDITS,
    *CLEAR_REVISIONS,
    *TALK,
)
"""Every turn whose state has its last round current."""

R15A_MOVED: tuple[tuple[int, Dev], ...] = (
    # the blimp after one undo: round 1 (red blimp) current, the SALE text ahead
    (1, ("again??", False, BLIMP, "clarify", ())),
    (1, ("hmmm idk", False, BLIMP, "clarify", ())),
    (1, ("round two?", False, BLIMP, "goto", _goto(2))),
    (1, ("even redder", False, BLIMP, "retry", _retry("stronger"))),
    (1, ("put the sale text back", False, BLIMP, "redo", _goto(2))),
    (1, ("make it a tad bigger", False, BLIMP, "edit", _edit("make the blimp a tad bigger", "make the blimp bigger"))),
    (1, ("orange instead", False, BLIMP, "correction", _fix("make the blimp orange"))),
    # the clocktower after undo: the original current, the gold clock face ahead
    (0, ("more of it pls", False, CLOCKTOWER, "clarify", ())),
    (0, ("and undo again", False, CLOCKTOWER, "clarify", ())),
    (0, ("try once more", False, CLOCKTOWER, "clarify", ())),
    (0, ("bring it back pls", False, CLOCKTOWER, "redo", _goto(1))),
    (0, ("make the clock hands silver", False, CLOCKTOWER, "edit", _edit("make the clock hands silver"))),
    # the cheetah after two undos: round 1 (no jeep) current, rounds 2 and 3 ahead
    (1, ("round 3?", False, CHEETAH, "goto", _goto(3))),
    (1, ("ughhh", False, CHEETAH, "clarify", ())),
    (1, ("the grass?", False, CHEETAH, "clarify", ())),
    (1, ("redo it pls", False, CHEETAH, "redo", _goto(2))),
    (1, ("redo both of em", False, CHEETAH, "redo", _goto(3))),
    (1, ("add a baobab tree on the left", False, CHEETAH, "edit", _edit("add a baobab tree on the left"))),
    # the abbey after two undos: round 1 (no scaffolding) current, ivy and storm ahead
    (1, ("the ivy?", False, ABBEY, "clarify", ())),
    (1, ("bring back the ivy", False, ABBEY, "redo", _goto(2))),
    (1, ("the scaffolding removal looks smudgy, again", False, ABBEY, "retry", _retry())),
)
"""Turns after an undo: the current round (first) is not the latest."""


def r15a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R15A`, then the moved ones)."""
    return with_moved(R15A, "r15a", R15A_MOVED, "r15a_moved")
