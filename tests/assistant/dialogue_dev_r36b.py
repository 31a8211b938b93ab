"""Round 36, set b: looking at versions (show, compare, goto by content or by steps) in the many ways people
ask, set against edits that use the same words.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue model
was run on any of it, about photos no other set uses, all of museums, galleries, libraries and concert
halls: a marble statue hall under a skylight, a gallery wall of old portraits above a bench, a reading room
with green banker's lamps, a dinosaur skeleton in a museum atrium, a symphony orchestra on a concert stage,
a jazz club with a neon sign, a violin maker's workshop (and then a cello on a second photo), an old map
room with a glass case and a wall clock, a planetarium dome, a sculpture garden with a bronze horse, a
record shop with a listening booth and a school library corner. Sessions have 2 to 7 edits, some with a
retry or a correction beside the first try, some with a branch made after an undo, one with two photos,
and some turns come after an undo or a goto (the current round an older one).

Five families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): comparisons in everyday words ("before and after
pls", "put the original next to this one", "which is better, 2 or 4?" as an opinion or as a request to see
both), with the two rounds written out; looking at a round without going there ("let me see round 3 again",
"peek at the original", "what did the first try look like?"); going to a round by what it shows or by steps
("back to before all the colour stuff", "two steps back", "the one from just now before you retried");
references that name nothing in the session (a thing never edited, round 9 of 4, "the blue one" when two
tries were blue), answered in words; and edits that use the words of looking and going back ("put the two
paintings side by side", "show more of the sky", "make it look like it did before the rain" when no rain was
added, "bring the old clock back into the frame" when it was never removed). About a quarter of each family
are near misses whose right answer is another act. The cases have the development set's format (`Dev`:
turn, photo, state, act, calls); `MOVED` holds turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    SHARE,
    STATUS,
    UPLOAD,
    Dev,
    _compare,
    _edit,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)

STATUES = (
    (None, None),
    (0, "add a red velvet rope in front of the statues"),
    (1, "make the skylight brighter"),
    (2, "add a child sketching on the bench"),
    (3, "make the floor black marble"),
)
"""A marble statue hall under a skylight, with four edits, each on the one before."""
PORTRAITS = (
    (None, None),
    (0, "remove the exit sign above the door"),
    (1, "make the wall dark green"),
    (2, "make the big portrait's frame gold"),
    (3, "make the bench red"),
)
"""A gallery wall of old portraits above a bench, with a removal and then three colour edits."""
READING = (
    (None, None),
    (0, "turn on the green lamps"),
    (1, "add snow outside the tall windows"),
    (2, "make the wooden tables darker"),
)
"""A reading room with green banker's lamps on long tables, with three edits, each on the one before."""
READING_BRANCH = (*READING, (2, "add a cat asleep on a table"))
"""The reading room after an undo: round 4 (the cat) was made from round 2, beside round 3 (darker tables)."""
DINO = ((None, None), (0, "make the skeleton look like bronze"), (1, "add a kid pointing at the skull"))
"""A dinosaur skeleton in a museum atrium, with two edits."""
DINO_RETRIED = (*DINO, (1, "add a kid pointing at the skull"))
"""The dinosaur skeleton after a retry: round 3 is a second try of round 2, from round 1."""
ORCHESTRA = (
    (None, None),
    (0, "make the stage lights blue"),
    (1, "remove the empty chair in the front row"),
    (2, "make the conductor's jacket white"),
    (3, "add confetti falling from above"),
    (4, "make the stage lights purple"),
    (5, "add a harp on the left"),
    (6, "make the curtains red"),
)
"""A symphony orchestra on a concert stage, with seven edits, each on the one before."""
JAZZ = (
    (None, None),
    (0, "make the neon sign pink"),
    (0, "make the neon sign blue"),
    (2, "add smoke haze over the stage"),
)
"""A jazz club with a neon sign: a pink sign (round 1), corrected to blue (round 2, beside it), then haze."""
VIOLIN = (
    (None, None),
    (0, "make the violin varnish darker"),
    (1, "add wood shavings on the bench"),
    (2, "make the window light warmer"),
)
"""A violin maker's workshop with a half-carved violin on the bench, with three edits."""
VIOLIN_CELLO = (*VIOLIN, (None, None), (4, "make the cello's scroll shine"))
"""The violin workshop, then a second photo of a cello (round 4) with one edit (round 5)."""
MAPS = ((None, None), (0, "remove the glare on the glass case"), (1, "remove the old clock from the wall"))
"""An old map room with maps under a glass case and a clock on the wall, with two edits, the clock last."""
MAPS_GLOBE = (*MAPS[:2], (1, "make the globe brighter"))
"""The map room with the glare edit and then a brighter globe; the clock was never touched."""
MAPS_BLUE = ((None, None), (0, "make the carpet blue"), (0, "make the display case frame blue"))
"""The map room with two tries from the original that each made something blue."""
DOME = (
    (None, None),
    (0, "add the milky way across the dome"),
    (1, "make the seats red"),
    (2, "add a shooting star"),
)
"""A planetarium dome over rows of seats, with three edits, each on the one before."""
DOME_BRANCH = (*DOME, (1, "make the seats navy blue"))
"""The planetarium after an undo: round 4 (navy seats) was made from round 1, beside round 2 (red seats)."""
GARDEN = (
    (None, None),
    (0, "remove the pigeons from the bronze horse"),
    (1, "make the hedges autumn orange"),
    (2, "add a fountain behind the horse"),
    (3, "add light rain"),
    (4, "add fallen leaves on the path"),
)
"""A sculpture garden with a bronze horse between hedges, with five edits, each on the one before."""
GARDEN_RAIN = GARDEN[:5]
"""The sculpture garden with the rain as its last edit."""
GARDEN_DRY = GARDEN[:4]
"""The sculpture garden with three edits and no rain added (the photo itself was taken after rain)."""
RECORDS = ((None, None), (0, "put a cat on the counter"), (1, "make the listening booth yellow"))
"""A record shop with crates of vinyl and a listening booth, with two edits."""
RECORDS_RETRIED = (*RECORDS, (1, "make the listening booth yellow"))
"""The record shop after a retry: round 3 is a second try of round 2, from round 1."""
SCHOOL = (
    (None, None),
    (0, "add a beanbag in the corner"),
    (1, "make the bookshelves rainbow coloured"),
    (2, "add paper stars hanging from the ceiling"),
)
"""A school library corner with low bookshelves, with three edits, each on the one before."""

