"""Round 33, set b: the one short question (clarify) when a turn cannot be acted on, next to turns that can.

Written by hand from what a demanding user wants (issue 10's table of behaviours and the README's "Talking to
it"), before the dialogue model was run on any of it, about photos no other set uses, all of science fiction
and fantasy cosplay and conventions: a cosplayer in knight armour, a dragon costume at a parade, a convention
hall with booths, a Star-Trek-style bridge set, an elf archer in a forest shoot, a robot costume made of
boxes, a wizard with a staff on a bridge, a steampunk couple at a train station, a LARP battle in a field, an
alien costume at a comic shop, a fairy with wings in a garden, a superhero group photo on stairs, a
prop-maker's workshop and a board game night with miniatures. Sessions have 0 to 7 edits, some with a retry
or a branch made after an undo beside an earlier edit, a second upload, and some turns come after an undo
or a goto (the current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): "it", "that", "this one" or "them" with two or
more possible referents (one edit of two things, two things named in the turn, a thing and the photo) next
to the same words with one referent; vague asks ("make it better", "fix it", "do something cool", "more",
"change the colour" with no colour, "make it pop") next to the same asks made concrete; references to
rounds that fit two rounds or none ("the blue one" when two things were made blue, "before the change",
"the good one") next to ones that fit exactly one; corrections whose meant thing is unclear ("no not that
one", "wrong one" with no side to flip, "not what i meant") next to clear ones; half-typed or cut-off turns
("make the", "change the sky to") next to complete ones; and contradictions in one turn or choices left
open ("red or blue, you pick", "whatever you think") next to turns that settle on one answer. About a
quarter or more of each family are near misses whose right answer is another act. The cases have the
development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current round
(first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    STATUS,
    UPLOAD,
    Dev,
    _compare,
    _edit,
    _edits,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)

ARMOUR = ((None, None), (0, "make the knight's armour gold"))
"""A cosplayer in plate knight armour at a castle-themed photo booth, with one edit."""
HELM_SWORD = ((None, None), (0, "make the knight's helmet and sword silver"))
"""A knight cosplayer raising a foam sword, with one edit of two things at once."""
KNIGHT3 = (
    (None, None),
    (0, "make the knight's cape red"),
    (1, "make the knight's shield red"),
    (2, "add smoke at his feet"),
)
"""A knight cosplayer on a convention stage, with three edits, two of them making something red."""
PARADE = ((None, None), (0, "make the dragon costume green"), (1, "add confetti in the air"))
"""A dragon costume carried by drummers at a street parade, with two edits."""
PARADE_DRAGON = PARADE[:2]
"""The parade with only the dragon edit."""
HALL = (
    (None, None),
    (0, "remove the trash bin by the booth"),
    (1, "make the banners above the booths blue"),
    (2, "make the carpet blue"),
    (3, "add a crowd at the entrance"),
)
"""A convention hall with booths, with four edits, two of them making something blue."""
BRIDGE = (
    (None, None),
    (0, "make the viewscreen show a nebula"),
    (1, "make the captain's chair red"),
    (2, "make the console lights red"),
    (3, "add a crew member at the helm"),
    (4, "make the lighting darker"),
)
"""A Star-Trek-style bridge set at a fan convention, with five edits, two of them making something red."""
ELF = ((None, None), (0, "make the elf's bow glow"))
"""An elf archer drawing a bow in a forest photo shoot, with one edit."""
ELF_RETRIED = (*ELF, (0, "make the elf's bow glow"))
"""The elf archer after a retry: round 2 is a second try of round 1, from the original."""
ROBOT = ((None, None), (0, "make the boxes look like brushed metal"), (1, "add blinking lights on the chest"))
"""A kid in a robot costume made of cardboard boxes, with two edits."""
ROBOT_BRANCH = (*ROBOT, (1, "add a radar dish on the head"))
"""The robot costume after an undo: round 3 was made from round 1, beside round 2."""
WIZARD = (
    (None, None),
    (0, "make the wizard's staff glow purple"),
    (1, "add fog over the bridge"),
    (2, "make the wizard's robe purple"),
)
"""A wizard cosplayer with a staff on an old stone bridge, with three edits, two of them purple."""
STEAMPUNK = (
    (None, None),
    (0, "give the man a brass monocle"),
    (1, "add steam from the train"),
    (2, "make the woman's parasol copper"),
    (3, "make the photo sepia"),
    (4, "add a clock above the platform"),
    (5, "remove the modern sign on the left"),
    (6, "add pigeons on the platform"),
)
"""A steampunk couple on a train station platform, with seven edits, each on the one before."""
LARP = ((None, None), (0, "make the left warrior's shield blue"))
"""A LARP battle in a field, two warriors clashing in front, with one edit of the one on the left."""
LARP_SHIELD = ((None, None), (0, "make the warrior's shield blue"))
"""A LARP battle in a field, one warrior charging in front, with one edit that names no side."""
ALIEN = ((None, None), (0, "make the alien's skin purple"))
"""An alien costume at a comic shop counter, with one edit."""
ALIEN_FIXED = (*ALIEN, (0, "make the alien's skin teal"))
"""The alien costume after a correction: round 2 was made from the original, beside round 1."""
FAIRY = ((None, None), (0, "make the fairy's wings sparkle"), (1, "add butterflies around the flowers"))
"""A girl dressed as a fairy with wings in a garden, with two edits."""
FAIRY_WINGS = FAIRY[:2]
"""The fairy in the garden with only the wings edit."""
HEROES = (
    (None, None),
    (0, "make the red hero's cape longer"),
    (1, "remove the man walking past on the left"),
    (2, "make the stairs marble"),
)
"""A superhero group photo on the stairs of a convention centre, with three edits."""
WORKSHOP = ((None, None), (0, "remove the paint cans from the bench"))
"""A prop-maker's workshop with a half-painted helmet on the bench, with one removal."""
WORKSHOP2 = ((None, None), (0, "make the helmet prop gold"), (1, "remove the paint cans from the bench"))
"""The prop-maker's workshop with the helmet made gold, then a removal."""
BOARDGAME = ((None, None), (0, "paint the dragon miniature red"), (1, "paint the orc miniatures green"))
"""A board game night with miniatures on a map, with two edits of two different things."""
BOARD_LEFT = ((None, None), (0, "paint the left goblin miniature red"))
"""The board game night, two goblin miniatures side by side, with one edit of the left one."""
TWO_PHOTOS = ((None, None), (None, None))
"""A first photo with no edit, then a second upload."""

