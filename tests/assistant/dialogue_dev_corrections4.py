"""Development turns that reject what an edit did and say what was meant: corrections, fourth part.

Hand-written for training and tuning the dialogue model (never for measuring it), about scenes no other
set uses (grandma's knitting basket, a Hanukkah table with two edits, a cheese board, a ukulele corner,
board game night, a baby in a high chair, a garden barbecue, a conference talk with three edits, a
ferret's play corner, an airport gate with two edits, a stamp collection). A correction of the last
edit's object ("no the thimble not the yarn", "not him, her", "the OTHER stool"), its colour or kind
("i wanted teal not red", "darker than that", "no, yellow-ish") or the whole instruction ("that's not
what i asked, i wanted the salami gone") expects that edit made again from its parent with the
corrected instruction (`_fix`), never an edit on top of it; a correction that names an older edit in a
longer tree expects that older edit made again (`_fix_round`). They are typed with typos, in non-native
English, with emoji, mid-rant and politely. About a third are look-alikes that must not correct: new
edits that start with "no", "actually" or "sorry" (an edit on top), complaints that ask for the old
version back (undo), talk that starts with "no" or "not" ("no worries", "nope all good", "not bad"),
vague rejections that name nothing (one question) and corrections with nothing to correct.
`CORRECTIONS4`'s states have their last round current; `CORRECTIONS4_MOVED` holds turns whose current
round (first) is an earlier one, after a goto or an undo.
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
    with_moved,
)

KNITTING = ((None, None), (0, "make the yarn red"))
"""Grandma's knitting corner: a wicker basket of yarn, knitting needles, a half-knit sock, a pincushion,
a thimble, reading glasses on a footstool."""
HANUKKAH = ((None, None), (0, "make the menorah silver"), (1, "add a dreidel next to the latkes"))
"""A Hanukkah table with two edits, each on the one before: menorah, latkes, jelly doughnuts, a blue
tablecloth, a napkin holder, grandpa in a kippah."""
CHEESE = ((None, None), (0, "remove the salami"))
"""A cheese board: brie, cheddar, salami, crackers, walnuts, figs, a little knife, a wine glass."""
UKULELE = ((None, None), (0, "make the ukulele yellow"))
"""A music corner: ukulele, metronome, harmonica, songbook, a footstool, a surfer poster."""
GAMENIGHT = ((None, None), (0, "give the guy in the hoodie a party hat"))
"""Board game night: a guy in a hoodie, a bearded man, a woman in a striped top, a boy; meeples, an
hourglass timer, dice, a bag of crisps."""
HIGHCHAIR = ((None, None), (0, "make the bib green"))
"""A baby in a high chair: bib, rattle, peas on the tray, a sippy bottle, the baby's socks, a dad."""
BARBECUE = ((None, None), (0, "make the camping stool on the left blue"))
"""A garden barbecue: grill, tongs, sausages, a cooler, two camping stools, a mustard bottle, an uncle
in a chef's hat."""
KEYNOTE = (
    (None, None),
    (0, "make the projector screen blue"),
    (1, "remove the lanyard from the speaker"),
    (2, "add a plant next to the lectern"),
)
"""A conference talk with three edits, each on the one before: lectern, projector screen, a speaker with
a lanyard and a microphone, a water glass, the audience."""
FERRET = ((None, None), (0, "make the tunnel orange"))
"""A ferret's play corner: ferret, fabric tunnel, ferret hammock, food dish, a kid's sneakers."""
AIRPORT = ((None, None), (0, "make the suitcase red"), (1, "remove the vending machine"))
"""An airport gate with two edits: suitcase, luggage trolley, departure board, vending machine, a plane
outside the window, an escalator."""
STAMPS = ((None, None), (0, "make the album green"))
"""A stamp collection: album, magnifying glass, tweezers, loose stamps, envelopes, a clipboard."""

KNITTING_FIXED = (*KNITTING, (0, "make the yarn teal"))
"""The knitting corner after a colour correction: round 2 beside round 1."""
HIGHCHAIR_FIXED = (*HIGHCHAIR, (0, "make the rattle green"))
"""The high chair after an object correction: round 2 beside round 1."""
HIGHCHAIR_TWICE = (*HIGHCHAIR_FIXED, (0, "make the sippy bottle green"))
"""The high chair after two corrections: rounds 1-3 were all made from the upload."""
FERRET_FIXED = (*FERRET, (0, "make the hammock orange"))
"""The ferret corner after an object correction: round 2 beside round 1."""


