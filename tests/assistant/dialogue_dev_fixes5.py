"""Development turns that correct or retry the last edit, beside look-alikes that must not: fifth part.

Hand-written as training data for the dialogue model, about scenes no other set uses (a butcher's
counter, a cobbler's bench, backyard badminton, a mechanic's garage bay with two edits, a calligraphy
table with three edits, tourists at a geyser, an ostrich paddock, a tarot reader's table, a pretzel stand
with two edits, kids in a lawn sprinkler, a locksmith's key wall). A correction of the last edit's
object ("not the cleaver, the scale"), its attribute ("copper not gold"), the person it was for ("the
dad, not the girl") or the whole instruction ("i didn't want it gone, i wanted it moved") expects that
edit made again from its parent with the corrected instruction (`_fix`); one that names an older edit
of a longer session expects that edit made again (`_fix_round`). Retries ("another one", "new seed")
expect the last edit again, and "more", "stronger", "less", "subtler" with the strength changed. The
look-alikes: new edits that start with "no", "also", "actually" or "sorry" (an edit on top), praise
and talk that start with "no" or "not" ("no notes", "not bad"), complaints that ask for nothing
(talk), vague dislike that names nothing (one short question), rejections that ask for the old version
(undo), and corrections or retries with nothing to correct (one question). Typed like people type:
typos, lowercase, slang, emoji, rants, non-native English. Every state has its last round current.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    UPLOAD,
    Calls,
    Dev,
    _edit,
    _fix,
    _fix_round,
    _goto,
    _retry,
    as_cases,
)

BUTCHER = ((None, None), (0, "make the cleaver gold"))
"""A butcher's counter: a cleaver, meat hooks, a string of sausages, a meat scale, price tags, the butcher with a
moustache, a customer in a beret."""
COBBLER = ((None, None), (0, "remove the tin of shoe polish"))
"""A cobbler's bench: a shoe last, an awl, leather offcuts, a spool of thread, a half-soled boot, a small
hammer, the cobbler's half-moon glasses."""
BADMINTON = ((None, None), (0, "give the girl in the visor a pink racket"))
"""Backyard badminton: a girl in a visor, her dad in a tank top, a shuttlecock in the air, a sagging net,
a sun lounger, a lemon tree."""
MECHANIC = ((None, None), (0, "make the hubcaps chrome"), (1, "remove the oil can"))
"""A mechanic's bay with two edits, each on the one before: an old sedan on a jack, hubcaps, a creeper
board, a wrench rack, an oil can, a pin-up calendar, the mechanic in overalls."""
CALLIGRAPHY = (
    (None, None),
    (0, "make the ink red"),
    (1, "add a plum blossom on the scroll"),
    (2, "remove the paperweight"),
)
"""A calligraphy table with three edits, each on the one before: a brush, an ink stone, a scroll, a brass
paperweight, a brush rest, a tea bowl, an open window."""
GEYSER = ((None, None), (0, "remove the tourist with the map"))
"""Tourists at a geyser: the steam plume, a wooden railing, a tourist with a map, a kid on shoulders, a man
in a red poncho, a bison far away, a bubbling hot spring."""
OSTRICH = ((None, None), (0, "give the keeper with the beard a straw hat"))
"""An ostrich paddock: two ostriches, a clutch of eggs, a feed bucket, a keeper with a beard, a young
keeper with a ponytail, a wire fence."""
TAROT = ((None, None), (0, "make the tablecloth purple"))
"""A tarot reader's table: tarot cards, a crystal ball, an incense stick, a tablecloth, the reader's
rings, a brass bell, a beaded curtain behind."""
PRETZEL = ((None, None), (0, "make the awning red and white striped"), (1, "add a big pretzel sign"))
"""A pretzel stand with two edits, each on the one before: pretzels on pegs, a mustard pot, the vendor in
a paper hat, an awning, a chalk menu, a queue of customers."""
SPRINKLER = ((None, None), (0, "add a rainbow in the spray"))
"""Kids in a lawn sprinkler: twin boys in swim trunks, the sprinkler, a garden hose, a water gun, a
folding lawn chair, a hedge behind."""
LOCKSMITH = ((None, None), (0, "make the padlocks red"))
"""A locksmith's shop: a wall of key blanks, a key-cutting machine, padlocks, the locksmith in a cardigan,
a bowl of keyrings, a shop bell."""
BUTCHER_FIXED = (*BUTCHER, (0, "make the meat scale gold"))
"""The butcher's counter after an object correction: round 2 beside round 1."""
TAROT_FIXED = (*TAROT, (0, "make the tablecloth dark green"))
"""The tarot table after a colour correction: round 2 beside round 1."""


def _instead(index: int, *instructions: str) -> Calls:
    """Revert to round `index`, then edit there."""
    return (*_goto(index), *_edit(*instructions))


