"""Round 20, set a: the turns around the edits, one family per row of the issue's table (rows 1 to 7).

Written by hand from what a demanding user wants (the issue's table of behaviours), before the dialogue
model was run on any of it, about photos no other set uses: a whisky distillery's copper stills, tango
dancers at a milonga, a bingo hall, a rope bridge over a ravine, a coffee roaster, a mangrove swamp, a
didgeridoo player, a letterpress studio, a cenote, a gaucho at an estancia, a hamam, a samosa stall, a
brewery taproom, reed boats on Lake Titicaca and a luthier's workshop. Sessions have 0 to 4 edits, some
after a retry or an undo, some with the current round an older one.

Each family is a row of the table, in new wordings, typed as people type in a chat box (lowercase,
typos, slang, emoji, run-ons, non-native English, polite padding, terse fragments): a photo with a
caption that is not a request; a photo with a caption that also asks an edit (and "same thing for this
one"); greetings, thanks and praise; undo; a plain retry; a retry with another seed, stronger or weaker;
corrections ("no, I meant X", "actually Y instead"). About a quarter of each family are near misses
whose right answer is another act: praise that also asks an edit, "try again" with nothing edited, a
correction of nothing, "more" about something that was never edited, a removal of something that was
in the photo all along. The cases have the development set's format (`Dev`: turn, photo, state, act,
calls); `MOVED` holds turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    SHARE,
    STATUS,
    UPLOAD,
    Dev,
    _edit,
    _edits,
    _export,
    _fix,
    _goto,
    _retry,
    with_moved,
)
from tests.assistant.dialogue_validation_second import _edit_on, _undo_then

WHISKY = ((None, None), (0, "make the copper stills shine"))
"""A whisky distillery with one edit."""
TANGO = ((None, None), (0, "make her dress deep red"), (1, "add a bandoneon player in the corner"))
"""Tango dancers at a milonga with two edits."""
TANGO_DRESS = TANGO[:2]
"""The tango dancers with only the dress edit."""
TANGO_RETRIED = ((None, None), (0, "make her dress deep red"), (0, "make her dress deep red"))
"""The tango dancers after a retry: round 2 is a second try of round 1, from the original."""
BINGO = (
    (None, None),
    (0, "make the bingo cards neon yellow"),
    (1, "remove the empty chairs at the front"),
    (2, "add a caller in a sequin jacket on the stage"),
)
"""A bingo hall with three edits, each on the one before."""
BINGO_CARDS = BINGO[:2]
"""The bingo hall with only the cards edit."""
BRIDGE = ((None, None), (0, "add mist rising from the ravine"))
"""A rope bridge over a ravine with one edit."""
ROASTER = (
    (None, None),
    (0, "make the coffee beans darker"),
    (1, "add steam rising from the roasting drum"),
)
"""A coffee roaster with two edits."""
MANGROVE = ((None, None), (0, "add a spoonbill standing on the roots"))
"""A mangrove swamp with one edit."""
DIDGERIDOO = ((None, None), (0, "paint dot patterns on the didgeridoo"))
"""A didgeridoo player with one edit."""
LETTERPRESS = (
    (None, None),
    (0, "make the ink on the rollers blue"),
    (1, "add a stack of printed posters on the table"),
    (2, "remove the coffee mug from the press"),
    (3, "make the wooden type trays look older"),
)
"""A letterpress studio with four edits, each on the one before."""
CENOTE = ((None, None), (0, "make the water turquoise"), (1, "add sunbeams through the opening"))
"""A cenote with two edits."""
CENOTE_WATER = CENOTE[:2]
"""The cenote with only the water edit."""
GAUCHO = ((None, None), (0, "make the gaucho's poncho red"))
"""A gaucho at an estancia with one edit."""
HAMAM = ((None, None), (0, "make the marble whiter"), (0, "fill the room with steam"))
"""A hamam after an undo: round 2 was made from the original, beside round 1."""
SAMOSA = ((None, None), (0, "make the samosas golden brown"))
"""A samosa stall with one edit."""
BREWERY = (
    (None, None),
    (0, "polish the steel fermenters"),
    (1, "add hanging hop vines over the bar"),
    (2, "make the chalkboard menu say 'IPA night'"),
)
"""A brewery taproom with three edits, each on the one before."""
REEDBOAT = ((None, None), (0, "add a reed boat on the lake"))
"""Reed boats on Lake Titicaca with one edit."""
LUTHIER = ((None, None), (0, "make the violin varnish amber"), (1, "add spruce offcuts on the workbench"))
"""A luthier's workshop with two edits."""
LUTHIER_VARNISH = LUTHIER[:2]
"""The luthier's workshop with only the varnish edit."""
TWO_PHOTOS = ((None, None), (None, None))
"""A first photo with no edit, then a second upload."""

