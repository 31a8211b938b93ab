"""Round 34, set c: edits in hard wordings, where the instruction has to come out clean and right.

Written by hand from what a demanding user wants (issue 10's table of behaviours and its "What to build"
list), before the dialogue model was run on any of it, about photos no other set uses, all of cars, roads
and city streets: a hatchback in a car wash, a parking garage, a bicycle courier in traffic, a gas station
at night, a traffic jam on a bridge, a graffiti wall in an alley, a street market stall, a taxi rank, a
scooter parked by a café, a road works site with cones, a bus stop in the rain, a vintage car at a meet, a
tram crossing and a roundabout with a statue. Sessions have 0 to 7 edits, some after a correction or an
undo (a sibling of an earlier edit), some with a second photo, and some turns come after an undo or a goto
(the current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): long polite or rambling requests whose padding
must fall away ("so i was wondering if maybe you could possibly..."); non-native English and typos whose
request must come out spelled right ("please to make...", "remov", "chnage"); unusual verbs and idioms
("stash the hose out of sight", "smoke the windows", "nix the pigeons", "torch the old sofa"); several
requests in one turn with "and", commas, "then", numbered or dashed lists, beside one request with "and"
inside it ("make the taxi black and white", "add fish and chips on the café table"); "it", "them", "her",
"his" resolved from the last edit or from the turn itself, and asked about when nothing names them; and
requests wrapped in a reason or a story ("my boss hates the cone so get rid of it"). About a quarter of each
family are near misses whose right answer is another act: a question about the session, an undo or a show
in polite or broken words, an idiom that means a move in the session ("wipe the slate clean", "axe the
pigeons" right after adding them), a correction that says "instead", a reason or a story with no request
in it. The cases have the development set's format (`Dev`: turn, photo, state, act, calls); `MOVED` holds
turns whose current round (first) is an earlier one.
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

CARWASH = ((None, None), (0, "make the hatchback cherry red"))
"""A hatchback covered in foam in a car wash tunnel, with one edit."""
CARWASH3 = (*CARWASH, (1, "add more foam on the windshield"), (2, "make the brushes blue"))
"""The car wash with three edits, each on the one before."""
GARAGE = ((None, None), (0, "make the ceiling lights brighter"), (1, "remove the oil stain on the floor"))
"""A half-empty parking garage level with a pillar marked B2 and a rusty van, with two edits."""
COURIER = ((None, None), (0, "give the courier a yellow helmet"))
"""A bicycle courier weaving between cars and a bus in traffic, with one edit."""
COURIER_FIXED = (*COURIER, (0, "give the courier an orange helmet"))
"""The courier after a correction: round 2 was made from the original, beside round 1."""
GAS = ((None, None), (0, "make the neon sign pink"), (1, "add rain on the forecourt"))
"""A gas station at night, pumps under a lit canopy, with two edits."""
BRIDGE = (
    (None, None),
    (0, "make the sky sunset orange"),
    (1, "add a helicopter above the bridge"),
    (2, "make the truck in front green"),
    (3, "blur the cars in the back"),
    (4, "add streetlights along the railing"),
)
"""A traffic jam on a suspension bridge, with five edits, each on the one before."""
BRIDGE_SKY = BRIDGE[:2]
"""The traffic jam on the bridge with only the sunset sky edit."""
ALLEY = ((None, None), (0, "add graffiti of a whale on the wall"))
"""A graffiti wall in a narrow alley with a bin, a drainpipe, a shutter and an old sofa, with one edit."""
MARKET = ((None, None), (0, "make the awning green"), (1, "add oranges on the stall"))
"""A street market fruit stall with an awning, crates and a vendor, with two edits."""
TAXIS = ((None, None), (0, "make the taxis yellow"))
"""A taxi rank outside a station, three cabs in a row with their drivers, with one edit."""
TAXI_BUS = ((None, None), (0, "make the taxi and the bus white"))
"""A taxi and a bus at a taxi rank, with one edit of both at once."""
SCOOTER = ((None, None), (0, "make the scooter mint green"))
"""A scooter parked by a café terrace with chairs and an awning, with one edit."""
SCOOTER_FIXED = (*SCOOTER, (0, "make the scooter baby blue"))
"""The scooter after a correction: round 2 was made from the original, beside round 1."""
ROADWORKS = ((None, None), (0, "remove the cone on the left"), (1, "make the digger yellow"))
"""A road works site with cones, a digger and a worker in a hi-vis vest, with two edits."""
ROADWORKS_CONE = ROADWORKS[:2]
"""The road works site with only the cone removed."""
BUSSTOP = ((None, None), (0, "add a woman with a red umbrella"))
"""A bus stop in the rain with a glass shelter and an old man waiting, with one edit."""
VINTAGE = (
    (None, None),
    (0, "make the chrome bumper shinier"),
    (1, "paint the car british racing green"),
    (2, "add a crowd of people behind the car"),
)
"""A vintage car at a car meet on a lawn, with three edits, each on the one before."""
VINTAGE_FILM = ((None, None), (0, "give the photo a vintage film look"))
"""The vintage car meet with one edit of the whole photo."""
TRAM = ((None, None), (0, "make the tram red"), (1, "add snow on the tracks"))
"""A tram crossing a busy junction with pedestrians, with two edits."""
TRAM_BRANCH = (*TRAM, (1, "add fog over the crossing"))
"""The tram after an undo: round 3 was made from round 1, beside round 2."""
ROUNDABOUT = (
    (None, None),
    (0, "make the statue gold"),
    (1, "add flowers around the statue"),
    (2, "make the grass greener"),
    (3, "add a red bus on the roundabout"),
    (4, "make the sky cloudy"),
    (5, "remove the billboard"),
    (6, "add pigeons on the statue's head"),
)
"""A roundabout with a bronze horseman statue, with seven edits, each on the one before."""
STATUE = ROUNDABOUT[:2]
"""The roundabout with only the gold statue edit."""

AFTER_CARWASH = (*CARWASH, (None, None))
"""The car wash session with one edit, then a new photo."""
AFTER_TAXIS = (*TAXIS, (None, None))
"""The taxi rank session with one edit, then a new photo."""
AFTER_TRAM = (*TRAM, (None, None))
"""The tram session with two edits, then a new photo."""

POLITE: tuple[Dev, ...] = (
    # long polite or rambling requests: the padding falls away, the request stays whole
    (
        "so i was wondering if maybe you could possibly, if it's not too much trouble, make the awning on the "
        "stall blue",
        False,
        UPLOAD,
        "edit",
        _edit("make the awning on the stall blue", "make the awning blue"),
    ),
    (
        "Hello! I hope you're having a lovely day. Would you be so kind as to remove the bin next to the wall? "
        "Thank you ever so much.",
        False,
        UPLOAD,
        "edit",
        _edit("remove the bin next to the wall"),
    ),
    (
        "ok so basically, and sorry this is long, the car wash brushes look kind of dull and i think it'd be "
        "really nice if they were bright red, if you can",
        False,
        CARWASH,
        "edit",
        _edit("make the car wash brushes bright red", "make the brushes bright red"),
    ),
    (
        "hiya, not sure if this is the kind of thing you do but could you perhaps add a little dog sitting by "
        "the scooter? no worries if not",
        False,
        SCOOTER,
        "edit",
        _edit("add a little dog sitting by the scooter"),
    ),
    (
        "Dear assistant, I would be most grateful if you could make the tram's windows lit up from inside.",
        False,
        TRAM,
        "edit",
        _edit("make the tram's windows lit up from inside", "light up the tram's windows from inside"),
    ),
    (
        "i hate to be a pain but if you get a sec could u maybe brighten up the pumps a bit, they're kinda lost "
        "in the dark",
        False,
        GAS,
        "edit",
        _edit("brighten up the pumps a bit", "brighten the pumps a bit", "make the pumps a bit brighter"),
    ),
    (
        "would it be at all possible — and take your time — to put a pigeon on the bus shelter roof",
        False,
        BUSSTOP,
        "edit",
        _edit("put a pigeon on the bus shelter roof", "add a pigeon on the bus shelter roof"),
    ),
    (
        "okay okay okay so I've been staring at this for ages and I think what it really needs is for the sky "
        "over the bridge to be a deep purple, could you do that?",
        False,
        BRIDGE,
        "edit",
        _edit("make the sky over the bridge a deep purple", "make the sky over the bridge deep purple"),
    ),
    (
        "if it's not too much bother, and only if it won't look weird, could the taxi driver be wearing a flat cap",
        False,
        TAXIS,
        "edit",
        _edit(
            "give the taxi driver a flat cap",
            "make the taxi driver wear a flat cap",
            "put a flat cap on the taxi driver",
        ),
    ),
    (
        "Hi there, first time using this, hope I'm doing it right 😅 Can you please remove the traffic cone in "
        "the middle of the road",
        False,
        UPLOAD,
        "edit",
        _edit("remove the traffic cone in the middle of the road"),
    ),
    (
        "pretty please with a cherry on top, give the courier a red messenger bag",
        False,
        COURIER,
        "edit",
        _edit("give the courier a red messenger bag"),
    ),
    (
        "Good afternoon. When you have a moment, I'd appreciate it if the puddles on the forecourt could "
        "reflect the neon lights.",
        False,
        GAS,
        "edit",
        _edit("make the puddles on the forecourt reflect the neon lights"),
    ),
    (
        "ok this might be a weird ask and feel free to say no lol but could u make the statue look like it's "
        "made of ice",
        False,
        STATUE,
        "edit",
        _edit("make the statue look like it's made of ice", "make the statue look like it is made of ice"),
    ),
    (
        "i know i keep asking for stuff and you've been super patient but one more: a yellow bicycle leaning "
        "against the graffiti wall",
        False,
        ALLEY,
        "edit",
        _edit(
            "add a yellow bicycle leaning against the graffiti wall", "add a yellow bicycle leaning against the wall"
        ),
    ),
    (
        "sorry to bother again!! if possible i'd love the vendor to be smiling, he looks so grumpy haha",
        False,
        MARKET,
        "edit",
        _edit("make the vendor smile", "make the vendor smiling", "make the vendor be smiling"),
    ),
    (
        "Hello again :) It would be wonderful if you could add a few orange cones around the open manhole, for "
        "safety you know",
        False,
        ROADWORKS,
        "edit",
        _edit("add a few orange cones around the open manhole", "add orange cones around the open manhole"),
    ),
    (
        "just wondering, whenever you're free, could the rain at the bus stop be a bit heavier",
        False,
        BUSSTOP,
        "edit",
        _edit("make the rain at the bus stop a bit heavier", "make the rain a bit heavier"),
    ),
    (
        "I'm so sorry, I don't really know how these things work, but is there any way to make the scooter's "
        "seat brown leather? that'd be amazing",
        False,
        SCOOTER,
        "edit",
        _edit("make the scooter's seat brown leather", "give the scooter a brown leather seat"),
    ),
    (
        "hi! here's a pic from the vintage car meet, i was hoping you might make the sky a clearer blue if "
        "that's alright",
        True,
        UPLOAD,
        "edit",
        _edit("make the sky a clearer blue", "make the sky clearer blue"),
    ),
    (
        "honestly no rush at all but when you get round to it could you take the scaffolding off the building "
        "behind the market",
        False,
        MARKET,
        "edit",
        _edit(
            "take the scaffolding off the building behind the market",
            "remove the scaffolding from the building behind the market",
            "remove the scaffolding on the building behind the market",
        ),
    ),
    (
        "apologies for the essay but the context matters: this is for my cousin's wedding, so please put white "
        "ribbons on the bonnet of the car",
        False,
        VINTAGE,
        "edit",
        _edit("put white ribbons on the bonnet of the car", "put white ribbons on the car's bonnet"),
    ),
    (
        "Could I trouble you to make the bridge cables glow a soft blue?",
        False,
        BRIDGE,
        "edit",
        _edit("make the bridge cables glow a soft blue", "make the bridge cables glow soft blue"),
    ),
    (
        "hey, hope u don't mind me asking, but the courier's bike could use a bright blue frame maybe?",
        False,
        COURIER,
        "edit",
        _edit(
            "give the courier's bike a bright blue frame",
            "make the courier's bike frame bright blue",
            "make the frame of the courier's bike bright blue",
        ),
    ),
    (
        "Right, so, I've thought about it long and hard, and what I'd really like is for you to change the "
        "billboard by the roundabout to an ad for ice cream.",
        False,
        STATUE,
        "edit",
        _edit(
            "change the billboard by the roundabout to an ad for ice cream",
            "change the billboard to an ad for ice cream",
            "make the billboard by the roundabout an ad for ice cream",
        ),
    ),
    (
        "you're doing great btw!! if you could also just turn on the hatchback's headlights that'd be perfect",
        False,
        CARWASH,
        "edit",
        _edit("turn on the hatchback's headlights", "turn the hatchback's headlights on"),
    ),
    (
        "I'm going to be honest, I'm not great with tech, but I would like the lady with the umbrella to have a "
        "yellow raincoat on, please.",
        False,
        BUSSTOP,
        "edit",
        _edit(
            "give the lady with the umbrella a yellow raincoat",
            "make the lady with the umbrella wear a yellow raincoat",
            "put a yellow raincoat on the lady with the umbrella",
        ),
    ),
    (
        "whenever suits you, no pressure at all, a couple of pigeons pecking at crumbs under the café table would "
        "be adorable",
        False,
        SCOOTER,
        "edit",
        _edit(
            "add a couple of pigeons pecking at crumbs under the café table",
            "add a couple of pigeons pecking at crumbs under the cafe table",
        ),
    ),
    (
        "mmm what else... oh yeah!! if u could make the pillar say B3 instead of B2 that'd be so helpful, our "
        "level is B3",
        False,
        GARAGE,
        "edit",
        _edit("make the pillar say b3 instead of b2", "make the pillar say b3", "change b2 on the pillar to b3"),
    ),
    (
        "Good evening, sorry for the late message. Would it be possible for the tram to have a destination sign "
        "that reads CENTRAL?",
        False,
        TRAM,
        "edit",
        _edit(
            "give the tram a destination sign that reads central",
            "make the tram's destination sign read central",
            "add a destination sign that reads central on the tram",
        ),
    ),
    # near misses: the same padding around a question, a move in the session, a retry, a correction or talk
    (
        "so i was wondering if maybe you could possibly tell me everything you've changed so far, if it's not too "
        "much trouble",
        False,
        GARAGE,
        "history",
        HISTORY,
    ),
    (
        "hi, sorry, I hope this isn't a silly question, but which round are we on at the moment?",
        False,
        BRIDGE,
        "status",
        STATUS,
    ),
    (
        "i was just wondering, if it's not a bother, whether you'd be able to put the very first version and this "
        "one side by side",
        False,
        TRAM,
        "compare",
        _compare(0, 2),
    ),
    (
        "hello there, I'd be really grateful if we could go back to how it looked before the oranges were added",
        False,
        MARKET,
        "goto",
        _goto(1),
    ),
    (
        "Would you be so kind as to undo that last change? It's not quite what I pictured.",
        False,
        GAS,
        "undo",
        _goto(1),
    ),
    (
        "Greetings! Might I request that the pigeons be taken off the statue's head again, please and thank you.",
        False,
        ROUNDABOUT,
        "undo",
        _goto(6),
    ),
    (
        "i'd like, if you could, to see the taxis in black instead, like london cabs",
        False,
        TAXIS,
        "correction",
        _fix("make the taxis black like london cabs", "make the taxis black"),
    ),
    (
        "if it's no trouble could you give it another go, the helmet came out a bit blotchy",
        False,
        COURIER,
        "retry",
        _retry(),
    ),
    (
        "I don't want to be rude, but could you do that one again with a bit more oomph?",
        False,
        TAXIS,
        "retry",
        _retry("stronger"),
    ),
    (
        "thank you so so much, honestly you've made my whole week, the cabs look brilliant",
        False,
        TAXIS,
        "talk",
        (),
    ),
    (
        "so i was wondering if maybe you could, if it's not too much, write a little instagram caption for this "
        "car wash pic?",
        False,
        CARWASH,
        "talk",
        (),
    ),
    (
        "i was wondering if you could perhaps, at some point, make it a bit nicer? whatever you think",
        False,
        UPLOAD,
        "clarify",
        (),
    ),
    (
        "hmm i'm not sure yet, sorry, let me have a think about what i want and i'll come back to you",
        False,
        SCOOTER,
        "talk",
        (),
    ),
    (
        "so sorry to ask, would you be able to share this session with my brother? he wants to see",
        False,
        VINTAGE,
        "share",
        SHARE,
    ),
    (
        "I'd be most grateful if you could export the whole thing as html for our club newsletter",
        False,
        VINTAGE,
        "export",
        _export("html"),
    ),
    ("hello! could you possibly, and no pressure, show me round 2 again?", False, BRIDGE, "show", _show(2)),
    (
        "I really appreciate all of this. Could I just ask, in general, whether you're able to remove people from "
        "photos? Just curious for another time.",
        False,
        BUSSTOP,
        "talk",
        (),
    ),
    (
        "Hello! I hope it's okay to send another one. This is the taxi rank at the station, early morning.",
        True,
        AFTER_TAXIS,
        "caption",
        (),
    ),
)
"""Long polite or rambling requests, and near misses wrapped in the same padding."""

NONNATIVE: tuple[Dev, ...] = (
    # non-native English and typos: the request comes out in plain, rightly spelled words
    (
        "pls to make the hatchback more shiny",
        False,
        UPLOAD,
        "edit",
        _edit("make the hatchback shinier", "make the hatchback more shiny"),
    ),
    ("remve the trolly in the corner pls", False, GARAGE, "edit", _edit("remove the trolley in the corner")),
    (
        "i want that the bus is be blue colour",
        False,
        UPLOAD,
        "edit",
        _edit("make the bus blue", "make the bus blue colour", "make the bus blue color"),
    ),
    (
        "pleas make more light on the pumpes",
        False,
        GAS,
        "edit",
        _edit(
            "make more light on the pumps",
            "add more light on the pumps",
            "make the pumps brighter",
            "brighten the pumps",
        ),
    ),
    (
        "the taxi, you can put the sign TAXI on roof?",
        False,
        UPLOAD,
        "edit",
        _edit(
            "put a taxi sign on the taxi's roof",
            "put the sign taxi on the roof of the taxi",
            "put a taxi sign on the roof of the taxi",
            "add a taxi sign on the taxi's roof",
            "put the sign taxi on the taxi's roof",
        ),
    ),
    (
        "make grafitti more colourfull plz",
        False,
        ALLEY,
        "edit",
        _edit("make the graffiti more colourful", "make the graffiti more colorful"),
    ),
    (
        "is possible remove the man whose is crossing street?",
        False,
        TRAM,
        "edit",
        _edit("remove the man who is crossing the street", "remove the man crossing the street"),
    ),
    (
        "put snow on roofs of car, many snow",
        False,
        BRIDGE,
        "edit",
        _edit(
            "put a lot of snow on the roofs of the cars",
            "put lots of snow on the roofs of the cars",
            "put a lot of snow on the car roofs",
            "put lots of snow on the car roofs",
        ),
    ),
    (
        "chnage the scooter to colour yelow",
        False,
        UPLOAD,
        "edit",
        _edit(
            "change the scooter to yellow",
            "make the scooter yellow",
            "change the scooter colour to yellow",
            "change the scooter to the colour yellow",
        ),
    ),
    (
        "i will like the statue have a hat of christmas",
        False,
        STATUE,
        "edit",
        _edit("give the statue a christmas hat", "put a christmas hat on the statue"),
    ),
    (
        "u can make the vendor wearing apron red?",
        False,
        MARKET,
        "edit",
        _edit("make the vendor wear a red apron", "give the vendor a red apron", "put a red apron on the vendor"),
    ),
    (
        "make teh wet floor on garage more shiny",
        False,
        GARAGE,
        "edit",
        _edit(
            "make the wet floor in the garage shinier",
            "make the wet floor of the garage shinier",
            "make the wet garage floor shinier",
            "make the wet floor shinier",
            "make the wet floor in the garage more shiny",
        ),
    ),
    (
        "plz add one more taxi in the row, after the last one",
        False,
        TAXIS,
        "edit",
        _edit(
            "add one more taxi in the row after the last one",
            "add one more taxi at the end of the row",
            "add another taxi at the end of the row",
        ),
    ),
    ("delet the scafolding", False, ROADWORKS, "edit", _edit("delete the scaffolding", "remove the scaffolding")),
    (
        "add the rainbow over bridg pls thnx",
        False,
        BRIDGE,
        "edit",
        _edit("add a rainbow over the bridge", "add the rainbow over the bridge"),
    ),
    (
        "the courrier dont have gloves, give him black gloves",
        False,
        COURIER,
        "edit",
        _edit("give the courier black gloves"),
    ),
    (
        "too mutch peoples in backround, remove some",
        False,
        MARKET,
        "edit",
        _edit(
            "remove some people in the background",
            "remove some of the people in the background",
            "remove some people from the background",
        ),
    ),
    ("kindly do the needful and remove the barrier tape", False, ROADWORKS, "edit", _edit("remove the barrier tape")),
    (
        "can you to put flowers in basket of bicicle",
        False,
        COURIER,
        "edit",
        _edit(
            "put flowers in the basket of the bicycle",
            "put flowers in the bicycle's basket",
            "put flowers in the bicycle basket",
        ),
    ),
    (
        "wud luv the chrom bumper even more shiney",
        False,
        VINTAGE,
        "edit",
        _edit("make the chrome bumper even shinier", "make the chrome bumper even more shiny"),
    ),
    (
        "pls cahnge the colur of tram to blu",
        False,
        UPLOAD,
        "edit",
        _edit("change the colour of the tram to blue", "change the color of the tram to blue", "make the tram blue"),
    ),
    (
        "this is my car in the car wash, make it look like new pls",
        True,
        UPLOAD,
        "edit",
        _edit("make the car look like new", "make my car look like new", "make the car look brand new"),
    ),
    ("same thing for this foto also", True, AFTER_CARWASH, "edit", _edit("make the hatchback cherry red")),
    (
        "I am wanting that the roundabout have fountain in middle",
        False,
        UPLOAD,
        "edit",
        _edit("add a fountain in the middle of the roundabout", "put a fountain in the middle of the roundabout"),
    ),
    (
        "pliz the sign of gas station say OPEN 24H",
        False,
        GAS,
        "edit",
        _edit("make the gas station sign say open 24h", "make the sign of the gas station say open 24h"),
    ),
    (
        "ADD MORE CARS IN JAM PLEASE",
        False,
        BRIDGE,
        "edit",
        _edit(
            "add more cars in the jam",
            "add more cars to the jam",
            "add more cars in the traffic jam",
            "add more cars to the traffic jam",
        ),
    ),
    ("the woman umbrela bigger", False, BUSSTOP, "edit", _edit("make the woman's umbrella bigger")),
    (
        "cn u mak the cafe chairs whte",
        False,
        SCOOTER,
        "edit",
        _edit("make the cafe chairs white", "make the café chairs white"),
    ),
    (
        "digger put more dirty, like it work all day",
        False,
        ROADWORKS,
        "edit",
        _edit(
            "make the digger dirtier like it worked all day",
            "make the digger dirtier",
            "make the digger dirty like it worked all day",
            "make the digger look dirty like it worked all day",
        ),
    ),
    (
        "plese the old man in bus stop, he must to have a newspaper",
        False,
        BUSSTOP,
        "edit",
        _edit("give the old man at the bus stop a newspaper", "give the old man in the bus stop a newspaper"),
    ),
    (
        "me want sky with many stars",
        False,
        GAS,
        "edit",
        _edit(
            "make the sky full of stars",
            "add many stars to the sky",
            "add a lot of stars in the sky",
            "add many stars in the sky",
        ),
    ),
    (
        "make the helmet of courier with stickers",
        False,
        COURIER_FIXED,
        "edit",
        _edit(
            "put stickers on the courier's helmet",
            "add stickers to the courier's helmet",
            "add stickers on the courier's helmet",
        ),
    ),
    (
        "ther is a crack in windscren, fix pls",
        False,
        CARWASH,
        "edit",
        _edit(
            "fix the crack in the windscreen", "remove the crack in the windscreen", "fix the crack in the windshield"
        ),
    ),
    # near misses: broken English for a question, a move in the session, a retry, a correction or talk
    ("mak the umbrela green insted red", False, BUSSTOP, "correction", _fix("add a woman with a green umbrella")),
    ("plz more strong the colour", False, TAXIS, "retry", _retry("stronger")),
    ("again one more time other version pls", False, SCOOTER, "retry", _retry()),
    ("wat round we are now?", False, GARAGE, "status", STATUS),
    ("i not understand, what u changed?", False, GAS, "status", STATUS),
    ("pls go back, befor was better", False, COURIER, "undo", _goto(0)),
    ("show me foto number 1", False, TRAM, "show", _show(1)),
    ("compair original with now pls", False, ROUNDABOUT, "compare", _compare(0, 7)),
    ("is posible to you remove peoples from foto? only asking", False, UPLOAD, "talk", ()),
    ("tank you veri much, is perfect now", False, MARKET, "talk", ()),
    ("make more beautyful", False, UPLOAD, "clarify", ()),
    ("i dont no what to change yet sorry", False, ALLEY, "talk", ()),
    ("wrong!! i say taxi not bus", False, UPLOAD, "clarify", ()),
    ("remuve it pls", False, UPLOAD, "clarify", ()),
    ("go to round 5", False, TRAM, "clarify", ()),
    ("gud mornin, how r u", False, UPLOAD, "talk", ()),
    ("can u send me this on whatsap", False, TAXIS, "talk", ()),
    ("foto from my holiday in lisbon, the tram 28", True, UPLOAD, "caption", ()),
)
"""Non-native English and typos, and near misses in the same words."""

VERBS: tuple[Dev, ...] = (
    # unusual verbs and idioms for a photo edit: the verb is kept or said plainly
    (
        "stash the hose out of sight",
        False,
        CARWASH,
        "edit",
        _edit("stash the hose out of sight", "hide the hose", "hide the hose out of sight"),
    ),
    (
        "trade the hatchback for a pickup truck",
        False,
        CARWASH,
        "edit",
        _edit(
            "trade the hatchback for a pickup truck",
            "replace the hatchback with a pickup truck",
            "swap the hatchback for a pickup truck",
        ),
    ),
    (
        "smoke the windows on the vintage car",
        False,
        VINTAGE,
        "edit",
        _edit(
            "smoke the windows on the vintage car",
            "tint the windows on the vintage car",
            "tint the vintage car's windows",
        ),
    ),
    (
        "slap a band poster on the drainpipe",
        False,
        ALLEY,
        "edit",
        _edit(
            "slap a band poster on the drainpipe",
            "put a band poster on the drainpipe",
            "stick a band poster on the drainpipe",
            "add a band poster on the drainpipe",
        ),
    ),
    (
        "give the café front a facelift",
        False,
        SCOOTER,
        "edit",
        _edit("give the café front a facelift", "give the cafe front a facelift"),
    ),
    (
        "nix the pigeons on the statue",
        False,
        STATUE,
        "edit",
        _edit(
            "nix the pigeons on the statue", "remove the pigeons on the statue", "remove the pigeons from the statue"
        ),
    ),
    (
        "zap the glare on the windscreen",
        False,
        CARWASH,
        "edit",
        _edit(
            "zap the glare on the windscreen",
            "remove the glare on the windscreen",
            "get rid of the glare on the windscreen",
        ),
    ),
    (
        "bin the shopping trolley",
        False,
        GARAGE,
        "edit",
        _edit("bin the shopping trolley", "remove the shopping trolley", "get rid of the shopping trolley"),
    ),
    (
        "shave the stubble off the taxi driver",
        False,
        TAXIS,
        "edit",
        _edit(
            "shave the stubble off the taxi driver",
            "remove the taxi driver's stubble",
            "make the taxi driver clean shaven",
        ),
    ),
    (
        "wind down the driver's window on the first cab",
        False,
        TAXIS,
        "edit",
        _edit(
            "wind down the driver's window on the first cab",
            "roll down the driver's window on the first cab",
            "open the driver's window on the first cab",
        ),
    ),
    (
        "dress the statue up as a superhero",
        False,
        STATUE,
        "edit",
        _edit(
            "dress the statue up as a superhero",
            "dress up the statue as a superhero",
            "dress the statue as a superhero",
        ),
    ),
    (
        "the digger needs a wash — hose the mud off it",
        False,
        ROADWORKS,
        "edit",
        _edit("hose the mud off the digger", "wash the mud off the digger", "clean the mud off the digger"),
    ),
    (
        "pop a sunroof on the vintage car",
        False,
        VINTAGE,
        "edit",
        _edit(
            "pop a sunroof on the vintage car",
            "add a sunroof to the vintage car",
            "add a sunroof on the vintage car",
            "give the vintage car a sunroof",
        ),
    ),
    (
        "drown the alley in fog",
        False,
        ALLEY,
        "edit",
        _edit("drown the alley in fog", "fill the alley with fog", "cover the alley in fog"),
    ),
    (
        "kill the headlights on the bus",
        False,
        BUSSTOP,
        "edit",
        _edit(
            "kill the headlights on the bus",
            "turn off the headlights on the bus",
            "turn off the bus's headlights",
            "switch off the headlights on the bus",
        ),
    ),
    (
        "blast the graffiti off the wall",
        False,
        UPLOAD,
        "edit",
        _edit(
            "blast the graffiti off the wall", "remove the graffiti from the wall", "clean the graffiti off the wall"
        ),
    ),
    (
        "strip the stickers off the scooter",
        False,
        SCOOTER,
        "edit",
        _edit(
            "strip the stickers off the scooter",
            "remove the stickers from the scooter",
            "take the stickers off the scooter",
        ),
    ),
    (
        "deck the tram out in christmas lights",
        False,
        TRAM,
        "edit",
        _edit(
            "deck the tram out in christmas lights",
            "deck out the tram in christmas lights",
            "decorate the tram with christmas lights",
            "cover the tram in christmas lights",
        ),
    ),
    (
        "crank up the neon",
        False,
        GAS,
        "edit",
        _edit("crank up the neon", "make the neon brighter", "make the neon lights brighter", "brighten the neon"),
    ),
    (
        "the courier's jacket is crying out for some reflective strips",
        False,
        COURIER,
        "edit",
        _edit(
            "add reflective strips to the courier's jacket",
            "add some reflective strips to the courier's jacket",
            "put reflective strips on the courier's jacket",
            "give the courier's jacket some reflective strips",
        ),
    ),
    (
        "declutter the dashboard",
        False,
        VINTAGE,
        "edit",
        _edit(
            "declutter the dashboard", "remove the clutter from the dashboard", "clear the clutter off the dashboard"
        ),
    ),
    (
        "hoist the statue onto a taller plinth",
        False,
        STATUE,
        "edit",
        _edit(
            "hoist the statue onto a taller plinth",
            "put the statue on a taller plinth",
            "put the statue onto a taller plinth",
        ),
    ),
    (
        "black out the licence plate",
        False,
        CARWASH,
        "edit",
        _edit("black out the licence plate", "black out the license plate"),
    ),
    (
        "scrub the tags off the shutter",
        False,
        ALLEY,
        "edit",
        _edit("scrub the tags off the shutter", "remove the tags from the shutter", "clean the tags off the shutter"),
    ),
    (
        "the ad in the bus shelter, swap it out for a concert poster",
        False,
        BUSSTOP,
        "edit",
        _edit(
            "swap the ad in the bus shelter for a concert poster",
            "replace the ad in the bus shelter with a concert poster",
            "swap out the ad in the bus shelter for a concert poster",
        ),
    ),
    (
        "lose the parking ticket on the van's windscreen",
        False,
        GARAGE,
        "edit",
        _edit(
            "lose the parking ticket on the van's windscreen",
            "remove the parking ticket on the van's windscreen",
            "remove the parking ticket from the van's windscreen",
        ),
    ),
    (
        "plant a palm tree in the middle of the roundabout",
        False,
        UPLOAD,
        "edit",
        _edit("plant a palm tree in the middle of the roundabout", "add a palm tree in the middle of the roundabout"),
    ),
    (
        "whack some racing stripes on the hatchback",
        False,
        CARWASH,
        "edit",
        _edit(
            "whack some racing stripes on the hatchback",
            "add racing stripes to the hatchback",
            "add some racing stripes to the hatchback",
            "put racing stripes on the hatchback",
            "give the hatchback racing stripes",
        ),
    ),
    ("flood the car park", False, GARAGE, "edit", _edit("flood the car park")),
    (
        "torch the old sofa dumped in the alley",
        False,
        ALLEY,
        "edit",
        _edit(
            "torch the old sofa dumped in the alley",
            "set the old sofa dumped in the alley on fire",
            "set fire to the old sofa dumped in the alley",
        ),
    ),
    (
        "retire the rusty van and park a shiny new one there",
        False,
        GARAGE,
        "edit",
        _edit(
            "replace the rusty van with a shiny new one",
            "swap the rusty van for a shiny new one",
            "retire the rusty van and park a shiny new one there",
        ),
    ),
    (
        "the scooter could do with a fresh coat — glossy black",
        False,
        UPLOAD,
        "edit",
        _edit(
            "give the scooter a fresh coat of glossy black",
            "paint the scooter glossy black",
            "make the scooter glossy black",
        ),
    ),
    (
        "thin out the crowd at the tram stop",
        False,
        TRAM,
        "edit",
        _edit("thin out the crowd at the tram stop", "remove some of the people at the tram stop"),
    ),
    (
        "carpet the forecourt in autumn leaves",
        False,
        GAS,
        "edit",
        _edit(
            "carpet the forecourt in autumn leaves",
            "cover the forecourt in autumn leaves",
            "cover the forecourt with autumn leaves",
        ),
    ),
    # near misses: an idiom that means a move in the session, a question, a retry, or nothing to act on
    ("ditch that last change", False, TRAM, "undo", _goto(1)),
    ("kill the graffiti edit, it's tacky", False, ALLEY, "undo", _goto(0)),
    ("axe the pigeons", False, ROUNDABOUT, "undo", _goto(6)),
    ("bring the digger back the way it was", False, ROADWORKS, "undo", _goto(1)),
    ("scrap everything and start fresh", False, VINTAGE, "goto", _goto(0)),
    ("wipe the slate clean", False, GARAGE, "goto", _goto(0)),
    ("roll it all back to square one", False, TRAM, "goto", _goto(0)),
    ("pull up round 2", False, ROADWORKS, "show", _show(2)),
    ("spin up another version", False, TAXIS, "retry", _retry()),
    ("crank it up a notch", False, STATUE, "retry", _retry("stronger")),
    ("dial the rain way back", False, GAS, "retry", _retry("weaker")),
    ("can you tint car windows in general?", False, UPLOAD, "talk", ()),
    ("ditch it", False, UPLOAD, "clarify", ()),
    ("jazz it up", False, UPLOAD, "clarify", ()),
    ("tuck this away for later, i'll come back to it", False, CARWASH, "talk", ()),
    ("park that idea for now, not today", False, SCOOTER, "talk", ()),
)
"""Unusual verbs and idioms for a photo edit, and near misses that mean something else."""

LISTS: tuple[Dev, ...] = (
    # several requests in one turn: one edit each, in order; "and" inside one request keeps it whole
    ("make the tram red and the bus white", False, UPLOAD, "edit", _edits("make the tram red", "make the bus white")),
    ("make the taxi black and white", False, UPLOAD, "edit", _edit("make the taxi black and white")),
    (
        "remove the cone, add a worker in a hi-vis vest, and make the sky overcast",
        False,
        UPLOAD,
        "edit",
        _edits("remove the cone", "add a worker in a hi-vis vest", "make the sky overcast"),
    ),
    (
        "paint the scooter cream and add a helmet on the seat",
        False,
        UPLOAD,
        "edit",
        _edits("paint the scooter cream", "add a helmet on the seat"),
    ),
    (
        "first get rid of the bin, then put a cat on the wall",
        False,
        ALLEY,
        "edit",
        _edits(("get rid of the bin", "remove the bin"), "put a cat on the wall"),
    ),
    (
        "1. darker sky\n2. neon sign blue\n3. wet ground",
        False,
        UPLOAD,
        "edit",
        _edits(
            ("make the sky darker", "darker sky"),
            ("make the neon sign blue", "neon sign blue"),
            ("make the ground wet", "wet ground"),
        ),
    ),
    (
        "also add a second courier behind him and make the traffic light green",
        False,
        COURIER,
        "edit",
        _edits(
            (
                "add a second courier behind the courier",
                "add a second courier behind the first courier",
                "add another courier behind the courier",
            ),
            "make the traffic light green",
        ),
    ),
    ("make the awning red and white striped", False, MARKET, "edit", _edit("make the awning red and white striped")),
    (
        "make the awning red and the crates white",
        False,
        MARKET,
        "edit",
        _edits("make the awning red", "make the crates white"),
    ),
    (
        "add fish and chips on the café table",
        False,
        SCOOTER,
        "edit",
        _edit("add fish and chips on the café table", "add fish and chips on the cafe table"),
    ),
    (
        "swap the statue for a fountain and plant tulips around it",
        False,
        UPLOAD,
        "edit",
        _edits(
            ("swap the statue for a fountain", "replace the statue with a fountain"),
            ("plant tulips around the fountain", "add tulips around the fountain"),
        ),
    ),
    (
        "make it rain, and put a red umbrella in the old man's hand",
        False,
        UPLOAD,
        "edit",
        _edits(("make it rain", "add rain"), "put a red umbrella in the old man's hand"),
    ),
    (
        "brighter headlights + a cleaner windscreen",
        False,
        CARWASH,
        "edit",
        _edits(
            ("make the headlights brighter", "brighter headlights"),
            ("make the windscreen cleaner", "a cleaner windscreen", "clean the windscreen"),
        ),
    ),
    (
        "can u make the cones orange and the barriers orange too",
        False,
        ROADWORKS,
        "edit",
        _edits("make the cones orange", "make the barriers orange"),
    ),
    (
        "turn the tram into a cable car, then add mountains behind",
        False,
        TRAM,
        "edit",
        _edits(
            "turn the tram into a cable car",
            ("add mountains behind", "add mountains behind the cable car", "add mountains in the background"),
        ),
    ),
    (
        "remove the oil stain. and the tyre marks. and make the pillar say B3",
        False,
        UPLOAD,
        "edit",
        _edits("remove the oil stain", "remove the tyre marks", "make the pillar say b3"),
    ),
    (
        "red and gold trim on the tram pls",
        False,
        UPLOAD,
        "edit",
        _edit(
            "add red and gold trim on the tram", "give the tram red and gold trim", "add red and gold trim to the tram"
        ),
    ),
    (
        "add salt and pepper shakers on the café table",
        False,
        SCOOTER,
        "edit",
        _edit("add salt and pepper shakers on the café table", "add salt and pepper shakers on the cafe table"),
    ),
    (
        "make the photo black and white except the red bus",
        False,
        TRAM,
        "edit",
        _edit(
            "make the photo black and white except the red bus",
            "make the whole photo black and white except the red bus",
        ),
    ),
    (
        "- taxis white\n- driver in a suit\n- no rain",
        False,
        UPLOAD,
        "edit",
        _edits(
            ("make the taxis white", "taxis white"),
            ("put the driver in a suit", "give the driver a suit", "make the driver wear a suit", "driver in a suit"),
            ("remove the rain", "no rain"),
        ),
    ),
    (
        "also could you add a kid on a scooter, and make the café awning yellow",
        False,
        SCOOTER,
        "edit",
        _edits("add a kid on a scooter", ("make the café awning yellow", "make the cafe awning yellow")),
    ),
    (
        "make the bridge cables red. then the sky pink. then add a moon",
        False,
        UPLOAD,
        "edit",
        _edits("make the bridge cables red", "make the sky pink", "add a moon"),
    ),
    (
        "pink sky and green water",
        False,
        UPLOAD,
        "edit",
        _edits(("make the sky pink", "pink sky"), ("make the water green", "green water")),
    ),
    (
        "make the market stall look like a christmas market with lights and snow",
        False,
        MARKET,
        "edit",
        _edit("make the market stall look like a christmas market with lights and snow"),
    ),
    (
        "give the courier a beard and make the bus behind him blue",
        False,
        COURIER,
        "edit",
        _edits("give the courier a beard", "make the bus behind the courier blue"),
    ),
    (
        "fix the dent and polish the paint",
        False,
        VINTAGE,
        "edit",
        _edits(("fix the dent", "remove the dent"), "polish the paint"),
    ),
    (
        "make the roundabout sign say 'Town Centre and Station'",
        False,
        STATUE,
        "edit",
        _edit("make the roundabout sign say 'Town Centre and Station'"),
    ),
    (
        "put a rock and roll poster on the pillar",
        False,
        GARAGE,
        "edit",
        _edit("put a rock and roll poster on the pillar"),
    ),
    (
        "make the sky stormy and add lightning over the bridge",
        False,
        BRIDGE,
        "edit",
        _edits("make the sky stormy", "add lightning over the bridge"),
    ),
    (
        "first the cones gone, second the digger bright red, third a worker drinking coffee",
        False,
        UPLOAD,
        "edit",
        _edits(
            ("remove the cones", "the cones gone"),
            ("make the digger bright red", "paint the digger bright red", "the digger bright red"),
            ("add a worker drinking coffee", "a worker drinking coffee"),
        ),
    ),
    (
        "turn on the tram headlights and the street lamps too",
        False,
        UPLOAD,
        "edit",
        _edits(
            ("turn on the tram headlights", "turn the tram headlights on"),
            ("turn on the street lamps", "turn the street lamps on"),
        ),
    ),
    (
        "change the taxi's colour to green and white",
        False,
        UPLOAD,
        "edit",
        _edit("change the taxi's colour to green and white", "make the taxi green and white"),
    ),
    (
        "frost the shelter glass, add a timetable on it, and make the rain lighter",
        False,
        BUSSTOP,
        "edit",
        _edits(
            ("frost the shelter glass", "make the shelter glass frosted"),
            ("add a timetable on the shelter glass", "add a timetable on the shelter"),
            "make the rain lighter",
        ),
    ),
    (
        "blur the licence plates on all cars then make the helicopter a police one",
        False,
        BRIDGE,
        "edit",
        _edits(
            (
                "blur the licence plates on all cars",
                "blur the license plates on all the cars",
                "blur the licence plates on all the cars",
            ),
            ("make the helicopter a police one", "make the helicopter a police helicopter"),
        ),
    ),
    (
        "statue silver not gold, and flowers at the base",
        False,
        STATUE,
        "correction",
        (
            *_fix("make the statue silver"),
            *_edits(("add flowers at the base", "add flowers at the base of the statue")),
        ),
    ),
    # near misses: one correction, an edit from another round, two moves, a question, talk, or asking which
    (
        "undo that and make the scooter matte black instead",
        False,
        SCOOTER,
        "correction",
        _fix("make the scooter matte black"),
    ),
    (
        "go back to the original and add a traffic warden",
        False,
        GARAGE,
        "edit",
        (("edit_image", {"instruction": "add a traffic warden", "base_round": 0}),),
    ),
    ("undo and undo again", False, ROUNDABOUT, "undo", _goto(5)),
    ("show me round 1 and round 3", False, VINTAGE, "compare", _compare(1, 3)),
    ("what did you do just now, and which round is this?", False, GAS, "status", STATUS),
    ("share it and export as html pls", False, TRAM, "share", (*SHARE, *_export("html"))),
    ("recap pls, and thanks for all the help", False, BRIDGE, "history", HISTORY),
    ("thanks, and the red is perfect by the way", False, CARWASH, "talk", ()),
    ("should i make the awning green and the table red? not sure yet", False, UPLOAD, "talk", ()),
    ("make the tram red and white, or red and blue? hmm", False, UPLOAD, "clarify", ()),
    ("make it brighter and also darker", False, UPLOAD, "clarify", ()),
    ("i'll do the sky and the cones myself later in lightroom", False, ROADWORKS, "talk", ()),
    ("add a van and, um, actually never mind, nothing", False, GARAGE, "talk", ()),
    ("here's the second one, the tram and a bus at night", True, AFTER_TRAM, "caption", ()),
    ("thanks! and bye", False, TAXIS, "talk", ()),
)
"""Several requests in one turn, one request with "and" inside it, and near misses."""

PRONOUNS: tuple[Dev, ...] = (
    # "it", "them", "her", "his" resolved from the last edit
    ("make it matte", False, SCOOTER, "edit", _edit("make the scooter matte")),
    ("give it chrome wheels", False, CARWASH, "edit", _edit("give the hatchback chrome wheels")),
    (
        "now stick a parking ticket on it lol",
        False,
        CARWASH,
        "edit",
        _edit("stick a parking ticket on the hatchback", "put a parking ticket on the hatchback"),
    ),
    (
        "give her a yellow raincoat",
        False,
        BUSSTOP,
        "edit",
        _edit("give the woman a yellow raincoat", "give the woman with the red umbrella a yellow raincoat"),
    ),
    (
        "her hair should be curly",
        False,
        BUSSTOP,
        "edit",
        _edit("make the woman's hair curly", "make the hair of the woman curly"),
    ),
    ("make his shoes orange", False, COURIER, "edit", _edit("make the courier's shoes orange")),
    (
        "have him ride with no hands",
        False,
        COURIER,
        "edit",
        _edit("make the courier ride with no hands", "have the courier ride with no hands"),
    ),
    ("make them shinier", False, MARKET, "edit", _edit("make the oranges shinier")),
    (
        "put a little price sign next to them",
        False,
        MARKET,
        "edit",
        _edit("put a little price sign next to the oranges", "add a little price sign next to the oranges"),
    ),
    (
        "add those checkered signs on their roofs",
        False,
        TAXIS,
        "edit",
        _edit(
            "add checkered signs on the taxis' roofs",
            "add checkered signs on the roofs of the taxis",
            "add those checkered signs on the taxis' roofs",
        ),
    ),
    (
        "put a laurel wreath on its head",
        False,
        STATUE,
        "edit",
        _edit("put a laurel wreath on the statue's head", "put a laurel wreath on the head of the statue"),
    ),
    ("light it from below", False, STATUE, "edit", _edit("light the statue from below")),
    (
        "make it spout water",
        False,
        ALLEY,
        "edit",
        _edit("make the whale spout water", "make the graffiti whale spout water"),
    ),
    ("make it bigger", False, ROADWORKS, "edit", _edit("make the digger bigger")),
    (
        "and make her coat match it",
        False,
        BUSSTOP,
        "edit",
        _edit(
            "make the woman's coat match the umbrella",
            "make the woman's coat red",
            "make the woman's coat match the red umbrella",
        ),
    ),
    (
        "give it a matching sidecar",
        False,
        SCOOTER,
        "edit",
        _edit("give the scooter a matching sidecar", "add a matching sidecar to the scooter"),
    ),
    ("the car behind it too", False, CARWASH, "edit", _edit("make the car behind the hatchback cherry red")),
    (
        "make its number plate say LOVE 1",
        False,
        CARWASH,
        "edit",
        _edit("make the hatchback's number plate say love 1", "make the number plate of the hatchback say love 1"),
    ),
    (
        "move her closer to the shelter",
        False,
        BUSSTOP,
        "edit",
        _edit("move the woman closer to the shelter", "move the woman with the red umbrella closer to the shelter"),
    ),
    (
        "make them all different colours",
        False,
        TAXIS,
        "edit",
        _edit(
            "make the taxis all different colours",
            "make all the taxis different colours",
            "make the taxis different colours",
        ),
    ),
    (
        "make them a bit yellower",
        False,
        GARAGE,
        "edit",
        _edit("make the ceiling lights a bit yellower", "make the ceiling lights yellower"),
    ),
    ("give her a little dog on a lead", False, BUSSTOP, "edit", _edit("give the woman a little dog on a lead")),
    # resolved from the turn itself
    ("see the bin by the wall? paint it teal", False, ALLEY, "edit", _edit("paint the bin by the wall teal")),
    (
        "the guy in the hi-vis vest, give him a hard hat",
        False,
        ROADWORKS,
        "edit",
        _edit("give the guy in the hi-vis vest a hard hat", "give the worker in the hi-vis vest a hard hat"),
    ),
    (
        "the lady selling fruit — put a straw hat on her",
        False,
        MARKET,
        "edit",
        _edit("put a straw hat on the lady selling fruit", "give the lady selling fruit a straw hat"),
    ),
    (
        "there's a pigeon on the pump, turn it into a parrot",
        False,
        GAS,
        "edit",
        _edit(
            "turn the pigeon on the pump into a parrot",
            "make the pigeon on the pump a parrot",
            "replace the pigeon on the pump with a parrot",
        ),
    ),
    (
        "the two cyclists at the back, make them wear red jerseys",
        False,
        COURIER,
        "edit",
        _edit("make the two cyclists at the back wear red jerseys", "give the two cyclists at the back red jerseys"),
    ),
    (
        "this taxi driver is my uncle, give him sunglasses",
        False,
        TAXIS,
        "edit",
        _edit("give the taxi driver sunglasses"),
    ),
    (
        "the horse under the statue, make its mane longer",
        False,
        STATUE,
        "edit",
        _edit(
            "make the mane of the horse under the statue longer",
            "make the horse's mane longer",
            "make the statue horse's mane longer",
        ),
    ),
    (
        "this is our car at the meet, give it a fresh coat of red",
        True,
        UPLOAD,
        "edit",
        _edit("give the car a fresh coat of red", "paint the car red", "give our car a fresh coat of red"),
    ),
    ("same as before on this one but make it blue", True, AFTER_CARWASH, "edit", _edit("make the hatchback blue")),
    # near misses: a pronoun with nothing or two things to name, a retry, a correction, an undo, a question
    ("make it shinier", False, TAXI_BUS, "clarify", ()),
    ("put a hat on him", False, UPLOAD, "clarify", ()),
    ("make her smile", False, UPLOAD, "clarify", ()),
    ("give them stripes", False, UPLOAD, "clarify", ()),
    ("make that one blue", False, UPLOAD, "clarify", ()),
    ("make it yellow", False, ROADWORKS_CONE, "clarify", ()),
    ("put a bow on it", False, VINTAGE_FILM, "clarify", ()),
    ("the tram and the car next to it, make it silver", False, UPLOAD, "clarify", ()),
    ("the bus driver and the old man waiting... put a hat on him", False, BUSSTOP, "clarify", ()),
    ("here u go. make it sparkle", True, UPLOAD, "clarify", ()),
    ("make it even more yellow", False, COURIER, "retry", _retry("stronger")),
    ("it's way too orange, tone it down", False, BRIDGE_SKY, "retry", _retry("weaker")),
    ("no, make him wear a blue one", False, COURIER, "correction", _fix("give the courier a blue helmet")),
    ("the woman, not him", False, COURIER, "correction", _fix("give the woman a yellow helmet")),
    ("take it away", False, ALLEY, "undo", _goto(0)),
    ("remove them", False, MARKET, "undo", _goto(1)),
    ("put it back pls", False, ROADWORKS_CONE, "undo", _goto(0)),
    ("what is it made of?", False, STATUE, "talk", ()),
    ("is he wearing a helmet now?", False, COURIER, "talk", ()),
    ("omg i love them 😍", False, TAXIS, "talk", ()),
)
"""Pronouns resolved from the last edit or from the turn, pronouns that cannot be, and near misses."""

REASONS: tuple[Dev, ...] = (
    # a request wrapped in a reason or a story: the reason falls away, the request stays whole
    (
        "my boss hates the cone in the middle so get rid of it",
        False,
        UPLOAD,
        "edit",
        _edit("get rid of the cone in the middle", "remove the cone in the middle"),
    ),
    (
        "it's for the festival flyer so the tram needs to be bright pink",
        False,
        UPLOAD,
        "edit",
        _edit("make the tram bright pink"),
    ),
    (
        "we're selling it next week and buyers look at tyres, so make the tyres look brand new",
        False,
        CARWASH,
        "edit",
        _edit("make the tyres look brand new", "make the hatchback's tyres look brand new"),
    ),
    (
        "my daughter is scared of pigeons lol, take them off the statue pls",
        False,
        STATUE,
        "edit",
        _edit("take the pigeons off the statue", "remove the pigeons from the statue"),
    ),
    (
        "The council wants to see the bridge with a bike lane, could you paint one on the road",
        False,
        BRIDGE,
        "edit",
        _edit("paint a bike lane on the road", "paint a bike lane on the bridge road", "add a bike lane on the road"),
    ),
    (
        "since it's for a halloween thing, put a pumpkin on each cone",
        False,
        ROADWORKS,
        "edit",
        _edit("put a pumpkin on each cone"),
    ),
    (
        "the client runs a courier company called ZIP so his bag needs a ZIP logo",
        False,
        COURIER,
        "edit",
        _edit(
            "put a zip logo on the courier's bag",
            "add a zip logo on the courier's bag",
            "add a zip logo to the courier's bag",
        ),
    ),
    (
        "i used to work at this gas station in 2003 and back then the canopy was red, can you make it red again",
        False,
        GAS,
        "edit",
        _edit("make the canopy red again", "make the canopy red"),
    ),
    (
        "my friend's scooter got stolen last week so i want to cheer her up: put a big bow on the scooter",
        False,
        SCOOTER,
        "edit",
        _edit("put a big bow on the scooter"),
    ),
    (
        "the landlord says no cars in the alley so remove the parked car please",
        False,
        ALLEY,
        "edit",
        _edit("remove the parked car"),
    ),
    (
        "because the photo's for a safety leaflet, the courier needs a hi-vis vest",
        False,
        COURIER,
        "edit",
        _edit("give the courier a hi-vis vest", "put a hi-vis vest on the courier"),
    ),
    (
        "we're pitching a night market idea, so string lanterns across the stall",
        False,
        MARKET,
        "edit",
        _edit("string lanterns across the stall", "hang lanterns across the stall"),
    ),
    (
        "my grandma grew up by this roundabout and she remembers a fountain there, add one next to the statue",
        False,
        STATUE,
        "edit",
        _edit("add a fountain next to the statue"),
    ),
    (
        "the caption will say 'rush hour' so put way more cars on the bridge",
        False,
        BRIDGE,
        "edit",
        _edit("put way more cars on the bridge", "add way more cars on the bridge", "add many more cars on the bridge"),
    ),
    (
        "Long story short, the car wash is my dad's and he wants his logo on the wall: a blue water drop",
        False,
        CARWASH,
        "edit",
        _edit("add a blue water drop logo on the wall", "put a blue water drop logo on the wall"),
    ),
    (
        "bc we're entering it in a photo contest, the taxis should be reflected in a wet road",
        False,
        TAXIS,
        "edit",
        _edit(
            "make the taxis reflected in a wet road",
            "make the road wet with the taxis reflected in it",
            "reflect the taxis in a wet road",
        ),
    ),
    (
        "the tram company rebranded to purple last year, so update the tram to purple",
        False,
        TRAM,
        "edit",
        _edit("update the tram to purple", "make the tram purple"),
    ),
    (
        "i'm colourblind and can't tell the traffic lights apart lol, make the green one much brighter",
        False,
        UPLOAD,
        "edit",
        _edit("make the green traffic light much brighter", "make the green light much brighter"),
    ),
    (
        "it's my brother's birthday and he's obsessed with garfield so paint garfield on the shutter",
        False,
        ALLEY,
        "edit",
        _edit("paint garfield on the shutter"),
    ),
    (
        "the old man at the bus stop is my neighbour and he'd hate to be online, blur his face pls",
        False,
        BUSSTOP,
        "edit",
        _edit(
            "blur the old man's face",
            "blur the face of the old man at the bus stop",
            "blur the old man at the bus stop's face",
        ),
    ),
    (
        "the meet had a 1960s theme so give everyone in the crowd 60s outfits",
        False,
        VINTAGE,
        "edit",
        _edit("give everyone in the crowd 60s outfits", "give everyone in the crowd 1960s outfits"),
    ),
    (
        "since the client sells e-scooters, swap the moped for an electric scooter",
        False,
        UPLOAD,
        "edit",
        _edit("swap the moped for an electric scooter", "replace the moped with an electric scooter"),
    ),
    (
        "took this at the car meet, my uncle's 1967 mustang. the sky was so grey that day, could you make it blue",
        True,
        UPLOAD,
        "edit",
        _edit("make the sky blue"),
    ),
    (
        "we got engaged at this roundabout haha (long story) so add a just engaged banner on the statue",
        False,
        STATUE,
        "edit",
        _edit("add a just engaged banner on the statue", "put a just engaged banner on the statue"),
    ),
    (
        "it's for a dreamy postcard and the traffic looks way too real, so turn all the cars into vintage ones",
        False,
        BRIDGE,
        "edit",
        _edit(
            "turn all the cars into vintage ones",
            "turn all the cars into vintage cars",
            "make all the cars vintage cars",
        ),
    ),
    (
        "I'm a driving instructor, I need L plates on the hatchback",
        False,
        CARWASH,
        "edit",
        _edit("put l plates on the hatchback", "add l plates to the hatchback", "add l plates on the hatchback"),
    ),
    (
        "our café opens at 7 and people keep thinking it's closed, so make the OPEN sign light up",
        False,
        SCOOTER,
        "edit",
        _edit("make the open sign light up", "light up the open sign"),
    ),
    (
        "the insurance guy needs to see the scratch clearly so make the light on the driver's door brighter",
        False,
        GARAGE,
        "edit",
        _edit("make the light on the driver's door brighter"),
    ),
    (
        "my boss asked me to ditch the portaloo, go ahead",
        False,
        ROADWORKS,
        "edit",
        _edit("ditch the portaloo", "remove the portaloo", "get rid of the portaloo"),
    ),
    # near misses: a reason or a story alone, an edit only told of, and a reason around another act
    ("my boss really hates that cone", False, UPLOAD, "talk", ()),
    ("the sky was exactly this orange that evening, it was beautiful", False, BRIDGE_SKY, "talk", ()),
    ("i was going to ask you to paint the scooter pink but my sister talked me out of it", False, SCOOTER, "talk", ()),
    ("my dad used to drive a cab just like these in the 80s", False, TAXIS, "talk", ()),
    ("our client wants the tram purple", False, UPLOAD, "clarify", ()),
    ("the owner said to remove the hose, i'll check with him if he's sure first", False, CARWASH, "talk", ()),
    ("fun fact, the king on this statue never actually rode a horse", False, STATUE, "talk", ()),
    ("it rained so hard that day we waited an hour for the bus", False, BUSSTOP, "talk", ()),
    ("the graffiti's by a local artist, she'd kill me if you touched it", False, ALLEY, "talk", ()),
    ("honestly the digger is that yellow in real life too", False, ROADWORKS, "talk", ()),
    ("we're going to print this big, so i want to be sure before i decide on anything", False, VINTAGE, "talk", ()),
    ("i'll make the sky orange myself for the poster, don't worry", False, UPLOAD, "talk", ()),
    ("it's for my dad's retirement, so maybe later we'll add a banner", False, TAXIS, "talk", ()),
    ("because the client hated the pink neon, go back to before it", False, GAS, "goto", _goto(0)),
    (
        "my boss thinks a blue helmet would look better, so blue instead",
        False,
        COURIER,
        "correction",
        _fix("give the courier a blue helmet"),
    ),
    ("it's for my portfolio so show me the original next to this one", False, GARAGE, "compare", _compare(0, 2)),
    (
        "it's for a club presentation tomorrow, so export the whole session as html",
        False,
        VINTAGE,
        "export",
        _export("html"),
    ),
    ("my mum wanted to see it so share it with her pls", False, MARKET, "share", SHARE),
    ("here's the bus stop where i met my wife, 15 years ago this week 🥹", True, UPLOAD, "caption", ()),
    ("this is the market where my parents had a stall in the 90s", True, AFTER_CARWASH, "caption", ()),
)
"""Requests wrapped in a reason or a story, and near misses: a reason or a story alone, and the like."""

R34C: tuple[Dev, ...] = (*POLITE, *NONNATIVE, *VERBS, *LISTS, *PRONOUNS, *REASONS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: an edit is made from the current round, undo goes to its parent, redo forward
    (
        1,
        (
            "so if you wouldn't mind terribly, from here could you add a police car behind the truck",
            False,
            BRIDGE,
            "edit",
            _edit("add a police car behind the truck"),
        ),
    ),
    (2, ("pls to add more pigeon on the grass", False, ROUNDABOUT, "edit", _edit("add more pigeons on the grass"))),
    (0, ("ditch the hose", False, CARWASH3, "edit", _edit("ditch the hose", "remove the hose", "get rid of the hose"))),
    (
        0,
        (
            "make the bin white and the wall behind it grey",
            False,
            ALLEY,
            "edit",
            _edits("make the bin white", "make the wall behind the bin grey"),
        ),
    ),
    (
        1,
        (
            "my daughter says the scaffolding is ugly so take it down",
            False,
            MARKET,
            "edit",
            _edit("take down the scaffolding", "take the scaffolding down", "remove the scaffolding"),
        ),
    ),
    (
        0,
        (
            "the conductor is my brother lol, give him a cooler cap",
            False,
            TRAM,
            "edit",
            _edit("give the conductor a cooler cap"),
        ),
    ),
    (
        2,
        (
            "give the truck a flame paint job, my nephew loves hot rods",
            False,
            BRIDGE,
            "edit",
            _edit("give the truck a flame paint job"),
        ),
    ),
    (
        1,
        (
            "give him a bell on the handlebars",
            False,
            COURIER_FIXED,
            "edit",
            _edit("give the courier a bell on the handlebars", "put a bell on the courier's handlebars"),
        ),
    ),
    (
        3,
        (
            "u can change the billboard for a clock?",
            False,
            ROUNDABOUT,
            "edit",
            _edit(
                "change the billboard for a clock",
                "replace the billboard with a clock",
                "swap the billboard for a clock",
            ),
        ),
    ),
    (
        0,
        (
            "spruce the pumps up with fresh red paint",
            False,
            GAS,
            "edit",
            _edit("spruce the pumps up with fresh red paint", "paint the pumps red", "give the pumps fresh red paint"),
        ),
    ),
    (0, ("make the brushes yellow, the owner likes yellow", False, CARWASH3, "edit", _edit("make the brushes yellow"))),
    (
        4,
        (
            "remove the billboard and make the flowers red",
            False,
            ROUNDABOUT,
            "edit",
            _edits("remove the billboard", "make the flowers red"),
        ),
    ),
    (
        1,
        (
            "turn it matte black",
            False,
            SCOOTER_FIXED,
            "edit",
            _edit("turn the scooter matte black", "make the scooter matte black"),
        ),
    ),
    (1, ("undo that one too", False, GAS, "undo", _goto(0))),
    (2, ("put back everything i undid pls", False, ROUNDABOUT, "redo", _goto(7))),
    (0, ("wat we have done until now?", False, VINTAGE, "history", HISTORY)),
    (1, ("compare this with the newest one", False, VINTAGE, "compare", _compare(1, 3))),
    (1, ("what round is this", False, TRAM_BRANCH, "status", STATUS)),
    (2, ("show me the one with the fog", False, TRAM_BRANCH, "show", _show(3))),
    (2, ("go forward one", False, CARWASH3, "redo", _goto(3))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r34c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R34C`, then the moved ones)."""
    return with_moved(R34C, "r34c", MOVED, "r34c_moved")
