"""Round 36, set e: short, half-said follow-ups after one or more edits, and when they mean an edit, a
correction, a retry, a question or nothing at all.

Written by hand from what a demanding user wants (issue 10's table of behaviours and the README's "Talking
to it"), before the dialogue model was run on any of it, about photos no other set uses, all of bakeries,
cafés and ice-cream parlours: a croissant display with price tags, a latte art close-up, an ice-cream cart
on a pier, a wedding-cake tasting table, a bagel shop queue, a doughnut box, a street crêpe stand, a pastry
chef piping cream, a tea room with scones, a gelato counter, a wood-fired bread oven and a milkshake bar.
Sessions have 1 to 5 edits, some after a retry, a correction or an undo (a sibling of an earlier edit), one
with a second photo, and some turns come after an undo or a goto (the current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): a thing alone or said tentatively ("the saucer
too" is the last edit on it, "saucer instead" a correction, a bare "the saucer" or "saucer?" asks which);
a look alone or tentative (a colour alone or "what about" / "or" / "maybe" a colour replaces the last
edit's colour, "greener" after a green edit is a stronger try, "green?" asks); an addition alone ("a scarf
too" adds it to the last edit's subject, "a scarf?" asks); yes, no, ok and other reactions right after an
edit (no question is pending, so "yes" and "ok" are talk, a bare "no" asks whether to undo or try again);
numbers and fragments ("2", "the second", "both", "neither", "all of them", "the rest", "left", "bigger
one": mostly a question back, unless the session makes them plain); and questions that sound like edits
("is it green now?", "would green work?" are talk, "can it be green?" is an edit). About a quarter of each
family are near misses whose right answer is another act: an undo, a goto, a comparison, a status, a
retry, a real edit. The cases have the development set's format (`Dev`: turn, photo, state, act, calls);
`MOVED` holds turns whose current round (first) is an earlier one.
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

CROISSANT = ((None, None), (0, "make the price tags red"))
"""A bakery window with rows of croissants and little price tags on stands, with one edit."""
CROISSANT3 = (*CROISSANT, (1, "add a basket of baguettes on the top shelf"), (2, "make the baker's apron blue"))
"""The croissant display with three edits, each on the one before."""
LATTE = ((None, None), (0, "make the mug yellow"))
"""A latte art close-up: a foam heart, the mug on a saucer with a teaspoon, with one edit."""
LATTE2 = (*LATTE, (1, "add a cinnamon stick on the saucer"))
"""The latte close-up with two edits."""
PIER = ((None, None), (0, "paint the cart pink"), (1, "add a seagull on the umbrella"), (2, "make the sea turquoise"))
"""An ice-cream cart with a striped umbrella on a wooden pier, with three edits, each on the one before."""
PIER_CART = PIER[:2]
"""The ice-cream cart with only the cart edit."""
PIER_GULL = PIER[:3]
"""The ice-cream cart with the cart and the seagull edits."""
CAKES = ((None, None), (0, "make the left cake lavender"))
"""A wedding-cake tasting table with three small cakes in a row (left, middle, right), with one edit."""
CAKES2 = (*CAKES, (1, "add sugar roses on the middle cake"))
"""The tasting table with two edits of two different cakes."""
BAGELS = ((None, None), (0, "give the man at the front of the queue a beanie"), (1, "make the menu board black"))
"""A queue at a bagel shop counter under a menu board, with two edits."""
BAGELS_BEANIE = BAGELS[:2]
"""The bagel shop queue with only the beanie edit."""
DONUTS = ((None, None), (0, "make the small doughnut pink"))
"""An open box of a dozen doughnuts, one smaller than the rest, with one edit."""
DONUTS_RETRIED = (*DONUTS, (0, "make the small doughnut pink"))
"""The doughnut box after a retry: round 2 is a second try of round 1, from the original."""
DONUTS_NEW = (*DONUTS, (None, None))
"""The doughnut box with one edit, then a new photo of another doughnut box."""
CREPE = ((None, None), (0, "add a chalkboard sign next to the stand"), (1, "make the awning red and white striped"))
"""A street crêpe stand with an awning over the hot plates, with two edits."""
CREPE_SIGN = CREPE[:2]
"""The crêpe stand with only the chalkboard sign edit."""
PIPING = ((None, None), (0, "make the cream chocolate brown"))
"""A pastry chef piping cream onto a tray of eclairs, with one edit."""
PIPING_FIXED = (*PIPING, (0, "make the cream caramel coloured"))
"""The pastry chef after a correction: round 2 was made from the original, beside round 1."""
TEAROOM = (
    (None, None),
    (0, "add a jar of jam next to the scones"),
    (1, "make the teapot white"),
    (2, "add a vase of tulips on the table"),
    (3, "make the wallpaper sage green"),
    (4, "put a cat on the window seat"),
)
"""A tea room with scones and a teapot on a lace tablecloth, with five edits, each on the one before."""
TEAROOM2 = TEAROOM[:3]
"""The tea room with the jam and the teapot edits."""
GELATO = ((None, None), (0, "make the mint gelato greener"))
"""A gelato counter with tubs of flavours behind curved glass, with one edit."""
GELATO_BRANCH = (
    *GELATO,
    (1, "add a cone on top of the glass"),
    (1, "add wafer fans in the stracciatella tub"),
)
"""The gelato counter after an undo: round 3 was made from round 1, beside round 2."""
OVEN = ((None, None), (0, "remove the peel leaning on the wall"))
"""A baker sliding loaves into a wood-fired bread oven, with one edit (a removal)."""
OVEN2 = (*OVEN, (1, "make the fire brighter"))
"""The bread oven with the removal and a brighter fire."""
SHAKES = ((None, None), (0, "add a cherry on the strawberry shake"), (1, "make the straws blue"))
"""A milkshake bar with a strawberry, a chocolate and a vanilla shake on the counter, with two edits."""
SHAKES_CHERRY = SHAKES[:2]
"""The milkshake bar with only the cherry edit."""

THINGS: tuple[Dev, ...] = (
    # a thing alone: "too" / "and" / "as well" is the last edit on it, "instead" a correction, bare asks
    ("the saucer too", False, LATTE, "edit", _edit("make the saucer yellow")),
    ("and the saucer", False, LATTE, "edit", _edit("make the saucer yellow")),
    ("saucer aswell pls", False, LATTE, "edit", _edit("make the saucer yellow")),
    ("ooh and the teaspoon!!", False, LATTE, "edit", _edit("make the teaspoon yellow")),
    ("the saucer", False, LATTE, "clarify", ()),
    ("saucer?", False, LATTE, "clarify", ()),
    ("what about the saucer?", False, LATTE, "clarify", ()),
    ("maybe the saucer", False, LATTE, "clarify", ()),
    ("hmm the teaspoon", False, LATTE, "clarify", ()),
    ("or maybe the saucer?", False, LATTE, "correction", _fix("make the saucer yellow")),
    ("the saucer instead", False, LATTE, "correction", _fix("make the saucer yellow")),
    ("nono the saucer", False, LATTE, "correction", _fix("make the saucer yellow")),
    ("teaspoon* sorry", False, LATTE, "correction", _fix("make the teaspoon yellow")),
    ("umbrella too", False, PIER_CART, "edit", _edit("paint the umbrella pink", "make the umbrella pink")),
    (
        "ooh what about the umbrella too",
        False,
        PIER_CART,
        "edit",
        _edit("paint the umbrella pink", "make the umbrella pink"),
    ),
    ("the umbrella?", False, PIER_CART, "clarify", ()),
    ("hmm the railing", False, PIER_CART, "clarify", ()),
    ("not the cart the umbrella", False, PIER_CART, "correction", _fix("paint the umbrella pink")),
    ("the sky too", False, PIER, "edit", _edit("make the sky turquoise")),
    ("and the umbrella", False, PIER, "edit", _edit("make the umbrella turquoise")),
    ("the seagull", False, PIER, "clarify", ()),
    ("the cart??", False, PIER, "clarify", ()),
    ("the broom too", False, OVEN, "edit", _edit("remove the broom")),
    ("and the flour sacks", False, OVEN, "edit", _edit("remove the flour sacks")),
    ("maybe the bucket as well", False, OVEN, "edit", _edit("remove the bucket")),
    ("the broom", False, OVEN, "clarify", ()),
    ("the broom instead", False, OVEN, "correction", _fix("remove the broom")),
    ("the chocolate one too", False, SHAKES_CHERRY, "edit", _edit("add a cherry on the chocolate shake")),
    ("and the vanilla shake", False, SHAKES_CHERRY, "edit", _edit("add a cherry on the vanilla shake")),
    ("vanilla one?", False, SHAKES_CHERRY, "clarify", ()),
    ("the chocolate one", False, SHAKES_CHERRY, "clarify", ()),
    (
        "chocolate one not the strawberry",
        False,
        SHAKES_CHERRY,
        "correction",
        _fix("add a cherry on the chocolate shake"),
    ),
    ("on the vanilla instead", False, SHAKES_CHERRY, "correction", _fix("add a cherry on the vanilla shake")),
    (
        "the woman behind him too",
        False,
        BAGELS_BEANIE,
        "edit",
        _edit("give the woman behind him a beanie", "give the woman behind the man a beanie"),
    ),
    ("the cashier", False, BAGELS_BEANIE, "clarify", ()),
    ("what about the cashier", False, BAGELS_BEANIE, "clarify", ()),
    (
        "wrong guy, the one at the back",
        False,
        BAGELS_BEANIE,
        "correction",
        _fix("give the man at the back of the queue a beanie", "give the one at the back of the queue a beanie"),
    ),
    ("her hat too", False, CROISSANT3, "edit", _edit("make the baker's hat blue", "make her hat blue")),
    ("the hat", False, CROISSANT3, "clarify", ()),
    (
        "and the oven mitts",
        False,
        CROISSANT3,
        "edit",
        _edit("make the oven mitts blue", "make the baker's oven mitts blue"),
    ),
    ("the right one too", False, CAKES2, "edit", _edit("add sugar roses on the right cake")),
    ("and on the left one", False, CAKES2, "edit", _edit("add sugar roses on the left cake")),
    ("the right one", False, CAKES2, "clarify", ()),
    ("maybe the right one instead", False, CAKES2, "correction", _fix("add sugar roses on the right cake")),
    ("the armchair too", False, TEAROOM, "edit", _edit("put a cat on the armchair")),
    ("the armchair", False, TEAROOM, "clarify", ()),
    ("what about on the armchair?", False, TEAROOM, "clarify", ()),
    # near misses: the thing comes with its own request, a remark, a question or a step back
    ("the saucer is so cute lol", False, LATTE, "talk", ()),
    ("saucer stays white", False, LATTE, "talk", ()),
    ("what colour is the saucer in the original?", False, LATTE, "talk", ()),
    ("the teaspoon, make it silver", False, LATTE, "edit", _edit("make the teaspoon silver")),
    ("remove the saucer too", False, LATTE, "edit", _edit("remove the saucer")),
    ("the saucer", False, UPLOAD, "clarify", ()),
    ("and the umbrella", False, UPLOAD, "clarify", ()),
    ("the seagull, get rid of it", False, PIER, "edit", _edit("remove the seagull", "get rid of the seagull")),
    ("the peel was fine actually, put it back", False, OVEN, "undo", _goto(0)),
    ("the vanilla shake is my fav haha", False, SHAKES_CHERRY, "talk", ()),
    (
        "the man at the front, make him smile",
        False,
        BAGELS_BEANIE,
        "edit",
        _edit("make the man at the front smile", "make the man at the front of the queue smile"),
    ),
    ("the cat?? where is it", False, TEAROOM, "talk", ()),
)
"""A thing alone or said tentatively, after one or more edits, and near misses."""

LOOKS: tuple[Dev, ...] = (
    # a look alone: a colour alone or offered as an option replaces the last edit's colour
    ("green", False, LATTE, "correction", _fix("make the mug green")),
    ("mustard", False, LATTE, "correction", _fix("make the mug mustard", "make the mug mustard yellow")),
    ("what about green", False, LATTE, "correction", _fix("make the mug green")),
    ("or maybe mint green?", False, LATTE, "correction", _fix("make the mug mint green")),
    ("maybe orange", False, LATTE, "correction", _fix("make the mug orange")),
    ("green?", False, LATTE, "clarify", ()),
    ("yellower", False, LATTE, "retry", _retry("stronger")),
    ("a bit yellower?", False, LATTE, "retry", _retry("stronger")),
    ("less yellow pls", False, LATTE, "retry", _retry("weaker")),
    ("greener", False, LATTE, "edit", _edit("make the mug greener", "make the mug more green")),
    ("pink", False, PIPING, "correction", _fix("make the cream pink")),
    ("what about pistachio green", False, PIPING, "correction", _fix("make the cream pistachio green")),
    ("pink?", False, PIPING, "clarify", ()),
    ("browner", False, PIPING, "retry", _retry("stronger")),
    ("not soo brown", False, PIPING, "retry", _retry("weaker")),
    ("a bit more caramel-y", False, PIPING_FIXED, "retry", _retry("stronger")),
    (
        "or maybe toffee",
        False,
        PIPING_FIXED,
        "correction",
        _fix("make the cream toffee coloured", "make the cream toffee"),
    ),
    ("greener", False, GELATO, "retry", _retry("stronger")),
    ("even greener lol", False, GELATO, "retry", _retry("stronger")),
    ("a bit greener?", False, GELATO, "retry", _retry("stronger")),
    ("not THAT green", False, GELATO, "retry", _retry("weaker")),
    ("too green now tbh", False, GELATO, "retry", _retry("weaker")),
    ("lilac", False, CAKES, "correction", _fix("make the left cake lilac")),
    ("or pale blue", False, CAKES, "correction", _fix("make the left cake pale blue")),
    ("lavender?", False, CAKES, "clarify", ()),
    ("pastel", False, CAKES, "clarify", ()),
    ("more lavender", False, CAKES, "retry", _retry("stronger")),
    ("hot pink", False, PIER_CART, "correction", _fix("paint the cart hot pink", "make the cart hot pink")),
    ("pinker", False, PIER_CART, "retry", _retry("stronger")),
    ("mint?", False, PIER_CART, "clarify", ()),
    (
        "what about mint",
        False,
        PIER_CART,
        "correction",
        _fix("paint the cart mint", "paint the cart mint green", "make the cart mint", "make the cart mint green"),
    ),
    ("maybe baby blue", False, PIER_CART, "correction", _fix("paint the cart baby blue", "make the cart baby blue")),
    ("blue and white", False, CREPE, "correction", _fix("make the awning blue and white striped")),
    ("or green and white?", False, CREPE, "correction", _fix("make the awning green and white striped")),
    (
        "thinner stripes",
        False,
        CREPE,
        "edit",
        _edit("make the stripes thinner", "make the awning stripes thinner", "make the awning's stripes thinner"),
    ),
    ("neon", False, SHAKES, "clarify", ()),
    ("red and white", False, SHAKES, "correction", _fix("make the straws red and white")),
    ("bluer", False, SHAKES, "retry", _retry("stronger")),
    ("chalkboard green", False, BAGELS, "correction", _fix("make the menu board chalkboard green")),
    ("navy maybe", False, BAGELS, "correction", _fix("make the menu board navy")),
    ("ginger", False, TEAROOM, "correction", _fix("put a ginger cat on the window seat")),
    ("black?", False, TEAROOM, "clarify", ()),
    ("fluffier", False, TEAROOM, "edit", _edit("make the cat fluffier")),
    ("green", False, TEAROOM, "clarify", ()),
    ("brighter", False, OVEN, "clarify", ()),
    ("brighter", False, OVEN2, "retry", _retry("stronger")),
    ("a touch brighter still", False, OVEN2, "retry", _retry("stronger")),
    ("more orange", False, OVEN2, "edit", _edit("make the fire more orange")),
    # near misses: a look with nothing to apply it to, a remark, a plan, a look for another thing
    ("green", False, UPLOAD, "clarify", ()),
    ("pink is soooo cute", False, PIER_CART, "talk", ()),
    ("yellow suits it ngl", False, LATTE, "talk", ()),
    ("green would be too much i think, leave it", False, LATTE, "talk", ()),
    ("i'll try green another day", False, LATTE, "talk", ()),
    ("lavender is perfect 💜", False, CAKES, "talk", ()),
    ("green for the teaspoon", False, LATTE, "edit", _edit("make the teaspoon green")),
    ("the cone green pls", False, GELATO, "edit", _edit("make the cone green")),
    ("chocolate was better, go back to it", False, PIPING_FIXED, "goto", _goto(1)),
    ("the blue looks purple on my screen?", False, SHAKES, "clarify", ()),
    (
        "teal, like our logo",
        False,
        PIER_CART,
        "correction",
        _fix("paint the cart teal", "make the cart teal"),
    ),
)
"""A look alone or said tentatively, after one or more edits, and near misses."""

ADDITIONS: tuple[Dev, ...] = (
    # an addition alone: "too" / "plus" adds it to the last edit's subject, a bare one or "?" asks
    (
        "with a tea cosy",
        False,
        TEAROOM2,
        "edit",
        _edit(
            "put a tea cosy on the teapot",
            "add a tea cosy on the teapot",
            "add a tea cosy to the teapot",
            "give the teapot a tea cosy",
        ),
    ),
    ("a tea cosy", False, TEAROOM2, "clarify", ()),
    (
        "plus a milk jug",
        False,
        TEAROOM2,
        "edit",
        _edit("add a milk jug", "add a milk jug next to the teapot", "add a milk jug on the table"),
    ),
    (
        "gold trim too",
        False,
        TEAROOM2,
        "edit",
        _edit("give the teapot gold trim", "add gold trim to the teapot", "add gold trim on the teapot"),
    ),
    (
        "a scarf too",
        False,
        BAGELS_BEANIE,
        "edit",
        _edit("give the man at the front of the queue a scarf", "give the man at the front a scarf"),
    ),
    (
        "plus sunglasses",
        False,
        BAGELS_BEANIE,
        "edit",
        _edit("give the man at the front of the queue sunglasses", "give the man at the front sunglasses"),
    ),
    ("a scarf?", False, BAGELS_BEANIE, "clarify", ()),
    (
        "and a pom pom on top",
        False,
        BAGELS_BEANIE,
        "edit",
        _edit("add a pom pom on top of the beanie", "add a pom pom on the beanie", "give the beanie a pom pom"),
    ),
    ("a sailboat on the water", False, PIER, "edit", _edit("add a sailboat on the water")),
    ("a sailboat?", False, PIER, "clarify", ()),
    (
        "sailboat too",
        False,
        PIER,
        "edit",
        _edit("add a sailboat", "add a sailboat on the sea", "add a sailboat on the water"),
    ),
    ("a pelican", False, PIER_GULL, "clarify", ()),
    (
        "a pelican too",
        False,
        PIER_GULL,
        "edit",
        _edit("add a pelican on the umbrella", "add a pelican", "add a pelican too"),
    ),
    (
        "plus a 2nd one",
        False,
        PIER_GULL,
        "edit",
        _edit(
            "add a second seagull on the umbrella",
            "add another seagull on the umbrella",
            "add a second seagull",
            "add another seagull",
            "add a 2nd seagull on the umbrella",
        ),
    ),
    (
        "2 more",
        False,
        PIER_GULL,
        "edit",
        _edit(
            "add 2 more seagulls",
            "add two more seagulls",
            "add 2 more seagulls on the umbrella",
            "add two more seagulls on the umbrella",
        ),
    ),
    ("a pelican instead", False, PIER_GULL, "correction", _fix("add a pelican on the umbrella")),
    ("whipped cream", False, SHAKES, "clarify", ()),
    (
        "whipped cream on all 3",
        False,
        SHAKES,
        "edit",
        _edit(
            "add whipped cream on all 3 shakes",
            "add whipped cream on all three shakes",
            "put whipped cream on all 3 shakes",
            "put whipped cream on all three shakes",
            "add whipped cream on all the shakes",
        ),
    ),
    ("sprinkles too", False, SHAKES, "clarify", ()),
    (
        "and whipped cream",
        False,
        SHAKES_CHERRY,
        "edit",
        _edit("add whipped cream on the strawberry shake", "add whipped cream to the strawberry shake"),
    ),
    (
        "sprinkles too",
        False,
        SHAKES_CHERRY,
        "edit",
        _edit("add sprinkles on the strawberry shake", "add sprinkles to the strawberry shake"),
    ),
    ("sprinkles?", False, SHAKES_CHERRY, "clarify", ()),
    ("a wafer", False, SHAKES_CHERRY, "clarify", ()),
    (
        "another cherry",
        False,
        SHAKES_CHERRY,
        "edit",
        _edit("add another cherry on the strawberry shake", "add another cherry"),
    ),
    (
        "a dog next to it",
        False,
        CREPE_SIGN,
        "edit",
        _edit("add a dog next to the sign", "add a dog next to the chalkboard sign"),
    ),
    ("a bike too", False, CREPE_SIGN, "edit", _edit("add a bike next to the stand", "add a bike")),
    ("a menu?", False, CREPE_SIGN, "clarify", ()),
    ("sprinkles", False, DONUTS, "clarify", ()),
    (
        "with sprinkles",
        False,
        DONUTS,
        "edit",
        _edit(
            "add sprinkles on the small doughnut",
            "add sprinkles to the small doughnut",
            "give the small doughnut sprinkles",
        ),
    ),
    (
        "sparks flying out too",
        False,
        OVEN2,
        "edit",
        _edit("add sparks flying out", "add sparks flying out of the oven", "add sparks flying out of the fire"),
    ),
    ("a cat?", False, OVEN2, "clarify", ()),
    ("the hazelnut tub too", False, GELATO_BRANCH, "edit", _edit("add wafer fans in the hazelnut tub")),
    ("chocolate shavings?", False, GELATO_BRANCH, "clarify", ()),
    ("a topper", False, CAKES2, "clarify", ()),
    (
        "and a cake topper on it",
        False,
        CAKES2,
        "edit",
        _edit("add a cake topper on the middle cake", "add a cake topper to the middle cake"),
    ),
    (
        "pearls too",
        False,
        CAKES2,
        "edit",
        _edit("add sugar pearls on the middle cake", "add pearls on the middle cake"),
    ),
    ("ribbons?", False, CAKES2, "clarify", ()),
    ("a hat", False, LATTE, "clarify", ()),
    # near misses: a wish for later, a capability question, a thing taken back, "another one" as a retry
    ("i'd love a sailboat out there but not today", False, PIER, "talk", ()),
    ("a scarf... nah forget it", False, BAGELS_BEANIE, "talk", ()),
    ("actually no beanie", False, BAGELS_BEANIE, "undo", _goto(0)),
    ("can u add stuff like hats n scarves?", False, BAGELS_BEANIE, "talk", ()),
    ("a sailboat", False, UPLOAD, "clarify", ()),
    ("2 more", False, UPLOAD, "clarify", ()),
    ("another one pls", False, LATTE, "retry", _retry()),
    (
        "2 cherries not 1",
        False,
        SHAKES_CHERRY,
        "correction",
        _fix("add 2 cherries on the strawberry shake", "add two cherries on the strawberry shake"),
    ),
    ("scrap the seagull, it looks fake", False, PIER_GULL, "undo", _goto(1)),
    ("a pelican would look silly right", False, PIER_GULL, "talk", ()),
    (
        "add a waffle cone on the counter and a scoop on it",
        False,
        GELATO,
        "edit",
        _edits("add a waffle cone on the counter", ("add a scoop on the cone", "add a scoop on the waffle cone")),
    ),
)
"""An addition alone or said tentatively, after one or more edits, and near misses."""

REACTIONS: tuple[Dev, ...] = (
    # reactions right after an edit, with no question pending: yes / ok are talk, a bare no asks
    ("yes", False, LATTE, "talk", ()),
    ("yesss 😍", False, PIER, "talk", ()),
    ("ok", False, CAKES2, "talk", ()),
    ("ok?", False, OVEN, "talk", ()),
    ("sure", False, TEAROOM, "talk", ()),
    ("hmm", False, GELATO, "talk", ()),
    ("hmmmm...", False, CREPE, "talk", ()),
    ("why", False, PIPING, "talk", ()),
    ("why??", False, TEAROOM2, "talk", ()),
    ("wait", False, SHAKES, "talk", ()),
    ("wait wait", False, DONUTS, "talk", ()),
    ("k", False, BAGELS, "talk", ()),
    ("oki doki", False, CROISSANT, "talk", ()),
    ("yep that's it", False, CAKES, "talk", ()),
    ("yes perfect thx", False, TEAROOM, "talk", ()),
    ("ok this one's better", False, DONUTS_RETRIED, "talk", ()),
    ("no", False, LATTE, "clarify", ()),
    ("nope", False, PIER, "clarify", ()),
    ("nooo", False, TEAROOM, "clarify", ()),
    ("no.", False, OVEN, "clarify", ()),
    ("nah", False, PIPING_FIXED, "clarify", ()),
    ("meh", False, SHAKES_CHERRY, "clarify", ()),
    ("ehh not sure", False, CAKES, "clarify", ()),
    ("hmm the cat", False, TEAROOM, "clarify", ()),
    ("why is the saucer yellow too?", False, LATTE, "clarify", ()),
    ("wait why did the umbrella go pink as well", False, PIER_CART, "clarify", ()),
    ("ok but why", False, GELATO_BRANCH, "talk", ()),
    ("sure sure", False, CREPE_SIGN, "talk", ()),
    ("yes and no", False, CAKES2, "clarify", ()),
    ("👍", False, DONUTS, "talk", ()),
    ("ok cool, ty", False, OVEN2, "talk", ()),
    ("no comment lol", False, BAGELS_BEANIE, "talk", ()),
    ("hmm interesting", False, CROISSANT3, "talk", ()),
    ("wait really?", False, PIPING_FIXED, "talk", ()),
    # near misses: the reaction comes with a request
    ("no, go back", False, LATTE, "undo", _goto(0)),
    ("nope. undo", False, PIER, "undo", _goto(2)),
    ("nah put it back", False, OVEN, "undo", _goto(0)),
    ("no no no take it off", False, TEAROOM, "undo", _goto(4)),
    ("yes! now the saucer too", False, LATTE, "edit", _edit("make the saucer yellow")),
    ("ok now do the teaspoon", False, LATTE, "edit", _edit("make the teaspoon yellow")),
    ("hmm try again", False, GELATO, "retry", _retry()),
    ("nope the cat looks weird, again", False, TEAROOM, "retry", _retry()),
    ("wait no, the right cake", False, CAKES, "correction", _fix("make the right cake lavender")),
    ("wait what did you change", False, CROISSANT3, "status", STATUS),
    ("no, stronger", False, PIPING, "retry", _retry("stronger")),
    ("yes but less", False, GELATO, "retry", _retry("weaker")),
    ("wait, back 2", False, TEAROOM, "goto", _goto(3)),
    ("sure, and the napkins too", False, CREPE, "edit", _edit("make the napkins red and white striped")),
    ("ok now make the cone chocolate", False, GELATO, "edit", _edit("make the cone chocolate")),
)
"""Yes, no, ok and other reactions right after an edit, and near misses."""

FRAGMENTS: tuple[Dev, ...] = (
    # numbers and fragments: mostly a question back, unless the session makes them plain
    ("both", False, CAKES, "clarify", ()),
    ("all of them", False, CAKES, "clarify", ()),
    (
        "all of them too",
        False,
        CAKES,
        "edit",
        _edit(
            "make all the cakes lavender",
            "make all of the cakes lavender",
            "make all of them lavender",
            "make the other cakes lavender",
        ),
    ),
    ("the rest", False, CAKES, "clarify", ()),
    (
        "the rest too",
        False,
        CAKES,
        "edit",
        _edit(
            "make the rest of the cakes lavender",
            "make the other cakes lavender",
            "make the middle and right cakes lavender",
            "make the rest lavender",
        ),
    ),
    ("right", False, CAKES, "talk", ()),
    ("right one", False, CAKES, "correction", _fix("make the right cake lavender")),
    ("the middle one", False, CAKES, "clarify", ()),
    ("middle one instead", False, CAKES, "correction", _fix("make the middle cake lavender")),
    ("middle one as well", False, CAKES, "edit", _edit("make the middle cake lavender")),
    ("neither", False, CAKES, "talk", ()),
    ("left", False, CAKES, "clarify", ()),
    ("both", False, CAKES2, "clarify", ()),
    ("bigger one", False, DONUTS, "clarify", ()),
    (
        "the bigger one i meant",
        False,
        DONUTS,
        "correction",
        _fix("make the bigger doughnut pink", "make the big doughnut pink"),
    ),
    ("2", False, DONUTS, "clarify", ()),
    ("2", False, DONUTS_RETRIED, "clarify", ()),
    ("the second", False, DONUTS_RETRIED, "clarify", ()),
    ("the first", False, DONUTS_RETRIED, "clarify", ()),
    ("both", False, DONUTS_RETRIED, "clarify", ()),
    ("1 was better", False, DONUTS_RETRIED, "goto", _goto(1)),
    ("both side by side", False, DONUTS_RETRIED, "compare", _compare(1, 2)),
    ("left", False, CREPE, "clarify", ()),
    ("on the left", False, CREPE_SIGN, "clarify", ()),
    ("the middle one", False, SHAKES, "clarify", ()),
    ("3", False, SHAKES, "clarify", ()),
    ("the third", False, SHAKES, "clarify", ()),
    ("all three", False, SHAKES, "clarify", ()),
    (
        "only the middle one",
        False,
        SHAKES,
        "correction",
        _fix("make the middle straw blue", "make the straw in the middle shake blue", "make the middle one blue"),
    ),
    ("2", False, BAGELS, "clarify", ()),
    ("the second", False, BAGELS, "clarify", ()),
    ("both!", False, BAGELS, "clarify", ()),
    ("neither tbh", False, BAGELS, "talk", ()),
    ("3", False, TEAROOM, "clarify", ()),
    ("the 3rd", False, TEAROOM, "clarify", ()),
    ("3 pls", False, TEAROOM, "clarify", ()),
    ("9", False, TEAROOM, "clarify", ()),
    ("the rest", False, TEAROOM, "clarify", ()),
    ("the last two", False, TEAROOM, "clarify", ()),
    ("all of them", False, TEAROOM, "clarify", ()),
    ("2", False, PIER, "clarify", ()),
    ("the 2nd", False, PIER, "clarify", ()),
    ("the other one", False, GELATO_BRANCH, "clarify", ()),
    ("both", False, GELATO_BRANCH, "clarify", ()),
    ("left", False, PIER_CART, "clarify", ()),
    ("both", False, OVEN, "clarify", ()),
    ("the rest", False, OVEN, "clarify", ()),
    ("bigger one", False, LATTE, "clarify", ()),
    ("all of them", False, CROISSANT, "clarify", ()),
    ("only the left one", False, CROISSANT, "correction", _fix("make the left price tag red")),
    # near misses: a number or fragment the session makes plain
    ("go to 3", False, TEAROOM, "goto", _goto(3)),
    ("lemme see 3", False, TEAROOM, "show", _show(3)),
    ("compare the last two", False, TEAROOM, "compare", _compare(4, 5)),
    ("2 was nicer", False, PIER, "goto", _goto(2)),
    ("both next to each other", False, GELATO_BRANCH, "compare", _compare(2, 3)),
    ("round 9", False, PIER, "clarify", ()),
    ("the first one was better, go back", False, BAGELS, "goto", _goto(1)),
    (
        "2 sticks",
        False,
        LATTE2,
        "correction",
        _fix("add 2 cinnamon sticks on the saucer", "add two cinnamon sticks on the saucer"),
    ),
)
"""Numbers and fragments after one or more edits, and near misses."""

QUESTIONS: tuple[Dev, ...] = (
    # questions that sound like edits: "is it / did you / would X work" are talk, "can it be X" an edit
    ("is it green now?", False, LATTE, "talk", ()),
    ("did you make it yellow?", False, LATTE, "talk", ()),
    ("would green work?", False, LATTE, "talk", ()),
    ("green would look better right?", False, LATTE, "clarify", ()),
    ("is the saucer yellow too?", False, LATTE, "talk", ()),
    ("is the sea turquoise now? looks blue to me", False, PIER, "clarify", ()),
    ("did u paint the cart?", False, PIER, "talk", ()),
    ("would a sunset look nice?", False, PIER, "talk", ()),
    ("a sunset would be nicer, right?", False, PIER, "clarify", ()),
    ("is the seagull still there?", False, PIER, "talk", ()),
    ("is lavender too much for a wedding?", False, CAKES, "talk", ()),
    ("would lilac be better?", False, CAKES, "talk", ()),
    ("lilac would have been better, no?", False, CAKES2, "clarify", ()),
    ("is that a cat or a fox lol", False, TEAROOM, "talk", ()),
    ("did you keep the tulips?", False, TEAROOM, "talk", ()),
    ("would a dog be cuter?", False, TEAROOM, "talk", ()),
    ("is the peel gone?", False, OVEN, "talk", ()),
    ("did it remove the broom as well??", False, OVEN, "clarify", ()),
    ("are the straws blue? they look purple", False, SHAKES, "clarify", ()),
    ("would pink straws be cuter?", False, SHAKES, "talk", ()),
    ("is it greener?", False, GELATO, "talk", ()),
    ("is it pink?", False, DONUTS_NEW, "talk", ()),
    ("did you change the menu?", False, BAGELS, "talk", ()),
    ("can you make signs?", False, BAGELS, "talk", ()),
    ("is the awning striped now?", False, CREPE, "talk", ()),
    ("would yellow stripes work better?", False, CREPE, "talk", ()),
    ("did the apron turn blue?", False, CROISSANT3, "talk", ()),
    ("is the price tag red or orange?", False, CROISSANT, "talk", ()),
    ("did you do it twice?", False, DONUTS_RETRIED, "talk", ()),
    ("which one is the caramel one?", False, PIPING_FIXED, "talk", ()),
    ("is the cream chocolate or caramel now", False, PIPING_FIXED, "talk", ()),
    ("could it be a bit browner, in theory?", False, PIPING, "talk", ()),
    ("can you make the sky pink? just wondering", False, PIER, "talk", ()),
    ("would it look weird if the cinnamon stick was longer?", False, LATTE2, "talk", ()),
    ("did you put the stick on the saucer or the mug?", False, LATTE2, "talk", ()),
    ("is the jam jar still there?", False, TEAROOM2, "talk", ()),
    # near misses: a question that asks for an edit, a correction, a retry or a status
    ("can it be green?", False, LATTE, "edit", _edit("make the mug green")),
    ("could you make it green?", False, LATTE, "edit", _edit("make the mug green")),
    ("can you do green instead?", False, LATTE, "correction", _fix("make the mug green")),
    ("can the sky be pink too?", False, PIER, "edit", _edit("make the sky pink")),
    (
        "could you do the middle one lavender as well?",
        False,
        CAKES,
        "edit",
        _edit("make the middle cake lavender", "do the middle cake lavender"),
    ),
    ("can the middle one be white?", False, CAKES, "edit", _edit("make the middle cake white")),
    ("can the cat be ginger?", False, TEAROOM, "edit", _edit("make the cat ginger")),
    ("could we have a dog instead?", False, TEAROOM, "correction", _fix("put a dog on the window seat")),
    ("can the flour sacks go too?", False, OVEN, "edit", _edit("remove the flour sacks")),
    ("can they be striped?", False, SHAKES, "edit", _edit("make the straws striped")),
    ("could the cherry be bigger?", False, SHAKES, "edit", _edit("make the cherry bigger")),
    ("can it be even greener?", False, GELATO, "retry", _retry("stronger")),
    ("can this one be pink too?", False, DONUTS_NEW, "edit", _edit("make the small doughnut pink")),
    ("can her hat be blue too?", False, CROISSANT3, "edit", _edit("make the baker's hat blue", "make her hat blue")),
    (
        "can the stripes be thinner?",
        False,
        CREPE,
        "edit",
        _edit("make the stripes thinner", "make the awning stripes thinner"),
    ),
    ("what did you just change?", False, LATTE2, "status", STATUS),
)
"""Questions that sound like edits, after one or more edits, and near misses."""

R36E: tuple[Dev, ...] = (*THINGS, *LOOKS, *ADDITIONS, *REACTIONS, *FRAGMENTS, *QUESTIONS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: the same short follow-ups, and the moves they may mean
    (1, ("2", False, PIER, "clarify", ())),
    (1, ("ok", False, PIER, "talk", ())),
    (1, ("is the seagull gone?", False, PIER, "talk", ())),
    (1, ("yes", False, PIER, "talk", ())),
    (1, ("nope bring them both back", False, PIER, "redo", _goto(3))),
    (1, ("what about the seagull?", False, PIER, "clarify", ())),
    (1, ("lemme see 3", False, PIER, "show", _show(3))),
    (1, ("2 was nicer", False, PIER, "goto", _goto(2))),
    (2, ("3", False, TEAROOM, "clarify", ())),
    (2, ("forward one", False, TEAROOM, "redo", _goto(3))),
    (2, ("the cat?", False, TEAROOM, "clarify", ())),
    (2, ("can the teapot be blue?", False, TEAROOM, "edit", _edit("make the teapot blue"))),
    (2, ("did you undo the cat too?", False, TEAROOM, "talk", ())),
    (2, ("wait", False, TEAROOM, "talk", ())),
    (2, ("where am i now?", False, TEAROOM, "status", STATUS)),
    (0, ("yes", False, LATTE, "talk", ())),
    (0, ("green", False, LATTE, "edit", _edit("make the mug green"))),
    (0, ("hmm", False, LATTE, "talk", ())),
    (1, ("the rest", False, CAKES2, "clarify", ())),
    (1, ("both", False, CAKES2, "clarify", ())),
    (1, ("ok now the right cake lavender too", False, CAKES2, "edit", _edit("make the right cake lavender"))),
    (1, ("the second", False, DONUTS_RETRIED, "clarify", ())),
    (1, ("nah 2 was better", False, DONUTS_RETRIED, "goto", _goto(2))),
    (1, ("ok", False, DONUTS_RETRIED, "talk", ())),
    (2, ("the other one", False, GELATO_BRANCH, "clarify", ())),
    (2, ("both side by side", False, GELATO_BRANCH, "compare", _compare(2, 3))),
    (1, ("is the basket gone now?", False, CROISSANT3, "talk", ())),
    (1, ("wait, both back pls", False, CROISSANT3, "redo", _goto(3))),
    (1, ("2", False, CROISSANT3, "clarify", ())),
    (1, ("can the tags be gold?", False, CROISSANT3, "edit", _edit("make the price tags gold"))),
    (1, ("sure", False, SHAKES, "talk", ())),
    (1, ("no", False, OVEN2, "clarify", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r36e_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R36E`, then the moved ones)."""
    return with_moved(R36E, "r36e", MOVED, "r36e_moved")
