"""Round 34, set a: when a turn asks for an edit and when it does not, the line between a remark, a
question or a half-made plan and a request.

Written by hand from what a demanding user wants (issue 10's table of behaviours and its "What to build"
list), before the dialogue model was run on any of it, about photos no other set uses, all of food,
cooking and eating: a chef plating a steak in a restaurant kitchen, grandma rolling dumplings at home, a
bakery counter with croissants, a backyard barbecue with burgers, a ramen bowl on a wooden counter, a
wedding cake on a stand, a farmers' market fruit stall, a pizza oven with a pizzaiolo, a picnic blanket in
a park with sandwiches, a sushi platter, a breakfast table with pancakes and juice, a food truck queue, a
home kitchen with a messy stove and a tea ceremony. Sessions have 0 to 7 edits, some after a retry, a
correction or an undo (a sibling of an earlier edit), some with a second photo, and some turns come after
an undo or a goto (the current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): observations and complaints about the photo or
the last result with no request ("the lighting is so harsh", a bare complaint about the last edit asks
whether to try again or undo) against the same with a request ("... can you soften it"); opinion questions
("is the bread too dark?") against polite requests worded as questions ("mind making the bread darker?");
tentative and half-decided turns, still thinking ("maybe the tablecloth in white? idk") or decided ("i was
thinking blue plates... yeah do it"); talk about other photos, other people, the real world or the future
("next time i'll use a white plate") against requests for this photo; requests buried in chat ("thanks!!
btw can the steam be stronger") against chat that only sounds like a request ("remove your doubts, it's
great"); and answers to the assistant's own question after a photo was stored ("the napkins" asks what to
do with them, "nothing rn thx", "brighter pls"). About a quarter of each family are near misses whose right
answer is another act (a retry, an undo, a goto, a comparison, status, sharing). The cases have the
development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current round
(first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    REVOKE,
    SHARE,
    STATUS,
    UPLOAD,
    Dev,
    _compare,
    _edit,
    _export,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)

PLATING = ((None, None), (0, "add microgreens on the steak"))
"""A chef plating a steak at the pass of a restaurant kitchen, with one edit."""
PLATING3 = (*PLATING, (1, "make the sauce darker"), (2, "blur the cooks in the background"))
"""The chef plating with three edits, each on the one before."""
PLATING_SAUCE = PLATING3[:3]
"""The chef plating with the microgreens and the sauce edits."""
DUMPLINGS = ((None, None), (0, "give grandma a red apron"))
"""Grandma rolling dumplings at her kitchen table, with one edit."""
DUMPLINGS_RETRIED = (*DUMPLINGS, (0, "give grandma a red apron"))
"""Grandma after a retry: round 2 is a second try of round 1, from the original."""
BAKERY = ((None, None), (0, "make the croissants more golden"), (1, "add a chalkboard price sign on the counter"))
"""A bakery counter with croissants, with two edits."""
BBQ = ((None, None), (0, "add more smoke over the grill"))
"""A backyard barbecue with burgers on the grill, with one edit."""
BBQ_FIXED = (*BBQ, (0, "add flames under the burgers"))
"""The barbecue after a correction: round 2 was made from the original, beside round 1."""
RAMEN = (
    (None, None),
    (0, "add a soft boiled egg to the ramen"),
    (1, "make the broth richer"),
    (2, "add steam rising from the bowl"),
)
"""A ramen bowl on a wooden counter, with three edits, each on the one before."""
RAMEN_EGG = RAMEN[:2]
"""The ramen bowl with only the egg edit."""
RAMEN_BROTH = RAMEN[:3]
"""The ramen bowl with the egg and the broth edits."""
CAKE = ((None, None), (0, "make the cake stand gold"))
"""A wedding cake on a stand, with one edit."""
CAKE_BRANCH = (*CAKE, (1, "add roses on the top tier"), (1, "add a topper of the couple on the cake"))
"""The wedding cake after an undo: round 3 was made from round 1, beside round 2."""
CAKE_ROSES = CAKE_BRANCH[:3]
"""The wedding cake with the gold stand and the roses."""
MARKET = (
    (None, None),
    (0, "make the apples redder"),
    (1, "remove the price signs"),
    (2, "add a crate of oranges"),
    (3, "make the awning green"),
    (4, "add a customer holding a basket"),
    (5, "make the lighting golden hour"),
    (6, "add a dog sniffing the crates"),
)
"""A farmers' market fruit stall, with seven edits, each on the one before."""
MARKET_APPLES = MARKET[:2]
"""The market stall with only the apples edit."""
PIZZA = ((None, None), (0, "make the fire in the oven brighter"), (1, "give the pizzaiolo a white hat"))
"""A wood-fired pizza oven with a pizzaiolo, with two edits."""
PICNIC = ((None, None), (0, "make the blanket red and white checkered"))
"""A picnic blanket in a park with sandwiches, with one edit."""
SUSHI = ((None, None), (0, "add more salmon nigiri to the platter"), (1, "remove the soy sauce dish"))
"""A sushi platter, with two edits."""
SUSHI_NIGIRI = SUSHI[:2]
"""The sushi platter with only the nigiri edit."""
BREAKFAST = (
    (None, None),
    (0, "add blueberries on the pancakes"),
    (1, "make the orange juice brighter"),
    (2, "add syrup dripping from the pancakes"),
)
"""A breakfast table with pancakes and juice, with three edits, each on the one before."""
BREAKFAST_BERRIES = BREAKFAST[:2]
"""The breakfast table with only the blueberries edit."""
BREAKFAST_JUICE = BREAKFAST[:3]
"""The breakfast table with the blueberries and the juice edits."""
TRUCK = ((None, None), (0, "make the food truck teal"))
"""A food truck with a queue in front of it, with one edit."""
STOVE = ((None, None), (0, "remove the dirty pans from the stove"))
"""A home kitchen with a messy stove, with one edit."""
TEA = ((None, None), (0, "make the matcha greener"), (1, "add cherry blossoms outside the window"))
"""A tea ceremony in a tatami room, with two edits."""
TWO_PHOTOS = ((None, None), (None, None))
"""A first food photo with no edit, then a second upload."""

