"""Round 32, set c: corrections and references to things after one or two edits: the wrong thing, the wrong
value or material, a correction or an addition, pronouns, a multi-request turn partly taken back, and remarks
that only mention the wrong thing.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue model
was run on any of it, about photos no other set uses, all of pets, farms and the countryside: a dog and a cat
on a sofa, two chestnut horses in a paddock with a farmer and his wife, a henhouse with chickens and a ramp, a
goat and her kid on a hay bale, a sheepdog herding sheep and lambs, a girl and a boy on ponies at a riding
school, a rabbit hutch with a big and a small rabbit, a goldfish bowl on a windowsill, a llama farm where a
girl and a farmer each lead a llama, a vegetable patch with a scarecrow and pumpkins, a duck pond with a
mother duck, a drake and ducklings, a dairy barn with cows, a parrot on a perch by its cage and a tractor in
a wheat field. Sessions have 0 to 7 edits, some after a correction or a retry (a sibling of the first try)
or a second upload, and some turns come after an undo or a goto (the current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): corrections of the thing ("nope, the cat",
"wrong horse", "his, not hers", "the farmer's one"), redone from the edit's parent, or a question when
which thing is meant is unclear; corrections of the value, style or material ("not glossy, matte", "make it
velvet instead", "i said stripes not dots"); corrections against additions ("the cat too" is the same
change on the cat on top, "no wait, the cat" a correction); pronouns after an edit ("make him wave", "make
her bigger", "do that to the barn too"), edits with the thing named when one referent fits and a question
when two do; corrections of two edits made from one message ("only the first one", "just the gate"); and
remarks that mention the wrong thing without asking ("lol it painted the wrong horse", "the cat was fine",
"looks good but the dog is purple too"). About a quarter of each family are near misses whose right answer
is another act. The cases have the development set's format (`Dev`: turn, photo, state, act, calls);
`MOVED` holds turns whose current round (first) is an earlier one.
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
    _edits,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)


def _over(index: int, *instructions: str | tuple[str, ...]) -> tuple[tuple[str, dict[str, Any]], ...]:
    """Go back to round `index`, then make the edits from there, in order (a tuple: acceptable strings)."""
    return (("revert", {"round": index}), *_edits(*instructions))


SOFA = ((None, None), (0, "give the dog a red bandana"))
"""A dog and a cat asleep on a grey sofa, with one edit."""
SOFA2 = (*SOFA, (1, "make the sofa green"))
"""The dog and the cat on the sofa with two edits, each on the one before."""
SOFA_BOW = ((None, None), (0, "give the cat a polka dot bow"))
"""The dog and the cat on the sofa, with a bow edit on the cat."""
SOFA_CAT = ((None, None), (0, "make the cat ginger"))
"""The dog and the cat on the sofa, with only the cat recoloured."""
SOFA_CUSHION = ((None, None), (0, "make the cat's cushion purple"))
"""The dog and the cat on the sofa, with the cat's cushion recoloured."""
SOFA_MULTI = ((None, None), (0, "make the cat ginger"), (1, "make the dog black"))
"""The dog and the cat on the sofa, with two edits asked for in one message."""
PADDOCK = ((None, None), (0, "make the horse on the left black"))
"""Two chestnut horses in a paddock with a farmer at the gate, with one edit."""
PADDOCK2 = (*PADDOCK, (1, "give the farmer a straw hat"))
"""The paddock with two edits: the left horse, then the farmer's hat."""
PADDOCK_HAT = ((None, None), (0, "give the farmer's wife a straw hat"))
"""The paddock with the farmer and his wife at the gate, with one edit on her."""
PADDOCK_HAT2 = (*PADDOCK_HAT, (1, "add a dog at her feet"))
"""The farmer's wife with her hat, then a dog added at her feet."""
HENHOUSE = ((None, None), (0, "paint the henhouse door glossy blue"))
"""A henhouse with chickens and a ramp, with one edit."""
HENHOUSE_FIXED = (*HENHOUSE, (0, "paint the henhouse door matte blue"))
"""The henhouse after a correction: round 2 was made from the original, beside round 1."""
HENS2 = (*HENHOUSE, (1, "add a rooster on the roof"))
"""The henhouse with two edits: the door, then a rooster on the roof."""
HENS = ((None, None), (0, "make the hen on the ramp white"))
"""The henhouse, with one of several hens recoloured."""
HENHOUSE_RED = ((None, None), (0, "paint the henhouse red"))
"""The henhouse, with the whole henhouse painted."""
GOAT = ((None, None), (0, "give the goat a flower crown"))
"""A goat and her kid on a hay bale, with one edit."""
GOAT_RETRIED = (*GOAT, (0, "give the goat a flower crown"))
"""The goat after a retry: round 2 is a second try of round 1, from the original."""
SHEEP = ((None, None), (0, "make the sheepdog's coat golden"), (1, "make the sheep fluffier"))
"""A sheepdog herding sheep and lambs on a hillside, with two edits."""
PONY = ((None, None), (0, "make the girl's riding helmet pink"))
"""A girl and a boy on ponies at a riding school, with one edit."""
HUTCH = ((None, None), (0, "make the big rabbit grey"))
"""A rabbit hutch with a big and a small rabbit, with one edit."""
HUTCH_MULTI = (*HUTCH, (1, "make the small rabbit grey"))
"""The rabbit hutch with both rabbits made grey, asked for in one message."""
GOLDFISH = ((None, None), (0, "add a little castle in the goldfish bowl"))
"""A goldfish bowl on a sunny windowsill, with one edit."""
LLAMA = ((None, None), (0, "put a red scarf on the girl's llama"))
"""A llama farm where a girl and a farmer each lead a llama, with one edit."""
LLAMA_FENCE = ((None, None), (0, "paint the fence white"), (1, "paint the gate white"))
"""The llama farm with the fence and the gate painted, asked for in one message."""
SCARECROW = ((None, None), (0, "give the scarecrow a green coat"), (1, "make the pumpkins bigger"))
"""A vegetable patch with a scarecrow, pumpkins, marrows and cabbages, with two edits."""
SCARECROW_COAT = SCARECROW[:2]
"""The vegetable patch with only the scarecrow's coat edit."""
DUCKS = ((None, None), (0, "make the mother duck white"))
"""A duck pond with a mother duck, a drake and ducklings, with one edit."""
DUCKS2 = (*DUCKS, (1, "add a lily pad under the mother duck"))
"""The duck pond with two edits, each on the one before."""
DUCKS_MULTI = ((None, None), (0, "remove the plastic bag from the pond"), (1, "add three more ducklings"))
"""The duck pond with two edits asked for in one message."""
BARN = ((None, None), (0, "paint the barn red"))
"""A dairy barn with cows, a calf, a silo and a shed, with one edit."""
BARN2 = (*BARN, (1, "give the cow in front a cowbell"))
"""The dairy barn with two edits: the barn, then a cowbell on the front cow."""
BARN_CALVES = ((None, None), (0, "make the cows black and white"), (1, "add two calves by the gate"))
"""The dairy barn with the cows recoloured and two calves added."""
BARN7 = (
    (None, None),
    (0, "paint the barn red"),
    (1, "add a weathervane on the roof"),
    (2, "make the cows black and white"),
    (3, "add a milk churn by the door"),
    (4, "make the grass greener"),
    (5, "add swallows over the roof"),
    (6, "make it early morning with mist"),
)
"""The dairy barn with seven edits, each on the one before."""
PARROT = ((None, None), (0, "make the parrot blue"))
"""A parrot on a perch next to its cage, with one edit."""
PARROT_FIX = (*PARROT, (0, "make the parrot green"))
"""The parrot after a correction: round 2 (green) was made from the original, beside round 1 (blue)."""
PARROT_MULTI = (*PARROT, (1, "make the perch gold"))
"""The parrot and its perch recoloured, asked for in one message."""
TRACTOR = ((None, None), (0, "make the tractor green"), (1, "add a farmer in the tractor's cab"))
"""A tractor in a wheat field, with two edits."""
TRACTOR_GREEN = TRACTOR[:2]
"""The tractor with only the colour edit."""
TRACTOR6 = (
    *TRACTOR,
    (2, "make the wheat more golden"),
    (3, "add crows flying over the field"),
    (4, "make the sky a sunset"),
    (5, "add a red barn in the distance"),
)
"""The tractor in the wheat field with six edits, each on the one before."""
HORSE_RIGHT = ((None, None), (0, "put a saddle on the horse on the right"))
"""The paddock, with a saddle put on one of the two horses."""
AFTER_SOFA = (*SOFA, (None, None))
"""The dog's bandana session, then a new photo."""
AFTER_PADDOCK = (*PADDOCK, (None, None))
"""The paddock session, then a new photo."""

