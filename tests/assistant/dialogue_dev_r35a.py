"""Round 35, set a: when the assistant cannot know what is meant it asks one short question, and when it can
know it acts.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue model
was run on any of it, about photos no other set uses, all of weddings, parties and celebrations: a wedding
first dance under a chandelier, a birthday party with a cake and balloons, a graduation with caps thrown in
the air, a lantern festival by a river, a New Year's fireworks crowd, a baby shower table, a Diwali rangoli
on a doorstep, a quinceañera, a bachelor party on a boat, an office farewell party, a garden tea party, a
carnival parade float, a bar mitzvah dance floor and a kids' party with a magician. Sessions have 0 to 5
edits, some after a retry, a correction or an undo (a sibling of an earlier edit), one with a second photo,
and some turns come after an undo or a goto (the current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): vague asks with no concrete change ("jazz it up",
"fix the vibe") against concrete ones ("add balloons"); references that cannot be resolved (a pronoun, "that
one", "those" with no antecedent or two equally likely ones) against the same words made clear by the
session or the turn; half sentences and broken messages ("can you make the", a word cut off) against short
complete ones; contradictory or impossible asks ("brighter but darker", "undo the edit before the upload")
against ones that only sound contradictory ("make the dress black and white", "keep the cake, remove the
candles"); corrections and retries that cannot be placed ("no, the other one" when two things could be
meant, "not that" with nothing said) against clear ones; and odd references to rounds and versions
(numbers that are not rounds, "the one from yesterday", "the good version", two tries that both show the
same thing) answered plainly when nothing can be done. About a quarter or more of each family are near
misses whose right answer is another act than a question. The cases have the development set's format
(`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current round (first) is an earlier one.
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

DANCE = ((None, None), (0, "make the bride's dress sparkle"))
"""A wedding first dance under a chandelier, with one edit."""
DANCE3 = (*DANCE, (1, "add fairy lights above the dance floor"), (2, "make the groom's tie burgundy"))
"""The first dance with three edits, each on the one before."""
CAKE = ((None, None), (0, "make the cake pink"))
"""A birthday party, a cake with candles and balloons taped to the wall, with one edit."""
CAKE2 = (*CAKE, (1, "add more balloons behind the table"))
"""The birthday party with the cake edit and then more balloons."""
GRAD = ((None, None), (0, "make the caps gold"), (1, "make the gowns navy blue"))
"""A graduation, caps thrown in the air, with two edits of two things both named in the plural."""
GRAD_CAPS = GRAD[:2]
"""The graduation with only the caps edit."""
LANTERN = ((None, None), (0, "make the lanterns glow brighter"), (1, "add a full moon in the sky"))
"""A lantern festival by a river at night, with two edits."""
FIREWORKS = (
    (None, None),
    (0, "make the fireworks gold"),
    (1, "add confetti falling over the crowd"),
    (2, "remove the man in the red hat"),
    (3, "make the sky a deeper blue"),
    (4, "add a clock tower on the right"),
)
"""A New Year's fireworks crowd, with five edits, each on the one before."""
SHOWER = ((None, None), (0, "make the tablecloth pale blue"))
"""A baby shower table with a nappy cake and cupcakes, with one edit."""
SHOWER_FIXED = (*SHOWER, (0, "make the tablecloth pale yellow"))
"""The baby shower after a correction: round 2 was made from the original, beside round 1."""
RANGOLI = ((None, None), (0, "make the rangoli colours more vivid"), (1, "add diyas around the rangoli"))
"""A Diwali rangoli on a doorstep, with two edits."""
QUINCE = ((None, None), (0, "make the girl's gown lavender"), (1, "put a tiara on her head"))
"""A quinceañera, the girl in a big gown with her court, with two edits."""
BOAT = ((None, None), (0, "remove the cooler from the deck"))
"""A bachelor party on a boat, with one edit, a removal."""
BOAT_BRANCH = (*BOAT, (1, "make the water turquoise"), (1, "add seagulls above the boat"))
"""The boat after an undo: round 3 was made from round 1, beside round 2."""
OFFICE = (
    (None, None),
    (0, "make the banner say good luck sam"),
    (1, "add confetti on the desk"),
    (2, "make the cake chocolate"),
)
"""An office farewell party around a desk, with three edits, each on the one before."""
TEA = ((None, None), (0, "make the teapot floral"))
"""A garden tea party on a lawn, with one edit."""
TEA_RETRIED = (*TEA, (0, "make the teapot floral"))
"""The tea party after a retry: round 2 is a second try of round 1, from the original."""
TEA_NEW = (*TEA, (None, None))
"""The tea party with one edit, then a second photo with no edit yet (the new upload current)."""
FLOAT = (
    (None, None),
    (0, "make the float's feathers red"),
    (1, "add dancers in front of the float"),
    (2, "make the sky dusky"),
    (3, "add streamers hanging from the float"),
)
"""A carnival parade float, with four edits, each on the one before."""
MITZVAH = ((None, None), (0, "make the dance floor lights blue"), (1, "lift the boy higher on the chair"))
"""A bar mitzvah dance floor, the boy lifted on a chair, with two edits."""
MAGIC = ((None, None), (0, "give the magician a purple cape"))
"""A kids' party with a magician in front of a row of children, with one edit."""
MAGIC_KIDS = (*MAGIC, (1, "put party hats on the kids"))
"""The magician party with the cape edit and then party hats on the kids."""
MAGIC_HAT = ((None, None), (0, "put a party hat on the boy on the left"))
"""The magician party, another shot, with one edit of the boy on the left."""

