"""An edit request as an instruction for the editor: fillers and politeness gone, "it" resolved, a look said
without a verb completed, and requests too unclear to edit caught."""

from __future__ import annotations

import re
from typing import Any

from assistant.references import RoundLike, RoundTree, parse_number
from assistant.understanding.corrections import correct, correction_words, other_thing_other_look
from assistant.understanding.phrases import article_for, clean, object_of, tells_of, wished_instruction
from assistant.understanding.pronouns import named_first, resolve_pronoun
from assistant.understanding.replies import CLARIFY_TEXT, HELP_TEXT, REPLIES
from assistant.understanding.retries import redo_edit
from assistant.understanding.rounds import TAKES_ROUND_BACK
from assistant.understanding.turns import Call, Decision, Turn, last_edit
from assistant.understanding.vocabulary import (
    ADDING,
    ANOTHER_TIME,
    ATTRIBUTE,
    ATTRIBUTE_WORDS,
    BARE_COLOUR,
    BASE_REF,
    BREAKS_OFF,
    COLOUR_WORD,
    COMMA_LEAD,
    COMPARATIVE,
    DEFECT,
    DEFINITE,
    DEPICTED,
    DETERMINER,
    EDIT_VERB,
    EMOJI,
    IMPERATIVE,
    LEAD_IN,
    NOT_A_NOUN,
    NUMBER,
    OTHER_LOOK,
    OWNER,
    PHOTO_VERB,
    PLACE,
    POINTS_BACK,
    POLITE,
    POSSESSIVE,
    PRESENT,
    PRONOUN,
    QUESTION_WORD,
    RECOLOUR,
    REMOVAL,
    SAYS_OF,
    SOMEONE_ELSE,
    SUGGESTED,
    THING_CHANGE,
    TRAILERS,
    TWO_THINGS,
    VAGUE,
    VERB_LATER,
    WHOLE_LOOK,
)
from language.action import vocab

