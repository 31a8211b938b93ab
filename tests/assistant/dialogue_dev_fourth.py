"""The fourth development round of the dialogue model: turns about new photos (a boat, a guitar, a camp, a desk).

Written by hand before the fourth tuning round and before running the model on them, from what a
good assistant must do; it leans on the acts the held-out figures found weakest (compare, clarify,
correction, goto, plain edits with chat fillers, show). Same format as `dialogue_dev.Dev`.
"""

from __future__ import annotations

from typing import Any

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, as_cases

Calls = tuple[tuple[str, dict[str, Any]], ...]

BOAT = ((None, None), (0, "paint the boat yellow"))
GUITAR = ((None, None), (0, "make the guitar red"))
CAMP = ((None, None), (0, "make the tent orange"), (1, "add a campfire next to the tent"))
DESK = ((None, None), (0, "remove the stapler"), (1, "make the lamp orange"), (2, "add a clock on the wall"))
BRANCH = ((None, None), (0, "make the tent orange"), (0, "make the tent purple"))
"""Two tries from the upload: the purple tent (round 2) is current, the orange one (round 1) a sibling."""
GIRL = ((None, None), (0, "add a balloon to the girl's hand"))
NEW_BOAT_PHOTO = (*BOAT, (None, None))
MAIL = ((None, None), (0, "paint the mailbox blue"))
YARD = ((None, None), (0, "remove the hose"), (1, "make the grass greener"), (2, "add a swing on the tree"))


def _edit(*instructions: str) -> Calls:
    return (("edit_image", {"instruction": instructions if len(instructions) > 1 else instructions[0]}),)


def _edits(*instructions: str) -> Calls:
    return tuple(("edit_image", {"instruction": text}) for text in instructions)


def _fix(*instructions: str) -> Calls:
    return (("retry_edit", {"instruction": instructions if len(instructions) > 1 else instructions[0]}),)


def _compare(first: int, second: int) -> Calls:
    return (("compare_rounds", {"first": first, "second": second}),)


def _goto(index: int) -> Calls:
    return (("revert", {"round": index}),)


def _show(index: int) -> Calls:
    return (("show_round", {"round": index}),)


def _retry(strength: str | None = None) -> Calls:
    return (("retry_edit", {"strength": strength} if strength else {}),)


