"""A fourth development set of chat turns that must not edit, beside look-alikes that must.

Written by hand for training and tuning the dialogue model, about scenes the other sets do not use (a
marathon finish line, a rodeo, a surfer by a jetty, a piñata at a kid's birthday, hikers on a glacier, a
construction site with a bulldozer, grandpa's propeller plane in a hangar, friends at karaoke, grandma
knitting, a blacksmith at an anvil, a kimono under cherry blossoms, a newborn in a cradle, a walrus show):
reactions to the last edit that name objects and colours, questions about the photo, the edit and the
editor, thinking aloud and plans, stories about the photo, requests the editor cannot serve (translate,
captions, video, print, similar photos, location), instructions about how the assistant should behave,
greetings, thanks and goodbyes with emoji, and sarcasm and disgust. Rejections that say the result is
worse, ruined or to be taken back ("ew no", "great, now it's ruined") undo the last edit; a complaint that
names no way back gets one short question, as in the second talk set. About a quarter are look-alikes
that must act: the same kinds of turns with a change asked for ("thanks! now remove the oil drums"; "be
careful with her face, and remove the radio"). The cases have the development set's format (`Dev`:
turn, photo, state, act, calls); a case with no calls expects an answer in words.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import UPLOAD, Dev, _edit, _goto, _retry, as_cases

MARATHON = ((None, None), (0, "remove the timer clock"))
"""A runner crossing a marathon finish line: finish tape, banner, medal, bib number, crowd, water cups."""
RODEO = ((None, None), (0, "add more dust behind the bronco"))
"""A rodeo: a rider on a bucking bronco, a lasso, fence rails, flags, a dusty arena."""
SURFER = ((None, None), (0, "make the surfboard orange"))
"""A surfer on a wave beside a wooden jetty, a pelican, a hazy evening sky."""
PINATA = ((None, None), (0, "make the piñata rainbow"), (1, "remove the streamers"))
"""A kid's birthday: a donkey piñata, a blindfolded boy with a stick, streamers, a garden table."""
GLACIER = ((None, None), (0, "remove the second hiker"))
"""Hikers roped together on a glacier: ice axe, crampons, a blue crevasse, the summit, clouds."""
BULLDOZER = ((None, None), (0, "remove the traffic cones"), (1, "make the bulldozer yellow"))
"""A construction site: bulldozer, excavator, crane, a worker in a hi-vis vest."""
HANGAR = ((None, None), (0, "paint the plane silver"))
"""Grandpa's propeller plane in a hangar: pilot, propeller, oil drums, the runway outside."""
KARAOKE = ((None, None), (0, "add a disco ball"))
"""Friends at karaoke: microphones, a lyrics screen, a disco ball, a low table with drinks."""
KNITTING = ((None, None), (0, "make the yarn green"))
"""Grandma knitting in an armchair: balls of yarn, needles, a half-done scarf, a radio, a window."""
ANVIL = ((None, None), (0, "add more sparks"))
"""A blacksmith at an anvil: hammer, glowing iron, sparks, leather apron, tongs."""
KIMONO = ((None, None), (0, "make the kimono red"))
"""A woman in a kimono under cherry blossoms: a paper parasol, a stone lantern, a gravel path."""
CRADLE = ((None, None), (0, "add stars on the wall"))
"""A newborn in a wooden cradle: a mobile, a knitted blanket, a wall, a nightlight."""
WALRUS = ((None, None), (0, "remove the bucket"))
"""A walrus show: a walrus on rocks, a zookeeper with a whistle, kids behind a rail."""
HANGAR_THEN_PHOTO = (*HANGAR, (None, None))
"""The hangar session with a second photo uploaded."""

