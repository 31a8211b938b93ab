"""A set of chat turns about navigation, references and sessions, for measuring the dialogue model.

Written by hand from what a demanding user wants (the issue's list of dialogue acts), before the model
was run on any of it, about photos no other set uses: a sawmill, a velodrome, a spice bazaar, a snooker
table, a letterpress print shop, a Venice gondola (a tree with a branch), a car ferry (a branch made
from the original after a goto), an observatory and then its telescope (two photos in one session), a
laundromat, a yurt on the steppe, a karate dojo, a marionette and then a puppet theatre (a second
upload with no edit yet), a flooded quarry, a barbershop and a minaret at sunset. The weight is on
going back to a round named every way (round N, the original, before the X, the version with the X,
steps back, the first edit, the one before last, when the X was still there) and on references that
name nothing (a plain answer, no call); then edits of an earlier round named in the turn, redo from an
earlier current round, share / export / revoke in many wordings, several requests in one turn and
undo-then-edit, and messy plain edits (typos, slang, non-native English, fragments, emoji). The cases
have the development set's format (`Dev`: turn, photo, state, act, calls) and are judged as the
held-out set is (`as_cases`). `R14C_MOVED` holds turns whose current round (first) is an earlier one,
after a goto or an undo.
"""

from __future__ import annotations

from typing import Any

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
    _edits,
    _export,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)
from tests.assistant.dialogue_validation_second import _edit_on, _undo_then

Calls = tuple[tuple[str, dict[str, Any]], ...]

SAWMILL = (
    (None, None),
    (0, "stack the logs neatly beside the saw"),
    (1, "make the saw blade shiny silver"),
    (2, "add a lumberjack in a red flannel shirt"),
)
"""A sawmill with three edits, each on the one before."""
VELODROME = (
    (None, None),
    (0, "paint the track boards light blue"),
    (1, "add a cyclist in a yellow jersey on the banking"),
)
"""A velodrome with two edits."""
BAZAAR = (
    (None, None),
    (0, "make the spice piles more vivid"),
    (1, "hang brass lanterns from the ceiling"),
    (2, "remove the plastic crates under the stall"),
    (3, "add a cat sleeping on the rug"),
)
"""A spice bazaar with four edits, each on the one before."""
SNOOKER = ((None, None), (0, "make the snooker cloth a deeper green"))
"""A snooker table with one edit."""
PRINTSHOP = (
    (None, None),
    (0, "make the letterpress look freshly oiled"),
    (1, "make the posters on the wall red and black"),
)
"""A letterpress print shop with two edits."""
GONDOLA = (
    (None, None),
    (0, "make the gondola glossy black"),
    (1, "add a gondolier in a striped shirt"),
    (1, "add a gondolier in a straw hat"),
    (3, "make the canal water greener"),
)
"""A gondola in Venice with a branch: round 3 was made from round 1 beside round 2, round 4 from round 3."""
FERRY = (
    (None, None),
    (0, "make the ferry hull navy blue"),
    (1, "add seagulls over the deck"),
    (0, "make the ferry hull bright red"),
)
"""A car ferry after a goto: round 3 was made from the original, beside rounds 1-2."""
OBSERVATORY = (
    (None, None),
    (0, "open the dome slit"),
    (1, "fill the sky with stars"),
    (None, None),
    (3, "make the telescope white"),
)
"""Two photos in one session: an observatory (rounds 0-2), then its telescope (rounds 3-4)."""
LAUNDROMAT = (
    (None, None),
    (0, "make the washing machines mint green"),
    (1, "remove the lost sock on the floor"),
)
"""A laundromat with two edits."""
YURT = ((None, None), (0, "add snow on the yurt roof"))
"""A yurt on the steppe with one edit."""
DOJO = (
    (None, None),
    (0, "make the mats pale beige"),
    (1, "hang a calligraphy scroll on the back wall"),
    (2, "make the karate belts black"),
)
"""A karate dojo with three edits, each on the one before."""
MARIONETTE = ((None, None), (0, "make the marionette's dress blue"), (None, None))
"""Two photos: a marionette with one edit, then a puppet theatre just uploaded (round 2, no edit yet)."""
QUARRY = ((None, None), (0, "fill the quarry pit with turquoise water"))
"""A quarry with one edit."""
BARBERSHOP = ((None, None), (0, "add a striped barber pole by the door"))
"""A barbershop with one edit."""
MINARET = (
    (None, None),
    (0, "make the sunset sky orange"),
    (1, "add birds circling the minaret"),
    (2, "light up the minaret windows"),
)
"""A minaret at sunset with three edits, each on the one before."""

AFTER_YURT = (*YURT, (None, None))
AFTER_QUARRY = (*QUARRY, (None, None))
AFTER_SNOOKER = (*SNOOKER, (None, None))
AFTER_VELODROME = (*VELODROME, (None, None))
AFTER_BAZAAR = (*BAZAAR, (None, None))
AFTER_STARS = (*OBSERVATORY[:3], (None, None))


def _back_then(target: int, *instructions: str) -> Calls:
    """Back to `target`, then one new edit from it (several acceptable strings)."""
    return (("revert", {"round": target}), *_edit(*instructions))