THING: tuple[Dev, ...] = (
    # the edit landed on the wrong thing: the same change on the meant one, redone from its parent
    ("nope the right one", False, PADDOCK, "correction", _fix("make the horse on the right black")),
    ("wrong horse 🙈", False, PADDOCK, "correction", _fix("make the horse on the right black")),
    ("the other one pls, not that one", False, PADDOCK, "correction", _fix("make the horse on the right black")),
    (
        "i meant the one on the right side of the paddock",
        False,
        PADDOCK,
        "correction",
        _fix("make the horse on the right black", "make the horse on the right side of the paddock black"),
    ),
    ("no, the farmer's horse", False, PADDOCK, "correction", _fix("make the farmer's horse black")),
    ("the left one, not the right", False, HORSE_RIGHT, "correction", _fix("put a saddle on the horse on the left")),
    ("nope, the cat", False, SOFA, "correction", _fix("give the cat a red bandana")),
    (
        "gah not the dog, the kitty",
        False,
        SOFA,
        "correction",
        _fix("give the kitty a red bandana", "give the cat a red bandana"),
    ),
    ("wrong animal, i wanted it on the cat", False, SOFA, "correction", _fix("give the cat a red bandana")),
    ("i meant the big dog", False, SOFA, "correction", _fix("give the big dog a red bandana")),
    (
        "i meant the little one",
        False,
        HUTCH,
        "correction",
        _fix("make the little rabbit grey", "make the small rabbit grey"),
    ),
    (
        "smol one not the fat one lol",
        False,
        HUTCH,
        "correction",
        _fix("make the small rabbit grey", "make the little rabbit grey", "make the smol rabbit grey"),
    ),
    (
        "sorry should of said the baby bunny",
        False,
        HUTCH,
        "correction",
        _fix("make the baby bunny grey", "make the baby rabbit grey"),
    ),
    ("his, not hers", False, PADDOCK_HAT, "correction", _fix("give the farmer a straw hat")),
    ("no the hat was meant for him", False, PADDOCK_HAT, "correction", _fix("give the farmer a straw hat")),
    (
        "not the wife, the husband!",
        False,
        PADDOCK_HAT,
        "correction",
        _fix("give the farmer a straw hat", "give the husband a straw hat"),
    ),
    ("no, the farmer's one", False, LLAMA, "correction", _fix("put a red scarf on the farmer's llama")),
    (
        "her llama was fine, do it on the farmer's",
        False,
        LLAMA,
        "correction",
        _fix("put a red scarf on the farmer's llama"),
    ),
    (
        "not the front cow, the one lying down",
        False,
        BARN2,
        "correction",
        _fix("give the cow lying down a cowbell", "give the cow that is lying down a cowbell"),
    ),
    ("wrong cow, the calf", False, BARN2, "correction", _fix("give the calf a cowbell")),
    ("oops i meant the drake", False, DUCKS, "correction", _fix("make the drake white")),
    ("not mum, the ducklings", False, DUCKS, "correction", _fix("make the ducklings white")),
    ("the marrows, not the pumpkins", False, SCARECROW, "correction", _fix("make the marrows bigger")),
    ("i meant the cabbages actually", False, SCARECROW, "correction", _fix("make the cabbages bigger")),
    ("not the parrot, the perch", False, PARROT_FIX, "correction", _fix("make the perch green")),
    (
        "the kid, not the mum",
        False,
        GOAT,
        "correction",
        _fix("give the kid a flower crown", "give the kid goat a flower crown", "give the baby goat a flower crown"),
    ),
    (
        "lol no the little goat",
        False,
        GOAT,
        "correction",
        _fix("give the little goat a flower crown", "give the baby goat a flower crown"),
    ),
    ("the lambs, not all the sheep", False, SHEEP, "correction", _fix("make the lambs fluffier")),
    (
        "not in the cab, on the trailer",
        False,
        TRACTOR,
        "correction",
        _fix("add a farmer on the trailer", "add a farmer on the tractor's trailer"),
    ),
    ("a hen, not a rooster", False, HENS2, "correction", _fix("add a hen on the roof")),
    ("i wanted the rooster on the fence post", False, HENS2, "correction", _fix("add a rooster on the fence post")),
    (
        "no a treasure chest",
        False,
        GOLDFISH,
        "correction",
        _fix("add a little treasure chest in the goldfish bowl", "add a treasure chest in the goldfish bowl"),
    ),
    (
        "castle's wrong, I meant a pirate ship",
        False,
        GOLDFISH,
        "correction",
        _fix("add a little pirate ship in the goldfish bowl", "add a pirate ship in the goldfish bowl"),
    ),
    ("the boy's, not the girl's", False, PONY, "correction", _fix("make the boy's riding helmet pink")),
    (
        "no, her brother's helmet",
        False,
        PONY,
        "correction",
        _fix("make her brother's riding helmet pink", "make the girl's brother's riding helmet pink"),
    ),
    (
        "not the hen on the ramp, the one behind her",
        False,
        HENS,
        "correction",
        _fix("make the hen behind the one on the ramp white", "make the hen behind the hen on the ramp white"),
    ),
    (
        "Wrong one. The speckled hen in the doorway",
        False,
        HENS,
        "correction",
        _fix("make the speckled hen in the doorway white"),
    ),
    (
        "the bandana should of gone on the cat sorry my bad, keep the green sofa tho",
        False,
        SOFA2,
        "correction",
        _over(0, "give the cat a red bandana", "make the sofa green"),
    ),
    ("not the sofa, the armchair", False, SOFA2, "correction", _fix("make the armchair green")),
    (
        "no no the rug under it",
        False,
        SOFA2,
        "correction",
        _fix("make the rug under the sofa green", "make the rug green"),
    ),
    ("i said the brown hen, not that one", False, HENS, "correction", _fix("make the brown hen white")),
    ("not the farmer, his wife", False, PADDOCK2, "correction", _fix("give the farmer's wife a straw hat")),
    # near misses: nothing to correct, which one is unclear, or another act
    ("the other one", False, UPLOAD, "clarify", ()),
    ("wrong horse", False, UPLOAD, "clarify", ()),
    ("wrong horse", True, AFTER_PADDOCK, "clarify", ()),
    ("his, not hers", False, UPLOAD, "clarify", ()),
    ("i meant the big dog", False, UPLOAD, "clarify", ()),
    ("no, the other one", False, BARN2, "clarify", ()),
    ("wrong cow lol", False, BARN2, "clarify", ()),
    ("not that hen", False, HENS, "clarify", ()),
    ("hers was ok, it's his i wanted pink", False, PONY, "clarify", ()),
    ("not him, the other guy", False, TRACTOR, "clarify", ()),
    ("which horse did you change?", False, PADDOCK, "status", STATUS),
    ("is that the farmer's horse?", False, PADDOCK, "talk", ()),
    ("the left one looks amazing lol", False, PADDOCK2, "talk", ()),
    ("now the right one", False, PADDOCK, "edit", _edit("make the horse on the right black")),
    ("no wait, go back, it was better without", False, SOFA, "undo", _goto(0)),
    ("the little one's nicer anyway, leave it", False, HUTCH, "talk", ()),
    ("which one is the drake?", False, DUCKS, "talk", ()),
)
"""Corrections of the edited thing, by side, size, owner or pronoun; near misses with nothing or no one clear."""

