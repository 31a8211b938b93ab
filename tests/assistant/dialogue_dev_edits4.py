"""A fourth development set of plain edit requests in messy real-life wording, and look-alikes that must not edit.

Written by hand before running the model on it, about scenes the other dev sets do not use: an ice
hockey rink (a goalie, a puck, a zamboni, bleachers), a backyard barbecue (a charcoal grill, sausages, a
parasol, a cooler), a pet ferret in a fleece tube, a dollhouse, a spiral staircase with a banister and
a stair runner, an archery range (targets on straw bales, a quiver), outdoor bouldering (a boulder, a
crash pad, a chalk bag), finches in an aviary, a podcast corner (microphones, a foam wall), a wooden
sauna (benches, a bucket and ladle), a charity car wash, a vespa on a cobbled lane, a karaoke night
and a pub corner with a dartboard and a billiard table. `EDITS` holds edit requests: long rambling turns
with one request buried in a story, several requests in one turn (joined by "and", "also", "plus",
"then", commas or a numbered list) beside single requests that merely contain "and", requests put as
wishes, questions and complaints, "it", "that" and "them" meaning the last edit's object, slang,
typos, all caps, emoji, text-speak and non-native English, and photo uploads whose caption is a
request or "the same thing" again. `NEAR` holds look-alike turns that expect no call: talk that uses
edit words, questions about what the editor can do, plans for later, wishes about real life, vague
turns that deserve a question and plain captions. An expected instruction is the request cleaned of
fillers; a tuple lists the equally right ones. Same format as `dialogue_dev.Dev`.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _edits, as_cases

HOCKEY = ((None, None), (0, "make the zamboni green"))
"""An ice hockey rink: a goalie in the net, a puck, a zamboni, bleachers, a scoreboard."""
BARBECUE = ((None, None), (0, "add sausages on the grill"))
"""A backyard barbecue: a charcoal grill, a parasol, a cooler, an uncle in an apron, a hedge."""
FERRET = ((None, None), (0, "make the ferret white"))
"""A pet ferret in a fleece tube on a rug, a food dish, a jingle bell toy."""
DOLLHOUSE = ((None, None), (0, "make the dollhouse shingles red"))
"""A dollhouse on a shelf: tiny armchairs, shingles, dolls, a little staircase."""
STAIRCASE = ((None, None), (0, "make the stair runner green"))
"""A spiral staircase in an old townhouse: a banister, a stair runner, a round window, a coat stand."""
ARCHERY = ((None, None), (0, "add an arrow in the bullseye"))
"""An archery range: targets on straw bales, a quiver, an archer in a cap."""
CRAG = ((None, None), (0, "make the crash pad orange"))
"""Outdoor bouldering: a boulder, a crash pad, a chalk bag, a climber, pine trees."""
AVIARY = ((None, None), (0, "make the finches yellow"))
"""An aviary: finches on a perch, a seed feeder, netting, a water dish."""
PODCAST = ((None, None), (0, "remove the mug between the microphones"), (1, "make the foam wall dark blue"))
"""A podcast corner: two microphones, headphones, a foam wall, a laptop, a mug."""
SAUNA = ((None, None), (0, "make the sauna benches lighter"))
"""A wooden sauna: benches, a bucket and ladle, towels, a thermometer."""
CARWASH = ((None, None), (0, "make the car wash sign bigger"))
"""A charity car wash: a hatchback, sponges, buckets, teenagers, a cardboard sign."""
VESPA = ((None, None), (0, "make the vespa mint green"))
"""A vespa on a cobbled lane: shutters, a flower box, a corner cafe with chairs."""
KARAOKE = ((None, None), (0, "add a spotlight on the singer"))
"""Karaoke night: a screen with lyrics, two singers, a microphone stand, a bar."""
DARTS = ((None, None), (0, "make the billiard table cloth red"))
"""A pub corner: a dartboard, a billiard table, pint glasses, a chalkboard menu."""
FERRET_THEN_PHOTO = (*FERRET, (None, None))
"""The ferret session with a second photo uploaded."""
SAUNA_THEN_PHOTO = (*SAUNA, (None, None))
"""The sauna session with a second photo uploaded."""
VESPA_THEN_PHOTO = (*VESPA, (None, None))
"""The vespa session with a second photo uploaded."""
NEW_PHOTO = (*HOCKEY, (None, None))
"""A second photo after the hockey one; with `photo=True` the upload is the current round."""


def _e(text: str, *instructions: str, state: tuple = UPLOAD, photo: bool = False) -> Dev:
    return (text, photo, state, "edit", _edit(*instructions))


def _several(text: str, *instructions: str | tuple[str, ...], state: tuple = UPLOAD) -> Dev:
    return (text, False, state, "edit", _edits(*instructions))


def _words(text: str, state: tuple = UPLOAD, photo: bool = False, act: str = "talk") -> Dev:
    return (text, photo, state, act, ())


RAMBLES: tuple[Dev, ...] = (
    _e(
        "so my son plays goalie for the under 12s and this was the final, they lost 3-2 but he made like 30 "
        "saves and we are so proud. the only thing is there's a random guy in a yellow coat in the bleachers "
        "that draws the eye. remove the guy in the yellow coat",
        "remove the guy in the yellow coat",
    ),
    _e(
        "ok long story. my uncle insisted on doing the barbecue in his old apron that says kiss the cook and "
        "my aunt has hated that apron for 20 years lol. for her birthday card change the writing on the apron "
        "to 'best husband'",
        "change the writing on the apron to 'best husband'",
    ),
    _e(
        "this is bandit, we adopted him from a shelter in march, he was super shy at first but now he steals "
        "socks all day. i want to print this for the hallway but his fleece tube looks filthy, make the tube "
        "look clean",
        "make the tube look clean",
        "make the fleece tube look clean",
    ),
    _e(
        "my grandad built this dollhouse for my mum in the 70s and now my daughter plays with it. we're "
        "making a little photo book for his 90th and i noticed one of the dolls lost her head 😭 could you "
        "put a head back on the headless doll",
        "put a head back on the headless doll",
    ),
    _e(
        "we bought this townhouse in june and the staircase is the reason we bought it honestly. the estate "
        "agent photo was awful so i took my own, but the coat stand at the bottom is full of our junk. "
        "take the coats off the coat stand",
        "take the coats off the coat stand",
        "remove the coats from the coat stand",
    ),
    _e(
        "first time at the archery club!! i only hit the target twice in an hour and one arrow went into the "
        "hedge lmao. anyway for instagram i'd like you to add three arrows in the middle of the target",
        "add three arrows in the middle of the target",
    ),
    _e(
        "we drove 4 hours to this boulder and it rained the whole time so everything looks gloomy. my friend "
        "is on the crux move here and she wants it for her profile so brighten the whole picture please",
        "brighten the whole picture",
    ),
    _e(
        "the finches are my dad's hobby since he retired, he has 14 of them and names them after footballers. "
        "the netting makes it look like a prison tho, so remove the netting",
        "remove the netting",
    ),
    _e(
        "we just launched our podcast, episode one is about true crime in small towns. this will be the cover "
        "art but the cables all over the table look messy, hide the cables",
        "hide the cables",
    ),
    _e(
        "in finland every house has a sauna and this one is at my grandparents' summer cottage. my cousin left "
        "his beer can on the top bench which is very disrespectful to grandpa, erase the beer can",
        "erase the beer can",
        "remove the beer can",
    ),
    _e(
        "our school raised 800 euros with this car wash for the animal shelter!! the local paper wants a pic "
        "but the sign has a spelling mistake, it says 'car wahs'. make the sign say 'car wash'",
        "make the sign say 'car wash'",
    ),
    _e(
        "rented this vespa in rome for our anniversary, best day ever, we got lost like 5 times. there's a "
        "parking ticket on the seat lol we didn't even notice, take the ticket off the seat",
        "take the ticket off the seat",
        "remove the ticket from the seat",
        "remove the parking ticket from the seat",
    ),
    _e(
        "karaoke night with the team after our project shipped, i sang bohemian rhapsody and it was a "
        "disaster. my manager wants this for the intranet but the lyrics on the screen are a bit rude, so "
        "blur the lyrics on the screen",
        "blur the lyrics on the screen",
    ),
    _e(
        "this is our local, we've been going every thursday since uni. they're closing next month so i want a "
        "nice print. the pint glasses are all half empty which looks sad, fill the pint glasses",
        "fill the pint glasses",
    ),
    _e(
        "the zamboni guy at our rink is a legend, he's been driving it for 35 years and retires this week. "
        "we're making him a card. could you write 'thanks frank' on the side of the zamboni",
        "write 'thanks frank' on the side of the zamboni",
    ),
    _e(
        "my neighbour complained about the smoke from our barbecue last weekend (fair) and now whenever i look "
        "at this photo the smoke is all i see, get rid of the smoke",
        "get rid of the smoke",
        "remove the smoke",
    ),
    _e(
        "so the ferret got into the flour this morning and he is literally white now, which is hilarious, but "
        "my girlfriend wants a normal photo of him for the vet records. make the ferret brown again",
        "make the ferret brown again",
        "make the ferret brown",
    ),
    _e(
        "i restore old dollhouses as a hobby and this is my latest, it took me 6 months. the wallpaper in the "
        "tiny hallway peeled though, it would look much better if the wallpaper in the hallway was yellow",
        "make the wallpaper in the hallway yellow",
        "make the wallpaper in the tiny hallway yellow",
    ),
    _e(
        "the archer in the photo is my wife, she's training for the regional championship in may. she says the "
        "cap makes her look like a tourist so replace her cap with a headband",
        "replace her cap with a headband",
        "replace the archer's cap with a headband",
    ),
    _e(
        "honestly bouldering saved my mental health this year, this is me on my first v5. but i look so pale "
        "next to my tanned friends haha, give me a bit of a tan",
        "give me a bit of a tan",
    ),
    _e(
        "anyway the meeting ran late and by the time i got to the sauna the light was gone, so the photo is "
        "really dark and orange. fix the white balance",
        "fix the white balance",
    ),
    _e(
        "we did the car wash again this year and it was boiling, everyone got sunburnt. the hatchback in front "
        "is my teacher's and he asked me to make his car look shiny in the photo lol, make the hatchback shiny",
        "make the hatchback shiny",
    ),
    _e(
        "my partner and i met at this karaoke bar 10 years ago, she was singing dancing queen terribly. for our "
        "anniversary could you add a heart shaped balloon next to her",
        "add a heart shaped balloon next to her",
    ),
    _e(
        "context: i'm making a menu board for my brother's pub and this is the dartboard corner. the dartboard "
        "is missing some numbers because it's ancient, make the dartboard look brand new",
        "make the dartboard look brand new",
    ),
    _e(
        "right so the thing is my sister is getting married in the aviary at the zoo and she sent me this to "
        "plan decorations. she asked if i could see it with flowers, so add white flowers along the perches",
        "add white flowers along the perches",
    ),
    _e(
        "tbh i only took this photo because the light through the round window was pretty, but the dust on "
        "the banister is embarrassing. clean the banister",
        "clean the banister",
    ),
)

SEVERAL: tuple[Dev, ...] = (
    _several("remove the puck and make the ice whiter", "remove the puck", "make the ice whiter"),
    _several(
        "1. remove the chalk bag 2. make the climber's shirt red 3. add moss on the boulder",
        "remove the chalk bag",
        "make the climber's shirt red",
        "add moss on the boulder",
    ),
    _several(
        "make the sausages look crispier plus add a bit of smoke",
        "make the sausages look crispier",
        "add a bit of smoke",
    ),
    _several(
        "remove the headphones, make the laptop silver, add a plant behind the microphones",
        "remove the headphones",
        "make the laptop silver",
        "add a plant behind the microphones",
    ),
    _several(
        "close the shutters then put red geraniums in the flower box",
        "close the shutters",
        "put red geraniums in the flower box",
    ),
    _several(
        "make the towels white also hang a thermometer by the door",
        "make the towels white",
        "hang a thermometer by the door",
    ),
    _several(
        "give the ferret a tiny bow tie and put a sock in his mouth",
        "give the ferret a tiny bow tie",
        "put a sock in his mouth",
    ),
    _several(
        "make the dolls' dresses blue and pink, also light up the tiny windows",
        "make the dolls' dresses blue and pink",
        "light up the tiny windows",
    ),
    _several(
        "remove the sponges from the ground and make the buckets yellow",
        "remove the sponges from the ground",
        "make the buckets yellow",
    ),
    _several(
        "first the archer's cap should be green, then remove the straw on the floor",
        "make the archer's cap green",
        "remove the straw on the floor",
    ),
    _several(
        "can u make the bar counter wooden and also put a crown on the singer",
        "make the bar counter wooden",
        "put a crown on the singer",
    ),
    _several(
        "1) chalkboard menu says 'quiz night thursday' 2) remove the empty crisp packets",
        ("make the chalkboard menu say 'quiz night thursday'", "chalkboard menu says 'quiz night thursday'"),
        "remove the empty crisp packets",
    ),
    _several(
        "add confetti falling over the rink, plus make the scoreboard show 4-1",
        "add confetti falling over the rink",
        "make the scoreboard show 4-1",
    ),
    _several(
        "darken the hedge and put fairy lights on the parasol",
        "darken the hedge",
        "put fairy lights on the parasol",
    ),
    _several(
        "straighten the round window, remove the coat stand, and make the banister black",
        "straighten the round window",
        "remove the coat stand",
        "make the banister black",
    ),
    _several(
        "ok so: blur the background, sharpen the finches",
        "blur the background",
        "sharpen the finches",
    ),
    _several(
        "put some steam in the air and then make the light warmer",
        "put some steam in the air",
        "make the light warmer",
    ),
    _several(
        "make the lane wet like after rain. also add a pigeon on the vespa's mirror",
        "make the lane wet like after rain",
        "add a pigeon on the vespa's mirror",
    ),
    _several(
        "remove the water dish & add a second feeder",
        "remove the water dish",
        "add a second feeder",
    ),
    _several(
        "turn the goalie's mask gold and erase the ads on the boards",
        "turn the goalie's mask gold",
        "erase the ads on the boards",
    ),
    # one request that merely contains "and"
    _e("make the shutters green and white", "make the shutters green and white"),
    _e("remove the bucket and ladle", "remove the bucket and ladle"),
    _e("add salt and pepper shakers on the bar", "add salt and pepper shakers on the bar"),
    _e("make the crash pad black and yellow striped", "make the crash pad black and yellow striped"),
    _e(
        "put the ferret between the rug and the fleece blanket",
        "put the ferret between the rug and the fleece blanket",
    ),
    _e("swap the darts and the pint glasses", "swap the darts and the pint glasses"),
)

WISHES: tuple[Dev, ...] = (
    _e("could u maybe make the parasol white?", "make the parasol white"),
    _e("the zamboni being blue would be nice", "make the zamboni blue"),
    _e("why is the cooler brown, make it red", "make the cooler red"),
    _e("i hate the hose, remove it", "remove the hose"),
    _e(
        "ugh the plastic chairs are so ugly, get rid of them",
        "get rid of the plastic chairs",
        "remove the plastic chairs",
    ),
    _e("it'd be cool if the goalie had a pink mask", "give the goalie a pink mask", "make the goalie's mask pink"),
    _e(
        "the bleachers would look better full of people",
        "fill the bleachers with people",
        "make the bleachers full of people",
    ),
    _e("wish the grill was shiny, can you do that?", "make the grill shiny"),
    _e("how about a rainbow over the crag?", "add a rainbow over the crag"),
    _e(
        "what if the boulder had some frost on top",
        "add some frost on top of the boulder",
        "give the boulder some frost on top",
        "add frost on the boulder",
    ),
    _e("why are the finches so dull, make them brighter", "make the finches brighter"),
    _e(
        "that seed feeder is an eyesore, lose it",
        "remove the seed feeder",
        "remove that seed feeder",
        "lose the seed feeder",
        "lose that seed feeder",
    ),
    _e(
        "the foam wall looks cheap, can it be wood panels instead",
        "make the foam wall wood panels",
        "replace the foam wall with wood panels",
    ),
    _e("is there any way the laptop could be closed?", "close the laptop", "make the laptop closed"),
    _e("i'd prefer the ladle copper", "make the ladle copper"),
    _e("those towels are bugging me, make them grey", "make the towels grey", "make those towels grey"),
    _e("the buckets should really be red, not blue", "make the buckets red", "make the buckets red, not blue"),
    _e("honestly the sign would look way better in green", "make the sign green"),
    _e("can the teenagers be smiling? they all look grumpy", "make the teenagers smile", "make the teenagers smiling"),
    _e("the flower box needs flowers lol", "add flowers to the flower box", "put flowers in the flower box"),
    _e("i don't like the cafe chairs, take them out", "take the cafe chairs out", "remove the cafe chairs"),
    _e("would be amazing if the singer had sparkly gloves", "give the singer sparkly gloves"),
    _e(
        "why is there a fire extinguisher in my photo, delete it",
        "delete the fire extinguisher",
        "remove the fire extinguisher",
    ),
    _e("the dartboard is crooked, straighten it", "straighten the dartboard"),
    _e("nobody wants to see the mop in the corner. remove it pls", "remove the mop in the corner", "remove the mop"),
    _e("the quiver needs more arrows", "add more arrows to the quiver", "give the quiver more arrows"),
    _e("the stair runner would look nicer in navy", "make the stair runner navy"),
    _e("kinda wish the tiny armchairs were velvet red, could u", "make the tiny armchairs velvet red"),
    _e(
        "any chance the ferret could wear a santa hat?",
        "put a santa hat on the ferret",
        "make the ferret wear a santa hat",
    ),
    _e(
        "that jingle bell toy is the worst, erase it",
        "erase the jingle bell toy",
        "remove the jingle bell toy",
        "erase that jingle bell toy",
    ),
    _e("i need the puck to be in the net", "put the puck in the net", "make the puck in the net"),
    _e(
        "can we have the lights in the pub a little dimmer",
        "make the lights in the pub a little dimmer",
        "dim the lights in the pub a little",
    ),
)

IT_THAT: tuple[Dev, ...] = (
    _e("now make it shiny", "make the zamboni shiny", state=HOCKEY),
    _e("put a number 7 on it", "put a number 7 on the zamboni", state=HOCKEY),
    _e("make them look juicier", "make the sausages look juicier", state=BARBECUE),
    _e("add some grill marks on them", "add some grill marks on the sausages", state=BARBECUE),
    _e("give it a little hat", "give the ferret a little hat", state=FERRET),
    _e("now make it look sleepy", "make the ferret look sleepy", state=FERRET),
    _e("add some moss on them", "add some moss on the dollhouse shingles", state=DOLLHOUSE),
    _e("make that a bit darker", "make the stair runner a bit darker", state=STAIRCASE),
    _e(
        "add a pattern to it, like persian rugs",
        "add a pattern to the stair runner, like persian rugs",
        state=STAIRCASE,
    ),
    _e(
        "make it glow a little",
        "make the arrow glow a little",
        "make the arrow in the bullseye glow a little",
        state=ARCHERY,
    ),
    _e("make it thicker pls", "make the crash pad thicker", state=CRAG),
    _e("now put a logo on it", "put a logo on the crash pad", state=CRAG),
    _e("give them red heads", "give the finches red heads", state=AVIARY),
    _e("make them a bit bigger", "make the finches a bit bigger", state=AVIARY),
    _e(
        "add a neon sign on it that says 'on air'", "add a neon sign on the foam wall that says 'on air'", state=PODCAST
    ),
    _e("make them look older, like weathered", "make the sauna benches look older, like weathered", state=SAUNA),
    _e("put a border around it", "put a border around the car wash sign", state=CARWASH),
    _e("give it a glossy finish", "give the vespa a glossy finish", state=VESPA),
    _e("add a basket on the back of it", "add a basket on the back of the vespa", state=VESPA),
    _e("make the spotlight pink", "make the spotlight pink", state=KARAOKE),
    _e("add some chalk dust on it", "add some chalk dust on the billiard table cloth", state=DARTS),
    _e("ok now make it look worn", "make the billiard table cloth look worn", state=DARTS),
)

SLANG: tuple[Dev, ...] = (
    _e("yo yeet the cooler outta here", "remove the cooler", "yeet the cooler outta here"),
    _e("ngl the puck kinda needs to go", "remove the puck"),
    _e("bruh make the goalie look hype", "make the goalie look hype"),
    _e("lowkey want the parasol striped", "make the parasol striped"),
    _e("make the ferret look smol and fluffy 🥺", "make the ferret look smol and fluffy"),
    _e("pls make da dollhouse pink", "make da dollhouse pink", "make the dollhouse pink"),
    _e("u can remove the coat stand rn", "remove the coat stand"),
    _e("thx, now gimme a red bullseye", "give me a red bullseye", "make the bullseye red"),
    _e("make the climber look like a pro fr fr", "make the climber look like a pro"),
    _e("finches but make them purple 💜", "make the finches purple"),
    _e("mic on the left gotta go", "remove the mic on the left"),
    _e("sauna but cozier vibes pls", "make the sauna cozier", "give the sauna cozier vibes"),
    _e("can u make the sign say 'wash $5' k thx", "make the sign say 'wash $5'"),
    _e("vespa in baby blue plz 🛵", "make the vespa baby blue"),
    _e("add a disco ball tbh", "add a disco ball"),
    _e("get rid of the crisp packets asap", "get rid of the crisp packets", "remove the crisp packets"),
    # typos
    _e("remvoe the zambnoi", "remove the zamboni", "remove the zambnoi", "remvoe the zambnoi"),
    _e("mak the sausges brown", "make the sausages brown", "make the sausges brown", "mak the sausges brown"),
    _e(
        "pls delet the feret's food dish",
        "delete the ferret's food dish",
        "delete the feret's food dish",
        "delet the feret's food dish",
    ),
    _e(
        "chagne the bannister to gold",
        "change the banister to gold",
        "change the bannister to gold",
        "chagne the bannister to gold",
    ),
    _e(
        "ad more arows in the quivver",
        "add more arrows in the quiver",
        "ad more arows in the quivver",
        "add more arows in the quivver",
    ),
    _e("brighen the bouldr", "brighten the boulder", "brighten the bouldr", "brighen the bouldr"),
    _e("make teh finchs orange", "make the finches orange", "make teh finchs orange", "make the finchs orange"),
    _e("blur teh laptop screen", "blur the laptop screen", "blur teh laptop screen"),
    _e("remove the thermometr plz", "remove the thermometer", "remove the thermometr"),
    _e("put bubles on the hatchbak", "put bubbles on the hatchback", "put bubles on the hatchbak"),
    # all caps, emoji, text-speak
    _e("REMOVE THE GOALIE'S WATER BOTTLE", "remove the goalie's water bottle"),
    _e("MAKE THE GRILL RED!!!!", "make the grill red"),
    _e("PUT A TINY TOP HAT ON THE FERRET PLS", "put a tiny top hat on the ferret"),
    _e("🔥 add flames coming out of the grill 🔥", "add flames coming out of the grill"),
    _e("🎯 make the target bigger", "make the target bigger"),
    _e(
        "🌲🌲 more pine trees behind the boulder",
        "add more pine trees behind the boulder",
        "more pine trees behind the boulder",
    ),
    _e(
        "pls remove teh dust frm the mics",
        "remove the dust from the mics",
        "remove the dust frm the mics",
        "remove teh dust frm the mics",
    ),
    _e("cn u mk the towels blu", "make the towels blue", "mk the towels blu"),
    _e("r u able 2 remove the sponge on the bonnet of the car? thx", "remove the sponge on the bonnet of the car"),
    _e("Make The Vespa Red With White Stripes", "make the vespa red with white stripes"),
    _e("🎤✨ add sparkles around the mic", "add sparkles around the mic"),
    _e("DARTBOARD. BIGGER. NOW.", "make the dartboard bigger"),
    # non-native English
    _e("please you can to remove the cooler from the grass", "remove the cooler from the grass"),
    _e("i want that the parasol is yellow", "make the parasol yellow"),
    _e("make more big the ferret please", "make the ferret bigger", "make more big the ferret"),
    _e("the dolls they must have the shoes brown", "make the dolls' shoes brown", "give the dolls brown shoes"),
    _e("is possible to put one carpet on the stairs?", "put one carpet on the stairs", "put a carpet on the stairs"),
    _e(
        "for favour delete the man behind of the target",
        "delete the man behind the target",
        "delete the man behind of the target",
    ),
    _e("you can make the finches of color red?", "make the finches red", "make the finches of color red"),
    _e("i would like that the microphones are black", "make the microphones black"),
    _e("put more light inside of sauna", "put more light inside the sauna", "put more light inside of sauna"),
    _e("make the sign more big and more red", "make the sign bigger and redder", "make the sign more big and more red"),
    _e(
        "remove please the people from the lane of vespa",
        "remove the people from the lane of vespa",
        "remove the people from the lane",
    ),
)

UPLOADS: tuple[Dev, ...] = (
    _e("my nephew in goal 🥅 blur the crowd behind him", "blur the crowd behind him", photo=True),
    _e("bbq sunday, make the sky less grey", "make the sky less grey", "make the sky less gray", photo=True),
    _e("this is noodle the ferret, can u remove the cage door", "remove the cage door", photo=True),
    _e(
        "grandad's dollhouse - make it look brand new",
        "make it look brand new",
        "make the dollhouse look brand new",
        photo=True,
    ),
    _e("our staircase!! remove the shoes on the bottom step", "remove the shoes on the bottom step", photo=True),
    _e("range day 🏹 add a scoreboard showing 10", "add a scoreboard showing 10", photo=True),
    _e("me on the boulder, please remove the guy spotting me", "remove the guy spotting me", photo=True),
    _e("dad's finches. the netting should be invisible", "make the netting invisible", photo=True),
    _e("podcast setup v2: turn it black and white", "turn it black and white", photo=True),
    _e(
        "car wash pic for the paper, crop out the bins on the right",
        "crop out the bins on the right",
        "remove the bins on the right",
        photo=True,
    ),
    _e("another from the rink, make the ice blue", "make the ice blue", state=NEW_PHOTO, photo=True),
    _e("pub quiz night - can you brighten the faces", "brighten the faces", photo=True),
    _e("here u go. add a sunset behind the lane", "add a sunset behind the lane", photo=True),
    # the same edit again on a new photo
    _e("same thing for this one pls", "make the ferret white", state=FERRET_THEN_PHOTO, photo=True),
    _e(
        "here's the other sauna pic, do the same pls",
        "make the sauna benches lighter",
        state=SAUNA_THEN_PHOTO,
        photo=True,
    ),
    _e("and this one too 🙏", "make the vespa mint green", state=VESPA_THEN_PHOTO, photo=True),
    _e("same again on this ferret pic", "make the ferret white", state=FERRET_THEN_PHOTO, photo=True),
    # captions that are not requests
    _words("my nephew in goal 🥅", photo=True, act="caption"),
    _words("sunday bbq at my uncle's", photo=True, act="caption"),
    _words("noodle the ferret, 2 years old today", photo=True, act="caption"),
    _words("grandad's dollhouse from 1974", photo=True, act="caption"),
    _words("range day with the club 🏹", photo=True, act="caption"),
    _words("the vespa we rented in rome", VESPA_THEN_PHOTO, photo=True, act="caption"),
    _words("another sauna pic, the view from the bench", SAUNA_THEN_PHOTO, photo=True, act="caption"),
    _words("here's the podcast corner, tell me what you'd change", photo=True, act="caption"),
    _words("karaoke night lol", photo=True, act="caption"),
)

EDITS: tuple[Dev, ...] = (*RAMBLES, *SEVERAL, *WISHES, *IT_THAT, *SLANG, *UPLOADS)
"""Edit requests (each expects one edit, or one per request when a turn holds several), and captions."""

NEAR: tuple[Dev, ...] = (
    # talk that uses edit words
    _words("my son was the goalie, he let in 3 goals but saved 30"),
    _words("the zamboni driver waved at us, so sweet", HOCKEY),
    _words("the green zamboni looks great", HOCKEY),
    _words("my uncle always burns the sausages lol", BARBECUE),
    _words("i hate the smell of that cooler, it's been in the shed for years"),
    _words("we removed the hedge last summer actually"),
    _words("the parasol is white in real life, the camera made it look cream"),
    _words("the ferret is white now, so funny", FERRET),
    _words("bandit removed all the socks from my drawer this morning"),
    _words("my grandad painted the shingles red in 1974 too", DOLLHOUSE),
    _words("the dolls used to have lace collars before my sister cut them off"),
    _words("we want to make the staircase white in real life next year"),
    _words("the green runner is so much better than our real one", STAIRCASE),
    _words("the archer is my wife, she's the best shot in the club"),
    _words("that arrow in the bullseye makes me laugh, she'd never", ARCHERY),
    _words("the orange crash pad pops so nicely against the rock", CRAG),
    _words("my friend fell off the boulder like 10 times before this"),
    _words("dad changed the seed feeder twice this week"),
    _words("yellow finches are real btw, they're called canaries lol", AVIARY),
    _words("we added the foam wall because the echo was terrible"),
    _words("the sauna benches were dark brown before grandpa sanded them"),
    _words("the teenagers washed 60 cars that day"),
    _words("the sign was bigger in real life but the wind bent it"),
    _words("mint green is the original colour of that vespa model", VESPA),
    _words("the singer is my boss, please never show him this"),
    _words("i always lose at darts, my brother removes me from the board in 3 rounds"),
    _words("the red cloth reminds me of the billiard table at my grandpa's", DARTS),
    # questions about the photo
    _words("is the ice too blue?", HOCKEY),
    _words("what's the brand of that grill?"),
    _words("does the ferret look white enough?", FERRET),
    _words("why is the banister so shiny in this one?"),
    _words("is the arrow in the right place?", ARCHERY),
    _words("can you see the climber's chalk on the rock?"),
    _words("how many finches are in this photo?"),
    _words("does the dark blue wall look too dark?", PODCAST),
    _words("is the sign big enough now?", CARWASH),
    # questions about ability
    _words("can you remove people from photos in general?"),
    _words("can you make things shiny?"),
    _words("are you able to change writing on signs?"),
    _words("could you ever put a hat on an animal?"),
    _words("can you fill empty glasses in photos?"),
    _words("do you do black and white?"),
    _words("is it possible to remove smoke from a photo?"),
    _words("how well do you handle reflections on ice?"),
    _words("can you add arrows to a target or is that too small"),
    _words("would you be able to fix a blurry bird?"),
    # plans, wishes about real life, edits for later
    _words("maybe later i'll ask you to remove the cooler"),
    _words("i might make the parasol red at some point", BARBECUE),
    _words("tomorrow i'll upload the rest of the rink photos"),
    _words("wish the goalie had saved that last shot 😭"),
    _words("i wish my uncle would buy a new apron"),
    _words("we're thinking of painting the real banister black"),
    _words("don't remove the netting, the finches need it"),
    _words("leave the ferret as he is for now", FERRET),
    _words("no need to touch the benches", SAUNA),
    _words("before you change anything let me ask my sister"),
    _words("i'll decide about the sign colour after the meeting", CARWASH),
    # edits someone else made or asked for
    _words("my brother already removed the crisp packets in his app"),
    _words("the newspaper guy asked me to brighten it, but i like it dark"),
    _words("my wife wants the cap gone but i think it's cute"),
    # reactions and thanks
    _words("perfect, thanks so much 🙌", HOCKEY),
    _words("HAHAHA THE FERRET", FERRET),
    _words("omg the sausages look real", BARBECUE),
    _words("wow ok that's amazing", VESPA),
    _words("ty that's all for now", KARAOKE),
    _words("i'd love it if you told me what you think of the lighting"),
    _words("be honest, is the zamboni too green?", HOCKEY),
    # vague turns that deserve a question
    _words("can you make it more eye catching idk", act="clarify"),
    _words("the rink idk", act="clarify"),
    _words("something's off with the stairs", act="clarify"),
    _words("fix the pub pic pls", act="clarify"),
    _words("make it better for the paper", act="clarify"),
    _words("change something", act="clarify"),
    _words("hmmm the whole vibe", act="clarify"),
)
"""Look-alike turns that expect no call."""


def edits4_cases() -> list[EvalCase]:
    """Every turn of the fourth plain-edit set as an `assistant.evaluation` case (`EDITS`, then `NEAR`)."""
    return as_cases((*EDITS, *NEAR), "edits4")
