"""Round 35, set b: chat that uses edit words but asks for no edit of this photo, answered in words, next to
real edit requests that use the same words.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue
model was run on any of it, about photos no other set uses, all of fashion, clothing and shopping: a
boutique window display with a mannequin, a tailor measuring a suit, a thrift store rack of denim, a runway
show, a shoe shop wall of sneakers, a street-style photo outside a fashion week, a department store
escalator, a hat shop, a jewellery counter, a flea market with vintage jackets, a fitting room mirror
selfie, a sneaker queue, a knitting circle and a mall food court. Sessions have 0 to 7 edits, some after a
retry, a correction or an undo (a sibling of an earlier edit), some with a second photo, and some turns
come after an undo or a goto (the current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): idioms and figurative speech with edit verbs
("cut me some slack", "you brighten my day", "lose the attitude") next to literal edits ("cut the sleeves
shorter", "brighten the shop window"); out-of-scope requests with edit verbs about accounts, orders, carts,
calendars, files, e-mails and code ("change my password", "remove the item from my cart") next to photo
edits of the same nouns when they are in the photo ("remove the shopping cart by the door"); reported or
quoted speech and stories ("my sister said make it pink, lol no") next to the person actually asking ("my
sister wants the dress pink, so do that"); questions about how edits work or would work next to the ask
itself; talk about the edits already made (praise, complaints, surprise, "did you change the shoes too?"),
answered in words or by the session's status, next to a clear follow-up (a new edit, a retry, an undo);
and hypotheticals, wishes and plans ("one day i'll dye my hair blue", "wish the shop had better lighting
irl") next to wishes that are clearly asks in a photo editor ("wish the lighting was warmer, can you?").
About a quarter to a third of each family are near misses whose right answer is another act. The cases
have the development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose
current round (first) is an earlier one.
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
    _export,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)

WINDOW = ((None, None), (0, "make the mannequin's dress red"))
"""A boutique window display with a mannequin, with one edit."""
WINDOW3 = (*WINDOW, (1, "add fairy lights around the window"), (2, "make the back wall pale pink"))
"""The boutique window with three edits, each on the one before."""
TAILOR = ((None, None), (0, "make the suit navy blue"))
"""A tailor measuring a customer's suit in his workshop, with one edit."""
TAILOR_FIXED = (*TAILOR, (0, "make the suit charcoal grey"))
"""The tailor after a correction: round 2 was made from the original, beside round 1."""
THRIFT = ((None, None), (0, "make the denim jackets on the rack faded"), (1, "remove the price tags"))
"""A thrift store rack of denim jackets, with two edits."""
RUNWAY = (
    (None, None),
    (0, "make the model's gown silver"),
    (1, "add camera flashes in the crowd"),
    (2, "make the runway glossy black"),
    (3, "remove the man with the phone in the front row"),
    (4, "add rose petals on the runway"),
    (5, "make the spotlights pink"),
    (6, "blur the photographers at the end of the runway"),
)
"""A runway show with a model mid-walk, with seven edits, each on the one before."""
RUNWAY_GOWN = RUNWAY[:2]
"""The runway show with only the gown edit."""
RUNWAY_FRONT = RUNWAY[:5]
"""The runway show up to the removal of the man in the front row."""
RUNWAY_PETALS = RUNWAY[:6]
"""The runway show up to the rose petals."""
RUNWAY_PINK = RUNWAY[:7]
"""The runway show up to the pink spotlights."""
SHOES = ((None, None), (0, "make the sneakers on the top shelf white"))
"""A shoe shop wall of sneakers on shelves, with one edit."""
SHOES_RETRIED = (*SHOES, (0, "make the sneakers on the top shelf white"))
"""The shoe wall after a retry: round 2 is a second try of round 1, from the original."""
STREET = ((None, None), (0, "make the woman's trench coat camel"), (1, "remove the taxi behind her"))
"""A street-style photo of a woman outside a fashion week venue, with two edits."""
STREET_COAT = STREET[:2]
"""The street-style photo with only the coat edit."""
ESCALATOR = ((None, None), (0, "make the escalator handrails gold"), (1, "add a woman carrying shopping bags"))
"""A department store escalator, with two edits."""
ESCALATOR_RAIL = ESCALATOR[:2]
"""The department store escalator with only the handrails edit."""
HATS = ((None, None), (0, "make the fedora on the stand green"))
"""A hat shop with fedoras and boaters on stands, with one edit."""
HATS_BRANCH = (*HATS, (1, "add a feather to the fedora"), (1, "add a ribbon to the fedora"))
"""The hat shop after an undo: round 3 was made from round 1, beside round 2."""
JEWEL = ((None, None), (0, "make the necklace in the display case gold"), (1, "add sparkle to the rings"))
"""A jewellery counter with a necklace on a bust and trays of rings, with two edits."""
JEWEL_NECK = JEWEL[:2]
"""The jewellery counter with only the necklace edit."""
FLEA = (
    (None, None),
    (0, "make the leather jacket brown"),
    (1, "remove the umbrella over the stall"),
    (2, "add a dog under the table"),
)
"""A flea market stall with vintage jackets, with three edits, each on the one before."""
FITTING = ((None, None), (0, "make the dress in the mirror emerald green"))
"""A fitting room mirror selfie of a woman trying on a dress, with one edit."""
SNEAKERQ = ((None, None), (0, "blur the faces in the queue"))
"""A sneaker release queue outside a shop, a guy in a yellow hoodie in front, with one edit."""
KNIT = ((None, None), (0, "make the yarn balls pastel"), (1, "add a cat playing with the yarn"))
"""A knitting circle of older ladies on a sofa and chairs, with two edits."""
KNIT_YARN = KNIT[:2]
"""The knitting circle with only the yarn edit."""
FOODCOURT = ((None, None), (0, "remove the trash on the tables"))
"""A mall food court with stalls and tables, with one edit."""
AFTER_STREET = (*STREET_COAT, (None, None))
"""The street-style photo with the coat edit, then a second photo of the same woman."""
AFTER_HATS = (*HATS, (None, None))
"""The hat shop with the fedora edit, then a new photo from another hat shop."""

