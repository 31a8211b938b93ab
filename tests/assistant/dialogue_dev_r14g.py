"""A fresh development set of chat turns about the last edit and earlier rounds (round 14, helper g).

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue
model was run on any of it, as ordinary turns about photos no other set leans on: a fishing harbour
with a trawler, a chess game, a graffiti wall, a birthday party, a mountain hut, a racing kart, a
violin shop and rice terraces. Most turns act on the last edit or on earlier rounds: corrections in
many shapes (object, colour, size, place, the whole instruction; "no", "not X, Y", "I meant", "wrong",
"instead", "actually", "I said", "should have been", typos), retries and stronger / weaker (complaints
that ask for another go included), undo and redo said in many ways (several steps, "undo undo"),
references and gotos (round N, the original, before the X, the version with the X, steps back, the
first edit, when the X was still Y, edits on a named earlier round, impossible references),
show / compare / status / history, and follow-up edits with "it" / "them" / "its X" / "the X too" /
"same for". The cases have the development set's format (`Dev`: turn, photo, state, act, calls) and are
judged as the held-out set is (`with_moved`). `MOVED` holds turns whose current round (first) is an
earlier one, after a goto or an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    SHARE,
    STATUS,
    UPLOAD,
    Dev,
    _compare,
    _edit,
    _edits,
    _export,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)
from tests.assistant.dialogue_validation_second import _edit_on, _undo_then

TRAWLER = ((None, None), (0, "paint the trawler hull red"))
"""A fishing harbour with one edit."""
HARBOUR = (
    (None, None),
    (0, "remove the rusty bollard from the quay"),
    (1, "add gulls circling the mast"),
    (2, "stack lobster pots on the quay"),
)
"""A fishing harbour with three edits, each on the one before."""
CHESS = ((None, None), (0, "make the rook ivory"), (1, "add a chess clock beside the board"))
"""A chess game with two edits."""
GRAFFITI = ((None, None), (0, "make the graffiti letters neon pink"))
"""A graffiti wall with one edit."""
MURAL = (
    (None, None),
    (0, "make the graffiti letters neon pink"),
    (1, "add a spray can on the pavement"),
    (1, "add a kid in a hoodie spraying the wall"),
)
"""A graffiti wall, branched: round 3 was made from round 1, beside round 2."""
PARTY = (
    (None, None),
    (0, "put party hats on the kids"),
    (1, "add confetti in the air"),
    (2, "make the balloons gold"),
    (3, "light the candles on the cake"),
)
"""A birthday party with four edits, each on the one before."""
HUT = ((None, None), (0, "cover the hut roof in snow"), (1, "add smoke from the chimney"))
"""A mountain hut with two edits."""
KART = ((None, None), (0, "make the kart lime green"))
"""A racing kart with one edit."""
KART_REDONE = ((None, None), (0, "make the kart lime green"), (0, "make the kart orange"))
"""A racing kart after a correction: round 2 is a sibling of round 1, made from the original."""
VIOLIN = (
    (None, None),
    (0, "make the violin varnish darker"),
    (1, "remove the price tag from the scroll"),
    (2, "add a cello in the corner"),
)
"""A violin shop with three edits, each on the one before."""
RICE = ((None, None), (0, "make the rice terraces greener"))
"""Rice terraces with one edit."""
PADDIES = (
    (None, None),
    (0, "add a water buffalo in the paddy"),
    (None, None),
    (2, "add mist over the terraces"),
)
"""Two photos in one session: a paddy field (rounds 0-1), then terraces at dawn (rounds 2-3)."""

AFTER_KART = (*KART, (None, None))
AFTER_RICE = (*RICE, (None, None))
AFTER_TRAWLER = (*TRAWLER, (None, None))

CORRECTIONS: tuple[Dev, ...] = (
    # the object was wrong
    (
        "no the dinghy not the trawler",
        False,
        TRAWLER,
        "correction",
        _fix("paint the dinghy hull red", "paint the dinghy red"),
    ),
    ("i meant the wheelhouse", False, TRAWLER, "correction", _fix("paint the wheelhouse red")),
    ("wrong piece, the bishop", False, CHESS[:2], "correction", _fix("make the bishop ivory")),
    ("i ment the knight", False, CHESS[:2], "correction", _fix("make the knight ivory")),
    ("should of been the black queen", False, CHESS[:2], "correction", _fix("make the black queen ivory")),
    (
        "the outline, not the letters",
        False,
        GRAFFITI,
        "correction",
        _fix("make the graffiti outline neon pink", "make the outline neon pink"),
    ),
    ("not a kid, an old man", False, MURAL, "correction", _fix("add an old man in a hoodie spraying the wall")),
    ("the streamers, sorry", False, PARTY[:4], "correction", _fix("make the streamers gold")),
    ("on the grown ups, not the kids", False, PARTY[:2], "correction", _fix("put party hats on the grown ups")),
    ("no no the helmet", False, KART, "correction", _fix("make the helmet lime green")),
    (
        "the drivers suit i meant",
        False,
        KART,
        "correction",
        _fix("make the driver's suit lime green", "make the drivers suit lime green"),
    ),
    (
        "wrong, only the number plate on the front",
        False,
        KART,
        "correction",
        _fix("make the number plate on the front lime green", "make the front number plate lime green"),
    ),
    ("the viola not the violin", False, VIOLIN[:2], "correction", _fix("make the viola varnish darker")),
    ("the hills behind, not the terraces", False, RICE, "correction", _fix("make the hills behind greener")),
    ("a double bass, not a cello", False, VIOLIN, "correction", _fix("add a double bass in the corner")),
    ("crowns i meant, not party hats", False, PARTY[:2], "correction", _fix("put crowns on the kids")),
    ("crab pots* sorry", False, HARBOUR, "correction", _fix("stack crab pots on the quay")),
    ("i said bubbles not confetti", False, PARTY[:3], "correction", _fix("add bubbles in the air")),
    ("clouds, not mist", False, PADDIES, "correction", _fix("add clouds over the terraces")),
    # the colour or the look was wrong
    ("not red, navy", False, TRAWLER, "correction", _fix("paint the trawler hull navy")),
    ("not ivory, ebony", False, CHESS[:2], "correction", _fix("make the rook ebony")),
    ("nooo neon green!!", False, GRAFFITI, "correction", _fix("make the graffiti letters neon green")),
    ("pink yes but pastel, not neon", False, GRAFFITI, "correction", _fix("make the graffiti letters pastel pink")),
    ("I said neon orange?? not pink", False, GRAFFITI, "correction", _fix("make the graffiti letters neon orange")),
    ("silver not gold", False, PARTY[:4], "correction", _fix("make the balloons silver")),
    ("rose gold*", False, PARTY[:4], "correction", _fix("make the balloons rose gold")),
    ("frost not snow", False, HUT[:2], "correction", _fix("cover the hut roof in frost")),
    ("lime green?? i typed lemon yellow", False, KART, "correction", _fix("make the kart lemon yellow")),
    ("make it orange instead pls", False, KART, "correction", _fix("make the kart orange")),
    ("still wrong, i wanted matte black", False, KART_REDONE, "correction", _fix("make the kart matte black")),
    ("lighter i said, not darker", False, VIOLIN[:2], "correction", _fix("make the violin varnish lighter")),
    (
        "more golden i meant, like harvest time",
        False,
        RICE,
        "correction",
        _fix("make the rice terraces more golden", "make the rice terraces more golden like harvest time"),
    ),
    ("actualy blue instead", False, TRAWLER, "correction", _fix("paint the trawler hull blue")),
    ("hmm no, grey would be better", False, KART_REDONE, "correction", _fix("make the kart grey")),
    # the size or the place was wrong
    ("no, put the clock behind the board", False, CHESS, "correction", _fix("add a chess clock behind the board")),
    ("in the window, not the corner", False, VIOLIN, "correction", _fix("add a cello in the window")),
    (
        "smaller cello, a child size one i meant",
        False,
        VIOLIN,
        "correction",
        _fix("add a child size cello in the corner", "add a small child size cello in the corner"),
    ),
    ("on the boat deck, not the quay", False, HARBOUR, "correction", _fix("stack lobster pots on the boat deck")),
    (
        "should have been a light dusting, not a whole blanket",
        False,
        HUT[:2],
        "correction",
        _fix(
            "cover the hut roof in a light dusting of snow",
            "give the hut roof a light dusting of snow",
            "dust the hut roof with a light dusting of snow",
        ),
    ),
    ("from the stove pipe not the chimney", False, HUT, "correction", _fix("add smoke from the stove pipe")),
    (
        "the candles on the cupcakes, not the big cake",
        False,
        PARTY,
        "correction",
        _fix("light the candles on the cupcakes"),
    ),
    # the whole instruction was wrong
    ("no i meant blow out the candles", False, PARTY, "correction", _fix("blow out the candles on the cake")),
    ("frost not snow, and only on the windows", False, HUT[:2], "correction", _fix("cover the hut windows in frost")),
    (
        "wrong, i asked for fishing nets drying on the quay",
        False,
        HARBOUR,
        "correction",
        _fix("add fishing nets drying on the quay", "hang fishing nets drying on the quay"),
    ),
    ("scratch that, remove the power pole instead", False, PADDIES, "correction", _fix("remove the power pole")),
    (
        "thats not what i wanted at all. i wanted the letters to drip like wet paint",
        False,
        GRAFFITI,
        "correction",
        _fix("make the graffiti letters drip like wet paint", "make the letters drip like wet paint"),
    ),
    (
        "undo that and put a cat on the quay instead",
        False,
        HARBOUR,
        "correction",
        _undo_then(2, "put a cat on the quay"),
    ),
    ("actually a girl instead", False, MURAL, "correction", _fix("add a girl in a hoodie spraying the wall")),
    # nothing to correct, or not clear what
    ("no, I meant the other boat", False, UPLOAD, "clarify", ()),
    ("not that piece, the other one", False, CHESS[:2], "clarify", ()),
    ("navy not red", False, UPLOAD, "clarify", ()),
    (
        "actually, make the trawler's sails white instead",
        False,
        UPLOAD,
        "edit",
        _edit("make the trawler's sails white"),
    ),
)
"""Corrections: a sibling of the last edit with the corrected instruction, never an edit on top of it."""

RETRIES: tuple[Dev, ...] = (
    # another go at the same edit
    ("meh try again", False, TRAWLER, "retry", _retry()),
    ("one more go?", False, CHESS, "retry", _retry()),
    ("reroll pls", False, GRAFFITI, "retry", _retry()),
    ("can i see another version of that", False, PARTY, "retry", _retry()),
    ("again with a diff seed", False, HUT, "retry", _retry()),
    ("do it again", False, KART, "retry", _retry()),
    ("another one", False, VIOLIN, "retry", _retry()),
    ("again pls 🙏", False, RICE, "retry", _retry()),
    ("nope, have another go", False, HARBOUR, "retry", _retry()),
    ("try that one more time", False, MURAL, "retry", _retry()),
    ("generate it again plz", False, PADDIES, "retry", _retry()),
    ("same edit, new roll", False, KART_REDONE, "retry", _retry()),
    ("lets see a few more options for that", False, PARTY[:4], "retry", _retry()),
    # complaints that ask for another go
    (
        "i said the hull of the trawler, you painted the whole boat. again pls",
        False,
        TRAWLER,
        "retry",
        _retry(),
    ),
    ("the gulls look like bats lol try again", False, HARBOUR[:3], "retry", _retry()),
    ("hmm the red looks pasted on, try another one", False, TRAWLER, "retry", _retry()),
    ("that looks fake af, retry", False, VIOLIN, "retry", _retry()),
    ("the clock is floating in the air?? redo it", False, CHESS, "retry", _retry()),
    ("the hats came out melted, can u try once more", False, PARTY[:2], "retry", _retry()),
    ("why does the kid have 3 arms 😂 again", False, MURAL, "retry", _retry()),
    ("buffalo looks weird, give it another shot", False, PADDIES[:2], "retry", _retry()),
    # stronger
    ("redder", False, TRAWLER, "retry", _retry("stronger")),
    ("more snow", False, HUT[:2], "retry", _retry("stronger")),
    ("crank up the green", False, KART, "retry", _retry("stronger")),
    ("darker still", False, VIOLIN[:2], "retry", _retry("stronger")),
    ("go harder on it", False, GRAFFITI, "retry", _retry("stronger")),
    ("the effect is barely visible", False, RICE, "retry", _retry("stronger")),
    ("i can't even tell the difference, push it more", False, CHESS[:2], "retry", _retry("stronger")),
    ("more confetti!!", False, PARTY[:3], "retry", _retry("stronger")),
    ("thicker mist pls", False, PADDIES, "retry", _retry("stronger")),
    ("do that again but way more intense", False, HUT, "retry", _retry("stronger")),
    # weaker
    ("too much snow, less", False, HUT[:2], "retry", _retry("weaker")),
    ("a bit less pink, it burns my eyes", False, GRAFFITI, "retry", _retry("weaker")),
    ("too dark now, ease up", False, VIOLIN[:2], "retry", _retry("weaker")),
    ("more subtle plz", False, RICE, "retry", _retry("weaker")),
    ("way overdone", False, KART, "retry", _retry("weaker")),
    ("dial it back a bit", False, TRAWLER, "retry", _retry("weaker")),
    ("little less intense maybe", False, PARTY[:4], "retry", _retry("weaker")),
    ("the smoke is too heavy, tone it down", False, HUT, "retry", _retry("weaker")),
    # nothing to retry
    ("one more time pls", False, UPLOAD, "clarify", ()),
    ("stronger pls", False, UPLOAD, "clarify", ()),
)
"""Retries of the last edit: same parent and instruction, a new seed; stronger / weaker move the guidance."""

UNDO: tuple[Dev, ...] = (
    # one step
    ("undo", False, TRAWLER, "undo", _goto(0)),
    ("ctrl z", False, CHESS, "undo", _goto(1)),
    ("take that back pls", False, GRAFFITI, "undo", _goto(0)),
    ("nah revert", False, HUT, "undo", _goto(1)),
    ("i preferred it before tbh", False, KART, "undo", _goto(0)),
    ("go back one", False, VIOLIN, "undo", _goto(2)),
    ("remove the last edit", False, RICE, "undo", _goto(0)),
    ("cancel that", False, PARTY, "undo", _goto(3)),
    ("thats worse, undo", False, HARBOUR, "undo", _goto(2)),
    ("actually no lobster pots, undo that", False, HARBOUR[:4], "undo", _goto(2)),
    ("ugh no. back", False, MURAL, "undo", _goto(1)),
    ("the previous one looked better", False, PADDIES, "undo", _goto(2)),
    ("hmm undo that last one", False, KART_REDONE, "undo", _goto(0)),
    ("uhh revert the last change please", False, PARTY[:3], "undo", _goto(1)),
    ("delete that edit", False, CHESS[:2], "undo", _goto(0)),
    ("no thanks, put it back how it was", False, TRAWLER[:2], "undo", _goto(0)),
    ("revertir por favor", False, GRAFFITI[:2], "undo", _goto(0)),
    ("step back", False, HUT[:2], "undo", _goto(0)),
    ("oops. undo", False, VIOLIN[:3], "undo", _goto(1)),
    ("i dont like the cello, undo", False, VIOLIN[:4], "undo", _goto(2)),
    # several steps
    ("undo undo", False, HARBOUR, "undo", _goto(1)),
    ("undo x3", False, HARBOUR[:4], "undo", _goto(0)),
    ("undo the last 2", False, PARTY, "undo", _goto(2)),
    ("undo all of it", False, PARTY[:5], "undo", _goto(0)),
    ("undo twice", False, MURAL, "undo", _goto(0)),
    ("undo both edits", False, CHESS, "undo", _goto(0)),
    ("ctrl+z ctrl+z ctrl+z", False, VIOLIN, "undo", _goto(0)),
    ("go back two", False, HUT, "undo", _goto(0)),
    ("undo undo undo", False, PARTY, "undo", _goto(1)),
    # nothing to undo
    ("undo pls", False, UPLOAD, "clarify", ()),
    ("undo 5 times", False, CHESS, "clarify", ()),
)
"""Undo: back to the parent round, or several steps back."""

REFERENCES: tuple[Dev, ...] = (
    # round N
    ("go to round 1", False, HARBOUR, "goto", _goto(1)),
    ("back to r2 pls", False, PARTY, "goto", _goto(2)),
    ("can we go back to round 3 of the party pic", False, PARTY, "goto", _goto(3)),
    ("revert to version two", False, VIOLIN, "goto", _goto(2)),
    ("round 1 please", False, CHESS, "goto", _goto(1)),
    ("jump back to step 1", False, HUT, "goto", _goto(1)),
    # the original
    ("back to the original", False, TRAWLER, "goto", _goto(0)),
    ("start from scratch", False, PARTY, "goto", _goto(0)),
    ("restore the untouched kart photo", False, KART_REDONE, "goto", _goto(0)),
    ("go back to how the wall looked before any of this", False, MURAL, "goto", _goto(0)),
    ("reset it all to the og photo", False, VIOLIN, "goto", _goto(0)),
    ("go back to the first pic i uploaded", False, PADDIES, "goto", _goto(0)),
    # before the X
    ("back to before the gulls", False, HARBOUR, "goto", _goto(1)),
    ("go back to before you added the chess clock", False, CHESS, "goto", _goto(1)),
    ("revert to before the confetti", False, PARTY, "goto", _goto(1)),
    ("before the candles were lit pls", False, PARTY, "goto", _goto(3)),
    ("take me back to before you removed the price tag", False, VIOLIN, "goto", _goto(1)),
    ("back to before the smoke", False, HUT, "goto", _goto(1)),
    ("go back to the version before you painted the hull", False, TRAWLER, "goto", _goto(0)),
    ("before the kid was added", False, MURAL, "goto", _goto(1)),
    # the version with the X, when the X was still Y
    ("go back to the one with the gold balloons", False, PARTY, "goto", _goto(3)),
    ("take me to the spray can version", False, MURAL, "goto", _goto(2)),
    ("the version with the ivory rook but no clock", False, CHESS, "goto", _goto(1)),
    ("back to when the balloons were still red", False, PARTY, "goto", _goto(2)),
    ("go back to when the bollard was still there", False, HARBOUR, "goto", _goto(0)),
    ("back to when the roof had no snow", False, HUT, "goto", _goto(0)),
    ("the lime green kart pls, go back to it", False, KART_REDONE, "goto", _goto(1)),
    ("back to when the price tag was still on", False, VIOLIN, "goto", _goto(1)),
    ("back to the buffalo one", False, PADDIES, "goto", _goto(1)),
    # steps back, the first edit
    ("two steps back", False, HARBOUR, "goto", _goto(1)),
    ("go back 3 steps pls", False, PARTY, "goto", _goto(1)),
    ("back to the first edit", False, VIOLIN, "goto", _goto(1)),
    ("take me to the 2nd edit", False, PARTY, "goto", _goto(2)),
    ("back to the very first change you made", False, HARBOUR, "goto", _goto(1)),
    # an edit on a named earlier round
    (
        "on the original, make the sky stormy",
        False,
        HARBOUR,
        "edit",
        _edit_on(0, "make the sky stormy"),
    ),
    (
        "take round 1 and add a pelican on the quay",
        False,
        HARBOUR,
        "edit",
        _edit_on(1, "add a pelican on the quay"),
    ),
    (
        "from the version with the confetti, make the tablecloth blue",
        False,
        PARTY,
        "edit",
        _edit_on(2, "make the tablecloth blue"),
    ),
    (
        "using the unedited photo, put a cat on the hut porch",
        False,
        HUT,
        "edit",
        _edit_on(0, "put a cat on the hut porch"),
    ),
    (
        "go back to the ivory rook one and make the board marble",
        False,
        CHESS,
        "goto",
        _undo_then(1, "make the board marble"),
    ),
    (
        "on r2 can u hang a violin bow on the wall",
        False,
        VIOLIN,
        "edit",
        _edit_on(2, "hang a violin bow on the wall"),
    ),
    # impossible references: a plain answer, no call
    ("go to round 7", False, HARBOUR, "clarify", ()),
    ("revert to round -2", False, KART, "clarify", ()),
    ("back to before the fireworks", False, PARTY, "clarify", ()),
    ("show me round 1.5", False, VIOLIN, "clarify", ()),
    ("go back to the version with the dragon on the wall", False, MURAL, "clarify", ()),
    ("go back 4 steps", False, HUT, "clarify", ()),
    ("take me to the third edit", False, TRAWLER, "clarify", ()),
    ("back to round 99999999999999999999", False, CHESS, "clarify", ()),
    ("revert to before the original", False, RICE, "clarify", ()),
    ("back to the version where the kart was purple", False, KART_REDONE, "clarify", ()),
)
"""Goto and references: round N, the original, before the X, the version with the X, steps back, first edit."""

LOOKS: tuple[Dev, ...] = (
    # show
    ("show me round 1", False, HARBOUR, "show", _show(1)),
    ("lemme see the original trawler again", False, TRAWLER, "show", _show(0)),
    ("can i see what it looked like before the gulls", False, HARBOUR, "show", _show(1)),
    ("show the spray can one", False, MURAL, "show", _show(2)),
    ("pull up the version with the confetti", False, PARTY, "show", _show(2)),
    ("quick look at r3?", False, PARTY, "show", _show(3)),
    ("show me the lime green one again", False, KART_REDONE, "show", _show(1)),
    ("what did the violin look like before you darkened it", False, VIOLIN, "show", _show(0)),
    ("display the first photo", False, PADDIES, "show", _show(0)),
    ("show me two steps ago", False, HUT, "show", _show(0)),
    # compare
    ("compare round 1 and round 3", False, HARBOUR, "compare", _compare(1, 3)),
    ("before and after pls", False, TRAWLER, "compare", _compare(0, 1)),
    ("side by side with the og", False, PARTY, "compare", _compare(0, 4)),
    ("compare the spray can one and the kid one", False, MURAL, "compare", _compare(2, 3)),
    ("lime vs orange", False, KART_REDONE, "compare", _compare(1, 2)),
    ("compare this with the previous one", False, CHESS, "compare", _compare(1, 2)),
    ("r2 vs r4", False, PARTY, "compare", _compare(2, 4)),
    ("how does it look now compared to before the cello", False, VIOLIN, "compare", _compare(2, 3)),
    ("compare the snowy roof one to now", False, HUT, "compare", _compare(1, 2)),
    ("put the first edit next to the last edit", False, VIOLIN, "compare", _compare(1, 3)),
    ("compare the terraces before and after", False, PADDIES, "compare", _compare(2, 3)),
    ("original vs current, side by side", False, RICE, "compare", _compare(0, 1)),
    ("compare round 0 with round 8", False, HARBOUR, "clarify", ()),
    # status
    ("what round is this", False, HARBOUR, "status", STATUS),
    ("wait what did u just change", False, CHESS, "status", STATUS),
    ("which version am i looking at", False, MURAL, "status", STATUS),
    ("what was the last edit again?", False, PARTY, "status", STATUS),
    ("is this the edited one or the original", False, KART, "status", STATUS),
    ("how many edits have we made", False, VIOLIN, "status", STATUS),
    ("where are we at", False, HUT, "status", STATUS),
    ("what did you do to the terraces", False, RICE, "status", STATUS),
    # history
    ("recap", False, HARBOUR, "history", HISTORY),
    ("list all the edits so far", False, PARTY, "history", HISTORY),
    ("what have we done to the violin photo", False, VIOLIN, "history", HISTORY),
    ("show me the history", False, MURAL, "history", HISTORY),
    ("can u list every version", False, KART_REDONE, "history", HISTORY),
    ("what did we change so far on the chess pic", False, CHESS, "history", HISTORY),
    ("summary of all changes pls", False, PADDIES, "history", HISTORY),
    ("remind me of all the steps", False, HUT, "history", HISTORY),
    # share and export
    ("make a link for the chess club", False, CHESS, "share", SHARE),
    ("export as html", False, PARTY, "export", _export("html")),
    ("download everything pls", False, HARBOUR, "export", _export("bundle")),
)
"""Show, compare, status, history, and a little share and export."""

FOLLOW_UPS: tuple[Dev, ...] = (
    # "it" / "them" / "its X"
    ("make it glossy", False, TRAWLER, "edit", _edit("make the trawler hull glossy")),
    ("now add some rust streaks to it", False, TRAWLER, "edit", _edit("add some rust streaks to the trawler hull")),
    ("make it a bit bigger", False, CHESS, "edit", _edit("make the chess clock a bit bigger")),
    ("make them drip", False, GRAFFITI, "edit", _edit("make the graffiti letters drip")),
    ("add a glow around them", False, GRAFFITI, "edit", _edit("add a glow around the graffiti letters")),
    ("make them flicker more", False, PARTY, "edit", _edit("make the candles flicker more")),
    ("make them float higher", False, PARTY[:4], "edit", _edit("make the balloons float higher")),
    ("put some icicles on it too", False, HUT[:2], "edit", _edit("put some icicles on the hut roof")),
    ("make its wheels black", False, KART, "edit", _edit("make the kart's wheels black", "make the kart wheels black")),
    ("add a racing number on it, 27", False, KART, "edit", _edit("add a racing number 27 on the kart")),
    ("put stripes on it", False, KART_REDONE, "edit", _edit("put stripes on the kart")),
    (
        "make its strings shine",
        False,
        VIOLIN[:2],
        "edit",
        _edit("make the violin's strings shine", "make the violin strings shine"),
    ),
    ("give it a bow resting on the stand", False, VIOLIN, "edit", _edit("give the cello a bow resting on the stand")),
    ("make them look wetter", False, RICE, "edit", _edit("make the rice terraces look wetter")),
    ("make it drift lower into the valley", False, PADDIES, "edit", _edit("make the mist drift lower into the valley")),
    ("make it darker", False, HUT, "edit", _edit("make the smoke from the chimney darker", "make the smoke darker")),
    ("make them fly lower", False, HARBOUR[:3], "edit", _edit("make the gulls fly lower")),
    # "the X too", "same for"
    ("the dinghy too", False, TRAWLER, "edit", _edit("paint the dinghy hull red", "paint the dinghy red")),
    ("same for the bishops", False, CHESS[:2], "edit", _edit("make the bishops ivory")),
    ("the knight as well pls", False, CHESS[:2], "edit", _edit("make the knight ivory")),
    ("the shutter too", False, GRAFFITI, "edit", _edit("make the shutter neon pink")),
    ("the parents too lol", False, PARTY[:2], "edit", _edit("put party hats on the parents")),
    ("same for the ribbons", False, PARTY[:4], "edit", _edit("make the ribbons gold")),
    ("the woodshed roof as well", False, HUT[:2], "edit", _edit("cover the woodshed roof in snow")),
    ("do the helmet too", False, KART, "edit", _edit("make the helmet lime green")),
    ("same with the viola", False, VIOLIN[:2], "edit", _edit("make the viola varnish darker")),
    ("and the mountains behind too", False, RICE, "edit", _edit("make the mountains behind greener")),
    ("same for this one", True, AFTER_KART, "edit", _edit("make the kart lime green")),
    ("do the same to this pic pls", True, AFTER_RICE, "edit", _edit("make the rice terraces greener")),
    ("this one too but blue", True, AFTER_TRAWLER, "edit", _edit("paint the trawler hull blue")),
    # a new request after an edit, fillers cut
    ("now remove the tourists on the pier", False, HARBOUR, "edit", _edit("remove the tourists on the pier")),
    ("ok also add a pawn lying on its side", False, CHESS, "edit", _edit("add a pawn lying on its side")),
    (
        "nice!! next add a banner saying happy 7th birthday mia and make the cake pink",
        False,
        PARTY,
        "edit",
        _edits("add a banner saying happy 7th birthday mia", "make the cake pink"),
    ),
    # a photo with words
    ("our kart at the regional final 🏁", True, UPLOAD, "caption", ()),
    ("here is the hut from our hike last week", True, AFTER_TRAWLER, "caption", ()),
)
"""Follow-up edits with "it" / "them" / "its X" / "the X too" / "same for", and photos with words."""

R14G: tuple[Dev, ...] = (*CORRECTIONS, *RETRIES, *UNDO, *REFERENCES, *LOOKS, *FOLLOW_UPS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # redo, only when the current round is an earlier one
    (1, ("redo", False, HARBOUR, "redo", _goto(2))),
    (1, ("redo all of them", False, HARBOUR, "redo", _goto(3))),
    (1, ("nvm, forward again", False, HARBOUR, "redo", _goto(2))),
    (2, ("redo x2", False, PARTY, "redo", _goto(4))),
    (2, ("ctrl+y", False, PARTY, "redo", _goto(3))),
    (0, ("nah redo that", False, KART, "redo", _goto(1))),
    (1, ("redo both", False, VIOLIN, "redo", _goto(3))),
    (1, ("redo the smoke", False, HUT, "redo", _goto(2))),
    (0, ("redo redo", False, CHESS, "redo", _goto(2))),
    # undo further, or nothing left to undo
    (1, ("undo again", False, HARBOUR, "undo", _goto(0))),
    (2, ("undo one more time", False, PARTY, "undo", _goto(1))),
    (0, ("undo once more", False, KART, "clarify", ())),
    # references from an earlier round
    (1, ("bring the lobster pots back", False, HARBOUR, "goto", _goto(3))),
    (2, ("ok put the gold balloons back", False, PARTY, "goto", _goto(3))),
    (1, ("go to the cello one", False, VIOLIN, "goto", _goto(3))),
    (0, ("put back the ivory rook", False, CHESS, "goto", _goto(1))),
    (1, ("show me the latest", False, VIOLIN, "show", _show(3))),
    (1, ("compare this with the newest", False, HARBOUR, "compare", _compare(1, 3))),
    (2, ("which round is this now?", False, PARTY, "status", STATUS)),
    # a new edit from the current round
    (2, ("add a dog in a party hat", False, PARTY, "edit", _edit("add a dog in a party hat"))),
    (1, ("now make the hut door red", False, HUT, "edit", _edit("make the hut door red"))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r14g_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R14G`, then the moved ones)."""
    return with_moved(R14G, "r14g", MOVED, "r14g_moved")
