"""Round 34, set b: corrections and comparisons in longer sessions, with branches and turns after an undo,
a retry or a goto.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue
model was run on any of it, about photos no other set uses, all of gyms, fitness and health: a gym with
dumbbells and a bench, a yoga studio with mats, a marathon finish line, a hospital waiting room, a
dentist's chair, a physiotherapy session, a boxing ring, a spin class (two photos), a climbing gym wall, a
swimming pool with lane ropes, a school sports day, a pharmacy counter, a tennis coach on court and a row
of rowing machines. Sessions mostly have 3 to 7 edits, some with a correction, a retry or an edit made
after an undo beside an earlier one, one with a second upload, and `MOVED` turns come after an undo or a
goto (the current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): corrections of the last edit's thing, value,
action or place, each a sibling of the rejected edit ("I said the mat not the towel", "darker than that,
like charcoal", "i said remove them not blur them", "on the left side, not the right"); corrections of an
older round, redone from its parent when the person names that round as wrong, a new edit on the current
version when they want to keep what came after, a question when they leave that open or name a round that
did not do that; near misses between new requests that look like corrections ("and the towel too", "now
the other bench") and corrections that look like new requests ("red gloves would've been better");
comparisons in many wordings (by number, before and after, the two tries, the original next to this) and
near misses that show, go to or only talk; comparisons whose rounds do not exist or are ambiguous ("compare
with round 12", "compare the red ones" when three rounds made things red), answered in words, beside ones
that do resolve; and corrections right after an undo, a retry or a goto, where the rejected edit is not
the current round (`MOVED`, current round first). About a quarter of each family are near misses whose
right answer is another act: a weaker or stronger retry, an undo, a plain edit, a show, a goto, a question.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    STATUS,
    Dev,
    _compare,
    _edit,
    _fix,
    _fix_round,
    _goto,
    _retry,
    _show,
    with_moved,
)

GYM = (
    (None, None),
    (0, "make the bench red"),
    (1, "add a towel on the bench"),
    (2, "make the big dumbbell on the floor chrome"),
    (3, "remove the kettlebell by the mirror"),
)
"""A gym with dumbbells, a rack and a flat bench, with four edits, each on the one before."""
GYM_BENCH = GYM[:2]
"""The gym with only the bench edit."""
GYM_TOWEL = GYM[:3]
"""The gym with the bench and towel edits."""
GYM_DUMBBELL = GYM[:4]
"""The gym with three edits, the last the dumbbell."""
YOGA = (
    (None, None),
    (0, "make the mat in front purple"),
    (1, "add a plant by the window"),
    (2, "make the lighting warmer"),
    (3, "put a rolled towel on the mat"),
    (4, "make the towel teal"),
)
"""A yoga studio with rows of mats, with five edits, each on the one before."""
YOGA_PLANT = YOGA[:3]
"""The yoga studio with the mat and plant edits."""
YOGA_LIGHT = YOGA[:4]
"""The yoga studio with three edits, the last the warmer light."""
MARATHON = (
    (None, None),
    (0, "make the finish banner red"),
    (1, "add confetti in the air"),
    (2, "make the runner's shirt yellow"),
    (2, "make the runner's shirt navy"),
    (4, "blur the crowd behind the barriers"),
    (5, "make the clock on the gantry show 2:59:59"),
)
"""A marathon finish line; round 4 corrected round 3 (both from round 2), then two more edits."""
MARATHON_NAVY = MARATHON[:5]
"""The marathon up to the navy shirt correction."""
MARATHON_BLUR = MARATHON[:6]
"""The marathon up to the blurred crowd."""
WAITING = (
    (None, None),
    (0, "make the chairs blue"),
    (1, "remove the wet floor sign"),
    (2, "add a clock on the wall above the desk"),
)
"""A hospital waiting room with rows of chairs and a reception desk, with three edits."""
WAITING_CHAIRS = WAITING[:2]
"""The waiting room with only the chairs edit."""
DENTIST = (
    (None, None),
    (0, "make the dentist's chair mint green"),
    (1, "add a poster of teeth on the wall"),
    (2, "make the lamp over the chair brighter"),
    (3, "remove the tray of tools"),
)
"""A dentist's surgery with the chair, a lamp and a tray of tools, with four edits."""
DENTIST_SCRUBS = (*DENTIST, (4, "make the dentist's scrubs lilac"))
"""The dentist's surgery with a fifth edit, the scrubs."""
PHYSIO = (
    (None, None),
    (0, "make the resistance band red"),
    (1, "add a skeleton model in the corner"),
    (1, "add a skeleton model in the corner"),
    (3, "make the patient's t-shirt dark green"),
)
"""A physiotherapy session; round 3 is a retry of round 2 (both from round 1), then one more edit."""
PHYSIO_RETRY = PHYSIO[:4]
"""The physiotherapy session right after the skeleton retry."""
BOXING = (
    (None, None),
    (0, "make the ropes red"),
    (1, "make the boxer's gloves blue"),
    (2, "add a crowd in the dark behind the ring"),
    (3, "make the spotlight warmer"),
    (4, "put a championship belt on the corner post"),
)
"""A boxing ring with two boxers sparring, with five edits, each on the one before."""
BOXING_GLOVES = BOXING[:3]
"""The boxing ring with the ropes and gloves edits."""
SPIN = (
    (None, None),
    (0, "make the bikes neon green"),
    (1, "add disco lights on the ceiling"),
    (None, None),
    (3, "make the instructor's top pink"),
    (4, "add a towel on the handlebars of the front bike"),
    (5, "make the room darker"),
)
"""A spin class with two edits, then a second photo of the class (round 3) with three edits."""
SPIN_TOP = SPIN[:5]
"""The spin class up to the instructor's top on the second photo."""
SPIN_TOWEL = SPIN[:6]
"""The spin class up to the towel on the second photo."""
CLIMB = (
    (None, None),
    (0, "make the yellow holds orange"),
    (1, "add a climber near the top"),
    (2, "make the crash mat blue"),
    (3, "remove the rope on the left"),
    (4, "paint the wall light grey"),
)
"""A climbing gym wall with holds and a crash mat, with five edits, each on the one before."""
CLIMB_CLIMBER = CLIMB[:3]
"""The climbing wall with the holds and climber edits."""
CLIMB_MAT = CLIMB[:4]
"""The climbing wall with three edits, the last the crash mat."""
POOL = (
    (None, None),
    (0, "make the lane ropes red and white"),
    (1, "add a swimmer in lane 3"),
    (2, "make the water darker"),
    (2, "make the water more turquoise"),
    (4, "add a lifeguard chair on the right"),
)
"""A swimming pool with lane ropes; round 3 was undone and round 4 made from round 2 beside it."""
POOL_SWIMMER = POOL[:3]
"""The pool with the lane ropes and swimmer edits."""
SPORTSDAY = (
    (None, None),
    (0, "make the sky bluer"),
    (1, "add red bunting over the finish line"),
    (2, "make the sacks in the sack race red"),
    (3, "give the girl in front a gold medal"),
    (4, "remove the car in the car park"),
    (5, "make the relay batons red"),
    (6, "add a teacher with a whistle on the left"),
)
"""A school sports day on a field, with seven edits, three of them making things red."""
SPORTS_MEDAL = SPORTSDAY[:5]
"""The sports day up to the gold medal."""
SPORTS_CAR = SPORTSDAY[:6]
"""The sports day up to the removed car."""
PHARMACY = (
    (None, None),
    (0, "make the counter white"),
    (1, "remove the price stickers on the shelf"),
    (2, "make the green cross sign bigger"),
)
"""A pharmacy counter with shelves and a green cross sign, with three edits."""
TENNIS = (
    (None, None),
    (0, "make the court blue"),
    (1, "make the coach's cap white"),
    (2, "add a ball machine by the net"),
    (3, "add a basket of balls by the baseline"),
)
"""A tennis coach with a kid on court, with four edits, each on the one before."""
TENNIS_CAP = TENNIS[:3]
"""The tennis court with the court and cap edits."""
TENNIS_MACHINE = TENNIS[:4]
"""The tennis court up to the ball machine."""
ROWING = (
    (None, None),
    (0, "make the rowing machines black"),
    (1, "put a water bottle next to the middle machine"),
    (2, "make the screens show 500m"),
)
"""A row of rowing machines by a window, with three edits."""
ROWING_BOTTLE = ROWING[:3]
"""The rowing machines with the machines and bottle edits."""

