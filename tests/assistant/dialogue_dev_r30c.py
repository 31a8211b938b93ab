"""Round 30, set c: follow-ups to the last edit: corrections of it, retries of it, edits on top of it that
say "it" or "them", and requests wrapped in chat or several in one turn.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue
model was run on any of it, about photos no other set uses, all of children, school and family life: a
kindergarten classroom and its art and reading corners, a birthday party with a piñata and a cake table,
two children at a school bus stop in the rain, a bouncy castle in a back garden, a sandpit with toy
diggers, a high school graduation, a family car's boot packed for a road trip, a treehouse in an oak, a
school play on stage, a homework desk with a lamp, a baby's first steps in a living room, a swimming
lesson, a lemonade stand and grandparents at a board game. Sessions have 0 to 7 edits, some after a
retry, a correction or an undo (a sibling of an earlier edit), some with a second photo, and some turns
come after an undo or a goto (the current round an older one).

Four families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): corrections of the last edit's object, colour,
size, place or whole wording, redone from its parent, also after a retry and after an undo ("wrong kid,
the boy's umbrella", "i meant bigger. BIGGER"); retries and stronger or weaker tries in new words ("eh.
spin it again", "crank it up", "dial it back a touch"); edits on top that say "it", "them" or "one" for
the last edit's object ("fill it with plastic balls", "add one for grandma as well") or name a new thing;
and several requests in one turn or a request wrapped in a story, a wish, a question or politeness.
About a quarter of each family are near misses whose right answer is another act: a correction with
nothing to correct, "again" that means a correction or the same edit on a new photo, "more balloons" (a
new edit), praise or a plan for later, a "no" that answers nothing, "it" with two possible referents,
"take it away" right after an addition (an undo), an edit only told of. The cases have the development
set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current round (first) is
an earlier one.
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
    _fix_round,
    _goto,
    _retry,
    _show,
    with_moved,
)

KINDERGARTEN = ((None, None), (0, "make the little chairs red"))
"""A kindergarten classroom with tiny tables, chairs and cubbies, with one edit."""
KINDERGARTEN3 = (
    *KINDERGARTEN,
    (1, "hang paper stars from the ceiling"),
    (2, "put a goldfish bowl on the teacher's desk"),
)
"""The kindergarten classroom with three edits, each on the one before."""
EASELS = ((None, None), (0, "paint a sun on the left easel"))
"""Two painting easels in the kindergarten's art corner, with one edit."""
READING = ((None, None), (0, "make the rug and the reading tent green"))
"""The kindergarten's reading corner, with one edit of two things."""
PINATA = ((None, None), (0, "turn the piñata into a unicorn"))
"""A birthday party in a garden, kids around a piñata, with one edit."""
PINATA2 = (*PINATA, (1, "add confetti falling from the piñata"))
"""The piñata party with two edits."""
CAKE = ((None, None), (0, "make the birthday cake smaller"), (1, "make the balloons gold"))
"""The birthday party's cake table under a bunch of balloons, with two edits."""
CAKE_SMALLER = CAKE[:2]
"""The cake table with only the cake edit."""
BUSSTOP = ((None, None), (0, "make the girl's umbrella yellow"))
"""A girl and a boy waiting at a school bus stop in the rain, with one edit."""
BUSSTOP_RETRIED = (*BUSSTOP, (0, "make the girl's umbrella yellow"))
"""The bus stop after a retry: round 2 is a second try of round 1, from the original."""
BUSSTOP_SUNNY = ((None, None), (0, "make it look like a sunny morning"))
"""The bus stop with one edit of the whole photo."""
BOUNCY = ((None, None), (0, "make the bouncy castle purple"))
"""A bouncy castle with a slide in a back garden, with one edit."""
BOUNCY4 = (
    *BOUNCY,
    (1, "add a kid jumping in the air"),
    (2, "make the grass greener"),
    (3, "add a paddling pool next to the castle"),
)
"""The bouncy castle with four edits, each on the one before."""
BOUNCY_KID = BOUNCY4[:3]
"""The bouncy castle with the castle and jumping kid edits."""
BOUNCY_GRASS = BOUNCY4[:4]
"""The bouncy castle with three edits, the grass last."""
SANDPIT = ((None, None), (0, "make the big toy digger orange"))
"""A sandpit with a big and a small toy digger, a bulldozer and a dump truck, with one edit."""
SANDPIT_FIXED = (*SANDPIT, (0, "make the small toy digger orange"))
"""The sandpit after a correction: round 2 was made from the original, beside round 1."""
GRADUATION = ((None, None), (0, "make the graduation gowns navy blue"), (1, "add caps flying in the air"))
"""A high school graduation on a football field, with two edits."""
GRAD_GOWNS = GRADUATION[:2]
"""The graduation with only the gowns edit."""
CARBOOT = ((None, None), (0, "make the top suitcase green"), (1, "add a surfboard on the roof rack"))
"""A family car's open boot packed for a road trip, mum and dad beside it, with two edits."""
CARBOOT_CASE = CARBOOT[:2]
"""The packed car with only the suitcase edit."""
TREEHOUSE = ((None, None), (0, "paint the treehouse door red"))
"""A treehouse in an old oak, with one edit."""
TREEHOUSE7 = (
    *TREEHOUSE,
    (1, "add a rope ladder"),
    (2, "hang fairy lights on the railing"),
    (3, "add a squirrel on the branch"),
    (4, "make the leaves orange"),
    (5, "hang a basket on a rope from the railing"),
    (6, "add a pirate flag on the roof"),
)
"""The treehouse with seven edits, each on the one before."""
TREE_AUTUMN = TREEHOUSE7[:6]
"""The treehouse with five edits, the orange leaves last."""
SCHOOLPLAY = (
    (None, None),
    (0, "make the stage curtains dark red"),
    (1, "put a spotlight on the girl dressed as a sheep"),
)
"""A school play on stage, children dressed as farm animals, with two edits."""
PLAY_CURTAINS = SCHOOLPLAY[:2]
"""The school play with only the curtains edit."""
HOMEWORK = ((None, None), (0, "make the desk lamp green"))
"""A child's homework desk with a lamp, a pencil pot and worksheets, with one edit."""
HOMEWORK3 = (*HOMEWORK, (1, "add a globe on the desk"), (2, "put a cat asleep on the homework"))
"""The homework desk with three edits, each on the one before."""
FIRSTSTEPS = ((None, None), (0, "add a golden retriever watching the baby"))
"""A baby's first steps in a living room, with one edit."""
TWO_DOGS = ((None, None), (0, "put a bow on the small dog"))
"""The baby's first steps watched by a small dog and a big fluffy dog, with one edit."""
TOYS_GONE = ((None, None), (0, "remove the toys on the floor"))
"""The living room of the first steps with one removal."""
SWIM = ((None, None), (0, "make the kickboards pink"))
"""A swimming lesson, kids with kickboards and pool noodles, with one edit."""
SWIM_RETRIED = (*SWIM, (0, "make the kickboards pink"))
"""The swimming lesson after a retry: round 2 is a second try of round 1, from the original."""
LEMONADE = ((None, None), (0, "make the sign say lemonade 50 cents"))
"""Two kids at a lemonade stand on the pavement, with one edit."""
LEMONADE_BRANCH = (
    *LEMONADE,
    (1, "add a pitcher of pink lemonade on the table"),
    (1, "add a jar of cookies on the table"),
)
"""The lemonade stand after an undo: round 3 was made from round 1, beside round 2."""
LEMON_SIGN = ((None, None), (0, "make the sign yellow"))
"""The lemonade stand's cardboard sign under a painted banner, with one edit."""
BOARDGAME = ((None, None), (0, "make grandma's cardigan blue"), (1, "add a cup of tea next to grandpa"))
"""Grandparents at a board game on the kitchen table, with two edits."""
BOARD_CARDIGAN = BOARDGAME[:2]
"""The board game with only the cardigan edit."""

