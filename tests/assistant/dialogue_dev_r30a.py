"""Round 30, set a: turns where no edit may be made unless one is asked for, and their near misses the other
way.

Written by hand from what a demanding user wants (issue 10's table of behaviours and its "What to build"
list), before the dialogue model was run on any of it, about photos no other set uses, all of science,
space and museums: a planetarium dome with its star projector, a fossil dig in the badlands, a chemistry
class lab, a natural history museum hall with a whale skeleton, a radio telescope dish, an amateur
astronomer with a telescope on a roof, a greenhouse seed bank, a robotics club workbench, an aquarium
tunnel, a weather balloon launch, a mineral collection in a glass case, a beekeeper's observation hive, a
wind tunnel with a model car and a school science fair. Sessions have 0 to 7 edits, some after a retry,
a correction or an undo (a sibling of an earlier edit), some with a second photo, and some turns come
after an undo or a goto (the current round an older one).

Four families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): turns too vague or too open to act on,
answered with one short question (no object or direction, "it" or "them" with nothing or two things
behind it, half sentences, wishes with no content, a round that could be either of two); talk that names
things in the photo and uses edit words but asks for nothing (opinions, stories, feelings, questions
about the photo or the tool, remarks on the last result, out-of-scope requests: e-mails, captions for
social media, shell commands, code, maths); the same kinds of sentences that do ask for an edit, a
retry or a correction, clearly ("the projector looks weird now, fix it pls", "can u make the lab bench
white?"); and turns with a photo attached, captions that ask nothing against captions that ask an edit.
About a quarter of each family are near misses whose right answer is another act. The cases have the
development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current
round (first) is an earlier one.
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
    _edits,
    _export,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)

PLANETARIUM = ((None, None), (0, "make the projector glow purple"))
"""A planetarium dome during a show, the star projector in the middle of the seats, with one edit."""
FOSSIL = (
    (None, None),
    (0, "make the sky over the badlands orange"),
    (1, "add a trilobite fossil next to the brush"),
    (2, "give the paleontologist a wide-brim hat"),
)
"""A fossil dig in the badlands, a paleontologist brushing a rock, with three edits, each on the one before."""
FOSSIL_SKY = FOSSIL[:2]
"""The fossil dig with only the sky edit."""
FOSSIL_TRILOBITE = FOSSIL[:3]
"""The fossil dig with the sky and the trilobite edits."""
LAB = ((None, None), (0, "make the beakers green"), (1, "make the goggles orange"))
"""A chemistry class lab, kids in goggles at a bench of beakers, with two edits of two different things."""
LAB_BEAKERS = LAB[:2]
"""The chemistry lab with only the beakers edit."""
WHALE = ((None, None), (0, "remove the people under the whale skeleton"))
"""A natural history museum hall with a whale skeleton hanging from the ceiling, with one removal."""
DISH = ((None, None), (0, "make the dish white"), (1, "add the milky way above the dish"))
"""A radio telescope dish in a field at dusk, with two edits."""
DISH_WHITE = DISH[:2]
"""The radio telescope with only the dish edit."""
ROOF = ((None, None), (0, "make the telescope red"))
"""An amateur astronomer with a telescope on a flat roof at night, with one edit."""
ROOF_RETRIED = (*ROOF, (0, "make the telescope red"))
"""The rooftop astronomer after a retry: round 2 is a second try of round 1, from the original."""
SEEDS = ((None, None), (0, "make the seed jars amber"), (1, "add fog on the glass roof"))
"""A greenhouse seed bank with shelves of labelled jars under a glass roof, with two edits."""
ROBOTS = (
    (None, None),
    (0, "make the robot arm yellow"),
    (1, "add a soldering iron on the bench"),
    (2, "make the laptop screen show code"),
    (3, "give the girl safety goggles"),
    (4, "make the wires neater"),
)
"""A robotics club workbench, a girl and a boy building a robot arm, with five edits, each on the one before."""
ROBOTS_GOGGLES = ROBOTS[:5]
"""The robotics workbench up to the goggles edit."""
TUNNEL = ((None, None), (0, "add a shark above the tunnel"), (1, "add a second shark near the kids"))
"""An aquarium tunnel with kids looking up, with two edits that each add a shark."""
TUNNEL_ONE = TUNNEL[:2]
"""The aquarium tunnel with only the first shark."""
BALLOON = ((None, None), (0, "make the balloon bright red"))
"""A weather balloon launch on a school field, a team holding the balloon, with one edit."""
BALLOON_FIXED = (*BALLOON, (0, "make the balloon bright yellow"))
"""The balloon launch after a correction: round 2 was made from the original, beside round 1."""
MINERALS = ((None, None), (0, "make the amethyst glow"), (1, "make the quartz glow"))
"""A mineral collection in a museum glass case, with two edits that each make a stone glow."""
MINERALS_ONE = MINERALS[:2]
"""The mineral case with only the amethyst edit."""
HIVE = ((None, None), (0, "make the honeycomb more golden"))
"""A beekeeper's observation hive behind glass at a farm, kids watching, with one edit."""
HIVE_BEES = (*HIVE, (1, "add bees on the glass"))
"""The observation hive with two edits, the second on the first."""
HIVE_BRANCH = (*HIVE_BEES, (1, "blur the kids in the background"))
"""The hive after an undo: round 3 was made from round 1, beside round 2."""
WIND = ((None, None), (0, "add white smoke lines over the model car"))
"""A wind tunnel with a model car on a stand, with one edit."""
FAIR = (
    (None, None),
    (0, "give the volcano model red lava"),
    (1, "add a blue ribbon on the poster"),
    (2, "make the poster's title bigger"),
    (3, "add parents in the background"),
    (4, "make the lights warmer"),
    (5, "add balloons above the booth"),
    (6, "make the trifold board green"),
)
"""A school science fair booth with a volcano model and a trifold board, with seven edits, each on the one before."""
FAIR_LAVA = FAIR[:2]
"""The science fair booth with only the lava edit."""
TWO_PHOTOS = ((None, None), (None, None))
"""A first photo with no edit, then a second upload."""