AFTER_SUSHI = (*SUSHI, (None, None))
"""The sushi session with two edits, then a new photo."""
AFTER_PICNIC = (*PICNIC, (None, None))
"""The picnic session with one edit, then a new photo."""
AFTER_TEA = (*TEA, (None, None))
"""The tea ceremony session with two edits, then a new photo."""
AFTER_BBQ_FIXED = (*BBQ_FIXED, (None, None))
"""The corrected barbecue session, then a new photo."""

OBSERVATIONS: tuple[Dev, ...] = (
    # remarks and complaints about the photo with no request: answered in words
    ("the lighting in here is sooo harsh", False, UPLOAD, "talk", ()),
    ("ugh the steak looks kinda grey under the pass lights", False, UPLOAD, "talk", ()),
    ("the plate looks a bit empty tbh", False, PLATING, "talk", ()),
    ("grandmas hands are all blurry, she rolls so fast haha", False, UPLOAD, "talk", ()),
    ("the croissants look paler than they tasted", False, UPLOAD, "talk", ()),
    ("that counter is such a mess lol", False, UPLOAD, "talk", ()),
    ("the queue looks endless, it was a 40 min wait", False, UPLOAD, "talk", ()),
    ("there is a small chip on the rim of the tea bowl, just noticed", False, UPLOAD, "talk", ()),
    ("so much flour everywhere on grandma's table 😅", False, UPLOAD, "talk", ()),
    ("the burgers look a bit dry honestly", False, UPLOAD, "talk", ()),
    ("sushi rice looks kind of yellow in this light", False, UPLOAD, "talk", ()),
    ("background is super busy with all the cooks running around", False, UPLOAD, "talk", ()),
    ("kinda dark in the corner by the oven", False, PIZZA, "talk", ()),
    ("his face is a bit in shadow under the hat", False, PIZZA, "talk", ()),
    ("checkered blanket looks sooo cute", False, PICNIC, "talk", ()),
    ("the juice is SO orange now lmao", False, BREAKFAST_JUICE, "talk", ()),
    ("the stove is a total disaster, i cooked 3 things at once", False, UPLOAD, "talk", ()),
    # a bare complaint about the last edit's result: try again or undo? one short question
    ("hmm the sauce looks orange now", False, PLATING_SAUCE, "clarify", ()),
    ("the smoke looks kinda fake", False, BBQ, "clarify", ()),
    ("the egg looks like plastic", False, RAMEN_EGG, "clarify", ()),
    ("the apples look almost purple now 😬", False, MARKET_APPLES, "clarify", ()),
    ("the nigiri look a bit crammed now", False, SUSHI_NIGIRI, "clarify", ()),
    ("teal doesnt go with the menu board at all", False, TRUCK, "clarify", ()),
    ("the roses look way too big for that tier", False, CAKE_ROSES, "clarify", ()),
    ("hm, the stove looks weird where the pans were", False, STOVE, "clarify", ()),
    ("the dog looks like it's floating", False, MARKET, "clarify", ()),
    # the same remarks with a request
    ("the lighting is harsh, can you soften it", False, UPLOAD, "edit", _edit("soften the lighting")),
    (
        "steak looks grey, warm it up a little pls",
        False,
        UPLOAD,
        "edit",
        _edit("warm up the steak a little", "warm the steak up a little", "make the steak a little warmer"),
    ),
    ("fill the plate a bit more", False, PLATING, "edit", _edit("fill the plate a bit more")),
    (
        "the croissants look pale, make them more golden brown",
        False,
        UPLOAD,
        "edit",
        _edit("make the croissants more golden brown"),
    ),
    ("theres flour everywhere, wipe the table clean pls", False, UPLOAD, "edit", _edit("wipe the table clean")),
    (
        "the burgers look dry — add some melted cheese on them",
        False,
        UPLOAD,
        "edit",
        _edit("add some melted cheese on the burgers"),
    ),
    (
        "the rice looks yellow, make it whiter",
        False,
        UPLOAD,
        "edit",
        _edit("make the rice whiter", "make the sushi rice whiter"),
    ),
    (
        "the cooks in the back are distracting, blur them out",
        False,
        UPLOAD,
        "edit",
        _edit("blur the cooks in the back out", "blur out the cooks in the back", "blur the cooks in the back"),
    ),
    ("the corner by the oven is too dark, brighten it", False, PIZZA, "edit", _edit("brighten the corner by the oven")),
    (
        "the tea bowl has a chip on the rim, can you fix that",
        False,
        UPLOAD,
        "edit",
        _edit("fix the chip on the rim of the tea bowl", "fix the chip on the tea bowl's rim"),
    ),
    (
        "his face is in shadow, light it up a bit",
        False,
        PIZZA,
        "edit",
        _edit(
            "light up the pizzaiolo's face a bit",
            "light the pizzaiolo's face up a bit",
            "light up his face a bit",
            "light his face up a bit",
        ),
    ),
    (
        "the menu board is unreadable, sharpen it pls",
        False,
        TRUCK,
        "edit",
        _edit("sharpen the menu board"),
    ),
    (
        "the plate looks empty, it needs a few roasted carrots",
        False,
        PLATING,
        "edit",
        _edit("add a few roasted carrots on the plate", "add a few roasted carrots to the plate"),
    ),
    # near misses: the complaint comes with a retry, an undo, a comparison or a question about the session
    ("the smoke looks fake, try again", False, BBQ, "retry", _retry()),
    ("sauce turned orange, undo", False, PLATING_SAUCE, "undo", _goto(1)),
    ("egg looks plastic, give it another go", False, RAMEN_EGG, "retry", _retry()),
    ("apples are way too red now, tone it down", False, MARKET_APPLES, "retry", _retry("weaker")),
    ("the nigiri look crammed, go back one", False, SUSHI_NIGIRI, "undo", _goto(0)),
    ("teal clashes with the menu board, i liked it better before", False, TRUCK, "undo", _goto(0)),
    ("the broth is still not dark enough", False, RAMEN_BROTH, "retry", _retry("stronger")),
    ("the roses look fake, redo them", False, CAKE_ROSES, "retry", _retry()),
    ("the matcha looked greener in round 1 no? put 1 and 2 side by side", False, TEA, "compare", _compare(1, 2)),
    ("what did you even change? the plate looks the same to me", False, PLATING, "status", STATUS),
    ("stove looks way cleaner, what have we done so far?", False, STOVE, "history", HISTORY),
)
"""Remarks and complaints about the photo or the last result, with and without a request, and near misses."""

