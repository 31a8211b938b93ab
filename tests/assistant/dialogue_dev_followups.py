"""A development set of chat turns that follow earlier edits, and of turns that come with a photo.

Written by hand for training and tuning the dialogue model, about scenes the other sets do not use (a
llama farm, a greenhouse, a bowling alley, a treehouse, a laundromat, a pottery studio, a chess board, a
tortoise, a windmill, a bonsai, a carousel, a gazebo, a peacock, a giraffe, an igloo): follow-up edits
("now ...", "also ...", "same for the goat", "make it bigger" about the last edit's object), thanks or
praise with a new request, a new edit after an undo or a goto, captions of a new photo, an edit or the
last edit ("same thing for this one") on a new photo, and praise, questions and remarks about the result
that expect no call. The cases have the development set's format (`Dev`: turn, photo, state, act, calls).
`FOLLOWUPS`' states have their last round current; `FOLLOWUPS_MOVED` holds turns whose current round
(first) is an earlier one, after a goto or an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _edits, with_moved

LLAMA = ((None, None), (0, "make the llama brown"))
"""A farm with a llama and a goat, one edit."""
GREENHOUSE = ((None, None), (0, "remove the watering can"), (1, "add tomatoes on the vines"))
"""A greenhouse with two edits."""
BOWLING = (
    (None, None),
    (0, "make the bowling ball pink"),
    (1, "add neon lights on the ceiling"),
    (2, "remove the scoreboard"),
)
"""A bowling alley with three edits."""
TREEHOUSE = ((None, None), (0, "add a rope ladder to the treehouse"))
"""A treehouse in an oak, one edit."""
LAUNDROMAT = (
    (None, None),
    (0, "make the washing machines yellow"),
    (1, "remove the trash can"),
    (2, "add a cat sleeping on the bench"),
    (3, "make the floor checkered"),
)
"""A laundromat with four edits."""
POTTERY = ((None, None), (0, "make the bowl glossy"))
"""A pottery studio, one edit."""
CHESS = ((None, None), (0, "make the king gold"), (1, "remove the clock"))
"""A chess board with two edits."""
TORTOISE = ((None, None), (0, "put a tiny hat on the tortoise"))
"""A tortoise in a garden, one edit."""
WINDMILL = ((None, None), (0, "make the windmill white"), (1, "add tulips in front of the windmill"))
"""A windmill with two edits."""
BONSAI = ((None, None), (0, "make the pot blue"))
"""A bonsai in a pot, one edit."""
CAROUSEL = ((None, None), (0, "turn on the carousel lights"), (1, "make the sky darker"))
"""A carousel at dusk with two edits."""
GAZEBO = ((None, None), (0, "add fairy lights on the gazebo"))
"""A gazebo in a park, one edit."""
PEACOCK = ((None, None), (0, "make the peacock white"))
"""A peacock on a lawn, one edit."""
GIRAFFE = ((None, None), (0, "add a sunset behind the giraffe"))
"""A giraffe on the savanna, one edit."""
IGLOO = ((None, None), (0, "add a moon above the igloo"))
"""An igloo at night, one edit."""

NEW_LLAMA_PHOTO = (*LLAMA, (None, None))
"""The llama session with a second photo uploaded and not edited yet."""
NEW_WINDMILL_PHOTO = (*WINDMILL, (None, None))
NEW_PEACOCK_PHOTO = (*PEACOCK, (None, None))
NEW_CHESS_PHOTO = (*CHESS, (None, None))
NEW_BONSAI_PHOTO = (*BONSAI, (None, None))

NOW: tuple[Dev, ...] = (
    # a new request after an edit: now, also, next, and, then
    ("now remove the fence", False, LLAMA, "edit", _edit("remove the fence")),
    ("also add some hay bales", False, LLAMA, "edit", _edit("add some hay bales")),
    ("next, make the barn red", False, LLAMA, "edit", _edit("make the barn red")),
    ("and then add a moon", False, CAROUSEL, "edit", _edit("add a moon")),
    ("ok cool. next: remove the sign", False, BOWLING, "edit", _edit("remove the sign")),
    ("now can you blur the background", False, BONSAI, "edit", _edit("blur the background")),
    ("alright now get rid of the broom", False, POTTERY, "edit", _edit("get rid of the broom")),
    ("next up: put a ghost in the window", False, TREEHOUSE, "edit", _edit("put a ghost in the window")),
    ("and add a squirrel on the branch", False, TREEHOUSE, "edit", _edit("add a squirrel on the branch")),
    ("also the curtains should be orange", False, LAUNDROMAT, "edit", _edit("make the curtains orange")),
    ("now erase the footprints in the snow", False, IGLOO, "edit", _edit("erase the footprints in the snow")),
    ("then add a husky next to the igloo", False, IGLOO, "edit", _edit("add a husky next to the igloo")),
    ("now put a bishop on e4", False, CHESS, "edit", _edit("put a bishop on e4")),
    ("next make the board marble", False, CHESS, "edit", _edit("make the board marble")),
    ("also swap the pawns for tiny robots lol", False, CHESS, "edit", _edit("swap the pawns for tiny robots")),
    ("now add a bee on the tulips", False, WINDMILL, "edit", _edit("add a bee on the tulips")),
    ("and now remove the power lines pls", False, WINDMILL, "edit", _edit("remove the power lines")),
    ("now make the grass look dry", False, GIRAFFE, "edit", _edit("make the grass look dry")),
    ("also add 2 zebras far away", False, GIRAFFE, "edit", _edit("add 2 zebras far away")),
    ("nxt remove the jeep", False, GIRAFFE, "edit", _edit("remove the jeep")),
    ("now turn the benches green", False, GAZEBO, "edit", _edit("turn the benches green")),
    ("also remove the people in the back", False, GAZEBO, "edit", _edit("remove the people in the back")),
    ("now add a fountain in front", False, GAZEBO, "edit", _edit("add a fountain in front")),
    ("also brighten the whole photo", False, GREENHOUSE, "edit", _edit("brighten the whole photo")),
    ("next: remove the hose on the floor", False, GREENHOUSE, "edit", _edit("remove the hose on the floor")),
    ("now make the peppers red", False, GREENHOUSE, "edit", _edit("make the peppers red")),
    ("and add a robin on the shelf", False, GREENHOUSE, "edit", _edit("add a robin on the shelf")),
    ("now make the lanes shine more", False, BOWLING, "edit", _edit("make the lanes shine more")),
    ("also add a disco ball", False, BOWLING, "edit", _edit("add a disco ball")),
    ("now remove the guy in the red shirt", False, BOWLING, "edit", _edit("remove the guy in the red shirt")),
    ("now the dryers should be blue", False, LAUNDROMAT, "edit", _edit("make the dryers blue")),
    ("next, add a plant on the counter", False, LAUNDROMAT, "edit", _edit("add a plant on the counter")),
    ("also remove the posters on the wall", False, LAUNDROMAT, "edit", _edit("remove the posters on the wall")),
    ("now give the tortoise sunglasses", False, TORTOISE, "edit", _edit("give the tortoise sunglasses")),
    (
        "also add a strawberry next to the tortoise",
        False,
        TORTOISE,
        "edit",
        _edit("add a strawberry next to the tortoise"),
    ),
    ("now remove the garden hose", False, TORTOISE, "edit", _edit("remove the garden hose")),
    ("now paint the tail feathers gold", False, PEACOCK, "edit", _edit("paint the tail feathers gold")),
    ("and put a crown on the peacock", False, PEACOCK, "edit", _edit("put a crown on the peacock")),
    ("now remove the wheel from the table", False, POTTERY, "edit", _edit("remove the wheel from the table")),
    ("also add clay dust on the apron", False, POTTERY, "edit", _edit("add clay dust on the apron")),
    ("now add a little lantern on the bonsai", False, BONSAI, "edit", _edit("add a little lantern on the bonsai")),
    ("also make the table wooden", False, BONSAI, "edit", _edit("make the table wooden")),
    ("now add fireworks above the carousel", False, CAROUSEL, "edit", _edit("add fireworks above the carousel")),
    ("also remove the ticket booth", False, CAROUSEL, "edit", _edit("remove the ticket booth")),
    (
        "next make the horses on the carousel white",
        False,
        CAROUSEL,
        "edit",
        _edit("make the horses on the carousel white"),
    ),
    (
        "now add a rope swing under the treehouse",
        False,
        TREEHOUSE,
        "edit",
        _edit("add a rope swing under the treehouse"),
    ),
    ("NOW REMOVE THE CAR", False, LLAMA, "edit", _edit("remove the car")),
    ("now pls add a rainbow over the farm", False, LLAMA, "edit", _edit("add a rainbow over the farm")),
    ("next one: add a flag on the windmill", False, WINDMILL, "edit", _edit("add a flag on the windmill")),
    ("now make the sky stormy", False, WINDMILL, "edit", _edit("make the sky stormy")),
)
"""A new request after an edit, led by "now", "also", "next", "and", "then"."""

PRAISE_AND_ASK: tuple[Dev, ...] = (
    ("love it! can you also add snow", False, IGLOO, "edit", _edit("add snow")),
    ("perfect, now remove the fence", False, LLAMA, "edit", _edit("remove the fence")),
    ("thanks!! now add a hot air balloon", False, GIRAFFE, "edit", _edit("add a hot air balloon")),
    ("wow amazing. can you remove the trash bags too", False, LAUNDROMAT, "edit", _edit("remove the trash bags")),
    ("great job 👍 now make the tomatoes bigger", False, GREENHOUSE, "edit", _edit("make the tomatoes bigger")),
    (
        "haha love the hat. now give him a bow tie",
        False,
        TORTOISE,
        "edit",
        _edit("give him a bow tie", "give the tortoise a bow tie"),
    ),
    (
        "sooo good. next please add a kitten on the ladder",
        False,
        TREEHOUSE,
        "edit",
        _edit("add a kitten on the ladder"),
    ),
    ("thank u! next add a queen next to the king", False, CHESS, "edit", _edit("add a queen next to the king")),
    ("looks great, can you also darken the corners", False, POTTERY, "edit", _edit("darken the corners")),
    (
        "nice one. remove the cables under the desk now",
        False,
        BOWLING,
        "edit",
        _edit("remove the cables under the desk"),
    ),
    (
        "beautiful!! add some butterflies around the gazebo",
        False,
        GAZEBO,
        "edit",
        _edit("add some butterflies around the gazebo"),
    ),
    (
        "ok cool, now the roof of the windmill brown",
        False,
        WINDMILL,
        "edit",
        _edit("make the roof of the windmill brown"),
    ),
    (
        "this is perfect thank you, could you also add a goat next to the llama",
        False,
        LLAMA,
        "edit",
        _edit("add a goat next to the llama"),
    ),
    ("omg yes. now make the peacock dance", False, PEACOCK, "edit", _edit("make the peacock dance")),
    ("cheers mate, now remove the bin by the door", False, LAUNDROMAT, "edit", _edit("remove the bin by the door")),
    ("thx, looks good. add stars to the sky", False, IGLOO, "edit", _edit("add stars to the sky")),
    ("awesome, and put moss on the pot", False, BONSAI, "edit", _edit("put moss on the pot")),
    ("great. now for the next thing, remove the birds", False, GIRAFFE, "edit", _edit("remove the birds")),
    ("muito bom! now please add a kid on the carousel", False, CAROUSEL, "edit", _edit("add a kid on the carousel")),
    (
        "so cute 😍 can you add a butterfly on his hat",
        False,
        TORTOISE,
        "edit",
        _edit("add a butterfly on his hat", "add a butterfly on the tortoise's hat"),
    ),
)
"""Thanks or praise and a new request in one turn."""

SAME_FOR: tuple[Dev, ...] = (
    # the last edit on another object
    ("now do the goat", False, LLAMA, "edit", _edit("make the goat brown")),
    ("same for the goat", False, LLAMA, "edit", _edit("make the goat brown")),
    ("and the goat too", False, LLAMA, "edit", _edit("make the goat brown")),
    ("do the goat as well", False, LLAMA, "edit", _edit("make the goat brown")),
    ("the alpaca too pls", False, LLAMA, "edit", _edit("make the alpaca brown")),
    ("same for the queen", False, CHESS, "edit", _edit("remove the queen")),
    ("and the rooks too", False, CHESS, "edit", _edit("remove the rooks")),
    ("do the same for the knight", False, CHESS, "edit", _edit("remove the knight")),
    ("now the vase", False, POTTERY, "edit", _edit("make the vase glossy")),
    ("same for the mug", False, POTTERY, "edit", _edit("make the mug glossy")),
    ("the plates as well", False, POTTERY, "edit", _edit("make the plates glossy")),
    ("and the tray too", False, BONSAI, "edit", _edit("make the tray blue")),
    ("now do the watering tin", False, BONSAI, "edit", _edit("make the watering tin blue")),
    ("same with the dryers", False, LAUNDROMAT, "edit", _edit("make the dryers checkered")),
    ("the peahen too", False, PEACOCK, "edit", _edit("make the peahen white")),
    ("do the pigeon as well please", False, PEACOCK, "edit", _edit("make the pigeon white")),
    ("and the barn too", False, WINDMILL, "edit", _edit("add tulips in front of the barn")),
    ("same for the pergola", False, GAZEBO, "edit", _edit("add fairy lights on the pergola")),
    ("the fence too", False, GAZEBO, "edit", _edit("add fairy lights on the fence")),
    ("do the shed as well", False, TREEHOUSE, "edit", _edit("add a rope ladder to the shed")),
    ("and the dog too", False, TORTOISE, "edit", _edit("put a tiny hat on the dog")),
    ("same thing for the frog", False, TORTOISE, "edit", _edit("put a tiny hat on the frog")),
    ("now the pins", False, BOWLING, "edit", _edit("remove the pins")),
    ("also the tv screens", False, BOWLING, "edit", _edit("remove the tv screens")),
    ("same for the timer", False, CHESS, "edit", _edit("remove the timer")),
    ("and the pot also", False, GREENHOUSE, "edit", _edit("add tomatoes on the pot")),
    ("and the elephant too", False, GIRAFFE, "edit", _edit("add a sunset behind the elephant")),
    ("the sofa too", False, LAUNDROMAT, "edit", _edit("make the sofa checkered")),
)
"""The last edit on another object: "same for the goat", "now do the vase", "the peahen too"."""

IT_AND_THEM: tuple[Dev, ...] = (
    # it / them / him / her = the last edit's object; one that does not fit it (the removed clock, plural
    # lights for "it", "him" for an animal) may also stay as typed
    ("make it bigger", False, IGLOO, "edit", _edit("make the moon bigger", "make the moon above the igloo bigger")),
    (
        "make it brighter",
        False,
        IGLOO,
        "edit",
        _edit("make the moon brighter", "make the moon above the igloo brighter"),
    ),
    (
        "now move it to the left",
        False,
        IGLOO,
        "edit",
        _edit("move the moon to the left", "move the moon above the igloo to the left"),
    ),
    ("make it a bit darker", False, LLAMA, "edit", _edit("make the llama a bit darker")),
    ("give it a red scarf", False, LLAMA, "edit", _edit("give the llama a red scarf")),
    ("make him smile", False, LLAMA, "edit", _edit("make the llama smile", "make him smile")),
    ("make it shinier", False, POTTERY, "edit", _edit("make the bowl shinier")),
    ("add a crack to it", False, POTTERY, "edit", _edit("add a crack to the bowl")),
    (
        "make them brighter",
        False,
        GREENHOUSE,
        "edit",
        _edit("make the tomatoes brighter", "make the tomatoes on the vines brighter"),
    ),
    (
        "make them a bit more red",
        False,
        GREENHOUSE,
        "edit",
        _edit("make the tomatoes a bit more red", "make the tomatoes on the vines a bit more red"),
    ),
    (
        "make them purple",
        False,
        BOWLING,
        "edit",
        _edit("make the neon lights purple", "make the neon lights on the ceiling purple", "make them purple"),
    ),
    (
        "make it bigger",
        False,
        TORTOISE,
        "edit",
        _edit("make the tiny hat bigger", "make the hat bigger", "make the tiny hat on the tortoise bigger"),
    ),
    ("make it darker", False, BONSAI, "edit", _edit("make the pot darker")),
    ("give it a pattern", False, BONSAI, "edit", _edit("give the pot a pattern")),
    (
        "make it taller",
        False,
        WINDMILL,
        "edit",
        _edit("make the tulips taller", "make the windmill taller", "make it taller"),
    ),
    ("make them red and yellow", False, WINDMILL, "edit", _edit("make the tulips red and yellow")),
    (
        "make it less yellow",
        False,
        GIRAFFE,
        "edit",
        _edit("make the sunset less yellow", "make the sunset behind the giraffe less yellow"),
    ),
    (
        "make her wings bigger",
        False,
        PEACOCK,
        "edit",
        _edit("make her wings bigger", "make the peacock's wings bigger"),
    ),
    ("now make it fly", False, PEACOCK, "edit", _edit("make the peacock fly")),
    (
        "make it brighter pls",
        False,
        GAZEBO,
        "edit",
        _edit("make the fairy lights brighter", "make the fairy lights on the gazebo brighter", "make it brighter"),
    ),
    (
        "make them warm white",
        False,
        GAZEBO,
        "edit",
        _edit("make the fairy lights warm white", "make the fairy lights on the gazebo warm white"),
    ),
    (
        "make it longer",
        False,
        TREEHOUSE,
        "edit",
        _edit("make the rope ladder longer", "make the rope ladder to the treehouse longer"),
    ),
    ("give him a book", False, LAUNDROMAT, "edit", _edit("give him a book", "give the cat a book")),
    (
        "make it black and white",
        False,
        LAUNDROMAT,
        "edit",
        _edit("make the floor black and white", "make it black and white"),
    ),
    ("make it shine more", False, CHESS, "edit", _edit("make the king shine more", "make it shine more")),
    ("paint it silver", False, CHESS, "edit", _edit("paint the king silver", "paint it silver")),
)
"""It, them, him, her: the last edit's object."""

