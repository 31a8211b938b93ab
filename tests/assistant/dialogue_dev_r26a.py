"""Round 26, set a: when one short clarifying question is right, beside the same vague-sounding words that act.

Written by hand from what a demanding user wants (issue 10's "not sure -> one short clarifying question,
nothing stored" and "an edit is made only when the turn asks for one"), before the dialogue model was run
on any of it, about photos no other set uses: a street marimba player, a carillon tower, a silkworm farm,
a ropewalk, a herbarium, a saddler's workshop, a spice market, a fish auction at dawn, salt pans at
sunset, a shoemaker's shop, two sisters at a tapas bar, a bobsleigh team, an old lacemaker at her window,
a museum diorama and a flower auction hall. Sessions have 0 to 5 edits, some with the last edit tried two
or three times, some with the current round an older one.

Five families, in new wordings typed as people type in a chat box (lowercase, typos, slang, emoji,
run-ons, non-native English, polite padding, terse fragments, a few in capitals): wishes and moods that
name no thing or no change ("make it pop", "ur call", "make it look expensive"); a change with no thing
before any edit, or a thing with no change ("warmer??", "the curtains…"); pointers with nothing to point
at ("her hair" with two women in the photo, "same as before" on a first photo); turns cut off or garbled,
and "wait" / "one sec" (words, not a question); session words whose target is missing or unclear ("go
back" on the upload, "redo" with nothing undone, "compare them" among five rounds, "the other one" among
three tries, "use the better one"). About a quarter to a third of each family are near misses whose right
answer is an act: the same mood with a concrete change, a colour word after a recolouring (correction),
"warmer" after "make the light warm" (a stronger retry), "what about the window frame" after a door was
painted, pointers that the last edit resolves, a cut-off turn finished in the same message, and the clear
twins of the session words. The cases have the development set's format (`Dev`: turn, photo, state, act,
calls); `MOVED` holds turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    STATUS,
    UPLOAD,
    Dev,
    _compare,
    _edit,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)

MARIMBA_RAW = ((None, None),)
"""A lone street musician, one man, playing a marimba on an empty square at dusk, just uploaded."""
MARIMBA = ((None, None), (0, "make the marimba keys red"))
"""The marimba player with one edit: the keys made red."""
CARILLON_RAW = ((None, None),)
"""Inside a carillon tower (a row of bells of several sizes, a baton keyboard, a window), just uploaded."""
CARILLON = ((None, None), (0, "make the bells gold"), (1, "add pigeons on the window ledge"))
"""The carillon tower with two edits: the bells made gold, pigeons added on the window ledge."""
CARILLON_BELLS = CARILLON[:2]
"""The carillon tower with only the gold bells edit."""
SILK = ((None, None),)
"""A silkworm farm (trays of white cocoons, mulberry leaves, a bucket, a woman sorting cocoons), just uploaded."""
SILK_TRIES = (
    (None, None),
    (0, "make the cocoons glow softly"),
    (0, "make the cocoons glow softly"),
    (0, "make the cocoons glow softly"),
)
"""The silkworm farm with the glowing cocoons tried three times, each from the original; the third is current."""
ROPEWALK = ((None, None), (0, "make the light warm"))
"""A long ropewalk shed with rope strands stretched along it, with one edit: warm light."""
HERBARIUM = (
    (None, None),
    (0, "make the pressed ferns greener"),
    (1, "add a brass magnifying glass on the sheet"),
    (2, "make the labels look handwritten"),
    (3, "add soft window light from the left"),
)
"""Herbarium sheets of pressed plants on a table with four edits, each on the one before."""
SADDLER_RAW = ((None, None),)
"""A saddler's workshop (a saddle on a stand, two stirrups, hanging bridles, tools), just uploaded."""
SADDLER = ((None, None), (0, "make the left stirrup shiny"))
"""The saddler's workshop with one edit: the left stirrup made shiny."""
SPICE = ((None, None),)
"""A spice market (big and small heaps of turmeric, paprika and cumin, sacks, a striped awning), just uploaded."""
SPICE_AWNING = ((None, None), (0, "make the awning green"))
"""The spice market with one edit: the awning made green."""
AUCTION_RAW = ((None, None),)
"""A fish auction at dawn (crates of fish on ice, an auctioneer in a cap, several buyers, a forklift), just uploaded."""
AUCTION = ((None, None), (0, "remove the forklift in the back"), (1, "make the auctioneer's cap yellow"))
"""The fish auction with two edits: the forklift removed, the auctioneer's cap made yellow."""
SALTPANS = ((None, None), (0, "make the sunset more orange"))
"""Salt pans at sunset (white salt piles, a worker with a rake) with one edit: a more orange sunset."""
SHOEMAKER_RAW = ((None, None),)
"""A shoemaker's shop front (a door, a window with boots on lasts, shutters), just uploaded."""
SHOEMAKER = ((None, None), (0, "paint the shop door green"))
"""The shoemaker's shop with one edit: the door painted green."""
SHOEMAKER_CAT = ((None, None), (0, "polish the boots on the shelf"), (1, "add a cat sleeping on the bench"))
"""Inside the shoemaker's shop with two edits: the boots polished, a cat added on the bench."""
TAPAS = ((None, None),)
"""Two women, sisters, at a tapas bar counter (plates of croquetas, a hanging ham), no one else, just uploaded."""
TAPAS_SCARF = ((None, None), (0, "give the woman on the left a red scarf"))
"""The two sisters at the tapas bar with one edit: a red scarf for the woman on the left."""
BOB_RAW = ((None, None),)
"""A four-man bobsleigh team on the ice track (helmets, flags, spectators), just uploaded."""
BOB = ((None, None), (0, "make the bobsleigh silver"))
"""A four-man bobsleigh team on the ice track with one edit: the sled made silver."""
BOB_TRIES = ((None, None), (0, "make the bobsleigh silver"), (0, "make the bobsleigh silver"))
"""The bobsleigh with the silver sled tried twice, both from the original; the second try is current."""
LACE = ((None, None),)
"""An old lacemaker at a window (curtains, bobbins on a pillow, a chair, a rug), just uploaded."""
DIORAMA = (
    (None, None),
    (0, "remove the reflection on the glass"),
    (1, "make the painted sky stormy"),
    (2, "add a wolf behind the bison"),
)
"""A museum diorama (a stuffed bison before a painted prairie) with three edits, each on the one before."""
FLOWERS = (
    (None, None),
    (0, "make the roses on the front cart deep red"),
    (1, "remove the price cards"),
    (2, "add morning light through the skylights"),
    (3, "make the buyers' coats navy"),
    (4, "add a cart of sunflowers on the left"),
)
"""A flower auction hall (carts of flowers, a big clock dial, buyers at desks) with five edits in a row."""
TWO_UPLOADS = ((None, None), (None, None))
"""A first photo never edited, then a second upload."""
AFTER_SPICE_AWNING = (*SPICE_AWNING, (None, None))
"""The spice market session with a second photo (another stall) uploaded."""
AFTER_BOB = (*BOB, (None, None))
"""The bobsleigh session with a second photo (another run) uploaded."""
AFTER_SADDLER = (*SADDLER, (None, None))
"""The saddler's session with a second photo (another saddle) uploaded."""

