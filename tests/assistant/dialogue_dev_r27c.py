"""Round 27, set c: corrections, references and comparisons in sessions that branched.

Written by hand from what a demanding user wants (the issue's table and its "What to build" list), before
the dialogue model was run on any of it, about photos no other set uses: punting on a river under a
willow, a climber abseiling down a sea cliff, a theremin player in a living room, hikers at a volcanic
caldera, an icebreaker in the pack ice, children at a rock pool, a stone circle at dawn, a carnival float
with dancers, a steelpan band on a beach, a fire breather at a street fair, a beatboxer at an open mic, a
bridge club's card table, an old lime kiln on a hillside and a salt marsh with egrets. Sessions have 2 to
6 edits, some with retries and corrections made beside the edit they redo (siblings), some after a goto
back to another branch, some with the current round an older one.

Five families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few in capitals): corrections ("no, I meant the X", "not the
X, the Y", "actually Y instead": a colour, a size, a count, a thing) after a plain edit, after a retry and
after an earlier correction, each redoing the last edit from its parent; rounds named by what is in them
("before the Y", "when the X was still there", "the one with the X but no Y"); rounds named by position
(steps back, the first edit, the second try, round numbers); show and compare; and goto versus show
versus an edit made from an older round. About a quarter of each family are near misses whose right
answer is another act: an edit on top ("also the Y"), praise that keeps the edit, references that name
no round of the session (answered in words), a vague rejection, a show instead of a goto. The cases have
the development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current
round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    Dev,
    _compare,
    _edit,
    _fix,
    _goto,
    _show,
    with_moved,
)
from tests.assistant.dialogue_validation_second import _edit_on, _undo_then

PUNT = (
    (None, None),
    (0, "make the punt dark green"),
    (1, "add ducks swimming beside the punt"),
    (2, "make the willow tree golden"),
)
"""Punting on a river under a willow, with three edits, each on the one before."""
PUNT_RETRIED = (*PUNT, (2, "make the willow tree golden"))
"""The punt after a retry: round 4 is a second try of the golden willow (round 3), from round 2."""
ABSEIL = (
    (None, None),
    (0, "make the climber's helmet orange"),
    (0, "make the climber's helmet orange"),
    (2, "add seagulls over the cliff"),
)
"""A climber abseiling down a sea cliff: the helmet tried twice from the upload, seagulls on the second try."""
ABSEIL_RETRIED = ABSEIL[:3]
"""The abseiler right after the retry of the helmet: rounds 1 and 2 are both from the upload."""
THEREMIN = (
    (None, None),
    (0, "make the velvet curtain purple"),
    (1, "add a black cat on the piano"),
    (1, "add a black cat on the armchair"),
)
"""A theremin player after a correction: round 3 (the cat on the armchair) was made from round 1 beside round 2."""
THEREMIN_TWICE = (*THEREMIN, (1, "add a ginger cat on the armchair"))
"""The theremin player after two corrections: rounds 2 to 4 were all made from round 1."""
CALDERA = (
    (None, None),
    (0, "make the crater lake turquoise"),
    (1, "add steam rising from the vents"),
    (2, "remove the hikers on the rim"),
    (3, "turn the sky into a sunset"),
)
"""Hikers at a volcanic caldera with four edits, each on the one before."""
ICEBREAKER = (
    (None, None),
    (0, "paint the hull red"),
    (1, "add seals on the ice"),
    (1, "add a helicopter on the deck"),
    (3, "make the ice look thicker"),
)
"""An icebreaker after a goto: round 3 was made from round 1 beside round 2 (the seals), round 4 from round 3."""
ROCKPOOL = ((None, None), (0, "add a starfish in the pool"), (1, "make the bucket yellow"))
"""Children at a rock pool with two edits."""
ROCKPOOL_RETRIED = (*ROCKPOOL, (1, "make the bucket yellow"))
"""The rock pool after a retry: round 3 is a second try of the yellow bucket, from round 1."""
ROCKPOOL_FIXED = (*ROCKPOOL, (1, "make the net yellow"))
"""The rock pool after a correction: round 3 (the yellow net) was made from round 1 beside round 2."""
STONES = (
    (None, None),
    (0, "add fog around the stones"),
    (1, "remove the sheep"),
    (2, "make the sky pink"),
    (3, "add a raven on the tallest stone"),
    (4, "make the grass greener"),
)
"""A stone circle at dawn with five edits, each on the one before."""
FLOAT = (
    (None, None),
    (0, "make the dancers' headdresses gold"),
    (0, "make the dancers' headdresses silver"),
    (2, "add confetti in the air"),
    (2, "add confetti in the air"),
)
"""A carnival float: gold headdresses corrected to silver (both from the upload), then confetti tried twice."""
FLOAT_FIXED = FLOAT[:3]
"""The carnival float right after the correction to silver: rounds 1 and 2 are both from the upload."""
STEELPAN = ((None, None), (0, "make the steel pans shine"), (1, "add palm trees behind the band"))
"""A steelpan band on a beach with two edits."""
FIRE = ((None, None), (0, "make the flame bigger"), (0, "make the flame bigger"), (0, "make the flame bigger"))
"""A fire breather at a street fair: the same edit tried three times, each from the upload."""
FIRE_ON = (*FIRE, (3, "blur the crowd behind him"))
"""The fire breather with an edit on the third try."""
BEATBOX = (
    (None, None),
    (0, "make the spotlight blue"),
    (1, "add a crowd in front of the stage"),
    (2, "remove the mic stand"),
)
"""A beatboxer at an open mic with three edits, each on the one before."""
BRIDGECLUB = (
    (None, None),
    (0, "make the tablecloth green"),
    (1, "add a teapot on the table"),
    (2, "make the cards bigger"),
    (2, "make the cards bigger"),
    (4, "put a vase of roses by the window"),
    (5, "make the lighting warmer"),
)
"""A bridge club's card table with six edits: the cards tried twice from round 2, the rest on the second try."""
KILN = ((None, None), (0, "add ivy on the kiln"), (1, "make the sky stormy"), (1, "make the sky clear blue"))
"""An old lime kiln after a correction: round 3 (the clear sky) was made from round 1 beside round 2 (stormy)."""
MARSH = (
    (None, None),
    (0, "add egrets in the reeds"),
    (1, "make the water silver"),
    (2, "add a wooden boardwalk"),
    (3, "remove the power lines"),
)
"""A salt marsh with four edits, each on the one before."""

