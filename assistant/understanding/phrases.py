"""Phrase readers that every part of the understanding shares: a turn cleaned of fillers and typos, an
instruction's object and its look, the article before a word, and a wish said as an instruction."""

from __future__ import annotations

import difflib
import re

from assistant.understanding.vocabulary import (
    ATTRIBUTE,
    ATTRIBUTE_WORDS,
    BARE_COLOUR,
    COLOUR_WORD,
    COMMON_VERBS,
    COMPARATIVE,
    COMPARATIVE_WORDS,
    COMPLAINT,
    DEFINITE,
    DETERMINER,
    DONT,
    EDIT_VERB,
    EMOJI,
    GERUND,
    GERUNDS,
    LEAD_IN,
    NO_THING,
    OBJ,
    OWNER,
    OWNER_PRONOUN,
    PERSON_PRONOUN,
    PHOTO_PRONOUN,
    PLACE,
    PLACED_LOOK,
    POSSESSIVE,
    PRESENT,
    RECOLOUR,
    REPORTED,
    REQUEST_START,
    SHADE,
    SLANG_REMOVAL,
    THE_PHOTO,
    TRAILERS,
)
from language.action import vocab
from language.encoder import shared_encoder

_FILLERS = re.compile(
    r"^(?:ok(?:ay)?|kk|alright|all\s+right|so|now|and|also|then|next|plus|but|well|hmm+|um+|uh|oh|hey|hi|hello|"
    r"please|pls|kindly|just|actually|instead|great|good|nice|cool|perfect|awesome|thanks|thank\s+you|"
    rf"(?:first|second|third|fourth|last|final)(?:ly)?(?=[\s,:]+(?:{EDIT_VERB}|the|my|his|her|their|our)\b)|"
    r"first\s+(?:of\s+all|off|things\s+first)|to\s+(?:start|begin)(?:\s+with)?(?=\s*,)|"
    r"btw|by\s+the\s+way|honestly|yo|quick(?:\s+(?:one|request|question|thing|edit))?|one\s+(?:more|last)\s+thing|"
    r"i\s+(?:think|guess|feel\s+like)|(?:do\s+you\s+)?think\s+you\s+could|any\s+chance(?:\s+(?:you\s+could|of))?|"
    r"any\s+way(?=\s+(?:the|this|that|these|those|my|his|her|their|our)\s)|"
    r"(?:would|will)\s+you\s+be\s+able\s+to|are\s+you\s+able\s+to|is\s+there\s+(?:any\s+|a\s+)?way(?:\s+(?:you\s+could|to))?|"
    r"what\s+if\s+you(?:\s+could)?|why\s+not|would\s+it\s+work\s+to|"
    r"(?:can|could)\s+we|mind|when\s+you\s+(?:get\s+a\s+chance|can|have\s+a\s+(?:sec|second|minute))|"
    r"sorry\s+to\s+bother\s+you(?:\s+again)?|por\s+favou?r|per\s+favore|bitte|"
    r"no+|nope|nah|ffs|bruh|omg|o+h+|o+o+h*|a+h+|lol+|lmao+|haha+|hehe+|rofl|jeez|come\s+on|yes|yeah|wait|sorry|sry|srry|soz|oops|whoops|ugh|ew+|yikes|yuck|bleh|oof|rather|eh+|err+|erm+|basically|"
    r"maybe|perhaps|possibly|my\s+mistake|ngl|tbh|lowkey|highkey|imo|kinda|while\s+(?:we'?re|i'?m|you'?re)\s+at\s+it|"
    r"ple+a*[sz]+e*|pl[sz]|(?:i\s+was\s+)?wondering\s+if\s+you\s+could|i\s+wonder\s+if\s+you\s+could|"
    r"(?:do|would)\s+you\s+mind|do\s+me\s+a\s+favou?r\s+and|if\s+it'?s\s+not\s+too\s+much\s+(?:trouble|to\s+ask)|"
    r"(?:can|could|would|will)\s+(?:you|u|ya)(?:\s+(?:please|possibly|kindly|maybe|perhaps))?(?:\s+to(?=\s+[a-z]+\s))?|"
    r"(?:can|could|may)\s+i\s+(?:ask\s+you\s+to|have\s+you)|"
    r"i\s+(?:would|'d|d)\s+like(?:\s+you)?\s+to|i\s+(?:would|'d|d)\s+like\s+(?:that|if)\s+(?:you|u)(?:\s+(?:could|would|can))?|i'?d\s+like(?:\s+you)?\s+to|i\s+(?:want|need)(?:\s+you)?\s+to|"
    r"let'?s|let\s+us|(?:should|shall)\s+we|we\s+(?:should|need\s+to|have\s+to|gotta|must)|go\s+ahead\s+and|go\s+ahead(?:\s+now)?(?=\s*[,.!;-]\s*\w)|(?:is|would)\s+it\s+(?:be\s+)?(?:possible|ok|okay|alright|fine)\s+(?:for\s+(?:you|u)\s+)?to|try\s+to|try(?=\s+[a-z]{3,}ing\s)|"
    r"i\s+(?:want|need)\s+(?:that\s+)?you(?:\s+to)?|is\s+possible(?:\s+to)?|if\s+possible|for\s+fun|help\s+me|(?:(?:we|you|u|i)\s+)?might\s+as\s+well|"
    r"thanks\s+in\s+advance|right|hiya|good\s+(?:morning|afternoon|evening)|"
    r"i\s+was\s+hoping(?:\s+you\s+could)?|i'?d\s+(?:really\s+)?appreciate\s+(?:it\s+)?if\s+you\s+could|"
    r"(?:i'?d|i\s+would)\s+be\s+(?:so\s+|really\s+|very\s+)?(?:grateful|happy|glad)\s+if(?:\s+you\s+could)?|"
    r"why\s+don'?t\s+you|be\s+a\s+(?:dear|darling|doll|love|sweetheart|star|pal|gem)\s+and|"
    r"(?:it\s+)?(?:would|'d)\s+be\s+(?:great|nice|awesome|lovely|cool|amazing|good)\s+if\s+(?:you|u)\s+could|"
    r"(?:would\s+you\s+)?be\s+so\s+kind\s+as\s+to|"
    r"i\s+(?:(?:am\s+)?want(?:ed|ing)?|meant)\s+(?:to\s+)?say|"
    r"i\s+meant(?:\s+to)?|i\s+mean|i\s+said|i\s+wanted(?:\s+(?:you\s+)?to)?|how\s+about|"
    r"(?:here'?s|here\s+is|this\s+is)\s+(?:my|a|the|our)\s+(?:photo|picture|pic|image)|"
    r"(?:and\s+|for\s+)?this\s+one(?=\s*[:,–—-])|(?:what|how)\s+about(?=\s+\w+ing\b)|"
    rf"(?:what|how)\s+about(?=\s+(?:{BARE_COLOUR.pattern})\s*[?.!]*$)|or(?=\s+(?:the\s+)?[\w'-]+\s*[?.!]*$)|"
    r"(?:a\s+)?(?:new|another|next)\s+(?:photo|picture|pic|image|one)(?=\s*[:,-]))"
    r"\b[\s,:;.!-]*",
    re.I,
)
_LEAD_EMOJI = re.compile(rf"^{EMOJI}+")
"""Emoji that open a request ("💯 make it black and white"): no part of it."""
_INSTRUCTION = re.compile(
    rf"^(?P<verb>{RECOLOUR}|remove|delete|erase|hide|replace|swap|get\s+rid\s+of|take\s+away|add|put|place|insert)\s+"
    rf"(?P<obj>{DETERMINER}\s+.+?)"
    rf"(?P<rest>\s+(?:into|to|with|look|on|in|at|next\s+to|behind|under|over|near|beside|by|above|onto)\b.*"
    rf"|(?:\s+{SHADE})?\s+(?:{ATTRIBUTE})|\s+\S+)?$",
    re.I,
)
_SPELLED_WORDS = (
    *vocab.COLORS,
    "background",
    "foreground",
    "colour",
    "color",
    "picture",
    "photo",
    "instead",
    "again",
    "retry",
    "history",
    "share",
    "export",
    "thanks",
    "make",
    "remove",
    "change",
    "replace",
    "please",
    "brighter",
    "darker",
    "round",
    "version",
    "original",
    "previous",
    "compare",
)
"""Words often misspelt in a turn ("to yelow", "the backround", "green insted", "roudn 2", "verison 1"), put right by
`_respelled`."""
_SPELLED_SET = frozenset(_SPELLED_WORDS)
_NOT_SWAPPED = frozenset({"sliver", "roes"})
"""Words that two letters swapped would turn into one of `_SPELLED_WORDS` but that are words themselves."""
_MISSPELT = {
    "bg": "background",
    "fwd": "forward",
    "b4": "before",
    "bak": "back",
    "bck": "back",
    "mk": "make",
    "cn": "can",
    "blu": "blue",
    "nxt": "next",
    "nt": "not",
    "teh": "the",
    "hte": "the",
    "th": "the",
    "tge": "the",
    "thr": "the",
    "ment": "meant",
    "wrng": "wrong",
    "wantd": "wanted",
    "wnated": "wanted",
    "actualy": "actually",
    "acutally": "actually",
    "shld": "should",
    "shuold": "should",
    "shoud": "should",
    "shoudl": "should",
    "wld": "would",
    "cld": "could",
    "remov": "remove",
    "mke": "make",
    "moar": "more",
    "pnk": "pink",
    "shud": "should",
    "nex": "next",
    "gimme": "give me",
    "orig": "original",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "2moro": "tomorrow",
    "agn": "again",
    "perfekt": "perfect",
    "perfact": "perfect",
    "perfet": "perfect",
    "awsome": "awesome",
    "awesom": "awesome",
    "amazin": "amazing",
    "beautifull": "beautiful",
    "beatiful": "beautiful",
    "thnx": "thanks",
    "thanx": "thanks",
    "stuf": "stuff",
    "thng": "thing",
    "thign": "thing",
    "thingy": "thing",
    "somethin": "something",
    "undoo": "undo",
    "redoo": "redo",
}
_HYPHENED_COMMAND = re.compile(r"\b(?P<prefix>re|un)-do\b", re.I)
""""redo" and "undo" typed with a hyphen ("re-do"), which the encoder reads as two words."""
_HYPHENED_Y = re.compile(r"\b(?P<stem>[a-z]{3,})-y\b", re.I)
"""An adjective made with a hyphened "-y" ("less marble-y", "more orange-y"), written as one word ("marbley")."""
_AD = re.compile(r"(?<!\ban\s)(?<!\bthe\s)\bad\s+(?=(?:a|an|some|the|more|few|two|three|\d+)\s)", re.I)
""""ad" typed for "add" before what is added ("ad some fog", "ad a cat on the bench"); "an ad" stays a noun."""
_OF_FOR_HAVE = re.compile(r"\b(?P<modal>should|could|would|must|might)\s+of(?=\s+(?:been|done|made|had|left)\b)", re.I)
""""of" typed for "have" after a modal ("should of been crimson")."""
_YOU_TYPED_U = re.compile(
    r"\b(?P<before>can|could|would|will|do|did|are|r|if|have|should|what|think|hope|guess)\s+u\b(?![-'])", re.I
)
""""u" for "you" after a verb or question word ("what can u do", "could u remove the cone"); never a letter named
("a u-turn", "make a U shape")."""
_STARRED = re.compile(r"(?<=\w)\*+(?=[\s.,!?]|$)|(?:^|(?<=\s))\*+(?=\w)")
"""A star on a word, the chat way of putting a typo right ("saucer*") or of stressing it ("*green*"): the word alone."""
_VERB_ALSO = re.compile(
    rf"\b(?P<verb>{EDIT_VERB})\s+(?:also|too|as\s+well)\s+(?=(?:the|an?|his|her|their|my|our|this|that|some)\b)", re.I
)
"""A filler put after the verb ("make also the wheels black", "remove too the cones"): the instruction without it."""
_BOTH = re.compile(r"\bboth\s+(?:of\s+)?(?=(?:the|his|her|their|my|our|these|those|them)\b)", re.I)
""""Both" before the things it joins ("make both the tower and the rocket gold", "both of them"): emphasis only;
the instruction says the same without it."""
_TWO_FOR_TO = re.compile(
    r"\b(?P<move>back|go|get|return|switch|jump|revert|reset|skip)\s+2\s+"
    r"(?=(?:the|my|that|this|how|when|before|round\s*\d|version\s*\d|v\d)\b)",
    re.I,
)
""""2" typed for "to" after a move ("back 2 the original", "go 2 round 1"): no round 2 ("go back 2 versions" stays)."""
_CHANGED_MIND = re.compile(r"\b(?:but|so|actually|anyway|now|ok(?:ay)?)\b|[,.;:!]", re.I)
"""Where a told-of edit may turn into a request after all ("i was gonna leave it but actually ...")."""
_BARE_THING = re.compile(
    rf"^{NO_THING}[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?(?:\s+(?:on|in|at)\s+the\s+[a-z][\w'-]*)?"
    r"\s+(?:needs?|should|must)\b",
    re.I,
)
"""A thing named without a determiner before a wish word, as people type it ("nigiri needs to be bigger", "sign on
the boathouse should say OPEN")."""
_ATTR = r"(?P<attr>[\w'-]+(?:\s+[\w'-]+){0,5})"
_I_WANT = (
    r"(?:(?:me\s+)?i\s+(?:really\s+|just\s+|also\s+)?(?:want|wanna|need|would\s+(?:also\s+)?(?:like|love|prefer))|"
    r"i'?d\s+(?:really\s+|also\s+)?(?:like|love|prefer|want)|(?:would|'d)\s+love|(?:i\s+am|i'?m)\s+(?:wanting|wishing)|"
    r"i\s+desire|(?:all|what)\s+i(?:'?d)?\s+(?:really\s+)?(?:want|need|like|love)\s+is)"
)
_SUBJECTLESS_WISH = re.compile(
    rf"^(?:me\s+)?(?:i\s+)?(?:(?:kinda|kind\s+of|sorta|sort\s+of|really|just|actually|honestly|also|still)\s+)?"
    rf"(?=(?:want|wanna|need)\s+{DETERMINER}\s)",
    re.I,
)
"""A wish typed without its "I" ("want the car gone"), with a hedge ("i kinda want a cat on the dryer") or a
non-native "me" ("me I want the hairdryer pink"): read as "i want"."""
_DICTATED_COMMA = re.compile(r"\s+comma\s+(?=(?:the|a|an|and|then|also|but|please)\b)", re.I)
"""A comma said aloud to a dictation app ("remove the bin comma the green one")."""
_EFFECT = "|".join(re.escape(re.sub(r"^an?\s+", "", effect)) for effect in vocab.EFFECTS)
_NOT_WORK = r"(?!(?:work|time|thought|effort|attention|practice|love|care|money|people\s+to)\b)"
_LOOK_OF = (
    r"contrast|light|brightness|colou?rs?|saturation|drama|warmth|sun(?:light|shine)?|shadows?|detail|depth|sharpness|"
    r"clarity|glow|sparkle|texture|exposure|vibrance|highlights?|haze|fog|mist"
)
"""What a photo has more or less of ("we need more contrast")."""
_NOT_LOOKED = r"(?!(?:is|are|was|were|be|to|painted|colou?red|dyed|turned|made|done|changed)\b)"
"""A word that cannot be part of a thing's name in "i'd like the <thing> <look>": a verb ("i want that the sky is
blue", "i'd like the fence painted white" are other wishes)."""
_MORE_LOOK = (
    r"(?:(?:even|a\s+bit|a\s+little|a\s+lot|much|way)\s+)?"
    rf"(?:(?:more|less)\s+[a-z]{{3,}}|{COMPARATIVE}|(?!earlier\b)[a-z]{{3,}}ier)"
)
"""More or less of a look ("bluer", "a bit lighter", "more vivid", "shinier")."""
_WISHED_LOOK = (
    rf"(?P<attr>{_MORE_LOOK}|(?:(?!(?:[a-z]+ed|everything|all|so|too|very|and|or|not)\s)[\w-]+\s+)?"
    rf"(?:{ATTRIBUTE}|{COLOUR_WORD})|black\s+and\s+white)"
)
"""How a thing should look, said after it in a wish ("i'd love the sky pink", "..., bluer would be better"): a colour
or a look, or more or less of one."""
_GOOD = (
    r"(?:better|nicer|nice|good|great|perfect|lovely|ideal|cool|amazing|awesome|gorgeous|cosier|cozier|prettier|homier)"
)
"""A word that calls a wished change good ("greener would be nice")."""
_NO_LOOK = rf"(?!(?:{_GOOD}|epic|sick|fun|so|that|this|any|really|even)\b)"
"""Words after "be" that name no look of a thing ("a few more palms would be nice", "could it really be that blue?")."""
_NEEDS = (
    rf"(?!(?:the|this|my)\s+(?:photo|picture|pic|image|shot)\b){OBJ}\s+(?:(?:really|kinda|definitely|just)\s+)?"
    r"(?:needs|could\s+use|could\s+do\s+with)\s+(?:a\s+(?:bit|little)\s+(?:of\s+)?)?"
)
"""A thing that needs or could use more of something ("the maze needs", "the counter could use a bit"), the photo
itself aside ("needs a kazoo" is given by another wish)."""
_NEEDS_TAIL = r"(?:\s+(?:in|on)\s+(?:it|them))?(?:\s+(?:lol|haha|tbh|pls|please))?"
_NEEDED_DOING = r"(?P<doing>(?!(?:nothing|something|everything|anything)\b)[a-z]{3,}ing)"
"""What a thing needs done, said as an "-ing" word ("the steps need brightening")."""
_NOT_ADDED = (
    r"(?:drama|life|colou?r|contrast|light|brightness|detail|character|energy|mood|atmosphere|depth|texture|sparkle|"
    r"shine|glow|pop|oomph|work|love|attention|effort|care|help|polish|time|space|room)\b"
)
"""What a thing may need more of that is a quality or a chore, not a thing to add ("the sky needs more drama", "the
harp needs more work"): left to the other wishes."""
_OBJECT_FORM = {"he": "him", "she": "her", "they": "them"}
"""Someone wished about as the subject, as the object of the instruction ("he would look cute with a bow tie" ->
"give him a bow tie")."""
_GLAD_IF = re.compile(
    rf"^(?:(?:my|our|his|her)\s+[\w'-]+\s+(?:would|'d|will)\s+(?:love|like)\s+it|wouldn'?t\s+it\s+be\s+"
    rf"(?:so\s+|really\s+|super\s+)?(?:{_GOOD}|cute|fun|funny|adorable|epic))\s+if\s+",
    re.I,
)
"""Someone else's joy or a question as the lead of a wish ("my daughter would love it if ...", "wouldn't it be fun if
..."): read as "it would be nice if"."""
_ALL_OF = re.compile(r"all\s+(?:of\s+)?(?=the\s)", re.I)
""""All the" before a wished thing ("all the robes should be saffron"), kept in the instruction it makes."""
_WISHES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), template)
    for pattern, template in (
        (
            rf"{OBJ}\s+(?:needs|could\s+(?:really\s+)?use|could\s+do\s+with)\s+"
            r"(?P<thing>(?:a|an|some)\s+[\w\s'-]+?)\s+(?P<place>over|on|around|under|in|next\s+to|beside|behind|"
            r"above|below|in\s+front\s+of)\s+(?:it|them)(?:\s+for\s+[\w\s'-]+)?",
            "add {thing} {place} {obj}",
        ),
        (
            rf"(?:{_I_WANT}|(?:(?:it\s+)?is|it'?s|it'?d\s+be|(?:it\s+)?would\s+be)\s+better\s+if)\s+(?:that\s+)?{OBJ}\s+"
            r"(?:to\s+be\s+|(?:is|are)\s+)?(?:gone|removed|deleted|erased|"
            r"out\s+of\s+(?:the\s+)?(?:photo|picture|shot)|not\s+there|no\s+longer\s+there)(?:\s+before\s+.+)?",
            "remove {obj}",
        ),
        (
            rf"{_I_WANT}\s+no\s+(?P<things>[\w'-]+(?:\s+[\w'-]+){{0,2}}?)\s+(?P<place>{PLACE}\s+.+)",
            "remove the {things} {place}",
        ),
        (rf"{_I_WANT}\s+that\s+{OBJ}\s+(?:disappears?|vanish(?:es)?|goes\s+away|go\s+away)", "remove {obj}"),
        (
            rf"(?P<obj>{DETERMINER}\s+[\w\s'-]+?|he|she|they)\s+(?:would|'d|will)\s+look\s+(?:so\s+|really\s+|way\s+|"
            r"much\s+|even\s+)*(?:cute|cuter|good|great|better|nicer|nice|cool|cooler|amazing|awesome|lovely|adorable|"
            rf"funny|sharp|smart|fancy)\s+with\s+(?P<thing>(?:a|an|some)\s+[\w'-]+(?:\s+[\w'-]+)?)",
            "give {obj} {thing}",
        ),
        (
            rf"i\s+(?:would\s+|will\s+|'d\s+)?(?:like|love)\s+(?:to\s+(?:have|see)\s+)?{OBJ}\s+with\s+"
            r"(?P<thing>(?:a|an|some)\s+[\w'-]+(?:\s+[\w'-]+)?)",
            "give {obj} {thing}",
        ),
        (rf"{_I_WANT}\s+that\s+{OBJ}\s+(?:is|are|be|becomes?)\s+{_WISHED_LOOK}", "make {obj} {attr}"),
        (rf"{OBJ}\s+could\s+do\s+with\s+being\s+{_WISHED_LOOK}", "make {obj} {attr}"),
        (rf"(?:i'?d|i\s+would)\s+rather\s+{OBJ}\s+(?:was|were|be|is)\s+{_WISHED_LOOK}", "make {obj} {attr}"),
        (
            rf"(?:it'?d|it\s+would|would)\s+(?:be|look)\s+(?:(?:so\s+much|much|way|a\s+lot|even)\s+)?{_GOOD}\s+with\s+"
            rf"(?P<thing>(?:(?:a|an|some|more|a\s+bit\s+of)\s+)?(?!(?:it|them|him|her|me|you|us)\b)[\w\s'-]+?\s+"
            rf"{PLACE}\s+.+)",
            "add {thing}",
        ),
        (
            rf"(?:it'?d|it\s+would|would)\s+be\s+(?:so\s+|really\s+|super\s+)?(?:{_GOOD}|cute|fun|funny|adorable|epic)\s+"
            rf"if\s+{OBJ}\s+(?:had|has|have|got)\s+(?P<thing>(?!(?:it|them|no)\b)[\w'-]+(?:\s+[\w'-]+){{0,5}})",
            "give {obj} {thing}",
        ),
        (
            rf"{OBJ}\s+(?:would|'d)\s+look\s+(?:(?:so\s+much|way|much|a\s+lot|even)\s+)?(?:better|nicer|cooler|great)\s+"
            rf"(?:in\s+)?(?P<attr>{BARE_COLOUR.pattern}|(?:more\s+)?[a-z]{{3,}}(?:y|ier)|full\s+of\s+[\w\s'-]+)",
            "make {obj} {attr}",
        ),
        (
            rf"(?P<colour>{BARE_COLOUR.pattern})\s+(?P<thing>(?!(?:would|is|was)\b)[\w'-]+(?:\s+(?!(?:would|is|was)\b)[\w'-]+)?)"
            rf"\s+would\s+be\s+(?:so\s+|really\s+)?(?:{_GOOD}|sick|epic|fire|dope|cute)",
            "make the {thing} {colour}",
        ),
        (rf"if\s+only\s+{OBJ}\s+(?:was|were)\s+(?P<attr>(?!(?:not|there|here|gone)\b)[\w\s-]+)", "make {obj} {attr}"),
        (
            rf"(?:can|could)\s+(?P<obj>{DETERMINER}\s+[\w'-]+(?:\s+[\w'-]+)?|he|she|they)\s+(?:please\s+|pls\s+)?have\s+"
            r"(?P<thing>(?:a|an|some|more)\s+[\w'-]+(?:\s+[\w'-]+){0,4}?)(?:\s+(?:too|as\s+well|also))?",
            "give {obj} {thing}",
        ),
        (
            rf"(?:can|could)\s+(?P<obj>{DETERMINER}\s+[\w'-]+(?:\s+[\w'-]+)?|he|she|they)\s+(?:please\s+|pls\s+)?"
            r"(?P<verb>glow|shine|sparkle|smile|wave|wink|laugh|frown|light\s+up)(?P<rest>(?:\s+(?!(?:too|also)\b)[\w'-]+){0,4}?)"
            r"(?:\s+(?:too|as\s+well|also))?",
            "make {obj} {verb}{rest}",
        ),
        (rf"get\s+(?P<thing>(?:a|an|some|more)\s+[\w\s'-]+?\s+{PLACE}\s+.+)", "add {thing}"),
        (
            rf"{_NEEDS}(?P<thing>(?:some|more|a\s+few|a\s+couple\s+(?:of\s+)?)\s+(?!{_NOT_ADDED})"
            rf"[\w'-]+(?:\s+[\w'-]+)?){_NEEDS_TAIL}",
            "add {thing} to {obj}",
        ),
        (
            rf"{OBJ}\s+(?:(?:kinda|really|just|totally|seriously|definitely)\s+)?"
            r"(?:(?:needs|has|have|need|ought)\s+to|must|should|can|could|gotta|(?:has|have)\s+(?:got\s+to|gotta))\s+"
            r"(?:go(?:\s+away)?|be\s+gone|disappear|vanish)",
            "remove {obj}",
        ),
        (
            rf"{OBJ}\s+(?:should|must|(?:needs?|has|have|ought)\s+to)\s+(?P<verb>wear|hold|carry|ride|wave|smile|glow|shine|sparkle|look|"
            r"frown|laugh|wink|face|eat|drink|juggle|read|sit\s+on|stand\s+on|look\s+at)\s+(?P<rest>.+)",
            "make {obj} {verb} {rest}",
        ),
        (
            rf"{COMPLAINT}(?:(?:it|they)\s+)?(?:should|must|(?:needs?|has|have|ought)\s+to)\s+(?:be\s+)?{_WISHED_LOOK}",
            "make {obj} {attr}",
        ),
        (rf"{COMPLAINT}(?P<attr>{_MORE_LOOK})(?:\s+(?:maybe|instead))?", "make {obj} {attr}"),
        (
            rf"{COMPLAINT}(?:can|could)\s+(?:they|it|he|she)\s+be\s+(?P<attr>(?!(?:gone|removed|there|here)\b)"
            r"[a-z]+(?:er|y)?(?:\s+(?:and|&)\s+[a-z]+)?)",
            "make {obj} {attr}",
        ),
        (
            rf"{COMPLAINT}{_WISHED_LOOK}\s+would\s+be\s+(?:way\s+|much\s+|so\s+much\s+)?{_GOOD}",
            "make {obj} {attr}",
        ),
        (
            rf"{COMPLAINT}(?P<thing>(?:{COMPARATIVE}|[a-z]{{3,}}ier)\s+[a-z]{{3,}}s)"
            rf"(?:\s+would\s+be\s+(?:way\s+|much\s+|so\s+much\s+)?{_GOOD})?",
            "give {obj} {thing}",
        ),
        (
            rf"(?P<thing>(?:a|an|some)\s+[\w\s'-]+?\s+{PLACE}\s+{DEFINITE}\s+[\w\s'-]+?|[a-z]+s\s+[a-z]+ing\s+"
            rf"(?:{PLACE}|from|off)\s+{DEFINITE}\s+[\w\s'-]+?|(?:a\s+few\s+|some\s+)?more\s+"
            rf"(?!(?:days|time|sleep|money)\b)[\w'-]+(?:\s+[\w'-]+)?)\s+would\s+be\s+(?:so\s+|really\s+)?"
            rf"(?:{_GOOD}|epic|sick|fun|cosy|cozy|cute)",
            "add {thing}",
        ),
        (
            rf"(?:(?:it'?d|it\s+would|would)\s+(?:be|look)\s+|for\s+me\s+(?:it\s+)?is\s+)(?:(?:way|so\s+much|much|a\s+lot|even)\s+)?"
            rf"(?:better|nicer|perfect|cleaner|prettier)\s+without\s+{OBJ}",
            "remove {obj}",
        ),
        (
            r"(?P<thing>(?:a|an|some|more)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+would\s+make\s+(?:it|this|the\s+[\w'-]+)\s+"
            rf"(?:(?:way|so\s+much|much|a\s+lot)\s+)?(?:more\s+[a-z]+|{_GOOD}|[a-z]+er)",
            "add {thing}",
        ),
        (
            rf"{OBJ}\s+(?:should|must|(?:needs?|has|have|ought)\s+to)\s+(?:all\s+)?be\s+(?P<doing>[a-z]{{3,}}ing)\s*"
            r"(?P<rest>.+)?",
            "make {obj} {doing} {rest}",
        ),
        (
            rf"{COMPLAINT}(?:(?:it|they)\s+)?(?:should|must|(?:needs?|has|have|ought)\s+to)\s+look\s+"
            r"(?P<attr>(?!(?:like|as|at)\b)[\w-]+(?:\s+[\w-]+)?)",
            "make {obj} look {attr}",
        ),
        (rf"{COMPLAINT}(?:it|they)\s+(?:really\s+)?needs?\s+{_NEEDED_DOING}", "{doing} {obj}"),
        (rf"{OBJ}\s+(?:really\s+)?needs?\s+{_NEEDED_DOING}", "{doing} {obj}"),
        (
            rf"{COMPLAINT}(?:it|they)\s+(?:really\s+)?needs?\s+(?P<thing>(?!{_NOT_ADDED})[\w\s'-]+?)\s+on\s+(?:it|them)",
            "put {thing} on {obj}",
        ),
        (
            r"(?P<verb>add|put)\s+(?:something|anything|stuff)\s+(?P<place>(?:in|on|over|above|behind|next\s+to|near)\s+"
            r"[^,]+?),?\s+(?:like|e\.?g\.?|say|maybe|for\s+example|such\s+as)\s+(?P<thing>(?:an?|some)\s+[^,]+)",
            "{verb} {thing} {place}",
        ),
        (rf"make\s+{OBJ}\s+gone", "remove {obj}"),
        (
            rf"(?:can|could|may)\s+{OBJ}\s+(?:just\s+)?(?:go(?:\s+away)?|be\s+(?:removed|gone)|disappear|vanish)"
            r"(?:\s+(?:pls|please|plz))?",
            "remove {obj}",
        ),
        (rf"make\s+(?:disappear|vanish)\s+{OBJ}", "remove {obj}"),
        (
            rf"{_I_WANT}\s+(?P<obj>{DETERMINER}\s+[\w\s'-]+?|it|them)\s+(?:replaced|swapped)\s+(?:with|by|for)\s+"
            r"(?P<new>(?:a|an|some|the)\s+[\w\s'-]+)",
            "replace {obj} with {new}",
        ),
        (rf"(?:can|could)\s+{OBJ}\s+(?:disappear|vanish|go\s+away)", "remove {obj}"),
        (
            rf"i\s+(?:don'?t|do\s+not)\s+want\s+(?P<obj>(?:the|a|an|this|that|these|those|{POSSESSIVE})\s+"
            r"[\w\s'-]+?)\s+in\s+(?:the|this|my)\s+(?:photo|picture|shot|image|pic)",
            "remove {obj}",
        ),
        (
            rf"(?:i'?d|i\s+would)\s+(?:rather|prefer\s+to)\s+have\s+(?P<new>(?:a|an|some)\s+[\w\s'-]+?)\s+instead\s+of\s+"
            rf"{OBJ}",
            "replace {obj} with {new}",
        ),
        (
            rf"(?:can|could|would)\s+{OBJ}\s+(?:be|become)\s+(?P<thing>(?:a|an)\s+(?!(?:bit|little|lot|tad)\b)[\w\s'-]+)",
            "turn {obj} into {thing}",
        ),
        (
            rf"(?:can|could|would)\s+(?P<obj>{DETERMINER}\s+[\w\s'-]+?|it|everyone|everybody)\s+look\s+"
            r"(?P<rest>(?!(?:better|worse|good|nice|ok|okay|great|bad|fine|right)\b).+)",
            "make {obj} look {rest}",
        ),
        (rf"(?:can|could)\s+{OBJ}\s+(?:have|get)\s+(?P<thing>(?:a|an|some)\s+[\w\s'-]+)", "give {obj} {thing}"),
        (
            rf"(?:{_I_WANT}|i\s+want)\s+(?:that\s+)?{OBJ}\s+(?:to\s+)?(?:have|has)\s+"
            r"(?P<thing>(?!(?:been|had|got|to|no)\b)[\w\s'-]+)",
            "give {obj} {thing}",
        ),
        (rf"{OBJ}\s+(?:could|can)\s+wear\s+(?P<thing>(?:a|an|some|the)\s+[\w\s'-]+)", "make {obj} wear {thing}"),
        (rf"{_I_WANT}\s+it\s+to\s+look\s+(?P<rest>like\s+.+)", "make it look {rest}"),
        (rf"{_I_WANT}\s+to\s+look\s+(?P<rest>like\s+.+)", "make me look {rest}"),
        (r"i\s+wish\s+it\s+(?:was|were)\s+(?P<rest>.+)", "make it {rest}"),
        (
            rf"(?:i\s+)?(?:(?:kinda|really|just)\s+)?wish\s+{OBJ}\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+"
            rf"(?:so\s+|that\s+)?(?P<attr>{ATTRIBUTE}|grey)(?:\s+(?:here|there))?",
            "make {obj} less {attr}",
        ),
        (
            rf"{OBJ}\s+would\s+(?:look|pop)\s+(?:(?:way|much|so|so\s+much|a\s+lot)\s+)?(?:{_GOOD}|more)\s+(?:in\s+)?"
            rf"{_WISHED_LOOK}",
            "make {obj} {attr}",
        ),
        (
            rf"{OBJ}\s+would\s+look\s+(?:(?:way|much|so|so\s+much|a\s+lot)\s+)?{_GOOD}\s+in\s+"
            rf"(?P<thing>(?:a|an)\s+(?:[\w-]+\s+)?(?:{ATTRIBUTE}|{COLOUR_WORD})\s+[\w'-]+)",
            "put {obj} in {thing}",
        ),
        (
            rf"{OBJ}\s+would\s+look\s+(?:(?:way|much|so|so\s+much|a\s+lot)\s+)?{_GOOD}\s+with\s+"
            r"(?P<thing>(?!(?:it|them|him|her|me|you|us)\b)[\w\s'-]+?)"
            r"(?:\s+(?:on|in|around|over|coming\s+(?:off|out\s+of))\s+(?:it|them|him|her))?",
            "add {thing} to {obj}",
        ),
        (
            rf"{OBJ}\s+would\s+look\s+(?:(?:way|much|so|so\s+much|a\s+lot)\s+)?{_GOOD}\s+(?P<place>{PLACE}\s+(?:a|an)\s+.+)",
            "put {obj} {place}",
        ),
        (
            rf"{OBJ}\s+would\s+look\s+(?:{COMPARATIVE}|[a-z]{{3,}}ier|{_GOOD})\s+(?P<rest>[a-z]{{3,}}ing)",
            "make {obj} {rest}",
        ),
        (
            rf"{OBJ}\s+would\s+(?:look|be)\s+(?:(?:way|much|so|so\s+much|a\s+lot|even)\s+)?"
            rf"(?:better|nicer|prettier|cooler)\s+(?:in\s+)?{_WISHED_LOOK}",
            "make {obj} {attr}",
        ),
        (
            rf"(?:a|an)\s+(?P<attr>{ATTRIBUTE})\s+(?P<noun>[\w'-]+)\s+would\s+(?:be|look)\s+"
            r"(?:nice|great|cool|lovely|good|awesome|better)",
            "make the {noun} {attr}",
        ),
        (
            rf"(?:(?:{_I_WANT}\s+it|i\s+(?:would\s+)?like\s+it|(?:it\s+would|it'?d|would)\s+be\s+(?:nice|great|cool|amazing|"
            rf"awesome|lovely|fun))\s+if|what\s+if|if\s+only|(?:i\s+)?(?:(?:kinda|really|just|so)\s+)?wish|"
            rf"(?:i'?d|i\s+would)\s+rather)\s+{OBJ}\s+(?:had|(?:was|were)\s+wearing|wore)\s+"
            r"(?P<thing>(?!(?:been|made|done|got|gone|seen|taken|left|kept|put|come|run|[a-z]+ed|[a-z]+en)\b)"
            r"[\w\s'-]+?)(?:\s+on\s+it)?",
            "give {obj} {thing}",
        ),
        (rf"{OBJ}\s+(?:i\s+(?:want|need)|i'?d\s+like)\s+(?:(?:it|them)\s+)?{_ATTR}", "make {obj} {attr}"),
        (
            rf"{OBJ}\s+being\s+{_ATTR}\s+would\s+(?:be|look)\s+(?:nice|great|cool|lovely|good|awesome|amazing|better)",
            "make {obj} {attr}",
        ),
        (rf"(?:see|show\s+me)\s+{OBJ}\s+in\s+(?P<attr>(?:[\w-]+\s+){{0,2}}(?:{ATTRIBUTE}))", "make {obj} {attr}"),
        (rf"{OBJ}\s+(?:could|can|would|might)\s+be\s+{_NO_LOOK}{_ATTR}", "make {obj} {attr}"),
        (rf"make\s+that\s+{OBJ}\s+(?:is|are)\s+(?P<rest>.+)", "make {obj} {rest}"),
        (
            rf"(?:(?:it'?d|it\s+would|would)\s+be\s+(?:cool|nice|great|lovely|awesome|good)\s+to|{_I_WANT}\s+to)\s+"
            rf"(?:have|see)\s+(?P<thing>(?:(?:a|an|some|more)\s+)?[\w\s'-]+?\s+{PLACE}\s+.+)",
            "add {thing}",
        ),
        (
            rf"have\s+(?P<thing>(?!an?\s+(?:look|go|try|peek|glance|word|question|problem)\b)(?:a|an|some|more)\s+"
            rf"[\w\s'-]+?\s+{PLACE}\s+.+)",
            "add {thing}",
        ),
        (rf"{_I_WANT}\s+(?P<thing>(?:a|an)\s+[\w\s-]+?\s+(?:look|effect|feel|vibe))", "give it {thing}"),
        (
            rf"(?:{_I_WANT}|can\s+i\s+(?:get|have))\s+{OBJ}\s+in\s+(?P<attr>(?:[\w-]+\s+)?(?:{ATTRIBUTE}|{COLOUR_WORD}))",
            "make {obj} {attr}",
        ),
        (
            rf"{_I_WANT}\s+{OBJ}\s+in\s+(?P<thing>(?:a|an)\s+(?:[\w-]+\s+)?(?:{ATTRIBUTE}|{COLOUR_WORD})\s+[\w'-]+)",
            "put {obj} in {thing}",
        ),
        (
            rf"(?:do|make|paint|colou?r)\s+{OBJ}\s+in\s+(?P<attr>(?:[\w-]+\s+)?(?:{ATTRIBUTE}|{COLOUR_WORD}))\s+colou?r",
            "make {obj} {attr}",
        ),
        (rf"{_I_WANT}\s+(?P<obj>it|{DETERMINER}\s+[\w\s'-]+?)\s+to\s+(?:be|become)\s+{_ATTR}", "make {obj} {attr}"),
        (rf"{_I_WANT}\s+{OBJ}\s+to\s+look\s+{_ATTR}", "make {obj} look {attr}"),
        (
            rf"(?:{_I_WANT}(?:\s+it|(?=\s+if\b))|(?:it\s+would|it'?d|would)\s+be\s+(?:nice|great|cool|lovely|awesome|good)|"
            rf"what\s+if|(?:i\s+)?wish|"
            rf"i\s+(?:would\s+)?like\s+(?:it\s+)?if)\s+(?:if\s+)?{OBJ}\s+(?:was|were|is|are|would\s+be|could\s+be)\s+{_ATTR}",
            "make {obj} {attr}",
        ),
        (
            rf"(?:{_I_WANT}\s+it|it\s+would\s+be\s+(?:nice|great|cool|lovely|awesome|good)|what\s+if|i\s+wish)\s+(?:if\s+)?"
            rf"{OBJ}\s+(?:looked|would\s+look|could\s+look)\s+{_ATTR}",
            "make {obj} look {attr}",
        ),
        (
            rf"{OBJ}\s+(?:should|must|(?:needs?|has|have|ought)\s+to)\s+be\s+(?P<place>{PLACE}\s+.+)",
            "put {obj} {place}",
        ),
        (
            rf"{OBJ}\s+(?:should|must|(?:needs?|has|have|ought)\s+to)\s+have\s+(?P<thing>(?:(?:a|an|some|more)\s+)?[\w\s'-]+?)"
            r"\s+in\s+(?:them|it)",
            "put {thing} in {obj}",
        ),
        (
            rf"{OBJ}\s+(?:should|must|(?:needs?|has|have|ought)\s+to)\s+have\s+(?P<thing>(?:a|an|some|more)\s+[\w\s'-]+)",
            "give {obj} {thing}",
        ),
        (
            rf"(?:can|could)\s+{OBJ}\s+be\s+(?P<attr>(?:a\s+(?:bit|little|lot)\s+|much\s+|way\s+)?[a-z]{{3,}}er)"
            r"(?:\s+so\s+.+)?",
            "make {obj} {attr}",
        ),
        (
            rf"(?:can|could)\s+{OBJ}\s+(?P<verb>wear|hold|carry|ride|wave|smile|frown|laugh|wink|juggle|sit\s+on|stand\s+on)"
            r"\s+(?P<rest>.+)",
            "make {obj} {verb} {rest}",
        ),
        (
            rf"{OBJ}\s+(?:should|must|(?:needs?|has|have|ought)\s+to)\s+(?:(?:really|definitely|totally|probably|just)\s+)?"
            rf"(?:be|become)\s+{_ATTR}",
            "make {obj} {attr}",
        ),
        (rf"{OBJ}\s+(?:should|must|could|(?:needs?|has|have|ought)\s+to)\s+look\s+{_ATTR}", "make {obj} look {attr}"),
        (
            r"(?P<obj>(?:the|this|that|these|those)\s+[\w\s'-]+?)\s+(?:(?:really|kinda|definitely)\s+)?needs?\s+"
            rf"(?P<thing>(?:a|an)\s+(?!(?:bit|little|lot|tad|touch|few)\b)[\w\s'-]+|(?:(?:{COMPARATIVE}|[a-z]{{3,}}ier)\s+)?"
            r"(?!(?:years|hours|days|weeks|months|minutes|less|this|was|yes)\b)[a-z]{3,}s)",
            "give {obj} {thing}",
        ),
        (
            r"(?P<obj>(?:the|this|that|these|those)\s+[\w\s'-]+?)\s+(?:(?:really|kinda|definitely)\s+)?needs?\s+"
            rf"(?P<thing>(?:{ATTRIBUTE}|{COLOUR_WORD})\s+(?!(?:work|help|time|fixing|attention|love|care)\b)[a-z]{{3,}})",
            "give {obj} {thing}",
        ),
        (
            rf"(?:(?:can|could)\s+)?{OBJ}\s+(?:should|must|(?:needs|has)\s+to|can|could)\s+(?P<say>say|read)\s+(?P<rest>.+)",
            "make {obj} {say} {rest}",
        ),
        (rf"(?:can|could|would)\s+{OBJ}\s+(?P<say>say|read|show|display)\s+(?P<rest>.+)", "make {obj} {say} {rest}"),
        (
            rf"(?:(?:i\s+)?(?:just\s+|really\s+|kinda\s+|kind\s+of\s+)?wish|(?:it'?d|it\s+would)\s+be\s+(?:so\s+|really\s+)?{_GOOD}\s+if|"
            rf"(?:{_I_WANT})\s+it\s+if)\s+there\s+(?:was|were|is|are)\s+"
            r"(?P<thing>(?:(?:a|an|some|more|a\s+few|two|three)\s+)?[\w\s'-]+)",
            "add {thing}",
        ),
        (
            rf"(?:can|could|may|would)\s+(?P<obj>{DETERMINER}\s+[\w\s'-]+?|it|everyone|everybody)\s+(?:be|become)\s+"
            rf"{_NO_LOOK}{_ATTR}",
            "make {obj} {attr}",
        ),
        (rf"(?:{_I_WANT}|i\s+want)\s+(?P<thing>(?:a|an|some|more)\s+[\w\s'-]+?\s+{PLACE}\s+.+)", "add {thing}"),
        (
            rf"(?:{_I_WANT}|i\s+want)\s+(?P<thing>(?!(?:the|it|them|him|her|this|that|these|those|to|you|u|my|his|their|"
            rf"no|nothing|something|everything|one|more)\b)[a-z'-]+(?:\s+[a-z'-]+)?\s+{PLACE}\s+(?:the|his|her|their|my)\s+.+)",
            "add {thing}",
        ),
        (
            rf"(?:{_I_WANT}|i\s+want)(?:\s+(?:to\s+)?see)?\s+(?P<thing>(?:(?:a|an|some|more)\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+"
            rf"[a-z]{{3,}}ing\s+(?:{PLACE}|from|off|out\s+of|between|across|through)\s+.+)",
            "add {thing}",
        ),
        (
            r"(?:it|this|the\s+(?:photo|pic|picture|image|scene|shot))\s+(?:really\s+)?needs\s+"
            rf"(?P<thing>(?:a|an|some|more)\s+[\w\s'-]+?\s+{PLACE}\s+.+)",
            "add {thing}",
        ),
        (
            r"(?:it\s+would|it'?d|would)\s+be\s+(?:so\s+|really\s+)?(?:nice|great|cool|good|fun|awesome|lovely)\s+to\s+"
            r"(?:have|see)\s+(?P<thing>(?:a|an|some|more)\s+.+)",
            "add {thing}",
        ),
        (rf"there\s+should\s+be\s+(?P<thing>(?:(?:a|an|some|more)\s+)?[\w\s'-]+?\s+{PLACE}\s+.+)", "add {thing}"),
        (rf"make\s+it\s+so\s+(?:that\s+)?{OBJ}\s+(?:is|are)\s+{_ATTR}", "make {obj} {attr}"),
        (rf"without\s+{OBJ}", "remove {obj}"),
        (
            rf"(?:{_I_WANT}|i\s+prefer)\s+(?P<whole>{DETERMINER}\s+[\w\s'-]+?)\s+without\s+{OBJ}",
            "remove {obj} from {whole}",
        ),
        (r"we\s+could\s+(?:use|do\s+with)\s+(?P<thing>(?:an?|some|more|a\s+few)\s+[\w\s'-]+)", "add {thing}"),
        (
            r"(?:i|we)\s+(?:really\s+)?(?:want|need)\s+it\s+(?P<attr>(?:(?:a\s+)?(?:bit|little|lot)\s+|much\s+|way\s+)?"
            r"(?!later\b|sooner\b|over\b|together\b|ever\b|never\b)[a-z]+er)",
            "make it {attr}",
        ),
        (
            rf"{OBJ}\s+(?:needs?|wants?|could\s+use)\s+(?P<thing>more\s+{_NOT_WORK}[\w'-]+(?:\s+[\w'-]+)?)",
            "give {obj} {thing}",
        ),
        (
            r"(?:(?:it|this(?:\s+one)?|the\s+(?:photo|picture|pic|image|shot))\s+)?(?:(?:really|kinda|definitely)\s+)?"
            rf"(?:could\s+use|could\s+do\s+with)\s+(?P<thing>(?:a|an|some|a\s+few)\s+(?!{_NOT_ADDED})[\w'-]+(?:\s+[\w'-]+)*)",
            "add {thing}",
        ),
        (rf"(?:{_I_WANT}|we\s+(?:really\s+)?(?:want|need))\s+(?P<thing>more\s+(?:{_LOOK_OF}))", "add {thing}"),
        (
            rf"{OBJ}\s+(?:please|pls|plz)\s+(?P<attr>(?:more|less)\s+[\w'-]+|{ATTRIBUTE}|[a-z]+er)",
            "make {obj} {attr}",
        ),
        (
            rf"{OBJ}(?<!\bwould)(?<!\bwill)(?<!\bmight)\s+(?:be|become)\s+(?P<attr>(?:more\s+|less\s+)?(?:{ATTRIBUTE}|[a-z]+er))",
            "make {obj} {attr}",
        ),
        (r"try\s+(?:it|the\s+(?:photo|picture|pic|image))\s+(?:in|as)\s+(?P<rest>.+)", "make it {rest}"),
        (rf"have\s+(?P<obj>{DEFINITE}\s+[\w\s'-]+?)\s+(?P<rest>[a-z]+ing\b.*)", "make {obj} {rest}"),
        (
            rf"have\s+(?P<obj>{DEFINITE}\s+[\w\s'-]+?)\s+(?P<attr>(?:a\s+(?:bit|little|lot)\s+|much\s+)?"
            r"(?!(?:other|over|under|after|never|ever|later|together|either|rather)\b)[a-z]+er)",
            "make {obj} {attr}",
        ),
        (
            rf"less\s+(?P<attr>[a-z]+)\s+(?P<thing>[\w'-]+(?:\s+[\w'-]+)?\s+{PLACE}\s+.+)",
            "make the {thing} less {attr}",
        ),
        (
            rf"(?:have\s+)?(?P<thing>(?:(?:a\s+few|a\s+(?:bit|little)\s+more|an?|some|more|two|three|four|five|\d+)\s+"
            rf"(?!(?:bit|little|lot|tad|touch|few)\b)[\w'-]+(?:\s+[\w'-]+)?|{_EFFECT})\s+"
            rf"(?:[a-z]+ing\s+)?(?:{PLACE}|from)\s+{DEFINITE}\s+.+)",
            "add {thing}",
        ),
        (
            rf"{_I_WANT}\s+(?P<obj>{DETERMINER}(?:\s+{_NOT_LOOKED}(?![a-z]+ed\b)[\w'-]+){{1,4}}?)\s+{_WISHED_LOOK}"
            r"(?:\s+instead(?:\s+of\s+.+)?)?",
            "make {obj} {attr}",
        ),
    )
)
"""Wishes and descriptions of the wanted result, as instructions: "I want the background to be white" ->
"make the background white", "the cone needs to go" -> "remove the cone", "could it be night time?" ->
"make it night time", "I'd love a balloon in the sky" -> "add a balloon in the sky"."""
_WISH_TAIL = re.compile(r",\s+|\s+(?=like\s)", re.I)
"""Where a wish's own words end and a comparison or an aside begins ("the sky has to be clear, no clouds", "... more
pink like cotton candy")."""
_RESUMED = re.compile(
    rf"^(?P<obj>{OWNER}\s+[\w'-]+(?:\s+[\w'-]+)?),?\s+(?:it|they|he|she)\s+"
    r"(?=(?:must|should|has|have|needs?|is|are|be|please|can|could)\b)",
    re.I,
)
"""A thing named and then said again as "it" or "he" before its wish ("the bath it must be more white", "the puppet he
need a hat")."""
_IF_YOU_DID = re.compile(
    r"(?:(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:really\s+|so\s+)?(?:appreciate|love|like)\s+(?:it\s+)?|"
    r"(?:it'?d|it\s+would)\s+be\s+(?:great|nice|lovely|awesome|cool|amazing|perfect)\s+)if\s+you\s+"
    rf"(?P<verb>{'|'.join(PRESENT)})\s+(?P<rest>.+)",
    re.I,
)
"""A request put as what would please ("i'd really appreciate if you removed the cables")."""
_INNER_EMOJI = re.compile(rf"\s*{EMOJI}+(?=\s)")
"""Emoji between the words of a wish ("snow ❄️ on the roofs"): no part of it."""