COMPARE: tuple[Dev, ...] = (
    # two rounds side by side, asked in everyday words; the rounds are written out
    ("before and after pls", False, STATUES, "compare", _compare(0, 4)),
    ("how does it look compared to the start?", False, STATUES, "compare", _compare(0, 4)),
    ("put the original next to this one", False, STATUES, "compare", _compare(0, 4)),
    ("side by side with round 2", False, STATUES, "compare", _compare(2, 4)),
    ("whats the difference between the last two", False, STATUES, "compare", _compare(3, 4)),
    ("can i see the velvet rope one next to the black floor one", False, STATUES, "compare", _compare(1, 4)),
    ("sidebyside 1 & 3 plz", False, STATUES, "compare", _compare(1, 3)),
    ("green wall vs red bench, side by side?", False, PORTRAITS, "compare", _compare(2, 4)),
    (
        "lemme see the wall from right before it went green next to how it is now",
        False,
        PORTRAITS,
        "compare",
        _compare(1, 4),
    ),
    ("the no exit sign one and the gold frame one together pls", False, PORTRAITS, "compare", _compare(1, 3)),
    ("which is better, 2 or 4? put em next to each other so i can judge", False, PORTRAITS, "compare", _compare(2, 4)),
    ("compare lamps off with lamps on", False, READING, "compare", _compare(0, 1)),
    ("the snow one beside the one right before it", False, READING, "compare", _compare(1, 2)),
    ("the cat one vs the darker tables one", False, READING_BRANCH, "compare", _compare(3, 4)),
    (
        "compare the two versions you made from the snowy one",
        False,
        READING_BRANCH,
        "compare",
        _compare(3, 4),
    ),
    ("bronze vs the original bones, side by side", False, DINO, "compare", _compare(0, 1)),
    ("Before/After of the whole thing please", False, DINO, "compare", _compare(0, 2)),
    ("first try vs second try of the kid", False, DINO_RETRIED, "compare", _compare(2, 3)),
    ("show me both tries", False, DINO_RETRIED, "compare", _compare(2, 3)),
    (
        "the one where you made the lights purple next to the one right before it",
        False,
        ORCHESTRA,
        "compare",
        _compare(4, 5),
    ),
    ("hows it look compared to round 3", False, ORCHESTRA, "compare", _compare(3, 7)),
    ("compare the first edit and the last edit", False, ORCHESTRA, "compare", _compare(1, 7)),
    ("original vs now pls 🙏", False, ORCHESTRA, "compare", _compare(0, 7)),
    ("put the harp one and the confetti one side by side", False, ORCHESTRA, "compare", _compare(4, 6)),
    ("diff of the latest two?", False, ORCHESTRA, "compare", _compare(6, 7)),
    ("pink sign vs blue sign", False, JAZZ, "compare", _compare(1, 2)),
    ("compare my first try at the sign with the correction", False, JAZZ, "compare", _compare(1, 2)),
    ("with and without the smoke, same blue sign", False, JAZZ, "compare", _compare(2, 3)),
    ("b4/after", False, VIOLIN, "compare", _compare(0, 3)),
    ("the cello before and after", False, VIOLIN_CELLO, "compare", _compare(4, 5)),
    (
        "put the violin as it is now next to the cello as it is now",
        False,
        VIOLIN_CELLO,
        "compare",
        _compare(3, 5),
    ),
    ("with clock and without clock, side by side", False, MAPS, "compare", _compare(1, 2)),
    ("red seats or navy seats, let me see both", False, DOME_BRANCH, "compare", _compare(2, 4)),
    (
        "which looks better red or navy seats? i cant decide, show me them together",
        False,
        DOME_BRANCH,
        "compare",
        _compare(2, 4),
    ),
    ("how much did the garden change from the start? show me", False, GARDEN, "compare", _compare(0, 5)),
    ("the rainy one next to right before the rain", False, GARDEN, "compare", _compare(3, 4)),
    ("pigeons vs no pigeons", False, GARDEN, "compare", _compare(0, 1)),
    ("yellow booth take 1 vs take 2", False, RECORDS_RETRIED, "compare", _compare(2, 3)),
    ("lemme compare the just-the-cat version with this", False, RECORDS_RETRIED, "compare", _compare(1, 3)),
    ("the shelves before they went rainbow vs after", False, SCHOOL, "compare", _compare(1, 2)),
    ("can u do a split view: original | current", False, SCHOOL, "compare", _compare(0, 3)),
    ("compare the 2 most recent ones", False, SCHOOL, "compare", _compare(2, 3)),
    (
        "I would like to view the first and the third version together, if possible",
        False,
        SCHOOL,
        "compare",
        _compare(1, 3),
    ),
    ("hold up round 1 against the untouched photo", False, GARDEN, "compare", _compare(0, 1)),
    ("how different is it from when we started, side by side", False, MAPS, "compare", _compare(0, 2)),
    ("next to each other: the brighter skylight and the kid one", False, STATUES, "compare", _compare(2, 3)),
    ("does round 2 look much different from round 3? lemme see", False, DOME, "compare", _compare(2, 3)),
    ("origianl and newest one togther", False, RECORDS, "compare", _compare(0, 2)),
    ("put the 3 beside the 1 pls", False, ORCHESTRA, "compare", _compare(1, 3)),
    # near misses: an opinion asked, one round to look at, an edit, nothing to compare, not about rounds
    ("which is better, 2 or 4?", False, PORTRAITS, "talk", ()),
    ("honestly is 3 better than 2 in ur opinion", False, ORCHESTRA, "talk", ()),
    ("which do u prefer, red seats or navy?", False, DOME_BRANCH, "talk", ()),
    ("does the new floor look better than the old one, be honest", False, STATUES, "talk", ()),
    ("put the two paintings side by side", False, PORTRAITS, "edit", _edit("put the two paintings side by side")),
    (
        "compare the statues' heights and make the left one as tall as the right one",
        False,
        STATUES,
        "edit",
        _edit("make the left statue as tall as the right one", "make the left one as tall as the right one"),
    ),
    (
        "hang the old sea chart next to the big map",
        False,
        MAPS,
        "edit",
        _edit("hang the old sea chart next to the big map"),
    ),
    (
        "put the drummer beside the bassist",
        False,
        JAZZ,
        "edit",
        _edit("put the drummer beside the bassist"),
    ),
    ("show me round 2", False, STATUES, "show", _show(2)),
    ("before and after pls!", False, UPLOAD, "clarify", ()),
    ("put the original next to this one", False, UPLOAD, "clarify", ()),
    ("whats the difference between a violin and a viola lol", False, VIOLIN, "talk", ()),
    ("list every version so i can pick two to compare", False, ORCHESTRA, "history", HISTORY),
    (
        "compare with the original... nah actually just make the sky through the skylight blue",
        False,
        STATUES,
        "edit",
        _edit("make the sky through the skylight blue"),
    ),
    ("make the two busts face each other", False, STATUES, "edit", _edit("make the two busts face each other")),
    (
        "before and after looks weak, make the varnish even darker",
        False,
        VIOLIN,
        "edit",
        _edit("make the varnish even darker", "make the violin varnish even darker"),
    ),
    (
        "side by side with the bass player, add a trumpet player",
        False,
        JAZZ,
        "edit",
        _edit("add a trumpet player side by side with the bass player", "add a trumpet player next to the bass player"),
    ),
    ("what did u change in this last one", False, PORTRAITS, "status", STATUS),
    ("compare round 3 and round 9", False, ORCHESTRA, "clarify", ()),
    ("compare the last three", False, GARDEN, "clarify", ()),
)
"""Comparisons of two rounds in everyday words, and near misses."""

