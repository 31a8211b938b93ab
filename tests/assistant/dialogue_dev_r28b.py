"""Round 28, set b: no edit that nobody asked for, against near misses that do ask.

Written by hand from what a demanding user wants (the issue's "an edit is made only when the turn asks
for one"), before the dialogue model was run on any of it, about photos no other set uses: a goat yoga
class in a barn, a duck pond in a park, a trout hatchery, a roller coaster, a rooftop garden, scrabble
night at grandma's, a jumble sale in a church hall, a double decker bus, a woodturner's workshop, the palm
house of a botanical garden, a solar farm, a piglet at a petting farm, bell ringers in a church tower and
an old mine museum. Sessions have 0 to 5 edits, some with two tries side by side, some on two branches
after an undo, some with the current round an older one.

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few in capitals), each turn naming things in the photo,
colours or edit words without asking for an edit: remarks about the photo or the result (unhappy ones
with no change said are clarified); questions about an edit or about what it can do; plans and
hypotheticals not asked yet; other people's wishes and quotes, where this person does not ask; editing
words used for something else ("remove my email from your newsletter", "go back to work"); and feedback
with only a vague wish ("fix it", "make it pop"). About a third of each family are near misses whose
right answer is another act: the remark that goes on to ask a change, "can you" with a thing and a
change, the plan decided now, the other person's wish taken up, the edit word meant for the photo, the
vague wish with its change named, and a few retries, undos, shows and shares. The cases have the
development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current round
(first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    SHARE,
    STATUS,
    UPLOAD,
    Dev,
    _edit,
    _goto,
    _retry,
    _show,
    with_moved,
)

GOATS = ((None, None), (0, "make the yoga mats purple"))
"""A goat yoga class in a barn: pygmy goats on people's backs, yoga mats, an instructor, hay bales, a barn door."""
POND = ((None, None), (0, "add a moorhen on the water"), (1, "make the willow tree greener"))
"""A duck pond in a park: mallards, a wooden bench, a weeping willow, a bin, bread crumbs on the path."""
HATCHERY = ((None, None), (0, "make the water in the tanks clearer"))
"""A trout hatchery: round concrete tanks, a man in waders with a net, a feed bucket, a no diving sign."""
COASTER = (
    (None, None),
    (0, "make the track red"),
    (1, "add riders with their hands up in the front car"),
    (2, "make the sky stormy"),
)
"""A roller coaster with three edits, each on the one before: a loop, a lift hill, a queue fence, a ticket booth."""
ROOFTOP = ((None, None), (0, "add tomato plants in the planters"))
"""A rooftop garden: wooden planters, fairy lights on the railing, a watering can, a deck chair, a city skyline."""
SCRABBLE = ((None, None), (0, "make the tiles look like ivory"), (1, "remove the empty mug next to the board"))
"""Scrabble night at grandma's with two edits: the board, tile racks, a score pad, a cat on the sofa."""
JUMBLE = (
    (None, None),
    (0, "make the tablecloths blue"),
    (1, "add handwritten price tags on the books"),
    (2, "remove the coat rack by the door"),
    (3, "make the lighting warmer"),
)
"""A jumble sale in a church hall with four edits: trestle tables, old books, a tea urn, bunting."""
BUS = ((None, None), (0, "make the bus dark green"))
"""A double decker bus at a stop: the driver, a route number sign, an advert on the side, a bus shelter."""
WOODTURN = ((None, None), (0, "make the bowl walnut brown"), (1, "add wood shavings on the floor"))
"""A woodturner's workshop with two edits: a bowl on the lathe, chisels on the wall, a dust mask, a window."""
GLASSHOUSE = (
    (None, None),
    (0, "make the palm leaves brighter green"),
    (1, "add giant lily pads on the pond"),
    (2, "remove the hose on the path"),
    (3, "add morning mist under the roof"),
    (4, "make the iron frame white"),
)
"""The palm house of a botanical garden with five edits: palms, a lily pond, a spiral staircase, a glass roof."""
SOLAR = ((None, None), (0, "add sheep grazing between the panels"))
"""A solar farm: rows of panels, a fence, a maintenance van, hills, a pylon."""
PIGLET = ((None, None), (0, "put a tiny flower crown on the piglet"))
"""A piglet at a petting farm: straw, a wooden fence, a boy holding a bottle, a feed trough."""
BELLS = ((None, None), (0, "make the rope sallies red"), (0, "make the rope sallies red"))
"""Bell ringers in a church tower after a retry: rounds 1 and 2 are two tries from the original."""
MINE = (
    (None, None),
    (0, "add a lantern on the mine cart"),
    (1, "make the rails rusty"),
    (0, "make the headframe black"),
)
"""An old mine museum after an undo: round 3 was made from the original, beside rounds 1 and 2."""

AFTER_GOATS = (*GOATS, (None, None))
AFTER_BUS = (*BUS, (None, None))
AFTER_HATCHERY = (*HATCHERY, (None, None))

