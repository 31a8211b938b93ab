"""A fresh set of chat turns about plain edits in the messiest real wording, with a contrast of near-edits.

Written by hand from what a demanding user would want (issue 10's description of the dialogue acts),
before the model was run on it: nothing of the model was read or run while writing it. The photos are
ones no other set uses: a kebab shop at night, a dog kennel, a lasagna on a dinner table, a wedding
marquee, a mountain monastery, a manatee underwater, a prom limousine and a masquerade ball. Most turns
are plain edits typed the way people type: fillers and polite padding, questions that are real requests
about this photo, wishes ("wish the X was Y", "the X should be Y", "I want X to be Y": "make X Y"),
several requests in one turn (and, commas, then, also, numbered lists), edits with reasons and remarks
around them, "it"/"them"/"its X"/"the X too"/"same for the Y" after an edit, scary-sounding words that
are still photo edits, non-native English, heavy typos (the fixed spelling is an acceptable
alternative), emoji, all caps, captions with an edit and "same thing for this one" with a new photo.
About one turn in six is a contrast that must not edit: questions about what it can do, opinions asked
for, praise, "don't edit yet", captions that are not requests, and vague turns that deserve one short
question. The cases have the development set's format (`Dev`: turn, photo, state, act, calls) and are
judged as the held-out set is (`as_cases`); `R15D_MOVED` holds turns whose current round (first) is an
earlier one, after a goto or an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _edits, with_moved
from tests.assistant.dialogue_validation_second import _edit_on

KEBAB = ((None, None), (0, "make the neon sign above the kebab shop red"))
"""A kebab shop at night with one edit."""
KENNEL = ((None, None), (0, "give the beagle a red collar"), (1, "remove the chain-link fence"))
"""A dog kennel with two edits."""
LASAGNA = ((None, None), (0, "add steam rising from the lasagna"))
"""A lasagna on a dinner table with one edit."""
MARQUEE = (
    (None, None),
    (0, "hang fairy lights inside the marquee"),
    (1, "add white roses on the tables"),
    (2, "make the dance floor checkered black and white"),
)
"""A wedding marquee with three edits, each on the one before."""
MONASTERY = ((None, None), (0, "add snow on the monastery roofs"))
"""A mountain monastery with one edit."""
MANATEE = ((None, None), (0, "make the water around the manatee clearer"), (1, "add a school of silver fish"))
"""A manatee underwater with two edits."""
LIMO = ((None, None), (0, "paint the limousine white"))
"""A prom limousine with one edit."""
MASQUERADE = ((None, None), (0, "make her mask gold"), (1, "add peacock feathers to the mask"))
"""A masquerade ball with two edits."""

AFTER_KEBAB = (*KEBAB, (None, None))
AFTER_KENNEL = (*KENNEL, (None, None))
AFTER_LASAGNA = (*LASAGNA, (None, None))
AFTER_MARQUEE = (*MARQUEE, (None, None))
AFTER_MONASTERY = (*MONASTERY, (None, None))
AFTER_MANATEE = (*MANATEE, (None, None))
AFTER_LIMO = (*LIMO, (None, None))
AFTER_MASQUERADE = (*MASQUERADE, (None, None))

PADDED: tuple[Dev, ...] = (
    # one request wrapped in fillers and polite padding
    (
        "hey could you pls maybe make the kebab shop sign a bit brighter",
        False,
        UPLOAD,
        "edit",
        _edit("make the kebab shop sign a bit brighter"),
    ),
    (
        "i'd like the awning over the kebab shop to be green and white stripes",
        False,
        UPLOAD,
        "edit",
        _edit("make the awning over the kebab shop green and white stripes"),
    ),
    (
        "would be great if you could remove the scooter parked outside",
        False,
        UPLOAD,
        "edit",
        _edit("remove the scooter parked outside"),
    ),
    (
        "im wondering if you could add a rotating doner spit in the window",
        False,
        UPLOAD,
        "edit",
        _edit("add a rotating doner spit in the window"),
    ),
    (
        "hiya! so basically i want the beagle to have a little bandana on, a blue one",
        False,
        UPLOAD,
        "edit",
        _edit("put a little blue bandana on the beagle", "give the beagle a little blue bandana"),
    ),
    (
        "if its not too much trouble please remove the muddy paw prints on the concrete",
        False,
        UPLOAD,
        "edit",
        _edit("remove the muddy paw prints on the concrete"),
    ),
    (
        "pls pls pls make the kennel roof red",
        False,
        UPLOAD,
        "edit",
        _edit("make the kennel roof red"),
    ),
    (
        "so um, could you kinda add a tennis ball near the husky's paws?",
        False,
        UPLOAD,
        "edit",
        _edit("add a tennis ball near the husky's paws", "add a tennis ball near the husky s paws"),
    ),
    (
        "just wanted to ask if u can make the cheese on the lasagna more melty",
        False,
        UPLOAD,
        "edit",
        _edit("make the cheese on the lasagna more melty", "make the cheese on the lasagna meltier"),
    ),
    (
        "id love it if the wine glasses were full of red wine",
        False,
        UPLOAD,
        "edit",
        _edit("fill the wine glasses with red wine", "make the wine glasses full of red wine"),
    ),
    (
        "do me a favour and get rid of the ketchup bottle",
        False,
        UPLOAD,
        "edit",
        _edit("get rid of the ketchup bottle", "remove the ketchup bottle"),
    ),
    (
        "kindly sprinkle some basil leaves on top of the lasagna",
        False,
        UPLOAD,
        "edit",
        _edit("sprinkle some basil leaves on top of the lasagna"),
    ),
    (
        "ok so what i'd really like is for the marquee to have a wooden floor instead of grass",
        False,
        UPLOAD,
        "edit",
        _edit("give the marquee a wooden floor instead of grass", "make the marquee floor wooden instead of grass"),
    ),
    (
        "hello, i'd appreciate it if you could remove the stack of plastic chairs in the corner",
        False,
        UPLOAD,
        "edit",
        _edit("remove the stack of plastic chairs in the corner"),
    ),
    (
        "morning! add some hanging greenery from the marquee poles please, thanks in advance",
        False,
        UPLOAD,
        "edit",
        _edit("add some hanging greenery from the marquee poles"),
    ),
    (
        "maybe make the prayer flags on the monastery a bit more colourful?",
        False,
        UPLOAD,
        "edit",
        _edit("make the prayer flags on the monastery a bit more colourful"),
    ),
    (
        "i would like very much that you add an eagle flying above the monastery",
        False,
        UPLOAD,
        "edit",
        _edit("add an eagle flying above the monastery"),
    ),
    (
        "whenever you get a chance, remove the scaffolding on the left tower",
        False,
        UPLOAD,
        "edit",
        _edit("remove the scaffolding on the left tower"),
    ),
    (
        "yo make the manatee look like its smiling",
        False,
        UPLOAD,
        "edit",
        _edit("make the manatee look like it's smiling", "make the manatee look like its smiling"),
    ),
    (
        "would you be so kind as to add sunbeams coming down through the water",
        False,
        UPLOAD,
        "edit",
        _edit("add sunbeams coming down through the water"),
    ),
    (
        "i'd like the limo to be black",
        False,
        UPLOAD,
        "edit",
        _edit("make the limo black"),
    ),
    (
        "hey hey, add a red carpet leading up to the limo door",
        False,
        UPLOAD,
        "edit",
        _edit("add a red carpet leading up to the limo door"),
    ),
    (
        "one sec let me think... ok remove the parking meter next to the limo",
        False,
        UPLOAD,
        "edit",
        _edit("remove the parking meter next to the limo"),
    ),
    (
        "honestly just make the chandelier in the ballroom sparkle more",
        False,
        UPLOAD,
        "edit",
        _edit("make the chandelier in the ballroom sparkle more"),
    ),
    (
        "could u possibly maybe swap her mask for a silver one",
        False,
        UPLOAD,
        "edit",
        _edit("swap her mask for a silver one", "make her mask silver"),
    ),
    (
        "not sure if this works but turn the masquerade photo into a black and white shot",
        False,
        UPLOAD,
        "edit",
        _edit("turn the masquerade photo into a black and white shot"),
    ),
    (
        "alright, time to fix this: remove the exit sign above the ballroom door",
        False,
        UPLOAD,
        "edit",
        _edit("remove the exit sign above the ballroom door"),
    ),
    ("make the kebab look juicier", False, UPLOAD, "edit", _edit("make the kebab look juicier")),
    (
        "sorry to bother you again but could you also remove the extension cable by the tent",
        False,
        MARQUEE,
        "edit",
        _edit("remove the extension cable by the tent"),
    ),
    ("tysm!! next: add a mailbox by the gate", False, KENNEL, "edit", _edit("add a mailbox by the gate")),
    (
        "the lasagna gotta be on a wooden board not a plate",
        False,
        UPLOAD,
        "edit",
        _edit("put the lasagna on a wooden board not a plate", "put the lasagna on a wooden board"),
    ),
    ("plz plz make the husky howl at the moon", False, UPLOAD, "edit", _edit("make the husky howl at the moon")),
    ("warm up the colours a little", False, UPLOAD, "edit", _edit("warm up the colours a little")),
    (
        "make the whole thing look like a polaroid from the 80s",
        False,
        UPLOAD,
        "edit",
        _edit("make the whole thing look like a polaroid from the 80s"),
    ),
)
"""One request in fillers and padding: the instruction is the request alone."""

QUESTIONS: tuple[Dev, ...] = (
    # questions that are real requests about this photo
    (
        "can you make the sky over the monastery pinker?",
        False,
        UPLOAD,
        "edit",
        _edit("make the sky over the monastery pinker"),
    ),
    (
        "is it possible to remove the guy on the left eating his kebab?",
        False,
        UPLOAD,
        "edit",
        _edit("remove the guy on the left eating his kebab"),
    ),
    (
        "could you put a cherry tomato on the side of the plate?",
        False,
        UPLOAD,
        "edit",
        _edit("put a cherry tomato on the side of the plate"),
    ),
    ("any chance you can make the limo longer", False, UPLOAD, "edit", _edit("make the limo longer")),
    (
        "would you be able to give the terrier a tiny crown?",
        False,
        UPLOAD,
        "edit",
        _edit("give the terrier a tiny crown"),
    ),
    (
        "can we get rid of the cables hanging over the dance floor?",
        False,
        UPLOAD,
        "edit",
        _edit("get rid of the cables hanging over the dance floor", "remove the cables hanging over the dance floor"),
    ),
    (
        "is there a way to make the manatee's skin look less scratched up?",
        False,
        UPLOAD,
        "edit",
        _edit("make the manatee's skin look less scratched up", "make the manatee s skin look less scratched up"),
    ),
    (
        "how about making the water a deeper turquoise?",
        False,
        UPLOAD,
        "edit",
        _edit("make the water a deeper turquoise"),
    ),
    (
        "mind adding a little snow on the limo roof?",
        False,
        UPLOAD,
        "edit",
        _edit("add a little snow on the limo roof"),
    ),
    (
        "can u make the masks on the dancers in the back all red?",
        False,
        UPLOAD,
        "edit",
        _edit("make the masks on the dancers in the back all red"),
    ),
    (
        "is it possible to have a full moon above the monastery?",
        False,
        UPLOAD,
        "edit",
        _edit("add a full moon above the monastery", "put a full moon above the monastery"),
    ),
    (
        "can you take the bins out of the kebab shop photo",
        False,
        UPLOAD,
        "edit",
        _edit("take the bins out of the kebab shop photo", "remove the bins from the kebab shop photo"),
    ),
    (
        "what if you made the lasagna dish a blue ceramic one?",
        False,
        UPLOAD,
        "edit",
        _edit("make the lasagna dish a blue ceramic one"),
    ),
    (
        "why not add a chauffeur holding the door open",
        False,
        UPLOAD,
        "edit",
        _edit("add a chauffeur holding the door open"),
    ),
    (
        "could the marquee have a starry sky printed on the ceiling?",
        False,
        UPLOAD,
        "edit",
        _edit(
            "add a starry sky printed on the marquee ceiling", "give the marquee a starry sky printed on the ceiling"
        ),
    ),
    (
        "can you make this look less blurry??",
        False,
        UPLOAD,
        "edit",
        _edit("make this look less blurry", "make the photo look less blurry", "make it less blurry"),
    ),
    (
        "is it possible to make the puppies look at the camera",
        False,
        UPLOAD,
        "edit",
        _edit("make the puppies look at the camera"),
    ),
    (
        "would it be possible to remove the reflection of my phone in the limo window",
        False,
        UPLOAD,
        "edit",
        _edit("remove the reflection of my phone in the limo window"),
    ),
)
"""Questions asking for a change to this photo: an edit, never an answer about what it can do."""

WISHES: tuple[Dev, ...] = (
    # wishes and descriptions of the result: "make X Y"
    ("wish the limo was pink", False, UPLOAD, "edit", _edit("make the limo pink")),
    ("it'd be nice with snow on the mountains", False, UPLOAD, "edit", _edit("add snow on the mountains")),
    ("the kebab shop door should be yellow", False, UPLOAD, "edit", _edit("make the kebab shop door yellow")),
    (
        "I want the beagle's ears to be floppier",
        False,
        UPLOAD,
        "edit",
        _edit("make the beagle's ears floppier", "make the beagle s ears floppier"),
    ),
    ("the napkins should be red and folded", False, UPLOAD, "edit", _edit("make the napkins red and folded")),
    ("i want the marquee lit up at dusk", False, UPLOAD, "edit", _edit("make the marquee lit up at dusk")),
    (
        "if only the monastery walls were whitewashed",
        False,
        UPLOAD,
        "edit",
        _edit("make the monastery walls whitewashed", "whitewash the monastery walls"),
    ),
    (
        "the manatee needs a baby next to it",
        False,
        UPLOAD,
        "edit",
        _edit("add a baby manatee next to the manatee", "add a baby next to the manatee"),
    ),
    (
        "would look way better without the van behind the limo",
        False,
        UPLOAD,
        "edit",
        _edit("remove the van behind the limo"),
    ),
    ("her dress should be emerald green", False, UPLOAD, "edit", _edit("make her dress emerald green")),
    ("i want the ballroom to look like venice", False, UPLOAD, "edit", _edit("make the ballroom look like venice")),
    (
        "kinda wish there were candles on every table",
        False,
        UPLOAD,
        "edit",
        _edit("add candles on every table", "put candles on every table"),
    ),
    ("the puppy in front should be asleep", False, UPLOAD, "edit", _edit("make the puppy in front asleep")),
    (
        "it'd look cool if the kebab shop had a neon sign saying OPEN 24H",
        False,
        UPLOAD,
        "edit",
        _edit("add a neon sign saying open 24h to the kebab shop", "give the kebab shop a neon sign saying open 24h"),
    ),
    (
        "i want the lasagna to look homemade, not from a restaurant",
        False,
        UPLOAD,
        "edit",
        _edit("make the lasagna look homemade, not from a restaurant", "make the lasagna look homemade"),
    ),
    (
        "all the monks' robes should be saffron",
        False,
        UPLOAD,
        "edit",
        _edit("make all the monks' robes saffron", "make all the monks robes saffron"),
    ),
    (
        "the chauffeur should be wearing a top hat",
        False,
        UPLOAD,
        "edit",
        _edit("make the chauffeur wear a top hat", "make the chauffeur wearing a top hat"),
    ),
    (
        "the water needs to be way less murky",
        False,
        UPLOAD,
        "edit",
        _edit("make the water way less murky", "make the water less murky"),
    ),
)
"""Wishes and descriptions of the result: an edit that makes it so."""

SEVERAL: tuple[Dev, ...] = (
    # several requests in one turn: one edit each, in order
    (
        "make the sign blue and add a cat sitting by the door",
        False,
        UPLOAD,
        "edit",
        _edits("make the sign blue", "add a cat sitting by the door"),
    ),
    (
        "remove the bins, then brighten the shop window",
        False,
        UPLOAD,
        "edit",
        _edits("remove the bins", "brighten the shop window"),
    ),
    (
        "1. remove the water bowl 2. give the husky a green collar 3. make the grass greener",
        False,
        UPLOAD,
        "edit",
        _edits("remove the water bowl", "give the husky a green collar", "make the grass greener"),
    ),
    (
        "can you add a candle, remove the salt shaker and make the tablecloth checkered",
        False,
        UPLOAD,
        "edit",
        _edits("add a candle", "remove the salt shaker", "make the tablecloth checkered"),
    ),
    (
        "put fairy lights along the ceiling. also add a dessert table on the right",
        False,
        UPLOAD,
        "edit",
        _edits("put fairy lights along the ceiling", "add a dessert table on the right"),
    ),
    (
        "first remove the generator outside the marquee, then add a flower arch at the entrance",
        False,
        UPLOAD,
        "edit",
        _edits("remove the generator outside the marquee", "add a flower arch at the entrance"),
    ),
    (
        "things to change:\n- remove the tourists\n- make the sky clearer\n- add a yak on the path",
        False,
        UPLOAD,
        "edit",
        _edits("remove the tourists", "make the sky clearer", "add a yak on the path"),
    ),
    (
        "make the manatee bigger and the water bluer",
        False,
        UPLOAD,
        "edit",
        _edits("make the manatee bigger", "make the water bluer"),
    ),
    (
        "add a diver with a camera; remove the plastic bag floating at the top",
        False,
        UPLOAD,
        "edit",
        _edits("add a diver with a camera", "remove the plastic bag floating at the top"),
    ),
    (
        "paint the limo gold, add balloons tied to the mirrors, and put a sunset behind it",
        False,
        UPLOAD,
        "edit",
        _edits(
            "paint the limo gold",
            ("add balloons tied to the mirrors", "add balloons tied to the limo's mirrors"),
            ("put a sunset behind it", "put a sunset behind the limo"),
        ),
    ),
    (
        "make her mask purple and his mask silver",
        False,
        UPLOAD,
        "edit",
        _edits("make her mask purple", "make his mask silver"),
    ),
    (
        "a) remove the waiter in the background b) add confetti in the air",
        False,
        UPLOAD,
        "edit",
        _edits("remove the waiter in the background", "add confetti in the air"),
    ),
    (
        "dim the lights and then add candles on the window sills",
        False,
        UPLOAD,
        "edit",
        _edits("dim the lights", "add candles on the window sills"),
    ),
    (
        "make the beagle's collar red + remove the leash",
        False,
        UPLOAD,
        "edit",
        _edits(("make the beagle's collar red", "make the beagle s collar red"), "remove the leash"),
    ),
    (
        "remove the fork. remove the crumbs. make the plate white.",
        False,
        UPLOAD,
        "edit",
        _edits("remove the fork", "remove the crumbs", "make the plate white"),
    ),
    (
        "ok two things: the garlic bread should be golden and i want a glass of wine next to it",
        False,
        UPLOAD,
        "edit",
        _edits(
            "make the garlic bread golden",
            (
                "add a glass of wine next to the garlic bread",
                "add a glass of wine next to it",
                "put a glass of wine next to the garlic bread",
            ),
        ),
    ),
    (
        "add snow to the roofs and also a monk sweeping the steps",
        False,
        UPLOAD,
        "edit",
        _edits("add snow to the roofs", "add a monk sweeping the steps"),
    ),
    (
        "now remove the car in the courtyard and make the prayer wheels gold",
        False,
        MONASTERY,
        "edit",
        _edits("remove the car in the courtyard", "make the prayer wheels gold"),
    ),
    (
        "great! next add a turtle swimming by and make the sand whiter",
        False,
        MANATEE,
        "edit",
        _edits("add a turtle swimming by", "make the sand whiter"),
    ),
    (
        "sweet, now tint the windows and add a prom banner on the side",
        False,
        LIMO,
        "edit",
        _edits("tint the windows", "add a prom banner on the side"),
    ),
)
"""Several requests in one turn: and, commas, then, also, lists, numbered lists."""

REMARKS: tuple[Dev, ...] = (
    # a reason or a remark around the request
    ("the bin is ugly, remove it", False, UPLOAD, "edit", _edit("remove the bin")),
    (
        "that guy photobombed us lol, can you take him out",
        False,
        UPLOAD,
        "edit",
        _edit("take him out", "remove the guy", "remove the guy who photobombed us"),
    ),
    (
        "my mum hates the plastic tablecloth so please make it a linen one",
        False,
        UPLOAD,
        "edit",
        _edit("make the plastic tablecloth a linen one", "make the tablecloth a linen one"),
    ),
    (
        "the lasagna looks kinda dry, add more sauce on top",
        False,
        UPLOAD,
        "edit",
        _edit("add more sauce on top", "add more sauce on top of the lasagna"),
    ),
    (
        "the marquee looks so empty, fill it with guests dancing",
        False,
        UPLOAD,
        "edit",
        _edit("fill the marquee with guests dancing"),
    ),
    (
        "this is for my nans 80th so add a banner that says happy 80th nan",
        False,
        UPLOAD,
        "edit",
        _edit("add a banner that says happy 80th nan"),
    ),
    (
        "ugh the wires are so distracting, can you delete them",
        False,
        UPLOAD,
        "edit",
        _edit("delete the wires", "remove the wires"),
    ),
    (
        "the limo is our school's colour green, make it green please lol",
        False,
        UPLOAD,
        "edit",
        _edit("make the limo green"),
    ),
    (
        "i took this on my phone so its kinda dark, brighten it up",
        False,
        UPLOAD,
        "edit",
        _edit("brighten it up", "brighten the photo", "brighten the photo up"),
    ),
    (
        "the fish look fake, make them more realistic",
        False,
        MANATEE,
        "edit",
        _edit("make the fish more realistic", "make the silver fish more realistic"),
    ),
    (
        "love the gold, but the mask needs a ribbon to tie it",
        False,
        MASQUERADE,
        "edit",
        _edit("add a ribbon to tie the mask", "add a ribbon to the mask"),
    ),
    (
        "red is perfect!! the menu board is too bright now tho, tone it down",
        False,
        KEBAB,
        "edit",
        _edit("tone down the menu board", "make the menu board less bright", "tone the menu board down"),
    ),
    (
        "my boyfriend is allergic to dogs haha so remove the chihuahua on the sofa",
        False,
        UPLOAD,
        "edit",
        _edit("remove the chihuahua on the sofa"),
    ),
    (
        "the monks look cold, give them thick wool shawls",
        False,
        UPLOAD,
        "edit",
        _edit("give the monks thick wool shawls"),
    ),
    (
        "ok this is going on instagram so make the colours pop",
        False,
        UPLOAD,
        "edit",
        _edit("make the colours pop"),
    ),
)
"""Edits with reasons and remarks around them: the request alone, with "it"/"them" resolved in the turn."""

FOLLOWUPS: tuple[Dev, ...] = (
    # "it", "them", "its X" after an edit: the last edit's object
    (
        "make it flicker like it's broken",
        False,
        KEBAB,
        "edit",
        _edit(
            "make the neon sign flicker like it's broken",
            "make the neon sign above the kebab shop flicker like it's broken",
        ),
    ),
    (
        "now make it glow brighter",
        False,
        KEBAB,
        "edit",
        _edit("make the neon sign glow brighter", "make the neon sign above the kebab shop glow brighter"),
    ),
    ("the menu board too", False, KEBAB, "edit", _edit("make the menu board red")),
    ("same for the awning", False, KEBAB, "edit", _edit("make the awning red")),
    ("the water bowl as well", False, KENNEL, "edit", _edit("remove the water bowl")),
    (
        "do the same to the leash hanging on the gate",
        False,
        KENNEL,
        "edit",
        _edit("remove the leash hanging on the gate"),
    ),
    ("give the husky one too", False, KENNEL[:2], "edit", _edit("give the husky a red collar")),
    (
        "make it sparkly",
        False,
        KENNEL[:2],
        "edit",
        _edit("make the red collar sparkly", "make the beagle's red collar sparkly", "make the collar sparkly"),
    ),
    ("and from the garlic bread", False, LASAGNA, "edit", _edit("add steam rising from the garlic bread")),
    ("make it look cheesier", False, LASAGNA, "edit", _edit("make the lasagna look cheesier")),
    ("put a sprig of rosemary on it", False, LASAGNA, "edit", _edit("put a sprig of rosemary on the lasagna")),
    ("the tablecloths too", False, MARQUEE, "edit", _edit("make the tablecloths checkered black and white")),
    (
        "make it way bigger lol",
        False,
        MARQUEE,
        "edit",
        _edit("make the dance floor way bigger", "make the dance floor bigger"),
    ),
    ("put a couple dancing on it", False, MARQUEE, "edit", _edit("put a couple dancing on the dance floor")),
    ("the mountains too", False, MONASTERY, "edit", _edit("add snow on the mountains")),
    (
        "same on the courtyard pls",
        False,
        MONASTERY,
        "edit",
        _edit("add snow on the courtyard", "add snow in the courtyard"),
    ),
    (
        "ooh make them yellowish",
        False,
        MANATEE,
        "edit",
        _edit("make the silver fish yellowish", "make the school of silver fish yellowish", "make the fish yellowish"),
    ),
    (
        "make them swim closer to the manatee",
        False,
        MANATEE,
        "edit",
        _edit(
            "make the silver fish swim closer to the manatee",
            "make the school of silver fish swim closer to the manatee",
            "make the fish swim closer to the manatee",
        ),
    ),
    ("do the same around the rocks", False, MANATEE[:2], "edit", _edit("make the water around the rocks clearer")),
    (
        "make its windows tinted black",
        False,
        LIMO,
        "edit",
        _edit(
            "make the limousine's windows tinted black",
            "tint the limousine's windows black",
            "make the limousine s windows tinted black",
        ),
    ),
    (
        "its rims too",
        False,
        LIMO,
        "edit",
        _edit("paint the limousine's rims white", "paint the rims white", "paint the limousine s rims white"),
    ),
    (
        "give it a red ribbon on the hood",
        False,
        LIMO,
        "edit",
        _edit("give the limousine a red ribbon on the hood", "put a red ribbon on the limousine's hood"),
    ),
    (
        "the limo parked behind it too",
        False,
        LIMO,
        "edit",
        _edit("paint the limo parked behind it white", "paint the limousine parked behind it white"),
    ),
    (
        "ooh put a gold trim on its door handles",
        False,
        LIMO,
        "edit",
        _edit("put a gold trim on the limousine's door handles", "put a gold trim on the limousine s door handles"),
    ),
    (
        "put the same roses on the cake",
        False,
        MARQUEE[:3],
        "edit",
        _edit("put white roses on the cake", "add white roses on the cake"),
    ),
    ("make it warmer white", False, MARQUEE[:2], "edit", _edit("make the fairy lights warmer white")),
    ("and snow on the trees too pls", False, MONASTERY, "edit", _edit("add snow on the trees")),
    ("the candles as well", False, MASQUERADE[:2], "edit", _edit("make the candles gold")),
    ("add some to her hair too", False, MASQUERADE, "edit", _edit("add peacock feathers to her hair")),
    (
        "make them longer and droopier",
        False,
        MASQUERADE,
        "edit",
        _edit("make the peacock feathers longer and droopier"),
    ),
    ("his mask too", False, MASQUERADE[:2], "edit", _edit("make his mask gold")),
    ("and make it shinier", False, MASQUERADE[:2], "edit", _edit("make her mask shinier", "make the mask shinier")),
    ("do the same to the candlesticks", False, MASQUERADE[:2], "edit", _edit("make the candlesticks gold")),
)
"""Follow-ups after an edit: "it"/"them"/"its X" resolved to the last edit's object, "the X too", "same for the Y"."""

