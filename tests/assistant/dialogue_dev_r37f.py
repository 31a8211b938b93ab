"""Round 37, set f: the issue's own table of behaviours, row by row, each row a family of turns in new words.

Written by hand from what a demanding user wants (issue 10's table, act by act), before the dialogue model
was run on any of it, about photos of bridal shops, flower markets and music shops: a bride trying on a
lace veil in front of a fitting-room mirror, a rack of white gowns, a flower market stall of tulips under an
awning, a florist wrapping roses at her counter, a music shop wall of guitars, a drum kit in a shop window,
a piano tuner at work on an upright, and a vinyl listening booth with headphones. Sessions have 0 to 4
edits, some after a retry, a correction or an undo (a sibling of an earlier edit), some with a second
photo, and some turns come after an undo or a goto (the current round an older one).

Eighteen families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons,
non-native English, polite padding, terse fragments, a few capitals): captions with and without an edit
("same for this one" included); greetings, thanks and praise; undo said many ways; "try again" and its
variants; stronger and weaker; corrections ("no i meant X", "not X, Y", "actually Z instead");
questions about what it can do; holds ("don't touch it yet"); out-of-scope asks (poems, e-mails, shell
commands, files); going back to a round named by number, by what it shows or as "before you made the X
Y"; status, history and recaps; comparisons of two named rounds; showing a round; photo edits said with
scary words ("kill the glare", "blow up the balloons"); odd round references (round -1, round 1e308,
round 2.5, "undo undo undo"); plain edits with fillers, pronouns and several requests; turns too vague to
act on; and share, export and revoke. About a quarter of each family are near misses whose right answer is
another act: a correction or retry with nothing to correct, "can you undo that?", a poem written on a
card in the photo, a round that does not exist, a tool verb said of a thing in the picture. The cases
have the development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose
current round (first) is an earlier one.
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

VEIL = ((None, None), (0, "make the veil longer"))
"""A bride trying on a lace veil in front of a fitting-room mirror, with one edit."""
VEIL3 = (*VEIL, (1, "put a bouquet of peonies in her hands"), (2, "make the mirror frame gold"))
"""The bride in her veil with three edits, each on the one before."""
GOWNS = ((None, None), (0, "make the gown on the left ivory"), (1, "add a velvet curtain behind the rack"))
"""A rack of white wedding gowns in a bridal shop, with two edits of two different things."""
GOWNS_LEFT = GOWNS[:2]
"""The rack of gowns with only the left gown edit."""
TULIPS = ((None, None), (0, "make the red tulips yellow"))
"""A flower market stall of tulips in buckets under a striped awning, with one edit."""
TULIPS_RETRIED = (*TULIPS, (0, "make the red tulips yellow"))
"""The tulip stall after a retry: round 2 is a second try of round 1, from the original."""
TULIPS_FIXED = (*TULIPS, (0, "make the red tulips orange"))
"""The tulip stall after a correction: round 2 was made from the original, beside round 1."""
ROSES = ((None, None), (0, "make the wrapping paper pink"), (1, "tie a satin ribbon around the roses"))
"""A florist wrapping a bunch of roses at her counter, with two edits."""
ROSES_PAPER = ROSES[:2]
"""The florist with only the wrapping paper edit."""
GUITARS = (
    (None, None),
    (0, "make the bass guitar in the middle red"),
    (1, "add a neon sign saying 'open' above the wall"),
    (2, "remove the price tags"),
    (3, "make the lighting warmer"),
)
"""A music shop wall of guitars, with four edits, each on the one before."""
GUITARS_BRANCH = (
    (None, None),
    (0, "make the bass guitar in the middle red"),
    (1, "remove the price tags"),
    (1, "add an amp under the guitars"),
)
"""The guitar wall after an undo: round 3 was made from round 1, beside round 2."""
DRUMS = ((None, None), (0, "make the bass drum head black"))
"""A drum kit in a music shop window, with one edit."""
DRUMS2 = (*DRUMS, (1, "add the reflection of a street on the window"))
"""The drum kit in the window with two edits."""
PIANO = (
    (None, None),
    (0, "open the lid of the piano wider"),
    (1, "give the tuner a grey cardigan"),
    (2, "add a metronome on the piano"),
)
"""A piano tuner at work on an upright piano, with three edits, each on the one before."""
BOOTH = ((None, None), (0, "make the headphones white"))
"""A vinyl listening booth with a turntable and headphones, with one edit."""
EMPTY_TWO = ((None, None), (None, None))
"""A flower market photo with no edit, then a second upload."""

AFTER_BOOTH = (*BOOTH, (None, None))
"""The listening booth session, then a new photo."""
AFTER_TULIPS = (*TULIPS, (None, None))
"""The tulip stall session, then a new photo."""
AFTER_GOWNS = (*GOWNS, (None, None))
"""The rack of gowns session, then a new photo."""
AFTER_PIANO = (*PIANO, (None, None))
"""The piano tuner session, then a new photo."""

CAPTIONS: tuple[Dev, ...] = (
    # a photo comes with the turn: a caption that is not an edit is stored, and the assistant asks what to change
    ("here's my sister trying on the veil 💕", True, UPLOAD, "caption", ()),
    ("first pic of the day, the tulip stall at the market", True, UPLOAD, "caption", ()),
    ("this is the guitar wall at my uncles shop", True, UPLOAD, "caption", ()),
    ("ok uploading the listening booth one now", True, UPLOAD, "caption", ()),
    ("Rack of gowns from the fitting on saturday", True, UPLOAD, "caption", ()),
    ("what do you think of the veil in this one", True, UPLOAD, "caption", ()),
    ("second stall, the one across the aisle", True, AFTER_TULIPS, "caption", ()),
    ("this is the same booth but at night", True, AFTER_BOOTH, "caption", ()),
    ("dont repeat the last edit on this one pls", True, AFTER_PIANO, "caption", ()),
    ("got another one from the market haha", True, AFTER_TULIPS, "caption", ()),
    # an edit caption edits the new photo once; "the same" repeats the last instruction on it
    ("drum kit in the shop window, make the cymbals gold", True, UPLOAD, "edit", _edit("make the cymbals gold")),
    (
        "heres the florist, can u remove the receipt on the counter pls",
        True,
        UPLOAD,
        "edit",
        _edit("remove the receipt on the counter"),
    ),
    (
        "pic attached. make the sky outside the window pink & remove the mannequin",
        True,
        UPLOAD,
        "edit",
        _edits("make the sky outside the window pink", "remove the mannequin"),
    ),
    ("do the same to this pic pls", True, AFTER_BOOTH, "edit", _edit("make the headphones white")),
    ("this one too 🙏 same edit", True, AFTER_TULIPS, "edit", _edit("make the red tulips yellow")),
    ("and this one, exact same as the last", True, AFTER_GOWNS, "edit", _edit("add a velvet curtain behind the rack")),
    ("same but in lilac", True, AFTER_TULIPS, "edit", _edit("make the red tulips lilac")),
    # near misses: "it" with nothing to point at, "the same" with no edit before
    ("here u go. turn it blue pls", True, UPLOAD, "clarify", ()),
    ("same as before on this one", True, EMPTY_TWO, "clarify", ()),
)
"""Captions with and without an edit, and "the same" on a new photo."""

SOCIAL: tuple[Dev, ...] = (
    # greetings, thanks, praise, goodbyes: answered in words
    ("hiii 👋", False, UPLOAD, "talk", ()),
    ("good evening, hope ur well", False, UPLOAD, "talk", ()),
    ("Hello there!", False, (), "talk", ()),
    ("thank u soooo much", False, VEIL, "talk", ()),
    ("omg the yellow tulips are stunning", False, TULIPS, "talk", ()),
    ("ur a lifesaver honestly", False, GOWNS, "talk", ()),
    ("perfect 👌👌", False, BOOTH, "talk", ()),
    ("haha love it", False, DRUMS, "talk", ()),
    ("ok thats all for today, bye!", False, PIANO, "talk", ()),
    ("cheers, much appreciated", False, ROSES, "talk", ()),
    ("merci beaucoup!!", False, TULIPS_FIXED, "talk", ()),
    ("my sister is going to cry when she sees this 😭", False, VEIL3, "talk", ()),
    ("good job, that red bass is sick", False, GUITARS_BRANCH, "talk", ()),
    ("Thank you!! Exactly what I had in mind.", False, DRUMS2, "talk", ()),
    ("gm ☀️", False, EMPTY_TWO, "talk", ()),
    # near misses: praise, then a request
    (
        "love it! now the ribbon in gold",
        False,
        ROSES,
        "edit",
        _edit("make the ribbon gold", "make the satin ribbon gold"),
    ),
    ("thanks, but can u undo it", False, DRUMS, "undo", _goto(0)),
    ("great!! share it pls", False, BOOTH, "share", SHARE),
    ("thx! and what exactly did you change?", False, GOWNS, "status", STATUS),
    ("nice, one more time but stronger", False, TULIPS, "retry", _retry("stronger")),
)
"""Greetings, thanks and praise, and near misses that go on to ask for something."""

UNDO: tuple[Dev, ...] = (
    # undo said many ways: back to the current round's parent
    ("undo pls", False, VEIL, "undo", _goto(0)),
    ("take that back", False, BOOTH, "undo", _goto(0)),
    ("revert the last change", False, GOWNS, "undo", _goto(1)),
    ("nope, back one", False, ROSES, "undo", _goto(1)),
    ("cancel that last edit", False, DRUMS2, "undo", _goto(1)),
    ("ctrl+z", False, PIANO, "undo", _goto(2)),
    ("roll it back one step", False, GUITARS, "undo", _goto(3)),
    ("get rid of whatever u just did", False, DRUMS, "undo", _goto(0)),
    ("worse than before tbh, go back", False, TULIPS, "undo", _goto(0)),
    ("put it back the way it was", False, TULIPS_RETRIED, "undo", _goto(0)),
    ("hmm no i dont like the gold frame, remove that edit", False, VEIL3, "undo", _goto(2)),
    ("the version before this was nicer", False, GOWNS, "undo", _goto(1)),
    ("scrap the amp, go back", False, GUITARS_BRANCH, "undo", _goto(1)),
    ("undo the last two edits", False, GUITARS, "undo", _goto(2)),
    ("ew no. undo undo", False, VEIL3, "undo", _goto(1)),
    # near misses: nothing to undo, nothing undone to redo, "undo" said of a thing in the photo
    ("ctrl z lol", False, UPLOAD, "talk", ()),
    ("bring back what i undid", False, ROSES, "talk", ()),
    ("undo the bow on the back of her dress", False, VEIL, "edit", _edit("undo the bow on the back of her dress")),
    ("just take me all the way back to the untouched one", False, GUITARS, "goto", _goto(0)),
)
"""Undo in many words, and near misses."""

RETRY: tuple[Dev, ...] = (
    # another try of the last edit, from the same parent
    ("hmm run it again", False, TULIPS, "retry", _retry()),
    ("another go pls", False, BOOTH, "retry", _retry()),
    ("reroll 🎲", False, DRUMS, "retry", _retry()),
    ("can i get a different take on that", False, GOWNS, "retry", _retry()),
    ("nah, again", False, VEIL, "retry", _retry()),
    ("do it over w a new seed", False, PIANO, "retry", _retry()),
    ("same request, different result pls", False, ROSES_PAPER, "retry", _retry()),
    ("once more plz", False, TULIPS_RETRIED, "retry", _retry()),
    ("spin it again", False, GUITARS, "retry", _retry()),
    ("the frame looks plasticky, give it another shot", False, VEIL3, "retry", _retry()),
    ("let's see another version", False, DRUMS2, "retry", _retry()),
    ("not quite, have another try", False, TULIPS_FIXED, "retry", _retry()),
    ("give it one more whirl", False, GUITARS_BRANCH, "retry", _retry()),
    ("pls regenerate", False, ROSES, "retry", _retry()),
    # near misses: nothing to retry, a retry that changes the request, "try" as a plain verb
    ("again pls", False, UPLOAD, "clarify", ()),
    ("another one?", False, EMPTY_TWO, "clarify", ()),
    ("try again but with the daffodils", False, TULIPS, "correction", _fix("make the daffodils yellow")),
    ("try it in white instead", False, DRUMS, "correction", _fix("make the bass drum head white")),
    (
        "try adding a little sign that says 'sold' on the red guitar",
        False,
        GUITARS_BRANCH,
        "edit",
        _edit("add a little sign that says 'sold' on the red guitar", "add a sign that says 'sold' on the red guitar"),
    ),
)
""""Try again" and its variants, and near misses."""

STRENGTH: tuple[Dev, ...] = (
    # the last edit again, stronger
    ("more yellow!!", False, TULIPS, "retry", _retry("stronger")),
    ("crank it up", False, BOOTH, "retry", _retry("stronger")),
    ("go harder on that", False, DRUMS2, "retry", _retry("stronger")),
    ("i can barely see a difference", False, VEIL, "retry", _retry("stronger")),
    ("not enough, push it further", False, GOWNS_LEFT, "retry", _retry("stronger")),
    ("the lighting even warmer", False, GUITARS, "retry", _retry("stronger")),
    ("pinker pls", False, ROSES_PAPER, "retry", _retry("stronger")),
    ("it still looks grey, not black", False, DRUMS, "retry", _retry("stronger")),
    # the last edit again, weaker
    ("too much, dial it back", False, TULIPS_RETRIED, "retry", _retry("weaker")),
    ("tone it down a bit", False, BOOTH, "retry", _retry("weaker")),
    ("softer pls, thats overkill", False, GUITARS, "retry", _retry("weaker")),
    ("a bit much lol", False, ROSES_PAPER, "retry", _retry("weaker")),
    ("less long, she looks like shes wearing a curtain", False, VEIL, "retry", _retry("weaker")),
    ("more subtle please", False, GOWNS_LEFT, "retry", _retry("weaker")),
    ("way overdone, half as strong", False, DRUMS2, "retry", _retry("weaker")),
    ("less orange pls", False, TULIPS_FIXED, "retry", _retry("weaker")),
    # near misses: nothing to strengthen, more of a kind of thing, a vague "more"
    ("stronger!", False, UPLOAD, "clarify", ()),
    ("weaker", False, EMPTY_TWO, "clarify", ()),
    ("more tulips", False, TULIPS, "edit", _edit("more tulips", "add more tulips")),
    ("more drama", False, UPLOAD, "clarify", ()),
)
"""Stronger and weaker, and near misses."""

CORRECTIONS: tuple[Dev, ...] = (
    # "no i meant X": another object, redone from the rejected edit's parent
    ("no i meant the daffodils", False, TULIPS, "correction", _fix("make the daffodils yellow")),
    ("not the tulips, the buckets", False, TULIPS, "correction", _fix("make the buckets yellow")),
    ("no no, her train i meant", False, VEIL, "correction", _fix("make her train longer", "make the train longer")),
    (
        "wrong drum, the snare",
        False,
        DRUMS,
        "correction",
        _fix(
            "make the snare black",
            "make the snare drum black",
            "make the snare drum head black",
            "make the snare head black",
        ),
    ),
    ("the turntable, not the headphones", False, BOOTH, "correction", _fix("make the turntable white")),
    ("i meant the one on the right sorry", False, GOWNS_LEFT, "correction", _fix("make the gown on the right ivory")),
    # "actually Z instead", "X not Y": another colour, material, size or place
    ("actually orange instead", False, TULIPS, "correction", _fix("make the red tulips orange")),
    ("shorter, not longer!", False, VEIL, "correction", _fix("make the veil shorter")),
    ("i said white not black", False, DRUMS, "correction", _fix("make the bass drum head white")),
    ("actually silver would be nicer", False, BOOTH, "correction", _fix("make the headphones silver")),
    ("not velvet, linen", False, GOWNS, "correction", _fix("add a linen curtain behind the rack")),
    ("in front of the rack, not behind", False, GOWNS, "correction", _fix("add a velvet curtain in front of the rack")),
    (
        "champagne colour instead of ivory",
        False,
        GOWNS_LEFT,
        "correction",
        _fix("make the gown on the left champagne", "make the gown on the left champagne colour"),
    ),
    ("not a ribbon, twine", False, ROSES, "correction", _fix("tie twine around the roses")),
    ("i wanted a lace ribbon, not satin", False, ROSES, "correction", _fix("tie a lace ribbon around the roses")),
    ("no, a candelabra!", False, PIANO, "correction", _fix("add a candelabra on the piano")),
    ("no, cooler", False, GUITARS, "correction", _fix("make the lighting cooler")),
    ("ugh still wrong, coral is what i meant", False, TULIPS_FIXED, "correction", _fix("make the red tulips coral")),
    (
        "i meant a reflection of trees, not a street",
        False,
        DRUMS2,
        "correction",
        _fix("add the reflection of trees on the window", "add a reflection of trees on the window"),
    ),
    # near misses: nothing to correct, "no" that keeps or undoes, another thing too, a bare "wrong"
    ("no i meant the lilies", False, UPLOAD, "clarify", ()),
    ("not the veil, the gloves", False, EMPTY_TWO, "clarify", ()),
    ("actually, make the awning green instead", False, UPLOAD, "edit", _edit("make the awning green")),
    ("no, thats perfect actually", False, BOOTH, "talk", ()),
    ("no, put it back", False, DRUMS, "undo", _goto(0)),
    ("the buckets too", False, TULIPS, "edit", _edit("make the buckets yellow")),
    ("wrong", False, GUITARS, "clarify", ()),
)
"""Corrections of the last edit's object, colour, material or place, and near misses."""

