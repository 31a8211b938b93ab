"""A second development set of chat turns that name rounds: goto (revert), show and compare.

Written by hand for training and tuning the dialogue model, about scenes the other sets do not use
(a circus ring, a chapel with five edits, an arcade, a motel whose history branched after a revert, a
hedgehog, an observatory with two branches, a marionette, a smoothie bar, a unicyclist and a mossy log
in one session, a gargoyle with seven edits): rounds named by number in words and digits ("round two",
"#3", "v2", "the 2nd version"), as the original, before or after an edit, by what is in them, in steps
along the branch the session is on, as the n-th edit, the latest or the one before last; show and
compare in messy real typing; references that name no round of the session, answered in words; and
look-alikes that must not move: edits that say "before", "original" or a number, undo, history, talk.
The cases have the development set's format (`Dev`: turn, photo, state, act, calls; round references
as numbers). `REFS2`'s states have their last round current; `REFS2_MOVED` holds turns whose current
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

CIRCUS = (
    (None, None),
    (0, "put a red nose on the ringmaster"),
    (1, "add a tiger on the podium"),
    (2, "make the trapeze golden"),
)
"""A circus ring with three edits, each on the one before."""
CHAPEL = (
    (None, None),
    (0, "remove the candelabra"),
    (1, "add a chandelier above the pews"),
    (2, "make the organ pipes silver"),
    (3, "add a choir in white robes"),
    (4, "make the altar cloth purple"),
)
"""A chapel with five edits, each on the one before."""
ARCADE = ((None, None), (0, "make the pinball machine pink"), (1, "add a claw machine in the corner"))
"""An arcade with two edits."""
MOTEL = (
    (None, None),
    (0, "paint the motel doors turquoise"),
    (1, "add a palm tree by the office"),
    (1, "park a cadillac in front"),
    (3, "make the vacancy sign glow pink"),
)
"""A motel after a revert: round 3 was made from round 1 beside round 2, and round 4 from round 3."""
HEDGEHOG = ((None, None), (0, "put a tiny mushroom hat on the hedgehog"))
"""A hedgehog with one edit."""
HEDGEHOG_THEN_PHOTO = (*HEDGEHOG, (None, None))
"""The hedgehog session with a second photo uploaded and not edited yet."""
OBSERVATORY = (
    (None, None),
    (0, "add a comet above the dome"),
    (1, "make the sky deep violet"),
    (0, "add a meteor shower"),
    (3, "open the dome"),
    (3, "add a crescent moon"),
)
"""An observatory with two branches from the upload (comet; meteors) and two from the meteors (dome; moon)."""
PUPPET = (
    (None, None),
    (0, "give the marionette a blue robe"),
    (1, "remove the strings"),
    (2, "add a velvet backdrop"),
)
"""A marionette with three edits, each on the one before."""
SMOOTHIE = ((None, None), (0, "add a banana next to the blender"), (1, "make the smoothie green"))
"""A smoothie bar with two edits."""
UNICYCLE = (
    (None, None),
    (0, "give the unicyclist a striped shirt"),
    (None, None),
    (2, "add acorns on the mossy log"),
)
"""Two photos in one session: a unicyclist (rounds 0-1), then a mossy log (rounds 2-3)."""
GARGOYLE = (
    (None, None),
    (0, "make the gargoyle look mossy"),
    (1, "add pigeons on the ledge"),
    (2, "make it night"),
    (3, "add lightning"),
    (4, "remove the pigeons"),
    (5, "add rain"),
    (6, "make the gargoyle glow"),
)
"""A gargoyle with seven edits, each on the one before."""
HARP = ((None, None),)
"""A harp photo just uploaded, not edited yet."""

BY_NUMBER: tuple[Dev, ...] = (
    ("go back to round two", False, CIRCUS, "goto", _goto(2)),
    ("round 3 plz", False, CHAPEL, "goto", _goto(3)),
    ("take me to #1", False, ARCADE, "goto", _goto(1)),
    ("v2 pls", False, CHAPEL, "goto", _goto(2)),
    ("the 2nd version", False, PUPPET, "goto", _goto(2)),
    ("can we go back to round four, the choir looked better there", False, CHAPEL, "goto", _goto(4)),
    ("revert to r3", False, GARGOYLE, "goto", _goto(3)),
    ("jump to round 6 plz", False, GARGOYLE, "goto", _goto(6)),
    ("i wanna go back to round no. 1", False, CIRCUS, "goto", _goto(1)),
    ("go bakc to round 2 pls", False, OBSERVATORY, "goto", _goto(2)),
    ("rnd 1 pls", False, MOTEL, "goto", _goto(1)),
    ("back to round one pls i messed up", False, SMOOTHIE, "goto", _goto(1)),
    ("round nr 4", False, GARGOYLE, "goto", _goto(4)),
    ("revert back to version #3", False, MOTEL, "goto", _goto(3)),
    ("go to round 2 i want to try something else from there", False, MOTEL, "goto", _goto(2)),
    ("Back to Round Two.", False, PUPPET, "goto", _goto(2)),
    ("put me on round 5 again", False, GARGOYLE, "goto", _goto(5)),
    ("goto 3", False, OBSERVATORY, "goto", _goto(3)),
    ("rever to round1", False, ARCADE, "goto", _goto(1)),
    ("can we restore round 4 of the chapel", False, CHAPEL, "goto", _goto(4)),
    ("lets continue from round 2 instead", False, CIRCUS, "goto", _goto(2)),
    ("i prefer v1 honestly, go back", False, PUPPET, "goto", _goto(1)),
    ("zurueck zu version 3 bitte", False, GARGOYLE, "goto", _goto(3)),
    ("pls go round 4 , i continue there", False, OBSERVATORY, "goto", _goto(4)),
    ("the third round", False, CHAPEL, "goto", _goto(3)),
    ("go to the 4th version", False, GARGOYLE, "goto", _goto(4)),
)
"""Goto a round named by number, in words and digits."""

ORIGINAL: tuple[Dev, ...] = (
    ("the original pls", False, CIRCUS, "goto", _goto(0)),
    ("back to the original one", False, OBSERVATORY, "goto", _goto(0)),
    ("undo all of it, original photo", False, ARCADE, "goto", _goto(0)),
    ("orignal plz", False, CHAPEL, "goto", _goto(0)),
    ("reset to the photo i uploaded", False, PUPPET, "goto", _goto(0)),
    ("start again from scratch with the untouched pic", False, MOTEL, "goto", _goto(0)),
    ("can i get the og photo back", False, SMOOTHIE, "goto", _goto(0)),
    ("revert to unedited", False, HEDGEHOG, "goto", _goto(0)),
    ("go all the way back to the beginning", False, GARGOYLE, "goto", _goto(0)),
    ("forget all the edits, back to how it was originally", False, OBSERVATORY, "goto", _goto(0)),
    ("take me back to the hedgehog without the hat", False, HEDGEHOG, "goto", _goto(0)),
)
"""Goto the upload."""

BEFORE_AFTER: tuple[Dev, ...] = (
    ("back to before the tiger", False, CIRCUS, "goto", _goto(1)),
    ("go back to before the trapeze", False, CIRCUS, "goto", _goto(2)),
    ("before the red nose pls", False, CIRCUS, "goto", _goto(0)),
    ("revert to before the chandelier", False, CHAPEL, "goto", _goto(1)),
    ("take me to before the choir", False, CHAPEL, "goto", _goto(3)),
    ("before you made the organ pipes silver", False, CHAPEL, "goto", _goto(2)),
    ("go back to before you touched the altar cloth", False, CHAPEL, "goto", _goto(4)),
    ("before the claw machine", False, ARCADE, "goto", _goto(1)),
    ("back to before the pinball thing turned pink", False, ARCADE, "goto", _goto(0)),
    ("before the cadillac", False, MOTEL, "goto", _goto(1)),
    ("back to before the palm tree", False, MOTEL, "goto", _goto(1)),
    ("go back to before the sign glowed", False, MOTEL, "goto", _goto(3)),
    ("before the meteor shower", False, OBSERVATORY, "goto", _goto(0)),
    ("before the moon pls", False, OBSERVATORY, "goto", _goto(3)),
    ("before the violet sky", False, OBSERVATORY, "goto", _goto(1)),
    ("before the strings were removed", False, PUPPET, "goto", _goto(1)),
    ("back to before the backdrop", False, PUPPET, "goto", _goto(2)),
    ("before the lightning", False, GARGOYLE, "goto", _goto(3)),
    ("revert to before it got dark", False, GARGOYLE, "goto", _goto(2)),
    ("right after the pigeons were added", False, GARGOYLE, "goto", _goto(2)),
    ("just after the banana", False, SMOOTHIE, "goto", _goto(1)),
    ("back to when the pigeons were still on the ledge", False, GARGOYLE, "goto", _goto(4)),
    ("when the strings were still there", False, PUPPET, "goto", _goto(1)),
    ("where the candelabra was still in it", False, CHAPEL, "goto", _goto(0)),
    ("go back to before the rain", False, GARGOYLE, "goto", _goto(5)),
)
"""Goto the round before or right after an edit, or the last one where a removed thing was still there."""

BY_CONTENT: tuple[Dev, ...] = (
    ("the version with the tiger", False, CIRCUS, "goto", _goto(2)),
    ("go to the one with the red nose", False, CIRCUS, "goto", _goto(1)),
    ("the chandelier version pls", False, CHAPEL, "goto", _goto(2)),
    ("back to the silver pipes", False, CHAPEL, "goto", _goto(3)),
    ("the one with the choir but no purple", False, CHAPEL, "goto", _goto(4)),
    ("pink pinball one", False, ARCADE, "goto", _goto(1)),
    ("the turquoise doors version", False, MOTEL, "goto", _goto(1)),
    ("go back to the palm tree one", False, MOTEL, "goto", _goto(2)),
    ("i want the cadillac version without the pink sign", False, MOTEL, "goto", _goto(3)),
    ("the one with the comet", False, OBSERVATORY, "goto", _goto(1)),
    ("back to the violet sky", False, OBSERVATORY, "goto", _goto(2)),
    ("the open dome version", False, OBSERVATORY, "goto", _goto(4)),
    ("the marionette in the blue robe, with the strings still on", False, PUPPET, "goto", _goto(1)),
    ("the banana one, before the smoothie went green", False, SMOOTHIE, "goto", _goto(1)),
    ("the mossy gargoyle, nothing else", False, GARGOYLE, "goto", _goto(1)),
    ("go to the stormy one with lightning", False, GARGOYLE, "goto", _goto(4)),
    ("the striped shirt pic", False, UNICYCLE, "goto", _goto(1)),
    ("back to the unicycle guy in stripes", False, UNICYCLE, "goto", _goto(1)),
    ("the log photo before the acorns", False, UNICYCLE, "goto", _goto(2)),
    ("go back to the hedgehog with the mushroom hat", False, HEDGEHOG_THEN_PHOTO, "goto", _goto(1)),
)
"""Goto a round named by what is in it."""

STEPS: tuple[Dev, ...] = (
    ("go two steps back", False, CIRCUS, "goto", _goto(1)),
    ("go back 2 steps plz", False, MOTEL, "goto", _goto(1)),
    ("3 steps back pls", False, GARGOYLE, "goto", _goto(4)),
    ("back two pls", False, OBSERVATORY, "goto", _goto(0)),
    ("rewind three edits", False, CHAPEL, "goto", _goto(2)),
    ("go back twice pls", False, PUPPET, "goto", _goto(1)),
    ("step back 2x", False, ARCADE, "goto", _goto(0)),
    ("the first edit pls", False, CIRCUS, "goto", _goto(1)),
    ("go to the 2nd edit", False, GARGOYLE, "goto", _goto(2)),
    ("the 3rd edit pls", False, CHAPEL, "goto", _goto(3)),
    ("take me to your very first change", False, MOTEL, "goto", _goto(1)),
    ("the version before last", False, CIRCUS, "goto", _goto(2)),
    ("go back to the second to last", False, CHAPEL, "goto", _goto(4)),
    ("the previous version pls", False, SMOOTHIE, "goto", _goto(1)),
    ("the one before the last one was nicer, go there", False, PUPPET, "goto", _goto(2)),
)
"""Goto in steps along the current branch, the n-th edit, the one before last."""

SHOW: tuple[Dev, ...] = (
    ("show me rnd 1", False, CIRCUS, "show", _show(1)),
    ("lemme see v2 real quick", False, CHAPEL, "show", _show(2)),
    ("what did it look like before the tiger", False, CIRCUS, "show", _show(1)),
    ("show me what it looked like before the sky change", False, OBSERVATORY, "show", _show(1)),
    ("can i see the original for a sec, dont switch", False, ARCADE, "show", _show(0)),
    ("show the one with the palm tree", False, MOTEL, "show", _show(2)),
    ("just show round 4 i dont want to go there", False, GARGOYLE, "show", _show(4)),
    ("peek at the comet version?", False, OBSERVATORY, "show", _show(1)),
    ("display round three", False, CHAPEL, "show", _show(3)),
    ("what did the marionette look like with strings", False, PUPPET, "show", _show(1)),
    ("show me the first edit", False, SMOOTHIE, "show", _show(1)),
    ("pull up #2 so i can look", False, GARGOYLE, "show", _show(2)),
    ("show me the unicycle pic again", False, UNICYCLE, "show", _show(1)),
    ("can you show me the hedgehog before the hat", False, HEDGEHOG, "show", _show(0)),
    ("let me look at the turquoise door version again pls", False, MOTEL, "show", _show(1)),
    ("show me the version with the silver pipes, just to look", False, CHAPEL, "show", _show(3)),
    ("how did the chapel look originally", False, CHAPEL, "show", _show(0)),
    ("show the 3rd version", False, CHAPEL, "show", _show(3)),
    ("SHOW ME ROUND 5", False, GARGOYLE, "show", _show(5)),
    ("show me two steps back", False, CIRCUS, "show", _show(1)),
    ("i want to see the one before last, dont move", False, CHAPEL, "show", _show(4)),
    ("show me the log pic without acorns", False, UNICYCLE, "show", _show(2)),
)
"""Show a round without moving to it."""

COMPARE: tuple[Dev, ...] = (
    ("compare the original with now", False, CIRCUS, "compare", _compare(0, 3)),
    ("side by side 1 vs 3", False, CHAPEL, "compare", _compare(1, 3)),
    ("1 vs 2 side by side", False, ARCADE, "compare", _compare(1, 2)),
    ("compare round two and round four", False, GARGOYLE, "compare", _compare(2, 4)),
    ("before and after plz", False, HEDGEHOG, "compare", _compare(0, 1)),
    ("compare v1 with v3 pls", False, PUPPET, "compare", _compare(1, 3)),
    ("show me the original next to the current", False, MOTEL, "compare", _compare(0, 4)),
    ("compare the tiger version and the trapeze one", False, CIRCUS, "compare", _compare(2, 3)),
    ("which is better, the palm tree or the cadillac one", False, MOTEL, "compare", _compare(2, 3)),
    ("compare the violet sky with the open dome", False, OBSERVATORY, "compare", _compare(2, 4)),
    ("compare the moon one and the open dome one", False, OBSERVATORY, "compare", _compare(4, 5)),
    ("compare this with before the choir", False, CHAPEL, "compare", _compare(3, 5)),
    ("diff between 3 and 6?", False, GARGOYLE, "compare", _compare(3, 6)),
    ("put the first edit next to the last one", False, CHAPEL, "compare", _compare(1, 5)),
    ("compare before and after the lightning", False, GARGOYLE, "compare", _compare(3, 4)),
    ("compare with the previous", False, SMOOTHIE, "compare", _compare(1, 2)),
    ("orig vs current pls", False, GARGOYLE, "compare", _compare(0, 7)),
    ("compare the striped shirt one with the acorns", False, UNICYCLE, "compare", _compare(1, 3)),
    ("how does it compare to the very first version", False, PUPPET, "compare", _compare(0, 3)),
    ("cmp 0 and 2", False, ARCADE, "compare", _compare(0, 2)),
    (
        "round 1 or round 2, which looks less fake? show both side by side",
        False,
        CIRCUS,
        "compare",
        _compare(1, 2),
    ),
    ("compare the comet one with the meteor one", False, OBSERVATORY, "compare", _compare(1, 3)),
    ("show round 0 and round 4 together", False, CHAPEL, "compare", _compare(0, 4)),
    ("compare the last 2 versions", False, GARGOYLE, "compare", _compare(6, 7)),
    ("I want see difference of round 2 and 3", False, PUPPET, "compare", _compare(2, 3)),
)
"""Compare two rounds, named by number, by content, as before and after, as now."""

GOTO_THEN_EDIT: tuple[Dev, ...] = (
    (
        "go back to round 1 and add a lion next to the ringmaster",
        False,
        CIRCUS,
        "edit",
        (("revert", {"round": 1}), *_edit("add a lion next to the ringmaster")),
    ),
    (
        "on the original, make the pews dark oak",
        False,
        CHAPEL,
        "edit",
        (("edit_image", {"instruction": "make the pews dark oak", "base_round": 0}),),
    ),
    (
        "take me to v1 and add a dance machine by the wall",
        False,
        ARCADE,
        "edit",
        (("revert", {"round": 1}), *_edit("add a dance machine by the wall")),
    ),
    (
        "from before the cadillac, add a vintage pickup instead",
        False,
        MOTEL,
        "edit",
        (("revert", {"round": 1}), *_edit("add a vintage pickup", "add a vintage pickup instead")),
    ),
)
"""A goto and an edit in one turn."""

IMPOSSIBLE: tuple[Dev, ...] = (
    ("round 9!!", False, CIRCUS, "clarify", ()),
    ("go back to round nine", False, ARCADE, "clarify", ()),
    ("round -1 pls", False, CHAPEL, "clarify", ()),
    ("round minus one pls", False, PUPPET, "clarify", ()),
    ("go back to the version with the purple car", False, MOTEL, "clarify", ()),
    ("show me round twelve", False, GARGOYLE, "clarify", ()),
    ("compare 1 and 7", False, CIRCUS, "clarify", ()),
    ("before the elephant", False, CIRCUS, "clarify", ()),
    ("the one with the pink hedgehog", False, HEDGEHOG, "clarify", ()),
    ("go back 4 steps", False, ARCADE, "clarify", ()),
    ("rewind three times", False, HEDGEHOG, "clarify", ()),
    ("the sixth edit", False, PUPPET, "clarify", ()),
    ("round 3.5", False, CHAPEL, "clarify", ()),
    ("take me to round twenty", False, OBSERVATORY, "clarify", ()),
    ("compare the original with round 8", False, SMOOTHIE, "clarify", ()),
    ("show the version with the strawberries", False, SMOOTHIE, "clarify", ()),
    ("back to before the snow", False, GARGOYLE, "clarify", ()),
    ("go to v0.5", False, ARCADE, "clarify", ()),
    ("before the fireworks over the dome", False, OBSERVATORY, "clarify", ()),
    ("undo", False, HARP, "clarify", ()),
    ("show round 1 pls", False, HARP, "clarify", ()),
    ("compare before n after", False, HARP, "clarify", ()),
    ("redo", False, CIRCUS, "clarify", ()),
    ("forward two steps", False, GARGOYLE, "clarify", ()),
    ("round 1e5", False, CHAPEL, "clarify", ()),
    ("go back to round one hundred", False, PUPPET, "clarify", ()),
    ("show me the version with the clown", False, CIRCUS, "clarify", ()),
    ("take me to the tenth edit", False, GARGOYLE, "clarify", ()),
)
"""References that name no round of the session: a plain answer, no call."""

LOOKALIKE_EDITS: tuple[Dev, ...] = (
    (
        "make it look like the original colours",
        False,
        PUPPET,
        "edit",
        _edit("make it look like the original colours"),
    ),
    ("add 2 lamps by the pews", False, CHAPEL, "edit", _edit("add 2 lamps by the pews")),
    ("add two more tigers", False, CIRCUS, "edit", _edit("add two more tigers")),
    ("put 3 bananas next to the blender", False, SMOOTHIE, "edit", _edit("put 3 bananas next to the blender")),
    ("make the second arcade cabinet blue", False, ARCADE, "edit", _edit("make the second arcade cabinet blue")),
    ("add a round clock above the office door", False, MOTEL, "edit", _edit("add a round clock above the office door")),
    ("paint the number 7 on the motel door", False, MOTEL, "edit", _edit("paint the number 7 on the motel door")),
    ("write 'round 2' on the chalkboard", False, SMOOTHIE, "edit", _edit("write 'round 2' on the chalkboard")),
    (
        "restore the original stained glass colours",
        False,
        CHAPEL,
        "edit",
        _edit("restore the original stained glass colours"),
    ),
    (
        "add a sign saying 'version 3.0' above the claw machine",
        False,
        ARCADE,
        "edit",
        _edit("add a sign saying 'version 3.0' above the claw machine"),
    ),
    ("make the first pew darker", False, CHAPEL, "edit", _edit("make the first pew darker")),
    ("add a second hedgehog", False, HEDGEHOG, "edit", _edit("add a second hedgehog")),
    ("put 2 candles back on the altar", False, CHAPEL, "edit", _edit("put 2 candles back on the altar")),
    ("make the tiger look back at the camera", False, CIRCUS, "edit", _edit("make the tiger look back at the camera")),
    (
        "add a kneeling bench in front of the altar",
        False,
        CHAPEL,
        "edit",
        _edit("add a kneeling bench in front of the altar"),
    ),
    ("make the comet tail twice as long", False, OBSERVATORY, "edit", _edit("make the comet tail twice as long")),
    ("add 1 more meteor", False, OBSERVATORY, "edit", _edit("add 1 more meteor")),
    ("make the trapeze artist do a back flip", False, CIRCUS, "edit", _edit("make the trapeze artist do a back flip")),
    (
        "change the score on the pinball screen to 9999",
        False,
        ARCADE,
        "edit",
        _edit("change the score on the pinball screen to 9999"),
    ),
    (
        "make the gargoyle look older, like the original stone",
        False,
        GARGOYLE,
        "edit",
        _edit("make the gargoyle look older, like the original stone"),
    ),
    ("add a round window in the dome", False, OBSERVATORY, "edit", _edit("add a round window in the dome")),
    (
        "put the number 4 on the ringmaster's hat",
        False,
        CIRCUS,
        "edit",
        _edit("put the number 4 on the ringmaster's hat"),
    ),
    (
        "make the hedgehog's hat two sizes bigger",
        False,
        HEDGEHOG,
        "edit",
        _edit("make the hedgehog's hat two sizes bigger"),
    ),
    (
        "add a before-and-after poster on the motel wall",
        False,
        MOTEL,
        "edit",
        _edit("add a before-and-after poster on the motel wall"),
    ),
    ("put an old hymn book on the first pew", False, CHAPEL, "edit", _edit("put an old hymn book on the first pew")),
)
"""Edits whose words say before, original, back, round, version or a number."""

LOOKALIKE_MOVES: tuple[Dev, ...] = (
    ("undo", False, CIRCUS, "undo", _goto(2)),
    ("undo that last one", False, OBSERVATORY, "undo", _goto(3)),
    ("ctrl-z", False, MOTEL, "undo", _goto(3)),
    ("undo the moon", False, OBSERVATORY, "undo", _goto(3)),
    ("undo x2", False, MOTEL, "undo", _goto(1)),
    ("what have we done so far in here", False, CHAPEL, "history", HISTORY),
    ("list all the versions", False, OBSERVATORY, "history", HISTORY),
    ("show me the history", False, GARGOYLE, "history", HISTORY),
    ("which round am i on", False, CIRCUS, "status", STATUS),
    ("what version is this", False, MOTEL, "status", STATUS),
)
"""Undo, history and status: rounds, but no round named."""

LOOKALIKE_TALK: tuple[Dev, ...] = (
    ("the original was taken by my uncle at the circus in 1998", False, CIRCUS, "talk", ()),
    ("round 2 of the tournament starts in 5 min brb", False, ARCADE, "talk", ()),
    ("i compared it with my old photo and wow", False, CHAPEL, "talk", ()),
    ("before we continue, thank you!", False, PUPPET, "talk", ()),
    ("the first edit was my favourite honestly", False, CIRCUS, "talk", ()),
    ("version 3 of this app is great", False, GARGOYLE, "talk", ()),
    ("the tiger was my idea lol", False, CIRCUS, "talk", ()),
    ("can i go back to round 1 later if i want?", False, CHAPEL, "talk", ()),
    ("how do i see two versions side by side?", False, ARCADE, "talk", ()),
    ("is the original still saved somewhere?", False, MOTEL, "talk", ()),
    ("two steps forward one step back, story of my life", False, OBSERVATORY, "talk", ()),
    ("back when i was a kid we had a hedgehog like this", False, HEDGEHOG, "talk", ()),
    ("show me your best work next time 😄", False, SMOOTHIE, "talk", ()),
    ("the latest one is sooo good", False, GARGOYLE, "talk", ()),
    ("omg the one with the lightning is epic", False, GARGOYLE, "talk", ()),
    ("i showed round 3 to my friends and they loved it", False, PUPPET, "talk", ()),
    ("comparing these makes my head spin", False, OBSERVATORY, "talk", ()),
    ("the chapel is from 1742, its the oldest in our village", False, CHAPEL, "talk", ()),
    ("my score on that pinball machine was 2 million", False, ARCADE, "talk", ()),
    ("the motel was on route 66, room 12", False, MOTEL, "talk", ()),
    ("nah its fine, no need to go back", False, CIRCUS, "talk", ()),
    ("dont go back, i like it now", False, OBSERVATORY, "talk", ()),
    ("keep it like this for now, no going back", False, GARGOYLE, "talk", ()),
    ("that's enough versions for today", False, CHAPEL, "talk", ()),
    ("what does 'round' mean here?", False, ARCADE, "talk", ()),
    ("the other one ya know", False, MOTEL, "clarify", ()),
    ("that version from before", False, CHAPEL, "clarify", ()),
    ("go to the one i liked", False, GARGOYLE, "clarify", ()),
    ("show me that one", False, CIRCUS, "clarify", ()),
    ("back to the good one", False, PUPPET, "clarify", ()),
)
"""Talk and vague turns that say round, original, before, back, show or compare but name no round."""

REFS2: tuple[Dev, ...] = (
    *BY_NUMBER,
    *ORIGINAL,
    *BEFORE_AFTER,
    *BY_CONTENT,
    *STEPS,
    *SHOW,
    *COMPARE,
    *GOTO_THEN_EDIT,
    *IMPOSSIBLE,
    *LOOKALIKE_EDITS,
    *LOOKALIKE_MOVES,
    *LOOKALIKE_TALK,
)
"""Every turn whose session's last round is current."""