CORRECTIONS: tuple[Dev, ...] = (
    # after a plain edit: the thing, the colour, the size or the count was wrong
    ("noo not palm trees, banana trees", False, STEELPAN, "correction", _fix("add banana trees behind the band")),
    (
        "i meant behind the drummer, not the whole band",
        False,
        STEELPAN,
        "correction",
        _fix("add palm trees behind the drummer"),
    ),
    (
        "actualy just 2 palm trees instead",
        False,
        STEELPAN,
        "correction",
        _fix("add 2 palm trees behind the band", "add two palm trees behind the band"),
    ),
    ("not the pans, the drumsticks!!", False, STEELPAN[:2], "correction", _fix("make the drumsticks shine")),
    ("hmm no i meant sunrise", False, CALDERA, "correction", _fix("turn the sky into a sunrise")),
    (
        "actually a starry night sky instead pls",
        False,
        CALDERA,
        "correction",
        _fix("turn the sky into a starry night", "turn the sky into a starry night sky"),
    ),
    ("emerald, not turquoise", False, CALDERA[:2], "correction", _fix("make the crater lake emerald")),
    (
        "no i meant the tents on the rim, leave the hikers",
        False,
        CALDERA[:4],
        "correction",
        _fix("remove the tents on the rim"),
    ),
    ("sorry, i meant the pylons not the power lines", False, MARSH, "correction", _fix("remove the pylons")),
    ("not wooden, a metal one", False, MARSH[:4], "correction", _fix("add a metal boardwalk")),
    ("herons!! not egrets", False, MARSH[:2], "correction", _fix("add herons in the reeds")),
    (
        "actually only one egret instead of a whole bunch",
        False,
        MARSH[:2],
        "correction",
        _fix("add an egret in the reeds", "add one egret in the reeds"),
    ),
    ("wrong thing, the amp not the mic stand", False, BEATBOX, "correction", _fix("remove the amp")),
    ("actually magenta instead", False, BEATBOX[:2], "correction", _fix("make the spotlight magenta")),
    ("NOT BLUE. I SAID RED.", False, BEATBOX[:2], "correction", _fix("make the spotlight red")),
    (
        "i meant a small crowd, thats way too many ppl",
        False,
        BEATBOX[:3],
        "correction",
        _fix("add a small crowd in front of the stage"),
    ),
    ("not the grass, the moss on the stones", False, STONES, "correction", _fix("make the moss on the stones greener")),
    ("i meant an owl", False, STONES[:5], "correction", _fix("add an owl on the tallest stone")),
    ("no no on the smallest stone", False, STONES[:5], "correction", _fix("add a raven on the smallest stone")),
    (
        "actually 3 ravens instead",
        False,
        STONES[:5],
        "correction",
        _fix("add 3 ravens on the tallest stone", "add three ravens on the tallest stone"),
    ),
    (
        "i wanted a HUGE raven, not a tiny one",
        False,
        STONES[:5],
        "correction",
        _fix("add a huge raven on the tallest stone"),
    ),
    ("no i meant thinner not thicker", False, ICEBREAKER, "correction", _fix("make the ice look thinner")),
    ("black, not red", False, ICEBREAKER[:2], "correction", _fix("paint the hull black")),
    ("i said cooler light not warmer", False, BRIDGECLUB, "correction", _fix("make the lighting cooler")),
    ("a coffee pot i meant, not a teapot", False, BRIDGECLUB[:3], "correction", _fix("add a coffee pot on the table")),
    (
        "Sorry, my mistake. I wanted the tablecloth dark red, not green.",
        False,
        BRIDGECLUB[:2],
        "correction",
        _fix("make the tablecloth dark red"),
    ),
    ("not the bucket, the spade", False, ROCKPOOL, "correction", _fix("make the spade yellow")),
    ("lime green instead pls", False, ROCKPOOL, "correction", _fix("make the bucket lime green")),
    (
        "i said three starfish",
        False,
        ROCKPOOL[:2],
        "correction",
        _fix("add three starfish in the pool", "add 3 starfish in the pool"),
    ),
    ("no a crab, not a starfish", False, ROCKPOOL[:2], "correction", _fix("add a crab in the pool")),
    ("not golden, more like autumn red", False, PUNT, "correction", _fix("make the willow tree autumn red")),
    ("i meant the oak on the other bank", False, PUNT, "correction", _fix("make the oak on the other bank golden")),
    ("the pole, not the punt", False, PUNT[:2], "correction", _fix("make the pole dark green")),
    (
        "ducklings i meant, those ducks r massive",
        False,
        PUNT[:3],
        "correction",
        _fix("add ducklings swimming beside the punt"),
    ),
    ("not seagulls, puffins", False, ABSEIL, "correction", _fix("add puffins over the cliff")),
    ("i meant blur the stalls not the crowd", False, FIRE_ON, "correction", _fix("blur the stalls behind him")),
    # after a retry: the latest try made again from the same parent with the corrected instruction
    (
        "no wait, i meant the weeping willow on the left",
        False,
        PUNT_RETRIED,
        "correction",
        _fix("make the weeping willow on the left golden"),
    ),
    ("actually silver instead", False, PUNT_RETRIED, "correction", _fix("make the willow tree silver")),
    ("not orange!! lime green pls", False, ABSEIL_RETRIED, "correction", _fix("make the climber's helmet lime green")),
    (
        "i meant the rope not the helmet",
        False,
        ABSEIL_RETRIED,
        "correction",
        _fix("make the climber's rope orange", "make the rope orange"),
    ),
    ("the net!! not the bucket", False, ROCKPOOL_RETRIED, "correction", _fix("make the net yellow")),
    ("mustard i meant, not yellow", False, ROCKPOOL_RETRIED, "correction", _fix("make the bucket mustard")),
    (
        "not bigger, i meant blue flames",
        False,
        FIRE,
        "correction",
        _fix("make the flame blue", "make the flames blue"),
    ),
    ("i meant longer, not bigger", False, FIRE, "correction", _fix("make the flame longer")),
    ("streamers instead of confetti", False, FLOAT, "correction", _fix("add streamers in the air")),
    ("no, gold confetti", False, FLOAT, "correction", _fix("add gold confetti in the air")),
    ("not the cards, the scorepad", False, BRIDGECLUB[:5], "correction", _fix("make the scorepad bigger")),
    ("smaller!! i meant smaller", False, BRIDGECLUB[:5], "correction", _fix("make the cards smaller")),
    # after an earlier correction: the latest correction made again from the same parent
    ("not black, ginger", False, THEREMIN, "correction", _fix("add a ginger cat on the armchair")),
    (
        "a dog!! not a cat lol",
        False,
        THEREMIN,
        "correction",
        _fix("add a black dog on the armchair", "add a dog on the armchair"),
    ),
    ("on the rug, not the armchair", False, THEREMIN, "correction", _fix("add a black cat on the rug")),
    ("no, a ginger kitten", False, THEREMIN_TWICE, "correction", _fix("add a ginger kitten on the armchair")),
    (
        "actually two of them",
        False,
        THEREMIN_TWICE,
        "correction",
        _fix("add two ginger cats on the armchair", "add 2 ginger cats on the armchair"),
    ),
    ("hmm no, pale blue", False, KILN, "correction", _fix("make the sky pale blue")),
    (
        "actually sunset instead",
        False,
        KILN,
        "correction",
        _fix("make the sky a sunset", "make the sky sunset", "turn the sky into a sunset"),
    ),
    (
        "not silver either, rainbow ones",
        False,
        FLOAT_FIXED,
        "correction",
        _fix("make the dancers' headdresses rainbow", "make the dancers' headdresses rainbow coloured"),
    ),
    (
        "i meant the skirts, not the headdresses",
        False,
        FLOAT_FIXED,
        "correction",
        _fix("make the dancers' skirts silver", "make the skirts silver"),
    ),
    ("orange not yellow pls", False, ROCKPOOL_FIXED, "correction", _fix("make the net orange")),
    ("still wrong, the spade", False, ROCKPOOL_FIXED, "correction", _fix("make the spade yellow")),
    # near misses: an edit on top, keeping the edit, a vague rejection, nothing edited yet
    ("also the spade", False, ROCKPOOL, "edit", _edit("make the spade yellow")),
    ("the drumsticks too", False, STEELPAN[:2], "edit", _edit("make the drumsticks shine")),
    ("and now make the lamp purple", False, THEREMIN, "edit", _edit("make the lamp purple")),
    ("and the funnel too pls", False, ICEBREAKER[:2], "edit", _edit("paint the funnel red", "make the funnel red")),
    ("now the oak too", False, PUNT, "edit", _edit("make the oak golden")),
    ("the backdrop as well", False, BEATBOX[:2], "edit", _edit("make the backdrop blue")),
    ("nice, and now the balloons gold", False, FLOAT_FIXED, "edit", _edit("make the balloons gold")),
    ("and remove the fence as well", False, MARSH, "edit", _edit("remove the fence")),
    ("also add a heron next to the egrets", False, MARSH[:2], "edit", _edit("add a heron next to the egrets")),
    (
        "actually, add a kingfisher on the boardwalk",
        False,
        MARSH,
        "edit",
        _edit("add a kingfisher on the boardwalk"),
    ),
    ("the bucket is fine, leave it", False, ROCKPOOL, "talk", ()),
    ("the armchair is fine 👍 thanks", False, THEREMIN, "talk", ()),
    ("clear blue is fine actually, dont redo it", False, KILN, "talk", ()),
    ("the flame is fine now, third time lucky", False, FIRE, "talk", ()),
    ("sunset is perfect, leave it", False, CALDERA, "talk", ()),
    ("silver's ok i guess", False, FLOAT_FIXED, "talk", ()),
    ("no i meant it when i said golden, its perfect", False, PUNT, "talk", ()),
    ("nah not that", False, BEATBOX, "clarify", ()),
    ("ugh you picked the wrong thing", False, CALDERA, "clarify", ()),
    ("not the sheep, the ravens", False, STONES[:1], "clarify", ()),
)
"""Corrections after a plain edit, a retry and an earlier correction, and near misses."""