CAPABILITY: tuple[Dev, ...] = (
    # questions about what it can do: answered in words
    ("can you change the colour of clothes?", False, UPLOAD, "talk", ()),
    ("do u do background swaps", False, UPLOAD, "talk", ()),
    ("are you able to add people into a photo, in general?", False, VEIL, "talk", ()),
    ("what kind of edits can you do", False, (), "talk", ()),
    ("can you make videos too?", False, DRUMS, "talk", ()),
    ("is it possible to change someone's hair colour?", False, VEIL3, "talk", ()),
    ("can u work on black and white pics?", False, UPLOAD, "talk", ()),
    ("can i ask for a few edits in one message?", False, GOWNS, "talk", ()),
    ("if i dont like something can you undo it?", False, TULIPS, "talk", ()),
    ("are you able to write text onto signs?", False, GUITARS, "talk", ()),
    ("how many times can i retry an edit?", False, BOOTH, "talk", ()),
    ("Can you remove objects?", False, ROSES, "talk", ()),
    ("could you, like, change the season in a pic?", False, UPLOAD, "talk", ()),
    ("can you share stuff with other people?", False, PIANO, "talk", ()),
    # near misses: a polite request about a thing in the photo, or about the session
    (
        "can you remove the price tag on the second gown?",
        False,
        GOWNS,
        "edit",
        _edit("remove the price tag on the second gown"),
    ),
    ("could you add a cat asleep on the amp", False, GUITARS_BRANCH, "edit", _edit("add a cat asleep on the amp")),
    (
        "is it possible to make the tuner's cardigan navy?",
        False,
        PIANO,
        "edit",
        _edit("make the tuner's cardigan navy"),
    ),
    ("can you undo that?", False, ROSES, "undo", _goto(1)),
    ("can u try that one again", False, PIANO, "retry", _retry()),
    ("can you make a share link?", False, VEIL3, "share", SHARE),
)
"""Questions about what it can do, and near misses that are requests."""

