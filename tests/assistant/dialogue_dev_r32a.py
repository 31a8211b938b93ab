"""Round 32, set a: no edit that nobody asked for, and real edits said in unusual ways.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue model
was run on any of it, about photos no other set uses, all of homes, rooms and gardens: a living room with a
sofa and a rug, a kitchen island with bar stools, a bathroom with a clawfoot tub, a garden shed, a balcony
with potted plants, a messy garage, a baby's nursery, an attic bedroom, a laundry room, a home office with
two monitors, a backyard with an above-ground pool, a dining table set for dinner, a front porch with a swing
and a fireplace with a mantel. Sessions have 0 to 7 edits, some after a retry, a correction or an undo (a
sibling of an earlier edit), some with a second photo, and some turns come after an undo or a goto (the
current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): questions about the result or the photo that use
edit words ("is the rug gone now?", "how come the sofa looks purple") against the same worry with an ask;
narration and past tense ("we removed that tree in 2019") against requests wrapped in a story; wishes, needs
and complaints, a clear wish about the photo being an edit and a vague complaint or a wish about life not;
capability questions that name specifics ("could you in theory swap the sofa for a bed?") against polite
requests with the same words; talk that uses edit words (jokes, thanks that name the edit, feedback, questions
about the app, advice on colours); and negations and conditions ("don't touch the plants", "only remove the
mug if it won't look weird"). About a quarter of each family are near misses whose right answer is another
act. The cases have the development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds
turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
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

SOFA = ((None, None), (0, "remove the rug"))
"""A living room with a grey sofa and a rug, the rug removed."""
LIVING = (*SOFA, (1, "paint the walls sage green"), (2, "add a floor lamp next to the sofa"))
"""The living room with three edits, each on the one before."""
LIVING_WALLS = LIVING[:3]
"""The living room with the rug removed and the walls painted sage green."""
KITCHEN = ((None, None), (0, "make the bar stools black"))
"""A kitchen island with three bar stools, with one edit."""
KITCHEN_FIXED = (*KITCHEN, (0, "make the bar stools white"))
"""The kitchen after a correction: round 2 was made from the original, beside round 1."""
BATH = ((None, None), (0, "make the clawfoot tub navy blue"), (1, "add candles on the rim of the tub"))
"""A bathroom with a clawfoot tub, with two edits."""
BATH_TUB = BATH[:2]
"""The bathroom with only the tub edit."""
SHED = ((None, None), (0, "paint the shed red"))
"""A wooden garden shed at the end of a lawn, with one edit."""
SHED_RETRIED = (*SHED, (0, "paint the shed red"))
"""The shed after a retry: round 2 is a second try of round 1, from the original."""
BALCONY = ((None, None), (0, "add pink flowers to the potted plants"), (1, "add string lights along the railing"))
"""A small balcony with potted plants, with two edits."""
GARAGE = (
    (None, None),
    (0, "remove the boxes from the floor"),
    (1, "remove the bike hanging on the wall"),
    (2, "paint the garage door white"),
    (3, "add a workbench along the back wall"),
    (4, "make the lighting brighter"),
)
"""A messy garage, with five edits, each on the one before."""
GARAGE_DOOR = GARAGE[:4]
"""The garage with three edits, the last one the door."""
NURSERY = ((None, None), (0, "paint the crib white"))
"""A baby's nursery with a wooden crib, with one edit."""
NURSERY3 = (*NURSERY, (1, "add a mobile above the crib"), (2, "make the walls pale yellow"))
"""The nursery with three edits, each on the one before."""
ATTIC = (
    (None, None),
    (0, "add a skylight in the sloped ceiling"),
    (1, "make the bedspread mustard yellow"),
    (2, "remove the boxes under the eaves"),
)
"""An attic bedroom under a sloped ceiling, with three edits."""
LAUNDRY = ((None, None), (0, "make the washing machine mint green"))
"""A laundry room with a washer and a dryer side by side, with one edit."""
OFFICE = ((None, None), (0, "remove the cables behind the monitors"), (1, "add a plant on the desk"))
"""A home office with two monitors on a desk, with two edits."""
OFFICE_CABLES = OFFICE[:2]
"""The home office with only the cables edit."""
OFFICE_BRANCH = (*OFFICE, (1, "put a desk lamp next to the monitors"))
"""The home office after an undo: round 3 was made from round 1, beside round 2."""
POOL = (
    (None, None),
    (0, "make the pool water clearer"),
    (1, "add an inflatable flamingo in the pool"),
    (2, "make the grass greener"),
    (3, "add a sun umbrella next to the pool"),
    (4, "make the sky bluer"),
    (5, "add a small table with drinks by the pool"),
    (6, "add a kid climbing the ladder"),
)
"""A backyard with an above-ground pool, with seven edits, each on the one before."""
DINNER = ((None, None), (0, "light the candles on the table"))
"""A dining table set for dinner, with one edit."""
PORCH = ((None, None), (0, "paint the porch swing light blue"), (1, "add a wreath on the front door"))
"""A front porch with a swing, with two edits."""
FIREPLACE = ((None, None), (0, "add a fire in the fireplace"), (1, "put stockings on the mantel"))
"""A fireplace with a mantel, with two edits."""
FIREPLACE_FIRE = FIREPLACE[:2]
"""The fireplace with only the fire edit."""
TWO_PHOTOS = ((None, None), (None, None))
"""A first photo with no edit, then a second upload."""

AFTER_SHED = (*SHED, (None, None))
"""The shed session, then a new photo."""
AFTER_LAUNDRY = (*LAUNDRY, (None, None))
"""The laundry room session, then a new photo."""
AFTER_LIVING = (*LIVING, (None, None))
"""The living room session with three edits, then a new photo."""
AFTER_NURSERY = (*NURSERY3, (None, None))
"""The nursery session with three edits, then a new photo."""

