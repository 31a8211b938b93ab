"""Round 37, set d: looking back, as issue 10's table asks: references to earlier rounds ("round N", "the
original", "before the X", "the version with the blue car", "two steps back", "the first edit"), show,
compare, goto, status and history, and references to rounds that do not exist, answered in words.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue
model was run on any of it, about photos no other set uses, all of hardware stores, workshops and
garages: a paint-mixing counter with tins and a shaker, a wall of hanging tools on a pegboard, a car on
a lift in a garage, a carpenter turning a bowl at a lathe, a garden-centre greenhouse full of geraniums,
a timber yard with a forklift, a locksmith's counter with a key-cutting machine, and a tyre shop's stack
of tyres (then a second photo of its fitting bay with a van). Sessions have 1 to 6 edits, some with a
correction or a retry beside the first try or an edit made after an undo (a sibling of an earlier edit),
one with two photos, and `MOVED` turns come after an undo or a goto (the current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): going to a round named by number, by what it
shows, by what came after it, by steps or by order (`GOTO`); looking at one round without moving
(`SHOW`); two rounds side by side (`COMPARE`); where the session stands and what was done (`STANDING`);
references to rounds, edits, tries or photos the session does not have, answered with one plain
sentence or question and no call (`IMPOSSIBLE`); and edits made from an older round, corrections or
retries of an older edit, and edits whose words sound like looking back (`FROM_BEFORE`). About a quarter
of each family are near misses whose right answer is another act: edits using the same words ("make the
dog show its teeth", "add two steps up to the door", a "compare our prices" sticker, "revert the planks
to raw pine"), "show" where the turn asks to move or "go back" where it only asks to look, questions
about the shop rather than the session, and possible references beside the impossible ones. The cases
have the development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose
current round (first) is an earlier one.
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
    _fix_round,
    _goto,
    _retry,
    _show,
    with_moved,
)

Calls = tuple[tuple[str, dict[str, Any]], ...]


def _edit_on(index: int, *instructions: str) -> Calls:
    """An edit made from round `index` (not the current round); several strings are acceptable alternatives."""
    return (
        (
            "edit_image",
            {"instruction": instructions if len(instructions) > 1 else instructions[0], "base_round": index},
        ),
    )


def _back_then_edit(index: int, *instructions: str) -> Calls:
    """Go to round `index`, then edit it (several strings are acceptable alternatives)."""
    return (("revert", {"round": index}), *_edit(*instructions))


def _retry_round(index: int, strength: str | None = None) -> Calls:
    """A new try of round `index` (an older edit than the last), from its parent."""
    return (("retry_edit", {"round": index, **({"strength": strength} if strength else {})}),)


PAINT = (
    (None, None),
    (0, "make the paint tins on the counter teal"),
    (1, "add a colour fan deck next to the shaker"),
    (2, "make the shop assistant's apron orange"),
)
"""A paint-mixing counter with tins, a shaker and a shop assistant, with three edits, each on the one before."""
PAINT_TINS = PAINT[:2]
"""The paint-mixing counter with only the tins edit."""
TOOLS = (
    (None, None),
    (0, "make the hammer handles red"),
    (1, "remove the tape measure from its hook"),
    (2, "add a neon sign saying OPEN above the wall"),
    (3, "make the pegboard white"),
    (4, "add a cat sitting on the workbench"),
)
"""A wall of hanging tools on a pegboard over a workbench, with five edits, each on the one before."""
TOOLS_HANDLES = TOOLS[:2]
"""The wall of tools with only the hammer handles edit."""
LIFT = ((None, None), (0, "make the car blue"))
"""A car up on a lift in a garage, with one edit."""
LIFT_FIXED = (*LIFT, (0, "make the car dark green"))
"""The car on the lift after a correction: round 2 was made from the original, beside round 1."""
LIFT_BRANCH = (*LIFT, (1, "add a mechanic under the car"), (1, "turn on the work lights above the lift"))
"""The car on the lift after an undo: round 3 was made from round 1, beside round 2."""
LATHE = (
    (None, None),
    (0, "add wood shavings flying off the lathe"),
    (1, "give the carpenter safety goggles"),
    (2, "make the workshop light warmer"),
    (3, "add a dog sleeping by the door"),
    (4, "make the bowl on the lathe dark walnut"),
    (5, "blur the window in the back"),
)
"""A carpenter turning a bowl at a lathe in his workshop, with six edits, each on the one before."""
GREEN = (
    (None, None),
    (0, "make the geraniums pink"),
    (0, "make the geraniums purple"),
    (2, "add hanging baskets from the roof beams"),
)
"""A garden-centre greenhouse: a pink try, a purple correction beside it, then baskets on the purple one."""
TIMBER = ((None, None), (0, "remove the forklift"), (1, "make the sky clear blue"))
"""A timber yard with stacks of planks and a forklift, with two edits."""
TIMBER_FORK = TIMBER[:2]
"""The timber yard with only the forklift removed."""
KEYS = ((None, None), (0, "make the keys on the counter gold"))
"""A locksmith's counter with a key-cutting machine and a tray of keys, with one edit."""
KEYS_RETRIED = (*KEYS, (0, "make the keys on the counter gold"))
"""The locksmith's counter after a retry: round 2 is a second try of round 1, from the original."""
TYRES = (
    (None, None),
    (0, "make the tyre stack taller"),
    (1, "add a sign saying 49.99 on the stack"),
    (2, "make the floor look wet"),
)
"""A tyre shop's stack of tyres by the door, with three edits, each on the one before."""
TYRES_VAN = (*TYRES, (None, None), (4, "make the van white"))
"""The tyre shop, then a second photo of its fitting bay with a van (round 4), edited once."""

