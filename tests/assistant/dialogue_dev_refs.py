"""A development set of chat turns that name rounds: going to, showing and comparing them, asking where we are.

Written by hand for training and tuning the dialogue model, about scenes the other sets do not use
(a front porch, a park with a dog and a bench, a graduation, a vineyard, a beach, a penguin, a rocking
chair tried two ways, a bridge and a fountain in one session, a greenhouse with six edits, a
scarecrow, a double-decker bus): rounds named by number, as the original, before or after an edit, by
what is in them, in steps, as the n-th edit or the one before last; show, compare, status, history,
share, revoke and export in varied words; references that name no round of the session, answered in
words; and near misses that must neither move nor edit ("round of applause!", "compare prices for
me", "back in a sec"). The cases have the development set's format (`Dev`: turn, photo, state, act,
calls; round references as numbers). `REFS`' states have their last round current; `REFS_MOVED`
holds turns whose current round (first) is an earlier one, after a goto or an undo.
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
    _goto,
    _show,
    with_moved,
)

PORCH = (
    (None, None),
    (0, "paint the front door red"),
    (1, "add a wreath on the door"),
    (2, "remove the doormat"),
)
"""A front porch with three edits, each on the one before."""
PARK = (
    (None, None),
    (0, "remove the bench"),
    (1, "remove the dog"),
    (2, "add autumn leaves on the path"),
)
"""A park with two removals and an addition."""
GRAD = ((None, None), (0, "put a graduation cap on the girl"), (1, "make the gown purple"))
"""A graduation photo with two edits."""
VINEYARD = (
    (None, None),
    (0, "make the grapes darker"),
    (1, "add a wooden barrel"),
    (2, "make the sunset warmer"),
    (3, "remove the power lines"),
)
"""A vineyard with four edits, each on the one before."""
BEACH = ((None, None), (0, "add a beach umbrella"))
"""A beach with one edit."""
PENGUIN = ((None, None), (0, "add a bow tie to the penguin"))
"""A zoo photo with one edit."""
CHAIR = (
    (None, None),
    (0, "make the rocking chair blue"),
    (1, "add a blanket on the rocking chair"),
    (1, "add a cushion on the rocking chair"),
)
"""A porch chair after a goto: round 3 was made from round 1, beside round 2."""
BRIDGE = ((None, None), (0, "make the bridge golden"), (None, None), (2, "add coins in the fountain"))
"""Two photos in one session: a bridge (rounds 0-1), then a fountain (rounds 2-3)."""
GREENHOUSE = (
    (None, None),
    (0, "remove the watering can"),
    (1, "add tomatoes on the vines"),
    (2, "make the glass roof foggy"),
    (3, "add a robin on the shelf"),
    (4, "make the light golden"),
    (5, "add a wheelbarrow by the door"),
)
"""A greenhouse with six edits, each on the one before."""
SCARECROW = (
    (None, None),
    (0, "put a hat on the scarecrow"),
    (1, "add crows on the fence"),
    (2, "make the pumpkins bigger"),
)
"""A field with a scarecrow and three edits."""
BUS = ((None, None), (0, "make the bus green"), (1, "add rain on the street"))
"""A double-decker bus with two edits."""
BUS_THEN_PHOTO = (*BUS, (None, None))
"""The bus session with a second photo uploaded and not edited yet."""
PENGUIN_THEN_PHOTO = (*PENGUIN, (None, None))

GOTO: tuple[Dev, ...] = (
    # by number
    ("go back to round 2", False, PORCH, "goto", _goto(2)),
    ("round 1 again pls", False, VINEYARD, "goto", _goto(1)),
    ("can we hop back to rnd 3", False, GREENHOUSE, "goto", _goto(3)),
    ("i'd like to continue from version four", False, GREENHOUSE, "goto", _goto(4)),
    ("lets work on round two again", False, SCARECROW, "goto", _goto(2)),
    ("reload round 1", False, PARK, "goto", _goto(1)),
    ("restore v1 please", False, GRAD, "goto", _goto(1)),
    ("switch back to number 2", False, VINEYARD, "goto", _goto(2)),
    ("go 2 round", False, PORCH, "goto", _goto(2)),
    ("RETURN TO ROUND 3", False, VINEYARD, "goto", _goto(3)),
    ("can you put us back on round 5", False, GREENHOUSE, "goto", _goto(5)),
    ("back to rd 1 thx", False, BUS, "goto", _goto(1)),
    # the original
    ("the original", False, PORCH, "goto", _goto(0)),
    ("pull up the original, i want to start from it", False, GREENHOUSE, "goto", _goto(0)),
    ("give me back the raw photo", False, BEACH, "goto", _goto(0)),
    ("undo everything, i want the untouched version", False, VINEYARD, "goto", _goto(0)),
    ("revert all the way to the start", False, SCARECROW, "goto", _goto(0)),
    ("go back to square one", False, PARK, "goto", _goto(0)),
    ("orginal pic pls", False, GRAD, "goto", _goto(0)),
    ("can i get the picture how i sent it", False, PENGUIN, "goto", _goto(0)),
    ("throw away all the edits and go back to the beginning", False, CHAIR, "goto", _goto(0)),
    ("restart from the first version", False, BUS, "goto", _goto(0)),
    ("take it back to the original state plz", False, VINEYARD, "goto", _goto(0)),
    # before / after an edit
    ("before the hat", False, SCARECROW, "goto", _goto(0)),
    ("go back to before the wreath", False, PORCH, "goto", _goto(1)),
    ("take me back to before the crows", False, SCARECROW, "goto", _goto(1)),
    ("restore the pic from before I removed the bench", False, PARK, "goto", _goto(0)),
    ("back to before the leaves", False, PARK, "goto", _goto(2)),
    ("before you made the gown purple", False, GRAD, "goto", _goto(1)),
    ("revert to before the barrel was added", False, VINEYARD, "goto", _goto(1)),
    ("i want the version before the robin", False, GREENHOUSE, "goto", _goto(3)),
    ("go to before the tomatoes pls", False, GREENHOUSE, "goto", _goto(1)),
    ("back to before the umbrella", False, BEACH, "goto", _goto(0)),
    ("before the bow tie", False, PENGUIN, "goto", _goto(0)),
    ("go back to how it was before you removed the power lines", False, VINEYARD, "goto", _goto(3)),
    ("the one right after the tomatoes", False, GREENHOUSE, "goto", _goto(2)),
    ("go to just after you painted the door", False, PORCH, "goto", _goto(1)),
    ("before the fog on the glass roof", False, GREENHOUSE, "goto", _goto(2)),
    ("back to before the pumpkins got bigger", False, SCARECROW, "goto", _goto(2)),
    ("before the cushion", False, CHAIR, "goto", _goto(1)),
    # still there
    ("where the dog was still there", False, PARK, "goto", _goto(1)),
    ("go back to when the doormat was still there", False, PORCH, "goto", _goto(2)),
    ("the version where the power lines were still in the picture", False, VINEYARD, "goto", _goto(3)),
    ("back to when the watering can was still there", False, GREENHOUSE, "goto", _goto(0)),
    ("take me to the one where the bench is still there", False, PARK, "goto", _goto(0)),
    # by what is in it
    ("the version with the red door", False, PORCH, "goto", _goto(1)),
    ("go to the one with the wreath", False, PORCH, "goto", _goto(2)),
    ("back to the purple gown", False, GRAD, "goto", _goto(2)),
    ("take me to the barrel version", False, VINEYARD, "goto", _goto(2)),
    ("the one with the robin pls", False, GREENHOUSE, "goto", _goto(4)),
    ("go back to the foggy roof one", False, GREENHOUSE, "goto", _goto(3)),
    ("i want the blanket one back", False, CHAIR, "goto", _goto(2)),
    ("the blue chair without the blanket", False, CHAIR, "goto", _goto(1)),
    ("back to the golden bridge", False, BRIDGE, "goto", _goto(1)),
    ("take me to the bridge photo before you changed it", False, BRIDGE, "goto", _goto(0)),
    ("the fountain without coins", False, BRIDGE, "goto", _goto(2)),
    ("go back to the green bus", False, BUS_THEN_PHOTO, "goto", _goto(1)),
    ("i want to keep editing the bus pic, the rainy one", False, BUS_THEN_PHOTO, "goto", _goto(2)),
    ("back to the penguin with the bow tie", False, PENGUIN_THEN_PHOTO, "goto", _goto(1)),
    ("the one with the crows on the fence", False, SCARECROW, "goto", _goto(2)),
    # steps back
    ("two steps back", False, PORCH, "goto", _goto(1)),
    ("go back 3", False, GREENHOUSE, "goto", _goto(3)),
    ("rewind two edits", False, VINEYARD, "goto", _goto(2)),
    ("go back three versions pls", False, VINEYARD, "goto", _goto(1)),
    ("back 4 steps", False, GREENHOUSE, "goto", _goto(2)),
    ("jump back 2 rounds", False, SCARECROW, "goto", _goto(1)),
    ("go back two times", False, GRAD, "goto", _goto(0)),
    # the n-th edit, the one before last
    ("the first edit", False, PORCH, "goto", _goto(1)),
    ("go to your second edit", False, GREENHOUSE, "goto", _goto(2)),
    ("back to the 3rd change pls", False, VINEYARD, "goto", _goto(3)),
    ("take me to the very first edit", False, SCARECROW, "goto", _goto(1)),
    ("the fourth edit please", False, GREENHOUSE, "goto", _goto(4)),
    ("the one before last", False, PORCH, "goto", _goto(2)),
    ("go to the second to last version", False, GREENHOUSE, "goto", _goto(5)),
    ("the previous version was nicer, take me there", False, VINEYARD, "goto", _goto(3)),
    # non-native, typos, rambly
    ("pls return on the round 2, this last one i dont like", False, SCARECROW, "goto", _goto(2)),
    ("gobak to 1", False, PARK, "goto", _goto(1)),
    (
        "hmm honestly the leaves are too much and the dog missing is weird, "
        "go back to the round where the dog was still there",
        False,
        PARK,
        "goto",
        _goto(1),
    ),
    (
        "ok so i showed my mom and she prefers the wreath version, can we go back to that one",
        False,
        PORCH,
        "goto",
        _goto(2),
    ),
    ("vuelve a la round 1 please", False, GRAD, "goto", _goto(1)),
    ("Round 3. That one was the best.", False, GREENHOUSE, "goto", _goto(3)),
)
"""Goto: a round named by number, as the original, before or after an edit, by content, in steps."""

SHOW: tuple[Dev, ...] = (
    ("let me see round 1 again", False, PORCH, "show", _show(1)),
    ("pull up the original for me to look at", False, GREENHOUSE, "show", _show(0)),
    ("what did v2 look like", False, VINEYARD, "show", _show(2)),
    ("show round 3 pls", False, SCARECROW, "show", _show(3)),
    ("can i have a look at round 2, dont switch", False, PARK, "show", _show(2)),
    ("show me the original photo", False, BEACH, "show", _show(0)),
    ("display the wreath version", False, PORCH, "show", _show(2)),
    ("let me peek at the one with the robin", False, GREENHOUSE, "show", _show(4)),
    ("show me what the park looked like with the dog", False, PARK, "show", _show(1)),
    ("what did the girl look like before the cap?", False, GRAD, "show", _show(0)),
    ("open round 1 just to look", False, BUS, "show", _show(1)),
    ("let me see the blanket version", False, CHAIR, "show", _show(2)),
    ("show the bridge photo again", False, BRIDGE, "show", _show(1)),
    ("quick look at round four", False, VINEYARD, "show", _show(4)),
    ("show me the green bus again 👀", False, BUS_THEN_PHOTO, "show", _show(1)),
    ("can u display the first edit", False, GREENHOUSE, "show", _show(1)),
    ("SHOW ORIGINAL", False, PENGUIN, "show", _show(0)),
    ("i want see the round 2 only for look", False, GREENHOUSE, "show", _show(2)),
    ("show me the scarecrow before the hat", False, SCARECROW, "show", _show(0)),
    ("how did it look before the barrel", False, VINEYARD, "show", _show(1)),
)
"""Show a round without moving to it."""

COMPARE: tuple[Dev, ...] = (
    ("put 1 and 3 next to each other", False, PORCH, "compare", _compare(1, 3)),
    ("original vs now", False, GREENHOUSE, "compare", _compare(0, 6)),
    ("how does it look compared to before", False, VINEYARD, "compare", _compare(3, 4)),
    ("diff between the last two", False, SCARECROW, "compare", _compare(2, 3)),
    ("compare 2 with 4", False, VINEYARD, "compare", _compare(2, 4)),
    ("round 1 vs round 2", False, GRAD, "compare", _compare(1, 2)),
    ("show me before and after", False, BEACH, "compare", _compare(0, 1)),
    ("side by side of the original and the current", False, PARK, "compare", _compare(0, 3)),
    ("compare the blanket and the cushion", False, CHAIR, "compare", _compare(2, 3)),
    ("which looks better, the red door or the wreath one?", False, PORCH, "compare", _compare(1, 2)),
    ("compare the penguin with and without the bow tie", False, PENGUIN, "compare", _compare(0, 1)),
    ("put the original bridge next to the golden one", False, BRIDGE, "compare", _compare(0, 1)),
    ("compare now with before the leaves", False, PARK, "compare", _compare(2, 3)),
    ("v3 vs v5?", False, GREENHOUSE, "compare", _compare(3, 5)),
    ("compare the first edit with the latest one", False, VINEYARD, "compare", _compare(1, 4)),
    ("before/after of the fountain pic", False, BRIDGE, "compare", _compare(2, 3)),
    ("what changed between 4 and 6", False, GREENHOUSE, "compare", _compare(4, 6)),
    ("compare this to the original", False, SCARECROW, "compare", _compare(3, 0)),
    ("compare with previous one", False, PORCH, "compare", _compare(2, 3)),
    ("can you show round 0 and round 2 side by side", False, GRAD, "compare", _compare(0, 2)),
    ("compare the one with the dog and the one without", False, PARK, "compare", _compare(1, 2)),
    ("cant decide, 2 or 3? show both", False, VINEYARD, "compare", _compare(2, 3)),
    ("compare the rainy bus with the new pic", False, BUS_THEN_PHOTO, "compare", _compare(2, 3)),
    ("pls compare round one and round two, which is more natural", False, SCARECROW, "compare", _compare(1, 2)),
    ("COMPARE 0 AND 1", False, PENGUIN, "compare", _compare(0, 1)),
    ("compare the version before the robin with the one after it", False, GREENHOUSE, "compare", _compare(3, 4)),
)
"""Compare two rounds, named by number, by content, as before and after."""

STATUS_TURNS: tuple[Dev, ...] = (
    ("where are we", False, PORCH, "status", STATUS),
    ("which version is this", False, VINEYARD, "status", STATUS),
    ("what round are we on rn?", False, GREENHOUSE, "status", STATUS),
    ("which one am i looking at", False, CHAIR, "status", STATUS),
    ("current round?", False, SCARECROW, "status", STATUS),
    ("im confused, what is this version", False, PARK, "status", STATUS),
    ("is this the latest one?", False, GRAD, "status", STATUS),
    ("what was your last edit?", False, BEACH, "status", STATUS),
    ("which photo are we on now", False, BRIDGE, "status", STATUS),
    ("what number is this round", False, BUS, "status", STATUS),
    ("status pls", False, PENGUIN, "status", STATUS),
)
"""Status: the current round and the last edit."""

HISTORY_TURNS: tuple[Dev, ...] = (
    ("list everything", False, PORCH, "history", HISTORY),
    ("what have we done", False, GREENHOUSE, "history", HISTORY),
    ("timeline pls", False, VINEYARD, "history", HISTORY),
    ("show me all the versions", False, PARK, "history", HISTORY),
    ("sum up all the edits for me", False, SCARECROW, "history", HISTORY),
    ("what are all the rounds", False, CHAIR, "history", HISTORY),
    ("can i see the whole history", False, BRIDGE, "history", HISTORY),
    ("list every step we took", False, GRAD, "history", HISTORY),
    ("changelog?", False, GREENHOUSE, "history", HISTORY),
    ("what did we change so far, all of it", False, BUS_THEN_PHOTO, "history", HISTORY),
    ("overview of all rounds please", False, PORCH, "history", HISTORY),
)
"""History: every round."""

SHARING: tuple[Dev, ...] = (
    ("send me a link i can share", False, PORCH, "share", SHARE),
    ("make this viewable for my friends", False, GRAD, "share", SHARE),
    ("i want to show this to my wife, can u make a link", False, GREENHOUSE, "share", SHARE),
    ("share it", False, VINEYARD, "share", SHARE),
    ("can i get a shareable url", False, BEACH, "share", SHARE),
    ("publish a link for my client", False, PENGUIN, "share", SHARE),
    ("make a second link for the family group chat", False, SCARECROW, "share", SHARE),
    ("turn off sharing", False, PORCH, "revoke", REVOKE),
    ("kill link 2", False, GREENHOUSE, "revoke", (("revoke_share", {"link": 2}),)),
    ("take the link down", False, GRAD, "revoke", REVOKE),
    ("nobody should see it anymore, revoke", False, VINEYARD, "revoke", REVOKE),
    ("disable share link number 1", False, PARK, "revoke", (("revoke_share", {"link": 1}),)),
    ("unshare pls", False, BUS, "revoke", REVOKE),
    ("remove the public link", False, CHAIR, "revoke", REVOKE),
)
"""Share and revoke."""

EXPORTS: tuple[Dev, ...] = (
    ("export as html pls", False, PORCH, "export", _export("html")),
    ("download the session as a webpage", False, GREENHOUSE, "export", _export("html")),
    ("save everything as a zip", False, VINEYARD, "export", _export("bundle")),
    ("export all of it", False, PARK, "export", _export("bundle")),
    ("i want a backup of this session", False, SCARECROW, "export", _export("bundle")),
    ("make me an html file of all versions", False, CHAIR, "export", _export("html")),
    ("download pls", False, GRAD, "export", _export("bundle")),
    ("export to a bundle so i can load it again later", False, BRIDGE, "export", _export("bundle")),
)
"""Export as a bundle or a page."""

GOTO_THEN_EDIT: tuple[Dev, ...] = (
    (
        "go back to the original and paint the door green",
        False,
        PORCH,
        "edit",
        (("revert", {"round": 0}), *_edit("paint the door green")),
    ),
    (
        "back to round 2 and add a lantern by the door",
        False,
        PORCH,
        "edit",
        (("revert", {"round": 2}), *_edit("add a lantern by the door")),
    ),
    (
        "go to round 3 then add a cat on the shelf",
        False,
        GREENHOUSE,
        "edit",
        (("revert", {"round": 3}), *_edit("add a cat on the shelf")),
    ),
)
"""A goto and an edit in one turn."""

IMPOSSIBLE: tuple[Dev, ...] = (
    ("round 7", False, PORCH, "clarify", ()),
    ("go back to round 7", False, SCARECROW, "clarify", ()),
    ("before the dragon", False, PORCH, "clarify", ()),
    ("round zero point five", False, VINEYARD, "clarify", ()),
    ("show me round 9", False, GRAD, "clarify", ()),
    ("compare 2 and 8", False, PARK, "clarify", ()),
    ("go back 6 steps", False, PORCH, "clarify", ()),
    ("three steps back", False, BEACH, "clarify", ()),
    ("the fourth edit", False, GRAD, "clarify", ()),
    ("go to the version with the swimming pool", False, GREENHOUSE, "clarify", ()),
    ("back to before the fireworks", False, VINEYARD, "clarify", ()),
    ("the one where the cat was still there", False, PARK, "clarify", ()),
    ("redo", False, PORCH, "clarify", ()),
    ("go forward 2", False, SCARECROW, "clarify", ()),
    ("undo", False, UPLOAD, "clarify", ()),
    ("compare before and after", False, UPLOAD, "clarify", ()),
    ("round 1.5 pls", False, GREENHOUSE, "clarify", ()),
    ("go to round -3", False, BUS, "clarify", ()),
    ("round a thousand", False, CHAIR, "clarify", ()),
    ("show the version with the blue door", False, PORCH, "clarify", ()),
    ("go back to last week's version", False, PENGUIN, "clarify", ()),
    ("before the helicopter please", False, BRIDGE, "clarify", ()),
    ("take me to round 12", False, GREENHOUSE, "clarify", ()),
)
"""References that name no round of the session: a plain answer, no call."""

NEAR_MISSES: tuple[Dev, ...] = (
    # round, version, original, compare, show, back... that are not about rounds
    ("I liked the original idea", False, PORCH, "talk", ()),
    ("round of applause!", False, GREENHOUSE, "talk", ()),
    ("compare prices for me", False, VINEYARD, "talk", ()),
    ("show me how to use this", False, PARK, "talk", ()),
    ("back in a sec", False, SCARECROW, "talk", ()),
    ("brb, going back to the kitchen", False, GRAD, "talk", ()),
    ("second round of drinks is on me 🍻", False, BEACH, "talk", ()),
    ("the original door was actually blue in real life", False, PORCH, "talk", ()),
    ("version 2 of my essay is due tomorrow lol", False, BUS, "talk", ()),
    ("share your thoughts, do you like it?", False, CHAIR, "talk", ()),
    ("what's the history of this bridge?", False, BRIDGE, "talk", ()),
    ("where are we going for dinner tonight", False, PENGUIN, "talk", ()),
    ("whats the status of my order 4411", False, VINEYARD, "talk", ()),
    ("the dog's name is biscuit btw", False, PARK, "talk", ()),
    ("my grandpa used to sit on that bench every sunday", False, PARK, "talk", ()),
    ("compared to my phone camera this is way better", False, GREENHOUSE, "talk", ()),
    ("show me what you can do", False, UPLOAD, "talk", ()),
    ("first of all, thank you so much", False, SCARECROW, "talk", ()),
    ("i'm going back to work now, bye", False, GRAD, "talk", ()),
    ("this is the first edit i really like", False, PORCH, "talk", ()),
    ("before i forget, you're awesome", False, VINEYARD, "talk", ()),
    ("link me the wikipedia page about penguins", False, PENGUIN, "talk", ()),
    ("can you export to photoshop?", False, GREENHOUSE, "talk", ()),
    ("can i go back later if i change my mind?", False, CHAIR, "talk", ()),
    ("how do i compare two versions?", False, BUS, "talk", ()),
    ("do the links expire?", False, BEACH, "talk", ()),
    ("what happens to the other versions when i go back?", False, VINEYARD, "talk", ()),
    ("i'll show this to my sister tomorrow", False, GRAD, "talk", ()),
    ("step back and tell me honestly what you think", False, SCARECROW, "talk", ()),
    ("the previous owner painted that door", False, PORCH, "talk", ()),
    ("lol the crows look like they are judging me", False, SCARECROW, "talk", ()),
    ("round 2 of the world cup starts tonight", False, BRIDGE, "talk", ()),
    ("nothing to compare, it's perfect", False, GREENHOUSE, "talk", ()),
    ("hold on, let me check something first", False, PARK, "talk", ()),
    ("the original is hanging in my hallway", False, BEACH, "talk", ()),
    ("go back to sleep, me? never 😂", False, PENGUIN, "talk", ()),
    ("who took the original photo, you think?", False, BRIDGE, "talk", ()),
    ("wait", False, VINEYARD, "talk", ()),
    ("where did you learn to edit like that", False, CHAIR, "talk", ()),
    ("history homework first, then more edits", False, BUS, "talk", ()),
    ("ok that version is good enough for now", False, PORCH, "talk", ()),
    ("send this to my email", False, GRAD, "talk", ()),
    # edits whose words sound like navigation
    ("add a round mirror next to the door", False, PORCH, "edit", _edit("add a round mirror next to the door")),
    (
        "make the sky look like it did before sunset",
        False,
        VINEYARD,
        "edit",
        _edit("make the sky look like it did before sunset"),
    ),
    ("put the bench back in", False, PARK, "edit", _edit("put the bench back in", "put the bench back")),
    ("restore the faded colours", False, BEACH, "edit", _edit("restore the faded colours")),
    (
        "add a sign that says version 2 on the bus",
        False,
        BUS,
        "edit",
        _edit("add a sign that says version 2 on the bus"),
    ),
    ("show the penguin swimming in the water", False, PENGUIN, "edit", _edit("show the penguin swimming in the water")),
    ("make the second pumpkin orange", False, SCARECROW, "edit", _edit("make the second pumpkin orange")),
    ("add a back door to the greenhouse", False, GREENHOUSE, "edit", _edit("add a back door to the greenhouse")),
    ("put a history book on the chair", False, CHAIR, "edit", _edit("put a history book on the chair")),
    ("make the first barrel darker", False, VINEYARD, "edit", _edit("make the first barrel darker")),
    ("add a round table under the umbrella", False, BEACH, "edit", _edit("add a round table under the umbrella")),
    (
        "make the cap look like the original colour, black",
        False,
        GRAD,
        "edit",
        _edit(
            "make the cap black",
            "make the cap look like the original colour, black",
            "make the cap look like the original colour black",
        ),
    ),
)
"""Turns that say round, original, compare, show, back... but neither move nor ask about rounds."""

REFS: tuple[Dev, ...] = (
    *GOTO,
    *SHOW,
    *COMPARE,
    *STATUS_TURNS,
    *HISTORY_TURNS,
    *SHARING,
    *EXPORTS,
    *GOTO_THEN_EDIT,
    *IMPOSSIBLE,
    *NEAR_MISSES,
)
"""Every turn whose session's last round is current."""

