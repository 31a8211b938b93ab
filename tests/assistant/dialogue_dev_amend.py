"""Development turns that react to the last edit: corrections, retries, strength retries and undo.

Hand-written for training and tuning the dialogue model (never for measuring it), about scenes the
other sets do not use (a zoo giraffe, a chess board, a llama, a house front, two dogs in a park, a loft
couch, a windmill, a food truck, a bowling alley, a carousel, a bakery window, a tennis player, a
street accordion player, a globe, a volcano, an orchard, a tram). A correction of the last edit's
object, colour, place, side or scope expects that edit made again from its parent (`_fix`); "undo
that and make X" a revert, then the edit; retries and strength retries the last edit again; undo in
its many wordings a revert. Near the area, turns that must not edit: polite "no"s, "not bad", "I
meant to say thanks", questions about what changed, and corrections with nothing to correct; and
new requests that merely start with "no" or "actually" after a good result expect a plain edit.
`AMEND`'s states have their last round current; `AMEND_MOVED` holds turns whose current round
(first) is an earlier one, after a goto or an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Calls, Dev, _edit, _fix, _goto, _retry, with_moved

GIRAFFE = ((None, None), (0, "make the giraffe purple"))
"""A zoo enclosure: giraffe, zebra, toucan, keeper, acacia tree, fence."""
CHESS = ((None, None), (0, "make the king gold"))
"""A chess board: king, queen, knight, rook, bishop, pawns."""
LLAMA = ((None, None), (0, "put a hat on the llama"))
"""A farm: llama, alpaca, goat, farmer."""
FACADE = ((None, None), (0, "paint the front door yellow"))
"""A house front: door, wall, shutters, window frames, gutter."""
DOGS = ((None, None), (0, "put a bandana on the dog"))
"""A park with two dogs, one in front and one at the back, and their owner."""
LOFT = ((None, None), (0, "add a floor lamp on the right of the couch"))
"""A loft: couch, coffee table, bookcase, big window."""
WINDMILL = ((None, None), (0, "make the windmill red"), (1, "add sheep in the field"), (2, "make the clouds darker"))
"""A countryside with three edits, each on the one before."""
TRUCK = ((None, None), (0, "remove the trash can"), (1, "paint the food truck mint green"))
"""A food truck with two edits."""
BOWLING = ((None, None), (0, "make the bowling ball pink"))
"""A bowling alley: ball, pins, lane, shoes."""
CAROUSEL = ((None, None), (0, "add a clown next to the carousel"))
"""A fair: carousel, popcorn stand, ticket booth."""
BAKERY = ((None, None), (0, "make the macarons pastel pink"), (1, "add a price tag on the cake stand"))
"""A bakery window with two edits."""
TENNIS = ((None, None), (0, "give the tennis player a white headband"))
"""A tennis court: player, net, umpire chair."""
ACCORDION = ((None, None), (0, "give the accordion player a beret"))
"""A street musician with an accordion, a dog and a hat for coins."""
GLOBE = ((None, None), (0, "make the globe look vintage"))
"""A study desk with a globe, an inkwell and a compass."""
VOLCANO = ((None, None), (0, "add smoke coming out of the volcano"))
"""A volcano landscape."""
GRAIN = ((None, None), (0, "add a film grain effect"))
"""A street photo with a film filter."""
ORCHARD = (
    (None, None),
    (0, "add apples on the trees"),
    (1, "make the ladder wooden"),
    (2, "remove the wheelbarrow"),
    (3, "add a fox near the hedge"),
)
"""An orchard with four edits, each on the one before."""
TRAM = ((None, None), (0, "make the tram blue"), (0, "make the tram green"))
"""A tram after a goto: round 2 was made from the upload, beside round 1."""


def _instead(index: int, *instructions: str) -> Calls:
    """Revert to round `index`, then edit there."""
    return (*_goto(index), *_edit(*instructions))


OBJECT: tuple[Dev, ...] = (
    ("no i meant the zebra", False, GIRAFFE, "correction", _fix("make the zebra purple")),
    ("not the giraffe, the toucan", False, GIRAFFE, "correction", _fix("make the toucan purple")),
    ("wrong animal!! the zebra 🦓", False, GIRAFFE, "correction", _fix("make the zebra purple")),
    ("ugh the tree, not the giraffe", False, GIRAFFE, "correction", _fix("make the tree purple")),
    ("nope, the keeper's jacket", False, GIRAFFE, "correction", _fix("make the keeper's jacket purple")),
    ("i ment the fence sorry", False, GIRAFFE, "correction", _fix("make the fence purple")),
    ("not the king, the queen", False, CHESS, "correction", _fix("make the queen gold")),
    ("queen!! not king", False, CHESS, "correction", _fix("make the queen gold")),
    ("no the knight", False, CHESS, "correction", _fix("make the knight gold")),
    ("wrong piece, i wanted the rook", False, CHESS, "correction", _fix("make the rook gold")),
    ("i meant the bishop lol", False, CHESS, "correction", _fix("make the bishop gold")),
    ("oops, the pawns not the king", False, CHESS, "correction", _fix("make the pawns gold")),
    ("that is the wrong one, it's the white king", False, CHESS, "correction", _fix("make the white king gold")),
    ("on the alpaca, not the llama", False, LLAMA, "correction", _fix("put a hat on the alpaca")),
    ("no, on the goat", False, LLAMA, "correction", _fix("put a hat on the goat")),
    ("i meant the farmer 😅", False, LLAMA, "correction", _fix("put a hat on the farmer")),
    ("wrong one, the baby llama", False, LLAMA, "correction", _fix("put a hat on the baby llama")),
    ("the OTHER dog", False, DOGS, "correction", _fix("put a bandana on the other dog")),
    (
        "nope, the one at the back",
        False,
        DOGS,
        "correction",
        _fix("put a bandana on the dog at the back", "put a bandana on the one at the back"),
    ),
    ("not that dog, the puppy", False, DOGS, "correction", _fix("put a bandana on the puppy")),
    ("on the owner not the dog haha", False, DOGS, "correction", _fix("put a bandana on the owner")),
    ("no, the black dog", False, DOGS, "correction", _fix("put a bandana on the black dog")),
    (
        "the food truck was right but i meant the awning",
        False,
        TRUCK,
        "correction",
        _fix("paint the awning mint green"),
    ),
    ("not the truck, the menu board", False, TRUCK, "correction", _fix("paint the menu board mint green")),
    ("no the van behind it", False, TRUCK, "correction", _fix("paint the van behind it mint green")),
    ("not the ball, the pins", False, BOWLING, "correction", _fix("make the pins pink")),
    ("the shoes i meant", False, BOWLING, "correction", _fix("make the shoes pink")),
    (
        "wrong ball, the one on the rack",
        False,
        BOWLING,
        "correction",
        _fix("make the one on the rack pink", "make the ball on the rack pink"),
    ),
    ("not the macarons, the eclairs", False, BAKERY, "correction", _fix("add a price tag on the eclairs")),
    ("on the bread basket i mean", False, BAKERY, "correction", _fix("add a price tag on the bread basket")),
    ("no, to the umpire", False, TENNIS, "correction", _fix("give the umpire a white headband")),
    ("i meant the ball boy", False, TENNIS, "correction", _fix("give the ball boy a white headband")),
    ("not the player, her coach", False, TENNIS, "correction", _fix("give her coach a white headband")),
    ("no, on his dog", False, ACCORDION, "correction", _fix("give his dog a beret")),
    ("the violinist next to him, not him", False, ACCORDION, "correction", _fix("give the violinist a beret")),
    ("not the globe, the inkwell", False, GLOBE, "correction", _fix("make the inkwell look vintage")),
    ("the compass i meant", False, GLOBE, "correction", _fix("make the compass look vintage")),
    ("no no the lamp", False, GLOBE, "correction", _fix("make the lamp look vintage")),
    (
        "the smaller volcano on the left",
        False,
        VOLCANO,
        "correction",
        _fix("add smoke coming out of the smaller volcano on the left"),
    ),
    (
        "not the carousel, the popcorn stand",
        False,
        CAROUSEL,
        "correction",
        _fix("add a clown next to the popcorn stand"),
    ),
    ("next to the ticket booth i meant", False, CAROUSEL, "correction", _fix("add a clown next to the ticket booth")),
    (
        "Sorry my mistake, I want the zebra purple not giraffe.",
        False,
        GIRAFFE,
        "correction",
        _fix("make the zebra purple"),
    ),
    ("wait thats the king?? i wanted the queen", False, CHESS, "correction", _fix("make the queen gold")),
    (
        "you did the wrong dog lol, the small one",
        False,
        DOGS,
        "correction",
        _fix("put a bandana on the small one", "put a bandana on the small dog"),
    ),
    ("the goat!! not the llama!!", False, LLAMA, "correction", _fix("put a hat on the goat")),
)
"""The last edit was right but for what it changed."""

ATTRIBUTE: tuple[Dev, ...] = (
    ("actually green instead", False, GIRAFFE, "correction", _fix("make the giraffe green")),
    ("hmm not purple, lilac", False, GIRAFFE, "correction", _fix("make the giraffe lilac")),
    ("i said pink not purple", False, GIRAFFE, "correction", _fix("make the giraffe pink")),
    ("silver, not gold", False, CHESS, "correction", _fix("make the king silver")),
    ("gold?? i wanted it marble", False, CHESS, "correction", _fix("make the king marble")),
    ("more like a dark wood", False, CHESS, "correction", _fix("make the king dark wood")),
    ("wrong hat, I wanted a cowboy hat", False, LLAMA, "correction", _fix("put a cowboy hat on the llama")),
    ("a sombrero i said", False, LLAMA, "correction", _fix("put a sombrero on the llama")),
    ("not a hat, a party hat 🎉", False, LLAMA, "correction", _fix("put a party hat on the llama")),
    ("red, not yellow", False, FACADE, "correction", _fix("paint the front door red")),
    ("yellow is wrong, sage green pls", False, FACADE, "correction", _fix("paint the front door sage green")),
    ("i wanted navy, not this", False, FACADE, "correction", _fix("paint the front door navy")),
    ("a red bandana, not that one", False, DOGS, "correction", _fix("put a red bandana on the dog")),
    ("not a bandana, a bow tie", False, DOGS, "correction", _fix("put a bow tie on the dog")),
    ("mint green? I said olive green", False, TRUCK, "correction", _fix("paint the food truck olive green")),
    ("more of a baby blue", False, TRUCK, "correction", _fix("paint the food truck baby blue")),
    ("no, glitter pink", False, BOWLING, "correction", _fix("make the bowling ball glitter pink")),
    ("not pink, neon orange", False, BOWLING, "correction", _fix("make the bowling ball neon orange")),
    ("not a clown, a juggler", False, CAROUSEL, "correction", _fix("add a juggler next to the carousel")),
    ("a mime, not a clown", False, CAROUSEL, "correction", _fix("add a mime next to the carousel")),
    (
        "a chalk price tag, not a paper one",
        False,
        BAKERY,
        "correction",
        _fix("add a chalk price tag on the cake stand"),
    ),
    ("red headband, not white", False, TENNIS, "correction", _fix("give the tennis player a red headband")),
    ("a cap, not a headband", False, TENNIS, "correction", _fix("give the tennis player a cap")),
    ("no, a flat cap", False, ACCORDION, "correction", _fix("give the accordion player a flat cap")),
    ("not a beret, a top hat", False, ACCORDION, "correction", _fix("give the accordion player a top hat")),
    ("not vintage, futuristic", False, GLOBE, "correction", _fix("make the globe look futuristic")),
    ("i meant antique, more like 1700s", False, GLOBE, "correction", _fix("make the globe look antique")),
    ("lava, not smoke", False, VOLCANO, "correction", _fix("add lava coming out of the volcano")),
    ("no ash clouds i said", False, VOLCANO, "correction", _fix("add ash clouds coming out of the volcano")),
    ("not grain, light leaks", False, GRAIN, "correction", _fix("add a light leaks effect")),
    ("a sepia effect, not grain", False, GRAIN, "correction", _fix("add a sepia effect")),
    ("stormy, not just darker", False, WINDMILL, "correction", _fix("make the clouds stormy")),
    ("orange instead pls", False, FACADE, "correction", _fix("paint the front door orange")),
    ("ehh more like a mustard", False, FACADE, "correction", _fix("paint the front door mustard")),
)
"""The last edit was right but for a colour, material, kind or style."""

PLACE: tuple[Dev, ...] = (
    ("I said left not right", False, LOFT, "correction", _fix("add a floor lamp on the left of the couch")),
    ("other side!", False, LOFT, "correction", _fix("add a floor lamp on the left of the couch")),
    (
        "left side of the couch pls, not right",
        False,
        LOFT,
        "correction",
        _fix("add a floor lamp on the left of the couch"),
    ),
    ("no, next to the bookcase", False, LOFT, "correction", _fix("add a floor lamp next to the bookcase")),
    ("by the big window i meant", False, LOFT, "correction", _fix("add a floor lamp by the big window")),
    ("behind the couch, not beside it", False, LOFT, "correction", _fix("add a floor lamp behind the couch")),
    (
        "on the other side of the carousel",
        False,
        CAROUSEL,
        "correction",
        _fix("add a clown on the other side of the carousel"),
    ),
    (
        "in front of the carousel, not next to it",
        False,
        CAROUSEL,
        "correction",
        _fix("add a clown in front of the carousel"),
    ),
    ("no, on the top shelf", False, BAKERY, "correction", _fix("add a price tag on the top shelf")),
    ("on the window glass i meant", False, BAKERY, "correction", _fix("add a price tag on the window glass")),
    ("near the fence, not the hedge", False, ORCHARD, "correction", _fix("add a fox near the fence")),
    ("under the tree i said", False, ORCHARD, "correction", _fix("add a fox under the tree")),
    (
        "wrong spot, put it by the gate",
        False,
        ORCHARD,
        "correction",
        _fix("add a fox by the gate", "put a fox by the gate"),
    ),
)
"""The last edit was right but for where or on which side."""

SCOPE: tuple[Dev, ...] = (
    (
        "ugh it changed the whole wall, just the door",
        False,
        FACADE,
        "correction",
        _fix("paint only the front door yellow", "paint just the front door yellow", "paint the front door yellow"),
    ),
    (
        "only the door!! not the wall",
        False,
        FACADE,
        "correction",
        _fix("paint only the front door yellow", "paint the front door yellow"),
    ),
    (
        "you painted the whole house, i only wanted the door",
        False,
        FACADE,
        "correction",
        _fix("paint only the front door yellow", "paint the front door yellow"),
    ),
    (
        "the wall should stay white, only the door yellow",
        False,
        FACADE,
        "correction",
        _fix("paint only the front door yellow", "paint the front door yellow"),
    ),
    (
        "why is everything purple, just the giraffe pls",
        False,
        GIRAFFE,
        "correction",
        _fix("make only the giraffe purple", "make the giraffe purple"),
    ),
    (
        "it turned the whole board gold, only the king",
        False,
        CHESS,
        "correction",
        _fix("make only the king gold", "make the king gold"),
    ),
)
"""The edit spilled over: the same edit again, kept to its object."""

WHOLE: tuple[Dev, ...] = (
    ("no i wanted the giraffe removed, not purple", False, GIRAFFE, "correction", _fix("remove the giraffe")),
    ("that's not what i asked, remove the fence", False, GIRAFFE, "correction", _fix("remove the fence")),
    ("scratch that, replace the king with a crown", False, CHESS, "correction", _fix("replace the king with a crown")),
    (
        "no, i wanted the llama to wear sunglasses",
        False,
        LLAMA,
        "correction",
        _fix("make the llama wear sunglasses", "put sunglasses on the llama"),
    ),
    (
        "you misunderstood, remove the leash from the dog",
        False,
        DOGS,
        "correction",
        _fix("remove the leash from the dog"),
    ),
    ("not paint it, remove the food truck", False, TRUCK, "correction", _fix("remove the food truck")),
    ("no, i meant remove the pins", False, BOWLING, "correction", _fix("remove the pins")),
    (
        "that's not it, make the carousel spin with motion blur",
        False,
        CAROUSEL,
        "correction",
        _fix("make the carousel spin with motion blur"),
    ),
    (
        "forget the beret, give him sunglasses instead",
        False,
        ACCORDION,
        "correction",
        _fix("give him sunglasses", "give the accordion player sunglasses"),
    ),
    (
        "scrap the smoke, make it erupt instead",
        False,
        VOLCANO,
        "correction",
        _fix("make it erupt", "make the volcano erupt"),
    ),
)
"""The last edit was not what was asked at all: a different edit in its place."""

INSTEAD: tuple[Dev, ...] = (
    ("undo that and make the zebra purple", False, GIRAFFE, "correction", _instead(0, "make the zebra purple")),
    ("revert it, then make the queen gold", False, CHESS, "correction", _instead(0, "make the queen gold")),
    ("undo. put a scarf on the llama", False, LLAMA, "correction", _instead(0, "put a scarf on the llama")),
    (
        "nah revert and paint the shutters yellow instead",
        False,
        FACADE,
        "correction",
        _instead(0, "paint the shutters yellow"),
    ),
    ("undo that, give the puppy a collar", False, DOGS, "correction", _instead(0, "give the puppy a collar")),
    (
        "ctrl z and add a rug under the coffee table",
        False,
        LOFT,
        "correction",
        _instead(0, "add a rug under the coffee table"),
    ),
    ("take that back and make the sky pink instead", False, WINDMILL, "correction", _instead(2, "make the sky pink")),
    (
        "undo the truck colour, then remove the menu board",
        False,
        TRUCK,
        "correction",
        _instead(1, "remove the menu board"),
    ),
    (
        "revert pls and add a crowd behind the lane",
        False,
        BOWLING,
        "correction",
        _instead(0, "add a crowd behind the lane"),
    ),
    (
        "cancel that, put balloons on the carousel",
        False,
        CAROUSEL,
        "correction",
        _instead(0, "put balloons on the carousel"),
    ),
    (
        "undo the tag and make the croissants shinier",
        False,
        BAKERY,
        "correction",
        _instead(1, "make the croissants shinier"),
    ),
    ("go back one and blur the crowd", False, TENNIS, "correction", _instead(0, "blur the crowd")),
    (
        "Undo that. Remove the coins from the hat.",
        False,
        ACCORDION,
        "correction",
        _instead(0, "remove the coins from the hat"),
    ),
    ("undo and add a sunset instead", False, VOLCANO, "correction", _instead(0, "add a sunset")),
    (
        "revert the fox and put a deer there",
        False,
        ORCHARD,
        "correction",
        _instead(3, "put a deer there", "put a deer near the hedge"),
    ),
)
"""'Undo that and make X': a revert, then the new edit from the round before the rejected one."""

RETRIES: tuple[Dev, ...] = (
    ("try again", False, GIRAFFE, "retry", _retry()),
    ("one more time", False, CHESS, "retry", _retry()),
    ("give me another version", False, LLAMA, "retry", _retry()),
    ("reroll", False, DOGS, "retry", _retry()),
    ("meh redo that differently", False, FACADE, "retry", _retry()),
    ("reroll pls 🎲", False, BOWLING, "retry", _retry()),
    ("try again plz the clown looks creepy", False, CAROUSEL, "retry", _retry()),
    ("another version of that pls", False, BAKERY, "retry", _retry()),
    ("can you do that one again", False, TENNIS, "retry", _retry()),
    ("hmm try once more", False, ACCORDION, "retry", _retry()),
    ("again but different", False, GLOBE, "retry", _retry()),
    ("the smoke looks fake, do it again", False, VOLCANO, "retry", _retry()),
    ("re roll it", False, GRAIN, "retry", _retry()),
    ("one more attempt pls", False, WINDMILL, "retry", _retry()),
    ("give it another shot", False, TRUCK, "retry", _retry()),
    ("same edit, new try", False, LOFT, "retry", _retry()),
    ("lets try that again", False, ORCHARD, "retry", _retry()),
    ("redo it pls, the hat is floating", False, LLAMA, "retry", _retry()),
    ("pls again 🙏🙏", False, GIRAFFE, "retry", _retry()),
    ("another take on that?", False, CHESS, "retry", _retry()),
    ("nope try again", False, DOGS, "retry", _retry()),
    ("hmm weird result. again", False, FACADE, "retry", _retry()),
    ("generate another one", False, BOWLING, "retry", _retry()),
    ("show me a different version of that edit", False, CAROUSEL, "retry", _retry()),
    ("do over", False, TENNIS, "retry", _retry()),
    ("Could you please try that once more?", False, GLOBE, "retry", _retry()),
    ("again pls, different seed", False, VOLCANO, "retry", _retry()),
    ("i dont like how it came out, try again", False, ACCORDION, "retry", _retry()),
    ("one more go", False, BAKERY, "retry", _retry()),
    ("make another one like that", False, GRAIN, "retry", _retry()),
)
"""The last edit again with a new seed."""

STRENGTH: tuple[Dev, ...] = (
    ("too much, tone it down", False, GIRAFFE, "retry", _retry("weaker")),
    ("barely visible, push it harder", False, GRAIN, "retry", _retry("stronger")),
    ("less intense", False, GLOBE, "retry", _retry("weaker")),
    ("subtler", False, VOLCANO, "retry", _retry("weaker")),
    ("way too purple lol", False, GIRAFFE, "retry", _retry("weaker")),
    ("more smoke!!", False, VOLCANO, "retry", _retry("stronger")),
    ("cant even see the grain, stronger", False, GRAIN, "retry", _retry("stronger")),
    ("too grainy now, less", False, GRAIN, "retry", _retry("weaker")),
    ("make it more vintage", False, GLOBE, "retry", _retry("stronger")),
    ("the gold is too shiny, tone down", False, CHESS, "retry", _retry("weaker")),
    ("more gold", False, CHESS, "retry", _retry("stronger")),
    ("the yellow is too loud, softer", False, FACADE, "retry", _retry("weaker")),
    ("brighter yellow, it looks beige", False, FACADE, "retry", _retry("stronger")),
    ("pinker", False, BOWLING, "retry", _retry("stronger")),
    ("the pink is so faint", False, BOWLING, "retry", _retry("stronger")),
    ("less mint pls", False, TRUCK, "retry", _retry("weaker")),
    ("more saturated", False, TRUCK, "retry", _retry("stronger")),
    ("the clouds are way too dark, lighten up a bit", False, WINDMILL, "retry", _retry("weaker")),
    ("darker still", False, WINDMILL, "retry", _retry("stronger")),
    ("a touch weaker please", False, BAKERY, "retry", _retry("weaker")),
    ("turn it up", False, GLOBE, "retry", _retry("stronger")),
    ("crank it", False, VOLCANO, "retry", _retry("stronger")),
    ("its overdone, go easier", False, GRAIN, "retry", _retry("weaker")),
    ("a bit less pls", False, GIRAFFE, "retry", _retry("weaker")),
    ("ease off a bit", False, CHESS, "retry", _retry("weaker")),
    ("not strong enough", False, FACADE, "retry", _retry("stronger")),
    ("i barely notice it", False, GLOBE, "retry", _retry("stronger")),
    ("more more more", False, VOLCANO, "retry", _retry("stronger")),
    ("it's too heavy handed, make it subtle", False, GRAIN, "retry", _retry("weaker")),
    ("much stronger pls", False, TRUCK, "retry", _retry("stronger")),
    ("too much smoke, dial down", False, VOLCANO, "retry", _retry("weaker")),
    ("intensify it", False, GLOBE, "retry", _retry("stronger")),
    ("tone it down a notch", False, BOWLING, "retry", _retry("weaker")),
    ("the purple is too strong. less please", False, GIRAFFE, "retry", _retry("weaker")),
    ("exaggerate it more", False, GRAIN, "retry", _retry("stronger")),
)
"""The last edit again with the guidance raised or lowered."""

UNDO: tuple[Dev, ...] = (
    ("nah revert", False, GIRAFFE, "undo", _goto(0)),
    ("undo that", False, CHESS, "undo", _goto(0)),
    ("ctrl z", False, LLAMA, "undo", _goto(0)),
    ("take that back", False, FACADE, "undo", _goto(0)),
    ("I preferred it before", False, DOGS, "undo", _goto(0)),
    ("that was a mistake", False, LOFT, "undo", _goto(0)),
    ("go back one", False, WINDMILL, "undo", _goto(2)),
    ("undo the last two", False, WINDMILL, "undo", _goto(1)),
    ("undo the last two", False, ORCHARD, "undo", _goto(2)),
    ("undo last 3", False, ORCHARD, "undo", _goto(1)),
    ("undo x2", False, TRUCK, "undo", _goto(0)),
    ("revert that pls", False, BOWLING, "undo", _goto(0)),
    ("nope, undo", False, CAROUSEL, "undo", _goto(0)),
    ("undo the price tag", False, BAKERY, "undo", _goto(1)),
    ("it was better before, go back", False, TENNIS, "undo", _goto(0)),
    ("put it back the way it was", False, ACCORDION, "undo", _goto(0)),
    ("undo!!! that looks terrible", False, GLOBE, "undo", _goto(0)),
    ("nah take it away, undo", False, VOLCANO, "undo", _goto(0)),
    ("cmd z", False, GRAIN, "undo", _goto(0)),
    ("revert the last edit", False, ORCHARD, "undo", _goto(3)),
    ("back one step pls", False, TRUCK, "undo", _goto(1)),
    ("hmm no i dont like it, go back", False, GIRAFFE, "undo", _goto(0)),
    ("the old one was nicer", False, CHESS, "undo", _goto(0)),
    ("undo undo undo", False, ORCHARD, "undo", _goto(1)),
    ("undo the fox", False, ORCHARD, "undo", _goto(3)),
    ("pls revert to how it was", False, LLAMA, "undo", _goto(0)),
    ("that was a mistake, undo it", False, FACADE, "undo", _goto(0)),
    ("go back twice", False, WINDMILL, "undo", _goto(1)),
    ("undo both edits", False, TRUCK, "undo", _goto(0)),
    ("revert, its worse", False, DOGS, "undo", _goto(0)),
    ("mistake lol undo", False, BOWLING, "undo", _goto(0)),
    ("i liked the previous one better", False, CAROUSEL, "undo", _goto(0)),
    ("Please undo the last change.", False, TENNIS, "undo", _goto(0)),
    ("noo go back 😭", False, ACCORDION, "undo", _goto(0)),
    ("rollback pls", False, GLOBE, "undo", _goto(0)),
    ("take the smoke back out", False, VOLCANO, "undo", _goto(0)),
    ("the darker clouds were a mistake, revert", False, WINDMILL, "undo", _goto(2)),
    ("undo it pls, i prefered before", False, GRAIN, "undo", _goto(0)),
    ("un do", False, LOFT, "undo", _goto(0)),
    ("go back 2", False, ORCHARD, "undo", _goto(2)),
)
"""The last edit (or the last few) taken back."""

NOTHING_TO_AMEND: tuple[Dev, ...] = (
    ("no i meant the zebra", False, UPLOAD, "clarify", ()),
    ("not the king, the queen", False, UPLOAD, "clarify", ()),
    ("I said left not right", False, UPLOAD, "clarify", ()),
    ("wrong hat, I wanted a cowboy hat", False, UPLOAD, "clarify", ()),
    ("the OTHER dog", False, UPLOAD, "clarify", ()),
    ("reroll", False, UPLOAD, "clarify", ()),
    ("one more time", False, UPLOAD, "clarify", ()),
    ("too much, tone it down", False, UPLOAD, "clarify", ()),
    ("barely visible, push it harder", False, UPLOAD, "clarify", ()),
    ("nah revert", False, UPLOAD, "clarify", ()),
    ("ctrl z", False, UPLOAD, "clarify", ()),
    ("undo the last two", False, GIRAFFE, "clarify", ()),
    ("actually green instead", False, UPLOAD, "clarify", ()),
    ("wrong one", False, DOGS, "clarify", ()),
    ("that's the wrong side", False, CAROUSEL, "clarify", ()),
    ("no not like that", False, FACADE, "clarify", ()),
)
"""Corrections, retries and undo with nothing to act on, or too vague to act on: a question."""

NOT_AMENDS: tuple[Dev, ...] = (
    ("no worries", False, GIRAFFE, "talk", ()),
    ("no thanks, it's fine", False, CHESS, "talk", ()),
    ("not bad!", False, LLAMA, "talk", ()),
    ("wrong? no it's right", False, FACADE, "talk", ()),
    ("I meant to say thanks", False, DOGS, "talk", ()),
    ("again? that was quick", False, LOFT, "talk", ()),
    ("why did it change the wall?", False, FACADE, "talk", ()),
    ("no no its great", False, WINDMILL, "talk", ()),
    ("nope, all good", False, TRUCK, "talk", ()),
    ("not what i expected but i love it", False, BOWLING, "talk", ()),
    ("haha the clown is perfect", False, CAROUSEL, "talk", ()),
    ("no need to change anything", False, BAKERY, "talk", ()),
    ("actually that's really good", False, TENNIS, "talk", ()),
    ("not too much, just right 👌", False, ACCORDION, "talk", ()),
    ("undo? nah keep it", False, GLOBE, "talk", ()),
    ("i was gonna say try again but its fine", False, VOLCANO, "talk", ()),
    ("is it possible to undo later?", False, GRAIN, "talk", ()),
    ("how do i undo stuff", False, ORCHARD, "talk", ()),
    ("can you make it stronger later if i want?", False, GIRAFFE, "talk", ()),
    ("what did i mean by that lol", False, CHESS, "talk", ()),
    ("sorry i meant to send that to my friend", False, LLAMA, "talk", ()),
    ("oops wrong chat", False, FACADE, "talk", ()),
    ("no way, that's awesome", False, DOGS, "talk", ()),
    ("ok i take that back, it looks good", False, LOFT, "talk", ()),
    ("wait why is the wall a bit yellow too?", False, FACADE, "talk", ()),
    ("did you change the sky as well?", False, WINDMILL, "talk", ()),
    ("is that the right dog?", False, DOGS, "talk", ()),
    ("hmm is it too much?", False, GIRAFFE, "talk", ()),
    ("not sure if i like it yet", False, TRUCK, "talk", ()),
    ("no complaints 😄", False, BOWLING, "talk", ()),
    ("the other dog looks jealous now haha", False, DOGS, "talk", ()),
    ("that's the one i meant, thanks", False, CHESS, "talk", ()),
    ("nope that's exactly it", False, CAROUSEL, "talk", ()),
    ("lol the llama looks so proud", False, LLAMA, "talk", ()),
    ("undo is not needed, its perfect", False, BAKERY, "talk", ()),
    ("wow you did it again, amazing", False, TENNIS, "talk", ()),
    ("i'm not sure it's subtle enough but let me ask my mom", False, GRAIN, "talk", ()),
    ("thats not bad at all actually", False, ACCORDION, "talk", ()),
    ("nah it's good, leave it", False, GLOBE, "talk", ()),
    ("no wait, it's fine", False, VOLCANO, "talk", ()),
    ("does the retry cost anything?", False, ORCHARD, "talk", ()),
    ("why did you pick that shade of purple?", False, GIRAFFE, "talk", ()),
    ("left or right, doesn't matter", False, LOFT, "talk", ()),
    ("the previous one was nice too tbh but keep this", False, WINDMILL, "talk", ()),
)
"""Turns near corrections, retries and undo that reject nothing: no call."""

NEW_AFTER_GOOD: tuple[Dev, ...] = (
    ("no notes! now make the zebra stripes blue", False, GIRAFFE, "edit", _edit("make the zebra stripes blue")),
    ("nice. actually, also add a toucan on the branch", False, GIRAFFE, "edit", _edit("add a toucan on the branch")),
    ("perfect. now the queen silver", False, CHESS, "edit", _edit("make the queen silver")),
    ("actually can you also remove the pawns", False, CHESS, "edit", _edit("remove the pawns")),
    ("no complaints, next put a bell on the goat", False, LLAMA, "edit", _edit("put a bell on the goat")),
    ("nope thats good. paint the shutters white too", False, FACADE, "edit", _edit("paint the shutters white")),
    ("not bad! now remove the leash", False, DOGS, "edit", _edit("remove the leash")),
    ("actually add a plant next to the lamp too", False, LOFT, "edit", _edit("add a plant next to the lamp")),
    ("no issues there, add a tractor on the road", False, WINDMILL, "edit", _edit("add a tractor on the road")),
    ("great, actually make the awning striped", False, TRUCK, "edit", _edit("make the awning striped")),
    ("love it. now make the pins glow", False, BOWLING, "edit", _edit("make the pins glow")),
    (
        "nice one! add fairy lights on the carousel roof",
        False,
        CAROUSEL,
        "edit",
        _edit("add fairy lights on the carousel roof"),
    ),
    (
        "actually while we're at it, remove the reflection on the glass",
        False,
        BAKERY,
        "edit",
        _edit("remove the reflection on the glass"),
    ),
    ("not bad. make the net blue", False, TENNIS, "edit", _edit("make the net blue")),
    ("no that's great, now add a few coins in his hat", False, ACCORDION, "edit", _edit("add a few coins in his hat")),
    (
        "actually, add a map on the wall behind the globe",
        False,
        GLOBE,
        "edit",
        _edit("add a map on the wall behind the globe"),
    ),
    ("cool. also add lava", False, VOLCANO, "edit", _edit("add lava")),
    ("good. now crop it square", False, GRAIN, "edit", _edit("crop it square")),
    ("ok yes. also remove the fence in the back", False, ORCHARD, "edit", _edit("remove the fence in the back")),
)
"""New requests after a good result that merely start like a correction: a plain edit on top."""

AMEND: tuple[Dev, ...] = (
    *OBJECT,
    *ATTRIBUTE,
    *PLACE,
    *SCOPE,
    *WHOLE,
    *INSTEAD,
    *RETRIES,
    *STRENGTH,
    *UNDO,
    *NOTHING_TO_AMEND,
    *NOT_AMENDS,
    *NEW_AFTER_GOOD,
)
"""Every turn whose current round is the latest."""

AMEND_MOVED: tuple[tuple[int, Dev], ...] = (
    # the green tram, after going back to the blue one (round 1, beside round 2)
    (1, ("no, i meant the bus", False, TRAM, "correction", _fix("make the bus blue"))),
    (1, ("not blue, yellow", False, TRAM, "correction", _fix("make the tram yellow"))),
    (1, ("try again", False, TRAM, "retry", _retry())),
    (1, ("stronger blue", False, TRAM, "retry", _retry("stronger"))),
    (1, ("undo", False, TRAM, "undo", _goto(0))),
    (1, ("no worries", False, TRAM, "talk", ())),
    (1, ("add a cyclist next to the tram", False, TRAM, "edit", _edit("add a cyclist next to the tram"))),
    # the windmill, back on the sheep (round 2) and on the red windmill (round 1)
    (2, ("the cows, not the sheep", False, WINDMILL, "correction", _fix("add cows in the field"))),
    (2, ("reroll the sheep", False, WINDMILL, "retry", _retry())),
    (2, ("too many sheep, tone it down", False, WINDMILL, "retry", _retry("weaker"))),
    (2, ("undo that too", False, WINDMILL, "undo", _goto(1))),
    (2, ("redo", False, WINDMILL, "redo", _goto(3))),
    (2, ("nope all good", False, WINDMILL, "talk", ())),
    (1, ("actually blue instead", False, WINDMILL, "correction", _fix("make the windmill blue"))),
    (1, ("undo once more", False, WINDMILL, "undo", _goto(0))),
    (1, ("add a scarecrow in the field", False, WINDMILL, "edit", _edit("add a scarecrow in the field"))),
    # the orchard, back on the wooden ladder (round 2)
    (2, ("not the ladder, the basket", False, ORCHARD, "correction", _fix("make the basket wooden"))),
    (2, ("one more time pls", False, ORCHARD, "retry", _retry())),
    (2, ("undo the last two", False, ORCHARD, "undo", _goto(0))),
    (2, ("bring the wheelbarrow removal back", False, ORCHARD, "redo", _goto(3))),
    (2, ("why did it change the ladder color?", False, ORCHARD, "talk", ())),
    # the food truck and the bakery, back on their first edit
    (1, ("no the trash bag, not the can", False, TRUCK, "correction", _fix("remove the trash bag"))),
    (1, ("undo and remove the bike instead", False, TRUCK, "correction", _instead(0, "remove the bike"))),
    (1, ("subtler pink", False, BAKERY, "retry", _retry("weaker"))),
    (1, ("I preferred it before", False, BAKERY, "undo", _goto(0))),
    (1, ("not bad!", False, BAKERY, "talk", ())),
    (0, ("undo", False, BAKERY, "clarify", ())),
    (0, ("try again", False, TRUCK, "clarify", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def amend_cases() -> list[EvalCase]:
    """Every turn of this set as an `assistant.evaluation` case (`AMEND`, then `AMEND_MOVED`)."""
    return with_moved(AMEND, "amend", AMEND_MOVED, "amend_moved")
