"""Round 37, set h: long, chatty turns that wrap one request (or none, or two) in talk: a greeting, a story,
a reason, praise, a complaint or a question around an edit, a retry, a correction, a move or a request about
the session, and thinking aloud that ends in no request at all.

Written by hand in round 37 by a helper session, from what a demanding user wants (issue 10's table of
behaviours and the README's "Talking to it"), before the dialogue model was run on any of it, about photos no
other set uses, all of vineyards, breweries and barbers: grape pickers in a vineyard row, oak barrels in a
cellar, a brewer by copper kettles, a tasting room bar, a barber shaving a customer, a barbershop pole, a wine
shop shelf and a hop field at harvest (and second photos of some of them). Sessions have 0 to 4 edits, some
after a retry, a correction or an undo (a sibling of an earlier edit), some with a second photo, and some turns
come after an undo or a goto (the current round an older one).

Four families, every turn 10 to 40 words as people write to a chat assistant (lowercase, typos, slang, emoji,
run-ons, non-native English, polite padding, a few capitals): edits wrapped in greetings, stories, reasons and
questions, one or two requests per turn, with "it" and "them" resolved to the last edit's object or the thing
just talked about; praise or complaints around a retry (plain, stronger, weaker) or a correction of the last
edit's object, attribute, place or wording; questions and complaints around an undo, a redo, a goto, a show, a
comparison, a status or history request, a share, a revoke or an export, and references to rounds that do not
exist; and thinking aloud, captions of a new photo, out-of-scope requests and vague wishes answered in words or
with one short question. About a quarter of each family are near misses whose right answer is another act: an
edit only told of, kept for later or turned down, a question about what it can do, an edit on top instead of a
retry, an undo or a goto where a correction seemed near, a photo edit whose verb names a move in the session,
and thinking aloud that does end in a request. The cases have the development set's format (`Dev`: turn,
photo, state, act, calls); `MOVED` holds turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    REVOKE,
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

PICKERS = ((None, None), (0, "give the picker in front a straw hat"))
"""Grape pickers with crates in a vineyard row, with one edit."""
PICKERS3 = (*PICKERS, (1, "make the grapes in the crates darker"), (2, "add a tractor at the end of the row"))
"""The grape pickers with three edits, each on the one before."""
CELLAR = ((None, None), (0, "make the cellar lights warmer"))
"""Oak barrels stacked in a vaulted wine cellar, with one edit."""
CELLAR2 = (*CELLAR, (1, "add chalk numbers on the barrels"))
"""The barrel cellar with two edits, the second on the first."""
CELLAR_RETRIED = (*CELLAR, (0, "make the cellar lights warmer"))
"""The barrel cellar after a retry: round 2 is a second try of round 1, from the original."""
KETTLES = ((None, None), (0, "make the copper kettles shinier"), (1, "add steam rising from the kettles"))
"""A brewer standing by copper brewing kettles, with two edits."""
KETTLES_SHINE = KETTLES[:2]
"""The brewer by the kettles with only the shine edit."""
KETTLES4 = (*KETTLES, (2, "give the brewer a leather apron"), (3, "add a chalkboard menu on the back wall"))
"""The brewer by the kettles with four edits, each on the one before."""
TASTING = ((None, None), (0, "make the bar top dark walnut"))
"""A winery's tasting room bar with stools and pendant lights, with one edit."""
TASTING_FIXED = (*TASTING, (0, "make the bar top light oak"))
"""The tasting room after a correction: round 2 was made from the original, beside round 1."""
TASTING2 = (*TASTING, (1, "add a row of wine glasses on the bar"))
"""The tasting room with two edits, the second on the first."""
BARBER = ((None, None), (0, "make the barber's shirt black"))
"""A barber shaving a customer in a leather chair, with one edit."""
BARBER3 = (*BARBER, (1, "add a vintage radio on the counter"), (2, "make the leather chair dark red"))
"""The barber and his customer with three edits, each on the one before."""
POLE = ((None, None), (0, "make the red stripes on the pole brighter"))
"""A barbershop pole beside a shop window on a brick wall, with one edit."""
POLE_BRANCH = (*POLE, (1, "add a neon open sign in the window"), (1, "add snow on the awning"))
"""The barbershop pole after an undo: round 3 was made from round 1, beside round 2."""
SHELF = ((None, None), (0, "remove the price tags from the shelf"), (1, "add a bottle of champagne on the top shelf"))
"""A wine shop shelf of bottles, with two edits."""
SHELF_TAGS = SHELF[:2]
"""The wine shop shelf with only the price tags edit."""
HOPS = ((None, None), (0, "make the sky a golden sunset"))
"""A hop field at harvest, bines on tall wires and pickers by a trailer, with one edit."""
HOPS3 = (*HOPS, (1, "add a red tractor between the rows"), (2, "make the hop cones brighter green"))
"""The hop field with three edits, each on the one before."""
TWO_PHOTOS = ((None, None), (None, None))
"""A first photo with no edit, then a second upload."""

AFTER_PICKERS = (*PICKERS, (None, None))
"""The grape pickers with the hat edit, then a new photo."""
AFTER_KETTLES = (*KETTLES, (None, None))
"""The brewer session with two edits, then a new photo."""
AFTER_BARBER3 = (*BARBER3, (None, None))
"""The barber session with three edits, then a new photo."""
AFTER_HOPS = (*HOPS, (None, None))
"""The hop field with the sunset edit, then a new photo."""
AFTER_SHELF = (*SHELF, (None, None))
"""The wine shop shelf with two edits, then a new photo."""

