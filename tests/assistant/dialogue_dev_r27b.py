"""Round 27, set b: one short clarifying question against a clear act, from angles the other sets miss.

Written by hand from what a demanding user wants (the issue's table of behaviours and its "not sure: one
short clarifying question, nothing stored"), before the dialogue model was run on any of it, about photos
no other set uses: a perfumer's lab, a kaiten sushi bar, a fencing bout, a sugarhouse boiling maple sap, a
jai alai court, shuffleboard on a cruise ship deck, a hornbill in a rainforest canopy, a gannet colony on a
sea stack, an atoll from the air, a theremin player on a stage, a steelpan band at a carnival, a segway
tour, a foosball table in an office and a breakdancer in a subway station. Sessions have 0 to 5 edits, some
with retries side by side, some on two branches after an undo, some with the current round an older one.

Five families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few in capitals): an edit verb whose thing is missing ("it",
"them" on a fresh photo or after an edit that changed no single thing); an edit verb whose change is
missing ("change the background", "replace the boombox"); several candidates left open ("one of the
fencers", "the dog or the bucket, whichever"); a choice handed to the assistant or its opinion asked ("red
or blue, you choose", "which looks better"); and session words with no clear target ("use that one" among
three tries, "the earlier version" on two branches, "compare" alone, "the other one" when none was
named). About a third of each family are near misses whose right answer is a clear act: "it" after an edit
that named its object, "it" meaning the whole photo, the change given, the candidate named, the choice
made in the same turn, the round named. The cases have the development set's format (`Dev`: turn, photo,
state, act, calls); `MOVED` holds turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _compare, _edit, _goto, _show, with_moved

PERFUME = ((None, None), (0, "make the tall vial amber"))
"""A perfumer's lab: glass vials (a tall one, a squat one), an atomizer, a brass scale, blotter strips, dried roses."""
PERFUME_BRIGHT = ((None, None), (0, "make the whole photo brighter"))
"""The perfumer's lab with one edit that changed no single thing."""
KAITEN = ((None, None), (0, "make the plates on the belt gold"))
"""A kaiten sushi bar: a conveyor belt of plates, a chef, a tea tap, pickled ginger, a menu board."""
KAITEN_TRIES = (
    (None, None),
    (0, "add a salmon roll on the empty plate"),
    (0, "add a salmon roll on the empty plate"),
    (0, "add a salmon roll on the empty plate"),
)
"""The sushi bar after two retries: rounds 1 to 3 are three tries of one edit, each from the original."""
FENCING = ((None, None), (0, "make the left fencer's mask red"))
"""A fencing bout: two fencers in white with masks and épées, a referee, a scoreboard."""
FENCING_CONTRAST = ((None, None), (0, "add more contrast"))
"""The fencing bout with one edit that changed no single thing."""
SUGARHOUSE = (
    (None, None),
    (0, "add more steam over the evaporator"),
    (1, "make the woodpile bigger"),
    (2, "put a red bucket by the door"),
)
"""A sugarhouse boiling maple sap (the evaporator, steam, sap buckets, a woodpile, a dog), three edits in a row."""
JAIALAI = ((None, None), (0, "make the cesta look newer"))
"""A jai alai court: a player with a wicker cesta, the pelota, the green front wall, netting, spectators."""
SHUFFLE = ((None, None), (0, "make the pucks yellow"))
"""Shuffleboard on a cruise ship deck: pucks, cues, a lifebuoy, deck chairs, the sea."""
SHUFFLE_WARM = ((None, None), (0, "make the colours warmer"))
"""The shuffleboard deck with one edit that changed no single thing."""
HORNBILL = ((None, None), (0, "add a second hornbill on the branch"))
"""A hornbill in a rainforest canopy (a branch, figs, vines, mist), a second hornbill added."""
GANNETS = (
    (None, None),
    (0, "add a fishing boat by the stack"),
    (1, "make the sea rougher"),
    (0, "make the gannets whiter"),
    (3, "add fog around the stack"),
)
"""A gannet colony on a sea stack, two branches: the boat then a rougher sea (1, 2); whiter gannets then fog (3, 4)."""
ATOLL = (
    (None, None),
    (0, "make the lagoon turquoise"),
    (1, "add a boat in the lagoon"),
    (2, "remove the hut"),
    (3, "add more palm trees on the sandbar"),
    (4, "make the reef brighter"),
)
"""An atoll from the air (a lagoon, a reef, palm trees, a hut, a sandbar), five edits in a row."""
THEREMIN = ((None, None), (0, "make the curtain velvet green"))
"""A theremin player on a stage: the theremin and its two antennas, spotlights, a velvet curtain, a microphone."""
THEREMIN_SHARP = ((None, None), (0, "sharpen the whole image"))
"""The theremin player with one edit that changed no single thing."""
STEELPAN = ((None, None), (0, "make the pans silver"), (1, "make the flags silver"))
"""A steelpan band at a carnival (pans, drummers, feathered costumes, flags), two edits that both made things silver."""
SEGWAY = ((None, None), (0, "give the guide a yellow flag"))
"""A segway tour: tourists in helmets, a guide, a fountain; the guide given a yellow flag."""
SEGWAY_BW = ((None, None), (0, "make it black and white"))
"""The segway tour (tourists in helmets, a guide in a jacket, a fountain) made black and white."""
FOOSBALL = ((None, None), (0, "make the red players green"), (0, "make the red players purple"))
"""A foosball table in an office (red and blue players, the ball, beanbags, a whiteboard): two sibling edits."""
BREAK = ((None, None), (0, "make the boombox chrome"))
"""A breakdancer on cardboard in a subway station: a crowd, a boombox, tiles, a poster."""
BREAK_VINTAGE = ((None, None), (0, "give the photo a vintage film look"))
"""The breakdancer with one edit that changed no single thing."""
BREAK_WARMED = ((None, None), (0, "make the boombox chrome"), (1, "make the whole photo warmer"))
"""The breakdancer: the boombox edit, then one that changed no single thing."""
BREAK_WARM_FIRST = ((None, None), (0, "make the whole photo warmer"), (1, "make the boombox chrome"))
"""The breakdancer: an edit of the whole photo, then the boombox edit."""

