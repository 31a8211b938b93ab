"""A fifth development set of edit requests in messy real-life wording, and look-alikes that must not edit.

Written by hand before running the model on it, about scenes the other sets do not use: a sheepdog trial
on a hillside (a collie, a shepherd, ewes, heather), a rhino at a safari waterhole (a ranger with
binoculars, thorn trees), a village cricket match (a batsman, a bowler, a wicket, a pavilion), a
conveyor-belt sushi bar (a chef, salmon nigiri, wasabi), a junkyard (a car crusher, a rottweiler,
hubcaps, a rusty convertible), a paramedic crew beside their ambulance, a reindeer sleigh ride in
Lapland (a herder, birch trees, mittens) and a ventriloquist at a talent show (a dummy, the judges'
table). `RAMBLES` holds long turns with a story before the request; `MESSY` typos, slang, text-speak,
all caps, emoji and non-native English; `WISHES` requests put as wishes; `FOLLOW_ONS` "it", "that",
"them" and "too" after an edit, meaning the last edit's object or its change; `SEVERAL` several requests
in one turn beside single requests that merely contain "and"; `EARLIER` edits of an earlier named round
(on it: `base_round`; going back to it first: a revert, then the edit); `PHOTOS` uploads whose caption
is a request, "the same thing" again, or only a caption. `NEAR` holds look-alikes that expect no call:
stories with no request, questions, reported speech ("my wife said the wall should be blue"), wishes
about real life, plans for later, and vague turns that deserve one short question. An expected
instruction is the request cleaned of fillers; a tuple lists the equally right ones. Same format as
`dialogue_dev.Dev`.
"""

from __future__ import annotations

from typing import Any

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _edits, _goto, as_cases

SHEEPDOG = ((None, None), (0, "make the heather purple"))
"""A sheepdog trial on a hillside: a collie, a shepherd in a flat cap, ewes, a wooden hurdle, heather."""
SAFARI = ((None, None), (0, "add a hippo in the waterhole"))
"""A rhino at a safari waterhole: a ranger with binoculars, thorn trees, dry grass, a hazy sky."""
CRICKET = (
    (None, None),
    (0, "make the pavilion green"),
    (1, "remove the sightscreen"),
    (2, "add clouds over the pitch"),
)
"""A village cricket match: a batsman, a bowler, a wicket, a pavilion, a sightscreen, deckchairs."""
SUSHI = ((None, None), (0, "remove the sake bottle"))
"""A conveyor-belt sushi bar: a chef in a white headband, salmon nigiri, wasabi, plates on the belt."""
JUNKYARD = ((None, None), (0, "make the convertible red"))
"""A junkyard: a car crusher, a rottweiler, piles of hubcaps, a rusty convertible, a chain-link fence."""
AMBULANCE = ((None, None), (0, "make the siren lights brighter"))
"""A paramedic crew beside their ambulance: siren lights, a stretcher, green uniforms, a kerb."""
SLEIGH = ((None, None), (0, "make the sleigh red"), (1, "add snowflakes falling"))
"""A reindeer sleigh ride in Lapland: two reindeer, a herder, birch trees, a kid in mittens."""
TALENT = ((None, None), (0, "give the dummy a top hat"))
"""A ventriloquist at a talent show: a dummy on his knee, a velvet backdrop, the judges' table."""
SHEEPDOG_THEN_PHOTO = (*SHEEPDOG, (None, None))
"""The sheepdog session with a second photo uploaded."""
SUSHI_THEN_PHOTO = (*SUSHI, (None, None))
"""The sushi session with a second photo uploaded."""
JUNKYARD_THEN_PHOTO = (*JUNKYARD, (None, None))
"""The junkyard session with a second photo uploaded."""
SLEIGH_THEN_PHOTO = (*SLEIGH, (None, None))
"""The sleigh session with a second photo uploaded."""


def _e(text: str, *instructions: str, state: tuple = UPLOAD, photo: bool = False) -> Dev:
    return (text, photo, state, "edit", _edit(*instructions))


def _several(text: str, *instructions: str | tuple[str, ...], state: tuple = UPLOAD) -> Dev:
    return (text, False, state, "edit", _edits(*instructions))


def _on(text: str, base: int, *instructions: str, state: tuple = CRICKET) -> Dev:
    """An edit made on an earlier round, which stays where it is."""
    edit: dict[str, Any] = {"instruction": instructions if len(instructions) > 1 else instructions[0]}
    return (text, False, state, "edit", (("edit_image", {**edit, "base_round": base}),))


def _back(text: str, round_: int, *instructions: str, state: tuple = CRICKET) -> Dev:
    """Going back to an earlier round, then an edit there."""
    return (text, False, state, "edit", (*_goto(round_), *_edit(*instructions)))


