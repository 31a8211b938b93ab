"""Round 36, set a: fresh and nearly fresh sessions, where the assistant must decide between making an edit
and asking what is meant.

Written by hand in round 36 by a helper session, from what a demanding user wants (issue 10's table of
behaviours and its "What to build" list), before the dialogue model was run on any of it, about photos of
farms and rural life: a green tractor in a wheat field at harvest, a red barn with chickens in the yard, an
apple orchard harvest with a picker on a ladder, sheep shearing in a wooden shed, a goat standing on a fence
post, a farmers' market stall under an awning, a hay bale maze seen from above, a dairy cow with her calf, a
scarecrow in a pumpkin patch, a beekeeper with a row of hives, a vineyard at dusk, a farm dog herding ducks
across a yard and a windmill beside a pond. Sessions have 0 or 1 edits mostly (a few have two, a retry or a
correction beside the first try, or an undo and a new edit), some have a second photo uploaded, and some turns
come after an undo or a goto (the current round an older one).

Five families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): pronouns ("make him smile", "remove her", "give
them hats", "make it brighter") on a photo where nothing was named yet, against the same words when the turn
itself or the last edit named the person or thing (a photo-wide "make it brighter" is clear, "make him
smile" with nobody ever named is asked about); repeats ("the same", "again", "do that", "one more", "like
before", "the usual") with nothing done yet against after one edit or on a second photo; captions that come
with a photo: plain ones, ones that ask for an edit, ones that ask a question about the photo, wishes about
the photo or about life, and "same thing for this one" with and without an earlier edit; very short turns
("fix it", "more", "no", "hmm", "red", "bigger", "the dog", "brighter") on a fresh photo against after an
edit; and the rows of the issue's table worded anew on these photos (a photo with or without a request,
thanks and greetings, questions about what it can do, "don't change anything yet", undo, retry, corrections,
references, show, compare, status, history, share, export, out-of-scope requests and edits whose words
sound dangerous). A caption that named someone in an earlier turn is not part of a case's state, so naming
comes from the turn itself or from an edit. About a quarter of each family are near misses whose right
answer is another act. The cases have the development set's format (`Dev`: turn, photo, state, act, calls);
`MOVED` holds turns whose current round (first) is an earlier one.
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
    _goto,
    _retry,
    _show,
    with_moved,
)

NO_PHOTO: tuple = ()
"""A session with no photo uploaded yet."""
TRACTOR = ((None, None), (0, "make the tractor bright red"))
"""A green tractor in a wheat field at harvest, with one edit."""
TRACTOR_NEW = (*TRACTOR, (None, None))
"""The tractor session, then a second photo with no edit yet."""
BARN = ((None, None), (0, "add a weathervane on the barn roof"))
"""A red barn with chickens in the yard, with one edit that added a thing."""
ORCHARD = ((None, None), (0, "give the woman on the ladder a straw hat"))
"""An apple orchard harvest with a picker on a ladder, with one edit that named her."""
ORCHARD_NEW = (*ORCHARD, (None, None))
"""The orchard session, then a second photo with no edit yet."""
SHEARING = ((None, None), (0, "make the shearer's singlet blue"))
"""Sheep shearing in a wooden shed, with one edit that named the shearer."""
SHEARING2 = (*SHEARING, (1, "add wool piled on the floor"))
"""The shearing shed with two edits, each on the one before."""
GOAT = ((None, None), (0, "put a flower crown on the goat"))
"""A goat standing on a fence post, with one edit."""
GOAT_RETRIED = (*GOAT, (0, "put a flower crown on the goat"))
"""The goat after a retry: round 2 is a second try of round 1, from the original."""
MARKET = ((None, None), (0, "remove the price signs from the stall"))
"""A farmers' market stall under an awning, with one edit that removed things."""
MAZE = ((None, None), (0, "add a family walking into the maze"))
"""A hay bale maze seen from above, with one edit that added people."""
COW = ((None, None), (0, "put a bell on the calf"))
"""A dairy cow with her calf in a meadow, with one edit."""
COW_FIXED = (*COW, (0, "put a bell on the cow"))
"""The dairy cow after a correction: round 2 was made from the original, beside round 1."""
SCARECROW = ((None, None), (0, "put a top hat on the scarecrow"))
"""A scarecrow in a pumpkin patch, with one edit."""
BEES = ((None, None), (0, "paint the hives yellow"))
"""A beekeeper in a veil beside a row of hives, with one edit that named no person."""
VINEYARD = ((None, None), (0, "make the photo warmer"))
"""A vineyard at dusk, with one edit of the whole photo."""
DOG = ((None, None), (0, "put a red bandana on the dog"))
"""A farm dog herding ducks across a yard, with one edit that named only the dog."""
WINDMILL = ((None, None), (0, "add two swans on the pond"))
"""A windmill beside a pond, with one edit."""
WINDMILL_BRANCH = (*WINDMILL, (0, "add ducks on the pond"))
"""The windmill after an undo and a new edit: round 2 was made from the original, beside round 1."""
TWO_PHOTOS = ((None, None), (None, None))
"""A first farm photo with no edit, then a second upload."""