AFTER_CAKE = (*CAKE, (None, None))
"""The birthday session with one edit, then a new photo."""
AFTER_GRAD = (*GRAD, (None, None))
"""The graduation session with two edits, then a new photo."""
AFTER_BOAT = (*BOAT, (None, None))
"""The boat session with one edit, then a new photo."""

VAGUE: tuple[Dev, ...] = (
    # no concrete change: a mood, a wish, "do your thing"
    ("make it more festive?", False, UPLOAD, "clarify", ()),
    ("jazz it up a bit 🎉", False, UPLOAD, "clarify", ()),
    ("do your thing", False, UPLOAD, "clarify", ()),
    ("fix the vibe pls", False, UPLOAD, "clarify", ()),
    ("make it feel more like a party idk", False, UPLOAD, "clarify", ()),
    ("it still needs more wow factor", False, CAKE, "clarify", ()),
    ("can u make this look less boring", False, LANTERN, "clarify", ()),
    ("make it instagrammable lol", False, UPLOAD, "clarify", ()),
    ("more celebration energy pls!!", False, GRAD, "clarify", ()),
    ("somethings missing, add whatever u think fits", False, SHOWER, "clarify", ()),
    ("make my wedding pic magical ✨✨", False, UPLOAD, "clarify", ()),
    ("surprise me", False, UPLOAD, "clarify", ()),
    ("spice it up a lil", False, BOAT, "clarify", ()),
    ("could you make the whole thing nicer, my aunt wants it for the album", False, QUINCE, "clarify", ()),
    ("i want it cosier or something", False, TEA, "clarify", ()),
    ("clean it up a bit?", False, OFFICE, "clarify", ()),
    ("enhance", False, UPLOAD, "clarify", ()),
    ("needs more pizzazz honestly", False, FLOAT, "clarify", ()),
    ("can it be more diwali-ish", False, UPLOAD, "clarify", ()),
    ("make the magic show more magic", False, MAGIC, "clarify", ()),
    ("could it be more fun for the kids", False, MAGIC_KIDS, "clarify", ()),
    ("make it pop more, u know what i mean", False, RANGOLI, "clarify", ()),
    ("tweak the colours a bit", False, UPLOAD, "clarify", ()),
    ("add some stuff to the table", False, SHOWER, "clarify", ()),
    ("add something up in the sky", False, FIREWORKS, "clarify", ()),
    ("change the background to something else", False, UPLOAD, "clarify", ()),
    ("make it look like a different kind of party", False, OFFICE, "clarify", ()),
    ("make it more ~me~", False, QUINCE, "clarify", ()),
    ("do something about the lighting", False, MITZVAH, "clarify", ()),
    ("idk make the dancefloor cooler?", False, MITZVAH, "clarify", ()),
    ("give it a glow up pls 💅", False, UPLOAD, "clarify", ()),
    ("i want it to feel like new years eve", False, UPLOAD, "clarify", ()),
    ("Please improve the picture, it is for my daughter's wedding album.", False, DANCE, "clarify", ()),
    ("here's the quince pic, make it magical", True, UPLOAD, "clarify", ()),
    # near misses: the vague word comes with a concrete change, or it is a question or a caption
    (
        "make it more festive with bunting across the ceiling",
        False,
        OFFICE,
        "edit",
        _edit("add bunting across the ceiling"),
    ),
    (
        "fix the vibe, the lights are too harsh, soften them",
        False,
        MITZVAH,
        "edit",
        _edit("soften the lights", "make the lights softer"),
    ),
    ("do ur thing but like, make the sky pink", False, BOAT, "edit", _edit("make the sky pink")),
    (
        "glitter on the balloons pls",
        False,
        CAKE2,
        "edit",
        _edit("add glitter on the balloons", "put glitter on the balloons", "glitter on the balloons"),
    ),
    ("add balloons", False, UPLOAD, "edit", _edit("add balloons")),
    ("make the string lights warmer pls", False, UPLOAD, "edit", _edit("make the string lights warmer")),
    (
        "jazz it up with some gold streamers",
        False,
        UPLOAD,
        "edit",
        _edit("add some gold streamers", "add gold streamers", "jazz it up with some gold streamers"),
    ),
    (
        "more festive pls: put a banner saying happy 30th over the table",
        False,
        CAKE,
        "edit",
        _edit("put a banner saying happy 30th over the table"),
    ),
    (
        "do your thing and remove the photobomber behind the couple",
        False,
        DANCE,
        "edit",
        _edit("remove the photobomber behind the couple"),
    ),
    ("fix the red eyes on the kids", False, MAGIC, "edit", _edit("fix the red eyes on the kids")),
    (
        "make it black and white",
        False,
        UPLOAD,
        "edit",
        _edit("make it black and white", "make the photo black and white"),
    ),
    ("warmer colours pls", False, TEA, "edit", _edit("warmer colours", "make the colours warmer")),
    (
        "cosier: add paper lanterns along the fence",
        False,
        TEA,
        "edit",
        _edit("add paper lanterns along the fence"),
    ),
    ("add a few more diyas on the steps", False, RANGOLI, "edit", _edit("add a few more diyas on the steps")),
    ("make the balloons gold", False, CAKE2, "edit", _edit("make the balloons gold")),
    (
        "give it a vintage film look",
        False,
        UPLOAD,
        "edit",
        _edit("give it a vintage film look", "give the photo a vintage film look"),
    ),
    (
        "the magician needs a top hat",
        False,
        MAGIC,
        "edit",
        _edit("give the magician a top hat", "put a top hat on the magician", "add a top hat on the magician"),
    ),
    ("more sparkle!!", False, DANCE, "retry", _retry("stronger")),
    ("too pink now, tone it down", False, CAKE, "retry", _retry("weaker")),
    ("what would u do to make it more festive?", False, UPLOAD, "talk", ()),
    ("any ideas how to make it look fancier", False, QUINCE, "talk", ()),
    ("our first dance!! 💍", True, UPLOAD, "caption", ()),
    ("love it, very festive now 🥳", False, CAKE2, "talk", ()),
)
"""Vague asks with no concrete change, and near misses that name one."""