def _instead(index: int, *instructions: str) -> Calls:
    """Revert to round `index`, then edit there."""
    return (*_goto(index), *_edit(*instructions))


OBJECT: tuple[Dev, ...] = (
    ("no the thimble not the yarn", False, KNITTING, "correction", _fix("make the thimble red")),
    ("wrong one, the pincushion", False, KNITTING, "correction", _fix("make the pincushion red")),
    ("i said the sock", False, KNITTING, "correction", _fix("make the sock red")),
    ("the needles!! not the yarn", False, KNITTING, "correction", _fix("make the needles red")),
    ("ahh not the wool, the basket", False, KNITTING, "correction", _fix("make the basket red")),
    ("the footstool i meant sorry", False, KNITTING, "correction", _fix("make the footstool red")),
    ("you took the salami?? i meant the cheddar", False, CHEESE, "correction", _fix("remove the cheddar")),
    ("no the knife not the salami", False, CHEESE, "correction", _fix("remove the knife")),
    ("wrong thing gone, it was the wine glass", False, CHEESE, "correction", _fix("remove the wine glass")),
    ("i said the figs", False, CHEESE, "correction", _fix("remove the figs")),
    ("the walnuts had to go, not the salami 😩", False, CHEESE, "correction", _fix("remove the walnuts")),
    ("not the ukulele, the harmonica", False, UKULELE, "correction", _fix("make the harmonica yellow")),
    ("the metronome i meant", False, UKULELE, "correction", _fix("make the metronome yellow")),
    ("no the songbook", False, UKULELE, "correction", _fix("make the songbook yellow")),
    ("ugh the poster not the uke", False, UKULELE, "correction", _fix("make the poster yellow")),
    (
        "not him, her",
        False,
        GAMENIGHT,
        "correction",
        _fix("give her a party hat", "give the woman a party hat", "give the woman in the striped top a party hat"),
    ),
    ("not the hoodie guy, the boy", False, GAMENIGHT, "correction", _fix("give the boy a party hat")),
    (
        "the bearded guy!! not the hoodie one",
        False,
        GAMENIGHT,
        "correction",
        _fix("give the bearded guy a party hat"),
    ),
    (
        "wrong person, the woman in the striped top",
        False,
        GAMENIGHT,
        "correction",
        _fix("give the woman in the striped top a party hat"),
    ),
    ("the rattle, not the bib", False, HIGHCHAIR, "correction", _fix("make the rattle green")),
    ("no no the tray", False, HIGHCHAIR, "correction", _fix("make the tray green")),
    ("i meant his socks", False, HIGHCHAIR, "correction", _fix("make his socks green")),
    ("the sippy bottle not the bib", False, HIGHCHAIR, "correction", _fix("make the sippy bottle green")),
    (
        "the OTHER stool",
        False,
        BARBECUE,
        "correction",
        _fix(
            "make the other stool blue", "make the other camping stool blue", "make the camping stool on the right blue"
        ),
    ),
    (
        "wrong one, the stool on the right",
        False,
        BARBECUE,
        "correction",
        _fix("make the stool on the right blue", "make the camping stool on the right blue"),
    ),
    ("the cooler i meant", False, BARBECUE, "correction", _fix("make the cooler blue")),
    ("not the stool, the uncle's chef hat", False, BARBECUE, "correction", _fix("make the uncle's chef hat blue")),
    ("the grill not the stool", False, BARBECUE, "correction", _fix("make the grill blue")),
    ("not the tunnel, the hammock", False, FERRET, "correction", _fix("make the hammock orange")),
    ("i said the food dish", False, FERRET, "correction", _fix("make the food dish orange")),
    ("the sneakers, not the tunnel lol", False, FERRET, "correction", _fix("make the sneakers orange")),
    ("no the magnifying glass", False, STAMPS, "correction", _fix("make the magnifying glass green")),
    ("the clipboard, not the album", False, STAMPS, "correction", _fix("make the clipboard green")),
    ("envelopes i meant", False, STAMPS, "correction", _fix("make the envelopes green")),
    ("the tweezers not the album!!!", False, STAMPS, "correction", _fix("make the tweezers green")),
    ("not the vending machine, the luggage trolley", False, AIRPORT, "correction", _fix("remove the luggage trolley")),
    ("i said the escalator", False, AIRPORT, "correction", _fix("remove the escalator")),
    ("next to the speaker, not the lectern", False, KEYNOTE, "correction", _fix("add a plant next to the speaker")),
    ("by the screen i meant", False, KEYNOTE, "correction", _fix("add a plant by the screen")),
    (
        "next to the doughnuts, not the latkes",
        False,
        HANUKKAH,
        "correction",
        _fix("add a dreidel next to the doughnuts"),
    ),
    ("in grandpa's hand i meant", False, HANUKKAH, "correction", _fix("add a dreidel in grandpa's hand")),
    ("the crackers, the salami can stay", False, CHEESE, "correction", _fix("remove the crackers")),
    ("not the trolley lol the departure board", False, AIRPORT, "correction", _fix("remove the departure board")),
    ("the loose stamps i meant, not the album", False, STAMPS, "correction", _fix("make the loose stamps green")),
    ("on the bearded man i said", False, GAMENIGHT, "correction", _fix("give the bearded man a party hat")),
    (
        "the dad, not the baby's bib",
        False,
        HIGHCHAIR,
        "correction",
        _fix("make the dad green", "make the dad's shirt green"),
    ),
    ("its the ferret's hammock i wanted orange", False, FERRET, "correction", _fix("make the ferret's hammock orange")),
)
"""The last edit was right but for what it changed, removed or put something on."""

