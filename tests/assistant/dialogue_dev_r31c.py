"""Round 31, set c: corrections, retries and edits on top of earlier edits, in all the ways people say them.

Written by hand from what a demanding user wants (issue 10's table of behaviours and its "What to build"
list), before the dialogue model was run on any of it, about photos no other set uses, all of arts, crafts
and fashion: a tailor's shop with a mannequin, a pottery wheel studio, a fashion runway, a tattoo parlour, a
florist's counter, a hair salon, a knitting circle, a glassblowing furnace, a street mural being painted, a
jeweller's bench, a shoe cobbler, a sewing class, a vintage clothes market and a calligraphy desk. Sessions
have 0 to 7 edits, some after a retry, a correction or an undo (a sibling of an earlier edit), one with a
second photo, and some turns come after an undo or a goto (the current round an older one).

Five families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): corrections of the last edit's object, with a
possessive or a position naming the right thing ("not her scarf, his", "grandpa's cardigan, not grandma's",
"i meant the small vase on the left"); corrections of its value, a colour, size, material or style ("teal
not red", "i said suede, not leather", "maroon - our team colour", the remark left out); retries, plain,
stronger or weaker, or "again but smaller" and "try again but on the boy's scarf" (a correction), with
reasons before or after; edits on top against corrections ("and the boy's too" is a new edit, "no, the
boy's instead" a correction); and near misses: remarks about a result that ask nothing, questions about
retrying, and corrections that name a thing never edited nor in the last instruction (a short question).
About a quarter of each family are near misses whose right answer is another act. The cases have the
development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current round
(first) is an earlier one.
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
    _export,
    _fix,
    _fix_round,
    _goto,
    _retry,
    _show,
    with_moved,
)

TAILOR = ((None, None), (0, "make the mannequin's waistcoat burgundy"))
"""A tailor's shop: a mannequin in a three-piece suit, the tailor and his apprentice, with one edit."""
TAILOR_PIN = (*TAILOR, (1, "add a pincushion on the tailor's wrist"))
"""The tailor's shop with two edits, the pincushion last."""
TAILOR3 = (*TAILOR_PIN, (2, "make the tailor's tape measure yellow"))
"""The tailor's shop with three edits, each on the one before."""
POTTERY = ((None, None), (0, "paint the big vase on the right turquoise"))
"""A pottery wheel studio: a potter at the wheel, a big vase on the right and a small one on the left, one edit."""
POTTERY_RETRIED = (*POTTERY, (0, "paint the big vase on the right turquoise"))
"""The pottery studio after a retry: round 2 is a second try of round 1, from the original."""
RUNWAY = (
    (None, None),
    (0, "make the model's dress gold"),
    (1, "add camera flashes in the crowd"),
    (2, "make the runway floor glossy black"),
)
"""A fashion runway, a model in a long dress and photographers along the edge, with three edits."""
RUNWAY_DRESS = RUNWAY[:2]
"""The fashion runway with only the dress edit."""
RUNWAY_FLASH = RUNWAY[:3]
"""The fashion runway with two edits, the camera flashes last."""
TATTOO = ((None, None), (0, "add a rose tattoo on the man's forearm"))
"""A tattoo parlour: an artist inking a man's forearm while his girlfriend watches, with one edit."""
FLORIST = ((None, None), (0, "make the tulips in the bucket yellow"))
"""A florist's counter with buckets of tulips, a bunch of peonies, roses by the till and a bouquet, one edit."""
FLORIST_FIXED = (*FLORIST, (0, "make the tulips in the bucket orange"))
"""The florist's counter after a correction: round 2 was made from the original, beside round 1."""
SALON = ((None, None), (0, "dye the woman's hair pink"))
"""A hair salon: a woman in the chair, a stylist with scissors and a boy waiting, with one edit."""
SALON2 = (*SALON, (1, "make the stylist's apron black"))
"""The hair salon with two edits, the stylist's apron last."""
KNITTING = ((None, None), (0, "make grandma's cardigan green"))
"""A knitting circle in a living room, grandma and grandpa with needles and yarn, with one edit."""
KNIT_BALL = (*KNITTING, (1, "make the ball of yarn in the basket red"))
"""The knitting circle with two edits, the ball of yarn last."""
GLASS = ((None, None), (0, "make the glass bowl amber"))
"""A glassblowing furnace, a glassblower turning a bowl on a pipe, with one edit."""
MURAL = (
    (None, None),
    (0, "paint the whale on the wall purple"),
    (1, "add a ladder leaning on the wall"),
    (2, "add paint splashes on the pavement"),
    (3, "make the painter's overalls white"),
    (4, "add a big sunflower on the right of the mural"),
)
"""A street mural being painted, a whale on a brick wall and a painter on a scaffold, with five edits."""
MURAL_WHALE = MURAL[:2]
"""The street mural with only the whale edit."""
MURAL_LADDER = MURAL[:3]
"""The street mural with two edits, the ladder last."""
MURAL_SPLASH = MURAL[:4]
"""The street mural with three edits, the paint splashes last."""
MURAL_OVERALLS = MURAL[:5]
"""The street mural with four edits, the painter's overalls last."""
JEWEL = ((None, None), (0, "make the ring on the bench silver"))
"""A jeweller's bench: a ring on the bench, one in his hand, a pendant on a chain and loose gemstones, one edit."""
JEWEL_BRANCH = (*JEWEL, (1, "add a loupe next to the ring"), (1, "make the gemstones sparkle"))
"""The jeweller's bench after an undo: round 3 was made from round 1, beside round 2."""
COBBLER = ((None, None), (0, "make the boots on the shelf brown leather"), (1, "add a hammer on the workbench"))
"""A shoe cobbler's shop, boots on a shelf and a cobbler resoling a sneaker, with two edits."""
COBBLER_BOOTS = COBBLER[:2]
"""The cobbler's shop with only the boots edit."""
SEWING = ((None, None), (0, "make the girl's scarf red"))
"""A sewing class: a girl and a boy at sewing machines, both in scarves, their teacher behind, with one edit."""
VINTAGE = (
    (None, None),
    (0, "make the denim jacket on the rack faded"),
    (1, "add fairy lights above the stall"),
    (2, "make the leather bag on the table red"),
    (3, "add a straw hat on the mirror"),
    (4, "make the awning striped"),
    (5, "add a dog sleeping under the table"),
    (6, "make the price tags handwritten"),
)
"""A vintage clothes market stall, with seven edits, each on the one before."""
VINT_JACKET = VINTAGE[:2]
"""The vintage market with only the denim jacket edit."""
VINT_LIGHTS = VINTAGE[:3]
"""The vintage market with two edits, the fairy lights last."""
VINT_BAG = VINTAGE[:4]
"""The vintage market with three edits, the leather bag last."""
VINT_HAT = VINTAGE[:5]
"""The vintage market with four edits, the straw hat last."""
VINT_AWNING = VINTAGE[:6]
"""The vintage market with five edits, the awning last."""
VINT_DOG = VINTAGE[:7]
"""The vintage market with six edits, the sleeping dog last."""
CALLIGRAPHY = (
    (None, None),
    (0, "make the ink on the paper deep blue"),
    (1, "add a wax seal at the bottom of the page"),
)
"""A calligraphy desk with a brush, an inkstone, an envelope and a page of lettering, with two edits."""
CALLI_INK = CALLIGRAPHY[:2]
"""The calligraphy desk with only the ink edit."""
AFTER_SALON = (*SALON, (None, None))
"""The hair salon session, then a new photo."""
AFTER_RUNWAY = (*RUNWAY, (None, None))
"""The fashion runway session, then a new photo."""
SECOND_GLASS = (*GLASS, (None, None))
"""The glassblowing session, then a second photo that has no edit yet."""

