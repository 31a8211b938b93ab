"""A fourth development set of turns too vague to act on, which deserve one short clarifying question, and
their look-alikes that are clear.

Written by hand for training and tuning the dialogue model, about scenes the other sets do not use (a
blacksmith at an anvil, a florist's stall of peonies and geraniums, a launderette, an archery range, two
climbers on a glacier, a panda chewing bamboo, a karaoke booth, a knitter with yarn and needles, a walrus
on an ice floe): wishes that name no change ("can you fix the vibe", "give it some oomph"), changes with no
target ("swap that thing out"), "it", "that" and "them" before any edit with nothing to point at, turns
that leave open which of two things, asks that contradict each other in one turn, bare nouns and
adjectives, turns that break off, "do the same" and undo with nothing to repeat or take back, and
questions back to the person. About a third are look-alikes that must act: clear edits in the same messy
wording, "it" and "the same" after an edit that named its object, corrections that sound like a change of
mind, retries and undo after an edit; and some are talk. The cases have the development set's format
(`Dev`: turn, photo, state, act, calls); a case with no calls expects an answer in words.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _fix, _goto, _retry, as_cases

SMITHY = ((None, None), (0, "make the horseshoe glow orange"))
"""A blacksmith at an anvil in a smithy: the forge, tongs, a horseshoe, a soot-black wall."""
FLORIST = ((None, None), (0, "make the peonies white"))
"""A florist's stall: peonies and geraniums in zinc pails, twine, a cash box, a slate with prices."""
FLOWERS_BOTH = ((None, None), (0, "make the peonies and the geraniums white"))
"""The florist's stall with both kinds of flowers made white in one edit."""
LAUNDERETTE = ((None, None), (0, "remove the man on the bench"), (1, "make the washers mint green"))
"""A launderette: a row of washers and dryers, a vending machine, a detergent box, a bench."""
ARCHERY = ((None, None), (0, "make the quiver red"))
"""An archery range: an archer with a bow and a quiver, a straw target with a bullseye, flags."""
GLACIER = ((None, None), (0, "make the ice bluer"))
"""Two climbers with crampons and ice axes on a glacier, a crevasse, a snowy summit."""
PANDA = ((None, None), (0, "add more bamboo next to the panda"))
"""A panda chewing bamboo in an enclosure: a log, a rock, a wooden platform."""
KARAOKE = ((None, None), (0, "make the lyrics screen purple"))
"""A karaoke booth: a singer with a mic, a tambourine, a screen with lyrics, disco lights."""
KNITTING = ((None, None), (0, "make the yarn red"))
"""A granny knitting by a window: yarn, knitting needles, a wool basket, an armchair."""
WALRUS = ((None, None), (0, "make the walrus tusks longer"))
"""A walrus on an ice floe, waves, an iceberg behind it."""
SMITHY_THEN_PHOTO = (*SMITHY, (None, None))
"""The smithy session with a second photo (another forge) uploaded and not edited yet."""

