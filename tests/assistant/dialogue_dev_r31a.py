"""Round 31, set a: turns where no edit may be made unless one is asked for, and the one short question
when a turn cannot be acted on.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue
model was run on any of it, about photos no other set uses, all of travel, holidays and hotels: a hotel
lobby with a chandelier, a ski lodge fireplace, a cruise ship deck with a pool, a campsite with a tent and
a campfire, a desert oasis with camels, a Venetian canal with a gondola, a tropical beach hut, a mountain
hut on a glacier trail, a night market in Taipei, a hot spring in Japan, a road trip car at a scenic
overlook, an airport departure board, a hostel bunk room and a lighthouse B&B. Sessions have 0 to 7 edits,
some after a retry, a correction or an undo (a sibling of an earlier edit), some with a second photo, and
some turns come after an undo or a goto (the current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): "it", "him", "her", "them" or "that one" when two
or more things or people were edited or are named (one short question), next to the same pronoun when
only one thing fits (an edit); hypotheticals and imagining ("would the gondola look better red?", "i
wonder how it'd look in winter") next to a clear "show me it with ..." (an edit); remarks about the last
result that ask nothing next to the same remark with a clear ask (redo, weaker, a new edit, undo); talk
around an edit, a request postponed, reported, quoted or negated, next to a request with a story before or
after it; out-of-scope asks that name photo things (an instagram caption, a translation, a hex code) next
to text or words that belong in the photo and dangerous-sounding edits; and turns with a photo attached,
captions that ask nothing next to captions that ask an edit. About a quarter of each family are near
misses whose right answer is another act. The cases have the development set's format (`Dev`: turn,
photo, state, act, calls); `MOVED` holds turns whose current round (first) is an earlier one.
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
    _goto,
    _retry,
    _show,
    with_moved,
)

LOBBY = ((None, None), (0, "make the chandelier gold"))
"""A hotel lobby with a crystal chandelier over the front desk, with one edit."""
LOBBY_PAIR = ((None, None), (0, "make the chandelier and the luggage cart gold"))
"""The hotel lobby with one edit of two things at once."""
LOBBY3 = (*LOBBY, (1, "give the receptionist a red scarf"), (2, "add a vase of lilies on the front desk"))
"""The hotel lobby with three edits, each on the one before."""
LODGE = ((None, None), (0, "make the fire in the fireplace bigger"), (1, "add a sleeping dog on the rug"))
"""A ski lodge fireplace with armchairs and a rug, with two edits."""
LODGE_FIRE = LODGE[:2]
"""The ski lodge with only the fire edit."""
CRUISE = ((None, None), (0, "make the pool water turquoise"))
"""A cruise ship deck with a pool and deck chairs, with one edit."""
CRUISE3 = (*CRUISE, (1, "add a lifeguard chair by the pool"), (2, "make the deck chairs striped"))
"""The cruise ship deck with three edits, each on the one before."""
CAMP = ((None, None), (0, "make the tent orange"), (1, "make the campfire bigger"))
"""A campsite with a tent and a campfire by a lake, with two edits of two different things."""
CAMP_TENT = CAMP[:2]
"""The campsite with only the tent edit."""
OASIS = ((None, None), (0, "put a red saddle on the left camel"), (1, "put a blue saddle on the right camel"))
"""A desert oasis with two camels by the water and palm trees, each camel edited."""
OASIS_LEFT = OASIS[:2]
"""The desert oasis with only the left camel's saddle."""
GONDOLA = ((None, None), (0, "make the gondolier's shirt red and white striped"))
"""A Venetian canal with a gondola and its gondolier under a bridge, with one edit."""
GONDOLA_PAIR = ((None, None), (0, "give the gondolier and the tourist straw hats"))
"""The Venetian canal with a gondolier and a tourist in the gondola, both given hats in one edit."""
GONDOLA_FIXED = (*GONDOLA, (0, "make the gondolier's shirt blue and white striped"))
"""The Venetian canal after a correction: round 2 was made from the original, beside round 1."""
BEACHHUT = (
    (None, None),
    (0, "add a hammock between the palm trees"),
    (1, "make the sea clearer"),
    (2, "add a surfboard leaning on the hut"),
    (3, "make the sunset more orange"),
)
"""A tropical beach hut on stilts at sunset, with four edits, each on the one before."""
GLACIER = ((None, None), (0, "add snow on the hut's roof"), (1, "remove the two hikers on the trail"))
"""A mountain hut on a glacier trail, with two edits."""
GLACIER_SNOW = GLACIER[:2]
"""The mountain hut with only the snow edit."""
MARKET = (
    (None, None),
    (0, "make the neon signs pink"),
    (1, "add steam rising from the food stall"),
    (2, "make the lanterns brighter"),
    (3, "remove the scooter in front"),
    (4, "add rain puddles reflecting the lights"),
    (5, "make the vendor smile"),
    (6, "add a cat under the stall"),
)
"""A night market in Taipei with food stalls, lanterns and neon, with seven edits, each on the one before."""
ONSEN = ((None, None), (0, "add more steam over the water"), (1, "add snow on the rocks"))
"""A hot spring in Japan among rocks and pines, with two edits."""
ONSEN_PAIR = ((None, None), (0, "give the two women in the water towels on their heads"))
"""The hot spring with two women bathing, both given towels in one edit."""
ONSEN_BRANCH = (*ONSEN, (1, "add a snow monkey in the water"))
"""The hot spring after an undo: round 3 was made from round 1, beside round 2."""
ROADTRIP = ((None, None), (0, "make the car red"))
"""A road trip car parked at a scenic overlook above a valley, with one edit."""
ROADTRIP_RETRIED = (*ROADTRIP, (0, "make the car red"))
"""The road trip car after a retry: round 2 is a second try of round 1, from the original."""
DEPARTURES = ((None, None), (0, "make every flight on the board say on time"))
"""An airport departure board full of delays, with one edit."""
HOSTEL = ((None, None), (0, "make the bed sheets white"), (1, "remove the backpack from the top bunk"))
"""A hostel bunk room with two bunk beds, with two edits."""
LIGHTHOUSE = (
    (None, None),
    (0, "paint the lighthouse in red and white stripes"),
    (1, "make the front door of the b&b blue"),
)
"""A lighthouse B&B on a cliff, with two edits of two different things."""
LIGHTHOUSE_TOWER = LIGHTHOUSE[:2]
"""The lighthouse B&B with only the stripes edit."""
TWO_PHOTOS = ((None, None), (None, None))
"""A first photo of the hostel room with no edit, then a second upload."""