QUESTIONS: tuple[Dev, ...] = (
    # opinion questions: answered in words
    ("would it look better without the jar of chili oil?", False, UPLOAD, "talk", ()),
    ("is the bread too dark?", False, UPLOAD, "talk", ()),
    ("what do you think, red or green napkins?", False, PICNIC, "talk", ()),
    ("does the apron look too bright?", False, DUMPLINGS, "talk", ()),
    ("do u think the microgreens are too much", False, PLATING, "talk", ()),
    ("would a gold stand be tacky? be honest", False, UPLOAD, "talk", ()),
    ("is teal a good colour for a taco truck", False, TRUCK, "talk", ()),
    ("should i make the awning green or leave it striped?", False, MARKET[:4], "talk", ()),
    ("do the cherry blossoms make it look too busy?", False, TEA, "talk", ()),
    ("is it weird that the pizzaiolo has no hat?", False, UPLOAD, "talk", ()),
    ("would the sushi look fancier on a black slate?", False, UPLOAD, "talk", ()),
    ("honest opinion: does the steam look real", False, RAMEN, "talk", ()),
    ("what would you change on this one?", False, UPLOAD, "talk", ()),
    ("is the yolk supposed to be that orange??", False, RAMEN_EGG, "talk", ()),
    ("do you like this apron better than the first try?", False, DUMPLINGS_RETRIED, "talk", ()),
    ("would pink frosting be too much for a wedding?", False, CAKE, "talk", ()),
    ("does the syrup look appetizing or gross", False, BREAKFAST, "talk", ()),
    ("do burgers look better with or without sesame seeds, in general?", False, BBQ, "talk", ()),
    ("hmm could the burgers use more char?", False, UPLOAD, "clarify", ()),
    # questions about what it can do, not requests yet
    ("can you remove stuff from food pics?", False, UPLOAD, "talk", ()),
    ("are u able to change colours of things?", False, UPLOAD, "talk", ()),
    ("could you make a pizza look cheesier? just wondering for later", False, UPLOAD, "talk", ()),
    # polite requests worded as questions
    ("could you take the jar out?", False, UPLOAD, "edit", _edit("take the jar out", "remove the jar")),
    ("mind making the bread darker?", False, UPLOAD, "edit", _edit("make the bread darker")),
    (
        "can u swap the paper napkins for cloth ones?",
        False,
        PICNIC,
        "edit",
        _edit("swap the paper napkins for cloth ones", "replace the paper napkins with cloth ones"),
    ),
    ("would you be able to give grandma glasses?", False, DUMPLINGS, "edit", _edit("give grandma glasses")),
    (
        "is it possible to make the truck's awning yellow?",
        False,
        TRUCK,
        "edit",
        _edit("make the truck's awning yellow", "make the food truck's awning yellow", "make the awning yellow"),
    ),
    (
        "can you put a lemon wedge next to the salmon?",
        False,
        SUSHI,
        "edit",
        _edit("put a lemon wedge next to the salmon"),
    ),
    (
        "could u maybe add a drizzle of honey on the pancakes?",
        False,
        BREAKFAST,
        "edit",
        _edit("add a drizzle of honey on the pancakes"),
    ),
    ("would you mind removing the ketchup bottle?", False, UPLOAD, "edit", _edit("remove the ketchup bottle")),
    (
        "can the fire in the oven look more orange?",
        False,
        UPLOAD,
        "edit",
        _edit("make the fire in the oven more orange", "make the fire in the oven look more orange"),
    ),
    ("do you think you could clean the stovetop?", False, STOVE, "edit", _edit("clean the stovetop")),
    (
        "any chance the tea bowl could be black instead of white?",
        False,
        UPLOAD,
        "edit",
        _edit("make the tea bowl black", "make the tea bowl black instead of white"),
    ),
    (
        "can you cut the queue down to three people?",
        False,
        UPLOAD,
        "edit",
        _edit("cut the queue down to three people", "cut the queue down to 3 people"),
    ),
    ("can you make the pizzaiolo smile?", False, PIZZA, "edit", _edit("make the pizzaiolo smile")),
    (
        "could u make the blossoms pinker?",
        False,
        TEA,
        "edit",
        _edit("make the blossoms pinker", "make the cherry blossoms pinker"),
    ),
    (
        "is there any way to get rid of the grease stains on the wall behind the stove?",
        False,
        UPLOAD,
        "edit",
        _edit(
            "get rid of the grease stains on the wall behind the stove",
            "remove the grease stains on the wall behind the stove",
        ),
    ),
    (
        "would it be ok to make the croissants a bit bigger?",
        False,
        BAKERY,
        "edit",
        _edit("make the croissants a bit bigger"),
    ),
    # near misses: a question that asks for another act
    ("can i see the one before the roses?", False, CAKE_ROSES, "show", _show(1)),
    ("could you go back to the first apron try?", False, DUMPLINGS_RETRIED, "goto", _goto(1)),
    ("could you try that again?", False, BBQ_FIXED, "retry", _retry()),
    ("would you put round 1 next to the original?", False, PIZZA, "compare", _compare(0, 1)),
    ("could you share this with my head chef?", False, PLATING3, "share", SHARE),
    ("can i get the whole thing as html?", False, TEA, "export", _export("html")),
    (
        "which looks more appetizing, with or without the blueberries?",
        False,
        BREAKFAST_BERRIES,
        "compare",
        _compare(0, 1),
    ),
    ("could you undo the syrup?", False, BREAKFAST, "undo", _goto(2)),
    (
        "could you make the stand silver instead? gold was a bad idea",
        False,
        CAKE,
        "correction",
        _fix("make the cake stand silver"),
    ),
)
"""Opinion questions and questions about what it can do, against polite requests worded as questions."""