CORRECTIONS: tuple[Dev, ...] = (
    # the thing: the right change made to the wrong thing, redone from the same parent
    (
        "I said the mat not the towel",
        False,
        YOGA,
        "correction",
        _fix("make the mat teal", "make the mat in front teal"),
    ),
    (
        "no, the other dumbbell, the one on the rack",
        False,
        GYM_DUMBBELL,
        "correction",
        _fix("make the dumbbell on the rack chrome", "make the other dumbbell on the rack chrome"),
    ),
    (
        "i ment the water bottle not the towel lol",
        False,
        GYM_TOWEL,
        "correction",
        _fix("add a water bottle on the bench"),
    ),
    ("not the coach, the kid hes teaching", False, TENNIS_CAP, "correction", _fix("make the kid's cap white")),
    (
        "ugh only the middle machine's screen, not all of them",
        False,
        ROWING,
        "correction",
        _fix("make the middle machine's screen show 500m", "make the screen of the middle machine show 500m"),
    ),
    (
        "erm it was the spit sink i wanted gone, the tray is fine",
        False,
        DENTIST,
        "correction",
        _fix("remove the spit sink"),
    ),
    ("lane 4 not lane 3!!", False, POOL_SWIMMER, "correction", _fix("add a swimmer in lane 4")),
    (
        "the boy in front, not the girl. he won the race",
        False,
        SPORTS_MEDAL,
        "correction",
        _fix("give the boy in front a gold medal"),
    ),
    (
        "her shorts i meant, the top was fine",
        False,
        SPIN_TOP,
        "correction",
        _fix("make the instructor's shorts pink"),
    ),
    ("not the crash mat, the wall", False, CLIMB_MAT, "correction", _fix("make the wall blue")),
    (
        "its the physio's shirt I wanted dark green, not the patients",
        False,
        PHYSIO,
        "correction",
        _fix("make the physio's polo shirt dark green", "make the physio's shirt dark green"),
    ),
    (
        "the clock on the left pillar, not the gantry one",
        False,
        MARATHON,
        "correction",
        _fix("make the clock on the left pillar show 2:59:59"),
    ),
    (
        "wrong bike. the one at the back with the red seat",
        False,
        SPIN_TOWEL,
        "correction",
        _fix(
            "add a towel on the handlebars of the bike at the back with the red seat",
            "add a towel on the handlebars of the back bike with the red seat",
        ),
    ),
    (
        "Sorry, my mistake: the batons are fine, I meant the cones should be red",
        False,
        SPORTSDAY[:7],
        "correction",
        _fix("make the cones red"),
    ),
    ("the bench by the window, not this one", False, GYM_BENCH, "correction", _fix("make the bench by the window red")),
    (
        "I asked for the chairs on the LEFT row only",
        False,
        WAITING_CHAIRS,
        "correction",
        _fix("make the chairs in the left row blue", "make the chairs on the left row blue"),
    ),
    # the value: the right thing, the wrong colour, amount or number
    (
        "darker than that, like charcoal",
        False,
        CLIMB,
        "correction",
        _fix("paint the wall charcoal", "paint the wall charcoal grey", "make the wall charcoal"),
    ),
    (
        "too blue, i said NAVY. almost black navy",
        False,
        MARATHON_NAVY,
        "correction",
        _fix("make the runner's shirt navy", "make the runner's shirt dark navy", "make the runner's shirt navy blue"),
    ),
    (
        "teal came out way too green, i want a proper turquoise",
        False,
        YOGA,
        "correction",
        _fix("make the towel turquoise"),
    ),
    (
        "lilac looks pink on her, go for a cool lavender",
        False,
        DENTIST_SCRUBS,
        "correction",
        _fix("make the dentist's scrubs lavender", "make the dentist's scrubs cool lavender"),
    ),
    (
        "should of been 3:01:12 on the clock",
        False,
        MARATHON,
        "correction",
        _fix("make the clock on the gantry show 3:01:12"),
    ),
    (
        "not 500, the screens should read 2000m",
        False,
        ROWING,
        "correction",
        _fix("make the screens show 2000m"),
    ),
    (
        "silver, not gold. she came second",
        False,
        SPORTS_MEDAL,
        "correction",
        _fix("give the girl in front a silver medal"),
    ),
    (
        "2 swimmers not 1, lane 3 and 4",
        False,
        POOL_SWIMMER,
        "correction",
        _fix("add two swimmers in lane 3 and 4", "add two swimmers in lanes 3 and 4", "add swimmers in lanes 3 and 4"),
    ),
    (
        "hmm i pictured the ropes blue and white, like olympics",
        False,
        POOL[:2],
        "correction",
        _fix("make the lane ropes blue and white"),
    ),
    (
        "blue was never the point lol, GREEN gloves",
        False,
        BOXING_GLOVES,
        "correction",
        _fix("make the boxer's gloves green"),
    ),
    (
        "mint was too pale, i said a deep mint",
        False,
        DENTIST[:2],
        "correction",
        _fix("make the dentist's chair deep mint green", "make the dentist's chair deep mint"),
    ),
    ("not confetti, streamers", False, MARATHON[:3], "correction", _fix("add streamers in the air")),
    (
        "orange is wrong, they should be purple like the gym logo",
        False,
        CLIMB[:2],
        "correction",
        _fix("make the yellow holds purple"),
    ),
    # the action: the right thing, the wrong kind of change
    (
        "i said remove them not blur them",
        False,
        MARATHON_BLUR,
        "correction",
        _fix("remove the crowd behind the barriers", "remove the crowd"),
    ),
    (
        "dont recolor them, replace them with mma gloves",
        False,
        BOXING_GLOVES,
        "correction",
        _fix("replace the boxer's gloves with mma gloves"),
    ),
    (
        "I wanted it moved onto the rack, not deleted",
        False,
        GYM,
        "correction",
        _fix("move the kettlebell by the mirror onto the rack", "move the kettlebell onto the rack"),
    ),
    (
        "dont remove it, just tidy it up pls",
        False,
        DENTIST,
        "correction",
        _fix("tidy up the tray of tools", "tidy the tray of tools"),
    ),
    (
        "don't delete the car!! just blur its number plate",
        False,
        SPORTS_CAR,
        "correction",
        _fix("blur the number plate of the car in the car park", "blur the car's number plate"),
    ),
    (
        "there's already a ball machine by the fence, I wanted that one moved to the net, not a new one",
        False,
        TENNIS_MACHINE,
        "correction",
        _fix("move the ball machine by the fence to the net", "move the ball machine to the net"),
    ),
    (
        "not brighter, I meant switch the lamp off",
        False,
        DENTIST[:4],
        "correction",
        _fix(
            "switch the lamp over the chair off",
            "turn off the lamp over the chair",
            "switch off the lamp over the chair",
        ),
    ),
    # the place: the right thing, put in the wrong spot
    (
        "other side. the right, next to the tent",
        False,
        SPORTSDAY,
        "correction",
        _fix("add a teacher with a whistle on the right next to the tent", "add a teacher with a whistle on the right"),
    ),
    ("the clock goes ON the desk, not on the wall", False, WAITING, "correction", _fix("add a clock on the desk")),
    (
        "put him lower, like halfway up",
        False,
        CLIMB_CLIMBER,
        "correction",
        _fix("add a climber halfway up", "add a climber halfway up the wall"),
    ),
    (
        "wrong post — the blue corner one",
        False,
        BOXING,
        "correction",
        _fix("put a championship belt on the blue corner post"),
    ),
    (
        "the lifeguard chair goes on the left, by the ladder",
        False,
        POOL,
        "correction",
        _fix("add a lifeguard chair on the left by the ladder"),
    ),
    (
        "next to the end machine by the window, not the middle one",
        False,
        ROWING_BOTTLE,
        "correction",
        _fix("put a water bottle next to the end machine by the window"),
    ),
    ("by the door pls not the window", False, YOGA_PLANT, "correction", _fix("add a plant by the door")),
    (
        "the poster should be on the ceiling above the chair, so patients see it lying down",
        False,
        DENTIST[:3],
        "correction",
        _fix("add a poster of teeth on the ceiling above the chair"),
    ),
    # right after a retry: the second try is rejected too, and corrected from the same parent
    (
        "still wrong, not in the corner — by the plinth",
        False,
        PHYSIO_RETRY,
        "correction",
        _fix("add a skeleton model by the plinth"),
    ),
    (
        "both tries missed it, I wanted a spine model not a whole skeleton",
        False,
        PHYSIO_RETRY,
        "correction",
        _fix("add a spine model in the corner"),
    ),
    (
        "nope, the band in his hands is the blue one, make THAT one red",
        False,
        PHYSIO[:2],
        "correction",
        _fix("make the blue resistance band in his hands red", "make the blue resistance band red"),
    ),
    # near misses: a weaker or stronger try, a new try, an undo, a question, nothing to act on
    ("i meant a LITTLE bigger", False, PHARMACY, "retry", _retry("weaker")),
    ("way more chrome, it barely changed", False, GYM_DUMBBELL, "retry", _retry("stronger")),
    ("teal is right, it just came out patchy. again pls", False, YOGA, "retry", _retry()),
    ("too dark now, dial it back a bit", False, MARATHON_NAVY, "retry", _retry("weaker")),
    ("no, I don't want a towel at all, go back to before the towel", False, YOGA, "goto", _goto(3)),
    ("scratch that, one step back", False, WAITING, "undo", _goto(2)),
    ("wrong one", False, BOXING, "clarify", ()),
    ("not that shade", False, YOGA, "clarify", ()),
    ("no i meant the", False, DENTIST, "clarify", ()),
    ("you did the left bench right? not the one by the window?", False, GYM_BENCH, "talk", ()),
    ("perfect, that's exactly the wall colour i meant", False, CLIMB, "talk", ()),
    ("the navy is right, leave it as it is", False, MARATHON_NAVY, "talk", ()),
    ("hmm ok, can the climber wave though", False, CLIMB_CLIMBER, "edit", _edit("make the climber wave")),
    ("the blue corner post too", False, BOXING, "edit", _edit("put a championship belt on the blue corner post")),
    (
        "ok and blur the number plate on the minibus",
        False,
        SPORTS_CAR,
        "edit",
        _edit("blur the number plate on the minibus"),
    ),
)
"""Corrections of the last edit's thing, value, action or place, and near misses."""

