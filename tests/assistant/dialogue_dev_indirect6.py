"""A development set of edit requests phrased indirectly, beside look-alikes that ask for nothing.

Written by hand before running the model on it, about scenes the other sets do not use: a windsurfer on
a lagoon (a striped sail, a wetsuit, a yellow buoy, a sandbar, palm trees, a jetski), a hedge maze at a
stately home (yew hedges, a gravel path, a stone urn, kids at the centre, a gardener with shears), a
dragon boat race (paddlers, a drummer at the bow, the carved dragon head, bunting, a crane behind), a
fishmonger's counter (mackerel and squid on crushed ice, scallops, price tags, a chalkboard, a brass
scale), a fondue night (a fondue pot, bread cubes on long forks, a checked tablecloth, tealights) and a
luau on a resort lawn (a hula dancer in a grass skirt, a lei, tiki torches, a conch shell). The requests
are wishes, complaints with a direction, wants, needs, "could the X be ...", "any chance of ...", "X would
look better in ...", terse "the X, colour it red" and non-native English ("please to make ..."), each
cleaned to a plain imperative (a tuple lists the equally right cleanings). About a quarter are
look-alikes that must stay words: opinions, hypotheticals about the past, wishes about real life,
reported speech, questions about the photo, thinking aloud, refusals ("no need to remove the buoy"),
captions, and vague turns that deserve one short question. Same format as `dialogue_dev.Dev`.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, as_cases

LAGOON = ((None, None), (0, "make the sail red"))
"""A windsurfer on a turquoise lagoon: a striped sail, a black wetsuit, a yellow buoy, a sandbar, palms, a jetski."""
MAZE = ((None, None), (0, "remove the gardener"))
"""A hedge maze at a stately home: yew hedges, a gravel path, a stone urn, kids at the centre, a wheelbarrow."""
DRAGON = ((None, None), (0, "make the dragon head gold"), (1, "add spectators on the bank"))
"""A dragon boat race: twenty paddlers, a drummer at the bow, the carved dragon head, bunting, a crane behind."""
FISHMONGER = ((None, None), (0, "make the ice whiter"))
"""A fishmonger's counter: mackerel and squid on crushed ice, scallops, lemons, price tags, a chalkboard, a scale."""
FONDUE = ((None, None), (0, "make the tealights brighter"))
"""A fondue night: a red fondue pot, bread cubes on long forks, a checked tablecloth, tealights, a shelf lamp."""
LUAU = ((None, None), (0, "add a lei on the dancer"))
"""A luau on a resort lawn: a hula dancer in a grass skirt, a fire dancer, tiki torches, a conch shell, hibiscus."""
LAGOON_THEN_PHOTO = (*LAGOON, (None, None))
"""The lagoon session with a second photo uploaded."""


def _e(text: str, *instructions: str, state: tuple = UPLOAD, photo: bool = False) -> Dev:
    return (text, photo, state, "edit", _edit(*instructions))


def _words(text: str, state: tuple = UPLOAD, photo: bool = False, act: str = "talk") -> Dev:
    return (text, photo, state, act, ())