VALUE: tuple[Dev, ...] = (
    # the right thing, the wrong colour, finish, material or pattern: redone from the edit's parent
    (
        "darker blue than that pls",
        False,
        PARROT,
        "correction",
        _fix("make the parrot darker blue", "make the parrot dark blue"),
    ),
    ("more of a teal tbh", False, PARROT, "correction", _fix("make the parrot teal")),
    (
        "not blue, scarlet like a macaw",
        False,
        PARROT,
        "correction",
        _fix("make the parrot scarlet", "make the parrot scarlet like a macaw"),
    ),
    ("navy not baby blue", False, PARROT, "correction", _fix("make the parrot navy", "make the parrot navy blue")),
    ("john deere green, not lime", False, TRACTOR_GREEN, "correction", _fix("make the tractor john deere green")),
    ("more of a rusty orange actually", False, TRACTOR_GREEN, "correction", _fix("make the tractor rusty orange")),
    (
        "rather dark green, this is way too bright",
        False,
        TRACTOR_GREEN,
        "correction",
        _fix("make the tractor dark green"),
    ),
    ("not glossy, matte", False, HENHOUSE, "correction", _fix("paint the henhouse door matte blue")),
    (
        "matt finish pls, the shine looks fake",
        False,
        HENHOUSE,
        "correction",
        _fix("paint the henhouse door matt blue", "paint the henhouse door matte blue"),
    ),
    (
        "flat, not shiny",
        False,
        HENHOUSE,
        "correction",
        _fix("paint the henhouse door flat blue", "paint the henhouse door matte blue"),
    ),
    (
        "powder blue, glossy is fine",
        False,
        HENHOUSE,
        "correction",
        _fix("paint the henhouse door glossy powder blue"),
    ),
    (
        "make it velvet instead",
        False,
        SCARECROW_COAT,
        "correction",
        _fix("give the scarecrow a velvet coat", "give the scarecrow a green velvet coat"),
    ),
    (
        "tweed would suit him better",
        False,
        SCARECROW_COAT,
        "correction",
        _fix("give the scarecrow a tweed coat", "give the scarecrow a green tweed coat"),
    ),
    (
        "should be patchwork, like an old quilt",
        False,
        SCARECROW_COAT,
        "correction",
        _fix("give the scarecrow a patchwork coat", "give the scarecrow a patchwork coat like an old quilt"),
    ),
    ("denim not green", False, SCARECROW_COAT, "correction", _fix("give the scarecrow a denim coat")),
    ("i said stripes not dots", False, SOFA_BOW, "correction", _fix("give the cat a striped bow")),
    ("tartan!! not spots", False, SOFA_BOW, "correction", _fix("give the cat a tartan bow")),
    (
        "satin would look nicer than dots",
        False,
        SOFA_BOW,
        "correction",
        _fix("give the cat a satin bow"),
    ),
    ("a daisy crown, not mixed flowers", False, GOAT, "correction", _fix("give the goat a daisy crown")),
    (
        "make it sunflowers instead",
        False,
        GOAT,
        "correction",
        _fix("give the goat a sunflower crown", "give the goat a crown of sunflowers"),
    ),
    (
        "oxblood, not that bright red",
        False,
        BARN,
        "correction",
        _fix("paint the barn oxblood", "paint the barn oxblood red"),
    ),
    (
        "weathered red pls, like its faded from the sun",
        False,
        BARN,
        "correction",
        _fix("paint the barn weathered red", "paint the barn a faded red", "paint the barn faded red"),
    ),
    ("red stain not paint, the wood should show", False, BARN, "correction", _fix("stain the barn red")),
    ("cream, not white white", False, DUCKS, "correction", _fix("make the mother duck cream")),
    ("silver grey, a bit shiny", False, HUTCH, "correction", _fix("make the big rabbit silver grey")),
    (
        "lighter grey pls like a dove",
        False,
        HUTCH,
        "correction",
        _fix("make the big rabbit light grey", "make the big rabbit lighter grey", "make the big rabbit dove grey"),
    ),
    (
        "knitted, not silk",
        False,
        LLAMA,
        "correction",
        _fix("put a red knitted scarf on the girl's llama", "put a knitted red scarf on the girl's llama"),
    ),
    (
        "woolly scarf, red's fine",
        False,
        LLAMA,
        "correction",
        _fix("put a red woolly scarf on the girl's llama", "put a woolly red scarf on the girl's llama"),
    ),
    (
        "a pink castle not a grey one",
        False,
        GOLDFISH,
        "correction",
        _fix("add a little pink castle in the goldfish bowl", "add a pink castle in the goldfish bowl"),
    ),
    ("pastel pink, that's neon", False, PONY, "correction", _fix("make the girl's riding helmet pastel pink")),
    ("hot pink i meant", False, PONY, "correction", _fix("make the girl's riding helmet hot pink")),
    ("i said lilac, not pink", False, PONY, "correction", _fix("make the girl's riding helmet lilac")),
    (
        "green but more like an emerald, not that minty thing",
        False,
        PARROT_FIX,
        "correction",
        _fix("make the parrot emerald green", "make the parrot emerald"),
    ),
    (
        "blue again but turquoise",
        False,
        PARROT_FIX,
        "correction",
        _fix("make the parrot turquoise", "make the parrot turquoise blue"),
    ),
    ("golden was wrong, i wanted silver", False, SHEEP[:2], "correction", _fix("make the sheepdog's coat silver")),
    (
        "black n white like a real collie pls",
        False,
        SHEEP[:2],
        "correction",
        _fix("make the sheepdog's coat black and white"),
    ),
    ("not matte either, satin finish", False, HENHOUSE_FIXED, "correction", _fix("paint the henhouse door satin blue")),
    ("mustard rather than red", False, HENHOUSE_RED, "correction", _fix("paint the henhouse mustard")),
    (
        "brick red, that one is too cherry",
        False,
        HENHOUSE_RED,
        "correction",
        _fix("paint the henhouse brick red"),
    ),
    ("leather not wool", False, LLAMA, "correction", _fix("put a red leather scarf on the girl's llama")),
    # near misses: a strength, a return, a new edit, a remark, or nothing to correct
    ("bit bluer?", False, PARROT, "retry", _retry("stronger")),
    ("too pink, tone it down", False, PONY, "retry", _retry("weaker")),
    ("try again, same colour", False, PARROT, "retry", _retry()),
    ("glossy was better actually, go back to it", False, HENHOUSE_FIXED, "goto", _goto(1)),
    ("velvet?", False, UPLOAD, "clarify", ()),
    ("i said stripes not dots", False, UPLOAD, "clarify", ()),
    ("pastel pink", False, UPLOAD, "clarify", ()),
    ("the red is perfect, thx", False, BARN, "talk", ()),
    ("is that oxblood or just normal red?", False, BARN, "talk", ()),
    ("why is it so shiny", False, HENHOUSE, "talk", ()),
    ("orange? nah keep the green", False, TRACTOR_GREEN, "talk", ()),
    (
        "ok now make the roof matte black",
        False,
        HENHOUSE,
        "edit",
        _edit("make the roof matte black", "make the henhouse roof matte black"),
    ),
    (
        "the coat's perfect but could the hat be velvet",
        False,
        SCARECROW_COAT,
        "edit",
        _edit("make the scarecrow's hat velvet", "make the hat velvet"),
    ),
    ("compare the glossy and the matte door", False, HENHOUSE_FIXED, "compare", _compare(1, 2)),
)
"""Corrections of the colour, finish, material or pattern; near misses that are a strength, a return or an edit."""

