"""Round 32, set b: getting around the rounds of longer, branched sessions: rounds named by what they
show, show against goto against compare, status and history, undo and redo after moves, retries with a
change, and edits whose words sound like moving around.

Written by hand from what a demanding user wants (issue 10's table of behaviours and the README's
"Talking to it"), before the dialogue model was run on any of it, about photos no other set uses, all of
portraits, people and life events: a family portrait on a staircase, a group selfie on a hike, a wedding
first dance, a graduation cap toss, an old couple on a park bench, a grandmother baking bread, a street
portrait of a fisherman, a baby in a high chair, a football team photo, a concert crowd with a singer on
stage, a quinceañera, a bar mitzvah, a retirement party in an office and a prom couple. Sessions have 4
to 7 edits, most of them branched: a retry or a correction beside the first try, an edit made after an
undo or after a goto (a sibling of an earlier edit), and some turns come after an undo or a goto (the
current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): rounds named by their content ("the one with
the red balloons", "the last one with the lamp post still in", "the first try of the hat", "the version
before we changed the wallpaper"), a goto or a show of that round, a question when two rounds fit and a
plain answer when none does; show against goto against compare ("let me see 2", "let's continue from 2",
"the two hats side by side"); status and history ("where am i", "what did i type for round 3", "show me
the branches"); undo and redo in branched sessions ("undo twice" follows the parents, not the numbers;
redo goes to the newest child); retries with a change ("again but smaller", "same but less", "another one
of those on the left" is an edit); and edits whose words sound like moving around ("bring back the old lamp
post" where no edit removed it, "rewind the clock on the wall") beside moves that sound like edits ("put
the photographer back" after he was removed). About a quarter of each family are near misses whose right
answer is another act. The cases have the development set's format (`Dev`: turn, photo, state, act,
calls); `MOVED` holds turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from typing import Any

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    SHARE,
    STATUS,
    Dev,
    _compare,
    _edit,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)


def _edit_on(index: int, *instructions: str) -> tuple[tuple[str, dict[str, Any]], ...]:
    """An edit of round `index` (not the current round), the instruction one of `instructions`."""
    return (
        (
            "edit_image",
            {"instruction": instructions if len(instructions) > 1 else instructions[0], "base_round": index},
        ),
    )


STAIRS = (
    (None, None),
    (0, "make the mother's dress green"),
    (1, "add a golden retriever on the bottom step"),
    (2, "make the wallpaper cream"),
    (2, "make the wallpaper light blue"),
    (4, "put a bow tie on the little boy"),
)
"""A family portrait on a staircase: round 4 corrects round 3's wallpaper from round 2, round 5 is on round 4."""
HIKE = (
    (None, None),
    (0, "make the sky clear blue"),
    (1, "remove the hiker in the red jacket at the back"),
    (2, "put a sun hat on the girl in front"),
    (2, "put a sun hat on the girl in front"),
    (4, "add a mountain goat on the rock"),
    (5, "make the grass greener"),
)
"""A group selfie on a hike: round 4 is a second try of round 3's hat, then two edits on it."""
HIKE_HAT = HIKE[:5]
"""The hike selfie up to the second try of the hat."""
WEDDING = (
    (None, None),
    (0, "add fairy lights above the dance floor"),
    (1, "add red balloons along the back wall"),
    (2, "make the groom's suit navy"),
    (2, "add confetti falling from the ceiling"),
    (4, "make the lighting warmer"),
)
"""A wedding first dance: round 3's suit was undone and round 4 made from round 2 instead, then round 5."""
GRAD = (
    (None, None),
    (0, "make the caps gold"),
    (1, "remove the photographer on the left"),
    (2, "make the sky bright blue"),
    (3, "make the sky sunset orange"),
    (4, "add the text 'class of 2024' at the top"),
)
"""A graduation cap toss with five edits, each on the one before; the sky was blue only in round 3."""
GRAD_NEW = (*GRAD, (None, None))
"""The graduation session, then a new photo (round 6)."""
BENCH = (
    (None, None),
    (0, "make the leaves autumn orange"),
    (1, "add pigeons at their feet"),
    (0, "make it black and white"),
    (3, "add a soft vignette"),
)
"""An old couple on a park bench: after a goto to the original, round 3 was made from round 0."""
BAKING = (
    (None, None),
    (0, "add flour dust in the air"),
    (1, "make her apron red"),
    (1, "make her apron yellow"),
    (3, "add a cat on the windowsill"),
    (4, "make the bread look more golden"),
    (5, "add steam rising from the bread"),
)
"""A grandmother baking bread: round 3 corrects round 2's apron, then three edits on it."""
FISHER = (
    (None, None),
    (0, "make his beanie orange"),
    (1, "add a seagull on his shoulder"),
    (2, "remove the lamp post behind him"),
    (3, "make the harbour water darker"),
    (4, "add a fishing boat in the background"),
    (4, "add a fishing boat in the background"),
    (6, "make his beard whiter"),
)
"""A street portrait of a fisherman with seven edits: round 6 retries round 5's boat, round 7 is on it."""
HIGHCHAIR = (
    (None, None),
    (0, "add spaghetti sauce on the baby's face"),
    (1, "make the bib yellow"),
    (2, "add a red balloon tied to the chair"),
    (3, "make the kitchen background blurry"),
)
"""A baby in a high chair with four edits, each on the one before."""
TEAM = (
    (None, None),
    (0, "make the jerseys red"),
    (1, "add a trophy in front of the goalkeeper"),
    (2, "make the jerseys green"),
    (3, "blur the stands behind them"),
    (4, "remove the water bottles on the grass"),
)
"""A football team photo with five edits, each on the one before; the jerseys were red in rounds 1 and 2."""
CONCERT = (
    (None, None),
    (0, "make the stage lights purple"),
    (0, "make the stage lights blue"),
    (2, "add confetti over the crowd"),
    (3, "give the singer a sparkly jacket"),
    (3, "give the singer a leather jacket"),
)
"""A concert crowd with a singer on stage: rounds 2 and 5 are corrections beside rounds 1 and 4."""
QUINCE = (
    (None, None),
    (0, "make her dress emerald green"),
    (1, "add a tiara on her head"),
    (2, "make her dress lavender"),
    (3, "add rose petals on the floor"),
    (4, "make the balloons behind her gold"),
)
"""A quinceañera portrait with five edits, each on the one before; the dress was green in rounds 1 and 2."""
BARMITZ = (
    (None, None),
    (0, "add a blue and white balloon arch"),
    (1, "make the kippah navy"),
    (2, "add candles on the table"),
    (1, "make the kippah white"),
    (4, "make the balloon arch gold"),
)
"""A bar mitzvah: after a goto to round 1, round 4 was made beside round 2, then round 5 on it."""
RETIRE = (
    (None, None),
    (0, "add a banner saying 'happy retirement, linda'"),
    (1, "put a party hat on the man with glasses"),
    (1, "put a party hat on the man with glasses"),
    (1, "put a party hat on the man with glasses"),
    (4, "make the cake bigger"),
)
"""A retirement party in an office: three tries of the party hat (rounds 2 to 4), then round 5 on the third."""
PROM = (
    (None, None),
    (0, "make her dress green"),
    (0, "make her dress red"),
    (2, "give him a white tuxedo"),
    (3, "add a limo behind them"),
)
"""A prom couple: round 2 corrects round 1's dress colour, then two edits on it."""
PROM_NEW = (*PROM, (None, None))
"""The prom session, then a new photo (round 5)."""

