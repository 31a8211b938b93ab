"""Corrections of an edit: the rejected instruction in parts, and the words that replace its object, look or
place ("no, I meant the saucer" after "make the cup blue" -> "make the saucer blue")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.references import NUMBER_WORDS, keywords, stem
from assistant.understanding.phrases import (
    article_for,
    attribute_like,
    clean,
    object_of,
    placed_look,
    spelled_right,
    wished_instruction,
    words_of,
)
from assistant.understanding.pronouns import resolve_pronoun
from assistant.understanding.vocabulary import (
    ADDING,
    ATTRIBUTE,
    BARE_COLOUR,
    BESIDE,
    COLOUR_NAME,
    COLOUR_WORD,
    COMPARATIVE,
    DEFINITE,
    DETERMINER,
    DONT,
    EDIT_VERB,
    GERUNDS,
    GIVE,
    GONE,
    MEANT_FOR,
    MORE,
    NEGATED,
    NOT_A_ROUND_NEXT,
    NOT_PART,
    NUDGE,
    NUMBER,
    OBJ,
    OTHER_LOOK,
    OTHER_SIDE,
    OWNER,
    PERSON,
    PHOTO_VERB,
    PLACE,
    POSITION_WORDS,
    POSSESSIVE,
    PRESENT,
    RECOLOUR,
    REMOVAL,
    SHADE,
    SHADE_MORE,
    SIZE,
    SIZE_ONLY,
)
from language.action import vocab

_POSITION = re.compile(rf"^(?:the\s+)?(?:{POSITION_WORDS})(?:\s+(?:one|side|part|bit|half))?$", re.I)
"""A correction that names only a place or "the other one": not an object to put in the instruction."""
_SIDE_ONE = re.compile(r"the\s+(?P<side>(?:far\s+)?(?:left|right|top|bottom|middle|front|back))\s+one", re.I)
"""A thing said by where it is ("the left one"): in a correction, the rejected edit's thing there."""
_NOT_THEN = re.compile(r"^not\s+the\s+[\w'-]+(?:\s+(?!(?:the|of)\b)[\w'-]+){0,2}\s+(?=the\s+\w)", re.I)
"""A rejected object right before the wanted one, with no comma between ("not the cardigan the blazer")."""
_CORRECTION_WORDS = re.compile(
    r"^(?:i\s+(?:am\s+)?(?:want|wanted|wanting|meant)\s+(?:to\s+)?(?:say|like)|i\s+am\s+wanting|"
    r"(?:do|apply|use|repeat|switch)\s+(?:the\s+same(?:\s+thing)?|that|this|it)\s+(?:to|for|on|onto)"
    rf"(?=\s){NOT_A_ROUND_NEXT}|"
    r"i\s+(?:think\s+i\s+|actually\s+|really\s+|did\s+|obviously\s+|clearly\s+)(?:meant|mean|said|wanted)|"
    r"i\s+should(?:'?ve|\s+have)\s+said|(?:could|can|would)\s+(?:it|they)\s+be|"
    r"(?:you|u)\s+(?:removed|changed|edited|coloured|colored|did|picked|took)\s+the\s+wrong\s+(?:thing|one|object|part)|"
    r"(?:the\s+)?colou?r\s+(?:is|was|should\s+be|must\s+be)|it\s+(?:was|is|should\s+(?:be|have\s+been))|it'?s|(?:it\s+)?should(?:'?ve|\s+have)\s+been|"
    r"(?:it\s+)?(?:needs?|needed)\s+to\s+be|i'?d\s+(?:rather|prefer)(?:\s+(?:have|make))?(?:\s+it)?|"
    rf"i\s+(?:want|need|wanted|needed)\s+(?:it|them)(?!\s+\w+ed\b)|i\s+want(?=\s+(?:the|{POSSESSIVE}|two|three|four|five|six|\d+)\s)|i\s+(?:want|wanted)(?=\s+more\s+(?:of|like)\b)|i\s+(?:want|wanted)\s+more(?=\s+(?:(?:light|dark|bright|pale|deep)\s+)?(?:{ATTRIBUTE})\b)|you\s+got\s+it\s+wrong|try\s+(?:it|that)\s+(?:with|in)|i'?d\s+prefer|i\s+prefer|prefer|do(?:ing)?|try|wrong(?:\s+(?!the\b|a\b|an\b)\w+)?|i\s+was\s+(?:talk(?:ing|in'?)\s+about|on\s+about|referring\s+to)|i\s+wanted|i\s+said|(?:i\s+)?meant(?:\s+to\s+be)?|i\s+was\s+meaning|no\s+no|"
    rf"(?:it|that|them)(?=\s+(?:{ATTRIBUTE})\b)|(?:it|them)(?=\s+(?!(?:gone|back|again|too|off|out|away|now|done)$)[a-z]+(?<!ed)$)|"
    r"you\s+should\s+have|(?:it\s+was\s+|you\s+were\s+)?supposed\s+to(?:\s+be)?|i\s+told\s+you\s+to|you\s+needed\s+to|"
    r"i\s+asked\s+(?:you\s+to|for|to)|what\s+i\s+wanted\s+was(?:\s+to)?|you\s+misunderstood|"
    r"i\s+(?:wrote|typed|say)|(?:it\s+)?(?:should|must)\s+be|more\s+(?:of|like)(?:\s+an?)?|like\s+an?|dude|bro|lol|lmao|haha+|"
    r"scratch\s+that|forget\s+that|cancel\s+that|never\s+mind|(?:is|was)(?=\s+(?:the|an?|my|his|her|their)\s)|"
    rf"i\s+(?:want|need|wanted)(?=\s+{PHOTO_VERB}\b)|(?:it|that|them)(?=\s+(?:in|on|at|by|under|behind|beside|next_to)\s)|"
    rf"(?:it|that|this)\s+(?:to|for|with)(?=\s+(?:the|{POSSESSIVE})\s)|"
    r"that'?s\s+not\s+(?:right|what\s+i\s+(?:asked|meant|wanted)(?:\s+for)?)|(?:closer|almost|nearly)(?:\s+there)?\s+but|"
    r"(?:do\s+)?(?:the\s+)?same(?:\s+(?:thing|edit|change))?(?:\s+but)?(?:\s+(?:to|with|for|on))?|what\s+about|"
    rf"(?:let'?s\s+)?(?:go|try)(?:\s+(?:with|for))?(?=\s+(?:{ATTRIBUTE})\b)|"
    r"(?:try\s+again|do\s+(?:it|that)(?:\s+again)?)(?:\s+but)?(?:\s+with)?)\b[\s,:!.?-]*",
    re.I,
)
_SOCIAL_ONLY = re.compile(
    r"(?:(?:ok|okay|oh|so|and)\s+)?(?:thanks?|thank\s+(?:you|u|ya)|ty|thx|tysm|cheers|lol|haha+|nice|great|perfect|love\s+it)"
    r"(?:\s+(?:so\s+much|a\s+lot|again|mate|man|lol|!+))*",
    re.I,
)
"""A clause of a correction that only thanks or laughs ("..., thank u"): it names nothing."""
_NEW_SAID_OVER_OLD = re.compile(
    r"(?:(?:no+|nah|nope|actually|hmm+|ok|okay|oh|sorry|wait)[\s,.!]+)*(?:"
    r"instead\s+of\s+(?:the\s+)?[\w'-]+(?:\s+(?!(?:can|could|would|make|pls|please)\b)[\w'-]+)?,?\s+(?:(?:can|could|would)\s+(?:it|they)\s+be\s+|"
    r"(?:can|could|would)\s+(?:you|u)\s+make\s+(?:it|them)\s+|make\s+(?:it|them)\s+)?(?P<instead>[\w\s'-]+)"
    r"|more\s+(?P<more>[\w'-]+(?:\s+[\w'-]+)?)\s+than\s+[\w'-]+(?:\s+[\w'-]+)?"
    r"|(?P<asked>[\w\s'-]+?)\s+(?:is|was)\s+what\s+i\s+(?:asked\s+for|wanted|said|meant))",
    re.I,
)
"""A correction that says the new look or thing over the old one ("instead of jade can it be black", "more
terracotta than red", "fluoro pink is what i asked for"): only the new one."""
_CLAUSE = re.compile(
    r"(?<=[,;:.!?])\s+|\s+but\s+|\s+[-–—]\s+|\.{2,}\s*|\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+\s*"
)
"""Where a correction's clauses part ("that's the wrong one, I meant the mug")."""
_SAYS_MEANT = re.compile(r"\bi\s+(?:(?:actually|really|did|obviously|clearly)\s+)?(?:meant|mean|said)\b", re.I)
"""The clause of a correction that says what was meant ("i meant antique, more like 1700s"): tried first."""
_PUNCTUATION = re.compile(r"[!,:;?\U0001F000-\U0001FAFF\u2600-\u27BF]|\.(?:\s|$)|\s[-–—]+\s")
"""Punctuation left inside a correction's words: more than one clause, tried clause by clause instead."""
_NEXT = re.compile(r"\s+(?:next|first|then)$", re.I)
_BY_REJECTED = re.compile(
    r"(?<=\w)\s+(?:next\s+to|beside|behind|near|by|left\s+of|right\s+of)\s+(?:him|her|them)$", re.I
)
"""Where the wanted person is from the rejected one ("the violinist next to him"): it only tells them apart."""
_THAT_IS = re.compile(rf"\s+(?:that'?s|that\s+is|which\s+is)\s+(?=(?:{ATTRIBUTE})$)", re.I)
"""A relative clause before an attribute ("the car that's green") -> "the car green"."""
_NOT_A_PHRASE = re.compile(
    r"\b(?:is|are|was|were|be|been|would|should|could|will|looks?|seems?|feels?|like|off|too|than|nicer|better|"
    r"worse|wrong|thats|why|how|what|you|i|me|my|has|have|had|does|did|doesnt|dont|didnt|isnt|arent|wasnt|lost|got|went|"
    r"became|changed|still|disappeared|vanished|match(?:es)?|anymore)\b|[?]|'(?!s\b)|\b(?:it|that|what|there|here|he|she)'s\b",
    re.I,
)
"""Words that make a correction a remark, not an object or attribute to put in the instruction."""
_PAST = re.compile(r"^(?:" + "|".join(PRESENT) + r")\b", re.I)
"""Past-tense verbs of a correction ("you should have made the cup red") and their instruction form."""
_AFTERWORDS = re.compile(
    r"[\s,]+(?:i\s+(?:said|say|meant|mean|wrote)|specifically|sorry|dude|my\s+bad|sorry\s+for\s+my\s+\w+|tho|though|"
    r"lmao+|"
    r"than\s+(?:that|this|before|it\s+(?:is|was))|"
    r"(?:the|his|her|their|my|our)\s+[\w'-]+(?:\s+[\w'-]+){0,2}\s+(?:can|could|should|may)\s+stay)$",
    re.I,
)
"""Correction words after the correction ("the pebbles i meant", "a crow, specifically", "darker green than
that"), and the rejected thing kept ("the crackers, the salami can stay")."""
_BETTER_THAN = re.compile(
    r"(?P<words>.+?)\s+(?:(?:would|might|could)(?:(?P<past>\s+have|'?ve)\s+(?:been|looked)|\s+(?:be|look))|is|looks)\s+"
    r"(?:nicer|better|prettier|right)(?P<than>\s+than\s+.+)?",
    re.I,
)
"""A correction put as a comparison with what was made ("copper would be nicer than gold" -> "copper"); without
"than" it is a remark ("green would look nicer") unless it regrets the colour that was made ("red would've been
better"), the correction also rejects something ("velvet black would be better, not purple") or takes the edit
back with "actually" ("actually navy would be better", "eh actually navy would be better")."""
_DO_IT_SO = re.compile(
    r"\s*[,.;!]+\s*(?:(?:so|ok(?:ay)?|pls|please|just)\s+)*(?:do\s+it\s+(?:that\s+way|like\s+that)|do\s+that|try\s+that|"
    r"go\s+with\s+that|change\s+it|make\s+it\s+so|switch\s+(?:it|to\s+that))(?:\s+(?:pls|please|instead))?$",
    re.I,
)
"""A comparison then the ask to make it so ("dark green would be better. do it that way"): the comparison corrects."""
_THING_THEN_LOOK = re.compile(
    rf"(?P<thing>{DETERMINER}\s+[\w\s'-]+?)(?:\s*,\s*|\s+but\s+|,?\s+(?:and|but)\s+make\s+(?:it|them)\s+)(?:in\s+)?"
    r"(?P<look>.+)",
    re.I,
)
"""A thing and its look set apart by "but", a comma or "and make it" ("the saucer but red", "the plate, in red"); "the
man in red" is one thing."""
_BARE_PRONOUN = re.compile(r"(?:him|her|them|it|me|us|this|that)(?:\s+(?:too|also|as\s+well))?", re.I)
"""A correction that is only a pronoun ("her too"): it names no thing."""
_AS_IT_IS = re.compile(r"(?:already|still)\s+(?!(?:wrong|not|bad|off)\b)[\w'-]+(?:\s+[\w'-]+)?", re.I)
"""A correction's words that say how things are now ("already blue", "still there"), not what to change to."""
_ONLY_NONE = re.compile(
    r"(?:no|not)\s+(?P<thing>(?!(?:the|a|an|my|his|her|their|this|that)\b)[\w'-]+(?:\s+[\w'-]+)?)", re.I
)
"""A correction that only says what is not wanted ("no croissant"): it names nothing to do instead ("no the
saucer" is "no, the saucer")."""
_PLACED_THING = re.compile(
    rf"(?:{DETERMINER}\s+)?(?P<thing>[\w'-]+(?:\s+[\w'-]+)?)\s+(?P<preposition>{PLACE}|to)\s+(?P<place>{DETERMINER}\s+.+)",
    re.I,
)
"""A thing and where it goes ("the lamp on the shelf", "hat on the dog")."""
COLOUR_SWAP = re.compile(
    rf"(?:change|swap|switch|replace|turn|make)\s+(?:the\s+)?(?P<old>{BARE_COLOUR.pattern})\s+(?:to|for|with|into)\s+"
    rf"(?P<new>{BARE_COLOUR.pattern})",
    re.I,
)
"""One colour swapped for another ("change blue to red", "swap the blue for teal"): the new colour is what is said."""
_NEXT_TO = re.compile(r"\bnext\s+to\b", re.I)
"""Kept whole while fillers are stripped ("next" alone is a filler)."""
_CLEFT = re.compile(
    rf"(?P<obj>{DETERMINER}\s+[\w\s'-]+?)\s+(?:(?:is|was)\s+what\s+)?i\s+(?:wanted|want|meant|mean|said|asked\s+for)"
    r"(?:\s+(?P<attr>[\w\s'-]+))?",
    re.I,
)
"""The object named before "I meant" ("the trombone I wanted gold", "the dog bowl I want gone")."""
_SIDE_WORDS = {"left": "right", "right": "left"}
_SIDE_FILLER = frozenset(
    {"side", "of", "the", "on", "to", "one", "a", "an", "it", "is", "was", "should", "be", "go", "goes", "meant"}
)
_OTHER_ONE = re.compile(r"(?:the\s+)?other\s+(?:one|guy|man|woman|person|kid|dude|lady|girl|boy|bloke)", re.I)
"""Someone or something called only "the other one" ("not him, the other guy"): with no side to flip, which one is
not said."""
_ONLY = re.compile(r"^(?:i\s+)?(?:only|just)\s+(?:(?:wanted|meant|want|said)\s+)?(?P<obj>.+)$", re.I)
"""A correction that keeps the last edit to its object ("just the door", "i only wanted the door")."""
_VERB_FIRST = re.compile(rf"{PHOTO_VERB}\s+(?:{DETERMINER}|it|him|them)\b", re.I)
"""A correction that is a whole instruction with a rarer verb ("take the bin away")."""
_NO_OBJECT = re.compile(
    r"\b(?:thing|things|stuff|edit|edits|round|rounds|version|versions|step|steps|change|changes|something|"
    r"anything|photo|picture|image|pic|time|way|colou?r|place|spot|size|shape|angle|position|placement|"
    r"proportions?|orientation|perspective)$|^(?:the\s+|this\s+|that\s+)?(?:one|ones)$|"
    rf"^(?!(?:{DETERMINER}|all|each|both|any|none)\s)[\w\s'-]+\s(?:it|them)$",
    re.I,
)
"""Words that name no object of the photo ("the fifth edit", "the one", "the thing", "the size"), nor a thing said
only as "it" ("just admiring it"; "the van behind it" names the van)."""
_KIND_OF = re.compile(
    rf"(?P<det>{DETERMINER})\s+(?P<kind>[\w\s'-]+?)\s+(?P<head>effect|filter|look|style|finish|texture|overlay)", re.I
)
"""A kind of effect ("a film grain effect"): a correction that rejects the kind ("not grain, light leaks") keeps
the effect ("a light leaks effect")."""
_MY = re.compile(r"^my\s+(?=\S)", re.I)
"""A thing of the person's own ("my jacket"): "my backpack" corrects it, though "my" mostly starts a remark."""
_MASS_STYLE = re.compile(r"\b(?:art|style)$", re.I)
"""A style named with no article ("pop art", "anime style"), even where the rejected style had one."""
_SHOULD_HAVE_BEEN = re.compile(r"\bshould(?:'?ve|\s+have)\s+been\b", re.I)
"""What a thing should have been ("the star should have been silver"), read as what it should be."""
_SUPPOSED = re.compile(r"\b(?:was|were|is|are)\s+(?:supposed|meant)\s+to\b", re.I)
_PREPOSITION = (
    r"in\s+front\s+of|next\s+to|look\s+like|into|onto|to|with|like|from|in|on|behind|over|above|under|below|near|"
    r"around|beside|at|along|across|by"
)
_STYLE_PREPOSITION = r"into|look\s+like|like"
_REPLACING = r"replace|swap"
_BARE_INSTRUCTION = re.compile(
    rf"^(?P<verb>{RECOLOUR}|{ADDING}|{_REPLACING}|{REMOVAL}|convert|transform)\s+"
    rf"(?P<obj>it|(?!(?:{_PREPOSITION}|off)\b)[\w'-]+(?:\s+[\w'-]+){{0,3}}?)(?P<rest>\s+(?:{_PREPOSITION})\s+.+)?$",
    re.I,
)
"""An instruction whose object has no determiner ("add candles on the cake", "make it look like winter")."""
_DONE_TO_OBJECT = re.compile(
    rf"(?P<verb>(?:{PHOTO_VERB})(?:\s+(?:out|up|down|away|off))?)\s+"
    rf"(?P<obj>{OWNER}\s+[\w'-]+(?:\s+[\w'-]+)?)",
    re.I,
)
"""Another photo verb done to a named thing ("smooth out her skin", "blur the crowd"): a correction may name another."""
_ADDED_DOING = re.compile(
    rf"^(?P<verb>{ADDING})\s+(?P<obj>(?!(?:{DETERMINER})\b)[\w'-]+(?:\s+[\w'-]+)?)\s+(?P<rest>[a-z]+ing\s+.+)$", re.I
)
"""An addition of a thing named without a determiner and doing something ("add smoke coming out of the
volcano"): a correction that names another thing ("lava, not smoke") replaces it."""
_DONE_TO = re.compile(
    rf"(?P<obj>{DETERMINER}\s+[\w\s'-]+?)\s+(?P<done>{'|'.join(PRESENT)})(?P<rest>\s+.+)?",
    re.I,
)
"""An object with what should have been done to it ("the armchair moved to the window")."""
_TO_BE = re.compile(
    rf"(?P<obj>{DETERMINER}\s+[\w\s'-]+?)\s+to\s+(?P<verb>(?!(?:{DETERMINER}|{_PREPOSITION})\b)[a-z]+)\s+(?P<rest>.+)",
    re.I,
)
"""An object with what it should be or do ("the tulips to be taller", "the cat to wear a bow tie")."""
_GIVEN_FOR = re.compile(
    rf"(?P<thing>{DETERMINER}\s+[\w\s'-]+?)\s+(?:(?:is|was|were|must|should|be|been|meant|supposed|to)\s+)*"
    rf"for\s+(?P<who>{DETERMINER}\s+[\w\s'-]+)",
    re.I,
)
"""A given thing with whom it was for ("the hat must be for the woman", "a hat for the ostrich")."""
_GOES = re.compile(
    rf"(?P<obj>{DETERMINER}\s+[\w\s'-]+?)\s+(?:goes|go|belongs|should\s+(?:go|sit|be|stand|hang))\s+"
    rf"(?P<place>(?:{_PREPOSITION})\s+.+)",
    re.I,
)
"""Where an added thing should be ("the flag goes on the roof of the cabin")."""
_OBJECT_PRONOUN = re.compile(
    rf"^(?P<verb>{PHOTO_VERB})\s+(?:it|that|them|him|her(?!\s+[\w'-]+\s+\w))\b(?!\s+(?:one|photo|picture|image|pic)\b)",
    re.I,
)
"""A corrected instruction that points at the rejected edit's object ("make him wear a red shirt")."""
_BY_DEGREE = re.compile(
    rf"(?P<obj>{DEFINITE}(?:\s+(?!(?:should|must|needs?|has|have|is|are|was|were|be|can|could|would|to)\b)[\w'-]+)+?)"
    r"\s+(?P<how>(?:(?:a\s+)?(?:bit|little|lot|much|way|tad)\s+)*"
    rf"(?:{SIZE}|{COMPARATIVE}|sharper|shinier|clearer|softer|smoother|cleaner|bolder|more\s+[a-z]{{3,}}))",
    re.I,
)
"""An object with how much more it should be, said without a verb in a correction ("i wanted the plume taller",
"the sign a bit sharper"); "the scarf should be longer" has a verb (`wished_instruction` reads it)."""
_THING_AT = re.compile(
    rf"(?P<thing>(?:(?:an?|some|{'|'.join(NUMBER_WORDS)})\s+)?[\w'-]+(?:\s+[\w'-]+)?)\s+{PLACE}\s+{DETERMINER}\s+.+",
    re.I,
)
"""Another thing at another place ("string lights above the tables", "lanterns over the door"): a whole new addition."""
_COMING_OFF = re.compile(
    rf"[\w'-]+(?:\s+[\w'-]+)?\s+(?:coming|rising|pouring|drifting|floating|billowing)\s+(?:off|out\s+of|from|over|above)"
    rf"\s+{DETERMINER}\s+.+",
    re.I,
)
"""A thing said with where it comes from ("smoke coming off the grill", "steam rising from the cups"): an addition."""