AFTER_SWIM = (*SWIM, (None, None))
"""The swimming lesson session, then a new photo."""
AFTER_PINATA2 = (*PINATA2, (None, None))
"""The piñata session with two edits, then a new photo."""
AFTER_GRAD_GOWNS = (*GRAD_GOWNS, (None, None))
"""The graduation session with the gowns edit, then a new photo."""
AFTER_KINDERGARTEN3 = (*KINDERGARTEN3, (None, None))
"""The kindergarten session with three edits, then a new photo."""
AFTER_BOARDGAME = (*BOARDGAME, (None, None))
"""The board game session, then a new photo."""

CORRECTIONS: tuple[Dev, ...] = (
    # the object, the colour, the size, the place or the whole wording of the last edit
    ("no the tables, not the chairs", False, KINDERGARTEN, "correction", _fix("make the little tables red")),
    ("ugh i meant the cubbies 🙈", False, KINDERGARTEN, "correction", _fix("make the cubbies red")),
    ("red is too loud, i meant maroon", False, KINDERGARTEN, "correction", _fix("make the little chairs maroon")),
    (
        "on the windowsill not the desk",
        False,
        KINDERGARTEN3,
        "correction",
        _fix("put a goldfish bowl on the windowsill"),
    ),
    (
        "hamster cage, not a fish bowl",
        False,
        KINDERGARTEN3,
        "correction",
        _fix("put a hamster cage on the teacher's desk"),
    ),
    ("the right easel!! i said right", False, EASELS, "correction", _fix("paint a sun on the right easel")),
    ("a rainbow not a sun", False, EASELS, "correction", _fix("paint a rainbow on the left easel")),
    ("a llama, not a unicorn lol", False, PINATA, "correction", _fix("turn the piñata into a llama")),
    (
        "scrap the unicorn idea, make the piñata look like a pizza instead",
        False,
        PINATA,
        "correction",
        _fix("make the piñata look like a pizza"),
    ),
    (
        "candy falling out, not confetti",
        False,
        PINATA2,
        "correction",
        _fix("add candy falling from the piñata", "add candy falling out of the piñata"),
    ),
    ("i meant bigger. BIGGER. not smaller", False, CAKE_SMALLER, "correction", _fix("make the birthday cake bigger")),
    ("the cupcakes, not the cake", False, CAKE_SMALLER, "correction", _fix("make the cupcakes smaller")),
    ("silver, typed gold by accident", False, CAKE, "correction", _fix("make the balloons silver")),
    ("oops the streamers, not the balloons", False, CAKE, "correction", _fix("make the streamers gold")),
    ("wrong kid, the boy's umbrella", False, BUSSTOP, "correction", _fix("make the boy's umbrella yellow")),
    ("her raincoat, not the brolly", False, BUSSTOP, "correction", _fix("make the girl's raincoat yellow")),
    ("yellow?? i wanted orange", False, BUSSTOP, "correction", _fix("make the girl's umbrella orange")),
    (
        "still not right, its her wellies i wanted yellow not the umbrella",
        False,
        BUSSTOP_RETRIED,
        "correction",
        _fix("make the girl's wellies yellow"),
    ),
    (
        "hmm the retry didnt fix it, mustard was what i meant",
        False,
        BUSSTOP_RETRIED,
        "correction",
        _fix("make the girl's umbrella mustard", "make the girl's umbrella mustard yellow"),
    ),
    (
        "the slide next to it, not the castle",
        False,
        BOUNCY,
        "correction",
        _fix("make the slide purple", "make the slide next to the bouncy castle purple"),
    ),
    ("lilac, not purple. way lighter", False, BOUNCY, "correction", _fix("make the bouncy castle lilac")),
    ("behind it, not beside it", False, BOUNCY4, "correction", _fix("add a paddling pool behind the castle")),
    ("a trampoline not a pool!", False, BOUNCY4, "correction", _fix("add a trampoline next to the castle")),
    ("i meant a tiny one", False, BOUNCY4, "correction", _fix("add a tiny paddling pool next to the castle")),
    (
        "the little one i meant",
        False,
        SANDPIT,
        "correction",
        _fix("make the little toy digger orange", "make the small toy digger orange"),
    ),
    (
        "the dump truck!! not the digger",
        False,
        SANDPIT,
        "correction",
        _fix("make the dump truck orange", "make the toy dump truck orange", "make the big toy dump truck orange"),
    ),
    (
        "orange was wrong, green like a john deere pls",
        False,
        SANDPIT,
        "correction",
        _fix("make the big toy digger green", "make the big toy digger green like a john deere"),
    ),
    (
        "not that one either 😩 the bulldozer",
        False,
        SANDPIT_FIXED,
        "correction",
        _fix("make the bulldozer orange", "make the toy bulldozer orange"),
    ),
    ("yellow not orange", False, SANDPIT_FIXED, "correction", _fix("make the small toy digger yellow")),
    ("I meant confetti flying, not caps.", False, GRADUATION, "correction", _fix("add confetti flying in the air")),
    ("the caps, not the gowns", False, GRAD_GOWNS, "correction", _fix("make the graduation caps navy blue")),
    (
        "not navy, maroon — our school colours",
        False,
        GRAD_GOWNS,
        "correction",
        _fix("make the graduation gowns maroon"),
    ),
    ("a kayak on the roof, not a surfboard", False, CARBOOT, "correction", _fix("add a kayak on the roof rack")),
    (
        "no the bottom suitcase",
        False,
        CARBOOT_CASE,
        "correction",
        _fix("make the bottom suitcase green", "make the suitcase at the bottom green"),
    ),
    ("the cool box, not the suitcase!", False, CARBOOT_CASE, "correction", _fix("make the cool box green")),
    (
        "the shutters, not the door",
        False,
        TREEHOUSE,
        "correction",
        _fix("paint the treehouse shutters red", "paint the shutters red"),
    ),
    (
        "i meant sky blue, red was my mistake",
        False,
        TREEHOUSE,
        "correction",
        _fix("paint the treehouse door sky blue"),
    ),
    (
        "a dinosaur flag, not a pirate one",
        False,
        TREEHOUSE7,
        "correction",
        _fix("add a dinosaur flag on the roof"),
    ),
    ("on the railing, not the roof", False, TREEHOUSE7, "correction", _fix("add a pirate flag on the railing")),
    (
        "the boy in the cow costume, not the sheep",
        False,
        SCHOOLPLAY,
        "correction",
        _fix("put a spotlight on the boy in the cow costume", "put a spotlight on the boy dressed as a cow"),
    ),
    (
        "backdrop not curtains",
        False,
        PLAY_CURTAINS,
        "correction",
        _fix("make the backdrop dark red", "make the stage backdrop dark red"),
    ),
    (
        "emerald, not dark red",
        False,
        PLAY_CURTAINS,
        "correction",
        _fix("make the stage curtains emerald", "make the stage curtains emerald green"),
    ),
    ("the pencil pot i meant", False, HOMEWORK, "correction", _fix("make the pencil pot green")),
    ("mint green, not that dark green", False, HOMEWORK, "correction", _fix("make the desk lamp mint green")),
    ("a puppy not a cat", False, HOMEWORK3, "correction", _fix("put a puppy asleep on the homework")),
    (
        "next to the homework, not on it, he needs to see it lol",
        False,
        HOMEWORK3,
        "correction",
        _fix("put a cat asleep next to the homework"),
    ),
    ("the dog should be a labrador", False, FIRSTSTEPS, "correction", _fix("add a labrador watching the baby")),
    ("other dog!! the fluffy one", False, TWO_DOGS, "correction", _fix("put a bow on the fluffy dog")),
    ("a bandana not a bow", False, TWO_DOGS, "correction", _fix("put a bandana on the small dog")),
    ("the pool noodles, not the kickboards", False, SWIM, "correction", _fix("make the pool noodles pink")),
    ("nah, still off: hot pink not baby pink", False, SWIM_RETRIED, "correction", _fix("make the kickboards hot pink")),
    ("25 cents, not 50!", False, LEMONADE, "correction", _fix("make the sign say lemonade 25 cents")),
    (
        "changed my mind about the sign, make it say free lemonade",
        False,
        LEMONADE,
        "correction",
        _fix("make the sign say free lemonade"),
    ),
    (
        "brownies, not cookies",
        False,
        LEMONADE_BRANCH,
        "correction",
        _fix("add a jar of brownies on the table", "add brownies on the table", "add a plate of brownies on the table"),
    ),
    (
        "the banner up top, not the sign 😩",
        False,
        LEMON_SIGN,
        "correction",
        _fix("make the banner yellow", "make the banner up top yellow"),
    ),
    ("coffee, grandpa hates tea 😂", False, BOARDGAME, "correction", _fix("add a cup of coffee next to grandpa")),
    ("next to grandma i meant", False, BOARDGAME, "correction", _fix("add a cup of tea next to grandma")),
    ("grandpa's cardigan, not hers", False, BOARD_CARDIGAN, "correction", _fix("make grandpa's cardigan blue")),
    (
        "Sorry my english, I mean the scarf of grandma, not cardigan",
        False,
        BOARD_CARDIGAN,
        "correction",
        _fix("make grandma's scarf blue", "make the scarf of grandma blue"),
    ),
    # near misses: nothing to correct, an edit on top, a "no" that answers nothing, keeping it, going back
    ("no no the little one", False, UPLOAD, "clarify", ()),
    ("not purple, lilac", False, UPLOAD, "clarify", ()),
    ("i meant a cat, not a dog", False, HOMEWORK, "clarify", ()),
    ("not the kickboards, the noodles", False, AFTER_SWIM, "clarify", ()),
    ("not that one, the other one", False, KINDERGARTEN3, "clarify", ()),
    ("nope.", False, PINATA, "clarify", ()),
    ("NO", False, HOMEWORK3, "clarify", ()),
    (
        "actually, could the pinata be a llama instead",
        False,
        UPLOAD,
        "edit",
        _edit("make the pinata a llama", "turn the pinata into a llama"),
    ),
    ("the boy's umbrella too", False, BUSSTOP, "edit", _edit("make the boy's umbrella yellow")),
    (
        "and the banner above it as well",
        False,
        LEMON_SIGN,
        "edit",
        _edit("make the banner above the sign yellow", "make the banner yellow"),
    ),
    (
        "the other dog as well",
        False,
        TWO_DOGS,
        "edit",
        _edit("put a bow on the other dog", "put a bow on the big dog", "put a bow on the fluffy dog"),
    ),
    ("no thanks, its perfect like this", False, SWIM, "talk", ()),
    ("not bad at all actually", False, TREEHOUSE, "talk", ()),
    ("wrong... wait no, it's right, my bad", False, KINDERGARTEN, "talk", ()),
    ("not the door, the... hmm actually the door is fine", False, TREEHOUSE, "talk", ()),
    ("hmm no. grandpa looks fine, leave the tea", False, BOARDGAME, "talk", ()),
    ("i meant to say thanks lol", False, GRAD_GOWNS, "talk", ()),
    ("no, we're done for today, bye", False, SANDPIT, "talk", ()),
    ("you got the wrong one but i kinda like it, keep it", False, SANDPIT_FIXED, "talk", ()),
    ("is that the left easel or the right one? cant tell on my phone", False, EASELS, "talk", ()),
    ("wrong photo, this is the one i meant", True, AFTER_SWIM, "caption", ()),
    ("wait which balloons did you change", False, CAKE, "status", STATUS),
    ("no no, go back", False, BOUNCY, "undo", _goto(0)),
    ("not sure the bowl is right… go back one", False, KINDERGARTEN3, "undo", _goto(2)),
    ("the first try was better tbh", False, BUSSTOP_RETRIED, "goto", _goto(1)),
)
"""Corrections of the last edit's object, colour, size, place or wording, and near misses."""