BY_CONTENT: tuple[Dev, ...] = (
    # a round named by what is in it, before or after an edit, or what an edit changed
    ("go back to the one with just the green punt", False, PUNT, "goto", _goto(1)),
    ("back to before the ducks pls", False, PUNT, "goto", _goto(1)),
    ("can we go back to before u made the willow golden", False, PUNT, "goto", _goto(2)),
    ("take me back to when the willow was still green", False, PUNT, "goto", _goto(2)),
    ("revert to the version with the ducks but the old willow", False, PUNT, "goto", _goto(2)),
    ("go back to before the punt got painted", False, PUNT, "goto", _goto(0)),
    ("back to before the seagulls", False, ABSEIL, "goto", _goto(2)),
    ("return to when the helmet wasnt orange yet", False, ABSEIL, "goto", _goto(0)),
    ("go back to the one with the cat on the piano", False, THEREMIN, "goto", _goto(2)),
    ("go back to before any cat", False, THEREMIN, "goto", _goto(1)),
    ("the pic with the purple curtain but no cat, go back to that", False, THEREMIN, "goto", _goto(1)),
    ("go to the one where the hikers were still there", False, CALDERA, "goto", _goto(2)),
    ("revert to before the sunset", False, CALDERA, "goto", _goto(3)),
    ("back to when the lake still had its normal colour", False, CALDERA, "goto", _goto(0)),
    ("the version with the steam and the hikers pls, go back there", False, CALDERA, "goto", _goto(2)),
    ("go back to the seals one", False, ICEBREAKER, "goto", _goto(2)),
    ("revert to before the helicopter", False, ICEBREAKER, "goto", _goto(1)),
    ("back to the helicopter version where the ice was still thin", False, ICEBREAKER, "goto", _goto(3)),
    ("go back to before the starfish", False, ROCKPOOL, "goto", _goto(0)),
    ("back to the one with the starfish but the old bucket", False, ROCKPOOL, "goto", _goto(1)),
    ("go back to when the sheep were still there", False, STONES, "goto", _goto(1)),
    ("back to before you added the raven", False, STONES, "goto", _goto(3)),
    ("the one with the pink sky but no raven, take me there", False, STONES, "goto", _goto(3)),
    ("revert to when the sky wasnt pink yet", False, STONES, "goto", _goto(2)),
    ("back to before the fog", False, STONES, "goto", _goto(0)),
    ("go back to the gold headdresses", False, FLOAT, "goto", _goto(1)),
    ("back to the silver headdresses without confetti", False, FLOAT, "goto", _goto(2)),
    ("back to before the confetti pls", False, FLOAT, "goto", _goto(2)),
    ("revert to before the palm trees", False, STEELPAN, "goto", _goto(1)),
    ("go back to before you blurred the crowd", False, FIRE_ON, "goto", _goto(3)),
    ("back to the one where the crowd was still sharp", False, FIRE_ON, "goto", _goto(3)),
    ("back to when the mic stand was still there", False, BEATBOX, "goto", _goto(2)),
    ("the blue spotlight one with no crowd, go back to it", False, BEATBOX, "goto", _goto(1)),
    ("go back to before the roses", False, BRIDGECLUB, "goto", _goto(4)),
    ("revert to before the cards got bigger", False, BRIDGECLUB, "goto", _goto(2)),
    ("back to before the teapot", False, BRIDGECLUB, "goto", _goto(1)),
    ("go back to when the tablecloth wasnt green yet", False, BRIDGECLUB, "goto", _goto(0)),
    ("go back to the stormy sky one", False, KILN, "goto", _goto(2)),
    ("back to the ivy one before any sky changes", False, KILN, "goto", _goto(1)),
    ("back to when the power lines were still there", False, MARSH, "goto", _goto(3)),
    ("revert to before the boardwalk", False, MARSH, "goto", _goto(2)),
    (
        "take me to the version with the egrets but the water not silver yet",
        False,
        MARSH,
        "goto",
        _goto(1),
    ),
    # near misses: no round has it (answered in words), a show, talk, a goto then an edit
    ("go back to the one with the swans", False, PUNT, "talk", ()),
    ("back to the version with the rainbow", False, CALDERA, "talk", ()),
    ("revert to the one with the seals and the helicopter", False, ICEBREAKER, "talk", ()),
    ("back to before the horses", False, STONES, "talk", ()),
    ("back to before the lightning strike", False, KILN, "talk", ()),
    ("back to when the cat was on the sofa", False, THEREMIN, "talk", ()),
    ("show me the one where the sheep were still there", False, STONES, "show", _show(1)),
    ("lemme see the version before the raven, dont switch tho", False, STONES, "show", _show(3)),
    ("the version with the ducks was so cute lol", False, PUNT, "talk", ()),
    ("the one with the sheep was my fav but keep this one", False, STONES, "talk", ()),
    (
        "go back to before the cat, and make the curtain green",
        False,
        THEREMIN,
        "edit",
        (
            ("revert", {"round": 1}),
            ("edit_image", {"instruction": ("make the curtain green", "make the velvet curtain green")}),
        ),
    ),
)
"""Rounds named by content: before an edit, when a thing was still there, with one thing but not another."""