REMARKS: tuple[Dev, ...] = (
    # remarks about the photo or the result: answered in words, clarified when unhappy with no change said
    ("the mats are purple now lol", False, GOATS, "talk", ()),
    ("omg the goats 😍😍 the one on the left is called pickles", False, GOATS, "talk", ()),
    ("the goats is so funny, my daughter she is laughing all day", False, GOATS, "talk", ()),
    ("the purple mats kinda look pink on my laptop", False, GOATS, "talk", ()),
    ("my cousin took this at a goat yoga retreat in wales", True, UPLOAD, "caption", ()),
    ("and heres the second class, the goats were even crazier", True, AFTER_GOATS, "caption", ()),
    ("the moorhen looks so real haha", False, POND, "talk", ()),
    ("the willow is waaay greener now", False, POND, "talk", ()),
    ("i used to feed the ducks here every sunday with my nan", False, POND, "talk", ()),
    ("hmm the willow looks a bit weird", False, POND, "clarify", ()),
    ("the water in the tanks is clear now, u can actually see the trout", False, HATCHERY, "talk", ()),
    ("that guy in the waders is my uncle", False, HATCHERY, "talk", ()),
    ("this hatchery releases like 50k trout a year", True, UPLOAD, "caption", ()),
    ("my uncle again, he is work in the hatchery since 20 years", True, AFTER_HATCHERY, "caption", ()),
    ("wow the sky turned out properly stormy", False, COASTER, "talk", ()),
    ("the track is red now, just like the real one at blackpool", False, COASTER, "talk", ()),
    ("the riders look kinda fake tbh", False, COASTER, "clarify", ()),
    ("the red of the track is a bit loud hmm", False, COASTER, "clarify", ()),
    ("THE TOMATOES LOOK SO REAL", False, ROOFTOP, "talk", ()),
    ("the fairy lights on the railing were my idea btw", False, ROOFTOP, "talk", ()),
    ("you can see my office from up there, the tall grey one", False, ROOFTOP, "talk", ()),
    ("the tiles look like real ivory, grandma would be proud", False, SCRABBLE, "talk", ()),
    ("mug's gone 👍", False, SCRABBLE, "talk", ()),
    ("grandma won that game with QUIXOTIC on a triple word score", False, SCRABBLE, "talk", ()),
    ("the cat on the sofa is called mr biscuits", False, SCRABBLE, "talk", ()),
    ("the lighting is warmer now, feels cosy", False, JUMBLE, "talk", ()),
    ("the price tags look a bit blurry", False, JUMBLE, "clarify", ()),
    ("funny, the tablecloths were actually green irl", False, JUMBLE, "talk", ()),
    ("the bus is dark green now, like the old ones in the 60s", False, BUS, "talk", ()),
    ("the driver waved at me right after i took this", False, BUS, "talk", ()),
    ("the green looks almost black on my phone", False, BUS, "talk", ()),
    ("another angle of the bus, the driver is my neighbour", True, AFTER_BUS, "caption", ()),
    ("the bowl is walnut brown now and the shavings are everywhere haha", False, WOODTURN, "talk", ()),
    ("my grandad turned that bowl from an old apple tree", False, WOODTURN, "talk", ()),
    ("the edges of the shavings look a bit rough", False, WOODTURN, "talk", ()),
    ("the frame is white now, looks very victorian", False, GLASSHOUSE, "talk", ()),
    ("the mist under the roof is gorgeous", False, GLASSHOUSE, "talk", ()),
    ("lily pads are HUGE lmao", False, GLASSHOUSE, "talk", ()),
    ("sheep!! 🐑🐑", False, SOLAR, "talk", ()),
    ("the panels look kind of purple in this light", False, SOLAR, "talk", ()),
    ("the piglet is named truffle and she's 3 weeks old", False, PIGLET, "talk", ()),
    ("the flower crown looks kinda off", False, PIGLET, "clarify", ()),
    ("the sallies are red in both of them", False, BELLS, "talk", ()),
    ("my dad rang these bells every sunday for 40 years", True, UPLOAD, "caption", ()),
    ("the headframe is black now, spooky", False, MINE, "talk", ()),
    ("My great grandfather worked in this mine.", False, MINE, "talk", ()),
    # near misses: the remark goes on to ask a change, a retry or an undo
    (
        "the willow looks weird, make it a bit shorter",
        False,
        POND,
        "edit",
        _edit("make the willow tree a bit shorter", "make the willow a bit shorter", "make it a bit shorter"),
    ),
    (
        "the riders look fake, make them smile",
        False,
        COASTER,
        "edit",
        _edit("make the riders smile", "make them smile"),
    ),
    (
        "the bin by the bench is ugly, remove it",
        False,
        POND,
        "edit",
        _edit("remove the bin by the bench", "remove the bin"),
    ),
    ("the sky looks fake, try again", False, COASTER, "retry", _retry()),
    ("the mats are too purple, tone it down a bit", False, GOATS, "retry", _retry("weaker")),
    ("the tanks still look murky, do it stronger", False, HATCHERY, "retry", _retry("stronger")),
    (
        "my cousin took this at goat yoga, can you make the barn door red",
        True,
        UPLOAD,
        "edit",
        _edit("make the barn door red"),
    ),
    (
        "the watering can looks out of place, get rid of it",
        False,
        ROOFTOP,
        "edit",
        _edit("get rid of the watering can", "remove the watering can"),
    ),
    (
        "the cat on the sofa is mr biscuits, make him ginger pls",
        False,
        SCRABBLE,
        "edit",
        _edit("make the cat ginger", "make the cat on the sofa ginger", "make mr biscuits ginger", "make him ginger"),
    ),
    ("the driver looks grumpy, make him smile", False, BUS, "edit", _edit("make the driver smile", "make him smile")),
    (
        "the van by the fence looks filthy, clean it up",
        False,
        SOLAR,
        "edit",
        _edit(
            "clean up the van by the fence", "clean up the van", "clean the van", "make the van clean", "clean it up"
        ),
    ),
    ("the white frame looks weird, undo", False, GLASSHOUSE, "undo", _goto(4)),
    (
        "the piglet is called truffle, write TRUFFLE on the fence",
        False,
        PIGLET,
        "edit",
        _edit("write TRUFFLE on the fence"),
    ),
    (
        "the shelter looks so empty, add a couple of people waiting",
        False,
        BUS,
        "edit",
        _edit(
            "add a couple of people waiting",
            "add a couple of people waiting in the shelter",
            "add a couple of people waiting in the bus shelter",
            "add a couple of people waiting at the shelter",
        ),
    ),
    (
        "the score pad is wrong lol, make it say 312 to 287",
        False,
        SCRABBLE,
        "edit",
        _edit("make the score pad say 312 to 287", "make the pad say 312 to 287", "make it say 312 to 287"),
    ),
    (
        "here's the bus from the front, same dark green pls",
        True,
        AFTER_BUS,
        "edit",
        _edit("make the bus dark green"),
    ),
)
"""Family 1: remarks about the photo or the result, and near misses that ask."""