REFS_MOVED: tuple[tuple[int, Dev], ...] = (
    # porch, back on round 1 (red door)
    (1, ("redo", False, PORCH, "redo", _goto(2))),
    (1, ("the newest one", False, PORCH, "goto", _goto(3))),
    (1, ("compare this with the latest", False, PORCH, "compare", _compare(1, 3))),
    (1, ("undo", False, PORCH, "undo", _goto(0))),
    (1, ("where are we", False, PORCH, "status", STATUS)),
    (1, ("two steps forward", False, PORCH, "redo", _goto(3))),
    (1, ("show me the last version", False, PORCH, "show", _show(3))),
    (1, ("go to the one without the doormat", False, PORCH, "goto", _goto(3))),
    (1, ("from here add a brass knocker on the door", False, PORCH, "edit", _edit("add a brass knocker on the door"))),
    (1, ("round of applause for the red door", False, PORCH, "talk", ())),
    (1, ("go back to round 5", False, PORCH, "clarify", ())),
    # greenhouse, back on round 2 (tomatoes)
    (2, ("the one with the robin", False, GREENHOUSE, "goto", _goto(4))),
    (2, ("show me round 5", False, GREENHOUSE, "show", _show(5))),
    (2, ("next one", False, GREENHOUSE, "redo", _goto(3))),
    (2, ("original vs this", False, GREENHOUSE, "compare", _compare(0, 2))),
    (2, ("the first edit", False, GREENHOUSE, "goto", _goto(1))),
    (2, ("back to the latest", False, GREENHOUSE, "goto", _goto(6))),
    (2, ("which version is this", False, GREENHOUSE, "status", STATUS)),
    (2, ("timeline", False, GREENHOUSE, "history", HISTORY)),
    (2, ("back in a sec", False, GREENHOUSE, "talk", ())),
    (2, ("two steps back", False, GREENHOUSE, "goto", _goto(0))),
    # chair, on round 2 (blanket; the cushion was made from round 1)
    (2, ("the cushion version", False, CHAIR, "goto", _goto(3))),
    (2, ("undo", False, CHAIR, "undo", _goto(1))),
    (2, ("redo", False, CHAIR, "clarify", ())),
    (2, ("compare with the cushion one", False, CHAIR, "compare", _compare(2, 3))),
    # bridge, back on the golden bridge
    (1, ("back to the fountain with the coins", False, BRIDGE, "goto", _goto(3))),
    (1, ("show me the fountain", False, BRIDGE, "show", _show(3))),
    (1, ("redo", False, BRIDGE, "clarify", ())),
    # vineyard, back on the upload and on round 3
    (0, ("redo", False, VINEYARD, "redo", _goto(1))),
    (0, ("undo", False, VINEYARD, "clarify", ())),
    (0, ("take me to the newest version", False, VINEYARD, "goto", _goto(4))),
    (0, ("compare the original with the barrel one", False, VINEYARD, "compare", _compare(0, 2))),
    (0, ("I liked the original idea", False, VINEYARD, "talk", ())),
    (3, ("redo that", False, VINEYARD, "redo", _goto(4))),
    (3, ("share it like this", False, VINEYARD, "share", SHARE)),
    (3, ("what round is this", False, VINEYARD, "status", STATUS)),
    # park, back on round 1 (no bench)
    (1, ("forward one", False, PARK, "redo", _goto(2))),
    (1, ("the one with the leaves", False, PARK, "goto", _goto(3))),
    (1, ("compare prices for me", False, PARK, "talk", ())),
    # scarecrow, back on round 2 (crows)
    (2, ("back to the pumpkins", False, SCARECROW, "goto", _goto(3))),
    (2, ("before the hat", False, SCARECROW, "goto", _goto(0))),
    (2, ("diff between this and the last one", False, SCARECROW, "compare", _compare(2, 3))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest; rounds named by number."""


def refs_cases() -> list[EvalCase]:
    """Every turn of this set as an `assistant.evaluation` case (`REFS`, then `REFS_MOVED`)."""
    return with_moved(REFS, "refs", REFS_MOVED, "refs_moved")