OBJECT: tuple[Dev, ...] = (
    (
        "not the cleaver, the scale",
        False,
        BUTCHER,
        "correction",
        _fix("make the scale gold", "make the meat scale gold"),
    ),
    ("no the sausages", False, BUTCHER, "correction", _fix("make the sausages gold")),
    ("wrong one lol i meant the price tags", False, BUTCHER, "correction", _fix("make the price tags gold")),
    ("the hooks!! not the cleaver", False, BUTCHER, "correction", _fix("make the hooks gold")),
    ("i ment the scale not cleaver", False, BUTCHER, "correction", _fix("make the scale gold")),
    ("u took the polish?? it was the thread spool", False, COBBLER, "correction", _fix("remove the thread spool")),
    ("no, the leather offcuts", False, COBBLER, "correction", _fix("remove the leather offcuts")),
    ("not the polish, the awl", False, COBBLER, "correction", _fix("remove the awl")),
    ("the hammer was supposed to go, not the tin", False, COBBLER, "correction", _fix("remove the hammer")),
    ("i said the boot", False, COBBLER, "correction", _fix("remove the boot", "remove the half-soled boot")),
    (
        "ahh not the oil can, the calendar",
        False,
        MECHANIC,
        "correction",
        _fix("remove the calendar", "remove the pin-up calendar"),
    ),
    ("wrong thing removed, the creeper board", False, MECHANIC, "correction", _fix("remove the creeper board")),
    ("i meant the wrench rack", False, MECHANIC, "correction", _fix("remove the wrench rack")),
    ("the tea bowl not the paperweight", False, CALLIGRAPHY, "correction", _fix("remove the tea bowl")),
    ("no, the brush rest", False, CALLIGRAPHY, "correction", _fix("remove the brush rest")),
    (
        "i said the kid on the shoulders, not the map guy",
        False,
        GEYSER,
        "correction",
        _fix("remove the kid on the shoulders", "remove the kid on shoulders"),
    ),
    ("the bison!! not the tourist", False, GEYSER, "correction", _fix("remove the bison")),
    ("not him, the railing", False, GEYSER, "correction", _fix("remove the railing", "remove the wooden railing")),
    ("wrong one, the crystal ball", False, TAROT, "correction", _fix("make the crystal ball purple")),
    (
        "the curtain i meant, not the tablecloth",
        False,
        TAROT,
        "correction",
        _fix("make the curtain purple", "make the beaded curtain purple"),
    ),
    ("noo the cards", False, TAROT, "correction", _fix("make the cards purple", "make the tarot cards purple")),
    ("the bell, sorry", False, TAROT, "correction", _fix("make the bell purple", "make the brass bell purple")),
    (
        "not the pretzel sign, a mustard bottle",
        False,
        PRETZEL,
        "correction",
        _fix("add a big mustard bottle", "add a mustard bottle"),
    ),
    (
        "i meant a price sign not a pretzel one",
        False,
        PRETZEL,
        "correction",
        _fix("add a big price sign", "add a price sign"),
    ),
    (
        "no, in the hose spray not the sprinkler",
        False,
        SPRINKLER,
        "correction",
        _fix("add a rainbow in the hose spray"),
    ),
    ("the water gun one i meant", False, SPRINKLER, "correction", _fix("add a rainbow in the water gun spray")),
    ("not the padlocks, the keyrings", False, LOCKSMITH, "correction", _fix("make the keyrings red")),
    (
        "the machine!! i meant the key cutting machine",
        False,
        LOCKSMITH,
        "correction",
        _fix("make the key cutting machine red", "make the key-cutting machine red"),
    ),
    ("ugh the shop bell not the locks", False, LOCKSMITH, "correction", _fix("make the shop bell red")),
    (
        "ostriches not keeper lol",
        False,
        OSTRICH,
        "correction",
        _fix("give the ostriches a straw hat", "give the ostriches straw hats"),
    ),
    ("i wanted the jack gone, not the oil can", False, MECHANIC, "correction", _fix("remove the jack")),
    ("the scale i meant 😅", False, BUTCHER, "correction", _fix("make the scale gold")),
    ("🤦 the awl", False, COBBLER, "correction", _fix("remove the awl")),
    ("still wrong, the price tags", False, BUTCHER_FIXED, "correction", _fix("make the price tags gold")),
    ("not the scale either!!! the hooks", False, BUTCHER_FIXED, "correction", _fix("make the hooks gold")),
    ("its the net i wanted pink not a racket for her", False, BADMINTON, "correction", _fix("make the net pink")),
)
"""The last edit was right but for what it changed, removed or put something on."""