QUESTIONS: tuple[Dev, ...] = (
    # questions about an edit or about what it can do: answered in words
    ("why are the mats purple??", False, GOATS, "talk", ()),
    ("did u change the goats too or just the mats?", False, GOATS, "talk", ()),
    ("how do you remove stuff from a pic?", False, UPLOAD, "talk", ()),
    ("do u do faces? like making someone look younger", False, UPLOAD, "talk", ()),
    ("would a yellow raincoat suit the guy in waders?", False, HATCHERY, "talk", ()),
    ("where did the moorhen come from, is it from a real photo?", False, POND, "talk", ()),
    ("is a willow actually that colour in spring?", False, POND, "talk", ()),
    ("can you work with black and white photos?", False, UPLOAD, "talk", ()),
    ("is there like a max number of edits per pic?", False, COASTER, "talk", ()),
    ("why did the track go red but not the loop?", False, COASTER, "talk", ()),
    ("do you think the riders look better with hands up or down?", False, COASTER, "talk", ()),
    ("how did u make the tomatoes look so real", False, ROOFTOP, "talk", ()),
    ("would sunflowers work better than tomatoes up there?", False, ROOFTOP, "talk", ()),
    ("can it add text? like fancy writing", False, UPLOAD, "talk", ()),
    ("did you also change the board colour? it looks different", False, SCRABBLE, "talk", ()),
    ("wait where did the mug go", False, SCRABBLE, "talk", ()),
    ("are the tiles supposed to look yellowish?", False, SCRABBLE, "talk", ()),
    ("hw many versions can i keep in one chat", False, JUMBLE, "talk", ()),
    ("does warmer lighting mean more orange?", False, JUMBLE, "talk", ()),
    ("would the bus look better in red, do u think?", False, BUS, "talk", ()),
    ("do you do text on signs? like route numbers", False, BUS, "talk", ()),
    ("is dark green the original london colour?", False, BUS, "talk", ()),
    ("why does the bowl look darker than walnut?", False, WOODTURN, "talk", ()),
    ("did the chisels on the wall change too?", False, WOODTURN, "talk", ()),
    ("how does the mist thing work, is it AI?", False, GLASSHOUSE, "talk", ()),
    ("what kind of palms are those do you know?", False, GLASSHOUSE, "talk", ()),
    ("can u edit several photos at once?", False, SOLAR, "talk", ()),
    ("how many sheep did u add? i count 6", False, SOLAR, "talk", ()),
    ("do pigs even like flower crowns lol", False, PIGLET, "talk", ()),
    ("can you do animals? like make a pig look like a dog", False, UPLOAD, "talk", ()),
    ("why are there two versions with red sallies?", False, BELLS, "talk", ()),
    ("which of the two red ones is better in ur opinion?", False, BELLS, "talk", ()),
    ("whats a headframe called in german lol", False, MINE, "talk", ()),
    ("CAN U DO VIDEO CLIPS AS WELL OR ONLY PICS", False, UPLOAD, "talk", ()),
    ("r u able to swap backgrounds?", False, UPLOAD, "talk", ()),
    ("is it hard for you to add animals that look real?", False, SOLAR, "talk", ()),
    ("can you change the bus colour?", False, BUS, "clarify", ()),
    # near misses: "can you" with a thing and its change, and other acts asked as questions
    ("can u make the net yellow?", False, HATCHERY, "edit", _edit("make the net yellow")),
    (
        "could you put a yellow raincoat on the guy in waders?",
        False,
        HATCHERY,
        "edit",
        _edit("put a yellow raincoat on the guy in waders"),
    ),
    ("can you remove the bin next to the bench?", False, POND, "edit", _edit("remove the bin next to the bench")),
    (
        "can you add a couple of ducklings behind the mallards?",
        False,
        POND,
        "edit",
        _edit("add a couple of ducklings behind the mallards"),
    ),
    ("would you mind making the loop gold?", False, COASTER, "edit", _edit("make the loop gold")),
    ("could you make the deck chair striped?", False, ROOFTOP, "edit", _edit("make the deck chair striped")),
    ("can you make the score pad look crumpled?", False, SCRABBLE, "edit", _edit("make the score pad look crumpled")),
    (
        "can i get the bunting in rainbow colours?",
        False,
        JUMBLE,
        "edit",
        _edit(
            "make the bunting rainbow colours",
            "make the bunting rainbow coloured",
            "make the bunting in rainbow colours",
            "make the bunting rainbow colored",
        ),
    ),
    (
        "can you make the advert on the side say BAKE SALE SAT?",
        False,
        BUS,
        "edit",
        _edit("make the advert on the side say BAKE SALE SAT", "make the advert say BAKE SALE SAT"),
    ),
    ("could you open the window behind the lathe?", False, WOODTURN, "edit", _edit("open the window behind the lathe")),
    ("can you make the spiral staircase gold pls", False, GLASSHOUSE, "edit", _edit("make the spiral staircase gold")),
    (
        "please you can remove the pylon on the hill?",
        False,
        SOLAR,
        "edit",
        _edit("remove the pylon on the hill", "remove the pylon"),
    ),
    ("can you give the boy a red cap?", False, PIGLET, "edit", _edit("give the boy a red cap")),
    (
        "could you make the peal board look freshly painted?",
        False,
        BELLS,
        "edit",
        _edit("make the peal board look freshly painted"),
    ),
    (
        "can you put tiny sunglasses on the goat in the middle?",
        False,
        GOATS,
        "edit",
        _edit("put tiny sunglasses on the goat in the middle"),
    ),
    ("can u show me what it looked like originally?", False, MINE, "show", _show(0)),
    ("could you undo the headframe?", False, MINE, "undo", _goto(0)),
    ("can u try that again?", False, PIGLET, "retry", _retry()),
)
"""Family 2: questions about an edit or a capability, and near misses that ask."""