SHOW: tuple[Dev, ...] = (
    # one round to look at, the current one unchanged
    ("let me see round 3 again", False, STATUES, "show", _show(3)),
    ("peek at the original", False, STATUES, "show", _show(0)),
    ("show me the one with the velvet rope", False, STATUES, "show", _show(1)),
    ("quick look at round 2 pls, dont switch to it", False, STATUES, "show", _show(2)),
    ("what did it look like before the kid was drawing there", False, STATUES, "show", _show(2)),
    ("show me the one where the wall had just turned green, before the frame", False, PORTRAITS, "show", _show(2)),
    (
        "can i see the version where the exit sign was gone but the wall was still the old colour",
        False,
        PORTRAITS,
        "show",
        _show(1),
    ),
    ("lemme peek at round 3 real quick", False, PORTRAITS, "show", _show(3)),
    ("i wanna see the picture from the very beginning", False, PORTRAITS, "show", _show(0)),
    ("show the version where you first turned the lamps on", False, READING, "show", _show(1)),
    ("whats the original look like again", False, READING, "show", _show(0)),
    ("show me the darker tables one", False, READING_BRANCH, "show", _show(3)),
    ("the one before the cat, let me see it", False, READING_BRANCH, "show", _show(2)),
    ("what did the first try look like?", False, DINO_RETRIED, "show", _show(2)),
    ("show me the bronze one before the kid", False, DINO, "show", _show(1)),
    ("show me round 6", False, ORCHESTRA, "show", _show(6)),
    ("show me it right before the chair went", False, ORCHESTRA, "show", _show(1)),
    ("can i see the confetti one", False, ORCHESTRA, "show", _show(4)),
    ("let me look at the purple lights version, the one w/o the harp", False, ORCHESTRA, "show", _show(5)),
    ("pull up the white jacket version, just to look", False, ORCHESTRA, "show", _show(3)),
    ("wait what did my first attempt at the sign look like", False, JAZZ, "show", _show(1)),
    ("show me the pink sign again", False, JAZZ, "show", _show(1)),
    ("how did the varnish look at first? show me", False, VIOLIN, "show", _show(0)),
    ("view round 1 pls", False, VIOLIN, "show", _show(1)),
    ("show me the first photo i sent", False, VIOLIN_CELLO, "show", _show(0)),
    ("can i see the violin one again, the last version of it", False, VIOLIN_CELLO, "show", _show(3)),
    ("show the cello before you touched it", False, VIOLIN_CELLO, "show", _show(4)),
    ("show me the last one that still had the clock", False, MAPS, "show", _show(1)),
    ("show me the red seats before the shooting star", False, DOME_BRANCH, "show", _show(2)),
    ("peek at the shooting star one", False, DOME_BRANCH, "show", _show(3)),
    ("show me the garden before the leaves", False, GARDEN, "show", _show(4)),
    ("let me see the one where the hedges first turned orange", False, GARDEN, "show", _show(2)),
    ("show me the first go at the yellow booth", False, RECORDS_RETRIED, "show", _show(2)),
    ("show the cat pic without the yellow", False, RECORDS_RETRIED, "show", _show(1)),
    ("show me the beanbag only version", False, SCHOOL, "show", _show(1)),
    ("sneak peek at round 2?", False, SCHOOL, "show", _show(2)),
    ("Could you display the untouched photo for a moment, please?", False, DOME, "show", _show(0)),
    ("mind showing me how the milky way looked b4 the seats changed", False, DOME, "show", _show(1)),
    ("just show me the glare-free one, dont go back", False, MAPS, "show", _show(1)),
    ("i want to see the version with no pigeons and normal hedges", False, GARDEN, "show", _show(1)),
    ("curious how the beginning looked 👀", False, RECORDS, "show", _show(0)),
    # near misses: an edit said with "show", a move, a pair, the history, the status, a round that is not there
    ("show more of the sky", False, GARDEN, "edit", _edit("show more of the sky", "extend the sky")),
    (
        "show the kid's face more clearly",
        False,
        DINO,
        "edit",
        _edit("show the kid's face more clearly", "make the kid's face clearer", "make the kid's face more clear"),
    ),
    (
        "show the t-rex with its mouth open",
        False,
        DINO,
        "edit",
        _edit("show the t-rex with its mouth open", "make the t-rex's mouth open", "open the t-rex's mouth"),
    ),
    (
        "show me the original but with purple lights",
        False,
        ORCHESTRA,
        "edit",
        (("edit_image", {"instruction": ("make the stage lights purple", "purple lights"), "base_round": 0}),),
    ),
    (
        "show the reading room at night",
        False,
        READING,
        "edit",
        _edit(
            "show the reading room at night",
            "make it night",
            "make it night time",
            "make the reading room look like night",
            "make the reading room at night",
        ),
    ),
    (
        "display a 'closed' sign on the shop door",
        False,
        RECORDS,
        "edit",
        _edit("display a 'closed' sign on the shop door", "add a 'closed' sign on the shop door"),
    ),
    ("show me the history", False, SCHOOL, "history", HISTORY),
    ("show me what round im on", False, READING, "status", STATUS),
    ("go back to round 3", False, STATUES, "goto", _goto(3)),
    ("show me round 2 and round 4 side by side", False, PORTRAITS, "compare", _compare(2, 4)),
    ("show me round 12", False, GARDEN, "clarify", ()),
    ("show me how u did the rain, like what tool", False, GARDEN, "talk", ()),
    ("share it so my friend can see the confetti", False, ORCHESTRA, "share", SHARE),
    (
        "show some people reading at the tables",
        False,
        READING,
        "edit",
        _edit(
            "show some people reading at the tables",
            "add some people reading at the tables",
            "add people reading at the tables",
        ),
    ),
    (
        "let me see the dinosaur with feathers",
        False,
        DINO,
        "edit",
        _edit(
            "give the dinosaur feathers",
            "add feathers to the dinosaur",
            "show the dinosaur with feathers",
            "let me see the dinosaur with feathers",
        ),
    ),
    (
        "show the map's sea monsters in colour",
        False,
        MAPS,
        "edit",
        _edit(
            "show the map's sea monsters in colour",
            "colour the sea monsters on the map",
            "make the sea monsters on the map colourful",
        ),
    ),
    ("show me the kid more, he looks tiny, make him bigger", False, DINO, "edit", _edit("make the kid bigger")),
    ("show it", False, UPLOAD, "clarify", ()),
)
"""Looking at one round without going there, and near misses."""