IDIOMS: tuple[Dev, ...] = (
    # figurative speech with edit verbs: nothing to change in the photo
    ("lol add me on insta after this, im @thriftqueen", False, THRIFT, "talk", ()),
    ("you brighten my day fr ☀️", False, WINDOW, "talk", ()),
    ("ok this is gonna blow my mind, i can tell already", False, RUNWAY_GOWN, "talk", ()),
    ("change of plans, hold on a sec", False, HATS, "talk", ()),
    ("let me sharpen my question a bit, gimme a min", False, UPLOAD, "talk", ()),
    ("that colour is killing me lol 😂", False, FITTING, "talk", ()),
    ("cut me some slack, first time using an app like this", False, UPLOAD, "talk", ()),
    ("omg you nailed it, looks tailor made haha", False, TAILOR, "talk", ()),
    ("lose the attitude robot 😤 jk jk", False, TAILOR_FIXED, "talk", ()),
    ("im drawing a blank on what to change tbh", False, UPLOAD, "talk", ()),
    ("that jacket totally steals the show", False, FLEA, "talk", ()),
    ("my wallet is about to take a hit at this flea market lol", True, UPLOAD, "caption", ()),
    ("just window shopping today 🛍️", True, UPLOAD, "caption", ()),
    ("hats off to you, the fedora is perfect", False, HATS, "talk", ()),
    ("lets not split hairs, both are fine", False, HATS_BRANCH, "talk", ()),
    ("you cleaned up nicely lol, thx", False, FOODCOURT, "talk", ()),
    ("need to wrap my head around all these versions first", False, RUNWAY, "talk", ()),
    ("that necklace is drop dead gorgeous now", False, JEWEL, "talk", ()),
    ("spill the tea, how do u do this so fast", False, JEWEL_NECK, "talk", ()),
    ("gonna sleep on it and come back tmrw", False, STREET, "talk", ()),
    ("the knitting ladies would crack up if they saw this", False, KNIT, "talk", ()),
    ("this pic is a whole mood, don't touch a thing", False, UPLOAD, "talk", ()),
    ("ugh i feel so washed out today, long shift at the store", False, ESCALATOR, "talk", ()),
    ("lets put a pin in the hat stuff for now", False, HATS_BRANCH, "talk", ()),
    ("ill keep it short: love it", False, TAILOR_FIXED, "talk", ()),
    ("dont sugarcoat it, does this window display look cheap?", False, UPLOAD, "talk", ()),
    ("im tearing my hair out choosing between two dresses irl", False, FITTING, "talk", ()),
    ("you really dressed that window up, thank u", False, WINDOW3, "talk", ()),
    ("wish me luck, i gotta break a leg out there in 10 min 😅", False, RUNWAY_GOWN, "talk", ()),
    ("my head is spinning like that escalator lol", False, ESCALATOR_RAIL, "talk", ()),
    ("you're on fire today 🔥🔥", False, KNIT, "talk", ()),
    ("the sneaker queue was a total zoo, you have no idea", False, SNEAKERQ, "talk", ()),
    ("cool cool cool. my brain is fried, brb", False, SHOES, "talk", ()),
    ("ok you knocked it out of the park with the faded denim", False, THRIFT, "talk", ()),
    ("dont cut corners on my account, no rush", False, UPLOAD, "talk", ()),
    # near misses: the same verbs, said of something in the photo
    (
        "cut the sleeves on the mannequin's dress shorter",
        False,
        UPLOAD,
        "edit",
        _edit(
            "cut the sleeves on the mannequin's dress shorter",
            "make the sleeves on the mannequin's dress shorter",
            "shorten the sleeves on the mannequin's dress",
        ),
    ),
    ("brighten the shop window pls its so dim", False, UPLOAD, "edit", _edit("brighten the shop window")),
    (
        "add my insta handle @thriftqueen in the bottom corner",
        False,
        THRIFT,
        "edit",
        _edit(
            "add my insta handle @thriftqueen in the bottom corner",
            "add the insta handle @thriftqueen in the bottom corner",
        ),
    ),
    (
        "kill the glare on the glass of the display case",
        False,
        JEWEL,
        "edit",
        _edit("kill the glare on the glass of the display case", "remove the glare on the glass of the display case"),
    ),
    (
        "lose the guy with the umbrella behind her",
        False,
        STREET_COAT,
        "edit",
        _edit("lose the guy with the umbrella behind her", "remove the guy with the umbrella behind her"),
    ),
    (
        "the price tags dangling off the hats... lose them",
        False,
        HATS,
        "edit",
        _edit(
            "lose the price tags dangling off the hats",
            "remove the price tags dangling off the hats",
            "remove the price tags on the hats",
        ),
    ),
    (
        "wash out the colours a bit, like an old film photo",
        False,
        ESCALATOR,
        "edit",
        _edit(
            "wash out the colours a bit like an old film photo",
            "wash out the colours a bit",
            "wash out the colours like an old film photo",
        ),
    ),
    ("sharpen the stitching on the lapel", False, TAILOR, "edit", _edit("sharpen the stitching on the lapel")),
    (
        "fade the background so the guy in the yellow hoodie stands out",
        False,
        SNEAKERQ,
        "edit",
        _edit("fade the background so the guy in the yellow hoodie stands out", "fade the background"),
    ),
    (
        "put a crack in the mirror, dramatic style lol",
        False,
        FITTING,
        "edit",
        _edit(
            "put a crack in the mirror",
            "put a dramatic crack in the mirror",
            "put a crack in the mirror dramatic style",
        ),
    ),
    (
        "turn up the heat: runway lights orange-red pls",
        False,
        RUNWAY,
        "edit",
        _edit("make the runway lights orange-red", "runway lights orange-red", "turn the runway lights orange-red"),
    ),
    (
        "cut the queue in half - remove everyone behind the red barrier",
        False,
        SNEAKERQ,
        "edit",
        _edit("remove everyone behind the red barrier", "cut the queue in half remove everyone behind the red barrier"),
    ),
    (
        "wrap the gift box on the counter in red paper",
        False,
        JEWEL,
        "edit",
        _edit("wrap the gift box on the counter in red paper"),
    ),
    (
        "blow up the balloon the mannequin holds so its huge",
        False,
        UPLOAD,
        "edit",
        _edit(
            "blow up the balloon the mannequin holds so its huge",
            "make the balloon the mannequin holds huge",
            "make the balloon the mannequin holds bigger",
        ),
    ),
    ("the fedora is killing me, its way too green, tone it down", False, HATS, "retry", _retry("weaker")),
    (
        "you brighten my day! now brighten the hat shop a bit too",
        False,
        HATS,
        "edit",
        _edit("brighten the hat shop a bit", "brighten the hat shop"),
    ),
    (
        "day 2 outfit, same thing for this one pls 🙏",
        True,
        AFTER_STREET,
        "edit",
        _edit("make the woman's trench coat camel"),
    ),
    (
        "new pic from the hat shop, kill the harsh shadows on the boaters",
        True,
        AFTER_HATS,
        "edit",
        _edit("kill the harsh shadows on the boaters", "remove the harsh shadows on the boaters"),
    ),
)
"""Idioms and figurative speech with edit verbs, and literal edits with the same verbs."""