_NO_CHANGE_NAMED = re.compile(
    r"^(?:(?:make|turn|change|put|add|give|replace|swap|place|insert|paint|colou?r|recolou?r|dye|convert|transform|"
    r"alter|modify|edit)\s+(?:it|that|them)|(?:change|alter|modify|edit|fix|adjust|tweak)\s+(?:the\s+)?(?:thing|stuff|"
    r"something)\b.*|(?:fix|adjust|correct|tweak)\s+(?:the\s+)?colou?rs?|(?:add|put|remove|delete|take\s+out)\s+"
    r"(?:(?:some|a\s+few)\s+(?:more|other)|some|more|a\s+few|random|other)?\s*(?:stuff|things|something|anything)"
    r"(?:\s+(?:on|to|in|at|around|near|onto)\s+(?:the|his|her|their|my|our)\s+[\w'-]+(?:\s+[\w'-]+)?)?)[\s?.!]*$"
    r"|^(?:add|put|place|give|make|turn)\s+(?:(?:the|his|her|their|my)\s+[\w'-]+(?:\s+[\w'-]+)?\s+)?"
    r"(?:a\s+different|some\s+other|(?<!the\s)other)\s+[\w'-]+(?:\s+(?:on|in|to|at|for|onto)\s+"
    r"(?:the|his|her|their|my|our)\s+[\w'-]+(?:\s+[\w'-]+)?)?(?:\s+(?:pls|please|plz))?[\s?.!]*$"
    r"|^make\s+(?:the|his|her|their|my)\s+[\w'-]+(?:\s+[\w'-]+)?\s+a\s+different\s+(?:kind|type|sort|species|breed)\b"
    r"[\s?.!]*$"
    r"|^(?:move|put|shift|place)\s+.+?\s+(?:somewhere\s+else|elsewhere|somewhere)(?:\s+(?:pls|please|plz))?[\s?.!]*$"
    r"|^(?:add|put|write|place|insert)\s+(?:an?\s+|some\s+)?(?:caption|text|words|writing|title|quote|slogan)"
    r"(?:\s+(?:on|to|in|at|onto)\s+(?:it|them|this|(?:the|his|her|their|my)\s+[\w'-]+(?:\s+[\w'-]+)?))?"
    r"(?:\s+(?:pls|please|plz))?[\s?.!]*$"
    r"|^change\s+(?:the\s+)?(?:font|typeface|lettering|wording)\b(?!.*\b(?:to|into|so|with|for)\b).*$"
    r"|^(?:fix|clean|tidy|touch|sort|tweak|adjust|improve|enhance|edit)\s+(?:it|this|that|them)(?:\s+(?:up|out))?"
    r"(?!\s+(?:to|into|with|so|by|and|then)\b|\s+\w+ly\b)(?:\s+(?:pls|please|plz|a\s+bit|a\s+little|for\s+me))*"
    r"(?:[\s,.!?]+(?:it'?s|its|it\s+is|they'?re|this\s+is)\b.*)?[\s?.!]*$"
    r"|^(?:make|turn|change|alter|modify|edit|fix|adjust|tweak|swap|switch|move|shift|replace|recolou?r|paint|colou?r)"
    r"\s+(?:the|that|this|those|these)\s+(?:thing|things|thingy|stuff|bit|part|whats?it\w*|whatchamacallit)\b"
    rf"(?!\s+of\b|\s+(?:on|in|at|by|near|under|above|behind|next\s+to)\s+{OWNER}\s+"
    r"(?!(?:left|right|top|bottom|middle|back|front|corner|side|background|foreground)\b)\w|.*\b(?:with|for|into)\s+"
    r"(?:an?|some)\s).*"
    rf"|^(?!.*\b(?:{DEFECT}|crooked|broken|bent|torn|tilted|leaning|dirty|messy|blurry|faded|cracked|rusty|wonky|"
    r"balance|exposure|contrast|brightness|saturation|verticals|horizon|perspective|lighting|focus|sharpness|noise|"
    r"glare|reflections?|highlights|shadows|levels|tint|cast|temperature|distortion)\b)"
    r"(?!(?:fix|repair)\s+(?:the|this|that|those|these|my|our)\s+[a-z]{3,}(?:y|ed|ing)(?:\s+[\w'-]+){1,2}[\s?.!]*$)"
    r"(?:change|alter|modify|edit|fix|adjust|tweak)\s+(?:the|this|that|those|these|my|our)\s+"
    r"[\w'-]+(?:\s+(?!(?:to|into|with|in|on|for|as|from|so|and|n|by|like)\b)[\w'-]+){0,2}(?:,?\s+(?:and|&|n)\s+(?:the|this|that|those|these|my|our)\s+[\w'-]+(?:\s+[\w'-]+)?)*"
    r"[\s?.!]*$"
    r"|^(?:replace|swap(?:\s+out)?|switch\s+out|exchange|substitute)\s+(?:the|this|that|those|these|my|our)\s+[\w'-]+"
    r"(?:\s+(?!and\b)[\w'-]+)?(?:\s+(?:on|in|at|by|from|near|under|above)\s+(?:the|his|her|their|my|our)\s+[\w'-]+"
    r"(?:\s+[\w'-]+)?)?(?:\s+out)?(?:\s+(?:pls|please|plz))?[\s?.!]*$"
    r"|^(?:add|put|place|insert|draw)\s+(?:an?\s+|some\s+)?(?:thing|things|thingy|stuff|something|anything)\b"
    r"(?!\s+like\b|.*\bback\b).*"
    r"|^(?:remove|delete|erase|hide|get\s+rid\s+of|take\s+(?:away|out|off))\s+(?:the|that|this|those|these)\s+"
    r"(?:thing|things|thingy|stuff|bit|part)(?:\s+(?:on|in|at)\s+the\s+(?:left|right|top|bottom|middle|back|front|"
    r"corner)(?:\s+(?:side|corner|bit))?|\s+(?:over\s+)?(?:there|here))?[\s?.!]*$"
    r"|^(?:recolou?r|resize|move|reposition)\s+(?:the|this|that|my|our|his|her|its)\s+[\w'-]+"
    r"(?:\s+(?!(?:closer|further|farther|back|up|down|left|right|over|away|aside|higher|lower|forwards?|backwards?|in|"
    r"out|off|around|here|there|bigger|smaller|larger)\b)"
    rf"(?!(?:{COLOUR_WORD}|{'|'.join(vocab.COLORS)})\b)[\w'-]+)?(?:\s+(?:pls|please|plz))?[\s?.!]*$",
    re.I,
)
"""An edit verb with nothing to make of it: "make it", "change the thing on the left", "replace the cup" (with
what?), "fix the colours?", "add some stuff", "fix it pls it's broken", "can you clean it up", "move the stuff over
there", "make the thing bigger", "add something on the shelf", "get rid of the thing", "fix the anvil" (but
"fix the saggy net" and "adjust the white balance" name what is wrong), "change the casks and the crates",
"recolour the shirt" (to what? "recolor the sneakers white" says), "move the cheetah" (where?), "resize the clock"; a
thing placed by a named one ("the stuff on the table") or replaced by a new one ("replace the thing with a clock")
says enough."""
_EITHER = re.compile(
    r"\beither\s+(?:the|this|that|it|an?)\b.*\bor\b|^either\b.*\bor\b"
    r"|^(?:{v})\s+(?:just\s+|only\s+)?(?:one|1|a\s+single\s+one)\s+of\s+(?:them|those|these|the)\b"
    r"|^(?:add|put|place|draw)\s+(?:an?|some)\s+[\w'-]+\s+or\s+(?:an?|some)\s+[\w'-]+\b"
    r"|^(?:remove|delete|erase|take\s+out|get\s+rid\s+of)\s+(?:just\s+|only\s+)?(?:an?|one)\s+"
    r"(?!(?:bit|little|lot|tad|touch|few|couple)\b)[\w'-]+(?:\s+[\w'-]+)?(?:\s+(?:pls|please|plz))?[\s.!?]*$"
    r"|^(?:make|turn|paint|colou?r)\s+(?:just\s+|only\s+)?one\s+[\w'-]+\s+[\w'-]+(?:\s+(?:pls|please|plz))?[\s.!?]*$"
    r"|\bor\b.*[\s,]+(?:(?:you|u)\s+(?:choose|pick|decide)|(?:your|ur)\s+(?:choice|call|pick)|up\s+to\s+(?:you|u)|"
    r"whichever(?:\s+(?:you|u)\s+(?:like|want|prefer))?|dealer'?s\s+choice)\b"
    r"|[\s,]+(?:(?:you|u)\s+)?(?:pick|choose)\s+between\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:and|or)\s".format(
        v=r"make|turn|paint|colou?r|change|remove|delete|erase|move|replace|swap|get\s+rid\s+of|take\s+out"
    ),
    re.I,
)
"""An edit of one thing or another, not said which ("change either the bow or the quiver", "either remove the pumps
or blur them", "remove one of the pails", "add a cat or a dog on the tatami")."""
_SO_OBJECT = re.compile(
    rf"(?P<obj>{DEFINITE}\s+(?!mind\b)[\w'-]+(?:\s+[\w'-]+)?)\s*(?:,|\s(?:so|and))"
    r"[\s,]*(?:please\s+|pls\s+|just\s+|can\s+you\s+|could\s+you\s+)*$",
    re.I,
)
"""A context clause that ends on the object a following "it" means ("my mom hates the lamp so please remove it"), not
a change of mind ("changed my mind, make it red")."""
_IT_LATER = re.compile(rf"(?<=[\s,])(?P<tail>(?:{PHOTO_VERB})\s+(?:it|them)\b.*)$", re.I)
"""An edit of "it" after some words, whose object those words may name."""
_THAT_THING = re.compile(
    r"\s+(?!(?:too|again|now|please|pls|one|as|also|instead|then|and|for|from|thing|stuff|bit|part)\b)[a-z][\w'-]*",
    re.I,
)
"""What follows "that" when it is a determiner ("remove that guy"), not the pronoun ("remove that too")."""
_WANT = re.compile(
    rf"^(?:i'?d\s+(?:really\s+)?(?:like|love|prefer)|(?:i\s+|we\s+)?(?:really\s+)?(?:would\s+(?:like|love|prefer)|want|need))\s+"
    rf"(?:that\s+)?"
    rf"(?P<phrase>(?!the\s+same\b|(?:a|an|some)\s+[\w'-]+(?:\s+[\w'-]+)?\s+like\b){DETERMINER}\s+\S+\s+.+)$",
    re.I,
)
"""A wish for how an object should be ("I'd like the shop awning striped"); not a wish for a thing like one, which
names no object in the photo ("i'd love a dog like that"), nor "the same ... for my ..."."""
_KIN = r"(?:grand(?:ma|pa|mother|father|dad)|granny|gran|nana|nan|mum|mom|mommy|mummy|dad|daddy)"
"""Family names that own a thing without "the" ("grandpa's hair")."""
_PLAIN_OBJECT = re.compile(
    rf"(?:(?:add|remove|delete|erase|insert|write)\s+(?!it\b|that\b|them\b|things\b|stuff\b)[\w'-]+"
    rf"(?:(?:\s+[\w'-]+){{1,3}}|(?:\s+[\w'-]+){{0,3}}?"
    rf"\s+(?:on|in|into|to|over|under|behind|next\s+to|near|beside|above|from|around|at)\s+.+))"
    rf"|(?:{PHOTO_VERB})\s+(?:{DETERMINER}|{_KIN}'s)\s+[\w'-]+.*",
    re.I,
)
"""A complete edit without a determiner ("add melted cheese on the burger"), with a rarer verb ("kill the lights")
or of a family member's thing ("make grandpa's hair neater")."""
_NOT_ASKED = re.compile(
    r"\b(?:don'?t|dont|do\s+not|never|no\s+need\s+to|not\s+yet|should\s+i|shall\s+i|should\s+we|would\s+it|"
    r"what\s+if\s+i|whether|what(?:'?s)?|which|how|why|think\s+about|do\s+you\s+think|(?:i|we)\s+should|ever|"
    r"(?:before|after|once|until)\s+(?:i|we))\b"
    r"|\b(?:can|could|may|will|would)\s+(?:my|his|her|their|our)\s+[\w'-]+\s*$",
    re.I,
)
"""Words before an edit verb that make it no request: a negation, an opinion asked, a question
("don't remove the horse", "do you think I should remove the fence?", "which colour would suit the door?", "can my
sister open this on her phone?")."""
NOT_IMAGE_TEXT = re.compile(
    r"^(?:write\s+(?:me\s+|us\s+)?|(?:make|give|suggest|come\s+up\s+with)\s+(?:me|us)\s+|"
    r"(?:make|suggest|come\s+up\s+with)\s+(?=(?:an?|some)\s))(?:an?\s+|some\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:script|code|program|function|poem|haiku|essay|e-?mail|letter|story|song|lyrics|tweet|post|caption|article|"
    r"summary|report|speech|review|message|ad|advert|listing|description|bio|blurb|hashtag|alt\s+text|"
    r"(?:hashtag|word|name)\s+list|name\s+for|title\s+for)s?\b"
    r"(?!\s+of\s+(?:all\s+)?(?:the\s+|my\s+|your\s+|our\s+)?(?:changes|edits|rounds|history|steps|tries)\b)"
    r"(?!.*\b(?:on|onto|across|over)\s+(?:the|a|an|his|her|their|its)\b)",
    re.I,
)
"""A text to write that is no writing in the photo ("write a python script", "make a hashtag list for the pic",
"give me a name for the orange of the tent"; not "write 'hi' on the sign")."""
_SUM = re.compile(
    r"^(?:add|plus|sum|multiply|divide|subtract|take)\s+\d+(?:[.,]\d+)?\s+(?:and|to|by|from|plus|with|\+|x|times)\s+"
    r"\d+(?:[.,]\d+)?\W*$",
    re.I,
)
"""Arithmetic, not an addition to the photo ("add 17 and 25")."""
_ASKING = re.compile(r"^(?:would|should|does|did|is|are|was|were|will|shall|which|whose)\b", re.I)
"""A turn left a question after its fillers are gone ("would the car look better in red?")."""
_SOMETHING_DONE = re.compile(r"^(?:do|try)\s+something(?:\s+[\w'-]+)?\s+(?:with|to|about|for)\s", re.I)
"""A wish for some change to a thing that names none ("do something cool with the gravel")."""
_UNSEEN_PHOTO = re.compile(
    r"\b(?:photo|pic|picture|image|one)\s+(?:that\s+)?(?:i|we)\s+(?:just\s+)?(?:showed|sent|shared|posted|gave)\b"
    r"|\bmy\s+other\s+(?:photo|pic|picture|image)s?\b",
    re.I,
)
"""A look taken from a photo the session does not have ("like that one photo i showed you"): nothing to copy it from."""
_REASON = re.compile(
    r",\s+(?:it'?s|it\s+is|they'?re|they\s+are|he|she|he'?s|she'?s|because|since|cos|coz|cuz|as\s+it|so\s+it|"
    r"like(?=\s+(?:it|its|it'?s|they|they'?re|he|she|i|you|we|this|that|there)\b)|"
    r"looks?|it\s+looks|they\s+look|it\s+was|they\s+were|it\s+(?:covers|blocks|hides|ruins|distracts))\b.*$"
    r"|\s+(?:pls|please|plz)\s+(?:it'?s|it|they'?re|they|because|since|cos|coz|cuz)\s.*$"
    r"|(?<!\bso)(?<!\bthat)(?<!\blike)(?<!\bif)(?<!\buntil)(?<!\bwhen)(?<!\band)(?<!\bas)"
    r"\s+(?:(?:it|he|she)\s+looks|they\s+look)\s+(?:like\s+an?\s+.+|(?:(?:so|too|really|kinda|very|pretty|super)\s+)?"
    r"[\w'-]+)$"
    r"|(?<=\w)\s+(?:(?:pls|please|plz)\s+)?(?:because|bc|b/c|cause|cuz|coz|cos|since)\s+.+$"
    r"|(?<=\w)\s+(?:(?:pls|please|plz)\s+)?(?:it'?s|its|it\s+is|they'?re|theyre|they\s+are)\s+(?:(?:so|too|way\s+too|really|"
    r"kinda|very|pretty|super|a\s+bit|a\s+little|just|not)\s+\S.*|in\s+the\s+way\b.*|an?\s+eyesore\b.*|(?:ugly|hideous|gross|"
    r"distracting|annoying|weird|boring|dull|dark|awful|horrible|terrible|messy|blurry|bad|off|wrong|tacky|faded|dirty|"
    r"ruining\s+\S.*|everywhere)[\s.!]*)$"
    r"|[\s,]+(?:i\s+)?(?:hate|dislike|can'?t\s+stand)\s+(?:it|them|that|those)[\s.!]*$"
    r"|(?<=\w)\s+(?:it|they)\s+(?:ruins?|spoils?|kills?|blocks?|distracts?|clutters?)\s+\S.*$"
    r"|,\s+(?:way\s+|much\s+)?too\s+[\w'-]+[\s.!]*$",
    re.I,
)
"""A reason after a request ("brighten the faces, they're too dark"), or said with no comma at its end ("make the
ball smaller it looks fake"): not part of the instruction. A likeness ("make the sky golden, like a sunset") is
part of it; only "like" that starts a clause ("like it was just waxed") is a reason."""
_GIVE_TO = re.compile(rf"^give\s+to\s+(?={DETERMINER}\s)", re.I)
"""A receiver said with "to" before the thing given ("give to the hedgehog a hat")."""
_VERB_POLITE = re.compile(rf"^(?P<verb>{PHOTO_VERB})\s+(?:please|pls|plz|for\s+me|kindly)\s+", re.I)
"""Politeness right after the verb ("delete please the car", "put for me a sun in the sky")."""
_NOT_PHOTO = re.compile(
    r"\b(?:on|to|from|in|into|off)\s+(?:my\s+|your\s+|this\s+|the\s+)?(?:instagram|facebook|tiktok|whatsapp|"
    r"snapchat|twitter|linkedin|insta|ig|snap|discord|telegram|wechat|pinterest|youtube|reddit|threads|bluesky|etsy|"
    r"ebay|vinted|depop|calendar|account|app|servers?|inbox|contacts|playlist|settings|shopping\s+(?:cart|basket))\b"
    r"|\b(?:my|your)\s+(?:shopping\s+)?(?:cart|basket)\b|\badd\s+(?:(?:it|this|them)\s+)?to\s+(?:the\s+)?(?:cart|basket)\b"
    r"|\b(?:my|your)\s+(?:account|password|data|name|settings|subscription|profile|day|life|mood|week|"
    r"code|css|html|script|program|homework|essay|resume|cv)\b"
    r"|\b(?:change|reset|update|recover)\s+(?:my|your)\s+(?:username|user\s+name|password|e-?mail(?:\s+address)?)\b"
    r"|\b(?:my|your)\s+(?:[\w-]+\s+)?(?:wish\s*list|inventory|spreadsheet|cache|cookies|browser)\b"
    r"|\b(?:this|the|our)\s+chat\b(?!\s+bubbles?)"
    r"|\b(?:restart|reload|refresh|reboot)\s+(?:the\s+|this\s+|my\s+)?(?:app|page|browser|site|chat|server|computer|"
    r"laptop|phone)\b|\b(?:kill|close|quit|exit|crash|shut\s+down|uninstall)\s+(?:the\s+|this\s+|my\s+)?"
    r"(?:app|browser|site|chat|server|process|program|session)\b(?!\s+(?:on|in|at|icon|window|sign|logo)\b)"
    r"|\bclear\s+(?:the\s+|my\s+)?(?:cache|cookies)\b"
    r"|\badd\s+(?:it|this|that|them)\s+to\s+(?:the\s+|my\s+|your\s+)(?:[\w-]+\s+)?(?:wish\s*list|favou?rites|list|"
    r"collection|album)\b"
    r"|\bcut\s+the\s+(?:drama|crap|nonsense|chatter|small\s+talk|jokes?|bs|act)\b|\bround\s+of\s+applause\b"
    r"|\b(?:warms?|warmed|melts?|melted|break|broke)\s+my\s+heart\b"
    r"|\banimate\b|\b(?:a|an|into\s+a|as\s+a)\s+(?:gif|video|clip|slideshow)\b(?!\s+(?:game|still|style))"
    r"|\b(?:a|an|into\s+a|as\s+a)\s+3d\s+(?:model|print|file|object)\b"
    r"|\b(?:collage|montage|grid|slideshow)\s+(?:of|from|with)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:versions|rounds|edits)\b"
    r"|\bhow\s+much\s+(?:would|will|does|did)\s+(?:it|that|this)\s+cost\b"
    r"|\b(?:on|to|from|in|into|off)\s+(?:my\s+|your\s+)?(?:(?:photo|picture|music)\s+library|camera\s+roll|"
    r"downloads(?:\s+folder)?|hard\s+drive|icloud|dropbox|google\s+drive)\b"
    r"|\b(?:on|to|from|in|into|off)\s+(?:my|your)\s+(?:photo\s+)?gallery\b"
    r"|\b(?:from|on|off)\s+my\s+(?:phone|computer|laptop|tablet|ipad|desktop|pc|mac)\b"
    r"|\b(?:louder|quieter)\b"
    r"|\b(?:score|rating|grade|marks?|points)\s+(?:out\s+of|from\s+\d+\s+to)\s+\d+"
    r"|\b(?:make|book|cancel)\s+(?:a|an|the|my|our)\s+(?:reservation|booking|appointment)\b"
    r"|\bconvert\s+\d[\d.,]*\s*(?:euros?|dollars?|pounds?|yen|rupees?|pesos?|usd|eur|gbp|km|miles?|kg|lbs?|"
    r"celsius|fahrenheit)\b",
    re.I,
)
"""What an edit verb may act on that is not the photo ("add me on instagram", "remove my account", "change my
username", "make the font bigger in this chat", "clear the cache", "add this to my wishlist", "delete the
duplicates from my camera roll", "delete the photo from my phone", "make a 3d model of the van", "make a collage of
all the versions"), a sound ("make the siren louder"), an idiom that only sounds like an edit ("cut the drama", "warm
my heart", "give me a round of applause"), a rating of it ("give it a score out of 10"), a reservation or a
conversion of money or units ("make a reservation for two", "convert 30 euros to dollars")."""
_PIN_IN = re.compile(
    r"\bput\s+a\s+pin\s+in\s+(?:it|that|this|the\s+(?:[\w-]+\s+){0,2}(?:stuff|ideas?|things?|plans?|question)\b|"
    r"the\s+[\w\s-]+?\s+(?:for\s+(?:now|later|the\s+moment)|till\s+later|until\s+later)\b)",
    re.I,
)
"""An idiom for leaving a change for later ("let's put a pin in the hat stuff", "put a pin in the jars for now"), not a
pin to add ("put a pin in the map")."""
_TO_ME = re.compile(
    r"^(?:you|u)\s+(?:really\s+|just\s+|always\s+|so\s+|totally\s+)?(?:light|brighten|warm|lift|make|cheer|sweeten|"
    r"rock|complete|save|colou?r)s?\s+(?:up\s+)?my\b",
    re.I,
)
"""What the person says the assistant does for them ("you light up my kitchen", "you make my day"): praise, though
its verb is an edit verb."""
_IN_GENERAL = re.compile(
    r"\b(?:in\s+theory|in\s+general|generally|hypothetically|(?:in|to|on|into)\s+(?:photos|pictures|pics|images|"
    r"an?\s+(?:[\w-]+\s+)?(?:photo|picture|pic|image))|(?:make|turn)\s+an?\s+(?:[\w-]+\s+)?(?:photo|picture|pic|image))\b",
    re.I,
)
"""A question about what the tool can do in general ("could you change the season in a photo, in theory?", "could it
add snow to a summer photo", "is it possible to make a sunny pic look rainy?")."""
_ABILITY = re.compile(
    r"\b(?:is\s+it\s+possible|(?:can|could)\s+(?:you|u)|are\s+you\s+able|(?:would|will)\s+you\s+be\s+able|"
    r"do\s+you\s+know\s+how)\b",
    re.I,
)
"""Words that ask whether the editor can do something ("is it possible", "could you"), anywhere in a turn."""
_ANY_THING = re.compile(
    rf"^(?!.*\b(?:the|this|that|these|those|{POSSESSIVE}|its|it|them|him)\b)"
    r".*\s(?:to|on|in|into|onto|from|at)\s+(?:a|an|any)\s+[\w'-]+[\s?.!]*$",
    re.I,
)
"""An edit of things in no particular photo ("add water to a pool"): asked about (`_ABILITY`), a question of what
the tool can do (`_asks_in_general`)."""
_ABLE_IN_GENERAL = re.compile(
    rf"^(?:are|r)\s+(?:you|u)\s+(?:able\s+to|capable\s+of)\s+[\w'-]+\s+"
    rf"(?:(?:people|persons|humans|objects|things|faces|animals|pets|text|watermarks|logos|tattoos)\b|"
    rf"(?!{DETERMINER}\b)[\w'-]+(?:\s+[\w'-]+)?\s+(?:to|on|in|into|onto|from)\s+(?!{DETERMINER}\b)[\w'-]+s\W*$)",
    re.I,
)
"""A question whether the editor can do a kind of edit, its object a kind of thing ("are you able to remove people
from the background?", "are you able to add boats to lakes?"), not one thing of this photo ("are you able to put
snow on the roof?"): the question `_ABILITY` with `_ANY_THING` finds, for kinds said without "a", "an" or "any"
(`_asks_in_general`)."""
_ASKED_OF_A_KIND = re.compile(
    r"^(?:is\s+it\s+possible\s+to|(?:can|could)\s+(?:you|u)|do\s+you\s+know\s+how\s+to)\s+[\w'-]+\s+"
    r"(?:a\s+person|people|persons|humans|someone|somebody|objects|things|stuff|faces|animals|pets|watermarks|logos)\b"
    rf"(?!\s+(?:on|in|at|from|to|into|onto|off|behind|near|by)\s+{DETERMINER}\b)",
    re.I,
)
"""The same question put as "can you" or "is it possible to" ("can you undo stuff if i dont like it", "is it possible to
remove a person and fill in the background?"); a kind of thing somewhere in this photo ("can you add people to the
empty lanes?") is a request."""
_IN_MY_PLACE = re.compile(
    r"\bif\s+(?:it|this|that|the\s+[\w'-]+)\s+(?:was|were)\s+(?:yours|your\s+[\w'-]+)\b|\bif\s+you\s+were\s+me\b|"
    r"\bin\s+my\s+(?:shoes|place)\b",
    re.I,
)
"""A change put to the assistant as a hypothetical ("would you paint the hedges pink if it was your maze?"): an
opinion asked for, not an edit."""
_NOW = re.compile(r"(?<!\bnot\s)\b(?:now|today|right\s+away|for\s+now|first)\b", re.I)
"""Words that ask for an edit now after all ("i'll print it tomorrow, for now remove the lamp")."""
_LEAD_OBJECT = re.compile(
    rf"^(?P<obj>{DETERMINER}\s+[\w\s'-]+?)(?:\s+(?:again|too|here|now))?\s*(?::|[-–—]+)\s+(?P<rest>.+)$", re.I
)
"""An object named before the request that points back at it ("the horse again - paint it brown")."""
_STYLED = re.compile(
    r"^(?:in\s+)?(?:an?\s+)?(?P<style>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?P<kind>version|style)"
    r"(?:\s+(?:of|for)\s+(?P<obj>(?:the|my|our|this|that)\s+[\w'-]+(?:\s+[\w'-]+){0,3}))?$"
    r"|^(?:as|like)\s+(?P<medium>an?\s+(?:(?:pencil|charcoal|ink)\s+)?(?:watercolou?r|oil\s+painting|painting|sketch|drawing|"
    r"cartoon|comic|poster|mosaic|pixel\s+art|anime))$"
    r"|^(?:in\s+)?(?P<tone>black\s+(?:and|&|n)\s+white|monochrome|sepia|gr[ae]yscale)$"
    r"|^(?:(?:a\s+(?:bit|little|lot)|much|way|slightly)\s+)?(?P<amount>more|less)\s+"
    r"(?P<quality>contrast|saturation|brightness|exposure|sharpness|vibrance|detail)$"
    r"|^(?P<shade>warmer|cooler|brighter|darker|softer|richer)\s+(?P<hues>colou?rs|tones|lighting|light)$"
    r"|^in\s+the\s+style\s+of\s+(?P<artist>[\w'.-]+(?:\s+[\w'.-]+){0,3})$",
    re.I,
)
"""A style or version asked for without a verb ("pixel art version please", "film noir style for the bus stop pic",
"as a watercolor", "black and white please", "in the style of van gogh"), or more or less of a quality of the
whole photo ("more contrast", "warmer colours pls")."""
_NOT_A_STYLE = frozenset(
    "original previous prior last first second third fourth fifth old older oldest new newer newest other latest "
    "earlier earliest final better best worse same current edited unedited before after different another that this "
    "these those which what any one my your our his her their the full small smaller big bigger large larger high low "
    "res resolution hd compressed mobile print web square whole every each next own no not cropped amazing beautiful "
    "lovely gorgeous stunning wonderful fantastic brilliant good bad terrible awful ugly weird fun cute neat sick fire "
    "dope interesting boring favourite favorite preferred usual normal default your".split()
)
"""Words before "version"/"style" that name a round, a file or a judgement, not a look ("the original version
please", "full size version pls", "amazing style")."""
_MOOD = re.compile(
    r"make\s+(?:it|the\s+(?:photo|picture|image|pic|scene|room))\s+(?:look\s+|feel\s+)?(?:(?:a\s+)?(?:bit|little)\s+)?"
    r"(?:more\s+)?(?:cozier|cosier|cozy|cosy|moodier|moody|spookier|spooky|creepier|creepy|dreamier|dreamy|gloomier|"
    r"gloomy|cheerier|cheerful|sunnier|sunny|warmer|colder|romantic|mysterious|eerie|festive)"
    r"|(?:make|turn)\s+(?:it|the\s+(?:photo|picture|image|pic))\s+(?:into\s+)?(?:sepia|black\s+and\s+white|b&w|"
    r"gr[ae]yscale|monochrome|vintage|retro|cinematic|grainy)"
    r"|(?:brighten|darken|lighten|sharpen|denoise|desaturate|straighten|enhance|warm|cool)\s+(?:it|this|the\s+(?:photo|"
    r"picture|image|pic|whole\s+(?:photo|picture|thing)))(?:\s+(?:up|down))?(?:\s+(?:a\s+)?(?:bit|little|lot|tad))?",
    re.I,
)
"""A mood or a look for the whole photo ("make it cozier", "turn it sepia", "brighten it", "warm it up a bit"): a
complete edit, where "make it bigger" needs its object."""
_PUT_ON = re.compile(
    rf"^(?P<verb>put|place)\s+(?P<who>{OWNER}\s+[\w'-]+)\s+"
    r"(?P<thing>(?:an?|some)\s+(?!(?:bit|little|tad|touch|lot|few|more)\b)[\w'-]+(?:\s+[\w'-]+)?)$",
    re.I,
)
"""Something put on someone said without "on" ("put the baby a hat" -> "put a hat on the baby")."""
_DO_AS_MAKE = re.compile(
    rf"^do\s+(?={OWNER}\s+(?!(?:same|rest|other|dishes|laundry)\b)[\w'-]+(?:\s+[\w'-]+){{0,2}}?"
    rf"\s+(?:{ATTRIBUTE}|with|more|less)\b)"
    rf"|^put\s+(?={OWNER}\s+[\w'-]+(?:\s+[\w'-]+){{0,2}}?\s+(?:more|less)\s+"
    r"(?!(?:left|right|up|down|forward|back|to|towards|over|away|in|out|on|off)\b)[\w'-]+[\s.!]*$)",
    re.I,
)
""""do" or "put" for "make" before an object and how it should be ("do the sky orange like sunset", "put the sea
more blue"), not where it goes ("put the vase more to the left")."""
_NONE_WANTED = re.compile(
    r"^no\s+(?!(?:more|need|problem|idea|worries|thanks|way|one|wait|no|i|it|not|the|that|this)\b)"
    rf"(?P<things>[\w'-]+(?:\s+[\w'-]+){{0,2}}?)\s+(?P<place>{PLACE}\s+.+)$",
    re.I,
)
"""Things not wanted in a place ("no parked cars along the curb"): a removal of them."""
_SELF_CORRECTED = re.compile(
    rf"\b(?P<old>{ATTRIBUTE}|{COMPARATIVE})[\s,.]+(?:(?:no+|sorry|wait|i\s+mean|or\s+rather|actually|make\s+that)"
    rf"[\s,.]+)+(?P<new>{ATTRIBUTE}|{COMPARATIVE})[\s.!]*$",
    re.I,
)
"""A colour, look or comparative put right as it is said ("make the balloon blue no wait red", "make it darker, no,
lighter"): the last one counts."""
_FRAGMENT_WORD = (
    r"(?!(?:it|this|that|these|those|them|him|her|me|us|everything|all|one|ones|more|less|much|way|so|too|very|pls|"
    r"please|plz|now|then|and|or|but|not|no|yes|is|are|was|were|be|looks?|better|worse|again|instead|the|a|an|my|your|"
    r"our|his|their|its|some|try|let'?s|have|see|go|do|make|get|want|need|like)\b)[a-z][\w'-]*"
)
"""A word that can be part of a thing's name in a verbless request (not a pronoun, filler, verb or judgement)."""
_MORE_OF_A_LOOK = (
    r"heavier|cleaner|sharper|softer|smoother|fluffier|shinier|glossier|happier|older|younger|newer|fresher|calmer|"
    r"clearer|fuller|sunnier|cloudier|foggier|mistier|snowier|rustier|dirtier|messier|tidier|neater|curlier|straighter|"
    r"wavier|fancier|plainer|simpler|bolder|richer|deeper|paler|sadder|scarier|cuter"
)
"""Comparatives of how a thing looks beyond `COMPARATIVE`'s sizes, lights and colours ("the floor cleaner", "the snow
heavier")."""
_COMPARED = rf"{COMPARATIVE}|{_MORE_OF_A_LOOK}"
"""Any comparative a verbless request may give a thing ("bigger", "bluer", "cleaner")."""
_MOOD_WORD = re.compile(r"drama|flair|punch|atmosphere|mood|style|pop|impact|interest|feeling", re.I)
"""What "more" of asks no one thing of ("more drama"): a question, as "give it some life" is."""
_FRAGMENT = (
    re.compile(
        rf"(?:(?:let'?s\s+)?(?:try|have|see)\s+)?(?:the\s+)?(?P<obj>{_FRAGMENT_WORD}(?:\s+{_FRAGMENT_WORD}){{0,2}}?)\s+"
        rf"(?P<look>(?:(?:much|way|a\s+bit|a\s+little|a\s+lot)\s+)?(?:{BARE_COLOUR.pattern}|{_COMPARED}|"
        rf"more\s+(?:{BARE_COLOUR.pattern}|[a-z]+(?:y|ic|al|ful|ed|id|ive|ous|ant|ent|ish))))",
        re.I,
    ),
    re.compile(
        rf"(?P<look>{BARE_COLOUR.pattern}|{_COMPARED})\s+(?P<obj>{_FRAGMENT_WORD}(?:\s+{_FRAGMENT_WORD})?"
        rf"(?:\s+(?:in|on|of|at|behind|above)\s+the\s+{_FRAGMENT_WORD})?)",
        re.I,
    ),
    re.compile(rf"(?P<more>more|extra)\s+(?P<obj>{_FRAGMENT_WORD}(?:\s+{_FRAGMENT_WORD})?)", re.I),
    re.compile(
        r"(?:no|no\s+more)\s+(?!(?:thanks|worries|ideas|problems|words|comments|changes|edits|rounds|versions|"
        rf"questions|biggies)\b)(?P<gone>(?:{_FRAGMENT_WORD}\s+)?[a-z]+[^s\W]s)",
        re.I,
    ),
    re.compile(rf"\+\s*(?P<added>{_FRAGMENT_WORD}(?:\s+{_FRAGMENT_WORD})?)", re.I),
    re.compile(
        r"less\s+(?P<less>[a-z]+)(?:\s+(?:(?:on|in)\s+(?:the\s+)?(?P<where>[\w'-]+(?:\s+[\w'-]+)?)|(?P<all>overall)))?",
        re.I,
    ),
    re.compile(
        r"(?:also\s+)?(?P<added>(?:another|one\s+more|an?|some|a\s+few|a\s+couple\s+of|two|three)\s+"
        rf"{_FRAGMENT_WORD}(?:\s+[\w'-]+){{0,5}}?\s+{PLACE}\s+(?:{DETERMINER}|it|them)\b.*)",
        re.I,
    ),
    re.compile(
        r"(?:bye[\s-]*bye|good\s*bye|bye|farewell|adios)\s+(?:to\s+)?(?:the\s+|that\s+|those\s+)?"
        rf"(?P<gone>(?!(?:everyone|everybody|guys|folks|friends?|for\s+now)\b){_FRAGMENT_WORD}(?:\s+{_FRAGMENT_WORD})?)",
        re.I,
    ),
)
"""Requests said without a verb: a thing and its colour or comparative ("chairs black", "palms greener", "the
snow heavier", "let's try the gecko bright pink"), a colour or comparative and a thing ("purple sails", "bigger
macaw"), more or less of a thing ("more mist", "+ clouds", "less red on the bricks"), a thing and where it goes
("also a farmer behind the buffalo", "one more meerkat on the rock"), things not wanted ("no power lines") or a thing
waved goodbye ("bye bye price tags")."""