GOTO: tuple[Dev, ...] = (
    # the current round becomes an older one, named by what it shows or by steps
    ("two steps back", False, STATUES, "goto", _goto(2)),
    ("the first edit", False, STATUES, "goto", _goto(1)),
    ("go back to before the velvet rope", False, STATUES, "goto", _goto(0)),
    ("restore the version before the floor got redone", False, STATUES, "goto", _goto(3)),
    ("ok take me to round 2 and stay there", False, STATUES, "goto", _goto(2)),
    ("lets go with the brighter skylight one, before the kid", False, STATUES, "goto", _goto(2)),
    ("back to before all the colour stuff", False, PORTRAITS, "goto", _goto(1)),
    ("go back to when the exit sign was still there", False, PORTRAITS, "goto", _goto(0)),
    ("undo back to the green wall, before the frame", False, PORTRAITS, "goto", _goto(2)),
    ("revert to round three", False, PORTRAITS, "goto", _goto(3)),
    ("the version before the bench", False, PORTRAITS, "goto", _goto(3)),
    ("go back to when it wasnt snowing yet", False, READING, "goto", _goto(1)),
    ("the version before the tables", False, READING, "goto", _goto(2)),
    ("all the way back pls, the untouched one", False, READING, "goto", _goto(0)),
    ("switch to the darker tables one", False, READING_BRANCH, "goto", _goto(3)),
    ("back to the bronze skeleton, no kid", False, DINO, "goto", _goto(1)),
    ("go back to the start", False, DINO, "goto", _goto(0)),
    ("two back", False, DINO, "goto", _goto(0)),
    ("the one from just now before you retried", False, DINO_RETRIED, "goto", _goto(2)),
    ("i liked the first kid better, go back to that", False, DINO_RETRIED, "goto", _goto(2)),
    ("go back to when the empty chair was still there", False, ORCHESTRA, "goto", _goto(1)),
    ("three steps back", False, ORCHESTRA, "goto", _goto(4)),
    ("before the lights went purple", False, ORCHESTRA, "goto", _goto(4)),
    ("the version before the harp", False, ORCHESTRA, "goto", _goto(5)),
    ("revert to the white jacket but before the confetti", False, ORCHESTRA, "goto", _goto(3)),
    ("the first edit pls, go there", False, ORCHESTRA, "goto", _goto(1)),
    ("go back to the pink sign", False, JAZZ, "goto", _goto(1)),
    ("back to the blue sign before the haze", False, JAZZ, "goto", _goto(2)),
    ("my first attempt was better, go there", False, JAZZ, "goto", _goto(1)),
    ("go back to before the workshop got the warmer light", False, VIOLIN, "goto", _goto(2)),
    ("back two", False, VIOLIN, "goto", _goto(1)),
    ("take me back to the violin pic", False, VIOLIN_CELLO, "goto", _goto(3)),
    ("back to the cello as it was", False, VIOLIN_CELLO, "goto", _goto(4)),
    ("go back to when the clock was still on the wall", False, MAPS, "goto", _goto(1)),
    ("go to the version where the seats first went red", False, DOME_BRANCH, "goto", _goto(2)),
    ("back to the shooting star", False, DOME_BRANCH, "goto", _goto(3)),
    ("back to only the milky way", False, DOME_BRANCH, "goto", _goto(1)),
    ("go back to before the rain", False, GARDEN, "goto", _goto(3)),
    ("back to when the pigeons were still on the horse", False, GARDEN, "goto", _goto(0)),
    ("go 2 back", False, GARDEN, "goto", _goto(3)),
    ("the hedges one, round 2, go there", False, GARDEN, "goto", _goto(2)),
    ("go back to the first yellow", False, RECORDS_RETRIED, "goto", _goto(2)),
    ("back to just the cat", False, RECORDS_RETRIED, "goto", _goto(1)),
    ("back to the beanbag, before the rainbow shelves", False, SCHOOL, "goto", _goto(1)),
    ("before the paper stars pls", False, SCHOOL, "goto", _goto(2)),
    ("Please restore the state after the second edit.", False, SCHOOL, "goto", _goto(2)),
    ("return me to where the fountain first showed up", False, GARDEN, "goto", _goto(3)),
    ("i want to continue from the glare fix, go there", False, MAPS, "goto", _goto(1)),
    ("back to square one 😩", False, RECORDS, "goto", _goto(0)),
    ("one step back", False, DOME, "goto", _goto(2)),
    # near misses: an edit from an older round, an edit that says "back", a correction, a round not there
    (
        "go back to round 2 and add a bust of beethoven there",
        False,
        STATUES,
        "edit",
        (("edit_image", {"instruction": "add a bust of beethoven", "base_round": 2}),),
    ),
    (
        "from the original, make the floor wooden",
        False,
        STATUES,
        "edit",
        (("edit_image", {"instruction": "make the floor wooden", "base_round": 0}),),
    ),
    (
        "move the statue back onto its pedestal",
        False,
        STATUES,
        "edit",
        _edit("move the statue back onto its pedestal"),
    ),
    (
        "bring the pigeons back",
        False,
        GARDEN,
        "edit",
        _edit(
            "bring the pigeons back",
            "add the pigeons back",
            "put the pigeons back on the bronze horse",
            "add pigeons on the bronze horse",
            "bring the pigeons back on the bronze horse",
        ),
    ),
    (
        "make the shelves wooden again",
        False,
        SCHOOL,
        "edit",
        _edit("make the shelves wooden again", "make the bookshelves wooden again"),
    ),
    (
        "turn the green lamps back off",
        False,
        READING,
        "edit",
        _edit("turn the green lamps back off", "turn off the green lamps", "turn the green lamps off"),
    ),
    ("return the records to the shelf", False, RECORDS, "edit", _edit("return the records to the shelf")),
    (
        "turn the clock hands back an hour",
        False,
        MAPS_GLOBE,
        "edit",
        _edit("turn the clock hands back an hour"),
    ),
    (
        "undo that and make the bench blue",
        False,
        PORTRAITS,
        "correction",
        _fix("make the bench blue"),
    ),
    ("go back to round 8", False, DOME_BRANCH, "clarify", ()),
    ("go back to it", False, SCHOOL, "clarify", ()),
    ("back to the drawing board with the kid, try again", False, DINO, "retry", _retry()),
    ("go back and make the curtains gold instead", False, ORCHESTRA, "correction", _fix("make the curtains gold")),
    (
        "take the confetti back out",
        False,
        ORCHESTRA,
        "edit",
        _edit("take the confetti back out", "remove the confetti", "take the confetti out"),
    ),
    (
        "rewind the record player arm to the start of the record",
        False,
        RECORDS,
        "edit",
        _edit(
            "rewind the record player arm to the start of the record",
            "move the record player arm to the start of the record",
        ),
    ),
    (
        "back to basics: just make the whole photo a bit warmer",
        False,
        SCHOOL,
        "edit",
        _edit("make the whole photo a bit warmer", "make the photo a bit warmer"),
    ),
    (
        "revert the clock to roman numerals",
        False,
        MAPS_GLOBE,
        "edit",
        _edit(
            "revert the clock to roman numerals", "change the clock to roman numerals", "give the clock roman numerals"
        ),
    ),
    (
        "go back to the booth and make it orange instead",
        False,
        RECORDS,
        "correction",
        _fix("make the listening booth orange"),
    ),
    ("go back to when it was better", False, GARDEN, "clarify", ()),
    ("back to the booth, try again", False, RECORDS, "retry", _retry()),
    ("go back and do the haze again but thicker", False, JAZZ, "retry", _retry("stronger")),
)
"""Going to an older round by what it shows or by steps, and near misses."""

