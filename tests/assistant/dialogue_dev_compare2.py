"""A second development set of chat turns that compare, show, ask for the status or list the history.

Written by hand for training and tuning the dialogue model, about scenes the other sets do not use (a
rodeo, a clockmaker's bench with five edits, a florist's stall whose history branched after a revert, a
sauna, a smithy, an airfield with a zeppelin and six edits, a panda followed by a second photo, a walrus
and an obelisk in one session, a dinghy edited three ways from the upload, origami cranes, a quarry, a
tuk-tuk, a hayride photo just uploaded): compare requests in the many ways people say them ("put round 2
next to round 4", "before/after", "which looks better, 1 or 3? show both"), show, status and history
requests; rounds named by number in digits, words and ordinals, as the original or now, before or after
an edit, by what is in them, as the previous one, in steps back, as the first or last edit; references
that name no round or compare a round with itself, answered in words; and look-alikes that must not be
taken for a compare or a show: goto, edits that say match, side by side or both, and talk about comparing.
The cases have the development set's format (`Dev`: turn, photo, state, act, calls; round references as
numbers). `COMPARE2`'s states have their last round current; `COMPARE2_MOVED` holds turns whose current
round (first) is an earlier one, after a goto or an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    STATUS,
    Dev,
    _compare,
    _edit,
    _goto,
    _show,
    with_moved,
)

RODEO = (
    (None, None),
    (0, "make the bull rider's hat white"),
    (1, "add dust clouds behind the bull"),
    (2, "paint the corral rails red"),
)
"""A rodeo with three edits, each on the one before."""
CLOCKMAKER = (
    (None, None),
    (0, "make the cuckoo clock teal"),
    (1, "remove the loupe from the bench"),
    (2, "add brass gears on the workbench"),
    (3, "make the window light warmer"),
    (4, "add a row of pocket watches on the wall"),
)
"""A clockmaker's bench with five edits, each on the one before."""
FLORIST = (
    (None, None),
    (0, "make the peonies yellow"),
    (1, "add a slate sign with prices"),
    (1, "add dahlias in the front bucket"),
    (3, "make the parasol striped"),
)
"""A florist's stall after a revert: round 3 was made from round 1 beside round 2, and round 4 from round 3."""
SAUNA = ((None, None), (0, "make the sauna coals glow orange"))
"""A sauna with one edit."""
SMITHY = ((None, None), (0, "make the embers brighter"), (1, "put a horseshoe on the anvil"))
"""A blacksmith's forge with two edits."""
AIRFIELD = (
    (None, None),
    (0, "paint the zeppelin silver"),
    (1, "add puffy clouds"),
    (2, "remove the windsock"),
    (3, "make it sunset"),
    (4, "add a second zeppelin"),
    (5, "hang a pennant on the hangar"),
)
"""An airfield with a zeppelin and six edits, each on the one before."""
PANDA = ((None, None), (0, "give the panda a bamboo crown"))
"""A panda with one edit."""
PANDA_THEN_PHOTO = (*PANDA, (None, None))
"""The panda session with a second photo uploaded and not edited yet."""
WALRUS = ((None, None), (0, "make the ice floe bigger"), (None, None), (2, "add a flag on top of the obelisk"))
"""Two photos in one session: a walrus on an ice floe (rounds 0-1), then an obelisk in a square (rounds 2-3)."""
DINGHY = ((None, None), (0, "make the dinghy red"), (0, "make the dinghy yellow"), (0, "remove the oars"))
"""A dinghy edited three ways, each from the upload."""
ORIGAMI = ((None, None), (0, "make the paper cranes gold"), (1, "add a paper swan next to the cranes"))
"""Origami cranes on a table with two edits."""
QUARRY = (
    (None, None),
    (0, "remove the digger"),
    (1, "make the cliffs pink"),
    (2, "add a climber on the cliff face"),
)
"""A quarry with three edits, each on the one before."""
TUKTUK = ((None, None), (0, "make the tuk-tuk green"))
"""A tuk-tuk with one edit."""
HAYRIDE = ((None, None),)
"""A hayride photo just uploaded, not edited yet."""