_ASKED_THEN_EMOJI = re.compile(rf"(?<=\?)\s*{EMOJI}+$")
"""Emoji after a question's mark ("is the original still saved? 🙂"): a tone, no part of what is asked."""
_FULL_STOP = re.compile(r"^(?=(?:\S+\s+){2}\S).*[^\s.!?](?P<stop>\s*\.)$", re.S)
"""A full stop that ends a sentence of three words or more ("Remove the virus from my laptop."): it asks nothing."""
_ACKNOWLEDGED = re.compile(
    r"^(?:(?:ok(?:ay|ey|ie)?|okk+|kk)(?:[\s,.!]+|\s*-\s*)|(?:hey|hi|hello|yo)(?:\s+there)?\s*[,.!]+\s*)(?=[\w'])(?!next\b)",
    re.I,
)
"""An "ok", or a greeting set apart, that opens a turn before its words ("ok I want the car gone", "hey, remove the
virus from my laptop"): it answers the last reply or greets, the rest asks."""
_PLEASE_AT_END = re.compile(r"[\s,]+(?:pls|plz|please|thanks|thx|ty)[\s.!]*$", re.I)
"""A "pls" or "thanks" after a wish ("the sky should be purple pls"): no part of the wished look."""
_ASKED_WITHOUT_MARK = re.compile(
    r"^(?:is|are|was|were|does|did|has)\s+(?:the|it|this|that|these|those|there|my|our|his|her|their|they|he|she|its)\b"
    r"(?!\s+(?:possible|ok|okay|alright|fine|cool)\s+(?:for\s+(?:you|u)\s+)?to\b)[^?]*$",
    re.I,
)
"""A yes-or-no question typed without its question mark ("is the original still saved", "was it better before"): read
with it, as the question it is ("is it ok to make the sky pink" asks for an edit)."""
_QUOTED = re.compile(r"""(['"`\u2018\u201c][^'"`\u2019\u201d]*['"`\u2019\u201d])""")
"""Words in quotes, kept as typed (what a sign should say)."""