REACTIONS: tuple[Dev, ...] = (
    # reactions to the last edit that name objects and colours: nothing to do, or one question
    ("hmm the green is a lot", False, KNITTING, "clarify", ()),
    ("the yarn is SO green now lol", False, KNITTING, "talk", ()),
    ("wow 😳 the green", False, KNITTING, "talk", ()),
    ("grandmas scarf looks so cozy in green", False, KNITTING, "talk", ()),
    ("wait where did the clock go??", False, MARATHON, "talk", ()),
    ("the finish tape looks perfect", False, MARATHON, "talk", ()),
    ("the crowd looks blurry behind the runner now", False, MARATHON, "clarify", ()),
    ("is the bronco supposed to look like that", False, RODEO, "talk", ()),
    ("the dust is kinda dramatic now lol", False, RODEO, "talk", ()),
    ("the dust looks a bit fake ngl", False, RODEO, "clarify", ()),
    ("the bronco has a weird leg now", False, RODEO, "clarify", ()),
    ("it's alright i guess", False, RODEO, "clarify", ()),
    ("orange board on a blue wave, bold choice haha", False, SURFER, "talk", ()),
    ("haha the pelican photobombing is the best part", False, SURFER, "talk", ()),
    ("whoa the sky behind the jetty turned purple-ish", False, SURFER, "talk", ()),
    ("the rainbow piñata is giving pride parade 🌈", False, PINATA, "talk", ()),
    ("oh the streamers are gone", False, PINATA, "talk", ()),
    ("idk the rainbow is a lot", False, PINATA, "clarify", ()),
    ("where's the second hiker?? oh right i asked for that", False, GLACIER, "talk", ()),
    ("the glacier looks bluer than before or is it me", False, GLACIER, "talk", ()),
    ("whoa, the cones vanished completely", False, BULLDOZER, "talk", ()),
    ("yellow bulldozer looks like a toy now", False, BULLDOZER, "clarify", ()),
    ("so the excavator stays grey? ok", False, BULLDOZER, "talk", ()),
    ("why is the worker's vest orange now", False, BULLDOZER, "talk", ()),
    ("the silver plane is shiny af", False, HANGAR, "talk", ()),
    ("the plane kinda glows now", False, HANGAR, "talk", ()),
    ("ok the silver is very silver", False, HANGAR, "talk", ()),
    ("that disco ball is huge haha", False, KARAOKE, "talk", ()),
    ("pretty wild how real the disco ball looks", False, KARAOKE, "talk", ()),
    ("the mic in her hand looks melted 😂", False, KARAOKE, "clarify", ()),
    ("the sparks look like fireworks now", False, ANVIL, "talk", ()),
    ("the hammer looks longer than before??", False, ANVIL, "talk", ()),
    ("red kimono under pink blossoms, hmm interesting combo", False, KIMONO, "talk", ()),
    ("the red is really loud against the blossoms", False, KIMONO, "clarify", ()),
    ("not bad not bad", False, KIMONO, "talk", ()),
    ("the stars on the wall are so sweet", False, CRADLE, "talk", ()),
    ("the stars glow a bit too much maybe? idk", False, CRADLE, "clarify", ()),
    ("the mobile over the cradle is cute", False, CRADLE, "talk", ()),
    ("the bucket is gone but the zookeeper's hand looks weird", False, WALRUS, "clarify", ()),
    ("that walrus is THICC lol", False, WALRUS, "talk", ()),
)

QUESTIONS: tuple[Dev, ...] = (
    # questions about the photo, the edit and the editor: answered in words
    ("what colour was the plane before?", False, HANGAR, "talk", ()),
    ("why did the shadow under the plane change?", False, HANGAR, "talk", ()),
    ("what kind of plane is this", False, HANGAR, "talk", ()),
    ("ok so how does this work exactly", False, UPLOAD, "talk", ()),
    ("can it do faces?", False, UPLOAD, "talk", ()),
    ("does it work on drawings or only photos", False, UPLOAD, "talk", ()),
    ("can it remove tattoos", False, UPLOAD, "talk", ()),
    ("can this thing change someone's expression", False, UPLOAD, "talk", ()),
    ("what happens if i upload a screenshot", False, UPLOAD, "talk", ()),
    ("how long does one edit take usually", False, UPLOAD, "talk", ()),
    ("can you do more than one thing at once", False, UPLOAD, "talk", ()),
    ("is the walrus real or did you add it", False, WALRUS, "talk", ()),
    ("how many people are in the crowd", False, MARATHON, "talk", ()),
    ("which runner is in front", False, MARATHON, "talk", ()),
    ("did the timer clock leave a mark?", False, MARATHON, "talk", ()),
    ("why is the ice blue", False, GLACIER, "talk", ()),
    ("can u tell where this was taken?", False, GLACIER, "talk", ()),
    ("is that a real disco ball or did you make it", False, KARAOKE, "talk", ()),
    ("can you tell what song they're singing", False, KARAOKE, "talk", ()),
    ("what stitch is grandma using", False, KNITTING, "talk", ()),
    ("how hot is the iron in this pic", False, ANVIL, "talk", ()),
    ("whats that thing on the left of the anvil", False, ANVIL, "talk", ()),
    ("what are those flowers called", False, KIMONO, "talk", ()),
    ("is the baby asleep in this one", False, CRADLE, "talk", ()),
    ("is the nightlight on or off", False, CRADLE, "talk", ()),
    ("how did you know where the cones were", False, BULLDOZER, "talk", ()),
    ("does the surfboard colour look natural to you?", False, SURFER, "talk", ()),
    ("why did the wave get darker?", False, SURFER, "talk", ()),
    ("do u save my old versions", False, PINATA, "talk", ()),
    ("is the piñata a donkey? my son insists its a unicorn", False, PINATA, "talk", ()),
    ("what's the bronco's breed lol", False, RODEO, "talk", ()),
)

