"""Round 33, set a: no edit that nobody asked for, in sessions with one to four edits.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue
model was run on any of it, about photos no other set uses, all of music, stage and nightlife: a jazz
trio in a basement club, a school orchestra rehearsal, a rock band's garage practice, a karaoke booth, a
DJ at a rooftop party, a violin lesson, a brass band in a park gazebo, a choir in a church, a busker with
a cello in a subway, a vinyl record shop, a piano recital, a music festival crowd at dusk, a recording
studio's mixing desk and an opera stage set. Sessions have 1 to 4 edits, some after a retry, a
correction or an undo (a sibling of an earlier edit), two with a second photo, and some turns come after
an undo (the current round an older one).

Six families, typed as people type in a chat box (lowercase, typos, slang, emoji, run-ons, non-native
English, polite padding, terse fragments, a few capitals): reactions to the result that name the changed
thing but ask nothing ("the lanterns look so real omg", "did it blur the pianist too??") against the same
reaction with a clear ask after it ("..., can you sharpen them"); questions about the photo or the people
in it ("who is the guy on the left lol", "is that a sousaphone or a tuba?") against edits that mention the
same things; plans for later, conditions and requests meant for someone else ("if my sister says yes
we'll remove the trash bags", "tell my brother to crop it") against the same requests made now; typed
fragments and slips that ask nothing ("sorry wrong chat", "k", "one sec") against short real requests
("sky pink", "beanie off", "bigger pls"); talk about the tool itself, its speed, quality, privacy and
price ("is this free?", "why is it so slow today") against edits whose words are about speed, price or
quality ("add a 'FREE ENTRY' sign on the door"); and requests to do something outside the photo (a
wallpaper, a print, a post, an e-mail, a file name) against photo edits with the same words ("print a band
logo on the drummer's t-shirt") and real share and export requests. About a quarter to a third of each
family are near misses whose right answer is another act. The cases have the development set's format
(`Dev`: turn, photo, state, act, calls); `MOVED` holds turns whose current round (first) is an earlier one.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    REVOKE,
    SHARE,
    Dev,
    _edit,
    _export,
    _fix,
    _goto,
    _retry,
    with_moved,
)

JAZZ = ((None, None), (0, "add candles on the tables"), (1, "make the spotlight warmer"))
"""A jazz trio (piano, double bass, drums) in a basement club, with two edits."""
JAZZ_CANDLES = JAZZ[:2]
"""The jazz club with only the candles edit."""
ORCHESTRA = (
    (None, None),
    (0, "make the music stands black"),
    (1, "add a banner saying spring concert over the stage"),
    (2, "remove the empty chairs in the front row"),
)
"""A school orchestra rehearsing in the school hall, with three edits, each on the one before."""
GARAGE = ((None, None), (0, "make the drum kit red"))
"""A rock band's practice in a garage, drums, two guitars and an amp, with one edit."""
GARAGE_BEANIE = (*GARAGE, (1, "put a beanie on the drummer"))
"""The garage band with two edits: the red kit, then a beanie on the drummer."""
KARAOKE = ((None, None), (0, "make the neon sign pink"), (1, "add a disco ball on the ceiling"))
"""Two friends singing in a karaoke booth with a lyrics screen, with two edits."""
KARAOKE_SIGN = KARAOKE[:2]
"""The karaoke booth with only the neon sign edit."""
ROOFTOP = (
    (None, None),
    (0, "make the sky a sunset"),
    (1, "add string lights over the crowd"),
    (2, "give the dj headphones with cat ears"),
    (3, "add smoke around the decks"),
)
"""A DJ at a rooftop party with the city skyline behind, with four edits, each on the one before."""
VIOLIN = ((None, None), (0, "make the violin darker"))
"""A violin lesson, a girl and her teacher by a music stand, with one edit."""
VIOLIN_FIXED = (*VIOLIN, (0, "make the violin dark red"))
"""The violin lesson after a correction: round 2 was made from the original, beside round 1."""
GAZEBO = ((None, None), (0, "paint the gazebo white"), (1, "make the tuba shinier"))
"""A brass band playing in a park gazebo, with two edits."""
GAZEBO_WHITE = GAZEBO[:2]
"""The brass band with only the gazebo edit."""
CHOIR = ((None, None), (0, "make the robes purple"), (1, "add sunlight through the stained glass"))
"""A choir singing in a stone church, with two edits."""
SUBWAY = ((None, None), (0, "remove the trash can"), (1, "add coins in the cello case"))
"""A busker playing the cello in a subway station, with two edits."""
SUBWAY_BRANCH = (*SUBWAY, (1, "add a small crowd watching the busker"))
"""The busker after an undo: round 3 was made from round 1, beside round 2."""
VINYL = ((None, None), (0, "make the shelves dark wood"))
"""A vinyl record shop with crates and a shop sign, with one edit."""
VINYL_RETRIED = (*VINYL, (0, "make the shelves dark wood"))
"""The record shop after a retry: round 2 is a second try of round 1, from the original."""
RECITAL = ((None, None), (0, "make the piano white"), (1, "add roses on the piano"), (2, "blur the audience"))
"""A piano recital on a small stage, with three edits, each on the one before."""
FESTIVAL = ((None, None), (0, "add paper lanterns over the crowd"))
"""A music festival crowd at dusk in front of a big stage, with one edit."""
FESTIVAL2 = (*FESTIVAL, (1, "make the sky purple"))
"""The festival crowd with two edits: the lanterns, then a purple sky."""
STUDIO = ((None, None), (0, "make the faders glow blue"), (1, "remove the coffee cup from the desk"))
"""A recording studio's mixing desk in front of the glass of the live room, with two edits."""
OPERA = (
    (None, None),
    (0, "add fog on the stage"),
    (1, "make the curtains red"),
    (2, "add a moon over the set"),
    (3, "put a crown on the soprano"),
)
"""An opera stage set with a soprano and a tenor, with four edits, each on the one before."""
AFTER_KARAOKE = (*KARAOKE, (None, None))
"""The karaoke session with two edits, then a new photo."""
AFTER_GARAGE = (*GARAGE, (None, None))
"""The garage band with the red kit, then a new photo."""