BY_NUMBER: tuple[Dev, ...] = (
    ("put round 1 next to round 3", False, RODEO, "compare", _compare(1, 3)),
    ("r2 vs r5 pls", False, CLOCKMAKER, "compare", _compare(2, 5)),
    ("can u line up 2 and 4 so i can see them together", False, AIRFIELD, "compare", _compare(2, 4)),
    ("rounds 3 & 6 side by side", False, AIRFIELD, "compare", _compare(3, 6)),
    ("show 1 and 2 next to eachother", False, ORIGAMI, "compare", _compare(1, 2)),
    ("i want 2 and 3 beside each other", False, QUARRY, "compare", _compare(2, 3)),
    ("compare three and five", False, CLOCKMAKER, "compare", _compare(3, 5)),
    ("compare round one with round three plz", False, QUARRY, "compare", _compare(1, 3)),
    ("version 2 against version 4", False, FLORIST, "compare", _compare(2, 4)),
    ("v1 v3 side by side?", False, DINGHY, "compare", _compare(1, 3)),
    ("stack round 2 and round 1 together so i can see whats different", False, DINGHY, "compare", _compare(1, 2)),
    ("whats the difference between 4 and 5", False, AIRFIELD, "compare", _compare(4, 5)),
    ("comparison of round 1 and round 2 please", False, SMITHY, "compare", _compare(1, 2)),
    ("gimme 0 and 3 side by side", False, RODEO, "compare", _compare(0, 3)),
    ("split screen round 2 / round 4", False, CLOCKMAKER, "compare", _compare(2, 4)),
    ("compare #1 #4", False, FLORIST, "compare", _compare(1, 4)),
    ("lay round 5 beside round 1", False, AIRFIELD, "compare", _compare(1, 5)),
    ("rnd 2 vs rnd 3 which is less blurry", False, QUARRY, "compare", _compare(2, 3)),
    ("put the second and third versions next to each other", False, RODEO, "compare", _compare(2, 3)),
    ("compare the 1st and 4th versions", False, CLOCKMAKER, "compare", _compare(1, 4)),
    ("can you compare round two to round zero for me", False, ORIGAMI, "compare", _compare(0, 2)),
    ("Compare Round 3 And Round 1.", False, RODEO, "compare", _compare(1, 3)),
    ("vergleich runde 1 und 2 bitte", False, DINGHY, "compare", _compare(1, 2)),
    ("i wanna see round 4 and round 6 at the same time", False, AIRFIELD, "compare", _compare(4, 6)),
    ("1 and 3, both at once pls", False, FLORIST, "compare", _compare(1, 3)),
    ("round two versus round six", False, AIRFIELD, "compare", _compare(2, 6)),
    ("compare the third and the fifth round", False, CLOCKMAKER, "compare", _compare(3, 5)),
    ("can we do 1 vs 2 real quick", False, QUARRY, "compare", _compare(1, 2)),
)
"""Compare two rounds named by number, in digits, words and ordinals."""

WHICH_BETTER: tuple[Dev, ...] = (
    ("which looks better, 1 or 3? show both", False, DINGHY, "compare", _compare(1, 3)),
    ("2 or 3, which is nicer? lemme see them together", False, RODEO, "compare", _compare(2, 3)),
    ("help me pick between round 4 and round 5, show them both", False, CLOCKMAKER, "compare", _compare(4, 5)),
    (
        "cant choose between the red dinghy and the yellow one, put them side by side",
        False,
        DINGHY,
        "compare",
        _compare(1, 2),
    ),
    ("which one has better light, 3 or 4? both on screen pls", False, AIRFIELD, "compare", _compare(3, 4)),
    ("is the gold cranes one or the swan one nicer? show me both", False, ORIGAMI, "compare", _compare(1, 2)),
    ("pink cliffs vs with the climber, which do u think?? show both", False, QUARRY, "compare", _compare(2, 3)),
    ("torn between 2 and 3 tbh, show em next to each other", False, FLORIST, "compare", _compare(2, 3)),
    ("i like 1 and 5 both... put them together so i can decide", False, AIRFIELD, "compare", _compare(1, 5)),
    ("hmm round 2 or round 4?? gotta see them side by side", False, CLOCKMAKER, "compare", _compare(2, 4)),
)
"""Which of two rounds is better, with both asked for on screen."""