WISHES: tuple[Dev, ...] = (
    # a wish for the photo to be better or different that names no change
    ("can you fix the vibe", False, UPLOAD, "clarify", ()),
    ("the vibe is off, do something", False, UPLOAD, "clarify", ()),
    ("something with the lighting maybe", False, UPLOAD, "clarify", ()),
    ("give it some oomph", False, UPLOAD, "clarify", ()),
    ("punch it up a little?", False, UPLOAD, "clarify", ()),
    ("make it less boring pls", False, UPLOAD, "clarify", ()),
    ("its kinda meh... help", False, UPLOAD, "clarify", ()),
    ("needs more energy", False, UPLOAD, "clarify", ()),
    ("make this insta worthy 🙏", False, UPLOAD, "clarify", ()),
    ("level it up", False, UPLOAD, "clarify", ()),
    ("more aesthetic pls", False, UPLOAD, "clarify", ()),
    ("make it slap", False, UPLOAD, "clarify", ()),
    ("make it feel more alive", False, UPLOAD, "clarify", ()),
    ("it looks flat idk", False, UPLOAD, "clarify", ()),
    ("can u make it more... u know", False, UPLOAD, "clarify", ()),
    ("the mood is wrong", False, UPLOAD, "clarify", ()),
    ("make it look less amateur", False, UPLOAD, "clarify", ()),
    ("the colours feel off somehow", False, UPLOAD, "clarify", ()),
    ("make the walrus look more epic", False, UPLOAD, "clarify", ()),
    ("make the stall more inviting", False, UPLOAD, "clarify", ()),
    ("needs a little something on the right", False, UPLOAD, "clarify", ()),
    ("add some life to it", False, UPLOAD, "clarify", ()),
    ("give the smithy more character", False, UPLOAD, "clarify", ()),
    ("make the karaoke pic more fun", False, UPLOAD, "clarify", ()),
    ("make it more me", False, UPLOAD, "clarify", ()),
    ("make it look how i remember it", False, UPLOAD, "clarify", ()),
    ("tweak the lighting somehow", False, UPLOAD, "clarify", ()),
    ("can the lighting be... different", False, UPLOAD, "clarify", ()),
    ("fix the vibe of the panda pic", False, UPLOAD, "clarify", ()),
    ("needs work tbh", False, UPLOAD, "clarify", ()),
    ("hmm its missing that wow factor", False, UPLOAD, "clarify", ()),
    ("do ur thing", False, UPLOAD, "clarify", ()),
    ("wanna make this one stand out, ideas?", False, UPLOAD, "clarify", ()),
    ("kinda want it to look different but not sure how", False, UPLOAD, "clarify", ()),
    ("make it more interesting pls, its for my portfolio", False, UPLOAD, "clarify", ()),
    ("pls make the knitting pic look good for grannys birthday", False, UPLOAD, "clarify", ()),
    ("the whole thing just feels wrong", False, UPLOAD, "clarify", ()),
    ("make it better for instagram", False, UPLOAD, "clarify", ()),
    ("fix the vibe", False, SMITHY, "clarify", ()),
    ("something with the lighting maybe", False, FLORIST, "clarify", ()),
    ("it still looks kinda meh", False, KNITTING, "clarify", ()),
    ("could be nicer somehow", False, GLACIER, "clarify", ()),
    ("make the whole thing more alive", False, ARCHERY, "clarify", ()),
    ("hmm now it needs something else", False, PANDA, "clarify", ()),
    ("ok what else could make it better", False, WALRUS, "clarify", ()),
    ("still not feeling it", False, KARAOKE, "clarify", ()),
)
"""Wishes with no target or no change: one question."""

NO_TARGET: tuple[Dev, ...] = (
    # a change with nothing named to change, or a thing with no change
    ("swap that thing out", False, UPLOAD, "clarify", ()),
    ("move the stuff over there", False, UPLOAD, "clarify", ()),
    ("can u replace it with something else", False, UPLOAD, "clarify", ()),
    ("change the bit in the corner", False, UPLOAD, "clarify", ()),
    ("do smth w the left side", False, UPLOAD, "clarify", ()),
    ("the stuff at the bottom, change it", False, UPLOAD, "clarify", ()),
    ("replace the thing with the other thing", False, UPLOAD, "clarify", ()),
    ("make that part different", False, UPLOAD, "clarify", ()),
    ("can you alter the top bit", False, UPLOAD, "clarify", ()),
    ("edit the middle", False, UPLOAD, "clarify", ()),
    ("get rid of the thing", False, UPLOAD, "clarify", ()),
    ("remove that stuff", False, UPLOAD, "clarify", ()),
    ("fix that bit", False, UPLOAD, "clarify", ()),
    ("recolour it", False, UPLOAD, "clarify", ()),
    ("make it a different colour", False, UPLOAD, "clarify", ()),
    ("make the thing bigger", False, UPLOAD, "clarify", ()),
    ("pop something in there", False, UPLOAD, "clarify", ()),
    ("add something on the wall", False, UPLOAD, "clarify", ()),
    ("add a thing next to the walrus", False, UPLOAD, "clarify", ()),
    ("move it a bit", False, UPLOAD, "clarify", ()),
    ("shift it up", False, UPLOAD, "clarify", ()),
    ("change the whatsitcalled, the round thing", False, UPLOAD, "clarify", ()),
    ("can you do something to the background stuff", False, UPLOAD, "clarify", ()),
    ("change the other bit too", False, SMITHY, "clarify", ()),
    ("swap it for something else", False, LAUNDERETTE, "clarify", ()),
    ("put something in the empty spot", False, ARCHERY, "clarify", ()),
    ("change the stuff in the back", False, PANDA, "clarify", ()),
    ("now do something with the other side", False, KARAOKE, "clarify", ()),
)
"""Changes with no target, targets with no change."""