BY_POSITION: tuple[Dev, ...] = (
    # steps back along the current line, the nth edit, the nth try, numbers
    ("pls go two steps back", False, STONES, "goto", _goto(3)),
    ("back 3", False, STONES, "goto", _goto(2)),
    ("rewind it 5 steps", False, STONES, "goto", _goto(0)),
    ("jump 2 steps back pls", False, BRIDGECLUB, "goto", _goto(4)),
    ("take it back three", False, BRIDGECLUB, "goto", _goto(2)),
    ("go back 4 steps please", False, BRIDGECLUB, "goto", _goto(1)),
    ("two steps back plz", False, ICEBREAKER, "goto", _goto(1)),
    ("three steps backwards pls", False, ICEBREAKER, "goto", _goto(0)),
    ("go back two please", False, FLOAT, "goto", _goto(0)),
    ("back to the very first edit we did", False, STONES, "goto", _goto(1)),
    ("hop back to the first edit", False, ICEBREAKER, "goto", _goto(1)),
    ("revert to the 2nd edit", False, CALDERA, "goto", _goto(2)),
    ("back to the second edit pls", False, BRIDGECLUB, "goto", _goto(2)),
    ("go back to the first try of the flame", False, FIRE, "goto", _goto(1)),
    ("the second try was better, go back to it", False, FIRE, "goto", _goto(2)),
    ("back to the first try", False, PUNT_RETRIED, "goto", _goto(3)),
    ("go back to the first helmet try", False, ABSEIL, "goto", _goto(1)),
    ("back to the first try of the bigger cards", False, BRIDGECLUB, "goto", _goto(3)),
    ("the first confetti try pls, go back to it", False, FLOAT, "goto", _goto(3)),
    ("back to the last one before this", False, STONES, "goto", _goto(4)),
    ("go to the one before this one", False, CALDERA, "goto", _goto(3)),
    ("scrap it all, back to the original", False, BRIDGECLUB, "goto", _goto(0)),
    ("revert to the upload", False, ICEBREAKER, "goto", _goto(0)),
    ("go back to the photo i uploaded", False, FLOAT, "goto", _goto(0)),
    ("back to round 2 pls", False, CALDERA, "goto", _goto(2)),
    ("go to #3", False, STONES, "goto", _goto(3)),
    ("revert to r4", False, BRIDGECLUB, "goto", _goto(4)),
    ("switch to version 1", False, MARSH, "goto", _goto(1)),
    ("return to round one pls", False, BEATBOX, "goto", _goto(1)),
    ("go to round 0", False, KILN, "goto", _goto(0)),
    ("pls undo it 2x", False, CALDERA, "goto", _goto(2)),
    ("undo 3 times", False, BRIDGECLUB, "goto", _goto(2)),
    # impossible: beyond the session, negative, fractional, more steps or tries than there are
    ("jump to round 5", False, ICEBREAKER, "talk", ()),
    ("take me back to round 9", False, PUNT, "talk", ()),
    ("can we go to round -1", False, STONES, "talk", ()),
    ("lemme go back to round 2.5", False, CALDERA, "talk", ()),
    ("go 7 steps back", False, STONES, "talk", ()),
    ("back 3 pls", False, FLOAT, "talk", ()),
    ("go back to the 4th try", False, FIRE, "talk", ()),
    ("revert to #12", False, MARSH, "talk", ()),
    ("go to r-2", False, BEATBOX, "talk", ()),
    ("switch to round 1.5 pls", False, THEREMIN, "talk", ()),
    ("switch to the third try", False, PUNT_RETRIED, "talk", ()),
    # near misses: a number inside an edit, a question, a show, talk about a try
    ("write 'round 2' on the scorepad", False, BRIDGECLUB, "edit", _edit("write 'round 2' on the scorepad")),
    (
        "put a big number 3 on the side of the float",
        False,
        FLOAT,
        "edit",
        _edit("put a big number 3 on the side of the float"),
    ),
    ("how many steps back can i go?", False, STONES, "talk", ()),
    ("show me round 2 only", False, CALDERA, "show", _show(2)),
    ("the first try had nicer colours but this one is fine", False, FIRE, "talk", ()),
)
"""Rounds named by position: steps back, the first edit, the nth try, numbers; and impossible ones."""