GOTO: tuple[Dev, ...] = (
    # round numbers, the original, steps back, the first edit, the one before last
    ("go back to round 2 pls", False, SAWMILL, "goto", _goto(2)),
    ("back to the og pic", False, SAWMILL, "goto", _goto(0)),
    ("two steps back", False, SAWMILL, "goto", _goto(1)),
    ("go back to the first edit", False, SAWMILL, "goto", _goto(1)),
    ("the one before last pls", False, SAWMILL, "goto", _goto(2)),
    ("revert to r1", False, SAWMILL, "goto", _goto(1)),
    ("back to round zero", False, VELODROME, "goto", _goto(0)),
    ("back to the original photo, none of the edits", False, VELODROME, "goto", _goto(0)),
    ("back to round 3", False, BAZAAR, "goto", _goto(3)),
    ("go back 3 steps", False, BAZAAR, "goto", _goto(1)),
    ("take me back to the second edit", False, BAZAAR, "goto", _goto(2)),
    ("return to the first version u made", False, BAZAAR, "goto", _goto(1)),
    ("back to the very beginning plz", False, BAZAAR, "goto", _goto(0)),
    ("go to round 2", False, GONDOLA, "goto", _goto(2)),
    ("go back two steps", False, GONDOLA, "goto", _goto(1)),
    ("back to the unedited telescope pic", False, OBSERVATORY, "goto", _goto(3)),
    ("go back to the first photo i uploaded", False, OBSERVATORY, "goto", _goto(0)),
    ("back to the first pic", False, MARIONETTE, "goto", _goto(0)),
    ("restore the original", False, LAUNDROMAT, "goto", _goto(0)),
    ("take me back to the start", False, DOJO, "goto", _goto(0)),
    ("go back one version", False, DOJO, "goto", _goto(2)),
    ("2 steps back pls", False, MINARET, "goto", _goto(1)),
    ("the one before the last one", False, MINARET, "goto", _goto(2)),
    ("jump to v1", False, PRINTSHOP, "goto", _goto(1)),
    ("can we go back to how the shop looked at first", False, PRINTSHOP, "goto", _goto(0)),
    # before the X, the version with the X, when the X was still there
    ("take me back to before the lumberjack", False, SAWMILL, "goto", _goto(2)),
    ("can we go back to when the logs were still a mess", False, SAWMILL, "goto", _goto(0)),
    ("the version with the shiny blade, go there", False, SAWMILL, "goto", _goto(2)),
    ("go back to the blue track version, without the cyclist", False, VELODROME, "goto", _goto(1)),
    ("jump back to before the yellow jersey guy", False, VELODROME, "goto", _goto(1)),
    ("back to when the track was still empty but blue", False, VELODROME, "goto", _goto(1)),
    ("go back to when the crates were still there", False, BAZAAR, "goto", _goto(2)),
    ("lets go back to the lanterns version", False, BAZAAR, "goto", _goto(2)),
    ("revert to the version before you touched the spices", False, BAZAAR, "goto", _goto(0)),
    ("i want the one from before the cat", False, BAZAAR, "goto", _goto(3)),
    ("the version from before the lanterns but after the spices", False, BAZAAR, "goto", _goto(1)),
    ("go back to the striped shirt gondolier", False, GONDOLA, "goto", _goto(2)),
    ("take me back to the straw hat one", False, GONDOLA, "goto", _goto(3)),
    ("back to before the water got green", False, GONDOLA, "goto", _goto(3)),
    ("go back to the plain black gondola, no gondolier", False, GONDOLA, "goto", _goto(1)),
    ("the first try at the gondolier pls, i think it was better", False, GONDOLA, "goto", _goto(2)),
    ("go back to the original, before the black paint", False, GONDOLA, "goto", _goto(0)),
    ("go back to the navy one with the seagulls", False, FERRY, "goto", _goto(2)),
    ("back to the navy version without birds", False, FERRY, "goto", _goto(1)),
    ("go back to before the red", False, FERRY, "goto", _goto(0)),
    ("switch back to the seagull version", False, FERRY, "goto", _goto(2)),
    ("back to the starry sky one", False, OBSERVATORY, "goto", _goto(2)),
    ("go back to the observatory pic with the dome open but no stars", False, OBSERVATORY, "goto", _goto(1)),
    ("back to when the sock was still on the floor", False, LAUNDROMAT, "goto", _goto(1)),
    ("go back to the og, before the mint", False, LAUNDROMAT, "goto", _goto(0)),
    ("back to before the scroll", False, DOJO, "goto", _goto(1)),
    ("go back to the version with the scroll but the old belts", False, DOJO, "goto", _goto(2)),
    ("revert to the beige mats one", False, DOJO, "goto", _goto(1)),
    ("back to before the windows lit up", False, MINARET, "goto", _goto(2)),
    ("go back to the sunset one without birds", False, MINARET, "goto", _goto(1)),
    ("take me to the birds version", False, MINARET, "goto", _goto(2)),
    ("back to when the windows were still dark", False, MINARET, "goto", _goto(2)),
    ("back to the dry quarry", False, QUARRY, "goto", _goto(0)),
    ("go back to the marionette with the blue dress", False, MARIONETTE, "goto", _goto(1)),
    ("hmm go back to before the posters were red", False, PRINTSHOP, "goto", _goto(1)),
    ("can i have the version before the snow back", False, YURT, "goto", _goto(0)),
    ("go back to the telescope pic before it was white", False, OBSERVATORY, "goto", _goto(3)),
    # impossible references: a plain answer, no call
    ("go to round 5", False, SAWMILL, "clarify", ()),
    ("go back to before you added the dog", False, SAWMILL, "clarify", ()),
    ("go back to round -1", False, VELODROME, "clarify", ()),
    ("go back 3 steps pls", False, VELODROME, "clarify", ()),
    ("go back to round 9", False, BAZAAR, "clarify", ()),
    ("back to before the fountain", False, BAZAAR, "clarify", ()),
    ("go back to round 4", False, FERRY, "clarify", ()),
    ("go back to the fifth edit", False, DOJO, "clarify", ()),
    ("go back to round 1.5", False, MINARET, "clarify", ()),
    ("go back to before the moon", False, MINARET, "clarify", ()),
    ("go back to round 2", False, QUARRY, "clarify", ()),
    ("revert to round two", False, SNOOKER, "clarify", ()),
    ("show me round 7", False, LAUNDROMAT, "clarify", ()),
    ("compare round 0 and round 6", False, YURT, "clarify", ()),
    ("go back to the version with the purple gondola", False, GONDOLA, "clarify", ()),
    ("go back to round minus two", False, PRINTSHOP, "clarify", ()),
    ("go back to the round before the original", False, BARBERSHOP, "clarify", ()),
    ("back to the version with the green belts", False, DOJO, "clarify", ()),
    ("go back", False, UPLOAD, "clarify", ()),
    ("go back to the good one", False, BAZAAR, "clarify", ()),
    ("go back to round 100000000000000000000", False, SNOOKER, "clarify", ()),
)
"""Goto with rounds named every way, and references that name no round."""

