"""Round 21, set b: references and navigation, undo and redo, looking at rounds, and the session's own tools.

Written by hand from what a demanding user wants (the issue's table of behaviours and its list of
dialogue acts), before the dialogue model was run on any of it, about photos no other set uses: snow
macaques in a hot spring, a cheese cellar, a Fujian tulou roundhouse, a cranberry bog at harvest, a bell
foundry, a pipe organ loft, a truffle hunter and his dog, a hurling match, a clock tower's clockwork, a
radio telescope in the desert, synchronised swimmers, an ice cave on a glacier, a thrift shop window and
a tide pool. Sessions have 1 to 4 edits, some branched after a retry, a correction or an undo, one with
two photos, and many turns come after a goto or an undo (the current round an older one).

Families: undo in many wordings ("scratch that", "that's worse, go back", "the previous one was
better", "undo x3"); references to a round (round N, the original, "before you made X", "the version
with the Y", "two steps back", "the first edit", the first or second try); impossible references
("round -1", "round 1e308", a round or a thing that does not exist, "before the original", undo on a
fresh upload, redo with nothing undone), answered in words; show, compare, status and history; share,
export and revoke; edits made on an earlier round ("go back to the original and make the sky red",
"on round 1, add a hat"); and redo after an undo (in `MOVED`). About a quarter of each family are near
misses whose right answer is another act: "the rusty one was nicer" (a goto) next to an edit that
names a look, "show me round 2 and keep going from there" (a goto), "that's worse, try again" (a
retry), "recap the match for me" (talk), "delete the last edit" next to revoking a link.

Turns are typed the way people type in a chat box: lowercase, typos, slang, emoji, run-ons,
non-native English, polite padding, terse fragments, a few in capitals. The cases have the
development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current
round (first) is an earlier one, after a goto or an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    REVOKE,
    SHARE,
    STATUS,
    UPLOAD,
    Dev,
    _compare,
    _edit,
    _export,
    _fix,
    _fix_round,
    _goto,
    _retry,
    _show,
    with_moved,
)
from tests.assistant.dialogue_validation_second import _edit_on, _undo_then

MACAQUE = (
    (None, None),
    (0, "add snow falling over the hot spring"),
    (1, "make the old macaque's face redder"),
    (2, "add a baby macaque on the rocks"),
)
"""Snow macaques in a hot spring with three edits, each on the one before: snow, a redder face, a baby."""
CHEESE = (
    (None, None),
    (0, "make the cheese wheels look more aged"),
    (1, "add a cheesemaker tapping a wheel with a hammer"),
)
"""A cheese cellar with two edits: older-looking wheels, then a cheesemaker."""
TULOU = (
    (None, None),
    (0, "make the roof tiles dark grey"),
    (1, "hang red lanterns along the balconies"),
    (2, "remove the scooters in the courtyard"),
    (3, "make the sky golden like at sunset"),
)
"""A Fujian tulou roundhouse with four edits: grey tiles, lanterns, scooters removed, a sunset sky."""
CRANBERRY = ((None, None), (0, "make the floating cranberries brighter red"))
"""A cranberry bog at harvest with one edit."""
CRANBERRY_RETRIED = (*CRANBERRY, (0, "make the floating cranberries brighter red"))
"""The cranberry bog after a retry: round 2 is a second try of round 1, from the original."""
FOUNDRY = (
    (None, None),
    (0, "add sparks flying from the molten bronze"),
    (1, "make the finished bell look polished"),
)
"""A bell foundry with two edits: sparks, then a polished bell."""
ORGAN = (
    (None, None),
    (0, "make the organ pipes gold"),
    (1, "add light streaming through the rose window"),
    (1, "add an organist at the keyboard"),
)
"""A pipe organ loft: gold pipes, then after going back to round 1 an organist (round 3) beside the window light."""
TRUFFLE = ((None, None), (0, "put a red bandana on the dog"), (1, "make the truffle in his hand bigger"))
"""A truffle hunter and his dog in an oak wood with two edits: the dog's bandana, a bigger truffle."""
HURLING = (
    (None, None),
    (0, "make the jerseys maroon and white"),
    (1, "remove the advertising boards"),
    (2, "fill the empty stand with a crowd"),
)
"""A hurling match with three edits: jerseys, the boards removed, a crowd in the stand."""
CLOCK = ((None, None), (0, "make the gears look rusty"))
"""A clock tower's clockwork with one edit."""
CLOCK_BRANCH = (*CLOCK, (0, "make the gears shiny brass"))
"""The clockwork after an undo: round 2 (shiny brass) was made from the original, beside round 1 (rusty)."""
TELESCOPE = (
    (None, None),
    (0, "add the milky way above the dish"),
    (1, "paint the dish white"),
    (2, "add a fox sitting by the fence"),
    (3, "remove the power lines"),
)
"""A radio telescope in the desert with four edits: the milky way, a white dish, a fox, no power lines."""
SWIM = ((None, None), (0, "make the swimmers' caps gold"), (1, "make the pool water a deeper blue"))
"""Synchronised swimmers with two edits: gold caps, then deeper blue water."""
ICECAVE = ((None, None), (0, "make the ice more turquoise"))
"""An ice cave on a glacier with one edit."""
ICECAVE_PHOTOS = (*ICECAVE, (None, None), (2, "add a climber with a headlamp"))
"""Two photos of the ice cave: the first with one edit (round 1), the second (round 2) with one (round 3)."""
THRIFT = (
    (None, None),
    (0, "put a leather jacket on the mannequin"),
    (0, "put a fur coat on the mannequin"),
    (2, "add a price tag on the coat"),
)
"""A thrift shop window: round 2 corrected round 1 (a fur coat, not a leather jacket), round 3 on it."""
TIDEPOOL = (
    (None, None),
    (0, "add an orange starfish"),
    (0, "add an orange starfish"),
    (2, "make the water clearer"),
)
"""A tide pool: round 2 is a second try of round 1 (the starfish), round 3 clearer water on the second try."""

