"""A development set of follow-ups and corrections whose words are completed from the last edit.

Written by hand before running the model on it, about scenes the other sets do not use: a maypole dance
on a village lawn, bellringers in a church belfry, croquet on a country-house lawn with two edits, a karate
class in a dojo, a go-kart track, a taxidermy shop window, a giant paella pan at a fiesta and a bouncy
castle birthday with two edits. `PRONOUNS` holds "it", "them", "him", "her" meaning the last edit's object
("make it gold" after "make the maypole white": make the maypole gold); `ELLIPSES` the last edit's change
on another object ("same for the hobby horse", "the sallies too", "and the pheasant?", "do that to the man
too"); `OBJECTS` corrections of the last edit's object and `ATTRIBUTES` corrections of its colour, size or
thing ("no the left one", "not the ropes, the sallies", "i meant darker", "actually orange"): the rejected
edit made again from its parent with the corrected instruction (`_fix`, a sibling, never an edit on top),
and "greener than that" the last edit again, stronger. `UNCLEAR` holds turns whose reference is not clear
and deserve one short question: no last edit, "it" after an edit of two things, "it" after a removal, "make
it like before", "that one too". `REMARKS` holds look-alikes that expect no call: remarks about the result ("it
looks white now"), questions ("is it gold?"), "the maypole is fine", and stories that use the same words.
`MESSY` repeats the area in typos, slang, emoji, rambles and non-native English. Same format as
`dialogue_dev.Dev`; every state has its last round current.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _fix, _retry, as_cases

MAYPOLE = ((None, None), (0, "make the maypole white"))
"""A maypole dance on a village lawn: the maypole, streamers, girls in flower crowns, a morris dancer with
bells on his shins, a hobby horse, a cake stall."""
BELFRY = ((None, None), (0, "make the bell ropes green"))
"""Bellringers in a church belfry: six bells, bell ropes with striped sallies, a ringer in a red jumper, a
ringer with a ponytail, a dusty window, the clock mechanism."""
CROQUET = ((None, None), (0, "make the lawn greener"), (1, "give the woman a blue sun hat"))
"""Croquet on a country-house lawn: mallets, hoops, a striped peg, a man in cream trousers, a woman in a sun
hat, a wicker hamper, a stone urn."""
DOJO = ((None, None), (0, "remove the water bottles by the wall"))
"""A karate class in a dojo: a sensei with a black belt, kids in white gis, a wooden floor, a banner with a
kanji, a rack of bo staffs, gym bags by the wall."""
KARTS = ((None, None), (0, "make the kart in front orange"))
"""A go-kart track: karts, racers in helmets, a tyre wall, a chequered flag, a grandstand, a pit lane."""
TAXIDERMY = ((None, None), (0, "put a bow tie on the moose head"))
"""A taxidermy shop window: a stuffed pheasant, a moose head, a glass dome with a hummingbird, antlers, a
brass till, a fox in a waistcoat."""
PAELLA = ((None, None), (0, "add more prawns"))
"""A giant paella pan at a fiesta: the cook in a straw hat, prawns, lemon wedges, a gas ring, a queue of
people, paper plates."""
BOUNCY = ((None, None), (0, "make the bouncy castle pink"), (1, "add balloons on the trestle table"))
"""A bouncy castle birthday in a back garden: the bouncy castle, kids, a paddling pool, a trestle table with
sandwiches, a dad at the grill."""
BELFRY_FIXED = ((None, None), (0, "make the bell ropes green"), (0, "make the sallies green"))
"""The belfry after one correction: the sallies made green instead of the ropes, a sibling of that edit."""
MAYPOLE_PAIR = ((None, None), (0, "make the hobby horse and the cake stall white"))
"""The maypole lawn with two things made white in one edit: "it" could be either."""
KARTS_FIXED = ((None, None), (0, "make the kart in front orange"), (0, "make the left kart orange"))
"""The kart track after one correction: the left kart made orange instead of the one in front."""


def _e(text: str, *instructions: str, state: tuple = MAYPOLE) -> Dev:
    """A new edit on top of the last one."""
    return (text, False, state, "edit", _edit(*instructions))


def _c(text: str, *instructions: str, state: tuple = MAYPOLE) -> Dev:
    """The last edit made again from its parent with the corrected instruction."""
    return (text, False, state, "correction", _fix(*instructions))


def _w(text: str, state: tuple = MAYPOLE, act: str = "talk") -> Dev:
    """A turn that expects no call: talk, or one short question."""
    return (text, False, state, act, ())


PRONOUNS: tuple[Dev, ...] = (
    _e("make it gold", "make the maypole gold"),
    _e("make it taller", "make the maypole taller"),
    _e("now wrap it in ivy", "wrap the maypole in ivy"),
    _e("can u make it a bit shinier", "make the maypole a bit shinier", "make the maypole shinier"),
    _e("make them thicker", "make the bell ropes thicker", state=BELFRY),
    _e("make them a darker green", "make the bell ropes a darker green", state=BELFRY),
    _e("now give them a twist pattern", "give the bell ropes a twist pattern", state=BELFRY),
    _e("make it wider", "make the sun hat wider", "make the blue sun hat wider", state=CROQUET),
    _e(
        "add a white band to it",
        "add a white band to the sun hat",
        "add a white band to the blue sun hat",
        state=CROQUET,
    ),
    _e("make her smile", "make the woman smile", "make her smile", state=CROQUET),
    _e("make it glossy", "make the kart in front glossy", "make the kart glossy", state=KARTS),
    _e("put a number 7 on it", "put a number 7 on the kart in front", "put a number 7 on the kart", state=KARTS),
    _e("give it racing stripes", "give the kart in front racing stripes", "give the kart racing stripes", state=KARTS),
    _e("make it red", "make the bow tie red", state=TAXIDERMY),
    _e("make it bigger", "make the bow tie bigger", state=TAXIDERMY),
    _e("make it polka dot", "make the bow tie polka dot", state=TAXIDERMY),
    _e("make them bigger", "make the prawns bigger", state=PAELLA),
    _e("make them look grilled", "make the prawns look grilled", state=PAELLA),
    _e(
        "put them around the edge",
        "put the prawns around the edge",
        "put the prawns around the edge of the pan",
        state=PAELLA,
    ),
    _e("make them silver", "make the balloons silver", state=BOUNCY),
    _e("tie them to the chairs", "tie the balloons to the chairs", state=BOUNCY),
    _e("make them heart shaped", "make the balloons heart shaped", state=BOUNCY),
    _e("make it matte", "make the maypole matte"),
    _e("paint it with red stripes", "paint the maypole with red stripes"),
    _e("make it more faded", "make the bell ropes more faded", state=BELFRY),
    _e("make it floppier", "make the sun hat floppier", "make the blue sun hat floppier", state=CROQUET),
    _e("put a feather on it", "put a feather on the sun hat", "put a feather on the blue sun hat", state=CROQUET),
    _e("make it tartan", "make the bow tie tartan", state=TAXIDERMY),
    _e("give it a number plate", "give the kart in front a number plate", "give the kart a number plate", state=KARTS),
    _e("make them pastel", "make the balloons pastel", state=BOUNCY),
    _e("make them pinker", "make the prawns pinker", state=PAELLA),
    _e("ok now make it lean to the left", "make the maypole lean to the left"),
    _e("make them hang lower", "make the bell ropes hang lower", state=BELFRY),
    _e("hmm make it brighter please", "make the kart in front brighter", "make the kart brighter", state=KARTS),
    _e("put glitter on it", "put glitter on the maypole"),
    _e("make them float higher", "make the balloons float higher", state=BOUNCY),
)
"""It, them, her: the last edit's object with a new change, an edit on top."""