def plain_surface(text: str) -> str:
    """`text` as the readers expect it: an opening "ok" or greeting (`_ACKNOWLEDGED`), emoji after a question mark
    and a closing full stop (`_FULL_STOP`) dropped, a question's missing mark put back (`_ASKED_WITHOUT_MARK`), and a
    turn typed all in capitals in lower case except its quotes, so that "OK REMOVE THE VIRUS FROM MY LAPTOP." reads as
    "remove the virus from my laptop". Exclamation marks, other emoji, "pls" and "lol" stay: "more mist!!", "go all
    in 💪", "sky more orange pls" and "turn me into a millionaire lol" say how much, that it is asked, or that it is a
    joke."""
    text = _ASKED_THEN_EMOJI.sub("", text.strip())
    if stop := _FULL_STOP.match(text):
        text = text[: stop.start("stop")]
    text = _ACKNOWLEDGED.sub("", text, count=1)
    if _ASKED_WITHOUT_MARK.match(text):
        text += "?"
    unquoted = _QUOTED.sub("", text)
    if len(re.findall(r"[A-Z]", unquoted)) > 1 and not re.search(r"[a-z]", unquoted):
        text = "".join(part if _QUOTED.fullmatch(part) else part.lower() for part in _QUOTED.split(text))
    return text