ADDITIONS: tuple[Dev, ...] = (
    # "the X too" / "and the X": the same change on another thing, on top of the last edit
    ("the cat too", False, SOFA, "edit", _edit("give the cat a red bandana")),
    ("and the cat", False, SOFA, "edit", _edit("give the cat a red bandana")),
    (
        "kitty needs one as well 😻",
        False,
        SOFA,
        "edit",
        _edit("give the kitty a red bandana", "give the cat a red bandana"),
    ),
    ("also the cat but a blue one", False, SOFA, "edit", _edit("give the cat a blue bandana")),
    ("the right one too", False, PADDOCK, "edit", _edit("make the horse on the right black")),
    ("and the farmer's dog", False, PADDOCK, "edit", _edit("make the farmer's dog black")),
    ("also the gate but white", False, PADDOCK, "edit", _edit("make the gate white")),
    ("the silo too", False, BARN, "edit", _edit("paint the silo red")),
    ("and the shed please, same colour", False, BARN, "edit", _edit("paint the shed red")),
    ("the tractor shed as well but green", False, BARN, "edit", _edit("paint the tractor shed green")),
    ("ducklings too pls", False, DUCKS, "edit", _edit("make the ducklings white")),
    ("the drake as well?", False, DUCKS, "edit", _edit("make the drake white")),
    (
        "a hen next to him too",
        False,
        HENS2,
        "edit",
        _edit("add a hen next to the rooster", "add a hen next to the rooster on the roof"),
    ),
    ("and a cat on the ramp", False, HENS2, "edit", _edit("add a cat on the ramp")),
    (
        "the kid too",
        False,
        GOAT,
        "edit",
        _edit("give the kid a flower crown", "give the kid goat a flower crown", "give the baby goat a flower crown"),
    ),
    (
        "also one for the little goat but smaller",
        False,
        GOAT,
        "edit",
        _edit("give the little goat a smaller flower crown", "give the little goat a smaller one"),
    ),
    (
        "and his dog next to him",
        False,
        TRACTOR,
        "edit",
        _edit(
            "add a dog next to the farmer", "add the farmer's dog next to the farmer", "add his dog next to the farmer"
        ),
    ),
    ("the trailer too, green", False, TRACTOR, "edit", _edit("make the trailer green")),
    ("the farmer's llama too", False, LLAMA, "edit", _edit("put a red scarf on the farmer's llama")),
    (
        "and the alpaca behind them",
        False,
        LLAMA,
        "edit",
        _edit("put a red scarf on the alpaca behind them", "put a red scarf on the alpaca behind the llamas"),
    ),
    (
        "the little one too",
        False,
        HUTCH,
        "edit",
        _edit("make the little rabbit grey", "make the small rabbit grey"),
    ),
    ("and the hutch roof, but green", False, HUTCH, "edit", _edit("make the hutch roof green")),
    ("the lambs too", False, SHEEP, "edit", _edit("make the lambs fluffier")),
    ("and the ram!", False, SHEEP, "edit", _edit("make the ram fluffier")),
    ("and its perch too", False, PARROT_FIX, "edit", _edit("make the perch green", "make the parrot's perch green")),
    ("same for the boy pls", False, PONY, "edit", _edit("make the boy's riding helmet pink")),
    ("his brother's as well", False, PONY, "clarify", ()),
    ("the cabbages too", False, SCARECROW, "edit", _edit("make the cabbages bigger")),
    ("also the barn door but yellow", False, HENHOUSE_RED, "edit", _edit("paint the barn door yellow")),
    (
        "i wanted the cat done, not the dog, but the dog looks cute so keep him and do the cat too",
        False,
        SOFA,
        "edit",
        _edit("give the cat a red bandana"),
    ),
    (
        "do the right horse too, but take it off the left one",
        False,
        PADDOCK,
        "correction",
        _fix("make the horse on the right black"),
    ),
    # a correction, not an addition: the same change moved to another thing
    ("no wait, the cat", False, SOFA, "correction", _fix("give the cat a red bandana")),
    ("scratch that, the right one", False, PADDOCK, "correction", _fix("make the horse on the right black")),
    ("no hang on, the silo, not the barn", False, BARN, "correction", _fix("paint the silo red")),
    ("wait, not her — the drake", False, DUCKS, "correction", _fix("make the drake white")),
    ("not a rooster, a weathervane", False, HENS2, "correction", _fix("add a weathervane on the roof")),
    (
        "the kid instead",
        False,
        GOAT,
        "correction",
        _fix("give the kid a flower crown", "give the kid goat a flower crown", "give the baby goat a flower crown"),
    ),
    ("not a farmer, a scarecrow lol", False, TRACTOR, "correction", _fix("add a scarecrow in the tractor's cab")),
    ("not hers, the farmer's", False, LLAMA, "correction", _fix("put a red scarf on the farmer's llama")),
    (
        "the little one instead",
        False,
        HUTCH,
        "correction",
        _fix("make the little rabbit grey", "make the small rabbit grey"),
    ),
    ("the shed instead of the barn", False, BARN, "correction", _fix("paint the shed red")),
    # near misses: nothing to add to, a question, a refusal
    ("the cat too", False, UPLOAD, "clarify", ()),
    ("and the dog", False, UPLOAD, "clarify", ()),
    ("does the cat have one too?", False, SOFA, "talk", ()),
    ("and the cat? nah leave her", False, SOFA, "talk", ()),
    ("the silo too, actually no forget it", False, BARN, "talk", ()),
    ("leave the ducklings as they are", False, DUCKS, "talk", ()),
    ("i'll do the ducklings later", False, DUCKS, "talk", ()),
    ("the lambs are fluffy enough already, leave them", False, SHEEP, "talk", ()),
    ("and the rooster? did you add him?", False, HENS2, "talk", ()),
    ("no wait", False, DUCKS, "clarify", ()),
    ("same for this one", True, AFTER_SOFA, "edit", _edit("give the dog a red bandana")),
    ("and the cat on this one", True, AFTER_SOFA, "edit", _edit("give the cat a red bandana")),
    ("same thing for this one, the left horse", True, AFTER_PADDOCK, "edit", _edit("make the horse on the left black")),
    ("here's the other paddock, the horses are at the back", True, AFTER_PADDOCK, "caption", ()),
)
"""The same change on another thing, on top or instead, and near misses with nothing to add to or no request."""