def _words(text: str, state: tuple = UPLOAD, photo: bool = False, act: str = "talk") -> Dev:
    return (text, photo, state, act, ())


RAMBLES: tuple[Dev, ...] = (
    _e(
        "ok so this is from the sheepdog trials in wales last weekend, my dad's collie came second which is "
        "insane because she's 11 and half deaf lol. he wants it framed for the kitchen but there's a bright "
        "blue portaloo on the hill behind them that ruins it. remove the blue portaloo",
        "remove the blue portaloo",
    ),
    _e(
        "long story short we drove 6 hours in a rented land cruiser and saw exactly one rhino, this one, at "
        "the very end of the day 😅 the ranger was so happy he almost cried. anyway can you make the rhino a "
        "bit sharper",
        "make the rhino a bit sharper",
        "make the rhino sharper",
    ),
    _e(
        "my husband plays for the village second xi and this is the only photo of him actually hitting the "
        "ball all season haha. the deckchairs in front are full of empty crisp bags and cans though. "
        "clean up the rubbish around the deckchairs",
        "clean up the rubbish around the deckchairs",
        "remove the rubbish around the deckchairs",
    ),
    _e(
        "we went to this sushi place for my mum's 60th and she made the chef laugh so hard he dropped a "
        "plate. it's the best pic of the night but my brother's hand is in the corner holding his phone, "
        "please crop out my brothers hand",
        "crop out my brothers hand",
        "remove my brothers hand",
    ),
    _e(
        "so my grandad ran this junkyard for 40 years and he passed in may. my cousin took this the last day "
        "before it was sold, with rex the rottweiler on the crusher. i'd like to give it to my nan. could "
        "you make the whole photo warmer, like late afternoon",
        "make the whole photo warmer, like late afternoon",
        "make the whole photo warmer like late afternoon",
        "make the photo warmer like late afternoon",
    ),
    _e(
        "this is my sister's crew, they got an award for the night of the floods and the newspaper wants a "
        "photo. the problem is someone parked a delivery lorry right behind the ambulance. remove the delivery lorry",
        "remove the delivery lorry",
    ),
    _e(
        "we did the lapland trip for my son's 7th and honestly it was 2 grand of freezing but he loved it. "
        "the herder was lovely and let him hold the reins. my only gripe is the herder's face is all "
        "shadow, brighten the herder's face",
        "brighten the herder's face",
    ),
    _e(
        "my uncle did his ventriloquist act at the village talent show, he's been practising since covid. "
        "he came third out of 4 lol but he's proud. the judges' table has a big sponsor banner on it, "
        "remove the sponsor banner from the judges table",
        "remove the sponsor banner from the judges table",
        "remove the sponsor banner",
    ),
    _e(
        "hi, first time here. my wife made me this account. the photo is our holiday, the safari, we were in "
        "the jeep number 3. I would like that the sky is more blue, it was grey that day",
        "make the sky more blue",
        "make the sky bluer",
    ),
    _e(
        "the collie is called meg and she's honestly smarter than me, she can open the fridge. the shepherd "
        "is my great uncle bryn. ok what i actually want: give bryn's flat cap a tartan pattern",
        "give bryn's flat cap a tartan pattern",
        "give the flat cap a tartan pattern",
    ),
    _e(
        "this was our team photo for the county final but 2 lads turned up in the wrong kit 🙄 we lost anyway. "
        "change the two guys in blue shirts to white shirts",
        "change the two guys in blue shirts to white shirts",
        "make the two guys in blue shirts wear white shirts",
    ),
    _e(
        "idk if this is possible but. my daughter is obsessed with the conveyor belt, she sat there for 2 "
        "hours watching plates go round. it'd be funny if one plate had a tiny dinosaur on it, add a tiny "
        "dinosaur on one of the plates",
        "add a tiny dinosaur on one of the plates",
    ),
    _e(
        "background: we rescued rex from the junkyard when it closed and he's 9 now and lazy as anything. "
        "this is the only photo where he looks fierce. give rex a spiked collar 😂",
        "give rex a spiked collar",
    ),
    _several(
        "so the ambulance service is doing a calendar for charity and my sister's crew is july. they want it "
        "to look summery even though it was raining. make the kerb dry and add sunshine",
        "make the kerb dry",
        "add sunshine",
    ),
    _e(
        "we waited 3 nights for the lights and never saw them, froze our toes off for nothing haha. "
        "so i'm cheating: put the northern lights in the sky above the birch trees",
        "put the northern lights in the sky above the birch trees",
        "add the northern lights in the sky above the birch trees",
    ),
    _e(
        "the dummy's name is mr pickles and my uncle has had him since 1979, he's older than me. his paint "
        "is really chipped now. can you touch up the dummy's face so the paint isn't chipped",
        "touch up the dummy's face so the paint isn't chipped",
        "touch up the dummy's face",
    ),
    _e(
        "right so. the ewes were all over the place, meg rounded them up in like 30 seconds and everyone "
        "clapped. one of the ewes at the back is half cut off by the edge, just remove that ewe",
        "remove that ewe",
        "remove the ewe at the back",
        "remove the ewe",
    ),
    _e(
        "my son is the bowler, it's his first season, he was so nervous his hands were shaking. "
        "he says his shirt looks dirty from the grass, make his shirt clean and white",
        "make his shirt clean and white",
        "make the bowler's shirt clean and white",
    ),
    _e(
        "ok this is embarrassing but at the sushi bar i had a huge pile of empty plates in front of me (like "
        "14) and my friends won't let it go. remove the stack of plates in front of me",
        "remove the stack of plates in front of me",
        "remove the stack of plates",
    ),
    _e(
        "we got the photo back from the trip and the reindeer on the left has its eyes closed like it's "
        "asleep lol, its cute but my wife wants it fixed. open the left reindeer's eyes",
        "open the left reindeer's eyes",
    ),
    _e(
        "so funny story, the bowler in this pic is my brother in law and he insists he took 5 wickets that day "
        "but the scorebook says 1. he's getting the photo for his birthday as a joke. add a little trophy "
        "in his hand",
        "add a little trophy in his hand",
        "add a little trophy in the bowler's hand",
    ),
    _e(
        "background for you: the sushi place closed last year and it was our date spot for a decade, i'm "
        "making a little book for our anniversary. the light in there was always super green and gross. "
        "make the light warmer",
        "make the light warmer",
    ),
    _e(
        "uhh where do i start. we adopted two ex racing greyhounds and took them to watch the sheepdog trial "
        "and they were NOT impressed lol. theyre not in the picture sadly. add two grey greyhounds by the gate",
        "add two grey greyhounds by the gate",
    ),
    _e(
        "my nephew took this on his phone at the talent show and its so dark you can barely see uncle dave. "
        "i tried the brightness slider on my phone but it went all grainy. could you brighten uncle dave",
        "brighten uncle dave",
    ),
    _e(
        "ok this one's for work, im a driving instructor and the ambulance crew did a road safety talk at "
        "our school. the kids' faces are all in the shot and i can't post that. blur the kids' faces",
        "blur the kids' faces",
    ),
    _e(
        "it was supposed to be a family photo at the waterhole but my dad wandered into the left side "
        "looking at his phone, classic. erase my dad on the left",
        "erase my dad on the left",
        "remove my dad on the left",
    ),
)

