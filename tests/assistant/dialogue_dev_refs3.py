"""A third development set of chat turns that look back at rounds, and look-alikes that must not move.

Written by hand for training and tuning the dialogue model, about scenes the other sets do not use (a
samurai armour display with six edits, a chameleon in a terrarium, a capybara in a hot spring whose
history branched, an old man playing banjo on a porch, kids on a pirate treasure hunt, a sunbathing
lemur, a mandolin just uploaded, a tandem ride and a puffin cliff in one session, a moped in a courtyard,
a hippo in a mud pool whose history branched): rounds named by number, as the original, before an edit,
by what is in them, in steps back along the branch the session is on, as the n-th edit; show, compare,
status, history, undo and redo; share, export and revoke in messy real typing; references that name no
round of the session and redo with nothing to redo, answered in words; and look-alikes that must not
move or edit: stories about the past, questions about what changed or about how sharing works, and
vague "go back a bit" turns that deserve one short question. Edits whose words say back, before,
original, round, show or share are edits. The cases have the development set's format (`Dev`: turn,
photo, state, act, calls; round references as numbers). `REFS3`'s states have their last round
current; `REFS3_MOVED` holds turns whose current round (first) is an earlier one, after a goto or an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    REVOKE,
    SHARE,
    STATUS,
    Dev,
    _compare,
    _edit,
    _export,
    _goto,
    _show,
    with_moved,
)

SAMURAI = (
    (None, None),
    (0, "remove the rope barrier"),
    (1, "make the armour black"),
    (2, "add a katana on the stand"),
    (3, "add a folding screen behind the armour"),
    (4, "make the banner red"),
    (5, "dim the lights"),
)
"""A samurai armour display in a castle hall with six edits, each on the one before."""
CHAMELEON = (
    (None, None),
    (0, "make the chameleon turquoise"),
    (1, "add a cricket on the leaf"),
    (2, "blur the glass of the terrarium"),
)
"""A chameleon on a twig in a terrarium with three edits, each on the one before."""
CAPYBARA = (
    (None, None),
    (0, "put a yuzu on the capybara's head"),
    (1, "add steam over the water"),
    (1, "make the water milky"),
    (3, "add a second capybara"),
)
"""A capybara in a hot spring after a revert: round 3 was made from round 1 beside round 2, round 4 from 3."""
BANJO = ((None, None), (0, "add fireflies"), (1, "make the porch white"))
"""An old man playing banjo on a porch, a hound at his feet, with two edits."""
TREASURE = (
    (None, None),
    (0, "add a treasure chest under the tree"),
    (1, "give the boy an eye patch"),
    (2, "make the map look older"),
)
"""Kids on a pirate treasure hunt in a garden (map, spyglass, paper hats) with three edits."""
LEMUR = ((None, None), (0, "remove the zoo fence"))
"""Ring-tailed lemurs sunbathing on a log, with one edit."""
MANDOLIN = ((None, None),)
"""A mandolin on a velvet chair, just uploaded, not edited yet."""
TANDEM_PUFFIN = (
    (None, None),
    (0, "make the tandem mint green"),
    (None, None),
    (2, "add a second puffin"),
)
"""Two photos in one session: a couple on a tandem on a country lane (rounds 0-1), then puffins on a cliff (2-3)."""
MOPED = (
    (None, None),
    (0, "paint the moped lemon yellow"),
    (1, "add bougainvillea over the door"),
    (2, "remove the scratches on the seat"),
    (3, "make the shutters blue"),
)
"""A moped in a sunny courtyard with four edits, each on the one before."""
HIPPO = (
    (None, None),
    (0, "make the mud darker"),
    (0, "add a bird on the hippo's back"),
    (2, "make the hippo yawn"),
)
"""A hippo in a mud pool after a revert: round 2 was made from the upload beside round 1, round 3 from 2."""

BY_NUMBER: tuple[Dev, ...] = (
    ("go back to round 3 pls", False, SAMURAI, "goto", _goto(3)),
    ("rnd 2", False, CHAMELEON, "goto", _goto(2)),
    ("can we jump back to round number four", False, SAMURAI, "goto", _goto(4)),
    ("back to v1 plz", False, BANJO, "goto", _goto(1)),
    ("revert to round 2, the map was nicer there", False, TREASURE, "goto", _goto(2)),
    ("go to version 3", False, MOPED, "goto", _goto(3)),
    ("i want round two back", False, CAPYBARA, "goto", _goto(2)),
    ("take me to r5", False, SAMURAI, "goto", _goto(5)),
    ("roll back to round 1 i think thats the one", False, CHAMELEON, "goto", _goto(1)),
    ("go back to round no 2 pls", False, MOPED, "goto", _goto(2)),
    ("round1", False, HIPPO, "goto", _goto(1)),
    ("plz revert round 2 i continue from that", False, HIPPO, "goto", _goto(2)),
    ("lets go with version #1 after all", False, TREASURE, "goto", _goto(1)),
    ("Return to round 3.", False, CAPYBARA, "goto", _goto(3)),
    ("switch back to the 2nd round", False, SAMURAI, "goto", _goto(2)),
    ("number 1 was better, go there", False, MOPED, "goto", _goto(1)),
    ("volver a la ronda 2 por favor", False, BANJO, "goto", _goto(2)),
    ("go back to round one.. the one without the fence", False, LEMUR, "goto", _goto(1)),
)
"""Goto a round named by number, in words and digits."""

ORIGINAL: tuple[Dev, ...] = (
    ("the original again pls", False, SAMURAI, "goto", _goto(0)),
    ("go back to the untouched version", False, CHAMELEON, "goto", _goto(0)),
    ("reset it to how i uploaded it", False, MOPED, "goto", _goto(0)),
    ("back 2 the original", False, BANJO, "goto", _goto(0)),
    ("i want my original pic back, no edits", False, TREASURE, "goto", _goto(0)),
    ("undo everything, start over from the raw photo", False, HIPPO, "goto", _goto(0)),
    ("revert to the first photo pls, the one i sent", False, LEMUR, "goto", _goto(0)),
    ("scrap all of it and go back to square one", False, CAPYBARA, "goto", _goto(0)),
    ("origianl pls", False, SAMURAI, "goto", _goto(0)),
    ("take me back to the puffins before you added one", False, TANDEM_PUFFIN, "goto", _goto(2)),
)
"""Goto the upload, or the upload of a later photo."""

BEFORE: tuple[Dev, ...] = (
    ("go back to before the katana", False, SAMURAI, "goto", _goto(2)),
    ("before the folding screen pls", False, SAMURAI, "goto", _goto(3)),
    ("revert to before the banner went red", False, SAMURAI, "goto", _goto(4)),
    ("back to before you dimmed the lights", False, SAMURAI, "goto", _goto(5)),
    ("before the armour was black", False, SAMURAI, "goto", _goto(1)),
    ("when the rope barrier was still there", False, SAMURAI, "goto", _goto(0)),
    ("go back to before the cricket", False, CHAMELEON, "goto", _goto(1)),
    ("before the glass got blurry pls", False, CHAMELEON, "goto", _goto(2)),
    ("before you made him turquoise", False, CHAMELEON, "goto", _goto(0)),
    ("back to before the second capybara", False, CAPYBARA, "goto", _goto(3)),
    ("before the yuzu", False, CAPYBARA, "goto", _goto(0)),
    ("before the water went milky", False, CAPYBARA, "goto", _goto(1)),
    ("go back to before the fireflies", False, BANJO, "goto", _goto(0)),
    ("before the porch was painted", False, BANJO, "goto", _goto(1)),
    ("back to before the eye patch", False, TREASURE, "goto", _goto(1)),
    ("revert to before u aged the map", False, TREASURE, "goto", _goto(2)),
    ("before the shutters turned blue", False, MOPED, "goto", _goto(3)),
    ("back to when the seat still had scratches", False, MOPED, "goto", _goto(2)),
    ("before the bougainvillea thing", False, MOPED, "goto", _goto(1)),
    ("go back to before the hippo yawned", False, HIPPO, "goto", _goto(2)),
    ("before the bird landed on him", False, HIPPO, "goto", _goto(0)),
    ("when the fence was still there", False, LEMUR, "goto", _goto(0)),
)
"""Goto the round before an edit, or the last one where a removed thing was still there."""

BY_CONTENT: tuple[Dev, ...] = (
    ("the version with the katana but no screen", False, SAMURAI, "goto", _goto(3)),
    ("go to the folding screen one", False, SAMURAI, "goto", _goto(4)),
    ("the red banner version pls", False, SAMURAI, "goto", _goto(5)),
    ("back to the black armour", False, SAMURAI, "goto", _goto(2)),
    ("the turquoise one without the cricket", False, CHAMELEON, "goto", _goto(1)),
    ("the one with the cricket on the leaf", False, CHAMELEON, "goto", _goto(2)),
    ("the steam version", False, CAPYBARA, "goto", _goto(2)),
    ("go to the milky water one", False, CAPYBARA, "goto", _goto(3)),
    ("the one where he just has the yuzu", False, CAPYBARA, "goto", _goto(1)),
    ("the firefly version pls", False, BANJO, "goto", _goto(1)),
    ("the one with the chest", False, TREASURE, "goto", _goto(1)),
    ("go back to the eye patch version, before the map changed", False, TREASURE, "goto", _goto(2)),
    ("the lemon yellow moped", False, MOPED, "goto", _goto(1)),
    ("take me to the bougainvillea version", False, MOPED, "goto", _goto(2)),
    ("the dark mud one", False, HIPPO, "goto", _goto(1)),
    ("the one with the bird, before the yawn", False, HIPPO, "goto", _goto(2)),
    ("the mint green tandem", False, TANDEM_PUFFIN, "goto", _goto(1)),
    ("back to the green tandem pic pls", False, TANDEM_PUFFIN, "goto", _goto(1)),
)
"""Goto a round named by what is in it."""

STEPS: tuple[Dev, ...] = (
    ("go back two steps", False, SAMURAI, "goto", _goto(4)),
    ("two steps back pls", False, CHAMELEON, "goto", _goto(1)),
    ("back 3 steps", False, SAMURAI, "goto", _goto(3)),
    ("2 steps back", False, CAPYBARA, "goto", _goto(1)),
    ("rewind two", False, HIPPO, "goto", _goto(0)),
    ("go back twice", False, MOPED, "goto", _goto(2)),
    ("three versions back pls", False, MOPED, "goto", _goto(1)),
    ("the first edit", False, SAMURAI, "goto", _goto(1)),
    ("go to your first edit", False, MOPED, "goto", _goto(1)),
    ("the very first change you made", False, TREASURE, "goto", _goto(1)),
    ("go to the 3rd edit", False, SAMURAI, "goto", _goto(3)),
    ("the second edit pls", False, CHAMELEON, "goto", _goto(2)),
    ("the one before last", False, SAMURAI, "goto", _goto(5)),
    ("second to last version pls", False, MOPED, "goto", _goto(3)),
    ("the previous version", False, BANJO, "goto", _goto(1)),
)
"""Goto in steps back along the current branch, the n-th edit, the one before last."""

GOTO_THEN_EDIT: tuple[Dev, ...] = (
    (
        "go back to round 2 and add a war fan on the stand instead",
        False,
        SAMURAI,
        "edit",
        (("revert", {"round": 2}), *_edit("add a war fan on the stand", "add a war fan on the stand instead")),
    ),
    (
        "on the original, make the terrarium moss greener",
        False,
        CHAMELEON,
        "edit",
        (("edit_image", {"instruction": "make the terrarium moss greener", "base_round": 0}),),
    ),
    (
        "back to v1 and add a little rubber duck in the water",
        False,
        CAPYBARA,
        "edit",
        (("revert", {"round": 1}), *_edit("add a little rubber duck in the water")),
    ),
    (
        "take the original and put a straw hat on the old man",
        False,
        BANJO,
        "edit",
        (("edit_image", {"instruction": "put a straw hat on the old man", "base_round": 0}),),
    ),
)
"""A goto and an edit in one turn."""

SHOW: tuple[Dev, ...] = (
    ("show me round 2", False, SAMURAI, "show", _show(2)),
    ("lemme see the original real quick", False, CHAMELEON, "show", _show(0)),
    ("can i just look at round 4 without going there", False, SAMURAI, "show", _show(4)),
    ("show the steam one, dont switch", False, CAPYBARA, "show", _show(2)),
    ("what did it look like before the katana", False, SAMURAI, "show", _show(2)),
    ("show me how the porch looked before", False, BANJO, "show", _show(1)),
    ("pull up v1 for a sec", False, TREASURE, "show", _show(1)),
    ("display the version with the dark mud", False, HIPPO, "show", _show(1)),
    ("peek at round 3?", False, MOPED, "show", _show(3)),
    ("how did the moped look originally", False, MOPED, "show", _show(0)),
    ("show me the lemurs with the fence again", False, LEMUR, "show", _show(0)),
    ("show me the first edit", False, CHAMELEON, "show", _show(1)),
    ("let me see two steps back, just looking", False, SAMURAI, "show", _show(4)),
    ("show the mint tandem again", False, TANDEM_PUFFIN, "show", _show(1)),
    ("what did the chameleon look like before the blur", False, CHAMELEON, "show", _show(2)),
    ("SHOW ROUND 1", False, HIPPO, "show", _show(1)),
)
"""Show a round without moving to it."""

COMPARE: tuple[Dev, ...] = (
    ("compare the original with now", False, SAMURAI, "compare", _compare(0, 6)),
    ("before and after pls", False, LEMUR, "compare", _compare(0, 1)),
    ("side by side round 2 vs 5", False, SAMURAI, "compare", _compare(2, 5)),
    ("compare the steam one with the milky water one", False, CAPYBARA, "compare", _compare(2, 3)),
    ("what changed between round 1 and 3", False, CHAMELEON, "compare", _compare(1, 3)),
    ("compare this with before the fireflies", False, BANJO, "compare", _compare(0, 2)),
    ("orig vs current", False, MOPED, "compare", _compare(0, 4)),
    ("compare v1 and v3 pls", False, TREASURE, "compare", _compare(1, 3)),
    ("compare the dark mud and the bird one", False, HIPPO, "compare", _compare(1, 2)),
    ("put the original next to this one", False, CHAMELEON, "compare", _compare(0, 3)),
    ("compare with the previous", False, MOPED, "compare", _compare(3, 4)),
    ("1 vs 4 side by side", False, MOPED, "compare", _compare(1, 4)),
    ("diff between the katana version and the red banner one", False, SAMURAI, "compare", _compare(3, 5)),
    ("compare the last two versions", False, SAMURAI, "compare", _compare(5, 6)),
    ("how does it look next to the very first version", False, TREASURE, "compare", _compare(0, 3)),
    ("compare before and after the yawn", False, HIPPO, "compare", _compare(2, 3)),
    ("show round 0 and round 2 together", False, BANJO, "compare", _compare(0, 2)),
)
"""Compare two rounds, named by number, by content, as before and after, as now."""

STATUS_HISTORY: tuple[Dev, ...] = (
    ("which round is this", False, SAMURAI, "status", STATUS),
    ("wait which version am i on rn", False, CAPYBARA, "status", STATUS),
    ("what did you just change?", False, MOPED, "status", STATUS),
    ("is this the edited one or the original", False, LEMUR, "status", STATUS),
    ("where are we at", False, HIPPO, "status", STATUS),
    ("what number is this version", False, TREASURE, "status", STATUS),
    ("which photo are we on now", False, TANDEM_PUFFIN, "status", STATUS),
    ("list the rounds pls", False, SAMURAI, "history", HISTORY),
    ("what have we done so far", False, CHAMELEON, "history", HISTORY),
    ("show me all the versions", False, CAPYBARA, "history", HISTORY),
    ("recap of everything pls", False, MOPED, "history", HISTORY),
    ("give me the whole history of this", False, HIPPO, "history", HISTORY),
    ("what edits did we do on the treasure pic", False, TREASURE, "history", HISTORY),
    ("timeline?", False, BANJO, "history", HISTORY),
)
"""Status and history: rounds, but no round named."""

UNDO: tuple[Dev, ...] = (
    ("undo", False, SAMURAI, "undo", _goto(5)),
    ("undo pls", False, CAPYBARA, "undo", _goto(3)),
    ("ctrl+z", False, HIPPO, "undo", _goto(2)),
    ("undo the last one", False, CHAMELEON, "undo", _goto(2)),
    ("undo that", False, LEMUR, "undo", _goto(0)),
    ("take back the blue shutters", False, MOPED, "undo", _goto(3)),
    ("undo undo", False, TREASURE, "undo", _goto(1)),
    ("go back one", False, BANJO, "undo", _goto(1)),
    ("nah undo the dimming", False, SAMURAI, "undo", _goto(5)),
    ("one step back", False, MOPED, "undo", _goto(3)),
)
"""Undo: the current round's parent (twice: its grandparent)."""