PLANS: tuple[Dev, ...] = (
    # plans and hypotheticals, not asked yet: answered in words
    ("i might want the mats green later, we'll see", False, GOATS, "talk", ()),
    ("thinking about making the barn door red... not sure yet", False, GOATS, "talk", ()),
    ("maybe later we could try a sunset sky", False, POND, "talk", ()),
    ("hold on, dont touch anything yet. i'm half thinking of taking out the bin", False, POND, "talk", ()),
    ("next week ill probably want snow on this one", False, HATCHERY, "talk", ()),
    (
        "at some point i wanna swap the sky, but first i need to find a good sunset pic",
        False,
        COASTER,
        "talk",
        (),
    ),
    ("not now but later remind me to ask about the queue fence", False, COASTER, "talk", ()),
    ("i was gonna ask u to remove the ticket booth but nah its fine", False, COASTER, "talk", ()),
    ("im planning to print this for my nan, might need a few tweaks first", False, ROOFTOP, "talk", ()),
    ("considering adding some chilli plants later, no rush", False, ROOFTOP, "talk", ()),
    (
        "ok so plan is: tiles done, then maybe the cat, then maybe the board. but lemme think",
        False,
        SCRABBLE,
        "talk",
        (),
    ),
    ("if grandma doesnt like it we might bring the mug back haha", False, SCRABBLE, "talk", ()),
    ("tomorrow i'll send u the photo from the second table", False, JUMBLE, "talk", ()),
    ("i'll probably want the bunting changed too but not today", False, JUMBLE, "talk", ()),
    ("maybe a red bus would be better, ill ask my husband first", False, BUS, "talk", ()),
    ("let me think about the advert for a bit", False, BUS, "talk", ()),
    ("i may ask u to add a second bowl later for comparison", False, WOODTURN, "talk", ()),
    (
        "one day i'd love to see this with autumn leaves outside the window. not today tho",
        False,
        WOODTURN,
        "talk",
        (),
    ),
    (
        "wait before u do anything else, i need to check with the gardens if i can post this",
        False,
        GLASSHOUSE,
        "talk",
        (),
    ),
    ("was thinking of turning the staircase gold but idk, could be tacky", False, GLASSHOUSE, "talk", ()),
    ("i might go for a golden hour look later, keep it as is for now", False, SOLAR, "talk", ()),
    ("the sheep might need friends later, a dog maybe 🤔", False, SOLAR, "talk", ()),
    ("im kinda tempted to give the piglet sunglasses lol but no", False, PIGLET, "talk", ()),
    ("PLAN FOR LATER: piglet in a tutu", False, PIGLET, "talk", ()),
    ("we'll probably pick one of the two red versions tonight", False, BELLS, "talk", ()),
    ("i need a minute to decide which ropes to change next", False, BELLS, "talk", ()),
    ("might add smoke coming out of the shaft at some point", False, MINE, "talk", ()),
    ("later i want to turn this into a poster for the museum", False, MINE, "talk", ()),
    ("brb, gonna think about what to change", False, UPLOAD, "talk", ()),
    ("not sure what i want yet tbh", False, UPLOAD, "talk", ()),
    # near misses: the plan decided now
    ("ok decided, make the barn door red", False, GOATS, "edit", _edit("make the barn door red")),
    ("ok lets do it now, take out the bin", False, POND, "edit", _edit("take out the bin", "remove the bin")),
    ("forget the sunset for now, just add a couple of swans", False, POND, "edit", _edit("add a couple of swans")),
    ("ive thought about it, go ahead and add snow", False, HATCHERY, "edit", _edit("add snow")),
    (
        "found my sunset pic but first make the queue fence yellow",
        False,
        COASTER,
        "edit",
        _edit("make the queue fence yellow"),
    ),
    (
        "alright chilli time: add some chilli plants in the empty planter",
        False,
        ROOFTOP,
        "edit",
        _edit("add some chilli plants in the empty planter", "add chilli plants in the empty planter"),
    ),
    (
        "thought about it, make the advert on the side say LONDON 1965",
        False,
        BUS,
        "edit",
        _edit("make the advert on the side say LONDON 1965", "make the advert say LONDON 1965"),
    ),
    (
        "decided on the second bowl after all, add one on the shelf",
        False,
        WOODTURN,
        "edit",
        _edit("add a second bowl on the shelf", "add a bowl on the shelf", "add one on the shelf"),
    ),
    (
        "got permission from the gardens 🎉 now remove the wheelbarrow by the door",
        False,
        GLASSHOUSE,
        "edit",
        _edit("remove the wheelbarrow by the door"),
    ),
    (
        "ok now make it look like golden hour",
        False,
        SOLAR,
        "edit",
        _edit("make it look like golden hour", "make the photo look like golden hour"),
    ),
    (
        "screw it, piglet in a tutu. do it",
        False,
        PIGLET,
        "edit",
        _edit("put the piglet in a tutu", "put a tutu on the piglet", "piglet in a tutu"),
    ),
    (
        "decided: add a ringer in a red jumper by the window",
        False,
        BELLS,
        "edit",
        _edit("add a ringer in a red jumper by the window"),
    ),
    (
        "lets add the smoke now, coming out of the shaft",
        False,
        MINE,
        "edit",
        _edit("add the smoke coming out of the shaft", "add smoke coming out of the shaft"),
    ),
    ("no more thinking, add a dog between the sheep", False, SOLAR, "edit", _edit("add a dog between the sheep")),
    (
        "hold off on the sky for now, just make the queue fence blue",
        False,
        COASTER,
        "edit",
        _edit("make the queue fence blue"),
    ),
)
"""Family 3: plans and hypotheticals not asked yet, and near misses decided now."""