UNDO: tuple[Dev, ...] = (
    # undo, said many ways: back to the current round's parent
    ("nah scratch that", False, MACAQUE, "undo", _goto(2)),
    ("delete ur last edit pls", False, TULOU, "undo", _goto(3)),
    ("hmm that's worse, go back one step", False, CHEESE, "undo", _goto(1)),
    ("tbh the previous version was better", False, SWIM, "undo", _goto(1)),
    ("UNDO", False, CLOCK, "undo", _goto(0)),
    ("undo the last thing u did", False, HURLING, "undo", _goto(2)),
    ("eww no, revert", False, FOUNDRY, "undo", _goto(1)),
    ("can you take back that last change", False, TRUFFLE, "undo", _goto(1)),
    ("go back a step with the ice", False, ICECAVE, "undo", _goto(0)),
    ("that was a mistake on my part, undo it", False, ORGAN, "undo", _goto(1)),
    ("nope. previous version", False, THRIFT, "undo", _goto(2)),
    ("ugh, the sky looks so fake. go back", False, TULOU, "undo", _goto(3)),
    ("not feeling it, undo pls 🙏", False, CRANBERRY, "undo", _goto(0)),
    ("Please revert the most recent modification.", False, SWIM, "undo", _goto(1)),
    ("i preferred how it looked a minute ago", False, HURLING, "undo", _goto(2)),
    ("ctrl+z ctrl+z... no wait just one ctrl+z", False, CHEESE, "undo", _goto(1)),
    ("undo undo", False, TULOU, "undo", _goto(2)),
    ("undo twice pls", False, MACAQUE, "undo", _goto(1)),
    ("undo both of them", False, TRUFFLE, "undo", _goto(0)),
    ("go back 1", False, TELESCOPE, "undo", _goto(3)),
    ("wrong move, back it out", False, CLOCK, "undo", _goto(0)),
    ("that made it look worse honestly. can we go back?", False, ICECAVE, "undo", _goto(0)),
    ("get rid of the last change", False, FOUNDRY, "undo", _goto(1)),
    ("step back pls", False, ORGAN, "undo", _goto(1)),
    ("revert, the water looks like plastic now", False, SWIM, "undo", _goto(1)),
    ("i dont like this one. the one before was nicer", False, TELESCOPE, "undo", _goto(3)),
    ("undo the price tag thing", False, THRIFT, "undo", _goto(2)),
    ("undo the organist", False, ORGAN, "undo", _goto(1)),
    ("roll back the last two edits", False, HURLING, "undo", _goto(1)),
    ("undo x3 pls", False, TULOU, "undo", _goto(1)),
    ("undo that on the climber pic", False, ICECAVE_PHOTOS, "undo", _goto(2)),
    ("undo everything you did to the monkeys", False, MACAQUE, "undo", _goto(0)),
    ("hmm i liked the ice better before", False, ICECAVE, "undo", _goto(0)),
    ("pls remove ur last change, my mistake asking for it", False, CHEESE, "undo", _goto(1)),
    ("no. go back to how it was", False, CRANBERRY, "undo", _goto(0)),
    ("Cancel last edit", False, TELESCOPE, "undo", _goto(3)),
    # near misses: nothing to undo, a question about undo, a retry or a correction, a goto
    ("scratch that lol", False, UPLOAD, "talk", ()),
    ("can i undo things later if i change my mind?", False, CLOCK, "talk", ()),
    ("no dont undo, i was just looking at it", False, TRUFFLE, "talk", ()),
    ("thats worse than before, try again", False, CHEESE, "retry", _retry()),
    ("worse. again but weaker", False, FOUNDRY, "retry", _retry("weaker")),
    (
        "scratch that, make the bell look weathered instead",
        False,
        FOUNDRY,
        "correction",
        _fix("make the finished bell look weathered", "make the bell look weathered"),
    ),
    ("go back to the very beginning", False, HURLING, "goto", _goto(0)),
    ("the first try was better", False, CRANBERRY_RETRIED, "goto", _goto(1)),
    ("the first attempt looked more natural, go back to that one", False, CRANBERRY_RETRIED, "goto", _goto(1)),
    ("just delete the newest edit", False, HURLING, "undo", _goto(2)),
)
"""Undo in many wordings, and near misses."""

