"""Round 36, set c: retry, undo, redo and corrections after moving around the session, when the current
round is often not the newest one.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue
model was run on any of it, about photos no other set uses, all of trains, trams, stations and road
trips: a steam locomotive getting up steam at a heritage line, a red-liveried tram in the rain on a
cobbled street, a subway platform with a cracked tiled wall, a station clock hall with iron beams, a
sleeper car cabin with a folded bunk, a mountain railway bridge over a valley, a camper van at a
coastal lookout, a petrol station at night under a neon canopy, a toll booth on a mountain pass, a
roadside motel sign, a level crossing on a farm road and a freight yard with stacked containers.
Sessions have 0 to 7 edits, some with a retry or a correction beside the first try, an edit made after
an undo, or a second photo; many turns come after an undo, a goto or a show (`MOVED`: the current round,
first of each pair, is an older one).

Five families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): "try again", "another one", "once more", "new
seed pls", "again but stronger" in each of those states (a new try of the edit meant, the one undone when
it is the only one, a question when it is honestly unclear which edit is meant); undo and redo ("undo
again", "undo undo undo", "bring back what you undid", redo with nothing to redo); corrections after a
goto back to the round that made the edit, after an undo of it or after a retry, redone from the
edit's parent; going back and forward by steps ("forward one", "back two", "the next one", "the
latest") to the exact rounds, with a plain answer for steps the session does not have; and near
misses with the same words that are plain edits or talk ("make the tram look brand new again", "give
the tram another coat of paint", "is redo possible?", "put the station clock forward an hour"). About a
quarter of each family are near misses whose right answer is another act. The cases have the
development set's format (`Dev`: turn, photo, state, act, calls).
"""

from __future__ import annotations

from typing import Any

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    STATUS,
    UPLOAD,
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


def _retry_round(index: int, strength: str | None = None) -> tuple[tuple[str, dict[str, Any]], ...]:
    """Another try of round `index` (not the current one) from its parent, stronger or weaker when given."""
    args: dict[str, Any] = {"round": index}
    if strength:
        args["strength"] = strength
    return (("retry_edit", args),)


LOCO = ((None, None), (0, "paint the locomotive's boiler green"))
"""A steam locomotive getting up steam at a heritage line's platform, with one edit."""
LOCO4 = (
    *LOCO,
    (1, "add more steam from the chimney"),
    (2, "put a driver waving from the cab"),
    (3, "make the sky a sunset"),
)
"""The steam locomotive with four edits, each on the one before."""
TRAM = ((None, None), (0, "paint the tram red"))
"""A tram in the rain on a cobbled street, its windows fogged, with one edit."""
TRAM_RETRIED = (*TRAM, (0, "paint the tram red"))
"""The tram after a retry: round 2 is a second try of round 1, from the original."""
TRAM3 = (*TRAM, (1, "add reflections on the wet cobbles"), (2, "give the woman at the stop a yellow umbrella"))
"""The tram in the rain with three edits, each on the one before."""
SUBWAY = ((None, None), (0, "remove the litter from the platform"), (1, "make the wall tiles white"))
"""A subway platform with a cracked tiled wall, with two edits."""
SUBWAY_FIXED = (*SUBWAY, (1, "make the wall tiles blue"))
"""The subway platform after a correction: round 3 (blue tiles) was made from round 1, beside round 2."""
CLOCKHALL = (
    (None, None),
    (0, "make the big clock's face glow"),
    (1, "add pigeons on the iron beams"),
    (2, "make the floor polished marble"),
    (3, "add travellers with suitcases"),
    (4, "make the light golden"),
)
"""A station clock hall with iron beams and a departure board, with five edits, each on the one before."""
SLEEPER = ((None, None), (0, "make the bunk blanket tartan"))
"""A sleeper car cabin with a folded bunk and a little table, with one edit."""
SLEEPER_BRANCH = (*SLEEPER, (0, "put a teddy bear on the pillow"))
"""The sleeper cabin after an undo: round 2 (the teddy) was made from the original, beside round 1."""
BRIDGE = (
    (None, None),
    (0, "add a red train crossing the bridge"),
    (1, "make the valley misty"),
    (2, "add snow on the peaks"),
)
"""A mountain railway bridge over a deep valley, with three edits, each on the one before."""
BRIDGE_RETRIED = (*BRIDGE, (2, "add snow on the peaks"))
"""The railway bridge after a retry of the snow: rounds 3 and 4 are two tries from round 2."""
CAMPER = (
    (None, None),
    (0, "paint the camper van mint green"),
    (1, "add a surfboard on the roof"),
    (2, "make the sky clear blue"),
    (3, "add a dog sitting by the van"),
    (4, "put fairy lights on the awning"),
    (5, "remove the rubbish bin"),
    (6, "make the sea sparkle"),
)
"""A camper van at a coastal lookout, with seven edits, each on the one before."""
PETROL = ((None, None), (0, "make the canopy lights pink"), (1, "add a vintage car at the pump"))
"""A petrol station at night under a neon canopy, with two edits."""
AFTER_PETROL = (*PETROL, (None, None))
"""The petrol station session, then a second photo with no edit yet."""
TOLL = ((None, None), (0, "lift the barrier at the toll booth"))
"""A toll booth on a mountain pass with its barrier down, with one edit."""
TOLL3 = (*TOLL, (0, "lift the barrier at the toll booth"), (0, "lift the barrier at the toll booth"))
"""The toll booth after two retries: rounds 1 to 3 are three tries from the original."""
TOLL_THEN_MOTEL = (*TOLL, (None, None), (2, "make the motel sign's letters red"))
"""The toll booth with one edit, then a second photo, a roadside motel sign, with one edit."""
MOTEL = ((None, None), (0, "make the motel sign's letters red"))
"""A roadside motel sign at dusk, with one edit."""
MOTEL_FIX = (*MOTEL, (0, "make the motel sign's letters orange"))
"""The motel sign after a correction: round 2 (orange) was made from the original, beside round 1."""
MOTEL_ON = (*MOTEL_FIX, (2, "add a pickup truck under the sign"))
"""The corrected motel sign with an edit on top of the orange letters."""
CROSSING = ((None, None), (0, "make the crossing lights flash red"), (1, "add a tractor waiting at the barrier"))
"""A level crossing on a farm road, with two edits."""
CROSSING_LIGHTS = CROSSING[:2]
"""The level crossing with only the lights edit."""
CROSSING_BRANCH = (*CROSSING, (1, "add a cyclist waiting at the barrier"))
"""The level crossing after an undo: round 3 (the cyclist) was made from round 1, beside the tractor."""
FREIGHT = (
    (None, None),
    (0, "make the containers rusty orange"),
    (1, "add a crane lifting a container"),
    (2, "make it dusk"),
)
"""A freight yard with stacked containers and a locked gate, with three edits, each on the one before."""
AFTER_LOCO = (*LOCO4, (None, None))
"""The steam locomotive's four edits, then a second photo with no edit yet."""