OLDER: tuple[Dev, ...] = (
    # the person names an older round as wrong: it is made again from its parent
    (
        "the bench in round 1 should have been black, not red",
        False,
        GYM,
        "correction",
        _fix_round(1, "make the bench black"),
    ),
    (
        "round 2's towel was meant to go on the floor, not on the bench",
        False,
        GYM,
        "correction",
        _fix_round(2, "add a towel on the floor"),
    ),
    (
        "the chairs should've been grey not blue — redo round 1",
        False,
        WAITING,
        "correction",
        _fix_round(1, "make the chairs grey"),
    ),
    (
        "in round 2 i asked for a plant by the window but i meant by the mirror",
        False,
        YOGA,
        "correction",
        _fix_round(2, "add a plant by the mirror"),
    ),
    (
        "redo the first edit, the mat should be sage green",
        False,
        YOGA,
        "correction",
        _fix_round(1, "make the mat in front sage green"),
    ),
    (
        "the banner in round 1 should have been blue",
        False,
        MARATHON,
        "correction",
        _fix_round(1, "make the finish banner blue"),
    ),
    (
        "round 2: gold confetti, not the multicolour stuff",
        False,
        MARATHON,
        "correction",
        _fix_round(2, "add gold confetti in the air"),
    ),
    (
        "go back and redo the band edit in yellow, round 1",
        False,
        PHYSIO,
        "correction",
        _fix_round(1, "make the resistance band yellow"),
    ),
    (
        "the ropes were supposed to be white. 1st edit",
        False,
        BOXING,
        "correction",
        _fix_round(1, "make the ropes white"),
    ),
    (
        "gloves in round 2 — I wanted red ones not blue, redo that",
        False,
        BOXING,
        "correction",
        _fix_round(2, "make the boxer's gloves red"),
    ),
    ("round 3 crash mat should have been green", False, CLIMB, "correction", _fix_round(3, "make the crash mat green")),
    (
        "round one was wrong, it's the green holds that should be orange",
        False,
        CLIMB,
        "correction",
        _fix_round(1, "make the green holds orange"),
    ),
    (
        "the ropes in the first edit should have been blue and white, pls redo it",
        False,
        POOL,
        "correction",
        _fix_round(1, "make the lane ropes blue and white"),
    ),
    (
        "round 2 the swimmer was meant for lane 5",
        False,
        POOL,
        "correction",
        _fix_round(2, "add a swimmer in lane 5"),
    ),
    (
        "the sacks were supposed to be blue in round 3, redo it from there",
        False,
        SPORTSDAY,
        "correction",
        _fix_round(3, "make the sacks in the sack race blue"),
    ),
    (
        "redo round 2 but with the poster of a smiling tooth instead",
        False,
        DENTIST,
        "correction",
        _fix_round(2, "add a poster of a smiling tooth on the wall"),
    ),
    (
        "The coach's cap in round 2 should have been black. Could you redo that round?",
        False,
        TENNIS,
        "correction",
        _fix_round(2, "make the coach's cap black"),
    ),
    (
        "rnd 2 the bottle shd be next to the first machine",
        False,
        ROWING,
        "correction",
        _fix_round(2, "put a water bottle next to the first machine"),
    ),
    (
        "the sky in round 1 was meant to be sunset orange, not just bluer",
        False,
        SPORTSDAY,
        "correction",
        _fix_round(1, "make the sky sunset orange"),
    ),
    (
        "the towel in round 5 should be on the saddle, not the handlebars",
        False,
        SPIN,
        "correction",
        _fix_round(5, "add a towel on the saddle of the front bike"),
    ),
    (
        "round 2's disco lights should've been purple lasers",
        False,
        SPIN,
        "correction",
        _fix_round(2, "add purple lasers on the ceiling"),
    ),
    (
        "round 3 should have been the lamp OFF, not brighter",
        False,
        DENTIST,
        "correction",
        _fix_round(
            3,
            "turn off the lamp over the chair",
            "switch off the lamp over the chair",
            "switch the lamp over the chair off",
        ),
    ),
    (
        "in round 2 the bottle was supposed to be a protein shaker",
        False,
        ROWING,
        "correction",
        _fix_round(2, "put a protein shaker next to the middle machine"),
    ),
    # the person wants the current version changed, keeping what came after: a new edit
    (
        "keep the sign gone and the clock, just make the chairs grey now",
        False,
        WAITING,
        "edit",
        _edit("make the chairs grey"),
    ),
    (
        "make the mat sage green on this version, dont lose the towel",
        False,
        YOGA,
        "edit",
        _edit("make the mat in front sage green", "make the mat sage green"),
    ),
    (
        "change the holds to pink on the current one, I like the grey wall",
        False,
        CLIMB,
        "edit",
        _edit("change the holds to pink", "make the holds pink", "make the orange holds pink"),
    ),
    (
        "love everything so far, only the medal should be silver now — on this one",
        False,
        SPORTSDAY,
        "edit",
        _edit("make the medal silver", "make the girl's medal silver", "make the girl in front's medal silver"),
    ),
    (
        "without undoing anything, make the ropes white",
        False,
        BOXING,
        "edit",
        _edit("make the ropes white"),
    ),
    (
        "the banner from earlier could be blue, just do it on top of this",
        False,
        MARATHON,
        "edit",
        _edit("make the finish banner blue", "make the banner blue"),
    ),
    # the last round after all: a plain correction
    (
        "round 3 has the wrong number, the screens should say 1000m",
        False,
        ROWING,
        "correction",
        _fix("make the screens show 1000m"),
    ),
    (
        "in round 4 the basket should be by the net",
        False,
        TENNIS,
        "correction",
        _fix("add a basket of balls by the net"),
    ),
    # left open, or the named round did not do that: one question
    ("the medal should have been silver", False, SPORTSDAY, "clarify", ()),
    ("the hat in round 2 should have been grey", False, BOXING, "clarify", ()),
    ("round 4's towel should be white", False, WAITING, "clarify", ()),
    ("the first one was wrong", False, DENTIST, "clarify", ()),
    ("one of the earlier edits was off, the colour was wrong", False, SPORTSDAY, "clarify", ()),
    ("the water edit — I meant lighter, not darker", False, POOL, "clarify", ()),
    ("fix round 9, the dog should be brown", False, GYM, "clarify", ()),
    ("redo round 0 in blue", False, PHARMACY, "clarify", ()),
    ("one of the rounds is wrong, list what i asked for in each", False, TENNIS, "history", HISTORY),
    ("remind me what all the rounds were before i fix one", False, CLIMB, "history", HISTORY),
    ("round 1 was perfect btw, the mat colour is spot on", False, YOGA, "talk", ()),
    ("round 1 should have been the floor not the machines, but meh, keep it", False, ROWING, "talk", ()),
    ("show me round 2 so i can check the towel", False, GYM, "show", _show(2)),
)
"""Corrections of an older round: made again from its parent, a new edit on this version, or a question."""