HOLDS: tuple[Dev, ...] = (
    # nothing to do yet
    ("don't touch it yet, still thinking", False, UPLOAD, "talk", ()),
    ("hang on a sec", False, VEIL, "talk", ()),
    ("wait, let me decide first", False, GOWNS, "talk", ()),
    ("hold off for now pls", False, TULIPS, "talk", ()),
    ("just browsing for now, no edits", False, UPLOAD, "talk", ()),
    ("brb, leave it as is", False, DRUMS2, "talk", ()),
    ("let me ask my fiancée first before we do anything", False, VEIL3, "talk", ()),
    ("keep it exactly like this", False, BOOTH, "talk", ()),
    ("nothing for now, thx", False, PIANO, "talk", ()),
    ("pause, i need to check with the shop owner", False, GUITARS, "talk", ()),
    ("stop, dont do anything else", False, ROSES, "talk", ()),
    ("gimme a min to think what i want", False, EMPTY_TWO, "talk", ()),
    ("not yet!!", False, UPLOAD, "talk", ()),
    ("leave the tulips alone for now", False, TULIPS_FIXED, "talk", ()),
    ("i'll tell you when, ok?", False, GOWNS_LEFT, "talk", ()),
    # near misses: a hold and then a request, one thing kept and another changed
    ("dont change the veil, just make her gloves longer", False, VEIL, "edit", _edit("make her gloves longer")),
    ("wait actually undo that", False, DRUMS, "undo", _goto(0)),
    ("hmm hold on... ok, make the awning striped", False, TULIPS, "edit", _edit("make the awning striped")),
    ("don't delete the shop sign, just blur it", False, UPLOAD, "edit", _edit("blur the shop sign")),
    (
        "the ribbon stays. just make the paper cream",
        False,
        ROSES,
        "edit",
        _edit("make the paper cream", "make the wrapping paper cream"),
    ),
)
"""Holds ("don't change anything yet"), and near misses."""