def fragment_edit(instruction: str) -> str | None:
    """The edit a verbless request asks for ("chairs black" -> "make the chairs black", "purple sails" -> "make the
    sails purple", "more mist" -> "add more mist", "bye bye photobomber" -> "remove the photobomber"); None for any
    other words."""
    said = re.sub(r"(?:[\s,]+(?:pls|please|plz|too|also|as\s+well))+$", "", instruction.strip(" .!?"), flags=re.I)
    for pattern in _FRAGMENT:
        if (match := pattern.fullmatch(said)) is None:
            continue
        if "gone" in match.groupdict():
            return f"remove the {match['gone']}"
        if "added" in match.groupdict():
            return f"add {match['added']}"
        if "less" in match.groupdict():
            return _less_of(match["less"], match["where"], match["all"])
        if "more" in match.groupdict():
            abstract = VAGUE.fullmatch(f"add some {match['obj']}") or _MOOD_WORD.fullmatch(match["obj"])
            return None if abstract else f"add {match['more'].lower()} {match['obj']}"
        obj = match["obj"]
        if BARE_COLOUR.fullmatch(obj) or re.fullmatch(_COMPARED, obj.split()[-1], re.I):
            return None  # "red blue", "bigger brighter": no thing named
        return f"make the {obj} {match['look']}"
    return None