MOODS: tuple[Dev, ...] = (
    # wishes and moods that name no thing, or a thing and no change
    ("can u make it pop a bit more 🙏", False, SPICE, "clarify", ()),
    ("hmm smth feels off", False, SILK, "clarify", ()),
    ("make it better somehow idk", False, LACE, "clarify", ()),
    ("pls fix it", False, TAPAS, "clarify", ()),
    ("do something cool w this one", False, BOB_RAW, "clarify", ()),
    ("surprise me 😈", False, CARILLON_RAW, "clarify", ()),
    ("ur call honestly", False, SILK, "clarify", ()),
    ("make it look expensive pls its for our shop website", False, SPICE, "clarify", ()),
    ("this looks kinda bleh, help", False, LACE, "clarify", ()),
    ("make it feel more premium", False, SADDLER_RAW, "clarify", ()),
    ("give it that wow thing", False, TAPAS, "clarify", ()),
    ("the whole pic is just... wrong?", False, SILK, "clarify", ()),
    ("can you make it look like a million bucks", False, SPICE, "clarify", ()),
    ("go wild, do whatever", False, AUCTION_RAW, "clarify", ()),
    ("make it less basic", False, TAPAS, "clarify", ()),
    ("sprinkle some magic on it ✨", False, LACE, "clarify", ()),
    ("Please improve this photograph.", False, SHOEMAKER_RAW, "clarify", ()),
    ("PLS MAKE IT LOOK AMAZING", False, SPICE, "clarify", ()),
    ("u know what it needs, do that", False, SILK, "clarify", ()),
    ("make it more... like... MORE, u know?", False, LACE, "clarify", ()),
    ("make it prettier por favor", False, TAPAS, "clarify", ()),
    ("it doesnt feel right. can u do smth", False, MARIMBA_RAW, "clarify", ()),
    ("make the saddle look expensive", False, SADDLER_RAW, "clarify", ()),
    ("make the spices look nicer", False, SPICE, "clarify", ()),
    ("can the lacemaker look more... special", False, LACE, "clarify", ()),
    ("make the auction look more exciting", False, AUCTION_RAW, "clarify", ()),
    ("i want the tower shot to look classier", False, CARILLON_RAW, "clarify", ()),
    ("something about the colours bugs me", False, SPICE, "clarify", ()),
    ("can u make it moodier or happier, whichever works", False, SHOEMAKER_RAW, "clarify", ()),
    ("fix this mess lol", False, TAPAS, "clarify", ()),
    ("vibe check failed. help", False, LACE, "clarify", ()),
    ("Would you kindly make my picture more beautiful, thank you", False, MARIMBA_RAW, "clarify", ()),
    ("make the cocoons look cooler i guess", False, SILK, "clarify", ()),
    ("its missing some je ne sais quoi", False, TAPAS, "clarify", ()),
    # the same after edits: the edits so far name no change for it
    ("still feels off tbh", False, CARILLON, "clarify", ()),
    ("better, but it still lacks smth", False, MARIMBA, "clarify", ()),
    ("ok now make it better overall", False, AUCTION, "clarify", ()),
    ("hmm now do something cool", False, DIORAMA, "clarify", ()),
    ("ok ur turn, surprise me", False, SALTPANS, "clarify", ()),
    ("make it look more expensive now", False, SHOEMAKER, "clarify", ()),
    ("the whole thing looks off now, idk why", False, HERBARIUM, "clarify", ()),
    ("give it more personality", False, FLOWERS, "clarify", ()),
    ("make it more instagram", False, SALTPANS, "clarify", ()),
    ("nice. now make it fancier", False, ROPEWALK, "clarify", ()),
    ("meh 😐", False, ROPEWALK, "clarify", ()),
    ("what else would make it better? do that", False, SHOEMAKER_CAT, "clarify", ()),
    # a photo whose caption asks a change that names nothing
    ("make it look high end", True, UPLOAD, "clarify", ()),
    ("pic from the market, make it pop!!", True, UPLOAD, "clarify", ()),
    ("do ur best with this one", True, UPLOAD, "clarify", ()),
    ("heres the shed, make it better", True, UPLOAD, "clarify", ()),
    # near misses: the mood with a concrete change, a whole-photo style, a retry, words
    (
        "make the saddle look expensive, gold buckles maybe",
        False,
        SADDLER_RAW,
        "edit",
        _edit(
            "make the saddle look expensive, gold buckles",
            "make the saddle look expensive with gold buckles",
            "give the saddle gold buckles",
            "add gold buckles to the saddle",
            "make the saddle buckles gold",
            "make the saddle's buckles gold",
        ),
    ),
    (
        "make the spice heaps pop with brighter colours",
        False,
        SPICE,
        "edit",
        _edit(
            "make the spice heaps pop with brighter colours",
            "make the spice heaps brighter",
            "make the colours of the spice heaps brighter",
            "give the spice heaps brighter colours",
        ),
    ),
    (
        "smth feels off... oh its the bucket on the floor, remove it",
        False,
        SILK,
        "edit",
        _edit("remove the bucket on the floor", "remove the bucket"),
    ),
    (
        "do smth cool like put fireworks over the tower",
        False,
        CARILLON_RAW,
        "edit",
        _edit("put fireworks over the tower", "add fireworks over the tower"),
    ),
    (
        "surprise me. jk. add a camel in the back",
        False,
        SPICE,
        "edit",
        _edit("add a camel in the back", "add a camel in the background"),
    ),
    (
        "make it look like a 1970s kodachrome slide",
        False,
        TAPAS,
        "edit",
        _edit("make it look like a 1970s kodachrome slide", "make the photo look like a 1970s kodachrome slide"),
    ),
    (
        "it feels off cuz the horizon is tilted, can u straighten it",
        False,
        SALTPANS,
        "edit",
        _edit("straighten the horizon"),
    ),
    (
        "make the lacemaker look happier, give her a little smile",
        False,
        LACE,
        "edit",
        _edit(
            "give the lacemaker a little smile",
            "make the lacemaker smile a little",
            "make the lacemaker look happier, give her a little smile",
            "make the lacemaker look happier with a little smile",
            "give her a little smile",
        ),
    ),
    ("the red doesnt pop enough, push it", False, MARIMBA, "retry", _retry("stronger")),
    (
        "give it a sepia tone, old museum vibe",
        False,
        DIORAMA,
        "edit",
        _edit("give it a sepia tone", "give the photo a sepia tone", "give it a sepia tone, old museum vibe"),
    ),
    ("still feels off, the gold looks fake. try again", False, CARILLON_BELLS, "retry", _retry()),
    (
        "make the boots in the window look expensive, shiny patent leather",
        False,
        SHOEMAKER,
        "edit",
        _edit(
            "make the boots in the window look expensive, shiny patent leather",
            "make the boots in the window look expensive with shiny patent leather",
            "make the boots in the window shiny patent leather",
            "make the boots in the window look like shiny patent leather",
        ),
    ),
    (
        "make the whole thing look like a watercolour painting",
        False,
        FLOWERS,
        "edit",
        _edit(
            "make the whole thing look like a watercolour painting",
            "make it look like a watercolour painting",
            "make the photo look like a watercolour painting",
        ),
    ),
    (
        "pic of the tapas place 😋 make the ham look juicier",
        True,
        UPLOAD,
        "edit",
        _edit("make the ham look juicier", "make the hanging ham look juicier"),
    ),
    ("ur call? nah jk i love it as it is", False, MARIMBA, "talk", ()),
    ("make it better? no, honestly its perfect, thx", False, CARILLON, "talk", ()),
    ("lol my photos always look off somehow", False, SILK, "talk", ()),
    ("can you make pictures look more professional in general?", False, SADDLER_RAW, "talk", ()),
    ("the silkworm farm at my aunties village", True, UPLOAD, "caption", ()),
)
"""Family 1: vague wishes and moods, and the same moods with a concrete change."""