REFS2_MOVED: tuple[tuple[int, Dev], ...] = (
    # circus, back on round 1 (red nose) and round 2 (tiger)
    (1, ("the latest", False, CIRCUS, "goto", _goto(3))),
    (1, ("add 2 jugglers behind him", False, CIRCUS, "edit", _edit("add 2 jugglers behind him"))),
    (0, ("undo", False, CIRCUS, "clarify", ())),
    (0, ("round nine", False, CIRCUS, "clarify", ())),
    (2, ("redo", False, CIRCUS, "redo", _goto(3))),
    (2, ("what round r we on", False, CIRCUS, "status", STATUS)),
    # chapel, back on round 1 and round 2
    (1, ("jump ahead to the newest one pls", False, CHAPEL, "goto", _goto(5))),
    (1, ("the version with the choir", False, CHAPEL, "goto", _goto(4))),
    (1, ("compare round 1 with the newest", False, CHAPEL, "compare", _compare(1, 5))),
    (2, ("back 2 steps", False, CHAPEL, "goto", _goto(0))),
    (2, ("show round 4 quickly", False, CHAPEL, "show", _show(4))),
    (3, ("2 steps forward pls", False, CHAPEL, "redo", _goto(5))),
    # gargoyle, back on round 2, 3 and 4, and on the upload
    (2, ("latest pls", False, GARGOYLE, "goto", _goto(7))),
    (3, ("undo", False, GARGOYLE, "undo", _goto(2))),
    (4, ("before the pigeons", False, GARGOYLE, "goto", _goto(1))),
    (4, ("back to the one with the lightning and the pigeons gone", False, GARGOYLE, "goto", _goto(5))),
    (0, ("round 4", False, GARGOYLE, "goto", _goto(4))),
    (0, ("round 8", False, GARGOYLE, "clarify", ())),
    # arcade and smoothie, back on an earlier round
    (0, ("jump to the most recent version", False, ARCADE, "goto", _goto(2))),
    (1, ("side by side with the newest", False, SMOOTHIE, "compare", _compare(1, 2))),
    # puppet, back on round 1
    (1, ("show me the latest", False, PUPPET, "show", _show(3))),
    (1, ("side by side with the original", False, PUPPET, "compare", _compare(0, 1))),
    # motel, on round 2 (palm tree) and round 3 (cadillac)
    (2, ("the one with the cadillac", False, MOTEL, "goto", _goto(3))),
    (2, ("undo", False, MOTEL, "undo", _goto(1))),
    (2, ("rewind 2 steps", False, MOTEL, "goto", _goto(0))),
    (1, ("compare this one to the latest", False, MOTEL, "compare", _compare(1, 4))),
    (3, ("redo", False, MOTEL, "redo", _goto(4))),
    # observatory, on round 2 (violet sky), round 3 (meteors) and the upload
    (2, ("compare the original with now", False, OBSERVATORY, "compare", _compare(0, 2))),
    (2, ("first edit", False, OBSERVATORY, "goto", _goto(1))),
    (2, ("show me what it looked like before the sky change", False, OBSERVATORY, "show", _show(1))),
    (3, ("go back to before the meteors", False, OBSERVATORY, "goto", _goto(0))),
    (0, ("the one with the crescent moon", False, OBSERVATORY, "goto", _goto(5))),
    # hedgehog, back on the upload
    (0, ("redo", False, HEDGEHOG, "redo", _goto(1))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest; rounds named by number."""


def refs2_cases() -> list[EvalCase]:
    """Every turn of this set as an `assistant.evaluation` case (`REFS2`, then `REFS2_MOVED`)."""
    return with_moved(REFS2, "refs2", REFS2_MOVED, "refs2_moved")
