"""A third development set of plain edit requests in messy real-life wording, and look-alikes that must not edit.

Written by hand before running the model on it, about scenes the other dev sets do not use: a home
office (binders, a corkboard, a printer), a gym (kettlebells, a treadmill, a yoga mat), a bathroom (a
bathtub, a toothbrush cup), a kitchen (a microwave, a toaster, a succulent), an art studio (an easel,
a canvas), a warehouse (a forklift, pallets), a backyard pool (sunbeds, a lifeguard chair), a reef
dive (an octopus, a diver), a pet hedgehog, a sewing room (a mannequin, spools), a record corner (a
turntable, vinyl), a parakeet in its cage, a lawn with a trampoline and a party with a pinata.
`EDITS` holds edit requests: long turns that give a reason, politeness and fillers, non-native
English, typos, all caps and emoji, two or three requests in one turn, "it" and "that" meaning the
last edit's object, photo uploads whose caption is a request, and requests put as questions. `NEAR`
holds look-alike turns that expect no call: talk about the photo, questions about what the tool can
do, plans and wishes for later, edits someone else made, vague turns and plain captions. An
expected instruction is the request cleaned of fillers; a tuple lists the equally right ones. Same
format as `dialogue_dev.Dev`.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _edits, as_cases

OFFICE = ((None, None), (0, "make the corkboard white"))
"""A home office with one edit."""
GYM = ((None, None), (0, "make the yoga mat blue"))
"""A home gym with one edit."""
BATHROOM = ((None, None), (0, "make the bathtub black"))
"""A bathroom with one edit."""
KITCHEN = ((None, None), (0, "remove the microwave"), (1, "put a succulent on the windowsill"))
"""A kitchen with two edits."""
STUDIO = ((None, None), (0, "make the easel red"))
"""An art studio with one edit."""
WAREHOUSE = ((None, None), (0, "make the forklift yellow"))
"""A warehouse with one edit."""
POOL = ((None, None), (0, "make the sunbeds white"))
"""A backyard pool with one edit."""
REEF = ((None, None), (0, "make the octopus purple"))
"""A reef dive with one edit."""
HEDGEHOG = ((None, None), (0, "give the hedgehog a tiny scarf"))
"""A pet hedgehog with one edit."""
TURNTABLE = ((None, None), (0, "make the turntable silver"))
"""A record corner with one edit."""
PARAKEET = ((None, None), (0, "make the parakeet blue"))
"""A parakeet in its cage with one edit."""
PARTY = ((None, None), (0, "make the pinata pink"))
"""A kids' party with one edit."""
NEW_PHOTO = (*GYM, (None, None))
"""A second photo after the gym one; with `photo=True` the upload is the current round."""


def _e(text: str, *instructions: str, state: tuple = UPLOAD, photo: bool = False) -> Dev:
    return (text, photo, state, "edit", _edit(*instructions))


def _several(text: str, *instructions: str | tuple[str, ...], state: tuple = UPLOAD) -> Dev:
    return (text, False, state, "edit", _edits(*instructions))


def _words(text: str, state: tuple = UPLOAD, photo: bool = False, act: str = "talk") -> Dev:
    return (text, photo, state, act, ())