def clean(text: str) -> str:
    """`text` without leading fillers ("ok, now", "can you please", "actually") and trailing "please".

    A lead-in clause before a colon or a dash is dropped when what follows is a request and the
    lead-in is not, neither holds it off nor tells of it (`DONT`, `tells_of`), and the request
    does not point back at it with "it" ("from my trip - can you remove the tourists?", but not "the
    sky: make it pink" or "my cousin said: remove the pylon"); a gerund that starts the
    request becomes its verb ("mind removing the sign" -> "remove the sign").
    """
    text = text.strip(" \t-–—:;,")
    while (stripped := _LEAD_EMOJI.sub("", _FILLERS.sub("", text, count=1)).strip(" \t-–—:;,")) != text:
        text = stripped
    if (
        (lead := LEAD_IN.match(text))
        and not re.search(EDIT_VERB + r"\b", lead["lead"], re.I)
        and not DONT.match(lead["lead"])
        and not tells_of(lead["lead"])
    ):
        rest = clean(lead["rest"])
        points_back = PHOTO_PRONOUN.match(rest) or PERSON_PRONOUN.match(rest) or OWNER_PRONOUN.match(rest)
        if REQUEST_START.match(rest) and (not points_back or THE_PHOTO.search(lead["lead"])):
            return rest
    text = GERUND.sub(lambda m: GERUNDS[m.group(1).lower()], text, count=1)
    return TRAILERS.sub("", text).strip()