AFTER_ROOF = (*ROOF, (None, None))
"""The rooftop astronomer session, then a new photo."""
AFTER_BALLOON = (*BALLOON, (None, None))
"""The balloon launch with its one edit, then a new photo."""
AFTER_BALLOON_FIXED = (*BALLOON_FIXED, (None, None))
"""The corrected balloon launch session, then a new photo."""
AFTER_WIND = (*WIND, (None, None))
"""The wind tunnel session, then a new photo."""
AFTER_SEEDS = (*SEEDS, (None, None))
"""The seed bank session with two edits, then a new photo."""
AFTER_FAIR = (*FAIR, (None, None))
"""The science fair session with seven edits, then a new photo."""
AFTER_PLANETARIUM = (*PLANETARIUM, (None, None))
"""The planetarium session, then a new photo."""
AFTER_FOSSIL = (*FOSSIL, (None, None))
"""The fossil dig session with three edits, then a new photo."""
AFTER_ROBOTS = (*ROBOTS, (None, None))
"""The robotics workbench session with five edits, then a new photo."""

VAGUE: tuple[Dev, ...] = (
    # nothing to act on: no object, no direction, a pronoun with nothing behind it
    ("hmm somethings off with this one", False, UPLOAD, "clarify", ()),
    ("can you make it look more sciency?", False, UPLOAD, "clarify", ()),
    ("fix whatever's wrong w it", False, UPLOAD, "clarify", ()),
    ("it feels kinda flat... dunno", False, UPLOAD, "clarify", ()),
    ("put it over there pls", False, UPLOAD, "clarify", ()),
    ("recolour them, they clash", False, UPLOAD, "clarify", ()),
    ("turn them around so they face the camera", False, UPLOAD, "clarify", ()),
    ("swap it out for something nicer", False, UPLOAD, "clarify", ()),
    ("red or blue for it, whatever you think", False, UPLOAD, "clarify", ()),
    ("something about the lighting bugs me", False, UPLOAD, "clarify", ()),
    ("not feeling it. change stuff", False, UPLOAD, "clarify", ()),
    ("can u do that thing with the sky", False, UPLOAD, "clarify", ()),
    ("throw some science stuff in there", False, UPLOAD, "clarify", ()),
    ("idk whats wrong but its wrong 😩", False, UPLOAD, "clarify", ()),
    ("please to make more beautiful the picture", False, UPLOAD, "clarify", ()),
    ("can it look more... professional? or not, idk", False, UPLOAD, "clarify", ()),
    ("make the big one smaller", False, UPLOAD, "clarify", ()),
    ("take out one of the kids", False, UPLOAD, "clarify", ()),
    ("one of the jars needs changing", False, UPLOAD, "clarify", ()),
    ("replace the poster", False, UPLOAD, "clarify", ()),
    ("swap the rock in the middle for another one", False, UPLOAD, "clarify", ()),
    ("move the balloon guy", False, UPLOAD, "clarify", ()),
    ("either a comet or a rocket over the dish, u choose", False, UPLOAD, "clarify", ()),
    ("warmer but also kinda colder vibes?", False, UPLOAD, "clarify", ()),
    ("the bees", False, UPLOAD, "clarify", ()),
    ("whale??", False, UPLOAD, "clarify", ()),
    ("maybe the planets? or the seats", False, UPLOAD, "clarify", ()),
    # half sentences
    ("can you change the", False, UPLOAD, "clarify", ()),
    ("remove all the", False, UPLOAD, "clarify", ()),
    ("make the dome", False, UPLOAD, "clarify", ()),
    ("add a label that says", False, UPLOAD, "clarify", ()),
    ("the kid with the", False, UPLOAD, "clarify", ()),
    ("i want the balloon to be", False, BALLOON, "clarify", ()),
    ("make the jars look like they're", False, SEEDS, "clarify", ()),
    ("put a tiny", False, ROBOTS, "clarify", ()),
    ("change the colour of the amethyst to", False, MINERALS_ONE, "clarify", ()),
    # nothing to weaken, repeat or correct yet
    ("less of that pls", False, UPLOAD, "clarify", ()),
    ("again but different", False, UPLOAD, "clarify", ()),
    ("no not that one, the other", False, UPLOAD, "clarify", ()),
    ("do the same as on my other pic", False, TWO_PHOTOS, "clarify", ()),
    # edits were made, but "it" / "them" / a round could be either of two, or nothing is said
    ("make them yellow", False, LAB, "clarify", ()),
    ("i want them shinier tbh", False, LAB, "clarify", ()),
    ("can those be a little darker", False, LAB, "clarify", ()),
    ("go back to the shark one", False, TUNNEL, "clarify", ()),
    ("back to the glowing one pls", False, MINERALS, "clarify", ()),
    ("go back to the red one", False, ROOF_RETRIED, "clarify", ()),
    ("take me back a few", False, ROBOTS, "clarify", ()),
    ("the version i liked earlier, that one", False, ROBOTS, "clarify", ()),
    ("ok compare them", False, ROBOTS, "clarify", ()),
    ("same treatment for the other one pls", False, ROBOTS, "clarify", ()),
    ("make it match", False, ROBOTS, "clarify", ()),
    ("go back to when it looked good", False, FAIR, "clarify", ()),
    ("show me that one from before", False, FAIR, "clarify", ()),
    ("take me back to round", False, FAIR, "clarify", ()),
    ("make it bigger", False, WHALE, "clarify", ()),
    ("put them somewhere else", False, WHALE, "clarify", ()),
    ("ugh the colour is wrong", False, SEEDS, "clarify", ()),
    ("hmm change it", False, DISH, "clarify", ()),
    ("something's still off", False, BALLOON_FIXED, "clarify", ()),
    ("make it better, u know what i mean", False, HIVE_BRANCH, "clarify", ()),
    ("the other one i mean", False, HIVE_BRANCH, "clarify", ()),
    ("more?? or less. hmm", False, WIND, "clarify", ()),
    # near misses: the vague start comes with a clear object and change, or a round that is only one
    (
        "something's off, the horizon is crooked, straighten it",
        False,
        UPLOAD,
        "edit",
        _edit("straighten the horizon", "straighten the crooked horizon"),
    ),
    (
        "make it pop: more saturated colours pls",
        False,
        UPLOAD,
        "edit",
        _edit(
            "more saturated colours",
            "make the colours more saturated",
            "make the colors more saturated",
            "increase the saturation",
            "make it more saturated",
        ),
    ),
    (
        "the kid with the red hoodie, take him out",
        False,
        UPLOAD,
        "edit",
        _edit(
            "remove the kid with the red hoodie",
            "take out the kid with the red hoodie",
            "take the kid with the red hoodie out",
        ),
    ),
    ("make the dome... purple. the dome purple pls", False, UPLOAD, "edit", _edit("make the dome purple")),
    ("remove the tripod on the right", False, UPLOAD, "edit", _edit("remove the tripod on the right")),
    (
        "make it smaller, the hat i mean",
        False,
        FOSSIL,
        "edit",
        _edit(
            "make the hat smaller",
            "make the wide-brim hat smaller",
            "make the paleontologist's hat smaller",
            "make the paleontologist's wide-brim hat smaller",
        ),
    ),
    ("the beakers → yellow, leave the goggles", False, LAB, "edit", _edit("make the beakers yellow")),
    ("back to the one with just one shark", False, TUNNEL, "goto", _goto(1)),
    ("go back to when only the amethyst was glowing", False, MINERALS, "goto", _goto(1)),
    ("the first red one was better, go back to it", False, ROOF_RETRIED, "goto", _goto(1)),
    ("go back three steps", False, ROBOTS, "goto", _goto(2)),
    ("compare 2 and 5", False, ROBOTS, "compare", _compare(2, 5)),
    ("take me back to round 4", False, FAIR, "goto", _goto(4)),
    (
        "comet or rocket over the dish... comet. do the comet",
        False,
        UPLOAD,
        "edit",
        _edit("add a comet over the dish", "put a comet over the dish"),
    ),
    ("make the whale skeleton bigger", False, WHALE, "edit", _edit("make the whale skeleton bigger")),
    ("a tad less red", False, BALLOON, "retry", _retry("weaker")),
    (
        "pls to make the picture more bright",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the picture brighter",
            "make the picture more bright",
            "make the photo brighter",
            "brighten the picture",
            "make it brighter",
        ),
    ),
    ("the jar on the far left — make it blue", False, UPLOAD, "edit", _edit("make the jar on the far left blue")),
    (
        "the fog is wrong, more like a light mist",
        False,
        SEEDS,
        "correction",
        _fix("add a light mist on the glass roof", "add light mist on the glass roof"),
    ),
    ("make the balloon bigger", False, BALLOON_FIXED, "edit", _edit("make the balloon bigger")),
)
"""Turns too vague or too open to act on, answered with one short question, and near misses."""