AFTER_TRACTOR = (*TRACTOR, (None, None))
"""The tractor session, then a new photo with this turn."""
AFTER_BARN = (*BARN, (None, None))
"""The barn session, then a new photo with this turn."""
AFTER_VINEYARD = (*VINEYARD, (None, None))
"""The vineyard session, then a new photo with this turn."""
AFTER_GOAT = (*GOAT, (None, None))
"""The goat session, then a new photo with this turn."""
AFTER_SHEARING = (*SHEARING, (None, None))
"""The shearing session, then a new photo with this turn."""
AFTER_COW = (*COW, (None, None))
"""The dairy cow session, then a new photo with this turn."""
AFTER_COW_FIXED = (*COW_FIXED, (None, None))
"""The corrected dairy cow session, then a new photo with this turn."""
AFTER_DOG = (*DOG, (None, None))
"""The farm dog session, then a new photo with this turn."""
AFTER_BEES = (*BEES, (None, None))
"""The beekeeper session, then a new photo with this turn."""

BRIGHTER = (
    "make it brighter",
    "make the photo brighter",
    "make the image brighter",
    "make the picture brighter",
    "brighten it",
    "brighten the photo",
    "brighten the image",
    "brighter",
)
"""Acceptable wordings of a plain brightening of the whole photo."""