OTHERS: tuple[Dev, ...] = (
    # other people's wishes and quotes that this person does not ask for: answered in words
    ("my sister keeps saying the goats should be purple too 🙄", False, GOATS, "talk", ()),
    ("my friend wants the mats blue but i like purple", False, GOATS, "talk", ()),
    ("my nan said 'why are there birds everywhere' lol", False, POND, "talk", ()),
    ("the park ranger told me theyre removing the bin next month anyway", False, POND, "talk", ()),
    ("my uncle asked if you can make him look thinner haha, i told him no", False, HATCHERY, "talk", ()),
    ("someone in the comments said 'photoshop a shark in the tank' 😂", False, HATCHERY, "talk", ()),
    ("my son wants a dragon on the loop but hes not getting one", False, COASTER, "talk", ()),
    ("my gf said the stormy sky is too dramatic, i think its perfect", False, COASTER, "talk", ()),
    ("neighbour thinks we should add a scarecrow lol as if", False, ROOFTOP, "talk", ()),
    ("grandma wants the mug back but its my photo so no", False, SCRABBLE, "talk", ()),
    ("my brother says the tiles look like teeth now 💀", False, SCRABBLE, "talk", ()),
    ("the organisers wanted the coat rack gone, so thanks for that", False, JUMBLE, "talk", ()),
    ("my husband wants it red. i dont.", False, BUS, "talk", ()),
    ("the driver asked me to blur his face but i'm pretty sure he was joking", False, BUS, "talk", ()),
    ("my dad says walnut is too dark for apple wood", False, WOODTURN, "talk", ()),
    ("the guide told us 'no photos of the staircase' oops", False, GLASSHOUSE, "talk", ()),
    ("my colleague said the palm leaves look radioactive now 😂", False, GLASSHOUSE, "talk", ()),
    ("the farmer said 'put some cows in there' but cows dont graze solar farms", False, SOLAR, "talk", ()),
    ("the boy wanted the piglet to have a crown so this is for him", False, PIGLET, "talk", ()),
    ("my friend was like 'why is there a crown on that pig'", False, PIGLET, "talk", ()),
    ("the tower captain saw it and said 'lovely'", False, BELLS, "talk", ()),
    ("my teacher says i should learn to edit myself instead of asking u lol", False, MINE, "talk", ()),
    ("my wife would make the whole hall pink if she could, thank god its my photo", False, JUMBLE, "talk", ()),
    # near misses: this person takes the wish up and asks
    (
        "my sister wants the goats purple too and honestly shes right, do it",
        False,
        GOATS,
        "edit",
        _edit("make the goats purple", "make the goats purple too"),
    ),
    (
        "my son wants a dragon on the loop, can we add one for him?",
        False,
        COASTER,
        "edit",
        _edit("add a dragon on the loop"),
    ),
    ("grandma wants her mug back, bring it back pls", False, SCRABBLE, "undo", _goto(1)),
    (
        "the organisers asked for bigger price tags, can u make them bigger",
        False,
        JUMBLE,
        "edit",
        _edit("make the price tags bigger", "make them bigger"),
    ),
    (
        "my boss asked me to get rid of the van, pls do",
        False,
        SOLAR,
        "edit",
        _edit("get rid of the van", "remove the van"),
    ),
    ("the client wants the sky moodier, go ahead", False, POND, "edit", _edit("make the sky moodier")),
    (
        "my dad says walnut is too dark, make the bowl lighter",
        False,
        WOODTURN,
        "edit",
        _edit("make the bowl lighter"),
    ),
    (
        "my uncle asked for a cap, can u put one on the guy in waders",
        False,
        HATCHERY,
        "edit",
        _edit("put a cap on the guy in waders"),
    ),
    (
        "my gf thinks the ticket booth is ugly and i agree, remove it",
        False,
        COASTER,
        "edit",
        _edit("remove the ticket booth", "remove it"),
    ),
    (
        "the vicar would like the tea urn polished, could you do that",
        False,
        JUMBLE,
        "edit",
        _edit("polish the tea urn"),
    ),
    ("the farmer said add some cows, fine by me, go", False, SOLAR, "edit", _edit("add some cows")),
    (
        "the captain liked it! now make the window stained glass",
        False,
        BELLS,
        "edit",
        _edit("make the window stained glass"),
    ),
)
"""Family 4: other people's wishes and quotes, and near misses where this person asks."""