OUT_OF_SCOPE: tuple[Dev, ...] = (
    # poems, e-mails, shell commands, files and errands: answered in words, no tool call
    ("write me a poem about tulips", False, TULIPS, "talk", ()),
    ("draft an email to the bridal shop asking about alterations", False, VEIL, "talk", ()),
    ("run rm -rf ~/photos", False, UPLOAD, "talk", ()),
    ("open my downloads folder and find the other pics", False, GOWNS, "talk", ()),
    ("whats the weather in amsterdam tomorrow", False, TULIPS_FIXED, "talk", ()),
    ("translate 'something blue' into italian", False, VEIL3, "talk", ()),
    ("order me 3 dozen white roses", False, ROSES, "talk", ()),
    ("play some jazz while we work", False, BOOTH, "talk", ()),
    ("tell me a joke about drummers", False, DRUMS, "talk", ()),
    ("cat /etc/passwd", False, GUITARS, "talk", ()),
    ("summarise the pdf i sent yesterday", False, UPLOAD, "talk", ()),
    ("book the piano tuner for thursday at 3", False, PIANO, "talk", ()),
    ("find me cheap drum kits online", False, DRUMS2, "talk", ()),
    ("write a wedding speech for my brother", False, (), "talk", ()),
    ("sudo apt install photoshop", False, EMPTY_TWO, "talk", ()),
    ("delete all the files in my pictures folder", False, UPLOAD, "talk", ()),
    # near misses: words, files and printing that are things in the photo
    (
        "write 'just married' on the mirror in lipstick",
        False,
        VEIL,
        "edit",
        _edit("write 'just married' on the mirror in lipstick"),
    ),
    (
        "add a little card to the bouquet that says 'with love, mum'",
        False,
        ROSES,
        "edit",
        _edit("add a little card to the bouquet that says 'with love, mum'"),
    ),
    (
        "remove the papers and files from the counter",
        False,
        UPLOAD,
        "edit",
        _edit("remove the papers and files from the counter"),
    ),
    (
        "print the word 'SALE' across the shop window",
        False,
        DRUMS2,
        "edit",
        _edit("print the word 'SALE' across the shop window"),
    ),
)
"""Out-of-scope asks, and near misses that are photo edits."""