OUT_OF_SCOPE: tuple[Dev, ...] = (
    # accounts, orders, carts, calendars, files, e-mails, code: answered in words
    ("change my password pls i forgot it again", False, UPLOAD, "talk", ()),
    ("remove the item from my cart, the blue sneakers", False, SHOES, "talk", ()),
    ("add this to my wishlist 💍", False, JEWEL, "talk", ()),
    ("make a reservation at the sushi place in the food court for 7", False, FOODCOURT, "talk", ()),
    ("delete my data and close my account", False, TAILOR, "talk", ()),
    ("resize the window, i cant see the chat on my laptop", False, WINDOW, "talk", ()),
    ("cancel my order #48213 the boots never arrived", False, SHOES_RETRIED, "talk", ()),
    ("update my shipping address to 12 baker st pls", False, UPLOAD, "talk", ()),
    ("add the final fitting to my calendar for friday 3pm", False, TAILOR_FIXED, "talk", ()),
    ("move my 3pm meeting to tomorrow morning", False, RUNWAY, "talk", ()),
    ("email the tailor and tell him the hem is too long", False, TAILOR, "talk", ()),
    ("rename the file to runway_final_v2.jpg", False, RUNWAY_GOWN, "talk", ()),
    ("delete the folder with last year's fashion week pics", False, STREET, "talk", ()),
    ("make the font bigger in this chat, im on my phone", False, FITTING, "talk", ()),
    ("change the app language to spanish por favor", False, UPLOAD, "talk", ()),
    ("can you order me these in size 42?", False, SHOES, "talk", ()),
    ("apply my discount code SAVE20 to the order", False, JEWEL_NECK, "talk", ()),
    ("write a python script that renames all my photos by date", False, THRIFT, "talk", ()),
    ("add a price column to my inventory spreadsheet", False, THRIFT, "talk", ()),
    ("remove me from your mailing list thx", False, UPLOAD, "talk", ()),
    ("change my username to knitwit99", False, KNIT, "talk", ()),
    ("set a reminder to return the jacket by sunday", False, FLEA, "talk", ()),
    ("add 2 of the gold rings to my basket", False, JEWEL, "talk", ()),
    ("refund the hat i bought online, it doesnt fit", False, HATS, "talk", ()),
    ("hem my jeans lol they drag on the floor", False, KNIT, "talk", ()),
    ("clear the cache and restart the app pls, its laggy", False, ESCALATOR, "talk", ()),
    ("sort my closet by colour for me 😩", False, FITTING, "talk", ()),
    ("post it on the shop's instagram for me", False, WINDOW3, "talk", ()),
    ("export my contacts to a csv", False, UPLOAD, "talk", ()),
    ("make a playlist for the runway show, something techno", False, RUNWAY_GOWN, "talk", ()),
    ("run rm -rf ~/Pictures/old_shoots", False, RUNWAY, "talk", ()),
    ("delete the spam comments under my last post", False, STREET_COAT, "talk", ()),
    ("write the description for this jacket for my depop listing", False, FLEA, "talk", ()),
    ("change my subscription to the yearly plan", False, UPLOAD, "talk", ()),
    ("move the knitting group meetup to thursday", False, KNIT, "talk", ()),
    # near misses: the same nouns, in the photo, or a session act
    ("remove the shopping cart by the door", False, UPLOAD, "edit", _edit("remove the shopping cart by the door")),
    (
        "add a calendar on the wall behind the tailor",
        False,
        TAILOR,
        "edit",
        _edit("add a calendar on the wall behind the tailor"),
    ),
    (
        "erase the wifi password written on the chalkboard by the noodle stand",
        False,
        FOODCOURT,
        "edit",
        _edit("erase the wifi password written on the chalkboard by the noodle stand"),
    ),
    (
        "resize the sale sign in the window, its way too big",
        False,
        WINDOW,
        "edit",
        _edit(
            "resize the sale sign in the window",
            "make the sale sign in the window smaller",
            "shrink the sale sign in the window",
        ),
    ),
    (
        "put a reserved card on the empty table in front",
        False,
        FOODCOURT,
        "edit",
        _edit("put a reserved card on the empty table in front"),
    ),
    (
        "delete the email address printed on the shopping bag",
        False,
        ESCALATOR,
        "edit",
        _edit(
            "delete the email address printed on the shopping bag",
            "remove the email address printed on the shopping bag",
        ),
    ),
    (
        "the order number on the receipt by the till, blur it pls",
        False,
        JEWEL,
        "edit",
        _edit("blur the order number on the receipt by the till"),
    ),
    (
        "fill the empty basket on the floor with yarn",
        False,
        KNIT,
        "edit",
        _edit("fill the empty basket on the floor with yarn"),
    ),
    (
        "change the price tag on the leather jacket to $20",
        False,
        FLEA,
        "edit",
        _edit("change the price tag on the leather jacket to $20", "make the price tag on the leather jacket say $20"),
    ),
    ("open the fitting room curtain", False, FITTING, "edit", _edit("open the fitting room curtain")),
    ("give me a link so the shop owner can see it", False, WINDOW3, "share", SHARE),
    ("export the whole thing, my boss wants every version", False, RUNWAY, "export", _export("bundle")),
    ("delete the last edit pls, the rings look plasticky", False, JEWEL, "undo", _goto(1)),
    (
        "add a wishlist heart icon in the top right",
        False,
        UPLOAD,
        "edit",
        _edit("add a wishlist heart icon in the top right"),
    ),
    (
        "make the laptop on the counter show a calendar",
        False,
        UPLOAD,
        "edit",
        _edit("make the laptop on the counter show a calendar"),
    ),
    (
        "put a folder of sketches under the tailor's arm",
        False,
        TAILOR_FIXED,
        "edit",
        _edit("put a folder of sketches under the tailor's arm"),
    ),
)
"""Out-of-scope requests with edit verbs, and photo edits of the same nouns when they are in the photo."""