CONTENT: tuple[Dev, ...] = (
    # a round named by what it shows, by the edit that made it, by what a later edit removed, or by its try
    ("go back to the one with the cream wallpaper", False, STAIRS, "goto", _goto(3)),
    ("show me the light blue wallpaper version", False, STAIRS, "show", _show(4)),
    ("the version before we changed the wallpaper pls", False, STAIRS, "goto", _goto(2)),
    ("back to the green dress one, before the dog", False, STAIRS, "goto", _goto(1)),
    ("lemme see the first wallpaper attempt", False, STAIRS, "show", _show(3)),
    ("the last one without the dog", False, STAIRS, "goto", _goto(1)),
    ("the last one with the red jacket guy still in it", False, HIKE, "goto", _goto(1)),
    ("take me to the first try of the hat", False, HIKE, "goto", _goto(3)),
    ("the second hat one pls", False, HIKE, "goto", _goto(4)),
    ("show me the version where the sky first went blue", False, HIKE, "show", _show(1)),
    ("before the goat showed up", False, HIKE, "goto", _goto(4)),
    ("go to the one with the red balloons", False, WEDDING, "goto", _goto(2)),
    ("show me the navy suit one", False, WEDDING, "show", _show(3)),
    ("can we go back to the navy suit version", False, WEDDING, "goto", _goto(3)),
    ("the version before the confetti", False, WEDDING, "goto", _goto(2)),
    ("back to before the fairy lights", False, WEDDING, "goto", _goto(0)),
    ("pull up the one before the lighting got warmer", False, WEDDING, "goto", _goto(4)),
    ("the last version with the photographer still in it", False, GRAD, "goto", _goto(1)),
    ("show me the gold caps one", False, GRAD, "show", _show(1)),
    ("revert to b4 the text", False, GRAD, "goto", _goto(4)),
    ("the one where the caps were still black", False, GRAD, "goto", _goto(0)),
    ("go back to the pigeon one", False, BENCH, "goto", _goto(2)),
    ("show me the black and white one", False, BENCH, "show", _show(3)),
    ("the orange leaves one, no pigeons yet", False, BENCH, "goto", _goto(1)),
    ("the one before it went black and white", False, BENCH, "goto", _goto(0)),
    ("the red apron one", False, BAKING, "goto", _goto(2)),
    ("show the yellow apron version pls", False, BAKING, "show", _show(3)),
    ("go back to before the steam", False, BAKING, "goto", _goto(5)),
    ("the last one without the cat", False, BAKING, "goto", _goto(3)),
    ("when the bread was still pale", False, BAKING, "goto", _goto(4)),
    ("the one where the lamp post was still there", False, FISHER, "goto", _goto(2)),
    ("the first boat try", False, FISHER, "goto", _goto(5)),
    ("show me the second boat", False, FISHER, "show", _show(6)),
    ("take me back to before his beard went white", False, FISHER, "goto", _goto(6)),
    ("the red jersey one with the trophy", False, TEAM, "goto", _goto(2)),
    ("show the green jerseys version", False, TEAM, "show", _show(3)),
    ("the last one where the bottles were still on the grass", False, TEAM, "goto", _goto(4)),
    ("go to the purple lights one", False, CONCERT, "goto", _goto(1)),
    ("go to the sparkly jacket one", False, CONCERT, "goto", _goto(4)),
    ("the one before the singer got a jacket", False, CONCERT, "goto", _goto(3)),
    ("the last one with the green dress", False, QUINCE, "goto", _goto(2)),
    ("green dress but before the tiara", False, QUINCE, "goto", _goto(1)),
    ("show me the lavender dress one", False, QUINCE, "show", _show(3)),
    ("back to before the petals pls 🌹", False, QUINCE, "goto", _goto(3)),
    ("the one where her dress was green", False, PROM, "goto", _goto(1)),
    ("show me the red dress try", False, PROM, "show", _show(2)),
    ("the white tux version", False, PROM, "goto", _goto(3)),
    ("the navy kippah one", False, BARMITZ, "goto", _goto(2)),
    ("go back to the one with the candles", False, BARMITZ, "goto", _goto(3)),
    ("show me the white kippah", False, BARMITZ, "show", _show(4)),
    ("before the arch went gold", False, BARMITZ, "goto", _goto(4)),
    ("take me to the first try of the hat", False, RETIRE, "goto", _goto(2)),
    ("show me the second hat", False, RETIRE, "show", _show(3)),
    ("the version before the cake got bigger", False, RETIRE, "goto", _goto(4)),
    ("back to b4 the banner", False, RETIRE, "goto", _goto(0)),
    # two rounds fit: one short question
    ("the wallpaper one", False, STAIRS, "clarify", ()),
    ("go to the hat one", False, HIKE, "clarify", ()),
    ("back to when the jerseys were red", False, TEAM, "clarify", ()),
    ("the jacket one pls", False, CONCERT, "clarify", ()),
    ("the one where her dress was green", False, QUINCE, "clarify", ()),
    ("the boat one", False, FISHER, "clarify", ()),
    ("show me the hat version", False, RETIRE, "clarify", ()),
    ("the apron one", False, BAKING, "clarify", ()),
    # near misses: no round fits, praise of a round, an edit of a named round
    ("the one with the cat on the stairs", False, STAIRS, "clarify", ()),
    ("go back to the one with the eagle", False, HIKE, "clarify", ()),
    ("the version with the DJ booth", False, WEDDING, "clarify", ()),
    ("the one with the pigeons AND the vignette", False, BENCH, "clarify", ()),
    ("show me the lighthouse version", False, FISHER, "clarify", ()),
    ("the one with the photo booth", False, BARMITZ, "clarify", ()),
    ("the purple lights looked cool too but keep this one", False, CONCERT, "talk", ()),
    ("the first hat was so ugly lmao", False, RETIRE, "talk", ()),
    ("the cream wallpaper was nice but blue is better", False, STAIRS, "talk", ()),
    (
        "take the navy suit one and add a disco ball",
        False,
        WEDDING,
        "edit",
        _edit_on(3, "add a disco ball", "add a disco ball above the dance floor"),
    ),
    (
        "on the black and white one put a little dog under the bench",
        False,
        BENCH,
        "edit",
        _edit_on(3, "put a little dog under the bench", "add a little dog under the bench"),
    ),
    (
        "starting from the red apron one, add a rolling pin on the counter",
        False,
        BAKING,
        "edit",
        _edit_on(2, "add a rolling pin on the counter"),
    ),
    ("in the green dress version give him a green tie", False, PROM, "edit", _edit_on(1, "give him a green tie")),
)
"""Rounds named by their content: goto or show, a question when two fit, a plain answer when none does."""