NO_REFERENT: tuple[Dev, ...] = (
    # "it", "that", "them" before any edit: nothing to point at
    ("make it blue", False, UPLOAD, "clarify", ()),
    ("paint that green pls", False, UPLOAD, "clarify", ()),
    ("turn it pink", False, UPLOAD, "clarify", ()),
    ("can u make that bigger", False, UPLOAD, "clarify", ()),
    ("remove it pls", False, UPLOAD, "clarify", ()),
    ("get rid of that", False, UPLOAD, "clarify", ()),
    ("delete this", False, UPLOAD, "clarify", ()),
    ("make that one shiny", False, UPLOAD, "clarify", ()),
    ("move it to the left", False, UPLOAD, "clarify", ()),
    ("make them smaller", False, UPLOAD, "clarify", ()),
    ("give it a hat", False, UPLOAD, "clarify", ()),
    ("put it on the anvil", False, UPLOAD, "clarify", ()),
    ("color it red", False, UPLOAD, "clarify", ()),
    ("can you make those yellow", False, UPLOAD, "clarify", ()),
    ("that one. gold.", False, UPLOAD, "clarify", ()),
    ("make this purple", False, UPLOAD, "clarify", ()),
    ("those should go", False, UPLOAD, "clarify", ()),
    ("it needs to be darker green", False, (), "clarify", ()),
)
"""Pronouns with no referent before any edit."""

WHICH: tuple[Dev, ...] = (
    # which of two things is left open
    ("make one of them red", False, UPLOAD, "clarify", ()),
    ("remove one of the pails", False, UPLOAD, "clarify", ()),
    ("the peonies or the geraniums, idk which, make them pink", False, UPLOAD, "clarify", ()),
    ("this one or that one? make it bigger", False, UPLOAD, "clarify", ()),
    ("one of the climbers should be in red", False, UPLOAD, "clarify", ()),
    ("change either the bow or the quiver to gold", False, UPLOAD, "clarify", ()),
    ("the left washer or the right one, not sure, blue", False, UPLOAD, "clarify", ()),
    ("make that one and not the other one green", False, UPLOAD, "clarify", ()),
    ("just one of them pink again", False, FLOWERS_BOTH, "clarify", ()),
    ("hmm maybe only one of them", False, FLOWERS_BOTH, "clarify", ()),
    ("either the tongs or the anvil, you pick", False, SMITHY, "clarify", ()),
    ("the singer or the screen, whatever looks better, make it gold", False, UPLOAD, "clarify", ()),
)
"""Which one is left open: one question."""

CONTRADICTIONS: tuple[Dev, ...] = (
    # asks that cancel each other in one turn
    ("make it brighter but also darker", False, UPLOAD, "clarify", ()),
    ("remove the bench but keep it", False, UPLOAD, "clarify", ()),
    ("add snow but i dont want snow", False, UPLOAD, "clarify", ()),
    ("make the walrus bigger and smaller", False, UPLOAD, "clarify", ()),
    ("red. no, blue. no red. ugh idk", False, UPLOAD, "clarify", ()),
    ("make the yarn red and dont touch the yarn", False, UPLOAD, "clarify", ()),
    ("warmer but colder", False, UPLOAD, "clarify", ()),
    ("make the tambourine gold, actually leave it, actually no... idk", False, UPLOAD, "clarify", ()),
    ("remove the vending machine and also make it blue", False, UPLOAD, "clarify", ()),
    ("make the ice bluer but less blue", False, GLACIER, "clarify", ()),
    ("undo it but keep it", False, SMITHY, "clarify", ()),
    ("bigger... no smaller... no bigger?? hmm", False, PANDA, "clarify", ()),
    ("keep everything the same but change it", False, UPLOAD, "clarify", ()),
)
"""Contradicting asks: one question."""