QUESTIONS: tuple[Dev, ...] = (
    # questions about the result or the photo that use edit words: answered in words
    ("is the rug gone now?", False, SOFA, "talk", ()),
    ("wait did u actually take the rug out or did it just blend into the floor??", False, SOFA, "talk", ()),
    ("did you make the walls sage or mint? my screen is weird", False, LIVING_WALLS, "talk", ()),
    ("why are the cables still there", False, OFFICE_CABLES, "clarify", ()),
    ("how come the sofa looks purple", False, LIVING_WALLS, "clarify", ()),
    ("is the tub navy or black, honestly cant tell", False, BATH_TUB, "talk", ()),
    ("r the stools black now or like dark grey", False, KITCHEN, "talk", ()),
    ("wait, am i looking at the white stools or the black ones", False, KITCHEN_FIXED, "talk", ()),
    ("does the shed look red to you or more brick", False, SHED, "talk", ()),
    ("is that a real skylight now or just a white square lol", False, ATTIC, "talk", ()),
    ("why does the bedspread look kinda orange", False, ATTIC, "clarify", ()),
    ("do the flowers on the balcony look fake to u?", False, BALCONY, "talk", ()),
    ("are the string lights supposed to be on or off?", False, BALCONY, "talk", ()),
    ("how did you get the water so clear", False, POOL, "talk", ()),
    ("is the flamingo meant to be that huge 😂", False, POOL, "talk", ()),
    ("where did the boxes go? did you just delete them", False, GARAGE, "talk", ()),
    ("can you tell what wood the mantel is?", False, FIREPLACE, "talk", ()),
    ("is the fire too much do u think", False, FIREPLACE_FIRE, "talk", ()),
    ("did the crib get whiter or is it the same as before?", False, NURSERY, "talk", ()),
    ("so what colour did the washing machine end up being", False, LAUNDRY, "talk", ()),
    ("is the swing blue or grey? looks grey ngl", False, PORCH, "talk", ()),
    ("the candles are lit, right? i cant zoom in on my laptop", False, DINNER, "talk", ()),
    ("does the plant on the desk look real to you", False, OFFICE, "talk", ()),
    ("why is there still a dark patch where the rug was", False, SOFA, "clarify", ()),
    ("hm, did the lamp end up left or right of the sofa?", False, LIVING, "talk", ()),
    ("is the bike gone in this version?", False, GARAGE, "talk", ()),
    ("what's that thing on the dryer, a basket?", False, LAUNDRY, "talk", ()),
    ("the wreath is real or fake? it looks real!!", False, PORCH, "talk", ()),
    ("Is The Water Clearer Or Did You Just Make It Bluer", False, POOL, "talk", ()),
    ("why does the shed look pinkish on this try", False, SHED_RETRIED, "clarify", ()),
    ("did the sky change too or only the grass?", False, POOL, "talk", ()),
    ("is the kid on the ladder ai or was he in my photo", False, POOL, "talk", ()),
    ("ooh is that a mobile over the crib now?", False, NURSERY3, "talk", ()),
    ("how do the stockings stay up, there's no hooks lol", False, FIREPLACE, "talk", ()),
    # the same worry with an ask: an edit, a retry or another act
    (
        "is the rug gone now? nice, then add a coffee table in the middle of the room",
        False,
        SOFA,
        "edit",
        _edit("add a coffee table in the middle of the room"),
    ),
    (
        "how come the sofa looks purple, make it grey again pls",
        False,
        LIVING_WALLS,
        "edit",
        _edit("make the sofa grey", "make the sofa grey again"),
    ),
    ("why are the cables still there?? try again", False, OFFICE_CABLES, "retry", _retry()),
    ("i can still see half the cables, go harder on it", False, OFFICE_CABLES, "retry", _retry("stronger")),
    (
        "does the shed look red to u? whatever, paint the shed door green",
        False,
        SHED,
        "edit",
        _edit("paint the shed door green"),
    ),
    (
        "is that a real skylight? looks good anyway. now put a rug by the bed",
        False,
        ATTIC,
        "edit",
        _edit("put a rug by the bed"),
    ),
    (
        "where did the boxes go lol. anyway also remove the ladder by the door",
        False,
        GARAGE,
        "edit",
        _edit("remove the ladder by the door"),
    ),
    (
        "can you tell what wood the mantel is? doesnt matter, paint it white",
        False,
        FIREPLACE,
        "edit",
        _edit("paint the mantel white"),
    ),
    ("the candles are lit right? ok now dim the ceiling light", False, DINNER, "edit", _edit("dim the ceiling light")),
    (
        "what colour did the washer end up, mint? make the dryer mint too",
        False,
        LAUNDRY,
        "edit",
        _edit("make the dryer mint green", "make the dryer mint", "make the dryer mint too"),
    ),
    ("is the fire too much? yeah it is, tone it down", False, FIREPLACE_FIRE, "retry", _retry("weaker")),
    ("did the crib get whiter? barely. push it more", False, NURSERY, "retry", _retry("stronger")),
    (
        "why is the wreath so tiny, make it bigger",
        False,
        PORCH,
        "edit",
        _edit("make the wreath bigger", "make the wreath on the front door bigger"),
    ),
    ("what did you even change here?", False, NURSERY3, "status", STATUS),
    ("what have u done to this room so far", False, LIVING, "history", HISTORY),
    ("show me how it looked before the rug went", False, LIVING, "show", _show(0)),
    (
        "why is the attic so dark even with the skylight? light it up a bit more",
        False,
        ATTIC,
        "edit",
        _edit(
            "light it up a bit more",
            "make the attic brighter",
            "brighten the attic a bit more",
            "make it a bit brighter",
        ),
    ),
)
"""Questions about the result or the photo that use edit words, and the same worries with an ask."""