SHARE_EXPORT: tuple[Dev, ...] = (
    ("share this pls", False, SAMURAI, "share", SHARE),
    ("can u make me a link for my dad", False, BANJO, "share", SHARE),
    ("i need a link to send to the zoo group chat", False, LEMUR, "share", SHARE),
    ("generate share link", False, MOPED, "share", SHARE),
    ("send me a url of this session so my gf can see", False, CAPYBARA, "share", SHARE),
    ("make it shareable", False, TREASURE, "share", SHARE),
    ("share link plz!!", False, HIPPO, "share", SHARE),
    ("stop sharing this", False, SAMURAI, "revoke", REVOKE),
    ("kill the share link", False, LEMUR, "revoke", REVOKE),
    ("unshare pls", False, MOPED, "revoke", REVOKE),
    ("take the link down, my boss saw it", False, CAPYBARA, "revoke", REVOKE),
    ("disable the public link", False, TREASURE, "revoke", REVOKE),
    ("revoke sharing", False, HIPPO, "revoke", REVOKE),
    ("make it private", False, CHAMELEON, "revoke", REVOKE),
    ("export as html", False, SAMURAI, "export", _export("html")),
    ("download all of it", False, CHAMELEON, "export", _export("bundle")),
    ("dl the session as a webpage", False, MOPED, "export", _export("html")),
    ("zip everything up for me", False, CAPYBARA, "export", _export("bundle")),
    ("save the whole session to my laptop", False, BANJO, "export", _export("bundle")),
    ("html file pls", False, HIPPO, "export", _export("html")),
    ("export the session so i can back it up", False, TREASURE, "export", _export("bundle")),
    ("can i download it as html to open offline", False, LEMUR, "export", _export("html")),
)
"""Share, revoke and export."""