def tells_of(lead: str) -> bool:
    """Whether the words before an edit verb tell of the edit rather than ask for it (`REPORTED`, looked for after
    the last change of mind: "my friend said so, but now make the sky pink" asks for it)."""
    return REPORTED.search(lead[max((m.end() for m in _CHANGED_MIND.finditer(lead)), default=0) :]) is not None


def words_of(instruction: str) -> set[str]:
    """The lower-case words of an instruction, of three letters or more (no "a", "to", "in")."""
    return set(re.findall(r"[a-z]{3,}", instruction.lower()))


_ONLY_BETTER = re.compile(
    r"(?P<head>\S+\s+\S+)\s+(?:would|might|could)\s+(?:be|look)\s+(?:better|nicer|prettier|best)[\s.!]*", re.I
)
"""A shade said to be better ("dark green would be better"): a comparison with what was made, no thing's look."""


def wished_instruction(instruction: str) -> str:
    """A wish or a description of the wanted result as an instruction (`_WISHES`); a past participle
    becomes its verb ("the cup should be removed" -> "remove the cup"); a question about a state
    ("can the cup be recycled?") stays as it is. "it" said again after the thing (`_RESUMED`) and emoji between
    the words are dropped, "i'd appreciate if you removed ..." asks for that removal (`_IF_YOU_DID`), and an aside
    after the wish (`_WISH_TAIL`: ", no clouds", "like cotton candy") stays after its instruction. A thing named
    without "the" (`_BARE_THING`: "walrus needs to be grey") is read with it, a wish without its "I"
    (`_SUBJECTLESS_WISH`: "want the car gone") too."""
    if (better := _ONLY_BETTER.fullmatch(instruction.strip())) and BARE_COLOUR.fullmatch(better["head"]):
        return instruction  # "dark green would be better": a comparison with what was made, no look of a thing
    instruction = _RESUMED.sub(
        lambda m: f"{m['obj']} ", _INNER_EMOJI.sub("", _PLEASE_AT_END.sub("", instruction)), count=1
    )
    instruction = _SUBJECTLESS_WISH.sub("i ", instruction, count=1)
    instruction = _GLAD_IF.sub("it would be nice if ", instruction, count=1)
    if done := _IF_YOU_DID.fullmatch(instruction):
        return f"{PRESENT[done['verb'].lower()]} {done['rest']}"
    for pattern, template in _WISHES:
        if match := pattern.fullmatch(instruction):
            groups = match.groupdict()
            parts = {name: _OBJECT_FORM.get((said or "").lower(), said or "") for name, said in groups.items()}
            if parts.get("doing"):
                parts["doing"] = _base_form(parts["doing"])
            attr = (parts.get("attr") or "").lower()
            if attr in PRESENT:
                return f"{PRESENT[attr]} {parts['obj']}"
            if attr.endswith("ed") and pattern.pattern.startswith("(?:can|could"):
                return instruction
            return template.format(**parts).strip()
    if tail := _WISH_TAIL.search(instruction):
        head = instruction[: tail.start()]
        if (wished := wished_instruction(head)) != head:
            return wished + instruction[tail.start() :]
    if _BARE_THING.match(instruction) and (wished := wished_instruction(f"the {instruction}")) != f"the {instruction}":
        return wished
    if (every := _ALL_OF.match(instruction)) and (wished := wished_instruction(instruction[every.end() :])) != (
        instruction[every.end() :]
    ):
        return re.sub(r"\bthe\b", "all the", wished, count=1)
    return instruction