OBJECTS: tuple[Dev, ...] = (
    # corrections of the object: a possessive, a position or a description names the right thing
    (
        "no not the mannequin's, the tailor's waistcoat",
        False,
        TAILOR,
        "correction",
        _fix("make the tailor's waistcoat burgundy"),
    ),
    ("wrong guy lol. the apprentice's", False, TAILOR, "correction", _fix("make the apprentice's waistcoat burgundy")),
    (
        "i meant the jacket on the mannequin not the waistcoat",
        False,
        TAILOR,
        "correction",
        _fix("make the mannequin's jacket burgundy"),
    ),
    (
        "mannequin's tie, not the waistcoat sorry",
        False,
        TAILOR,
        "correction",
        _fix("make the mannequin's tie burgundy"),
    ),
    ("no, i meant the shoes", False, TAILOR, "correction", _fix("make the mannequin's shoes burgundy")),
    (
        "no the apprentice's tape measure, hes the one holding it up",
        False,
        TAILOR3,
        "correction",
        _fix("make the apprentice's tape measure yellow"),
    ),
    (
        "not that tape, the one hanging on the mannequin",
        False,
        TAILOR3,
        "correction",
        _fix("make the tape measure on the mannequin yellow", "make the tape measure hanging on the mannequin yellow"),
    ),
    (
        "not the tape measure, the pincushion",
        False,
        TAILOR3,
        "correction",
        _fix("make the pincushion yellow", "make the tailor's pincushion yellow"),
    ),
    (
        "no the small vase on the left!!",
        False,
        POTTERY,
        "correction",
        _fix("paint the small vase on the left turquoise"),
    ),
    (
        "i meant the little vase on the left",
        False,
        POTTERY,
        "correction",
        _fix("paint the little vase on the left turquoise", "paint the small vase on the left turquoise"),
    ),
    (
        "wrong pot, the one still spinning on the wheel",
        False,
        POTTERY,
        "correction",
        _fix(
            "paint the pot on the wheel turquoise",
            "paint the pot spinning on the wheel turquoise",
            "paint the pot still spinning on the wheel turquoise",
        ),
    ),
    (
        "no, the other one",
        False,
        POTTERY,
        "correction",
        _fix(
            "paint the small vase on the left turquoise",
            "paint the other vase turquoise",
            "paint the vase on the left turquoise",
        ),
    ),
    (
        "no no the left one",
        False,
        POTTERY_RETRIED,
        "correction",
        _fix(
            "paint the vase on the left turquoise",
            "paint the big vase on the left turquoise",
            "paint the small vase on the left turquoise",
        ),
    ),
    ("not her scarf, his", False, SEWING, "correction", _fix("make the boy's scarf red", "make his scarf red")),
    ("the boy's scarf i meant!", False, SEWING, "correction", _fix("make the boy's scarf red")),
    (
        "oops the teachers scarf",
        False,
        SEWING,
        "correction",
        _fix("make the teacher's scarf red", "make the teachers scarf red"),
    ),
    ("her headband not the scarf", False, SEWING, "correction", _fix("make the girl's headband red")),
    ("grandpa's cardigan, not grandma's", False, KNITTING, "correction", _fix("make grandpa's cardigan green")),
    ("nooo grandpa's!", False, KNITTING, "correction", _fix("make grandpa's cardigan green")),
    ("i meant her knitting, not her cardigan", False, KNITTING, "correction", _fix("make grandma's knitting green")),
    (
        "not the ball in the basket, the one on grandpa's lap",
        False,
        KNIT_BALL,
        "correction",
        _fix("make the ball of yarn on grandpa's lap red"),
    ),
    (
        "the one rolling on the floor*",
        False,
        KNIT_BALL,
        "correction",
        _fix("make the ball of yarn on the floor red", "make the ball of yarn rolling on the floor red"),
    ),
    (
        "wrong model — the one in the back",
        False,
        RUNWAY_DRESS,
        "correction",
        _fix(
            "make the dress of the model in the back gold",
            "make the back model's dress gold",
            "make the model in the back's dress gold",
        ),
    ),
    ("her shoes not her dress", False, RUNWAY_DRESS, "correction", _fix("make the model's shoes gold")),
    (
        "i meant the designer's dress, shes waving at the end",
        False,
        RUNWAY_DRESS,
        "correction",
        _fix("make the designer's dress gold"),
    ),
    ("not the floor, the backdrop", False, RUNWAY, "correction", _fix("make the backdrop glossy black")),
    ("the stage curtain i meant, sorry!!", False, RUNWAY, "correction", _fix("make the stage curtain glossy black")),
    (
        "on his other arm pls, the left one",
        False,
        TATTOO,
        "correction",
        _fix("add a rose tattoo on the man's left forearm", "add a rose tattoo on the man's left arm"),
    ),
    (
        "on the girlfriend's shoulder not his arm",
        False,
        TATTOO,
        "correction",
        _fix("add a rose tattoo on the girlfriend's shoulder"),
    ),
    (
        "the tattoo artist's neck, not the customer",
        False,
        TATTOO,
        "correction",
        _fix("add a rose tattoo on the tattoo artist's neck", "add a rose tattoo on the artist's neck"),
    ),
    (
        "no the peonies",
        False,
        FLORIST,
        "correction",
        _fix("make the peonies yellow", "make the peonies in the bucket yellow"),
    ),
    (
        "wrong bucket, the one by the till",
        False,
        FLORIST,
        "correction",
        _fix("make the tulips in the bucket by the till yellow"),
    ),
    (
        "the bouquet's tulips, not the bucket ones",
        False,
        FLORIST_FIXED,
        "correction",
        _fix("make the tulips in the bouquet orange", "make the bouquet's tulips orange"),
    ),
    ("the stylist's hair, not the client's", False, SALON, "correction", _fix("dye the stylist's hair pink")),
    (
        "the kid's hair lmao he asked for it",
        False,
        SALON,
        "correction",
        _fix("dye the boy's hair pink", "dye the kid's hair pink"),
    ),
    (
        "the towel on her shoulders, not the apron",
        False,
        SALON2,
        "correction",
        _fix("make the towel on the woman's shoulders black", "make the towel on her shoulders black"),
    ),
    (
        "not the stylist's apron, the cape on the woman",
        False,
        SALON2,
        "correction",
        _fix("make the cape on the woman black", "make the woman's cape black"),
    ),
    (
        "not the boots, the sneaker hes fixing",
        False,
        COBBLER_BOOTS,
        "correction",
        _fix(
            "make the sneaker he's fixing brown leather",
            "make the sneaker the cobbler is fixing brown leather",
            "make the sneaker brown leather",
        ),
    ),
    (
        "the boots by the door i meant, not the shelf ones",
        False,
        COBBLER_BOOTS,
        "correction",
        _fix("make the boots by the door brown leather"),
    ),
    ("on the stool, not the bench", False, COBBLER, "correction", _fix("add a hammer on the stool")),
    (
        "on the envelope, not the page",
        False,
        CALLIGRAPHY,
        "correction",
        _fix("add a wax seal on the envelope", "add a wax seal at the bottom of the envelope"),
    ),
    (
        "the pendant! not the ring",
        False,
        JEWEL,
        "correction",
        _fix("make the pendant silver", "make the pendant on the bench silver"),
    ),
    (
        "the ring in his hand, not the one on the bench",
        False,
        JEWEL,
        "correction",
        _fix("make the ring in his hand silver", "make the ring in the jeweller's hand silver"),
    ),
    (
        "only the blue gemstone, not all of them",
        False,
        JEWEL_BRANCH,
        "correction",
        _fix("make the blue gemstone sparkle"),
    ),
    (
        "on the left side not the right",
        False,
        MURAL,
        "correction",
        _fix("add a big sunflower on the left of the mural", "add a big sunflower on the left side of the mural"),
    ),
    (
        "the sign on the stall, not the price tags",
        False,
        VINTAGE,
        "correction",
        _fix("make the sign on the stall handwritten"),
    ),
    (
        "wrong bag lol the suede one on the hook",
        False,
        VINT_BAG,
        "correction",
        _fix("make the suede bag on the hook red"),
    ),
    (
        "the vase cooling on the shelf, not the bowl",
        False,
        GLASS,
        "correction",
        _fix("make the vase cooling on the shelf amber", "make the vase on the shelf amber"),
    ),
    (
        "plz the glassblower's apron instead of the bowl",
        False,
        GLASS,
        "correction",
        _fix("make the glassblower's apron amber"),
    ),
    (
        "Sorry, I meant the whale's tail, not the whole whale.",
        False,
        MURAL_WHALE,
        "correction",
        _fix("paint the whale's tail on the wall purple", "paint the whale's tail purple"),
    ),
    (
        "ladder on the scaffold not the wall",
        False,
        MURAL_LADDER,
        "correction",
        _fix("add a ladder leaning on the scaffold"),
    ),
    (
        "the denim skirt, not the jacket",
        False,
        VINT_JACKET,
        "correction",
        _fix("make the denim skirt on the rack faded"),
    ),
    # near misses: an edit on top, a remark, a question, nothing to correct, a correction taken back
    ("the tailor's too", False, TAILOR, "edit", _edit("make the tailor's waistcoat burgundy")),
    ("and grandpa's too pls", False, KNITTING, "edit", _edit("make grandpa's cardigan green")),
    ("his scarf next", False, SEWING, "edit", _edit("make the boy's scarf red", "make his scarf red")),
    ("the tailor's waistcoat looks better than the mannequin's now haha", False, TAILOR, "talk", ()),
    ("was it the left vase or the right one u did?", False, POTTERY, "talk", ()),
    ("the right vase was correct, leave it", False, POTTERY, "talk", ()),
    ("not her hair, her eyebrows... nah hair is right, keep it", False, SALON, "talk", ()),
    ("who's the guy in the back with the tape?", False, TAILOR3, "talk", ()),
    ("the boy's scarf is still grey, good, keep it that way", False, SEWING, "talk", ()),
    ("not grandma's, grandpa's", False, UPLOAD, "clarify", ()),
    ("i meant the peonies", False, UPLOAD, "clarify", ()),
    ("not that, the sneaker", False, UPLOAD, "clarify", ()),
    ("no, the other one", False, VINTAGE, "clarify", ()),
    ("not the ring, the uh... the thing next to it?", False, JEWEL, "clarify", ()),
    ("wrong one", False, MURAL, "clarify", ()),
    ("his girlfriend wants one too lol", False, TATTOO, "clarify", ()),
    ("no, go back, it was right before", False, TAILOR3, "undo", _goto(2)),
)
"""Corrections of the last edit's object (a possessive, a position, a description), and near misses."""

