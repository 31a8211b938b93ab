"""Round 22, set a: where one short clarifying question is right, and where it is not.

Written by hand from what a demanding user wants (issue 10's table and its "What to build" list: "not sure
-> one short clarifying question, nothing stored", "an edit is made only when the turn asks for one"),
before the dialogue model was run on any of it, about photos no other set uses: a kendo dojo with two
fighters in armour, a luge slider on an icy track, a tapir and her calf at a zoo pool, a chimney sweep on a
terraced roof, a dry stone wall across a hillside, old men playing petanque under plane trees, wind
turbines on a ridge, a lock keeper's cottage by a canal lock, a tollbooth on a motorway, a level crossing
with a passing train, a fire eater at a street festival, a tamale stand, an organ grinder with a monkey
and a pangolin at a rescue centre. Sessions have 0 to 4 edits, some after a retry or an undo, some with
the current round an older one.

Five families, in new wordings typed as people type in a chat box (lowercase, typos, slang, emoji,
run-ons, non-native English, polite padding, terse fragments, a few in capitals): turns that leave open
which thing (two candidates named, "it" / "him" / "them" with nothing or more than one thing to point
at, "the other one", "that thing", "the left one" among many); wishes that name no change or no object
("make it better", "spice it up", "surprise me", "you decide"); fragments and bare words ("bigger", a
colour, a noun, "more", "?", sentences that break off); session words that need a round that does not
exist or is unclear ("undo" with nothing edited, "redo" with nothing undone, "show me the other version"
among many, "compare them" with more than two rounds, round numbers past the end); and talk that uses
edit words but asks nothing of the photo (opinions, hypotheticals, questions, reported speech, complaints
about the app, other photos). About a quarter of each family are near misses whose right answer is an
edit, a retry, a correction, an undo or another tool, in the same messy wording: one of the two picked,
"it" after an edit that named its object, a wish that also names the change, a colour alone after a
recolouring edit, "compare them" with exactly two rounds, a hypothetical followed by "do it". The cases
have the development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose
current round (first) is an earlier one.
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
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)

KENDO = ((None, None), (0, "make the banner on the wall red"), (1, "add cherry petals on the floor"))
"""A kendo dojo with two fighters in armour and their sensei, with two edits."""
KENDO_BANNER = KENDO[:2]
"""The kendo dojo with only the banner edit."""
LUGE = ((None, None), (0, "make the sled bright orange"))
"""A luge slider on an icy track with one edit."""
LUGE_RETRIED = ((None, None), (0, "make the sled bright orange"), (0, "make the sled bright orange"))
"""The luge slider after a retry: round 2 is a second try of round 1, from the original."""
TAPIR = ((None, None), (0, "give the tapir calf a red bow"), (1, "remove the keeper behind the fence"))
"""A tapir and her calf at a zoo pool with two edits, the second a removal."""
TAPIR_BOW = TAPIR[:2]
"""The tapirs with only the bow edit."""
SWEEP = (
    (None, None),
    (0, "make the chimney pots terracotta red"),
    (1, "add pigeons on the roof ridge"),
    (2, "make the sky stormy"),
)
"""A chimney sweep on a terraced roof with three edits, each on the one before."""
DRYSTONE = ((None, None), (0, "add sheep along the wall"))
"""A dry stone wall across a hillside with one edit."""
PETANQUE = ((None, None), (0, "make the boules gold"), (1, "make the jack bright pink"))
"""Old men playing petanque under plane trees, with two edits of different things."""
PETANQUE_BOULES = PETANQUE[:2]
"""The petanque game with only the boules edit."""
TURBINE = ((None, None), (0, "remove the power lines"))
"""Wind turbines on a ridge with one edit, a removal."""
LOCK = ((None, None), (0, "paint the lock gates black"), (1, "add a narrowboat waiting in the lock"))
"""A lock keeper's cottage by a canal lock with two edits."""
TOLLBOOTH = ((None, None), (0, "make the tollbooth roof green"))
"""A tollbooth on a motorway at dusk with one edit."""
CROSSING = (
    (None, None),
    (0, "make the train yellow"),
    (1, "make the warning lights brighter"),
    (2, "remove the cyclist at the barrier"),
    (3, "add heavy rain"),
)
"""A level crossing with a passing train, with four edits, each on the one before."""
FIRE = ((None, None), (0, "make the flames bigger"))
"""A fire eater at a street festival with one edit."""
TAMALE = ((None, None), (0, "add steam rising from the pot"), (0, "make the tablecloth yellow"))
"""A tamale stand after an undo: round 2 was made from the original, beside round 1."""
ORGAN = ((None, None), (0, "give the monkey a red waistcoat"))
"""An organ grinder with a monkey on the barrel organ, with one edit."""
PANGOLIN = ((None, None), (0, "blur the background"), (1, "make the pangolin's scales shinier"))
"""A pangolin at a rescue centre with two edits."""