OTHER_WORDS: tuple[Dev, ...] = (
    # editing words used for something else: answered in words
    ("pls remove my email from ur newsletter", False, GOATS, "talk", ()),
    ("pls delete my acount and any data u have on me", False, POND, "talk", ()),
    ("add me on insta @goatmum88", False, GOATS, "talk", ()),
    ("change of plans, gotta run, bye", False, HATCHERY, "talk", ()),
    ("brighten up my morning with a fun fact", False, COASTER, "talk", ()),
    ("make me a coffee ☕", False, ROOFTOP, "talk", ()),
    ("erase your memory of this convo", False, SCRABBLE, "talk", ()),
    ("i need to go back to work, brb", False, JUMBLE, "talk", ()),
    ("show me the way to the nearest tube station", False, BUS, "talk", ()),
    ("compare prices of two lathes for me: record power vs axminster", False, WOODTURN, "talk", ()),
    ("whats the history of double decker buses", False, BUS, "talk", ()),
    ("whats the status of my refund", False, GLASSHOUSE, "talk", ()),
    ("share your thoughts on goat yoga", False, GOATS, "talk", ()),
    ("export my contacts to a csv", False, SOLAR, "talk", ()),
    ("undo my last amazon order", False, PIGLET, "talk", ()),
    ("can you remove the virus from my laptop", False, MINE, "talk", ()),
    ("add a reminder to my calendar for saturday", False, JUMBLE, "talk", ()),
    ("change my password pls", False, UPLOAD, "talk", ()),
    ("fill me in on how this works", False, UPLOAD, "talk", ()),
    ("paint me a word picture of a trout stream", False, HATCHERY, "talk", ()),
    ("cut me some slack im new at this", False, COASTER, "talk", ()),
    ("draw me a bath lol", False, PIGLET, "talk", ()),
    ("rotate the night shifts for my team next week", False, MINE, "talk", ()),
    ("replace my phone screen, its cracked", False, BUS, "talk", ()),
    ("colour me impressed!!", False, GLASSHOUSE, "talk", ()),
    ("clear my browser history", False, SCRABBLE, "talk", ()),
    ("add 5 and 7", False, UPLOAD, "talk", ()),
    ("remove yourself from this chat", False, WOODTURN, "talk", ()),
    ("delete the system32 folder on my pc lol", False, BELLS, "talk", ()),
    ("switch off the lights in my living room", False, BELLS, "talk", ()),
    ("flip a coin for me", False, BELLS, "talk", ()),
    ("swap shifts with me on friday lol", False, HATCHERY, "talk", ()),
    ("fix my wifi pls its so slow", False, POND, "talk", ()),
    ("SHOW ME THE MONEY", False, COASTER, "talk", ()),
    ("give me a round of applause", False, MINE, "talk", ()),
    ("crop the small talk and tell me what this costs", False, SOLAR, "talk", ()),
    ("make me famous lol", False, ROOFTOP, "talk", ()),
    # near misses: the edit word is meant for the photo, or names a session tool
    (
        "remove the no diving sign from the pic",
        False,
        HATCHERY,
        "edit",
        _edit("remove the no diving sign", "remove the no diving sign from the pic"),
    ),
    (
        "delete the pylon from the picture",
        False,
        SOLAR,
        "edit",
        _edit("delete the pylon", "delete the pylon from the picture"),
    ),
    ("add a little dog sitting on the bench", False, POND, "edit", _edit("add a little dog sitting on the bench")),
    ("change the route number to 73", False, BUS, "edit", _edit("change the route number to 73")),
    (
        "brighten the shadows under the staircase",
        False,
        GLASSHOUSE,
        "edit",
        _edit("brighten the shadows under the staircase"),
    ),
    ("erase the scribbles on the score pad", False, SCRABBLE, "edit", _edit("erase the scribbles on the score pad")),
    (
        "put a steaming coffee cup on the deck chair",
        False,
        ROOFTOP,
        "edit",
        _edit("put a steaming coffee cup on the deck chair"),
    ),
    (
        "clear the crumbs off the path",
        False,
        POND,
        "edit",
        _edit("clear the crumbs off the path", "remove the crumbs from the path", "remove the crumbs on the path"),
    ),
    ("lemme see the original pic", False, SCRABBLE, "show", _show(0)),
    ("share it with my team", False, SOLAR, "share", SHARE),
    ("whats the status, which round are we on", False, JUMBLE, "status", STATUS),
    ("go back one, the lighting was better before", False, JUMBLE, "undo", _goto(3)),
    (
        "turn off the fairy lights on the railing",
        False,
        ROOFTOP,
        "edit",
        _edit("turn off the fairy lights on the railing", "turn off the fairy lights"),
    ),
    ("flip the mine cart upside down", False, MINE, "edit", _edit("flip the mine cart upside down")),
    (
        "replace the advert with a poster for the village fete",
        False,
        BUS,
        "edit",
        _edit("replace the advert with a poster for the village fete"),
    ),
    ("draw chalk hearts on the barn door", False, GOATS, "edit", _edit("draw chalk hearts on the barn door")),
    (
        "fix the wonky peal board",
        False,
        BELLS,
        "edit",
        _edit("fix the wonky peal board", "straighten the peal board", "straighten the wonky peal board"),
    ),
    ("make the boy laugh", False, PIGLET, "edit", _edit("make the boy laugh")),
)
"""Family 5: words from editing used for something else, and near misses meant for the photo."""