WRAPPED_EDITS: tuple[Dev, ...] = (
    # greetings, then an edit
    (
        "hi there!! hope ur having a good day 🙂 this is my uncle's vineyard, could you give the picker on the far "
        "left a red bandana?",
        True,
        UPLOAD,
        "edit",
        _edit("give the picker on the far left a red bandana"),
    ),
    (
        "good morning! quick one before my shift at the cellar door starts: please take out the plastic crates at "
        "the end of the row, they look so cheap",
        False,
        UPLOAD,
        "edit",
        _edit(
            "take out the plastic crates at the end of the row",
            "remove the plastic crates at the end of the row",
            "take out the plastic crates",
            "remove the plastic crates",
        ),
    ),
    (
        "Hello, I hope this is the right place to ask. I would like the copper kettles to look polished, like brand "
        "new, for our brewery's anniversary poster.",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the copper kettles look polished like brand new",
            "make the copper kettles look polished",
            "polish the copper kettles",
        ),
    ),
    (
        "hey hey, long time no see lol. new project: the barbershop pole outside my dad's shop, can u make the "
        "stripes red and gold instead of red and blue",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the stripes red and gold instead of red and blue",
            "make the stripes red and gold",
            "make the stripes on the pole red and gold",
            "make the pole's stripes red and gold",
            "make the stripes on the barbershop pole red and gold instead of red and blue",
        ),
    ),
    (
        "yo! so the tasting room got a makeover last month but this pic is from before. could you make the walls a "
        "deep green so i can show the owner an idea",
        False,
        UPLOAD,
        "edit",
        _edit("make the walls a deep green", "make the walls deep green"),
    ),
    (
        "Good evening. My father is the barber in this photo and he is retiring next week. Please remove the tissue "
        "box from the counter, it distracts from him.",
        False,
        UPLOAD,
        "edit",
        _edit("remove the tissue box from the counter", "remove the tissue box"),
    ),
    (
        "hiya, first time using this 😅 the wine shop shelf looks kinda empty on the bottom row, could you fill it "
        "with bottles of red wine?",
        False,
        UPLOAD,
        "edit",
        _edit(
            "fill the bottom row with bottles of red wine",
            "fill the bottom row of the shelf with bottles of red wine",
            "fill the bottom shelf with bottles of red wine",
            "fill the bottom row of the wine shop shelf with bottles of red wine",
        ),
    ),
    (
        "hello from bavaria! harvest is finally done and I love this shot of the hop field, but the power lines "
        "across the top bother me. can you erase them?",
        False,
        UPLOAD,
        "edit",
        _edit("erase the power lines across the top", "erase the power lines", "remove the power lines"),
    ),
    (
        "hi again! for the cellar shot i'd like two changes: add a wooden ladder leaning on the barrels, and remove "
        "the fire extinguisher by the door. cheers",
        False,
        UPLOAD,
        "edit",
        _edits("add a wooden ladder leaning on the barrels", "remove the fire extinguisher by the door"),
    ),
    (
        "Dear assistant, I run a small wine shop in Lyon. For our autumn window, please add a few fallen leaves on "
        "the top shelf between the bottles. Merci!",
        False,
        UPLOAD,
        "edit",
        _edit("add a few fallen leaves on the top shelf between the bottles"),
    ),
    (
        "yo 👋 hops field pic, sky's boring af, make it stormy pls ⛈️ thx",
        False,
        UPLOAD,
        "edit",
        _edit("make the sky stormy"),
    ),
    (
        "omg hiii 😍😍 the bottles on the top shelf, turn them all into champagne pls, new years eve post 🥂",
        False,
        UPLOAD,
        "edit",
        _edit(
            "turn the bottles on the top shelf into champagne",
            "turn all the bottles on the top shelf into champagne",
            "turn them all into champagne",
        ),
    ),
    (
        "first of all thanks for existing lol, this app saved my marriage. now: the barber's mirror has a huge "
        "crack, please fix the crack in the mirror",
        False,
        UPLOAD,
        "edit",
        _edit("fix the crack in the mirror", "fix the crack in the barber's mirror"),
    ),
    # a story, then the request
    (
        "so funny story, my cousin photobombed the whole harvest by standing in the back row waving. can you "
        "remove the guy waving in the back",
        False,
        UPLOAD,
        "edit",
        _edit("remove the guy waving in the back", "remove the guy waving in the back row"),
    ),
    (
        "we had a leak in the cellar last winter and the floor still has that big stain in front of the barrels 🙄 "
        "could you clean up the stain on the floor",
        False,
        UPLOAD,
        "edit",
        _edit("clean up the stain on the floor", "clean up the stain on the floor in front of the barrels"),
    ),
    (
        "my friend opened a tiny craft brewery and this is her first batch day. she'd love it if there was a banner "
        "above the kettles saying 'Batch No. 1'",
        False,
        UPLOAD,
        "edit",
        _edit(
            "add a banner above the kettles saying 'Batch No. 1'",
            "put a banner above the kettles saying 'Batch No. 1'",
        ),
    ),
    (
        "the customer in the chair is my best mate and he's getting married saturday, so it'd be hilarious if he "
        "had a bow tie on under the cape",
        False,
        UPLOAD,
        "edit",
        _edit(
            "give the customer a bow tie under the cape",
            "put a bow tie on the customer under the cape",
            "give him a bow tie under the cape",
            "add a bow tie under the cape",
            "give the customer in the chair a bow tie under the cape",
        ),
    ),
    (
        "our tasting room closes at six and the sunset light through the window is the best part, but it came out "
        "grey in this shot. can you make the window light golden?",
        False,
        UPLOAD,
        "edit",
        _edit("make the window light golden", "make the light through the window golden"),
    ),
    (
        "my sister's wedding is at this winery!! could you hang string lights over the vine rows and put a little "
        "'just married' sign on the last post? she'll cry",
        False,
        UPLOAD,
        "edit",
        _edits(
            "hang string lights over the vine rows",
            ("put a little 'just married' sign on the last post", "put a 'just married' sign on the last post"),
        ),
    ),
    (
        "My daughter would love it if there was a little pony in the vineyard, she's obsessed with horses right "
        "now. Could you add one between the rows?",
        False,
        UPLOAD,
        "edit",
        _edit(
            "add a little pony between the rows",
            "add a little pony in the vineyard between the rows",
            "add a pony between the rows",
        ),
    ),
    (
        "so we were setting up for the tasting and someone left a half eaten sandwich right on the bar and nobody "
        "noticed until now can you get rid of the sandwich before my manager sees this",
        False,
        UPLOAD,
        "edit",
        _edit("get rid of the sandwich", "remove the sandwich", "remove the half eaten sandwich from the bar"),
    ),
    (
        "it's raining in the photo and the hop pickers look miserable lol, could you make it a sunny day instead? "
        "the farm wants cheerful pics",
        False,
        UPLOAD,
        "edit",
        _edit("make it a sunny day", "make it a sunny day instead"),
    ),
    # a request, then its reason
    (
        "please make the barrels look older and more weathered, the importer wants that rustic feeling for the "
        "catalogue",
        False,
        UPLOAD,
        "edit",
        _edit("make the barrels look older and more weathered"),
    ),
    (
        "blur the faces of the pickers in the back, they didn't sign the photo release and the site goes live tomorrow",
        False,
        UPLOAD,
        "edit",
        _edit("blur the faces of the pickers in the back"),
    ),
    (
        "can you remove the price stickers from the bottles? we're using this picture for a christmas ad and the "
        "prices have all changed since",
        False,
        UPLOAD,
        "edit",
        _edit("remove the price stickers from the bottles"),
    ),
    (
        "make the neon sign in the barbershop window say OPEN instead of CLOSED, people keep thinking we're shut "
        "when they see our instagram",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the neon sign in the barbershop window say OPEN instead of CLOSED",
            "make the neon sign in the barbershop window say OPEN",
            "make the neon sign say OPEN instead of CLOSED",
        ),
    ),
    (
        "I'm putting together a flyer for the barbershop's 50th birthday, please add a small gold '50' on the shop "
        "window above the pole",
        False,
        UPLOAD,
        "edit",
        _edit("add a small gold '50' on the shop window above the pole"),
    ),
    (
        "my boss asked me to get rid of the recycling bins behind the bar in this tasting room pic, so please do "
        "that whenever",
        False,
        UPLOAD,
        "edit",
        _edit("get rid of the recycling bins behind the bar", "remove the recycling bins behind the bar"),
    ),
    (
        "the client wants the barrels to look like they're in a candlelit cave, not a warehouse, go ahead and make "
        "it happen",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the barrels look like they're in a candlelit cave not a warehouse",
            "make the barrels look like they're in a candlelit cave",
            "make the barrels look like they are in a candlelit cave",
        ),
    ),
    # two requests in one turn
    (
        "morning! two things for the tasting room pic please: swap the bar stools for leather ones and make the "
        "pendant lights warmer. thank you so much!",
        False,
        UPLOAD,
        "edit",
        _edits(
            ("swap the bar stools for leather ones", "replace the bar stools with leather ones"),
            "make the pendant lights warmer",
        ),
    ),
    (
        "ok so could you add a few crates of grapes next to the tractor, and also make the leaves a bit more autumn "
        "orange, it was october after all",
        False,
        UPLOAD,
        "edit",
        _edits(
            "add a few crates of grapes next to the tractor",
            ("make the leaves a bit more autumn orange", "make the leaves more autumn orange"),
        ),
    ),
    (
        "first remove the mop leaning against the kettle, then give the brewer a flat cap, he always wears one but "
        "forgot it that day lol",
        False,
        UPLOAD,
        "edit",
        _edits("remove the mop leaning against the kettle", "give the brewer a flat cap"),
    ),
    (
        "hi!! can you put a hot towel over the customer's face and make the barber's apron navy? trying to recreate "
        "the old school look",
        False,
        UPLOAD,
        "edit",
        _edits("put a hot towel over the customer's face", ("make the barber's apron navy", "make the apron navy")),
    ),
    (
        "the walnut is chef's kiss. two more things then i'll leave you alone: dim the ceiling lights and put a "
        "candle on each table",
        False,
        TASTING,
        "edit",
        _edits("dim the ceiling lights", "put a candle on each table"),
    ),
    (
        "looking good! the customer's hair is a mess though, can you neaten it up and also add some shaving foam on "
        "his jaw",
        False,
        BARBER,
        "edit",
        _edits(
            ("neaten up the customer's hair", "neaten the customer's hair up", "neaten the customer's hair"),
            ("add some shaving foam on his jaw", "add some shaving foam on the customer's jaw"),
        ),
    ),
    (
        "perfect, the champagne looks expensive. now add a 'staff pick' card under it and remove the dusty boxes on "
        "the floor, thanks!!",
        False,
        SHELF,
        "edit",
        _edits(
            (
                "add a 'staff pick' card under the champagne",
                "add a 'staff pick' card under the bottle of champagne",
                "add a 'staff pick' card under the champagne bottle",
            ),
            "remove the dusty boxes on the floor",
        ),
    ),
    # a question, then the edit
    (
        "is it possible to make the hop bines taller? i mean, can you do that now? they looked way more impressive "
        "in person",
        False,
        UPLOAD,
        "edit",
        _edit("make the hop bines taller"),
    ),
    (
        "do you think the cellar would look cosier with candles? actually don't answer, just put a few candles on "
        "top of the barrels",
        False,
        UPLOAD,
        "edit",
        _edit("put a few candles on top of the barrels", "put a few candles on the barrels"),
    ),
    (
        "picture of our hop harvest, the bines are hanging from the wires. could the pickers be wearing matching "
        "green t-shirts? we have branded ones now",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the pickers wear matching green t-shirts",
            "give the pickers matching green t-shirts",
            "put the pickers in matching green t-shirts",
        ),
    ),
    # non-native English, typos, polite padding, capitals
    (
        "hello, i am from portugal and my english is not so good. please you can make the grapes more dark purple, "
        "is better for the label of our wine",
        False,
        UPLOAD,
        "edit",
        _edit("make the grapes more dark purple", "make the grapes darker purple", "make the grapes dark purple"),
    ),
    (
        "good day sir, in this photo of my shop i want that the shelves are made of wood and not of metal, is "
        "possible? thank you very much",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the shelves wood instead of metal",
            "make the shelves wooden instead of metal",
            "make the shelves made of wood and not of metal",
            "make the shelves wood",
            "make the shelves wooden",
        ),
    ),
    (
        "hallo, we are small brauerei in franconia. I want for the picture that the brewer is smiling, he look too "
        "serious. thanks in advance!!",
        False,
        UPLOAD,
        "edit",
        _edit("make the brewer smile", "make the brewer smiling"),
    ),
    (
        "Sorry to bother you again, and no rush at all, but whenever you have a moment could you please darken the "
        "corners of the cellar a little, it would add drama",
        False,
        UPLOAD,
        "edit",
        _edit("darken the corners of the cellar a little", "darken the corners of the cellar"),
    ),
    (
        "if it's not too much trouble i'd really appreciate it if the barber's chair was a classic red leather one "
        "instead of this grey plastic thing",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the barber's chair a classic red leather one",
            "make the barber's chair a classic red leather one instead of this grey plastic thing",
            "replace the barber's chair with a classic red leather one",
        ),
    ),
    (
        "heyyy so uhh the picker in the yellow shirt?? make him wave at the camera lol, he's my little brother",
        False,
        UPLOAD,
        "edit",
        _edit("make the picker in the yellow shirt wave at the camera"),
    ),
    (
        "OK LISTEN. the bartender's tattoo is clearly visible and she asked me to hide it before we post. please "
        "cover her forearm tattoo, thank you!!!",
        False,
        UPLOAD,
        "edit",
        _edit("cover the bartender's forearm tattoo", "cover her forearm tattoo", "hide the bartender's tattoo"),
    ),
    (
        "heya, cna you make the copper ketles look a bit older, like with green patina, for the 'since 1892' poster",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the copper kettles look a bit older like with green patina",
            "make the copper ketles look a bit older like with green patina",
            "make the copper kettles look a bit older with green patina",
            "make the copper kettles look older with green patina",
        ),
    ),
    (
        "goodmorning!! pls remvoe the ladder on the rigth side of the hop feild, its from a diffrent farm lol",
        False,
        UPLOAD,
        "edit",
        _edit(
            "remove the ladder on the right side of the hop field",
            "remvoe the ladder on the rigth side of the hop feild",
            "remove the ladder on the right side",
        ),
    ),
    (
        "the guy in the barber chair is actually me lol, I look half asleep. could you open my eyes a bit, I swear "
        "I was awake",
        False,
        UPLOAD,
        "edit",
        _edit("open my eyes a bit", "open his eyes a bit", "open the customer's eyes a bit"),
    ),
    (
        "okay so this is the hop field, harvest day, and the sky is fine but the trailer full of hops is way too "
        "faded, can you make the hops in the trailer greener",
        False,
        UPLOAD,
        "edit",
        _edit("make the hops in the trailer greener"),
    ),
    (
        "hey! we're launching a new IPA called Copper Fox next month. could you put a little fox sitting on the "
        "brewing platform next to the brewer?",
        False,
        UPLOAD,
        "edit",
        _edit("put a little fox sitting on the brewing platform next to the brewer"),
    ),
    # words that sound rough but are photo edits
    (
        "my brother-in-law calls this the crime scene because of all the grape juice on the floor lol. can you wipe "
        "out the purple splatter on the concrete",
        False,
        UPLOAD,
        "edit",
        _edit("wipe out the purple splatter on the concrete"),
    ),
    (
        "this is going in the brewery newsletter, so kill the harsh glare on the kettles please, it looks like a "
        "flashbang went off",
        False,
        UPLOAD,
        "edit",
        _edit("kill the harsh glare on the kettles"),
    ),
    (
        "the razor the barber is holding looks so blurry, could you sharpen the razor? it's the whole point of the "
        "shot honestly",
        False,
        UPLOAD,
        "edit",
        _edit("sharpen the razor"),
    ),
    (
        "we're doing a halloween thing at the shop, so set the barber pole on fire, cartoon style, flames going up it",
        False,
        UPLOAD,
        "edit",
        _edit(
            "set the barber pole on fire cartoon style flames going up it",
            "set the barber pole on fire cartoon style with flames going up it",
            "set the barber pole on fire cartoon style",
        ),
    ),
    # after an edit: "it", "them", "the same" resolved, or a new thing
    (
        "thanks, this is coming along nicely! my boss stopped by and said the chalk numbers should be white, could "
        "you make them white",
        False,
        CELLAR2,
        "edit",
        _edit("make the chalk numbers white"),
    ),
    (
        "omg the shine is perfect, the guys at the brewery are going to flip. now could you make them a bit more "
        "reddish, like real old copper?",
        False,
        KETTLES_SHINE,
        "edit",
        _edit(
            "make the copper kettles a bit more reddish like real old copper",
            "make the copper kettles a bit more reddish",
            "make the kettles a bit more reddish",
            "make the copper kettles more reddish",
        ),
    ),
    (
        "the black shirt looks really sharp, thanks! my dad also wears a silver watch every day, could you add one "
        "on his left wrist",
        False,
        BARBER,
        "edit",
        _edit("add a silver watch on his left wrist", "add a silver watch on the barber's left wrist"),
    ),
    (
        "wow that sunset is gorgeous, exactly the mood i had in mind. next, can you add a couple of pickers on a "
        "ladder on the right side",
        False,
        HOPS,
        "edit",
        _edit("add a couple of pickers on a ladder on the right side"),
    ),
    (
        "nice, the shelf looks so much cleaner without the tags. since we're doing a valentine's promo, could you "
        "tie red ribbons around the bottle necks?",
        False,
        SHELF_TAGS,
        "edit",
        _edit("tie red ribbons around the bottle necks", "tie red ribbons around the necks of the bottles"),
    ),
    (
        "the walnut is lovely and matches the floor now. while we're at it, let's make the stools match it too",
        False,
        TASTING,
        "edit",
        _edit("make the stools dark walnut", "make the stools dark walnut too", "make the stools match the bar top"),
    ),
    (
        "haha he looks like a proper farmer now with that hat. could you do the same for the woman next to him? "
        "she was squinting all day",
        False,
        PICKERS,
        "edit",
        _edit("give the woman next to him a straw hat", "give the woman next to the picker in front a straw hat"),
    ),
    (
        "perfect, the stripes pop now! the brick wall behind it looks dirty though, could you clean it up a bit",
        False,
        POLE,
        "edit",
        _edit(
            "clean up the brick wall a bit",
            "clean up the brick wall behind the pole a bit",
            "clean up the brick wall",
            "clean up the brick wall behind the pole",
        ),
    ),
    (
        "lovely, the steam makes it feel alive. btw the brewer told me he hates the fluorescent light on the "
        "ceiling so can you swap it for an old industrial lamp",
        False,
        KETTLES,
        "edit",
        _edit(
            "swap the fluorescent light on the ceiling for an old industrial lamp",
            "replace the fluorescent light on the ceiling with an old industrial lamp",
            "swap the fluorescent light for an old industrial lamp",
        ),
    ),
    (
        "the tractor is a great touch, my dad drove one just like it. can you make it green though, his was always "
        "a john deere",
        False,
        PICKERS3,
        "edit",
        _edit("make the tractor green"),
    ),
    (
        "haha the radio is so retro i love it. could you make it turquoise? my mum had one like that in the kitchen",
        False,
        BARBER3,
        "edit",
        _edit("make the radio turquoise", "make the vintage radio turquoise"),
    ),
    (
        "the hops look so fresh now, cheers! the farmer asked if there could also be a wooden sign at the start of "
        "the row saying 'Hallertau'",
        False,
        HOPS3,
        "edit",
        _edit("add a wooden sign at the start of the row saying 'Hallertau'"),
    ),
    (
        "the light oak is much better, good call on my part lol. now can you put a cheese board at the end of the bar",
        False,
        TASTING_FIXED,
        "edit",
        _edit("put a cheese board at the end of the bar"),
    ),
    (
        "second try nailed it, very cosy. one more thing, the exit sign over the door is so ugly, can it go?",
        False,
        CELLAR_RETRIED,
        "edit",
        _edit("remove the exit sign over the door", "remove the exit sign"),
    ),
    (
        "snow on the awning is so christmassy, love it. let's also hang a wreath on the door, my customers will get "
        "a kick out of it",
        False,
        POLE_BRANCH,
        "edit",
        _edit("hang a wreath on the door"),
    ),
    (
        "love the snowy awning! and since it's winter, put a little snowman next to the pole on the sidewalk, my "
        "kids will adore it",
        False,
        POLE_BRANCH,
        "edit",
        _edit("put a little snowman next to the pole on the sidewalk"),
    ),
    (
        "the chalkboard looks authentic, nice. could you write 'Pale Ale 4.5%' on it? that's our flagship beer",
        False,
        KETTLES4,
        "edit",
        _edit("write 'Pale Ale 4.5%' on the chalkboard", "write 'Pale Ale 4.5%' on the chalkboard menu"),
    ),
    (
        "the menu looks great hanging there. one last thing before i send it off, add a brewery cat sleeping on the "
        "sacks of malt",
        False,
        KETTLES4,
        "edit",
        _edit("add a brewery cat sleeping on the sacks of malt", "add a cat sleeping on the sacks of malt"),
    ),
    (
        "ahh the champagne bottle is perfect for the newsletter. could you add a gold gift tag hanging from it, for "
        "the gift guide",
        False,
        SHELF,
        "edit",
        _edit(
            "add a gold gift tag hanging from the champagne bottle",
            "add a gold gift tag hanging from the bottle of champagne",
        ),
    ),
    (
        "honestly the sunset makes it, thank you. the farmer's truck in the corner is brand new and looks out of "
        "place, swap it for an old pickup",
        False,
        HOPS,
        "edit",
        _edit(
            "swap the farmer's truck in the corner for an old pickup",
            "replace the farmer's truck in the corner with an old pickup",
            "swap the truck in the corner for an old pickup",
            "swap the farmer's truck for an old pickup",
        ),
    ),
    (
        "they look amazing, the brewmaster will be proud. and the brass valves on the side? same shiny treatment "
        "for them please",
        False,
        KETTLES_SHINE,
        "edit",
        _edit("make the brass valves on the side shinier", "make the brass valves shinier"),
    ),
    (
        "wonderful. one small thing for my peace of mind: the label on the third bottle from the left is crooked, "
        "can you straighten it?",
        False,
        SHELF_TAGS,
        "edit",
        _edit("straighten the label on the third bottle from the left"),
    ),
    (
        "hahaha he looks like a proper farmer now. do you think you could make the grapes in his hands look "
        "juicier? for the label",
        False,
        PICKERS,
        "edit",
        _edit("make the grapes in his hands look juicier", "make the grapes in the picker's hands look juicier"),
    ),
    (
        "sooo good, the chair is exactly like the one in my grandad's shop. can the barber have slicked-back grey "
        "hair too? that's how grandad wore it",
        False,
        BARBER3,
        "edit",
        _edit(
            "give the barber slicked-back grey hair",
            "give the barber slicked back grey hair",
            "make the barber's hair slicked back and grey",
        ),
    ),
    (
        "lovely lovely. now could you please hang a few wine barrels on the wall behind the bar as decoration, like "
        "in the old tasting rooms in rioja",
        False,
        TASTING_FIXED,
        "edit",
        _edit(
            "hang a few wine barrels on the wall behind the bar as decoration",
            "hang a few wine barrels on the wall behind the bar",
        ),
    ),
    (
        "it's much cosier now, cheers. the barrels in the back are kind of lost in the dark though, could you bring "
        "them out a bit",
        False,
        CELLAR,
        "edit",
        _edit(
            "bring out the barrels in the back a bit",
            "bring the barrels in the back out a bit",
            "brighten the barrels in the back a bit",
        ),
    ),
    (
        "aaah perfect, so vibrant. could you also put a farmer with a basket of hops in the foreground, facing the "
        "camera?",
        False,
        HOPS3,
        "edit",
        _edit(
            "put a farmer with a basket of hops in the foreground facing the camera",
            "add a farmer with a basket of hops in the foreground facing the camera",
        ),
    ),
    # a new photo: an edit caption, or the last edit again
    (
        "hi! first photo of many, this is the oak barrel cellar under our winery. please light the arches above "
        "the barrels with warm spotlights",
        True,
        UPLOAD,
        "edit",
        _edit("light the arches above the barrels with warm spotlights"),
    ),
    (
        "here's another one from the same morning, the light was softer. could you make the crates in the "
        "foreground look fuller with grapes",
        True,
        AFTER_PICKERS,
        "edit",
        _edit("make the crates in the foreground look fuller with grapes"),
    ),
    (
        "same brewery, different day 🙂 do what you did last time with the steam, it really brought the room to life",
        True,
        AFTER_KETTLES,
        "edit",
        _edit("add steam rising from the kettles"),
    ),
    (
        "and this one is from the neighbour's field, honestly it needs that same golden sunset, he'll love it",
        True,
        AFTER_HOPS,
        "edit",
        _edit("make the sky a golden sunset"),
    ),
    (
        "ok this is my dad's second chair, the one by the window. same red leather treatment as the first one please",
        True,
        AFTER_BARBER3,
        "edit",
        _edit("make the leather chair dark red"),
    ),
    (
        "here's our second shop's shelf, could you do the champagne thing here too? the top shelf is the same height",
        True,
        AFTER_SHELF,
        "edit",
        _edit("add a bottle of champagne on the top shelf"),
    ),
    # near misses: no request, an edit only told of or kept for later, a question, a vague wish
    (
        "hi! this is the vineyard my grandparents started in 1961, the pickers are all family. just wanted to show "
        "someone, it's beautiful as it is",
        False,
        UPLOAD,
        "talk",
        (),
    ),
    (
        "my brother keeps telling me to remove the crates but honestly i kind of like them, they show it's a real "
        "working farm",
        False,
        UPLOAD,
        "talk",
        (),
    ),
    (
        "i was going to ask you to make the barrels darker but the chalk numbers look so good on the light wood, so "
        "never mind",
        False,
        CELLAR2,
        "talk",
        (),
    ),
    (
        "can you remove people from photos? asking because a couple of pickers may not want to be online, i need "
        "to check with them first",
        False,
        UPLOAD,
        "talk",
        (),
    ),
    (
        "hello!! we're redoing our website and this is the tasting room. can you make it look better? more "
        "inviting I guess?",
        False,
        UPLOAD,
        "clarify",
        (),
    ),
    (
        "the brewer's wife thinks the kettles should be blue, which is a crazy idea, i'm not doing that lol",
        False,
        KETTLES,
        "talk",
        (),
    ),
    (
        "heyy so the barber in this one is my uncle, he wants it changed but didn't say how, classic uncle move. "
        "any chance you can fix it?",
        False,
        UPLOAD,
        "clarify",
        (),
    ),
    (
        "good evening! what would you add to a hop field at harvest to make it feel more festive? just "
        "brainstorming for our poster, don't edit yet",
        False,
        HOPS,
        "talk",
        (),
    ),
    (
        "love it! tomorrow i might ask you to add a christmas tree in the corner, but not today, the owner still "
        "has to approve",
        False,
        SHELF,
        "talk",
        (),
    ),
    (
        "thanks so much, he looks great in black. gonna show him tonight at dinner, he'll probably pretend not to "
        "care haha",
        False,
        BARBER,
        "talk",
        (),
    ),
    (
        "hi, could you write a short instagram caption for this brewery photo? something witty about copper and beer",
        False,
        UPLOAD,
        "talk",
        (),
    ),
    (
        "can you also book us a table for four at the restaurant next door for friday? the tasting room is fully "
        "booked",
        False,
        TASTING,
        "talk",
        (),
    ),
    (
        "hi, this is my barbershop, i need to change it. the thing on the wall, make it different, you know what i "
        "mean",
        False,
        UPLOAD,
        "clarify",
        (),
    ),
    (
        "ok so now make them bigger, they're too small compared to the rows, my dad will say so for sure",
        False,
        PICKERS3,
        "clarify",
        (),
    ),
    (
        "my mate says you can even remove the customer entirely, is that true? not asking you to, just wondering "
        "what this thing can do",
        False,
        UPLOAD,
        "talk",
        (),
    ),
    (
        "good afternoon. i want the bottles red or maybe white, or all rosé? i honestly cannot decide, what do you "
        "think",
        False,
        UPLOAD,
        "talk",
        (),
    ),
    (
        "the cones look amazing, thank you thank you. i'm gonna print this one and hang it in the farm office",
        False,
        HOPS3,
        "talk",
        (),
    ),
    (
        "sorry my cat walked across the keyboard a sec ago lol. anyway, the warm light is great, i'm happy with it "
        "for now",
        False,
        CELLAR,
        "talk",
        (),
    ),
    (
        "can you delete the photos from my camera roll after this? my phone is full of vineyard shots and it keeps "
        "complaining",
        False,
        UPLOAD,
        "talk",
        (),
    ),
    (
        "run a quick script on my pc to rename all the brewery pics by date, there are hundreds of them",
        False,
        KETTLES,
        "talk",
        (),
    ),
    (
        "hmm the chair and the radio both look a bit off now, maybe change the colour? my dad is picky",
        False,
        BARBER3,
        "clarify",
        (),
    ),
    (
        "make the stripes on the pole red or green, you choose, i trust your taste, this is for my cousin's shop",
        False,
        UPLOAD,
        "clarify",
        (),
    ),
    (
        "what would the pole look like in blue and white instead? just curious, don't change it, i'm only wondering",
        False,
        POLE,
        "talk",
        (),
    ),
    (
        "my boss said to make the barrels darker, but i'm waiting for her to confirm before we do anything, she "
        "changes her mind a lot",
        False,
        UPLOAD,
        "talk",
        (),
    ),
    (
        "add candles to the tables and also remove all the candles, i want it to look romantic but also safe for "
        "the fire inspector",
        False,
        TASTING,
        "clarify",
        (),
    ),
)
"""Edits wrapped in greetings, stories, reasons and questions (one or two per turn), and near misses."""