REASONS: tuple[Dev, ...] = (
    _e(
        "my boss hates clutter so can u get rid of the papers on the shelf",
        "get rid of the papers on the shelf",
        "remove the papers on the shelf",
    ),
    _e(
        "this is going on our company website tomorrow and honestly the printer in the corner looks ancient, "
        "remove the printer",
        "remove the printer",
        "remove the printer in the corner",
    ),
    _e(
        "ok so my landlord wants pics of the bathroom for the new tenants and the toothbrush cup is gross, "
        "please take the toothbrush cup away",
        "take the toothbrush cup away",
        "remove the toothbrush cup",
    ),
    _e(
        "I'm selling my kettlebells on marketplace and nobody clicks on the ad because the garage floor "
        "looks dirty in the photo. can you make the floor look clean",
        "make the floor look clean",
    ),
    _e(
        "my gym buddy sent me this one and we look so washed out under those fluorescent lights, warm up "
        "the colours a bit",
        "warm up the colours a bit",
        "warm up the colors a bit",
    ),
    _e(
        "we're doing a newsletter for the warehouse team and safety says no one can be seen without a "
        "helmet, so put a hard hat on the forklift driver",
        "put a hard hat on the forklift driver",
    ),
    _e(
        "my daughter painted this canvas for her art class and she wants to show grandma but the lighting "
        "was terrible, could you brighten the canvas",
        "brighten the canvas",
    ),
    _e(
        "since the pool is closed for the season in real life but we want it to look summery for the "
        "rental listing, make the water bright turquoise",
        "make the water bright turquoise",
    ),
    _e(
        "my wife thinks the hedgehog looks sad in this one which is not true, he was just sleepy, but to "
        "keep the peace make him look happier",
        "make him look happier",
        "make the hedgehog look happier",
    ),
    _e(
        "the client is super picky about brand colors and the mannequin is wearing the old logo, erase "
        "the logo on the mannequin's shirt",
        "erase the logo on the mannequin's shirt",
    ),
    _e(
        "i spent like 3 hours cleaning the kitchen for this shot and still missed the dirty towel on the "
        "oven handle 🙃 remove it",
        "remove the dirty towel on the oven handle",
        "remove the dirty towel",
    ),
    _e(
        "it's for a record store flyer and the owner wants it to feel retro, so give it a faded 70s look",
        "give it a faded 70s look",
    ),
    _e(
        "we had the party in the rain so all the kids are wet and grumpy lol, the sky is so grey, make the sky sunny",
        "make the sky sunny",
    ),
    _e(
        "my mom's parakeet passed away last month and this is the last photo of him, she would love it "
        "if his feathers looked bright and healthy again",
        "make his feathers look bright and healthy again",
        "make the parakeet's feathers look bright and healthy again",
    ),
    _e(
        "the dive shop wants this for their poster but the water is murky from all the sand we kicked up, "
        "clear up the water",
        "clear up the water",
    ),
    _e(
        "so basically my roommate left his laundry on the treadmill and i didn't notice until now. "
        "get rid of the clothes on the treadmill",
        "get rid of the clothes on the treadmill",
        "remove the clothes on the treadmill",
    ),
    _e(
        "my sister is a dentist and she wants this bathroom photo for her clinic blog, it needs to look "
        "spotless, make the tiles sparkling white",
        "make the tiles sparkling white",
    ),
    _e(
        "the studio is tiny and it looks even tinier in the picture because of all the junk on the floor. "
        "clear the floor around the easel",
        "clear the floor around the easel",
    ),
    _e(
        "we're moving out next week and the deposit depends on these photos lol, can you hide the crack in the tiles",
        "hide the crack in the tiles",
    ),
)