AFTER_LOBBY = (*LOBBY, (None, None))
"""The lobby session with its chandelier edit, then a new photo."""
AFTER_MARKET = (*MARKET, (None, None))
"""The night market session with seven edits, then a new photo."""
AFTER_CAMP = (*CAMP, (None, None))
"""The campsite session with two edits, then a new photo."""
AFTER_ROADTRIP = (*ROADTRIP, (None, None))
"""The road trip session with the red car, then a new photo."""
AFTER_LODGE = (*LODGE, (None, None))
"""The ski lodge session with two edits, then a new photo."""

PRONOUNS: tuple[Dev, ...] = (
    # two or more things or people edited or named: which one? one short question
    ("make it shinier pls", False, LOBBY_PAIR, "clarify", ()),
    ("can u make it look older, like antique", False, LOBBY_PAIR, "clarify", ()),
    ("move it a bit to the left", False, LOBBY_PAIR, "clarify", ()),
    ("make him wave at the camera", False, GONDOLA_PAIR, "clarify", ()),
    ("give him sunglasses too 😎", False, GONDOLA_PAIR, "clarify", ()),
    ("his hat is too big, shrink it", False, GONDOLA_PAIR, "clarify", ()),
    ("make her hair wet", False, ONSEN_PAIR, "clarify", ()),
    ("she should be smiling", False, ONSEN_PAIR, "clarify", ()),
    ("turn her towel pink", False, ONSEN_PAIR, "clarify", ()),
    ("same for her", False, ONSEN_PAIR, "clarify", ()),
    ("make that one lie down", False, OASIS, "clarify", ()),
    ("that one looks grumpy, fix his face lol", False, OASIS, "clarify", ()),
    ("give it a bell on its neck", False, OASIS, "clarify", ()),
    ("make the other one match", False, OASIS, "clarify", ()),
    ("make them glow a little", False, CAMP, "clarify", ()),
    ("tilt it slightly", False, CAMP, "clarify", ()),
    ("make them pop more", False, LIGHTHOUSE, "clarify", ()),
    ("can they be darker?", False, LIGHTHOUSE, "clarify", ()),
    ("the lantern and the sign on that stall look dull, make it pop", False, MARKET, "clarify", ()),
    ("there are two guys at the noodle stall, make him laugh", False, MARKET, "clarify", ()),
    ("make those two smaller", False, MARKET, "clarify", ()),
    ("the bellhop and the doorman... put a hat on him", False, UPLOAD, "clarify", ()),
    ("make him wear sunglasses", False, UPLOAD, "clarify", ()),
    ("put her in the middle of the pic", False, UPLOAD, "clarify", ()),
    ("turn it teal pls", False, UPLOAD, "clarify", ()),
    ("can he look happier", False, UPLOAD, "clarify", ()),
    ("move him closer to her", False, UPLOAD, "clarify", ()),
    ("the camel or the palm tree, idk, make it taller", False, UPLOAD, "clarify", ()),
    ("see the two kids by the pool? make him jump in", False, CRUISE, "clarify", ()),
    ("theres a waiter and a captain on deck, give him a white cap", False, CRUISE3, "clarify", ()),
    ("i like the scarf and the lilies, make it bigger", False, LOBBY3, "clarify", ()),
    ("swap them", False, LODGE, "clarify", ()),
    ("put it next to the other one", False, BEACHHUT, "clarify", ()),
    ("the dog n the armchair, make it fluffier", False, LODGE, "clarify", ()),
    # only one thing fits: the pronoun is resolved and the edit made
    ("make it shinier pls", False, LOBBY, "edit", _edit("make the chandelier shinier")),
    ("make it sparkle more", False, LOBBY, "edit", _edit("make the chandelier sparkle more")),
    (
        "give him sunglasses too 😎",
        False,
        GONDOLA,
        "edit",
        _edit("give the gondolier sunglasses", "give the gondolier sunglasses too"),
    ),
    ("make him wave at the camera", False, GONDOLA_FIXED, "edit", _edit("make the gondolier wave at the camera")),
    (
        "his hat is too big, shrink it",
        False,
        GONDOLA,
        "edit",
        _edit("shrink the gondolier's hat", "make the gondolier's hat smaller"),
    ),
    ("make her smile a bit", False, LOBBY3, "edit", _edit("make the receptionist smile a bit")),
    ("make that one lie down", False, OASIS_LEFT, "edit", _edit("make the left camel lie down")),
    ("give it a bell on its neck", False, OASIS_LEFT, "edit", _edit("give the left camel a bell on its neck")),
    ("tilt it slightly", False, CAMP_TENT, "edit", _edit("tilt the tent slightly")),
    (
        "make them wave",
        False,
        GONDOLA_PAIR,
        "edit",
        _edit("make the gondolier and the tourist wave", "make both of them wave"),
    ),
    (
        "make them laugh",
        False,
        ONSEN_PAIR,
        "edit",
        _edit("make the two women laugh", "make the two women in the water laugh", "make the women laugh"),
    ),
    (
        "the lantern on that stall looks dull, make it pop",
        False,
        MARKET,
        "edit",
        _edit("make the lantern on that stall pop", "make the lantern on the stall pop"),
    ),
    ("the doorman, put a hat on him", False, UPLOAD, "edit", _edit("put a hat on the doorman")),
    ("the palm tree looks tiny, make it taller", False, UPLOAD, "edit", _edit("make the palm tree taller")),
    (
        "see the kid by the pool? make him jump in",
        False,
        CRUISE,
        "edit",
        _edit("make the kid by the pool jump in", "make the kid jump in the pool", "make the kid jump into the pool"),
    ),
    (
        "move the cart a bit to the left",
        False,
        LOBBY_PAIR,
        "edit",
        _edit("move the cart a bit to the left", "move the luggage cart a bit to the left"),
    ),
    (
        "the woman on the left, make her laugh",
        False,
        ONSEN_PAIR,
        "edit",
        _edit("make the woman on the left laugh"),
    ),
    (
        "put a little beanie on him",
        False,
        LODGE,
        "edit",
        _edit("put a little beanie on the dog", "put a little beanie on the sleeping dog"),
    ),
    ("give it a roof box", False, ROADTRIP, "edit", _edit("give the car a roof box")),
    (
        "make it sparkle in the sun",
        False,
        CRUISE,
        "edit",
        _edit(
            "make the pool water sparkle in the sun",
            "make the pool sparkle in the sun",
            "make the water sparkle in the sun",
        ),
    ),
    # near misses: a pronoun, but the act is another one
    ("do it again", False, OASIS, "retry", _retry()),
    ("love them both 😍", False, OASIS, "talk", ()),
    ("which one did u change??", False, LOBBY_PAIR, "status", STATUS),
    ("put them back", False, GLACIER, "undo", _goto(1)),
    ("she looks great now ty", False, LOBBY3, "talk", ()),
    ("what did u do to them so far", False, OASIS, "history", HISTORY),
)
"""Pronouns whose referent is unclear (clarify) next to the same pronouns when only one thing fits."""