LOOK: tuple[Dev, ...] = (
    # show
    ("lemme peek at round 1", False, SAWMILL, "show", _show(1)),
    ("can i see the one with the striped shirt guy again", False, GONDOLA, "show", _show(2)),
    ("show me what it looked like before the crates were removed", False, BAZAAR, "show", _show(2)),
    ("show me the starry sky version", False, OBSERVATORY, "show", _show(2)),
    ("peek at the original without switching", False, FERRY, "show", _show(0)),
    ("show the blue dress one", False, MARIONETTE, "show", _show(1)),
    ("just show me the first edit, dont go back to it", False, DOJO, "show", _show(1)),
    # compare
    ("compare the navy one and the red one", False, FERRY, "compare", _compare(1, 3)),
    ("before vs after for the telescope", False, OBSERVATORY, "compare", _compare(3, 4)),
    ("side by side: both gondolier attempts", False, GONDOLA, "compare", _compare(2, 3)),
    ("compare og and now", False, BAZAAR, "compare", _compare(0, 4)),
    ("compare round 2 vs round 3", False, DOJO, "compare", _compare(2, 3)),
    ("how does it look now compared to the first edit", False, MINARET, "compare", _compare(1, 3)),
    # status and history
    ("wait which round is this", False, GONDOLA, "status", STATUS),
    ("what was the last thing u did", False, SAWMILL, "status", STATUS),
    ("how many rounds are we at", False, BAZAAR, "status", STATUS),
    ("what have we done on the gondola so far", False, GONDOLA, "history", HISTORY),
    ("list all the versions, both photos", False, OBSERVATORY, "history", HISTORY),
    ("recap of the edits pls", False, DOJO, "history", HISTORY),
)
"""Show, compare, status and history with rounds named every way."""