_REDUCIBLE = re.compile(
    r"glare|shine|reflections?|noise|grain|blur|haze|fog|mist|smoke|shadows?|contrast|saturation|glow|dust|dirt", re.I
)
"""What there can be less of on a thing ("less glare on the scales"): a light or a blemish, not things to count."""


def _less_of(less: str, where: str | None, overall: str | None) -> str | None:
    """A verbless request for less of a look or of a light or blemish on a thing: "less red on the bricks" -> "make the
    bricks less red", "less grey overall" -> "make it less grey overall", "less glare on the scales" -> "reduce the
    glare on the scales"; None for less of anything else ("less glow" alone, "less clutter on the bench")."""
    if BARE_COLOUR.fullmatch(less) or less.lower() in ATTRIBUTE_WORDS or re.search(r"(?:y|ic|al|ful|ed)$", less, re.I):
        thing = f"the {where}" if where else "it"
        return f"make {thing} less {less}{' overall' if overall else ''}"
    return f"reduce the {less} on the {where}" if where and _REDUCIBLE.fullmatch(less) else None


_COLOURED = re.compile(
    rf"(?!.*\band\b)(?P<obj>{DEFINITE}\s+(?!(?:one|ones|other|same|rest)\b)[\w\s'-]+?)"
    rf"\s+(?:in\s+)?(?P<colour>(?:(?:{COLOUR_WORD})\s+)?(?:{'|'.join(vocab.COLORS)}|{COLOUR_WORD}))",
    re.I,
)
"""An object and the colour it should be, said without a verb after an edit: "the roof of the windmill brown",
"the laces in white"."""
_BASE = re.compile(
    rf"(?:^(?:starting\s+)?(?:from|on|in|using|based\s+on|branch(?:ing)?\s+(?:off|from))\s+(?P<ref1>{BASE_REF})\s*[,:]?\s+"
    rf"(?P<rest1>.+)$)"
    rf"|(?:^(?P<rest2>.+?)[\s,]+(?:but\s+)?(?:on|in|from|starting\s+from|based\s+on)\s+(?P<ref2>{BASE_REF})$)",
    re.I,
)
_IN_THIS_PHOTO = re.compile(r"\s+(?:in|on)\s+this\s+(?:one|pic|photo|picture|shot|image|version)\b(?=\s+\S)", re.I)
"""The photo itself named inside a thing ("make the sky in this one stormy"): every edit is of the photo on screen."""
_IT_COLOURED = re.compile(rf"(?:make|turn|paint|colou?r)\s+it\s+(?:{BARE_COLOUR.pattern})", re.I)
"""A colour for an "it" the last edit does not name: the whole photo in one colour is seldom what is meant."""
_ASKED_AFTER = re.compile(
    r"^(?P<lead>.{8,}?)[\s,.!]+(?:(?:so|and|but)\s+)?(?:(?:could|can|would|will)\s+(?:you|u|ya)|(?:you|u)\s+(?:could|can|would|might))"
    r"\s+(?:(?:please|pls|plz|maybe|just|kindly)\s+)*(?P<rest>.+)$",
    re.I,
)
"""A request asked after what led to it ("my son loves space so could you put a rocket poster on the wall", "i was
hoping you could make his hair neater"): the request is what follows the asking words, unless it points back into
the lead ("the rifle, can u make it wooden") or the lead reports a question ("my daughter asked if you can ...")."""
_IN_COLOUR = re.compile(
    rf"^(?P<head>make\s+{DETERMINER}\s+.+?)\s+in\s+(?P<colour>{BARE_COLOUR.pattern})$",
    re.I,
)
"""A recolouring that names its colour with "in" ("make the mask in GOLD"): said as "make the mask GOLD"."""
_POINTED = re.compile(
    r"^(?P<verb>make|turn|paint|colou?r|recolou?r|dye|change|give|put|place|move|shift|drag|remove|delete|erase|"
    r"take|get\s+rid\s+of|swap|switch|replace|flip|rotate|mirror)\s+"
    r"(?:it|(?:(?:all|both|each|the\s+(?:two|three))\s+of\s+)?them|its\s+(?:colou?r|shape|size)|"
    r"(?P<shown>this|that|these|those)(?P<one>\s+ones?)?)\b"
    r"(?!\s+(?:photo|picture|image|pic|shot)\b)",
    re.I,
)
"""An edit of a thing only pointed at ("make that one shiny", "delete this", "give it a hat", "turn em all blue",
"swap it out for a candle", "change its colour to lilac", "make all of them blue"): before any edit nothing says what
"it" is, unless the change is one of the whole photo (`WHOLE_LOOK`)."""
_PUT_ON_IT = re.compile(
    r"^(?:put|add|place|stick|draw|hang|give)\s+(?!.*\b(?:look|filter|effect|style|vibe|feel|tint|vignette|grain|frame|border|noise|texture|overlay|bokeh|glow|"
    r"light\s+leaks?|watermark)\b).+?\s+"
    r"(?:on|onto|to|in|into|around)\s+it[\s.!?]*$",
    re.I,
)
"""A thing given to a thing only pointed at ("put a bow on it", "add gold tassels to it"); "them" in a new photo may be
its people ("add hearts around them")."""
_WHOLE_PHOTO_EDIT = re.compile(
    r"^(?:(?:make|turn)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:photo|image|picture|pic|scene|colou?rs|everything)\b|"
    r"(?:sharpen|brighten|darken|desaturate|saturate|denoise)\s+(?:the\s+)?(?:whole\s+|entire\s+)?"
    r"(?:photo|image|picture|pic|it)\b|"
    r"(?:add|increase|boost|reduce|lower|raise)\s+(?:more\s+|some\s+|the\s+|less\s+)?"
    r"(?:contrast|saturation|brightness|exposure|warmth|grain)\b|"
    r"give\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:photo|image|picture|pic|it)\s+an?\s+.*\b(?:look|filter|feel|style|effect)\b)",
    re.I,
)
"""An edit of the whole photo ("make the whole photo brighter", "add more contrast", "give the photo a vintage film
look"): after it, "it" names no one thing."""
_THING_SAID = re.compile(
    rf"\b(?:the|{POSSESSIVE}|a|an)\s+(?!(?:photo|picture|pic|image|shot|snap|one|bit|lot|few|little)\b)[a-z]",
    re.I,
)
"""A thing named in words ("my new bike", "the garden"), not the photo itself ("my photo")."""
_THING_PHOTO = re.compile(
    r"\b(?!(?:another|new|my|our|your|the|a|an|this|that|one|second|next|same|last|old|other|nice|good|great)\b)"
    r"[a-z]{3,}\s+(?:pic|photo|picture|shot|image|snap)s?\b",
    re.I,
)
"""A photo named by what it shows ("another macaron pic"): what "them" in its caption may point at."""