VALUES: tuple[Dev, ...] = (
    # corrections of the value: a colour, a size, a material, a style; a remark after it is left out
    ("teal not red", False, SEWING, "correction", _fix("make the girl's scarf teal")),
    ("more like a wine red tbh", False, SEWING, "correction", _fix("make the girl's scarf wine red")),
    ("more like navy", False, TAILOR, "correction", _fix("make the mannequin's waistcoat navy")),
    ("i said charcoal not burgundy??", False, TAILOR, "correction", _fix("make the mannequin's waistcoat charcoal")),
    (
        "tweed instead pls, like an old professor",
        False,
        TAILOR,
        "correction",
        _fix("make the mannequin's waistcoat tweed"),
    ),
    (
        "burgundy velvet would be nicer",
        False,
        TAILOR,
        "correction",
        _fix("make the mannequin's waistcoat burgundy velvet"),
    ),
    ("i said suede, not leather", False, COBBLER_BOOTS, "correction", _fix("make the boots on the shelf brown suede")),
    (
        "black patent leather, not brown",
        False,
        COBBLER_BOOTS,
        "correction",
        _fix("make the boots on the shelf black patent leather"),
    ),
    (
        "oxblood, typed brown by mistake",
        False,
        COBBLER_BOOTS,
        "correction",
        _fix("make the boots on the shelf oxblood leather"),
    ),
    ("a small one, not big", False, MURAL, "correction", _fix("add a small sunflower on the right of the mural")),
    ("a rose instead of a sunflower", False, MURAL, "correction", _fix("add a big rose on the right of the mural")),
    ("maroon - our team colour", False, MURAL_WHALE, "correction", _fix("paint the whale on the wall maroon")),
    (
        "cobalt blue pls, purple was a typo",
        False,
        MURAL_WHALE,
        "correction",
        _fix("paint the whale on the wall cobalt blue"),
    ),
    ("cobalt not amber", False, GLASS, "correction", _fix("make the glass bowl cobalt")),
    ("frosted instead", False, GLASS, "correction", _fix("make the glass bowl frosted")),
    (
        "smoky grey would suit the furnace glow better",
        False,
        GLASS,
        "correction",
        _fix("make the glass bowl smoky grey"),
    ),
    ("rose gold, not silver", False, JEWEL, "correction", _fix("make the ring on the bench rose gold")),
    ("platinum i said", False, JEWEL, "correction", _fix("make the ring on the bench platinum")),
    (
        "mint green instead, turquoise is too loud",
        False,
        POTTERY,
        "correction",
        _fix("paint the big vase on the right mint green"),
    ),
    (
        "hmm matte black would be better, its for a minimalist shop",
        False,
        POTTERY,
        "correction",
        _fix("paint the big vase on the right matte black"),
    ),
    (
        "vermilion not blue, like the seal ink",
        False,
        CALLI_INK,
        "correction",
        _fix("make the ink on the paper vermilion"),
    ),
    ("sepia would look older", False, CALLI_INK, "correction", _fix("make the ink on the paper sepia")),
    ("a dragon not a rose", False, TATTOO, "correction", _fix("add a dragon tattoo on the man's forearm")),
    (
        "smaller rose pls, he wants it discreet",
        False,
        TATTOO,
        "correction",
        _fix("add a small rose tattoo on the man's forearm", "add a smaller rose tattoo on the man's forearm"),
    ),
    (
        "black and grey, not in colour",
        False,
        TATTOO,
        "correction",
        _fix("add a black and grey rose tattoo on the man's forearm"),
    ),
    ("pastel lilac not pink", False, SALON, "correction", _fix("dye the woman's hair pastel lilac")),
    ("platinum blonde, she changed her mind", False, SALON, "correction", _fix("dye the woman's hair platinum blonde")),
    (
        "white, not yellow, it's for a wedding",
        False,
        FLORIST,
        "correction",
        _fix("make the tulips in the bucket white"),
    ),
    ("peach", False, FLORIST, "correction", _fix("make the tulips in the bucket peach")),
    (
        "darker orange, almost rust",
        False,
        FLORIST_FIXED,
        "correction",
        _fix(
            "make the tulips in the bucket rust",
            "make the tulips in the bucket dark orange",
            "make the tulips in the bucket darker orange",
            "make the tulips in the bucket rust orange",
        ),
    ),
    (
        "mustard yellow instead, she loves mustard",
        False,
        KNITTING,
        "correction",
        _fix("make grandma's cardigan mustard yellow"),
    ),
    ("i said sage green, this is like neon", False, KNITTING, "correction", _fix("make grandma's cardigan sage green")),
    (
        "typed, not handwritten",
        False,
        VINTAGE,
        "correction",
        _fix("make the price tags typed", "make the price tags typewritten"),
    ),
    (
        "emerald, not gold!! gold was last season",
        False,
        RUNWAY_DRESS,
        "correction",
        _fix("make the model's dress emerald"),
    ),
    ("silver not gold", False, RUNWAY_DRESS, "correction", _fix("make the model's dress silver")),
    ("matte, not glossy", False, RUNWAY, "correction", _fix("make the runway floor matte black")),
    ("white marble instead", False, RUNWAY, "correction", _fix("make the runway floor white marble")),
    ("denim not black", False, SALON2, "correction", _fix("make the stylist's apron denim")),
    ("a mallet, not a hammer", False, COBBLER, "correction", _fix("add a mallet on the workbench")),
    ("orange, not yellow", False, TAILOR3, "correction", _fix("make the tailor's tape measure orange")),
    (
        "should of been a tomato red ball not red red",
        False,
        KNIT_BALL,
        "correction",
        _fix("make the ball of yarn in the basket tomato red"),
    ),
    ("rope ladder, not a metal one", False, MURAL_LADDER, "correction", _fix("add a rope ladder leaning on the wall")),
    ("the hat should be panama not straw", False, VINT_HAT, "correction", _fix("add a panama hat on the mirror")),
    (
        "pls stripes in green and white, like an old gelato shop",
        False,
        VINT_AWNING,
        "correction",
        _fix("make the awning striped green and white", "make the awning green and white striped"),
    ),
    (
        "the boots should have been black, not brown",
        False,
        COBBLER,
        "correction",
        _fix_round(1, "make the boots on the shelf black leather"),
    ),
    (
        "sparkle less... no wait, I mean a soft shimmer instead of sparkle",
        False,
        JEWEL_BRANCH,
        "correction",
        _fix(
            "make the gemstones shimmer softly",
            "give the gemstones a soft shimmer",
            "make the gemstones softly shimmer",
        ),
    ),
    # near misses: an edit on top, a stronger try, a remark, a question, nothing to correct
    (
        "also make the bowl's rim gold",
        False,
        GLASS,
        "edit",
        _edit("make the glass bowl's rim gold", "make the bowl's rim gold"),
    ),
    ("also make the envelope cream", False, CALLIGRAPHY, "edit", _edit("make the envelope cream")),
    ("make the bench oak wood", False, JEWEL, "edit", _edit("make the bench oak wood")),
    ("more pink!!", False, SALON, "retry", _retry("stronger")),
    ("is navy darker than burgundy?", False, TAILOR, "talk", ()),
    ("the burgundy looks so classy", False, TAILOR, "talk", ()),
    ("pink was the right colour, leave it", False, SALON, "talk", ()),
    ("what colour is the bowl now, orange?", False, GLASS, "talk", ()),
    ("silver is right, the bench just looks dark", False, JEWEL, "talk", ()),
    ("teal not blue", False, UPLOAD, "clarify", ()),
    ("emerald instead pls", False, UPLOAD, "clarify", ()),
    ("blue or green for the ink, hmm", False, CALLIGRAPHY, "clarify", ()),
    ("not teal, not navy... idk what colour", False, TAILOR, "clarify", ()),
    ("change the colour", False, FLORIST, "clarify", ()),
    ("make it a different material", False, COBBLER_BOOTS, "clarify", ()),
)
"""Corrections of the last edit's value (colour, size, material, style), and near misses."""