ORIGINAL_NOW: tuple[Dev, ...] = (
    ("compare the original to how it is now", False, RODEO, "compare", _compare(0, 3)),
    ("side by side before/after", False, CLOCKMAKER, "compare", _compare(0, 5)),
    ("before / after pls", False, QUARRY, "compare", _compare(0, 3)),
    ("b4 and after?", False, SAUNA, "compare", _compare(0, 1)),
    ("show me the untouched photo next to the current one", False, AIRFIELD, "compare", _compare(0, 6)),
    ("og vs now", False, SMITHY, "compare", _compare(0, 2)),
    ("how much did it change from the start? show me both", False, ORIGAMI, "compare", _compare(0, 2)),
    ("put my original pic beside this one", False, TUKTUK, "compare", _compare(0, 1)),
    ("before and after shot for instagram pls", False, FLORIST, "compare", _compare(0, 4)),
    ("compare what i uploaded with what we have now", False, DINGHY, "compare", _compare(0, 3)),
    ("show the raw photo and the edited one side by side", False, SAUNA, "compare", _compare(0, 1)),
    ("can i see a before-after of the whole thing", False, AIRFIELD, "compare", _compare(0, 6)),
    ("original next to latest", False, QUARRY, "compare", _compare(0, 3)),
    ("compare the unedited version and the final one", False, RODEO, "compare", _compare(0, 3)),
    ("start vs finish", False, CLOCKMAKER, "compare", _compare(0, 5)),
    ("befor and aftr plz 🙏", False, SMITHY, "compare", _compare(0, 2)),
    ("let me see the old and new side by side", False, TUKTUK, "compare", _compare(0, 1)),
    ("compare the obelisk before and after the flag", False, WALRUS, "compare", _compare(2, 3)),
    ("before & after of the walrus pic", False, WALRUS, "compare", _compare(0, 1)),
    ("put the first pic i sent next to where we are now", False, RODEO, "compare", _compare(0, 3)),
    ("how different is it from the original? show both", False, CLOCKMAKER, "compare", _compare(0, 5)),
    ("now vs the very first version", False, DINGHY, "compare", _compare(0, 3)),
)
"""Compare the upload with the current round: before/after, original and now."""