REFERENCES: tuple[Dev, ...] = (
    # the macaques: 1 snow, 2 redder face, 3 baby
    ("go back to before u added the snow", False, MACAQUE, "goto", _goto(0)),
    ("take me back to the version before you made his face redder", False, MACAQUE, "goto", _goto(1)),
    ("the one with just the snow pls", False, MACAQUE, "goto", _goto(1)),
    ("two steps back pls, before the face thing", False, MACAQUE, "goto", _goto(1)),
    ("back to the original monkeys", False, MACAQUE, "goto", _goto(0)),
    # the tulou: 1 grey tiles, 2 lanterns, 3 scooters removed, 4 sunset sky
    ("back to round 2 with the lanterns", False, TULOU, "goto", _goto(2)),
    ("go to the last version where the scooters were still there", False, TULOU, "goto", _goto(2)),
    ("the first edit pls, just the grey tiles", False, TULOU, "goto", _goto(1)),
    ("revert to before the lanterns", False, TULOU, "goto", _goto(1)),
    ("go back three steps plz", False, TULOU, "goto", _goto(1)),
    ("back to r3", False, TULOU, "goto", _goto(3)),
    ("i want the version right after the lanterns went up", False, TULOU, "goto", _goto(2)),
    ("lets start over from the untouched roundhouse", False, TULOU, "goto", _goto(0)),
    ("go back 4 steps to the start", False, TULOU, "goto", _goto(0)),
    # the radio telescope: 1 milky way, 2 white dish, 3 fox, 4 power lines removed
    ("before you painted the dish", False, TELESCOPE, "goto", _goto(1)),
    ("the version with the fox but still with the power lines", False, TELESCOPE, "goto", _goto(3)),
    ("go back to round one pls", False, TELESCOPE, "goto", _goto(1)),
    ("original pls", False, TELESCOPE, "goto", _goto(0)),
    ("jump back to the 3rd edit", False, TELESCOPE, "goto", _goto(3)),
    ("can we return to the second edit", False, TELESCOPE, "goto", _goto(2)),
    ("i liked it better before the fox showed up", False, TELESCOPE, "goto", _goto(2)),
    # the hurling match: 1 jerseys, 2 boards removed, 3 crowd
    ("go back to right before u filled the stand", False, HURLING, "goto", _goto(2)),
    ("i want the one before you took out the ads", False, HURLING, "goto", _goto(1)),
    ("restore round zero", False, HURLING, "goto", _goto(0)),
    ("Revert to round 1 please.", False, HURLING, "goto", _goto(1)),
    # the organ loft: 1 gold pipes, 2 window light (from 1), 3 organist (from 1)
    ("go back to the one with the light through the window", False, ORGAN, "goto", _goto(2)),
    ("the rose window version was nicer", False, ORGAN, "goto", _goto(2)),
    ("back to the gold pipes with nothing else", False, ORGAN, "goto", _goto(1)),
    ("before the organist", False, ORGAN, "goto", _goto(1)),
    ("take me to the first edit", False, ORGAN, "goto", _goto(1)),
    ("the gold pipes were nicer than the organist", False, ORGAN, "goto", _goto(1)),
    # the thrift shop: 1 leather jacket, 2 fur coat (from 0), 3 price tag on 2
    ("the leather jacket one was nicer", False, THRIFT, "goto", _goto(1)),
    ("go back to the coat without the tag", False, THRIFT, "goto", _goto(2)),
    ("back to the mannequin as it was in my photo", False, THRIFT, "goto", _goto(0)),
    # the tide pool: 1 and 2 two tries of the starfish, 3 clearer water on 2
    ("go back to the first starfish", False, TIDEPOOL, "goto", _goto(1)),
    ("before you cleared up the water", False, TIDEPOOL, "goto", _goto(2)),
    # the cranberry bog after a retry, the cheese cellar, the swimmers, the clockwork
    ("go back to the first attempt", False, CRANBERRY_RETRIED, "goto", _goto(1)),
    ("back to before the cheesemaker", False, CHEESE, "goto", _goto(1)),
    ("the original cellar pls, no edits", False, CHEESE, "goto", _goto(0)),
    ("back to the gold caps version", False, SWIM, "goto", _goto(1)),
    ("the rusty one was nicer", False, CLOCK_BRANCH, "goto", _goto(1)),
    ("switch to the rusty gears version", False, CLOCK_BRANCH, "goto", _goto(1)),
    # two photos of the ice cave
    ("back to the first photo as i uploaded it", False, ICECAVE_PHOTOS, "goto", _goto(0)),
    ("go back to the turquoise one from the first pic", False, ICECAVE_PHOTOS, "goto", _goto(1)),
    # near misses: show, compare, an edit, praise, no choice made
    ("show me the version before the lanterns", False, TULOU, "show", _show(1)),
    ("compare with the version before the snow", False, MACAQUE, "compare", _compare(0, 3)),
    ("make the lanterns blue", False, TULOU, "edit", _edit("make the lanterns blue")),
    ("the grey tiles look nice, make the doors grey too", False, TULOU, "edit", _edit("make the doors grey")),
    (
        "the brass looks nice, make the hands brass as well",
        False,
        CLOCK_BRANCH,
        "edit",
        _edit("make the hands shiny brass", "make the hands brass", "make the clock hands shiny brass"),
    ),
    ("the gold caps look great", False, SWIM, "talk", ()),
    (
        "the first try had nicer berries but the second has better light, hmm",
        False,
        CRANBERRY_RETRIED,
        "clarify",
        (),
    ),
    ("show me round 2 and keep going from there", False, MACAQUE, "goto", _goto(2)),
    ("what did the original look like again? just show me", False, HURLING, "show", _show(0)),
    ("give the old macaque a knitted hat", False, MACAQUE, "edit", _edit("give the old macaque a knitted hat")),
)
"""Goto by round number, the original, before the X, the X version, steps back, the first edit or try."""