PLANS: tuple[Dev, ...] = (
    # thinking aloud, plans and other people's wishes: no edit yet
    ("maybe later i'll make the vest darker", False, BULLDOZER, "talk", ()),
    ("if the crane was gone it might look cleaner? just thinking", False, BULLDOZER, "talk", ()),
    ("maybe i'll ask you to remove the worker later, he didn't want to be in it", False, BULLDOZER, "talk", ()),
    ("i might remove the crowd, not sure", False, MARATHON, "talk", ()),
    ("thinking of adding some confetti near the finish, maybe", False, MARATHON, "talk", ()),
    ("dont do it yet but i'm thinking of removing the bib number", False, MARATHON, "talk", ()),
    ("my sister wants the plane red", False, HANGAR, "talk", ()),
    ("someone at work said the plane should be green, he's wrong", False, HANGAR, "talk", ()),
    ("my plan is to print it for the flying club wall", False, HANGAR, "talk", ()),
    ("my son wants the piñata blue next time", False, PINATA, "talk", ()),
    ("hmm should i keep the rainbow or go back... let me think", False, PINATA, "talk", ()),
    ("thinking the kimono might look better in navy, gonna sleep on it", False, KIMONO, "talk", ()),
    ("i'll decide on the blossoms tomorrow", False, KIMONO, "talk", ()),
    ("i'll probably add a name on the cradle later", False, CRADLE, "talk", ()),
    ("not now but at some point i want snow on the summit", False, GLACIER, "talk", ()),
    ("considered asking for northern lights, decided against it", False, GLACIER, "talk", ()),
    ("later we can try a sunset, first i need coffee", False, SURFER, "talk", ()),
    ("next time i'll take the pic from the jetty", False, SURFER, "talk", ()),
    ("dad says the dust should be thicker but idk", False, RODEO, "talk", ()),
    ("part of me wants the yarn purple, part of me loves the green", False, KNITTING, "talk", ()),
    ("i may want the walrus to wear a hat later haha", False, WALRUS, "talk", ()),
    ("we'll see about the sparks, im undecided", False, ANVIL, "talk", ()),
    ("mom would probably want the microphones gold lol", False, KARAOKE, "talk", ()),
    ("eventually i want to do the whole album like this", False, UPLOAD, "talk", ()),
)

