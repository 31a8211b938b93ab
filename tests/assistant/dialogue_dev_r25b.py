"""Round 25, set b: corrections and references to rounds, in sessions with branches and older current rounds.

Written by hand from what a demanding user wants (the issue's table of behaviours and its "What to build"
list), before the dialogue model was run on any of it, about photos no other set uses: a cat café, a
skater in a halfpipe, a tortilla stand, a weaver at her loom, a diner serving poutine, a triathlon finish
line, a whale-watching boat with an orca, a mosque courtyard, a Roman amphitheatre, a baklava shop, a
hotpot dinner, karst peaks over a river, cave paintings, an open-air lido and a Mardi Gras parade.
Sessions have 1 to 6 edits, some with a branch (a retry or a correction made a sibling, or an edit made
after an undo), some with the current round an older one.

Five families, in new wordings typed as people type in a chat box (lowercase, typos, slang, emoji,
run-ons, non-native English, polite padding, terse fragments, a few capitals): corrections of the
object ("noo the sofa!!", "oops meant the knee pads"), after one edit, after two or more (the last one
is corrected) and after a retry or an earlier correction (the latest try is corrected); corrections of
the attribute or of the whole request ("i said teal not yellow", "scrap the kitten, put a dog there");
new edits that only look like corrections ("and the cushions as well"); references to rounds ("before
the pigeons", "the first try at the stone", "two back", "the latest one" after going back), impossible
ones answered in words; and show versus goto versus compare of those references. About a quarter of
each family are near misses whose right answer is another act: a correction with nothing edited, a
correction taken back, "more" that is a stronger retry, "scrap it" that is an undo, a question about
what changed, a reference with an edit that is an edit of that round. The cases have the development
set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current round (first)
is an earlier one.
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
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)
from tests.assistant.dialogue_validation_second import _edit_on

CATCAFE = ((None, None), (0, "make the armchair mustard yellow"))
"""A cat café with one edit."""
CATCAFE_KITTEN = (*CATCAFE, (1, "add a tabby kitten on the rug"))
"""The cat café with two edits: the armchair, then a kitten on the rug."""
CATCAFE_RETRIED = ((None, None), (0, "make the armchair mustard yellow"), (0, "make the armchair mustard yellow"))
"""The cat café after a retry: round 2 is a second try of round 1, from the original."""
HALFPIPE = ((None, None), (0, "make the helmet red"))
"""A skater in a halfpipe with one edit."""
HALFPIPE_TWO = (*HALFPIPE, (1, "add graffiti on the ramp"))
"""The halfpipe with two edits: the helmet, then graffiti on the ramp."""
HALFPIPE_RETRIED = (
    (None, None),
    (0, "make the helmet red"),
    (0, "make the helmet red"),
    (0, "make the helmet red"),
)
"""The halfpipe after two retries: rounds 1, 2 and 3 are three tries of the helmet, from the original."""
TORTILLA = ((None, None), (0, "make the tablecloth red"))
"""A tortilla stand with one edit."""
TORTILLA_TWO = (*TORTILLA, (1, "add a stack of fresh tortillas on the comal"))
"""The tortilla stand with two edits: the tablecloth, then tortillas on the comal."""
TORTILLA_RETRIED = ((None, None), (0, "make the tablecloth red"), (0, "make the tablecloth red"))
"""The tortilla stand after a retry: round 2 is a second try of round 1, from the original."""
WEAVER = ((None, None), (0, "make the yarn indigo"))
"""A weaver at her loom with one edit."""
WEAVER_TWO = (*WEAVER, (1, "add a basket of wool by her feet"))
"""The weaver with two edits: the yarn, then a basket of wool."""
POUTINE = ((None, None), (0, "add more cheese curds on the poutine"), (1, "make the neon sign pink"))
"""A diner serving poutine with two edits, each on the one before."""
POUTINE_CURDS = POUTINE[:2]
"""The diner with only the cheese curds edit."""
TRIATHLON = ((None, None), (0, "make the finish banner orange"))
"""A triathlon finish line with one edit."""
TRIATHLON_TWO = (*TRIATHLON, (1, "add confetti in the air"))
"""The finish line with two edits: the banner, then confetti."""
TRIATHLON_CORRECTED = ((None, None), (0, "make the finish banner orange"), (0, "make the finish banner green"))
"""The finish line after a correction: round 2 made the banner green instead, from the original."""
ORCA = (
    (None, None),
    (0, "make the sea a deeper blue"),
    (1, "add a seagull on the railing"),
    (2, "make the tourists' raincoats yellow"),
)
"""A whale-watching boat with an orca, three edits each on the one before."""
ORCA_SEA = ORCA[:2]
"""The boat with only the sea edit."""
ORCA_SEAGULL = ORCA[:3]
"""The boat with the sea and the seagull edits."""
MOSQUE = (
    (None, None),
    (0, "make the fountain water sparkle"),
    (1, "add pigeons on the courtyard tiles"),
    (2, "make the dome gold"),
    (3, "remove the tourists by the gate"),
)
"""A mosque courtyard with four edits, each on the one before."""
MOSQUE_PIGEONS = MOSQUE[:3]
"""The courtyard with the fountain and the pigeons edits."""
AMPHITHEATRE = (
    (None, None),
    (0, "add a full moon above the arches"),
    (1, "make the stone warm orange"),
    (1, "make the stone pink"),
    (3, "add actors in masks on the stage"),
)
"""A Roman amphitheatre with a correction: round 3 made the stone pink instead of orange (round 2), from
round 1; round 4 is on round 3."""
BAKLAVA = (
    (None, None),
    (0, "sprinkle pistachios on the baklava"),
    (0, "sprinkle pistachios on the baklava"),
    (2, "make the tray silver"),
)
"""A baklava shop with a retry: rounds 1 and 2 are two tries of the pistachios from the original; round 3
is on round 2."""
HOTPOT = (
    (None, None),
    (0, "make the broth spicy red"),
    (1, "add steam above the pot"),
    (2, "put a plate of dumplings on the table"),
    (3, "make the paper lanterns brighter"),
    (4, "remove the phone next to the bowl"),
    (5, "make the tablecloth checkered"),
)
"""A hotpot dinner with six edits, each on the one before."""
KARST = (
    (None, None),
    (0, "add mist between the peaks"),
    (1, "put a fisherman on the bamboo raft"),
    (1, "put a fisherman on the bamboo raft"),
)
"""Karst peaks over a river with a retry: rounds 2 and 3 are two tries of the fisherman, from round 1."""
CAVE = ((None, None), (0, "make the torchlight warmer"), (1, "add a painted bison on the wall"))
"""Cave paintings with two edits, each on the one before."""
CAVE_TORCH = CAVE[:2]
"""The cave with only the torchlight edit."""
LIDO = (
    (None, None),
    (0, "make the pool water turquoise"),
    (1, "add a lifeguard chair by the deep end"),
    (2, "remove the inflatable duck"),
)
"""An open-air lido with three edits, each on the one before."""
LIDO_CHAIR = LIDO[:3]
"""The lido with the water and the lifeguard chair edits."""
MARDIGRAS = (
    (None, None),
    (0, "make the float purple"),
    (1, "add beads hanging from the balcony"),
    (1, "make the sky dusky pink"),
    (3, "give the trumpet player a feathered mask"),
)
"""A Mardi Gras parade after an undo: round 3 was made from round 1 beside round 2 (the beads); round 4 is
on round 3."""

AFTER_CATCAFE = (*CATCAFE, (None, None))
AFTER_HALFPIPE = (*HALFPIPE, (None, None))
AFTER_TORTILLA = (*TORTILLA, (None, None))
AFTER_WEAVER = (*WEAVER, (None, None))

OBJECTS: tuple[Dev, ...] = (
    # family 1: the object corrected, after one edit
    ("noo the sofa!!", False, CATCAFE, "correction", _fix("make the sofa mustard yellow")),
    (
        "wrong thing lol i meant the cat tower",
        False,
        CATCAFE,
        "correction",
        _fix("make the cat tower mustard yellow"),
    ),
    (
        "i was talkin about the cushions, not the armchair",
        False,
        CATCAFE,
        "correction",
        _fix("make the cushions mustard yellow"),
    ),
    ("the skateboard. not the helmet", False, HALFPIPE, "correction", _fix("make the skateboard red")),
    ("oops meant the knee pads", False, HALFPIPE, "correction", _fix("make the knee pads red")),
    ("should of been his shoes", False, HALFPIPE, "correction", _fix("make his shoes red", "make the shoes red")),
    ("not that one, the apron", False, TORTILLA, "correction", _fix("make the apron red")),
    ("i ment the awning sorry 🙏", False, TORTILLA, "correction", _fix("make the awning red")),
    ("TABLECLOTH?? no, the NAPKINS", False, TORTILLA, "correction", _fix("make the napkins red")),
    ("wrong thing, her shawl", False, WEAVER, "correction", _fix("make her shawl indigo", "make the shawl indigo")),
    (
        "i was on about the rug hanging behind her",
        False,
        WEAVER,
        "correction",
        _fix("make the rug hanging behind her indigo", "make the rug behind her indigo"),
    ),
    (
        "should have been the headscarf",
        False,
        WEAVER,
        "correction",
        _fix("make the headscarf indigo", "make her headscarf indigo"),
    ),
    (
        "the banner was fine, i meant the timing clock",
        False,
        TRIATHLON,
        "correction",
        _fix("make the timing clock orange"),
    ),
    (
        "oopsie, the runners bibs",
        False,
        TRIATHLON,
        "correction",
        _fix("make the runners bibs orange", "make the bibs orange"),
    ),
    ("gravy not curds!! more gravy", False, POUTINE_CURDS, "correction", _fix("add more gravy on the poutine")),
    (
        "i meant the lantern light, not the torch",
        False,
        CAVE_TORCH,
        "correction",
        _fix("make the lantern light warmer"),
    ),
    (
        "by the shallow end, not the deep one",
        False,
        LIDO_CHAIR,
        "correction",
        _fix("add a lifeguard chair by the shallow end"),
    ),
    # after two or more edits: the last one is corrected, from its parent
    (
        "on the windowsill i said, not the rug",
        False,
        CATCAFE_KITTEN,
        "correction",
        _fix("add a tabby kitten on the windowsill"),
    ),
    (
        "no not the ramp, on the wall behind it",
        False,
        HALFPIPE_TWO,
        "correction",
        _fix(
            "add graffiti on the wall behind the ramp", "add graffiti on the wall behind it", "add graffiti on the wall"
        ),
    ),
    (
        "on the plate, not the comal",
        False,
        TORTILLA_TWO,
        "correction",
        _fix("add a stack of fresh tortillas on the plate"),
    ),
    ("by the door not by her feet", False, WEAVER_TWO, "correction", _fix("add a basket of wool by the door")),
    ("not the sign, the stools", False, POUTINE, "correction", _fix("make the stools pink")),
    (
        "the napkin holder. i meant the napkin holder",
        False,
        POUTINE,
        "correction",
        _fix("make the napkin holder pink"),
    ),
    ("balloons, not confetti", False, TRIATHLON_TWO, "correction", _fix("add balloons in the air")),
    (
        "their hats, not the raincoats",
        False,
        ORCA,
        "correction",
        _fix("make the tourists' hats yellow", "make their hats yellow", "make the hats yellow"),
    ),
    (
        "lifejackets i meant",
        False,
        ORCA,
        "correction",
        _fix(
            "make the tourists' lifejackets yellow",
            "make the lifejackets yellow",
            "make the tourists' life jackets yellow",
            "make the life jackets yellow",
        ),
    ),
    (
        "not the tourists, the scaffolding by the gate",
        False,
        MOSQUE,
        "correction",
        _fix("remove the scaffolding by the gate"),
    ),
    ("i meant the bins by the gate!", False, MOSQUE, "correction", _fix("remove the bins by the gate")),
    ("on the steps, not the stage", False, AMPHITHEATRE, "correction", _fix("add actors in masks on the steps")),
    (
        "musicians not actors",
        False,
        AMPHITHEATRE,
        "correction",
        _fix("add musicians in masks on the stage"),
    ),
    ("the display case, not the tray", False, BAKLAVA, "correction", _fix("make the display case silver")),
    ("erm i meant the scale", False, BAKLAVA, "correction", _fix("make the scale silver")),
    (
        "napkins. the napkins checkered, not the tablecloth",
        False,
        HOTPOT,
        "correction",
        _fix("make the napkins checkered"),
    ),
    ("shoot, meant the curtains", False, HOTPOT, "correction", _fix("make the curtains checkered")),
    ("a deer not a bison", False, CAVE, "correction", _fix("add a painted deer on the wall")),
    ("on the ceiling i said", False, CAVE, "correction", _fix("add a painted bison on the ceiling")),
    ("the inflatable ring, not the duck", False, LIDO, "correction", _fix("remove the inflatable ring")),
    (
        "wrong float, the unicorn one",
        False,
        LIDO,
        "correction",
        _fix("remove the inflatable unicorn", "remove the unicorn float", "remove the unicorn one"),
    ),
    (
        "the trombone guy not the trumpet",
        False,
        MARDIGRAS,
        "correction",
        _fix("give the trombone player a feathered mask", "give the trombone guy a feathered mask"),
    ),
    (
        "the drummer should have got the mask",
        False,
        MARDIGRAS,
        "correction",
        _fix("give the drummer a feathered mask"),
    ),
    (
        "not the armchair!! the rug under it",
        False,
        CATCAFE,
        "correction",
        _fix(
            "make the rug mustard yellow",
            "make the rug under the armchair mustard yellow",
            "make the rug under it mustard yellow",
        ),
    ),
    ("sorry my english, i mean the curtain not the yarn", False, WEAVER, "correction", _fix("make the curtain indigo")),
    ("you did the helmet but i was meaning the jacket", False, HALFPIPE, "correction", _fix("make the jacket red")),
    ("on the mast, not the railing", False, ORCA_SEAGULL, "correction", _fix("add a seagull on the mast")),
    ("on the fountain not the tiles", False, MOSQUE_PIGEONS, "correction", _fix("add pigeons on the fountain")),
    # after a retry or an earlier correction: the latest try is corrected, from the same parent
    (
        "still wrong, its the sofa i meant not the armchair",
        False,
        CATCAFE_RETRIED,
        "correction",
        _fix("make the sofa mustard yellow"),
    ),
    (
        "ugh 3 tries and its the wrong thing, i meant the wheels",
        False,
        HALFPIPE_RETRIED,
        "correction",
        _fix("make the wheels red"),
    ),
    (
        "still the wrong thing, i want the basket red not the tablecloth",
        False,
        TORTILLA_RETRIED,
        "correction",
        _fix("make the basket red"),
    ),
    (
        "ugh still the wrong one, the arch not the banner",
        False,
        TRIATHLON_CORRECTED,
        "correction",
        _fix("make the finish arch green", "make the arch green"),
    ),
    (
        "not a fisherman, a heron!! on the raft",
        False,
        KARST,
        "correction",
        _fix("put a heron on the bamboo raft", "put a heron on the raft", "add a heron on the raft"),
    ),
    ("on the riverbank, not the raft", False, KARST, "correction", _fix("put a fisherman on the riverbank")),
    (
        "wrong object again. the FOOTSTOOL",
        False,
        CATCAFE_RETRIED,
        "correction",
        _fix("make the footstool mustard yellow"),
    ),
    # near misses: nothing to correct, a correction taken back, an undo, a question
    ("no i meant the sofa", False, UPLOAD, "clarify", ()),
    ("the napkins, not the tablecloth", False, UPLOAD, "clarify", ()),
    ("ugh wrong one", False, UPLOAD, "clarify", ()),
    ("wrong pic sorry, this is the right one", True, AFTER_CATCAFE, "caption", ()),
    ("wrong thing, just undo it", False, HALFPIPE, "undo", _goto(0)),
    ("wrong thing. put it back how it was", False, WEAVER, "undo", _goto(0)),
    (
        "the sofa not the armchair... nah jk the armchair is right, leave it",
        False,
        CATCAFE,
        "talk",
        (),
    ),
    ("not the helmet i thought, but honestly it looks sick so keep it", False, HALFPIPE, "talk", ()),
    ("wait what exactly did u change there", False, TORTILLA, "status", STATUS),
    ("ok now its the right thing, thx", False, TRIATHLON_CORRECTED, "talk", ()),
    ("i pictured the fisherman older but this works 👍", False, KARST, "talk", ()),
    ("the bins by the gate are ugly too but whatever, leave them", False, MOSQUE, "talk", ()),
)
"""Corrections of the object, after one edit, after two or more, after a retry; and their near misses."""

ATTRIBUTES: tuple[Dev, ...] = (
    # family 2: the attribute corrected
    (
        "more like burnt orange tbh",
        False,
        CATCAFE,
        "correction",
        _fix("make the armchair burnt orange"),
    ),
    ("i said teal not yellow", False, CATCAFE, "correction", _fix("make the armchair teal")),
    ("no no, i said RUST not mustard", False, CATCAFE, "correction", _fix("make the armchair rust")),
    (
        "ehh more of a mint green pls, not that dark",
        False,
        TRIATHLON_CORRECTED,
        "correction",
        _fix("make the finish banner mint green"),
    ),
    ("no i wanted it lighter, like turquoise", False, ORCA_SEA, "correction", _fix("make the sea turquoise")),
    ("a black kitten, not tabby", False, CATCAFE_KITTEN, "correction", _fix("add a black kitten on the rug")),
    ("darker than that... like maroon", False, HALFPIPE, "correction", _fix("make the helmet maroon")),
    ("nah matte black, not red", False, HALFPIPE, "correction", _fix("make the helmet matte black")),
    (
        "all 3 are too red. i actually wanted chrome",
        False,
        HALFPIPE_RETRIED,
        "correction",
        _fix("make the helmet chrome"),
    ),
    (
        "wrong colour, blue and white checked",
        False,
        TORTILLA,
        "correction",
        _fix("make the tablecloth blue and white checked", "make the tablecloth blue and white checkered"),
    ),
    ("green!!! not red", False, TORTILLA, "correction", _fix("make the tablecloth green")),
    (
        "still not it... i wanted it YELLOW",
        False,
        TORTILLA_RETRIED,
        "correction",
        _fix("make the tablecloth yellow"),
    ),
    ("more of a plum, less blue", False, WEAVER, "correction", _fix("make the yarn plum", "make the yarn plum purple")),
    ("i said saffron not indigo?!", False, WEAVER, "correction", _fix("make the yarn saffron")),
    ("a crate of wool, not a basket", False, WEAVER_TWO, "correction", _fix("add a crate of wool by her feet")),
    ("hot pink not baby pink", False, POUTINE, "correction", _fix("make the neon sign hot pink")),
    (
        "should be more red-pink... like magenta",
        False,
        POUTINE,
        "correction",
        _fix("make the neon sign magenta"),
    ),
    ("wrong colour, neon green", False, TRIATHLON, "correction", _fix("make the finish banner neon green")),
    ("i said blue, not orange", False, TRIATHLON, "correction", _fix("make the finish banner blue")),
    ("gold confetti, not rainbow", False, TRIATHLON_TWO, "correction", _fix("add gold confetti in the air")),
    (
        "still no. darker - forest green",
        False,
        TRIATHLON_CORRECTED,
        "correction",
        _fix("make the finish banner forest green"),
    ),
    (
        "orange raincoats not yellow",
        False,
        ORCA,
        "correction",
        _fix("make the tourists' raincoats orange", "make the raincoats orange"),
    ),
    (
        "WHITE masks. not colourful ones",
        False,
        AMPHITHEATRE,
        "correction",
        _fix("add actors in white masks on the stage"),
    ),
    (
        "nah fewer actors, like two",
        False,
        AMPHITHEATRE,
        "correction",
        _fix("add two actors in masks on the stage"),
    ),
    ("gold not silver", False, BAKLAVA, "correction", _fix("make the tray gold")),
    ("copper i said", False, BAKLAVA, "correction", _fix("make the tray copper")),
    ("striped, not checkered", False, HOTPOT, "correction", _fix("make the tablecloth striped")),
    (
        "checkered yes but red and white pls",
        False,
        HOTPOT,
        "correction",
        _fix("make the tablecloth red and white checkered"),
    ),
    (
        "an old fisherman in a straw hat, the young guy is wrong",
        False,
        KARST,
        "correction",
        _fix(
            "put an old fisherman in a straw hat on the bamboo raft", "put an old fisherman in a straw hat on the raft"
        ),
    ),
    (
        "nah way smaller bison",
        False,
        CAVE,
        "correction",
        _fix("add a small painted bison on the wall", "add a smaller painted bison on the wall"),
    ),
    (
        "in red ochre pls, not black",
        False,
        CAVE,
        "correction",
        _fix("add a painted bison in red ochre on the wall", "add a red ochre painted bison on the wall"),
    ),
    (
        "cooler not warmer, kinda bluish",
        False,
        CAVE_TORCH,
        "correction",
        _fix("make the torchlight cooler and bluish", "make the torchlight cooler", "make the torchlight bluish"),
    ),
    (
        "a red lifeguard chair, the white one is boring",
        False,
        LIDO_CHAIR,
        "correction",
        _fix("add a red lifeguard chair by the deep end"),
    ),
    (
        "a sequined mask, not feathered",
        False,
        MARDIGRAS,
        "correction",
        _fix("give the trumpet player a sequined mask"),
    ),
    # the whole request replaced
    (
        "scrap the kitten, put a sleeping dog on the rug instead",
        False,
        CATCAFE_KITTEN,
        "correction",
        _fix("put a sleeping dog on the rug"),
    ),
    (
        "not graffiti, a big mural of a tiger",
        False,
        HALFPIPE_TWO,
        "correction",
        _fix("add a big mural of a tiger on the ramp", "paint a big mural of a tiger on the ramp"),
    ),
    (
        "scrap that, add a pot of beans on the comal instead",
        False,
        TORTILLA_TWO,
        "correction",
        _fix("add a pot of beans on the comal"),
    ),
    (
        "forget the yarn colour, make the window light golden instead",
        False,
        WEAVER,
        "correction",
        _fix("make the window light golden"),
    ),
    (
        "nvm the sign, put a jukebox in the corner instead",
        False,
        POUTINE,
        "correction",
        _fix("put a jukebox in the corner"),
    ),
    (
        "scrap that, give them umbrellas instead",
        False,
        ORCA,
        "correction",
        _fix("give the tourists umbrellas", "give them umbrellas"),
    ),
    (
        "forget removing them, just blur them",
        False,
        MOSQUE,
        "correction",
        _fix("blur the tourists by the gate", "blur the tourists"),
    ),
    (
        "scrap the fisherman, put a lantern on the raft instead",
        False,
        KARST,
        "correction",
        _fix("put a lantern on the bamboo raft", "put a lantern on the raft"),
    ),
    (
        "nvm removing it, make the duck pink instead",
        False,
        LIDO,
        "correction",
        _fix("make the inflatable duck pink", "make the duck pink"),
    ),
    (
        "forget the mask, give him a top hat",
        False,
        MARDIGRAS,
        "correction",
        _fix("give the trumpet player a top hat"),
    ),
    (
        "hmm not that, blur the background instead pls",
        False,
        CATCAFE,
        "correction",
        _fix("blur the background"),
    ),
    # near misses: a stronger or weaker retry, an undo, praise, a question, nothing to correct
    ("yellower pls, its barely changed", False, CATCAFE, "retry", _retry("stronger")),
    ("waaay too red, tone it down", False, HALFPIPE, "retry", _retry("weaker")),
    ("colour is right but it looks fake, try again", False, TORTILLA, "retry", _retry()),
    ("nvm that", False, WEAVER, "undo", _goto(0)),
    ("meh scrap it", False, TRIATHLON, "undo", _goto(0)),
    ("scrap all of it and start over", False, ORCA, "goto", _goto(0)),
    ("hmm teal?", False, UPLOAD, "clarify", ()),
    ("i said blue not orange", False, UPLOAD, "clarify", ()),
    ("i said red not orange.. wait no it IS red, my screen is weird lol", False, HALFPIPE, "talk", ()),
    ("orange would of been nice too but this is fine", False, TRIATHLON_CORRECTED, "talk", ()),
    ("what shade of pink is that exactly?", False, POUTINE, "talk", ()),
)
"""Corrections of the attribute and of the whole request; and their near misses."""

ADDITIONS: tuple[Dev, ...] = (
    # family 3: new edits on top, not corrections
    ("now the sofa too", False, CATCAFE, "edit", _edit("make the sofa mustard yellow")),
    ("and the cushions as well pls", False, CATCAFE, "edit", _edit("make the cushions mustard yellow")),
    (
        "good. and the footstool in the same yellow",
        False,
        CATCAFE_RETRIED,
        "edit",
        _edit("make the footstool mustard yellow", "make the footstool the same yellow"),
    ),
    ("the skateboard should be red too", False, HALFPIPE, "edit", _edit("make the skateboard red")),
    ("love it. the shoes as well", False, HALFPIPE, "edit", _edit("make the shoes red", "make his shoes red")),
    ("ok good. now the wheels red too", False, HALFPIPE_RETRIED, "edit", _edit("make the wheels red")),
    ("also the napkins", False, TORTILLA, "edit", _edit("make the napkins red")),
    ("make the apron red as well", False, TORTILLA, "edit", _edit("make the apron red")),
    ("her shawl too!", False, WEAVER, "edit", _edit("make her shawl indigo", "make the shawl indigo")),
    ("put one by the door too", False, WEAVER_TWO, "edit", _edit("add a basket of wool by the door")),
    ("the stools pink too", False, POUTINE, "edit", _edit("make the stools pink")),
    ("also make the menu board neon blue", False, POUTINE, "edit", _edit("make the menu board neon blue")),
    ("and the timing clock orange as well", False, TRIATHLON, "edit", _edit("make the timing clock orange")),
    ("and streamers as well", False, TRIATHLON_TWO, "edit", _edit("add streamers in the air")),
    (
        "perfect. the arch green too",
        False,
        TRIATHLON_CORRECTED,
        "edit",
        _edit("make the finish arch green", "make the arch green"),
    ),
    (
        "the captain's raincoat too",
        False,
        ORCA,
        "edit",
        _edit("make the captain's raincoat yellow", "make the captains raincoat yellow"),
    ),
    ("also a seagull on the cabin roof", False, ORCA, "edit", _edit("add a seagull on the cabin roof")),
    ("now the minaret tip gold too", False, MOSQUE, "edit", _edit("make the minaret tip gold")),
    (
        "also remove the tourists by the fountain",
        False,
        MOSQUE,
        "edit",
        _edit("remove the tourists by the fountain"),
    ),
    ("and a chorus on the steps", False, AMPHITHEATRE, "edit", _edit("add a chorus on the steps")),
    ("the scale should be silver too", False, BAKLAVA, "edit", _edit("make the scale silver")),
    ("same pattern on the napkins", False, HOTPOT, "edit", _edit("make the napkins checkered")),
    ("also the chair cushions checkered", False, HOTPOT, "edit", _edit("make the chair cushions checkered")),
    (
        "and a cormorant next to him",
        False,
        KARST,
        "edit",
        _edit("add a cormorant next to the fisherman", "add a cormorant next to him"),
    ),
    (
        "nice, add a second raft further down the river",
        False,
        KARST,
        "edit",
        _edit("add a second raft further down the river"),
    ),
    (
        "add a horse next to it too",
        False,
        CAVE,
        "edit",
        _edit("add a horse next to the bison", "add a painted horse next to the bison"),
    ),
    ("remove the pool noodle too", False, LIDO, "edit", _edit("remove the pool noodle")),
    (
        "the towels on the loungers should be turquoise too",
        False,
        LIDO,
        "edit",
        _edit("make the towels on the loungers turquoise"),
    ),
    ("the tuba player too", False, MARDIGRAS, "edit", _edit("give the tuba player a feathered mask")),
    ("give the drummer one as well", False, MARDIGRAS, "edit", _edit("give the drummer a feathered mask")),
    # near misses: a correction after all, the same edit on a new photo, talk
    (
        "the napkins too... actually no, only the napkins, not the tablecloth",
        False,
        TORTILLA,
        "correction",
        _fix("make the napkins red"),
    ),
    (
        "also - wait, it should have been the apron, not the tablecloth",
        False,
        TORTILLA,
        "correction",
        _fix("make the apron red"),
    ),
    ("this one too pls", True, AFTER_HALFPIPE, "edit", _edit("make the helmet red")),
    ("same for this pic pls 🙏", True, AFTER_WEAVER, "edit", _edit("make the yarn indigo")),
    ("and the cushions... hm no leave them", False, CATCAFE, "talk", ()),
    ("i like the stools too, they look retro", False, POUTINE, "talk", ()),
    ("also, can you do patterns or only colours?", False, HOTPOT, "talk", ()),
)
"""New edits that look like corrections ("and the X too"); and their near misses."""

REFERENCES: tuple[Dev, ...] = (
    # family 4: references to rounds, in a chain
    ("go back to the version before the pigeons", False, MOSQUE, "goto", _goto(1)),
    ("back to when the dome wasnt gold yet", False, MOSQUE, "goto", _goto(2)),
    ("go back to where we started", False, MOSQUE, "goto", _goto(0)),
    ("back to step 2", False, MOSQUE, "goto", _goto(2)),
    ("gimme the 2nd edit", False, MOSQUE, "goto", _goto(2)),
    ("take me to the edit before last", False, MOSQUE, "goto", _goto(3)),
    ("two back", False, MOSQUE, "goto", _goto(2)),
    ("rewind 3 steps pls", False, MOSQUE, "goto", _goto(1)),
    ("back to the sparkly fountain one, before any birds", False, MOSQUE, "goto", _goto(1)),
    ("revert to rnd 3", False, HOTPOT, "goto", _goto(3)),
    ("undo the last three edits pls", False, HOTPOT, "undo", _goto(3)),
    ("back to before the lanterns got brighter", False, HOTPOT, "goto", _goto(3)),
    ("the version where the phone was still on the table", False, HOTPOT, "goto", _goto(4)),
    ("take me to the fourth edit", False, HOTPOT, "goto", _goto(4)),
    ("when the broth was still plain", False, HOTPOT, "goto", _goto(0)),
    ("back 2", False, HOTPOT, "goto", _goto(4)),
    ("go back to the very first edit", False, HOTPOT, "goto", _goto(1)),
    ("the last one before the checkered cloth", False, HOTPOT, "goto", _goto(5)),
    ("the one before the raincoats went yellow", False, ORCA, "goto", _goto(2)),
    ("go two back pls", False, ORCA, "goto", _goto(1)),
    ("go back to before the lifeguard chair", False, LIDO, "goto", _goto(1)),
    ("undo the last 2 things", False, LIDO, "undo", _goto(1)),
    ("before the bison pls", False, CAVE, "goto", _goto(1)),
    ("go back to the turquoise water one without the lifeguard chair", False, LIDO, "goto", _goto(1)),
    ("back to where the tourists were still there", False, MOSQUE, "goto", _goto(3)),
    ("go back to edit number 5", False, HOTPOT, "goto", _goto(5)),
    ("the original, before all of it", False, LIDO, "goto", _goto(0)),
    ("previous version plz", False, CAVE, "undo", _goto(1)),
    # references in sessions with a branch
    ("go back to the orange one", False, AMPHITHEATRE, "goto", _goto(2)),
    ("the first try at the stone colour", False, AMPHITHEATRE, "goto", _goto(2)),
    ("the pink stone version, before the actors", False, AMPHITHEATRE, "goto", _goto(3)),
    ("back to just the moon", False, AMPHITHEATRE, "goto", _goto(1)),
    ("when the stone was still its normal colour", False, AMPHITHEATRE, "goto", _goto(1)),
    ("the first try of the pistachios was nicer, go back to it", False, BAKLAVA, "goto", _goto(1)),
    ("the 2nd go, before the silver tray", False, BAKLAVA, "goto", _goto(2)),
    ("go back to before the tray", False, BAKLAVA, "goto", _goto(2)),
    ("lets start from scratch again", False, BAKLAVA, "goto", _goto(0)),
    ("the first fisherman was better, take me there", False, KARST, "goto", _goto(2)),
    ("back to just the mist", False, KARST, "goto", _goto(1)),
    ("go back to before the mist", False, KARST, "goto", _goto(0)),
    ("back to the one with the beads", False, MARDIGRAS, "goto", _goto(2)),
    ("before the mask", False, MARDIGRAS, "goto", _goto(3)),
    ("when the float was still its old colour", False, MARDIGRAS, "goto", _goto(0)),
    ("the helmet's first try was the best one honestly, go back to it", False, HALFPIPE_RETRIED, "goto", _goto(1)),
    ("go back to the second go at the helmet", False, HALFPIPE_RETRIED, "goto", _goto(2)),
    ("the orange banner was better after all, switch back", False, TRIATHLON_CORRECTED, "goto", _goto(1)),
    # impossible references: answered in words
    ("go back to before the boat", False, MOSQUE, "talk", ()),
    ("round 12 pls", False, HOTPOT, "talk", ()),
    ("back to round 2.5", False, ORCA, "talk", ()),
    ("the 0th edit", False, MOSQUE, "talk", ()),
    ("revert to before the giraffe lol", False, KARST, "talk", ()),
    ("take me to the 7th edit", False, LIDO, "talk", ()),
    ("go to round -3 pls", False, CATCAFE, "talk", ()),
    ("back to the 3rd try of the armchair", False, CATCAFE_RETRIED, "talk", ()),
    ("back to when the stone was blue", False, AMPHITHEATRE, "talk", ()),
    ("the version before the original photo", False, TRIATHLON_TWO, "talk", ()),
    ("go back to before the fireworks pls", False, TRIATHLON_TWO, "talk", ()),
    ("go to version 5", False, CAVE, "talk", ()),
    ("ok redo it then", False, POUTINE, "talk", ()),
    # near misses: an edit of the round named, praise, history, an undo in words
    (
        "start from the original again and just make the dome gold",
        False,
        MOSQUE,
        "edit",
        _edit_on(0, "make the dome gold"),
    ),
    (
        "on the version before the pigeons, add a cat on the tiles",
        False,
        MOSQUE,
        "edit",
        _edit_on(1, "add a cat on the tiles"),
    ),
    (
        "take the first pistachio try and make the tray gold",
        False,
        BAKLAVA,
        "edit",
        _edit_on(1, "make the tray gold"),
    ),
    ("i liked the version before the tray better", False, BAKLAVA, "goto", _goto(2)),
    ("the version before the pigeons was nice too but i prefer this", False, MOSQUE, "talk", ()),
    ("recap of all the steps pls", False, HOTPOT, "history", HISTORY),
    ("what step am i on", False, HOTPOT, "status", STATUS),
    ("that last one was a mistake", False, LIDO, "undo", _goto(2)),
    ("the first try was better i think... nah this one's fine", False, KARST, "talk", ()),
)
"""References to rounds: before/after an edit, by number, by count back, by try; impossible ones."""

VIEWS: tuple[Dev, ...] = (
    # family 5: show (look only), goto (switch), compare (side by side)
    ("just show me the pigeons edit, dont switch to it", False, MOSQUE, "show", _show(2)),
    ("can i peek at the original? stay on this one tho", False, MOSQUE, "show", _show(0)),
    ("show me the orange stone one", False, AMPHITHEATRE, "show", _show(2)),
    (
        "lemme see the first try of the pistachios, just look, not switching",
        False,
        BAKLAVA,
        "show",
        _show(1),
    ),
    ("show the version before the tray went silver", False, BAKLAVA, "show", _show(2)),
    ("display step 3", False, HOTPOT, "show", _show(3)),
    ("show me two back, no switching", False, HOTPOT, "show", _show(4)),
    ("quick look at the beads one?", False, MARDIGRAS, "show", _show(2)),
    ("what did the 2nd edit look like", False, ORCA, "show", _show(2)),
    ("show me the first fisherman", False, KARST, "show", _show(2)),
    ("let me see the one before the bison", False, CAVE, "show", _show(1)),
    ("show me round 0 real quick", False, LIDO, "show", _show(0)),
    ("pull up the orange banner one for a sec", False, TRIATHLON_CORRECTED, "show", _show(1)),
    ("show me how it looked before the duck was removed", False, LIDO, "show", _show(2)),
    ("take me to the orange stone version, i wanna keep working from there", False, AMPHITHEATRE, "goto", _goto(2)),
    ("switch to the pigeons edit", False, MOSQUE, "goto", _goto(2)),
    ("load the second fisherman... no wait, the first one", False, KARST, "goto", _goto(2)),
    ("orange vs pink stone side by side", False, AMPHITHEATRE, "compare", _compare(2, 3)),
    ("show me the orange one next to this one", False, AMPHITHEATRE, "compare", _compare(2, 4)),
    ("put the two pistachio tries next to each other", False, BAKLAVA, "compare", _compare(1, 2)),
    ("before the tray vs after", False, BAKLAVA, "compare", _compare(2, 3)),
    ("compare the first and second fisherman", False, KARST, "compare", _compare(2, 3)),
    ("which fisherman was better? put them side by side", False, KARST, "compare", _compare(2, 3)),
    ("og vs now side by side", False, MOSQUE, "compare", _compare(0, 4)),
    ("compare two back with now", False, HOTPOT, "compare", _compare(4, 6)),
    ("compare step 2 and step 5", False, HOTPOT, "compare", _compare(2, 5)),
    ("how does the beads one look next to the pink sky one", False, MARDIGRAS, "compare", _compare(2, 3)),
    ("banner orange vs green, side by side pls", False, TRIATHLON_CORRECTED, "compare", _compare(1, 2)),
    ("the first helmet try vs the last one", False, HALFPIPE_RETRIED, "compare", _compare(1, 3)),
    ("compare it to before the seagull", False, ORCA, "compare", _compare(1, 3)),
    ("before and after the curds pls", False, POUTINE_CURDS, "compare", _compare(0, 1)),
    ("can i see the sea one again, before the bird", False, ORCA, "show", _show(1)),
    ("show round 5 pls", False, HOTPOT, "show", _show(5)),
    ("JUST SHOW ME THE ORIGINAL DONT CHANGE ANYTHING", False, HOTPOT, "show", _show(0)),
    ("side by side: the first edit and the last", False, LIDO, "compare", _compare(1, 3)),
    ("compare the beads version with this", False, MARDIGRAS, "compare", _compare(2, 4)),
    ("show me the kitten one next to the one before it", False, CATCAFE_KITTEN, "compare", _compare(1, 2)),
    # near misses: impossible, vague, history, status, talk
    ("compare round 3 with round 9", False, ORCA, "talk", ()),
    ("show me the version with the dragon", False, CAVE, "talk", ()),
    ("compare them pls, side by side", False, HOTPOT, "clarify", ()),
    ("show me that one again real quick", False, UPLOAD, "clarify", ()),
    ("show me all the versions we made", False, MARDIGRAS, "history", HISTORY),
    ("which one am i looking at rn", False, BAKLAVA, "status", STATUS),
    ("show me how to go back to an older one", False, LIDO, "talk", ()),
)
"""Show versus goto versus compare of references to rounds; and their near misses."""

R25B: tuple[Dev, ...] = (*OBJECTS, *ATTRIBUTES, *ADDITIONS, *REFERENCES, *VIEWS)
"""Every turn whose current round is the latest."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: "the latest" is the newest round, redo goes forward, undo to the parent
    (1, ("the latest one pls", False, MOSQUE, "goto", _goto(4))),
    (2, ("back to the newest version", False, HOTPOT, "goto", _goto(6))),
    (0, ("oops redo that one", False, CATCAFE, "redo", _goto(1))),
    (2, ("forward one again", False, ORCA, "redo", _goto(3))),
    (1, ("go back to the one with the actors", False, AMPHITHEATRE, "goto", _goto(4))),
    (0, ("ok take me to the second try", False, BAKLAVA, "goto", _goto(2))),
    (2, ("the next one", False, HOTPOT, "redo", _goto(3))),
    (3, ("back one more", False, HOTPOT, "undo", _goto(2))),
    (1, ("switch to round 4", False, MOSQUE, "goto", _goto(4))),
    (1, ("REDO IT PLEASE I UNDID BY ACCIDENT", False, MOSQUE, "redo", _goto(2))),
    (2, ("take me to the latest one again", False, KARST, "goto", _goto(3))),
    (3, ("the orange stone one again", False, AMPHITHEATRE, "goto", _goto(2))),
    (1, ("the version before this one", False, LIDO, "undo", _goto(0))),
    (1, ("redo 2x", False, LIDO, "redo", _goto(3))),
    (2, ("undo this one", False, MARDIGRAS, "undo", _goto(1))),
    (2, ("the one without the beads but with the pink sky", False, MARDIGRAS, "goto", _goto(3))),
    (1, ("the third go at the helmet", False, HALFPIPE_RETRIED, "goto", _goto(3))),
    (1, ("back to the green banner", False, TRIATHLON_CORRECTED, "goto", _goto(2))),
    (0, ("bring back the kitten version", False, CATCAFE_KITTEN, "goto", _goto(2))),
    (0, ("the newest one again pls", False, POUTINE, "goto", _goto(2))),
    (5, ("back to before the lanterns", False, HOTPOT, "goto", _goto(3))),
    (0, ("go to the last one we made", False, CAVE, "goto", _goto(2))),
    (1, ("and now redo", False, TORTILLA_TWO, "redo", _goto(2))),
    # show and compare from an older round
    (1, ("compare this with the latest one we made", False, KARST, "compare", _compare(1, 3))),
    (0, ("show me the latest one but stay here", False, MOSQUE, "show", _show(4))),
    (1, ("compare where i am with the newest", False, MOSQUE, "compare", _compare(1, 4))),
    (2, ("show me the most recent edit", False, HOTPOT, "show", _show(6))),
    (1, ("this one vs the pink stone one", False, AMPHITHEATRE, "compare", _compare(1, 3))),
    (0, ("peek at the silver tray one", False, BAKLAVA, "show", _show(3))),
    # near misses: an edit from the older round, impossible, status, talk
    (
        1,
        (
            "add a cat sleeping on the counter by the till",
            False,
            POUTINE,
            "edit",
            _edit("add a cat sleeping on the counter by the till"),
        ),
    ),
    (2, ("make the sky stormy and grey", False, ORCA, "edit", _edit("make the sky stormy and grey"))),
    (2, ("take me to round 9", False, ORCA, "talk", ())),
    (2, ("where am i now in all this", False, HOTPOT, "status", STATUS)),
    (1, ("ok this one is better, staying here", False, LIDO, "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r25b_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R25B`, then the moved ones)."""
    return with_moved(R25B, "r25b", MOVED, "r25b_moved")