CHANGE_OR_THING: tuple[Dev, ...] = (
    # a change with no thing, before any edit
    ("warmer??", False, SILK, "clarify", ()),
    ("less of that pls, whatever it is", False, SPICE, "clarify", ()),
    ("a smidge more orange", False, LACE, "clarify", ()),
    ("way smaller", False, TAPAS, "clarify", ()),
    ("shinier!!", False, SADDLER_RAW, "clarify", ()),
    ("a lil cooler", False, SPICE, "clarify", ()),
    ("2x bigger", False, LACE, "clarify", ()),
    ("more saturated?? or less idk", False, TAPAS, "clarify", ()),
    ("in gold", False, CARILLON_RAW, "clarify", ()),
    ("crimson pls", False, LACE, "clarify", ()),
    ("make it green-ish", False, SILK, "clarify", ()),
    ("rounder", False, AUCTION_RAW, "clarify", ()),
    ("taller pls", False, SHOEMAKER_RAW, "clarify", ()),
    ("less shiny", True, UPLOAD, "clarify", ()),
    ("MOREEE!!! 🔥", False, MARIMBA_RAW, "clarify", ()),
    ("mas rojo por favor", False, SPICE, "clarify", ()),
    ("purple instead?", False, BOB_RAW, "clarify", ()),
    ("biggerrr but like, way", False, SILK, "clarify", ()),
    ("the roof", True, UPLOAD, "clarify", ()),
    # a thing with no change
    ("the curtains…", False, LACE, "clarify", ()),
    ("what about the door", False, SHOEMAKER_RAW, "clarify", ()),
    ("rug pls", False, LACE, "clarify", ()),
    ("the bobbins hmm", False, LACE, "clarify", ()),
    ("ok the awning", False, SPICE, "clarify", ()),
    ("the cocoons??", False, SILK, "clarify", ()),
    ("and the sacks", False, SPICE, "clarify", ()),
    ("that hanging ham lol", False, TAPAS, "clarify", ()),
    ("auctioneer", False, AUCTION_RAW, "clarify", ()),
    ("the bells. thoughts?", False, CARILLON_RAW, "clarify", ()),
    ("regarding the mulberry leaves", False, SILK, "clarify", ()),
    ("the keys on the marimba", False, MARIMBA_RAW, "clarify", ()),
    ("THE SKY THO", True, UPLOAD, "clarify", ()),
    ("about the buyers in the back", False, AUCTION_RAW, "clarify", ()),
    ("stirrups?", False, SADDLER_RAW, "clarify", ()),
    ("hmm the shutters", False, SHOEMAKER_RAW, "clarify", ()),
    # near misses: after an edit the word has something to change, or the turn names both
    ("orange then", False, MARIMBA, "correction", _fix("make the marimba keys orange")),
    ("hmm teal", False, SPICE_AWNING, "correction", _fix("make the awning teal")),
    ("navy!!", False, AUCTION, "correction", _fix("make the auctioneer's cap navy")),
    ("more like bronze", False, CARILLON_BELLS, "correction", _fix("make the bells bronze")),
    ("nah matte black", False, BOB, "correction", _fix("make the bobsleigh matte black")),
    ("gold maybe", False, BOB, "correction", _fix("make the bobsleigh gold")),
    ("a bit less orange", False, SALTPANS, "retry", _retry("weaker")),
    ("redder still pls", False, MARIMBA, "retry", _retry("stronger")),
    ("the mulberry leaves too", False, SILK_TRIES, "edit", _edit("make the mulberry leaves glow softly")),
    ("warmerrr", False, ROPEWALK, "retry", _retry("stronger")),
    ("bit warmer still", False, ROPEWALK, "retry", _retry("stronger")),
    ("less warm pls", False, ROPEWALK, "retry", _retry("weaker")),
    ("less :/", False, SALTPANS, "retry", _retry("weaker")),
    ("a touch more", False, SALTPANS, "retry", _retry("stronger")),
    (
        "what about the window frame",
        False,
        SHOEMAKER,
        "edit",
        _edit("paint the window frame green", "make the window frame green"),
    ),
    ("the shutters too", False, SHOEMAKER, "edit", _edit("paint the shutters green", "make the shutters green")),
    ("and the sacks", False, SPICE_AWNING, "edit", _edit("make the sacks green")),
    (
        "the buyers' boots as well",
        False,
        AUCTION,
        "edit",
        _edit("make the buyers' boots yellow", "make the buyers boots yellow"),
    ),
    (
        "rug pls — a persian one by the chair",
        False,
        LACE,
        "edit",
        _edit("add a persian rug by the chair", "put a persian rug by the chair"),
    ),
    ("the curtains, make them sheer white", False, LACE, "edit", _edit("make the curtains sheer white")),
    (
        "make the whole pic warmer",
        False,
        TAPAS,
        "edit",
        _edit("make the whole pic warmer", "make the whole picture warmer", "make the photo warmer", "make it warmer"),
    ),
    (
        "the stirrups, polish them up",
        False,
        SADDLER_RAW,
        "edit",
        _edit("polish the stirrups", "polish up the stirrups"),
    ),
    ("the door looks great now", False, SHOEMAKER, "talk", ()),
    ("the bobbins are my grandmas btw", False, LACE, "talk", ()),
    ("what about the door, is that hard to change?", False, SHOEMAKER_RAW, "talk", ()),
)
"""Family 2: a change with no thing or a thing with no change, and the same words where they are clear."""