def names_added(words: str, thing: str) -> bool:
    """Whether the words end with the name of the added thing or a shorter name for it ("two boats" and "a
    sailboat")."""
    return thing.lower().split()[-1].rstrip("s").endswith(words.lower().split()[-1].rstrip("s"))


_LONE_ARTICLE = re.compile(rf"\s(?:a|an)(?=\s+{BARE_COLOUR.pattern}$)", re.I)
"""An article left before a bare colour at the end of an instruction ("make the cloth a blue")."""


def same_but(instruction: str, change: str) -> str | None:
    """The last instruction with one change ("blue" after "make the car red" -> "make the car blue", "green" after
    "add a hat on the man" -> "add a green hat on the man", "the saucer" after "remove the cup"); None when the
    change does not fit it (a look for a removed thing)."""
    if attribute_like(change):
        change = re.sub(r"^in\s+", "", change, flags=re.I)  # "same thing but in green"
    rejected = rejected_parts(instruction)
    bare_look = attribute_like(change) and not re.match(DETERMINER + r"\s", change, re.I) and len(change.split()) <= 2
    if rejected is not None and bare_look and re.fullmatch(REMOVAL, rejected.verb, re.I):
        return None
    if rejected is not None and bare_look and re.fullmatch(ADDING, rejected.verb, re.I) and rejected.verb != "give":
        return rejected.with_object(_with_colour(rejected.obj, change) or _modified(rejected.obj, change))
    corrected = correct(instruction, change, "correct_attribute")
    if corrected is not None:
        corrected = _LONE_ARTICLE.sub("", corrected)  # "make the cloth a deeper green" + "blue": not "a blue"
    return None if corrected is None or confirms(corrected, instruction) else corrected