UNRESOLVED: tuple[Dev, ...] = (
    # a pronoun or "that one" with nothing to point at, or two equally likely things
    ("make that one bigger", False, UPLOAD, "clarify", ()),
    ("the thing on the left, make it gold", False, UPLOAD, "clarify", ()),
    ("remove those", False, UPLOAD, "clarify", ()),
    ("change the other one too", False, UPLOAD, "clarify", ()),
    ("make them shinier", False, GRAD, "clarify", ()),
    ("put her in the middle", False, UPLOAD, "clarify", ()),
    ("make him smile", False, UPLOAD, "clarify", ()),
    ("swap it with the other one", False, CAKE2, "clarify", ()),
    ("the one next to it, same colour", False, CAKE, "clarify", ()),
    ("make those two match", False, UPLOAD, "clarify", ()),
    ("the guy on the left - u know which one", False, UPLOAD, "clarify", ()),
    ("make her dress like hers", False, QUINCE, "clarify", ()),
    ("give him one too", False, QUINCE, "clarify", ()),
    ("recolour that one in the back", False, MITZVAH, "clarify", ()),
    ("delete it", False, UPLOAD, "clarify", ()),
    ("the lanterns or the moon, whichever, make it red", False, LANTERN, "clarify", ()),
    ("make it glow", False, BOAT, "clarify", ()),
    ("fix her hair", False, MAGIC_KIDS, "clarify", ()),
    ("those ones on the right, brighter", False, UPLOAD, "clarify", ()),
    ("the bride and her mum, can u make her dress red", False, UPLOAD, "clarify", ()),
    ("make this one like that one", False, SHOWER_FIXED, "clarify", ()),
    ("can u move it a bit", False, OFFICE, "clarify", ()),
    ("put it over there", False, RANGOLI, "clarify", ()),
    ("make it match", False, TEA_NEW, "clarify", ()),
    ("her and him, swap them", False, UPLOAD, "clarify", ()),
    ("the dancers and the feathers... make them yellow", False, FLOAT, "clarify", ()),
    ("turn it around", False, UPLOAD, "clarify", ()),
    ("the one thats kinda blurry, fix that", False, FIREWORKS, "clarify", ()),
    ("this one here ← make it smaller", False, UPLOAD, "clarify", ()),
    ("the cooler and the speaker, make it black", False, UPLOAD, "clarify", ()),
    ("get him out of there", False, UPLOAD, "clarify", ()),
    # near misses: the session or the turn says what is meant
    ("make it sparkle too", False, DANCE3, "edit", _edit("make the groom's tie sparkle")),
    (
        "the cake on the right, the small one - make it blue",
        False,
        UPLOAD,
        "edit",
        _edit("make the small cake on the right blue", "make the cake on the right blue"),
    ),
    ("give them sparklers", False, MAGIC_KIDS, "edit", _edit("give the kids sparklers")),
    ("make it taller", False, CAKE, "edit", _edit("make the cake taller")),
    ("make them bigger", False, CAKE2, "edit", _edit("make the balloons bigger")),
    ("make those brighter", False, RANGOLI, "edit", _edit("make the diyas brighter")),
    ("make him smile", False, DANCE3, "edit", _edit("make the groom smile", "make him smile")),
    (
        "give her a bouquet of white roses",
        False,
        QUINCE,
        "edit",
        _edit("give the girl a bouquet of white roses", "give her a bouquet of white roses"),
    ),
    ("make him wave at the kids", False, MAGIC, "edit", _edit("make the magician wave at the kids")),
    (
        "the one on the left, the pink balloon, pop it",
        False,
        UPLOAD,
        "edit",
        _edit("pop the pink balloon on the left", "pop the pink balloon"),
    ),
    (
        "the thing on the left is a cooler, get rid of it pls",
        False,
        UPLOAD,
        "edit",
        _edit("get rid of the cooler", "remove the cooler", "get rid of the cooler on the left"),
    ),
    ("see the banner? make it say bon voyage", False, UPLOAD, "edit", _edit("make the banner say bon voyage")),
    ("move it to the left a bit", False, LANTERN, "edit", _edit("move the moon to the left a bit")),
    (
        "put it back but smaller",
        False,
        BOAT,
        "edit",
        _edit("put the cooler back but smaller", "put the cooler back smaller", "put a smaller cooler back"),
    ),
    ("the other teacup as well", False, TEA, "edit", _edit("make the other teacup floral")),
    ("lift him even higher!", False, MITZVAH, "retry", _retry("stronger")),
    ("make them silver instead of gold", False, GRAD_CAPS, "correction", _fix("make the caps silver")),
    ("make them striped", False, MAGIC_KIDS, "edit", _edit("make the party hats striped", "make the hats striped")),
    ("who's the guy on the left?", False, UPLOAD, "talk", ()),
)
"""References that cannot be resolved, and near misses the session or the turn makes clear."""