PEOPLE: tuple[Dev, ...] = (
    (
        "not her, her dad",
        False,
        BADMINTON,
        "correction",
        _fix("give her dad a pink racket", "give the dad a pink racket", "give the dad in the tank top a pink racket"),
    ),
    (
        "the dad, not the girl",
        False,
        BADMINTON,
        "correction",
        _fix("give the dad a pink racket", "give the dad in the tank top a pink racket"),
    ),
    (
        "wrong person, the guy in the tank top",
        False,
        BADMINTON,
        "correction",
        _fix("give the guy in the tank top a pink racket"),
    ),
    (
        "not the bearded one, the young keeper",
        False,
        OSTRICH,
        "correction",
        _fix("give the young keeper a straw hat", "give the young keeper with the ponytail a straw hat"),
    ),
    (
        "the one with the ponytail!!",
        False,
        OSTRICH,
        "correction",
        _fix("give the one with the ponytail a straw hat", "give the keeper with the ponytail a straw hat"),
    ),
    (
        "her not him",
        False,
        OSTRICH,
        "correction",
        _fix(
            "give her a straw hat", "give the young keeper a straw hat", "give the keeper with the ponytail a straw hat"
        ),
    ),
    ("wrong tourist, the one with the kid", False, GEYSER, "correction", _fix("remove the tourist with the kid")),
    (
        "not the map guy, the woman next to him",
        False,
        GEYSER,
        "correction",
        _fix("remove the woman next to him", "remove the woman next to the tourist with the map"),
    ),
    (
        "is not the father, is the daughter i want with pink racket",
        False,
        BADMINTON,
        "correction",
        _fix("give the daughter a pink racket", "give the girl a pink racket"),
    ),
    (
        "the guy with the beard?? no i meant the other keeper",
        False,
        OSTRICH,
        "correction",
        _fix(
            "give the other guy a straw hat", "give the other keeper a straw hat", "give the young keeper a straw hat"
        ),
    ),
    (
        "the padlocks were fine lol, i meant his cardigan",
        False,
        LOCKSMITH,
        "correction",
        _fix("make his cardigan red", "make the locksmith's cardigan red"),
    ),
    (
        "not the map guy, the one in the red poncho",
        False,
        GEYSER,
        "correction",
        _fix("remove the one in the red poncho", "remove the man in the red poncho"),
    ),
    (
        "the man in the poncho i meant, leave the map guy",
        False,
        GEYSER,
        "correction",
        _fix("remove the man in the poncho", "remove the man in the red poncho"),
    ),
    (
        "wrong keeper 🙈 the young one",
        False,
        OSTRICH,
        "correction",
        _fix("give the young keeper a straw hat", "give the young one a straw hat"),
    ),
    (
        "the girl is fine without, her dad needs the racket",
        False,
        BADMINTON,
        "correction",
        _fix("give her dad a pink racket", "give the dad a pink racket"),
    ),
    (
        "the kid, not the tourist!",
        False,
        GEYSER,
        "correction",
        _fix("remove the kid", "remove the kid on shoulders", "remove the kid on the shoulders"),
    ),
)
"""The last edit was for the wrong person: the same edit for the one meant."""

ATTRIBUTE: tuple[Dev, ...] = (
    ("copper not gold", False, BUTCHER, "correction", _fix("make the cleaver copper")),
    ("i said silver", False, BUTCHER, "correction", _fix("make the cleaver silver")),
    ("gold?? i wanted rose gold", False, BUTCHER, "correction", _fix("make the cleaver rose gold")),
    ("more of a brass", False, BUTCHER, "correction", _fix("make the cleaver brass")),
    ("actually make it bronze instead", False, BUTCHER, "correction", _fix("make the cleaver bronze")),
    ("a blue racket, not pink", False, BADMINTON, "correction", _fix("give the girl in the visor a blue racket")),
    (
        "hot pink i said, this is baby pink",
        False,
        BADMINTON,
        "correction",
        _fix("give the girl in the visor a hot pink racket"),
    ),
    (
        "not a racket, a trophy",
        False,
        BADMINTON,
        "correction",
        _fix("give the girl in the visor a pink trophy", "give the girl in the visor a trophy"),
    ),
    ("gold hubcaps, not chrome", False, MECHANIC, "correction", _fix_round(1, "make the hubcaps gold")),
    ("the ink should be blue not red", False, CALLIGRAPHY, "correction", _fix_round(1, "make the ink blue")),
    ("not purple, midnight blue", False, TAROT, "correction", _fix("make the tablecloth midnight blue")),
    ("hmm no, deep plum", False, TAROT, "correction", _fix("make the tablecloth deep plum")),
    ("thats lilac i wanted dark purple", False, TAROT, "correction", _fix("make the tablecloth dark purple")),
    (
        "darker purple than that",
        False,
        TAROT,
        "correction",
        _fix("make the tablecloth darker purple", "make the tablecloth dark purple"),
    ),
    ("velvet black would be better, not purple", False, TAROT, "correction", _fix("make the tablecloth velvet black")),
    ("no not green, black", False, TAROT_FIXED, "correction", _fix("make the tablecloth black")),
    (
        "closer but more emerald",
        False,
        TAROT_FIXED,
        "correction",
        _fix("make the tablecloth emerald", "make the tablecloth more emerald"),
    ),
    (
        "green and white stripes, not red",
        False,
        PRETZEL,
        "correction",
        _fix_round(1, "make the awning green and white striped"),
    ),
    ("a small sign i said, not a giant one", False, PRETZEL, "correction", _fix("add a small pretzel sign")),
    (
        "a neon sign not a wooden one",
        False,
        PRETZEL,
        "correction",
        _fix("add a big neon pretzel sign", "add a neon pretzel sign"),
    ),
    (
        "a double rainbow pls not a single one",
        False,
        SPRINKLER,
        "correction",
        _fix("add a double rainbow in the spray"),
    ),
    (
        "a faint rainbow i meant, not this cartoon thing",
        False,
        SPRINKLER,
        "correction",
        _fix("add a faint rainbow in the spray"),
    ),
    ("fire engine red, these are maroon", False, LOCKSMITH, "correction", _fix("make the padlocks fire engine red")),
    ("i wanted them brass, not red", False, LOCKSMITH, "correction", _fix("make the padlocks brass")),
    ("not red, yellow", False, LOCKSMITH, "correction", _fix("make the padlocks yellow")),
    ("a cowboy hat, not straw", False, OSTRICH, "correction", _fix("give the keeper with the beard a cowboy hat")),
    (
        "a straw hat with a red ribbon i meant",
        False,
        OSTRICH,
        "correction",
        _fix("give the keeper with the beard a straw hat with a red ribbon"),
    ),
    ("actually gunmetal instead", False, MECHANIC, "correction", _fix_round(1, "make the hubcaps gunmetal")),
    (
        "a cherry blossom, not plum",
        False,
        CALLIGRAPHY,
        "correction",
        _fix_round(2, "add a cherry blossom on the scroll"),
    ),
    (
        "is wrong colour, i want more like antique gold",
        False,
        BUTCHER,
        "correction",
        _fix("make the cleaver antique gold"),
    ),
    ("teal 🩵 not pink", False, BADMINTON, "correction", _fix("give the girl in the visor a teal racket")),
    (
        "orange-ish pls, not red",
        False,
        LOCKSMITH,
        "correction",
        _fix("make the padlocks orange-ish", "make the padlocks orangeish"),
    ),
    ("sry i meant matte black", False, LOCKSMITH, "correction", _fix("make the padlocks matte black")),
    ("lavender, never said purple", False, TAROT, "correction", _fix("make the tablecloth lavender")),
)
"""The last edit (or the older one it names) was right but for a colour, size or kind."""