IMPOSSIBLE: tuple[Dev, ...] = (
    ("round 9 pls", False, BANJO, "clarify", ()),
    ("go back to round twelve", False, SAMURAI, "clarify", ()),
    ("show me round 7", False, CHAMELEON, "clarify", ()),
    ("compare 2 and 8", False, MOPED, "clarify", ()),
    ("go back to the version with the oni mask", False, SAMURAI, "clarify", ()),
    ("before the helmet plume", False, SAMURAI, "clarify", ()),
    ("the one with the pink chameleon", False, CHAMELEON, "clarify", ()),
    ("back to before the cherry blossoms", False, CAPYBARA, "clarify", ()),
    ("go back 5 steps", False, BANJO, "clarify", ()),
    ("the fourth edit", False, TREASURE, "clarify", ()),
    ("round -2", False, HIPPO, "clarify", ()),
    ("go to round 2.5", False, MOPED, "clarify", ()),
    ("undo", False, MANDOLIN, "clarify", ()),
    ("show me round 1", False, MANDOLIN, "clarify", ()),
    ("before and after pls", False, MANDOLIN, "clarify", ()),
    ("go back to the original", False, MANDOLIN, "clarify", ()),
    ("redo", False, SAMURAI, "clarify", ()),
    ("redo pls", False, LEMUR, "clarify", ()),
    ("go forward one step", False, CHAMELEON, "clarify", ()),
    ("show me the version with the parrot on his back", False, HIPPO, "clarify", ()),
    ("the one where the moped had a sidecar", False, MOPED, "clarify", ()),
    ("round fifty", False, TREASURE, "clarify", ()),
)
"""References that name no round of the session, or nothing to undo or redo: a plain answer, no call."""

