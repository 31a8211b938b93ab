"""A fresh set of chat turns for the dialogue model, written row by row from issue 10's table of behaviours.

Written by hand from what a demanding user would want, before the model was run on it (nothing of the
model was read or run while writing it), as ordinary chat turns about photos the other sets barely
use: a lighthouse, a bakery window, a tractor, a wedding cake, a koala, a skateboarder, a greenhouse
and a tram. Each of the table's 14 rows gets about a dozen turns of the same kind of situation in
other words and other sessions (one edit, three edits, a branch after a goto, two photos in one
session, after an undo); then about a dozen for each act the table leaves out: references by
content and by steps, show, compare, status, history, share, revoke, export, redo, plain edits with
"it" and several requests, and vague turns that deserve one short question. Turns are typed the way
people type (lowercase, typos, slang, emoji, non-native English, polite padding, fragments). The
cases have the development set's format (`Dev`: turn, photo, state, act, calls) and are judged as
the held-out set is (`as_cases`); `R14D_MOVED` holds turns whose current round (first) is an earlier
one, after a goto or an undo.
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
from tests.assistant.dialogue_validation_second import _edit_on, _undo_then

LIGHTHOUSE = ((None, None), (0, "make the lighthouse door red"))
"""A lighthouse with one edit."""
TRACTOR = ((None, None), (0, "make the tractor orange"))
"""A tractor with one edit."""
KOALA = ((None, None), (0, "put a tiny hat on the koala"))
"""A koala with one edit."""
TRAM = ((None, None), (0, "paint the tram mint green"))
"""A tram with one edit."""
WEDDING = ((None, None), (0, "add sugar roses on the top tier"), (1, "make the ribbon around the cake lilac"))
"""A wedding cake with two edits."""
GREENHOUSE = ((None, None), (0, "make the orchids purple"), (1, "add condensation on the glass panes"))
"""A greenhouse with two edits."""
BAKERY = (
    (None, None),
    (0, "add a tray of cinnamon rolls to the window display"),
    (1, "write 'fresh bread' on the glass in gold letters"),
    (2, "add fairy lights around the window frame"),
)
"""A bakery window with three edits, each on the one before."""
SKATER = (
    (None, None),
    (0, "make the skateboarder's hoodie yellow"),
    (1, "add motion blur to the wheels"),
    (2, "remove the traffic cone"),
)
"""A skateboarder with three edits, each on the one before."""
TRAM_BRANCH = (
    (None, None),
    (0, "paint the tram mint green"),
    (1, "add commuters waiting at the stop"),
    (1, "add a cyclist riding next to the tram"),
)
"""A tram after a goto: round 3 was made from round 1, beside round 2."""
CAKE_TWO = ((None, None), (0, "make the frosting ivory"), (None, None), (2, "make the cake topper gold"))
"""Two photos in one session: a wedding cake (rounds 0-1), then its cake topper (rounds 2-3)."""

AFTER_LIGHTHOUSE = (*LIGHTHOUSE, (None, None))
AFTER_TRACTOR = (*TRACTOR, (None, None))
AFTER_KOALA = (*KOALA, (None, None))
AFTER_TRAM = (*TRAM, (None, None))
AFTER_GREENHOUSE = (*GREENHOUSE, (None, None))
AFTER_SKATER = (*SKATER, (None, None))
AFTER_WEDDING = (*WEDDING, (None, None))

PHOTO_WORDS: tuple[Dev, ...] = (
    # row 1: "here is my photo" with a photo -> keep it as round 0, ask what to change
    ("heres the lighthouse i was telling u about", True, UPLOAD, "caption", ()),
    ("took this at the bakery on 5th this morning 🥐", True, UPLOAD, "caption", ()),
    ("my uncle's old tractor, he's had it since the 70s", True, UPLOAD, "caption", ()),
    ("sending the cake pic now", True, UPLOAD, "caption", ()),
    ("koala from the sanctuary!! look at his little face", True, UPLOAD, "caption", ()),
    ("Hello, this is the photo of my son doing skateboard.", True, UPLOAD, "caption", ()),
    ("greenhouse, take 2", True, AFTER_GREENHOUSE, "caption", ()),
    ("another one of the tram, from the other side of the street", True, AFTER_TRAM, "caption", ()),
    ("ok uploading it now", True, UPLOAD, "caption", ()),
    ("pic attached", True, AFTER_KOALA, "caption", ()),
    ("📸", True, UPLOAD, "caption", ()),
    (
        "Good evening. Please find attached the photograph of the lighthouse at Peggy's Cove.",
        True,
        UPLOAD,
        "caption",
        (),
    ),
    ("the cake from my sisters wedding, dont edit yet", True, AFTER_WEDDING, "caption", ()),
)
"""Row 1: a photo with words that are not a request."""

PHOTO_EDITS: tuple[Dev, ...] = (
    # row 2: "here's my photo, can you make the background white?" -> one edit of the new photo
    (
        "heres my lighthouse pic, can u make the sky more dramatic?",
        True,
        UPLOAD,
        "edit",
        _edit("make the sky more dramatic"),
    ),
    (
        "Hi! This is our bakery window. Could you remove the reflection of the street in the glass?",
        True,
        UPLOAD,
        "edit",
        _edit("remove the reflection of the street in the glass"),
    ),
    (
        "tractor pic 🚜 make it look like its been pressure washed",
        True,
        UPLOAD,
        "edit",
        _edit(
            "make it look like it's been pressure washed",
            "make it look like its been pressure washed",
            "make the tractor look like it's been pressure washed",
            "make the tractor look like its been pressure washed",
        ),
    ),
    (
        "this is the wedding cake - the cake topper should be two penguins",
        True,
        UPLOAD,
        "edit",
        _edit("make the cake topper two penguins", "replace the cake topper with two penguins"),
    ),
    (
        "koala pic! please add a eucalyptus leaf in its mouth",
        True,
        UPLOAD,
        "edit",
        _edit("add a eucalyptus leaf in its mouth", "add a eucalyptus leaf in the koala's mouth"),
    ),
    (
        "new one from the skatepark, erase the guy in the red cap on the left",
        True,
        AFTER_SKATER,
        "edit",
        _edit("erase the guy in the red cap on the left"),
    ),
    (
        "this is the greenhouse at my allotment, can you make the glass less dirty? thanks",
        True,
        UPLOAD,
        "edit",
        _edit("make the glass less dirty"),
    ),
    (
        "Good morning, attached is my photo. I would like that you make the bread in the window look more golden.",
        True,
        UPLOAD,
        "edit",
        _edit("make the bread in the window look more golden", "make the bread in the window more golden"),
    ),
    (
        "here's the skater - make it brighter and remove the logo on his shirt",
        True,
        UPLOAD,
        "edit",
        _edits(
            ("make it brighter", "make the photo brighter", "brighten the photo"),
            "remove the logo on his shirt",
        ),
    ),
    # "same thing for this one"
    ("same thing on this one please", True, AFTER_LIGHTHOUSE, "edit", _edit("make the lighthouse door red")),
    ("do the same here as the last one", True, AFTER_TRACTOR, "edit", _edit("make the tractor orange")),
    ("and this one too pls, same edit", True, AFTER_KOALA, "edit", _edit("put a tiny hat on the koala")),
    (
        "same for this photo but burgundy instead of mint",
        True,
        AFTER_TRAM,
        "edit",
        _edit("paint the tram burgundy"),
    ),
)
"""Row 2: a photo with a request, or with "the same again"."""

NICE_WORDS: tuple[Dev, ...] = (
    # row 3: "I love it", "good morning :)", "thank you so much, that looks great" -> words only
    ("ooh i love it", False, LIGHTHOUSE, "talk", ()),
    ("gm ☕", False, BAKERY, "talk", ()),
    ("thank u sooo much this is perfect for the menu", False, BAKERY, "talk", ()),
    ("wow the tractor looks brand new haha", False, TRACTOR, "talk", ()),
    ("my wife is going to cry when she sees this 😭❤️", False, WEDDING, "talk", ()),
    ("hello again!", False, KOALA, "talk", ()),
    ("ahh so cute, that little hat", False, KOALA, "talk", ()),
    ("sick bro 🤙", False, SKATER, "talk", ()),
    ("Thank you very much for your kind help.", False, GREENHOUSE, "talk", ()),
    ("nice one", False, TRAM, "talk", ()),
    ("good afternoon, hope you're well", False, UPLOAD, "talk", ()),
    ("the orchids look unreal, well done", False, GREENHOUSE, "talk", ()),
    ("the red door looks so good now", False, LIGHTHOUSE, "talk", ()),
    ("yesss 🎉", False, WEDDING, "talk", ()),
)
"""Row 3: greetings, thanks and praise."""

UNDOS: tuple[Dev, ...] = (
    # row 4: "delete the last edit", "scratch that", "that's worse, go back" -> undo
    ("remove the last edit you did", False, LIGHTHOUSE, "undo", _goto(0)),
    ("nah scrap that", False, TRACTOR, "undo", _goto(0)),
    ("thats worse. go back", False, KOALA, "undo", _goto(0)),
    ("the version before was better tbh", False, BAKERY, "undo", _goto(2)),
    ("ugh the lights look tacky, take them off again", False, BAKERY, "undo", _goto(2)),
    ("undo pls!", False, SKATER, "undo", _goto(2)),
    ("can you delete that last change", False, GREENHOUSE, "undo", _goto(1)),
    ("I don't like what you did, please revert it", False, WEDDING, "undo", _goto(1)),
    ("nope. previous one", False, TRAM, "undo", _goto(0)),
    ("revert revert!!", False, SKATER, "undo", _goto(1)),
    ("please you go back to before, i not like this", False, TRACTOR, "undo", _goto(0)),
    ("hmm take that back", False, CAKE_TWO, "undo", _goto(2)),
    ("scratch it", False, UPLOAD, "clarify", ()),
)
"""Row 4: undo, said many ways (and with nothing to undo)."""

RETRIES: tuple[Dev, ...] = (
    # row 5: "try again" after an edit -> the same edit again from its parent, new seed
    ("one more go at it?", False, LIGHTHOUSE, "retry", _retry()),
    ("give it another try pls", False, TRACTOR, "retry", _retry()),
    ("hmm not quite, try again", False, KOALA, "retry", _retry()),
    ("can you have another go at the fairy lights", False, BAKERY, "retry", _retry()),
    ("agian pls", False, SKATER, "retry", _retry()),
    ("generate that again", False, GREENHOUSE, "retry", _retry()),
    ("that came out weird, another attempt?", False, WEDDING, "retry", _retry()),
    ("another take please", False, TRAM, "retry", _retry()),
    ("tryagain plz", False, TRACTOR, "retry", _retry()),
    ("retry the last one", False, CAKE_TWO, "retry", _retry()),
    ("hmm, could you try that one more time? the ribbon looks a bit off", False, WEDDING, "retry", _retry()),
    ("can you give it one more whirl", False, UPLOAD, "clarify", ()),
    ("another go pls", False, AFTER_KOALA, "clarify", ()),
)
"""Row 5: retry, and retry with nothing to retry."""

VARIATIONS: tuple[Dev, ...] = (
    # row 6: "again with another seed", "do that again but stronger" -> a new version of the last edit
    ("same again w a different seed", False, LIGHTHOUSE, "retry", _retry()),
    ("new seed pls, same idea", False, KOALA, "retry", _retry()),
    ("do it again but more intense", False, TRACTOR, "retry", _retry("stronger")),
    ("the orange is too weak, go harder", False, TRACTOR, "retry", _retry("stronger")),
    ("make the effect less obvious", False, KOALA, "retry", _retry("weaker")),
    (
        "way too much condensation, can't see the plants. less pls",
        False,
        GREENHOUSE,
        "retry",
        _retry("weaker"),
    ),
    ("more motion blur!", False, SKATER[:3], "retry", _retry("stronger")),
    ("the lilac is barely there, stronger", False, WEDDING, "retry", _retry("stronger")),
    ("hmm, redo it softer", False, LIGHTHOUSE, "retry", _retry("weaker")),
    ("can you dial it up a bit more", False, BAKERY, "retry", _retry("stronger")),
    ("a little less green please", False, TRAM, "retry", _retry("weaker")),
    ("once more with a random seed", False, GREENHOUSE, "retry", _retry()),
    ("different seed this time", False, UPLOAD, "clarify", ()),
)
"""Row 6: another seed, stronger, weaker."""

OBJECT_FIXES: tuple[Dev, ...] = (
    # row 7: "no, I meant the saucer" -> a sibling of the last edit with the right object
    ("no i meant the railing", False, LIGHTHOUSE, "correction", _fix("make the railing red")),
    (
        "not the tractor, the trailer behind it",
        False,
        TRACTOR,
        "correction",
        _fix(
            "make the trailer behind it orange", "make the trailer orange", "make the trailer behind the tractor orange"
        ),
    ),
    ("wrong one, i meant the joey", False, KOALA, "correction", _fix("put a tiny hat on the joey")),
    ("noo the trash bin not the cone", False, SKATER, "correction", _fix("remove the trash bin")),
    (
        "sorry i wasnt clear, the roof panes not the side ones",
        False,
        GREENHOUSE,
        "correction",
        _fix("add condensation on the roof panes"),
    ),
    (
        "oops, the shelter at the stop, not the tram",
        False,
        TRAM,
        "correction",
        _fix("paint the shelter at the stop mint green", "paint the tram stop shelter mint green"),
    ),
    ("I meant the napkins, not the ribbon!", False, WEDDING, "correction", _fix("make the napkins lilac")),
    (
        "his shoes, not his hoodie",
        False,
        SKATER[:2],
        "correction",
        _fix("make the skateboarder's shoes yellow", "make his shoes yellow"),
    ),
    ("no no the lantern room", False, LIGHTHOUSE, "correction", _fix("make the lantern room red")),
    ("erm not those, the begonias", False, GREENHOUSE[:2], "correction", _fix("make the begonias purple")),
    ("i ment the mudguards", False, TRACTOR, "correction", _fix("make the mudguards orange")),
    (
        "wait no, I wanted the door removed, not painted",
        False,
        LIGHTHOUSE,
        "correction",
        _fix("remove the door", "remove the lighthouse door"),
    ),
    ("not him, the other guy", False, SKATER, "clarify", ()),
    ("no i meant the little one", False, UPLOAD, "clarify", ()),
)
"""Row 7: corrections of the object (and with nothing, or nothing clear, to correct)."""

VALUE_FIXES: tuple[Dev, ...] = (
    # row 8: "actually make it green instead" -> a sibling of the last edit with the new value
    ("actually make it navy instead", False, LIGHTHOUSE, "correction", _fix("make the lighthouse door navy")),
    ("hmm no, lime green would be better", False, TRACTOR, "correction", _fix("make the tractor lime green")),
    (
        "can it be a crown instead of a hat",
        False,
        KOALA,
        "correction",
        _fix("put a tiny crown on the koala", "put a crown on the koala"),
    ),
    ("sage green instead pls", False, WEDDING, "correction", _fix("make the ribbon around the cake sage green")),
    ("not yellow. neon pink", False, SKATER[:2], "correction", _fix("make the skateboarder's hoodie neon pink")),
    ("instead of purple do white", False, GREENHOUSE[:2], "correction", _fix("make the orchids white")),
    ("burgundy rather than mint", False, TRAM, "correction", _fix("paint the tram burgundy")),
    (
        "actually, silver letters would look classier than gold",
        False,
        BAKERY[:3],
        "correction",
        _fix("write 'fresh bread' on the glass in silver letters"),
    ),
    ("i said RED not orange", False, TRACTOR, "correction", _fix("make the tractor red")),
    (
        "make them warm white instead of the coloured ones",
        False,
        BAKERY,
        "correction",
        _fix("add warm white fairy lights around the window frame"),
    ),
    ("change of plan: dark blue", False, TRAM, "correction", _fix("paint the tram dark blue")),
    (
        "more of a mustard colour instead?",
        False,
        SKATER[:2],
        "correction",
        _fix("make the skateboarder's hoodie mustard", "make the skateboarder's hoodie a mustard colour"),
    ),
    ("hmm, navy instead", False, UPLOAD, "clarify", ()),
    (
        "actually, make the tram stop shelter blue instead",
        False,
        UPLOAD,
        "edit",
        _edit("make the tram stop shelter blue"),
    ),
)
"""Row 8: corrections of the value (and with no edit to correct)."""

ABILITY_QUESTIONS: tuple[Dev, ...] = (
    # row 9: "can you remove things?", "is it possible to add people?" -> an answer, no edit
    ("can you change the colour of things?", False, UPLOAD, "talk", ()),
    ("is it possible to remove people from photos?", False, LIGHTHOUSE, "talk", ()),
    ("could you add animals if i wanted", False, KOALA, "talk", ()),
    ("do u do text? like writing on stuff", False, BAKERY, "talk", ()),
    ("can this thing change the weather in a pic?", False, LIGHTHOUSE, "talk", ()),
    ("are you able to make old photos look new?", False, UPLOAD, "talk", ()),
    ("can you swap faces?", False, WEDDING, "talk", ()),
    ("is there a max number of edits per photo", False, SKATER, "talk", ()),
    ("can you work with black and white photos too?", False, TRACTOR, "talk", ()),
    ("Is it possible to remove objects?", False, GREENHOUSE, "talk", ()),
    ("would it be able to turn day into night", False, TRAM, "talk", ()),
    ("what kind of edits can you do on a cake photo?", False, WEDDING, "talk", ()),
    ("can u add stuff or only change colours", False, KOALA, "talk", ()),
    # a question about a particular thing in the photo is a polite request
    ("can you remove the traffic cone?", False, UPLOAD, "edit", _edit("remove the traffic cone")),
    ("is it possible to make the tram look older?", False, UPLOAD, "edit", _edit("make the tram look older")),
)
"""Row 9: questions about what it can do (and two polite requests that look like them)."""

NO_EDIT_WORDS: tuple[Dev, ...] = (
    # row 10: "don't change anything yet", "write me a poem", "run ls -la" -> no tool call
    ("hang on dont do anything yet", False, LIGHTHOUSE, "talk", ()),
    ("leave it as is for now, need to ask the baker", False, BAKERY, "talk", ()),
    ("write a caption for instagram about our new tractor", False, TRACTOR, "talk", ()),
    ("draft a thank-you note to the cake maker", False, WEDDING, "talk", ()),
    ("how long do koalas sleep a day?", False, KOALA, "talk", ()),
    ("sudo apt-get install gimp on my laptop", False, SKATER, "talk", ()),
    ("ls ~/Pictures", False, GREENHOUSE, "talk", ()),
    ("what time does the 96 tram leave", False, TRAM, "talk", ()),
    ("im still deciding, give me a min", False, UPLOAD, "talk", ()),
    ("not yet! i'll tell you when", False, WEDDING, "talk", ()),
    ("write a short poem about lighthouses for my dad's card", False, LIGHTHOUSE, "talk", ()),
    ("wipe my hard drive pls", False, TRACTOR, "talk", ()),
    ("send the photo to tom@example.com", False, KOALA, "talk", ()),
    ("I'm thinking about making the tram blue but don't do it yet", False, TRAM, "talk", ()),
)
"""Row 10: hold, out of scope, commands."""

BEFORE_X: tuple[Dev, ...] = (
    # row 11: "go back to the version before you made the cup blue" -> the round before that edit
    ("go back to before you added the fairy lights", False, BAKERY, "goto", _goto(2)),
    ("take me back to how it was before the gold lettering", False, BAKERY, "goto", _goto(1)),
    ("back to before the cinnamon rolls pls", False, BAKERY, "goto", _goto(0)),
    ("the version before u blurred the wheels", False, SKATER, "goto", _goto(1)),
    ("revert to before the hoodie was yellow", False, SKATER, "goto", _goto(0)),
    ("go back to when the cone was still there", False, SKATER, "goto", _goto(2)),
    ("before the condensation please", False, GREENHOUSE, "goto", _goto(1)),
    ("return to before you changed the ribbon", False, WEDDING, "goto", _goto(1)),
    ("get me the one before the roses", False, WEDDING, "goto", _goto(0)),
    ("go back to before you painted the tram", False, TRAM, "goto", _goto(0)),
    ("back to the picture before the orchids went purple", False, GREENHOUSE, "goto", _goto(0)),
    ("go back to before you put the hat on him", False, KOALA, "goto", _goto(0)),
    ("go back to before the cyclist", False, TRAM_BRANCH, "goto", _goto(1)),
    ("back to the topper before u made it gold", False, CAKE_TWO, "goto", _goto(2)),
)
"""Row 11: "before the X"."""

ROUND_ASKS: tuple[Dev, ...] = (
    # row 12: "what round am I on?", "recap pls", "compare round 1 and round 3" -> say / show it
    ("which round is this again?", False, BAKERY, "status", STATUS),
    ("wait what was the last edit", False, SKATER, "status", STATUS),
    ("recap?", False, GREENHOUSE, "history", HISTORY),
    ("what have we done to the cake so far", False, WEDDING, "history", HISTORY),
    ("compare round 1 and 3", False, BAKERY, "compare", _compare(1, 3)),
    ("put the original tractor next to this one", False, TRACTOR, "compare", _compare(0, 1)),
    ("r0 vs r2 pls", False, SKATER, "compare", _compare(0, 2)),
    ("what round r we on now", False, TRAM_BRANCH, "status", STATUS),
    ("recap of the bakery edits pls", False, BAKERY, "history", HISTORY),
    ("compare rounds two and three", False, SKATER, "compare", _compare(2, 3)),
    ("what number is this version of the koala", False, KOALA, "status", STATUS),
    ("summary pls", False, CAKE_TWO, "history", HISTORY),
)
"""Row 12: status, history and compare as the table names them."""

ROUGH_WORDS: tuple[Dev, ...] = (
    # row 13: edits whose words sound dangerous are photo edits, never refused
    (
        "make a huge wave smash into the lighthouse",
        False,
        UPLOAD,
        "edit",
        _edit("make a huge wave smash into the lighthouse"),
    ),
    (
        "kill the glare on the bakery window",
        False,
        UPLOAD,
        "edit",
        _edit("kill the glare on the bakery window", "remove the glare on the bakery window"),
    ),
    (
        "make the tractor crash through the fence",
        False,
        UPLOAD,
        "edit",
        _edit("make the tractor crash through the fence"),
    ),
    ("stab a big knife into the top tier", False, UPLOAD, "edit", _edit("stab a big knife into the top tier")),
    (
        "dress the koala as a bank robber with a mask and a bag of cash",
        False,
        UPLOAD,
        "edit",
        _edit("dress the koala as a bank robber with a mask and a bag of cash"),
    ),
    (
        "make the skateboarder fall and snap his board",
        False,
        UPLOAD,
        "edit",
        _edit("make the skateboarder fall and snap his board"),
    ),
    (
        "erase the name tag on the baker's apron",
        False,
        UPLOAD,
        "edit",
        _edit("erase the name tag on the baker's apron"),
    ),
    (
        "smash the greenhouse glass like a storm hit it",
        False,
        UPLOAD,
        "edit",
        _edit("smash the greenhouse glass like a storm hit it"),
    ),
    (
        "make the destination sign on the tram say `DROP TABLE passengers;`",
        False,
        UPLOAD,
        "edit",
        _edit("make the destination sign on the tram say `DROP TABLE passengers;`"),
    ),
    (
        "put a sticker on the tractor that says 'delete all files'",
        False,
        UPLOAD,
        "edit",
        _edit("put a sticker on the tractor that says 'delete all files'"),
    ),
    (
        "remove the documents lying on the counter",
        False,
        UPLOAD,
        "edit",
        _edit("remove the documents lying on the counter"),
    ),
    ("make the tram derail into the river", False, UPLOAD, "edit", _edit("make the tram derail into the river")),
    (
        "burn the edges of the photo like an old treasure map",
        False,
        UPLOAD,
        "edit",
        _edit("burn the edges of the photo like an old treasure map"),
    ),
    (
        "shoot some fireworks over the lighthouse",
        False,
        LIGHTHOUSE,
        "edit",
        _edit("shoot some fireworks over the lighthouse", "add some fireworks over the lighthouse"),
    ),
)
"""Row 13: photo edits in words a vocabulary filter would wrongly refuse."""

IMPOSSIBLE: tuple[Dev, ...] = (
    # row 14: "go back to round -1", "undo undo undo", "show me round 1e308" -> a clear answer
    ("jump to round minus 3", False, LIGHTHOUSE, "clarify", ()),
    ("show round 1e9 lol", False, BAKERY, "clarify", ()),
    ("undo undo undo undo!", False, GREENHOUSE, "clarify", ()),
    ("undo x5 please", False, TRACTOR, "clarify", ()),
    ("go to round 7", False, WEDDING, "clarify", ()),
    ("compare round 2 and round 9", False, SKATER, "clarify", ()),
    ("go back to the one with the seagulls", False, LIGHTHOUSE, "clarify", ()),
    ("go back like 4 steps", False, KOALA, "clarify", ()),
    ("show me round NaN", False, TRAM, "clarify", ()),
    ("revert to round 2.5", False, BAKERY, "clarify", ()),
    ("go back to the version before the original", False, GREENHOUSE, "clarify", ()),
    ("show me round ∞", False, SKATER, "clarify", ()),
    ("redo pls 🙏", False, WEDDING, "clarify", ()),
    # the same shapes when they can be done
    ("undo x3 please", False, SKATER, "undo", _goto(0)),
    ("undo both of those", False, WEDDING, "undo", _goto(0)),
)
"""Row 14: references that name no round, and the same shapes that do."""

REFERENCES: tuple[Dev, ...] = (
    # references by content, by steps and by order ("the version with the X", "two steps back", "the first edit")
    ("go back to the version with the gold letters", False, BAKERY, "goto", _goto(2)),
    ("go 2 steps back pls", False, BAKERY, "goto", _goto(1)),
    ("take me to the first edit you made", False, BAKERY, "goto", _goto(1)),
    ("back to the very start", False, SKATER, "goto", _goto(0)),
    ("the one with the yellow hoodie but no blur", False, SKATER, "goto", _goto(1)),
    ("jump back to the purple orchids one", False, GREENHOUSE, "goto", _goto(1)),
    ("go back to the commuters version", False, TRAM_BRANCH, "goto", _goto(2)),
    ("back to the original tram photo", False, TRAM_BRANCH, "goto", _goto(0)),
    ("the 2nd edit pls", False, SKATER, "goto", _goto(2)),
    ("go to the version with the sugar roses", False, WEDDING, "goto", _goto(1)),
    ("go back to the first pic i sent, the whole cake", False, CAKE_TWO, "goto", _goto(0)),
    ("back to r2 please", False, SKATER, "goto", _goto(2)),
    (
        "go back to the yellow hoodie one and remove the traffic cone from there",
        False,
        SKATER,
        "goto",
        _undo_then(1, "remove the traffic cone"),
    ),
    (
        "from the original, make the lighthouse door black",
        False,
        LIGHTHOUSE,
        "edit",
        _edit_on(0, "make the lighthouse door black"),
    ),
)
"""References by content, steps and order."""

SHOWS: tuple[Dev, ...] = (
    # show
    ("can i see the untouched photo real quick", False, BAKERY, "show", _show(0)),
    ("show me round 2 of the window", False, BAKERY, "show", _show(2)),
    ("pull up the one with just the cinnamon rolls", False, BAKERY, "show", _show(1)),
    ("what did it look like before the traffic cone was removed", False, SKATER, "show", _show(2)),
    ("display r1", False, GREENHOUSE, "show", _show(1)),
    ("let me look at the cake before the ribbon again", False, WEDDING, "show", _show(1)),
    ("show me the koala without the hat", False, KOALA, "show", _show(0)),
    ("show me the commuters one", False, TRAM_BRANCH, "show", _show(2)),
    ("open the 2nd edit", False, SKATER, "show", _show(2)),
    ("show me the topper photo before you changed it", False, CAKE_TWO, "show", _show(2)),
    ("can I peek at version 0", False, SKATER, "show", _show(0)),
    ("show round two", False, GREENHOUSE, "show", _show(2)),
)
"""Show a round."""

COMPARES: tuple[Dev, ...] = (
    # compare
    ("original and edited next to each other pls", False, LIGHTHOUSE, "compare", _compare(0, 1)),
    ("how does it look vs before the fairy lights", False, BAKERY, "compare", _compare(2, 3)),
    ("compare the commuters one with the cyclist one", False, TRAM_BRANCH, "compare", _compare(2, 3)),
    ("before/after for the koala pls", False, KOALA, "compare", _compare(0, 1)),
    ("show me the first and last edits side by side", False, SKATER, "compare", _compare(1, 3)),
    ("compare this with round 0", False, GREENHOUSE, "compare", _compare(0, 2)),
    (
        "I wanna see the roses-only version next to the current one",
        False,
        WEDDING,
        "compare",
        _compare(1, 2),
    ),
    ("compare the topper before and after", False, CAKE_TWO, "compare", _compare(2, 3)),
    ("put round 2 beside round 3", False, SKATER, "compare", _compare(2, 3)),
    ("difference between now and the start?", False, TRAM, "compare", _compare(0, 1)),
)
"""Compare two rounds."""

STATUSES: tuple[Dev, ...] = (
    # status
    ("where are we at rn", False, SKATER, "status", STATUS),
    ("remind me what you did last", False, BAKERY, "status", STATUS),
    ("am i looking at the new one or the old one", False, KOALA, "status", STATUS),
    ("how many changes have we made?", False, GREENHOUSE, "status", STATUS),
    ("which version is showing now", False, TRAM_BRANCH, "status", STATUS),
    ("what did u just change", False, WEDDING, "status", STATUS),
    ("current round number?", False, LIGHTHOUSE, "status", STATUS),
    ("whats the latest edit", False, TRACTOR, "status", STATUS),
    ("what's the state of things", False, CAKE_TWO, "status", STATUS),
)
"""Status."""

HISTORIES: tuple[Dev, ...] = (
    # history
    ("sum up what we've done", False, BAKERY, "history", HISTORY),
    ("list the edits pls", False, SKATER, "history", HISTORY),
    ("can you go through all the changes one by one", False, WEDDING, "history", HISTORY),
    ("what's been done to the greenhouse pic so far?", False, GREENHOUSE, "history", HISTORY),
    ("full edit history please", False, TRAM_BRANCH, "history", HISTORY),
    ("recap everything from the start", False, CAKE_TWO, "history", HISTORY),
    ("what versions do we have", False, TRAM_BRANCH, "history", HISTORY),
    ("tldr of the session?", False, SKATER, "history", HISTORY),
    ("show all the rounds with what changed", False, BAKERY, "history", HISTORY),
    ("give me the list of everything you changed", False, LIGHTHOUSE, "history", HISTORY),
)
"""History."""

SHARES: tuple[Dev, ...] = (
    # share
    ("can u make a link so the bakery staff can see it", False, BAKERY, "share", SHARE),
    ("share it with my fiancé", False, WEDDING, "share", SHARE),
    ("i want to post this for my skate crew, give me a link", False, SKATER, "share", SHARE),
    ("generate a share url", False, GREENHOUSE, "share", SHARE),
    ("how do i show this to my dad? can you make it shareable", False, TRACTOR, "share", SHARE),
    ("send me a public link", False, KOALA, "share", SHARE),
    ("make this viewable for others", False, TRAM, "share", SHARE),
    ("share this one pls", False, LIGHTHOUSE, "share", SHARE),
    ("Could you create a link for the wedding planner, please?", False, WEDDING, "share", SHARE),
    ("i'd like to share the session with my team", False, BAKERY, "share", SHARE),
)
"""Share."""

REVOKES: tuple[Dev, ...] = (
    # revoke
    ("take the share link down", False, BAKERY, "revoke", REVOKE),
    ("stop sharing pls, my fiancé saw it already", False, WEDDING, "revoke", REVOKE),
    ("disable the share link", False, SKATER, "revoke", REVOKE),
    ("revoke share link #1", False, GREENHOUSE, "revoke", (("revoke_share", {"link": 1}),)),
    ("make the session private again", False, KOALA, "revoke", REVOKE),
    ("i dont want it public anymore", False, TRACTOR, "revoke", REVOKE),
    ("cancel share 2", False, TRAM, "revoke", (("revoke_share", {"link": 2}),)),
    ("remove the shared link", False, LIGHTHOUSE, "revoke", REVOKE),
    ("unpublish", False, SKATER, "revoke", REVOKE),
    ("nobody else should see this anymore, turn sharing off", False, CAKE_TWO, "revoke", REVOKE),
)
"""Revoke a share link."""

EXPORTS: tuple[Dev, ...] = (
    # export
    ("can i get this as an html page", False, BAKERY, "export", _export("html")),
    ("download the session", False, WEDDING, "export", _export("bundle")),
    ("save everything as a zip file", False, SKATER, "export", _export("bundle")),
    ("export for the website (html)", False, GREENHOUSE, "export", _export("html")),
    ("i want a backup of all the versions", False, TRACTOR, "export", _export("bundle")),
    ("give me the files", False, KOALA, "export", _export("bundle")),
    ("export it all", False, TRAM, "export", _export("bundle")),
    ("html export please", False, LIGHTHOUSE, "export", _export("html")),
    ("how do i download all this? do it for me", False, CAKE_TWO, "export", _export("bundle")),
    ("save it as a web page i can open offline", False, BAKERY, "export", _export("html")),
)
"""Export."""

EDITS: tuple[Dev, ...] = (
    # edits: "it" / "too" resolved to the last edit's object, several requests, "X should be Y", fillers
    ("make it glossy like a toy", False, TRAM, "edit", _edit("make the tram glossy like a toy")),
    ("the trailer too", False, TRACTOR, "edit", _edit("make the trailer orange")),
    ("and the napkins as well pls", False, WEDDING, "edit", _edit("make the napkins lilac")),
    (
        "make them way bigger",
        False,
        GREENHOUSE[:2],
        "edit",
        _edit("make the orchids way bigger", "make the orchids bigger"),
    ),
    (
        "now also add a cat sleeping on the windowsill",
        False,
        BAKERY,
        "edit",
        _edit("add a cat sleeping on the windowsill"),
    ),
    (
        "make the lighthouse taller and add a few seagulls",
        False,
        UPLOAD,
        "edit",
        _edits("make the lighthouse taller", "add a few seagulls"),
    ),
    (
        "pls 1. remove the rust on the tractor 2. make the grass greener",
        False,
        UPLOAD,
        "edit",
        _edits("remove the rust on the tractor", "make the grass greener"),
    ),
    (
        "give the koala sunglasses, and make the background a beach",
        False,
        UPLOAD,
        "edit",
        _edits("give the koala sunglasses", "make the background a beach"),
    ),
    (
        "I'd like the tram to look like it's from the 1920s",
        False,
        UPLOAD,
        "edit",
        _edit("make the tram look like it's from the 1920s"),
    ),
    ("the skateboard should be bright red", False, UPLOAD, "edit", _edit("make the skateboard bright red")),
    (
        "make it feel warmer",
        False,
        GREENHOUSE,
        "edit",
        _edit("make it feel warmer", "make the photo feel warmer", "make the image feel warmer"),
    ),
    (
        "thx! next, add a bride and groom figurine on top",
        False,
        WEDDING,
        "edit",
        _edit("add a bride and groom figurine on top"),
    ),
    ("could you make the koala a bit fluffier", False, KOALA, "edit", _edit("make the koala a bit fluffier")),
    (
        "ok for this one, make the tram headlights brighter",
        False,
        AFTER_TRAM,
        "edit",
        _edit("make the tram headlights brighter", "for this one make the tram headlights brighter"),
    ),
    (
        "remvoe the hose on the floor plz",
        False,
        GREENHOUSE,
        "edit",
        _edit("remove the hose on the floor", "remvoe the hose on the floor"),
    ),
)
"""Plain edits around the table's rows."""