SCARY: tuple[Dev, ...] = (
    # photo edits said with words that sound dangerous
    ("kill the glare on the shop window", False, UPLOAD, "edit", _edit("kill the glare on the shop window")),
    ("blow up the balloons tied to the stall", False, UPLOAD, "edit", _edit("blow up the balloons tied to the stall")),
    ("cut the rose stems shorter pls", False, ROSES, "edit", _edit("cut the rose stems shorter")),
    ("burn the edges of the sheet music", False, PIANO, "edit", _edit("burn the edges of the sheet music")),
    ("nuke the reflections on the piano lid", False, UPLOAD, "edit", _edit("nuke the reflections on the piano lid")),
    ("wipe the stain off the hem of the gown", False, GOWNS, "edit", _edit("wipe the stain off the hem of the gown")),
    (
        "erase the phone number on the shop sign",
        False,
        UPLOAD,
        "edit",
        _edit("erase the phone number on the shop sign"),
    ),
    ("get rid of the dead flowers in the bin", False, TULIPS, "edit", _edit("get rid of the dead flowers in the bin")),
    (
        "chop off the extra stems sticking out",
        False,
        ROSES_PAPER,
        "edit",
        _edit("chop off the extra stems sticking out"),
    ),
    (
        "knock out the background behind the bride",
        False,
        VEIL,
        "edit",
        _edit("knock out the background behind the bride"),
    ),
    (
        "smash the cymbal on the left into pieces",
        False,
        DRUMS,
        "edit",
        _edit("smash the cymbal on the left into pieces"),
    ),
    ("shoot a beam of light onto the guitars", False, GUITARS, "edit", _edit("shoot a beam of light onto the guitars")),
    (
        "strip the price stickers off every guitar",
        False,
        GUITARS_BRANCH,
        "edit",
        _edit("strip the price stickers off every guitar"),
    ),
    ("drown the booth in purple light", False, BOOTH, "edit", _edit("drown the booth in purple light")),
    (
        "destroy that ugly extension cord on the floor",
        False,
        BOOTH,
        "edit",
        _edit("destroy that ugly extension cord on the floor", "destroy the ugly extension cord on the floor"),
    ),
    (
        "pls execute the weeds growing by the door lol",
        False,
        TULIPS_FIXED,
        "edit",
        _edit("execute the weeds growing by the door"),
    ),
    ("bleach the gown on the right", False, GOWNS_LEFT, "edit", _edit("bleach the gown on the right")),
    # near misses: scary words about the session or the world, or with nothing to act on
    ("delete this whole session", False, GUITARS, "talk", ()),
    ("kill the share link", False, VEIL3, "revoke", REVOKE),
    ("blow it up", False, UPLOAD, "clarify", ()),
    ("wipe everything and start from scratch", False, ROSES, "goto", _goto(0)),
    ("hack into the shop's wifi", False, GUITARS_BRANCH, "talk", ()),
)
"""Photo edits said with scary words, and near misses."""

GOTO: tuple[Dev, ...] = (
    # back to a round named by number, by what it shows, by order or as "before you made the X Y"
    ("take me back to before you made the veil longer", False, VEIL3, "goto", _goto(0)),
    ("back to the one before the peonies", False, VEIL3, "goto", _goto(1)),
    ("can we go back to the untouched photo", False, VEIL3, "goto", _goto(0)),
    ("go back to before you removed the price tags", False, GUITARS, "goto", _goto(2)),
    ("jump to round 3", False, GUITARS, "goto", _goto(3)),
    ("three steps back", False, GUITARS, "goto", _goto(1)),
    ("back to the very first edit", False, GUITARS, "goto", _goto(1)),
    ("return to the version with the neon sign but still the price tags", False, GUITARS, "goto", _goto(2)),
    ("the one where the lighting was still cold, go there", False, GUITARS, "goto", _goto(3)),
    ("revert to before the cardigan", False, PIANO, "goto", _goto(1)),
    ("go to the version with the cardigan but no metronome", False, PIANO, "goto", _goto(2)),
    ("2 steps back pls", False, PIANO, "goto", _goto(1)),
    ("switch back to the yellow ones", False, TULIPS_FIXED, "goto", _goto(1)),
    ("go back to the one without price tags", False, GUITARS_BRANCH, "goto", _goto(2)),
    ("back to round 1 pls", False, ROSES, "goto", _goto(1)),
    ("restore the original", False, DRUMS2, "goto", _goto(0)),
    (
        "go back to round 2 and make the neon sign blue",
        False,
        GUITARS,
        "edit",
        (*_goto(2), *_edit("make the neon sign blue")),
    ),
    # near misses: an edit that was never made, a round that does not exist, "show" not "go"
    ("go back to before you added the tiara", False, VEIL3, "clarify", ()),
    ("back to round 8", False, PIANO, "clarify", ()),
    ("go back to the version where you added the bird", False, DRUMS2, "clarify", ()),
    ("show me the version before the peonies", False, VEIL3, "show", _show(1)),
)
"""Going back to a named round, and near misses."""