TENTATIVE: tuple[Dev, ...] = (
    # still thinking: no edit yet
    ("maybe the tablecloth in white? idk", False, UPLOAD, "talk", ()),
    ("not sure yet about the bowl", False, RAMEN, "talk", ()),
    ("hmm thinking maybe a darker glaze on the buns... let me sleep on it", False, UPLOAD, "talk", ()),
    ("idk if i want the croissants shinier, what do u reckon", False, UPLOAD, "talk", ()),
    ("possibly remove the tongs, possibly not. thoughts?", False, UPLOAD, "talk", ()),
    ("i might want grandma's apron blue at some point", False, UPLOAD, "talk", ()),
    ("pondering whether the truck should be yellow", False, TRUCK, "talk", ()),
    ("was gonna say remove the napkin but nah", False, PICNIC, "talk", ()),
    ("kinda considering swapping the OJ for apple juice, havent decided", False, BREAKFAST, "talk", ()),
    ("thinking of adding a teapot, tell me what you think first", False, TEA, "talk", ()),
    ("possibly a sunset sky later on, not now", False, BBQ, "talk", ()),
    ("leaning towards a calmer fire in the oven but lemme think", False, PIZZA, "talk", ()),
    ("i'd sort of like the stove tidier... or maybe it's authentic like this, hmm", False, STOVE, "talk", ()),
    ("maaaybe a candle on the table? eh, dunno", False, DUMPLINGS, "talk", ()),
    ("one day i'll have you put sprinkles on everything lol", False, BAKERY, "talk", ()),
    # undecided between options: one short question
    ("torn between pink and white frosting", False, UPLOAD, "clarify", ()),
    ("the fork... maybe? no idea", False, UPLOAD, "clarify", ()),
    ("maybe more wasabi? or less soy? ugh idk", False, SUSHI, "clarify", ()),
    ("either the crates or the awning should change, not sure which", False, MARKET, "clarify", ()),
    # decided, however softly
    ("perhaps lose the fork", False, UPLOAD, "edit", _edit("lose the fork", "remove the fork")),
    (
        "i was thinking blue plates… yeah do it",
        False,
        UPLOAD,
        "edit",
        _edit("make the plates blue", "blue plates"),
    ),
    (
        "maybe make the crust a tad darker",
        False,
        UPLOAD,
        "edit",
        _edit("make the crust a tad darker", "make the crust a bit darker"),
    ),
    (
        "let's try the napkins in yellow and see",
        False,
        PICNIC,
        "edit",
        _edit("make the napkins yellow", "try the napkins in yellow"),
    ),
    (
        "pink or white frosting... ok pink, go",
        False,
        UPLOAD,
        "edit",
        _edit("make the frosting pink", "pink frosting"),
    ),
    (
        "i guess we could add sesame seeds on the buns? yeah go ahead",
        False,
        BBQ,
        "edit",
        _edit("add sesame seeds on the buns"),
    ),
    (
        "hmm kinda want the tray gone tbh",
        False,
        UPLOAD,
        "edit",
        _edit("remove the tray", "get rid of the tray", "tray gone", "make the tray gone"),
    ),
    ("not 100% sure but let's remove the cutting board", False, UPLOAD, "edit", _edit("remove the cutting board")),
    (
        "i think... brighten grandma's face a little? yes pls",
        False,
        DUMPLINGS,
        "edit",
        _edit("brighten grandma's face a little"),
    ),
    (
        "might as well add a cup of coffee next to the pancakes",
        False,
        BREAKFAST,
        "edit",
        _edit("add a cup of coffee next to the pancakes"),
    ),
    ("eh why not, put some ice in the juice glass", False, BREAKFAST, "edit", _edit("put some ice in the juice glass")),
    (
        "probably better without the chopsticks, take them out",
        False,
        RAMEN,
        "edit",
        _edit("take out the chopsticks", "take the chopsticks out", "remove the chopsticks"),
    ),
    (
        "i suppose the wasabi can go. do it",
        False,
        SUSHI,
        "edit",
        _edit("remove the wasabi", "get rid of the wasabi"),
    ),
    ("ok decision made: teal stays, but make the wheels black", False, TRUCK, "edit", _edit("make the wheels black")),
    (
        "i dunno if it'll work but try a marble countertop under the ramen",
        False,
        UPLOAD,
        "edit",
        _edit("try a marble countertop under the ramen", "put a marble countertop under the ramen"),
    ),
    ("ok fine you convinced me, add the teapot", False, TEA, "edit", _edit("add the teapot", "add a teapot")),
    # near misses: hedged, but asking for another act
    ("maybe go back to the original? yeah do that", False, TEA, "goto", _goto(0)),
    ("maybe a bit greener still? yes ok", False, TEA[:2], "retry", _retry("stronger")),
    ("not sure about the topper, show it to me next to the roses", False, CAKE_BRANCH, "compare", _compare(2, 3)),
    ("perhaps try once more", False, BBQ, "retry", _retry()),
    ("maybe green instead? yeah green", False, TRUCK, "correction", _fix("make the food truck green")),
    ("hmm maybe a tiny bit less smoke", False, BBQ, "retry", _retry("weaker")),
    ("i think i preferred the first try, switch back", False, DUMPLINGS_RETRIED, "goto", _goto(1)),
    ("maybe the gold was a mistake... yeah undo it", False, CAKE, "undo", _goto(0)),
    ("not sure, can you show me round 2 again?", False, MARKET, "show", _show(2)),
    ("undecided, put the original and the latest side by side", False, MARKET, "compare", _compare(0, 7)),
)
"""Tentative, hedged or half-decided turns: still thinking, undecided, or decided however softly."""