FOURTH: tuple[Dev, ...] = (
    # compare: numbers, words, relative references, defaults
    ("compare the first edit with the latest", False, DESK, "compare", _compare(1, 3)),
    ("put round 1 beside round 3", False, DESK, "compare", _compare(1, 3)),
    ("how does round 2 stack up against the original?", False, DESK, "compare", _compare(0, 2)),
    ("compare now with before the clock", False, DESK, "compare", _compare(2, 3)),
    ("compare the orange lamp version with the original", False, DESK, "compare", _compare(0, 2)),
    ("side-by-side: 2 and 3", False, DESK, "compare", _compare(2, 3)),
    ("can you show round 0 and round 3 together", False, DESK, "compare", _compare(0, 3)),
    ("compare this to two steps back", False, DESK, "compare", _compare(1, 3)),
    ("I'd like to compare versions 1 and 2", False, DESK, "compare", _compare(1, 2)),
    ("before/after comparison please", False, DESK, "compare", _compare(0, 3)),
    ("lemme see the original next to this", False, DESK, "compare", _compare(0, 3)),
    ("compare the previous and current rounds", False, DESK, "compare", _compare(2, 3)),
    ("round 1 versus round 3?", False, DESK, "compare", _compare(1, 3)),
    ("is 3 better than 2? show them side by side", False, DESK, "compare", _compare(2, 3)),
    ("compare 0 & 3", False, DESK, "compare", _compare(0, 3)),
    ("compare it to how it was at the start", False, DESK, "compare", _compare(0, 3)),
    ("what's the difference between round 1 and round 2", False, DESK, "compare", _compare(1, 2)),
    ("put the last two next to each other", False, DESK, "compare", _compare(2, 3)),
    ("compare the tent before and after", False, CAMP, "compare", _compare(0, 2)),
    ("original vs now", False, CAMP, "compare", _compare(0, 2)),
    ("compare round one and round two", False, CAMP, "compare", _compare(1, 2)),
    ("compare the last 2 versions", False, CAMP, "compare", _compare(1, 2)),
    ("how does it look compared to before the campfire", False, CAMP, "compare", _compare(1, 2)),
    ("compare the orange tent with the campfire one", False, CAMP, "compare", _compare(1, 2)),
    ("side by side: round 2 and the original", False, CAMP, "compare", _compare(0, 2)),
    ("compare with the unedited one", False, BOAT, "compare", _compare(0, 1)),
    ("show me the yellow boat next to the original", False, BOAT, "compare", _compare(0, 1)),
    ("before & after?", False, BOAT, "compare", _compare(0, 1)),
    ("compare please", False, BOAT, "compare", _compare(0, 1)),
    ("can I compare the new version against the old one", False, BOAT, "compare", _compare(0, 1)),
    ("compare the orange tent and the purple tent", False, BRANCH, "compare", _compare(1, 2)),
    ("compare round 1 with round 2", False, BRANCH, "compare", _compare(1, 2)),
    ("compare round 1 and round 6", False, CAMP, "clarify", ()),
    ("compare round 2 and 4", False, BOAT, "clarify", ()),
    # goto: numbers, ordinals, "before the X", "the version with the X", steps
    ("go back to before the lamp", False, DESK, "goto", _goto(1)),
    ("let's return to the version with the orange lamp", False, DESK, "goto", _goto(2)),
    ("revert to the very first edit", False, DESK, "goto", _goto(1)),
    ("back two steps please", False, DESK, "goto", _goto(1)),
    ("go back to where we were before the clock", False, DESK, "goto", _goto(2)),
    ("jump back to round 1", False, DESK, "goto", _goto(1)),
    ("can we return to the original photo?", False, DESK, "goto", _goto(0)),
    ("restore round 2", False, DESK, "goto", _goto(2)),
    ("let's go back to when the stapler was removed", False, DESK, "goto", _goto(1)),
    ("revert to the version before you added the clock", False, DESK, "goto", _goto(2)),
    ("go back three steps", False, DESK, "goto", _goto(0)),
    ("i want to go back to version two", False, DESK, "goto", _goto(2)),
    ("go back to the beginning", False, DESK, "goto", _goto(0)),
    ("return to 1", False, DESK, "goto", _goto(1)),
    ("go back to the second edit", False, DESK, "goto", _goto(2)),
    ("revert to round 1 please, the lamp was better before", False, DESK, "goto", _goto(1)),
    ("take me back to the one with the stapler gone", False, DESK, "goto", _goto(1)),
    ("go back to before the campfire", False, CAMP, "goto", _goto(1)),
    ("back to the orange tent", False, CAMP, "goto", _goto(1)),
    ("take me to the very start", False, CAMP, "goto", _goto(0)),
    ("revert to before the tent was orange", False, CAMP, "goto", _goto(0)),
    ("hmm, let's go back to round one", False, CAMP, "goto", _goto(1)),
    ("go back to the orange tent", False, BRANCH, "goto", _goto(1)),
    ("switch back to round 1", False, BRANCH, "goto", _goto(1)),
    ("go back to round 8", False, DESK, "clarify", ()),
    ("go back four steps", False, CAMP, "clarify", ()),
    ("back to round -2", False, CAMP, "clarify", ()),
    ("return to the version with the dragon", False, CAMP, "clarify", ()),
    # show
    ("let me have a look at round 2", False, DESK, "show", _show(2)),
    ("display version 1", False, DESK, "show", _show(1)),
    ("what did round 2 look like?", False, DESK, "show", _show(2)),
    ("pull up the original for me", False, DESK, "show", _show(0)),
    ("show the picture before the clock", False, DESK, "show", _show(2)),
    ("show me the version with the orange lamp", False, DESK, "show", _show(2)),
    ("can you show me the first edit", False, DESK, "show", _show(1)),
    ("i'd like to see the unedited photo", False, DESK, "show", _show(0)),
    ("show me the previous one", False, DESK, "show", _show(2)),
    ("view round 3", False, DESK, "show", _show(3)),
    ("peek at round 1", False, DESK, "show", _show(1)),
    ("show me the tent before the campfire", False, CAMP, "show", _show(1)),
    ("open the original", False, CAMP, "show", _show(0)),
    ("let me see what it looked like two steps ago", False, CAMP, "show", _show(0)),
    ("show me the orange one", False, BRANCH, "show", _show(1)),
    ("quickly show me round 1", False, BOAT, "show", _show(1)),
    ("show round 9", False, DESK, "clarify", ()),
    ("show me the version with the spaceship", False, DESK, "clarify", ()),
    # corrections of the object, after "make the guitar red" and "paint the boat yellow"
    ("no, the amplifier", False, GUITAR, "correction", _fix("make the amplifier red")),
    ("sorry, I meant the drum kit", False, GUITAR, "correction", _fix("make the drum kit red")),
    ("not the guitar, the microphone stand", False, GUITAR, "correction", _fix("make the microphone stand red")),
    ("wrong instrument - the piano", False, GUITAR, "correction", _fix("make the piano red")),
    ("I was talking about the violin", False, GUITAR, "correction", _fix("make the violin red")),
    ("oops, meant the case", False, GUITAR, "correction", _fix("make the case red")),
    ("you coloured the wrong thing, it was the strap", False, GUITAR, "correction", _fix("make the strap red")),
    ("not the guitar! the strap", False, GUITAR, "correction", _fix("make the strap red")),
    ("no, the dock", False, BOAT, "correction", _fix("paint the dock yellow")),
    ("I meant the lighthouse, sorry", False, BOAT, "correction", _fix("paint the lighthouse yellow")),
    ("err I meant the oars", False, BOAT, "correction", _fix("paint the oars yellow")),
    ("should've been the canoe", False, BOAT, "correction", _fix("paint the canoe yellow")),
    ("nope, the little boat on the left", False, BOAT, "correction", _fix("paint the little boat on the left yellow")),
    # corrections of the attribute
    ("no no, crimson", False, GUITAR, "correction", _fix("make the guitar crimson")),
    ("not red, gold", False, GUITAR, "correction", _fix("make the guitar gold")),
    ("I said silver, not red", False, GUITAR, "correction", _fix("make the guitar silver")),
    ("should have been black", False, GUITAR, "correction", _fix("make the guitar black")),
    ("hmm, it was supposed to be white", False, GUITAR, "correction", _fix("make the guitar white")),
    ("I wanted it turquoise, not red", False, GUITAR, "correction", _fix("make the guitar turquoise")),
    ("ugh, I meant blue", False, GUITAR, "correction", _fix("make the guitar blue")),
    ("actually make it brown instead", False, GUITAR, "correction", _fix("make the guitar brown")),
    ("make that green instead", False, BOAT, "correction", _fix("paint the boat green", "make the boat green")),
    ("not yellow, orange", False, BOAT, "correction", _fix("paint the boat orange")),
    ("orange, not yellow", False, BOAT, "correction", _fix("paint the boat orange")),
    ("sorry, I wanted pink", False, BOAT, "correction", _fix("paint the boat pink")),
    # corrections of the whole instruction, and of an addition
    ("no wait, remove the guitar instead", False, GUITAR, "correction", _fix("remove the guitar")),
    (
        "that's not what I asked, I wanted the strings gold",
        False,
        GUITAR,
        "correction",
        _fix("make the strings gold"),
    ),
    ("scratch that, remove the boat instead", False, BOAT, "correction", _fix("remove the boat")),
    ("no, a kite", False, GIRL, "correction", _fix("add a kite to the girl's hand")),
    ("not a balloon, a flower", False, GIRL, "correction", _fix("add a flower to the girl's hand")),
    ("I meant an ice cream", False, GIRL, "correction", _fix("add an ice cream to the girl's hand")),
    ("no, a lantern", False, CAMP, "correction", _fix("add a lantern next to the tent")),
    ("I said a dog, not a campfire", False, CAMP, "correction", _fix("add a dog next to the tent")),
    ("no, the cello", False, GUITAR, "correction", _fix("make the cello red")),
    ("red? I wanted green", False, GUITAR, "correction", _fix("make the guitar green")),
    ("not the oars, I meant the mast", False, BOAT, "correction", _fix("paint the mast yellow")),
    # corrections with nothing to correct
    ("no, the amplifier", False, UPLOAD, "clarify", ()),
    ("I meant gold", False, UPLOAD, "clarify", ()),
    ("not that, the lighthouse", False, UPLOAD, "clarify", ()),
    ("wrong colour again", False, UPLOAD, "clarify", ()),
    # plain edits with chat fillers
    ("ok so could you make the lighthouse taller?", False, UPLOAD, "edit", _edit("make the lighthouse taller")),
    ("hey! quick one: remove the buoy", False, UPLOAD, "edit", _edit("remove the buoy")),
    ("um, can we make the water a bit darker", False, UPLOAD, "edit", _edit("make the water a bit darker")),
    ("would you be able to add a seagull on the mast?", False, UPLOAD, "edit", _edit("add a seagull on the mast")),
    ("I'd love it if the sail was striped", False, UPLOAD, "edit", _edit("make the sail striped")),
    ("think you could blur the background?", False, UPLOAD, "edit", _edit("blur the background")),
    ("any chance you could remove the tourists?", False, UPLOAD, "edit", _edit("remove the tourists")),
    ("can you please just remove the cables", False, UPLOAD, "edit", _edit("remove the cables")),
    ("alright, now make the sunset more orange", False, UPLOAD, "edit", _edit("make the sunset more orange")),
    ("please change the door to green", False, UPLOAD, "edit", _edit("change the door to green")),
    ("lets add some fog over the lake", False, UPLOAD, "edit", _edit("add some fog over the lake")),
    ("make the lantern glow please :)", False, UPLOAD, "edit", _edit("make the lantern glow")),
    ("yo can u make the van white", False, UPLOAD, "edit", _edit("make the van white")),
    ("Remove The Graffiti From The Wall", False, UPLOAD, "edit", _edit("remove the graffiti from the wall")),
    ("hey could you make the pumpkin bigger? thanks!", False, UPLOAD, "edit", _edit("make the pumpkin bigger")),
    ("make the neon sign pink, if that's ok", False, UPLOAD, "edit", _edit("make the neon sign pink")),
    (
        "when you get a chance, add a rainbow over the field",
        False,
        UPLOAD,
        "edit",
        _edit("add a rainbow over the field"),
    ),
    (
        "so um, I'd like you to erase the scratch on the car",
        False,
        UPLOAD,
        "edit",
        _edit("erase the scratch on the car"),
    ),
    ("i think the snow should be whiter", False, UPLOAD, "edit", _edit("make the snow whiter")),
    ("can you put a hat on the snowman?", False, UPLOAD, "edit", _edit("put a hat on the snowman")),
    ("could you maybe add a few clouds?", False, UPLOAD, "edit", _edit("add a few clouds")),
    (
        "right, remove the bin bags from the pavement",
        False,
        UPLOAD,
        "edit",
        _edit("remove the bin bags from the pavement"),
    ),
    ("please could you turn the fountain gold", False, UPLOAD, "edit", _edit("turn the fountain gold")),
    ("hi again! make the curtains blue please", False, UPLOAD, "edit", _edit("make the curtains blue")),
    ("Quick request - darken the sky a little", False, UPLOAD, "edit", _edit("darken the sky a little")),
    ("can I get the car in red?", False, UPLOAD, "edit", _edit("make the car red")),
    ("I need the logo removed", False, UPLOAD, "edit", _edit("remove the logo", "I need the logo removed")),
    ("how about making the lamp green?", False, UPLOAD, "edit", _edit("make the lamp green", "making the lamp green")),
    ("add a scarf to the snowman, please and thanks", False, UPLOAD, "edit", _edit("add a scarf to the snowman")),
    (
        "mind removing the reflection on the window?",
        False,
        UPLOAD,
        "edit",
        _edit("remove the reflection on the window", "removing the reflection on the window"),
    ),
    ("now remove the ladder as well", False, BOAT, "edit", _edit("remove the ladder")),
    ("next, add a flag on the boat", False, BOAT, "edit", _edit("add a flag on the boat")),
    ("cool. now brighten the water", False, BOAT, "edit", _edit("brighten the water")),
    ("ok thanks! could you also get rid of the rope?", False, BOAT, "edit", _edit("get rid of the rope")),
    ("love it! now put a dog on the deck", False, BOAT, "edit", _edit("put a dog on the deck")),
    ("great job. can you add a sticker to the guitar?", False, GUITAR, "edit", _edit("add a sticker to the guitar")),
    ("one more thing: make the wall behind it darker", False, GUITAR, "edit", _edit("make the wall behind it darker")),
    ("btw can you sharpen the mountains", False, UPLOAD, "edit", _edit("sharpen the mountains")),
    ("honestly just remove the power pole", False, UPLOAD, "edit", _edit("remove the power pole")),
    ("Make the hoodie grey!", False, UPLOAD, "edit", _edit("make the hoodie grey")),
    ("i want the tablecloth to be checkered", False, UPLOAD, "edit", _edit("make the tablecloth checkered")),
    ("hello, please replace the clouds with stars", False, UPLOAD, "edit", _edit("replace the clouds with stars")),
    ("ok now add a candle on the cake", False, DESK, "edit", _edit("add a candle on the cake")),
    ("perfect! remove the mug too", False, DESK, "edit", _edit("remove the mug")),
    # "it" resolved to the last edit's object
    ("now make it a bit smaller", False, BOAT, "edit", _edit("make the boat a bit smaller")),
    ("make it look older", False, BOAT, "edit", _edit("make the boat look older")),
    ("make it bigger", False, GUITAR, "edit", _edit("make the guitar bigger")),
    ("can you make it look vintage?", False, GUITAR, "edit", _edit("make the guitar look vintage")),
    ("make it bigger please", False, CAMP, "edit", _edit("make the campfire bigger")),
    ("could you make it brighter", False, CAMP, "edit", _edit("make the campfire brighter")),
    ("make it silver", False, DESK, "edit", _edit("make the clock silver")),
    # follow-ups naming another object
    ("the dock too", False, BOAT, "edit", _edit("paint the dock yellow")),
    ("and the oars as well", False, BOAT, "edit", _edit("paint the oars yellow")),
    ("do the same to the lighthouse", False, BOAT, "edit", _edit("paint the lighthouse yellow")),
    ("the buoy also please", False, BOAT, "edit", _edit("paint the buoy yellow")),
    ("now the amp", False, GUITAR, "edit", _edit("make the amp red")),
    # several requests in one turn
    ("remove the buoy and make the sky pink", False, UPLOAD, "edit", _edits("remove the buoy", "make the sky pink")),
    (
        "add a seagull, then make the water greener",
        False,
        UPLOAD,
        "edit",
        _edits("add a seagull", "make the water greener"),
    ),
    ("make the door red. also remove the bin", False, UPLOAD, "edit", _edits("make the door red", "remove the bin")),
    (
        "brighten the room and remove the cables please",
        False,
        UPLOAD,
        "edit",
        _edits("brighten the room", "remove the cables"),
    ),
    ("make the sea and the sky darker", False, UPLOAD, "edit", _edit("make the sea and the sky darker")),
    ("remove the car and the bike", False, UPLOAD, "edit", _edit("remove the car and the bike")),
    ("add a cat and a dog on the sofa", False, UPLOAD, "edit", _edit("add a cat and a dog on the sofa")),
    (
        "go back to the original and remove the boat",
        False,
        BOAT,
        "goto",
        (("revert", {"round": 0}), ("edit_image", {"instruction": "remove the boat"})),
    ),
    (
        "undo the clock and add a calendar instead",
        False,
        DESK,
        "correction",
        (("revert", {"round": 2}), ("edit_image", {"instruction": ("add a calendar on the wall", "add a calendar")})),
    ),
    # vague turns: ask, never edit
    ("can you improve it?", False, UPLOAD, "clarify", ()),
    ("do your magic", False, UPLOAD, "clarify", ()),
    ("the lighthouse", False, UPLOAD, "clarify", ()),
    ("yellow?", False, UPLOAD, "clarify", ()),
    ("bigger", False, UPLOAD, "clarify", ()),
    ("hmm, what about the water", False, UPLOAD, "clarify", ()),
    ("change the color", False, UPLOAD, "clarify", ()),
    ("remove it", False, UPLOAD, "clarify", ()),
    ("add something", False, UPLOAD, "clarify", ()),
    ("put it there", False, UPLOAD, "clarify", ()),
    ("can you make this look good", False, UPLOAD, "clarify", ()),
    ("ok do it", False, UPLOAD, "clarify", ()),
    ("the one on the right", False, UPLOAD, "clarify", ()),
    ("I don't know, surprise me", False, UPLOAD, "clarify", ()),
    ("maybe the boat...", False, UPLOAD, "clarify", ()),
    ("again", False, UPLOAD, "clarify", ()),
    ("stronger please", False, UPLOAD, "clarify", ()),
    ("undo twice", False, BOAT, "clarify", ()),
    ("the other one", False, BOAT, "clarify", ()),
    ("make the", False, UPLOAD, "clarify", ()),
    ("edit the photo", False, UPLOAD, "clarify", ()),
    ("something about the lighting", False, UPLOAD, "clarify", ()),
    ("make it more", False, UPLOAD, "clarify", ()),
    ("what about the left?", False, GUITAR, "clarify", ()),
    ("and?", False, GUITAR, "clarify", ()),
    ("change it to the other colour", False, UPLOAD, "clarify", ()),
    ("fix it", False, UPLOAD, "clarify", ()),
    ("make it nicer please", False, UPLOAD, "clarify", ()),
    ("go back to the lamp one", False, DESK, "goto", _goto(2)),
    ("hmm", False, GUITAR, "clarify", ()),
    ("what about the background", False, GUITAR, "clarify", ()),
    # undo and retry
    ("nah, undo that", False, BOAT, "undo", _goto(0)),
    ("take it back, it looked better before", False, BOAT, "undo", _goto(0)),
    ("revert the last change please", False, DESK, "undo", _goto(2)),
    ("undo the last two edits", False, DESK, "undo", _goto(1)),
    ("ctrl+z twice", False, DESK, "undo", _goto(1)),
    ("one more go please", False, BOAT, "retry", _retry()),
    ("again, different seed", False, GUITAR, "retry", _retry()),
    ("can I get another variation?", False, GUITAR, "retry", _retry()),
    ("make the yellow stronger", False, BOAT, "retry", _retry("stronger")),
    ("too much, dial it back", False, GUITAR, "retry", _retry("weaker")),
    ("a little less intense please", False, BOAT, "retry", _retry("weaker")),
    # talk
    ("this is great, thanks!", False, BOAT, "talk", ()),
    ("haha love the yellow boat", False, BOAT, "talk", ()),
    ("nice work", False, GUITAR, "talk", ()),
    ("what's a good name for my boat", False, BOAT, "talk", ()),
    ("do you store my photos?", False, BOAT, "talk", ()),
    ("can you make videos?", False, UPLOAD, "talk", ()),
    ("good night", False, GUITAR, "talk", ()),
    ("I'll be back later", False, GUITAR, "talk", ()),
    ("send an email to Tom", False, GUITAR, "talk", ()),
    ("the red really suits it", False, GUITAR, "talk", ()),
    # status and history
    ("what was my last request?", False, DESK, "status", (("session_status", {}),)),
    ("how many rounds are there?", False, DESK, "status", (("session_status", {}),)),
    ("list every version we have", False, DESK, "history", (("list_rounds", {}),)),
    ("give me the full history", False, DESK, "history", (("list_rounds", {}),)),
    # captions and edits that come with a photo
    ("the lake at dawn", True, UPLOAD, "caption", ()),
    ("our boat last summer", True, UPLOAD, "caption", ()),
    ("new pic!", True, UPLOAD, "caption", ()),
    ("from my trip - can you remove the tourists?", True, UPLOAD, "edit", _edit("remove the tourists")),
    ("same treatment for this one", True, NEW_BOAT_PHOTO, "edit", _edit("paint the boat yellow")),
    ("apply the same edit here please", True, NEW_BOAT_PHOTO, "edit", _edit("paint the boat yellow")),
    # share, export, revoke
    ("give me a shareable link", False, BOAT, "share", (("share_session", {}),)),
    ("kill the link", False, BOAT, "revoke", (("revoke_share", {}),)),
    ("export as a webpage", False, BOAT, "export", (("export_session", {"format": "html"}),)),
)
"""Written before the fourth tuning round, without looking at the model's answers."""