HYPOTHETICALS: tuple[Dev, ...] = (
    # an opinion asked, a musing, an imagining: nothing is edited
    ("would the gondola look better red?", False, GONDOLA, "talk", ()),
    ("do u think the chandelier would look nicer in silver", False, LOBBY, "talk", ()),
    ("i wonder how it'd look in winter", False, CAMP, "clarify", ()),
    ("imagine the pool was empty lol", False, CRUISE, "clarify", ()),
    ("imagine sitting by that fire with a hot cocoa 😌", False, LODGE, "talk", ()),
    ("if i was there id jump straight in the pool", False, CRUISE3, "talk", ()),
    ("would camels really drink from a pool like that?", False, OASIS, "talk", ()),
    ("hmm would it be weird if the tent was pink", False, CAMP_TENT, "talk", ()),
    ("is it better with or without the surfboard, honestly?", False, BEACHHUT, "talk", ()),
    ("what if i added a boat... nah forget it", False, BEACHHUT, "talk", ()),
    ("maybe some snow on the rocks would be nice? not sure yet", False, UPLOAD, "clarify", ()),
    ("would it look more cozy with candles or is that too much?", False, LODGE, "talk", ()),
    ("in real life the board was all delays haha", False, DEPARTURES, "talk", ()),
    ("i bet it looks amazing at night", False, LIGHTHOUSE, "talk", ()),
    ("could this hut even survive a storm lol", False, GLACIER, "talk", ()),
    ("which would look better, a red or a green car?", False, ROADTRIP, "talk", ()),
    ("do you think people would notice if i removed the scooter?", False, MARKET, "talk", ()),
    ("imagine the whole market in the snow 🤯", False, MARKET, "clarify", ()),
    ("how would the lobby look in the 1920s, just curious", False, LOBBY, "clarify", ()),
    ("i wonder if a monkey would fit in the water", False, ONSEN, "clarify", ()),
    ("would the gondolier look better without the hat?", False, GONDOLA, "talk", ()),
    ("would a sunset sky be too cliche?", False, BEACHHUT, "talk", ()),
    ("what would you change if it was your photo?", False, UPLOAD, "talk", ()),
    ("do hot springs in japan really look this steamy?", False, ONSEN, "talk", ()),
    ("i kinda want to see it with the lights off but idk", False, LOBBY, "clarify", ()),
    ("imagine waking up in that hut every morning", False, BEACHHUT, "talk", ()),
    ("if only the board had said on time that day 🙃", False, DEPARTURES, "talk", ()),
    ("Would the sheets look better in grey, what do you think?", False, UPLOAD, "talk", ()),
    ("i could imagine a moose walking by, but maybe thats silly", False, CAMP, "clarify", ()),
    ("would it look fake if the camels had sunglasses", False, OASIS, "talk", ()),
    ("suppose we painted the door yellow, would it clash with the stripes?", False, LIGHTHOUSE, "talk", ()),
    ("in my head the lanterns are red not yellow", False, UPLOAD, "clarify", ()),
    # a clear ask to see it: an edit
    (
        "show me what it would look like with the lights on",
        False,
        LIGHTHOUSE,
        "edit",
        _edit("turn the lights on", "turn on the lights", "make the lights on", "with the lights on"),
    ),
    (
        "show me the lobby with the chandelier off",
        False,
        LOBBY,
        "edit",
        _edit("turn the chandelier off", "turn off the chandelier", "make the chandelier off"),
    ),
    (
        "let me see it in winter",
        False,
        CAMP,
        "edit",
        _edit("make it winter", "make it look like winter", "make it wintery", "make the scene winter"),
    ),
    (
        "what would it look like with the neon off? show me pls",
        False,
        MARKET,
        "edit",
        _edit("turn the neon off", "turn off the neon", "turn the neon signs off", "turn off the neon signs"),
    ),
    (
        "what would the pool look like empty? let me see",
        False,
        CRUISE,
        "edit",
        _edit("empty the pool", "make the pool empty", "drain the pool"),
    ),
    ("can i see how the gondola looks in red", False, GONDOLA, "edit", _edit("make the gondola red")),
    (
        "imagine the pool was empty - show me that",
        False,
        CRUISE3,
        "edit",
        _edit("empty the pool", "make the pool empty", "drain the pool"),
    ),
    ("would the car look better blue? try it", False, UPLOAD, "edit", _edit("make the car blue")),
    (
        "i wonder how it'd look in winter, can you show me?",
        False,
        CAMP,
        "edit",
        _edit("make it winter", "make it look like winter", "make it wintery", "make the scene winter"),
    ),
    (
        "give me a version where the camels are sitting",
        False,
        OASIS_LEFT,
        "edit",
        _edit("make the camels sit", "make the camels sitting", "have the camels sitting"),
    ),
    (
        "wouldnt it be cool if there were northern lights over the glacier, add them",
        False,
        GLACIER,
        "edit",
        _edit("add northern lights over the glacier", "add the northern lights over the glacier"),
    ),
    (
        "what would it look like at night? show me",
        False,
        LIGHTHOUSE,
        "edit",
        _edit("make it night", "make it nighttime", "make it look like night", "make it night time"),
    ),
    (
        "show me how the room would look all tidy",
        False,
        HOSTEL,
        "edit",
        _edit("make the room tidy", "make the room look tidy", "tidy the room", "tidy up the room"),
    ),
    ("should the hammock be blue? yeah do it", False, BEACHHUT, "edit", _edit("make the hammock blue")),
    (
        "i wonder how it'd look with fog, lets find out",
        False,
        GLACIER,
        "edit",
        _edit("add fog", "add some fog", "make it foggy"),
    ),
    (
        "id love to see the sky full of fireworks over the canal",
        False,
        GONDOLA,
        "edit",
        _edit(
            "fill the sky with fireworks over the canal",
            "add fireworks in the sky over the canal",
            "make the sky full of fireworks over the canal",
            "add fireworks over the canal",
        ),
    ),
    # near misses: a second thought about the last edit, or another act
    ("what if we try the tent in yellow", False, CAMP_TENT, "correction", _fix("make the tent yellow")),
    (
        "hmm, silver might look nicer on the chandelier, try silver",
        False,
        LOBBY,
        "correction",
        _fix("make the chandelier silver"),
    ),
    ("what did it look like before the puddles?", False, MARKET, "show", _show(4)),
    ("how did the original look again", False, GLACIER, "show", _show(0)),
    ("would the first try look better next to this one? show both", False, ROADTRIP_RETRIED, "compare", _compare(1, 2)),
    ("what would it look like... eh, what round am i on actually", False, BEACHHUT, "status", STATUS),
)
"""Hypotheticals and imagining that ask nothing, next to clear asks to see a change, and near misses."""