AFTER_ARMOUR = (*ARMOUR, (None, None))
"""The knight armour session, then a new photo."""
AFTER_HELM_SWORD = (*HELM_SWORD, (None, None))
"""The helmet and sword session, then a new photo."""
AFTER_FAIRY = (*FAIRY, (None, None))
"""The fairy garden session, then a new photo."""

REFERENTS: tuple[Dev, ...] = (
    # "it" / "them" / "this one" could be either of two things: ask which
    ("make it shinier pls", False, HELM_SWORD, "clarify", ()),
    ("can u make it a bit bigger", False, HELM_SWORD, "clarify", ()),
    ("hmm it looks too flat, give it some engraving", False, HELM_SWORD, "clarify", ()),
    ("the elf and the deer behind her... make it glow", False, UPLOAD, "clarify", ()),
    ("took this at the comic shop w the alien guy, turn it green", True, UPLOAD, "clarify", ()),
    ("see the wizard and the owl on his shoulder? make him bigger", False, UPLOAD, "clarify", ()),
    ("the knight and the squire, give him a red cape", False, UPLOAD, "clarify", ()),
    ("two heroes on the top step, one blue one red, make his mask black", False, UPLOAD, "clarify", ()),
    ("now make them black", False, KNIGHT3, "clarify", ()),
    ("this one pls, darker", False, KNIGHT3, "clarify", ()),
    ("make that one black", False, KNIGHT3, "clarify", ()),
    ("can they match", False, BOARDGAME, "clarify", ()),
    ("make it glossy", False, BOARDGAME, "clarify", ()),
    ("make it a darker blue", False, HALL, "clarify", ()),
    ("change the red on that to orange", False, BRIDGE, "clarify", ()),
    ("the captain and the helmsman, give him a tricorder", False, UPLOAD, "clarify", ()),
    ("the purple one is too much, tone it down", False, WIZARD, "clarify", ()),
    ("make it bigger", False, STEAMPUNK, "clarify", ()),
    ("make them purple", False, FAIRY, "clarify", ()),
    ("make him taller", False, HEROES, "clarify", ()),
    ("the one on the left, make it red", False, UPLOAD, "clarify", ()),
    ("swap them", False, HELM_SWORD, "clarify", ()),
    ("make them fight", False, UPLOAD, "clarify", ()),
    ("make it red", False, WORKSHOP, "clarify", ()),
    ("my friend's wings next to her mum's, make those ones pink", True, UPLOAD, "clarify", ()),
    ("do that to this one as well", True, TWO_PHOTOS, "clarify", ()),
    ("the wizard or his owl, make it glow idk", False, UPLOAD, "clarify", ()),
    ("put it behind the other one", False, BOARDGAME, "clarify", ()),
    ("can u move it a bit to the right", False, HELM_SWORD, "clarify", ()),
    ("the dice and the dragon mini look dull... make it shine", False, UPLOAD, "clarify", ()),
    ("give her a crown", False, UPLOAD, "clarify", ()),
    ("make this one like that one", False, BOARDGAME, "clarify", ()),
    # one referent: the same words can be acted on
    (
        "the sword, make it longer",
        False,
        HELM_SWORD,
        "edit",
        _edit("make the sword longer", "make the knight's sword longer"),
    ),
    ("make it shinier", False, ARMOUR, "edit", _edit("make the knight's armour shinier", "make the armour shinier")),
    (
        "this is my robot costume from the con!! make it silver",
        True,
        UPLOAD,
        "edit",
        _edit("make the robot costume silver", "make my robot costume silver", "make it silver"),
    ),
    (
        "there's a fairy and a gnome statue, make her wings bigger",
        False,
        UPLOAD,
        "edit",
        _edit("make the fairy's wings bigger", "make her wings bigger"),
    ),
    (
        "the wizard and his owl, make them glow",
        False,
        UPLOAD,
        "edit",
        _edit("make the wizard and his owl glow", "make the wizard and the owl glow"),
    ),
    ("make them wave", False, HALL, "edit", _edit("make the crowd wave", "make the crowd at the entrance wave")),
    ("make her smile", False, STEAMPUNK, "edit", _edit("make the woman smile")),
    ("give him goggles too", False, STEAMPUNK, "edit", _edit("give the man goggles", "give the man goggles too")),
    ("and his sword", False, LARP, "edit", _edit("make the left warrior's sword blue")),
    ("make them purple", False, FAIRY_WINGS, "edit", _edit("make the fairy's wings purple", "make the wings purple")),
    ("now its antennae too", False, ALIEN, "edit", _edit("make the alien's antennae purple")),
    (
        "make them flash red",
        False,
        ROBOT,
        "edit",
        _edit(
            "make the blinking lights flash red", "make the lights flash red", "make the lights on the chest flash red"
        ),
    ),
    ("make it red", False, WORKSHOP2, "edit", _edit("make the helmet prop red")),
    ("do that to this one as well", True, AFTER_HELM_SWORD, "edit", _edit("make the knight's helmet and sword silver")),
    ("do this one in gold too", True, AFTER_ARMOUR, "edit", _edit("make the knight's armour gold")),
    (
        "the helmet, make it black",
        False,
        HELM_SWORD,
        "edit",
        _edit("make the knight's helmet black", "make the helmet black"),
    ),
    ("the orc minis, paint them gold", False, UPLOAD, "edit", _edit("paint the orc minis gold")),
    (
        "give it battle scratches",
        False,
        ARMOUR,
        "edit",
        _edit("give the knight's armour battle scratches", "give the armour battle scratches"),
    ),
    ("less of it pls, it's hiding the knight", False, KNIGHT3, "retry", _retry("weaker")),
)
"""Turns whose "it", "them" or "this one" could be either of two things, and the same words with one."""