def other_thing_other_look(instruction: str, words: str) -> str | None:
    """The last instruction on another thing with another look ("the saucer but red" after "make the cup blue" ->
    "make the saucer red", also "the saucer, in red" and "the saucer and make it red"); None unless the words are a
    thing and a look set apart (`_THING_THEN_LOOK`)."""
    said = _THING_THEN_LOOK.fullmatch(words)
    if said is None or not attribute_like(said["look"]):
        return None
    moved = correct(instruction, said["thing"], "correct_object")
    return None if moved is None else same_but(moved, said["look"])


def confirms(corrected: str, instruction: str) -> bool:
    """Whether a correction only says again what the edit already did: the same instruction, or its object's noun
    put where the change was ("yes seesaw" after "paint the seesaw yellow" reads "paint the seesaw seesaw")."""
    if corrected == instruction:
        return True
    found = object_of(instruction)
    noun = found[1].split()[-1] if found else ""
    return bool(noun) and re.search(rf"\b{re.escape(noun)}\s+{re.escape(noun)}\b", corrected, re.I) is not None


_SHADE_NAMED = re.compile(
    r"(?:(?<!\bis\s)(?<!\bis\smore\s)(?<!\blooks\s)(?<!\blooks\smore\s)\blike|\s[-–—:]|\.\.+|,)\s*(?:an?\s+)?"
    rf"(?P<shade>(?:{BARE_COLOUR.pattern})(?:\s+(?:{BARE_COLOUR.pattern}))?)(?:\s+(?:pls|please|plz))?[\s.!]*$",
    re.I,
)
"""A look said roughly, then named as a shade ("no i wanted it lighter, like turquoise", "still no. darker - forest
green"), not one the result is said to look like ("this is more like mustard"): the shade is the look."""


_RECOUNTED = re.compile(
    rf"(?:(?:no+|nah|nope|oops|sorry|i\s+said|just|only)[\s,.!]+)*(?P<new>{NUMBER})(?:\s+(?P<noun>[\w'-]+))?,?\s+not\s+"
    rf"(?:{NUMBER}|an?\s+whole\s+[\w'-]+|so\s+many|that\s+many)(?:\s+[\w'-]+)?[\s.!]*",
    re.I,
)
"""A count put right ("2 wedges not 3", "FIVE not three", "just 2 cypresses, not a whole forest")."""


def recounted(instruction: str, correction: str) -> str | None:
    """The rejected `instruction` with the count a correction says (`_RECOUNTED`): its number replaced, or the count
    put before what an addition adds ("add cypress trees on the hill" -> "add 2 cypress trees on the hill"); None
    when the correction says no count or the instruction neither counts nor adds."""
    said = _RECOUNTED.fullmatch(correction.strip())
    if said is None:
        return None
    new = said["new"].lower()
    if count := re.search(rf"\b{NUMBER}\b", instruction, re.I):
        return f"{instruction[: count.start()]}{new}{instruction[count.end() :]}"
    rejected = rejected_parts(instruction)
    if rejected is None or not re.fullmatch(ADDING, rejected.verb, re.I) or rejected.verb.lower() == "give":
        return None
    one = re.match(r"an?\s", rejected.obj, re.I) is not None
    thing = re.sub(r"^(?:an?|some|more)\s+", "", rejected.obj, flags=re.I)
    words = thing.split()
    noun = (said["noun"] or "").lower()
    named = [
        at
        for at, word in enumerate(words)
        if noun
        and (stem(word.lower()) == stem(noun) or (one and len(word) > 2 and noun.startswith(word.lower())))
        and not (at + 1 < len(words) and words[at + 1].endswith("s"))  # "cypress trees": the noun comes after
    ]
    if named:
        words[named[-1]] = said["noun"]  # "two boats not one" after "add a boat": two boats
    elif one and new not in ("1", "one") and not words[-1].endswith("s"):
        words[-1] = f"{words[-1]}s"
    return rejected.with_object(f"{new} {' '.join(words)}")


_WRITTEN = re.compile(
    r"(?P<head>.+?\b(?:read|reads|say|says|saying|that\s+(?:says|reads)|with\s+the\s+(?:text|words))\s+)(?P<text>\S.*)",
    re.I,
)
"""An instruction that writes words on something ("make the sign read OPEN LATE"): the words, and what comes before."""
_REWORDED = re.compile(
    r"(?:.*?[,.!:;]\s*)?(?:it|(?P<thing>the\s+[\w'-]+))\s+(?:should|must|needs?\s+to|has\s+to|is\s+meant\s+to)\s+"
    r"(?:say|read)\s+(?P<new>.+?)(?:,?\s+not\s+(?P<old>.+?))?[\s.!]*"
    r"|(?P<said>[^.!]+?)[.!]+\s*(?:that'?s|thats|that\s+is)\s+what\s+it\s+(?:should|was\s+supposed\s+to|is\s+supposed\s+to)\s+"
    r"(?:say|read)[\s.!]*",
    re.I,
)
"""The written words put right ("typo on my part, it should say ABIERTO", "the sign should read OPEN 24H not OPEN
LATE", "CLOSED MONDAYS. thats what it should say")."""


def reworded(instruction: str, correction: str) -> str | None:
    """The rejected `instruction` with the words it writes replaced by the ones a correction says (`_REWORDED`); None
    when the instruction writes nothing, or the correction names another thing ("the door should say PUSH") or
    rejects words the instruction does not write."""
    written, said = _WRITTEN.fullmatch(instruction.strip()), _REWORDED.fullmatch(correction.strip())
    if written is None or said is None:
        return None
    if said["thing"] and said["thing"].lower() not in written["head"].lower():
        return None
    if said["old"] and said["old"].strip(" '\"").lower() != written["text"].strip(" '\"").lower():
        return None
    return f"{written['head']}{(said['new'] or said['said']).strip()}"


_INSTEAD_FIRST = re.compile(
    r"(?:(?:no+|nah|nope|actually|hmm+|ok|okay|oh|sorry|wait)[\s,.!]+)*instead\s+of\s+"
    rf"(?P<old>(?:the\s+|an?\s+)?[\w'-]+(?:\s+(?!(?:can|could|would|pls|please|let'?s|lets|{EDIT_VERB})\b)[\w'-]+)?)\s*,?\s+"
    r"(?:(?:can|could|would)\s+(?:you|u)\s+(?:do|use|try|go\s+with|have)\s+|(?:let'?s|lets)\s+(?:do|use|try|go\s+with)\s+)?"
    rf"(?P<new>(?!(?:can|could|would|{EDIT_VERB})\b)[\w\s'-]+?)[\s.!?]*",
    re.I,
)
"""A correction that names what it rejects first and then only what it wants instead ("instead of the fog can you do
rain"), not a whole request ("instead of the hat give him ear defenders")."""


def new_first(text: str) -> str:
    """A correction that names what it rejects first (`_INSTEAD_FIRST`) said the usual way round ("instead of the fog
    can you do rain" -> "rain instead of the fog"); any other text as it is."""
    first = _INSTEAD_FIRST.fullmatch(text.strip())
    if first is None or re.search(rf"\b(?:can|could|would|you|u|{EDIT_VERB})\b", first["new"], re.I):
        return text
    return f"{first['new']} instead of {first['old']}"


_OTHER_WAY = re.compile(
    r"(?:(?:no+|nah|nope|wait|actually|oh|sorry|ok(?:ay)?|hmm+|ugh)[\s,.!]+)*"
    r"(?:instead\s+of|rather\s+than|forget(?:\s+about)?|not|don'?t|dont|do\s+not|no\s+need\s+to|"
    r"i\s+didn'?t\s+(?:say|mean|want(?:\s+you)?\s+to|ask(?:\s+you)?\s+to))\s+(?P<old>[a-z]+)\b"
    r"(?P<obj>[^,.;!?]*?)[\s,.;!-]+"
    r"(?:(?:just|but|only|simply|instead|pls|please|plz|(?:can|could)\s+(?:you|u)|i\s+(?:said|meant|wanted(?:\s+you)?\s+to))"
    rf"[\s,]+)*(?P<new>(?:{PHOTO_VERB}|(?!(?:it|is|was|looks?|i|you|we|they)\b)[a-z]+(?=\s+(?:it|them|him|the)\b))\b.+)",
    re.I,
)
"""A correction that rejects the last edit's verb and says another ("instead of removing the tourists just blur
them", "forget removing them, just blur them")."""