RETRIES: tuple[Dev, ...] = (
    # plain retries, with reasons before or after
    ("again pls, the bowl looks warped", False, GLASS, "retry", _retry()),
    ("one more go? the glaze looks patchy", False, POTTERY, "retry", _retry()),
    ("reroll pls, the flashes look fake", False, RUNWAY_FLASH, "retry", _retry()),
    ("reroll 🎲", False, TATTOO, "retry", _retry()),
    ("give it another spin", False, POTTERY_RETRIED, "retry", _retry()),
    ("third try? still not right", False, POTTERY_RETRIED, "retry", _retry()),
    ("hmm the rose looks like a cabbage, try again", False, TATTOO, "retry", _retry()),
    ("new seed pls", False, KNITTING, "retry", _retry()),
    ("can you have another go at that, the cardigan looks plasticky", False, KNITTING, "retry", _retry()),
    ("do it over", False, FLORIST_FIXED, "retry", _retry()),
    ("the pincushion is floating, redo it", False, TAILOR_PIN, "retry", _retry()),
    ("redo the tape measure, its melting into his hand", False, TAILOR3, "retry", _retry()),
    ("retry that, the gemstones look plastic", False, JEWEL_BRANCH, "retry", _retry()),
    ("a new version of the ladder pls", False, MURAL_LADDER, "retry", _retry()),
    ("that dog looks weird, give me another one", False, VINT_DOG, "retry", _retry()),
    ("try a different seed, same prompt", False, COBBLER, "retry", _retry()),
    ("lol no. again", False, CALLIGRAPHY, "retry", _retry()),
    ("undo that and try again pls", False, TATTOO, "retry", _retry()),
    ("can you try again with a new seed?", False, SALON, "retry", _retry()),
    ("Once more please. The lights look like a smudge.", False, VINT_LIGHTS, "retry", _retry()),
    ("ugh the seal is crooked. another try", False, CALLIGRAPHY, "retry", _retry()),
    ("not quite, go again", False, SEWING, "retry", _retry()),
    ("i think one more try and its perfect", False, FLORIST, "retry", _retry()),
    # stronger and weaker
    ("stronger!! its barely pink", False, SALON, "retry", _retry("stronger")),
    ("too much, tone it down, she looks like a flamingo", False, SALON, "retry", _retry("weaker")),
    ("more amber pls", False, GLASS, "retry", _retry("stronger")),
    ("too strong, the amber looks like orange juice", False, GLASS, "retry", _retry("weaker")),
    ("a bit less glossy", False, RUNWAY, "retry", _retry("weaker")),
    ("way too faded, dial it back", False, VINT_JACKET, "retry", _retry("weaker")),
    ("fade it even more", False, VINT_JACKET, "retry", _retry("stronger")),
    ("subtler pls", False, CALLI_INK, "retry", _retry("weaker")),
    ("the blue is too weak, go harder", False, CALLI_INK, "retry", _retry("stronger")),
    ("the burgundy barely shows, more pls", False, TAILOR, "retry", _retry("stronger")),
    ("a touch weaker", False, KNIT_BALL, "retry", _retry("weaker")),
    ("way more gold, it looks beige", False, RUNWAY_DRESS, "retry", _retry("stronger")),
    ("tone it down, the overalls glow", False, MURAL_OVERALLS, "retry", _retry("weaker")),
    ("again but stronger, i can hardly see the sparkle", False, JEWEL_BRANCH, "retry", _retry("stronger")),
    ("less splashy pls, it looks like a crime scene", False, MURAL_SPLASH, "retry", _retry("weaker")),
    # again, but with something else: a correction of the last edit
    (
        "again but smaller",
        False,
        MURAL,
        "correction",
        _fix("add a small sunflower on the right of the mural", "add a smaller sunflower on the right of the mural"),
    ),
    ("try again but on the boy's scarf", False, SEWING, "correction", _fix("make the boy's scarf red")),
    ("again but on the teacher this time", False, SEWING, "correction", _fix("make the teacher's scarf red")),
    (
        "again but rust coloured",
        False,
        GLASS,
        "correction",
        _fix("make the glass bowl rust coloured", "make the glass bowl rust"),
    ),
    (
        "could you try it in watercolour style?",
        False,
        TATTOO,
        "correction",
        _fix(
            "add a watercolour style rose tattoo on the man's forearm",
            "add a watercolour rose tattoo on the man's forearm",
            "add a rose tattoo in watercolour style on the man's forearm",
        ),
    ),
    ("can you try it in lilac?", False, SALON, "correction", _fix("dye the woman's hair lilac")),
    ("retry w the hammer on the shelf", False, COBBLER, "correction", _fix("add a hammer on the shelf")),
    (
        "one more go but with a puppy instead of a dog",
        False,
        VINT_DOG,
        "correction",
        _fix("add a puppy sleeping under the table"),
    ),
    # near misses: nothing to retry, a question about retrying, a remark, a complaint that asks which
    ("one more go pls", False, UPLOAD, "clarify", ()),
    ("make it stronger pls", False, SECOND_GLASS, "clarify", ()),
    ("can you try a different style?", False, TATTOO, "clarify", ()),
    ("meh. not feeling it", False, GLASS, "clarify", ()),
    ("it looks the same as before??", False, SALON, "clarify", ()),
    ("why did the stylist's hair change too", False, SALON, "clarify", ()),
    ("can you retry things if i don't like them?", False, TAILOR, "talk", ()),
    ("does reroll give a different result every time?", False, POTTERY, "talk", ()),
    ("that was the second try and it's finally right 🙌", False, POTTERY_RETRIED, "talk", ()),
    ("the second try is better than the first", False, POTTERY_RETRIED, "talk", ()),
    ("the pink came out great on the first go, no need to retry", False, SALON, "talk", ()),
    ("the first try was better tbh", False, POTTERY_RETRIED, "goto", _goto(1)),
    (
        "more splashes, like way more",
        False,
        MURAL_SPLASH,
        "edit",
        _edit(
            "add more paint splashes on the pavement", "add more splashes on the pavement", "add more paint splashes"
        ),
    ),
    ("do the same on the boy's scarf", False, SEWING, "edit", _edit("make the boy's scarf red")),
)
"""Retries, stronger and weaker tries, "again but ..." corrections, and near misses."""