COMPLAINTS: tuple[Dev, ...] = (
    # a complaint that names the way to change it
    _e("the sky looks so dull, more orange maybe", "make the sky more orange", "make the sky orange"),
    _e(
        "ugh the lagoon looks kinda grey, bluer would be better",
        "make the lagoon bluer",
        "make the lagoon more blue",
    ),
    _e(
        "the hedges look so patchy, can they be fuller and greener",
        "make the hedges fuller and greener",
        "make the hedges look fuller and greener",
    ),
    _e(
        "the gravel path is way too bright, tone it down a bit",
        "tone down the gravel path a bit",
        "tone down the gravel path",
        "make the gravel path less bright",
    ),
    _e("the dragon head looks washed out, it should be bright red", "make the dragon head bright red"),
    _e(
        "the ice on the counter looks dirty, it should be sparkling white",
        "make the ice on the counter sparkling white",
        "make the ice sparkling white",
    ),
    _e(
        "that chalkboard is so messy, wipe it clean",
        "wipe the chalkboard clean",
        "wipe that chalkboard clean",
        "wipe it clean",
    ),
    _e(
        "the tablecloth is so ugly lol, plain white would be way better",
        "make the tablecloth plain white",
        "make the tablecloth white",
    ),
    _e(
        "the tiki torches are barely visible, brighter flames pls",
        "give the tiki torches brighter flames",
        "make the tiki torches' flames brighter",
        "make the tiki torches brighter",
        "make the flames brighter",
    ),
    _e(
        "the windsurfer's face is way too dark, a bit lighter would be good",
        "make the windsurfer's face a bit lighter",
        "make the windsurfer's face lighter",
        "lighten the windsurfer's face",
    ),
    _e(
        "the sail's colours look muddy, more vivid please",
        "make the sail's colours more vivid",
        "make the sail more vivid",
    ),
    _e("hmm the palm trees look dead, greener would be nice", "make the palm trees greener"),
    _e(
        "the paddlers look tiny in this, the boat should be bigger",
        "make the boat bigger",
        "the boat should be bigger",
    ),
    _e(
        "the bunting is all faded, brighter colours would be perfect",
        "give the bunting brighter colours",
        "make the bunting's colours brighter",
        "make the bunting brighter",
    ),
    _e("my niece's lei looks kinda brown, should be pink", "make my niece's lei pink", "make the lei pink"),
    _e(
        "the scallops look grey and sad, more orange maybe?",
        "make the scallops more orange",
        "make the scallops orange",
    ),
    _e(
        "the fondue pot is too shiny, it's distracting, less shine pls",
        "make the fondue pot less shiny",
        "less shine on the fondue pot",
    ),
    _e("the lawn is yellow and burnt, it needs to be green", "make the lawn green"),
    _e(
        "the water is too flat, some waves would make it way more fun",
        "add some waves",
        "add some waves to the water",
        "add waves",
    ),
    _e("the urn is crooked and it bugs me, straighten it pls", "straighten the urn"),
    _e(
        "the mackerel look kinda dull, shinier would be good",
        "make the mackerel shinier",
        "make the mackerel look shinier",
    ),
    _e(
        "this is way too yellow overall, cooler tones would be nicer",
        "give it cooler tones",
        "make it cooler",
        "make the photo cooler",
        "give the photo cooler tones",
    ),
)

WANTS: tuple[Dev, ...] = (
    # "i want", "i'd like", "i need", "all i want"
    _e("i want the gardener gone", "remove the gardener"),
    _e("i want the buoy gone, it's ruining the shot", "remove the buoy"),
    _e("i want the sail to be orange", "make the sail orange"),
    _e("i want a seagull above the sail", "add a seagull above the sail"),
    _e("i want the hedges taller", "make the hedges taller"),
    _e(
        "i want the chalkboard to say fresh today",
        "make the chalkboard say fresh today",
        "the chalkboard to say fresh today",
    ),
    _e(
        "i'd like the drummer in a red shirt",
        "put the drummer in a red shirt",
        "give the drummer a red shirt",
        "make the drummer's shirt red",
    ),
    _e("i'd like the tealights to glow more", "make the tealights glow more"),
    _e("what i want is the wires gone", "remove the wires"),
    _e("i need the price tags gone before i post it", "remove the price tags"),
    _e("i need the dancer's skirt longer", "make the dancer's skirt longer"),
    _e("id really like some clouds over the lagoon", "add some clouds over the lagoon", "add clouds over the lagoon"),
    _e(
        "all i want is the kids at the centre a bit brighter",
        "make the kids at the centre a bit brighter",
        "make the kids at the centre brighter",
        "brighten the kids at the centre",
    ),
    _e("i want no people on the bank", "remove the people on the bank"),
    _e("i want the squid removed", "remove the squid"),
    _e(
        "i'd want the forks silver instead of that plastic look",
        "make the forks silver",
        "make the forks silver instead of that plastic look",
    ),
    _e("i really want the conch shell to be pink", "make the conch shell pink"),
    _e("im wanting the sandbar removed pls", "remove the sandbar"),
    _e("i want the torches lit", "light the torches", "make the torches lit"),
    _e("i'd like a full moon over the maze", "add a full moon over the maze"),
    _e("i'd like the jetski out of the picture", "remove the jetski"),
    _e("i want a dachshund under the table", "add a dachshund under the table"),
    _e("what i'd really like is the grass skirt greener", "make the grass skirt greener"),
    _e("i want the wetsuit in navy", "make the wetsuit navy"),
)