ELLIPSES: tuple[Dev, ...] = (
    _e("same for the hobby horse", "make the hobby horse white"),
    _e("the cake stall too", "make the cake stall white"),
    _e("and the morris dancer?", "make the morris dancer white"),
    _e("now the streamers", "make the streamers white"),
    _e("do the same to the flower crowns", "make the flower crowns white"),
    _e("the sallies too pls", "make the sallies green", state=BELFRY),
    _e("same for the window frame", "make the window frame green", state=BELFRY),
    _e("and the ringer's jumper?", "make the ringer's jumper green", state=BELFRY),
    _e("the clock mechanism as well", "make the clock mechanism green", state=BELFRY),
    _e("do that to the man too", "give the man a blue sun hat", state=CROQUET),
    _e("same for the girl by the urn", "give the girl by the urn a blue sun hat", state=CROQUET),
    _e("and the gardener too", "give the gardener a blue sun hat", state=CROQUET),
    _e("the rack of staffs too", "remove the rack of staffs", state=DOJO),
    _e("same for the gym bags", "remove the gym bags", "remove the gym bags by the wall", state=DOJO),
    _e("and the towel on the floor", "remove the towel on the floor", state=DOJO),
    _e("now the fire extinguisher", "remove the fire extinguisher", state=DOJO),
    _e("do that to the other karts too", "make the other karts orange", state=KARTS),
    _e(
        "the one behind it too",
        "make the kart behind it orange",
        "make the kart behind orange",
        "make the one behind it orange",
        state=KARTS,
    ),
    _e("same for the helmets", "make the helmets orange", state=KARTS),
    _e("and the pheasant?", "put a bow tie on the pheasant", state=TAXIDERMY),
    _e("the fox too", "put a bow tie on the fox", state=TAXIDERMY),
    _e("do the same with the hummingbird lol", "put a bow tie on the hummingbird", state=TAXIDERMY),
    _e("same for the mussels", "add more mussels", state=PAELLA),
    _e("lemon wedges too", "add more lemon wedges", state=PAELLA),
    _e(
        "and the paddling pool",
        "add balloons on the paddling pool",
        "add balloons around the paddling pool",
        state=BOUNCY,
    ),
    _e("same for the grill", "add balloons on the grill", state=BOUNCY),
    _e("now the tyre wall", "make the tyre wall orange", state=KARTS),
    _e("the grandstand seats as well pls", "make the grandstand seats orange", state=KARTS),
    _e("what about the bells?", "make the bells green", state=BELFRY),
    _e("the fox, that one too", "put a bow tie on the fox", state=TAXIDERMY),
    _e("ok and the antlers", "put a bow tie on the antlers", state=TAXIDERMY),
)
"""The last edit's change on another object: an edit on top."""