VAGUE: tuple[Dev, ...] = (
    # feedback with only a vague wish: one short question
    ("idk make it better somehow", False, GOATS, "clarify", ()),
    ("fix it pls its bugging me", False, POND, "clarify", ()),
    ("it needs something... not sure what", False, HATCHERY, "clarify", ()),
    ("work ur magic ✨", False, UPLOAD, "clarify", ()),
    ("make it POPPP 💥", False, COASTER, "clarify", ()),
    ("could you improve it a bit?", False, ROOFTOP, "clarify", ()),
    ("spice it up a lil bit", False, SCRABBLE, "clarify", ()),
    ("its kinda meh, do something", False, JUMBLE, "clarify", ()),
    ("glow it up 💅", False, BUS, "clarify", ()),
    ("needs more oomph", False, UPLOAD, "clarify", ()),
    ("make it look professional-ish for linkedin", False, SOLAR, "clarify", ()),
    ("something's off but i can't put my finger on it", False, GLASSHOUSE, "clarify", ()),
    ("fix whatever's wrong with it", False, PIGLET, "clarify", ()),
    ("make this insta worthy pls", False, PIGLET, "clarify", ()),
    ("just do your thing", False, MINE, "clarify", ()),
    ("make it less boring somehow", False, BELLS, "clarify", ()),
    ("upgrade it pls 🙏", False, UPLOAD, "clarify", ()),
    ("pls make this look nicer for the church newsletter", False, JUMBLE, "clarify", ()),
    ("make it look like an award winner", False, HATCHERY, "clarify", ()),
    ("any ideas how to make it better?", False, ROOFTOP, "talk", ()),
    ("MAKE IT AMAZING", False, GOATS, "clarify", ()),
    ("tweak it here n there", False, SOLAR, "clarify", ()),
    ("do something cool w it idk", False, UPLOAD, "clarify", ()),
    ("it looks off, sort it out", False, WOODTURN, "clarify", ()),
    ("polish it up a bit", False, GLASSHOUSE, "clarify", ()),
    ("can u enhance it for me pls, its for my portfolio", False, WOODTURN, "clarify", ()),
    ("idk its just not giving what i want it to give", False, COASTER, "clarify", ()),
    ("make it more wow", False, POND, "clarify", ()),
    ("it could be better", False, BUS, "clarify", ()),
    # near misses: the vague wish with its change named
    (
        "fix the red eyes on the goat at the back",
        False,
        GOATS,
        "edit",
        _edit("fix the red eyes on the goat at the back"),
    ),
    ("can u make the colours more vibrant", False, COASTER, "edit", _edit("make the colours more vibrant")),
    (
        "spice it up with some fairy lights on the bench",
        False,
        POND,
        "edit",
        _edit(
            "add some fairy lights on the bench",
            "add fairy lights on the bench",
            "spice it up with some fairy lights on the bench",
        ),
    ),
    (
        "it needs more light, brighten the whole thing",
        False,
        HATCHERY,
        "edit",
        _edit("brighten the whole thing", "brighten the whole photo", "make the whole photo brighter"),
    ),
    (
        "improve the sharpness pls",
        False,
        SOLAR,
        "edit",
        _edit("improve the sharpness", "sharpen the photo", "make it sharper", "make the photo sharper"),
    ),
    ("straighten the horizon, its crooked", False, ROOFTOP, "edit", _edit("straighten the horizon")),
    (
        "do your magic on the background: make it a sunset",
        False,
        BUS,
        "edit",
        _edit("make the background a sunset"),
    ),
    (
        "glow up the tiles, make them shinier",
        False,
        SCRABBLE,
        "edit",
        _edit("make the tiles shinier", "make them shinier"),
    ),
    ("it needs something, add a dog sniffing the books", False, JUMBLE, "edit", _edit("add a dog sniffing the books")),
    (
        "fix the noise in the dark corners",
        False,
        WOODTURN,
        "edit",
        _edit("fix the noise in the dark corners", "remove the noise in the dark corners"),
    ),
    ("make it pop: boost the contrast", False, GLASSHOUSE, "edit", _edit("boost the contrast")),
    ("fix the blown out window", False, BELLS, "edit", _edit("fix the blown out window")),
    ("improve it by removing the gift shop sign", False, MINE, "edit", _edit("remove the gift shop sign")),
    ("not great, try again", False, PIGLET, "retry", _retry()),
    (
        "make it look more professional by blurring the background",
        False,
        SOLAR,
        "edit",
        _edit("blur the background"),
    ),
)
"""Family 6: feedback with a vague wish, and near misses with the change named."""