PRONOUNS: tuple[Dev, ...] = (
    # one referent fits: the edit with the thing named
    ("make him wave", False, TRACTOR, "edit", _edit("make the farmer wave")),
    ("give him a flat cap", False, TRACTOR, "edit", _edit("give the farmer a flat cap")),
    (
        "can you make him smile a bit more",
        False,
        TRACTOR,
        "edit",
        _edit("make the farmer smile a bit more", "make the farmer smile more"),
    ),
    ("make her bigger", False, GOAT, "edit", _edit("make the goat bigger")),
    (
        "put her on the left bale",
        False,
        GOAT,
        "edit",
        _edit("put the goat on the left bale", "move the goat to the left bale"),
    ),
    ("make him crow", False, HENS2, "edit", _edit("make the rooster crow")),
    ("turn him to face left", False, HENS2, "edit", _edit("turn the rooster to face left")),
    ("make him bigger, he's tiny", False, HENS2, "edit", _edit("make the rooster bigger")),
    ("make him sit up", False, SOFA2, "edit", _edit("make the dog sit up")),
    ("give him a pitchfork too", False, PADDOCK2, "edit", _edit("give the farmer a pitchfork")),
    ("turn them around", False, DUCKS_MULTI, "edit", _edit("turn the ducklings around")),
    ("make them fluffier", False, DUCKS_MULTI, "edit", _edit("make the ducklings fluffier")),
    ("do that to the barn too", False, HENHOUSE_RED, "edit", _edit("paint the barn red")),
    ("do the same to the gate", False, HENHOUSE_RED, "edit", _edit("paint the gate red")),
    (
        "do that to her pony's saddle too",
        False,
        PONY,
        "edit",
        _edit("make her pony's saddle pink", "make the girl's pony's saddle pink", "make the pony's saddle pink"),
    ),
    (
        "give her a matching jacket",
        False,
        PONY,
        "edit",
        _edit("give the girl a matching jacket", "give the girl a matching pink jacket", "give the girl a pink jacket"),
    ),
    ("make her wave at the camera", False, PONY, "edit", _edit("make the girl wave at the camera")),
    ("put them side by side", False, HUTCH_MULTI, "edit", _edit("put the rabbits side by side")),
    (
        "put it on the left",
        False,
        GOLDFISH,
        "edit",
        _edit("put the castle on the left", "move the castle to the left", "put the little castle on the left"),
    ),
    ("make it glow", False, GOLDFISH, "edit", _edit("make the castle glow", "make the little castle glow")),
    ("make it longer", False, LLAMA, "edit", _edit("make the scarf longer", "make the red scarf longer")),
    ("tie it in a bow", False, LLAMA, "edit", _edit("tie the scarf in a bow", "tie the red scarf in a bow")),
    (
        "put a crow on his shoulder",
        False,
        SCARECROW,
        "edit",
        _edit("put a crow on the scarecrow's shoulder"),
    ),
    ("make them more orange", False, SCARECROW, "edit", _edit("make the pumpkins more orange")),
    ("give her a tiny hat", False, DUCKS, "edit", _edit("give the mother duck a tiny hat")),
    (
        "make her swim towards the ducklings",
        False,
        DUCKS,
        "edit",
        _edit("make the mother duck swim towards the ducklings"),
    ),
    (
        "make him spread his wings",
        False,
        PARROT,
        "edit",
        _edit("make the parrot spread his wings", "make the parrot spread its wings"),
    ),
    ("now make it green", False, PARROT_MULTI, "edit", _edit("make the perch green")),
    ("make him run faster", False, SHEEP[:2], "edit", _edit("make the sheepdog run faster")),
    ("make it look brand new", False, TRACTOR_GREEN, "edit", _edit("make the tractor look brand new")),
    ("put a bell around her neck", False, GOAT, "edit", _edit("put a bell around the goat's neck")),
    ("make it rusty", False, BARN, "edit", _edit("make the barn rusty")),
    ("make them lie down in the straw", False, HUTCH_MULTI, "edit", _edit("make the rabbits lie down in the straw")),
    (
        "stick one on the silo too",
        False,
        BARN7[:3],
        "edit",
        _edit("add a weathervane on the silo", "stick a weathervane on the silo"),
    ),
    # two referents fit, or none: one short question
    ("make it bigger", False, GOAT, "clarify", ()),
    ("paint it blue", False, SOFA_MULTI, "clarify", ()),
    ("turn them around", False, BARN_CALVES, "clarify", ()),
    ("give her a bow", False, SOFA_MULTI, "clarify", ()),
    ("make him bigger", False, SOFA_MULTI, "clarify", ()),
    ("make her smile", False, LLAMA, "clarify", ()),
    ("make him bigger", False, UPLOAD, "clarify", ()),
    ("do that to the barn too", False, UPLOAD, "clarify", ()),
    # near misses: remarks and questions about who is in the photo
    ("he looks so real omg", False, TRACTOR, "talk", ()),
    ("she's adorable now 🥹", False, GOAT, "talk", ()),
    ("what's she holding?", False, PONY, "talk", ()),
    ("can you make animals wave?", False, TRACTOR, "talk", ()),
    ("where did u put him", False, TRACTOR, "talk", ()),
    ("is it too much on her?", False, LLAMA, "talk", ()),
)
"""Pronouns after an edit: one referent (the edit with it named), two or none (a question); remarks about them."""