VAGUE: tuple[Dev, ...] = (
    ("go back a bit", False, SAMURAI, "clarify", ()),
    ("can we go back to one of the older ones", False, MOPED, "clarify", ()),
    ("show me an earlier one", False, SAMURAI, "clarify", ()),
    ("the other version", False, CAPYBARA, "clarify", ()),
    ("back to the good one pls", False, CHAMELEON, "clarify", ()),
    ("that one from earlier", False, TREASURE, "clarify", ()),
    ("go back a few", False, MOPED, "clarify", ()),
    ("take me to the one i liked", False, HIPPO, "clarify", ()),
    ("compare them", False, SAMURAI, "clarify", ()),
    ("rewind a little", False, CHAMELEON, "clarify", ()),
    ("the older one", False, SAMURAI, "clarify", ()),
    ("show me that one again", False, CAPYBARA, "clarify", ()),
)
"""Vague ways back that name no round: one short question."""

PAST_TALK: tuple[Dev, ...] = (
    ("the original armour belonged to my great great grandfather", False, SAMURAI, "talk", ()),
    ("back in 2019 we visited that castle, it was raining", False, SAMURAI, "talk", ()),
    ("round 3 was when i realised this thing is magic lol", False, SAMURAI, "talk", ()),
    ("i showed the before and after to my mum, she cried", False, LEMUR, "talk", ()),
    ("the first edit was already perfect honestly", False, CHAMELEON, "talk", ()),
    ("i used to have a chameleon like this, he was called kevin", False, CHAMELEON, "talk", ()),
    ("the capybara pic is from our trip to nagano last winter", False, CAPYBARA, "talk", ()),
    ("grandpa played that banjo every sunday before he passed", False, BANJO, "talk", ()),
    ("we did this treasure hunt for my sons 7th birthday", False, TREASURE, "talk", ()),
    ("the moped was my dads back in the 80s", False, MOPED, "talk", ()),
    ("that hippo chased our jeep on safari haha", False, HIPPO, "talk", ()),
    ("the version with the steam was cute too tbh", False, CAPYBARA, "talk", ()),
    ("honestly the red banner one was my fav but this is good", False, SAMURAI, "talk", ()),
    ("i already shared the link on whatsapp, everyone loves it", False, LEMUR, "talk", ()),
    ("the html export worked, thanks", False, SAMURAI, "talk", ()),
    ("my little brother undid all my lego this morning 😤", False, TREASURE, "talk", ()),
    ("two steps forward one step back, thats my week", False, MOPED, "talk", ()),
    ("no need to go back, this is it", False, SAMURAI, "talk", ()),
    ("dont undo anything, i love it", False, CHAMELEON, "talk", ()),
    ("keep it like this, no going back", False, HIPPO, "talk", ()),
    ("we've done a lot of versions today haha", False, MOPED, "talk", ()),
    ("comparing all these is making me dizzy", False, CAPYBARA, "talk", ()),
    ("i took the original with my old phone so its a bit grainy", False, BANJO, "talk", ()),
    ("round 2 of my exams is tomorrow ugh", False, TREASURE, "talk", ()),
    ("the puffins were so loud that day", False, TANDEM_PUFFIN, "talk", ()),
    ("im gonna share it with my grandma later, she'll love it", False, BANJO, "talk", ()),
    ("my friend says i should export everything but nah", False, HIPPO, "talk", ()),
)
"""Stories about the past, rounds, sharing and exporting: nothing to do."""

