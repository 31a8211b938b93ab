"""A development set of plain photo-edit requests and the near-miss turns that must not edit.

Written by hand before running the model on it, about scenes the other dev sets do not use (a
greenhouse, a fairground with a ferris wheel, a pottery studio, a farm with a tractor, a chess game in
a park, a graduation, a vineyard, an ice rink, a subway platform, a treehouse, an aquarium). `PLAIN`
holds edit requests the way people type them: rare verbs, art styles, light, weather, season and time
of day, ageing, swaps, removals, requests phrased as questions, wishes or descriptions of the result,
a reason or some context before the request, two requests in one turn, non-native English and typos;
`NEAR` holds look-alike turns that expect no call (questions about the photo, remarks, capability
questions, vague turns and out-of-scope requests). An expected instruction is the request cleaned of
fillers; a tuple lists the equally right ones. Same format as `dialogue_dev.Dev`.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _edits, as_cases

TRACTOR = ((None, None), (0, "make the tractor green"))
"""A farm with one edit."""
WHEEL = ((None, None), (0, "remove the crowd by the gate"), (1, "make the ferris wheel pink"))
"""A fairground with two edits."""
VASE = ((None, None), (0, "make the vase turquoise"))
"""A pottery studio with one edit."""
NEW_PHOTO = (*TRACTOR, (None, None))
"""A second photo after the farm; with `photo=True` the upload is the current round."""


def _e(text: str, *instructions: str, state: tuple = UPLOAD, photo: bool = False) -> Dev:
    return (text, photo, state, "edit", _edit(*instructions))


def _two(text: str, first: str | tuple[str, ...], second: str | tuple[str, ...], state: tuple = UPLOAD) -> Dev:
    return (text, False, state, "edit", _edits(first, second))


def _words(text: str, state: tuple = UPLOAD, photo: bool = False, act: str = "talk") -> Dev:
    return (text, photo, state, act, ())


RARE_VERBS: tuple[Dev, ...] = (
    _e("declutter the potting bench", "declutter the potting bench"),
    _e("sharpen the chess pieces", "sharpen the chess pieces"),
    _e("straighten the crooked greenhouse door", "straighten the crooked greenhouse door"),
    _e("desaturate everything except the red kite", "desaturate everything except the red kite"),
    _e("soften the shadows under the treehouse", "soften the shadows under the treehouse"),
    _e("enlarge the moon a little", "enlarge the moon a little"),
    _e("shrink the tractor's exhaust pipe", "shrink the tractor's exhaust pipe"),
    _e("flip the pottery wheel so it faces left", "flip the pottery wheel so it faces left"),
    _e("mirror the whole image horizontally", "mirror the whole image horizontally"),
    _e("rotate the chess board 90 degrees", "rotate the chess board 90 degrees"),
    _e("tidy up the cables on the subway floor", "tidy up the cables on the subway floor"),
    _e("clean up the muddy boots", "clean up the muddy boots"),
    _e("polish the trophy so it gleams", "polish the trophy so it gleams"),
    _e("fill the empty aquarium with tropical fish", "fill the empty aquarium with tropical fish"),
    _e("cover the rink in fresh snow", "cover the rink in fresh snow"),
    _e("frost the greenhouse windows", "frost the greenhouse windows"),
    _e("age the wooden sign so it looks weathered", "age the wooden sign so it looks weathered"),
    _e("retouch the graduate's skin", "retouch the graduate's skin"),
    _e("thicken the grapevines on the trellis", "thicken the grapevines on the trellis"),
    _e("widen the path between the vines", "widen the path between the vines"),
    _e("pixelate the licence plate of the van", "pixelate the licence plate of the van"),
    _e("unblur the subway sign", "unblur the subway sign"),
    _e("saturate the jellyfish colours", "saturate the jellyfish colours"),
    _e("illuminate the treehouse windows from inside", "illuminate the treehouse windows from inside"),
    _e("lengthen the scarf on the scarecrow", "lengthen the scarf on the scarecrow"),
    _e("hide the bruise on his knee", "hide the bruise on his knee"),
    _e("decorate the ferris wheel with fairy lights", "decorate the ferris wheel with fairy lights"),
    _e("dim the fluorescent lights on the platform", "dim the fluorescent lights on the platform"),
    _e("glaze the bowls so they look shiny", "glaze the bowls so they look shiny"),
    _e("shorten the queue at the ticket booth", "shorten the queue at the ticket booth"),
)

STYLES: tuple[Dev, ...] = (
    _e("as a watercolor please", "make it a watercolor", "make it look like a watercolor", "as a watercolor"),
    _e("redo it in the style of a 90s anime", "redo it in the style of a 90s anime"),
    _e("make the greenhouse look like a studio ghibli scene", "make the greenhouse look like a studio ghibli scene"),
    _e("turn the fairground into a lego set", "turn the fairground into a lego set"),
    _e("can it look like an old polaroid", "make it look like an old polaroid"),
    _e("give the vineyard an impressionist look", "give the vineyard an impressionist look"),
    _e("make the chess players look like claymation figures", "make the chess players look like claymation figures"),
    _e("render the treehouse as a charcoal drawing", "render the treehouse as a charcoal drawing"),
    _e("turn the portrait into a pop art poster", "turn the portrait into a pop art poster"),
    _e("stylize the aquarium like a stained glass window", "stylize the aquarium like a stained glass window"),
    _e("i want it to look like a 1920s postcard", "make it look like a 1920s postcard"),
    _e("make the subway scene cyberpunk with neon everywhere", "make the subway scene cyberpunk with neon everywhere"),
    _e("could u do it as a ukiyo-e woodblock print", "do it as a ukiyo-e woodblock print"),
    _e(
        "make the farm look like a childrens book illustration", "make the farm look like a childrens book illustration"
    ),
    _e("turn the ice rink into a snow globe", "turn the ice rink into a snow globe"),
    _e("make it look like it was shot on a disposable camera", "make it look like it was shot on a disposable camera"),
    _e(
        "8-bit version of the ferris wheel pls",
        "make an 8-bit version of the ferris wheel",
        "8-bit version of the ferris wheel",
    ),
    _e("paint the pottery studio in the style of vermeer", "paint the pottery studio in the style of vermeer"),
)

LIGHT_TIME_SEASON: tuple[Dev, ...] = (
    _e("make it golden hour", "make it golden hour"),
    _e("change it to dusk", "change it to dusk"),
    _e("turn the vineyard into a snowy winter scene", "turn the vineyard into a snowy winter scene"),
    _e("make it spring with blossoms on the trees", "make it spring with blossoms on the trees"),
    _e("make it look like midnight with a full moon", "make it look like midnight with a full moon"),
    _e("add a light drizzle over the chess game", "add a light drizzle over the chess game"),
    _e("make the sky overcast", "make the sky overcast"),
    _e("add morning mist over the vines", "add morning mist over the vines"),
    _e("give the greenhouse a warm sunrise glow", "give the greenhouse a warm sunrise glow"),
    _e("make the treehouse lit by lanterns at night", "make the treehouse lit by lanterns at night"),
    _e("turn the fairground into a rainy evening", "turn the fairground into a rainy evening"),
    _e("make it autumn, orange leaves everywhere", "make it autumn, orange leaves everywhere", "make it autumn"),
    _e("add a blizzard", "add a blizzard"),
    _e("can you make it daytime instead of night", "make it daytime instead of night", "make it daytime"),
    _e("add harsh midday sun with strong shadows", "add harsh midday sun with strong shadows"),
    _e("add a double rainbow behind the barn", "add a double rainbow behind the barn"),
    _e("make the aquarium glow blue like in the dark", "make the aquarium glow blue like in the dark"),
    _e("i'd love it to be a stormy night", "make it a stormy night"),
    _e("the sky should be a sunset", "make the sky a sunset"),
    _e("add backlight behind the graduate", "add backlight behind the graduate"),
)

PEOPLE_AND_SWAPS: tuple[Dev, ...] = (
    _e("make him look older", "make him look older"),
    _e("make grandpa look 20 years younger", "make grandpa look 20 years younger"),
    _e("give the farmer a grey beard", "give the farmer a grey beard"),
    _e("make her look surprised", "make her look surprised"),
    _e("close the graduate's mouth", "close the graduate's mouth"),
    _e("put a mortarboard on the dog", "put a mortarboard on the dog"),
    _e("make the potter bald lol", "make the potter bald"),
    _e("make the kid taller", "make the kid taller"),
    _e("swap the tractor for a horse and cart", "swap the tractor for a horse and cart"),
    _e("swap the goldfish for a shark", "swap the goldfish for a shark"),
    _e("replace the chess pieces with candy", "replace the chess pieces with candy"),
    _e("switch the skates for rollerblades", "switch the skates for rollerblades"),
    _e("change the scarecrow into a snowman", "change the scarecrow into a snowman"),
    _e("trade the wine barrels for hay bales", "trade the wine barrels for hay bales"),
    _e("put a crown on the queen piece", "put a crown on the queen piece"),
    _e("give the ice skater a red costume", "give the ice skater a red costume"),
    _e("make everyone on the platform wear masks", "make everyone on the platform wear masks"),
    _e("turn the goat into a llama", "turn the goat into a llama"),
)

REMOVALS: tuple[Dev, ...] = (
    _e("get the cars out of the shot", "get the cars out of the shot"),
    _e("take the hose out of the picture", "take the hose out of the picture"),
    _e("can we lose the ugly bin", "lose the ugly bin", "remove the ugly bin"),
    _e("ditch the plastic chairs", "ditch the plastic chairs", "remove the plastic chairs"),
    _e(
        "kill the glare on the aquarium glass",
        "kill the glare on the aquarium glass",
        "remove the glare on the aquarium glass",
    ),
    _e("no people on the platform please", "remove the people on the platform", "no people on the platform"),
    _e("zap the pimple on her nose", "zap the pimple on her nose", "remove the pimple on her nose"),
    _e("remove the watermark in the bottom corner", "remove the watermark in the bottom corner"),
    _e("erase the phone from his hand", "erase the phone from his hand"),
    _e("clear the leaves off the rink", "clear the leaves off the rink"),
    _e("get rid of the tractor tyre marks in the mud", "get rid of the tractor tyre marks in the mud"),
    _e("take away the scaffolding behind the ferris wheel", "take away the scaffolding behind the ferris wheel"),
    _e("remove that guy picking his nose", "remove that guy picking his nose"),
    _e("the fire extinguisher has to go", "remove the fire extinguisher"),
    _e("i want the ladder gone", "remove the ladder"),
    _e("cut the selfie stick out", "cut the selfie stick out", "remove the selfie stick"),
)

QUESTIONS: tuple[Dev, ...] = (
    _e("could you make the greenhouse glass cleaner?", "make the greenhouse glass cleaner"),
    _e("is there a way to remove the fence posts?", "remove the fence posts"),
    _e("can you maybe add a pumpkin next to the scarecrow?", "add a pumpkin next to the scarecrow"),
    _e("would you be able to make the ice look thicker", "make the ice look thicker"),
    _e("any chance you could brighten the subway tunnel?", "brighten the subway tunnel"),
    _e("is it possible to give the treehouse a red roof?", "give the treehouse a red roof"),
    _e("could the vase be taller?", "make the vase taller"),
    _e("can the sky be more purple", "make the sky more purple"),
    _e("how about making the clownfish bigger?", "make the clownfish bigger"),
    _e("what if you put a hot dog stand by the gate?", "put a hot dog stand by the gate"),
    _e("do you think you could straighten the horizon?", "straighten the horizon"),
    _e("can I get the barn in red?", "make the barn red"),
    _e("could we have some fireflies around the treehouse", "add some fireflies around the treehouse"),
    _e("mind turning the platform lights off?", "turn the platform lights off"),
    _e("would it work to replace the mug with a teapot?", "replace the mug with a teapot"),
    _e("can you please please fix the crooked frame on the wall", "fix the crooked frame on the wall"),
    _e("why not add a sailboat on the lake?", "add a sailboat on the lake"),
    _e("think you can make the grapes look riper?", "make the grapes look riper"),
)

WISHES: tuple[Dev, ...] = (
    _e("I want the tractor to be bright yellow", "make the tractor bright yellow"),
    _e("i'd love a rainbow over the vineyard", "add a rainbow over the vineyard"),
    _e("it'd be cool if the ferris wheel was lit up", "light up the ferris wheel", "make the ferris wheel lit up"),
    _e("I'd really like the bowls to be glazed blue", "make the bowls glazed blue", "glaze the bowls blue"),
    _e("i wish the grass was greener", "make the grass greener"),
    _e("would be nice to have some ducks in the pond", "add some ducks in the pond"),
    _e("I want a dragon flying over the castle", "add a dragon flying over the castle"),
    _e("i want the sky purple", "make the sky purple"),
    _e("i'd like the background blurred", "blur the background"),
    _e("I need the chess board to be marble", "make the chess board marble"),
    _e("it would be great if the walls were white", "make the walls white"),
    _e("i would love to see snow on the roof of the barn", "add snow on the roof of the barn"),
    _e("really want the jellyfish to glow pink", "make the jellyfish glow pink"),
    _e("my dream is a treehouse with a slide", "add a slide to the treehouse", "give the treehouse a slide"),
)

DESCRIPTIONS: tuple[Dev, ...] = (
    _e("the wall should be brick", "make the wall brick"),
    _e("the vase needs to be way bigger", "make the vase way bigger"),
    _e("the skater's dress ought to be silver", "make the skater's dress silver"),
    _e("the tractor must be red", "make the tractor red"),
    _e("the sky has to be clear, no clouds", "make the sky clear, no clouds", "make the sky clear"),
    _e("the grapes should look purple not green", "make the grapes look purple not green", "make the grapes purple"),
    _e("the platform floor should be shiny and wet", "make the platform floor shiny and wet"),
    _e("the goldfish should be orange and white", "make the goldfish orange and white"),
    _e(
        "the treehouse should have a rope ladder",
        "give the treehouse a rope ladder",
        "add a rope ladder to the treehouse",
    ),
    _e("the chess pieces need to be gold and silver", "make the chess pieces gold and silver"),
    _e("the mug should be on the left side", "move the mug to the left side", "put the mug on the left side"),
)

CONTEXT: tuple[Dev, ...] = (
    _e("my mom hates the lamp so please remove it", "remove the lamp"),
    _e("this is for my grandma's birthday card, add some balloons", "add some balloons"),
    _e("we are selling the tractor so make it look new", "make the tractor look new", "make it look new"),
    _e("the photo is going on my linkedin, blur the messy background", "blur the messy background"),
    _e(
        "my brother blinked in this one haha, could you open his eyes",
        "open his eyes",
        "open my brother's eyes",
    ),
    _e("the ferris wheel looks dull, make it brighter", "make the ferris wheel brighter", "make it brighter"),
    _e("it's for a halloween poster so add bats in the sky", "add bats in the sky"),
    _e(
        "ok so the client wants the bowls in terracotta, change them",
        "change the bowls to terracotta",
        "make the bowls terracotta",
    ),
    _e(
        "the aquarium glass is filthy, clean it up",
        "clean the aquarium glass",
        "clean up the aquarium glass",
        "clean the aquarium glass up",
    ),
    _e(
        "my boss is in the corner and he doesnt want to be, erase him",
        "erase my boss",
        "erase him",
        "erase the boss in the corner",
    ),
    _e("I took this at the vineyard last summer. make the sky bluer", "make the sky bluer"),
    _e("its my sister's graduation!! add confetti", "add confetti"),
    _e(
        "the lighting on the rink is awful, warm it up",
        "warm up the lighting on the rink",
        "warm it up",
        "warm the lighting on the rink up",
    ),
    _e("the kids drew on the wall, remove the crayon marks", "remove the crayon marks"),
    _e("since it's a christmas card, put a santa hat on the goat", "put a santa hat on the goat"),
    _e("that cable is distracting, take it out", "take the cable out", "remove the cable", "take that cable out"),
)

TWO_IN_ONE: tuple[Dev, ...] = (
    _two("remove the hose and add a watering can", "remove the hose", "add a watering can"),
    _two("make the barn red and the tractor blue", "make the barn red", "make the tractor blue"),
    _two("brighten the greenhouse, then add some butterflies", "brighten the greenhouse", "add some butterflies"),
    _two("could you crop out the trash can and make it sunset?", "crop out the trash can", "make it sunset"),
    _two("blur the crowd. sharpen the skater", "blur the crowd", "sharpen the skater"),
    _two(
        "add a kite in the sky and a dog on the grass",
        "add a kite in the sky",
        ("add a dog on the grass", "a dog on the grass"),
    ),
    _two("erase the wires plus make the sky less grey", "erase the wires", "make the sky less grey"),
    _two("take out the cones, also paint the bench green", "take out the cones", "paint the bench green"),
    _two("i want the chess board wooden and the pieces black", "make the chess board wooden", "make the pieces black"),
    _two("remove the bird poop on the car and wash the windows", "remove the bird poop on the car", "wash the windows"),
    _two("make him older and give him a cane", "make him older", "give him a cane"),
    _two("fill the pool with water, then add a float", "fill the pool with water", "add a float"),
)

NON_NATIVE_AND_TYPOS: tuple[Dev, ...] = (
    _e("please to remove the man in back", "remove the man in back"),
    _e("i want that you make the tractor more new", "make the tractor more new"),
    _e("can you put more light in the foto", "put more light in the foto", "put more light in the photo"),
    _e("make the sky more blu pls", "make the sky more blu", "make the sky more blue"),
    _e("remvoe teh bucket", "remove the bucket", "remvoe teh bucket"),
    _e("chnage the vase colour to yelow", "change the vase colour to yellow", "chnage the vase colour to yelow"),
    _e("ad a cat on the bench", "add a cat on the bench", "ad a cat on the bench"),
    _e("make more bigger the moon", "make the moon bigger", "make more bigger the moon"),
    _e("is possible delete the car from the street?", "delete the car from the street"),
    _e("plz make teh grass green", "make the grass green", "make teh grass green"),
    _e("put sunglases on the goat", "put sunglasses on the goat", "put sunglases on the goat"),
    _e("you can remove the shadow of me?", "remove the shadow of me", "remove my shadow"),
    _e("i would like that the wall is white", "make the wall white"),
    _e("make the picture more bright please", "make the picture more bright", "make the picture brighter"),
    _e("pls erase the dirt of the glass", "erase the dirt of the glass", "erase the dirt on the glass"),
    _e("make darker the background", "make the background darker", "make darker the background"),
    _e("bluring the faces of the kids please", "blur the faces of the kids", "bluring the faces of the kids"),
    _e("REMOVE THE TRUCK", "remove the truck"),
    _e("make the fence brwon", "make the fence brown", "make the fence brwon"),
    _e("add snow, like lot of snow", "add snow, like lot of snow", "add a lot of snow", "add snow"),
)

FILLERS: tuple[Dev, ...] = (
    _e("ok cool now just remove the wheelbarrow", "remove the wheelbarrow", state=TRACTOR),
    _e("alright, lets add some chickens near the tractor", "add some chickens near the tractor", state=TRACTOR),
    _e("yesss love it. now make the sky pink too", "make the sky pink", state=TRACTOR),
    _e("hmm ok could you also put a windmill on the hill", "put a windmill on the hill", state=TRACTOR),
    _e("next up: give the scarecrow a hat", "give the scarecrow a hat", state=TRACTOR),
    _e("lol ok now remove the puddle", "remove the puddle", state=TRACTOR),
    _e("so um make the fence white maybe", "make the fence white", state=TRACTOR),
    _e("great job! add a sunset behind it", "add a sunset behind it", "add a sunset behind the tractor", state=TRACTOR),
    _e("nice nice. now the ferris wheel should be blue", "make the ferris wheel blue", state=WHEEL),
    _e("awesome, next I'd like some fireworks above the wheel", "add some fireworks above the wheel", state=WHEEL),
    _e("cool. remove the ticket booth too", "remove the ticket booth", state=WHEEL),
    _e("can you now also add cotton candy in the girl's hand", "add cotton candy in the girl's hand", state=WHEEL),
    _e("ok and make it night time", "make it night time", "make it nighttime", "make it night", state=WHEEL),
    _e("that's lovely, now put a carousel on the left", "put a carousel on the left", state=WHEEL),
    _e("thx! one more: blur the people at the back", "blur the people at the back", state=WHEEL),
    _e("perfect, now give the bowl a gold rim", "give the bowl a gold rim", state=VASE),
    _e("oh nice. could you add a cat sleeping on the shelf", "add a cat sleeping on the shelf", state=VASE),
    _e("good. now remove the clay dust on the table", "remove the clay dust on the table", state=VASE),
    _e("right, so, the apron should be navy", "make the apron navy", state=VASE),
    _e("i think now we should make the studio brighter", "make the studio brighter", state=VASE),
    _e("just make the kiln look older", "make the kiln look older", state=VASE),
    _e("ok last thing i promise: add a plant on the windowsill", "add a plant on the windowsill", state=VASE),
    _e("make it glossy", "make the vase glossy", state=VASE),
    _e("now make it a bit taller", "make the vase a bit taller", state=VASE),
    _e("paint it with white polka dots", "paint the vase with white polka dots", state=VASE),
    _e("give it a rusty look", "give the tractor a rusty look", state=TRACTOR),
    _e("make it look brand new", "make the tractor look brand new", state=TRACTOR),
)

NEW_PHOTOS: tuple[Dev, ...] = (
    _e("here's another one, make the goat white", "make the goat white", state=NEW_PHOTO, photo=True),
    _e("new pic! can you remove the fence", "remove the fence", state=NEW_PHOTO, photo=True),
    _e("this one is from the aquarium, add a turtle", "add a turtle", state=NEW_PHOTO, photo=True),
    _e("same farm different day, make it foggy", "make it foggy", state=NEW_PHOTO, photo=True),
    _e("ok try this pic: turn it into a watercolor", "turn it into a watercolor", state=NEW_PHOTO, photo=True),
    _e(
        "uploaded the greenhouse, i want the plants to be in bloom",
        "make the plants in bloom",
        "make the plants bloom",
        state=NEW_PHOTO,
        photo=True,
    ),
    _e(
        "my treehouse 🌳 could you give it a blue door",
        "give it a blue door",
        "give the treehouse a blue door",
        photo=True,
    ),
    _e("pic from the rink, erase the boards ads", "erase the boards ads", photo=True),
    _e("here u go. brighten it up", "brighten it up", photo=True),
    _e(
        "chess in the park w my dad. make it look like an oil painting", "make it look like an oil painting", photo=True
    ),
    _e("the subway at rush hour, can you remove the crowd?", "remove the crowd", photo=True),
    _e("vineyard photo, the grapes should be darker", "make the grapes darker", photo=True),
)

EDITS: tuple[Dev, ...] = (
    *RARE_VERBS,
    *STYLES,
    *LIGHT_TIME_SEASON,
    *PEOPLE_AND_SWAPS,
    *REMOVALS,
    *QUESTIONS,
    *WISHES,
    *DESCRIPTIONS,
    *CONTEXT,
    *TWO_IN_ONE,
    *NON_NATIVE_AND_TYPOS,
    *FILLERS,
    *NEW_PHOTOS,
)
"""Edit requests: each expects one edit, or two for two requests in one turn."""

NEAR: tuple[Dev, ...] = (
    # questions about the photo
    _words("is that a tractor or a combine harvester?", TRACTOR),
    _words("how old do you think the greenhouse is"),
    _words("what kind of fish is the yellow one?"),
    _words("why does the ferris wheel look blurry", WHEEL),
    _words("is the vase in the middle handmade?", VASE),
    _words("who do you think is winning the chess game"),
    _words("does the sky look too grey to you?"),
    _words("what grapes grow in a vineyard like this"),
    _words("is the lamp too bright?"),
    _words("are those real flowers or plastic", VASE),
    # remarks
    _words("the goat looks so funny lol", TRACTOR),
    _words("my grandpa built that treehouse"),
    _words("the lamp was a gift from my aunt"),
    _words("i took this at 6am, it was freezing"),
    _words("the barn is actually red in real life", TRACTOR),
    _words("wow the pink wheel is gorgeous", WHEEL),
    _words("honestly the crowd gave it atmosphere", WHEEL),
    _words("the turquoise suits it", VASE),
    _words("cars everywhere in this city smh"),
    _words("my mom hates that lamp haha"),
    _words("the sky was way bluer that day"),
    _words("i used to skate on this rink as a kid"),
    # capability questions
    _words("can you do sunsets?"),
    _words("are you able to remove people from photos?"),
    _words("do you know how to make things look older?"),
    _words("can you change seasons in a picture?"),
    _words("could you do anime styles?"),
    _words("is it possible to add animals?"),
    _words("do you do watercolor effects?"),
    _words("can this thing swap faces?"),
    _words("what kinds of styles can you do"),
    _words("how good are you at removing cars?"),
    # vague turns
    _words("hmm, the lamp", act="clarify"),
    _words("the sky...", act="clarify"),
    _words("something about the tractor", TRACTOR, act="clarify"),
    _words("the colours idk", act="clarify"),
    _words("make it pop", act="clarify"),
    _words("change the", act="clarify"),
    _words("can you fix it", act="clarify"),
    _words("idk do something cool", act="clarify"),
    _words("the background maybe?", act="clarify"),
    _words("hmm the vase", VASE, act="clarify"),
    _words("make it nicer", act="clarify"),
    _words("what would you change", act="clarify"),
    # out of scope
    _words("remove my ex from my life lol"),
    _words("write a caption for instagram about this farm", TRACTOR),
    _words("make me a shopping list for a bbq"),
    _words("add me to your mailing list"),
    _words("translate 'ferris wheel' into french", WHEEL),
    _words("remove the virus from my laptop"),
    _words("change my password please"),
    _words("turn off the lights in my house"),
    _words("paint my bedroom walls blue, how much would it cost?"),
    _words("brighten my day with a joke"),
    _words("remind me to water the plants tomorrow"),
    _words("make a playlist for a road trip"),
    # captions of a new photo, no request
    _words("here's another one from the farm", NEW_PHOTO, photo=True, act="caption"),
    _words("the aquarium pic", photo=True, act="caption"),
    _words("my sister at her graduation 🎓", photo=True, act="caption"),
    _words("this one's from the vineyard", photo=True, act="caption"),
)
"""Look-alike turns that expect no call."""


def plainedits_cases() -> list[EvalCase]:
    """Every plain-edit turn as an `assistant.evaluation` case (`EDITS`, then `NEAR`)."""
    return as_cases((*EDITS, *NEAR), "plainedits")