EARLIER: tuple[Dev, ...] = (
    # an edit of an earlier round named in the turn
    (
        "take the original and make the sawdust glow in the sunlight",
        False,
        SAWMILL,
        "edit",
        _edit_on(0, "make the sawdust glow in the sunlight"),
    ),
    (
        "from round 1, make the blade rusty instead",
        False,
        SAWMILL,
        "edit",
        _edit_on(1, "make the blade rusty"),
    ),
    (
        "on the version before the lumberjack add a lumberjack in a blue shirt",
        False,
        SAWMILL,
        "edit",
        _edit_on(2, "add a lumberjack in a blue shirt"),
    ),
    (
        "use the og photo and add a forklift by the logs",
        False,
        SAWMILL,
        "edit",
        _edit_on(0, "add a forklift by the logs"),
    ),
    (
        "starting from round 2 add a spice merchant behind the stall",
        False,
        BAZAAR,
        "edit",
        _edit_on(2, "add a spice merchant behind the stall"),
    ),
    (
        "go from the lanterns version and make the lanterns glow",
        False,
        BAZAAR,
        "edit",
        _edit_on(2, "make the lanterns glow"),
    ),
    (
        "on the unedited pic make the awning striped red and white",
        False,
        BAZAAR,
        "edit",
        _edit_on(0, "make the awning striped red and white"),
    ),
    (
        "take round 3 and put a brass teapot on the rug instead of the cat",
        False,
        BAZAAR,
        "edit",
        _edit_on(3, "put a brass teapot on the rug"),
    ),
    (
        "from the striped shirt version, make the water greener",
        False,
        GONDOLA,
        "edit",
        (("edit_image", {"instruction": ("make the water greener", "make the canal water greener"), "base_round": 2}),),
    ),
    (
        "take round 1 and add a couple kissing under the bridge",
        False,
        GONDOLA,
        "edit",
        _edit_on(1, "add a couple kissing under the bridge"),
    ),
    (
        "on the navy version add a lifebuoy on the railing",
        False,
        FERRY,
        "edit",
        _edit_on(1, "add a lifebuoy on the railing"),
    ),
    ("from round 2 make the sea choppy", False, FERRY, "edit", _edit_on(2, "make the sea choppy")),
    ("on the first photo, make the dome copper", False, OBSERVATORY, "edit", _edit_on(0, "make the dome copper")),
    ("on the starry one add a shooting star", False, OBSERVATORY, "edit", _edit_on(2, "add a shooting star")),
    (
        "take the telescope pic from before the white and make it matte black",
        False,
        OBSERVATORY,
        "edit",
        _edit_on(3, "make the telescope matte black"),
    ),
    (
        "from round 2 make the belts brown",
        False,
        DOJO,
        "edit",
        (("edit_image", {"instruction": ("make the belts brown", "make the karate belts brown"), "base_round": 2}),),
    ),
    (
        "from the original, add a bonsai in the corner",
        False,
        DOJO,
        "edit",
        _edit_on(0, "add a bonsai in the corner"),
    ),
    (
        "from before the birds, add a crescent moon",
        False,
        MINARET,
        "edit",
        _edit_on(1, "add a crescent moon"),
    ),
    (
        "take the original and turn it into a night scene",
        False,
        MINARET,
        "edit",
        (
            (
                "edit_image",
                {"instruction": ("turn it into a night scene", "turn the photo into a night scene"), "base_round": 0},
            ),
        ),
    ),
    (
        "on the mint green version, add a kid reading comics on the bench",
        False,
        LAUNDROMAT,
        "edit",
        _edit_on(1, "add a kid reading comics on the bench"),
    ),
    (
        "from round 1 add a whole peloton instead of one rider",
        False,
        VELODROME,
        "edit",
        (("edit_image", {"instruction": ("add a whole peloton", "add a peloton"), "base_round": 1}),),
    ),
    ("from the original, add a digger on the ledge", False, QUARRY, "edit", _edit_on(0, "add a digger on the ledge")),
    (
        "on the blue dress one, give her a golden crown",
        False,
        MARIONETTE,
        "edit",
        (
            (
                "edit_image",
                {"instruction": ("give her a golden crown", "give the marionette a golden crown"), "base_round": 1},
            ),
        ),
    ),
    (
        "can u take the original print shop pic and add a cat on the paper stack",
        False,
        PRINTSHOP,
        "edit",
        _edit_on(0, "add a cat on the paper stack"),
    ),
    (
        "use v1 but make the posters blue and yellow",
        False,
        PRINTSHOP,
        "edit",
        _edit_on(1, "make the posters blue and yellow"),
    ),
    (
        "on the original yurt pic add a camel tied up outside",
        False,
        YURT,
        "edit",
        _edit_on(0, "add a camel tied up outside"),
    ),
    # go back to a round, then edit it
    (
        "go back to round 1 and then add a cat on the counter",
        False,
        BAZAAR,
        "goto",
        _undo_then(1, "add a cat on the counter"),
    ),
    (
        "back to the navy hull and put the name Aurora on the bow",
        False,
        FERRY,
        "goto",
        _undo_then(1, "put the name aurora on the bow"),
    ),
    (
        "go to the straw hat version and make the gondolier wave",
        False,
        GONDOLA,
        "goto",
        _undo_then(3, "make the gondolier wave"),
    ),
    (
        "go back to before the birds and add a full moon above the dome",
        False,
        MINARET,
        "goto",
        _undo_then(1, "add a full moon above the dome"),
    ),
)
"""Edits of an earlier round named in the turn."""

SESSION: tuple[Dev, ...] = (
    # share
    ("can u make a link so my nonna can see the gondola", False, GONDOLA, "share", SHARE),
    ("share pls", False, SAWMILL, "share", SHARE),
    ("i wanna post this in the cycling club group chat, give me a link", False, VELODROME, "share", SHARE),
    ("send link", False, BAZAAR, "share", SHARE),
    ("generate a public link for this", False, DOJO, "share", SHARE),
    ("how do i show this to my wife? link pls", False, MINARET, "share", SHARE),
    ("share the session w my team", False, PRINTSHOP, "share", SHARE),
    ("get me a shareable url", False, OBSERVATORY, "share", SHARE),
    ("can my dad see this somehow? he's on his phone", False, BARBERSHOP, "share", SHARE),
    # revoke
    ("stop sharing pls, wrong person got it", False, GONDOLA, "revoke", REVOKE),
    ("revoke the link i made", False, SAWMILL, "revoke", REVOKE),
    ("disable sharing", False, BAZAAR, "revoke", REVOKE),
    ("kill link #4", False, DOJO, "revoke", (("revoke_share", {"link": 4}),)),
    ("unshare link 1", False, FERRY, "revoke", (("revoke_share", {"link": 1}),)),
    ("take the link down", False, MINARET, "revoke", REVOKE),
    ("pls make the session private again", False, VELODROME, "revoke", REVOKE),
    ("cancel the share", False, LAUNDROMAT, "revoke", REVOKE),
    (
        "the second link shouldnt work anymore, turn it off",
        False,
        OBSERVATORY,
        "revoke",
        (("revoke_share", {"link": 2}),),
    ),
    # export
    ("can i get it as a html page", False, PRINTSHOP, "export", _export("html")),
    ("dl all the versions pls", False, BAZAAR, "export", _export("bundle")),
    ("export the whole session so i can open it in my browser", False, GONDOLA, "export", _export("html")),
    ("save the project so i can continue tomorrow on another pc", False, SAWMILL, "export", _export("bundle")),
    ("export", False, SNOOKER, "export", _export("bundle")),
    ("i need a backup zip", False, FERRY, "export", _export("bundle")),
    ("export as webpage for the blog", False, MINARET, "export", _export("html")),
    ("give me the html", False, DOJO, "export", _export("html")),
    ("download everything we made on both photos", False, OBSERVATORY, "export", _export("bundle")),
    ("share it and also give me a zip", False, QUARRY, "share", (*SHARE, *_export("bundle"))),
)
"""Share, revoke and export in many wordings."""