REACTIONS: tuple[Dev, ...] = (
    # reactions that name the changed thing and ask nothing
    ("the lanterns look so real omg", False, FESTIVAL, "talk", ()),
    ("hmm the lanterns r kinda blurry now", False, FESTIVAL, "clarify", ()),
    ("did it change the crowd too?", False, FESTIVAL, "clarify", ()),
    ("why is there a shadow under the disco ball", False, KARAOKE, "clarify", ()),
    ("woah the candles actually look like they flicker lol", False, JAZZ_CANDLES, "talk", ()),
    ("the spotlight is sooo orange now haha", False, JAZZ, "talk", ()),
    ("the black stands look a bit plasticky tbh", False, ORCHESTRA, "talk", ()),
    ("the front row looks so empty now without the chairs", False, ORCHESTRA, "talk", ()),
    ("is the banner crooked or is it just me", False, ORCHESTRA, "talk", ()),
    ("that red kit is sick 🔥🔥", False, GARAGE, "talk", ()),
    ("lmao the drummer in a beanie", False, GARAGE_BEANIE, "talk", ()),
    ("the pink sign kinda glows onto the wall now, didnt expect that", False, KARAOKE_SIGN, "talk", ()),
    ("those cat ears 😂😂", False, ROOFTOP, "talk", ()),
    ("the smoke looks a little like steam from a kettle", False, ROOFTOP, "talk", ()),
    ("the violin looks almost black now", False, VIOLIN, "talk", ()),
    ("oh the dark red really suits the violin", False, VIOLIN_FIXED, "talk", ()),
    ("did the gazebo roof change too or only the pillars?", False, GAZEBO_WHITE, "clarify", ()),
    ("the tuba is blinding lol", False, GAZEBO, "talk", ()),
    ("the light thru the windows is heavenly, literally", False, CHOIR, "talk", ()),
    ("wait why are the robes lilac not purple", False, CHOIR, "clarify", ()),
    ("the trash can is really gone, not even a trace, impressive", False, SUBWAY, "talk", ()),
    ("the coins are kinda shiny but whatever, it's fine", False, SUBWAY, "talk", ()),
    ("the shelves look like real walnut now", False, VINYL, "talk", ()),
    ("second try of the shelves is way closer to what i had in mind", False, VINYL_RETRIED, "talk", ()),
    ("the roses on the piano are so pretty", False, RECITAL, "talk", ()),
    ("the audience blur is pretty strong huh", False, RECITAL, "talk", ()),
    ("did it blur the pianist too??", False, RECITAL, "clarify", ()),
    ("the faders glowing blue look so sci fi", False, STUDIO, "talk", ()),
    ("where did the coffee cup go lol, oh right", False, STUDIO, "talk", ()),
    ("the moon looks painted on, which is kinda the point for an opera set", False, OPERA, "talk", ()),
    ("why is the soprano's crown floating", False, OPERA, "clarify", ()),
    ("the fog makes it look like a real show", False, OPERA, "talk", ()),
    ("hm. the disco ball is smaller than i pictured", False, KARAOKE, "clarify", ()),
    ("the sunset is nice but the string lights kinda disappear in it", False, ROOFTOP, "talk", ()),
    ("the purple sky makes the lanterns pop", False, FESTIVAL2, "talk", ()),
    ("omg the beanie even has a little logo on it", False, GARAGE_BEANIE, "talk", ()),
    ("the white gazebo looks freshly painted, nice job", False, GAZEBO_WHITE, "talk", ()),
    ("interesting, the violin's strings changed colour too", False, VIOLIN, "clarify", ()),
    ("Mixing desk looks like a spaceship now. My producer will laugh", False, STUDIO, "talk", ()),
    # near misses: the same kind of reaction with a clear ask after it
    (
        "the lanterns look so real omg, can u add a few more on the right",
        False,
        FESTIVAL,
        "edit",
        _edit(
            "add a few more lanterns on the right",
            "add a few more paper lanterns on the right",
            "add a few more on the right",
        ),
    ),
    (
        "hmm the lanterns r kinda blurry now, can you sharpen them",
        False,
        FESTIVAL,
        "edit",
        _edit("sharpen the lanterns", "sharpen the paper lanterns"),
    ),
    (
        "why is there a shadow under the disco ball, get rid of it pls",
        False,
        KARAOKE,
        "edit",
        _edit("get rid of the shadow under the disco ball", "remove the shadow under the disco ball"),
    ),
    ("the spotlight is so orange now haha, tone it down a bit", False, JAZZ, "retry", _retry("weaker")),
    ("that red kit is sick, do the amp red too", False, GARAGE, "edit", _edit("make the amp red")),
    ("the violin looks almost black now, undo that", False, VIOLIN, "undo", _goto(0)),
    ("the tuba is blinding lol, a bit less shiny pls", False, GAZEBO, "retry", _retry("weaker")),
    ("the audience blur is pretty strong, can you make it weaker", False, RECITAL, "retry", _retry("weaker")),
    ("the coins look fake, try again", False, SUBWAY, "retry", _retry()),
    ("the smoke looks like kettle steam, go back one", False, ROOFTOP, "undo", _goto(3)),
    (
        "wow the faders!! now make the knobs glow blue too",
        False,
        STUDIO,
        "edit",
        _edit("make the knobs glow blue", "make the knobs glow blue too"),
    ),
    ("the crown is floating above her head, redo it", False, OPERA, "retry", _retry()),
    (
        "the roses are so pretty! add some on the floor by the stage too",
        False,
        RECITAL,
        "edit",
        _edit(
            "add some roses on the floor by the stage",
            "add roses on the floor by the stage",
            "add some on the floor by the stage",
        ),
    ),
    (
        "those cat ears 😂 make them pink",
        False,
        ROOFTOP,
        "edit",
        _edit("make the cat ears pink", "make the dj's cat ears pink", "make the headphones' cat ears pink"),
    ),
    (
        "the front row looks empty now, add some parents sitting there",
        False,
        ORCHESTRA,
        "edit",
        _edit(
            "add some parents sitting in the front row",
            "add parents sitting in the front row",
            "add some parents sitting there",
        ),
    ),
    (
        "the light thru the windows is heavenly, can u add a bit of dust floating in it",
        False,
        CHOIR,
        "edit",
        _edit(
            "add a bit of dust floating in the light",
            "add a bit of dust floating in the sunlight",
            "add dust floating in the light",
            "add a bit of dust floating in it",
        ),
    ),
)
"""Reactions to the result that name the changed thing but ask nothing, and the same with an ask."""