WRAPPED_TRIES: tuple[Dev, ...] = (
    # praise or a complaint, then a retry (plain, stronger, weaker)
    (
        "honestly love where this is going, the steam is a great idea, but could you give it another go? it's kinda "
        "blotchy on the left side",
        False,
        KETTLES,
        "retry",
        _retry(),
    ),
    (
        "this is so close!! the shine is nice but I barely see a difference from before, push it further please",
        False,
        KETTLES_SHINE,
        "retry",
        _retry("stronger"),
    ),
    (
        "haha wow okay that's a lot, the kettles look like chrome mirrors now. could you dial it back a little? thanks",
        False,
        KETTLES_SHINE,
        "retry",
        _retry("weaker"),
    ),
    (
        "mmm the warmth is there but it's way too orange, looks like the cellar is on fire lol. tone it down a notch",
        False,
        CELLAR,
        "retry",
        _retry("weaker"),
    ),
    (
        "nice idea but it came out muddy somehow. can you roll the dice again? i'm sure the next one will be better",
        False,
        CELLAR,
        "retry",
        _retry(),
    ),
    (
        "the hat is cute but it looks pasted on, like a sticker. another try please, maybe it'll sit on his head "
        "better",
        False,
        PICKERS,
        "retry",
        _retry(),
    ),
    (
        "that's a sunset? looks more like a foggy afternoon haha. make it way more golden, really go for it",
        False,
        HOPS,
        "retry",
        _retry("stronger"),
    ),
    (
        "i like the colour but now they look neon, like a highlighter. just slightly less green would be perfect",
        False,
        HOPS3,
        "retry",
        _retry("weaker"),
    ),
    (
        "the shirt is black now but the collar glitched into his neck, which is a little creepy. try again with a "
        "new seed?",
        False,
        BARBER,
        "retry",
        _retry(),
    ),
    (
        "gorgeous colour on the chair, my dad will love it. could you do one more version though, the armrest "
        "looks melted",
        False,
        BARBER3,
        "retry",
        _retry(),
    ),
    (
        "better, but the stripes still look pale next to the brick. brighter, please, like freshly painted",
        False,
        POLE,
        "retry",
        _retry("stronger"),
    ),
    (
        "you got most of them but two tags are still there on the middle shelf, can you try it again please",
        False,
        SHELF_TAGS,
        "retry",
        _retry(),
    ),
    (
        "cool, but the champagne bottle looks like it's floating off the shelf. redo it please, it needs to "
        "actually stand on the wood",
        False,
        SHELF,
        "retry",
        _retry(),
    ),
    (
        "the glasses look a bit wonky, some are melting into the bar. give it another whirl? otherwise super happy",
        False,
        TASTING2,
        "retry",
        _retry(),
    ),
    (
        "chalkboard's nice but too subtle, you can barely see it behind the kettles. make it more visible, go stronger",
        False,
        KETTLES4,
        "retry",
        _retry("stronger"),
    ),
    (
        "lol the numbers look like they were drawn by a toddler with a crayon. can you try that one again, "
        "another seed",
        False,
        CELLAR2,
        "retry",
        _retry(),
    ),
    (
        "third time's the charm right? the second try is better but still a bit flat, one more go please",
        False,
        CELLAR_RETRIED,
        "retry",
        _retry(),
    ),
    (
        "loving the tractor! but it looks like a toy, like a plastic model from a shop. can you redo it so it looks "
        "real?",
        False,
        PICKERS3,
        "retry",
        _retry(),
    ),
    (
        "sooo pretty 😍 but the sun is weirdly doubled. try again pls, same idea, just without two suns lol",
        False,
        HOPS,
        "retry",
        _retry(),
    ),
    (
        "just a tiny bit less dark maybe? it's great but he looks like he's going to a funeral haha",
        False,
        BARBER,
        "retry",
        _retry("weaker"),
    ),
    (
        "i like the snow but it's barely there, like frost. more snow please, really pile it on",
        False,
        POLE_BRANCH,
        "retry",
        _retry("stronger"),
    ),
    (
        "the walnut is too dark honestly, almost black under these lights, soften it just a bit please",
        False,
        TASTING,
        "retry",
        _retry("weaker"),
    ),
    (
        "the snow is lovely but it came out grey and slushy, like a week old. new attempt please, with a different "
        "seed",
        False,
        POLE_BRANCH,
        "retry",
        _retry(),
    ),
    (
        "brilliant, the steam looks real! buuut it's covering the brewer's face, less steam please so we can see him",
        False,
        KETTLES,
        "retry",
        _retry("weaker"),
    ),
    (
        "chalk numbers are a great idea but they're so faint i can barely read them from here, bolder please",
        False,
        CELLAR2,
        "retry",
        _retry("stronger"),
    ),
    (
        "ok the glasses are nice but two of them are floating in the air lmao, please reroll that one",
        False,
        TASTING2,
        "retry",
        _retry(),
    ),
    # a complaint or an apology, then a correction of the last edit
    (
        "ugh sorry, totally my fault, i wrote the bar top but i meant the shelves behind the bar, the bar top was "
        "already perfect",
        False,
        TASTING,
        "correction",
        _fix("make the shelves behind the bar dark walnut"),
    ),
    (
        "hmm not quite what i pictured, i actually wanted light oak rather than dark walnut, the room is already so "
        "dim at night",
        False,
        TASTING,
        "correction",
        _fix("make the bar top light oak"),
    ),
    (
        "oh no, wrong guy! not the one in front, the one carrying the bucket at the back. he's the one who always "
        "gets sunburnt",
        False,
        PICKERS,
        "correction",
        _fix(
            "give the picker carrying the bucket at the back a straw hat",
            "give the one carrying the bucket at the back a straw hat",
            "give the picker with the bucket at the back a straw hat",
        ),
    ),
    (
        "it's cute but i was picturing a cowboy hat rather than a straw one, he's a big country music fan",
        False,
        PICKERS,
        "correction",
        _fix("give the picker in front a cowboy hat"),
    ),
    (
        "wait i think you misunderstood me, i meant the pipes should be shinier, not the kettles. the kettles were "
        "fine already",
        False,
        KETTLES_SHINE,
        "correction",
        _fix("make the pipes shinier", "make the copper pipes shinier"),
    ),
    (
        "nice but i said black and honestly i meant charcoal grey, black is too harsh for a summer photo. my bad",
        False,
        BARBER,
        "correction",
        _fix("make the barber's shirt charcoal grey"),
    ),
    (
        "hmm, you changed the wrong person's shirt. i meant the customer's, sorry, the barber always wears white",
        False,
        BARBER,
        "correction",
        _fix("make the customer's shirt black"),
    ),
    (
        "not warmer, cooler! the whole point was a moody blue night feel, sorry if that wasn't clear",
        False,
        CELLAR,
        "correction",
        _fix("make the cellar lights cooler"),
    ),
    (
        "the numbers are great but they should be roman numerals, that's how the old cellar master marked them",
        False,
        CELLAR2,
        "correction",
        _fix(
            "add chalk roman numerals on the barrels",
            "add roman numerals in chalk on the barrels",
            "add chalk numbers on the barrels in roman numerals",
        ),
    ),
    (
        "oops, I said champagne but it's a prosecco shop lol, the owner would kill me. prosecco instead please",
        False,
        SHELF,
        "correction",
        _fix("add a bottle of prosecco on the top shelf"),
    ),
    (
        "the bottle should've gone on the bottom shelf, not the top one, it's where the sparkling section is",
        False,
        SHELF,
        "correction",
        _fix("add a bottle of champagne on the bottom shelf"),
    ),
    (
        "sorry, golden wasn't the word, i meant a pink and purple sunset, like the one we had the night of the party",
        False,
        HOPS,
        "correction",
        _fix("make the sky a pink and purple sunset"),
    ),
    (
        "no no, the leaves, not the cones, i wanted the hop leaves brighter green. the cones were already a nice "
        "colour",
        False,
        HOPS3,
        "correction",
        _fix("make the hop leaves brighter green", "make the leaves brighter green"),
    ),
    (
        "that's lovely but i meant steam coming out of the brewer's mug, not the kettles, he drinks coffee all day lol",
        False,
        KETTLES,
        "correction",
        _fix("add steam rising from the brewer's mug", "add steam coming out of the brewer's mug"),
    ),
    (
        "no sorry i should have been clearer, the blue stripes, not the red ones. the red is fine already",
        False,
        POLE,
        "correction",
        _fix("make the blue stripes on the pole brighter"),
    ),
    (
        "ahh it came out red red, I said dark red but I think oxblood is what I actually want, like old leather sofas",
        False,
        BARBER3,
        "correction",
        _fix("make the leather chair oxblood", "make the leather chair oxblood red"),
    ),
    (
        "those are red wine glasses, could they be champagne flutes instead? it's for our bubbles night on friday",
        False,
        TASTING2,
        "correction",
        _fix("add a row of champagne flutes on the bar"),
    ),
    (
        "tractor's fine, but i typed it wrong, it should be at the start of the row, close to the camera, not the end",
        False,
        PICKERS3,
        "correction",
        _fix("add a tractor at the start of the row close to the camera", "add a tractor at the start of the row"),
    ),
    (
        "the board is great but it's on the wrong wall, i meant the wall on the left, next to the door. sorry!!",
        False,
        KETTLES4,
        "correction",
        _fix("add a chalkboard menu on the left wall next to the door", "add a chalkboard menu on the left wall"),
    ),
    (
        "hmm, on second thought honey oak, not light oak. light oak looks like ikea furniture next to the old stone",
        False,
        TASTING_FIXED,
        "correction",
        _fix("make the bar top honey oak"),
    ),
    (
        "lol no, i wanted snow on the windowsill, not the awning, the awning is bright red and it looks weird white",
        False,
        POLE_BRANCH,
        "correction",
        _fix("add snow on the windowsill"),
    ),
    (
        "my dad says burgundy, not black. he's the boss and it's his shop, so burgundy it is",
        False,
        BARBER,
        "correction",
        _fix("make the barber's shirt burgundy"),
    ),
    (
        "both tries look nice but the wrong lights changed, i meant the lamps on the tasting table in the corner, "
        "not the ceiling ones",
        False,
        CELLAR_RETRIED,
        "correction",
        _fix("make the lamps on the tasting table in the corner warmer", "make the lamps on the tasting table warmer"),
    ),
    (
        "lovely, but i meant wine bottles, not glasses, sorry, long day. a row of bottles on the bar instead",
        False,
        TASTING2,
        "correction",
        _fix("add a row of wine bottles on the bar"),
    ),
    (
        "it's a nice sunset but i wanted a sunrise, the harvest starts at dawn, not at night. can you redo it as a "
        "sunrise",
        False,
        HOPS,
        "correction",
        _fix("make the sky a golden sunrise"),
    ),
    (
        "i love it but my brother isn't the one in front, he's the tall one in the middle. could you move the hat "
        "to him",
        False,
        PICKERS,
        "correction",
        _fix("give the tall picker in the middle a straw hat", "give the tall one in the middle a straw hat"),
    ),
    (
        "the lights are warmer but i meant the barrels, make the barrels warmer, like a honey tone. sorry for the "
        "confusion",
        False,
        CELLAR,
        "correction",
        _fix(
            "make the barrels warmer like a honey tone",
            "make the barrels warmer",
            "make the barrels a warmer honey tone",
        ),
    ),
    # near misses: praise only, an edit on top, an undo or goto, nothing to retry or correct, a taken-back thought
    (
        "honestly this is perfect, the steam is exactly how it looks on brew day. don't change a thing",
        False,
        KETTLES,
        "talk",
        (),
    ),
    (
        "i mean... it's fine i guess? not what i'd have done but the farmer likes sunsets so whatever",
        False,
        HOPS,
        "talk",
        (),
    ),
    (
        "love the black shirt!! now can you add a comb in his shirt pocket, he always keeps one there",
        False,
        BARBER,
        "edit",
        _edit("add a comb in his shirt pocket", "add a comb in the barber's shirt pocket"),
    ),
    (
        "great hat! ok and the dog sleeping under the vine, could it have a little bandana?",
        False,
        PICKERS,
        "edit",
        _edit(
            "give the dog sleeping under the vine a little bandana",
            "give the dog under the vine a little bandana",
            "give the dog a little bandana",
        ),
    ),
    (
        "the warmth is too much actually, scratch that, go back to how it was, the plain cellar was more honest",
        False,
        CELLAR,
        "undo",
        _goto(0),
    ),
    (
        "the dark walnut was better after all, you were right lol, switch back to that one",
        False,
        TASTING_FIXED,
        "goto",
        _goto(1),
    ),
    (
        "try again but better this time, the last app i used for this was awful",
        False,
        UPLOAD,
        "clarify",
        (),
    ),
    (
        "no no, i meant... hmm, actually i don't know what i meant, give me a second to think",
        False,
        KETTLES,
        "talk",
        (),
    ),
    (
        "not that, the other thing, ugh you know what i mean, the one i said before",
        False,
        BARBER3,
        "clarify",
        (),
    ),
    (
        "stronger? weaker? honestly I can't tell which i'd prefer, they'd both look fine to me",
        False,
        POLE,
        "talk",
        (),
    ),
    (
        "the numbers look great, thank you! could you also put a wine glass on the front barrel, like someone just "
        "left it",
        False,
        CELLAR2,
        "edit",
        _edit("put a wine glass on the front barrel"),
    ),
    (
        "the first try at the cones was better i think... nah, this one's fine, leave it as it is",
        False,
        HOPS3,
        "talk",
        (),
    ),
    (
        "wait, wasn't the tractor supposed to be closer? whatever, it's fine, i actually like it more this way",
        False,
        PICKERS3,
        "talk",
        (),
    ),
    (
        "meh, the apron looks fake, undo the last two please, the menu went on top of it anyway",
        False,
        KETTLES4,
        "undo",
        _goto(2),
    ),
    (
        "good numbers but can you also do the barrel tops? some chalk doodles up there would be fun",
        False,
        CELLAR2,
        "edit",
        _edit("add some chalk doodles on the barrel tops", "add chalk doodles on the barrel tops"),
    ),
    (
        "ok the chair is nice and red. my only complaint: the floor is too clean for a real barbershop, add hair "
        "clippings on the floor",
        False,
        BARBER3,
        "edit",
        _edit("add hair clippings on the floor"),
    ),
)
"""Praise or complaints around a retry or a correction of the last edit, and near misses."""