ELSEWHERE: tuple[Dev, ...] = (
    # other photos, other people, the real world, the future: answered in words
    ("my mum wants hers brighter", False, DUMPLINGS, "talk", ()),
    ("next time i'll use a white plate", False, PLATING, "talk", ()),
    ("in real life the cake was pink", False, CAKE, "talk", ()),
    ("my friend's food truck is bright yellow haha", False, TRUCK, "talk", ()),
    ("the real croissants were way flakier than this", False, UPLOAD, "talk", ()),
    ("chef will add the garnish properly tomorrow, for real", False, PLATING, "talk", ()),
    ("grandma says her dumplings always look better in person", False, DUMPLINGS, "talk", ()),
    ("we're doing another bbq next weekend, ill send pics", False, BBQ, "talk", ()),
    ("the ramen place down the street puts two eggs in, this one is stingy lol", False, RAMEN, "talk", ()),
    ("my sister had a silver stand at her wedding", False, CAKE, "talk", ()),
    ("at the market they were selling these for 2 euros a kilo", False, MARKET, "talk", ()),
    ("next picnic im bringing a red blanket for real", False, PICNIC, "talk", ()),
    ("my dad always drowns his sushi in soy sauce lmao", False, SUSHI, "talk", ()),
    ("gonna make these pancakes again on sunday", False, BREAKFAST, "talk", ()),
    ("i'll clean my actual stove tonight i promise", False, STOVE, "talk", ()),
    ("my teacher usually wears a grey kimono for the ceremony", False, TEA, "talk", ()),
    ("later i'll ask you to put our logo on the truck", False, TRUCK, "talk", ()),
    ("tomorrow i'll send the dessert pic, we can do the plates then", False, PLATING, "talk", ()),
    ("in my other photo the oven fire looked redder", False, PIZZA, "talk", ()),
    ("my boss said the cooks should be blurred out", False, UPLOAD, "clarify", ()),
    ("the pizzaiolo is my cousin btw, he'd hate the hat", False, PIZZA, "clarify", ()),
    ("if the bride likes it i'll ask you for the napkins next", False, CAKE, "talk", ()),
    # the same with a request for this photo
    (
        "in real life the cake was pink, can u make it pink like it was",
        False,
        CAKE,
        "edit",
        _edit("make the cake pink"),
    ),
    (
        "my mum wants this one brighter, pls do",
        False,
        DUMPLINGS,
        "edit",
        _edit(
            "make this one brighter", "make it brighter", "make the photo brighter", "brighten it", "brighten the photo"
        ),
    ),
    (
        "next time i'll use a white plate, but for now make this plate white",
        False,
        PLATING,
        "edit",
        _edit("make this plate white", "make the plate white"),
    ),
    (
        "my boss said the cooks should be blurred out, go ahead",
        False,
        UPLOAD,
        "edit",
        _edit("blur out the cooks", "blur the cooks out", "blur the cooks"),
    ),
    (
        "grandma wants a cup of tea on the table, can you add one",
        False,
        DUMPLINGS,
        "edit",
        _edit("add a cup of tea on the table"),
    ),
    (
        "my friend's truck is yellow, do mine yellow too",
        False,
        TRUCK,
        "edit",
        _edit("make the food truck yellow", "make the truck yellow", "make my truck yellow"),
    ),
    (
        "the real ramen had nori on the side, add a sheet pls",
        False,
        RAMEN,
        "edit",
        _edit("add a sheet of nori on the side", "add a nori sheet on the side", "add a sheet of nori"),
    ),
    (
        "irl the apples were greener, make them green",
        False,
        MARKET,
        "edit",
        _edit("make the apples green"),
    ),
    (
        "its for the wedding album so make the background softer",
        False,
        CAKE,
        "edit",
        _edit("make the background softer"),
    ),
    (
        "my sister wants the sushi on a wooden board, can you do that",
        False,
        SUSHI,
        "edit",
        _edit("put the sushi on a wooden board"),
    ),
    (
        "the guests loved the blossoms! now add a little paper lantern by the window",
        False,
        TEA,
        "edit",
        _edit("add a little paper lantern by the window"),
    ),
    (
        "my kids want a smiley face of strawberries on the top pancake, pls add it",
        False,
        BREAKFAST,
        "edit",
        _edit("add a smiley face of strawberries on the top pancake"),
    ),
    (
        "at the real market there was a cat sleeping on the crates, put one there",
        False,
        MARKET,
        "edit",
        _edit("put a cat sleeping on the crates", "add a cat sleeping on the crates"),
    ),
    (
        "my cousin wore a black cap that day, not a white hat, redo it with a black cap",
        False,
        PIZZA,
        "correction",
        _fix("give the pizzaiolo a black cap"),
    ),
    (
        "in the future i'll shoot with a tripod, for this one just straighten the horizon",
        False,
        UPLOAD,
        "edit",
        _edit("straighten the horizon"),
    ),
    # near misses: someone else in the turn, another act asked for
    ("my chef wants a before and after, show him pls", False, PLATING3, "compare", _compare(0, 3)),
    ("send this to my mum", False, DUMPLINGS, "share", SHARE),
    ("my dad says the smoke try was better and hes right, go back to it", False, BBQ_FIXED, "goto", _goto(1)),
    ("my friend has seen it, stop sharing now", False, BAKERY, "revoke", REVOKE),
    ("save it as html for my cooking blog", False, BAKERY, "export", _export("html")),
    ("grandma liked the original better, go back to it", False, DUMPLINGS_RETRIED, "goto", _goto(0)),
    ("my wife wants the dog gone, undo it pls", False, MARKET, "undo", _goto(6)),
    ("what have we changed so far? my sister wants to know", False, TEA, "history", HISTORY),
    ("which version is this? my mum is asking", False, BREAKFAST, "status", STATUS),
)
"""Talk about other photos, other people, the real world or the future, against requests for this photo."""