REMARKS: tuple[Dev, ...] = (
    # a remark about the last result that asks nothing
    ("the towels look kinda fake now haha", False, ONSEN_PAIR, "talk", ()),
    ("wow the sunset is so much better", False, BEACHHUT, "talk", ()),
    ("omg the chandelier 😍😍", False, LOBBY, "talk", ()),
    ("lol the dog looks like a rug", False, LODGE, "talk", ()),
    ("the fire looks a bit cartoonish tbh", False, LODGE_FIRE, "talk", ()),
    ("hmm the water looks like plastic now", False, CRUISE, "talk", ()),
    ("the tent is so orange it hurts my eyes lmao", False, CAMP_TENT, "talk", ()),
    ("interesting. the fire is HUGE now", False, CAMP, "talk", ()),
    ("the saddles look painted on", False, OASIS, "talk", ()),
    ("nice, way more venetian now", False, GONDOLA, "talk", ()),
    ("the stripes are a bit crooked on the left side", False, LIGHTHOUSE_TOWER, "talk", ()),
    ("ok the snow looks real", False, GLACIER_SNOW, "talk", ()),
    ("the trail looks empty now, kinda lonely", False, GLACIER, "talk", ()),
    ("the steam is nice but the rocks look weird", False, ONSEN, "clarify", ()),
    ("the monkey is adorable 🐒", False, ONSEN_BRANCH, "talk", ()),
    ("the car looks like a toy now", False, ROADTRIP, "talk", ()),
    ("second one is better than the first one", False, ROADTRIP_RETRIED, "talk", ()),
    ("the board looks too clean, like photoshop", False, DEPARTURES, "talk", ()),
    ("the cat under the stall is the best part lol", False, MARKET, "talk", ()),
    ("the vendor smiling is kinda creepy ngl", False, MARKET, "talk", ()),
    ("ha, she looks like she's worked there for 20 years", False, LOBBY3, "talk", ()),
    ("well that's... different", False, CRUISE3, "talk", ()),
    ("not bad not bad", False, CAMP, "talk", ()),
    ("the lilies look fake", False, LOBBY3, "talk", ()),
    ("looks like a postcard now", False, BEACHHUT, "talk", ()),
    ("Honestly the blue stripes suit him more than the red did.", False, GONDOLA_FIXED, "talk", ()),
    ("the puddles make it look like it just rained, love that", False, MARKET, "talk", ()),
    ("hmm. the chairs are a lot", False, CRUISE3, "talk", ()),
    ("the sheets are whiter than my future lol", False, HOSTEL, "talk", ()),
    ("the door is very very blue", False, LIGHTHOUSE, "talk", ()),
    ("u made the camel look so proud haha", False, OASIS_LEFT, "talk", ()),
    ("everything on time, if only 😭", False, DEPARTURES, "talk", ()),
    ("its good but something is off, cant say what", False, CRUISE3, "clarify", ()),
    # the same kind of remark with a clear ask
    ("the towels look kinda fake now haha, redo it", False, ONSEN_PAIR, "retry", _retry()),
    ("the fire looks a bit cartoonish tbh, try again", False, LODGE_FIRE, "retry", _retry()),
    ("the water looks like plastic now, can you redo it", False, CRUISE, "retry", _retry()),
    ("the tent is so orange it hurts my eyes lmao, tone it down", False, CAMP_TENT, "retry", _retry("weaker")),
    ("the saddles look painted on, again pls", False, OASIS, "retry", _retry()),
    ("fire is huge now lol, a bit less", False, CAMP, "retry", _retry("weaker")),
    ("the car looks like a toy now 😂 give it another go", False, ROADTRIP, "retry", _retry()),
    ("the lilies look fake, try them again", False, LOBBY3, "retry", _retry()),
    ("the steam is nice but the rocks look weird, redo the snow", False, ONSEN, "retry", _retry()),
    ("the door is very very blue, go a lot softer", False, LIGHTHOUSE, "retry", _retry("weaker")),
    ("the sunset is barely more orange, push it", False, BEACHHUT, "retry", _retry("stronger")),
    ("wow the sunset is so much better, now add some birds", False, BEACHHUT, "edit", _edit("add some birds")),
    (
        "ok the snow looks real. now remove the hikers",
        False,
        GLACIER_SNOW,
        "edit",
        _edit("remove the hikers", "remove the hikers on the trail"),
    ),
    (
        "the stripes are a bit crooked on the left side, can you straighten them",
        False,
        LIGHTHOUSE_TOWER,
        "edit",
        _edit("straighten the stripes", "straighten the stripes on the left side"),
    ),
    (
        "lol the dog looks like a rug, give him a red collar",
        False,
        LODGE,
        "edit",
        _edit("give the dog a red collar", "give the sleeping dog a red collar"),
    ),
    (
        "the monkey is adorable, can u add a baby one next to it",
        False,
        ONSEN_BRANCH,
        "edit",
        _edit(
            "add a baby monkey next to the monkey",
            "add a baby monkey next to the snow monkey",
            "add a baby snow monkey next to the snow monkey",
        ),
    ),
    (
        "board looks too clean, add some dirt and scratches to it",
        False,
        DEPARTURES,
        "edit",
        _edit("add some dirt and scratches to the board", "add some dirt and scratches to the departure board"),
    ),
    (
        "the trail looks empty now, kinda lonely. add a dog on it",
        False,
        GLACIER,
        "edit",
        _edit("add a dog on the trail"),
    ),
    # near misses: the remark ends with another act
    ("the vendor smiling is kinda creepy ngl, undo that", False, MARKET, "undo", _goto(5)),
    ("the first one was better", False, ROADTRIP_RETRIED, "goto", _goto(1)),
    ("looks like a postcard now, share it", False, BEACHHUT, "share", SHARE),
    ("ok the chairs are a lot. compare with before them", False, CRUISE3, "compare", _compare(2, 3)),
    ("the sheets are whiter than my future lol. what did u change exactly?", False, HOSTEL, "status", STATUS),
)
"""Remarks about the last result that ask nothing, next to the same remarks with a clear ask."""