ON_TOP: tuple[Dev, ...] = (
    # a new edit on top of the last one: another thing, the same kind of change, or a follow-up
    ("also make the teacher's cardigan red", False, SEWING, "edit", _edit("make the teacher's cardigan red")),
    ("and the boy's too", False, SEWING, "edit", _edit("make the boy's scarf red")),
    ("again with the boy's scarf too", False, SEWING, "edit", _edit("make the boy's scarf red")),
    ("and the tailor's tie too", False, TAILOR, "edit", _edit("make the tailor's tie burgundy")),
    (
        "now the pocket square, same colour",
        False,
        TAILOR,
        "edit",
        _edit("make the mannequin's pocket square burgundy", "make the pocket square burgundy"),
    ),
    (
        "cool. next: put a measuring tape round the mannequin's neck",
        False,
        TAILOR,
        "edit",
        _edit("put a measuring tape round the mannequin's neck"),
    ),
    ("grandpa's scarf green as well", False, KNITTING, "edit", _edit("make grandpa's scarf green")),
    ("make the yarn basket wicker", False, KNITTING, "edit", _edit("make the yarn basket wicker")),
    (
        "also add knitting needles stuck in it",
        False,
        KNIT_BALL,
        "edit",
        _edit(
            "add knitting needles stuck in the ball of yarn",
            "add knitting needles stuck in the ball of yarn in the basket",
        ),
    ),
    ("and the peonies too", False, FLORIST, "edit", _edit("make the peonies yellow")),
    ("ok now wrap the bouquet in brown paper", False, FLORIST, "edit", _edit("wrap the bouquet in brown paper")),
    ("add a second bowl cooling on the bench", False, GLASS, "edit", _edit("add a second bowl cooling on the bench")),
    ("make the furnace glow brighter too", False, GLASS, "edit", _edit("make the furnace glow brighter")),
    (
        "her heels gold as well",
        False,
        RUNWAY_DRESS,
        "edit",
        _edit("make the model's heels gold", "make her heels gold"),
    ),
    ("now add confetti falling", False, RUNWAY_DRESS, "edit", _edit("add confetti falling", "add falling confetti")),
    ("also make the photographers wear black", False, RUNWAY, "edit", _edit("make the photographers wear black")),
    (
        "add a swallow on his other arm too",
        False,
        TATTOO,
        "edit",
        _edit(
            "add a swallow on his other arm",
            "add a swallow on the man's other arm",
            "add a swallow tattoo on his other arm",
            "add a swallow tattoo on the man's other arm",
        ),
    ),
    (
        "and a tiny heart on his knuckle",
        False,
        TATTOO,
        "edit",
        _edit(
            "add a tiny heart on his knuckle",
            "add a tiny heart on the man's knuckle",
            "add a tiny heart tattoo on his knuckle",
            "add a tiny heart tattoo on the man's knuckle",
        ),
    ),
    (
        "and her eyebrows to match",
        False,
        SALON,
        "edit",
        _edit("dye the woman's eyebrows pink", "make the woman's eyebrows pink", "dye her eyebrows pink"),
    ),
    ("the stylist's hair too lol", False, SALON, "edit", _edit("dye the stylist's hair pink")),
    (
        "and the belts next to them",
        False,
        COBBLER_BOOTS,
        "edit",
        _edit("make the belts next to the boots brown leather", "make the belts next to them brown leather"),
    ),
    (
        "great, polish them so they shine",
        False,
        COBBLER_BOOTS,
        "edit",
        _edit("polish the boots on the shelf so they shine", "polish the boots so they shine"),
    ),
    (
        "and put a red chop mark beside it",
        False,
        CALLIGRAPHY,
        "edit",
        _edit("put a red chop mark beside the wax seal", "put a red chop mark beside the seal"),
    ),
    ("on the envelope as well", False, CALLIGRAPHY, "edit", _edit("add a wax seal on the envelope")),
    (
        "and another one on the left",
        False,
        MURAL,
        "edit",
        _edit("add a big sunflower on the left of the mural", "add another big sunflower on the left of the mural"),
    ),
    ("a bee on it too", False, MURAL, "edit", _edit("add a bee on the sunflower", "add a bee on the big sunflower")),
    ("make the whale's eye sparkle", False, MURAL, "edit", _edit("make the whale's eye sparkle")),
    ("and the labels on the hats too", False, VINTAGE, "edit", _edit("make the labels on the hats handwritten")),
    ("and the chain too", False, JEWEL, "edit", _edit("make the chain silver")),
    (
        "engrave a star on it",
        False,
        JEWEL,
        "edit",
        _edit("engrave a star on the ring", "engrave a star on the ring on the bench"),
    ),
    ("add a few diamonds around them", False, JEWEL_BRANCH, "edit", _edit("add a few diamonds around the gemstones")),
    (
        "same colour for the small one on the left",
        False,
        POTTERY,
        "edit",
        _edit("paint the small vase on the left turquoise", "paint the small one on the left turquoise"),
    ),
    (
        "ok and put a crack in its rim",
        False,
        POTTERY,
        "edit",
        _edit(
            "put a crack in the big vase's rim",
            "put a crack in the rim of the big vase on the right",
            "put a crack in the rim of the big vase",
        ),
    ),
    ("put a cat next to the hammer", False, COBBLER, "edit", _edit("put a cat next to the hammer")),
    (
        "a pair of pliers too",
        False,
        COBBLER,
        "edit",
        _edit("add a pair of pliers on the workbench", "add a pair of pliers"),
    ),
    ("same red for the scarf on the mirror", False, VINT_BAG, "edit", _edit("make the scarf on the mirror red")),
    (
        "Also the apprentice's waistcoat please, in the same burgundy",
        False,
        TAILOR,
        "edit",
        _edit("make the apprentice's waistcoat burgundy"),
    ),
    ("keep that and make the stylist's apron black", False, SALON, "edit", _edit("make the stylist's apron black")),
    ("love it! now the roses by the till", False, FLORIST_FIXED, "edit", _edit("make the roses by the till orange")),
    ("the scaffold too, same white", False, MURAL_OVERALLS, "edit", _edit("make the scaffold white")),
    ("now make the dog a dalmatian", False, VINT_DOG, "edit", _edit("make the dog a dalmatian")),
    (
        "nice, now the sneaker he's holding, same leather",
        False,
        COBBLER_BOOTS,
        "edit",
        _edit("make the sneaker he's holding brown leather", "make the sneaker the cobbler is holding brown leather"),
    ),
    ("add sparks flying from the furnace aswell", False, GLASS, "edit", _edit("add sparks flying from the furnace")),
    # near misses: the same wording with "instead", "not", "no": a correction, not a new edit
    ("no, the boy's instead", False, SEWING, "correction", _fix("make the boy's scarf red")),
    ("nope, her socks instead", False, KNITTING, "correction", _fix("make grandma's socks green")),
    ("swap that to the roses by the till", False, FLORIST, "correction", _fix("make the roses by the till yellow")),
    ("the clutch, not the dress", False, RUNWAY_DRESS, "correction", _fix("make the model's clutch gold")),
    ("no, a skull instead", False, TATTOO, "correction", _fix("add a skull tattoo on the man's forearm")),
    ("not hers, the stylist's", False, SALON, "correction", _fix("dye the stylist's hair pink")),
    ("no, the signboard instead", False, VINTAGE, "correction", _fix("make the signboard handwritten")),
    (
        "pliers instead",
        False,
        COBBLER,
        "correction",
        _fix("add pliers on the workbench", "add a pair of pliers on the workbench"),
    ),
    ("undo that and do the boy's scarf instead", False, SEWING, "correction", _fix("make the boy's scarf red")),
    ("the chain instead of the ring", False, JEWEL, "correction", _fix("make the chain silver")),
    # near misses: nothing to match, or nothing asked
    ("and the apron too", False, UPLOAD, "clarify", ()),
    ("the belts stay as they are", False, COBBLER_BOOTS, "talk", ()),
    ("and the... hmm no forget it", False, TAILOR, "talk", ()),
    ("the peonies are fine yellow as they are, dont touch them", False, FLORIST, "talk", ()),
)
"""Edits on top of the last edit against corrections of it, and near misses."""