MULTI: tuple[Dev, ...] = (
    # several requests in one turn
    (
        "make the logs darker and remove the tarp on the left",
        False,
        UPLOAD,
        "edit",
        _edits("make the logs darker", "remove the tarp on the left"),
    ),
    (
        "1. brighten the spices 2. add a hanging rug 3. remove the price tags",
        False,
        UPLOAD,
        "edit",
        _edits("brighten the spices", "add a hanging rug", "remove the price tags"),
    ),
    (
        "add fog over the canal then make the sky pink",
        False,
        UPLOAD,
        "edit",
        _edits("add fog over the canal", "make the sky pink"),
    ),
    (
        "remove the guy in the hi vis vest, and make the track boards shinier",
        False,
        UPLOAD,
        "edit",
        _edits("remove the guy in the hi vis vest", "make the track boards shinier"),
    ),
    (
        "make the felt blue + remove the chalk cube",
        False,
        UPLOAD,
        "edit",
        _edits("make the felt blue", "remove the chalk cube"),
    ),
    (
        "- make the cue ball glow\n- add a trophy on the rail",
        False,
        UPLOAD,
        "edit",
        _edits("make the cue ball glow", "add a trophy on the rail"),
    ),
    (
        "first remove the graffiti on the wall then add a vintage poster there",
        False,
        UPLOAD,
        "edit",
        _edits("remove the graffiti on the wall", "add a vintage poster there"),
    ),
    (
        "make the washing machines retro orange and also add a cat on top of the dryer",
        False,
        UPLOAD,
        "edit",
        _edits("make the washing machines retro orange", "add a cat on top of the dryer"),
    ),
    (
        "can you make the yurt red, add a horse next to it and put mountains behind",
        False,
        UPLOAD,
        "edit",
        _edits(
            "make the yurt red",
            ("add a horse next to it", "add a horse next to the yurt"),
            ("put mountains behind", "put mountains behind the yurt", "put mountains behind it"),
        ),
    ),
    (
        "now make the lumberjack bearded and give him an axe",
        False,
        SAWMILL,
        "edit",
        _edits("make the lumberjack bearded", ("give him an axe", "give the lumberjack an axe")),
    ),
    (
        "make the cat ginger and the rug persian",
        False,
        BAZAAR,
        "edit",
        _edits("make the cat ginger", "make the rug persian"),
    ),
    (
        "turn the sky stormy, then add lightning over the quarry",
        False,
        QUARRY,
        "edit",
        _edits("turn the sky stormy", "add lightning over the quarry"),
    ),
    (
        "make the mats grey and add cherry blossoms outside the window",
        False,
        DOJO,
        "edit",
        _edits("make the mats grey", "add cherry blossoms outside the window"),
    ),
    (
        "ok 2 things: the water should be clearer and the gondola needs gold trim",
        False,
        GONDOLA,
        "edit",
        _edits(
            ("make the water clearer", "make the canal water clearer"),
            ("add gold trim to the gondola", "give the gondola gold trim"),
        ),
    ),
    (
        "crop tighter on the telescope and make the background darker",
        False,
        OBSERVATORY,
        "edit",
        _edits("crop tighter on the telescope", "make the background darker"),
    ),
    (
        "remove teh bucket and mkae the floor tiles white",
        False,
        LAUNDROMAT,
        "edit",
        _edits(
            ("remove the bucket", "remove teh bucket"),
            ("make the floor tiles white", "mkae the floor tiles white"),
        ),
    ),
    (
        "step 1 remove the rust on the press, step 2 put a stack of wedding invitations next to it",
        False,
        PRINTSHOP,
        "edit",
        _edits(
            "remove the rust on the press",
            ("put a stack of wedding invitations next to it", "put a stack of wedding invitations next to the press"),
        ),
    ),
    (
        "add a trainer holding a stopwatch, oh and make the lights brighter too",
        False,
        VELODROME,
        "edit",
        _edits("add a trainer holding a stopwatch", ("make the lights brighter", "make the lights brighter too")),
    ),
    (
        "put a red scarf on the marionette and then make the curtain velvet",
        False,
        MARIONETTE,
        "edit",
        _edits("put a red scarf on the marionette", "make the curtain velvet"),
    ),
    (
        "on the original, make the sky purple and add a hot air balloon",
        False,
        MINARET,
        "edit",
        (*_edit_on(0, "make the sky purple"), *_edit("add a hot air balloon")),
    ),
    (
        "undo the last two and make the lanterns copper",
        False,
        BAZAAR,
        "undo",
        _undo_then(2, "make the lanterns copper"),
    ),
    # undo, then a new edit in place of the last one
    (
        "undo that and make them brown instead",
        False,
        DOJO,
        "correction",
        _back_then(2, "make the karate belts brown", "make the belts brown"),
    ),
    (
        "undo and make it navy instead",
        False,
        SNOOKER,
        "correction",
        _back_then(0, "make the snooker cloth navy", "make the snooker cloth a deeper navy"),
    ),
    (
        "nah undo that, add a lumberjack in overalls instead",
        False,
        SAWMILL,
        "correction",
        _undo_then(2, "add a lumberjack in overalls"),
    ),
    (
        "revert that and add a raven on the balcony instead",
        False,
        MINARET,
        "correction",
        _undo_then(2, "add a raven on the balcony"),
    ),
    (
        "ctrl z and fill it with purple water instead",
        False,
        QUARRY,
        "correction",
        _back_then(0, "fill the quarry pit with purple water", "fill it with purple water"),
    ),
    (
        "undo pls and put the snow on the ground instead of the roof",
        False,
        YURT,
        "correction",
        _back_then(0, "put the snow on the ground", "add snow on the ground"),
    ),
    (
        "scrap that, make the hull forest green",
        False,
        FERRY,
        "correction",
        _back_then(0, "make the ferry hull forest green", "make the hull forest green"),
    ),
    (
        "undo the last one and make the jersey pink instead",
        False,
        VELODROME,
        "correction",
        _fix("add a cyclist in a pink jersey on the banking", "add a cyclist in a pink jersey"),
    ),
    (
        "take that back and make the telescope silver",
        False,
        OBSERVATORY,
        "correction",
        _undo_then(3, "make the telescope silver"),
    ),
    (
        "undo the posters and do them teal instead",
        False,
        PRINTSHOP,
        "correction",
        _back_then(1, "make the posters on the wall teal", "make the posters teal"),
    ),
    (
        "undo it, i want the sock there. remove the detergent bottle instead",
        False,
        LAUNDROMAT,
        "correction",
        _undo_then(1, "remove the detergent bottle"),
    ),
)
"""Several requests in one turn, and undo-then-edit."""