def _base_form(doing: str) -> str:
    """The verb of an "-ing" word, as the encoder knows it ("throwing" -> "throw", "running" -> "run", "smiling" ->
    "smile"), else the word without its "-ing" ("brightening" -> "brighten")."""
    stem = doing[:-3]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz" else None
    return next((verb for verb in (doubled, stem, f"{stem}e") if verb and shared_encoder().knows(verb)), stem)


def spelled_right(text: str) -> str:
    """The turn with a misspelt first verb (a letter typed thrice counts twice; a comparative such as "bluer" is
    none), determiners and slang for removing (`SLANG_REMOVAL`) put right ("plz remoov teh bags" -> "plz remove the
    bags"), "u" for "you" and "should of" for "should have" written out (`_YOU_TYPED_U`, `_OF_FOR_HAVE`), stars on
    words, an emphatic "both" and a filler after the verb dropped (`_STARRED`, `_BOTH`, `_VERB_ALSO`), a dictated
    comma written and a hyphened "-y" joined ("marble-y" -> "marbley"), and misspelt colours and photo words put
    right (`_put_right`), so that the model and the rules read the words meant."""
    text = _HYPHENED_Y.sub(
        r"\g<stem>y",
        _DICTATED_COMMA.sub(
            ", ", _STARRED.sub("", _YOU_TYPED_U.sub(r"\g<before> you", _OF_FOR_HAVE.sub(r"\g<modal> have", text)))
        ),
    )
    first = re.match(r"\s*(\w+)", clean(text))
    if first and not shared_encoder().knows(first[1]) and first[1].lower() not in COMPARATIVE_WORDS:
        said = re.sub(r"(\w)\1\1+", r"\1\1", first[1].lower())
        close = difflib.get_close_matches(said, COMMON_VERBS, n=1, cutoff=0.75)
        if close and close[0][0] == first[1][:1].lower():
            text = re.sub(rf"\b{re.escape(first[1])}\b", close[0], text, count=1)
    text = SLANG_REMOVAL.sub("remove", _AD.sub(lambda m: "Add " if m[0][0].isupper() else "add ", text))
    text = _VERB_ALSO.sub(r"\g<verb> ", _BOTH.sub("", _TWO_FOR_TO.sub(lambda m: f"{m['move']} to ", text)))
    text = _HYPHENED_COMMAND.sub(r"\g<prefix>do", text)
    return _put_right(re.sub(r"\b\w+\b", lambda word: _MISSPELT.get(word[0].lower(), word[0]), text))