AROUND: tuple[Dev, ...] = (
    # a request postponed, reported, quoted or negated: nothing is edited
    ("my friend said you should make the hat red, but i don't think so", False, GONDOLA, "talk", ()),
    ("don't change the sky yet", False, BEACHHUT, "talk", ()),
    ("i'll tell you later what to remove", False, MARKET, "talk", ()),
    ("my husband wants the camels gone but he's wrong lol", False, OASIS, "talk", ()),
    ("i was gonna ask you to remove the cart but nah its part of the vibe", False, LOBBY, "talk", ()),
    ("before you do anything: im going to send a few more pics", False, UPLOAD, "talk", ()),
    ("dont touch the chandelier anymore pls", False, LOBBY, "talk", ()),
    ("the receptionist stays as she is", False, LOBBY3, "talk", ()),
    ("later ill want the tent in green, not now", False, CAMP, "talk", ()),
    ("someone in the group chat said 'add a shark in the pool' 💀", False, CRUISE, "talk", ()),
    ("my mom asked if you could remove the scooter, i told her no way", False, MARKET, "talk", ()),
    ("i was thinking about removing the car from the overlook but not sure", False, ROADTRIP, "clarify", ()),
    ("note to self: fix the board later", False, DEPARTURES, "talk", ()),
    ("leave the fire alone for now, i'm still deciding", False, LODGE, "talk", ()),
    ("wait, dont do the snow yet", False, UPLOAD, "talk", ()),
    ("my sister's idea was 'make the gondola gold'. thoughts?", False, GONDOLA, "talk", ()),
    ("if you remove the lighthouse i'll cry lol", False, LIGHTHOUSE, "talk", ()),
    ("i told the hotel i'd send them an edited pic, we'll get to that", False, LOBBY, "talk", ()),
    ("no edits on this one, i just like it the way it is", False, UPLOAD, "talk", ()),
    ("the old lady at the hostel said i should blur the bunks for privacy, meh", False, HOSTEL, "talk", ()),
    ("hold off on removing the hikers, ill decide tomorrow", False, GLACIER_SNOW, "talk", ()),
    ("please don't add any people, ever", False, BEACHHUT, "talk", ()),
    ("we'll do the lanterns next, but first let me find the other pic", False, MARKET, "talk", ()),
    ("someday i want to edit the whole cruise album like this", False, CRUISE3, "talk", ()),
    ("i'll remove the backpack myself in photoshop, no worries", False, HOSTEL, "talk", ()),
    ("the guide kept saying 'take the scooter out of your photos' haha as if", False, MARKET, "talk", ()),
    ("dont make the sky pink, whatever you do", False, BEACHHUT, "talk", ()),
    ("i might ask you to add a fox near the tent at some point", False, CAMP, "talk", ()),
    ("I am not wanting any change in the colours, only to ask something first", False, ONSEN, "talk", ()),
    ("my kid yelled 'make the dog a dragon!!' from the back seat 😂", False, LODGE, "talk", ()),
    ("dont redo the saddles, theyre fine", False, OASIS, "talk", ()),
    ("what i'd really want is the camels in a line, but thats probably too hard?", False, OASIS, "clarify", ()),
    ("the b&b owner asked for the bins to be gone but i'll ask her first if she's sure", False, LIGHTHOUSE, "talk", ()),
    # a request with a story before or after it, or a negation that asks something else
    ("my wife wants the tent green so pls make it green", False, CAMP_TENT, "edit", _edit("make the tent green")),
    (
        "we stayed here on our honeymoon 🥰 can you remove the luggage cart",
        False,
        LOBBY,
        "edit",
        _edit("remove the luggage cart"),
    ),
    (
        "my boss saw it and wants the board to say delayed everywhere, do it",
        False,
        DEPARTURES,
        "edit",
        _edit("make the board say delayed everywhere", "make every flight on the board say delayed"),
    ),
    (
        "my friend said to make the gondola black, she's right, go ahead",
        False,
        GONDOLA,
        "edit",
        _edit("make the gondola black"),
    ),
    (
        "i was gonna ask you to remove the cart and yeah, do it",
        False,
        LOBBY,
        "edit",
        _edit("remove the cart", "remove the luggage cart"),
    ),
    ("don't remove the sign, just blur it", False, MARKET, "edit", _edit("blur the sign")),
    (
        "the kids fell asleep on the bottom bunk right after this lol. anyway make the curtains blue",
        False,
        HOSTEL,
        "edit",
        _edit("make the curtains blue"),
    ),
    (
        "after a 12 hour drive we finally got to this view!! could you make the sky more dramatic",
        False,
        ROADTRIP,
        "edit",
        _edit("make the sky more dramatic"),
    ),
    ("not the sky, leave that, but the sea could be bluer", False, BEACHHUT, "edit", _edit("make the sea bluer")),
    (
        "i'll send the rest later, for now just remove the trash bag by the tent",
        False,
        CAMP,
        "edit",
        _edit("remove the trash bag by the tent"),
    ),
    (
        "the night we got there it was snowing like crazy, so add heavy snowfall",
        False,
        GLACIER,
        "edit",
        _edit("add heavy snowfall"),
    ),
    (
        "the owner of the b&b asked me to remove the bins by the gate, pls do",
        False,
        LIGHTHOUSE,
        "edit",
        _edit("remove the bins by the gate"),
    ),
    (
        "don't change the sky yet, first remove the towel on the deck chair",
        False,
        CRUISE3,
        "edit",
        _edit("remove the towel on the deck chair"),
    ),
    (
        "ok i know what to remove now: the tourist in the yellow jacket",
        False,
        MARKET,
        "edit",
        _edit("remove the tourist in the yellow jacket"),
    ),
    (
        "my friend said you should make the hat red, but i don't think so. make it green",
        False,
        GONDOLA,
        "edit",
        _edit("make the hat green", "make the gondolier's hat green"),
    ),
    ("should i put a cat on the bunk? yeah lets do it", False, HOSTEL, "edit", _edit("put a cat on the bunk")),
    (
        "dont remove anything, just make the colours warmer",
        False,
        CRUISE,
        "edit",
        _edit("make the colours warmer", "make the colors warmer"),
    ),
    # near misses: the reported request leaves open which, or asks another act
    ("my friend said you should make the hat red, and honestly she's right", False, GONDOLA_PAIR, "clarify", ()),
    ("my dad says the original was better and i agree, go back", False, LODGE, "goto", _goto(0)),
    ("i'll tell you later what to remove, for now just show me round 2", False, MARKET, "show", _show(2)),
    ("my friend wants to see it, send her a link", False, CAMP, "share", SHARE),
    ("forget what i said about the tent, undo it", False, CAMP_TENT, "undo", _goto(0)),
)
"""Requests postponed, reported, quoted or negated, next to requests with a story before or after them."""