RETRIES: tuple[Dev, ...] = (
    # a new try of the last edit, the current round the newest
    ("try again pls, that sunset looks painted on", False, LOCO4, "retry", _retry()),
    ("one more go at the tram?", False, TRAM_RETRIED, "retry", _retry()),
    ("4th time lucky... another one", False, TOLL3, "retry", _retry()),
    ("new seed pls", False, BRIDGE, "retry", _retry()),
    ("reroll the snow, its patchy", False, BRIDGE_RETRIED, "retry", _retry()),
    ("again but stronger, the blue is barely there", False, SUBWAY_FIXED, "retry", _retry("stronger")),
    ("again w a different seed, the car looks melted", False, PETROL, "retry", _retry()),
    ("once more but go easier on the gold", False, CLOCKHALL, "retry", _retry("weaker")),
    ("hmm that teddy looks kinda creepy. another one?", False, SLEEPER_BRANCH, "retry", _retry()),
    ("gimme another version of the cyclist", False, CROSSING_BRANCH, "retry", _retry()),
    ("do the dusk again, way darker this time", False, FREIGHT, "retry", _retry("stronger")),
    ("orange again but punchier", False, MOTEL_FIX, "retry", _retry("stronger")),
    ("the lights r barely flashing lol. once more, harder", False, CROSSING_LIGHTS, "retry", _retry("stronger")),
    ("try the tartan again pls 🙏", False, SLEEPER, "retry", _retry()),
    ("Could you please generate it once more? The steam is patchy.", False, LOCO4[:3], "retry", _retry()),
    ("another one, less sparkly this time", False, CAMPER, "retry", _retry("weaker")),
    ("meh. new seed, same everything", False, TRAM3, "retry", _retry()),
    ("again", False, CAMPER, "retry", _retry()),
    ("run it again, the umbrella came out green somehow", False, TRAM3, "retry", _retry()),
    ("same prompt, new roll", False, MOTEL_ON, "retry", _retry()),
    ("retry w a stronger effect pls", False, SUBWAY, "retry", _retry("stronger")),
    ("one more time pls the crane looks like its melting", False, FREIGHT[:3], "retry", _retry()),
    ("give it another shot, the barrier is still half down", False, TOLL, "retry", _retry()),
    ("eh too strong, redo it softer", False, MOTEL, "retry", _retry("weaker")),
    ("again plz, the pickup is floating", False, MOTEL_ON, "retry", _retry()),
    ("try it again, the train is wonky", False, BRIDGE[:2], "retry", _retry()),
    ("roll again but a tad subtler", False, TOLL_THEN_MOTEL, "retry", _retry("weaker")),
    ("ANOTHER ONE", False, CROSSING, "retry", _retry()),
    ("one more try, different seed, it's close", False, TRAM, "retry", _retry()),
    ("i want another version of this pls", False, SLEEPER, "retry", _retry()),
    # near misses: nothing to retry on this photo, another thing asked for, or talk
    ("try again", False, AFTER_PETROL, "clarify", ()),
    ("new seed pls 🙏", False, AFTER_LOCO, "clarify", ()),
    ("another one pls", False, UPLOAD, "clarify", ()),
    ("once more with feeling", False, UPLOAD, "clarify", ()),
    ("more steam", False, LOCO4, "edit", _edit("more steam", "add more steam")),
    ("redo the sunset but as a sunrise", False, LOCO4, "correction", _fix("make the sky a sunrise")),
    (
        "stronger headlights on the vintage car",
        False,
        PETROL,
        "edit",
        _edit(
            "stronger headlights on the vintage car",
            "make the headlights on the vintage car stronger",
            "make the vintage car's headlights stronger",
        ),
    ),
    (
        "another dog pls, on the other side of the van",
        False,
        CAMPER,
        "edit",
        _edit("add another dog on the other side of the van"),
    ),
    ("brb, ill try again after my train gets in", False, LOCO4, "talk", ()),
    ("does a new seed give a totally different pic?", False, TOLL3, "talk", ()),
    ("thats a keeper, no need to try again", False, TOLL3, "talk", ()),
    ("new seed, stronger", False, FREIGHT[:2], "retry", _retry("stronger")),
)
"""Retries of the newest round's edit, stronger or weaker, and turns with the same words that are not."""