POLITE: tuple[Dev, ...] = (
    _e("would you mind removing the stapler", "remove the stapler"),
    _e("would you mind making the binders all the same color?", "make the binders all the same color"),
    _e("pls turn the corkboard dark green", "turn the corkboard dark green"),
    _e("I'd love it if the walls were grey", "make the walls grey"),
    _e("i would love it if the yoga mat was purple", "make the yoga mat purple"),
    _e("go ahead and remove the water bottle from the bench", "remove the water bottle from the bench"),
    _e("quick one: make the towels orange", "make the towels orange"),
    _e("quick q, can you delete the shampoo bottles", "delete the shampoo bottles", "remove the shampoo bottles"),
    _e("if it's not too much trouble, add a plant next to the toaster", "add a plant next to the toaster"),
    _e("kindly remove the pallets in the back", "remove the pallets in the back"),
    _e("Please, add some clouds over the pool. Thank you!", "add some clouds over the pool"),
    _e("hiya, could u make the lifeguard chair red thx", "make the lifeguard chair red"),
    _e("when you get a chance, put a snorkel on the diver", "put a snorkel on the diver"),
    _e("sorry to bother you again but can the octopus be orange", "make the octopus orange"),
    _e("if possible, make the spools of thread rainbow colours", "make the spools of thread rainbow colours"),
    _e("do me a favour and crop out the ironing board", "crop out the ironing board", "remove the ironing board"),
    _e(
        "i'd really appreciate if you removed the cables behind the turntable", "remove the cables behind the turntable"
    ),
    _e("just go ahead and make the vinyl records colorful", "make the vinyl records colorful"),
    _e("one small thing - the cage bars should be gold", "make the cage bars gold"),
    _e("hey there! mind adding confetti in the air?", "add confetti in the air"),
    _e("i was wondering if you could add a paper crown on the birthday girl", "add a paper crown on the birthday girl"),
    _e("help me out and put a rubber duck in the bathtub", "put a rubber duck in the bathtub"),
    _e("be a dear and brighten the hallway", "brighten the hallway"),
    _e("i'd like the trampoline net to be gone", "remove the trampoline net"),
    _e("if you could make the grass greener that'd be amazing", "make the grass greener"),
    _e("just wondering if you can remove the hose on the lawn? thanks so much", "remove the hose on the lawn"),
    _e("please and thank you: add a garland over the party table", "add a garland over the party table"),
    _e("ok last favour, blur the faces of the other parents", "blur the faces of the other parents"),
    _e("no rush but could you sharpen the sheet music on the stand", "sharpen the sheet music on the stand"),
)

NON_NATIVE: tuple[Dev, ...] = (
    _e(
        "please you can remove the papers from shelf",
        "remove the papers from shelf",
        "remove the papers from the shelf",
    ),
    _e("i want that the printer is not there", "remove the printer"),
    _e("make please the mat of yoga in red", "make the yoga mat red", "make the mat of yoga in red"),
    _e("the bath it must be more white", "make the bath more white", "make the bath whiter", "make the bath white"),
    _e("put one cactus on the window", "put one cactus on the window", "put a cactus on the window"),
    _e("is possible the forklift be green?", "make the forklift green"),
    _e(
        "for favor make more blue the water of pool",
        "make the pool water more blue",
        "make the water of pool more blue",
        "make more blue the water of pool",
    ),
    _e("i want you remove the man behind the diver", "remove the man behind the diver"),
    _e("give to the hedgehog one small hat", "give the hedgehog one small hat", "give the hedgehog a small hat"),
    _e(
        "make the mannequin to wear a red dress",
        "make the mannequin wear a red dress",
        "make the mannequin to wear a red dress",
    ),
    _e("the sky please more dark, like night", "make the sky darker, like night", "make the sky more dark like night"),
    _e(
        "you must to delete the boxes near of the door",
        "delete the boxes near the door",
        "delete the boxes near of the door",
    ),
    _e(
        "change the color of bird to green please",
        "change the color of bird to green",
        "change the color of the bird to green",
    ),
    _e("i need that the pinata looks like a donkey", "make the pinata look like a donkey"),
    _e(
        "make bigger the canvas on the easel",
        "make the canvas on the easel bigger",
        "make bigger the canvas on the easel",
    ),
    _e("remove for me the cables of the speakers", "remove the cables of the speakers"),
    _e(
        "i would like to have more light in the bath room",
        "add more light in the bath room",
        "add more light in the bathroom",
    ),
    _e("put the toaster of color silver", "make the toaster silver", "put the toaster of color silver"),
    _e(
        "please erasing the sticker of the fridge", "erase the sticker of the fridge", "erase the sticker on the fridge"
    ),
    _e("can to add a rainbow in the sky of the party?", "add a rainbow in the sky of the party"),
)