BY_CONTENT: tuple[Dev, ...] = (
    ("compare the white hat version with the red rails one", False, RODEO, "compare", _compare(1, 3)),
    ("the dusty one vs the current", False, RODEO, "compare", _compare(2, 3)),
    ("compare now with before the dust", False, RODEO, "compare", _compare(1, 3)),
    ("compare this to the previous one", False, CLOCKMAKER, "compare", _compare(4, 5)),
    ("put it next to the one before", False, QUARRY, "compare", _compare(2, 3)),
    ("compare with two steps back", False, CLOCKMAKER, "compare", _compare(3, 5)),
    ("this vs 3 edits ago", False, AIRFIELD, "compare", _compare(3, 6)),
    ("compare the first edit with the last edit", False, AIRFIELD, "compare", _compare(1, 6)),
    ("compare the first and the latest edit", False, FLORIST, "compare", _compare(1, 4)),
    ("compare the teal clock with the pocket watches", False, CLOCKMAKER, "compare", _compare(1, 5)),
    ("the one with the gears vs the one with the warmer light", False, CLOCKMAKER, "compare", _compare(3, 4)),
    ("compare the version with the slate sign and the dahlia one", False, FLORIST, "compare", _compare(2, 3)),
    ("compare the yellow peonies one with the striped parasol", False, FLORIST, "compare", _compare(1, 4)),
    ("compare before the dahlias and after", False, FLORIST, "compare", _compare(1, 3)),
    ("before vs after the pennant", False, AIRFIELD, "compare", _compare(5, 6)),
    ("how did the sunset change it? show before and after that edit", False, AIRFIELD, "compare", _compare(3, 4)),
    ("red dinghy vs no oars", False, DINGHY, "compare", _compare(1, 3)),
    ("compare the yellow dinghy to the original", False, DINGHY, "compare", _compare(0, 2)),
    (
        "compare the version with the silver zeppelin with the one with two zeppelins",
        False,
        AIRFIELD,
        "compare",
        _compare(1, 5),
    ),
    ("compare the cliffs before and after they went pink", False, QUARRY, "compare", _compare(1, 2)),
    ("the digger one vs the one without it", False, QUARRY, "compare", _compare(0, 1)),
    ("put the last one next to the one before last", False, ORIGAMI, "compare", _compare(1, 2)),
    ("compare the 2nd edit with the 4th edit", False, CLOCKMAKER, "compare", _compare(2, 4)),
    ("compare the second edit and the fifth", False, AIRFIELD, "compare", _compare(2, 5)),
    ("compare the walrus edit and the obelisk edit", False, WALRUS, "compare", _compare(1, 3)),
    ("previous vs current", False, SMITHY, "compare", _compare(1, 2)),
    ("show me this next to how it was before the horseshoe", False, SMITHY, "compare", _compare(1, 2)),
    ("compare the embers before i made them brighter with now", False, SMITHY, "compare", _compare(0, 2)),
    (
        "compare the version before the loupe was removed and the one after",
        False,
        CLOCKMAKER,
        "compare",
        _compare(1, 2),
    ),
    ("the two most recent side by side", False, QUARRY, "compare", _compare(2, 3)),
    ("compare 3 steps back with this one", False, RODEO, "compare", _compare(0, 3)),
    (
        "side by side: the one before the clouds and the one with the windsock gone",
        False,
        AIRFIELD,
        "compare",
        _compare(1, 3),
    ),
    ("compare the glowing coals one with the original", False, SAUNA, "compare", _compare(0, 1)),
    ("compare the crowned panda with the original panda", False, PANDA_THEN_PHOTO, "compare", _compare(0, 1)),
    ("compare the green tuk-tuk to its original colour", False, TUKTUK, "compare", _compare(0, 1)),
    ("the swan one next to the one without the swan", False, ORIGAMI, "compare", _compare(1, 2)),
)
"""Compare rounds named by content, before or after an edit, the previous one, steps back, first/last edit."""

SHOW: tuple[Dev, ...] = (
    ("lemme see the first one you made", False, RODEO, "show", _show(1)),
    ("show me round 2 real quick, dont switch", False, CLOCKMAKER, "show", _show(2)),
    ("open round 4 just to look", False, AIRFIELD, "show", _show(4)),
    ("can u display the dusty version", False, RODEO, "show", _show(2)),
    ("show the original real quick", False, QUARRY, "show", _show(0)),
    ("what did it look like with the digger still there", False, QUARRY, "show", _show(0)),
    ("quick peek at the slate sign one", False, FLORIST, "show", _show(2)),
    ("show me the one before this", False, ORIGAMI, "show", _show(1)),
    ("show me two back", False, CLOCKMAKER, "show", _show(3)),
    ("view version 3", False, AIRFIELD, "show", _show(3)),
    ("show the last version before the pennant", False, AIRFIELD, "show", _show(5)),
    ("how did the cuckoo clock look in round 1", False, CLOCKMAKER, "show", _show(1)),
    ("let me have a look at the yellow dinghy", False, DINGHY, "show", _show(2)),
    ("show me the walrus with the bigger floe", False, WALRUS, "show", _show(1)),
    ("show the obelisk before the flag", False, WALRUS, "show", _show(2)),
    ("let me see the panda with the crown again", False, PANDA_THEN_PHOTO, "show", _show(1)),
    ("pull up the white hat version", False, RODEO, "show", _show(1)),
    ("show me what the sauna looked like before the coals glowed", False, SAUNA, "show", _show(0)),
    ("can i see the second edit", False, CLOCKMAKER, "show", _show(2)),
    ("display the one with dahlias", False, FLORIST, "show", _show(3)),
    ("show me rnd 0 pls", False, TUKTUK, "show", _show(0)),
    ("i just wanna see round 3 for a sec", False, CLOCKMAKER, "show", _show(3)),
    ("show round one", False, SMITHY, "show", _show(1)),
    ("lemme look at the red dinghy one", False, DINGHY, "show", _show(1)),
    ("show me the very first version", False, ORIGAMI, "show", _show(0)),
    ("what did version 2 look like", False, QUARRY, "show", _show(2)),
    ("can you show me how the cranes looked before they were gold", False, ORIGAMI, "show", _show(0)),
    ("show me the zeppelin before you painted it", False, AIRFIELD, "show", _show(0)),
    ("peek at round 5 pls, stay here though", False, AIRFIELD, "show", _show(5)),
    ("show me the last one before this", False, RODEO, "show", _show(2)),
    ("lemme see #4", False, CLOCKMAKER, "show", _show(4)),
    ("show me it w/o the flag", False, WALRUS, "show", _show(2)),
    ("show me the yellow peonies before the dahlias went in", False, FLORIST, "show", _show(1)),
    ("show me the tuk tuk in its real colour", False, TUKTUK, "show", _show(0)),
    ("can i have a look at round three of the airfield", False, AIRFIELD, "show", _show(3)),
    ("pls show the edit before the gears, just looking", False, CLOCKMAKER, "show", _show(2)),
)
"""Show a round without moving to it."""