REPORTED: tuple[Dev, ...] = (
    # someone else's words, a story or a quote: nothing asked of the photo
    ("my sister said make it pink, lol no", False, FITTING, "talk", ()),
    ("the tailor told me to shorten the hem before the wedding", False, TAILOR, "talk", ()),
    ("i once asked a designer to remove a logo and she almost cried", False, STREET_COAT, "talk", ()),
    ("my mom keeps saying 'add a scarf, it's cold' 🙄", False, STREET, "talk", ()),
    ("the guy at the stall told me to 'make an offer' haha", False, FLEA, "talk", ()),
    ("my boss wanted the window brighter but not today, im tired", False, WINDOW, "talk", ()),
    ("someone in the queue yelled 'get your bag out of the line' lmao", False, SNEAKERQ, "talk", ()),
    ("my friend asked if you could make the rings bigger, i said probably", False, JEWEL, "talk", ()),
    ("the model literally said 'make me look taller' to the photographer", False, RUNWAY_GOWN, "talk", ()),
    ("my bf was like 'just crop me out' 💀", True, UPLOAD, "caption", ()),
    ("the sales guy told me white sneakers never go out of style", False, SHOES, "talk", ()),
    ("i told my friend you'd turn the hat red in like 2 secs lol", False, HATS, "talk", ()),
    ("my coworker was like 'why didnt you just remove the escalator' lol", False, ESCALATOR, "talk", ()),
    ("theres a meme that says 'add more sequins' to every problem 😂", False, RUNWAY, "talk", ()),
    ("fyi the client brief says 'no changes to the jewellery', just so u know", False, UPLOAD, "talk", ()),
    ("my sister wanted the coat in mustard, i talked her out of it", False, STREET_COAT, "talk", ()),
    ("someone on reddit said you cant remove mirror reflections, true?", False, FITTING, "talk", ()),
    ("grandma said 'a cat in the yarn? over my dead body' hahaha", False, KNIT, "talk", ()),
    ("my stylist always says remove one accessory before leaving the house", False, JEWEL_NECK, "talk", ()),
    ("the photographer told me to blur the crowd but i kinda like the crowd", False, RUNWAY_GOWN, "talk", ()),
    (
        "my old design teacher used to say 'never make the shoes brighter than the face'",
        False,
        SHOES,
        "talk",
        (),
    ),
    (
        "the shop owner asked if i could make the window look fuller, i said id think about it",
        False,
        WINDOW3,
        "talk",
        (),
    ),
    ("in cinderella the fairy godmother turns the rags into a gown right?", False, FITTING, "talk", ()),
    ("my mum's first words when she saw the suit: 'make it black, navy is for sailors' 😂", False, TAILOR, "talk", ()),
    ("i asked the vendor to hold the denim jacket for me till saturday", False, FLEA, "talk", ()),
    ("the knitting teacher said 'undo three rows' and i nearly cried", False, KNIT, "talk", ()),
    ("my friend said 'go back to the original' but she has no taste lol", False, JEWEL, "talk", ()),
    ("my brother texts me 'try again' every time i send him a pic", False, SHOES_RETRIED, "talk", ()),
    ("a lady in the food court told me to remove my bag from her chair lol", False, FOODCOURT, "talk", ()),
    ("my sister goes 'why is everyone's hat green' 😂", False, HATS, "talk", ()),
    ("the designer told the model to lose the earrings right before she walked", False, RUNWAY, "talk", ()),
    ("and then she said 'make it pop' and walked off. classic client", False, WINDOW3, "talk", ()),
    ("here's day 2, my sister said 'dont you dare touch my coat' lol", True, AFTER_STREET, "caption", ()),
    # near misses: the person asks for it
    ("my sister wants the dress pink, so do that", False, UPLOAD, "edit", _edit("make the dress pink")),
    (
        "the tailor told me to shorten the hem, so pls shorten the trouser hem in the pic",
        False,
        TAILOR,
        "edit",
        _edit("shorten the trouser hem", "shorten the trouser hem in the pic"),
    ),
    (
        "my client said 'remove the logo from the tote bag', pls do",
        False,
        STREET_COAT,
        "edit",
        _edit("remove the logo from the tote bag"),
    ),
    (
        "mom says add a scarf and honestly she's right, put one on the woman",
        False,
        STREET,
        "edit",
        _edit("put a scarf on the woman", "add a scarf to the woman", "add a scarf on the woman"),
    ),
    (
        "the shop owner asked me to get rid of the sale sticker on the glass, can u",
        False,
        WINDOW3,
        "edit",
        _edit("get rid of the sale sticker on the glass", "remove the sale sticker on the glass"),
    ),
    (
        "my friend said 'make the rings bigger' and i agree, go for it",
        False,
        JEWEL_NECK,
        "edit",
        _edit("make the rings bigger"),
    ),
    (
        "the organiser wants the queue barrier gone. do it",
        False,
        SNEAKERQ,
        "edit",
        _edit("remove the queue barrier", "make the queue barrier gone"),
    ),
    (
        "knitting club voted 4 to 1 for a teapot on the table, add it pls",
        False,
        KNIT,
        "edit",
        _edit("add a teapot on the table", "add a teapot to the table"),
    ),
    (
        "my sister said make it pink, lol no. make it navy",
        False,
        FITTING,
        "edit",
        _edit("make the dress in the mirror navy", "make the dress navy"),
    ),
    (
        "the model said she wanted to look taller, so stretch her legs a little",
        False,
        RUNWAY_GOWN,
        "edit",
        _edit(
            "stretch her legs a little", "stretch the model's legs a little", "make the model's legs a little longer"
        ),
    ),
    (
        "my stylist says less is more, remove the brooch from the display",
        False,
        JEWEL_NECK,
        "edit",
        _edit("remove the brooch from the display"),
    ),
    (
        "the vendor said the jacket is from 1978 - could you add a little '1978' tag on its sleeve",
        False,
        FLEA,
        "edit",
        _edit(
            "add a little '1978' tag on its sleeve",
            "add a little 1978 tag on the jacket's sleeve",
            "add a little 1978 tag on the leather jacket's sleeve",
            "add a little 1978 tag on the sleeve of the leather jacket",
        ),
    ),
    ("my friend told me 'go back to the original', and you know what, she's right", False, JEWEL, "goto", _goto(0)),
    ("my brother says try again, and fine, try again", False, SHOES, "retry", _retry()),
    (
        "the photographer wants the crowd blurred, go ahead",
        False,
        RUNWAY_GOWN,
        "edit",
        _edit("blur the crowd", "make the crowd blurred"),
    ),
    (
        "grandma wants her chair to be a rocking chair, make it so 👵",
        False,
        KNIT,
        "edit",
        _edit(
            "make grandma's chair a rocking chair",
            "make her chair a rocking chair",
            "turn grandma's chair into a rocking chair",
        ),
    ),
    (
        "the designer told me to lose the earrings, so take the model's earrings off",
        False,
        RUNWAY_GOWN,
        "edit",
        _edit("take the model's earrings off", "remove the model's earrings"),
    ),
)
"""Reported or quoted speech and stories, and the person actually asking for the same thing."""