AFTER_PERFUME_BRIGHT = (*PERFUME_BRIGHT, (None, None))
AFTER_SHUFFLE = (*SHUFFLE, (None, None))

MISSING_THING: tuple[Dev, ...] = (
    # "it", "them", "that" with nothing to point at: a fresh photo
    ("can u make it teal", False, UPLOAD, "clarify", ()),
    ("just take it out, its ugly", False, UPLOAD, "clarify", ()),
    ("make them a little bigger?", False, UPLOAD, "clarify", ()),
    ("swap it out for a candle", False, UPLOAD, "clarify", ()),
    ("MAKE IT LIME GREEN", False, UPLOAD, "clarify", ()),
    ("please to change it in red colour", False, UPLOAD, "clarify", ()),
    ("put a bow on it 🎀", False, UPLOAD, "clarify", ()),
    ("move it more to the right pls", False, UPLOAD, "clarify", ()),
    ("make em stripy", False, UPLOAD, "clarify", ()),
    ("replace them with cats lol", False, UPLOAD, "clarify", ()),
    ("get rid of both of them", False, UPLOAD, "clarify", ()),
    ("can you make that one face the other way", False, UPLOAD, "clarify", ()),
    ("copy it onto the other side", False, UPLOAD, "clarify", ()),
    ("hang it on the wall behind", False, UPLOAD, "clarify", ()),
    ("erase it pls its in the way", False, UPLOAD, "clarify", ()),
    ("Could you please make it a little bit more red? Thank you", False, UPLOAD, "clarify", ()),
    ("shrink those a bit", False, UPLOAD, "clarify", ()),
    ("give it sunglasses 😎", False, UPLOAD, "clarify", ()),
    ("pic attached, could u remove them", True, UPLOAD, "clarify", ()),
    ("here u go. turn it purple pls", True, UPLOAD, "clarify", ()),
    ("make it orange pls 🍊", False, (), "clarify", ()),
    # the same right after an edit that changed no single thing
    ("nice, now make it purple", False, PERFUME_BRIGHT, "clarify", ()),
    ("better. now remove it", False, PERFUME_BRIGHT, "clarify", ()),
    ("and make them smaller", False, PERFUME_BRIGHT, "clarify", ()),
    ("make them taller", False, FENCING_CONTRAST, "clarify", ()),
    ("ok swap it for a trophy", False, FENCING_CONTRAST, "clarify", ()),
    ("ok now delete it", False, FENCING_CONTRAST, "clarify", ()),
    ("move it closer to the railing", False, SHUFFLE_WARM, "clarify", ()),
    ("paint them navy", False, SHUFFLE_WARM, "clarify", ()),
    ("can u duplicate it", False, SHUFFLE_WARM, "clarify", ()),
    ("cool now turn it gold", False, THEREMIN_SHARP, "clarify", ()),
    ("make it rounder", False, THEREMIN_SHARP, "clarify", ()),
    ("put it in the centre of the frame", False, THEREMIN_SHARP, "clarify", ()),
    ("now move it to the left a bit", False, BREAK_VINTAGE, "clarify", ()),
    ("replace it with a guitar", False, BREAK_VINTAGE, "clarify", ()),
    ("turn those pink", False, BREAK_VINTAGE, "clarify", ()),
    ("now make it gold-ish", False, BREAK_WARMED, "clarify", ()),
    ("thx. can you flip it so it faces left", False, BREAK_WARMED, "clarify", ()),
    ("change its colour to lilac", False, UPLOAD, "clarify", ()),
    ("can u recolour it navy blue", False, UPLOAD, "clarify", ()),
    ("make its handle longer", False, SHUFFLE_WARM, "clarify", ()),
    # near misses: "it" after an edit that named its object, "it" as the whole photo, the thing named
    (
        "make it a lot shinier",
        False,
        FENCING,
        "edit",
        _edit("make the left fencer's mask a lot shinier", "make the left fencer's mask shinier"),
    ),
    ("put a gold cap on it", False, PERFUME, "edit", _edit("put a gold cap on the tall vial")),
    (
        "make them a bit smaller pls",
        False,
        KAITEN,
        "edit",
        _edit("make the plates on the belt a bit smaller", "make the plates a bit smaller"),
    ),
    ("give them a glossy finish", False, SHUFFLE, "edit", _edit("give the pucks a glossy finish")),
    (
        "make it just a tad bigger",
        False,
        HORNBILL,
        "edit",
        _edit(
            "make the second hornbill just a tad bigger",
            "make the second hornbill a tad bigger",
            "make the new hornbill a tad bigger",
            "make the second hornbill a bit bigger",
            "make the second hornbill bigger",
        ),
    ),
    (
        "swap it for a tennis racket lol",
        False,
        JAIALAI,
        "edit",
        _edit("swap the cesta for a tennis racket", "replace the cesta with a tennis racket"),
    ),
    ("add gold tassels to it", False, THEREMIN, "edit", _edit("add gold tassels to the curtain")),
    (
        "move it closer to the dancer",
        False,
        BREAK,
        "edit",
        _edit("move the boombox closer to the dancer", "move the boombox closer to the breakdancer"),
    ),
    ("add stickers on it", False, BREAK_WARM_FIRST, "edit", _edit("add stickers on the boombox")),
    (
        "make its strap brown",
        False,
        JAIALAI,
        "edit",
        _edit("make the cesta's strap brown", "make the cesta strap brown", "make the strap of the cesta brown"),
    ),
    (
        "make it black and white pls",
        False,
        UPLOAD,
        "edit",
        _edit("make it black and white", "make the photo black and white"),
    ),
    (
        "can u make it look like a 90s disposable camera pic",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make it look like a 90s disposable camera pic",
            "make the photo look like a 90s disposable camera pic",
        ),
    ),
    (
        "brighten it up a smidge",
        False,
        UPLOAD,
        "edit",
        _edit(
            "brighten it up a smidge",
            "brighten the photo up a smidge",
            "brighten it a bit",
            "brighten the photo a bit",
            "brighten it up a bit",
        ),
    ),
    (
        "crop it square for insta",
        False,
        UPLOAD,
        "edit",
        _edit("crop it square", "crop the photo square", "crop it to a square", "crop the photo to a square"),
    ),
    ("make the scoreboard blue", False, FENCING_CONTRAST, "edit", _edit("make the scoreboard blue")),
    ("ok now remove the lifebuoy", False, SHUFFLE_WARM, "edit", _edit("remove the lifebuoy")),
    ("the cues, make them longer", False, SHUFFLE_WARM, "edit", _edit("make the cues longer")),
    (
        "turn the antennas gold",
        False,
        THEREMIN_SHARP,
        "edit",
        _edit("turn the antennas gold", "make the antennas gold"),
    ),
    (
        "keep it b&w but make the guides jacket red",
        False,
        SEGWAY_BW,
        "edit",
        _edit(
            "make the guide's jacket red",
            "make the guides jacket red",
            "keep it b&w but make the guides jacket red",
            "keep it black and white but make the guide's jacket red",
        ),
    ),
    ("remove the atomizer pls", False, UPLOAD, "edit", _edit("remove the atomizer")),
    ("paint the vials blue", False, PERFUME_BRIGHT, "edit", _edit("paint the vials blue")),
    ("it = the pelota. make it orange", False, UPLOAD, "edit", _edit("make the pelota orange")),
    (
        "the poster in the back, make it neon pink",
        False,
        BREAK_VINTAGE,
        "edit",
        _edit("make the poster in the back neon pink"),
    ),
    ("do the same to this pic", True, AFTER_PERFUME_BRIGHT, "edit", _edit("make the whole photo brighter")),
    ("can you make things a different colour?", False, UPLOAD, "talk", ()),
    ("love it, thx", False, PERFUME_BRIGHT, "talk", ()),
)
"""An edit verb with its thing missing, and near misses."""