AFTER_WHISKY = (*WHISKY, (None, None))
AFTER_TANGO = (*TANGO, (None, None))
AFTER_SAMOSA = (*SAMOSA, (None, None))
AFTER_MANGROVE = (*MANGROVE, (None, None))
AFTER_GAUCHO = (*GAUCHO, (None, None))
AFTER_ROASTER = (*ROASTER, (None, None))
AFTER_DIDGERIDOO = (*DIDGERIDOO, (None, None))
AFTER_HAMAM = (*HAMAM, (None, None))
AFTER_LUTHIER = (*LUTHIER, (None, None))
AFTER_BREWERY = (*BREWERY, (None, None))

CAPTIONS: tuple[Dev, ...] = (
    # row 1: a photo with words that ask nothing: store it, ask what to change
    ("my grandad at the distillery where he worked 40 yrs", True, UPLOAD, "caption", ()),
    ("milonga last night 💃🕺", True, UPLOAD, "caption", ()),
    ("bingo night at the community centre lol", True, UPLOAD, "caption", ()),
    ("the rope bridge we crossed in nepal, i was terrified", True, UPLOAD, "caption", ()),
    ("our new roaster!!! finally installed", True, UPLOAD, "caption", ()),
    ("mangroves near my uncles place in darwin", True, UPLOAD, "caption", ()),
    ("this is my brother playing didgeridoo at the festival", True, UPLOAD, "caption", ()),
    ("letterpress studio, first day of the workshop", True, UPLOAD, "caption", ()),
    ("Cenote Ik Kil. Mexico 2023.", True, UPLOAD, "caption", ()),
    ("gaucho at the estancia, my fav from the whole trip", True, UPLOAD, "caption", ()),
    ("hamam in istanbul", True, UPLOAD, "caption", ()),
    ("samosa guy near my office, best in town no joke", True, UPLOAD, "caption", ()),
    ("our taproom the morning before opening day", True, UPLOAD, "caption", ()),
    ("reed boats on titicaca 🛶", True, UPLOAD, "caption", ()),
    ("violin my dad made, its his 3rd one", True, UPLOAD, "caption", ()),
    ("here it is", True, UPLOAD, "caption", ()),
    ("uploading now", True, UPLOAD, "caption", ()),
    ("ok so this is the pic i was talking about", True, UPLOAD, "caption", ()),
    ("ekhm, this is photo from my holiday in argentina", True, UPLOAD, "caption", ()),
    ("voici la photo", True, UPLOAD, "caption", ()),
    ("pic 📸", True, UPLOAD, "caption", ()),
    ("IMG_4471.jpg", True, UPLOAD, "caption", ()),
    ("image attached. not sure yet what i want done", True, UPLOAD, "caption", ()),
    ("my mums 60th cake lol no wait wrong pic... ok this one is the bridge", True, UPLOAD, "caption", ()),
    ("look how happy he is 😂", True, UPLOAD, "caption", ()),
    ("another from the same night", True, AFTER_TANGO, "caption", ()),
    ("and the casks downstairs", True, AFTER_WHISKY, "caption", ()),
    ("2nd pic", True, AFTER_SAMOSA, "caption", ()),
    ("this one is better quality i think", True, AFTER_MANGROVE, "caption", ()),
    ("here's the other angle, leave the first one as it is", True, AFTER_GAUCHO, "caption", ()),
    ("the roaster from the side, dont do anything yet", True, AFTER_ROASTER, "caption", ()),
    ("thanks! here's the next one", True, AFTER_DIDGERIDOO, "caption", ()),
    # near misses: a caption that asks something else, or a caption with no photo
    (
        "my samosa stall, the sign is wrong it should say 2 for 50",
        True,
        UPLOAD,
        "edit",
        _edit("make the sign say 2 for 50"),
    ),
    (
        "gaucho pic. id love the sky more dramatic",
        True,
        UPLOAD,
        "edit",
        _edit("make the sky more dramatic"),
    ),
    ("hi! how does this work exactly?", True, UPLOAD, "talk", ()),
    ("here's the reed boats photo. can you remove stuff from pictures?", True, UPLOAD, "talk", ()),
    ("here's the pic of the hamam", False, (), "clarify", ()),
    ("bingo hall pic, the lighting in there is just awful 😩", True, UPLOAD, "clarify", ()),
    (
        "the hamam again from the door, can you do what you did before",
        True,
        AFTER_HAMAM,
        "edit",
        _edit("fill the room with steam"),
    ),
)
"""Row 1: a photo with a caption that is not a request, and near misses."""