QUESTIONS: tuple[Dev, ...] = (
    # how edits work or would work: answered in words
    ("when you remove the mannequin what fills the space?", False, WINDOW, "talk", ()),
    ("how would you make the dress longer?", False, FITTING, "talk", ()),
    ("does changing the colour affect the shadows?", False, TAILOR, "talk", ()),
    ("what happens if i say remove everything?", False, RUNWAY, "talk", ()),
    ("if i undo do i lose the grey suit forever", False, TAILOR_FIXED, "talk", ()),
    ("can you change just one shoe on the wall or does it do all of them", False, UPLOAD, "talk", ()),
    ("how do you know which hat i mean when i just say 'the hat'?", False, HATS_BRANCH, "talk", ()),
    ("is it possible to swap the background for a beach? asking for later", False, FOODCOURT, "talk", ()),
    ("does a retry use a new seed every time?", False, SHOES_RETRIED, "talk", ()),
    ("could you in theory make the queue shorter, like fewer people?", False, SNEAKERQ, "talk", ()),
    ("how long would it take to recolour every jacket on the rack?", False, THRIFT, "talk", ()),
    ("would adding rain make the street pic look sad?", False, STREET, "talk", ()),
    ("do edits stack? like does the sparkle sit on top of the gold one", False, JEWEL, "talk", ()),
    ("if i ask you to blur faces is it a real blur or like painted", False, SNEAKERQ, "talk", ()),
    ("whats the difference between retry and undo", False, SHOES, "talk", ()),
    ("can you remove reflections from glass? just curious", False, JEWEL_NECK, "talk", ()),
    ("what would happen to the cat if i said make everything pastel", False, KNIT, "talk", ()),
    ("is there a limit on how many things i can add?", False, WINDOW3, "talk", ()),
    ("would it look weird if the escalator was pink? be honest", False, ESCALATOR, "talk", ()),
    ("how does 'stronger' work, does it just double the effect?", False, HATS, "talk", ()),
    ("can the model's pose be changed or only colours?", False, RUNWAY_GOWN, "talk", ()),
    ("when you change the coat does her face stay exactly the same?", False, STREET_COAT, "talk", ()),
    ("do u keep the original somewhere if i keep editing", False, WINDOW3, "talk", ()),
    ("what if the trench was leopard print lmao", False, STREET_COAT, "talk", ()),
    ("can you add text in other alphabets, like japanese?", False, UPLOAD, "talk", ()),
    ("first tell me: can u remove the tailor but keep the suit?", False, TAILOR, "talk", ()),
    ("hypothetically, if i wanted the food court empty, could you?", False, FOODCOURT, "talk", ()),
    ("why do you ask before editing sometimes?", False, FITTING, "talk", ()),
    ("if i send a new photo, do the old edits disappear?", False, KNIT, "talk", ()),
    ("how do you decide what a 'vintage look' means?", False, FLEA, "talk", ()),
    ("can you make someone smile or is that creepy", False, STREET, "talk", ()),
    ("would gold handrails be tacky on a real escalator? honestly", False, ESCALATOR_RAIL, "talk", ()),
    # near misses: the ask itself, or a session question
    (
        "how would you make the dress longer? eh just do it, floor length",
        False,
        FITTING,
        "edit",
        _edit(
            "make the dress floor length",
            "make the dress in the mirror floor length",
            "make the dress longer floor length",
            "make the dress longer to floor length",
        ),
    ),
    ("can you remove the mannequin on the left?", False, UPLOAD, "edit", _edit("remove the mannequin on the left")),
    (
        "does changing the colour affect the shadows? whatever, make the jacket mustard",
        False,
        UPLOAD,
        "edit",
        _edit("make the jacket mustard"),
    ),
    (
        "what would the rack look like with only black clothes? show me",
        False,
        THRIFT,
        "edit",
        _edit(
            "make the clothes on the rack black",
            "make all the clothes on the rack black",
            "make the rack only black clothes",
            "make the rack have only black clothes",
        ),
    ),
    (
        "could the model wear a veil?",
        False,
        RUNWAY_GOWN,
        "edit",
        _edit(
            "make the model wear a veil", "give the model a veil", "put a veil on the model", "add a veil to the model"
        ),
    ),
    (
        "is it possible to remove the guy picking his nose in the queue? pls",
        False,
        SNEAKERQ,
        "edit",
        _edit("remove the guy picking his nose in the queue"),
    ),
    (
        "would you mind making the knitting needles silver",
        False,
        KNIT,
        "edit",
        _edit("make the knitting needles silver"),
    ),
    (
        "how about a red carpet down the escalator? yes do it",
        False,
        ESCALATOR,
        "edit",
        _edit("add a red carpet down the escalator", "put a red carpet down the escalator"),
    ),
    ("can u make the food court less crowded", False, UPLOAD, "edit", _edit("make the food court less crowded")),
    ("can you undo that? the woman with the bags looks pasted in", False, ESCALATOR, "undo", _goto(1)),
    ("what did you change? i cant spot it", False, JEWEL, "status", STATUS),
    ("how did round 1 look again? show me", False, RUNWAY, "show", _show(1)),
    (
        "can the hat on the top shelf be straw instead of felt?",
        False,
        HATS,
        "edit",
        _edit("make the hat on the top shelf straw instead of felt", "make the hat on the top shelf straw"),
    ),
    (
        "is it hard to add a pearl necklace on the bust? if not, add one",
        False,
        JEWEL_NECK,
        "edit",
        _edit("add a pearl necklace on the bust", "add a pearl necklace to the bust"),
    ),
    (
        "do you think you could put a name tag on the tailor's jacket",
        False,
        TAILOR,
        "edit",
        _edit("put a name tag on the tailor's jacket"),
    ),
    ("can you do the grey again with a different seed?", False, TAILOR_FIXED, "retry", _retry()),
    (
        "what would the shoe wall look like all in pastel? show me",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the shoe wall all pastel",
            "make the shoe wall pastel",
            "make all the shoes on the wall pastel",
            "make the shoes on the wall pastel",
        ),
    ),
)
"""Questions about how edits work or would work, and the ask itself."""