NEAR: tuple[Dev, ...] = (
    # remarks about a result that ask nothing
    ("the amber bowl is gorgeous omg", False, GLASS, "talk", ()),
    ("huh, the tailor looks grumpy in this one", False, TAILOR, "talk", ()),
    ("interesting how the glaze catches the light now", False, POTTERY, "talk", ()),
    ("the girl's scarf matches her lipstick now lol", False, SEWING, "talk", ()),
    ("ha, the dog looks like my aunt's", False, VINT_DOG, "talk", ()),
    ("nice, exactly the yellow i had in mind", False, TAILOR3, "talk", ()),
    ("the whale was purple in the sketch too, funny", False, MURAL, "talk", ()),
    ("did you make the overalls white or cream?", False, MURAL_OVERALLS, "talk", ()),
    ("my sister is going to freak out when she sees the pink", False, SALON, "talk", ()),
    ("ok he says the rose is perfect, we're done here", False, TATTOO, "talk", ()),
    ("lol the mannequin looks more dapper than me", False, TAILOR, "talk", ()),
    ("the cardigan is perfect now, thank u!!", False, KNITTING, "talk", ()),
    ("no wait, keep the amber, i was looking at the wrong photo", False, GLASS, "talk", ()),
    ("back to the yellow ones pls", False, FLORIST_FIXED, "goto", _goto(1)),
    ("undo the rose, he chickened out", False, TATTOO, "undo", _goto(0)),
    ("what have we changed on the stall so far?", False, VINTAGE, "history", HISTORY),
    # questions about retrying
    ("is it possible to retry just the last edit?", False, VINTAGE, "talk", ()),
    ("how many times can i reroll?", False, GLASS, "talk", ()),
    ("if i retry will i lose this version?", False, RUNWAY, "talk", ()),
    ("can you try a different shade?", False, SALON, "clarify", ()),
    # corrections that name a thing never edited nor in the last instruction
    ("not the apron, her headband", False, SEWING, "clarify", ()),
    ("not the hat, the boots", False, COBBLER, "clarify", ()),
    ("i said the teapot not the kettle", False, CALLIGRAPHY, "clarify", ()),
    ("wrong cup, the one with the brushes", False, CALLIGRAPHY, "clarify", ()),
    ("not the lamp, the mirror", False, VINTAGE, "clarify", ()),
    ("the jacket, not the trousers", False, TAILOR, "clarify", ()),
    ("make the tulips pink not red", False, FLORIST, "correction", _fix("make the tulips in the bucket pink")),
    ("the ring looks a bit cheap now", False, JEWEL, "clarify", ()),
    ("why is the ladder so short", False, MURAL_LADDER, "clarify", ()),
    # other acts
    ("what did you just change", False, JEWEL_BRANCH, "status", STATUS),
    ("list all the edits so far pls", False, VINTAGE, "history", HISTORY),
    ("show me the first try", False, POTTERY_RETRIED, "show", _show(1)),
    ("compare the two tries", False, POTTERY_RETRIED, "compare", _compare(1, 2)),
    ("put the orange and yellow tulips side by side", False, FLORIST_FIXED, "compare", _compare(1, 2)),
    ("share this with my tailor", False, TAILOR3, "share", SHARE),
    ("export it as html for the class blog", False, SEWING, "export", _export("html")),
    ("write a caption for my insta about this dress", False, RUNWAY_DRESS, "talk", ()),
    ("can you email this to the florist", False, FLORIST, "talk", ()),
    # edits whose words sound rough
    ("kill the glare on the glass", False, GLASS, "edit", _edit("kill the glare on the glass")),
    ("burn the edges of the paper", False, CALLIGRAPHY, "edit", _edit("burn the edges of the paper")),
    (
        "cut off the loose threads on the jacket",
        False,
        TAILOR,
        "edit",
        _edit("cut off the loose threads on the jacket"),
    ),
    ("slash the jeans at the knees", False, VINT_JACKET, "edit", _edit("slash the jeans at the knees")),
    # a new photo
    ("here's the same runway from the other side", True, AFTER_RUNWAY, "caption", ()),
    ("same thing for this one pls", True, AFTER_SALON, "edit", _edit("dye the woman's hair pink")),
    (
        "this is her sister, same dye but blue",
        True,
        AFTER_SALON,
        "edit",
        _edit("dye the woman's hair blue", "dye her hair blue", "dye the sister's hair blue"),
    ),
    ("again pls", False, SECOND_GLASS, "clarify", ()),
    ("make the vase on this one amber too", False, SECOND_GLASS, "edit", _edit("make the vase amber")),
)
"""Near misses: remarks, questions about retrying, corrections of something never edited, other acts."""