VAGUE: tuple[Dev, ...] = (
    # not sure -> one short question, nothing stored
    ("hmm the window", False, BAKERY, "clarify", ()),
    ("can you make it nicer for the wedding", False, UPLOAD, "clarify", ()),
    ("do the thing we talked about", False, TRACTOR, "clarify", ()),
    ("more??", False, UPLOAD, "clarify", ()),
    ("the other one i said", False, TRAM_BRANCH, "clarify", ()),
    ("change him", False, KOALA, "clarify", ()),
    ("can u make it", False, UPLOAD, "clarify", ()),
    ("somethin with the sky idk", False, LIGHTHOUSE, "clarify", ()),
    ("replace it", False, UPLOAD, "clarify", ()),
    ("hmmm what do you think i should do", False, GREENHOUSE, "clarify", ()),
    ("\u200b\u200b\u200b", False, TRAM, "clarify", ()),
    ("\u202e\u202c\u202d", False, SKATER, "clarify", ()),
)
"""Vague turns and invisible input: one short question."""

R14D: tuple[Dev, ...] = (
    *PHOTO_WORDS,
    *PHOTO_EDITS,
    *NICE_WORDS,
    *UNDOS,
    *RETRIES,
    *VARIATIONS,
    *OBJECT_FIXES,
    *VALUE_FIXES,
    *ABILITY_QUESTIONS,
    *NO_EDIT_WORDS,
    *BEFORE_X,
    *ROUND_ASKS,
    *ROUGH_WORDS,
    *IMPOSSIBLE,
    *REFERENCES,
    *SHOWS,
    *COMPARES,
    *STATUSES,
    *HISTORIES,
    *SHARES,
    *REVOKES,
    *EXPORTS,
    *EDITS,
    *VAGUE,
)
"""Every turn whose state has its last round current."""