SHOW_COMPARE: tuple[Dev, ...] = (
    # show a round without moving to it
    ("show me the very first try", False, FIRE, "show", _show(1)),
    ("lemme see the 2nd try real quick", False, FIRE, "show", _show(2)),
    ("show the first try of the willow", False, PUNT_RETRIED, "show", _show(3)),
    ("let me see round 2 again", False, CALDERA, "show", _show(2)),
    ("can i see #4 again? dont switch", False, STONES, "show", _show(4)),
    ("show me the seals one", False, ICEBREAKER, "show", _show(2)),
    ("show the gold headdresses", False, FLOAT, "show", _show(1)),
    ("peek at the original", False, BEATBOX, "show", _show(0)),
    ("show me the one before the roses", False, BRIDGECLUB, "show", _show(4)),
    ("show me the cat on the piano one", False, THEREMIN, "show", _show(2)),
    ("show r1", False, MARSH, "show", _show(1)),
    # compare two rounds: the original and now, two tries, two numbers, two by content
    ("compare the original and now side by side", False, STONES, "compare", _compare(0, 5)),
    ("before/after for the float pls", False, FLOAT, "compare", _compare(0, 4)),
    ("before n after of the ship??", False, ICEBREAKER, "compare", _compare(0, 4)),
    ("og vs current pls", False, BRIDGECLUB, "compare", _compare(0, 6)),
    ("side by side with the original plz", False, KILN, "compare", _compare(0, 3)),
    ("side by side: the first try vs the second", False, FIRE, "compare", _compare(1, 2)),
    ("first try vs second try", False, PUNT_RETRIED, "compare", _compare(3, 4)),
    ("compare the two confetti tries", False, FLOAT, "compare", _compare(3, 4)),
    ("compare round 1 with 3", False, CALDERA, "compare", _compare(1, 3)),
    ("compare 2 & 4", False, MARSH, "compare", _compare(2, 4)),
    ("r1 vs r3", False, BEATBOX, "compare", _compare(1, 3)),
    ("which is better, 2 or 3? cant decide", False, THEREMIN, "compare", _compare(2, 3)),
    ("which looks better, 1 or 2?", False, ABSEIL, "compare", _compare(1, 2)),
    ("which one's nicer, the stormy sky or the clear one?", False, KILN, "compare", _compare(2, 3)),
    ("put the two willow versions next to each other", False, PUNT_RETRIED, "compare", _compare(3, 4)),
    ("the 2 skies side by side pls", False, KILN, "compare", _compare(2, 3)),
    ("put both cat versions next to each other", False, THEREMIN, "compare", _compare(2, 3)),
    ("put the 2 versions next to each other pls", False, STEELPAN[:2], "compare", _compare(0, 1)),
    ("seals vs helicopter", False, ICEBREAKER, "compare", _compare(2, 3)),
    ("compare gold and silver headdresses", False, FLOAT, "compare", _compare(1, 2)),
    ("this vs the previous one, the raven one", False, STONES, "compare", _compare(4, 5)),
    ("compare now with before the sunset", False, CALDERA, "compare", _compare(3, 4)),
    ("compare with 2 steps back", False, BRIDGECLUB, "compare", _compare(4, 6)),
    ("compare the first edit with the last", False, MARSH, "compare", _compare(1, 4)),
    ("compare the net one and the bucket one", False, ROCKPOOL_FIXED, "compare", _compare(2, 3)),
    ("compare the stormy one with the clear one", False, KILN, "compare", _compare(2, 3)),
    # near misses: more than two candidates, no such round, the same round twice, no round named, edits
    ("put the cat versions side by side", False, THEREMIN_TWICE, "clarify", ()),
    ("can u put the 2 versions next to each other", False, FIRE, "clarify", ()),
    ("compare round 2 with round 8", False, CALDERA, "talk", ()),
    ("compare 3 and 3", False, STONES, "talk", ()),
    ("show me round 11", False, BEATBOX, "talk", ()),
    ("show me the version with the lighthouse", False, MARSH, "talk", ()),
    ("compare the seals one with the penguins one", False, ICEBREAKER, "talk", ()),
    ("show the 5th try", False, FIRE, "talk", ()),
    ("ok compare em", False, BRIDGECLUB, "clarify", ()),
    ("show me pls", False, STONES, "clarify", ()),
    ("the before and after is wild", False, CALDERA, "talk", ()),
    ("which is better for the hull, red or black?", False, ICEBREAKER, "talk", ()),
    (
        "make the two stones next to the raven match",
        False,
        STONES,
        "edit",
        _edit("make the two stones next to the raven match"),
    ),
    ("put the teapot next to the roses", False, BRIDGECLUB, "edit", _edit("put the teapot next to the roses")),
)
"""Show a round, compare two rounds, and near misses."""