MESSY: tuple[Dev, ...] = (
    # typos
    _e("remvoe the rottwieler", "remove the rottweiler", "remove the rottwieler", "remvoe the rottwieler"),
    _e("mak the hubcpas gold", "make the hubcaps gold", "make the hubcpas gold", "mak the hubcpas gold"),
    _e(
        "plz chnage the wasabi to pink",
        "change the wasabi to pink",
        "chnage the wasabi to pink",
        "make the wasabi pink",
    ),
    _e("ad a fox on the hilside", "add a fox on the hillside", "ad a fox on the hilside", "add a fox on the hilside"),
    _e(
        "can u delte the binocualrs",
        "delete the binoculars",
        "delte the binocualrs",
        "remove the binoculars",
        "delete the binocualrs",
    ),
    _e("make teh stretcher blue", "make the stretcher blue", "make teh stretcher blue"),
    _e(
        "remove the gloves and the baills",
        "remove the gloves and the bails",
        "remove the gloves and the baills",
    ),
    _e("make the mitens red pls", "make the mittens red", "make the mitens red"),
    # slang and text-speak
    _e("yeet the crusher", "remove the crusher", "yeet the crusher"),
    _e("ngl the chain link fence has gotta go", "remove the chain link fence"),
    _e("make the rhino look like a legend fr", "make the rhino look like a legend"),
    _e("lowkey want the ranger's hat khaki", "make the ranger's hat khaki"),
    _e(
        "gimme a sunset behind the thorn trees",
        "give me a sunset behind the thorn trees",
        "add a sunset behind the thorn trees",
    ),
    _e("collie but make her glow ✨", "make the collie glow"),
    _e("u can ditch the crisp bags rn", "remove the crisp bags", "ditch the crisp bags"),
    _e("nigiri needs to be bigger tbh", "make the nigiri bigger"),
    _e("pls make da chef smile", "make da chef smile", "make the chef smile"),
    _e("siren lights blue plz 🚑", "make the siren lights blue"),
    _e(
        "add a lil snow fort next to the sleigh k thx",
        "add a lil snow fort next to the sleigh",
        "add a little snow fort next to the sleigh",
    ),
    _e("dummy needs a monocle lmao", "give the dummy a monocle", "add a monocle to the dummy"),
    # all caps and emoji
    _e("REMOVE THE DELIVERY LORRY PLEASE", "remove the delivery lorry"),
    _e("MAKE THE CONVERTIBLE SHINY!!!", "make the convertible shiny"),
    _e("🔥 add flames on the convertible 🔥", "add flames on the convertible"),
    _e("add a rainbow over the hill 🌈🌈", "add a rainbow over the hill"),
    _e("🐑 make the ewes fluffier 🐑", "make the ewes fluffier"),
    _e("make the velvet backdrop gold ✨✨✨", "make the velvet backdrop gold"),
    # non-native English
    _e(
        "please you can remove the man with yellow raincoat",
        "remove the man with yellow raincoat",
        "remove the man with the yellow raincoat",
    ),
    _e("i want that the rhino is more big", "make the rhino bigger", "make the rhino more big"),
    _e("is possible to put more water in the waterhole?", "put more water in the waterhole"),
    _e(
        "make more light in the face of the batsman",
        "make more light in the face of the batsman",
        "brighten the batsman's face",
    ),
    _e(
        "the chef, change his headband in red colour",
        "change the chef's headband to red",
        "make the chef's headband red",
    ),
    _e("remove please the people at the back", "remove the people at the back"),
    _e(
        "put one more reindeer, on the right side",
        "put one more reindeer on the right side",
        "add one more reindeer on the right side",
    ),
    _e(
        "you can make the birchs more white?",
        "make the birches more white",
        "make the birchs more white",
        "make the birch trees whiter",
    ),
    _e("i need the dummy have blue eyes", "give the dummy blue eyes", "make the dummy's eyes blue"),
    _e(
        "do the stretcher more clean please",
        "make the stretcher cleaner",
        "make the stretcher more clean",
        "clean the stretcher",
    ),
    _e("please to change the fence colour to green", "change the fence colour to green", "make the fence green"),
    _e("for the grass, more green please", "make the grass more green", "make the grass greener"),
    # long runs with no punctuation
    _e(
        "ok so basically can you just make the shepherds waistcoat navy instead of that brown its so ugly",
        "make the shepherds waistcoat navy",
        "make the shepherd's waistcoat navy",
    ),
    _e(
        "hey so the rottweiler looks kinda angry can u make him look happier hes a sweetheart irl",
        "make him look happier",
        "make the rottweiler look happier",
    ),
    _e(
        "hiya could you possibly remove the tyre marks on the kerb if thats not too much trouble thank you",
        "remove the tyre marks on the kerb",
    ),
    # more non-native English and voice typing
    _e("remove this big machine behind the rottweiler", "remove the big machine behind the rottweiler"),
    _e(
        "the sheeps, make them more white please",
        "make the sheep more white",
        "make the sheeps more white",
        "make the ewes whiter",
    ),
    _e("can you to erase the cones on the road", "erase the cones on the road", "remove the cones on the road"),
    _e("i like if the hippo open his mouth", "make the hippo open his mouth", "make the hippo open its mouth"),
    _e("put the sky more dramatic please", "make the sky more dramatic"),
    _e("make disappear the umbrella", "remove the umbrella", "make the umbrella disappear"),
    _e(
        "remove the sake bottle comma and the glasses full stop",
        "remove the sake bottle and the glasses",
    ),
    _e("the dummy he need a moustache", "give the dummy a moustache", "add a moustache to the dummy"),
    _e(
        "please make brighter the uniform of the paramedics",
        "make the paramedics' uniforms brighter",
        "make brighter the uniform of the paramedics",
    ),
    _e(
        "change colour of sleigh to blue",
        "change the colour of the sleigh to blue",
        "make the sleigh blue",
        "change colour of sleigh to blue",
    ),
    # more slang, caps and emoji
    _e("bruh the crusher is an eyesore, nuke it", "remove the crusher"),
    _e("that hubcap pile is giving hoarder vibes, clear it out", "clear out the hubcap pile", "remove the hubcap pile"),
    _e("ranger needs drip 😎 give him aviators", "give the ranger aviators", "give him aviators"),
    _e("MAKE THE HEATHER PINKER", "make the heather pinker"),
    _e("nigiri 🍣 but make it glow", "make the nigiri glow"),
    _e("sleigh go brrr add speed lines", "add speed lines", "add speed lines to the sleigh"),
    _e("okie can u put a tiny crown on meg 👑", "put a tiny crown on meg"),
    _e("stretcher 👉 bye 👋", "remove the stretcher"),
)

