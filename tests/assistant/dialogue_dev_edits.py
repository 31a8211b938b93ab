"""A development round for plain edit requests: how people really ask a photo editor for a change.

Written by hand before running the model on it, about scenes the other dev sets do not use (a
lighthouse, a horse, a bakery shopfront, a wedding, a street with a taxi, a mountain lake, a
cathedral). `EDITS` holds plain edit requests of every kind (recolour, remove, add, replace, style,
lighting, weather, text, faces, clothes, hair, background), one to three in a turn, with lead-ins,
politeness, wishes, descriptions of the wanted result, "it"/"them" after an earlier edit, typos,
non-native English, capitals, emoji and captions of a new photo; and look-alike turns that are not
edits (questions, praise, captions, out-of-scope requests with edit verbs), which expect no call.
An expected instruction is what a careful person would pass to the edit tool; a tuple lists the
equally right ones. Same format as `dialogue_dev.Dev`.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _edits, as_cases

HORSE = ((None, None), (0, "make the horse white"))
LIGHTHOUSE = ((None, None), (0, "paint the lighthouse red"))
CURTAINS = ((None, None), (0, "make the curtains green"))
SHOP = ((None, None), (0, "remove the scaffolding"), (1, "make the awning striped"))
NEW_PHOTO = (*HORSE, (None, None))
"""A second photo after an edited one; with `photo=True` the upload is the current round."""


def _e(text: str, *instructions: str, state: tuple = UPLOAD, photo: bool = False) -> Dev:
    return (text, photo, state, "edit", _edit(*instructions))


def _words(text: str, state: tuple = UPLOAD, photo: bool = False, act: str = "talk") -> Dev:
    return (text, photo, state, act, ())


RECOLOUR: tuple[Dev, ...] = (
    _e("make the lighthouse red", "make the lighthouse red"),
    _e("can you paint the front door of the bakery dark green?", "paint the front door of the bakery dark green"),
    _e("turn the taxi purple pls", "turn the taxi purple"),
    _e("I'd like the shutters painted navy blue", "paint the shutters navy blue"),
    _e("the canoe should be yellow", "make the canoe yellow"),
    _e("could the parrot's feathers be more orange?", "make the parrot's feathers more orange"),
    _e("change the colour of the bridge to gold", "change the colour of the bridge to gold"),
    _e("recolour the skateboard lime green", "recolour the skateboard lime green"),
    _e("dye her hair pink", "dye her hair pink"),
    _e(
        "i want the armchair in mustard yellow",
        "make the armchair mustard yellow",
        "make the armchair in mustard yellow",
    ),
    _e("MAKE THE BALLOONS SILVER", "make the balloons silver"),
    _e("make the horse's mane black 🖤", "make the horse's mane black"),
    _e("tint the car windows darker", "tint the car windows darker"),
    _e("can u make the grass on the pitch greener", "make the grass on the pitch greener"),
    _e("i'd like the fence painted white", "paint the fence white"),
    _e("Would love the cathedral doors in bronze", "make the cathedral doors bronze"),
    _e("the scarf needs to be red", "make the scarf red"),
    _e("paint the barn a deep burgundy", "paint the barn a deep burgundy"),
    _e("give the walls of the cafe a pastel mint colour", "give the walls of the cafe a pastel mint colour"),
    _e("the bride's bouquet should be all white roses", "make the bride's bouquet all white roses"),
    _e("please change the tram stop sign to blue", "change the tram stop sign to blue"),
    _e("make the kayak orange instead of grey", "make the kayak orange instead of grey", "make the kayak orange"),
    _e("hmm let's make the mailbox bright yellow", "make the mailbox bright yellow"),
    _e("colour the lanterns gold", "colour the lanterns gold"),
)

REMOVE: tuple[Dev, ...] = (
    _e("remove the power lines", "remove the power lines"),
    _e("get rid of the tourists in front of the cathedral", "get rid of the tourists in front of the cathedral"),
    _e("I want the car gone", "remove the car"),
    _e("can you erase the scratch on her cheek?", "erase the scratch on her cheek"),
    _e("take out the trash bags next to the bakery", "take out the trash bags next to the bakery"),
    _e("delete the photobomber on the left", "delete the photobomber on the left"),
    _e("the traffic cone needs to go", "remove the traffic cone"),
    _e("remvoe the graffiti from the wall", "remove the graffiti from the wall"),
    _e("could you remove the guy in the red shirt", "remove the guy in the red shirt"),
    _e("lose the lens flare", "remove the lens flare", "lose the lens flare"),
    _e("clear the clouds out of the sky", "clear the clouds out of the sky"),
    _e("remove the reflection on her glasses", "remove the reflection on her glasses"),
    _e("remove the stickers from the fridge", "remove the stickers from the fridge"),
    _e("erase the skateboarder's shadow", "erase the skateboarder's shadow"),
    _e("crop out the finger in the corner", "crop out the finger in the corner"),
    _e("I need the logo on his shirt removed", "remove the logo on his shirt"),
    _e("could you get rid of the dust spots", "get rid of the dust spots"),
    _e("take the ladder away please", "take the ladder away"),
    _e("the rubbish on the pavement has to go", "remove the rubbish on the pavement"),
    _e("remove the text on the t-shirt", "remove the text on the t-shirt"),
    _e("please delete the timestamp", "delete the timestamp"),
    _e("wipe the fingerprints off the window", "wipe the fingerprints off the window"),
)

ADD: tuple[Dev, ...] = (
    _e("add a rainbow over the lighthouse", "add a rainbow over the lighthouse"),
    _e("put a party hat on the dog", "put a party hat on the dog"),
    _e("could you add some snow on the cabin roof?", "add some snow on the cabin roof"),
    _e("add a couple of ducks on the lake", "add a couple of ducks on the lake"),
    _e("i'd love a hot air balloon in the sky", "add a hot air balloon in the sky"),
    _e("stick a mustache on the statue", "stick a mustache on the statue"),
    _e("add fireworks over the bridge 🎆🎆", "add fireworks over the bridge"),
    _e("place a vase of tulips on the counter", "place a vase of tulips on the counter"),
    _e("add steam rising from the pasta", "add steam rising from the pasta"),
    _e("add a seagull on the railing", "add a seagull on the railing"),
    _e("put sunglasses on the horse lol", "put sunglasses on the horse"),
    _e("add a little red bow to the puppy's collar", "add a little red bow to the puppy's collar"),
    _e("add a wooden fence around the paddock", "add a wooden fence around the paddock"),
    _e("add autumn leaves on the path", "add autumn leaves on the path"),
    _e("add a neon glow to the sign", "add a neon glow to the sign"),
    _e("I'd like a sunset behind the hills", "add a sunset behind the hills"),
    _e(
        "there should be more people on the dance floor",
        "add more people on the dance floor",
        "add more people to the dance floor",
    ),
    _e("put a tie on the groom", "put a tie on the groom"),
    _e("add a beard to the man on the right", "add a beard to the man on the right"),
    _e("give the girl a flower crown", "give the girl a flower crown"),
    _e("give the cat a wizard hat ✨", "give the cat a wizard hat"),
    _e("add hearts around the couple 😍😍", "add hearts around the couple"),
    _e("add a scooter leaning against the shop window", "add a scooter leaning against the shop window"),
    _e(
        "pop a cherry on top of the milkshake",
        "put a cherry on top of the milkshake",
        "pop a cherry on top of the milkshake",
    ),
    _e("add candles to the birthday cake", "add candles to the birthday cake"),
    _e("draw a chalk hopscotch on the pavement", "draw a chalk hopscotch on the pavement"),
)

REPLACE: tuple[Dev, ...] = (
    _e("replace the taxi with a vintage bus", "replace the taxi with a vintage bus"),
    _e("swap the cake for a stack of pancakes", "swap the cake for a stack of pancakes"),
    _e("change the horse into a zebra", "change the horse into a zebra"),
    _e("replace the grey sky with a sunset", "replace the grey sky with a sunset"),
    _e("turn the puddle into a small pond", "turn the puddle into a small pond"),
    _e("swap her earrings for pearl ones", "swap her earrings for pearl ones"),
    _e("replace the plastic chairs with wooden ones", "replace the plastic chairs with wooden ones"),
    _e("turn the lake into a frozen ice rink", "turn the lake into a frozen ice rink"),
    _e("can the pigeons be parrots instead", "replace the pigeons with parrots", "make the pigeons parrots"),
    _e("exchange the roses for sunflowers", "replace the roses with sunflowers", "exchange the roses for sunflowers"),
)

STYLE: tuple[Dev, ...] = (
    _e("make it look like a watercolor painting", "make it look like a watercolor painting"),
    _e("turn the photo into a pencil sketch", "turn the photo into a pencil sketch"),
    _e("give the whole picture a vintage film look", "give the whole picture a vintage film look"),
    _e("can you make this look like a van gogh painting", "make this look like a van gogh painting"),
    _e("make it black and white", "make it black and white"),
    _e("convert the picture to sepia", "convert the picture to sepia"),
    _e("for fun, make it pixel art", "make it pixel art"),
    _e("give the statue a golden finish", "give the statue a golden finish"),
    _e("make the portrait look like an oil painting", "make the portrait look like an oil painting"),
    _e("cartoonify the kids", "cartoonify the kids"),
    _e("could you give it a comic book style?", "give it a comic book style"),
)

LIGHT_AND_WEATHER: tuple[Dev, ...] = (
    _e("brighten the faces, they're too dark", "brighten the faces"),
    _e("darken the background a little", "darken the background a little"),
    _e("add some dramatic lighting to the cathedral", "add some dramatic lighting to the cathedral"),
    _e("the photo is too dark, can you brighten it?", "brighten the photo", "brighten it"),
    _e("turn on the street lamps", "turn on the street lamps"),
    _e("could it be night time?", "make it night time", "make it nighttime", "make it night"),
    _e("make it sunset", "make it sunset"),
    _e("give the lake a soft morning glow", "give the lake a soft morning glow"),
    _e("make it snow", "make it snow"),
    _e("add rain and puddles on the street", "add rain and puddles on the street"),
    _e("the sky should look stormy", "make the sky look stormy", "make the sky stormy"),
    _e("add fog around the lighthouse", "add fog around the lighthouse"),
    _e("make it look like a foggy morning", "make it look like a foggy morning"),
    _e("turn the summer scene into winter", "turn the summer scene into winter"),
    _e("make the street wet like after rain", "make the street wet like after rain"),
    _e("change the season to autumn", "change the season to autumn"),
    _e("make the car's headlights glow", "make the car's headlights glow"),
    _e("warm up the colours a bit", "warm up the colours a bit"),
    _e("i wish the sky was more dramatic", "make the sky more dramatic"),
    _e("the water should be crystal clear", "make the water crystal clear"),
    _e("make the sunset more pink 🌅", "make the sunset more pink"),
    _e("put a thunderstorm over the mountains", "put a thunderstorm over the mountains"),
)

TEXT: tuple[Dev, ...] = (
    _e("change the sign to say OPEN", "change the sign to say OPEN"),
    _e("make the bakery sign read 'Rosa's Bread'", "make the bakery sign read 'Rosa's Bread'"),
    _e("write happy birthday sam on the cake", "write happy birthday sam on the cake"),
    _e("can the banner say welcome home?", "make the banner say welcome home"),
    _e("replace the street name on the sign with Maple Ave", "replace the street name on the sign with Maple Ave"),
    _e("put the word SOLD across the house sign", "put the word SOLD across the house sign"),
    _e("the chalkboard should say 'today: soup'", "make the chalkboard say 'today: soup'"),
)

PEOPLE: tuple[Dev, ...] = (
    _e("make him smile", "make him smile"),
    _e("give her curly hair", "give her curly hair"),
    _e("open the kid's eyes, he blinked", "open the kid's eyes"),
    _e("remove the red eye", "remove the red eye"),
    _e("change her dress to emerald green", "change her dress to emerald green"),
    _e("make the bride's veil longer", "make the bride's veil longer"),
    _e("remove the wrinkles on his forehead", "remove the wrinkles on his forehead"),
    _e("make his hair grey", "make his hair grey"),
    _e("whiten her teeth a bit", "whiten her teeth a bit"),
    _e("put a denim jacket on the boy", "put a denim jacket on the boy"),
    _e("make the groom's suit navy", "make the groom's suit navy"),
    _e("give the old man glasses", "give the old man glasses"),
    _e("make her lipstick a softer red", "make her lipstick a softer red"),
)

BACKGROUND: tuple[Dev, ...] = (
    _e("blur the background", "blur the background"),
    _e("make the background plain white", "make the background plain white"),
    _e("replace the background with a mountain view", "replace the background with a mountain view"),
    _e("change the background to a starry night sky", "change the background to a starry night sky"),
    _e("remove the background", "remove the background"),
    _e("can you swap the background for a brick wall?", "swap the background for a brick wall"),
    _e("i want the background to be a forest", "make the background a forest"),
)

SEVERAL: tuple[Dev, ...] = (
    (
        "remove the power lines and make the sky bluer",
        False,
        UPLOAD,
        "edit",
        _edits("remove the power lines", "make the sky bluer"),
    ),
    ("add a rainbow, then brighten the grass", False, UPLOAD, "edit", _edits("add a rainbow", "brighten the grass")),
    (
        "make the taxi green. also remove the cyclist",
        False,
        UPLOAD,
        "edit",
        _edits("make the taxi green", "remove the cyclist"),
    ),
    (
        "blur the background, whiten her teeth and remove the pimple on her chin",
        False,
        UPLOAD,
        "edit",
        _edits("blur the background", "whiten her teeth", "remove the pimple on her chin"),
    ),
    (
        "first remove the scaffolding, then paint the shopfront blue",
        False,
        UPLOAD,
        "edit",
        _edits("remove the scaffolding", "paint the shopfront blue"),
    ),
    (
        "can you make the horse brown and add a saddle",
        False,
        UPLOAD,
        "edit",
        _edits("make the horse brown", "add a saddle"),
    ),
    (
        "get rid of the cars and put some trees along the road",
        False,
        UPLOAD,
        "edit",
        _edits("get rid of the cars", "put some trees along the road"),
    ),
    (
        "delete the date stamp; make the colours warmer",
        False,
        UPLOAD,
        "edit",
        _edits("delete the date stamp", "make the colours warmer"),
    ),
    (
        "Add a cat on the windowsill and remove the plant pot",
        False,
        UPLOAD,
        "edit",
        _edits("add a cat on the windowsill", "remove the plant pot"),
    ),
    (
        "please remove the bin, add a bench, and make the lamp post black",
        False,
        UPLOAD,
        "edit",
        _edits("remove the bin", "add a bench", "make the lamp post black"),
    ),
    (
        "make the lighthouse white and add a red stripe around it",
        False,
        UPLOAD,
        "edit",
        _edits("make the lighthouse white", ("add a red stripe around the lighthouse", "add a red stripe around it")),
    ),
    (
        "1. remove the tourists 2. make the sky pink",
        False,
        UPLOAD,
        "edit",
        _edits("remove the tourists", "make the sky pink"),
    ),
    (
        "could you brighten the faces and also blur the crowd behind them?",
        False,
        UPLOAD,
        "edit",
        _edits("brighten the faces", "blur the crowd behind them"),
    ),
    (
        "erase the wires. add birds on the roof. make it sunset",
        False,
        UPLOAD,
        "edit",
        _edits("erase the wires", "add birds on the roof", "make it sunset"),
    ),
)

POLITE: tuple[Dev, ...] = (
    _e(
        "hiya! could you please make the lighthouse stripes red and white?", "make the lighthouse stripes red and white"
    ),
    _e("so basically i want you to remove the crowd behind us", "remove the crowd behind us"),
    _e("good morning! would it be possible to brighten the kitchen?", "brighten the kitchen"),
    _e("Hello there, I was hoping you could remove the lamppost from the shot", "remove the lamppost from the shot"),
    _e("If you don't mind, add a little sailboat on the horizon", "add a little sailboat on the horizon"),
    _e("my sister wants to know if you can make her dress blue", "make her dress blue"),
    _e("ok next one: add a flag on top of the castle", "add a flag on top of the castle"),
    _e("one thing - the horse's tail should be braided", "braid the horse's tail", "make the horse's tail braided"),
    _e("Could you kindly remove the date in the corner?", "remove the date in the corner"),
    _e("hey quick question, can you put a hat on the snowman?", "put a hat on the snowman"),
    _e("thanks in advance! make the tablecloth checkered", "make the tablecloth checkered"),
    _e("if possible i'd like the walls to look like exposed brick", "make the walls look like exposed brick"),
    _e("I'd really like it if the river looked bluer", "make the river bluer", "make the river look bluer"),
    _e("it would be great if you could add a dog next to the bench", "add a dog next to the bench"),
    _e("Is it possible to make the clouds look fluffier?", "make the clouds look fluffier"),
    _e("can I have the car in black?", "make the car black"),
    _e("I'd prefer the tiles to be white", "make the tiles white"),
    _e("do you think you could remove the scaffolding for me?", "remove the scaffolding"),
    _e("right, now please add a moon above the cathedral", "add a moon above the cathedral"),
    _e("i'd appreciate it if you could straighten the horizon", "straighten the horizon"),
    _e("mind adding a rainbow behind the waterfall?", "add a rainbow behind the waterfall"),
    _e("I was wondering if you could make the lake look calmer", "make the lake look calmer"),
    _e("sorry to bother you, can you remove the bird droppings on the car", "remove the bird droppings on the car"),
    _e("alright so the next thing is to make the door red", "make the door red"),
    _e("please please please get rid of the ugly bin", "get rid of the ugly bin"),
    _e("help me remove the person on the right", "remove the person on the right"),
    _e("Can you help me make the sky less washed out?", "make the sky less washed out"),
    _e("what I want is the lanterns lit up", "light up the lanterns", "make the lanterns lit up"),
    _e("make it so the door is open", "open the door", "make the door open"),
)

IT_AFTER_AN_EDIT: tuple[Dev, ...] = (
    _e("now make it gallop", "make the horse gallop", state=HORSE),
    _e("add a saddle to it", "add a saddle to the horse", state=HORSE),
    _e("give it a braided mane", "give the horse a braided mane", state=HORSE),
    _e("make it a bit darker", "make the horse a bit darker", state=HORSE),
    _e("perfect! now give it some dapples", "give the horse some dapples", state=HORSE),
    _e("add a light beam coming from it", "add a light beam coming from the lighthouse", state=LIGHTHOUSE),
    _e("now make it taller", "make the lighthouse taller", state=LIGHTHOUSE),
    _e("make it glossy", "make the lighthouse glossy", state=LIGHTHOUSE),
    _e("make them longer", "make the curtains longer", state=CURTAINS),
    _e("cool, make them a little sheer too", "make the curtains a little sheer", state=CURTAINS),
    _e("make it red and white", "make the awning red and white", state=SHOP),
    _e("nice, now add a bicycle rack by the door", "add a bicycle rack by the door", state=SHOP),
    _e("now remove the horse's saddle", "remove the horse's saddle", state=HORSE),
    _e("add a foal next to the horse", "add a foal next to the horse", state=HORSE),
    _e("next, make the sky orange", "make the sky orange", state=LIGHTHOUSE),
    _e("ok and put some waves crashing on the rocks", "put some waves crashing on the rocks", state=LIGHTHOUSE),
    _e("and remove the flower pots", "remove the flower pots", state=SHOP),
    _e("also make the window frames white", "make the window frames white", state=CURTAINS),
)

TYPOS: tuple[Dev, ...] = (
    _e("mkae the sky orange", "make the sky orange"),
    _e("remoev the streetlight", "remove the streetlight"),
    _e("chnage the car colour to blue", "change the car colour to blue"),
    _e("add a smal boat on the lake", "add a small boat on the lake", "add a smal boat on the lake"),
    _e("replcae the dog with a fox", "replace the dog with a fox"),
    _e("pleaes add snow on the mountains", "add snow on the mountains"),
    _e("cuold you blur the faces in the crowd", "blur the faces in the crowd"),
    _e("mak teh grass greener", "make the grass greener"),
    _e("pls remove teh sign", "remove the sign"),
    _e("cna you make the flowers purple", "make the flowers purple"),
    _e("turn teh lights off in the windows", "turn the lights off in the windows"),
    _e("can yuo put a crown on the queen", "put a crown on the queen"),
)

NON_NATIVE: tuple[Dev, ...] = (
    _e("please to remove the man from picture", "remove the man from picture", "remove the man from the picture"),
    _e(
        "you can make the hair of the girl more long?",
        "make the hair of the girl more long",
        "make the girl's hair longer",
    ),
    _e("i want that you put a crown on the cat", "put a crown on the cat"),
    _e("is possible change the sky for sunset?", "change the sky for sunset", "change the sky to a sunset"),
    _e("delete please the car from the street", "delete the car from the street"),
    _e("put for me a sun in the sky", "put a sun in the sky"),
    _e("i need you make the dog more big", "make the dog more big", "make the dog bigger"),
    _e("you remove the shadow please", "remove the shadow"),
    _e("can to add flowers in the vase?", "add flowers in the vase"),
    _e("make the colour of car red", "make the colour of car red", "make the car red"),
)

CAPS_AND_EMOJI: tuple[Dev, ...] = (
    _e("REMOVE THE WIRES PLEASE", "remove the wires"),
    _e("ADD A DRAGON FLYING OVER THE CASTLE!!", "add a dragon flying over the castle"),
    _e("CAN YOU MAKE THE CAR MATTE BLACK", "make the car matte black"),
    _e("🙏 please remove the ex from this photo", "remove the ex from this photo"),
    _e("make the puppy's fur fluffier 🐶", "make the puppy's fur fluffier"),
    _e("add a unicorn in the field 🦄🦄🦄", "add a unicorn in the field"),
    _e("Make The Door Yellow", "make the door yellow"),
    _e("pls add balloons!!! 🎈", "add balloons"),
)

CAPTIONS: tuple[Dev, ...] = (
    _e(
        "our new puppy! can you give him a tiny party hat",
        "give him a tiny party hat",
        "give the puppy a tiny party hat",
        photo=True,
    ),
    _e("sunset at the pier — make the colours warmer", "make the colours warmer", photo=True),
    _e("this is our shop, please remove the scaffolding", "remove the scaffolding", photo=True),
    _e("graduation pic 🎓 remove the guy in the background", "remove the guy in the background", photo=True),
    _e("another one from the wedding: brighten the bride's face", "brighten the bride's face", photo=True),
    _e("new pic! add a rainbow to this one", "add a rainbow", "add a rainbow to this one", state=NEW_PHOTO, photo=True),
    _e("Could you remove the red car from this photo?", "remove the red car from this photo", photo=True),
    _e("here's the lighthouse from our trip, make the sky more dramatic", "make the sky more dramatic", photo=True),
    _e("from the farm. add a rooster on the fence", "add a rooster on the fence", photo=True),
    _e("my nan's 90th 🎂 write 'Happy 90th Nan' on the cake", "write 'Happy 90th Nan' on the cake", photo=True),
    _e(
        "the horse again - paint it brown this time",
        "paint the horse brown",
        "paint it brown",
        state=NEW_PHOTO,
        photo=True,
    ),
    _e("new photo, same street. turn the taxi yellow", "turn the taxi yellow", state=NEW_PHOTO, photo=True),
)

NOT_EDITS: tuple[Dev, ...] = (
    # questions about the photo or about what the tool can do
    _words("what breed is the horse?", HORSE),
    _words("is that lighthouse still working, do you think?", LIGHTHOUSE),
    _words("how many people are in this photo", UPLOAD),
    _words("can you add text to images?", UPLOAD),
    _words("are you able to remove people from photos?", ()),
    _words("do you do background removal?", ()),
    _words("do you colorize old photos?", ()),
    _words("what kind of edits can you make to faces?", UPLOAD),
    _words("could you change the season in a photo, in theory?", UPLOAD),
    _words("why did the horse come out so white?", HORSE),
    # praise of an attribute, descriptions, captions without a request
    _words("love the white horse", HORSE),
    _words("ooh the red is gorgeous", LIGHTHOUSE),
    _words("the green curtains look so good", CURTAINS),
    _words("that awning is perfect now", SHOP),
    _words("the sky looks stormy already", UPLOAD),
    _words("I removed the sticker before taking the photo", UPLOAD),
    _words("the car is my dad's", UPLOAD),
    _words("my grandpa's farm in 1985", UPLOAD, photo=True, act="caption"),
    _words("sunset from the ferry 🌅", UPLOAD, photo=True, act="caption"),
    _words("the one from yesterday", NEW_PHOTO, photo=True, act="caption"),
    _words("our bakery on opening day!", UPLOAD, photo=True, act="caption"),
    _words("me and my sister at the lake", UPLOAD, photo=True, act="caption"),
    _words("i painted this wall myself last summer", UPLOAD, photo=True, act="caption"),
    # out of scope, with edit verbs
    _words("make me a sandwich", UPLOAD),
    _words("add me on instagram", HORSE),
    _words("remove my account", HORSE),
    _words("change your name", UPLOAD),
    _words("draw me a diagram of a neural network", UPLOAD),
    _words("make a reservation for two at 8pm", UPLOAD),
    _words("add this to my calendar", HORSE),
    _words("delete my data from your servers", HORSE),
    _words("turn off the lights in my house", UPLOAD),
    _words("paint me a picture of a dragon from scratch", ()),
    _words("change the app language to german", UPLOAD),
    _words("make me a coffee", UPLOAD),
    _words("remove the ads from this app", UPLOAD),
    _words("write a caption for this for instagram", UPLOAD),
    _words("put on some music", UPLOAD),
    _words("change my password", HORSE),
    _words("make a shopping list for dinner", UPLOAD),
    _words("turn the volume up", UPLOAD),
    _words("replace my phone's battery", UPLOAD),
    # holding back, negations, opinions
    _words("don't remove the horse", HORSE),
    _words("no need to change the sky", LIGHTHOUSE),
    _words("let me think about what colour the door should be", UPLOAD),
    _words("I'm not sure whether the sky should be pink or purple", UPLOAD, act="clarify"),
    _words("leave the background as it is for now", UPLOAD),
    _words("wait, don't add anything yet", UPLOAD),
    _words("would the car look better in red?", UPLOAD),
    _words("do you think I should remove the fence?", UPLOAD),
    _words("which colour would suit the front door?", UPLOAD),
)

EDITS: tuple[Dev, ...] = (
    *RECOLOUR,
    *REMOVE,
    *ADD,
    *REPLACE,
    *STYLE,
    *LIGHT_AND_WEATHER,
    *TEXT,
    *PEOPLE,
    *BACKGROUND,
    *SEVERAL,
    *POLITE,
    *IT_AFTER_AN_EDIT,
    *TYPOS,
    *NON_NATIVE,
    *CAPS_AND_EMOJI,
    *CAPTIONS,
    *NOT_EDITS,
)
"""Plain edit requests and look-alike turns, written before the model was run on them."""


def edits_cases() -> list[EvalCase]:
    """The edits round's cases, judged as the held-out set is."""
    return as_cases(EDITS, "edits")