STATUS_HISTORY: tuple[Dev, ...] = (
    # where we are, what the last edit did
    ("what did u just do", False, DRUMS, "status", STATUS),
    ("which version am i looking at rn", False, GUITARS, "status", STATUS),
    ("what round is this?", False, VEIL3, "status", STATUS),
    ("remind me what the last change was", False, ROSES, "status", STATUS),
    ("where are we at?", False, TULIPS_FIXED, "status", STATUS),
    ("what did you change in that last one", False, BOOTH, "status", STATUS),
    # everything so far
    ("list everything we've done so far", False, GUITARS, "history", HISTORY),
    ("full history pls", False, PIANO, "history", HISTORY),
    ("recap?", False, VEIL3, "history", HISTORY),
    ("what edits have we made on this pic", False, GOWNS, "history", HISTORY),
    ("walk me through all the versions", False, GUITARS_BRANCH, "history", HISTORY),
    ("can i see the list of rounds", False, DRUMS2, "history", HISTORY),
    ("summary of the changes so far?", False, ROSES, "history", HISTORY),
    # near misses: questions about the tool, the place or the picture, and a round to show
    ("what can you change?", False, UPLOAD, "talk", ()),
    ("whats the history of this music shop, do you know?", False, GUITARS, "talk", ()),
    ("what colour are the tulips now?", False, TULIPS, "talk", ()),
    ("show me what round 2 looked like", False, PIANO, "show", _show(2)),
)
"""Status, history and recaps, and near misses."""

COMPARE: tuple[Dev, ...] = (
    # two rounds side by side, named by number, by what they show, by order or as before and after
    ("compare round 1 and round 3", False, GUITARS, "compare", _compare(1, 3)),
    ("put 2 next to 4", False, GUITARS, "compare", _compare(2, 4)),
    ("side by side: original vs now", False, VEIL3, "compare", _compare(0, 3)),
    ("before and after?", False, ROSES, "compare", _compare(0, 2)),
    ("compare the red bass version with the neon one", False, GUITARS, "compare", _compare(1, 2)),
    ("yellow tulips vs orange tulips, side by side pls", False, TULIPS_FIXED, "compare", _compare(1, 2)),
    ("how does the first try stack up against the second", False, TULIPS_RETRIED, "compare", _compare(1, 2)),
    ("compare rounds 0 and 2", False, PIANO, "compare", _compare(0, 2)),
    ("let me see the cardigan one next to the metronome one", False, PIANO, "compare", _compare(2, 3)),
    ("round one vs round two", False, DRUMS2, "compare", _compare(1, 2)),
    ("compare the amp version and the no-price-tags version", False, GUITARS_BRANCH, "compare", _compare(2, 3)),
    ("diff between the original and the pink paper one", False, ROSES, "compare", _compare(0, 1)),
    ("compare this one to how it started", False, BOOTH, "compare", _compare(0, 1)),
    ("orig vs current plz", False, GOWNS, "compare", _compare(0, 2)),
    ("compare the two photos", False, EMPTY_TWO, "compare", _compare(0, 1)),
    # near misses: a round that does not exist, nothing to compare with, one round only
    ("compare round 1 and round 7", False, ROSES, "clarify", ()),
    ("compare it with the original", False, UPLOAD, "clarify", ()),
    ("pull up round 2 on its own", False, GUITARS, "show", _show(2)),
)
"""Comparisons of two named rounds, and near misses."""

SHOW: tuple[Dev, ...] = (
    # one round shown, the current one unchanged
    ("can i have a look at round 1", False, VEIL3, "show", _show(1)),
    ("show me the original again quickly", False, GUITARS, "show", _show(0)),
    ("pull up the version with the peonies", False, VEIL3, "show", _show(2)),
    ("what did it look like before the cardigan?", False, PIANO, "show", _show(1)),
    ("display round 3", False, GUITARS_BRANCH, "show", _show(3)),
    ("show me the first try", False, TULIPS_RETRIED, "show", _show(1)),
    ("lemme see the pink paper one", False, ROSES, "show", _show(1)),
    ("show round 2 pls", False, GOWNS, "show", _show(2)),
    ("i wanna see the untouched pic", False, DRUMS2, "show", _show(0)),
    ("preview the one with the neon sign", False, GUITARS, "show", _show(2)),
    ("show me the one before the frame went gold", False, VEIL3, "show", _show(2)),
    ("peek at round zero", False, BOOTH, "show", _show(0)),
    # near misses: a round that does not exist, a look that is an edit, "go to" not "show"
    ("show me round 6", False, GOWNS, "clarify", ()),
    (
        "give me a version where the bride is smiling",
        False,
        VEIL,
        "edit",
        _edit("make the bride smile", "make the bride smiling", "a version where the bride is smiling"),
    ),
    ("show me how to undo", False, ROSES, "talk", ()),
    ("go to round 1", False, GOWNS, "goto", _goto(1)),
)
"""Showing one round, and near misses."""