UNDO_REDO: tuple[Dev, ...] = (
    # undo from the newest round: the current round's parent, or several steps
    ("undo", False, LOCO4, "undo", _goto(3)),
    ("undo undo undo", False, CAMPER, "undo", _goto(4)),
    ("undo again", False, TRAM3, "undo", _goto(2)),
    ("ctrl z x2", False, FREIGHT, "undo", _goto(1)),
    ("nah take that back", False, TOLL_THEN_MOTEL, "undo", _goto(2)),
    ("undo the last two", False, CLOCKHALL, "undo", _goto(3)),
    ("scrap the cyclist", False, CROSSING_BRANCH, "undo", _goto(1)),
    ("the previous one was nicer tbh", False, FREIGHT, "undo", _goto(2)),
    ("undo x3", False, BRIDGE, "undo", _goto(0)),
    ("undo that and the one before", False, PETROL, "undo", _goto(0)),
    ("put it back how it was pls", False, SLEEPER_BRANCH, "undo", _goto(0)),
    ("nope. revert", False, TOLL3, "undo", _goto(0)),
    ("revert revert", False, MOTEL_ON, "undo", _goto(0)),
    ("undo and undo again", False, TRAM3, "undo", _goto(1)),
    ("undo the snow", False, BRIDGE_RETRIED, "undo", _goto(2)),
    ("lose the golden light, it looks like a filter", False, CLOCKHALL, "undo", _goto(4)),
    ("uhh can u undo that last thing", False, MOTEL_FIX, "undo", _goto(0)),
    ("Undo please, the tiles look like a swimming pool now.", False, SUBWAY_FIXED, "undo", _goto(1)),
    ("undo", False, CAMPER[:3], "undo", _goto(1)),
    ("go back 1 step thx", False, SLEEPER, "undo", _goto(0)),
    ("undo undo", False, CROSSING_BRANCH, "undo", _goto(0)),
    ("that made it worse, undo", False, LOCO4[:3], "undo", _goto(1)),
    ("undo, the crane is hovering", False, FREIGHT[:3], "undo", _goto(1)),
    # nothing to undo or redo: a plain answer
    ("redo pls", False, LOCO4, "talk", ()),
    ("bring back what you undid", False, TRAM3, "talk", ()),
    ("redo?", False, TOLL, "talk", ()),
    ("undo pls", False, UPLOAD, "talk", ()),
    ("undo", False, AFTER_PETROL, "clarify", ()),
    ("undo x4", False, BRIDGE, "clarify", ()),
    ("redo redo", False, SUBWAY, "talk", ()),
    # near misses: edits with the same verbs, and questions about undo and redo
    ("undo the padlock on the gate", False, FREIGHT, "edit", _edit("undo the padlock on the gate")),
    ("unhook the last wagon", False, FREIGHT, "edit", _edit("unhook the last wagon")),
    ("what does undo do exactly?", False, LOCO4, "talk", ()),
    ("is redo possible after i add something new?", False, CROSSING, "talk", ()),
    ("can i undo more than one step at a time", False, TRAM3, "talk", ()),
    ("roll the awning back in", False, CAMPER, "edit", _edit("roll the awning back in")),
)
"""Undo and redo from the newest round, with nothing to redo, and edits or questions with the same words."""