def other_way(text: str, instruction: str) -> str | None:
    """The instruction a correction that rejects the verb of the last `instruction` asks for instead
    (`_OTHER_WAY`), its "it" or "them" the thing of that instruction; None when it says no such thing, or rejects
    another verb or another thing."""
    said = _OTHER_WAY.fullmatch(text.strip())
    edited = object_of(instruction)
    if said is None or edited is None:
        return None
    old, verb = GERUNDS.get(said["old"].lower(), said["old"].lower()), edited[0].lower()
    removals = all(re.fullmatch(REMOVAL, word, re.I) for word in (old, verb))
    rejected_thing = said["obj"].strip()
    named = (
        not rejected_thing
        or re.fullmatch(r"(?:it|them|him|her|that|those)", rejected_thing, re.I)
        or _words_in(rejected_thing, edited[1])
    )
    if not named or (old != verb and not removals) or said["new"].split()[0].lower() in (old, verb):
        return None
    thing = re.sub(r"\s+from\s.+$", "", edited[1], flags=re.I)  # "the chopsticks (from the tablecloth)"
    return re.sub(r"\b(?:it|them|him)\b", thing, clean(said["new"]), count=1, flags=re.I)


_OWNED_THING = re.compile(
    r"(?P<owner>\b(?:the\s+(?:[a-z]+\s+)?)?[a-z]+'s|\b(?:his|her|their|my|our))\s+(?P<thing>[a-z-]+)\b", re.I
)
"""A thing with its owner in an instruction ("grandma's | cardigan", "her | scarf")."""
_OWNER = r"(?:the\s+)?[a-z]+'s|his|her|their"
_NO_THING = r"(?!(?:too|also|instead|then|pls|please|plz|lol|as)\b)"
"""Words after an owner that name no thing of theirs ("the tailor's too")."""
_OTHER_OWNER = re.compile(
    r"(?:(?:no+|nope|nah|sorry|oops|wait|and|also|now|wrong\s+(?:one|guy|girl|person|kid)(?:\s+lol)?)[\s,.!]+)*"
    r"(?:i\s+meant?\s+)?"
    rf"(?:not\s+(?:{_OWNER}|hers|theirs)(?:\s+[a-z-]+)?[\s,]+(?P<owner2>{_OWNER})(?:\s+(?P<thing2>{_NO_THING}[a-z-]+))?|"
    rf"(?P<owner>{_OWNER})(?:\s+(?P<thing>{_NO_THING}[a-z-]+))?(?:[\s,]+not\s+(?:{_OWNER}|hers|theirs)(?:\s+[a-z-]+)?)?)"
    r"(?:\s+(?:too|as\s+well|also|instead|then|pls|please|plz|lol))*[\s.!]*",
    re.I,
)
"""A correction that names another owner of the same thing ("grandpa's cardigan, not hers", "not hers, grandpa's",
"no, his"): the owner is what was wrong."""


def _owner_swapped(instruction: str, correction: str) -> str | None:
    """The instruction with its thing's owner replaced by the one the correction names (`_OTHER_OWNER`), or None when
    the correction names another thing or no owner."""
    owned, said = _OWNED_THING.search(instruction), _OTHER_OWNER.fullmatch(correction.strip())
    if owned is None or said is None:
        return None
    owner, thing = said["owner"] or said["owner2"], said["thing"] or said["thing2"]
    if (thing and stem(thing) != stem(owned["thing"])) or owner.lower() == owned["owner"].lower():
        return None
    if thing:
        return f"{instruction[: owned.start()]}{owner} {thing}{instruction[owned.end('thing') :]}"
    return f"{instruction[: owned.start()]}{owner}{instruction[owned.end('owner') :]}"


def correct(instruction: str, correction: str, kind: str) -> str | None:
    """The rejected `instruction` with the `correction` applied ("no, I meant the saucer", "green instead"); where
    the readings below keep what "X not Y" rejects, or find nothing, Y's words are replaced by X's (`_swapped`)."""
    if (owned := _owner_swapped(instruction, correction)) is not None:
        return owned
    corrected = _corrected(instruction, correction, kind)
    if (said := _NEW_NOT_OLD.fullmatch(correction.strip())) and (
        corrected is None or _words_in(said["old"], corrected)
    ):
        return _swapped(instruction, said) or corrected
    return corrected


def _corrected(instruction: str, correction: str, kind: str) -> str | None:
    """The rejected `instruction` with the `correction` applied, as the correction's own readings say it.

    When the whole correction does not read as one, its last clauses are tried ("that's the wrong
    one, I meant the mug" -> "I meant the mug"), then each clause alone, the last first ("NO. remove
    the trombone player. thats what i said" -> "remove the trombone player"). What the correction
    rejects ("not the vase") says which part of the instruction its words replace.
    """
    if (flipped := flipped_side(instruction, correction)) is not None:
        return flipped
    if _OTHER_ONE.fullmatch(correction_words(correction)):
        return None  # "not him, the other guy" after "add a farmer in the cab": which one is not said
    rejected = rejected_parts(instruction)
    if rejected is None and (spelled := spelled_right(instruction)) != instruction and rejected_parts(spelled):
        return _as_typed(correct(spelled, correction, kind), spelled, instruction)
    nudge = correction_words(correction)
    if (
        (ones := _LOOK_ONES.fullmatch(nudge))
        and not (rejected and re.fullmatch(ADDING, rejected.verb, re.I))
        and (BARE_COLOUR.fullmatch(ones["look"]) or attribute_like(ones["look"]))
    ):
        correction = nudge = ones["look"]  # "blue ones instead" after "make the balls red": only the look is new
        kind = "correct_attribute"
    if kind == "correct_attribute" and (shade := _SHADE_NAMED.search(correction)):
        correction = nudge = shade["shade"]  # "darker than that... like maroon": the shade named is the look
    if rejected and (look := _LOOK_OF_SAME.fullmatch(nudge)) and look["thing"].lower() == _bare(rejected.obj).lower():
        correction = nudge = look["look"]  # "the cup greener" after "make the cup blue": only the look is new
        kind = "correct_attribute"
    if (none := _ONLY_NONE.fullmatch(correction.strip(" .!?"))) and not attribute_like(none["thing"]):
        return None  # "no saucer" after "make the cup blue": nothing said to do instead
    if looked := _look_swapped(instruction, correction, nudge):
        return looked  # "not black, ginger" after "add a black cat": a ginger cat
    if _BARE_PRONOUN.fullmatch(nudge) and not NEGATED.search(correction):
        return None  # "her too" after "add a hat to the man": who "her" is, is not said ("not him, her" says it)
    if _AS_IT_IS.fullmatch(nudge) or _BETTER_THAN.fullmatch(nudge):
        return None  # "it's already blue", "dark green would be better": a remark, no look asked for
    if rejected and re.fullmatch(REMOVAL, rejected.verb, re.I) and BARE_COLOUR.fullmatch(nudge):
        return None  # "in red" after "remove the spoon": no look for a thing that is gone
    if rejected and re.fullmatch(ADDING, rejected.verb, re.I) and NUDGE.fullmatch(nudge):
        return f"{instruction} {nudge}"
    if looked := other_thing_other_look(instruction, nudge):
        return looked  # "the saucer but red"
    if (done := _DONE_TO_IT.fullmatch(nudge)) and (thing := _whole_object(instruction, rejected)):
        verb = "remove" if done["done"].lower() == "gone" else PRESENT[done["done"].lower()]
        return f"{verb} {thing}{done['rest'] or ''}"  # "i wanted it gone, not thicker": remove the steam
    if rejected and (moved := _moved_addition(rejected, nudge) or _new_place(rejected, nudge)):
        return moved
    if (
        rejected
        and re.fullmatch(ADDING, rejected.verb, re.I)
        and re.match(r"an?\s", rejected.obj, re.I)
        and re.fullmatch(r"(?!(?:a|an|the|some|one|two|three|more|less|no)\b)[\w-]+\s+[\w-]+", nudge, re.I)
        and nudge.split()[-1].lower() == rejected.obj.split()[-1].lower()
    ):
        nudge = f"{article_for(nudge)} {nudge}"  # "bigger cat" after "add a cat": a bigger cat
        return correct(instruction, nudge, kind)
    said = re.fullmatch(rf"(?:an?\s+|the\s+)?(?P<look>{COLOUR_NAME})\s+(?P<thing>[\w'-]+)", nudge, re.I)
    if said and _words_in(said["look"], instruction) and not attribute_like(said["thing"]):
        return correct(instruction, f"the {said['thing']}", "correct_object")  # "blue saucer not blue cup"
    if (
        rejected
        and re.fullmatch(ADDING, rejected.verb, re.I)
        and rejected.verb != "give"
        and BARE_COLOUR.fullmatch(nudge)
    ):
        recoloured = re.sub(rf"\b{COLOUR_NAME}\b", nudge, rejected.obj, count=1, flags=re.I)
        return rejected.with_object(
            recoloured if recoloured != rejected.obj else _modified(rejected.obj, nudge)
        )  # "green instead" after "add a (red) hat": a green hat
    negated = {(match["words"] or match["wrong"]).lower() for match in NEGATED.finditer(correction)}
    clauses = [clause for clause in _CLAUSE.split(correction) if clause and clause.strip(" .,!?;:")]
    tails = [" ".join(clauses[start:]) for start in range(1, len(clauses))]
    meant = [clause for clause in clauses if _SAYS_MEANT.search(clause)] if len(clauses) > 1 else []
    if (says := _SAYS_MEANT.search(correction)) and says.start() > 0:
        meant.append(correction[says.start() :])  # "pls dont be mad lol i meant the right chair"
    for tail in dict.fromkeys((correction, *meant, *tails, *reversed(clauses))):
        if _SOCIAL_ONLY.fullmatch(tail.strip(" .,!?;:")):
            continue  # "..., thank u": thanks, not the thing meant
        corrected = _correct_clause(instruction, tail, kind, negated)
        if corrected is not None and corrected.lower() != instruction.lower():  # a clause that changes nothing
            return _named_in_full(corrected, rejected)
    return None


_COMPARED = re.compile(r"[a-z]{2,}er", re.I)
"""A comparative ("deeper", "lighter") that makes a look longer ("a deeper brown")."""
_LOOK_ONES = re.compile(r"(?P<look>(?!(?:the|a|an|those|these)\b)[\w-]+(?:\s+[\w-]+)?)\s+ones", re.I)
"""A look said of "ones" ("blue ones", "rainbow ones"); "the bigger one" names a thing."""
_NEW_NOT_OLD = re.compile(
    r"(?:(?:no+|nah|nope|oops|sorry|wait)[\s,.!]+)*(?:the\s+|an?\s+)?(?P<new>[\w'-]+(?:\s+[\w'-]+){0,2}?),?\s+"
    r"not\s+(?:the\s+|an?\s+)?(?P<old>[\w'-]+(?:\s+[\w'-]+){0,2})[\s.!]*",
    re.I,
)
"""A correction that says the new words, then the old ones ("vintage not brand new", "away team not home team")."""
_NOT_A_NEW_THING = re.compile(r"\b(?:i|said|meant|wanted|pls|please|plz|err|ugh|should|be|just|only)\b", re.I)
"""Words in front of "not" that are not the new look or thing ("i said red not blue")."""


def _swapped(instruction: str, said: re.Match[str]) -> str | None:
    """The instruction with the words a correction rejects replaced by the ones it says, when the rejected words
    (or their last ones: "pure white" for "white") are in it; the new words it already has are kept once ("green
    glow not blue" after "make the screens glow blue")."""
    if _NOT_A_NEW_THING.search(said["new"]):
        return None
    old = said["old"].split()
    rejected = {word.lower() for word in old}
    new = " ".join(word for word in said["new"].split() if word.lower() in rejected or not _words_in(word, instruction))
    for start in range(len(old)):
        found = _words_in(" ".join(old[start:]), instruction)
        if found and new:
            return f"{instruction[: found.start()]}{new}{instruction[found.end() :]}"
    return None