VAGUE: tuple[Dev, ...] = (
    # asks with no direction or no object: one short question
    ("can u make this look better pls", False, UPLOAD, "clarify", ()),
    ("pls fix it, its bad", False, UPLOAD, "clarify", ()),
    ("do something cool with the dragon", False, UPLOAD, "clarify", ()),
    ("MORE", False, UPLOAD, "clarify", ()),
    ("change the colour of the cape", False, UPLOAD, "clarify", ()),
    ("make it pop", False, UPLOAD, "clarify", ()),
    ("make it look epic!!!", False, UPLOAD, "clarify", ()),
    ("make the booth look more professional", False, UPLOAD, "clarify", ()),
    ("give the elf a different look", False, UPLOAD, "clarify", ()),
    ("spice it up a lil", False, HALL, "clarify", ()),
    ("needs something", False, UPLOAD, "clarify", ()),
    ("idk the lighting is weird", False, UPLOAD, "clarify", ()),
    ("change the background", False, UPLOAD, "clarify", ()),
    ("replace the staff", False, UPLOAD, "clarify", ()),
    ("add something", False, UPLOAD, "clarify", ()),
    ("make it less", False, UPLOAD, "clarify", ()),
    ("more drama pls", False, ARMOUR, "clarify", ()),
    ("different colour for the cape pls", False, UPLOAD, "clarify", ()),
    ("can the wings be a nicer colour", False, FAIRY_WINGS, "clarify", ()),
    ("hmm the dragon needs work", False, PARADE, "clarify", ()),
    ("make the minis look cooler", False, UPLOAD, "clarify", ()),
    ("do ur thing 🪄", False, UPLOAD, "clarify", ()),
    ("somethings missing on the bridge set, add something", False, UPLOAD, "clarify", ()),
    ("tweak it", False, ARMOUR, "clarify", ()),
    ("change the lighting", False, UPLOAD, "clarify", ()),
    ("make him look different", False, UPLOAD, "clarify", ()),
    ("can you recolour the banners", False, UPLOAD, "clarify", ()),
    ("swap the sky out", False, UPLOAD, "clarify", ()),
    ("make it more... idk... something", False, ROBOT, "clarify", ()),
    ("make the colours different", False, STEAMPUNK, "clarify", ()),
    ("could u improve the costume a bit", False, UPLOAD, "clarify", ()),
    ("it's kinda meh, do smth", False, BRIDGE, "clarify", ()),
    ("hey could you make the alien look more alien", False, UPLOAD, "clarify", ()),
    # the same asks made concrete, and "more" / "less" after an edit
    (
        "make it better by warming up the light",
        False,
        UPLOAD,
        "edit",
        _edit("warm up the light", "make the light warmer", "make it better by warming up the light"),
    ),
    (
        "straighten the wonky banner on the left",
        False,
        UPLOAD,
        "edit",
        _edit("straighten the wonky banner on the left"),
    ),
    (
        "do something cool: make the staff shoot lightning",
        False,
        UPLOAD,
        "edit",
        _edit("make the staff shoot lightning"),
    ),
    ("moreee", False, ARMOUR, "retry", _retry("stronger")),
    ("a little less pls", False, FAIRY, "retry", _retry("weaker")),
    (
        "change the colour of the cape to emerald",
        False,
        UPLOAD,
        "edit",
        _edit("change the colour of the cape to emerald", "make the cape emerald"),
    ),
    ("make his eyes glow red", False, ALIEN, "edit", _edit("make the alien's eyes glow red")),
    (
        "swap the sky out for a sunset",
        False,
        UPLOAD,
        "edit",
        _edit("swap the sky out for a sunset", "replace the sky with a sunset", "make the sky a sunset"),
    ),
    ("replace the staff with a glowing sword", False, UPLOAD, "edit", _edit("replace the staff with a glowing sword")),
    (
        "add something spooky, like a raven on the railing",
        False,
        UPLOAD,
        "edit",
        _edit("add a raven on the railing", "add something spooky like a raven on the railing"),
    ),
    (
        "recolour the banners to navy",
        False,
        UPLOAD,
        "edit",
        _edit("recolour the banners to navy", "make the banners navy"),
    ),
    ("change the lighting to golden hour", False, UPLOAD, "edit", _edit("change the lighting to golden hour")),
    ("make it less", False, ARMOUR, "retry", _retry("weaker")),
    (
        "brighten the whole photo a bit",
        False,
        UPLOAD,
        "edit",
        _edit("brighten the whole photo a bit", "brighten the photo a bit"),
    ),
    ("give the elf silver hair", False, UPLOAD, "edit", _edit("give the elf silver hair")),
    (
        "make the dragon's scales pop with a metallic sheen",
        False,
        UPLOAD,
        "edit",
        _edit("make the dragon's scales pop with a metallic sheen", "give the dragon's scales a metallic sheen"),
    ),
    ("fix the red eyes on the wizard", False, UPLOAD, "edit", _edit("fix the red eyes on the wizard")),
    ("the confetti needs more, like way more", False, PARADE, "retry", _retry("stronger")),
    ("what could i change here? any ideas", False, UPLOAD, "talk", ()),
)
"""Asks too vague to act on, and the same asks made concrete."""