LOOKALIKES: tuple[Dev, ...] = (
    # new requests that sound like corrections: an edit on top of the current round
    ("and the towel too", False, GYM_BENCH, "edit", _edit("make the towel red")),
    ("now the other bench", False, GYM_BENCH, "edit", _edit("make the other bench red")),
    ("also make the mat blue", False, YOGA_LIGHT, "edit", _edit("make the mat blue", "make the mat in front blue")),
    ("the other boxer too pls", False, BOXING_GLOVES, "edit", _edit("make the other boxer's gloves blue")),
    ("same for her bike", False, SPIN_TOP, "edit", _edit("make the instructor's bike pink", "make her bike pink")),
    ("oh and lane 6 as well", False, POOL_SWIMMER, "edit", _edit("add a swimmer in lane 6")),
    (
        "the right wall too while ur at it",
        False,
        CLIMB,
        "edit",
        _edit("paint the right wall light grey", "make the right wall light grey"),
    ),
    (
        "another bottle by the last machine",
        False,
        ROWING_BOTTLE,
        "edit",
        _edit("put a water bottle next to the last machine", "put another water bottle next to the last machine"),
    ),
    ("the coach's shirt white as well", False, TENNIS_CAP, "edit", _edit("make the coach's shirt white")),
    (
        "and give the boy behind her a silver one",
        False,
        SPORTS_MEDAL,
        "edit",
        _edit("give the boy behind her a silver medal"),
    ),
    (
        "instead of just the top, can her leggings be pink too",
        False,
        SPIN_TOP,
        "edit",
        _edit("make the instructor's leggings pink", "make her leggings pink"),
    ),
    ("actually, also add a bin next to the counter", False, PHARMACY, "edit", _edit("add a bin next to the counter")),
    (
        "no wait one more thing — remove the posters behind the counter",
        False,
        PHARMACY,
        "edit",
        _edit("remove the posters behind the counter"),
    ),
    (
        "not bad. now the same blue on the reception desk",
        False,
        WAITING,
        "edit",
        _edit("make the reception desk blue"),
    ),
    ("I meant to also ask for a fan in the corner", False, GYM, "edit", _edit("add a fan in the corner")),
    (
        "sorry forgot, the bench needs a towel on it too",
        False,
        GYM_BENCH,
        "edit",
        _edit("add a towel on the bench", "put a towel on the bench"),
    ),
    (
        "should have mentioned, the patient needs a bib",
        False,
        DENTIST,
        "edit",
        _edit("give the patient a bib", "put a bib on the patient", "add a bib on the patient"),
    ),
    (
        "make the gloves red now",
        False,
        BOXING_GLOVES,
        "edit",
        _edit("make the boxer's gloves red", "make the gloves red"),
    ),
    ("make the screens show 2000m", False, ROWING, "edit", _edit("make the screens show 2000m")),
    (
        "correct the wonky horizon pls",
        False,
        TENNIS,
        "edit",
        _edit("correct the wonky horizon", "straighten the horizon"),
    ),
    (
        "the lines on the court look wrong, paint them yellow",
        False,
        TENNIS,
        "edit",
        _edit("paint the lines on the court yellow", "paint the court lines yellow"),
    ),
    ("fix the patient's posture, he's slouching", False, PHYSIO, "edit", _edit("fix the patient's posture")),
    (
        "undo the knot in the skipping rope on the floor",
        False,
        GYM,
        "edit",
        _edit("undo the knot in the skipping rope on the floor"),
    ),
    ("the dumbbell rack too, same red", False, GYM_BENCH, "edit", _edit("make the dumbbell rack red")),
    (
        "now one on the opposite post as well",
        False,
        BOXING,
        "edit",
        _edit("put a championship belt on the opposite corner post", "put a championship belt on the opposite post"),
    ),
    (
        "swap the ball machine for a ball cart now",
        False,
        TENNIS,
        "edit",
        _edit("swap the ball machine for a ball cart", "replace the ball machine with a ball cart"),
    ),
    # corrections that sound like new requests: the last edit made again from its parent
    (
        "make it the rack dumbbell instead",
        False,
        GYM_DUMBBELL,
        "correction",
        _fix("make the dumbbell on the rack chrome", "make the rack dumbbell chrome"),
    ),
    (
        "keep the cross sign its normal size and make the opening hours sign bigger instead",
        False,
        PHARMACY,
        "correction",
        _fix("make the opening hours sign bigger"),
    ),
    ("red gloves would've been better", False, BOXING_GLOVES, "correction", _fix("make the boxer's gloves red")),
    ("swimmer in lane 4 instead", False, POOL_SWIMMER, "correction", _fix("add a swimmer in lane 4")),
    (
        "teal would look better on the chairs than blue, redo it like that",
        False,
        WAITING_CHAIRS,
        "correction",
        _fix("make the chairs teal"),
    ),
    ("add the clock on the desk instead", False, WAITING, "correction", _fix("add a clock on the desk")),
    (
        "give the girl a silver medal, gold is too much",
        False,
        SPORTS_MEDAL,
        "correction",
        _fix("give the girl in front a silver medal", "give the girl a silver medal"),
    ),
    ("plant by the door then", False, YOGA_PLANT, "correction", _fix("add a plant by the door")),
    ("should say 2000m on the screens, not 500", False, ROWING, "correction", _fix("make the screens show 2000m")),
    (
        "put the towel on the bench by the mirror instead of that one",
        False,
        GYM_TOWEL,
        "correction",
        _fix("add a towel on the bench by the mirror"),
    ),
    (
        "change of plan: instead of a belt, hang a pair of gloves on the corner post",
        False,
        BOXING,
        "correction",
        _fix("hang a pair of gloves on the corner post"),
    ),
    (
        "a rolled mat, not a rolled towel",
        False,
        YOGA[:5],
        "correction",
        _fix("put a rolled mat on the mat", "put a rolled up mat on the mat"),
    ),
    # neither: too vague to act on, or only talk
    ("and that thing next to it", False, GYM_BENCH, "clarify", ()),
    ("also that", False, YOGA, "clarify", ()),
    ("the towel... or the mat, idk", False, YOGA, "clarify", ()),
    ("my coach said the bench should be red, and look, it is", False, GYM_BENCH, "talk", ()),
    ("I was going to ask for the mat in blue but nah", False, YOGA_LIGHT, "talk", ()),
    ("the kettlebell stays out, good call", False, GYM, "talk", ()),
)
"""New requests that look like corrections, corrections that look like new requests, and neither."""