MISSING: tuple[Dev, ...] = (
    # references that name nothing in the session: a plain answer, no call
    ("go back to before the hat", False, STATUES, "clarify", ()),
    ("show round 9", False, STATUES, "clarify", ()),
    ("compare round 2 with round 7", False, STATUES, "clarify", ()),
    ("the version where the statue still had both arms", False, STATUES, "clarify", ()),
    ("back to the one before you retried", False, STATUES, "clarify", ()),
    ("show me the first try", False, STATUES, "clarify", ()),
    ("go back to the one with the blue wall", False, PORTRAITS, "clarify", ()),
    ("show me the version with the mona lisa in it", False, PORTRAITS, "clarify", ()),
    ("show me the blue one", False, MAPS_BLUE, "clarify", ()),
    ("go back to the blue version", False, MAPS_BLUE, "clarify", ()),
    ("compare the blue one with the original", False, MAPS_BLUE, "clarify", ()),
    ("back to before the dinosaur got its tail", False, DINO, "clarify", ()),
    ("show me the third try", False, DINO_RETRIED, "clarify", ()),
    ("go back 9 steps", False, ORCHESTRA, "clarify", ()),
    ("the one with the grand piano, go there", False, ORCHESTRA, "clarify", ()),
    ("before the snow pls", False, ORCHESTRA, "clarify", ()),
    ("go back to the green sign", False, JAZZ, "clarify", ()),
    ("show me the saxophone edit", False, JAZZ, "clarify", ()),
    ("compare the lamps off with the lamps dimmed", False, READING, "clarify", ()),
    ("show me the one with the cat", False, READING, "clarify", ()),
    ("go back to before the fountain was taken out", False, GARDEN, "clarify", ()),
    ("show me the third photo", False, VIOLIN_CELLO, "clarify", ()),
    ("go back to the guitar pic", False, VIOLIN_CELLO, "clarify", ()),
    ("back to the version before you retried the booth", False, RECORDS, "clarify", ()),
    ("show me the first edit", False, UPLOAD, "clarify", ()),
    ("two steps back", False, UPLOAD, "clarify", ()),
    ("compare with the original", False, UPLOAD, "clarify", ()),
    ("go forward", False, STATUES, "talk", ()),
    ("redo", False, PORTRAITS, "talk", ()),
    ("go back to the version before the dragon poster", False, SCHOOL, "clarify", ()),
    ("round 0.5?", False, SCHOOL, "clarify", ()),
    ("show me round -2", False, DOME, "clarify", ()),
    ("three steps back", False, MAPS, "clarify", ()),
    ("the one before the confetti, no wait the one before the fireworks", False, ORCHESTRA, "clarify", ()),
    ("compare the two cats", False, RECORDS_RETRIED, "clarify", ()),
    # near misses: the same kind of reference, and this time the session has it
    ("show me the one with the cat", False, READING_BRANCH, "show", _show(4)),
    ("back to the version before you retried", False, RECORDS_RETRIED, "goto", _goto(2)),
    ("show me the second try", False, DINO_RETRIED, "show", _show(3)),
    ("compare round 2 with round 7", False, ORCHESTRA, "compare", _compare(2, 7)),
    ("show me the blue sign before the haze", False, JAZZ, "show", _show(2)),
    ("back to before the kid", False, STATUES, "goto", _goto(2)),
    ("before the fountain pls", False, GARDEN, "goto", _goto(2)),
    ("show me the second photo untouched", False, VIOLIN_CELLO, "show", _show(4)),
    ("theres no hat yet lol, put a beret on the kid", False, DINO, "edit", _edit("put a beret on the kid")),
    (
        "round 9 of the concert series, write that on the banner over the stage",
        False,
        ORCHESTRA,
        "edit",
        _edit(
            "write round 9 of the concert series on the banner over the stage",
            "write 'round 9 of the concert series' on the banner over the stage",
        ),
    ),
    ("show me the carpet one", False, MAPS_BLUE, "show", _show(1)),
    ("compare the carpet one and the display case one", False, MAPS_BLUE, "compare", _compare(1, 2)),
)
"""References to a round, a thing or a try the session does not have, and near misses that it has."""