MAYBES: tuple[Dev, ...] = (
    # "could the X be", "any chance", "is there any way", "how about", "mind"
    _e(
        "could the jacket on the gardener be navy?",
        "make the gardener's jacket navy",
        "make the jacket navy",
        "make the jacket on the gardener navy",
    ),
    _e("could the wetsuit be blue?", "make the wetsuit blue"),
    _e("any chance of making the hedges greener", "make the hedges greener"),
    _e("could the urn be gold maybe", "make the urn gold"),
    _e("any chance the wheelbarrow could go?", "remove the wheelbarrow"),
    _e(
        "is there any way to get rid of the crane in the background",
        "get rid of the crane in the background",
        "remove the crane in the background",
    ),
    _e("would it be possible to have the dragon head breathe fire lol", "make the dragon head breathe fire"),
    _e("could we maybe get a rainbow over the maze", "add a rainbow over the maze", "get a rainbow over the maze"),
    _e(
        "could the tablecloth be red and white check?",
        "make the tablecloth red and white check",
        "make the tablecloth red and white checked",
    ),
    _e("possible to add a dachshund sleeping by the chairs?", "add a dachshund sleeping by the chairs"),
    _e("any way the mackerel could look fresher?", "make the mackerel look fresher"),
    _e("can the torches be a bit brighter", "make the torches a bit brighter", "make the torches brighter"),
    _e(
        "could the dancer have a flower in her hair",
        "give the dancer a flower in her hair",
        "add a flower in the dancer's hair",
    ),
    _e("mind making the sail bigger?", "make the sail bigger"),
    _e("would you mind getting rid of the jetski", "get rid of the jetski", "remove the jetski"),
    _e(
        "maybe the buoy could be red instead of yellow?",
        "make the buoy red instead of yellow",
        "make the buoy red",
    ),
    _e(
        "perhaps a bit more sun on the paddlers?",
        "add a bit more sun on the paddlers",
        "add more sun on the paddlers",
    ),
    _e("how about a toucan on the tiki torch", "add a toucan on the tiki torch"),
    _e("what about making the hedges into a heart shape", "make the hedges into a heart shape"),
    _e("any chance of a sunset behind the palms", "add a sunset behind the palms"),
    _e(
        "is it possible to make the squid less slimy looking 😂",
        "make the squid less slimy looking",
        "make the squid look less slimy",
    ),
    _e("could u maybe blur the faces on the bank", "blur the faces on the bank"),
    _e("could the scale be brass instead", "make the scale brass", "make the scale brass instead"),
    _e("any chance of some fireworks over the luau", "add some fireworks over the luau", "add fireworks over the luau"),
    _e("could the gravel be darker", "make the gravel darker"),
    _e("what about a pelican on the sandbar", "add a pelican on the sandbar"),
)