BARE: tuple[Dev, ...] = (
    # a bare noun or adjective with no verb and nothing before it
    ("anvil", False, UPLOAD, "clarify", ()),
    ("the tongs?", False, UPLOAD, "clarify", ()),
    ("peonies!!", False, UPLOAD, "clarify", ()),
    ("moody", False, UPLOAD, "clarify", ()),
    ("crisp?", False, UPLOAD, "clarify", ()),
    ("dreamy", False, UPLOAD, "clarify", ()),
    ("mint", False, UPLOAD, "clarify", ()),
    ("the glacier lol", False, UPLOAD, "clarify", ()),
    ("tambourine??", False, UPLOAD, "clarify", ()),
    ("the archer", False, UPLOAD, "clarify", ()),
    ("quiver", False, UPLOAD, "clarify", ()),
    ("bamboo", False, UPLOAD, "clarify", ()),
    ("the washers tho", False, UPLOAD, "clarify", ()),
    ("that pail", False, UPLOAD, "clarify", ()),
    ("the one with the twine", False, UPLOAD, "clarify", ()),
    ("bottom bit", False, UPLOAD, "clarify", ()),
    ("darker or lighter?", False, UPLOAD, "clarify", ()),
    ("walrus 😂", False, UPLOAD, "clarify", ()),
    ("horseshoe", False, UPLOAD, "clarify", ()),
    ("shiny", False, UPLOAD, "clarify", ()),
    ("big", False, UPLOAD, "clarify", ()),
    ("the ice axes, the crampons", False, UPLOAD, "clarify", ()),
    ("lavender-ish?", False, UPLOAD, "clarify", ()),
    ("vending machine", False, UPLOAD, "clarify", ()),
)
"""Bare nouns and adjectives before any edit."""

BROKEN_OFF: tuple[Dev, ...] = (
    # turns that stop before saying what to do
    ("can u make the walrus", False, UPLOAD, "clarify", ()),
    ("i want the archer to have a", False, UPLOAD, "clarify", ()),
    ("swap the tambourine for", False, UPLOAD, "clarify", ()),
    ("could u maybe turn the", False, UPLOAD, "clarify", ()),
    ("put the horseshoe on the", False, UPLOAD, "clarify", ()),
    ("the peonies should be", False, UPLOAD, "clarify", ()),
    ("make the washers look like", False, UPLOAD, "clarify", ()),
    ("add a little", False, UPLOAD, "clarify", ()),
    ("remove all the", False, UPLOAD, "clarify", ()),
    ("so what if we", False, UPLOAD, "clarify", ()),
    ("lets make the", False, UPLOAD, "clarify", ()),
    ("hmm so i was thinking the", False, UPLOAD, "clarify", ()),
    ("give the panda a", False, UPLOAD, "clarify", ()),
    ("change the yarn into", False, UPLOAD, "clarify", ()),
    ("and also the", False, SMITHY, "clarify", ()),
    ("now the", False, KARAOKE, "clarify", ()),
    ("ok next can you", False, GLACIER, "clarify", ()),
    ("make the needles", False, KNITTING, "clarify", ()),
    ("i'd like the climbers to", False, GLACIER, "clarify", ()),
    ("could you replace the cash box with", False, FLORIST, "clarify", ()),
)
"""Turns that break off."""

NOTHING_BEFORE: tuple[Dev, ...] = (
    # "the same", "again", undo and corrections with no edit to repeat, take back or correct
    ("do the same", False, UPLOAD, "clarify", ()),
    ("same as before pls", False, UPLOAD, "clarify", ()),
    ("like you did last time", False, UPLOAD, "clarify", ()),
    ("same treatment", False, UPLOAD, "clarify", ()),
    ("repeat that", False, UPLOAD, "clarify", ()),
    ("do that again", False, UPLOAD, "clarify", ()),
    ("again but in blue", False, UPLOAD, "clarify", ()),
    ("the usual pls", False, UPLOAD, "clarify", ()),
    ("same thing but stronger", False, UPLOAD, "clarify", ()),
    ("apply the same edit", False, UPLOAD, "clarify", ()),
    ("copy the last edit", False, UPLOAD, "clarify", ()),
    ("undo plz", False, UPLOAD, "clarify", ()),
    ("revert pls", False, UPLOAD, "clarify", ()),
    ("put it back the way it was", False, UPLOAD, "clarify", ()),
    ("go back a step", False, UPLOAD, "clarify", ()),
    ("not that one the other", False, UPLOAD, "clarify", ()),
    ("i meant the tongs", False, UPLOAD, "clarify", ()),
    ("stronger!!", False, UPLOAD, "clarify", ()),
    ("less glow", False, UPLOAD, "clarify", ()),
    ("do the same", False, (), "clarify", ()),
    ("same again but on the left", False, UPLOAD, "clarify", ()),
    ("do what u did to the other pic", False, UPLOAD, "clarify", ()),
)
"""Nothing to repeat, take back or correct."""