def _look_swapped(instruction: str, correction: str, nudge: str) -> str | None:
    """The instruction with the one look a correction rejects ("not black", "instead of ginger") put as the look it
    says ("ginger", "a tabby"), when that look is a word of the instruction and the new one is not."""
    rejected = [said["words"] for said in NEGATED.finditer(correction) if said["words"]]
    new = re.fullmatch(r"(?P<article>(?:an?)\s+)?(?P<look>[\w-]+)", nudge, re.I)
    if len(rejected) != 1 or new is None or BARE_COLOUR.fullmatch(new["look"]) or _words_in(new["look"], instruction):
        return None
    old = rejected[0]
    if not re.search(rf"\b(?:not|instead\s+of)\s+{re.escape(old)}\s*(?:[,.!;]|$)", correction, re.I):
        return None  # "not a blue tit, a goldfinch": the look was part of a thing
    if not (BARE_COLOUR.fullmatch(old) or attribute_like(old)) or not (found := _words_in(old, instruction)):
        return None
    head, tail = instruction[: found.start()], instruction[found.end() :]
    beside = [*head.split()[-1:], *tail.split()[:1]]
    if any(BARE_COLOUR.fullmatch(word) or attribute_like(word) or _COMPARED.fullmatch(word) for word in beside):
        return None  # "mustard yellow", "a deeper brown": the rejected word is part of a longer look
    look = new["look"] if re.search(r"\b(?:an?|the)\s+$", head, re.I) else nudge
    return f"{head}{look}{tail}"


def _words_in(words: str, text: str) -> re.Match[str] | None:
    """Where `words` stand in `text` as whole words, in any case."""
    return re.search(rf"\b{re.escape(words)}\b", text, re.I)


_DONE_TO_IT = re.compile(
    rf"(?:it|them|him|her|that|this)\s+(?P<done>{'|'.join(PRESENT)}|gone)(?P<rest>\s+(?:with|by|into|for)\s+.+)?", re.I
)
"""What should have been done to the rejected edit's thing, said of it ("i wanted them removed, not blurred", "i wanted
him replaced with a dog"): that done to it instead."""


def _whole_object(instruction: str, rejected: Rejected | None) -> str | None:
    """The rejected edit's thing with the place it was named by ("the bolts of fabric on the shelves" in "blur the bolts
    of fabric on the shelves"); only the thing when the rest is a look or a place it was put; None when the
    instruction names no thing."""
    if rejected is None:
        done = _DONE_TO_OBJECT.match(instruction)  # "blur the bolts of fabric on the shelves": all after the verb
        return instruction[done.start("obj") :] if done else None
    placed = rejected.preposition and not re.fullmatch(ADDING + "|" + _REPLACING, rejected.verb, re.I)
    if placed and not re.fullmatch(_STYLE_PREPOSITION + "|to", rejected.preposition, re.I):
        return f"{rejected.obj} {rejected.preposition} {rejected.second}"
    return rejected.obj


_MEASURE = re.compile(
    r"(?P<measure>(?:an?|one|two|three|\d+)\s+(?:plate|bowl|cup|mug|glass|bottle|jug|basket|pile|stack|box|bag|bunch|"
    r"tray|pot|jar|slice|piece|pair|handful|row|vase|plateful|bucket|crate)s?\s+of|more|lots\s+of|a\s+few|a\s+lot\s+of|"
    r"extra)\s+(?P<thing>.+)",
    re.I,
)
"""How much of a thing an addition adds ("a plate of | spring rolls", "more | prawns"): kept when a correction names
only another thing."""


def _named_in_full(corrected: str, rejected: Rejected | None) -> str:
    """`corrected` with its object named as the rejected edit named it, when the correction named it shorter ("the
    door is meant to be red" after "make the yurt door blue" -> "make the yurt door red"), and with the rejected
    addition's measure when it names only another thing ("not spring rolls, egg tarts" after "put a plate of spring
    rolls on the lazy susan" -> "put a plate of egg tarts on the lazy susan")."""
    if (
        rejected is not None
        and (measure := _MEASURE.fullmatch(rejected.obj))
        and re.fullmatch(ADDING, rejected.verb, re.I)
    ):
        now = rejected_parts(corrected)
        bare = now is not None and not re.match(rf"(?:{DETERMINER}|{MORE}|some|lots|a)\b", now.obj, re.I)
        if now is not None and bare and now.verb == rejected.verb and now.obj.lower() != measure["thing"].lower():
            return now.with_object(f"{measure['measure']} {now.obj}")
    found = object_of(corrected)
    if rejected is None or found is None:
        return corrected
    said = re.sub(rf"^{DETERMINER}\s+", "", found[1], flags=re.I).lower().split()
    full = re.sub(rf"^{DETERMINER}\s+", "", rejected.obj, flags=re.I).lower().split()
    owned = re.fullmatch(r"(?P<owner>.+?)'s\s+(?P<thing>[\w\s'-]+)", rejected.obj, re.I)
    if owned and said and said[-1] == owned["owner"].split()[-1].lower() and "'" not in found[1]:
        return corrected.replace(found[1], f"{found[1]}'s {owned['thing']}", 1)  # "the other cyclist": his skinsuit
    sides = len(said) == 2 and len(full) > 2 and said[-1] == full[-1] and {said[0], full[0]} == {"left", "right"}
    if sides:  # "i meant the right chair" after "make the left deck chair yellow": the right deck chair
        return corrected.replace(found[1], re.sub(r"\b(?:left|right)\b", said[0], rejected.obj, count=1), 1)
    if not said or len(said) >= len(full) or full[-len(said) :] != said:
        return corrected
    return corrected.replace(found[1], rejected.obj, 1)


def _moved_addition(rejected: Rejected, nudge: str) -> str | None:
    """An addition put somewhere else by naming it with its new place ("the lamp on the shelf instead", "hat on the
    dog, not the man" after "add a hat to the man"): the same thing there; None when the thing said is another."""
    said = _PLACED_THING.fullmatch(nudge)
    if said is None or not re.fullmatch(ADDING, rejected.verb, re.I) or not rejected.preposition:
        return None
    if _head(said["thing"]).lower() != _head(rejected.obj).lower():
        return None
    own = re.sub(rf"^{DETERMINER}\s+", "", rejected.obj, flags=re.I).lower() == said["thing"].lower()
    thing = rejected.thing_doing if own else f"{article_for(said['thing'])} {said['thing']}"
    return f"{rejected.verb} {thing} {said['preposition']} {said['place']}"


_NEW_PLACE = re.compile(
    rf"(?:(?P<thing>(?!(?:it|them|that|this)\b)[\w'-]+(?:\s+[\w'-]+)?)\s+(?=(?:{PLACE})\s+(?:it|them)$))?"
    rf"(?P<preposition>{PLACE})\s+(?:(?P<it>it|them)|(?P<place>{DETERMINER}\s+[\w\s'-]+))",
    re.I,
)
"""Only a new place for an added thing ("on the floor next to the kiln", "next to it"), or another thing for the same
place ("sunglasses on it")."""


def _new_place(rejected: Rejected, nudge: str) -> str | None:
    """An addition put in the new place a correction names and nothing else ("not on the shelf, on the floor" after
    "put a cat on the shelf"); "it" there is what the old place was by ("not in front, next to it" after "add a
    bonfire in front of the campervan" -> "... next to the campervan", "sunglasses on it" after "put a crown on the
    meerkat" -> "put sunglasses on the meerkat"). None for other words or edits."""
    said = _NEW_PLACE.fullmatch(nudge)
    if said is None or not re.fullmatch(ADDING, rejected.verb, re.I) or not rejected.preposition:
        return None
    place = rejected.second if said["it"] else said["place"]  # a thing said before "it" comes with it
    thing = said["thing"] or rejected.thing_doing
    return f"{rejected.verb} {thing} {said['preposition']} {place}"


def _as_typed(corrected: str | None, spelled: str, typed: str) -> str | None:
    """A correction of a misspelt instruction with its first word as the person typed it ("mak the towel
    yelow" for "mak the umbrela yelow"): only the words the correction replaced change."""
    verb, said = spelled.split()[0], typed.split()[0]
    if corrected is None or not corrected.lower().startswith(f"{verb.lower()} "):
        return corrected
    return said + corrected[len(verb) :]


_WRONG_ONE = re.compile(
    r"(?:(?:lol|lmao|oops|no+|nope|ugh|hmm+|oh\s+no|argh|wait)[\s,!.]*)*(?:(?:it|you)\s+(?:painted|changed|did|edited|"
    r"picked|got|made|coloured|colored)\s+)?(?:the\s+)?wrong\s+(?P<thing>[a-z]+)\W*",
    re.I,
)
"""The thing the last edit did said to be the wrong one ("wrong horse 🙈", "lol it painted the wrong horse")."""


def wrong_one(correction: str, instruction: str) -> bool:
    """Whether a correction calls the thing of `instruction` the wrong one, by its noun ("wrong horse" after "make the
    horse on the left black")."""
    said = _WRONG_ONE.fullmatch(correction.strip())
    return said is not None and said["thing"].lower() in instruction.lower().split()


def flipped_side(instruction: str, correction: str) -> str | None:
    """The last edit on the other side, when the correction only says so ("other side!", "wrong side", "I said left
    not right", "left side of the couch pls", "the other stool") and the instruction names one side; None
    otherwise."""
    sides = {word.lower() for word in re.findall(r"\b(?:left|right)\b", instruction, re.I)}
    if len(sides) != 1:
        return None
    side = sides.pop()
    other = _SIDE_WORDS[side]
    words = correction_words(correction)
    said = set(words.lower().split())
    known = _SIDE_FILLER | set(instruction.lower().split())
    wrong_side = re.search(r"\b(?:wrong|other|opposite)\s+side\b", correction, re.I) is not None
    if wrong_one(correction, instruction):
        return re.sub(rf"\b{side}\b", other, instruction, flags=re.I)  # "wrong horse" after "... the left horse"
    flips = other in said or "other" in said or wrong_side  # "the OTHER stool", "wrong side of the lawn"
    if _OTHER_ONE.fullmatch(words):
        said = {other}  # "not him, the other guy" after "make the man on the left smile": the one on the right
    if OTHER_SIDE.fullmatch(words) or (flips and side not in said and said - {other, "other"} <= known):
        return re.sub(rf"\b{side}\b", other, instruction, flags=re.I)
    return None