STORIES: tuple[Dev, ...] = (
    # narration and past tense: answered in words (a caption with a new photo)
    ("i painted our fence white irl last week, took forever", False, SHED, "talk", ()),
    ("we removed that tree in 2019 actually, this pic is older", False, POOL, "talk", ()),
    ("my wife wants to repaint the kitchen at some point", False, KITCHEN, "talk", ()),
    ("this is our living room before we moved in", True, UPLOAD, "caption", ()),
    ("we just finished the nursery!! baby due in march 👶", True, UPLOAD, "caption", ()),
    (
        "the previous owners put wallpaper on every wall up here, took us a month to strip it",
        False,
        ATTIC,
        "talk",
        (),
    ),
    ("my dad built that shed himself back in the 80s", False, SHED_RETRIED, "talk", ()),
    ("we had the tub re-enamelled last year, it used to be avocado green", False, BATH_TUB, "talk", ()),
    ("the stools were black when we bought them, then we sanded them down", False, KITCHEN_FIXED, "talk", ()),
    ("i moved the monitors around yesterday so irl it looks different now", False, OFFICE, "talk", ()),
    ("grandma used to hang our stockings on this exact mantel", False, FIREPLACE, "talk", ()),
    ("we ripped out the carpet and found oak floors underneath!", True, UPLOAD, "caption", ()),
    ("my sister said i should make the walls darker but idk", False, LIVING_WALLS, "talk", ()),
    ("i was gonna ask you to put a hammock between the trees but nah", False, POOL, "talk", ()),
    ("last summer the pool went green with algae, so gross", False, POOL, "talk", ()),
    ("the neighbours cat sleeps on that swing every afternoon", False, PORCH, "talk", ()),
    ("i cleaned the garage for 3 days straight and it still looks like this", True, UPLOAD, "caption", ()),
    ("this was the laundry room after the pipe burst", True, AFTER_LAUNDRY, "caption", ()),
    ("my son picked the yellow for the bedspread, he's 9 haha", False, ATTIC, "talk", ()),
    ("we used to have a dog bed right by the fireplace, miss that old boy", False, FIREPLACE_FIRE, "talk", ()),
    ("someone on reddit told me to add a mirror opposite the window", False, LIVING, "talk", ()),
    ("we're probably getting a bigger table next year", False, DINNER, "talk", ()),
    ("balcony faces west so it gets the sunset every evening", False, BALCONY, "talk", ()),
    ("hubby took the bike off the wall for real after seeing ur edit 😂", False, GARAGE, "talk", ()),
    ("the realtor said to lose the rug so we did. room looks way bigger", False, SOFA, "talk", ()),
    ("my mum painted that crib for me when i was born, now its for my daughter", False, NURSERY, "talk", ()),
    ("we replaced the dryer in january, the old one caught fire", False, LAUNDRY, "talk", ()),
    ("i did the candles for real last night and the table looked exactly like this", False, DINNER, "talk", ()),
    ("here's the attic from the other side, where the desk used to be", True, TWO_PHOTOS, "caption", ()),
    ("this is the porch at my parents place, they painted the swing last spring", True, AFTER_LIVING, "caption", ()),
    ("my flatmate added the lights on our balcony in december and never took them down", False, BALCONY, "talk", ()),
    ("we put the pool up ourselves, took a whole weekend and 2 arguments", False, POOL, "talk", ()),
    ("the landlord wants us to paint the door back to brown when we move out", False, GARAGE_DOOR, "talk", ()),
    ("last time i used an app like this it made the tub look like plastic", False, BATH, "talk", ()),
    ("i already removed the cables irl, just needed to see if it was worth it", False, OFFICE_CABLES, "talk", ()),
    # requests wrapped in a story: the request is made, the story left out
    (
        "my wife wants to repaint the kitchen island navy, can u show her how it'd look",
        False,
        KITCHEN,
        "edit",
        _edit("repaint the kitchen island navy", "paint the kitchen island navy", "make the kitchen island navy"),
    ),
    (
        "we removed that tree in 2019 so pls take it out of the photo too",
        False,
        POOL,
        "edit",
        _edit(
            "take the tree out of the photo", "remove the tree", "take the tree out", "remove the tree from the photo"
        ),
    ),
    (
        "i painted the fence white irl last week, can u do the same here so it matches",
        False,
        POOL,
        "edit",
        _edit("paint the fence white", "make the fence white"),
    ),
    (
        "my mother in law is visiting and she hates clutter so clear the boxes off the washer pls",
        False,
        LAUNDRY,
        "edit",
        _edit("clear the boxes off the washer", "remove the boxes from the washer", "remove the boxes on the washer"),
    ),
    (
        "we're selling and the agent said the porch looks dull. brighten the porch up a bit",
        False,
        PORCH,
        "edit",
        _edit("brighten the porch up a bit", "brighten the porch a bit", "brighten up the porch a bit"),
    ),
    (
        "here's the nursery, we keep talking about a rocking chair in the corner, could you put one there?",
        True,
        UPLOAD,
        "edit",
        _edit("put a rocking chair in the corner", "add a rocking chair in the corner"),
    ),
    (
        "when we moved in there was a chandelier over the table, put one back?",
        False,
        DINNER,
        "edit",
        _edit(
            "put a chandelier over the table", "add a chandelier over the table", "put a chandelier back over the table"
        ),
    ),
    (
        "my boss saw my office on zoom and laughed at the mess. hide the papers on the desk",
        False,
        OFFICE,
        "edit",
        _edit("hide the papers on the desk", "remove the papers on the desk", "remove the papers from the desk"),
    ),
    (
        "the shed had ivy growing up the side before we cut it back, add that back",
        False,
        SHED,
        "edit",
        _edit(
            "add ivy growing up the side of the shed",
            "add ivy growing up the side",
            "add ivy back on the side of the shed",
        ),
    ),
    (
        "our old cat loved the windowsill, could you put a grey tabby sitting there",
        False,
        LIVING,
        "edit",
        _edit(
            "put a grey tabby sitting on the windowsill",
            "put a grey tabby on the windowsill",
            "put a grey tabby cat sitting on the windowsill",
        ),
    ),
    (
        "my neighbour has the exact same shed, heres his. do the same to it",
        True,
        AFTER_SHED,
        "edit",
        _edit("paint the shed red"),
    ),
    (
        "the kids helped me build the workbench last weekend, anyway the floor needs to look cleaner, mop it up",
        False,
        GARAGE,
        "edit",
        _edit("make the floor look cleaner", "mop up the floor", "clean the floor", "mop the floor"),
    ),
    (
        "my friend did her nursery like the one i just edited. heres hers, same yellow walls for her pls",
        True,
        AFTER_NURSERY,
        "edit",
        _edit("make the walls pale yellow"),
    ),
    (
        "the first thing my grandpa did when he bought this house was plant roses by the porch. "
        "could you bring them back for his birthday",
        False,
        PORCH,
        "edit",
        _edit("plant roses by the porch", "add roses by the porch", "bring back roses by the porch"),
    ),
)
"""Narration and past tense, and requests wrapped in a story."""