TYPOS: tuple[Dev, ...] = (
    _e("remvoe the binders pls", "remove the binders", "remvoe the binders"),
    _e(
        "mkae the coorkboard brown",
        "make the corkboard brown",
        "make the coorkboard brown",
        "mkae the coorkboard brown",
    ),
    _e("delte the kettlebels", "delete the kettlebells", "delete the kettlebels", "delte the kettlebels"),
    _e(
        "chnage the treadmil to black",
        "change the treadmill to black",
        "change the treadmil to black",
        "chnage the treadmil to black",
    ),
    _e("ad a plant nex to the bathtub", "add a plant next to the bathtub", "ad a plant nex to the bathtub"),
    _e("make the micowave red", "make the microwave red", "make the micowave red"),
    _e("pls blurr the backgorund", "blur the background", "blur the backgorund", "blurr the backgorund"),
    _e("get rid of teh pallets", "get rid of the pallets", "get rid of teh pallets"),
    _e("put sunglases on the lifegaurd", "put sunglasses on the lifeguard", "put sunglases on the lifegaurd"),
    _e("make the octpus bigger", "make the octopus bigger", "make the octpus bigger"),
    _e("remove the diver's bubbels", "remove the diver's bubbles", "remove the diver's bubbels"),
    _e(
        "giv the hedghog a bow tie",
        "give the hedgehog a bow tie",
        "give the hedghog a bow tie",
        "giv the hedghog a bow tie",
    ),
    _e("mak the manequin bald", "make the mannequin bald", "make the manequin bald", "mak the manequin bald"),
    _e("turn the turntabel gold", "turn the turntable gold", "turn the turntabel gold"),
    _e("brigthen the parakeet pls", "brighten the parakeet", "brigthen the parakeet"),
    _e("add ballons to the pinata", "add balloons to the pinata", "add ballons to the pinata"),
    _e("make the gras less yelow", "make the grass less yellow", "make the gras less yelow"),
    _e(
        "can u remov the kids shoes on the tramopline",
        "remove the kids shoes on the trampoline",
        "remove the kids shoes on the tramopline",
        "remov the kids shoes on the tramopline",
    ),
)

CAPS_EMOJI: tuple[Dev, ...] = (
    _e("REMOVE THE PRINTER", "remove the printer"),
    _e("MAKE THE KETTLEBELLS PINK PLEASE", "make the kettlebells pink"),
    _e("PLS ADD BUBBLES TO THE BATHTUB!!!", "add bubbles to the bathtub"),
    _e("GET RID OF THE FORKLIFT NOW", "get rid of the forklift", "remove the forklift"),
    _e("make the sunbeds YELLOW", "make the sunbeds yellow"),
    _e("the octopus should be RED", "make the octopus red"),
    _e("🙏🙏 remove the scuba tank", "remove the scuba tank"),
    _e("make the hedgehog wear a party hat 🎉🦔", "make the hedgehog wear a party hat"),
    _e("🔥🔥 add flames on the sides of the turntable", "add flames on the sides of the turntable"),
    _e("👀 delete the receipt on the counter", "delete the receipt on the counter"),
    _e("lol ok make the parakeet wear tiny glasses 😂", "make the parakeet wear tiny glasses"),
    _e("🌈 rainbow pinata pls 🌈", "make the pinata rainbow", "make it a rainbow pinata"),
    _e("✂️ crop out the sewing machine", "crop out the sewing machine", "remove the sewing machine"),
    _e("☀️ more sun on the lawn", "add more sun on the lawn", "more sun on the lawn"),
    _e("OK SO. ADD A DOG ON THE TRAMPOLINE.", "add a dog on the trampoline"),
    _e("Make The Easel Look Old And Wooden", "make the easel look old and wooden"),
    _e("remove the mess 👉 on the left of the canvas", "remove the mess on the left of the canvas"),
    _e("💯 make it black n white", "make it black and white", "make it black n white"),
)