SHOWGO: tuple[Dev, ...] = (
    # show (look without moving), goto (continue from it), compare (two side by side)
    ("let me see round 2", False, STAIRS, "show", _show(2)),
    ("go with round 2", False, STAIRS, "goto", _goto(2)),
    ("lets continue from 2", False, HIKE, "goto", _goto(2)),
    ("round 2 vs round 4", False, WEDDING, "compare", _compare(2, 4)),
    ("which was better, the cream or the light blue wallpaper? show me both", False, STAIRS, "compare", _compare(3, 4)),
    ("which was better, the blue or the purple lights?", False, CONCERT, "compare", _compare(1, 2)),
    ("put the two hats side by side", False, HIKE, "compare", _compare(3, 4)),
    ("peek at 3 but dont switch", False, FISHER, "show", _show(3)),
    ("switch to 3", False, FISHER, "goto", _goto(3)),
    ("display round 4 for me", False, TEAM, "show", _show(4)),
    ("i want to keep working on round 3", False, TEAM, "goto", _goto(3)),
    ("make round 1 the current one", False, GRAD, "goto", _goto(1)),
    ("revert to v2", False, GRAD, "goto", _goto(2)),
    ("quick look at the original?", False, BAKING, "show", _show(0)),
    ("original next to round 5 pls", False, BAKING, "compare", _compare(0, 5)),
    ("first hat vs second hat", False, RETIRE, "compare", _compare(2, 3)),
    ("compare the red dress with the green dress", False, PROM, "compare", _compare(1, 2)),
    ("show me round 2 and make it the current one", False, BARMITZ, "goto", _goto(2)),
    ("show 3 but stay on this one", False, BARMITZ, "show", _show(3)),
    ("side by side: before the wallpaper vs after the bow tie", False, STAIRS, "compare", _compare(2, 5)),
    ("compare the two boats", False, FISHER, "compare", _compare(5, 6)),
    ("navy suit vs confetti version?", False, WEDDING, "compare", _compare(3, 4)),
    ("how does the b&w one compare to the orange leaves one", False, BENCH, "compare", _compare(1, 3)),
    ("compare both aprons", False, BAKING, "compare", _compare(2, 3)),
    ("let me look at the yellow apron again", False, BAKING, "show", _show(3)),
    ("lets pick up from the seagull one", False, FISHER, "goto", _goto(2)),
    ("rewind to 1", False, QUINCE, "goto", _goto(1)),
    ("gimme a look at round 0", False, QUINCE, "show", _show(0)),
    ("compare this with the previous one", False, STAIRS, "compare", _compare(4, 5)),
    ("is round 3 better than round 4? lemme see em together", False, HIGHCHAIR, "compare", _compare(3, 4)),
    ("2 is the winner, go back to it", False, HIGHCHAIR, "goto", _goto(2)),
    ("pls can i see how round 1 looked, only to see", False, HIGHCHAIR, "show", _show(1)),
    ("the sparkly jacket next to the leather one", False, CONCERT, "compare", _compare(4, 5)),
    ("Round 3 and Round 5, together please.", False, QUINCE, "compare", _compare(3, 5)),
    ("before vs now", False, BARMITZ, "compare", _compare(0, 5)),
    ("i'll take round 3, continue from there", False, PROM, "goto", _goto(3)),
    ("show the limo one", False, PROM, "show", _show(4)),
    ("hat attempt 1 vs hat attempt 3", False, RETIRE, "compare", _compare(2, 4)),
    ("show me 5 real quick", False, HIKE, "show", _show(5)),
    ("lets go with the no-goat version", False, HIKE, "goto", _goto(4)),
    ("compare the blue sky one and the sunset one", False, GRAD, "compare", _compare(3, 4)),
    ("with and without the photographer, side by side", False, GRAD, "compare", _compare(1, 2)),
    # near misses: a round that does not exist, three rounds at once, words that are edits or talk
    ("compare round 3 and 9", False, HIKE, "clarify", ()),
    ("show round 8", False, STAIRS, "clarify", ()),
    ("go to round 6", False, HIGHCHAIR, "clarify", ()),
    ("all three hats side by side", False, RETIRE, "clarify", ()),
    ("show me round 2 of the bar mitzvah slideshow i made yesterday", False, BARMITZ, "talk", ()),
    (
        "put the bride and groom side by side",
        False,
        WEDDING,
        "edit",
        _edit("put the bride and groom side by side"),
    ),
    (
        "show me how it would look with snow falling",
        False,
        BENCH,
        "edit",
        _edit("add snow falling", "add falling snow", "make it snow", "add snow"),
    ),
    (
        "go with a warmer tone overall",
        False,
        TEAM,
        "edit",
        _edit("make the tone warmer", "make it warmer", "give it a warmer tone", "warmer tone overall"),
    ),
    ("compare my grandma's bread to a real bakery's lol", False, BAKING, "talk", ()),
    ("which team won the match do u think", False, TEAM, "talk", ()),
    ("let me see the baby smiling", False, HIGHCHAIR, "edit", _edit("make the baby smile", "make the baby smiling")),
    (
        "switch their places, grandma on the left",
        False,
        BENCH,
        "edit",
        _edit("switch their places so grandma is on the left", "put grandma on the left", "swap their places"),
    ),
    ("can you show two rounds side by side? just asking how it works", False, QUINCE, "talk", ()),
    ("show some love for grandpa 🥰 he looks so sweet", False, BENCH, "talk", ()),
)
"""Show against goto against compare, by number or by content, and near misses."""