STORIES: tuple[Dev, ...] = (
    # stories about the photo and the people in it
    ("this is my grandpa's plane, he restored it himself in the 80s", False, HANGAR, "talk", ()),
    ("he flew it over the alps once", False, HANGAR, "talk", ()),
    ("my wife ran her first marathon here, 4h12", False, MARATHON, "talk", ()),
    ("that bib number is her birthday lol", False, MARATHON, "talk", ()),
    ("the rider is my cousin, he broke 2 ribs that day", False, RODEO, "talk", ()),
    ("the bronco's name is thunder", False, RODEO, "talk", ()),
    ("we surfed there every summer as kids", False, SURFER, "talk", ()),
    ("that pelican followed us the whole day", False, SURFER, "talk", ()),
    ("my son made the piñata himself with his grandma", False, PINATA, "talk", ()),
    ("the blindfolded kid is my youngest, he hit his cousin instead 😂", False, PINATA, "talk", ()),
    ("we climbed for 9 hours to get there", False, GLACIER, "talk", ()),
    ("my dad drives that bulldozer, he's been doing it 30 yrs", False, BULLDOZER, "talk", ()),
    ("we sang bohemian rhapsody like 4 times that night", False, KARAOKE, "talk", ()),
    ("grandma knit that scarf for me when i was 6", False, KNITTING, "talk", ()),
    ("she's 91 and still knits every day", False, KNITTING, "talk", ()),
    ("my uncle is the blacksmith, he makes knives", False, ANVIL, "talk", ()),
    ("the kimono was my great grandmother's", False, KIMONO, "talk", ()),
    ("we took this in kyoto in april", False, KIMONO, "talk", ()),
    ("the cradle was carved by my dad for my first baby", False, CRADLE, "talk", ()),
    ("our daughter was born in march, this is week 2", False, CRADLE, "talk", ()),
    ("the walrus is called sir wallace lol", False, WALRUS, "talk", ()),
    ("the walrus splashed us right after this", False, WALRUS, "talk", ()),
    # a photo with words and no request
    ("grandpa's plane at the airshow 1987", True, HANGAR_THEN_PHOTO, "caption", ()),
    ("our baby's first week 🍼", True, UPLOAD, "caption", ()),
    ("rodeo night in calgary", True, UPLOAD, "caption", ()),
    ("my uncle's forge, summer 2022", True, UPLOAD, "caption", ()),
)

CANNOT: tuple[Dev, ...] = (
    # requests the editor cannot serve
    ("translate 'finish line' into japanese", False, MARATHON, "talk", ()),
    ("can you translate the sign in the background", False, KIMONO, "talk", ()),
    ("write a caption for instagram", False, RODEO, "talk", ()),
    ("give me a funny caption for this", False, WALRUS, "talk", ()),
    ("hashtags for this pls", False, SURFER, "talk", ()),
    ("make a video of the surfer riding the wave", False, SURFER, "talk", ()),
    ("can you turn this into a slideshow with music", False, KNITTING, "talk", ()),
    ("animate the sparks so they fly", False, ANVIL, "talk", ()),
    ("make a 3d model of the plane", False, HANGAR, "talk", ()),
    ("print it", False, HANGAR, "talk", ()),
    ("print 2 copies a4", False, CRADLE, "talk", ()),
    ("order a print of this on canvas", False, HANGAR, "talk", ()),
    ("find similar photos", False, GLACIER, "talk", ()),
    ("find me more pics of this rodeo online", False, RODEO, "talk", ()),
    ("tell me the location", False, GLACIER, "talk", ()),
    ("which mountain is this", False, GLACIER, "talk", ()),
    ("tell me the gps coords of this", False, GLACIER, "talk", ()),
    ("set this as my phone wallpaper", False, KIMONO, "talk", ()),
    ("make it my profile pic", False, UPLOAD, "talk", ()),
    ("how much does a walrus weigh", False, WALRUS, "talk", ()),
    ("how many calories does a marathon burn", False, MARATHON, "talk", ()),
    ("rate this pic out of 10", False, SURFER, "talk", ()),
    ("write a birthday card text for my son", False, PINATA, "talk", ()),
    ("what song goes well with this photo", False, KARAOKE, "talk", ()),
    ("identify the flowers for me", False, KIMONO, "talk", ()),
    ("how do i knit a scarf", False, KNITTING, "talk", ()),
    ("recognize who is in the photo", False, KARAOKE, "talk", ()),
    ("can u read the lyrics on the screen to me", False, KARAOKE, "talk", ()),
    ("what time was this taken", False, MARATHON, "talk", ()),
    ("book me a surf lesson", False, SURFER, "talk", ()),
)