QUESTIONS_BACK: tuple[Dev, ...] = (
    # questions to the person or asking for advice: no call
    ("what do you think it needs?", False, UPLOAD, "talk", ()),
    ("which would u change first?", False, UPLOAD, "talk", ()),
    ("should the peonies be pink or white?", False, UPLOAD, "talk", ()),
    ("would red or blue suit the yarn better?", False, KNITTING, "talk", ()),
    ("is the walrus too small in the frame?", False, UPLOAD, "talk", ()),
    ("does the lighting look off to you?", False, UPLOAD, "talk", ()),
    ("what would a pro do here", False, UPLOAD, "talk", ()),
    ("any tips for the karaoke pic?", False, UPLOAD, "talk", ()),
    ("do u think i should remove the man on the bench?", False, UPLOAD, "talk", ()),
    ("what colour would you pick for the washers", False, LAUNDERETTE, "talk", ()),
    ("can you suggest something?", False, UPLOAD, "talk", ()),
    ("hmm what should we do next", False, ARCHERY, "talk", ()),
    ("which is better, glow or no glow?", False, SMITHY, "talk", ()),
    ("should i?", False, UPLOAD, "talk", ()),
)
"""Questions back and requests for advice: answered in words."""

TALK: tuple[Dev, ...] = (
    ("granny has knitted every winter since the 70s", False, UPLOAD, "talk", ()),
    ("thats my uncle at the anvil, he still makes horseshoes by hand", False, SMITHY, "talk", ()),
    ("we sang abba all night lol", False, KARAOKE, "talk", ()),
    ("saw this walrus on a boat trip in svalbard", False, UPLOAD, "talk", ()),
    ("the florist gives us free peonies sometimes", False, FLORIST, "talk", ()),
    ("thank u thats perfect", False, KNITTING, "talk", ()),
    ("ok byeee 👋", False, GLACIER, "talk", ()),
    ("brb 2 min", False, PANDA, "talk", ()),
    ("gonna show this to my sister", False, WALRUS, "talk", ()),
    ("is there a limit on edits?", False, UPLOAD, "talk", ()),
    ("can you edit a video of the karaoke?", False, UPLOAD, "talk", ()),
    ("haha the panda 😂", False, PANDA, "talk", ()),
    ("the red quiver looks so real wow", False, ARCHERY, "talk", ()),
    ("ok i'll think about it", False, LAUNDERETTE, "talk", ()),
    ("nvm", False, UPLOAD, "talk", ()),
    ("never mind, leave it as it is", False, FLORIST, "talk", ()),
    ("forget it", False, UPLOAD, "talk", ()),
    ("the mint washers are giving retro energy lol", False, LAUNDERETTE, "talk", ()),
    ("my legs were shaking on that glacier", False, GLACIER, "talk", ()),
    ("the panda's name is mei", False, PANDA, "talk", ()),
    ("wait a sec", False, UPLOAD, "talk", ()),
    ("hold on let me think", False, KARAOKE, "talk", ()),
    ("grannys knitting corner ❤️", True, UPLOAD, "caption", ()),
    ("svalbard 2024", True, UPLOAD, "caption", ()),
    ("my cousins first archery comp", True, UPLOAD, "caption", ()),
    ("the launderette near my flat", True, UPLOAD, "caption", ()),
    ("karaoke night!!", True, UPLOAD, "caption", ()),
)
"""Talk and captions: answered in words."""

PHOTO_VAGUE: tuple[Dev, ...] = (
    # a photo that comes with a vague wish
    ("here, can you fix the vibe", True, UPLOAD, "clarify", ()),
    ("new pic, idk do something", True, UPLOAD, "clarify", ()),
    ("this one, fix it up", True, UPLOAD, "clarify", ()),
    ("karaoke pic, make it better", True, UPLOAD, "clarify", ()),
    ("here's the glacier one, make it pop or whatever", True, UPLOAD, "clarify", ()),
)
"""A photo with a vague wish: one question."""