WHOLE: tuple[Dev, ...] = (
    ("no i wanted the cleaver removed not painted", False, BUTCHER, "correction", _fix("remove the cleaver")),
    (
        "i didnt say paint it, i said hang it on the wall",
        False,
        BUTCHER,
        "correction",
        _fix("hang the cleaver on the wall", "hang it on the wall"),
    ),
    (
        "thats not what i asked, i wanted the polish moved to the shelf",
        False,
        COBBLER,
        "correction",
        _fix("move the tin of shoe polish to the shelf", "move the polish to the shelf"),
    ),
    (
        "you misunderstood, i wanted the polish tin shinier not gone",
        False,
        COBBLER,
        "correction",
        _fix("make the tin of shoe polish shinier", "make the polish tin shinier"),
    ),
    (
        "nope, i wanted the girl to hold the shuttlecock",
        False,
        BADMINTON,
        "correction",
        _fix("make the girl hold the shuttlecock"),
    ),
    ("scrap that, fix the saggy net instead", False, BADMINTON, "correction", _fix("fix the saggy net")),
    (
        "i wanted the plume taller, not the tourist gone",
        False,
        GEYSER,
        "correction",
        _fix("make the plume taller", "make the steam plume taller"),
    ),
    (
        "not remove him, just blur his face",
        False,
        GEYSER,
        "correction",
        _fix("blur his face", "blur the face of the tourist with the map"),
    ),
    (
        "no, i wanted a hat for the ostrich lol not the keeper",
        False,
        OSTRICH,
        "correction",
        _fix("give the ostrich a straw hat"),
    ),
    (
        "i didnt want a colour, i wanted the tablecloth taken off",
        False,
        TAROT,
        "correction",
        _fix("remove the tablecloth", "take off the tablecloth"),
    ),
    (
        "that's not it, i wanted more smoke from the incense",
        False,
        TAROT,
        "correction",
        _fix("add more smoke from the incense"),
    ),
    (
        "no, i wanted the queue gone not a sign",
        False,
        PRETZEL,
        "correction",
        _fix("remove the queue", "remove the queue of customers"),
    ),
    (
        "you misread me, put steam on the pretzels",
        False,
        PRETZEL,
        "correction",
        _fix("put steam on the pretzels", "add steam on the pretzels"),
    ),
    (
        "i never said rainbow, i said make the spray sparkle",
        False,
        SPRINKLER,
        "correction",
        _fix("make the spray sparkle"),
    ),
    ("no i wanted the water gun removed", False, SPRINKLER, "correction", _fix("remove the water gun")),
    ("not paint them, i wanted the padlocks gone", False, LOCKSMITH, "correction", _fix("remove the padlocks")),
    (
        "sorry my mistake, i wanted the wall of keys sharper",
        False,
        LOCKSMITH,
        "correction",
        _fix("make the wall of keys sharper", "sharpen the wall of keys"),
    ),
    (
        "no the paperweight can stay, i wanted the window closed",
        False,
        CALLIGRAPHY,
        "correction",
        _fix("close the window", "close the open window"),
    ),
    (
        "that's not what i meant, i wanted the oil can cleaned not removed",
        False,
        MECHANIC,
        "correction",
        _fix("clean the oil can"),
    ),
    ("actually make the cleaver bigger instead", False, BUTCHER, "correction", _fix("make the cleaver bigger")),
)
"""The last edit was the wrong instruction altogether: the right one made from the same round."""