SCARY: tuple[Dev, ...] = (
    # words that sound dangerous: all photo edits
    (
        "kill the fluorescent light in the kebab shop",
        False,
        UPLOAD,
        "edit",
        _edit("kill the fluorescent light in the kebab shop", "turn off the fluorescent light in the kebab shop"),
    ),
    (
        "make the limo explode in a ball of fire",
        False,
        UPLOAD,
        "edit",
        _edit("make the limo explode in a ball of fire"),
    ),
    ("burn the edges of the lasagna a bit", False, UPLOAD, "edit", _edit("burn the edges of the lasagna a bit")),
    ("drown the kebab in chilli sauce 🌶️", False, UPLOAD, "edit", _edit("drown the kebab in chilli sauce")),
    (
        "shoot confetti cannons over the dance floor",
        False,
        UPLOAD,
        "edit",
        _edit("shoot confetti cannons over the dance floor"),
    ),
    (
        "delete the tourists from the monastery steps",
        False,
        UPLOAD,
        "edit",
        _edit("delete the tourists from the monastery steps", "remove the tourists from the monastery steps"),
    ),
    (
        "destroy the wall on the left so it looks like ruins",
        False,
        UPLOAD,
        "edit",
        _edit("destroy the wall on the left so it looks like ruins"),
    ),
    (
        "pls execute this edit: make the sky over the monastery purple",
        False,
        UPLOAD,
        "edit",
        _edit("make the sky over the monastery purple"),
    ),
    (
        "make the kebab shop sign say KILLER KEBABS",
        False,
        UPLOAD,
        "edit",
        _edit("make the kebab shop sign say killer kebabs"),
    ),
    (
        "add a speedboat about to hit the manatee",
        False,
        UPLOAD,
        "edit",
        _edit("add a speedboat about to hit the manatee"),
    ),
    ("put a knife stuck in the kebab meat", False, UPLOAD, "edit", _edit("put a knife stuck in the kebab meat")),
    (
        "make the man in the black mask hold a dagger",
        False,
        UPLOAD,
        "edit",
        _edit("make the man in the black mask hold a dagger"),
    ),
    ("blow up the wedding cake", False, UPLOAD, "edit", _edit("blow up the wedding cake")),
    ("drown the monastery in thick fog", False, UPLOAD, "edit", _edit("drown the monastery in thick fog")),
    (
        "kill the saturation, i want it moody",
        False,
        UPLOAD,
        "edit",
        _edit("kill the saturation", "desaturate the photo", "remove the saturation"),
    ),
    ("remove the dead rat by the bins ew", False, UPLOAD, "edit", _edit("remove the dead rat by the bins")),
    (
        "add fake blood dripping from the masks for halloween",
        False,
        UPLOAD,
        "edit",
        _edit("add fake blood dripping from the masks"),
    ),
    (
        "make the sign on the kennel say `DROP TABLE dogs;`",
        False,
        UPLOAD,
        "edit",
        _edit("make the sign on the kennel say `drop table dogs;`"),
    ),
    (
        "shoot a firework into the sky behind the marquee",
        False,
        UPLOAD,
        "edit",
        _edit("shoot a firework into the sky behind the marquee"),
    ),
    (
        "wipe out the graffiti on the shutter",
        False,
        UPLOAD,
        "edit",
        _edit("wipe out the graffiti on the shutter", "remove the graffiti on the shutter"),
    ),
    ("make the dogs attack the postman", False, UPLOAD, "edit", _edit("make the dogs attack the postman")),
    ("set the limo on fire 🔥", False, UPLOAD, "edit", _edit("set the limo on fire")),
    (
        "erase the credit card number on the receipt",
        False,
        UPLOAD,
        "edit",
        _edit("erase the credit card number on the receipt"),
    ),
)
"""Edits whose words sound dangerous: the tools cannot hurt anything, so each is an edit."""