MISSING_CHANGE: tuple[Dev, ...] = (
    # a thing named with no change, or a change with no value
    ("can u change the hut colour", False, UPLOAD, "clarify", ()),
    ("i wanna change the background", False, UPLOAD, "clarify", ()),
    ("replace the boombox", False, UPLOAD, "clarify", ()),
    ("put something on the deck chair", False, UPLOAD, "clarify", ()),
    ("make the lagoon look different", False, UPLOAD, "clarify", ()),
    ("recolour the scoreboard pls", False, UPLOAD, "clarify", ()),
    ("switch out the poster on the wall", False, UPLOAD, "clarify", ()),
    ("change what the menu board says", False, UPLOAD, "clarify", ()),
    ("resize the pelota", False, UPLOAD, "clarify", ()),
    ("move the referee somewhere else", False, UPLOAD, "clarify", ()),
    ("change the weather", False, UPLOAD, "clarify", ()),
    ("different time of day pls", False, UPLOAD, "clarify", ()),
    ("alter the sky a bit", False, UPLOAD, "clarify", ()),
    ("can we change the season", False, UPLOAD, "clarify", ()),
    ("change the chef's outfit", False, UPLOAD, "clarify", ()),
    ("put some text on it", False, UPLOAD, "clarify", ()),
    ("add a caption", False, UPLOAD, "clarify", ()),
    ("change the font on the poster", False, UPLOAD, "clarify", ()),
    ("edit the fountain", False, UPLOAD, "clarify", ()),
    ("CHANGE THE BACKGROUND PLZ", False, UPLOAD, "clarify", ()),
    ("chnage the colour of the curtian", False, UPLOAD, "clarify", ()),
    ("please change the color of wall, thank you", False, UPLOAD, "clarify", ()),
    ("add something to the empty table", False, UPLOAD, "clarify", ()),
    ("put a different animal on the branch", False, UPLOAD, "clarify", ()),
    ("give the tourists other helmets", False, UPLOAD, "clarify", ()),
    ("make the palm trees a different kind", False, UPLOAD, "clarify", ()),
    ("the sky needs to be another colour", False, UPLOAD, "clarify", ()),
    ("swap the drink in his hand", False, UPLOAD, "clarify", ()),
    ("i want the beanbags in some other colour", False, UPLOAD, "clarify", ()),
    ("new pic! can u replace the tea tap", True, UPLOAD, "clarify", ()),
    ("theres the photo, change the floor pls", True, UPLOAD, "clarify", ()),
    # the same after an edit
    ("ok now change their colour again", False, KAITEN, "clarify", ()),
    ("swap the scoreboard", False, FENCING, "clarify", ()),
    ("hmm replace it", False, HORNBILL, "clarify", ()),
    ("now add something in the corner", False, SUGARHOUSE, "clarify", ()),
    ("replace the boat", False, ATOLL, "clarify", ()),
    ("change the flags to another colour", False, STEELPAN, "clarify", ()),
    ("add some other stuff on the belt", False, KAITEN, "clarify", ()),
    ("make the fountain look different too", False, SEGWAY, "clarify", ()),
    ("replace the hornbill", False, HORNBILL, "clarify", ()),
    ("give the player a different cesta", False, UPLOAD, "clarify", ()),
    ("add a few more things to the deck", False, UPLOAD, "clarify", ()),
    ("swap out the whiteboard", False, UPLOAD, "clarify", ()),
    # near misses: the change given, or a removal or blur that needs nothing more
    (
        "change the hut colour to mint",
        False,
        UPLOAD,
        "edit",
        _edit("change the hut colour to mint", "make the hut mint"),
    ),
    (
        "replace the boombox with a record player",
        False,
        UPLOAD,
        "edit",
        _edit("replace the boombox with a record player"),
    ),
    ("make the background a snowy forest", False, UPLOAD, "edit", _edit("make the background a snowy forest")),
    ("can u remove the background", False, UPLOAD, "edit", _edit("remove the background")),
    ("blur the background a little pls", False, UPLOAD, "edit", _edit("blur the background a little")),
    (
        "put a cocktail with an umbrella on the deck chair",
        False,
        UPLOAD,
        "edit",
        _edit("put a cocktail with an umbrella on the deck chair"),
    ),
    (
        "change the weather to a thunderstorm",
        False,
        UPLOAD,
        "edit",
        _edit("change the weather to a thunderstorm", "make the weather a thunderstorm"),
    ),
    (
        "turn it to night time",
        False,
        UPLOAD,
        "edit",
        _edit("turn it to night time", "make it night time", "make it nighttime"),
    ),
    ("turn it into winter", False, UPLOAD, "edit", _edit("turn it into winter", "make it winter")),
    (
        "make the menu board say 'all plates 2 euro'",
        False,
        UPLOAD,
        "edit",
        _edit("make the menu board say 'all plates 2 euro'"),
    ),
    ("add a caption that says happy bday dad", False, UPLOAD, "edit", _edit("add a caption that says happy bday dad")),
    ("make the pelota twice as big", False, UPLOAD, "edit", _edit("make the pelota twice as big")),
    ("move the referee to the left edge", False, UPLOAD, "edit", _edit("move the referee to the left edge")),
    (
        "recolour the curtain in mustard yellow",
        False,
        UPLOAD,
        "edit",
        _edit("recolour the curtain in mustard yellow", "make the curtain mustard yellow"),
    ),
    ("give the chef a red bandana", False, UPLOAD, "edit", _edit("give the chef a red bandana")),
    (
        "swap out the whiteboard for a dartboard",
        False,
        UPLOAD,
        "edit",
        _edit("swap out the whiteboard for a dartboard", "replace the whiteboard with a dartboard"),
    ),
    (
        "new pic, replace the tea tap with a little waterfall",
        True,
        UPLOAD,
        "edit",
        _edit("replace the tea tap with a little waterfall"),
    ),
    ("replace the boat with a kayak", False, ATOLL, "edit", _edit("replace the boat with a kayak")),
    (
        "change the background to a sandy beach",
        False,
        JAIALAI,
        "edit",
        _edit("change the background to a sandy beach", "make the background a sandy beach"),
    ),
    ("add a black cat in the corner", False, SUGARHOUSE, "edit", _edit("add a black cat in the corner")),
    (
        "swap the scoreboard for an old flip one",
        False,
        FENCING,
        "edit",
        _edit("swap the scoreboard for an old flip one", "replace the scoreboard with an old flip one"),
    ),
    (
        "make the drummers shirts gold",
        False,
        STEELPAN,
        "edit",
        _edit("make the drummers shirts gold", "make the drummers' shirts gold"),
    ),
    ("now the spotlights, make them pink", False, THEREMIN, "edit", _edit("make the spotlights pink")),
    ("add a couple of seagulls over the deck", False, UPLOAD, "edit", _edit("add a couple of seagulls over the deck")),
    ("blur the crowd behind the dancer pls", False, BREAK, "edit", _edit("blur the crowd behind the dancer")),
    ("can you even change backgrounds?", False, UPLOAD, "talk", ()),
    ("is it possible to swap the sky in a pic", False, UPLOAD, "talk", ()),
)
"""An edit verb with its change missing, and near misses."""