CORRECTIONS: tuple[Dev, ...] = (
    # a correction of the newest round's edit, redone from its parent
    ("no i meant the tender", False, LOCO, "correction", _fix("paint the locomotive's tender green")),
    ("not the tram, the tram stop", False, TRAM, "correction", _fix("paint the tram stop red")),
    (
        "umbrella shouldve been orange",
        False,
        TRAM3,
        "correction",
        _fix("give the woman at the stop an orange umbrella"),
    ),
    ("cream, not white", False, SUBWAY, "correction", _fix("make the wall tiles cream")),
    ("no wait the floor tiles", False, SUBWAY_FIXED, "correction", _fix("make the floor tiles blue")),
    (
        "not a tractor. a horse and cart",
        False,
        CROSSING,
        "correction",
        _fix("add a horse and cart waiting at the barrier"),
    ),
    ("i meant amber not red", False, CROSSING_LIGHTS, "correction", _fix("make the crossing lights flash amber")),
    ("no not dusk, dawn", False, FREIGHT, "correction", _fix("make it dawn")),
    ("sunrise*", False, LOCO4, "correction", _fix("make the sky a sunrise")),
    ("teddy -> toy train", False, SLEEPER_BRANCH, "correction", _fix("put a toy train on the pillow")),
    ("ugh i meant the pillow not the blanket", False, SLEEPER, "correction", _fix("make the pillow tartan")),
    ("teal instead", False, MOTEL_FIX, "correction", _fix("make the motel sign's letters teal")),
    ("no, lower it, i want it closed", False, TOLL, "correction", _fix("lower the barrier at the toll booth")),
    ("fog not mist", False, BRIDGE[:3], "correction", _fix("make the valley foggy")),
    ("a blue train not a red one", False, BRIDGE[:2], "correction", _fix("add a blue train crossing the bridge")),
    ("not mint, sky blue", False, CAMPER[:2], "correction", _fix("paint the camper van sky blue")),
    (
        "wrong one, i meant the snow on the bridge not the peaks",
        False,
        BRIDGE_RETRIED,
        "correction",
        _fix("add snow on the bridge"),
    ),
    (
        "the tries were both meh, do it in burgundy instead",
        False,
        TRAM_RETRIED,
        "correction",
        _fix("paint the tram burgundy"),
    ),
    ("a trailer not a pickup", False, MOTEL_ON, "correction", _fix("add a trailer under the sign")),
    (
        "no no the letters of the motel sign, make them green",
        False,
        TOLL_THEN_MOTEL,
        "correction",
        _fix("make the motel sign's letters green"),
    ),
    # near misses: nothing to correct, an edit of another thing, or talk
    ("no, i meant the platform clock", False, UPLOAD, "clarify", ()),
    ("the tender too", False, LOCO, "edit", _edit("paint the locomotive's tender green")),
    ("now the chimney", False, LOCO, "edit", _edit("paint the locomotive's chimney green")),
    ("no, leave the boiler, it's fine. thanks", False, LOCO, "talk", ()),
    ("i meant to say thanks earlier, this is great", False, CROSSING, "talk", ()),
    ("wrong? no its right, keep it", False, TRAM, "talk", ()),
    (
        "green for the cab roof too pls",
        False,
        LOCO,
        "edit",
        _edit("paint the locomotive's cab roof green", "make the cab roof green", "green for the cab roof"),
    ),
    ("not sure thats what i meant... lemme think", False, MOTEL, "talk", ()),
)
"""Corrections of the newest round's edit, and turns that sound like one but are not."""

STEPS: tuple[Dev, ...] = (
    # steps back from the newest round, along the line of parents
    ("back two", False, CAMPER, "undo", _goto(5)),
    ("back one step", False, FREIGHT, "undo", _goto(2)),
    ("two steps back pls", False, CLOCKHALL, "undo", _goto(3)),
    ("back 3 from here", False, LOCO4, "undo", _goto(1)),
    ("the one before the previous", False, FREIGHT, "undo", _goto(1)),
    ("back two", False, MOTEL_ON, "undo", _goto(0)),
    ("one step back", False, CROSSING_BRANCH, "undo", _goto(1)),
    ("two back", False, CROSSING_BRANCH, "undo", _goto(0)),
    ("step back twice", False, SUBWAY_FIXED, "undo", _goto(0)),
    ("2 steps back is too much, just 1", False, FREIGHT[:3], "undo", _goto(1)),
    ("back 4", False, CAMPER, "undo", _goto(3)),
    ("three back", False, CLOCKHALL, "undo", _goto(2)),
    # nothing ahead, or more steps than the session has: a plain answer
    ("forward one", False, LOCO4, "talk", ()),
    ("the next one", False, CAMPER, "talk", ()),
    ("the latest pls", False, TRAM3, "talk", ()),
    ("back five", False, BRIDGE, "clarify", ()),
    ("back 2", False, TOLL_THEN_MOTEL, "clarify", ()),
    # near misses: forward, back and next as words of an edit, or talk
    ("put the station clock forward an hour", False, CLOCKHALL, "edit", _edit("put the station clock forward an hour")),
    (
        "move the van back a bit",
        False,
        CAMPER,
        "edit",
        _edit("move the van back a bit", "move the camper van back a bit"),
    ),
    ("forward this pic to my sister", False, TRAM3, "talk", ()),
    (
        "make the departure board show the next train to york",
        False,
        CLOCKHALL,
        "edit",
        _edit("make the departure board show the next train to york"),
    ),
    ("turn the clock hands back to noon", False, CLOCKHALL, "edit", _edit("turn the clock hands back to noon")),
    ("the latest teslas would look so wrong at a pump like that haha", False, PETROL, "talk", ()),
)
"""Steps back from the newest round, steps the session does not have, and edits or talk with step words."""