QUESTIONS: tuple[Dev, ...] = (
    ("can i go back to round 2 later if i change my mind?", False, SAMURAI, "talk", ()),
    ("is the original still saved?", False, CHAMELEON, "talk", ()),
    ("how do i compare two versions?", False, CAPYBARA, "talk", ()),
    ("does undo delete the version forever?", False, MOPED, "talk", ()),
    ("how many times can i undo?", False, TREASURE, "talk", ()),
    ("why does the armour look darker than in round 1?", False, SAMURAI, "talk", ()),
    ("did the cricket change the colour of the leaf too?", False, CHAMELEON, "talk", ()),
    ("why did the water change when you added the second one?", False, CAPYBARA, "talk", ()),
    ("does the share link expire?", False, LEMUR, "talk", ()),
    ("who can see the link if i share it?", False, MOPED, "talk", ()),
    ("whats the difference between html and bundle", False, HIPPO, "talk", ()),
    ("if i revoke the link can people still see the old pics?", False, SAMURAI, "talk", ()),
    ("can i export just one picture instead of all", False, BANJO, "talk", ()),
    ("do you keep my photos after i close this?", False, TREASURE, "talk", ()),
    ("what happens to round 3 if i go back to round 1?", False, MOPED, "talk", ()),
    ("is there a redo button?", False, CHAMELEON, "talk", ()),
    ("how far back can i go?", False, SAMURAI, "talk", ()),
    ("what was the lemur doing before you removed the fence, was he behind it?", False, LEMUR, "talk", ()),
)
"""Questions about rounds, undo, sharing and what changed: answered in words."""