PHOTO_QUESTIONS: tuple[Dev, ...] = (
    # questions about the photo or the people in it
    ("who is the guy on the left lol", False, JAZZ, "talk", ()),
    ("is that a real upright bass or a cello?", False, JAZZ_CANDLES, "talk", ()),
    ("what brand is that guitar do u think", False, GARAGE, "talk", ()),
    ("how old do you think the church is", False, CHOIR, "talk", ()),
    ("is the girl in front singing or yawning 😂", False, CHOIR, "talk", ()),
    ("what song do u think theyre playing", False, GAZEBO, "talk", ()),
    ("is that a sousaphone or a tuba?", False, GAZEBO_WHITE, "talk", ()),
    ("which station is this, can u tell?", False, SUBWAY, "talk", ()),
    ("is the cellist any good? he looks so focused", False, SUBWAY_BRANCH, "talk", ()),
    ("what genre is the record hanging on the wall", False, VINYL, "talk", ()),
    ("can you read the price on that crate?", False, VINYL_RETRIED, "talk", ()),
    ("how many kids are in the orchestra", False, ORCHESTRA, "talk", ()),
    ("is the conductor a teacher or a student, she looks young", False, ORCHESTRA, "talk", ()),
    ("what city is that skyline behind the dj", False, ROOFTOP, "talk", ()),
    ("is the dj actually using vinyl or a controller?", False, ROOFTOP, "talk", ()),
    ("how old is the violin student, like 8?", False, VIOLIN, "talk", ()),
    ("is that a real stradivarius lol", False, VIOLIN_FIXED, "talk", ()),
    ("is the piano a steinway?", False, RECITAL, "talk", ()),
    ("what is the pianist wearing, velvet?", False, RECITAL, "talk", ()),
    ("who's headlining, can u see it on the screen", False, FESTIVAL, "talk", ()),
    ("how many people are in that crowd roughly", False, FESTIVAL2, "talk", ()),
    ("whats that big board with all the sliders called", False, STUDIO, "talk", ()),
    ("which opera is this set from? looks like tosca to me", False, OPERA, "talk", ()),
    ("is the soprano the one in gold or the one in white", False, OPERA, "talk", ()),
    ("who sings better, the guy or the girl in the booth 😆", False, KARAOKE, "talk", ()),
    ("what is the song on the karaoke screen", False, KARAOKE_SIGN, "talk", ()),
    ("is the drummer left handed? the kit looks flipped", False, GARAGE_BEANIE, "talk", ()),
    ("where do you think this garage is, looks american", False, GARAGE, "talk", ()),
    ("the bass player is my uncle btw", False, JAZZ, "talk", ()),
    ("is it me or does the pianist look like elton john", False, RECITAL, "talk", ()),
    ("is that a real church organ in the back?", False, CHOIR, "talk", ()),
    ("what kind of mic is that, a shure?", False, KARAOKE, "talk", ()),
    ("would the conductor look weird with a top hat?", False, ORCHESTRA, "talk", ()),
    ("do you think the dj is famous?", False, ROOFTOP, "talk", ()),
    ("Excuse me, what instrument is the man in the back holding?", False, GAZEBO, "talk", ()),
    ("who's this guy? he was our opening act", True, AFTER_GARAGE, "caption", ()),
    ("is this the same booth as before? looks different", True, AFTER_KARAOKE, "caption", ()),
    # near misses: edits that mention the same things
    ("give the guy on the left a fedora", False, JAZZ, "edit", _edit("give the guy on the left a fedora")),
    (
        "the bass, make it look older and more worn",
        False,
        JAZZ_CANDLES,
        "edit",
        _edit("make the bass look older and more worn", "make the double bass look older and more worn"),
    ),
    ("put a fender logo on the guitar", False, GARAGE, "edit", _edit("put a fender logo on the guitar")),
    (
        "make the church look older, like medieval",
        False,
        CHOIR,
        "edit",
        _edit("make the church look older, like medieval", "make the church look medieval"),
    ),
    ("make the yawning girl in front sing", False, CHOIR, "edit", _edit("make the yawning girl in front sing")),
    (
        "is that a tuba? turn it into a sousaphone",
        False,
        GAZEBO_WHITE,
        "edit",
        _edit("turn the tuba into a sousaphone"),
    ),
    (
        "add a station sign saying Union Square on the wall",
        False,
        SUBWAY,
        "edit",
        _edit("add a station sign saying Union Square on the wall"),
    ),
    (
        "how many kids are there? whatever, add two more violinists in the back row",
        False,
        ORCHESTRA,
        "edit",
        _edit("add two more violinists in the back row"),
    ),
    ("give the conductor grey hair", False, ORCHESTRA, "edit", _edit("give the conductor grey hair")),
    (
        "replace the skyline behind the dj with the eiffel tower",
        False,
        ROOFTOP,
        "edit",
        _edit("replace the skyline behind the dj with the eiffel tower"),
    ),
    ("put a steinway logo on the piano", False, RECITAL, "edit", _edit("put a steinway logo on the piano")),
    (
        "the pianist looks like elton john, give him big sparkly glasses too",
        False,
        RECITAL,
        "edit",
        _edit("give the pianist big sparkly glasses", "give the pianist big sparkly glasses too"),
    ),
    (
        "write TOSCA on the curtain in gold letters",
        False,
        OPERA,
        "edit",
        _edit("write TOSCA on the curtain in gold letters"),
    ),
    (
        "is the song on the screen readable? change it to bohemian rhapsody",
        False,
        KARAOKE_SIGN,
        "edit",
        _edit(
            "change the song on the screen to bohemian rhapsody",
            "change the song on the karaoke screen to bohemian rhapsody",
        ),
    ),
    (
        "whats the mic, a shure? make it gold",
        False,
        KARAOKE,
        "edit",
        _edit("make the mic gold", "make the microphone gold"),
    ),
    ("the drummer is my cousin, make him smile pls", False, GARAGE_BEANIE, "edit", _edit("make the drummer smile")),
    (
        "the bass player is my uncle btw, can you make him look less tired",
        False,
        JAZZ,
        "edit",
        _edit("make the bass player look less tired"),
    ),
    (
        "add a big screen that says 'DUSK FEST' over the stage",
        False,
        FESTIVAL,
        "edit",
        _edit("add a big screen that says 'DUSK FEST' over the stage"),
    ),
    (
        "this is the bassist, give him a red beanie",
        True,
        AFTER_GARAGE,
        "edit",
        _edit("give the bassist a red beanie", "give him a red beanie"),
    ),
)
"""Questions about the photo or the people in it, and edits that mention the same things."""