POINTERS: tuple[Dev, ...] = (
    # pointers with nothing to point at
    ("the one on the left pls", False, SPICE, "clarify", ()),
    ("nah the other one", False, SILK, "clarify", ()),
    ("those, make them darker", False, SPICE, "clarify", ()),
    ("make the small ones bigger", False, SPICE, "clarify", ()),
    ("can u make him smile", False, TAPAS, "clarify", ()),
    ("make her hair shorter", False, TAPAS, "clarify", ()),
    ("give her earrings", False, TAPAS, "clarify", ()),
    ("her dress → green", False, TAPAS, "clarify", ()),
    ("hers should be blue", False, TAPAS, "clarify", ()),
    ("both of them but diff colours", False, TAPAS, "clarify", ()),
    ("do what u did last time on this one", True, UPLOAD, "clarify", ()),
    ("same as before on this one", True, TWO_UPLOADS, "clarify", ()),
    ("same thing as the first photo pls", True, TWO_UPLOADS, "clarify", ()),
    ("like the last one pls", False, SILK, "clarify", ()),
    ("make it match the other one", False, TAPAS, "clarify", ()),
    ("put this next to that", False, LACE, "clarify", ()),
    ("the one in the middle should be red", False, SPICE, "clarify", ()),
    ("this guy, make him taller", False, AUCTION_RAW, "clarify", ()),
    ("make him look at the camera", False, AUCTION_RAW, "clarify", ()),
    ("give him a tie", False, AUCTION_RAW, "clarify", ()),
    ("them too", False, LACE, "clarify", ()),
    ("the same colour as that", False, SPICE, "clarify", ()),
    ("make that bit blurrier", False, SILK, "clarify", ()),
    ("the big one, move it left", False, SPICE, "clarify", ()),
    ("like in the other pic", True, UPLOAD, "clarify", ()),
    ("do the same thing to the other one", False, SILK, "clarify", ()),
    ("that one. remove.", False, CARILLON_RAW, "clarify", ()),
    ("the rest of them too", False, SPICE, "clarify", ()),
    ("like that but bigger", False, SILK, "clarify", ()),
    ("can u make them look at each other", False, AUCTION_RAW, "clarify", ()),
    ("this pic too, same again", True, TWO_UPLOADS, "clarify", ()),
    ("make them a lil smaller", False, SPICE, "clarify", ()),
    # near misses: the last edit, the scene or the turn itself resolves the pointer
    (
        "the other one too pls",
        False,
        SADDLER,
        "edit",
        _edit("make the right stirrup shiny", "make the other stirrup shiny"),
    ),
    (
        "make her hair curly",
        False,
        TAPAS_SCARF,
        "edit",
        _edit(
            "make the woman on the left's hair curly",
            "make her hair curly",
            "make the hair of the woman on the left curly",
            "give the woman on the left curly hair",
        ),
    ),
    (
        "give her gold earrings too",
        False,
        TAPAS_SCARF,
        "edit",
        _edit(
            "give the woman on the left gold earrings",
            "give her gold earrings",
            "add gold earrings to the woman on the left",
        ),
    ),
    (
        "give him some cool sunglasses",
        False,
        MARIMBA_RAW,
        "edit",
        _edit(
            "give him some cool sunglasses",
            "give the musician some cool sunglasses",
            "give the marimba player some cool sunglasses",
            "give the street musician some cool sunglasses",
            "give him cool sunglasses",
            "give the musician cool sunglasses",
        ),
    ),
    (
        "make him look at the camera",
        False,
        AUCTION,
        "edit",
        _edit("make the auctioneer look at the camera", "make him look at the camera"),
    ),
    ("same as before on this one", True, AFTER_SPICE_AWNING, "edit", _edit("make the awning green")),
    ("like the last one pls", True, AFTER_BOB, "edit", _edit("make the bobsleigh silver")),
    ("do what u did on the other saddle", True, AFTER_SADDLER, "edit", _edit("make the left stirrup shiny")),
    (
        "make them flap their wings",
        False,
        CARILLON,
        "edit",
        _edit("make the pigeons flap their wings", "make them flap their wings"),
    ),
    (
        "put a big number 7 on it",
        False,
        BOB,
        "edit",
        _edit("put a big number 7 on the bobsleigh", "put a big number 7 on it", "add a big number 7 on the bobsleigh"),
    ),
    (
        "those should be a bit bigger",
        False,
        CARILLON,
        "edit",
        _edit("make the pigeons a bit bigger", "make them a bit bigger"),
    ),
    (
        "no, only the big one",
        False,
        CARILLON_BELLS,
        "correction",
        _fix("make the big bell gold", "make only the big bell gold", "make the biggest bell gold"),
    ),
    ("nope the right one", False, SADDLER, "correction", _fix("make the right stirrup shiny")),
    ("make them a lil smaller", False, CARILLON, "edit", _edit("make the pigeons smaller", "make them a lil smaller")),
    ("give her a fan", False, TAPAS_SCARF, "edit", _edit("give the woman on the left a fan", "give her a fan")),
    ("make the woman on the right smile", False, TAPAS, "edit", _edit("make the woman on the right smile")),
    (
        "the sister on the left should wear a sun hat",
        False,
        TAPAS,
        "edit",
        _edit(
            "make the sister on the left wear a sun hat",
            "give the sister on the left a sun hat",
            "put a sun hat on the sister on the left",
        ),
    ),
    ("her hair is so pretty in this one", False, TAPAS, "talk", ()),
    ("the left one is my sister lol", False, TAPAS, "talk", ()),
)
"""Family 3: pointers with nothing to point at, and pointers the session resolves."""