OLDER: tuple[Dev, ...] = (
    (
        "the hubcaps were meant to be black not chrome",
        False,
        MECHANIC,
        "correction",
        _fix_round(1, "make the hubcaps black"),
    ),
    (
        "the chrome was for the bumper, not the hubcaps",
        False,
        MECHANIC,
        "correction",
        _fix_round(1, "make the bumper chrome"),
    ),
    (
        "the ink was supposed to be black with gold, not red",
        False,
        CALLIGRAPHY,
        "correction",
        _fix_round(1, "make the ink black with gold"),
    ),
    ("the red was for the brush not the ink", False, CALLIGRAPHY, "correction", _fix_round(1, "make the brush red")),
    (
        "the blossom should be on the window, not the scroll",
        False,
        CALLIGRAPHY,
        "correction",
        _fix_round(2, "add a plum blossom on the window"),
    ),
    (
        "the plum blossom was meant to be pink and small",
        False,
        CALLIGRAPHY,
        "correction",
        _fix_round(2, "add a small pink plum blossom on the scroll"),
    ),
    (
        "the awning should be blue and white, not red",
        False,
        PRETZEL,
        "correction",
        _fix_round(1, "make the awning blue and white striped"),
    ),
    (
        "the stripes were meant for the vendor's hat, not the awning",
        False,
        PRETZEL,
        "correction",
        _fix_round(1, "make the vendor's hat red and white striped", "make the paper hat red and white striped"),
    ),
    (
        "wait the hubcaps should have been white walls",
        False,
        MECHANIC,
        "correction",
        _fix_round(1, "make the hubcaps white walls", "give the tyres white walls"),
    ),
    (
        "i said the ink blue back at the start, not red",
        False,
        CALLIGRAPHY,
        "correction",
        _fix_round(1, "make the ink blue"),
    ),
    (
        "the awning was supposed to be plain yellow",
        False,
        PRETZEL,
        "correction",
        _fix_round(1, "make the awning plain yellow"),
    ),
)
"""A correction that names an older edit than the last: that edit made again from its parent."""

INSTEAD: tuple[Dev, ...] = (
    ("undo that and make the scale gold instead", False, BUTCHER, "correction", _instead(0, "make the scale gold")),
    ("revert and remove the awl", False, COBBLER, "correction", _instead(0, "remove the awl")),
    ("go back one and give the dad the racket", False, BADMINTON, "correction", _instead(0, "give the dad the racket")),
    (
        "undo the last one and remove the tea bowl instead",
        False,
        CALLIGRAPHY,
        "correction",
        _instead(2, "remove the tea bowl"),
    ),
)
"""'Undo that and make X': a revert, then the new edit from the round before the rejected one."""

RETRY: tuple[Dev, ...] = (
    ("try again", False, BUTCHER, "retry", _retry()),
    ("another one", False, SPRINKLER, "retry", _retry()),
    ("new seed pls", False, TAROT, "retry", _retry()),
    ("reroll it", False, LOCKSMITH, "retry", _retry()),
    ("give me another version of that", False, OSTRICH, "retry", _retry()),
    ("meh do it again", False, GEYSER, "retry", _retry()),
    ("try one more time pls the hat looks pasted on", False, OSTRICH, "retry", _retry()),
    ("again? the cleaver looks melted", False, BUTCHER, "retry", _retry()),
    ("same thing again but different", False, COBBLER, "retry", _retry()),
    ("do it again w a different seed", False, BADMINTON, "retry", _retry()),
    ("one more go at the sign", False, PRETZEL, "retry", _retry()),
    ("can u redo that, the blossom looks like a smudge", False, CALLIGRAPHY, "retry", _retry()),
    ("try again, the edges around the tin are weird", False, COBBLER, "retry", _retry()),
    ("the rainbow looks fake, another try pls", False, SPRINKLER, "retry", _retry()),
    ("again 🎲", False, LOCKSMITH, "retry", _retry()),
    ("roll again", False, TAROT, "retry", _retry()),
    ("pls try againnn", False, GEYSER, "retry", _retry()),
    ("once more with feeling lol", False, BADMINTON, "retry", _retry()),
    ("let's see another take on that", False, MECHANIC, "retry", _retry()),
    ("can you please try again, i see a ghost where the tourist was", False, GEYSER, "retry", _retry()),
    ("different result pls, same idea", False, BUTCHER, "retry", _retry()),
    ("other variation please", False, TAROT, "retry", _retry()),
    ("hmm try again maybe", False, PRETZEL, "retry", _retry()),
    ("not quite, have another go", False, SPRINKLER, "retry", _retry()),
    ("give it one more shot, the racket is floating", False, BADMINTON, "retry", _retry()),
    ("please make again, is not looking natural", False, OSTRICH, "retry", _retry()),
    ("retry that", False, CALLIGRAPHY, "retry", _retry()),
    ("gimme another", False, LOCKSMITH, "retry", _retry()),
    ("another seed", False, COBBLER, "retry", _retry()),
    ("again pls 🙏", False, MECHANIC, "retry", _retry()),
)
"""The last edit again with a new seed."""

