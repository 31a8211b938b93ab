"""Round 23, set b: plain edits as people really type them, the most common turn, and their near misses.

Written by hand from what a demanding user wants (issue 10's table and its "What to build" list: "an edit
is made only when the turn asks for one", the instruction "cleaned of fillers", "it"/"that" resolved to
the last edit's object), before the dialogue model was run on any of it, about photos no other set uses:
an old watermill with its millpond, a beer garden under chestnut trees, trulli houses in Puglia, a
vaporetto stop in Venice, a roulette table in a casino, a racecourse on derby day, an ox cart on a
village road, a mahout bathing an elephant in a river, a leopard on an acacia branch, a pho stall in
Hanoi, the blue domes of Santorini, a pool table in a dive bar, a biathlon shooting range, people
watching a solar eclipse and a backyard hen house. Sessions have 0 to 3 edits, some turns come with a
new photo, and a few come after an undo (the current round an older one).

Seven families, in new wordings typed as people type in a chat box (lowercase, typos, slang, emoji,
run-ons, non-native English, polite padding, terse fragments, a few in capitals): one request wrapped in
fillers, hedges and typos ("hmm ok so could u possibly ... ?? ty"); requests said as wishes or
statements ("i want the millpond frozen over", "the lanterns should glow warmer", "it needs more light
on the miller's face", "would be cool if the waitress had a flower crown"); several requests in one
turn, listed, numbered, joined with "and", "+", ";" or nothing (one edit each, in order); "it" / "that"
/ "them" / "him" / "her" after an edit (the last edit's object), "the X too", and fronted things ("the
nonna's bench — paint it olive green"); a photo whose caption asks an edit, and "same thing for this
one" in other words; photo edits whose words sound violent or technical ("kill the glare", "shoot a
beam of light onto ...", "execute: remove ...", "rm -rf the pigeons", "nuke the satellite dish") and
edits that write text on things ("make the bib say 42"); and questions, hypotheticals, opinions and
stories that only mention an edit word. About a quarter of each family are near misses whose right
answer is another act: a capability question, a turn that breaks off, "it" with nothing to point at, a
wish about the person's life, "i want it stronger" (a retry), "the blue should be less intense" (a
weaker retry), "undo that and ..." (a correction), "kill that last edit" (an undo), a shell command, a
caption that asks nothing, "do the same here" with nothing edited, a hypothetical followed by "do it"
(an edit). The cases have the development set's format (`Dev`: turn, photo, state, act, calls);
`MOVED` holds turns whose current round (first) is an earlier one, after an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    UPLOAD,
    Dev,
    _edit,
    _edits,
    _export,
    _fix,
    _goto,
    _retry,
    with_moved,
)
from tests.assistant.dialogue_validation_second import _undo_then

MILL = ((None, None), (0, "add moss on the water wheel"))
"""An old watermill (a water wheel, a millstone, the miller, flour sacks, a millpond, a footbridge), one edit."""
MILL_DUCKS = (*MILL, (1, "add ducks on the millpond"))
"""The watermill with the moss, then ducks on the millpond."""
BEERGARDEN = ((None, None), (0, "hang paper lanterns between the chestnut trees"))
"""A beer garden (long tables, steins, pretzels, a waitress in a dirndl, chestnut trees, a stage), one edit."""
BEERGARDEN_BAND = (*BEERGARDEN, (1, "add a brass band on the little stage"))
"""The beer garden with the lanterns, then a brass band on the stage."""
TRULLI = ((None, None), (0, "paint the door of the trullo blue"))
"""Trulli in Puglia (cone roofs, whitewashed walls, olive trees, a nonna on a bench, a cat on a step), one edit."""
TRULLI_VESPA = (*TRULLI, (1, "add a vespa by the door"))
"""The trulli with the blue door, then a vespa by the door."""
VAPORETTO = ((None, None), (0, "make the vaporetto bright yellow"))
"""A vaporetto stop in Venice (the water bus, a queue of tourists, mooring poles, palazzos, pigeons), one edit."""
VAPORETTO_GONDOLIER = (*VAPORETTO, (1, "add a gondolier next to the mooring poles"))
"""The vaporetto stop with the yellow boat, then a gondolier by the poles."""
CASINO = ((None, None), (0, "make the chips on the table gold"))
"""A roulette table (a croupier, the wheel, chips, green felt, a chandelier, a man in a tux), one edit."""
CASINO_LADY = ((None, None), (0, "add a woman in a red gown at the roulette table"))
"""The roulette table with one edit: a woman in a red gown added."""
RACES = ((None, None), (0, "make the jockey in front wear purple silks"))
"""A racecourse on derby day (horses, jockeys, the rail, the grandstand, hats, bookies' boards), one edit."""
RACES_THREE = (*RACES, (1, "fill the grandstand with people"), (2, "add confetti over the finish post"))
"""The racecourse with three edits, each on the one before."""
OXCART = ((None, None), (0, "paint the cart wheels red"))
"""An ox cart on a village road (two oxen, a cart of hay, a farmer with a stick, palm trees, dust), one edit."""
OXCART_HAY = (*OXCART, (1, "pile more hay on the cart"))
"""The ox cart with red wheels, then more hay."""
MAHOUT = ((None, None), (0, "give the mahout a red turban"))
"""A mahout bathing an elephant in a river (the mahout, the elephant, the river, jungle, a boat), one edit."""
LEOPARD = ((None, None), (0, "put a safari jeep under the tree"))
"""A leopard lying on an acacia branch (the leopard, the tree, savanna grass, the sky), one edit."""
LEOPARD_SUNSET = (*LEOPARD, (1, "make the sky a sunset orange"))
"""The leopard with the jeep, then a sunset sky."""
PHO = ((None, None), (0, "add more steam over the bowls"))
"""A pho stall in Hanoi (bowls of pho, red plastic stools, herbs, a cook, a big pot, scooters), one edit."""
PHO_STOOLS = (*PHO, (1, "make the plastic stools red"))
"""The pho stall with more steam, then red stools."""
SANTORINI = ((None, None), (0, "make the domes a deeper blue"))
"""Santorini (blue domes, white houses, a bell tower, shutters, steps, a cruise ship in the bay), one edit."""
SANTORINI_DONKEYS = ((None, None), (0, "add two donkeys on the steps"))
"""Santorini with one edit: two donkeys on the steps."""
POOLHALL = ((None, None), (0, "make the felt on the pool table blue"))
"""A dive bar's pool table (balls, cues, a lamp, a neon beer sign, a dartboard, beer bottles), one edit."""
POOLHALL_SIGN = (*POOLHALL, (1, "turn on the neon beer sign"))
"""The pool table with blue felt, then the neon sign on."""
BIATHLON = ((None, None), (0, "make the snow on the range whiter"))
"""A biathlon range (a biathlete lying prone with a rifle, five targets, pines, spectators, flags), one edit."""
BIATHLON_TARGETS = (*BIATHLON, (1, "make the targets bright orange"))
"""The biathlon range with whiter snow, then orange targets."""
ECLIPSE = ((None, None), (0, "make the sun a thin crescent"))
"""People watching a solar eclipse on a hill (eclipse glasses, a picnic blanket, kids, a dog), one edit."""
ECLIPSE_DOG = (*ECLIPSE, (1, "put eclipse glasses on the dog"))
"""The eclipse with the crescent, then glasses on the dog."""
HENHOUSE = ((None, None), (0, "add a rooster on the fence"))
"""A backyard hen house (hens, eggs in straw, a girl with a basket, a fence, a wheelbarrow), one edit."""
TWO_PHOTOS = ((None, None), (None, None))
"""A first photo with no edit, then a second upload."""

AFTER_TRULLI = (*TRULLI, (None, None))
"""The trulli session, then a new photo."""
AFTER_CASINO = (*CASINO, (None, None))
"""The casino session, then a new photo."""
AFTER_PHO_STOOLS = (*PHO_STOOLS, (None, None))
"""The pho stall session with two edits, then a new photo."""
AFTER_PHO = (*PHO, (None, None))
"""The pho stall session with one edit, then a new photo."""
AFTER_RACES = (*RACES, (None, None))
"""The racecourse session, then a new photo."""
AFTER_HENHOUSE = (*HENHOUSE, (None, None))
"""The hen house session, then a new photo."""
AFTER_SANTORINI = (*SANTORINI, (None, None))
"""The Santorini session, then a new photo."""
AFTER_MAHOUT = (*MAHOUT, (None, None))
"""The mahout session, then a new photo."""
AFTER_ECLIPSE_DOG = (*ECLIPSE_DOG, (None, None))
"""The eclipse session with two edits, then a new photo."""
AFTER_BEERGARDEN = (*BEERGARDEN, (None, None))
"""The beer garden session, then a new photo."""
AFTER_OXCART = (*OXCART, (None, None))
"""The ox cart session, then a new photo."""
AFTER_LEOPARD = (*LEOPARD, (None, None))
"""The leopard session, then a new photo."""
AFTER_BIATHLON_TARGETS = (*BIATHLON_TARGETS, (None, None))
"""The biathlon session with two edits, then a new photo."""

ONE_REQUEST: tuple[Dev, ...] = (
    # family 1: one request wrapped in fillers, hedges, typos, emoji, capitals and run-ons
    (
        "hmm ok so could u possibly make the millstone look a bit more worn?? ty",
        False,
        UPLOAD,
        "edit",
        _edit("make the millstone look a bit more worn", "make the millstone look more worn"),
    ),
    ("pls pls pls add ducks on the millpond 🦆🦆", False, UPLOAD, "edit", _edit("add ducks on the millpond")),
    ("REMOVE THE FLOUR SACKS BY THE DOOR", False, UPLOAD, "edit", _edit("remove the flour sacks by the door")),
    (
        "can yuo make the millers apron white",
        False,
        UPLOAD,
        "edit",
        _edit("make the millers apron white", "make the miller's apron white"),
    ),
    (
        "would you be so kind as to brighten up the footbridge a little",
        False,
        UPLOAD,
        "edit",
        _edit(
            "brighten up the footbridge a little",
            "brighten the footbridge a little",
            "make the footbridge a little brighter",
        ),
    ),
    (
        "add a waitress carrying like 6 steins at once lol",
        False,
        UPLOAD,
        "edit",
        _edit("add a waitress carrying 6 steins at once", "add a waitress carrying like 6 steins at once"),
    ),
    ("yo make the pretzels bigger", False, UPLOAD, "edit", _edit("make the pretzels bigger")),
    (
        "could you please make the olive trees look greener, thank you in advance 🙏",
        False,
        UPLOAD,
        "edit",
        _edit("make the olive trees look greener", "make the olive trees greener"),
    ),
    (
        "put a ginger cat sleeping on the step of the trullo",
        False,
        UPLOAD,
        "edit",
        _edit("put a ginger cat sleeping on the step of the trullo"),
    ),
    (
        "make tha vespa mint green plz",
        False,
        UPLOAD,
        "edit",
        _edit("make the vespa mint green", "make tha vespa mint green"),
    ),
    (
        "Could you kindly remove the pigeons from the landing stage.",
        False,
        UPLOAD,
        "edit",
        _edit("remove the pigeons from the landing stage"),
    ),
    (
        "can u make the canal water look less murky its gross",
        False,
        UPLOAD,
        "edit",
        _edit("make the canal water look less murky", "make the canal water less murky"),
    ),
    (
        "add reflections of the palazzos in the water, ty ✨",
        False,
        UPLOAD,
        "edit",
        _edit("add reflections of the palazzos in the water"),
    ),
    ("make the chandelier sparkle more pls 💎", False, UPLOAD, "edit", _edit("make the chandelier sparkle more")),
    (
        "change the felt from green to burgundy",
        False,
        UPLOAD,
        "edit",
        _edit("change the felt from green to burgundy", "make the felt burgundy"),
    ),
    (
        "lol can the croupier be smiling",
        False,
        UPLOAD,
        "edit",
        _edit("make the croupier smile", "make the croupier smiling", "make the croupier be smiling"),
    ),
    ("MAKE THE HORSES GALLOP THROUGH MUD 🐎", False, UPLOAD, "edit", _edit("make the horses gallop through mud")),
    (
        "give the ladies in the stands bigger hats",
        False,
        UPLOAD,
        "edit",
        _edit("give the ladies in the stands bigger hats"),
    ),
    (
        "make the finish post shiny gold, if thats ok",
        False,
        UPLOAD,
        "edit",
        _edit("make the finish post shiny gold"),
    ),
    ("pls add dust clouds behind the oxen", False, UPLOAD, "edit", _edit("add dust clouds behind the oxen")),
    (
        "sharpen the farmer's face a bit, its blurry",
        False,
        UPLOAD,
        "edit",
        _edit("sharpen the farmer's face a bit", "sharpen the farmer's face"),
    ),
    (
        "umm... make the road look wet like it just rained?",
        False,
        UPLOAD,
        "edit",
        _edit("make the road look wet like it just rained", "make the road look wet"),
    ),
    (
        "could you make the elephant spray water from his trunk",
        False,
        UPLOAD,
        "edit",
        _edit("make the elephant spray water from his trunk", "make the elephant spray water from its trunk"),
    ),
    (
        "add a couple of kids splashing near the elephant",
        False,
        UPLOAD,
        "edit",
        _edit("add a couple of kids splashing near the elephant"),
    ),
    (
        "make the jungle behind more misty pls",
        False,
        UPLOAD,
        "edit",
        _edit("make the jungle behind more misty", "make the jungle behind mistier", "make the jungle more misty"),
    ),
    (
        "make the leopard's spots more visible",
        False,
        UPLOAD,
        "edit",
        _edit("make the leopard's spots more visible"),
    ),
    (
        "add a lil bird on the leopard's branch 🐦",
        False,
        UPLOAD,
        "edit",
        _edit("add a little bird on the leopard's branch", "add a lil bird on the leopard's branch"),
    ),
    ("make the broth look richer pls", False, UPLOAD, "edit", _edit("make the broth look richer")),
    (
        "add a scooter zooming past w motion blur",
        False,
        UPLOAD,
        "edit",
        _edit("add a scooter zooming past with motion blur", "add a scooter zooming past w motion blur"),
    ),
    ("make the blue domes pop more", False, UPLOAD, "edit", _edit("make the blue domes pop more")),
    (
        "bougainvillea on the white wall pls",
        False,
        UPLOAD,
        "edit",
        _edit("add bougainvillea on the white wall", "put bougainvillea on the white wall"),
    ),
    ("turn the sea into a deep sapphire", False, UPLOAD, "edit", _edit("turn the sea into a deep sapphire")),
    ("change the 8 ball to a smiley face", False, UPLOAD, "edit", _edit("change the 8 ball to a smiley face")),
    (
        "make the biathlete's rifle matte black",
        False,
        UPLOAD,
        "edit",
        _edit("make the biathlete's rifle matte black"),
    ),
    ("add heavy snowfall pls", False, UPLOAD, "edit", _edit("add heavy snowfall")),
    (
        "make the crowd at the range wave flags",
        False,
        UPLOAD,
        "edit",
        _edit("make the crowd at the range wave flags"),
    ),
    ("add a few stars in the darkened sky", False, UPLOAD, "edit", _edit("add a few stars in the darkened sky")),
    (
        "add a wheelbarrow full of straw next to the coop",
        False,
        UPLOAD,
        "edit",
        _edit("add a wheelbarrow full of straw next to the coop"),
    ),
    (
        "ok so i was thinking maybe you could make the grandstand roof red, like the old one they had",
        False,
        UPLOAD,
        "edit",
        _edit("make the grandstand roof red", "make the grandstand roof red like the old one they had"),
    ),
    (
        "hiii can u remov the rope barier in front of the wheel",
        False,
        UPLOAD,
        "edit",
        _edit("remove the rope barrier in front of the wheel", "remov the rope barier in front of the wheel"),
    ),
    ("Plz mak the sky stormy", False, UPLOAD, "edit", _edit("make the sky stormy", "mak the sky stormy")),
    (
        "brighten the dark corner behind the bar, thx!!",
        False,
        UPLOAD,
        "edit",
        _edit("brighten the dark corner behind the bar"),
    ),
    (
        "nice. now make the footbridge look wet and mossy",
        False,
        MILL,
        "edit",
        _edit("make the footbridge look wet and mossy"),
    ),
    (
        "great, also put a stack of chips in front of the man in the tux",
        False,
        CASINO,
        "edit",
        _edit("put a stack of chips in front of the man in the tux"),
    ),
    (
        "perfect!! now add a pair of chopsticks resting on a bowl",
        False,
        PHO,
        "edit",
        _edit("add a pair of chopsticks resting on a bowl"),
    ),
    (
        "sry to bother again but could you add a cue leaning against the wall",
        False,
        POOLHALL_SIGN,
        "edit",
        _edit("add a cue leaning against the wall"),
    ),
    # near misses: a capability question, a turn that breaks off, nothing to act on, a retry, an undo
    ("can u make things look older?", False, UPLOAD, "talk", ()),
    ("pls make the", False, UPLOAD, "clarify", ()),
    ("hmm can you also make", False, MILL, "clarify", ()),
    ("could you make me a pretzel lol im starving", False, BEERGARDEN, "talk", ()),
    ("add more", False, UPLOAD, "clarify", ()),
    ("MAKE IT NICER", False, UPLOAD, "clarify", ()),
    ("pls make it again, the blue is all patchy", False, TRULLI, "retry", _retry()),
    ("gold but like.. stronger? they barely shine", False, CASINO, "retry", _retry("stronger")),
    (
        "uhh can you make the silks less purple, too much",
        False,
        RACES,
        "retry",
        _retry("weaker"),
    ),
    (
        "no sorry i meant the doors not the domes",
        False,
        SANTORINI,
        "correction",
        _fix("make the doors a deeper blue"),
    ),
    ("whats the top speed of a leopard lol", False, LEOPARD, "talk", ()),
    ("ugh make it like before", False, ECLIPSE, "undo", _goto(0)),
    ("make the ducks... nvm", False, UPLOAD, "talk", ()),
    ("pls help", False, UPLOAD, "clarify", ()),
)
"""Family 1: one request in fillers, typos, emoji and capitals, and near misses."""

WISHES: tuple[Dev, ...] = (
    # family 2: requests said as wishes or statements: an imperative edit
    (
        "i want the millpond frozen over",
        False,
        UPLOAD,
        "edit",
        _edit("make the millpond frozen over", "freeze the millpond", "freeze the millpond over"),
    ),
    (
        "the sky should be pink and orange, like a sunset",
        False,
        UPLOAD,
        "edit",
        _edit("make the sky pink and orange like a sunset", "make the sky pink and orange"),
    ),
    (
        "it needs more light on the miller's face",
        False,
        UPLOAD,
        "edit",
        _edit(
            "add more light on the miller's face", "put more light on the miller's face", "brighten the miller's face"
        ),
    ),
    (
        "i'd love some fireflies over the water",
        False,
        UPLOAD,
        "edit",
        _edit("add some fireflies over the water", "add fireflies over the water"),
    ),
    (
        "would be cool if the waitress had a flower crown",
        False,
        UPLOAD,
        "edit",
        _edit(
            "give the waitress a flower crown",
            "put a flower crown on the waitress",
            "add a flower crown on the waitress",
            "make the waitress have a flower crown",
        ),
    ),
    (
        "honestly the tables look too empty, they need food on them",
        False,
        UPLOAD,
        "edit",
        _edit("add food on the tables", "put food on the tables", "add food to the tables"),
    ),
    ("the lanterns should glow warmer", False, BEERGARDEN, "edit", _edit("make the lanterns glow warmer")),
    (
        "my wish: a full moon above the trullo roofs",
        False,
        UPLOAD,
        "edit",
        _edit("add a full moon above the trullo roofs"),
    ),
    ("i want that vespa gone", False, UPLOAD, "edit", _edit("remove the vespa", "remove that vespa")),
    (
        "The walls ought to be a brighter white.",
        False,
        UPLOAD,
        "edit",
        _edit("make the walls a brighter white", "make the walls brighter white", "make the walls brighter"),
    ),
    (
        "it would be nice to have some laundry hanging between the houses",
        False,
        UPLOAD,
        "edit",
        _edit("add some laundry hanging between the houses", "add laundry hanging between the houses"),
    ),
    (
        "i kinda want the gondolier holding an umbrella",
        False,
        VAPORETTO_GONDOLIER,
        "edit",
        _edit(
            "make the gondolier hold an umbrella",
            "make the gondolier holding an umbrella",
            "give the gondolier an umbrella",
        ),
    ),
    (
        "the water looks too green, should be more blue-ish",
        False,
        UPLOAD,
        "edit",
        _edit("make the water more blue", "make the water bluer", "make the water more blue ish"),
    ),
    (
        "i'd prefer no tourists in the queue",
        False,
        UPLOAD,
        "edit",
        _edit("remove the tourists in the queue", "remove the tourists from the queue"),
    ),
    (
        "there should be more chips on the table",
        False,
        UPLOAD,
        "edit",
        _edit("add more chips on the table", "put more chips on the table", "add more chips to the table"),
    ),
    (
        "the chandelier needs to be way bigger",
        False,
        UPLOAD,
        "edit",
        _edit("make the chandelier way bigger", "make the chandelier bigger"),
    ),
    (
        "i'd love it if the horses were all white",
        False,
        UPLOAD,
        "edit",
        _edit("make the horses all white", "make all the horses white", "make the horses white"),
    ),
    (
        "the grass on the track should look greener, its so brown",
        False,
        UPLOAD,
        "edit",
        _edit("make the grass on the track look greener", "make the grass on the track greener"),
    ),
    ("it needs a rainbow over the grandstand tbh", False, RACES, "edit", _edit("add a rainbow over the grandstand")),
    (
        "wld be great if the oxen had bells round their necks",
        False,
        UPLOAD,
        "edit",
        _edit(
            "give the oxen bells round their necks",
            "give the oxen bells around their necks",
            "put bells round the oxen's necks",
            "put bells around the oxen's necks",
            "add bells round the oxen's necks",
        ),
    ),
    (
        "the road should be paved, not dirt",
        False,
        UPLOAD,
        "edit",
        _edit("make the road paved", "pave the road", "make the road paved not dirt"),
    ),
    (
        "the farmer needs a straw hat",
        False,
        UPLOAD,
        "edit",
        _edit("give the farmer a straw hat", "put a straw hat on the farmer", "add a straw hat on the farmer"),
    ),
    (
        "i'd really like the river to sparkle in the sun",
        False,
        UPLOAD,
        "edit",
        _edit("make the river sparkle in the sun"),
    ),
    (
        "elephant should look wetter, like he just came out of the water",
        False,
        UPLOAD,
        "edit",
        _edit("make the elephant look wetter", "make the elephant look wetter like he just came out of the water"),
    ),
    (
        "i want a big orange sun setting behind the acacia",
        False,
        UPLOAD,
        "edit",
        _edit("add a big orange sun setting behind the acacia"),
    ),
    (
        "the leopard's eyes should glow a bit",
        False,
        UPLOAD,
        "edit",
        _edit("make the leopard's eyes glow a bit", "make the leopard's eyes glow"),
    ),
    ("imo the jeep has to go", False, UPLOAD, "edit", _edit("remove the jeep")),
    ("I'd like steam coming off the big pot", False, UPLOAD, "edit", _edit("add steam coming off the big pot")),
    (
        "the stools should be blue, not red",
        False,
        UPLOAD,
        "edit",
        _edit("make the stools blue", "make the stools blue not red"),
    ),
    (
        "would love a neon sign saying NOODLES above the stall",
        False,
        UPLOAD,
        "edit",
        _edit("add a neon sign saying NOODLES above the stall"),
    ),
    (
        "the steps are too dark, they need brightening",
        False,
        UPLOAD,
        "edit",
        _edit("brighten the steps", "make the steps brighter"),
    ),
    (
        "i wanna see a cat sleeping on the pool table",
        False,
        UPLOAD,
        "edit",
        _edit("add a cat sleeping on the pool table"),
    ),
    (
        "id love the sky deep blue and clear",
        False,
        UPLOAD,
        "edit",
        _edit("make the sky deep blue and clear"),
    ),
    (
        "a telescope on a tripod would be perfect next to the blanket",
        False,
        UPLOAD,
        "edit",
        _edit("add a telescope on a tripod next to the blanket"),
    ),
    (
        "the kids need eclipse glasses too, safety first lol",
        False,
        ECLIPSE_DOG,
        "edit",
        _edit("give the kids eclipse glasses", "put eclipse glasses on the kids", "add eclipse glasses on the kids"),
    ),
    ("the hens should be fluffier", False, UPLOAD, "edit", _edit("make the hens fluffier")),
    (
        "that fence looks too new, it should look weathered",
        False,
        HENHOUSE,
        "edit",
        _edit("make the fence look weathered", "make the fence weathered"),
    ),
    (
        "Ideally the pool balls would be arranged in a triangle.",
        False,
        UPLOAD,
        "edit",
        _edit("arrange the pool balls in a triangle", "make the pool balls arranged in a triangle"),
    ),
    (
        "the spectators should all be wearing red hats",
        False,
        BIATHLON,
        "edit",
        _edit(
            "make the spectators all wear red hats", "make the spectators wear red hats", "give the spectators red hats"
        ),
    ),
    (
        "i need the cruise ship out of the bay",
        False,
        UPLOAD,
        "edit",
        _edit("remove the cruise ship from the bay", "remove the cruise ship", "take the cruise ship out of the bay"),
    ),
    # near misses: wishes about life, questions, nothing named, a retry, an undo, a correction, an export
    ("i want to go to santorini so bad 😭", False, UPLOAD, "talk", ()),
    ("i wish i could ride an elephant one day", False, MAHOUT, "talk", ()),
    ("the wall should be white, shouldnt it? it looks grey on my screen", False, TRULLI, "talk", ()),
    ("i want it to look better", False, UPLOAD, "clarify", ()),
    ("it needs something.. not sure what", False, UPLOAD, "clarify", ()),
    ("the sky was so pink that evening, u should have seen it", False, UPLOAD, "talk", ()),
    ("i'd love to know how you do this", False, CASINO, "talk", ()),
    ("i want the previous version back", False, OXCART_HAY, "undo", _goto(1)),
    ("i'd like another go at that one", False, MAHOUT, "retry", _retry()),
    ("i want it stronger", False, BIATHLON_TARGETS, "retry", _retry("stronger")),
    ("the blue should be less intense", False, SANTORINI, "retry", _retry("weaker")),
    (
        "would be cool if the door was red instead",
        False,
        TRULLI,
        "correction",
        _fix(
            "paint the door of the trullo red",
            "make the door of the trullo red",
            "paint the door red",
            "make the door red",
        ),
    ),
    ("i'd love a copy of this as html", False, POOLHALL, "export", _export("html")),
    ("would be cool if you could do video too", False, UPLOAD, "talk", ()),
)
"""Family 2: requests said as wishes or statements, and near misses."""

SEVERAL: tuple[Dev, ...] = (
    # family 3: several requests in one turn: one edit each, in order
    (
        "remove the sacks, and also make the wheel darker",
        False,
        UPLOAD,
        "edit",
        _edits("remove the sacks", "make the wheel darker"),
    ),
    (
        "add ducks to the pond + put a heron on the footbridge",
        False,
        UPLOAD,
        "edit",
        _edits("add ducks to the pond", "put a heron on the footbridge"),
    ),
    (
        "1) remove the umbrellas 2) hang lanterns in the trees 3) brighten everything",
        False,
        UPLOAD,
        "edit",
        _edits(
            "remove the umbrellas",
            "hang lanterns in the trees",
            ("brighten everything", "brighten the photo", "brighten the whole photo"),
        ),
    ),
    (
        "pls remove the trash bins and then add a bicycle against the wall",
        False,
        UPLOAD,
        "edit",
        _edits("remove the trash bins", "add a bicycle against the wall"),
    ),
    (
        "get rid of the power lines; put a few potted geraniums by the door",
        False,
        UPLOAD,
        "edit",
        _edits("get rid of the power lines", "put a few potted geraniums by the door"),
    ),
    (
        "crop out the tourist's elbow on the left and straighten the horizon",
        False,
        UPLOAD,
        "edit",
        _edits("crop out the tourist's elbow on the left", "straighten the horizon"),
    ),
    ("REMOVE THE PIGEONS. ADD A GONDOLA.", False, UPLOAD, "edit", _edits("remove the pigeons", "add a gondola")),
    (
        "blur the faces in the queue, then make the sky clearer",
        False,
        UPLOAD,
        "edit",
        _edits("blur the faces in the queue", "make the sky clearer"),
    ),
    (
        "add a dealer button on the felt and dim the lights over the bar",
        False,
        UPLOAD,
        "edit",
        _edits("add a dealer button on the felt", "dim the lights over the bar"),
    ),
    (
        "take away the ashtray, add a martini glass by the wheel and make the chandelier warmer",
        False,
        UPLOAD,
        "edit",
        _edits(
            ("take away the ashtray", "remove the ashtray"),
            "add a martini glass by the wheel",
            "make the chandelier warmer",
        ),
    ),
    ("make the track muddy, add rain", False, UPLOAD, "edit", _edits("make the track muddy", "add rain")),
    (
        "remove the bookies board on the right, add more people at the rail",
        False,
        UPLOAD,
        "edit",
        _edits("remove the bookies board on the right", "add more people at the rail"),
    ),
    (
        "first add a second cart behind, then make the sky dusty orange",
        False,
        UPLOAD,
        "edit",
        _edits("add a second cart behind", "make the sky dusty orange"),
    ),
    (
        "put a brush in the mahout's hand, also make the river brown",
        False,
        UPLOAD,
        "edit",
        _edits("put a brush in the mahout's hand", "make the river brown"),
    ),
    (
        "add some birds in the sky. also lift the shadows under the tree",
        False,
        UPLOAD,
        "edit",
        _edits("add some birds in the sky", "lift the shadows under the tree"),
    ),
    (
        "swap the jeep for a land rover and put some zebras in the back",
        False,
        LEOPARD,
        "edit",
        _edits("swap the jeep for a land rover", "put some zebras in the back"),
    ),
    (
        "add lime wedges; remove the plastic spoon; make the herbs fresher",
        False,
        UPLOAD,
        "edit",
        _edits("add lime wedges", "remove the plastic spoon", "make the herbs fresher"),
    ),
    (
        "can you put a bowl in front of the empty stool and then add steam rising off it",
        False,
        UPLOAD,
        "edit",
        _edits("put a bowl in front of the empty stool", ("add steam rising off the bowl", "add steam rising off it")),
    ),
    (
        "add 2 donkeys on the steps and remove the cruise ship pls",
        False,
        UPLOAD,
        "edit",
        _edits("add 2 donkeys on the steps", "remove the cruise ship"),
    ),
    (
        "make the domes gold, remove the satellite dish",
        False,
        UPLOAD,
        "edit",
        _edits("make the domes gold", "remove the satellite dish"),
    ),
    (
        "rack the balls, and put a cue lying across the table",
        False,
        UPLOAD,
        "edit",
        _edits("rack the balls", "put a cue lying across the table"),
    ),
    (
        "turn off the neon sign & add a dartboard on the back wall",
        False,
        UPLOAD,
        "edit",
        _edits("turn off the neon sign", "add a dartboard on the back wall"),
    ),
    (
        "remove the spectators behind the targets then add light snowfall",
        False,
        UPLOAD,
        "edit",
        _edits("remove the spectators behind the targets", "add light snowfall"),
    ),
    (
        "add a crowd waving flags, and make the pines snowy",
        False,
        UPLOAD,
        "edit",
        _edits("add a crowd waving flags", "make the pines snowy"),
    ),
    (
        "add a telescope next to the blanket. and make the sky darker so the corona shows",
        False,
        UPLOAD,
        "edit",
        _edits(
            "add a telescope next to the blanket",
            ("make the sky darker so the corona shows", "make the sky darker"),
        ),
    ),
    (
        "remove the wheelbarrow, add a goat by the fence, make the straw more golden",
        False,
        UPLOAD,
        "edit",
        _edits("remove the wheelbarrow", "add a goat by the fence", "make the straw more golden"),
    ),
    (
        "put some fog on the millpond n make it early morning",
        False,
        UPLOAD,
        "edit",
        _edits("put some fog on the millpond", ("make it early morning", "make it look like early morning")),
    ),
    (
        "remove the guy in the blue shirt add a dog under the table make the beer look colder",
        False,
        UPLOAD,
        "edit",
        _edits("remove the guy in the blue shirt", "add a dog under the table", "make the beer look colder"),
    ),
    (
        "- remove the vespa\n- add a cat on the step",
        False,
        UPLOAD,
        "edit",
        _edits("remove the vespa", "add a cat on the step"),
    ),
    (
        "now add a second wheel in the back and remove the man in the tux",
        False,
        CASINO,
        "edit",
        _edits("add a second wheel in the back", "remove the man in the tux"),
    ),
    (
        "also put a trophy at the finish post and make the clouds stormier",
        False,
        RACES_THREE,
        "edit",
        _edits("put a trophy at the finish post", "make the clouds stormier"),
    ),
    (
        "Please: erase the graffiti on the wall. Then add a lemon tree in a pot.",
        False,
        UPLOAD,
        "edit",
        _edits("erase the graffiti on the wall", "add a lemon tree in a pot"),
    ),
    # near misses: one request with "and" inside it, thanks with one request, an undo or a retry with it,
    # a capability question, requests put off
    (
        "add salt and pepper shakers to the table",
        False,
        UPLOAD,
        "edit",
        _edit("add salt and pepper shakers to the table"),
    ),
    (
        "put a black and white cat on the pool table",
        False,
        UPLOAD,
        "edit",
        _edit("put a black and white cat on the pool table"),
    ),
    (
        "remove the tourists and their selfie sticks",
        False,
        UPLOAD,
        "edit",
        _edit("remove the tourists and their selfie sticks"),
    ),
    (
        "add a heron standing in the pond and eating a fish",
        False,
        UPLOAD,
        "edit",
        _edit("add a heron standing in the pond and eating a fish", "add a heron standing in the pond eating a fish"),
    ),
    (
        "thanks!! and add a scooter in the back",
        False,
        PHO,
        "edit",
        _edit("add a scooter in the back"),
    ),
    (
        "undo that and put a bicycle by the door instead",
        False,
        TRULLI_VESPA,
        "correction",
        _undo_then(1, "put a bicycle by the door"),
    ),
    ("try it again and make it stronger", False, POOLHALL, "retry", _retry("stronger")),
    ("can you remove people and add animals?", False, UPLOAD, "talk", ()),
    ("i want to remove the jeep and add zebras but not yet, let me think", False, LEOPARD, "talk", ()),
    (
        "remove the ship and... hmm no, just the ship",
        False,
        UPLOAD,
        "edit",
        _edit("remove the ship"),
    ),
)
"""Family 3: several requests in one turn, and near misses."""

PRONOUNS: tuple[Dev, ...] = (
    # family 4: "it" / "them" / "him" / "her" after an edit is its object; "the X too"; fronted things
    ("make it red pls", False, TRULLI_VESPA, "edit", _edit("make the vespa red")),
    ("put a helmet on it", False, TRULLI_VESPA, "edit", _edit("put a helmet on the vespa")),
    (
        "give them little saddles",
        False,
        SANTORINI_DONKEYS,
        "edit",
        _edit(
            "give the donkeys little saddles",
            "put little saddles on the donkeys",
            "give the two donkeys little saddles",
        ),
    ),
    (
        "give him a straw boater hat",
        False,
        VAPORETTO_GONDOLIER,
        "edit",
        _edit("give the gondolier a straw boater hat", "put a straw boater hat on the gondolier"),
    ),
    ("make him wave at the camera", False, VAPORETTO_GONDOLIER, "edit", _edit("make the gondolier wave at the camera")),
    (
        "give her a pearl necklace",
        False,
        CASINO_LADY,
        "edit",
        _edit(
            "give the woman in the red gown a pearl necklace",
            "give the woman a pearl necklace",
            "put a pearl necklace on the woman in the red gown",
        ),
    ),
    (
        "make her hold a glass of champagne",
        False,
        CASINO_LADY,
        "edit",
        _edit("make the woman in the red gown hold a glass of champagne", "make the woman hold a glass of champagne"),
    ),
    ("now make him laugh", False, MAHOUT, "edit", _edit("make the mahout laugh")),
    (
        "have him hold a scrubbing brush",
        False,
        MAHOUT,
        "edit",
        _edit("make the mahout hold a scrubbing brush", "give the mahout a scrubbing brush"),
    ),
    (
        "add some mud on them",
        False,
        OXCART,
        "edit",
        _edit("add some mud on the cart wheels", "add mud on the cart wheels"),
    ),
    (
        "put a burn mark on it lol",
        False,
        POOLHALL,
        "edit",
        _edit(
            "put a burn mark on the felt",
            "add a burn mark on the felt",
            "put a burn mark on the felt on the pool table",
        ),
    ),
    (
        "fill it with tourists taking pics",
        False,
        LEOPARD,
        "edit",
        _edit(
            "fill the jeep with tourists taking pics",
            "fill the safari jeep with tourists taking pics",
            "fill the jeep with tourists taking pictures",
        ),
    ),
    (
        "put a customer on each of them",
        False,
        PHO_STOOLS,
        "edit",
        _edit(
            "put a customer on each of the plastic stools",
            "put a customer on each of the stools",
            "put a customer on each stool",
        ),
    ),
    ("make it crow", False, HENHOUSE, "edit", _edit("make the rooster crow")),
    ("make him sit on the blanket", False, ECLIPSE_DOG, "edit", _edit("make the dog sit on the blanket")),
    (
        "make them all different colours",
        False,
        BEERGARDEN,
        "edit",
        _edit(
            "make the paper lanterns all different colours",
            "make the lanterns all different colours",
            "make the lanterns different colours",
        ),
    ),
    (
        "give him a matching purple cap",
        False,
        RACES,
        "edit",
        _edit("give the jockey in front a matching purple cap", "give the jockey a matching purple cap"),
    ),
    (
        "add ducklings following them",
        False,
        MILL_DUCKS,
        "edit",
        _edit("add ducklings following the ducks"),
    ),
    (
        "put some snow on top of them",
        False,
        BIATHLON_TARGETS,
        "edit",
        _edit("put some snow on top of the targets"),
    ),
    (
        "write LINEA 1 on its side",
        False,
        VAPORETTO,
        "edit",
        _edit("write LINEA 1 on the vaporetto's side", "write LINEA 1 on the side of the vaporetto"),
    ),
    ("do that to the shutters too", False, SANTORINI, "edit", _edit("make the shutters a deeper blue")),
    ("same for the doors", False, SANTORINI, "edit", _edit("make the doors a deeper blue")),
    ("the bell tower too pls", False, SANTORINI, "edit", _edit("make the bell tower a deeper blue")),
    # fronted things: the thing first, then what to do with it
    (
        "the nonna's bench — paint it olive green",
        False,
        UPLOAD,
        "edit",
        _edit("paint the nonna's bench olive green"),
    ),
    (
        "that cat on the step, get rid of it",
        False,
        UPLOAD,
        "edit",
        _edit("get rid of the cat on the step", "remove the cat on the step"),
    ),
    ("the chandelier. make it crystal clear", False, UPLOAD, "edit", _edit("make the chandelier crystal clear")),
    ("as for the grandstand, fill it with fans", False, UPLOAD, "edit", _edit("fill the grandstand with fans")),
    (
        "those bookie boards on the right - blur them",
        False,
        UPLOAD,
        "edit",
        _edit("blur the bookie boards on the right", "blur those bookie boards on the right"),
    ),
    ("river water → make it clearer", False, UPLOAD, "edit", _edit("make the river water clearer")),
    (
        "the acacia tree... could u make it a bit taller",
        False,
        UPLOAD,
        "edit",
        _edit("make the acacia tree a bit taller", "make the acacia tree taller"),
    ),
    (
        "the plastic spoon in the bowl, swap it for a porcelain one",
        False,
        UPLOAD,
        "edit",
        _edit(
            "swap the plastic spoon in the bowl for a porcelain one",
            "replace the plastic spoon in the bowl with a porcelain one",
            "swap the plastic spoon for a porcelain one",
        ),
    ),
    (
        "the cruise ship in the bay, make it smaller",
        False,
        UPLOAD,
        "edit",
        _edit("make the cruise ship in the bay smaller", "make the cruise ship smaller"),
    ),
    ("8 ball. make it glow", False, UPLOAD, "edit", _edit("make the 8 ball glow")),
    ("the rifle — can u make it wooden", False, UPLOAD, "edit", _edit("make the rifle wooden")),
    ("Telescope: make it brass", False, UPLOAD, "edit", _edit("make the telescope brass")),
    (
        "the girl with the basket, give her rain boots",
        False,
        UPLOAD,
        "edit",
        _edit("give the girl with the basket rain boots", "put rain boots on the girl with the basket"),
    ),
    ("the eggs in the straw, make them speckled", False, UPLOAD, "edit", _edit("make the eggs in the straw speckled")),
    (
        "the miller? give him a flour-dusted beard",
        False,
        UPLOAD,
        "edit",
        _edit("give the miller a flour-dusted beard"),
    ),
    # near misses: nothing to point at, praise of it, a retry, a weaker retry, a correction, a question
    ("make it pink", False, UPLOAD, "clarify", ()),
    ("get rid of them", False, UPLOAD, "clarify", ()),
    ("i love it 😍", False, TRULLI_VESPA, "talk", ()),
    ("omg they are so cute", False, SANTORINI_DONKEYS, "talk", ()),
    ("she looks stunning, thank u", False, CASINO_LADY, "talk", ()),
    ("do him again, his face is all weird", False, VAPORETTO_GONDOLIER, "retry", _retry()),
    ("theyre way too bright, tone it down", False, OXCART, "retry", _retry("weaker")),
    ("its sooo orange now, tone it down a notch", False, LEOPARD_SUNSET, "retry", _retry("weaker")),
    ("what is he holding?", False, MAHOUT, "talk", ()),
    ("is it velvet?", False, POOLHALL, "talk", ()),
    ("no, them blue not red", False, PHO_STOOLS, "correction", _fix("make the plastic stools blue")),
    ("the bench, idk, something", False, UPLOAD, "clarify", ()),
)
"""Family 4: pronouns after an edit, "the X too" and fronted things, and near misses."""

CAPTIONS: tuple[Dev, ...] = (
    # family 5: a photo whose caption asks an edit: one edit of the new photo
    (
        "our trullo airbnb!! can u make the sky less grey",
        True,
        UPLOAD,
        "edit",
        _edit("make the sky less grey"),
    ),
    (
        "mill near my grans village - pls remove the car parked by the wheel",
        True,
        UPLOAD,
        "edit",
        _edit("remove the car parked by the wheel"),
    ),
    (
        "beer garden yesterday 🍺 could you blur the people at the back table",
        True,
        UPLOAD,
        "edit",
        _edit("blur the people at the back table"),
    ),
    (
        "vaporetto stop at rialto. i want the water more turquoise",
        True,
        UPLOAD,
        "edit",
        _edit("make the water more turquoise"),
    ),
    ("me at the roulette table lol, make my tie red", True, UPLOAD, "edit", _edit("make my tie red")),
    (
        "Derby day! Please remove the man in the grey coat from the front.",
        True,
        UPLOAD,
        "edit",
        _edit("remove the man in the grey coat from the front"),
    ),
    (
        "ox cart in tamil nadu, add some marigold garlands on the oxen",
        True,
        UPLOAD,
        "edit",
        _edit("add some marigold garlands on the oxen", "add marigold garlands on the oxen"),
    ),
    (
        "the elephant bath at the camp 🐘 brighten the shadows under the trees pls",
        True,
        UPLOAD,
        "edit",
        _edit("brighten the shadows under the trees"),
    ),
    (
        "leopard we spotted on day 3!!! its a bit blurry, can u sharpen the leopard",
        True,
        UPLOAD,
        "edit",
        _edit("sharpen the leopard"),
    ),
    (
        "pho in hanoi, best bowl of my life. add a cold beer next to the bowl",
        True,
        UPLOAD,
        "edit",
        _edit("add a cold beer next to the bowl"),
    ),
    ("oia at sunset, remove the crowd on the wall pls", True, UPLOAD, "edit", _edit("remove the crowd on the wall")),
    (
        "pool night w the boys, put sunglasses on everyone 😎",
        True,
        UPLOAD,
        "edit",
        _edit("put sunglasses on everyone"),
    ),
    (
        "biathlon world cup, the snow looks grey, can u whiten it",
        True,
        UPLOAD,
        "edit",
        _edit("whiten the snow", "make the snow whiter", "whiten it"),
    ),
    (
        "eclipse 2024 from our roof!! make the corona glow more",
        True,
        UPLOAD,
        "edit",
        _edit("make the corona glow more"),
    ),
    ("my girls 🐔 add a tiny crown on the brown hen", True, UPLOAD, "edit", _edit("add a tiny crown on the brown hen")),
    (
        "trulli pic: remove the scaffolding, add a lemon tree by the wall",
        True,
        UPLOAD,
        "edit",
        _edits("remove the scaffolding", "add a lemon tree by the wall"),
    ),
    (
        "heres the mill. 1 remove the fence 2 add mist over the water",
        True,
        UPLOAD,
        "edit",
        _edits("remove the fence", "add mist over the water"),
    ),
    (
        "Hello, this is photo of my village. Please to make the road less dusty.",
        True,
        UPLOAD,
        "edit",
        _edit("make the road less dusty"),
    ),
    (
        "second pic from the races, this one i want in black and white",
        True,
        AFTER_RACES,
        "edit",
        _edit("make it black and white", "make this one black and white", "make the photo black and white"),
    ),
    # "same thing for this one" in other words: the last instruction on the new photo
    ("same again on this pic", True, AFTER_TRULLI, "edit", _edit("paint the door of the trullo blue")),
    ("do the gold chips thing on this one too", True, AFTER_CASINO, "edit", _edit("make the chips on the table gold")),
    ("same edit here 🙏", True, AFTER_PHO_STOOLS, "edit", _edit("make the plastic stools red")),
    (
        "and this one, same as the other",
        True,
        AFTER_RACES,
        "edit",
        _edit("make the jockey in front wear purple silks"),
    ),
    ("one more, repeat what u did", True, AFTER_HENHOUSE, "edit", _edit("add a rooster on the fence")),
    ("this one as well pls", True, AFTER_SANTORINI, "edit", _edit("make the domes a deeper blue")),
    ("same turban on him here", True, AFTER_MAHOUT, "edit", _edit("give the mahout a red turban")),
    (
        "same for this one but on the cat",
        True,
        AFTER_ECLIPSE_DOG,
        "edit",
        _edit("put eclipse glasses on the cat"),
    ),
    (
        "apply the same to this photo",
        True,
        AFTER_BEERGARDEN,
        "edit",
        _edit("hang paper lanterns between the chestnut trees"),
    ),
    (
        "same thing but blue wheels this time",
        True,
        AFTER_OXCART,
        "edit",
        _edit("paint the cart wheels blue"),
    ),
    (
        "same edit and also make the grass golden",
        True,
        AFTER_LEOPARD,
        "edit",
        _edits("put a safari jeep under the tree", "make the grass golden"),
    ),
    (
        "the other angle — do what you did to the targets",
        True,
        AFTER_BIATHLON_TARGETS,
        "edit",
        _edit("make the targets bright orange"),
    ),
    # near misses: captions that ask nothing, a question, "do the same" with nothing edited, no photo
    ("the mill near my grans village 🥰", True, UPLOAD, "caption", ()),
    ("roulette night, i lost 50 bucks lmao", True, UPLOAD, "caption", ()),
    ("derby day. the hats were insane", True, UPLOAD, "caption", ()),
    ("leopard!! we waited 3 hours for this shot", True, UPLOAD, "caption", ()),
    ("santorini. should i remove the tourists or is it fine?", True, UPLOAD, "talk", ()),
    ("do the same here", True, TWO_PHOTOS, "clarify", ()),
    ("another one from hanoi, dont touch it yet", True, AFTER_PHO, "caption", ()),
    ("here's the coop from the other side, i'll tell u what to do", True, AFTER_HENHOUSE, "caption", ()),
    ("ox cart pic. the colours are kinda off idk", True, UPLOAD, "clarify", ()),
    ("heres the pool hall pic, make the lamp brighter", False, (), "clarify", ()),
    ("biathlon, the one i told u about. is the rifle real?", True, UPLOAD, "talk", ()),
)
"""Family 5: edit captions and "same thing for this one", and near misses."""

ROUGH_WORDS: tuple[Dev, ...] = (
    # family 6: photo edits whose words sound violent or technical, and edits that write text
    (
        "kill the glare on the felt",
        False,
        UPLOAD,
        "edit",
        _edit("kill the glare on the felt", "remove the glare on the felt"),
    ),
    (
        "shoot a beam of light onto the croupier's hands",
        False,
        UPLOAD,
        "edit",
        _edit(
            "shoot a beam of light onto the croupier's hands",
            "add a beam of light onto the croupier's hands",
            "add a beam of light on the croupier's hands",
        ),
    ),
    (
        "drop the shadows under the tables by like 50%",
        False,
        UPLOAD,
        "edit",
        _edit(
            "drop the shadows under the tables by 50%",
            "drop the shadows under the tables",
            "reduce the shadows under the tables by 50%",
        ),
    ),
    (
        "execute: remove the power cable running up the wall",
        False,
        UPLOAD,
        "edit",
        _edit("remove the power cable running up the wall"),
    ),
    (
        "delete the watermark in the bottom corner",
        False,
        UPLOAD,
        "edit",
        _edit("delete the watermark in the bottom corner", "remove the watermark in the bottom corner"),
    ),
    (
        "run a blur over the background",
        False,
        UPLOAD,
        "edit",
        _edit("run a blur over the background", "blur the background"),
    ),
    (
        "terminate the tourist in the yellow poncho",
        False,
        UPLOAD,
        "edit",
        _edit("terminate the tourist in the yellow poncho", "remove the tourist in the yellow poncho"),
    ),
    (
        "nuke the ugly satellite dish on the roof",
        False,
        UPLOAD,
        "edit",
        _edit(
            "nuke the ugly satellite dish on the roof",
            "remove the ugly satellite dish on the roof",
            "remove the satellite dish on the roof",
        ),
    ),
    ("make the leopard attack the jeep", False, LEOPARD, "edit", _edit("make the leopard attack the jeep")),
    (
        "make the biathlete fire the rifle, smoke from the barrel and all",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the biathlete fire the rifle with smoke from the barrel",
            "make the biathlete fire the rifle smoke from the barrel and all",
            "make the biathlete fire the rifle",
        ),
    ),
    ("add a bullet hole in each target", False, UPLOAD, "edit", _edit("add a bullet hole in each target")),
    ("make the horses crash through the rail", False, UPLOAD, "edit", _edit("make the horses crash through the rail")),
    (
        "put a cleaver on the chopping board behind the cook",
        False,
        UPLOAD,
        "edit",
        _edit("put a cleaver on the chopping board behind the cook"),
    ),
    ("make the elephant charge at the camera", False, UPLOAD, "edit", _edit("make the elephant charge at the camera")),
    ("chop down the palm tree on the left", False, UPLOAD, "edit", _edit("chop down the palm tree on the left")),
    ("set the hay on the cart on fire 🔥", False, OXCART, "edit", _edit("set the hay on the cart on fire")),
    (
        "burn the edges of the photo like an old map",
        False,
        UPLOAD,
        "edit",
        _edit("burn the edges of the photo like an old map"),
    ),
    ("sudo make the domes gold", False, UPLOAD, "edit", _edit("make the domes gold", "sudo make the domes gold")),
    ("rm -rf the pigeons", False, UPLOAD, "edit", _edit("remove the pigeons", "rm -rf the pigeons")),
    (
        "/edit add a kingfisher on the water wheel",
        False,
        UPLOAD,
        "edit",
        _edit("add a kingfisher on the water wheel", "edit add a kingfisher on the water wheel"),
    ),
    (
        "inject more contrast into the shadows",
        False,
        UPLOAD,
        "edit",
        _edit("inject more contrast into the shadows", "add more contrast to the shadows"),
    ),
    ("strip the paint off the cart", False, UPLOAD, "edit", _edit("strip the paint off the cart")),
    (
        "kill the lights in the bar except the lamp over the table",
        False,
        UPLOAD,
        "edit",
        _edit("kill the lights in the bar except the lamp over the table"),
    ),
    (
        "exterminate the flies on the pho",
        False,
        UPLOAD,
        "edit",
        _edit("exterminate the flies on the pho", "remove the flies on the pho", "remove the flies from the pho"),
    ),
    (
        "wipe out the footprints in the snow",
        False,
        UPLOAD,
        "edit",
        _edit("wipe out the footprints in the snow", "remove the footprints in the snow"),
    ),
    ("git rid of the tripod", False, UPLOAD, "edit", _edit("get rid of the tripod", "git rid of the tripod")),
    (
        "DELETE THE PICNIC BASKET",
        False,
        UPLOAD,
        "edit",
        _edit("delete the picnic basket", "remove the picnic basket"),
    ),
    (
        "fire up the lanterns so they glow",
        False,
        BEERGARDEN,
        "edit",
        _edit("fire up the lanterns so they glow", "make the lanterns glow", "light up the lanterns so they glow"),
    ),
    # edits that write text on things
    (
        "make the sign over the stall say PHO 24H",
        False,
        UPLOAD,
        "edit",
        _edit("make the sign over the stall say PHO 24H"),
    ),
    (
        "write 'SOLD OUT' on the chalkboard",
        False,
        UPLOAD,
        "edit",
        _edit("write 'SOLD OUT' on the chalkboard"),
    ),
    ("make the bib say 42", False, UPLOAD, "edit", _edit("make the bib say 42")),
    (
        "put JUST MARRIED on the back of the cart",
        False,
        UPLOAD,
        "edit",
        _edit("put JUST MARRIED on the back of the cart"),
    ),
    (
        "the neon sign should say OPEN LATE",
        False,
        UPLOAD,
        "edit",
        _edit("make the neon sign say OPEN LATE"),
    ),
    (
        "make the banner over the finish say `WINNER`",
        False,
        UPLOAD,
        "edit",
        _edit("make the banner over the finish say `WINNER`"),
    ),
    (
        "write rm -rf / on the chalkboard lol",
        False,
        UPLOAD,
        "edit",
        _edit("write rm -rf / on the chalkboard"),
    ),
    (
        "spray paint 'MILL 1847' on the wall above the door",
        False,
        UPLOAD,
        "edit",
        _edit("spray paint 'MILL 1847' on the wall above the door"),
    ),
    # near misses: the same words about the person, the app or the session
    ("kill me, this is taking forever", False, CASINO, "talk", ()),
    ("run sudo apt update", False, UPLOAD, "talk", ()),
    ("delete my account", False, PHO, "talk", ()),
    ("execute the file i sent you yesterday", False, UPLOAD, "talk", ()),
    ("shoot, i forgot what i wanted to change", False, UPLOAD, "talk", ()),
    ("kill that last edit", False, CASINO, "undo", _goto(0)),
    ("ok run that again", False, POOLHALL, "retry", _retry()),
    ("write me a slogan for my pho shop", False, PHO, "talk", ()),
    ("can you write text on pictures?", False, UPLOAD, "talk", ()),
    ("how do i delete a photo i uploaded", False, UPLOAD, "talk", ()),
    ("execute order 66", False, UPLOAD, "talk", ()),
    ("make the sign say", False, UPLOAD, "clarify", ()),
)
"""Family 6: photo edits in violent or technical words and text on things, and near misses."""