ODD_ROUNDS: tuple[Dev, ...] = (
    # round numbers that name no round: a plain answer, no call
    ("back to round -1 pls", False, GUITARS, "clarify", ()),
    ("show round 1e308", False, ROSES, "clarify", ()),
    ("compare round 2.5 and round 1", False, PIANO, "clarify", ()),
    ("go to round 2.5", False, VEIL3, "clarify", ()),
    ("round minus one", False, DRUMS2, "clarify", ()),
    ("show me round one hundred", False, GOWNS, "clarify", ()),
    ("revert to round 1e3", False, GUITARS_BRANCH, "clarify", ()),
    ("take me to round -3", False, PIANO, "clarify", ()),
    ("show round 99999999999999999999", False, BOOTH, "clarify", ()),
    ("go back -2 steps", False, GUITARS, "clarify", ()),
    ("compare round 1 with round 1e308", False, GUITARS, "clarify", ()),
    ("the round before the original", False, VEIL, "clarify", ()),
    ("go back to round ½", False, DRUMS2, "clarify", ()),
    ("round NaN lol", False, TULIPS, "clarify", ()),
    ("back to round 2", False, TULIPS, "clarify", ()),
    ("go to round two point five", False, GUITARS, "clarify", ()),
    # near misses: odd-looking references that do name a round
    ("undo undo undo", False, VEIL3, "undo", _goto(0)),
    ("undo undo undo undo", False, GUITARS, "undo", _goto(0)),
    ("undo undo undo!!", False, GUITARS, "undo", _goto(1)),
    ("jump to round 0", False, ROSES, "goto", _goto(0)),
    ("show round 02", False, PIANO, "show", _show(2)),
)
"""Odd round references (negative, huge, fractional, past the end), and near misses that do name a round."""

EDITS: tuple[Dev, ...] = (
    # one or several requests, cleaned of fillers, "it" resolved to the last edit's object
    (
        "now pls make the tulips in the front bucket white lol",
        False,
        UPLOAD,
        "edit",
        _edit("make the tulips in the front bucket white"),
    ),
    (
        "also can you add a chalkboard price sign on the stall",
        False,
        TULIPS,
        "edit",
        _edit("add a chalkboard price sign on the stall"),
    ),
    ("make it glossy", False, DRUMS, "edit", _edit("make the bass drum head glossy")),
    (
        "make it dark green",
        False,
        GOWNS,
        "edit",
        _edit("make the velvet curtain dark green", "make the curtain dark green"),
    ),
    (
        "actually can u make it a bit wider too",
        False,
        VEIL,
        "edit",
        _edit("make the veil a bit wider", "make the veil wider"),
    ),
    (
        "remove the cardboard box and make the awning striped",
        False,
        TULIPS_FIXED,
        "edit",
        _edits("remove the cardboard box", "make the awning striped"),
    ),
    (
        "i'd like you to make the piano stool red leather please 🙏",
        False,
        UPLOAD,
        "edit",
        _edit("make the piano stool red leather"),
    ),
    (
        "add fairy lights along the top of the guitar wall",
        False,
        GUITARS,
        "edit",
        _edit("add fairy lights along the top of the guitar wall"),
    ),
    (
        "1. remove the mannequin 2. make the carpet burgundy",
        False,
        GOWNS_LEFT,
        "edit",
        _edits("remove the mannequin", "make the carpet burgundy"),
    ),
    (
        "put a small clutch bag in the bride's hand",
        False,
        VEIL3,
        "edit",
        _edit("put a small clutch bag in the bride's hand"),
    ),
    ("sky outside pink pls", False, DRUMS, "edit", _edit("make the sky outside pink", "sky outside pink")),
    ("the florist, give her an apron", False, ROSES, "edit", _edit("give the florist an apron")),
    ("give her a tiara", False, VEIL, "edit", _edit("give her a tiara", "give the bride a tiara")),
    (
        "turn the whole stall into a watercolour painting",
        False,
        TULIPS,
        "edit",
        _edit("turn the whole stall into a watercolour painting"),
    ),
    (
        "swap the record on the turntable for a red vinyl one",
        False,
        BOOTH,
        "edit",
        _edit("swap the record on the turntable for a red vinyl one"),
    ),
    ("MAKE THE NEON SIGN PINK", False, GUITARS, "edit", _edit("make the neon sign pink")),
    (
        "add a bucket of sunflowers next to the tulips and make the price tags bigger",
        False,
        TULIPS,
        "edit",
        _edits("add a bucket of sunflowers next to the tulips", "make the price tags bigger"),
    ),
    ("the tuner, put a pencil behind his ear", False, PIANO, "edit", _edit("put a pencil behind the tuner's ear")),
    # near misses: nothing to resolve "it" or "them" to, an edit only told of
    ("make it nicer idk", False, GUITARS, "clarify", ()),
    ("make them pink", False, GOWNS, "clarify", ()),
    ("i was gonna ask you to make the veil pink but nvm", False, VEIL, "talk", ()),
    ("my mum said to make the paper purple", False, ROSES_PAPER, "talk", ()),
)
"""Plain edits with fillers, pronouns and several requests, and near misses."""