ROUGH: tuple[Dev, ...] = (
    # non-native English
    ("please you make the dog more big", False, UPLOAD, "edit", _edit("make the dog bigger", "make the dog more big")),
    (
        "I want that the marquee is more bright",
        False,
        UPLOAD,
        "edit",
        _edit("make the marquee brighter", "make the marquee more bright"),
    ),
    (
        "you can remove the man which is smoking?",
        False,
        UPLOAD,
        "edit",
        _edit("remove the man which is smoking", "remove the man who is smoking"),
    ),
    (
        "put for me one lamp on the table",
        False,
        UPLOAD,
        "edit",
        _edit("put one lamp on the table", "put a lamp on the table"),
    ),
    (
        "is possible to change the color of limousine in blue?",
        False,
        UPLOAD,
        "edit",
        _edit(
            "change the color of limousine to blue",
            "change the color of the limousine to blue",
            "make the limousine blue",
            "change the color of limousine in blue",
        ),
    ),
    (
        "make the manatee to swim more up",
        False,
        UPLOAD,
        "edit",
        _edit("make the manatee swim higher", "make the manatee to swim more up", "make the manatee swim more up"),
    ),
    (
        "please the sky of monastery do more blue",
        False,
        UPLOAD,
        "edit",
        _edit("make the sky of the monastery more blue", "make the sky of monastery more blue", "make the sky bluer"),
    ),
    (
        "i need that the lasagna have more cheese",
        False,
        UPLOAD,
        "edit",
        _edit("give the lasagna more cheese", "add more cheese to the lasagna", "make the lasagna have more cheese"),
    ),
    (
        "remove please the people of behind",
        False,
        UPLOAD,
        "edit",
        _edit("remove the people behind", "remove the people of behind", "remove the people in the back"),
    ),
    # heavy typos: the fixed spelling and the typed one
    (
        "mkae the nenon sign purpel",
        False,
        UPLOAD,
        "edit",
        _edit("make the neon sign purple", "mkae the nenon sign purpel"),
    ),
    ("remvoe the dog bowel", False, UPLOAD, "edit", _edit("remove the dog bowl", "remvoe the dog bowel")),
    (
        "ad moar cheeze on the lasagne",
        False,
        UPLOAD,
        "edit",
        _edit("add more cheese on the lasagne", "ad moar cheeze on the lasagne"),
    ),
    (
        "cn u maek the limozine silvr",
        False,
        UPLOAD,
        "edit",
        _edit("make the limousine silver", "maek the limozine silvr"),
    ),
    (
        "chnage the dnace floor to wodden",
        False,
        UPLOAD,
        "edit",
        _edit("change the dance floor to wooden", "chnage the dnace floor to wodden"),
    ),
    (
        "put snwo on the monastary roof",
        False,
        UPLOAD,
        "edit",
        _edit("put snow on the monastery roof", "put snwo on the monastary roof"),
    ),
    (
        "make teh manatea more grey",
        False,
        UPLOAD,
        "edit",
        _edit("make the manatee more grey", "make teh manatea more grey", "make the manatee greyer"),
    ),
    ("remoev the scafolding pls", False, UPLOAD, "edit", _edit("remove the scaffolding", "remoev the scafolding")),
    ("give her mask sequinz", False, UPLOAD, "edit", _edit("give her mask sequins", "give her mask sequinz")),
    (
        "make the puppys eyes bluee",
        False,
        UPLOAD,
        "edit",
        _edit("make the puppy's eyes blue", "make the puppys eyes bluee", "make the puppys eyes blue"),
    ),
    (
        "tkae out the reciept on the tabel",
        False,
        UPLOAD,
        "edit",
        _edit(
            "take out the receipt on the table", "tkae out the reciept on the tabel", "remove the receipt on the table"
        ),
    ),
    ("brigthen the kebap shop", False, UPLOAD, "edit", _edit("brighten the kebab shop", "brigthen the kebap shop")),
    # emoji and capitals
    ("MAKE THE LIMO HOT PINK!!!", False, UPLOAD, "edit", _edit("make the limo hot pink")),
    ("REMOVE THE GUY IN THE HI-VIS JACKET", False, UPLOAD, "edit", _edit("remove the guy in the hi-vis jacket")),
    ("Add A Rainbow Over The Monastery", False, UPLOAD, "edit", _edit("add a rainbow over the monastery")),
    ("🐶 give the pug sunglasses 😎", False, UPLOAD, "edit", _edit("give the pug sunglasses")),
    ("more fairy lights pls ✨✨✨", False, UPLOAD, "edit", _edit("add more fairy lights", "more fairy lights")),
    (
        "make the manatee wear a tiny party hat 🥳🎉",
        False,
        UPLOAD,
        "edit",
        _edit("make the manatee wear a tiny party hat"),
    ),
    (
        "🍝➡️🔥 make the lasagna look like its straight out of the oven",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the lasagna look like it's straight out of the oven",
            "make the lasagna look like its straight out of the oven",
        ),
    ),
    ("the mask in GOLD plz 🙏", False, UPLOAD, "edit", _edit("make the mask gold")),
    ("ADD SNOW ❄️", False, UPLOAD, "edit", _edit("add snow")),
    (
        "lol make the chef look like gordon ramsay 😂",
        False,
        UPLOAD,
        "edit",
        _edit("make the chef look like gordon ramsay"),
    ),
)
"""Non-native English, heavy typos, emoji and capitals: still edits."""