PRONOUNS: tuple[Dev, ...] = (
    # a fresh photo, nobody and nothing named yet: "him", "her", "them", "that" need a question
    ("make him smile", False, UPLOAD, "clarify", ()),
    ("can u make her look less grumpy", False, UPLOAD, "clarify", ()),
    ("remove her pls", False, UPLOAD, "clarify", ()),
    ("give them all hats 🤠", False, UPLOAD, "clarify", ()),
    ("put him more on the left", False, UPLOAD, "clarify", ()),
    ("make those two bigger", False, UPLOAD, "clarify", ()),
    ("get rid of that thing in the corner", False, UPLOAD, "clarify", ()),
    ("make it red", False, UPLOAD, "clarify", ()),
    ("can you make her hair longer?", False, UPLOAD, "clarify", ()),
    ("that other one as well", False, UPLOAD, "clarify", ()),
    ("move it closer to the barn", False, UPLOAD, "clarify", ()),
    ("make them look happier, they look so bored", False, UPLOAD, "clarify", ()),
    ("add a hat on him", False, UPLOAD, "clarify", ()),
    ("make this one pop more", False, UPLOAD, "clarify", ()),
    ("I want she is looking to camera", False, UPLOAD, "clarify", ()),
    ("take them out of the pic", False, UPLOAD, "clarify", ()),
    ("make it bigger and put it in the middle", False, UPLOAD, "clarify", ()),
    ("have him wave at the camera", False, TWO_PHOTOS, "clarify", ()),
    ("make her smile", False, ORCHARD_NEW, "clarify", ()),
    # the pronoun stands for the whole photo: clear enough to edit
    ("make it brighter", False, UPLOAD, "edit", _edit(*BRIGHTER)),
    (
        "its way too dark, can you lighten it up a bit",
        False,
        UPLOAD,
        "edit",
        _edit(
            "lighten it up a bit",
            "lighten it a bit",
            "lighten the photo a bit",
            "make it a bit lighter",
            "make the photo a bit lighter",
            "make it a bit brighter",
            "make the photo a bit brighter",
            "lighten it up",
            *BRIGHTER,
        ),
    ),
    (
        "can it be black n white pls",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make it black and white",
            "make the photo black and white",
            "make the image black and white",
            "make it black n white",
        ),
    ),
    (
        "make this look like an old postcard",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make this look like an old postcard",
            "make it look like an old postcard",
            "make the photo look like an old postcard",
        ),
    ),
    (
        "turn it into night",
        False,
        UPLOAD,
        "edit",
        _edit("turn it into night", "make it night", "turn the photo into night", "make it night time"),
    ),
    (
        "make it warmer, like golden hour",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make it warmer like golden hour",
            "make the photo warmer like golden hour",
            "make it warmer",
            "make the photo warmer",
            "make it look like golden hour",
            "make the photo look like golden hour",
        ),
    ),
    (
        "sharpen it up, its a bit blurry",
        False,
        UPLOAD,
        "edit",
        _edit("sharpen it up", "sharpen it", "sharpen the photo", "make it sharper", "make the photo sharper"),
    ),
    (
        "could you make it less saturated",
        False,
        UPLOAD,
        "edit",
        _edit("make it less saturated", "make the photo less saturated", "desaturate it", "desaturate the photo"),
    ),
    (
        "make it look like it's from the 70s",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make it look like it's from the 70s",
            "make it look like it is from the 70s",
            "make the photo look like it's from the 70s",
            "make the photo look like it is from the 70s",
            "make it look like the 70s",
            "make the photo look like the 70s",
        ),
    ),
    (
        "this one's darker than the other, brighten it pls",
        False,
        TWO_PHOTOS,
        "edit",
        _edit("brighten this one", *BRIGHTER),
    ),
    # the turn itself names who or what the pronoun is
    (
        "this is my uncle Ray on his tractor, make him smile",
        True,
        UPLOAD,
        "edit",
        _edit("make uncle ray smile", "make my uncle ray smile", "make ray smile", "make my uncle smile"),
    ),
    (
        "grandma feeding the hens 🐔 can you give her a sun hat",
        True,
        UPLOAD,
        "edit",
        _edit("give grandma a sun hat", "put a sun hat on grandma", "give grandma a sunhat"),
    ),
    (
        "the sheep in the middle, make it look fluffier",
        False,
        UPLOAD,
        "edit",
        _edit("make the sheep in the middle look fluffier", "make the sheep in the middle fluffier"),
    ),
    ("see the ladder? make it wooden", False, UPLOAD, "edit", _edit("make the ladder wooden")),
    (
        "the scarecrow looks sad, can u make him happier",
        False,
        UPLOAD,
        "edit",
        _edit("make the scarecrow happier", "make the scarecrow look happier"),
    ),
    (
        "the two kids by the pumpkins - make them wear costumes",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the two kids by the pumpkins wear costumes",
            "make the kids by the pumpkins wear costumes",
            "put costumes on the two kids by the pumpkins",
            "give the two kids by the pumpkins costumes",
        ),
    ),
    (
        "this is Bessie, my best milker. give her a flower garland",
        True,
        UPLOAD,
        "edit",
        _edit("give bessie a flower garland", "put a flower garland on bessie"),
    ),
    # the last edit named the person or thing: the pronoun is that one
    ("make her smile", False, ORCHARD, "edit", _edit("make the woman on the ladder smile")),
    (
        "can she be holding an apple too",
        False,
        ORCHARD,
        "edit",
        _edit(
            "make the woman on the ladder hold an apple",
            "make the woman on the ladder hold an apple too",
            "make the woman on the ladder be holding an apple",
            "make the woman on the ladder be holding an apple too",
            "give the woman on the ladder an apple",
        ),
    ),
    (
        "make him look less knackered lol",
        False,
        SHEARING,
        "edit",
        _edit("make the shearer look less knackered", "make the shearer look less tired"),
    ),
    (
        "give him a cap as well",
        False,
        SHEARING,
        "edit",
        _edit("give the shearer a cap", "give the shearer a cap as well", "put a cap on the shearer"),
    ),
    (
        "could he look like hes actually working",
        False,
        SHEARING2,
        "edit",
        _edit(
            "make the shearer look like he's actually working",
            "make the shearer look like hes actually working",
            "make the shearer look like he is actually working",
            "make the shearer look like he's working",
        ),
    ),
    ("make her look at the camera", False, GOAT, "edit", _edit("make the goat look at the camera")),
    (
        "can she have a bell too",
        False,
        GOAT,
        "edit",
        _edit("give the goat a bell", "give the goat a bell too", "put a bell on the goat"),
    ),
    ("make it lie down in the straw", False, COW, "edit", _edit("make the calf lie down in the straw")),
    ("make him jump!", False, DOG, "edit", _edit("make the dog jump")),
    (
        "give them hats",
        False,
        MAZE,
        "edit",
        _edit("give the family hats", "put hats on the family", "give the family walking into the maze hats"),
    ),
    (
        "make them wave at the drone",
        False,
        MAZE,
        "edit",
        _edit("make the family wave at the drone", "make the family walking into the maze wave at the drone"),
    ),
    (
        "give them little roofs",
        False,
        BEES,
        "edit",
        _edit("give the hives little roofs", "add little roofs to the hives", "put little roofs on the hives"),
    ),
    (
        "make it shinier like its brand new",
        False,
        TRACTOR,
        "edit",
        _edit(
            "make the tractor shinier like its brand new",
            "make the tractor shinier like it's brand new",
            "make the tractor shinier like it is brand new",
            "make the tractor shinier",
            "make the tractor look brand new",
        ),
    ),
    (
        "can it have big muddy wheels",
        False,
        TRACTOR,
        "edit",
        _edit("give the tractor big muddy wheels", "make the tractor have big muddy wheels"),
    ),
    ("make him hold a pitchfork", False, SCARECROW, "edit", _edit("make the scarecrow hold a pitchfork")),
    (
        "make them swim closer together",
        False,
        WINDMILL,
        "edit",
        _edit("make the swans swim closer together", "make the two swans swim closer together"),
    ),
    ("make it gold", False, BARN, "edit", _edit("make the weathervane gold")),
    (
        "make it a touch darker",
        False,
        VINEYARD,
        "edit",
        _edit("make it a touch darker", "make the photo a touch darker", "make it darker", "make the photo darker"),
    ),
    # near misses: a pronoun the last edit does not settle, or one that asks for another act
    ("give them little hats", False, DOG, "clarify", ()),
    ("make him wave", False, BEES, "clarify", ()),
    ("make him turn around", False, VINEYARD, "clarify", ()),
    ("make it bigger", False, SCARECROW, "clarify", ()),
    ("that other one as well", False, DOG, "clarify", ()),
    ("make it red", False, MARKET, "clarify", ()),
    ("make them blue instead", False, BEES, "correction", _fix("paint the hives blue", "make the hives blue")),
    ("get rid of it, looks silly", False, BARN, "undo", _goto(0)),
    ("actually put them back", False, MARKET, "undo", _goto(0)),
    ("is she wearing a hat now?", False, ORCHARD, "talk", ()),
    ("he looks so proud of it haha", False, TRACTOR, "talk", ()),
)
"""Pronouns on a fresh photo against the same words once the turn or the last edit named someone."""