IMPOSSIBLE: tuple[Dev, ...] = (
    # references that name no round of the session: a plain answer, no call
    ("go back to round -1 pls", False, MACAQUE, "talk", ()),
    ("can u show me round 1e308", False, TULOU, "talk", ()),
    ("round 7 of the match pic pls", False, HURLING, "talk", ()),
    ("go to the version before the original", False, CLOCK, "talk", ()),
    ("undo pls", False, UPLOAD, "talk", ()),
    ("undo 4 times pls", False, TRUFFLE, "talk", ()),
    ("compare round 2 and round 9 for the caps", False, SWIM, "talk", ()),
    ("show round -3", False, CHEESE, "talk", ()),
    ("go back to round 2.5", False, FOUNDRY, "talk", ()),
    ("back to the version with the pink sky", False, TULOU, "talk", ()),
    ("go back to before the rainbow", False, TELESCOPE, "talk", ()),
    ("go back 10 steps lol", False, ICECAVE, "talk", ()),
    ("ctrl+y ?", False, TELESCOPE, "talk", ()),
    ("take me to round one million", False, MACAQUE, "talk", ()),
    ("show me the 5th edit", False, HURLING, "talk", ()),
    ("revert to round 1e308 lol", False, SWIM, "talk", ()),
    ("compare the original with round -1", False, ORGAN, "talk", ()),
    ("the version before you added the seagulls pls", False, TIDEPOOL, "talk", ()),
    ("redo pls, bring back what i undid", False, CHEESE, "talk", ()),
    ("step back twice on the gears", False, CLOCK, "talk", ()),
    ("jump to round ∞", False, CLOCK, "talk", ()),
    ("undo the last one pls", False, UPLOAD, "talk", ()),
    ("the one before round 0", False, CRANBERRY, "talk", ()),
    ("GO BACK TO ROUND 5 NOW", False, THRIFT, "talk", ()),
    ("go back to the third try", False, CRANBERRY_RETRIED, "talk", ()),
    ("redo the last undo pls", False, FOUNDRY, "talk", ()),
    # the same shapes when they can be done
    ("go back to round 0, before the rust", False, CLOCK, "goto", _goto(0)),
    ("undo undo, both gone", False, TRUFFLE, "undo", _goto(0)),
    ("show round 3 of the match", False, HURLING, "show", _show(3)),
    ("compare round 0 and round 2", False, SWIM, "compare", _compare(0, 2)),
    ("go back to the second try", False, CRANBERRY_RETRIED, "goto", _goto(2)),
    ("redo that with a fresh seed", False, TELESCOPE, "retry", _retry()),
    ("redo it but stronger", False, CLOCK, "retry", _retry("stronger")),
)
"""Impossible references answered in words, and the same shapes when they can be done."""