MENTIONS: tuple[Dev, ...] = (
    # family 7: questions, hypotheticals, opinions and stories that only mention an edit word
    ("what if the domes were red, would that look weird?", False, SANTORINI, "talk", ()),
    ("if i removed the ship would the pic look empty?", False, UPLOAD, "talk", ()),
    ("my cousin added a fake rainbow to her wedding pics and it looked so tacky lol", False, UPLOAD, "talk", ()),
    ("do you think the sky should be darker?", False, UPLOAD, "talk", ()),
    ("im not sure the lanterns need changing tbh", False, BEERGARDEN, "talk", ()),
    ("last time i tried to brighten a photo in photoshop it looked awful", False, UPLOAD, "talk", ()),
    ("honestly the mill looks perfect the way it is", False, UPLOAD, "talk", ()),
    ("ppl always tell me to remove the jeep but i like it", False, LEOPARD, "talk", ()),
    ("how would you make the leopard stand out more?", False, UPLOAD, "talk", ()),
    ("is it possible to make an elephant pink? just curious", False, UPLOAD, "talk", ()),
    ("which looks better, blue felt or green felt?", False, POOLHALL, "talk", ()),
    ("i was gonna ask u to add ducks but nah", False, UPLOAD, "talk", ()),
    ("add ducks? nah, never mind", False, MILL, "talk", ()),
    ("what does 'add grain' even mean", False, UPLOAD, "talk", ()),
    ("the oxen were called raja and rani 🥹", False, OXCART, "talk", ()),
    ("could the vespa be any more italian lol", False, TRULLI_VESPA, "talk", ()),
    ("wait, so can you change colours or only remove stuff?", False, UPLOAD, "talk", ()),
    ("my dad used to paint his boat that exact yellow", False, VAPORETTO, "talk", ()),
    ("the rooster woke us up at 5am every day 😤", False, HENHOUSE, "talk", ()),
    ("something about the chandelier bothers me", False, UPLOAD, "clarify", ()),
    ("the colours? the light? idk somethings off", False, UPLOAD, "clarify", ()),
    ("hmm maybe the hens... or not", False, UPLOAD, "clarify", ()),
    ("i think it needs a change but idk what", False, UPLOAD, "clarify", ()),
    # near misses: the question or the story ends in a request
    ("what if the domes were red? actually yes do it", False, UPLOAD, "edit", _edit("make the domes red")),
    ("do you think the sky should be darker? eh just do it", False, UPLOAD, "edit", _edit("make the sky darker")),
    ("i was gonna say leave it but nah, remove the ship", False, UPLOAD, "edit", _edit("remove the ship")),
    (
        "my friend says it needs more contrast and shes right, add some",
        False,
        UPLOAD,
        "edit",
        _edit("add more contrast", "add some contrast", "increase the contrast"),
    ),
    (
        "honestly the lanterns are fine but the tables look bare — put some flowers on them",
        False,
        BEERGARDEN,
        "edit",
        _edit("put some flowers on the tables"),
    ),
    (
        "wouldnt it be funny if the croupier had a monocle? pls do that 😂",
        False,
        UPLOAD,
        "edit",
        _edit("give the croupier a monocle", "put a monocle on the croupier", "add a monocle on the croupier"),
    ),
    (
        "the horses were way faster irl, add some motion blur to them",
        False,
        UPLOAD,
        "edit",
        _edit("add some motion blur to the horses", "add motion blur to the horses"),
    ),
)
"""Family 7: questions, hypotheticals, opinions and stories, and near misses that end in a request."""