AFTER_TOOLS = (*TOOLS, (None, None))
"""The wall of tools with five edits, then a new photo."""
AFTER_TIMBER = (*TIMBER, (None, None))
"""The timber yard with two edits, then a new photo."""
AFTER_LIFT = (*LIFT, (None, None))
"""The car on the lift with one edit, then a new photo."""

GOTO: tuple[Dev, ...] = (
    # by number
    ("take me back to round 2 pls", False, PAINT, "goto", _goto(2)),
    ("back to rnd 1 (the teal tins one)", False, PAINT, "goto", _goto(1)),
    ("jump to round 3", False, TOOLS, "goto", _goto(3)),
    ("Please revert to version 4.", False, TOOLS, "goto", _goto(4)),
    ("lets go w/ 2", False, TOOLS, "goto", _goto(2)),
    ("go back to round five", False, LATHE, "goto", _goto(5)),
    ("hmm go back to the warmer-light one, round 3 i think", False, LATHE, "goto", _goto(3)),
    # the original
    ("revert to the original photo please, none of this is working", False, PAINT, "goto", _goto(0)),
    ("ok scrap everything, start from the original", False, TOOLS, "goto", _goto(0)),
    ("orig pls", False, LATHE, "goto", _goto(0)),
    ("undo everything", False, TIMBER, "goto", _goto(0)),
    ("back to the van before you painted it", False, TYRES_VAN, "goto", _goto(4)),
    # before the X
    ("ok the apron looks silly. go back to before the apron", False, PAINT, "goto", _goto(2)),
    ("back to when the tins were still their normal colour", False, PAINT, "goto", _goto(0)),
    ("i want the version before the pegboard went white", False, TOOLS, "goto", _goto(3)),
    ("go back to before u removed the tape measure", False, TOOLS, "goto", _goto(1)),
    ("back to b4 the cat", False, TOOLS, "goto", _goto(4)),
    ("back to before the window blur, i want it sharp again", False, LATHE, "goto", _goto(5)),
    ("back to the edit before the walnut bowl", False, LATHE, "goto", _goto(4)),
    ("go back to before the hanging baskets", False, GREEN, "goto", _goto(2)),
    ("back to before the work lights", False, LIFT_BRANCH, "goto", _goto(1)),
    ("back to before you removed the forklift, i need it in the shot", False, TIMBER, "goto", _goto(0)),
    ("bring back the forklift", False, TIMBER_FORK, "goto", _goto(0)),
    # the version with / by what it shows
    ("can we go back to the version with the fan deck", False, PAINT, "goto", _goto(2)),
    ("the neon sign one was perfect, let's go back to it", False, TOOLS, "goto", _goto(3)),
    ("restore the one with red handles and nothing else", False, TOOLS, "goto", _goto(1)),
    ("hmm the blue was nicer, switch back to that one", False, LIFT_FIXED, "goto", _goto(1)),
    ("go back to the one with the mechanic under it", False, LIFT_BRANCH, "goto", _goto(2)),
    ("the goggles version, take me there", False, LATHE, "goto", _goto(2)),
    ("return to the version where the dog first appears", False, LATHE, "goto", _goto(4)),
    ("actually pink was better, go back to the pink geraniums", False, GREEN, "goto", _goto(1)),
    ("take me to the purple one without the baskets", False, GREEN, "goto", _goto(2)),
    ("go back to when the stack was taller but had no sign yet", False, TYRES, "goto", _goto(1)),
    ("back to the dry floor", False, TYRES, "goto", _goto(2)),
    ("go back to the tyre stack pic, the last version of it", False, TYRES_VAN, "goto", _goto(3)),
    # by steps and by order
    ("go two steps back pls", False, PAINT, "goto", _goto(1)),
    ("three steps back from here", False, TOOLS, "goto", _goto(2)),
    ("ugh no. previous version pls", False, TOOLS, "undo", _goto(4)),
    ("4 steps back", False, LATHE, "goto", _goto(2)),
    ("2 steps back plz", False, GREEN, "goto", _goto(0)),
    ("one step back", False, LIFT_BRANCH, "undo", _goto(1)),
    ("the first edit was the best one honestly, back to that", False, PAINT, "goto", _goto(1)),
    ("Go back to the very first edit please", False, LATHE, "goto", _goto(1)),
    ("the first try had nicer gold, go back to it", False, KEYS_RETRIED, "goto", _goto(1)),
    # near misses: edits using the same words, looking without moving, a retry, references that name nothing
    ("add two steps up to the greenhouse door", False, GREEN, "edit", _edit("add two steps up to the greenhouse door")),
    ("put the saw back on its hook", False, TOOLS, "edit", _edit("put the saw back on its hook")),
    ("roll the car back off the lift", False, LIFT_FIXED, "edit", _edit("roll the car back off the lift")),
    (
        "make the van reverse back into the bay",
        False,
        TYRES_VAN,
        "edit",
        _edit("make the van reverse back into the bay"),
    ),
    (
        "restore the faded sign over the gate so it looks new",
        False,
        TIMBER,
        "edit",
        _edit("restore the faded sign over the gate so it looks new"),
    ),
    ("revert the planks to raw pine colour", False, TIMBER, "edit", _edit("revert the planks to raw pine colour")),
    (
        "make the carpenter step back from the lathe",
        False,
        LATHE,
        "edit",
        _edit("make the carpenter step back from the lathe"),
    ),
    ("make the dog go back to his bed", False, LATHE, "edit", _edit("make the dog go back to his bed")),
    (
        "add a sign saying ORIGINAL PARTS ONLY on the wall",
        False,
        LIFT,
        "edit",
        _edit("add a sign saying ORIGINAL PARTS ONLY on the wall"),
    ),
    ("undo the wheel nuts on the front tyre", False, LIFT, "edit", _edit("undo the wheel nuts on the front tyre")),
    (
        "turn the clock on the wall back to 8 o'clock",
        False,
        TOOLS,
        "edit",
        _edit("turn the clock on the wall back to 8 o'clock"),
    ),
    ("just wanna peek at round 2, dont switch", False, PAINT, "show", _show(2)),
    ("the first try of the keys, can i see it", False, KEYS_RETRIED, "show", _show(1)),
    ("go back and try the apron again", False, PAINT, "retry", _retry()),
    ("go back to round 8", False, PAINT, "clarify", ()),
    ("back to the one with the hat", False, LATHE, "clarify", ()),
    ("go back to before the ladder", False, TIMBER, "clarify", ()),
    ("back to when the car was red", False, LIFT_FIXED, "clarify", ()),
    ("previous one pls", False, UPLOAD, "clarify", ()),
    ("revert", False, UPLOAD, "talk", ()),
)
"""Going to a round named by number, the original, what came after it, what it shows, steps or order; near misses."""