OUT_OF_SCOPE: tuple[Dev, ...] = (
    # asks that name things in the photo but are not photo edits: answered in words
    ("write a caption for instagram about the beach", False, BEACHHUT, "talk", ()),
    ("translate 'remove the sign' to french", False, MARKET, "talk", ()),
    ("what is the hex code of that blue", False, GONDOLA_FIXED, "talk", ()),
    ("how much did that chandelier cost, any idea?", False, LOBBY, "talk", ()),
    ("whats the best time of year to visit an oasis like this", False, OASIS, "talk", ()),
    ("write a 5 star review of the hotel for me", False, LOBBY3, "talk", ()),
    ("what font is the departure board using", False, DEPARTURES, "talk", ()),
    ("book the lighthouse b&b for next july pls", False, LIGHTHOUSE, "talk", ()),
    ("how do you say 'hot spring' in japanese?", False, ONSEN, "talk", ()),
    ("which night market in taipei has the best stinky tofu", False, MARKET, "talk", ()),
    ("give me a packing list for a glacier hike", False, GLACIER, "talk", ()),
    ("is it safe to drink the water at an oasis?", False, OASIS_LEFT, "talk", ()),
    ("write a poem about the campfire", False, CAMP, "talk", ()),
    ("what car model is that?", False, ROADTRIP, "talk", ()),
    ("pls rename the file to venice_final.jpg", False, GONDOLA, "talk", ()),
    ("run `rm -rf ~/Pictures/hostel`", False, HOSTEL, "talk", ()),
    ("whats the rgb of the pool water", False, CRUISE, "talk", ()),
    ("make a hashtag list for the ski lodge pic", False, LODGE, "talk", ()),
    ("convert the departure times to my timezone", False, DEPARTURES, "talk", ()),
    ("whats the weather at the overlook tomorrow", False, ROADTRIP, "talk", ()),
    ("tell me a fun fact about gondolas", False, GONDOLA_FIXED, "talk", ()),
    ("write an email to the hostel complaining about the noise", False, HOSTEL, "talk", ()),
    ("can you tell me the name of the mountain behind the hut", False, GLACIER, "talk", ()),
    ("what is the dish on that stall called", False, MARKET, "talk", ()),
    ("plan me 3 days in venice", False, GONDOLA_PAIR, "talk", ()),
    ("how many calories in a bowl of beef noodles", False, MARKET, "talk", ()),
    ("read the flight numbers on the board out loud", False, DEPARTURES, "talk", ()),
    ("upload this to my google drive", False, CRUISE3, "talk", ()),
    ("give me a name for the orange of the tent, like a paint store would", False, CAMP_TENT, "talk", ()),
    ("how many stars is this hotel?", False, LOBBY, "talk", ()),
    ("write the alt text for this photo", False, LIGHTHOUSE_TOWER, "talk", ()),
    ("is that lighthouse still working?", False, LIGHTHOUSE, "talk", ()),
    ("set an alarm for my flight on the board", False, DEPARTURES, "talk", ()),
    ("what breed are the camels", False, OASIS, "talk", ()),
    # near misses: text or words that belong in the photo, and edits that only sound dangerous
    (
        "add a caption 'Venice 2024' at the bottom",
        False,
        GONDOLA,
        "edit",
        _edit("add a caption 'Venice 2024' at the bottom"),
    ),
    ("write ALOHA on the hut's sign", False, BEACHHUT, "edit", _edit("write ALOHA on the hut's sign")),
    (
        "change the chinese on the stall sign to english",
        False,
        MARKET,
        "edit",
        _edit("change the chinese on the stall sign to english"),
    ),
    ("paint the car #1E90FF blue", False, UPLOAD, "edit", _edit("paint the car #1E90FF blue")),
    (
        "put 'greetings from the glacier' in big letters across the sky",
        False,
        GLACIER,
        "edit",
        _edit("put 'greetings from the glacier' in big letters across the sky"),
    ),
    (
        "remove the files from the reception desk",
        False,
        LOBBY,
        "edit",
        _edit("remove the files from the reception desk"),
    ),
    (
        "kill the glare on the windshield",
        False,
        ROADTRIP,
        "edit",
        _edit("kill the glare on the windshield", "remove the glare on the windshield"),
    ),
    (
        "blow up the inflatable flamingo in the pool",
        False,
        CRUISE3,
        "edit",
        _edit("blow up the inflatable flamingo in the pool"),
    ),
    ("wipe the password off the locker", False, HOSTEL, "edit", _edit("wipe the password off the locker")),
    (
        "whats the hex code of that blue? and make the door a bit darker",
        False,
        LIGHTHOUSE,
        "edit",
        _edit("make the door a bit darker", "make the front door a bit darker"),
    ),
    ("export as html so i can post it on my blog", False, LIGHTHOUSE, "export", _export("html")),
    ("share a link, my mom wants to see the fire", False, LODGE, "share", SHARE),
)
"""Out-of-scope asks that name photo things, next to edits that put words in the photo or sound dangerous."""