def _kept_to_object(clause: str, words: str, rejected: Rejected | None) -> str | None:
    """The rejected edit kept to its own object when the correction says "just the door" or "I only wanted
    the door" after the edit spilled over; None when the clause says no such thing."""
    scoped = _ONLY.fullmatch(words) or _ONLY.fullmatch(clause.strip(" .,!?;:"))
    if scoped is None or rejected is None or not re.match(DETERMINER + r"\s", rejected.obj, re.I):
        return None
    obj = correction_words(scoped["obj"])
    if rejected.second and obj.lower().endswith(f" {rejected.second.lower()}"):
        obj = obj[: -len(rejected.second) - 1]
    if not re.match(DETERMINER + r"\s", obj, re.I) or not same_thing(obj, rejected.obj):
        return None
    return rejected.with_object(f"only {rejected.obj}")


def correction_words(correction: str) -> str:
    """A correction without its fillers, correction phrases and what it rejects ("no, I meant the saucer"
    -> "the saucer", "the pebbles i meant" -> "the pebbles", "blue is wrong, it must be orange-red" ->
    "orange-red")."""
    text = _NEXT_TO.sub("next_to", correction.rstrip(" .!?,;:"))
    if asked := _DO_IT_SO.search(text):
        text = text[: asked.start()]
    if said := _NEW_SAID_OVER_OLD.fullmatch(text):
        text = said["instead"] or said["more"] or said["asked"]
    words = clean(NOT_PART.sub(" ", _NOT_THEN.sub("", text)))
    while (
        stripped := clean(NOT_PART.sub(" ", _AFTERWORDS.sub("", _NOT_THEN.sub("", _CORRECTION_WORDS.sub("", words)))))
    ) != words:
        words = stripped
    rejects = asked or NEGATED.search(correction) or re.match(r"\W*(?:[a-z]+[\s,]+)?actually\b", correction, re.I)
    if (better := _BETTER_THAN.fullmatch(words)) and (
        better["than"] or rejects or (better["past"] and BARE_COLOUR.fullmatch(better["words"]))
    ):
        words = better["words"]
    if swap := COLOUR_SWAP.fullmatch(words):
        words = swap["new"]
    if (coloured := re.fullmatch(r"in\s+(?P<colour>.+)", words, re.I)) and BARE_COLOUR.fullmatch(coloured["colour"]):
        words = coloured["colour"]  # "do it in purple instead"
    return words.replace("next_to", "next to")


_SHINES = re.compile(r"(?:glow|glows|glowing|shine|shines|shining|sparkle|gleam)\s+(?=\S)", re.I)
"""How a recoloured thing gives off its colour ("glow deep red"): kept when a correction names only another colour."""
_HOW_AFTER = re.compile(
    r"\s+(?P<how>more|less|much|way|even|so|very|slightly|glow|look|shine|sparkle|gleam|appear|seem|feel)$", re.I
)
"""A word at the end of an object as `object_of` splits it that belongs to the change ("make the spice piles more
vivid", "make the safelight glow deep red")."""


_THING_AT_THEN_COLOUR = re.compile(
    rf"\s+(?P<where>(?:on|in|at|by|under|behind|near)\s+{DETERMINER}\s+[\w'-]+(?:\s+(?!(?:{SHADE}|a|an|bit|little|lot|much|way)\s)[\w'-]+)?)\s+"
    rf"(?P<look>{BARE_COLOUR.pattern}|(?:(?:a\s+)?(?:bit|little|lot|much)\s+)?(?:{SIZE}|{COMPARATIVE}))",
    re.I,
)
"""Where a recoloured thing is, said between it and its new colour ("make the tuxedo on the mannequin | navy"):
part of which thing it is, so a correction that names only a colour keeps it."""


_LOOK_OF_SAME = re.compile(
    rf"(?:the\s+)?(?P<thing>[\w'-]+(?:\s+[\w'-]+)?)\s+(?P<look>(?:more|less)\s+[\w'-]+|{COMPARATIVE}|{BARE_COLOUR.pattern})",
    re.I,
)
"""A thing and its new look, verbless ("the cup greener"): when the thing is the rejected one, only the look."""


def _bare(thing: str) -> str:
    """A thing's name without its article ("the cup" -> "cup")."""
    return re.sub(r"^(?:the|a|an|some)\s+", "", thing, flags=re.I)


@dataclass(frozen=True)
class Rejected:
    """The parts of a rejected instruction a correction may replace: "add | a candle | on | the table",
    "make | the cup | | blue", "turn | the photo | into | a watercolour painting", "remove | the cat | |"."""

    verb: str
    obj: str
    preposition: str
    second: str
    doing: str = ""
    """What an added thing is doing where it is put ("add a heron | standing | in | the paddy"): kept by a new thing
    or a new place."""

    @property
    def thing_doing(self) -> str:
        """The object with what it is doing ("a heron standing"): the thing a new place keeps."""
        return " ".join(part for part in (self.obj, self.doing) if part)

    def with_object(self, obj: str) -> str:
        return " ".join(part for part in (self.verb, obj, self.doing, self.preposition, self.second) if part)

    def with_second(self, second: str) -> str:
        return " ".join(part for part in (self.verb, self.thing_doing, self.preposition, second) if part)


def rejected_parts(instruction: str) -> Rejected | None:
    """The rejected instruction in parts (`Rejected`); None when it does not read as verb and object."""
    if give := GIVE.match(instruction.strip().rstrip(".!")):
        return Rejected(give["verb"], give["who"], "", give["thing"])
    found = object_of(instruction)
    if found is None:
        bare = _BARE_INSTRUCTION.match(instruction.strip().rstrip(".!"))
        if bare is None and (done := _DONE_TO_OBJECT.fullmatch(instruction.strip().rstrip(".!"))):
            return Rejected(done["verb"], done["obj"], "", "")
        if bare is None:
            return None
        found = (bare["verb"], bare["obj"], bare["rest"] or "")
    verb, obj, rest = found
    if (kept := _HOW_AFTER.search(obj)) and len(obj.split()) >= 3:  # "the safelight glow | deep red": "glow" is how
        obj, rest = obj[: kept.start()], f" {kept['how']}{rest}"
    if (shade := re.search(r"\s+(?P<how>[a-z]+-[a-z]+)$", obj, re.I)) and BARE_COLOUR.fullmatch(rest.strip()):
        obj, rest = obj[: shade.start()], f" {shade['how']}{rest}"  # "the mustang | fire-engine red"
    if look := _LOOK_AFTER.search(obj):  # "make the awning red and white striped": the look is all of it
        obj, rest = obj[: look.start()], f" {look[0].strip()}{rest}"
    placed = placed_look(rest)
    if placed is None and (at := _THING_AT_THEN_COLOUR.fullmatch(rest)):
        placed = at["where"], at["look"]
    if placed and re.fullmatch(RECOLOUR, verb, re.I) and attribute_like(placed[1]):
        return Rejected(verb, f"{obj} {placed[0]}", "", placed[1])
    if place := re.match(
        rf"(?:\s+(?P<doing>[a-z]{{2,}}ing))?\s+(?P<preposition>{_PREPOSITION})\s+(?P<second>.+)$", rest, re.I
    ):
        return Rejected(verb, obj, place["preposition"], place["second"], place["doing"] or "")
    return Rejected(verb, obj, "", rest.strip())


def _correct_clause(instruction: str, correction: str, kind: str, negated: set[str]) -> str | None:
    """One clause of a correction applied to the rejected instruction (see `correct`); None when the clause
    does not say what to change."""
    words = correction_words(correction)
    if not words or _PUNCTUATION.search(words) or DONT.match(words):
        return None
    words = re.sub(rf"^{DETERMINER}\b", lambda m: m[0].lower(), words, flags=re.I)
    if cleft := _CLEFT.fullmatch(words):
        words = " ".join(part for part in (cleft["obj"], cleft["attr"]) if part)
    elif (meant := MEANT_FOR.fullmatch(words)) and (
        (meant["said"] and meant["attr"].lower() in words_of(instruction))
        or (not meant["said"] and attribute_like(meant["attr"]))
    ):
        words = f"{meant['obj']} {meant['attr']}"
    words = _SUPPOSED.sub("should", _PAST.sub(lambda m: PRESENT[m.group(0).lower()], words, count=1))
    words = _SHOULD_HAVE_BEEN.sub("should be", words)
    if gone := GONE.fullmatch(words):
        return f"remove {gone['obj']}"
    words = _THAT_IS.sub(" ", _BY_REJECTED.sub("", words))
    rejected = rejected_parts(instruction)
    if scoped := _kept_to_object(correction, words, rejected):
        return scoped
    if whole := _whole_instruction(words, rejected):
        return whole
    if re.match(EDIT_VERB + r"\b", words, re.I) or _VERB_FIRST.match(words):
        return _resolve_rejected(words, instruction, rejected)
    words = _NEXT.sub("", words)
    if (side := _SIDE_ONE.fullmatch(words)) and rejected and re.match(DETERMINER + r"\s", rejected.obj, re.I):
        return rejected.with_object(f"the {side['side'].lower()} {_head(rejected.obj)}")  # "no the left one"
    if _POSITION.match(words) or OTHER_LOOK.search(words):
        return None
    if (wished := wished_instruction(words)) != words:
        return (
            _as_addition(wished, rejected) or _as_recoloured(wished, rejected) or resolve_pronoun(wished, instruction)
        )
    if rejected is None and (doing := _ADDED_DOING.match(instruction.strip().rstrip(".!"))):
        rejected = Rejected(doing["verb"], doing["obj"], "", doing["rest"])
    longest = 8 if _THING_AND_PLACE.fullmatch(words) else 6
    if rejected is None or len(words.split()) > longest or _NO_OBJECT.search(words):
        return None
    if _COMING_OFF.fullmatch(words) and not re.match(DETERMINER + r"\s", words, re.I):
        return f"add {words}"  # "smoke coming off the grill": a thing to add, said without an article
    if _NOT_A_PHRASE.search(_MY.sub("", words) if _MY.match(rejected.obj) else words):
        return None
    return _replaced(rejected, words, kind, negated)


_THING_AND_PLACE = re.compile(
    rf"{DETERMINER}\s+(?:(?!(?:or|and)\b)[\w'-]+\s+){{1,3}}?(?:next\s+to|by|on|in|at|near|behind|beside|under|over|above)\s+"
    rf"{DETERMINER}\s+(?:(?!(?:or|and|the)\b)[\w'-]+\s*){{1,3}}",
    re.I,
)
"""A thing named with its place ("the trash bin next to the cart"), which may take more words than a bare one."""


def _whole_instruction(words: str, rejected: Rejected | None) -> str | None:
    """A correction that says the whole wanted edit as a description: "the armchair moved to the window",
    "the tulips to be taller", "the boat to have a flag", "the flag goes on the roof", "a hat for the ostrich"
    after a "give", "the plume taller" (but not for the thing the rejected edit changed or added: "the lamp
    bigger" after "add a lamp" corrects that addition)."""
    if done := _DONE_TO.fullmatch(words):
        return f"{PRESENT[done['done'].lower()]} {done['obj']}{done['rest'] or ''}"
    if wanted := _TO_BE.fullmatch(words):
        if wanted["verb"].lower() in ("be", "become"):
            return f"make {wanted['obj']} {wanted['rest']}"
        if wanted["verb"].lower() == "have":
            return f"add {wanted['rest']} to {wanted['obj']}"
        return f"make {wanted['obj']} {wanted['verb']} {wanted['rest']}"
    degree = _BY_DEGREE.fullmatch(words)
    same = bool(degree and rejected and same_thing(degree["obj"], rejected.obj))
    if degree and not (same and rejected and not re.fullmatch(REMOVAL, rejected.verb, re.I)):
        return f"make {degree['obj']} {degree['how']}"
    given = _GIVEN_FOR.fullmatch(words)
    if given and rejected and rejected.verb.lower() == "give" and same_thing(given["thing"], rejected.second):
        return rejected.with_object(given["who"])
    goes = _GOES.fullmatch(words)
    if goes and rejected and rejected.preposition and same_thing(goes["obj"], rejected.obj):
        return f"{rejected.verb} {rejected.obj} {goes['place']}"
    return None