CLARIFY: tuple[Dev, ...] = (
    # the words alone do not say what to change: one short question
    ("can u fix it up a bit", False, UPLOAD, "clarify", ()),
    ("make it pop ✨", False, UPLOAD, "clarify", ()),
    ("change that thing", False, VEIL, "clarify", ()),
    ("the guitars?", False, UPLOAD, "clarify", ()),
    ("hmm, the veil", False, UPLOAD, "clarify", ()),
    ("do something with the flowers", False, UPLOAD, "clarify", ()),
    ("less boring pls", False, UPLOAD, "clarify", ()),
    ("move it over a bit", False, UPLOAD, "clarify", ()),
    ("same as last time", False, UPLOAD, "clarify", ()),
    ("make them match", False, GOWNS, "clarify", ()),
    ("the other one", False, GUITARS, "clarify", ()),
    ("swap the colour", False, UPLOAD, "clarify", ()),
    ("more wedding-y", False, UPLOAD, "clarify", ()),
    ("put something on the wall", False, UPLOAD, "clarify", ()),
    ("change it", False, EMPTY_TWO, "clarify", ()),
    ("can the flowers be different", False, UPLOAD, "clarify", ()),
    ("something's not right with the piano", False, UPLOAD, "clarify", ()),
    ("fix the thing we talked about", False, ROSES, "clarify", ()),
    # near misses: short but clear
    ("more contrast", False, UPLOAD, "edit", _edit("more contrast", "add more contrast", "increase the contrast")),
    ("make it sparkle", False, VEIL, "edit", _edit("make the veil sparkle")),
    (
        "the gowns? make them all blush pink",
        False,
        GOWNS_LEFT,
        "edit",
        _edit("make the gowns all blush pink", "make all the gowns blush pink"),
    ),
)
"""Turns too vague to act on, and near misses that are clear."""

SHARING: tuple[Dev, ...] = (
    # share, revoke, export
    ("make me a link for my mum", False, VEIL3, "share", SHARE),
    ("share the session pls", False, ROSES, "share", SHARE),
    ("can i send this to my bandmates somehow", False, GUITARS, "share", SHARE),
    ("share link?", False, TULIPS, "share", SHARE),
    ("stop sharing, my ex has the link", False, GUITARS, "revoke", REVOKE),
    ("turn off sharing", False, BOOTH, "revoke", REVOKE),
    ("revoke the share pls", False, PIANO, "revoke", REVOKE),
    ("export as html", False, DRUMS2, "export", _export("html")),
    ("i need an html page of the edits for the shop website", False, GOWNS, "export", _export("html")),
    ("download everything", False, VEIL3, "export", _export("bundle")),
    ("save the whole session as a zip", False, TULIPS_FIXED, "export", _export("bundle")),
    ("export it", False, PIANO, "export", _export("bundle")),
    # near misses: "share" and "export" that are not about the session, posting somewhere it cannot reach
    ("share your thoughts on the dress", False, VEIL, "talk", ()),
    ("export the tulips to holland lol", False, TULIPS, "talk", ()),
    ("post it on instagram", False, ROSES_PAPER, "talk", ()),
)
"""Share, revoke and export, and near misses."""

R37F: tuple[Dev, ...] = (
    *CAPTIONS,
    *SOCIAL,
    *UNDO,
    *RETRY,
    *STRENGTH,
    *CORRECTIONS,
    *CAPABILITY,
    *HOLDS,
    *OUT_OF_SCOPE,
    *SCARY,
    *GOTO,
    *STATUS_HISTORY,
    *COMPARE,
    *SHOW,
    *ODD_ROUNDS,
    *EDITS,
    *CLARIFY,
    *SHARING,
)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: undo goes to the current round's parent, redo forward
    (1, ("redo pls", False, VEIL3, "redo", _goto(2))),
    (1, ("bring the peonies back", False, VEIL3, "redo", _goto(2))),
    (2, ("compare where i am with the latest", False, VEIL3, "compare", _compare(2, 3))),
    (1, ("give her lace gloves", False, VEIL3, "edit", _edit("give her lace gloves"))),
    (2, ("go forward one", False, GUITARS, "redo", _goto(3))),
    (1, ("redo everything i undid", False, GUITARS, "redo", _goto(4))),
    (2, ("which round am i on now?", False, GUITARS, "status", STATUS)),
    (2, ("try this one again", False, GUITARS, "retry", _retry())),
    (3, ("undo once more", False, GUITARS, "undo", _goto(2))),
    (0, ("show me the latest version", False, GUITARS, "show", _show(4))),
    (0, ("ok bring it back, redo", False, TULIPS, "redo", _goto(1))),
    (0, ("undo again", False, TULIPS, "talk", ())),
    (
        0,
        (
            "make the tulips purple instead",
            False,
            TULIPS,
            "edit",
            _edit("make the tulips purple", "make the red tulips purple"),
        ),
    ),
    (1, ("bring back the metronome", False, PIANO, "redo", _goto(3))),
    (2, ("show me what i just undid", False, PIANO, "show", _show(3))),
    (1, ("compare this with the ribbon one", False, ROSES, "compare", _compare(1, 2))),
    (
        1,
        (
            "add a gold ribbon instead",
            False,
            ROSES,
            "edit",
            _edit("add a gold ribbon", "add a gold ribbon around the roses", "tie a gold ribbon around the roses"),
        ),
    ),
    (0, ("go forward two", False, DRUMS2, "redo", _goto(2))),
    (1, ("run me through the rounds", False, DRUMS2, "history", HISTORY)),
    (1, ("make the gown on the right ivory too", False, GOWNS, "edit", _edit("make the gown on the right ivory"))),
    (0, ("go back one more", False, GOWNS, "talk", ())),
    (2, ("go back to the amp one", False, GUITARS_BRANCH, "goto", _goto(3))),
    (1, ("show round 3", False, GUITARS_BRANCH, "show", _show(3))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r37f_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R37F`, then the moved ones)."""
    return with_moved(R37F, "r37f", MOVED, "r37f_moved")