ROUND_REFS: tuple[Dev, ...] = (
    # a round named in a way that fits two rounds, or none
    ("go back to the red one", False, KNIGHT3, "clarify", ()),
    ("back to the blue one pls", False, HALL, "clarify", ()),
    ("the purple version was nicer, go back", False, WIZARD, "clarify", ()),
    ("show me before the change", False, ROBOT, "clarify", ()),
    ("go back to the one from earlier", False, BRIDGE, "clarify", ()),
    ("the good version pls", False, ELF_RETRIED, "clarify", ()),
    ("restore the one i liked", False, STEAMPUNK, "clarify", ()),
    ("compare them", False, STEAMPUNK, "clarify", ()),
    ("compare pls", False, HALL, "clarify", ()),
    ("the one you made earlier today, bring it back", False, BRIDGE, "clarify", ()),
    ("go back to the old one", False, KNIGHT3, "clarify", ()),
    ("that version where it looked good", False, HALL, "clarify", ()),
    ("the best one pls", False, ROBOT_BRANCH, "clarify", ()),
    ("go back to the one before the red", False, KNIGHT3, "clarify", ()),
    ("compare the blue one with the original", False, HALL, "clarify", ()),
    ("show me the red version", False, BRIDGE, "clarify", ()),
    ("undo a few", False, STEAMPUNK, "clarify", ()),
    ("back to the one without the metal", False, ROBOT_BRANCH, "goto", _goto(0)),
    ("go back a bit", False, BRIDGE, "clarify", ()),
    ("show me the edited one", False, TWO_PHOTOS, "talk", ()),
    # references to rounds that do not exist: a plain answer
    ("go back to before the hat", False, ARMOUR, "talk", ()),
    ("back to round 6", False, ROBOT, "talk", ()),
    ("show me the one with the snow", False, WIZARD, "talk", ()),
    ("show me round 8", False, STEAMPUNK, "talk", ()),
    ("go to the version with the green cape", False, KNIGHT3, "talk", ()),
    ("compare round 2 and round 5", False, ELF_RETRIED, "talk", ()),
    # references that fit exactly one round
    ("compare the two red ones", False, BRIDGE, "compare", _compare(2, 3)),
    ("compare the blue ones", False, HALL, "compare", _compare(2, 3)),
    ("before vs after", False, HALL, "compare", _compare(0, 4)),
    ("show me the earlier try", False, ELF_RETRIED, "show", _show(1)),
    ("go back to the version before the fog", False, WIZARD, "goto", _goto(1)),
    ("back to before the console lights went red", False, BRIDGE, "goto", _goto(2)),
    ("go back before any of the changes", False, KNIGHT3, "goto", _goto(0)),
    ("back to before the change", False, ARMOUR, "goto", _goto(0)),
    ("show me the one with the lights", False, ROBOT_BRANCH, "show", _show(2)),
    ("go back to the lights version", False, ROBOT_BRANCH, "goto", _goto(2)),
    ("1st attempt looked better, switch back", False, ELF_RETRIED, "goto", _goto(1)),
    ("go back to when the orcs were still grey", False, BOARDGAME, "goto", _goto(1)),
    ("show me what it looked like at the start", False, STEAMPUNK, "show", _show(0)),
    ("compare the first and last edits", False, STEAMPUNK, "compare", _compare(1, 7)),
    ("lemme peek at the sepia one", False, STEAMPUNK, "show", _show(4)),
    ("go back to the copper one", False, STEAMPUNK, "goto", _goto(3)),
    ("back to the one with the steam", False, STEAMPUNK, "goto", _goto(2)),
    ("the version before the pigeons pls", False, STEAMPUNK, "goto", _goto(6)),
    ("the original was better honestly, go back", False, KNIGHT3, "goto", _goto(0)),
    ("compare the two tries", False, ELF_RETRIED, "compare", _compare(1, 2)),
    ("back to before the lights", False, ROBOT_BRANCH, "goto", _goto(1)),
    ("show me the nebula one", False, BRIDGE, "show", _show(1)),
    ("what did we do so far", False, BRIDGE, "history", HISTORY),
)
"""References to rounds that fit two rounds or none, and ones that fit exactly one."""