PLAIN: tuple[Dev, ...] = (
    # messy single requests on a fresh upload: typos, slang, non-native English, fragments, emoji
    (
        "can u make the saw dust look less messy lol",
        False,
        UPLOAD,
        "edit",
        _edit("make the saw dust look less messy", "make the sawdust look less messy"),
    ),
    (
        "remvoe the orange cones on the track",
        False,
        UPLOAD,
        "edit",
        _edit("remove the orange cones on the track", "remvoe the orange cones on the track"),
    ),
    (
        "pls put more colours in the spice bowls, they look kinda dead",
        False,
        UPLOAD,
        "edit",
        _edit("put more colours in the spice bowls", "put more colors in the spice bowls"),
    ),
    (
        "i want the cloth to be red like in the old days",
        False,
        UPLOAD,
        "edit",
        _edit("make the cloth red like in the old days", "make the cloth red"),
    ),
    ("the canal shud be more blue", False, UPLOAD, "edit", _edit("make the canal more blue", "make the canal bluer")),
    (
        "Please can you making the dome more shiny, like new",
        False,
        UPLOAD,
        "edit",
        _edit("make the dome more shiny, like new", "making the dome more shiny, like new", "make the dome more shiny"),
    ),
    (
        "i would like that the ferry is more big in the picture",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the ferry bigger in the picture", "make the ferry more big in the picture", "make the ferry bigger"
        ),
    ),
    (
        "make pic brighter its too dark",
        False,
        UPLOAD,
        "edit",
        _edit("make the pic brighter", "make pic brighter", "make the picture brighter"),
    ),
    (
        "the barber poles stripes r too faded, make em pop",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the barber pole's stripes pop",
            "make the barber poles stripes pop",
            "make the stripes on the barber pole pop",
        ),
    ),
    (
        "remove ALL the tourists!!! they ruin everything",
        False,
        UPLOAD,
        "edit",
        _edit("remove all the tourists"),
    ),
    ("🌙 add a moon", False, UPLOAD, "edit", _edit("add a moon")),
    ("can you pleaseeee make the marionette smile", False, UPLOAD, "edit", _edit("make the marionette smile")),
    (
        "puppet strings r showing, get rid of them",
        False,
        UPLOAD,
        "edit",
        _edit("get rid of the puppet strings", "get rid of the strings", "remove the puppet strings"),
    ),
    (
        "make more sunny the canal please",
        False,
        UPLOAD,
        "edit",
        _edit("make the canal more sunny", "make the canal sunnier", "make more sunny the canal"),
    ),
    (
        "add a little bit of mist on the quarry, not too much",
        False,
        UPLOAD,
        "edit",
        _edit("add a little bit of mist on the quarry, not too much", "add a little bit of mist on the quarry"),
    ),
    (
        "change the telescope colour to like a dusty rose",
        False,
        UPLOAD,
        "edit",
        _edit("change the telescope colour to a dusty rose", "change the telescope colour to like a dusty rose"),
    ),
    (
        "dude the mats look dirty can u clean them up",
        False,
        UPLOAD,
        "edit",
        _edit("clean up the mats", "clean the mats up", "make the mats look clean"),
    ),
    (
        "make the sensei look older, grey beard n stuff",
        False,
        UPLOAD,
        "edit",
        _edit("make the sensei look older, grey beard n stuff", "make the sensei look older with a grey beard"),
    ),
    (
        "ad a vending machine next to the dryers",
        False,
        UPLOAD,
        "edit",
        _edit("add a vending machine next to the dryers", "ad a vending machine next to the dryers"),
    ),
    (
        "replace the flourescent lights with warm bulbs",
        False,
        UPLOAD,
        "edit",
        _edit("replace the fluorescent lights with warm bulbs", "replace the flourescent lights with warm bulbs"),
    ),
    ("sky → purple pls", False, UPLOAD, "edit", _edit("make the sky purple", "sky purple")),
    ("horse next to yurt", False, UPLOAD, "edit", _edit("add a horse next to the yurt", "horse next to yurt")),
    (
        "could you perhaps, if it's not too much trouble, darken the shadows under the awning a touch",
        False,
        UPLOAD,
        "edit",
        _edit("darken the shadows under the awning a touch"),
    ),
    (
        "make the minaret taller like 2x",
        False,
        UPLOAD,
        "edit",
        _edit("make the minaret taller like 2x", "make the minaret twice as tall", "make the minaret 2x taller"),
    ),
    ("WHY IS THE SKY SO GREY. make it blue", False, UPLOAD, "edit", _edit("make the sky blue")),
    (
        "the balls on the table r all over the place, rack them up nice",
        False,
        UPLOAD,
        "edit",
        _edit("rack up the balls on the table", "rack the balls up", "rack up the balls"),
    ),
    (
        "pls erase that ugly watermark in the corner thx",
        False,
        UPLOAD,
        "edit",
        _edit("erase that ugly watermark in the corner", "erase the ugly watermark in the corner"),
    ),
    (
        "give the cyclist a aero helmet",
        False,
        UPLOAD,
        "edit",
        _edit("give the cyclist an aero helmet", "give the cyclist a aero helmet"),
    ),
    (
        "make it look like 1920s newspaper photo",
        False,
        UPLOAD,
        "edit",
        _edit("make it look like a 1920s newspaper photo", "make it look like 1920s newspaper photo"),
    ),
    (
        "add sum steam coming out of the tea glasses",
        False,
        UPLOAD,
        "edit",
        _edit("add some steam coming out of the tea glasses", "add sum steam coming out of the tea glasses"),
    ),
    (
        "it's too dark in the shop, brighten pls",
        False,
        UPLOAD,
        "edit",
        _edit("brighten the shop", "brighten it", "make the shop brighter"),
    ),
    (
        "make this look warmer",
        False,
        UPLOAD,
        "edit",
        _edit("make this look warmer", "make it look warmer", "make the photo look warmer"),
    ),
    (
        "the letters on the sign shuold say OPEN",
        False,
        UPLOAD,
        "edit",
        _edit("make the letters on the sign say open", "make the letters on the sign shuold say open"),
    ),
    (
        "please to remove the man with hat from behind",
        False,
        UPLOAD,
        "edit",
        _edit("remove the man with hat from behind", "remove the man with the hat from behind"),
    ),
    (
        "mak the dryer doors all open",
        False,
        UPLOAD,
        "edit",
        _edit("make the dryer doors all open", "mak the dryer doors all open"),
    ),
    (
        "hey!! so basically i need the tarp gone, the blue one",
        False,
        UPLOAD,
        "edit",
        _edit("remove the blue tarp", "get rid of the blue tarp", "remove the tarp, the blue one"),
    ),
    (
        "make the whole vibe more moody ngl",
        False,
        UPLOAD,
        "edit",
        _edit("make the whole vibe more moody", "make the whole vibe more moody ngl"),
    ),
    (
        "yo add some drip to the barber, gold chains n all",
        False,
        UPLOAD,
        "edit",
        _edit(
            "add gold chains to the barber",
            "add some drip to the barber, gold chains n all",
            "add some drip to the barber",
        ),
    ),
    (
        "bitte make the snow on the yurt more thick",
        False,
        UPLOAD,
        "edit",
        _edit("make the snow on the yurt more thick", "make the snow on the yurt thicker"),
    ),
    # messy follow-up requests after edits
    (
        "now make the gondolier wave at the camera",
        False,
        GONDOLA,
        "edit",
        _edit("make the gondolier wave at the camera"),
    ),
    (
        "add a red finder scope on it",
        False,
        OBSERVATORY,
        "edit",
        _edit("add a red finder scope on the telescope", "add a red finder scope on it"),
    ),
    (
        "make them look more worn",
        False,
        DOJO,
        "edit",
        _edit("make the karate belts look more worn", "make the belts look more worn"),
    ),
    (
        "k now put a laundry basket on the folding table",
        False,
        LAUNDROMAT,
        "edit",
        _edit("put a laundry basket on the folding table"),
    ),
    ("add smoke from the chimney pipe", False, YURT, "edit", _edit("add smoke from the chimney pipe")),
    ("now the balls should be shinier", False, SNOOKER, "edit", _edit("make the balls shinier")),
    ("put the name 'Maria II' on the hull", False, FERRY, "edit", _edit("put the name 'maria ii' on the hull")),
    ("plz blur the crowd in the back", False, VELODROME, "edit", _edit("blur the crowd in the back")),
    (
        "add a guy in an apron setting type by hand",
        False,
        PRINTSHOP,
        "edit",
        _edit("add a guy in an apron setting type by hand"),
    ),
    (
        "lovely!! can the barber have a handlebar mustache",
        False,
        BARBERSHOP,
        "edit",
        _edit("give the barber a handlebar mustache", "can the barber have a handlebar mustache"),
    ),
    ("the tea glasses too pls", False, BAZAAR[:2], "edit", _edit("make the tea glasses more vivid")),
    (
        "more snow",
        False,
        YURT,
        "retry",
        _retry("stronger"),
    ),
    ("again, diff seed", False, SNOOKER, "retry", _retry()),
    # undo in a few ways
    ("put the sock back", False, LAUNDROMAT, "undo", _goto(1)),
    ("undo undo undo", False, BAZAAR, "undo", _goto(1)),
    ("undo all of it", False, FERRY, "undo", _goto(0)),
    ("that last one was a mistake, undo", False, GONDOLA, "undo", _goto(3)),
)
"""Messy plain edits, a couple of retries and undo."""