TALK: tuple[Dev, ...] = (
    # opinions, stories, feelings and remarks on the last result
    ("this dome is where i had my first date lol", False, PLANETARIUM, "talk", ()),
    ("the purple glow is so moody, love it", False, PLANETARIUM, "talk", ()),
    ("do u know how many stars a projector like that can show?", False, PLANETARIUM, "talk", ()),
    ("the projector looks kinda weird now lol", False, PLANETARIUM, "talk", ()),
    ("my uncle found a trilobite just like that in utah once", False, FOSSIL, "talk", ()),
    ("that hat makes him look like indiana jones haha", False, FOSSIL, "talk", ()),
    ("is the sky in the badlands really that orange at sunset?", False, FOSSIL, "talk", ()),
    ("the trilobite looks a bit fake tbh", False, FOSSIL_TRILOBITE, "talk", ()),
    ("the green beakers give me breaking bad vibes lmao", False, LAB, "talk", ()),
    ("honestly i hated chemistry in school", False, LAB, "talk", ()),
    ("how long is a blue whale skeleton actually?", False, WHALE, "talk", ()),
    ("my son cried the first time he saw this whale, he was so scared", False, WHALE, "talk", ()),
    ("wow the hall looks so much calmer without all those people", False, WHALE, "talk", ()),
    ("is this the dish from the movie contact?", False, DISH, "talk", ()),
    ("the milky way over it is unreal 😍", False, DISH, "talk", ()),
    ("the telescope looks like a toy now lol", False, ROOF, "talk", ()),
    ("i saw saturn's rings through that scope last week!!", False, ROOF, "talk", ()),
    ("both red ones look almost the same to me", False, ROOF_RETRIED, "talk", ()),
    ("the fog makes it feel like a sci-fi movie", False, SEEDS, "talk", ()),
    ("what are the seeds in the amber jars, do u know?", False, SEEDS, "talk", ()),
    ("the goggles look a bit big on her lol", False, ROBOTS_GOGGLES, "talk", ()),
    ("we built that arm from a kit, took us 3 months", False, ROBOTS, "talk", ()),
    ("are those sharks dangerous for the glass?", False, TUNNEL, "talk", ()),
    ("my kids would lose their minds seeing two sharks lol", False, TUNNEL, "talk", ()),
    ("red balloon against that grey sky, chef's kiss", False, BALLOON, "talk", ()),
    ("how high do weather balloons go before they pop?", False, BALLOON_FIXED, "talk", ()),
    ("which one is the quartz again? i always forget", False, MINERALS, "talk", ()),
    ("the blurred kids look like ghosts haha", False, HIVE_BRANCH, "talk", ()),
    ("the bees are making honey right there behind the glass, crazy", False, HIVE_BEES, "talk", ()),
    ("do real wind tunnels use smoke like that?", False, WIND, "talk", ()),
    ("my daughter got second place with this volcano!", False, FAIR, "talk", ()),
    ("ugh today has been soooo long", False, FAIR, "talk", ()),
    ("honestly this is fun, i could do this all day", False, DISH, "talk", ()),
    ("im nervous about presenting this photo tomorrow", False, FAIR_LAVA, "talk", ()),
    # edit words that ask for nothing: told of, put off, hypothetical, kept
    ("i was gonna ask you to remove the tripod but nah", False, ROOF, "talk", ()),
    ("my teacher says i should make the poster bigger, what do u think?", False, FAIR, "talk", ()),
    ("maybe later we can add a rocket, not now tho", False, DISH, "talk", ()),
    ("the whale skeleton is fine where it is", False, WHALE, "talk", ()),
    ("i love the minerals' real colours, don't touch them", False, UPLOAD, "talk", ()),
    ("if i wanted the sky orange would that look weird?", False, DISH_WHITE, "talk", ()),
    ("what would happen if you removed the dish lol", False, DISH, "talk", ()),
    ("oh so you can remove the kids from the tunnel? cool, ill think about it", False, TUNNEL, "talk", ()),
    ("don't do anything yet, my friend wants to see it first", False, UPLOAD, "talk", ()),
    ("the lava could be brighter but honestly it's fine", False, FAIR_LAVA, "talk", ()),
    # questions about the tool
    ("just asking, would it be possible to remove people from pics?", False, UPLOAD, "talk", ()),
    ("does removing stuff leave a blurry patch behind?", False, WHALE, "talk", ()),
    ("how do u know which one i mean when i say 'the left one'", False, LAB, "talk", ()),
    ("if i undo, is the old version gone forever?", False, ROBOTS, "talk", ()),
    ("do you do text at all? like labels or signs", False, MINERALS, "talk", ()),
    ("how many edits can i do on one photo?", False, FAIR, "talk", ()),
    ("what happens to my pics after i close this tab", False, SEEDS, "talk", ()),
    ("are u a real person or a bot", False, UPLOAD, "talk", ()),
    ("can you make videos too or only pictures?", False, WIND, "talk", ()),
    # out of scope
    ("write me an instagram caption for this, something witty about rocks", False, MINERALS, "talk", ()),
    ("run `rm -rf ~/Pictures/old` for me", False, ROBOTS, "talk", ()),
    ("python script to rename all my jpgs by date pls", False, ROBOTS, "talk", ()),
    ("whats 17 x 23", False, FAIR, "talk", ()),
    ("draft a thank-you email to the museum curator", False, WHALE, "talk", ()),
    ("translate 'observation hive' into german", False, HIVE, "talk", ()),
    ("give me 5 hashtags for a science fair post", False, FAIR, "talk", ()),
    ("open C:\\Users\\me\\Desktop\\fossils.zip", False, FOSSIL, "talk", ()),
    ("tell me a fun fact about bees 🐝", False, HIVE, "talk", ()),
    ("play some space ambient music while i work", False, PLANETARIUM, "talk", ()),
    ("how far away is jupiter tonight", False, ROOF, "talk", ()),
    ("order me a new eyepiece on amazon", False, ROOF, "talk", ()),
    ("solve x^2 - 5x + 6 = 0", False, LAB, "talk", ()),
    # near misses: the same kind of sentence with a request in it, or a question about the session
    ("the projector looks kinda weird now, try again pls", False, PLANETARIUM, "retry", _retry()),
    (
        "would it be possible to remove the man in the yellow vest? he ruins it",
        False,
        UPLOAD,
        "edit",
        _edit("remove the man in the yellow vest"),
    ),
    (
        "my son is scared of the whale, can u make it look friendlier",
        False,
        WHALE,
        "edit",
        _edit("make the whale look friendlier", "make the whale skeleton look friendlier"),
    ),
    (
        "the banner should read SCIENCE FAIR 2024",
        False,
        FAIR,
        "edit",
        _edit(
            "make the banner read SCIENCE FAIR 2024",
            "make the banner say SCIENCE FAIR 2024",
            "the banner should read SCIENCE FAIR 2024",
        ),
    ),
    (
        "make the laptop screen say `sudo rm -rf /` lol",
        False,
        ROBOTS,
        "edit",
        _edit("make the laptop screen say `sudo rm -rf /`"),
    ),
    (
        "lol the hat, can it be a cowboy hat instead",
        False,
        FOSSIL,
        "correction",
        _fix("give the paleontologist a cowboy hat"),
    ),
    (
        "tell me about bees, and also add more bees on the frame",
        False,
        HIVE,
        "edit",
        _edit("add more bees on the frame"),
    ),
    (
        "kill the glare on the glass case",
        False,
        MINERALS,
        "edit",
        _edit("kill the glare on the glass case", "remove the glare on the glass case"),
    ),
    ("what round am i on now", False, ROBOTS, "status", STATUS),
    ("what have we done so far to the robot pic?", False, ROBOTS, "history", HISTORY),
    ("share this with my club pls", False, ROBOTS, "share", SHARE),
    ("export it as html for the museum newsletter", False, WHALE, "export", _export("html")),
    ("can u make the wall white?", False, LAB, "edit", _edit("make the wall white")),
    (
        "does removing stuff leave a blur? try it on the fire extinguisher",
        False,
        LAB_BEAKERS,
        "edit",
        _edit("remove the fire extinguisher"),
    ),
    (
        "the tunnel glass looks dirty, clean it up",
        False,
        TUNNEL,
        "edit",
        _edit("clean up the tunnel glass", "clean the tunnel glass", "make the tunnel glass clean"),
    ),
    (
        "destroy the weeds at the dig site",
        False,
        FOSSIL,
        "edit",
        _edit("destroy the weeds at the dig site", "remove the weeds at the dig site"),
    ),
    ("nice! now add a moon above the dome", False, PLANETARIUM, "edit", _edit("add a moon above the dome")),
    (
        "i love the goggles, can she have a lab coat too",
        False,
        ROBOTS_GOGGLES,
        "edit",
        _edit(
            "give the girl a lab coat", "give her a lab coat", "give the girl a lab coat too", "give her a lab coat too"
        ),
    ),
    (
        "i was gonna ask for a rocket, so yeah, add a rocket over the dish",
        False,
        DISH,
        "edit",
        _edit("add a rocket over the dish"),
    ),
    ("the blurred kids look like ghosts, undo that", False, HIVE_BRANCH, "undo", _goto(1)),
    (
        "that balloon could be higher up in the sky",
        False,
        BALLOON,
        "edit",
        _edit(
            "move the balloon higher up in the sky",
            "put the balloon higher up in the sky",
            "make the balloon higher up in the sky",
            "the balloon could be higher up in the sky",
        ),
    ),
)
"""Talk that names things in the photo and uses edit words but asks for nothing, and near misses."""

