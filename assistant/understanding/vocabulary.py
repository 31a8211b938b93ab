"""The words, patterns and intent groups that several readers share: edit verbs, determiners, looks, places,
numbers, people, fillers, and which intents edit or retry."""

from __future__ import annotations

import re

from assistant.references import NUMBER_WORDS
from language.action import vocab

MIN_CONFIDENCE = 0.3
"""Below this probability of its best intent, a turn is answered with a clarifying question."""
ACT_OF = {
    "edit_same": "edit",
    "edit_object": "edit",
    "stronger": "retry",
    "weaker": "retry",
    "correct_object": "correction",
    "correct_attribute": "correction",
    "correct_whole": "correction",
    "greeting": "talk",
    "thanks": "talk",
    "praise": "talk",
    "capability": "talk",
    "hold": "talk",
    "out_of_scope": "talk",
}
EDITING = frozenset(
    {
        "edit",
        "edit_same",
        "edit_object",
        "retry",
        "stronger",
        "weaker",
        "correct_object",
        "correct_attribute",
        "correct_whole",
    }
)
"""Intents whose calls make a new round."""
RETRYING = frozenset({"retry", "stronger", "weaker"})
"""Editing intents that repeat the last instruction."""
BARE_READINGS = frozenset({"clarify", "edit", "edit_object", "correct_object", "correct_attribute", "correct_whole"})
"""Readings of a turn that make or correct an edit, or find it unclear: what a bare colour or a request that
breaks off is read as by the model."""
NUMBER = r"(?:\d+|" + "|".join(NUMBER_WORDS) + r")"
EDIT_VERB = (
    r"(?:make|turn|change|remove|delete|erase|add|put|place|replace|give|paint|colou?r|recolou?r|dye|convert|"
    r"transform|swap|insert|get\s+rid\s+of|take\s+(?:away|out|off)|brighten|darken|blur|sharpen|hide|draw|write)"
)
EMOJI = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]"
"""One emoji character (or its joiner or variation selector)."""
TRAILERS = re.compile(
    r"(?:[\s,]+(?:and\s+)?(?:(?:pretty\s+)?(?:please|pls|plz)|(?:thanks|thank\s+you|thx|ty)(?:\s+(?:in\s+advance|so\s+much|a\s+lot|very\s+much))?|"
    r"cheers|too|also|as\s+well|for\s+me|brb|gtg|afk|typo|my\s+bad|(?:i\s+)?typed\s+(?:it\s+|\w+\s+)?(?:wrong|by\s+(?:accident|mistake))|"
    r"(?:stupid\s+|damn\s+)?autocorrect(?:ed)?|"
    r"(?:right\s+)?now|right\s+away|then|"
    r"instead|again|actually|sorry|sry|obviously|obvs|if\s+possible|if\s+you\s+(?:can|could)|real\s+quick|asap|:\)|[:;]-?[)D(]|"
    r"if\s+that'?s\s+(?:ok(?:ay)?|alright|all\s+right|fine|possible|cool)|"
    r"if\s+(?:it'?s|that'?s|thats|its)\s+not\s+(?:too\s+much\s+)?(?:trouble|bother|a\s+problem)|if\s+(?:that\s+works|you\s+don'?t\s+mind)|"
    r"when\s+you\s+(?:can|get\s+a\s+chance)|this\s+time|for\s+now|or\s+(?:something|smth|sth|st)(?:\s+like\s+that)?|"
    r"here\s+(?:too|as\s+well)|(?:in|for)\s+this\s+(?:one|photo|picture|pic|image)|on\s+this\s+(?:version|round)|"
    r"(?<!look\s)(?<!looks\s)like\s+(?:(?:you|u)\s+did\s+(?:it\s+)?(?:on|to|for|with|in)\s+the\s+(?:other|last|previous|first)"
    r"(?:\s+(?:one|photo|picture|pic|image))?|(?:in|on)\s+the\s+(?:other|last|previous|first)\s+(?:one|photo|picture|pic|image)|"
    r"the\s+(?:other|last|previous|first)\s+(?:photo|picture|pic|image))|"
    r"you\s+know(?:\s+what\s+i\s+mean)?|full\s+stop|"
    r"that'?d\s+be\s+(?:great|nice|awesome|amazing|perfect|lovely|cool|fab)|"
    r"maybe|nothing\s+else|lol|lmao|haha+|hehe+|xd|rn|right\s+now|fr(?:\s+fr)?|tbh|ngl|k\s+thx|"
    rf"(?:can|could)\s+(?:you|u)(?:\s+(?:do|fix)\s+(?:that|it))?|{EMOJI}+)[\s.!?]*)*[\s.!?,;:]*$",
    re.I,
)
LIST_START = re.compile(
    rf"^(?:(?:step|#)\s*)?(?:1[.):]|a\))\s+|(?:^|(?<=[\s:.!])(?<!\bround\s)(?<!\bversion\s)(?<!\bv\s))"
    rf"(?:(?:step|#)\s*)?(?:1[.):]?|a\))\s+(?={EDIT_VERB}\b)",
    re.I,
)
"""Where a numbered list of requests starts: at the turn's start, or after a lead-in when an edit verb follows ("two
things. 1 remove ..."), never at a round's number ("in round 1 make ...")."""
IMPERATIVE = re.compile(rf"^{EDIT_VERB}\b", re.I)
IN_ANOTHER_STYLE = r"\s+(?:it|this|that|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:in\s+the\s+style\s+of|as\s+an?)\s"
"""What follows "redo" when a thing is redone in another style ("redo the tabby as a pencil sketch")."""
PHOTO_VERB = (
    rf"(?:{EDIT_VERB}|sprinkle|scatter|hang|attach|stick|cover|fill|light\s+up|cut|chop|trim|crop|flip|rotate|move|"
    r"shift|enlarge|shrink|resize|tint|glaze|stain|varnish|lacquer|shine|neaten|freshen|spruce|perk|jazz|liven|"
    r"smarten|glam|cosy|cozy|de-?clutter|unclutter|fade|dim|tone\s+down|highlight|melt|burn|freeze|wrap|decorate|dress|plant|"
    r"grow|pour|spill|splash|spray|switch\s+(?:on|off)|shoot|kill|hack\s+off|chop\s+off|run|drop|throw|fix|clean|"
    r"wash|repaint|age|zoom|extend|widen|straighten|whiten|blacken|redden|cartoonify|stylize|tidy|soften|adjust|"
    r"take(?!\s+(?:an?\s+(?:break|breather|rest|pause|look|peek|minute|moment|sec|second|nap|walk|while|guess)|"
    r"(?:your|my|our)\s+time|care)\b)|"
    r"destroy|blow|open|close|exchange|lose|wipe|pop|clear|light|warm|cool|lighten|smooth|retouch|colou?ri[sz]e|"
    r"saturate|desaturate|boost|bump(?!\s+(?:it|that|this|them)\b)|reduce|increase|decrease|braid|curl|raise|lower|lift|tilt|mirror|invert|blend|"
    r"animate|sketch|give|stretch|bend|complete|round\s+off|fold|unfold|stack|duplicate|clone|reflect|rust|gut|attack|"
    r"assassinate|amputate|exterminate|drill|electrocute|strip|choke|inject|blast|slap|thicken|thin|sharpen|crop|tan|age|switch|apply|cent(?:er|re)|"
    r"declutter|polish|frost|pixelate|pixeli[sz]e|unblur|illuminate|lengthen|shorten|glaze|render|trade|ditch|zap|"
    r"restyle|beautify|redraw|restore|repair|mend|push(?!\s+(?:it|that|this|them)\b)|pull(?!\s+(?:up|back|it|that|this|them)\b)|"
    r"set(?=\s+.+\s+(?:on\s+fire|ablaze|alight|free|loose)\b)|"
    r"(?:stamp|engrave|emboss|embroider|stencil|etch)(?=\s+.+\s+(?:on|onto|across|into)\s)|stab|smash|shatter|drown|flood|explode|crack|break|bury|"
    r"tear|rip|crush|squash|dent|scratch|slash|wreck|burst|soak|drench|dunk|submerge|splatter|stain|smear|sink|topple|"
    r"knock\s+(?:over|down)|knock(?=\s+.+\s+(?:over|down)\b)|tip\s+over|rake|shred|cut\s+down|chop\s+down|behead|decapitate|murder|nuke|torch|bomb|"
    r"crash(?=\s+.+\s+into\b)|terminate(?=\s+(?:the|that|this|those|these|his|her|their)\s)|"
    r"bring(?!\s+(?:back|me|us|it|that|this|them)\b)|do(?=\s+(?:it|this|the\s+(?:photo|picture|image|pic))\s+(?:as|in)\s)|"
    rf"get(?=\s+.+\s+out\s+of\b)|redo(?={IN_ANOTHER_STYLE})|"
    r"(?:improve|enhance)(?=\s+(?:the|his|her|their)\s+(?!(?:photo|picture|image|pic|shot|whole|overall|quality|"
    r"thing|look|vibe|composition)\b)[a-z]))"
)
"""Verbs that can start a photo edit: the common ones above and rarer ones the model's edits may start with, violent
ones included, since they only change pixels ("set the treehouse on fire", "smash the glass"; a
thing pushed, pulled or brought somewhere, not "bring it back" or "push it further"; a part of the photo improved,
not the photo as a whole: "improve the lighting on the faces")."""
POSSESSIVE = "his|her|their|my|our"
"""The words that say whose a thing is ("her scarf"), as alternatives to put inside a group (`OWNER`)."""
OWNER = rf"(?:the|{POSSESSIVE})"
"""The word that opens a named thing, the one there is or someone's ("the green", "my bike")."""
DEFINITE = rf"(?:the|this|that|these|those|{POSSESSIVE})"
"""The word that opens one known thing: `OWNER`'s words and the pointing ones ("that lamp")."""
DETERMINER = rf"(?:the|a|an|this|that|these|those|{POSSESSIVE}|some)"
"""Any word that opens a thing: `DEFINITE`'s words and "a", "an", "some"."""
REQUEST_START = re.compile(
    rf"^(?:{EDIT_VERB}|undo|redo|revert|go|show|compare|share|export|download|retry|revoke|stop\s+sharing"
    r"|do\s+the\s+same(?:\s+thing)?\s+(?:with|to|for|on)\s"
    rf"|{PHOTO_VERB}(?:\s+(?:up|out|off|down|away))?\s+(?:{DETERMINER}|all|every|it|them)\b)\b",
    re.I,
)
_SPARK = r"(?:life|character|personality|soul|energy|vibes?|spice|pizzazz|oomph|magic|wow)"
"""Something a photo is said to lack without saying what would give it ("more life", "some pizzazz")."""
VAGUE = re.compile(
    r"^\w+\s+(?:it|this(?:\s+one)?|that|everything|him|her|them|me|us|"
    r"(?:the|this|my)\s+(?:[\w'-]+\s+){0,2}?(?:photo|picture|image|pic|shot))\s+(?:look\s+|feel\s+)?"
    r"(?:(?:a\s+)?(?:bit|little|lot)\s+|more\s+|less\s+|much\s+|way\s+)*(?:better|nicer|good|great|pop|professional|pretty|"
    r"prettier|cool|cooler|amazing|awesome|perfect|beautiful|interesting|fancy|fancier|special|different|right|okay|slap|"
    r"ok|fine|nice|aesthetic|instagrammable|insta-?worthy|presentable|epic|boring|bland|meh|blah|basic|lame|bad|ugly|"
    r"awful|terrible|weird|expensive|classy|classier|high[\s-]end|luxurious|posh|elegant|grand|grander|appeti[sz]ing|"
    r"festive|magical|magic|stunning|gorgeous|snazzy|jazzy|alive|lively|livelier|emotional|moving|touching|meaningful|"
    r"personal|heartfelt|memorable|iconic|like\s+home|like\s+a\s+million\s+(?:bucks|dollars))(?:\s+af)?$"
    r"|^(?:give|add)\s+(?:it|this|that|him|her|them)?\s*(?:some\s+|more\s+|a\s+(?:bit|little)\s+(?:of\s+|more\s+)?)?"
    rf"{_SPARK}$"
    r"|^(?:make|get)\s+(?:the|this|that|my|our|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?\s+(?:look\s+|feel\s+)?"
    r"(?:(?:a\s+)?(?:bit|little|lot)\s+|more\s+|much\s+|way\s+)*"
    r"(?:better|nicer|good|great|pretty|prettier|beautiful|amazing|awesome|perfect|nice|wow|epic|fun|inviting|alive|different|"
    r"interesting|exciting|special|lively|livelier|cute|cuter|aesthetic|vibey|stand\s+out|expensive|classy|classier|"
    r"high[\s-]end|luxurious|posh|elegant|grand|grander|festive|magical|magic|stunning|gorgeous|lovely|snazzy|jazzy)"
    r"(?:\s+for\s+[\w\s'-]+)?"
    r"(?:[\s,]+(?:somehow|idk|ideas|any\s+ideas|i\s+guess))?$"
    r"|^(?:give|add)\s+(?:the|this|that|my|our)\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:some\s+|more\s+)"
    rf"{_SPARK}$"
    r"|^(?:it\s+|this\s+|that\s+)?needs?\s+(?:a\s+(?:bit|little)\s+|way\s+|much\s+|some\s+)?(?:more\s+)?"
    rf"{_SPARK}$"
    r"|^(?:the\s+usual|(?:same\s+)?as\s+usual|like\s+always)(?:\s+(?:one|thing|pls|please|plz))*$"
    r"|^(?:make|get)\s+(?:it|this|that|them|him|her)\s+(?:look\s+)?(?:like|as)\s+(?:before|earlier)$"
    r"|^give\s+(?:it|this|that|them|(?:the|this|that|my|our)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:an?\s+)?(?:little\s+)?"
    r"(?:makeover|glow[\s-]?up|facelift|refresh|upgrade)$"
    r"|^(?:fix|improve|sort|tweak|adjust|lift|boost)\s+(?:the\s+)?(?:vibes?|mood|feel|feeling|energy|atmosphere)"
    r"(?:\s+(?:of|in|on)\s+(?:the|this|that|my|our)\s+[\w\s'-]+)?$"
    r"|^(?:add|apply|put\s+on|use)\s+(?:a|an|some)\s+(?:(?:nice|cool|good|fun)\s+)?(?:filter|effect|preset)s?"
    r"(?:\s+(?:to|on)\s+(?:it|this|the\s+(?:photo|picture|pic|image)))?$",
    re.I,
)
"""An edit that names no change, only a wish for it or a named thing to look good ("make it look professional",
"make her look nice", "make it instagrammable", "make it look expensive", "give it some life", "make the temple look
better", "make the steamer look grander", "make the shop more inviting", "give the tower more character", "give it a
makeover", "fix the vibe of the lake pic", "the usual pls"), or only a look from before that could be any round
("make it like before")."""
BREAKS_OFF = re.compile(
    r"(?:^|\s)(?:the|a|an|to|into|with|and|or|but|of|from|than|as|some|my|your|their|our|uh+|um+|erm|for|like|"
    r"about|onto|towards?|without|(?:that|which)\s+(?:says|reads)|it'?s|they'?re|he'?s|she'?s)[\s,.…-]*$"
    r"|(?<!\bi)(?<!\byou)(?<!\bu)(?<!\bwe)(?<!\bthey)\s+(?:say|says|saying)[\s,.…-]*$"
    r"|^(?:make|turn|get)\s+(?:the|this|that|my|our|his|her|their)\s+[\w'-]+\s+(?:more|less)$"
    r"|^give\s+(?:the|this|that|these|those)\s+[\w'-]+$",
    re.I,
)
"""A request that breaks off before it says the change ("can you make the", "change the hull to", "remove the
uh", "make the harp more", "give the monks", "swap the lamp for", "make the drum look like", "make the sign say"):
unclear, however much it reads like an edit."""
OTHER_LOOK = re.compile(
    r"\b(?:the\s+)?other\s+(?:colou?r|one|shade|way|thing)\b|\b(?:another|different)\s+(?:colou?r|shade)\b"
    r"|^(?:change|make|turn|alter|switch)\s+the\s+colou?rs?\b"
    r"(?!.*\b(?:to|into|warmer|cooler|brighter|darker|softer|richer|deeper|lighter|more|less|pop)\b)"
    rf"(?!.*\s(?:{'|'.join(vocab.COLORS)})$)",
    re.I,
)
"""An edit towards "the other colour" or "another colour", or a colour change that names no colour: which one is not
said."""
DEFECT = (
    r"(?:scratch(?:es)?|stains?|cracks?|tears?|dust|spots?|blemish(?:es)?|red\s+eyes?|glare|noise|blur|"
    r"smudges?|wrinkles?|creases?|folds?|damage|scuffs?|dents?|marks?)"
)
"""A defect of a photo that a vague verb mends ("fix the scratches")."""
FIXES_DEFECT = re.compile(
    r"^(?:fix|repair|mend|restore|clean\s+up|touch\s+up|get\s+rid\s+of|remove)\s+"
    rf"(?:the|those|these|all\s+(?:the|those)|any|its|his|her|their|my)\s+(?:[\w'-]+\s+)?{DEFECT}\b",
    re.I,
)
"""A vague verb made exact by the defect it mends ("fix the scratches", "repair the torn creases"): an edit."""
POSITION_WORDS = r"left|right|top|bottom|middle|cent(?:er|re)|back|front|other"
"""Words for a place in the photo or "the other" one, not for an object."""
POINTS_BACK = re.compile(r"\b(?:it|them|him|her|that|this|those|these|one)\b", re.I)
"""A word that points at something said before ("make it bigger", "remove that one"): a request with one is read in
its context, never alone."""
QUESTION_WORD = re.compile(r"^(?:what|how|why|where|who|which|when)\b", re.I)
REMOVAL = r"remove|delete|erase|hide|get\s+rid\s+of|take\s+(?:away|out|off)"
LEAD_IN = re.compile(r"^(?P<lead>[^:\n]{1,40}?)(?::|\s+[-–—]+)\s+(?P<rest>.+)$", re.I | re.S)
"""A short lead-in clause before a colon or a dash ("quick one: ...", "from my trip - ...")."""
THE_PHOTO = re.compile(r"\b(?:photo|picture|pic|image|shot)\b", re.I)
"""A lead-in that names the photo, so that "it" after it is the photo ("try this pic: turn it into a watercolor")."""
GERUNDS = {
    "making": "make",
    "turning": "turn",
    "changing": "change",
    "removing": "remove",
    "deleting": "delete",
    "erasing": "erase",
    "adding": "add",
    "putting": "put",
    "placing": "place",
    "replacing": "replace",
    "painting": "paint",
    "colouring": "colour",
    "coloring": "color",
    "swapping": "swap",
    "blurring": "blur",
    "bluring": "blur",
    "sharpening": "sharpen",
    "brightening": "brighten",
    "darkening": "darken",
    "hiding": "hide",
    "getting": "get",
    "taking": "take",
    "moving": "move",
    "giving": "give",
    "cropping": "crop",
    "lightening": "lighten",
    "softening": "soften",
}
GERUND = re.compile(
    r"^(" + "|".join(GERUNDS) + r")\b(?=\s+(?:the|a|an|some|rid|this|that|my|his|her|their|our|its|it)\b"
    r"|\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:in|on|onto|into|over|under|behind|around|above|near|next\s+to)\s)",
    re.I,
)
"""A request that starts with a gerund ("how about making the lamp green", "mind adding confetti in the air")."""
ATTRIBUTES = sorted({*vocab.COLORS, *vocab.ADJECTIVES, *vocab.MATERIALS}, key=len, reverse=True)
ATTRIBUTE = "|".join(re.escape(a) for a in ATTRIBUTES)
RECOLOUR = r"(?:make|turn|paint|colou?r|recolou?r|dye|change|glaze|stain|repaint|spray[\s-]?paint|varnish|lacquer)"
SHADE_MORE = r"(?:dark|light|bright|pal|deep|soft|warm|cool|rich)er"
"""A shade said as more of it ("darker", "paler"): with a colour, a shade of it ("darker blue")."""
SHADE = (
    r"(?:light|dark|bright|pale|deep|clear|vivid|neon|pastel|soft|warm|cool|hot|rich|dusty|muted|emerald|navy|baby|sky|"
    r"forest|olive|mint|royal|lime|sea|blood|jet|ice|candy(?:\s+apple)?|fire\s+engine|electric|metallic|jade|"
    r"midnight|powder|burnt|fluoro|fluorescent|"
    rf"{SHADE_MORE})"
)
"""Words that qualify a colour ("emerald green", "bright red", "darker blue"): part of the attribute, not of the
object."""
COMMON_VERBS = (
    "make",
    "add",
    "remove",
    "delete",
    "erase",
    "change",
    "turn",
    "paint",
    "replace",
    "put",
    "give",
    "colour",
    "blur",
    "brighten",
    "darken",
    "sharpen",
)
"""Verbs whose misspellings are put right at the start of an instruction."""
SLANG_REMOVAL = re.compile(
    rf"\b(?:yeet|nuke|clone\s+out|retouch\s+out|photoshop\s+out)(?=\s+(?:{DETERMINER}|it|them)\b)|"
    r"(?:^|(?<=[,.;:!?]\s)|(?<=\bpls\s)|(?<=\bplease\s)|(?<=\bjust\s)|(?<=\band\s)|(?<=\bnow\s)|(?<=\bthen\s)|"
    r"(?<=\byou\s))(?:lose|ditch|scrap|nix|axe|bin)(?=\s+(?:the|this|that|these|those|his|her|their|my|our)\s+"
    r"(?!(?:last|latest|previous|recent|new|whole|entire|other|first|second|original|old)\b|"
    r"(?:change|edit|step|idea|plan|version|round|effect|filter|thing|stuff|one|look)s?\b)\w)",
    re.I,
)
"""Slang for removing a thing, read as "remove": "yeet the bin", "nuke it", "clone out the spectator", and a request
that opens with "lose", "ditch", "scrap", "nix", "axe" or "bin" and a thing of the photo ("lose the steam", "pls ditch
the sunglasses"); not an edit or a version ("scrap the last change", "ditch that idea": undo or talk), nor the verb
inside a story ("i always lose the remote")."""
VERB_LATER = re.compile(
    rf"(?:^|(?<=[\s,:;!.—–-]))(?P<tail>{PHOTO_VERB}\s+(?:{DETERMINER}\s+\S+|\S+\s+\S+).*)$",
    re.I,
)
"""An edit verb later in a turn, with an object after it."""
REPORTED = re.compile(
    r"(?<!\bi\s)\b(?:said|says(?!\s*$))\b|\b(?:suggested|keeps?\s+(?:telling|saying)|(?:told|asked)\s+(?:me|us|if|whether)|"
    r"(?:wants?|wanted)\s+(?:me|us)|wants\s+to(?=\s*$)|used\s+to|remember\s+(?:when|how|that\s+time)|(?:was|were)\s+(?:going|gonna)|thought\s+(?:about|of)|"
    r"(?:i|we)\s+(?:could|might|may)(?:\s+(?:later|someday|one\s+day))?(?:\s+ask\s+you\s+to)?|"
    r"(?:i|we)(?:'ll|\s+will)\s+(?:\w+\s+)?(?:ask|tell)\s+you|^\s*might)\b",
    re.I,
)
"""Words before an edit verb that tell of an edit rather than ask for it: someone else's wish, a habit, a plan
given up, only possible or for later ("my friend said to make the sky pink", "i was going to ask you to remove the
car", "i might add my grandpa later", "our designer wants to make it gold", "tomorrow i'll ask you to add a rug");
"says" right before the verb passes a request on ("my wife saw it, she says remove the kid")."""
SOMEONE = (
    r"(?:(?:my|his|her|their|our|the|a|an|this|that)(?:\s+(?!(?:i|we|you|u)\b)[\w'-]+){1,5}?|mom|mum|dad|everyone|"
    r"everybody|someone|somebody|he|she|they)"
)
"""Someone other than the person typing ("my wife", "the guy at the shop", "mum", "they")."""
SOMEONE_ELSE = re.compile(
    rf"^{SOMEONE}\s+(?:wants(?!\s+to\s+(?:know|see|ask|check)\b)|prefers|likes|thinks|"
    r"said|says?(?=\s+(?:the|a|an|this|that|these|those|his|her|their|its|it|they|he|she|we|i)\b)|suggested|told\s+me|"
    r"asked\s+me|keeps\s+saying)\b",
    re.I,
)
"""A turn that opens with someone else's wish ("my wife wants the kayak red but i like orange", "the guy at the shop
said to paint it green"): not the person's own request, so one question rather than an edit. `REPORTED` is the
same telling found before a later edit verb, where the edit is only told of."""
OPPOSITES = frozenset(
    frozenset(pair)
    for pair in (
        ("brighter", "darker"),
        ("lighter", "darker"),
        ("bigger", "smaller"),
        ("larger", "smaller"),
        ("warmer", "cooler"),
        ("warmer", "colder"),
        ("longer", "shorter"),
        ("taller", "shorter"),
        ("thicker", "thinner"),
        ("wider", "narrower"),
        ("higher", "lower"),
        ("louder", "quieter"),
    )
)
"""Comparatives that undo each other."""
COMPARATIVE_WORDS = frozenset(
    {word for pair in OPPOSITES for word in pair}
    | {f"{colour}{end}" for colour in vocab.COLORS for end in ("er", "r", f"{colour[-1:]}er")}
)
"""Comparatives of size, light and colour ("longer", "bluer", "redder"): said again alone after an edit that said
them, more of it."""
NO_THING = (
    r"(?!(?:the|a|an|this|that|these|those|my|our|his|her|their|your|some|i|it|he|she|we|they|you|u|me|mine|yours|"
    r"ours|theirs|hers|everything|everyone|everybody|something|someone|nothing|what|who|which|why|how|where|when|"
    r"there|here|photo|picture|pic|image|ok|okay|so|and|but|also|now|then|just|yes|no|lol|pls|please|plz|more|less|"
    r"much|bit|way|too|not|very|same|even|go|try|keep|want|need|like|love|nice|cool|great|good|lovely|perfect|fine|"
    rf"awesome|amazing|better|beautiful|pretty|cute|sure|yeah|yep|close|almost|again|fun|wow|haha|hmm|{PHOTO_VERB})\b)"
)
"""Words that cannot start the name of a thing said without a determiner."""
ANOTHER_TIME = re.compile(
    r"\b(?:some\s*day|one\s+day|tomorrow|tmrw|eventually|at\s+some\s+point|in\s+(?:the\s+)?future|from\s+now\s+on|"
    r"going\s+forward|later(?=[\s,]+(?:i|we)(?:'ll|\s+will|\s+might|\s+want|\s+wanna|\s+plan)\b)|(?<!\byou\s)later(?:\s+on)?(?=[\s,.!]*$)|"
    r"(?:it|that|this|them|those|these)\s+later|"
    r"next\s+(?:week|month|year|time|summer|winter|spring|autumn|fall)|"
    r"(?:but\s+)?not\s+(?:yet|now|just\s+yet|right\s+now)(?:\s+(?:though|tho))?(?=[\s,.!]*$)|"
    r"(?:in|on)\s+(?:a|the)\s+(?:later|future|next)\s+(?:photo|pic|picture|shot|image))\b",
    re.I,
)
"""A time that is not now ("could be fun to add snow someday", "might add the dog in a later pic", "keep it subtle
from now on", "later i'll remove the bin", "i'll add a moon later"): a plan or a wish for later edits told, not an
edit asked for now; "two days later we went back" dates a story."""
TRAILING_IT = re.compile(
    r"\s(?P<it>it|them)$|\b(?P<its>its)\s+(?=[\w'-])"
    r"|\s(?:to|on|onto|around|over|under|behind|in|into|beside|above|below|across|along)\s(?P<mid>it|them)"
    r"(?=\s*,|\s+(?:that|which|with|like)\b)",
    re.I,
)
"""An instruction that ends on "it" or "them" ("add some rust to it", "put some mud on them"), speaks of "its" part
("open its door") or puts something on "it" before saying more ("add a pattern to it, like persian rugs", "add a
sign on it that says 'open'")."""
POLITE = re.compile(r"\b(?:please|pls|plz|pl[sz]e)\b", re.I)
PRONOUN = re.compile(rf"^(?P<verb>{EDIT_VERB})\s+(?:it|that|them)\b(?!\s+(?:one|photo|picture|image|pic)\b)", re.I)
PHOTO_PRONOUN = re.compile(
    rf"^(?P<verb>{PHOTO_VERB})\s+(?:it|that|(?:(?:all|both)\s+of\s+)?them)\b(?!\s+(?:one|photo|picture|image|pic)\b)",
    re.I,
)
"""Any photo verb applied to "it" ("move it higher up", "take it out", "make all of them blue")."""
HER_DONE_TO = (
    r"(?=\s*$|\s+(?:a|an|the|some|up|down|out|off|away|in|on|to|into|look|laugh|smile|wave|jump|sit|stand|wear|hold|"
    r"cry|dance|run|walk|lie|turn|face|closer|bigger|smaller|taller|shorter|happier|younger|older)\b)"
)
""""her" as the one something is done to ("make her laugh", "put a hat on her", "make her bigger"), not "her hat"."""
PERSON_PRONOUN = re.compile(rf"^(?P<verb>{PHOTO_VERB})\s+(?:him|them|her{HER_DONE_TO})(?![\w'-])", re.I)
"""A photo verb applied to someone named before ("the gardener, make him smile", "the old lady, give her a hat"); "her"
only where it cannot be "her hair"."""
OWNER_PRONOUN = re.compile(rf"^(?P<verb>{PHOTO_VERB})\s+(?:his|their|its)\s+(?=[\w'-])", re.I)
"""A photo verb applied to a part of someone named before ("the chef, change his headband to red")."""
NOT_PART = re.compile(
    r"(?:^|[,.!;]\s*)not\s+(?:the\s+)?[\w\s'-]+?(?:[,.!;]+\s*(?:but\s+)?|\s+but\s+)|,?\s*(?:\b(?:and|but)\s+)?\bnot\s+(?:the\s+)?[\w\s'-]+$"
    r"|(?<=\w)\s+no\s+(?!i\b|wait\b|no\b)[\w'-]+$|^(?:[\w\s'-]+?\s+)?(?:is|was)\s+(?:the\s+)?wrong(?:\s+colou?r|\s+shade)?\b[\s,.!]*"
    r"|\s+(?:instead\s+of|rather\s+than)\s+[\w\s'-]+$",
    re.I,
)
"""What a correction rejects ("not the cup, ...", "..., not blue", "turquoise no blue", "blue is wrong, ...",
"the clipboard instead of the album")."""
NEGATED = re.compile(
    r"\b(?:not|no|instead\s+of|rather\s+than)\s+(?:(?:on|in|at|under|behind|by|near)\s+(?=the\s))?(?:the\s+|an?\s+)?"
    r"(?P<words>(?!(?:not|no)\b)[\w'-]+)|(?P<wrong>[\w'-]+)\s+(?:is|was)\s+wrong\b",
    re.I,
)
"""The word a correction rejects: which part of the instruction its other words replace ("not on the table": the
table)."""
OBJ = rf"(?P<obj>{DETERMINER}\s+[\w\s'-]+?)"
PLACE = (
    r"(?:in|on|onto|behind|over|above|under|below|next\s+to|near|around|beside|at|along|across|by|in\s+front\s+of|"
    r"against)"
)
SUGGESTED = re.compile(
    rf"(?:\b(?:how|what)\s+about|^(?:and|plus))\s+(?=(?:an?|some|more|a\s+few)\s+[\w\s'-]+?\s+{PLACE}\s+\S)"
    rf"|\b(?:how|what)\s+about\s+adding\s+(?=[\w'-]+(?:\s+[\w'-]+){{0,2}}?\s+{PLACE}\s+\S)",
    re.I,
)
"""A thing and its place put as a suggestion ("how about a rainbow over the fjord", "what about adding fairy lights
in the attic") or as one more ("and a baby
giraffe next to her"): an addition."""
COMPARATIVE = "|".join(sorted(COMPARATIVE_WORDS, key=len, reverse=True))
LOOK_SAID = rf"(?:{ATTRIBUTE}|{COMPARATIVE}|(?:more|less)\s+[a-z]+)"
"""How a thing should look, as a shared-verb pair says it: a colour, look or material, a comparative, or "more"/"less"
and a word ("the torches taller", "the smoke less thick")."""
LISTED = (
    (
        re.compile(
            rf"^(?P<verb>(?:remove|delete|erase)\s+){DETERMINER}\s+[\w'-]+(?:\s+[\w'-]+)?\s+{PLACE}\s+"
            rf"{DETERMINER}\s+[\w'-]+(?:\s+[\w'-]+)?$",
            re.I,
        ),
        re.compile(rf"^{DEFINITE}\s+[\w'-]+(?:\s+[\w'-]+){{0,2}}$", re.I),
    ),
    (
        re.compile(r"^(?P<verb>add\s+)(?:an?|some|more|two|three)\s+[\w'-]+$", re.I),
        re.compile(r"^(?:an?|some|more|two|three)\s+[\w'-]+$", re.I),
    ),
)
"""(first request, second half) of a removal or an addition whose verb a following "and <thing>" shares ("add a moon
and some stars"; "remove the people on the pier and the flag", where the thing would else read as part of the
place): one edit per thing. "remove the car and the bike" stays one edit."""
SAYS_OF = re.compile(
    r"\s(?:needs?|is|are|r|was|were|looks?|has|have|seems?|feels?|stays?|remains?|got|gets|turned|went|became)\s", re.I
)
"""A verb that makes words about a thing a sentence ("the harp needs more work", "the yarn is so green now"), not
the thing named alone, nor the thing and a colour for it."""
COLOUR_WORD = (
    r"gr[ae]y|navy|violet|indigo|magenta|cyan|ochre|brass|blonde?|burgundy|lavender|scarlet|amber|ivory|cream|"
    r"olive|coral|khaki|mint|peach|rose|emerald|mustard|charcoal|aqua|lilac|mauve|rust|platinum|chrome|neon|pastel|"
    r"gunmetal|taupe|cobalt|sage|fuchsia|cerulean|azure|vermilion|canary|saffron|periwinkle|chartreuse|jade|"
    r"celadon|terracotta|ruby|sapphire|tangerine|"
    r"light|dark|bright|pale|deep"
)
"""Colour words beyond the vocabulary's, and the words that shade a colour."""
COMPLAINT = rf"{OBJ}\s+(?:looks?|is|are|seems?)\s+[^,]+,\s+"
"""A complaint about a thing before the way it should change ("the sky looks so dull, more orange maybe")."""
VERDICT = r"[^,.;!?]+?\b(?:is|are|looks?|seems?)\b[^,.;!?]*"
"""A verdict on the result, up to the end of its clause ("the crowd is too much", "the mud looks like tar"): what a
way back or a change of strength may follow."""
SAID_OBJECT = re.compile(
    rf"^(?P<obj>{DETERMINER}\s+(?!(?:is|are|was|were|looks?|seems?|feels?)\b)[\w'-]+(?:\s+(?!(?:it|them|me|you|him|us)\b)[\w'-]+){{0,3}}?)"
    r"(?:\s+(?:is|are|was|were|looks?|seems?|ruins?|spoils?|needs?)\b[^,]*)?(?:,|\s+[-–—]+|:)\s+(?P<rest>.+)$",
    re.I,
)
"""An object named in a first clause, before the request that points back at it with "it"; a clause with a pronoun
of its own names none ("my sister hates it, remove it"), and neither do "this is my grandpa's plane, ..." and
"that looks weird, ..." ("it" stays the photo's or the last edit's)."""
COMMA_LEAD = re.compile(r"^(?P<lead>[^,]{1,60}),\s+(?P<rest>.+)$", re.I)
"""A short clause before a comma ("me at the ski lift, i want my goggles gone")."""
CORRECTION_MARK = re.compile(
    r"\b(?:instead|actually|rather|i\s+(?:meant|mean|said|wanted|asked)|no\s+wait|wrong|not\s+what\s+i)\b", re.I
)
"""Words that make a turn a correction."""
GONE = re.compile(
    rf"(?P<obj>{DETERMINER}\s+[\w\s'-]+?)\s+(?:removed|gone|deleted|erased|taken\s+(?:out|off|away|down)|"
    r"(?:had|has|needs?|needed)\s+to\s+go|(?:should|must)\s+go)",
    re.I,
)
"""An object wished away in a correction ("I wanted the bike removed") -> "remove the bike"."""
PRESENT = {
    "made": "make",
    "turned": "turn",
    "painted": "paint",
    "coloured": "colour",
    "colored": "color",
    "removed": "remove",
    "deleted": "delete",
    "erased": "erase",
    "added": "add",
    "changed": "change",
    "replaced": "replace",
    "put": "put",
    "moved": "move",
    "repainted": "repaint",
    "blurred": "blur",
    "brightened": "brighten",
    "darkened": "darken",
    "swapped": "swap",
    "drained": "drain",
    "emptied": "empty",
    "cleaned": "clean",
    "cropped": "crop",
    "flipped": "flip",
    "rotated": "rotate",
    "straightened": "straighten",
    "closed": "close",
    "opened": "open",
    "sorted": "sort",
    "sharpened": "sharpen",
}
DONT = re.compile(r"^(?:don'?t|do\s+not|never|no\s+need)\b", re.I)
"""A clause that says what not to do: never the corrected instruction."""
MEANT_FOR = re.compile(
    rf"(?:the\s+)?(?P<attr>[\w'-]+(?:\s+(?!(?:was|is|were|are)\b)[\w'-]+)?)\s+(?:(?P<said>was|is|were|are)\s+(?:meant\s+|supposed\s+to\s+be\s+)?)?for\s+"
    rf"(?P<obj>{DETERMINER}\s+[\w'-]+(?:\s+[\w'-]+)?)",
    re.I,
)
"""The look of the edit said to belong to another thing ("the gold was for the tinsel"), or a look for a thing ("silver
for the spoon"): that thing with that look."""
OTHER_SIDE = re.compile(r"^(?:the\s+|on\s+the\s+)?(?:other|opposite)\s+(?:side|one)$", re.I)
"""A correction that only flips the side of the last edit ("other side!", "I said left not right")."""
PLACED_LOOK = re.compile(
    rf"\s+(?P<where>(?:on|in|at)\s+(?:the\s+)?(?:far\s+)?(?:{POSITION_WORDS}|end|corner)(?:\s+(?:side|end|corner))?)"
    r"\s+(?P<look>[\w\s'-]+)",
    re.I,
)
"""Where the recoloured thing is, between it and its new look ("make the stool on the left | blue", "make the
kart in front | orange"): part of which thing it is, so a correction that names another thing drops it ("the
cooler i meant")."""
GIVE = re.compile(
    rf"^(?P<verb>give)\s+(?P<who>(?:{DETERMINER})\s+[\w'-]+(?:\s+(?!(?:in|with|on|at|by|wearing)\b)[\w'-]+)?"
    rf"(?:\s+(?:in|with|on|at|by|wearing)\s+{DETERMINER}\s+[\w'-]+(?:\s+[\w'-]+)?)?|him|her|them)"
    r"\s+(?P<thing>(?:a|an|some)\s+.+|[\w'-]+s)$",
    re.I,
)
"""An instruction that gives someone a thing ("give the tennis player a white headband", "give the guy in the
hoodie a party hat": who may be told apart by what they wear or where they are)."""
ADDING = r"add|put|place|insert|give|hang|draw|write"
MORE = r"more|extra|fewer|lots\s+of|loads\s+of|plenty\s+of"
"""How many more things an addition adds, without a determiner ("add more prawns", "add extra candles")."""
PERSON = (
    r"(?:grand)?(?:pa|ma|dad|mom|mum|father|mother|son|daughter)|granny|grandpa|grandma|dad|mom|mum|man|woman|boy|girl|"
    r"kid|child|lady|guy|baby|brother|sister|husband|wife|bride|groom|uncle|aunt"
)
"""Bare words for people ("grandpa, not dad"): who an addition goes on, not what it adds."""
ATTRIBUTE_WORDS = frozenset(
    word for phrase in (*vocab.COLORS, *vocab.ADJECTIVES, *vocab.MATERIALS, *vocab.HAIR) for word in phrase.split()
)
COLOUR_NAME = rf"(?:{COLOUR_WORD}|{'|'.join(vocab.COLORS)})"
"""One colour word, of the vocabulary's or beyond it."""
BARE_COLOUR = re.compile(
    rf"(?!(?:light|dark|bright|pale|deep)$)(?:(?:{SHADE}|{COLOUR_WORD})\s+)?"
    rf"(?:{'|'.join(vocab.COLORS)}|{COLOUR_WORD}|bronze|copper)",
    re.I,
)
"""A colour said alone ("teal", "dark green", "copper"; a shade alone is none): after a recolouring, that colour
instead."""
BASE_REF = (
    rf"the\s+original(?:\s+(?:[\w'-]+\s+)?(?:photo|image|picture|pic|shot)|\s+one)?|(?:round|version)\s*{NUMBER}|"
    r"the\s+(?:unedited|untouched|raw|uploaded)\s+(?:one|version|photo|image|picture|pic|shot)|(?:v|r)\s*\d{1,2}\b"
)
"""A round an edit is made on: the original ("the original beach pic", "the unedited pic") or a numbered round
("round 2", "v3", "r1")."""
BEFORE_AND_AFTER = r"\b(?:before|befor|b4)\s*(?:and|n|&|/|vs\.?|versus)\s*(?:after|aftr|afta)\b"
"""Before and after said together, with its usual typos ("befor and aftr", "b4 & after", "before vs after")."""
COMPARE_WORDS = re.compile(
    rf"^compare\b|{BEFORE_AND_AFTER}|\bside\s+by\s+side\b|\b(?:show|see)\s+(?:me\s+)?the\s+difference\b|"
    r"\b(?:show|see|display)\s+(?:me\s+)?(?:them\s+|em\s+|'em\s+|the\s+two\s+)?both"
    r"(?:\s+(?:of\s+them|together|at\s+once|please|pls|plz))*[\s.!?]*$",
    re.I,
)
"""Words that only ever ask for a comparison ("show me both": the two rounds the turn named)."""
TWO_THINGS = re.compile(rf"{DETERMINER}\s+[\w\s'-]+?\s+and\s+{DETERMINER}\s+[\w\s'-]+", re.I)
"""An object phrase that names two things ("the hobby horse and the cake stall"), not one ("the red and white
awning")."""
BESIDE = r"(?:behind|in\s+front\s+of|next\s+to|beside|near|by|at|on|under|above|below|opposite)"
"""Where a thing is beside another ("the one behind it", "the one by the pool"): the same kind of thing there."""
FOLLOW_LEAD = (
    r"(?:(?:ok(?:ay)?|and|also|now|then|next|pls|please|plz|great|cool|nice|perfect|thanks|thx|love\s+it|good|awesome|"
    r"actually)"
    r"[,.!:]?\s+)*"
)
NOT_A_ROUND_NEXT = (
    r"(?!\s+(?:the\s+)?(?:original|first|previous|last|latest|newest|round|version|upload|start|beginning)\b)"
)
"""What may not follow "apply that to" or "switch it to": a round ("switch it to the original" goes there)."""
_FOLLOW_OBJECT = (
    r"(?:(?:the\s+other|the|his|her|their)"
    r"(?:\s+(?!(?:other|same|thing|things|one|ones|rest|from|of|in|on|at|with|for|by|too|also)\b)[\w'-]+){1,3}?"
    r"(?:\s+(?:by|near|behind|beside|next\s+to|in\s+front\s+of|with)\s+the(?:\s+[\w'-]+){1,2}?)?"
    rf"|the\s+one\s+{BESIDE}\s+(?:it|him|her|them|the\s+[\w'-]+))"
)
"""The other object of a follow-up: "the goat", "the other karts", "the girl by the urn", "the one behind it"."""
ITS_PART = re.compile(
    r"(?:(?P<lead>(?:and|now|also|then|ok|okay|great|nice)[\s,]+)+)?(?:its|their)\s+(?P<part>(?!(?:fine|ok|okay|good|great|"
    r"perfect|better|worse|done|not|too|so|really|very|kinda|pretty|a|an|the|getting|looking|gone|way|much|now)\b)[\w'-]+"
    r"(?:\s+[\w'-]+)?)(?P<trail>(?:\s+(?:too|as\s+well|also))+)?(?:\s+(?:pls|please))?[\s.!]*(?(lead)|(?(trail)|(?!)))",
    re.I,
)
"""A part of the last edit's thing, said alone after it ("now its tap", "and their lids too"): that edit on the part."""
SAME_FOR = re.compile(
    rf"^{FOLLOW_LEAD}(?:(?:now\s+)?(?:do|apply|use|repeat|switch)\s+(?:the\s+same(?:\s+thing)?|that|this|it)\s+(?:for|with|to|on)"
    rf"{NOT_A_ROUND_NEXT}|same(?:\s+(?:thing|edit|change))?(?:\s+but)?\s+(?:for|with|on|to)"
    rf"|(?:now\s+)?do)\s+{_FOLLOW_OBJECT}(?:\s+(?:too|as\s+well|also))?(?:\s+(?:pls|please|plz))?[\s.!]*$"
    rf"|^{FOLLOW_LEAD}{_FOLLOW_OBJECT}\s+(?:too|as\s+well|also)(?:\s+(?:pls|please|plz))?[\s.!]*$"
    rf"|^{FOLLOW_LEAD}(?<![\w'])now\s+{_FOLLOW_OBJECT}(?:\s+(?:pls|please|plz))?[\s.!]*$",
    re.I,
)
"""The last edit on another object, said outright: "same for the goat", "now do the vase", "the peahen too", "do that
to the kettle too", "now the streamers", "apply that to the saucer"; never a round ("switch it to the original" goes
there)."""
NAMES_NOTHING = re.compile(
    r"\b(?:something|anything|stuff|whatever)\b|(?<!same\s)\bthings?\b|\b(?:this|that|it|one)[\s.!?]*$", re.I
)
"""A follow-up that names no object ("also do something cool with it", "the other thing too")."""
WITHDRAWN = re.compile(
    r"\b(?:keep|leave)\s+(?:it|this|that)(?:\s+(?:as\s+is|like\s+that|please|pls))?[\s.!]*$|\bnot\s+needed\b|"
    r"\bbut\s+(?:it'?s|its|it\s+is|that'?s|thats)\s+(?:fine|ok|okay|good|great|perfect)\b|"
    r"\b(?:it'?s|its|it\s+is|it\s+looks)\s+(?:perfect|good|great|fine)\b(?!.*\b(?:but|except)\b)|"
    r"\b(?:just|about)\s+right\b|\blater\b|\bif\s+i\s+(?:want|need|like)\b|\b(?:gonna|going\s+to|about\s+to)\s+(?:say|ask)\b|"
    r"\b(?:let\s+me|i'?ll)\s+(?:ask|think|check|show)\b|^(?:is|are|was)\s+(?:it|this|that)\s+too\b|^again\s*\?\s*\S|"
    r"\bdecided\s+against\s+(?:it|that|this)\b",
    re.I,
)
"""Words that take back or only wonder about an undo, a retry or a correction ("undo? nah keep it", "i was gonna say
try again but its fine", "can you make it stronger later?", "is it too much?", "thought about a moon, decided
against it"): nothing to do."""
AMENDING = re.compile(r"\b(?:again|undo|redo|revert|retry|stronger|weaker|subtler|too\s+much)\b", re.I)
"""Words of an undo or a retry: an unclear turn with them and `WITHDRAWN` words asks for nothing."""
UNDO_LEAD = r"^(?:(?:nvm|never\s*mind|ugh|meh|yikes|hmm+|no+(?:\s+thanks)?|nope|nah|e+w+|honestly|omg|lol)[\s,.!]*)*"
"""What may open an undo said in other words ("hmm no, ...")."""
TAKE_BACK = re.compile(
    UNDO_LEAD + r"(?:"
    r"(?:lose|scrap|ditch|bin|drop|reverse|cancel)\s+(?:it|that|this|(?:the|that|this)\s+(?:last\s+)?(?:change|edit|step))"
    r"(?:\s+(?:pls|please|plz))?|(?:nvm|never\smind)\sthat|"
    r"(?:lose|scrap|ditch|drop|undo|revert)\s+(?:the\s+)?(?:last|latest)\s+(?P<n>\w+)\s+(?:changes|edits|steps)|"
    r"can\s+we\s+not|(?:the\s+)?previous\s+version(?:\s+(?:pls|please|plz))?|"
    r"(?:restore|bring\s+back)\s+the\s+(?:old\s+one|version\s+before|one\s+before)|"
    r"(?:i\s+want\s+|(?:can|could|may)\s+(?:i|we)\s+(?:have|get)\s+|give\s+me\s+)?"
    r"the\s+(?:before|(?:old|previous|earlier)\s+(?:one|version|pic|photo))\s+back(?:\s+(?:pls|please|plz))?\??|"
    r"(?:the\s+)?(?:old|previous|earlier)\s+one(?:\s+(?:pls|please|plz|again))?|"
    r"(?:e+w+|yu+ck|gross|blech|bleh|yikes)[\s,.!]*(?:no+|nope|nah)(?:[\s,.!]+(?:thanks|thx|ty|thank\s+you))?|"
    r"(?:undo|revert)\s+all\s+(?P<all>" + NUMBER + r")|"
    r"(?:erase|delete|remove|get\s+rid\s+of|scrap|ditch|lose|drop|throw\s+away)\s+(?:what(?:ever)?|(?P<whole>everything|all))\s+"
    r"(?:that\s+)?(?:you|u)(?:'ve|\s+have)?\s+(?:just\s+)?(?:did|made|changed|added|put\s+in|done)|"
    r"(?:switch|change|set)(?:\s+(?:it|that|this|them))?\s+back(?:\s+(?:pls|please|plz|again))?"
    r")[\s.!]*$",
    re.I,
)
"""Undo in other words ("lose the last change", "scrap it", "meh scrap it", "nvm that", "can we not", "bring back
the old one", "no thanks, old one", "ew no", "yuck, nope", "undo all three", "change it back", "erase what you just
did"; `whole`: "remove everything you did"); `n` or `all` says how many edits when there are several. Disgust alone
("ew") stays unclear."""
WORSE = re.compile(
    UNDO_LEAD + r"(?:"
    r"(?:(?:that'?s|thats|it'?s|its|this\s+is|it\s+looks|(?:that|it)\s+made\s+it)\s+(?:(?:way|much|even|so\s+much)\s+)?|"
    r"(?:way|much|even|so\s+much)\s+)worse(?:\s+(?:now|than\s+(?:before|it\s+was|the\s+(?:old|previous|last)\s+one|"
    r"(?P<original>the\s+original(?:\s+(?:one|photo|pic|picture))?))))?|"
    r"(?:(?:it|that|this)\s+)?(?:was|looked|looks)\s+(?:(?:way|much|so\s+much|a\s+lot)\s+)?(?:better|nicer)\s+before"
    r"(?:\s+(?:you|u)\s+(?:touched|changed|edited)\s+it)?|"
    r"(?:before\s+|the\s+old\s+(?:[\w'-]+\s+){0,5}?|the\s+(?:version|one|photo|pic|picture|image)\s+before\s+)"
    r"(?:was|looked)\s+(?:(?:way|much|so\s+much|a\s+lot)\s+)?(?:better|nicer)|"
    r"(?:(?:great|wow|thanks|thank\s+you|thx|gee|nice|perfect|awesome|fantastic|lovely|brilliant|well|oh|cool)[\s,.!]+)*"
    r"(?:(?:you|u|that|this|it)\s+(?:just\s+|totally\s+|completely\s+)?(?:ruined|destroyed|wrecked|butchered)\s+"
    r"(?:it|this|that|everything|(?:(?:the|my|our|this|his|her|their)\s+)?(?:[\w-]+'s\s+)?(?:photo|picture|pic|image|shot))|"
    r"(?:now\s+)?(?:it'?s|its|it\s+is|that'?s|thats)\s+(?:totally\s+|completely\s+)?(?:ruined|destroyed|wrecked))"
    r")(?:\s+(?:tbh|honestly|imo|lol|tho|though))?[\s.!]*$",
    re.I,
)
"""A complaint that means an undo of the last edit ("that's worse", "way worse", "it looked better before you
touched it", "before was better", "the old lamp with the shade was nicer", "great, now it's ruined", "you ruined
my mum's photo"); never a question, nor a bare "worse" (a part of "worse? no, it's great"). Worse than `original`
goes back there."""
STRONGER_WORDS = re.compile(
    r"\b(?:too\s+(?:weak|subtle|faint|light|little|dull|pale|muted|tame|timid)|not\s+(?:strong|enough)|crank|harder|further|"
    r"double\s+it|(?:barely|hardly)\s+(?:visible|noticeable|see|notice)|(?:is|are|looks?)\s+(?:barely|hardly)\s+[a-z]+|"
    r"really\s+go\s+for\s+it|go\s+(?:all\s+in|big|wild)|"
    r"(?:turn|bring|kick|bump|ramp)\s+(?:it|that)\s+up|"
    r"intensify|more\s+(?:intense|dramatic|punch|oomph|saturated|vivid|vibrant)|(?:higher|more)\s+strength|stronger)\b",
    re.I,
)
WEAKER_WORDS = re.compile(
    r"\b(?:(?:way\s+|much\s+)?too\s+(?:much|strong|heavy|intense|extreme|loud)|(?:a\s+)?(?:bit|little|lil|tad)\s+much|"
    r"overcooked|overdone|overkill|"
    r"less\s+(?:saturated|intense|dramatic|strong|vivid|vibrant|extreme|obvious)|less|dial\s+(?:it|that)\s+back|"
    r"(?:turn|bring)\s+(?:it|that)\s+down|tone\s+(?:it\s+)?down|half\s+as\s+much|weaker|subtler|gentler|softer|"
    r"(?:lower|less)\s+strength|calm\s+(?:it|that)\s+down|over\s+the\s+top|go\s+(?:lighter|easier|softer)\s+on)\b",
    re.I,
)
"""Words that say which way a strength retry goes; a turn with both kinds says neither."""
SIZE = r"(?:smaller|bigger|larger|tinier|taller|shorter|fatter|thinner|wider|narrower)"
SIZE_ONLY = re.compile(rf"(?:an?\s+)?(?:(?:much|bit|little|lot|way|tad)\s+)*{SIZE}", re.I)
"""A size said alone ("smaller", "a bit bigger"): the added thing at that size."""
WHOLE_LOOK = re.compile(
    r"\b(?:look|style|art|feel|vibes?|filter|effect|tone|tint|glow|grain|finish|makeover|treatment|touch|edge|"
    r"contrast|exposure|saturation|brightness|black\s+and\s+white|sepia|vintage|retro|cinematic|dramatic|film)\b",
    re.I,
)
"""Words that make what is given to "it" a look of the whole photo ("give it a comic book style", "give it a film
look"), not a thing for an object ("give it a hat")."""
THING_CHANGE = re.compile(
    rf"\s+(?:to\s+|into\s+)?(?:(?:a\s+)?(?:bit|little|lot|much|way|tad)\s+)*(?:more\s+|less\s+)?"
    rf"(?:{BARE_COLOUR.pattern}|{SIZE}|big|small|tiny|huge|shiny|shinier|glossy|sparkly|sparklier|striped|stripy|stripey|spotted|spotty|"
    r"round|rounder|square|pointier|thicker)"
    r"(?:\s+(?:pls|please|plz|instead|too|again|one))*[\s.!?]*",
    re.I,
)
"""A change of a thing, not of the whole photo: a colour, a size, a shine ("blue", "a bit bigger", "to pink")."""
NOT_A_NOUN = re.compile(
    r"\s*$|\s+(?:to|into|onto|on|in|up|down|over|away|out|off|from|next|a|an|the|some|more|less|bit|little|pls|"
    r"please|plz)\b",
    re.I,
)
"""What may follow "this" or "that" used as a pronoun ("move that to the left"), where a noun would make it a
determiner ("remove that guy")."""
NUDGE = re.compile(
    r"(?:(?:a\s+)?(?:bit|little|tad|touch|smidge)\s+)?(?:more\s+|further\s+)?"
    r"(?:to\s+the\s+(?:left|right)|(?:higher|lower)(?:\s+up|\s+down)?|(?:up|down)(?:wards)?"
    r"|(?:closer|nearer)\s+to\s+(?:the|my|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?"
    r"|(?:further|farther)\s+(?:away\s+)?from\s+(?:the|my|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?)",
    re.I,
)
"""A nudge of where the last addition went ("a bit to the left", "a little more to the right", "higher", "closer to the
window")."""
DECLINED = re.compile(r"\?\s*(?:no+|nope|nah)\b", re.I)
"""A retry or undo asked about and declined in one turn ("go further? no, it's enough")."""
ROUND_TALK = re.compile(
    r"\bversions?\b|\boriginal\s+state\b|"
    r"^(?:return|redo|undo|revert|go\s+back|switch\s+back|bring\s+back|roll\s+back|take\s+(?:it|this|me|us)\s+back)\b|"
    r"^restore\b(?!\s+(?:the\s+|its\s+)?(?:faded|old|damaged|torn|scratched|colou?rs?|details?|contrast|sharpness|"
    r"original\s+(?!(?:photo|picture|image|pic|version|one|state|round|pls|please|plz|again|back|now)\b)[\w'-]+)\b)",
    re.I,
)
"""Words that speak of the session's rounds, never of what to change in the photo ("restore the faded colours"
and "restore the original glass colours" restore the photo itself)."""
SAME_AGAIN = re.compile(
    r"\b(?:(?:the\s+)?same\s+(?:thing|edit|change|treatment|again|here|please|pls|for|with|as\s+(?:before|the\s+last))|"
    r"same\s+[\w'-]+\s+(?:thing|edit|change|treatment)\b|like\s+last\s+time|"
    r"do\s+the\s+same|ditto|likewise|"
    r"(?:do|repeat)\s+what\s+you\s+did\s+(?:before|earlier|last\s+time|(?:to|with|on)\s+the\s+(?:other|last|first))|"
    r"(?:do|edit)\s+this\s+one\s+(?:as\s+well|too)|"
    r"(?:try|redo|repeat|apply|do)\s+(?:it|that|again|it\s+again|that\s+again)\s+(?:on|for|with|to)\s+this"
    r"(?:\s+(?:one|pic|photo|picture|image|version))?|"
    r"make\s+(?:it|this(?:\s+one)?)\s+look\s+like\s+the\s+(?:last|other|first|previous)\s+(?:one|photo|pic|picture))\b",
    re.I,
)
"""Words that ask, with a new photo, for the last edit again on it ("backyard, same thing please", "can you do this one
as well", "try it on this one", "make it look like the last one", "same flame edit as yesterday pls", "the crowd w
flags like last time"); never after "don't" (`NOT_THE_SAME`)."""
NOT_THE_SAME = re.compile(
    r"\b(?:don'?t|dont|do\s+not|not|no)\s+(?:(?:do|repeat|redo|copy|apply|reuse)\s+)?(?:the\s+)?"
    r"(?:same|(?:last|previous)\s+(?:edit|change|one))\b",
    re.I,
)
"""The last edit said not to be made again ("another one from that trip, dont do the same edit this time", "dont
repeat the last edit on this one")."""
ON_THIS = r"(?:on|for|to|with|in)\s+this\b"
"""Where a new photo is pointed at ("but on this", "for this one"): the photo, not a change of the last edit."""
SAME_BUT = re.compile(
    r"^(?:(?:ok(?:ay)?|and|now|so|pls|please|plz|can\s+you|could\s+you|here)[\s,]+)*(?:do\s+)?"
    r"(?:(?:the\s+)?same(?:\s+(?:thing|edit))?|(?:this|that|it)(?:\s+one)?)"
    r"(?:\s+(?:here|again|too|(?:for|with|on|to)\s+this(?:\s+(?:one|pic|photo|picture|image))?))*[\s,]+but\s+"
    rf"(?P<change>(?!(?:not|no|don'?t|without|less|more|stronger|weaker)\b)(?!{ON_THIS})[\w\s'-]+?)"
    r"(?:\s+(?:this\s+time|instead|pls|please|plz))*[\s.!]*$",
    re.I,
)
"""With a new photo, the last edit again with one change ("same but blue", "do this one but in green"): the
change applied to the last instruction (`same_but`)."""
START_FROM = re.compile(
    r"\b(?:start|continue|work|go\s+on|carry\s+on|keep\s+(?:going|editing|working))\s+(?:again\s+)?(?:from|on|with)\s+"
    r"(?:it|there|that(?:\s+one)?|this(?:\s+one)?|here)\b",
    re.I,
)
"""Words that make a look at a round a move there ("pull up the original, i want to start from it")."""
BACK_TO_IT = re.compile(
    r"\b(?:go|get|switch|take\s+(?:me|us)|bring\s+(?:me|us))\s+back\s+to\s+(?:it|that(?:\s+one)?)\b|"
    r"(?:^|[,.;!?]\s*)(?:(?:so|then|just|pls|please|let'?s|lets)\s+)?(?:go|switch|jump)\s+(?:back\s+)?(?:to\s+(?:it|that(?:\s+one)?)|there)\b|"
    r"[,.;!?]\s*(?:(?:so|then|just|pls|please|let'?s|lets)\s+)?go\s+back\W*$",
    re.I,
)
"""A goto that points at a round named elsewhere in the turn ("the 2nd edit looked better, go there", "i prefer v1,
go back")."""
ASKS_ABOUT_IT = re.compile(
    rf"^(?:is|are|was|were|does|did)\s+(?:it|that|this|the|they|{ATTRIBUTE})\b(?!\s+possible\b)", re.I
)
"""A question about the result or a colour of it ("is it normal that the edges look soft", "is orange too loud
for a gym?"): no request for another try."""
ROUND_SIDE = re.compile(
    r"\b(?:ones?|versions?|rounds?|pics?|photos?|pictures?|images?|edits?|original|og|this|now|current|latest|newest|"
    r"previous|last|first|before|after|itself|them|these|those|both|em|v\d+|r\d+|\d+)\b|#\s*\d",
    re.I,
)
"""Words that make what a turn sets side by side rounds rather than things in the photo ("the swan one", "them",
not "the swan")."""
DEPICTED = re.compile(
    rf"show\s+{DETERMINER}\s+[\w'-]+\s+(?P<doing>[a-z]+ing)\s+(?:in|on|at|through|across|under|over|into|around|"
    r"by|near|with|behind|along)\s+(?!.*\b(?:one|version|round|pic|picture|photo|image|again)\b).+",
    re.I,
)
"""A thing shown doing something somewhere ("show the penguin swimming in the water"): a picture to make, not a
round to show, unless an edit of the session did it (see `done_before`)."""
BACK_TO_THAT = re.compile(
    r"^(?:(?:ok(?:ay)?|so|hmm+|pls|please)[\s,]+)*(?:(?:go|get|take\s+me|bring\s+me|let'?s\s+go)\s+)?back\s+to\s+"
    r"that\s+(?:one|version|round|pic|picture|photo|image)(?:\s+(?:pls|please|plz))?[\s.!?]*$|"
    r"^(?:that|the)\s+(?:one|version|pic|picture|photo|image)\s+(?:i\s+(?:liked|loved|preferred)|from\s+(?:before|earlier))"
    r"(?:\s+(?:pls|please|plz))?[\s.!?]*$|"
    r"^(?:(?:ok(?:ay)?|so|hmm+|pls|please)[\s,]+)*(?:(?:can|could)\s+(?:we|i|you|u)\s+)?(?:(?:go|step|move|jump|roll)\s+back|"
    r"rewind)\s+a\s+(?:few|bit|little|tad)(?:\s+(?:steps?|versions?|rounds?|edits?))?(?:\s+(?:pls|please|plz))?[\s.!?]*$|"
    r"^(?:(?:ok(?:ay)?|so|hmm+|pls|please)[\s,]+)*(?:(?:show|give)\s+(?:me\s+)?|(?:go\s+)?back\s+to\s+|go\s+to\s+)?"
    r"(?:an|some)\s+(?:earlier|older|previous|old)\s+(?:one|version|round|pic|picture|photo|image)"
    r"(?:\s+(?:pls|please|plz|again))?[\s.!?]*$|"
    r"^(?:the\s+)?older\s+(?:one|version)(?:\s+(?:pls|please|plz|again))?[\s.!?]*$",
    re.I,
)
"""A move back to a round that nothing in the turn names ("back to that one", "that version i liked", "go back a
few", "show me an earlier one", "the older one"): a goto that asks which round, not an undo."""
NOT_A_VERB = re.compile(
    r"^(?:the|a|an|another|this|these|those|my|our|his|her|their|its|it'?s|i|i'?m|we|we'?re|you|there|here)\b", re.I
)
"""How a sentence about the photo starts, where an instruction starts with its verb."""
UNSURE = re.compile(r"\b(?:maybe|perhaps)\s*\?|\b(?:idk|dunno|not\s+sure)(?:[\s,.]+(?:more|less))?[\s.!?]*$", re.I)
"""Doubt that ends a turn ("the glow is a bit much maybe? idk", "make it more... idk, more"): an opinion offered, not
a retry asked for."""