COMPARE: tuple[Dev, ...] = (
    # two rounds side by side: by number, before and after, by what they show, the two tries
    ("side by side 2 and 4", False, GYM, "compare", _compare(2, 4)),
    ("before and after pls", False, GYM, "compare", _compare(0, 4)),
    ("put the original next to this", False, GYM, "compare", _compare(0, 4)),
    ("did the chrome dumbbell help? show before and after that one", False, GYM, "compare", _compare(2, 3)),
    ("which is better, this or the last one — show me both", False, YOGA, "compare", _compare(4, 5)),
    ("diff between the first edit and the latest", False, YOGA, "compare", _compare(1, 5)),
    ("plain towel vs teal towel plz", False, YOGA, "compare", _compare(4, 5)),
    (
        "is the warmer light actually better? show me before and after that change",
        False,
        YOGA,
        "compare",
        _compare(2, 3),
    ),
    ("round three vs round five?", False, YOGA, "compare", _compare(3, 5)),
    ("compare the two tries", False, PHYSIO, "compare", _compare(2, 3)),
    ("the two skeleton attempts, side by side", False, PHYSIO, "compare", _compare(2, 3)),
    ("first skeleton vs second skeleton, which one looks less creepy", False, PHYSIO_RETRY, "compare", _compare(2, 3)),
    ("yellow shirt vs navy shirt side by side", False, MARATHON, "compare", _compare(3, 4)),
    ("compare the finish line now with how it was originally", False, MARATHON, "compare", _compare(0, 6)),
    ("how does it look with the blurred crowd vs without", False, MARATHON, "compare", _compare(4, 5)),
    ("put 1 and 3 next to each other", False, WAITING, "compare", _compare(1, 3)),
    ("original vs now", False, WAITING, "compare", _compare(0, 3)),
    (
        "compare the version with the wet floor sign and the one without",
        False,
        WAITING,
        "compare",
        _compare(1, 2),
    ),
    ("lemme see the chair before it went mint next to the current one", False, DENTIST, "compare", _compare(0, 4)),
    ("Could you compare round 2 with round 4, please?", False, DENTIST, "compare", _compare(2, 4)),
    ("whats the difference between round 3 and round 4", False, DENTIST, "compare", _compare(3, 4)),
    ("ropes before/after", False, BOXING, "compare", _compare(0, 1)),
    ("show the crowd version beside the one without the crowd", False, BOXING, "compare", _compare(2, 3)),
    ("1 v 5", False, BOXING, "compare", _compare(1, 5)),
    ("before and after for this photo", False, SPIN, "compare", _compare(3, 6)),
    ("compare the two photos as i uploaded them", False, SPIN, "compare", _compare(0, 3)),
    ("this one vs the disco lights one from the first pic", False, SPIN, "compare", _compare(2, 6)),
    ("compare the wall before and after you painted it", False, CLIMB, "compare", _compare(4, 5)),
    ("round 2 and round 4 side-by-side, need to pick one for insta", False, CLIMB, "compare", _compare(2, 4)),
    ("diff between the very first pic and the latest", False, CLIMB, "compare", _compare(0, 5)),
    ("dark water vs turquoise water", False, POOL, "compare", _compare(3, 4)),
    ("compare the two water versions", False, POOL, "compare", _compare(3, 4)),
    ("before the car went and after, side by side", False, SPORTSDAY, "compare", _compare(4, 5)),
    ("compare round 2 and round 6", False, SPORTSDAY, "compare", _compare(2, 6)),
    ("stickers vs no stickers", False, PHARMACY, "compare", _compare(1, 2)),
    ("show original and latest together", False, PHARMACY, "compare", _compare(0, 3)),
    ("court before it was blue vs now", False, TENNIS, "compare", _compare(0, 4)),
    ("compare 3 to 4 real quick", False, TENNIS, "compare", _compare(3, 4)),
    ("the black machines vs the original ones", False, ROWING, "compare", _compare(0, 1)),
    ("side by side: current and previous", False, ROWING, "compare", _compare(2, 3)),
    ("Compare the sign before and after making it bigger.", False, PHARMACY, "compare", _compare(2, 3)),
    ("i wanna see how much the gloves changed, before vs after", False, BOXING_GLOVES, "compare", _compare(1, 2)),
    ("can i see the 2 shirt colours next to each other pls 🙏", False, MARATHON_BLUR, "compare", _compare(3, 4)),
    ("compara la original con esta por favor", False, ROWING, "compare", _compare(0, 3)),
    ("pls put this one next to the one before the rope went", False, CLIMB, "compare", _compare(3, 5)),
    ("whats changed since the original? show me both", False, TENNIS, "compare", _compare(0, 4)),
    ("show me 3 and 5 next to each other", False, CLIMB, "compare", _compare(3, 5)),
    ("hmm before the lifeguard chair vs after?", False, POOL, "compare", _compare(4, 5)),
    ("can you lay the first shirt try beside the correction", False, MARATHON, "compare", _compare(3, 4)),
    ("plz compare origional and latest", False, PHYSIO, "compare", _compare(0, 4)),
    ("split screen round 1 / round 4", False, TENNIS, "compare", _compare(1, 4)),
    # near misses: one round to look at, a move, a question answered in words
    ("show me 2", False, GYM, "show", _show(2)),
    ("go to 3", False, GYM, "goto", _goto(3)),
    ("go back to the first skeleton try", False, PHYSIO, "goto", _goto(2)),
    ("show me the yellow shirt one", False, MARATHON, "show", _show(3)),
    ("let me see round 1", False, BOXING, "show", _show(1)),
    ("take me back to the blue gloves one", False, BOXING, "goto", _goto(2)),
    ("show me the dark water one", False, POOL, "show", _show(3)),
    ("go to round 2", False, TENNIS, "goto", _goto(2)),
    ("just show me the original for a sec", False, DENTIST, "show", _show(0)),
    ("the previous one was better tbh", False, ROWING, "undo", _goto(2)),
    ("show me round 5", False, SPIN, "show", _show(5)),
    ("which round still had the tray in it?", False, DENTIST, "talk", ()),
    ("can you compare pictures?", False, GYM, "talk", ()),
    ("which one do u like more, 2 or 4?", False, GYM, "talk", ()),
    ("compare gym membership prices near me", False, GYM, "talk", ()),
    ("ok i compared them, keeping this one", False, CLIMB, "talk", ()),
    ("does the side by side view work on mobile?", False, POOL, "talk", ()),
    ("whats the difference between a retry and a correction?", False, PHYSIO, "talk", ()),
    ("is round 4 the one without the tray?", False, DENTIST, "talk", ()),
    ("show me how this differs from round 1, side by side", False, WAITING, "compare", _compare(1, 3)),
    ("what did the last edit change", False, WAITING, "status", STATUS),
    ("list all the versions", False, SPORTSDAY, "history", HISTORY),
)
"""Comparisons in many wordings, and near misses that show, go to or only talk."""