EDIT_CAPTIONS: tuple[Dev, ...] = (
    # row 2: a photo with a caption that also asks an edit: one edit of the new photo, caption words cut
    (
        "distillery pic - can you make the copper stills gleam",
        True,
        UPLOAD,
        "edit",
        _edit("make the copper stills gleam"),
    ),
    (
        "this is from the milonga, pls remove the guy on his phone in the back",
        True,
        UPLOAD,
        "edit",
        _edit("remove the guy on his phone in the back"),
    ),
    (
        "bingo night! could u make all the daubers pink",
        True,
        UPLOAD,
        "edit",
        _edit("make all the daubers pink", "make the daubers pink"),
    ),
    (
        "the rope bridge in nepal, id like the planks to look less rotten haha",
        True,
        UPLOAD,
        "edit",
        _edit("make the planks look less rotten"),
    ),
    (
        "new roaster 😍 add a bit of smoke coming out of the chimney?",
        True,
        UPLOAD,
        "edit",
        _edit("add a bit of smoke coming out of the chimney"),
    ),
    ("mangroves near darwin. the water should be clearer", True, UPLOAD, "edit", _edit("make the water clearer")),
    (
        "my brother with his didgeridoo, can you blur the crowd behind him",
        True,
        UPLOAD,
        "edit",
        _edit("blur the crowd behind him"),
    ),
    (
        "letterpress workshop :) make the posters on the wall red and cream",
        True,
        UPLOAD,
        "edit",
        _edit("make the posters on the wall red and cream"),
    ),
    (
        "cenote pic!! add a diver jumping from the ledge",
        True,
        UPLOAD,
        "edit",
        _edit("add a diver jumping from the ledge"),
    ),
    (
        "Gaucho photo attached. Please change the horse to a white one.",
        True,
        UPLOAD,
        "edit",
        _edit("change the horse to a white one", "make the horse white"),
    ),
    (
        "hamam in istanbul, i want the dome lights to be warmer",
        True,
        UPLOAD,
        "edit",
        _edit("make the dome lights warmer"),
    ),
    (
        "samosas from the stall near work, make them look crispier pls",
        True,
        UPLOAD,
        "edit",
        _edit("make the samosas look crispier", "make them look crispier"),
    ),
    (
        "taproom before opening — fill the stools with people",
        True,
        UPLOAD,
        "edit",
        _edit("fill the stools with people"),
    ),
    (
        "reed boats on titicaca, could you take out the tourist boat on the left",
        True,
        UPLOAD,
        "edit",
        _edit("take out the tourist boat on the left", "remove the tourist boat on the left"),
    ),
    (
        "dad's 3rd violin 🎻 remove the price tag from the scroll",
        True,
        UPLOAD,
        "edit",
        _edit("remove the price tag from the scroll"),
    ),
    (
        "heres the photo, id like the background white pls",
        True,
        UPLOAD,
        "edit",
        _edit("make the background white"),
    ),
    (
        "ok this is it. make it look like an old postcard",
        True,
        UPLOAD,
        "edit",
        _edit("make it look like an old postcard", "make the photo look like an old postcard"),
    ),
    (
        "Hello, I send you photo of my shop. Please to make the wall more bright.",
        True,
        UPLOAD,
        "edit",
        _edit("make the wall brighter", "make the wall more bright"),
    ),
    (
        "hiii 👋 heres my cenote pic, can the water be more blue?",
        True,
        UPLOAD,
        "edit",
        _edit("make the water more blue", "make the water bluer"),
    ),
    (
        "this is my aunt at the hamam, make her towel striped",
        True,
        UPLOAD,
        "edit",
        _edit("make her towel striped"),
    ),
    (
        "brewery logo shot - swap the wall colour to dark green",
        True,
        UPLOAD,
        "edit",
        _edit("swap the wall colour to dark green", "make the wall colour dark green", "make the wall dark green"),
    ),
    (
        "pic of the bridge, add a yak crossing it lol",
        True,
        UPLOAD,
        "edit",
        _edit("add a yak crossing the bridge", "add a yak crossing it"),
    ),
    (
        "the cenote, i wish it wasnt so crowded that day",
        True,
        UPLOAD,
        "edit",
        _edit("make the cenote less crowded", "make it less crowded", "remove the crowd", "remove the people"),
    ),
    # several requests in the caption: one edit each
    (
        "pic from the estancia, 1. remove the fence 2. add some cows in the field",
        True,
        UPLOAD,
        "edit",
        _edits("remove the fence", "add some cows in the field"),
    ),
    (
        "here u go, crop out my thumb in the corner and brighten it a bit",
        True,
        UPLOAD,
        "edit",
        _edits("crop out my thumb in the corner", ("brighten it a bit", "brighten the photo a bit")),
    ),
    # "same thing for this one": the last instruction on the new photo
    ("another samosa pic, same thing as before", True, AFTER_SAMOSA, "edit", _edit("make the samosas golden brown")),
    ("do the same to this one 🙏", True, AFTER_WHISKY, "edit", _edit("make the copper stills shine")),
    ("same edit pls but on this", True, AFTER_DIDGERIDOO, "edit", _edit("paint dot patterns on the didgeridoo")),
    (
        "this one too, but white dots instead",
        True,
        AFTER_DIDGERIDOO,
        "edit",
        _edit("paint white dot patterns on the didgeridoo", "paint white dots on the didgeridoo"),
    ),
    (
        "the other mangrove pic, put the spoonbill in this one as well",
        True,
        AFTER_MANGROVE,
        "edit",
        _edit("add a spoonbill standing on the roots", "put the spoonbill in this one", "add a spoonbill"),
    ),
    (
        "one more from the trip — make the poncho red like u did on the other",
        True,
        AFTER_GAUCHO,
        "edit",
        _edit("make the gaucho's poncho red", "make the poncho red"),
    ),
    # near misses: captions with edit words that ask nothing, or "same" with nothing to repeat
    ("here's the bingo hall, i'll tell you what to change in a sec", True, UPLOAD, "caption", ()),
    ("this is the roaster, the steam looked so cool in real life", True, UPLOAD, "caption", ()),
    ("the violin again, different angle — dont edit this one yet", True, AFTER_LUTHIER, "caption", ()),
    ("same as before", True, TWO_PHOTOS, "clarify", ()),
    ("my photo from the hamam. what kind of edits are possible?", True, UPLOAD, "talk", ()),
    (
        "here's the taproom. dont touch the chalkboard, just the lighting is too dim",
        True,
        AFTER_BREWERY,
        "edit",
        _edit("make the lighting brighter", "brighten the lighting", "make the lighting less dim"),
    ),
)
"""Row 2: a photo with a caption that asks an edit, "same thing for this one", and near misses."""