SEVERAL: tuple[Dev, ...] = (
    _several("make the wall grey and remove the poster", "make the wall grey", "remove the poster"),
    _several(
        "remove the binders and make the corkboard cork colored",
        "remove the binders",
        "make the corkboard cork colored",
    ),
    _several("add a mirror on the wall, then make the mat green", "add a mirror on the wall", "make the mat green"),
    _several(
        "pls remove the toothbrush cup and also add candles on the bathtub edge",
        "remove the toothbrush cup",
        "add candles on the bathtub edge",
    ),
    _several("make the toaster red. and the kettle too", "make the toaster red", "make the kettle red"),
    _several(
        "swap the forklift for a blue one and remove the pallets",
        "swap the forklift for a blue one",
        "remove the pallets",
    ),
    _several(
        "add a lifeguard on the chair + make the sky clear",
        "add a lifeguard on the chair",
        "make the sky clear",
    ),
    _several(
        "make the diver wave, add some fish around him, and brighten the water",
        "make the diver wave",
        ("add some fish around him", "add some fish around the diver"),
        "brighten the water",
    ),
    _several(
        "first make the hedgehog look at the camera then blur the blanket",
        ("make the hedgehog look at the camera", "first make the hedgehog look at the camera"),
        "blur the blanket",
    ),
    _several(
        "give the mannequin a hat and put scissors on the table",
        "give the mannequin a hat",
        "put scissors on the table",
    ),
    _several(
        "dim the lamp, add a glowing neon sign that says 'spin'",
        "dim the lamp",
        "add a glowing neon sign that says 'spin'",
    ),
    _several(
        "make the cage white and remove the seed husks from the floor",
        "make the cage white",
        "remove the seed husks from the floor",
    ),
    _several(
        "can you remove the pinata stick and make the balloons bigger",
        "remove the pinata stick",
        "make the balloons bigger",
    ),
    _several(
        "i want the trampoline blue and the fence gone",
        "make the trampoline blue",
        ("remove the fence", "make the fence gone"),
    ),
    _several(
        "add snow on the ground; also make the sky pink",
        "add snow on the ground",
        "make the sky pink",
    ),
    _several(
        "remove the cords, make the monitor bigger, and add a lamp",
        "remove the cords",
        "make the monitor bigger",
        "add a lamp",
    ),
    _several(
        "darken the shadows and then add a warm glow from the window",
        "darken the shadows",
        "add a warm glow from the window",
    ),
    _several(
        "pls make the towels white also remove the bath mat",
        "make the towels white",
        "remove the bath mat",
    ),
    _several(
        "erase the sticky notes on the monitor and tidy up the cables",
        "erase the sticky notes on the monitor",
        "tidy up the cables",
    ),
    _several(
        "add fairy lights over the pool and put two sunbeds by the edge",
        "add fairy lights over the pool",
        "put two sunbeds by the edge",
    ),
)

IT_THAT: tuple[Dev, ...] = (
    _e("make it green", "make the yoga mat green", state=GYM),
    _e("now make it a bit thicker", "make the yoga mat a bit thicker", state=GYM),
    _e("can you make it shiny too", "make the turntable shiny", state=TURNTABLE),
    _e("make it glow", "make the turntable glow", state=TURNTABLE),
    _e("make it bigger pls", "make the parakeet bigger", state=PARAKEET),
    _e("now make it look at the camera", "make the parakeet look at the camera", state=PARAKEET),
    _e("make it taller", "make the succulent taller", state=KITCHEN),
    _e("put it in a white pot", "put the succulent in a white pot", state=KITCHEN),
    _e("cool now make it matte", "make the bathtub matte", state=BATHROOM),
    _e("make that look older", "make the easel look older", state=STUDIO),
    _e("make it rusty", "make the forklift rusty", state=WAREHOUSE),
    _e("give it some stripes", "give the octopus some stripes", state=REEF),
    _e("make it glossy pls", "make the pinata glossy", state=PARTY),
    _e("great, now add some cushions on them", "add some cushions on the sunbeds", state=POOL),
    _e("cover it with photos", "cover the corkboard with photos", state=OFFICE),
    _e("make the scarf striped", "make the scarf striped", "make the hedgehog's scarf striped", state=HEDGEHOG),
    _e("ok now put it by the loading door", "put the forklift by the loading door", state=WAREHOUSE),
    _e("add a bow to it", "add a bow to the pinata", state=PARTY),
    _e("make its tentacles longer", "make the octopus's tentacles longer", "make its tentacles longer", state=REEF),
)