WISHES: tuple[Dev, ...] = (
    _e("i wish the collie had a red collar in this pic", "give the collie a red collar"),
    _e("wish the sky wasn't so grey here, can u fix that", "make the sky less grey", "make the sky blue"),
    _e(
        "would be amazing if the pavilion had a flag on top",
        "add a flag on top of the pavilion",
        "add a flag on the pavilion",
    ),
    _e("it'd be nice if the plates on the belt were colourful", "make the plates on the belt colourful"),
    _e("i'd love the convertible in mint green", "make the convertible mint green"),
    _e("if only the stretcher wasn't in the shot, could you remove it", "remove the stretcher"),
    _e("i'd rather the herder had a red hat", "give the herder a red hat", "make the herder's hat red"),
    _e(
        "kinda wish the dummy was wearing sunglasses, can you",
        "give the dummy sunglasses",
        "put sunglasses on the dummy",
    ),
    _e("it would be cool to have an ostrich behind the thorn trees", "add an ostrich behind the thorn trees"),
    _e("i want the ewes to be black", "make the ewes black"),
    _e("honestly would love it if the judges were smiling", "make the judges smile", "make the judges smiling"),
    _e("i'd prefer the backdrop without the wrinkles", "remove the wrinkles from the backdrop"),
    _e("i want rex to look like a pup again lol", "make rex look like a pup again", "make rex look like a pup"),
    _e("if the hurdle was gone i'd frame it tomorrow. can you", "remove the hurdle"),
)