AFTER_LUGE = (*LUGE, (None, None))
AFTER_FIRE = (*FIRE, (None, None))
AFTER_PETANQUE = (*PETANQUE, (None, None))
AFTER_ORGAN = (*ORGAN, (None, None))
AFTER_CROSSING = (*CROSSING, (None, None))

WHICH: tuple[Dev, ...] = (
    # two candidates named, the choice left open
    ("the boules or the jack, whichever looks off, make it darker", False, UPLOAD, "clarify", ()),
    ("paint one of the turbines red, left or middle idk", False, TURBINE, "clarify", ()),
    ("the train or the lights, one of those needs to be less bright", False, CROSSING, "clarify", ()),
    ("the pigeons or the pots, cant decide which to recolour", False, SWEEP, "clarify", ()),
    ("either the dog under the bench or the bike should go tbh", False, PETANQUE, "clarify", ()),
    ("the sled and the helmet, one of them should be black", False, LUGE, "clarify", ()),
    ("i like the banner and the petals but make it bigger", False, KENDO, "clarify", ()),
    (
        "the sheep on the left or the one by the gate, whichever is closer, make it black",
        False,
        DRYSTONE,
        "clarify",
        (),
    ),
    ("the dog or the kid in the back, remove one", False, FIRE, "clarify", ()),
    ("pick one of the two tries and make it warmer", False, LUGE_RETRIED, "clarify", ()),
    ("this or that, whichever u think, just make it white", False, UPLOAD, "clarify", ()),
    ("the tablecloth or the pot... one of them has to change colour", False, TAMALE, "clarify", ()),
    ("Either the monkey or the organ should be more colourful, please.", False, ORGAN, "clarify", ()),
    # "it", "him", "them" with nothing, or more than one thing, to point at
    ("can u make it pinkish", False, UPLOAD, "clarify", ()),
    ("give it wings lol", False, UPLOAD, "clarify", ()),
    ("put a hat on it", False, TAPIR, "clarify", ()),
    ("paint it blue pls", False, TURBINE, "clarify", ()),
    ("make them match", False, PETANQUE, "clarify", ()),
    ("remove him pls lol", False, UPLOAD, "clarify", ()),
    ("give him a moustache", False, KENDO, "clarify", ()),
    ("turn em all blue", False, UPLOAD, "clarify", ()),
    ("colour them in", False, UPLOAD, "clarify", ()),
    ("these two, make them the same colour", False, UPLOAD, "clarify", ()),
    ("i like both but one has to go. u pick", False, PETANQUE, "clarify", ()),
    # "the other one", "that thing", "the left one" among many
    ("the other one as well pls", False, PETANQUE, "clarify", ()),
    ("noo the other one!!", False, SWEEP, "clarify", ()),
    ("fix the other one the same way", False, KENDO, "clarify", ()),
    ("that thing on the left, get rid of it", False, UPLOAD, "clarify", ()),
    ("make the left one bigger", False, UPLOAD, "clarify", ()),
    ("the one in the middle, make it smaller", False, SWEEP, "clarify", ()),
    ("can u move that one closer to the others", False, DRYSTONE, "clarify", ()),
    ("that one needs to go", False, FIRE, "clarify", ()),
    ("make the tall one shorter", False, UPLOAD, "clarify", ()),
    ("hmm now do it to that one as well", False, LOCK, "clarify", ()),
    ("make the thingy smaller", False, TAMALE, "clarify", ()),
    ("do the same to the other side", False, UPLOAD, "clarify", ()),
    ("the second one from the left", False, TURBINE, "clarify", ()),
    (
        "the one with the helmet, no wait they all have helmets lol. the shorter guy? idk",
        False,
        KENDO,
        "clarify",
        (),
    ),
    ("the thing behind her, can u lose it", False, UPLOAD, "clarify", ()),
    ("Make this one like the other one.", False, CROSSING, "clarify", ()),
    ("recolor the small ones", False, UPLOAD, "clarify", ()),
    ("that one, the one next to it, whatever its called", False, TAMALE, "clarify", ()),
    # near misses: one of them picked, "it" / "them" after an edit that named its object, a whole-photo change
    (
        "the left turbine, paint its blades red",
        False,
        TURBINE,
        "edit",
        _edit("paint the left turbine's blades red", "paint the blades of the left turbine red"),
    ),
    ("put a hat on it", False, ORGAN, "edit", _edit("put a hat on the monkey", "give the monkey a hat")),
    ("now make it green", False, LUGE, "edit", _edit("make the sled green")),
    ("make them fluffier", False, DRYSTONE, "edit", _edit("make the sheep fluffier")),
    (
        "the boules or the jack... nah the jack. make it smaller",
        False,
        PETANQUE,
        "edit",
        _edit("make the jack smaller"),
    ),
    (
        "give the tapir a hat, not the calf",
        False,
        TAPIR,
        "edit",
        _edit("give the tapir a hat", "put a hat on the tapir"),
    ),
    ("the pot on the right, make it copper", False, TAMALE, "edit", _edit("make the pot on the right copper")),
    (
        "the guy on the left, give him a moustache",
        False,
        KENDO,
        "edit",
        _edit("give the guy on the left a moustache"),
    ),
    (
        "the fighter on the right, give him a red sash",
        False,
        KENDO,
        "edit",
        _edit("give the fighter on the right a red sash"),
    ),
    ("make em shinier", False, PETANQUE_BOULES, "edit", _edit("make the boules shinier")),
    (
        "can u make it black n white",
        False,
        UPLOAD,
        "edit",
        _edit("make it black and white", "make the photo black and white", "make it black n white"),
    ),
    (
        "make the whole thing warmer",
        False,
        UPLOAD,
        "edit",
        _edit("make the whole thing warmer", "make the photo warmer", "make it warmer"),
    ),
    ("remove the dog under the bench", False, PETANQUE, "edit", _edit("remove the dog under the bench")),
    (
        "the tallest chimney pot, make it a bit taller still",
        False,
        SWEEP,
        "edit",
        _edit("make the tallest chimney pot a bit taller", "make the tallest chimney pot taller"),
    ),
    (
        "the monkey, not the organ grinder, should wear a tiny fez",
        False,
        ORGAN,
        "edit",
        _edit("make the monkey wear a tiny fez", "give the monkey a tiny fez", "put a tiny fez on the monkey"),
    ),
)
"""Turns that leave open which thing, and near misses that name it."""