OBJECTS: tuple[Dev, ...] = (
    _c("no the hobby horse", "make the hobby horse white"),
    _c("not the maypole, the cake stall", "make the cake stall white"),
    _c("wrong one, i meant the streamers", "make the streamers white"),
    _c("i said the flower crowns", "make the flower crowns white"),
    _c("not the ropes, the sallies", "make the sallies green", state=BELFRY),
    _c("ugh no the window", "make the window green", "make the dusty window green", state=BELFRY),
    _c("wrong thing, the bells", "make the bells green", state=BELFRY),
    _c("not the bells either, the clock", "make the clock green", "make the clock mechanism green", state=BELFRY_FIXED),
    _c("no the man, not her", "give the man a blue sun hat", state=CROQUET),
    _c(
        "wrong person, the guy in the cream trousers",
        "give the guy in the cream trousers a blue sun hat",
        state=CROQUET,
    ),
    _c("i meant the one with the mallet", "give the one with the mallet a blue sun hat", state=CROQUET),
    _c("not the bottles, the gym bags", "remove the gym bags", state=DOJO),
    _c("wrong one, the rack of staffs", "remove the rack of staffs", state=DOJO),
    _c("noo the towel", "remove the towel", state=DOJO),
    _c("no the left one", "make the left kart orange", "make the kart on the left orange", state=KARTS),
    _c("wrong kart, the one behind it", "make the kart behind it orange", "make the kart behind orange", state=KARTS),
    _c("ugh no the other kart", "make the other kart orange", state=KARTS),
    _c(
        "not the front one, the one in the pit lane",
        "make the kart in the pit lane orange",
        "make the one in the pit lane orange",
        state=KARTS,
    ),
    _c(
        "no not that one either, the right one",
        "make the right kart orange",
        "make the kart on the right orange",
        state=KARTS_FIXED,
    ),
    _c("not the moose, the pheasant", "put a bow tie on the pheasant", state=TAXIDERMY),
    _c("wrong animal, the fox", "put a bow tie on the fox", state=TAXIDERMY),
    _c("i meant the fox in the waistcoat", "put a bow tie on the fox in the waistcoat", state=TAXIDERMY),
    _c("not prawns, mussels", "add more mussels", state=PAELLA),
    _c("i meant lemon wedges not prawns", "add more lemon wedges", state=PAELLA),
    _c("not on the table, on the bouncy castle", "add balloons on the bouncy castle", state=BOUNCY),
    _c("wrong table, the one by the paddling pool", "add balloons on the table by the paddling pool", state=BOUNCY),
    _c("no, on the grill", "add balloons on the grill", state=BOUNCY),
    _c("you did the maypole, it was the cake stall", "make the cake stall white"),
    _c(
        "that's the wrong thing, the girl with the flower crown",
        "make the girl with the flower crown white",
    ),
    _c("i never said the ropes, i said the sallies", "make the sallies green", state=BELFRY),
    _c("not the bottles, the sensei's bag", "remove the sensei's bag", state=DOJO),
)
"""Corrections of the last edit's object: that edit made again from its parent."""