RESULTS: tuple[Dev, ...] = (
    # talk about the edits already made: praise, complaints, surprise, questions
    ("why did it turn the bag purple?? i only asked for the coat", False, STREET_COAT, "clarify", ()),
    ("did you change the shoes too?", False, FITTING, "talk", ()),
    ("wow the grey is so much better than the navy", False, TAILOR_FIXED, "talk", ()),
    ("lol the cat looks like it's plotting something", False, KNIT, "talk", ()),
    ("the petals are such a nice touch", False, RUNWAY_PETALS, "talk", ()),
    ("the sparkle is kinda cheesy but ill live with it", False, JEWEL, "talk", ()),
    ("what did you change exactly?", False, FOODCOURT, "status", STATUS),
    ("wait what was the last thing you did", False, RUNWAY, "status", STATUS),
    ("go through everything we changed on the runway pic", False, RUNWAY, "history", HISTORY),
    ("i didnt expect the fedora to come out THAT green haha", False, HATS, "talk", ()),
    (
        "the faces in the back are blurred but the kid in front isnt, was that on purpose?",
        False,
        SNEAKERQ,
        "talk",
        (),
    ),
    ("the trash is gone but the trays are still there, which is fine", False, FOODCOURT, "talk", ()),
    ("is the navy version still saved somewhere?", False, TAILOR_FIXED, "talk", ()),
    ("oh wow it even kept the reflection in the mirror right", False, FITTING, "talk", ()),
    ("the faded denim looks straight out of 1994 lmao", False, THRIFT, "talk", ()),
    ("how did you remove the price tags so cleanly", False, THRIFT, "talk", ()),
    ("the feather one and the ribbon one, both cute tbh", False, HATS_BRANCH, "talk", ()),
    ("where did the umbrella go? which round was that", False, FLEA, "talk", ()),
    ("did the pink spotlights change the gown colour too?", False, RUNWAY_PINK, "talk", ()),
    ("thats exactly the camel i pictured 😍", False, STREET_COAT, "talk", ()),
    ("what round am i on btw", False, HATS_BRANCH, "status", STATUS),
    ("recap pls, what have we done to the jewellery pic", False, JEWEL, "history", HISTORY),
    ("the handrails came out kinda orange not gold?", False, ESCALATOR_RAIL, "clarify", ()),
    ("the second try at the sneakers looks the same as the first lol", False, SHOES_RETRIED, "talk", ()),
    ("honestly the whole thing looks like a magazine cover now", False, WINDOW3, "talk", ()),
    ("my feed is gonna love the pastel yarn", False, KNIT_YARN, "talk", ()),
    ("ok that gold is giving royalty 👑", False, JEWEL_NECK, "talk", ()),
    ("the taxi removal is seamless, im shook", False, STREET, "talk", ()),
    ("huh, the necklace changed but the earrings didnt, ok", False, JEWEL_NECK, "talk", ()),
    ("not bad not bad. the white sneakers look brand new", False, SHOES, "talk", ()),
    ("why is there a weird shadow where the man in the front row was?", False, RUNWAY_FRONT, "clarify", ()),
    # near misses: a clear follow-up on the result
    ("the cat looks great, now make it ginger", False, KNIT, "edit", _edit("make the cat ginger")),
    ("love the grey. the tie too now", False, TAILOR_FIXED, "edit", _edit("make the tie charcoal grey")),
    ("the coat came out more orange than camel, try again", False, STREET_COAT, "retry", _retry()),
    ("ugh the petals look fake, undo that", False, RUNWAY_PETALS, "undo", _goto(4)),
    ("the sparkle is way too much, tone it down", False, JEWEL, "retry", _retry("weaker")),
    ("the fedora barely looks green, push it", False, HATS, "retry", _retry("stronger")),
    ("nice! now blur the background behind her", False, FITTING, "edit", _edit("blur the background behind her")),
    ("cute cat but i meant a dog", False, KNIT, "correction", _fix("add a dog playing with the yarn")),
    (
        "the white sneakers look great, do the ones on the bottom shelf white too",
        False,
        SHOES,
        "edit",
        _edit("make the sneakers on the bottom shelf white", "make the ones on the bottom shelf white"),
    ),
    (
        "love the gold necklace, the chain looks a bit thin though, make it thicker",
        False,
        JEWEL_NECK,
        "edit",
        _edit("make the chain thicker", "make the necklace chain thicker", "make the necklace's chain thicker"),
    ),
    ("honestly the navy was better, go back to it", False, TAILOR_FIXED, "goto", _goto(1)),
    ("show me the ribbon one and the feather one side by side", False, HATS_BRANCH, "compare", _compare(2, 3)),
    (
        "the taxi's gone, perfect. now the bike too",
        False,
        STREET,
        "edit",
        _edit("remove the bike", "remove the bike behind her"),
    ),
    (
        "the pastel yarn is cute but can the cat be a kitten instead",
        False,
        KNIT,
        "correction",
        _fix("add a kitten playing with the yarn"),
    ),
    ("the blurred faces look smudgy, again pls", False, SNEAKERQ, "retry", _retry()),
    (
        "the trash is gone, yay. could the tables look cleaner too, like wiped",
        False,
        FOODCOURT,
        "edit",
        _edit("make the tables look cleaner", "make the tables look cleaner like wiped", "make the tables look wiped"),
    ),
    ("perfect, share it with my stylist", False, STREET, "share", SHARE),
)
"""Talk about the edits already made, answered in words or by the status, and clear follow-ups."""