SHOW: tuple[Dev, ...] = (
    # one round to look at, the current round stays
    ("lemme see round 1 real quick", False, PAINT, "show", _show(1)),
    ("can i look at the original again? just to see", False, PAINT, "show", _show(0)),
    ("what did it look like before the fan deck? show me", False, PAINT, "show", _show(1)),
    ("pull up round 2 so i can see it", False, TOOLS, "show", _show(2)),
    ("display version 3", False, TOOLS, "show", _show(3)),
    ("show the one with the neon sign", False, TOOLS, "show", _show(3)),
    ("let me see what it was like before the tape measure went", False, TOOLS, "show", _show(1)),
    ("show me what it looked like 3 edits ago", False, TOOLS, "show", _show(2)),
    ("show round 3 but stay where we are", False, TOOLS, "show", _show(3)),
    ("round zero pls, just to look", False, TOOLS, "show", _show(0)),
    ("show me the first edit", False, LATHE, "show", _show(1)),
    ("can u show me the dog version", False, LATHE, "show", _show(4)),
    ("just show me round 3, don't change anything", False, LATHE, "show", _show(3)),
    ("show me two steps back", False, LATHE, "show", _show(4)),
    ("show me the version from before you touched the bowl", False, LATHE, "show", _show(4)),
    ("show me the last one without the dog", False, LATHE, "show", _show(3)),
    ("show me the pink one", False, GREEN, "show", _show(1)),
    ("i wanna see the purple geraniums before the baskets", False, GREEN, "show", _show(2)),
    ("show me the green car", False, LIFT_FIXED, "show", _show(2)),
    ("show me the mechanic version", False, LIFT_BRANCH, "show", _show(2)),
    ("show me before the lights went on", False, LIFT_BRANCH, "show", _show(1)),
    ("i want to see the photo with the forklift still in it", False, TIMBER, "show", _show(0)),
    ("let me see the sky before it went blue", False, TIMBER, "show", _show(1)),
    ("show me the keys before they went gold", False, KEYS_RETRIED, "show", _show(0)),
    ("can you show me what round 1 looked like", False, TYRES, "show", _show(1)),
    ("show me the tyre photo as it was originally", False, TYRES_VAN, "show", _show(0)),
    ("show me the last version of the tyre pic", False, TYRES_VAN, "show", _show(3)),
    ("show the van before it went white", False, TYRES_VAN, "show", _show(4)),
    (
        "another angle of the same lift. show me round 1 of the first photo",
        True,
        AFTER_LIFT,
        "show",
        _show(1),
    ),
    # near misses: "show" inside an edit, a round that does not exist, moving there, not about the photo
    ("make the dog show its teeth", False, LATHE, "edit", _edit("make the dog show its teeth")),
    (
        "show more of the tread on the front tyres",
        False,
        TYRES,
        "edit",
        _edit("show more of the tread on the front tyres"),
    ),
    ("make the mechanic show a thumbs up", False, LIFT_BRANCH, "edit", _edit("make the mechanic show a thumbs up")),
    (
        "give the shop window a sign that shows the opening hours",
        False,
        KEYS,
        "edit",
        _edit("give the shop window a sign that shows the opening hours"),
    ),
    (
        "make the screen on the mixing machine show the paint code 4B21",
        False,
        PAINT,
        "edit",
        _edit("make the screen on the mixing machine show the paint code 4B21"),
    ),
    (
        "make the thermometer on the wall show 25 degrees",
        False,
        GREEN,
        "edit",
        _edit("make the thermometer on the wall show 25 degrees"),
    ),
    (
        "add a showroom window behind the car",
        False,
        LIFT,
        "edit",
        _edit("add a showroom window behind the car"),
    ),
    ("show me round 2 and make that the current one", False, PAINT, "goto", _goto(2)),
    ("show me round 7", False, LATHE, "clarify", ()),
    ("show me the version with the snow", False, GREEN, "clarify", ()),
    ("show me round one", False, UPLOAD, "clarify", ()),
    ("show me how to sharpen a lathe chisel", False, LATHE, "talk", ()),
    ("can you show me what you can do", False, UPLOAD, "talk", ()),
)
"""Looking at one round named by number, the original, what it shows, steps or order; near misses."""