def _put_right(instruction: str) -> str:
    """A turn with its misspelt words put right (`_respelled`: "change the vase colour to yelow" -> "... to yellow",
    "make it gren instead" -> "... green instead"), or as typed when one of them cannot be: never half put right
    ("make the umbrela yelow" stays)."""
    unknown = {
        word
        for word in re.findall(r"\b[a-z]{4,}\b", instruction)
        if word not in COMMON_VERBS and not shared_encoder().knows(word)
    }
    respelled = {word: _respelled(word) for word in unknown}
    if not unknown or None in respelled.values():
        return instruction
    return re.sub(r"\b[a-z]{4,}\b", lambda word: respelled.get(word[0]) or word[0], instruction)


def _respelled(word: str) -> str | None:
    """An unknown lower-case word put right: a last letter typed twice ("pinkk" -> "pink") when the word without it
    is known, two letters swapped ("grene", "agian") or a close misspelling ("yelow", "backround", "insted") of a
    colour or a common photo or chat word, never a shorter word it begins with ("bluer", "redo" stay); None when
    there is none."""
    if word[-1] == word[-2] and shared_encoder().knows(word[:-1]):
        return word[:-1]
    if (
        (stretched := re.sub(r"(\w)\1{2,}", r"\1", word)) != word
        and len(stretched) > 3
        and shared_encoder().knows(stretched)
    ):
        return stretched  # a letter held down ("warmerrr", "pinkkkk")
    swapped = {word[:at] + word[at + 1] + word[at] + word[at + 2 :] for at in range(len(word) - 1)}
    if word not in _NOT_SWAPPED and len(found := swapped & _SPELLED_SET) == 1:
        return found.pop()  # two letters typed the wrong way round: "grene", "purpel", "agian", "shrae"
    close = difflib.get_close_matches(word, _SPELLED_WORDS, n=1, cutoff=0.85)
    return close[0] if close and close[0][0] == word[0] and not word.startswith(close[0]) else None