CANDIDATES: tuple[Dev, ...] = (
    # several candidates, and which one is left open
    ("make one of the fencers wear gold", False, UPLOAD, "clarify", ()),
    ("remove one of the deck chairs", False, UPLOAD, "clarify", ()),
    ("get rid of the tourist or the guide, whichever", False, UPLOAD, "clarify", ()),
    ("the bigger one i guess", False, UPLOAD, "clarify", ()),
    ("left one or right one, dunno, make it red", False, UPLOAD, "clarify", ()),
    ("make either the vial or the atomizer gold, dont care which", False, UPLOAD, "clarify", ()),
    ("one of the gannets should be black", False, UPLOAD, "clarify", ()),
    ("change one of the pans to copper", False, UPLOAD, "clarify", ()),
    ("add a hat to one of the tourists", False, UPLOAD, "clarify", ()),
    ("the tall one. no wait the short one. hmm", False, UPLOAD, "clarify", ()),
    ("make the one in the middle or the one next to it blue", False, UPLOAD, "clarify", ()),
    ("make the bigger one red pls", False, UPLOAD, "clarify", ()),
    ("remove the person on the left or the one on the right, your call", False, UPLOAD, "clarify", ()),
    ("delete one of the two beanbags", False, UPLOAD, "clarify", ()),
    ("that one on the side", False, UPLOAD, "clarify", ()),
    ("the one at the back", False, UPLOAD, "clarify", ()),
    ("the blue or the red team, whichever, make them gold", False, UPLOAD, "clarify", ()),
    ("plz make 1 of the drummers a woman", False, UPLOAD, "clarify", ()),
    ("now one of the épées", False, FENCING, "clarify", ()),
    ("make a single one of them pink, not all", False, KAITEN, "clarify", ()),
    ("undo one of them", False, STEELPAN, "clarify", ()),
    ("swap one of the figs for a mango", False, HORNBILL, "clarify", ()),
    ("make one hornbill bigger", False, HORNBILL, "clarify", ()),
    ("move one of the vials onto the scale", False, PERFUME, "clarify", ()),
    ("ONE OF THE PUCKS RED", False, SHUFFLE, "clarify", ()),
    ("take out a palm tree", False, ATOLL, "clarify", ()),
    ("either the dog or the bucket needs to go", False, SUGARHOUSE, "clarify", ()),
    ("make one of the spotlights pink", False, THEREMIN, "clarify", ()),
    ("remove one of them", False, SUGARHOUSE, "clarify", ()),
    ("the smaller one now", False, GANNETS, "clarify", ()),
    ("make one of the spectators wave", False, JAIALAI, "clarify", ()),
    # near misses: the candidate named, or all of them
    ("remove the left deck chair", False, UPLOAD, "edit", _edit("remove the left deck chair")),
    ("make the bigger vial blue", False, UPLOAD, "edit", _edit("make the bigger vial blue")),
    (
        "make both fencers masks gold",
        False,
        UPLOAD,
        "edit",
        _edit("make both fencers masks gold", "make both fencers' masks gold"),
    ),
    (
        "make all the gannets black",
        False,
        UPLOAD,
        "edit",
        _edit("make all the gannets black", "make the gannets black"),
    ),
    ("remove the tourist on the far right", False, UPLOAD, "edit", _edit("remove the tourist on the far right")),
    (
        "change the pan at the front to copper",
        False,
        UPLOAD,
        "edit",
        _edit("change the pan at the front to copper", "make the pan at the front copper"),
    ),
    (
        "put a hat on the guide, not the tourists",
        False,
        UPLOAD,
        "edit",
        _edit("put a hat on the guide", "put a hat on the guide, not the tourists"),
    ),
    (
        "remove the smaller of the two boats",
        False,
        UPLOAD,
        "edit",
        _edit("remove the smaller of the two boats", "remove the smaller boat"),
    ),
    ("make the red team gold", False, UPLOAD, "edit", _edit("make the red team gold")),
    (
        "take out the palm tree closest to the hut",
        False,
        UPLOAD,
        "edit",
        _edit("take out the palm tree closest to the hut", "remove the palm tree closest to the hut"),
    ),
    ("the one nearest the chef, make that pink", False, KAITEN, "edit", _edit("make the plate nearest the chef pink")),
    (
        "do it to the other fencer too",
        False,
        FENCING,
        "edit",
        _edit("make the right fencer's mask red", "make the other fencer's mask red"),
    ),
    ("undo the flags one", False, STEELPAN, "undo", _goto(1)),
    (
        "make the new hornbill bigger",
        False,
        HORNBILL,
        "edit",
        _edit("make the new hornbill bigger", "make the second hornbill bigger"),
    ),
    ("make the squat vial purple", False, PERFUME, "edit", _edit("make the squat vial purple")),
    ("paint the biggest puck blue", False, SHUFFLE, "edit", _edit("paint the biggest puck blue")),
    (
        "the spotlight on the left, pink pls",
        False,
        THEREMIN,
        "edit",
        _edit("make the spotlight on the left pink", "make the left spotlight pink"),
    ),
    (
        "remove the dog, keep the bucket",
        False,
        SUGARHOUSE,
        "edit",
        _edit("remove the dog", "remove the dog, keep the bucket"),
    ),
    ("can you edit only one person if there are several?", False, UPLOAD, "talk", ()),
    ("how do i tell you which one i mean", False, UPLOAD, "talk", ()),
)
"""Several candidates left open, and near misses."""