WISHES: tuple[Dev, ...] = (
    # clear wishes, needs and complaints about a thing in the photo: edits
    (
        "the wall behind the sofa needs to be lighter",
        False,
        SOFA,
        "edit",
        _edit("make the wall behind the sofa lighter", "lighten the wall behind the sofa"),
    ),
    (
        "i want the curtains gone",
        False,
        LIVING,
        "edit",
        _edit("remove the curtains", "get rid of the curtains", "curtains gone", "the curtains gone"),
    ),
    (
        "it'd be nice with a rug under the table",
        False,
        DINNER,
        "edit",
        _edit("add a rug under the table", "put a rug under the table"),
    ),
    (
        "the bedside lamp is way too bright",
        False,
        ATTIC,
        "edit",
        _edit("make the bedside lamp less bright", "dim the bedside lamp", "make the bedside lamp dimmer"),
    ),
    (
        "the pool needs a proper fence around it for the kids",
        False,
        POOL,
        "edit",
        _edit(
            "add a fence around the pool", "add a proper fence around the pool", "put a proper fence around the pool"
        ),
    ),
    (
        "the stools need cushions",
        False,
        KITCHEN_FIXED,
        "edit",
        _edit("add cushions to the stools", "add cushions to the bar stools", "put cushions on the stools"),
    ),
    (
        "balcony could really use a little bistro table",
        False,
        BALCONY,
        "edit",
        _edit("add a little bistro table", "add a little bistro table to the balcony", "add a bistro table"),
    ),
    (
        "i want the laundry basket out of the shot",
        False,
        LAUNDRY,
        "edit",
        _edit(
            "remove the laundry basket",
            "take the laundry basket out of the shot",
            "get the laundry basket out of the shot",
        ),
    ),
    (
        "the mantel looks so bare without some candles on it",
        False,
        FIREPLACE_FIRE,
        "edit",
        _edit("add candles on the mantel", "add some candles on the mantel", "put some candles on the mantel"),
    ),
    (
        "the crib needs a little white canopy over it",
        False,
        NURSERY,
        "edit",
        _edit(
            "add a little white canopy over the crib",
            "add a white canopy over the crib",
            "put a little white canopy over the crib",
        ),
    ),
    (
        "the rug by the sofa is all wrinkled, it should lie flat",
        False,
        UPLOAD,
        "edit",
        _edit("make the rug by the sofa lie flat", "flatten the rug by the sofa", "make the rug lie flat"),
    ),
    ("needs more plants tbh", False, OFFICE, "edit", _edit("add more plants")),
    (
        "the tub should have bubbles in it",
        False,
        BATH,
        "edit",
        _edit(
            "add bubbles in the tub",
            "fill the tub with bubbles",
            "the tub should have bubbles in it",
            "add bubbles to the tub",
        ),
    ),
    (
        "i'd love a hammock between those two trees",
        False,
        POOL,
        "edit",
        _edit(
            "add a hammock between those two trees",
            "add a hammock between the two trees",
            "put a hammock between the two trees",
        ),
    ),
    (
        "the garage floor should be grey epoxy, not bare concrete",
        False,
        GARAGE,
        "edit",
        _edit("make the garage floor grey epoxy", "make the floor grey epoxy", "the garage floor should be grey epoxy"),
    ),
    (
        "those ugly blinds in the office gotta go",
        False,
        OFFICE_CABLES,
        "edit",
        _edit(
            "remove the blinds", "remove the ugly blinds", "remove the blinds in the office", "get rid of the blinds"
        ),
    ),
    (
        "honestly the dining chairs would look better in black",
        False,
        DINNER,
        "edit",
        _edit("make the dining chairs black", "make the chairs black", "paint the dining chairs black"),
    ),
    (
        "the porch light should be on, it's dusk",
        False,
        PORCH,
        "edit",
        _edit("turn the porch light on", "turn on the porch light", "make the porch light on"),
    ),
    (
        "I NEED the dryer door closed, it's driving me nuts",
        False,
        LAUNDRY,
        "edit",
        _edit("close the dryer door", "make the dryer door closed"),
    ),
    (
        "would be so much cosier with a sheepskin on the armchair",
        False,
        FIREPLACE,
        "edit",
        _edit("add a sheepskin on the armchair", "put a sheepskin on the armchair", "add a sheepskin to the armchair"),
    ),
    # a clear wish about the last edit: a correction or a retry
    (
        "i'd love the shed in sage green instead",
        False,
        SHED,
        "correction",
        _fix("paint the shed sage green", "make the shed sage green"),
    ),
    ("the red is way too loud, needs to be softer", False, SHED_RETRIED, "retry", _retry("weaker")),
    ("the navy should be deeper, its almost purple", False, BATH_TUB, "retry", _retry("stronger")),
    # vague complaints with no clear target, and wishes about life: words
    ("hmm too much", False, UPLOAD, "clarify", ()),
    ("meh. something's off", False, TWO_PHOTOS, "clarify", ()),
    ("too busy", False, UPLOAD, "clarify", ()),
    ("kinda gloomy in here isnt it", False, UPLOAD, "talk", ()),
    ("if only the walls werent so beige", False, UPLOAD, "clarify", ()),
    ("wish i had a bigger garden", False, POOL, "talk", ()),
    ("wish the fireplace was real, ours is electric lol", False, FIREPLACE, "talk", ()),
    ("i really need a bigger bathroom", False, BATH, "talk", ()),
    ("ugh i need a holiday after this reno", False, ATTIC, "talk", ()),
    ("the garage could be cleaner irl too haha", False, GARAGE, "talk", ()),
    ("i'd kill for a view like that", False, BALCONY, "talk", ()),
    ("i want a house with a real porch one day", False, PORCH, "talk", ()),
    ("i need to stop buying plants, the balcony is full", False, BALCONY, "talk", ()),
    ("something about the colours bugs me but idk what", False, LIVING, "clarify", ()),
    ("not loving it", False, UPLOAD, "clarify", ()),
    ("needs more... something", False, DINNER, "clarify", ()),
    ("i wish our nursery was this tidy lol", False, NURSERY3, "talk", ()),
    ("we need a second bathroom so bad", False, BATH_TUB, "talk", ()),
    ("i want it to feel more like home", False, UPLOAD, "clarify", ()),
    ("our kitchen needs a total redo irl, this is just the start", False, KITCHEN, "talk", ()),
    ("it could be better i guess", False, UPLOAD, "clarify", ()),
    ("too much stuff everywhere", False, UPLOAD, "clarify", ()),
)
"""Wishes, needs and complaints: clear wishes about the photo are edits, vague ones and wishes about life are not."""