WITH_A_PHOTO: tuple[Dev, ...] = (
    # a caption that is not an edit: stored, then a question
    ("here's the kitchen", True, UPLOAD, "caption", ()),
    ("another one from the trip", True, NEW_LLAMA_PHOTO, "caption", ()),
    ("pic from last night 📸", True, UPLOAD, "caption", ()),
    ("my nephew's treehouse, he built it with his dad", True, UPLOAD, "caption", ()),
    ("the greenhouse in may", True, UPLOAD, "caption", ()),
    ("ok and this is the second windmill", True, NEW_WINDMILL_PHOTO, "caption", ()),
    ("bowling night w the team 🎳", True, UPLOAD, "caption", ()),
    ("look at this llama lmao", True, UPLOAD, "caption", ()),
    ("one more peacock pic", True, NEW_PEACOCK_PHOTO, "caption", ()),
    ("this is my pottery, first try, be nice", True, UPLOAD, "caption", ()),
    ("from the zoo, the giraffe was so tall", True, UPLOAD, "caption", ()),
    ("our igloo!!! took 6 hours", True, UPLOAD, "caption", ()),
    ("here is the other game, we drew it", True, NEW_CHESS_PHOTO, "caption", ()),
    ("my bonsai after 3 years", True, UPLOAD, "caption", ()),
    ("the carousel at the fair", True, UPLOAD, "caption", ()),
    ("same garden, other corner", True, NEW_BONSAI_PHOTO, "caption", ()),
    ("hi! this is a photo of my grandma's gazebo", True, UPLOAD, "caption", ()),
    ("sending the tortoise pic now", True, UPLOAD, "caption", ()),
    ("📷", True, UPLOAD, "caption", ()),
    ("tada", True, NEW_LLAMA_PHOTO, "caption", ()),
    # an edit caption: one edit of the new photo
    ("remove the tractor", True, UPLOAD, "edit", _edit("remove the tractor")),
    ("make the goat black please", True, NEW_LLAMA_PHOTO, "edit", _edit("make the goat black")),
    ("add snow on the windmill", True, NEW_WINDMILL_PHOTO, "edit", _edit("add snow on the windmill")),
    ("can u blur the faces", True, UPLOAD, "edit", _edit("blur the faces")),
    ("new pic. remove the scaffolding", True, NEW_BONSAI_PHOTO, "edit", _edit("remove the scaffolding")),
    ("pls make the lanes blue", True, UPLOAD, "edit", _edit("make the lanes blue")),
    # a caption and an edit in one
    (
        "this is my dog, make him wear a hat",
        True,
        UPLOAD,
        "edit",
        _edit("make him wear a hat", "make the dog wear a hat"),
    ),
    (
        "my llama Pedro! put sunglasses on him",
        True,
        UPLOAD,
        "edit",
        _edit("put sunglasses on him", "put sunglasses on the llama"),
    ),
    ("this is the greenhouse, remove the wheelbarrow", True, UPLOAD, "edit", _edit("remove the wheelbarrow")),
    ("another one from the fair - add fireworks", True, UPLOAD, "edit", _edit("add fireworks")),
    ("from our trip to holland, could you make the windmill red", True, UPLOAD, "edit", _edit("make the windmill red")),
    (
        "here is the peacock from the park. make the background blurry",
        True,
        UPLOAD,
        "edit",
        _edit("make the background blurry"),
    ),
    # the last instruction on the new photo
    ("same thing for this one", True, NEW_LLAMA_PHOTO, "edit", _edit("make the llama brown")),
    ("do the same here", True, NEW_WINDMILL_PHOTO, "edit", _edit("add tulips in front of the windmill")),
    ("this one too", True, NEW_PEACOCK_PHOTO, "edit", _edit("make the peacock white")),
    ("same edit pls", True, NEW_CHESS_PHOTO, "edit", _edit("remove the clock")),
    ("and this one as well", True, NEW_BONSAI_PHOTO, "edit", _edit("make the pot blue")),
    ("can you do the same to this pic", True, NEW_PEACOCK_PHOTO, "edit", _edit("make the peacock white")),
    ("same as the last one please", True, NEW_LLAMA_PHOTO, "edit", _edit("make the llama brown")),
    ("do that again on this one", True, NEW_BONSAI_PHOTO, "edit", _edit("make the pot blue")),
    ("same thing for this one", True, UPLOAD, "clarify", ()),
    ("same please", True, NEW_CHESS_PHOTO, "edit", _edit("remove the clock")),
    ("here's another llama, same edit", True, NEW_LLAMA_PHOTO, "edit", _edit("make the llama brown")),
    (
        "second windmill, pls do the same thing",
        True,
        NEW_WINDMILL_PHOTO,
        "edit",
        _edit("add tulips in front of the windmill"),
    ),
    ("this one from the other side. same again", True, NEW_PEACOCK_PHOTO, "edit", _edit("make the peacock white")),
    ("apply it to this one too", True, NEW_BONSAI_PHOTO, "edit", _edit("make the pot blue")),
    ("now this one, remove the board", True, NEW_CHESS_PHOTO, "edit", _edit("remove the board")),
    ("next photo. make the peacock blue", True, NEW_PEACOCK_PHOTO, "edit", _edit("make the peacock blue")),
    (
        "another one, add tulips here too",
        True,
        NEW_WINDMILL_PHOTO,
        "edit",
        _edit("add tulips here too", "add tulips here", "add tulips"),
    ),
    ("another pic of the farm 🦙", True, NEW_LLAMA_PHOTO, "caption", ()),
    ("ok next one", True, NEW_BONSAI_PHOTO, "caption", ()),
)
"""A photo with the turn: a caption, an edit caption, a caption and an edit, the last edit again."""