R31C: tuple[Dev, ...] = (*OBJECTS, *VALUES, *RETRIES, *ON_TOP, *NEAR)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: a correction or retry of the current round, an edit on it, redo, and the like
    (
        3,
        (
            "not that bag, the suede one on the hook",
            False,
            VINTAGE,
            "correction",
            _fix("make the suede bag on the hook red"),
        ),
    ),
    (3, ("try the bag again, it looks plastic", False, VINTAGE, "retry", _retry())),
    (3, ("add a mannequin next to the stall", False, VINTAGE, "edit", _edit("add a mannequin next to the stall"))),
    (3, ("redo", False, VINTAGE, "redo", _goto(4))),
    (2, ("what round is this", False, VINTAGE, "status", STATUS)),
    (0, ("compare this with the last one", False, VINTAGE, "compare", _compare(0, 7))),
    (2, ("the ladders too short, again", False, MURAL, "retry", _retry())),
    (
        2,
        (
            "no, a scaffold instead of the ladder",
            False,
            MURAL,
            "correction",
            _fix("add a scaffold leaning on the wall"),
        ),
    ),
    (2, ("bring back the sunflower", False, MURAL, "redo", _goto(5))),
    (1, ("and make the wall behind it teal", False, MURAL, "edit", _edit("make the wall behind the whale teal"))),
    (1, ("stronger, the burgundy's too pale", False, TAILOR3, "retry", _retry("stronger"))),
    (1, ("navy instead", False, TAILOR3, "correction", _fix("make the mannequin's waistcoat navy"))),
    (1, ("forward one", False, TAILOR3, "redo", _goto(2))),
    (1, ("show me the pincushion one", False, TAILOR3, "show", _show(2))),
    (2, ("a magnifier, not a loupe", False, JEWEL_BRANCH, "correction", _fix("add a magnifier next to the ring"))),
    (2, ("go to the sparkly one", False, JEWEL_BRANCH, "goto", _goto(3))),
    (
        1,
        (
            "and the small vase too",
            False,
            POTTERY_RETRIED,
            "edit",
            _edit("paint the small vase turquoise", "paint the small vase on the left turquoise"),
        ),
    ),
    (1, ("this try is the one, thanks", False, POTTERY_RETRIED, "talk", ())),
    (1, ("compare with the other try", False, POTTERY_RETRIED, "compare", _compare(1, 2))),
    (1, ("emerald instead of gold", False, RUNWAY, "correction", _fix("make the model's dress emerald"))),
    (1, ("add a veil on her", False, RUNWAY, "edit", _edit("add a veil on the model", "add a veil on her"))),
    (0, ("redo it", False, RUNWAY, "redo", _goto(1))),
    (2, ("undo once more", False, RUNWAY, "undo", _goto(1))),
    (0, ("make grandpa's slippers fluffy", False, KNIT_BALL, "edit", _edit("make grandpa's slippers fluffy"))),
    (1, ("ok put scissors on the workbench", False, COBBLER, "edit", _edit("put scissors on the workbench"))),
    (1, ("suede, not leather", False, COBBLER, "correction", _fix("make the boots on the shelf brown suede"))),
    (0, ("show me the yellow tulips", False, FLORIST_FIXED, "show", _show(1))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r31c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R31C`, then the moved ones)."""
    return with_moved(R31C, "r31c", MOVED, "r31c_moved")