COMPARE: tuple[Dev, ...] = (
    # two rounds side by side
    ("put round 1 next to round 3 pls", False, PAINT, "compare", _compare(1, 3)),
    ("before vs after", False, PAINT, "compare", _compare(0, 3)),
    ("how does the teal compare to the original", False, PAINT, "compare", _compare(0, 1)),
    ("fan deck version vs apron version", False, PAINT, "compare", _compare(2, 3)),
    ("Could you show rounds 2 and 3 side by side?", False, PAINT, "compare", _compare(2, 3)),
    ("side by side: 2 and 5", False, TOOLS, "compare", _compare(2, 5)),
    ("compare the red handles one with the white pegboard one", False, TOOLS, "compare", _compare(1, 4)),
    ("can i see before and after the cat next to each other", False, TOOLS, "compare", _compare(4, 5)),
    ("og vs latest", False, TOOLS, "compare", _compare(0, 5)),
    ("compare where we are now with round 3", False, TOOLS, "compare", _compare(3, 5)),
    ("compare the last edit", False, TOOLS, "compare", _compare(4, 5)),
    ("the pink geraniums vs the purple ones", False, GREEN, "compare", _compare(1, 2)),
    ("compare both geranium attempts side by side", False, GREEN, "compare", _compare(1, 2)),
    ("compare blue car and dark green car", False, LIFT_FIXED, "compare", _compare(1, 2)),
    ("mechanic one vs lights one", False, LIFT_BRANCH, "compare", _compare(2, 3)),
    ("compare the lift before any edits with now", False, LIFT_BRANCH, "compare", _compare(0, 3)),
    ("compare round 2 to round 6", False, LATHE, "compare", _compare(2, 6)),
    ("shavings version vs goggles version", False, LATHE, "compare", _compare(1, 2)),
    ("before and after the walnut bowl pls", False, LATHE, "compare", _compare(4, 5)),
    ("diff between the first edit and the last", False, LATHE, "compare", _compare(1, 6)),
    ("compare this with two steps back", False, LATHE, "compare", _compare(4, 6)),
    ("compare this one to the previous one", False, LATHE, "compare", _compare(5, 6)),
    ("with and without the forklift, side by side", False, TIMBER_FORK, "compare", _compare(0, 1)),
    ("compare the sky before and after you made it blue", False, TIMBER, "compare", _compare(1, 2)),
    ("compare the two key tries", False, KEYS_RETRIED, "compare", _compare(1, 2)),
    ("compare the van before and after", False, TYRES_VAN, "compare", _compare(4, 5)),
    ("put the tyre pic's original next to its last version", False, TYRES_VAN, "compare", _compare(0, 3)),
    ("dry floor vs wet floor", False, TYRES, "compare", _compare(2, 3)),
    # near misses: "compare" inside an edit, rounds that do not exist, one round, not about the session
    (
        "add a sticker saying COMPARE OUR PRICES on the counter",
        False,
        PAINT,
        "edit",
        _edit("add a sticker saying COMPARE OUR PRICES on the counter"),
    ),
    (
        "make the left tin match the colour of the right one",
        False,
        PAINT,
        "edit",
        _edit("make the left tin match the colour of the right one"),
    ),
    (
        "put a second car next to this one for comparison",
        False,
        LIFT,
        "edit",
        _edit("put a second car next to this one", "put a second car next to this one for comparison"),
    ),
    (
        "make the new planks look like the old weathered stack next to them",
        False,
        TIMBER,
        "edit",
        _edit("make the new planks look like the old weathered stack next to them"),
    ),
    (
        "make the right hand stack of planks as tall as the left one",
        False,
        TIMBER,
        "edit",
        _edit("make the right hand stack of planks as tall as the left one"),
    ),
    ("compare prices for winter tyres for me", False, TYRES, "talk", ()),
    ("which lathe brand is better for bowls?", False, LATHE, "talk", ()),
    ("compare 2 and 9", False, TOOLS, "clarify", ()),
    ("compare the original with round 4", False, TIMBER, "clarify", ()),
    ("compare the red car with the blue one", False, LIFT, "clarify", ()),
    ("compare the two versions", False, TOOLS, "clarify", ()),
    ("before and after?", False, UPLOAD, "talk", ()),
    ("just round 2, not side by side", False, PAINT, "show", _show(2)),
    ("side by side is confusing, just go to round 3", False, TOOLS, "goto", _goto(3)),
)
"""Two rounds side by side, named by number, what they show, order or as before and after; near misses."""