FOLLOW_ONS: tuple[Dev, ...] = (
    # "it", "that" and "them" for the last edit's object
    _e("now make it look windswept", "make the heather look windswept", state=SHEEPDOG),
    _e("make it smaller pls", "make the hippo smaller", state=SAFARI),
    _e("lol ok now make it yawn", "make the hippo yawn", state=SAFARI),
    _e("make it splash a bit", "make the hippo splash a bit", state=SAFARI),
    _e("put racing stripes on it", "put racing stripes on the convertible", state=JUNKYARD),
    _e("add some rust spots on it", "add some rust spots on the convertible", state=JUNKYARD),
    _e("make that sleigh look older", "make the sleigh look older", state=SLEIGH),
    _e("give it a feather too", "give the top hat a feather", "give the dummy a feather", state=TALENT),
    _e("now tilt it a bit to the side", "tilt the top hat a bit to the side", state=TALENT),
    _e("ok make them bigger", "make the snowflakes bigger", state=SLEIGH),
    _e("add a gold ribbon on it", "add a gold ribbon on the top hat", state=TALENT),
    _e("put dents in it", "put dents in the convertible", state=JUNKYARD),
    # "too" and "as well" for the last edit's change on something else
    _e("the ewes too", "make the ewes purple", state=SHEEPDOG),
    _e("and the shepherd's cap too", "make the shepherd's cap purple", state=SHEEPDOG),
    _e("the wasabi too", "remove the wasabi", state=SUSHI),
    _e("do the soy sauce as well", "remove the soy sauce", state=SUSHI),
    _e("now the hubcaps too", "make the hubcaps red", state=JUNKYARD),
    _e("same for the crusher", "make the crusher red", state=JUNKYARD),
    _e("do that to the stretcher too", "make the stretcher brighter", state=AMBULANCE),
    _e("the headlights too pls", "make the headlights brighter", state=AMBULANCE),
    _e("the reins as well", "make the reins red", state=(*SLEIGH[:2],)),
    _e("give the ventriloquist one too", "give the ventriloquist a top hat", state=TALENT),
    _e("now the bowler too", "remove the bowler", state=(*CRICKET[:3],)),
    _e("paint the deckchairs green too", "paint the deckchairs green", state=CRICKET),
    _e("nice, a crocodile too", "add a crocodile in the waterhole", "add a crocodile", state=SAFARI),
    _e("love it. the chef's tray too", "remove the chef's tray", state=SUSHI),
    _e("cool now add a shadow under it", "add a shadow under the hippo", state=SAFARI),
    _e("make them sparkle", "make the snowflakes sparkle", state=SLEIGH),
    _e("the birch trees too, red", "make the birch trees red", state=(*SLEIGH[:2],)),
    _e(
        "great, now give the collie one too",
        "give the collie a top hat",
        state=(*SHEEPDOG, (1, "give the shepherd a top hat")),
    ),
    _e("lovely, and make it a bit longer", "make the top hat a bit longer", "make the top hat longer", state=TALENT),
)