CORRECTIONS: tuple[Dev, ...] = (
    # a correction that does not say what was meant: ask
    ("no not that one", False, ARMOUR, "clarify", ()),
    ("wrong one", False, LARP_SHIELD, "clarify", ()),
    ("the other thing", False, ELF, "clarify", ()),
    ("not what i meant", False, FAIRY_WINGS, "clarify", ()),
    ("nope, other one", False, ALIEN, "clarify", ()),
    ("thats not it", False, ROBOT, "clarify", ()),
    ("no the other guy", False, HEROES, "clarify", ()),
    ("wrong colour", False, WIZARD, "clarify", ()),
    ("you did the wrong thing", False, STEAMPUNK, "clarify", ()),
    ("ugh no thats wrong", False, PARADE_DRAGON, "clarify", ()),
    ("i meant the other side", False, ARMOUR, "clarify", ()),
    ("no, the other colour", False, BOARDGAME, "clarify", ()),
    ("wrong shade", False, ALIEN_FIXED, "clarify", ()),
    ("not that, the thing next to it", False, ELF, "clarify", ()),
    ("hmm thats not the one i wanted changed", False, HALL, "clarify", ()),
    ("NO. the other one!!", False, KNIGHT3, "clarify", ()),
    ("you misunderstood me", False, WORKSHOP2, "clarify", ()),
    ("not like that", False, BRIDGE, "clarify", ()),
    ("sorry i wasnt clear, i meant something else", False, FAIRY, "clarify", ()),
    # nothing to correct yet
    ("no, i meant the cape", False, UPLOAD, "clarify", ()),
    ("not what i meant", False, UPLOAD, "clarify", ()),
    ("wrong one", False, TWO_PHOTOS, "clarify", ()),
    # clear corrections
    ("wrong one", False, LARP, "correction", _fix("make the right warrior's shield blue")),
    ("no not that one", False, BOARD_LEFT, "correction", _fix("paint the right goblin miniature red")),
    ("no, the quiver", False, ELF, "correction", _fix("make the elf's quiver glow")),
    ("not the bow, her arrows", False, ELF, "correction", _fix("make the elf's arrows glow")),
    (
        "the tail not the body!",
        False,
        PARADE_DRAGON,
        "correction",
        _fix("make the dragon costume's tail green", "make the dragon's tail green"),
    ),
    ("ugh i said teal", False, ALIEN, "correction", _fix("make the alien's skin teal")),
    ("not purple, lilac", False, ALIEN, "correction", _fix("make the alien's skin lilac")),
    ("wrong side", False, LARP, "correction", _fix("make the right warrior's shield blue")),
    (
        "no no the helmet, the armour was fine",
        False,
        ARMOUR,
        "correction",
        _fix("make the knight's helmet gold"),
    ),
    ("oops not glow, sparkle", False, ELF, "correction", _fix("make the elf's bow sparkle")),
    ("i meant the chest not the head", False, ROBOT_BRANCH, "correction", _fix("add a radar dish on the chest")),
    ("sorry the cape not the armour", False, ARMOUR, "correction", _fix("make the knight's cape gold")),
    ("the other goblin", False, BOARD_LEFT, "correction", _fix("paint the right goblin miniature red")),
    ("not the orcs, the goblins", False, BOARDGAME, "correction", _fix("paint the goblin miniatures green")),
    (
        "not around the flowers, around her head",
        False,
        FAIRY,
        "correction",
        _fix("add butterflies around her head", "add butterflies around the fairy's head"),
    ),
    ("no the robe should be grey, not purple", False, WIZARD, "correction", _fix("make the wizard's robe grey")),
    # near misses: another act
    ("wrong one, undo it", False, ARMOUR, "undo", _goto(0)),
    ("not what i meant, go back", False, FAIRY, "undo", _goto(1)),
    ("hmm that's not it, try again", False, ELF, "retry", _retry()),
    ("no wait that's perfect actually", False, ELF, "talk", ()),
    ("not what i meant but i kinda like it lol", False, ALIEN, "talk", ()),
    ("no i meant... never mind, keep it", False, ROBOT, "talk", ()),
    ("what did you just change", False, WIZARD, "status", STATUS),
    ("wrong one? no sorry, it's right, my bad", False, LARP_SHIELD, "talk", ()),
)
"""Corrections whose meant thing is unclear, and clear ones."""