LOVES: tuple[Dev, ...] = (
    # "would look better", "i'd love", "it'd be cool", "better without"
    _e("that buoy would look way better in gold", "make the buoy gold", "make that buoy gold"),
    _e(
        "id love a little hat on the drummer",
        "add a little hat on the drummer",
        "put a little hat on the drummer",
        "give the drummer a little hat",
    ),
    _e("the urn would look so much better with ivy on it", "add ivy on the urn", "add ivy to the urn"),
    _e(
        "it'd be cool if the dragon head had glowing eyes",
        "give the dragon head glowing eyes",
        "make the dragon head's eyes glow",
    ),
    _e(
        "would love the lagoon even more turquoise",
        "make the lagoon even more turquoise",
        "make the lagoon more turquoise",
    ),
    _e("i'd love some fairy lights in the hedges", "add some fairy lights in the hedges"),
    _e(
        "the fondue would look better with steam coming off it",
        "add steam coming off the fondue",
        "add steam to the fondue",
    ),
    _e(
        "honestly the dancer would look amazing in a yellow skirt",
        "put the dancer in a yellow skirt",
        "give the dancer a yellow skirt",
        "make the dancer's skirt yellow",
    ),
    _e(
        "the whole thing would look nicer black and white",
        "make the whole thing black and white",
        "make the photo black and white",
        "make it black and white",
    ),
    _e("a few more palm trees would be nice", "add a few more palm trees"),
    _e("id love the sky pink", "make the sky pink"),
    _e("it'd be perfect without the jetski", "remove the jetski"),
    _e("better without the price tags tbh", "remove the price tags"),
    _e("the mackerel would look nicer on a wooden board", "put the mackerel on a wooden board"),
    _e(
        "a sea turtle swimming by the windsurfer would be epic",
        "add a sea turtle swimming by the windsurfer",
    ),
    _e("gold dragon head would be sick", "make the dragon head gold"),
    _e("the fishmonger would look friendlier smiling", "make the fishmonger smile", "make the fishmonger smiling"),
    _e("it'd look so much cleaner without the wires", "remove the wires"),
    _e(
        "that conch shell would pop more in coral pink",
        "make the conch shell coral pink",
        "make that conch shell coral pink",
    ),
    _e("i'd love it if the gardener had a straw hat", "give the gardener a straw hat"),
    _e("a string of lanterns over the table would be so cosy", "add a string of lanterns over the table"),
    _e(
        "would be lovely with a bit of mist over the lagoon",
        "add a bit of mist over the lagoon",
        "add mist over the lagoon",
    ),
)

NEEDS: tuple[Dev, ...] = (
    # "needs", "could use", "should", "has to go"
    _e("the photo needs a sunset", "add a sunset", "give the photo a sunset"),
    _e(
        "the lagoon needs a sailboat or something",
        "add a sailboat",
        "add a sailboat to the lagoon",
        "give the lagoon a sailboat",
    ),
    _e("the maze needs more people in it", "add more people in the maze", "add more people to the maze"),
    _e("the sail needs to be bigger", "make the sail bigger"),
    _e("this jetski needs to go", "remove this jetski", "remove the jetski"),
    _e("the counter could use a bit more ice", "add a bit more ice on the counter", "add more ice to the counter"),
    _e("the tablecloth could do with an iron lol", "iron the tablecloth", "remove the wrinkles from the tablecloth"),
    _e(
        "the torches need bigger flames",
        "give the torches bigger flames",
        "make the torches' flames bigger",
        "make the flames bigger",
    ),
    _e(
        "the drummer needs sunglasses 😎",
        "give the drummer sunglasses",
        "put sunglasses on the drummer",
        "add sunglasses to the drummer",
    ),
    _e("the crane in the back has to go", "remove the crane in the back"),
    _e("the dancer needs a lei", "give the dancer a lei", "add a lei to the dancer", "add a lei on the dancer"),
    _e("the scale should be brass not plastic", "make the scale brass", "make the scale brass not plastic"),
    _e("the bread cubes should look toasted", "make the bread cubes look toasted", "make the bread cubes toasted"),
    _e("the hedges should be a darker green", "make the hedges a darker green", "make the hedges darker green"),
    _e("the sky ought to be bluer", "make the sky bluer"),
    _e("the wheelbarrow really needs to go", "remove the wheelbarrow"),
    _e(
        "the whole pic could use more contrast",
        "add more contrast",
        "add more contrast to the whole pic",
        "give the whole pic more contrast",
    ),
    _e("that sandbar has got to go", "remove that sandbar", "remove the sandbar"),
    _e("the lemons could do with being brighter", "make the lemons brighter"),
)