STANDING: tuple[Dev, ...] = (
    # where the session stands: the current round and its edit
    ("which round is this?", False, PAINT, "status", STATUS),
    ("where am i at rn", False, TOOLS, "status", STATUS),
    ("what did u just do", False, LATHE, "status", STATUS),
    ("what was the last change", False, GREEN, "status", STATUS),
    ("am i on the first or second try of the keys?", False, KEYS_RETRIED, "status", STATUS),
    ("what version am i looking at", False, LIFT_BRANCH, "status", STATUS),
    ("what's the last thing you did to the car", False, LIFT_FIXED, "status", STATUS),
    ("remind me what you changed in the last step", False, TIMBER, "status", STATUS),
    ("current round?", False, TYRES, "status", STATUS),
    ("which photo am i working on now", False, TYRES_VAN, "status", STATUS),
    ("wait what did you change there", False, TYRES_VAN, "status", STATUS),
    ("what round am i on, did the upload work?", False, UPLOAD, "status", STATUS),
    # what was done: every round
    ("history pls", False, PAINT, "history", HISTORY),
    ("Could you list every change you've made, in order?", False, PAINT_TINS, "history", HISTORY),
    ("give me a rundown of every edit", False, TOOLS, "history", HISTORY),
    ("list all the rounds", False, LATHE, "history", HISTORY),
    ("what edits have we made so far on this one", False, GREEN, "history", HISTORY),
    ("how did we get here? all the steps", False, LIFT_BRANCH, "history", HISTORY),
    ("remind me of all the steps so far", False, LIFT_FIXED, "history", HISTORY),
    ("list the versions", False, KEYS_RETRIED, "history", HISTORY),
    ("show me the whole history", False, TIMBER, "history", HISTORY),
    ("can you recap everything we did to the tyre pic and the van", False, TYRES_VAN, "history", HISTORY),
    # near misses: the same words about the shop, inside an edit, or with a request after them
    ("what's the status of my paint order, it was due tuesday", False, PAINT, "talk", ()),
    ("whats the history of this timber yard, looks old", False, TIMBER, "talk", ()),
    ("what colour are the tins now?", False, PAINT, "talk", ()),
    ("list the tools on the wall for me", False, TOOLS, "talk", ()),
    ("write a recap of today for my workshop blog", False, TOOLS, "talk", ()),
    ("how many rounds are there in a boxing match lol", False, TYRES, "talk", ()),
    (
        "add a status light on the lift glowing green",
        False,
        LIFT,
        "edit",
        _edit("add a status light on the lift glowing green"),
    ),
    ("make the wall clock say ten past four", False, LATHE, "edit", _edit("make the wall clock say ten past four")),
    (
        "add a chalkboard listing the history of the yard",
        False,
        TIMBER,
        "edit",
        _edit("add a chalkboard listing the history of the yard"),
    ),
    ("hang a list of prices by the till", False, KEYS, "edit", _edit("hang a list of prices by the till")),
    (
        "add a whiteboard listing today's jobs on the garage wall",
        False,
        LIFT_BRANCH,
        "edit",
        _edit("add a whiteboard listing today's jobs on the garage wall"),
    ),
    ("what did you change? it looks the same, try stronger", False, KEYS, "retry", _retry("stronger")),
    ("which round was the cat added in? go back to the one before it", False, TOOLS, "goto", _goto(4)),
)
"""Where the session stands and what was done, and near misses."""

IMPOSSIBLE: tuple[Dev, ...] = (
    # rounds, edits, tries and photos the session does not have: one plain sentence or question, no call
    ("go back to round 6", False, PAINT, "clarify", ()),
    ("show me round 12", False, TIMBER, "talk", ()),
    ("back to round minus one", False, PAINT, "talk", ()),
    ("compare round 3 and round 5", False, TYRES, "clarify", ()),
    ("revert to before the goggles", False, TOOLS, "clarify", ()),
    ("go back to before the cat", False, LATHE, "clarify", ()),
    ("show me before you took out the pallet truck", False, TIMBER, "clarify", ()),
    ("back to the version with the yellow apron", False, PAINT, "clarify", ()),
    ("show me the version with the mechanic", False, LIFT, "clarify", ()),
    ("go to the version where the van is red", False, TYRES_VAN, "clarify", ()),
    ("go back to the blue geraniums", False, GREEN, "clarify", ()),
    ("the version where the dog is awake", False, LATHE, "clarify", ()),
    ("compare the van before and after", False, TYRES, "clarify", ()),
    ("go three steps back", False, TIMBER, "clarify", ()),
    ("back to the third try", False, KEYS_RETRIED, "clarify", ()),
    ("show me the second photo", False, TOOLS, "clarify", ()),
    ("go back to the version before the original", False, PAINT, "talk", ()),
    ("go forward one", False, PAINT, "talk", ()),
    ("redo that last undo", False, TOOLS, "talk", ()),
    ("undo pls", False, UPLOAD, "talk", ()),
    ("the first edit pls", False, UPLOAD, "clarify", ()),
    ("compare the original and the edit", False, UPLOAD, "talk", ()),
    # near misses: the same kind of reference where the session has it
    ("compare round 3 and round 5", False, LATHE, "compare", _compare(3, 5)),
    ("go back to before the goggles", False, LATHE, "goto", _goto(1)),
    ("show me before the dog", False, LATHE, "show", _show(3)),
    ("go three steps back", False, TOOLS, "goto", _goto(2)),
    ("undo pls", False, TIMBER, "undo", _goto(1)),
    ("the first edit pls", False, TOOLS, "goto", _goto(1)),
    ("show me the second photo before you edited it", False, TYRES_VAN, "show", _show(4)),
    ("compare round 0 with round 3", False, PAINT, "compare", _compare(0, 3)),
    (
        "add a round 9 race number on the car door",
        False,
        LIFT,
        "edit",
        _edit("add a round 9 race number on the car door"),
    ),
    ("put a yellow apron on the carpenter", False, LATHE, "edit", _edit("put a yellow apron on the carpenter")),
)
"""References to rounds, edits, tries or photos the session does not have, and possible ones beside them."""