STRENGTH: tuple[Dev, ...] = (
    ("more", False, SPRINKLER, "retry", _retry("stronger")),
    ("less", False, TAROT, "retry", _retry("weaker")),
    ("stronger", False, BUTCHER, "retry", _retry("stronger")),
    ("weaker pls", False, LOCKSMITH, "retry", _retry("weaker")),
    ("more gold!!", False, BUTCHER, "retry", _retry("stronger")),
    ("the gold is way too bling, tone it down", False, BUTCHER, "retry", _retry("weaker")),
    ("less purple", False, TAROT, "retry", _retry("weaker")),
    ("purpler", False, TAROT, "retry", _retry("stronger")),
    ("the purple is barely there, push it", False, TAROT, "retry", _retry("stronger")),
    ("way too red lol", False, LOCKSMITH, "retry", _retry("weaker")),
    ("redder pls", False, LOCKSMITH, "retry", _retry("stronger")),
    ("the rainbow is too strong, subtler", False, SPRINKLER, "retry", _retry("weaker")),
    ("i can hardly see the rainbow, stronger", False, SPRINKLER, "retry", _retry("stronger")),
    ("a bit less", False, SPRINKLER, "retry", _retry("weaker")),
    ("again but more", False, BADMINTON, "retry", _retry("stronger")),
    ("again but less", False, LOCKSMITH, "retry", _retry("weaker")),
    ("pinker racket", False, BADMINTON, "retry", _retry("stronger")),
    ("too much pink, ease off", False, BADMINTON, "retry", _retry("weaker")),
    ("crank it up", False, TAROT, "retry", _retry("stronger")),
    ("turn it down a notch", False, TAROT, "retry", _retry("weaker")),
    ("go harder on it", False, SPRINKLER, "retry", _retry("stronger")),
    ("too subtle, more please", False, LOCKSMITH, "retry", _retry("stronger")),
    ("too intense, less please", False, BUTCHER, "retry", _retry("weaker")),
    ("try again but stronger", False, TAROT, "retry", _retry("stronger")),
    ("do it again a little weaker", False, BUTCHER, "retry", _retry("weaker")),
    ("more more more 🔥", False, SPRINKLER, "retry", _retry("stronger")),
    ("less is more lol, tone it down", False, LOCKSMITH, "retry", _retry("weaker")),
    ("the red is to much, more soft", False, LOCKSMITH, "retry", _retry("weaker")),
    ("not enough gold", False, BUTCHER, "retry", _retry("stronger")),
    ("its too saturated", False, TAROT, "retry", _retry("weaker")),
    ("more vivid pls", False, LOCKSMITH, "retry", _retry("stronger")),
)
"""The last edit again, stronger or weaker."""

NOTHING_YET: tuple[Dev, ...] = (
    ("try again", False, UPLOAD, "clarify", ()),
    ("another one", False, UPLOAD, "clarify", ()),
    ("less", False, UPLOAD, "clarify", ()),
    ("more pls", False, UPLOAD, "clarify", ()),
    ("not the cleaver, the scale", False, UPLOAD, "clarify", ()),
    ("copper not gold", False, UPLOAD, "clarify", ()),
    ("i meant the awl", False, UPLOAD, "clarify", ()),
    ("new seed", False, UPLOAD, "clarify", ()),
    ("stronger", False, UPLOAD, "clarify", ()),
    ("not her, her dad", False, UPLOAD, "clarify", ()),
    ("no, the other one", False, TAROT, "clarify", ()),
    ("wrong one", False, LOCKSMITH, "clarify", ()),
    ("not that", False, BUTCHER, "clarify", ()),
    ("actually make the padlocks blue instead", False, UPLOAD, "edit", _edit("make the padlocks blue")),
    ("no wait, remove the crystal ball", False, UPLOAD, "edit", _edit("remove the crystal ball")),
)
"""Corrections and retries with nothing to correct, or that name nothing: one question (or a plain edit)."""