NEAR_MISSES: tuple[Dev, ...] = (
    # plain edits and talk with the words of a retry, an undo or a redo
    (
        "can you make the tram look brand new again",
        False,
        TRAM3,
        "edit",
        _edit("make the tram look brand new again", "make the tram look brand new"),
    ),
    (
        "try a brighter red",
        False,
        TRAM,
        "correction",
        _fix("paint the tram a brighter red", "paint the tram brighter red", "paint the tram bright red"),
    ),
    ("give the tram another coat of paint", False, TRAM3, "edit", _edit("give the tram another coat of paint")),
    ("is redo possible?", False, LOCO4, "talk", ()),
    ("what does undo do?", False, CAMPER, "talk", ()),
    ("try again tomorrow maybe, gotta run 🚆", False, FREIGHT, "talk", ()),
    ("does trying again cost credits?", False, TOLL3, "talk", ()),
    (
        "put another cup of tea on the little table",
        False,
        SLEEPER,
        "edit",
        _edit("put another cup of tea on the little table"),
    ),
    (
        "weaker rain on the windows pls",
        False,
        TRAM,
        "edit",
        _edit("weaker rain on the windows", "make the rain on the windows weaker", "less rain on the windows"),
    ),
    (
        "redo the line markings on the road, theyre faded",
        False,
        CAMPER,
        "edit",
        _edit("redo the line markings on the road", "repaint the line markings on the road"),
    ),
    (
        "reverse the camper van closer to the edge",
        False,
        CAMPER,
        "edit",
        _edit("reverse the camper van closer to the edge"),
    ),
    ("make it look new again", False, LOCO4, "clarify", ()),
    ("can redo bring back something from 3 steps ago?", False, CLOCKHALL, "talk", ()),
    ("undo is my best friend lol", False, MOTEL_FIX, "talk", ()),
    ("thanks again!!", False, CAMPER, "talk", ()),
    ("same again for this pic pls", True, (*TOLL, (None, None)), "edit", _edit("lift the barrier at the toll booth")),
    (
        "do the red letters again on this one",
        True,
        (*MOTEL, (None, None)),
        "edit",
        _edit("make the motel sign's letters red"),
    ),
    ("here's the same tram from the other side", True, (*TRAM, (None, None)), "caption", ()),
    ("another shot of the yard, at noon this time", True, (*FREIGHT, (None, None)), "caption", ()),
    (
        "make the rust come back on the wheels",
        False,
        LOCO,
        "edit",
        _edit("make the rust come back on the wheels", "put the rust back on the wheels"),
    ),
    ("once more the whole thing? nah, forget it", False, BRIDGE, "talk", ()),
    (
        "add one more container on the top of the stack",
        False,
        FREIGHT,
        "edit",
        _edit("add one more container on the top of the stack", "add one more container on top of the stack"),
    ),
)
"""Edits, captions and talk whose words sound like a retry, an undo or a redo, on the newest round."""