ATTRIBUTE: tuple[Dev, ...] = (
    ("i wanted teal not red", False, KNITTING, "correction", _fix("make the yarn teal")),
    ("more of a burgundy", False, KNITTING, "correction", _fix("make the yarn burgundy")),
    ("ugh that's pink, i said red", False, KNITTING, "correction", _fix("make the yarn red")),
    ("no, mustard yellow", False, KNITTING, "correction", _fix("make the yarn mustard yellow")),
    ("gold menorah not silver", False, HANUKKAH, "correction", _fix_round(1, "make the menorah gold")),
    ("no, yellow-ish", False, UKULELE, "correction", _fix("make the ukulele yellow-ish", "make the ukulele yellowish")),
    (
        "a pale butter yellow, not this banana",
        False,
        UKULELE,
        "correction",
        _fix("make the ukulele pale butter yellow"),
    ),
    ("not yellow, sunset orange", False, UKULELE, "correction", _fix("make the ukulele sunset orange")),
    ("not a party hat, a wizard hat", False, GAMENIGHT, "correction", _fix("give the guy in the hoodie a wizard hat")),
    (
        "a paper party hat i meant, not the foil kind",
        False,
        GAMENIGHT,
        "correction",
        _fix("give the guy in the hoodie a paper party hat"),
    ),
    (
        "darker green than that",
        False,
        HIGHCHAIR,
        "correction",
        _fix("make the bib darker green", "make the bib dark green"),
    ),
    ("that's lime, i wanted olive", False, HIGHCHAIR, "correction", _fix("make the bib olive")),
    (
        "no, green with white polka dots",
        False,
        HIGHCHAIR,
        "correction",
        _fix("make the bib green with white polka dots"),
    ),
    ("ugh that's purple, i said blue", False, BARBECUE, "correction", _fix("make the camping stool on the left blue")),
    ("navy, not that bright blue", False, BARBECUE, "correction", _fix("make the camping stool on the left navy")),
    ("camo pattern, not blue", False, BARBECUE, "correction", _fix("make the camping stool on the left camo pattern")),
    ("a cactus, not a plant like that", False, KEYNOTE, "correction", _fix("add a cactus next to the lectern")),
    ("a tall palm i meant", False, KEYNOTE, "correction", _fix("add a tall palm next to the lectern")),
    ("not orange, rust", False, FERRET, "correction", _fix("make the tunnel rust")),
    ("i wanted tiger stripes not plain orange", False, FERRET, "correction", _fix("make the tunnel tiger stripes")),
    (
        "a brighter orange than that",
        False,
        FERRET,
        "correction",
        _fix("make the tunnel brighter orange", "make the tunnel bright orange"),
    ),
    ("emerald, not this minty thing", False, STAMPS, "correction", _fix("make the album emerald")),
    ("leather brown i meant", False, STAMPS, "correction", _fix("make the album leather brown")),
    ("bottle green pls not grass green", False, STAMPS, "correction", _fix("make the album bottle green")),
    ("a jelly doughnut, not a dreidel", False, HANUKKAH, "correction", _fix("add a jelly doughnut next to the latkes")),
    ("a big wooden dreidel i said", False, HANUKKAH, "correction", _fix("add a big wooden dreidel next to the latkes")),
    (
        "a chunky knit grey would be right, not red",
        False,
        KNITTING,
        "correction",
        _fix("make the yarn chunky knit grey", "make the yarn grey"),
    ),
    ("coral, i never said red", False, KNITTING, "correction", _fix("make the yarn coral")),
    ("lemon yellow, this is way too orange", False, UKULELE, "correction", _fix("make the ukulele lemon yellow")),
    ("sage, not that kermit green", False, HIGHCHAIR, "correction", _fix("make the bib sage")),
    (
        "a lighter blue than that",
        False,
        BARBECUE,
        "correction",
        _fix("make the camping stool on the left lighter blue", "make the camping stool on the left light blue"),
    ),
    ("burnt orange, not traffic cone", False, FERRET, "correction", _fix("make the tunnel burnt orange")),
    (
        "a sparkly party hat, not plain",
        False,
        GAMENIGHT,
        "correction",
        _fix("give the guy in the hoodie a sparkly party hat"),
    ),
    ("a bonsai not a fern", False, KEYNOTE, "correction", _fix("add a bonsai next to the lectern")),
)
"""The last edit was right but for a colour, pattern or kind."""