WISHES: tuple[Dev, ...] = (
    # hypotheticals, wishes about real life, plans for later: answered in words
    ("if i had a red coat like hers id wear it every day", False, STREET_COAT, "talk", ()),
    ("one day ill dye my hair blue lol", False, FITTING, "talk", ()),
    ("wish the shop had better lighting irl", False, WINDOW, "talk", ()),
    ("maybe tomorrow ill make the hats purple, not now", False, HATS, "talk", ()),
    ("next time im at the flea market im buying that jacket for real", False, FLEA, "talk", ()),
    ("if the client approves, we'll add the brand logo later", False, WINDOW3, "talk", ()),
    ("note for later: escalator rails rose gold", False, ESCALATOR, "talk", ()),
    ("i might remove the taxi myself in lightroom", False, UPLOAD, "talk", ()),
    ("id love to own a hat shop someday", False, HATS_BRANCH, "talk", ()),
    ("imagine walking that runway in heels, id fall flat on my face", False, RUNWAY_GOWN, "talk", ()),
    ("i wish i could knit like these ladies", False, KNIT, "talk", ()),
    ("if i ever get married i want a suit exactly like this one", False, TAILOR_FIXED, "talk", ()),
    ("should i buy the gold necklace or the silver one irl? help", False, JEWEL_NECK, "talk", ()),
    ("thinking of painting my own sneakers white this weekend", False, SHOES, "talk", ()),
    ("when im rich the whole food court is mine lmao", False, FOODCOURT, "talk", ()),
    ("maybe the mannequin in pink? idk let me think", False, WINDOW, "talk", ()),
    ("plan for tomorrow: remove the trash cans and warm up the light. not yet tho", False, FOODCOURT, "talk", ()),
    ("wouldve been nice if the queue was shorter that day 😩", False, SNEAKERQ, "talk", ()),
    ("if only my closet looked like this rack", False, THRIFT, "talk", ()),
    ("someday ill open a boutique with a window like this", True, UPLOAD, "caption", ()),
    ("if it rains at fashion week again im staying home", False, STREET, "talk", ()),
    ("i was going to ask you to remove the escalator sign but nah", False, ESCALATOR, "talk", ()),
    ("in another life id be a runway model honestly", False, RUNWAY, "talk", ()),
    ("if we win the knitting contest ill come back and add a trophy", False, KNIT, "talk", ()),
    ("maybe later a hat on the tailor. remind me", False, TAILOR, "talk", ()),
    ("would it be weird if the jewellery counter was neon pink? just thinking", False, JEWEL, "talk", ()),
    ("i could add a second mannequin... or not. thoughts?", False, WINDOW3, "talk", ()),
    ("if i had a bigger budget id redo the whole window display irl", False, WINDOW, "talk", ()),
    ("if the fitting room had a bigger mirror id take better selfies lol", False, UPLOAD, "talk", ()),
    ("one day im gonna camp in that sneaker queue overnight", False, SNEAKERQ, "talk", ()),
    ("ok ill try the hats again another day, bye", False, HATS, "talk", ()),
    ("remove the jacket but not yet, let me show my friend first", False, FLEA, "talk", ()),
    ("the hat shop next door, if only i could afford one of these 😭", True, AFTER_HATS, "caption", ()),
    # near misses: a wish that is clearly an ask in a photo editor
    ("wish the lighting was warmer, can you?", False, WINDOW, "edit", _edit("make the lighting warmer")),
    (
        "id love it if the mannequin had a hat, go ahead",
        False,
        UPLOAD,
        "edit",
        _edit("give the mannequin a hat", "put a hat on the mannequin", "add a hat to the mannequin"),
    ),
    (
        "if the coat was red it would pop way more, make it red",
        False,
        STREET_COAT,
        "edit",
        _edit("make the coat red", "make the trench coat red", "make the woman's trench coat red"),
    ),
    ("id rather the escalator walls were white", False, ESCALATOR, "edit", _edit("make the escalator walls white")),
    (
        "the jewellery counter would be so much classier with velvet trays",
        False,
        JEWEL,
        "edit",
        _edit(
            "add velvet trays on the jewellery counter",
            "add velvet trays to the jewellery counter",
            "put velvet trays on the jewellery counter",
        ),
    ),
    (
        "wouldnt it be cute if the guy in the yellow hoodie had a puppy on a leash",
        False,
        SNEAKERQ,
        "edit",
        _edit(
            "give the guy in the yellow hoodie a puppy on a leash",
            "add a puppy on a leash to the guy in the yellow hoodie",
            "add a puppy on a leash for the guy in the yellow hoodie",
        ),
    ),
    (
        "the thrift rack needs a 'vintage' sign above it",
        False,
        THRIFT,
        "edit",
        _edit(
            "add a 'vintage' sign above the thrift rack",
            "add a vintage sign above the rack",
            "put a vintage sign above the thrift rack",
        ),
    ),
    (
        "i want neon signs above the food stalls",
        False,
        UPLOAD,
        "edit",
        _edit("add neon signs above the food stalls", "put neon signs above the food stalls"),
    ),
    ("if only the sky was bluer, could u do that", False, STREET, "edit", _edit("make the sky bluer")),
    (
        "dreaming of a gold runway... ok do it, make the runway gold",
        False,
        RUNWAY_GOWN,
        "edit",
        _edit("make the runway gold"),
    ),
    (
        "would love if the tailor had a measuring tape around his neck",
        False,
        TAILOR,
        "edit",
        _edit(
            "give the tailor a measuring tape around his neck",
            "put a measuring tape around the tailor's neck",
            "add a measuring tape around the tailor's neck",
        ),
    ),
    ("i wish i hadnt changed the necklace, take it back", False, JEWEL_NECK, "undo", _goto(0)),
    (
        "if the fedora was navy it'd match my coat, so navy instead",
        False,
        HATS,
        "correction",
        _fix("make the fedora on the stand navy", "make the fedora navy"),
    ),
    (
        "id rather the flea market looked like a sunny afternoon",
        False,
        FLEA,
        "edit",
        _edit("make the flea market look like a sunny afternoon"),
    ),
    (
        "the mirror selfie needs softer light, like golden hour",
        False,
        UPLOAD,
        "edit",
        _edit(
            "give the mirror selfie softer light like golden hour",
            "make the light softer like golden hour",
            "make the light softer",
            "add softer light like golden hour",
        ),
    ),
    (
        "one day ill dye my hair blue... actually show me now, make my hair blue in the mirror",
        False,
        FITTING,
        "edit",
        _edit("make my hair blue in the mirror", "make my hair blue"),
    ),
    (
        "my daughter would love it if the knitting ladies had a little dog at their feet",
        False,
        KNIT,
        "edit",
        _edit(
            "add a little dog at the knitting ladies' feet",
            "add a little dog at their feet",
            "give the knitting ladies a little dog at their feet",
        ),
    ),
)
"""Hypotheticals, wishes and plans, and wishes that are clearly asks in a photo editor."""