STATUS_FAMILY: tuple[Dev, ...] = (
    # where the session stands, and what was asked
    ("where am i", False, STAIRS, "status", STATUS),
    ("what's the current one", False, HIKE, "status", STATUS),
    ("which round is this", False, WEDDING, "status", STATUS),
    ("what did i type for round 3", False, GRAD, "show", _show(3)),
    ("list the edits", False, FISHER, "history", HISTORY),
    ("show me the branches", False, CONCERT, "history", HISTORY),
    ("how many versions are there", False, BAKING, "status", STATUS),
    ("what was the first thing i asked", False, TEAM, "show", _show(1)),
    ("what did you just do", False, HIGHCHAIR, "status", STATUS),
    ("recap everything pls", False, QUINCE, "history", HISTORY),
    ("what does the tree look like so far", False, BARMITZ, "history", HISTORY),
    ("which try is this", False, RETIRE, "status", STATUS),
    ("wait what is round 4", False, PROM, "show", _show(4)),
    ("what was round 2 again", False, BENCH, "show", _show(2)),
    ("full history pls", False, BENCH, "history", HISTORY),
    ("all the rounds so far?", False, HIKE, "history", HISTORY),
    ("how many edits have we done", False, FISHER, "status", STATUS),
    ("what changed in the last edit", False, STAIRS, "status", STATUS),
    ("what was the prompt for the second hat", False, RETIRE, "show", _show(3)),
    ("whats on screen rn", False, CONCERT, "status", STATUS),
    ("am i on the newest version?", False, WEDDING, "status", STATUS),
    ("sry lost track, what round are we at", False, BAKING, "status", STATUS),
    ("give me an overview of every version with what you did", False, TEAM, "history", HISTORY),
    ("what did i ask for in the first hat try", False, HIKE, "show", _show(3)),
    ("remind me what round 1 was", False, PROM, "show", _show(1)),
    ("wich version r we on now", False, GRAD, "status", STATUS),
    ("can u list all the branches and tries", False, RETIRE, "history", HISTORY),
    ("what's the latest thing you changed", False, BARMITZ, "status", STATUS),
    ("where are we at with this pic", False, HIGHCHAIR, "status", STATUS),
    ("what did we do so far, step by step", False, STAIRS, "history", HISTORY),
    ("what was my very first request", False, WEDDING, "show", _show(1)),
    # near misses: questions about the people, the photo or the world, and an edit
    ("how many people are in the team photo", False, TEAM, "talk", ()),
    ("where is this harbour do u think", False, FISHER, "talk", ()),
    ("whats the history of the quinceañera tradition", False, QUINCE, "talk", ()),
    ("list the guests i should invite to the party", False, RETIRE, "talk", ()),
    ("what's the current time in new york", False, CONCERT, "talk", ()),
    ("where am i going wrong with my prompts? any tips", False, HIKE, "talk", ()),
    ("what round of drinks is this lol 🍻", False, RETIRE, "talk", ()),
    (
        "whatever the first thing was, do it on this one too",
        True,
        GRAD_NEW,
        "edit",
        _edit("make the caps gold"),
    ),
    (
        "list the names of the graduates on a banner at the bottom: ana, joe and priya",
        False,
        GRAD,
        "edit",
        _edit(
            "list the names of the graduates on a banner at the bottom: ana, joe and priya",
            "add a banner at the bottom with the names ana, joe and priya",
            "add a banner at the bottom listing ana, joe and priya",
        ),
    ),
)
"""Status and history phrasings, a round's instruction asked for, and near misses."""