WISHES: tuple[Dev, ...] = (
    # wishes that name no change or no object
    ("make it better plsss 🙏", False, UPLOAD, "clarify", ()),
    ("can u make this look nicer", False, TURBINE, "clarify", ()),
    ("idk, do something cool", False, UPLOAD, "clarify", ()),
    ("ur the expert, u decide", False, UPLOAD, "clarify", ()),
    ("surprise me!!", False, TOLLBOOTH, "clarify", ()),
    ("spice it up a lil", False, UPLOAD, "clarify", ()),
    ("make it pop!!!", False, FIRE, "clarify", ()),
    ("somethings off and i cant tell what", False, DRYSTONE, "clarify", ()),
    ("can u fix this pic", False, UPLOAD, "clarify", ()),
    ("improve it somehow", False, PANGOLIN, "clarify", ()),
    ("can it look less amateurish", False, UPLOAD, "clarify", ()),
    ("it needs something. not sure what", False, LOCK, "clarify", ()),
    ("jazz it up a bit would ya", False, UPLOAD, "clarify", ()),
    ("do ur magic on it ✨", False, UPLOAD, "clarify", ()),
    ("IMPROVE IT PLEASE", False, UPLOAD, "clarify", ()),
    ("make it more... idk... more", False, UPLOAD, "clarify", ()),
    ("i dont like the pic much, change something", False, UPLOAD, "clarify", ()),
    ("give it that wow factor", False, UPLOAD, "clarify", ()),
    ("do whatever u think is best", False, CROSSING, "clarify", ()),
    ("random edit pls", False, UPLOAD, "clarify", ()),
    ("tweak it a tiny bit, u know", False, UPLOAD, "clarify", ()),
    ("something is wrong with this photo, help", False, UPLOAD, "clarify", ()),
    ("can u make the tamale pic more appetizing", False, UPLOAD, "clarify", ()),
    ("make the sweep pic more fun", False, UPLOAD, "clarify", ()),
    ("its kinda meh. do something", False, SWEEP, "clarify", ()),
    ("work your magic on the monkey one", False, UPLOAD, "clarify", ()),
    ("fix whatever looks wrong", False, UPLOAD, "clarify", ()),
    ("go crazy, anything u want", False, UPLOAD, "clarify", ()),
    ("make it nicer for my nan", False, ORGAN, "clarify", ()),
    ("this could be better, no?", False, KENDO, "clarify", ()),
    ("hmm still not right. change stuff", False, PETANQUE, "clarify", ()),
    ("mach es bitte schöner", False, UPLOAD, "clarify", ()),
    ("plz make beautiful", False, UPLOAD, "clarify", ()),
    ("the monkey needs something extra", False, ORGAN, "clarify", ()),
    ("up to you what to change", False, UPLOAD, "clarify", ()),
    ("edit it however u like", False, TAMALE, "clarify", ()),
    ("I would like that you make my photo more special", False, UPLOAD, "clarify", ()),
    ("MAKE IT EPIC", False, LUGE, "clarify", ()),
    # a thing named, but no change
    ("do something with the sky", False, UPLOAD, "clarify", ()),
    ("change the wall somehow", False, DRYSTONE, "clarify", ()),
    ("do something about the fence", False, UPLOAD, "clarify", ()),
    ("surprise me with the background", False, UPLOAD, "clarify", ()),
    ("the barrier... idk, something", False, TOLLBOOTH, "clarify", ()),
    # a photo whose caption is a wish that names nothing
    ("heres the tollbooth one, make it better", True, AFTER_LUGE, "clarify", ()),
    ("new pic. idk improve it?", True, UPLOAD, "clarify", ()),
    # near misses: the change and the thing are named, or the wish is about the last edit
    (
        "the sky is boring, give it some pink clouds",
        False,
        UPLOAD,
        "edit",
        _edit("give the sky some pink clouds", "add some pink clouds to the sky", "add pink clouds to the sky"),
    ),
    (
        "somethings off... oh the horizon is crooked, straighten it",
        False,
        DRYSTONE,
        "edit",
        _edit("straighten the horizon"),
    ),
    (
        "make it pop, the flames should be more orange",
        False,
        FIRE,
        "edit",
        _edit("make the flames more orange"),
    ),
    (
        "the sign on the booth is unreadable, make it say EXIT 12",
        False,
        TOLLBOOTH,
        "edit",
        _edit("make the sign on the booth say EXIT 12", "make the sign say EXIT 12", "make the booth sign say EXIT 12"),
    ),
    (
        "idk... maybe snow on the wall? yeah add snow on the wall",
        False,
        DRYSTONE,
        "edit",
        _edit("add snow on the wall"),
    ),
    (
        "fix the red eye on the monkey",
        False,
        ORGAN,
        "edit",
        _edit("fix the red eye on the monkey", "remove the red eye on the monkey"),
    ),
    (
        "make it brighter, its way too dark",
        False,
        UPLOAD,
        "edit",
        _edit("make it brighter", "make the photo brighter"),
    ),
    (
        "make it pop, boost the contrast",
        False,
        UPLOAD,
        "edit",
        _edit("boost the contrast", "make it pop, boost the contrast", "increase the contrast"),
    ),
    ("thats not quite it, try again", False, LUGE, "retry", _retry()),
    ("better but still too subtle, push it further", False, FIRE, "retry", _retry("stronger")),
    ("not better, worse. go back", False, TOLLBOOTH, "undo", _goto(0)),
    (
        "spice it up with a mariachi band behind the stand",
        False,
        TAMALE,
        "edit",
        _edit("add a mariachi band behind the stand", "spice it up with a mariachi band behind the stand"),
    ),
    (
        "surprise me... jk, make the tapir calf wear sunglasses",
        False,
        TAPIR,
        "edit",
        _edit("make the tapir calf wear sunglasses", "give the tapir calf sunglasses"),
    ),
    ("improve it by removing the traffic cones", False, TOLLBOOTH, "edit", _edit("remove the traffic cones")),
    (
        "make it look like an old 35mm film photo",
        False,
        UPLOAD,
        "edit",
        _edit("make it look like an old 35mm film photo", "make the photo look like an old 35mm film photo"),
    ),
)
"""Wishes that name no change or no object, and near misses that name both."""