TERSE: tuple[Dev, ...] = (
    # "the X, colour it red", "X gone pls", "sky more orange pls"
    _e("get rid of the wires pls", "get rid of the wires", "remove the wires"),
    _e("the buoy, color it red", "color the buoy red", "make the buoy red"),
    _e("the urn, remove it", "remove the urn"),
    _e("the gardener, make him smile", "make the gardener smile"),
    _e("wheelbarrow gone pls", "remove the wheelbarrow"),
    _e("bye bye price tags 👋", "remove the price tags"),
    _e("the tealights, make them brighter", "make the tealights brighter"),
    _e("sky more orange pls", "make the sky more orange"),
    _e("palms greener?", "make the palms greener"),
    _e("the chalkboard, wipe it", "wipe the chalkboard"),
    _e("squid gone, thx", "remove the squid"),
    _e("the fondue pot, paint it blue", "paint the fondue pot blue", "make the fondue pot blue"),
)

NON_NATIVE: tuple[Dev, ...] = (
    _e("please to make the hedges more dark", "make the hedges more dark", "make the hedges darker"),
    _e("please to make the wall of the house yellow", "make the wall of the house yellow"),
    _e("i would like that the sail is orange", "make the sail orange"),
    _e("is possible the buoy become red?", "make the buoy red"),
    _e("the gardener, he can go away please", "remove the gardener"),
    _e("please you put a moon over the lagoon", "put a moon over the lagoon", "add a moon over the lagoon"),
    _e("for the tablecloth i prefer the blue colour", "make the tablecloth blue"),
    _e("i will like the dancer smiling more", "make the dancer smile more", "make the dancer smiling more"),
    _e("make please the mackerel more shiny", "make the mackerel more shiny", "make the mackerel shinier"),
    _e("the torches, they must be more big", "make the torches bigger", "make the torches more big"),
    _e("i desire that the wires disappear", "remove the wires", "make the wires disappear"),
    _e("please do the sky in orange colour", "make the sky orange"),
    _e("can to remove the crane please", "remove the crane"),
    _e("it is possible that the dragon head is golden?", "make the dragon head golden", "make the dragon head gold"),
    _e("the urn i want it more white", "make the urn more white", "make the urn whiter"),
    _e("for me is better without the jetski", "remove the jetski"),
    _e("you can to add some flowers on the table?", "add some flowers on the table"),
    _e("me i want the lawn more green", "make the lawn more green", "make the lawn greener"),
    _e(
        "please the chalkboard, erase the prices",
        "erase the prices on the chalkboard",
        "erase the prices from the chalkboard",
        "erase the prices",
    ),
    _e("would be nice the fondue pot is red", "make the fondue pot red"),
    _e("i am wishing a rainbow on the maze", "add a rainbow on the maze", "add a rainbow over the maze"),
    _e("the sky i want it more orange please", "make the sky more orange"),
    _e("is better if the squid is not there", "remove the squid"),
    _e("i like to have the drummer with a hat", "give the drummer a hat", "add a hat on the drummer"),
)