LOOKALIKE_EDITS: tuple[Dev, ...] = (
    ("move the katana back a bit", False, SAMURAI, "edit", _edit("move the katana back a bit")),
    (
        "make the lemur look back over its shoulder",
        False,
        LEMUR,
        "edit",
        _edit("make the lemur look back over its shoulder"),
    ),
    (
        "add a round paper lamp above the armour",
        False,
        SAMURAI,
        "edit",
        _edit("add a round paper lamp above the armour"),
    ),
    (
        "paint the moped in its original 1960s red",
        False,
        MOPED,
        "edit",
        _edit("paint the moped in its original 1960s red"),
    ),
    ("add 2 more crickets", False, CHAMELEON, "edit", _edit("add 2 more crickets")),
    (
        "write 'share the road' on the lane sign",
        False,
        TANDEM_PUFFIN,
        "edit",
        _edit("write 'share the road' on the lane sign"),
    ),
    ("make the hound look back at the old man", False, BANJO, "edit", _edit("make the hound look back at the old man")),
    (
        "add a second treasure chest behind the first one",
        False,
        TREASURE,
        "edit",
        _edit("add a second treasure chest behind the first one"),
    ),
    (
        "put the number 3 on the boy's paper hat",
        False,
        TREASURE,
        "edit",
        _edit("put the number 3 on the boy's paper hat"),
    ),
    ("make the capybara show its teeth", False, CAPYBARA, "edit", _edit("make the capybara show its teeth")),
    (
        "restore the original colours of the banner",
        False,
        SAMURAI,
        "edit",
        _edit("restore the original colours of the banner"),
    ),
    ("make the hippo look older", False, HIPPO, "edit", _edit("make the hippo look older")),
    (
        "remove the old bike leaning on the back wall",
        False,
        MOPED,
        "edit",
        _edit("remove the old bike leaning on the back wall"),
    ),
    ("add a rear view mirror to the moped", False, MOPED, "edit", _edit("add a rear view mirror to the moped")),
    (
        "make the background behind the chameleon darker",
        False,
        CHAMELEON,
        "edit",
        _edit("make the background behind the chameleon darker"),
    ),
    ("add a compass next to the map", False, TREASURE, "edit", _edit("add a compass next to the map")),
)
"""Edits whose words say back, before, original, round, show, share or a number."""