UNDO: tuple[Dev, ...] = (
    # undo follows the parents (a branch skips its siblings), steps counted the same way
    ("undo that", False, STAIRS, "undo", _goto(4)),
    ("undo twice", False, STAIRS, "undo", _goto(2)),
    ("go back two", False, STAIRS, "undo", _goto(2)),
    ("undo x3", False, HIKE, "undo", _goto(2)),
    ("back 2 from here", False, HIKE, "undo", _goto(4)),
    ("undo twice pls", False, WEDDING, "undo", _goto(2)),
    ("scrap the last two edits", False, WEDDING, "undo", _goto(2)),
    ("undo undo", False, BENCH, "undo", _goto(0)),
    ("3 steps back", False, BAKING, "undo", _goto(3)),
    ("undo", False, CONCERT, "undo", _goto(3)),
    ("undo it 2 times", False, CONCERT, "undo", _goto(2)),
    ("three steps back please", False, CONCERT, "undo", _goto(0)),
    ("undo the last 2", False, BARMITZ, "undo", _goto(1)),
    ("ctrl z", False, RETIRE, "undo", _goto(4)),
    ("undo 3 times", False, PROM, "undo", _goto(0)),
    ("go back 4 steps", False, FISHER, "undo", _goto(2)),
    ("one step back, the beard looks fake", False, FISHER, "undo", _goto(6)),
    ("nah undo, the blur makes the kitchen look like fog", False, HIGHCHAIR, "undo", _goto(3)),
    ("back one pls", False, TEAM, "undo", _goto(4)),
    ("that gold is tacky, undo", False, QUINCE, "undo", _goto(4)),
    ("get rid of the bow tie", False, STAIRS, "undo", _goto(4)),
    ("the steam looks fake, take it off", False, BAKING, "undo", _goto(5)),
    ("lose the vignette", False, BENCH, "undo", _goto(3)),
    ("put the photographer back", False, GRAD, "goto", _goto(1)),
    ("bring back the lamp post", False, FISHER, "goto", _goto(2)),
    ("the guy in the red jacket can come back, i miss him", False, HIKE, "goto", _goto(1)),
    # near misses: nothing to redo, nothing to undo, and words that mean something else
    ("redo", False, STAIRS, "talk", ()),
    ("bring back what you just undid", False, WEDDING, "talk", ()),
    ("forward one", False, GRAD, "talk", ()),
    ("undo", True, PROM_NEW, "talk", ()),
    ("undo the top button of his shirt", False, RETIRE, "edit", _edit("undo the top button of his shirt")),
    ("forward this to my sister", False, WEDDING, "share", SHARE),
    (
        "back up a little, the couple should be smaller in the frame",
        False,
        BENCH,
        "edit",
        _edit("make the couple smaller in the frame", "zoom out so the couple is smaller in the frame"),
    ),
    ("undo is such a handy button haha", False, TEAM, "talk", ()),
)
"""Undo and redo in branched sessions, removals of the last addition, and near misses."""

