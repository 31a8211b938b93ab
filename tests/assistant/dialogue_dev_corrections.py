"""Development turns about an edit the person does not like: corrections, retries, strength, undo, redo.

Hand-written for training and tuning the dialogue model (never for measuring it). A correction of
the object, attribute, place or whole instruction of the last edit expects that edit made again from
its parent with the corrected instruction (`_fix`), and "undo that and make X" a revert then the edit;
the same corrections with no edit to correct expect a clarifying question. Reactions that reject
nothing ("hmm", "not bad", "lol") expect no call. Scenes and nouns are new to the other sets.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Calls, Dev, _edit, _fix, _goto, _retry, with_moved

VASE = ((None, None), (0, "make the vase yellow"))
"""A shelf: vase, bowl, jug, books, frame, curtains."""
TUBA = ((None, None), (0, "remove the music stand"), (1, "make the tuba gold"))
"""A brass band with two edits."""
PETS = ((None, None), (0, "remove the cat"))
"""A sofa with a cat, a dog, a rabbit, cushions."""
CANDLE = ((None, None), (0, "add a candle on the table"))
"""A dining corner: table, shelf, windowsill, mantelpiece."""
BIN = ((None, None), (0, "make the bin green"))
"""A street corner: bin, bench, mailbox, lamp post."""
PORTRAIT = ((None, None), (0, "make the sweater navy blue"), (1, "add glasses to the man"))
"""A family portrait with two edits."""
HARBOUR = ((None, None), (0, "make the boat red"), (1, "remove the seagull"), (2, "add a flag on the mast"))
"""A harbour with three edits, each on the one before."""
CAKE = ((None, None), (0, "add candles on the cake"))
"""A birthday table."""
MOTORBIKE = ((None, None), (0, "make the motorbike black"))
"""A motorbike in a garage."""
STYLE = ((None, None), (0, "turn the photo into a watercolour painting"))
"""A city view turned into a painting."""
SOFA = ((None, None), (0, "replace the armchair with a sofa"))
"""A lounge with an armchair replaced."""
TULIPS = ((None, None), (0, "make the tulips white"))
"""A flower bed."""
STATION = ((None, None), (0, "remove the graffiti from the wall"), (1, "make the train silver"))
"""A railway platform with two edits."""
FISH = ((None, None), (0, "make the goldfish blue"))
"""An aquarium."""
CAMP = (
    (None, None),
    (0, "add a campfire next to the tent"),
    (1, "make the tent orange"),
    (2, "remove the backpack"),
    (3, "add stars in the sky"),
)
"""A campsite with four edits, each on the one before."""
HAIR = ((None, None), (0, "make her hair red"))
"""A portrait of a woman."""
SNOWMAN = ((None, None), (0, "put a scarf on the snowman"))
"""A snowy yard with a snowman, a kid and a dog."""
ROOF = ((None, None), (0, "remove the fence"), (1, "add a bird on the roof"))
"""A cottage with two edits."""
SEASON = ((None, None), (0, "make it look like winter"))
"""A park made to look like another season."""
BALL = ((None, None), (0, "make the ball orange"), (1, "remove the goalkeeper"))
"""A football match with two edits."""
BED = ((None, None), (0, "add a rug under the bed"))
"""A bedroom."""
PICNIC = ((None, None), (0, "remove the wasp"), (1, "add a basket on the blanket"))
"""A picnic with two edits."""
SKI = ((None, None), (0, "make the sky purple"), (1, "add a skier on the slope"))
"""A ski slope with two edits."""


def _instead(index: int, *instructions: str) -> Calls:
    """Revert to round `index`, then edit there."""
    return (*_goto(index), *_edit(*instructions))


OBJECT: tuple[Dev, ...] = (
    ("no, the bowl", False, VASE, "correction", _fix("make the bowl yellow")),
    ("wrong one, I meant the lamp", False, VASE, "correction", _fix("make the lamp yellow")),
    ("not the vase, the jug", False, VASE, "correction", _fix("make the jug yellow")),
    ("I was talking about the picture frame", False, VASE, "correction", _fix("make the picture frame yellow")),
    ("nooo the plant pot 😩", False, VASE, "correction", _fix("make the plant pot yellow")),
    ("the candle holder, not the vase!", False, VASE, "correction", _fix("make the candle holder yellow")),
    ("i mean the books sorry", False, VASE, "correction", _fix("make the books yellow")),
    ("Not vase. Bowl.", False, VASE, "correction", _fix("make the bowl yellow")),
    ("why the vase?? the curtains!", False, VASE, "correction", _fix("make the curtains yellow")),
    ("u did the wrong one, its the lampshade", False, VASE, "correction", _fix("make the lampshade yellow")),
    ("it was the trombone I wanted gold", False, TUBA, "correction", _fix("make the trombone gold")),
    ("not the tuba, the drum", False, TUBA, "correction", _fix("make the drum gold")),
    ("the cymbals!! not the tuba", False, TUBA, "correction", _fix("make the cymbals gold")),
    ("hmm no i said clarinet", False, TUBA, "correction", _fix("make the clarinet gold")),
    ("wrong instrument lol, the saxophone", False, TUBA, "correction", _fix("make the saxophone gold")),
    ("The French horn, sorry.", False, TUBA, "correction", _fix("make the french horn gold")),
    ("I meant the conductor's baton", False, TUBA, "correction", _fix("make the conductor's baton gold")),
    ("TUBA IS WRONG!!! THE FLUTE", False, TUBA, "correction", _fix("make the flute gold")),
    ("not the cat, the dog", False, PETS, "correction", _fix("remove the dog")),
    ("wrong animal lol, the rabbit", False, PETS, "correction", _fix("remove the rabbit")),
    ("the cat stays! remove the dog", False, PETS, "correction", _fix("remove the dog")),
    ("noo i love my cat, i meant the cushion", False, PETS, "correction", _fix("remove the cushion")),
    ("I meant the blanket on the sofa", False, PETS, "correction", _fix("remove the blanket on the sofa")),
    ("sorry, it's the dog bowl I want gone", False, PETS, "correction", _fix("remove the dog bowl")),
    ("put the cat back, it was the toy mouse I meant", False, PETS, "correction", _fix("remove the toy mouse")),
    ("err the pillow, not the cat", False, PETS, "correction", _fix("remove the pillow")),
    ("you removed my cat 😭 the plant was supposed to go", False, PETS, "correction", _fix("remove the plant")),
    ("the bench, not the bin", False, BIN, "correction", _fix("make the bench green")),
    ("i meant the mailbox", False, BIN, "correction", _fix("make the mailbox green")),
    ("wrong thing, it's the lamp post", False, BIN, "correction", _fix("make the lamp post green")),
    ("no the bollards", False, BIN, "correction", _fix("make the bollards green")),
    ("not bin. the door.", False, BIN, "correction", _fix("make the door green")),
    ("it was the railings i wanted green", False, BIN, "correction", _fix("make the railings green")),
    ("no, to the woman", False, PORTRAIT, "correction", _fix("add glasses to the woman")),
    ("not him, the boy", False, PORTRAIT, "correction", _fix("add glasses to the boy")),
    (
        "the old man on the left i meant",
        False,
        PORTRAIT,
        "correction",
        _fix("add glasses to the old man on the left"),
    ),
    ("grandpa, not dad! 🤓", False, PORTRAIT, "correction", _fix("add glasses to grandpa")),
    ("not a flag, a sail", False, HARBOUR, "correction", _fix("add a sail on the mast")),
    ("a pennant, not a flag", False, HARBOUR, "correction", _fix("add a pennant on the mast")),
    ("the car next to the motorbike", False, MOTORBIKE, "correction", _fix("make the car next to the motorbike black")),
    ("the sidecar, not the motorbike", False, MOTORBIKE, "correction", _fix("make the sidecar black")),
    ("the rims!", False, MOTORBIKE, "correction", _fix("make the rims black")),
    ("no no, I meant the leather seat", False, MOTORBIKE, "correction", _fix("make the leather seat black")),
    ("the garage door was what i wanted black", False, MOTORBIKE, "correction", _fix("make the garage door black")),
    ("the roses, not tulips", False, TULIPS, "correction", _fix("make the roses white")),
    ("i mean the daisies", False, TULIPS, "correction", _fix("make the daisies white")),
    ("wrong flowers, the lilies", False, TULIPS, "correction", _fix("make the lilies white")),
    ("the pot, not the flowers", False, TULIPS, "correction", _fix("make the pot white")),
    ("no, the bench", False, STATION, "correction", _fix("make the bench silver")),
    ("the clock, not the train", False, STATION, "correction", _fix("make the clock silver")),
    ("I meant the ticket machine", False, STATION, "correction", _fix("make the ticket machine silver")),
    ("no, the castle", False, FISH, "correction", _fix("make the castle blue")),
    ("the pebbles i meant", False, FISH, "correction", _fix("make the pebbles blue")),
    ("wrong fish, the angelfish", False, FISH, "correction", _fix("make the angelfish blue")),
    ("not the goldfish, the snail", False, FISH, "correction", _fix("make the snail blue")),
    ("not her hair, her dress", False, HAIR, "correction", _fix("make her dress red")),
    ("i meant her lips", False, HAIR, "correction", _fix("make her lips red")),
    ("her scarf, sorry", False, HAIR, "correction", _fix("make her scarf red")),
    ("no, HIS hair", False, HAIR, "correction", _fix("make his hair red")),
    ("not the armchair, the stool", False, SOFA, "correction", _fix("replace the stool with a sofa")),
    ("not the armchair, the old bench", False, SOFA, "correction", _fix("replace the old bench with a sofa")),
    ("no, on the dog", False, SNOWMAN, "correction", _fix("put a scarf on the dog")),
    ("on the kid, not the snowman", False, SNOWMAN, "correction", _fix("put a scarf on the kid")),
    ("not a scarf, a top hat", False, SNOWMAN, "correction", _fix("put a top hat on the snowman")),
    ("a carrot nose i said", False, SNOWMAN, "correction", _fix("put a carrot nose on the snowman")),
    ("not the goalkeeper, the referee", False, BALL, "correction", _fix("remove the referee")),
    (
        "wrong guy, the one with the flag",
        False,
        BALL,
        "correction",
        _fix("remove the one with the flag", "remove the guy with the flag"),
    ),
    ("no the coach!", False, BALL, "correction", _fix("remove the coach")),
    (
        "i meant the camera man behind the goal",
        False,
        BALL,
        "correction",
        _fix("remove the camera man behind the goal"),
    ),
    (
        "the goalkeeper was fine. remove the advertising board",
        False,
        BALL,
        "correction",
        _fix("remove the advertising board"),
    ),
    ("not a bird, a cat", False, ROOF, "correction", _fix("add a cat on the roof")),
    ("a crow, specifically", False, ROOF, "correction", _fix("add a crow on the roof")),
    ("not a basket, a thermos", False, PICNIC, "correction", _fix("add a thermos on the blanket")),
    ("a picnic hamper i said", False, PICNIC, "correction", _fix("add a picnic hamper on the blanket")),
    ("a snowboarder, not a skier", False, SKI, "correction", _fix("add a snowboarder on the slope")),
    ("no, sparklers", False, CAKE, "correction", _fix("add sparklers on the cake")),
    ("not candles, strawberries", False, CAKE, "correction", _fix("add strawberries on the cake")),
    ("no i wanted the BOWL not the vase..", False, VASE, "correction", _fix("make the bowl yellow")),
    ("dude the drum", False, TUBA, "correction", _fix("make the drum gold")),
    (
        "Sorry for confusion. I want remove the dog, not cat.",
        False,
        PETS,
        "correction",
        _fix("remove the dog"),
    ),
    ("is the mailbox i mean, not bin", False, BIN, "correction", _fix("make the mailbox green")),
)
"""The last edit was right but for its object (what to change, add or remove, or where to put it)."""

ATTRIBUTE: tuple[Dev, ...] = (
    ("green, not yellow", False, VASE, "correction", _fix("make the vase green")),
    ("more of a teal", False, VASE, "correction", _fix("make the vase teal")),
    ("I said mustard yellow", False, VASE, "correction", _fix("make the vase mustard yellow")),
    ("no not yellow. light blue!!", False, VASE, "correction", _fix("make the vase light blue")),
    ("hmm yellow is wrong, I want it terracotta", False, VASE, "correction", _fix("make the vase terracotta")),
    ("YELLOW?? i asked for coral", False, VASE, "correction", _fix("make the vase coral")),
    ("I said matte black", False, MOTORBIKE, "correction", _fix("make the motorbike matte black")),
    ("glossy black, not that dull one", False, MOTORBIKE, "correction", _fix("make the motorbike glossy black")),
    ("wrong, should be dark red", False, MOTORBIKE, "correction", _fix("make the motorbike dark red")),
    ("black was a mistake, chrome please", False, MOTORBIKE, "correction", _fix("make the motorbike chrome")),
    ("sorry my bad, i meant white", False, MOTORBIKE, "correction", _fix("make the motorbike white")),
    ("silver not gold", False, TUBA, "correction", _fix("make the tuba silver")),
    ("rose gold!", False, TUBA, "correction", _fix("make the tuba rose gold")),
    ("more of a bronze", False, TUBA, "correction", _fix("make the tuba bronze")),
    ("the gold looks cheap, i said copper", False, TUBA, "correction", _fix("make the tuba copper")),
    ("auburn, not red", False, HAIR, "correction", _fix("make her hair auburn")),
    ("no, like a copper red", False, HAIR, "correction", _fix("make her hair copper red")),
    ("pink!!! not red", False, HAIR, "correction", _fix("make her hair pink")),
    ("i wanted platinum blonde sorry", False, HAIR, "correction", _fix("make her hair platinum blonde")),
    ("it should be dark brown, not red", False, HAIR, "correction", _fix("make her hair dark brown")),
    ("cream, not pure white", False, TULIPS, "correction", _fix("make the tulips cream")),
    ("no, purple", False, TULIPS, "correction", _fix("make the tulips purple")),
    ("white? i wrote yellow", False, TULIPS, "correction", _fix("make the tulips yellow")),
    ("Pale pink instead pls", False, TULIPS, "correction", _fix("make the tulips pale pink")),
    ("i prefer them red actually", False, TULIPS, "correction", _fix("make the tulips red")),
    ("more of a neon blue", False, FISH, "correction", _fix("make the goldfish neon blue")),
    (
        "not blue. black with white spots",
        False,
        FISH,
        "correction",
        _fix("make the goldfish black with white spots"),
    ),
    ("no, rainbow coloured", False, FISH, "correction", _fix("make the goldfish rainbow coloured")),
    ("i asked for GREEN", False, FISH, "correction", _fix("make the goldfish green")),
    ("blue is wrong, it must be orange-red", False, FISH, "correction", _fix("make the goldfish orange-red")),
    ("silver? no, dark green", False, STATION, "correction", _fix("make the train dark green")),
    ("I said red and white", False, STATION, "correction", _fix("make the train red and white")),
    ("more like a bright yellow", False, STATION, "correction", _fix("make the train bright yellow")),
    ("no, sunglasses", False, PORTRAIT, "correction", _fix("add sunglasses to the man")),
    ("round glasses, not those", False, PORTRAIT, "correction", _fix("add round glasses to the man")),
    ("I said reading glasses", False, PORTRAIT, "correction", _fix("add reading glasses to the man")),
    ("no, autumn", False, SEASON, "correction", _fix("make it look like autumn")),
    ("not winter, summer", False, SEASON, "correction", _fix("make it look like summer")),
    ("more like late autumn", False, SEASON, "correction", _fix("make it look like late autumn")),
    ("no, oil painting", False, STYLE, "correction", _fix("turn the photo into an oil painting")),
    ("no, a comic book drawing", False, STYLE, "correction", _fix("turn the photo into a comic book drawing")),
    ("I said pencil sketch", False, STYLE, "correction", _fix("turn the photo into a pencil sketch")),
    ("more of a pastel drawing", False, STYLE, "correction", _fix("turn the photo into a pastel drawing")),
    ("dark green, not that lime", False, BIN, "correction", _fix("make the bin dark green")),
    ("not green! grey", False, BIN, "correction", _fix("make the bin grey")),
    ("no, a full moon", False, CAMP, "correction", _fix("add a full moon in the sky")),
    ("shooting stars, not regular ones", False, CAMP, "correction", _fix("add shooting stars in the sky")),
    ("not stars, northern lights", False, CAMP, "correction", _fix("add northern lights in the sky")),
    ("no, a pirate flag", False, HARBOUR, "correction", _fix("add a pirate flag on the mast")),
    ("a french flag I said", False, HARBOUR, "correction", _fix("add a french flag on the mast")),
    ("blue candles, not white ones", False, CAKE, "correction", _fix("add blue candles on the cake")),
    ("no, with a beanbag", False, SOFA, "correction", _fix("replace the armchair with a beanbag")),
    ("a leather sofa, not that", False, SOFA, "correction", _fix("replace the armchair with a leather sofa")),
    ("not a sofa, a rocking chair", False, SOFA, "correction", _fix("replace the armchair with a rocking chair")),
    ("a round rug i said", False, BED, "correction", _fix("add a round rug under the bed")),
    (
        "hmm it's not the yellow I imagined... more like ochre",
        False,
        VASE,
        "correction",
        _fix("make the vase ochre"),
    ),
    ("NOT RED. BLONDE.", False, HAIR, "correction", _fix("make her hair blonde")),
    ("i say turquoise no blue, sorry my english", False, FISH, "correction", _fix("make the goldfish turquoise")),
    (
        "the tent should have been orange. no wait that's fine. the stars should be golden",
        False,
        CAMP,
        "correction",
        _fix("add golden stars in the sky"),
    ),
    ("emerald green!! not this", False, BIN, "correction", _fix("make the bin emerald green")),
    ("make it teal instead", False, VASE, "correction", _fix("make the vase teal")),
    ("actually copper would be nicer than gold", False, TUBA, "correction", _fix("make the tuba copper")),
)
"""The last edit was right but for a colour, material, kind or style."""

PLACE: tuple[Dev, ...] = (
    ("not on the table, on the shelf", False, CANDLE, "correction", _fix("add a candle on the shelf")),
    ("on the windowsill pls", False, CANDLE, "correction", _fix("add a candle on the windowsill")),
    ("I said the mantelpiece", False, CANDLE, "correction", _fix("add a candle on the mantelpiece")),
    ("next to the lamp, not on the table", False, CANDLE, "correction", _fix("add a candle next to the lamp")),
    ("no no on the piano", False, CANDLE, "correction", _fix("add a candle on the piano")),
    ("in the window, sorry", False, CANDLE, "correction", _fix("add a candle in the window")),
    ("no, on the chimney", False, ROOF, "correction", _fix("add a bird on the chimney")),
    ("on the antenna not the roof", False, ROOF, "correction", _fix("add a bird on the antenna")),
    ("in the tree, not on the roof", False, ROOF, "correction", _fix("add a bird in the tree")),
    (
        "put it on the gutter instead",
        False,
        ROOF,
        "correction",
        _fix("add a bird on the gutter", "put a bird on the gutter"),
    ),
    ("on the gate!!", False, ROOF, "correction", _fix("add a bird on the gate")),
    ("not on the mast, on the pier", False, HARBOUR, "correction", _fix("add a flag on the pier")),
    ("on the bow i mean", False, HARBOUR, "correction", _fix("add a flag on the bow")),
    (
        "the flag goes on the roof of the cabin",
        False,
        HARBOUR,
        "correction",
        _fix("add a flag on the roof of the cabin"),
    ),
    (
        "not under the bed, in front of the wardrobe",
        False,
        BED,
        "correction",
        _fix("add a rug in front of the wardrobe"),
    ),
    ("by the door", False, BED, "correction", _fix("add a rug by the door")),
    ("next to the desk sorry", False, BED, "correction", _fix("add a rug next to the desk")),
    ("I wanted it in the hallway", False, BED, "correction", _fix("add a rug in the hallway")),
    ("on the grass, not the blanket", False, PICNIC, "correction", _fix("add a basket on the grass")),
    ("under the tree", False, PICNIC, "correction", _fix("add a basket under the tree")),
    ("beside the cooler i said", False, PICNIC, "correction", _fix("add a basket beside the cooler")),
    ("no, on the bench", False, PICNIC, "correction", _fix("add a basket on the bench")),
    ("on the cupcakes, not the cake", False, CAKE, "correction", _fix("add candles on the cupcakes")),
    ("around the cake, not on it", False, CAKE, "correction", _fix("add candles around the cake")),
    ("on the chairlift, not the slope", False, SKI, "correction", _fix("add a skier on the chairlift")),
    ("near the cabin", False, SKI, "correction", _fix("add a skier near the cabin")),
    ("at the top of the mountain!", False, SKI, "correction", _fix("add a skier at the top of the mountain")),
    ("next to the tent I said", False, CAMP, "correction", _fix("add stars next to the tent")),
    ("Wrong place. The bookshelf.", False, CANDLE, "correction", _fix("add a candle on the bookshelf")),
    ("the bird should sit on the chimney, not the roof", False, ROOF, "correction", _fix("add a bird on the chimney")),
)
"""The last edit was right but for where the new thing goes."""

WHOLE: tuple[Dev, ...] = (
    ("scratch that, remove the bin instead", False, BIN, "correction", _fix("remove the bin")),
    ("no, i wanted the bin GONE", False, BIN, "correction", _fix("remove the bin")),
    (
        "that's not what I asked. take the bin away",
        False,
        BIN,
        "correction",
        _fix("take the bin away", "remove the bin"),
    ),
    (
        "sorry I explained badly - I want a bench next to the bin",
        False,
        BIN,
        "correction",
        _fix("add a bench next to the bin"),
    ),
    ("that's not what I asked, I wanted the dog removed", False, PETS, "correction", _fix("remove the dog")),
    (
        "no!! i wanted the cat to wear a bow tie, not gone",
        False,
        PETS,
        "correction",
        _fix("make the cat wear a bow tie", "put a bow tie on the cat"),
    ),
    ("keep the cat, blur the background", False, PETS, "correction", _fix("blur the background")),
    ("no, I wanted the vase removed, not painted", False, VASE, "correction", _fix("remove the vase")),
    ("not paint it, REPLACE it with a jug", False, VASE, "correction", _fix("replace the vase with a jug")),
    (
        "no I wanted the armchair moved to the window",
        False,
        SOFA,
        "correction",
        _fix("move the armchair to the window"),
    ),
    (
        "you misunderstood me, add a sidecar to the motorbike",
        False,
        MOTORBIKE,
        "correction",
        _fix("add a sidecar to the motorbike"),
    ),
    ("not that, I wanted the train removed", False, STATION, "correction", _fix("remove the train")),
    (
        "no, I meant remove the people on the platform",
        False,
        STATION,
        "correction",
        _fix("remove the people on the platform"),
    ),
    ("no I wanted her hair SHORT, not red", False, HAIR, "correction", _fix("make her hair short")),
    ("no, add more goldfish, don't recolour it", False, FISH, "correction", _fix("add more goldfish")),
    ("no, I meant make it look like night", False, SEASON, "correction", _fix("make it look like night")),
    (
        "that's not it at all. I wanted the boat to have a flag, not the mast",
        False,
        HARBOUR,
        "correction",
        _fix("add a flag on the boat", "add a flag to the boat"),
    ),
    ("scrap that, remove the rowing boat instead", False, HARBOUR, "correction", _fix("remove the rowing boat")),
    ("forget the stars, add a moon instead", False, CAMP, "correction", _fix("add a moon", "add a moon in the sky")),
    ("no no. remove the sleeping bag instead", False, CAMP, "correction", _fix("remove the sleeping bag")),
    ("you misread, I wanted the ball removed", False, BALL, "correction", _fix("remove the ball")),
    (
        "not remove him, make him wear a red shirt",
        False,
        BALL,
        "correction",
        _fix("make the goalkeeper wear a red shirt"),
    ),
    ("scratch that. turn the photo into a mosaic", False, STYLE, "correction", _fix("turn the photo into a mosaic")),
    (
        "not a painting, make it black and white",
        False,
        STYLE,
        "correction",
        _fix("make it black and white", "make the photo black and white"),
    ),
    (
        "no, put the candles next to the cake",
        False,
        CAKE,
        "correction",
        _fix("put the candles next to the cake", "add candles next to the cake"),
    ),
    ("i dont want add, i want remove the cake", False, CAKE, "correction", _fix("remove the cake")),
    ("no, i wanted the tulips to be taller, not white", False, TULIPS, "correction", _fix("make the tulips taller")),
    ("that's not what I said. I said remove the snowman", False, SNOWMAN, "correction", _fix("remove the snowman")),
    ("wrong!! I said remove the lamp, not add a rug", False, BED, "correction", _fix("remove the lamp")),
    (
        "Sorry, I mean: replace the wasp with a butterfly.",
        False,
        PICNIC,
        "correction",
        _fix("replace the wasp with a butterfly"),
    ),
    (
        "not like that. I wanted the roof repainted red",
        False,
        ROOF,
        "correction",
        _fix("repaint the roof red", "make the roof red"),
    ),
    (
        "NO. remove the trombone player. thats what i said",
        False,
        TUBA,
        "correction",
        _fix("remove the trombone player"),
    ),
    (
        "i asked to make the sofa bigger, not replace the armchair",
        False,
        SOFA,
        "correction",
        _fix("make the sofa bigger"),
    ),
)
"""The last edit was the wrong instruction altogether: the right one is made from the same round instead."""

INSTEAD: tuple[Dev, ...] = (
    ("undo that and make the bowl yellow instead", False, VASE, "correction", _instead(0, "make the bowl yellow")),
    ("undo and make the tuba silver", False, TUBA, "correction", _instead(1, "make the tuba silver")),
    ("revert that, then remove the dog", False, PETS, "correction", _instead(0, "remove the dog")),
    (
        "go back and add the candle on the shelf instead",
        False,
        CANDLE,
        "correction",
        _instead(0, "add the candle on the shelf", "add a candle on the shelf"),
    ),
    (
        "undo the flag and put a buoy in the water instead",
        False,
        HARBOUR,
        "correction",
        _instead(2, "put a buoy in the water"),
    ),
    ("undo, then add a moon in the sky instead", False, CAMP, "correction", _instead(3, "add a moon in the sky")),
    (
        "undo it and turn it into a charcoal drawing",
        False,
        STYLE,
        "correction",
        _instead(0, "turn the photo into a charcoal drawing", "turn it into a charcoal drawing"),
    ),
    ("take it back and paint the bench green", False, BIN, "correction", _instead(0, "paint the bench green")),
    ("undo pls and make it look like spring", False, SEASON, "correction", _instead(0, "make it look like spring")),
    ("revert and make her hair blonde", False, HAIR, "correction", _instead(0, "make her hair blonde")),
    (
        "undo the silver train and remove the bench instead",
        False,
        STATION,
        "correction",
        _instead(1, "remove the bench"),
    ),
    (
        "undo that, replace the armchair with a bookshelf",
        False,
        SOFA,
        "correction",
        _instead(0, "replace the armchair with a bookshelf"),
    ),
    ("Undo. Make the tulips pink.", False, TULIPS, "correction", _instead(0, "make the tulips pink")),
    ("cancel that and make the goldfish purple", False, FISH, "correction", _instead(0, "make the goldfish purple")),
    (
        "undo that and make the fuel tank black instead",
        False,
        MOTORBIKE,
        "correction",
        _instead(0, "make the fuel tank black"),
    ),
    ("revert, then remove the linesman", False, BALL, "correction", _instead(1, "remove the linesman")),
)
"""'Undo that and make X': a revert, then the new edit from the round before the rejected one."""

NOTHING_TO_CORRECT: tuple[Dev, ...] = (
    ("no, the bowl", False, UPLOAD, "clarify", ()),
    ("wrong one, I meant the lamp", False, UPLOAD, "clarify", ()),
    ("not the cat, the dog", False, UPLOAD, "clarify", ()),
    ("I was talking about the picture frame", False, UPLOAD, "clarify", ()),
    ("green, not yellow", False, UPLOAD, "clarify", ()),
    ("more of a teal", False, UPLOAD, "clarify", ()),
    ("I said matte black", False, UPLOAD, "clarify", ()),
    ("not on the table, on the shelf", False, UPLOAD, "clarify", ()),
    ("the cymbals!! not the tuba", False, UPLOAD, "clarify", ()),
    ("auburn, not red", False, UPLOAD, "clarify", ()),
    ("no, on the chimney", False, UPLOAD, "clarify", ()),
    ("not a flag, a sail", False, UPLOAD, "clarify", ()),
    ("i mean the daisies", False, UPLOAD, "clarify", ()),
    ("rose gold!", False, UPLOAD, "clarify", ()),
    ("Not vase. Bowl.", False, UPLOAD, "clarify", ()),
    ("try again", False, (), "clarify", ()),
    ("another go", False, UPLOAD, "clarify", ()),
    ("new seed please", False, UPLOAD, "clarify", ()),
    ("regenerate", False, UPLOAD, "clarify", ()),
    ("more!", False, UPLOAD, "clarify", ()),
    ("too much", False, UPLOAD, "clarify", ()),
    ("dial it back", False, UPLOAD, "clarify", ()),
    ("scrap that", False, UPLOAD, "clarify", ()),
    ("take that back", False, UPLOAD, "clarify", ()),
    ("undo the last two", False, UPLOAD, "clarify", ()),
    ("no, the bowl", False, (), "clarify", ()),
    ("I said matte black", False, (), "clarify", ()),
    ("revert", False, (), "clarify", ()),
    ("i meant the mailbox", False, UPLOAD, "clarify", ()),
    ("NOT THE CAT", False, PETS, "clarify", ()),
    ("that's the wrong colour", False, VASE, "clarify", ()),
    ("wrong spot", False, CANDLE, "clarify", ()),
    ("not there", False, ROOF, "clarify", ()),
    ("that's not the one", False, FISH, "clarify", ()),
    ("not that instrument", False, TUBA, "clarify", ()),
    ("scratch that, remove the bin instead", False, UPLOAD, "edit", _edit("remove the bin")),
    ("no wait, make the vase teal", False, UPLOAD, "edit", _edit("make the vase teal")),
    ("actually, put a candle on the shelf", False, UPLOAD, "edit", _edit("put a candle on the shelf")),
    ("sorry, I meant: remove the dog", False, UPLOAD, "edit", _edit("remove the dog")),
    ("no, make the tulips purple instead", False, UPLOAD, "edit", _edit("make the tulips purple")),
    ("oops. turn the photo into an oil painting", False, UPLOAD, "edit", _edit("turn the photo into an oil painting")),
)
"""Corrections and retries with no edit to correct (ask), unclear ones (ask), and full instructions (edit)."""

RETRIES: tuple[Dev, ...] = (
    ("try again", False, VASE, "retry", _retry()),
    ("another go", False, TUBA, "retry", _retry()),
    ("new seed please", False, PETS, "retry", _retry()),
    ("regenerate", False, BIN, "retry", _retry()),
    ("one more time pls", False, CANDLE, "retry", _retry()),
    ("again", False, HAIR, "retry", _retry()),
    ("TRY AGAIN", False, FISH, "retry", _retry()),
    ("again pls, new seed 🙏", False, TULIPS, "retry", _retry()),
    ("give it another go", False, STYLE, "retry", _retry()),
    ("hmm, once more", False, SEASON, "retry", _retry()),
    ("regen", False, MOTORBIKE, "retry", _retry()),
    ("another variation please", False, SOFA, "retry", _retry()),
    ("new attempt", False, STATION, "retry", _retry()),
    ("let's see another one", False, CAKE, "retry", _retry()),
    ("try one more time with a different seed", False, HARBOUR, "retry", _retry()),
    ("generate it again", False, CAMP, "retry", _retry()),
    ("run it again", False, ROOF, "retry", _retry()),
    ("not quite, another try", False, PICNIC, "retry", _retry()),
    ("bad luck, go again", False, SKI, "retry", _retry()),
    ("again plz, the gold looks weird", False, TUBA, "retry", _retry()),
    ("the stars look fake. try again", False, CAMP, "retry", _retry()),
    ("same thing but a different result", False, BALL, "retry", _retry()),
    ("can u try it again", False, SNOWMAN, "retry", _retry()),
    ("Please regenerate that one.", False, BED, "retry", _retry()),
    ("hmm the rug looks odd, another version?", False, BED, "retry", _retry()),
    ("new seed", False, PORTRAIT, "retry", _retry()),
    ("do it again, i dont like the result", False, HAIR, "retry", _retry()),
    ("give me another roll", False, FISH, "retry", _retry()),
    ("one more try 🤞", False, VASE, "retry", _retry()),
    ("shuffle it", False, STYLE, "retry", _retry()),
    ("another one, the glasses look strange", False, PORTRAIT, "retry", _retry()),
    ("different seed pls", False, TULIPS, "retry", _retry()),
)
"""A new version of the last edit: same parent, same instruction, new seed."""

STRENGTH: tuple[Dev, ...] = (
    ("more!", False, VASE, "retry", _retry("stronger")),
    ("go harder", False, TUBA, "retry", _retry("stronger")),
    ("barely changed", False, HAIR, "retry", _retry("stronger")),
    ("I can hardly see a difference", False, SEASON, "retry", _retry("stronger")),
    ("MORE", False, FISH, "retry", _retry("stronger")),
    ("stronger pls", False, STYLE, "retry", _retry("stronger")),
    ("crank it up a lot", False, TULIPS, "retry", _retry("stronger")),
    ("not enough", False, MOTORBIKE, "retry", _retry("stronger")),
    ("it's too weak", False, STATION, "retry", _retry("stronger")),
    ("bolder", False, BIN, "retry", _retry("stronger")),
    ("needs more yellow", False, VASE, "retry", _retry("stronger")),
    ("push it further", False, STYLE, "retry", _retry("stronger")),
    ("make the effect stronger", False, SEASON, "retry", _retry("stronger")),
    ("hardly any change, more", False, TUBA, "retry", _retry("stronger")),
    ("way more", False, HAIR, "retry", _retry("stronger")),
    ("you were too shy, go bigger", False, FISH, "retry", _retry("stronger")),
    ("still too pale", False, TULIPS, "retry", _retry("stronger")),
    ("more pronounced please", False, STATION, "retry", _retry("stronger")),
    ("the red is so faint i can barely see it. stronger", False, HAIR, "retry", _retry("stronger")),
    ("go all in 💪", False, BIN, "retry", _retry("stronger")),
    ("it still looks like summer, more winter", False, SEASON, "retry", _retry("stronger")),
    ("too much", False, VASE, "retry", _retry("weaker")),
    ("subtler", False, TUBA, "retry", _retry("weaker")),
    ("dial it back", False, HAIR, "retry", _retry("weaker")),
    ("tone it down", False, SEASON, "retry", _retry("weaker")),
    ("less", False, FISH, "retry", _retry("weaker")),
    ("way too strong now", False, STYLE, "retry", _retry("weaker")),
    ("softer please", False, TULIPS, "retry", _retry("weaker")),
    ("a little less intense", False, MOTORBIKE, "retry", _retry("weaker")),
    ("overdone", False, STATION, "retry", _retry("weaker")),
    ("its too much lol", False, BIN, "retry", _retry("weaker")),
    ("that's overkill, gentler", False, VASE, "retry", _retry("weaker")),
    ("half as strong", False, STYLE, "retry", _retry("weaker")),
    ("less gold", False, TUBA, "retry", _retry("weaker")),
    ("lighter touch please", False, SEASON, "retry", _retry("weaker")),
    ("reduce the effect", False, FISH, "retry", _retry("weaker")),
    ("way over the top, calm it down", False, HAIR, "retry", _retry("weaker")),
    ("not so strong", False, TULIPS, "retry", _retry("weaker")),
    ("bit much, back off a little", False, MOTORBIKE, "retry", _retry("weaker")),
    ("TOO MUCH SNOW", False, SEASON, "retry", _retry("weaker")),
    ("the painting effect is too heavy, lighter", False, STYLE, "retry", _retry("weaker")),
    ("its to strong, do it more soft", False, BIN, "retry", _retry("weaker")),
)
"""A new version of the last edit with the guidance raised or lowered."""

UNDO: tuple[Dev, ...] = (
    ("scrap that", False, VASE, "undo", _goto(0)),
    ("revert", False, TUBA, "undo", _goto(1)),
    ("take that back", False, PETS, "undo", _goto(0)),
    ("nope go back", False, BIN, "undo", _goto(0)),
    ("undo the last two", False, TUBA, "undo", _goto(0)),
    ("undo the last two", False, HARBOUR, "undo", _goto(1)),
    ("undo the last two", False, CAMP, "undo", _goto(2)),
    ("undo the last three", False, CAMP, "undo", _goto(1)),
    ("undo pls", False, CANDLE, "undo", _goto(0)),
    ("go back one", False, HARBOUR, "undo", _goto(2)),
    ("UNDO", False, HAIR, "undo", _goto(0)),
    ("revert it", False, FISH, "undo", _goto(0)),
    ("no no, undo", False, TULIPS, "undo", _goto(0)),
    ("I liked it better before", False, STYLE, "undo", _goto(0)),
    ("undo!!", False, SEASON, "undo", _goto(0)),
    ("remove that last edit", False, STATION, "undo", _goto(1)),
    ("cancel that", False, SOFA, "undo", _goto(0)),
    ("cancel the last change", False, CAKE, "undo", _goto(0)),
    ("step back", False, SKI, "undo", _goto(1)),
    ("revert pls its ugly", False, MOTORBIKE, "undo", _goto(0)),
    ("that's awful, undo", False, BED, "undo", _goto(0)),
    ("hmm no. go back", False, PICNIC, "undo", _goto(1)),
    ("let's undo that", False, ROOF, "undo", _goto(1)),
    ("rollback", False, BALL, "undo", _goto(1)),
    ("ctrl+z pls", False, PORTRAIT, "undo", _goto(1)),
    ("get rid of that change", False, SNOWMAN, "undo", _goto(0)),
    ("undo the last 2 edits", False, STATION, "undo", _goto(0)),
    ("go back two", False, CAMP, "undo", _goto(2)),
    ("undo twice", False, PICNIC, "undo", _goto(0)),
    ("nah. take it back", False, CAMP, "undo", _goto(3)),
    ("put it back how it was before the stars", False, CAMP, "undo", _goto(3)),
    ("eww, revert!", False, PETS, "undo", _goto(0)),
    ("no thanks, undo that one", False, HARBOUR, "undo", _goto(2)),
    ("i dont like, go back please", False, SKI, "undo", _goto(1)),
)
"""The last edit (or the last few) taken back."""

TALK: tuple[Dev, ...] = (
    ("hmm let me think", False, VASE, "talk", ()),
    ("interesting", False, TUBA, "talk", ()),
    ("ok", False, PETS, "talk", ()),
    ("not bad", False, BIN, "talk", ()),
    ("lol", False, FISH, "talk", ()),
    ("hmmm", False, HAIR, "talk", ()),
    ("okay cool", False, CAMP, "talk", ()),
    ("🤔", False, STYLE, "talk", ()),
    ("wait a sec", False, SEASON, "talk", ()),
    ("let me look at it for a sec", False, SOFA, "talk", ()),
    ("I'll think about it", False, TULIPS, "talk", ()),
    ("huh", False, STATION, "talk", ()),
    ("oh nice", False, MOTORBIKE, "talk", ()),
    ("kinda cool tbh", False, HARBOUR, "talk", ()),
    ("fine i guess", False, CAKE, "talk", ()),
    ("haha what 😂", False, SNOWMAN, "talk", ()),
    ("LOL the dog looks so confused", False, PETS, "talk", ()),
    ("let me show my wife first", False, SOFA, "talk", ()),
    ("brb 5 min", False, CANDLE, "talk", ()),
    ("hmm not what I expected but I kind of like it", False, TUBA, "talk", ()),
    ("no no it's fine, keep it", False, BIN, "talk", ()),
    ("no worries", False, ROOF, "talk", ()),
    ("no, that's good actually", False, VASE, "talk", ()),
    ("mhm", False, FISH, "talk", ()),
    ("ok ok ok", False, SKI, "talk", ()),
    ("not sure yet", False, BED, "talk", ()),
    ("interesting choice 😅", False, HAIR, "talk", ()),
    ("wow. ok.", False, STATION, "talk", ()),
    ("that's... something", False, STYLE, "talk", ()),
    ("hmm, the gold is a bit much but leave it", False, TUBA, "talk", ()),
    ("give me a minute", False, PICNIC, "talk", ()),
    ("i need to ask my sister what she thinks", False, CAMP, "talk", ()),
    ("ok thx", False, BALL, "talk", ()),
    ("meh", False, MOTORBIKE, "talk", ()),
    ("not bad at all!", False, CAKE, "talk", ()),
    ("Interesting. Very interesting.", False, SEASON, "talk", ()),
    ("ok, noted", False, PORTRAIT, "talk", ()),
    ("lmao", False, SNOWMAN, "talk", ()),
    ("Hmm.", False, BED, "talk", ()),
    ("no, it's perfect, don't touch it", False, TULIPS, "talk", ()),
    ("the yellow is not what I pictured but ok", False, VASE, "talk", ()),
    ("not the result i expected haha", False, FISH, "talk", ()),
)
"""Reactions that reject nothing: no call."""

CORRECTIONS: tuple[Dev, ...] = (
    *OBJECT,
    *ATTRIBUTE,
    *PLACE,
    *WHOLE,
    *INSTEAD,
    *NOTHING_TO_CORRECT,
    *RETRIES,
    *STRENGTH,
    *UNDO,
    *TALK,
)
"""Every turn whose current round is the latest."""

CORRECTIONS_MOVED: tuple[tuple[int, Dev], ...] = (
    (1, ("redo pls", False, HARBOUR, "redo", _goto(2))),
    (2, ("bring it back", False, CAMP, "redo", _goto(3))),
    (1, ("actually I want that edit back", False, STATION, "redo", _goto(2))),
    (0, ("oops, redo", False, VASE, "redo", _goto(1))),
    (0, ("un-undo lol", False, PETS, "redo", _goto(1))),
    (1, ("go forward again pls", False, TUBA, "redo", _goto(2))),
    (2, ("redo both", False, CAMP, "redo", _goto(4))),
    (1, ("REDO IT", False, SKI, "redo", _goto(2))),
    (0, ("restore the edit i just undid", False, BIN, "redo", _goto(1))),
    (0, ("hmm ok it was better with the candle, redo", False, CANDLE, "redo", _goto(1))),
    (1, ("undo again", False, HARBOUR, "undo", _goto(0))),
    (2, ("one more step back", False, CAMP, "undo", _goto(1))),
    (1, ("ok", False, CAMP, "talk", ())),
    (1, ("hmm let me think", False, HARBOUR, "talk", ())),
    (1, ("make the buoy yellow", False, HARBOUR, "edit", _edit("make the buoy yellow"))),
    (0, ("now make the bowl yellow", False, VASE, "edit", _edit("make the bowl yellow"))),
    (2, ("add a moon in the sky instead", False, CAMP, "edit", _edit("add a moon in the sky"))),
    (1, ("make the tuba silver then", False, TUBA, "edit", _edit("make the tuba silver"))),
    (0, ("redo", False, STYLE, "redo", _goto(1))),
    (0, ("remove the dog then", False, PETS, "edit", _edit("remove the dog"))),
)
"""Turns after an undo: the current round (first) is not the latest."""


def corrections_cases() -> list[EvalCase]:
    """Every turn of this set as an `assistant.evaluation` case (`CORRECTIONS`, then `CORRECTIONS_MOVED`)."""
    return with_moved(CORRECTIONS, "corrections", CORRECTIONS_MOVED, "corrections_moved")