FRAGMENTS: tuple[Dev, ...] = (
    # bare words and fragments with nothing to attach them to
    ("biggerr", False, UPLOAD, "clarify", ()),
    ("bluee?", False, UPLOAD, "clarify", ()),
    ("the tapir", False, UPLOAD, "clarify", ()),
    ("moarrr", False, UPLOAD, "clarify", ()),
    ("again?", False, UPLOAD, "clarify", ()),
    ("hmmmmm", False, LOCK, "clarify", ()),
    ("??", False, PETANQUE, "clarify", ()),
    ("and the uh", False, KENDO, "clarify", ()),
    ("GREEN!!!", False, UPLOAD, "clarify", ()),
    ("smaller pls", False, UPLOAD, "clarify", ()),
    ("sheep", False, UPLOAD, "clarify", ()),
    ("red", False, TURBINE, "clarify", ()),
    ("left", False, UPLOAD, "clarify", ()),
    ("also,", False, PANGOLIN, "clarify", ()),
    ("uh", False, ORGAN, "clarify", ()),
    ("idk. blue or red", False, UPLOAD, "clarify", ()),
    ("ok so um", False, LOCK, "clarify", ()),
    ("that 1", False, TAMALE, "clarify", ()),
    ("pls", False, UPLOAD, "clarify", ()),
    ("the the the", False, UPLOAD, "clarify", ()),
    ("…", False, KENDO, "clarify", ()),
    ("sky", False, UPLOAD, "clarify", ()),
    ("fluffier", False, UPLOAD, "clarify", ()),
    ("to the left", False, UPLOAD, "clarify", ()),
    ("tapir!!", False, UPLOAD, "clarify", ()),
    ("gold", False, UPLOAD, "clarify", ()),
    ("stripes?", False, TURBINE, "clarify", ()),
    ("purple-ish", False, TURBINE, "clarify", ()),
    # sentences that break off
    ("can you make the pangolin", False, UPLOAD, "clarify", ()),
    ("now put a", False, DRYSTONE, "clarify", ()),
    ("turn the barrier", False, TOLLBOOTH, "clarify", ()),
    ("remove the", False, UPLOAD, "clarify", ()),
    ("the thing on the", False, SWEEP, "clarify", ()),
    ("mayb the", False, CROSSING, "clarify", ()),
    ("i want the calf to", False, TAPIR_BOW, "clarify", ()),
    ("same but", False, LUGE, "clarify", ()),
    ("make the uhh", False, PETANQUE, "clarify", ()),
    ("once more but", False, FIRE, "clarify", ()),
    ("could u pls change the colour of the fire eaters", False, UPLOAD, "clarify", ()),
    ("ok next i want you to add a", False, ORGAN, "clarify", ()),
    ("give the sweep a", False, SWEEP, "clarify", ()),
    # a reaction or a pause, nothing asked
    ("w8", False, LUGE, "talk", ()),
    ("wait wut", False, CROSSING, "talk", ()),
    ("hm ok", False, DRYSTONE, "talk", ()),
    # near misses: a colour alone after a recolouring edit, "more" / "again" after an edit, a fragment
    # that names the thing and the change
    ("greeen", False, LUGE, "correction", _fix("make the sled green", "make the sled bright green")),
    ("pink pls", False, TOLLBOOTH, "correction", _fix("make the tollbooth roof pink")),
    ("no, blue", False, KENDO_BANNER, "correction", _fix("make the banner on the wall blue", "make the banner blue")),
    ("blue!", False, PETANQUE, "correction", _fix("make the jack blue", "make the jack bright blue")),
    ("orange instead of yellow", False, TAMALE, "correction", _fix("make the tablecloth orange")),
    ("moreee", False, FIRE, "retry", _retry("stronger")),
    ("again?", False, ORGAN, "retry", _retry()),
    ("a lil less", False, PANGOLIN, "retry", _retry("weaker")),
    ("another pls", False, FIRE, "retry", _retry()),
    ("one more time pls, new seed", False, LUGE_RETRIED, "retry", _retry()),
    ("hmm, try again", False, TAPIR, "retry", _retry()),
    ("bigger, the flames", False, UPLOAD, "edit", _edit("make the flames bigger")),
    ("the tapir's ears, bigger", False, UPLOAD, "edit", _edit("make the tapir's ears bigger")),
    ("pigeons -> grey pls", False, SWEEP, "edit", _edit("make the pigeons grey")),
    ("wait, undo", False, CROSSING, "undo", _goto(3)),
    ("undo that pink", False, PETANQUE, "undo", _goto(1)),
)
"""Fragments, bare words and sentences that break off, and near misses that can be acted on."""