REPEATS: tuple[Dev, ...] = (
    # nothing done yet: nothing to repeat
    ("the same pls", False, UPLOAD, "clarify", ()),
    ("do it again", False, UPLOAD, "clarify", ()),
    ("do that", False, UPLOAD, "clarify", ()),
    ("one more", False, UPLOAD, "clarify", ()),
    ("like before", False, UPLOAD, "clarify", ()),
    ("the usual 😎", False, UPLOAD, "clarify", ()),
    ("do what you did to my last pic", False, UPLOAD, "clarify", ()),
    ("same edit as yesterday", False, UPLOAD, "clarify", ()),
    ("same as always, you know the drill", False, UPLOAD, "clarify", ()),
    ("just do your usual magic", False, UPLOAD, "clarify", ()),
    ("same procedure as last year?", False, UPLOAD, "clarify", ()),
    ("roll it again with a fresh seed", False, UPLOAD, "talk", ()),
    ("stronger this time ok", False, UPLOAD, "clarify", ()),
    ("same but blue", False, UPLOAD, "clarify", ()),
    ("repeat", False, UPLOAD, "clarify", ()),
    ("same as the first one", False, TWO_PHOTOS, "clarify", ()),
    ("again for this one", False, TWO_PHOTOS, "clarify", ()),
    ("make it match the first pic", False, TWO_PHOTOS, "clarify", ()),
    # near misses with nothing done yet: the turn says what to do
    (
        "do that thing again where the sky goes pink",
        False,
        UPLOAD,
        "edit",
        _edit("make the sky pink", "make the sky go pink", "turn the sky pink"),
    ),
    (
        "like before, the sepia look",
        False,
        UPLOAD,
        "edit",
        _edit(
            "give it a sepia look",
            "give the photo a sepia look",
            "make it sepia",
            "make the photo sepia",
            "the sepia look",
            "sepia look",
        ),
    ),
    (
        "the usual: warmer colours and a bit more contrast",
        False,
        UPLOAD,
        "edit",
        _edits(
            ("make the colours warmer", "warmer colours", "make the colors warmer", "warm up the colours"),
            ("add a bit more contrast", "a bit more contrast", "more contrast", "increase the contrast a bit"),
        ),
    ),
    (
        "one more cow in the field pls",
        False,
        UPLOAD,
        "edit",
        _edit("add one more cow in the field", "add another cow in the field", "add a cow in the field"),
    ),
    # after one edit: the same edit again, on another thing, or with a change
    ("again pls", False, TRACTOR, "retry", _retry()),
    ("do it again, the red looks patchy", False, TRACTOR, "retry", _retry()),
    ("another one pls, different look", False, TRACTOR, "retry", _retry()),
    ("repeat", False, TRACTOR, "retry", _retry()),
    ("give it one more go?", False, BARN, "retry", _retry()),
    ("do that again", False, ORCHARD, "retry", _retry()),
    ("lol do that again, he looks like a smurf", False, SHEARING, "retry", _retry()),
    ("one more time, the crown looks fake", False, GOAT, "retry", _retry()),
    ("third time lucky 🤞", False, GOAT_RETRIED, "retry", _retry()),
    ("same again but lay it on thicker", False, VINEYARD, "retry", _retry("stronger")),
    ("more of that", False, VINEYARD, "retry", _retry("stronger")),
    ("again but not so yellow", False, BEES, "retry", _retry("weaker")),
    ("same for the trailer", False, TRACTOR, "edit", _edit("make the trailer bright red")),
    ("do the same to the fence", False, BEES, "edit", _edit("paint the fence yellow")),
    ("the cow too, same thing", False, COW, "edit", _edit("put a bell on the cow")),
    ("do that to the man too", False, ORCHARD, "edit", _edit("give the man a straw hat")),
    (
        "do that again on the other barn",
        False,
        BARN,
        "edit",
        _edit("add a weathervane on the other barn roof", "add a weathervane on the other barn"),
    ),
    (
        "one more swan",
        False,
        WINDMILL,
        "edit",
        _edit(
            "add one more swan",
            "add another swan",
            "add one more swan on the pond",
            "add another swan on the pond",
            "add a third swan on the pond",
            "add a third swan",
        ),
    ),
    (
        "one more crown, on the kid next to her",
        False,
        GOAT,
        "edit",
        _edit(
            "put a flower crown on the kid next to the goat",
            "put one more crown on the kid next to the goat",
            "put a crown on the kid next to the goat",
        ),
    ),
    (
        "again but with a cowboy hat",
        False,
        ORCHARD,
        "correction",
        _fix("give the woman on the ladder a cowboy hat"),
    ),
    # a second photo: the last edit on this one
    ("do the same to this one here", False, TRACTOR_NEW, "edit", _edit("make the tractor bright red")),
    ("same thing but green", False, TRACTOR_NEW, "edit", _edit("make the tractor green")),
    ("same edit as on the first pic", False, (*BEES, (None, None)), "edit", _edit("paint the hives yellow")),
    ("do what u did before", False, (*DOG, (None, None)), "edit", _edit("put a red bandana on the dog")),
    (
        "the same as the other photo pls",
        False,
        (*SCARECROW, (None, None)),
        "edit",
        _edit("put a top hat on the scarecrow"),
    ),
    # near misses: "like before" is the original, "the usual" and a bare "same" stay open
    ("like before pls, i dont like it", False, TRACTOR, "undo", _goto(0)),
    ("put it back like it was before", False, VINEYARD, "undo", _goto(0)),
    ("like before, when there was no crown", False, GOAT_RETRIED, "goto", _goto(0)),
    ("the usual", False, TRACTOR, "clarify", ()),
    ("same", False, COW, "clarify", ()),
    ("do that", False, DOG, "clarify", ()),
    ("one more", False, MAZE, "clarify", ()),
    ("same again tomorrow maybe, thats all for today", False, TRACTOR, "talk", ()),
)
"""Repeats with nothing done yet against after one edit or on a second photo, and near misses."""