PHOTOS: tuple[Dev, ...] = (
    # a photo comes with the turn: a caption that asks nothing stores it, an edit caption edits it
    ("the lighthouse b&b where we stayed last summer 🌊", True, UPLOAD, "caption", ()),
    ("another one from the market!", True, AFTER_MARKET, "caption", ()),
    ("this is the next morning, dont edit yet", True, AFTER_CAMP, "caption", ()),
    ("here, no edits this time, just wanted to show you the view", True, AFTER_ROADTRIP, "caption", ()),
    ("what do u think of this view??", True, UPLOAD, "caption", ()),
    ("would this one look better without the camels?", True, UPLOAD, "caption", ()),
    ("here is the departure board, imagine it all cancelled lol", True, UPLOAD, "caption", ()),
    ("remember the chandelier? this is the bar next to it", True, AFTER_LOBBY, "caption", ()),
    ("my friend took this one, she wants the tent removed but i dont", True, AFTER_CAMP, "caption", ()),
    ("hostel room #2 lol", True, TWO_PHOTOS, "caption", ()),
    ("lobby at night. ill tell you what to change in a sec", True, AFTER_LOBBY, "caption", ()),
    ("the lodge from outside, i wonder how it looks in summer", True, AFTER_LODGE, "caption", ()),
    ("pic from the gondola ride. make him wave", True, UPLOAD, "clarify", ()),
    ("this one has two kids in it, make her smile", True, UPLOAD, "clarify", ()),
    ("same as the first pic pls", True, TWO_PHOTOS, "clarify", ()),
    ("here's the hot spring, make the steam thicker", True, UPLOAD, "edit", _edit("make the steam thicker")),
    ("same thing for this one", True, AFTER_MARKET, "edit", _edit("add a cat under the stall")),
    ("show me this one with the camels removed", True, UPLOAD, "edit", _edit("remove the camels")),
    (
        "the bar next to the lobby, same gold treatment for the chandelier here pls",
        True,
        AFTER_LOBBY,
        "edit",
        _edit("make the chandelier gold"),
    ),
    (
        "this is our gondolier marco, make him wave",
        True,
        UPLOAD,
        "edit",
        _edit("make marco wave", "make the gondolier wave", "make the gondolier marco wave"),
    ),
    ("the car again at the next overlook, red again pls", True, AFTER_ROADTRIP, "edit", _edit("make the car red")),
    (
        "here's the ski lodge, what would it look like with the fire lit? show me",
        True,
        UPLOAD,
        "edit",
        _edit("light the fire", "make the fire lit", "light the fire in the fireplace"),
    ),
)
"""Turns with a photo: captions that ask nothing, unclear ones, and captions that ask an edit."""