WHOLE: tuple[Dev, ...] = (
    (
        "that's not what i asked, i wanted the yarn gone",
        False,
        KNITTING,
        "correction",
        _fix("remove the yarn"),
    ),
    (
        "no i wanted the salami moved to the left, not removed",
        False,
        CHEESE,
        "correction",
        _fix("move the salami to the left"),
    ),
    ("i didnt say remove, i said add more salami", False, CHEESE, "correction", _fix("add more salami")),
    ("not paint it, i wanted the ukulele gone", False, UKULELE, "correction", _fix("remove the ukulele")),
    (
        "no!! i asked you to remove the guy in the hoodie",
        False,
        GAMENIGHT,
        "correction",
        _fix("remove the guy in the hoodie"),
    ),
    ("that's not it at all, i wanted the bib removed", False, HIGHCHAIR, "correction", _fix("remove the bib")),
    ("you misunderstood, fold up the stool", False, BARBECUE, "correction", _fix("fold up the stool")),
    (
        "nope, i wanted smoke coming off the grill",
        False,
        BARBECUE,
        "correction",
        _fix("add smoke coming off the grill"),
    ),
    ("i wanted the tunnel removed not painted", False, FERRET, "correction", _fix("remove the tunnel")),
    ("scrap that, blur the background instead", False, STAMPS, "correction", _fix("blur the background")),
    (
        "thats not what i meant, i wanted the stamps sorted in rows",
        False,
        STAMPS,
        "correction",
        _fix("sort the stamps in rows"),
    ),
)
"""The last edit was the wrong instruction altogether: the right one is made from the same round."""

OLDER: tuple[Dev, ...] = (
    (
        "the screen was meant to be green, not blue",
        False,
        KEYNOTE,
        "correction",
        _fix_round(1, "make the projector screen green", "make the screen green"),
    ),
    (
        "i wanted the microphone gone, not the lanyard",
        False,
        KEYNOTE,
        "correction",
        _fix_round(2, "remove the microphone from the speaker", "remove the microphone"),
    ),
    (
        "the screen should be white not blue",
        False,
        KEYNOTE,
        "correction",
        _fix_round(1, "make the projector screen white", "make the screen white"),
    ),
    ("the menorah was supposed to be gold", False, HANUKKAH, "correction", _fix_round(1, "make the menorah gold")),
    (
        "the silver was for the napkin holder not the menorah",
        False,
        HANUKKAH,
        "correction",
        _fix_round(1, "make the napkin holder silver"),
    ),
    ("the suitcase should be yellow not red", False, AIRPORT, "correction", _fix_round(1, "make the suitcase yellow")),
    (
        "wait the red was meant for the trolley, not the suitcase",
        False,
        AIRPORT,
        "correction",
        _fix_round(1, "make the trolley red"),
    ),
    (
        "the lanyard was fine, i asked to remove his name badge",
        False,
        KEYNOTE,
        "correction",
        _fix_round(2, "remove the name badge from the speaker", "remove his name badge"),
    ),
    ("the suitcase was meant to be green", False, AIRPORT, "correction", _fix_round(1, "make the suitcase green")),
    (
        "red on the departure board, not the suitcase",
        False,
        AIRPORT,
        "correction",
        _fix_round(1, "make the departure board red"),
    ),
    (
        "the lectern should have been blue, not the screen",
        False,
        KEYNOTE,
        "correction",
        _fix_round(1, "make the lectern blue"),
    ),
    (
        "the menorah should be bronze, not silver",
        False,
        HANUKKAH,
        "correction",
        _fix_round(1, "make the menorah bronze"),
    ),
)
"""A correction that names an older edit than the last: that edit made again from its parent."""