CUT_OFF: tuple[Dev, ...] = (
    # half-typed or cut off: ask what the rest was
    ("make the", False, UPLOAD, "clarify", ()),
    ("remove the red", False, UPLOAD, "clarify", ()),
    ("can you add a", False, UPLOAD, "clarify", ()),
    ("change the sky to", False, UPLOAD, "clarify", ()),
    ("put a hat on the", False, ARMOUR, "clarify", ()),
    ("pls make the wings", False, FAIRY, "clarify", ()),
    ("could u remove th", False, UPLOAD, "clarify", ()),
    ("add a dragon on the", False, UPLOAD, "clarify", ()),
    ("turn the banners", False, HALL, "clarify", ()),
    ("give the robot", False, ROBOT, "clarify", ()),
    ("replace the train with", False, UPLOAD, "clarify", ()),
    ("make the wizard's robe a bit more", False, UPLOAD, "clarify", ()),
    ("erase the guy in the", False, UPLOAD, "clarify", ()),
    ("so can you make the elf", True, UPLOAD, "clarify", ()),
    ("recolour the dice to", False, UPLOAD, "clarify", ()),
    ("the cape shoud be", False, KNIGHT3, "clarify", ()),
    ("add some", False, PARADE, "clarify", ()),
    ("change the", False, BRIDGE, "clarify", ()),
    ("swap the", False, STEAMPUNK, "clarify", ()),
    ("blur the", False, HEROES, "clarify", ()),
    ("make him look like a", False, UPLOAD, "clarify", ()),
    ("and the", False, ARMOUR, "clarify", ()),
    ("now the", False, ALIEN, "clarify", ()),
    ("make it", False, ARMOUR, "clarify", ()),
    ("can u put a", False, WORKSHOP2, "clarify", ()),
    ("the orc minis should be", False, UPLOAD, "clarify", ()),
    ("i want the viewscreen to show", False, UPLOAD, "clarify", ()),
    ("make the fairy's", False, UPLOAD, "clarify", ()),
    ("go back to", False, STEAMPUNK, "clarify", ()),
    ("compare round 1 and", False, HALL, "clarify", ()),
    ("hey so um", False, ELF, "clarify", ()),
    # complete turns, some with a trailing "..." or a typo
    ("remove the red balloon", False, UPLOAD, "edit", _edit("remove the red balloon")),
    ("can you add a lantern on the bridge", False, UPLOAD, "edit", _edit("add a lantern on the bridge")),
    (
        "change the sky to a starfield",
        False,
        UPLOAD,
        "edit",
        _edit("change the sky to a starfield", "make the sky a starfield"),
    ),
    ("put a hat on the squire", False, ARMOUR, "edit", _edit("put a hat on the squire")),
    ("make the wings bigger", False, FAIRY, "edit", _edit("make the wings bigger", "make the fairy's wings bigger")),
    ("turn the banners green", False, HALL, "edit", _edit("turn the banners green", "make the banners green")),
    ("give the robot a jetpack", False, ROBOT, "edit", _edit("give the robot a jetpack")),
    ("add a dragon on the roof of the booth", False, UPLOAD, "edit", _edit("add a dragon on the roof of the booth")),
    ("blur the people behind the heroes", False, HEROES, "edit", _edit("blur the people behind the heroes")),
    ("make the cosplayer look like a cyborg", False, UPLOAD, "edit", _edit("make the cosplayer look like a cyborg")),
    ("replace the train with a zeppelin", False, UPLOAD, "edit", _edit("replace the train with a zeppelin")),
    (
        "make the wizard's robe a bit more blue",
        False,
        UPLOAD,
        "edit",
        _edit("make the wizard's robe a bit more blue", "make the wizard's robe a bit bluer"),
    ),
    ("now the shield", False, ARMOUR, "edit", _edit("make the knight's shield gold", "make the shield gold")),
    ("and the gauntlets", False, ARMOUR, "edit", _edit("make the knight's gauntlets gold", "make the gauntlets gold")),
    ("erase the guy in the background...", False, UPLOAD, "edit", _edit("erase the guy in the background")),
    ("make the orc minis green lol", False, UPLOAD, "edit", _edit("make the orc minis green")),
    (
        "remvoe the coffee cup from the table",
        False,
        UPLOAD,
        "edit",
        _edit("remove the coffee cup from the table", "remvoe the coffee cup from the table"),
    ),
    (
        "i want the viewscreen to show a black hole",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the viewscreen show a black hole",
            "the viewscreen should show a black hole",
            "show a black hole on the viewscreen",
        ),
    ),
    ("go back to 2", False, STEAMPUNK, "goto", _goto(2)),
    ("compare round 1 and 3", False, HALL, "compare", _compare(1, 3)),
    ("here's my workshop, not done yet...", True, UPLOAD, "caption", ()),
)
"""Half-typed or cut-off turns, and complete ones."""