RAMBLES: tuple[Dev, ...] = (
    _e(
        "so my brother finally stood up on the board after like 3 days of falling in lol, this is the proof. "
        "only thing is some guy on a jetski is right behind him, i want the jetski gone",
        "remove the jetski",
    ),
    _e(
        "we took the kids to the maze at the big house for my mum's birthday and they ran straight to the middle, "
        "the photo is cute but the sky looks so grey and flat, a bit of blue sky would be lovely",
        "add a bit of blue sky",
        "add some blue sky",
        "make the sky blue",
    ),
    _e(
        "this is our works dragon boat team, we came 5th out of 6 haha. the drummer is my boss. honestly the "
        "boat would look way better if the dragon head was red like the real one",
        "make the dragon head red",
    ),
    _e(
        "my grandad had a fish stall for 40 years and this is his old counter, my aunt runs it now. the price "
        "tags are all handwritten and messy, it'd be great if they were gone for the print",
        "remove the price tags",
    ),
    _e(
        "fondue night at ours!! we do it every winter since uni. the lighting was awful though, everything is "
        "orange from the kitchen bulbs. could the colours be more natural",
        "make the colours more natural",
    ),
    _e(
        "my niece did her first hula at the resort show and she was so nervous but smashed it. "
        "the torch behind her looks like it's coming out of her head lol, any chance of moving it to the left",
        "move the torch to the left",
        "move the torch behind her to the left",
    ),
    _e(
        "ok so context: i'm making a calendar for the windsurf club and august is this pic. the sail is a "
        "horrible faded brown in real life, that sail would look way better in bright orange",
        "make the sail bright orange",
        "make that sail bright orange",
    ),
    _e(
        "the gardener at the maze was so nice, he let the kids use his shears (carefully!!). but he's "
        "half cut off at the edge, so i think he needs to go from the photo sadly",
        "remove the gardener",
        "remove him",
    ),
    _e(
        "our team captain wants this for the club website but someone's crane is in the background of "
        "literally every shot. i'd be so grateful if the crane could disappear",
        "remove the crane",
        "make the crane disappear",
    ),
    _e(
        "hello, i am from portugal and this is the fish market in my town. my father is the man in the "
        "apron. i would like very much that the ice is more white, it look dirty",
        "make the ice more white",
        "make the ice whiter",
    ),
    _e(
        "long story but the tablecloth was a gift from my ex's mum and i don't want to see it every time i "
        "look at this pic 😅 a plain linen one would be so much better",
        "replace the tablecloth with a plain linen one",
        "make the tablecloth plain linen",
    ),
    _e(
        "this was the last night of our honeymoon, the luau was magical. my husband is the blurry one at "
        "the back. the only thing missing is a proper sunset, the sky was cloudy",
        "add a proper sunset",
        "add a sunset",
    ),
)

CONTEXT: tuple[Dev, ...] = (
    # after an edit, another object; and captions with a request
    _e("the wetsuit would look cool red too", "make the wetsuit red", state=LAGOON),
    _e("the wheelbarrow should go too", "remove the wheelbarrow", state=MAZE),
    _e(
        "i'd love the lemons a bit brighter as well",
        "make the lemons a bit brighter",
        "make the lemons brighter",
        state=FISHMONGER,
    ),
    _e("could the paddles be gold as well", "make the paddles gold", state=DRAGON),
    _e("the fire dancer could have one too", "add a lei on the fire dancer", "give the fire dancer a lei", state=LUAU),
    _e(
        "the lamp on the shelf could be brighter too",
        "make the lamp on the shelf brighter",
        state=FONDUE,
    ),
    _e("nice, now i want the buoy gone", "remove the buoy", state=LAGOON),
    _e("great. the urn would look better mossy", "make the urn mossy", state=MAZE),
    _e("here's the lagoon pic, i want the jetski gone", "remove the jetski", photo=True),
    _e(
        "maze day with the kids! the sky needs more blue",
        "add more blue to the sky",
        "give the sky more blue",
        "make the sky more blue",
        "make the sky bluer",
        photo=True,
    ),
    _e("fish market this morning 🐟 the price tags have to go", "remove the price tags", photo=True),
    _e(
        "the second angle, could the sail be orange here too",
        "make the sail orange",
        state=LAGOON_THEN_PHOTO,
        photo=True,
    ),
)