AGAIN_WRONG: tuple[Dev, ...] = (
    ("still wrong, the sippy bottle", False, HIGHCHAIR_FIXED, "correction", _fix("make the sippy bottle green")),
    ("not the rattle either!! the tray", False, HIGHCHAIR_FIXED, "correction", _fix("make the tray green")),
    ("omg. the SOCKS", False, HIGHCHAIR_TWICE, "correction", _fix("make the socks green")),
    (
        "closer but more blue than that",
        False,
        KNITTING_FIXED,
        "correction",
        _fix("make the yarn more blue", "make the yarn bluer"),
    ),
    ("no not teal, petrol", False, KNITTING_FIXED, "correction", _fix("make the yarn petrol")),
    ("the hammock is wrong too, the food dish", False, FERRET_FIXED, "correction", _fix("make the food dish orange")),
    ("nope not the hammock, the sneakers", False, FERRET_FIXED, "correction", _fix("make the sneakers orange")),
)
"""A correction of a correction: the latest try made again from the same parent."""

MESSY: tuple[Dev, ...] = (
    # typos
    ("i sed the thimbel", False, KNITTING, "correction", _fix("make the thimbel red", "make the thimble red")),
    ("nooo the harmonca", False, UKULELE, "correction", _fix("make the harmonca yellow", "make the harmonica yellow")),
    ("wrng one, the metronome", False, UKULELE, "correction", _fix("make the metronome yellow")),
    ("i ment olive not lime", False, HIGHCHAIR, "correction", _fix("make the bib olive")),
    ("teal pls not red, i missclicked", False, KNITTING, "correction", _fix("make the yarn teal")),
    # non-native English
    ("is not the ukulele, is the harmonica i want", False, UKULELE, "correction", _fix("make the harmonica yellow")),
    ("sorry, i want say the cheddar, not salami", False, CHEESE, "correction", _fix("remove the cheddar")),
    (
        "no is wrong colour, i want more dark blue",
        False,
        BARBECUE,
        "correction",
        _fix("make the camping stool on the left dark blue", "make the camping stool on the left more dark blue"),
    ),
    (
        "the hat must be for the woman, not for the man",
        False,
        GAMENIGHT,
        "correction",
        _fix("give the woman a party hat"),
    ),
    ("excuse me, is the tray i wanted green, not bib", False, HIGHCHAIR, "correction", _fix("make the tray green")),
    # emoji
    ("🙈 the pincushion not the yarn", False, KNITTING, "correction", _fix("make the pincushion red")),
    ("teal 🩵 not red", False, KNITTING, "correction", _fix("make the yarn teal")),
    ("the boy 👦 not the hoodie guy", False, GAMENIGHT, "correction", _fix("give the boy a party hat")),
    ("🤦‍♀️ i said the cooler", False, BARBECUE, "correction", _fix("make the cooler blue")),
    # mid-rant
    (
        "honestly this app. every time. i said the FIGS not the salami, the salami stays",
        False,
        CHEESE,
        "correction",
        _fix("remove the figs"),
    ),
    (
        "ok so i've been at this for an hour and you painted the wrong stool AGAIN, the one on the right",
        False,
        BARBECUE,
        "correction",
        _fix(
            "make the stool on the right blue",
            "make the camping stool on the right blue",
            "make the one on the right blue",
        ),
    ),
    (
        "why is it so hard, the HAMMOCK, the tunnel was fine the way it was",
        False,
        FERRET,
        "correction",
        _fix("make the hammock orange"),
    ),
    # polite
    (
        "sorry to be a pain but i actually meant the harmonica, not the ukulele",
        False,
        UKULELE,
        "correction",
        _fix("make the harmonica yellow"),
    ),
    (
        "thank you, but could it be teal instead of red please?",
        False,
        KNITTING,
        "correction",
        _fix("make the yarn teal"),
    ),
    (
        "lovely work, but i think i meant the wine glass rather than the salami",
        False,
        CHEESE,
        "correction",
        _fix("remove the wine glass"),
    ),
    (
        "would you mind doing the clipboard instead of the album? my mistake",
        False,
        STAMPS,
        "correction",
        _fix("make the clipboard green"),
    ),
    ("nah nah the cheddr", False, CHEESE, "correction", _fix("remove the cheddr", "remove the cheddar")),
    ("teel not red!!", False, KNITTING, "correction", _fix("make the yarn teel", "make the yarn teal")),
    ("i did not say ukulele, i say songbook", False, UKULELE, "correction", _fix("make the songbook yellow")),
    (
        "please the one on the right, not left stool",
        False,
        BARBECUE,
        "correction",
        _fix(
            "make the one on the right blue",
            "make the stool on the right blue",
            "make the camping stool on the right blue",
        ),
    ),
    ("the boy 🧒 pls", False, GAMENIGHT, "correction", _fix("give the boy a party hat")),
    ("omg 😭😭 the hammock not the tunnel", False, FERRET, "correction", _fix("make the hammock orange")),
    (
        "sorry, my fault, i should have said the tray, not the bib",
        False,
        HIGHCHAIR,
        "correction",
        _fix("make the tray green"),
    ),
    (
        "i really appreciate it but i did mean emerald, not this green",
        False,
        STAMPS,
        "correction",
        _fix("make the album emerald"),
    ),
)
"""Corrections typed with typos, in non-native English, with emoji, mid-rant and politely."""