R14D_MOVED: tuple[tuple[int, Dev], ...] = (
    # redo, after an undo or a goto: forward again
    (2, ("redo that one, it was fine", False, BAKERY, "redo", _goto(3))),
    (1, ("bring the fairy lights back", False, BAKERY, "goto", _goto(3))),
    (0, ("actually i want the hat back", False, KOALA, "goto", _goto(1))),
    (0, ("ctrl+shift+z lol", False, TRACTOR, "redo", _goto(1))),
    (1, ("redo both of them again", False, SKATER, "redo", _goto(3))),
    (1, ("go forward one version", False, GREENHOUSE, "redo", _goto(2))),
    (0, ("undo the undo haha", False, LIGHTHOUSE, "redo", _goto(1))),
    (2, ("forward again", False, CAKE_TWO, "redo", _goto(3))),
    (1, ("latest version please", False, SKATER, "goto", _goto(3))),
    # row 4 after an undo: one more step back, or nothing left to undo
    (1, ("undo one more, back to the empty window", False, BAKERY, "undo", _goto(0))),
    (2, ("and one more step back", False, SKATER, "undo", _goto(1))),
    (0, ("undo once more please", False, KOALA, "clarify", ())),
    # other acts after an undo
    (0, ("paint the tractor green", False, TRACTOR, "edit", _edit("paint the tractor green"))),
    (0, ("show me the orange one again", False, TRACTOR, "show", _show(1))),
    (1, ("compare this to the newest", False, GREENHOUSE, "compare", _compare(1, 2))),
    (1, ("which round am i on after that undo", False, BAKERY, "status", STATUS)),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r14d_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R14D`, then the moved ones)."""
    return with_moved(R14D, "r14d", R14D_MOVED, "r14d_moved")