COURTESY: tuple[Dev, ...] = (
    # row 3: greetings, thanks, praise: words, no tool call
    ("gm! ☕", False, UPLOAD, "talk", ()),
    ("hello hello, anyone home", False, (), "talk", ()),
    ("good evening from buenos aires", False, UPLOAD, "talk", ()),
    ("hey :) ok im back", False, ROASTER, "talk", ()),
    ("thank uuu", False, WHISKY, "talk", ()),
    ("ta very much", False, GAUCHO, "talk", ()),
    ("many thanks for your help, have a good day", False, LETTERPRESS, "talk", ()),
    ("merci beaucoup", False, BREWERY, "talk", ()),
    ("gracias amigo!!", False, TANGO, "talk", ()),
    ("that mist is chef's kiss 🤌", False, BRIDGE, "talk", ()),
    ("oh wow the spoonbill looks so real", False, MANGROVE, "talk", ()),
    ("haha the caller's jacket is so extra i love him", False, BINGO, "talk", ()),
    ("my dad is gonna cry when he sees this", False, LUTHIER, "talk", ()),
    ("10/10 no notes", False, CENOTE, "talk", ()),
    ("yesss thats the one", False, SAMOSA, "talk", ()),
    ("it's beautiful. really. thank you", False, HAMAM, "talk", ()),
    ("looks legit, good job", False, DIDGERIDOO, "talk", ()),
    ("not bad at all", False, REEDBOAT, "talk", ()),
    ("ok wow. just wow", False, CENOTE_WATER, "talk", ()),
    ("the steam is perfect omg", False, ROASTER, "talk", ()),
    ("👌👌", False, WHISKY, "talk", ()),
    ("🥰", False, TANGO_DRESS, "talk", ()),
    ("you're amazing at this", False, BREWERY, "talk", ()),
    ("i showed my wife and she loves it", False, GAUCHO, "talk", ()),
    ("cheers mate, that'll do", False, BINGO, "talk", ()),
    ("night night 😴", False, LETTERPRESS, "talk", ()),
    ("thnks, gotta go now, bye", False, SAMOSA, "talk", ()),
    ("well done!!!", False, MANGROVE, "talk", ()),
    ("the second try is way better, thank you", False, TANGO_RETRIED, "talk", ()),
    # near misses: courtesy with a request in it
    (
        "love it! now put a hat on the bandoneon player",
        False,
        TANGO,
        "edit",
        _edit("put a hat on the bandoneon player"),
    ),
    (
        "thank you! could you make her shoes match the dress too",
        False,
        TANGO_DRESS,
        "edit",
        _edit("make her shoes deep red", "make her shoes match the dress"),
    ),
    (
        "good morning! please remove the bingo caller's microphone",
        False,
        BINGO,
        "edit",
        _edit("remove the bingo caller's microphone"),
    ),
    ("nice but i liked it better without the steam tbh", False, ROASTER, "undo", _goto(1)),
    ("hi again! the samosas could be more golden tho", False, SAMOSA, "retry", _retry("stronger")),
    ("gorgeous, do another version so i can pick", False, CENOTE, "retry", _retry()),
    (
        "thanks, but that's not the poncho, it's his scarf i wanted red",
        False,
        GAUCHO,
        "correction",
        _fix("make the gaucho's scarf red", "make his scarf red", "make the scarf red"),
    ),
    ("great thanks, can i get a link for my barista team?", False, ROASTER, "share", SHARE),
    ("amazing. what exactly did you change?", False, LETTERPRESS, "status", STATUS),
    ("lovely! save it as a web page for me", False, HAMAM, "export", _export("html")),
)
"""Row 3: greetings, thanks and praise, and near misses that also ask something."""