FROM_BEFORE: tuple[Dev, ...] = (
    # an edit made from an older round
    ("on round 3 add a ladder against the wall", False, TOOLS, "edit", _edit_on(3, "add a ladder against the wall")),
    (
        "take round 1 and add a stepladder next to the counter",
        False,
        PAINT,
        "edit",
        _edit_on(1, "add a stepladder next to the counter"),
    ),
    (
        "on the original, make the floor tiles checkered",
        False,
        PAINT,
        "edit",
        _edit_on(0, "make the floor tiles checkered"),
    ),
    ("from 3 steps back, add a toolbox on the floor", False, TOOLS, "edit", _edit_on(2, "add a toolbox on the floor")),
    (
        "take the neon sign version and make the sign say CLOSED",
        False,
        TOOLS,
        "edit",
        _edit_on(3, "make the sign say CLOSED", "make the neon sign say CLOSED"),
    ),
    (
        "undo that and hang a fire extinguisher on the wall",
        False,
        TOOLS,
        "edit",
        _back_then_edit(4, "hang a fire extinguisher on the wall"),
    ),
    (
        "from the version before the dog, add a cat on the windowsill",
        False,
        LATHE,
        "edit",
        _edit_on(3, "add a cat on the windowsill"),
    ),
    (
        "take the goggles version and make the shavings glow orange",
        False,
        LATHE,
        "edit",
        _edit_on(2, "make the shavings glow orange"),
    ),
    (
        "back to the original and add a robin on the greenhouse roof",
        False,
        GREEN,
        "edit",
        _back_then_edit(0, "add a robin on the greenhouse roof"),
    ),
    (
        "use the pink version and add a watering can on the path",
        False,
        GREEN,
        "edit",
        _edit_on(1, "add a watering can on the path"),
    ),
    (
        "on the purple geraniums one without baskets, add a garden gnome",
        False,
        GREEN,
        "edit",
        _edit_on(2, "add a garden gnome"),
    ),
    (
        "from round 1 of the car, add a second car on the next lift",
        False,
        LIFT_BRANCH,
        "edit",
        _edit_on(1, "add a second car on the next lift"),
    ),
    (
        "from before the work lights, add a creeper board under the car",
        False,
        LIFT_BRANCH,
        "edit",
        _edit_on(1, "add a creeper board under the car"),
    ),
    ("on the blue one, open the bonnet", False, LIFT_FIXED, "edit", _edit_on(1, "open the bonnet")),
    ("on the dark green one, open the bonnet", False, LIFT_FIXED, "edit", _edit("open the bonnet")),
    (
        "take the original and add racing stripes to the car",
        False,
        LIFT,
        "edit",
        _edit_on(0, "add racing stripes to the car"),
    ),
    (
        "go back to before the sign and add a stack of alloy wheels next to the tyres",
        False,
        TYRES,
        "edit",
        _back_then_edit(1, "add a stack of alloy wheels next to the tyres"),
    ),
    (
        "the first gold try was better: take it and add a key ring",
        False,
        KEYS_RETRIED,
        "edit",
        _edit_on(1, "add a key ring"),
    ),
    (
        "on the original van photo, put a roof rack on the van",
        False,
        TYRES_VAN,
        "edit",
        _edit_on(4, "put a roof rack on the van"),
    ),
    (
        "on the last tyre version add a mechanic rolling a tyre",
        False,
        TYRES_VAN,
        "edit",
        _edit_on(3, "add a mechanic rolling a tyre"),
    ),
    ("start over from the original and make the sky pink", False, TIMBER, "edit", _edit_on(0, "make the sky pink")),
    ("restart w/ the forklift but paint it yellow", False, TIMBER, "edit", _edit_on(0, "paint the forklift yellow")),
    # an older edit corrected or tried again, from its own parent
    (
        "back to the original and this time make the tins mint green",
        False,
        PAINT,
        "correction",
        _back_then_edit(
            0,
            "make the tins mint green",
            "make the paint tins mint green",
            "make the paint tins on the counter mint green",
        ),
    ),
    (
        "go back to round 2 and give the assistant a green apron instead",
        False,
        PAINT,
        "correction",
        _back_then_edit(
            2,
            "give the assistant a green apron",
            "give the shop assistant a green apron",
            "make the shop assistant's apron green",
            "make the assistant's apron green",
        ),
    ),
    ("the apron should have been green", False, PAINT, "correction", _fix("make the shop assistant's apron green")),
    (
        "the hammer handles in round 1 should've been yellow",
        False,
        TOOLS,
        "correction",
        _fix_round(1, "make the hammer handles yellow"),
    ),
    ("go back one and add a wall clock instead", False, TOOLS, "correction", _back_then_edit(4, "add a wall clock")),
    (
        "the carpenter's goggles in round 2 should be yellow",
        False,
        LATHE,
        "correction",
        _fix_round(
            2,
            "give the carpenter yellow safety goggles",
            "give the carpenter safety goggles in yellow",
            "make the carpenter's safety goggles yellow",
            "make the carpenter's goggles yellow",
            "give the carpenter yellow goggles",
        ),
    ),
    ("the dog should have been a cat", False, LATHE, "correction", _fix_round(4, "add a cat sleeping by the door")),
    ("round 1's shavings are way overdone, redo that one weaker", False, LATHE, "retry", _retry_round(1, "weaker")),
    ("redo round 2, the goggles look fake", False, LATHE, "retry", _retry_round(2)),
    (
        "the sign in round 2 should have said 39.99",
        False,
        TYRES,
        "correction",
        _fix_round(2, "add a sign saying 39.99 on the stack"),
    ),
    (
        "round 1 should have made the stack shorter, not taller",
        False,
        TYRES,
        "correction",
        _fix_round(1, "make the tyre stack shorter"),
    ),
    (
        "undo and paint the tins navy instead",
        False,
        PAINT_TINS,
        "correction",
        _fix(
            "make the paint tins on the counter navy",
            "make the paint tins navy",
            "make the tins navy",
            "paint the tins navy",
            "paint the paint tins on the counter navy",
        ),
    ),
    ("revert that and try yellow handles", False, TOOLS_HANDLES, "correction", _fix("make the hammer handles yellow")),
    # an earlier edit on a new photo
    ("same as round 2 on this one pls", True, AFTER_TOOLS, "edit", _edit("remove the tape measure from its hook")),
    (
        "do the neon sign from round 3 here too",
        True,
        AFTER_TOOLS,
        "edit",
        _edit("add a neon sign saying OPEN above the wall"),
    ),
    ("new pic of the yard, same edit as the very first one", True, AFTER_TIMBER, "edit", _edit("remove the forklift")),
    # plain edits whose words sound like looking back
    ("add a round mirror above the sink", False, PAINT, "edit", _edit("add a round mirror above the sink")),
    ("make the first tyre on the stack red", False, TYRES, "edit", _edit("make the first tyre on the stack red")),
    ("remove the older tyres at the back", False, TYRES, "edit", _edit("remove the older tyres at the back")),
    (
        "add a 'round 2 sale' banner over the stack",
        False,
        TYRES,
        "edit",
        _edit("add a 'round 2 sale' banner over the stack"),
    ),
    ("make the last key on the hook silver", False, KEYS, "edit", _edit("make the last key on the hook silver")),
    (
        "add a 'since 1978' sign above the counter",
        False,
        KEYS,
        "edit",
        _edit("add a 'since 1978' sign above the counter"),
    ),
    (
        "make the key cutting machine look brand new",
        False,
        KEYS,
        "edit",
        _edit("make the key cutting machine look brand new"),
    ),
    (
        "make the locksmith show the customer a key",
        False,
        KEYS,
        "edit",
        _edit("make the locksmith show the customer a key"),
    ),
    ("add a second lift with a red van on it", False, LIFT, "edit", _edit("add a second lift with a red van on it")),
    (
        "put a before-and-after poster of a car repair on the wall",
        False,
        LIFT,
        "edit",
        _edit("put a before-and-after poster of a car repair on the wall"),
    ),
    (
        "let the carpenter look back over his shoulder",
        False,
        LATHE,
        "edit",
        _edit("let the carpenter look back over his shoulder", "make the carpenter look back over his shoulder"),
    ),
    (
        "two more hanging baskets please",
        False,
        GREEN,
        "edit",
        _edit("add two more hanging baskets", "two more hanging baskets"),
    ),
    (
        "put an old-timey 'est. 1952' sign on the timber shed",
        False,
        TIMBER,
        "edit",
        _edit("put an old-timey 'est. 1952' sign on the timber shed"),
    ),
    # near misses: no edit after all, a round or a thing the session does not have
    ("go back to round 1 and leave it there", False, PAINT, "goto", _goto(1)),
    ("take the goggles version", False, LATHE, "goto", _goto(2)),
    ("on the blue one, nothing, just show it", False, LIFT_FIXED, "show", _show(1)),
    ("on the original... hmm what could we even do with it?", False, PAINT, "talk", ()),
    ("take round 2... actually never mind", False, TOOLS, "talk", ()),
    ("before the baskets, were the geraniums purple?", False, GREEN, "talk", ()),
    ("from round 1, what would you add?", False, LIFT_BRANCH, "talk", ()),
    ("on round 9 add a lamp", False, PAINT, "clarify", ()),
    ("the sign in round 4 should be bigger", False, TIMBER, "clarify", ()),
    ("the dog should have been a cat", False, LIFT, "clarify", ()),
    ("redo round 4", False, TYRES, "clarify", ()),
    ("same as round 2 on this one pls", True, AFTER_LIFT, "clarify", ()),
)
"""Edits made from an older round, older edits redone, edits that sound like looking back; near misses."""