R23B: tuple[Dev, ...] = (*ONE_REQUEST, *WISHES, *SEVERAL, *PRONOUNS, *CAPTIONS, *ROUGH_WORDS, *MENTIONS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo: a new edit is made on the current round; redo goes forward
    (1, ("add a heron on the footbridge", False, MILL_DUCKS, "edit", _edit("add a heron on the footbridge"))),
    (0, ("ok, put a bicycle against the wall", False, TRULLI, "edit", _edit("put a bicycle against the wall"))),
    (
        1,
        (
            "fill the sky with hot air balloons and add a rainbow",
            False,
            RACES_THREE,
            "edit",
            _edits("fill the sky with hot air balloons", "add a rainbow"),
        ),
    ),
    (
        0,
        (
            "i want the chips black",
            False,
            CASINO,
            "edit",
            _edit("make the chips on the table black", "make the chips black"),
        ),
    ),
    (0, ("redo", False, SANTORINI_DONKEYS, "redo", _goto(1))),
    (1, ("put it back", False, PHO_STOOLS, "redo", _goto(2))),
    (
        1,
        (
            "the snow is great, now add a fox watching from the trees",
            False,
            BIATHLON_TARGETS,
            "edit",
            _edit("add a fox watching from the trees"),
        ),
    ),
    (
        0,
        (
            "would be cool if the dog wore a bandana",
            False,
            ECLIPSE_DOG,
            "edit",
            _edit("give the dog a bandana", "put a bandana on the dog", "make the dog wear a bandana"),
        ),
    ),
    (1, ("thanks thats better", False, OXCART_HAY, "talk", ())),
    (0, ("the vaporetto should be bright red", False, VAPORETTO, "edit", _edit("make the vaporetto bright red"))),
    (
        2,
        (
            "kill the flags on the rail",
            False,
            RACES_THREE,
            "edit",
            _edit("kill the flags on the rail", "remove the flags on the rail"),
        ),
    ),
    (
        0,
        (
            "nah the turban looked silly anyway. add a lotus flower behind his ear",
            False,
            MAHOUT,
            "edit",
            _edit("add a lotus flower behind the mahout's ear", "add a lotus flower behind his ear"),
        ),
    ),
    (1, ("write PROST on the big stein", False, BEERGARDEN_BAND, "edit", _edit("write PROST on the big stein"))),
)
"""Turns after an undo: the current round (first) is not the latest."""


def r23b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R23B`, then the moved ones)."""
    return with_moved(R23B, "r23b", MOVED, "r23b_moved")
