"""Round 30, set b: moving around the round tree and looking at it, in sessions with branches and with the
current round an older one.

Written by hand for round 30 by a helper session, from what a demanding user wants (issue 10's table of
behaviours and the README's "Talking to it"), before the dialogue model was run on any of it, about photos
no other set uses, all of transport and travel hubs: a night train sleeper compartment, a car ferry deck at
dawn, an airport gate with a plane outside, a cable car over a valley, a tuk-tuk rank, a canal lock with a
narrowboat, a bus depot at night, a bicycle parking garage in Utrecht, a seaplane at a jetty, a mountain
railway switchback, a truck stop diner, a subway platform with a busker, a port crane unloading containers
and a hot air balloon basket before take-off. Sessions have 0 to 7 edits, some with a retry or a correction
beside the first try, some with an edit made after an undo or a goto (a branch), one with two photos, and
some turns come after an undo or a goto (the current round an older one).

Four families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): gotos, to a round named by number, by what it
shows or lacks, by before or after an edit, by order ("the first try", "the second-to-last", "three back")
or the original, and edits made from a named round; comparisons of two rounds by number, by content, as
before and after, this one against the original, or the two tries; looks at the tree (show a round, what
round this is, what the last edit did, the history); and undo or redo in many words, several steps at once
and "go back" with a reason. About a quarter of each family are near misses whose right answer is another
act: a round or a thing no edit made (clarify), a wish to travel or a question about the world (talk),
"show me a red car", "compare" with one round or with nothing to compare, a comparison that ends in a
change, "undo" with nothing to undo, "undo and ... instead" (a correction), and words that sound like
going around but are photo edits ("roll the window down", "undo the knot on the mooring rope"). The cases
have the development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose
current round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    STATUS,
    UPLOAD,
    Calls,
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


def _edit_on(index: int, *instructions: str) -> Calls:
    """An edit made from round `index`, named in the turn, not from the current round."""
    return (
        (
            "edit_image",
            {"instruction": instructions if len(instructions) > 1 else instructions[0], "base_round": index},
        ),
    )


NO_PHOTO: tuple[tuple[int | None, str | None], ...] = ()
"""A session with no photo yet."""
SLEEPER = (
    (None, None),
    (0, "make the reading lamp warmer"),
    (1, "add a cup of tea on the folding table"),
    (2, "add snow outside the window"),
    (3, "put a cat on the top bunk"),
)
"""A night train sleeper compartment, bunks and a window, with four edits, each on the one before."""
FERRY = (
    (None, None),
    (0, "make the sky pink"),
    (1, "add seagulls above the railing"),
    (1, "add a lighthouse on the horizon"),
)
"""A car ferry deck at dawn: the seagulls were undone and round 3 was made from round 1, beside round 2."""
FERRY_SKY = FERRY[:2]
"""The ferry deck with only the sky edit."""
GATE = (
    (None, None),
    (0, "paint the plane's tail red"),
    (0, "paint the plane's tail red"),
    (2, "remove the people in the seats"),
    (3, "make the runway wet"),
)
"""An airport gate with a plane outside: round 2 is a second try of round 1, then two edits on it."""
CABLECAR = (
    (None, None),
    (0, "make the cable car yellow"),
    (1, "add fog in the valley"),
    (2, "add a paraglider near the cable"),
    (3, "cover the mountains in snow"),
    (4, "make it sunset"),
    (5, "add a rainbow over the valley"),
    (6, "remove the second cable car"),
)
"""A cable car over a valley, with seven edits, each on the one before."""
TUKTUK = (
    (None, None),
    (0, "make the front tuk-tuk green"),
    (0, "make the front tuk-tuk blue"),
    (2, "add a driver asleep in the back seat"),
)
"""A tuk-tuk rank: round 2 corrected round 1 from the original (blue, not green), then one edit on it."""
CANAL = (
    (None, None),
    (0, "paint the narrowboat red"),
    (1, "add flowers on the boat roof"),
    (2, "make the water greener"),
)
"""A canal lock with a narrowboat, with three edits, each on the one before."""
CANAL_BOAT = CANAL[:2]
"""The canal lock with only the narrowboat edit."""
DEPOT = (
    (None, None),
    (0, "make the street lights orange"),
    (1, "add rain"),
    (2, "put a driver in the first bus"),
    (1, "add fog between the buses"),
)
"""A bus depot at night: rounds 2 and 3 were undone and round 4 was made from round 1."""
BIKES = (
    (None, None),
    (0, "make the orange bike in front pink"),
    (1, "remove the trash bin by the stairs"),
)
"""A bicycle parking garage in Utrecht, racks of bikes on two levels, with two edits."""
SEAPLANE = (
    (None, None),
    (0, "make the floats yellow"),
    (None, None),
    (2, "add a kayak next to the jetty"),
)
"""A seaplane at a jetty with one edit, then a second photo, of the jetty from the water, with one edit."""
SWITCHBACK = (
    (None, None),
    (0, "add steam from the locomotive"),
    (1, "make the trees autumn colours"),
    (1, "make the trees autumn colours"),
    (3, "add a hiker on the path"),
)
"""A mountain railway switchback: round 3 is a second try of round 2, then one edit on the second try."""
DINER = (
    (None, None),
    (0, "make the neon sign say open 24 hours"),
    (1, "add a red truck in the parking lot"),
)
"""A truck stop diner at dusk, with two edits."""
DINER_SIGN = DINER[:2]
"""The truck stop diner with only the neon sign edit."""
SUBWAY = (
    (None, None),
    (0, "give the busker a red hat"),
    (1, "add a train arriving"),
    (2, "remove the litter on the platform"),
    (0, "give the busker a green scarf"),
)
"""A subway platform with a busker: after three edits the person went back to the original and made round 4."""
CRANE = (
    (None, None),
    (0, "make the containers blue"),
    (1, "make the sky stormy"),
    (2, "add a container ship behind the crane"),
)
"""A port crane unloading containers, with three edits, each on the one before."""
BALLOON = ((None, None), (0, "make the balloon striped red and white"))
"""A hot air balloon basket before take-off, the envelope half filled, with one edit."""
BALLOON3 = (*BALLOON, (1, "add a dog in the basket"), (2, "make the burner flame bigger"))
"""The hot air balloon with three edits, each on the one before."""
BALLOON_DOG = BALLOON3[:3]
"""The hot air balloon with the stripes and the dog."""

GOTO: tuple[Dev, ...] = (
    # a round by number
    ("take me back to round 2 pls", False, CANAL, "goto", _goto(2)),
    ("lets go w round 3", False, CABLECAR, "goto", _goto(3)),
    ("jump to 5", False, CABLECAR, "goto", _goto(5)),
    ("r1 pls", False, DINER, "goto", _goto(1)),
    ("can we go back to number 3, before the runway got wet", False, GATE, "goto", _goto(3)),
    ("I would like to return to round number one, please.", False, BALLOON3, "goto", _goto(1)),
    ("round two is the keeper, make that the current one", False, SLEEPER, "goto", _goto(2)),
    ("Go To Round 3", False, DEPOT, "goto", _goto(3)),
    # a round by what it shows or lacks
    ("back to the one with the tea but no snow yet", False, SLEEPER, "goto", _goto(2)),
    ("go back to when there was fog but no paraglider", False, CABLECAR, "goto", _goto(2)),
    ("i want the pink sky version back, no birds no lighthouse", False, FERRY, "goto", _goto(1)),
    ("the version where the bin is still there pls", False, BIKES, "goto", _goto(1)),
    ("go back to when the floats were still their normal colour", False, SEAPLANE, "goto", _goto(0)),
    ("back to the blue tuk tuk without the sleeping driver", False, TUKTUK, "goto", _goto(2)),
    ("the one with the driver sitting in the bus, that one", False, DEPOT, "goto", _goto(3)),
    ("the red hat and train one, before the litter got cleaned up", False, SUBWAY, "goto", _goto(2)),
    ("stormy sky but no ship yet, that version", False, CRANE, "goto", _goto(2)),
    ("when both cable cars were still there, go back to that", False, CABLECAR, "goto", _goto(6)),
    ("the dog in the basket one, before the flame got bigger", False, BALLOON3, "goto", _goto(2)),
    # a round by before or after an edit
    ("before you added the scarf", False, SUBWAY, "goto", _goto(0)),
    ("take me back to before the cat got on the bunk", False, SLEEPER, "goto", _goto(3)),
    ("go back to right before the sunset", False, CABLECAR, "goto", _goto(4)),
    ("the one right after the sunset, before the rainbow", False, CABLECAR, "goto", _goto(5)),
    ("revert to just after the lamp change, before the tea", False, SLEEPER, "goto", _goto(1)),
    ("go back to before u painted the boat", False, CANAL, "goto", _goto(0)),
    ("right after the mountains got snow, no sunset yet", False, CABLECAR, "goto", _goto(4)),
    ("the one right after the sky change, before the ship went in", False, CRANE, "goto", _goto(2)),
    ("before the seagulls", False, FERRY, "goto", _goto(1)),
    ("back to before the kayak", False, SEAPLANE, "goto", _goto(2)),
    ("before you touched the plane's tail", False, GATE, "goto", _goto(0)),
    # a round by order, and the original
    ("the first try was better, go back to that", False, GATE, "goto", _goto(1)),
    ("go back to the second-to-last one", False, CABLECAR, "goto", _goto(6)),
    ("three back", False, CABLECAR, "goto", _goto(4)),
    ("the first edit you did, go back to it", False, SUBWAY, "goto", _goto(1)),
    ("the second try of the trees", False, SWITCHBACK, "goto", _goto(3)),
    ("the first autumn trees attempt pls", False, SWITCHBACK, "goto", _goto(2)),
    ("back to the earlier tuk tuk colour", False, TUKTUK, "goto", _goto(1)),
    ("the one before the previous", False, CANAL, "goto", _goto(1)),
    ("scrap everything, original pls", False, CABLECAR, "goto", _goto(0)),
    ("reset it to how it came off my phone", False, TUKTUK, "goto", _goto(0)),
    ("go back to the second photo as i uploaded it", False, SEAPLANE, "goto", _goto(2)),
    ("the original plane pic, pls", False, SEAPLANE, "goto", _goto(0)),
    # a named round, then an edit made from it
    (
        "go back to round 1 and put a conductor in the doorway",
        False,
        SLEEPER,
        "edit",
        _edit_on(1, "put a conductor in the doorway"),
    ),
    ("on the original, make the deck wet", False, FERRY, "edit", _edit_on(0, "make the deck wet")),
    ("take the rainy one and add a bus pulling in", False, DEPOT, "edit", _edit_on(2, "add a bus pulling in")),
    ("from round 3 pls add a flock of birds", False, CABLECAR, "edit", _edit_on(3, "add a flock of birds")),
    (
        "starting from the first tail try, remove the people in the seats",
        False,
        GATE,
        "edit",
        _edit_on(1, "remove the people in the seats"),
    ),
    (
        "use the green tuk-tuk one and give it a roof rack",
        False,
        TUKTUK,
        "edit",
        _edit_on(
            1,
            "give the tuk-tuk a roof rack",
            "give the front tuk-tuk a roof rack",
            "give the green tuk-tuk a roof rack",
        ),
    ),
    (
        "back to before the snow and put rain on the window instead",
        False,
        SLEEPER,
        "edit",
        _edit_on(2, "put rain on the window", "add rain on the window"),
    ),
    (
        "in the version with just the pink sky, add a sailing boat",
        False,
        FERRY,
        "edit",
        _edit_on(1, "add a sailing boat"),
    ),
    (
        "go back to the second photo untouched and make the water calmer",
        False,
        SEAPLANE,
        "edit",
        _edit_on(2, "make the water calmer"),
    ),
    (
        "from the red hat version, add coins in the guitar case",
        False,
        SUBWAY,
        "edit",
        _edit_on(1, "add coins in the guitar case"),
    ),
    ("take the stormy no-ship version and add lightning", False, CRANE, "edit", _edit_on(2, "add lightning")),
    ("from the seagull one add a deckhand waving", False, FERRY, "edit", _edit_on(2, "add a deckhand waving")),
    (
        "from the 1st try of the trees, make the locomotive red",
        False,
        SWITCHBACK,
        "edit",
        _edit_on(2, "make the locomotive red"),
    ),
    (
        "back to the unedited one and give the balloon a rainbow pattern",
        False,
        BALLOON3,
        "edit",
        _edit_on(0, "give the balloon a rainbow pattern"),
    ),
    (
        "start over from the raw shot and put a pilot in the basket",
        False,
        BALLOON3,
        "edit",
        _edit_on(0, "put a pilot in the basket"),
    ),
    (
        "on the version before the bin removal, make the stairs yellow",
        False,
        BIKES,
        "edit",
        _edit_on(1, "make the stairs yellow"),
    ),
    # the foggy one is the current round: a plain edit
    ("take the foggy one and add headlights on the buses", False, DEPOT, "edit", _edit("add headlights on the buses")),
    # an older edit made again, another way, from its own parent
    (
        "redo round 2's sky but sunset orange instead of stormy",
        False,
        CRANE,
        "correction",
        _fix_round(2, "make the sky sunset orange", "make the sky a sunset orange", "make the sky orange"),
    ),
    (
        "the first edit, but make the boat blue not red",
        False,
        CANAL,
        "correction",
        _fix_round(
            1, "paint the narrowboat blue", "make the narrowboat blue", "paint the boat blue", "make the boat blue"
        ),
    ),
    (
        "keep everything up to the snow and put a dog on the bunk instead of the cat",
        False,
        SLEEPER,
        "correction",
        _fix("put a dog on the top bunk", "put a dog on the bunk"),
    ),
    # near misses: a round or a thing no edit made, a wish to travel, a look, an edit that sounds like going back
    ("go back to round 9", False, CANAL, "clarify", ()),
    ("back to before the hat", False, SLEEPER, "clarify", ()),
    ("the one with the moon pls", False, CABLECAR, "clarify", ()),
    ("take me back three steps", False, DINER, "clarify", ()),
    ("the second try pls", False, CANAL, "clarify", ()),
    ("go back to the purple balloon version", False, BALLOON3, "clarify", ()),
    ("take me back to the good one", False, SLEEPER, "clarify", ()),
    ("back to the original pls", False, UPLOAD, "talk", ()),
    ("go back to the beach", False, FERRY, "talk", ()),
    ("man i wanna go back to bangkok, those tuk tuks 😭", False, TUKTUK, "talk", ()),
    ("i'd love to go back to that diner someday, best pie ever", False, DINER, "talk", ()),
    ("just show me round 2, dont switch", False, CANAL, "show", _show(2)),
    ("peek at round 4 but stay put", False, CABLECAR, "show", _show(4)),
    (
        "undo the rainbow but keep the cable car removal",
        False,
        CABLECAR,
        "edit",
        _edit_on(5, "remove the second cable car"),
    ),
    (
        "make the train go back into the tunnel",
        False,
        SWITCHBACK,
        "edit",
        _edit("make the train go back into the tunnel"),
    ),
    (
        "turn the boat back around so it faces the lock gates",
        False,
        CANAL,
        "edit",
        _edit(
            "turn the boat around so it faces the lock gates", "turn the boat back around so it faces the lock gates"
        ),
    ),
    (
        "go back in time, make it look like the 1920s",
        False,
        SLEEPER,
        "edit",
        _edit(
            "make it look like the 1920s",
            "make the photo look like the 1920s",
            "make the compartment look like the 1920s",
        ),
    ),
    (
        "take the cable car back to the top station",
        False,
        CABLECAR,
        "edit",
        _edit(
            "take the cable car back to the top station",
            "move the cable car back to the top station",
            "move the cable car to the top station",
        ),
    ),
    (
        "return the luggage cart to the gate desk",
        False,
        GATE,
        "edit",
        _edit(
            "return the luggage cart to the gate desk",
            "move the luggage cart to the gate desk",
            "put the luggage cart by the gate desk",
        ),
    ),
    ("restore the faded lettering on the boat", False, CANAL, "edit", _edit("restore the faded lettering on the boat")),
    (
        "revert the destination sign on the first bus to say depot",
        False,
        DEPOT,
        "edit",
        _edit(
            "make the destination sign on the first bus say depot",
            "change the destination sign on the first bus to depot",
            "change the destination sign on the first bus to say depot",
            "revert the destination sign on the first bus to say depot",
        ),
    ),
)
"""Gotos to a round named by number, content, before or after an edit, order, or the original; edits from
a named round; and near misses."""

COMPARE: tuple[Dev, ...] = (
    # two rounds by number
    ("compare 1 and 3", False, CANAL, "compare", _compare(1, 3)),
    ("put round 2 next to round 5 pls", False, CABLECAR, "compare", _compare(2, 5)),
    ("round 0 vs round 4", False, SLEEPER, "compare", _compare(0, 4)),
    ("how does 3 differ from 2? side by side pls", False, FERRY, "compare", _compare(2, 3)),
    ("yo compare rounds 4 and 2", False, GATE, "compare", _compare(2, 4)),
    ("compare round one with round two please", False, BALLOON3, "compare", _compare(1, 2)),
    ("round 1 & round 2, compare em", False, DINER, "compare", _compare(1, 2)),
    ("set the original beside round 3", False, CANAL, "compare", _compare(0, 3)),
    ("Could you show rounds 1 and 3 next to each other?", False, DEPOT, "compare", _compare(1, 3)),
    # two rounds by what they show
    ("side by side: the seagull one and the lighthouse one", False, FERRY, "compare", _compare(2, 3)),
    ("green tuk tuk vs blue tuk tuk", False, TUKTUK, "compare", _compare(1, 2)),
    ("the rainy version against the foggy one", False, DEPOT, "compare", _compare(2, 4)),
    ("hat vs scarf on the busker, put them side by side", False, SUBWAY, "compare", _compare(1, 4)),
    (
        "can i see the yellow floats next to the untouched plane pic",
        False,
        SEAPLANE,
        "compare",
        _compare(0, 1),
    ),
    ("put the steam one next to the hiker one", False, SWITCHBACK, "compare", _compare(1, 4)),
    ("compare the pink bike with the orange one", False, BIKES, "compare", _compare(0, 1)),
    ("compare the dog version with the bigger flame", False, BALLOON3, "compare", _compare(2, 3)),
    ("stripes vs no stripes", False, BALLOON, "compare", _compare(0, 1)),
    ("compare snow vs no snow outside the window", False, SLEEPER, "compare", _compare(2, 3)),
    (
        "hows the sunset different from the snowy mountains one, side by side",
        False,
        CABLECAR,
        "compare",
        _compare(4, 5),
    ),
    ("the lighthouse one vs the original", False, FERRY, "compare", _compare(0, 3)),
    # before and after, this one against the original
    ("before and after pls", False, DINER, "compare", _compare(0, 2)),
    ("b4/after", False, TUKTUK, "compare", _compare(0, 3)),
    ("this one vs the original", False, CRANE, "compare", _compare(0, 3)),
    ("before and after for this pic", False, SEAPLANE, "compare", _compare(2, 3)),
    ("now vs the start", False, CABLECAR, "compare", _compare(0, 7)),
    ("compare where we are now with before the cat", False, SLEEPER, "compare", _compare(3, 4)),
    ("with and without the ship, side by side", False, CRANE, "compare", _compare(2, 3)),
    ("compare the last edit", False, CANAL, "compare", _compare(2, 3)),
    (
        "what did the wet runway change? before/after of that edit pls",
        False,
        GATE,
        "compare",
        _compare(3, 4),
    ),
    ("side-by-side of before and after the bin removal", False, BIKES, "compare", _compare(1, 2)),
    # by order, and the two tries
    ("compare the two tries", False, GATE, "compare", _compare(1, 2)),
    ("put the two autumn tries next to each other", False, SWITCHBACK, "compare", _compare(2, 3)),
    ("first edit vs latest", False, DEPOT, "compare", _compare(1, 4)),
    ("two steps back vs now", False, CABLECAR, "compare", _compare(5, 7)),
    ("the very first try vs the one i'm on", False, GATE, "compare", _compare(1, 4)),
    ("put the previous one next to this one", False, SWITCHBACK, "compare", _compare(3, 4)),
    # near misses: one round named, nothing to compare, a question about the world, a choice, a change
    ("compare... nah just show me round 3", False, CABLECAR, "show", _show(3)),
    ("compare it", False, UPLOAD, "clarify", ()),
    ("before and after", False, UPLOAD, "clarify", ()),
    ("compare round 1 and round 6", False, CANAL, "clarify", ()),
    ("compare the two tries", False, CANAL, "clarify", ()),
    ("compare the lighthouse one with the moon one", False, FERRY, "clarify", ()),
    ("how does a cable car compare to a gondola lol", False, CABLECAR, "talk", ()),
    ("seen both, round 2 wins. switch to it", False, CANAL, "goto", _goto(2)),
    ("the hat one looked better than the scarf, go with it", False, SUBWAY, "goto", _goto(1)),
    ("no need to compare, just undo", False, CRANE, "undo", _goto(2)),
    (
        "compared to round 1 this is way too dark, brighten it up",
        False,
        DEPOT,
        "edit",
        _edit("brighten it up", "brighten it", "brighten the photo", "make it brighter", "make the photo brighter"),
    ),
    (
        "compared to the left bus the right one looks filthy, clean it up",
        False,
        DEPOT,
        "edit",
        _edit("clean up the right bus", "clean the right bus up", "clean the right bus", "make the right bus clean"),
    ),
    (
        "match the second tuk tuk's colour to the front one",
        False,
        TUKTUK,
        "edit",
        _edit(
            "make the second tuk-tuk blue",
            "match the second tuk-tuk's colour to the front one",
            "make the second tuk-tuk the same colour as the front one",
        ),
    ),
    (
        "put two containers side by side on the dock",
        False,
        CRANE,
        "edit",
        _edit("put two containers side by side on the dock"),
    ),
    (
        "contrast is too low, bump it",
        False,
        SUBWAY,
        "edit",
        _edit(
            "increase the contrast", "bump the contrast", "bump up the contrast", "boost the contrast", "more contrast"
        ),
    ),
    ("side by side with the original the red barely shows, push it", False, CANAL_BOAT, "retry", _retry("stronger")),
    ("next to the original the sky is way too pink, tone it down", False, FERRY_SKY, "retry", _retry("weaker")),
)
"""Comparisons of two rounds by number, content, order, before and after, or the two tries, and near misses."""

LOOK: tuple[Dev, ...] = (
    # show one round
    ("lemme see round 2 again", False, SLEEPER, "show", _show(2)),
    ("show me the original real quick", False, CABLECAR, "show", _show(0)),
    ("can i peek at the seagull one without switching", False, FERRY, "show", _show(2)),
    ("what did round 3 look like", False, DEPOT, "show", _show(3)),
    ("pull up the green tuk tuk for a sec", False, TUKTUK, "show", _show(1)),
    ("show the first try of the tail", False, GATE, "show", _show(1)),
    ("show me the plane pic w the yellow floats", False, SEAPLANE, "show", _show(1)),
    ("let me see how it looked before the rainbow", False, CABLECAR, "show", _show(5)),
    ("quick look at the red-boat-only version", False, CANAL, "show", _show(1)),
    ("show 2 but stay on this one", False, SWITCHBACK, "show", _show(2)),
    ("i wanna see the red hat busker again", False, SUBWAY, "show", _show(1)),
    ("display the one before the ship", False, CRANE, "show", _show(2)),
    ("show me how it was before you did anything", False, BIKES, "show", _show(0)),
    ("just show me the lamp-only one", False, SLEEPER, "show", _show(1)),
    ("can you show me the 2nd try", False, SWITCHBACK, "show", _show(3)),
    ("show me the dog in the basket version", False, BALLOON3, "show", _show(2)),
    ("show me the empty seats one, before the wet runway", False, GATE, "show", _show(3)),
    # what round this is, what the last edit did
    ("which one am i on", False, CABLECAR, "status", STATUS),
    ("wait what round is this", False, FERRY, "status", STATUS),
    ("what did the last edit change?", False, CRANE, "status", STATUS),
    ("where am i in all this", False, SUBWAY, "status", STATUS),
    ("what did u just do", False, CANAL, "status", STATUS),
    ("remind me what the latest change was", False, SLEEPER, "status", STATUS),
    ("what version number am i looking at", False, TUKTUK, "status", STATUS),
    ("sorry, lost track. where are we at?", False, GATE, "status", STATUS),
    ("which photo am i editing now, the plane or the jetty?", False, SEAPLANE, "status", STATUS),
    ("what was the most recent thing you did to it", False, SWITCHBACK, "status", STATUS),
    # the history
    ("what did we do so far", False, CABLECAR, "history", HISTORY),
    ("can i get a rundown of all the rounds", False, DEPOT, "history", HISTORY),
    ("show me the whole history", False, FERRY, "history", HISTORY),
    ("what have i changed since i uploaded it", False, TUKTUK, "history", HISTORY),
    ("all versions so far?", False, SWITCHBACK, "history", HISTORY),
    ("which edits did we make on the two photos", False, SEAPLANE, "history", HISTORY),
    ("walk me through everything we did", False, SUBWAY, "history", HISTORY),
    ("timeline pls", False, CRANE, "history", HISTORY),
    ("what all did we try w the balloon", False, BALLOON3, "history", HISTORY),
    ("recap", False, CANAL, "history", HISTORY),
    ("give me the list of changes, oldest first", False, DINER, "history", HISTORY),
    # near misses: a thing no round shows, a round that does not exist, the world, a look that moves or edits
    ("show me a red car", False, TUKTUK, "clarify", ()),
    ("show me the version with the horse", False, CABLECAR, "clarify", ()),
    ("show me round 8", False, SLEEPER, "clarify", ()),
    ("show me the next one", False, CABLECAR, "talk", ()),
    ("show me how to use this app", False, UPLOAD, "talk", ()),
    ("show me where utrecht is on a map", False, BIKES, "talk", ()),
    ("tell me the history of narrowboats", False, CANAL, "talk", ()),
    ("whats the status of my train, is it late?", False, SLEEPER, "talk", ()),
    ("show me round 2 and make it the current one", False, CANAL, "goto", _goto(2)),
    ("show me the previous one and go there", False, SLEEPER, "goto", _goto(3)),
    (
        "show me what it would look like with the neon off",
        False,
        DINER,
        "edit",
        _edit(
            "turn the neon off",
            "turn off the neon",
            "turn the neon sign off",
            "turn off the neon sign",
            "switch off the neon sign",
        ),
    ),
    (
        "show the busker playing a violin instead of a guitar",
        False,
        SUBWAY,
        "edit",
        _edit(
            "make the busker play a violin instead of a guitar",
            "give the busker a violin instead of a guitar",
            "replace the busker's guitar with a violin",
            "show the busker playing a violin instead of a guitar",
        ),
    ),
    (
        "display board should say delayed",
        False,
        GATE,
        "edit",
        _edit(
            "make the display board say delayed",
            "change the display board to say delayed",
            "the display board should say delayed",
        ),
    ),
    (
        "show the neon sign all lit up",
        False,
        DINER_SIGN,
        "edit",
        _edit(
            "light up the neon sign",
            "make the neon sign lit up",
            "make the neon sign glow",
            "make the neon sign all lit up",
        ),
    ),
    (
        "history looks fine. now add a waitress at the window",
        False,
        DINER,
        "edit",
        _edit("add a waitress at the window"),
    ),
    ("which round? whatever, just make the sea calmer", False, FERRY, "edit", _edit("make the sea calmer")),
    (
        "what did the last edit change? i see nothing. try it stronger",
        False,
        CRANE,
        "retry",
        _retry("stronger"),
    ),
)
"""Looks at the tree: a round shown, what round this is and what the last edit did, the history; near misses."""

UNDO: tuple[Dev, ...] = (
    # one step back
    ("undooo", False, CANAL, "undo", _goto(2)),
    ("ctrl z that", False, SLEEPER, "undo", _goto(3)),
    ("take that last one back", False, CRANE, "undo", _goto(2)),
    ("remove the last change", False, BIKES, "undo", _goto(1)),
    ("delete that edit", False, BALLOON, "undo", _goto(0)),
    ("can you reverse the last edit", False, TUKTUK, "undo", _goto(2)),
    ("back one step", False, GATE, "undo", _goto(3)),
    ("step back", False, SUBWAY, "undo", _goto(0)),
    ("undo that", False, SEAPLANE, "undo", _goto(2)),
    ("the previous version was nicer honestly", False, SWITCHBACK, "undo", _goto(3)),
    ("undo the fog", False, DEPOT, "undo", _goto(1)),
    ("nah, un-do", False, DINER, "undo", _goto(1)),
    ("Undo.", False, CABLECAR, "undo", _goto(6)),
    # several steps
    ("undo twice", False, CABLECAR, "undo", _goto(5)),
    ("undo x3", False, SLEEPER, "undo", _goto(1)),
    ("undo the last 2 edits", False, CANAL, "undo", _goto(1)),
    ("undo, undo", False, DEPOT, "undo", _goto(0)),
    ("take back the last three", False, CRANE, "undo", _goto(0)),
    ("undo it all", False, GATE, "undo", _goto(0)),
    ("undo two times pls", False, TUKTUK, "undo", _goto(0)),
    ("go back 2 edits", False, BALLOON3, "undo", _goto(1)),
    ("undo four times", False, SLEEPER, "undo", _goto(0)),
    ("step back twice", False, SWITCHBACK, "undo", _goto(1)),
    # go back with a reason
    ("go back, the flame looks fake", False, BALLOON3, "undo", _goto(2)),
    ("go back one, that driver looks creepy", False, TUKTUK, "undo", _goto(2)),
    ("roll that back pls, the ship is way too big", False, CRANE, "undo", _goto(2)),
    ("revert, the water looks like pea soup", False, CANAL, "undo", _goto(2)),
    ("undo please, the truck covers the sign", False, DINER, "undo", _goto(1)),
    ("i hate the lighthouse, undo", False, FERRY, "undo", _goto(1)),
    ("undo that, hiker looks pasted on", False, SWITCHBACK, "undo", _goto(3)),
    ("go back, the cat looks like a plushie lol", False, SLEEPER, "undo", _goto(3)),
    ("go back one, removing that cable car left a weird smudge", False, CABLECAR, "undo", _goto(6)),
    ("that kayak is floating in the air, go back", False, SEAPLANE, "undo", _goto(2)),
    ("cant see the buses anymore, go back", False, DEPOT, "undo", _goto(1)),
    ("the dog looks photoshopped in... go back pls", False, BALLOON_DOG, "undo", _goto(1)),
    # near misses: nothing to undo or redo, the world, undo and do something else, edits that sound like undo
    ("undo", False, UPLOAD, "talk", ()),
    ("undo", False, NO_PHOTO, "talk", ()),
    ("undo twice pls", False, BALLOON, "clarify", ()),
    ("scratch that", False, UPLOAD, "talk", ()),
    ("go forward one", False, CANAL, "talk", ()),
    ("redo the thing i undid", False, CRANE, "talk", ()),
    ("cancel my train booking", False, SLEEPER, "talk", ()),
    ("undo and try again", False, CANAL, "retry", _retry()),
    ("undo that and do it again but subtler", False, CRANE, "retry", _retry("weaker")),
    ("undo and give it another go", False, SWITCHBACK, "retry", _retry()),
    ("go back and reroll it", False, DINER, "retry", _retry()),
    (
        "undo, and make the boat green instead",
        False,
        CANAL_BOAT,
        "correction",
        _fix("paint the narrowboat green", "make the narrowboat green", "paint the boat green", "make the boat green"),
    ),
    (
        "go back and put the cat on the lower bunk instead",
        False,
        SLEEPER,
        "correction",
        _fix("put a cat on the lower bunk", "put the cat on the lower bunk"),
    ),
    (
        "undo the driver and add a monk in the back seat instead",
        False,
        TUKTUK,
        "correction",
        _fix("add a monk in the back seat", "put a monk in the back seat"),
    ),
    ("undo and add a plane taking off instead", False, GATE, "correction", _fix("add a plane taking off")),
    (
        "go back one and add steam rising from the coffee cups",
        False,
        DINER,
        "edit",
        _edit_on(1, "add steam rising from the coffee cups"),
    ),
    ("undo twice then make the sky purple", False, CABLECAR, "edit", _edit_on(5, "make the sky purple")),
    (
        "undo the knot on the mooring rope",
        False,
        CANAL,
        "edit",
        _edit("undo the knot on the mooring rope", "untie the knot on the mooring rope", "untie the mooring rope"),
    ),
    ("roll the window down", False, SLEEPER, "edit", _edit("roll the window down", "roll down the window")),
    (
        "go back to black and white, like old film",
        False,
        FERRY,
        "edit",
        _edit(
            "make it black and white",
            "make the photo black and white",
            "make it black and white like old film",
            "make it black and white like an old film",
        ),
    ),
    (
        "reverse the red truck into the loading bay",
        False,
        DINER,
        "edit",
        _edit("reverse the red truck into the loading bay", "make the red truck reverse into the loading bay"),
    ),
    (
        "step the busker back from the platform edge",
        False,
        SUBWAY,
        "edit",
        _edit("step the busker back from the platform edge", "move the busker back from the platform edge"),
    ),
    (
        "take the lock off the pink bike",
        False,
        BIKES,
        "edit",
        _edit(
            "take the lock off the pink bike", "remove the lock from the pink bike", "remove the lock on the pink bike"
        ),
    ),
)
"""Undo in many words, one step, several, and "go back" with a reason; and near misses."""

R30B: tuple[Dev, ...] = (*GOTO, *COMPARE, *LOOK, *UNDO)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: undo goes to the current round's parent, redo to its newest child
    (2, ("redo", False, SLEEPER, "redo", _goto(3))),
    (2, ("go forward two", False, SLEEPER, "redo", _goto(4))),
    (3, ("oops didnt mean to undo that", False, SLEEPER, "redo", _goto(4))),
    (2, ("compare this with the latest", False, SLEEPER, "compare", _compare(2, 4))),
    (2, ("add a blanket on the lower bunk", False, SLEEPER, "edit", _edit("add a blanket on the lower bunk"))),
    (
        2,
        (
            "swap the tea for a coffee",
            False,
            SLEEPER,
            "edit",
            _edit("swap the tea for a coffee", "replace the tea with a coffee", "replace the cup of tea with a coffee"),
        ),
    ),
    (3, ("undo once more", False, CABLECAR, "undo", _goto(2))),
    (3, ("redo everything", False, CABLECAR, "redo", _goto(7))),
    (3, ("forward 2 steps", False, CABLECAR, "redo", _goto(5))),
    (3, ("compare this with the final version", False, CABLECAR, "compare", _compare(3, 7))),
    (3, ("make the paraglider's wing orange", False, CABLECAR, "edit", _edit("make the paraglider's wing orange"))),
    (
        4,
        (
            "make it night instead of sunset",
            False,
            CABLECAR,
            "edit",
            _edit("make it night", "make it nighttime", "make it night time"),
        ),
    ),
    (4, ("add a second paraglider", False, CABLECAR, "edit", _edit("add a second paraglider"))),
    (0, ("go to round 4", False, CABLECAR, "goto", _goto(4))),
    (0, ("new branch from here: make the cable car red", False, CABLECAR, "edit", _edit("make the cable car red"))),
    (1, ("redo", False, FERRY, "redo", _goto(3))),
    (1, ("compare the two versions made from this one", False, FERRY, "compare", _compare(2, 3))),
    (1, ("undo again", False, FERRY, "undo", _goto(0))),
    (0, ("make the sky orange this time", False, FERRY, "edit", _edit("make the sky orange"))),
    (1, ("add a fishing boat near the horizon", False, FERRY, "edit", _edit("add a fishing boat near the horizon"))),
    (2, ("bring back the wet runway", False, GATE, "redo", _goto(4))),
    (2, ("is this the first or the second try?", False, GATE, "status", STATUS)),
    (2, ("compare this try with the other one", False, GATE, "compare", _compare(1, 2))),
    (2, ("try again", False, GATE, "retry", _retry())),
    (
        2,
        (
            "now add a jet bridge to the plane door",
            False,
            GATE,
            "edit",
            _edit("add a jet bridge to the plane door"),
        ),
    ),
    (1, ("use this try and make the runway wet", False, GATE, "edit", _edit("make the runway wet"))),
    (1, ("redo", False, DEPOT, "redo", _goto(4))),
    (1, ("go to the driver version", False, DEPOT, "goto", _goto(3))),
    (1, ("show me the rain one", False, DEPOT, "show", _show(2))),
    (1, ("add snow on the bus roofs", False, DEPOT, "edit", _edit("add snow on the bus roofs"))),
    (3, ("undo", False, DEPOT, "undo", _goto(2))),
    (3, ("back to the fog", False, DEPOT, "goto", _goto(4))),
    (3, ("make the driver wave", False, DEPOT, "edit", _edit("make the driver wave"))),
    (3, ("step back one", False, SUBWAY, "undo", _goto(2))),
    (3, ("back to the scarf one", False, SUBWAY, "goto", _goto(4))),
    (3, ("go forward one", False, SUBWAY, "talk", ())),
    (3, ("make the wall tiles green", False, SUBWAY, "edit", _edit("make the wall tiles green"))),
    (
        3,
        (
            "undo and add a dog sleeping by the busker",
            False,
            SUBWAY,
            "edit",
            _edit_on(2, "add a dog sleeping by the busker"),
        ),
    ),
    (0, ("redo", False, SUBWAY, "redo", _goto(4))),
    (0, ("undo", False, SUBWAY, "talk", ())),
    (0, ("give the busker a blue beanie", False, SUBWAY, "edit", _edit("give the busker a blue beanie"))),
    (2, ("switch to the other try", False, SWITCHBACK, "goto", _goto(3))),
    (2, ("which try am i on", False, SWITCHBACK, "status", STATUS)),
    (2, ("go forward", False, SWITCHBACK, "talk", ())),
    (2, ("add a hiker on the path here too", False, SWITCHBACK, "edit", _edit("add a hiker on the path"))),
    (2, ("again, another seed", False, SWITCHBACK, "retry", _retry())),
    (2, ("stronger autumn colours pls", False, SWITCHBACK, "retry", _retry("stronger"))),
    (1, ("ctrl+z once more", False, TUKTUK, "undo", _goto(0))),
    (1, ("the blue one with the driver, go there", False, TUKTUK, "goto", _goto(3))),
    (
        1,
        (
            "add a driver asleep in the back seat here too",
            False,
            TUKTUK,
            "edit",
            _edit("add a driver asleep in the back seat"),
        ),
    ),
    (1, ("redo both", False, CANAL, "redo", _goto(3))),
    (1, ("whats the difference between this and the newest", False, CANAL, "compare", _compare(1, 3))),
    (1, ("undo 2 more", False, CANAL, "clarify", ())),
    (1, ("make the lock gates black", False, CANAL, "edit", _edit("make the lock gates black"))),
    (1, ("the red should be deeper", False, CANAL, "retry", _retry("stronger"))),
    (0, ("redo all", False, CRANE, "redo", _goto(3))),
    (0, ("undo once more", False, CRANE, "talk", ())),
    (0, ("make the crane orange", False, CRANE, "edit", _edit("make the crane orange"))),
    (2, ("add a tugboat instead", False, CRANE, "edit", _edit("add a tugboat"))),
    (1, ("redo", False, BALLOON3, "redo", _goto(2))),
    (1, ("compare this to the flame one", False, BALLOON3, "compare", _compare(1, 3))),
    (
        1,
        (
            "put a cat in the basket instead of the dog",
            False,
            BALLOON3,
            "edit",
            _edit("put a cat in the basket", "add a cat in the basket"),
        ),
    ),
    (1, ("bring back the version without the bin", False, BIKES, "redo", _goto(2))),
    (1, ("lemme see the bin-free one but stay here", False, BIKES, "show", _show(2))),
    (1, ("make the bin blue", False, BIKES, "edit", _edit("make the bin blue", "make the trash bin blue"))),
    (1, ("back to the kayak one", False, SEAPLANE, "goto", _goto(3))),
    (1, ("and undo the floats too", False, SEAPLANE, "undo", _goto(0))),
    (
        1,
        (
            "add a pilot waving from the cockpit",
            False,
            SEAPLANE,
            "edit",
            _edit("add a pilot waving from the cockpit"),
        ),
    ),
    (1, ("redo pls", False, DINER, "redo", _goto(2))),
    (
        1,
        (
            "redo the sign edit, it should say open 24/7",
            False,
            DINER,
            "correction",
            _fix(
                "make the neon sign say open 24/7",
                "change the neon sign to say open 24/7",
                "make the sign say open 24/7",
            ),
        ),
    ),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r30b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R30B`, then the moved ones)."""
    return with_moved(R30B, "r30b", MOVED, "r30b_moved")