BURIED: tuple[Dev, ...] = (
    # requests inside chat
    (
        "lol ok love it, now the cups in green pls",
        False,
        TEA,
        "edit",
        _edit("make the cups green", "the cups in green"),
    ),
    ("thanks!! btw can the steam be stronger", False, RAMEN, "retry", _retry("stronger")),
    (
        "haha grandma would kill me 😂 anyway can you roll her sleeves up",
        False,
        DUMPLINGS,
        "edit",
        _edit("roll grandma's sleeves up", "roll up grandma's sleeves", "roll her sleeves up"),
    ),
    (
        "omg this is perfect. one more thing: add a sprig of rosemary on the steak",
        False,
        PLATING,
        "edit",
        _edit("add a sprig of rosemary on the steak"),
    ),
    (
        "you're the best 😭 now fill the juice glass to the top",
        False,
        BREAKFAST,
        "edit",
        _edit("fill the juice glass to the top"),
    ),
    (
        "lmaooo the dog. ok real talk tho, remove the customer with the basket",
        False,
        MARKET,
        "edit",
        _edit("remove the customer with the basket"),
    ),
    (
        "sooo good. could we also get a little bowl of ginger next to the nigiri",
        False,
        SUSHI,
        "edit",
        _edit("add a little bowl of ginger next to the nigiri", "get a little bowl of ginger next to the nigiri"),
    ),
    (
        "great great great, pizza peel in his hands next pls",
        False,
        PIZZA,
        "edit",
        _edit("put a pizza peel in his hands", "put a pizza peel in the pizzaiolo's hands", "pizza peel in his hands"),
    ),
    (
        "nice!! btw a wicker basket on the blanket would be cute, go ahead",
        False,
        PICNIC,
        "edit",
        _edit("add a wicker basket on the blanket", "put a wicker basket on the blanket"),
    ),
    ("hahaha amazing, ok now make the stove knobs shiny", False, STOVE, "edit", _edit("make the stove knobs shiny")),
    ("love love love. oh and write Ana & Luis on the cake", False, CAKE, "edit", _edit("write Ana & Luis on the cake")),
    (
        "heyy sorry was cooking 🍳 where were we... ah yes, croissants shinier",
        False,
        BAKERY,
        "edit",
        _edit("make the croissants shinier", "croissants shinier"),
    ),
    ("ok ty. also put a spatula next to the grill", False, BBQ_FIXED, "edit", _edit("put a spatula next to the grill")),
    (
        "good morning!! coffee first ☕ then pls: remove the trash bag by the truck",
        False,
        TRUCK,
        "edit",
        _edit("remove the trash bag by the truck"),
    ),
    (
        "we were laughing so hard at the dog lol. the sky should be a bit pinker tho",
        False,
        MARKET,
        "edit",
        _edit("make the sky a bit pinker"),
    ),
    # chat that only sounds like a request
    ("remove your doubts, it's great", False, PLATING, "talk", ()),
    ("make my day and say it's done", False, PLATING3, "talk", ()),
    ("take a break, you earned it lol", False, BAKERY, "talk", ()),
    ("add this to the list of best edits ever 😂", False, CAKE, "talk", ()),
    ("blow me away next time haha", False, BBQ, "talk", ()),
    ("cut the drama, it's perfect", False, RAMEN, "talk", ()),
    ("spill the tea, did u enjoy that one", False, TEA, "talk", ()),
    ("put yourself in my shoes, would you post this?", False, SUSHI, "talk", ()),
    ("bring it on 💪", False, UPLOAD, "talk", ()),
    ("you light up my kitchen haha thanks", False, STOVE, "talk", ()),
    ("fill me in, how does this app even work?", False, UPLOAD, "talk", ()),
    ("clear your head and relax, we're done for today", False, MARKET, "talk", ()),
    ("keep it up!", False, PIZZA, "talk", ()),
    ("go easy on me, i'm new at this", False, UPLOAD, "talk", ()),
    ("remove me from the mailing list", False, UPLOAD, "talk", ()),
    ("turn on notifications for me", False, TRUCK, "talk", ()),
    ("add me on insta lol", False, PICNIC, "talk", ()),
    ("write a menu description for this burger", False, BBQ, "talk", ()),
    ("make me a grocery list for these pancakes", False, BREAKFAST, "talk", ()),
    ("delete my account", False, UPLOAD, "talk", ()),
    ("warm my heart and tell me grandma looks great", False, DUMPLINGS, "talk", ()),
    ("cook me dinner too while you're at it haha", False, PLATING, "talk", ()),
    # near misses: another act inside chat
    ("lol ok love it, but undo it anyway, i was just testing", False, TRUCK, "undo", _goto(0)),
    ("thanks!! btw what round is this", False, RAMEN, "status", STATUS),
    ("hahah love it. show me the original real quick", False, CAKE, "show", _show(0)),
    ("ty! make me a link to share it", False, BAKERY, "share", SHARE),
    ("amazing thanks, now stop sharing it pls", False, PIZZA, "revoke", REVOKE),
    ("cool cool. again but with more flames", False, BBQ_FIXED, "retry", _retry("stronger")),
    ("haha wonderful, one more try though", False, DUMPLINGS, "retry", _retry()),
    ("oh wow lol, that's a lot. go back to round 5 pls", False, MARKET, "goto", _goto(5)),
)
"""Requests buried in chat, and chat that only sounds like a request."""