RETRY: tuple[Dev, ...] = (
    # the last edit again: a new seed, stronger or weaker, or with a change (a correction from its parent)
    (
        "again but smaller",
        False,
        STAIRS,
        "correction",
        _fix("put a smaller bow tie on the little boy", "put a small bow tie on the little boy"),
    ),
    ("another one", False, STAIRS, "retry", _retry()),
    ("bow tie again but red", False, STAIRS, "correction", _fix("put a red bow tie on the little boy")),
    ("same but less", False, HIKE, "retry", _retry("weaker")),
    ("again, a touch more", False, HIKE, "retry", _retry("stronger")),
    ("another go", False, HIKE, "retry", _retry()),
    (
        "one more try with the hat a bit bigger",
        False,
        HIKE_HAT,
        "correction",
        _fix(
            "put a bigger sun hat on the girl in front",
            "put a slightly bigger sun hat on the girl in front",
            "put a bit bigger sun hat on the girl in front",
            "put a sun hat on the girl in front a bit bigger",
        ),
    ),
    ("third time lucky? hat again", False, HIKE_HAT, "retry", _retry()),
    ("warmer still", False, WEDDING, "retry", _retry("stronger")),
    ("hmm too orange, dial it back", False, WEDDING, "retry", _retry("weaker")),
    ("reroll pls", False, WEDDING, "retry", _retry()),
    (
        "again but smaller text",
        False,
        GRAD,
        "correction",
        _fix(
            "add the text 'class of 2024' at the top in smaller letters",
            "add smaller text 'class of 2024' at the top",
            "add the text 'class of 2024' at the top, smaller",
            "add the text 'class of 2024' in smaller letters at the top",
        ),
    ),
    (
        "redo it, it should say class of 2025",
        False,
        GRAD,
        "correction",
        _fix("add the text 'class of 2025' at the top"),
    ),
    ("try once more, the letters look wonky", False, GRAD, "retry", _retry()),
    ("the vignette again but stronger", False, BENCH, "retry", _retry("stronger")),
    ("softer", False, BENCH, "retry", _retry("weaker")),
    ("another try pls", False, BENCH, "retry", _retry()),
    ("the steam again but way less, it looks like smoke", False, BAKING, "retry", _retry("weaker")),
    (
        "again but only from the loaf on the left",
        False,
        BAKING,
        "correction",
        _fix("add steam rising from the loaf on the left"),
    ),
    ("whiter still", False, FISHER, "retry", _retry("stronger")),
    ("not so white, tone it down", False, FISHER, "retry", _retry("weaker")),
    ("again w a different seed", False, FISHER, "retry", _retry()),
    ("blurrier", False, HIGHCHAIR, "retry", _retry("stronger")),
    ("again but less", False, HIGHCHAIR, "retry", _retry("weaker")),
    ("try again, one bottle is still there", False, TEAM, "retry", _retry()),
    ("again but in red", False, CONCERT, "correction", _fix("give the singer a red leather jacket")),
    ("one more go, the sleeves look melted", False, CONCERT, "retry", _retry()),
    ("again but rose gold", False, QUINCE, "correction", _fix("make the balloons behind her rose gold")),
    ("more gold!!", False, QUINCE, "retry", _retry("stronger")),
    (
        "again, lighter gold",
        False,
        BARMITZ,
        "correction",
        _fix(
            "make the balloon arch light gold",
            "make the balloon arch lighter gold",
            "make the balloon arch a lighter gold",
        ),
    ),
    ("another attempt", False, BARMITZ, "retry", _retry()),
    ("again but smaller", False, RETIRE, "retry", _retry("weaker")),
    ("even bigger lol", False, RETIRE, "retry", _retry("stronger")),
    ("again but a white limo", False, PROM, "correction", _fix("add a white limo behind them")),
    (
        "another go but smaller",
        False,
        PROM,
        "correction",
        _fix("add a smaller limo behind them", "add a small limo behind them"),
    ),
    ("give it one more shot, the limo is floating", False, PROM, "retry", _retry()),
    ("pls one more, the goat has 5 legs 😂", False, HIKE[:6], "retry", _retry()),
    # near misses: the same edit on another thing (an edit), nothing to retry, not a request
    (
        "another one of those on the left",
        False,
        PROM,
        "edit",
        _edit("add another limo on the left", "add a limo on the left", "add another limo on the left side"),
    ),
    ("another one of those on the dad", False, STAIRS, "edit", _edit("put a bow tie on the dad")),
    ("same but for his eyebrows", False, FISHER, "edit", _edit("make his eyebrows whiter")),
    (
        "another one of those for the cones",
        False,
        TEAM,
        "edit",
        _edit("remove the cones on the grass", "remove the cones"),
    ),
    ("same gold on the tiara", False, QUINCE, "edit", _edit("make the tiara gold")),
    ("another one of those, for the gift pile", False, RETIRE, "edit", _edit("make the gift pile bigger")),
    ("steam on the pie as well", False, BAKING, "edit", _edit("add steam rising from the pie")),
    ("add another couple dancing behind them", False, WEDDING, "edit", _edit("add another couple dancing behind them")),
    (
        "make her hat a bit bigger",
        False,
        HIKE,
        "edit",
        _edit(
            "make her hat a bit bigger",
            "make her sun hat a bit bigger",
            "make the hat a bit bigger",
            "make the sun hat a bit bigger",
            "make the girl's sun hat a bit bigger",
        ),
    ),
    (
        "another round of drinks on the desk pls",
        False,
        RETIRE,
        "edit",
        _edit("add another round of drinks on the desk"),
    ),
    ("again but smaller", True, GRAD_NEW, "clarify", ()),
    ("ill try again later with a sharper photo", False, HIGHCHAIR, "talk", ()),
)
"""Retries of the last edit, with a new seed, a degree or a change, and near misses."""

