"""A development set of turns that carry several requests in one message, and single requests that only look so.

Written by hand before running the model on it, about scenes the other sets do not use: a backyard luau (a hula
dancer, tiki torches, leis, a pig on a spit), a shearing shed (a shearer, a fleece, a kelpie), a cider barn (a
wooden press, oak casks, crates of apples), a crêpe stall (a griddle, a nutella jar, a striped awning), a
quinceañera (the birthday girl's gown, a mariachi trio, papel picado), an escape room (a padlocked chest, a
countdown clock, a fake skeleton) and a wild west show (a sheriff, a stagecoach, a water trough). `JOINED` holds two
or three edits joined by "and", "also", "plus", "then", commas, "&" or "oh and"; `LISTS` requests typed as a list
(new lines, dashes, numbers, bullets); `WITH_TALK` an edit beside thanks, praise, a story or a question;
`CAPTIONS` a photo whose caption asks for two things; `UNDO_THEN` an undo and a new edit in one turn; `ONE_REQUEST`
single requests that merely contain "and", "with", "&" or a comma ("make the salt and pepper shakers silver",
"add a table with two chairs"), which must stay whole; `FILLERS` requests wrapped in fillers that must be cleaned
away ("now", "also", "can you", "i'd like"). `NEAR` holds turns that expect no call: thanks and goodbyes, praise of
two edits, questions about several things, reported speech and plans that list edits, and vague turns that
deserve one short question. An expected instruction is the request cleaned of fillers; a tuple lists the equally
right ones. Same format as `dialogue_dev.Dev`.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _edits, _goto, as_cases

LUAU = ((None, None), (0, "make the tiki torches brighter"))
"""A backyard luau: a hula dancer in a grass skirt, tiki torches, flower leis, a pig on a spit, a conch shell."""
SHEARING = ((None, None), (0, "remove the wool bales"))
"""A shearing shed: a shearer with electric shears, a fleece on the board, a kelpie, corrugated iron walls."""
CIDER = ((None, None), (0, "make the casks darker"), (1, "add apples in the crates"))
"""A cider barn: a wooden press, oak casks, crates of apples, a farmer in overalls, a tankard on the press."""
CREPES = ((None, None), (0, "make the griddle shinier"))
"""A crêpe stall: a griddle, a spatula, a nutella jar, a striped awning, a queue of customers."""
QUINCE = ((None, None), (0, "make the gown pink"))
"""A quinceañera: the birthday girl in a gown, a mariachi trio in charro suits, papel picado, a guitarrón."""
ESCAPE = ((None, None), (0, "make the countdown clock red"), (1, "add fog on the floor"))
"""An escape room: a padlocked chest, a countdown clock, a fake skeleton, a red lever, four friends in a huddle."""
WESTERN = ((None, None), (0, "add dust on the road"))
"""A wild west show: a sheriff with a tin star, a stagecoach, a water trough, a wanted poster, a hitching post."""
LUAU_THEN_PHOTO = (*LUAU, (None, None))
"""The luau session with a second photo uploaded."""
CIDER_THEN_PHOTO = (*CIDER, (None, None))
"""The cider barn session with a second photo uploaded."""


def _e(text: str, *instructions: str, state: tuple = UPLOAD, photo: bool = False) -> Dev:
    return (text, photo, state, "edit", _edit(*instructions))


def _several(text: str, *instructions: str | tuple[str, ...], state: tuple = UPLOAD, photo: bool = False) -> Dev:
    return (text, photo, state, "edit", _edits(*instructions))


def _undo_then(text: str, state: tuple, *instructions: str | tuple[str, ...]) -> Dev:
    """An undo of the last edit, then new edits on the round before it."""
    return (text, False, state, "edit", (*_goto(len(state) - 2), *_edits(*instructions)))


def _words(text: str, state: tuple = UPLOAD, photo: bool = False, act: str = "talk") -> Dev:
    return (text, photo, state, act, ())


JOINED: tuple[Dev, ...] = (
    _several(
        "remove the conch shell and make the grass skirt red", "remove the conch shell", "make the grass skirt red"
    ),
    _several(
        "make the leis orange and also remove the pig",
        "make the leis orange",
        "remove the pig",
        state=LUAU,
    ),
    _several("add a full moon plus blur the fence", "add a full moon", "blur the fence", state=LUAU),
    _several(
        "remove the kelpie then make the walls white",
        "remove the kelpie",
        "make the walls white",
        state=SHEARING,
    ),
    _several(
        "make the fleece whiter, remove the broom, add a window on the back wall",
        "make the fleece whiter",
        "remove the broom",
        "add a window on the back wall",
    ),
    _several("blur the queue & make the awning green", "blur the queue", "make the awning green", state=CREPES),
    _several(
        "make the gown gold and give the mariachis red bow ties",
        "make the gown gold",
        "give the mariachis red bow ties",
        state=QUINCE,
    ),
    _several(
        "remove the skeleton, oh and make the lever blue",
        "remove the skeleton",
        "make the lever blue",
        state=ESCAPE,
    ),
    _several(
        "add a vulture on the roof of the stagecoach and remove the wanted poster",
        "add a vulture on the roof of the stagecoach",
        "remove the wanted poster",
        state=WESTERN,
    ),
    _several(
        "make the sheriff's hat black also put a horse at the hitching post",
        "make the sheriff's hat black",
        "put a horse at the hitching post",
    ),
    _several(
        "can u remove the tankard and make the overalls blue",
        "remove the tankard",
        "make the overalls blue",
        state=CIDER,
    ),
    _several(
        "brighten the apples and then darken the corners",
        "brighten the apples",
        "darken the corners",
        state=CIDER,
    ),
    _several(
        "make the nutella jar bigger n remove the napkins",
        "make the nutella jar bigger",
        "remove the napkins",
    ),
    _several(
        "remove the guy in the queue with the phone, and make the spatula silver",
        "remove the guy in the queue with the phone",
        "make the spatula silver",
        state=CREPES,
    ),
    _several(
        "add confetti in the air, make the papel picado brighter and remove the exit sign",
        "add confetti in the air",
        "make the papel picado brighter",
        "remove the exit sign",
        state=QUINCE,
    ),
    _several(
        "turn the chest gold, then add cobwebs in the corners",
        "turn the chest gold",
        "add cobwebs in the corners",
        state=ESCAPE,
    ),
    _several(
        "make the trough wooden plus add water in it",
        "make the trough wooden",
        ("add water in it", "add water in the trough"),
        state=WESTERN,
    ),
    _several(
        "make the torches taller and the dancer's skirt longer",
        "make the torches taller",
        "make the dancer's skirt longer",
        state=LUAU,
    ),
    _several(
        "make the shearer's singlet blue and the floor cleaner",
        "make the shearer's singlet blue",
        "make the floor cleaner",
        state=SHEARING,
    ),
    _several(
        "add a robin on the press and a ladder against the wall",
        "add a robin on the press",
        "add a ladder against the wall",
        state=CIDER,
    ),
    _several(
        "REMOVE THE PIG AND ADD A PINEAPPLE ON THE TABLE",
        "REMOVE THE PIG",
        "ADD A PINEAPPLE ON THE TABLE",
        state=LUAU,
    ),
    _several(
        "get rid of the shears and give the shearer a straw hat",
        ("get rid of the shears", "remove the shears"),
        "give the shearer a straw hat",
        state=SHEARING,
    ),
    _several(
        "swap the guitarrón for a harp and make the banners purple",
        "swap the guitarrón for a harp",
        "make the banners purple",
        state=QUINCE,
    ),
    _several(
        "remove the fog, then make the clock green, then add a spider on the skeleton",
        "remove the fog",
        "make the clock green",
        "add a spider on the skeleton",
        state=ESCAPE,
    ),
    _several(
        "make the stagecoach red and also make the sky orange like sunset",
        "make the stagecoach red",
        ("make the sky orange like sunset", "make the sky orange like a sunset"),
        state=WESTERN,
    ),
    _several(
        "put a lei on the dog, and make the sky purple",
        "put a lei on the dog",
        "make the sky purple",
        state=LUAU,
    ),
    _several(
        "erase the graffiti on the wall and also the price stickers",
        "erase the graffiti on the wall",
        ("erase the price stickers", "erase the price stickers on the wall"),
        state=CREPES,
    ),
    _several(
        "crop out the farmer's thumb + warm up the light a bit",
        "crop out the farmer's thumb",
        ("warm up the light a bit", "warm up the light"),
        state=CIDER,
    ),
    _several(
        "sharpen the birthday girl's face and blur the guests behind her",
        "sharpen the birthday girl's face",
        "blur the guests behind her",
    ),
    _several(
        "remove the tin star & give the sheriff a moustache",
        "remove the tin star",
        "give the sheriff a moustache",
        state=WESTERN,
    ),
    _several(
        "make the awning red n white striped and remove the bin next to the stall",
        "make the awning red n white striped",
        "remove the bin next to the stall",
        state=CREPES,
    ),
    _several(
        "pls make the dancer's flowers pink, the torches less smoky and add stars",
        "make the dancer's flowers pink",
        "make the torches less smoky",
        "add stars",
        state=LUAU,
    ),
    _several(
        "remove the padlock. and make the chest look older",
        "remove the padlock",
        "make the chest look older",
        state=ESCAPE,
    ),
    _several(
        "add snow on the roof, and then add a sleepy lamb on the fleece pile",
        "add snow on the roof",
        "add a sleepy lamb on the fleece pile",
        state=SHEARING,
    ),
    _several(
        "make the crates green, also remove the hose on the floor",
        "make the crates green",
        "remove the hose on the floor",
        state=CIDER,
    ),
    _several(
        "change the gown to blue and put a tiara on her",
        ("change the gown to blue", "make the gown blue"),
        ("put a tiara on her", "put a tiara on the birthday girl"),
        state=QUINCE,
    ),
    _several(
        "darken the sky and add lightning behind the stagecoach",
        "darken the sky",
        "add lightning behind the stagecoach",
        state=WESTERN,
    ),
    _several(
        "make the griddle black; add steam over the crêpes",
        "make the griddle black",
        "add steam over the crêpes",
        state=CREPES,
    ),
    _several(
        "remove the friend in the yellow hoodie, also make the lever glow",
        "remove the friend in the yellow hoodie",
        "make the lever glow",
        state=ESCAPE,
    ),
    _several(
        "the pig should be gone and the torches should be blue",
        ("remove the pig", "the pig should be gone"),
        ("make the torches blue", "the torches should be blue"),
        state=LUAU,
    ),
    _several(
        "make the kelpie brown, then put a red collar on him",
        "make the kelpie brown",
        ("put a red collar on him", "put a red collar on the kelpie"),
        state=SHEARING,
    ),
    _several(
        "remove the forklift and replace the concrete floor with grass",
        "remove the forklift",
        "replace the concrete floor with grass",
        state=CIDER,
    ),
    _several(
        "make the sky stormy, add rain and remove the people on the left",
        "make the sky stormy",
        "add rain",
        "remove the people on the left",
        state=WESTERN,
    ),
    _several(
        "can you make the gown longer and then can you add a veil",
        "make the gown longer",
        "add a veil",
        state=QUINCE,
    ),
    _several(
        "tint the photo sepia and add film grain",
        "tint the photo sepia",
        "add film grain",
        state=WESTERN,
    ),
    _several(
        "oh and remove the torches too and make the dancer smile",
        "remove the torches",
        "make the dancer smile",
        state=LUAU,
    ),
)

LISTS: tuple[Dev, ...] = (
    _several(
        "- remove the conch\n- make the torches taller\n- add fireflies",
        "remove the conch",
        "make the torches taller",
        "add fireflies",
        state=LUAU,
    ),
    _several(
        "1) make the fleece cream 2) remove the kelpie",
        "make the fleece cream",
        "remove the kelpie",
        state=SHEARING,
    ),
    _several(
        "1. darken the casks\n2. add a lantern on the press\n3. remove the farmer",
        "darken the casks",
        "add a lantern on the press",
        "remove the farmer",
        state=CIDER,
    ),
    _several(
        "make the awning blue\nremove the nutella jar",
        "make the awning blue",
        "remove the nutella jar",
        state=CREPES,
    ),
    _several(
        "few things:\n- gown lavender\n- remove the speaker on the left\n- brighten her face",
        ("make the gown lavender", "gown lavender"),
        "remove the speaker on the left",
        "brighten her face",
        state=QUINCE,
    ),
    _several(
        "• remove the skeleton\n• make the clock blue",
        "remove the skeleton",
        "make the clock blue",
        state=ESCAPE,
    ),
    _several(
        "two things. 1 remove the wanted poster 2 make the trough look full",
        "remove the wanted poster",
        "make the trough look full",
        state=WESTERN,
    ),
    _several(
        "first add a hibiscus in her hair, second make the leis yellow",
        "add a hibiscus in her hair",
        "make the leis yellow",
        state=LUAU,
    ),
    _several(
        "remove the shears.\nmake the walls red.\nadd a radio on the shelf.",
        "remove the shears",
        "make the walls red",
        "add a radio on the shelf",
        state=SHEARING,
    ),
    _several(
        "1 make the apples red 2 add a wasp 3 blur the background",
        "make the apples red",
        "add a wasp",
        "blur the background",
        state=CIDER,
    ),
    _several(
        "- spatula gold pls\n- remove the queue",
        ("make the spatula gold", "spatula gold"),
        "remove the queue",
        state=CREPES,
    ),
    _several(
        "a) make the chest silver b) remove the fog",
        "make the chest silver",
        "remove the fog",
        state=ESCAPE,
    ),
    _several(
        "to do:\nremove the stagecoach\nadd a windmill far away",
        "remove the stagecoach",
        "add a windmill far away",
        state=WESTERN,
    ),
    _several(
        "1. give the trio matching hats\n2. make the floor shiny",
        "give the trio matching hats",
        "make the floor shiny",
        state=QUINCE,
    ),
)

WITH_TALK: tuple[Dev, ...] = (
    _e("thanks! now make the grass skirt red", "make the grass skirt red", state=LUAU),
    _e("omg love it. can you also remove the pig", "remove the pig", state=LUAU),
    _e("haha the kelpie looks so proud. make the walls blue", "make the walls blue", state=SHEARING),
    _e("nice one 👍 now add a wasp on the apples", "add a wasp on the apples", state=CIDER),
    _e("perfect thank u!! ok next remove the napkins", "remove the napkins", state=CREPES),
    _e("wow she looks like a princess 😭 make the banners gold", "make the banners gold", state=QUINCE),
    _e("that fog is creepy lol. now make the skeleton glow green", "make the skeleton glow green", state=ESCAPE),
    _e("the dust is great. next put a vulture on the sign", "put a vulture on the sign", state=WESTERN),
    _e(
        "cool, what's the thing on the left by the way? also make the torches taller",
        "make the torches taller",
        state=LUAU,
    ),
    _e("make the overalls green. what other styles can you do?", "make the overalls green", state=CIDER),
    _e(
        "remove the queue pls. how long does each edit take btw?",
        "remove the queue",
        state=CREPES,
    ),
    _e(
        "my dad shears 200 sheep a day and this is him at the end lol, he's knackered. make the fleece whiter",
        "make the fleece whiter",
    ),
    _e(
        "we did this for my niece's 15th, it took a year to plan and she cried twice. "
        "the only thing is the fire exit sign glowing behind the band. remove the fire exit sign",
        "remove the fire exit sign",
    ),
    _e(
        "this is us the second we got out, 2 seconds left on the clock!! jake is blinking though, open jake's eyes",
        "open jake's eyes",
    ),
    _e(
        "ok this is great and the kids will love it. add a rainbow over the stagecoach",
        "add a rainbow over the stagecoach",
        state=WESTERN,
    ),
    _e(
        "hmm not bad. thank you. and now the apples redder please",
        "make the apples redder",
        "the apples redder",
        state=CIDER,
    ),
    _e("yessss 🔥🔥 remove the spatula", "remove the spatula", state=CREPES),
    _e("good job and thanks, make the clock bigger now", "make the clock bigger", state=ESCAPE),
    _e(
        "lol that's my uncle, he's the worst sheriff ever. give him a bigger hat",
        "give him a bigger hat",
        "give the sheriff a bigger hat",
        state=WESTERN,
    ),
    _e(
        "can you make the guitarrón shinier? it's my grandpa's and he's really proud of it",
        "make the guitarrón shinier",
        state=QUINCE,
    ),
    _e(
        "the shed was built by my great grandad in 1921 and it's still standing. brighten the whole photo a bit",
        "brighten the whole photo a bit",
        "brighten the whole photo",
        "brighten the photo a bit",
    ),
    _e("thanks that's better, and could you also remove the tankard", "remove the tankard", state=CIDER),
    _e("sweet and now make the sky pink", "make the sky pink", state=LUAU),
    _e("love it and i'd like the leis purple", "make the leis purple", "the leis purple", state=LUAU),
    _e(
        "great!! now can you please make the gown sparkle",
        "make the gown sparkle",
        state=QUINCE,
    ),
)

CAPTIONS: tuple[Dev, ...] = (
    _several(
        "our luau last night 🌺 remove the pig and brighten the torches",
        "remove the pig",
        "brighten the torches",
        photo=True,
    ),
    _several(
        "shearing day at my uncle's. make the walls white and remove the kelpie pls",
        "make the walls white",
        "remove the kelpie",
        photo=True,
    ),
    _several(
        "cider barn, autumn - darken the casks, add apples on the floor",
        "darken the casks",
        "add apples on the floor",
        photo=True,
    ),
    _several(
        "here's the crêpe stall! can you make the awning yellow and blur the queue",
        "make the awning yellow",
        "blur the queue",
        photo=True,
    ),
    _several(
        "my sister's quince 💖 make her gown lilac, also remove the speaker",
        ("make her gown lilac", "make the gown lilac"),
        "remove the speaker",
        photo=True,
    ),
    _several(
        "escape room team photo. remove the skeleton & make the clock red",
        "remove the skeleton",
        "make the clock red",
        photo=True,
    ),
    _several(
        "new one from the same night: remove the conch and add more torches",
        "remove the conch",
        "add more torches",
        state=LUAU_THEN_PHOTO,
        photo=True,
    ),
    _several(
        "another barn pic. make the press darker and add a lantern",
        "make the press darker",
        "add a lantern",
        state=CIDER_THEN_PHOTO,
        photo=True,
    ),
    _several(
        "this is the dancer up close, make her skirt red and remove the torch behind her",
        ("make her skirt red", "make the skirt red"),
        "remove the torch behind her",
        photo=True,
    ),
    _several(
        "from the wild west show lol\nremove the poster\nmake the trough blue",
        "remove the poster",
        "make the trough blue",
        photo=True,
    ),
    _e(
        "my grandma and grandpa at the luau, make the photo warmer",
        "make the photo warmer",
        "make it warmer",
        photo=True,
    ),
    _e("the shed and the dog 🐕 remove the broom", "remove the broom", photo=True),
)

UNDO_THEN: tuple[Dev, ...] = (
    _undo_then("undo that and make the torches blue instead", LUAU, "make the torches blue"),
    _undo_then("undo and remove the kelpie instead", SHEARING, "remove the kelpie"),
    _undo_then(
        "nah undo that, add pears in the crates instead",
        CIDER,
        "add pears in the crates",
    ),
    _undo_then("revert it and make the griddle black", CREPES, "make the griddle black"),
    _undo_then(
        "go back one and make the gown lavender",
        QUINCE,
        "make the gown lavender",
    ),
    _undo_then("undo the fog and add smoke instead", ESCAPE, "add smoke"),
    _undo_then(
        "hmm undo, then add tumbleweeds on the road",
        WESTERN,
        "add tumbleweeds on the road",
    ),
    _undo_then(
        "take that back and remove the dancer's lei, then make the sky pink",
        LUAU,
        "remove the dancer's lei",
        "make the sky pink",
    ),
    _undo_then("ctrl z and make the walls green", SHEARING, "make the walls green"),
    _undo_then("undo that pls and add a jug of cider on the press", CIDER, "add a jug of cider on the press"),
)

ONE_REQUEST: tuple[Dev, ...] = (
    _e("make the salt and pepper shakers silver", "make the salt and pepper shakers silver", state=CREPES),
    _e("add a table with two chairs next to the stall", "add a table with two chairs next to the stall"),
    _e("black and white please", "make it black and white", "black and white", state=QUINCE),
    _e("make the photo black and white", "make the photo black and white", state=WESTERN),
    _e("add a bowl of strawberries and bananas", "add a bowl of strawberries and bananas", state=CREPES),
    _e("give the dancer a red and yellow lei", "give the dancer a red and yellow lei", state=LUAU),
    _e("remove the man with the hat and the sunglasses", "remove the man with the hat and the sunglasses"),
    _e("make the charro suits black and silver", "make the charro suits black and silver", state=QUINCE),
    _e("add a sign that says fresh cider and apples", "add a sign that says fresh cider and apples", state=CIDER),
    _e("make the clock look old and rusty", "make the clock look old and rusty", state=ESCAPE),
    _e(
        "put a horse and cart behind the stagecoach",
        "put a horse and cart behind the stagecoach",
        state=WESTERN,
    ),
    _e("add a shearer with a blue singlet and a beard", "add a shearer with a blue singlet and a beard"),
    _e("remove the bucket and mop", "remove the bucket and mop", state=SHEARING),
    _e("make the press dark brown and shiny", "make the press dark brown and shiny", state=CIDER),
    _e("add a sign saying crêpes & coffee", "add a sign saying crêpes & coffee", state=CREPES),
    _e("remove the pig and the spit", "remove the pig and the spit", state=LUAU),
    _e("make the torches and the leis glow", "make the torches and the leis glow", state=LUAU),
    _e("give the sheriff a gun belt with silver bullets", "give the sheriff a gun belt with silver bullets"),
    _e("add a treasure map with an x on the chest", "add a treasure map with an x on the chest", state=ESCAPE),
    _e("make it look warm and cozy", "make it look warm and cozy", state=CIDER),
    _e("make the background soft and blurry", "make the background soft and blurry", state=QUINCE),
    _e("add bread and butter on the plate", "add bread and butter on the plate", state=CREPES),
    _e("add a rock and roll poster on the wall", "add a rock and roll poster on the wall", state=ESCAPE),
    _e("remove the mum and dad from the corner", "remove the mum and dad from the corner", state=QUINCE),
    _e(
        "make the sky pink, orange and purple like a sunset",
        "make the sky pink, orange and purple like a sunset",
        state=WESTERN,
    ),
    _e("add a kid with a balloon and an ice cream", "add a kid with a balloon and an ice cream", state=CREPES),
    _e("put the dancer and the drummer closer together", "put the dancer and the drummer closer together"),
    _e(
        "turn the shed into a log cabin with snow and icicles",
        "turn the shed into a log cabin with snow and icicles",
        state=SHEARING,
    ),
    _e("swap the apples and the pears", "swap the apples and the pears", state=CIDER),
    _e("make the friends' faces brighter and clearer", "make the friends' faces brighter and clearer", state=ESCAPE),
    _e("also add a dog with a bandana", "add a dog with a bandana", state=WESTERN),
    _e("now the leis, red and white", "make the leis red and white", "the leis red and white", state=LUAU),
    _e("add a fence with roses and ivy", "add a fence with roses and ivy", state=CIDER),
    _e("make the crêpes look golden and crispy", "make the crêpes look golden and crispy", state=CREPES),
)

FILLERS: tuple[Dev, ...] = (
    _e("now please remove the conch", "remove the conch", state=LUAU),
    _e("also, can you make the kelpie fluffier", "make the kelpie fluffier", state=SHEARING),
    _e("i'd like the casks to be lighter", "make the casks lighter", "the casks to be lighter", state=CIDER),
    _e("can you please blur the queue thanks", "blur the queue", state=CREPES),
    _e("ok so now i'd like you to add balloons", "add balloons", state=QUINCE),
    _e("and also remove the lever pls", "remove the lever", state=ESCAPE),
    _e("could you maybe add a cactus by the road", "add a cactus by the road", state=WESTERN),
    _e("oh and make the pig golden brown", "make the pig golden brown", state=LUAU),
    _e("plus add a sheep on the board", "add a sheep on the board", state=SHEARING),
    _e("then make the tankard silver", "make the tankard silver", state=CIDER),
    _e("alright next one, remove the nutella jar", "remove the nutella jar", state=CREPES),
    _e("hey can u pls make the banners blue thx", "make the banners blue", state=QUINCE),
    _e(
        "would you mind making the skeleton wear a bowler hat",
        "make the skeleton wear a bowler hat",
        "making the skeleton wear a bowler hat",
        state=ESCAPE,
    ),
    _several(
        "also can you remove the poster and also make the sheriff's star gold please",
        "remove the poster",
        "make the sheriff's star gold",
        state=WESTERN,
    ),
    _several(
        "can you please make the torches taller and could you also add a volleyball net",
        "make the torches taller",
        "add a volleyball net",
        state=LUAU,
    ),
    _several(
        "i'd like the walls yellow and i'd also like the floor darker",
        ("make the walls yellow", "the walls yellow"),
        ("make the floor darker", "the floor darker"),
        state=SHEARING,
    ),
    _several(
        "now remove the farmer and now add a goose",
        "remove the farmer",
        "add a goose",
        state=CIDER,
    ),
    _several(
        "ok pls remove the napkins and pls make the griddle red",
        "remove the napkins",
        "make the griddle red",
        state=CREPES,
    ),
    _several(
        "could u make the trio's hats bigger, and can you also brighten the cake table",
        "make the trio's hats bigger",
        "brighten the cake table",
        state=QUINCE,
    ),
    _several(
        "hey just remove the fog & then also make the chest open",
        "remove the fog",
        "make the chest open",
        state=ESCAPE,
    ),
)

NEAR: tuple[Dev, ...] = (
    # thanks, goodbyes and praise that name two things
    _words("thanks and goodbye", LUAU),
    _words("thanks so much and have a good night 🙏", SHEARING),
    _words("ok thats all, thanks and bye", CIDER),
    _words("you did the awning and the griddle, nice", CREPES),
    _words("love the pink gown and the banners 😍", QUINCE),
    _words("the red clock and the fog look amazing together", ESCAPE),
    _words("wow the dust and the light are perfect", WESTERN),
    _words("the torches and the sky look great now, thank you", LUAU),
    _words("great job on the bales, and the walls look fine as they are", SHEARING),
    _words("thanks! the casks and the apples are spot on", CIDER),
    _words("perfect, the griddle is shiny and the crêpes look yummy", CREPES),
    _words("nice and thanks for the help earlier", QUINCE),
    # questions about several things
    _words("and what else can you do?", LUAU),
    _words("can you remove people and add things too?"),
    _words("can you do colours and backgrounds and stuff like that?"),
    _words("would it look weird without the pig?", LUAU),
    _words("what's the difference between blur and sharpen?"),
    _words("how many edits can i do in one message?"),
    _words("do you do the edits one by one or all at once?", CIDER),
    _words("which looks better, the gold or the pink gown?", QUINCE),
    _words("is the fog too much and the clock too bright?", ESCAPE),
    _words("did you remove the bales and the shears or just the bales?", SHEARING),
    _words("why is the awning striped and the queue blurry?", CREPES),
    _words("can i upload two photos and mix them?"),
    # reported speech and plans that list edits
    _words("my aunt said remove the pig and make the sky pink, but i like it", LUAU),
    _words("my brother wants the walls white and the kelpie gone lol, not happening", SHEARING),
    _words("the farmer asked if we could darken the casks and add apples, which you did", CIDER),
    _words("later i'll remove the queue and add a table, not now", CREPES),
    _words("tomorrow we might change the gown and the banners", QUINCE),
    _words("i'm going to print this and hang it in the hallway", ESCAPE),
    _words("i'll send this to the sheriff and the stagecoach driver", WESTERN),
    _words("my niece says the gown should be blue and the trio should wear white", QUINCE),
    _words("we're gonna show it at the party and post it on facebook", LUAU),
    # stories with "and" and edit words, no request
    _words("the dancer is my cousin and she's been dancing since she was 4", LUAU),
    _words("we sheared 300 sheep and then had a barbie in the shed", SHEARING),
    _words("the press is 100 years old and still works"),
    _words("the crêpe guy gave us free nutella and a lollipop", CREPES),
    _words("the mariachis played for 3 hours and nobody sat down", QUINCE),
    _words("we got out with 10 seconds left and jake screamed", ESCAPE),
    _words("the sheriff forgot his lines and the horse ran off lol", WESTERN),
    _words("my grandpa painted the casks black and added the brass bands himself", CIDER),
    _words("she removed her heels and danced barefoot all night", QUINCE),
    _words("the kelpie is called biscuit and she's 9"),
    _words("i was going to ask you to remove the pig and make the sky pink but nah its fine", LUAU),
    _words("no more edits and no more changes, it's perfect", CIDER),
    _words("the torches and the leis are fine as they are", LUAU),
    _words("so you removed the bales and left everything else, right?", SHEARING),
    # vague turns that deserve one question
    _words("make it nicer and stuff", LUAU, act="clarify"),
    _words("fix the torches and the sky", LUAU, act="clarify"),
    _words("do something with the walls and the floor", SHEARING, act="clarify"),
    _words("change the casks and the crates", CIDER, act="clarify"),
    _words("hmm the awning and the queue", CREPES, act="clarify"),
    _words("make it better and more fun", QUINCE, act="clarify"),
    _words("the clock and the chest look off", ESCAPE, act="clarify"),
    # photos with a caption that asks nothing
    _words("the luau, me and my sister 🌺", photo=True, act="caption"),
    _words("shearing shed and biscuit the kelpie", photo=True, act="caption"),
    _words("the barn and the press, october", CIDER_THEN_PHOTO, photo=True, act="caption"),
    _words("crêpes and coffee with mum", photo=True, act="caption"),
    _words("quince night, the trio and the cake", photo=True, act="caption"),
    _words("sheriff dave and his stagecoach", LUAU_THEN_PHOTO, photo=True, act="caption"),
)

SPLIT6: tuple[Dev, ...] = (*JOINED, *LISTS, *WITH_TALK, *CAPTIONS, *UNDO_THEN, *ONE_REQUEST, *FILLERS, *NEAR)
"""Every turn of the set, all with the session's last round current."""


def split6_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case."""
    return as_cases(SPLIT6, "split6")