NO_EDIT: tuple[Dev, ...] = (
    # praise, questions and remarks about the result: no call
    ("love it", False, LLAMA, "talk", ()),
    ("nice, what else can you do", False, LLAMA, "talk", ()),
    ("haha he looks so fluffy now", False, LLAMA, "talk", ()),
    ("is the goat still there?", False, LLAMA, "talk", ()),
    ("the lamp looks weird now", False, LAUNDROMAT, "clarify", ()),
    ("hmm the floor looks kinda odd", False, LAUNDROMAT, "clarify", ()),
    ("why is the cat so small", False, LAUNDROMAT, "talk", ()),
    ("perfect!! thank you", False, LAUNDROMAT, "talk", ()),
    ("wow 😍😍", False, PEACOCK, "talk", ()),
    ("did you change the grass too?", False, PEACOCK, "talk", ()),
    ("she looks like a ghost lol", False, PEACOCK, "talk", ()),
    ("cool cool", False, CHESS, "talk", ()),
    ("where did the clock go", False, CHESS, "talk", ()),
    ("can you also do videos?", False, CHESS, "talk", ()),
    ("so pretty. my mom will love it", False, GAZEBO, "talk", ()),
    ("are the lights real or fake now", False, GAZEBO, "talk", ()),
    ("ok", False, GREENHOUSE, "talk", ()),
    ("the tomatoes look plastic", False, GREENHOUSE, "clarify", ()),
    ("how did you do that so fast", False, GREENHOUSE, "talk", ()),
    ("brb, showing this to my wife", False, BOWLING, "talk", ()),
    ("lol the lights are so 80s", False, BOWLING, "talk", ()),
    ("what do you think, should i keep the scoreboard?", False, BOWLING, "talk", ()),
    ("hmm not sure about the hat", False, TORTOISE, "clarify", ()),
    ("he looks like a little professor 😂", False, TORTOISE, "talk", ()),
    ("can you make videos from this", False, TORTOISE, "talk", ()),
    ("thats exactly what i wanted", False, WINDMILL, "talk", ()),
    ("are tulips even in bloom in march?", False, WINDMILL, "talk", ()),
    ("the blue is nice", False, BONSAI, "talk", ()),
    ("does it look real to you?", False, BONSAI, "talk", ()),
    ("beautiful 🌅", False, GIRAFFE, "talk", ()),
    ("the sunset looks a bit off", False, GIRAFFE, "clarify", ()),
    ("what resolution is the result", False, GIRAFFE, "talk", ()),
    ("the moon is cute", False, IGLOO, "talk", ()),
    ("how big is the moon supposed to be", False, IGLOO, "talk", ()),
    ("thanks, that's all for today", False, IGLOO, "talk", ()),
    ("nice. what else could we do with it?", False, CAROUSEL, "talk", ()),
    ("the lights look weird now", False, CAROUSEL, "clarify", ()),
    ("great. give me a sec", False, TREEHOUSE, "talk", ()),
    ("my kids are gonna freak out", False, TREEHOUSE, "talk", ()),
    ("the glaze is nice but idk", False, POTTERY, "clarify", ()),
    ("it", False, POTTERY, "clarify", ()),
    ("make it", False, POTTERY, "clarify", ()),
    ("do it", False, LLAMA, "clarify", ()),
    ("and the other thing too", False, CHESS, "clarify", ()),
    ("same for that", False, BONSAI, "clarify", ()),
    ("now do the same", False, UPLOAD, "clarify", ()),
    ("now make it better", False, GAZEBO, "clarify", ()),
    ("also do something cool with it", False, WINDMILL, "clarify", ()),
    ("love it! what else can you do with photos like this", False, IGLOO, "talk", ()),
    ("thank you!! next time i'll send the barn", False, LLAMA, "talk", ()),
)
"""Praise, questions and remarks about the result, and follow-ups that say nothing: no call."""