CUT_AND_MASHED: tuple[Dev, ...] = (
    # turns that break off, or hold nothing
    ("make the saddle tan and", False, SADDLER_RAW, "clarify", ()),
    ("remove the forklift and", False, AUCTION_RAW, "clarify", ()),
    ("add lanterns over the stalls and then", False, SPICE, "clarify", ()),
    ("make the …", False, SILK, "clarify", ()),
    ("can u", False, LACE, "clarify", ()),
    ("hmmmmmm...", False, TAPAS, "clarify", ()),
    ("sdfghjk", False, SPICE, "clarify", ()),
    ("jjjjjjjjjj", False, MARIMBA_RAW, "clarify", ()),
    ("🤔❓", False, SILK, "clarify", ()),
    ("?¿", False, LACE, "clarify", ()),
    ("????", False, MARIMBA, "clarify", ()),
    ("could u put the", False, SHOEMAKER_RAW, "clarify", ()),
    ("change the colour of", False, SPICE, "clarify", ()),
    ("i want the cocoons to look", False, SILK, "clarify", ()),
    ("and..", False, CARILLON, "clarify", ()),
    ("also can you", False, SHOEMAKER, "clarify", ()),
    ("replace the forklift with", False, AUCTION_RAW, "clarify", ()),
    ("make it look like", False, BOB, "clarify", ()),
    ("ok so basically the", False, DIORAMA, "clarify", ()),
    ("asdf asdf", False, HERBARIUM, "clarify", ()),
    ("uhhh", False, FLOWERS, "clarify", ()),
    ("....?", False, SALTPANS, "clarify", ()),
    ("make the bobbins", False, LACE, "clarify", ()),
    ("add more of the", False, CARILLON_RAW, "clarify", ()),
    ("pls can u make the wolf", False, DIORAMA, "clarify", ()),
    ("add a sign that says", False, SHOEMAKER_RAW, "clarify", ()),
    ("ok and then the", False, ROPEWALK, "clarify", ()),
    ("give the bison", False, DIORAMA, "clarify", ()),
    ("xcvbnm,,", False, TAPAS, "clarify", ()),
    # a pause or a question about the last reply: words, nothing asked
    ("wait a sec lol", False, MARIMBA, "talk", ()),
    ("hold on pls", False, CARILLON, "talk", ()),
    ("one sec!!", False, SPICE, "talk", ()),
    ("brb gotta grab coffee", False, SILK, "talk", ()),
    ("waitttt", False, AUCTION, "talk", ()),
    ("sorry what?", False, LACE, "talk", ()),
    ("hang on lemme think", False, HERBARIUM, "talk", ()),
    ("👍🏽👍🏽", False, SALTPANS, "talk", ()),
    ("lol oops wrong chat", False, DIORAMA, "talk", ()),
    ("gimme a min", False, FLOWERS, "talk", ()),
    ("wat", False, ROPEWALK, "talk", ()),
    # near misses: the pause with a request, a turn finished in the same message, a typo'd whole request
    ("wait, undo that", False, MARIMBA, "undo", _goto(0)),
    ("hold on — make it yellow instead", False, SPICE_AWNING, "correction", _fix("make the awning yellow")),
    ("one sec... ok remove the forklift", False, AUCTION_RAW, "edit", _edit("remove the forklift")),
    ("make the saddle tan and... nah thats it", False, SADDLER_RAW, "edit", _edit("make the saddle tan")),
    ("mkae the bells gold", False, CARILLON_RAW, "edit", _edit("mkae the bells gold", "make the bells gold")),
    ("remvoe the bucket pls", False, SILK, "edit", _edit("remvoe the bucket", "remove the bucket")),
    (
        "add a flag on teh tower",
        False,
        CARILLON_RAW,
        "edit",
        _edit("add a flag on teh tower", "add a flag on the tower"),
    ),
    ("wait the pigeons look fake, again", False, CARILLON, "retry", _retry()),
    ("hmm. the curtains. make them pink", False, LACE, "edit", _edit("make the curtains pink")),
    ("?? undo", False, HERBARIUM, "undo", _goto(3)),
    (
        "can u... add a wolf cub next to the wolf",
        False,
        DIORAMA,
        "edit",
        _edit("add a wolf cub next to the wolf"),
    ),
    ("🤔 show me round 1", False, DIORAMA, "show", _show(1)),
    ("hold on, what round is this", False, FLOWERS, "status", STATUS),
)
"""Family 4: half-sentences, garbage and pauses, and near misses that ask something."""

