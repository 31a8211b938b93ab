"""Round 29, set b: references to earlier rounds and moves in the round tree, in sessions with branches.

Written by hand from what a demanding user wants (the issue's table of behaviours and its "What to build"
list), before the dialogue model was run on any of it, about photos no other set uses, all of weather,
seasons and landscapes far from home: frozen Lake Baikal, a supercell over wheat fields, the granite towers
of Torres del Paine in Patagonia, the black sand beach of Reynisfjara, flamingos in an Atacama salt lagoon,
the dead trees of Deadvlei in the Namib, Bactrian camels in the Gobi, the cloud forest of Monteverde,
Kilimanjaro above the savanna, the karst peaks of Guilin on the Li river, the travertine pools of
Pamukkale, Uluru at dusk, a haboob rolling into Khartoum and a village in Oymyakon at fifty below. Sessions
have 2 to 7 edits, many with a branch (an edit made after an undo or after going back to the original, a
retry or a correction that made a sibling), many with the current round an older one.

Four families, in new wordings typed as people type in a chat box (lowercase, typos, slang, emoji,
run-ons, non-native English, polite padding, terse fragments, a few capitals): going to a round named by
what it shows or lacks, by what came before or after it, by its order, by steps back, by its number
("b4 the skater", "when the hikers were still on the bridge", "the first guanaco try", "3 steps back",
"the 2nd to last one"), with impossible references answered in words; undo and redo in many words, on the
latest round and after earlier moves; showing a round, the status and the history; and a new edit made
from an older round after going back to it (or naming it), a retry of the round gone back to, "same moon
but on the red dune version". About a quarter of each family are near misses whose right answer is another
act: a thing no edit made, a round or a try that does not exist, too many steps back, a show that is a
goto or a goto that is a show, an "undo" of something that was in the photo all along (an edit), a "redo"
with nothing undone, a "show" that asks for a change, a wish to travel. The cases have the development
set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current round (first) is an
earlier one.
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
    _goto,
    _retry,
    _show,
    with_moved,
)
from tests.assistant.dialogue_validation_second import _edit_on, _undo_then

BAIKAL = (
    (None, None),
    (0, "make the ice clear turquoise"),
    (1, "add a skater in a red coat"),
    (2, "remove the minivan on the shore"),
    (3, "make the sky pink like at dusk"),
)
"""Frozen Lake Baikal with four edits, each on the one before."""
SUPERCELL = (
    (None, None),
    (0, "make the storm cloud darker"),
    (1, "add a lightning bolt hitting the field"),
    (1, "add a grain silo on the horizon"),
    (3, "turn the wheat gold"),
)
"""A supercell over wheat fields: the lightning (round 2) was undone, the silo made from round 1 instead."""
PATAGONIA = (
    (None, None),
    (0, "make the granite towers glow orange"),
    (1, "add a guanaco in the foreground"),
    (1, "add a guanaco in the foreground"),
    (3, "make the lake milky blue"),
)
"""Torres del Paine: the guanaco tried twice from round 1, the lake edit made on the second try."""
REYNISFJARA = (
    (None, None),
    (0, "remove the tourists on the sand"),
    (1, "make the waves bigger"),
    (2, "add puffins on the basalt columns"),
    (3, "make the sky stormy grey"),
    (4, "add a rainbow over the sea stacks"),
)
"""The black sand beach of Reynisfjara with five edits, each on the one before."""
ATACAMA = (
    (None, None),
    (0, "add flamingos in the lagoon"),
    (1, "put snow on the volcano tops"),
    (2, "make the salt crust whiter"),
    (3, "add a jeep on the dirt track"),
)
"""Flamingos in an Atacama salt lagoon with four edits, each on the one before."""
DEADVLEI = (
    (None, None),
    (0, "make the dunes deep red"),
    (1, "add an oryx between the dead trees"),
    (0, "make the clay pan white"),
    (3, "add a full moon over the dunes"),
)
"""Deadvlei in the Namib: two edits, then back to the original and a second line of two edits."""
GOBI = (
    (None, None),
    (0, "add two bactrian camels by the ger"),
    (1, "make the sky clear blue"),
    (1, "make the sky dusty orange"),
)
"""Camels in the Gobi: the blue sky (round 2) corrected to a dusty orange one (round 3), from round 1."""
MONTEVERDE = (
    (None, None),
    (0, "add more mist between the trees"),
    (1, "add a quetzal on a branch"),
    (2, "make the hanging bridge ropes red"),
    (3, "remove the hikers on the bridge"),
    (4, "make the leaves a richer green"),
    (5, "add a sloth hanging from the bridge"),
)
"""The Monteverde cloud forest with six edits, each on the one before."""
KILIMANJARO = (
    (None, None),
    (0, "add giraffes under the acacia trees"),
    (1, "make the snow on the summit brighter"),
)
"""Kilimanjaro above the savanna with two edits."""
GUILIN = (
    (None, None),
    (0, "add a bamboo raft on the river"),
    (1, "put a cormorant fisherman on the raft"),
    (2, "add morning fog around the karst peaks"),
    (3, "make the river emerald green"),
    (3, "make the river still like a mirror"),
    (5, "hang a lantern on the raft"),
    (6, "make the sky peach like sunrise"),
)
"""The Li river at Guilin with seven edits: the emerald river (round 4) undone, the mirror river made from 3."""
PAMUKKALE = (
    (None, None),
    (0, "make the pools bright blue"),
    (1, "remove the people in the pools"),
    (2, "add a paraglider in the sky"),
)
"""The travertine pools of Pamukkale with three edits, each on the one before."""
ULURU = (
    (None, None),
    (0, "make the rock glow deep red"),
    (1, "add a dingo on the sand"),
    (2, "fill the sky with stars"),
)
"""Uluru at dusk with three edits, each on the one before."""
HABOOB = ((None, None), (0, "make the dust wall taller"), (1, "add a minibus on the street"))
"""A haboob rolling into Khartoum with two edits."""
OYMYAKON = (
    (None, None),
    (0, "cover the larches in hoarfrost"),
    (1, "add smoke rising from the chimneys"),
    (2, "make the van white with frost"),
    (2, "make the van white with frost"),
    (4, "add a husky by the gate"),
)
"""A village in Oymyakon: the frosty van tried twice from round 2, the husky added on the second try."""

GOTO: tuple[Dev, ...] = (
    # by what came before or after, what a round shows or lacks, its order, steps back
    ("go back to b4 the skater pls", False, BAIKAL, "goto", _goto(1)),
    ("the one where the minivan was still there", False, BAIKAL, "goto", _goto(2)),
    ("back to when the sky wasnt pink yet", False, BAIKAL, "goto", _goto(3)),
    ("take me 2 steps back", False, BAIKAL, "goto", _goto(2)),
    ("the version with the turquoise ice and nothing else", False, BAIKAL, "goto", _goto(1)),
    ("revert to when u added the skater", False, BAIKAL, "goto", _goto(2)),
    ("i want the very first one back, the one i uploaded", False, BAIKAL, "goto", _goto(0)),
    ("the second-last version pls", False, BAIKAL, "goto", _goto(3)),
    ("the one with the lightning bolt", False, SUPERCELL, "goto", _goto(2)),
    ("before the silo", False, SUPERCELL, "goto", _goto(1)),
    ("go back to where the wheat wasnt gold yet", False, SUPERCELL, "goto", _goto(3)),
    ("back to the pic before i darkened the cloud", False, SUPERCELL, "goto", _goto(0)),
    ("take me back to the silo version without the gold wheat", False, SUPERCELL, "goto", _goto(3)),
    ("the first guanaco try", False, PATAGONIA, "goto", _goto(2)),
    ("go back to before any guanaco", False, PATAGONIA, "goto", _goto(1)),
    ("back to before the lake got changed", False, PATAGONIA, "goto", _goto(3)),
    ("og photo pls", False, PATAGONIA, "goto", _goto(0)),
    ("the orange towers one, no animals", False, PATAGONIA, "goto", _goto(1)),
    ("go to the second try at the guanaco", False, PATAGONIA, "goto", _goto(3)),
    ("when the tourists were still on the beach", False, REYNISFJARA, "goto", _goto(0)),
    ("bak to b4 the puffins", False, REYNISFJARA, "goto", _goto(2)),
    ("rewind 3 steps", False, REYNISFJARA, "goto", _goto(2)),
    ("the one with the bigger waves but no puffins", False, REYNISFJARA, "goto", _goto(2)),
    ("the 2nd to last one", False, REYNISFJARA, "goto", _goto(4)),
    ("go back to when the sky wasnt grey", False, REYNISFJARA, "goto", _goto(3)),
    ("the pic right after you removed the tourists", False, REYNISFJARA, "goto", _goto(1)),
    ("go back to the fourth edit", False, REYNISFJARA, "goto", _goto(4)),
    ("the version with the oryx", False, DEADVLEI, "goto", _goto(2)),
    ("before the moon", False, DEADVLEI, "goto", _goto(3)),
    ("the red dunes one without the oryx", False, DEADVLEI, "goto", _goto(1)),
    ("back to right before the clay pan went white", False, DEADVLEI, "goto", _goto(0)),
    ("the clear blue sky version", False, GOBI, "goto", _goto(2)),
    ("the one with just the camels", False, GOBI, "goto", _goto(1)),
    ("when the hikers were still on the bridge", False, MONTEVERDE, "goto", _goto(3)),
    ("before the quetzal", False, MONTEVERDE, "goto", _goto(1)),
    ("go back to the third edit", False, MONTEVERDE, "goto", _goto(3)),
    ("4 steps back", False, MONTEVERDE, "goto", _goto(2)),
    ("back to when the ropes were their old colour", False, MONTEVERDE, "goto", _goto(2)),
    ("back to the version before you added the sloth", False, MONTEVERDE, "goto", _goto(5)),
    ("before the leaves got greener", False, MONTEVERDE, "goto", _goto(4)),
    ("before the snow got brighter", False, KILIMANJARO, "goto", _goto(1)),
    ("the emerald river one", False, GUILIN, "goto", _goto(4)),
    ("the one right before you hung the lantern", False, GUILIN, "goto", _goto(5)),
    ("the very first edit u made", False, GUILIN, "goto", _goto(1)),
    ("the one where the fisherman wasnt on the raft yet", False, GUILIN, "goto", _goto(1)),
    ("back to when the sky wasnt peach yet", False, GUILIN, "goto", _goto(6)),
    ("the version with the mirror river but no lantern", False, GUILIN, "goto", _goto(5)),
    ("when people were still in the pools", False, PAMUKKALE, "goto", _goto(1)),
    ("back to before the paraglider", False, PAMUKKALE, "goto", _goto(2)),
    ("start from scratch, the original", False, PAMUKKALE, "goto", _goto(0)),
    ("before the stars", False, ULURU, "goto", _goto(2)),
    ("the dingo one without stars", False, ULURU, "goto", _goto(2)),
    ("the version when the rock wasnt red yet", False, ULURU, "goto", _goto(0)),
    ("go back 1 step plz", False, ULURU, "undo", _goto(2)),
    ("the first frosty van", False, OYMYAKON, "goto", _goto(3)),
    ("before the husky", False, OYMYAKON, "goto", _goto(4)),
    ("back to before the van got frosted", False, OYMYAKON, "goto", _goto(2)),
    ("back to before the minibus", False, HABOOB, "goto", _goto(1)),
    ("GO BACK TO THE TALLER DUST ONE", False, HABOOB, "goto", _goto(1)),
    ("pls take me to the verison wiht the camels only", False, GOBI, "goto", _goto(1)),
    ("i want go back to picture before you do the waves bigger", False, REYNISFJARA, "goto", _goto(1)),
    # near misses: nothing of that name, too far back, a round or a try that does not exist, another act
    ("back to before the aurora", False, BAIKAL, "talk", ()),
    ("jump to round six", False, BAIKAL, "talk", ()),
    ("show me the one before the skater", False, BAIKAL, "show", _show(1)),
    ("back to before the tornado", False, SUPERCELL, "talk", ()),
    (
        "revert to the lightning one and make the bolt purple",
        False,
        SUPERCELL,
        "edit",
        _undo_then(2, ("make the bolt purple", "make the lightning bolt purple")),
    ),
    ("the 3rd guanaco try", False, PATAGONIA, "talk", ()),
    ("revert to rnd 11", False, REYNISFJARA, "talk", ()),
    ("six steps back", False, REYNISFJARA, "talk", ()),
    ("whats the difference between the puffin one and now", False, REYNISFJARA, "compare", _compare(3, 5)),
    ("i miss that beach so much, want to go back there one day", False, REYNISFJARA, "talk", ()),
    (
        "go back to the oryx version and add a second oryx",
        False,
        DEADVLEI,
        "edit",
        _undo_then(2, "add a second oryx"),
    ),
    ("back to before the elephant", False, DEADVLEI, "talk", ()),
    ("round 8 pls", False, MONTEVERDE, "talk", ()),
    ("go back 7 steps", False, MONTEVERDE, "talk", ()),
    ("show me round 3 real quick", False, MONTEVERDE, "show", _show(3)),
    ("before the jaguar", False, MONTEVERDE, "talk", ()),
    ("rewind it three times", False, KILIMANJARO, "talk", ()),
    ("back to kili 😍 best trip of my life", False, KILIMANJARO, "talk", ()),
    ("go back to the one with the dragon boat", False, GUILIN, "talk", ()),
    ("go back to the 4th edit", False, PAMUKKALE, "talk", ()),
    ("before the kangaroo", False, ULURU, "talk", ()),
    ("back to before the reindeer", False, OYMYAKON, "talk", ()),
)
"""Going to a round named by its number or in words, and near misses."""

UNDO_REDO: tuple[Dev, ...] = (
    # undo on the latest round, in many words: the current round's parent
    ("ctrl-z the pink sky", False, BAIKAL, "undo", _goto(3)),
    ("nahh undo that, the wheat looks fake", False, SUPERCELL, "undo", _goto(3)),
    ("scrap that last one entirely", False, REYNISFJARA, "undo", _goto(4)),
    ("undo", False, GOBI, "undo", _goto(1)),
    ("take that back, i dont like it", False, ULURU, "undo", _goto(2)),
    ("put it back how it was pls", False, HABOOB, "undo", _goto(1)),
    ("revert pls, the snow looks fake", False, KILIMANJARO, "undo", _goto(1)),
    ("UNDO", False, MONTEVERDE, "undo", _goto(5)),
    ("undo the last 2 things u did", False, GUILIN, "undo", _goto(5)),
    ("undo twice thx", False, DEADVLEI, "undo", _goto(0)),
    ("undo, undo, undo", False, PAMUKKALE, "undo", _goto(0)),
    ("undo everything, i want it untouched", False, BAIKAL, "goto", _goto(0)),
    ("go back one pls", False, OYMYAKON, "undo", _goto(4)),
    ("hmm no. revert that", False, PATAGONIA, "undo", _goto(3)),
    ("that jeep looks off, undo", False, ATACAMA, "undo", _goto(3)),
    ("meh, the previous one was nicer", False, HABOOB, "undo", _goto(1)),
    ("undo that please, i preferred it before", False, KILIMANJARO[:2], "undo", _goto(0)),
    ("ugh no, go back pls", False, SUPERCELL, "undo", _goto(3)),
    ("one step back thx", False, REYNISFJARA, "undo", _goto(4)),
    ("remove the last change you did", False, MONTEVERDE, "undo", _goto(5)),
    ("cancel that last edit", False, GUILIN, "undo", _goto(6)),
    ("reverse the last 2 edits", False, ULURU, "undo", _goto(1)),
    ("can u pls undo, the husky looks weird", False, OYMYAKON, "undo", _goto(4)),
    ("annuler svp... i mean undo", False, PAMUKKALE, "undo", _goto(2)),
    ("undo last, sorry", False, DEADVLEI, "undo", _goto(3)),
    ("make it like it was one step before", False, GOBI, "undo", _goto(1)),
    ("nope. back one", False, ATACAMA, "undo", _goto(3)),
    ("forget the stars, undo", False, ULURU, "undo", _goto(2)),
    ("undo x3 plsss", False, MONTEVERDE, "undo", _goto(3)),
    ("delete that last version", False, KILIMANJARO, "undo", _goto(1)),
    ("i regret this one, go one back", False, GUILIN, "undo", _goto(6)),
    # near misses: nothing to undo or redo, an "undo" of something in the photo all along, a capability question
    ("ctrl+z!", False, UPLOAD, "talk", ()),
    (
        "undo the glare on the ice",
        False,
        BAIKAL,
        "edit",
        _edit("undo the glare on the ice", "remove the glare on the ice", "remove the glare from the ice"),
    ),
    (
        "undo the lens flare in the corner",
        False,
        GOBI,
        "edit",
        _edit(
            "undo the lens flare in the corner",
            "remove the lens flare in the corner",
            "remove the lens flare from the corner",
        ),
    ),
    ("redo the stars, they look fake", False, ULURU, "retry", _retry()),
    ("go back to the oasis pic", False, HABOOB, "talk", ()),
    (
        "undo that and add a camel on the horizon instead",
        False,
        ULURU,
        "correction",
        _undo_then(2, "add a camel on the horizon"),
    ),
    ("can you undo things?", False, KILIMANJARO, "talk", ()),
    ("how do i undo on my phone app", False, PAMUKKALE, "talk", ()),
    ("dont undo anything, i like it like this", False, REYNISFJARA, "talk", ()),
    ("i wish i could undo this winter lol, -50 is too much", False, OYMYAKON, "talk", ()),
)
"""Undo and redo in many words on the latest round, and near misses (more after moves in `MOVED`)."""

SHOW: tuple[Dev, ...] = (
    # a look at a round without moving, the current round, the whole history
    ("can i see rnd 2 real quick", False, BAIKAL, "show", _show(2)),
    ("show the ice before you made it turquoise", False, BAIKAL, "show", _show(0)),
    ("wat round am i on now", False, BAIKAL, "status", STATUS),
    ("list the edits u made", False, BAIKAL, "history", HISTORY),
    ("show me the lightning one, dont switch to it", False, SUPERCELL, "show", _show(2)),
    ("wheres the history", False, SUPERCELL, "history", HISTORY),
    ("which version am i seeing rn", False, SUPERCELL, "status", STATUS),
    ("pull up the first guanaco for me", False, PATAGONIA, "show", _show(2)),
    ("what number round is this", False, PATAGONIA, "status", STATUS),
    ("show me the one before the puffins", False, REYNISFJARA, "show", _show(2)),
    ("whats been done so far?", False, REYNISFJARA, "history", HISTORY),
    ("list every change pls", False, REYNISFJARA, "history", HISTORY),
    ("what was round 1 again?", False, REYNISFJARA, "show", _show(1)),
    ("show me the oryx version", False, DEADVLEI, "show", _show(2)),
    ("where are we in the edits", False, DEADVLEI, "status", STATUS),
    ("give me a rundown of all the versions", False, DEADVLEI, "history", HISTORY),
    ("let me see the blue sky one", False, GOBI, "show", _show(2)),
    ("what did you just change there?", False, GOBI, "status", STATUS),
    ("show me the very 1st edit you did", False, GOBI, "show", _show(1)),
    ("can u show me when the hikers were still there", False, MONTEVERDE, "show", _show(3)),
    ("recap of all edits", False, MONTEVERDE, "history", HISTORY),
    ("im lost, where am i", False, MONTEVERDE, "status", STATUS),
    ("whats the last thing u did to it", False, MONTEVERDE, "status", STATUS),
    ("show the original pic", False, KILIMANJARO, "show", _show(0)),
    ("status??", False, KILIMANJARO, "status", STATUS),
    ("what have u done to my photo so far", False, KILIMANJARO, "history", HISTORY),
    ("show me the emerald water version", False, GUILIN, "show", _show(4)),
    ("what round is this one", False, GUILIN, "status", STATUS),
    ("lemme peek at the pools with people still in them", False, PAMUKKALE, "show", _show(1)),
    ("every edit so far?", False, PAMUKKALE, "history", HISTORY),
    ("show me the dingo before the stars", False, ULURU, "show", _show(2)),
    ("what did we change? all of it", False, ULURU, "history", HISTORY),
    ("show me the unedited one", False, HABOOB, "show", _show(0)),
    ("show the first van try", False, OYMYAKON, "show", _show(3)),
    ("what did the original look like again?", False, ATACAMA, "show", _show(0)),
    ("SHOW ME ROUND TWO PLS", False, ATACAMA, "show", _show(2)),
    ("where r we at", False, ATACAMA, "status", STATUS),
    ("what did u change last?", False, PAMUKKALE, "status", STATUS),
    ("pls can you tell me all the steps we did until now", False, GUILIN, "history", HISTORY),
    ("i would like to see the round number 1 please", False, ULURU, "show", _show(1)),
    ("overview of the edits?", False, HABOOB, "history", HISTORY),
    ("show me the pic from before the hoarfrost", False, OYMYAKON, "show", _show(0)),
    ("show the version with the red ropes", False, MONTEVERDE, "show", _show(3)),
    # near misses: a how-to, a change to make, a round that does not exist, another act
    ("show me how to crop", False, BAIKAL, "talk", ()),
    (
        "show the cormorant more clearly",
        False,
        GUILIN,
        "edit",
        _edit(
            "show the cormorant more clearly",
            "make the cormorant more visible",
            "make the cormorant clearer",
            "make the cormorant more clear",
        ),
    ),
    ("show me rnd 9 pls", False, REYNISFJARA, "talk", ()),
    ("show me a pic of a real oryx", False, DEADVLEI, "talk", ()),
    ("show me round 2 and round 4 side by side", False, SUPERCELL, "compare", _compare(2, 4)),
    ("take me to round 1 pls, not just a preview", False, PAMUKKALE, "goto", _goto(1)),
    ("what is uluru made of", False, ULURU, "talk", ()),
    ("whats the weather like in the gobi in winter", False, GOBI, "talk", ()),
    ("how many rounds can i make?", False, HABOOB, "talk", ()),
    ("show me the third van try", False, OYMYAKON, "talk", ()),
    ("show me how you made the snow", False, ATACAMA, "talk", ()),
    ("status update: im in love with this beach", False, REYNISFJARA, "talk", ()),
    ("list some other places like guilin", False, GUILIN, "talk", ()),
    ("switch to the blue sky one", False, GOBI, "goto", _goto(2)),
)
"""Show, status and history, and near misses (more after moves in `MOVED`)."""

EDIT_ON: tuple[Dev, ...] = (
    # a new edit of an older round named in the turn (on the latest round)
    (
        "on the original photo add bubbles frozen in the ice",
        False,
        BAIKAL,
        "edit",
        _edit_on(0, "add bubbles frozen in the ice"),
    ),
    (
        "go back to round 2 and add a fishing boat",
        False,
        REYNISFJARA,
        "edit",
        _undo_then(2, "add a fishing boat"),
    ),
    ("take round 3 and add a toucan", False, MONTEVERDE, "edit", _edit_on(3, "add a toucan")),
    (
        "from the emerald river version, add a fisherman's hut",
        False,
        GUILIN,
        "edit",
        _edit_on(4, "add a fisherman's hut"),
    ),
    ("use the original and make the sky purple", False, ULURU, "edit", _edit_on(0, "make the sky purple")),
    ("starting from round 1, add a safari jeep", False, KILIMANJARO, "edit", _edit_on(1, "add a safari jeep")),
    (
        "undo that and add a donkey cart instead",
        False,
        HABOOB,
        "correction",
        _undo_then(1, "add a donkey cart"),
    ),
    ("on round 1 remove the handrail", False, PAMUKKALE, "edit", _edit_on(1, "remove the handrail")),
    (
        "same moon but on the red dune version",
        False,
        DEADVLEI,
        "edit",
        _edit_on(1, ("add a full moon over the dunes", "add a full moon", "add a moon over the dunes")),
    ),
    (
        "go back to the lightning version and turn the wheat gold there too",
        False,
        SUPERCELL,
        "edit",
        _edit_on(2, "turn the wheat gold"),
    ),
    (
        "back to the blue sky and add an eagle hunter on horseback",
        False,
        GOBI,
        "edit",
        _undo_then(2, "add an eagle hunter on horseback"),
    ),
    (
        "on the first guanaco try, add a condor over the towers",
        False,
        PATAGONIA,
        "edit",
        _edit_on(2, "add a condor over the towers"),
    ),
    (
        "on the version before the husky, add a frozen well in the yard",
        False,
        OYMYAKON,
        "edit",
        _edit_on(4, "add a frozen well in the yard"),
    ),
    # near misses on the latest round: a plain edit, a goto alone, a round that does not exist, a compare
    ("add a puffin on round 7", False, REYNISFJARA, "talk", ()),
    ("compare round 1 with now", False, BAIKAL, "compare", _compare(1, 4)),
    ("add a second paraglider", False, PAMUKKALE, "edit", _edit("add a second paraglider")),
    ("add a gemsbok by the clay pan", False, DEADVLEI, "edit", _edit("add a gemsbok by the clay pan")),
)
"""A new edit of an older round named in the turn, and near misses (more after moves in `MOVED`)."""

R29B: tuple[Dev, ...] = (*GOTO, *UNDO_REDO, *SHOW, *EDIT_ON)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # going to a round in words, from an older current round
    (1, ("the latest one with the jeep", False, ATACAMA, "goto", _goto(4))),
    (2, ("back to the newest pic", False, ATACAMA, "goto", _goto(4))),
    (0, ("the version where the salt was whiter", False, ATACAMA, "goto", _goto(3))),
    (3, ("the one before the snow on the volcanoes", False, ATACAMA, "goto", _goto(1))),
    (2, ("the sloth one", False, MONTEVERDE, "goto", _goto(6))),
    (4, ("back to the latest, with the peach sky", False, GUILIN, "goto", _goto(7))),
    (4, ("before the emerald water", False, GUILIN, "goto", _goto(3))),
    (2, ("the moon one pls", False, DEADVLEI, "goto", _goto(4))),
    (2, ("go two back from here", False, DEADVLEI, "goto", _goto(0))),
    (1, ("the paraglider version", False, PAMUKKALE, "goto", _goto(3))),
    (1, ("most recent one", False, BAIKAL, "goto", _goto(4))),
    (0, ("the bright snow version", False, KILIMANJARO, "goto", _goto(2))),
    (2, ("back to the gold wheat", False, SUPERCELL, "goto", _goto(4))),
    (2, ("the 2nd guanaco with the milky lake", False, PATAGONIA, "goto", _goto(4))),
    (3, ("back to when the flamingos werent there", False, ATACAMA, "goto", _goto(0))),
    # near misses: too many steps back from an older round
    (1, ("go three back", False, BAIKAL, "talk", ())),
    (1, ("2 back pls", False, ULURU, "talk", ())),
    (0, ("back to before the upload??", False, REYNISFJARA, "talk", ())),
    # undo and redo after earlier moves
    (2, ("redo", False, ATACAMA, "redo", _goto(3))),
    (2, ("undo again pls, still not it", False, ATACAMA, "undo", _goto(1))),
    (1, ("bring the snowy volcanoes back", False, ATACAMA, "redo", _goto(2))),
    (0, ("redo all four", False, ATACAMA, "redo", _goto(4))),
    (1, ("redo x 2 pls", False, ATACAMA, "redo", _goto(3))),
    (3, ("actually i liked it, redo", False, BAIKAL, "redo", _goto(4))),
    (2, ("redo that, i changed my mind", False, BAIKAL, "redo", _goto(3))),
    (1, ("put the bright snow back", False, KILIMANJARO, "redo", _goto(2))),
    (0, ("un-undo", False, KILIMANJARO, "redo", _goto(1))),
    (2, ("oops didnt mean to undo", False, PAMUKKALE, "redo", _goto(3))),
    (1, ("undo the blue pools too", False, PAMUKKALE, "undo", _goto(0))),
    (5, ("bring the sloth back", False, MONTEVERDE, "redo", _goto(6))),
    (4, ("redo both of those edits u undid", False, MONTEVERDE, "redo", _goto(6))),
    (3, ("ctrl y pls", False, MONTEVERDE, "redo", _goto(4))),
    (1, ("give me back the minibus", False, HABOOB, "redo", _goto(2))),
    (2, ("no wait, redo the stars", False, ULURU, "redo", _goto(3))),
    (3, ("redo the moon", False, DEADVLEI, "redo", _goto(4))),
    (6, ("redo 🙏🙏", False, GUILIN, "redo", _goto(7))),
    (5, ("undo the mirror water", False, GUILIN, "undo", _goto(3))),
    (4, ("bring the husky back", False, OYMYAKON, "redo", _goto(5))),
    (2, ("also undo the chimney smoke", False, OYMYAKON, "undo", _goto(1))),
    (3, ("REDO!!! the gold wheat was fine", False, SUPERCELL, "redo", _goto(4))),
    (3, ("fwd again", False, PATAGONIA, "redo", _goto(4))),
    (1, ("one step forward", False, ATACAMA, "redo", _goto(2))),
    (4, ("go back another step", False, MONTEVERDE, "undo", _goto(3))),
    (1, ("hmm put the dingo back", False, ULURU, "redo", _goto(2))),
    # near misses: nothing before the original, a retry of the round gone back to
    (0, ("undo?? again?", False, REYNISFJARA, "talk", ())),
    (2, ("redo the snow but more", False, ATACAMA, "retry", _retry("stronger"))),
    (1, ("dont redo, this is better", False, HABOOB, "talk", ())),
    # show, status and history from an older round
    (1, ("whats the round now", False, ATACAMA, "status", STATUS)),
    (2, ("show me the newest one without going there", False, ATACAMA, "show", _show(4))),
    (2, ("show the sloth version", False, MONTEVERDE, "show", _show(6))),
    (4, ("where am i now in all this mess", False, GUILIN, "status", STATUS)),
    (4, ("show me the lantern one", False, GUILIN, "show", _show(6))),
    (1, ("show round 4 but stay here", False, BAIKAL, "show", _show(4))),
    (2, ("show me the moon one", False, DEADVLEI, "show", _show(4))),
    (0, ("what have we done to it so far", False, PAMUKKALE, "history", HISTORY)),
    (0, ("show me round 2 quickly", False, KILIMANJARO, "show", _show(2))),
    (2, ("which round am i looking at", False, OYMYAKON, "status", STATUS)),
    (2, ("show me the wheat one", False, SUPERCELL, "show", _show(4))),
    (0, ("list what we did to the dust pic", False, HABOOB, "history", HISTORY)),
    (1, ("peek at the last one", False, ULURU, "show", _show(3))),
    # new edits from the round gone back to: a new branch from the current round
    (1, ("add a llama by the lagoon", False, ATACAMA, "edit", _edit("add a llama by the lagoon"))),
    (2, ("make the lagoon pink", False, ATACAMA, "edit", _edit("make the lagoon pink"))),
    (
        0,
        (
            "pls add a vicuña drinking at the water",
            False,
            ATACAMA,
            "edit",
            _edit("add a vicuña drinking at the water"),
        ),
    ),
    (1, ("now add cracks running through the ice", False, BAIKAL, "edit", _edit("add cracks running through the ice"))),
    (2, ("give the skater a yellow scarf", False, BAIKAL, "edit", _edit("give the skater a yellow scarf"))),
    (0, ("make the ice look a lot thicker", False, BAIKAL, "edit", _edit("make the ice look a lot thicker"))),
    (2, ("make the quetzal bigger", False, MONTEVERDE, "edit", _edit("make the quetzal bigger"))),
    (3, ("add a toucan on the railing", False, MONTEVERDE, "edit", _edit("add a toucan on the railing"))),
    (4, ("remove the fallen log on the path", False, MONTEVERDE, "edit", _edit("remove the fallen log on the path"))),
    (1, ("can u add a waterfall in the back", False, MONTEVERDE, "edit", _edit("add a waterfall in the back"))),
    (4, ("add a water buffalo on the bank", False, GUILIN, "edit", _edit("add a water buffalo on the bank"))),
    (6, ("put a heron on the bank", False, GUILIN, "edit", _edit("put a heron on the bank"))),
    (3, ("make the peaks snowy", False, GUILIN, "edit", _edit("make the peaks snowy"))),
    (
        4,
        (
            "hang the lantern here too",
            False,
            GUILIN,
            "edit",
            _edit("hang a lantern on the raft", "hang the lantern on the raft", "hang a lantern"),
        ),
    ),
    (
        2,
        (
            "same moon as the other version but on this one",
            False,
            DEADVLEI,
            "edit",
            _edit("add a full moon over the dunes", "add a full moon", "add a moon over the dunes"),
        ),
    ),
    (1, ("add a jackal on the dune crest", False, DEADVLEI, "edit", _edit("add a jackal on the dune crest"))),
    (0, ("make the dead trees darker", False, DEADVLEI, "edit", _edit("make the dead trees darker"))),
    (2, ("add a second bolt on the left", False, SUPERCELL, "edit", _edit("add a second bolt on the left"))),
    (1, ("add a tornado under the cloud", False, SUPERCELL, "edit", _edit("add a tornado under the cloud"))),
    (3, ("make the silo rusty", False, SUPERCELL, "edit", _edit("make the silo rusty"))),
    (1, ("add steam rising off the pools", False, PAMUKKALE, "edit", _edit("add steam rising off the pools"))),
    (2, ("make the travertine look wet", False, PAMUKKALE, "edit", _edit("make the travertine look wet"))),
    (0, ("make the pools turquoise instead", False, PAMUKKALE, "edit", _edit("make the pools turquoise"))),
    (0, ("put an elephant near the acacia", False, KILIMANJARO, "edit", _edit("put an elephant near the acacia"))),
    (1, ("add a tuk-tuk on the street", False, HABOOB, "edit", _edit("add a tuk-tuk on the street"))),
    (0, ("make the dust wall orange", False, HABOOB, "edit", _edit("make the dust wall orange"))),
    (2, ("add the milky way", False, ULURU, "edit", _edit("add the milky way"))),
    (1, ("add a campfire in front", False, ULURU, "edit", _edit("add a campfire in front"))),
    (3, ("add icicles on the roof", False, OYMYAKON, "edit", _edit("add icicles on the roof"))),
    (1, ("make the sky ice blue", False, OYMYAKON, "edit", _edit("make the sky ice blue"))),
    (2, ("add a condor over the towers", False, PATAGONIA, "edit", _edit("add a condor over the towers"))),
    (
        2,
        (
            "make the lake milky blue on this one too",
            False,
            PATAGONIA,
            "edit",
            _edit("make the lake milky blue"),
        ),
    ),
    (2, ("add a dust devil", False, GOBI, "edit", _edit("add a dust devil"))),
    (0, ("from here, make it night", False, MONTEVERDE, "edit", _edit("make it night", "make it night time"))),
    (3, ("ok from this one pls add a red fox on the ice", False, BAIKAL, "edit", _edit("add a red fox on the ice"))),
    (
        1,
        (
            "cool, on this version i'd like some snow falling",
            False,
            KILIMANJARO,
            "edit",
            _edit("add some snow falling", "add snow falling", "add falling snow"),
        ),
    ),
    # a retry of the round gone back to, when it is an edit
    (3, ("try again on this one", False, ATACAMA, "retry", _retry())),
    (3, ("do that one again but stronger", False, ATACAMA, "retry", _retry("stronger"))),
    (2, ("another version of this pls", False, BAIKAL, "retry", _retry())),
    (1, ("hmm redo this with a weaker touch", False, BAIKAL, "retry", _retry("weaker"))),
    (5, ("try that one again", False, MONTEVERDE, "retry", _retry())),
    (4, ("again pls, diff seed", False, GUILIN, "retry", _retry())),
    (4, ("a bit less green pls", False, GUILIN, "retry", _retry("weaker"))),
    (3, ("one more go at this", False, DEADVLEI, "retry", _retry())),
    (1, ("new seed for this one pls", False, KILIMANJARO, "retry", _retry())),
    (1, ("stronger on this one pls", False, ULURU, "retry", _retry("stronger"))),
    (2, ("reroll this one", False, SUPERCELL, "retry", _retry())),
    # a new edit of another round named in the turn, from an older current round
    (1, ("on the newest version, add a fox", False, ATACAMA, "edit", _edit_on(4, "add a fox"))),
    (0, ("add a hot spring on round 2", False, PAMUKKALE, "edit", _edit_on(2, "add a hot spring"))),
    # near misses after a move: a goto alone, talk, too vague, a show
    (1, ("switch over to round 3 pls", False, ATACAMA, "goto", _goto(3))),
    (2, ("the quetzal looks great here", False, MONTEVERDE, "talk", ())),
    (1, ("i like this one better, keep it", False, BAIKAL, "talk", ())),
    (0, ("make it better idk", False, KILIMANJARO, "clarify", ())),
    (1, ("hold on im thinking what to add", False, HABOOB, "talk", ())),
    (2, ("nice, this lightning is sick", False, SUPERCELL, "talk", ())),
    (2, ("add something here", False, ATACAMA, "clarify", ())),
    (4, ("put something cool in the sky", False, MONTEVERDE, "clarify", ())),
    (1, ("back to latest", False, KILIMANJARO, "goto", _goto(2))),
    (1, ("same but on round 9", False, ULURU, "talk", ())),
)
"""Turns after a goto, an undo or a retry: the current round (first) is not the latest."""


def r29b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R29B`, then the moved ones)."""
    return with_moved(R29B, "r29b", MOVED, "r29b_moved")