PHOTOS: tuple[Dev, ...] = (
    # a second photo: caption, edit caption, "same thing"
    ("and this is the telescope inside", True, AFTER_STARS, "caption", ()),
    ("heres another yurt from the trip", True, AFTER_YURT, "caption", ()),
    ("this ones from the velodrome in roubaix, lemme think what to do", True, AFTER_VELODROME, "caption", ()),
    ("my grandpa's barbershop in 1974 😭", True, UPLOAD, "caption", ()),
    ("second pic from the bazaar, same thing pls", True, AFTER_BAZAAR, "edit", _edit("add a cat sleeping on the rug")),
    (
        "same for this one but blue",
        True,
        AFTER_SNOOKER,
        "edit",
        _edit("make the snooker cloth blue", "make the snooker cloth a deeper blue"),
    ),
    (
        "new one, pls put water in this quarry too",
        True,
        AFTER_QUARRY,
        "edit",
        _edit("fill the quarry pit with turquoise water", "put water in this quarry", "put water in the quarry"),
    ),
    (
        "other side of the yurt, can you remove the satellite dish",
        True,
        AFTER_YURT,
        "edit",
        _edit("remove the satellite dish"),
    ),
    # talk and questions about going back
    ("wait can i go back to an older version later if i dont like it?", False, BAZAAR, "talk", ()),
    ("does going back delete the newer ones?", False, GONDOLA, "talk", ()),
    ("ok the straw hat looks way better, thanks", False, GONDOLA, "talk", ()),
    ("can u make a timelapse of all the rounds as a video", False, MINARET, "talk", ()),
)
"""Photos with words, and talk about going back."""