SESSION_WORDS: tuple[Dev, ...] = (
    # nothing to go back to, nothing undone to redo
    ("go back pls", False, SILK, "talk", ()),
    ("uhh undo", False, TAPAS, "talk", ()),
    ("revert to before", False, LACE, "talk", ()),
    ("take it back a step", False, SPICE, "talk", ()),
    ("redo ↻", False, SPICE, "talk", ()),
    ("pls redo it all", False, MARIMBA_RAW, "talk", ()),
    ("ctrl + y", False, MARIMBA, "talk", ()),
    ("bring back what i undid earlier", False, CARILLON, "talk", ()),
    ("redo the thing i undid pls", False, SALTPANS, "talk", ()),
    ("undo everything pls", False, LACE, "talk", ()),
    ("take me back to the very start pls", False, SILK, "talk", ()),
    # a round named by words that fit several rounds
    ("pls compare them for me", False, HERBARIUM, "clarify", ()),
    ("put em side by side", False, FLOWERS, "clarify", ()),
    ("show me the other one", False, SILK_TRIES, "clarify", ()),
    ("lemme look at the other version", False, SILK_TRIES, "clarify", ()),
    ("use the better one", False, SILK_TRIES, "clarify", ()),
    ("go with the nicer one", False, SILK_TRIES, "clarify", ()),
    ("which is best? switch to that one", False, FLOWERS, "clarify", ()),
    ("hop back to that one", False, DIORAMA, "clarify", ()),
    ("pull up the one i said i liked", False, FLOWERS, "clarify", ()),
    ("revert to the good version", False, DIORAMA, "clarify", ()),
    ("undo a few of them", False, FLOWERS, "clarify", ()),
    ("compare those", False, DIORAMA, "clarify", ()),
    ("show me that version again", False, HERBARIUM, "clarify", ()),
    # rounds and edits that are not in the session
    ("jump to round 8", False, DIORAMA, "talk", ()),
    ("show me round minus 2", False, HERBARIUM, "talk", ()),
    ("undo the snow", False, DIORAMA, "talk", ()),
    ("compare round 2 and 9", False, AUCTION, "talk", ()),
    # near misses: the same words with a clear target
    ("go back pls", False, SADDLER, "undo", _goto(0)),
    ("undo that one plsss", False, TAPAS_SCARF, "undo", _goto(0)),
    ("take it back a step", False, AUCTION, "undo", _goto(1)),
    ("compare em both", False, MARIMBA, "compare", _compare(0, 1)),
    ("show me the other one", False, BOB_TRIES, "show", _show(1)),
    ("the first try was nicer, use that one", False, SILK_TRIES, "goto", _goto(1)),
    ("go with the 2nd try", False, SILK_TRIES, "goto", _goto(2)),
    ("before vs after of everything", False, DIORAMA, "compare", _compare(0, 3)),
    ("compare the OG and the latest one", False, FLOWERS, "compare", _compare(0, 5)),
    ("compare 2 with 4 pls", False, HERBARIUM, "compare", _compare(2, 4)),
    ("put the 2 silver tries side by side", False, BOB_TRIES, "compare", _compare(1, 2)),
    ("go back to before the wolf", False, DIORAMA, "goto", _goto(2)),
    ("show me the version before the stormy sky", False, DIORAMA, "show", _show(1)),
    ("undo 2x pls ty", False, HERBARIUM, "undo", _goto(2)),
    ("undo everything pls", False, DIORAMA, "goto", _goto(0)),
    ("pull up the 1st try", False, SILK_TRIES, "show", _show(1)),
    ("compare the 1st and 3rd try", False, SILK_TRIES, "compare", _compare(1, 3)),
    ("what have we done till now", False, HERBARIUM, "history", HISTORY),
    ("full history of this pls", False, FLOWERS, "history", HISTORY),
    ("which round is this one", False, FLOWERS, "status", STATUS),
    ("ok keep this one", False, BOB_TRIES, "talk", ()),
    ("the 2nd try is nicer, stay on it", False, BOB_TRIES, "talk", ()),
)
"""Family 5: session words whose target is missing or unclear, and their clear twins."""