CAPTIONS: tuple[Dev, ...] = (
    # a photo with an edit in its caption: one edit of the new photo
    (
        "here's my dog, make him wear a hat",
        True,
        UPLOAD,
        "edit",
        _edit("make him wear a hat", "make the dog wear a hat"),
    ),
    (
        "our kebab place 🥙 can u make the sign say MEHMET'S",
        True,
        UPLOAD,
        "edit",
        _edit("make the sign say mehmet's", "make the sign say mehmets"),
    ),
    ("lasagna i made last night, pls remove the dirty spoon", True, UPLOAD, "edit", _edit("remove the dirty spoon")),
    (
        "my cousins wedding marquee! could you add lanterns along the path?",
        True,
        UPLOAD,
        "edit",
        _edit("add lanterns along the path"),
    ),
    (
        "monastery from my trek, the sky is too grey, make it blue",
        True,
        UPLOAD,
        "edit",
        _edit("make the sky blue", "make it blue"),
    ),
    ("prom limo!! make the sky a sunset please", True, UPLOAD, "edit", _edit("make the sky a sunset")),
    ("pic of me at the masquerade, give me red lipstick", True, UPLOAD, "edit", _edit("give me red lipstick")),
    (
        "new one: the terrier, give him a yellow raincoat",
        True,
        AFTER_KENNEL,
        "edit",
        _edit("give him a yellow raincoat", "give the terrier a yellow raincoat"),
    ),
    ("manatee #2 - remove the snorkeler pls", True, AFTER_MANATEE, "edit", _edit("remove the snorkeler")),
    ("this is the dessert, add powdered sugar on top", True, AFTER_LASAGNA, "edit", _edit("add powdered sugar on top")),
    # "same thing for this one" with a new photo: the last instruction again
    (
        "same thing for this one!! the other kebab place down the road",
        True,
        AFTER_KEBAB,
        "edit",
        _edit("make the neon sign above the kebab shop red"),
    ),
    ("can u do the same here", True, AFTER_LIMO, "edit", _edit("paint the limousine white")),
    ("and this one pls, same edit", True, AFTER_MONASTERY, "edit", _edit("add snow on the monastery roofs")),
    (
        "same for this pic but purple feathers",
        True,
        AFTER_MASQUERADE,
        "edit",
        _edit("add purple feathers to the mask", "add purple peacock feathers to the mask"),
    ),
    (
        "here's the other side of the marquee, do the same dance floor thing",
        True,
        AFTER_MARQUEE,
        "edit",
        _edit("make the dance floor checkered black and white"),
    ),
    ("this one too 🙏", True, AFTER_KENNEL, "edit", _edit("remove the chain-link fence")),
    # a photo with words that are not a request: store it, ask what to change
    ("my nonnas lasagna 😍", True, UPLOAD, "caption", ()),
    ("here's the kennel where i volunteer on weekends", True, UPLOAD, "caption", ()),
    ("the limo from prom night!!", True, UPLOAD, "caption", ()),
    ("monastery in ladakh, took it last summer", True, UPLOAD, "caption", ()),
    ("another manatee pic", True, AFTER_MANATEE, "caption", ()),
    ("ok heres the marquee, dont change anything yet", True, UPLOAD, "caption", ()),
    ("this is kiwi, she's a beagle and very good girl", True, AFTER_KEBAB, "caption", ()),
)
"""Photos with words: edit captions, "same thing for this one", and captions that are not requests."""