RETRIES: tuple[Dev, ...] = (
    # another try of the same edit
    ("eh. spin it again", False, KINDERGARTEN, "retry", _retry()),
    ("can i see a different version of that", False, PINATA, "retry", _retry()),
    ("the unicorn looks kinda creepy lol try again", False, PINATA, "retry", _retry()),
    ("another go pls, the umbrella looks like plastic", False, BUSSTOP, "retry", _retry()),
    ("that came out weird, have another crack at it", False, BOUNCY4, "retry", _retry()),
    ("the kid looks like he's floating, redo him", False, BOUNCY_KID, "retry", _retry()),
    ("not quite. once more?", False, SANDPIT, "retry", _retry()),
    ("hit it again", False, GRADUATION, "retry", _retry()),
    ("fresh seed please", False, TREEHOUSE, "retry", _retry()),
    ("another attempt at the flag pls", False, TREEHOUSE7, "retry", _retry()),
    ("redo the confetti, it looks like snow", False, PINATA2, "retry", _retry()),
    ("can u try again the cat has 3 ears 😭", False, HOMEWORK3, "retry", _retry()),
    ("different take on the same thing?", False, SWIM, "retry", _retry()),
    ("hmm both tries look off, one more", False, SWIM_RETRIED, "retry", _retry()),
    ("so close. one more roll", False, LEMONADE, "retry", _retry()),
    ("try that one again but with a different seed", False, LEMONADE_BRANCH, "retry", _retry()),
    ("same prompt, new result pls", False, PLAY_CURTAINS, "retry", _retry()),
    ("please one more time do it, is not good", False, FIRSTSTEPS, "retry", _retry()),
    ("do-over", False, BOARDGAME, "retry", _retry()),
    ("third time lucky? go again", False, BUSSTOP_RETRIED, "retry", _retry()),
    ("ok that's not it. retry pls", False, EASELS, "retry", _retry()),
    ("reroll plz 🎲", False, CAKE, "retry", _retry()),
    # stronger
    ("MOOORE", False, SWIM, "retry", _retry("stronger")),
    ("crank it up", False, HOMEWORK, "retry", _retry("stronger")),
    ("i can barely see a difference, push harder", False, KINDERGARTEN, "retry", _retry("stronger")),
    ("go bolder", False, TREEHOUSE, "retry", _retry("stronger")),
    ("the yellow is so faint, way stronger pls", False, BUSSTOP, "retry", _retry("stronger")),
    ("more more more 🎉", False, BOUNCY, "retry", _retry("stronger")),
    ("needs to be punchier", False, CAKE, "retry", _retry("stronger")),
    ("turn it up to 11", False, GRAD_GOWNS, "retry", _retry("stronger")),
    ("a little more intense maybe?", False, CARBOOT_CASE, "retry", _retry("stronger")),
    ("more orange on the leaves, it still looks like summer", False, TREE_AUTUMN, "retry", _retry("stronger")),
    ("too subtle, make it pop more", False, SANDPIT_FIXED, "retry", _retry("stronger")),
    ("greener!!", False, BOUNCY_GRASS, "retry", _retry("stronger")),
    ("the cake is still huge, smaller still", False, CAKE_SMALLER, "retry", _retry("stronger")),
    # weaker
    ("dial it back a touch", False, BOUNCY_GRASS, "retry", _retry("weaker")),
    ("whoa too much, tone it down", False, CAKE, "retry", _retry("weaker")),
    ("softer pls", False, SWIM, "retry", _retry("weaker")),
    ("less intense, it's blinding 😅", False, HOMEWORK, "retry", _retry("weaker")),
    ("can you make it more subtle, it looks fake", False, TREE_AUTUMN, "retry", _retry("weaker")),
    ("a smidge less", False, BUSSTOP_RETRIED, "retry", _retry("weaker")),
    ("ease off on the pink a bit", False, SWIM_RETRIED, "retry", _retry("weaker")),
    ("too much!! less!!", False, GRAD_GOWNS, "retry", _retry("weaker")),
    ("that's overdone, go gentler", False, SANDPIT, "retry", _retry("weaker")),
    ("it's a bit much tbh", False, BOARD_CARDIGAN, "retry", _retry("weaker")),
    ("not so small, the cake looks like a cupcake now", False, CAKE_SMALLER, "retry", _retry("weaker")),
    # near misses: nothing to retry, "again" that means another edit, more of a thing, keeping it
    ("can you have another go", False, UPLOAD, "clarify", ()),
    ("MORE pls", False, UPLOAD, "clarify", ()),
    ("another go pls", False, AFTER_SWIM, "clarify", ()),
    ("ok i'll try again tomorrow, too tired now", False, KINDERGARTEN, "talk", ()),
    ("is there a limit on how many times you can retry?", False, SWIM, "talk", ()),
    ("can i retry later if i change my mind?", False, GRAD_GOWNS, "talk", ()),
    ("way better than the first try, thank u", False, BUSSTOP_RETRIED, "talk", ()),
    ("more or less what i wanted, keep it", False, TREEHOUSE, "talk", ()),
    ("less is more lol. leave it as is", False, HOMEWORK3, "talk", ()),
    ("try again? nah, actually keep it", False, PINATA, "talk", ()),
    ("put the two tries side by side", False, BUSSTOP_RETRIED, "compare", _compare(1, 2)),
    ("show me the other try", False, SWIM_RETRIED, "show", _show(1)),
    ("the first version was less weird, take me back to it", False, SWIM_RETRIED, "goto", _goto(1)),
    ("more balloons!!", False, CAKE, "edit", _edit("add more balloons")),
    (
        "more candles on the cake",
        False,
        CAKE,
        "edit",
        _edit("add more candles on the cake", "add more candles to the cake", "put more candles on the cake"),
    ),
    (
        "lol grandpa always loses, make his dice roll a six",
        False,
        BOARDGAME,
        "edit",
        _edit("make grandpa's dice roll a six", "make grandpa's dice show a six"),
    ),
    ("do it again on the right easel too", False, EASELS, "edit", _edit("paint a sun on the right easel")),
    (
        "again, same thing, on this photo",
        True,
        AFTER_PINATA2,
        "edit",
        _edit("add confetti falling from the piñata"),
    ),
    ("again but on the boy's umbrella", False, BUSSTOP, "correction", _fix("make the boy's umbrella yellow")),
    (
        "do it again but on the right easel, not the left",
        False,
        EASELS,
        "correction",
        _fix("paint a sun on the right easel"),
    ),
    (
        "scrap that and add a rainbow over the castle instead",
        False,
        BOUNCY,
        "correction",
        _fix("add a rainbow over the castle", "add a rainbow over the bouncy castle"),
    ),
)
"""Retries and stronger or weaker tries of the last edit, and near misses."""