SESSION: tuple[Dev, ...] = (
    # undo / go back with nothing edited
    ("pls undo", False, UPLOAD, "clarify", ()),
    ("ctrl-z pls", False, UPLOAD, "clarify", ()),
    ("go back one version please", False, UPLOAD, "clarify", ()),
    ("step back one pls", False, UPLOAD, "clarify", ()),
    ("take that back plz", False, UPLOAD, "clarify", ()),
    ("show me the previous pic", False, UPLOAD, "clarify", ()),
    ("compare to the original pls", False, UPLOAD, "clarify", ()),
    ("give it another go pls", False, UPLOAD, "clarify", ()),
    ("go back to the 1st edit", False, UPLOAD, "clarify", ()),
    ("show me what it looked like before", False, UPLOAD, "clarify", ()),
    ("compare!", False, UPLOAD, "clarify", ()),
    ("revert it pls", False, UPLOAD, "clarify", ()),
    # redo / forward with nothing undone
    ("REDO PLZ!!", False, LOCK, "clarify", ()),
    ("go forward a step", False, TOLLBOOTH, "clarify", ()),
    ("redo my undo", False, KENDO, "clarify", ()),
    ("forward one step pls", False, CROSSING, "clarify", ()),
    # "the other version", "compare them" among more than two
    ("lemme see the other version", False, CROSSING, "clarify", ()),
    ("compare em side by side", False, SWEEP, "clarify", ()),
    ("compare it", False, CROSSING, "clarify", ()),
    ("back to the good version pls", False, CROSSING, "clarify", ()),
    ("the one before that, no wait the other one", False, SWEEP, "clarify", ()),
    ("go back to the version i liked", False, SWEEP, "clarify", ()),
    ("swap to the other one", False, KENDO, "clarify", ()),
    # references to rounds or edits that do not exist
    ("take me back to round 6", False, KENDO, "talk", ()),
    ("show round 4 pls", False, PETANQUE, "talk", ()),
    ("compare 1 and 5", False, LOCK, "talk", ()),
    ("revert to round -2 pls", False, SWEEP, "talk", ()),
    ("show me version 3", False, FIRE, "talk", ()),
    ("undo the rain", False, LUGE, "clarify", ()),
    ("go back to before the snow was added", False, DRYSTONE, "clarify", ()),
    ("show me the version with the green roof", False, LUGE, "clarify", ()),
    ("revert to before u removed the lamp post", False, TOLLBOOTH, "clarify", ()),
    ("show me the version from yesterday", False, LOCK, "clarify", ()),
    ("which one is better, the first try or the second?", False, LUGE_RETRIED, "talk", ()),
    # near misses: exactly one candidate, or a round that exists
    ("put the 2 tries side by side", False, LUGE_RETRIED, "compare", _compare(1, 2)),
    ("show me the other try", False, LUGE_RETRIED, "show", _show(1)),
    ("compare em", False, LUGE, "compare", _compare(0, 1)),
    ("show me the other version", False, TOLLBOOTH, "show", _show(0)),
    ("undo plzz", False, FIRE, "undo", _goto(0)),
    ("back to round one", False, PETANQUE, "goto", _goto(1)),
    ("before vs after plz", False, CROSSING, "compare", _compare(0, 4)),
    ("go back to before the rain was added", False, CROSSING, "undo", _goto(3)),
    ("lemme see round 1 one more time", False, SWEEP, "show", _show(1)),
    ("where am i at, which round", False, LOCK, "status", STATUS),
    ("list all my versions", False, CROSSING, "history", HISTORY),
    ("compare the original and now", False, CROSSING, "compare", _compare(0, 4)),
)
"""Session words that need a round that does not exist or is unclear, and near misses that name one."""