CAPTIONS: tuple[Dev, ...] = (
    # plain captions: the photo is stored and the assistant asks what to change
    ("our new tractor!! finally 🚜", True, UPLOAD, "caption", ()),
    ("harvest day at the Millers' orchard", True, UPLOAD, "caption", ()),
    ("here's the red barn, chickens everywhere as usual", True, UPLOAD, "caption", ()),
    ("shearing season, 200 sheep done today", True, UPLOAD, "caption", ()),
    ("this goat climbs EVERYTHING", True, UPLOAD, "caption", ()),
    ("my stall at the saturday market", True, UPLOAD, "caption", ()),
    ("the kids got lost in the hay maze for like an hour haha", True, UPLOAD, "caption", ()),
    ("Daisy and her calf, born last tuesday", True, UPLOAD, "caption", ()),
    ("pumpkin patch scarecrow, my son made it", True, UPLOAD, "caption", ()),
    ("dad with his bees", True, UPLOAD, "caption", ()),
    ("vineyard at dusk, taken from the terrace", True, UPLOAD, "caption", ()),
    ("Bo herding the ducks again 😂", True, UPLOAD, "caption", ()),
    ("the old windmill by the pond", True, UPLOAD, "caption", ()),
    ("from my phone sorry quality is bad", True, UPLOAD, "caption", ()),
    ("ok here it is", True, UPLOAD, "caption", ()),
    ("look at this chicken", True, UPLOAD, "caption", ()),
    ("this one is for my mum's birthday card", True, UPLOAD, "caption", ()),
    ("don't edit yet, just want to show you", True, UPLOAD, "caption", ()),
    ("new photo, same farm", True, TWO_PHOTOS, "caption", ()),
    ("thx for last time, here's the next one", True, AFTER_BEES, "caption", ()),
    # captions that ask for an edit
    (
        "our new tractor, can you make the sky behind it a bit more dramatic",
        True,
        UPLOAD,
        "edit",
        _edit(
            "make the sky behind it a bit more dramatic",
            "make the sky behind the tractor a bit more dramatic",
            "make the sky a bit more dramatic",
            "make the sky more dramatic",
        ),
    ),
    (
        "shearing shed pic - pls remove the bucket in front",
        True,
        UPLOAD,
        "edit",
        _edit("remove the bucket in front", "remove the bucket"),
    ),
    (
        "market stall, i want the apples to look redder",
        True,
        UPLOAD,
        "edit",
        _edit("make the apples look redder", "make the apples redder"),
    ),
    (
        "dusk in the vineyard. add a few fireflies between the rows",
        True,
        UPLOAD,
        "edit",
        _edit("add a few fireflies between the rows"),
    ),
    (
        "the windmill! could the sails be white instead of brown?",
        True,
        UPLOAD,
        "edit",
        _edit("make the sails white", "make the sails white instead of brown", "make the windmill's sails white"),
    ),
    (
        "Bo with the ducks. give him a tiny cowboy hat pls",
        True,
        UPLOAD,
        "edit",
        _edit("give bo a tiny cowboy hat", "put a tiny cowboy hat on bo"),
    ),
    (
        "this is the calf, put a blue ribbon round her neck",
        True,
        UPLOAD,
        "edit",
        _edit(
            "put a blue ribbon round the calf's neck",
            "put a blue ribbon around the calf's neck",
            "put a blue ribbon round the calf s neck",
            "put a blue ribbon on the calf's neck",
        ),
    ),
    (
        "hay maze from the drone 🚁 remove the cars in the parking bit",
        True,
        UPLOAD,
        "edit",
        _edit("remove the cars in the parking bit", "remove the cars in the parking area", "remove the cars"),
    ),
    (
        "here's my photo, can u make it brighter",
        True,
        UPLOAD,
        "edit",
        _edit(*BRIGHTER),
    ),
    (
        "turn this into a painting",
        True,
        UPLOAD,
        "edit",
        _edit(
            "turn this into a painting",
            "turn it into a painting",
            "turn the photo into a painting",
            "make it a painting",
            "make it look like a painting",
        ),
    ),
    (
        "please remove the tractor tracks in the mud",
        True,
        UPLOAD,
        "edit",
        _edit("remove the tractor tracks in the mud", "remove the tractor tracks"),
    ),
    (
        "sheep shearing at my cousin's. the guy in blue - make him smile",
        True,
        UPLOAD,
        "edit",
        _edit("make the guy in blue smile"),
    ),
    (
        "the hives from the top, remove the smoker on the left and make the grass greener",
        True,
        UPLOAD,
        "edit",
        _edits("remove the smoker on the left", "make the grass greener"),
    ),
    (
        "can you remove the fence in this one?",
        True,
        TWO_PHOTOS,
        "edit",
        _edit("remove the fence", "remove the fence in this one"),
    ),
    # captions that ask a question about the photo
    ("what breed is this goat, any idea?", True, UPLOAD, "talk", ()),
    ("is this photo good enough to edit? its a bit blurry", True, UPLOAD, "talk", ()),
    ("do u think the barn looks better red or white?", True, UPLOAD, "talk", ()),
    ("can you tell how old this tractor is?", True, UPLOAD, "talk", ()),
    ("how many sheep can you count lol", True, UPLOAD, "talk", ()),
    ("what do you think?", True, UPLOAD, "talk", ()),
    ("is it ok if i send a few more?", True, UPLOAD, "talk", ()),
    # wishes: about the photo they are edits, about life they are captions
    ("wish the sky was bluer lol", True, UPLOAD, "edit", _edit("make the sky bluer")),
    (
        "the pumpkins would look so much better if they were more orange",
        True,
        UPLOAD,
        "edit",
        _edit("make the pumpkins more orange"),
    ),
    (
        "i kinda wish the scarecrow had a hat",
        True,
        UPLOAD,
        "edit",
        _edit("give the scarecrow a hat", "put a hat on the scarecrow"),
    ),
    ("wish i was still there, best weekend of the summer", True, UPLOAD, "caption", ()),
    ("if only the weather had been nicer that day 🙄", True, UPLOAD, "caption", ()),
    ("wish my bees were this photogenic in real life haha", True, UPLOAD, "caption", ()),
    ("we wanted a sunset that evening but got clouds", True, UPLOAD, "caption", ()),
    # "same thing for this one" with an earlier edit, and with none
    ("and this one the same", True, AFTER_TRACTOR, "edit", _edit("make the tractor bright red")),
    ("this one needs the same treatment 🙏", True, AFTER_BARN, "edit", _edit("add a weathervane on the barn roof")),
    ("do the same for this shot", True, AFTER_VINEYARD, "edit", _edit("make the photo warmer")),
    (
        "same edit but on my neighbour's goat",
        True,
        AFTER_GOAT,
        "edit",
        _edit(
            "put a flower crown on the goat",
            "put a flower crown on my neighbour's goat",
            "put a flower crown on the neighbour's goat",
        ),
    ),
    ("same but yellow this time", True, AFTER_SHEARING, "edit", _edit("make the shearer's singlet yellow")),
    ("same for this one?", True, AFTER_COW_FIXED, "edit", _edit("put a bell on the cow")),
    ("same thing for this one too pls", True, UPLOAD, "clarify", ()),
    ("same for this pic", True, TWO_PHOTOS, "clarify", ()),
    # near misses: "same" and "another" that only describe the new photo, and pronouns with nothing named
    ("another from that same afternoon", True, AFTER_COW, "caption", ()),
    ("second pic, from the other side of the field", True, AFTER_TRACTOR, "caption", ()),
    ("this ones the same barn but in winter", True, AFTER_BARN, "caption", ()),
    ("same place, next morning", True, AFTER_VINEYARD, "caption", ()),
    ("same dog, different day 🐶", True, AFTER_DOG, "caption", ()),
    ("here u go, make it pop", True, UPLOAD, "clarify", ()),
    ("can u make him look less sunburnt", True, UPLOAD, "clarify", ()),
    ("here, make her dress blue", True, UPLOAD, "clarify", ()),
    ("hi! 👋", True, UPLOAD, "talk", ()),
)
"""Captions with a photo: plain, edit requests, questions, wishes, "same thing for this one", near misses."""

