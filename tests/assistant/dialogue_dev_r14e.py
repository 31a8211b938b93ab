"""A set of chat turns that follows the issue's table of behaviours row by row, for measuring the dialogue model.

Written by hand from what a demanding user wants, before the model was run on any of it, about photos
no other set leans on: a ferris wheel at a county fair (one edit, and a night shot with three), a
pottery wheel (one edit, and a studio with two), a penguin colony, a vintage car show (a mustang with
four edits, a beetle with one), a treehouse (a branch: round 3 was made from round 1 after a goto), a
sushi counter (one edit and two), a canoe on a lake, a lantern festival (three edits), and a canoe then
the lantern festival as two photos in one session. For each of the table's fourteen rows there are
about a dozen turns of the same kind in other words, other photos and other sessions (a new upload,
one edit, several, after a branch); then about as many for each act of the issue's list that the
table leaves out: several requests and "it" in one edit, "same thing for this one", references (the
version with the X, steps back, the first edit), show, compare, status and history, share, revoke,
export, vague turns that deserve one short question, and turns whose current round is an earlier one
(redo, undo again, an edit from there). The wording is how people type in a chat box: lowercase,
typos, slang, emoji, run-ons, non-native English, polite padding and terse fragments. The cases have
the development set's format (`Dev`: turn, photo, state, act, calls) and are judged as the held-out
set is (`as_cases`). `R14E_MOVED` holds turns whose current round (first) is an earlier one, after a
goto or an undo.
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

FERRIS = ((None, None), (0, "paint the ferris wheel cabins mint green"))
"""A ferris wheel at a county fair with one edit."""
FERRIS_NIGHT = (
    (None, None),
    (0, "remove the crane behind the ferris wheel"),
    (1, "add string lights along the spokes"),
    (2, "make the sky a dusky purple"),
)
"""A ferris wheel at night with three edits, each on the one before."""
POTTERY = ((None, None), (0, "glaze the pitcher on the wheel cobalt blue"))
"""A pottery wheel with a half-made pitcher, one edit."""
POTTERY_SHELF = (
    (None, None),
    (0, "make the potter's apron mustard yellow"),
    (1, "add a row of drying bowls on the shelf"),
)
"""A pottery studio with two edits."""
PENGUINS = ((None, None), (0, "add an emperor penguin chick between the adults"), (1, "make the ice floe whiter"))
"""A penguin colony with two edits."""
CAR_SHOW = (
    (None, None),
    (0, "paint the mustang fire-engine red"),
    (1, "add whitewall tyres to the mustang"),
    (2, "remove the traffic cones by the grille"),
    (3, "add a chrome hood ornament"),
)
"""A mustang at a vintage car show with four edits, each on the one before."""
BEETLE = ((None, None), (0, "paint the beetle pastel yellow"))
"""A beetle at the same car show with one edit."""
TREEHOUSE = (
    (None, None),
    (0, "paint the treehouse walls sky blue"),
    (1, "add a rope ladder down to the grass"),
    (1, "hang a tyre swing from the branch"),
)
"""A treehouse after a goto: round 3 was made from round 1, beside round 2."""
SUSHI = ((None, None), (0, "give the sushi chef a white headband"))
"""A sushi counter with one edit."""
SUSHI_PLATES = (
    (None, None),
    (0, "remove the soy sauce stains from the counter"),
    (1, "add a plate of tamago nigiri in front of the chef"),
)
"""A sushi counter with two edits."""
CANOE = ((None, None), (0, "paint the canoe bright red"))
"""A canoe on a lake with one edit."""
LANTERNS = (
    (None, None),
    (0, "make the sky lanterns glow gold"),
    (1, "add a full moon above the river"),
    (2, "remove the power lines"),
)
"""A lantern festival with three edits, each on the one before."""
CANOE_THEN_LANTERNS = (
    (None, None),
    (0, "paint the canoe bright red"),
    (None, None),
    (2, "make the paper lanterns pink"),
)
"""Two photos in one session: a canoe (rounds 0-1), then paper lanterns at the festival (rounds 2-3)."""

AFTER_FERRIS = (*FERRIS, (None, None))
AFTER_POTTERY = (*POTTERY, (None, None))
AFTER_PENGUINS = (*PENGUINS, (None, None))
AFTER_BEETLE = (*BEETLE, (None, None))
AFTER_SUSHI = (*SUSHI, (None, None))
AFTER_CANOE = (*CANOE, (None, None))
AFTER_LANTERNS = (*LANTERNS, (None, None))
AFTER_CAR_SHOW = (*CAR_SHOW, (None, None))

CAPTIONS: tuple[Dev, ...] = (
    # row 1, "here is my photo" with a photo: keep it as round 0 and ask what to change
    ("heres my photo 🎡", True, UPLOAD, "caption", ()),
    ("this is the ferris wheel at the county fair from last night", True, UPLOAD, "caption", ()),
    ("my first pot on the wheel!! be gentle lol", True, UPLOAD, "caption", ()),
    ("penguins at the zoo today, the little one is my fav", True, UPLOAD, "caption", ()),
    ("This is picture of my grandfather car at the show, year 1965.", True, UPLOAD, "caption", ()),
    ("the treehouse my dad built us when we were kids", True, UPLOAD, "caption", ()),
    ("sushi counter in tokyo. dont edit yet, just have a look", True, UPLOAD, "caption", ()),
    ("lantern festival pics as promised!!", True, UPLOAD, "caption", ()),
    ("here it is, the one i told you about", True, UPLOAD, "caption", ()),
    ("ok uploading the mustang now", True, AFTER_BEETLE, "caption", ()),
    ("one more from the lake", True, AFTER_CANOE, "caption", ()),
    ("attached", True, AFTER_SUSHI, "caption", ()),
    ("and this is the wheel from the other side", True, AFTER_FERRIS, "caption", ()),
)
"""Photos with words that ask for nothing."""

UPLOAD_EDITS: tuple[Dev, ...] = (
    # row 2, "here's my photo, can you make the background white?": one edit of the new photo, no caption round
    (
        "heres the canoe pic, could u make the lake look like glass",
        True,
        UPLOAD,
        "edit",
        _edit("make the lake look like glass"),
    ),
    (
        "my pottery wheel setup, pls remove the rag hanging off the splash pan",
        True,
        UPLOAD,
        "edit",
        _edit("remove the rag hanging off the splash pan"),
    ),
    (
        "Penguin photo. Please make the sky more blue, it is too grey.",
        True,
        UPLOAD,
        "edit",
        _edit("make the sky more blue", "make the sky bluer"),
    ),
    (
        "this is the mustang at the show - id like the chrome to be shinier",
        True,
        UPLOAD,
        "edit",
        _edit("make the chrome shinier"),
    ),
    (
        "new one! add fireflies around the treehouse 🌙",
        True,
        AFTER_CANOE,
        "edit",
        _edit("add fireflies around the treehouse"),
    ),
    (
        "sushi counter from last night, can you get rid of the guys elbow in the corner",
        True,
        UPLOAD,
        "edit",
        _edit(
            "get rid of the guy's elbow in the corner",
            "get rid of the guys elbow in the corner",
            "remove the guy's elbow in the corner",
        ),
    ),
    (
        "took this at the lantern festival, the lanterns are to dim, make them brigther",
        True,
        UPLOAD,
        "edit",
        _edit("make the lanterns brighter", "make the lanterns brigther"),
    ),
    (
        "Hello, I send you my photo of ferris wheel. Can you change the sky to night?",
        True,
        UPLOAD,
        "edit",
        _edit("change the sky to night", "make the sky night"),
    ),
    (
        "the beetle at the car show 🚗 make the paint pastel blue",
        True,
        UPLOAD,
        "edit",
        _edit("make the paint pastel blue", "make the beetle pastel blue"),
    ),
    (
        "here we go - remove the bin next to the treehouse pls",
        True,
        UPLOAD,
        "edit",
        _edit("remove the bin next to the treehouse"),
    ),
    (
        "another zoo pic, i want the water in the pool to be clearer",
        True,
        AFTER_PENGUINS,
        "edit",
        _edit("make the water in the pool clearer"),
    ),
    (
        "my mums pitcher she made 🥹 could you add a little swallow painted on the side?",
        True,
        UPLOAD,
        "edit",
        _edit("add a little swallow painted on the side"),
    ),
)
"""A photo with a request in its caption."""

KIND_WORDS: tuple[Dev, ...] = (
    # row 3, "I love it", "good morning :)", "thank you so much, that looks great": words, no tool call
    ("good morning!! ☀️", False, FERRIS, "talk", ()),
    ("i love it 😍", False, POTTERY, "talk", ()),
    ("thank u so much that looks amazing", False, CANOE, "talk", ()),
    ("omg the chick is so cute", False, PENGUINS, "talk", ()),
    ("that red mustang is a beauty, nice job", False, CAR_SHOW, "talk", ()),
    ("gm gm", False, UPLOAD, "talk", ()),
    ("haha perfect", False, SUSHI, "talk", ()),
    ("very nice, thank you for your help", False, TREEHOUSE, "talk", ()),
    ("ok wow. wow.", False, LANTERNS, "talk", ()),
    ("arigato!", False, SUSHI_PLATES, "talk", ()),
    ("you're a legend", False, BEETLE, "talk", ()),
    ("looks sooo much better now, cheers", False, FERRIS_NIGHT, "talk", ()),
)
"""Greetings, thanks and praise."""

UNDO: tuple[Dev, ...] = (
    # row 4, "delete the last edit", "scratch that", "that's worse, go back": back to the parent round
    ("scrap that one", False, CANOE, "undo", _goto(0)),
    ("ugh thats worse. go back", False, FERRIS_NIGHT, "undo", _goto(2)),
    ("the one before looked better tbh", False, POTTERY, "undo", _goto(0)),
    ("nope. undo pls", False, BEETLE, "undo", _goto(0)),
    ("hmm I don't like the bowls, remove that edit", False, POTTERY_SHELF, "undo", _goto(1)),
    ("take back the last thing you did", False, SUSHI_PLATES, "undo", _goto(1)),
    ("It was more nice before, please return", False, PENGUINS, "undo", _goto(1)),
    ("cancel that", False, LANTERNS, "undo", _goto(2)),
    ("the hood ornament looks tacky, undo it", False, CAR_SHOW, "undo", _goto(3)),
    ("back one step", False, TREEHOUSE, "undo", _goto(1)),
    ("meh previous was nicer", False, SUSHI, "undo", _goto(0)),
    ("ctrl z", False, FERRIS, "undo", _goto(0)),
    ("can you undo it", False, UPLOAD, "clarify", ()),
)
"""Undo in many ways; with no edit there is nothing to undo."""

RETRIES: tuple[Dev, ...] = (
    # row 5, "try again" after an edit: the same edit from the same parent with a new seed
    ("try again pls, the red looks patchy", False, CANOE, "retry", _retry()),
    ("one more try?", False, POTTERY, "retry", _retry()),
    ("hmm the chick looks weird, try again", False, PENGUINS[:2], "retry", _retry()),
    ("can you give it another go", False, FERRIS_NIGHT, "retry", _retry()),
    ("again", False, SUSHI, "retry", _retry()),
    ("do it over", False, BEETLE, "retry", _retry()),
    ("the ornament came out blurry, retry it", False, CAR_SHOW, "retry", _retry()),
    ("try once more, the swing is floating in the air", False, TREEHOUSE, "retry", _retry()),
    ("not quite, try again", False, LANTERNS, "retry", _retry()),
    ("regenerate", False, SUSHI_PLATES, "retry", _retry()),
    ("lets try that one more time", False, POTTERY_SHELF, "retry", _retry()),
    ("try again plz", False, UPLOAD, "clarify", ()),
)
"""Retry after an edit; with no edit there is nothing to retry."""

RESEEDS: tuple[Dev, ...] = (
    # row 6, "again with another seed", "do that again but stronger": a sibling, new seed or guidance
    ("again with a different seed", False, FERRIS, "retry", _retry()),
    ("new seed pls", False, LANTERNS, "retry", _retry()),
    ("same thing but roll a new seed", False, CAR_SHOW, "retry", _retry()),
    (
        "the bowls look melted, same prompt other seed",
        False,
        POTTERY_SHELF,
        "retry",
        _retry(),
    ),
    ("again but way stronger", False, POTTERY, "retry", _retry("stronger")),
    ("the gold is barely there, more please", False, LANTERNS[:2], "retry", _retry("stronger")),
    ("push it further", False, SUSHI, "retry", _retry("stronger")),
    ("stronger pls 💪", False, FERRIS, "retry", _retry("stronger")),
    ("too much, make it weaker", False, BEETLE, "retry", _retry("weaker")),
    ("bit less pls", False, CANOE, "retry", _retry("weaker")),
    ("a little more subtle this time", False, PENGUINS, "retry", _retry("weaker")),
    ("do it again softer", False, FERRIS_NIGHT, "retry", _retry("weaker")),
    ("again but stronger", False, UPLOAD, "clarify", ()),
)
"""A new seed, or the same edit stronger or weaker."""

OBJECT_FIXES: tuple[Dev, ...] = (
    # row 7, "no, I meant the saucer": a sibling of the last edit with the other object
    ("no i meant the ticket booth", False, FERRIS, "correction", _fix("paint the ticket booth mint green")),
    (
        "not the pitcher, the bowl next to it",
        False,
        POTTERY,
        "correction",
        _fix("glaze the bowl next to the pitcher cobalt blue", "glaze the bowl next to it cobalt blue"),
    ),
    (
        "wrong car!! the beetle, not the mustang",
        False,
        CAR_SHOW[:2],
        "correction",
        _fix("paint the beetle fire-engine red"),
    ),
    ("sorry I mean the kayak", False, CANOE, "correction", _fix("paint the kayak bright red")),
    (
        "i meant a white apron not a headband",
        False,
        SUSHI,
        "correction",
        _fix("give the sushi chef a white apron"),
    ),
    (
        "no no the potter's sleeves, not the apron",
        False,
        POTTERY_SHELF[:2],
        "correction",
        _fix("make the potter's sleeves mustard yellow"),
    ),
    ("I was meaning the rock, not the ice", False, PENGUINS, "correction", _fix("make the rock whiter")),
    (
        "not the cones, the barrier tape",
        False,
        CAR_SHOW[:4],
        "correction",
        _fix("remove the barrier tape by the grille"),
    ),
    (
        "i meant the door, not the walls",
        False,
        TREEHOUSE[:2],
        "correction",
        _fix("paint the treehouse door sky blue", "paint the door sky blue"),
    ),
    (
        "wrong lanterns! the paper ones on the bridge",
        False,
        LANTERNS[:2],
        "correction",
        _fix("make the paper lanterns on the bridge glow gold"),
    ),
    (
        "in front of the customer, not the chef",
        False,
        SUSHI_PLATES,
        "correction",
        _fix("add a plate of tamago nigiri in front of the customer"),
    ),
    ("no i meant the paddle", False, UPLOAD, "clarify", ()),
    ("meant the other one", False, CANOE, "clarify", ()),
)
"""Corrections of the object (or the place) of the last edit."""

ATTRIBUTE_FIXES: tuple[Dev, ...] = (
    # row 8, "actually make it green instead": a sibling of the last edit with the new value
    (
        "actually make it lavender instead",
        False,
        FERRIS,
        "correction",
        _fix("paint the ferris wheel cabins lavender", "make the ferris wheel cabins lavender"),
    ),
    ("hmm rather emerald", False, POTTERY, "correction", _fix("glaze the pitcher on the wheel emerald")),
    ("actualy teal pls", False, BEETLE, "correction", _fix("paint the beetle teal")),
    ("no wait, dark green would be better", False, CANOE, "correction", _fix("paint the canoe dark green")),
    ("black headband instead", False, SUSHI, "correction", _fix("give the sushi chef a black headband")),
    (
        "make them silver instead of gold",
        False,
        LANTERNS[:2],
        "correction",
        _fix("make the sky lanterns glow silver"),
    ),
    (
        "change to orange pls not purple",
        False,
        FERRIS_NIGHT,
        "correction",
        _fix("make the sky a dusky orange", "make the sky dusky orange", "make the sky orange"),
    ),
    ("i said midnight blue, not red", False, CAR_SHOW[:2], "correction", _fix("paint the mustang midnight blue")),
    ("no make the ice floe grey instead", False, PENGUINS, "correction", _fix("make the ice floe grey")),
    ("actually a crescent moon", False, LANTERNS[:3], "correction", _fix("add a crescent moon above the river")),
    (
        "salmon instead of tamago",
        False,
        SUSHI_PLATES,
        "correction",
        _fix("add a plate of salmon nigiri in front of the chef"),
    ),
    (
        "undo that and paint it british racing green instead",
        False,
        BEETLE,
        "correction",
        _undo_then(0, "paint the beetle british racing green"),
    ),
    ("pink instead", False, UPLOAD, "clarify", ()),
    ("actually make the paddle orange instead", False, UPLOAD, "edit", _edit("make the paddle orange")),
)
"""Corrections of the colour, kind or size; with no edit, a full request is still an edit."""

ABILITY_QUESTIONS: tuple[Dev, ...] = (
    # row 9, "can you remove things?", "is it possible to add people?": answered, nothing edited
    ("can you remove stuff from photos?", False, UPLOAD, "talk", ()),
    ("is it possible to add animals?", False, PENGUINS, "talk", ()),
    ("could you change a car's colour in general or only small things", False, BEETLE, "talk", ()),
    ("do u do text? like writing on signs", False, SUSHI, "talk", ()),
    ("can you make photos look old, like film?", False, UPLOAD, "talk", ()),
    ("are you able to add people into a picture?", False, FERRIS, "talk", ()),
    ("can this thing swap backgrounds?", False, CANOE, "talk", ()),
    ("is it possible to undo more than one step?", False, LANTERNS, "talk", ()),
    ("can you edit several photos at once", False, POTTERY, "talk", ()),
    ("how good are you at faces?", False, UPLOAD, "talk", ()),
    ("would you be able to turn day into night if i asked", False, TREEHOUSE, "talk", ()),
    ("can you make things move, like an animation", False, FERRIS_NIGHT, "talk", ()),
)
"""Questions about what the assistant can do."""

HOLD_AND_OFF_TOPIC: tuple[Dev, ...] = (
    # row 10, "don't change anything yet", "write me a poem about coffee", "run ls -la": words only
    ("dont do anything yet, still deciding", False, CANOE, "talk", ()),
    ("pls wait, im asking my bf which one he likes", False, CAR_SHOW, "talk", ()),
    ("hold on, no edits for a sec", False, POTTERY, "talk", ()),
    ("im not ready yet, just looking", False, UPLOAD, "talk", ()),
    ("leave it as is for now, ill tell u later", False, SUSHI_PLATES, "talk", ()),
    ("write a short poem about penguins", False, PENGUINS, "talk", ()),
    ("give me an instagram caption for this", False, LANTERNS, "talk", ()),
    ("run ls -la ~/Pictures", False, FERRIS, "talk", ()),
    ("can u email this to my aunt", False, POTTERY_SHELF, "talk", ()),
    ("order me some sushi for tonight", False, SUSHI, "talk", ()),
    ("whats the best wood glue for a treehouse", False, TREEHOUSE, "talk", ()),
    ("pip install opencv-python", False, BEETLE, "talk", ()),
    ("translate 'lantern festival' to thai", False, LANTERNS[:2], "talk", ()),
)
"""Holding off, and requests that are not photo edits."""

BEFORE_THE_X: tuple[Dev, ...] = (
    # row 11, "go back to the version before you made the cup blue": the parent of that edit
    ("go back to the version before you added the lights", False, FERRIS_NIGHT, "goto", _goto(1)),
    ("take me back to before the sky went purple", False, FERRIS_NIGHT, "goto", _goto(2)),
    ("back to before u removed the crane", False, FERRIS_NIGHT, "goto", _goto(0)),
    ("revert to before the whitewalls", False, CAR_SHOW, "goto", _goto(1)),
    ("go back to how it was before the hood ornament", False, CAR_SHOW, "goto", _goto(3)),
    ("before you painted the mustang pls", False, CAR_SHOW, "goto", _goto(0)),
    ("go back to the one before the bowls", False, POTTERY_SHELF, "goto", _goto(1)),
    ("back to before the chick was there", False, PENGUINS, "goto", _goto(0)),
    ("i want the version before the tyre swing", False, TREEHOUSE, "goto", _goto(1)),
    ("back to before you painted the walls", False, TREEHOUSE, "goto", _goto(0)),
    ("go to the version before the moon", False, LANTERNS, "goto", _goto(1)),
    ("return to before you cleaned the counter", False, SUSHI_PLATES, "goto", _goto(0)),
    ("go back to before the pink lanterns", False, CANOE_THEN_LANTERNS, "goto", _goto(2)),
)
"""Going back to before an edit named by what it did."""

STATUS_RECAP_COMPARE: tuple[Dev, ...] = (
    # row 12, "what round am I on?", "recap pls", "compare round 1 and round 3": said or shown
    ("what round r we on", False, CAR_SHOW, "status", STATUS),
    ("which version is this one?", False, TREEHOUSE, "status", STATUS),
    ("what did u change just now", False, PENGUINS, "status", STATUS),
    ("is this still the original?", False, UPLOAD, "status", STATUS),
    ("recap plz", False, LANTERNS, "history", HISTORY),
    ("what have we done so far to the car", False, CAR_SHOW, "history", HISTORY),
    ("list the edits", False, FERRIS_NIGHT, "history", HISTORY),
    ("summarise what we did", False, SUSHI_PLATES, "history", HISTORY),
    ("compare round 1 with round 3", False, LANTERNS, "compare", _compare(1, 3)),
    ("round 2 vs round 4", False, CAR_SHOW, "compare", _compare(2, 4)),
    ("before and after pls", False, SUSHI, "compare", _compare(0, 1)),
    ("compare the original with this", False, POTTERY_SHELF, "compare", _compare(0, 2)),
)
"""Status, recap and compare."""

ROUGH_WORDS: tuple[Dev, ...] = (
    # row 13, "remove the files from the desk", "make the sign say `hello`": photo edits, never refused
    (
        "remove the knives from the sushi counter",
        False,
        UPLOAD,
        "edit",
        _edit("remove the knives from the sushi counter"),
    ),
    (
        "make the penguin on the left attack the seagull",
        False,
        UPLOAD,
        "edit",
        _edit("make the penguin on the left attack the seagull"),
    ),
    ("set the treehouse on fire", False, UPLOAD, "edit", _edit("set the treehouse on fire")),
    (
        "make the sign above the counter say `DROP TABLE orders;`",
        False,
        UPLOAD,
        "edit",
        _edit("make the sign above the counter say `DROP TABLE orders;`"),
    ),
    ("blow up the mustang", False, UPLOAD, "edit", _edit("blow up the mustang")),
    (
        "delete the people from the ferris wheel cabins",
        False,
        FERRIS,
        "edit",
        _edit("delete the people from the ferris wheel cabins"),
    ),
    ("erase the licence plate on the beetle", False, BEETLE, "edit", _edit("erase the licence plate on the beetle")),
    ("make the canoe sink", False, CANOE, "edit", _edit("make the canoe sink")),
    ("put a big knife in the chef's hand", False, SUSHI, "edit", _edit("put a big knife in the chef's hand")),
    (
        "make the lanterns crash and burn over the river",
        False,
        LANTERNS,
        "edit",
        _edit("make the lanterns crash and burn over the river"),
    ),
    (
        "write `sudo shutdown now` on the side of the canoe",
        False,
        UPLOAD,
        "edit",
        _edit("write `sudo shutdown now` on the side of the canoe"),
    ),
    ("make the potter smash the pitcher", False, POTTERY, "edit", _edit("make the potter smash the pitcher")),
    ("cut the rope ladder in half", False, TREEHOUSE[:3], "edit", _edit("cut the rope ladder in half")),
)
"""Photo edits whose words sound dangerous."""

ODD_REFERENCES: tuple[Dev, ...] = (
    # row 14, "go back to round -1", "undo undo undo", "show me round 1e308": a clear answer
    ("go back to round -2", False, CANOE, "clarify", ()),
    ("show me round 1e400", False, LANTERNS, "clarify", ()),
    ("go to round 12", False, POTTERY_SHELF, "clarify", ()),
    ("compare round 0 and round 7", False, FERRIS_NIGHT, "clarify", ()),
    ("take me back to the version with the hot air balloon", False, FERRIS_NIGHT, "clarify", ()),
    ("go back to before the snow", False, PENGUINS, "clarify", ()),
    ("back to round one and a half", False, SUSHI_PLATES, "clarify", ()),
    ("go 4 steps back", False, CANOE, "clarify", ()),
    ("undo 5 times", False, PENGUINS, "clarify", ()),
    ("show round NaN", False, BEETLE, "clarify", ()),
    ("redo the one i undid", False, SUSHI, "clarify", ()),
    ("undo undo undo!!", False, LANTERNS, "undo", _goto(0)),
    ("undo x3", False, CAR_SHOW, "undo", _goto(1)),
    ("ctrl z ctrl z", False, PENGUINS, "undo", _goto(0)),
)
"""References to rounds that do not exist, and undo said several times."""

EDITS: tuple[Dev, ...] = (
    # act "edit": fillers cut, "it" and "too" resolved to the last edit's object, several requests in a turn
    ("now also make the spokes white", False, FERRIS, "edit", _edit("make the spokes white")),
    (
        "the cabins look great! now can you add a hot dog stand at the bottom",
        False,
        FERRIS,
        "edit",
        _edit("add a hot dog stand at the bottom"),
    ),
    ("make it shinier", False, BEETLE, "edit", _edit("make the beetle shinier")),
    ("make it bigger", False, LANTERNS[:3], "edit", _edit("make the full moon bigger", "make the moon bigger")),
    ("the paddle too", False, CANOE, "edit", _edit("paint the paddle bright red")),
    (
        "could you please make the water a bit calmer, thank you",
        False,
        CANOE,
        "edit",
        _edit("make the water a bit calmer"),
    ),
    ("i'd like the penguins to look wet", False, PENGUINS, "edit", _edit("make the penguins look wet")),
    ("the sky should be more orange", False, LANTERNS, "edit", _edit("make the sky more orange")),
    ("make it look warmer", False, UPLOAD, "edit", _edit("make it look warmer", "make the photo look warmer")),
    (
        "ok next: put a little trophy on the bonnet",
        False,
        CAR_SHOW,
        "edit",
        _edit("put a little trophy on the bonnet"),
    ),
    (
        "pls remove the bucket and add a dog sitting under the tree",
        False,
        TREEHOUSE,
        "edit",
        _edits("remove the bucket", "add a dog sitting under the tree"),
    ),
    (
        "make the clay look wetter and add water drops on the wheel",
        False,
        POTTERY,
        "edit",
        _edits("make the clay look wetter", "add water drops on the wheel"),
    ),
    (
        "1. warmer light 2. remove the chopstick wrapper 3. make the fish look fresher",
        False,
        UPLOAD,
        "edit",
        _edits(("make the light warmer", "warmer light"), "remove the chopstick wrapper", "make the fish look fresher"),
    ),
    (
        "on the original pic, add penguins sliding on their bellies",
        False,
        PENGUINS,
        "edit",
        _edit_on(0, "add penguins sliding on their bellies"),
    ),
)
"""Edits after edits: fillers, "it", "too", several requests, an earlier round named in the turn."""

SAME_FOR_THIS: tuple[Dev, ...] = (
    # act "upload with a caption": "same thing for this one" applies the last instruction to the new photo
    ("same thing for this one pls", True, AFTER_CANOE, "edit", _edit("paint the canoe bright red")),
    ("do the same on this one", True, AFTER_BEETLE, "edit", _edit("paint the beetle pastel yellow")),
    (
        "and this pot too, same glaze",
        True,
        AFTER_POTTERY,
        "edit",
        _edit(
            "glaze the pitcher on the wheel cobalt blue",
            "glaze the pot cobalt blue",
            "glaze the pot on the wheel cobalt blue",
        ),
    ),
    (
        "same headband for this chef",
        True,
        AFTER_SUSHI,
        "edit",
        _edit("give the sushi chef a white headband", "give the chef a white headband"),
    ),
    (
        "same but orange this time",
        True,
        AFTER_CANOE,
        "edit",
        _edit("paint the canoe orange", "paint the canoe bright orange"),
    ),
    (
        "apply all three edits to this one too",
        True,
        AFTER_LANTERNS,
        "edit",
        _edits("make the sky lanterns glow gold", "add a full moon above the river", "remove the power lines"),
    ),
    (
        "now do the same as before on this one",
        False,
        AFTER_FERRIS,
        "edit",
        _edit("paint the ferris wheel cabins mint green"),
    ),
)
"""The last edit (or all of them) on a new photo."""

REFERENCES: tuple[Dev, ...] = (
    # act "references": the version with the X, steps back, the first / second edit, the original
    ("go back to the one with the string lights", False, FERRIS_NIGHT, "goto", _goto(2)),
    ("go back 2 steps pls", False, FERRIS_NIGHT, "goto", _goto(1)),
    ("back to the first edit", False, CAR_SHOW, "goto", _goto(1)),
    ("the whitewall version please", False, CAR_SHOW, "goto", _goto(2)),
    ("go back three steps", False, CAR_SHOW, "goto", _goto(1)),
    ("back to the original photo", False, LANTERNS, "goto", _goto(0)),
    ("go to the second edit", False, LANTERNS, "goto", _goto(2)),
    ("go back to the version with the rope ladder", False, TREEHOUSE, "goto", _goto(2)),
    ("two steps back", False, TREEHOUSE, "goto", _goto(0)),
    ("jump to round 2", False, TREEHOUSE, "goto", _goto(2)),
    ("take me to the mustard apron one", False, POTTERY_SHELF, "goto", _goto(1)),
    ("back to the red canoe", False, CANOE_THEN_LANTERNS, "goto", _goto(1)),
    ("start over from the original", False, SUSHI_PLATES, "goto", _goto(0)),
)
"""Going back to a round named by what it holds, by steps or by its place among the edits."""

SHOWS: tuple[Dev, ...] = (
    # act "show": a round shown, the current one unchanged
    ("lemme see round 2", False, FERRIS_NIGHT, "show", _show(2)),
    ("show me the first edit", False, FERRIS_NIGHT, "show", _show(1)),
    ("show the original pls", False, CAR_SHOW, "show", _show(0)),
    ("can I see the whitewall one again", False, CAR_SHOW, "show", _show(2)),
    ("what did it look like before the moon?", False, LANTERNS, "show", _show(1)),
    ("pull up the first photo i sent", False, CANOE_THEN_LANTERNS, "show", _show(0)),
    ("show me the rope ladder version", False, TREEHOUSE, "show", _show(2)),
    ("display round 1", False, POTTERY_SHELF, "show", _show(1)),
    ("show me how the penguins looked originally", False, PENGUINS, "show", _show(0)),
    ("peek at the one before the nigiri?", False, SUSHI_PLATES, "show", _show(1)),
)
"""Show a round named every way."""

COMPARES: tuple[Dev, ...] = (
    # act "compare": two rounds side by side
    ("side by side: original vs now", False, FERRIS_NIGHT, "compare", _compare(0, 3)),
    ("compare the ladder one and the swing one", False, TREEHOUSE, "compare", _compare(2, 3)),
    ("how does it look next to the unedited pic", False, CANOE, "compare", _compare(0, 1)),
    ("put r1 and r4 next to each other", False, CAR_SHOW, "compare", _compare(1, 4)),
    ("compare the lantern photo before and after", False, CANOE_THEN_LANTERNS, "compare", _compare(2, 3)),
    ("compare this with the previous one", False, LANTERNS, "compare", _compare(2, 3)),
    ("compare the first and last edit", False, LANTERNS, "compare", _compare(1, 3)),
    ("before vs after on the penguins", False, PENGUINS, "compare", _compare(0, 2)),
)
"""Compare two rounds named every way."""

STATUS_HISTORY: tuple[Dev, ...] = (
    # acts "status" and "history"
    ("where are we at with this", False, SUSHI_PLATES, "status", STATUS),
    ("which one is this, the original?", False, CANOE, "status", STATUS),
    ("how many edits have we done on the car so far?", False, CAR_SHOW, "status", STATUS),
    ("what was the last thing u did", False, TREEHOUSE, "status", STATUS),
    ("show me everything we did", False, LANTERNS, "history", HISTORY),
    ("give me the full list of changes", False, PENGUINS, "history", HISTORY),
    ("what steps did we take on the canoe and the lanterns", False, CANOE_THEN_LANTERNS, "history", HISTORY),
    ("history pls", False, POTTERY_SHELF, "history", HISTORY),
)
"""Where the session stands, and what was done so far."""

SHARING: tuple[Dev, ...] = (
    # acts "share", "revoke", "export"
    ("share it", False, CANOE, "share", SHARE),
    ("make me a link for the car club whatsapp", False, CAR_SHOW, "share", SHARE),
    ("i want to show this to my grandma, can i get a link?", False, PENGUINS, "share", SHARE),
    ("create a sharing link pls", False, LANTERNS, "share", SHARE),
    ("share the session with my pottery teacher", False, POTTERY_SHELF, "share", SHARE),
    ("can others see this? make it shareable", False, FERRIS, "share", SHARE),
    ("need a link to send my sister", False, TREEHOUSE, "share", SHARE),
    ("make it public so the restaurant can see it", False, SUSHI, "share", SHARE),
    ("stop sharing pls", False, CANOE, "revoke", REVOKE),
    ("turn off the link", False, CAR_SHOW, "revoke", REVOKE),
    ("revoke share link number 2", False, LANTERNS, "revoke", (("revoke_share", {"link": 2}),)),
    ("unshare", False, PENGUINS, "revoke", REVOKE),
    ("i dont want anyone seeing it anymore, kill the link", False, POTTERY_SHELF, "revoke", REVOKE),
    ("delete link #1", False, TREEHOUSE, "revoke", (("revoke_share", {"link": 1}),)),
    ("cancel the share", False, SUSHI, "revoke", REVOKE),
    ("make it private", False, FERRIS_NIGHT, "revoke", REVOKE),
    ("export as html pls", False, CANOE, "export", _export("html")),
    ("download the whole thing", False, CAR_SHOW, "export", _export("bundle")),
    ("i want a zip of all the versions", False, LANTERNS, "export", _export("bundle")),
    ("save it as a webpage for my blog", False, SUSHI_PLATES, "export", _export("html")),
    ("export everything so i can open it on my other computer", False, POTTERY_SHELF, "export", _export("bundle")),
    ("can you give me an html file of the session", False, PENGUINS, "export", _export("html")),
    ("backup pls, the whole session", False, TREEHOUSE, "export", _export("bundle")),
    ("download", False, FERRIS_NIGHT, "export", _export("bundle")),
)
"""Share, revoke and export."""

VAGUE: tuple[Dev, ...] = (
    # act "clarify": not sure what to change, one short question, nothing stored
    ("make it nicer idk", False, UPLOAD, "clarify", ()),
    ("do something with the wheel", False, UPLOAD, "clarify", ()),
    ("the penguins", False, UPLOAD, "clarify", ()),
    ("hmm the colours", False, CANOE, "clarify", ()),
    ("change", False, UPLOAD, "clarify", ()),
    ("the left bit looks off", False, LANTERNS, "clarify", ()),
    ("surprise me", False, UPLOAD, "clarify", ()),
    ("fix the car", False, UPLOAD, "clarify", ()),
    ("what should i do with it", False, UPLOAD, "clarify", ()),
    ("that bit", False, SUSHI, "clarify", ()),
    ("can u make the", False, POTTERY, "clarify", ()),
    ("bigger", False, UPLOAD, "clarify", ()),
)
"""Turns that ask for something but not for what."""

R14E: tuple[Dev, ...] = (
    *CAPTIONS,
    *UPLOAD_EDITS,
    *KIND_WORDS,
    *UNDO,
    *RETRIES,
    *RESEEDS,
    *OBJECT_FIXES,
    *ATTRIBUTE_FIXES,
    *ABILITY_QUESTIONS,
    *HOLD_AND_OFF_TOPIC,
    *BEFORE_THE_X,
    *STATUS_RECAP_COMPARE,
    *ROUGH_WORDS,
    *ODD_REFERENCES,
    *EDITS,
    *SAME_FOR_THIS,
    *REFERENCES,
    *SHOWS,
    *COMPARES,
    *STATUS_HISTORY,
    *SHARING,
    *VAGUE,
)
"""Every turn whose state has its last round current."""

R14E_MOVED: tuple[tuple[int, Dev], ...] = (
    # act "redo" and turns after an undo or a goto: the current round (first) is an earlier one
    (2, ("redo", False, FERRIS_NIGHT, "redo", _goto(3))),
    (1, ("redo both", False, FERRIS_NIGHT, "redo", _goto(3))),
    (0, ("bring it back", False, CANOE, "redo", _goto(1))),
    (1, ("redo pls, i changed my mind", False, POTTERY_SHELF, "redo", _goto(2))),
    (0, ("redo the yellow paint", False, BEETLE, "redo", _goto(1))),
    (1, ("forward 1", False, PENGUINS, "redo", _goto(2))),
    (2, ("forward two", False, CAR_SHOW, "redo", _goto(4))),
    (2, ("undo again", False, CAR_SHOW, "undo", _goto(1))),
    (0, ("undo it again", False, SUSHI, "clarify", ())),
    (1, ("go to the latest version", False, CAR_SHOW, "goto", _goto(4))),
    (2, ("add a racing stripe down the hood", False, CAR_SHOW, "edit", _edit("add a racing stripe down the hood"))),
    (0, ("now make the water glassy", False, CANOE, "edit", _edit("make the water glassy"))),
    (1, ("compare this with the newest one", False, LANTERNS, "compare", _compare(1, 3))),
    (1, ("which round am i on now?", False, LANTERNS, "status", STATUS)),
    (1, ("show me the most recent one", False, TREEHOUSE, "show", _show(3))),
    (0, ("thanks thats better", False, PENGUINS[:2], "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r14e_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R14E`, then the moved ones)."""
    return with_moved(R14E, "r14e", R14E_MOVED, "r14e_moved")