ABILITY: tuple[Dev, ...] = (
    # capability questions that name specifics: answered in words
    ("could you in theory swap the sofa for a bed?", False, SOFA, "talk", ()),
    ("are you able to change floors?", False, SOFA, "talk", ()),
    ("can it do wallpaper?", False, LIVING, "talk", ()),
    ("is it possible to add a second floor to a shed? just curious", False, SHED, "talk", ()),
    ("do you do furniture removal or only colours", False, UPLOAD, "talk", ()),
    ("hypothetically could you make the pool bigger", False, POOL, "talk", ()),
    ("does this thing handle reflections? like in a bathroom mirror", False, BATH, "talk", ()),
    ("how good are u at adding people? asking for later", False, DINNER, "talk", ()),
    (
        "can you change the colour of a wall but keep the paintings on it? asking before i try",
        False,
        LIVING_WALLS,
        "talk",
        (),
    ),
    ("could you, in principle, turn an attic into a loft with exposed beams?", False, ATTIC, "talk", ()),
    ("can you animate the swing or is it only still pics", False, PORCH, "talk", ()),
    ("can u do realistic fire or does it come out cartoony?", False, UPLOAD, "talk", ()),
    ("is swapping two monitors for one ultrawide a thing you can do?", False, OFFICE, "talk", ()),
    ("what kind of edits can you do on kitchens", False, KITCHEN, "talk", ()),
    ("theoretically, can you remove water stains from a ceiling?", False, ATTIC, "talk", ()),
    (
        "would it be possible to turn the above ground pool into an in-ground one? not now, just wondering",
        False,
        POOL,
        "talk",
        (),
    ),
    ("can i ask for several changes at once?", False, GARAGE, "talk", ()),
    ("are you able to undo more than one step?", False, GARAGE, "talk", ()),
    ("do you know what a clawfoot tub is", False, BATH_TUB, "talk", ()),
    ("can you remove stuff from a photo that's really dark, like my basement?", False, LAUNDRY, "talk", ()),
    ("is there a limit on how many things i can add to one room?", False, NURSERY3, "talk", ()),
    ("could you make a whole garden from scratch if i send an empty yard? just asking", False, SHED, "talk", ()),
    ("Can You Change The Season? Like Make A Summer Pic Look Like Winter", False, BALCONY, "talk", ()),
    ("are you any good at text, like could you write on the chalkboard wall?", False, KITCHEN_FIXED, "talk", ()),
    ("can this app move furniture around or just add/remove", False, SOFA, "talk", ()),
    ("would you be able to make a 3d model of my room from this?", False, LIVING, "talk", ()),
    ("do u work with videos too? i have a walkthrough of the house", False, UPLOAD, "talk", ()),
    ("can you tell me how much it would cost to redo this bathroom", False, BATH, "talk", ()),
    (
        "is it able to recolour fabric without losing the texture? before i ask for the curtains",
        False,
        LIVING,
        "talk",
        (),
    ),
    ("can you remove things?", False, TWO_PHOTOS, "talk", ()),
    # polite requests with the same words: edits (and a share)
    ("could you swap the sofa for a bed pls", False, SOFA, "edit", _edit("swap the sofa for a bed")),
    (
        "are you able to change the floors to dark oak? would be great",
        False,
        SOFA,
        "edit",
        _edit("change the floors to dark oak", "change the floor to dark oak", "make the floors dark oak"),
    ),
    (
        "can you do wallpaper on the back wall, something with big leaves",
        False,
        LIVING,
        "edit",
        _edit(
            "put wallpaper with big leaves on the back wall",
            "do wallpaper on the back wall something with big leaves",
            "add wallpaper with big leaves on the back wall",
        ),
    ),
    ("could you add a second window to the shed", False, SHED, "edit", _edit("add a second window to the shed")),
    (
        "can u make the pool a bit bigger",
        False,
        POOL,
        "edit",
        _edit("make the pool a bit bigger", "make the pool bigger"),
    ),
    (
        "would you be able to put a mirror above the sink please",
        False,
        BATH,
        "edit",
        _edit("put a mirror above the sink"),
    ),
    (
        "any chance you could get rid of the water stain on the ceiling?",
        False,
        ATTIC,
        "edit",
        _edit("get rid of the water stain on the ceiling", "remove the water stain on the ceiling"),
    ),
    (
        "could u replace both monitors with one ultrawide",
        False,
        OFFICE,
        "edit",
        _edit("replace both monitors with one ultrawide", "replace both monitors with one ultrawide monitor"),
    ),
    (
        "you think you could give the island a marble top?",
        False,
        KITCHEN,
        "edit",
        _edit("give the island a marble top", "give the kitchen island a marble top"),
    ),
    (
        "is it possible to remove the extension cord on the floor? it's an eyesore",
        False,
        OFFICE,
        "edit",
        _edit("remove the extension cord on the floor", "remove the extension cord"),
    ),
    (
        "can you write 'bon appetit' on the chalkboard wall pls",
        False,
        KITCHEN_FIXED,
        "edit",
        _edit("write 'bon appetit' on the chalkboard wall", "write bon appetit on the chalkboard wall"),
    ),
    ("can you share this with my husband so he can see", False, PORCH, "share", SHARE),
    (
        "can it do wallpaper? if so, stripes on the nursery wall, grey and white",
        False,
        NURSERY,
        "edit",
        _edit(
            "put grey and white striped wallpaper on the nursery wall",
            "stripes on the nursery wall grey and white",
            "add grey and white striped wallpaper on the nursery wall",
        ),
    ),
    (
        "are u able to tuck the bar stools under the island? that'd be amazing",
        False,
        KITCHEN_FIXED,
        "edit",
        _edit("tuck the bar stools under the island", "tuck the stools under the island"),
    ),
)
"""Capability questions that name specifics, and polite requests with the same words."""