def styled_instruction(text: str) -> str | None:
    """The instruction of a look asked for without a verb, which the model leaves unclear (`_STYLED`): "comic book
    style plz" -> "make it comic book style", "8-bit version of the ferris wheel pls" -> "make an 8-bit version of
    the ferris wheel", "as a watercolor" or "like a watercolor" -> "make it a watercolor", "more contrast" -> "add
    more contrast", "warmer colours" -> "make the colours warmer", "in the style of monet" -> "make it in the style
    of monet". A version needs "please" or the thing it is for ("the winter version" may name a round); a version or
    a style, no word that names a round, a file or a judgement (`_NOT_A_STYLE`: "the old style"); a question is
    none."""
    if "?" in text or (match := _STYLED.match(clean(text))) is None:
        return None
    if match["medium"] or match["tone"]:
        return f"make it {match['medium'] or match['tone']}"
    if match["quality"]:
        quality = match["quality"].lower()
        return f"add more {quality}" if match["amount"].lower() == "more" else f"reduce the {quality}"
    if match["hues"]:
        return f"make the {match['hues'].lower()} {match['shade'].lower()}"
    if match["artist"]:
        named = set(match["artist"].lower().split())
        return None if named & _NOT_A_STYLE else f"make it in the style of {match['artist']}"
    style, obj = match["style"], match["obj"]
    if set(style.lower().split()) & _NOT_A_STYLE or not (
        obj or POLITE.search(text) or match["kind"].lower() == "style"
    ):
        return None
    if match["kind"].lower() == "style":
        return f"make {obj or 'it'} {style} style"
    return f"make {article_for(style)} {style} version of {obj}" if obj else f"make it {style}"