CAPTIONS: tuple[Dev, ...] = (
    _e("my home office, make the walls white pls", "make the walls white", photo=True),
    _e("garage gym 💪 remove the car in the back", "remove the car in the back", photo=True),
    _e("our bathroom reno!! add a big mirror over the sink", "add a big mirror over the sink", photo=True),
    _e("warehouse shot for linkedin - brighten it up", "brighten it up", photo=True),
    _e("grandma's sewing room, make it look like the 50s", "make it look like the 50s", photo=True),
    _e(
        "the reef in bali 🐙 make the colours more vivid",
        "make the colours more vivid",
        "make the colors more vivid",
        photo=True,
    ),
    _e("spike the hedgehog, can you remove the cage bars", "remove the cage bars", photo=True),
    _e("here's the party pic: remove the trash bags by the gate", "remove the trash bags by the gate", photo=True),
    _e(
        "new one! the lawn before mowing, make the grass short and neat",
        "make the grass short and neat",
        state=NEW_PHOTO,
        photo=True,
    ),
    _e("studio corner, turn it into a watercolor", "turn it into a watercolor", photo=True),
    _e("this is the record shelf, make the records all black", "make the records all black", photo=True),
    _e("pool day - add a flamingo float", "add a flamingo float", photo=True),
    _e("kitchen pic, get rid of the dishes in the sink", "get rid of the dishes in the sink", photo=True),
    _e(
        "second photo from the office: the monitor should be off",
        "turn the monitor off",
        "make the monitor off",
        state=NEW_PHOTO,
        photo=True,
    ),
    _e("budgie 🐦 make his cage look less rusty", "make his cage look less rusty", photo=True),
)

QUESTIONS: tuple[Dev, ...] = (
    _e("could you make the sky pink?", "make the sky pink"),
    _e("can you remove the binders from the shelf?", "remove the binders from the shelf"),
    _e("could the corkboard be white?", "make the corkboard white"),
    _e("would it be possible to remove the headphones from the desk lamp?", "remove the headphones from the desk lamp"),
    _e("can we get rid of the sweat towel?", "get rid of the sweat towel", "remove the sweat towel"),
    _e("mind making the kettlebells black?", "make the kettlebells black"),
    _e("any chance you could add steam over the bathtub?", "add steam over the bathtub"),
    _e("is there a way to make the toaster look newer?", "make the toaster look newer"),
    _e("can i get the easel in blue?", "make the easel blue"),
    _e("could you please delete the scaffolding behind the forklift?", "delete the scaffolding behind the forklift"),
    _e("can you put a beach ball in the pool?", "put a beach ball in the pool"),
    _e("would you be able to make the octopus wave?", "make the octopus wave"),
    _e("can u add a little apple next to the hedgehog??", "add a little apple next to the hedgehog"),
    _e("maybe could you darken the sewing room a bit?", "darken the sewing room a bit"),
    _e(
        "could we have the turntable spinning with motion blur?",
        "make the turntable spinning with motion blur",
        "add motion blur to the turntable",
    ),
    _e("can you make the parakeet sing?", "make the parakeet sing"),
    _e("can you change the party hats to gold?", "change the party hats to gold"),
    _e("why don't you remove the lawnmower?", "remove the lawnmower"),
    _e("how about removing the neighbours peeking over the fence?", "remove the neighbours peeking over the fence"),
    _e("do you think you could make the trampoline look new?", "make the trampoline look new"),
    _e("could you maybe remove the spare tyre leaning on the wall?", "remove the spare tyre leaning on the wall"),
    _e("can the lifeguard chair be taller?", "make the lifeguard chair taller"),
)

EDITS: tuple[Dev, ...] = (
    *REASONS,
    *POLITE,
    *NON_NATIVE,
    *TYPOS,
    *CAPS_EMOJI,
    *SEVERAL,
    *IT_THAT,
    *CAPTIONS,
    *QUESTIONS,
)
"""Edit requests: each expects one edit, or one per request when a turn holds several."""