UNDO: tuple[Dev, ...] = (
    # row 4: undo, said many ways: back to the last edit's parent
    ("nah undo", False, WHISKY, "undo", _goto(0)),
    ("take the mist back out, it looks fake", False, BRIDGE, "undo", _goto(0)),
    ("revert pls", False, MANGROVE, "undo", _goto(0)),
    ("ugh no. put it back the way it was", False, GAUCHO, "undo", _goto(0)),
    ("cancel that last change", False, TANGO, "undo", _goto(1)),
    ("i dont want the bandoneon guy there, undo", False, TANGO, "undo", _goto(1)),
    ("step back one", False, BINGO, "undo", _goto(2)),
    ("get rid of that caller, i prefer the empty stage", False, BINGO, "undo", _goto(2)),
    ("undo x2", False, BINGO, "undo", _goto(1)),
    ("undo the last three things", False, LETTERPRESS, "undo", _goto(1)),
    ("ctrl z ctrl z", False, ROASTER, "undo", _goto(0)),
    ("reverse that please", False, SAMOSA, "undo", _goto(0)),
    ("that's worse. previous one pls", False, CENOTE, "undo", _goto(1)),
    ("the sunbeams look so cheesy, take them away", False, CENOTE, "undo", _goto(1)),
    ("eh, no. roll it back", False, DIDGERIDOO, "undo", _goto(0)),
    ("lol no thats hideous, back", False, REEDBOAT, "undo", _goto(0)),
    ("please revert the last modification", False, LETTERPRESS, "undo", _goto(3)),
    ("I do not like this change, can you return to before?", False, HAMAM, "undo", _goto(0)),
    ("oof. no. undo undo", False, BREWERY, "undo", _goto(1)),
    ("the chalkboard text is wrong, just undo it", False, BREWERY, "undo", _goto(2)),
    ("meh. revert", False, LUTHIER, "undo", _goto(1)),
    ("can u go back one step, the offcuts look messy", False, LUTHIER, "undo", _goto(1)),
    ("remove what you just did", False, MANGROVE, "undo", _goto(0)),
    ("undo plz, my bad i shouldnt have asked for that", False, GAUCHO, "undo", _goto(0)),
    ("take me back one version", False, ROASTER, "undo", _goto(1)),
    ("nope. the way it was before", False, DIDGERIDOO, "undo", _goto(0)),
    ("wat did u do 😭 change it back", False, SAMOSA, "undo", _goto(0)),
    ("forget that edit, it was a dumb idea", False, TANGO_DRESS, "undo", _goto(0)),
    # near misses: nothing to undo, a removal of what was always there, undo plus something else
    ("undo", False, UPLOAD, "clarify", ()),
    ("undo 5 times", False, TANGO, "clarify", ()),
    ("can i undo stuff later if i dont like it?", False, WHISKY, "talk", ()),
    ("dont undo it, i changed my mind, its good", False, SAMOSA, "talk", ()),
    ("remove the mist", False, UPLOAD, "edit", _edit("remove the mist")),
    ("remove the tourists on the bridge", False, BRIDGE, "edit", _edit("remove the tourists on the bridge")),
    (
        "undo the dark beans but keep the steam",
        False,
        ROASTER,
        "edit",
        _edit_on(0, "add steam rising from the roasting drum"),
    ),
    (
        "undo that and add a jaguar drinking at the edge instead",
        False,
        CENOTE,
        "correction",
        _undo_then(1, "add a jaguar drinking at the edge"),
    ),
    ("back to the very start", False, BINGO, "goto", _goto(0)),
    ("go back to before the dots", False, DIDGERIDOO, "goto", _goto(0)),
)
"""Row 4: undo in many wordings, and near misses."""