RAMBLY: tuple[Dev, ...] = (
    # typos, non-native English, long turns
    ("nw remove teh fence", False, LLAMA, "edit", _edit("remove the fence")),
    ("alsoo add hay on the ground", False, LLAMA, "edit", _edit("add hay on the ground")),
    ("pls now the goat also", False, LLAMA, "edit", _edit("make the goat brown")),
    ("now plz make the sky more blu", False, LLAMA, "edit", _edit("make the sky more blu", "make the sky more blue")),
    (
        "ok so i showed my husband and he says the barn looks boring, so now can you paint the barn red",
        False,
        LLAMA,
        "edit",
        _edit("paint the barn red"),
    ),
    (
        "please now to remove the car from the picture",
        False,
        LLAMA,
        "edit",
        _edit("remove the car from the picture", "remove the car"),
    ),
    ("next i want that the tomatoes are bigger", False, GREENHOUSE, "edit", _edit("make the tomatoes bigger")),
    ("now add bees", False, GREENHOUSE, "edit", _edit("add bees")),
    (
        "okay that worked really well honestly, next thing i would like is removing the pots on the left",
        False,
        GREENHOUSE,
        "edit",
        _edit("remove the pots on the left"),
    ),
    ("now make the neon lights blinkier lol", False, BOWLING, "edit", _edit("make the neon lights blinkier")),
    ("also can u add a pizza on the table", False, BOWLING, "edit", _edit("add a pizza on the table")),
    ("next pls remove the gumball machine thx", False, BOWLING, "edit", _edit("remove the gumball machine")),
    ("and put a owl in the treehouse window", False, TREEHOUSE, "edit", _edit("put a owl in the treehouse window")),
    (
        "now make the leafs orange like autumn",
        False,
        TREEHOUSE,
        "edit",
        _edit("make the leafs orange like autumn", "make the leaves orange like autumn"),
    ),
    (
        "thnx!! now remove the bicycle under the tree",
        False,
        TREEHOUSE,
        "edit",
        _edit("remove the bicycle under the tree"),
    ),
    (
        "now also the machines on the right must be red",
        False,
        LAUNDROMAT,
        "edit",
        _edit("make the machines on the right red"),
    ),
    ("next remove the coin machine", False, LAUNDROMAT, "edit", _edit("remove the coin machine")),
    ("and add a sign saying OPEN 24H", False, LAUNDROMAT, "edit", _edit("add a sign saying OPEN 24H")),
    ("now add a spinning wheel in the back", False, POTTERY, "edit", _edit("add a spinning wheel in the back")),
    ("also make the apron green pls", False, POTTERY, "edit", _edit("make the apron green")),
    ("then remove the dirty towel", False, POTTERY, "edit", _edit("remove the dirty towel")),
    ("now knock over the white king haha", False, CHESS, "edit", _edit("knock over the white king")),
    ("also make the pieces look like glass", False, CHESS, "edit", _edit("make the pieces look like glass")),
    ("now give the tortoise a tiny backpack", False, TORTOISE, "edit", _edit("give the tortoise a tiny backpack")),
    ("next, make the grass greener", False, TORTOISE, "edit", _edit("make the grass greener")),
    ("now turn the blades of the windmill", False, WINDMILL, "edit", _edit("turn the blades of the windmill")),
    (
        "also the tulips should be purple not red",
        False,
        WINDMILL,
        "edit",
        _edit("make the tulips purple not red", "make the tulips purple"),
    ),
    (
        "now add a little stone lantern next to it",
        False,
        BONSAI,
        "edit",
        _edit("add a little stone lantern next to it", "add a little stone lantern next to the pot"),
    ),
    ("now cut the long branch on the left", False, BONSAI, "edit", _edit("cut the long branch on the left")),
    (
        "then add cotton candy stand",
        False,
        CAROUSEL,
        "edit",
        _edit("add cotton candy stand", "add a cotton candy stand"),
    ),
    ("now remove the couple on the bench", False, GAZEBO, "edit", _edit("remove the couple on the bench")),
    ("also make the roof of the gazebo green", False, GAZEBO, "edit", _edit("make the roof of the gazebo green")),
    ("now add a hummingbird near the peacock", False, PEACOCK, "edit", _edit("add a hummingbird near the peacock")),
    ("next make the lawn look freshly mowed", False, PEACOCK, "edit", _edit("make the lawn look freshly mowed")),
    ("now add acacia trees", False, GIRAFFE, "edit", _edit("add acacia trees")),
    (
        "and a baby giraffe next to her",
        False,
        GIRAFFE,
        "edit",
        _edit("add a baby giraffe next to her", "add a baby giraffe next to the giraffe"),
    ),
    ("now add northern lights", False, IGLOO, "edit", _edit("add northern lights")),
    ("and put a penguin by the door", False, IGLOO, "edit", _edit("put a penguin by the door")),
    ("also remove the shovel", False, IGLOO, "edit", _edit("remove the shovel")),
    ("now make the snow sparkle", False, IGLOO, "edit", _edit("make the snow sparkle")),
)
"""Follow-ups with typos, in non-native English, or in long turns."""