LOOKING: tuple[Dev, ...] = (
    # show: look at a round without moving to it
    ("show me round 2 real quick", False, MACAQUE, "show", _show(2)),
    ("lemme see the original again", False, TULOU, "show", _show(0)),
    ("can i have a look at round 1", False, HURLING, "show", _show(1)),
    ("show the version before the fox", False, TELESCOPE, "show", _show(2)),
    ("display the first try", False, CRANBERRY_RETRIED, "show", _show(1)),
    ("pull up the leather jacket one", False, THRIFT, "show", _show(1)),
    ("just show me the rose window version for a sec, dont switch", False, ORGAN, "show", _show(2)),
    ("what did it look like before the snow?", False, MACAQUE, "show", _show(0)),
    ("peek at round 1 pls", False, SWIM, "show", _show(1)),
    ("show me the first pic the way i uploaded it", False, ICECAVE_PHOTOS, "show", _show(0)),
    ("Show me round 3 please", False, TELESCOPE, "show", _show(3)),
    # compare: two rounds side by side
    ("compare round 1 and round 3 for me, the tiles vs no scooters", False, TULOU, "compare", _compare(1, 3)),
    ("side by side the original and now pls", False, HURLING, "compare", _compare(0, 3)),
    ("gears before & after?", False, CLOCK, "compare", _compare(0, 1)),
    ("compare both tries", False, CRANBERRY_RETRIED, "compare", _compare(1, 2)),
    ("compare the two starfish attempts", False, TIDEPOOL, "compare", _compare(1, 2)),
    ("how does the current one compare to round 2", False, TELESCOPE, "compare", _compare(2, 4)),
    ("rose window one vs organist one", False, ORGAN, "compare", _compare(2, 3)),
    ("original vs current side by side pls", False, MACAQUE, "compare", _compare(0, 3)),
    ("show me the original next to this", False, CHEESE, "compare", _compare(0, 2)),
    ("compare this bell with the previous one", False, FOUNDRY, "compare", _compare(1, 2)),
    ("diff r0 r2", False, SWIM, "compare", _compare(0, 2)),
    ("SIDE BY SIDE ORIGINAL AND LATEST", False, TULOU, "compare", _compare(0, 4)),
    ("before/after of the ice pls", False, ICECAVE, "compare", _compare(0, 1)),
    ("compare the rusty and the brass gears", False, CLOCK_BRANCH, "compare", _compare(1, 2)),
    ("can u put round 1 and 2 next to each other", False, THRIFT, "compare", _compare(1, 2)),
    ("how much did the last edit change? show me both", False, HURLING, "compare", _compare(2, 3)),
    # near misses: a question, a goto, history, an out-of-scope comparison
    ("is there a way to see two versions side by side?", False, TULOU, "talk", ()),
    ("show me what you can do with it", False, UPLOAD, "talk", ()),
    ("can you compare my photo with the ones on wikipedia", False, MACAQUE, "talk", ()),
    ("go to round 2, the red face one", False, MACAQUE, "goto", _goto(2)),
    ("show me everything we did to the desert pic", False, TELESCOPE, "history", HISTORY),
    ("round 1 looks better than this, switch to it", False, SWIM, "goto", _goto(1)),
)
"""Show and compare, and near misses."""

WHERE: tuple[Dev, ...] = (
    # status: where the session stands, what the last edit did
    ("um what round am i on rn?", False, TULOU, "status", STATUS),
    ("which version of the loft is this", False, ORGAN, "status", STATUS),
    ("what did you change just now", False, MACAQUE, "status", STATUS),
    ("wait what was the last edit again", False, HURLING, "status", STATUS),
    ("what did u change this time", False, CHEESE, "status", STATUS),
    ("where r we at with the pool pic", False, SWIM, "status", STATUS),
    ("is this the original or the edited one?", False, CLOCK, "status", STATUS),
    ("current round no.?", False, TELESCOPE, "status", STATUS),
    ("what did you just do to the cranberries", False, CRANBERRY, "status", STATUS),
    ("which try is this?", False, CRANBERRY_RETRIED, "status", STATUS),
    ("sry i lost track, what version am i looking at", False, THRIFT, "status", STATUS),
    # history: every round so far
    ("quick recap pls", False, TELESCOPE, "history", HISTORY),
    ("so what have we done so far with the monkeys?", False, MACAQUE, "history", HISTORY),
    ("list every edit", False, TULOU, "history", HISTORY),
    ("summary of all the changes?", False, HURLING, "history", HISTORY),
    ("show me the history of the window pic", False, THRIFT, "history", HISTORY),
    ("all versions pls", False, ORGAN, "history", HISTORY),
    ("tl;dr of the session", False, FOUNDRY, "history", HISTORY),
    ("what did we do with the cave pics so far", False, ICECAVE_PHOTOS, "history", HISTORY),
    ("give me the full list of rounds", False, TIDEPOOL, "history", HISTORY),
    ("remind me everything we changed on the tulou", False, TULOU, "history", HISTORY),
    ("Can you please list all the edits we made until now?", False, CHEESE, "history", HISTORY),
    # near misses: questions about the product or the scene, a complaint that asks a retry
    ("sorry what's a round exactly?", False, CLOCK, "talk", ()),
    ("how many edits can i make in one session?", False, SWIM, "talk", ()),
    ("recap the match for me, who won?", False, HURLING, "talk", ()),
    ("whats the history of this tulou", False, TULOU, "talk", ()),
    (
        "what did you even change? the bell looks the same, do it stronger",
        False,
        FOUNDRY,
        "retry",
        _retry("stronger"),
    ),
    ("what round should i go back to, what do you think?", False, MACAQUE, "talk", ()),
)
"""Status and history, and near misses."""