SEVERAL: tuple[Dev, ...] = (
    _several("remove the rottweiler and make the fence black", "remove the rottweiler", "make the fence black"),
    _several(
        "can u make the sky pink, also get rid of the ranger",
        "make the sky pink",
        ("get rid of the ranger", "remove the ranger"),
    ),
    _several("add a second collie plus make the grass greener", "add a second collie", "make the grass greener"),
    _several(
        "1. remove the wasabi 2. make the belt silver 3. add steam on the miso",
        "remove the wasabi",
        "make the belt silver",
        "add steam on the miso",
    ),
    _several(
        "make the stretcher red, remove the cones, and blur the background",
        "make the stretcher red",
        "remove the cones",
        "blur the background",
    ),
    _several("remove the herder then add a moon", "remove the herder", "add a moon"),
    _several(
        "pls give the dummy a bow tie and make the backdrop blue thx",
        "give the dummy a bow tie",
        "make the backdrop blue",
    ),
    _several(
        "first remove the umbrella then make the batsman's pads white",
        "remove the umbrella",
        "make the batsman's pads white",
    ),
    _several(
        "turn the hubcaps gold. also the crusher should be yellow",
        "turn the hubcaps gold",
        ("make the crusher yellow", "the crusher should be yellow"),
    ),
    _several(
        "ok two things: make the rhino bigger and remove the thorn tree on the left",
        "make the rhino bigger",
        "remove the thorn tree on the left",
    ),
    _several("remove the crisp bags and add a tartan rug", "remove the crisp bags", "add a tartan rug"),
    _several(
        "make the ewes whiter + remove the hurdle",
        "make the ewes whiter",
        "remove the hurdle",
    ),
    _several(
        "the convertible should be black and the fence needs to go",
        ("make the convertible black", "the convertible should be black"),
        ("remove the fence", "the fence needs to go"),
    ),
    _several(
        "pls remove the clipboard, add a sticker on the ambulance door and make the sky blue",
        "remove the clipboard",
        "add a sticker on the ambulance door",
        "make the sky blue",
    ),
    _several("brighten the faces and remove the delivery lorry", "brighten the faces", "remove the delivery lorry"),
    _several("remove the mittens. add a bobble hat on the kid", "remove the mittens", "add a bobble hat on the kid"),
    _several("make the ewes pink and the collie blue lol", "make the ewes pink", "make the collie blue"),
    _several(
        "add a kestrel in the sky then make the hill greener", "add a kestrel in the sky", "make the hill greener"
    ),
    _several(
        "rotate the dummy's head a bit and close his mouth",
        "rotate the dummy's head a bit",
        ("close his mouth", "close the dummy's mouth"),
    ),
    _several(
        "REMOVE THE CRISP BAGS AND THE CANS, ALSO ADD A TEAPOT",
        "remove the crisp bags and the cans",
        "add a teapot",
    ),
    _several("blur the numberplate & make the ambulance shinier", "blur the numberplate", "make the ambulance shinier"),
    # one request that merely contains "and"
    _e("make the collie black and white", "make the collie black and white"),
    _e("add salt and pepper shakers on the counter", "add salt and pepper shakers on the counter"),
    _e("remove the black and yellow tape", "remove the black and yellow tape"),
    _e("give the dummy a black and gold suit", "give the dummy a black and gold suit"),
    _e("add strawberries and cream on the bench", "add strawberries and cream on the bench"),
    _e("make the pavilion look old and dusty", "make the pavilion look old and dusty"),
    _e("put a red and white stripe on the ambulance", "put a red and white stripe on the ambulance"),
    _e("remove the bread and butter plate", "remove the bread and butter plate"),
)

EARLIER: tuple[Dev, ...] = (
    _on("on the original, make the wicket red", 0, "make the wicket red"),
    _on("on the original photo pls add a fox on the boundary", 0, "add a fox on the boundary"),
    _on("on round 1, remove the deckchairs", 1, "remove the deckchairs"),
    _on("on round 2 make the batsman's helmet blue", 2, "make the batsman's helmet blue"),
    _on("starting from the original, add a scoreboard", 0, "add a scoreboard"),
    _back("go back to round 1 and remove the umpire", 1, "remove the umpire"),
    _back("back to the original and make the grass yellow", 0, "make the grass yellow"),
    _back("go back to round 2 then add a rainbow", 2, "add a rainbow"),
    _back("revert to round 1 and make the bowler left handed lol", 1, "make the bowler left handed"),
    _back("go back to before the snowflakes and make the sleigh blue", 1, "make the sleigh blue", state=SLEIGH),
    _on("on the original, remove the herder", 0, "remove the herder", state=SLEIGH),
    _back("go back to round 1 and add a husky", 1, "add a husky", state=SLEIGH),
    _on("from the original photo, add a flag on the pavilion", 0, "add a flag on the pavilion"),
    _on("on the one before the clouds, make the pitch striped", 2, "make the pitch striped"),
    _back("go back to v1 and make the pavilion red", 1, "make the pavilion red"),
    _on("on the original sleigh pic, add a kid waving", 0, "add a kid waving", state=SLEIGH),
    _back("go back to the red sleigh one and add a reindeer bell", 1, "add a reindeer bell", state=SLEIGH),
)