ATTRIBUTES: tuple[Dev, ...] = (
    _c("actually orange", "make the maypole orange"),
    _c("not white, cream", "make the maypole cream"),
    _c("i meant ivory, thats too white", "make the maypole ivory"),
    _c("no, yellow", "make the maypole yellow"),
    _c("i meant darker", "make the bell ropes darker green", "make the bell ropes dark green", state=BELFRY),
    _c("not green, red", "make the bell ropes red", state=BELFRY),
    _c("actually navy would be better", "make the bell ropes navy", state=BELFRY),
    _c("hmm no, burgundy", "make the bell ropes burgundy", state=BELFRY),
    _c("a red sun hat not blue", "give the woman a red sun hat", state=CROQUET),
    _c("not a sun hat, a cap", "give the woman a blue cap", "give the woman a cap", state=CROQUET),
    _c("actually a straw one", "give the woman a straw sun hat", state=CROQUET),
    _c("no, i meant lime green", "make the kart in front lime green", state=KARTS),
    _c("not orange, yellow", "make the kart in front yellow", state=KARTS),
    _c("make it purple instead", "make the kart in front purple", state=KARTS),
    _c("not a bow tie, a monocle", "put a monocle on the moose head", state=TAXIDERMY),
    _c("a top hat instead", "put a top hat on the moose head", state=TAXIDERMY),
    _c("actually a scarf", "put a scarf on the moose head", state=TAXIDERMY),
    _c("not more, fewer", "add fewer prawns", "remove some prawns", state=PAELLA),
    _c("i meant bigger prawns not more", "add bigger prawns", "make the prawns bigger", state=PAELLA),
    _c("gold balloons i said", "add gold balloons on the trestle table", state=BOUNCY),
    _c("not balloons, bunting", "add bunting on the trestle table", state=BOUNCY),
    _c("actually make it lilac", "make the maypole lilac"),
    _c("i wanted it silver not white", "make the maypole silver"),
    _c("no wait, sage green", "make the bell ropes sage green", state=BELFRY),
    _c("make them pink instead", "make the hobby horse and the cake stall pink", state=MAYPOLE_PAIR),
    _c("oh i meant the orange of a traffic cone", "make the kart in front the orange of a traffic cone", state=KARTS),
)
"""Corrections of the last edit's colour, thing or size: that edit made again from its parent."""