INSTEAD: tuple[Dev, ...] = (
    ("undo that and remove the cheddar instead", False, CHEESE, "correction", _instead(0, "remove the cheddar")),
    ("revert and make the pincushion red", False, KNITTING, "correction", _instead(0, "make the pincushion red")),
    (
        "go back one and give the boy a party hat",
        False,
        GAMENIGHT,
        "correction",
        _instead(0, "give the boy a party hat"),
    ),
)
"""'Undo that and make X': a revert, then the new edit from the round before the rejected one."""

NEW_EDITS: tuple[Dev, ...] = (
    ("no wait, also add a ball of grey yarn", False, KNITTING, "edit", _edit("add a ball of grey yarn")),
    ("actually also make the needles silver", False, KNITTING, "edit", _edit("make the needles silver")),
    ("no that's great, now remove the reading glasses", False, KNITTING, "edit", _edit("remove the reading glasses")),
    ("nope it's perfect. add grapes next to the brie", False, CHEESE, "edit", _edit("add grapes next to the brie")),
    ("no complaints! remove the knife too", False, CHEESE, "edit", _edit("remove the knife")),
    ("actually, now the cheddar too", False, CHEESE, "edit", _edit("remove the cheddar")),
    ("sorry one more: make the harmonica silver", False, UKULELE, "edit", _edit("make the harmonica silver")),
    (
        "not bad! now give the bearded guy one too",
        False,
        GAMENIGHT,
        "edit",
        _edit(
            "give the bearded guy a party hat", "give the bearded guy one too", "give the bearded guy a party hat too"
        ),
    ),
    ("no notes. add confetti on the table", False, GAMENIGHT, "edit", _edit("add confetti on the table")),
    ("actually, the rattle too", False, HIGHCHAIR, "edit", _edit("make the rattle green")),
    ("no wait, add a sausage on the grill too", False, BARBECUE, "edit", _edit("add a sausage on the grill")),
    (
        "the other stool too now",
        False,
        BARBECUE,
        "edit",
        _edit(
            "make the other stool blue", "make the other camping stool blue", "make the camping stool on the right blue"
        ),
    ),
    ("nope, looks right. now make the lectern wooden", False, KEYNOTE, "edit", _edit("make the lectern wooden")),
    ("actually let's also add a second ferret", False, FERRET, "edit", _edit("add a second ferret")),
    ("no, it's good — make the hammock orange as well", False, FERRET, "edit", _edit("make the hammock orange")),
    ("actually now put a plane outside the window", False, AIRPORT, "edit", _edit("put a plane outside the window")),
    ("no, love it. make the tweezers gold", False, STAMPS, "edit", _edit("make the tweezers gold")),
    ("sorry, forgot to ask: remove the clipboard", False, STAMPS, "edit", _edit("remove the clipboard")),
    ("not quite done: add steam over the latkes", False, HANUKKAH, "edit", _edit("add steam over the latkes")),
    ("the sippy bottle too pls", False, HIGHCHAIR_FIXED, "edit", _edit("make the sippy bottle green")),
    ("finally! now the tray too", False, HIGHCHAIR_TWICE, "edit", _edit("make the tray green")),
    ("yes teal! now make the sock teal too", False, KNITTING_FIXED, "edit", _edit("make the sock teal")),
    ("no it's right, make the rattle yellow now", False, HIGHCHAIR, "edit", _edit("make the rattle yellow")),
    ("nah all good, add a sticker on the suitcase", False, AIRPORT, "edit", _edit("add a sticker on the suitcase")),
    ("no wait, and make the tongs gold", False, BARBECUE, "edit", _edit("make the tongs gold")),
    ("actually while we're at it remove the metronome", False, UKULELE, "edit", _edit("remove the metronome")),
    ("not bad. put a capo on the ukulele", False, UKULELE, "edit", _edit("put a capo on the ukulele")),
    ("no, that's exactly it. now the crackers go too", False, CHEESE, "edit", _edit("remove the crackers")),
)
"""New requests after a result that is kept, many starting with "no", "actually" or "sorry": an edit on top."""