BEHAVIOUR: tuple[Dev, ...] = (
    # instructions about how the assistant should behave: acknowledged, nothing edited
    ("be more careful", False, BULLDOZER, "talk", ()),
    ("ask me before editing anything", False, KIMONO, "talk", ()),
    ("from now on keep the colours natural", False, SURFER, "talk", ()),
    ("please don't touch faces, ever", False, KARAOKE, "talk", ()),
    ("only change what i ask ok?", False, PINATA, "talk", ()),
    ("next time ask first", False, RODEO, "talk", ()),
    ("answer in spanish from now on", False, UPLOAD, "talk", ()),
    ("shorter replies pls", False, UPLOAD, "talk", ()),
    ("stop adding stuff i didn't ask for", False, ANVIL, "talk", ()),
    ("in general i like subtle edits, just so you know", False, KNITTING, "talk", ()),
    ("remember i like warm tones", False, HANGAR, "talk", ()),
    ("keep the baby's face exactly the same whatever i ask", False, CRADLE, "talk", ()),
    ("dont change the background unless i say so", False, MARATHON, "talk", ()),
    ("you can be honest with me if something won't work", False, GLACIER, "talk", ()),
    ("please double check before you remove stuff", False, WALRUS, "talk", ()),
    ("be gentle with grandma's photo pls", False, KNITTING, "talk", ()),
    ("no more edits today ok", False, SURFER, "talk", ()),
    ("wait for me to finish typing before doing anything", False, UPLOAD, "talk", ()),
    ("i'll tell you when im ready for the next change", False, BULLDOZER, "talk", ()),
    ("talk to me like a normal person not a robot lol", False, UPLOAD, "talk", ()),
    ("you dont need to explain every step", False, HANGAR, "talk", ()),
)

GREETINGS: tuple[Dev, ...] = (
    # greetings, thanks and goodbyes with emoji
    ("heyyy 👋", False, UPLOAD, "talk", ()),
    ("yo 🤙", False, SURFER, "talk", ()),
    ("mornin ☕", False, UPLOAD, "talk", ()),
    ("hello again, back from lunch", False, GLACIER, "talk", ()),
    ("im back 🙋", False, UPLOAD, "talk", ()),
    ("thank u sm 🙏✨", False, CRADLE, "talk", ()),
    ("thx!! 🤠", False, RODEO, "talk", ()),
    ("ur the best 💯", False, HANGAR, "talk", ()),
    ("love u bye 😘", False, KIMONO, "talk", ()),
    ("gn 🌙", False, CRADLE, "talk", ()),
    ("cya 👋👋", False, MARATHON, "talk", ()),
    ("ok bye for now 🏃‍♀️", False, MARATHON, "talk", ()),
    ("danke schön 😊", False, KNITTING, "talk", ()),
    ("arigato 🌸", False, KIMONO, "talk", ()),
    ("obrigada!!", False, SURFER, "talk", ()),
    ("merci bcp 🙂", False, ANVIL, "talk", ()),
    ("🔥🔥", False, ANVIL, "talk", ()),
    ("🦭❤️", False, WALRUS, "talk", ()),
    ("🎉🎉🎉", False, PINATA, "talk", ()),
    ("🤘🎤", False, KARAOKE, "talk", ()),
    ("🥹🍼", False, CRADLE, "talk", ()),
    ("✈️👌", False, HANGAR, "talk", ()),
)

SARCASM: tuple[Dev, ...] = (
    # disgust, sarcasm and rejections that say the result is worse or to be taken back: undo
    ("great, now it's ruined", False, HANGAR, "undo", _goto(0)),
    ("wow thanks, you ruined grandma's photo", False, KNITTING, "undo", _goto(0)),
    ("ew no", False, KIMONO, "undo", _goto(0)),
    ("eww nooo", False, PINATA, "undo", _goto(1)),
    ("that's awful take it back", False, RODEO, "undo", _goto(0)),
    ("yuck, put it back", False, SURFER, "undo", _goto(0)),
    ("i hate it, bring the old one back", False, BULLDOZER, "undo", _goto(1)),
    ("nope nope nope. previous one", False, WALRUS, "undo", _goto(0)),
    ("omg no what is that, undo", False, CRADLE, "undo", _goto(0)),
    ("gross. get rid of that change", False, ANVIL, "undo", _goto(0)),
    ("that's hideous, go back", False, GLACIER, "undo", _goto(0)),
    ("oh fantastic, the plane looks like tinfoil now. take it back", False, HANGAR, "undo", _goto(0)),
    ("lovely, a disco ball the size of the moon 🙄 undo", False, KARAOKE, "undo", _goto(0)),
    ("nah that's worse than the original", False, SURFER, "undo", _goto(0)),
    ("ugh it was so much better before", False, BULLDOZER, "undo", _goto(1)),
    ("yikes 😬 no thanks, old one", False, CRADLE, "undo", _goto(0)),
    ("ew the orange is gross, undo", False, SURFER, "undo", _goto(0)),
    ("lol no. bring back the streamers", False, PINATA, "undo", _goto(1)),
    # sarcasm and complaints that name no way back: one short question
    ("perfect, exactly what i didnt want", False, KARAOKE, "clarify", ()),
    ("oh great he has 3 arms now", False, MARATHON, "clarify", ()),
    ("wonderful. just wonderful. 🙄", False, RODEO, "clarify", ()),
    ("sure, that's totally what a walrus looks like", False, WALRUS, "clarify", ()),
    ("that looks awful lol", False, CRADLE, "clarify", ()),
    ("well that's a disaster", False, ANVIL, "clarify", ()),
)