BAD_COMPARE: tuple[Dev, ...] = (
    # a round that does not exist, or two that cannot be told from the words: a plain answer or a question
    ("compare with round 12", False, WAITING, "clarify", ()),
    ("compare the red ones", False, SPORTSDAY, "clarify", ()),
    ("side by side 4 and 9", False, GYM, "clarify", ()),
    ("compare round 0 and round -2", False, YOGA, "clarify", ()),
    ("compare before the hat and now", False, BOXING, "clarify", ()),
    ("compare the two tries", False, GYM, "clarify", ()),
    ("compare it with the other photo", False, SPIN, "clarify", ()),
    ("compare the blue ones", False, BOXING, "clarify", ()),
    ("compare", False, TENNIS, "clarify", ()),
    ("put them side by side", False, DENTIST, "clarify", ()),
    ("compare this with my photo from last year", False, PHARMACY, "talk", ()),
    ("compare the version with the dog and the one without", False, POOL, "clarify", ()),
    ("compare round 3 and round 3", False, WAITING, "clarify", ()),
    ("compare the two navy versions", False, MARATHON, "clarify", ()),
    ("compare the original with round 8", False, SPORTSDAY, "clarify", ()),
    ("compare the last three", False, SPORTSDAY, "clarify", ()),
    ("compare all of them at once", False, GYM, "clarify", ()),
    ("side by side with the first photo", False, SPIN, "clarify", ()),
    ("compare before the mist and after", False, CLIMB, "clarify", ()),
    ("compare yesterday's one with today's", False, TENNIS, "clarify", ()),
    ("compare with the good one", False, ROWING, "clarify", ()),
    ("compare round 5 with round 4", False, DENTIST, "clarify", ()),
    ("compare the second photo with the third", False, SPIN, "clarify", ()),
    ("compare the two lane rope versions", False, POOL, "clarify", ()),
    ("compare 1 and 3 pls", False, ROWING_BOTTLE, "clarify", ()),
    ("can u compare?", False, SPORTSDAY, "clarify", ()),
    ("compare the ones where you changed colours", False, WAITING, "clarify", ()),
    ("compare the two skeleton tries and the original", False, PHYSIO, "clarify", ()),
    ("compare round 1 with round 1 of the other photo", False, SPIN, "clarify", ()),
    # near misses: the reference does resolve
    ("compare the towel ones", False, YOGA, "compare", _compare(4, 5)),
    ("compare the two shirt colours", False, MARATHON, "compare", _compare(3, 4)),
    ("compare the original with round 7", False, SPORTSDAY, "compare", _compare(0, 7)),
    ("compare the last two", False, SPORTSDAY, "compare", _compare(6, 7)),
    ("compare round 2 and the one after the bottle", False, ROWING, "compare", _compare(2, 3)),
    ("compare the chair before and after", False, DENTIST, "compare", _compare(0, 1)),
    ("compare it to how it looked before the red bunting", False, SPORTSDAY, "compare", _compare(1, 7)),
    ("compare the sacks before and after", False, SPORTSDAY, "compare", _compare(2, 3)),
    ("compare the dumbbell before and after going chrome", False, GYM, "compare", _compare(2, 3)),
    ("compare the bunting and the sacks", False, SPORTSDAY, "compare", _compare(2, 3)),
)
"""Comparisons whose rounds do not exist or are ambiguous, and ones that do resolve."""