NEAR: tuple[Dev, ...] = (
    # edits whose words sound like moving around the rounds
    (
        "bring back the old lamp post next to the bench",
        False,
        BENCH,
        "edit",
        _edit(
            "bring back the old lamp post next to the bench",
            "add back the old lamp post next to the bench",
            "add the old lamp post next to the bench",
        ),
    ),
    (
        "kill the flash glare on his glasses",
        False,
        RETIRE,
        "edit",
        _edit("kill the flash glare on his glasses", "remove the flash glare on his glasses"),
    ),
    (
        "blow up the balloons so they look fuller",
        False,
        BARMITZ,
        "edit",
        _edit("blow up the balloons so they look fuller", "make the balloons look fuller"),
    ),
    (
        "take the seagull off his shoulder",
        False,
        FISHER,
        "edit",
        _edit("take the seagull off his shoulder", "remove the seagull from his shoulder", "remove the seagull"),
    ),
    (
        "revert the old man's hair to brown",
        False,
        BENCH,
        "edit",
        _edit("revert the old man's hair to brown", "make the old man's hair brown"),
    ),
    ("undo the knot on the groom's tie", False, WEDDING, "edit", _edit("undo the knot on the groom's tie")),
    (
        "go back in time, make it look like the 70s",
        False,
        STAIRS,
        "edit",
        _edit("make it look like the 70s", "make it look like the 1970s", "make the photo look like the 70s"),
    ),
    (
        "rewind the clock on the wall to 5 o'clock",
        False,
        RETIRE,
        "edit",
        _edit(
            "rewind the clock on the wall to 5 o'clock",
            "set the clock on the wall to 5 o'clock",
            "make the clock on the wall show 5 o'clock",
        ),
    ),
    ("show some teeth, make the fisherman smile", False, FISHER, "edit", _edit("make the fisherman smile")),
    (
        "show the bread sliced open",
        False,
        BAKING,
        "edit",
        _edit("show the bread sliced open", "make the bread sliced open", "slice the bread open"),
    ),
    (
        "switch the jerseys to the away kit, white",
        False,
        TEAM,
        "edit",
        _edit("switch the jerseys to the white away kit", "make the jerseys white", "switch the jerseys to white"),
    ),
    (
        "return the ball to the goalkeeper's hands",
        False,
        TEAM,
        "edit",
        _edit(
            "return the ball to the goalkeeper's hands",
            "put the ball in the goalkeeper's hands",
            "put the ball back in the goalkeeper's hands",
        ),
    ),
    (
        "redo the baby's hair into a little curl on top",
        False,
        HIGHCHAIR,
        "edit",
        _edit(
            "redo the baby's hair into a little curl on top",
            "give the baby a little curl on top",
            "give the baby's hair a little curl on top",
        ),
    ),
    (
        "add the original stained glass back to the window",
        False,
        BARMITZ,
        "edit",
        _edit("add the original stained glass back to the window", "add stained glass to the window"),
    ),
    (
        "history books on the shelf behind grandma pls",
        False,
        BAKING,
        "edit",
        _edit("add history books on the shelf behind grandma", "put history books on the shelf behind grandma"),
    ),
    (
        "take the crowd back a few rows so the stage looks bigger",
        False,
        CONCERT,
        "edit",
        _edit(
            "move the crowd back a few rows so the stage looks bigger",
            "take the crowd back a few rows so the stage looks bigger",
            "make the stage look bigger",
        ),
    ),
    ("previous year's trophy on the table too", False, TEAM, "edit", _edit("add previous year's trophy on the table")),
    (
        "put her back straight, she's slouching",
        False,
        QUINCE,
        "edit",
        _edit("make her back straight", "straighten her back", "put her back straight"),
    ),
    (
        "restore the faded colours of grandpa's jacket",
        False,
        BENCH,
        "edit",
        _edit("restore the faded colours of grandpa's jacket", "make grandpa's jacket colours less faded"),
    ),
    ("step back from the sunset a bit, make it less red", False, GRAD, "edit", _edit("make the sunset less red")),
    (
        "bring back the sparkle in her eyes",
        False,
        PROM,
        "edit",
        _edit("bring back the sparkle in her eyes", "add a sparkle in her eyes", "make her eyes sparkle"),
    ),
    (
        "go back to basics with her makeup, keep it natural",
        False,
        QUINCE,
        "edit",
        _edit("make her makeup natural", "make her makeup look natural", "keep her makeup natural"),
    ),
    (
        "reset the groom's hair, it's sticking up",
        False,
        WEDDING,
        "edit",
        _edit("fix the groom's hair so it is not sticking up", "smooth the groom's hair", "reset the groom's hair"),
    ),
    (
        "the ball should be flying towards the camera",
        False,
        TEAM,
        "edit",
        _edit("make the ball fly towards the camera"),
    ),
    (
        "cancel the red eye on the baby",
        False,
        HIGHCHAIR,
        "edit",
        _edit("remove the red eye on the baby", "cancel the red eye on the baby", "fix the red eye on the baby"),
    ),
    (
        "make the singer look back at the crowd",
        False,
        CONCERT,
        "edit",
        _edit("make the singer look back at the crowd"),
    ),
    (
        "grandma's old wedding ring back on her finger pls",
        False,
        BAKING,
        "edit",
        _edit("put grandma's old wedding ring back on her finger", "add a wedding ring on grandma's finger"),
    ),
    # near misses the other way: moves that sound like edits
    ("go back to the sky being blue", False, GRAD, "goto", _goto(3)),
    ("when the sky was still blue", False, GRAD, "goto", _goto(3)),
    ("put the hiker in the red jacket back", False, HIKE, "goto", _goto(1)),
    ("restore the original photo", False, TEAM, "goto", _goto(0)),
    ("i want the old beanie back, before it went orange", False, FISHER, "goto", _goto(0)),
    ("make it look like it did before the balloons", False, WEDDING, "goto", _goto(1)),
    ("the lights were nicer before the warm thing, go back", False, WEDDING, "undo", _goto(4)),
    ("take off what you added last", False, PROM, "undo", _goto(3)),
    ("reset everything", False, CONCERT, "goto", _goto(0)),
    ("back to when the bib was still white", False, HIGHCHAIR, "goto", _goto(1)),
)
"""Edits whose words sound like moving around, and moves whose words sound like edits."""

