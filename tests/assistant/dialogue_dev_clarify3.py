"""A development set of turns too vague to act on, which deserve one short clarifying question, and their
look-alikes that are clear.

Written by hand for training and tuning the dialogue model, about scenes the other sets do not use (a
beekeeper's hives, a hedgehog in a garden, an arcade with a claw machine, a harp on a stage, a yacht, a
museum hall, a sloth at the zoo, a stadium, a sundial, meerkats on a rock, a temple, a pinball machine, a
gong, a chandelier): a bare noun or colour with no verb when nothing says what to do with it, wishes for
the photo to look good that name no change, "fix it" and "change the thing" with nothing named, a place
with no object ("hmm the left one"), half sentences, "the other one" with nothing to resolve it, retries,
strengths, corrections and undo in a session with no edit, photos that were talked about and not sent,
and feedback that names no change. About a third are look-alikes that must act: plain edits in messy
wording, a colour or a comparative right after an edit that named its object, "the other one" after an
edit of one of two sides, retries and undo after an edit; and some are talk. The cases have the
development set's format (`Dev`: turn, photo, state, act, calls); a case with no calls expects an answer
in words.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _fix, _goto, _retry, as_cases

HIVES = ((None, None), (0, "paint the beehives yellow"))
"""A beekeeper in a veil by three beehives, a smoker on a table, sunflowers."""
LEFT_HIVE = ((None, None), (0, "make the left beehive white"))
"""Two beehives side by side, the left one painted."""
HEDGEHOG = ((None, None), (0, "put a tiny party hat on the hedgehog"))
"""A hedgehog on a garden path, leaves, a flower pot."""
ARCADE = ((None, None), (0, "make the claw machine pink"), (1, "remove the cables on the floor"))
"""An arcade: claw machine, joystick cabinets, carpet, cables."""
HARP = ((None, None), (0, "make the harp gold"))
"""A harpist on a stage with a harp, a music stand and a velvet backdrop."""
YACHT = ((None, None), (0, "make the hull red"))
"""A yacht in a bay: hull, sail, deck, a captain, seagulls."""
MUSEUM = ((None, None), (0, "remove the exhibit sign"), (1, "add a bronze sculpture in the hall"))
"""A museum hall: pillars, an exhibit sign, visitors, a skylight."""
SLOTH = ((None, None), (0, "give the sloth sunglasses"))
"""A sloth hanging from a branch at the zoo, a keeper behind it."""
STADIUM = ((None, None), (0, "make the seats blue"))
"""A stadium: seats, pitch, goalposts, floodlights."""
STADIUM_MASCOT = (*STADIUM, (1, "add a mascot on the pitch"))
"""The stadium with a mascot added on the blue seats round."""
SUNDIAL = ((None, None), (0, "make the sundial bronze"))
"""A sundial in a park, a hedge, a bench, pigeons."""
MEERKAT = ((None, None), (0, "add a second meerkat on the rock"))
"""Meerkats standing on a rock in the sand."""
TEMPLE = ((None, None), (0, "remove the incense smoke"))
"""A temple courtyard: a bell, incense, monks, lotus pond, steps."""
PINBALL = ((None, None), (0, "make the pinball machine purple"))
"""A pinball machine in a games room."""
GONG = ((None, None), (0, "make the gong silver"))
"""A gong on a wooden stand."""

HARP_THEN_PHOTO = (*HARP, (None, None))
"""The harp session with a second photo (a chandelier in a ballroom) uploaded and not edited yet."""

VAGUE: tuple[Dev, ...] = (
    # a bare noun, place or colour, with no verb and nothing before it to say what to do
    ("the hedgehog", False, UPLOAD, "clarify", ()),
    ("beehives?", False, UPLOAD, "clarify", ()),
    ("yellow", False, UPLOAD, "clarify", ()),
    ("gold!!", False, UPLOAD, "clarify", ()),
    ("the sail maybe", False, UPLOAD, "clarify", ()),
    ("that chandelier tho", False, UPLOAD, "clarify", ()),
    ("meerkats lol", False, UPLOAD, "clarify", ()),
    ("hmm the left one", False, UPLOAD, "clarify", ()),
    ("the one in the back", False, UPLOAD, "clarify", ()),
    ("top right corner", False, UPLOAD, "clarify", ()),
    ("that bit there", False, UPLOAD, "clarify", ()),
    ("the sky??", False, UPLOAD, "clarify", ()),
    ("pink or purple, idk", False, UPLOAD, "clarify", ()),
    ("the sloth... and the branch", False, UPLOAD, "clarify", ()),
    ("claw machine", False, UPLOAD, "clarify", ()),
    ("👉 the gong", False, UPLOAD, "clarify", ()),
    ("turquoise", False, UPLOAD, "clarify", ()),
    ("the monks", False, UPLOAD, "clarify", ()),
    ("emerald green?", False, UPLOAD, "clarify", ()),
    ("the background i guess", False, UPLOAD, "clarify", ()),
    ("umm the pillars", False, UPLOAD, "clarify", ()),
    ("scoreboard", False, UPLOAD, "clarify", ()),
    ("lighting", False, UPLOAD, "clarify", ()),
    ("the colors", False, UPLOAD, "clarify", ()),
    ("the middle one pls", False, UPLOAD, "clarify", ()),
    # a place or a bare noun after an edit that does not say what to do with it
    ("hmm the left one", False, HIVES, "clarify", ()),
    ("the pot?", False, HEDGEHOG, "clarify", ()),
    ("the joystick thing", False, ARCADE, "clarify", ()),
    ("purple", False, MUSEUM, "clarify", ()),
    ("green", False, ARCADE, "clarify", ()),
    ("floodlights", False, STADIUM_MASCOT, "clarify", ()),
    ("the one on the right", False, MEERKAT, "clarify", ()),
    ("the steps", False, TEMPLE, "clarify", ()),
    # a wish for the photo to look good that names no change
    ("make it better", False, UPLOAD, "clarify", ()),
    ("can u make this look less bad", False, UPLOAD, "clarify", ()),
    ("improve the pic pls", False, UPLOAD, "clarify", ()),
    ("do ur magic ✨", False, UPLOAD, "clarify", ()),
    ("make it nicer idk", False, UPLOAD, "clarify", ()),
    ("glow it up", False, UPLOAD, "clarify", ()),
    ("spruce it up a bit", False, UPLOAD, "clarify", ()),
    ("jazz it up", False, UPLOAD, "clarify", ()),
    ("just make it good", False, UPLOAD, "clarify", ()),
    ("enhance", False, UPLOAD, "clarify", ()),
    ("make the photo more wow", False, UPLOAD, "clarify", ()),
    ("upgrade it", False, UPLOAD, "clarify", ()),
    ("can you make this one look cooler", False, UPLOAD, "clarify", ()),
    ("make it look like a pro took it", False, UPLOAD, "clarify", ()),
    ("please make my photo beautiful", False, UPLOAD, "clarify", ()),
    ("make it better", False, HARP, "clarify", ()),
    ("make it nicer pls", False, YACHT, "clarify", ()),
    ("improve it", False, SUNDIAL, "clarify", ()),
    ("can you make the whole thing look better", False, STADIUM, "clarify", ()),
    ("make the sloth look nicer", False, UPLOAD, "clarify", ()),
    ("make the hedgehog look more cute", False, UPLOAD, "clarify", ()),
    ("make the temple look better", False, UPLOAD, "clarify", ()),
    ("it needs something", False, UPLOAD, "clarify", ()),
    ("something's missing, add something", False, UPLOAD, "clarify", ()),
    # "fix it", "change the thing", with nothing named
    ("fix it", False, UPLOAD, "clarify", ()),
    ("fix this pls its ugly", False, UPLOAD, "clarify", ()),
    ("sort it out", False, UPLOAD, "clarify", ()),
    ("can you do something with this", False, UPLOAD, "clarify", ()),
    ("change the thing", False, UPLOAD, "clarify", ()),
    ("change that stuff on the left", False, UPLOAD, "clarify", ()),
    ("change it", False, UPLOAD, "clarify", ()),
    ("fix it", False, HEDGEHOG, "clarify", ()),
    ("change the thing", False, ARCADE, "clarify", ()),
    ("edit this", False, UPLOAD, "clarify", ()),
    ("fix the photo", False, UPLOAD, "clarify", ()),
    ("fix whatever is wrong with it", False, UPLOAD, "clarify", ()),
    ("can you change some stuff", False, UPLOAD, "clarify", ()),
    ("tweak it", False, PINBALL, "clarify", ()),
    ("do something about the thing near the bell", False, UPLOAD, "clarify", ()),
    ("fix the thingy", False, GONG, "clarify", ()),
    ("modify it", False, UPLOAD, "clarify", ()),
    ("change the colours", False, UPLOAD, "clarify", ()),
    ("make it different", False, UPLOAD, "clarify", ()),
    ("fix the colours", False, SLOTH, "clarify", ()),
    # half sentences
    ("can you make the", False, UPLOAD, "clarify", ()),
    ("i want the sloth to", False, UPLOAD, "clarify", ()),
    ("put a", False, UPLOAD, "clarify", ()),
    ("remove the uh", False, UPLOAD, "clarify", ()),
    ("and then the", False, HIVES, "clarify", ()),
    ("make the harp more", False, UPLOAD, "clarify", ()),
    ("add some", False, UPLOAD, "clarify", ()),
    ("could you maybe", False, UPLOAD, "clarify", ()),
    ("so like the yacht but", False, UPLOAD, "clarify", ()),
    ("change the hull to", False, YACHT, "clarify", ()),
    ("make the", False, MEERKAT, "clarify", ()),
    ("what if the meerkats were", False, UPLOAD, "clarify", ()),
    ("turn the gong into", False, UPLOAD, "clarify", ()),
    ("give the monks", False, UPLOAD, "clarify", ()),
    # "the other one" with nothing to resolve it
    ("do the other one", False, UPLOAD, "clarify", ()),
    ("now the other one", False, HARP, "clarify", ()),
    ("the other one too", False, SUNDIAL, "clarify", ()),
    ("other one pls", False, UPLOAD, "clarify", ()),
    ("same for the other one", False, GONG, "clarify", ()),
    ("and the other thing", False, PINBALL, "clarify", ()),
    # feedback that names no change
    ("hmm", False, HIVES, "clarify", ()),
    ("idk about this", False, HARP, "clarify", ()),
    ("its kinda off", False, YACHT, "clarify", ()),
    ("something's not right", False, SLOTH, "clarify", ()),
    ("nope", False, UPLOAD, "clarify", ()),
    ("not quite what i had in mind", False, MEERKAT, "clarify", ()),
    ("eh.", False, PINBALL, "clarify", ()),
    ("ehhh 😬", False, UPLOAD, "clarify", ()),
    ("hm weird", False, TEMPLE, "clarify", ()),
    ("what would you change?", False, UPLOAD, "clarify", ()),
    ("any ideas what to do with this one", False, UPLOAD, "clarify", ()),
    ("you decide", False, UPLOAD, "clarify", ()),
    ("surprise me", False, UPLOAD, "clarify", ()),
    ("ok so", False, UPLOAD, "clarify", ()),
    ("?", False, HEDGEHOG, "clarify", ()),
    ("well?", False, UPLOAD, "clarify", ()),
    ("can you", False, UPLOAD, "clarify", ()),
    ("the hull, the sail, idk", False, YACHT, "clarify", ()),
    ("hmm what about the pillars", False, MUSEUM, "clarify", ()),
)
"""Too vague to act on: one short question."""

NOTHING_TO_AMEND: tuple[Dev, ...] = (
    ("more?", False, UPLOAD, "clarify", ()),
    ("more", False, UPLOAD, "clarify", ()),
    ("stronger pls", False, UPLOAD, "clarify", ()),
    ("less", False, UPLOAD, "clarify", ()),
    ("bit more", False, UPLOAD, "clarify", ()),
    ("yellower", False, UPLOAD, "clarify", ()),
    ("try again", False, UPLOAD, "clarify", ()),
    ("again pls", False, UPLOAD, "clarify", ()),
    ("another version", False, UPLOAD, "clarify", ()),
    ("one more go", False, UPLOAD, "clarify", ()),
    ("undo", False, UPLOAD, "clarify", ()),
    ("undo that", False, UPLOAD, "clarify", ()),
    ("go back", False, UPLOAD, "clarify", ()),
    ("no i meant the sail", False, UPLOAD, "clarify", ()),
    ("not the left one, the right one", False, UPLOAD, "clarify", ()),
    ("silver instead", False, UPLOAD, "clarify", ()),
    ("redo it", False, UPLOAD, "clarify", ()),
    ("too much", False, UPLOAD, "clarify", ()),
    ("do it again but bigger", False, UPLOAD, "clarify", ()),
    ("same again", False, UPLOAD, "clarify", ()),
    ("the hull too", False, UPLOAD, "clarify", ()),
    ("not so bright", False, UPLOAD, "clarify", ()),
    ("try again", False, (), "clarify", ()),
    ("more", False, (), "clarify", ()),
)
"""A retry, a strength, a correction or an undo in a session with no edit: nothing to do it to."""

NO_PHOTO: tuple[Dev, ...] = (
    ("here's the pic of my grandpas beehives", False, (), "clarify", ()),
    ("edit the photo i sent you yesterday", False, (), "clarify", ()),
    ("use the second pic i attached", False, UPLOAD, "clarify", ()),
    ("look at the photo i sent earlier and fix the face", False, UPLOAD, "clarify", ()),
    ("this one", False, (), "clarify", ()),
    ("the one from my camera roll", False, (), "clarify", ()),
    ("same thing for this one", False, HARP, "clarify", ()),
    ("did the photo go through?", False, (), "talk", ()),
    ("sending it in a sec", False, (), "talk", ()),
)
"""Photos talked about that did not come with the turn."""

TALK: tuple[Dev, ...] = (
    ("lol the hedgehog looks so cute now", False, HEDGEHOG, "talk", ()),
    ("thx!!", False, HARP, "talk", ()),
    ("wow the yacht is gorgeous", False, YACHT, "talk", ()),
    ("perfect, thats exactly it", False, SUNDIAL, "talk", ()),
    ("love the sunglasses haha", False, SLOTH, "talk", ()),
    ("is this free?", False, UPLOAD, "talk", ()),
    ("can you do videos?", False, UPLOAD, "talk", ()),
    ("how long does an edit take", False, UPLOAD, "talk", ()),
    ("can you add people to pics?", False, UPLOAD, "talk", ()),
    ("whats the weather in lisbon", False, UPLOAD, "talk", ()),
    ("my grandpa keeps bees, this is his farm", False, UPLOAD, "talk", ()),
    ("hello 👋", False, (), "talk", ()),
    ("good night, ill continue tomorrow", False, GONG, "talk", ()),
    ("ok nothing for now, still thinking", False, TEMPLE, "talk", ()),
    ("haha nice", False, MEERKAT, "talk", ()),
    ("that sculpture looks real, great job", False, MUSEUM, "talk", ()),
    ("write a caption for this for insta", False, PINBALL, "talk", ()),
    ("do you speak french?", False, UPLOAD, "talk", ()),
    ("what kinds of changes can u do", False, UPLOAD, "talk", ()),
    ("the mascot is hilarious thank you", False, STADIUM_MASCOT, "talk", ()),
    ("here u go", True, UPLOAD, "caption", ()),
    ("my grandpa's hives, taken last summer", True, UPLOAD, "caption", ()),
)
"""Talk: answered in words, no call."""

CLEAR: tuple[Dev, ...] = (
    # plain edits, named object and change, in messy wording
    ("make the beehives white", False, UPLOAD, "edit", _edit("make the beehives white")),
    ("pls remove the smoker from the table", False, UPLOAD, "edit", _edit("remove the smoker from the table")),
    ("can u put a bee on the sunflower", False, UPLOAD, "edit", _edit("put a bee on the sunflower")),
    ("turn the sky over the temple orange", False, UPLOAD, "edit", _edit("turn the sky over the temple orange")),
    ("give the hedgehog a little scarf", False, UPLOAD, "edit", _edit("give the hedgehog a little scarf")),
    ("make the claw machine green pls", False, UPLOAD, "edit", _edit("make the claw machine green")),
    (
        "remove the guy in the yellow jacket behind the sloth",
        False,
        UPLOAD,
        "edit",
        _edit("remove the guy in the yellow jacket behind the sloth"),
    ),
    ("add snow on the museum steps", False, UPLOAD, "edit", _edit("add snow on the museum steps")),
    ("could you make the harp strings silver", False, UPLOAD, "edit", _edit("make the harp strings silver")),
    ("erase the scoreboard", False, UPLOAD, "edit", _edit("erase the scoreboard")),
    ("make teh yacht white", False, UPLOAD, "edit", _edit("make the yacht white")),
    (
        "remove all the trash cans near the sundial",
        False,
        UPLOAD,
        "edit",
        _edit("remove all the trash cans near the sundial"),
    ),
    ("change the arcade carpet to red", False, UPLOAD, "edit", _edit("change the arcade carpet to red")),
    ("add a lotus flower in the pond", False, UPLOAD, "edit", _edit("add a lotus flower in the pond")),
    ("make the gong look rusty", False, UPLOAD, "edit", _edit("make the gong look rusty")),
    ("hey can you make the chandelier blue", False, UPLOAD, "edit", _edit("make the chandelier blue")),
    ("put a crown on the meerkat on the left", False, UPLOAD, "edit", _edit("put a crown on the meerkat on the left")),
    ("remove the pigeons", False, UPLOAD, "edit", _edit("remove the pigeons")),
    ("make the pinball machine glow", False, UPLOAD, "edit", _edit("make the pinball machine glow")),
    ("the sky, make it pink", False, UPLOAD, "edit", _edit("make the sky pink")),
    ("i want the goalposts red", False, UPLOAD, "edit", _edit("make the goalposts red")),
    ("give the sloth a tiny backpack", False, UPLOAD, "edit", _edit("give the sloth a tiny backpack")),
    ("make the lighting warmer", False, UPLOAD, "edit", _edit("make the lighting warmer")),
    ("add a hot air balloon over the temple", False, UPLOAD, "edit", _edit("add a hot air balloon over the temple")),
    ("remove the monk on the right", False, UPLOAD, "edit", _edit("remove the monk on the right")),
    ("make the photo black and white", False, UPLOAD, "edit", _edit("make the photo black and white")),
    ("yo can u remove the cables", False, UPLOAD, "edit", _edit("remove the cables")),
    (
        "make the branch under the sloth thicker pls",
        False,
        UPLOAD,
        "edit",
        _edit("make the branch under the sloth thicker"),
    ),
    ("put a tiny santa hat on each meerkat", False, UPLOAD, "edit", _edit("put a tiny santa hat on each meerkat")),
    # a plain edit after an edit: on top of it
    ("now remove the smoker", False, HIVES, "edit", _edit("remove the smoker")),
    ("ok add a bee on the hat", False, HEDGEHOG, "edit", _edit("add a bee on the hat")),
    ("great, now make the carpet red", False, ARCADE, "edit", _edit("make the carpet red")),
    ("make the music stand gold too", False, HARP, "edit", _edit("make the music stand gold")),
    ("add seagulls over the yacht", False, YACHT, "edit", _edit("add seagulls over the yacht")),
    ("remove the visitors", False, MUSEUM, "edit", _edit("remove the visitors")),
    ("now the keeper, remove him", False, SLOTH, "edit", _edit("remove the keeper")),
    ("make the pitch greener", False, STADIUM, "edit", _edit("make the pitch greener")),
    ("add a pigeon on top of the sundial", False, SUNDIAL, "edit", _edit("add a pigeon on top of the sundial")),
    ("make the bell gold", False, TEMPLE, "edit", _edit("make the bell gold")),
    # "it" after an edit that named its object
    ("make it shinier", False, GONG, "edit", _edit("make the gong shinier")),
    ("now make it bigger", False, PINBALL, "edit", _edit("make the pinball machine bigger")),
    # the last edit's object with another colour, or another object with the same change
    ("the sail too", False, YACHT, "edit", _edit("make the sail red")),
    ("and the music stand", False, HARP, "edit", _edit("make the music stand gold")),
    ("now the flower pot", False, HEDGEHOG, "edit", _edit("put a tiny party hat on the flower pot")),
    # a colour right after a colour edit that named its object: that colour instead
    ("blue", False, HIVES, "correction", _fix("paint the beehives blue")),
    ("silver", False, HARP, "correction", _fix("make the harp silver")),
    ("teal pls", False, YACHT, "correction", _fix("make the hull teal")),
    ("hmm green", False, STADIUM, "correction", _fix("make the seats green")),
    ("orange!", False, PINBALL, "correction", _fix("make the pinball machine orange")),
    ("copper", False, SUNDIAL, "correction", _fix("make the sundial copper")),
    ("black instead", False, GONG, "correction", _fix("make the gong black")),
    ("no, gold", False, GONG, "correction", _fix("make the gong gold")),
    # "the other one" after an edit of one of two sides
    ("no the other one", False, LEFT_HIVE, "correction", _fix("make the right beehive white")),
    ("wrong side, the right one", False, LEFT_HIVE, "correction", _fix("make the right beehive white")),
    # corrections of the object, or only another object named
    ("the smoker", False, HIVES, "correction", _fix("paint the smoker yellow")),
    ("the keeper", False, SLOTH, "correction", _fix("give the keeper sunglasses")),
    ("and the bench?", False, SUNDIAL, "edit", _edit("make the bench bronze")),
    ("no i meant the sail", False, YACHT, "correction", _fix("make the sail red")),
    ("not the seats, the goalposts", False, STADIUM, "correction", _fix("make the goalposts blue")),
    # stronger, weaker: a retry of the last edit
    ("yellower", False, HIVES, "retry", _retry("stronger")),
    ("more gold!!", False, HARP, "retry", _retry("stronger")),
    ("bluer", False, STADIUM, "retry", _retry("stronger")),
    ("redder pls", False, YACHT, "retry", _retry("stronger")),
    ("more", False, SUNDIAL, "retry", _retry("stronger")),
    ("less purple", False, PINBALL, "retry", _retry("weaker")),
    ("too much, tone it down", False, HEDGEHOG, "retry", _retry("weaker")),
    ("a bit more pls", False, GONG, "retry", _retry("stronger")),
    # another go at the last edit
    ("try again pls", False, SLOTH, "retry", _retry()),
    ("another one", False, MEERKAT, "retry", _retry()),
    ("one more go", False, TEMPLE, "retry", _retry()),
    ("try again, the sunglasses look fake", False, SLOTH, "retry", _retry()),
    ("again", False, HEDGEHOG, "retry", _retry()),
    # undo after an edit
    ("undo", False, HEDGEHOG, "undo", _goto(0)),
    ("undo that", False, ARCADE, "undo", _goto(1)),
    ("nah go back", False, MEERKAT, "undo", _goto(0)),
    ("take the hat off again", False, HEDGEHOG, "undo", _goto(0)),
    # a photo with a caption that edits it
    ("here u go, make the chandelier gold", True, UPLOAD, "edit", _edit("make the chandelier gold")),
    ("same thing for this one", True, HARP_THEN_PHOTO, "edit", _edit("make the harp gold")),
    ("this one: remove the music stand", True, HARP_THEN_PHOTO, "edit", _edit("remove the music stand")),
)
"""Look-alikes that are clear and must act."""


def clarify3_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case."""
    return [
        *as_cases(VAGUE, "clarify3_vague"),
        *as_cases(NOTHING_TO_AMEND, "clarify3_nothing_to_amend"),
        *as_cases(NO_PHOTO, "clarify3_no_photo"),
        *as_cases(TALK, "clarify3_talk"),
        *as_cases(CLEAR, "clarify3_clear"),
    ]