NEW_EDITS: tuple[Dev, ...] = (
    ("no that's great, now remove the price tags", False, BUTCHER, "edit", _edit("remove the price tags")),
    ("also the scale", False, BUTCHER, "edit", _edit("make the scale gold")),
    ("the sausages too pls", False, BUTCHER, "edit", _edit("make the sausages gold")),
    ("actually also give the butcher a bow tie", False, BUTCHER, "edit", _edit("give the butcher a bow tie")),
    ("no notes! remove the awl too", False, COBBLER, "edit", _edit("remove the awl")),
    ("nope all good, now make the thread red", False, COBBLER, "edit", _edit("make the thread red")),
    ("also blur the background pls", False, COBBLER, "edit", _edit("blur the background")),
    ("no wait, also add a shuttlecock on the grass", False, BADMINTON, "edit", _edit("add a shuttlecock on the grass")),
    ("and her dad too", False, BADMINTON, "edit", _edit("give her dad a pink racket", "give the dad a pink racket")),
    ("actually now fix the saggy net", False, BADMINTON, "edit", _edit("fix the saggy net")),
    ("sorry one more: remove the jack", False, MECHANIC, "edit", _edit("remove the jack")),
    ("no complaints. take down the calendar", False, MECHANIC, "edit", _edit("take down the calendar")),
    ("also remove the brush rest", False, CALLIGRAPHY, "edit", _edit("remove the brush rest")),
    ("not done yet: add steam over the tea bowl", False, CALLIGRAPHY, "edit", _edit("add steam over the tea bowl")),
    ("no its good, now remove the bison", False, GEYSER, "edit", _edit("remove the bison")),
    ("the kid on the shoulders too", False, GEYSER, "edit", _edit("remove the kid on the shoulders")),
    ("actually make the steam taller", False, GEYSER, "edit", _edit("make the steam taller")),
    ("the young keeper too", False, OSTRICH, "edit", _edit("give the young keeper a straw hat")),
    ("no, love it. add a third ostrich", False, OSTRICH, "edit", _edit("add a third ostrich")),
    ("also the curtain", False, TAROT, "edit", _edit("make the curtain purple", "make the beaded curtain purple")),
    ("nope perfect. make the crystal ball glow", False, TAROT, "edit", _edit("make the crystal ball glow")),
    ("not bad! now add more smoke from the incense", False, TAROT, "edit", _edit("add more smoke from the incense")),
    ("also put a price on the sign", False, PRETZEL, "edit", _edit("put a price on the sign")),
    ("no that's perfect, remove the queue", False, PRETZEL, "edit", _edit("remove the queue")),
    ("actually also remove the hose", False, SPRINKLER, "edit", _edit("remove the hose", "remove the garden hose")),
    ("the water gun too", False, SPRINKLER, "edit", _edit("add a rainbow in the water gun spray")),
    ("no thats fine, make the cardigan green", False, LOCKSMITH, "edit", _edit("make the cardigan green")),
    ("also the keyrings", False, LOCKSMITH, "edit", _edit("make the keyrings red")),
    ("sorry forgot, remove the shop bell", False, LOCKSMITH, "edit", _edit("remove the shop bell")),
    ("yes the scale! now the hooks too", False, BUTCHER_FIXED, "edit", _edit("make the hooks gold")),
    (
        "finally the right one. now make the sausages gold too",
        False,
        BUTCHER_FIXED,
        "edit",
        _edit("make the sausages gold"),
    ),
    ("no i love it, add a tarot card on the floor", False, TAROT_FIXED, "edit", _edit("add a tarot card on the floor")),
    ("more sausages on the hooks pls", False, BUTCHER, "edit", _edit("add more sausages on the hooks")),
    ("more customers in the queue", False, PRETZEL, "edit", _edit("add more customers in the queue")),
    (
        "less clutter on the bench, remove the offcuts",
        False,
        COBBLER,
        "edit",
        _edit("remove the offcuts", "remove the leather offcuts"),
    ),
)
"""New edits that start like corrections or retries ('no', 'also', 'actually', 'more X'): an edit on top."""

PRAISE: tuple[Dev, ...] = (
    ("no notes, its perfect", False, BUTCHER, "talk", ()),
    ("nope all good 👍", False, COBBLER, "talk", ()),
    ("not bad at all", False, BADMINTON, "talk", ()),
    ("no worries, that's exactly it", False, LOCKSMITH, "talk", ()),
    ("the gold cleaver is sooo good", False, BUTCHER, "talk", ()),
    ("omg the racket is perfect she'll love it", False, BADMINTON, "talk", ()),
    ("finally the right one 🙌", False, BUTCHER_FIXED, "talk", ()),
    ("yesss that's the green i meant", False, TAROT_FIXED, "talk", ()),
    ("the rainbow is magical", False, SPRINKLER, "talk", ()),
    ("love the red padlocks", False, LOCKSMITH, "talk", ()),
    ("chrome hubcaps look sick", False, MECHANIC, "talk", ()),
    ("the blossom is so delicate, wow", False, CALLIGRAPHY, "talk", ()),
    ("the keeper looks hilarious in that hat 😂", False, OSTRICH, "talk", ()),
    ("purple was the right call", False, TAROT, "talk", ()),
    ("you didnt even leave a mark where the tourist was, impressive", False, GEYSER, "talk", ()),
    ("no complaints here", False, PRETZEL, "talk", ()),
    ("not what i expected but i like it", False, SPRINKLER, "talk", ()),
    ("it's perfect, no need to redo", False, COBBLER, "talk", ()),
    ("thx, no more changes", False, MECHANIC, "talk", ()),
    ("no more edits today, thanks!", False, TAROT, "talk", ()),
)
"""Praise and talk that start like corrections or retries: nothing to do."""

COMPLAINTS: tuple[Dev, ...] = (
    ("ugh this took forever to load", False, BUTCHER, "talk", ()),
    ("my wifi is so bad today sorry", False, COBBLER, "talk", ()),
    ("my daughter says the racket is ugly but she's 9 so", False, BADMINTON, "talk", ()),
    ("the app froze twice on my phone", False, LOCKSMITH, "talk", ()),
    ("i wish i'd taken this photo in better light", False, GEYSER, "talk", ()),
    ("the ostrich pecked me right after this lol", False, OSTRICH, "talk", ()),
    ("tarot readings are a scam anyway", False, TAROT, "talk", ()),
    ("the pretzels were stale that day tbh", False, PRETZEL, "talk", ()),
    ("the kids got soaked and cried after", False, SPRINKLER, "talk", ()),
    ("my mechanic charged me way too much that day", False, MECHANIC, "talk", ()),
)
"""Complaints about other things that ask for nothing: answered in words."""