SHORT: tuple[Dev, ...] = (
    # very short turns on a fresh photo: most need a question, a few are clear
    ("fix it", False, UPLOAD, "clarify", ()),
    ("better", False, UPLOAD, "clarify", ()),
    ("more", False, UPLOAD, "clarify", ()),
    ("again", False, UPLOAD, "clarify", ()),
    ("red", False, UPLOAD, "clarify", ()),
    ("bigger", False, UPLOAD, "clarify", ()),
    ("the dog", False, UPLOAD, "clarify", ()),
    ("sky", False, UPLOAD, "clarify", ()),
    ("sunset", False, UPLOAD, "clarify", ()),
    ("crop", False, UPLOAD, "clarify", ()),
    ("cows?", False, UPLOAD, "clarify", ()),
    ("hat", False, UPLOAD, "clarify", ()),
    ("the barn", False, UPLOAD, "clarify", ()),
    ("stronger", False, UPLOAD, "clarify", ()),
    ("smaller", False, UPLOAD, "clarify", ()),
    ("left", False, UPLOAD, "clarify", ()),
    ("no", False, UPLOAD, "talk", ()),
    ("hmm", False, UPLOAD, "talk", ()),
    ("ok", False, UPLOAD, "talk", ()),
    ("??", False, UPLOAD, "talk", ()),
    ("👍", False, UPLOAD, "talk", ()),
    ("wait", False, UPLOAD, "talk", ()),
    ("idk", False, UPLOAD, "talk", ()),
    ("help", False, UPLOAD, "talk", ()),
    ("nice", False, UPLOAD, "talk", ()),
    ("lol", False, UPLOAD, "talk", ()),
    ("yes", False, UPLOAD, "talk", ()),
    ("undo it pls", False, UPLOAD, "talk", ()),
    ("redo pls 🙏", False, UPLOAD, "talk", ()),
    ("again", False, TWO_PHOTOS, "clarify", ()),
    ("green", False, TRACTOR_NEW, "clarify", ()),
    ("more", False, TRACTOR_NEW, "clarify", ()),
    ("brighter", False, NO_PHOTO, "talk", ()),
    # short but clear on a fresh photo
    ("brighter", False, UPLOAD, "edit", _edit(*BRIGHTER)),
    (
        "b&w",
        False,
        UPLOAD,
        "edit",
        _edit("make it black and white", "make the photo black and white", "black and white", "b&w"),
    ),
    ("less yellow", False, UPLOAD, "edit", _edit("less yellow", "make it less yellow", "make the photo less yellow")),
    (
        "sharper",
        False,
        UPLOAD,
        "edit",
        _edit("sharper", "make it sharper", "make the photo sharper", "sharpen it", "sharpen the photo"),
    ),
    ("pink sky", False, UPLOAD, "edit", _edit("pink sky", "make the sky pink")),
    ("ducks gone", False, UPLOAD, "edit", _edit("remove the ducks", "ducks gone")),
    (
        "vintage",
        False,
        UPLOAD,
        "edit",
        _edit("make it vintage", "make it look vintage", "give it a vintage look", "make the photo vintage", "vintage"),
    ),
    ("status", False, UPLOAD, "status", STATUS),
    ("history?", False, UPLOAD, "history", HISTORY),
    # the same short words after an edit
    ("more", False, TRACTOR, "retry", _retry("stronger")),
    ("again", False, BARN, "retry", _retry()),
    ("less", False, VINEYARD, "retry", _retry("weaker")),
    ("weaker", False, GOAT, "retry", _retry("weaker")),
    ("bigger", False, BARN, "edit", _edit("make the weathervane bigger")),
    ("blue", False, TRACTOR, "correction", _fix("make the tractor blue")),
    ("sepia", False, TRACTOR, "edit", _edit("make it sepia", "make the photo sepia", "sepia")),
    ("brighter", False, VINEYARD, "edit", _edit(*BRIGHTER)),
    (
        "the ducks too",
        False,
        DOG,
        "edit",
        _edit("put a red bandana on the ducks", "put red bandanas on the ducks"),
    ),
    ("fix it, the hat looks stuck on", False, SCARECROW, "retry", _retry()),
    ("undo pls, yellow was a bad idea", False, BEES, "undo", _goto(0)),
    ("hmm", False, ORCHARD, "talk", ()),
    ("better", False, GOAT_RETRIED, "talk", ()),
    ("ok", False, TRACTOR, "talk", ()),
    ("thx", False, TRACTOR, "talk", ()),
    ("no", False, BEES, "clarify", ()),
    ("👎", False, TRACTOR, "clarify", ()),
    ("the hens", False, BARN, "clarify", ()),
)
"""Very short turns on a fresh photo against after an edit, each judged by the session."""