SEVERAL: tuple[Dev, ...] = (
    ("now remove the fence and add a pond", False, LLAMA, "edit", _edits("remove the fence", "add a pond")),
    ("love it. also add snow and make the sky pink", False, IGLOO, "edit", _edits("add snow", "make the sky pink")),
    (
        "next: remove the hose, then add a robin on the shelf",
        False,
        GREENHOUSE,
        "edit",
        _edits("remove the hose", "add a robin on the shelf"),
    ),
    (
        "same for the goat, and add a bell on the llama",
        False,
        LLAMA,
        "edit",
        _edits("make the goat brown", "add a bell on the llama"),
    ),
)
"""A follow-up with several requests."""

FOLLOWUPS: tuple[Dev, ...] = (
    *NOW,
    *PRAISE_AND_ASK,
    *SAME_FOR,
    *IT_AND_THEM,
    *WITH_A_PHOTO,
    *NO_EDIT,
    *RAMBLY,
    *SEVERAL,
)
"""Every turn whose state's last round is current."""

FOLLOWUPS_MOVED: tuple[tuple[int, Dev], ...] = (
    # laundromat, back on round 1 or 2 after an undo or a goto
    (2, ("now add a clock on the wall", False, LAUNDROMAT, "edit", _edit("add a clock on the wall"))),
    (2, ("ok next, make the bench red", False, LAUNDROMAT, "edit", _edit("make the bench red"))),
    (2, ("also remove the posters", False, LAUNDROMAT, "edit", _edit("remove the posters"))),
    (
        1,
        (
            "ok from here add a dog sleeping by the door",
            False,
            LAUNDROMAT,
            "edit",
            _edit("add a dog sleeping by the door"),
        ),
    ),
    (1, ("same for the dryers", False, LAUNDROMAT, "edit", _edit("make the dryers yellow"))),
    (1, ("make them brighter", False, LAUNDROMAT, "edit", _edit("make the washing machines brighter"))),
    (1, ("good, this is better", False, LAUNDROMAT, "talk", ())),
    (
        3,
        (
            "now put a cat toy next to her",
            False,
            LAUNDROMAT,
            "edit",
            _edit("put a cat toy next to her", "put a cat toy next to the cat"),
        ),
    ),
    (3, ("thanks. now remove the ceiling fan", False, LAUNDROMAT, "edit", _edit("remove the ceiling fan"))),
    # bowling, back on round 1 and 2
    (1, ("now add a trophy on the counter", False, BOWLING, "edit", _edit("add a trophy on the counter"))),
    (1, ("the shoes too", False, BOWLING, "edit", _edit("make the shoes pink"))),
    (1, ("make it bigger", False, BOWLING, "edit", _edit("make the bowling ball bigger"))),
    (2, ("then add smoke on the lanes", False, BOWLING, "edit", _edit("add smoke on the lanes"))),
    (2, ("yes thats the one i liked", False, BOWLING, "talk", ())),
    # greenhouse, windmill, chess and carousel after an undo
    (1, ("ok now add a robin on the shelf", False, GREENHOUSE, "edit", _edit("add a robin on the shelf"))),
    (1, ("much better without the tomatoes lol", False, GREENHOUSE, "talk", ())),
    (0, ("now make the glass foggy", False, GREENHOUSE, "edit", _edit("make the glass foggy"))),
    (1, ("also add a cow in the field", False, WINDMILL, "edit", _edit("add a cow in the field"))),
    (1, ("same for the barn", False, WINDMILL, "edit", _edit("make the barn white"))),
    (0, ("next, remove the clouds", False, WINDMILL, "edit", _edit("remove the clouds"))),
    (1, ("now remove the clock", False, CHESS, "edit", _edit("remove the clock"))),
    (1, ("the queen too", False, CHESS, "edit", _edit("make the queen gold"))),
    (1, ("nice, now add a rook on h1", False, CHESS, "edit", _edit("add a rook on h1"))),
    (1, ("and add a full moon", False, CAROUSEL, "edit", _edit("add a full moon"))),
    (1, ("ok", False, CAROUSEL, "talk", ())),
    (0, ("also remove the trash bin", False, CAROUSEL, "edit", _edit("remove the trash bin"))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def followups_cases() -> list[EvalCase]:
    """Every follow-up turn as an `assistant.evaluation` case (`FOLLOWUPS`, then `FOLLOWUPS_MOVED`)."""
    return with_moved(FOLLOWUPS, "followups", FOLLOWUPS_MOVED, "followups_moved")