SAME_WORDS: tuple[Dev, ...] = (
    # edits that use the words of looking, comparing and going back
    (
        "make it look like it did before the rain",
        False,
        GARDEN_DRY,
        "edit",
        _edit(
            "make it look like it did before the rain",
            "make it look like before the rain",
            "make it look dry",
            "make the garden look dry",
            "remove the rain",
        ),
    ),
    ("compare-style split screen of the window", False, READING, "clarify", ()),
    (
        "make the window a split screen, day on the left and night on the right",
        False,
        READING,
        "edit",
        _edit(
            "make the window a split screen, day on the left and night on the right",
            "make the window a split screen with day on the left and night on the right",
            "split the window into day on the left and night on the right",
        ),
    ),
    (
        "bring the old clock back into the frame",
        False,
        MAPS_GLOBE,
        "edit",
        _edit("bring the old clock back into the frame"),
    ),
    (
        "revert the statue to bronze",
        False,
        STATUES,
        "edit",
        _edit("revert the statue to bronze", "make the statue bronze"),
    ),
    (
        "go back in time and make the hall look victorian",
        False,
        STATUES,
        "edit",
        _edit("make the hall look victorian"),
    ),
    (
        "undo the bow tie on the conductor",
        False,
        ORCHESTRA,
        "edit",
        _edit(
            "undo the bow tie on the conductor",
            "untie the conductor's bow tie",
            "remove the conductor's bow tie",
            "remove the bow tie on the conductor",
        ),
    ),
    (
        "redo the lipstick on the singer, darker red",
        False,
        JAZZ,
        "edit",
        _edit(
            "redo the lipstick on the singer, darker red",
            "make the singer's lipstick darker red",
            "make the lipstick on the singer darker red",
            "redo the lipstick on the singer in darker red",
        ),
    ),
    (
        "compare the two violins on the wall and make them the same colour",
        False,
        VIOLIN,
        "edit",
        _edit("make the two violins on the wall the same colour"),
    ),
    (
        "make the skeleton look like it did 66 million years ago, skin and all",
        False,
        DINO,
        "edit",
        _edit(
            "make the skeleton look like it did 66 million years ago, skin and all",
            "make the skeleton look like it did 66 million years ago",
            "give the skeleton skin",
            "make the dinosaur look alive with skin",
        ),
    ),
    (
        "show the constellations with lines between the stars",
        False,
        DOME,
        "edit",
        _edit(
            "show the constellations with lines between the stars",
            "draw lines between the stars of the constellations",
            "add constellation lines",
            "add lines between the stars of the constellations",
        ),
    ),
    (
        "put abbey road at the front of the crate",
        False,
        RECORDS,
        "edit",
        _edit("put abbey road at the front of the crate"),
    ),
    (
        "history section sign on the shelf pls",
        False,
        SCHOOL,
        "edit",
        _edit("add a history section sign on the shelf", "put a history section sign on the shelf"),
    ),
    (
        "add a poster that says 'compare and contrast' over the beanbag",
        False,
        SCHOOL,
        "edit",
        _edit("add a poster that says 'compare and contrast' over the beanbag"),
    ),
    (
        "show the trade routes on the big map in red",
        False,
        MAPS,
        "edit",
        _edit(
            "show the trade routes on the big map in red",
            "draw the trade routes on the big map in red",
            "add red trade routes on the big map",
        ),
    ),
    ("zoom in on the conductor", False, ORCHESTRA, "edit", _edit("zoom in on the conductor", "crop to the conductor")),
    (
        "step back a bit, i want to see the whole statue",
        False,
        STATUES,
        "edit",
        _edit("zoom out to show the whole statue", "zoom out", "show the whole statue", "zoom out a bit"),
    ),
    (
        "swap the two portraits' places",
        False,
        PORTRAITS,
        "edit",
        _edit("swap the two portraits' places", "swap the places of the two portraits", "swap the two portraits"),
    ),
    (
        "restore the old violin on the wall so it looks new",
        False,
        VIOLIN,
        "edit",
        _edit("restore the old violin on the wall so it looks new", "make the old violin on the wall look new"),
    ),
    (
        "show the lamps reflecting on the tables",
        False,
        READING,
        "edit",
        _edit(
            "show the lamps reflecting on the tables",
            "add the lamps' reflection on the tables",
            "add reflections of the lamps on the tables",
            "make the lamps reflect on the tables",
        ),
    ),
    (
        "bring back the 1920s vibe, sepia everything",
        False,
        JAZZ,
        "edit",
        _edit("make everything sepia", "make it sepia", "give it a 1920s sepia look", "make it look 1920s sepia"),
    ),
    ("make the first violin stand up", False, ORCHESTRA, "edit", _edit("make the first violin stand up")),
    (
        "the second row, make them all wear red",
        False,
        ORCHESTRA,
        "edit",
        _edit("make the second row wear red", "make the second row all wear red", "make them all wear red"),
    ),
    (
        "add a plaque saying 'round 3 of the tour'",
        False,
        DINO,
        "edit",
        _edit("add a plaque saying 'round 3 of the tour'"),
    ),
    (
        "show the price tags on the records",
        False,
        RECORDS,
        "edit",
        _edit("show the price tags on the records", "add price tags on the records", "add price tags to the records"),
    ),
    (
        "put the two kids reading side by side on the beanbag",
        False,
        SCHOOL,
        "edit",
        _edit(
            "put the two kids reading side by side on the beanbag",
            "put the two reading kids side by side on the beanbag",
        ),
    ),
    (
        "make the room look like it did in 1700",
        False,
        MAPS,
        "edit",
        _edit("make the room look like it did in 1700", "make the room look like 1700"),
    ),
    (
        "turn the small photo portrait back to black and white",
        False,
        PORTRAITS,
        "edit",
        _edit("turn the small photo portrait back to black and white", "turn the small photo portrait black and white"),
    ),
    (
        "undo the knot in the gardener's hose",
        False,
        GARDEN,
        "edit",
        _edit("undo the knot in the gardener's hose", "untie the knot in the gardener's hose"),
    ),
    (
        "rewind the night sky to the summer stars",
        False,
        DOME,
        "edit",
        _edit(
            "rewind the night sky to the summer stars",
            "change the night sky to the summer stars",
            "show the summer stars on the dome",
            "make the night sky show the summer stars",
        ),
    ),
    (
        "put the original pressing of the album in the window display",
        False,
        RECORDS,
        "edit",
        _edit("put the original pressing of the album in the window display"),
    ),
    (
        "the lamp on the left, show it off: make it glow brighter",
        False,
        READING,
        "edit",
        _edit("make the lamp on the left glow brighter"),
    ),
    (
        "make the sign say 'first edition corner'",
        False,
        SCHOOL,
        "edit",
        _edit("make the sign say 'first edition corner'"),
    ),
    (
        "next step, varnish the unfinished cello too",
        False,
        VIOLIN,
        "edit",
        _edit("varnish the unfinished cello too", "varnish the unfinished cello"),
    ),
    (
        "put a kid peeking out from behind the ribs",
        False,
        DINO,
        "edit",
        _edit("put a kid peeking out from behind the ribs"),
    ),
    (
        "make the pianist look back at the singer",
        False,
        JAZZ,
        "edit",
        _edit("make the pianist look back at the singer"),
    ),
    (
        "make the lady in the portrait on the right look back over her shoulder",
        False,
        PORTRAITS,
        "edit",
        _edit("make the lady in the portrait on the right look back over her shoulder"),
    ),
    (
        "put the old gramophone back on the counter",
        False,
        RECORDS,
        "edit",
        _edit("put the old gramophone back on the counter"),
    ),
    (
        "show the planets orbiting on the dome",
        False,
        DOME,
        "edit",
        _edit(
            "show the planets orbiting on the dome",
            "add the planets orbiting on the dome",
            "add planets orbiting on the dome",
        ),
    ),
    (
        "show the statue's reflection in the floor",
        False,
        STATUES,
        "edit",
        _edit(
            "show the statue's reflection in the floor",
            "add the statue's reflection in the floor",
            "add the statue's reflection on the floor",
            "make the statue reflect in the floor",
        ),
    ),
    (
        "mirror the bronze horse so there are two of them side by side",
        False,
        GARDEN,
        "edit",
        _edit(
            "mirror the bronze horse so there are two of them side by side",
            "add a mirrored copy of the bronze horse next to it",
        ),
    ),
    (
        "can the globe look like its spinning",
        False,
        MAPS_GLOBE,
        "edit",
        _edit("make the globe look like it is spinning", "make the globe look like its spinning"),
    ),
    (
        "the kids in round hats, give them paper crowns instead",
        False,
        SCHOOL,
        "edit",
        _edit("give the kids paper crowns instead of round hats", "give the kids in round hats paper crowns"),
    ),
    (
        "show the portraits' eyes following you, make them all look at the camera",
        False,
        PORTRAITS,
        "edit",
        _edit("make the portraits all look at the camera", "make them all look at the camera"),
    ),
    (
        "a before-the-show look: empty seats, house lights up",
        False,
        ORCHESTRA,
        "edit",
        _edit(
            "empty the seats and turn the house lights up",
            ("make the seats empty and turn the house lights up"),
            "empty seats and house lights up",
        ),
    ),
    (
        "go back to the 80s with the shop, neon everywhere",
        False,
        RECORDS,
        "edit",
        _edit("give the shop an 80s look with neon everywhere", "make the shop look 80s with neon everywhere"),
    ),
    (
        "previous owner's name on the workshop window, in gold letters: 'g. rossi, liutaio'",
        False,
        VIOLIN,
        "edit",
        _edit(
            "add the previous owner's name on the workshop window in gold letters: 'g. rossi, liutaio'",
            "write 'g. rossi, liutaio' on the workshop window in gold letters",
        ),
    ),
    (
        "make the hall look like it's showing the original opening night in 1890, sepia and gas lamps",
        False,
        STATUES,
        "edit",
        _edit(
            "make the hall look like it's showing the original opening night in 1890, sepia and gas lamps",
            "make the hall look like opening night in 1890 with sepia and gas lamps",
        ),
    ),
    # retries and corrections said while looking
    ("looked at it again, the booth is still too pale, try once more", False, RECORDS, "retry", _retry("stronger")),
    ("seen it. roll again pls", False, DOME, "retry", _retry()),
    (
        "not the floor, i meant the walls should be black marble",
        False,
        STATUES,
        "correction",
        _fix("make the walls black marble"),
    ),
    (
        "i checked the before and after and the frame is way too shiny, tone it down",
        False,
        PORTRAITS[:4],
        "retry",
        _retry("weaker"),
    ),
    # near misses: the same words, and this time they look at or go to a round
    ("put round 2 and round 4 side by side", False, PORTRAITS, "compare", _compare(2, 4)),
    ("make it look like it did before the rain", False, GARDEN_RAIN, "goto", _goto(3)),
    ("bring the old clock back", False, MAPS, "undo", _goto(1)),
    ("undo the floor", False, STATUES, "undo", _goto(3)),
    ("go with the pink sign", False, JAZZ, "goto", _goto(1)),
    ("split screen the red seats and the navy seats", False, DOME_BRANCH, "compare", _compare(2, 4)),
    ("step back one", False, VIOLIN, "undo", _goto(2)),
    ("put take one and take two side by side", False, RECORDS_RETRIED, "compare", _compare(2, 3)),
    ("the first kid was better, bring him back", False, DINO_RETRIED, "goto", _goto(2)),
    ("restore round 5", False, ORCHESTRA, "goto", _goto(5)),
    ("show the original", False, READING, "show", _show(0)),
    ("zoom in on round 2 for me, just wanna look at it", False, SCHOOL, "show", _show(2)),
    ("history pls", False, STATUES, "history", HISTORY),
    ("the before and after looks sick, thx", False, VIOLIN, "talk", ()),
    ("show me", False, PORTRAITS, "clarify", ()),
)
"""Edits that use the words of looking, comparing and going back, and near misses that look or go back."""