BROKEN: tuple[Dev, ...] = (
    # half sentences, cut-off words and messages sent too early
    ("can you make the", False, UPLOAD, "clarify", ()),
    ("remove the", False, CAKE, "clarify", ()),
    ("add a … hmm", False, UPLOAD, "clarify", ()),
    ("make the balloons", False, CAKE2, "clarify", ()),
    ("pls change the colour of", False, LANTERN, "clarify", ()),
    ("i want the cake to be", False, OFFICE, "clarify", ()),
    ("swap the banner for", False, OFFICE, "clarify", ()),
    ("put some", False, SHOWER, "clarify", ()),
    ("and then", False, GRAD, "clarify", ()),
    ("can u make the lante", False, UPLOAD, "clarify", ()),
    ("make the brides dre", False, DANCE, "clarify", ()),
    ("ok so the", False, FIREWORKS, "clarify", ()),
    ("remove the man in th", False, UPLOAD, "clarify", ()),
    ("add", False, UPLOAD, "clarify", ()),
    ("make it mor", False, BOAT_BRANCH, "clarify", ()),
    ("could you maybe", False, TEA, "clarify", ()),
    ("the confetti should be", False, OFFICE, "clarify", ()),
    ("hmm wait what if the", False, FLOAT, "clarify", ()),
    ("and also the, uh", False, RANGOLI, "clarify", ()),
    ("turn the dance floor into a", False, MITZVAH, "clarify", ()),
    ("give the magician a", False, MAGIC, "clarify", ()),
    ("change", False, UPLOAD, "clarify", ()),
    ("replace the speaker with a", False, BOAT, "clarify", ()),
    ("make the", False, TEA_RETRIED, "clarify", ()),
    ("pls put a", False, QUINCE, "clarify", ()),
    ("lower the", False, UPLOAD, "clarify", ()),
    ("make the lanterns re", False, LANTERN, "clarify", ()),
    ("gold or", False, GRAD_CAPS, "clarify", ()),
    ("make the groom's tie", False, DANCE3, "clarify", ()),
    ("i was thinking maybe we could", False, SHOWER_FIXED, "clarify", ()),
    ("...", False, CAKE, "clarify", ()),
    ("sorry my kid grabbed the phone ajdkfjsl", False, MAGIC, "talk", ()),
    ("add a big", True, UPLOAD, "clarify", ()),
    # near misses: short but complete, or broken and then finished in the same message
    ("add a… a unicorn piñata", False, UPLOAD, "edit", _edit("add a unicorn piñata")),
    ("remove the bal... the balloon arch", False, CAKE2, "edit", _edit("remove the balloon arch")),
    ("gown → red", False, QUINCE, "edit", _edit("make the gown red", "gown red")),
    ("remove the banner", False, OFFICE, "edit", _edit("remove the banner")),
    ("cake gold pls", False, UPLOAD, "edit", _edit("make the cake gold", "cake gold")),
    ("no confetti", False, OFFICE, "edit", _edit("remove the confetti", "no confetti")),
    ("balloons → silver", False, UPLOAD, "edit", _edit("make the balloons silver", "balloons silver")),
    ("sky purple", False, FIREWORKS, "edit", _edit("make the sky purple", "sky purple")),
    ("add a disco ball", False, MITZVAH, "edit", _edit("add a disco ball")),
    (
        "can u make the... ugh autocorrect. the paper lanterns red",
        False,
        UPLOAD,
        "edit",
        _edit("make the paper lanterns red"),
    ),
    ("remove the - nvm, add a moon", False, UPLOAD, "edit", _edit("add a moon")),
    (
        "add a... hmm... a cake topper with two swans",
        False,
        CAKE,
        "edit",
        _edit("add a cake topper with two swans"),
    ),
    ("veil longer", False, DANCE, "edit", _edit("make the veil longer", "make the bride's veil longer", "veil longer")),
    ("bigger fireworks pls", False, UPLOAD, "edit", _edit("make the fireworks bigger", "bigger fireworks")),
    ("get rid of the cups", False, TEA, "edit", _edit("get rid of the cups", "remove the cups")),
    ("undo", False, FIREWORKS, "undo", _goto(4)),
    ("again", False, TEA, "retry", _retry()),
    ("stronger", False, DANCE3, "retry", _retry("stronger")),
    ("cake 2 tiers", False, OFFICE, "edit", _edit("make the cake 2 tiers", "make the cake two tiers", "cake 2 tiers")),
)
"""Half sentences and broken messages, and near misses that are short but complete."""