CHAT: tuple[Dev, ...] = (
    # talk with edit words: jokes, thanks that name the edit, feedback, the app, advice
    ("lol the flamingo is my spirit animal", False, POOL, "talk", ()),
    ("thanks for removing the rug, my mom is gonna love it", False, SOFA, "talk", ()),
    ("the sage walls are *chefs kiss*", False, LIVING_WALLS, "talk", ()),
    ("how long does an edit usually take? that one was quick", False, SHED, "talk", ()),
    ("what colour goes with oak floors?", False, SOFA, "talk", ()),
    ("what colour would u paint a north facing nursery", False, NURSERY, "talk", ()),
    ("if i clear the boxes irl will it look like this? 😂", False, GARAGE, "talk", ()),
    ("does the app keep my photos after i close it?", False, BATH, "talk", ()),
    ("is this running on my laptop or in the cloud", False, OFFICE, "talk", ()),
    ("ha you got rid of the bike faster than my husband ever would", False, GARAGE, "talk", ()),
    ("knock knock. who's there. a navy tub 🛁", False, BATH_TUB, "talk", ()),
    ("that wreath is giving christmas in july", False, PORCH, "talk", ()),
    ("my daughter says the crib looks like a cloud now haha", False, NURSERY, "talk", ()),
    ("should i go with brass or black handles for the kitchen irl?", False, KITCHEN, "talk", ()),
    ("what paint finish is best for a bathroom, matte or satin", False, BATH, "talk", ()),
    ("good job on the stools, really", False, KITCHEN_FIXED, "talk", ()),
    ("how do you remove stuff without leaving a hole? magic?", False, GARAGE, "talk", ()),
    ("write me an instagram caption about my new balcony", False, BALCONY, "talk", ()),
    ("can you email the white stools one to my contractor", False, KITCHEN_FIXED, "talk", ()),
    ("rm -rf the garage folder", False, GARAGE, "talk", ()),
    ("ok that's enough editing for today, bye!", False, ATTIC, "talk", ()),
    ("brb gonna go paint the actual shed", False, SHED, "talk", ()),
    ("tell me a joke about laundry", False, LAUNDRY, "talk", ()),
    ("the fire makes it so cosy, love it 🔥", False, FIREPLACE, "talk", ()),
    ("how many edits can i do on one photo", False, ATTIC, "talk", ()),
    ("who invented the clawfoot tub lol", False, BATH, "talk", ()),
    ("is blurring the same thing as removing?", False, OFFICE, "talk", ()),
    ("which plants survive on a west facing balcony?", False, BALCONY, "talk", ()),
    ("would a dark green sofa clash with sage walls?", False, LIVING_WALLS, "talk", ()),
    ("ur better at decorating than my interior designer was 💅", False, LIVING, "talk", ()),
    ("is it weird that i find the kid on the ladder creepy", False, POOL, "talk", ()),
    ("how many rounds can a session have before it gets slow", False, POOL, "talk", ()),
    ("the mint washing machine is such a vibe omg", False, LAUNDRY, "talk", ()),
    ("do people usually paint sheds or stain them?", False, SHED_RETRIED, "talk", ()),
    ("translate 'remove the rug' into french for my friend", False, SOFA, "talk", ()),
    ("the candlelight thing made me hungry lol", False, DINNER, "talk", ()),
    # near misses: an ask after the talk
    (
        "thanks! now do the curtains in the same sage",
        False,
        LIVING_WALLS,
        "edit",
        _edit("paint the curtains sage green", "make the curtains sage green", "make the curtains sage"),
    ),
    (
        "what colour goes with oak floors? sage? ok paint the walls sage then",
        False,
        SOFA,
        "edit",
        _edit("paint the walls sage", "paint the walls sage green"),
    ),
    (
        "lol the door looks like a fridge now, grey instead",
        False,
        GARAGE_DOOR,
        "correction",
        _fix("paint the garage door grey", "make the garage door grey"),
    ),
    ("haha nice. undo it tho", False, FIREPLACE, "undo", _goto(1)),
    ("perfect, export it as html for my contractor", False, KITCHEN_FIXED, "export", _export("html")),
    ("cool thx, what did u change exactly?", False, ATTIC, "status", STATUS),
    ("so fast!! do it again with a different seed just to see", False, SHED, "retry", _retry()),
    (
        "love it!! and could you put a little welcome mat by the door",
        False,
        PORCH,
        "edit",
        _edit("put a little welcome mat by the door", "add a little welcome mat by the door"),
    ),
    (
        "great job. same idea on this shed pls",
        True,
        AFTER_SHED,
        "edit",
        _edit("paint the shed red"),
    ),
    ("recap of everything we did to the garage?", False, GARAGE, "history", HISTORY),
    (
        "haha the stockings look like socks drying. make them red and white striped",
        False,
        FIREPLACE,
        "edit",
        _edit("make the stockings red and white striped"),
    ),
    (
        "my interior designer would faint lol. anyway swap the rug for a cowhide",
        False,
        UPLOAD,
        "edit",
        _edit("swap the rug for a cowhide", "replace the rug with a cowhide"),
    ),
    (
        "the mint is a vibe, put a little succulent on top of the washer to go with it",
        False,
        LAUNDRY,
        "edit",
        _edit("put a little succulent on top of the washer", "add a little succulent on top of the washer"),
    ),
)
"""Talk that uses edit words, and asks that follow talk."""