LATER: tuple[Dev, ...] = (
    # plans for later, conditions, requests meant for someone else
    ("tmrw ill prob want the sky more orange, not today", False, ROOFTOP, "talk", ()),
    ("if my sister says yes we'll remove the trash bags too", False, SUBWAY, "talk", ()),
    ("tell my brother to crop it, he's better at that", False, GARAGE, "talk", ()),
    ("remind me to add a hat on the bassist later", False, JAZZ, "talk", ()),
    ("my bandmate might want the drums blue, i'll ask him first", False, GARAGE_BEANIE, "talk", ()),
    (
        "after the concert i'll send you the real programme and then we put it on the banner",
        False,
        ORCHESTRA,
        "talk",
        (),
    ),
    ("maybe next week we do the curtains gold instead", False, OPERA, "talk", ()),
    ("if the teacher likes it, we'll add the school logo", False, ORCHESTRA, "talk", ()),
    ("the choir director wants to decide about the robes herself, so hold off", False, CHOIR, "talk", ()),
    ("my mom will probably ask you to make the violin brown again lol", False, VIOLIN_FIXED, "talk", ()),
    ("later tonight i wanna try a snowy version", False, GAZEBO, "talk", ()),
    ("when the band gets back ill ask which amp they want removed", False, GARAGE, "talk", ()),
    ("note for later: disco ball should be bigger", False, KARAOKE, "talk", ()),
    ("dont do it yet but eventually the coins should be euros not dollars", False, SUBWAY, "talk", ()),
    ("save this idea: neon lines on the shelves. not now", False, VINYL, "talk", ()),
    ("ask the pianist if she wants the roses removed, ill tell you what she says", False, RECITAL, "talk", ()),
    ("my friend is gonna edit the faders later on her laptop", False, STUDIO, "talk", ()),
    ("for the poster version we'll need the moon bigger, but thats next month", False, OPERA, "talk", ()),
    ("if it rains at the festival ill want a rainy version lol", False, FESTIVAL, "talk", ()),
    ("my dad said he'd remove the candles himself in photoshop", False, JAZZ_CANDLES, "talk", ()),
    ("the dj wants to see it first before we change the smoke", False, ROOFTOP, "talk", ()),
    ("should i ask my teacher before making the violin red? yeah i'll ask first", False, VIOLIN, "talk", ()),
    ("once i get the ok from the conductor i'll have you remove the music stands", False, ORCHESTRA, "talk", ()),
    ("we might make the booth walls gold for the flyer, depends on the budget", False, KARAOKE_SIGN, "talk", ()),
    ("on saturday we'll redo the whole thing with the new photos", False, GARAGE_BEANIE, "talk", ()),
    ("could you maybe, at some point, not now, add a cat on the amp?", False, GARAGE, "talk", ()),
    ("let my sister pick the sky colour, she'll message you", False, FESTIVAL2, "talk", ()),
    ("remind me tmrw to ask for the spotlight cooler", False, JAZZ, "talk", ()),
    ("if the owner complains we'll take the shop sign out", False, VINYL_RETRIED, "talk", ()),
    ("the choir wants to vote on the window light first, back soon", False, CHOIR, "talk", ()),
    ("i'll decide about the crown after dinner", False, OPERA, "talk", ()),
    ("my teacher will tell me if the piano should stay white", False, RECITAL, "talk", ()),
    ("the tuba player will send me a better photo later, then we start again", False, GAZEBO, "talk", ()),
    ("maybe someday a version with the dj in a tux haha", False, ROOFTOP, "talk", ()),
    ("the dj saw it and wants the smoke thicker", False, ROOFTOP, "clarify", ()),
    ("tell the drummer his beanie looks dumb lol", False, GARAGE_BEANIE, "talk", ()),
    ("When my wife is home she will choose the lights colour, please wait", False, JAZZ, "talk", ()),
    # near misses: the same requests, made now
    ("my sister said yes! remove the trash bags", False, SUBWAY, "edit", _edit("remove the trash bags")),
    ("ok its tomorrow lol, sky more orange now", False, ROOFTOP, "edit", _edit("make the sky more orange")),
    (
        "my brother cant crop so you do it: crop it to a square",
        False,
        GARAGE,
        "edit",
        _edit("crop it to a square", "crop the photo to a square"),
    ),
    (
        "you remember the hat idea? add a hat on the bassist now",
        False,
        JAZZ,
        "edit",
        _edit("add a hat on the bassist"),
    ),
    (
        "my bandmate wants the drums blue, go ahead",
        False,
        GARAGE_BEANIE,
        "edit",
        _edit("make the drums blue", "make the drum kit blue"),
    ),
    (
        "the teacher liked it, add the school logo on the banner",
        False,
        ORCHESTRA,
        "edit",
        _edit("add the school logo on the banner"),
    ),
    (
        "note for later: disco ball bigger. actually no, do it now",
        False,
        KARAOKE,
        "edit",
        _edit("make the disco ball bigger"),
    ),
    (
        "ok do the neon lines on the shelves now",
        False,
        VINYL,
        "edit",
        _edit("add neon lines on the shelves", "do the neon lines on the shelves"),
    ),
    (
        "the pianist wants her dress blue, pls do it",
        False,
        RECITAL,
        "edit",
        _edit("make the pianist's dress blue", "make her dress blue"),
    ),
    ("the dj saw it and wants the smoke thicker, so go for it", False, ROOFTOP, "retry", _retry("stronger")),
    (
        "got the ok from the conductor, remove the music stands",
        False,
        ORCHESTRA,
        "edit",
        _edit("remove the music stands"),
    ),
    (
        "mom says the violin should be dark blue, go ahead",
        False,
        VIOLIN_FIXED,
        "correction",
        _fix("make the violin dark blue"),
    ),
    (
        "ok lets make it snowy right now",
        False,
        GAZEBO,
        "edit",
        _edit("make it snowy", "make the photo snowy", "make the scene snowy", "make it snow"),
    ),
)
"""Instructions for later, conditional or for someone else, and the same requests made now."""