CLEAR: tuple[Dev, ...] = (
    # plain edits in messy wording, before any edit
    ("make the anvil look rusty pls", False, UPLOAD, "edit", _edit("make the anvil look rusty")),
    ("the peonies shld be white", False, UPLOAD, "edit", _edit("make the peonies white")),
    (
        "something with the lighting, make it warmer",
        False,
        UPLOAD,
        "edit",
        _edit("make the lighting warmer", "make it warmer"),
    ),
    (
        "the thing on the left is a vending machine, remove it pls",
        False,
        UPLOAD,
        "edit",
        _edit("remove the vending machine"),
    ),
    ("can u make the walrus tusks gold", False, UPLOAD, "edit", _edit("make the walrus tusks gold")),
    ("remove the man on the bench", False, UPLOAD, "edit", _edit("remove the man on the bench")),
    ("give the panda a red bow tie", False, UPLOAD, "edit", _edit("give the panda a red bow tie")),
    ("i want the quiver brown leather", False, UPLOAD, "edit", _edit("make the quiver brown leather")),
    ("add a second arrow in the target", False, UPLOAD, "edit", _edit("add a second arrow in the target")),
    ("make da tambourine gold", False, UPLOAD, "edit", _edit("make the tambourine gold", "make da tambourine gold")),
    ("erase the crevasse", False, UPLOAD, "edit", _edit("erase the crevasse")),
    ("yo remove the ice axes", False, UPLOAD, "edit", _edit("remove the ice axes")),
    ("add a seal on the ice floe", False, UPLOAD, "edit", _edit("add a seal on the ice floe")),
    ("turn the wool basket blue", False, UPLOAD, "edit", _edit("turn the wool basket blue")),
    ("make the yarn rainbow", False, UPLOAD, "edit", _edit("make the yarn rainbow")),
    ("make the forge fire bigger", False, UPLOAD, "edit", _edit("make the forge fire bigger")),
    ("add glowing embers around the anvil", False, UPLOAD, "edit", _edit("add glowing embers around the anvil")),
    ("make the singers mic gold", False, UPLOAD, "edit", _edit("make the singers mic gold")),
    (
        "write happy birthday on the lyrics screen",
        False,
        UPLOAD,
        "edit",
        _edit("write happy birthday on the lyrics screen"),
    ),
    (
        "replace the detergent box with a plant",
        False,
        UPLOAD,
        "edit",
        _edit("replace the detergent box with a plant"),
    ),
    ("can you brighten the pic, its so dark", False, UPLOAD, "edit", _edit("brighten the pic")),
    ("make it brighter", False, UPLOAD, "edit", _edit("make it brighter", "make the photo brighter")),
    ("make the geraniums red", False, UPLOAD, "edit", _edit("make the geraniums red")),
    ("get rid of the bamboo pls", False, UPLOAD, "edit", _edit("get rid of the bamboo", "remove the bamboo")),
    (
        "the washers r ugly make them white",
        False,
        UPLOAD,
        "edit",
        _edit("make the washers white", "make them white"),
    ),
    ("could you add a little snow on the walrus", False, UPLOAD, "edit", _edit("add a little snow on the walrus")),
    ("i'd like the archer's bow to be gold", False, UPLOAD, "edit", _edit("make the archer's bow gold")),
    ("remove the iceberg behind the walrus", False, UPLOAD, "edit", _edit("remove the iceberg behind the walrus")),
    ("could you remove the crevasse?", False, UPLOAD, "edit", _edit("remove the crevasse")),
    ("can you make the yarn blue?", False, UPLOAD, "edit", _edit("make the yarn blue")),
    ("make the yarn red no wait blue", False, UPLOAD, "edit", _edit("make the yarn blue")),
    ("make the walrus bigger", False, UPLOAD, "edit", _edit("make the walrus bigger")),
    ("put the horseshoe on the anvil", False, UPLOAD, "edit", _edit("put the horseshoe on the anvil")),
    ("swap the tambourine for a maraca", False, UPLOAD, "edit", _edit("swap the tambourine for a maraca")),
    ("give the panda a tiny crown", False, UPLOAD, "edit", _edit("give the panda a tiny crown")),
    ("make the zinc pails copper", False, UPLOAD, "edit", _edit("make the zinc pails copper")),
    ("change the flags to yellow", False, UPLOAD, "edit", _edit("change the flags to yellow")),
    ("the disco lights, make them green", False, UPLOAD, "edit", _edit("make the disco lights green")),
    ("remove the climber on the left", False, UPLOAD, "edit", _edit("remove the climber on the left")),
    ("make it night", False, UPLOAD, "edit", _edit("make it night")),
    ("here, remove the vending machine", True, UPLOAD, "edit", _edit("remove the vending machine")),
    ("the ice floe one, add a moon", True, UPLOAD, "edit", _edit("add a moon")),
    # after an edit that named its object: "it", "the same", and plain edits on top
    ("do the same for the tongs", False, SMITHY, "edit", _edit("make the tongs glow orange")),
    ("now the anvil too", False, SMITHY, "edit", _edit("make the anvil glow orange")),
    ("make the geraniums white too", False, FLORIST, "edit", _edit("make the geraniums white")),
    ("now make it thicker", False, KNITTING, "edit", _edit("make the yarn thicker")),
    ("make it bigger", False, KARAOKE, "edit", _edit("make the lyrics screen bigger")),
    ("make them shinier", False, LAUNDERETTE, "edit", _edit("make the washers shinier")),
    ("now remove the crevasse", False, GLACIER, "edit", _edit("remove the crevasse")),
    ("and give the panda sunglasses", False, PANDA, "edit", _edit("give the panda sunglasses")),
    ("add a seal next to the walrus", False, WALRUS, "edit", _edit("add a seal next to the walrus")),
    ("ok now the bow, make it gold", False, ARCHERY, "edit", _edit("make the bow gold")),
    ("do the same here", True, SMITHY_THEN_PHOTO, "edit", _edit("make the horseshoe glow orange")),
    ("remove the tambourine", False, KARAOKE, "edit", _edit("remove the tambourine")),
    ("put a bow on the cash box", False, FLORIST, "edit", _edit("put a bow on the cash box")),
    # strengths and retries after an edit
    ("brighter glow pls", False, SMITHY, "retry", _retry("stronger")),
    ("redder", False, KNITTING, "retry", _retry("stronger")),
    ("bluer!!", False, GLACIER, "retry", _retry("stronger")),
    ("too blue now, less", False, GLACIER, "retry", _retry("weaker")),
    ("try again?", False, KARAOKE, "retry", _retry()),
    ("once more pls", False, KARAOKE, "retry", _retry()),
    ("again, the screen looks fake", False, KARAOKE, "retry", _retry()),
    ("longer!", False, WALRUS, "retry", _retry("stronger")),
    # undo after an edit
    ("undo", False, SMITHY, "undo", _goto(0)),
    ("take that back", False, LAUNDERETTE, "undo", _goto(1)),
    ("nah revert that", False, PANDA, "undo", _goto(0)),
    ("ctrl z", False, FLORIST, "undo", _goto(0)),
    ("go back, the tusks look weird", False, WALRUS, "undo", _goto(0)),
    # corrections that sound like a change of mind
    ("mustard instead", False, KNITTING, "correction", _fix("make the yarn mustard")),
    ("no, the geraniums", False, FLORIST, "correction", _fix("make the geraniums white")),
    ("not the washers, the dryers", False, LAUNDERETTE, "correction", _fix("make the dryers mint green")),
    ("not red, blue", False, KNITTING, "correction", _fix("make the yarn blue")),
    ("hmm green actually", False, ARCHERY, "correction", _fix("make the quiver green")),
)
"""Look-alikes that are clear and must act."""


def clarify4_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case."""
    return [
        *as_cases(WISHES, "clarify4_wishes"),
        *as_cases(NO_TARGET, "clarify4_no_target"),
        *as_cases(NO_REFERENT, "clarify4_no_referent"),
        *as_cases(WHICH, "clarify4_which"),
        *as_cases(CONTRADICTIONS, "clarify4_contradictions"),
        *as_cases(BARE, "clarify4_bare"),
        *as_cases(BROKEN_OFF, "clarify4_broken_off"),
        *as_cases(NOTHING_BEFORE, "clarify4_nothing_before"),
        *as_cases(QUESTIONS_BACK, "clarify4_questions_back"),
        *as_cases(TALK, "clarify4_talk"),
        *as_cases(PHOTO_VAGUE, "clarify4_photo_vague"),
        *as_cases(CLEAR, "clarify4_clear"),
    ]