UNDO: tuple[Dev, ...] = (
    ("no that's worse", False, KNITTING, "undo", _goto(0)),
    ("nope, worse than before, go back", False, UKULELE, "undo", _goto(0)),
    ("no no no put the salami back", False, CHEESE, "undo", _goto(0)),
    ("ugh i hate it, undo", False, HIGHCHAIR, "undo", _goto(0)),
    ("that made it worse, take it back", False, FERRET, "undo", _goto(0)),
    ("nah the old one was nicer", False, STAMPS, "undo", _goto(0)),
    ("no, remove the plant again", False, KEYNOTE, "undo", _goto(2)),
    ("put the vending machine back", False, AIRPORT, "undo", _goto(1)),
    ("the hat looks stupid, undo it", False, GAMENIGHT, "undo", _goto(0)),
    ("try again, the hat is floating", False, GAMENIGHT, "retry", _retry()),
    ("again, the stool looks smudged", False, BARBECUE, "retry", _retry()),
    ("more green pls, its barely there", False, HIGHCHAIR, "retry", _retry("stronger")),
    ("nooo that's way worse, go back", False, BARBECUE, "undo", _goto(0)),
    ("no undo the teal, red was better", False, KNITTING_FIXED, "undo", _goto(1)),
    ("hmm worse. revert", False, STAMPS, "undo", _goto(0)),
)
"""Complaints that ask for the old version back (undo), retries and strength: not corrections."""

TALK: tuple[Dev, ...] = (
    ("no worries", False, KNITTING, "talk", ()),
    ("nope, all good", False, CHEESE, "talk", ()),
    ("not bad", False, UKULELE, "talk", ()),
    ("not bad at all!! the red is lovely", False, KNITTING, "talk", ()),
    ("no no, that's the one", False, GAMENIGHT, "talk", ()),
    ("no, nothing else for now", False, HIGHCHAIR, "talk", ()),
    ("nope that's right, thanks", False, BARBECUE, "talk", ()),
    ("no need, it's fine", False, FERRET, "talk", ()),
    ("not the shade i pictured but i like it", False, STAMPS, "talk", ()),
    ("not him? no wait it's him, you got it", False, GAMENIGHT, "talk", ()),
    ("wrong one? nope, right one 😅", False, BARBECUE, "talk", ()),
    ("i said red and it's red, perfect", False, KNITTING, "talk", ()),
    ("i thought i said the cheddar but the salami is fine too", False, CHEESE, "talk", ()),
    ("no worries if you can't do the stamps, the album is enough", False, STAMPS, "talk", ()),
    ("haha my husband said the wrong stool but it's the right one", False, BARBECUE, "talk", ()),
    ("was it the yarn i asked for? i forget", False, KNITTING, "talk", ()),
    ("did you change the harmonica too?", False, UKULELE, "talk", ()),
    ("why is the tray a bit green too?", False, HIGHCHAIR, "talk", ()),
    ("is that teal or turquoise?", False, KNITTING_FIXED, "talk", ()),
    ("no, i'm just looking", False, FERRET, "talk", ()),
    ("nope, just admiring it", False, AIRPORT, "talk", ()),
    ("actually it's perfect the way it is", False, KEYNOTE, "talk", ()),
    ("not too shabby", False, HANUKKAH, "talk", ()),
    ("no, my mistake, it's correct", False, HIGHCHAIR_FIXED, "talk", ()),
    ("sorry wrong window lol", False, STAMPS, "talk", ()),
    ("wrong colour for the real one but i love it here", False, UKULELE, "talk", ()),
    ("my grandma would say the wrong yarn but she's picky", False, KNITTING, "talk", ()),
    ("no teal was the right call 👌", False, KNITTING_FIXED, "talk", ()),
    ("not sure the blue is my colour but we keep it", False, KEYNOTE, "talk", ()),
    ("no no, i was talking to my kid", False, HIGHCHAIR, "talk", ()),
    ("not what i expected but honestly better", False, FERRET, "talk", ()),
    ("nope!! perfect 🎉", False, GAMENIGHT, "talk", ()),
    ("no worries, take your time", False, HANUKKAH, "talk", ()),
    ("nope nothing wrong", False, UKULELE, "talk", ()),
    ("not bad for a robot 😂", False, FERRET, "talk", ()),
    ("no idea what to do next tbh", False, CHEESE, "talk", ()),
    ("the wrong stool would have been funny too lol", False, BARBECUE, "talk", ()),
    ("no i don't want it teal, red is fine", False, KNITTING, "talk", ()),
    ("not the best menorah i've seen but ok", False, HANUKKAH, "talk", ()),
    ("nope, you got the right guy", False, GAMENIGHT, "talk", ()),
)
"""Talk that starts with "no", "not" or names a wrong thing and rejects nothing: no call."""