def _resolve_rejected(words: str, instruction: str, rejected: Rejected | None) -> str:
    """A corrected instruction with "it"/"him"/"them" as the rejected edit's object, as it was written
    ("not remove him, make him wear a red shirt" after "remove the goalkeeper" -> "make the goalkeeper
    wear a red shirt"; "put it on the gutter instead" after "add a bird on the roof" -> "put a bird on the
    gutter")."""
    pronoun = _OBJECT_PRONOUN.match(words)
    if pronoun is None or rejected is None:
        return resolve_pronoun(words, instruction)
    return f"{pronoun['verb']} {rejected.obj}{words[pronoun.end() :]}"


def _as_addition(wished: str, rejected: Rejected | None) -> str | None:
    """A wish about the thing a rejected addition added, as that addition ("the stars should be golden"
    after "add stars in the sky" -> "add golden stars in the sky"; "the lounger should be a deckchair" after
    "add a lounger by the pool" -> "add a deckchair by the pool"), or of the thing a rejected gift gave ("the
    scarf should be blue, not red" after "give her a red scarf" -> "give her a blue scarf")."""
    if rejected is not None and rejected.verb.lower() == "give":
        return _as_gift(wished, rejected)
    if rejected is None or not rejected.preposition or not re.fullmatch(ADDING, rejected.verb, re.I):
        return None
    other = re.fullmatch(rf"make\s+{OBJ}\s+(?P<thing>(?:a|an)\s+[\w\s'-]+)", wished, re.I)
    if other and same_thing(other["obj"], rejected.obj):
        return rejected.with_object(other["thing"])  # "the lounger should be a deckchair": another thing added
    made = object_of(wished)
    if made is None:
        return None
    verb, obj, rest = made
    if not re.fullmatch(RECOLOUR, verb, re.I) or not same_thing(obj, rejected.obj) or not rest.strip():
        return None
    thing = rejected.obj.split()
    article = thing[:1] if re.fullmatch(r"a|an|some", thing[0], re.I) else []
    noun = thing[len(article) :]
    return rejected.with_object(" ".join([*article, rest.strip(), *noun]))


def _as_gift(wished: str, rejected: Rejected) -> str | None:
    """A wished look of the thing a rejected gift gave, as that gift with the look; a new colour or material
    replaces the old one ("a red scarf" -> "a blue scarf"), any other look is put before it ("a longer red
    scarf")."""
    made = object_of(wished)
    if made is None or not re.fullmatch(RECOLOUR, made[0], re.I) or not made[2].strip():
        return None
    look, thing = made[2].strip(), rejected.second.split()
    if not thing or not same_thing(made[1], rejected.second):
        return None
    if re.fullmatch(r"a|an|some", thing[0], re.I):
        thing = thing[1:]
    if attribute_like(look):
        thing = [word for word in thing if not attribute_like(word)] or thing
    words = " ".join([look, *thing])
    return rejected.with_second(f"{article_for(words)} {words}")


def _as_recoloured(wished: str, rejected: Rejected | None) -> str | None:
    """A wished colour of the thing a rejected recolouring changed, or its colour on another thing, with the
    rejected edit's own verb ("the silo should be green" or "the shed should be red" after "paint the silo red"
    -> "paint the silo green", "paint the shed red")."""
    made = object_of(wished)
    if made is None or rejected is None or rejected.preposition or made[0].lower() != "make":
        return None
    same_look = made[2].strip().lower() == rejected.second.lower()  # "the shed should be red": only the thing is new
    if not re.fullmatch(RECOLOUR, rejected.verb, re.I) or not (same_look or same_thing(made[1], rejected.obj)):
        return None
    return f"{rejected.verb} {made[1]}{made[2]}"


def _replaced(rejected: Rejected, words: str, kind: str, negated: set[str]) -> str | None:
    """The rejected instruction with the part the correction's words name replaced: the object, the
    attribute, the place, the added thing or the style."""
    words = _counted(words, rejected.obj)
    if more := _more_of(rejected, words):
        return more
    owned = re.fullmatch(r"(?P<det>the|his|her|their)\s+(?P<owner>[\w-]+)'s\s+(?P<part>.+)", rejected.obj, re.I)
    someone = re.fullmatch(r"the\s+(?P<who>[\w-]+)", words, re.I)
    if owned and someone and owned["owner"].lower() in negated and someone["who"].lower() != owned["part"].lower():
        return rejected.with_object(f"the {someone['who']}'s {owned['part']}")  # "not the goalkeeper, the referee"
    part = re.fullmatch(r"(?:the\s+)?(?P<part>[a-z-]+)", words, re.I)
    if owned and part and owned["part"].lower() in negated and part["part"].lower() not in negated:
        return rejected.with_object(f"{owned['det']} {owned['owner']}'s {part['part']}")  # "the shield, not the armour"
    if (
        owned
        and part
        and not negated & set(re.findall(r"[a-z]+", f"{rejected.verb} {rejected.obj} {rejected.second}".lower()))
        and not attribute_like(part["part"])
        and not re.fullmatch(rf"(?:{PERSON})s?", part["part"], re.I)
        and not re.fullmatch(PERSON, owned["owner"], re.I)
    ):
        return rejected.with_object(f"{owned['det']} {owned['owner']}'s {part['part']}")  # "i meant the tender"
    look = _A_LOOK.fullmatch(words)
    if look and re.fullmatch(RECOLOUR, rejected.verb, re.I) and attribute_like(look["look"].split()[-1]):
        words = look["look"]
    determined = re.match(DETERMINER + r"\s", words, re.I) is not None
    definite = re.match(rf"{DEFINITE}\s|[\w-]+'s\s", words, re.I) is not None
    place = re.match(rf"(?:{_PREPOSITION})\s", words, re.I)
    if place and rejected.preposition and not re.fullmatch(_STYLE_PREPOSITION, rejected.preposition, re.I):
        return f"{rejected.verb} {rejected.obj} {words}"
    if rejected.verb.lower() == "give" and not rejected.preposition:
        return _given(rejected, words, negated)
    if place and re.fullmatch(ADDING, rejected.verb, re.I) and not rejected.second:
        return f"{rejected.verb} {rejected.obj} {words}"
    if place:
        return None
    if (
        re.match(r"(?:an?|some)\s", words, re.I)
        and _THING_AT.fullmatch(words)
        and not re.fullmatch(ADDING, rejected.verb, re.I)
    ):
        return f"add {words}"  # "a spotlight on the sculpture" after "make the sculpture bronze": a thing to add
    recolour = re.fullmatch(RECOLOUR, rejected.verb, re.I) is not None
    described = re.fullmatch(rf"{DETERMINER}\s+[\w\s'-]+?\s+\S+", words, re.I)
    if recolour and not rejected.preposition and described and attribute_like(words.split()[-1]):
        return f"{rejected.verb} {words}"
    if rejected.preposition and re.fullmatch(_STYLE_PREPOSITION, rejected.preposition, re.I):
        words = re.sub(r"^(?:a|an)\s+", "", words, flags=re.I)
        article = re.match(r"(?:a|an)\s", rejected.second, re.I)
        return rejected.with_second(
            f"{article_for(words)} {words}" if article and not _MASS_STYLE.search(words) else words
        )
    if rejected.preposition and re.fullmatch(ADDING + "|" + _REPLACING, rejected.verb, re.I):
        person = re.fullmatch(PERSON, words, re.I) is not None
        adds_rejected = re.fullmatch(ADDING, rejected.verb, re.I) and _names_thing(negated, rejected.obj)
        if (definite or person) and not adds_rejected:
            if re.fullmatch(_REPLACING, rejected.verb, re.I):
                return rejected.with_object(_one(words, rejected.obj))
            return rejected.with_second(_one(words, rejected.second))
        if re.fullmatch(_REPLACING, rejected.verb, re.I):
            return rejected.with_second(_one(words, rejected.second))
        if (at := _THING_AT.fullmatch(words)) and (
            re.match(r"(?:an?|some)\s", words, re.I) or at["thing"].endswith("s")
        ):
            return f"{rejected.verb} {words}"
        if SIZE_ONLY.fullmatch(words) or (
            negated
            and not _names_thing(negated, rejected.obj)
            and not names_added(words, rejected.obj)
            and len(words.split()) <= 2
            and not determined
        ):
            return rejected.with_object(_modified(rejected.obj, words))
        if not re.match(DETERMINER + r"\s", rejected.obj, re.I):
            words = re.sub(r"^the\s+", "", words, flags=re.I)
        return rejected.with_object(_one(words, rejected.obj))
    if re.fullmatch(ADDING, rejected.verb, re.I) and (restyled := _restyled_thing(words, rejected.obj, negated)):
        return rejected.with_object(restyled)
    kind_of = _KIND_OF.fullmatch(rejected.obj)
    if kind_of and not determined and negated & set(kind_of["kind"].lower().split()):
        det = article_for(words) if re.fullmatch(r"an?", kind_of["det"], re.I) else kind_of["det"]
        return rejected.with_object(f"{det} {words} {kind_of['head']}")
    head = rejected.obj.split()[-1].lower()
    names_object = determined or head in negated or head.rstrip("s") in {w.rstrip("s") for w in negated}
    a_look = re.match(r"(?:look|looks|appear|seem)\s", rejected.second, re.I) is not None  # "look retro": "baroque"
    attribute = not names_object and (
        attribute_like(words)
        or kind != "correct_object"
        or bool(negated & set(rejected.second.lower().split()))
        or (a_look and not determined)
    )
    if attribute and len(words.split()) > 1 and same_thing(words, rejected.obj):
        words = " ".join(words.split()[:-1])
    if attribute and BARE_COLOUR.fullmatch(rejected.second) and re.fullmatch(SHADE_MORE, words, re.I):
        return rejected.with_second(f"{words} {rejected.second}")  # "i meant darker" after "... green": darker green
    if attribute and rejected.second and not rejected.preposition:
        looks = re.match(r"(?:look|looks|appear|seem)\s+", rejected.second, re.I)
        kept = looks[0] if looks and not re.match(r"(?:look|looks|appear|seem)\b", words, re.I) else ""
        if (shining := _SHINES.match(rejected.second)) and BARE_COLOUR.fullmatch(words):
            kept = shining[0]  # "i meant amber" after "make the safelight glow deep red": glow amber
        return rejected.with_second(kept + _one(words, rejected.second))
    if attribute and rejected.preposition in ("into", "to"):
        return rejected.with_second(_one(words, rejected.second))
    if not determined:
        words = f"{rejected.obj.split()[0]} {words}" if re.match(DETERMINER + r"\s", rejected.obj, re.I) else words
    if rejected.preposition and not attribute and re.fullmatch(REMOVAL, rejected.verb, re.I):
        return f"{rejected.verb} {_one(words, rejected.obj)}"  # the place said where the removed thing was
    return rejected.with_object(_one(words, rejected.obj))