ASKS: tuple[Dev, ...] = (
    # remarks, questions, wishes and stories that do ask for an edit, a retry or a correction
    ("the projector looks weird now, fix it pls", False, PLANETARIUM, "retry", _retry()),
    ("can u make the lab bench white?", False, UPLOAD, "edit", _edit("make the lab bench white")),
    (
        "would it be possible to remove the people standing under the whale?",
        False,
        UPLOAD,
        "edit",
        _edit("remove the people standing under the whale"),
    ),
    ("something's off with the sky, make it clear blue", False, UPLOAD, "edit", _edit("make the sky clear blue")),
    (
        "i feel like the dig site needs a dinosaur skull poking out of the dirt",
        False,
        UPLOAD,
        "edit",
        _edit(
            "add a dinosaur skull poking out of the dirt",
            "add a dinosaur skull poking out of the dirt at the dig site",
            "put a dinosaur skull poking out of the dirt",
        ),
    ),
    ("the telescope would look cooler in white tbh", False, UPLOAD, "edit", _edit("make the telescope white")),
    ("so can you remove the tripod? go ahead", False, UPLOAD, "edit", _edit("remove the tripod")),
    (
        "my kid is scared of the whale skeleton, pls make it less creepy",
        False,
        UPLOAD,
        "edit",
        _edit("make the whale skeleton less creepy"),
    ),
    ("write 'EUREKA' on the whiteboard", False, UPLOAD, "edit", _edit("write 'EUREKA' on the whiteboard")),
    (
        "put a periodic table poster on the wall behind the kids",
        False,
        UPLOAD,
        "edit",
        _edit("put a periodic table poster on the wall behind the kids"),
    ),
    ("make the poster say 'Bees Need You'", False, HIVE, "edit", _edit("make the poster say 'Bees Need You'")),
    ("the goggles look weird on her lol, try again", False, ROBOTS_GOGGLES, "retry", _retry()),
    ("fog's too thick, dial it back", False, SEEDS, "retry", _retry("weaker")),
    ("the smoke lines barely show, push it", False, WIND, "retry", _retry("stronger")),
    ("nah the red's too much, a bit weaker?", False, BALLOON, "retry", _retry("weaker")),
    ("i wanted the dish silver not white", False, DISH_WHITE, "correction", _fix("make the dish silver")),
    ("not the projector, the seats!", False, PLANETARIUM, "correction", _fix("make the seats glow purple")),
    (
        "i think it should be an ammonite, not a trilobite",
        False,
        FOSSIL_TRILOBITE,
        "correction",
        _fix("add an ammonite fossil next to the brush", "add an ammonite next to the brush"),
    ),
    (
        "thanks! and now a comet over the dish",
        False,
        DISH,
        "edit",
        _edit("add a comet over the dish", "put a comet over the dish"),
    ),
    (
        "love it. could the kids wear lab coats too?",
        False,
        LAB,
        "edit",
        _edit(
            "make the kids wear lab coats",
            "give the kids lab coats",
            "put lab coats on the kids",
            "make the kids wear lab coats too",
        ),
    ),
    (
        "is it possible to make the water more turquoise? would love that",
        False,
        TUNNEL,
        "edit",
        _edit("make the water more turquoise"),
    ),
    ("do u think u could add a ladybird on the leaves", False, SEEDS, "edit", _edit("add a ladybird on the leaves")),
    ("ok enough chatting, remove the exit sign", False, WHALE, "edit", _edit("remove the exit sign")),
    (
        "the volcano looks sad, give it more lava",
        False,
        FAIR,
        "edit",
        _edit("give the volcano more lava", "give the volcano model more lava", "add more lava to the volcano"),
    ),
    (
        "my friend said the sky should be purple and honestly yeah, do it",
        False,
        DISH,
        "edit",
        _edit("make the sky purple"),
    ),
    (
        "the left beaker should be bubbling",
        False,
        LAB,
        "edit",
        _edit("make the left beaker bubble", "make the left beaker bubbling", "the left beaker should be bubbling"),
    ),
    ("hmm the honeycomb looks kinda plasticky, again pls", False, HIVE, "retry", _retry()),
    ("that's a bit much on the purple, tone it down", False, PLANETARIUM, "retry", _retry("weaker")),
    ("same but for the ceiling", False, PLANETARIUM, "edit", _edit("make the ceiling glow purple")),
    (
        "the amethyst glow is nice, can the quartz glow too",
        False,
        MINERALS_ONE,
        "edit",
        _edit("make the quartz glow", "make the quartz glow too"),
    ),
    (
        "could the balloon have a little parachute hanging under it?",
        False,
        BALLOON_FIXED,
        "edit",
        _edit(
            "add a little parachute hanging under the balloon",
            "give the balloon a little parachute hanging under it",
            "add a little parachute under the balloon",
        ),
    ),
    ("can the bees on the left go?", False, HIVE_BEES, "edit", _edit("remove the bees on the left")),
    (
        "kill the reflection on the tunnel glass",
        False,
        TUNNEL_ONE,
        "edit",
        _edit("kill the reflection on the tunnel glass", "remove the reflection on the tunnel glass"),
    ),
    (
        "blow up the weather balloon so its huge",
        False,
        UPLOAD,
        "edit",
        _edit(
            "blow up the weather balloon so its huge",
            "make the weather balloon huge",
            "inflate the weather balloon so its huge",
        ),
    ),
    (
        "shoot a green laser from the telescope into the sky",
        False,
        ROOF,
        "edit",
        _edit(
            "shoot a green laser from the telescope into the sky",
            "add a green laser shooting from the telescope into the sky",
        ),
    ),
    (
        "the glass case is all smudgy, clean it",
        False,
        MINERALS,
        "edit",
        _edit("clean the glass case", "clean the smudges off the glass case"),
    ),
    (
        "the goggles should be clear ones",
        False,
        ROBOTS_GOGGLES,
        "correction",
        _fix("give the girl clear safety goggles"),
    ),
    (
        "not the girl, the boy with the soldering iron",
        False,
        ROBOTS_GOGGLES,
        "correction",
        _fix("give the boy with the soldering iron safety goggles"),
    ),
    ("ok now make it snow over the badlands", False, FOSSIL, "edit", _edit("make it snow over the badlands")),
    (
        "something's off with the colour, go with yellow instead",
        False,
        BALLOON,
        "correction",
        _fix("make the balloon bright yellow", "make the balloon yellow"),
    ),
    ("the sky looks too orange now, a bit less", False, FOSSIL_SKY, "retry", _retry("weaker")),
    ("ehh the hat is kinda silly, pls take it off", False, FOSSIL, "undo", _goto(2)),
    (
        "please, you can put more light on the telescope?",
        False,
        ROOF,
        "edit",
        _edit("put more light on the telescope", "add more light on the telescope", "make the telescope brighter"),
    ),
    (
        "pls add a tiny astronaut figure on the workbench",
        False,
        ROBOTS,
        "edit",
        _edit("add a tiny astronaut figure on the workbench"),
    ),
    ("the bees on the glass look fake, again with another seed", False, HIVE_BEES, "retry", _retry()),
    (
        "i hate how empty the sky is, put some stars in it",
        False,
        DISH_WHITE,
        "edit",
        _edit("put some stars in the sky", "add some stars in the sky", "add some stars to the sky"),
    ),
    (
        "the volunteers are blocking the hive, can you get rid of them",
        False,
        UPLOAD,
        "edit",
        _edit(
            "get rid of the volunteers",
            "remove the volunteers",
            "get rid of the volunteers blocking the hive",
            "remove the volunteers blocking the hive",
        ),
    ),
    ("if u can, make the model car red", False, WIND, "edit", _edit("make the model car red")),
    (
        "remove the tape on the floor and make the car glossy",
        False,
        WIND,
        "edit",
        _edits("remove the tape on the floor", ("make the car glossy", "make the model car glossy")),
    ),
    (
        "the lamp above the tunnel is way too bright, dim it",
        False,
        TUNNEL,
        "edit",
        _edit("dim the lamp above the tunnel"),
    ),
    ("kids in the back are distracting, blur em", False, UPLOAD, "edit", _edit("blur the kids in the back")),
    (
        "Could you kindly add a small rover on the floor next to the robot arm?",
        False,
        ROBOTS,
        "edit",
        _edit("add a small rover on the floor next to the robot arm"),
    ),
    ("i'd rather the trifold board was blue", False, FAIR, "correction", _fix("make the trifold board blue")),
    (
        "one more thing: give the whale skeleton a soft spotlight",
        False,
        WHALE,
        "edit",
        _edit("give the whale skeleton a soft spotlight"),
    ),
    (
        "the balloon team needs orange vests",
        False,
        BALLOON_FIXED,
        "edit",
        _edit(
            "give the balloon team orange vests",
            "put orange vests on the balloon team",
            "make the balloon team wear orange vests",
        ),
    ),
    # near misses: the same kinds of sentences with nothing asked, or nothing clear enough to do
    ("the smoke lines look kinda cool actually", False, WIND, "talk", ()),
    ("can u make the wall white? just wondering if thats something u do", False, UPLOAD, "talk", ()),
    ("would it be possible to remove the people under the whale? asking for later", False, UPLOAD, "talk", ()),
    ("my friend wants the sky purple but i dont", False, DISH, "talk", ()),
    ("i was going to ask for a comet but never mind", False, DISH_WHITE, "talk", ()),
    ("the lava looks fake but whatever, leave it", False, FAIR_LAVA, "talk", ()),
    ("in the real lab the left beaker was bubbling, so cool", False, LAB, "talk", ()),
    ("do the bees ever leave the observation hive? like where do they go", False, HIVE_BEES, "talk", ()),
    ("kill me, the presentation is tomorrow 😭", False, FAIR, "talk", ()),
    ("could this be printed poster size or is it too low res?", False, FAIR, "talk", ()),
    ("fix it pls", False, UPLOAD, "clarify", ()),
    ("the telescope would look cooler in... hmm, dunno", False, UPLOAD, "clarify", ()),
    ("make the wall", False, LAB, "clarify", ()),
    ("dust it off", False, UPLOAD, "clarify", ()),
    ("give it another go", False, UPLOAD, "clarify", ()),
    ("tone it down", False, UPLOAD, "clarify", ()),
    ("maybe a ladybird on the leaves? idk, let me think", False, SEEDS, "talk", ()),
    ("the fog is nice, keep it like that", False, SEEDS, "talk", ()),
    ("the goggles look weird on her, but she said she likes them so ok", False, ROBOTS_GOGGLES, "talk", ()),
)
"""Remarks, questions and wishes that clearly ask for an edit, a retry or a correction, and near misses."""

