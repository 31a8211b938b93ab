"""Development turns about taking an edit back, bringing it back, trying it again and dialling it up or down.

Hand-written for training and tuning the dialogue model (never for measuring it), about scenes no other
set uses (a playground seesaw, a golfer, a lab beaker, a rocket launch, a ballroom, a beekeeper, a
bonfire, a sloth, a wok, an orchid, a lobster, a hedgehog, a classroom blackboard, glowing mushrooms, a
yoga mat, a clothesline, a carnival, a gym). Undo in messy real typing ("nah revert", "ctrl z", "unod")
and complaints that mean it ("that's worse", "I preferred it before") expect a revert to the current
round's parent; redo after an undo a revert to the round undone (the newest child); retries in new
words the last edit again; stronger and weaker ("more intense", "tone it down a bit", "less saturated
version of that") the last edit again with the guidance raised or lowered. With nothing to act on
(no edit yet, an undo on the upload, a redo on the newest round) a question; a retry on the upload after
its only edit was undone tries that edit again. About a third are
look-alikes that must not be read as any of these: edits that say "back", "again" or "more" ("put the
chair back in the corner", "add more flowers"), and talk ("can I undo later?", "way better than
before"). `UNDO2`'s states have their last round current; `UNDO2_MOVED` holds turns whose current round
(first) is an earlier one, after a goto or an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Calls, Dev, _edit, _goto, _retry, with_moved

PLAYGROUND = ((None, None), (0, "paint the seesaw yellow"), (1, "add a kid in the sandbox"))
"""A playground: seesaw, sandbox, monkey bars, bench, trees; two edits."""
GOLF = ((None, None), (0, "make the golfer's shirt pink"))
"""A golf course: golfer, caddie, flag, bunker, grass, cart."""
LAB = ((None, None), (0, "add green bubbles in the beaker"))
"""A lab bench: beaker, microscope, test tubes, lab coat."""
ROCKET = (
    (None, None),
    (0, "add a rocket on the launch pad"),
    (1, "make the sky orange"),
    (2, "add flames under the rocket"),
)
"""A launch site with three edits, each on the one before."""
BALLROOM = (
    (None, None),
    (0, "add a crystal chandelier"),
    (1, "make the floor checkered"),
    (2, "add couples dancing"),
    (3, "dim the lights"),
)
"""A ballroom with four edits, each on the one before."""
BEEKEEPER = ((None, None), (0, "give the beekeeper a yellow suit"))
"""An apiary: beekeeper, hives, bees, smoker, meadow."""
BONFIRE = ((None, None), (0, "make the bonfire bigger"))
"""A bonfire at night: logs, marshmallows on sticks, friends, sparks."""
SLOTH = ((None, None), (0, "add a sloth hanging from the branch"))
"""A rainforest: branch, vines, leaves, mist."""
WOK = ((None, None), (0, "add flames under the wok"))
"""A street-food stall: wok, cook, noodles, chili peppers, gas burner."""
ORCHID = ((None, None), (0, "make the orchid white"))
"""A windowsill orchid: flower, pot, leaves, blinds."""
LOBSTER = ((None, None), (0, "make the lobster bright red"))
"""A seafood platter: lobster, crab claws, ice, parsley."""
HEDGEHOG = ((None, None), (0, "add a hedgehog in the leaves"))
"""A garden at dusk: fallen leaves, hedge, path, lamp."""
CLASSROOM = ((None, None), (0, "remove the lunchboxes from the floor"), (1, "write a math formula on the blackboard"))
"""A classroom: blackboard, teacher, chairs, map, lunchboxes; two edits."""
MUSHROOM = ((None, None), (0, "make the mushrooms glow"))
"""A forest floor at night: mushrooms, moss, log, ferns."""
YOGA = ((None, None), (0, "remove the yoga mat"))
"""A living-room floor: yoga mat, water bottle, plant, rug."""
CLOTHESLINE = ((None, None), (0, "hang colorful sheets on the clothesline"))
"""A backyard: clothesline, pegs, basket, shed."""
CARNIVAL = ((None, None), (0, "give the dancers feathered masks"))
"""A carnival parade: dancers, float, stilt walkers, spectators."""
GYM = (
    (None, None),
    (0, "remove the dumbbells from the floor"),
    (1, "add a treadmill by the window"),
    (2, "make the walls dark grey"),
)
"""A home gym with three edits, each on the one before."""
GOLF_BRANCH = ((None, None), (0, "make the golfer's shirt pink"), (0, "make the golfer's shirt teal"))
"""The golf course after a goto: round 2 was made from the upload, beside round 1."""


def _instead(index: int, *instructions: str) -> Calls:
    """Revert to round `index`, then edit there."""
    return (*_goto(index), *_edit(*instructions))


UNDO: tuple[Dev, ...] = (
    ("nah revert", False, GOLF, "undo", _goto(0)),
    ("put it back how it was", False, LOBSTER, "undo", _goto(0)),
    ("ctrl z", False, ORCHID, "undo", _goto(0)),
    ("undo that pls", False, SLOTH, "undo", _goto(0)),
    ("cmd+z", False, WOK, "undo", _goto(0)),
    ("ctrl-z ctrl-z", False, ROCKET, "undo", _goto(1)),
    ("undooo", False, HEDGEHOG, "undo", _goto(0)),
    ("unod", False, BEEKEEPER, "undo", _goto(0)),
    ("revert pls", False, CLOTHESLINE, "undo", _goto(0)),
    ("revert that last one", False, CLASSROOM, "undo", _goto(1)),
    ("go back to how it was before", False, MUSHROOM, "undo", _goto(0)),
    ("take that back", False, YOGA, "undo", _goto(0)),
    ("get rid of that last edit", False, PLAYGROUND, "undo", _goto(1)),
    ("nope. back", False, BONFIRE, "undo", _goto(0)),
    ("no no no go back", False, CARNIVAL, "undo", _goto(0)),
    ("undo the flames", False, ROCKET, "undo", _goto(2)),
    ("delete the last change", False, GYM, "undo", _goto(2)),
    ("i want it like it was", False, ORCHID, "undo", _goto(0)),
    ("return to previous", False, SLOTH, "undo", _goto(0)),
    ("previous one pls", False, LAB, "undo", _goto(0)),
    ("step back", False, GYM, "undo", _goto(2)),
    ("back up one step", False, HEDGEHOG, "undo", _goto(0)),
    ("one step back", False, CLASSROOM, "undo", _goto(1)),
    ("undo undo undo", False, BALLROOM, "undo", _goto(1)),
    ("undo the last 2 edits", False, GYM, "undo", _goto(1)),
    ("revert both", False, PLAYGROUND, "undo", _goto(0)),
    ("go back to the version before this one", False, BEEKEEPER, "undo", _goto(0)),
    ("restore the previous version", False, CLOTHESLINE, "undo", _goto(0)),
    ("make it like it was before", False, MUSHROOM, "undo", _goto(0)),
    ("rollback", False, YOGA, "undo", _goto(0)),
    ("revert!!!", False, LOBSTER, "undo", _goto(0)),
    ("can u undo", False, BONFIRE, "undo", _goto(0)),
    ("could you please undo your last change, thank you", False, CARNIVAL, "undo", _goto(0)),
    ("pls undo 🙏", False, SLOTH, "undo", _goto(0)),
    ("noo undo that asap", False, GOLF, "undo", _goto(0)),
    ("bring back the last one", False, ORCHID, "undo", _goto(0)),
    ("put it back the way it was", False, HEDGEHOG, "undo", _goto(0)),
    ("back to before", False, LAB, "undo", _goto(0)),
    ("undo that and the one before", False, ROCKET, "undo", _goto(1)),
    ("let's undo that", False, GYM, "undo", _goto(2)),
    ("hmm undo", False, CLASSROOM, "undo", _goto(1)),
    ("undo it pls the wok looks weird now", False, WOK, "undo", _goto(0)),
    ("go back to the previous pic", False, BEEKEEPER, "undo", _goto(0)),
    ("delete that edit", False, LOBSTER, "undo", _goto(0)),
    ("remove that change you just made", False, YOGA, "undo", _goto(0)),
    ("take the hedgehog back out", False, HEDGEHOG, "undo", _goto(0)),
    ("wait put the mat back", False, YOGA, "undo", _goto(0)),
    ("Undo, please.", False, BALLROOM, "undo", _goto(3)),
    ("reverse the last two steps", False, BALLROOM, "undo", _goto(2)),
    ("plz can you go back, i dont want this", False, SLOTH, "undo", _goto(0)),
    ("nah nah revert it", False, WOK, "undo", _goto(0)),
    ("ok no. ctrl+z", False, CARNIVAL, "undo", _goto(0)),
)
"""The last edit (or the last few) taken back."""

COMPLAINTS: tuple[Dev, ...] = (
    ("that's worse", False, GOLF, "undo", _goto(0)),
    ("I preferred it before", False, ORCHID, "undo", _goto(0)),
    ("it was better before tbh", False, SLOTH, "undo", _goto(0)),
    ("ugh thats way worse, go back", False, ROCKET, "undo", _goto(2)),
    ("the old one was nicer", False, BEEKEEPER, "undo", _goto(0)),
    ("i liked it better without the flames", False, ROCKET, "undo", _goto(2)),
    ("nope, liked the previous better", False, MUSHROOM, "undo", _goto(0)),
    ("before was better", False, WOK, "undo", _goto(0)),
    ("honestly the last version looked better", False, GYM, "undo", _goto(2)),
    ("this is worse than before, revert", False, PLAYGROUND, "undo", _goto(1)),
    ("made it worse. undo", False, BONFIRE, "undo", _goto(0)),
    ("eww no, the one before was way better", False, CARNIVAL, "undo", _goto(0)),
    ("thats worse than it was", False, LAB, "undo", _goto(0)),
    ("i prefered the old version, sorry", False, CLOTHESLINE, "undo", _goto(0)),
    ("hmm no, it looked better before you touched it", False, LOBSTER, "undo", _goto(0)),
)
"""Complaints that mean: take the last edit back."""

RETRIES: tuple[Dev, ...] = (
    ("give me another take", False, LAB, "retry", _retry()),
    ("roll the dice again", False, SLOTH, "retry", _retry()),
    ("one more try", False, WOK, "retry", _retry()),
    ("new version pls", False, ORCHID, "retry", _retry()),
    ("try it again", False, GOLF, "retry", _retry()),
    ("again", False, BEEKEEPER, "retry", _retry()),
    ("do it again but differently", False, CLOTHESLINE, "retry", _retry()),
    ("hmm another one?", False, HEDGEHOG, "retry", _retry()),
    ("can i get another version of the sloth", False, SLOTH, "retry", _retry()),
    ("nah doesn't look real, try again", False, MUSHROOM, "retry", _retry()),
    ("regenerate", False, CARNIVAL, "retry", _retry()),
    ("re-do with other seed", False, LOBSTER, "retry", _retry()),
    ("try that one more time please", False, GYM, "retry", _retry()),
    ("once more", False, BONFIRE, "retry", _retry()),
    ("rerun it", False, YOGA, "retry", _retry()),
    ("new attempt pls", False, PLAYGROUND, "retry", _retry()),
    ("run it again", False, ROCKET, "retry", _retry()),
    ("different variation please", False, BALLROOM, "retry", _retry()),
    ("show me another option", False, PLAYGROUND, "retry", _retry()),
    ("other take pls", False, LAB, "retry", _retry()),
    ("i dont like this one, give me a new one", False, ORCHID, "retry", _retry()),
    ("the suit looks weird, another go", False, BEEKEEPER, "retry", _retry()),
    ("try again w a different seed", False, GOLF, "retry", _retry()),
    ("again plz 🎲", False, WOK, "retry", _retry()),
    ("make another attempt", False, HEDGEHOG, "retry", _retry()),
    ("retry", False, CLOTHESLINE, "retry", _retry()),
    ("same thing again but a different result", False, LOBSTER, "retry", _retry()),
    ("another roll", False, SLOTH, "retry", _retry()),
    ("could you have another go at it?", False, GYM, "retry", _retry()),
    ("one more version please, i want to choose", False, CARNIVAL, "retry", _retry()),
    ("meh. try again", False, MUSHROOM, "retry", _retry()),
    ("the formula looks like gibberish, try again", False, CLASSROOM, "retry", _retry()),
    ("pls generate it again", False, BONFIRE, "retry", _retry()),
    ("try again, the kid looks pasted in", False, PLAYGROUND, "retry", _retry()),
    ("do another one", False, ROCKET, "retry", _retry()),
)
"""The last edit again with a new seed."""

STRONGER: tuple[Dev, ...] = (
    ("more intense", False, MUSHROOM, "retry", _retry("stronger")),
    ("barely changed, push it harder", False, LAB, "retry", _retry("stronger")),
    ("stronger pls", False, LOBSTER, "retry", _retry("stronger")),
    ("i can hardly see the glow", False, MUSHROOM, "retry", _retry("stronger")),
    ("go bigger", False, BONFIRE, "retry", _retry("stronger")),
    ("crank it up more", False, CARNIVAL, "retry", _retry("stronger")),
    ("more!!", False, WOK, "retry", _retry("stronger")),
    ("whiter", False, ORCHID, "retry", _retry("stronger")),
    ("not enough, harder", False, GOLF, "retry", _retry("stronger")),
    ("redder still", False, LOBSTER, "retry", _retry("stronger")),
    ("the pink is too pale", False, GOLF, "retry", _retry("stronger")),
    ("way more dramatic please", False, ROCKET, "retry", _retry("stronger")),
    ("amp it up", False, CARNIVAL, "retry", _retry("stronger")),
    ("intensify", False, MUSHROOM, "retry", _retry("stronger")),
    ("you barely did anything, stronger", False, CLOTHESLINE, "retry", _retry("stronger")),
    ("more vivid", False, LOBSTER, "retry", _retry("stronger")),
    ("a lil more", False, WOK, "retry", _retry("stronger")),
    ("it's too weak", False, LAB, "retry", _retry("stronger")),
    ("more saturated version of that", False, GOLF, "retry", _retry("stronger")),
    ("the glow is too subtle, go harder", False, MUSHROOM, "retry", _retry("stronger")),
    ("push it further", False, BONFIRE, "retry", _retry("stronger")),
    ("even darker", False, GYM, "retry", _retry("stronger")),
    ("hardly any change. stronger please", False, ORCHID, "retry", _retry("stronger")),
    ("can you make it more intense", False, WOK, "retry", _retry("stronger")),
)
"""The last edit again with the guidance raised."""

WEAKER: tuple[Dev, ...] = (
    ("tone it down a bit", False, LOBSTER, "retry", _retry("weaker")),
    ("too much, softer", False, MUSHROOM, "retry", _retry("weaker")),
    ("less saturated version of that", False, GOLF, "retry", _retry("weaker")),
    ("too pink", False, GOLF, "retry", _retry("weaker")),
    ("too bright", False, MUSHROOM, "retry", _retry("weaker")),
    ("dial it back a notch", False, CARNIVAL, "retry", _retry("weaker")),
    ("a bit softer pls", False, ORCHID, "retry", _retry("weaker")),
    ("too red now", False, LOBSTER, "retry", _retry("weaker")),
    ("more subtle please", False, WOK, "retry", _retry("weaker")),
    ("go easy on it", False, LAB, "retry", _retry("weaker")),
    ("less dramatic", False, ROCKET, "retry", _retry("weaker")),
    ("its overkill, calm it down", False, BONFIRE, "retry", _retry("weaker")),
    ("way overdone", False, CLOTHESLINE, "retry", _retry("weaker")),
    ("too intense, reduce a little", False, MUSHROOM, "retry", _retry("weaker")),
    ("not so strong pls", False, GOLF, "retry", _retry("weaker")),
    ("too dark now", False, GYM, "retry", _retry("weaker")),
    ("weaker", False, BEEKEEPER, "retry", _retry("weaker")),
    ("it's a bit much, can you soften it", False, LOBSTER, "retry", _retry("weaker")),
    ("less, much less", False, WOK, "retry", _retry("weaker")),
    ("the glow is way too strong lol", False, MUSHROOM, "retry", _retry("weaker")),
    ("slightly less pink pls", False, GOLF, "retry", _retry("weaker")),
    ("tone down the flames", False, ROCKET, "retry", _retry("weaker")),
)
"""The last edit again with the guidance lowered."""

TOGETHER: tuple[Dev, ...] = (
    (
        "undo that and give the golfer a blue shirt",
        False,
        GOLF,
        "correction",
        _instead(0, "give the golfer a blue shirt"),
    ),
    ("revert and add a koala instead", False, SLOTH, "correction", _instead(0, "add a koala")),
    (
        "undo the flames and add a vapour trail",
        False,
        ROCKET,
        "correction",
        _instead(2, "add a vapour trail"),
    ),
)
"""An undo and a new edit in one turn."""

NOTHING_TO_DO: tuple[Dev, ...] = (
    ("undo", False, UPLOAD, "clarify", ()),
    ("ctrl z pls", False, UPLOAD, "clarify", ()),
    ("give me another take", False, UPLOAD, "clarify", ()),
    ("roll the dice again", False, UPLOAD, "clarify", ()),
    ("tone it down a bit", False, UPLOAD, "clarify", ()),
    ("redo", False, UPLOAD, "clarify", ()),
    ("I preferred it before", False, UPLOAD, "clarify", ()),
    ("put it back how it was", False, UPLOAD, "clarify", ()),
    ("one more try", False, UPLOAD, "clarify", ()),
    ("barely changed, push it harder", False, UPLOAD, "clarify", ()),
    ("nah revert", False, UPLOAD, "clarify", ()),
    ("that's worse", False, UPLOAD, "clarify", ()),
    ("redo", False, GOLF, "clarify", ()),
    ("ctrl y", False, ORCHID, "clarify", ()),
    ("redo pls", False, ROCKET, "clarify", ()),
    ("go forward one", False, LAB, "clarify", ()),
    ("undo x5", False, GOLF, "clarify", ()),
)
"""Undo, redo, retry and strength with nothing to act on: no edit yet, nothing undone, too many steps."""

EDIT_LOOKALIKES: tuple[Dev, ...] = (
    ("put the chair back in the corner", False, CLASSROOM, "edit", _edit("put the chair back in the corner")),
    ("add more flowers", False, ORCHID, "edit", _edit("add more flowers")),
    (
        "make the sky blue again",
        False,
        ROCKET,
        "edit",
        _edit("make the sky blue again", "make the sky blue"),
    ),
    ("add more marshmallows on the sticks", False, BONFIRE, "edit", _edit("add more marshmallows on the sticks")),
    ("push the seesaw back a bit", False, PLAYGROUND, "edit", _edit("push the seesaw back a bit")),
    ("paint the back wall white", False, GYM, "edit", _edit("paint the back wall white")),
    ("add a golf cart in the back", False, GOLF, "edit", _edit("add a golf cart in the back")),
    ("make the test tubes shine more", False, LAB, "edit", _edit("make the test tubes shine more")),
    ("add more chili peppers next to the wok", False, WOK, "edit", _edit("add more chili peppers next to the wok")),
    ("add two more hedgehogs", False, HEDGEHOG, "edit", _edit("add two more hedgehogs")),
    (
        "make the grass green again, it looks brown",
        False,
        GOLF,
        "edit",
        _edit("make the grass green again", "make the grass green"),
    ),
    ("move the treadmill back against the wall", False, GYM, "edit", _edit("move the treadmill back against the wall")),
    ("add a back light behind the orchid", False, ORCHID, "edit", _edit("add a back light behind the orchid")),
    ("put the lid back on the beaker", False, LAB, "edit", _edit("put the lid back on the beaker")),
    ("add more colorful socks on the line", False, CLOTHESLINE, "edit", _edit("add more colorful socks on the line")),
    ("add more mushrooms around the log", False, MUSHROOM, "edit", _edit("add more mushrooms around the log")),
    ("add one more couple on the left", False, BALLROOM, "edit", _edit("add one more couple on the left")),
    ("now give the caddie a cap", False, GOLF, "edit", _edit("give the caddie a cap")),
    ("ok now add more bees around the hives", False, BEEKEEPER, "edit", _edit("add more bees around the hives")),
    ("make the crab claws more orange", False, LOBSTER, "edit", _edit("make the crab claws more orange")),
    ("make the float more colorful", False, CARNIVAL, "edit", _edit("make the float more colorful")),
    ("add a satellite dish behind the rocket", False, ROCKET, "edit", _edit("add a satellite dish behind the rocket")),
    ("bring the teacher to the front", False, CLASSROOM, "edit", _edit("bring the teacher to the front")),
    ("put the water bottle back on the rug", False, YOGA, "edit", _edit("put the water bottle back on the rug")),
    (
        "add a second sloth again on the lower branch",
        False,
        SLOTH,
        "edit",
        _edit("add a second sloth on the lower branch", "add a second sloth again on the lower branch"),
    ),
    (
        "give the cook a hat, and make the noodles look more fresh",
        False,
        WOK,
        "edit",
        (
            ("edit_image", {"instruction": "give the cook a hat"}),
            ("edit_image", {"instruction": "make the noodles look more fresh"}),
        ),
    ),
    (
        "turn the kid around so his back is to us",
        False,
        PLAYGROUND,
        "edit",
        _edit("turn the kid around so his back is to us"),
    ),
    ("remove the stilt walkers at the back", False, CARNIVAL, "edit", _edit("remove the stilt walkers at the back")),
    ("make the leaves more orange", False, HEDGEHOG, "edit", _edit("make the leaves more orange")),
    ("add more sparks above the fire", False, BONFIRE, "edit", _edit("add more sparks above the fire")),
)
"""Edits that say "back", "again" or "more" and are no undo, redo or strength change: a plain edit on top."""

TALK_LOOKALIKES: tuple[Dev, ...] = (
    ("can I undo later?", False, GOLF, "talk", ()),
    ("is there a redo button", False, LAB, "talk", ()),
    ("how far back can i go?", False, ROCKET, "talk", ()),
    ("does retrying cost anything", False, ORCHID, "talk", ()),
    ("if i undo do i lose the flames forever?", False, ROCKET, "talk", ()),
    ("what does redo do exactly", False, BALLROOM, "talk", ()),
    ("nice, way better than before", False, MUSHROOM, "talk", ()),
    ("much better than the original 😍", False, LOBSTER, "talk", ()),
    ("this is better, keep it", False, SLOTH, "talk", ()),
    ("no need to try again, it's great", False, HEDGEHOG, "talk", ()),
    ("don't undo anything", False, CLOTHESLINE, "talk", ()),
    ("i was going to ask for another take but this works", False, WOK, "talk", ()),
    ("the glow is intense lol i love it", False, MUSHROOM, "talk", ()),
    ("haha he looks so much better now", False, GOLF, "talk", ()),
    ("wow the bonfire is huge now", False, BONFIRE, "talk", ()),
    ("i'll come back later to try again", False, CARNIVAL, "talk", ()),
    ("let me think about it, maybe i'll revert", False, BEEKEEPER, "talk", ()),
    ("keep it", False, ORCHID, "talk", ()),
    ("it's fine, no need for another version", False, LAB, "talk", ()),
    ("not worse, just different", False, YOGA, "talk", ()),
    ("how do i go back to an older version", False, GYM, "talk", ()),
    ("whats the difference between retry and redo", False, PLAYGROUND, "talk", ()),
    ("thanks! back in 5 min", False, SLOTH, "talk", ()),
    ("my kid says do it again lol but i think its good", False, PLAYGROUND, "talk", ()),
    ("again, thanks a lot!", False, LOBSTER, "talk", ()),
    ("more or less what i wanted, thanks", False, CLASSROOM, "talk", ()),
    ("ok that's more like it", False, GOLF, "talk", ()),
    ("so much more intense, love it", False, MUSHROOM, "talk", ()),
    ("is it too much? nah it's fine", False, BONFIRE, "talk", ()),
    ("back to work for me, bye", False, WOK, "talk", ()),
    ("why did the walls get darker?", False, GYM, "talk", ()),
    ("could i get it stronger later if i want?", False, ORCHID, "talk", ()),
    ("the suit is perfect, no more changes", False, BEEKEEPER, "talk", ()),
    ("lol the sloth is back in the tree", False, SLOTH, "talk", ()),
)
"""Talk that says "undo", "again", "more", "back" or "better than before" and asks for nothing."""

UNDO2: tuple[Dev, ...] = (
    *UNDO,
    *COMPLAINTS,
    *RETRIES,
    *STRONGER,
    *WEAKER,
    *TOGETHER,
    *NOTHING_TO_DO,
    *EDIT_LOOKALIKES,
    *TALK_LOOKALIKES,
)
"""Every turn whose current round is the latest."""

UNDO2_MOVED: tuple[tuple[int, Dev], ...] = (
    # the launch site, back on the orange sky (round 2, the flames of round 3 undone)
    (2, ("redo", False, ROCKET, "redo", _goto(3))),
    (2, ("actually keep it, redo", False, ROCKET, "redo", _goto(3))),
    (2, ("go forward again", False, ROCKET, "redo", _goto(3))),
    (2, ("the undo was a mistake, put the flames back", False, ROCKET, "redo", _goto(3))),
    (2, ("try again", False, ROCKET, "retry", _retry())),
    (2, ("more orange", False, ROCKET, "retry", _retry("stronger"))),
    (2, ("less orange", False, ROCKET, "retry", _retry("weaker"))),
    (2, ("undo", False, ROCKET, "undo", _goto(1))),
    (2, ("nah revert", False, ROCKET, "undo", _goto(1))),
    (2, ("can i redo later?", False, ROCKET, "talk", ())),
    (2, ("add spectators behind the barrier", False, ROCKET, "edit", _edit("add spectators behind the barrier"))),
    # the ballroom, back on the checkered floor (round 2)
    (2, ("redo pls", False, BALLROOM, "redo", _goto(3))),
    (2, ("redo twice", False, BALLROOM, "redo", _goto(4))),
    (2, ("nah i want the dancers back", False, BALLROOM, "redo", _goto(3))),
    (2, ("undo twice", False, BALLROOM, "undo", _goto(0))),
    (2, ("another take pls", False, BALLROOM, "retry", _retry())),
    (2, ("add more couples dancing", False, BALLROOM, "edit", _edit("add more couples dancing"))),
    # the gym, back on the treadmill (round 2)
    (2, ("bring back the last one", False, GYM, "redo", _goto(3))),
    (2, ("put it back", False, GYM, "redo", _goto(3))),
    (2, ("forward", False, GYM, "redo", _goto(3))),
    (2, ("step back", False, GYM, "undo", _goto(1))),
    (1, ("redo x2", False, GYM, "redo", _goto(3))),
    # the playground, back on the yellow seesaw (round 1) and on the upload
    (1, ("redo the kid", False, PLAYGROUND, "redo", _goto(2))),
    (1, ("ok bring it back", False, PLAYGROUND, "redo", _goto(2))),
    (0, ("redo x2", False, PLAYGROUND, "redo", _goto(2))),
    (0, ("redo the seesaw", False, PLAYGROUND, "redo", _goto(1))),
    # single edits undone: back on the upload
    (0, ("ctrl y", False, GOLF, "redo", _goto(1))),
    (0, ("ctrl+shift+z", False, LOBSTER, "redo", _goto(1))),
    (0, ("undo the undo", False, SLOTH, "redo", _goto(1))),
    (0, ("oh wait bring it back", False, ORCHID, "redo", _goto(1))),
    (0, ("put it back", False, HEDGEHOG, "redo", _goto(1))),
    (0, ("give me the hedgehog back", False, HEDGEHOG, "redo", _goto(1))),
    (0, ("changed my mind, redo it", False, LAB, "redo", _goto(1))),
    (0, ("restore what i just undid", False, CLOTHESLINE, "redo", _goto(1))),
    (0, ("REDO!!", False, BONFIRE, "redo", _goto(1))),
    (0, ("redo that", False, WOK, "redo", _goto(1))),
    (0, ("undo", False, CARNIVAL, "clarify", ())),
    (0, ("nah revert", False, SLOTH, "clarify", ())),
    (0, ("ctrl z", False, WOK, "clarify", ())),
    # the only edit undone, then tried again: that edit, from the upload (as `_redo_edit` does)
    (0, ("try again", False, GOLF, "retry", (("retry_edit", {"round": 1}),))),
    (0, ("more intense", False, MUSHROOM, "retry", (("retry_edit", {"round": 1, "strength": "stronger"}),))),
    (0, ("can i undo later?", False, ORCHID, "talk", ())),
    (0, ("put a ladybug back on the leaf", False, HEDGEHOG, "edit", _edit("put a ladybug back on the leaf"))),
    # the golf course on the upload with two lines made from it, and on the pink shirt
    (0, ("redo", False, GOLF_BRANCH, "redo", _goto(2))),
    (1, ("redo", False, GOLF_BRANCH, "clarify", ())),
    (1, ("undo", False, GOLF_BRANCH, "undo", _goto(0))),
    (1, ("try again", False, GOLF_BRANCH, "retry", _retry())),
    (1, ("too pink", False, GOLF_BRANCH, "retry", _retry("weaker"))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def undo2_cases() -> list[EvalCase]:
    """Every turn of this set as an `assistant.evaluation` case (`UNDO2`, then `UNDO2_MOVED`)."""
    return with_moved(UNDO2, "undo2", UNDO2_MOVED, "undo2_moved")