ANSWERS: tuple[Dev, ...] = (
    # after a photo was stored and the assistant asked what to change: no request in the answer
    ("the napkins", False, UPLOAD, "clarify", ()),
    ("dunno, surprise me", False, UPLOAD, "clarify", ()),
    ("nothing rn thx", False, UPLOAD, "talk", ()),
    ("the croissants", False, UPLOAD, "clarify", ()),
    ("grandma's apron i guess", False, UPLOAD, "clarify", ()),
    ("hmm the background?", False, UPLOAD, "clarify", ()),
    ("uhh idk, what would you do", False, UPLOAD, "talk", ()),
    ("nothing, i just wanted to show you grandma's dumplings 🥟", False, UPLOAD, "talk", ()),
    ("not sure yet, give me a sec", False, UPLOAD, "talk", ()),
    ("some ideas maybe?", False, UPLOAD, "talk", ()),
    ("colours", False, UPLOAD, "clarify", ()),
    ("the usual lol", False, UPLOAD, "clarify", ()),
    ("yes pls", False, UPLOAD, "clarify", ()),
    ("leave it as it is, it's perfect already", False, UPLOAD, "talk", ()),
    ("i'll decide later", False, UPLOAD, "talk", ()),
    ("you choose 🤷", False, UPLOAD, "clarify", ()),
    ("the lighting mostly", False, UPLOAD, "clarify", ()),
    ("the stuff on the left", False, UPLOAD, "clarify", ()),
    ("make it pop", False, UPLOAD, "clarify", ()),
    ("nah leave this one", False, AFTER_PICNIC, "talk", ()),
    ("not the same as last time, something else", False, AFTER_SUSHI, "clarify", ()),
    ("hmm the sandwiches maybe", False, TWO_PHOTOS, "clarify", ()),
    # answers that ask for an edit
    ("the napkins, make them navy", False, UPLOAD, "edit", _edit("make the napkins navy")),
    (
        "brighter pls",
        False,
        UPLOAD,
        "edit",
        _edit("make it brighter", "brighter", "make the photo brighter", "brighten it", "brighten the photo"),
    ),
    (
        "just the background — darker",
        False,
        UPLOAD,
        "edit",
        _edit("make the background darker", "background darker", "darken the background"),
    ),
    (
        "take out the guy in the queue with the red cap",
        False,
        UPLOAD,
        "edit",
        _edit("take out the guy in the queue with the red cap", "remove the guy in the queue with the red cap"),
    ),
    (
        "mostly the lighting, warmer",
        False,
        UPLOAD,
        "edit",
        _edit("make the lighting warmer", "lighting warmer", "warmer lighting"),
    ),
    (
        "sprinkle powdered sugar on the croissants",
        False,
        UPLOAD,
        "edit",
        _edit("sprinkle powdered sugar on the croissants"),
    ),
    (
        "dumplings more plump",
        False,
        UPLOAD,
        "edit",
        _edit("make the dumplings more plump", "dumplings more plump", "make the dumplings plumper"),
    ),
    ("the kettle! remove it", False, UPLOAD, "edit", _edit("remove the kettle")),
    (
        "hmm the pan on the back burner - get rid of it",
        False,
        UPLOAD,
        "edit",
        _edit("get rid of the pan on the back burner", "remove the pan on the back burner"),
    ),
    (
        "straighten it, it's crooked",
        False,
        UPLOAD,
        "edit",
        _edit("straighten it", "straighten the photo"),
    ),
    (
        "surprise me, but keep it foodie: add a basil leaf on the pizza",
        False,
        UPLOAD,
        "edit",
        _edit("add a basil leaf on the pizza"),
    ),
    (
        "dunno... ok the sandwiches, cut them into triangles",
        False,
        UPLOAD,
        "edit",
        _edit("cut the sandwiches into triangles"),
    ),
    ("the tea bowl, in celadon green", False, UPLOAD, "edit", _edit("make the tea bowl celadon green")),
    ("same as the last one", False, AFTER_SUSHI, "edit", _edit("remove the soy sauce dish")),
    ("same as before pls", False, AFTER_TEA, "edit", _edit("add cherry blossoms outside the window")),
    ("the matcha thing from before, again here", False, AFTER_TEA, "edit", _edit("make the matcha greener")),
    (
        "same checkered thing on this blanket",
        False,
        AFTER_PICNIC,
        "edit",
        _edit("make the blanket red and white checkered"),
    ),
    (
        "flames under the burgers like the other one",
        False,
        AFTER_BBQ_FIXED,
        "edit",
        _edit("add flames under the burgers"),
    ),
    # photo turns: a caption with a remark is stored, a caption with a request is an edit
    ("here's grandma's dumplings, the lighting was awful in her kitchen", True, UPLOAD, "caption", ()),
    ("sushi night 🍣", True, AFTER_SUSHI, "caption", ()),
    (
        "here's the pancake pic, could you remove the butter knife",
        True,
        UPLOAD,
        "edit",
        _edit("remove the butter knife"),
    ),
    ("same flames on this one pls", True, AFTER_BBQ_FIXED, "edit", _edit("add flames under the burgers")),
    # near misses: the answer asks for another act
    ("what round are we on anyway?", False, AFTER_TEA, "status", STATUS),
    ("first share the session, then we'll see", False, AFTER_SUSHI, "share", SHARE),
    ("show me round 2 first", False, AFTER_TEA, "show", _show(2)),
    ("what did we do on the other one?", False, AFTER_SUSHI, "history", HISTORY),
    ("export everything as html first", False, AFTER_PICNIC, "export", _export("html")),
    ("show me the original of the tea one", False, AFTER_TEA, "show", _show(0)),
    ("recap first pls", False, AFTER_PICNIC, "history", HISTORY),
    ("stop sharing the old link first", False, AFTER_TEA, "revoke", REVOKE),
    ("put the original tea pic next to the finished one first", False, AFTER_TEA, "compare", _compare(0, 2)),
)
"""Answers to the assistant's own question after a photo was stored, and photo turns."""