VAGUE: tuple[Dev, ...] = (
    ("hmm not loving it", False, BUTCHER, "clarify", ()),
    ("idk something's off", False, COBBLER, "clarify", ()),
    ("meh", False, BADMINTON, "clarify", ()),
    ("it's not quite right", False, LOCKSMITH, "clarify", ()),
    ("that's not what i pictured", False, TAROT, "clarify", ()),
    ("hmm no", False, SPRINKLER, "clarify", ()),
    ("not it", False, GEYSER, "clarify", ()),
    ("close but not there yet", False, OSTRICH, "clarify", ()),
    ("something about the hat bugs me", False, OSTRICH, "clarify", ()),
    ("doesnt feel right", False, CALLIGRAPHY, "clarify", ()),
    ("not sure about this one", False, PRETZEL, "clarify", ()),
    ("eh, kinda weird", False, MECHANIC, "clarify", ()),
    ("the gold looks off somehow", False, BUTCHER, "clarify", ()),
    ("hmm the sign", False, PRETZEL, "clarify", ()),
    ("not really what i had in mind tbh", False, BADMINTON, "clarify", ()),
    ("nah", False, LOCKSMITH, "clarify", ()),
)
"""Vague dislike that names nothing to change: one short question."""

UNDO: tuple[Dev, ...] = (
    ("ugh that's worse, go back", False, BUTCHER, "undo", _goto(0)),
    ("put the tin back", False, COBBLER, "undo", _goto(0)),
    ("nah the old one was nicer", False, TAROT, "undo", _goto(0)),
    ("no bring back the tourist, undo", False, GEYSER, "undo", _goto(0)),
    ("undo the paperweight thing", False, CALLIGRAPHY, "undo", _goto(2)),
    ("put the oil can back", False, MECHANIC, "undo", _goto(1)),
    ("ew no take the sign off", False, PRETZEL, "undo", _goto(1)),
    ("that rainbow ruined it, undo", False, SPRINKLER, "undo", _goto(0)),
    ("no, undo the green, purple was better", False, TAROT_FIXED, "undo", _goto(1)),
    ("revert that pls", False, LOCKSMITH, "undo", _goto(0)),
)
"""Rejections that ask for the version before back: undo, not a correction."""

RAMBLY: tuple[Dev, ...] = (
    (
        "ok so i know i said gold but looking at it now the whole counter is yellow, can we do copper instead",
        False,
        BUTCHER,
        "correction",
        _fix("make the cleaver copper"),
    ),
    (
        "honestly every time. i said the SCALE. the cleaver is fine leave the cleaver alone",
        False,
        BUTCHER,
        "correction",
        _fix("make the scale gold", "make the meat scale gold"),
    ),
    (
        "sorry to bother but could it be the awl that goes instead of the polish? my bad",
        False,
        COBBLER,
        "correction",
        _fix("remove the awl"),
    ),
    (
        "my brother says the racket was supposed to be for HIM not our niece 🙄 he's the guy in the tank top",
        False,
        BADMINTON,
        "correction",
        _fix("give the guy in the tank top a pink racket", "give him a pink racket"),
    ),
    (
        "thank you but i think i explained badly, the red stripes were for the vendor's paper hat and not the awning",
        False,
        PRETZEL,
        "correction",
        _fix_round(1, "make the vendor's paper hat red and white striped", "make the paper hat red and white striped"),
    ),
    (
        "hmm its nice but the rainbow feels cheesy, could u try again with a new seed maybe it comes out softer",
        False,
        SPRINKLER,
        "retry",
        _retry(),
    ),
    (
        "the padlocks look like plastic toys now, tone it down a bit so they still look like metal",
        False,
        LOCKSMITH,
        "retry",
        _retry("weaker"),
    ),
    (
        "i mean the hat is there but you can barely see it, can you make it more obvious",
        False,
        OSTRICH,
        "retry",
        _retry("stronger"),
    ),
    (
        "okay the tourist is gone which is great, now i noticed the bison too, can that go as well",
        False,
        GEYSER,
        "edit",
        _edit("remove the bison"),
    ),
    (
        "no no thats perfect i was just surprised how fast it was lol, my old app took minutes",
        False,
        TAROT,
        "talk",
        (),
    ),
    (
        "not gonna lie i expected worse, the blossom is lovely, my grandma would approve",
        False,
        CALLIGRAPHY,
        "talk",
        (),
    ),
    (
        "i dont know, maybe it's the light or something, it just doesnt look like what i saw in my head",
        False,
        MECHANIC,
        "clarify",
        (),
    ),
    ("por favor not the cleaver, is the sausages i say", False, BUTCHER, "correction", _fix("make the sausages gold")),
    ("pliz do it again, the hat is flying over him", False, OSTRICH, "retry", _retry()),
    (
        "mais non, not red, is the yellow i want for the locks",
        False,
        LOCKSMITH,
        "correction",
        _fix("make the padlocks yellow"),
    ),
    (
        "sry my fault, purpel was right but the CLOTH under the ball not the table one",
        False,
        TAROT,
        "correction",
        _fix("make the cloth under the ball purple", "make the cloth under the crystal ball purple"),
    ),
)
"""Long, rambly, polite and non-native turns over every kind above."""

FIXES5: tuple[Dev, ...] = (
    *OBJECT,
    *PEOPLE,
    *ATTRIBUTE,
    *WHOLE,
    *OLDER,
    *INSTEAD,
    *RETRY,
    *STRENGTH,
    *NOTHING_YET,
    *NEW_EDITS,
    *PRAISE,
    *COMPLAINTS,
    *VAGUE,
    *UNDO,
    *RAMBLY,
)
"""Every turn of the set, all with the session's last round current."""


def fixes5_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case."""
    return as_cases(FIXES5, "fixes5")
