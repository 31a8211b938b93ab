"""Round 37, set c: the clarify row and its neighbours, turns whose right answer is one short question
because the words alone cannot be acted on, mixed with turns that look like them and are clear.

Written by hand in round 37 from what a demanding user wants (issue 10's table of behaviours: "not sure
-> one short clarifying question, nothing stored", and "an edit is made only when the turn asks for
one"), before the dialogue model was run on any of it, about photos no other set uses, all of weather
and seasons in small towns: a snowed-in high street with a post office and a bakery (once with a gritter
lorry removed, once followed by a photo of the seafront), a flooded riverside path, a heatwave at a
public fountain, autumn leaves on a school run, a foggy harbour wall, a hailstorm on parked cars, a
rainbow over allotments and a windy seafront with umbrellas. Sessions have 0 to 5 edits; some have a
retry or a correction beside the first try (a sibling made from the same parent), an edit made after an
undo (a branch) or a second photo, and some turns come after an undo or a goto (the current round an
older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): a pronoun or "that one" with nothing it can
point to ("get rid of him pls", "make it yellow now" right after a removal, "make it shinier" after an
edit of two things); half-finished or cut-off requests and a word alone ("replace the seagull with a",
"umbrellas", "red"); choices left open and contradictions ("red or yellow for the umbrella? hmm",
"remove the rainbow but keep it"); vague wishes ("can you fix the vibe", "make it look expensive"); a
thing, a place or a round the session never had ("undo the rainbow" when no rainbow was edited, "round
6" in a five-edit session, "same umbrella trick" after a snow edit); and looking back, comparing two
states or going back to one described by what it shows, where the description is enough ("back to the
version with the seagull but no glowing lamps") or is not ("back to the good one", "compare the two"
in a six-round session). About half of each family are near misses whose right answer is another act:
the same words with a referent or a finished request, an option taken, a colour alone after an edit
(a correction), "stronger" or "again" after an edit, a round that exists. The cases have the
development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current
round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
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

TWO_PHOTOS = ((None, None), (None, None))
"""A first photo with no edit, then a second upload."""
SNOW = ((None, None), (0, "clear the snow off the pavement"))
"""A snowed-in high street with a post office and a bakery, with one edit."""
SNOW3 = (*SNOW, (1, "add warm light in the shop windows"), (2, "put a snowman outside the bakery"))
"""The snowed-in high street with three edits, each on the one before."""
GRITTER = ((None, None), (0, "remove the gritter lorry"))
"""The snowed-in high street with its gritter lorry removed: nothing left for "it" to point to."""
AFTER_SNOW = (*SNOW, (None, None))
"""The snowed-in high street with one edit, then a photo of a windy seafront."""
FLOOD = ((None, None), (0, "make the floodwater muddy brown"), (1, "add a heron standing in the water"))
"""A flooded riverside path with a bench half under water, with two edits."""
FLOOD_WATER = FLOOD[:2]
"""The flooded riverside path with only the floodwater edit."""
FOUNTAIN = (
    (None, None),
    (0, "add kids splashing in the fountain"),
    (1, "make the sky hazy"),
    (2, "add an ice cream van by the railings"),
)
"""A heatwave at a public fountain in a town square, with three edits, each on the one before."""
FOUNTAIN_RAILS = ((None, None), (0, "paint the railings and the lamp post green"))
"""The fountain in the heatwave with one edit of two things."""
LEAVES = ((None, None), (0, "make the leaves on the pavement bright orange"), (1, "give the girl a red raincoat"))
"""Autumn leaves on a school run, a girl and her dad walking to the gate, with two edits of two things."""
LEAVES_ONE = LEAVES[:2]
"""The school run with only the leaves edit."""
AFTER_LEAVES = (*LEAVES, (None, None))
"""The school run with two edits, then a second photo of the same street."""
HARBOUR = (
    (None, None),
    (0, "make the fog thicker"),
    (1, "add a lighthouse at the end of the wall"),
    (2, "add a seagull on the bollard"),
    (3, "make the lamp posts glow"),
    (4, "add a fisherman on the wall"),
)
"""A foggy harbour wall with lamp posts and bollards, with five edits, each on the one before."""
HARBOUR_GULL = HARBOUR[:4]
"""The foggy harbour wall up to the seagull edit."""
HAIL = ((None, None), (0, "make the hailstones bigger"))
"""A hailstorm on cars parked along a village street, with one edit."""
HAIL_FIXED = (*HAIL, (0, "add dents to the car roofs"))
"""The hailstorm after a correction: round 2 was made from the original, beside round 1."""
AFTER_HAIL = (*HAIL, (None, None))
"""The hailstorm with one edit, then a second hailstorm photo."""
ALLOTMENT = ((None, None), (0, "make the rainbow brighter"), (1, "add a scarecrow in the bean rows"))
"""A rainbow over allotments with sheds and bean poles, with two edits."""
ALLOT_BRANCH = (*ALLOTMENT, (1, "add a shed with a green door"))
"""The allotments after an undo: round 3 was made from round 1, beside round 2."""
SEAFRONT = ((None, None), (0, "turn the red umbrella inside out"))
"""A windy seafront with people fighting their umbrellas, with one edit."""
SEA_RETRIED = (*SEAFRONT, (0, "turn the red umbrella inside out"))
"""The windy seafront after a retry: round 2 is a second try of round 1, from the original."""
AFTER_SEA = (*SEAFRONT, (None, None))
"""The windy seafront with one edit, then a second seafront photo."""

POINTERS: tuple[Dev, ...] = (
    # a pronoun or "that one" with nothing it can point to, or two things it could point to
    ("can you move it a bit further from the lamp post", False, UPLOAD, "clarify", ()),
    ("make that one loads darker", False, UPLOAD, "clarify", ()),
    ("get rid of him pls hes ruining it", False, UPLOAD, "clarify", ()),
    ("put her under an umbrella", False, UPLOAD, "clarify", ()),
    ("turn them all white", False, UPLOAD, "clarify", ()),
    ("that thing by the door, lose it", False, UPLOAD, "clarify", ()),
    ("can u make this one match the other", False, UPLOAD, "clarify", ()),
    ("it needs to be way bigger tbh", False, TWO_PHOTOS, "clarify", ()),
    ("those ones, less shiny", False, UPLOAD, "clarify", ()),
    ("nudge it over towards the bakery a bit", False, UPLOAD, "clarify", ()),
    ("make it yellow now", False, GRITTER, "clarify", ()),
    ("can u make it a bit shinier", False, FOUNTAIN_RAILS, "clarify", ()),
    ("now put it on the other side of the path", False, FOUNTAIN_RAILS, "clarify", ()),
    ("and that other one??", False, LEAVES, "clarify", ()),
    ("her too", False, SNOW, "clarify", ()),
    ("him as well pls", False, HAIL, "clarify", ()),
    ("do that to this", False, UPLOAD, "clarify", ()),
    ("swap them round", False, LEAVES, "clarify", ()),
    ("can it be more like that", False, SEAFRONT, "clarify", ()),
    ("same as that one pls", False, HARBOUR, "clarify", ()),
    ("make this one the same colour as the one on the left", False, UPLOAD, "clarify", ()),
    ("put it back where it was", False, UPLOAD, "clarify", ()),
    ("them too, but in blue", False, UPLOAD, "clarify", ()),
    ("here's the seafront one. make it blue pls", True, UPLOAD, "clarify", ()),
    ("wot is that, can u remove it", False, UPLOAD, "clarify", ()),
    ("Please make her smile.", False, SNOW3, "clarify", ()),
    ("make the two of them hold hands", False, FLOOD, "clarify", ()),
    ("do the same here", True, TWO_PHOTOS, "clarify", ()),
    # near misses: the pronoun has one clear referent, or names the photo or the weather
    (
        "make him wear a flat cap",
        False,
        ALLOTMENT,
        "edit",
        _edit("make the scarecrow wear a flat cap", "give the scarecrow a flat cap"),
    ),
    (
        "its too small, make it twice the size",
        False,
        FLOOD,
        "edit",
        _edit("make the heron twice the size", "make the heron twice as big"),
    ),
    (
        "light blue instead of green",
        False,
        FOUNTAIN_RAILS,
        "correction",
        _fix("paint the railings and the lamp post light blue"),
    ),
    ("give it a carrot nose and a scarf", False, SNOW3, "edit", _edit("give the snowman a carrot nose and a scarf")),
    ("the girl, give her yellow wellies", False, LEAVES, "edit", _edit("give the girl yellow wellies")),
    (
        "see the dog on the path? make it a dalmatian",
        False,
        LEAVES,
        "edit",
        _edit("make the dog on the path a dalmatian", "make the dog a dalmatian"),
    ),
    (
        "make it look like its taking off from the bollard",
        False,
        HARBOUR_GULL,
        "edit",
        _edit(
            "make the seagull look like it's taking off from the bollard",
            "make the seagull look like its taking off from the bollard",
            "make the seagull take off from the bollard",
        ),
    ),
    (
        "make her coat longer pls",
        False,
        LEAVES,
        "edit",
        _edit("make the girl's coat longer", "make the girl's raincoat longer", "make her coat longer"),
    ),
    ("even bigger, they still look like peas", False, HAIL, "retry", _retry("stronger")),
    ("the van, make it pink 🍦", False, FOUNTAIN, "edit", _edit("make the ice cream van pink", "make the van pink")),
    ("make it rain on this one", False, UPLOAD, "edit", _edit("make it rain", "add rain")),
    (
        "it's way too dark, brighten it up",
        False,
        UPLOAD,
        "edit",
        _edit(
            "brighten it up",
            "brighten it",
            "brighten the photo",
            "brighten the photo up",
            "make the photo brighter",
        ),
    ),
    (
        "make it look like it's snowing",
        False,
        FOUNTAIN,
        "edit",
        _edit("make it look like it's snowing", "make it snow", "add falling snow"),
    ),
    (
        "the lady in the red coat, give her an umbrella",
        False,
        UPLOAD,
        "edit",
        _edit("give the lady in the red coat an umbrella"),
    ),
    ("actually no put it back, i miss it", False, GRITTER, "undo", _goto(0)),
    ("its too strong, tone it down", False, FLOOD_WATER, "retry", _retry("weaker")),
    ("do it again, it looks fake", False, SEAFRONT, "retry", _retry()),
    ("not that one, the blue umbrella", False, SEAFRONT, "correction", _fix("turn the blue umbrella inside out")),
    ("this one, same thing pls", True, AFTER_HAIL, "edit", _edit("make the hailstones bigger")),
    ("the first try was better, go back to it", False, SEA_RETRIED, "goto", _goto(1)),
    (
        "make the railings shinier, not the lamp post",
        False,
        FOUNTAIN_RAILS,
        "edit",
        _edit("make the railings shinier"),
    ),
    (
        "make it yellow with a hood",
        False,
        LEAVES,
        "edit",
        _edit("make the girl's raincoat yellow with a hood", "make the raincoat yellow with a hood"),
    ),
    ("make him smile", False, HARBOUR, "edit", _edit("make the fisherman smile")),
    (
        "paint its roof red",
        False,
        ALLOT_BRANCH,
        "edit",
        _edit("paint the shed's roof red", "paint the roof of the shed red", "paint the shed roof red"),
    ),
)
"""A pronoun or "that one" with nothing (or two things) to point to, and near misses with one referent."""

CUT_OFF: tuple[Dev, ...] = (
    # half-finished or cut-off requests, and a word alone
    ("could you put a", False, UPLOAD, "clarify", ()),
    ("make the sky more", False, UPLOAD, "clarify", ()),
    ("remove the", False, SNOW, "clarify", ()),
    ("add some.... hmm", False, UPLOAD, "clarify", ()),
    ("change the colour of the umbrellas to", False, SEAFRONT, "clarify", ()),
    ("i want the fog to be", False, HARBOUR, "clarify", ()),
    ("turn the", False, HAIL, "clarify", ()),
    ("leaves", False, UPLOAD, "clarify", ()),
    ("fog??", False, UPLOAD, "clarify", ()),
    ("rainbow", False, UPLOAD, "clarify", ()),
    ("umbrellas", False, SEAFRONT, "clarify", ()),
    ("the railings", False, UPLOAD, "clarify", ()),
    ("puddles?", False, FLOOD_WATER, "clarify", ()),
    ("so can we", False, LEAVES, "clarify", ()),
    ("wait, also the", False, SNOW3, "clarify", ()),
    ("make it look more like", False, FOUNTAIN, "clarify", ()),
    ("i was thinking maybe we could", False, UPLOAD, "clarify", ()),
    ("and then", False, ALLOTMENT, "clarify", ()),
    ("pls can u chang", False, UPLOAD, "clarify", ()),
    ("move the bench to", False, UPLOAD, "clarify", ()),
    ("replace the seagull with a", False, HARBOUR, "clarify", ()),
    ("the lighthouse should be", False, HARBOUR, "clarify", ()),
    ("give the kids", False, FOUNTAIN, "clarify", ()),
    ("make the snowman wear a", False, SNOW3, "clarify", ()),
    ("red", False, UPLOAD, "clarify", ()),
    ("original?", False, HARBOUR, "clarify", ()),
    ("ok so first", False, TWO_PHOTOS, "clarify", ()),
    ("this is the river path after the storm, can you", True, UPLOAD, "caption", ()),
    # near misses: the request is finished, or the word alone has an edit to act on
    ("make the sky more dramatic", False, UPLOAD, "edit", _edit("make the sky more dramatic")),
    ("remove the shovel leaning on the wall", False, SNOW, "edit", _edit("remove the shovel leaning on the wall")),
    ("snowman!!! add one by the post box ☃️", False, SNOW, "edit", _edit("add a snowman by the post box")),
    (
        "fog pls, loads of it, over the water",
        False,
        UPLOAD,
        "edit",
        _edit("add loads of fog over the water", "add fog over the water", "add lots of fog over the water"),
    ),
    ("railings black", False, UPLOAD, "edit", _edit("make the railings black", "railings black")),
    (
        "change the colour of the umbrellas to yellow",
        False,
        SEAFRONT,
        "edit",
        _edit("change the colour of the umbrellas to yellow", "make the umbrellas yellow"),
    ),
    (
        "I want that the fog is more thin now",
        False,
        HARBOUR,
        "edit",
        _edit("make the fog thinner", "make the fog more thin", "the fog is more thin"),
    ),
    ("replace the seagull with a cormorant", False, HARBOUR, "edit", _edit("replace the seagull with a cormorant")),
    (
        "the lighthouse should be red and white striped",
        False,
        HARBOUR,
        "edit",
        _edit("make the lighthouse red and white striped", "the lighthouse should be red and white striped"),
    ),
    ("give the kids water pistols", False, FOUNTAIN, "edit", _edit("give the kids water pistols")),
    ("move the bench into the shade", False, UPLOAD, "edit", _edit("move the bench into the shade")),
    (
        "pls can u change the sky to a sunset",
        False,
        UPLOAD,
        "edit",
        _edit("change the sky to a sunset", "make the sky a sunset"),
    ),
    ("stronger", False, FLOOD_WATER, "retry", _retry("stronger")),
    ("again", False, HAIL_FIXED, "retry", _retry()),
    ("undo", False, LEAVES, "undo", _goto(1)),
    (
        "yellow",
        False,
        LEAVES_ONE,
        "correction",
        _fix(
            "make the leaves on the pavement bright yellow",
            "make the leaves on the pavement yellow",
            "make the leaves bright yellow",
        ),
    ),
    ("make the snowman wear a bobble hat", False, SNOW3, "edit", _edit("make the snowman wear a bobble hat")),
    ("original pls", False, HARBOUR, "goto", _goto(0)),
    ("puddles everywhere pls", False, UPLOAD, "edit", _edit("add puddles everywhere", "puddles everywhere")),
    ("the railings, make them rusty", False, UPLOAD, "edit", _edit("make the railings rusty")),
    (
        "ok so first, the sky: make it grey and heavy",
        False,
        TWO_PHOTOS,
        "edit",
        _edit("make the sky grey and heavy"),
    ),
    (
        "this is the river path after the storm, can you make the water deeper",
        True,
        UPLOAD,
        "edit",
        _edit("make the water deeper"),
    ),
)
"""Half-finished or cut-off requests and a word alone, and near misses that are finished or clear."""

CHOICES: tuple[Dev, ...] = (
    # a choice left open, or a request that contradicts itself
    ("red or yellow for the umbrella? hmm", False, UPLOAD, "clarify", ()),
    ("not sure if i want snow or rain on the street", False, UPLOAD, "clarify", ()),
    ("make the heron bigger or smaller, not sure which looks better", False, FLOOD, "clarify", ()),
    ("add a boat, or maybe a swan, or both?", False, FLOOD_WATER, "clarify", ()),
    ("brighter but also darker somehow", False, HARBOUR, "clarify", ()),
    ("remove the rainbow but keep it", False, ALLOTMENT, "clarify", ()),
    ("keep the snow. remove the snow. ugh you know what i mean", False, UPLOAD, "clarify", ()),
    ("the leaves should be green. no, orange. or green?", False, UPLOAD, "clarify", ()),
    ("go back to round 1 or 2, whichever had the better fog", False, HARBOUR, "clarify", ()),
    ("one of the cars needs more dents", False, HAIL_FIXED, "clarify", ()),
    ("blue or green door on the shed, can't decide", False, ALLOT_BRANCH, "clarify", ()),
    ("either clear the snow or add more, dunno", False, UPLOAD, "clarify", ()),
    ("make the sea dead calm but with huge waves crashing", False, UPLOAD, "clarify", ()),
    ("more fog, less fog, i honestly dont know anymore", False, HARBOUR, "clarify", ()),
    ("undo... no wait, keep it... or undo?", False, SEAFRONT, "clarify", ()),
    ("maybe add a rainbow, maybe not", False, UPLOAD, "clarify", ()),
    ("should the scarecrow be on the left or the right?", False, ALLOTMENT, "clarify", ()),
    ("pelican or puffin instead of the gull, let me think", False, HARBOUR, "talk", ()),
    ("make the girl taller or the kids shorter", False, LEAVES, "clarify", ()),
    ("compare 1 with 2 or 3", False, HARBOUR, "clarify", ()),
    ("go back to the original or maybe just one step", False, SNOW3, "clarify", ()),
    ("pink van or purple van... both look good in my head", False, FOUNTAIN, "clarify", ()),
    ("stormy sky, or sunny? the hail looks odd either way", False, HAIL, "clarify", ()),
    # near misses: the option is taken, the last word wins, or nothing is asked
    ("red or yellow for the umbrella... yellow. do yellow", False, UPLOAD, "edit", _edit("make the umbrella yellow")),
    (
        "snow or rain? rain. heavy rain on the street pls",
        False,
        UPLOAD,
        "edit",
        _edit("add heavy rain on the street", "heavy rain on the street"),
    ),
    ("make the heron smaller, no wait, bigger", False, FLOOD, "edit", _edit("make the heron bigger")),
    ("add a swan, no, a duck", False, FLOOD_WATER, "edit", _edit("add a duck")),
    ("green door looked good but try blue", False, ALLOT_BRANCH, "correction", _fix("add a shed with a blue door")),
    ("round 1 or 2... round 2, the lighthouse one. go there", False, HARBOUR, "goto", _goto(2)),
    (
        "the silver car needs more dents",
        False,
        HAIL_FIXED,
        "edit",
        _edit("add more dents to the silver car", "give the silver car more dents"),
    ),
    (
        "keep the snow, just clear the road",
        False,
        UPLOAD,
        "edit",
        _edit("clear the road", "clear the snow off the road", "clear the road of snow"),
    ),
    ("thicker fog? yes, go for it", False, UPLOAD, "edit", _edit("make the fog thicker", "thicker fog")),
    ("undo... no wait, keep it", False, SEA_RETRIED, "talk", ()),
    ("i'll go with the big hailstones one", False, HAIL_FIXED, "goto", _goto(1)),
    ("dont touch anything else, just make the sky pinker", False, UPLOAD, "edit", _edit("make the sky pinker")),
    ("the leaves should be green. no, orange. orange!", False, UPLOAD, "edit", _edit("make the leaves orange")),
    ("stormy or sunny? stormy. make the sky stormy", False, HAIL, "edit", _edit("make the sky stormy")),
    ("compare 1 with 3, not 2", False, HARBOUR, "compare", _compare(1, 3)),
    ("one step back, not all the way to the original", False, SNOW3, "undo", _goto(2)),
    ("move the scarecrow to the left", False, ALLOTMENT, "edit", _edit("move the scarecrow to the left")),
    (
        "pink van or purple? pink, paint it pink",
        False,
        FOUNTAIN,
        "edit",
        _edit("paint the ice cream van pink", "paint the van pink"),
    ),
    (
        "boat or swan.. swan! put one near the bank",
        False,
        FLOOD_WATER,
        "edit",
        _edit("put a swan near the bank", "add a swan near the bank"),
    ),
    (
        "both: add a rowing boat by the bench, and put a swan near the bank",
        False,
        FLOOD_WATER,
        "edit",
        _edits("add a rowing boat by the bench", ("put a swan near the bank", "add a swan near the bank")),
    ),
    ("no, leave it as it is", False, SEAFRONT, "talk", ()),
    ("make the girl taller", False, LEAVES, "edit", _edit("make the girl taller")),
)
"""Choices left open and contradictions, and near misses where the option is taken."""

VAGUE: tuple[Dev, ...] = (
    # vague wishes: no object, no direction, or only a feeling
    ("make it nicer for insta", False, UPLOAD, "clarify", ()),
    ("needs a bit of something", False, SNOW, "clarify", ()),
    ("can you fix the vibe", False, HARBOUR, "clarify", ()),
    ("more mood pls", False, UPLOAD, "clarify", ()),
    ("hmm it doesnt feel right yet", False, FOUNTAIN, "clarify", ()),
    ("something seasonal?", False, UPLOAD, "clarify", ()),
    ("make it more... you know... autumny but not", False, LEAVES, "clarify", ()),
    ("give it the wow factor 🤩", False, SEAFRONT, "clarify", ()),
    ("i want people to feel the cold", False, SNOW3, "clarify", ()),
    ("clean it up a bit", False, UPLOAD, "clarify", ()),
    ("make it less boring", False, FLOOD_WATER, "clarify", ()),
    ("tweak the colours", False, UPLOAD, "clarify", ()),
    ("do something with the sky", False, ALLOTMENT, "clarify", ()),
    ("the corner looks weird", False, HARBOUR, "clarify", ()),
    ("somethings wrong with the water", False, FLOOD, "clarify", ()),
    ("make it look expensive", False, UPLOAD, "clarify", ()),
    ("fix the colours, the leaves look wrong", False, LEAVES, "clarify", ()),
    ("Could you make it more emotional", False, HAIL, "clarify", ()),
    ("i want it to look like a memory", False, UPLOAD, "clarify", ()),
    ("make it feel like home", False, ALLOT_BRANCH, "clarify", ()),
    ("can u do a seasonal thing on this one", True, AFTER_LEAVES, "clarify", ()),
    ("better", False, HAIL, "clarify", ()),
    # near misses: the vague wish comes with a concrete request, or an edit to try again
    (
        "needs something: a robin on the post box",
        False,
        SNOW,
        "edit",
        _edit("add a robin on the post box", "put a robin on the post box"),
    ),
    ("the sky is so dull, make it bright blue", False, UPLOAD, "edit", _edit("make the sky bright blue")),
    ("clean it up - remove the litter on the path", False, UPLOAD, "edit", _edit("remove the litter on the path")),
    (
        "tweak the colours so the leaves are more red",
        False,
        UPLOAD,
        "edit",
        _edit("make the leaves more red", "make the leaves redder", "tweak the colours so the leaves are more red"),
    ),
    (
        "the corner looks weird, there's a smudge there, remove it",
        False,
        HARBOUR,
        "edit",
        _edit("remove the smudge in the corner", "remove the smudge"),
    ),
    (
        "make it look colder: frost on the windows",
        False,
        SNOW3,
        "edit",
        _edit("add frost on the windows", "add frost to the windows", "frost on the windows"),
    ),
    (
        "more drama in the clouds pls, make them dark and stormy",
        False,
        UPLOAD,
        "edit",
        _edit("make the clouds dark and stormy"),
    ),
    ("something seasonal, like pumpkins on the steps", False, UPLOAD, "edit", _edit("add pumpkins on the steps")),
    ("better! even more", False, FLOOD_WATER, "retry", _retry("stronger")),
    (
        "less boring pls: add a kid jumping in a puddle",
        False,
        UPLOAD,
        "edit",
        _edit("add a kid jumping in a puddle"),
    ),
    ("somethings wrong with the heron, its legs look melted. redo it", False, FLOOD, "retry", _retry()),
    ("make the kids look happier", False, FOUNTAIN, "edit", _edit("make the kids look happier")),
    (
        "i want it to look like an old polaroid",
        False,
        UPLOAD,
        "edit",
        _edit("make it look like an old polaroid", "make the photo look like an old polaroid"),
    ),
    (
        "make it feel like home: smoke from the shed chimney",
        False,
        ALLOT_BRANCH,
        "edit",
        _edit("add smoke from the shed chimney", "add smoke coming from the shed chimney"),
    ),
    (
        "do something with the sky, like a sunset glow behind the rainbow",
        False,
        ALLOTMENT,
        "edit",
        _edit("add a sunset glow behind the rainbow", "add a sunset glow in the sky behind the rainbow"),
    ),
    (
        "the fog looks flat, thicker and swirlier pls",
        False,
        UPLOAD,
        "edit",
        _edit("make the fog thicker and swirlier"),
    ),
    ("it's lovely, thanks!", False, SEAFRONT, "talk", ()),
    ("meh, not feeling it. try again", False, SEA_RETRIED, "retry", _retry()),
)
"""Vague wishes, and near misses that come with a concrete request."""

ABSENT: tuple[Dev, ...] = (
    # a thing, a place, a photo or a round that the session never had
    ("go back to before the snowman", False, FOUNTAIN, "clarify", ()),
    ("undo the rainbow", False, HARBOUR, "clarify", ()),
    ("show me the version with the yellow wellies", False, LEAVES, "clarify", ()),
    ("take me back to round 6", False, HARBOUR, "clarify", ()),
    ("compare round 2 and round 4", False, LEAVES, "clarify", ()),
    ("the heron again but bigger", False, FLOOD_WATER, "clarify", ()),
    ("make the heron you added fly away", False, SNOW, "clarify", ()),
    ("go back to where we had the ice cream van", False, FOUNTAIN_RAILS, "clarify", ()),
    ("redo the scarecrow edit", False, LEAVES, "clarify", ()),
    ("remove the seagull you put in", False, FLOOD, "clarify", ()),
    ("compare before and after the fog", False, SNOW3, "clarify", ()),
    ("go to the snowy version", False, FOUNTAIN, "clarify", ()),
    ("same umbrella trick on this one", True, AFTER_SNOW, "clarify", ()),
    ("show me round 3", False, AFTER_SNOW, "clarify", ()),
    ("undo the dents", False, HAIL, "clarify", ()),
    ("go back to round 4", False, SNOW3, "clarify", ()),
    ("wheres the bench you added? bring it back", False, FOUNTAIN, "clarify", ()),
    ("the third photo, make it black and white", False, TWO_PHOTOS, "clarify", ()),
    ("the dog you added, make it a spaniel", False, LEAVES, "clarify", ()),
    ("put the lighthouse back the way it was before the storm clouds", False, HARBOUR, "clarify", ()),
    ("same as round 5 but warmer", False, FLOOD, "clarify", ()),
    ("go back to the version with two rainbows", False, ALLOT_BRANCH, "clarify", ()),
    ("compare the umbrella one with the original", False, HAIL_FIXED, "clarify", ()),
    # near misses: the thing, the round or the photo is there
    ("go back to the street with the pavement cleared", False, AFTER_SNOW, "goto", _goto(1)),
    ("undo the dents", False, HAIL_FIXED, "undo", _goto(0)),
    ("show me the version before the lighthouse", False, HARBOUR, "show", _show(1)),
    ("go back to before the lamp posts started glowing", False, HARBOUR, "goto", _goto(3)),
    ("make the lighthouse taller", False, UPLOAD, "edit", _edit("make the lighthouse taller")),
    ("go back to round 2 please", False, SNOW3, "goto", _goto(2)),
    ("on the second photo make the sky pink", False, TWO_PHOTOS, "edit", _edit("make the sky pink")),
    ("the heron you added, make it catch a fish", False, FLOOD, "edit", _edit("make the heron catch a fish")),
    ("remove the seagull you put in", False, HARBOUR, "edit", _edit("remove the seagull")),
    ("compare before and after the snowman", False, SNOW3, "compare", _compare(2, 3)),
    ("same umbrella trick on this one", True, AFTER_SEA, "edit", _edit("turn the red umbrella inside out")),
    ("show me round 1", False, AFTER_SNOW, "show", _show(1)),
    ("go back to where we had the hazy sky but no van yet", False, FOUNTAIN, "goto", _goto(2)),
    ("redo the scarecrow", False, ALLOTMENT, "retry", _retry()),
    ("make the snowman melt a bit", False, SNOW3, "edit", _edit("make the snowman melt a bit")),
    ("undo the shed", False, ALLOT_BRANCH, "undo", _goto(1)),
    ("round 5 vs the original", False, HARBOUR, "compare", _compare(0, 5)),
    ("the fisherman looks odd, undo him", False, HARBOUR, "undo", _goto(4)),
    ("the dog, make it a spaniel", False, LEAVES, "edit", _edit("make the dog a spaniel")),
    ("go back to the version with the brighter rainbow only", False, ALLOT_BRANCH, "goto", _goto(1)),
)
"""A thing, a round or a photo the session never had, and near misses where it is there."""

LOOKING_BACK: tuple[Dev, ...] = (
    # two states compared, or one gone back to, described by what they show: enough to tell which
    ("put the thick fog one next to the one with the lighthouse", False, HARBOUR, "compare", _compare(1, 2)),
    ("compare the seagull version with the fisherman version", False, HARBOUR, "compare", _compare(3, 5)),
    ("before the glowing lamps vs after", False, HARBOUR, "compare", _compare(3, 4)),
    (
        "compare how it looked before you thickened the fog with how it looks now",
        False,
        HARBOUR,
        "compare",
        _compare(0, 5),
    ),
    ("compare the hazy sky one with the very first one", False, FOUNTAIN, "compare", _compare(0, 2)),
    ("orange leaves vs the raincoat one", False, LEAVES, "compare", _compare(1, 2)),
    ("scarecrow or shed, put them side by side", False, ALLOT_BRANCH, "compare", _compare(2, 3)),
    ("big hail vs dents, side by side", False, HAIL_FIXED, "compare", _compare(1, 2)),
    ("the two inside-out tries next to each other", False, SEA_RETRIED, "compare", _compare(1, 2)),
    (
        "compare the snowman pic and the one where you only cleared the pavement",
        False,
        SNOW3,
        "compare",
        _compare(1, 3),
    ),
    ("brown water vs the heron one", False, FLOOD, "compare", _compare(1, 2)),
    ("compare the untouched pic with the glowing windows one", False, SNOW3, "compare", _compare(0, 2)),
    ("take me back to the one with just the thick fog", False, HARBOUR, "goto", _goto(1)),
    ("back to the version with the seagull but no glowing lamps", False, HARBOUR, "goto", _goto(3)),
    (
        "go back to when the kids were splashing but the sky wasnt hazy yet",
        False,
        FOUNTAIN,
        "goto",
        _goto(1),
    ),
    ("return to the scarecrow one", False, ALLOT_BRANCH, "goto", _goto(2)),
    ("back to the brown water, before the heron", False, FLOOD, "goto", _goto(1)),
    ("go back to the bare street, before any edits", False, SNOW3, "goto", _goto(0)),
    ("show me the one where only the rainbow was brightened", False, ALLOT_BRANCH, "show", _show(1)),
    ("let me see the big hailstones one again", False, HAIL_FIXED, "show", _show(1)),
    ("compare the two", False, SEAFRONT, "compare", _compare(0, 1)),
    ("go back to the other branch", False, ALLOT_BRANCH, "goto", _goto(2)),
    ("show the original and the newest side by side", False, ALLOT_BRANCH, "compare", _compare(0, 3)),
    ("how does the van one compare to the one before it", False, FOUNTAIN, "compare", _compare(2, 3)),
    ("put the raincoat one next to the unedited one", False, LEAVES, "compare", _compare(0, 2)),
    ("go back to the one with the lighthouse but before the seagull", False, HARBOUR, "goto", _goto(2)),
    ("show me the glowing windows one, before the snowman", False, SNOW3, "show", _show(2)),
    ("compare the thick fog one and the glowing lamps one", False, HARBOUR, "compare", _compare(1, 4)),
    ("go back to the version where the girl was in red", False, AFTER_LEAVES, "goto", _goto(2)),
    ("go back to the one with the lighthouse", False, HARBOUR, "goto", _goto(2)),
    # not enough to tell which: one short question
    ("compare the foggy one with the other one", False, HARBOUR, "clarify", ()),
    ("compare the two", False, HARBOUR, "clarify", ()),
    ("back to the good one", False, LEAVES, "clarify", ()),
    ("go back to when it looked better", False, FOUNTAIN, "clarify", ()),
    ("compare the scarecrow one with the shed one... and the rainbow one", False, ALLOT_BRANCH, "clarify", ()),
    ("show me the version with the snow on the leaves", False, LEAVES, "clarify", ()),
    ("compare the one with the fisherman and the one with two fishermen", False, HARBOUR, "clarify", ()),
    ("back to the one before you messed it up", False, HARBOUR, "clarify", ()),
    ("the one i liked, go there", False, SNOW3, "clarify", ()),
    ("compare before and after", False, UPLOAD, "clarify", ()),
    ("compare the rainbow ones", False, ALLOT_BRANCH, "clarify", ()),
    ("compare a hazy one with a non hazy one", False, FOUNTAIN, "clarify", ()),
    ("which one had the nicer sky, show me that", False, FOUNTAIN, "clarify", ()),
    ("compare my fav with the latest", False, SNOW3, "clarify", ()),
    ("compare the first version with the", False, HARBOUR, "clarify", ()),
    ("go back to the dark one", False, HARBOUR, "clarify", ()),
    ("show me the one with the van and the seagull", False, FOUNTAIN, "clarify", ()),
    (
        "take me back to the version with the lighthouse and the fisherman but no seagull",
        False,
        HARBOUR,
        "clarify",
        (),
    ),
    ("compare the two tries", False, HARBOUR, "clarify", ()),
    ("go back to the one from yesterday", False, ALLOTMENT, "clarify", ()),
)
"""Comparisons and gotos by what a state shows, where the description is enough or is not."""

R37C: tuple[Dev, ...] = (*POINTERS, *CUT_OFF, *CHOICES, *VAGUE, *ABSENT, *LOOKING_BACK)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: the current round (first) is an older one
    (2, ("bring back everything i undid", False, HARBOUR, "redo", _goto(5))),
    (2, ("compare where i am with the fisherman one", False, HARBOUR, "compare", _compare(2, 5))),
    (2, ("make it taller", False, HARBOUR, "edit", _edit("make the lighthouse taller"))),
    (2, ("the other one", False, HARBOUR, "clarify", ())),
    (2, ("go forward one", False, HARBOUR, "redo", _goto(3))),
    (3, ("undo again", False, HARBOUR, "undo", _goto(2))),
    (3, ("compare with the other one", False, HARBOUR, "clarify", ())),
    (4, ("go forward two", False, HARBOUR, "clarify", ())),
    (1, ("hmm put the raincoat back", False, LEAVES, "redo", _goto(2))),
    (
        1,
        (
            "add a lollipop lady at the crossing",
            False,
            LEAVES,
            "edit",
            _edit("add a lollipop lady at the crossing"),
        ),
    ),
    (1, ("compare this with the one i just left", False, LEAVES, "compare", _compare(1, 2))),
    (1, ("and the other one", False, LEAVES, "clarify", ())),
    (1, ("go back to the other one", False, ALLOT_BRANCH, "clarify", ())),
    (1, ("bring back the shed", False, ALLOT_BRANCH, "goto", _goto(3))),
    (1, ("redo", False, ALLOT_BRANCH, "clarify", ())),
    (1, ("compare the scarecrow and the shed", False, ALLOT_BRANCH, "compare", _compare(2, 3))),
    (0, ("go forward", False, SNOW3, "redo", _goto(1))),
    (0, ("put the snowman back", False, SNOW3, "goto", _goto(3))),
    (0, ("compare with the snowman one", False, SNOW3, "compare", _compare(0, 3))),
    (0, ("undo", False, SNOW3, "clarify", ())),
    (1, ("try that again", False, FOUNTAIN, "retry", _retry())),
    (1, ("show me the van one", False, FOUNTAIN, "show", _show(3))),
    (1, ("hmm go to the", False, FOUNTAIN, "clarify", ())),
    (1, ("which one am i looking at now", False, HAIL_FIXED, "status", STATUS)),
    (1, ("go to the dents one", False, HAIL_FIXED, "goto", _goto(2))),
    (1, ("bigger still", False, HAIL_FIXED, "retry", _retry("stronger"))),
    (0, ("redo", False, HAIL_FIXED, "clarify", ())),
    (0, ("bring it back", False, SEA_RETRIED, "clarify", ())),
    (1, ("switch to the other try", False, SEA_RETRIED, "goto", _goto(2))),
    (0, ("redo both", False, FLOOD, "redo", _goto(2))),
    (0, ("compare the two edits", False, FLOOD, "compare", _compare(1, 2))),
    (1, ("switch to the seafront photo", False, AFTER_SNOW, "goto", _goto(2))),
    (0, ("redo", False, GRITTER, "redo", _goto(1))),
    (
        0,
        (
            "the gritter, make it orange",
            False,
            GRITTER,
            "edit",
            _edit("make the gritter orange", "make the gritter lorry orange"),
        ),
    ),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r37c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R37C`, then the moved ones)."""
    return with_moved(R37C, "r37c", MOVED, "r37c_moved")
