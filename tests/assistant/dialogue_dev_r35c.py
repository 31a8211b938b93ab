"""Round 35, set c: moving through a session without editing (undo, redo, goto, show, compare, status,
history) in words that name things in the photo, so that they read like edit requests, against real edit
requests that use the same nouns.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue
model was run on any of it, about photos no other set uses, all of the sea, boats and beaches: a harbour
with fishing boats, a lighthouse on cliffs, surfers at dawn, a sailing regatta, a beach volleyball game, a
pier with anglers, kayaks in a cove, a ferry deck, a sandcastle contest, a lifeguard tower, a seaside
promenade with gulls, a diver on a reef, a yacht marina at sunset and a fish market on the quay. Sessions
have 3 to 7 edits, some with a correction, a retry or an edit after an undo beside an earlier one (a
branch), one with a second photo, and some turns come after an undo or a goto (the current round an older
one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): going back by what an edit did ("back to
before the boat was red", "put the gulls back" right after removing them); showing and comparing rounds
named by what they show ("the one with the yellow kayak", "with and without the seal"); status and
history questions that mention things ("which round has the dolphins?", "how many times did we touch the
flag?"), never an edit; preferences between versions that pick one ("the green jacket was nicer, go back
to it"), one short question where the pick is unclear, and remarks that only rate; redo after an undo in
natural words ("actually bring the gulls back"); and references that cannot be followed ("before the
whale" when no whale was edited, "round 12", "the version from the other photo"), answered in words.
About a quarter of each family are near misses whose right answer is another act, mostly real edits that
use the same nouns ("make the boat red again" after later edits, "turn the beam off but keep the rest",
"show me the marina with the lights off"). The cases have the development set's format (`Dev`: turn,
photo, state, act, calls); `MOVED` holds turns whose current round (first) is an earlier one.
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

HARBOUR = (
    (None, None),
    (0, "paint the big fishing boat red"),
    (1, "add gulls over the masts"),
    (2, "remove the crates on the quay"),
    (3, "make the water greener"),
)
"""A harbour with fishing boats moored at the quay, with four edits, each on the one before."""
HARBOUR_BLUE = (
    (None, None),
    (0, "make the sky clearer"),
    (1, "paint the big fishing boat red"),
    (2, "make the big fishing boat blue"),
)
"""The harbour with a clearer sky, the boat painted red, then in the last edit blue."""
HARBOUR_NETS = (*HARBOUR_BLUE, (3, "add a fisherman mending nets on the quay"))
"""The harbour with the boat red, then blue, then a fisherman added on top."""
LIGHTHOUSE = (
    (None, None),
    (0, "paint red and white stripes on the lighthouse"),
    (1, "add storm clouds over the sea"),
    (2, "turn on the lighthouse beam"),
    (3, "add a sailboat near the cliffs"),
    (4, "make the grass on the cliffs yellow"),
)
"""A lighthouse on green cliffs above the sea, with five edits, each on the one before."""
SURF = (
    (None, None),
    (0, "remove the surfer on the left"),
    (1, "make the dawn sky more orange"),
    (2, "add a dog running on the beach"),
)
"""Surfers carrying boards into the waves at dawn, with three edits."""
REGATTA = (
    (None, None),
    (0, "make the lead boat's sail red"),
    (0, "make the lead boat's sail white"),
    (2, "add an orange buoy at the finish line"),
    (3, "make the waves choppier"),
)
"""A sailing regatta after a correction: round 2 (white sail) was made from the original beside round 1 (red)."""
VOLLEY = (
    (None, None),
    (0, "make the volleyball yellow"),
    (1, "remove the spectators behind the net"),
    (2, "make the sand whiter"),
)
"""A beach volleyball game, two against two at the net, with three edits."""
PIER = (
    (None, None),
    (0, "add a heron on the railing"),
    (1, "make the angler's jacket green"),
    (1, "give the angler a bucket of fish"),
    (3, "make the sea calmer"),
)
"""A pier with anglers after an undo: round 3 was made from round 1, beside the green jacket of round 2."""
COVE = (
    (None, None),
    (0, "make the red kayak yellow"),
    (1, "add a seal on the rocks"),
    (2, "make the water turquoise"),
    (3, "remove the kayak on the right"),
)
"""Kayaks pulled up in a rocky cove, with four edits, the last a removal."""
FERRY = (
    (None, None),
    (0, "remove the lifebuoy from the railing"),
    (1, "add dolphins jumping beside the ferry"),
    (2, "make the sky overcast"),
)
"""A ferry deck with passengers at the railing, with three edits."""
FERRY_NEW = (*FERRY, (None, None))
"""The ferry session, then a second photo with no edit yet (round 4, current)."""
SANDCASTLE = (
    (None, None),
    (0, "add a flag on top of the tallest tower"),
    (1, "dig a moat with water around the castle"),
    (2, "remove the bucket next to the castle"),
    (3, "make the flag blue"),
    (4, "add a crab on the wall"),
    (5, "make the sand darker"),
)
"""A sandcastle contest entry, with six edits, two of them of the flag."""
TOWER = (
    (None, None),
    (0, "paint the lifeguard tower yellow"),
    (1, "add a red flag on the tower"),
    (1, "add a red flag on the tower"),
)
"""A lifeguard tower on the beach after a retry: round 3 is a second try of round 2, from round 1."""
PROMENADE = (
    (None, None),
    (0, "remove the gulls"),
    (1, "make the railing white"),
    (2, "add an ice cream cart"),
    (3, "make the street lamps glow"),
)
"""A seaside promenade with gulls on the railing, with four edits, the first removing the gulls."""
PROM_BENCHES = (
    (None, None),
    (0, "make the benches green"),
    (1, "add a kite in the sky"),
    (2, "remove the gulls"),
)
"""The seaside promenade with three edits, the last removing the gulls."""
REEF = (
    (None, None),
    (0, "make the diver's fins yellow"),
    (1, "add a sea turtle behind the diver"),
    (2, "make the coral more colourful"),
    (3, "add bubbles from the diver's regulator"),
    (4, "remove the fishing line in the corner"),
    (5, "add a school of small blue fish"),
    (6, "make the water clearer"),
)
"""A diver over a coral reef, with seven edits, each on the one before."""
MARINA = (
    (None, None),
    (0, "make the sunset more purple"),
    (1, "add string lights on the big yacht"),
    (2, "remove the man on the dock"),
)
"""A yacht marina at sunset, with three edits, the last a removal."""
FISHMARKET = (
    (None, None),
    (0, "add crushed ice under the fish"),
    (1, "make the awning blue and white striped"),
    (2, "remove the cat under the table"),
    (3, "add a chalkboard with prices"),
)
"""A fish market on the quay, stalls under an awning, with four edits."""

BACK: tuple[Dev, ...] = (
    # going back by what an edit did: the round before it, or the round that still shows a thing
    ("back to before the boat was red pls", False, HARBOUR, "goto", _goto(0)),
    ("the one before u added the gulls, go there", False, HARBOUR, "goto", _goto(1)),
    ("undo the water thing, it looks like pea soup", False, HARBOUR, "undo", _goto(3)),
    ("can we go back to when the crates were still on the quay", False, HARBOUR, "goto", _goto(2)),
    ("take me back to right after the boat got painted", False, HARBOUR, "goto", _goto(1)),
    ("back to before the boat went blue", False, HARBOUR_NETS, "goto", _goto(2)),
    ("get rid of the blue, go back to the red boat", False, HARBOUR_BLUE, "undo", _goto(2)),
    ("undo the grass thing", False, LIGHTHOUSE, "undo", _goto(4)),
    ("go back to b4 the storm clouds", False, LIGHTHOUSE, "goto", _goto(1)),
    ("i want the version without the sailboat back", False, LIGHTHOUSE, "goto", _goto(3)),
    ("rewind to when the beam was still off", False, LIGHTHOUSE, "goto", _goto(2)),
    ("revert to before you striped the lighthouse", False, LIGHTHOUSE, "goto", _goto(0)),
    ("i want the version with the surfer on the left back", False, SURF, "goto", _goto(0)),
    ("back to before the dog", False, SURF, "goto", _goto(2)),
    ("take out the dog, it looks pasted in", False, SURF, "undo", _goto(2)),
    ("return to when the sky was still its normal colour", False, SURF, "goto", _goto(1)),
    ("put the gulls back", False, PROM_BENCHES, "undo", _goto(2)),
    ("hmm i want my gulls back 🐦", False, PROM_BENCHES, "undo", _goto(2)),
    ("Please restore the gulls, removing them was a mistake.", False, PROM_BENCHES, "undo", _goto(2)),
    ("back to when the gulls were still there", False, PROMENADE, "goto", _goto(0)),
    ("undo the lamp glow", False, PROMENADE, "undo", _goto(3)),
    ("go to the one before the ice cream cart", False, PROMENADE, "goto", _goto(2)),
    ("go back to before the turtle", False, REEF, "goto", _goto(1)),
    ("back to before the little blue fish", False, REEF, "goto", _goto(5)),
    ("undo the clearer water, it looks fake", False, REEF, "undo", _goto(6)),
    ("the version where the fishing line was still in the corner, take me there", False, REEF, "goto", _goto(4)),
    ("scrap everything after the bubbles", False, REEF, "goto", _goto(4)),
    ("put the kayak on the right back", False, COVE, "undo", _goto(3)),
    ("before the seal, pls", False, COVE, "goto", _goto(1)),
    ("the right kayak was fine tbh, bring it back", False, COVE, "undo", _goto(3)),
    ("bring the guy on the dock back", False, MARINA, "undo", _goto(2)),
    ("back to how the sunset looked originally", False, MARINA, "goto", _goto(0)),
    ("go back to before the lights went up on the yacht", False, MARINA, "goto", _goto(1)),
    ("go back to before the crowd vanished", False, VOLLEY, "goto", _goto(1)),
    ("undo the sand", False, VOLLEY, "undo", _goto(2)),
    ("undo the flag", False, TOWER, "undo", _goto(1)),
    ("go back to when the tower was still its old colour", False, TOWER, "goto", _goto(0)),
    ("go back to when the cat was still under the table", False, FISHMARKET, "goto", _goto(2)),
    ("undo the chalkboard, looks cheesy", False, FISHMARKET, "undo", _goto(3)),
    ("back to before the buoy was added", False, REGATTA, "goto", _goto(2)),
    ("two steps back from the choppy waves", False, REGATTA, "goto", _goto(2)),
    ("undo the sand colour and go back to before the crab", False, SANDCASTLE, "goto", _goto(4)),
    ("the lighthouse thing, undo it", False, LIGHTHOUSE, "clarify", ()),
    ("put the crates back", False, HARBOUR, "clarify", ()),
    ("bring the left surfer back", False, SURF, "clarify", ()),
    ("i want the red kayak back", False, COVE, "clarify", ()),
    ("put the gulls back", False, PROMENADE, "clarify", ()),
    # near misses: real edits that use the same nouns, a retry of the last edit
    (
        "make the boat red again",
        False,
        HARBOUR_NETS,
        "edit",
        _edit(
            "make the boat red",
            "make the boat red again",
            "make the big fishing boat red",
            "make the big fishing boat red again",
        ),
    ),
    ("make the water a bit less green", False, HARBOUR, "retry", _retry("weaker")),
    ("now make the gulls bigger", False, HARBOUR, "edit", _edit("make the gulls bigger")),
    (
        "turn the beam off but keep everything else",
        False,
        LIGHTHOUSE,
        "edit",
        _edit("turn the beam off", "turn off the beam", "turn the lighthouse beam off", "turn off the lighthouse beam"),
    ),
    (
        "the stripes should be blue and white now",
        False,
        LIGHTHOUSE,
        "edit",
        _edit("make the stripes blue and white", "make the lighthouse stripes blue and white"),
    ),
    (
        "lose the sailboat",
        False,
        LIGHTHOUSE,
        "edit",
        _edit("lose the sailboat", "remove the sailboat", "remove the sailboat near the cliffs"),
    ),
    (
        "add a second surfer paddling out",
        False,
        SURF,
        "edit",
        _edit("add a second surfer paddling out"),
    ),
    ("make the dog a golden retriever", False, SURF, "edit", _edit("make the dog a golden retriever")),
    (
        "make the lamps glow warmer",
        False,
        PROMENADE,
        "edit",
        _edit("make the lamps glow warmer", "make the street lamps glow warmer"),
    ),
    ("make the turtle bigger", False, REEF, "edit", _edit("make the turtle bigger", "make the sea turtle bigger")),
    (
        "give the fish some yellow stripes",
        False,
        REEF,
        "edit",
        _edit(
            "give the fish yellow stripes",
            "give the small blue fish yellow stripes",
            "give the fish some yellow stripes",
        ),
    ),
    (
        "make the yellow kayak red",
        False,
        COVE,
        "edit",
        _edit("make the yellow kayak red"),
    ),
    ("add a man fishing on the dock", False, MARINA, "edit", _edit("add a man fishing on the dock")),
    (
        "make the ball white again",
        False,
        VOLLEY,
        "edit",
        _edit(
            "make the ball white",
            "make the volleyball white",
            "make the ball white again",
            "make the volleyball white again",
        ),
    ),
    ("move the chalkboard to the left", False, FISHMARKET, "edit", _edit("move the chalkboard to the left")),
    (
        "put a cat back under the table, a ginger one",
        False,
        FISHMARKET,
        "edit",
        _edit("put a ginger cat under the table", "put a ginger cat back under the table"),
    ),
    ("undo the knot on the angler's line", False, PIER, "edit", _edit("undo the knot on the angler's line")),
    (
        "paint a white stripe along the boat's hull",
        False,
        HARBOUR,
        "edit",
        _edit("paint a white stripe along the boat's hull"),
    ),
    ("give the lighthouse a red door", False, LIGHTHOUSE, "edit", _edit("give the lighthouse a red door")),
    ("make the storm clouds darker", False, LIGHTHOUSE, "edit", _edit("make the storm clouds darker")),
    ("put a lifeguard flag next to the dog", False, SURF, "edit", _edit("put a lifeguard flag next to the dog")),
    (
        "before the seal? nah, just move the seal onto the bigger rock",
        False,
        COVE,
        "edit",
        _edit("move the seal onto the bigger rock"),
    ),
    (
        "undo the creases in the awning",
        False,
        FISHMARKET,
        "edit",
        _edit(
            "undo the creases in the awning", "remove the creases in the awning", "remove the creases from the awning"
        ),
    ),
    (
        "back to before the buoy, then add a yellow buoy instead",
        False,
        REGATTA,
        "edit",
        (*_goto(2), *_edit("add a yellow buoy", "add a yellow buoy at the finish line")),
    ),
    (
        "go back to before the grass and make the sailboat bigger there",
        False,
        LIGHTHOUSE,
        "edit",
        (*_goto(4), *_edit("make the sailboat bigger")),
    ),
)
"""Going back by what an edit did, an unclear one asked about, and near misses."""

SHOW: tuple[Dev, ...] = (
    # one round or two, named by what they show
    ("show me the one with the yellow kayak", False, COVE, "show", _show(1)),
    ("with and without the seal, side by side", False, COVE, "compare", _compare(1, 2)),
    ("what did the original look like?", False, COVE, "show", _show(0)),
    ("turquoise water vs before", False, COVE, "compare", _compare(2, 3)),
    ("compare the red sail with the white sail", False, REGATTA, "compare", _compare(1, 2)),
    ("show me the white sail one", False, REGATTA, "show", _show(2)),
    ("calm waves next to choppy waves pls", False, REGATTA, "compare", _compare(3, 4)),
    ("lemme see the red sail again", False, REGATTA, "show", _show(1)),
    ("peek at the storm clouds version", False, LIGHTHOUSE, "show", _show(2)),
    ("beam on vs beam off", False, LIGHTHOUSE, "compare", _compare(2, 3)),
    ("before and after the sailboat plz", False, LIGHTHOUSE, "compare", _compare(3, 4)),
    ("og lighthouse vs now", False, LIGHTHOUSE, "compare", _compare(0, 5)),
    ("show me how the stripes looked when u first did them", False, LIGHTHOUSE, "show", _show(1)),
    ("show me the turtle one", False, REEF, "show", _show(2)),
    ("compare the fins one and the one with the fish school", False, REEF, "compare", _compare(1, 6)),
    ("show me the last one that still had the fishing line", False, REEF, "show", _show(4)),
    ("bubbles vs no bubbles?", False, REEF, "compare", _compare(3, 4)),
    ("show me the flag before it turned blue", False, SANDCASTLE, "show", _show(3)),
    ("the moat one and the crab one side by side", False, SANDCASTLE, "compare", _compare(2, 5)),
    ("show me the last version that still had the bucket", False, SANDCASTLE, "show", _show(2)),
    ("show me the one with the green jacket", False, PIER, "show", _show(2)),
    ("green jacket vs bucket of fish", False, PIER, "compare", _compare(2, 3)),
    ("how did it look before the heron", False, PIER, "show", _show(0)),
    ("can i see the red boat one", False, HARBOUR, "show", _show(1)),
    ("compare before and after you took the crates away", False, HARBOUR, "compare", _compare(2, 3)),
    ("red boat vs blue boat", False, HARBOUR_BLUE, "compare", _compare(2, 3)),
    ("what did it look like before the sky went orange?", False, SURF, "show", _show(1)),
    ("with and without the dog next to each other", False, SURF, "compare", _compare(2, 3)),
    ("show the dolphins one", False, FERRY, "show", _show(2)),
    ("grey sky version vs the one before it", False, FERRY, "compare", _compare(2, 3)),
    ("lifebuoy vs no lifebuoy", False, FERRY, "compare", _compare(0, 1)),
    ("show me the purple sunset one", False, MARINA, "show", _show(1)),
    ("Could you show me the marina before and after the string lights?", False, MARINA, "compare", _compare(1, 2)),
    ("cat vs no cat 🐱", False, FISHMARKET, "compare", _compare(2, 3)),
    ("what did the awning look like originally", False, FISHMARKET, "show", _show(0)),
    ("show me the stripy awning one", False, FISHMARKET, "show", _show(2)),
    ("crowd vs no crowd", False, VOLLEY, "compare", _compare(1, 2)),
    ("lemme see the yellow ball one by itself", False, VOLLEY, "show", _show(1)),
    ("the two flag tries next to each other", False, TOWER, "compare", _compare(2, 3)),
    ("show me the first flag", False, TOWER, "show", _show(2)),
    ("gulls vs no gulls, one next to the other", False, PROM_BENCHES, "compare", _compare(2, 3)),
    ("show me the promenade with the gulls still on the railing", False, PROMENADE, "show", _show(0)),
    ("show me the overcast one from the first pic", False, FERRY_NEW, "show", _show(3)),
    # near misses: a look asked to be seen is an edit, a move is a goto, a vague pick asks
    (
        "show me the marina with the sky all stormy",
        False,
        MARINA,
        "edit",
        _edit("make the sky stormy", "make the sky all stormy"),
    ),
    (
        "what would the cove look like at night? show me",
        False,
        COVE,
        "edit",
        _edit("make it night", "make the cove look like night", "make it look like night", "make it nighttime"),
    ),
    (
        "show the dolphins jumping higher",
        False,
        FERRY,
        "edit",
        _edit("make the dolphins jump higher", "show the dolphins jumping higher"),
    ),
    (
        "give me a version where the seal is sleeping",
        False,
        COVE,
        "edit",
        _edit("make the seal sleep", "make the seal sleeping", "make the seal asleep"),
    ),
    ("make the yellow kayak bigger so it shows more", False, COVE, "edit", _edit("make the yellow kayak bigger")),
    ("take me to the one with the yellow kayak", False, COVE, "goto", _goto(1)),
    ("go to the green jacket one and stay there", False, PIER, "goto", _goto(2)),
    (
        "compare the two sails and then put a red stripe on the white one",
        False,
        REGATTA,
        "edit",
        (*_compare(1, 2), *_edit("put a red stripe on the white sail")),
    ),
    ("compare the one with the lights to the other one", False, MARINA, "clarify", ()),
    ("show me the nicer sail", False, REGATTA, "clarify", ()),
    (
        "show the beach with no footprints",
        False,
        VOLLEY,
        "edit",
        _edit("remove the footprints", "remove the footprints from the beach", "remove the footprints in the sand"),
    ),
    (
        "let me see the heron with its wings open",
        False,
        PIER,
        "edit",
        _edit("make the heron open its wings", "give the heron open wings", "open the heron's wings"),
    ),
    (
        "show the seal with a pup next to it",
        False,
        COVE,
        "edit",
        _edit("add a pup next to the seal", "add a seal pup next to the seal", "show the seal with a pup next to it"),
    ),
    (
        "give me a version of the ferry at sunset",
        False,
        FERRY,
        "edit",
        _edit("make it sunset", "make it a sunset", "make the ferry at sunset", "make it look like sunset"),
    ),
    (
        "put a red sail on the second boat too",
        False,
        REGATTA,
        "edit",
        _edit("put a red sail on the second boat", "make the second boat's sail red"),
    ),
    (
        "side by side is boring, put two kayaks side by side on the sand",
        False,
        COVE,
        "edit",
        _edit("put two kayaks side by side on the sand"),
    ),
    (
        "show more dolphins lol, like a whole pod",
        False,
        FERRY,
        "edit",
        _edit("add a whole pod of dolphins", "add more dolphins", "add a pod of dolphins"),
    ),
    ("ok seen the before and after. now add a manta ray", False, REEF, "edit", _edit("add a manta ray")),
)
"""Showing and comparing rounds named by what they show, and near misses."""

ASK: tuple[Dev, ...] = (
    # questions about the session that mention things: status, history, or words
    ("did you already change the flag?", False, SANDCASTLE, "history", HISTORY),
    ("which round has the dolphins?", False, FERRY, "history", HISTORY),
    ("what did i ask for with the buoy?", False, REGATTA, "history", HISTORY),
    ("how many times did we mess with the water", False, REEF, "history", HISTORY),
    ("how many times have we touched the flag so far", False, SANDCASTLE, "history", HISTORY),
    ("which edits were about the lighthouse itself", False, LIGHTHOUSE, "history", HISTORY),
    ("when did the seal show up, which step", False, COVE, "history", HISTORY),
    ("list everything we did to the boat", False, HARBOUR_NETS, "history", HISTORY),
    ("did we do anything to the railing yet?", False, PROMENADE, "history", HISTORY),
    ("remind me all the things we changed on the reef pic", False, REEF, "history", HISTORY),
    ("which versions have the heron in them", False, PIER, "history", HISTORY),
    ("wait, did we ever get rid of the bucket?", False, SANDCASTLE, "history", HISTORY),
    ("Which steps involved the sky? I lost track.", False, SURF, "history", HISTORY),
    ("what's the order we did the sails in", False, REGATTA, "history", HISTORY),
    ("what round am i on, the crab one?", False, SANDCASTLE, "status", STATUS),
    ("what did you just do to the water", False, REEF, "status", STATUS),
    ("which flag try is this one", False, TOWER, "status", STATUS),
    ("so is this the version with the ice cream cart or the lamps?", False, PROMENADE, "status", STATUS),
    ("what was the last thing u changed, the lights or the guy?", False, MARINA, "status", STATUS),
    ("how many versions of the harbour are there now", False, HARBOUR, "status", STATUS),
    ("where did the crates go?", False, HARBOUR, "talk", ()),
    ("wait is the heron still in this one?", False, PIER, "talk", ()),
    ("is the lifebuoy gone in this version or not", False, FERRY, "talk", ()),
    ("did the gulls get deleted or did they fly off lol", False, PROM_BENCHES, "talk", ()),
    ("how many gulls are there on the railing lol", False, PROMENADE, "talk", ()),
    ("whats a finish buoy even for in a regatta", False, REGATTA, "talk", ()),
    ("what kind of turtle is that, a green one?", False, REEF, "talk", ()),
    ("do you think the fishermen mind us editing their boat haha", False, HARBOUR, "talk", ()),
    ("did you change the dolphins too or just the sky", False, FERRY, "status", STATUS),
    # near misses: edits and retries said around a question
    ("the dolphins, can they jump higher?", False, FERRY, "edit", _edit("make the dolphins jump higher")),
    ("how about 5 more dolphins? add them pls", False, FERRY, "edit", _edit("add 5 more dolphins")),
    (
        "did you change the flag? whatever, make it red now",
        False,
        SANDCASTLE,
        "edit",
        _edit("make the flag red"),
    ),
    (
        "the buoy, can it be yellow",
        False,
        REGATTA,
        "edit",
        _edit("make the buoy yellow", "make the orange buoy yellow"),
    ),
    (
        "how many crabs are there? just one? add two more",
        False,
        SANDCASTLE,
        "edit",
        _edit("add two more crabs", "add two more crabs on the wall"),
    ),
    ("is the sand dark enough? nah make it darker", False, SANDCASTLE, "retry", _retry("stronger")),
    ("did you already change the sky? make it pink", False, LIGHTHOUSE, "edit", _edit("make the sky pink")),
    (
        "which round was the seal? whatever, give it a fish in its mouth",
        False,
        COVE,
        "edit",
        _edit("give the seal a fish in its mouth"),
    ),
    (
        "what did you change? the chalkboard? make the text white",
        False,
        FISHMARKET,
        "edit",
        _edit("make the chalkboard text white", "make the text on the chalkboard white"),
    ),
    (
        "can u check if the heron is still there and if yes make it white",
        False,
        PIER,
        "edit",
        _edit("make the heron white"),
    ),
    ("count the anglers for me", False, PIER, "talk", ()),
    (
        "which round was the cart? also make the cart red",
        False,
        PROMENADE,
        "edit",
        _edit("make the cart red", "make the ice cream cart red"),
    ),
    (
        "how many anglers are there? remove all but one",
        False,
        PIER,
        "edit",
        _edit("remove all but one angler", "remove all the anglers but one", "remove all anglers but one"),
    ),
    (
        "what did we do with the sky? eh, just make it sunnier",
        False,
        SURF,
        "edit",
        _edit("make the sky sunnier", "make it sunnier"),
    ),
    (
        "did the turtle get edited? give it a barnacle shell",
        False,
        REEF,
        "edit",
        _edit("give the turtle a barnacle shell", "give the sea turtle a barnacle shell"),
    ),
)
"""Status and history questions that mention things in the photo, and near misses."""

PREFER: tuple[Dev, ...] = (
    # a preference that picks a version: go there; unclear: ask; a remark that only rates: words
    ("the green jacket was nicer, go back to that", False, PIER, "goto", _goto(2)),
    ("the first flag looked better, switch to it", False, TOWER, "goto", _goto(2)),
    ("red suited it better, back to red pls", False, HARBOUR_BLUE, "undo", _goto(2)),
    ("i preferred it before the yellow grass", False, LIGHTHOUSE, "undo", _goto(4)),
    ("the yellow grass is ok i guess but green was nicer", False, LIGHTHOUSE, "undo", _goto(4)),
    ("i liked it more when the sea was rough, keep that one", False, PIER, "undo", _goto(3)),
    ("white sail > red sail, stay with the white one", False, REGATTA, "talk", ()),
    ("actually the red sail was the better pick, go with that one", False, REGATTA, "goto", _goto(1)),
    ("the kayak on the right made the pic, i want that version", False, COVE, "undo", _goto(3)),
    ("honestly the man on the dock gave it life, use the one with him", False, MARINA, "undo", _goto(2)),
    ("the sunset was prettier before you purpled it, go back to it", False, MARINA, "goto", _goto(0)),
    ("the sand looked better before, revert", False, VOLLEY, "undo", _goto(2)),
    ("i liked the crowd. the one with the crowd pls", False, VOLLEY, "goto", _goto(1)),
    ("the lamps were nicer off, go back", False, PROMENADE, "undo", _goto(3)),
    ("nah the water was better before, take me back one", False, REEF, "undo", _goto(6)),
    ("the reef peaked at the turtle, go back to that one", False, REEF, "goto", _goto(2)),
    ("prefer the orange sky w/o the dog. switch", False, SURF, "undo", _goto(2)),
    ("ooh the chalkboard ruins it, the one before was best", False, FISHMARKET, "undo", _goto(3)),
    ("i like the blue flag version best, the one before the crab", False, SANDCASTLE, "goto", _goto(4)),
    ("i liked it better with the old sail", False, REGATTA, "clarify", ()),
    ("i liked it better when the boat was red", False, HARBOUR_NETS, "clarify", ()),
    ("i liked one of the earlier ones better", False, LIGHTHOUSE, "clarify", ()),
    ("the older one was better", False, REEF, "clarify", ()),
    ("i think the sky was nicer before", False, LIGHTHOUSE, "clarify", ()),
    ("the old sail was nice too", False, REGATTA, "talk", ()),
    ("the red boat was cool too ngl", False, HARBOUR_BLUE, "talk", ()),
    ("both flags look fine tbh", False, TOWER, "talk", ()),
    ("the old lighthouse had its charm as well", False, LIGHTHOUSE, "talk", ()),
    ("the gulls were kinda cute before but this is cleaner", False, PROM_BENCHES, "talk", ()),
    ("love the green jacket, love the fish bucket, cant choose 😅", False, PIER, "talk", ()),
    ("eh the dog is fine i guess, the beach was nice without it too", False, SURF, "talk", ()),
    # near misses: an edit that brings back one look and keeps the rest
    (
        "i'd like the sail red like the first try, but keep the buoy",
        False,
        REGATTA,
        "edit",
        _edit("make the sail red", "make the lead boat's sail red"),
    ),
    (
        "i liked the sky better before, make it less orange",
        False,
        SURF,
        "edit",
        _edit("make the sky less orange", "make the dawn sky less orange"),
    ),
    (
        "prefer the jacket green, can you make it green on this one",
        False,
        PIER,
        "edit",
        _edit("make the jacket green", "make the angler's jacket green"),
    ),
    (
        "the fish school was nice but make it bigger",
        False,
        REEF,
        "edit",
        _edit(
            "make the fish school bigger", "make the school of fish bigger", "make the school of small blue fish bigger"
        ),
    ),
    ("the first flag was better, do a third one", False, TOWER, "retry", _retry()),
    ("better but still too dark, brighten the sand more", False, VOLLEY, "retry", _retry("stronger")),
    (
        "keep this one but make the awning red and white",
        False,
        FISHMARKET,
        "edit",
        _edit("make the awning red and white", "make the awning red and white striped"),
    ),
    (
        "nice lights. do the same on the small yacht",
        False,
        MARINA,
        "edit",
        _edit("add string lights on the small yacht"),
    ),
    ("the sunset should be pinker, not this purple", False, MARINA, "edit", _edit("make the sunset pinker")),
    (
        "both are nice but i want the ball orange",
        False,
        VOLLEY,
        "edit",
        _edit("make the ball orange", "make the volleyball orange"),
    ),
    (
        "the fisherman is great, now give him a yellow raincoat",
        False,
        HARBOUR_NETS,
        "edit",
        _edit("give the fisherman a yellow raincoat"),
    ),
    ("i prefer the crab smaller", False, SANDCASTLE, "edit", _edit("make the crab smaller")),
    (
        "i like this one most, just sharpen the heron a bit",
        False,
        PIER,
        "edit",
        _edit("sharpen the heron", "sharpen the heron a bit"),
    ),
)
"""Preferences between versions that pick one, unclear ones, remarks that only rate, and near misses."""

REDO: tuple[Dev, ...] = (
    # redo with nothing undone, and new edits that sound like bringing something back
    ("redo what you just undid", False, HARBOUR, "talk", ()),
    ("bring back what i undid", False, SURF, "talk", ()),
    ("redo pls", False, UPLOAD, "talk", ()),
    ("add more gulls", False, HARBOUR, "edit", _edit("add more gulls")),
    ("more dolphins pls", False, FERRY, "edit", _edit("add more dolphins")),
    (
        "bring back some gulls but only on the lamp posts",
        False,
        PROMENADE,
        "edit",
        _edit(
            "add some gulls on the lamp posts", "add gulls on the lamp posts", "bring back some gulls on the lamp posts"
        ),
    ),
    (
        "do the stripes again but thinner",
        False,
        LIGHTHOUSE,
        "edit",
        _edit("make the stripes thinner", "make the lighthouse stripes thinner"),
    ),
    ("redo the gulls", False, HARBOUR, "clarify", ()),
    ("redo the sand, its all blotchy", False, SANDCASTLE, "retry", _retry()),
    ("give me the lamps again, new seed", False, PROMENADE, "retry", _retry()),
    (
        "add back a lifebuoy but an orange one",
        False,
        FERRY,
        "edit",
        _edit("add an orange lifebuoy", "add an orange lifebuoy on the railing", "add back an orange lifebuoy"),
    ),
    ("another heron on the other railing", False, PIER, "edit", _edit("add another heron on the other railing")),
    (
        "put more crabs on the wall",
        False,
        SANDCASTLE,
        "edit",
        _edit("put more crabs on the wall", "add more crabs on the wall"),
    ),
)
"""Redo where nothing was undone, and new edits that sound like bringing something back."""

NOWHERE: tuple[Dev, ...] = (
    # references that cannot be followed: a plain answer, no call
    ("go back to before the whale", False, REEF, "talk", ()),
    ("show me round 12", False, REEF, "talk", ()),
    ("go back to the version from the other photo", False, HARBOUR, "talk", ()),
    ("compare round 2 and round 9", False, VOLLEY, "talk", ()),
    ("undo the pier", False, SURF, "talk", ()),
    ("show me the one with the blue boat", False, HARBOUR, "talk", ()),
    ("back 10 steps", False, HARBOUR, "talk", ()),
    ("the third flag try, show it", False, TOWER, "talk", ()),
    ("bring back the pelican you removed", False, PIER, "talk", ()),
    ("go to the version with the rainbow", False, MARINA, "talk", ()),
    ("compare the red sail with the green sail", False, REGATTA, "talk", ()),
    ("undo", False, FERRY_NEW, "talk", ()),
    ("go back to before the sunset edit", False, FISHMARKET, "talk", ()),
    ("show me what the kayaks looked like in the pic i sent yesterday", False, COVE, "talk", ()),
    ("round 0.5 lol", False, SANDCASTLE, "talk", ()),
    ("back to before the shark pls", False, REEF, "talk", ()),
    ("show me the lighthouse before it was built haha", False, LIGHTHOUSE, "talk", ()),
    ("compare the volleyball one with the frisbee one", False, VOLLEY, "talk", ()),
    ("revert to before the lifeguard", False, TOWER, "talk", ()),
    ("take me to the version from the other photo, the beach one", False, FISHMARKET, "talk", ()),
    ("show round -2", False, SURF, "talk", ()),
    ("go to round seventeen", False, PROMENADE, "talk", ()),
    ("undo the dolphins", False, FERRY_NEW, "clarify", ()),
    ("back to before the lighthouse", False, LIGHTHOUSE, "clarify", ()),
    ("the one with the yellow thing", False, COVE, "clarify", ()),
    ("show me round 3", False, MARINA, "show", _show(3)),
    ("compare round 1 and round 7", False, REEF, "compare", _compare(1, 7)),
    ("go back to before the turtle pls, the 7 edits r too much", False, REEF, "goto", _goto(1)),
    ("ok the whale then: add a whale in the distance", False, REEF, "edit", _edit("add a whale in the distance")),
    (
        "add a pelican on the railing next to the heron",
        False,
        PIER,
        "edit",
        _edit("add a pelican on the railing next to the heron"),
    ),
    (
        "put a rainbow over the marina",
        False,
        MARINA,
        "edit",
        _edit("put a rainbow over the marina", "add a rainbow over the marina"),
    ),
    (
        "no shark yet? add one under the diver",
        False,
        REEF,
        "edit",
        _edit("add a shark under the diver"),
    ),
    ("same overcast sky on this one", False, FERRY_NEW, "edit", _edit("make the sky overcast")),
    ("show me the first pic i sent, the unedited one", False, FERRY_NEW, "show", _show(0)),
)
"""References that cannot be followed, answered in words, and near misses that can."""

R35C: tuple[Dev, ...] = (*BACK, *SHOW, *ASK, *PREFER, *REDO, *NOWHERE)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: redo goes forward along the undone path, undo to the current round's parent
    (1, ("actually bring the gulls back", False, HARBOUR, "redo", _goto(2))),
    (1, ("redo what you just undid", False, HARBOUR, "redo", _goto(2))),
    (1, ("no wait, i want that edit again", False, HARBOUR, "redo", _goto(2))),
    (1, ("add a few gulls on the boat roof", False, HARBOUR, "edit", _edit("add a few gulls on the boat roof"))),
    (2, ("redo the crate removal", False, HARBOUR, "redo", _goto(3))),
    (2, ("add more gulls", False, HARBOUR, "edit", _edit("add more gulls"))),
    (3, ("redo the sailboat", False, LIGHTHOUSE, "redo", _goto(4))),
    (3, ("go forward one", False, LIGHTHOUSE, "redo", _goto(4))),
    (3, ("redo both of the ones i undid", False, LIGHTHOUSE, "redo", _goto(5))),
    (
        3,
        (
            "add a different sailboat, a red one",
            False,
            LIGHTHOUSE,
            "edit",
            _edit("add a red sailboat", "add a red sailboat near the cliffs"),
        ),
    ),
    (3, ("show me the yellow grass one i undid", False, LIGHTHOUSE, "show", _show(5))),
    (3, ("compare where i am with the yellow grass version", False, LIGHTHOUSE, "compare", _compare(3, 5))),
    (3, ("undo the beam too", False, LIGHTHOUSE, "undo", _goto(2))),
    (4, ("redo the next one", False, REEF, "redo", _goto(5))),
    (4, ("forward to where the fish school was", False, REEF, "goto", _goto(6))),
    (4, ("put back everything i undid", False, REEF, "redo", _goto(7))),
    (4, ("add more fish", False, REEF, "edit", _edit("add more fish"))),
    (4, ("what round am i on now", False, REEF, "status", STATUS)),
    (4, ("and before the bubbles too", False, REEF, "undo", _goto(3))),
    (3, ("bring the kayak removal back, i changed my mind", False, COVE, "redo", _goto(4))),
    (3, ("redooo", False, COVE, "redo", _goto(4))),
    (3, ("remove the kayak on the left instead", False, COVE, "edit", _edit("remove the kayak on the left"))),
    (2, ("oops didnt mean to bring the gulls back", False, PROM_BENCHES, "redo", _goto(3))),
    (2, ("ok gulls gone again pls, redo", False, PROM_BENCHES, "redo", _goto(3))),
    (2, ("make the benches darker green", False, PROM_BENCHES, "edit", _edit("make the benches darker green"))),
    (2, ("bring the man on the dock back... no wait, redo the removal", False, MARINA, "redo", _goto(3))),
    (2, ("compare with the one i just undid", False, MARINA, "compare", _compare(2, 3))),
    (
        2,
        (
            "take the man off the dock but leave his boat",
            False,
            MARINA,
            "edit",
            _edit("remove the man on the dock but leave his boat", "take the man off the dock but leave his boat"),
        ),
    ),
    (1, ("redo", False, TOWER, "clarify", ())),
    (1, ("the first flag try, go to it", False, TOWER, "goto", _goto(2))),
    (1, ("add a blue flag on the tower", False, TOWER, "edit", _edit("add a blue flag on the tower"))),
    (1, ("back to the calmer sea one", False, PIER, "goto", _goto(4))),
    (2, ("which one am i on, the jacket one?", False, PIER, "status", STATUS)),
    (2, ("undo once more", False, PIER, "undo", _goto(1))),
    (0, ("redo the heron", False, PIER, "redo", _goto(1))),
    (2, ("forward again please, the buoy one", False, REGATTA, "redo", _goto(3))),
    (2, ("go back to the red sail", False, REGATTA, "goto", _goto(1))),
    (1, ("the white sail was better after all, go there", False, REGATTA, "goto", _goto(2))),
    (0, ("show me the choppy waves one", False, REGATTA, "show", _show(4))),
    (3, ("yes bring the bucket back", False, SANDCASTLE, "goto", _goto(2))),
    (3, ("redo the blue flag and the crab", False, SANDCASTLE, "redo", _goto(5))),
    (3, ("show me the darker sand one", False, SANDCASTLE, "show", _show(6))),
    (0, ("redo it all, all 6", False, SANDCASTLE, "redo", _goto(6))),
    (2, ("redo the chalkboard no wait the cat removal", False, FISHMARKET, "redo", _goto(3))),
    (2, ("i undid too much, go to the chalkboard one", False, FISHMARKET, "goto", _goto(4))),
    (1, ("redo the crowd removal", False, VOLLEY, "redo", _goto(2))),
    (1, ("remove the spectators on the left only", False, VOLLEY, "edit", _edit("remove the spectators on the left"))),
    (2, ("bring the dog back pls", False, SURF, "redo", _goto(3))),
    (2, ("add a cat running on the beach", False, SURF, "edit", _edit("add a cat running on the beach"))),
    (1, ("redo the orange sky", False, SURF, "redo", _goto(2))),
    (0, ("redo the surfer removal", False, SURF, "redo", _goto(1))),
    (2, ("show the blue boat", False, HARBOUR_NETS, "show", _show(3))),
    (3, ("undo to the red boat", False, HARBOUR_NETS, "undo", _goto(2))),
    (3, ("redo the fisherman", False, HARBOUR_NETS, "redo", _goto(4))),
    (3, ("go back to round 12", False, LIGHTHOUSE, "talk", ())),
    (2, ("bring back the whale", False, REEF, "talk", ())),
    (1, ("compare this one with round 9", False, FERRY, "talk", ())),
    (2, ("now add a pelican on the quay from here", False, HARBOUR, "edit", _edit("add a pelican on the quay"))),
    (4, ("starting from here, make the water darker blue", False, REEF, "edit", _edit("make the water darker blue"))),
    (
        1,
        (
            "from this one add a sunhat on the angler",
            False,
            PIER,
            "edit",
            _edit("add a sunhat on the angler", "put a sunhat on the angler"),
        ),
    ),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r35c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R35C`, then the moved ones)."""
    return with_moved(R35C, "r35c", MOVED, "r35c_moved")