FRAGMENTS: tuple[Dev, ...] = (
    # typed fragments and slips that are not requests
    ("sorry wrong chat", False, JAZZ, "talk", ()),
    ("oops typo", False, GARAGE, "talk", ()),
    ("ok", False, KARAOKE, "talk", ()),
    ("hmm", False, ROOFTOP, "talk", ()),
    ("k", False, VIOLIN, "talk", ()),
    ("wait", False, GAZEBO, "talk", ()),
    ("one sec", False, CHOIR, "talk", ()),
    ("lemme think", False, SUBWAY, "talk", ()),
    ("hmmmm 🤔", False, VINYL, "talk", ()),
    ("uhh", False, RECITAL, "talk", ()),
    ("brb", False, FESTIVAL, "talk", ()),
    ("lol", False, STUDIO, "talk", ()),
    ("...", False, OPERA, "talk", ()),
    ("ok ok", False, ORCHESTRA, "talk", ()),
    ("sry that was meant for my drummer", False, GARAGE_BEANIE, "talk", ()),
    ("asdfjkl", False, KARAOKE_SIGN, "talk", ()),
    ("👀", False, ROOFTOP, "talk", ()),
    ("wait wait", False, VIOLIN_FIXED, "talk", ()),
    ("mhm", False, GAZEBO_WHITE, "talk", ()),
    ("hold up", False, JAZZ_CANDLES, "talk", ()),
    ("gimme a min", False, FESTIVAL2, "talk", ()),
    ("oops pressed enter too early", False, SUBWAY_BRANCH, "talk", ()),
    ("typing...", False, CHOIR, "talk", ()),
    ("hm ok", False, VINYL_RETRIED, "talk", ()),
    ("still thinking lol", False, OPERA, "talk", ()),
    ("yeah", False, JAZZ, "talk", ()),
    ("wrong window sorry!!", False, ORCHESTRA, "talk", ()),
    ("ok wait no", False, KARAOKE, "clarify", ()),
    ("?", False, GARAGE, "clarify", ()),
    ("soooo", False, SUBWAY, "talk", ()),
    ("erm", False, FESTIVAL, "talk", ()),
    ("sorry cat walked on the keyboard", False, GAZEBO, "talk", ()),
    ("Sorry, my English is not so good, one moment please", False, STUDIO, "talk", ()),
    ("k here", True, AFTER_KARAOKE, "caption", ()),
    ("one more pic, wait", True, AFTER_GARAGE, "caption", ()),
    # near misses: short real requests
    ("sky pink", False, FESTIVAL, "edit", _edit("make the sky pink")),
    ("beanie off", False, GARAGE_BEANIE, "undo", _goto(1)),
    ("bigger pls", False, KARAOKE, "edit", _edit("make the disco ball bigger")),
    ("undo", False, STUDIO, "undo", _goto(1)),
    ("again", False, VINYL, "retry", _retry()),
    ("less", False, ROOFTOP, "retry", _retry("weaker")),
    ("amp black", False, GARAGE, "edit", _edit("make the amp black")),
    ("moon smaller", False, OPERA, "edit", _edit("make the moon smaller")),
    ("more fog", False, OPERA, "edit", _edit("add more fog", "add more fog on the stage", "more fog")),
    ("bg darker", False, VIOLIN, "edit", _edit("make the background darker")),
    ("stronger", False, CHOIR, "retry", _retry("stronger")),
    ("cup back pls", False, STUDIO, "undo", _goto(1)),
    ("1 more try", False, SUBWAY, "retry", _retry()),
    ("lights warmer", False, ROOFTOP, "edit", _edit("make the lights warmer", "make the string lights warmer")),
    ("gazebo roof green", False, GAZEBO, "edit", _edit("make the gazebo roof green")),
    ("posters on the wall", False, GARAGE_BEANIE, "edit", _edit("add posters on the wall", "put posters on the wall")),
    ("weaker pls", False, VIOLIN, "retry", _retry("weaker")),
    ("wait, undo", False, GAZEBO, "undo", _goto(1)),
    ("k now blur the crowd", False, FESTIVAL2, "edit", _edit("blur the crowd")),
    ("same thing for this one", True, AFTER_KARAOKE, "edit", _edit("add a disco ball on the ceiling")),
)
"""Typed fragments and slips that ask nothing, and short real requests."""

