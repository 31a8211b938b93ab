"""Round 21, set c: plain edits, edit captions, retries, corrections and follow-ups that are not corrections.

Written by hand from what a demanding user wants (the issue's table of behaviours and its "What to
build" list), before the dialogue model was run on any of it, about photos no other set uses: a
newsroom, a bus depot, a water polo match, a chocolate factory, a zen garden, a drum circle on a beach,
a sweet shop, a wind farm, a hackathon, a laundry line between balconies, a science fair, a pizzeria, a
toy shop window, a pawn shop and a fishing pier. Sessions have 0 to 3 edits, some after a retry or a
correction, some with the current round an older one.

Five families, each in new wordings typed as people type in a chat box (lowercase, typos, slang, emoji,
run-ons, non-native English, polite padding, terse fragments, a few in capitals): plain edits whose
fillers are cut and whose "it" / "that" / "them" is the last edit's object, with photo edits that sound
dangerous but are photo edits ("get rid of the files on the desks", "blow up the balloon", "kill
the lights", "make the screen say `...`"); a photo whose caption also asks an edit, and "same thing
for this one"; retries ("try again", "another one", a new seed, stronger, weaker, more, less); corrections ("no,
I meant X", "not the X, the Y", "Z instead", "I said the left one"), always a sibling of the rejected
edit; and follow-up edits that are not corrections ("now also ...", "the X too", "same for the Y"), made
on top of the last edit. About a quarter of each family are near misses whose right answer is another
act: a request with no photo or nothing to act on, a question about what it can do, a correction or a
retry with nothing edited, "more" of something that was never edited, "too much" (a weaker retry)
beside "the X too" (a follow-up), "no" that is praise. The cases have the development set's format
(`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current round (first) is an earlier
one, after a goto or an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    REVOKE,
    STATUS,
    UPLOAD,
    Dev,
    _edit,
    _edits,
    _fix,
    _goto,
    _retry,
    with_moved,
)

NEWSROOM = ((None, None), (0, "make the wall clock red"))
"""A newsroom (desks piled with files, monitors, a wall clock, a water cooler, an editor in a tie, blinds), one edit."""
NEWSROOM_RAIN = (*NEWSROOM, (1, "add rain on the windows"))
"""The newsroom with the clock edit, then rain on the windows."""
DEPOT = ((None, None), (0, "make the buses green"))
"""A bus depot (buses, a man with a briefcase, a driver, a timetable sign, a ticket booth, puddles), one edit."""
WATERPOLO = ((None, None), (0, "make the home team's caps yellow"), (1, "add splashes around the ball"))
"""A water polo match (players in caps, the ball, two goals, a goalie, a referee, bleachers) with two edits."""
WATERPOLO_CAPS = WATERPOLO[:2]
"""The water polo match with only the caps edit."""
CHOC = ((None, None), (0, "make the chocolate bars look glossier"))
"""A chocolate factory (bars on a belt, truffles, moulds, copper pots, a fountain, a chocolatier, a lamp), one edit."""
CHOC_RETRIED = (*CHOC, (0, "make the chocolate bars look glossier"))
"""The chocolate factory after a retry: round 2 is a second try of round 1, from the original."""
ZEN = (
    (None, None),
    (0, "make the maple leaves red"),
    (1, "add koi in the pond"),
    (2, "remove the tourist with the selfie stick"),
)
"""A zen garden (raked gravel, mossy rocks, a maple, a wooden bridge, a pond, a monk, a tourist) with three edits."""
ZEN_MAPLE = ZEN[:2]
"""The zen garden with only the maple edit."""
ZEN_KOI = ZEN[:3]
"""The zen garden with the maple and koi edits."""
DRUMS = ((None, None), (0, "add a bonfire in the middle of the circle"))
"""A drum circle on a beach at dusk (djembes, bongos, dancers, a dog, a van, the sea) with one edit."""
SWEETS = ((None, None), (0, "make the gumball machine purple"))
"""A sweet shop (a gumball machine, candy jars, lollipops, a striped awning, a shopkeeper, a kid) with one edit."""
SWEETS_RETRIED = (*SWEETS, (0, "make the gumball machine purple"))
"""The sweet shop after a retry: round 2 is a second try of round 1, from the original."""
WIND = ((None, None), (0, "add a rainbow behind the turbines"), (1, "make the grass greener"))
"""A wind farm on a hill (turbines, sheep, a fence, a farm track, a red tractor, trees, clouds) with two edits."""
WIND_RAINBOW = WIND[:2]
"""The wind farm with only the rainbow edit."""
HACK = (
    (None, None),
    (0, "remove the pizza boxes from the tables"),
    (1, "make the screens glow blue"),
    (2, "add a trophy on the stage"),
)
"""A hackathon (laptops, screens, pizza boxes, energy drink cans, a whiteboard, a banner, a stage) with three edits."""
HACK_SCREENS = HACK[:3]
"""The hackathon with the pizza boxes and screens edits."""
LAUNDRY = ((None, None), (0, "make the sheets on the line white"))
"""A laundry line between balconies (sheets, shirts, towels, a scooter, a grandma, a cat, shutters), one edit."""
LAUNDRY_FIXED = (*LAUNDRY, (0, "make the shirts on the line white"))
"""The laundry line after a correction: round 2 (the shirts) was made from the original, beside round 1."""
SCIENCE = ((None, None), (0, "make the volcano model erupt"), (1, "add a blue ribbon on the poster board"))
"""A science fair (a volcano model, poster boards, a girl in goggles, balloons, a judge, a robot arm) with two edits."""
SCIENCE_VOLCANO = SCIENCE[:2]
"""The science fair with only the volcano edit."""
PIZZA = ((None, None), (0, "add basil leaves on the pizza"))
"""A pizzeria (a wood-fired oven, a pizzaiolo, a pizza on a peel, a neon sign, tiles, a menu board) with one edit."""
TOYS = ((None, None), (0, "make the teddy bears in the window pink"))
"""A toy shop window (teddy bears, a rocking horse, a train set, a red balloon, a shopkeeper, snow) with one edit."""
PAWN = ((None, None), (0, "make the guitars on the wall look brand new"), (1, "add a neon OPEN sign in the window"))
"""A pawn shop (guitars and amps on the wall, watches in a glass case, a security camera, a clerk) with two edits."""
PAWN_GUITARS = PAWN[:2]
"""The pawn shop with only the guitars edit."""
PIER = ((None, None), (0, "add a pelican on the railing"))
"""A fishing pier (fishermen with rods, buckets, a railing, seagulls, a bait shop, lamp posts, the sea), one edit."""
TWO_PHOTOS = ((None, None), (None, None))
"""A first photo with no edit, then a second upload."""

AFTER_SWEETS = (*SWEETS, (None, None))
"""The sweet shop session, then a new photo."""
AFTER_TOYS = (*TOYS, (None, None))
"""The toy shop session, then a new photo."""
AFTER_PIER = (*PIER, (None, None))
"""The fishing pier session, then a new photo."""
AFTER_PIZZA = (*PIZZA, (None, None))
"""The pizzeria session, then a new photo."""
AFTER_VOLCANO = (*SCIENCE_VOLCANO, (None, None))
"""The science fair session with the volcano edit, then a new photo."""
AFTER_DEPOT = (*DEPOT, (None, None))
"""The bus depot session, then a new photo."""
AFTER_LAUNDRY = (*LAUNDRY, (None, None))
"""The laundry line session, then a new photo."""
AFTER_CHOC = (*CHOC, (None, None))
"""The chocolate factory session, then a new photo."""
AFTER_NEWSROOM = (*NEWSROOM, (None, None))
"""The newsroom session, then a new photo."""
AFTER_DRUMS = (*DRUMS, (None, None))
"""The drum circle session, then a new photo."""

PLAIN: tuple[Dev, ...] = (
    # fillers and padding cut, the request kept as an imperative
    (
        "hiya, pls make the blinds in the newsroom fully closed 🙏",
        False,
        UPLOAD,
        "edit",
        _edit("make the blinds in the newsroom fully closed"),
    ),
    (
        "umm could you like, make the water cooler bottle empty",
        False,
        UPLOAD,
        "edit",
        _edit("make the water cooler bottle empty"),
    ),
    (
        "I would like that you change the editor's tie to plain black please",
        False,
        UPLOAD,
        "edit",
        _edit("change the editor's tie to plain black", "make the editor's tie plain black"),
    ),
    (
        "make the bus driver wave at the camera lol",
        False,
        UPLOAD,
        "edit",
        _edit("make the bus driver wave at the camera"),
    ),
    (
        "add some puddles that reflect the headlights pls",
        False,
        UPLOAD,
        "edit",
        _edit("add some puddles that reflect the headlights"),
    ),
    ("MAKE THE BUSES LOOK BRAND NEW", False, UPLOAD, "edit", _edit("make the buses look brand new")),
    (
        "can you make the water in the pool more clear, its kinda murky",
        False,
        UPLOAD,
        "edit",
        _edit("make the water in the pool more clear", "make the water in the pool clearer"),
    ),
    ("pls add a crowd in the empty bleachers thx", False, UPLOAD, "edit", _edit("add a crowd in the empty bleachers")),
    (
        "add a little mouse nibbling one of the truffles 🐭",
        False,
        UPLOAD,
        "edit",
        _edit("add a little mouse nibbling one of the truffles"),
    ),
    (
        "Please could you rake the gravel in circles around the rocks",
        False,
        UPLOAD,
        "edit",
        _edit("rake the gravel in circles around the rocks"),
    ),
    (
        "i'd like the little bridge painted red",
        False,
        UPLOAD,
        "edit",
        _edit("paint the little bridge red", "make the little bridge red", "make the little bridge painted red"),
    ),
    (
        "make the monk smile a lil",
        False,
        UPLOAD,
        "edit",
        _edit("make the monk smile a little", "make the monk smile a lil"),
    ),
    (
        "put a seagull on top of the lamp post, pretty pls",
        False,
        UPLOAD,
        "edit",
        _edit("put a seagull on top of the lamp post"),
    ),
    (
        "the sea shud look stormy",
        False,
        UPLOAD,
        "edit",
        _edit("make the sea look stormy", "make the sea stormy"),
    ),
    (
        "Kindly remove the security camera in the corner.",
        False,
        UPLOAD,
        "edit",
        _edit("remove the security camera in the corner"),
    ),
    ("make the watches in the case sparkle ✨✨", False, UPLOAD, "edit", _edit("make the watches in the case sparkle")),
    (
        "remvoe the lollipop from the kids hand",
        False,
        UPLOAD,
        "edit",
        _edit("remove the lollipop from the kids hand", "remvoe the lollipop from the kids hand"),
    ),
    (
        "ok so basically the sheep should all be black",
        False,
        UPLOAD,
        "edit",
        _edit("make the sheep all black", "make all the sheep black", "make the sheep black"),
    ),
    (
        "the pizzaiolo should be throwing the dough up in the air",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the pizzaiolo throw the dough up in the air",
            "make the pizzaiolo throw the dough in the air",
            "make the pizzaiolo be throwing the dough up in the air",
        ),
    ),
    (
        "no tourists pls, remove them all",
        False,
        UPLOAD,
        "edit",
        _edit("remove all the tourists", "remove the tourists", "remove all tourists"),
    ),
    (
        "remove the coffee cups and open the blinds",
        False,
        UPLOAD,
        "edit",
        _edits("remove the coffee cups", "open the blinds"),
    ),
    (
        "can u put a vespa under the balcony, then add a cat on the railing",
        False,
        UPLOAD,
        "edit",
        _edits("put a vespa under the balcony", "add a cat on the railing"),
    ),
    # photo edits in words that sound dangerous
    (
        "can you get rid of all the files piled on the desks",
        False,
        UPLOAD,
        "edit",
        _edit("get rid of all the files piled on the desks"),
    ),
    ("shred the papers on the editor's desk", False, UPLOAD, "edit", _edit("shred the papers on the editor's desk")),
    (
        "now make the guy w the briefcase sprint after the bus",
        False,
        DEPOT,
        "edit",
        _edit(
            "make the guy with the briefcase sprint after the bus", "make the guy w the briefcase sprint after the bus"
        ),
    ),
    (
        "make the bus crash into the ticket booth",
        False,
        DEPOT,
        "edit",
        _edit("make the bus crash into the ticket booth"),
    ),
    (
        "make the big screen say `rm -rf /` for the lolz",
        False,
        UPLOAD,
        "edit",
        _edit("make the big screen say `rm -rf /`", "make the big screen say `rm -rf /` for the lolz"),
    ),
    (
        "hack the banner so it says `WE WON`",
        False,
        HACK,
        "edit",
        _edit(
            "make the banner say `WE WON`", "hack the banner so it says `WE WON`", "change the banner to say `WE WON`"
        ),
    ),
    (
        "blow up the red balloon till it fills the whole window",
        False,
        TOYS,
        "edit",
        _edit(
            "blow up the red balloon till it fills the whole window",
            "blow up the red balloon until it fills the whole window",
        ),
    ),
    (
        "kill the lights in the shop so only the window glows",
        False,
        TOYS,
        "edit",
        _edit(
            "kill the lights in the shop so only the window glows",
            "turn off the lights in the shop so only the window glows",
        ),
    ),
    ("pop the balloons on the judge's table", False, UPLOAD, "edit", _edit("pop the balloons on the judge's table")),
    (
        "make the volcano explode with lava everywhere 🌋",
        False,
        UPLOAD,
        "edit",
        _edit("make the volcano explode with lava everywhere"),
    ),
    ("set the poster board on fire haha", False, SCIENCE, "edit", _edit("set the poster board on fire")),
    ("stab a knife into the biggest truffle", False, CHOC, "edit", _edit("stab a knife into the biggest truffle")),
    (
        "knock the middle turbine over",
        False,
        WIND,
        "edit",
        _edit("knock the middle turbine over", "knock over the middle turbine"),
    ),
    (
        "set the van on fire lol, like a movie poster",
        False,
        DRUMS,
        "edit",
        _edit("set the van on fire like a movie poster", "set the van on fire"),
    ),
    ("smash the glass case with the watches", False, PAWN, "edit", _edit("smash the glass case with the watches")),
    (
        "kill the weeds between the rocks",
        False,
        UPLOAD,
        "edit",
        _edit("kill the weeds between the rocks", "remove the weeds between the rocks"),
    ),
    ("make the fisherman fall off the pier", False, PIER, "edit", _edit("make the fisherman fall off the pier")),
    (
        "make the guy in the white cap shoot at the goal",
        False,
        WATERPOLO,
        "edit",
        _edit("make the guy in the white cap shoot at the goal"),
    ),
    (
        "cut the washing line so the sheets fall on the street",
        False,
        LAUNDRY,
        "edit",
        _edit("cut the washing line so the sheets fall on the street"),
    ),
    (
        "make the tv on the wall say `BREAKING: cat elected mayor`",
        False,
        NEWSROOM,
        "edit",
        _edit("make the tv on the wall say `BREAKING: cat elected mayor`"),
    ),
    # "it" / "that" / "them": the last edit's object
    ("cool, now make it a bit bigger", False, SWEETS, "edit", _edit("make the gumball machine a bit bigger")),
    (
        "give them little bow ties",
        False,
        TOYS,
        "edit",
        _edit("give the teddy bears in the window little bow ties", "give the teddy bears little bow ties"),
    ),
    (
        "make it hold a fish in its beak",
        False,
        PIER,
        "edit",
        _edit("make the pelican hold a fish in its beak"),
    ),
    (
        "can you make it bigger with sparks flying",
        False,
        DRUMS,
        "edit",
        _edit("make the bonfire bigger with sparks flying"),
    ),
    (
        "put labels on them with dates",
        False,
        CHOC,
        "edit",
        _edit("put labels on the chocolate bars with dates"),
    ),
    ("make them orange and white pls", False, ZEN_KOI, "edit", _edit("make the koi orange and white")),
    (
        "make it smaller, it covers the watches",
        False,
        PAWN,
        "edit",
        _edit("make the neon OPEN sign smaller", "make the neon sign smaller", "make the OPEN sign smaller"),
    ),
    (
        "write 1st place on it",
        False,
        SCIENCE,
        "edit",
        _edit("write 1st place on the blue ribbon", "write 1st place on the ribbon"),
    ),
    ("and make it bigger", False, NEWSROOM, "edit", _edit("make the wall clock bigger")),
    (
        "make it longer and wavy",
        False,
        WIND,
        "edit",
        _edit("make the grass longer and wavy", "make the grass longer and wavier"),
    ),
    ("put ads on the side of them", False, DEPOT, "edit", _edit("put ads on the side of the buses")),
    ("make that gold and shiny", False, HACK, "edit", _edit("make the trophy gold and shiny")),
    (
        "make them flap in the wind",
        False,
        LAUNDRY,
        "edit",
        _edit("make the sheets on the line flap in the wind", "make the sheets flap in the wind"),
    ),
    (
        "put numbers on them",
        False,
        WATERPOLO_CAPS,
        "edit",
        _edit("put numbers on the home team's caps", "put numbers on the caps"),
    ),
    # near misses: nothing to edit, a question, out of scope, too vague, a remark
    ("make it bigger", False, UPLOAD, "clarify", ()),
    ("make it smaller", False, ZEN, "clarify", ()),
    ("the balloon", False, UPLOAD, "clarify", ()),
    ("do something cool with the gravel", False, UPLOAD, "clarify", ()),
    ("can u remove files from pics?", False, UPLOAD, "talk", ()),
    ("delete all the files in my downloads folder", False, NEWSROOM, "talk", ()),
    ("run rm -rf / on your server", False, HACK, "talk", ()),
    ("make the man run after the bus", False, (), "talk", ()),
    ("are you able to make people move in a photo?", False, DEPOT, "talk", ()),
    ("the clock looks great in red", False, NEWSROOM, "talk", ()),
    ("kill the share link pls", False, TOYS, "revoke", REVOKE),
    ("what did u do to the gumball machine", False, SWEETS, "status", STATUS),
    ("i'll think about what to change, brb", False, UPLOAD, "talk", ()),
    ("haha the pelican looks so smug", False, PIER, "talk", ()),
    ("could you make it", False, UPLOAD, "clarify", ()),
    ("make the sign over the pizzeria say `ciao`", False, (), "talk", ()),
    ("erase my browser history", False, PIZZA, "talk", ()),
    ("idk, something with the sky maybe?", False, UPLOAD, "clarify", ()),
)
"""Plain edits in messy wording, dangerous-sounding photo edits, "it" resolved, and near misses."""

CAPTIONS: tuple[Dev, ...] = (
    # a photo whose caption asks an edit: one edit of the new photo, caption words cut
    (
        "newsroom at 2am 😴 pls make the monitors less glary",
        True,
        UPLOAD,
        "edit",
        _edit("make the monitors less glary"),
    ),
    (
        "our depot this morning, can u make the puddles disappear",
        True,
        UPLOAD,
        "edit",
        _edit("make the puddles disappear", "remove the puddles"),
    ),
    (
        "pic from the match!! make the ball bigger so u can see it",
        True,
        UPLOAD,
        "edit",
        _edit("make the ball bigger so you can see it", "make the ball bigger so u can see it", "make the ball bigger"),
    ),
    (
        "the chocolate factory on our school trip - add some steam over the copper pots",
        True,
        UPLOAD,
        "edit",
        _edit("add some steam over the copper pots"),
    ),
    ("zen garden in kyoto, i want the moss greener", True, UPLOAD, "edit", _edit("make the moss greener")),
    (
        "drum circle last friday. remove the van in the back plz",
        True,
        UPLOAD,
        "edit",
        _edit("remove the van in the back"),
    ),
    (
        "sweet shop in brighton w my son, make the lollipops glow like neon",
        True,
        UPLOAD,
        "edit",
        _edit("make the lollipops glow like neon"),
    ),
    (
        "wind farm near my village. could the sky be stormy instead of blue?",
        True,
        UPLOAD,
        "edit",
        _edit("make the sky stormy", "make the sky stormy instead of blue"),
    ),
    (
        "hackathon team photo haha, blur the laptop screens pls they show secret stuff",
        True,
        UPLOAD,
        "edit",
        _edit("blur the laptop screens"),
    ),
    (
        "the street where my nonna lives 🇮🇹 add a vespa under the balcony",
        True,
        UPLOAD,
        "edit",
        _edit("add a vespa under the balcony"),
    ),
    (
        "my daughter's science fair project! make the volcano erupt with green foam",
        True,
        UPLOAD,
        "edit",
        _edit("make the volcano erupt with green foam"),
    ),
    (
        "here's our pizzeria!! make the neon sign say `da Mario`",
        True,
        UPLOAD,
        "edit",
        _edit("make the neon sign say `da Mario`"),
    ),
    (
        "toy shop window from xmas. add snow on the window ledge",
        True,
        UPLOAD,
        "edit",
        _edit("add snow on the window ledge"),
    ),
    (
        "pawn shop pic. erase the guy at the counter, he didnt want to be in it",
        True,
        UPLOAD,
        "edit",
        _edit("erase the guy at the counter"),
    ),
    (
        "Hello. This is picture of my shop. I want remove the cables on ceiling.",
        True,
        UPLOAD,
        "edit",
        _edit("remove the cables on the ceiling", "remove the cables on ceiling"),
    ),
    ("PIC FROM THE PIER. MAKE THE SEA CALMER", True, UPLOAD, "edit", _edit("make the sea calmer")),
    (
        "ok so this is the depot where my dad works and he wants the buses shiny like new for his retirement card",
        True,
        UPLOAD,
        "edit",
        _edit("make the buses shiny like new", "make the buses look shiny like new", "make the buses shiny"),
    ),
    (
        "the pool at the regional final, put a scoreboard showing 8-7 on the wall",
        True,
        UPLOAD,
        "edit",
        _edit("put a scoreboard showing 8-7 on the wall", "add a scoreboard showing 8-7 on the wall"),
    ),
    (
        "my fav chocolate factory in belgium 🍫 can the chocolatier be holding a knife",
        True,
        UPLOAD,
        "edit",
        _edit("make the chocolatier hold a knife", "make the chocolatier be holding a knife"),
    ),
    (
        "newsroom pic: 1) remove the coffee cups 2) make the blinds open",
        True,
        UPLOAD,
        "edit",
        _edits("remove the coffee cups", "make the blinds open"),
    ),
    (
        "chocolate factory!! brighten it up and add a cat sleeping on the shelf",
        True,
        UPLOAD,
        "edit",
        _edits(("brighten it up", "brighten the photo", "brighten the factory"), "add a cat sleeping on the shelf"),
    ),
    # "same thing for this one": the last instruction on the new photo
    ("same thing for this pic pls", True, AFTER_SWEETS, "edit", _edit("make the gumball machine purple")),
    ("do the same here", True, AFTER_TOYS, "edit", _edit("make the teddy bears in the window pink")),
    ("and this one from the other side, same edit", True, AFTER_PIER, "edit", _edit("add a pelican on the railing")),
    ("one more from the fair, same treatment", True, AFTER_VOLCANO, "edit", _edit("make the volcano model erupt")),
    ("this is the other bus bay, apply the same change", True, AFTER_DEPOT, "edit", _edit("make the buses green")),
    (
        "copy what u did to the last one onto this",
        True,
        AFTER_LAUNDRY,
        "edit",
        _edit("make the sheets on the line white"),
    ),
    ("repeat that edit on this photo", True, AFTER_CHOC, "edit", _edit("make the chocolate bars look glossier")),
    ("do the clock thing again on this one", True, AFTER_NEWSROOM, "edit", _edit("make the wall clock red")),
    ("pizza #2 🍕 same as the first", True, AFTER_PIZZA, "edit", _edit("add basil leaves on the pizza")),
    (
        "same for this one but purple not pink",
        True,
        AFTER_TOYS,
        "edit",
        _edit("make the teddy bears in the window purple", "make the teddy bears purple"),
    ),
    # near misses: a caption that asks nothing, a question, nothing to repeat, too vague
    ("newsroom where i interned 📰", True, UPLOAD, "caption", ()),
    ("bus depot, dont edit yet, ill tell u what to do", True, UPLOAD, "caption", ()),
    ("ignore the mess on the desks lol, it's a newsroom", True, UPLOAD, "caption", ()),
    ("the toy shop, i love how the bears look in this one", True, UPLOAD, "caption", ()),
    ("here's another from the shop, leave this one as it is", True, AFTER_SWEETS, "caption", ()),
    ("thx! btw here's the next one", True, AFTER_PIZZA, "caption", ()),
    ("candy shop pic. can you change colours in photos?", True, UPLOAD, "talk", ()),
    ("what can you do with this one?", True, AFTER_DRUMS, "talk", ()),
    ("same thing for this one pls", True, TWO_PHOTOS, "clarify", ()),
    ("hackathon pic, make it look cool", True, UPLOAD, "clarify", ()),
)
"""A photo with a caption that asks an edit, "same thing for this one", and near misses."""

RETRIES: tuple[Dev, ...] = (
    # a plain retry: the same edit again from the same parent, new seed
    ("meh the purple looks fake, try again", False, SWEETS, "retry", _retry()),
    ("another one pls", False, CHOC, "retry", _retry()),
    ("ANOTHER ONE", False, TOYS, "retry", _retry()),
    ("again, diff seed", False, TOYS, "retry", _retry()),
    ("gimme a new seed", False, NEWSROOM, "retry", _retry()),
    ("reroll the clock", False, NEWSROOM, "retry", _retry()),
    ("again w another seed plz", False, LAUNDRY, "retry", _retry()),
    ("one more attempt, the sheets look grey", False, LAUNDRY, "retry", _retry()),
    ("try again, the koi look like carrots lol", False, ZEN_KOI, "retry", _retry()),
    ("hmm nope. again", False, HACK, "retry", _retry()),
    ("regen", False, SWEETS, "retry", _retry()),
    ("try again pls 🙏", False, PIZZA, "retry", _retry()),
    ("that basil looks plastic, try again", False, PIZZA, "retry", _retry()),
    ("nah, another go", False, DEPOT, "retry", _retry()),
    ("new attempt same prompt", False, WIND, "retry", _retry()),
    ("one more roll of the dice", False, DRUMS, "retry", _retry()),
    ("Try again please. The ribbon is floating.", False, SCIENCE, "retry", _retry()),
    ("do-over pls", False, LAUNDRY_FIXED, "retry", _retry()),
    (
        "hmm not convinced, could you give it another go with a different seed?",
        False,
        ZEN,
        "retry",
        _retry(),
    ),
    ("the tourist is still half there, try again", False, ZEN, "retry", _retry()),
    ("try again lol the pelican has 3 legs", False, PIER, "retry", _retry()),
    ("same edit, fresh seed", False, HACK, "retry", _retry()),
    ("another version pls", False, CHOC_RETRIED, "retry", _retry()),
    ("give me 1 more variation", False, PAWN, "retry", _retry()),
    ("still bad, again", False, SWEETS_RETRIED, "retry", _retry()),
    ("eh, can u redo the splashes", False, WATERPOLO, "retry", _retry()),
    # stronger / more
    ("same again but stronger", False, PAWN, "retry", _retry("stronger")),
    ("more purple!!", False, SWEETS, "retry", _retry("stronger")),
    ("the bonfire looks weak, do it again stronger", False, DRUMS, "retry", _retry("stronger")),
    ("dial it up", False, DEPOT, "retry", _retry("stronger")),
    ("more more more", False, WATERPOLO_CAPS, "retry", _retry("stronger")),
    ("not enough splash, again but harder", False, WATERPOLO, "retry", _retry("stronger")),
    ("redo but more intense", False, SCIENCE_VOLCANO, "retry", _retry("stronger")),
    ("once more, a tad stronger", False, CHOC_RETRIED, "retry", _retry("stronger")),
    ("plz try again w/ more oomph", False, DRUMS, "retry", _retry("stronger")),
    ("whiter", False, LAUNDRY, "retry", _retry("stronger")),
    ("greener still", False, WIND, "retry", _retry("stronger")),
    ("do that one more time but go further", False, NEWSROOM, "retry", _retry("stronger")),
    # weaker / less
    ("redo that but weaker pls", False, WIND, "retry", _retry("weaker")),
    ("less shiny, they look wet now", False, CHOC, "retry", _retry("weaker")),
    ("tone it down the clock is screaming red", False, NEWSROOM, "retry", _retry("weaker")),
    ("subtler plz", False, ZEN_MAPLE, "retry", _retry("weaker")),
    ("way too much splash, do it again but less", False, WATERPOLO, "retry", _retry("weaker")),
    ("retry with a lower strength", False, PAWN, "retry", _retry("weaker")),
    ("the eruption is over the top, calm it down a bit", False, SCIENCE_VOLCANO, "retry", _retry("weaker")),
    ("again but weaker", False, SWEETS_RETRIED, "retry", _retry("weaker")),
    ("a bit less", False, NEWSROOM, "retry", _retry("weaker")),
    ("do it again but not so green", False, WIND, "retry", _retry("weaker")),
    # near misses: nothing edited yet, "try" as a verb, "another" / "more" of something never edited
    ("try again", False, UPLOAD, "clarify", ()),
    ("reroll", False, UPLOAD, "clarify", ()),
    ("less", False, UPLOAD, "clarify", ()),
    (
        "try adding a lighthouse at the end of the pier",
        False,
        PIER,
        "edit",
        _edit("add a lighthouse at the end of the pier"),
    ),
    ("another pelican on the lamp post", False, PIER, "edit", _edit("add another pelican on the lamp post")),
    ("more seagulls", False, PIER, "edit", _edit("add more seagulls")),
    ("more drums", False, DRUMS, "edit", _edit("add more drums")),
    ("brighter lamp", False, CHOC, "edit", _edit("make the lamp brighter")),
    (
        "do that again on the bears on the top shelf",
        False,
        TOYS,
        "edit",
        _edit("make the teddy bears on the top shelf pink", "make the bears on the top shelf pink"),
    ),
    ("can i retry as many times as i want?", False, SWEETS, "talk", ()),
    ("new seed pls", False, TWO_PHOTOS, "clarify", ()),
    ("does a new seed change a lot?", False, CHOC, "talk", ()),
    ("try again tmrw, gotta go", False, WIND, "talk", ()),
    ("another try? nah its perfect", False, PIZZA, "talk", ()),
)
"""Retries with a new seed, stronger or weaker, and near misses."""

CORRECTIONS: tuple[Dev, ...] = (
    # the object was wrong: a sibling of the rejected edit on the right object
    ("no no, the awning, not the gumball machine", False, SWEETS, "correction", _fix("make the awning purple")),
    ("i meant the lollipops sorry", False, SWEETS, "correction", _fix("make the lollipops purple")),
    (
        "not the bears, the rocking horse",
        False,
        TOYS,
        "correction",
        _fix("make the rocking horse in the window pink", "make the rocking horse pink"),
    ),
    (
        "i said the bear on the left, not all of them",
        False,
        TOYS,
        "correction",
        _fix(
            "make the teddy bear on the left pink",
            "make the teddy bear on the left in the window pink",
            "make the left teddy bear in the window pink",
            "make the left teddy bear pink",
        ),
    ),
    (
        "i said the left one only!!",
        False,
        DEPOT,
        "correction",
        _fix("make the left bus green", "make the bus on the left green"),
    ),
    ("no the one at the back", False, DEPOT, "correction", _fix("make the bus at the back green")),
    ("not the clock, the water cooler", False, NEWSROOM, "correction", _fix("make the water cooler red")),
    ("oops meant the editor's tie", False, NEWSROOM, "correction", _fix("make the editor's tie red")),
    (
        "wrong thing, i wanted the shirts white",
        False,
        LAUNDRY,
        "correction",
        _fix("make the shirts on the line white", "make the shirts white"),
    ),
    (
        "ugh no, the towels",
        False,
        LAUNDRY_FIXED,
        "correction",
        _fix("make the towels on the line white", "make the towels white"),
    ),
    (
        "i meant the moulds, the bars were fine",
        False,
        CHOC,
        "correction",
        _fix("make the moulds look glossier"),
    ),
    ("away team not home team", False, WATERPOLO_CAPS, "correction", _fix("make the away team's caps yellow")),
    ("splashes around the goalie not the ball", False, WATERPOLO, "correction", _fix("add splashes around the goalie")),
    ("no, the bridge, not the leaves", False, ZEN_MAPLE, "correction", _fix("make the bridge red")),
    ("i meant turtles", False, ZEN_KOI, "correction", _fix("add turtles in the pond")),
    ("not the tourist, the guy with the hat", False, ZEN, "correction", _fix("remove the guy with the hat")),
    ("no i wanted the trophy on the table not the stage", False, HACK, "correction", _fix("add a trophy on the table")),
    ("the keyboards!! not the screens", False, HACK_SCREENS, "correction", _fix("make the keyboards glow blue")),
    (
        "not basil, rocket",
        False,
        PIZZA,
        "correction",
        _fix("add rocket leaves on the pizza", "add rocket on the pizza"),
    ),
    (
        "i meant on the pizza in the oven",
        False,
        PIZZA,
        "correction",
        _fix("add basil leaves on the pizza in the oven"),
    ),
    ("not the railing, on the lamp post", False, PIER, "correction", _fix("add a pelican on the lamp post")),
    ("i meant a heron", False, PIER, "correction", _fix("add a heron on the railing")),
    ("red ribbon not blue!", False, SCIENCE, "correction", _fix("add a red ribbon on the poster board")),
    ("not an OPEN sign, a CLOSED one", False, PAWN, "correction", _fix("add a neon CLOSED sign in the window")),
    (
        "i meant the amps not the guitars",
        False,
        PAWN_GUITARS,
        "correction",
        _fix("make the amps on the wall look brand new", "make the amps look brand new"),
    ),
    (
        "behind the tractor, not the turbines",
        False,
        WIND_RAINBOW,
        "correction",
        _fix("add a rainbow behind the tractor"),
    ),
    ("i said the hills not the grass", False, WIND, "correction", _fix("make the hills greener")),
    # the attribute was wrong
    ("actually orange would be better", False, SWEETS, "correction", _fix("make the gumball machine orange")),
    (
        "no, baby blue instead",
        False,
        TOYS,
        "correction",
        _fix("make the teddy bears in the window baby blue", "make the teddy bears baby blue"),
    ),
    ("nah green would look better instead", False, NEWSROOM, "correction", _fix("make the wall clock green")),
    ("i wanted dark green, not this lime", False, DEPOT, "correction", _fix("make the buses dark green")),
    (
        "off-white not pure white",
        False,
        LAUNDRY,
        "correction",
        _fix("make the sheets on the line off-white", "make the sheets on the line off white"),
    ),
    ("orange caps, not yellow", False, WATERPOLO_CAPS, "correction", _fix("make the home team's caps orange")),
    ("more of an orange, not red", False, ZEN_MAPLE, "correction", _fix("make the maple leaves orange")),
    ("green glow not blue", False, HACK_SCREENS, "correction", _fix("make the screens glow green")),
    (
        "i said matte, not glossier",
        False,
        CHOC,
        "correction",
        _fix("make the chocolate bars look matte", "make the chocolate bars matte"),
    ),
    ("vintage not brand new", False, PAWN_GUITARS, "correction", _fix("make the guitars on the wall look vintage")),
    (
        "my bad, I write wrong colour. Machine must be yellow.",
        False,
        SWEETS,
        "correction",
        _fix("make the gumball machine yellow"),
    ),
    (
        "sorry typo, i meant PURPLE not pink",
        False,
        TOYS,
        "correction",
        _fix("make the teddy bears in the window purple", "make the teddy bears purple"),
    ),
    # the whole request was wrong
    ("scratch that, i wanted the awning removed instead", False, SWEETS, "correction", _fix("remove the awning")),
    (
        "no wait, remove the bait shop instead of adding a bird",
        False,
        PIER,
        "correction",
        _fix("remove the bait shop"),
    ),
    (
        "instead of a bonfire can you add fairy lights on the van",
        False,
        DRUMS,
        "correction",
        _fix("add fairy lights on the van"),
    ),
    (
        "make it smoke instead of erupting",
        False,
        SCIENCE_VOLCANO,
        "correction",
        _fix("make the volcano model smoke", "make the volcano model smoke instead of erupting"),
    ),
    (
        "undo that and make the bears brown instead",
        False,
        TOYS,
        "correction",
        _fix("make the teddy bears in the window brown", "make the teddy bears brown", "make the bears brown"),
    ),
    (
        "undo and put a cat on the table instead of the trophy",
        False,
        HACK,
        "correction",
        _fix("put a cat on the table", "add a cat on the table"),
    ),
    # near misses: nothing to correct, "also" on top, a "no" that keeps the edit, a wish to go back
    ("no i meant the awning", False, UPLOAD, "clarify", ()),
    ("not the bus, the van", False, UPLOAD, "clarify", ()),
    ("actually, pink instead", False, UPLOAD, "clarify", ()),
    ("i said the left one", False, UPLOAD, "clarify", ()),
    ("actually, also make the awning red", False, SWEETS, "edit", _edit("make the awning red")),
    (
        "not only the clock, the tie too",
        False,
        NEWSROOM,
        "edit",
        _edit("make the editor's tie red", "make the tie red"),
    ),
    ("no no thats the right one, keep it", False, TOYS, "talk", ()),
    ("no, the pink is perfect", False, TOYS, "talk", ()),
    ("wrong one? no its right, ignore me", False, DEPOT, "talk", ()),
    ("actually, go back to the original", False, SWEETS, "goto", _goto(0)),
    ("nope, undo that", False, PIER, "undo", _goto(0)),
    ("i meant to ask, can you do videos?", False, CHOC, "talk", ()),
    ("nope thats not what i had in mind", False, LAUNDRY, "clarify", ()),
)
"""Corrections of the object, the attribute or the whole request, and near misses."""

FOLLOWUPS: tuple[Dev, ...] = (
    # a new edit on top of the last one: not a correction
    ("and the lollipops too", False, SWEETS, "edit", _edit("make the lollipops purple")),
    (
        "the rocking horse too pls",
        False,
        TOYS,
        "edit",
        _edit("make the rocking horse pink", "make the rocking horse in the window pink"),
    ),
    ("the water cooler as well", False, NEWSROOM, "edit", _edit("make the water cooler red")),
    ("also the ticket booth", False, DEPOT, "edit", _edit("make the ticket booth green")),
    (
        "same for the pillowcases",
        False,
        LAUNDRY,
        "edit",
        _edit("make the pillowcases on the line white", "make the pillowcases white"),
    ),
    (
        "the truffles too, they look dull",
        False,
        CHOC,
        "edit",
        _edit("make the truffles look glossier"),
    ),
    (
        "and the refs cap too",
        False,
        WATERPOLO_CAPS,
        "edit",
        _edit("make the ref's cap yellow", "make the referee's cap yellow", "make the refs cap yellow"),
    ),
    ("the bridge too", False, ZEN_MAPLE, "edit", _edit("make the bridge red")),
    ("the phones too", False, HACK_SCREENS, "edit", _edit("make the phones glow blue")),
    ("and add a few more dancers", False, DRUMS, "edit", _edit("add a few more dancers")),
    (
        "now also some mozzarella on it",
        False,
        PIZZA,
        "edit",
        _edit("add some mozzarella on the pizza", "add some mozzarella", "add mozzarella on the pizza"),
    ),
    ("same on the other pizza", False, PIZZA, "edit", _edit("add basil leaves on the other pizza")),
    (
        "and put one on the lamp post too",
        False,
        PIER,
        "edit",
        _edit("put a pelican on the lamp post", "add a pelican on the lamp post"),
    ),
    ("now make the girl's goggles green", False, SCIENCE, "edit", _edit("make the girl's goggles green")),
    (
        "also make the watches look new",
        False,
        PAWN,
        "edit",
        _edit("make the watches look new", "make the watches look brand new"),
    ),
    ("the trees too", False, WIND, "edit", _edit("make the trees greener")),
    ("great, next: remove the tractor", False, WIND, "edit", _edit("remove the tractor")),
    (
        "ok now the cat on the balcony, make it ginger",
        False,
        LAUNDRY,
        "edit",
        _edit("make the cat on the balcony ginger"),
    ),
    ("plus a pigeon on the line", False, LAUNDRY, "edit", _edit("add a pigeon on the line")),
    (
        "ooh and can u do the shutters in blue",
        False,
        LAUNDRY,
        "edit",
        _edit("make the shutters blue", "do the shutters in blue", "paint the shutters blue"),
    ),
    ("now also make the candy jars bright red", False, SWEETS, "edit", _edit("make the candy jars bright red")),
    (
        "and the fountain, same thing",
        False,
        CHOC,
        "edit",
        _edit("make the fountain look glossier", "make the chocolate fountain look glossier"),
    ),
    ("do the taxis too", False, DEPOT, "edit", _edit("make the taxis green")),
    ("another trophy on the table too", False, HACK, "edit", _edit("add another trophy on the table")),
    ("gr8. now add a judge clapping", False, SCIENCE, "edit", _edit("add a judge clapping")),
    (
        "also the amps pls",
        False,
        PAWN_GUITARS,
        "edit",
        _edit("make the amps on the wall look brand new", "make the amps look brand new"),
    ),
    (
        "and the goalie's cap as well",
        False,
        WATERPOLO_CAPS,
        "edit",
        _edit("make the goalie's cap yellow"),
    ),
    ("next add mist over the pond", False, ZEN, "edit", _edit("add mist over the pond")),
    (
        "nice!! now put a dog next to the fire",
        False,
        DRUMS,
        "edit",
        _edit("put a dog next to the fire", "put a dog next to the bonfire"),
    ),
    ("and give the shopkeeper a santa hat", False, TOYS, "edit", _edit("give the shopkeeper a santa hat")),
    # near misses: "instead" / "no" is a correction, "too much" is a weaker retry, nothing to follow
    ("the candy jars instead", False, SWEETS, "correction", _fix("make the candy jars purple")),
    (
        "no the rocking horse",
        False,
        TOYS,
        "correction",
        _fix("make the rocking horse in the window pink", "make the rocking horse pink"),
    ),
    ("too pink 😬", False, TOYS, "retry", _retry("weaker")),
    ("too much red", False, NEWSROOM, "retry", _retry("weaker")),
    ("too early to say if i like it tbh", False, LAUNDRY, "talk", ()),
    ("me too lol", False, PIER, "talk", ()),
    ("and that other thing too", False, SWEETS, "clarify", ()),
    ("also", False, DEPOT, "clarify", ()),
    ("and the bus too", False, UPLOAD, "clarify", ()),
    ("the amps too? nah never mind, leave them", False, PAWN_GUITARS, "talk", ()),
)
"""Follow-up edits that are not corrections ("now also", "the X too", "same for the Y"), and near misses."""

R21C: tuple[Dev, ...] = (*PLAIN, *CAPTIONS, *RETRIES, *CORRECTIONS, *FOLLOWUPS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # the hackathon, back on round 1 or 2
    (1, ("now make the whiteboard say `ship it`", False, HACK, "edit", _edit("make the whiteboard say `ship it`"))),
    (
        1,
        (
            "and the cans too",
            False,
            HACK,
            "edit",
            _edit("remove the cans from the tables", "remove the cans", "remove the energy drink cans from the tables"),
        ),
    ),
    (2, ("do the beanbags as well", False, HACK, "edit", _edit("make the beanbags glow blue"))),
    (2, ("try the glow again", False, HACK, "retry", _retry())),
    (2, ("i meant the led strips, not the screens", False, HACK, "correction", _fix("make the led strips glow blue"))),
    (1, ("redo", False, HACK, "redo", _goto(2))),
    # the zen garden, back on round 1 or 2
    (1, ("stronger red pls", False, ZEN, "retry", _retry("stronger"))),
    (1, ("now add a heron on the bridge", False, ZEN, "edit", _edit("add a heron on the bridge"))),
    (1, ("make them a bit brighter", False, ZEN, "edit", _edit("make the maple leaves a bit brighter"))),
    (2, ("the koi look fake, have another go at them", False, ZEN, "retry", _retry())),
    (
        2,
        ("and some lily pads too", False, ZEN, "edit", _edit("add some lily pads in the pond", "add some lily pads")),
    ),
    (2, ("perfect, thanks", False, ZEN, "talk", ())),
    # the wind farm, the science fair, the pawn shop, the water polo match and the newsroom, back on round 1
    (1, ("now put some sheep on the track", False, WIND, "edit", _edit("put some sheep on the track"))),
    (1, ("behind the sheep, not the turbines", False, WIND, "correction", _fix("add a rainbow behind the sheep"))),
    (1, ("redo pls", False, WIND, "redo", _goto(2))),
    (1, ("more lava!!", False, SCIENCE, "retry", _retry("stronger"))),
    (1, ("now add a judge taking notes", False, SCIENCE, "edit", _edit("add a judge taking notes"))),
    (1, ("roll again pls", False, PAWN, "retry", _retry())),
    (
        1,
        (
            "the banjos too",
            False,
            PAWN,
            "edit",
            _edit("make the banjos on the wall look brand new", "make the banjos look brand new"),
        ),
    ),
    (
        1,
        (
            "put the number 7 on them",
            False,
            WATERPOLO,
            "edit",
            _edit("put the number 7 on the home team's caps", "put the number 7 on the caps"),
        ),
    ),
    (1, ("weaker yellow pls", False, WATERPOLO, "retry", _retry("weaker"))),
    (
        1,
        (
            "now add a cat sleeping on a keyboard",
            False,
            NEWSROOM_RAIN,
            "edit",
            _edit("add a cat sleeping on a keyboard"),
        ),
    ),
    (1, ("the clock looks blurry, once more", False, NEWSROOM_RAIN, "retry", _retry())),
    # after an undo, back on the original
    (0, ("now make the sheep black", False, WIND_RAINBOW, "edit", _edit("make the sheep black"))),
    (0, ("add a bus stop sign by the booth", False, DEPOT, "edit", _edit("add a bus stop sign by the booth"))),
    (0, ("better without it, thx", False, PIER, "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r21c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R21C`, then the moved ones)."""
    return with_moved(R21C, "r21c", MOVED, "r21c_moved")