ON_TOP: tuple[Dev, ...] = (
    # "it", "them", "one" for the last edit's object
    ("give them polka dots", False, KINDERGARTEN, "edit", _edit("give the little chairs polka dots")),
    (
        "and make them a bit taller, theyre tiny",
        False,
        KINDERGARTEN,
        "edit",
        _edit("make the little chairs a bit taller"),
    ),
    ("fill it with orange fish", False, KINDERGARTEN3, "edit", _edit("fill the goldfish bowl with orange fish")),
    (
        "stick a second one beside it",
        False,
        KINDERGARTEN3,
        "edit",
        _edit(
            "stick a second goldfish bowl beside the goldfish bowl",
            "put a second goldfish bowl beside the goldfish bowl",
            "add a second goldfish bowl beside the goldfish bowl",
            "add a second goldfish bowl next to the goldfish bowl",
            "put a second goldfish bowl on the teacher's desk",
        ),
    ),
    (
        "add a matching one on the right easel",
        False,
        EASELS,
        "edit",
        _edit("paint a matching sun on the right easel", "add a matching sun on the right easel"),
    ),
    (
        "give it a rainbow mane",
        False,
        PINATA,
        "edit",
        _edit("give the piñata a rainbow mane", "give the unicorn piñata a rainbow mane"),
    ),
    (
        "hang it a bit higher so the kids have to jump",
        False,
        PINATA,
        "edit",
        _edit("hang the piñata a bit higher", "hang the piñata a bit higher so the kids have to jump"),
    ),
    ("put some candles in it", False, CAKE_SMALLER, "edit", _edit("put some candles in the birthday cake")),
    ("tie a ribbon to each of them", False, CAKE, "edit", _edit("tie a ribbon to each of the balloons")),
    ("put raindrops on it", False, BUSSTOP, "edit", _edit("put raindrops on the girl's umbrella")),
    ("add little ducks all over it", False, BUSSTOP, "edit", _edit("add little ducks all over the girl's umbrella")),
    ("give it a glossy look", False, BOUNCY, "edit", _edit("give the bouncy castle a glossy look")),
    ("add a flag on top of it", False, BOUNCY, "edit", _edit("add a flag on top of the bouncy castle")),
    ("fill it with plastic balls", False, BOUNCY4, "edit", _edit("fill the paddling pool with plastic balls")),
    ("make it blue, like a real pool", False, BOUNCY4, "edit", _edit("make the paddling pool blue")),
    ("put a tiny driver in it", False, SANDPIT, "edit", _edit("put a tiny driver in the big toy digger")),
    ("make them gold", False, GRADUATION, "edit", _edit("make the caps gold", "make the flying caps gold")),
    (
        "strap it down with a red strap",
        False,
        CARBOOT,
        "edit",
        _edit("strap the surfboard down with a red strap"),
    ),
    ("make it longer", False, CARBOOT, "edit", _edit("make the surfboard longer")),
    (
        "add a little round window in it",
        False,
        TREEHOUSE,
        "edit",
        _edit("add a little round window in the treehouse door"),
    ),
    ("put a brass knocker on it", False, TREEHOUSE, "edit", _edit("put a brass knocker on the treehouse door")),
    (
        "make it wave like its windy",
        False,
        TREEHOUSE7,
        "edit",
        _edit(
            "make the pirate flag wave like its windy",
            "make the pirate flag wave like it's windy",
            "make the pirate flag wave",
        ),
    ),
    (
        "make it a bit wider so it covers her whole costume",
        False,
        SCHOOLPLAY,
        "edit",
        _edit("make the spotlight a bit wider", "make the spotlight a bit wider so it covers her whole costume"),
    ),
    ("turn it on", False, HOMEWORK, "edit", _edit("turn the desk lamp on", "turn on the desk lamp")),
    ("make it ginger", False, HOMEWORK3, "edit", _edit("make the cat ginger")),
    (
        "give it a collar with a little bell",
        False,
        HOMEWORK3,
        "edit",
        _edit("give the cat a collar with a little bell"),
    ),
    ("make it wag its tail", False, FIRSTSTEPS, "edit", _edit("make the golden retriever wag its tail")),
    ("put a red collar on it", False, FIRSTSTEPS, "edit", _edit("put a red collar on the golden retriever")),
    ("add stars on them", False, SWIM, "edit", _edit("add stars on the kickboards")),
    (
        "make it bigger so u can read it from the road",
        False,
        LEMONADE,
        "edit",
        _edit("make the sign bigger", "make the sign bigger so you can read it from the road"),
    ),
    (
        "fill it to the top",
        False,
        LEMONADE_BRANCH,
        "edit",
        _edit("fill the jar of cookies to the top", "fill the cookie jar to the top"),
    ),
    ("make it steam", False, BOARDGAME, "edit", _edit("make the cup of tea steam", "make the tea steam")),
    ("put a biscuit next to it", False, BOARDGAME, "edit", _edit("put a biscuit next to the cup of tea")),
    ("add one for grandma as well", False, BOARDGAME, "edit", _edit("add a cup of tea next to grandma")),
    # a new thing named
    ("now put a clock above the whiteboard", False, KINDERGARTEN, "edit", _edit("put a clock above the whiteboard")),
    (
        "cool. the sky looks gloomy, brighten it up",
        False,
        PINATA2,
        "edit",
        _edit("brighten up the sky", "brighten the sky"),
    ),
    ("pop the red balloon", False, CAKE_SMALLER, "edit", _edit("pop the red balloon")),
    (
        "can the bus have its headlights on",
        False,
        BUSSTOP,
        "edit",
        _edit("turn the bus's headlights on", "turn on the bus's headlights", "make the bus have its headlights on"),
    ),
    (
        "the kid on the left should be laughing",
        False,
        BOUNCY_KID,
        "edit",
        _edit("make the kid on the left laugh", "make the kid on the left laughing"),
    ),
    (
        "the sandpit needs a bucket and spade",
        False,
        SANDPIT,
        "edit",
        _edit(
            "add a bucket and spade", "add a bucket and spade to the sandpit", "add a bucket and spade in the sandpit"
        ),
    ),
    (
        "put the principal in sunglasses",
        False,
        GRADUATION,
        "edit",
        _edit("put the principal in sunglasses", "put sunglasses on the principal", "give the principal sunglasses"),
    ),
    (
        "shoot some fireworks over the field",
        False,
        GRADUATION,
        "edit",
        _edit(
            "shoot some fireworks over the field", "add fireworks over the field", "add some fireworks over the field"
        ),
    ),
    (
        "also squeeze a tent bag in the gap on the left",
        False,
        CARBOOT,
        "edit",
        _edit("squeeze a tent bag in the gap on the left"),
    ),
    (
        "the audience is too dark, light them up a bit",
        False,
        SCHOOLPLAY,
        "edit",
        _edit("light up the audience a bit", "light the audience up a bit", "make the audience a bit brighter"),
    ),
    (
        "take away the coffee table so she has room",
        False,
        FIRSTSTEPS,
        "edit",
        _edit("take away the coffee table", "take away the coffee table so she has room"),
    ),
    (
        "fix the wonky frame on the wall",
        False,
        TWO_DOGS,
        "edit",
        _edit("fix the wonky frame on the wall", "straighten the frame on the wall"),
    ),
    ("add a lifeguard in the tall chair", False, SWIM, "edit", _edit("add a lifeguard in the tall chair")),
    (
        "nuke the glare on the water",
        False,
        SWIM_RETRIED,
        "edit",
        _edit("nuke the glare on the water", "remove the glare on the water"),
    ),
    ("add a dog lying under the table", False, LEMONADE_BRANCH, "edit", _edit("add a dog lying under the table")),
    (
        "grandma should be holding the dice",
        False,
        BOARDGAME,
        "edit",
        _edit("make grandma hold the dice", "make grandma holding the dice"),
    ),
    # near misses: "it" with two referents or none, praise, questions, undo, other acts
    ("make it fluffier", False, READING, "clarify", ()),
    ("now make it blue", False, TOYS_GONE, "clarify", ()),
    ("make it bigger", False, TWO_DOGS, "clarify", ()),
    ("put a sticker on it", False, BUSSTOP_SUNNY, "clarify", ()),
    ("add another one", False, UPLOAD, "clarify", ()),
    ("here's another pic, make it bigger", True, AFTER_SWIM, "clarify", ()),
    ("can u make it nicer idk", False, GRAD_GOWNS, "clarify", ()),
    ("it looks great!!", False, KINDERGARTEN3, "talk", ()),
    ("what colour is it now? i can't tell on my phone", False, HOMEWORK, "talk", ()),
    ("just wondering, could u make it glow? not now tho", False, HOMEWORK, "talk", ()),
    ("haha the floor has never been that clean", False, TOYS_GONE, "talk", ()),
    ("it's going to look even better with a rainbow, maybe later", False, BOUNCY, "talk", ()),
    ("what is it holding in its mouth? looks like a crayon lol", False, FIRSTSTEPS, "talk", ()),
    ("actually take it away", False, BOARDGAME, "undo", _goto(1)),
    ("the cat looks fake, get rid of it", False, HOMEWORK3, "undo", _goto(2)),
    ("make it look like it did before", False, HOMEWORK, "undo", _goto(0)),
    ("love it. can i see it next to the original?", False, PINATA, "compare", _compare(0, 1)),
    ("show me it without the flag", False, TREEHOUSE7, "show", _show(6)),
    ("what did you do to it", False, BOUNCY, "status", STATUS),
    ("send it to my sister", False, CAKE, "share", SHARE),
    ("save it as html for the class newsletter", False, KINDERGARTEN3, "export", _export("html")),
)
"""Edits on top of the last one that say "it", "them" or "one", edits of new things, and near misses."""