PHOTOS: tuple[Dev, ...] = (
    # a caption that is a request
    _e("here's meg at the trials, remove the hurdle pls", "remove the hurdle", photo=True),
    _e("our rhino!! can you make the sky orange", "make the sky orange", photo=True),
    _e("sushi night 🍣 remove the soy sauce stains", "remove the soy sauce stains", photo=True),
    _e(
        "my nan's favourite, make it black and white",
        "make it black and white",
        "make the photo black and white",
        photo=True,
    ),
    _e("pic from the trip - add snow on the birch trees", "add snow on the birch trees", photo=True),
    _e("the crew at the awards, please remove the exit sign", "remove the exit sign", photo=True),
    _e("another one from the match, brighten it a bit", "brighten it a bit", photo=True),
    _e("mr pickles on stage 🎭 give him a red nose", "give him a red nose", "give mr pickles a red nose", photo=True),
    _e("new pic. remove the rottweiler", "remove the rottweiler", state=JUNKYARD_THEN_PHOTO, photo=True),
    # the same thing again on a new photo
    _e("same thing for this one", "make the heather purple", state=SHEEPDOG_THEN_PHOTO, photo=True),
    _e("do the same on this pls", "remove the sake bottle", state=SUSHI_THEN_PHOTO, photo=True),
    _e("same again 🙏", "make the convertible red", state=JUNKYARD_THEN_PHOTO, photo=True),
    _e("and this one too", "add snowflakes falling", state=SLEIGH_THEN_PHOTO, photo=True),
    _e("here's the 2nd one, same edit", "make the heather purple", state=SHEEPDOG_THEN_PHOTO, photo=True),
    # a caption with no request
    _words("meg and bryn at the trials 🐑", photo=True, act="caption"),
    _words("safari day 3, finally a rhino", photo=True, act="caption"),
    _words("village cricket, summer 2019", photo=True, act="caption"),
    _words("mum's 60th at the sushi bar", photo=True, act="caption"),
    _words("grandad's junkyard, the last day", photo=True, act="caption"),
    _words("my sister and her crew 🚑", photo=True, act="caption"),
    _words("lapland with the kids ❄️", photo=True, act="caption"),
    _words("uncle dave and mr pickles", photo=True, act="caption"),
    _words("another from the same day", SHEEPDOG_THEN_PHOTO, photo=True, act="caption"),
    _words("the other angle, the chef was laughing in this one", SUSHI_THEN_PHOTO, photo=True, act="caption"),
    _words("this is the one my wife said should be brighter", SLEIGH_THEN_PHOTO, photo=True, act="caption"),
    _words("rex on the crusher, he was 2 here", JUNKYARD_THEN_PHOTO, photo=True, act="caption"),
    _e("ok next pic, make the ambulance look new", "make the ambulance look new", photo=True),
    _e(
        "this is the other rhino shot. blur the land cruiser in the back",
        "blur the land cruiser in the back",
        photo=True,
    ),
    _e("same as before pls 🙏", "make the convertible red", state=JUNKYARD_THEN_PHOTO, photo=True),
    _e("this one needs the same", "remove the sake bottle", state=SUSHI_THEN_PHOTO, photo=True),
    _words("here's the one from the evening, before i change anything", photo=True, act="caption"),
    _words("the original i told you about, the one with rex", photo=True, act="caption"),
    _words("the pic my wife said should be blue lol", photo=True, act="caption"),
    _words("same day, different sheep 😂", SHEEPDOG_THEN_PHOTO, photo=True, act="caption"),
)