STATUS_TURNS: tuple[Dev, ...] = (
    ("wait which round is on screen", False, RODEO, "status", STATUS),
    ("where are we at", False, CLOCKMAKER, "status", STATUS),
    ("what did u change just now", False, SMITHY, "status", STATUS),
    ("which version am i editing", False, FLORIST, "status", STATUS),
    ("hold on what number is this one", False, AIRFIELD, "status", STATUS),
    ("is this the latest or an older one", False, FLORIST, "status", STATUS),
    ("what was the last thing u did to it", False, QUARRY, "status", STATUS),
    ("how many changes so far", False, ORIGAMI, "status", STATUS),
    ("which round r we on rn", False, DINGHY, "status", STATUS),
    ("remind me what you just did", False, SAUNA, "status", STATUS),
    ("current round?", False, WALRUS, "status", STATUS),
    ("are we still on the original or what", False, HAYRIDE, "status", STATUS),
    ("what did i ask for last", False, RODEO, "status", STATUS),
    ("sry lost track, what version is up now", False, CLOCKMAKER, "status", STATUS),
)
"""Where the session stands: which round, what the last edit did."""

HISTORY_TURNS: tuple[Dev, ...] = (
    ("list what we did", False, CLOCKMAKER, "history", HISTORY),
    ("quick recap?", False, AIRFIELD, "history", HISTORY),
    ("can i get a rundown of all the edits", False, FLORIST, "history", HISTORY),
    ("list every round", False, QUARRY, "history", HISTORY),
    ("what have we done to this pic so far", False, RODEO, "history", HISTORY),
    ("summarise the changes", False, CLOCKMAKER, "history", HISTORY),
    ("show all versions", False, DINGHY, "history", HISTORY),
    ("all the edits so far pls", False, ORIGAMI, "history", HISTORY),
    ("give me the full list of changes", False, AIRFIELD, "history", HISTORY),
    ("what steps did we go through", False, SMITHY, "history", HISTORY),
    ("overview of the rounds?", False, WALRUS, "history", HISTORY),
    ("sum up everything we changed", False, QUARRY, "history", HISTORY),
    ("history pls", False, RODEO, "history", HISTORY),
    ("recap of the session", False, FLORIST, "history", HISTORY),
)
"""The session's history: every round."""