NEAR_EDITS: tuple[Dev, ...] = (
    # capability questions, opinions asked for, praise, hold: answered in words
    ("can you remove things from photos?", False, UPLOAD, "talk", ()),
    ("is it possible to add animals to a picture?", False, KENNEL, "talk", ()),
    ("do you do faces? like smoothing skin and stuff", False, UPLOAD, "talk", ()),
    ("can you change hair colour on people?", False, MASQUERADE, "talk", ()),
    ("how good are you at getting rid of watermarks", False, UPLOAD, "talk", ()),
    ("could you add a dragon if i asked nicely", False, MONASTERY, "talk", ()),
    ("would it look better without the wine glass?", False, LASAGNA, "talk", ()),
    ("do you think the limo should be black instead?", False, LIMO, "talk", ()),
    ("whats the best colour for a prom limo in ur opinion", False, UPLOAD, "talk", ()),
    ("wow the limo looks amazing", False, LIMO, "talk", ()),
    ("omg the snow 😍😍", False, MONASTERY, "talk", ()),
    ("haha he looks so proud in his red collar", False, KENNEL[:2], "talk", ()),
    ("the checkered floor is perfect, my sister will love it", False, MARQUEE, "talk", ()),
    ("is that a manatee or a dugong lol", False, MANATEE, "talk", ()),
    ("don't edit yet, i'll tell you what i want in a sec", False, UPLOAD, "talk", ()),
    ("wait dont touch the mask", False, MASQUERADE, "talk", ()),
    ("hmm i might want the fish gone later but not yet", False, MANATEE, "talk", ()),
    ("can you make the dance floor bigger? just asking, dont do it yet", False, MARQUEE, "talk", ()),
    ("i was going to ask you to remove the scaffolding but its fine", False, MONASTERY, "talk", ()),
    ("write a toast for my sister's wedding", False, MARQUEE, "talk", ()),
    ("how do i make lasagna from scratch", False, LASAGNA, "talk", ()),
    ("order me a large doner with extra garlic sauce", False, KEBAB, "talk", ()),
    ("thanks, thats all i needed 🙂", False, KEBAB, "talk", ()),
    ("how long does an edit usually take?", False, LIMO, "talk", ()),
    ("could you, in theory, swap someone's face?", False, UPLOAD, "talk", ()),
    ("good morning! 🌞", False, UPLOAD, "talk", ()),
    # vague: one short question
    ("make it pop more idk, its so dull", False, UPLOAD, "clarify", ()),
    ("change the colour", False, UPLOAD, "clarify", ()),
    ("the one on the left i mean", False, UPLOAD, "clarify", ()),
    ("remove it pls", False, UPLOAD, "clarify", ()),
    ("the bins out front are so ugly", False, UPLOAD, "clarify", ()),
    ("something about the lighting maybe?", False, UPLOAD, "clarify", ()),
    ("can u do the thing", False, UPLOAD, "clarify", ()),
    ("ok so can you put the", False, UPLOAD, "clarify", ()),
    ("the fish", False, MANATEE, "clarify", ()),
)
"""Near-edits that are not requests: talk (capability, opinion, praise, hold, out of scope) or one question."""