RETRY: tuple[Dev, ...] = (
    # row 5: a plain retry: the same edit again from the same parent, new seed
    ("have another go at it", False, WHISKY, "retry", _retry()),
    ("hmm the mist looks like smoke, give it another shot", False, BRIDGE, "retry", _retry()),
    ("one more time", False, MANGROVE, "retry", _retry()),
    ("again pls", False, GAUCHO, "retry", _retry()),
    ("nope, the player looks weird. redo it", False, TANGO, "retry", _retry()),
    ("regenerate", False, BINGO, "retry", _retry()),
    ("can u generate that one again, his face is all melted", False, BINGO, "retry", _retry()),
    ("reroll pls 🎲", False, ROASTER, "retry", _retry()),
    ("do it over", False, SAMOSA, "retry", _retry()),
    ("not quite, go again", False, CENOTE, "retry", _retry()),
    ("hmm can you attempt that once more", False, DIDGERIDOO, "retry", _retry()),
    ("the dots look smudgy, try once more", False, DIDGERIDOO, "retry", _retry()),
    ("give me another take", False, REEDBOAT, "retry", _retry()),
    ("the boat looks like it's floating in the air lol try again", False, REEDBOAT, "retry", _retry()),
    ("same instruction, fresh attempt", False, LETTERPRESS, "retry", _retry()),
    ("run it again", False, HAMAM, "retry", _retry()),
    ("again", False, LUTHIER, "retry", _retry()),
    ("Could you please try it one more time?", False, BREWERY, "retry", _retry()),
    ("that didnt really work, another try?", False, GAUCHO, "retry", _retry()),
    ("meh. new attempt pls", False, WHISKY, "retry", _retry()),
    ("let's see another version of this", False, CENOTE_WATER, "retry", _retry()),
    ("i want a different version of the same edit", False, LETTERPRESS, "retry", _retry()),
    ("repeat the edit pls, it came out blurry", False, SAMOSA, "retry", _retry()),
    ("still not right, one more", False, TANGO_RETRIED, "retry", _retry()),
    ("again plz, third time lucky", False, TANGO_RETRIED, "retry", _retry()),
    ("the varnish looks patchy. redo the same thing", False, LUTHIER_VARNISH, "retry", _retry()),
    ("Try it again please, the caller has three hands", False, BINGO, "retry", _retry()),
    # near misses: nothing to retry, "try" as politeness, "do the same" to something else
    ("one more try", False, UPLOAD, "clarify", ()),
    ("go again", False, TWO_PHOTOS, "clarify", ()),
    (
        "now try adding a flamingo next to it",
        False,
        MANGROVE,
        "edit",
        _edit("add a flamingo next to the spoonbill", "add a flamingo next to it"),
    ),
    ("could you try to make the water greener", False, UPLOAD, "edit", _edit("make the water greener")),
    ("do the same to the casks", False, WHISKY, "edit", _edit("make the casks shine")),
    ("how many times can i retry?", False, CENOTE, "talk", ()),
    ("lets try again tomorrow, im tired", False, BREWERY, "talk", ()),
    (
        "can you try to remove the ladder by the press",
        False,
        LETTERPRESS,
        "edit",
        _edit("remove the ladder by the press"),
    ),
)
"""Row 5: a plain retry, and near misses."""