SESSION: tuple[Dev, ...] = (
    # share
    ("send a link to the choir pls", False, ORGAN, "share", SHARE),
    ("can i get a share link", False, HURLING, "share", SHARE),
    ("make a link for the cheese club whatsapp", False, CHEESE, "share", SHARE),
    ("share the monkeys pls", False, MACAQUE, "share", SHARE),
    ("i wanna show my coach, link?", False, SWIM, "share", SHARE),
    ("share the session", False, TELESCOPE, "share", SHARE),
    ("give me a url for this so my cousin in xiamen can see", False, TULOU, "share", SHARE),
    ("Could you generate a link I can send to my colleagues?", False, FOUNDRY, "share", SHARE),
    # revoke
    ("revoke the cheese link", False, CHEESE, "revoke", REVOKE),
    ("unshare it now", False, SWIM, "revoke", REVOKE),
    ("kill link 1", False, HURLING, "revoke", (("revoke_share", {"link": 1}),)),
    ("disable sharing, my boss saw it lol", False, TRUFFLE, "revoke", REVOKE),
    ("remove share #2", False, ORGAN, "revoke", (("revoke_share", {"link": 2}),)),
    ("nobody should see this anymore, revoke it", False, THRIFT, "revoke", REVOKE),
    ("stop sharing the session pls", False, TIDEPOOL, "revoke", REVOKE),
    # export
    ("export as html for my blog", False, TULOU, "export", _export("html")),
    ("download it all as a zip", False, MACAQUE, "export", _export("bundle")),
    ("save the session as a webpage", False, TELESCOPE, "export", _export("html")),
    ("export the clock stuff pls", False, CLOCK, "export", _export("bundle")),
    ("i want a backup of everything", False, HURLING, "export", _export("bundle")),
    ("html please, for the parish newsletter", False, ORGAN, "export", _export("html")),
    ("can u bundle everything so i can import it later", False, FOUNDRY, "export", _export("bundle")),
    ("zip pls", False, TIDEPOOL, "export", _export("bundle")),
    ("download all the versions of the caps", False, SWIM, "export", _export("bundle")),
    ("make me a web page of all the rounds", False, ICECAVE_PHOTOS, "export", _export("html")),
    # near misses: formats it does not make, questions, the same verbs about an edit
    ("export it as a pdf", False, SWIM, "talk", ()),
    ("how does sharing work?", False, CLOCK, "talk", ()),
    ("share your honest opinion, is the dish better white?", False, TELESCOPE, "talk", ()),
    ("post it on the shop instagram", False, THRIFT, "talk", ()),
    ("revoke the last change", False, CHEESE, "undo", _goto(1)),
    ("share it and export it as html too", False, MACAQUE, "share", (*SHARE, *_export("html"))),
)
"""Share, revoke and export, and near misses."""