R14C: tuple[Dev, ...] = (*GOTO, *LOOK, *EARLIER, *SESSION, *MULTI, *PLAIN, *PHOTOS)
"""Every turn whose state has its last round current."""

R14C_MOVED: tuple[tuple[int, Dev], ...] = (
    # redo, forward, back to the newest: only from an earlier current round
    (2, ("ok redo that, i want the lumberjack back", False, SAWMILL, "redo", _goto(3))),
    (1, ("redo both", False, SAWMILL, "redo", _goto(3))),
    (1, ("go forward one", False, SAWMILL, "redo", _goto(2))),
    (0, ("redo", False, SAWMILL, "redo", _goto(1))),
    (1, ("take me to the newest version", False, SAWMILL, "goto", _goto(3))),
    (1, ("undo again", False, SAWMILL, "undo", _goto(0))),
    (2, ("bring back the lumberjack", False, SAWMILL, "goto", _goto(3))),
    (2, ("actualy redo it", False, BAZAAR, "redo", _goto(3))),
    (2, ("ctrl y ctrl y", False, BAZAAR, "redo", _goto(4))),
    (3, ("bring the cat back", False, BAZAAR, "goto", _goto(4))),
    (1, ("forward 2 steps", False, BAZAAR, "redo", _goto(3))),
    (3, ("redo the green water", False, GONDOLA, "redo", _goto(4))),
    (3, ("redo the white telescope pls", False, OBSERVATORY, "redo", _goto(4))),
    (1, ("redo the stars", False, OBSERVATORY, "redo", _goto(2))),
    (0, ("redo the dome", False, OBSERVATORY, "redo", _goto(1))),
    (1, ("nah redo, the sock can go", False, LAUNDROMAT, "redo", _goto(2))),
    (1, ("redo once", False, DOJO, "redo", _goto(2))),
    (2, ("go forward", False, DOJO, "redo", _goto(3))),
    (0, ("redo all 3", False, DOJO, "redo", _goto(3))),
    (2, ("ctrl+shift+z", False, MINARET, "redo", _goto(3))),
    (1, ("redo redo", False, MINARET, "redo", _goto(3))),
    (2, ("hmm no put the lit windows back", False, MINARET, "goto", _goto(3))),
    (1, ("redo the cyclist", False, VELODROME, "redo", _goto(2))),
    (0, ("redo, i want the water back", False, QUARRY, "redo", _goto(1))),
    (0, ("oops i didnt mean to undo, put the snow back", False, YURT, "redo", _goto(1))),
    (0, ("redo it", False, SNOOKER, "redo", _goto(1))),
    (1, ("redo the seagulls", False, FERRY, "redo", _goto(2))),
    (2, ("go to the newest round", False, FERRY, "goto", _goto(3))),
    (1, ("two steps forward", False, DOJO, "redo", _goto(3))),
    # other turns from an earlier current round
    (2, ("show me the latest one", False, BAZAAR, "show", _show(4))),
    (2, ("compare this with the cat version", False, BAZAAR, "compare", _compare(2, 4))),
    (
        2,
        (
            "from the newest version, add a parrot on the lantern",
            False,
            BAZAAR,
            "edit",
            _edit_on(4, "add a parrot on the lantern"),
        ),
    ),
    (2, ("add a pile of saffron in front", False, BAZAAR, "edit", _edit("add a pile of saffron in front"))),
    (
        1,
        (
            "now add a wooden practice sword on the rack",
            False,
            DOJO,
            "edit",
            _edit("add a wooden practice sword on the rack"),
        ),
    ),
    (
        0,
        ("from the latest one, add a gong in the corner", False, DOJO, "edit", _edit_on(3, "add a gong in the corner")),
    ),
    (1, ("where am i now", False, DOJO, "status", STATUS)),
    (1, ("share this version", False, SAWMILL, "share", SHARE)),
    (0, ("undo that edit", False, QUARRY, "clarify", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r14c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R14C`, then the moved ones)."""
    return with_moved(R14C, "r14c", R14C_MOVED, "r14c_moved")