CONTRADICTORY: tuple[Dev, ...] = (
    # two wishes that cancel out, or a move that cannot be made
    ("make it brighter but darker", False, UPLOAD, "clarify", ()),
    ("remove the bride but keep her", False, DANCE, "clarify", ()),
    ("undo the edit before the upload", False, CAKE, "talk", ()),
    ("make the balloons bigger and also smaller", False, CAKE2, "clarify", ()),
    ("add a dog but no animals pls", False, UPLOAD, "clarify", ()),
    ("turn it into night but keep the daylight", False, LANTERN, "clarify", ()),
    ("remove everyone but dont remove anyone", False, FIREWORKS, "clarify", ()),
    ("make the cake pink but leave its colour exactly as it is", False, OFFICE, "clarify", ()),
    ("make the tablecloth white, but keep it pale yellow", False, SHOWER_FIXED, "clarify", ()),
    ("add more candles and remove all the candles", False, CAKE, "clarify", ()),
    ("go back to round 2 but stay where we are", False, LANTERN, "clarify", ()),
    ("undo it but keep the change", False, MAGIC, "clarify", ()),
    ("redo the thing I never asked for", False, TEA, "talk", ()),
    ("go back to before the original", False, OFFICE, "talk", ()),
    ("compare round 2 with round 2", False, GRAD, "clarify", ()),
    ("show me the version after the newest one", False, FIREWORKS, "talk", ()),
    ("make him taller and shorter at the same time", False, MAGIC, "clarify", ()),
    ("put the moon in the sky but not in the sky", False, LANTERN, "clarify", ()),
    ("everyone should face the camera and also face away from it", False, MITZVAH, "clarify", ()),
    ("remove the tiara, and add it", False, QUINCE, "clarify", ()),
    ("warmer and cooler at once pls", False, TEA, "clarify", ()),
    ("redo the edit i never undid lol", False, CAKE2, "talk", ()),
    ("undo the original photo", False, RANGOLI, "talk", ()),
    ("make it black tie but super casual", False, OFFICE, "clarify", ()),
    ("make the gowns navy blue but not blue", False, GRAD_CAPS, "clarify", ()),
    ("keep everything exactly the same but change it", False, FLOAT, "clarify", ()),
    ("make the boat sink but keep it floating", False, BOAT, "clarify", ()),
    ("undo 4 times", False, CAKE, "clarify", ()),
    ("retry the upload", False, UPLOAD, "talk", ()),
    ("empty the table and add more food on it", False, SHOWER, "clarify", ()),
    ("add the cooler back but don't add anything", False, BOAT, "clarify", ()),
    ("compare the original with the original", False, OFFICE, "clarify", ()),
    # near misses: it only sounds contradictory
    ("make the dress black and white", False, UPLOAD, "edit", _edit("make the dress black and white")),
    (
        "keep the cake, remove the candles",
        False,
        CAKE,
        "edit",
        _edit("remove the candles", "remove the candles from the cake", "keep the cake remove the candles"),
    ),
    (
        "make the dark sky a little lighter",
        False,
        FIREWORKS,
        "edit",
        _edit("make the dark sky a little lighter", "make the sky a little lighter"),
    ),
    (
        "make the night sky bright with fireworks",
        False,
        UPLOAD,
        "edit",
        _edit("make the night sky bright with fireworks"),
    ),
    (
        "make the frozen lake look warm and sunny",
        False,
        UPLOAD,
        "edit",
        _edit("make the frozen lake look warm and sunny"),
    ),
    ("make the old photo look new", False, UPLOAD, "edit", _edit("make the old photo look new")),
    (
        "make it daytime but keep the lanterns lit",
        False,
        LANTERN,
        "edit",
        _edit("make it daytime but keep the lanterns lit", "make it daytime", "make it day but keep the lanterns lit"),
    ),
    (
        "brighter faces, darker background",
        False,
        UPLOAD,
        "edit",
        _edits(
            ("make the faces brighter", "brighter faces", "brighten the faces"),
            ("make the background darker", "darker background", "darken the background"),
        ),
    ),
    (
        "remove the groom's shadow but keep the groom",
        False,
        DANCE3,
        "edit",
        _edit("remove the groom's shadow", "remove the groom's shadow but keep the groom"),
    ),
    (
        "give the cake a fire and ice theme, hot and cold lol",
        False,
        CAKE,
        "edit",
        _edit("give the cake a fire and ice theme", "make the cake fire and ice themed"),
    ),
    (
        "remove the bride's veil but keep the tiara",
        False,
        DANCE,
        "edit",
        _edit("remove the bride's veil", "remove the veil", "remove the bride's veil but keep the tiara"),
    ),
    (
        "make the young groom look old, like 80",
        False,
        DANCE3,
        "edit",
        _edit(
            "make the groom look 80 years old",
            "make the young groom look old like 80",
            "make the groom look old like 80",
        ),
    ),
    ("undo and redo is confusing, what's the difference?", False, CAKE, "talk", ()),
    ("undo it, i changed my mind", False, MAGIC, "undo", _goto(0)),
)
"""Contradictory or impossible asks, and near misses that only sound contradictory."""