CHOICES: tuple[Dev, ...] = (
    # the person hands the choice for an edit they want to the assistant: one question back
    ("make the mask red or blue, you choose", False, UPLOAD, "clarify", ()),
    ("gold or silver for the pans? whatever u think", False, UPLOAD, "clarify", ()),
    ("i want the curtain changed, green or purple, u decide", False, UPLOAD, "clarify", ()),
    ("recolour the hut, coral or teal, ur call", False, UPLOAD, "clarify", ()),
    ("add either a dolphin or a turtle in the lagoon, up to u", False, UPLOAD, "clarify", ()),
    ("make it warmer or cooler, whichever u think works", False, UPLOAD, "clarify", ()),
    ("i need the boombox a new colour, pick between chrome and gold for me", False, UPLOAD, "clarify", ()),
    ("sunset or night for the atoll? dealers choice", False, UPLOAD, "clarify", ()),
    ("the flags... gold or red? u pick", False, STEELPAN, "clarify", ()),
    ("bigger or smaller, i trust u", False, HORNBILL, "clarify", ()),
    ("remove the dog or the bucket, you decide which looks better", False, SUGARHOUSE, "clarify", ()),
    ("make the cues either white or black, ur choice", False, SHUFFLE, "clarify", ()),
    ("Please choose for me: the wall in beige or in grey.", False, UPLOAD, "clarify", ()),
    ("purple or orange lagoon... ill let you pick", False, UPLOAD, "clarify", ()),
    ("silver or bronze for the pans, ur pick", False, UPLOAD, "clarify", ()),
    # the person asks an opinion and wants no edit yet: an answer in words
    ("which looks better on a boombox, chrome or gold?", False, UPLOAD, "talk", ()),
    ("do u think warm or cool tones suit a subway pic more", False, UPLOAD, "talk", ()),
    ("in your opinion is red or blue better for a fencing mask", False, UPLOAD, "talk", ()),
    ("hmm should i go darker or lighter with the lagoon", False, UPLOAD, "talk", ()),
    ("what colour would u pick for the hut", False, UPLOAD, "talk", ()),
    ("sepia or black and white, which is more classy?", False, UPLOAD, "talk", ()),
    ("honestly is the green better than the purple?", False, FOOSBALL, "talk", ()),
    ("which version do you like more, 1 or 2?", False, FOOSBALL, "talk", ()),
    ("should the flags stay silver or nah", False, STEELPAN, "talk", ()),
    ("which do u prefer, the amber or how it was?", False, PERFUME, "talk", ()),
    ("would a toucan or a parrot fit the canopy better?", False, HORNBILL, "talk", ()),
    ("i cant decide between teal and coral tbh", False, UPLOAD, "talk", ()),
    ("whats a good colour for shuffleboard pucks", False, UPLOAD, "talk", ()),
    ("is it better with or without the second hornbill?", False, HORNBILL, "talk", ()),
    ("i like the purple one more", False, FOOSBALL, "talk", ()),
    ("warm or cool, which would u go for?", False, BREAK, "talk", ()),
    ("should i add a dolphin? idk", False, UPLOAD, "talk", ()),
    # near misses: the choice made in the same turn, or a round picked
    ("red or blue... ok blue. make the mask blue", False, UPLOAD, "edit", _edit("make the mask blue")),
    ("should i make the curtain green? yeah lets do it", False, UPLOAD, "edit", _edit("make the curtain green")),
    (
        "warm or cool? eh go warm",
        False,
        UPLOAD,
        "edit",
        _edit("make it warm", "make it warmer", "make the photo warm", "make the photo warmer"),
    ),
    (
        "cant decide between gold and chrome for the boombox, try gold first",
        False,
        UPLOAD,
        "edit",
        _edit("make the boombox gold"),
    ),
    ("coral or teal for the hut.. coral. definitely coral", False, UPLOAD, "edit", _edit("make the hut coral")),
    ("dolphin or turtle? turtle!! add it in the lagoon", False, UPLOAD, "edit", _edit("add a turtle in the lagoon")),
    ("red or blue for the mask, i'll take red", False, UPLOAD, "edit", _edit("make the mask red")),
    ("green or purple.. i think green was nicer, go back to it", False, FOOSBALL, "goto", _goto(1)),
    ("which is better, green or purple? put them side by side", False, FOOSBALL, "compare", _compare(1, 2)),
    ("keep the green one", False, FOOSBALL, "goto", _goto(1)),
)
"""A choice handed to the assistant, an opinion asked, and near misses."""