WRAPPED_MOVES: tuple[Dev, ...] = (
    # a question or complaint around an undo, a goto, a show or a comparison
    (
        "wait, can you undo that? the chair looked better brown, my dad picked that leather himself years ago",
        False,
        BARBER3,
        "undo",
        _goto(2),
    ),
    (
        "hmm is there any way to get back to the way it was before the steam? the kettles looked cleaner",
        False,
        KETTLES,
        "goto",
        _goto(1),
    ),
    (
        "honestly the glasses make it look cluttered and the owner agrees, scratch the last one please",
        False,
        TASTING2,
        "undo",
        _goto(1),
    ),
    (
        "the champagne looks nice, but the boss says no promos this month, so please go back one step, sorry!",
        False,
        SHELF,
        "undo",
        _goto(1),
    ),
    (
        "the numbers look kind of silly now that i look again, my bad. can you delete the last edit?",
        False,
        CELLAR2,
        "undo",
        _goto(1),
    ),
    (
        "the apron and menu both look off to me, can you undo the last two steps? the steam one was perfect",
        False,
        KETTLES4,
        "undo",
        _goto(2),
    ),
    (
        "i think the very first photo was the most honest one, can we go all the way back to the original?",
        False,
        CELLAR2,
        "goto",
        _goto(0),
    ),
    (
        "i think the sunset is too much after all, the farmer prefers it natural. go back to the original please",
        False,
        HOPS,
        "goto",
        _goto(0),
    ),
    (
        "that tractor is a bit much tbh, my dad would laugh at me. bring me back to round 2 please",
        False,
        PICKERS3,
        "goto",
        _goto(2),
    ),
    (
        "ugh the tractor, why did i even ask for that. take me back to before the tractor, please",
        False,
        HOPS3,
        "goto",
        _goto(1),
    ),
    (
        "ngl the first attempt had nicer shadows, can we go back to that one? the second is too flat",
        False,
        CELLAR_RETRIED,
        "goto",
        _goto(1),
    ),
    (
        "honestly everything went downhill after the first edit, go back to round 1 and we'll start from there",
        False,
        BARBER3,
        "goto",
        _goto(1),
    ),
    (
        "can i see round 1 again? just want to check the shirt before we move on, don't switch to it",
        False,
        BARBER3,
        "show",
        _show(1),
    ),
    (
        "just out of curiosity, what did the neon sign version look like? show it to me but stay here",
        False,
        POLE_BRANCH,
        "show",
        _show(2),
    ),
    (
        "show me round 1 again please, i want to see the shelf before the champagne was there",
        False,
        SHELF,
        "show",
        _show(1),
    ),
    (
        "show me the version from before the grapes got darker, i want to check something in the background",
        False,
        PICKERS3,
        "show",
        _show(1),
    ),
    (
        "my wife and I can't agree lol, can you put the original and the latest next to each other so we can settle it",
        False,
        HOPS3,
        "compare",
        _compare(0, 3),
    ),
    (
        "before I decide, could you put the version with just the shiny kettles next to the current one?",
        False,
        KETTLES4,
        "compare",
        _compare(1, 4),
    ),
    (
        "ok honestly i can't decide between walnut and oak, can you show them side by side, the two bar tops",
        False,
        TASTING_FIXED,
        "compare",
        _compare(1, 2),
    ),
    (
        "compare the neon sign one with the snow one, i need to pick one for the shop's christmas card",
        False,
        POLE_BRANCH,
        "compare",
        _compare(2, 3),
    ),
    (
        "my friend wants to see the before and after, can you show the original and now side by side",
        False,
        TASTING2,
        "compare",
        _compare(0, 2),
    ),
    # a question about the session
    (
        "sorry i got pulled into a call, where are we at? which round is this one?",
        False,
        PICKERS3,
        "status",
        STATUS,
    ),
    (
        "hey, so what exactly did you just change? the cones look different but i can't tell how",
        False,
        HOPS3,
        "status",
        STATUS,
    ),
    (
        "what round am i on btw? i lost track while looking at all the hats lol",
        False,
        PICKERS,
        "status",
        STATUS,
    ),
    (
        "hey so quick question, is the steam version the one i'm on right now? i can't tell on my phone",
        False,
        KETTLES,
        "status",
        STATUS,
    ),
    (
        "my business partner just walked in, can you list everything we've done so far so i can walk him through it",
        False,
        KETTLES4,
        "history",
        HISTORY,
    ),
    (
        "what have we done so far? it's been a long day and my brain is fried lol",
        False,
        KETTLES,
        "history",
        HISTORY,
    ),
    (
        "could you remind me of all the steps we did? i want to write them down for the owner",
        False,
        TASTING_FIXED,
        "history",
        HISTORY,
    ),
    # sharing, revoking, exporting, with the reason around them
    (
        "my sister wants to see what we did, could you make a link I can send her? she's the designer",
        False,
        SHELF,
        "share",
        SHARE,
    ),
    (
        "can you make this shareable? the hop farmer wants to look at it on his phone tonight",
        False,
        HOPS,
        "share",
        SHARE,
    ),
    (
        "perfect, now i need to send this to the co-op. make me a share link please, they're waiting on it",
        False,
        HOPS3,
        "share",
        SHARE,
    ),
    (
        "ok she's seen it and gave her notes, please stop that share link now, i don't want it floating around",
        False,
        SHELF,
        "revoke",
        REVOKE,
    ),
    (
        "i shared it with the family group chat and my aunt is forwarding it everywhere, could you revoke the link?",
        False,
        BARBER,
        "revoke",
        REVOKE,
    ),
    (
        "please kill the share link i made yesterday, the owner doesn't want the oak idea out there yet",
        False,
        TASTING_FIXED,
        "revoke",
        REVOKE,
    ),
    (
        "can i get the whole thing as an html page? my boss only reads things in the browser, don't ask",
        False,
        KETTLES4,
        "export",
        _export("html"),
    ),
    (
        "could you save everything as a webpage? i want to put it on the winery's intranet for the staff",
        False,
        CELLAR2,
        "export",
        _export("html"),
    ),
    (
        "i'd like to download the whole session to keep on my laptop, the full bundle, in case the wifi dies at "
        "the shop",
        False,
        BARBER3,
        "export",
        _export("bundle"),
    ),
    (
        "could you export this as an html page for my dad? he wants to print each step and pin it up in the shop",
        False,
        BARBER3,
        "export",
        _export("html"),
    ),
    # rounds that do not exist
    (
        "take me back to round 7, i'm pretty sure that one had the nicest light",
        False,
        HOPS3,
        "clarify",
        (),
    ),
    (
        "go back to before the mustache please, it made him look like a cartoon villain",
        False,
        BARBER3,
        "clarify",
        (),
    ),
    (
        "compare round 2 with round 5, i want to see how far we've come since this morning",
        False,
        KETTLES,
        "clarify",
        (),
    ),
    # near misses: photo edits whose verbs sound like moves, questions and requests it cannot do
    (
        "can you undo the knot on the customer's cape? it looks way too tight around his neck",
        False,
        BARBER3,
        "edit",
        _edit("undo the knot on the customer's cape", "untie the knot on the customer's cape"),
    ),
    (
        "go back to the farmhouse in the background and make its roof red, it's the family's house",
        False,
        HOPS3,
        "edit",
        _edit(
            "make the roof of the farmhouse in the background red",
            "make the farmhouse roof red",
            "make the farmhouse's roof red",
            "make the roof of the farmhouse red",
        ),
    ),
    (
        "bring back the feeling of an old monastery cellar, add a monk carrying a candle between the barrels",
        False,
        CELLAR2,
        "edit",
        _edit("add a monk carrying a candle between the barrels"),
    ),
    (
        "revert the tractor to the old rusty red it had in the sixties, that's the one my grandpa drove",
        False,
        PICKERS3,
        "edit",
        _edit(
            "make the tractor old rusty red",
            "make the tractor the old rusty red it had in the sixties",
            "revert the tractor to the old rusty red it had in the sixties",
            "make the tractor rusty red",
        ),
    ),
    (
        "can i share this on my instagram story directly from here? or do i need to download it first",
        False,
        TASTING2,
        "talk",
        (),
    ),
    (
        "so do you keep all the versions or do they disappear after a while? just wondering",
        False,
        KETTLES4,
        "talk",
        (),
    ),
    (
        "email the photo to my dad please, his address is somewhere in my contacts, he'll know what to do",
        False,
        BARBER,
        "talk",
        (),
    ),
    (
        "show me how to pick a good red wine for a barbecue, i always get it wrong and my friends laugh",
        False,
        SHELF,
        "talk",
        (),
    ),
)
"""Questions and complaints around a move, a look, a question about the session or a share, and near misses."""