R26A: tuple[Dev, ...] = (*MOODS, *CHANGE_OR_THING, *POINTERS, *CUT_AND_MASHED, *SESSION_WORDS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: the current round (first) is an older one
    (0, ("go back one more time", False, DIORAMA, "talk", ())),
    (0, ("undo again pls thx", False, SALTPANS, "talk", ())),
    (0, ("go back one again", False, SPICE_AWNING, "talk", ())),
    (2, ("compare them now", False, HERBARIUM, "clarify", ())),
    (1, ("show me the other one", False, SILK_TRIES, "clarify", ())),
    (0, ("hmm something's still off", False, HERBARIUM, "clarify", ())),
    (1, ("ok now make it nicer", False, FLOWERS, "clarify", ())),
    (1, ("redo pls🙏", False, SHOEMAKER_CAT, "redo", _goto(2))),
    (1, ("go back 1 pls", False, SHOEMAKER_CAT, "undo", _goto(0))),
    (2, ("redo that pls", False, HERBARIUM, "redo", _goto(3))),
    (2, ("undo once more then", False, HERBARIUM, "undo", _goto(1))),
    (0, ("re-do", False, BOB, "redo", _goto(1))),
    (1, ("show me the other one", False, BOB_TRIES, "show", _show(2))),
    (1, ("bring the pigeons back", False, CARILLON, "redo", _goto(2))),
    (0, ("compare the two of em", False, MARIMBA, "compare", _compare(0, 1))),
    (1, ("go to the latest one pls", False, FLOWERS, "goto", _goto(5))),
    (2, ("forward one step pls", False, DIORAMA, "redo", _goto(3))),
    (3, ("redo plz ty", False, FLOWERS, "redo", _goto(4))),
    (0, ("bring it back plsss", False, SADDLER, "redo", _goto(1))),
    (0, ("wait lemme see", False, SHOEMAKER_CAT, "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r26a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R26A`, then the moved ones)."""
    return with_moved(R26A, "r26a", MOVED, "r26a_moved")