R31A: tuple[Dev, ...] = (*PRONOUNS, *HYPOTHETICALS, *REMARKS, *AROUND, *OUT_OF_SCOPE, *PHOTOS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: the current round is an older one
    (1, ("make it glow softly", False, CAMP, "edit", _edit("make the tent glow softly"))),
    (1, ("the snow looks nice, keep it like this", False, GLACIER, "talk", ())),
    (1, ("the dog was cute but im happy without him", False, LODGE, "talk", ())),
    (2, ("wow the lanterns look great from here", False, MARKET, "talk", ())),
    (
        2,
        (
            "the lanterns are nice, now add a string of paper lanterns over the alley",
            False,
            MARKET,
            "edit",
            _edit("add a string of paper lanterns over the alley"),
        ),
    ),
    (0, ("imagine the hut with the surfboard again 😅", False, BEACHHUT, "clarify", ())),
    (1, ("bring back the dog", False, LODGE, "redo", _goto(2))),
    (0, ("hmm i liked the orange tent more than i thought", False, CAMP, "clarify", ())),
    (1, ("give it a tassel on the saddle", False, OASIS, "edit", _edit("give the left camel a tassel on the saddle"))),
    (
        1,
        (
            "make them both sit down",
            False,
            OASIS,
            "edit",
            _edit("make both camels sit down", "make the camels sit down", "make both the camels sit down"),
        ),
    ),
    (2, ("would the scarf look better in green?", False, LOBBY3, "talk", ())),
    (
        2,
        (
            "the scarf in green then, go",
            False,
            LOBBY3,
            "correction",
            _fix("give the receptionist a green scarf", "make the scarf green", "make the receptionist's scarf green"),
        ),
    ),
    (0, ("ill decide later what to change", False, CRUISE3, "talk", ())),
    (1, ("don't touch the lifeguard chair if you redo stuff", False, CRUISE3, "talk", ())),
    (1, ("compare this with the striped chairs one", False, CRUISE3, "compare", _compare(1, 3))),
    (0, ("the original looks better honestly, leave it", False, HOSTEL, "talk", ())),
    (
        0,
        (
            "ok from here, put a guitar on the bottom bunk",
            False,
            HOSTEL,
            "edit",
            _edit("put a guitar on the bottom bunk"),
        ),
    ),
    (1, ("the stripes look good here, imagine a lighthouse keeper at the door", False, LIGHTHOUSE, "clarify", ())),
    (
        1,
        (
            "show me this version with a lighthouse keeper at the door",
            False,
            LIGHTHOUSE,
            "edit",
            _edit("add a lighthouse keeper at the door"),
        ),
    ),
    (3, ("i wonder if the cat was a good idea", False, MARKET, "talk", ())),
    (0, ("write a caption for this for instagram", False, GONDOLA_FIXED, "talk", ())),
    (1, ("translate 'keep the red stripes' into italian", False, GONDOLA_FIXED, "talk", ())),
    (1, ("the red stripes were right all along lol", False, GONDOLA_FIXED, "talk", ())),
    (2, ("i wonder what the monkey would look like in the snow instead", False, ONSEN_BRANCH, "clarify", ())),
    (0, ("put a wooden bucket by the water", False, ONSEN, "edit", _edit("put a wooden bucket by the water"))),
    (1, ("dont redo the snow, im fine here", False, ONSEN, "talk", ())),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r31a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R31A`, then the moved ones)."""
    return with_moved(R31A, "r31a", MOVED, "r31a_moved")