CONDITIONS: tuple[Dev, ...] = (
    # negations: nothing to do
    ("don't touch the plants", False, BALCONY, "talk", ()),
    ("leave the cat alone", False, LIVING, "talk", ()),
    ("pls dont change the sofa whatever you do", False, SOFA, "talk", ()),
    ("no edits yet pls, i'm still deciding", False, UPLOAD, "talk", ()),
    ("don't undo anything", False, GARAGE, "talk", ()),
    ("nothing else, we're done here", False, NURSERY3, "talk", ()),
    ("don't redo the stools", False, KITCHEN_FIXED, "talk", ()),
    ("don't add anything to the mantel unless i say so", False, FIREPLACE_FIRE, "talk", ()),
    ("if it rains tomorrow i'll come back and do the porch", False, PORCH, "talk", ()),
    ("if you remove the stools will the island look empty?", False, KITCHEN, "talk", ()),
    ("what if i removed the swing, would the porch look bigger", False, PORCH, "talk", ()),
    ("whatever u do dont delete my earlier versions", False, GARAGE, "talk", ()),
    ("the monitors stay as they are", False, OFFICE, "talk", ()),
    ("keep the tub exactly like this", False, BATH_TUB, "talk", ()),
    ("no need to change the lights", False, BALCONY, "talk", ()),
    ("i don't want any people in the pool pics, just so you know", False, POOL, "talk", ()),
    ("not touching the nursery again until the baby's here lol", False, NURSERY, "talk", ()),
    ("don't worry about the dryer", False, LAUNDRY, "talk", ()),
    # conditions: a vague one asks, a clear edit with a condition is made
    ("if the sky looks bad then fix it", False, POOL, "clarify", ()),
    ("if you think it needs something, go for it", False, UPLOAD, "clarify", ()),
    ("fix whatever looks wrong i guess", False, ATTIC, "clarify", ()),
    ("if it looks off, change it", False, DINNER, "clarify", ()),
    ("only remove the mug if it won't look weird", False, OFFICE, "edit", _edit("remove the mug")),
    (
        "if you can, take the ladder out too",
        False,
        GARAGE,
        "edit",
        _edit("take the ladder out", "remove the ladder"),
    ),
    (
        "if it's not too hard, a bench under the window?",
        False,
        ATTIC,
        "edit",
        _edit("add a bench under the window", "put a bench under the window", "a bench under the window"),
    ),
    (
        "if there are toys on the lawn get rid of them",
        False,
        POOL,
        "edit",
        _edit("get rid of the toys on the lawn", "remove the toys on the lawn", "remove the toys from the lawn"),
    ),
    (
        "unless it looks fake, hang a chandelier over the table",
        False,
        DINNER,
        "edit",
        _edit("hang a chandelier over the table"),
    ),
    # negations with an ask: the other part is made
    ("the plants stay. just make the railing black", False, BALCONY, "edit", _edit("make the railing black")),
    ("leave the cat but remove the dog bed", False, LIVING, "edit", _edit("remove the dog bed")),
    ("don't remove the rug, just make it smaller", False, UPLOAD, "edit", _edit("make the rug smaller")),
    (
        "dont paint the whole shed, just the door, dark green",
        False,
        UPLOAD,
        "edit",
        _edit("paint the door dark green", "paint the shed door dark green", "paint just the door dark green"),
    ),
    (
        "leave the crib white and make the walls pale green",
        False,
        NURSERY,
        "edit",
        _edit("make the walls pale green"),
    ),
    (
        "don't make it too bright, just a little warmer light in the room",
        False,
        ATTIC,
        "edit",
        _edit(
            "make the light in the room a little warmer",
            "a little warmer light in the room",
            "make the light a little warmer",
        ),
    ),
    (
        "no changes to the kid pls, just the umbrella bigger",
        False,
        POOL,
        "edit",
        _edit("make the umbrella bigger", "make the sun umbrella bigger"),
    ),
    (
        "dont touch the monitors, just tidy the cables under the desk",
        False,
        UPLOAD,
        "edit",
        _edit("tidy the cables under the desk"),
    ),
    (
        "not the stools this time: the pendant lights, make them brass",
        False,
        KITCHEN,
        "edit",
        _edit("make the pendant lights brass"),
    ),
    (
        "don't add a rug, add a floor cushion instead. and a blanket on the sofa",
        False,
        SOFA,
        "edit",
        _edits(("add a floor cushion", "add a floor cushion instead"), "add a blanket on the sofa"),
    ),
    # negations of the last edit: an undo or a correction
    (
        "don't make the walls sage, i changed my mind. keep them the way they were",
        False,
        LIVING_WALLS,
        "undo",
        _goto(1),
    ),
    ("scrap the candles, they look cheap", False, BATH, "undo", _goto(1)),
    ("keep the fire, lose the stockings", False, FIREPLACE, "undo", _goto(1)),
    (
        "only the left stool, not all of them",
        False,
        KITCHEN,
        "correction",
        _fix("make the left bar stool black", "make the left stool black"),
    ),
    (
        "not the whole washer, just the door of it",
        False,
        LAUNDRY,
        "correction",
        _fix(
            "make the washing machine door mint green",
            "make the washer door mint green",
            "make the door of the washing machine mint green",
        ),
    ),
)
"""Negations and conditions: nothing to do, a question, or the part that asks for something."""