def whole_photo_look(instruction: str) -> bool:
    """Whether `instruction` gives the whole photo a mood or a look (`_MOOD`): its "it" is the photo."""
    return _MOOD.fullmatch(instruction.strip().rstrip(".!")) is not None


def complete_instruction(instruction: str) -> bool:
    """Whether an instruction names an edit and its object in full: "remove the bin", "make the sky pink".

    A recolouring verb needs what to make the object ("make the cup" is not complete), "put" needs
    where ("put the original and this one side by side" is not an edit); a removal or an addition is
    complete with its object, and a person made to do something with what they do ("make him wink").
    """
    if whole_photo_look(instruction) or _MADE_TO_DO.fullmatch(instruction.strip().rstrip(".!")):
        return True  # "make him wink": a person made to do something
    parts = object_of(instruction)
    if parts is None:
        return bool(_PLAIN_OBJECT.fullmatch(instruction.strip().rstrip(".!")))
    verb, obj, rest = parts
    if re.fullmatch(r"put|place|insert", verb, re.I):
        return bool(re.match(r"\s+(?:on|in|into|at|onto|over|under|behind|next\s+to|near|beside|above)\b", rest, re.I))
    return bool(rest.strip()) or (not re.fullmatch(RECOLOUR, verb, re.I) and len(obj.split()) > 1)


def _asks_in_general(text: str, instruction: str) -> bool:
    """Whether a turn asks about an edit in general rather than for this photo: said so (`_IN_GENERAL`), asked about
    (`_ABILITY`) for things in no particular photo (`_ANY_THING`), or for a kind of thing (`_ABLE_IN_GENERAL`,
    `_ASKED_OF_A_KIND`). A
    question of what the tool can do, answered with help."""
    return bool(
        _IN_GENERAL.search(instruction)
        or (_ABILITY.search(text) and _ANY_THING.match(instruction))
        or _ABLE_IN_GENERAL.match(text)
        or _ASKED_OF_A_KIND.match(text)
    )


_MOVES_SOMEONE = re.compile(
    r"^\w+\s+(?:me|us)\b|^\w+\s+(?:it|this|that)\s+back\b"
    r"|\b(?:like|how|the\s+way|as)\s+(?:it|they|that|this)\s+(?:was|were|looked|did|used\s+to)\b",
    re.I,
)
"""A navigation said with an edit verb ("put me on round 5", "put it back on round 2", "make it like it was in round
1"): no edit."""


def made_on_a_round(text: str) -> bool:
    """Whether a turn is one edit made on a named round ("on version 2 remove the cup", "make the saucer red in round
    1"): an edit with its base round, never a move to that round alone."""
    if (based := _BASE.match(text)) is None or TAKES_ROUND_BACK.match(text):
        return False
    rest: str = based["rest1"] or based["rest2"]
    return IMPERATIVE.match(rest) is not None and not _MOVES_SOMEONE.search(rest)