EARLIER: tuple[Dev, ...] = (
    # an edit made on an earlier round named in the turn
    (
        "back to the untouched pic and make the sky blood red",
        False,
        TULOU,
        "goto",
        _undo_then(0, "make the sky blood red"),
    ),
    (
        "on round 1, put a little knitted hat on the old macaque",
        False,
        MACAQUE,
        "edit",
        _edit_on(1, "put a little knitted hat on the old macaque"),
    ),
    (
        "from round 2 add a dragon dance in the courtyard",
        False,
        TULOU,
        "edit",
        _edit_on(2, "add a dragon dance in the courtyard"),
    ),
    (
        "take the original and make it black and white",
        False,
        CHEESE,
        "edit",
        _edit_on(0, ("make it black and white", "make the photo black and white")),
    ),
    (
        "go back to before the fox and add an owl on the fence instead",
        False,
        TELESCOPE,
        "goto",
        _undo_then(2, "add an owl on the fence"),
    ),
    ("use the leather jacket version and add a hat", False, THRIFT, "edit", _edit_on(1, "add a hat")),
    (
        "starting from the first try, make the water less foggy",
        False,
        CRANBERRY_RETRIED,
        "edit",
        _edit_on(1, "make the water less foggy"),
    ),
    (
        "on round 1 add icicles hanging from the roof",
        False,
        ICECAVE_PHOTOS,
        "edit",
        _edit_on(1, "add icicles hanging from the roof"),
    ),
    (
        "back to round 1 and make the stand full of fans in red",
        False,
        HURLING,
        "goto",
        _undo_then(1, "make the stand full of fans in red"),
    ),
    (
        "revert to the original, then remove the rope barrier",
        False,
        CLOCK,
        "goto",
        _undo_then(0, "remove the rope barrier"),
    ),
    (
        "go back two steps and make the bell green",
        False,
        FOUNDRY,
        "goto",
        _undo_then(0, "make the bell green"),
    ),
    (
        "from the version before the cheesemaker, add a cat sleeping on the shelf",
        False,
        CHEESE,
        "edit",
        _edit_on(1, "add a cat sleeping on the shelf"),
    ),
    (
        "on the gold pipes version pls add candles on the railing",
        False,
        ORGAN,
        "edit",
        _edit_on(1, "add candles on the railing"),
    ),
    (
        "from the rose window one, add a choir in the pews",
        False,
        ORGAN,
        "edit",
        _edit_on(2, "add a choir in the pews"),
    ),
    (
        "undo twice and add a meteor streaking across the sky",
        False,
        TELESCOPE,
        "goto",
        _undo_then(2, "add a meteor streaking across the sky"),
    ),
    (
        "i want to go back to the original but keep the lanterns",
        False,
        TULOU,
        "edit",
        _edit_on(0, ("hang red lanterns along the balconies", "add red lanterns along the balconies")),
    ),
    (
        "on the original, make the pool lanes red",
        False,
        SWIM,
        "edit",
        _edit_on(0, "make the pool lanes red"),
    ),
    (
        "redo the first edit but with silver caps",
        False,
        SWIM,
        "correction",
        _fix_round(1, "make the swimmers' caps silver"),
    ),
    (
        "go back to round 1 and put a flat cap on the hunter",
        False,
        TRUFFLE,
        "goto",
        _undo_then(1, "put a flat cap on the hunter"),
    ),
    (
        "from the first starfish version, add a hermit crab",
        False,
        TIDEPOOL,
        "edit",
        _edit_on(1, "add a hermit crab"),
    ),
    (
        "Please go back to round zero and change the roof tiles to green.",
        False,
        TULOU,
        "goto",
        _undo_then(0, ("change the roof tiles to green", "make the roof tiles green")),
    ),
    (
        "go back one step and add a heron by the water instead",
        False,
        MACAQUE,
        "goto",
        _undo_then(2, "add a heron by the water"),
    ),
    # near misses: a plain goto, a plain edit on the current round, a question about a round
    ("go back to the original. ill tell u what next", False, MACAQUE, "goto", _goto(0)),
    ("make the sky crimson", False, TULOU, "edit", _edit("make the sky crimson")),
    ("add a dragon dance in the courtyard", False, TULOU, "edit", _edit("add a dragon dance in the courtyard")),
    ("put a flat cap on the hunter", False, TRUFFLE, "edit", _edit("put a flat cap on the hunter")),
    ("on the original, was there a rope barrier?", False, CLOCK, "talk", ()),
    ("from now on pls ask before editing", False, SWIM, "talk", ()),
)
"""Edits of an earlier round named in the turn, and near misses."""