CHOICES: tuple[Dev, ...] = (
    # a turn that contradicts itself, or leaves the choice open: ask
    ("get rid of the bard but leave the bard in", False, UPLOAD, "clarify", ()),
    ("make the cape red or blue, you pick", False, UPLOAD, "clarify", ()),
    ("whatever you think", False, UPLOAD, "clarify", ()),
    ("gold or silver, up to u", False, ALIEN, "clarify", ()),
    ("make it brighter but darker", False, BRIDGE, "clarify", ()),
    ("make the wings bigger and also smaller", False, UPLOAD, "clarify", ()),
    ("remove the crowd and add more people to the crowd", False, UPLOAD, "clarify", ()),
    ("add a moon but no moon", False, UPLOAD, "clarify", ()),
    ("make the staff glow but dont change the staff", False, UPLOAD, "clarify", ()),
    ("purple? green? dunno", False, UPLOAD, "clarify", ()),
    ("either blur the banners or remove them, whatever", False, UPLOAD, "clarify", ()),
    ("surprise me", False, UPLOAD, "clarify", ()),
    ("ur call", False, ARMOUR, "clarify", ()),
    ("make it red, no blue, actually hmm", False, ARMOUR, "clarify", ()),
    ("red. no blue. no red. ugh idk", False, PARADE_DRAGON, "clarify", ()),
    ("you pick the colour for the banner, just not red", False, UPLOAD, "clarify", ()),
    ("any colour for the wings except pink, you choose", False, UPLOAD, "clarify", ()),
    ("i dont care, do whatever", False, ARMOUR, "clarify", ()),
    ("keep the fog but also get rid of it", False, WIZARD, "clarify", ()),
    ("make the hero taller and shorter at the same time?", False, UPLOAD, "clarify", ()),
    ("either a sword or an axe for the orc, doesnt matter", False, UPLOAD, "clarify", ()),
    ("make the couple look older or younger, either works", False, UPLOAD, "clarify", ()),
    ("undo it but keep it", False, ROBOT, "clarify", ()),
    ("add a dragon on the bridge, or a troll, or both? hmm", False, UPLOAD, "clarify", ()),
    # the turn settles on one answer
    ("make the cape red, no blue, actually red", False, UPLOAD, "edit", _edit("make the cape red")),
    (
        "make it red, no blue, actually red",
        False,
        ARMOUR,
        "edit",
        _edit("make the knight's armour red", "make the armour red"),
    ),
    ("red or blue for the dragon, i'll take blue", False, UPLOAD, "edit", _edit("make the dragon blue")),
    ("silver or bronze for the robot? bronze. go", False, UPLOAD, "edit", _edit("make the robot bronze")),
    (
        "keep the knight, remove the tourist behind him",
        False,
        UPLOAD,
        "edit",
        _edit("remove the tourist behind him", "remove the tourist behind the knight"),
    ),
    (
        "remove the fog but keep the lamps on the bridge",
        False,
        UPLOAD,
        "edit",
        _edit("remove the fog but keep the lamps on the bridge", "remove the fog"),
    ),
    ("make the wings purple... no wait, pink", False, UPLOAD, "edit", _edit("make the wings pink")),
    ("blue! no, green. yeah green for the dice", False, UPLOAD, "edit", _edit("make the dice green")),
    (
        "emerald or ruby for the staff gem... ruby, def ruby",
        False,
        UPLOAD,
        "edit",
        _edit("make the staff gem ruby", "make the staff gem a ruby", "make the gem on the staff ruby"),
    ),
    (
        "would blue hair look good on the elf? eh lets just try it",
        False,
        UPLOAD,
        "edit",
        _edit("give the elf blue hair", "make the elf's hair blue"),
    ),
    (
        "make it darker but not too dark",
        False,
        UPLOAD,
        "edit",
        _edit("make it darker but not too dark", "make it a bit darker", "make it darker"),
    ),
    ("add a moon. actually no moon, add stars", False, UPLOAD, "edit", _edit("add stars")),
    (
        "remove the guy in the red shirt... wait no keep him, remove the one in green",
        False,
        UPLOAD,
        "edit",
        _edit("remove the one in green", "remove the guy in green", "remove the guy in the green shirt"),
    ),
    ("ok make it red, no, blue", False, ALIEN, "edit", _edit("make the alien's skin blue", "make the alien blue")),
    ("keep the cape, lose the helmet", False, UPLOAD, "edit", _edit("lose the helmet", "remove the helmet")),
    (
        "make the carpet red and add a banner saying WELCOME",
        False,
        UPLOAD,
        "edit",
        _edits("make the carpet red", "add a banner saying WELCOME"),
    ),
    ("undo that, actually no, keep it", False, ROBOT, "talk", ()),
    ("gold or silver? i think gold suits her, maybe later tho", False, FAIRY, "talk", ()),
    ("either is fine, thanks!", False, ELF_RETRIED, "talk", ()),
    ("same thing for this one", True, AFTER_FAIRY, "edit", _edit("add butterflies around the flowers")),
    ("same but blue this time", True, AFTER_ARMOUR, "edit", _edit("make the knight's armour blue")),
)
"""Contradictions in one turn and choices left open, and turns that settle on one answer."""