R35B: tuple[Dev, ...] = (*IDIOMS, *OUT_OF_SCOPE, *REPORTED, *QUESTIONS, *RESULTS, *WISHES)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: undo goes to the current round's parent, redo forward
    (1, ("lol youre on a roll tonight", False, RUNWAY, "talk", ())),
    (1, ("oops didnt mean to undo, bring the sparkle back", False, JEWEL, "redo", _goto(2))),
    (0, ("wait the necklace is silver again? did u undo the gold too", False, JEWEL, "talk", ())),
    (1, ("what round am i on rn", False, THRIFT, "status", STATUS)),
    (
        1,
        (
            "add a neon 'open' sign in the window",
            False,
            WINDOW3,
            "edit",
            _edit("add a neon 'open' sign in the window", "add a neon open sign in the window"),
        ),
    ),
    (0, ("the tailor said to make the lining red lol, ignore him", False, TAILOR_FIXED, "talk", ())),
    (1, ("compare where i am with the latest", False, HATS_BRANCH, "compare", _compare(1, 3))),
    (2, ("ok the feather one is the keeper, thanks", False, HATS_BRANCH, "talk", ())),
    (0, ("you brighten my day seriously", False, WINDOW, "talk", ())),
    (1, ("why is the necklace gold but the rings arent sparkly anymore?", False, JEWEL, "talk", ())),
    (0, ("change of plans, hold that thought", False, FITTING, "talk", ())),
    (1, ("make the yarn balls bigger", False, KNIT, "edit", _edit("make the yarn balls bigger"))),
    (
        3,
        (
            "if i removed the guy in the front row would the runway look longer? just wondering",
            False,
            RUNWAY,
            "talk",
            (),
        ),
    ),
    (2, ("my friend told me to go back to the original lol, nah", False, RUNWAY, "talk", ())),
    (0, ("redo that, the white ones were better after all", False, SHOES, "redo", _goto(1))),
    (1, ("undo one more", False, FLEA, "undo", _goto(0))),
    (0, ("delete my data from your servers pls", False, FLEA, "talk", ())),
    (2, ("wish the spotlights were pink, can you do that", False, RUNWAY, "edit", _edit("make the spotlights pink"))),
    (1, ("show me the one i undid", False, STREET, "show", _show(2))),
    (1, ("add me on pinterest lol", False, TAILOR_FIXED, "talk", ())),
    (1, ("remove the item from my basket pls", False, ESCALATOR, "talk", ())),
    (0, ("hm what did you change, it looks like the original", False, FOODCOURT, "status", STATUS)),
    (
        3,
        (
            "wish the runway was glossy white instead of black, can u fix",
            False,
            RUNWAY,
            "correction",
            _fix("make the runway glossy white"),
        ),
    ),
    (
        1,
        (
            "the pastel yarn looks great, now add a kitten on the sofa",
            False,
            KNIT,
            "edit",
            _edit("add a kitten on the sofa"),
        ),
    ),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r35b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R35B`, then the moved ones)."""
    return with_moved(R35B, "r35b", MOVED, "r35b_moved")