TALK: tuple[Dev, ...] = (
    # opinions that ask nothing
    ("blue would be nicer i think... not sure tho", False, LUGE, "talk", ()),
    ("honestly the orange sled kinda grew on me", False, LUGE, "talk", ()),
    ("idk if the pink jack works. hmm", False, PETANQUE, "talk", ()),
    ("maybe a darker banner would look classier, not sure yet", False, KENDO, "talk", ()),
    ("the rain might be too much? still deciding", False, CROSSING, "talk", ()),
    ("sheep look nice there", False, DRYSTONE, "talk", ()),
    ("blurring backgrounds is so overrated imo", False, PANGOLIN, "talk", ()),
    ("shouldve gone with silver tbh, oh well, keep it", False, PETANQUE, "talk", ()),
    ("red is my fav colour btw", False, UPLOAD, "talk", ()),
    ("lol the monkey looks so smug now", False, ORGAN, "talk", ()),
    # hypotheticals
    ("what if the turbines were pink lmao", False, TURBINE, "talk", ()),
    ("what if wed made the boules silver instead, would it look better?", False, PETANQUE, "talk", ()),
    ("in theory could the train be red? just wondering, not now", False, CROSSING, "talk", ()),
    ("what if the sweep was a woman, would that be weird haha", False, SWEEP, "talk", ()),
    ("if i ever do this again i'd want the pot bigger", False, TAMALE, "talk", ()),
    # questions about the photo or the edits
    ("would a green tollbooth roof look weird or is it fine?", False, TOLLBOOTH, "talk", ()),
    ("does the bow look too big to u?", False, TAPIR_BOW, "talk", ()),
    ("is the yellow too loud?", False, TAMALE, "talk", ()),
    ("do u think the pigeons look real?", False, SWEEP, "talk", ()),
    ("which colour suits a kendo banner, red or blue?", False, KENDO, "talk", ()),
    ("are pangolins really this shiny irl?", False, PANGOLIN, "talk", ()),
    ("would the sheep look better black? just asking", False, DRYSTONE, "talk", ()),
    ("do u think a darker sky would suit the lock?", False, LOCK, "talk", ()),
    # reported speech
    ("my bf says i should remove the keeper lol. hes wrong", False, TAPIR_BOW, "talk", ()),
    ("my mum keeps telling me to make the sheep black 🙄", False, DRYSTONE, "talk", ()),
    ("the guy at the print shop said add more contrast, whatever that means", False, UPLOAD, "talk", ()),
    ("someone on reddit said the flames look fake", False, FIRE, "talk", ()),
    ("my teacher told us to always crop tight. dunno", False, UPLOAD, "talk", ()),
    ("my sister was like 'remove the monkey' 😂 no way", False, ORGAN, "talk", ()),
    # complaints about the app
    ("why is this app so slow today", False, CROSSING, "talk", ()),
    ("the upload button doesnt work on my phone", False, UPLOAD, "talk", ()),
    ("ugh the edits take forever", False, FIRE, "talk", ()),
    ("your app logged me out twice already 😤", False, LOCK, "talk", ()),
    ("dark mode when??", False, UPLOAD, "talk", ()),
    ("THE APP KEEPS FREEZING", False, KENDO, "talk", ()),
    # other photos, not in this session
    ("can u also fix my wedding pics? theyre on my laptop", False, LUGE, "talk", ()),
    ("make the sky blue in my other photo, the one from bali", False, TURBINE, "talk", ()),
    ("remove my ex from the pics on my instagram", False, UPLOAD, "talk", ()),
    ("do the same edit on all 200 photos in my google drive", False, FIRE, "talk", ()),
    ("the photo i sent u last week, make it brighter", False, LOCK, "talk", ()),
    # thinking aloud, small talk
    ("i was gonna ask for snow but nah", False, DRYSTONE, "talk", ()),
    ("i used to remove stuff in photoshop for hours haha", False, UPLOAD, "talk", ()),
    ("gonna show my grandpa the train pic, he drove trains", False, CROSSING, "talk", ()),
    ("no need to add anything, just wanted to say hi", False, UPLOAD, "talk", ()),
    ("i'll probably make the roof blue tomorrow", False, TOLLBOOTH, "talk", ()),
    ("this is from another trip, dont edit it, just look", True, AFTER_FIRE, "caption", ()),
    # near misses: the opinion, the hypothetical or the reported request ends in a request of this photo
    ("nah blue would be nicer, do it blue instead", False, LUGE, "correction", _fix("make the sled blue")),
    ("what if the turbines were pink? show me", False, TURBINE, "edit", _edit("make the turbines pink")),
    ("would a red barrier look weird? try it", False, UPLOAD, "edit", _edit("make the barrier red")),
    (
        "my friend said remove the dog and honestly shes right, do it",
        False,
        PETANQUE,
        "edit",
        _edit("remove the dog"),
    ),
    (
        "my kid wants a dinosaur next to the tapirs so pls add one 🦖",
        False,
        UPLOAD,
        "edit",
        _edit("add a dinosaur next to the tapirs"),
    ),
    (
        "the app is slow but whatever, make the lock gates green",
        False,
        UPLOAD,
        "edit",
        _edit("make the lock gates green"),
    ),
    (
        "ok forget my other pics, for this one add fog over the ridge",
        False,
        TURBINE,
        "edit",
        _edit("add fog over the ridge"),
    ),
    ("same thing for this one pls 🙏", True, AFTER_LUGE, "edit", _edit("make the sled bright orange")),
    (
        "i think the tollbooth needs a flag on top. yes, add one",
        False,
        TOLLBOOTH,
        "edit",
        _edit("add a flag on top of the tollbooth", "add a flag on the tollbooth"),
    ),
    (
        "what if the sky over the lock was purple... ok do it",
        False,
        LOCK,
        "edit",
        _edit("make the sky over the lock purple", "make the sky purple"),
    ),
    ("my friend wants to see it, send me the link", False, FIRE, "share", SHARE),
    ("the app crashed and i lost track, what have we done so far?", False, CROSSING, "history", HISTORY),
    ("is the yellow too loud? yeah it is, tone it down", False, TAMALE, "retry", _retry("weaker")),
    ("the rain is too much, go back", False, CROSSING, "undo", _goto(3)),
    ("what does the original look like again?", False, SWEEP, "show", _show(0)),
    (
        "another one from the same festival, do the same to this one",
        True,
        AFTER_FIRE,
        "edit",
        _edit("make the flames bigger"),
    ),
)
"""Talk that uses edit words but asks nothing of the photo, and near misses that end in a request."""