MULTI: tuple[Dev, ...] = (
    # two edits asked for in one message, then partly taken back or changed
    ("no, only the first one", False, LLAMA_FENCE, "undo", _goto(1)),
    ("just the fence, not the gate", False, LLAMA_FENCE, "undo", _goto(1)),
    ("the gate should stay as it was", False, LLAMA_FENCE, "undo", _goto(1)),
    (
        "only the gate, leave the fence wooden",
        False,
        LLAMA_FENCE,
        "correction",
        _over(0, "paint the gate white"),
    ),
    (
        "both in cream instead",
        False,
        LLAMA_FENCE,
        "correction",
        _over(0, "paint the fence cream", "paint the gate cream"),
    ),
    ("gate in green, not white", False, LLAMA_FENCE, "correction", _fix("paint the gate green")),
    ("the fence is fine, the gate should be red tho", False, LLAMA_FENCE, "correction", _fix("paint the gate red")),
    (
        "only 2 more ducklings, not 3",
        False,
        DUCKS_MULTI,
        "correction",
        _fix("add two more ducklings", "add 2 more ducklings"),
    ),
    ("keep the bag gone but drop the extra ducklings", False, DUCKS_MULTI, "undo", _goto(1)),
    (
        "actually put the bag back, keep the ducklings",
        False,
        DUCKS_MULTI,
        "correction",
        _over(0, "add three more ducklings"),
    ),
    ("no, only the second thing", False, DUCKS_MULTI, "correction", _over(0, "add three more ducklings")),
    ("i only wanted the big one grey", False, HUTCH_MULTI, "undo", _goto(1)),
    (
        "just the small one pls",
        False,
        HUTCH_MULTI,
        "correction",
        _over(0, "make the small rabbit grey"),
    ),
    ("the small one white, not grey", False, HUTCH_MULTI, "correction", _fix("make the small rabbit white")),
    (
        "both should be white",
        False,
        HUTCH_MULTI,
        "correction",
        _over(0, "make the big rabbit white", "make the small rabbit white"),
    ),
    (
        "the cat was fine, keep the dog tho",
        False,
        SOFA_MULTI,
        "correction",
        _over(0, "make the dog black"),
    ),
    (
        "dog's perfect, cat should be grey",
        False,
        SOFA_MULTI,
        "correction",
        _over(0, "make the cat grey", "make the dog black"),
    ),
    ("the dog should be brown not black", False, SOFA_MULTI, "correction", _fix("make the dog brown")),
    ("undo the dog one", False, SOFA_MULTI, "undo", _goto(1)),
    ("undo both", False, SOFA_MULTI, "undo", _goto(0)),
    ("not the perch, the cage", False, PARROT_MULTI, "correction", _fix("make the cage gold")),
    ("first one's great, second one no", False, PARROT_MULTI, "undo", _goto(1)),
    (
        "the other way round: parrot gold, perch blue",
        False,
        PARROT_MULTI,
        "correction",
        _over(0, "make the parrot gold", "make the perch blue"),
    ),
    ("just the coat, forget the pumpkins", False, SCARECROW, "undo", _goto(1)),
    (
        "the pumpkins only, the coat can go",
        False,
        SCARECROW,
        "correction",
        _over(0, "make the pumpkins bigger"),
    ),
    (
        "fence white is good but gate should be black, and paint the shed white too",
        False,
        LLAMA_FENCE,
        "correction",
        _over(1, "paint the gate black", "paint the shed white"),
    ),
    ("drop the second one", False, HUTCH_MULTI, "undo", _goto(1)),
    ("only the parrot pls, perch was better before", False, PARROT_MULTI, "undo", _goto(1)),
    (
        "bag removal is good but i wanted swans not ducklings",
        False,
        DUCKS_MULTI,
        "correction",
        _fix("add three swans"),
    ),
    # near misses: praise, a question, a look, nothing to take back, or a new edit
    ("both look great", False, LLAMA_FENCE, "talk", ()),
    ("which one did you do first?", False, LLAMA_FENCE, "history", HISTORY),
    ("only the first one", False, UPLOAD, "clarify", ()),
    ("just the fence, not the gate", False, UPLOAD, "clarify", ()),
    ("no, only the first one", False, PARROT, "clarify", ()),
    ("show me just the fence one", False, LLAMA_FENCE, "show", _show(1)),
    ("compare fence only vs fence and gate", False, LLAMA_FENCE, "compare", _compare(1, 2)),
    ("now the barn door as well, same white", False, LLAMA_FENCE, "edit", _edit("paint the barn door white")),
    ("not the gate... hm actually fine keep it", False, LLAMA_FENCE, "talk", ()),
    ("one of them is wrong", False, SOFA_MULTI, "clarify", ()),
)
"""Corrections of a two-request message: keep one, redo one, change one; near misses with nothing to take back."""