UNPLACED: tuple[Dev, ...] = (
    # a correction or a retry with nothing to correct, or two things it could be
    ("no, the other one", False, GRAD, "clarify", ()),
    ("not that", False, UPLOAD, "clarify", ()),
    ("again", False, TEA_NEW, "clarify", ()),
    ("no the other one", False, DANCE, "clarify", ()),
    ("wrong one", False, GRAD, "clarify", ()),
    ("not that colour", False, GRAD, "clarify", ()),
    ("i meant the other thing", False, FIREWORKS, "clarify", ()),
    ("no not him", False, MAGIC_KIDS, "clarify", ()),
    ("the other side", False, BOAT, "clarify", ()),
    ("again but different", False, UPLOAD, "clarify", ()),
    ("try the other colour", False, CAKE, "clarify", ()),
    ("nope. other one", False, LANTERN, "clarify", ()),
    ("no, i said the thing i said", False, OFFICE, "clarify", ()),
    ("wrong!! fix it", False, MITZVAH, "clarify", ()),
    ("same but for the other one", False, GRAD, "clarify", ()),
    ("no i meant", False, CAKE, "clarify", ()),
    ("no the other one", False, SHOWER_FIXED, "clarify", ()),
    ("not like that", False, QUINCE, "clarify", ()),
    ("i meant the saucer", False, UPLOAD, "clarify", ()),
    ("try it again but on the other one", False, FLOAT, "clarify", ()),
    ("more", False, UPLOAD, "clarify", ()),
    ("retry the other one", False, GRAD, "clarify", ()),
    ("no, that's not what i meant at all", False, RANGOLI, "clarify", ()),
    ("make it stronger", False, TEA_NEW, "clarify", ()),
    ("redo it with the other colour", False, MAGIC_KIDS, "clarify", ()),
    ("purple instead", False, TEA_NEW, "clarify", ()),
    ("wrong person", False, QUINCE, "clarify", ()),
    ("ugh not again", False, BOAT_BRANCH, "clarify", ()),
    ("do it again", True, UPLOAD, "clarify", ()),
    ("not red, teal", False, FLOAT, "clarify", ()),
    # near misses: clear corrections and retries
    ("no, the other one", False, MAGIC_HAT, "correction", _fix("put a party hat on the boy on the right")),
    (
        "no, a darker navy",
        False,
        GRAD,
        "correction",
        _fix(
            "make the gowns a darker navy",
            "make the gowns darker navy",
            "make the gowns dark navy blue",
            "make the gowns a darker navy blue",
        ),
    ),
    ("the kids on the right only", False, MAGIC_KIDS, "correction", _fix("put party hats on the kids on the right")),
    ("no, the gowns", False, GRAD_CAPS, "correction", _fix("make the gowns gold")),
    ("not the caps, the tassels", False, GRAD_CAPS, "correction", _fix("make the tassels gold")),
    ("wrong colour, champagne not gold", False, GRAD_CAPS, "correction", _fix("make the caps champagne")),
    ("again pls", False, TEA_RETRIED, "retry", _retry()),
    ("again, weaker", False, CAKE, "retry", _retry("weaker")),
    ("no, i meant the napkins", False, CAKE, "correction", _fix("make the napkins pink")),
    (
        "i meant the flower girl's dress not the bride's",
        False,
        DANCE,
        "correction",
        _fix("make the flower girl's dress sparkle"),
    ),
    ("not the cake, the cupcakes", False, OFFICE, "correction", _fix("make the cupcakes chocolate")),
    ("try again with another seed, the moon looks fake", False, LANTERN, "retry", _retry()),
    ("no not the tablecloth, the napkins", False, SHOWER_FIXED, "correction", _fix("make the napkins pale yellow")),
    ("the first try was better", False, TEA_RETRIED, "goto", _goto(1)),
    ("no, the pale blue was nicer", False, SHOWER_FIXED, "goto", _goto(1)),
    ("not the groom, the best man", False, DANCE3, "correction", _fix("make the best man's tie burgundy")),
    ("no, gold streamers", False, FLOAT, "correction", _fix("add gold streamers hanging from the float")),
    ("do the diyas again, they look plastic", False, RANGOLI, "retry", _retry()),
    ("nah same thing for this one", True, AFTER_CAKE, "edit", _edit("make the cake pink")),
    ("no its fine, leave it", False, QUINCE, "talk", ()),
)
"""Corrections and retries that cannot be placed, and clear ones."""