R36B: tuple[Dev, ...] = (*COMPARE, *SHOW, *GOTO, *MISSING, *SAME_WORDS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: "this" and "now" are the current round, forward is its newest child
    (3, ("before and after from here", False, ORCHESTRA, "compare", _compare(0, 3))),
    (3, ("compare this with the newest one", False, ORCHESTRA, "compare", _compare(3, 7))),
    (3, ("go forward one", False, ORCHESTRA, "redo", _goto(4))),
    (3, ("two steps back from here", False, ORCHESTRA, "goto", _goto(1))),
    (3, ("just show me round 5, stay here", False, ORCHESTRA, "show", _show(5))),
    (3, ("now add a piano on the right", False, ORCHESTRA, "edit", _edit("add a piano on the right"))),
    (3, ("take me back to the latest", False, ORCHESTRA, "goto", _goto(7))),
    (2, ("compare this one to the last one we made", False, STATUES, "compare", _compare(2, 4))),
    (2, ("peek at the black floor version without switching", False, STATUES, "show", _show(4))),
    (2, ("redo", False, STATUES, "redo", _goto(3))),
    (2, ("the very first edit now", False, STATUES, "goto", _goto(1))),
    (2, ("show me the navy seats", False, DOME_BRANCH, "show", _show(4))),
    (2, ("compare this with the navy", False, DOME_BRANCH, "compare", _compare(2, 4))),
    (2, ("on to the shooting star one", False, DOME_BRANCH, "goto", _goto(3))),
    (1, ("what did the garden look like with the rain", False, GARDEN, "show", _show(4))),
    (1, ("compare this with round 5", False, GARDEN, "compare", _compare(1, 5))),
    (1, ("redo everything", False, GARDEN, "redo", _goto(5))),
    (1, ("make the hedges dark green", False, GARDEN, "edit", _edit("make the hedges dark green"))),
    (2, ("before n after for where i am now", False, READING_BRANCH, "compare", _compare(0, 2))),
    (2, ("show the cat one", False, READING_BRANCH, "show", _show(4))),
    (2, ("go to the darker tables", False, READING_BRANCH, "goto", _goto(3))),
    (0, ("what did the pink sign look like", False, JAZZ, "show", _show(1))),
    (0, ("compare the original with the blue sign", False, JAZZ, "compare", _compare(0, 2))),
    (0, ("make the neon sign green", False, JAZZ, "edit", _edit("make the neon sign green"))),
    (1, ("show both kid versions", False, DINO_RETRIED, "compare", _compare(2, 3))),
    (1, ("undo once more", False, DINO_RETRIED, "undo", _goto(0))),
    (3, ("compare the violin now with the cello now", False, VIOLIN_CELLO, "compare", _compare(3, 5))),
    (3, ("go to the cello", False, VIOLIN_CELLO, "goto", _goto(5))),
    (1, ("show me the one without the clock", False, MAPS, "show", _show(2))),
    (1, ("two steps back", False, MAPS, "clarify", ())),
    (2, ("add a cat on the steps here", False, STATUES, "edit", _edit("add a cat on the steps"))),
    (
        1,
        (
            "on this one make the booth green",
            False,
            RECORDS_RETRIED,
            "edit",
            _edit("make the listening booth green", "make the booth green"),
        ),
    ),
    (1, ("redo twice", False, MAPS, "clarify", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r36b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R36B`, then the moved ones)."""
    return with_moved(R36B, "r36b", MOVED, "r36b_moved")