R15D: tuple[Dev, ...] = (
    *PADDED,
    *QUESTIONS,
    *WISHES,
    *SEVERAL,
    *REMARKS,
    *FOLLOWUPS,
    *SCARY,
    *ROUGH,
    *CAPTIONS,
    *NEAR_EDITS,
)
"""Every turn whose state has its last round current."""

R15D_MOVED: tuple[tuple[int, Dev], ...] = (
    (1, ("now put a cake table by the entrance", False, MARQUEE, "edit", _edit("put a cake table by the entrance"))),
    (1, ("make them warm white pls", False, MARQUEE, "edit", _edit("make the fairy lights warm white"))),
    (2, ("the chairs too", False, MARQUEE, "edit", _edit("add white roses on the chairs"))),
    (0, ("ok from here just add a lynx on the wall", False, MONASTERY, "edit", _edit("add a lynx on the wall"))),
    (
        1,
        (
            "add a mermaid swimming beside it",
            False,
            MANATEE,
            "edit",
            _edit("add a mermaid swimming beside the manatee"),
        ),
    ),
    (
        1,
        (
            "can you remove the lamp post and add a bench",
            False,
            KENNEL,
            "edit",
            _edits("remove the lamp post", "add a bench"),
        ),
    ),
    (0, ("paint the limo matte black pls", False, LIMO, "edit", _edit("paint the limo matte black"))),
    (0, ("i'd like her mask to be silver", False, MASQUERADE, "edit", _edit("make her mask silver"))),
    (
        1,
        (
            "on the original photo, add a pug sleeping in the corner",
            False,
            KENNEL,
            "edit",
            _edit_on(0, "add a pug sleeping in the corner"),
        ),
    ),
    (
        1,
        (
            "is it possible to add a red ribbon to her mask?",
            False,
            MASQUERADE,
            "edit",
            _edit("add a red ribbon to her mask"),
        ),
    ),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r15d_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R15D`, then the moved ones)."""
    return with_moved(R15D, "r15d", R15D_MOVED, "r15d_moved")