META: tuple[Dev, ...] = (
    # talk about the tool: price, speed, quality, privacy, how it works
    ("is this free?", False, JAZZ, "talk", ()),
    ("how long does an edit take usually", False, GARAGE, "talk", ()),
    ("do you keep my photos after i close this?", False, CHOIR, "talk", ()),
    ("why is it so slow today", False, ROOFTOP, "talk", ()),
    ("how much does it cost per edit", False, KARAOKE, "talk", ()),
    ("who can see my pics? my band's faces are in them", False, GARAGE_BEANIE, "talk", ()),
    ("is my photo used to train your ai", False, VIOLIN, "talk", ()),
    ("what model is this running on, stable diffusion?", False, STUDIO, "talk", ()),
    ("does this work offline", False, VINYL, "talk", ()),
    ("how many edits can i make before it gets worse", False, OPERA, "talk", ()),
    ("the quality seems lower than my original photo, do u compress it?", False, RECITAL, "talk", ()),
    ("that one took ages lol", False, SUBWAY, "talk", ()),
    ("whoa that was quick", False, FESTIVAL, "talk", ()),
    ("is there a limit on photo size", False, ORCHESTRA, "talk", ()),
    ("can i use this on my phone", False, GAZEBO, "talk", ()),
    ("do i need an account to keep the session", False, CHOIR, "talk", ()),
    ("are you chatgpt", False, JAZZ_CANDLES, "talk", ()),
    ("why does the first edit always take longer", False, VIOLIN_FIXED, "talk", ()),
    ("is the resolution the same as the original?", False, FESTIVAL2, "talk", ()),
    ("can other people in this chat see my photos", False, KARAOKE_SIGN, "talk", ()),
    ("do u delete stuff automatically after a while?", False, SUBWAY_BRANCH, "talk", ()),
    ("the app froze for a sec there", False, GAZEBO_WHITE, "talk", ()),
    ("whats your gpu lol", False, STUDIO, "talk", ()),
    ("is there a premium version with better quality", False, VINYL_RETRIED, "talk", ()),
    ("is it safe to upload pics of kids? its a school orchestra", False, ORCHESTRA, "talk", ()),
    ("how do you even know what a tuba is", False, GAZEBO, "talk", ()),
    ("can u make edits faster? im in a hurry", False, OPERA, "talk", ()),
    ("your quality got way better since last week", False, ROOFTOP, "talk", ()),
    ("why did that edit take so long, it's just a bit of grey smoke", False, ROOFTOP, "talk", ()),
    ("is there an undo limit?", False, STUDIO, "talk", ()),
    ("do you work with raw files from my camera", False, RECITAL, "talk", ()),
    ("whats the max number of photos per session", False, GAZEBO_WHITE, "talk", ()),
    ("Is my data stored in Europe? Our school needs to know", False, ORCHESTRA, "talk", ()),
    # near misses: edits whose words are about speed, price, privacy or quality
    (
        "make the drummer's sticks look like they're moving super fast",
        False,
        GARAGE,
        "edit",
        _edit(
            "make the drummer's sticks look like they're moving super fast",
            "make the drumsticks look like they're moving super fast",
            "add motion blur to the drummer's sticks",
        ),
    ),
    (
        "add motion blur to the dj's hands so it looks fast",
        False,
        ROOFTOP,
        "edit",
        _edit("add motion blur to the dj's hands", "add motion blur to the dj's hands so it looks fast"),
    ),
    (
        "make the photo higher quality, it's a bit grainy",
        False,
        JAZZ,
        "edit",
        _edit(
            "make the photo higher quality",
            "make the photo less grainy",
            "reduce the grain",
            "remove the grain",
            "make the photo higher quality, it's a bit grainy",
        ),
    ),
    (
        "sharpen the whole pic, the quality is meh",
        False,
        CHOIR,
        "edit",
        _edit("sharpen the whole pic", "sharpen the whole photo", "sharpen the photo"),
    ),
    (
        "make the crowd look like they're jumping, like at a fast song",
        False,
        FESTIVAL,
        "edit",
        _edit(
            "make the crowd look like they're jumping",
            "make the crowd jump",
            "make the crowd look like they're jumping, like at a fast song",
        ),
    ),
    (
        "give the cellist's bow some motion blur, like he's playing fast",
        False,
        SUBWAY,
        "edit",
        _edit(
            "give the cellist's bow some motion blur",
            "add motion blur to the cellist's bow",
            "give the cellist's bow some motion blur, like he's playing fast",
        ),
    ),
    (
        "add a speedometer sticker on the kick drum",
        False,
        GARAGE_BEANIE,
        "edit",
        _edit("add a speedometer sticker on the kick drum"),
    ),
    (
        "add a 'FREE ENTRY' sign on the door",
        False,
        JAZZ_CANDLES,
        "edit",
        _edit("add a 'FREE ENTRY' sign on the door"),
    ),
    (
        "put a price tag of $5 on the records in front",
        False,
        VINYL,
        "edit",
        _edit("put a price tag of $5 on the records in front"),
    ),
    ("make the clock on the wall say 2am", False, KARAOKE, "edit", _edit("make the clock on the wall say 2am")),
    ("the moon looks low quality, make it crisper", False, OPERA, "edit", _edit("make the moon crisper")),
    (
        "add a 'private party' sign on the rooftop door",
        False,
        ROOFTOP,
        "edit",
        _edit("add a 'private party' sign on the rooftop door"),
    ),
    (
        "blur the faces in the crowd for privacy",
        False,
        FESTIVAL2,
        "edit",
        _edit("blur the faces in the crowd", "blur the faces in the crowd for privacy"),
    ),
)
"""Talk about the tool (price, speed, quality, privacy), and edits whose words are about the same."""