NEAR: tuple[Dev, ...] = (
    # stories with no request
    _words("meg is 11 and still the fastest dog in the valley", SHEEPDOG),
    _words("bryn has been a shepherd for 50 years, never had a holiday"),
    _words("the ewes belong to the farm next door actually", SHEEPDOG),
    _words("we saw the rhino right before the sun went down"),
    _words("the ranger told us there are only 12 rhinos left in the park", SAFARI),
    _words("my husband scored 4 runs all season lol", CRICKET),
    _words("the pavilion burned down the year after, so this is the last photo of it", CRICKET),
    _words("the chef trained in osaka for 10 years"),
    _words("we ate 40 plates between 5 of us", SUSHI),
    _words("grandad bought the crusher second hand in 1985"),
    _words("rex bit the postman once but only a little", JUNKYARD),
    _words("the convertible was actually grandad's first car", JUNKYARD),
    _words("my sister has been a paramedic for 12 years"),
    _words("the ambulance broke down right after this photo lol", AMBULANCE),
    _words("the reindeer were called blixen and toivo", SLEIGH),
    _words("it was minus 28 that day, my phone died twice", SLEIGH),
    _words("mr pickles was made by a puppet maker in blackpool", TALENT),
    _words("uncle dave forgot his lines halfway through but nobody noticed"),
    # questions
    _words("is the collie looking at the camera?", SHEEPDOG),
    _words("how many ewes are there", SHEEPDOG),
    _words("can you remove people from photos?"),
    _words("could you make the sky orange in theory?"),
    _words("why does the hippo look blurry", SAFARI),
    _words("is that a real hippo or did u make it up", SAFARI),
    _words("what's that thing on the ranger's belt?", SAFARI),
    _words("did you change the pavilion already?", CRICKET),
    _words("which round had the sightscreen still in it?", CRICKET),
    _words("why is the wasabi so bright", SUSHI),
    _words("do you think the chef looks happy?", SUSHI),
    _words("is the convertible red enough?", JUNKYARD),
    _words("are the hubcaps original or did you add them?", JUNKYARD),
    _words("how bright can the siren lights go?", AMBULANCE),
    _words("why are the snowflakes so big", SLEIGH),
    _words("would a red sleigh look better than the brown one?"),
    _words("does the top hat look real to you?", TALENT),
    _words("what can you do with old photos?"),
    # reported speech and other people's wishes
    _words("my wife said the heather should be pink", SHEEPDOG),
    _words("bryn says the collie should be in the middle"),
    _words("my dad thinks the ewes look grey"),
    _words("the ranger said the rhino should be bigger in the frame", SAFARI),
    _words("my husband wants the pavilion red, he's wrong", CRICKET),
    _words("the captain said we should remove the umpire lol", CRICKET),
    _words("my mum said the chef should smile more", SUSHI),
    _words("my brother told me to remove his hand but i like it there"),
    _words("nan said the convertible used to be blue", JUNKYARD),
    _words("my cousin wants rex removed but no way", JUNKYARD),
    _words("my sister said the siren lights were too bright", AMBULANCE),
    _words("her boss wants the ambulance cleaner for the calendar"),
    _words("my son said the sleigh should be gold", SLEIGH),
    _words("the herder told us the reindeer hate flashes"),
    _words("uncle dave says mr pickles needs a new suit", TALENT),
    _words("the judges said the dummy was creepy 😂", TALENT),
    # wishes about real life, plans for later
    _words("i wish i had a collie like meg"),
    _words("wish we'd stayed another night to see the lights", SLEIGH),
    _words("i wish the chef had made more salmon nigiri lol", SUSHI),
    _words("maybe later i'll make the fence black", JUNKYARD),
    _words("not now, but at some point i want to remove the delivery lorry", AMBULANCE),
    _words("i might add a fox later, we'll see", SHEEPDOG),
    _words("thinking of making the sleigh gold, not sure yet", SLEIGH),
    _words("tomorrow i'll do the rest of the trip photos"),
    # vague turns that deserve one question
    _words("can you make it nicer", SAFARI, act="clarify"),
    _words("fix the ewes", SHEEPDOG, act="clarify"),
    _words("do something with the belt", SUSHI, act="clarify"),
    _words("the rottweiler looks off", JUNKYARD, act="clarify"),
    _words("change the thing on the left", AMBULANCE, act="clarify"),
    _words("make it pop more idk", TALENT, act="clarify"),
    # talk that uses edit words
    _words("i literally removed the crusher from my life when i sold the yard", JUNKYARD),
    _words("the collie is black and white in real life, like most of them"),
    _words("bryn painted the gate green himself in 1990", SHEEPDOG),
    _words("we added two more reindeer to the herd this year, the herder told us", SLEIGH),
    _words("the top hat made me laugh so hard", TALENT),
    _words("that hippo is my favourite edit so far", SAFARI),
    _words("the purple heather is exactly what the hills look like in august", SHEEPDOG),
    _words("red convertible = grandad's dream car", JUNKYARD),
    _words("he wanted to paint the pavilion green for years", CRICKET),
    _words("the kids built a snow fort next to the sleigh that morning", SLEIGH),
    # more questions
    _words("can u add animals that aren't in the photo?"),
    _words("is the sleigh wooden or metal?", SLEIGH),
    _words("should i remove the stretcher or keep it?", AMBULANCE),
    _words("could the collie be any cuter honestly", SHEEPDOG),
    _words("how did u know which one was the hippo", SAFARI),
    _words("is it ok to upload pics with kids faces?"),
    # more reported speech
    _words("my wife said the wall behind the judges should be blue", TALENT),
    _words("the newspaper asked if we could make the ambulance cleaner", AMBULANCE),
    _words("my friend keeps saying i should remove the ranger"),
    _words("everyone at work said the hubcaps should be gold lol", JUNKYARD),
    # vague
    _words("hmm the belt", SUSHI, act="clarify"),
    _words("can you do something about the sky", CRICKET, act="clarify"),
)

EDITS5: tuple[Dev, ...] = (*RAMBLES, *MESSY, *WISHES, *FOLLOW_ONS, *SEVERAL, *EARLIER, *PHOTOS, *NEAR)
"""Every turn of the set, all with the session's last round current."""


def edits5_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case."""
    return as_cases(EDITS5, "edits5")