def _more_of(rejected: Rejected, words: str) -> str | None:
    """An addition of more things said again for other things, with as many more ("add more prawns" and "the
    mussels" -> "add more mussels"); None when the addition says no such amount or the words are no such things."""
    more = re.match(rf"(?:{MORE})\s+", rejected.obj, re.I)
    thing = re.sub(r"^the\s+", "", words, flags=re.I)
    if more is None or not re.fullmatch(ADDING, rejected.verb, re.I) or rejected.preposition:
        return None
    if not re.fullmatch(r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}s", thing, re.I) or re.match(
        rf"(?:{MORE})\s", thing, re.I
    ):
        return None
    if any(attribute_like(word) or re.fullmatch(SIZE, word, re.I) for word in thing.split()):
        return None
    return rejected.with_object(f"{more[0]}{thing}")


def _restyled_thing(words: str, thing: str, negated: set[str]) -> str | None:
    """An added thing said again with another look or size, kept with the words that say what kind it is ("a
    small sign" or "a neon sign" for "a big pretzel sign" -> "a small pretzel sign", "a neon pretzel sign"); None
    when the words name another kind ("a price sign"), the correction rejects the kind ("not a pretzel one") or
    the thing has no such words."""
    said = re.fullmatch(r"(?P<det>an?)\s+(?P<looks>[\w'-]+(?:\s+[\w'-]+)?)\s+(?P<head>[\w'-]+)", words, re.I)
    parts = thing.split()
    if said is None or len(parts) < 3 or not re.fullmatch(r"an?", parts[0], re.I) or not same_thing(words, thing):
        return None
    sized = rf"{SIZE}|big|small|large|tiny|huge|giant"
    if not all(attribute_like(word) or re.fullmatch(sized, word, re.I) for word in said["looks"].split()):
        return None
    kind = [word for word in parts[1:-1] if not attribute_like(word) and not re.fullmatch(sized, word, re.I)]
    if not kind or negated & {word.lower() for word in kind}:
        return None
    return _modified(" ".join([parts[0], *kind, parts[-1]]), said["looks"])


def _counted(words: str, thing: str) -> str:
    """A number of things said with a shorter name of the thing the edit named, with that thing's own name ("two
    boats" for "a sailboat" -> "two sailboats"); other words as they are."""
    counted = re.fullmatch(rf"(?P<n>{NUMBER})\s+(?P<noun>[\w'-]+)", words, re.I)
    head = thing.split()[-1]
    noun = counted["noun"].lower().rstrip("s") if counted else ""
    if counted is None or counted["n"].lower() in ("one", "1") or len(noun) < 3:
        return words
    if head.lower().rstrip("s") == noun or not head.lower().rstrip("s").endswith(noun):
        return words
    return f"{counted['n']} {head if head.endswith('s') else head + 's'}"


_FABRICS = frozenset(
    {*vocab.MATERIALS, *"tweed wool woolly satin silk linen cotton corduroy suede lace fleece patchwork tartan".split()}
)
"""Words of what a thing is made of, said after its colour ("a green velvet coat")."""


def _modified(thing: str, words: str) -> str:
    """The thing said with the correction's words before its name ("a cat" and "ginger" -> "a ginger cat",
    "a sailboat" and "smaller" -> "a smaller sailboat")."""
    words = re.sub(r"^(?:an?)\s+", "", words, flags=re.I)
    parts = thing.split()
    if words.lower() in _FABRICS and len(parts) > 2 and BARE_COLOUR.fullmatch(parts[1]):
        return " ".join([parts[0], parts[1], words, *parts[2:]])  # "a green coat" and "velvet": a green velvet coat
    if re.fullmatch(r"an?", parts[0], re.I):
        return " ".join([article_for(words), words, *parts[1:]])
    if re.fullmatch(DETERMINER, parts[0], re.I):
        return " ".join([parts[0], words, *parts[1:]])
    return f"{words} {thing}"


def _with_colour(thing: str, colour: str) -> str | None:
    """A given thing with its colour words put as `colour` ("a pink racket" and "teal" -> "a teal racket", "hot
    pink" -> "a hot pink racket"); None when `colour` or the thing says no colour."""
    said = rf"(?:(?:{COLOUR_WORD}|hot|baby)\s+)*{COLOUR_NAME}"
    if not re.fullmatch(said, colour, re.I) or not re.search(rf"\b{said}\b", thing, re.I):
        return None
    return re.sub(rf"\b{said}\b", colour, thing, count=1, flags=re.I)


def _given(rejected: Rejected, words: str, negated: set[str]) -> str | None:
    """A correction of "give someone a thing": a new receiver ("the umpire", "to the umpire", "on his dog")
    or a new thing ("a cap", "red headband, not white")."""
    if to := re.match(r"(?:to|on|for)\s+(?P<who>.+)$", words, re.I):
        return rejected.with_object(to["who"])
    if _EVERYONE.fullmatch(words) or re.fullmatch(r"him|her|them", words, re.I):
        return rejected.with_object(words)
    bare = not re.match(r"(?:a|an|some)\s", rejected.second, re.I)
    if re.match(r"other\s", words, re.I) or (
        _names_thing(negated, rejected.obj) and not re.match(DETERMINER + r"\s", words, re.I)
    ):
        return rejected.with_object(f"the {words}")
    if not bare and (coloured := _with_colour(rejected.second, words)):
        return rejected.with_second(coloured)
    if all(attribute_like(word) for word in words.split()) and not bare:
        return rejected.with_second(_modified(rejected.second, words))
    indefinite = re.match(r"(?:a|an|some)\s", words, re.I) is not None
    if (
        re.match(DETERMINER + r"\s", words, re.I)
        and not indefinite
        and not negated & set(rejected.second.lower().split())
    ):
        return rejected.with_object(_one(words, rejected.obj))
    if re.match(rf"(?:{_PREPOSITION})\s", words, re.I):
        return None
    return rejected.with_second(words if indefinite or bare else f"{article_for(words)} {words}")


_LOOK_AFTER = re.compile(
    rf"(?<=\w)(?:\s+{COLOUR_NAME})+\s+and(?:\s+{COLOUR_NAME})+$",
    re.I,
)
"""Colours joined by "and" that an object phrase was read to end with, before the rest of the look ("the awning
red and white" of "make the awning red and white striped")."""
_A_LOOK = re.compile(r"an?\s+(?P<look>[\w\s'-]+)", re.I)
"""A look said with an article after a recolouring ("a pale butter yellow"): a shade, not a thing."""
_EVERYONE = re.compile(r"(?:all\s+of\s+(?:them|us)|every(?:one|body)|each\s+of\s+them|(?:all\s+)?the\s+others)", re.I)
"""Everyone there, as a correction of who gets a thing ("all of them, not just the drummer")."""


def _names_thing(negated: set[str], phrase: str) -> bool:
    """Whether a correction rejects the thing `phrase` names ("not the sheep" and "sheep", "not the keeper" and
    "the keeper with the beard", "not birds" and "some birds flying"); a rejected look ("not red" and "a red
    kite") names no thing."""
    names = {word.rstrip("s") for word in negated}
    words = phrase.lower().split()
    return (
        words[-1].rstrip("s") in names
        or _head(phrase).lower().rstrip("s") in names
        or any(word.rstrip("s") in names and not attribute_like(word) for word in words)
    )


def _head(phrase: str) -> str:
    """The name of the thing a phrase names, before what sets it apart ("the keeper with the beard" -> "keeper",
    "the girl in the visor" -> "girl", "a pink racket" -> "racket")."""
    return re.split(r"\s+(?:with|in|on|of|from|by|wearing|holding)\s+", phrase, maxsplit=1, flags=re.I)[0].split()[-1]


def same_thing(phrase: str, thing: str) -> bool:
    """Whether an object phrase names the thing of an instruction ("the stars" and "stars", "the flag" and
    "a flag")."""
    return phrase.lower().split()[-1].rstrip("s") == thing.lower().split()[-1].rstrip("s")


def _one(words: str, phrase: str) -> str:
    """ "the red one" or "the one behind it" as the phrase it replaces names it ("the red car", "the car behind it"
    for "the car"), a bare noun with the article of "a ..." it replaces; other words as they are ("the one with the
    flag" may be another kind of thing)."""
    one = re.fullmatch(r"(?P<lead>.+?)\s+ones?", words, re.I)
    if one and phrase:
        return f"{one['lead']} {_head(phrase)}"
    placed = re.fullmatch(rf"(?P<det>the|that)\s+one\s+(?P<where>(?:{BESIDE}|[a-z]+(?:ing|ed))\s.+)", words, re.I)
    if placed and phrase:
        return f"{placed['det']} {_head(phrase)} {placed['where']}"
    if (
        re.fullmatch(r"(?:a|an)\s+[\w-]+", phrase, re.I)
        and re.fullmatch(r"[a-z-]+(?<!s)", words, re.I)
        and not attribute_like(words)
    ):
        return f"{article_for(words)} {words}"  # "crocodile instead" after "add an alligator": a crocodile
    return words


_ROUND_SAID = re.compile(
    r"\s+(?:in|from|on|of)\s+(?:(?:round|rnd|rd)\s*\d+|the\s+(?:first|second|third|fourth|fifth|last|previous)\s+"
    r"(?:edit|try|round|version))\b",
    re.I,
)
"""Where a correction said which round it is about, inside its words ("the bench in round 1 should have been black")."""
_ADDED_NEW = re.compile(r"(?P<verb>add|put|place)\s+the\s+(?P<thing>[\w'-]+(?:\s+[\w'-]+)?)", re.I)
"""An addition of a thing with "the" ("add the clock on the desk"), which a correction may say of a new thing."""


def as_redone(instruction: str, rejected: str) -> str:
    """A correction's instruction as the edit it redoes takes it: without the round it named ("make the bench in round
    1 black" -> "make the bench black"), and a thing added with "the" made new when the `rejected` addition added it
    or never named it ("add the clock on the desk" after "add a clock on the wall" -> "add a clock on the desk"): that
    addition was never made, so the thing is not in the photo it is redone from."""
    instruction = _ROUND_SAID.sub("", instruction)
    added = _ADDED_NEW.match(instruction)
    adding = re.match(r"(?P<verb>add|put|place)\s+(?:a|an|some)\s", rejected, re.I)
    if added is None or adding is None:
        return instruction
    wanted, parts = keywords(added["thing"]), object_of(rejected)
    if wanted & keywords(rejected) and not (parts and wanted & keywords(parts[1])):
        return instruction  # "put the sofa by the window" after "add a cat on the sofa": the sofa was there
    thing = added["thing"]
    return f"{adding['verb'].lower()} {article_for(thing)} {thing}{instruction[added.end() :]}"