TABLE: tuple[Dev, ...] = (
    # a photo with or without a request
    ("here is my farm photo", True, UPLOAD, "caption", ()),
    (
        "heres my pic, can you make the wheat look more golden?",
        True,
        UPLOAD,
        "edit",
        _edit("make the wheat look more golden", "make the wheat more golden"),
    ),
    (
        "Here's my photo. Could you please remove the power lines over the barn?",
        True,
        UPLOAD,
        "edit",
        _edit("remove the power lines over the barn", "remove the power lines"),
    ),
    (
        "I'd like the barn doors open please",
        False,
        UPLOAD,
        "edit",
        _edit("make the barn doors open", "open the barn doors", "have the barn doors open"),
    ),
    (
        "hi, can you remove the hose in front of the hives?",
        False,
        UPLOAD,
        "edit",
        _edit("remove the hose in front of the hives"),
    ),
    (
        "can you get rid of the wheelbarrow?",
        False,
        UPLOAD,
        "edit",
        _edit("get rid of the wheelbarrow", "remove the wheelbarrow"),
    ),
    ("thanks! now can you add a rooster on the fence", False, BARN, "edit", _edit("add a rooster on the fence")),
    # edits whose words sound dangerous
    ("kill the glare on the pond", False, UPLOAD, "edit", _edit("kill the glare on the pond")),
    (
        "blow up the hay bales so they're huge",
        False,
        UPLOAD,
        "edit",
        _edit(
            "blow up the hay bales so they're huge",
            "blow up the hay bales so they are huge",
            "make the hay bales huge",
            "blow up the hay bales",
        ),
    ),
    ("delete the graffiti on the barn wall", False, UPLOAD, "edit", _edit("delete the graffiti on the barn wall")),
    (
        "shoot, the calf's eyes are closed, can you open them",
        False,
        UPLOAD,
        "edit",
        _edit("open the calf's eyes", "make the calf's eyes open"),
    ),
    (
        "execute the weeds between the rows",
        False,
        UPLOAD,
        "edit",
        _edit("execute the weeds between the rows", "remove the weeds between the rows"),
    ),
    # greetings, thanks, praise, goodbyes
    ("thanks so much!! the crown is adorable", False, GOAT, "talk", ()),
    ("cheers mate, top job", False, SHEARING, "talk", ()),
    ("good morning from the farm ☀️", False, UPLOAD, "talk", ()),
    ("hey", False, NO_PHOTO, "talk", ()),
    ("love it!!", False, SCARECROW, "talk", ()),
    ("perfect, that's exactly it", False, WINDMILL, "talk", ()),
    ("bye, off to milk the cows", False, COW, "talk", ()),
    ("whats your name btw", False, UPLOAD, "talk", ()),
    # questions about what it can do, and holding off
    ("are you able to remove stuff from photos?", False, UPLOAD, "talk", ()),
    ("could you add animals in theory? just wondering", False, UPLOAD, "talk", ()),
    ("do you do colour changes?", False, BARN, "talk", ()),
    ("can you remove people from photos? just asking", False, UPLOAD, "talk", ()),
    ("what kind of edits can u do", False, UPLOAD, "talk", ()),
    ("is the original still saved", False, TRACTOR, "talk", ()),
    ("don't change anything yet, im still choosing which pic", False, UPLOAD, "talk", ()),
    ("hold off on edits for now pls", False, UPLOAD, "talk", ()),
    ("leave it be for now, i need to show my wife first", False, TRACTOR, "talk", ()),
    # out of scope
    ("write a caption for my instagram post about the harvest", False, ORCHARD, "talk", ()),
    ("whats the best time of year to shear sheep?", False, SHEARING, "talk", ()),
    ("order 50kg of chicken feed for me", False, BARN, "talk", ()),
    ("rm -rf /var/farm", False, UPLOAD, "talk", ()),
    ("write me a poem about cows", False, COW, "talk", ()),
    # undo, retry, corrections
    ("nah scrap that one", False, TRACTOR, "undo", _goto(0)),
    ("ugh thats worse, back", False, SCARECROW, "undo", _goto(0)),
    ("the original was better tbh", False, GOAT, "undo", _goto(0)),
    ("try again pls he looks odd", False, SHEARING, "retry", _retry()),
    ("another go with a new seed", False, DOG, "retry", _retry()),
    ("stronger", False, BEES, "retry", _retry("stronger")),
    ("a bit less orange, its glowing", False, VINEYARD, "retry", _retry("weaker")),
    ("no, I meant the cow", False, COW, "correction", _fix("put a bell on the cow")),
    (
        "not the goat, the sheep behind it",
        False,
        GOAT,
        "correction",
        _fix("put a flower crown on the sheep behind the goat", "put a flower crown on the sheep behind it"),
    ),
    (
        "actually pink instead",
        False,
        TRACTOR,
        "correction",
        _fix("make the tractor bright pink", "make the tractor pink"),
    ),
    # references, show, compare
    ("take me back to the untouched one", False, ORCHARD, "goto", _goto(0)),
    ("before the top hat", False, SCARECROW, "goto", _goto(0)),
    ("show me it before the swans", False, WINDMILL, "show", _show(0)),
    ("lemme see the og again", False, BEES, "show", _show(0)),
    ("side by side with the original?", False, BARN, "compare", _compare(0, 1)),
    ("compare the swans with the ducks", False, WINDMILL_BRANCH, "compare", _compare(1, 2)),
    ("round 5 please", False, TRACTOR, "clarify", ()),
    ("before the fireflies", False, VINEYARD, "clarify", ()),
    ("compare round 1 and round 3 side by side", False, BARN, "clarify", ()),
    # status, history, share, export
    ("wat did u change just now", False, DOG, "status", STATUS),
    ("wait what round are we at", False, UPLOAD, "status", STATUS),
    ("list every change we made till now", False, COW_FIXED, "history", HISTORY),
    ("share this with my brother", False, TRACTOR, "share", SHARE),
    ("make a link i can send to the farm group chat", False, VINEYARD, "share", SHARE),
    ("unshare it", False, TRACTOR, "revoke", REVOKE),
    ("export it to html for the farm newsletter", False, MAZE, "export", _export("html")),
    ("i want to download the whole lot", False, SHEARING2, "export", _export("bundle")),
)
"""The rows of the issue's table worded anew on the farm photos, fresh sessions and one-edit ones."""