RESEED: tuple[Dev, ...] = (
    # row 6: another seed, stronger, weaker: a sibling of the last edit
    ("same thing different seed", False, WHISKY, "retry", _retry()),
    ("new seed pls", False, CENOTE, "retry", _retry()),
    ("roll a different seed and show me", False, BINGO, "retry", _retry()),
    ("use another random seed", False, LUTHIER, "retry", _retry()),
    ("pick a new seed, this ones ugly", False, REEDBOAT, "retry", _retry()),
    ("stronger pls", False, SAMOSA, "retry", _retry("stronger")),
    ("more!!", False, BRIDGE, "retry", _retry("stronger")),
    ("thicker mist", False, BRIDGE, "retry", _retry("stronger")),
    ("the red is too dull, really go for it", False, GAUCHO, "retry", _retry("stronger")),
    ("crank it to 11", False, ROASTER, "retry", _retry("stronger")),
    ("you can push the turquoise further", False, CENOTE_WATER, "retry", _retry("stronger")),
    ("more pronounced pls", False, DIDGERIDOO, "retry", _retry("stronger")),
    ("intensify it", False, HAMAM, "retry", _retry("stronger")),
    ("go harder on the amber", False, LUTHIER_VARNISH, "retry", _retry("stronger")),
    ("exaggerate it a bit more", False, LETTERPRESS, "retry", _retry("stronger")),
    ("again but way redder", False, TANGO_DRESS, "retry", _retry("stronger")),
    ("try again, slightly stronger this time", False, TANGO_RETRIED, "retry", _retry("stronger")),
    ("the spoonbill is barely visible, make it pop more", False, MANGROVE, "retry", _retry("stronger")),
    ("dial it back", False, GAUCHO, "retry", _retry("weaker")),
    ("too much, softer pls", False, HAMAM, "retry", _retry("weaker")),
    ("thats overkill, tone it down", False, BINGO, "retry", _retry("weaker")),
    ("a little less intense", False, CENOTE, "retry", _retry("weaker")),
    ("subtle-er 🙏", False, WHISKY, "retry", _retry("weaker")),
    ("mist is too thick i cant see the bridge anymore", False, BRIDGE, "retry", _retry("weaker")),
    ("half as strong", False, SAMOSA, "retry", _retry("weaker")),
    ("the letters look too aged now, go lighter on it", False, LETTERPRESS, "retry", _retry("weaker")),
    ("fewer dots pls, too busy", False, DIDGERIDOO, "retry", _retry("weaker")),
    ("retry with less strength", False, REEDBOAT, "retry", _retry("weaker")),
    # near misses: nothing edited, "more"/"less" of something the last edit did not touch
    ("make it stronger", False, UPLOAD, "clarify", ()),
    (
        "even darker beans",
        False,
        ROASTER,
        "edit",
        _edit("make the coffee beans even darker", "make the beans even darker"),
    ),
    ("make the spoonbill bigger", False, MANGROVE, "edit", _edit("make the spoonbill bigger")),
    ("more contrast", False, SAMOSA, "edit", _edit("add more contrast", "increase the contrast", "more contrast")),
    (
        "less saturated overall",
        False,
        CENOTE,
        "edit",
        _edit("make it less saturated overall", "make the photo less saturated overall", "make it less saturated"),
    ),
    (
        "new seed, but a stork this time instead",
        False,
        MANGROVE,
        "correction",
        _fix("add a stork standing on the roots"),
    ),
    ("what does seed mean", False, WHISKY, "talk", ()),
)
"""Row 6: another seed, stronger and weaker, and near misses."""