SESSION_WORDS: tuple[Dev, ...] = (
    # three tries of one edit side by side
    ("ok use that one", False, KAITEN_TRIES, "clarify", ()),
    ("i liked one of the earlier tries better", False, KAITEN_TRIES, "clarify", ()),
    ("ok compare", False, KAITEN_TRIES, "clarify", ()),
    ("pull that one up again real quick", False, KAITEN_TRIES, "clarify", ()),
    ("the other version was better", False, KAITEN_TRIES, "clarify", ()),
    ("go back to the good roll", False, KAITEN_TRIES, "clarify", ()),
    ("keep the second try", False, KAITEN_TRIES, "goto", _goto(2)),
    ("the first salmon roll looked best, go back to that", False, KAITEN_TRIES, "goto", _goto(1)),
    ("compare the first and second try", False, KAITEN_TRIES, "compare", _compare(1, 2)),
    ("show me the first attempt", False, KAITEN_TRIES, "show", _show(1)),
    ("this one's the best, keep it", False, KAITEN_TRIES, "talk", ()),
    # four edits on two branches
    ("take me to the earlier version pls", False, GANNETS, "clarify", ()),
    ("revert to the good version pls", False, GANNETS, "clarify", ()),
    ("compare?", False, GANNETS, "clarify", ()),
    ("go back to the other branch", False, GANNETS, "clarify", ()),
    ("use the older one", False, GANNETS, "clarify", ()),
    ("back to the version with the rough sea", False, GANNETS, "goto", _goto(2)),
    ("compare the rough sea one with this one", False, GANNETS, "compare", _compare(2, 4)),
    (
        "add the fog to the rough sea version as well",
        False,
        GANNETS,
        "edit",
        (("edit_image", {"instruction": ("add fog around the stack", "add the fog", "add fog"), "base_round": 2}),),
    ),
    ("revert to before the fog came in", False, GANNETS, "goto", _goto(3)),
    ("show me the one where you added the boat", False, GANNETS, "show", _show(1)),
    ("lemme see the original", False, GANNETS, "show", _show(0)),
    ("go back to the whiter gannets one", False, GANNETS, "goto", _goto(3)),
    # five edits in a row
    ("do the exact same thing to the other one", False, ATOLL, "clarify", ()),
    ("can i see that version", False, ATOLL, "clarify", ()),
    ("go back to where it looked best", False, ATOLL, "clarify", ()),
    ("can u go back a few", False, ATOLL, "clarify", ()),
    ("compare with the start", False, ATOLL, "compare", _compare(0, 5)),
    ("do the same to the sandbar", False, ATOLL, "edit", _edit("make the sandbar brighter")),
    ("show me the version where you added the boat", False, ATOLL, "show", _show(2)),
    ("back to the one before the hut went", False, ATOLL, "goto", _goto(2)),
    ("go three steps back pls", False, ATOLL, "goto", _goto(2)),
    ("go back to where we were before the trees", False, ATOLL, "goto", _goto(3)),
    # two siblings, two edits that both made something silver, three edits in a row
    ("go back to the other colour", False, FOOSBALL, "goto", _goto(1)),
    ("compare the green and the purple", False, FOOSBALL, "compare", _compare(1, 2)),
    ("go back to the silver one", False, STEELPAN, "clarify", ()),
    ("go back to just the silver pans", False, STEELPAN, "goto", _goto(1)),
    ("go back to the nicer one", False, SUGARHOUSE, "clarify", ()),
    ("use the version i liked", False, SUGARHOUSE, "clarify", ()),
    ("apply that to the other photo too", False, SUGARHOUSE, "clarify", ()),
    ("go back to before the bucket", False, SUGARHOUSE, "goto", _goto(2)),
    ("go back to the one you did first", False, SUGARHOUSE, "goto", _goto(1)),
    ("compare before and after the steam", False, SUGARHOUSE, "compare", _compare(0, 1)),
    # "the other one" when none was named, and when one was
    ("do it to the other one too", False, JAIALAI, "clarify", ()),
    ("same for the other one pls", False, HORNBILL, "clarify", ()),
    ("do that to the other one as well", False, BREAK, "clarify", ()),
    (
        "and the other guy as well",
        False,
        FENCING,
        "edit",
        _edit("make the right fencer's mask red", "make the other fencer's mask red"),
    ),
    # "compare" with one edit: only one pair to compare
    ("can i compare", False, PERFUME, "compare", _compare(0, 1)),
    ("side by side pls", False, SEGWAY, "compare", _compare(0, 1)),
    # a new photo after an edit: "the same" is clear
    ("same as you did on the other one", True, AFTER_SHUFFLE, "edit", _edit("make the pucks yellow")),
)
"""Session words with no clear target, and their clear twins."""