NEAR: tuple[Dev, ...] = (
    # talk about the photo
    _words("the papers on the shelf are my thesis drafts lol"),
    _words("that printer is older than me"),
    _words("my boss hates clutter, he'd hate this photo"),
    _words("the yoga mat looks great in blue", GYM),
    _words("i bought those kettlebells second hand"),
    _words("the black bathtub is so classy omg", BATHROOM),
    _words("our forklift driver is called jim and he's a legend", WAREHOUSE),
    _words("the octopus was hiding under that rock for an hour", REEF),
    _words("the hedgehog's name is sir prickles"),
    _words("this parakeet talks more than my husband"),
    _words("my grandma made that mannequin dress in 1962"),
    _words("those vinyls are worth a fortune btw"),
    _words("the kids ate the whole pinata candy in 5 minutes", PARTY),
    _words("the pink is perfect!!", PARTY),
    # questions about the photo
    _words("is the water too green?", POOL),
    _words("what kind of octopus is that?", REEF),
    _words("does the corkboard look white enough to you?", OFFICE),
    _words("is that a treadmill or an elliptical"),
    _words("why does the turntable look so shiny", TURNTABLE),
    _words("is the blue too bright?", PARAKEET),
    # questions about ability
    _words("can you remove people in general?"),
    _words("can you change colors of things?"),
    _words("could you ever make a hedgehog wear clothes?"),
    _words("are you able to remove text from photos?"),
    _words("is it possible to add water to a pool?"),
    _words("can you do watercolor?"),
    _words("would you be able to edit videos?"),
    _words("do you know how to remove reflections?"),
    _words("can you make things bigger or only change colors"),
    _words("how good are you at removing cables?"),
    _words("can you remove stuff from photos like in the ads?"),
    # plans, wishes and edits for later
    _words("I might make it blue later", GYM),
    _words("maybe i'll remove the printer later, not now"),
    _words("i was thinking about making the walls grey at some point"),
    _words("tomorrow i'll probably ask you to add a rug"),
    _words("don't remove the binders, they're important"),
    _words("leave the corkboard as it is for now", OFFICE),
    _words("no need to change the bathtub", BATHROOM),
    _words("i'll decide about the colour of the forklift with my boss first", WAREHOUSE),
    _words("not sure yet if i want the octopus orange", REEF),
    _words("before we make the sky pink let me check with my sister"),
    # edits someone else made or asked for
    _words("my sister made the walls grey in photoshop already"),
    _words("my boss asked me to remove the papers but i don't want to"),
    _words("the agent said the listing photos should be brighter, do you agree?"),
    _words("last time i removed the lawnmower the grass looked weird"),
    _words("our designer wants to make the turntable gold, ugh", TURNTABLE),
    # thanks and reactions
    _words("thank you so much, my boss will love it", OFFICE),
    _words("omg yes 😍😍", PARAKEET),
    _words("LOL THE OCTOPUS", REEF),
    _words("nice one, that's all for today", KITCHEN),
    _words("wow much better than my edit", STUDIO),
    _words("i'd love it if you could tell me what's wrong with the lighting"),
    _words("would you mind if i upload another photo first?"),
    _words("quick one: is this picture too dark?"),
    _words("pls tell me the walls aren't grey in the original"),
    _words("the grey walls remind me of my old school"),
    _words("go ahead and tell me what you would change", act="clarify"),
    # vague turns that deserve a question
    _words("can you make it nicer", act="clarify"),
    _words("the shelf idk", act="clarify"),
    _words("something about the bathroom is off", act="clarify"),
    _words("hmm the colours", act="clarify"),
    _words("fix the kitchen pls", act="clarify"),
    _words("make it better for the listing", act="clarify"),
    # captions of a new photo, no request
    _words("my home office 🖥️", photo=True, act="caption"),
    _words("warehouse at 6am", photo=True, act="caption"),
    _words("spike the hedgehog's birthday!!", photo=True, act="caption"),
    _words("the reef on our honeymoon", photo=True, act="caption"),
    _words("another one from the gym", NEW_PHOTO, photo=True, act="caption"),
    _words("the pool before my boss's party, he hates clutter", photo=True, act="caption"),
)
"""Look-alike turns that expect no call."""


def edits3_cases() -> list[EvalCase]:
    """Every turn of the third plain-edit set as an `assistant.evaluation` case (`EDITS`, then `NEAR`)."""
    return as_cases((*EDITS, *NEAR), "edits3")