OUTSIDE: tuple[Dev, ...] = (
    # requests to do something outside the photo
    ("set it as my wallpaper pls", False, FESTIVAL2, "talk", ()),
    ("can u print it? i need 20 copies for the concert", False, ORCHESTRA, "talk", ()),
    ("post it on our band's insta", False, GARAGE_BEANIE, "talk", ()),
    ("email it to mom", False, VIOLIN_FIXED, "talk", ()),
    ("rename the file to recital_final_v2", False, RECITAL, "talk", ()),
    ("send it to the choir whatsapp group", False, CHOIR, "talk", ()),
    ("upload it to my google drive", False, STUDIO, "talk", ()),
    ("make it my profile pic on spotify", False, ROOFTOP, "talk", ()),
    ("text it to my drummer, his number is in my contacts", False, GARAGE, "talk", ()),
    ("put it on the club's website", False, JAZZ, "talk", ()),
    ("tweet it with #jazznight", False, JAZZ_CANDLES, "talk", ()),
    ("print it on a t-shirt for the tour", False, GARAGE_BEANIE, "talk", ()),
    ("order a canvas print of this", False, OPERA, "talk", ()),
    ("can you frame it and ship it to my grandma", False, GAZEBO, "talk", ()),
    ("add it to the concert programme pdf", False, ORCHESTRA, "talk", ()),
    ("share it on facebook for me", False, SUBWAY, "talk", ()),
    ("make it the cover of our next album on bandcamp", False, VINYL, "talk", ()),
    ("rename this session to 'opera gala'", False, OPERA, "talk", ()),
    ("burn it onto a cd lol", False, VINYL_RETRIED, "talk", ()),
    ("airdrop it to my ipad", False, KARAOKE_SIGN, "talk", ()),
    ("put this up on the screen at the karaoke bar tonight", False, KARAOKE, "talk", ()),
    ("send the pic to the festival organisers at info@duskfest.com", False, FESTIVAL, "talk", ()),
    ("set it as the lock screen on my phone", False, SUBWAY_BRANCH, "talk", ()),
    ("print it and hang it in the practice room", False, GARAGE, "talk", ()),
    ("attach it to my email to the conductor", False, ORCHESTRA, "talk", ()),
    ("add it to my portfolio on behance", False, STUDIO, "talk", ()),
    ("convert the file to a pdf for the church newsletter", False, CHOIR, "talk", ()),
    ("move the photo into my 'gigs 2024' folder", False, ROOFTOP, "talk", ()),
    ("can u compress it so it fits in a text message", False, GAZEBO_WHITE, "talk", ()),
    ("Please send this picture to my teacher by email, thank you", False, VIOLIN, "talk", ()),
    ("pls print this one, it's for the fridge", True, AFTER_GARAGE, "caption", ()),
    # near misses: photo edits with the same words, and real share and export requests
    (
        "print a band logo on the drummer's t-shirt",
        False,
        GARAGE_BEANIE,
        "edit",
        _edit("print a band logo on the drummer's t-shirt", "put a band logo on the drummer's t-shirt"),
    ),
    (
        "post a sign on the door saying 'sold out'",
        False,
        JAZZ,
        "edit",
        _edit(
            "post a sign on the door saying 'sold out'",
            "put a sign on the door saying 'sold out'",
            "add a sign on the door saying 'sold out'",
        ),
    ),
    (
        "hang a framed poster of miles davis on the wall behind the piano",
        False,
        JAZZ_CANDLES,
        "edit",
        _edit("hang a framed poster of miles davis on the wall behind the piano"),
    ),
    (
        "make the phone in the girl's hand show the festival app",
        False,
        FESTIVAL,
        "edit",
        _edit("make the phone in the girl's hand show the festival app"),
    ),
    (
        "put an envelope in the cello case, like a fan letter",
        False,
        SUBWAY,
        "edit",
        _edit(
            "put an envelope in the cello case, like a fan letter",
            "put an envelope in the cello case",
        ),
    ),
    (
        "rename the shop sign to 'Spin City Records'",
        False,
        VINYL,
        "edit",
        _edit(
            "rename the shop sign to 'Spin City Records'",
            "make the shop sign say 'Spin City Records'",
            "change the shop sign to 'Spin City Records'",
        ),
    ),
    (
        "add a wallpaper with music notes on the back wall",
        False,
        KARAOKE,
        "edit",
        _edit("add a wallpaper with music notes on the back wall", "put wallpaper with music notes on the back wall"),
    ),
    (
        "make the screen behind the dj show our insta handle @roofbeats",
        False,
        ROOFTOP,
        "edit",
        _edit("make the screen behind the dj show our insta handle @roofbeats"),
    ),
    (
        "paste a printed setlist on the floor by the mic stand",
        False,
        GARAGE,
        "edit",
        _edit(
            "paste a printed setlist on the floor by the mic stand",
            "put a printed setlist on the floor by the mic stand",
            "add a printed setlist on the floor by the mic stand",
        ),
    ),
    (
        "post a 'no flash photography' notice on the church door",
        False,
        CHOIR,
        "edit",
        _edit(
            "post a 'no flash photography' notice on the church door",
            "put a 'no flash photography' notice on the church door",
            "add a 'no flash photography' notice on the church door",
        ),
    ),
    (
        "make the karaoke screen show a text message from mom",
        False,
        KARAOKE_SIGN,
        "edit",
        _edit("make the karaoke screen show a text message from mom"),
    ),
    ("give me a link to share with the band", False, GARAGE_BEANIE, "share", SHARE),
    ("export the whole thing as html so i can send it to mom", False, VIOLIN_FIXED, "export", _export("html")),
    ("stop sharing the link, my teacher saw it", False, RECITAL, "revoke", REVOKE),
    ("download the session pls", False, OPERA, "export", _export("bundle")),
)
"""Requests to do something outside the photo, and photo edits with similar words, shares and exports."""