def object_of(instruction: str) -> tuple[str, str, str] | None:
    """(verb, object phrase, rest) of an instruction like "make the cup blue"; None when unclear."""
    match = _INSTRUCTION.match(instruction.strip().rstrip(".!"))
    if match is None:
        return None
    verb, obj, rest = match["verb"], match["obj"], match["rest"] or ""
    if re.fullmatch(r"\s+[\w'-]+", rest) and not re.fullmatch(RECOLOUR, verb, re.I):
        return verb, obj + rest, ""
    if re.fullmatch(RECOLOUR, verb, re.I) and rest and not re.match(r"\s+(?:into|to|with|look|on|in|at)\b", rest, re.I):
        obj, rest = _look_out_of(obj, rest)
    elif rest and (doing := _DOING.fullmatch(obj)):
        obj, rest = doing["thing"], f" {doing['doing']}{rest}"
    return verb, obj, rest


_ING_NOUNS = (
    r"(?:building|painting|ceiling|awning|earring|clothing|icing|frosting|wedding|pudding|dumpling|"
    r"sapling|seedling|duckling|sibling|string|swing|railing|topping|filling|lining|bedding|carving|drawing|"
    r"fencing|herring|landing|opening|evening|morning|lightning|something|anything|everything|nothing|stocking)"
)
"""Nouns that end in "-ing", never what a thing is doing."""
_DOING = re.compile(
    r"(?P<thing>(?:an?|some|two|three|\d+)\s+[\w'-]+(?:\s+[\w'-]+){0,2})\s+"
    rf"(?P<doing>(?!{_ING_NOUNS}$)[a-z]{{2,}}ing)",
    re.I,
)
"""An added thing and what it is doing before its place ("a spoonbill | standing on the roots"): the thing alone is
what "it" and a correction name."""
_DOING_AFTER = re.compile(
    r"(?P<thing>(?:the|an?|some)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+"
    rf"(?:(?!{_ING_NOUNS}\b)[a-z]{{2,}}ing|asleep|awake|afloat|alone|ablaze)\b.*",
    re.I,
)


def thing_alone(obj: str) -> str:
    """A thing without what it is doing or how it is ("the golden retriever | watching the baby", "the cat | asleep"):
    what "it" names later."""
    return doing["thing"] if (doing := _DOING_AFTER.fullmatch(obj)) else obj


_LOOK_ARTICLE = re.compile(
    r"(?<=\w)(?<!\bof)(?<!\bon)(?<!\bin)(?<!\bat)(?<!\bby)(?<!\bto)(?<!\bwith)(?<!\bfrom)\s+(?:a|an)(?:\s+|$)", re.I
)
""""a" or "an" inside a recoloured object, not after a preposition: where its look begins ("the sky | a deep
sunset")."""


def _look_out_of(obj: str, rest: str) -> tuple[str, str]:
    """A recoloured object and its look, with the look's first words moved out of the object ("the waffles golden" +
    " brown" -> "the waffles" + " golden brown", "the sky a deep sunset" + " orange" -> "the sky" + " a deep sunset
    orange")."""
    article = _LOOK_ARTICLE.search(obj)
    if article is not None:
        return obj[: article.start()], obj[article.start() :] + rest
    words = obj.split()
    moved = 0
    while len(words) - moved > 2 and (
        _look_word(words[-1 - moved]) or (words[-1 - moved].lower() in ("and", "or") and _look_word(words[-2 - moved]))
    ):
        moved += 1
    if moved == 0:
        return obj, rest
    return " ".join(words[:-moved]), " " + " ".join(words[-moved:]) + rest


_LOOK_WORD = re.compile(
    rf"(?!(?:forest|sea|sky|ice|candy|blood|jet|baby|fire|hot|cool|soft|warm)$)"
    rf"(?:{COLOUR_WORD}|{SHADE}|{'|'.join(c for c in vocab.COLORS if ' ' not in c)}|"
    r"cherry|brick|lemon)",
    re.I,
)
"""A word of a colour or its shade ("golden", "cherry", "deeper"), not a thing's name ("forest", "sky")."""


def _look_word(word: str) -> bool:
    """Whether a word says how a thing looks rather than what it is: the first words of a colour."""
    return _LOOK_WORD.fullmatch(word) is not None


def attribute_like(words: str) -> bool:
    """Whether a correction's words say how something looks (a colour, material or finish), not what it is."""
    return any(
        word in ATTRIBUTE_WORDS or re.fullmatch(COLOUR_WORD, word) for word in re.split(r"[\s-]+", words.lower())
    )


_COLOUR_NOUNS = frozenset(
    "cherry brick blood fire candy wine rose ruby emerald sapphire ocean forest sea baby hot electric royal midnight "
    "powder burnt pastel lemon coffee chocolate bottle racing pillar post".split()
)
"""Nouns that name a shade before a colour ("cherry red", "racing green"): part of the look, not of a place."""


def placed_look(rest: str) -> tuple[str, str] | None:
    """Where a recoloured thing is and its new look, from what follows its object (" on the left blue" -> ("on the
    left", "blue")); a noun after "the front" or "the left" is part of the place (" in the front crate green" ->
    ("in the front crate", "green")). None when no place comes first."""
    placed = PLACED_LOOK.fullmatch(rest)
    if placed is None:
        return None
    where, look = placed["where"], placed["look"].split()
    if (
        re.search(r"\bthe\s+\S+$", where, re.I)
        and len(look) > 1
        and not attribute_like(look[0])
        and look[0].lower() not in _COLOUR_NOUNS
        and attribute_like(" ".join(look[1:]))
    ):
        where, look = f"{where} {look[0]}", look[1:]
    return where, " ".join(look)


def article_for(words: str) -> str:
    """The indefinite article before `words`, by their sound ("an apple", "an 8-bit look", "a pear")."""
    return "an" if re.match(r"[aeiou]|8|1[18](?!\d)", words, re.I) else "a"