ODD_ROUNDS: tuple[Dev, ...] = (
    # a round or version that cannot be found: the plain answer, no call
    ("go back to the one from yesterday", False, FIREWORKS, "clarify", ()),
    ("show me the good version", False, GRAD, "clarify", ()),
    ("back to the one my mum liked", False, QUINCE, "clarify", ()),
    ("go to round 9", False, CAKE2, "clarify", ()),
    ("show me version 2.5", False, FIREWORKS, "clarify", ()),
    ("compare round 1 and round 7", False, GRAD, "clarify", ()),
    ("revert to 2019", False, UPLOAD, "talk", ()),
    ("take me to round minus one", False, OFFICE, "clarify", ()),
    ("go back to the last one", False, BOAT_BRANCH, "clarify", ()),
    ("the third one", False, FIREWORKS, "clarify", ()),
    ("what about the 4th", False, FIREWORKS, "clarify", ()),
    ("bring back the version i deleted last week", False, OFFICE, "talk", ()),
    ("go back 10 steps", False, CAKE2, "clarify", ()),
    ("go back to the one with the floral teapot", False, TEA_RETRIED, "clarify", ()),
    ("the best one pls", False, FLOAT, "clarify", ()),
    ("show me the version before the balloons popped", False, CAKE2, "clarify", ()),
    ("back to the one with the snow", False, LANTERN, "clarify", ()),
    ("show me round 3", False, MITZVAH, "clarify", ()),
    ("go to the version from the party", False, DANCE3, "clarify", ()),
    ("take me back to the one before the dog", False, MAGIC_KIDS, "clarify", ()),
    ("the nicer of the two pls", False, SHOWER_FIXED, "clarify", ()),
    ("compare this with the one from the other session", False, RANGOLI, "clarify", ()),
    ("revert to version 12", False, FLOAT, "clarify", ()),
    ("go back to the one before the one before the first one", False, GRAD, "clarify", ()),
    ("show me the one i sent my sister", False, OFFICE, "clarify", ()),
    ("undo the last three", False, QUINCE, "clarify", ()),
    ("the one with the red cape pls", False, MAGIC_KIDS, "clarify", ()),
    ("whats round 0.5", False, CAKE, "talk", ()),
    ("go back to the 2nd one", False, TEA_NEW, "clarify", ()),
    # near misses: a number that is no round, or a version that can be found
    ("put a big 15 on the cake", False, QUINCE, "edit", _edit("put a big 15 on the cake")),
    ("make the 2 on the balloon a 3", False, CAKE2, "edit", _edit("make the 2 on the balloon a 3")),
    ("add 2 more balloons", False, CAKE2, "edit", _edit("add 2 more balloons", "add two more balloons")),
    ("make the banner say happy 2025", False, UPLOAD, "edit", _edit("make the banner say happy 2025")),
    ("give the cake 3 tiers", False, UPLOAD, "edit", _edit("give the cake 3 tiers", "give the cake three tiers")),
    ("the 3 kids in front, give them wands", False, MAGIC, "edit", _edit("give the 3 kids in front wands")),
    (
        "make the clock show 11:59",
        False,
        FIREWORKS,
        "edit",
        _edit("make the clock show 11:59", "make the clock show 11 59"),
    ),
    ("add a centrepiece to table 4", False, UPLOAD, "edit", _edit("add a centrepiece to table 4")),
    ("go back to round 2", False, FIREWORKS, "goto", _goto(2)),
    ("show me the 3rd edit", False, FIREWORKS, "show", _show(3)),
    ("compare the first and the last edit", False, FIREWORKS, "compare", _compare(1, 5)),
    ("take me to the one with gold fireworks but no confetti yet", False, FIREWORKS, "goto", _goto(1)),
    ("go back 2 steps", False, FIREWORKS, "goto", _goto(3)),
    ("take me to the version before you removed the guy in the red hat", False, FIREWORKS, "goto", _goto(2)),
    ("show me the one with the gold caps", False, GRAD, "show", _show(1)),
    ("first try pls, switch back to it", False, TEA_RETRIED, "goto", _goto(1)),
    ("round 3 of beer pong lol, my bro losing", True, AFTER_BOAT, "caption", ()),
    ("what round are we on", False, FIREWORKS, "status", STATUS),
    ("list everything we did so far", False, FIREWORKS, "history", HISTORY),
    ("back to the start", False, QUINCE, "goto", _goto(0)),
    ("compare 0 and 2", False, RANGOLI, "compare", _compare(0, 2)),
    ("share the session with the bride's mum", False, DANCE3, "share", SHARE),
    ("export all of it as html for the office newsletter", False, OFFICE, "export", _export("html")),
    ("same two edits for this one", True, AFTER_GRAD, "edit", _edits("make the caps gold", "make the gowns navy blue")),
)
"""Odd references to rounds and versions, and near misses that name a real one or no round at all."""