R33A: tuple[Dev, ...] = (*REACTIONS, *PHOTO_QUESTIONS, *LATER, *FRAGMENTS, *META, *OUTSIDE)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # after an undo: the current round (first) is an older one
    (1, ("the lanterns look good on their own tbh", False, FESTIVAL2, "talk", ())),
    (2, ("the cat ears are gone now, kinda miss them", False, ROOFTOP, "talk", ())),
    (2, ("sky pink", False, ROOFTOP, "edit", _edit("make the sky pink"))),
    (1, ("did undoing also take away the roses?", False, RECITAL, "talk", ())),
    (1, ("remind me to put the roses back later", False, RECITAL, "talk", ())),
    (0, ("who's the old guy on the piano bench", False, JAZZ_CANDLES, "talk", ())),
    (0, ("one sec lemme compare in my head", False, VIOLIN_FIXED, "talk", ())),
    (1, ("bring back the beanie", False, GARAGE_BEANIE, "redo", _goto(2))),
    (1, ("beanie looked dumb anyway lol", False, GARAGE_BEANIE, "talk", ())),
    (0, ("email the original to my teacher", False, VIOLIN, "talk", ())),
    (1, ("is it slower after an undo?", False, STUDIO, "talk", ())),
    (1, ("add a gold record on the wall", False, STUDIO, "edit", _edit("add a gold record on the wall"))),
    (2, ("if the soprano complains we'll redo the crown", False, OPERA, "talk", ())),
    (3, ("the moon looks fake, can u make it glow", False, OPERA, "edit", _edit("make the moon glow"))),
    (3, ("why did the crown disappear?", False, OPERA, "clarify", ())),
    (1, ("k", False, SUBWAY_BRANCH, "talk", ())),
    (2, ("the coins look great, glad i went back to them", False, SUBWAY_BRANCH, "talk", ())),
    (0, ("tell my mum this is the original", False, KARAOKE_SIGN, "talk", ())),
    (1, ("disco ball was cute tbh, but leave it off for now", False, KARAOKE, "talk", ())),
    (1, ("the disco ball back pls", False, KARAOKE, "redo", _goto(2))),
)
"""Turns after an undo: the current round (first) is not the latest."""


def r33a_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R33A`, then the moved ones)."""
    return with_moved(R33A, "r33a", MOVED, "r33a_moved")