REMARKS: tuple[Dev, ...] = (
    # a remark about the wrong thing: a correction when the meant thing is clear, else a question
    ("lol it painted the wrong horse", False, PADDOCK, "correction", _fix("make the horse on the right black")),
    ("haha you got the wrong cow", False, BARN2, "clarify", ()),
    ("the cat was fine", False, SOFA_CAT, "undo", _goto(0)),
    ("the cat was fine", False, SOFA, "clarify", ()),
    ("looks good but the dog is now purple too", False, SOFA_CUSHION, "clarify", ()),
    ("nice, but why is the calf wearing a bell now too", False, BARN2, "clarify", ()),
    ("the horse on the right got darker too??", False, PADDOCK, "clarify", ()),
    ("that's the wrong hen but whatever, it's cute", False, HENS, "talk", ()),
    ("lol the goat looks like a hippie now", False, GOAT, "talk", ()),
    ("you did the pony not the helmet 😂 again pls", False, PONY, "retry", _retry()),
    ("it put the castle outside the bowl lol, redo", False, GOLDFISH, "retry", _retry()),
    ("wrong duck 🙃", False, DUCKS, "clarify", ()),
    ("the drake was the one i meant lol", False, DUCKS, "correction", _fix("make the drake white")),
    (
        "oh no it changed the wrong rabbit",
        False,
        HUTCH,
        "correction",
        _fix("make the small rabbit grey", "make the little rabbit grey"),
    ),
    ("the farmer was fine without a hat", False, PADDOCK2, "undo", _goto(1)),
    ("the farmer looks weird now", False, PADDOCK2, "clarify", ()),
    ("omg wrong parrot... wait there's only one lol nvm", False, PARROT, "talk", ()),
    ("the rooster's on the wrong roof", False, HENS2, "clarify", ()),
    ("the hay bale was meant to stay yellow", False, GOAT, "clarify", ()),
    ("funny, the scarecrow looks like my uncle", False, SCARECROW, "talk", ()),
    ("the lambs look like popcorn now 😂", False, SHEEP, "talk", ()),
    ("that's the wrong tractor", False, TRACTOR, "clarify", ()),
    (
        "the wrong goat got the crown, it was meant for the kid",
        False,
        GOAT,
        "correction",
        _fix("give the kid a flower crown", "give the kid goat a flower crown", "give the baby goat a flower crown"),
    ),
    ("hm the second try put it on the kid again", False, GOAT_RETRIED, "clarify", ()),
    ("the first crown was better, back to that one", False, GOAT_RETRIED, "goto", _goto(1)),
    ("her brother looks left out lol", False, PONY, "talk", ()),
    ("the dog's bandana is nice but the cat looks jealous 😹", False, SOFA, "talk", ()),
    ("the pumpkins were big enough before", False, SCARECROW, "undo", _goto(1)),
    # references to things: a round found by what its edit changed, or none
    ("show me the horse before you painted it", False, PADDOCK2, "show", _show(0)),
    ("go back to when the left horse was still brown", False, PADDOCK2, "goto", _goto(0)),
    ("compare the bandana dog with the original", False, SOFA2, "compare", _compare(0, 1)),
    ("back to just before the crows", False, TRACTOR6, "goto", _goto(3)),
    ("the first edit, show me", False, TRACTOR6, "show", _show(1)),
    ("two steps back pls, the sky's too orange", False, TRACTOR6, "goto", _goto(4)),
    ("before the hat", False, SCARECROW, "clarify", ()),
    ("show me round 9", False, SCARECROW, "clarify", ()),
    ("back to before the weathervane", False, BARN7, "goto", _goto(1)),
    ("the version with the churn but no swallows", False, BARN7, "clarify", ()),
    ("compare the red barn with the misty one", False, BARN7, "compare", _compare(1, 7)),
    ("when were the cows still brown? show me", False, BARN7, "show", _show(2)),
    ("show me the version before the lily pad", False, DUCKS2, "show", _show(1)),
    ("back to the blue parrot", False, PARROT_FIX, "goto", _goto(1)),
    ("put the blue and the green parrot side by side", False, PARROT_FIX, "compare", _compare(1, 2)),
    ("what did you change on the cow?", False, BARN2, "status", STATUS),
)
"""Remarks that mention the wrong thing or a side effect without asking, and references to rounds by their things."""

