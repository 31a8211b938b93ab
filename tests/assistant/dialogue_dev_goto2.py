"""A second development set of chat turns that go back to (reopen) an earlier round by reference.

Written by hand for training and tuning the dialogue model, about scenes the other sets do not use (a
western saloon street, a blacksmith at his anvil, a gelato kiosk whose history branched, a Roman
aqueduct with a zeppelin and six edits, a tatami room, a village green with a phone box and a
dachshund, a planetarium and then a waterslide in one session, a dollhouse painted two ways, a saguaro,
a glacier just uploaded): rounds named by number in loose ways ("v2", "#3", "r4", "step 2", "edit no.
3", "rev 2", "checkout v2") and in words, the start ("back to square one", "undo everything"), before
or right after an edit and when a removed thing was still there, by what is in them, in steps along
the current branch and as the n-th edit, the original of a second upload, rounds on another branch,
and turns after an undo or a goto. References that name no round ("round 12" of three, "before the
original", "the version with the green hat") are answered in words. Look-alikes that are not a goto:
show, compare, undo ("go back one"), edits that say back ("move the wagon back a bit") and talk ("i'll
go back to this later"). The cases have the development set's format (`Dev`: turn, photo, state, act,
calls; round references as numbers). `GOTO2`'s states have their last round current; `GOTO2_MOVED`
holds turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import Dev, _compare, _edit, _goto, _show, with_moved

SALOON = (
    (None, None),
    (0, "add a wagon in front of the saloon"),
    (1, "make the saloon doors red"),
    (2, "add tumbleweed on the road"),
    (3, "make it twilight"),
)
"""A western street: saloon, swinging doors, a rancher in a vest, a hitching post, a water tower; four edits."""
SMITHY = ((None, None), (0, "make the horseshoe glow orange"), (1, "add embers flying off the anvil"))
"""A blacksmith at his anvil: hammer, tongs, horseshoe, leather apron, quench barrel; two edits."""
GELATO = (
    (None, None),
    (0, "make the vespa magenta"),
    (1, "add a striped sunshade over the kiosk"),
    (1, "add gelato scoops on the counter"),
    (3, "remove the parking meter"),
)
"""A gelato kiosk with a vespa: round 3 was made from round 1 beside round 2 (the sunshade), round 4 from 3."""
AQUEDUCT = (
    (None, None),
    (0, "add a zeppelin in the sky"),
    (1, "make the zeppelin silver"),
    (2, "add mules under the arches"),
    (3, "remove the cell tower"),
    (4, "make the grass golden"),
    (5, "add starlings over the aqueduct"),
)
"""A Roman aqueduct in a field: arches, grass, a cell tower; six edits, each on the one before."""
TATAMI = (
    (None, None),
    (0, "make the kimono indigo"),
    (1, "add camellias outside the window"),
    (2, "remove the bamboo screen"),
)
"""A tatami room: a woman in a kimono, a low table, ikebana, a bamboo screen, a window; three edits."""
PHONEBOX = (
    (None, None),
    (0, "remove the dachshund"),
    (1, "paint the phone box blue"),
    (2, "add a milk churn by the phone box"),
)
"""A village green: a red phone box, a dachshund, an elm tree, a pub front; three edits."""
DOME = (
    (None, None),
    (0, "fill the dome with galaxies"),
    (None, None),
    (2, "make the waterslide neon yellow"),
    (3, "add a big splash at the bottom"),
)
"""Two photos in one session: a planetarium dome (rounds 0-1), then a waterslide (rounds 2-4)."""
DOLLHOUSE = (
    (None, None),
    (0, "make the dollhouse walls mauve"),
    (1, "add a tiny cuckoo clock"),
    (0, "make the dollhouse walls periwinkle"),
)
"""A dollhouse painted two ways from the upload: mauve (then a cuckoo clock), and periwinkle (current)."""
SAGUARO = ((None, None), (0, "add a roadrunner next to the saguaro"))
"""A desert with a saguaro at sunset; one edit."""
SAGUARO_THEN_PHOTO = (*SAGUARO, (None, None))
"""The saguaro session with a second photo uploaded and not edited yet."""
GLACIER = ((None, None),)
"""A glacier photo just uploaded, not edited yet."""

BY_NUMBER: tuple[Dev, ...] = (
    ("go back to v3 pls", False, SALOON, "goto", _goto(3)),
    ("ok r2 it is", False, AQUEDUCT, "goto", _goto(2)),
    ("restore version two", False, TATAMI, "goto", _goto(2)),
    ("take me back to round five", False, AQUEDUCT, "goto", _goto(5)),
    ("#3 was better, back to that one", False, SALOON, "goto", _goto(3)),
    ("lets carry on from round 2", False, SALOON, "goto", _goto(2)),
    ("edit no. 3 please", False, AQUEDUCT, "goto", _goto(3)),
    ("go back to step 2", False, TATAMI, "goto", _goto(2)),
    ("version3", False, AQUEDUCT, "goto", _goto(3)),
    ("reopen round 1", False, SMITHY, "goto", _goto(1)),
    ("can u load version 4", False, AQUEDUCT, "goto", _goto(4)),
    ("switch back to rnd 2", False, PHONEBOX, "goto", _goto(2)),
    ("roll back to version three", False, SALOON, "goto", _goto(3)),
    ("checkout v2 lol", False, TATAMI, "goto", _goto(2)),
    ("round zero please", False, SMITHY, "goto", _goto(0)),
    ("i want round 1 again", False, PHONEBOX, "goto", _goto(1)),
    ("ver. 2", False, AQUEDUCT, "goto", _goto(2)),
    ("round #5", False, AQUEDUCT, "goto", _goto(5)),
    ("go to version 2️⃣", False, PHONEBOX, "goto", _goto(2)),
    ("resume from the 2nd round", False, AQUEDUCT, "goto", _goto(2)),
    ("back to rd 1 thx", False, SALOON, "goto", _goto(1)),
    ("R3", False, GELATO, "goto", _goto(3)),
    ("pick up again from version 1", False, TATAMI, "goto", _goto(1)),
    ("i would like to return to the round number two please", False, SALOON, "goto", _goto(2)),
    ("please to return on the round 3", False, AQUEDUCT, "goto", _goto(3)),
    ("regresar a la version 1 por favor", False, SALOON, "goto", _goto(1)),
    ("retour à la version 2 stp", False, TATAMI, "goto", _goto(2)),
    ("round 1 pls, the glowing horseshoe without the embers", False, SMITHY, "goto", _goto(1)),
    ("ROUND FOUR", False, AQUEDUCT, "goto", _goto(4)),
    ("gimme back v1", False, TATAMI, "goto", _goto(1)),
    ("hmm go with round 3 instead", False, GELATO, "goto", _goto(3)),
    ("can we go to round 2 of the dollhouse", False, DOLLHOUSE, "goto", _goto(2)),
    ("the 4th version please", False, AQUEDUCT, "goto", _goto(4)),
    ("revert to rev 2", False, SALOON, "goto", _goto(2)),
    ("open version one again", False, SMITHY, "goto", _goto(1)),
    ("round five please, i'll keep going from there", False, AQUEDUCT, "goto", _goto(5)),
    ("number 2 pls", False, PHONEBOX, "goto", _goto(2)),
)
"""Goto a round named by number: loose names, digits and words, several languages."""

START: tuple[Dev, ...] = (
    ("back to the start", False, SALOON, "goto", _goto(0)),
    ("undo everything", False, TATAMI, "goto", _goto(0)),
    ("undo every single edit", False, AQUEDUCT, "goto", _goto(0)),
    ("start from the top again, the raw photo", False, PHONEBOX, "goto", _goto(0)),
    ("go back to the very beginning pls", False, SMITHY, "goto", _goto(0)),
    ("revert all the way back", False, AQUEDUCT, "goto", _goto(0)),
    ("scrap all the changes, original pic", False, GELATO, "goto", _goto(0)),
    ("reset it to how it came off my camera", False, SALOON, "goto", _goto(0)),
    ("i want the photo exactly as i sent it", False, TATAMI, "goto", _goto(0)),
    ("wipe all the edits and give me the first version back", False, AQUEDUCT, "goto", _goto(0)),
    ("the untouched one plz", False, SAGUARO, "goto", _goto(0)),
    ("nah let's go back to square one", False, SALOON, "goto", _goto(0)),
    ("back to zero", False, PHONEBOX, "goto", _goto(0)),
    ("clean slate, the original photo", False, SMITHY, "goto", _goto(0)),
    ("original original. the one with nothing done", False, DOLLHOUSE, "goto", _goto(0)),
    ("reopen the original", False, AQUEDUCT, "goto", _goto(0)),
    ("can you bring up the unedited shot", False, GELATO, "goto", _goto(0)),
    ("all the way back to the start pls 😩", False, TATAMI, "goto", _goto(0)),
    ("go back to my upload", False, SAGUARO, "goto", _goto(0)),
    ("OG pic pls", False, PHONEBOX, "goto", _goto(0)),
)
"""Goto the upload: the start, the original, undoing everything."""

BEFORE_AFTER: tuple[Dev, ...] = (
    ("go back to before the wagon", False, SALOON, "goto", _goto(0)),
    ("before the red doors pls", False, SALOON, "goto", _goto(1)),
    ("take me back to before the tumbleweed", False, SALOON, "goto", _goto(2)),
    ("revert to the pic before you messed up the sky with the twilight thing", False, SALOON, "goto", _goto(3)),
    ("before it turned twilight", False, SALOON, "goto", _goto(3)),
    ("before the embers", False, SMITHY, "goto", _goto(1)),
    ("back to before the horseshoe was glowing", False, SMITHY, "goto", _goto(0)),
    ("before the zeppelin", False, AQUEDUCT, "goto", _goto(0)),
    ("before the zeppelin went silver", False, AQUEDUCT, "goto", _goto(1)),
    ("go back to before the mules", False, AQUEDUCT, "goto", _goto(2)),
    ("back to before you took the cell tower out", False, AQUEDUCT, "goto", _goto(3)),
    ("the pic before you ruined the grass", False, AQUEDUCT, "goto", _goto(4)),
    ("before the starlings pls", False, AQUEDUCT, "goto", _goto(5)),
    ("go back to when the cell tower was still up", False, AQUEDUCT, "goto", _goto(3)),
    ("go back to where the dachshund was still there", False, PHONEBOX, "goto", _goto(0)),
    ("back to when the phone box was still red", False, PHONEBOX, "goto", _goto(1)),
    ("before the milk churn", False, PHONEBOX, "goto", _goto(2)),
    ("before the camellias", False, TATAMI, "goto", _goto(1)),
    ("go back to when the bamboo screen was still there", False, TATAMI, "goto", _goto(2)),
    ("before you changed the kimono", False, TATAMI, "goto", _goto(0)),
    ("right after the kimono went indigo", False, TATAMI, "goto", _goto(1)),
    ("just after the wagon got added", False, SALOON, "goto", _goto(1)),
    ("before the parking meter got removed", False, GELATO, "goto", _goto(3)),
    ("back to when the vespa still had its old colour", False, GELATO, "goto", _goto(0)),
    ("before the splash", False, DOME, "goto", _goto(3)),
    ("back to before the waterslide went yellow", False, DOME, "goto", _goto(2)),
)
"""Goto the round before or right after an edit, or the last one where a removed thing was still there."""

BY_CONTENT: tuple[Dev, ...] = (
    ("the red doors one, no tumbleweed yet", False, SALOON, "goto", _goto(2)),
    ("the wagon version, before anything else", False, SALOON, "goto", _goto(1)),
    ("back to the one with the glowing horseshoe", False, SMITHY, "goto", _goto(1)),
    ("the silver zeppelin one", False, AQUEDUCT, "goto", _goto(2)),
    ("go back to the mules pic", False, AQUEDUCT, "goto", _goto(3)),
    ("the one where the grass went golden, without the birds", False, AQUEDUCT, "goto", _goto(5)),
    ("the indigo kimono version", False, TATAMI, "goto", _goto(1)),
    ("back to the one with the camellias but the screen still in", False, TATAMI, "goto", _goto(2)),
    ("the blue phone box", False, PHONEBOX, "goto", _goto(2)),
    ("take me to the version with the sunshade", False, GELATO, "goto", _goto(2)),
    ("the scoops version with the meter still there", False, GELATO, "goto", _goto(3)),
    ("the magenta vespa one, nothing else on it", False, GELATO, "goto", _goto(1)),
    ("the mauve walls one, before the clock", False, DOLLHOUSE, "goto", _goto(1)),
    ("the one with the cuckoo clock", False, DOLLHOUSE, "goto", _goto(2)),
    ("back to the galaxy dome", False, DOME, "goto", _goto(1)),
    ("the neon yellow slide without the splash", False, DOME, "goto", _goto(3)),
    ("the zeppelin before it went silver", False, AQUEDUCT, "goto", _goto(1)),
    ("go to the tumbleweed version", False, SALOON, "goto", _goto(3)),
    ("bring up the version where the cell tower is gone", False, AQUEDUCT, "goto", _goto(4)),
    ("the version where the phone box went blue but no churn yet", False, PHONEBOX, "goto", _goto(2)),
)
"""Goto a round named by what is in it."""

STEPS: tuple[Dev, ...] = (
    ("the one from 3 edits ago", False, AQUEDUCT, "goto", _goto(3)),
    ("go back 3 versions", False, SALOON, "goto", _goto(1)),
    ("back three", False, AQUEDUCT, "goto", _goto(3)),
    ("two edits ago was better, go there", False, SALOON, "goto", _goto(2)),
    ("rewind 2", False, TATAMI, "goto", _goto(1)),
    ("go back four steps", False, AQUEDUCT, "goto", _goto(2)),
    ("reopen the first edit", False, SALOON, "goto", _goto(1)),
    ("the first edit you did", False, AQUEDUCT, "goto", _goto(1)),
    ("second edit pls", False, TATAMI, "goto", _goto(2)),
    ("go back to the third change", False, AQUEDUCT, "goto", _goto(3)),
    ("your 2nd edit", False, SALOON, "goto", _goto(2)),
    ("the very first edit", False, PHONEBOX, "goto", _goto(1)),
    ("the one before the one before", False, SALOON, "goto", _goto(2)),
    ("penultimate version", False, AQUEDUCT, "goto", _goto(5)),
    ("jump back 5", False, AQUEDUCT, "goto", _goto(1)),
    ("back 2 versions", False, GELATO, "goto", _goto(1)),
    ("2 back", False, PHONEBOX, "goto", _goto(1)),
    ("the fourth edit", False, AQUEDUCT, "goto", _goto(4)),
    ("go back 3 steps", False, GELATO, "goto", _goto(0)),
)
"""Goto in steps along the current branch, the n-th edit, the one before last."""

SECOND_PHOTO: tuple[Dev, ...] = (
    ("back to the original waterslide", False, DOME, "goto", _goto(2)),
    ("the waterslide as i uploaded it", False, DOME, "goto", _goto(2)),
    ("back to the original", False, DOME, "goto", _goto(2)),
    ("go back to the planetarium pic", False, DOME, "goto", _goto(1)),
    ("the dome with the galaxies pls, i want to keep editing it", False, DOME, "goto", _goto(1)),
    ("the planetarium before the galaxies", False, DOME, "goto", _goto(0)),
    ("the first edit of the waterslide", False, DOME, "goto", _goto(3)),
    ("go back to the roadrunner pic", False, SAGUARO_THEN_PHOTO, "goto", _goto(1)),
    ("the saguaro photo without the roadrunner", False, SAGUARO_THEN_PHOTO, "goto", _goto(0)),
    ("wait, back to the desert one with the bird", False, SAGUARO_THEN_PHOTO, "goto", _goto(1)),
)
"""Goto in a session with two photos: the original of the second upload, rounds of the first photo."""

BRANCHES: tuple[Dev, ...] = (
    ("go back to the mauve version with the clock", False, DOLLHOUSE, "goto", _goto(2)),
    ("undo everything on the dollhouse", False, DOLLHOUSE, "goto", _goto(0)),
    ("the other branch, the mauve one with the clock", False, DOLLHOUSE, "goto", _goto(2)),
    ("before the periwinkle walls", False, DOLLHOUSE, "goto", _goto(0)),
    ("the mauve walls pls", False, DOLLHOUSE, "goto", _goto(1)),
    ("before the sunshade", False, GELATO, "goto", _goto(1)),
    ("the sunshade version not the scoops", False, GELATO, "goto", _goto(2)),
    ("back to the branch with the sunshade", False, GELATO, "goto", _goto(2)),
    ("round 2 please, the sunshade one", False, GELATO, "goto", _goto(2)),
)
"""Goto a round on another branch of a session that was reverted and edited again."""

GOTO_THEN_EDIT: tuple[Dev, ...] = (
    (
        "go back to round 2 and add a horse at the hitching post",
        False,
        SALOON,
        "edit",
        (("revert", {"round": 2}), *_edit("add a horse at the hitching post")),
    ),
    (
        "back to the original and make the kimono red",
        False,
        TATAMI,
        "edit",
        (("revert", {"round": 0}), *_edit("make the kimono red")),
    ),
    (
        "from before the mules, add goats under the arches instead",
        False,
        AQUEDUCT,
        "edit",
        (("revert", {"round": 2}), *_edit("add goats under the arches", "add goats under the arches instead")),
    ),
    (
        "go back to v1 then put tongs next to the anvil",
        False,
        SMITHY,
        "edit",
        (("revert", {"round": 1}), *_edit("put tongs next to the anvil")),
    ),
    (
        "take me to before the milk churn and put a flower box under the pub window",
        False,
        PHONEBOX,
        "edit",
        (("revert", {"round": 2}), *_edit("put a flower box under the pub window")),
    ),
)
"""A goto and an edit in one turn."""

IMPOSSIBLE: tuple[Dev, ...] = (
    ("go to round 12", False, TATAMI, "clarify", ()),
    ("round 7 pls", False, SALOON, "clarify", ()),
    ("before the original", False, AQUEDUCT, "clarify", ()),
    ("the version with the green hat", False, SALOON, "clarify", ()),
    ("take me back to before the lasso", False, SALOON, "clarify", ()),
    ("go back 9 steps", False, AQUEDUCT, "clarify", ()),
    ("the seventh edit", False, SALOON, "clarify", ()),
    ("v8", False, TATAMI, "clarify", ()),
    ("round 3", False, SMITHY, "clarify", ()),
    ("back to the one with the walrus", False, GLACIER, "clarify", ()),
    ("undo everything", False, GLACIER, "clarify", ()),
    ("go back to round 1", False, GLACIER, "clarify", ()),
    ("before the rainbow", False, GELATO, "clarify", ()),
    ("take me to round -3", False, PHONEBOX, "clarify", ()),
    ("version 2.7", False, DOME, "clarify", ()),
    ("round fifteen", False, DOLLHOUSE, "clarify", ()),
    ("go back 2 edits", False, DOLLHOUSE, "clarify", ()),
    ("the one before the original", False, SAGUARO, "clarify", ()),
    ("go to where the zeppelin was red", False, AQUEDUCT, "clarify", ()),
    ("back to round 1000000", False, SMITHY, "clarify", ()),
    ("the third edit", False, SMITHY, "clarify", ()),
    ("revert to the version with the fireworks", False, PHONEBOX, "clarify", ()),
)
"""References that name no round of the session: a plain answer, no call."""

SHOW: tuple[Dev, ...] = (
    ("show me round 2", False, SALOON, "show", _show(2)),
    ("just let me see v1, stay here", False, TATAMI, "show", _show(1)),
    ("can i have a look at the original without going there", False, AQUEDUCT, "show", _show(0)),
    ("what did it look like before the mules?", False, AQUEDUCT, "show", _show(2)),
    ("preview round 3", False, GELATO, "show", _show(3)),
    ("show the sunshade version", False, GELATO, "show", _show(2)),
    ("display the glowing horseshoe one", False, SMITHY, "show", _show(1)),
    ("quick peek at rnd 2 pls", False, DOLLHOUSE, "show", _show(2)),
    ("show me the planetarium again", False, DOME, "show", _show(1)),
    ("let me see the dachshund pic for a sec", False, PHONEBOX, "show", _show(0)),
)
"""Show a round without moving to it."""

COMPARE: tuple[Dev, ...] = (
    ("round 2 vs round 4", False, SALOON, "compare", _compare(2, 4)),
    ("compare the original to this", False, TATAMI, "compare", _compare(0, 3)),
    ("put v1 and v3 side by side", False, AQUEDUCT, "compare", _compare(1, 3)),
    ("compare the sunshade one with the scoops one", False, GELATO, "compare", _compare(2, 3)),
    ("mauve vs periwinkle, side by side", False, DOLLHOUSE, "compare", _compare(1, 3)),
    ("before vs after the embers", False, SMITHY, "compare", _compare(1, 2)),
    ("compare how it was before the starlings with now", False, AQUEDUCT, "compare", _compare(5, 6)),
    ("1 and 2 next to each other pls", False, PHONEBOX, "compare", _compare(1, 2)),
)
"""Compare two rounds."""

UNDO: tuple[Dev, ...] = (
    ("go back one", False, SALOON, "undo", _goto(3)),
    ("back one", False, AQUEDUCT, "undo", _goto(5)),
    ("one step back pls", False, TATAMI, "undo", _goto(2)),
    ("undo", False, DOLLHOUSE, "undo", _goto(0)),
    ("take that last one back", False, PHONEBOX, "undo", _goto(2)),
    ("revert that", False, SMITHY, "undo", _goto(1)),
    ("undo the splash", False, DOME, "undo", _goto(3)),
    ("nah undo the birds", False, AQUEDUCT, "undo", _goto(5)),
    ("go back a step", False, GELATO, "undo", _goto(3)),
    ("ctrl z pls", False, SAGUARO, "undo", _goto(0)),
    ("just go back one version", False, SALOON, "undo", _goto(3)),
    ("undo twice", False, TATAMI, "undo", _goto(1)),
)
"""Undo, once or twice."""

LOOKALIKE_EDITS: tuple[Dev, ...] = (
    ("move the wagon back a bit", False, SALOON, "edit", _edit("move the wagon back a bit")),
    ("put the hammer back on the anvil", False, SMITHY, "edit", _edit("put the hammer back on the anvil")),
    (
        "make the rancher step back from the doors",
        False,
        SALOON,
        "edit",
        _edit("make the rancher step back from the doors"),
    ),
    ("push the kiosk back against the wall", False, GELATO, "edit", _edit("push the kiosk back against the wall")),
    ("put the vespa back on its stand", False, GELATO, "edit", _edit("put the vespa back on its stand")),
    (
        "make the zeppelin fly back behind the clouds",
        False,
        AQUEDUCT,
        "edit",
        _edit("make the zeppelin fly back behind the clouds"),
    ),
    (
        "turn the woman in the kimono so her back faces us",
        False,
        TATAMI,
        "edit",
        _edit("turn the woman in the kimono so her back faces us"),
    ),
    (
        "paint the number 2 on the phone box door",
        False,
        PHONEBOX,
        "edit",
        _edit("paint the number 2 on the phone box door"),
    ),
    (
        "add a sign saying 'est. 1882' over the saloon",
        False,
        SALOON,
        "edit",
        _edit("add a sign saying 'est. 1882' over the saloon"),
    ),
    (
        "put the original brass handle back on the dollhouse door",
        False,
        DOLLHOUSE,
        "edit",
        _edit("put the original brass handle back on the dollhouse door"),
    ),
    (
        "make the mules walk back towards the arches",
        False,
        AQUEDUCT,
        "edit",
        _edit("make the mules walk back towards the arches"),
    ),
    ("add a second roadrunner", False, SAGUARO, "edit", _edit("add a second roadrunner")),
    (
        "add 3 kids queueing at the top of the slide",
        False,
        DOME,
        "edit",
        _edit("add 3 kids queueing at the top of the slide"),
    ),
    ("raise the blacksmith's hammer back up", False, SMITHY, "edit", _edit("raise the blacksmith's hammer back up")),
    (
        "move the milk churn back under the elm tree",
        False,
        PHONEBOX,
        "edit",
        _edit("move the milk churn back under the elm tree"),
    ),
    ("make the first arch taller", False, AQUEDUCT, "edit", _edit("make the first arch taller")),
    (
        "restore the faded paint on the saloon sign",
        False,
        SALOON,
        "edit",
        _edit("restore the faded paint on the saloon sign"),
    ),
    (
        "make the glacier look like it did in the 1900s",
        False,
        GLACIER,
        "edit",
        _edit("make the glacier look like it did in the 1900s"),
    ),
    (
        "add a mountaineer walking back down the glacier",
        False,
        GLACIER,
        "edit",
        _edit("add a mountaineer walking back down the glacier"),
    ),
    (
        "make the tumbleweed roll back towards the water tower",
        False,
        SALOON,
        "edit",
        _edit("make the tumbleweed roll back towards the water tower"),
    ),
)
"""Edits whose words say back, original, first or a number."""

LOOKALIKE_TALK: tuple[Dev, ...] = (
    ("i'll go back to this later", False, SALOON, "talk", ()),
    ("going back to work now, thanks for the help", False, AQUEDUCT, "talk", ()),
    ("we went back to that saloon the year after, it was closed", False, SALOON, "talk", ()),
    ("my grandma's first dollhouse looked just like this", False, DOLLHOUSE, "talk", ()),
    ("this was my second trip to rome, the first was in 2019", False, AQUEDUCT, "talk", ()),
    ("can i reopen old versions tomorrow?", False, TATAMI, "talk", ()),
    ("is there a way to go back if i mess up?", False, SMITHY, "talk", ()),
    ("how far back can i go?", False, AQUEDUCT, "talk", ()),
    ("no need to go back, this is fine", False, GELATO, "talk", ()),
    ("don't revert anything, just thinking out loud", False, SALOON, "talk", ()),
    ("the start was already nice but this is nicer", False, TATAMI, "talk", ()),
    ("3 edits ago it was a mess lol, now its great", False, AQUEDUCT, "talk", ()),
    ("the original was shot on film in 1994", False, SALOON, "talk", ()),
    ("omg the first version vs now, what a glow up", False, PHONEBOX, "talk", ()),
    ("back in my day dollhouses were made of wood", False, DOLLHOUSE, "talk", ()),
    ("the blacksmith is my cousin, he's been doing this since he was 15", False, SMITHY, "talk", ()),
    ("we're back from the planetarium and going to the waterpark tomorrow", False, DOME, "talk", ()),
    ("brb, gotta go back downstairs for a sec", False, GELATO, "talk", ()),
    ("remember when the phone box was red? good times lol", False, PHONEBOX, "talk", ()),
    ("version two of this card is coming next week for my mum", False, TATAMI, "talk", ()),
    ("round 2 was a close call but this one wins", False, SALOON, "talk", ()),
    ("back to the drawing board on my own painting haha, this one's done", False, SAGUARO, "talk", ()),
    ("back to that one", False, SALOON, "clarify", ()),
    ("the version from before, you know", False, AQUEDUCT, "clarify", ()),
    ("take me to the nice one", False, GELATO, "clarify", ()),
    ("that earlier one", False, DOLLHOUSE, "clarify", ()),
)
"""Talk and vague turns that say back, original, first, version or round but ask for no round."""

GOTO2: tuple[Dev, ...] = (
    *BY_NUMBER,
    *START,
    *BEFORE_AFTER,
    *BY_CONTENT,
    *STEPS,
    *SECOND_PHOTO,
    *BRANCHES,
    *GOTO_THEN_EDIT,
    *IMPOSSIBLE,
    *SHOW,
    *COMPARE,
    *UNDO,
    *LOOKALIKE_EDITS,
    *LOOKALIKE_TALK,
)
"""Every turn whose session's last round is current."""