R34A: tuple[Dev, ...] = (*OBSERVATIONS, *QUESTIONS, *TENTATIVE, *ELSEWHERE, *BURIED, *ANSWERS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: remarks, questions and requests on the current (older) round
    (1, ("hmm the broth looks thin here", False, RAMEN, "talk", ())),
    (1, ("could you add chopsticks on the counter?", False, RAMEN, "edit", _edit("add chopsticks on the counter"))),
    (1, ("would the egg look better cut in half?", False, RAMEN, "talk", ())),
    (1, ("ok bring back the steam one", False, RAMEN, "redo", _goto(3))),
    (3, ("the oranges look a bit fake in this one", False, MARKET, "clarify", ())),
    (3, ("maybe the awning green again? hmm not sure", False, MARKET, "talk", ())),
    (3, ("thanks, now put a scale on the counter", False, MARKET, "edit", _edit("put a scale on the counter"))),
    (3, ("wait what round is this", False, MARKET, "status", STATUS)),
    (1, ("the stand looks great in gold", False, CAKE_BRANCH, "talk", ())),
    (1, ("would roses or a topper be nicer, you think?", False, CAKE_BRANCH, "talk", ())),
    (1, ("put the roses one and the topper one side by side", False, CAKE_BRANCH, "compare", _compare(2, 3))),
    (
        1,
        (
            "add a cake knife with a ribbon beside the cake",
            False,
            CAKE_BRANCH,
            "edit",
            _edit("add a cake knife with a ribbon beside the cake"),
        ),
    ),
    (1, ("the sauce looked too dark anyway", False, PLATING3, "talk", ())),
    (
        1,
        (
            "ok from here, wipe the drips off the plate rim",
            False,
            PLATING3,
            "edit",
            _edit("wipe the drips off the plate rim"),
        ),
    ),
    (1, ("nah bring back the blurry cooks one", False, PLATING3, "goto", _goto(3))),
    (0, ("the pancakes look sad without the blueberries lol", False, BREAKFAST, "clarify", ())),
    (
        0,
        (
            "hmm maybe strawberries instead? yeah add them on the pancakes",
            False,
            BREAKFAST,
            "edit",
            _edit("add strawberries on the pancakes"),
        ),
    ),
    (1, ("i like this try more, thanks", False, DUMPLINGS_RETRIED, "talk", ())),
    (
        1,
        (
            "now give grandma a rolling pin in her hand",
            False,
            DUMPLINGS_RETRIED,
            "edit",
            _edit("give grandma a rolling pin in her hand"),
        ),
    ),
    (1, ("the matcha is so vivid now 😍", False, TEA, "talk", ())),
    (
        1,
        (
            "mind adding a bamboo whisk next to the bowl?",
            False,
            TEA,
            "edit",
            _edit("add a bamboo whisk next to the bowl"),
        ),
    ),
    (1, ("is the soy sauce dish distracting, you think?", False, SUSHI, "talk", ())),
    (1, ("show me the one without the soy dish", False, SUSHI, "show", _show(2))),
    (0, ("the original is fine tbh, maybe i'll redo the smoke later", False, BBQ_FIXED, "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r34a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R34A`, then the moved ones)."""
    return with_moved(R34A, "r34a", MOVED, "r34a_moved")