R37D: tuple[Dev, ...] = (*GOTO, *SHOW, *COMPARE, *STANDING, *IMPOSSIBLE, *FROM_BEFORE)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: undo goes to the current round's parent, redo forward, an edit from here
    (2, ("redo pls", False, TOOLS, "redo", _goto(3))),
    (2, ("forward 2 steps", False, TOOLS, "redo", _goto(4))),
    (2, ("undo once more", False, TOOLS, "undo", _goto(1))),
    (2, ("show me the cat one", False, TOOLS, "show", _show(5))),
    (2, ("compare this with the newest one", False, TOOLS, "compare", _compare(2, 5))),
    (2, ("which round am i on now?", False, TOOLS, "status", STATUS)),
    (2, ("add a rag hanging off the workbench", False, TOOLS, "edit", _edit("add a rag hanging off the workbench"))),
    (4, ("bring the cat back", False, TOOLS, "redo", _goto(5))),
    (4, ("compare this to the one i undid", False, TOOLS, "compare", _compare(4, 5))),
    (3, ("redo the dog", False, LATHE, "redo", _goto(4))),
    (3, ("go forward to the blurred window one", False, LATHE, "goto", _goto(6))),
    (3, ("two steps back from here", False, LATHE, "goto", _goto(1))),
    (3, ("show me the walnut bowl version", False, LATHE, "show", _show(5))),
    (3, ("compare where i am with the original", False, LATHE, "compare", _compare(0, 3))),
    (3, ("what did you change in this round?", False, LATHE, "status", STATUS)),
    (3, ("add a cat by the door", False, LATHE, "edit", _edit("add a cat by the door"))),
    (0, ("redo everything", False, LATHE, "redo", _goto(6))),
    (0, ("undo again", False, LATHE, "talk", ())),
    (0, ("make the lathe bed look polished", False, LATHE, "edit", _edit("make the lathe bed look polished"))),
    (1, ("go to the mechanic one", False, LIFT_BRANCH, "goto", _goto(2))),
    (1, ("compare the mechanic one and the work lights one", False, LIFT_BRANCH, "compare", _compare(2, 3))),
    (1, ("redo it", False, LIFT_BRANCH, "clarify", ())),
    (1, ("put a toolbox on the floor", False, LIFT_BRANCH, "edit", _edit("put a toolbox on the floor"))),
    (1, ("bluer pls", False, LIFT_BRANCH, "retry", _retry("stronger"))),
    (2, ("back one", False, LIFT_BRANCH, "undo", _goto(1))),
    (1, ("go to the purple one with baskets", False, GREEN, "goto", _goto(3))),
    (1, ("compare this with the purple one before the baskets", False, GREEN, "compare", _compare(1, 2))),
    (1, ("redo that", False, GREEN, "talk", ())),
    (
        1,
        (
            "add hanging baskets like in the purple one",
            False,
            GREEN,
            "edit",
            _edit(
                "add hanging baskets from the roof beams",
                "add hanging baskets",
                "add hanging baskets like in the purple one",
            ),
        ),
    ),
    (0, ("show me both geranium colours side by side", False, GREEN, "compare", _compare(1, 2))),
    (1, ("redo the fan deck", False, PAINT, "redo", _goto(2))),
    (1, ("compare this with the apron one", False, PAINT, "compare", _compare(1, 3))),
    (1, ("list every round pls", False, PAINT, "history", HISTORY)),
    (1, ("add a paint roller on the counter", False, PAINT, "edit", _edit("add a paint roller on the counter"))),
    (
        1,
        (
            "the tins should've been navy",
            False,
            PAINT,
            "correction",
            _fix("make the paint tins on the counter navy", "make the paint tins navy", "make the tins navy"),
        ),
    ),
    (1, ("bring back the blue sky", False, TIMBER, "redo", _goto(2))),
    (1, ("the original had a forklift right? show me", False, TIMBER, "show", _show(0))),
    (1, ("remove the blue tarp from the planks", False, TIMBER, "edit", _edit("remove the blue tarp from the planks"))),
    (0, ("give the geraniums white edges", False, GREEN, "edit", _edit("give the geraniums white edges"))),
    (3, ("back to the white van", False, TYRES_VAN, "goto", _goto(5))),
    (3, ("compare this with the white van", False, TYRES_VAN, "compare", _compare(3, 5))),
    (3, ("add a tyre price board on the wall", False, TYRES_VAN, "edit", _edit("add a tyre price board on the wall"))),
    (1, ("switch to the other try", False, KEYS_RETRIED, "goto", _goto(2))),
    (1, ("redo both", False, TYRES, "redo", _goto(3))),
    (1, ("undo again", False, TYRES, "undo", _goto(0))),
    (1, ("add the 49.99 sign back", False, TYRES, "redo", _goto(2))),
    (1, ("go 3 forward", False, TYRES, "clarify", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r37d_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R37D`, then the moved ones)."""
    return with_moved(R37D, "r37d", MOVED, "r37d_moved")