WRAPPED: tuple[Dev, ...] = (
    # several requests in one turn
    (
        "make the cake pink and put a crown on the birthday girl",
        False,
        PINATA,
        "edit",
        _edits("make the cake pink", "put a crown on the birthday girl"),
    ),
    (
        "1) remove the puddle 2) make the bus a brighter yellow",
        False,
        BUSSTOP,
        "edit",
        _edits("remove the puddle", "make the bus a brighter yellow"),
    ),
    (
        "add rain on the windows and fog on the road plz",
        False,
        BUSSTOP_RETRIED,
        "edit",
        _edits("add rain on the windows", "add fog on the road"),
    ),
    (
        "swap the noodles for rubber ducks, also add a lifeguard chair",
        False,
        SWIM,
        "edit",
        _edits(
            ("swap the noodles for rubber ducks", "swap the pool noodles for rubber ducks"), "add a lifeguard chair"
        ),
    ),
    (
        "blur the parents in the audience and make the stage lights blue",
        False,
        SCHOOLPLAY,
        "edit",
        _edits("blur the parents in the audience", "make the stage lights blue"),
    ),
    (
        "grandpa needs glasses + grandma a pearl necklace",
        False,
        BOARDGAME,
        "edit",
        _edits(
            ("give grandpa glasses", "put glasses on grandpa"),
            ("give grandma a pearl necklace", "put a pearl necklace on grandma"),
        ),
    ),
    (
        "take the juice boxes off the table. then put a cat on the sofa",
        False,
        FIRSTSTEPS,
        "edit",
        _edits("take the juice boxes off the table", "put a cat on the sofa"),
    ),
    (
        "lemons bigger, sign looking hand painted",
        False,
        LEMONADE,
        "edit",
        _edits(
            ("make the lemons bigger", "lemons bigger"),
            ("make the sign look hand painted", "make the sign looking hand painted", "sign looking hand painted"),
        ),
    ),
    (
        "can you remove the bin behind the castle and add some bunting on the fence",
        False,
        BOUNCY,
        "edit",
        _edits("remove the bin behind the castle", "add some bunting on the fence"),
    ),
    (
        "make the lamp glow and the worksheet neater, and remove the eraser crumbs",
        False,
        HOMEWORK,
        "edit",
        _edits(
            ("make the lamp glow", "make the desk lamp glow"),
            "make the worksheet neater",
            "remove the eraser crumbs",
        ),
    ),
    (
        "give the tree house a slide, and a little mailbox by the ladder",
        False,
        TREEHOUSE7,
        "edit",
        _edits(
            ("give the tree house a slide", "add a slide to the tree house"),
            ("add a little mailbox by the ladder", "give the tree house a little mailbox by the ladder"),
        ),
    ),
    (
        "put sunglasses on the dad and make the car red",
        False,
        CARBOOT,
        "edit",
        _edits("put sunglasses on the dad", "make the car red"),
    ),
    (
        "mum's sunglasses off her head please and dad's cap the right way round",
        False,
        CARBOOT_CASE,
        "edit",
        _edits(
            ("take mum's sunglasses off her head", "remove mum's sunglasses from her head"),
            ("turn dad's cap the right way round", "put dad's cap the right way round"),
        ),
    ),
    (
        "the diggers both yellow pls and add a sandcastle in the corner",
        False,
        SANDPIT,
        "edit",
        _edits(("make both diggers yellow", "make the diggers both yellow"), "add a sandcastle in the corner"),
    ),
    (
        "make the birthday girl's dress sparkly and give her a tiara",
        False,
        PINATA2,
        "edit",
        _edits("make the birthday girl's dress sparkly", ("give the birthday girl a tiara", "give her a tiara")),
    ),
    (
        "first remove the hose, then make the grass less patchy",
        False,
        BOUNCY_GRASS,
        "edit",
        _edits("remove the hose", "make the grass less patchy"),
    ),
    (
        "can the balloons be pink, the table cloth white, and the cake have 7 candles",
        False,
        CAKE_SMALLER,
        "edit",
        _edits(
            "make the balloons pink",
            ("make the table cloth white", "make the tablecloth white"),
            ("give the cake 7 candles", "put 7 candles on the cake", "make the cake have 7 candles"),
        ),
    ),
    # one request wrapped in a story, a wish, a question, politeness
    (
        "my daughter would love it if the bouncy castle had a princess tower",
        False,
        BOUNCY4,
        "edit",
        _edit("give the bouncy castle a princess tower", "add a princess tower to the bouncy castle"),
    ),
    (
        "so it was her graduation and of course it rained 🙄 could you make the sky blue",
        False,
        GRADUATION,
        "edit",
        _edit("make the sky blue"),
    ),
    (
        "is there any way to get rid of the puddle by the kerb?",
        False,
        BUSSTOP,
        "edit",
        _edit("get rid of the puddle by the kerb"),
    ),
    (
        "it'd be so cute if the little digger had a flashing light on top",
        False,
        SANDPIT_FIXED,
        "edit",
        _edit("give the little digger a flashing light on top", "add a flashing light on top of the little digger"),
    ),
    (
        "i wish grandma was smiling in this one, she looks so grumpy lol",
        False,
        BOARD_CARDIGAN,
        "edit",
        _edit("make grandma smile", "make grandma smiling"),
    ),
    (
        "thank you!! you're the best. now can the treehouse have a slide coming down",
        False,
        TREEHOUSE,
        "edit",
        _edit(
            "give the treehouse a slide coming down",
            "add a slide coming down from the treehouse",
            "make the treehouse have a slide coming down",
        ),
    ),
    (
        "my son is obsessed with space so could you put a rocket poster on the wall above his desk",
        False,
        HOMEWORK3,
        "edit",
        _edit("put a rocket poster on the wall above his desk", "put a rocket poster on the wall above the desk"),
    ),
    (
        "hiya, hope ur well! the swim teacher asked me to blur the other kids' faces, pls do",
        False,
        SWIM,
        "edit",
        _edit("blur the other kids' faces", "blur the other kids faces"),
    ),
    (
        "Good morning. Would you be so kind as to remove the car in the background? Thank you.",
        False,
        LEMONADE,
        "edit",
        _edit("remove the car in the background"),
    ),
    (
        "ok long story but the pinata got ripped before the photo, can u make it look whole again",
        False,
        PINATA2,
        "edit",
        _edit("make the pinata look whole again", "make the piñata look whole again"),
    ),
    (
        "the kids worked so hard on the set!! could the moon in the backdrop glow a bit",
        False,
        SCHOOLPLAY,
        "edit",
        _edit("make the moon in the backdrop glow a bit"),
    ),
    (
        "honestly the stroller ruins the pic, could u erase it",
        False,
        FIRSTSTEPS,
        "edit",
        _edit("erase the stroller"),
    ),
    (
        "we forgot the picnic blanket lol, can you add it on top of the bags",
        False,
        CARBOOT,
        "edit",
        _edit("add the picnic blanket on top of the bags", "add a picnic blanket on top of the bags"),
    ),
    (
        "wouldn't it be fun if there was a rainbow over the stand",
        False,
        LEMONADE_BRANCH,
        "edit",
        _edit("add a rainbow over the stand"),
    ),
    (
        "I was hoping you could make grandpa's hair a little less messy, if that's ok",
        False,
        BOARDGAME,
        "edit",
        _edit("make grandpa's hair a little less messy"),
    ),
    (
        "the teacher wants the cubbies tidier, can u do that",
        False,
        KINDERGARTEN,
        "edit",
        _edit("make the cubbies tidier", "tidy the cubbies"),
    ),
    (
        "should the backdrop be starry? yeah do it",
        False,
        PLAY_CURTAINS,
        "edit",
        _edit("make the backdrop starry"),
    ),
    ("blue or yellow for the slide? blue! make it blue", False, BOUNCY, "edit", _edit("make the slide blue")),
    (
        "happy graduation to my twins!! 🎓 please put a banner saying 'Class of 2024' over the stage",
        False,
        GRADUATION,
        "edit",
        _edit("put a banner saying 'Class of 2024' over the stage"),
    ),
    (
        "can u make the sandpit look like a beach? my son's idea haha",
        False,
        SANDPIT,
        "edit",
        _edit("make the sandpit look like a beach"),
    ),
    (
        "same thing for this one pls, its the other twin",
        True,
        AFTER_GRAD_GOWNS,
        "edit",
        _edit("make the graduation gowns navy blue"),
    ),
    # near misses: an edit only told of or kept for later, questions, stories, captions, other acts
    ("my husband said to make the car red, but idk", False, CARBOOT, "talk", ()),
    ("can you remove people from photos?", False, UPLOAD, "talk", ()),
    ("first tell me, can u make the puddle disappear?", False, BUSSTOP, "talk", ()),
    ("maybe next time we add a dog to the treehouse 🐶", False, TREEHOUSE, "talk", ()),
    (
        "this was our first road trip with the baby, she cried the whole way lol",
        False,
        CARBOOT,
        "talk",
        (),
    ),
    ("don't touch anything yet, i'm showing my mum first", False, PINATA, "talk", ()),
    ("write a little poem for my son's birthday card", False, PINATA2, "talk", ()),
    ("can you add happy birthday music to it", False, CAKE, "talk", ()),
    ("thank you so much, this is going on the fridge", False, SANDPIT, "talk", ()),
    (
        "I was going to ask you to remove the stroller but it's actually cute",
        False,
        FIRSTSTEPS,
        "talk",
        (),
    ),
    (
        "i love the blue cardigan, grandma would too. what else could we do?",
        False,
        BOARD_CARDIGAN,
        "talk",
        (),
    ),
    ("hmm the lemons... or the cups? ugh, can't decide", False, LEMONADE, "clarify", ()),
    ("here's the class pic from the afternoon", True, AFTER_KINDERGARTEN3, "caption", ()),
    ("and this is grandpa winning for once 😂", True, AFTER_BOARDGAME, "caption", ()),
    ("could you share this with the other parents?", False, SWIM, "share", SHARE),
    ("ok enough sharing, turn the link off", False, SWIM, "revoke", REVOKE),
    ("what have we done to this pic so far? i lost track", False, TREEHOUSE7, "history", HISTORY),
    ("what round are we at, my son wants to know lol", False, LEMONADE_BRANCH, "status", STATUS),
    ("can you tell me what you changed? grandma is asking", False, BOARDGAME, "status", STATUS),
    ("please download the whole thing for me", False, LEMONADE_BRANCH, "export", _export("bundle")),
)
"""Several requests in one turn and requests wrapped in chat, and near misses."""