MUSINGS: tuple[Dev, ...] = (
    # a new photo with a caption that asks for nothing yet
    (
        "hi! so this is the hop field at my in-laws' farm, taken the last day of harvest. not sure yet what to "
        "change, just wanted to get it in here",
        True,
        UPLOAD,
        "caption",
        (),
    ),
    (
        "next one! this is the same row but later in the afternoon, the pickers were exhausted by then lol",
        True,
        AFTER_PICKERS,
        "caption",
        (),
    ),
    (
        "here's the brewhouse from the other side, you can see the mash tun and the grain mill better in this one",
        True,
        AFTER_KETTLES,
        "caption",
        (),
    ),
    (
        "and this one's from the bottling line next door, I'll decide what to do with both of them later",
        True,
        TWO_PHOTOS,
        "caption",
        (),
    ),
    (
        "good morning!! barbershop photo from my dad's 30th anniversary in business, he's shaving his very first "
        "customer again, so sweet",
        True,
        UPLOAD,
        "caption",
        (),
    ),
    (
        "this is the shelf in our second shop, smaller but cosier. we'll see what it needs, i have a few ideas",
        True,
        AFTER_SHELF,
        "caption",
        (),
    ),
    (
        "this one's my favourite from the trip, but don't do the sunset thing on it this time, i want it natural",
        True,
        AFTER_HOPS,
        "caption",
        (),
    ),
    # thinking aloud that ends in no request, talk about life, things it cannot do
    (
        "hmm i wonder if the hat should be a different colour... nah, straw is classic, it's fine the way it is",
        False,
        PICKERS,
        "talk",
        (),
    ),
    (
        "thinking out loud here: maybe the barrels would look better darker, maybe not. i'll sleep on it and come "
        "back tomorrow",
        False,
        CELLAR,
        "talk",
        (),
    ),
    (
        "you know what would be cool? if the brewer was holding a glass of the beer. ...but that's probably too "
        "cheesy, forget it",
        False,
        KETTLES,
        "talk",
        (),
    ),
    (
        "the bar looks great. the stools though... i don't know. i'll ask the owner what she thinks before we touch "
        "them",
        False,
        TASTING,
        "talk",
        (),
    ),
    (
        "my grandfather planted these hops in the 70s, he used to take me on the tractor at harvest. miss him a lot",
        False,
        HOPS,
        "talk",
        (),
    ),
    (
        "is it weird that a barbershop photo makes me nostalgic? my dad used to take me to one exactly like this "
        "every saturday",
        False,
        BARBER,
        "talk",
        (),
    ),
    (
        "which wine would you pair with roast lamb? asking for sunday lunch, the shop owner said rioja but i'm not "
        "sure",
        False,
        SHELF_TAGS,
        "talk",
        (),
    ),
    (
        "do you know why barber poles are red and white? someone told me it's about blood, which sounds made up",
        False,
        POLE,
        "talk",
        (),
    ),
    (
        "before we start, can you undo things if i mess up? i'm nervous about ruining my only photo of the cellar",
        False,
        UPLOAD,
        "talk",
        (),
    ),
    (
        "i might add a logo to the chalkboard later, once the designer sends it over. note that for later",
        False,
        KETTLES4,
        "talk",
        (),
    ),
    (
        "honestly i'm kind of done for today, my eyes hurt from staring at grapes all afternoon. talk tomorrow!",
        False,
        PICKERS3,
        "talk",
        (),
    ),
    (
        "would it be tacky to add a big 'happy harvest' banner across the sky? be honest, don't do it yet",
        False,
        HOPS3,
        "talk",
        (),
    ),
    (
        "what does 'barrique' actually mean? the cellar master keeps saying it and i just nod along",
        False,
        CELLAR2,
        "talk",
        (),
    ),
    (
        "thanks a million for the help today, you saved me a whole afternoon of fiddling in photoshop",
        False,
        TASTING2,
        "talk",
        (),
    ),
    (
        "i'll fix the mirror myself in photoshop later, it's a tiny thing, don't worry about it",
        False,
        BARBER3,
        "talk",
        (),
    ),
    (
        "could you write the alt text for this shelf photo for our website? the accessibility checker keeps "
        "flagging it",
        False,
        SHELF,
        "talk",
        (),
    ),
    (
        "tell me a joke about beer please, i need a laugh before i show this to the brewmaster",
        False,
        KETTLES,
        "talk",
        (),
    ),
    (
        "open a terminal and delete the old photos folder on my desktop, it's full of duplicates",
        False,
        POLE_BRANCH,
        "talk",
        (),
    ),
    (
        "the tractor with the sunset is so bucolic. is bucolic the right word? english is my third language haha",
        False,
        HOPS3,
        "talk",
        (),
    ),
    (
        "hi there, good evening! just checking if you're awake lol. i'll send the barbershop photo in a minute",
        False,
        (),
        "talk",
        (),
    ),
    (
        "add music to the tasting room pic, something jazzy, so it feels like the real place on a friday night",
        False,
        TASTING2,
        "talk",
        (),
    ),
    (
        "the shelf needs something more. maybe. i don't know what though, any ideas? i'm out of them",
        False,
        SHELF,
        "talk",
        (),
    ),
    # not sure what is wanted: one short question
    (
        "here you go, turn it purple please, it's for a wine festival flyer and purple is the festival colour",
        True,
        UPLOAD,
        "clarify",
        (),
    ),
    (
        "this is the twin of the first one, could you do to it whatever you did to the other pic",
        True,
        TWO_PHOTOS,
        "clarify",
        (),
    ),
    (
        "so my boss wants it red. i think. or maybe she said the wall? ugh i should have written it down",
        False,
        UPLOAD,
        "clarify",
        (),
    ),
    (
        "hmm, make it darker, but not the chair. or the radio? honestly just darker somewhere",
        False,
        BARBER3,
        "clarify",
        (),
    ),
    (
        "go back a bit, not all the way, just to where it looked good, you know the one",
        False,
        KETTLES4,
        "clarify",
        (),
    ),
    (
        "i want the one i liked, you know, the good one, not this one, the other one",
        False,
        HOPS3,
        "clarify",
        (),
    ),
    (
        "can you put a little something on the bar, like a thing? for decoration, i'm not good with words sorry",
        False,
        UPLOAD,
        "clarify",
        (),
    ),
    (
        "make them match, you know, like colour-wise, it's been bugging me all morning",
        False,
        HOPS3,
        "clarify",
        (),
    ),
    (
        "can you swap it out? for something else, something nicer, i trust you completely",
        False,
        CELLAR,
        "clarify",
        (),
    ),
    # near misses: thinking aloud that does end in a request
    (
        "hmm i wonder if the hat should be a different colour... yeah, let's do it, make the hat bright red, he "
        "loves red",
        False,
        PICKERS,
        "edit",
        _edit("make the hat bright red", "make the straw hat bright red"),
    ),
    (
        "i've been staring at this for ten minutes and i think it's the floor, it's too clean for an old cellar. add "
        "some puddles and dust on the floor",
        False,
        CELLAR,
        "edit",
        _edit("add some puddles and dust on the floor"),
    ),
    (
        "should i make the brewer wear goggles? safety first lol... yes, why not, add safety goggles on his forehead",
        False,
        KETTLES,
        "edit",
        _edit("add safety goggles on his forehead", "add safety goggles on the brewer's forehead"),
    ),
    (
        "the stools, the lamps, the bottles... ok i've decided, the lamps. make them brass, that's the look the "
        "owner wants",
        False,
        TASTING,
        "edit",
        _edit("make the lamps brass"),
    ),
    (
        "cant decide between a stork on the pole or a hot air balloon in the sky... balloon! add a hot air balloon "
        "please",
        False,
        HOPS,
        "edit",
        _edit("add a hot air balloon", "add a hot air balloon in the sky"),
    ),
    (
        "random thought but the mirror reflection shows the street outside and it's super busy. could you make the "
        "street in the mirror empty",
        False,
        BARBER,
        "edit",
        _edit("make the street in the mirror empty"),
    ),
    (
        "i keep thinking the shelf looks too new for a shop that's been open since 1950, so please make the wood "
        "look worn and scratched",
        False,
        SHELF_TAGS,
        "edit",
        _edit("make the wood look worn and scratched", "make the shelf wood look worn and scratched"),
    ),
    (
        "hmm ok here's the thing, the sky in this vineyard shot is totally blown out, it's just white. can you put "
        "some clouds in it?",
        False,
        UPLOAD,
        "edit",
        _edit("put some clouds in the sky", "add some clouds in the sky", "add some clouds to the sky"),
    ),
    (
        "not sure what i'm doing lol, never used an ai editor before. ok let's try: make the barber pole glow like "
        "neon",
        False,
        UPLOAD,
        "edit",
        _edit("make the barber pole glow like neon"),
    ),
    (
        "i don't really know how to say this but the pole is kind of crooked? could you straighten it up",
        False,
        POLE,
        "edit",
        _edit("straighten the pole", "straighten up the pole", "straighten the pole up"),
    ),
    (
        "we're thinking about the new year window display, maybe gold confetti? yes, gold confetti falling over the "
        "shelf, do it",
        False,
        SHELF,
        "edit",
        _edit("add gold confetti falling over the shelf"),
    ),
    (
        "i keep going back and forth but ok final answer: give the customer a mustache, a big handlebar one",
        False,
        BARBER3,
        "edit",
        _edit(
            "give the customer a big handlebar mustache",
            "give the customer a mustache a big handlebar one",
            "give the customer a handlebar mustache",
        ),
    ),
    (
        "this is the same crew the next day, same deal for the guy in front please, he lost his hat again lol",
        True,
        AFTER_PICKERS,
        "edit",
        _edit("give the picker in front a straw hat", "give the guy in front a straw hat"),
    ),
)
"""Thinking aloud, talk, captions of a new photo and vague wishes answered in words, and near misses."""