GOTO2_MOVED: tuple[tuple[int, Dev], ...] = (
    # saloon, back on round 2 (red doors)
    (2, ("back to the latest", False, SALOON, "goto", _goto(4))),
    (2, ("the twilight one", False, SALOON, "goto", _goto(4))),
    (2, ("the tumbleweed version", False, SALOON, "goto", _goto(3))),
    (2, ("go back to the wagon only", False, SALOON, "goto", _goto(1))),
    (2, ("redo", False, SALOON, "redo", _goto(3))),
    (2, ("undo", False, SALOON, "undo", _goto(1))),
    (2, ("round four", False, SALOON, "goto", _goto(4))),
    (2, ("before the twilight", False, SALOON, "goto", _goto(3))),
    (2, ("show me the twilight one", False, SALOON, "show", _show(4))),
    # aqueduct, back on round 3 (mules)
    (3, ("forward two", False, AQUEDUCT, "redo", _goto(5))),
    (3, ("the starlings one", False, AQUEDUCT, "goto", _goto(6))),
    (3, ("go back 2", False, AQUEDUCT, "goto", _goto(1))),
    (3, ("3 steps back", False, AQUEDUCT, "goto", _goto(0))),
    (3, ("the golden grass version without the birds", False, AQUEDUCT, "goto", _goto(5))),
    (3, ("round 8", False, AQUEDUCT, "clarify", ())),
    (3, ("the one from two edits ago", False, AQUEDUCT, "goto", _goto(1))),
    # gelato, back on round 2 (the sunshade branch)
    (2, ("the one with the scoops", False, GELATO, "goto", _goto(3))),
    (2, ("back to the newest", False, GELATO, "goto", _goto(4))),
    (2, ("the version where the meter is gone", False, GELATO, "goto", _goto(4))),
    (2, ("go back one", False, GELATO, "undo", _goto(1))),
    (2, ("redo", False, GELATO, "clarify", ())),
    # dollhouse, on the clock, on the mauve walls and on the upload
    (2, ("the periwinkle one", False, DOLLHOUSE, "goto", _goto(3))),
    (2, ("go back to the original", False, DOLLHOUSE, "goto", _goto(0))),
    (2, ("undo", False, DOLLHOUSE, "undo", _goto(1))),
    (1, ("redo", False, DOLLHOUSE, "redo", _goto(2))),
    (0, ("redo", False, DOLLHOUSE, "redo", _goto(3))),
    (0, ("the mauve one with the clock", False, DOLLHOUSE, "goto", _goto(2))),
    # phone box, back on the upload and on round 1
    (0, ("the blue phone box version", False, PHONEBOX, "goto", _goto(2))),
    (0, ("newest pls", False, PHONEBOX, "goto", _goto(3))),
    (0, ("go back one", False, PHONEBOX, "clarify", ())),
    (1, ("back to where the dachshund was still there", False, PHONEBOX, "goto", _goto(0))),
    # tatami, back on round 1
    (1, ("round 3", False, TATAMI, "goto", _goto(3))),
    (1, ("the latest", False, TATAMI, "goto", _goto(3))),
    (1, ("before the kimono changed", False, TATAMI, "goto", _goto(0))),
    # smithy, back on the upload
    (0, ("the embers version", False, SMITHY, "goto", _goto(2))),
    (0, ("undo everything", False, SMITHY, "clarify", ())),
    # planetarium and waterslide, back on the galaxy dome
    (1, ("back to the waterslide with the splash", False, DOME, "goto", _goto(4))),
    (1, ("the original waterslide", False, DOME, "goto", _goto(2))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest; rounds named by number."""


def goto2_cases() -> list[EvalCase]:
    """Every turn of this set as an `assistant.evaluation` case (`GOTO2`, then `GOTO2_MOVED`)."""
    return with_moved(GOTO2, "goto2", GOTO2_MOVED, "goto2_moved")