R27B: tuple[Dev, ...] = (*MISSING_THING, *MISSING_CHANGE, *CANDIDATES, *CHOICES, *SESSION_WORDS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # the current round is an older one: "the other one", "later", "newest" read from it
    (1, ("use the other one", False, FOOSBALL, "goto", _goto(2))),
    (1, ("compare with the other one", False, FOOSBALL, "compare", _compare(1, 2))),
    (0, ("switch to the other one then", False, FOOSBALL, "clarify", ())),
    (0, ("back to the purple", False, FOOSBALL, "goto", _goto(2))),
    (1, ("use the other one", False, KAITEN_TRIES, "clarify", ())),
    (1, ("compare with the other one", False, KAITEN_TRIES, "clarify", ())),
    (1, ("jump to the newest try", False, KAITEN_TRIES, "goto", _goto(3))),
    (2, ("compare this with the first try", False, KAITEN_TRIES, "compare", _compare(1, 2))),
    (0, ("bring one of them back", False, KAITEN_TRIES, "clarify", ())),
    (0, ("bring back the third try", False, KAITEN_TRIES, "goto", _goto(3))),
    (2, ("go to the later version", False, ATOLL, "clarify", ())),
    (2, ("skip ahead to the newest version", False, ATOLL, "goto", _goto(5))),
    (2, ("ok redo, i undid one too many", False, ATOLL, "redo", _goto(3))),
    (2, ("compare this one with the latest", False, ATOLL, "compare", _compare(2, 5))),
    (2, ("do the fog thing here too", False, GANNETS, "edit", _edit("add fog around the stack"))),
    (2, ("switch to the better one", False, GANNETS, "clarify", ())),
    (0, ("show me the foggy one", False, GANNETS, "show", _show(4))),
    (3, ("add the rough sea here too", False, GANNETS, "edit", _edit("make the sea rougher"))),
    (
        3,
        (
            "put the boat in this one as well",
            False,
            GANNETS,
            "edit",
            _edit("add a fishing boat by the stack", "add the boat", "add a fishing boat"),
        ),
    ),
    (0, ("redo the two undos", False, STEELPAN, "redo", _goto(2))),
    (1, ("go forward by one", False, SUGARHOUSE, "redo", _goto(2))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r27b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R27B`, then the moved ones)."""
    return with_moved(R27B, "r27b", MOVED, "r27b_moved")