def edit_decision(text: str, turn: Turn) -> Decision:
    """An edit: the instruction cleaned, "it" resolved, and the base round when one is named."""
    text = _NONE_WANTED.sub(lambda m: f"remove the {m['things']} {m['place']}", SUGGESTED.sub("add ", text, count=1))
    instruction = _SELF_CORRECTED.sub(lambda m: m["new"], clean(text))
    args: dict[str, Any] = {}
    if match := _BASE.match(instruction) or _BASE.match(text.strip()):
        instruction = clean(match["rest1"] or match["rest2"])
        args["base_round"] = _reference(match["ref1"] or match["ref2"])
    if (
        (asked := _ASKED_AFTER.match(instruction))
        and re.match(PHOTO_VERB + r"\s", asked["rest"], re.I)
        and not re.search(r"\b(?:if|whether|asked|wondering|wonders?)$", asked["lead"], re.I)
        and not POINTS_BACK.search(asked["rest"])
    ):
        instruction = clean(asked["rest"])
    if _asks_in_general(text, instruction):
        return Decision("talk", reply=HELP_TEXT)
    if SOMEONE_ELSE.match(instruction):
        return Decision("clarify", reply=CLARIFY_TEXT)
    if _for_another_time(text) or _PIN_IN.search(text):
        return Decision("talk", reply=REPLIES["hold"])
    if _IN_MY_PLACE.search(text):
        return Decision("clarify", reply=CLARIFY_TEXT)
    if _NOT_PHOTO.search(instruction) or NOT_IMAGE_TEXT.match(instruction) or _SUM.match(instruction):
        return Decision("talk", reply=REPLIES["out_of_scope"])
    if _TO_ME.match(text):
        return Decision("talk", reply=REPLIES["praise"])
    if styled := styled_instruction(text):
        return Decision("edit", (Call("edit_image", {"instruction": styled, **args}),))
    if (lead := _LEAD_OBJECT.match(instruction)) and (pronoun := PRONOUN.match(clean(lead["rest"]))):
        rest = clean(lead["rest"])
        instruction = f"{pronoun['verb']} {lead['obj']}{rest[pronoun.end() :]}"
    fronted = named_first(instruction)
    named_before = fronted != instruction  # "the fighter on the right, give him a sash": he is named, whole
    instruction = wished_instruction(fronted)
    if (lead := COMMA_LEAD.match(instruction)) and (wished := wished_instruction(clean(lead["rest"]))) != clean(
        lead["rest"]
    ):
        instruction = wished if not re.search(EDIT_VERB + r"\b", lead["lead"], re.I) else instruction
    if (lead := LEAD_IN.match(instruction)) and (wished := wished_instruction(clean(lead["rest"]))) != clean(
        lead["rest"]
    ):
        instruction = wished
    if _ASKING.match(instruction) or _SOMETHING_DONE.match(instruction):
        return Decision("clarify", reply=CLARIFY_TEXT)
    if _UNSEEN_PHOTO.search(instruction):
        return Decision("clarify", reply=REPLIES["unseen_photo"])
    instruction = _from_first_verb(_wanted(instruction))
    instruction = _GIVE_TO.sub("give ", _VERB_POLITE.sub(lambda m: f"{m['verb']} ", instruction, count=1), count=1)
    instruction = _PUT_ON.sub(
        lambda m: f"{m['verb']} {m['thing']} on {m['who']}", _DO_AS_MAKE.sub("make ", instruction)
    )
    if re.match(PHOTO_VERB + r"\b", instruction, re.I):
        instruction = TRAILERS.sub("", _REASON.sub("", instruction)).strip()
    last = last_edit(turn.tree) if not turn.photo else None
    if last is not None and re.match(r"not\s", instruction, re.I):
        return redo_edit(text, "correct_object", turn)
    if (
        last is not None
        and not named_before
        and (looked := other_thing_other_look(last.instruction or "", correction_words(text)))
    ):
        return Decision("edit", (Call("edit_image", {"instruction": looked, **args}),))
    if last is not None and (coloured := _COLOURED.fullmatch(instruction)) and not SAYS_OF.search(instruction):
        instruction = f"make {coloured['obj']} {coloured['colour']}"
    if (
        last is not None
        and re.fullmatch(r"(?:the|this|that|those|these)\s+[\w\s'-]+", instruction, re.I)
        and not re.search(r"\s(?:it|them|me|us|you)\b", instruction, re.I)
        and not SAYS_OF.search(instruction)
    ):
        instruction = correct(last.instruction or "", instruction, "correct_object") or instruction
    plain = re.sub(rf"\s*{EMOJI}+\s*", " ", instruction).strip()  # "more ✨aesthetic✨" is "more aesthetic"
    either = _EITHER.search(instruction) or _EITHER.match(text.strip())
    if _NO_CHANGE_NAMED.match(instruction) or VAGUE.search(plain) or either:
        return Decision("clarify", reply=CLARIFY_TEXT)
    if (
        (last is None or _WHOLE_PHOTO_EDIT.match(last.instruction or ""))
        and not (turn.photo and (_THING_SAID.search(turn.text) or _THING_PHOTO.search(turn.text)))
        and not thing_said_before(turn)
        and (only_pointed(instruction) or _PUT_ON_IT.match(clean(text)) is not None)
    ):
        return Decision("clarify", reply=CLARIFY_TEXT)  # "swap it out for a candle", "here u go. turn it purple"
    if last is not None and _points_at_none(instruction, last, turn.tree):
        return Decision("clarify", reply=CLARIFY_TEXT)
    if last is not None and only_pointed(instruction) and re.match(REMOVAL, last.instruction or "", re.I):
        kept = _kept_before_removal(instruction, last, turn.tree)
        if kept is None:
            return Decision("clarify", reply=CLARIFY_TEXT)
        instruction = kept
    instruction = resolve_pronoun(instruction, last.instruction if last else None)
    if last is not None and _IT_COLOURED.fullmatch(instruction) and _IT_COLOURED.fullmatch(clean(turn.text)):
        return Decision("clarify", reply=CLARIFY_TEXT)  # "make it pink" after "make the lights warmer": pink what?
    if last is not None and re.search(r"\bthem\b", instruction, re.I) and only_pointed(instruction):
        return Decision("clarify", reply=CLARIFY_TEXT)  # "make them smaller" after "paint the shanty orange": who?
    if (pointed := _POINTED.match(instruction)) and pointed["one"] and only_pointed(instruction):
        return Decision("clarify", reply=CLARIFY_TEXT)  # "make that one red": one the person sees, not named
    if _SLANG_TAIL.search(instruction):
        instruction = TRAILERS.sub("", _SLANG_TAIL.sub("", instruction)).strip()
    instruction = _IN_COLOUR.sub(r"\g<head> \g<colour>", instruction)
    if not re.match(PHOTO_VERB + r"\b", instruction, re.I):
        negated = re.match(r"\W*(?:no+|not|nope|never|without|don'?t|stop)\b", text, re.I) is not None
        instruction = fragment_edit(text.strip() if negated else instruction) or instruction  # "no more pigeons"
    made = re.match(PHOTO_VERB + r"\b", instruction, re.I) or DEPICTED.fullmatch(instruction)
    if not instruction or _unclear(instruction) or not made:
        return Decision("clarify", reply=CLARIFY_TEXT)
    instruction = _IN_THIS_PHOTO.sub("", instruction)
    return Decision("edit", (Call("edit_image", {"instruction": instruction, **args}),))


_SLANG_TAIL = re.compile(
    r"(?:[\s,]+(?:tho|though|lma+o+|lmfao|af|lowkey|thank\s+you\s+kindly|that'?d\s+(?:go\s+hard|slap|be\s+sick)))+"
    r"[\s.!?]*$",
    re.I,
)
"""Slang and thanks after an edit's words ("make the teepee look vintage af", "... lemon costume lmaooo"): not part of
the instruction."""


def only_pointed(instruction: str) -> bool:
    """Whether an edit only points at its object (`_POINTED`: "make it blue", "move that one left", "give it a hat")
    with a change of a thing, not one of the whole photo: a colour, a size or a shine (`THING_CHANGE`), a thing
    given that is no look (`WHOLE_LOOK`), or a move or a removal. With no edit before it and no photo whose caption
    it could name, "it" names nothing; "that" before a noun is no pronoun ("remove that guy", `NOT_A_NOUN`)."""
    pointed = _POINTED.match(instruction)
    if pointed is None:
        return False
    verb, rest = pointed["verb"].lower(), re.sub(r"^\s+(?:all|both)\b", "", instruction[pointed.end() :])
    if re.fullmatch(r"colou?r", verb) and rest.strip() == "in":
        return True  # "colour them in": which things?
    if pointed["shown"] and not pointed["one"] and not (NOT_A_NOUN.match(rest) or THING_CHANGE.fullmatch(rest)):
        return False  # "remove that guy": a thing named after all
    if pointed["one"] and pointed["shown"].lower() in ("that", "those"):
        return True  # "make that one way darker": a thing, never the whole photo ("this one" may be the photo)
    if verb == "give":
        return WHOLE_LOOK.search(rest) is None
    if re.fullmatch(r"make|turn|paint|colou?r|recolou?r|dye|change", verb):
        return THING_CHANGE.fullmatch(rest) is not None
    return True