CORRECTIONS: tuple[Dev, ...] = (
    # row 7: "no, I meant X" and "actually Y instead": a sibling of the rejected edit
    (
        "no no the blanket, not the poncho",
        False,
        GAUCHO,
        "correction",
        _fix("make the gaucho's blanket red", "make the blanket red"),
    ),
    ("i meant his hat", False, GAUCHO, "correction", _fix("make the gaucho's hat red", "make his hat red")),
    (
        "Sorry, my english. I want the poncho blue, not red.",
        False,
        GAUCHO,
        "correction",
        _fix("make the gaucho's poncho blue", "make the poncho blue"),
    ),
    (
        "right thing, wrong shade — i meant a darker red",
        False,
        GAUCHO,
        "correction",
        _fix("make the gaucho's poncho dark red", "make the gaucho's poncho darker red", "make the poncho dark red"),
    ),
    ("sorry i meant burgundy not deep red", False, TANGO_DRESS, "correction", _fix("make her dress burgundy")),
    (
        "not her dress, her partner's shirt",
        False,
        TANGO_DRESS,
        "correction",
        _fix("make her partner's shirt deep red"),
    ),
    (
        "wrong corner! the left one",
        False,
        TANGO,
        "correction",
        _fix("add a bandoneon player in the left corner"),
    ),
    (
        "i meant a guitarist not a bandoneon player",
        False,
        TANGO,
        "correction",
        _fix("add a guitarist in the corner"),
    ),
    ("no, I meant a pelican", False, MANGROVE, "correction", _fix("add a pelican standing on the roots")),
    ("on the branch, not the roots", False, MANGROVE, "correction", _fix("add a spoonbill standing on the branch")),
    (
        "not golden brown, more like charred",
        False,
        SAMOSA,
        "correction",
        _fix("make the samosas charred", "make the samosas more like charred"),
    ),
    (
        "i meant the pakoras, the samosas were already fine",
        False,
        SAMOSA,
        "correction",
        _fix("make the pakoras golden brown"),
    ),
    ("hmm actually emerald instead", False, CENOTE_WATER, "correction", _fix("make the water emerald")),
    (
        "actually a rainbow instead of sunbeams",
        False,
        CENOTE,
        "correction",
        _fix("add a rainbow through the opening", "add a rainbow"),
    ),
    (
        "wait i wanted the dots in white",
        False,
        DIDGERIDOO,
        "correction",
        _fix("paint white dot patterns on the didgeridoo", "paint dot patterns in white on the didgeridoo"),
    ),
    (
        "no, stripes, not dots",
        False,
        DIDGERIDOO,
        "correction",
        _fix("paint stripe patterns on the didgeridoo", "paint stripes on the didgeridoo"),
    ),
    (
        "you changed the wrong cards, I meant the ones on the left table",
        False,
        BINGO_CARDS,
        "correction",
        _fix("make the bingo cards on the left table neon yellow", "make the cards on the left table neon yellow"),
    ),
    ("neon pink, not yellow", False, BINGO_CARDS, "correction", _fix("make the bingo cards neon pink")),
    (
        "a caller in a tuxedo not sequins pls",
        False,
        BINGO,
        "correction",
        _fix("add a caller in a tuxedo on the stage"),
    ),
    (
        "i meant the bow, not the violin",
        False,
        LUTHIER_VARNISH,
        "correction",
        _fix("make the bow varnish amber", "make the bow amber"),
    ),
    (
        "actually go with dark walnut instead of amber",
        False,
        LUTHIER_VARNISH,
        "correction",
        _fix("make the violin varnish dark walnut"),
    ),
    ("not offcuts, sawdust", False, LUTHIER, "correction", _fix("add sawdust on the workbench")),
    (
        "it was supposed to say 'stout night' not IPA",
        False,
        BREWERY,
        "correction",
        _fix("make the chalkboard menu say 'stout night'"),
    ),
    ("no i meant two reed boats", False, REEDBOAT, "correction", _fix("add two reed boats on the lake")),
    (
        "i meant just a little steam near the floor",
        False,
        HAMAM,
        "correction",
        _fix("add a little steam near the floor"),
    ),
    (
        "not the type trays, the drawers under them",
        False,
        LETTERPRESS,
        "correction",
        _fix(
            "make the drawers under the type trays look older",
            "make the drawers under them look older",
            "make the drawers look older",
        ),
    ),
    ("i meant rising from the river", False, BRIDGE, "correction", _fix("add mist rising from the river")),
    ("noo i meant smoke, not steam", False, ROASTER, "correction", _fix("add smoke rising from the roasting drum")),
    ("i meant the brass pipes, not the stills", False, WHISKY, "correction", _fix("make the brass pipes shine")),
    (
        "try it in teal instead",
        False,
        GAUCHO,
        "correction",
        _fix("make the gaucho's poncho teal", "make the poncho teal"),
    ),
    # near misses: nothing to correct, "actually" as a filler, keeping the edit, an unclear target
    ("no i meant the pakoras", False, UPLOAD, "clarify", ()),
    ("actually, purple instead", False, UPLOAD, "clarify", ()),
    ("no not what i meant", False, CENOTE, "clarify", ()),
    ("no i meant the shoes", False, TANGO, "clarify", ()),
    ("actually, add a second spoonbill", False, MANGROVE, "edit", _edit("add a second spoonbill")),
    (
        "and the partner's shirt too",
        False,
        TANGO_DRESS,
        "edit",
        _edit("make the partner's shirt deep red", "make her partner's shirt deep red"),
    ),
    (
        "not only the stills, the pipes as well",
        False,
        WHISKY,
        "edit",
        _edit("make the pipes shine", "make the brass pipes shine"),
    ),
    ("actually the red is perfect, leave it", False, GAUCHO, "talk", ()),
    ("i meant to say the pakoras but whatever, this is fine", False, SAMOSA, "talk", ()),
)
"""Row 7: corrections of the object, the attribute or the whole instruction, and near misses."""

R20A: tuple[Dev, ...] = (*CAPTIONS, *EDIT_CAPTIONS, *COURTESY, *UNDO, *RETRY, *RESEED, *CORRECTIONS)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo or a goto: undo goes to the current round's parent, redo forward
    (0, ("oops i pressed undo by mistake, bring it back", False, WHISKY, "redo", _goto(1))),
    (1, ("put the bandoneon player back", False, TANGO, "goto", _goto(2))),
    (1, ("undo again", False, BINGO, "undo", _goto(0))),
    (2, ("one more undo", False, LETTERPRESS, "undo", _goto(1))),
    (2, ("redo pls", False, LETTERPRESS, "redo", _goto(3))),
    (2, ("undo two more times", False, BINGO, "undo", _goto(0))),
    (1, ("go forward again", False, CENOTE, "redo", _goto(2))),
    (0, ("undo once more", False, GAUCHO, "clarify", ())),
    (0, ("hm, try it again", False, MANGROVE, "retry", (("retry_edit", {"round": 1}),))),
    (0, ("thanks, thats better without it", False, REEDBOAT, "talk", ())),
    (1, ("perfect, keep this one", False, ROASTER, "talk", ())),
    (0, ("now add a kingfisher on the roots", False, MANGROVE, "edit", _edit("add a kingfisher on the roots"))),
    (1, ("meh, the beans too. undo", False, ROASTER, "undo", _goto(0))),
    (1, ("redo the last 2", False, BREWERY, "redo", _goto(3))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r20a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R20A`, then the moved ones)."""
    return with_moved(R20A, "r20a", MOVED, "r20a_moved")