R21B: tuple[Dev, ...] = (*UNDO, *REFERENCES, *IMPOSSIBLE, *LOOKING, *WHERE, *SESSION, *EARLIER)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # the macaques after two undos: round 1 current, rounds 2 and 3 ahead
    (1, ("redo", False, MACAQUE, "redo", _goto(2))),
    (1, ("redo all the undone ones", False, MACAQUE, "redo", _goto(3))),
    (1, ("bring the baby macaque back", False, MACAQUE, "redo", _goto(3))),
    (1, ("what round am i on after that undo", False, MACAQUE, "status", STATUS)),
    (1, ("compare this with the latest one with the baby", False, MACAQUE, "compare", _compare(1, 3))),
    (1, ("undo one more, lose the snow too", False, MACAQUE, "undo", _goto(0))),
    (1, ("add steam rising off the water", False, MACAQUE, "edit", _edit("add steam rising off the water"))),
    (1, ("side by side original and now", False, MACAQUE, "compare", _compare(0, 1))),
    # the tulou back on round 2
    (2, ("redo pls, the scooters can go", False, TULOU, "redo", _goto(3))),
    (2, ("go forward 2 steps", False, TULOU, "redo", _goto(4))),
    (2, ("show me the sunset one", False, TULOU, "show", _show(4))),
    (2, ("from here, make the sky stormy", False, TULOU, "edit", _edit("make the sky stormy"))),
    (2, ("undo", False, TULOU, "undo", _goto(1))),
    (2, ("go back to the newest version", False, TULOU, "goto", _goto(4))),
    (2, ("take me to the first edit", False, TULOU, "goto", _goto(1))),
    (2, ("two steps back from this one", False, TULOU, "goto", _goto(0))),
    (2, ("redo x5 lol", False, TULOU, "talk", ())),
    # the radio telescope back at the original
    (0, ("redo one, the milky way", False, TELESCOPE, "redo", _goto(1))),
    (0, ("redo everything i undid earlier", False, TELESCOPE, "redo", _goto(4))),
    (0, ("undo 1 more", False, TELESCOPE, "talk", ())),
    (0, ("compare the original with the last version", False, TELESCOPE, "compare", _compare(0, 4))),
    (0, ("recap of the desert pic?", False, TELESCOPE, "history", HISTORY)),
    (0, ("go back to the version before you removed the power lines", False, TELESCOPE, "goto", _goto(3))),
    # the hurling match on round 1
    (1, ("redo the boards thing", False, HURLING, "redo", _goto(2))),
    (1, ("redo twice pls", False, HURLING, "redo", _goto(3))),
    (1, ("make the pitch grass greener", False, HURLING, "edit", _edit("make the pitch grass greener"))),
    (1, ("what round is this one now", False, HURLING, "status", STATUS)),
    (1, ("put the crowd back in", False, HURLING, "redo", _goto(3))),
    # the organ loft back on round 1, with two rounds made from it
    (1, ("go to the organist one", False, ORGAN, "goto", _goto(3))),
    (1, ("show the window light version", False, ORGAN, "show", _show(2))),
    (1, ("compare the two versions you made from this one", False, ORGAN, "compare", _compare(2, 3))),
    (1, ("undo", False, ORGAN, "undo", _goto(0))),
    (
        1,
        ("add a warm glow on the pipes", False, ORGAN, "edit", _edit("add a warm glow on the pipes")),
    ),
    # the clockwork on the rusty round, beside the brass one
    (1, ("the brass one was nicer", False, CLOCK_BRANCH, "goto", _goto(2))),
    (1, ("compare rusty with brass", False, CLOCK_BRANCH, "compare", _compare(1, 2))),
    (1, ("make the pendulum rusty too", False, CLOCK_BRANCH, "edit", _edit("make the pendulum rusty"))),
    # the cranberry bog on the first try
    (1, ("no, the second try", False, CRANBERRY_RETRIED, "goto", _goto(2))),
    (1, ("try the berries again", False, CRANBERRY_RETRIED, "retry", _retry())),
    # the thrift shop on the coat without the tag
    (2, ("redo the tag", False, THRIFT, "redo", _goto(3))),
    (2, ("put the price tag back", False, THRIFT, "redo", _goto(3))),
    (2, ("the leather jacket was nicer", False, THRIFT, "goto", _goto(1))),
    # the bell foundry back at the original
    (0, ("redo both edits", False, FOUNDRY, "redo", _goto(2))),
    (0, ("redo just one, the sparks", False, FOUNDRY, "redo", _goto(1))),
    (0, ("undo again pls", False, FOUNDRY, "talk", ())),
    # the swimmers on round 1
    (1, ("REDO", False, SWIM, "redo", _goto(2))),
    (1, ("on the original, make the lanes red", False, SWIM, "edit", _edit_on(0, "make the lanes red"))),
    (1, ("back to the latest and add a diver", False, SWIM, "goto", _undo_then(2, "add a diver"))),
    # the tide pool on the first try
    (1, ("the second starfish was better", False, TIDEPOOL, "goto", _goto(2))),
    (1, ("put the clear water back", False, TIDEPOOL, "goto", _goto(3))),
    (1, ("compare this starfish with the latest one", False, TIDEPOOL, "compare", _compare(1, 3))),
    # the cheese cellar on round 1, the truffle hunter at the original
    (1, ("redo the cheesemaker", False, CHEESE, "redo", _goto(2))),
    (1, ("show me the cheesemaker version", False, CHEESE, "show", _show(2))),
    (0, ("redo twice, dog and truffle", False, TRUFFLE, "redo", _goto(2))),
    (0, ("redo x5 pls", False, TRUFFLE, "talk", ())),
    (0, ("thanks, better without", False, TRUFFLE, "talk", ())),
    # the two ice cave photos on the second, unedited
    (2, ("redo the climber", False, ICECAVE_PHOTOS, "redo", _goto(3))),
    (2, ("show me the first photo before you edited it", False, ICECAVE_PHOTOS, "show", _show(0))),
    (2, ("go to the turquoise version", False, ICECAVE_PHOTOS, "goto", _goto(1))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r21b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R21B`, then the moved ones)."""
    return with_moved(R21B, "r21b", MOVED, "r21b_moved")