R22A: tuple[Dev, ...] = (*WHICH, *WISHES, *FRAGMENTS, *SESSION, *TALK)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: nothing before round 0, more than one other round, a round past the end
    (0, ("undo once again", False, FIRE, "clarify", ())),
    (0, ("go back more", False, LUGE, "clarify", ())),
    (1, ("compare them pls", False, CROSSING, "clarify", ())),
    (0, ("show me the other version", False, CROSSING, "clarify", ())),
    (0, ("make it better?", False, PANGOLIN, "clarify", ())),
    (0, ("surprise me 🎁", False, KENDO, "clarify", ())),
    (1, ("what about the other one", False, KENDO, "clarify", ())),
    (0, ("jump to round 3", False, ORGAN, "talk", ())),
    (1, ("hmmm...", False, SWEEP, "clarify", ())),
    (0, ("what if the monkey had a hat... nah", False, ORGAN, "talk", ())),
    # near misses: one round to go to
    (1, ("redo pls!!", False, PETANQUE, "redo", _goto(2))),
    (0, ("redoo", False, TURBINE, "redo", _goto(1))),
    (2, ("fwd one pls", False, CROSSING, "redo", _goto(3))),
    (0, ("show me the other version", False, TOLLBOOTH, "show", _show(1))),
    (0, ("step forward", False, TOLLBOOTH, "redo", _goto(1))),
    (1, ("go forward one pls", False, SWEEP, "redo", _goto(2))),
    (1, ("ok undo the gates too", False, LOCK, "undo", _goto(0))),
    (0, ("undo my undo", False, DRYSTONE, "redo", _goto(1))),
    (0, ("ugh bring the waistcoat back", False, ORGAN, "redo", _goto(1))),
    (2, ("and undo one more time", False, CROSSING, "undo", _goto(1))),
    (1, ("compare it with the original one", False, PETANQUE, "compare", _compare(0, 1))),
    (
        1,
        (
            "make the banner bigger",
            False,
            KENDO,
            "edit",
            _edit("make the banner bigger", "make the banner on the wall bigger"),
        ),
    ),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r22a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R22A`, then the moved ones)."""
    return with_moved(R22A, "r22a", MOVED, "r22a_moved")