IMPOSSIBLE: tuple[Dev, ...] = (
    ("show me round 0.5", False, RODEO, "clarify", ()),
    ("compare round -2 and round 1", False, CLOCKMAKER, "clarify", ()),
    ("go to round 99", False, AIRFIELD, "clarify", ()),
    ("show round 1e9", False, QUARRY, "clarify", ()),
    ("compare round 2 with round 2", False, RODEO, "clarify", ()),
    ("put round 3 next to itself", False, CLOCKMAKER, "clarify", ()),
    ("compare this with the current one", False, ORIGAMI, "clarify", ()),
    ("compare 1 and 12", False, QUARRY, "clarify", ()),
    ("compare the original with round 7", False, SMITHY, "clarify", ()),
    ("show me the version with the lasso", False, RODEO, "clarify", ()),
    ("compare before the hail and now", False, AIRFIELD, "clarify", ()),
    ("before and after", False, HAYRIDE, "clarify", ()),
    ("lemme see the first edit", False, HAYRIDE, "clarify", ()),
    ("put v1 and v2 side by side", False, HAYRIDE, "clarify", ()),
    ("show round minus 3", False, ORIGAMI, "clarify", ()),
    ("compare round one and round ninety", False, CLOCKMAKER, "clarify", ()),
    ("round 2.5 vs round 3", False, AIRFIELD, "clarify", ()),
    ("the 9th edit pls show it", False, QUARRY, "clarify", ()),
    ("show me 5 steps back", False, SMITHY, "clarify", ()),
    ("compare the blue dinghy with the red dinghy", False, DINGHY, "clarify", ()),
    ("compare the 1st and 7th edits", False, RODEO, "clarify", ()),
    ("show the previous one", False, HAYRIDE, "clarify", ()),
    ("compare round 1e9 with round 1", False, FLORIST, "clarify", ()),
    ("show round 4 next to round 4", False, FLORIST, "clarify", ()),
    ("what did it look like before the snowstorm", False, SAUNA, "clarify", ()),
    ("side by side with round 10", False, TUKTUK, "clarify", ()),
    ("compare round 1 with round 1", False, SAUNA, "clarify", ()),
)
"""References that name no round of the session, or the same round twice: a plain answer, no call."""

GOTO_LOOKALIKES: tuple[Dev, ...] = (
    ("ok go back to round 2 then", False, CLOCKMAKER, "goto", _goto(2)),
    ("switch to the dahlias one", False, FLORIST, "goto", _goto(3)),
    ("let's carry on from the original", False, QUARRY, "goto", _goto(0)),
    ("i'll take round 1, make that the current", False, ORIGAMI, "goto", _goto(1)),
    ("round 2 wins, go with that", False, RODEO, "goto", _goto(2)),
    ("revert to the white hat version", False, RODEO, "goto", _goto(1)),
    ("ok the yellow dinghy is better, go back to it", False, DINGHY, "goto", _goto(2)),
    ("move back to before the pennant", False, AIRFIELD, "goto", _goto(5)),
    ("take me to round 4 and stay there", False, AIRFIELD, "goto", _goto(4)),
    ("back to the one before last", False, QUARRY, "goto", _goto(2)),
    ("lets use the slate sign version from now on", False, FLORIST, "goto", _goto(2)),
    ("restore the first edit", False, CLOCKMAKER, "goto", _goto(1)),
    ("go back three steps", False, AIRFIELD, "goto", _goto(3)),
    ("return to the panda with the crown", False, PANDA_THEN_PHOTO, "goto", _goto(1)),
    ("i prefer the one with only the brighter embers, go there", False, SMITHY, "goto", _goto(1)),
)
"""Goto: the turn moves to a round, it does not only show it."""