R33B: tuple[Dev, ...] = (*REFERENTS, *VAGUE, *ROUND_REFS, *CORRECTIONS, *CUT_OFF, *CHOICES)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: "it", "more", "redo" and references read from the current round
    (1, ("now make it black", False, KNIGHT3, "edit", _edit("make the knight's cape black"))),
    (1, ("more", False, KNIGHT3, "retry", _retry("stronger"))),
    (0, ("more pls", False, KNIGHT3, "clarify", ())),
    (0, ("redo", False, ARMOUR, "redo", _goto(1))),
    (1, ("bring back the radar dish", False, ROBOT_BRANCH, "redo", _goto(3))),
    (1, ("bring back the lights one", False, ROBOT_BRANCH, "goto", _goto(2))),
    (1, ("compare with the one after", False, ROBOT_BRANCH, "clarify", ())),
    (2, ("the other branch pls", False, ROBOT_BRANCH, "goto", _goto(3))),
    (2, ("compare this with the latest", False, BRIDGE, "compare", _compare(2, 5))),
    (2, ("compare", False, BRIDGE, "clarify", ())),
    (0, ("go back to the red one", False, BRIDGE, "clarify", ())),
    (3, ("make the", False, BRIDGE, "clarify", ())),
    (4, ("undo twice more", False, STEAMPUNK, "undo", _goto(2))),
    (1, ("what round is this", False, STEAMPUNK, "status", STATUS)),
    (1, ("lemme see what i just threw away", False, FAIRY, "show", _show(2))),
    (1, ("make them purple", False, FAIRY, "edit", _edit("make the fairy's wings purple", "make the wings purple"))),
    (1, ("redo one step", False, WIZARD, "redo", _goto(2))),
    (
        1,
        (
            "put a raven on his staff",
            False,
            WIZARD,
            "edit",
            _edit("put a raven on his staff", "put a raven on the wizard's staff"),
        ),
    ),
    (2, ("add a conductor on the platform", False, STEAMPUNK, "edit", _edit("add a conductor on the platform"))),
    (0, ("make the cape red, no, green", False, ARMOUR, "edit", _edit("make the cape green"))),
    (
        2,
        (
            "now put a dragon logo on them",
            False,
            HALL,
            "edit",
            _edit("put a dragon logo on the banners above the booths", "put a dragon logo on the banners"),
        ),
    ),
    (0, ("wrong one", False, LARP, "clarify", ())),
    (1, ("do something cool with it", False, PARADE, "clarify", ())),
    (1, ("and the drummers", False, PARADE, "edit", _edit("make the drummers green"))),
    (0, ("and the drummers", False, PARADE, "clarify", ())),
    (1, ("show me the other try", False, ELF_RETRIED, "show", _show(2))),
    (1, ("undo", False, ELF_RETRIED, "undo", _goto(0))),
    (1, ("no not that one", False, BOARDGAME, "clarify", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r33b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R33B`, then the moved ones)."""
    return with_moved(R33B, "r33b", MOVED, "r33b_moved")