R30C: tuple[Dev, ...] = (*CORRECTIONS, *RETRIES, *ON_TOP, *WRAPPED)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo: a correction of the undone edit is made from where the person now is
    (
        0,
        (
            "ok what i actually meant was the tables, not the chairs",
            False,
            KINDERGARTEN,
            "correction",
            _fix_round(1, "make the little tables red"),
        ),
    ),
    (
        2,
        (
            "sorry, i meant a puppy not a cat",
            False,
            HOMEWORK3,
            "correction",
            _fix_round(3, "put a puppy asleep on the homework"),
        ),
    ),
    (
        0,
        (
            "should have been the boy's umbrella",
            False,
            BUSSTOP,
            "correction",
            _fix_round(1, "make the boy's umbrella yellow"),
        ),
    ),
    (
        3,
        (
            "i undid it cause it should've been behind the castle",
            False,
            BOUNCY4,
            "correction",
            _fix_round(4, "add a paddling pool behind the castle"),
        ),
    ),
    (1, ("a kayak was what i meant", False, CARBOOT, "correction", _fix_round(2, "add a kayak on the roof rack"))),
    (
        0,
        (
            "lilac was what i wanted, not purple",
            False,
            BOUNCY,
            "correction",
            _fix_round(1, "make the bouncy castle lilac"),
        ),
    ),
    (
        0,
        (
            "both tries were wrong, i meant the noodles",
            False,
            SWIM_RETRIED,
            "correction",
            _fix_round(2, "make the pool noodles pink"),
        ),
    ),
    (
        1,
        (
            "i undid the cookies bc i wanted muffins in the jar",
            False,
            LEMONADE_BRANCH,
            "correction",
            _fix_round(3, "add a jar of muffins on the table"),
        ),
    ),
    (0, ("ok now make the lamp blue", False, HOMEWORK, "edit", _edit("make the lamp blue", "make the desk lamp blue"))),
    # edits and retries from the round the person went back to
    (
        1,
        (
            "give it a rainbow tail",
            False,
            PINATA2,
            "edit",
            _edit("give the piñata a rainbow tail", "give the unicorn piñata a rainbow tail"),
        ),
    ),
    (2, ("add a dinosaur on the branch", False, TREEHOUSE7, "edit", _edit("add a dinosaur on the branch"))),
    (3, ("the fairy lights look off, have another go at them", False, TREEHOUSE7, "retry", _retry())),
    (3, ("the grass is way too green, less pls", False, BOUNCY4, "retry", _retry("weaker"))),
    (3, ("more!", False, BOUNCY4, "retry", _retry("stronger"))),
    # undo again, redo, show, compare, status, history
    (1, ("bring it back", False, PINATA2, "redo", _goto(2))),
    (0, ("oops didn't mean to undo that", False, TREEHOUSE, "redo", _goto(1))),
    (5, ("put the flag back", False, TREEHOUSE7, "redo", _goto(7))),
    (0, ("go forward again pls", False, CAKE, "redo", _goto(1))),
    (0, ("nvm, bring the purple back", False, BOUNCY, "redo", _goto(1))),
    (0, ("redo plz", False, TWO_DOGS, "redo", _goto(1))),
    (1, ("undo once more", False, CAKE, "undo", _goto(0))),
    (2, ("and again undo", False, HOMEWORK3, "undo", _goto(1))),
    (1, ("back to the newest one", False, LEMONADE_BRANCH, "goto", _goto(3))),
    (2, ("show me the one i just undid", False, KINDERGARTEN3, "show", _show(3))),
    (1, ("show me the one with the confetti", False, PINATA2, "show", _show(2))),
    (0, ("compare this with the edited one", False, SANDPIT, "compare", _compare(0, 1))),
    (1, ("compare where i am with the latest", False, BOARDGAME, "compare", _compare(1, 2))),
    (1, ("which round am i on now", False, GRADUATION, "status", STATUS)),
    (1, ("history pls", False, SWIM_RETRIED, "history", HISTORY)),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r30c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R30C`, then the moved ones)."""
    return with_moved(R30C, "r30c", MOVED, "r30c_moved")