R36C: tuple[Dev, ...] = (*RETRIES, *UNDO_REDO, *CORRECTIONS, *STEPS, *NEAR_MISSES)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # (1) retries when the current round is older: the edit meant, or a question when unclear which
    (0, ("try again", False, LOCO, "retry", _retry_round(1))),
    (0, ("again but stronger pls, it was barely green", False, LOCO, "retry", _retry_round(1, "stronger"))),
    (0, ("one more try pls", False, TRAM_RETRIED, "retry", _retry_round(2))),
    (1, ("reroll this one", False, TRAM_RETRIED, "retry", _retry())),
    (1, ("try the red again, new seed", False, MOTEL_FIX, "retry", _retry())),
    (1, ("again but stronger", False, MOTEL_FIX, "retry", _retry("stronger"))),
    (2, ("again pls", False, SUBWAY_FIXED, "retry", _retry())),
    (1, ("try again", False, SUBWAY_FIXED, "clarify", ())),
    (1, ("give the blue tiles another go", False, SUBWAY_FIXED, "retry", _retry_round(3))),
    (3, ("try again", False, LOCO4, "clarify", ())),
    (3, ("another sunset pls, different seed", False, LOCO4, "retry", _retry_round(4))),
    (3, ("try the driver again, his arm looks broken", False, LOCO4, "retry", _retry())),
    (0, ("new seed pls", False, LOCO4, "clarify", ())),
    (2, ("reroll this one, the steam looks like cotton wool", False, LOCO4, "retry", _retry())),
    (2, ("this one again but weaker, too many pigeons", False, CLOCKHALL, "retry", _retry("weaker"))),
    (4, ("the golden light again, stronger this time", False, CLOCKHALL, "retry", _retry_round(5, "stronger"))),
    (6, ("sparkle again but subtler", False, CAMPER, "retry", _retry_round(7, "weaker"))),
    (3, ("again", False, CAMPER, "clarify", ())),
    (2, ("try again, the car's wheels are wonky", False, AFTER_PETROL, "retry", _retry())),
    (0, ("can u try again", False, AFTER_PETROL, "clarify", ())),
    (1, ("new seed on the blanket pls", False, SLEEPER_BRANCH, "retry", _retry())),
    (0, ("hmm try again?", False, SLEEPER_BRANCH, "clarify", ())),
    (0, ("another go pls", False, TOLL3, "retry", _retry_round(3))),
    (1, ("once more", False, TOLL3, "retry", _retry())),
    (3, ("more snow this time, redo it", False, BRIDGE_RETRIED, "retry", _retry("stronger"))),
    (2, ("try the snow once more", False, BRIDGE_RETRIED, "retry", _retry_round(4))),
    (2, ("again", False, BRIDGE_RETRIED, "clarify", ())),
    (1, ("try the barrier again", False, TOLL_THEN_MOTEL, "retry", _retry())),
    (2, ("give the dusk one more go", False, FREIGHT, "retry", _retry_round(3))),
    (2, ("another tractor pls, it looks like a toy", False, CROSSING_BRANCH, "retry", _retry())),
    (1, ("i'd like one more version of the cyclist, from here", False, CROSSING_BRANCH, "retry", _retry_round(3))),
    (1, ("redo the tiles with a new seed", False, SUBWAY_FIXED, "clarify", ())),
    (0, ("one more of the tartan, weaker", False, SLEEPER_BRANCH, "retry", _retry_round(1, "weaker"))),
    (0, ("once more", False, TRAM3, "clarify", ())),
    (1, ("new seed for this one pls, the red is blotchy", False, TRAM3, "retry", _retry())),
    # near misses of (1): another thing asked for, or talk
    (4, ("add another dog", False, CAMPER, "edit", _edit("add another dog", "add another dog by the van"))),
    (0, ("could you try a green boiler again later, not now", False, LOCO, "talk", ())),
    (3, ("is the sunset still saved somewhere?", False, LOCO4, "talk", ())),
    (4, ("golden light again? nah. keep this", False, CLOCKHALL, "talk", ())),
    (
        1,
        (
            "add the teddy on the pillow here too",
            False,
            SLEEPER_BRANCH,
            "edit",
            _edit("put a teddy bear on the pillow", "add the teddy on the pillow", "add a teddy bear on the pillow"),
        ),
    ),
    (
        2,
        (
            "make it dusk but pinker",
            False,
            FREIGHT,
            "edit",
            _edit("make it dusk but pinker", "make it a pinker dusk", "make it a pink dusk"),
        ),
    ),
    # (2) undo and redo after an undo or a goto: the parent, the newest child, or nothing there
    (3, ("redo", False, LOCO4, "redo", _goto(4))),
    (3, ("bring back the sunset", False, LOCO4, "redo", _goto(4))),
    (2, ("redo pls", False, LOCO4, "redo", _goto(3))),
    (1, ("redo everything", False, LOCO4, "redo", _goto(4))),
    (1, ("redo redo", False, LOCO4, "redo", _goto(3))),
    (3, ("undo again", False, LOCO4, "undo", _goto(2))),
    (1, ("undo", False, LOCO4, "undo", _goto(0))),
    (0, ("undo once more", False, LOCO4, "talk", ())),
    (0, ("redo", False, LOCO, "redo", _goto(1))),
    (0, ("oops didnt mean to undo that", False, LOCO, "redo", _goto(1))),
    (2, ("undo undo", False, TRAM3, "undo", _goto(0))),
    (1, ("redo x2", False, TRAM3, "redo", _goto(3))),
    (1, ("redo", False, SUBWAY_FIXED, "redo", _goto(3))),
    (2, ("undo", False, SUBWAY_FIXED, "undo", _goto(1))),
    (2, ("redo", False, SUBWAY_FIXED, "talk", ())),
    (2, ("undo this", False, CROSSING_BRANCH, "undo", _goto(1))),
    (1, ("bring the cyclist back", False, CROSSING_BRANCH, "redo", _goto(3))),
    (1, ("redo", False, CROSSING_BRANCH, "redo", _goto(3))),
    (0, ("redo redo", False, CROSSING_BRANCH, "redo", _goto(3))),
    (1, ("put the pigeons back", False, CLOCKHALL, "redo", _goto(2))),
    (1, ("redo all of it", False, CLOCKHALL, "redo", _goto(5))),
    (3, ("undo undo undo", False, CLOCKHALL, "undo", _goto(0))),
    (5, ("redo twice", False, CAMPER, "redo", _goto(7))),
    (5, ("redo x3", False, CAMPER, "clarify", ())),
    (2, ("undo again pls", False, CAMPER, "undo", _goto(1))),
    (2, ("undo", False, AFTER_PETROL, "undo", _goto(1))),
    (1, ("redo", False, AFTER_PETROL, "redo", _goto(2))),
    (1, ("redo", False, TOLL_THEN_MOTEL, "talk", ())),
    (2, ("redo", False, TOLL_THEN_MOTEL, "redo", _goto(3))),
    (2, ("redo", False, MOTEL_ON, "redo", _goto(3))),
    (1, ("undo", False, MOTEL_ON, "undo", _goto(0))),
    (0, ("redo", False, TOLL3, "redo", _goto(3))),
    (1, ("redo both", False, FREIGHT, "redo", _goto(3))),
    (1, ("undo that", False, SLEEPER_BRANCH, "undo", _goto(0))),
    (0, ("put the teddy back on the pillow", False, SLEEPER_BRANCH, "redo", _goto(2))),
    (4, ("put the fairy lights back up", False, CAMPER, "redo", _goto(5))),
    (0, ("bring back what u undid", False, LOCO, "redo", _goto(1))),
    (2, ("wait no, bring it back", False, BRIDGE, "redo", _goto(3))),
    (1, ("undo 1 more", False, BRIDGE, "undo", _goto(0))),
    (0, ("undo", False, TOLL3, "talk", ())),
    # near misses of (2): an edit with the same verbs, or talk
    (4, ("untie the dog's lead from the bumper", False, CAMPER, "edit", _edit("untie the dog's lead from the bumper"))),
    (1, ("is redo gonna bring back the dusk too?", False, FREIGHT, "talk", ())),
    (0, ("i undid it on purpose, leave it like this", False, LOCO, "talk", ())),
    (2, ("undo the knot on the kid's scarf", False, TRAM3, "edit", _edit("undo the knot on the kid's scarf"))),
    (1, ("oh nice, undo works 👍", False, MOTEL_FIX, "talk", ())),
    # (3) corrections after a goto back to the edit's round, an undo of it, or a retry
    (
        1,
        (
            "hmm here, i meant the tender not the boiler",
            False,
            LOCO4,
            "correction",
            _fix("paint the locomotive's tender green"),
        ),
    ),
    (0, ("no i meant the wheels", False, LOCO, "correction", _fix_round(1, "paint the locomotive's wheels green"))),
    (
        0,
        (
            "should have been black, not green",
            False,
            LOCO,
            "correction",
            _fix_round(1, "paint the locomotive's boiler black"),
        ),
    ),
    (3, ("sunrise not sunset", False, LOCO4, "correction", _fix_round(4, "make the sky a sunrise"))),
    (3, ("a fireman, not a driver", False, LOCO4, "correction", _fix("put a fireman waving from the cab"))),
    (2, ("i meant smoke not steam", False, LOCO4, "correction", _fix("add more smoke from the chimney"))),
    (1, ("not the tram, the overhead wires", False, TRAM_RETRIED, "correction", _fix("paint the overhead wires red"))),
    (0, ("i meant burgundy", False, TRAM_RETRIED, "correction", _fix_round(2, "paint the tram burgundy"))),
    (0, ("the tram stop not the tram", False, TRAM, "correction", _fix_round(1, "paint the tram stop red"))),
    (
        2,
        (
            "a red umbrella not yellow",
            False,
            TRAM3,
            "correction",
            _fix_round(3, "give the woman at the stop a red umbrella"),
        ),
    ),
    (
        1,
        (
            "cobbles? i meant the puddles",
            False,
            TRAM3,
            "correction",
            _fix_round(2, "add reflections on the puddles", "add reflections on the wet puddles"),
        ),
    ),
    (2, ("white was wrong, cream pls", False, SUBWAY_FIXED, "correction", _fix("make the wall tiles cream"))),
    (1, ("no, green tiles", False, SUBWAY_FIXED, "correction", _fix_round(3, "make the wall tiles green"))),
    (
        1,
        (
            "not the litter, the pigeons",
            False,
            SUBWAY_FIXED,
            "correction",
            _fix("remove the pigeons from the platform"),
        ),
    ),
    (
        2,
        (
            "not a tractor, a milk truck",
            False,
            CROSSING_BRANCH,
            "correction",
            _fix("add a milk truck waiting at the barrier"),
        ),
    ),
    (
        1,
        (
            "i meant a motorbike",
            False,
            CROSSING_BRANCH,
            "correction",
            _fix_round(3, "add a motorbike waiting at the barrier"),
        ),
    ),
    (1, ("amber, not red", False, CROSSING_BRANCH, "correction", _fix("make the crossing lights flash amber"))),
    (1, ("i meant pink", False, MOTEL_FIX, "correction", _fix("make the motel sign's letters pink"))),
    (2, ("not orange, yellow", False, MOTEL_ON, "correction", _fix("make the motel sign's letters yellow"))),
    (2, ("a camper not a pickup", False, MOTEL_ON, "correction", _fix_round(3, "add a camper under the sign"))),
    (4, ("silver light not golden", False, CLOCKHALL, "correction", _fix_round(5, "make the light silver"))),
    (1, ("the clock's hands not its face", False, CLOCKHALL, "correction", _fix("make the big clock's hands glow"))),
    (6, ("make the lake sparkle, not the sea", False, CAMPER, "correction", _fix_round(7, "make the lake sparkle"))),
    (
        2,
        (
            "not a vintage car, a vintage motorbike",
            False,
            AFTER_PETROL,
            "correction",
            _fix("add a vintage motorbike at the pump"),
        ),
    ),
    (1, ("a vintage bus i meant", False, AFTER_PETROL, "correction", _fix_round(2, "add a vintage bus at the pump"))),
    (3, ("no, frost on the peaks", False, BRIDGE_RETRIED, "correction", _fix("add frost on the peaks"))),
    (2, ("not dusk. night", False, FREIGHT, "correction", _fix_round(3, "make it night"))),
    (1, ("no wait i wanted it lowered", False, TOLL3, "correction", _fix("lower the barrier at the toll booth"))),
    (0, ("the tender, in green", False, LOCO, "correction", _fix_round(1, "paint the locomotive's tender green"))),
    (
        1,
        (
            "i meant the duvet, not the blanket",
            False,
            SLEEPER_BRANCH,
            "correction",
            _fix("make the duvet tartan", "make the bunk duvet tartan"),
        ),
    ),
    # near misses of (3): nothing clear to correct, a new edit, a goto, or talk
    (0, ("no, i meant the other one", False, CLOCKHALL, "clarify", ())),
    (4, ("and a cat next to the dog", False, CAMPER, "edit", _edit("add a cat next to the dog"))),
    (1, ("blue was better, go there", False, SUBWAY_FIXED, "goto", _goto(3))),
    (2, ("i meant to say, looks great", False, MOTEL_ON, "talk", ())),
    (2, ("the tractor's perfect actually", False, CROSSING_BRANCH, "talk", ())),
    # (4) steps back and forward from an older round: lineage back, newest child forward
    (2, ("forward one", False, CAMPER, "redo", _goto(3))),
    (2, ("back two", False, CAMPER, "undo", _goto(0))),
    (2, ("the next one", False, CAMPER, "redo", _goto(3))),
    (2, ("the latest", False, CAMPER, "goto", _goto(7))),
    (2, ("forward three", False, CAMPER, "redo", _goto(5))),
    (2, ("forward 6", False, CAMPER, "clarify", ())),
    (2, ("back three", False, CAMPER, "clarify", ())),
    (5, ("next", False, CAMPER, "redo", _goto(6))),
    (5, ("skip to the end", False, CAMPER, "goto", _goto(7))),
    (5, ("back one", False, CAMPER, "undo", _goto(4))),
    (5, ("two forward", False, CAMPER, "redo", _goto(7))),
    (1, ("forward two", False, LOCO4, "redo", _goto(3))),
    (1, ("the one after this", False, LOCO4, "redo", _goto(2))),
    (1, ("latest pls", False, LOCO4, "goto", _goto(4))),
    (1, ("back two", False, LOCO4, "clarify", ())),
    (0, ("next", False, LOCO4, "redo", _goto(1))),
    (0, ("forward 4", False, LOCO4, "redo", _goto(4))),
    (0, ("go to the newest", False, LOCO4, "goto", _goto(4))),
    (3, ("forward one then", False, CLOCKHALL, "redo", _goto(4))),
    (3, ("back one more", False, CLOCKHALL, "undo", _goto(2))),
    (0, ("all the way forward", False, CLOCKHALL, "goto", _goto(5))),
    (0, ("forward 2", False, TRAM3, "redo", _goto(2))),
    (0, ("the latest one", False, FREIGHT, "goto", _goto(3))),
    (2, ("forward", False, FREIGHT, "redo", _goto(3))),
    (0, ("the latest edit", False, AFTER_PETROL, "goto", _goto(2))),
    (1, ("back to the new photo", False, AFTER_PETROL, "goto", _goto(3))),
    (2, ("forward one", False, AFTER_LOCO, "redo", _goto(3))),
    (0, ("forward one", False, SUBWAY_FIXED, "redo", _goto(1))),
    (0, ("next", False, CROSSING_BRANCH, "redo", _goto(1))),
    (1, ("the latest", False, BRIDGE, "goto", _goto(3))),
    (1, ("back one", False, BRIDGE, "undo", _goto(0))),
    # near misses of (4): step words in an edit, a show, a status or a history
    (
        3,
        (
            "move the surfboard forward on the roof",
            False,
            CAMPER,
            "edit",
            _edit("move the surfboard forward on the roof"),
        ),
    ),
    (2, ("set the clock back five minutes", False, CLOCKHALL, "edit", _edit("set the clock back five minutes"))),
    (2, ("the latest looked best, go there", False, CAMPER, "goto", _goto(7))),
    (1, ("whats the next one look like? just show me", False, FREIGHT, "show", _show(2))),
    (2, ("show me the one after this", False, LOCO4, "show", _show(3))),
    (3, ("what round is this", False, CAMPER, "status", STATUS)),
    (2, ("what have we done so far", False, CLOCKHALL, "history", HISTORY)),
    (1, ("compare this with the latest", False, TRAM3, "compare", _compare(1, 3))),
    (5, ("i love going back and forth like this", False, CAMPER, "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r36c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R36C`, then the moved ones)."""
    return with_moved(R36C, "r36c", MOVED, "r36c_moved")