R35A: tuple[Dev, ...] = (*VAGUE, *UNRESOLVED, *BROKEN, *CONTRADICTORY, *UNPLACED, *ODD_ROUNDS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: undo goes to the current round's parent, redo forward
    (0, ("no, i meant the napkins", False, CAKE, "edit", _edit("make the napkins pink"))),
    (0, ("no, the other one", False, GRAD_CAPS, "clarify", ())),
    (1, ("again", False, GRAD, "clarify", ())),
    (1, ("try again", False, LANTERN, "clarify", ())),
    (1, ("bring it back pls", False, LANTERN, "redo", _goto(2))),
    (2, ("go to the newest one", False, FIREWORKS, "redo", _goto(5))),
    (2, ("go back to the last one", False, FIREWORKS, "clarify", ())),
    (1, ("show me the good one", False, QUINCE, "clarify", ())),
    (0, ("make the cake taller", False, CAKE, "edit", _edit("make the cake taller"))),
    (1, ("compare this with the one i undid", False, MITZVAH, "compare", _compare(1, 2))),
    (1, ("no, not that one either", False, FIREWORKS, "clarify", ())),
    (1, ("what round am i on now?", False, OFFICE, "status", STATUS)),
    (1, ("again but stronger", False, BOAT_BRANCH, "clarify", ())),
    (1, ("the seagulls one was better", False, BOAT_BRANCH, "goto", _goto(3))),
    (1, ("go back to the last one", False, BOAT_BRANCH, "clarify", ())),
    (0, ("redo", False, BOAT, "redo", _goto(1))),
    (0, ("redo", False, SHOWER_FIXED, "clarify", ())),
    (0, ("redo the yellow one", False, SHOWER_FIXED, "redo", _goto(2))),
    (1, ("no wait i meant the groom's tie", False, DANCE3, "clarify", ())),
    (1, ("add streamers here", False, FLOAT, "edit", _edit("add streamers", "add streamers here"))),
    (2, ("show me the latest", False, FLOAT, "show", _show(4))),
    (0, ("start from here and add a farewell cake", False, OFFICE, "edit", _edit("add a farewell cake"))),
    (1, ("compare the current one with the newest", False, RANGOLI, "compare", _compare(1, 2))),
    (0, ("undo", False, MAGIC, "talk", ())),
    (1, ("switch to the other one", False, TEA_RETRIED, "goto", _goto(2))),
    (1, ("make it bigger", False, LANTERN, "clarify", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r35a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R35A`, then the moved ones)."""
    return with_moved(R35A, "r35a", MOVED, "r35a_moved")