PHOTOS: tuple[Dev, ...] = (
    # a photo with a caption that asks nothing: stored, and the answer asks what to change
    ("here's the dome from inside, took it during the show", True, UPLOAD, "caption", ()),
    ("fossil dig, day 3, sooo dusty", True, UPLOAD, "caption", ()),
    ("our chem lab 🧪", True, UPLOAD, "caption", ()),
    ("THE WHALE!!! 🐋", True, UPLOAD, "caption", ()),
    ("radio telescope at dawn, 30s exposure", True, UPLOAD, "caption", ()),
    ("me and my dobsonian on the roof last night", True, UPLOAD, "caption", ()),
    ("seed bank greenhouse, the jars are labelled by year", True, UPLOAD, "caption", ()),
    ("robotics club bench. yes it's a mess, i know", True, UPLOAD, "caption", ()),
    ("aquarium tunnel, my son took this one", True, UPLOAD, "caption", ()),
    ("weather balloon launch from the school field", True, UPLOAD, "caption", ()),
    ("mineral case at the museum, look at that amethyst", True, UPLOAD, "caption", ()),
    ("observation hive at my uncle's farm", True, UPLOAD, "caption", ()),
    ("wind tunnel test from the uni open day", True, UPLOAD, "caption", ()),
    ("science fair booth, before judging", True, UPLOAD, "caption", ()),
    ("second launch, this one went way higher", True, AFTER_BALLOON, "caption", ()),
    ("another angle of the bench", True, AFTER_ROBOTS, "caption", ()),
    ("this is the same dig a year later", True, AFTER_FOSSIL, "caption", ()),
    ("what do you think of this one?", True, AFTER_ROOF, "caption", ()),
    ("ok next pic", True, AFTER_SEEDS, "caption", ()),
    ("dont do the same edit this time", True, AFTER_PLANETARIUM, "caption", ()),
    ("check this, aquarium tunnel with a turtle right above us", True, TWO_PHOTOS, "caption", ()),
    ("my science fair project!! (didnt win lol)", True, AFTER_FAIR, "caption", ()),
    ("i took this through the eyepiece with my phone, saturn!!", True, AFTER_ROOF, "caption", ()),
    ("here's one without the tripod, it came out blurry", True, AFTER_ROOF, "caption", ()),
    ("this one's for the club newsletter", True, AFTER_ROBOTS, "caption", ()),
    ("is the amethyst real or glass? here's a closer pic", True, TWO_PHOTOS, "caption", ()),
    ("oops wrong photo, ignore this one", True, AFTER_WIND, "talk", ()),
    ("this is the hive up close, theres a queen somewhere, can u spot her?", True, UPLOAD, "talk", ()),
    ("can you remove things from this one? like later maybe", True, UPLOAD, "talk", ()),
    # a photo whose caption asks, but not clearly enough
    ("here u go. turn it purple pls", True, UPLOAD, "clarify", ()),
    ("make this look better", True, UPLOAD, "clarify", ()),
    ("same edit as before", True, TWO_PHOTOS, "clarify", ()),
    ("new pic, can u do something with it", True, AFTER_SEEDS, "clarify", ()),
    # near misses: a caption that asks for an edit of the new photo
    ("can u remove the person in the blue jacket", True, UPLOAD, "edit", _edit("remove the person in the blue jacket")),
    ("here's the dish, make the sky pink", True, UPLOAD, "edit", _edit("make the sky pink")),
    (
        "beekeeping day — blur the kids' faces pls",
        True,
        UPLOAD,
        "edit",
        _edit("blur the kids' faces", "blur the faces of the kids"),
    ),
    ("same thing for this one", True, AFTER_ROOF, "edit", _edit("make the telescope red")),
    (
        "same but green",
        True,
        AFTER_BALLOON,
        "edit",
        _edit("make the balloon bright green", "make the balloon green"),
    ),
    ("do what u did before on this one", True, AFTER_WIND, "edit", _edit("add white smoke lines over the model car")),
    (
        "new pic, the glare on the case is awful, kill it",
        True,
        TWO_PHOTOS,
        "edit",
        _edit("kill the glare on the case", "remove the glare on the case"),
    ),
    ("the sky in this one is boring, make it stormy", True, AFTER_FOSSIL, "edit", _edit("make the sky stormy")),
    (
        "photo 2: add a rainbow over the greenhouse",
        True,
        AFTER_SEEDS,
        "edit",
        _edit("add a rainbow over the greenhouse"),
    ),
    ("the kid in the front, make him wave", True, UPLOAD, "edit", _edit("make the kid in the front wave")),
    ("same fog on this one", True, AFTER_SEEDS, "edit", _edit("add fog on the glass roof")),
    (
        "here. the telescope should be pointing up more",
        True,
        UPLOAD,
        "edit",
        _edit(
            "make the telescope point up more",
            "point the telescope up more",
            "make the telescope point upwards more",
            "the telescope should be pointing up more",
        ),
    ),
    ("like the last one pls", True, AFTER_BALLOON, "edit", _edit("make the balloon bright red")),
    ("same on this one 🙏", True, AFTER_BALLOON_FIXED, "edit", _edit("make the balloon bright yellow")),
    (
        "the lights at this booth are too harsh, soften them",
        True,
        AFTER_FAIR,
        "edit",
        _edit("soften the lights at this booth", "soften the lights", "soften the lights at the booth"),
    ),
    ("another from the open day. this time make the car blue", True, AFTER_WIND, "edit", _edit("make the car blue")),
)
"""Turns with a photo attached: captions that ask nothing (or not clearly) against captions that ask an edit."""