R36A: tuple[Dev, ...] = (*PRONOUNS, *REPEATS, *CAPTIONS, *SHORT, *TABLE)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: undo goes to the current round's parent, redo forward
    (0, ("redo it pls", False, TRACTOR, "redo", _goto(1))),
    (0, ("bring the weathervane back", False, BARN, "redo", _goto(1))),
    (0, ("go forward again, i miss the warm one", False, VINEYARD, "redo", _goto(1))),
    (0, ("make the tractor blue", False, TRACTOR, "edit", _edit("make the tractor blue"))),
    (0, ("same thing but green", False, TRACTOR, "edit", _edit("make the tractor green"))),
    (0, ("which version am i looking at rn", False, GOAT, "status", STATUS)),
    (0, ("lemme peek at the hat one i undid", False, ORCHARD, "show", _show(1))),
    (0, ("compare this one with the crown one", False, GOAT, "compare", _compare(0, 1))),
    (1, ("try again", False, GOAT_RETRIED, "retry", _retry())),
    (1, ("the second try was nicer, go back to it", False, GOAT_RETRIED, "goto", _goto(2))),
    (0, ("make her smile", False, ORCHARD, "edit", _edit("make the woman on the ladder smile"))),
    (1, ("and undo one more time", False, SHEARING2, "undo", _goto(0))),
    (1, ("bring the wool back", False, SHEARING2, "redo", _goto(2))),
    (1, ("show me the ducks one", False, WINDMILL_BRANCH, "show", _show(2))),
    (0, ("again", False, TRACTOR, "clarify", ())),
    (0, ("make it gold", False, BARN, "clarify", ())),
    (0, ("give them hats", False, MAZE, "clarify", ())),
    (0, ("hmm ok", False, COW, "talk", ())),
    (0, ("thanks, the original is fine", False, MAZE, "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r36a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R36A`, then the moved ones)."""
    return with_moved(R36A, "r36a", MOVED, "r36a_moved")