R32C: tuple[Dev, ...] = (*THING, *VALUE, *ADDITIONS, *PRONOUNS, *MULTI, *REMARKS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: corrections and additions act on the current round
    (1, ("no wait, the cat", False, SOFA2, "correction", _fix("give the cat a red bandana"))),
    (0, ("the cat too", False, SOFA, "clarify", ())),
    (1, ("the right one too", False, PADDOCK2, "edit", _edit("make the horse on the right black"))),
    (1, ("wrong horse", False, PADDOCK2, "correction", _fix("make the horse on the right black"))),
    (1, ("the shed too", False, LLAMA_FENCE, "edit", _edit("paint the shed white"))),
    (1, ("gate in red then", False, LLAMA_FENCE, "edit", _edit("paint the gate red"))),
    (1, ("not white, cream", False, LLAMA_FENCE, "correction", _fix("paint the fence cream"))),
    (2, ("make him wave", False, TRACTOR6, "edit", _edit("make the farmer wave"))),
    (3, ("redo the crows", False, TRACTOR6, "redo", _goto(4))),
    (
        2,
        (
            "not the cab, the trailer",
            False,
            TRACTOR6,
            "correction",
            _fix("add a farmer on the trailer", "add a farmer on the tractor's trailer"),
        ),
    ),
    (
        1,
        (
            "the small one instead",
            False,
            HUTCH_MULTI,
            "correction",
            _fix("make the small rabbit grey", "make the little rabbit grey"),
        ),
    ),
    (1, ("paint it navy instead", False, PARROT_MULTI, "correction", _fix("make the parrot navy"))),
    (1, ("the perch too", False, PARROT_MULTI, "edit", _edit("make the perch blue"))),
    (1, ("the calves too", False, BARN_CALVES, "edit", _edit("make the calves black and white"))),
    (1, ("turn them around", False, BARN_CALVES, "edit", _edit("turn the cows around"))),
    (1, ("the drake too", False, DUCKS2, "edit", _edit("make the drake white"))),
    (1, ("compare this with the lily pad one", False, DUCKS2, "compare", _compare(1, 2))),
    (0, ("not the mother, the drake", False, DUCKS2, "clarify", ())),
    (1, ("his, not hers", False, PADDOCK_HAT2, "correction", _fix("give the farmer a straw hat"))),
    (1, ("the perch too", False, PARROT_FIX, "edit", _edit("make the perch blue"))),
    (
        1,
        (
            "make it velvet",
            False,
            SCARECROW,
            "edit",
            _edit("make the coat velvet", "make the scarecrow's coat velvet", "make the green coat velvet"),
        ),
    ),
    (
        0,
        (
            "wrong rabbit, do the little one",
            False,
            HUTCH_MULTI,
            "edit",
            _edit("make the little rabbit grey", "make the small rabbit grey"),
        ),
    ),
    (1, ("make her bigger", False, GOAT_RETRIED, "edit", _edit("make the goat bigger"))),
    (4, ("bring back the greener grass", False, BARN7, "redo", _goto(5))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r32c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R32C`, then the moved ones)."""
    return with_moved(R32C, "r32c", MOVED, "r32c_moved")