R32B: tuple[Dev, ...] = (*CONTENT, *SHOWGO, *STATUS_FAMILY, *UNDO, *RETRY, *NEAR)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: undo goes to the current round's parent, redo to its newest child
    (4, ("redo", False, STAIRS, "redo", _goto(5))),
    (4, ("bring back what you just undid", False, STAIRS, "redo", _goto(5))),
    (4, ("undo again", False, STAIRS, "undo", _goto(2))),
    (4, ("forward one", False, STAIRS, "redo", _goto(5))),
    (2, ("redo pls", False, STAIRS, "redo", _goto(4))),
    (2, ("forward two", False, STAIRS, "redo", _goto(5))),
    (2, ("ok now add a cat on the top step", False, STAIRS, "edit", _edit("add a cat on the top step"))),
    (3, ("compare this with the blue wallpaper", False, STAIRS, "compare", _compare(3, 4))),
    (3, ("try that again", False, STAIRS, "retry", _retry())),
    (4, ("undo", False, HIKE, "undo", _goto(2))),
    (4, ("redo", False, HIKE, "redo", _goto(5))),
    (4, ("forward 2", False, HIKE, "redo", _goto(6))),
    (2, ("bring it back", False, HIKE, "redo", _goto(4))),
    (
        3,
        ("where am i now", False, HIKE, "status", STATUS),
    ),
    (3, ("this hat is better, add the goat here too", False, HIKE, "edit", _edit("add a mountain goat on the rock"))),
    (1, ("jump to the latest", False, HIKE, "goto", _goto(6))),
    (3, ("undo", False, WEDDING, "undo", _goto(2))),
    (3, ("redo", False, WEDDING, "talk", ())),
    (3, ("back to the newest one", False, WEDDING, "goto", _goto(5))),
    (3, ("compare this to the confetti one", False, WEDDING, "compare", _compare(3, 4))),
    (3, ("warmer lighting on this one too", False, WEDDING, "edit", _edit("make the lighting warmer"))),
    (2, ("undo", False, BENCH, "undo", _goto(1))),
    (2, ("redo", False, BENCH, "talk", ())),
    (2, ("go to the latest", False, BENCH, "goto", _goto(4))),
    (2, ("add a soft vignette here too", False, BENCH, "edit", _edit("add a soft vignette"))),
    (0, ("redo", False, BENCH, "redo", _goto(3))),
    (2, ("undo", False, BAKING, "undo", _goto(1))),
    (2, ("redo", False, BAKING, "talk", ())),
    (2, ("back to where i was, the steam one", False, BAKING, "goto", _goto(6))),
    (4, ("redo all of it", False, BAKING, "redo", _goto(6))),
    (4, ("forward one", False, BAKING, "redo", _goto(5))),
    (4, ("show me what i undid", False, BAKING, "show", _show(5))),
    (1, ("undo", False, CONCERT, "undo", _goto(0))),
    (1, ("take me to the newest", False, CONCERT, "goto", _goto(5))),
    (0, ("redo", False, CONCERT, "redo", _goto(2))),
    (4, ("one more try", False, CONCERT, "retry", _retry())),
    (
        4,
        (
            "again but silver",
            False,
            CONCERT,
            "correction",
            _fix("give the singer a silver sparkly jacket", "give the singer a sparkly silver jacket"),
        ),
    ),
    (3, ("redo", False, FISHER, "redo", _goto(4))),
    (3, ("undo", False, FISHER, "undo", _goto(2))),
    (3, ("forward 3", False, FISHER, "redo", _goto(7))),
    (3, ("what round is this", False, FISHER, "status", STATUS)),
    (5, ("compare this with the other boat", False, FISHER, "compare", _compare(5, 6))),
    (2, ("redo", False, GRAD, "redo", _goto(3))),
    (2, ("undo", False, GRAD, "undo", _goto(1))),
    (2, ("add confetti in the air", False, GRAD, "edit", _edit("add confetti in the air"))),
    (3, ("forward one", False, QUINCE, "redo", _goto(4))),
    (3, ("continue from the newest", False, QUINCE, "goto", _goto(5))),
    (3, ("undo", False, BARMITZ, "undo", _goto(2))),
    (3, ("undo twice", False, BARMITZ, "undo", _goto(1))),
    (3, ("redo", False, BARMITZ, "talk", ())),
    (3, ("gold arch on this one too", False, BARMITZ, "edit", _edit("make the balloon arch gold"))),
    (1, ("redo", False, RETIRE, "redo", _goto(4))),
    (1, ("bring back the second hat", False, RETIRE, "goto", _goto(3))),
    (2, ("one more try", False, RETIRE, "retry", _retry())),
    (2, ("compare this hat with the last hat", False, RETIRE, "compare", _compare(2, 4))),
    (0, ("redo", False, PROM, "redo", _goto(2))),
    (0, ("one more try?", False, PROM, "clarify", ())),
    (0, ("show me the limo one", False, PROM, "show", _show(4))),
    (1, ("give him a white tuxedo here too", False, PROM, "edit", _edit("give him a white tuxedo"))),
    (1, ("undo", False, PROM, "undo", _goto(0))),
    (2, ("the one i was on before, the last one", False, TEAM, "goto", _goto(5))),
    (2, ("one more go at the trophy", False, TEAM, "retry", _retry())),
    (2, ("which round am i looking at", False, TEAM, "status", STATUS)),
    (1, ("go forward 3 rounds", False, HIGHCHAIR, "redo", _goto(4))),
    (1, ("now put a teddy bear on the tray", False, HIGHCHAIR, "edit", _edit("put a teddy bear on the tray"))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r32b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R32B`, then the moved ones)."""
    return with_moved(R32B, "r32b", MOVED, "r32b_moved")