FOURTH_CHECK: tuple[Dev, ...] = (
    ("compare the greener grass version with the first photo", False, YARD, "compare", _compare(2, 0)),
    ("how does round 3 compare with round 1", False, YARD, "compare", _compare(1, 3)),
    ("show the swing one next to the original", False, YARD, "compare", _compare(0, 3)),
    ("compare this and the one before", False, YARD, "compare", _compare(2, 3)),
    ("compare 1 with 3 please", False, YARD, "compare", _compare(1, 3)),
    ("could I see a before and after", False, MAIL, "compare", _compare(0, 1)),
    ("compare the blue mailbox with how it started", False, MAIL, "compare", _compare(0, 1)),
    ("round two vs round three", False, YARD, "compare", _compare(2, 3)),
    ("go back to before the swing", False, YARD, "goto", _goto(2)),
    ("return to the version where the hose was removed", False, YARD, "goto", _goto(1)),
    ("back to the greener grass", False, YARD, "goto", _goto(2)),
    ("can we go back one step", False, YARD, "goto", _goto(2)),
    ("revert to the first edit please", False, YARD, "goto", _goto(1)),
    ("let's go back to the very beginning", False, YARD, "goto", _goto(0)),
    ("go back to round 11", False, YARD, "clarify", ()),
    ("show me round 2 please", False, YARD, "show", _show(2)),
    ("show me the photo before the grass changed", False, YARD, "show", _show(1)),
    ("can I have a look at the original?", False, YARD, "show", _show(0)),
    ("show me the one with the swing", False, YARD, "show", _show(3)),
    ("no, the gate", False, MAIL, "correction", _fix("paint the gate blue")),
    ("I meant the door, not the mailbox", False, MAIL, "correction", _fix("paint the door blue")),
    ("wrong thing - it was the bench", False, MAIL, "correction", _fix("paint the bench blue")),
    ("not blue, green!", False, MAIL, "correction", _fix("paint the mailbox green")),
    ("hmm I wanted red", False, MAIL, "correction", _fix("paint the mailbox red")),
    ("sorry, it should be white", False, MAIL, "correction", _fix("paint the mailbox white")),
    ("no wait, remove the mailbox instead", False, MAIL, "correction", _fix("remove the mailbox")),
    ("I meant the gate", False, UPLOAD, "clarify", ()),
    ("hey, could you remove the garden gnome?", False, UPLOAD, "edit", _edit("remove the garden gnome")),
    ("quick thing - make the roof red", False, UPLOAD, "edit", _edit("make the roof red")),
    ("is there any way you could brighten the porch", False, UPLOAD, "edit", _edit("brighten the porch")),
    ("ok cool, now add a cat on the steps", False, MAIL, "edit", _edit("add a cat on the steps")),
    ("make it look rusty", False, MAIL, "edit", _edit("make the mailbox look rusty")),
    ("the fence as well", False, MAIL, "edit", _edit("paint the fence blue")),
    (
        "remove the hose and add some flowers",
        False,
        UPLOAD,
        "edit",
        (("edit_image", {"instruction": "remove the hose"}), ("edit_image", {"instruction": "add some flowers"})),
    ),
    ("I'd like the door to be yellow please", False, UPLOAD, "edit", _edit("make the door yellow")),
    ("would you mind erasing the wires?", False, UPLOAD, "edit", _edit("erase the wires")),
    ("can you make the clouds pinker, thanks", False, UPLOAD, "edit", _edit("make the clouds pinker")),
    ("make it prettier", False, UPLOAD, "clarify", ()),
    ("the gnome", False, UPLOAD, "clarify", ()),
    ("change the colour of it", False, UPLOAD, "clarify", ()),
    ("what about the porch?", False, UPLOAD, "clarify", ()),
    ("hmm not sure", False, MAIL, "clarify", ()),
    ("do something cool", False, UPLOAD, "clarify", ()),
    ("try again please", False, MAIL, "retry", (("retry_edit", {}),)),
    ("undo", False, YARD, "undo", _goto(2)),
    ("love the blue", False, MAIL, "talk", ()),
    ("what's your name?", False, MAIL, "talk", ()),
    ("what have we changed so far?", False, YARD, "history", (("list_rounds", {}),)),
)
"""Written after the fourth tuning round as a quick unseen check (a mailbox, a yard): measured once at
46/48 (the model before the round: 39/48), then its two misses (one an unwanted edit) were fixed by
cause (a comparison side "how it started", "change the colour of it")."""


def fourth_cases() -> list[EvalCase]:
    """The fourth round's cases (`FOURTH` and `FOURTH_CHECK`), judged as the held-out set is."""
    return [*as_cases(FOURTH, "fourth"), *as_cases(FOURTH_CHECK, "fourth_check")]