GOTO_SHOW_EDIT: tuple[Dev, ...] = (
    # goto: move to the round and go on from it
    ("go with round 2", False, CALDERA, "goto", _goto(2)),
    ("ok lets go with the first try", False, FIRE, "goto", _goto(1)),
    ("i'll take the stormy one, use that", False, KILN, "goto", _goto(2)),
    ("continue from the seals version", False, ICEBREAKER, "goto", _goto(2)),
    ("round 3 it is", False, BRIDGECLUB, "goto", _goto(3)),
    # show: only look
    ("just show 2", False, STONES, "show", _show(2)),
    ("only show me round 1, dont change anything", False, MARSH, "show", _show(1)),
    ("show 3 but stay on this one", False, BRIDGECLUB, "show", _show(3)),
    # an edit made from an older round
    (
        "take round 2 and add a crab next to the starfish",
        False,
        ROCKPOOL_RETRIED,
        "edit",
        _edit_on(2, "add a crab next to the starfish"),
    ),
    ("from the original, remove the mic stand", False, BEATBOX, "edit", _edit_on(0, "remove the mic stand")),
    ("from the original pic, make the sky orange", False, STONES, "edit", _edit_on(0, "make the sky orange")),
    (
        "on the first try, blur the crowd behind him",
        False,
        FIRE_ON,
        "edit",
        _edit_on(1, "blur the crowd behind him"),
    ),
    (
        "take the seals one and paint the funnel yellow",
        False,
        ICEBREAKER,
        "edit",
        _edit_on(2, "paint the funnel yellow"),
    ),
    ("using round 2, add a rainbow over the lake", False, CALDERA, "edit", _edit_on(2, "add a rainbow over the lake")),
    (
        "from the cat on the piano version, make the piano white",
        False,
        THEREMIN,
        "edit",
        _edit_on(2, "make the piano white"),
    ),
    (
        "go back to the gold headdresses and add confetti in the air",
        False,
        FLOAT,
        "edit",
        _undo_then(1, "add confetti in the air"),
    ),
    ("from round 1, add a kingfisher on a post", False, MARSH, "edit", _edit_on(1, "add a kingfisher on a post")),
    ("take v2 and add a plate of biscuits", False, BRIDGECLUB, "edit", _edit_on(2, "add a plate of biscuits")),
    ("on the original, make the punt red", False, PUNT, "edit", _edit_on(0, "make the punt red")),
    ("take the stormy sky one and add lightning", False, KILN, "edit", _edit_on(2, "add lightning")),
    (
        "back to round 1 and then add a drummer on the left",
        False,
        STEELPAN,
        "edit",
        _undo_then(1, "add a drummer on the left"),
    ),
    # near misses: not now, no round named, an impossible round, keeping the current one
    ("i'll go with round 2 later, not yet", False, CALDERA, "talk", ()),
    ("round 2 or 3, hmm, let me think", False, THEREMIN, "talk", ()),
    ("make the lake green", False, CALDERA, "edit", _edit("make the lake green", "make the crater lake green")),
    ("take the raven and make it white", False, STONES, "edit", _edit("make the raven white")),
    ("keep this one, im done", False, BRIDGECLUB, "talk", ()),
    ("round 2 was the one my sister liked", False, MARSH, "talk", ()),
    ("take round 7 and make it brighter", False, CALDERA, "talk", ()),
)
"""Goto versus show versus an edit made from an older round, and near misses."""