EDIT_LOOKALIKES: tuple[Dev, ...] = (
    (
        "make the left pocket watch match the right one",
        False,
        CLOCKMAKER,
        "edit",
        _edit("make the left pocket watch match the right one"),
    ),
    ("make the two zeppelins the same size", False, AIRFIELD, "edit", _edit("make the two zeppelins the same size")),
    (
        "put the two biggest cranes side by side",
        False,
        ORIGAMI,
        "edit",
        _edit("put the two biggest cranes side by side"),
    ),
    ("make the rider's boots match his hat", False, RODEO, "edit", _edit("make the rider's boots match his hat")),
    (
        "make the swan the same gold as the cranes",
        False,
        ORIGAMI,
        "edit",
        _edit("make the swan the same gold as the cranes"),
    ),
    (
        "put a mirror next to the cuckoo clock so you see both sides",
        False,
        CLOCKMAKER,
        "edit",
        _edit("put a mirror next to the cuckoo clock so you see both sides"),
    ),
    (
        "make the dahlias as tall as the peonies",
        False,
        FLORIST,
        "edit",
        _edit("make the dahlias as tall as the peonies"),
    ),
    (
        "make the slate sign show today's prices",
        False,
        FLORIST,
        "edit",
        _edit("make the slate sign show today's prices"),
    ),
    (
        "write 'compare our prices' on the slate sign",
        False,
        FLORIST,
        "edit",
        _edit("write 'compare our prices' on the slate sign"),
    ),
    (
        "add a second anvil beside the first one",
        False,
        SMITHY,
        "edit",
        _edit("add a second anvil beside the first one"),
    ),
    (
        "make the climber look back down at the quarry",
        False,
        QUARRY,
        "edit",
        _edit("make the climber look back down at the quarry"),
    ),
    (
        "hang a sign reading 'round 3' behind the bull",
        False,
        RODEO,
        "edit",
        _edit("hang a sign reading 'round 3' behind the bull"),
    ),
    (
        "mirror the tuk-tuk so it faces the other way",
        False,
        TUKTUK,
        "edit",
        _edit("mirror the tuk-tuk so it faces the other way"),
    ),
    (
        "add two backpackers next to the obelisk",
        False,
        WALRUS,
        "edit",
        _edit("add two backpackers next to the obelisk"),
    ),
    ("make the pennant say 'version 2'", False, AIRFIELD, "edit", _edit("make the pennant say 'version 2'")),
    ("make both zeppelins silver", False, AIRFIELD, "edit", _edit("make both zeppelins silver")),
    (
        "put the swan between the two biggest cranes",
        False,
        ORIGAMI,
        "edit",
        _edit("put the swan between the two biggest cranes"),
    ),
    (
        "add a bucket of eucalyptus next to the peonies",
        False,
        FLORIST,
        "edit",
        _edit("add a bucket of eucalyptus next to the peonies"),
    ),
    ("make the oars show again on both sides", False, DINGHY, "edit", _edit("make the oars show again on both sides")),
    (
        "make the second zeppelin look like the first one",
        False,
        AIRFIELD,
        "edit",
        _edit("make the second zeppelin look like the first one"),
    ),
)
"""Edits that say match, same, both, side by side, show, version, round or a number."""

TALK: tuple[Dev, ...] = (
    ("how do i put two versions next to each other?", False, RODEO, "talk", ()),
    ("is there a side by side mode?", False, CLOCKMAKER, "talk", ()),
    ("i compared them on my phone, round 2 is nicer", False, QUARRY, "talk", ()),
    ("the before and after is insane lol", False, AIRFIELD, "talk", ()),
    ("my wife thinks round 4 looks better", False, CLOCKMAKER, "talk", ()),
    ("which one do you like more?", False, FLORIST, "talk", ()),
    ("can i see the history later if i close the tab?", False, DINGHY, "talk", ()),
    ("show me what you can do with old photos", False, HAYRIDE, "talk", ()),
    ("round 2 of the rodeo was the best ride", False, RODEO, "talk", ()),
    ("the original was shot on film", False, SMITHY, "talk", ()),
    ("the first one was my grandpa's idea", False, ORIGAMI, "talk", ()),
    ("no need to compare, i'm happy", False, AIRFIELD, "talk", ()),
    ("dont show me the old ones, i like this", False, QUARRY, "talk", ()),
    ("comparing them is hard on this tiny screen", False, DINGHY, "talk", ()),
    ("wow side by side u can really see the difference", False, TUKTUK, "talk", ()),
    ("the obelisk is way older than the walrus lol", False, WALRUS, "talk", ()),
    ("before we go on, can i ask something", False, CLOCKMAKER, "talk", ()),
    ("how many versions can i compare at once", False, AIRFIELD, "talk", ()),
    ("what does the compare button do", False, FLORIST, "talk", ()),
    ("the dahlias vs peonies debate in my family is real", False, FLORIST, "talk", ()),
    ("the panda at the zoo was way fatter than this", False, PANDA, "talk", ()),
    ("i showed the before and after to my boss 😂", False, SAUNA, "talk", ()),
    ("show me", False, CLOCKMAKER, "clarify", ()),
    ("compare them", False, CLOCKMAKER, "clarify", ()),
    ("put those two side by side", False, AIRFIELD, "clarify", ()),
)
"""Talk about comparing, showing and rounds, and vague turns that name no round."""