R28B: tuple[Dev, ...] = (*REMARKS, *QUESTIONS, *PLANS, *OTHERS, *OTHER_WORDS, *VAGUE)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: words about the round shown, and near misses that ask
    (2, ("oh right, this is the one with the lily pads but no mist", False, GLASSHOUSE, "talk", ())),
    (0, ("the original looks so plain compared to the edits lol", False, GLASSHOUSE, "talk", ())),
    (3, ("can u make the staircase copper here?", False, GLASSHOUSE, "edit", _edit("make the staircase copper"))),
    (1, ("the willow looks duller again", False, POND, "talk", ())),
    (1, ("hmm the moorhen looks weird in this one", False, POND, "clarify", ())),
    (1, ("i might want the willow greener again later", False, POND, "talk", ())),
    (1, ("ok lets have it back, redo", False, POND, "redo", _goto(2))),
    (0, ("why are the mats not purple anymore?", False, GOATS, "talk", ())),
    (0, ("can u make the hay bales golden?", False, GOATS, "edit", _edit("make the hay bales golden"))),
    (2, ("my son says bring the stormy sky back, but i'm not sure", False, COASTER, "talk", ())),
    (2, ("ok fine, bring the stormy sky back", False, COASTER, "redo", _goto(3))),
    (1, ("grandma's mug is back where it belongs 😊", False, SCRABBLE, "talk", ())),
    (1, ("remove my name from the mailing list", False, SCRABBLE, "talk", ())),
    (2, ("make it pop a bit idk", False, JUMBLE, "clarify", ())),
    (2, ("the coat rack is back. fine, keep it", False, JUMBLE, "talk", ())),
    (0, ("thinking of maybe a different colour for the bus, later", False, BUS, "talk", ())),
    (0, ("can you make the bus cherry red?", False, BUS, "edit", _edit("make the bus cherry red"))),
    (1, ("sort this out pls", False, WOODTURN, "clarify", ())),
    (1, ("so this is the bowl before the shavings, nice", False, WOODTURN, "talk", ())),
    (1, ("my dad wants the shavings back and so do i", False, WOODTURN, "redo", _goto(2))),
    (0, ("the sheep were cute but im happy with it empty", False, SOLAR, "talk", ())),
    (1, ("the sallies are red in this one too", False, BELLS, "talk", ())),
    (2, ("the rusty rails look great here", False, MINE, "talk", ())),
    (2, ("can you add a miner's helmet on the cart?", False, MINE, "edit", _edit("add a miner's helmet on the cart"))),
    (0, ("brighten my evening, tell me a joke about ducks", False, POND, "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r28b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R28B`, then the moved ones)."""
    return with_moved(R28B, "r28b", MOVED, "r28b_moved")