R27C: tuple[Dev, ...] = (*CORRECTIONS, *BY_CONTENT, *BY_POSITION, *SHOW_COMPARE, *GOTO_SHOW_EDIT)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # the bridge club, back on the teapot (round 2)
    (2, ("take me forward to the latest one", False, BRIDGECLUB, "goto", _goto(6))),
    (2, ("just show me the newest one, dont move me", False, BRIDGECLUB, "show", _show(6))),
    (2, ("compare this with the final version", False, BRIDGECLUB, "compare", _compare(2, 6))),
    (2, ("two more steps back", False, BRIDGECLUB, "goto", _goto(0))),
    (2, ("now add a plate of biscuits", False, BRIDGECLUB, "edit", _edit("add a plate of biscuits"))),
    # the stone circle, back on the pink sky (round 3)
    (3, ("ok now back 2 from here", False, STONES, "goto", _goto(1))),
    (3, ("one forward pls", False, STONES, "goto", _goto(4))),
    (3, ("redo 2x please", False, STONES, "redo", _goto(5))),
    (3, ("compare where im at with the latest", False, STONES, "compare", _compare(3, 5))),
    (3, ("when the sheep were still there, go back to that", False, STONES, "goto", _goto(1))),
    # the fire breather, back on the first try
    (1, ("actually go with the second try", False, FIRE_ON, "goto", _goto(2))),
    (1, ("compare this with the third try", False, FIRE_ON, "compare", _compare(1, 3))),
    (1, ("show me the blurred crowd one", False, FIRE_ON, "show", _show(4))),
    (1, ("blur the crowd behind him on this one", False, FIRE, "edit", _edit("blur the crowd behind him"))),
    # the icebreaker, back on the seals branch (round 2)
    (2, ("go to the 1st edit instead", False, ICEBREAKER, "goto", _goto(1))),
    (2, ("back two steps from here", False, ICEBREAKER, "goto", _goto(0))),
    (2, ("go to the newest one", False, ICEBREAKER, "goto", _goto(4))),
    (2, ("compare this with the helicopter one", False, ICEBREAKER, "compare", _compare(2, 3))),
    (2, ("add a helicopter on the deck here too", False, ICEBREAKER, "edit", _edit("add a helicopter on the deck"))),
    (2, ("go back 3 from here", False, ICEBREAKER, "talk", ())),
    # the caldera, back on the turquoise lake (round 1)
    (1, ("show me the last version we made", False, CALDERA, "show", _show(4))),
    (1, ("go back 2 steps from here", False, CALDERA, "talk", ())),
    (1, ("before/after of this one", False, CALDERA, "compare", _compare(0, 1))),
    (1, ("from here, add a rainbow", False, CALDERA, "edit", _edit("add a rainbow"))),
    # the punt, back on the first try of the golden willow (round 3)
    (3, ("switch to the second try", False, PUNT_RETRIED, "goto", _goto(4))),
    (3, ("compare it with the other try", False, PUNT_RETRIED, "compare", _compare(3, 4))),
    (3, ("undo this one pls", False, PUNT_RETRIED, "undo", _goto(2))),
    # the theremin player, back on the cat on the piano (round 2)
    (2, ("back to the armchair one", False, THEREMIN, "goto", _goto(3))),
    (2, ("compare the piano cat with the armchair cat", False, THEREMIN, "compare", _compare(2, 3))),
    (2, ("back to before the cat was added", False, THEREMIN, "goto", _goto(1))),
    # the carnival float, back on the gold headdresses (round 1)
    (1, ("back to the silver ones", False, FLOAT, "goto", _goto(2))),
    (1, ("compare this with the silver headdresses", False, FLOAT, "compare", _compare(1, 2))),
    (1, ("now add confetti in the air", False, FLOAT, "edit", _edit("add confetti in the air"))),
    # the salt marsh, back on the silver water (round 2)
    (2, ("skip to the latest version", False, MARSH, "goto", _goto(4))),
    (2, ("redo pls, bring the boardwalk back", False, MARSH, "redo", _goto(3))),
    (2, ("back to before the egrets", False, MARSH, "goto", _goto(0))),
    (2, ("show me round 4 quickly", False, MARSH, "show", _show(4))),
    # the lime kiln, back on the stormy sky (round 2)
    (2, ("compare with the clear sky one", False, KILN, "compare", _compare(2, 3))),
    (2, ("take the clear sky one and add a rainbow", False, KILN, "edit", _edit_on(3, "add a rainbow"))),
    (2, ("ok this one it is, thanks", False, KILN, "talk", ())),
    # the rock pool and the beatboxer, on an earlier round
    (2, ("show the net one", False, ROCKPOOL_FIXED, "show", _show(3))),
    (1, ("redo both edits i undid", False, BEATBOX, "redo", _goto(3))),
    (1, ("can u take it 2 steps back", False, BEATBOX, "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r27c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R27C`, then the moved ones)."""
    return with_moved(R27C, "r27c", MOVED, "r27c_moved")