R34B: tuple[Dev, ...] = (*CORRECTIONS, *OLDER, *LOOKALIKES, *COMPARE, *BAD_COMPARE)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # a correction right after an undo: the undone edit made again from its parent (the current round)
    (
        3,
        (
            "no wait, i didnt want it gone, i wanted the kettlebell moved to the rack",
            False,
            GYM,
            "correction",
            _fix_round(4, "move the kettlebell to the rack", "move the kettlebell by the mirror to the rack"),
        ),
    ),
    (
        3,
        (
            "i said remove the kettlebell by the DOOR, not the mirror",
            False,
            GYM,
            "correction",
            _fix_round(4, "remove the kettlebell by the door"),
        ),
    ),
    (
        4,
        (
            "undid it bc i meant the blocks, not the towel. teal blocks",
            False,
            YOGA,
            "correction",
            _fix_round(5, "make the blocks teal", "make the yoga blocks teal"),
        ),
    ),
    (
        3,
        (
            "meant a bolster not a towel",
            False,
            YOGA,
            "correction",
            _fix_round(4, "put a bolster on the mat", "put a rolled bolster on the mat"),
        ),
    ),
    (
        4,
        (
            "the crowd should be removed, not blurred",
            False,
            MARATHON,
            "correction",
            _fix_round(5, "remove the crowd behind the barriers", "remove the crowd"),
        ),
    ),
    (
        3,
        (
            "the t-shirt should be light grey not dark green",
            False,
            PHYSIO,
            "correction",
            _fix_round(4, "make the patient's t-shirt light grey"),
        ),
    ),
    (
        4,
        (
            "wrong post, I meant the one in the blue corner",
            False,
            BOXING,
            "correction",
            _fix_round(5, "put a championship belt on the blue corner post"),
        ),
    ),
    (
        4,
        (
            "light grey was too light, go charcoal",
            False,
            CLIMB,
            "correction",
            _fix_round(5, "paint the wall charcoal", "paint the wall charcoal grey"),
        ),
    ),
    (
        6,
        (
            "teacher goes on the right by the tent",
            False,
            SPORTSDAY,
            "correction",
            _fix_round(
                7, "add a teacher with a whistle on the right by the tent", "add a teacher with a whistle on the right"
            ),
        ),
    ),
    (
        3,
        (
            "not remove it, i wanted the tray pushed to the side",
            False,
            DENTIST,
            "correction",
            _fix_round(4, "push the tray of tools to the side", "move the tray of tools to the side"),
        ),
    ),
    (
        2,
        (
            "the lamp should be dimmer, not brighter",
            False,
            DENTIST,
            "correction",
            _fix_round(3, "make the lamp over the chair dimmer"),
        ),
    ),
    (
        2,
        (
            "no, i wanted the clock on the desk, thats why i undid it",
            False,
            WAITING,
            "correction",
            _fix_round(3, "add a clock on the desk"),
        ),
    ),
    (
        3,
        (
            "the basket goes by the net, not the baseline",
            False,
            TENNIS,
            "correction",
            _fix_round(4, "add a basket of balls by the net"),
        ),
    ),
    (
        2,
        (
            "the screens should say 1000m not 500m",
            False,
            ROWING,
            "correction",
            _fix_round(3, "make the screens show 1000m"),
        ),
    ),
    (2, ("I said a LITTLE bigger", False, PHARMACY, "retry", (("retry_edit", {"round": 3, "strength": "weaker"}),))),
    # a correction after a goto: the rejected edit is further along, or a sibling of the current round
    (
        1,
        (
            "the dumbbell should've been the one on the rack",
            False,
            GYM,
            "correction",
            _fix_round(3, "make the dumbbell on the rack chrome"),
        ),
    ),
    (
        1,
        (
            "the plant was supposed to go by the door",
            False,
            YOGA,
            "correction",
            _fix_round(2, "add a plant by the door"),
        ),
    ),
    (
        2,
        (
            "the runner's shirt should've been white, neither of those",
            False,
            MARATHON,
            "correction",
            _fix_round(4, "make the runner's shirt white"),
        ),
    ),
    (
        3,
        (
            "ok not yellow either, try red",
            False,
            MARATHON,
            "correction",
            _fix("make the runner's shirt red"),
        ),
    ),
    (
        1,
        (
            "wrong gloves, meant the boxer in the red shorts",
            False,
            BOXING,
            "correction",
            _fix_round(
                2, "make the gloves of the boxer in the red shorts blue", "make the red shorts boxer's gloves blue"
            ),
        ),
    ),
    (
        1,
        (
            "not next to the middle one, next to the first machine",
            False,
            ROWING,
            "correction",
            _fix_round(2, "put a water bottle next to the first machine"),
        ),
    ),
    (
        5,
        (
            "the pink was meant for her bike not her top",
            False,
            SPIN,
            "correction",
            _fix_round(4, "make the instructor's bike pink", "make her bike pink"),
        ),
    ),
    (
        2,
        (
            "the lifeguard chair should be on the left",
            False,
            POOL,
            "correction",
            _fix_round(5, "add a lifeguard chair on the left"),
        ),
    ),
    # a correction of the round gone back to (the first of two tries, or an older edit)
    (
        2,
        (
            "neither try is right, not in the corner — by the plinth",
            False,
            PHYSIO,
            "correction",
            _fix("add a skeleton model by the plinth"),
        ),
    ),
    (
        2,
        (
            "the climber should be lower, halfway",
            False,
            CLIMB,
            "correction",
            _fix("add a climber halfway up", "add a climber halfway up the wall"),
        ),
    ),
    (
        2,
        (
            "the towel should have been white, not teal",
            False,
            YOGA,
            "correction",
            _fix_round(5, "make the towel white"),
        ),
    ),
    (
        5,
        (
            "the teacher was meant to be on the right",
            False,
            SPORTSDAY,
            "correction",
            _fix_round(7, "add a teacher with a whistle on the right"),
        ),
    ),
    (0, ("the bench should have been black", False, GYM, "correction", _fix_round(1, "make the bench black"))),
    # comparisons and looks from an older round
    (1, ("compare the two tries", False, PHYSIO, "compare", _compare(2, 3))),
    (3, ("compare this with the belt one", False, BOXING, "compare", _compare(3, 5))),
    (3, ("before and after", False, CLIMB, "compare", _compare(0, 3))),
    (3, ("put this next to the final one", False, CLIMB, "compare", _compare(3, 5))),
    (1, ("compare where i am with the turquoise water", False, POOL, "compare", _compare(1, 4))),
    (3, ("compare this with the latest", False, SPORTSDAY, "compare", _compare(3, 7))),
    (4, ("compare this photo before and after", False, SPIN, "compare", _compare(3, 4))),
    (1, ("compare with the second photo's latest", False, SPIN, "compare", _compare(1, 6))),
    (1, ("compare this and the newest one", False, WAITING, "compare", _compare(1, 3))),
    (0, ("ok thats the original, now put it next to the last version", False, TENNIS, "compare", _compare(0, 4))),
    (2, ("compare this with the one i just undid", False, ROWING, "compare", _compare(2, 3))),
    (2, ("compare the 2 water versions", False, POOL, "compare", _compare(3, 4))),
    (4, ("show me the one i just undid", False, POOL, "show", _show(5))),
    (1, ("show me the poster one", False, DENTIST, "show", _show(2))),
    # near misses: a redo, a move, a plain edit from here, a question
    (3, ("and make the mirror cleaner", False, GYM, "edit", _edit("make the mirror cleaner"))),
    (3, ("stronger please, the dumbbell barely shines", False, GYM, "retry", _retry("stronger"))),
    (4, ("bring back the teal towel", False, YOGA, "redo", _goto(5))),
    (2, ("redo it", False, TENNIS, "redo", _goto(3))),
    (1, ("go forward one", False, DENTIST, "redo", _goto(2))),
    (2, ("which round is this again", False, WAITING, "status", STATUS)),
    (2, ("the lifeguard chair should be on the left... or maybe not, let me think", False, POOL, "talk", ())),
    (1, ("wrong one", False, BOXING, "clarify", ())),
    (4, ("compare with round 10", False, CLIMB, "clarify", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r34b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R34B`, then the moved ones)."""
    return with_moved(R34B, "r34b", MOVED, "r34b_moved")