STRONGER: tuple[Dev, ...] = (
    ("greener than that", False, BELFRY, "retry", _retry("stronger")),
    ("whiter than that", False, MAYPOLE, "retry", _retry("stronger")),
    ("more orange pls", False, KARTS, "retry", _retry("stronger")),
    ("even greener", False, CROQUET[:2], "retry", _retry("stronger")),
    ("less pink, its too much", False, BOUNCY[:2], "retry", _retry("weaker")),
    ("not so white, tone it down", False, MAYPOLE, "retry", _retry("weaker")),
)
"""More or less of the last edit's change: the last edit again, stronger or weaker."""

UNCLEAR: tuple[Dev, ...] = (
    _w("make it green", UPLOAD, "clarify"),
    _w("make them bigger", UPLOAD, "clarify"),
    _w("same for the hobby horse", UPLOAD, "clarify"),
    _w("no the left one", UPLOAD, "clarify"),
    _w("i meant darker", UPLOAD, "clarify"),
    _w("not the rope, the sally", UPLOAD, "clarify"),
    _w("actually orange", UPLOAD, "clarify"),
    _w("do that to the other one too", UPLOAD, "clarify"),
    _w("make it taller", MAYPOLE_PAIR, "clarify"),
    _w("make it brown", MAYPOLE_PAIR, "clarify"),
    _w("make it bigger", DOJO, "clarify"),
    _w("make them blue", DOJO, "clarify"),
    _w("make it like before", MAYPOLE, "clarify"),
    _w("make it like before", KARTS, "clarify"),
    _w("that one too", KARTS, "clarify"),
    _w("and that one", TAXIDERMY, "clarify"),
    _w("no the other one", CROQUET, "clarify"),
    _w("wrong one", BELFRY, "clarify"),
    _w("not that", PAELLA, "clarify"),
    _w("same for the other thing", BOUNCY, "clarify"),
    _w("do it to that too", MAYPOLE, "clarify"),
    _w("i meant the other", DOJO, "clarify"),
)
"""References that are not clear: one short question."""

REMARKS: tuple[Dev, ...] = (
    _w("it looks white now"),
    _w("are they both white now?", MAYPOLE_PAIR),
    _w("is it white?"),
    _w("the maypole is fine"),
    _w("the hobby horse is fine as it is"),
    _w("omg it looks like a giant candy cane lol"),
    _w("did u change the streamers too?"),
    _w("is it really white or just light grey"),
    _w("the ropes look green now", BELFRY),
    _w("are they green or teal?", BELFRY),
    _w("the sallies are fine, leave them", BELFRY),
    _w("the bells are perfect", BELFRY),
    _w("my dad rings the tenor bell, the big one on the left", BELFRY),
    _w("we painted the ropes green in real life last year", BELFRY),
    _w("she looks so posh in it", CROQUET),
    _w("the man is fine, he never wears hats", CROQUET),
    _w("is it blue or navy?", CROQUET),
    _w("that hat is the same as my nan's", CROQUET),
    _w("the gym bags are fine where they are", DOJO),
    _w("did it remove all of them?", DOJO),
    _w("the sensei is my uncle btw", DOJO),
    _w("it looks orange now, sick", KARTS),
    _w("is that the left one?", KARTS),
    _w("the other karts are fine", KARTS),
    _w("the kart behind it is my brother's lol", KARTS),
    _w("i meant it when i said this app is great", KARTS),
    _w("the pheasant is fine, dont touch it", TAXIDERMY),
    _w("is it red or black?", TAXIDERMY),
    _w("the fox already has a waistcoat so it'd be too much", TAXIDERMY),
    _w("haha he looks so fancy now", TAXIDERMY),
    _w("they look real", PAELLA),
    _w("are they prawns or shrimp?", PAELLA),
    _w("the mussels are fine", PAELLA),
    _w("my cousin made this paella for 200 people", PAELLA),
    _w("the pool is fine", BOUNCY),
    _w("are they pink too?", BOUNCY),
    _w("it's pink now which my daughter will love", BOUNCY),
    _w("not the prettiest but ok", PAELLA),
    _w("no that's fine, thanks", KARTS),
    _w("not bad at all", BELFRY),
    _w("no worries, the maypole looks good"),
    _w("same as last year honestly, it rained the whole day"),
    _w("the other one was my favourite photo but i lost it", DOJO),
    _w("wrong day for croquet, it was freezing", CROQUET),
    _w("i said to my wife, not the kart, the helmet is what everyone will notice", KARTS),
)
"""Remarks, questions and stories about the result that use the same words: no call."""

