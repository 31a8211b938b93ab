"""Whole chat sessions for the dialogue model (set r15f): twenty-six imagined people, start to finish.

Written by hand from what a demanding user would want, before the model was run on any of it. Each
session follows one person from the upload (with or without a caption) through a few edits, their
reactions, a retry or a correction, an undo, a goto, a show or a compare, a share or an export and a
goodbye, typed the way people type in a chat box: a teenager in slang and emoji, non-native speakers
(Spanish, Portuguese, German, Chinese, Japanese, Hindi and Arabic speakers writing English), elderly
users in full polite sentences, professional photographers in jargon (white balance, vignette, dodge
and burn, crop, converging verticals), impatient users in fragments and people who change their mind.
The scenes are ones no other set uses: a raccoon in a bin, a quayside, a shipwreck dive, a souk, a
hair salon, samba dancers, a pony at the stables, a roller disco, a rally stage, a quokka, an auto
rickshaw, a rugby match, a reindeer for a christmas card, a sandcastle, a quilt, a rooftop bar, a
synagogue interior, a rhino on safari, a saxophone solo, samurai armour, a sourdough loaf, a sari, a
soapbox derby car, a ramadan iftar table, a saltmarsh at dawn and a rodeo.

The cases have the development set's format (`Dev`: turn, photo, state, act, calls); the state of a
turn is the session as it stands at that point. `SESSIONS`' states have their last round current;
`MOVED` holds turns whose current round (first) is an earlier one, after a goto or an undo.
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
    _edits,
    _export,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)

NEW = (None, None)
"""A photo uploaded into the session (a round with no parent and no instruction)."""

# a teenager's raccoon in the bin: sunglasses, a gold chain tried twice, a bin sign undone, a second photo
RAC1 = (*UPLOAD, (0, "make the raccoon wear tiny sunglasses"))
RAC2 = (*RAC1, (1, "put a gold chain on the raccoon"))
RAC3 = (*RAC2, (1, "put a gold chain on the raccoon"))
RAC4 = (*RAC3, (3, "make the bin say TRASH KING"))
RAC5 = (*RAC4, (3, "make the raccoon rob a bank with a mask and a bag of money"))
RACCOON: tuple[Dev, ...] = (
    ("yo check this lil guy 🦝 caught him in our bin last nite", True, UPLOAD, "caption", ()),
    (
        "make him wear tiny sunglasses lmaooo",
        False,
        UPLOAD,
        "edit",
        _edit("make the raccoon wear tiny sunglasses", "make him wear tiny sunglasses"),
    ),
    ("LMAO STOP 😭😭", False, RAC1, "talk", ()),
    (
        "ok now put a gold chain on him",
        False,
        RAC1,
        "edit",
        _edit("put a gold chain on the raccoon", "put a gold chain on him"),
    ),
    ("nah do that again the chain looks fake", False, RAC2, "retry", _retry()),
    ("ok better ngl. make the bin say TRASH KING", False, RAC3, "edit", _edit("make the bin say TRASH KING")),
    ("nvm thats cringe undo", False, RAC4, "undo", _goto(3)),
)
RACCOON_MOVED: tuple[tuple[int, Dev], ...] = (
    (3, ("delete system32 lmao", False, RAC4, "talk", ())),
    (
        3,
        (
            "make him rob a bank lol like with a mask and a bag of money",
            False,
            RAC4,
            "edit",
            _edit(
                "make the raccoon rob a bank with a mask and a bag of money",
                "make him rob a bank like with a mask and a bag of money",
                "make him rob a bank with a mask and a bag of money",
            ),
        ),
    ),
)
RACCOON_AFTER: tuple[Dev, ...] = (
    ("send me a link so i can post it in the gc", False, RAC5, "share", SHARE),
    ("wait my mom is in the gc 💀 unshare unshare", False, RAC5, "revoke", REVOKE),
    ("can u post it on my tiktok tho", False, RAC5, "talk", ()),
    (
        "another one of him lol same sunglasses pls",
        True,
        (*RAC5, NEW),
        "edit",
        _edit("make the raccoon wear tiny sunglasses", "make him wear tiny sunglasses"),
    ),
    ("ty ur goated 🐐", False, (*RAC5, NEW, (6, "make the raccoon wear tiny sunglasses")), "talk", ()),
)

# an elderly user's old quayside photograph: dust, colours, a gentler red, the harbour master put back
QUAY1 = (*UPLOAD, (0, "remove the scratches and the dust spots from the photograph"))
QUAY2 = (*QUAY1, (1, "restore the colours so the boats look as they did"))
QUAY3 = (*QUAY2, (1, "restore the colours so the boats look as they did"))
QUAY4 = (*QUAY3, (3, "take away the gentleman in the yellow coat on the left"))
QUAYSIDE: tuple[Dev, ...] = (
    (
        "Good afternoon. My grandson showed me how to use this. Here is a photograph of the quayside at "
        "Whitby that I took in 1987.",
        True,
        UPLOAD,
        "caption",
        (),
    ),
    (
        "Would you be so kind as to remove the scratches and the dust spots from the photograph?",
        False,
        UPLOAD,
        "edit",
        _edit("remove the scratches and the dust spots from the photograph"),
    ),
    ("Thank you, dear. That is much better.", False, QUAY1, "talk", ()),
    (
        "The colours have faded rather badly over the years. Could you restore them so the boats look as they did?",
        False,
        QUAY1,
        "edit",
        _edit(
            "restore the colours so the boats look as they did",
            "restore the faded colours so the boats look as they did",
            "restore the colours",
        ),
    ),
    (
        "I am afraid the red of the fishing boats is now far too bright. Could it be a little more gentle?",
        False,
        QUAY2,
        "retry",
        _retry("weaker"),
    ),
    (
        "Yes, that is more like it. Could you also take away the gentleman in the yellow coat on the left, please?",
        False,
        QUAY3,
        "edit",
        _edit(
            "take away the gentleman in the yellow coat on the left",
            "remove the gentleman in the yellow coat on the left",
        ),
    ),
    (
        "Oh dear, I have changed my mind. He was the harbour master and a friend of my late husband. Please put "
        "him back.",
        False,
        QUAY4,
        "undo",
        _goto(3),
    ),
)
QUAYSIDE_MOVED: tuple[tuple[int, Dev], ...] = (
    (
        3,
        (
            "Could you show me the photograph as it was at the very beginning, next to how it looks now?",
            False,
            QUAY4,
            "compare",
            _compare(0, 3),
        ),
    ),
    (
        3,
        (
            "I should like to send this to my daughter in Canada. Could you arrange that for me?",
            False,
            QUAY4,
            "share",
            SHARE,
        ),
    ),
    (3, ("Thank you very much for your patience. Goodbye.", False, QUAY4, "talk", ())),
)

# a professional's shipwreck dive: colour cast, white balance, vignette pulled back, dodge and burn
WRECK1 = (*UPLOAD, (0, "fix the colour cast"))
WRECK2 = (*WRECK1, (1, "warm up the white balance by a few hundred kelvin"))
WRECK3 = (*WRECK2, (2, "add a subtle vignette, -15 or so"))
WRECK4 = (*WRECK3, (2, "add a subtle vignette, -15 or so"))
WRECK6 = (*WRECK4, (4, "dodge the diver's torch beam"), (5, "burn down the hull a touch"))
WRECK7 = (*WRECK6, (5, "burn down the hull a touch"))
WRECK8 = (*WRECK7, (7, "add a reef shark circling above the diver"), NEW, (9, "fix the colour cast"))
SHIPWRECK: tuple[Dev, ...] = (
    (
        "wreck dive shot, raw conversion already done. fix the colour cast pls",
        True,
        UPLOAD,
        "edit",
        _edit("fix the colour cast"),
    ),
    (
        "white balance still too cyan, warm it up by a few hundred kelvin",
        False,
        WRECK1,
        "edit",
        _edit(
            "warm up the white balance by a few hundred kelvin",
            "warm it up by a few hundred kelvin",
            "make the white balance warmer by a few hundred kelvin",
        ),
    ),
    (
        "add a subtle vignette, -15 or so",
        False,
        WRECK2,
        "edit",
        _edit("add a subtle vignette, -15 or so", "add a subtle vignette"),
    ),
    ("too heavy. pull it back", False, WRECK3, "retry", _retry("weaker")),
    (
        "dodge the diver's torch beam and burn down the hull a touch",
        False,
        WRECK4,
        "edit",
        _edits("dodge the diver's torch beam", "burn down the hull a touch"),
    ),
    ("show me r2", False, WRECK6, "show", _show(2)),
    (
        "compare r0 with the latest, need to check I haven't overcooked the clarity",
        False,
        WRECK6,
        "compare",
        _compare(0, 6),
    ),
    ("back off the burn, it's crushing the blacks", False, WRECK6, "retry", _retry("weaker")),
    (
        "add a reef shark circling above the diver",
        False,
        WRECK7,
        "edit",
        _edit("add a reef shark circling above the diver"),
    ),
    (
        "scrap the shark, not the look I'm going for",
        False,
        (*WRECK7, (7, "add a reef shark circling above the diver")),
        "undo",
        _goto(7),
    ),
    ("export the html, client wants to see the steps", False, WRECK8, "export", _export("html")),
)

SHIPWRECK_MOVED: tuple[tuple[int, Dev], ...] = (
    (
        7,
        (
            "next frame from the same dive, same colour fix",
            True,
            (*WRECK7, (7, "add a reef shark circling above the diver"), NEW),
            "edit",
            _edit("fix the colour cast"),
        ),
    ),
)

# a Spanish speaker's souk: more light, warmer carpets (not lamps), a smoker removed
SOUK1 = (*UPLOAD, (0, "make the photo brighter"))
SOUK2 = (*SOUK1, (1, "make the lamps more orange, more warm"))
SOUK3 = (*SOUK2, (1, "make the carpets more orange, more warm"))
SOUK4 = (*SOUK3, (3, "remove the man with the cigarette"))
SOUK: tuple[Dev, ...] = (
    ("hola, this is photo from the souk in Marrakech, I travel there with my husband", True, UPLOAD, "caption", ()),
    (
        "is possible to put more light? is very dark inside",
        False,
        UPLOAD,
        "edit",
        _edit("make the photo brighter", "put more light", "add more light", "make it brighter", "brighten the photo"),
    ),
    (
        "muy bien! now the lamps, I want them more orange, more warm",
        False,
        SOUK1,
        "edit",
        _edit(
            "make the lamps more orange, more warm",
            "make the lamps more orange and warmer",
            "make the lamps more orange and more warm",
        ),
    ),
    (
        "no no, not the lamps, the carpets",
        False,
        SOUK2,
        "correction",
        _fix(
            "make the carpets more orange, more warm",
            "make the carpets more orange and warmer",
            "make the carpets more orange and more warm",
        ),
    ),
    ("perfecto 👌", False, SOUK3, "talk", ()),
    (
        "quitar the man with the cigarette please",
        False,
        SOUK3,
        "edit",
        _edit("remove the man with the cigarette", "quitar the man with the cigarette"),
    ),
    ("how many changes we did?", False, SOUK4, "status", STATUS),
    ("show me the first photo, the original", False, SOUK4, "show", _show(0)),
    ("ok I want to send to my sister in Sevilla", False, SOUK4, "share", SHARE),
    ("gracias, adiós!", False, SOUK4, "talk", ()),
)

# an impatient salon owner in fragments: mop, floor, brightness retried, mirrors undone, black chairs
SALON1 = (*UPLOAD, (0, "remove the mop"))
SALON2 = (*SALON1, (1, "make the floor cleaner"))
SALON3 = (*SALON2, (2, "make the whole pic brighter"))
SALON4 = (*SALON3, (2, "make the whole pic brighter"))
SALON5 = (*SALON4, (4, "remove the smudges on the mirrors"))
SALON6 = (*SALON5, (4, "make the chairs black"))
SALON: tuple[Dev, ...] = (
    ("salon pic for insta. remove the mop", True, UPLOAD, "edit", _edit("remove the mop")),
    ("floor cleaner", False, SALON1, "edit", _edit("make the floor cleaner", "floor cleaner", "clean the floor")),
    (
        "whole pic brighter",
        False,
        SALON2,
        "edit",
        _edit("make the whole pic brighter", "make the whole picture brighter", "whole pic brighter"),
    ),
    ("meh. again", False, SALON3, "retry", _retry()),
    (
        "mirrors. too many smudges",
        False,
        SALON4,
        "edit",
        _edit(
            "remove the smudges on the mirrors",
            "remove the smudges from the mirrors",
            "clean the smudges off the mirrors",
            "clean the mirrors",
        ),
    ),
    ("undo", False, SALON5, "undo", _goto(4)),
)
SALON_MOVED: tuple[tuple[int, Dev], ...] = (
    (4, ("round?", False, SALON5, "status", STATUS)),
    (4, ("\u200b", False, SALON5, "clarify", ())),
    (4, ("chairs black", False, SALON5, "edit", _edit("make the chairs black", "chairs black"))),
)
SALON_AFTER: tuple[Dev, ...] = (
    ("link", False, SALON6, "share", SHARE),
    ("k thx", False, SALON6, "talk", ()),
)

# a Portuguese speaker's samba dancers: bigger feathers, confetti weakened then dropped, a darker background
SAMBA1 = (*UPLOAD, (0, "make the feathers of my cousin bigger and brighter"))
SAMBA2 = (*SAMBA1, (1, "put confetti falling in all the picture"))
SAMBA3 = (*SAMBA2, (1, "put confetti falling in all the picture"))
SAMBA4 = (*SAMBA3, (1, "make the background darker so she stands out"))
SAMBA: tuple[Dev, ...] = (
    ("oi! carnaval in Rio, my cousin is the one with the blue feathers", True, UPLOAD, "caption", ()),
    (
        "can you make the feathers of my cousin more big and more bright",
        False,
        UPLOAD,
        "edit",
        _edit(
            "make the feathers of my cousin bigger and brighter",
            "make the feathers of my cousin more big and more bright",
            "make my cousin's feathers bigger and brighter",
        ),
    ),
    ("uau ficou lindo!! 😍", False, SAMBA1, "talk", ()),
    (
        "now put confetti falling in all the picture",
        False,
        SAMBA1,
        "edit",
        _edit("put confetti falling in all the picture", "put confetti falling all over the picture"),
    ),
    ("confetti is too much, is covering her face", False, SAMBA2, "retry", _retry("weaker")),
    ("hmm still covering. take out the confetti, go back", False, SAMBA3, "undo", _goto(1)),
)
SAMBA_MOVED: tuple[tuple[int, Dev], ...] = (
    (
        1,
        (
            "you can make the background more dark so she appears more?",
            False,
            SAMBA3,
            "edit",
            _edit(
                "make the background darker so she stands out",
                "make the background more dark so she appears more",
                "make the background darker",
                "make the background more dark",
            ),
        ),
    ),
)
SAMBA_AFTER: tuple[Dev, ...] = (
    ("compare with the photo I sent", False, SAMBA4, "compare", _compare(0, 4)),
    ("please do a download of all", False, SAMBA4, "export", _export("bundle")),
    ("obrigada, beijos", False, SAMBA4, "talk", ()),
)

# a teenager's pony at the stables: shiny mane, a rosette (red, not blue), wheelbarrow and pitchfork gone
PONY1 = (*UPLOAD, (0, "make his mane look all shiny and brushed"))
PONY2 = (*PONY1, (1, "add a rosette on his bridle, a blue one for first place"))
PONY3 = (*PONY2, (1, "add a red rosette on his bridle"))
PONY4 = (*PONY3, (3, "remove the wheelbarrow behind him"))
PONY5 = (*PONY4, (4, "remove the pitchfork"))
PONY6 = (*PONY5, (5, "make him do a jump over a fence"))
STABLES: tuple[Dev, ...] = (
    ("this is my pony biscuit!!! 🐴💕 at the stables this morning", True, UPLOAD, "caption", ()),
    (
        "can u make his mane look all shiny and brushed",
        False,
        UPLOAD,
        "edit",
        _edit("make his mane look all shiny and brushed"),
    ),
    ("omg he looks like a show pony now", False, PONY1, "talk", ()),
    (
        "add a rosette on his bridle, a blue one for first place",
        False,
        PONY1,
        "edit",
        _edit("add a rosette on his bridle, a blue one for first place", "add a blue rosette on his bridle"),
    ),
    (
        "no wait red, red is first place here",
        False,
        PONY2,
        "correction",
        _fix("add a red rosette on his bridle", "add a rosette on his bridle, a red one for first place"),
    ),
    ("remove the wheelbarrow behind him", False, PONY3, "edit", _edit("remove the wheelbarrow behind him")),
    ("and the pitchfork", False, PONY4, "edit", _edit("remove the pitchfork", "remove the pitchfork behind him")),
    ("what have we done so far on biscuit", False, PONY5, "history", HISTORY),
    (
        "can you make him do a jump over a fence?? like a real jump",
        False,
        PONY5,
        "edit",
        _edit("make him do a jump over a fence", "make him jump over a fence"),
    ),
    ("hahaha thats so fake looking, undo", False, PONY6, "undo", _goto(5)),
)
STABLES_MOVED: tuple[tuple[int, Dev], ...] = (
    (5, ("wait actually redo it, my friends will think its funny", False, PONY6, "redo", _goto(6))),
)
STABLES_AFTER: tuple[Dev, ...] = (("ok share pls i wanna show my riding instructor", False, PONY6, "share", SHARE),)

# a roller disco with someone who keeps changing their mind: pink, purple, pink again, whose skates glow
DISCO1 = (*UPLOAD, (0, "make the rink lights pink"))
DISCO2 = (*DISCO1, (0, "make the rink lights purple"))
DISCO3 = (*DISCO2, (1, "make my skates glow"))
DISCO4 = (*DISCO3, (1, "make everyone's skates glow"))
DISCO: tuple[Dev, ...] = (
    ("roller disco last friday ✨ me and my friends", True, UPLOAD, "caption", ()),
    ("make the rink lights pink", False, UPLOAD, "edit", _edit("make the rink lights pink")),
    ("actually purple", False, DISCO1, "correction", _fix("make the rink lights purple")),
    ("hmm no pink was better", False, DISCO2, "goto", _goto(1)),
)
DISCO_MOVED: tuple[tuple[int, Dev], ...] = (
    (1, ("ok keep pink. make my skates glow", False, DISCO2, "edit", _edit("make my skates glow"))),
)
DISCO_AFTER: tuple[Dev, ...] = (
    (
        "wait make everyone's skates glow not just mine",
        False,
        DISCO3,
        "correction",
        _fix("make everyone's skates glow"),
    ),
    ("ugh idk. compare the two skate ones", False, DISCO4, "compare", _compare(3, 4)),
    ("the first skate one. go there", False, DISCO4, "goto", _goto(3)),
)
DISCO_MOVED_AGAIN: tuple[tuple[int, Dev], ...] = (
    (3, ("actually no keep everyone's", False, DISCO4, "goto", _goto(4))),
)
DISCO_END: tuple[Dev, ...] = (("ok final answer lol. export pls", False, DISCO4, "export", _export("bundle")),)

# a professional's rally stage: background blur, shadows, a spectator cloned out twice, crop, dust
RALLY1 = (*UPLOAD, (0, "make the background blur stronger"))
RALLY2 = (*RALLY1, (1, "lift the shadows in the wheel arches, +1 stop"))
RALLY3 = (*RALLY2, (2, "clone out the spectator in the hi-vis vest on the bank"))
RALLY4 = (*RALLY3, (2, "clone out the spectator in the hi-vis vest on the bank"))
RALLY5 = (*RALLY4, (4, "crop to 16:9, keep the car on the left third"))
RALLY6 = (*RALLY5, (5, "increase the dust kicked up by the rear wheels"))
RALLY7 = (*RALLY6, (5, "increase the dust kicked up by the rear wheels"))
RALLY: tuple[Dev, ...] = (
    (
        "Rally stage shot, 1/60 panning. Background blur isn't strong enough.",
        True,
        UPLOAD,
        "edit",
        _edit(
            "make the background blur stronger",
            "increase the background blur",
            "make the background blur strong enough",
            "add more motion blur to the background",
        ),
    ),
    (
        "Good. Now lift the shadows in the wheel arches, +1 stop",
        False,
        RALLY1,
        "edit",
        _edit(
            "lift the shadows in the wheel arches, +1 stop",
            "lift the shadows in the wheel arches by 1 stop",
            "lift the shadows in the wheel arches",
        ),
    ),
    (
        "Clone out the spectator in the hi-vis vest on the bank",
        False,
        RALLY2,
        "edit",
        _edit(
            "clone out the spectator in the hi-vis vest on the bank",
            "remove the spectator in the hi-vis vest on the bank",
        ),
    ),
    ("Left a smear where he was. Again please.", False, RALLY3, "retry", _retry()),
    (
        "Crop to 16:9, keep the car on the left third",
        False,
        RALLY4,
        "edit",
        _edit("crop to 16:9, keep the car on the left third", "crop to 16:9 with the car on the left third"),
    ),
    (
        "Increase the dust kicked up by the rear wheels",
        False,
        RALLY5,
        "edit",
        _edit("increase the dust kicked up by the rear wheels"),
    ),
    ("More. Really billowing.", False, RALLY6, "retry", _retry("stronger")),
    ("What's the full edit list so far? Need it for the caption metadata.", False, RALLY7, "history", HISTORY),
    ("Side by side: the raw upload and this", False, RALLY7, "compare", _compare(0, 7)),
    ("back to r9", False, RALLY7, "clarify", ()),
    ("Export HTML.", False, RALLY7, "export", _export("html")),
)

# a Chinese speaker's quokka: a bigger smile, a blue sky, a name on the rock retried
QUOKKA1 = (*UPLOAD, (0, "make the quokka smile bigger"))
QUOKKA2 = (*QUOKKA1, (1, "change the sky to blue sky"))
QUOKKA3 = (*QUOKKA2, (2, "add my name on the rock 'Li Wei 2025'"))
QUOKKA4 = (*QUOKKA3, (2, "add my name on the rock 'Li Wei 2025'"))
QUOKKA: tuple[Dev, ...] = (
    ("hello, I take this photo in Rottnest island, the quokka is so cute", True, UPLOAD, "caption", ()),
    (
        "please help me to make the quokka smile more big",
        False,
        UPLOAD,
        "edit",
        _edit("make the quokka smile bigger", "make the quokka smile more big", "make the quokka's smile bigger"),
    ),
    ("very good! thank you", False, QUOKKA1, "talk", ()),
    (
        "sky is too white, change to blue sky please",
        False,
        QUOKKA1,
        "edit",
        _edit("change the sky to blue sky", "change the sky to blue", "make the sky blue", "change to blue sky"),
    ),
    (
        "can also add my name on the rock? 'Li Wei 2025'",
        False,
        QUOKKA2,
        "edit",
        _edit("add my name on the rock 'Li Wei 2025'", "add 'Li Wei 2025' on the rock", "add my name on the rock"),
    ),
    ("the font is ugly, try one more time", False, QUOKKA3, "retry", _retry()),
    ("I want see before and after", False, QUOKKA4, "compare", _compare(0, 4)),
    ("undo 2 times", False, QUOKKA4, "undo", _goto(1)),
    ("what is quokka eat?", False, QUOKKA4, "talk", ()),
    ("please give me link, I send to my WeChat friends", False, QUOKKA4, "share", SHARE),
    ("xie xie! bye bye", False, QUOKKA4, "talk", ()),
)

QUOKKA_MOVED: tuple[tuple[int, Dev], ...] = (
    (1, ("sorry I press wrong, please redo all", False, QUOKKA4, "redo", _goto(4))),
)

# a Hindi speaker's auto rickshaw: made new, the seat cover (not the hood) yellow, a name painted twice
RICK1 = (*UPLOAD, (0, "make the auto rickshaw look new"))
RICK2 = (*RICK1, (1, "change the colour of the hood from black to yellow"))
RICK3 = (*RICK2, (1, "change the colour of the seat cover from black to yellow"))
RICK4 = (*RICK3, (3, "write 'Sharma Travels' on the back side"))
RICK5 = (*RICK4, (3, "write 'Sharma Travels' on the back side"))
RICKSHAW: tuple[Dev, ...] = (
    (
        "Namaste ji, this is auto rickshaw of my uncle in Jaipur, kindly do the needful to make it look new",
        True,
        UPLOAD,
        "edit",
        _edit("make the auto rickshaw look new", "make it look new", "make the rickshaw look new"),
    ),
    (
        "Very nice. Kindly change the colour of hood from black to yellow",
        False,
        RICK1,
        "edit",
        _edit(
            "change the colour of the hood from black to yellow",
            "change the colour of hood from black to yellow",
            "make the hood yellow",
        ),
    ),
    (
        "Not hood, I am telling the seat cover",
        False,
        RICK2,
        "correction",
        _fix(
            "change the colour of the seat cover from black to yellow",
            "change the colour of seat cover from black to yellow",
            "make the seat cover yellow",
        ),
    ),
    (
        "Also please write 'Sharma Travels' on the back side",
        False,
        RICK3,
        "edit",
        _edit("write 'Sharma Travels' on the back side", "write 'Sharma Travels' on the back"),
    ),
    ("Spelling is coming wrong, please try once more", False, RICK4, "retry", _retry()),
    ("Superb! Uncle will be very happy", False, RICK5, "talk", ()),
    ("One doubt, can you also make video of this?", False, RICK5, "talk", ()),
    (
        "Please revert to original only, I want to show him first how it was",
        False,
        RICK5,
        "goto",
        _goto(0),
    ),
)
RICKSHAW_MOVED: tuple[tuple[int, Dev], ...] = (
    (0, ("Now come back to last one with Sharma Travels", False, RICK5, "goto", _goto(5))),
)
RICKSHAW_AFTER: tuple[Dev, ...] = (("Kindly make one link, I will forward to uncle", False, RICK5, "share", SHARE),)

# an impatient dad at a rugby match: blur, more blur, mud kept, a rugby ball (not a football), a second photo
RUGBY1 = (*UPLOAD, (0, "blur the background"))
RUGBY2 = (*RUGBY1, (0, "blur the background"))
RUGBY3 = (*RUGBY2, (2, "make the number 9 jersey cleaner"))
RUGBY4 = (*RUGBY3, (2, "add a ball in his hands"))
RUGBY5 = (*RUGBY4, (2, "add a rugby ball in his hands"))
RUGBY: tuple[Dev, ...] = (
    ("sons rugby match. hes number 9", True, UPLOAD, "caption", ()),
    ("blur the backround", False, UPLOAD, "edit", _edit("blur the background", "blur the backround")),
    ("more", False, RUGBY1, "retry", _retry("stronger")),
    (
        "make 9 jersey cleaner its all mud",
        False,
        RUGBY2,
        "edit",
        _edit("make the number 9 jersey cleaner", "make 9 jersey cleaner", "make the 9 jersey cleaner"),
    ),
    ("no leave the mud, looks tougher", False, RUGBY3, "undo", _goto(2)),
)
RUGBY_MOVED: tuple[tuple[int, Dev], ...] = (
    (2, ("add ball in his hands", False, RUGBY3, "edit", _edit("add a ball in his hands", "add ball in his hands"))),
)
RUGBY_AFTER: tuple[Dev, ...] = (
    ("rugby ball not football ffs", False, RUGBY4, "correction", _fix("add a rugby ball in his hands")),
    ("better", False, RUGBY5, "talk", ()),
    (
        "another from 2nd half, same blur on this one",
        True,
        (*RUGBY5, NEW),
        "edit",
        _edit("blur the background"),
    ),
    ("send link to the team whatsapp", False, (*RUGBY5, NEW, (6, "blur the background")), "share", SHARE),
    ("done", False, (*RUGBY5, NEW, (6, "blur the background")), "talk", ()),
)

# a christmas card reindeer: snow, a red nose swapped for a hat, the nose as well then not, heavier snow
DEER1 = (*UPLOAD, (0, "add snow falling"))
DEER2 = (*DEER1, (1, "add a red nose on the reindeer"))
DEER3 = (*DEER2, (1, "add a santa hat on the reindeer"))
DEER4 = (*DEER3, (3, "add a red nose on the reindeer"))
DEER5 = (*DEER4, (3, "make the snow heavier"))
REINDEER: tuple[Dev, ...] = (
    ("reindeer at the christmas market, want to use it for our card", True, UPLOAD, "caption", ()),
    ("add snow falling", False, UPLOAD, "edit", _edit("add snow falling", "add falling snow")),
    (
        "and a red nose on the reindeer haha",
        False,
        DEER1,
        "edit",
        _edit("add a red nose on the reindeer", "add a red nose to the reindeer"),
    ),
    (
        "hmm actually no nose, a santa hat instead",
        False,
        DEER2,
        "correction",
        _fix("add a santa hat on the reindeer", "add a santa hat to the reindeer", "add a santa hat"),
    ),
    (
        "or both? can it have the nose and the hat",
        False,
        DEER3,
        "edit",
        _edit("add a red nose on the reindeer", "add a red nose to the reindeer", "add a red nose"),
    ),
    ("too silly. go back to just the hat", False, DEER4, "goto", _goto(3)),
)
REINDEER_MOVED: tuple[tuple[int, Dev], ...] = (
    (3, ("wait lemme see the version with the nose only", False, DEER4, "show", _show(2))),
    (3, ("no ok hat is right. what round is this", False, DEER4, "status", STATUS)),
    (3, ("snow heavier please", False, DEER4, "edit", _edit("make the snow heavier", "snow heavier"))),
)
REINDEER_AFTER: tuple[Dev, ...] = (
    (
        "here's the other reindeer, same hat please",
        True,
        (*DEER5, NEW),
        "edit",
        _edit("add a santa hat on the reindeer", "add a santa hat to the reindeer", "add a santa hat"),
    ),
    (
        "perfect that's the card. download as html pls",
        False,
        (*DEER5, NEW, (6, "add a santa hat on the reindeer")),
        "export",
        _export("html"),
    ),
)

# a parent's sandcastle: a flag with a dinosaur, beach litter gone, a mermaid tried twice, a link for grandma
SAND1 = (*UPLOAD, (0, "add a little flag on the top tower"))
SAND2 = (*SAND1, (1, "put a dinosaur on the flag"))
SAND3 = (*SAND2, (2, "remove the seaweed in front"))
SAND4 = (*SAND3, (3, "remove the crisp packet next to it"))
SAND5 = (*SAND4, (4, "add a mermaid sitting next to the castle"))
SAND6 = (*SAND5, (4, "add a mermaid sitting next to the castle"))
SANDCASTLE: tuple[Dev, ...] = (
    (
        "the kids built this sandcastle today and were so proud, can you add a little flag on the top tower",
        True,
        UPLOAD,
        "edit",
        _edit("add a little flag on the top tower"),
    ),
    (
        "can the flag have a dinosaur on it? my son loves dinos",
        False,
        SAND1,
        "edit",
        _edit("put a dinosaur on the flag", "add a dinosaur on the flag", "add a dinosaur to the flag"),
    ),
    ("he says THANK YOU 🦖", False, SAND2, "talk", ()),
    (
        "ooh could u make it look like a painting? actually no, not yet, lemme ask the kids first",
        False,
        SAND2,
        "talk",
        (),
    ),
    ("now remove the seaweed in front", False, SAND2, "edit", _edit("remove the seaweed in front")),
    (
        "and the crisp packet next to it",
        False,
        SAND3,
        "edit",
        _edit("remove the crisp packet next to it", "remove the crisp packet next to the seaweed"),
    ),
    (
        "my daughter wants a mermaid sitting next to the castle",
        False,
        SAND4,
        "edit",
        _edit("add a mermaid sitting next to the castle", "put a mermaid sitting next to the castle"),
    ),
    ("the mermaid looks a bit scary lol, another go?", False, SAND5, "retry", _retry()),
    ("ok kids approve. what did we change from the start", False, SAND6, "history", HISTORY),
    ("can grandma see it without an account?", False, SAND6, "talk", ()),
    ("ok make a link for her then", False, SAND6, "share", SHARE),
)

# an elderly quilter: straightened, creases smoothed then undone, the peg bag gone, a softer sky
QUILT1 = (*UPLOAD, (0, "straighten the photograph"))
QUILT2 = (*QUILT1, (1, "smooth out the creases a little"))
QUILT3 = (*QUILT2, (1, "take away the peg bag hanging at the end of the line"))
QUILT4 = (*QUILT3, (3, "make the sky behind a softer blue"))
QUILT: tuple[Dev, ...] = (
    (
        "Hello. I have finished my first quilt and photographed it on the washing line. I should like to enter it "
        "in the county show.",
        True,
        UPLOAD,
        "caption",
        (),
    ),
    (
        "The photograph is rather crooked. Would you please straighten it?",
        False,
        UPLOAD,
        "edit",
        _edit("straighten the photograph", "straighten it"),
    ),
    (
        "Could the creases be smoothed out a little? It has been folded in the drawer.",
        False,
        QUILT1,
        "edit",
        _edit("smooth out the creases a little", "smooth out the creases", "smooth the creases out a little"),
    ),
    ("Oh, that has made the fabric look like plastic. Please undo that.", False, QUILT2, "undo", _goto(1)),
)
QUILT_MOVED: tuple[tuple[int, Dev], ...] = (
    (
        1,
        (
            "Please take away the peg bag hanging at the end of the line.",
            False,
            QUILT2,
            "edit",
            _edit(
                "take away the peg bag hanging at the end of the line",
                "remove the peg bag hanging at the end of the line",
            ),
        ),
    ),
)
QUILT_AFTER: tuple[Dev, ...] = (
    (
        "Thank you. And could the sky behind be a softer blue?",
        False,
        QUILT3,
        "edit",
        _edit("make the sky behind a softer blue", "make the sky a softer blue"),
    ),
    ("I do not understand what a 'round' is. Could you explain, please?", False, QUILT4, "talk", ()),
    ("Which version am I looking at now, please?", False, QUILT4, "status", STATUS),
    ("I would like to keep a copy of all of this on my computer.", False, QUILT4, "export", _export("bundle")),
    ("You have been most helpful. Good day to you.", False, QUILT4, "talk", ()),
)

# an influencer's rooftop bar: a sunset skyline, skin and teeth, teeth toned down, a photobomber, a link revoked
ROOF1 = (*UPLOAD, (0, "make the skyline behind me more sunset-y"))
ROOF3 = (*ROOF1, (1, "smooth my skin a little"), (2, "whiten my teeth"))
ROOF4 = (*ROOF3, (2, "whiten my teeth"))
ROOF5 = (*ROOF4, (4, "get rid of the guy photobombing on the right"))
ROOFTOP: tuple[Dev, ...] = (
    ("rooftop bar golden hour 🍸 lowkey obsessed", True, UPLOAD, "caption", ()),
    (
        "make the skyline behind me more sunset-y",
        False,
        UPLOAD,
        "edit",
        _edit("make the skyline behind me more sunset-y", "make the skyline behind me more sunset y"),
    ),
    ("slayyy", False, ROOF1, "talk", ()),
    ("ok now make it more ✨aesthetic✨", False, ROOF1, "clarify", ()),
    (
        "smooth my skin a lil and whiten teeth",
        False,
        ROOF1,
        "edit",
        _edits(
            ("smooth my skin a little", "smooth my skin a lil"),
            ("whiten my teeth", "whiten teeth"),
        ),
    ),
    ("teeth look so fake omg less", False, ROOF3, "retry", _retry("weaker")),
    (
        "get rid of the guy photobombing on the right",
        False,
        ROOF4,
        "edit",
        _edit("get rid of the guy photobombing on the right"),
    ),
    ("before/after for my story pls", False, ROOF5, "compare", _compare(0, 5)),
    ("can u write me a caption for insta too", False, ROOF5, "talk", ()),
    ("ok share link", False, ROOF5, "share", SHARE),
    ("nvm dont want it public, remove the link", False, ROOF5, "revoke", REVOKE),
)

# an architecture photographer in a synagogue: verticals, highlights undone, chandelier, an extinguisher twice
SYN1 = (*UPLOAD, (0, "fix the converging verticals"))
SYN2 = (*SYN1, (1, "recover the highlights in the stained glass windows"))
SYN3 = (*SYN2, (1, "warm up the chandelier light slightly"))
SYN4 = (*SYN3, (3, "remove the fire extinguisher by the ark"))
SYN5 = (*SYN4, (3, "remove the fire extinguisher by the ark"))
SYNAGOGUE: tuple[Dev, ...] = (
    (
        "interior of the old synagogue, shot at 16mm. fix the converging verticals please",
        True,
        UPLOAD,
        "edit",
        _edit("fix the converging verticals"),
    ),
    (
        "recover the highlights in the stained glass windows",
        False,
        SYN1,
        "edit",
        _edit("recover the highlights in the stained glass windows"),
    ),
    ("the windows look grey now. undo", False, SYN2, "undo", _goto(1)),
)
SYNAGOGUE_MOVED: tuple[tuple[int, Dev], ...] = (
    (
        1,
        (
            "warm up the chandelier light slightly",
            False,
            SYN2,
            "edit",
            _edit("warm up the chandelier light slightly"),
        ),
    ),
)
SYNAGOGUE_AFTER: tuple[Dev, ...] = (
    (
        "remove the fire extinguisher by the ark",
        False,
        SYN3,
        "edit",
        _edit("remove the fire extinguisher by the ark"),
    ),
    ("left a ghost outline. once more with a different seed", False, SYN4, "retry", _retry()),
    (
        "compare the highlight recovery version with the current one",
        False,
        SYN5,
        "compare",
        _compare(2, 5),
    ),
    ("fine, current one is better. show me the history", False, SYN5, "history", HISTORY),
    ("html export for the client pls", False, SYN5, "export", _export("html")),
    ("thanks, that's a wrap", False, SYN5, "talk", ()),
)

# a German speaker's rhino on safari: greener grass, the jeep mirror gone twice, softer clouds, a calf undone
RHINO1 = (*UPLOAD, (0, "make the grass more green"))
RHINO2 = (*RHINO1, (1, "delete the jeep mirror in the left corner"))
RHINO3 = (*RHINO2, (1, "delete the jeep mirror in the left corner"))
RHINO4 = (*RHINO3, (3, "make the sky more dramatic, with clouds"))
RHINO5 = (*RHINO4, (3, "make the sky more dramatic, with clouds"))
RHINO6 = (*RHINO5, (5, "put a baby rhino next to the mother"))
RHINO: tuple[Dev, ...] = (
    (
        "Hello, this is a photo from the Serengeti, the rhino was very near to our jeep!",
        True,
        UPLOAD,
        "caption",
        (),
    ),
    (
        "Can you make the grass more green? It is all brown from the dry season.",
        False,
        UPLOAD,
        "edit",
        _edit("make the grass more green", "make the grass greener"),
    ),
    (
        "Super, thank you. Now please delete the jeep mirror in the left corner",
        False,
        RHINO1,
        "edit",
        _edit("delete the jeep mirror in the left corner", "remove the jeep mirror in the left corner"),
    ),
    ("Hm, it is still there a little bit. Again please", False, RHINO2, "retry", _retry()),
    (
        "Also I want that the sky is more dramatic, with clouds",
        False,
        RHINO3,
        "edit",
        _edit(
            "make the sky more dramatic, with clouds",
            "make the sky more dramatic with clouds",
            "make the sky more dramatic",
        ),
    ),
    ("The clouds are too strong, it looks like a painting now", False, RHINO4, "retry", _retry("weaker")),
    (
        "Can you put a second rhino, a baby one, next to the mother?",
        False,
        RHINO5,
        "edit",
        _edit(
            "put a baby rhino next to the mother",
            "put a second rhino, a baby one, next to the mother",
            "add a baby rhino next to the mother",
        ),
    ),
    (
        "Oh no, that is not honest for a nature photo. Please remove it again",
        False,
        RHINO6,
        "undo",
        _goto(5),
    ),
)
RHINO_MOVED: tuple[tuple[int, Dev], ...] = (
    (
        5,
        (
            "Please show me the original and this version next to each other",
            False,
            RHINO6,
            "compare",
            _compare(0, 5),
        ),
    ),
    (5, ("Vielen Dank! I will print it for my office.", False, RHINO6, "talk", ())),
)

# a student's saxophone solo: blue stage lights, a shiny sax toned down, the mic stand, back to round 3, haze
SAX1 = (*UPLOAD, (0, "make the stage lights blue and moody"))
SAX2 = (*SAX1, (1, "make the sax shinier"))
SAX3 = (*SAX2, (1, "make the sax shinier"))
SAX4 = (*SAX3, (3, "get rid of the mic stand in front of my face"))
SAX5 = (*SAX4, (3, "add some haze on the stage floor"))
SAXOPHONE: tuple[Dev, ...] = (
    ("my sax solo at the school jazz night 🎷", True, UPLOAD, "caption", ()),
    (
        "can u make the stage lights blue and moody",
        False,
        UPLOAD,
        "edit",
        _edit("make the stage lights blue and moody"),
    ),
    ("make the sax shinier", False, SAX1, "edit", _edit("make the sax shinier", "make the saxophone shinier")),
    ("lol its like gold plated now thats too much", False, SAX2, "retry", _retry("weaker")),
    (
        "the mic stand in front of my face, can u get rid of it",
        False,
        SAX3,
        "edit",
        _edit("get rid of the mic stand in front of my face", "remove the mic stand in front of my face"),
    ),
    ("how did it look at round 1", False, SAX4, "show", _show(1)),
    ("my face looks melted where the mic was 💀 go back to 3", False, SAX4, "goto", _goto(3)),
)
SAXOPHONE_MOVED: tuple[tuple[int, Dev], ...] = (
    (
        3,
        (
            "whatever keep the mic. add some haze on the stage floor",
            False,
            SAX4,
            "edit",
            _edit("add some haze on the stage floor"),
        ),
    ),
)
SAXOPHONE_AFTER: tuple[Dev, ...] = (
    ("do u know any good jazz standards for beginners", False, SAX5, "talk", ()),
    ("idk do something cool w the background", False, SAX5, "clarify", ()),
    ("k share it w my band teacher", False, SAX5, "share", SHARE),
)

# a Japanese speaker's samurai armour: the glass reflection, the deeper red on the string (not the armour)
ARMOUR1 = (*UPLOAD, (0, "remove the reflection of the glass on the armor"))
ARMOUR2 = (*ARMOUR1, (1, "make the red color of the armor deeper"))
ARMOUR3 = (*ARMOUR2, (1, "make the red color of the helmet string deeper"))
SAMURAI: tuple[Dev, ...] = (
    ("Hello. I visited the samurai museum in Kanazawa. Photo is here.", True, UPLOAD, "caption", ()),
    (
        "There is reflection of glass on the armor. Please remove reflection.",
        False,
        UPLOAD,
        "edit",
        _edit(
            "remove the reflection of the glass on the armor",
            "remove reflection",
            "remove the reflection",
            "remove the reflection of glass on the armor",
        ),
    ),
    ("Thank you. It is very clean now.", False, ARMOUR1, "talk", ()),
    (
        "Please make the red color of armor more deep.",
        False,
        ARMOUR1,
        "edit",
        _edit(
            "make the red color of the armor deeper",
            "make the red color of armor more deep",
            "make the red color of armor deeper",
        ),
    ),
    (
        "Sorry, not armor. The helmet string.",
        False,
        ARMOUR2,
        "correction",
        _fix(
            "make the red color of the helmet string deeper",
            "make the red color of the helmet string more deep",
            "make the helmet string deeper red",
        ),
    ),
    ("How many edit we have made until now?", False, ARMOUR3, "status", STATUS),
    ("Please show all edits list", False, ARMOUR3, "history", HISTORY),
    ("I want to go back before the string change", False, ARMOUR3, "goto", _goto(1)),
)
SAMURAI_MOVED: tuple[tuple[int, Dev], ...] = (
    (1, ("Please share this version", False, ARMOUR3, "share", SHARE)),
    (1, ("Arigatou gozaimasu!", False, ARMOUR3, "talk", ())),
)

# a home baker's sourdough: yellow light fixed, a darker crust toned down, flour and knife, the knife put back
DOUGH1 = (*UPLOAD, (0, "fix the yellow lighting"))
DOUGH2 = (*DOUGH1, (1, "make the crust look a bit darker and more caramelised like it came out of a dutch oven"))
DOUGH3 = (*DOUGH2, (1, "make the crust look a bit darker and more caramelised like it came out of a dutch oven"))
DOUGH5 = (*DOUGH3, (3, "remove the flour smudge on the cutting board"), (4, "remove the knife"))
SOURDOUGH: tuple[Dev, ...] = (
    (
        "ok so I finally got a good ear on my sourdough and I want to post it on the baking forum but the "
        "lighting in my kitchen is awful, it's all yellow, can you fix that",
        True,
        UPLOAD,
        "edit",
        _edit("fix the yellow lighting", "fix the lighting", "remove the yellow cast", "fix the yellow light"),
    ),
    (
        "oh wow yes. ok and can you make the crust look a bit darker and more caramelised like it came out of "
        "a dutch oven",
        False,
        DOUGH1,
        "edit",
        _edit(
            "make the crust look a bit darker and more caramelised like it came out of a dutch oven",
            "make the crust a bit darker and more caramelised",
        ),
    ),
    ("hmm it looks burnt now lol can you do it again but less", False, DOUGH2, "retry", _retry("weaker")),
    (
        "perfect!! and could you remove the flour smudge on the cutting board and also the knife",
        False,
        DOUGH3,
        "edit",
        _edits("remove the flour smudge on the cutting board", "remove the knife"),
    ),
    ("wait I actually wanted the knife in the shot, it shows scale", False, DOUGH5, "undo", _goto(4)),
)
SOURDOUGH_MOVED: tuple[tuple[int, Dev], ...] = (
    (
        4,
        (
            "can you show me what it looked like before I started messing with it",
            False,
            DOUGH5,
            "show",
            _show(0),
        ),
    ),
    (4, ("what's a good hydration for a beginner loaf btw", False, DOUGH5, "talk", ())),
    (4, ("ok compare the original to this one", False, DOUGH5, "compare", _compare(0, 4))),
    (4, ("can I get an html version to link on the forum", False, DOUGH5, "export", _export("html"))),
    (4, ("you're a lifesaver, thank you!!", False, DOUGH5, "talk", ())),
)

# a Hindi speaker's sister in a wedding sari: richer colour, a necklace retried, a fan and its wire, mehendi
SARI1 = (*UPLOAD, (0, "make the sari colour more rich"))
SARI2 = (*SARI1, (1, "add a gold necklace on her neck"))
SARI3 = (*SARI2, (1, "add a gold necklace on her neck"))
SARI4 = (*SARI3, (3, "remove the fan in the background"))
SARI5 = (*SARI4, (4, "remove the wire of the fan"))
SARI6 = (*SARI5, (5, "make her mehendi darker"))
SARI7 = (*SARI6, (5, "make her mehendi darker"))
SARI: tuple[Dev, ...] = (
    (
        "Hi, this is my sister in her wedding sari, please make the sari colour more rich, it is looking dull in photo",
        True,
        UPLOAD,
        "edit",
        _edit("make the sari colour more rich", "make the sari colour richer"),
    ),
    (
        "Wow lovely. Can you add some more jewellery on her neck, like a gold necklace",
        False,
        SARI1,
        "edit",
        _edit(
            "add a gold necklace on her neck",
            "add some more jewellery on her neck, like a gold necklace",
            "add some more jewellery on her neck like a gold necklace",
        ),
    ),
    ("This necklace design is not nice, please try another", False, SARI2, "retry", _retry()),
    (
        "Remove the fan in the background please, it is spoiling the photo",
        False,
        SARI3,
        "edit",
        _edit("remove the fan in the background"),
    ),
    (
        "Also the wire of the fan",
        False,
        SARI4,
        "edit",
        _edit("remove the wire of the fan", "remove the wire of the fan in the background"),
    ),
    (
        "Her mehendi is not visible, make it darker",
        False,
        SARI5,
        "edit",
        _edit("make her mehendi darker", "make the mehendi darker"),
    ),
    ("Not so much yaar, reduce a little", False, SARI6, "retry", _retry("weaker")),
    ("Please show me round 3", False, SARI7, "show", _show(3)),
    ("ok good, how to send this to whole family group", False, SARI7, "share", SHARE),
    ("Thank you so much ji 🙏", False, SARI7, "talk", ()),
)

# a soapbox derby car: racing green, stripes retried then dropped, the number 7 corrected to 11
BOX1 = (*UPLOAD, (0, "paint the car racing green"))
BOX2 = (*BOX1, (1, "add white stripes to the car"))
BOX3 = (*BOX2, (1, "add white stripes to the car"))
BOX4 = (*BOX3, (1, "put the number 7 on the side of the car"))
BOX5 = (*BOX4, (1, "put the number 11 on the side of the car"))
SOAPBOX: tuple[Dev, ...] = (
    ("soapbox derby!! my kid built this car himself", True, UPLOAD, "caption", ()),
    ("paint the car racing green", False, UPLOAD, "edit", _edit("paint the car racing green")),
    (
        "with white stripes",
        False,
        BOX1,
        "edit",
        _edit("add white stripes to the car", "add white stripes on the car", "add white stripes"),
    ),
    ("hmm stripes are wonky, redo them", False, BOX2, "retry", _retry()),
    ("nah honestly it looked better plain green", False, BOX3, "undo", _goto(1)),
)
SOAPBOX_MOVED: tuple[tuple[int, Dev], ...] = (
    (
        1,
        (
            "put a number 7 on the side",
            False,
            BOX3,
            "edit",
            _edit(
                "put the number 7 on the side of the car",
                "put a number 7 on the side",
                "put a number 7 on the side of the car",
            ),
        ),
    ),
)
SOAPBOX_AFTER: tuple[Dev, ...] = (
    (
        "wait no, 11, his number is 11",
        False,
        BOX4,
        "correction",
        _fix(
            "put the number 11 on the side of the car",
            "put a number 11 on the side",
            "put a number 11 on the side of the car",
        ),
    ),
    ("perfect he's gonna flip", False, BOX5, "talk", ()),
    ("what did u do in total", False, BOX5, "history", HISTORY),
    ("redo", False, BOX5, "clarify", ()),
    ("export everything pls", False, BOX5, "export", _export("bundle")),
)

# an Arabic speaker's ramadan iftar table: fresher food, lanterns cut to two or three, the phone, a poem asked
IFTAR1 = (*UPLOAD, (0, "make the food look more fresh and colourful"))
IFTAR2 = (*IFTAR1, (1, "hang Ramadan lanterns above the table"))
IFTAR3 = (*IFTAR2, (1, "hang two or three Ramadan lanterns above the table"))
IFTAR4 = (*IFTAR3, (3, "remove the phone on the table"))
RAMADAN: tuple[Dev, ...] = (
    ("salam, this is our iftar table in Ramadan, my mother cook everything", True, UPLOAD, "caption", ()),
    (
        "please make the food look more fresh and colourful",
        False,
        UPLOAD,
        "edit",
        _edit("make the food look more fresh and colourful", "make the food look fresher and more colourful"),
    ),
    ("mashallah very nice", False, IFTAR1, "talk", ()),
    (
        "can you hang lanterns above the table, the Ramadan lanterns",
        False,
        IFTAR1,
        "edit",
        _edit(
            "hang Ramadan lanterns above the table",
            "hang lanterns above the table, the Ramadan lanterns",
            "hang lanterns above the table",
        ),
    ),
    (
        "the lanterns is too many, only two or three",
        False,
        IFTAR2,
        "correction",
        _fix(
            "hang two or three Ramadan lanterns above the table",
            "hang two or three lanterns above the table",
            "hang only two or three lanterns above the table",
            "hang only two or three Ramadan lanterns above the table",
        ),
    ),
    (
        "remove the phone on the table, my brother leave it there",
        False,
        IFTAR3,
        "edit",
        _edit("remove the phone on the table", "remove the phone from the table"),
    ),
    ("can you write poem for Ramadan for me to send with photo", False, IFTAR4, "talk", ()),
    ("I want to see list of all the changes", False, IFTAR4, "history", HISTORY),
    ("go back to the one with many lanterns", False, IFTAR4, "goto", _goto(2)),
)
RAMADAN_MOVED: tuple[tuple[int, Dev], ...] = (
    (2, ("ok this one is more festive, share it with family please", False, IFTAR4, "share", SHARE)),
)

# a first-timer's saltmarsh at dawn: capability questions, mist, something vague, a horizon, more mist
MARSH1 = (*UPLOAD, (0, "make it misty"))
MARSH2 = (*MARSH1, (1, "straighten the horizon"))
MARSH3 = (*MARSH2, (2, "add more mist"))
SALTMARSH: tuple[Dev, ...] = (
    ("saltmarsh at dawn, first time using this app, not sure what it can do", True, UPLOAD, "caption", ()),
    ("what kind of stuff can you change?", False, UPLOAD, "talk", ()),
    ("can you change the weather in a photo?", False, UPLOAD, "talk", ()),
    ("ok then make it misty", False, UPLOAD, "edit", _edit("make it misty", "make the saltmarsh misty")),
    ("hmm. I don't know. something feels off", False, MARSH1, "clarify", ()),
    ("the horizon is wonky, straighten it", False, MARSH1, "edit", _edit("straighten the horizon")),
    ("more mist", False, MARSH2, "edit", _edit("add more mist", "make it more misty", "more mist")),
    ("which one's better, this or the first misty one? show both", False, MARSH3, "compare", _compare(1, 3)),
    ("ok this one. where do I find my edits later?", False, MARSH3, "talk", ()),
    ("save it all", False, MARSH3, "export", _export("bundle")),
)

# a rodeo in cheyenne: a bigger dust cloud twice, a sharper hat, the clown turned into a bull undone, a sunset
RODEO1 = (*UPLOAD, (0, "make the dust cloud bigger behind the horse"))
RODEO2 = (*RODEO1, (0, "make the dust cloud bigger behind the horse"))
RODEO3 = (*RODEO2, (2, "sharpen the rider's hat"))
RODEO4 = (*RODEO3, (3, "turn the clown into a bull"))
RODEO: tuple[Dev, ...] = (
    ("rodeo in cheyenne last weekend, bronc riding", True, UPLOAD, "caption", ()),
    (
        "make the dust cloud bigger behind the horse",
        False,
        UPLOAD,
        "edit",
        _edit("make the dust cloud bigger behind the horse"),
    ),
    ("bigger still", False, RODEO1, "retry", _retry("stronger")),
    (
        "the riders hat is blurry, sharpen it",
        False,
        RODEO2,
        "edit",
        _edit("sharpen the rider's hat", "sharpen the riders hat", "sharpen the hat"),
    ),
    ("turn the clown into a bull", False, RODEO3, "edit", _edit("turn the clown into a bull")),
    ("lol no undo that", False, RODEO4, "undo", _goto(3)),
)
RODEO_MOVED: tuple[tuple[int, Dev], ...] = (
    (
        3,
        (
            "make the bronc buck higher and throw the cowboy off",
            False,
            RODEO4,
            "edit",
            _edit("make the bronc buck higher and throw the cowboy off"),
        ),
    ),
)
RODEO6 = (*RODEO4, (3, "make the bronc buck higher and throw the cowboy off"))
RODEO_AFTER: tuple[Dev, ...] = (("haha wild. scratch that tho, he stayed on", False, RODEO6, "undo", _goto(3)),)
RODEO_MOVED_AGAIN: tuple[tuple[int, Dev], ...] = (
    (3, ("make the sky like a big texas sunset", False, RODEO6, "edit", _edit("make the sky like a big texas sunset"))),
)
RODEO7 = (*RODEO6, (3, "make the sky like a big texas sunset"))
RODEO_END: tuple[Dev, ...] = (
    ("compare it to round 3", False, RODEO7, "compare", _compare(3, 6)),
    ("share it, my buddy wants it", False, RODEO7, "share", SHARE),
    ("appreciate it partner 🤠", False, RODEO7, "talk", ()),
)

SESSIONS: tuple[Dev, ...] = (
    *RACCOON,
    *RACCOON_AFTER,
    *QUAYSIDE,
    *SHIPWRECK,
    *SOUK,
    *SALON,
    *SALON_AFTER,
    *SAMBA,
    *SAMBA_AFTER,
    *STABLES,
    *STABLES_AFTER,
    *DISCO,
    *DISCO_AFTER,
    *DISCO_END,
    *RALLY,
    *QUOKKA,
    *RICKSHAW,
    *RICKSHAW_AFTER,
    *RUGBY,
    *RUGBY_AFTER,
    *REINDEER,
    *REINDEER_AFTER,
    *SANDCASTLE,
    *QUILT,
    *QUILT_AFTER,
    *ROOFTOP,
    *SYNAGOGUE,
    *SYNAGOGUE_AFTER,
    *RHINO,
    *SAXOPHONE,
    *SAXOPHONE_AFTER,
    *SAMURAI,
    *SOURDOUGH,
    *SARI,
    *SOAPBOX,
    *SOAPBOX_AFTER,
    *RAMADAN,
    *SALTMARSH,
    *RODEO,
    *RODEO_AFTER,
    *RODEO_END,
)
"""Every turn whose state has its last round current, session by session."""

MOVED: tuple[tuple[int, Dev], ...] = (
    *RACCOON_MOVED,
    *QUAYSIDE_MOVED,
    *SHIPWRECK_MOVED,
    *SALON_MOVED,
    *SAMBA_MOVED,
    *STABLES_MOVED,
    *DISCO_MOVED,
    *DISCO_MOVED_AGAIN,
    *QUOKKA_MOVED,
    *RICKSHAW_MOVED,
    *RUGBY_MOVED,
    *REINDEER_MOVED,
    *QUILT_MOVED,
    *SYNAGOGUE_MOVED,
    *RHINO_MOVED,
    *SAXOPHONE_MOVED,
    *SAMURAI_MOVED,
    *SOURDOUGH_MOVED,
    *SOAPBOX_MOVED,
    *RAMADAN_MOVED,
    *RODEO_MOVED,
    *RODEO_MOVED_AGAIN,
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r15f_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`SESSIONS`, then `MOVED`)."""
    return with_moved(SESSIONS, "r15f", MOVED, "r15f_moved")