PLAIN_EDITS: tuple[Dev, ...] = (
    (
        "add a warm lamp glow on the old man's face",
        False,
        BANJO,
        "edit",
        _edit("add a warm lamp glow on the old man's face"),
    ),
    ("make the helmet gold", False, SAMURAI, "edit", _edit("make the helmet gold")),
    ("remove the tourist in the corner", False, SAMURAI, "edit", _edit("remove the tourist in the corner")),
    ("give the chameleon bigger eyes", False, CHAMELEON, "edit", _edit("give the chameleon bigger eyes")),
    (
        "add maple leaves floating in the hot spring",
        False,
        CAPYBARA,
        "edit",
        _edit("add maple leaves floating in the hot spring"),
    ),
    ("make the lemur tails fluffier", False, LEMUR, "edit", _edit("make the lemur tails fluffier")),
    ("add a razorbill near the puffins", False, TANDEM_PUFFIN, "edit", _edit("add a razorbill near the puffins")),
    ("make the sky pink at sunset", False, MOPED, "edit", _edit("make the sky pink at sunset")),
    (
        "remove the feeding trough next to the hippo",
        False,
        HIPPO,
        "edit",
        _edit("remove the feeding trough next to the hippo"),
    ),
    (
        "add a plush crab on the boy's shoulder",
        False,
        TREASURE,
        "edit",
        _edit("add a plush crab on the boy's shoulder"),
    ),
    ("make the mandolin strings shine", False, MANDOLIN, "edit", _edit("make the mandolin strings shine")),
    ("make the velvet chair dark green", False, MANDOLIN, "edit", _edit("make the velvet chair dark green")),
)
"""Plain edits in the same sessions."""