MESSY: tuple[Dev, ...] = (
    _e("mak it goldd", "make the maypole gold", "make the maypole goldd", "mak the maypole goldd"),
    _e("plz make them thiker", "make the bell ropes thicker", "make the bell ropes thiker", state=BELFRY),
    _e("now the hobbyhorse too 🐴", "make the hobbyhorse white", "make the hobby horse white"),
    _e("SAME FOR THE HELMETS", "make the helmets orange", "MAKE THE HELMETS ORANGE", state=KARTS),
    _e("do taht to the fox also", "put a bow tie on the fox", state=TAXIDERMY),
    _e("and the lemons? 🍋", "add more lemons", "add more lemon wedges", state=PAELLA),
    _e(
        "ok so the maypole looks amazing, my mum is going to cry when she sees it because she danced round this "
        "exact pole in 1974. can you make it a little taller",
        "make the maypole a little taller",
        "make the maypole taller",
    ),
    _e(
        "lol the green ropes are so good, the vicar will think we redecorated. please make them a bit shinier too",
        "make the bell ropes a bit shinier",
        "make the bell ropes shinier",
        state=BELFRY,
    ),
    _e(
        "please you make her hat more big",
        "make her hat more big",
        "make the woman's hat bigger",
        "make the sun hat bigger",
        state=CROQUET,
    ),
    _c("nooo 😭 the left one", "make the left kart orange", "make the kart on the left orange", state=KARTS),
    _c("wrong 1 m8, the pheasant", "put a bow tie on the pheasant", state=TAXIDERMY),
    _c("not the ropes bro the salies", "make the salies green", "make the sallies green", state=BELFRY),
    _c(
        "sorry my english, i want the streamer white, not the pole",
        "make the streamer white",
        "make the streamers white",
    ),
    _c("acutally orange", "make the maypole orange"),
    _c("ugh i ment navy", "make the bell ropes navy", state=BELFRY),
    _c(
        "ok so i explained badly, my fault, i didn't mean the woman, i meant the old guy with the mallet, he "
        "always burns his head",
        "give the old guy with the mallet a blue sun hat",
        state=CROQUET,
    ),
    _c(
        "hmm not quite, my son's kart is the one at the back not the one in front 😅",
        "make the kart at the back orange",
        "make my son's kart orange",
        state=KARTS,
    ),
    _w("its white now?? 😍", MAYPOLE),
    _w("lol is that a bow tie", TAXIDERMY),
    _w("ok the prawns r fine", PAELLA),
    _w("idk make it like before?", BOUNCY, "clarify"),
    _w("the other 1", DOJO, "clarify"),
    _w("same 4 the thing", KARTS, "clarify"),
    _w("the maypole is gr8 ty", MAYPOLE),
)
"""The same area typed like people type: typos, slang, caps, emoji, rambles, non-native English."""

REFER6: tuple[Dev, ...] = (*PRONOUNS, *ELLIPSES, *OBJECTS, *ATTRIBUTES, *STRONGER, *UNCLEAR, *REMARKS, *MESSY)
"""Every turn of the set, all with the session's last round current."""


def refer6_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case."""
    return as_cases(REFER6, "refer6")
