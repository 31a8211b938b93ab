"""Round 31, set b: moving around the history and looking at it, in deeper and branched sessions.

Written by hand from what a demanding user wants (issue 10's table of behaviours and its "What to build"
list), before the dialogue model was run on any of it, about photos no other set uses, all of offices, tech
and city work life: a coworking space, a server room with blinking racks, a rooftop bar at dusk, a call
centre, a start-up whiteboard, a newsroom, a trading floor, a bike courier at a crossing, a food delivery
scooter (two photos), a protest on the city hall steps, a print shop, a repair café with laptops, a
data-centre cooling tower and a late-night office cleaner. Sessions have 4 to 7 edits, with retries and
corrections beside earlier tries, edits made after an undo or a goto (branches) and a second upload; some
turns come after an undo or a goto (the current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): rounds named by description ("the first edit
you did", "before the cocktail", "when the bus was still yellow", "the last one with the dog", "the try
before this one"), moved to, with impossible or ambiguous ones answered in words; comparisons of two rounds
by number or description, with and without a thing, before and after, two tries, against opinions asked in
words; showing a round (only looking) against going to it (moving, or moving and editing there); status and
history ("where am i", "how many edits so far", "what was round 3 again"); undo and redo in many wordings,
after a goto and with reasons; and near misses both ways: photo edits worded like navigation ("undo the
knot on the scarf", "turn the clock back an hour", "go back to black and white") and navigation worded like
an edit ("put the cups back", "erase everything you did"). About a quarter of each family are near misses
whose right answer is another act. The cases have the development set's format (`Dev`: turn, photo, state,
act, calls); `MOVED` holds turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from typing import Any

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

COWORK = (
    (None, None),
    (0, "add a potted monstera by the window desk"),
    (1, "make the beanbags orange"),
    (2, "put a dog under the long table"),
    (3, "turn the ceiling lights warmer"),
    (4, "remove the dog"),
    (5, "remove the coffee cups from the counter"),
)
"""A coworking space with six edits, each on the one before (the dog added in round 3, removed in round 5)."""
SERVER = (
    (None, None),
    (0, "make the blinking lights on the racks blue"),
    (1, "add fog on the floor"),
    (1, "add fog on the floor"),
    (3, "put a technician with a laptop between the racks"),
    (4, "make the cable bundles red"),
    (5, "add a warning sign on the door"),
)
"""A server room with blinking racks: round 3 is a second try of the fog beside round 2, then three edits on it."""
ROOFTOP = (
    (None, None),
    (0, "add string lights over the bar"),
    (1, "make the sky deep purple"),
    (1, "make the sky deep orange"),
    (3, "put a cocktail with an umbrella on the railing"),
    (4, "add the moon above the skyline"),
)
"""A rooftop bar at dusk: the purple sky corrected to orange (round 3 beside round 2), then two edits on it."""
CALLCENTRE = (
    (None, None),
    (0, "give the agents red headsets"),
    (1, "add a big clock on the back wall"),
    (2, "make the carpet dark green"),
    (3, "put a birthday balloon on the team lead's desk"),
)
"""A call centre with rows of agents, with four edits, each on the one before."""
WHITEBOARD = (
    (None, None),
    (0, "write 'launch day' at the top of the whiteboard"),
    (1, "add a rocket doodle in the corner"),
    (2, "make the sticky notes pink"),
    (1, "add a laptop on the table"),
    (4, "give the founder a grey hoodie"),
)
"""A start-up whiteboard: after rounds 2 and 3 the user went back to round 1 and made rounds 4 and 5 from it."""
NEWSROOM = (
    (None, None),
    (0, "make the tv screens show a weather map"),
    (1, "add a stack of newspapers on the front desk"),
    (2, "put a red 'breaking' banner on the main screen"),
    (3, "make the editor's shirt white"),
    (4, "add a cat sleeping on the printer"),
    (5, "make the windows show night outside"),
    (6, "remove the coffee stain on the desk"),
)
"""A newsroom with seven edits, each on the one before."""
TRADING = (
    (None, None),
    (0, "make the tickers on the screens green"),
    (1, "add confetti falling from the ceiling"),
    (1, "add confetti falling from the ceiling"),
    (1, "add confetti falling from the ceiling"),
    (4, "give the trader in front a bow tie"),
)
"""A trading floor: three tries of the confetti (rounds 2, 3, 4, all from round 1), the bow tie on the third."""
COURIER = (
    (None, None),
    (0, "make the courier's bag neon green"),
    (1, "make the bus red"),
    (2, "add rain on the street"),
    (3, "put a pigeon on the traffic light"),
    (4, "blur the cars in the background"),
)
"""A bike courier at a crossing with a yellow bus behind, with five edits, each on the one before."""
SCOOTER = (
    (None, None),
    (0, "make the delivery box on the scooter blue"),
    (1, "add steam coming out of the box"),
    (None, None),
    (3, "make the rider's helmet matte black"),
    (4, "add a puddle reflecting the neon sign"),
    (5, "make the neon sign say 'open late'"),
)
"""A food delivery scooter: a first photo with two edits, then a second photo (round 3) with three."""
PROTEST = (
    (None, None),
    (0, "make the big banner say 'housing now'"),
    (1, "add pigeons on the steps"),
    (2, "make the sky overcast"),
    (3, "give the woman with the megaphone a yellow raincoat"),
    (3, "give the woman with the megaphone a red raincoat"),
)
"""A protest on the city hall steps: the yellow raincoat corrected to red (round 5 beside round 4)."""
PRINTSHOP = (
    (None, None),
    (0, "make the posters on the drying rack teal"),
    (1, "add a stack of business cards on the counter"),
    (2, "remove the fire extinguisher"),
    (3, "make it look like 1970s film"),
)
"""A print shop with four edits, each on the one before, the last a look for the whole photo."""
REPAIR = (
    (None, None),
    (0, "add a soldering iron on the workbench"),
    (1, "make the volunteer's apron blue"),
    (2, "put an open laptop with a green screen on the table"),
    (3, "add a sign saying 'fix it, don't ditch it'"),
    (2, "add a toaster waiting for repair"),
    (5, "make the lamps brighter"),
)
"""A repair café with laptops: after round 4 the user went to round 2 and made rounds 5 and 6 from it."""
COOLING = (
    (None, None),
    (0, "add steam rising from the tower"),
    (1, "make the sky stormy"),
    (2, "add a helicopter over the roof"),
    (3, "make the tower walls white"),
)
"""A data-centre cooling tower with four edits, each on the one before."""
CLEANER = (
    (None, None),
    (0, "make the cleaner's cart yellow"),
    (1, "add a city skyline through the window"),
    (2, "put a radio on the cart"),
    (3, "make the floor shiny"),
    (4, "make the photo black and white"),
)
"""A late-night office cleaner with five edits, the last making the whole photo black and white."""

AFTER_SERVER = (*SERVER, (None, None))
"""The server room session, then a new photo."""
AFTER_PRINTSHOP = (*PRINTSHOP, (None, None))
"""The print shop session, then a new photo."""


def _goto_edit(index: int, *instructions: str) -> tuple[tuple[str, dict[str, Any]], ...]:
    """Go to round `index`, then edit it (one instruction, or acceptable alternatives)."""
    return (*_goto(index), *_edit(*instructions))


REFERENCES: tuple[Dev, ...] = (
    # rounds named by order, by what their edit did, by what they still show, by steps
    ("take me back to the first edit you did", False, COWORK, "goto", _goto(1)),
    ("the one before the dog pls", False, COWORK, "goto", _goto(2)),
    ("go to the last one that still had the dog in it", False, COWORK, "goto", _goto(4)),
    ("back to where we were two steps ago", False, COWORK, "goto", _goto(4)),
    ("original photo again please, i wanna start fresh", False, COWORK, "goto", _goto(0)),
    ("the version with the plant but before the beanbags went orange", False, COWORK, "goto", _goto(1)),
    ("back to the first fog attempt", False, SERVER, "goto", _goto(2)),
    ("go to the version from before the technician showed up", False, SERVER, "goto", _goto(3)),
    ("i want the one where the cables still had their normal colour", False, SERVER, "goto", _goto(4)),
    ("3 steps back", False, SERVER, "goto", _goto(3)),
    ("go back to the purple sky one", False, ROOFTOP, "goto", _goto(2)),
    ("the version where the sky was still normal pls", False, ROOFTOP, "goto", _goto(1)),
    ("Back to the version with the clock but no green carpet", False, CALLCENTRE, "goto", _goto(2)),
    ("the very first one, untouched", False, CALLCENTRE, "goto", _goto(0)),
    ("where we were 3 edits ago", False, CALLCENTRE, "goto", _goto(1)),
    ("go to the pink sticky notes one", False, WHITEBOARD, "goto", _goto(3)),
    ("the one where u added the rocket", False, WHITEBOARD, "goto", _goto(2)),
    ("back to the board with just 'launch day' on it", False, WHITEBOARD, "goto", _goto(1)),
    ("two steps back", False, WHITEBOARD, "goto", _goto(1)),
    ("go back to before the cat", False, NEWSROOM, "goto", _goto(4)),
    ("go back four steps", False, NEWSROOM, "goto", _goto(3)),
    ("the one u did third", False, NEWSROOM, "goto", _goto(3)),
    ("before the newspaper stack and everything after it", False, NEWSROOM, "goto", _goto(1)),
    ("the second confetti try", False, TRADING, "goto", _goto(3)),
    ("the first confetti one was the best, go back to it", False, TRADING, "goto", _goto(2)),
    ("go to the version where the bus was still yellow", False, COURIER, "goto", _goto(1)),
    ("the last one where the cars were still sharp", False, COURIER, "goto", _goto(4)),
    ("where we were before the bag went green", False, COURIER, "goto", _goto(0)),
    ("the unedited version of this scooter pic", False, SCOOTER, "goto", _goto(3)),
    ("go back to the first photo i sent, the one with the steam", False, SCOOTER, "goto", _goto(2)),
    ("before the sign said open late", False, SCOOTER, "goto", _goto(5)),
    ("back to the yellow raincoat try", False, PROTEST, "goto", _goto(4)),
    ("when the sky was still blue", False, PROTEST, "goto", _goto(2)),
    ("before the 70s filter", False, PRINTSHOP, "goto", _goto(3)),
    ("back to when the extinguisher was still on the wall", False, PRINTSHOP, "goto", _goto(2)),
    ("the sign one", False, REPAIR, "goto", _goto(4)),
    ("back to when there was no helicopter", False, COOLING, "goto", _goto(2)),
    ("back to colour pls, the one right before black and white", False, CLEANER, "goto", _goto(4)),
    # a round named by description, then an edit on it
    (
        "go back to the purple sky and add the moon above the skyline there too",
        False,
        ROOFTOP,
        "edit",
        _goto_edit(2, "add the moon above the skyline"),
    ),
    (
        "take the rocket doodle version and add a coffee mug on the table",
        False,
        WHITEBOARD,
        "edit",
        _goto_edit(2, "add a coffee mug on the table"),
    ),
    (
        "take the version where the bus was still yellow and add a cyclist next to it",
        False,
        COURIER,
        "edit",
        _goto_edit(1, "add a cyclist next to the bus", "add a cyclist next to it"),
    ),
    (
        "starting from the original, make the racks glow green",
        False,
        SERVER,
        "edit",
        _goto_edit(0, "make the racks glow green"),
    ),
    (
        "on the one before the cat, put a plant on the windowsill",
        False,
        NEWSROOM,
        "edit",
        _goto_edit(4, "put a plant on the windowsill"),
    ),
    (
        "from the second confetti try, give the trader a top hat",
        False,
        TRADING,
        "edit",
        _goto_edit(3, "give the trader a top hat", "give the trader in front a top hat"),
    ),
    (
        "go back to the first edit you did and make the beanbags blue from there",
        False,
        COWORK,
        "edit",
        _goto_edit(1, "make the beanbags blue"),
    ),
    (
        "the unedited scooter photo, but with a rainbow over the street",
        False,
        SCOOTER,
        "edit",
        _goto_edit(3, "add a rainbow over the street"),
    ),
    (
        "back to before the raincoats and add a police van at the bottom of the steps",
        False,
        PROTEST,
        "edit",
        _goto_edit(3, "add a police van at the bottom of the steps"),
    ),
    (
        "in the version before the 70s filter, make the counter wooden",
        False,
        PRINTSHOP,
        "edit",
        _goto_edit(3, "make the counter wooden"),
    ),
    # near misses: no such round, more than one round fits, only looking
    (
        "the first thing i noticed is the dusty floor, clean it up",
        False,
        COWORK,
        "edit",
        _edit("clean up the dusty floor", "clean the dusty floor", "clean it up"),
    ),
    (
        "the last car in the line should be a taxi",
        False,
        COURIER,
        "edit",
        _edit("make the last car in the line a taxi", "the last car in the line should be a taxi"),
    ),
    (
        "before the meeting starts the room needs more chairs, add three chairs around the table",
        False,
        WHITEBOARD,
        "edit",
        _edit("add three chairs around the table"),
    ),
    (
        "two steps from the door, add a potted fern",
        False,
        SERVER,
        "edit",
        _edit("add a potted fern two steps from the door", "two steps from the door add a potted fern"),
    ),
    ("take me to before the hat", False, COWORK, "clarify", ()),
    ("take me back to the fog one", False, SERVER, "clarify", ()),
    ("round 6 pls", False, CALLCENTRE, "clarify", ()),
    ("go 5 steps back", False, CALLCENTRE, "clarify", ()),
    ("the other confetti try", False, TRADING, "clarify", ()),
    ("the version without the business cards", False, PRINTSHOP, "clarify", ()),
    ("go to the version before the santa hat", False, CLEANER, "clarify", ()),
    ("back to the one with the snowman", False, COOLING, "clarify", ()),
    ("what did the one before the dog look like", False, COWORK, "show", _show(2)),
    ("show me the one before the cocktail, dont switch", False, ROOFTOP, "show", _show(3)),
    ("the first confetti try looked the best tbh, but this one is fine, keep it", False, TRADING, "talk", ()),
    ("i kinda miss the yellow bus but whatever, keep going", False, COURIER, "talk", ()),
)
"""Rounds named by order, by what their edit did or what they still show, and by steps."""

COMPARE: tuple[Dev, ...] = (
    # two rounds side by side: by number, description, with and without, before and after, two tries
    ("compare the first edit with the latest", False, COWORK, "compare", _compare(1, 6)),
    ("before and after pls", False, COWORK, "compare", _compare(0, 6)),
    ("with and without the coffee cups side by side", False, COWORK, "compare", _compare(5, 6)),
    ("put the dog one next to now", False, COWORK, "compare", _compare(3, 6)),
    ("put the two fog tries side by side", False, SERVER, "compare", _compare(2, 3)),
    ("compare round 1 and round 4", False, SERVER, "compare", _compare(1, 4)),
    ("before / after of the cables", False, SERVER, "compare", _compare(4, 5)),
    ("compare this with the one before the warning sign", False, SERVER, "compare", _compare(5, 6)),
    ("purple sky vs orange sky", False, ROOFTOP, "compare", _compare(2, 3)),
    ("with and without the moon", False, ROOFTOP, "compare", _compare(4, 5)),
    ("before n after", False, ROOFTOP, "compare", _compare(0, 5)),
    ("compare the red headsets one with where we are now", False, CALLCENTRE, "compare", _compare(1, 4)),
    ("old vs new", False, CALLCENTRE, "compare", _compare(0, 4)),
    ("carpet before and after", False, CALLCENTRE, "compare", _compare(2, 3)),
    ("compare the pink notes branch with the hoodie one", False, WHITEBOARD, "compare", _compare(3, 5)),
    (
        "show the rocket version and the laptop version side by side",
        False,
        WHITEBOARD,
        "compare",
        _compare(2, 4),
    ),
    ("with and without the hoodie", False, WHITEBOARD, "compare", _compare(4, 5)),
    ("day windows vs night windows", False, NEWSROOM, "compare", _compare(5, 6)),
    ("Original and current side by side please", False, NEWSROOM, "compare", _compare(0, 7)),
    ("before the cat vs after the cat", False, NEWSROOM, "compare", _compare(4, 5)),
    ("compare the last two", False, NEWSROOM, "compare", _compare(6, 7)),
    ("compare the first and the last confetti try", False, TRADING, "compare", _compare(2, 4)),
    ("first confetti try vs second", False, TRADING, "compare", _compare(2, 3)),
    ("with and without the bow tie", False, TRADING, "compare", _compare(4, 5)),
    ("yellow bus vs red bus", False, COURIER, "compare", _compare(1, 2)),
    ("before/after the rain", False, COURIER, "compare", _compare(2, 3)),
    ("compare the blurred version to the one before it", False, COURIER, "compare", _compare(4, 5)),
    ("before and after for this photo", False, SCOOTER, "compare", _compare(3, 6)),
    ("compare the last version of each photo", False, SCOOTER, "compare", _compare(2, 6)),
    ("yellow raincoat vs red raincoat", False, PROTEST, "compare", _compare(4, 5)),
    ("compare the overcast one with the original", False, PROTEST, "compare", _compare(0, 3)),
    ("compare with and without the 70s look", False, PRINTSHOP, "compare", _compare(3, 4)),
    ("the toaster one next to the sign one", False, REPAIR, "compare", _compare(4, 5)),
    ("before and after the walls went white", False, COOLING, "compare", _compare(3, 4)),
    ("stormy sky vs no storm", False, COOLING, "compare", _compare(1, 2)),
    # near misses: an opinion asked in words, one round looked at, no such round, not two rounds named
    (
        "compare prices: add a price list on the wall",
        False,
        PRINTSHOP,
        "edit",
        _edit("add a price list on the wall"),
    ),
    (
        "side by side desks pls, move the two desks together",
        False,
        COWORK,
        "edit",
        _edit("move the two desks together"),
    ),
    (
        "make the left screen match the right one",
        False,
        TRADING,
        "edit",
        _edit("make the left screen match the right one"),
    ),
    (
        "stick a 'before' and an 'after' label on the two laptops on the bench",
        False,
        REPAIR,
        "edit",
        _edit("stick a 'before' and an 'after' label on the two laptops on the bench"),
    ),
    ("put round 2's purple sky on this version", False, ROOFTOP, "edit", _edit("make the sky deep purple")),
    (
        "old vs new look: make the newspapers look yellowed and old",
        False,
        NEWSROOM,
        "edit",
        _edit("make the newspapers look yellowed and old"),
    ),
    ("which one do u like more, the orange beanbags or now?", False, COWORK, "talk", ()),
    ("round 2 looks kinda dull tbh", False, COWORK, "talk", ()),
    ("is the second fog try better than the first? just ur opinion", False, SERVER, "talk", ()),
    ("compare round 2 and round 8", False, SERVER, "clarify", ()),
    ("honestly which sky was nicer?", False, ROOFTOP, "talk", ()),
    ("show me the purple sky one", False, ROOFTOP, "show", _show(2)),
    ("compare", False, CALLCENTRE, "clarify", ()),
    ("do u think the rocket doodle looked childish", False, WHITEBOARD, "talk", ()),
    ("the cat on the printer is hilarious lol", False, NEWSROOM, "talk", ()),
    ("compare all three confetti tries", False, TRADING, "clarify", ()),
    ("which photo came out better you think", False, SCOOTER, "talk", ()),
    ("rate round 3 out of 10", False, COOLING, "talk", ()),
    ("compare it with the one before the hat", False, PRINTSHOP, "clarify", ()),
)
"""Two rounds side by side, against opinions asked in words and one round looked at."""

SHOW_GOTO: tuple[Dev, ...] = (
    # only looking: show; moving there: goto; moving and editing there
    ("lemme see round 3 real quick", False, COWORK, "show", _show(3)),
    ("open round 3 and stay there", False, COWORK, "goto", _goto(3)),
    ("just peek at the original, dont switch", False, COWORK, "show", _show(0)),
    ("switch to round 4, i wanna build on it", False, COWORK, "goto", _goto(4)),
    (
        "round 1 pls, and then add a whiteboard on the back wall",
        False,
        COWORK,
        "edit",
        _goto_edit(1, "add a whiteboard on the back wall"),
    ),
    ("what does round 2 look like", False, SERVER, "show", _show(2)),
    ("show me the first fog try and lets continue from it", False, SERVER, "goto", _goto(2)),
    ("take a look at round 4 but keep me on 6", False, SERVER, "show", _show(4)),
    ("go to 4 and add a second technician", False, SERVER, "edit", _goto_edit(4, "add a second technician")),
    ("display the purple sky version", False, ROOFTOP, "show", _show(2)),
    ("pull up the purple sky version, i'll work from that one", False, ROOFTOP, "goto", _goto(2)),
    (
        "from round 3, add a waiter carrying a tray",
        False,
        ROOFTOP,
        "edit",
        _goto_edit(3, "add a waiter carrying a tray"),
    ),
    ("can i see version 2", False, CALLCENTRE, "show", _show(2)),
    ("make version 2 the active one", False, CALLCENTRE, "goto", _goto(2)),
    ("show the rocket one", False, WHITEBOARD, "show", _show(2)),
    ("pink notes version, continue from there pls", False, WHITEBOARD, "goto", _goto(3)),
    ("show me round 4 and then put me on it", False, WHITEBOARD, "goto", _goto(4)),
    ("let me look at round 5", False, NEWSROOM, "show", _show(5)),
    ("go to round 5, i want to keep editing there", False, NEWSROOM, "goto", _goto(5)),
    ("show 6 but stay here", False, NEWSROOM, "show", _show(6)),
    (
        "jump into round 1 and put a plant on the front desk",
        False,
        NEWSROOM,
        "edit",
        _goto_edit(1, "put a plant on the front desk"),
    ),
    ("show me the second try", False, TRADING, "show", _show(3)),
    ("use the second try from now on", False, TRADING, "goto", _goto(3)),
    ("preview round 3", False, COURIER, "show", _show(3)),
    ("preview round 3 and switch to it", False, COURIER, "goto", _goto(3)),
    ("show me the yellow bus one again and set it as current", False, COURIER, "goto", _goto(1)),
    ("show me the first photo", False, SCOOTER, "show", _show(0)),
    (
        "i wanna keep editing the first scooter pic, switch to its latest version",
        False,
        SCOOTER,
        "goto",
        _goto(2),
    ),
    ("show the yellow raincoat one", False, PROTEST, "show", _show(4)),
    ("show me round 4 and let's continue with that", False, PROTEST, "goto", _goto(4)),
    ("round 2 pls, just show it to me", False, PRINTSHOP, "show", _show(2)),
    ("show me the one with the sign", False, REPAIR, "show", _show(4)),
    ("take me to the sign one and carry on from there", False, REPAIR, "goto", _goto(4)),
    (
        "on the green screen laptop version, make the apron red",
        False,
        REPAIR,
        "edit",
        _goto_edit(3, "make the apron red", "make the volunteer's apron red"),
    ),
    (
        "go to round 4 and take the umbrella out of the cocktail",
        False,
        ROOFTOP,
        "edit",
        _goto_edit(4, "take the umbrella out of the cocktail"),
    ),
    (
        "open round 2 and add a second banner on the left",
        False,
        PROTEST,
        "edit",
        _goto_edit(2, "add a second banner on the left"),
    ),
    (
        "switch to the first photo's latest version and add a sticker on the box",
        False,
        SCOOTER,
        "edit",
        _goto_edit(2, "add a sticker on the box"),
    ),
    ("jump to round 2 then brighten the screens", False, CALLCENTRE, "edit", _goto_edit(2, "brighten the screens")),
    (
        "continue from the blue box version, add a phone holder on the handlebar",
        False,
        SCOOTER,
        "edit",
        _goto_edit(1, "add a phone holder on the handlebar"),
    ),
    # near misses: no such round, a question about showing, nothing to move to
    ("show me round 12", False, NEWSROOM, "clarify", ()),
    ("show me how undo works", False, COWORK, "talk", ()),
    ("show me what else you can do", False, SERVER, "talk", ()),
    ("show me your favourite round", False, ROOFTOP, "talk", ()),
    ("show me round 2", False, UPLOAD, "clarify", ()),
    ("show me round 1", False, (), "talk", ()),
    ("make the tower show a big logo", False, COOLING, "edit", _edit("make the tower show a big logo")),
    (
        "show the time 9:41 on the big clock",
        False,
        CALLCENTRE,
        "edit",
        _edit("show the time 9:41 on the big clock"),
    ),
)
"""Showing a round without moving, against going to it, and going to it to edit there."""

STATUS_HISTORY: tuple[Dev, ...] = (
    # where the session stands, what the last edit did, how many, the whole list, one round's instruction
    ("wait where am i rn", False, COWORK, "status", STATUS),
    ("what did u just change", False, COWORK, "status", STATUS),
    ("list all the edits pls", False, COWORK, "history", HISTORY),
    ("what was round 3 again?", False, COWORK, "show", _show(3)),
    ("how many edits so far", False, COWORK, "status", STATUS),
    ("what was the last thing you did", False, SERVER, "status", STATUS),
    ("give me the whole tree, tries included", False, SERVER, "history", HISTORY),
    ("which round am i sitting on", False, SERVER, "status", STATUS),
    ("what did i ask for in round 4", False, SERVER, "show", _show(4)),
    ("remind me what we did so far", False, ROOFTOP, "history", HISTORY),
    ("whats the edit on the round im on", False, ROOFTOP, "status", STATUS),
    ("what did i type for round 2?", False, ROOFTOP, "show", _show(2)),
    ("summary of changes?", False, CALLCENTRE, "history", HISTORY),
    ("status?", False, CALLCENTRE, "status", STATUS),
    ("show me the branches", False, WHITEBOARD, "history", HISTORY),
    ("what did round 3 do", False, WHITEBOARD, "show", _show(3)),
    ("how many edits have we made", False, NEWSROOM, "status", STATUS),
    ("wat was edit number 2", False, NEWSROOM, "show", _show(2)),
    ("what did you change last", False, NEWSROOM, "status", STATUS),
    ("how many confetti tries did we do", False, TRADING, "history", HISTORY),
    ("whats the log", False, COURIER, "history", HISTORY),
    ("what have we done on both photos", False, SCOOTER, "history", HISTORY),
    ("which photo am i on now", False, SCOOTER, "status", STATUS),
    ("what did the last edit say exactly", False, PROTEST, "status", STATUS),
    ("recap of all edits pls 🙏", False, PRINTSHOP, "history", HISTORY),
    ("where am i in the tree", False, REPAIR, "status", STATUS),
    ("draw me the tree of versions", False, REPAIR, "history", HISTORY),
    ("what was the original instruction for round 1", False, COOLING, "show", _show(1)),
    ("Could you tell me everything we changed, in order?", False, CLEANER, "history", HISTORY),
    # near misses: questions about the photo or the world, no such round, an edit after a question
    (
        "where am i? doesnt matter, make the window blinds half closed",
        False,
        COWORK,
        "edit",
        _edit("make the window blinds half closed"),
    ),
    (
        "list the stock names on the big board: AAPL, TSLA, NVDA",
        False,
        TRADING,
        "edit",
        _edit("list the stock names on the big board: AAPL, TSLA, NVDA", "write AAPL, TSLA, NVDA on the big board"),
    ),
    (
        "status board on the wall should say 'all systems green'",
        False,
        SERVER,
        "edit",
        _edit(
            "make the status board on the wall say 'all systems green'",
            "status board on the wall should say 'all systems green'",
        ),
    ),
    (
        "count down timer on the main screen pls, showing 00:10",
        False,
        NEWSROOM,
        "edit",
        _edit(
            "add a countdown timer on the main screen showing 00:10",
            "add a count down timer on the main screen showing 00:10",
            "count down timer on the main screen showing 00:10",
        ),
    ),
    ("what can you do with a photo like this", False, COWORK, "talk", ()),
    ("whats the history of this building lol", False, PROTEST, "talk", ()),
    ("how many monitors are on the desk", False, CALLCENTRE, "talk", ()),
    ("count the servers in the rack for me", False, SERVER, "talk", ()),
    ("what time is it in this photo you think", False, ROOFTOP, "talk", ()),
    ("what was the instruction for round 9", False, COOLING, "clarify", ()),
    ("what's the protest about?", False, PROTEST, "talk", ()),
    ("tell me the history of the stock exchange", False, TRADING, "talk", ()),
    (
        "where am i? lol jk, add a neon 'open' sign on the wall",
        False,
        PRINTSHOP,
        "edit",
        _edit("add a neon 'open' sign on the wall"),
    ),
    (
        "list of changes later, first make the carpet grey",
        False,
        CALLCENTRE,
        "edit",
        _edit("make the carpet grey"),
    ),
)
"""Where the session stands and what has been done, against questions about the photo."""

UNDO_REDO: tuple[Dev, ...] = (
    # undo: the current round's parent; several undos: steps back along its line
    ("undo, the counter looks empty now", False, COWORK, "undo", _goto(5)),
    ("scrap that last one", False, COWORK, "undo", _goto(5)),
    ("undo x2", False, COWORK, "undo", _goto(4)),
    ("undo the last three", False, COWORK, "undo", _goto(3)),
    ("take back the sign, it covers the door handle", False, SERVER, "undo", _goto(5)),
    ("the moon looks pasted on. undo", False, ROOFTOP, "undo", _goto(4)),
    ("revert the balloon pls, too cheesy", False, CALLCENTRE, "undo", _goto(3)),
    ("undo undo undo", False, CALLCENTRE, "undo", _goto(1)),
    ("undo, the hoodie looks off on him", False, WHITEBOARD, "undo", _goto(4)),
    ("undo twice", False, WHITEBOARD, "undo", _goto(1)),
    ("roll back the last 2", False, NEWSROOM, "undo", _goto(5)),
    ("UNDO", False, TRADING, "undo", _goto(4)),
    ("unblur them, undo", False, COURIER, "undo", _goto(4)),
    ("undo the sign text", False, SCOOTER, "undo", _goto(5)),
    ("undo all edits on this photo", False, SCOOTER, "undo", _goto(3)),
    ("undo the red raincoat", False, PROTEST, "undo", _goto(3)),
    ("nope, undo the retro look", False, PRINTSHOP, "undo", _goto(3)),
    ("undo the lamps, way too bright", False, REPAIR, "undo", _goto(5)),
    ("undo the b&w, i want colour back", False, CLEANER, "undo", _goto(4)),
    ("the white walls look like plastic, lets step back one", False, COOLING, "undo", _goto(3)),
    # near misses: nothing to undo or redo, a retry, a correction, undo as a question or a plan
    ("undo that pls", False, UPLOAD, "talk", ()),
    ("redo", False, COWORK, "talk", ()),
    ("redo the last edit, the cups left weird shadows", False, COWORK, "retry", _retry()),
    ("undo and try again", False, ROOFTOP, "retry", _retry()),
    (
        "undo that and make the raincoat green instead",
        False,
        PROTEST,
        "correction",
        _fix("give the woman with the megaphone a green raincoat"),
    ),
    (
        "undo that and add a crescent moon instead",
        False,
        ROOFTOP,
        "correction",
        _fix("add a crescent moon above the skyline", "add a crescent moon"),
    ),
    (
        "undo the cups removal and remove the laptop chargers instead",
        False,
        COWORK,
        "correction",
        _fix("remove the laptop chargers", "remove the laptop chargers from the counter"),
    ),
    ("go back one and try the lamps again, softer", False, REPAIR, "retry", _retry("weaker")),
    ("nah not undo, just do the sign again", False, SERVER, "retry", _retry()),
    ("scratch that, same thing but with a new seed", False, NEWSROOM, "retry", _retry()),
    ("again pls, the balloon looks deflated", False, CALLCENTRE, "retry", _retry()),
    ("undo the b&w and do sepia instead", False, CLEANER, "correction", _fix("make the photo sepia")),
    ("less blur pls", False, COURIER, "retry", _retry("weaker")),
    (
        "undo x2 then add a skateboarder on the crossing",
        False,
        COURIER,
        "edit",
        _goto_edit(3, "add a skateboarder on the crossing"),
    ),
    ("dont undo anything yet, im thinking", False, NEWSROOM, "talk", ()),
    ("is there an undo button?", False, SERVER, "talk", ()),
    ("the bow tie barely shows, try again stronger", False, TRADING, "retry", _retry("stronger")),
)
"""Undo in many wordings and with reasons, against a retry, a correction and nothing to undo."""

NEAR_MISSES: tuple[Dev, ...] = (
    # photo edits worded like navigation or like an undo
    ("roll the taxi window down", False, COURIER, "edit", _edit("roll the taxi window down")),
    (
        "undo the knot on the courier's scarf",
        False,
        COURIER,
        "edit",
        _edit("undo the knot on the courier's scarf"),
    ),
    (
        "go back to black and white for the whole photo",
        False,
        COURIER,
        "edit",
        _edit(
            "make the whole photo black and white",
            "make the photo black and white",
            "black and white for the whole photo",
            "go back to black and white for the whole photo",
        ),
    ),
    (
        "kill the blinking lights on the top rack",
        False,
        SERVER,
        "edit",
        _edit("kill the blinking lights on the top rack", "turn off the blinking lights on the top rack"),
    ),
    (
        "wipe the fingerprints off the glass door",
        False,
        SERVER,
        "edit",
        _edit("wipe the fingerprints off the glass door"),
    ),
    (
        "swap the error screen on the monitor for a login screen",
        False,
        SERVER,
        "edit",
        _edit("swap the error screen on the monitor for a login screen"),
    ),
    ("turn the clock back an hour", False, CALLCENTRE, "edit", _edit("turn the clock back an hour")),
    ("hang up the phone on the front desk", False, CALLCENTRE, "edit", _edit("hang up the phone on the front desk")),
    (
        "erase the to-do list on the left of the board",
        False,
        WHITEBOARD,
        "edit",
        _edit("erase the to-do list on the left of the board"),
    ),
    (
        "go back to the drawing board lol - draw a lightbulb on the whiteboard",
        False,
        WHITEBOARD,
        "edit",
        _edit("draw a lightbulb on the whiteboard"),
    ),
    ("rewind the wall clock to 5 pm", False, NEWSROOM, "edit", _edit("rewind the wall clock to 5 pm")),
    ("blank out the second monitor", False, NEWSROOM, "edit", _edit("blank out the second monitor")),
    (
        "print 'extra extra' on the top newspaper",
        False,
        NEWSROOM,
        "edit",
        _edit("print 'extra extra' on the top newspaper"),
    ),
    (
        "crash the chart on the big screen so it points down",
        False,
        TRADING,
        "edit",
        _edit("crash the chart on the big screen so it points down", "make the chart on the big screen point down"),
    ),
    (
        "revert the statue to bronze",
        False,
        PROTEST,
        "edit",
        _edit("revert the statue to bronze", "make the statue bronze"),
    ),
    (
        "restore the missing letters on the city hall sign",
        False,
        PROTEST,
        "edit",
        _edit("restore the missing letters on the city hall sign"),
    ),
    (
        "blow up the balloons the kids are holding",
        False,
        PROTEST,
        "edit",
        _edit("blow up the balloons the kids are holding"),
    ),
    (
        "make a copy of the red poster on the empty wall",
        False,
        PRINTSHOP,
        "edit",
        _edit("make a copy of the red poster on the empty wall"),
    ),
    (
        "undo the staples on the flyer stack",
        False,
        PRINTSHOP,
        "edit",
        _edit("undo the staples on the flyer stack", "remove the staples from the flyer stack"),
    ),
    ("fix the cracked laptop screen", False, REPAIR, "edit", _edit("fix the cracked laptop screen")),
    (
        "reset the router lights to green",
        False,
        REPAIR,
        "edit",
        _edit("reset the router lights to green", "make the router lights green"),
    ),
    ("kill the steam", False, COOLING, "edit", _edit("kill the steam", "remove the steam")),
    (
        "turn the lights off on the upper floors",
        False,
        CLEANER,
        "edit",
        _edit("turn the lights off on the upper floors"),
    ),
    ("empty the bin on the cart", False, CLEANER, "edit", _edit("empty the bin on the cart")),
    ("mop up the puddle by the lift", False, CLEANER, "edit", _edit("mop up the puddle by the lift")),
    ("flip the laptop lid shut", False, COWORK, "edit", _edit("flip the laptop lid shut", "close the laptop lid")),
    (
        "make the beanbags grey again but keep everything else",
        False,
        COWORK,
        "edit",
        _edit("make the beanbags grey again", "make the beanbags grey"),
    ),
    (
        "turn the helmet back to white, keep the puddle and the sign",
        False,
        SCOOTER,
        "edit",
        _edit("turn the helmet back to white", "make the helmet white", "make the rider's helmet white"),
    ),
    (
        "step back from the curb - move the courier onto the sidewalk",
        False,
        COURIER,
        "edit",
        _edit("move the courier onto the sidewalk"),
    ),
    (
        "erase the words 'round 2' from the whiteboard",
        False,
        WHITEBOARD,
        "edit",
        _edit("erase the words 'round 2' from the whiteboard"),
    ),
    (
        "history books on the shelf behind the editor pls",
        False,
        NEWSROOM,
        "edit",
        _edit("add history books on the shelf behind the editor", "history books on the shelf behind the editor"),
    ),
    ("back the van into the loading bay", False, PRINTSHOP, "edit", _edit("back the van into the loading bay")),
    ("same 70s look on this one pls", True, AFTER_PRINTSHOP, "edit", _edit("make it look like 1970s film")),
    ("the cold aisle from the other end, same room", True, AFTER_SERVER, "caption", ()),
    # navigation worded like an edit
    ("put the coffee cups back", False, COWORK, "undo", _goto(5)),
    ("remove the sign you just put on the door", False, SERVER, "undo", _goto(5)),
    ("take the moon away again", False, ROOFTOP, "undo", _goto(4)),
    ("get rid of the balloon you just put in", False, CALLCENTRE, "undo", _goto(3)),
    ("make it like round 2 again", False, COURIER, "goto", _goto(2)),
    ("make it look like it did before you touched it", False, PRINTSHOP, "goto", _goto(0)),
    ("erase everything you did", False, WHITEBOARD, "goto", _goto(0)),
    ("change it back to how it was before the radio", False, CLEANER, "goto", _goto(2)),
    ("bring back the first confetti try", False, TRADING, "goto", _goto(2)),
    ("wipe all your changes on this scooter pic", False, SCOOTER, "goto", _goto(3)),
    ("restore round 3", False, REPAIR, "goto", _goto(3)),
)
"""Photo edits worded like navigation, and navigation worded like an edit."""

R31B: tuple[Dev, ...] = (*REFERENCES, *COMPARE, *SHOW_GOTO, *STATUS_HISTORY, *UNDO_REDO, *NEAR_MISSES)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # references after a goto or an undo
    (4, ("the try before this one", False, TRADING, "goto", _goto(3))),
    (3, ("back to the last one with the dog", False, COWORK, "goto", _goto(4))),
    (2, ("two steps back from here", False, NEWSROOM, "goto", _goto(0))),
    (1, ("go to the last version, with the warning sign", False, SERVER, "goto", _goto(6))),
    (3, ("back to the hoodie version", False, WHITEBOARD, "goto", _goto(5))),
    (2, ("the other sky", False, ROOFTOP, "goto", _goto(3))),
    (1, ("three steps back", False, CALLCENTRE, "clarify", ())),
    (2, ("the next try after this one", False, TRADING, "goto", _goto(3))),
    # comparisons after a goto or an undo
    (2, ("compare where i am now with the latest", False, COWORK, "compare", _compare(2, 6))),
    (4, ("put this next to the original", False, NEWSROOM, "compare", _compare(0, 4))),
    (3, ("compare this try with the other fog try", False, SERVER, "compare", _compare(2, 3))),
    (3, ("compare this one with the toaster one", False, REPAIR, "compare", _compare(3, 5))),
    (2, ("before and after", False, TRADING, "compare", _compare(0, 2))),
    (3, ("this one vs the one i just undid", False, CALLCENTRE, "compare", _compare(3, 4))),
    # show or go after a goto or an undo
    (3, ("show me the newest one", False, COWORK, "show", _show(6))),
    (3, ("go to the newest one", False, COWORK, "goto", _goto(6))),
    (5, ("what did round 7 look like", False, NEWSROOM, "show", _show(7))),
    (2, ("show round 6", False, REPAIR, "show", _show(6))),
    (2, ("continue from round 4 instead", False, CLEANER, "goto", _goto(4))),
    (4, ("show me the round im on", False, SERVER, "show", _show(4))),
    (
        1,
        (
            "add a cat on the windowsill here",
            False,
            COURIER,
            "edit",
            _edit("add a cat on the windowsill", "add a cat on the windowsill here"),
        ),
    ),
    (
        2,
        (
            "ok from here, make the floor tiles checkered",
            False,
            CLEANER,
            "edit",
            _edit("make the floor tiles checkered"),
        ),
    ),
    # status and history after a goto or an undo
    (3, ("where am i now", False, COWORK, "status", STATUS)),
    (2, ("which one am i on after all that jumping around", False, NEWSROOM, "status", STATUS)),
    (3, ("list everything", False, REPAIR, "history", HISTORY)),
    # undo after a goto: the current round's parent; redo: forward on the line
    (3, ("undo", False, COWORK, "undo", _goto(2))),
    (5, ("undo again", False, NEWSROOM, "undo", _goto(4))),
    (3, ("undo once more", False, SERVER, "undo", _goto(1))),
    (5, ("undo", False, REPAIR, "undo", _goto(2))),
    (3, ("undo pls", False, WHITEBOARD, "undo", _goto(2))),
    (1, ("undo, even the bag", False, COURIER, "undo", _goto(0))),
    (4, ("undo, yellow looked cheap anyway", False, PROTEST, "undo", _goto(3))),
    (5, ("redo", False, COWORK, "redo", _goto(6))),
    (5, ("oops didnt mean to undo that", False, COWORK, "redo", _goto(6))),
    (4, ("redo x2", False, NEWSROOM, "redo", _goto(6))),
    (4, ("redo all of it", False, NEWSROOM, "redo", _goto(7))),
    (5, ("put the warning sign back", False, SERVER, "redo", _goto(6))),
    (3, ("actually i want the balloon after all, redo", False, CALLCENTRE, "redo", _goto(4))),
    (4, ("redo, i miss the moon", False, ROOFTOP, "redo", _goto(5))),
    (4, ("go back to black and white", False, CLEANER, "redo", _goto(5))),
    (2, ("from here add a bike rack by the door", False, COWORK, "edit", _edit("add a bike rack by the door"))),
    (4, ("put a tv camera in the corner", False, NEWSROOM, "edit", _edit("put a tv camera in the corner"))),
    (
        1,
        (
            "redo the fog but thicker",
            False,
            SERVER,
            "edit",
            _edit("add thicker fog on the floor", "add thick fog on the floor", "redo the fog but thicker"),
        ),
    ),
    (3, ("try the confetti once more", False, TRADING, "retry", _retry())),
    (2, ("make the rocket red", False, WHITEBOARD, "edit", _edit("make the rocket doodle red", "make the rocket red"))),
    (
        4,
        (
            "ok this one. give her an umbrella",
            False,
            PROTEST,
            "edit",
            _edit("give the woman with the megaphone an umbrella", "give her an umbrella"),
        ),
    ),
    (
        4,
        (
            "add a customer holding a broken radio",
            False,
            REPAIR,
            "edit",
            _edit("add a customer holding a broken radio"),
        ),
    ),
    (2, ("keep the storm but add lightning", False, COOLING, "edit", _edit("add lightning"))),
    (0, ("undo again", False, COWORK, "talk", ())),
    (0, ("undo one more", False, PRINTSHOP, "talk", ())),
    (
        3,
        (
            "redo but the cocktail on the bar this time",
            False,
            ROOFTOP,
            "edit",
            _edit("put a cocktail with an umbrella on the bar"),
        ),
    ),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r31b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R31B`, then the moved ones)."""
    return with_moved(R31B, "r31b", MOVED, "r31b_moved")