R37H: tuple[Dev, ...] = (*WRAPPED_EDITS, *WRAPPED_TRIES, *WRAPPED_MOVES, *MUSINGS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: edits start from the current round, undo goes to its parent, redo forward
    (
        2,
        (
            "oh no i didn't mean to go back that far, the apron was really nice, bring it back please",
            False,
            KETTLES4,
            "redo",
            _goto(3),
        ),
    ),
    (
        0,
        (
            "ok this is the plain original, good. now remove the mop leaning against the kettle, we're starting over",
            False,
            KETTLES4,
            "edit",
            _edit("remove the mop leaning against the kettle"),
        ),
    ),
    (
        1,
        (
            "thanks for undoing those! while we're here on the black shirt, could you give him a pair of round glasses",
            False,
            BARBER3,
            "edit",
            _edit("give him a pair of round glasses", "give the barber a pair of round glasses"),
        ),
    ),
    (
        1,
        (
            "hmm no, actually i miss the radio already, redo that one please, it had character",
            False,
            BARBER3,
            "redo",
            _goto(2),
        ),
    ),
    (
        2,
        (
            "actually undo one more time please, the radio doesn't fit the vibe of the shop either",
            False,
            BARBER3,
            "undo",
            _goto(1),
        ),
    ),
    (
        0,
        (
            "wow, the original looks so dull now lol. take me to the newest one again, i want to keep going",
            False,
            HOPS3,
            "goto",
            _goto(3),
        ),
    ),
    (
        2,
        (
            "compare this one with the one i just undid, i'm not sure the cones were a mistake after all",
            False,
            HOPS3,
            "compare",
            _compare(2, 3),
        ),
    ),
    (
        1,
        (
            "what round am i on now? i clicked undo a few times and got lost, sorry about that",
            False,
            PICKERS3,
            "status",
            STATUS,
        ),
    ),
    (
        0,
        (
            "hey, could you show me the chalk numbers version again without switching to it? just want a peek",
            False,
            CELLAR2,
            "show",
            _show(2),
        ),
    ),
    (
        1,
        (
            "the plain warm light is fine, but i'm curious, add some cobwebs between the barrels from here",
            False,
            CELLAR2,
            "edit",
            _edit("add some cobwebs between the barrels"),
        ),
    ),
    (
        1,
        (
            "good, without the steam it's clearer. now could you make the floor tiles look wet, like they just hosed "
            "it down",
            False,
            KETTLES,
            "edit",
            _edit("make the floor tiles look wet like they just hosed it down", "make the floor tiles look wet"),
        ),
    ),
    (
        1,
        (
            "ok i changed my mind again lol, the steam was nice. redo it, bring the steam back",
            False,
            KETTLES,
            "redo",
            _goto(2),
        ),
    ),
    (
        0,
        (
            "we're back at the original, good. this time let's make the bar top marble instead, the walnut idea was "
            "a dud",
            False,
            TASTING2,
            "edit",
            _edit("make the bar top marble", "make the bar top marble instead"),
        ),
    ),
    (
        1,
        (
            "undo again please, i want to see the bar before any wood stuff, just to compare in my head",
            False,
            TASTING2,
            "undo",
            _goto(0),
        ),
    ),
    (
        1,
        (
            "from the plain bright stripes, can you add a striped awning over the window instead of the other stuff",
            False,
            POLE_BRANCH,
            "edit",
            _edit("add a striped awning over the window"),
        ),
    ),
    (
        2,
        (
            "hmm the neon sign looks nice but the snow was more fun, go to the snow version",
            False,
            POLE_BRANCH,
            "goto",
            _goto(3),
        ),
    ),
    (
        1,
        (
            "hmm where am i now? is this before the neon sign and the snow both? tell me what this round is",
            False,
            POLE_BRANCH,
            "status",
            STATUS,
        ),
    ),
    (
        0,
        (
            "and now bring everything back, all the edits, i was just checking what the original looked like",
            False,
            SHELF,
            "redo",
            _goto(2),
        ),
    ),
    (
        0,
        (
            "i like seeing the original with all the tags. now compare it with round 2 for me real quick",
            False,
            SHELF,
            "compare",
            _compare(0, 2),
        ),
    ),
    (
        1,
        (
            "since we're back on the clean shelf, put a wooden crate of wine on the floor in front instead",
            False,
            SHELF,
            "edit",
            _edit("put a wooden crate of wine on the floor in front"),
        ),
    ),
    (
        2,
        (
            "so where am i exactly? is this the one with the apron or without, my eyes are tired",
            False,
            KETTLES4,
            "status",
            STATUS,
        ),
    ),
    (
        3,
        (
            "compare where i am now with the chalkboard version, i'm trying to decide if the menu is worth it",
            False,
            KETTLES4,
            "compare",
            _compare(3, 4),
        ),
    ),
    (
        2,
        (
            "while i'm on this version, make the brewer's boots rubber wellies, that's what they really wear",
            False,
            KETTLES4,
            "edit",
            _edit("make the brewer's boots rubber wellies"),
        ),
    ),
    (
        1,
        (
            "share this session with my co-owner please, he needs to see where we got to before the meeting",
            False,
            KETTLES4,
            "share",
            SHARE,
        ),
    ),
    (
        2,
        (
            "undo isn't enough, take me all the way to the start please, I want to see the raw photo",
            False,
            HOPS3,
            "goto",
            _goto(0),
        ),
    ),
    (
        1,
        (
            "try the tractor again from here, last time it looked like a toy. maybe this time it'll look real",
            False,
            HOPS3,
            "retry",
            _edit("add a red tractor between the rows"),
        ),
    ),
    (
        1,
        (
            "the black shirt is nice on its own. what did we do after this one? list it all for me",
            False,
            BARBER3,
            "history",
            HISTORY,
        ),
    ),
    (
        1,
        (
            "the black shirt version is where we are now right? compare it to the original for me",
            False,
            BARBER3,
            "compare",
            _compare(0, 1),
        ),
    ),
    (
        0,
        (
            "thanks for going back. nah, actually i want the hat back after all, sorry for the back and forth",
            False,
            PICKERS,
            "redo",
            _goto(1),
        ),
    ),
    (
        0,
        (
            "back at the original, nice. could you put a basket of grapes at the front instead? i like that better "
            "than the hat",
            False,
            PICKERS,
            "edit",
            _edit("put a basket of grapes at the front"),
        ),
    ),
    (
        1,
        (
            "ok this is the first try. hmm, show me the second one again just to be sure, don't switch",
            False,
            CELLAR_RETRIED,
            "show",
            _show(2),
        ),
    ),
    (
        1,
        (
            "yes, walnut. good. please add a bowl of olives on the bar, from this version",
            False,
            TASTING_FIXED,
            "edit",
            _edit("add a bowl of olives on the bar"),
        ),
    ),
    (
        1,
        (
            "go forward one please, i want the chalk numbers back on the barrels, they were growing on me",
            False,
            CELLAR2,
            "redo",
            _goto(2),
        ),
    ),
    # near misses: nothing further back, a round that does not exist, a keeper
    (
        0,
        (
            "undo once more please, i want to go back even further than this if that's possible",
            False,
            BARBER,
            "talk",
            (),
        ),
    ),
    (
        0,
        (
            "take me to round 5 please, i think that's where the good steam was",
            False,
            KETTLES,
            "clarify",
            (),
        ),
    ),
    (
        0,
        (
            "this original really isn't that bad. i'll keep it like this, thanks, no more edits for today",
            False,
            HOPS,
            "talk",
            (),
        ),
    ),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r37h_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R37H`, then the moved ones)."""
    return with_moved(R37H, "r37h", MOVED, "r37h_moved")