R32A: tuple[Dev, ...] = (*QUESTIONS, *STORIES, *WISHES, *ABILITY, *CHAT, *CONDITIONS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: the current round is an older one
    (1, ("is the rug gone in this one?", False, LIVING, "talk", ())),
    (1, ("the sage walls were better, bring them back", False, LIVING, "redo", _goto(2))),
    (
        2,
        (
            "now the garage door black",
            False,
            GARAGE,
            "edit",
            _edit("paint the garage door black", "make the garage door black"),
        ),
    ),
    (3, ("what round is this", False, POOL, "status", STATUS)),
    (2, ("did you undo the umbrella too?", False, POOL, "talk", ())),
    (
        2,
        (
            "dont touch the flamingo but make the lawn look freshly mowed",
            False,
            POOL,
            "edit",
            _edit("make the lawn look freshly mowed"),
        ),
    ),
    (0, ("leave it like this, the original is best", False, KITCHEN, "talk", ())),
    (1, ("is this the first try or the second?", False, SHED_RETRIED, "status", STATUS)),
    (1, ("my wife prefers this one honestly", False, KITCHEN_FIXED, "talk", ())),
    (1, ("compare this with the white stools", False, KITCHEN_FIXED, "compare", _compare(1, 2))),
    (0, ("could you in theory add a pergola over the pool? not now", False, POOL, "talk", ())),
    (1, ("the string lights need to come back", False, BALCONY, "redo", _goto(2))),
    (1, ("i painted the real crib white after seeing this", False, NURSERY3, "talk", ())),
    (2, ("hmm, why does the attic look so dark in this one", False, ATTIC, "talk", ())),
    (
        1,
        (
            "put a reading chair under the skylight",
            False,
            ATTIC,
            "edit",
            _edit("put a reading chair under the skylight"),
        ),
    ),
    (2, ("leave this one as is, gonna show my wife", False, GARAGE, "talk", ())),
    (0, ("is the pool water clear here or murky?", False, POOL, "talk", ())),
    (1, ("can you do stockings? asking for next time", False, FIREPLACE, "talk", ())),
    (0, ("what colour would go with these stools", False, KITCHEN, "talk", ())),
    (1, ("dont redo anything, i like it without the lamp", False, OFFICE_BRANCH, "talk", ())),
    (1, ("put the plant back", False, OFFICE_BRANCH, "goto", _goto(2))),
    (
        3,
        (
            "leave out the workbench this time, shelves on the back wall instead",
            False,
            GARAGE,
            "edit",
            _edit("add shelves on the back wall", "shelves on the back wall", "put shelves on the back wall"),
        ),
    ),
    (1, ("why is the bike still on the wall here?", False, GARAGE, "talk", ())),
    (1, ("how come this one has no candles", False, BATH, "talk", ())),
    (1, ("my son wants the candles back, he thinks theyre cool", False, BATH, "clarify", ())),
    (1, ("add a doormat that says welcome", False, PORCH, "edit", _edit("add a doormat that says welcome"))),
    (0, ("we had the fire going all night last christmas", False, FIREPLACE, "talk", ())),
    (1, ("compare this one with the stockings one", False, FIREPLACE, "compare", _compare(1, 2))),
    (5, ("the kid on the ladder has to come back", False, POOL, "redo", _goto(7))),
    (0, ("wish it still looked like this irl", False, LAUNDRY, "talk", ())),
    (
        0,
        (
            "back at the start huh. fine, the dryer in pale pink this time",
            False,
            LAUNDRY,
            "edit",
            _edit("make the dryer pale pink", "the dryer in pale pink"),
        ),
    ),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r32a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R32A`, then the moved ones)."""
    return with_moved(R32A, "r32a", MOVED, "r32a_moved")