COMPARE2: tuple[Dev, ...] = (
    *BY_NUMBER,
    *WHICH_BETTER,
    *ORIGINAL_NOW,
    *BY_CONTENT,
    *SHOW,
    *STATUS_TURNS,
    *HISTORY_TURNS,
    *IMPOSSIBLE,
    *GOTO_LOOKALIKES,
    *EDIT_LOOKALIKES,
    *TALK,
)
"""Every turn whose session's last round is current."""

COMPARE2_MOVED: tuple[tuple[int, Dev], ...] = (
    # clockmaker, back on round 2 and round 3
    (2, ("put this one next to the newest", False, CLOCKMAKER, "compare", _compare(2, 5))),
    (2, ("which one am i on now", False, CLOCKMAKER, "status", STATUS)),
    (3, ("compare with the next one", False, CLOCKMAKER, "compare", _compare(3, 4))),
    (3, ("show me the newest one", False, CLOCKMAKER, "show", _show(5))),
    (3, ("compare this with round 3", False, CLOCKMAKER, "clarify", ())),
    # airfield, back on round 2, 4 and 1
    (2, ("before/after", False, AIRFIELD, "compare", _compare(0, 2))),
    (4, ("compare this with the previous one", False, AIRFIELD, "compare", _compare(3, 4))),
    (1, ("show me the final version", False, AIRFIELD, "show", _show(6))),
    (4, ("put the pennant one beside this", False, AIRFIELD, "compare", _compare(4, 6))),
    # rodeo, back on round 1 and the upload
    (1, ("compare where i am with the latest edit", False, RODEO, "compare", _compare(1, 3))),
    (0, ("compare with round 0", False, RODEO, "clarify", ())),
    (0, ("show the red rails version", False, RODEO, "show", _show(3))),
    # florist, on round 2 (slate sign) and round 3 (dahlias)
    (2, ("compare this with the dahlia one", False, FLORIST, "compare", _compare(2, 3))),
    (2, ("previous vs this", False, FLORIST, "compare", _compare(1, 2))),
    (3, ("show two steps back", False, FLORIST, "show", _show(0))),
    # dinghy, on the red dinghy and the upload
    (1, ("compare with the no oars one", False, DINGHY, "compare", _compare(1, 3))),
    (0, ("compare the original with round 2", False, DINGHY, "compare", _compare(0, 2))),
    # quarry, back on round 1 and round 2
    (1, ("lemme see the climber one", False, QUARRY, "show", _show(3))),
    (2, ("which one is this again", False, QUARRY, "status", STATUS)),
    # origami, walrus and smithy, on an earlier round
    (1, ("side by side with the swan one", False, ORIGAMI, "compare", _compare(1, 2))),
    (1, ("compare the obelisk before and after", False, WALRUS, "compare", _compare(2, 3))),
    (1, ("show me the anvil with the horseshoe", False, SMITHY, "show", _show(2))),
    (0, ("put the original next to the last edit", False, SMITHY, "compare", _compare(0, 2))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest; rounds named by number."""


def compare2_cases() -> list[EvalCase]:
    """Every turn of this set as an `assistant.evaluation` case (`COMPARE2`, then `COMPARE2_MOVED`)."""
    return with_moved(COMPARE2, "compare2", COMPARE2_MOVED, "compare2_moved")