NEAR: tuple[Dev, ...] = (
    # opinions and hypotheticals that ask nothing
    _words("i wish i had a lagoon like that near me"),
    _words("the sky was so orange that evening, unreal", LAGOON),
    _words("would a red sail have been better? idk", LAGOON),
    _words("my friend said the wetsuit is navy, i think it's black"),
    _words("honestly the grey sky kind of suits the mood"),
    _words("the hedges look amazing as they are", MAZE),
    _words("the gardener would hate it if the hedges were pink lol", MAZE),
    _words("i'd love to learn windsurfing one day"),
    _words("i want to go back to that lagoon so bad"),
    _words("i want to print this for my gran", FISHMONGER),
    _words("i need a minute to think about what to change"),
    _words("the photo needs nothing, it's perfect", LUAU),
    _words("i'd love to go to a real luau someday"),
    _words("i always wanted a boat like that", DRAGON),
    _words("the torches made the whole lawn look orange that night", LUAU),
    _words("the dragon head was repainted gold last year actually", DRAGON),
    _words("it would have been nicer if it hadn't rained all week lol"),
    _words("my mum wants the tablecloth red but she's not the one paying lol", FONDUE),
    _words("my niece says the grass skirt should be longer, she's 6", LUAU),
    _words("the fishmonger said the squid was caught that morning", FISHMONGER),
    _words("my boss thinks the drummer should be in the middle", DRAGON),
    _words("everyone says the jetski guy ruined the day"),
    _words("the kids wanted to stay in the maze forever", MAZE),
    _words("the gardener looks like my grandad, spooky"),
    _words("the drummer, he was so loud lol", DRAGON),
    _words("the torches, they were real fire", LUAU),
    _words("a sunset would have been nice that day but it was cloudy"),
    _words("i want the same sail for my board lol", LAGOON),
    _words("my wife would love a hat like the drummer's", DRAGON),
    _words("i need to buy more fondue forks", FONDUE),
    _words("id love to know where the urn came from", MAZE),
    _words("would be nice to go back there in summer"),
    _words("the hedges should be trimmed again soon, the gardener said", MAZE),
    # refusals and second thoughts
    _words("no need to remove the buoy, i like it", LAGOON),
    _words("i don't think the urn needs to go, leave it", MAZE),
    _words("get rid of the wires? nah leave them, they're part of the charm"),
    _words("maybe the sail in gold? hmm no, forget it", LAGOON),
    _words("would the tealights look better blue? just asking, don't change it", FONDUE),
    _words("thinking the buoy might be too bright but im not sure yet", LAGOON),
    _words("i was going to ask for a sunset but actually it's fine"),
    # questions about the photo and the editor
    _words("is the buoy yellow or orange?", LAGOON),
    _words("could the water in the lagoon really be that blue?", LAGOON),
    _words("why does the sail look pink in this photo", LAGOON),
    _words("should the sail be red or orange, what do u think", LAGOON),
    _words("was the sky always this orange or did you change it?", LAGOON),
    _words("could the mackerel be any shinier honestly 😍", FISHMONGER),
    _words("any chance you can edit videos too?"),
    _words("is it possible to undo everything later if i don't like it?"),
    _words("how many paddlers are in the boat?", DRAGON),
    _words("would you paint the hedges pink if it was your maze?", MAZE),
    _words("which looks better to you, the red pot or a black one?", FONDUE),
    _words("please to tell me what you can do"),
    _words("do you think the dancer looks happy?", LUAU),
    _words("the jacket on the gardener, is it navy or black?", MAZE),
    # captions
    _words("the lagoon at sunrise 🌅", photo=True, act="caption"),
    _words("our dragon boat crew, race day 2024", photo=True, act="caption"),
    _words("grandad's old fish counter", photo=True, act="caption"),
    _words("fondue night, the annual tradition 🧀", photo=True, act="caption"),
    _words("my niece at the luau, she was so proud", photo=True, act="caption"),
    _words("the other angle, the one my friend said is too dark", LAGOON_THEN_PHOTO, photo=True, act="caption"),
    # vague turns that deserve one question
    _words("the fondue pic needs something but idk what", FONDUE, act="clarify"),
    _words("could the hedges look... idk, different?", MAZE, act="clarify"),
    _words("the sky looks a bit off", LAGOON, act="clarify"),
    _words("i'd love it to look better somehow", UPLOAD, act="clarify"),
)

INDIRECT6: tuple[Dev, ...] = (
    *COMPLAINTS,
    *WANTS,
    *MAYBES,
    *LOVES,
    *NEEDS,
    *TERSE,
    *NON_NATIVE,
    *RAMBLES,
    *CONTEXT,
    *NEAR,
)
"""Every turn of the set, all with the session's last round current."""


def indirect6_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case."""
    return as_cases(INDIRECT6, "indirect6")