R30A: tuple[Dev, ...] = (*VAGUE, *TALK, *ASKS, *PHOTOS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: the current round is an older one
    (1, ("something's off here", False, FOSSIL, "clarify", ())),
    (1, ("add a coyote on the ridge", False, FOSSIL, "edit", _edit("add a coyote on the ridge"))),
    (2, ("undo once more", False, FOSSIL, "undo", _goto(1))),
    (0, ("what a view tho, the original is so good", False, DISH, "talk", ())),
    (4, ("the goggles look weird lol", False, ROBOTS, "talk", ())),
    (4, ("the goggles look weird, again pls", False, ROBOTS, "retry", _retry())),
    (2, ("redo pls", False, ROBOTS, "redo", _goto(3))),
    (1, ("make them red", False, LAB, "clarify", ())),
    (1, ("lol the goggles are gone now", False, LAB, "talk", ())),
    (3, ("what round is this", False, FAIR, "status", STATUS)),
    (4, ("make it pink", False, FAIR, "clarify", ())),
    (5, ("share it", False, FAIR, "share", SHARE)),
    (1, ("the one i undid, show it", False, MINERALS, "show", _show(2))),
    (0, ("can u add some clouds", False, ROOF, "edit", _edit("add some clouds"))),
    (1, ("write me a tweet about this", False, TUNNEL, "talk", ())),
    (1, ("go back to the one with two sharks", False, TUNNEL, "goto", _goto(2))),
    (0, ("compare this with the latest", False, HIVE, "compare", _compare(0, 1))),
    (2, ("blur them more", False, HIVE_BRANCH, "clarify", ())),
    (
        0,
        (
            "ok from here, blow up the balloon so it fills the frame",
            False,
            BALLOON,
            "edit",
            _edit("blow up the balloon so it fills the frame", "make the balloon fill the frame"),
        ),
    ),
    (1, ("bring the fog back", False, SEEDS, "redo", _goto(2))),
    (0, ("ok keep this one, thanks", False, PLANETARIUM, "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r30a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R30A`, then the moved ones)."""
    return with_moved(R30A, "r30a", MOVED, "r30a_moved")