_AND_ONE_MORE = re.compile(rf"\s(?:and|&)\s+(?!(?:{ATTRIBUTE})$)[a-z'-]+$", re.I)
"""A second thing named in one word after "and" ("the drum major's hat and mace"), not a second look ("the red and
white awning" goes on after it)."""


def _points_at_none(instruction: str, last: RoundLike, tree: RoundTree) -> bool:
    """Whether an edit of "it" has no one thing to point at: the last edit changed two things and "it" could be
    either ("make it taller" after "make the hobby horse and the cake stall white", "make it shinier" after "make the
    drum major's hat and mace gold"), or the edit only points at its object (`only_pointed`) and every edit so far
    removed its thing ("make it bigger" after "remove the bottles")."""
    parts = object_of(last.instruction or "")
    two = parts is not None and (
        TWO_THINGS.fullmatch(parts[1]) is not None or _AND_ONE_MORE.search(parts[1]) is not None
    )
    if two and re.match(r"\S+\s+it\b", instruction, re.I) and not whole_photo_look(instruction):
        return resolve_pronoun(instruction, last.instruction) != instruction  # "make it look like winter": the photo
    if (
        only_pointed(instruction)
        and last not in tree.lineage(tree.current)
        and re.match(ADDING, last.instruction or "", re.I)
    ):
        return True  # "make it gold" back before "add a weathervane": the thing is not in this round's photo
    return only_pointed(instruction) and all(
        re.match(REMOVAL, edit.instruction, re.I) for edit in tree.lineage(last) if edit.instruction
    )


_FROM_A_THING = re.compile(
    r"\s(?:from|on|in|by|off|behind|near|under|over|next\s+to|beside|at|above|around)\s+(?:the|his|her|their|its|my|our)\s",
    re.I,
)
"""A removal's place that is a thing itself ("remove the graffiti from the shelter")."""


def _kept_before_removal(instruction: str, last: RoundLike, tree: RoundTree) -> str | None:
    """An edit that only points ("make it bigger") right after a removal, with "it" read as the thing the newest
    edit before that removal changed ("make the king shine more" after "make the king gold", "remove the clock");
    None when that is unclear: the removal named a place, itself a thing "it" could be ("remove the graffiti from
    the shelter"), or the pronoun does not fit that thing ("it" after "make the canopy lights brighter")."""
    if _FROM_A_THING.search(last.instruction or ""):
        return None
    for edit in tree.lineage(last)[1:]:
        if edit.instruction and not re.match(REMOVAL, edit.instruction, re.I):
            resolved = resolve_pronoun(instruction, edit.instruction)
            return None if resolved == instruction else resolved
    return None


def thing_said_before(turn: Turn) -> bool:
    """Whether an earlier message of the person names a thing ("here's my new bike") that "it" may point back at."""
    return any(role == "user" and _THING_SAID.search(content) for role, content in turn.messages)


def _for_another_time(text: str) -> bool:
    """Whether a sentence of the turn names an edit for a time that is not now (`ANOTHER_TIME`, and no `_NOW`):
    "could be fun to add snow someday", not a story that is due tomorrow before a request of its own."""
    return any(
        ANOTHER_TIME.search(sentence) and re.search(rf"\b{PHOTO_VERB}\b", sentence, re.I) and not _NOW.search(sentence)
        for sentence in re.split(r"[.!?;\n]+", text)
    )


def _wanted(instruction: str) -> str:
    """A wish for how an object should be as an instruction: "I'd like the cabinets painted sage green" ->
    "paint the cabinets sage green", "i want that the sky is more blue" -> "make the sky more blue"."""
    match = _WANT.match(instruction)
    if match is None:
        return instruction
    words = match["phrase"].split()
    for at in range(2, len(words)):
        word = words[at].lower()
        if word in PRESENT:
            return " ".join([PRESENT[word], *words[:at], *words[at + 1 :]])
        if word in ("is", "are", "was", "were", "be"):
            return " ".join(["make", *words[:at], *words[at + 1 :]])
        if word in ("looks", "seems"):  # "i need that the pinata looks like a donkey"
            return " ".join(["make", *words[:at], word[:-1], *words[at + 1 :]])
        if word == "to":
            skip = 2 if at + 1 < len(words) and words[at + 1].lower() in ("be", "become") else 1
            return " ".join(["make", *words[:at], *words[at + skip :]])
    return f"make {match['phrase']}"


def _from_first_verb(instruction: str) -> str:
    """An instruction after a chatty lead-in ("this is from the trip - please add a sunset behind the
    mountains" -> "add a sunset behind the mountains"); unchanged when the verb's object would be left behind,
    the words before it do not ask for it (`_NOT_ASKED`) or make it a noun ("the mirror has a weird shadow"); an
    edit of "it" after context that ends on an object is an edit of that object ("my mom hates the lamp so please
    remove it" -> "remove the lamp"); a lead-in before a colon or dash that does not tell of the edit is dropped
    ("ok now you can change it: make the sled gold")."""
    if re.match(PHOTO_VERB + r"\b", instruction, re.I):
        return instruction
    if (
        (led := LEAD_IN.match(instruction))
        and re.match(PHOTO_VERB + r"\b", led["rest"], re.I)
        and not PRONOUN.match(led["rest"])
        and not _NOT_ASKED.search(led["lead"])
        and not tells_of(led["lead"])
    ):
        return led["rest"]  # "ok now you can change it: make the sled gold"
    if (it := _IT_LATER.search(instruction)) and (said := _SO_OBJECT.search(lead := instruction[: it.start("tail")])):
        return instruction if _NOT_ASKED.search(lead) else named_first(f"{said['obj']}, {it['tail']}")
    match = VERB_LATER.search(instruction)
    if match is None or len(instruction[: match.start("tail")].split()) > 8:
        return instruction
    lead = instruction[: match.start("tail")]
    if _NOT_ASKED.search(lead) or re.search(rf"\b{DETERMINER}\s*$", lead, re.I):
        return instruction
    if tells_of(lead):
        return instruction
    tail = match["tail"]
    if PRONOUN.match(tail) or re.match(rf"{PHOTO_VERB}\s+(?:him|them|it|her(?!\s+[\w'-]+\s+\w))\b", tail, re.I):
        return instruction
    return tail


_MADE_TO_DO = re.compile(
    r"^make\s+(?:her|him|them|me|us)\s+(?:smile|laugh|grin|wink|frown|cry|dance|jump|sing|wave|blink|yawn|pose|"
    r"kneel|sit|stand|run|walk|sleep|fly|float|glow|sparkle|shine|smirk|shout|scream|blush|sweat)\b",
    re.I,
)
"""A person made to do something ("make her smile more", "make him wink"): a whole edit, not "her smile" left
without its new look."""


def _unclear(instruction: str) -> bool:
    """Whether an edit's words leave open what to do: a question ("what about the sky"), a removal of
    "it" with nothing it could name ("that" before a noun is no pronoun: "remove that guy"), a recolouring
    with no colour ("change the color", but "make her smile" is a person made to do something), or words that
    break off ("replace the bench with")."""
    if (done := _MADE_TO_DO.match(instruction)) and not BREAKS_OFF.search(instruction[done.end() :]):
        return False  # "make her smile more": "more" says how much she smiles
    if any(pattern.search(instruction) for pattern in (QUESTION_WORD, VAGUE, OTHER_LOOK, BREAKS_OFF)):
        return True
    if (pronoun := PRONOUN.match(instruction)) and re.fullmatch(REMOVAL, pronoun["verb"], re.I):
        return not re.search(r"\sthat$", pronoun[0], re.I) or not _THAT_THING.match(instruction[pronoun.end() :])
    parts = object_of(instruction)
    return parts is not None and re.fullmatch(RECOLOUR, parts[0], re.I) is not None and not parts[2].strip()


def _reference(words: str) -> int | str:
    """A base-round reference as a tool argument: "round 2" and "r2" -> 2, "the original beach pic" -> "the original
    pic", "the unedited pic" -> "original", anything else as the words."""
    match = re.fullmatch(rf"(?:round|version|v|r)\s*(?P<n>{NUMBER})", words.strip(), re.I)
    if re.fullmatch(r"the\s+(?:unedited|untouched|raw|uploaded)\s+\w+", words.strip(), re.I):
        return "original"
    if match is None:
        return re.sub(
            r"^the\s+original\s+[\w'-]+\s+(?=photo|image|picture|pic|shot)", "the original ", words.strip(), flags=re.I
        )
    return parse_number(match["n"].lower())