REFS3: tuple[Dev, ...] = (
    *BY_NUMBER,
    *ORIGINAL,
    *BEFORE,
    *BY_CONTENT,
    *STEPS,
    *GOTO_THEN_EDIT,
    *SHOW,
    *COMPARE,
    *STATUS_HISTORY,
    *UNDO,
    *SHARE_EXPORT,
    *IMPOSSIBLE,
    *VAGUE,
    *PAST_TALK,
    *QUESTIONS,
    *LOOKALIKE_EDITS,
    *PLAIN_EDITS,
)
"""Every turn whose session's last round is current."""

REFS3_MOVED: tuple[tuple[int, Dev], ...] = (
    # samurai, back on round 2 (black armour) and round 4 (folding screen)
    (2, ("redo", False, SAMURAI, "redo", _goto(3))),
    (2, ("latest pls", False, SAMURAI, "goto", _goto(6))),
    (2, ("undo", False, SAMURAI, "undo", _goto(1))),
    (2, ("compare this with the newest", False, SAMURAI, "compare", _compare(2, 6))),
    (2, ("which round am i on now", False, SAMURAI, "status", STATUS)),
    (4, ("2 steps forward", False, SAMURAI, "redo", _goto(6))),
    (4, ("show me the latest one", False, SAMURAI, "show", _show(6))),
    (4, ("before the katana", False, SAMURAI, "goto", _goto(2))),
    (4, ("add an incense burner by the screen", False, SAMURAI, "edit", _edit("add an incense burner by the screen"))),
    (4, ("go back a bit", False, SAMURAI, "clarify", ())),
    (4, ("round 10", False, SAMURAI, "clarify", ())),
    # chameleon, back on the upload and round 1
    (0, ("redo", False, CHAMELEON, "redo", _goto(1))),
    (0, ("undo", False, CHAMELEON, "clarify", ())),
    (0, ("jump to the newest version", False, CHAMELEON, "goto", _goto(3))),
    (1, ("side by side with the latest", False, CHAMELEON, "compare", _compare(1, 3))),
    (1, ("the one with the cricket", False, CHAMELEON, "goto", _goto(2))),
    # capybara, on round 3 (milky water) and round 1 (yuzu)
    (3, ("redo", False, CAPYBARA, "redo", _goto(4))),
    (3, ("the steam one", False, CAPYBARA, "goto", _goto(2))),
    (3, ("undo", False, CAPYBARA, "undo", _goto(1))),
    (1, ("go to the one with two capybaras", False, CAPYBARA, "goto", _goto(4))),
    (1, ("compare this with the original", False, CAPYBARA, "compare", _compare(0, 1))),
    # moped, back on round 2 (bougainvillea)
    (2, ("forward pls", False, MOPED, "redo", _goto(3))),
    (2, ("bring back the blue shutters", False, MOPED, "goto", _goto(4))),
    (2, ("ok share it now", False, MOPED, "share", SHARE)),
    (2, ("export as html", False, MOPED, "export", _export("html"))),
    (2, ("remind me what we did", False, MOPED, "history", HISTORY)),
    # hippo, back on round 1 (dark mud) and round 2 (bird)
    (1, ("the yawning one", False, HIPPO, "goto", _goto(3))),
    (1, ("show me the bird version", False, HIPPO, "show", _show(2))),
    (2, ("redo", False, HIPPO, "redo", _goto(3))),
    (2, ("undo", False, HIPPO, "undo", _goto(0))),
    # treasure, back on round 1 (chest)
    (1, ("go to the latest", False, TREASURE, "goto", _goto(3))),
    (1, ("dont go forward, i like it here", False, TREASURE, "talk", ())),
    # lemur, back on the upload
    (0, ("redo", False, LEMUR, "redo", _goto(1))),
    (0, ("is this the original now?", False, LEMUR, "status", STATUS)),
)
"""Turns after a goto or an undo: the current round (first) is not the latest; rounds named by number."""


def refs3_cases() -> list[EvalCase]:
    """Every turn of this set as an `assistant.evaluation` case (`REFS3`, then `REFS3_MOVED`)."""
    return with_moved(REFS3, "refs3", REFS3_MOVED, "refs3_moved")