VAGUE: tuple[Dev, ...] = (
    ("wrong thing", False, KNITTING, "clarify", ()),
    ("no not that", False, CHEESE, "clarify", ()),
    ("that's not the colour i meant", False, UKULELE, "clarify", ()),
    ("wrong person", False, GAMENIGHT, "clarify", ()),
    ("you did it on the wrong one", False, BARBECUE, "clarify", ()),
    ("not that one 😤", False, FERRET, "clarify", ()),
    ("still not what i meant", False, HIGHCHAIR_TWICE, "clarify", ()),
    ("hmm no, wrong colour", False, STAMPS, "clarify", ()),
    ("that's the wrong stool?? no wait which one did you do", False, BARBECUE, "talk", ()),
)
"""Rejections that name neither what was meant nor a new value: one short question."""

NOTHING_TO_CORRECT: tuple[Dev, ...] = (
    ("no the thimble not the yarn", False, UPLOAD, "clarify", ()),
    ("i wanted teal not red", False, UPLOAD, "clarify", ()),
    ("not him, her", False, UPLOAD, "clarify", ()),
    ("the OTHER stool", False, UPLOAD, "clarify", ()),
    ("no wait, make the yarn red", False, UPLOAD, "edit", _edit("make the yarn red")),
)
"""Corrections with no edit to correct (ask), and a full instruction after an upload (edit)."""

CORRECTIONS4: tuple[Dev, ...] = (
    *OBJECT,
    *ATTRIBUTE,
    *WHOLE,
    *OLDER,
    *AGAIN_WRONG,
    *MESSY,
    *INSTEAD,
    *NEW_EDITS,
    *UNDO,
    *TALK,
    *VAGUE,
    *NOTHING_TO_CORRECT,
)

CORRECTIONS4_MOVED: tuple[tuple[int, Dev], ...] = (
    # the conference talk, back on the blue screen (round 1) and the lanyard removal (round 2)
    (1, ("green, not blue", False, KEYNOTE, "correction", _fix("make the projector screen green"))),
    (1, ("the lectern, not the screen", False, KEYNOTE, "correction", _fix("make the lectern blue"))),
    (1, ("no wait, also make the lectern blue", False, KEYNOTE, "edit", _edit("make the lectern blue"))),
    (1, ("nope, all good here", False, KEYNOTE, "talk", ())),
    (
        2,
        (
            "i meant the microphone",
            False,
            KEYNOTE,
            "correction",
            _fix("remove the microphone from the speaker", "remove the microphone"),
        ),
    ),
    # the Hanukkah table and the airport, back on their first edit
    (1, ("gold i said, not silver", False, HANUKKAH, "correction", _fix("make the menorah gold"))),
    (1, ("the napkin holder, not the menorah", False, HANUKKAH, "correction", _fix("make the napkin holder silver"))),
    (1, ("ugh that's orange, i said red", False, AIRPORT, "correction", _fix("make the suitcase red"))),
    (1, ("the trolley i meant", False, AIRPORT, "correction", _fix("make the trolley red"))),
    (1, ("not bad, not bad", False, AIRPORT, "talk", ())),
    # the high chair after two corrections, back on the rattle try (round 2)
    (2, ("no, the tray", False, HIGHCHAIR_TWICE, "correction", _fix("make the tray green"))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def corrections4_cases() -> list[EvalCase]:
    """Every turn of this set as an `assistant.evaluation` case (`CORRECTIONS4`, then `CORRECTIONS4_MOVED`)."""
    return with_moved(CORRECTIONS4, "corrections4", CORRECTIONS4_MOVED, "corrections4_moved")