ACTING: tuple[Dev, ...] = (
    # praise or a reaction, then a real request
    ("love the silver! now make the propeller black", False, HANGAR, "edit", _edit("make the propeller black")),
    ("thanks! now remove the oil drums", False, HANGAR, "edit", _edit("remove the oil drums")),
    (
        "the rainbow piñata is perfect, add confetti in the air",
        False,
        PINATA,
        "edit",
        _edit("add confetti in the air"),
    ),
    (
        "great job 👍 remove the excavator too",
        False,
        BULLDOZER,
        "edit",
        _edit("remove the excavator", "remove the excavator too"),
    ),
    ("so cozy. make the armchair dark red", False, KNITTING, "edit", _edit("make the armchair dark red")),
    (
        "looks amazing, can you also make the lantern glow",
        False,
        KIMONO,
        "edit",
        _edit("make the lantern glow", "also make the lantern glow"),
    ),
    (
        "ty 🙏 now add a little moon to the mobile",
        False,
        CRADLE,
        "edit",
        _edit("add a little moon to the mobile"),
    ),
    ("haha love it, give the walrus a party hat", False, WALRUS, "edit", _edit("give the walrus a party hat")),
    ("sparks look sick 🔥 make the apron brown", False, ANVIL, "edit", _edit("make the apron brown")),
    ("perfect finish tape, now make the medal gold", False, MARATHON, "edit", _edit("make the medal gold")),
    (
        "the green is a lot but i like it. now make the radio red",
        False,
        KNITTING,
        "edit",
        _edit("make the radio red"),
    ),
    (
        "the jetty looks dull, paint it white",
        False,
        SURFER,
        "edit",
        _edit("paint the jetty white", "make the jetty white", "paint it white"),
    ),
    (
        "the worker looks lonely lol, add a second worker",
        False,
        BULLDOZER,
        "edit",
        _edit("add a second worker"),
    ),
    # a question, a plan or a story, then a request now
    ("can you make the rider smile?", False, RODEO, "edit", _edit("make the rider smile")),
    ("can u make the pelican bigger", False, SURFER, "edit", _edit("make the pelican bigger")),
    (
        "could you remove the whistle from the zookeeper",
        False,
        WALRUS,
        "edit",
        _edit("remove the whistle from the zookeeper"),
    ),
    ("ok i've decided, make the vest darker", False, BULLDOZER, "edit", _edit("make the vest darker")),
    ("ok do it now: remove the crowd", False, MARATHON, "edit", _edit("remove the crowd")),
    ("i thought about it, add snow on the summit", False, GLACIER, "edit", _edit("add snow on the summit")),
    (
        "my sister wants the oil drums red so lets do that, make them red",
        False,
        HANGAR,
        "edit",
        _edit("make the oil drums red", "make them red"),
    ),
    (
        "this is my grandpa's plane, make it look freshly painted",
        False,
        HANGAR,
        "edit",
        _edit("make it look freshly painted", "make the plane look freshly painted"),
    ),
    (
        "the bronco is called thunder, add lightning in the sky behind him",
        False,
        RODEO,
        "edit",
        _edit("add lightning in the sky behind him", "add lightning in the sky behind the bronco"),
    ),
    (
        "we took this in kyoto, add a few more blossoms falling",
        False,
        KIMONO,
        "edit",
        _edit("add a few more blossoms falling"),
    ),
    (
        "my uncle is the blacksmith, make his hammer look shinier",
        False,
        ANVIL,
        "edit",
        _edit("make his hammer look shinier"),
    ),
    # a behaviour instruction with a request
    ("be careful with her face, and remove the radio", False, KNITTING, "edit", _edit("remove the radio")),
    (
        "keep the colours natural and remove the water cups",
        False,
        MARATHON,
        "edit",
        _edit("remove the water cups"),
    ),
    (
        "dont touch the baby, just make the blanket yellow",
        False,
        CRADLE,
        "edit",
        _edit("make the blanket yellow", "just make the blanket yellow"),
    ),
    # a greeting or thanks with a request
    ("hey 👋 can you remove the clouds", False, GLACIER, "edit", _edit("remove the clouds")),
    ("yo 🤙 make the wave bigger", False, SURFER, "edit", _edit("make the wave bigger")),
    ("morning! add a flag on the summit", False, GLACIER, "edit", _edit("add a flag on the summit")),
    ("thx!! now put a cowboy hat on the bronco lol", False, RODEO, "edit", _edit("put a cowboy hat on the bronco")),
    # requests that look like ones the editor cannot serve but edit the photo
    (
        "write 'FINISHER' across the banner",
        False,
        MARATHON,
        "edit",
        _edit("write 'FINISHER' across the banner"),
    ),
    (
        "add text at the bottom that says happy 5th birthday leo",
        False,
        PINATA,
        "edit",
        _edit("add text at the bottom that says happy 5th birthday leo"),
    ),
    (
        "make it look like an old film photo",
        False,
        HANGAR,
        "edit",
        _edit("make it look like an old film photo"),
    ),
    ("put the word thunder on the fence", False, RODEO, "edit", _edit("put the word thunder on the fence")),
    # reactions that ask for another try or a different strength
    ("the sparks look fake, try again", False, ANVIL, "retry", _retry()),
    ("love the idea but the disco ball is blurry, one more time", False, KARAOKE, "retry", _retry()),
    ("the green is a lot, tone it down a bit", False, KNITTING, "retry", _retry("weaker")),
    ("the dust is kinda weak, more", False, RODEO, "retry", _retry("stronger")),
    # plain edits in these scenes
    ("remove the lasso", False, RODEO, "edit", _edit("remove the lasso")),
    ("make the crevasse deeper blue", False, GLACIER, "edit", _edit("make the crevasse deeper blue")),
    ("add a seagull next to the pelican", False, SURFER, "edit", _edit("add a seagull next to the pelican")),
    ("make the lyrics screen blue", False, KARAOKE, "edit", _edit("make the lyrics screen blue")),
    ("remove the tongs", False, ANVIL, "edit", _edit("remove the tongs")),
    ("make the parasol purple", False, KIMONO, "edit", _edit("make the parasol purple")),
    ("add a plush rabbit in the cradle", False, CRADLE, "edit", _edit("add a plush rabbit in the cradle")),
    ("make the zookeeper's shirt green", False, WALRUS, "edit", _edit("make the zookeeper's shirt green")),
    ("make the runway wet like after rain", False, HANGAR, "edit", _edit("make the runway wet like after rain")),
    ("give the runner sunglasses", False, MARATHON, "edit", _edit("give the runner sunglasses")),
    ("remove the blindfold", False, PINATA, "edit", _edit("remove the blindfold")),
    ("pls make the crane red", False, BULLDOZER, "edit", _edit("make the crane red")),
    (
        "here's the second angle, remove the pilot",
        True,
        HANGAR_THEN_PHOTO,
        "edit",
        _edit("remove the pilot"),
    ),
    # an explicit undo after a complaint
    ("the orange looks cheap, undo", False, SURFER, "undo", _goto(0)),
    ("hmm no the old rainbow piñata with streamers was better", False, PINATA, "undo", _goto(1)),
)

TALK4: tuple[Dev, ...] = (
    *REACTIONS,
    *QUESTIONS,
    *PLANS,
    *STORIES,
    *CANNOT,
    *BEHAVIOUR,
    *GREETINGS,
    *SARCASM,
    *ACTING,
)
"""Every turn of the set, all with the session's last round current."""


def talk4_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case."""
    return as_cases(TALK4, "talk4")
