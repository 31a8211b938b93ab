"""A second development set of plain photo-edit requests (one-shot) and the near-miss turns that must not edit.

Written by hand before running the model on it, about scenes the other dev sets do not use: portraits
and people (a bride, a toddler, a basketball player, an old man with a cane), street scenes (a
crosswalk, a newsstand, a bus stop, a night market), food (tacos, pancakes, dumplings, a birthday
cake), pets (a beagle, a tabby, a rabbit, a tortoise), interiors (an attic, a living room with a
fireplace, a bathroom) and landscapes at dusk (dunes, a fjord, a lavender field). `EDITS` holds edit
requests: people (age, expression, hair, clothes, glasses, tattoos), text on signs and shirts in
quotes, removals in every wording, styles and filters, light, weather and season, sizes and
positions, voice dictation with no punctuation, heavy typos and non-native English, long turns with
a story before the request, and requests put as "I need", "we need", "should we", "let's" and "how
about". `NEAR` holds look-alike turns that expect no call. An expected instruction is the request
cleaned of fillers; a tuple lists the equally right ones. Same format as `dialogue_dev.Dev`.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _edits, as_cases

BRIDE = ((None, None), (0, "make the bouquet white"))
"""A wedding portrait with one edit."""
COURT = ((None, None), (0, "remove the referee"), (1, "make the jersey purple"))
"""A basketball court with two edits."""
DUNES = ((None, None), (0, "make the sky deep orange"))
"""Dunes at dusk with one edit."""
NEW_PHOTO = (*BRIDE, (None, None))
"""A second photo after the wedding; with `photo=True` the upload is the current round."""


def _e(text: str, *instructions: str, state: tuple = UPLOAD, photo: bool = False) -> Dev:
    return (text, photo, state, "edit", _edit(*instructions))


def _two(text: str, first: str | tuple[str, ...], second: str | tuple[str, ...], state: tuple = UPLOAD) -> Dev:
    return (text, False, state, "edit", _edits(first, second))


def _words(text: str, state: tuple = UPLOAD, photo: bool = False, act: str = "talk") -> Dev:
    return (text, photo, state, act, ())


PEOPLE: tuple[Dev, ...] = (
    _e("make the bride smile with her teeth", "make the bride smile with her teeth"),
    _e("give the toddler rosy cheeks", "give the toddler rosy cheeks"),
    _e("make the old man look about 60 instead of 90", "make the old man look about 60 instead of 90"),
    _e("make the basketball player look angrier", "make the basketball player look angrier"),
    _e("give the bride a short pixie cut", "give the bride a short pixie cut"),
    _e("dye the groom's hair platinum blonde", "dye the groom's hair platinum blonde"),
    _e("put round tortoiseshell glasses on the old man", "put round tortoiseshell glasses on the old man"),
    _e("take the glasses off the groom", "take the glasses off the groom", "remove the glasses from the groom"),
    _e("add a rose tattoo on the player's forearm", "add a rose tattoo on the player's forearm"),
    _e("remove the tattoos from his neck", "remove the tattoos from his neck"),
    _e("make the toddler laugh", "make the toddler laugh"),
    _e("put the toddler in a yellow raincoat", "put the toddler in a yellow raincoat"),
    _e("dress the old man in a tweed suit", "dress the old man in a tweed suit"),
    _e("change the player's jersey to number 23", "change the player's jersey to number 23"),
    _e("give the old man a wooden cane with a silver handle", "give the old man a wooden cane with a silver handle"),
    _e("make the bride's veil reach the floor", "make the bride's veil reach the floor"),
    _e("curl the bridesmaid's hair", "curl the bridesmaid's hair"),
    _e("make the groom clean shaven", "make the groom clean shaven"),
    _e("give the player a headband", "give the player a headband"),
    _e("make the grandma's eyes open", "make the grandma's eyes open", "open the grandma's eyes"),
    _e("make the toddler look like a teenager", "make the toddler look like a teenager"),
    _e("add freckles to the girl's nose", "add freckles to the girl's nose"),
    _e("whiten the groom's teeth a bit", "whiten the groom's teeth a bit"),
    _e("make the old man stand up straight", "make the old man stand up straight"),
    _e("give the bride a tan", "give the bride a tan"),
    _e("swap his sneakers for leather boots", "swap his sneakers for leather boots"),
    _e("make the player dunk the ball", "make the player dunk the ball"),
    _e("put a flower crown on the toddler", "put a flower crown on the toddler"),
)

TEXT: tuple[Dev, ...] = (
    _e('make the sign above the newsstand say "OPEN LATE"', 'make the sign above the newsstand say "OPEN LATE"'),
    _e("write 'happy 1st birthday mia' on the cake", "write 'happy 1st birthday mia' on the cake"),
    _e("change the bus stop sign to say 'route 66'", "change the bus stop sign to say 'route 66'"),
    _e('put "JUST MARRIED" on the back of the car', 'put "JUST MARRIED" on the back of the car'),
    _e("the t-shirt should say 'dad of the year'", "make the t-shirt say 'dad of the year'"),
    _e('i want the jersey to say "KOWALSKI" on the back', 'make the jersey say "KOWALSKI" on the back'),
    _e("make the shop sign read “tacos & more”", "make the shop sign read “tacos & more”"),
    _e("can u write 'sold' across the house", "write 'sold' across the house"),
    _e(
        "replace the text on the billboard with 'see you soon'", "replace the text on the billboard with 'see you soon'"
    ),
    _e("remove the writing on the toddler's bib", "remove the writing on the toddler's bib"),
    _e(
        'add a neon sign that says "noodles" to the market stall',
        'add a neon sign that says "noodles" to the market stall',
    ),
    _e("make the banner say 'welcome home grandpa'", "make the banner say 'welcome home grandpa'"),
    _e("the mug should say 'world's best nana'", "make the mug say 'world's best nana'"),
    _e("change 'EXIT' on the door to 'ENTER'", "change 'EXIT' on the door to 'ENTER'"),
)

REMOVALS: tuple[Dev, ...] = (
    _e("remove the photographer in the reflection", "remove the photographer in the reflection"),
    _e("delete the stroller from the crosswalk", "delete the stroller from the crosswalk"),
    _e("erase the guy photobombing behind the bride", "erase the guy photobombing behind the bride"),
    _e("get rid of the pigeons on the bus shelter", "get rid of the pigeons on the bus shelter"),
    _e("take out the traffic cone", "take out the traffic cone"),
    _e("take the leash off the beagle", "take the leash off the beagle", "remove the leash from the beagle"),
    _e("can you make the tourists disappear", "make the tourists disappear", "remove the tourists"),
    _e(
        "lose the power lines over the street",
        "lose the power lines over the street",
        "remove the power lines over the street",
    ),
    _e("the scooter needs to go", "remove the scooter"),
    _e("i don't want the trash bags in the picture", "remove the trash bags", "remove the trash bags in the picture"),
    _e("no parked cars along the curb thx", "remove the parked cars along the curb", "no parked cars along the curb"),
    _e("without the wedding planner in the corner", "remove the wedding planner in the corner"),
    _e("bye bye photobomber", "remove the photobomber"),
    _e("clean the crumbs off the table", "clean the crumbs off the table", "remove the crumbs from the table"),
    _e("wipe the ketchup off the toddler's face", "wipe the ketchup off the toddler's face"),
    _e("cut the old man's shadow out", "cut the old man's shadow out", "remove the old man's shadow"),
    _e("hide the scar on his eyebrow", "hide the scar on his eyebrow"),
    _e("remove everyone except the bride", "remove everyone except the bride"),
    _e("delete both referees", "delete both referees"),
    _e("i want the crowd in the stands gone", "remove the crowd in the stands"),
    _e("get the bike out of the frame", "get the bike out of the frame", "remove the bike"),
    _e("erase the dog hair on the sofa", "erase the dog hair on the sofa"),
    _e("the fridge magnets have to go", "remove the fridge magnets"),
    _e("remove the reflection of the flash in the window", "remove the reflection of the flash in the window"),
    _e("take away the cane", "take away the cane", "remove the cane"),
    _e("delete the logo on his cap", "delete the logo on his cap"),
)

STYLES: tuple[Dev, ...] = (
    _e("add film grain", "add film grain"),
    _e("make it noir", "make it noir"),
    _e(
        "film noir style for the bus stop pic",
        "make the bus stop pic film noir style",
        "film noir style for the bus stop pic",
    ),
    _e("turn the basketball court into pixel art", "turn the basketball court into pixel art"),
    _e("make the beagle look like claymation", "make the beagle look like claymation"),
    _e("paint the lavender field as an oil painting", "paint the lavender field as an oil painting"),
    _e("make it look like a postcard", "make it look like a postcard"),
    _e("make the fjord look like a vintage travel postcard", "make the fjord look like a vintage travel postcard"),
    _e("give the wedding photo a soft film look", "give the wedding photo a soft film look"),
    _e("convert the portrait to sepia", "convert the portrait to sepia"),
    _e("make the old man's portrait black and white", "make the old man's portrait black and white"),
    _e("turn the toddler into a cartoon character", "turn the toddler into a cartoon character"),
    _e("render the dunes in a low poly style", "render the dunes in a low poly style"),
    _e("make the night market look like a comic book panel", "make the night market look like a comic book panel"),
    _e("apply a vhs effect", "apply a vhs effect"),
    _e("give it a 70s kodachrome look", "give it a 70s kodachrome look"),
    _e("redo the tabby as a pencil sketch", "redo the tabby as a pencil sketch"),
    _e(
        "make the attic look like a scene from a wes anderson film",
        "make the attic look like a scene from a wes anderson film",
    ),
    _e("give the pancakes a tilt shift effect", "give the pancakes a tilt shift effect"),
    _e("turn the rabbit into a plush toy", "turn the rabbit into a plush toy"),
    _e("add a vignette", "add a vignette"),
    _e(
        "make the whole thing look like a renaissance painting", "make the whole thing look like a renaissance painting"
    ),
)

LIGHT_WEATHER: tuple[Dev, ...] = (
    _e("make the dunes glow at dusk", "make the dunes glow at dusk"),
    _e("add fog rolling over the fjord", "add fog rolling over the fjord"),
    _e("make it pour with rain on the crosswalk", "make it pour with rain on the crosswalk"),
    _e("make it winter with snow on the bus shelter", "make it winter with snow on the bus shelter"),
    _e("turn the lavender field to late summer at dusk", "turn the lavender field to late summer at dusk"),
    _e("add a thunderstorm behind the old farmhouse", "add a thunderstorm behind the old farmhouse"),
    _e("make the attic lit by a single candle", "make the attic lit by a single candle"),
    _e("light the fireplace", "light the fireplace"),
    _e("make the bathroom brighter", "make the bathroom brighter"),
    _e("make the crosswalk glossy like it just rained", "make the crosswalk glossy like it just rained"),
    _e("add the northern lights above the fjord", "add the northern lights above the fjord"),
    _e("make the sun lower so the shadows are long", "make the sun lower so the shadows are long"),
    _e("give the bride some soft window light", "give the bride some soft window light"),
    _e("change the time to blue hour", "change the time to blue hour"),
    _e("add falling cherry blossom petals", "add falling cherry blossom petals"),
    _e(
        "make the leaves on the street red and yellow for fall", "make the leaves on the street red and yellow for fall"
    ),
    _e("add stars to the sky over the dunes", "add stars to the sky over the dunes"),
    _e("make the gym lights less harsh", "make the gym lights less harsh"),
    _e("darken the sky but keep the lamps bright", "darken the sky but keep the lamps bright"),
    _e("warm up the living room light", "warm up the living room light"),
)

SIZES_POSITIONS: tuple[Dev, ...] = (
    _e("move the vase to the left", "move the vase to the left"),
    _e("make the dog a lot bigger", "make the dog a lot bigger"),
    _e("make the beagle smaller so it fits on the sofa", "make the beagle smaller so it fits on the sofa"),
    _e("move the bride to the center", "move the bride to the center"),
    _e("shift the horizon down a bit", "shift the horizon down a bit"),
    _e("put the tortoise in the front", "put the tortoise in the front"),
    _e("move the moon to the top right corner", "move the moon to the top right corner"),
    _e("make the cake twice as tall", "make the cake twice as tall"),
    _e("shrink the bus so it doesn't cover the shop", "shrink the bus so it doesn't cover the shop"),
    _e("make the hoop higher", "make the hoop higher"),
    _e("make the tacos look huge", "make the tacos look huge"),
    _e("move the armchair closer to the fireplace", "move the armchair closer to the fireplace"),
    _e("put the cat on the windowsill instead of the floor", "put the cat on the windowsill instead of the floor"),
    _e("make the old man a little taller", "make the old man a little taller"),
    _e("crop it to a square around the toddler", "crop it to a square around the toddler"),
    _e("zoom in on the bride's face", "zoom in on the bride's face"),
    _e("move the lamp behind the sofa", "move the lamp behind the sofa"),
    _e("the rabbit should be bigger than the cat", "make the rabbit bigger than the cat"),
    _e("make the ball smaller it looks fake", "make the ball smaller"),
    _e("straighten the picture frame over the fireplace", "straighten the picture frame over the fireplace"),
)

FOOD_PETS_ROOMS: tuple[Dev, ...] = (
    _e("add melted cheese on the tacos", "add melted cheese on the tacos"),
    _e("make the pancakes fluffier with syrup dripping", "make the pancakes fluffier with syrup dripping"),
    _e("put steam rising from the dumplings", "put steam rising from the dumplings"),
    _e("add a sprig of mint on the lemonade", "add a sprig of mint on the lemonade"),
    _e("make the birthday cake chocolate instead of vanilla", "make the birthday cake chocolate instead of vanilla"),
    _e("light the candles on the cake", "light the candles on the cake"),
    _e("put a bow tie on the beagle", "put a bow tie on the beagle"),
    _e("make the tabby a ginger cat", "make the tabby a ginger cat"),
    _e("give the tortoise a tiny party hat", "give the tortoise a tiny party hat"),
    _e("make the rabbit's ears stand up", "make the rabbit's ears stand up"),
    _e("add a second beagle next to the first one", "add a second beagle next to the first one"),
    _e("paint the attic walls sage green", "paint the attic walls sage green"),
    _e("replace the carpet with wooden floorboards", "replace the carpet with wooden floorboards"),
    _e("add a christmas tree next to the fireplace", "add a christmas tree next to the fireplace"),
    _e(
        "change the bathroom tiles to black and white checkers", "change the bathroom tiles to black and white checkers"
    ),
    _e("hang a mirror above the sink", "hang a mirror above the sink"),
    _e("add plants on the bookshelf", "add plants on the bookshelf"),
    _e("make the sofa velvet", "make the sofa velvet"),
)

WE_NEED_LETS: tuple[Dev, ...] = (
    _e("I need the bride's dress to be ivory", "make the bride's dress ivory"),
    _e(
        "i need the toddler's shirt without stains",
        "make the toddler's shirt without stains",
        "remove the stains from the toddler's shirt",
    ),
    _e(
        "we need a clear view of the shop front",
        "make a clear view of the shop front",
        "give a clear view of the shop front",
    ),
    _e("we need the court floor shinier", "make the court floor shinier"),
    _e("I need you to remove the cane", "remove the cane"),
    _e("we need to get rid of the reflection on his glasses", "get rid of the reflection on his glasses"),
    _e("should we make the sky more dramatic?", "make the sky more dramatic"),
    _e("should we add a dog to the porch", "add a dog to the porch"),
    _e("should we try it in black and white", "make it black and white", "try it in black and white"),
    _e("let's make the beagle wear a scarf", "make the beagle wear a scarf"),
    _e("lets remove the cables on the wall", "remove the cables on the wall"),
    _e("let's go with a sunset", "add a sunset", "make it a sunset"),
    _e("let's put some balloons behind the toddler", "put some balloons behind the toddler"),
    _e("how about a rainbow over the fjord", "add a rainbow over the fjord"),
    _e("how about making the old man smile", "make the old man smile"),
    _e("how about we turn the market stall red", "turn the market stall red"),
    _e("what about adding fairy lights in the attic", "add fairy lights in the attic"),
    _e("how about some snow on the dunes?", "add some snow on the dunes"),
    _e("maybe we should darken the corners", "darken the corners"),
    _e("i think we need more contrast", "add more contrast", "increase the contrast"),
    _e("we should blur the license plates", "blur the license plates"),
    _e("you should give the groom a bow tie", "give the groom a bow tie"),
    _e("i need it brighter", "make it brighter"),
    _e("we could use a few more lanterns at the night market", "add a few more lanterns at the night market"),
)

DICTATION: tuple[Dev, ...] = (
    _e(
        "hey can you make the bride's bouquet red roses instead of white",
        "make the bride's bouquet red roses instead of white",
    ),
    _e(
        "um okay so remove the man with the umbrella on the left side",
        "remove the man with the umbrella on the left side",
    ),
    _e("make the basketball player jump higher period", "make the basketball player jump higher"),
    _e(
        "so what i want is the old man on the bench to be reading a newspaper",
        "make the old man on the bench read a newspaper",
    ),
    _e(
        "could you like make the tacos look more fresh and colorful or something",
        "make the tacos look more fresh and colorful",
    ),
    _e("okay next thing put a little hat on the tortoise thanks", "put a little hat on the tortoise"),
    _e(
        "yeah so the sky over the lavender needs to be more pink like cotton candy",
        "make the sky over the lavender more pink like cotton candy",
    ),
    _e(
        "alright remove the bin by the bus stop comma the green one",
        "remove the green bin by the bus stop",
        "remove the bin by the bus stop the green one",
    ),
    _e("uh make the toddler's balloon blue no wait red", "make the toddler's balloon red"),
    _e("can you take the sunglasses off the groom he looks like a bouncer", "take the sunglasses off the groom"),
    _e("make the fireplace bigger and more cozy you know what i mean", "make the fireplace bigger and more cozy"),
    _e("hey zone add some rain to the street photo please thank you", "add some rain to the street photo"),
    _e(
        "i would like the beagle to be sitting instead of lying down",
        "make the beagle sit instead of lying down",
        "make the beagle sitting instead of lying down",
    ),
    _e("so basically just blur everything behind the bride", "blur everything behind the bride"),
)

TYPOS_NON_NATIVE: tuple[Dev, ...] = (
    _e("plese remvoe the man behind bride", "remove the man behind bride", "remvoe the man behind bride"),
    _e("make more bright the sky", "make the sky brighter", "make the sky more bright", "make more bright the sky"),
    _e("please to make the old man more young", "make the old man more young", "make the old man younger"),
    _e("i want that the dog is more big", "make the dog bigger", "make the dog more big"),
    _e("you can put glases on the grandfather?", "put glasses on the grandfather", "put glases on the grandfather"),
    _e(
        "chnage the colour of the jersy to red",
        "change the colour of the jersey to red",
        "chnage the colour of the jersy to red",
    ),
    _e("delet the car in backround", "delete the car in background", "delet the car in backround"),
    _e("make teh cake pinkk", "make the cake pink", "make teh cake pinkk"),
    _e(
        "is posible to do the foto like a paint of oil?",
        "make the photo like an oil painting",
        "do the foto like a paint of oil",
    ),
    _e("remove pls the tatoo from his arm", "remove the tattoo from his arm", "remove the tatoo from his arm"),
    _e(
        "the sky is too much dark, make more light",
        "make the sky lighter",
        "make more light",
        "make the sky more light",
    ),
    _e("add one cat in the sofa", "add one cat in the sofa", "add a cat on the sofa"),
    _e("put the baby a hat", "put a hat on the baby", "give the baby a hat"),
    _e("wud u make the wall blu", "make the wall blue", "make the wall blu"),
    _e("i wish you make the floor of wood", "make the floor wood", "make the floor of wood"),
    _e("make the girl hairs more long", "make the girl's hair longer", "make the girl hairs more long"),
    _e(
        "removing the people from the beach please",
        "remove the people from the beach",
        "removing the people from the beach",
    ),
    _e("can you changing the dress to blue", "change the dress to blue", "changing the dress to blue"),
    _e("do the sky orange like sunset", "make the sky orange like sunset", "do the sky orange like sunset"),
    _e("make it more clear the face of my son", "make my son's face clearer", "make it more clear the face of my son"),
    _e("ERASE THE WIRES ABOVE THE STREET", "erase the wires above the street"),
    _e("addd snow pls", "add snow", "addd snow"),
    _e("mak the beagle brown", "make the beagle brown", "mak the beagle brown"),
    _e("put a sun glasses on grandpa", "put sunglasses on grandpa", "put a sun glasses on grandpa"),
)

STORIES: tuple[Dev, ...] = (
    _e(
        "so this is from my cousin's wedding last june, it was super hot and everyone was sweating and the "
        "photographer kept making us stand in the sun. anyway the bride looks shiny on her forehead, can you "
        "make her skin less shiny",
        "make her skin less shiny",
        "make the bride's skin less shiny",
    ),
    _e(
        "my grandpa turned 92 last week and we took him to the park, he insisted on walking with his old cane "
        "even though it's falling apart. I'd love the cane to look new and polished",
        "make the cane look new and polished",
    ),
    _e(
        "ok long story but my son made the winning shot at his first basketball game and my phone camera is "
        "garbage so the photo is super dark. please brighten it",
        "brighten it",
        "brighten the photo",
    ),
    _e(
        "we adopted this beagle from the shelter two weeks ago and he's the sweetest but he had a bath right "
        "before this and he looks like a wet rat lol. make his fur look dry and fluffy",
        "make his fur look dry and fluffy",
        "make the beagle's fur look dry and fluffy",
    ),
    _two(
        "context: this is for a restaurant menu, the owner is a friend and she can't afford a photographer. the "
        "tacos look flat under the kitchen light, so add some warm light and make the colors pop",
        ("add some warm light", "add some warm light to the tacos"),
        ("make the colors pop", "make the colours pop"),
    ),
    _e(
        "I was at the bus stop waiting forever in the rain and thought the neon reflections looked cool, but "
        "there's a huge ad on the shelter that ruins it. remove the ad",
        "remove the ad",
        "remove the ad on the shelter",
    ),
    _e(
        "my daughter's first birthday!! she smashed the cake before we could take a proper photo 😂 the "
        "candle is knocked over, could you stand it back up",
        "stand the candle back up",
        "stand it back up",
    ),
    _two(
        "we're renting out the attic room on airbnb and the listing photos are due tomorrow. it looks really "
        "cramped and dark, i need the walls white and the window bigger",
        "make the walls white",
        "make the window bigger",
    ),
    _e(
        "honestly i've been trying to get a nice dusk picture of the dunes for three trips now and every time "
        "there's some guy on a quad bike. just erase the quad bike and the tracks it left",
        "erase the quad bike and the tracks it left",
    ),
    _e(
        "my mum is not a fan of her grey hair and she asked me if i could fix it before I print this for her "
        "birthday, so make her hair dark brown",
        "make her hair dark brown",
    ),
    _e(
        "this one's from the night market in taipei, the food was amazing and I want to print it for the "
        "kitchen. the stall sign is blurry though, sharpen the sign",
        "sharpen the sign",
        "sharpen the stall sign",
    ),
    _e(
        "the old man in this pic is a stranger who let me photograph him in lisbon, he was lovely and "
        "sent me his address so i can mail him a print. add a warm sunset light on his face",
        "add a warm sunset light on his face",
    ),
)

TWO_IN_ONE: tuple[Dev, ...] = (
    _two("remove the referee and make the crowd cheer", "remove the referee", "make the crowd cheer"),
    _two("make the toddler's shirt green and his shoes red", "make the toddler's shirt green", "make his shoes red"),
    _two("add a rug by the fireplace then dim the lamp", "add a rug by the fireplace", "dim the lamp"),
    _two("put the bride's hair up, also give her pearl earrings", "put the bride's hair up", "give her pearl earrings"),
    _two("erase the tourists. add a lone cyclist", "erase the tourists", "add a lone cyclist"),
    _two("blur the background and sharpen the old man's face", "blur the background", "sharpen the old man's face"),
    _two("make the dumplings golden and the plate black", "make the dumplings golden", "make the plate black"),
    _two(
        "first remove the leash and then make the beagle run",
        ("remove the leash", "first remove the leash"),
        "make the beagle run",
    ),
    _two("make it dusk plus add street lamps glowing", "make it dusk", "add street lamps glowing"),
    _two("i want the tortoise on the grass and the sky blue", "put the tortoise on the grass", "make the sky blue"),
)

EMOJI_AND_FOLLOWUPS: tuple[Dev, ...] = (
    _e("🙏 remove the crane from the skyline", "remove the crane from the skyline"),
    _e("love this one ❤️ make the groom's suit navy", "make the groom's suit navy"),
    _e("😂😂 ok give the beagle sunglasses", "give the beagle sunglasses"),
    _e("✨ add sparkles around the bride ✨", "add sparkles around the bride"),
    _e("omg 😍 — make the fjord water turquoise", "make the fjord water turquoise"),
    _e("🎂 put more candles on the cake", "put more candles on the cake"),
    _e("gorgeous 🤩 now add her veil", "add her veil", "add the bride's veil", state=BRIDE),
    _e("ok now the ribbons on the bouquet should be gold", "make the ribbons on the bouquet gold", state=BRIDE),
    _e("make it fuller", "make the bouquet fuller", state=BRIDE),
    _e("alright next: remove the bridesmaid on the right", "remove the bridesmaid on the right", state=BRIDE),
    _e("good now put the ball in his hands", "put the ball in his hands", state=COURT),
    _e("sweet, make the shorts match", "make the shorts match", "make the shorts purple", state=COURT),
    _e("the sneakers should be white", "make the sneakers white", state=COURT),
    _e("ok now a few camels walking along the ridge", "add a few camels walking along the ridge", state=DUNES),
    _e("love the orange! now make the sand darker", "make the sand darker", state=DUNES),
    _e("here's the toddler pic, make her dress yellow", "make her dress yellow", state=NEW_PHOTO, photo=True),
    _e("another one from the reception: remove the exit sign", "remove the exit sign", state=NEW_PHOTO, photo=True),
    _e("grandpa 👴 with his cane, make the background less busy", "make the background less busy", photo=True),
    _e("the street at 5am, add a few people walking", "add a few people walking", photo=True),
    _e("pancake sunday 🥞 — add blueberries on top", "add blueberries on top", photo=True),
)

EDITS: tuple[Dev, ...] = (
    *PEOPLE,
    *TEXT,
    *REMOVALS,
    *STYLES,
    *LIGHT_WEATHER,
    *SIZES_POSITIONS,
    *FOOD_PETS_ROOMS,
    *WE_NEED_LETS,
    *DICTATION,
    *TYPOS_NON_NATIVE,
    *STORIES,
    *TWO_IN_ONE,
    *EMOJI_AND_FOLLOWUPS,
)
"""Edit requests: each expects one edit, or two for two requests in one turn."""

NEAR: tuple[Dev, ...] = (
    # questions about the photo
    _words("is the bride's dress ivory or white?"),
    _words("how old do you think the toddler is"),
    _words("what position does the basketball player play?", COURT),
    _words("is that a real cane or an umbrella"),
    _words("why is the street so empty?"),
    _words("what kind of dumplings are those"),
    _words("does the beagle look sad to you?"),
    _words("is the fireplace real or electric?"),
    _words("which dune is the tallest?", DUNES),
    _words("do you think the old man is smiling"),
    # remarks and stories with no request
    _words("my grandpa needs the cane since his fall last year"),
    _words("the bride is my best friend since kindergarten"),
    _words("that toddler is a menace lol, he ate the flowers right after this"),
    _words("we had the tacos at a tiny place near the station, best ever"),
    _words("the beagle's name is waffles 🐶"),
    _words("the white bouquet is stunning", BRIDE),
    _words("purple jersey looks sick", COURT),
    _words("we stayed at the dunes until it got dark, it was magical", DUNES),
    _words("I painted the attic myself last summer"),
    _words("the rain that day was insane"),
    # mentioned edits, not asked for
    _words("my friend already removed the tattoo in photoshop"),
    _words("the photographer said he'd brighten them all later"),
    _words("i was going to ask you to remove the cane but he'd be upset"),
    _words("last time someone made my grandpa look younger and he hated it"),
    _words("I removed the logo myself before uploading"),
    # I need / let's / how about / should we without an edit
    _words("i need a minute to think"),
    _words("let's take a break and continue tomorrow"),
    _words("how about you tell me what you would change", act="clarify"),
    _words("should we keep it like this?", BRIDE),
    _words("we need to leave soon, i'll finish later"),
    _words("let's see what else we can do", act="clarify"),
    _words("how about that, it looks real", DUNES),
    _words("i need to send this to my sister tonight", BRIDE),
    _words("should I print it matte or glossy?", BRIDE),
    # capability questions
    _words("can you do noir?"),
    _words("are you able to add tattoos?"),
    _words("do you know how to make people look older?"),
    _words("can you do pixel art or only realistic stuff"),
    _words("could you ever remove a whole crowd?"),
    _words("is it possible to change text on signs?"),
    _words("how good are you with faces?"),
    _words("what filters do you have"),
    # vague turns
    _words("hmm the bride's face", act="clarify"),
    _words("the toddler idk", act="clarify"),
    _words("make it look less meh", act="clarify"),
    _words("something with the sky maybe", act="clarify"),
    _words("can you improve it", act="clarify"),
    _words("fix the photo", act="clarify"),
    _words("the old man...", act="clarify"),
    _words("do something fun with it", act="clarify"),
    # out of scope
    _words("write a toast for my cousin's wedding", BRIDE),
    _words("what's a good recipe for dumplings"),
    _words("remove me from your database"),
    _words("delete my account and all my data"),
    _words("how tall is a basketball hoop"),
    _words("make me a workout plan like a basketball player"),
    _words("book a table for two at a taco place"),
    _words("change the language to spanish"),
    # captions of a new photo, no request
    _words("my nephew at his first birthday 🎂", NEW_PHOTO, photo=True, act="caption"),
    _words("grandpa and his cane, 1998", photo=True, act="caption"),
    _words("the dunes at dusk", photo=True, act="caption"),
    _words("waffles the beagle!!", photo=True, act="caption"),
)
"""Look-alike turns that expect no call."""


def edits2_cases() -> list[EvalCase]:
    """Every turn of the second plain-edit set as an `assistant.evaluation` case (`EDITS`, then `NEAR`)."""
    return as_cases((*EDITS, *NEAR), "edits2")
