"""The intent of one text: the learned model's probabilities read with what the words say exactly and with the
session's last edit (a retry, a correction, a strength, a round named)."""

from __future__ import annotations

import re

from assistant.errors import NoPhotoError, RoundReferenceError
from assistant.references import CHAT_WORDS, NUMBER_WORDS, ORDINALS, RoundTree, keywords, said_by, stem
from assistant.understanding.corrections import (
    COLOUR_SWAP,
    Rejected,
    correction_words,
    flipped_side,
    names_added,
    rejected_parts,
    wrong_one,
)
from assistant.understanding.edits import fragment_edit, made_on_a_round, styled_instruction
from assistant.understanding.phrases import attribute_like, clean, object_of, words_of
from assistant.understanding.pronouns import added_part
from assistant.understanding.requests import own_wish, told_of
from assistant.understanding.retries import MOVED, strength_said
from assistant.understanding.rounds import (
    BOTH_TRIES,
    NUMBER_PREFERRED,
    TAKES_ROUND_BACK,
    WORDS_PREFERRED,
    back_with_reason,
    bare_round,
    done_before,
    keeps_removed,
    mentioned_round,
    missing_round,
    names_a_round,
    picked_round,
    set_apart,
    with_and_without,
)
from assistant.understanding.turns import Call, Turn, context_of, last_edit
from assistant.understanding.vocabulary import (
    ACT_OF,
    ADDING,
    AMENDING,
    ANOTHER_TIME,
    ASKS_ABOUT_IT,
    ATTRIBUTES,
    BACK_TO_IT,
    BACK_TO_THAT,
    BARE_COLOUR,
    BARE_READINGS,
    BASE_REF,
    BEFORE_AND_AFTER,
    BREAKS_OFF,
    COMPARATIVE,
    COMPARATIVE_WORDS,
    COMPARE_WORDS,
    COMPLAINT,
    CORRECTION_MARK,
    DECLINED,
    DEFINITE,
    DEPICTED,
    DETERMINER,
    EDIT_VERB,
    EDITING,
    FIXES_DEFECT,
    FOLLOW_LEAD,
    GERUNDS,
    GIVE,
    GONE,
    IMPERATIVE,
    IN_ANOTHER_STYLE,
    ITS_PART,
    MEANT_FOR,
    MIN_CONFIDENCE,
    NAMES_NOTHING,
    NEGATED,
    NOT_PART,
    NOT_THE_SAME,
    NUDGE,
    NUMBER,
    OTHER_LOOK,
    OTHER_SIDE,
    OWNER,
    PERSON,
    PHOTO_VERB,
    PLACE,
    POLITE,
    POSITION_WORDS,
    PRONOUN,
    QUESTION_WORD,
    RECOLOUR,
    REMOVAL,
    REQUEST_START,
    RETRYING,
    ROUND_SIDE,
    ROUND_TALK,
    SAME_AGAIN,
    SAME_BUT,
    SAME_FOR,
    SAYS_OF,
    SIZE_ONLY,
    SOMEONE_ELSE,
    START_FROM,
    STRONGER_WORDS,
    SUGGESTED,
    TAKE_BACK,
    UNDO_LEAD,
    UNSURE,
    VAGUE,
    VERDICT,
    WEAKER_WORDS,
    WITHDRAWN,
    WORSE,
)

EDIT_CONFIDENCE = 0.6
"""An intent that edits the photo needs this much: an edit nobody asked for costs more than a question."""
REVOKE_WITHOUT_WORDS = 0.15
"""A turn read as taking access away that says nothing of access is an edit when the model gives an edit this much."""
CORRECTION_OVER_ROUND = 0.5
"""A turn that reads as a round's name ("the red one, no hat yet") but that the model gives this much as a correction
("the baby one, not that one") is the correction."""
_RESTYLED = re.compile(rf"^redo(?={IN_ANOTHER_STYLE})", re.I)
"""A thing redone in another style: a new edit, not a redo of an undone one."""
_SHOULD_BE = re.compile(
    r"^(?:the|its|their|his|her)\s+(?P<noun>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:should|must|needs?\s+to|has\s+to|have\s+to)"
    r"\s+(?:be|look|have\s+been)\b",
    re.I,
)
"""How a thing should be ("the stars should be golden"), said of the thing the last edit made: a correction."""
_DESCRIBE = re.compile(
    r"^(?:what(?:'s|\s+is|\s+are)\s+(?:in|on)\s+(?:this|the|my)\s+(?:photo|picture|image|pic)|"
    r"describe\s+(?:this|the|my)\s+(?:photo|picture|image|pic)|what\s+do\s+you\s+see)\b",
    re.I,
)
"""A request to describe the photo: not something this tool does, so the answer says what it does."""
_WISH_WORD = re.compile(
    r"\b(?:would\s+be|should|wish|want|needs?|gotta|has\s+to|have\s+to|must|(?:i'?d|would)\s+(?:rather|prefer)|"
    r"(?:i'?d|i\s+would|would)\s+(?:really\s+)?(?:love|like)|better\s+(?:if|without)|(?:can|could)\s+(?:go|disappear|vanish)|"
    r"wouldn'?t\s+it\s+be)\b",
    re.I,
)
"""The word that makes a sentence a wish ("the walrus being grey would be nice"), not a remark ("without the net
it looks so free")."""
_SUGGESTION = re.compile(
    r"^(?:any\s+chance\s+(?:of|that|the)|(?:is\s+there\s+)?any\s+way\s+(?!(?:to|you|u|i)\b)|perhaps|maybe|how\s+about|"
    r"what\s+about|could\s+we|mind|what\s+if(?=\s+(?:the|his|her|their|my|our|this|that)\s+[\w'-]+(?:\s+[\w'-]+)?\s+"
    r"(?:had|wore|got|was|were)\s(?!.*\btoo\b)))\b",
    re.I,
)
"""A change put as a suggestion ("any chance of making the hedges greener", "what about a pelican on the sandbar",
"what if the walrus had a tiny crown"), not a question about what the editor can do ("any chance you can edit
videos?")."""
_REMOVE_IT = re.compile(
    rf"(?:{REMOVAL})\s+(?:it|them)(?:\s+(?:again|please|pls|plz))?|take\s+(?:it|them)\s+(?:out|away|off)", re.I
)
"""A removal of "it" alone ("remove it", "get rid of them"): right after an addition, that addition taken back (a bare
"that" may point at anything in the photo)."""
_THING_CAN_BE = re.compile(
    r"^(?:(?:hmm+|so|ok(?:ay)?|and|but|wait|also|i\s+(?:like|love)\s+it|love\s+it|nice|great)[\s,]+)*"
    rf"(?:can|could)\s+(?P<obj>{DEFINITE}\s+[\w'-]+(?:\s+[\w'-]+)?)\s+"
    r"(?:be|look|get)\s+(?P<look>(?:a\s+(?:bit|little)\s+|more\s+|less\s+)?[\w'-]+(?:\s+[\w'-]+)?)"
    r"(?:\s+instead(?:\s+of\s+[\w'-]+)?|\s+too|\s+as\s+well)?[\s?!.]*$",
    re.I,
)
"""A question whether one named thing can have a look ("can her eyes be green?", "could the mast look more rusty"):
a polite edit of that thing, not a question about what the editor can do ("can cats be green?" names no thing)."""
_ALSO_MARK = re.compile(
    r"^(?:now|and|also|then|next|plus)\b|\b(?:too|also|as\s+well)(?:\s+(?:pls|please|plz))?[\s.!]*$", re.I
)
"""Words that add a request to the last edit rather than replace it ("now the right one", "the other one too")."""
_ALSO_THING = re.compile(
    r"(?:and|also|plus)\s+(?:the|his|her|their)\s+(?!(?:other|same|rest|next|last|first|previous|original|one|ones|"
    r"version|round|edit|pic|photo|picture|image)\b)[\w'-]+(?:\s+[\w'-]+)?(?:\s+(?:pls|please|plz))?[\s.!]*",
    re.I,
)
"""Another thing named after "and" or "also" alone ("and the starting blocks" after "make the hurdles yellow"): the
last edit done to it too."""
_ASKED_OF_THIS = re.compile(
    rf"^(?:(?:pls|please)\s+)?(?:can|could)\s+(?:you|u)\s+(?:(?:pls|please|maybe|just)\s+)?(?:{EDIT_VERB})\s+"
    r"(?:the|his|her|their|my)\s+(?![^?]*\b(?:things|stuff|objects|anything|something|people|photos|pictures|images|"
    r"pics)\b)[^?]+\?*\s*$"
    r"|^(?:can|could)\s+(?:the|his|her|their|my)\s+[\w'-]+(?:\s+[\w'-]+)?\s+be\s+(?:a\s+(?:bit|little|lot)\s+|much\s+|way\s+)?"
    r"[a-z]{3,}er\b",
    re.I,
)
"""A polite request about a thing of this photo, in a session with edits ("can u replace the periodic table poster with
a solar system one?", "can the tadpoles be a bit bigger so ppl can see them?"): an edit, not a question of what
the editor can do."""
_OOPS_THING = re.compile(
    r"(?:(?:oops|whoops)[\s,.!]+)+(?:i\s+meant\s+|meant\s+)?(?P<thing>[a-z]{3,})[\s.!]*"
    r"|i\s+meant\s+(?P<meant>[a-z]{3,})[\s.!]*",
    re.I,
)
"""A thing named alone after "oops" or "i meant" ("oops butter", "oops i meant saucer"): the thing the last edit
should have been done to, when the word says no look."""
_NO_THING_AFTER_OOPS = frozenset(
    "sorry wrong mistake typo nevermind nvm undo redo retry that this one it thanks wait what yes yeah nope fine idk "
    "okay whatever lol my bad".split()
)
"""Words after "oops" that name no thing of the photo."""
_OWN_HABIT = re.compile(
    r"^(?:i|we)\s+(?:always\s+|usually\s+|often\s+|never\s+|sometimes\s+)?(?:undo|redo|revert|share|export)\s+"
    r"(?:all\s+)?(?:my|our)\s+(?!(?:last|latest|previous|recent|edits?|changes?|rounds?|versions?|steps?|photos?|"
    r"pics?|pictures?|images?|sessions?|work)\b)[\w'-]+",
    re.I,
)
"""What the writer does with their own things ("i undo my shoelaces all the time"), not a command about the session
("i undo my last edit" is one)."""
_UNDO_REDO = re.compile(
    r"^(?P<verb>undo|redo)\b(?!.*\b(?:seed|again|another|new|different|stronger|weaker|more|less|better|instead)\b)"
    r"(?!\s+and\b)",
    re.I,
)
"""A request that starts with "undo" or "redo" (not "redo it with a new seed", a retry)."""
_REDO_IT = re.compile(
    r"^redo\s+(?:it|that|this)\b(?!\s+(?:edit|change|round|version)\b)(?!\s+one\b(?!\s*,\s*\w))|"
    r"^redo\s*[,.;:!-]+\s*(?:it|they|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:looks?|is|are|seems?)\b",
    re.I,
)
"""A redo of the edit just made when nothing was undone ("redo it pls, the hat is floating", "redo that one, the
ribbons are floating", "pls redo, the tiles look like plastic"): a retry."""
_BACK_OUT = re.compile(
    r"^(?:(?:actually|ok(?:ay)?|hmm+|nah|on\s+second\s+thought)[,.!]?\s+)*(?:(?:take|get)\s+(?P<obj>the\s+[\w\s'-]+?)\s+(?:back\s+(?:out|off)|(?:out|off|away)\s+again)\b"
    r"|(?:no|without(?:\s+the)?|(?:i\s+)?(?:do\s*n'?t|dont|do\s+not)\s+(?:want|need)\s+(?:the|a|an|that|this))\s+"
    r"(?P<unwanted>[\w'-]+(?:\s+[\w'-]+)??)(?:\s+(?:after\s+all|then|anymore|any\s+more|please|pls|plz|thanks|thx))*"
    r"|(?:the\s+)?(?P<needless>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:is\s+|was\s+)?not\s+needed(?:\s+after\s+all)?)[\s.!?]*$",
    re.I,
)
"""Taking out again what the last edit added ("take the smoke back out", "no hat after all", "i don't want the hat",
"hat not needed"): an undo."""
_UNDO_UNDO = re.compile(r"^(?:undo|redo|reverse)\s+(?:the|that|this|my|your)\s+(?:last\s+)?undo\b", re.I)
"""Taking back an undo ("undo the undo", "redo that last undo"): a redo."""
_UNDONE_AGAIN = re.compile(
    r"\bun-?undo\b|\b(?:ctrl|cmd|command)\s*[-+]?\s*(?:shift\s*[-+]?\s*z|y)\b|"
    r"\b(?:restore|bring\s+back|redo)\s+what\s+(?:i|you|we)\s+(?:just\s+)?undid\b|"
    r"\b(?:the|that|my)\s+undo\s+was\s+(?:a\s+)?(?:mistake|wrong|an\s+accident)\b",
    re.I,
)
"""An undo taken back in other words ("ctrl+shift+z", "restore what i just undid", "the undo was a mistake"):
a redo, unless asked about or declined."""
_UNDID_BY_MISTAKE = re.compile(
    r"(?:(?:oops|whoops|sorry|ugh|wait)[\s,.!]+)*(?:i\s+)?(?:didn'?t|did\s+not|never)\s+(?:mean|want)\s+to\s+"
    r"(?:undo|revert)(?:\s+(?:that|it|this))?[\s.!]*",
    re.I,
)
"""An undo taken back as a mistake, the whole turn ("oops didnt mean to undo"): a redo."""
_DONT_AMEND = re.compile(
    r"^(?:(?:pls|please|no|nah|nope)[\s,.!]+)*(?:don'?t|dont|do\s+not|never)\s+(?:undo|redo|revert|retry|reroll|"
    r"go\s+back|roll\s+(?:it\s+)?back|try\s+(?:it\s+|that\s+)?again)\b(?!.*\b(?:but|instead|and)\b)"
    r"(?!.*\bjust\b(?!\s+(?:looking|checking|browsing|asking|curious|wondering|saying)\b))",
    re.I,
)
"""An undo or a retry declined ("don't undo anything", "please do not revert", "dont undo anything, just looking"):
nothing to do."""
_COMPARE_OTHER = re.compile(
    r"^compare\s+(?!(?:rounds|versions|edits|pics|photos|images|pictures|results|changes|tries|takes|options|ones|"
    r"colou?rs|both|this|it|them|these|those|us|its|his|hers|ours|yours|theirs|is|was|has)\b)[a-z]+s\b",
    re.I,
)
"""A comparison of things named without a determiner ("compare prices for me"): not of the session's rounds."""
_NEW_SEED = re.compile(r"\b(?:new|another|different|other|fresh|random)\s+seed\b|\bdo-over\b", re.I)
_REJECTION = re.compile(r"^(?:(?:no+|nope|nah)\s*[,.!–—-]|(?:not\s+(?:that|quite|like\s+that)|wrong|oops)\b)", re.I)
_NEW_REQUEST = re.compile(
    rf"^{FOLLOW_LEAD}(?<![\w'])(?:now|then|next|also)\b[,:]?\s+(?:pls\s+|please\s+)?{EDIT_VERB}\b", re.I
)
"""A new request led by "now", "then", "next" or "also": a further edit, never a correction of the last."""
_ADDS_A_THING = re.compile(
    r"^(?:add|put|place|draw|hang|give\s+(?:it|them|him|her))\s+(?:a|an|some)\s+(?!(?:try|go|shot|chance|whirl|attempt|spin"
    r"|redo|retry|rerun|bit|little|touch|lot|few|more|second|new|another|different|fresh|last)\b)[\w'-]+",
    re.I,
)
"""A thing added ("add a crack to it", "give it a pattern"): a new edit, never a retry ("give it a go")."""
_ANOTHER_GO = re.compile(
    r"^give\s+(?:it|that|this)\s+(?:(?:another|one\s+more|a\s+(?:second|new|fresh))\s+(?:go|try|shot|attempt|spin|whirl)|"
    r"an?(?:\s+(?:quick|new|fresh))?\s+(?:re-?shuffle|shuffle|re-?roll|re-?spin))\b|"
    r"^(?:another(?:\s+one)?|one\s+more(?:\s+(?:time|go|try|attempt|version))?)[\s.!?]*$|"
    r"^(?:have|take)\s+(?:another|one\s+more|a\s+second|a\s+new)\s+(?:go|try|shot|stab|crack|pass)\s+at\s+"
    r"(?:it|that|this|the\s+[\w'-]+(?:\s+[\w'-]+)?)[\s.!?]*$|"
    r"^retry\s+(?:the\s+)?(?:last|previous|latest)(?:\s+(?:one|edit|change))?[\s.!?]*$|"
    r"^(?:do|make)\s+(?:it|that|this)\s+(?:over|again)(?:\s+(?:pls|please|plz))?[\s.!?]*$|"
    r"^repeat\s+(?:the|that|this|your)\s+(?:last\s+)?(?:edit|change)\b(?!\s+(?:on|for|to|with|in)\b)",
    re.I,
)
"""Another try of the last edit ("give it another go, the walls look patchy", "another one", "repeat the edit pls, it
came out blurry", "not convinced by the lighthouse, do it over"): a retry, never a new edit."""
_PUT_BACK = re.compile(
    r"^(?:(?:put|set|bring|get)\s+it\s+back|i\s+(?:want|need|'?d\s+like)\s+it\s+back)(?:\s+(?:pls|please|plz))?[\s.!]*$",
    re.I,
)
"""'Put it back': a redo after an undo, else (nothing undone) the last edit taken back."""
_WANT_BACK = re.compile(
    r"^(?:(?:ok(?:ay)?|oh|wait|nah|no|hmm+|actually|pls|please)[\s,.!]+)*(?:i\s+(?:want|need|'?d\s+like)|"
    r"give\s+(?:me|us|him|her|it)|put|bring|add)\s+(?P<obj>(?:the|my|his|her|their)\s+[\w'.-]+(?:\s+[\w'-]+){0,2}?)\s+back"
    r"(?:\s+(?:up|on|in))?(?:\s+(?:pls|please|plz|again))?[\s.!]*$",
    re.I,
)
"""A thing wanted back ("i want the dancers back", "put the flames back", "add the sign back"): after an undo of the
edit that made it, a redo."""
_THING_BACK = re.compile(
    r"(?:the\s+)?(?P<obj>[\w'-]+(?:\s+[\w'-]+)?)\s+back(?:\s+(?:pls|please|plz|again))?[\s.!]*", re.I
)
"""A thing wanted back in two words ("the hat back pls", "chimichurri back pls"), as `_WANT_BACK`."""
_NOT_ENOUGH_YET = re.compile(
    r"(?:(?:hmm+|nah|no|meh)[\s,.!]+)?(?:still\s+)?not\s+enough(?:\s+(?:yet|change|of\s+a\s+change|difference))?"
    r"\s*[,.;!–—-]+\s*(?:it|they|he|she|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:still\s+)?(?:looks?|is|are|seems?)\b[^?]*",
    re.I,
)
"""Too little of the last edit, and how it still looks ("not enough, it still looks like sand"): a stronger retry."""
_JUDGED_AGAIN = re.compile(
    r"(?P<thing>(?:the|those|these|that)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:looks?|is|are|seems?)\b[^,.;!?]*[,.;!–—-]+\s*"
    r"(?:(?:try|do\s+it|go)\s+)?again(?:\s+(?:pls|please|plz))?[\s.!]*|"
    r"third\s+time(?:'?s|\s+is)?\s+(?:lucky|the\s+charm)\W*(?:go|again|try\s+again|do\s+it)?[\s.!]*",
    re.I,
)
"""A verdict on the thing the last edit made, then "again" ("the lavender looks plastic, again"), or "third time
lucky? go": the same edit, a new seed."""
_MORE_PUNCH = re.compile(
    r"(?:a\s+bit\s+|a\s+little\s+|way\s+|much\s+)?more\s+(?:oomph|punch|pop|intensity|power|drama|juice|kick|zing|"
    r"impact|strength)\s+(?:on|to|for|in)\s+(?P<thing>(?:the|those|these)\s+[\w'-]+(?:\s+[\w'-]+)?)"
    r"(?:\s+(?:pls|please|plz))?[\s.!]*",
    re.I,
)
"""More force asked for on the thing the last edit changed ("more oomph on the flames"): a stronger retry."""
_NOT_TOO = re.compile(
    r"(?:but\s+)?not\s+(?:so|too)\s+(?!(?:shabby|bad|terrible|awful|horrible|shabbily)\b)[a-z]+"
    r"(?:\s+(?:pls|please|though|tho))?[\s.!]*",
    re.I,
)
"""A look asked to be less strong ("not too dark", "but not so shiny")."""
_STYLE_OF_ROUND = re.compile(
    r"^(?:(?:make\s+it|do\s+it|redo\s+it)\s+)?in\s+the\s+style\s+of\s+(?:the\s+)?(?:original|round|version|first|last|previous)\b",
    re.I,
)
"""A style asked for by naming a round ("in the style of the original"): no style a round has can be copied."""
_MOVE_IT = re.compile(
    r"(?!push\s+(?:it|them)\s+further[\s.!]*$)"
    r"(?:move|shift|nudge|slide|push)\s+(?:it|them)\s+(?:(?:a\s+)?(?:bit|little|tad)\s+)?(?:up|down|left|right|higher|"
    r"lower|closer|further|over|back|forward|to\s+the\s+(?:left|right))(?:\s+(?:a\s+)?(?:bit|little|tad))?[\s.!]*",
    re.I,
)
"""A move of the last edit's thing that says which way ("move it up a bit", "shift them to the left"); "push it
further" alone is the edit made stronger."""
_CHANGE_TOO = re.compile(r"(?:[a-z]{3,}(?:er|ier)|more\s+[a-z]+)\s+(?:too|as\s+well|also)[\s.!]*", re.I)
"""A comparative look for the same thing as well ("shinier too", "more glossy too")."""
_SWITCHED_TO_ORIGINAL = re.compile(
    r"^(?:switch|change|set|turn|put|take|bring)\s+(?:it|this|that|everything|the\s+photo)\s+(?:back\s+)?to\s+"
    r"(?:the\s+)?(?:original|upload|uploaded\s+(?:one|photo|version)|first\s+version|start)(?:\s+(?:one|version))?"
    r"(?:\s+(?:pls|please|plz))?[\s.!]*$",
    re.I,
)
"""The photo put back as it was uploaded ("switch it to the original", "change it back to the original version")."""
_GIVEN_BACK = re.compile(
    r"^give\s+me\s+(?:back\s+)?the\s+(?:" + "|".join(ORDINALS) + r"|original|og)\s+"
    r"(?:edit|version|round|one|pic|image|photo)(?:\s+back)?(?:\s+(?:again|pls|please|plz))*[\s.!]*$",
    re.I,
)
"""A round asked for by its ordinal ("gimme the 2nd edit", "give me the first version back"): that round."""
_ALL_SCRAPPED = re.compile(
    r"^(?:scrap|ditch|bin|trash|nuke|wipe|lose)\s+(?:it\s+all|all(?:\s+of\s+it)?|everything)"
    r"(?:(?:\s*,\s*|\s+(?:and|&)\s+)(?:let'?s\s+|we\s+)?start\s+(?:over|again|fresh|from\s+scratch))?[\s.!]*$",
    re.I,
)
"""Every edit thrown out ("scrap all of it and start over", "nuke everything"): back to the original."""
_PASSED_ON = re.compile(rf"[\s,]+(?:he|she|they)\s+says\s+(?:to\s+)?(?:{EDIT_VERB})\b(?!.*\?)", re.I)
"""A request passed on from someone who saw the photo ("my wife saw it, she says remove the kid")."""
_RESTORED = re.compile(
    r"^(?:restore|bring\s+back|get\s+back|put\s+back)\s+(?P<obj>(?:the|my|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?)"
    r"(?:\s+(?:pls|please|plz|again))?[\s.!]*$",
    re.I,
)
"""A thing an edit of the session named, wanted back ("restore the spoon", "bring back the croissant")."""
_APPROVED = re.compile(
    r"^(?:no+|nope|nah)\b[\s,.!]*(?:(?:that'?s|thats|it'?s|its|it\s+is|all|looks?)\s+)?"
    r"(?:good|great|right|fine|perfect|lovely|nice|correct|ok(?:ay)?|exactly\s+it|(?:i\s+)?love\s+(?:it|this|that))\b"
    r"|^(?:i'?m\s+)?not\s+(?:quite\s+)?(?:done|finished)(?:\s+yet)?\b",
    re.I,
)
"""A turn that opens with a "no" that approves ("no that's good. now ...", "no, perfect", "no, love it") or says
the person is not done yet ("not quite done: ..."): no rejection."""
_APPROVED_AFTER = re.compile(
    r"(?:[,.;!?]\s*|\s+but\s+|\s+and\s+)(?:[\w'-]+\s+)?(?:works(?:\s+(?:too|for\s+me|as\s+well))?|(?:great|good|nice)\s+job|"
    r"well\s+done|(?:you|u)\s+got\s+it(?:\s+right)?|"
    r"(?:it'?s|its|that'?s|thats|it\s+is)\s+(?:fine|good|great|perfect|correct|right)(?:\s+(?:too|now))?)[\s.!]*$",
    re.I,
)
"""A turn that ends approving what was made ("i said pink and its pink, great job", "... but gold works too",
"not him? no wait it's him, you got it"):
whatever it said before, it rejects nothing."""
_REJECTS = re.compile(
    r"\b(?:no+|nope|nah|not|wrong|instead|rather|meant|mean|misunderstood|scratch|forget|undo|revert|should|"
    r"supposed|asked|wanted|said|oops|ugh|didn'?t|don'?t|never|isn'?t|wasn'?t|keep|only|whole|everything|"
    r"explained|badly|another)\b|\w+n't\b|\bjust\s+the\b",
    re.I,
)
"""Words that reject the last edit: a whole-edit correction says one of them."""
_ON_TOP = re.compile(r"\b(?:also|too|as\s+well)\b|^(?:no+\s+)?wait[\s,.!]+(?:and|plus)\s", re.I)
"""Words of a request on top of the last edit ("also", "too", "no wait, and ...")."""
_TOO_AT_END = re.compile(r"\b(?:too|also|as\s+well)(?:\s+(?:pls|please|plz))?[\s.!]*$", re.I)
"""A follow-up that ends in "too" ("lemon wedges too"): one more edit, not a correction of the last."""
_NO_REJECTION = re.compile(
    r"\b(?:not|wrong|instead|rather|meant|mean|misunderstood|scratch|forget|should|supposed)\b", re.I
)
_TOO_WORD = re.compile(
    r"^(?:(?:lol|lmao|haha+|ugh|hmm+|ok(?:ay)?|yeah|omg)\b[\s,.!]*)*(?:(?:it'?s|its|that'?s|thats|it\s+is|now)\s+)?",
    re.I,
)
"""What may stand before a strength said with a word of the last edit ("lol that's too orange")."""
_TONE_DOWN = re.compile(
    r"(?:(?:pls|please)\s+)?(?:tone|dial|calm)\s+down\s+(?:the\s+)?(?P<word>[a-z]+)(?:\s+(?:a\s+bit|a\s+little|pls|please))?",
    re.I,
)
"""A thing toned down ("tone down the flames"): the last edit again, weaker, when it names that thing
(`_tones_down_last`)."""
_LOVED_AFTER = re.compile(r"[,.;!]\s*(?:i\s+)?(?:love|loving|adore)\s+(?:it|this|that)\b[\s.!❤️😍]*$", re.I)
"""A remark that ends loving the result ("so much more intense, love it"): praise of a strength, not a request."""
_DISPRAISED = re.compile(
    r"(?:(?:that'?s|thats|it'?s|its|this\s+is|looks?|honestly|ngl|still)\s+)?(?:not|no)\s+(?:so\s+|that\s+|very\s+)?"
    r"(?:good|great|nice|pretty|ideal)(?:\s+at\s+all)?(?:\s+(?:tbh|honestly))?[\s.!👎😕🙁]*",
    re.I,
)
"""A verdict that the edit is not good, and no more ("not good", "no good", "not great at all"): asked what to change,
never praise."""
_LITOTES = re.compile(
    r"(?:(?:that'?s|thats|it'?s|its|this\s+is|looks?|honestly|ngl)\s+)?not\s+(?:too|half|so|that|at\s+all)?\s*"
    r"(?:bad|shabby|awful|terrible)(?:\s+at\s+all)?(?:\s+(?:tbh|honestly|actually))?[\s.!😄🙂👍]*",
    re.I,
)
"""Praise said by denying the opposite ("not too shabby", "not bad at all", "that's not half bad"): no "too" to
tone down."""
_TOO_OF = re.compile(r"(?:way\s+|much\s+|a\s+bit\s+|a\s+little\s+)?too\s+(?P<word>[a-z]+)", re.I)
_MORE_OF = re.compile(
    r"(?:(?:even|much|way|a\s+bit|a\s+little|a\s+lot|slightly|a\s+tad|a\s+touch)\s+)?(?P<word>(?:more\s+)?[a-z]+)"
    r"(?:\s+(?:pls|please|plz))?",
    re.I,
)
_MORE_THAN = re.compile(
    r"(?:(?:even|still)\s+(?:(?:much|way|a\s+bit|a\s+little|a\s+lot)\s+)?(?P<word>(?:more\s+)?[a-z]+)"
    r"|(?:(?:much|way|a\s+bit|a\s+little|a\s+lot|even)\s+)?(?P<than>(?:more\s+)?[a-z]+)\s+than\s+"
    r"(?:that|this|before|it\s+is|now))(?:\s+(?:pls|please|plz))?",
    re.I,
)
"""More of the last edit's change said as "even greener" or "greener than that": a stronger retry."""
_STILL_MORE_READINGS = frozenset({"clarify", "praise", "edit", "stronger", "weaker", "correct_attribute"})
_MODIFIERS = frozenset({"a", "an", "some", "just", "few", "only", "much", "bit", "little", "lot", "way", *NUMBER_WORDS})
"""Words that may stand before a thing's name in a correction of how many or how big ("just a few stars")."""
_ANOTHER_TAKE = re.compile(
    r"^(?:again|once\s+more|one\s+more\s+time)(?:\s+(?:pls|please|plz))?\s*[,.!-]+\s*\S|"
    r"^(?:try|do)\s+(?:it\s+|that\s+)?(?:again|once\s+more)(?:\s+(?:pls|please|plz))?\s*[,.!-]+\s*"
    r"(?!.*\b(?:but|instead|rather|this\s+time|make|add|with)\b)\S|"
    r"^(?:do|try)\s+(?:it|that|this)\s+(?:again\s+)?(?:but\s+)?differently\b|"
    r"\b(?:different|another|new|fresh)\s+(?:version|take|variation|option|attempt|result)s?\b|"
    r"\b(?:couple|few)\s+(?:more|other)\s+(?:options|versions|variations|takes)\b|\breshuffle\b|"
    r"^(?:do|make|try)\s+(?:another|one\s+more)(?:\s+one)?\s+(?:just\s+)?(?:for\s+(?:fun|kicks|me)|to\s+see)"
    r"(?:\s+(?:pls|please|plz))?[\s.!]*$|"
    r"^(?:(?:give|show)\s+me|(?:can|could)\s+(?:i|we)\s+(?:see|get|have))\s+an?\s+(?:variation|variant)"
    r"(?:\s+of\s+(?:it|that|this))?(?:\s+(?:pls|please|plz))?[\s?.!]*$",
    re.I,
)
"""The last edit asked for again in other words ("can i see a different version", "again pls, the boat looks
glued on", "try again, the kid looks pasted in", "do it again but differently"): a retry."""
_LITTLE_MORE = re.compile(
    r"(?:just\s+)?(?:a\s+)?(?:touch|tad|smidge|hair|notch|wee\s+bit)\s+more(?:\s+(?:pls|please|plz))?[\s.!]*", re.I
)
"""A little more of the last edit ("a touch more"): stronger, though "a touch" alone says subtle."""
_NEXT_TRY = re.compile(
    r"(?:a\s+)?(?:third|fourth|fifth|3rd|4th|5th)\s+(?:try|attempt|go)(?:\s+(?:pls|please|plz))?[\s.!]*", re.I
)
"""One more try asked for by its count ("third try pls"), not a try named (that takes "the")."""
_PUSHED = re.compile(
    r"(?:^|[,.!;]\s*|\bbut\s+)(?:(?:can|could|pls|please)\s+(?:you\s+|u\s+)?)?push\s+(?:it|that)"
    r"(?:\s+(?:more|further|harder|a\s+bit(?:\s+more)?))?(?:\s+(?:pls|please|plz))?[\s.!?]*$",
    re.I,
)
"""The last edit pushed further, at the end of a verdict ("looks great but too subtle, can u push it"): stronger."""
_WH_ASKED = re.compile(r"^(?:what|what'?s|whats|why|how|which|who|where|when)\b.*\?[\s?!]*$", re.I)
"""A question asked with a question word, which asks about a strength or a retry and never for one."""
_OWN_TRY = re.compile(
    r"^(?:(?:ok(?:ay)?|alright|fine|hmm+)[\s,.!]+)*(?:i'?ll|ill|i\s+will|we'?ll|i'?m\s+(?:going\s+to|gonna)|i\s+might)\s+"
    r"(?:try|give\s+it\s+(?:a|another)\s+(?:go|try|shot))\b(?!.*\b(?:you|u)\b)",
    re.I,
)
"""The person's own next try ("ok ill try again another day, thanks"): said, not asked of the editor."""
_UNDO_LATER = re.compile(
    r"^(?:(?:can|could|will|would)\s+(?:you|u|i|we)|is\s+it\s+possible\s+to)\s+(?:still\s+)?(?:undo|redo|go\s+back|revert)"
    r"(?:\s+(?:it|that|things|stuff|changes|edits))?\s+(?:if|when|later|afterwards|in\s+case)\b",
    re.I,
)
"""A question of whether a later undo will be possible ("can you undo if i mess up?"): answered, nothing undone."""
_EACH_OTHER = re.compile(r"\b(?:next\s+to|beside)\s+each\s*other\b", re.I)
"""Two things set beside each other, which for two tries of an edit is a comparison."""
_SIDES_SET = re.compile(r"\b(?:vs|versus|against|compared\s+(?:to|with))\b", re.I)
"""Words that set one side against another, the mark of a comparison whose sides may each name a round."""
_MEANT_IT_AS = re.compile(r"^i\s+(?:meant|mean)\s+(?:it|that|this)\s+as\s+(?:an?|my)\b", re.I)
"""What the user meant by their own words ("i meant it as a compliment"): talk, never a correction."""
_MEANT_OBJECT = re.compile(
    r"^(?:(?:lovely|nice|great|good|thanks?|thank\s+you|sorry)\b[\w\s']{0,30}?,?\s+but\s+)?"
    r"(?:(?:no+|nope|oops|sorry|wait|ah|oh|hmm+|ugh)\b[\s,.!-]*)*"
    rf"(?:you\s+(?:did|changed|made|picked|got)\s+{OWNER}\s+[\w'-]+(?:\s+[\w'-]+)?\s*[,.!-]+\s*(?:it\s+was\s+)?)?"
    r"(?:i\s+(?:(?:think\s+i|actually|really|did|obviously)\s+)?(?:meant|mean|said|was\s+(?:talk(?:ing|in'?)\s+about|"
    r"on\s+about|referring\s+to|meaning))\s+)?"
    rf"(?:not\s+{OWNER}\s+[\w'-]+(?:\s+[\w'-]+)?\s*[,.!-]+\s*)?"
    rf"{OWNER}\s+(?!(?:{POSITION_WORDS}|same|mistake|bad|fault)\b)"
    r"[\w'-]+(?:\s+[\w'-]+)?(?:\s+(?:on|at|in)\s+the\s+(?:left|right|end|back|front)(?=,?\s+(?:i\s+(?:meant|mean|said)|sorry)\b))?"
    rf"(?:,?\s+(?:not|instead\s+of|rather\s+than)\s+{OWNER}\s+[\w'-]+(?:\s+[\w'-]+)?)?"
    r"(?:,?\s+(?:i\s+(?:meant|mean|said)|sorry))?[\s.!]*$",
    re.I,
)
"""A turn that only names another object after an edit ("no, the cello", "not the harp, the cello", "I was talking
about the violin", "the little cello on the right i meant", "lovely, but i think i meant the cello rather than
the harp", "you did the harp, it was the cello")."""
_LINK_REQUEST = re.compile(
    r"^(?:make|create|give|send|generate|get)\s+(?:me\s+|us\s+)?(?:a|an|another|one\s+more)\s+"
    r"(?:[\w'-]+\s+)?(?:share\s+|sharing\s+|shareable\s+|public\s+)?link\b|"
    r"^make\s+(?:it|this|the\s+session|them)\s+public\b",
    re.I,
)
"""A request for a (new, second...) link: sharing, never an edit that adds something called a link."""
_IT_ABLE = re.compile(r"^(?:would|will|is|could|can)\s+(?:it|this\s+(?:thing|tool|app))\s+(?:be\s+)?able\s+to\b", re.I)
"""A question whether the tool can do something ("would it be able to turn day into night"): answered in words."""
_STOP_SHARING = re.compile(
    r"^(?:(?:pls|please|ok(?:ay)?)[\s,]+)?(?:stop|quit|end|cancel)\s+(?:the\s+)?sharing\b|^unshare\b", re.I
)
"""Sharing stopped ("stop sharing pls"): the share link revoked."""
_SENT_ELSEWHERE = re.compile(
    r"\b(?:e-?mail|text|sms|whatsapp|dm|tweet|fax|mail)\s+(?:it|this|that|them|the\s+[\w'-]+)\s+to\b|"
    r"\b(?:post|upload)\s+(?:it|this|that|them)\s+(?:to|on)\s+(?:my\s+)?(?:instagram|insta|facebook|fb|twitter|x|tiktok|reddit)\b|"
    r"^(?:(?:pls|please|can\s+(?:you|u)|could\s+(?:you|u))\s+)?(?:add|put|save|copy|move|send|store)\s+"
    r"(?:it|this|that|them|the\s+(?:photo|pic|picture|image|edit|result))\s+(?:to|in|into|on)\s+"
    r"(?:my\s+(?:albums?|gallery|photos\s+app|favou?rites|collection|library|google\s+(?:photos|drive)|dropbox|"
    r"icloud)|the\s+(?:photos\s+app|cloud))\b",
    re.I,
)
"""The photo sent somewhere the tool cannot reach ("email this to my aunt", "post it on instagram", "add this to my
album"); saving it to the person's own computer or phone is an export."""
_YES_NO = re.compile(r"(?:is|are|does|do|was|were|would|will)\b", re.I)
"""A yes-or-no question's first word ("is it better with or without the hornbill?"): an opinion asked for."""
_STILL_MORE = re.compile(r"(?:.*[,.;!]\s+)?(?:even\s+)?(?P<word>[a-z]{3,}er)\s+still[\s.!]*", re.I)
"""The last edit's comparative said again with "still" ("the cake is still huge, smaller still"): more of it."""
_MORE_OF_LOOK = re.compile(
    r"more\s+(?P<look>[a-z]+)(?:\s+(?:on|in|for)\s+the\s+[\w'-]+(?:\s+[\w'-]+)?)?(?:[,.;!]\s+.*)?", re.I
)
"""More of the look the last edit gave ("more orange on the leaves, it still looks like summer")."""
_NOT_SO = re.compile(r"not\s+(?:so|that|this|too)\s+(?P<word>[a-z]{3,})(?:[,.;!]\s+.*)?[\s.!]*", re.I)
"""Less of the last edit's comparative ("not so small, the cake looks like a cupcake now" after "make the cake
smaller")."""


def _way_of_last(said: str, tree: RoundTree) -> str | None:
    """ "stronger" or "weaker" when `said` asks for more or less of the look the last edit gave (`_STILL_MORE`,
    `_MORE_OF_LOOK`, `_NOT_SO`), in that edit's own words; else None."""
    last = last_edit(tree)
    words = words_of(last.instruction or "") if last else set()
    if (still := _STILL_MORE.fullmatch(said)) and still["word"].lower() in words:
        return "stronger"
    if (
        (more := _MORE_OF_LOOK.fullmatch(said))
        and more["look"].lower() in words
        and BARE_COLOUR.fullmatch(more["look"])
    ):
        return "stronger"
    base = less["word"].lower() if (less := _NOT_SO.fullmatch(said)) else ""
    if base and words & {f"{base}er", f"{base}{base[-1]}er", f"{base[:-1]}ier"}:
        return "weaker"
    return None


_FIX_THE_THING = re.compile(
    r"(?:the|that|this)\s+(?P<thing>[a-z]+)\s+(?:looks?|is|seems?)\s+(?:(?:kinda|a\s+bit|so|really|totally)\s+)?"
    r"(?:weird|wrong|off|broken|strange|odd|messed\s+up|bad)(?:\s+now)?[,.;!]*\s+(?:(?:can|could)\s+(?:you|u)\s+)?"
    r"(?:fix|sort\s+out|redo)\s+(?:it|that|this)(?:\s+(?:pls|please|plz))?[\s.!?]*",
    re.I,
)
"""A verdict on the thing the last edit changed, then "fix it" ("the projector looks weird now, fix it pls"): a new try
of that edit."""
_BACK_AND_AGAIN = re.compile(
    r"(?:go\s+back|undo(?:\s+(?:it|that|this))?|revert(?:\s+(?:it|that|this))?)\s*(?:and|&|,)\s+(?:then\s+)?"
    r"(?:re-?roll|retry|try\s+again|give\s+it\s+another\s+(?:go|try|shot))(?:\s+(?:it|that))?(?:\s+(?:pls|please))?[\s.!]*",
    re.I,
)
"""A way back and a new try in one breath ("go back and reroll it"): a new try of the last edit."""
_HISTORY_ASK = re.compile(
    r"^what\s+(?:have|has)\s+(?:you|we|i)\s+(?:done|changed|made|edited|got)\b|"
    r"^(?:give|show|send)\s+me\s+(?:the|a)\s+list\s+of\s+(?:all\s+)?(?:the\s+)?(?:changes|edits|rounds)\b|"
    r"^what\s+(?:were|are)\s+(?:all\s+)?the\s+(?:changes|edits)\b(?!.*\b(?:you\s+(?:can|could)|possible)\b)|"
    r"^(?:(?:pls|please|can\s+you|could\s+you)\s+)?(?:show|give)\s+me\s+(?:all\s+)?the\s+"
    r"(?:branches|(?:whole|edit|round|version)\s+tree)\b|"
    r"^what\s+does\s+the\s+(?:history\s+look\s+like|tree\s+look\s+like\s+so\s+far)\b",
    re.I,
)
"""A question about everything done so far ("what have you done in total", "give me the list of changes", "show me the
branches"), never about the last edit."""
_DOWNLOAD = re.compile(
    r"^(?:dl|d/l|download)\b|^(?:export|save|download)\s+(?:(?:it|this|that|everything|all|the\s+(?:session|rounds))\s+)?"
    r"as\s+(?:an?\s+)?(?:html|bundle|zip)\b",
    re.I,
)
"""A download ("dl all pls") or an export in a named format ("save it as html for the class newsletter", whatever it
is for): an export of the session."""
_REPEATING = re.compile(
    r"\b(?:same|again|too|also|as\s+well|repeat|apply|ditto|likewise|identical|similar|that)\b|"
    r"\blike\s+(?:the\s+)?(?:last|previous|other|first)\s+(?:one|pic|photo|picture)\b",
    re.I,
)
"""Words without which a turn with a new photo does not ask for the last edit again ("this one next"); "like the last
one pls" asks it."""
_SHARE_THIS = re.compile(
    r"^(?:share(?:\s+(?:it|this|that|them|everything|all|the\s+(?:[\w'-]+\s+){0,2}(?:one|version|round|photo|"
    r"picture|pic|image|edit|result|session|link)))?(?:\s+(?:with|to)\s+.+)?|(?:give|send|get)\s+(?:me|us)\s+"
    r"(?:the|that)\s+(?:share\s+)?link(?:\s+again)?)[\s.!?]*$",
    re.I,
)
"""A request to share what there is ("share the latest version", "send me the link again")."""
_SHOW_ALL = re.compile(
    r"^(?:show|display|list)\s+(?:me\s+)?(?:everything|all(?:\s+of\s+(?:it|them))?)(?:\s+(?:we|you)\s+(?:did|made|changed|"
    r"have\s+done))?[\s.!?]*$|"
    r"^(?:(?:give\s+me\s+)?(?:a\s+)?(?:recap|summary|rundown|tl;?dr|overview)(?:\s+(?:everything|it\s+all|all))?|"
    r"(?:can\s+you\s+)?(?:go|walk\s+me)\s+through\s+all\s+the\s+(?:changes|edits))(?:\s+(?:of|on|for|from)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3})?(?:\s+(?:pls|please|one\s+by\s+one|"
    r"so\s+far))*[\s.!?]*$|"
    r"^what'?s\s+been\s+done\s+(?:to|on|with)\s+.+?(?:\s+so\s+far)?[\s.!?]*$|"
    r"^what\s+versions\s+(?:do\s+we\s+have|are\s+there)[\s.!?]*$",
    re.I,
)
"""A request to see everything, or a recap of it ("show me everything we did", "recap of the bakery edits", "what's
been done to the greenhouse pic so far?"): the history."""
_SHOW_SOMEONE = re.compile(
    rf"\bshow\s+(?:(?:it|this|that|them)\s+)?(?:to\s+)?(?:my|our|his|her|the)\s+(?:{PERSON}|friends?|family|"
    r"boss|team|client|colleagues?|girlfriend|boyfriend|partner|parents|kids)\b",
    re.I,
)
"""Showing the photo to someone ("let me show my wife first"): no call; sharing needs its own words."""
_LESS_ON = re.compile(r"(?:less|more)\s+(?P<look>[a-z]+)\s+(?:on|in)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?[\s.!]*", re.I)
"""Less or more of a look on a thing ("less red on the bricks"): a retry only when the look is the last edit's."""
_EDIT_ITSELF = re.compile(r"\b(?:edit|edits|change|changes|last|round|version|step)\b", re.I)
"""Words that name an edit rather than a thing of the photo ("remove the last change")."""
_SHARE_WORDS = re.compile(r"\b(?:share|sharing|link|url)\b", re.I)
_ACCESS_TALK = re.compile(
    r"\b(?:shar\w*|link|url|public\w*|publish\w*|unpublish\w*|access|private|see|view\w*|anyone|nobody|everyone|"
    r"people|invite\w*|revok\w*)\b",
    re.I,
)
"""Words of who may see the session: taking access away needs one of them ("remove the urn" is an edit)."""
_ABOUT_A_FEATURE = re.compile(
    r"^(?:how\s+(?:does|do)\s+.+\s+work\b|how\s+(?:do|can|would|should)\s+(?:i|we)\s+(?:compare|see|view|put|line\s+up)\b|"
    r"what\s+(?:formats?|kinds?|types?)\b|can\s+(?:other|others|people|anyone)\b|"
    r"is\s+there\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,3}(?:mode|option|feature|button|setting|view|way)\b|"
    r"(?:can|could)\s+(?:you|u)\s+\w+\s+(?:versions|rounds|photos|sessions|edits|changes|stuff|things)\s*(?:\?|$)|"
    r"(?:do|does|will|would)\s+(?:you|u|it|this|the\s+app)\s+(?:save|keep|store|remember)\b|"
    r"(?:does|do|will|would|did)\s+(?:the\s+|a\s+)?(?:undo|redo|retry|retries|retrying|reroll|rerolls|rerolling|"
    r"(?:new\s+|another\s+|different\s+)?seeds?|reverting|going\s+back|sharing|exporting|revoking|"
    r"(?:share\s+|public\s+)?link|export)\s+(?!(?:pls|please|plz)\b)\w|"
    r"who\s+(?:can|could|will|would|gets\s+to)\s+(?:see|view|open|access)\b|"
    r"what\s+(?:happens|will\s+happen|would\s+happen)\s+(?:to\s+[^?]+?\s+)?(?:if|when)\s+(?:i|we|you|u)\b|"
    r"what'?s\s+the\s+difference\s+between\s+(?!(?:original|current|now|before|after|first|last|previous|latest|"
    r"newest|then|this|that|it|them)\b)[a-z]+\s+(?:and|&|vs\.?)\s+(?:an?\s+)?(?:new\s+|other\s+)?[a-z]+[\s?]*$)",
    re.I,
)
"""A question about how sharing, exporting, comparing, undoing or going back works ("does undo delete the round?",
"who can see the link?", "what happens to round 4 if i go back to 2?"), what is kept ("do u save my old versions")
or how two commands differ ("whats the difference between remove and erase"), or whether a kind of thing can be
undone or shared ("can you undo stuff", "can u share sessions"), not a request to do it now."""
_LATER_QUESTION = re.compile(
    r"^(?:can|could|will|would)\s+(?:i|we)\b.*\b(?:later|afterwards|anytime|any\s+time|eventually|in\s+the\s+future|"
    r"if\s+(?:i|we)\s+(?:don'?t|dont|do\s+not|change\s+(?:my|our)|decide|hate|dislike))\b",
    re.I,
)
"""A question about what the person may do later ("can i get the untouched photo back later?", "can i undo if i
dont like it"), not a request now."""
_OTHER_HISTORY = re.compile(
    r"\bhistory\s+of\s+(?!(?:the\s+|this\s+|my\s+|our\s+)?(?:edits?|changes?|rounds?|sessions?|versions?|chat|photo|"
    r"picture|image|pic)\b|(?:this|it|that|everything|all\s+(?:of\s+)?(?:this|it))[\s.!?]*$)",
    re.I,
)
"""History that is not the session's ("the history of rickshaws"; "the history of this" is the session's)."""
_DISAPPOINTED = re.compile(
    r"\b(?:expected|hoped\s+for|was\s+hoping\s+for)\s+(?:(?:a\s+(?:bit|lot)\s+|much\s+|way\s+)?more|better|something\s+else)"
    r"[\s.!?]*$|"
    r"^(?:(?:hmm+|well|ok(?:ay)?|so)[\s,]+)?(?:that'?s\s+|it'?s\s+)?not\s+(?:quite\s+)?(?:the\s+result|what)\s+i\s+"
    r"(?:expected|had\s+in\s+mind|imagined|pictured)(?:\s+(?:haha|lol|lmao|tbh|honestly))*[\s.!?]*$|"
    r"^(?:(?:ugh+|oh\s+no|omg|argh+|no+|god|seriously)[\s,.!]+)*not\s+again\b[\s.!?]*$",
    re.I,
)
"""Disappointment ("honestly i expected more", "not the result i expected haha", "ugh not again": read from the words
as said, since "again" is a filler to the others), not a request to make the last edit again or stronger."""
_HOW_IT_WORKS = re.compile(
    r"^(?:explain|tell\s+me|describe)\s+how\b|"
    r"^what\s+(?:does|do|would|will)\s+(?:the\s+)?(?:retry|redo|undo|revert|stronger|weaker|subtler|compare|share|export)"
    r"(?:\s+(?:button|command|option))?\s+"
    r"(?:actually\s+|really\s+|even\s+|exactly\s+)?do\b|"
    r"^how\s+(?:do|can|could|would|should)\s+(?:i|we)\s+(?:get|make|see|go|undo|redo|try|have|ask)\b",
    re.I,
)
"""A request to explain a feature ("explain how the undo works", "what does stronger actually do?", "how do i get a
different version"), not to use it."""
_PLACED_SIDE_BY_SIDE = re.compile(
    r"^(?:put|place|arrange|set|stand|sit|line\s+up|move)\s+(?P<things>.+?)\s+side\s+by\s+side\b", re.I
)
"""Things of the photo placed side by side ("put the two biggest cranes side by side"): an edit, unless they are
rounds ("put them side by side", "put round 1 and 3 side by side")."""
_STATUS_ASK = re.compile(
    r"^(?:(?:which|what)\s+(?:round|version|number|try|attempt)\s+(?:of\s+(?:the|my)\s+[\w'-]+(?:\s+[\w'-]+)?\s+)?"
    r"(?:is|'s)\s+(?:this|it|(?:up\s+)?on\s+(?:the\s+)?screen|showing|up)(?:\s+(?:one|version|pic))?"
    r"(?:\s+(?:now|rn|right\s+now))?|"
    r"is\s+(?:this|it)\s+(?:the\s+)?(?:first|1st)\s+(?:or|vs)\s+(?:the\s+)?(?:second|2nd)\s+(?:try|attempt|version|one)|"
    r"(?:the\s+)?(?:round|version)\s+(?:number|no\.?|#)(?:\s+(?:rn|now|right\s+now|pls|please))?|(?:show|tell)\s+me\s+what\s+(?:you\s+(?:did|changed|have\s+done)|was\s+changed)|"
    r"did\s+(?:you|u)\s+(?:change|do|edit)\s+anything|what\s+number\s+is\s+this(?:\s+(?:version|round|one|pic|photo))?"
    r"(?:\s+of\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?|(?:which|what)\s+(?:round|version|try|attempt)\s+am\s+i\s+(?:on|at|looking\s+at)"
    r"(?:\s+(?:now|after\s+(?:that|the)\s+(?:undo|redo|edit|change)))?|what\s+did\s+(?:you|u)\s+(?:just\s+)?(?:do|change)\s+(?:to|with)\s+"
    r"(?:the|my|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?)"
    r"[\s.!?]*$",
    re.I,
)
"""A question which round is showing ("which round is on screen") or what was done ("show me what you did"): the
session's status."""
_ROUND_ASKED = re.compile(
    r"^what\s+(?:was|is|'s|was\s+in|is\s+in|did\s+(?:i|we)\s+ask(?:\s+you)?\s+for\s+in|did\s+(?:you|we)\s+(?:do|change)\s+in|"
    r"happened\s+in)\s+(?P<ref>.+?)(?:\s+again)?[\s?!.]*$",
    re.I,
)
"""A question about one round ("what was round 1", "what did i ask for in round 2?", "what was round 1 again?"): that
round, shown."""
_ROUND_NAMED = re.compile(
    rf"(?:round|version|ver\.?|v|r)\s*(?:\d+|{'|'.join(NUMBER_WORDS)})|the\s+(?:original|upload)(?:\s+(?:photo|one|version))?"
    r"(?:\s+like)?",
    re.I,
)
"""A round named by its number or as the original, in a question about it ("the last change" is the status's)."""
_UNDO_AND_RETRY = re.compile(
    r"^(?:undo|revert|go\s+back)(?:\s+(?:it|that|this))?\s*(?:,|\s+and|\s+then|\s*&)\s*(?:then\s+)?"
    r"(?:try|do\s+it|have\s+another\s+go|give\s+it\s+another\s+go)(?:\s+(?:it|that))?\s+again[\s.!]*$|"
    r"^(?:undo|revert)(?:\s+(?:it|that|this))?\s*(?:,|\s+and|\s+then)\s*(?:then\s+)?(?:redo|retry)(?:\s+(?:it|that))?[\s.!]*$",
    re.I,
)
"""An undo followed by a new try of the same edit ("undo and try again"): a retry, which is that edit again from the
round before it."""
_NAVIGATION_TO = re.compile(
    r"^(?:(?P<show>show(?:\s+me)?|display|pull\s+up|let\s+me\s+see|lemme\s+see|view|"
    r"(?:let\s+me|lemme|can\s+i)\s+(?:have|take)\s+a\s+(?:quick\s+)?(?:look|peek)\s+at|"
    r"(?:i\s+(?:want|wanna|would\s+like|'?d\s+like)\s+(?:to\s+)?|can\s+i\s+)?see)|go\s+back\s+to|go\s+to|back\s+to|"
    r"return\s+to|revert\s+to|switch\s+(?:back\s+)?to|jump\s+(?:back\s+)?to|take\s+(?:me|us)\s+(?:back\s+)?to|"
    r"roll\s+back\s+to|"
    r"(?:revert|reset)(?=\s+everything[\s.!?]*$)|"
    r"reset\s+(?:it\s+|everything\s+|this\s+|the\s+(?:photo|pic|picture|image)\s+)?(?:back\s+)?to|"
    r"reopen|load)"
    r"\s+(?P<ref>(?!me\b|us\b).+)$",
    re.I,
)
"""A request to show or go to a round, with the words that name it ("reopen round 2": see `_OPENED`; "open round
2" is a look, the model's; "revert everything" goes to the original)."""
_OPENED = re.compile(
    r"^(?:reopen|load)\s+(?!(?:the\s+)?(?:round|version|original|first|latest|newest|unedited|og|v\d|r\d|#)\b)",
    re.I,
)
"""Reopening or loading something other than a round ("reopen the shutters", "load the truck"): no move."""
_STEPPING_AWAY = re.compile(
    r"(?:[,.;!]\s*|\s+)(?:brb|afk|gtg|g2g|gotta\s+(?:go|run)|be\s+right\s+back|back\s+in\s+a\s+(?:bit|sec|min(?:ute)?))[\s.!]*$"
    r"|\bi\s+(?:like|love)\s+it\s+(?:like\s+this|as\s+it\s+is|the\s+way\s+it\s+is)\b",
    re.I,
)
"""A turn that ends by stepping away ("too much coffee today lol, brb") or keeps the photo as it is ("less is more, i
like it like this"): nothing to do, whatever came before."""
_MORE_THINGS = re.compile(r"(?:and\s+)?more\s+(?P<things>[a-z]{3,}s)(?:\s+(?:pls|please|plz))?[\s.!]*", re.I)
"""More of a kind of thing ("more pipes", "more customers"): things to add, not a stronger try."""
_NOT_THINGS = re.compile(
    r"(?:less|glass|this|pls|plus|always|perhaps|thanks|details|colou?rs|tones|shadows|highlights)$", re.I
)
"""Words ending in "s" after "more" that are no things to add ("more details" is a stronger look)."""
_STAYING = re.compile(
    r"^(?:do\s*n'?t|dont|do\s+not|no\s+need\s+to)\s+(?:(?:go|move|jump|switch)\s+back|show\s+(?:me\s+)?(?:the\s+)?"
    r"(?:old|older|other|earlier|previous)\b)|\bno\s+going\s+back\b",
    re.I,
)
"""Words that refuse a move back ("dont go back, i like it now", "keep it, no going back"): nothing to do."""
_COMPARED_ALREADY = re.compile(
    r"^(?:i|we|my\s+\w+|he|she|they)\s+(?:just\s+|already\s+)?(?:compared|was\s+comparing|were\s+comparing|"
    r"have\s+compared|'ve\s+compared|showed|sent|posted)\b|"
    rf"^(?:the|that|this|your|ur)\s+{BEFORE_AND_AFTER}\s+(?:is|was|looks?|looked|seems?)\b|"
    r"^(?:comparing|seeing)\s+(?:them|these|those|both|it|the\s+\w+)\s+(?:is|was|makes?|made|gets?)\b|"
    r"\b(?:you|u|i|we|one)\s+can\s+(?:really\s+|totally\s+|clearly\s+|actually\s+)?see\s+the\s+difference\b",
    re.I,
)
"""A comparison told of or remarked on ("i compared it with my old photo", "i showed the before and after to my
boss", "the before and after is insane", "side by side u can really see the difference"): no request."""
_THING_ONLY = re.compile(r"(?:the\s+)(?P<words>[\w'-]+(?:\s+[\w'-]+){1,2})[\s.!?]*", re.I)
"""A turn that only names a thing with a word or two about it ("the mossy gargoyle")."""
_OPINION = re.compile(
    r"\b(?:is|are|looks?|looked|seems?|better|nicer|worse|prettier|cute|love|liked?|prefer|hate)\b", re.I
)
"""Words that make a round's description a remark about it ("the one with the hat is cute")."""
_REMARK = re.compile(r"\b(?:is|are|was|were|looks?|looked)\s+(?:such\s+an?|so+|really|very|super)\s+\w", re.I)
"""A remark about the photo ("the white suit against the clover is such a nice contrast"): no request to compare."""
_COMPARED = re.compile(
    r"\b(?:compare|comparison|vs|versus|before|after|side|sides|difference|diff|original|orig|round|rounds|version|"
    r"versions|edit|edits|both|two|them|those|these|old|new|earlier|previous|first|last|latest|current|now|then|"
    r"together|one|ones|untouched|unedited|raw|start|beginning|upload|uploaded|photo|photos|pic|pics|picture|pictures|image|images|next|beside|\d+)\b",
    re.I,
)
"""Words that name what a comparison puts side by side; a "comparison" without any ("the orange really pops against
the blue water") is a remark about the photo."""
_ONLY_LOOK = re.compile(
    r"\b(?:do\s*n'?t|dont|without|no\s+need\s+to)\s+(?:switch|switching|move|moving|jump|jumping)\b|"
    r"\b(?:have|take)\s+a\s+(?:quick\s+)?(?:look|peek)\s+at\b",
    re.I,
)
"""Words that make a request for a round a look at it, not a move to it."""
_FORWARD = re.compile(
    rf"^(?:go\s+|move\s+|jump\s+|step\s+)?(?:{NUMBER}\s+)?(?:steps?\s+)?(?:forward|ahead)\b(?:\s+{NUMBER})?[\s.!?]*$"
    r"|^(?:the\s+)?next\s+(?:one|version|round)[\s.!?]*$",
    re.I,
)
"""A move forward along the rounds ("two steps forward", "next one"): a redo."""
_LOOKED = re.compile(
    r"^(?:what|how)\s+did\s+.+?\s+look(?:\s+like)?\s+"
    r"(?P<ref>(?:before|with|without|in)\s+.+?|originally|at\s+first|at\s+the\s+(?:start|beginning))[\s.!?]*$",
    re.I,
)
"""A question how a round looked ("how did it look before the barrel"): showing it."""
_TWO_SIDES = re.compile(
    r"\b(?:together|next\s+to|side\s+by\s+side|vs\.?|versus|compared?|against|and\s+(?:round|version|v)\s*\d|"
    r"diff(?:eren\w*|s)?)\b",
    re.I,
)
"""Words that make a request to show two rounds a comparison."""
_CAME_OUT = re.compile(
    UNDO_LEAD + r"(?:that'?s|thats|it'?s|its|this\s+is|that\s+is)\s+(?:(?:so|way|too|more|like|just)\s+)?"
    r"(?P<got>[\w-]+(?:\s+[\w-]+)?)[\s,.!?]+i\s+(?:said|asked\s+for|wanted|typed|wrote)\s+(?P<asked>[\w\s-]+?)"
    r"(?:\s+not\s+[\w\s-]+)?[\s.!]*$",
    re.I,
)
"""What the last edit came out as, then what was asked ("ugh that's purple, i said blue")."""
_OFF_THEN_AGAIN = re.compile(
    r"(?:the\s+)?(?P<asked>[\w-]+(?:\s+[\w-]+)?)\s+(?:turned|came)\s+out\s+[^,.!?]*?\bthan\s+i\s+"
    r"(?:wanted|expected|thought|hoped|asked\s+for)[\s,.!]+(?:(?:pls|please|so|can\s+(?:you|u))\s+)?(?:do|try)\s+"
    r"(?:it|that)\s+again(?:\s+(?:pls|please))?[\s.!]*",
    re.I,
)
"""What the last edit asked, said to have come out other than wanted, then "do it again" ("pink turned out more purple
than i wanted, do it again"): the same edit again."""
_NOT_WHAT_ASKED = re.compile(
    r"^(?:no+[\s,.!]+)?(?:(?:that'?s|thats|this\s+is|it'?s)\s+not\s+(?:it|what\s+i\s+(?:asked(?:\s+for)?|meant|wanted|said))"
    r"(?:\s+at\s+all)?|(?:you|u)\s+misunderstood)[\s,.!]+(?:i\s+(?:wanted|meant|asked\s+for|said)\s+)?(?P<rest>.+)$",
    re.I,
)
"""A whole edit rejected, then the wanted one ("that's not it at all, i wanted the bib removed")."""
_INSTEAD = re.compile(r"\binstead\b|\bswitch\s+(?:that|this|it)\b", re.I)
"""The last edit done to another thing in place of the one it changed ("... instead", "switch that to the saucer"),
not as well as it."""
_FROM_SCRATCH = re.compile(
    r"(?:(?:let'?s|lets|we(?:'ll|\s+will)?)\s+)?(?:(?:start|begin|go|do\s+it)\s+)?(?:again\s+)?from\s+scratch(?:\s+again)?[\s.!]*|"
    r"(?:(?:let'?s|lets|pls|please|just)\s+)?(?:wipe\s+the\s+slate\s+clean|(?:start\s+(?:with|from)\s+)?(?:a\s+)?clean\s+slate)"
    r"(?:\s+(?:pls|please))?[\s.!]*",
    re.I,
)
"""Starting over said alone ("from scratch please", "wipe the slate clean"): back to the original."""
_AS_IT_WAS_THEN = re.compile(
    r"^(?:make|put|change|turn|set|get)\s+(?:it|this|that|them|the\s+[\w'-]+)\s+(?:back\s+)?(?:to\s+)?(?:look\s+)?"
    r"(?:like|how|the\s+way|as)\s+(?:it|they)\s+(?:was|were|looked|did)\s+(?:in|on|at)\s+"
    rf"(?:{BASE_REF})[\s.!]*$",
    re.I,
)
"""A round asked for as the photo was in it ("make it like it was in round 1", "make it how it was in the original"):
going there, not an edit."""
_THING_AGAIN = re.compile(
    r"(?:(?:do|try|redo)\s+)?(?:the|that|this)\s+"
    r"(?P<thing>(?!(?:same|one|edit|change|last|latest|newest|whole|original|previous|first|old|older|earlier|other|"
    r"beginning|start|round|version|photo|picture|pic|image)\b)[\w'-]+(?:\s+(?!one\b)[\w'-]+)?)(?:\s+one)?\s+again(?:\s+(?:pls|please|plz))?"
    r"(?:\s*[,.!-]+\s*(?!.*\b(?:but|instead|rather|this\s+time|make|add|with|than)\b)[^,.!]*)?[\s.!]*",
    re.I,
)
"""A thing done again ("do the croissant again", "the croissant again"): a retry when it is the last edit's thing;
another thing asks, since its edit is not the last one. A described thing ("the blue cup again") names a round."""
_ALL_SESSIONS = re.compile(
    r"\b(?:all|every|other|everyone'?s|other\s+people'?s|(?:the\s+)?whole\s+server'?s?)\s+(?:the\s+|of\s+the\s+)?"
    r"(?:sessions|session|users?|accounts?|chats|conversations|databases?)\b",
    re.I,
)
"""Sessions beyond this one ("share all sessions", "export every user's session"): not the person's to handle."""
_BARE_TOO = re.compile(r"(?:and\s+)?(?P<things>[a-z]+s)\s+(?:too|as\s+well|also)[\s.!]*", re.I)
"""Things named bare with "too" ("sandbags too"): after an addition, that addition of them as well."""
_HOW_MUCH_CHANGED = re.compile(r"(?:did|has)\s+it\s+change(?:d)?\s+(?:much|a\s+lot|that\s+much)[\s?!.]*", re.I)
"""A question how much the last edit changed ("did it change much?")."""
_NOT_IT = re.compile(
    r"(?:(?:no+|nope|nah|hmm+|sorry)[\s,.!]+)?(?:that|this|it)(?:'?s|\s+is)?\s+(?:not|isn'?t|is\s+not)\s+it"
    r"(?:\s+(?:at\s+all|either|yet|really))?[\s.!]*",
    re.I,
)
"""The last edit rejected with nothing more ("this isn't it", "that's not it"): a question back, never praise."""
_UNDO_SOME = re.compile(
    r"(?:(?:ok(?:ay)?|hmm+|pls|please)[\s,.!]+)?(?:undo|revert|go\s+back|step\s+back|roll\s+back|take\s+back)\s+"
    r"(?:a\s+few|some|several|a\s+bit|a\s+little)(?:\s+(?:of\s+(?:it|them|those|these|that|this|(?:the|my|your)\s+(?:edits|changes|steps))|steps?|edits?|"
    r"changes?|times|things|rounds|versions))?(?:\s+(?:pls|please|plz))?[\s.!]*",
    re.I,
)
"""A way back with no count ("undo a few", "undo some of it", "go back a few steps"): how far is asked, nothing is
undone."""
_YES_SAID = re.compile(r"^(?:yes+|yeah|yep|yup|yay)\b[\s,!]*", re.I)
"""A yes that opens a turn ("yes teal! now ...")."""
_UNDECIDED = re.compile(
    r"(?:^(?:(?:i'?m|im|i\s+am)\s+)?(?:still\s+)?(?:not\s+sure|unsure|undecided)\s+(?:yet\s+)?(?:if|whether)\b|"
    r"^(?:(?:hmm+|um+|so)[,.]*\s+)?should\s+(?:i|we)\s+[^.!?]*\bor\b[^.!?]*[.!?]+\s*(?:let\s+me|i'?ll)\s+think\b)"
    rf"(?![^,.;!?]*[,.;!?]\s*(?:but\s+|so\s+)?(?:pls\s+|please\s+)?{EDIT_VERB}\b)",
    re.I,
)
"""A person still deciding ("not sure yet if i want the lamp removed or not, thinking", "hmm should i keep the
rainbow or go back... let me think"), with no request after it: nothing to do yet."""
_WAVERED = re.compile(
    r".*\b(?:no|or|actually)\b.*(?:[,.!]\s*|\s+)(?:(?:ugh|hmm+|actually|wait|lol)[\s,.]+)*"
    r"(?:idk|i\s+dunno|dunno|i\s+don'?t\s+know|not\s+sure|hmm+)[\s.!?]*",
    re.I,
)
"""Options said and taken back, ending undecided ("make it red, no blue, actually hmm", "red. no blue. no red. ugh
idk"): nothing to do until one is chosen."""
_ANSWERED_ITSELF = re.compile(
    r"\b(?:oh|ah)\s+(?:right|wait|yeah|yes)\b[\s,.!]*i\s+(?:asked\s+for|wanted|said)\s+(?:that|it|this|them)\b[\s.!)😅🙈]*$",
    re.I,
)
"""A question the person answers at once ("where's the second hiker?? oh right i asked for that"): nothing to fix."""
_RATING = re.compile(
    r"^(?:(?:a|solid|easy|strong|honestly|tbh)\s+)*(?P<score>\d{1,2})\s*(?:/|out\s+of)\s*(?P<of>\d{1,2})"
    r"(?:[\s,.!]+(?:no\s+notes|honestly|tbh|lol|haha|would\s+recommend))*[\s.!🔥👌💯]*$",
    re.I,
)
"""A score given to the result ("10 out of 10 no notes", "11/10"): praise when it is at least half marks."""
_SHARING_TOLD = re.compile(
    r"^(?:(?:sorry|oops|ok(?:ay)?|haha|lol|so)[\s,]+)*(?:i'?m\s+(?:gonna|going\s+to)|i'?ll|i\s+will|i\s+meant\s+to|"
    r"i\s+(?:already\s+|just\s+)?(?:shared|sent|posted))\b(?!.*\b(?:link|url|can\s+you|could\s+you|pls|please|plz|"
    r"give\s+me|send\s+me|make\s+me)\b)",
    re.I,
)
"""Sharing told of, not asked for ("im gonna share it with my grandma later", "sorry i meant to send that to my
friend"): no link is made unless one is asked for."""
_QUOTED = re.compile(r"'[^']+'|\"[^\"]+\"|`[^`]+`|‘[^’]+’|“[^”]+”")
"""Words in quotes: what a sign should say ("make the pennant say 'version 2'"), not words about the session."""
_FINE_AS_IS = re.compile(
    r"^(?:(?:ok(?:ay)?|oh|well|so|but)[\s,]+)?(?:the|this|that|these|those|my|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?\s+"
    r"(?:r|are|is|was|were|look|looks|seem|seems)\s+(?:(?:totally|perfectly|just|really|actually)\s+)?"
    r"(?:fine|ok(?:ay)?|good|great|perfect|alright)(?:\s+(?:as\s+(?:is|they\s+are|it\s+is)|now))?[\s.!]*$",
    re.I,
)
"""A thing said to be fine as it is ("ok the haystacks r fine", "the lamp looks perfect"): praise, no correction."""
_NAMED_ALONE = re.compile(r"(?:the|this|that)\s+(?:[\w'-]+\s+)?(?P<noun>[\w'-]+)", re.I)
"""One thing named alone ("the placard"), with at most one word before its noun."""
WRITTEN_ON = re.compile(
    r"^(?:write|print|paint|spray|put)\s+(?!(?:me|us|him|her|them|an?\s+(?:\w+\s+)?(?:poem|letter|story|essay|song|e-?mail|"
    r"message|post|tweet|review|speech|note)s?)\b)(?:the\s+(?:word|words|text)\s+)?\S.{0,40}?\s+on\s+"
    r"(?:the|this|that|his|her|their|my|our)\s+(?!(?:theme|topic|subject|behalf|website|blog|page|wall\s+of)\b)[\w'-]+",
    re.I,
)
"""Words to put on a thing of the photo ("write SALE on the theodolite"): an edit, not writing a text."""
_ASKED_FOR = re.compile(rf"\bi\s+(?:asked|meant|said|wanted)\s+(?:you\s+)?(?:to\s+)?{EDIT_VERB}\b", re.I)
"""A correction that says the whole instruction wanted ("..., i asked to remove the trowel")."""
_MIND_CHANGED = re.compile(
    r"(?:(?:ok(?:ay)?|so|hmm+|well|wait|actually|sorry)[\s,.!]*)*(?:i\s+|i'?ve\s+|i\s+have\s+)?"
    r"(?:changed|change)\s+(?:my|of)\s+mind[\s.!,]*",
    re.I,
)
"""A turn, or a sentence of one, that only says the mind changed ("Ok, I changed my mind."): what follows says
what to do, not a redo."""
_CONDUCT = re.compile(
    r"^(?:(?:please|pls|plz|and|just|try\s+to|(?:you|u)\s+(?:should|must|need\s+to|have\s+to))\s+)*(?:be|stay)\s+"
    r"(?:(?:a\s+)?(?:bit|little|lot)\s+|more\s+|extra\s+|very\s+|super\s+|so\s+)*"
    r"(?:careful|cautious|precise|accurate|patient|polite|honest|quick|quicker|faster|brief|briefer|concise|nice|nicer|"
    r"kind|kinder|gentle|gentler|serious|thorough)\b"
    r"(?![^.!?]*\b(?:and|but|so|now|then)\s+(?:make|add|remove|change|turn|paint|put|give|replace|erase|delete)\b)"
    r"|^(?:(?:please|pls|plz)\s+)?(?:(?:less|more)\s+(?:chatty|talkative|wordy|verbose|formal|casual)|"
    r"(?:shorter|longer|fewer)\s+(?:replies|answers|messages|words))\b",
    re.I,
)
"""How the assistant should behave ("be more careful", "pls be quicker", "less chatty pls"): acknowledged, not a
stronger or weaker retry."""
_WEB_SEARCH = re.compile(
    r"^(?:find|search(?:\s+for)?|google|look\s+(?:up|for))\s+(?:me\s+)?(?:[\w'-]+\s+){0,6}?"
    r"(?:online|on\s+the\s+(?:web|internet|net)|on\s+google|similar\s+(?:ones|photos|pics|pictures|images)|"
    r"(?:more|other)\s+(?:photos|pics|pictures|images)(?:\s+like\s+(?:this|it))?)\b",
    re.I,
)
"""A search for other photos or on the web ("find me more pics of this rodeo online"): not something this tool
does."""
_ADMIRED = re.compile(
    r"^(?:(?:omg|wow|ok(?:ay)?|lol|damn|dang|man|ooh+)[\s,!.]+)*(?:the|that|this|those|these|his|her|my|your|ur)\s+"
    r"[\w'-]+(?:\s+[\w'-]+){0,2}\s+(?:tho|though)\b\W*$",
    re.I,
)
"""A thing pointed at with "tho" ("that red tho 🔥", "the sky though"): a remark, no correction."""
_BETTER_THAN_THEN = re.compile(
    r"^(?:(?:nice|wow|omg|ok(?:ay)?|yes+|yay|honestly|actually)[\s,!.]+)*"
    r"(?:(?:it'?s|this\s+is|that'?s|this\s+one'?s|this\s+one\s+is|now\s+it'?s|looks|it\s+looks)\s+)?"
    r"(?:(?:so|much|way|a\s+lot|far|even|loads)\s+)?(?:better|nicer)\s+than\s+(?:the\s+)?"
    r"(?:first|last|other|previous|earlier|original|old|before|real|retry)\b[^,.;!?]*"
    r"(?:[,.;!]+\s*(?:thanks?|thank\s+you|thx|ty|lol|haha|love\s+it|perfect|great|nice)\b)*[\s.!\W]*$",
    re.I,
)
"""The current round praised against an earlier one ("much better than the first try, thanks", "way better than
before"): praise, not a move to the earlier one."""
_GERUND_DONE = re.compile(
    r"^(?:" + "|".join(GERUNDS) + r")\b[^,.;!?]*?\s(?:was|were|made|looked|worked|helped|did|turned\s+out)\b", re.I
)
"""An edit done, as the subject of a sentence about it ("removing the bench was a great idea", "adding the bird made
it so much better"): a remark, not a request to do it again."""
_SESSION_REMARK = re.compile(
    r"^(?:(?:the|my|your|ur|that|this)\s+(?:[\w-]+\s+){0,2}?(?:export|download|link|zip|bundle|undo|redo|share)\s+"
    r"(?:(?:totally|really|just|finally|actually)\s+)?(?:worked|works|opened|opens|loaded|loads|came\s+through|"
    r"went\s+through|(?:was|is)\s+(?:fine|perfect|great|good|working))|"
    rf"(?:round|version|v|r)\s*{NUMBER}\s+(?:was|is)\s+(?:when|where|the\s+(?:day|time|moment|point|part|bit)\b))\b"
    r"(?!.*\b(?:but|now|can\s+(?:you|u)|could\s+(?:you|u)|pls|please|plz)\b)",
    re.I,
)
"""A remark about the session, a feature that worked ("the html export worked, thanks", "ur link opens fine") or a
round as a time ("round 3 was when i got hooked"): no call, unless the turn goes on to ask for something."""
_KEPT_AS_IS = re.compile(
    r"^make\s+sure\s+(?:that\s+)?(?:the|my|our|his|her|their|its|it|this|that)\b[^,.;!?]*?\s"
    r"(?:stays?|remains?|keeps?\s+(?:its|their|the\s+same)|is\s+(?:not\s+(?:touched|changed)|untouched|unchanged|left\s+alone)|"
    r"(?:does|do)\s*n'?t\s+(?:change|move))\b[^,.;!?]*[\s.!]*$",
    re.I,
)
"""A wish that a thing stays as it is ("make sure the roof stays red"): nothing to change now."""
_IF_QUESTION = re.compile(
    r"^(?:and\s+|so\s+|but\s+)?if\s+(?:you|u|i|we)\s+[^?]*?[,\s]+(?:does|do|will|would|is|are|can|could|did)\s+[^?]+\?+\W*$"
    r"|^(?:and\s+|so\s+|but\s+)?what\s+if\s+(?:you|u|i|we)\s+[^?]*?[,\s]+(?:would|will|does)\s+(?:it|the|that|this)\b[^?]+"
    r"\?*\W*$",
    re.I,
)
"""A question about what an edit would do ("if you remove the bench does the grass get filled in?", "what if i removed
the swing, would the porch look bigger"): answered, not the edit made."""
_TAG_QUESTION = re.compile(
    r"[\s,]+(?:right|correct|isn'?t\s+it|wasn'?t\s+it|didn'?t\s+(?:you|it)|aren'?t\s+they|weren'?t\s+they)"
    r"\s*\?+\W*$",
    re.I,
)
"""A fact checked with a tag ("the bench was removed, right?"): answered in words."""
_OPINION_TAG = re.compile(
    r"[\s,]+(?:would|will|does|do|wouldn'?t|won'?t)\s+(?:that|it|this|they)\s+(?:be|look|seem)\s+(?:too\s+|a\s+bit\s+)?"
    r"(?:weird|odd|strange|good|bad|better|worse|nice|ok|okay|cheesy|tacky|fake|silly|cool)\s*\?+\W*$",
    re.I,
)
"""A change only thought about, asked for an opinion ("what if the rickshaw was green, would that be weird?")."""
_OPINION_IF = re.compile(
    r"^(?:(?:hmm+|so|ok(?:ay)?|honestly|tbh)[\s,]+)*would\s+(?:it|that|this)\s+(?:be|look)\s+"
    r"(?:too\s+|a\s+bit\s+|kinda\s+|really\s+)?(?:weird|odd|strange|bad|ugly|tacky|silly|crazy|cheesy|fake|much)\s+if\b",
    re.I,
)
"""An opinion asked about a change only thought of ("hmm would it be weird if the tent was pink"): no edit yet."""
_OPINION_WOULD = re.compile(
    r"(?:(?:hmm+|so|ok(?:ay)?|honestly|tbh|and|but)[\s,]+)*would\s+"
    r"(?!(?:you|u|ya|ye)\b|(?:it|that|this)\s+be\s+(?:possible|ok|okay|alright|fine|cool|easy|hard|difficult)\b)"
    r"[\w' -]{1,50}?\s+(?:be|look|seem)\s+[\w' -]{1,60}?\?+"
    r"(?:\s*(?:be\s+honest|honestly|thoughts\??|just\s+curious|lol|haha|tbh))?[\s.!?]*",
    re.I,
)
"""An opinion asked of a thing as it would be ("would a gold stand be tacky? be honest", "would the sushi look fancier
on a black slate?"): answered in words; asking the tool ("would you …", "would it be possible …") is a request."""
_THREAT_IF = re.compile(r"^if\s+(?:you|u)\s+[^,]+?,?\s+(?:i'?ll|i\s+will|i'?m\s+gonna)\s+\w+", re.I)
"""What the person would do if the tool did something ("if you remove the lighthouse i'll cry lol"): no request."""
_DOING_MYSELF = re.compile(
    r"^(?:(?:ok(?:ay)?|no\s+worries|nah)[\s,]+)?(?:i'?ll|i\s+will|i'?m\s+gonna|i\s+can)\s+[^.?!]*\b(?:myself|"
    r"in\s+(?:photoshop|lightroom|gimp|canva|snapseed))\b",
    re.I,
)
"""The person doing an edit themselves ("i'll remove the backpack myself in photoshop"): nothing asked now."""
_OWN_LIFE = re.compile(
    r"\b(?:(?:irl|in\s+real\s+life)(?:\s+(?:too|as\s+well|tho|though|lol|haha|honestly))*(?=[\s.!?]*$)|ours\s+(?:is|are|was|were)|our\s+(?:[\w'-]+\s+)?(?:is|are|was|were)\s+\w+|"
    r"(?:our|my)\s+[\w'-]+\s+(?:was|were)\s+(?:this|that|so)\s+\w+)\b|"
    r"^(?:brb|afk|gtg|g2g)[\s,.!]+(?:(?:i'?m\s+)?(?:gonna|going\s+to)\s+go|gotta|have\s+to)\b",
    re.I,
)
"""Talk about the person's own life, not this photo ("the garage could be cleaner irl too haha", "i wish our nursery
was this tidy lol", "wish the fireplace was real, ours is electric", "brb gonna go paint the actual shed")."""
_THOUGHT_ALOUD = re.compile(
    r"(?=.*\b(?:maybe|possibly|perhaps|thinking|was\s+thinking|i\s+guess|might)\b).*[\s,.?!…]"
    r"(?:idk|i\s+dunno|dunno|(?:hmm+[\s,]+)?not\s+sure(?:\s+yet)?|thoughts|what\s+do\s+(?:you|u)\s+think)\W*|"
    r".*[\s,.?!…](?:let\s+me\s+(?:think|sleep\s+on\s+it|mull\s+it\s+over)(?:\s+(?:about\s+it|a\s+bit|first))?|"
    r"i'?ll\s+think\s+about\s+it|(?:or\s+)?(?:maybe|possibly|probably)\s+not|never\s*mind(?:[\s,]+nothing)?|"
    r"just\s+wondering(?:\s+for\s+(?:later|now))?)\W*",
    re.I,
)
"""A change thought of aloud and left open ("maybe the tablecloth in white? idk", "the chair should be on the left...
or maybe not, let me think", "add a van and, um, actually never mind"): nothing asked yet."""
_ADVICE_OR_THEORY = re.compile(
    r"^what\s+(?:colou?r|shade|paint)\s+(?:would|should|do|does|goes)\b[^.!?]*[?.!]*$|"
    r"\b(?:in\s+principle|in\s+theory|theoretically|hypothetically)\b[^.!]*\?|"
    r"\bjust\s+(?:asking|curious|wondering)\s+how\s+(?:it|this|that|you)\s+works?\b",
    re.I,
)
"""Advice asked or the tool asked about in theory ("what colour would u paint a north facing nursery", "could you, in
principle, turn an attic into a loft?", "... just asking how it works")."""
_ASKED_HERE = re.compile(
    r"\b(?:can|could|would)\s+(?:you|u)\b|\b(?:pls|plz|please)\b|\bdo\s+the\s+same\b|"
    r"\b(?:here|in\s+the\s+(?:photo|pic|picture|image|shot))\b",
    re.I,
)
"""Words that ask for a change in this photo after a story of real life ("i painted the fence white irl, can u do the
same here")."""


_PLANNED = re.compile(
    r"^(?:and\s+|so\s+)?if\s+[^,?]+?,?\s+(?:we'?ll|i'?ll|we\s+will|i\s+will|we\s+can|we\s+could)\s+\w+|"
    r"\b(?:note\s+for\s+later|at\s+some\s+point|some\s+other\s+time|another\s+day)\b|"
    r"(?:^|[,.]\s*)(?:but\s+)?not\s+now[\s.!?]*$|"
    r"^(?:i'?m\s+|we'?re\s+)?(?:gonna|going\s+to|i'?ll|we'?ll)\s+(?:make|cook|bake|shoot|take|do|try|paint|build)\s+"
    r"(?:these|this|those|that|my|our|it|them)\b[^,.!?]*?\s+(?:again\s+)?(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"tomorrow|tonight|next\s+(?:week|time|month|year|weekend)|this\s+weekend|some\s*day|one\s+day)\b",
    re.I,
)
"""A change planned for later or only if something happens ("if the teacher likes it, we'll add the school logo",
"note for later: disco ball should be bigger", "could you maybe, at some point, not now, add a cat"), or a thing the
person will do themselves some day ("gonna make these pancakes again on sunday"): nothing asked now."""
_POSTED_ELSEWHERE = re.compile(
    r"^(?:(?:pls|please|can\s+(?:you|u)|could\s+(?:you|u))\s+)?(?:share|post|put|upload|send)(?:\s+(?:it|this|that))?(?:\s+up)?\s+"
    r"(?:on|to)\s+(?:(?:the|my|our|his|her|their)\s+(?:[\w'-]+\s+)?)?(?:facebook|fb|instagram|insta|ig|twitter|tiktok|"
    r"whatsapp|youtube|linkedin|pinterest|reddit|website|site|page|blog|feed|story)\b",
    re.I,
)
"""The photo to be posted somewhere else ("share it on facebook for me", "share on insta", "put it on the club's
website"): not a share link and not an edit; this tool cannot post."""


def talk_asking_nothing(said: str) -> str | None:
    """The talk intent of a turn about the person's own life or plans ("hold"), asking advice or how the tool works in
    theory ("capability"), asking to post the photo elsewhere ("out_of_scope"), or still undecided between options
    ("clarify"), with no change asked of this photo now; None otherwise."""
    if _ADVICE_OR_THEORY.search(said) or re.match(r"do\s+i\s+(?:need|have\s+to)\b", said, re.I):
        return "capability"
    if _POSTED_ELSEWHERE.match(said):
        return "out_of_scope"
    if _WAVERED.fullmatch(said):
        return "clarify"
    if _THOUGHT_ALOUD.fullmatch(said):
        return "hold"
    if _PLANNED.search(said):
        return "hold"
    return "hold" if _OWN_LIFE.search(said) and not _ASKED_HERE.search(said) else None


_MORE_EDITS = re.compile(r"\b(?:more|other|further)\s+(?:edits|changes|editing|tweaks|rounds)\b", re.I)
"""Words about doing more edits some time ("then more edits"): no stronger version of the last one."""
_LOOK_MYSELF = re.compile(
    r"^(?:(?:hmm+|ok(?:ay)?|wait|so|well)[\s,.!]+)*let\s+me\s+(?:"
    r"(?:get|come)\s+back\s+to\s+(?:you|u|ya)\b|"
    r"(?:look\s+at|check|view)\s+(?:it|this|that)\s+(?:first|later|properly|on\s+(?:the|my|a)\s+[\w\s-]+?(?:\s+first)?)"
    r"[\s.!]*$)",
    re.I,
)
"""The person will come back or look for themselves first ("let me get back to you about the baby", "let me look at
it on the big screen first"): no command yet."""
_STEPS_IDIOM = re.compile(
    rf"^{NUMBER}\s+steps?\s+(?:forward|ahead),?\s+(?:and\s+)?{NUMBER}\s+steps?\s+back(?:wards?)?\s*[,.;:!-]*\s+"
    r"(?!(?:pls|please|plz|then|and)\b)\w",
    re.I,
)
"""The saying "two steps forward, one step back" with a remark after it ("..., story of my life"): talk, not a
move."""


def wished_edit(text: str) -> str | None:
    """A wish said in one of the wish forms (`_WISHES`: "the walrus being grey would be nice"), a complaint that says
    how the thing should change ("the sky looks so dull, more orange maybe") or goes on to a wish ("the water is too
    flat, some waves would make it more fun"), or a suggestion (`_SUGGESTION`: "any chance of a sunset behind the
    palms?") that the model is unsure of: its instruction (`own_wish`; a suggestion's own words when they are an
    edit) when that names a thing to change, else None. Any other question is none."""
    if _OPINION_TAG.search(text):
        return None  # "what if the rickshaw was green, would that be weird?": an opinion asked for
    suggested = _SUGGESTION.match(text) is not None and not UNSURE.search(text)
    words = clean(SUGGESTED.sub("add ", text, count=1))
    complained = re.match(COMPLAINT, words, re.I)
    if "?" in text and not (suggested or complained):
        return None
    if not (suggested or complained or _WISH_WORD.search(words)):
        return None
    wished = (
        own_wish(words)
        or (own_wish(words[complained.end() :]) if complained else None)
        or (words if suggested and IMPERATIVE.match(words) else None)
    )
    if wished is None:
        return None
    doing = r"add\s+[a-z]+s\s+[a-z]+ing\s"  # "add icicles hanging from the branches": no article for `object_of`
    return wished if object_of(wished) is not None or GIVE.match(wished) or re.match(doing, wished, re.I) else None


def opinion_asked(said: str) -> bool:
    """Whether a turn asks an opinion of a change only thought of ("what if the rickshaw was green, would that be
    weird?", "would it be weird if the tent was pink", `_OPINION_WOULD`): answered in words, the change not made."""
    return bool(_OPINION_TAG.search(said) or _OPINION_IF.match(said) or _OPINION_WOULD.fullmatch(said))


def intent_of(text: str, probabilities: dict[str, float], turn: Turn) -> str:
    """The intent of one text, the model's best (`best_intent`) read with what the words say exactly: "undo …",
    "redo …" and "a new seed" name their commands, "show me"/"go back to" a round that the session has
    shows it or goes there, a text about rounds is never a new instruction (`_about_rounds`), and after an
    edit, a turn that rejects it ("no, the collar should be red") or only names another object ("no, the
    cello") corrects it."""
    words = clean(text)
    said = text.strip()
    readings = (words, said)  # an exact reading may match the turn as cleaned or as typed
    has_edit = context_of(turn).has_edit
    wh_asked = _WH_ASKED.match(said) is not None  # "what's the difference between again and stronger?"
    if _UNDO_UNDO.match(words):
        return "redo"
    if has_edit and _BACK_AND_AGAIN.fullmatch(words):
        return "retry"
    if has_edit and not turn.photo and with_and_without(said, turn.tree) and not _YES_NO.match(said):
        return "compare"  # "which looks better, with or without the lights?"; "is it better with or without?" is talk
    if has_edit and not turn.photo and (way := _way_of_last(said, turn.tree)):
        return way
    if has_edit and not turn.photo and (fix := _FIX_THE_THING.fullmatch(said)) and _last_says(fix["thing"], turn.tree):
        return "retry"  # "the projector looks weird now, fix it pls" after an edit of the projector: a new try
    if has_edit and not turn.photo and _BARE_TOO.fullmatch(said) and _added(turn.tree):
        return "edit_object"  # "sandbags too" after "add more haystacks": more sandbags
    if _HOW_MUCH_CHANGED.fullmatch(said):
        return "clarify"  # "did it change much?": a question about the result, no command
    if (
        (more := _MORE_THINGS.fullmatch(said))
        and not attribute_like(more["things"])
        and not _NOT_THINGS.match(more["things"])
        and not _last_says(more["things"], turn.tree)
    ):
        return "edit"  # "more pipes"; "more tulips" after "add tulips" is that edit stronger
    if not turn.photo and _STEPPING_AWAY.search(turn.text) and not re.match(PHOTO_VERB + r"\b", words, re.I):
        return "hold"  # "too much coffee today lol, brb": whatever came before, nothing to do now
    if has_edit and not turn.photo and ITS_PART.fullmatch(said):
        return "edit_object"  # "now its tap" after "make the samovar copper": the samovar's tap too
    if (
        _DONT_AMEND.match(words)
        or any(_UNDECIDED.match(t) for t in readings)
        or _MIND_CHANGED.fullmatch(said)
        or _STEPS_IDIOM.match(said)
        or _LOOK_MYSELF.match(said)
        or _CONDUCT.match(words)
    ):
        return "hold"
    if _ANSWERED_ITSELF.search(said):
        return "praise"
    if _UNDO_LATER.match(said) or (wh_asked and _ABOUT_A_FEATURE.match(said)):
        return "capability"
    if has_edit and back_with_reason(said):
        return "undo"  # "back one step, the silver looks grey": the reason names no round
    if _OWN_TRY.match(said):
        return "hold"
    if _UNDO_SOME.fullmatch(said):
        return "goto"  # asks which round (`command_call`)
    if _NOT_IT.fullmatch(said) or any(_DISPRAISED.fullmatch(t) for t in readings):
        return "clarify"
    if TAKES_ROUND_BACK.match(words):
        return "undo"
    if _AS_IT_WAS_THEN.match(words):
        return "goto"
    if made_on_a_round(words):
        return "edit"
    if has_edit and _UNDO_AND_RETRY.match(said):
        return "retry"
    if has_edit and _FROM_SCRATCH.fullmatch(words):
        return "goto"
    if has_edit and (again := _THING_AGAIN.fullmatch(said)) and len(again["thing"].split()) == 1:
        last = last_edit(turn.tree)
        edited = object_of(last.instruction or "") if last else None
        thing = again["thing"].lower()
        if edited is None and last is not None and (added := added_part(last.instruction or "")):
            return "retry" if said_by(thing, added) else "clarify"  # "add horses grazing behind the yurt"
        return "retry" if edited and said_by(thing, edited[1].split()[-1]) else "clarify"
    if _WEB_SEARCH.match(words):
        return "out_of_scope"
    if (rated := _RATING.match(said)) and int(rated["of"]):
        return "praise" if int(rated["score"]) * 2 >= int(rated["of"]) else "clarify"
    if _ADMIRED.match(said) or _BETTER_THAN_THEN.match(said):
        return "praise"
    if _GERUND_DONE.match(said) or _KEPT_AS_IS.match(words):
        return "hold"
    if _SESSION_REMARK.match(words):
        return "praise"
    if _IF_QUESTION.match(said) or (_HOW_IT_WORKS.match(words) and QUESTION_WORD.match(words)) or _IT_ABLE.match(said):
        return "capability"
    if _TAG_QUESTION.search(said) and not REQUEST_START.match(words):
        return "clarify"
    if opinion_asked(said) or _THREAT_IF.match(said):
        return "capability"
    if _DOING_MYSELF.match(said):
        return "hold"
    withdrawn = WITHDRAWN.search(words) is not None or DECLINED.search(words) is not None
    if _LATER_QUESTION.match(words):
        return "capability"
    if _UNDID_BY_MISTAKE.fullmatch(turn.text.strip()):
        return "redo" if turn.tree.children(turn.tree.current) else "clarify"
    if _UNDONE_AGAIN.search(words) and not withdrawn and not words.endswith("?"):
        return "redo"
    if _OWN_HABIT.match(said):
        return "clarify"  # "i undo my shoelaces all the time": a remark about the writer, no command
    if _RESTYLED.match(words):
        return "edit"
    if (command := _UNDO_REDO.match(words)) and not withdrawn and not _ABOUT_A_FEATURE.match(said):
        if (
            (_REDO_IT.match(words) or _redoes_edited_thing(words, turn))
            and has_edit
            and not turn.tree.children(turn.tree.current)
        ):
            return "retry"
        return command["verb"].lower()
    if _NEW_SEED.search(words):
        return "capability" if _ABOUT_A_FEATURE.match(said) else "retry"
    if _STOP_SHARING.match(words):
        return "revoke"
    if _SENT_ELSEWHERE.search(words):
        return "out_of_scope"  # "can u email this to my aunt": no mail, only a share link
    if _LINK_REQUEST.match(words) or _SHARE_THIS.match(words):
        return "share"
    if _SHOW_ALL.match(words):
        return "history"
    if turn.photo and NOT_THE_SAME.search(said):
        return "caption"  # "another one from that trip, dont do the same edit this time": nothing asked yet
    if turn.photo and has_edit and SAME_AGAIN.search(words):
        return "edit_same"
    if _STATUS_ASK.match(words):
        return "status"
    if (asked := _ROUND_ASKED.match(said)) and _ROUND_NAMED.fullmatch(asked["ref"]):
        return "show"
    if _HISTORY_ASK.match(words):
        return "history"
    if _DOWNLOAD.match(words):
        return "export"
    if _COMPARED_ALREADY.search(words):
        return "hold"
    if _STAYING.search(words):
        return "hold"
    if BACK_TO_THAT.match(words):
        return "goto"  # asks which round (`command_call`)
    placed = _PLACED_SIDE_BY_SIDE.match(words)
    if COMPARE_WORDS.search(words) and not (placed and not ROUND_SIDE.search(placed["things"])):
        if _COMPARE_OTHER.match(words):
            return "out_of_scope"
        return "capability" if _ABOUT_A_FEATURE.match(said) else "compare"
    if (depicted := DEPICTED.fullmatch(words)) and not done_before(depicted["doing"], turn.tree):
        return "edit"
    if set_apart(words, turn.tree):
        return "compare"
    navigation = _NAVIGATION_TO.match(words)
    if (
        navigation
        and not _TWO_SIDES.search(words)
        and not _OPENED.match(words)
        and names_a_round(navigation["ref"], turn.tree)
    ):
        looking = navigation["show"] or _ONLY_LOOK.search(words)
        return "show" if looking and not START_FROM.search(turn.text) else "goto"
    if (
        BACK_TO_IT.search(words)
        and (mentioned := mentioned_round(turn.text, turn.tree))
        and missing_round(Call("revert", {"round": mentioned[0]}), turn.tree) is None
    ):
        return "goto"
    if (picked := picked_round(text)) and missing_round(Call("revert", {"round": picked[0]}), turn.tree) is None:
        return "goto"
    if any(_FORWARD.match(t) for t in readings):
        return "redo"
    if has_edit and any(_took_back(t, turn.tree) for t in readings):
        return "undo"
    if not withdrawn and any(TAKE_BACK.match(t) for t in readings):
        return "undo"  # before any edit, answered that there is nothing to undo
    if has_edit and not withdrawn and not said.endswith("?") and (worse := _first_match(WORSE, readings)):
        return "goto" if worse["original"] else "undo"
    if has_edit and (_NOT_ENOUGH_YET.fullmatch(said) or _LITTLE_MORE.fullmatch(words)):
        return "stronger"
    if has_edit and (punch := _MORE_PUNCH.fullmatch(words)) and _last_edit_names(punch["thing"], turn.tree):
        return "stronger"
    if (
        has_edit
        and (judged := _JUDGED_AGAIN.fullmatch(said.lower()))
        and (judged["thing"] is None or _last_edit_names(judged["thing"], turn.tree))
    ):
        return "retry"
    if has_edit and _NOT_TOO.fullmatch(words):
        return "weaker"  # "not too dark" after "make the tricorn black": the same edit, toned down
    if _STYLE_OF_ROUND.match(words):
        return "clarify"  # "in the style of the original": a round is no style to copy
    if has_edit and NUMBER_PREFERRED.match(said):
        return "goto"  # "1 was better": a round picked by its number, read exactly
    if has_edit and _MOVE_IT.fullmatch(words):
        return "edit"  # "move it up a bit" after "add a hat to the man": the hat moved
    if has_edit and any(_CHANGE_TOO.fullmatch(t) for t in readings):
        return "edit_object"  # "shinier too" after "make the hatstand black": the same thing changed again
    if has_edit and _SWITCHED_TO_ORIGINAL.match(words):
        return "goto"  # "switch it to the original": that round, not an edit
    if has_edit and (_GIVEN_BACK.match(words) or _ALL_SCRAPPED.match(words)):
        return "goto"
    if _PASSED_ON.search(words):
        return "edit"  # "my brother saw it, he says remove the pylon": the request, passed on
    if has_edit and any(keeps_removed(t, turn.tree) for t in readings):
        return "undo"
    if (
        has_edit
        and (restored := _RESTORED.match(words))
        and _named_by_an_edit(restored["obj"], turn.tree)
        and not turn.tree.children(turn.tree.current)
    ):
        return "goto"  # "restore the spoon" after an older "remove the spoon": back to the round that shows it
    if has_edit and (_PUT_BACK.match(words) or _removed_back(said, turn.tree)):
        return "redo" if turn.tree.children(turn.tree.current) else "undo"
    if has_edit and _brings_back_undone(words, turn.tree):
        return "redo"
    if has_edit and BOTH_TRIES.search(words) and (COMPARE_WORDS.search(words) or _EACH_OTHER.search(words)):
        return "compare"  # "put the two pistachio tries next to each other": the tries, not pistachios moved
    if (_SIDES_SET.search(said) or "+" in said) and set_apart(said, turn.tree):
        return "compare"  # "before the headlights vs now": two rounds, each of which alone would be a move
    looked = _LOOKED.match(words)
    if looked and names_a_round(looked["ref"], turn.tree):
        return "show"
    corrects = has_edit and _act_sums(probabilities)["correction"] >= CORRECTION_OVER_ROUND
    if bare_round(text, turn.tree) and not _OPINION.search(words) and not corrects:
        return "goto"  # "the red one, no hat yet"; "the baby one, not that one" the model reads as a correction
    intent = best_intent(_about_rounds(probabilities) if ROUND_TALK.search(_QUOTED.sub("", words)) else probabilities)
    if intent in ("capability", "clarify") and (asked := _THING_CAN_BE.match(words)) and attribute_like(asked["look"]):
        return "edit"
    if intent == "clarify" and FIXES_DEFECT.match(words) and "?" not in words:
        return "edit"  # "can you fix the scratches": a vague verb, but the defect says what to mend
    if (intent == "hold" or (intent == "capability" and not said.endswith("?"))) and wished_edit(said):
        return "edit"  # "is better if the haybale is not there": a wish form, not a wait or a question
    if intent == "out_of_scope" and WRITTEN_ON.match(words):
        return "edit"  # "write SALE on the theodolite": words on a thing of the photo
    if intent in ("goto", "show") and not names_a_round(words, turn.tree) and styled_instruction(said):
        return "edit"  # "claymation version please": a new look asked for, not a round gone back to
    if intent == "goto" and _ONLY_LOOK.search(words):
        return "show"
    if intent == "goto" and _OPENED.match(words):
        return "edit"  # "reopen the hatch": a thing of the photo (a round named was read above)
    if intent == "undo" and _WANT_BACK.match(words) and not keeps_removed(words, turn.tree):
        return "clarify"  # "put the jug back" when no edit took the jug away
    if turn.photo and intent in ("stronger", "weaker") and IMPERATIVE.match(words):
        return "edit"  # a new photo's own request ("brighten it up"), not the last photo's edit made stronger
    if intent == "clarify" and has_edit and (CORRECTION_MARK.search(said) or NOT_PART.search(said)):
        meant = correction_words(said)
        asked_whole = _ASKED_FOR.search(said) is not None
        intent = _best_correction(probabilities, said_whole=asked_whole) if _names_a_fix(meant) else "clarify"
        if intent == "correct_object" and not re.match(rf"{DETERMINER}\b", meant, re.I):
            intent = "correct_attribute"  # "i meant baroque, more like a palace": a look, not a thing
    if ACT_OF.get(intent, intent) in ("edit", "correction") and SOMEONE_ELSE.match(words):
        return "clarify"
    if intent == "compare" and _REMARK.search(words):
        return "praise"
    if intent == "compare" and not _COMPARED.search(words):
        return "clarify"
    if intent == "show" and START_FROM.search(turn.text):
        return "goto"
    if intent in ("share", "export", "revoke", "history") and _ALL_SESSIONS.search(words):
        return "out_of_scope"  # "share all sessions publicly": only this session is the person's to share
    if intent == "share" and any(_SHARING_TOLD.match(t) for t in readings):
        return "praise"
    if intent in ("show", "share") and _SHOW_SOMEONE.search(words) and not _SHARE_WORDS.search(words):
        return "hold"
    if intent == "edit_same" and turn.photo and not _REPEATING.search(text):
        return "caption"
    if withdrawn and (
        intent in (*RETRYING, "undo", "redo")
        or (intent == "clarify" and (AMENDING.search(words) or DECLINED.search(words)))
        or (ACT_OF.get(intent) == "correction" and not _REJECTS.search(words))
    ):
        return "hold"
    if intent in ("share", "export", "revoke", "compare", "undo", "redo", "goto", "show", *RETRYING) and (
        _ABOUT_A_FEATURE.match(words) or _ABOUT_A_FEATURE.match(said)
    ):
        return "capability"
    if intent in ("undo", "redo", "goto", "show", "history", *RETRYING) and _HOW_IT_WORKS.match(words):
        return "capability"
    if intent in ("stronger", "weaker") and (_MORE_EDITS.search(words) or ANOTHER_TIME.search(words)):
        return "hold"
    if intent in RETRYING and (_DISAPPOINTED.search(words) or _DISAPPOINTED.search(said)):
        return "clarify"
    if intent == "history" and _OTHER_HISTORY.search(words):
        return "out_of_scope"
    if any(_DESCRIBE.match(t) for t in readings):
        return "out_of_scope"
    unsure = UNSURE.search(turn.text) is not None and not REQUEST_START.match(words)
    if intent in RETRYING and (ASKS_ABOUT_IT.match(words) or VAGUE.search(words) or OTHER_LOOK.search(words) or unsure):
        return "clarify"
    if (intent in ("goto", "clarify") or ACT_OF.get(intent) == "correction") and VAGUE.search(words):
        return "clarify"
    if ACT_OF.get(intent) == "correction" and _APPROVED_AFTER.search(said):
        return "praise"
    if (
        intent == "goto"
        and has_edit
        and _THING_ONLY.fullmatch(words)
        and not SAYS_OF.search(words)  # "the ukulele stays yellow": a sentence about it
        and _names_current(words, turn.tree)
    ):
        return "correct_object"
    if (
        has_edit
        and not turn.photo
        and any(SAME_FOR.match(t) for t in readings)
        and not NAMES_NOTHING.search(said)
        and not said.endswith("?")
    ):
        return "correct_object" if _INSTEAD.search(said) else "edit_object"  # "do that to the saucer instead"
    if turn.photo and has_edit and ((SAME_AGAIN.search(said) and not SAME_FOR.match(said)) or SAME_BUT.match(said)):
        return "edit_same"
    if has_edit and any(_ANOTHER_GO.match(t) for t in (said, words, last_clause(said))):
        return "retry"  # "lol the darts are floating, give it another shot"
    if intent == "retry" and _ADDS_A_THING.match(said):
        return "edit"
    if _MEANT_IT_AS.match(said):
        return "hold"
    if has_edit and not withdrawn and (_came_out_wrong(said, turn.tree) or _off_then_again(said, turn.tree)):
        return "retry"
    if intent in ("clarify", "edit") and has_edit and not withdrawn and _ANOTHER_TAKE.search(said):
        return "retry"
    if has_edit and _NEXT_TRY.fullmatch(said):
        return "retry"
    if intent in ("clarify", "edit", "praise") and has_edit and _PUSHED.search(said):
        return "stronger"
    if intent in ("clarify", "edit", "stronger", "weaker") and has_edit and _resizes_added(words, turn.tree):
        return "correct_attribute"
    if intent == "clarify" and has_edit and NUDGE.fullmatch(correction_words(words)) and _added(turn.tree):
        return "correct_attribute"
    if intent in BARE_READINGS and has_edit and not turn.photo and recoloured_to_another(said, turn.tree):
        return "correct_attribute"
    if intent in BARE_READINGS and BREAKS_OFF.search(words):
        return "clarify"
    if intent == "clarify" and has_edit and not turn.photo and _ALSO_THING.fullmatch(said):
        return "edit_object"
    if has_edit and not turn.photo and _ALSO_MARK.search(said) and _other_side_too(said, turn.tree):
        return "edit_object"  # "now the right one" after "make the left chair red": that edit there as well
    if (
        intent == "clarify"
        and (last := last_edit(turn.tree)) is not None
        and _one_side(turn.tree)
        and (OTHER_SIDE.fullmatch(correction_words(said)) or wrong_one(said, last.instruction or ""))
    ):
        return "correct_object"
    if intent == "clarify" and has_edit and _other_of_sided(said, turn.tree):
        return "correct_object"
    if intent == "clarify" and has_edit and (whole := _NOT_WHAT_ASKED.match(said)):
        rest = whole["rest"].strip(" .!")
        if GONE.fullmatch(rest) or IMPERATIVE.match(rest):
            return "correct_whole"
    if intent in ("stronger", "weaker") and _NEW_REQUEST.match(said) and not _same_change(words, turn.tree):
        return "edit"
    if _LITOTES.fullmatch(words):
        return "praise"
    if intent in ("stronger", "weaker") and MOVED.match(words):
        return "edit"  # "move it up a bit": where the thing goes, an edit of it
    last = last_edit(turn.tree) if intent in ("stronger", "weaker") else None
    if (less := _LESS_ON.fullmatch(words)) and last and less["look"].lower() not in words_of(last.instruction or ""):
        return "edit"  # "less red on the cup" after "add a spoon": a change of its own, not a weaker spoon
    verbless = (
        _fragment_parts(said)
        if intent in ("clarify", "retry", "stronger", "weaker") or ACT_OF.get(intent) == "correction"
        else None
    )
    if (
        intent in ("clarify", "retry", "stronger", "weaker")
        and verbless
        and _changes_another_thing(verbless, turn.tree)
    ):
        return "edit"  # "the sky more blue" after "make the cup blue": the sky, not a stronger cup
    if intent in ("clarify", "retry", "stronger", "weaker") and has_edit and _asks_look_of_another(words, turn.tree):
        return "edit"  # "can the sky look stormy" after "add fans in the bleachers"
    strength = None if unsure or wh_asked else strength_said(words, intent) or _strength_of_edit(words, intent, turn)
    if has_edit and not withdrawn and strength:
        if _tones_down_last(said, turn.tree) is False:
            return "edit"
        return "praise" if _LOVED_AFTER.search(said) and not REQUEST_START.match(words) else strength
    approved = _APPROVED.match(said) or (_ON_TOP.search(text) and not _NO_REJECTION.search(text))
    unrejected = not _REJECTS.search(text) and not AMENDING.search(text) and _asks_new_edit(text)
    if intent == "correct_whole" and has_edit and (approved or unrejected):
        return "edit"
    if (
        intent in ("correct_object", "correct_attribute")
        and has_edit
        and _TOO_AT_END.search(said)
        and not _REJECTS.search(text)
    ):
        return "edit_object"  # "lemon wedges too": the last edit on another thing, on top of it
    if ACT_OF.get(intent) == "correction" and has_edit and _APPROVED.match(said):
        return "edit"
    if (
        (ACT_OF.get(intent) == "correction" or intent == "clarify")
        and has_edit
        and not _REJECTS.search(text)
        and not CORRECTION_MARK.search(text)
        and verbless
        and _new_look_of(verbless, turn.tree)
    ):
        return "edit"  # "grass greener", "the spotlight pink pls" after "make the cup blue": a look of its own
    if ACT_OF.get(intent) == "correction" and has_edit and verbless and (way := _more_of_same(verbless, turn.tree)):
        return way  # "the cup bluer" after "make the cup blue": that edit, stronger
    if ACT_OF.get(intent) == "correction" and has_edit and _approves_last(said, turn.tree):
        return "praise"
    if intent in ("edit", "edit_object") and has_edit and not approved and _rejects_last(said, turn.tree):
        return "correct_object"
    if intent == "edit" and has_edit and _REJECTION.match(said) and not approved:
        return "correct_whole"
    if intent == "edit" and has_edit and _about_last_edit(words, turn.tree):
        return "correct_attribute"
    if ACT_OF.get(intent) == "correction" and _NEW_REQUEST.match(said) and not CORRECTION_MARK.search(said):
        return "edit"
    if (
        intent == "correct_attribute"
        and not CORRECTION_MARK.search(said)
        and not re.match(r"\W*(?:no+|nope|nah|naw)\b", said, re.I)
        and _wish_for_another(said, turn.tree)
    ):
        return "edit"  # "the saucer should be red" after "make the cup blue": another thing, not another look
    if intent in ("correct_object", "clarify", "edit", "edit_object") and has_edit and _earlier_look(words, turn.tree):
        return "goto"
    if intent in ("clarify", "praise") and has_edit and _prefers_earlier_thing(said, turn.tree):
        return "goto"
    if (
        intent == "clarify"
        and has_edit
        and _MEANT_OBJECT.match(said)
        and not ROUND_TALK.search(words)
        and not BARE_COLOUR.fullmatch(re.sub(rf"^{OWNER}\s+", "", correction_words(said), flags=re.I))
    ):
        return "correct_object"
    if ACT_OF.get(intent) == "correction" and told_of(words):
        return "hold"
    if intent in ("clarify", "correct_attribute", "correct_whole") and has_edit and _thing_after_oops(said, turn.tree):
        return "correct_object"
    if ACT_OF.get(intent) == "correction" and _FINE_AS_IS.search(words):
        return "praise"  # "ok the haystacks r fine": the thing is kept as it is, nothing corrected
    if (
        intent == "edit_object"
        and (named := _NAMED_ALONE.fullmatch(words))
        and (last := last_edit(turn.tree))
        and stem(named["noun"].lower()) in keywords(last.instruction or "")
    ):
        return "clarify"  # "the placard" after "add a placard by the door": the same thing, no other one
    if intent in ("clarify", "edit") and _REMOVE_IT.fullmatch(clean(turn.text).rstrip(" .!")):
        return "undo" if _added(turn.tree) else "clarify"  # "remove it" right after "add a croissant": that undone
    if ACT_OF.get(intent) == "correction" and said.endswith("?") and (belongs := MEANT_FOR.fullmatch(words)):
        return intent if not belongs["said"] else "clarify"  # "the silver was for the goblets?" asks, corrects nothing
    if intent == "undo" and _plain_removal(clean(turn.text), turn):
        return "edit"  # "remove the moon" even right after adding it: the moon goes, the edit stays
    if intent == "capability" and has_edit and not turn.photo and _ASKED_OF_THIS.match(said):
        return "edit"
    if intent == "revoke" and not _ACCESS_TALK.search(words):
        return "edit" if probabilities["edit"] >= REVOKE_WITHOUT_WORDS else "clarify"  # "remove the urn": no link
    if intent == "edit_same" and turn.photo and _SAME_SCENE.search(words) and not SAME_AGAIN.search(words):
        return "caption"  # "this is the same place a year later": the photo described, no edit asked for
    if intent in ("stronger", "weaker") and (said_not := _LOOK_NOT_LOOK.fullmatch(words)):
        last_words = (last.instruction or "").lower().split() if (last := last_edit(turn.tree)) else []
        if said_not["old"].lower() in last_words and said_not["new"].lower() not in last_words:
            return "correct_attribute"  # "thinner not thicker" after "make the ice look thicker"
    return intent


_LOOK_NOT_LOOK = re.compile(
    r"(?:(?:no+|nah|i\s+meant|i\s+said|meant)[\s,]+)*(?P<new>[a-z]+),?\s+not\s+(?P<old>[a-z]+)[\s.!]*", re.I
)
"""One look put for another ("thinner not thicker"): the other way, not less of the same."""


_REDO_THING = re.compile(
    r"redo\s+(?:the|those|these|that)\s+(?P<thing>[\w'-]+(?:\s+[\w'-]+)?)(?:\s+(?:pls|please|plz))?"
    r"(?:[\s,.;:!–—-]+(?:they|theyre|they'?re|it|its|it'?s|cause|because|bc|coz|since)\s[^?]*)?[\s.!]*",
    re.I,
)
"""A redo of the thing the last edit changed, maybe with why ("redo the stars theyre blurry")."""


def _removed_back(said: str, tree: RoundTree) -> bool:
    """Whether `said` ends in "bring it back" after a reason ("the boat was fine tho, bring it back") when the
    current round removed a thing: "it" is that thing."""
    current = tree.current
    last = last_clause(said)
    removed = current.instruction is not None and re.match(REMOVAL, current.instruction, re.I) is not None
    return removed and last != said.strip() and _PUT_BACK.match(clean(last)) is not None


def last_clause(said: str) -> str:
    """What `said` says after its last comma or full stop ("do it over" in "not convinced by it, do it over")."""
    return re.split(r"[,;.!]+\s+", said.strip())[-1]


def _last_says(word: str, tree: RoundTree) -> bool:
    """Whether the last edit's instruction has `word` as it is."""
    last = last_edit(tree)
    return last is not None and re.search(rf"\b{re.escape(word)}\b", last.instruction or "", re.I) is not None


def _redoes_edited_thing(words: str, turn: Turn) -> bool:
    """Whether "redo" names the thing the last edit changed ("redo the splashes" after "add splashes around the
    ball"): that edit again."""
    last = last_edit(turn.tree)
    said = _REDO_THING.fullmatch(words)
    return bool(last and last.instruction and said and said_by(said["thing"].split()[-1], last.instruction))


_FRAGMENT_MADE = re.compile(
    r"make\s+the\s+(?P<obj>.+?)\s+(?P<look>(?:(?:much|way|a\s+bit|a\s+little|a\s+lot)\s+)?(?:(?:more|less)\s+)?\S+)",
    re.I,
)
"""The thing and the look of a verbless request as `fragment_edit` words it ("make the sky | more blue")."""


_NOT_A_THING = frozenset(
    "even still bit little lot much way something anything everything needs need touch slightly somewhat kinda "
    "maybe just only also again in on at to of for with by from into".split()
)
"""Words a verbless request may open with that name no thing ("even bigger", "needs more yellow", "in red")."""


def _fragment_parts(said: str) -> tuple[str, str] | None:
    """The thing and the look a verbless request names thing first ("grass greener" -> ("grass", "greener"), "the
    sky more blue"); None for any other words, a colour alone ("bottle green") or a look said first."""
    words = clean(said).lower()
    fragment = fragment_edit(words)
    made = _FRAGMENT_MADE.fullmatch(fragment) if fragment else None
    if made is None or BARE_COLOUR.fullmatch(words) or not re.match(rf"(?:the\s+)?{re.escape(made['obj'])}\s", words):
        return None
    if set(made["obj"].split()) & _NOT_A_THING or attribute_like(made["obj"]):
        return None
    return made["obj"], made["look"]


_SAME_SCENE = re.compile(
    r"\b(?:this\s+is|this'?s|that'?s|thats|it'?s|its|here'?s|here\s+is)\s+(?:the\s+)?same\s+[\w'-]+", re.I
)
"""A new photo said to show the same thing as before ("this is the same place a year later"): a caption."""
_LOOK_ASKED = re.compile(
    r"(?:can|could)\s+(?:the|his|her|their|my|our)\s+(?P<thing>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+"
    r"(?:look|be|get|become)\s+(?P<look>(?!recycled|removed|deleted|shared|undone)[\w' -]+?)[\s?.!]*",
    re.I,
)
"""A look asked of a thing ("can the sky look stormy", "could the sea be calmer"): a change of that thing."""


def _asks_look_of_another(words: str, tree: RoundTree) -> bool:
    """Whether a turn asks a look of a thing (`_LOOK_ASKED`) that the last edit did not name ("can the sky look more
    dramatic" after "add fans in the bleachers"): a new edit, not a stronger or unclear one."""
    asked = _LOOK_ASKED.fullmatch(words)
    return asked is not None and not _last_edit_names(asked["thing"], tree)


def _changes_another_thing(verbless: tuple[str, str], tree: RoundTree) -> bool:
    """Whether a verbless request (`_fragment_parts`) asks more or less of a look of a thing the last edit did not
    name ("the sky more blue", "grass greener"), or of any thing before an edit."""
    thing, look = verbless
    changed = rf"(?:(?:much|way|a\s+bit|a\s+little|a\s+lot)\s+)?(?:more\s|less\s|(?:{COMPARATIVE})$)"
    return re.match(changed, look, re.I) is not None and not _last_edit_names(thing, tree)


def _more_of_same(verbless: tuple[str, str], tree: RoundTree) -> str | None:
    """The way a verbless request (`_fragment_parts`) of the last edit's thing changes its look ("the cup bluer"
    after "make the cup blue": "stronger"); None for any other."""
    thing, look = verbless
    last = last_edit(tree)
    if last is None or not last.instruction or not _last_edit_names(thing, tree):
        return None
    return _way_of_change(look, last.instruction)


def _new_look_of(verbless: tuple[str, str], tree: RoundTree) -> bool:
    """Whether a verbless request (`_fragment_parts`) gives a thing the last edit did not name a look it did not say
    ("grass greener" after "make the cup blue"): a new edit, not a correction of that one."""
    thing, look = verbless
    last = last_edit(tree)
    if last is None or not last.instruction or _last_edit_names(thing, tree):
        return False
    return not set(look.lower().split()) & set(words_of(last.instruction))


def _last_edit_names(thing: str, tree: RoundTree) -> bool:
    """Whether the last edit's instruction names `thing` by its last word ("the flames" after "make the candle
    flames taller")."""
    last = last_edit(tree)
    return bool(last and last.instruction and said_by(thing.split()[-1], last.instruction))


def _plain_removal(words: str, turn: Turn) -> bool:
    """Whether words read as an undo are a plain removal of a named thing ("remove the moon", even right after "put a
    crescent moon in the sky"): the thing goes, the edit stays; taking the edit back is said otherwise ("scrap the
    moon", "get rid of the moon you just added", "undo")."""
    parts = object_of(words)
    if parts is None or last_edit(turn.tree) is None or not re.fullmatch(REMOVAL, parts[0], re.I):
        return False
    named = re.fullmatch(rf"{DEFINITE}\s+[\w'-]+(?:\s+[\w'-]+){{0,3}}", parts[1], re.I) is not None
    return named and not parts[2].strip() and not _EDIT_ITSELF.search(parts[1])


def _first_match(pattern: re.Pattern[str], readings: tuple[str, ...]) -> re.Match[str] | None:
    """The match of `pattern` at the start of the first reading of the turn it matches, if any."""
    return next((match for text in readings if (match := pattern.match(text))), None)


def recoloured_to_another(said: str, tree: RoundTree) -> bool:
    """Whether the turn is only another colour ("blue", "hmm teal pls") right after an edit that recoloured a
    named object ("paint the beehives yellow"), or that edit's colour swapped for another ("change blue to red"):
    that colour instead. A question ("blue?") is no correction, nor
    a word of the object ("rose" after "make the rose purple")."""
    last = last_edit(tree)
    colour = correction_words(said)
    if said.rstrip().endswith("?") or last is None or not BARE_COLOUR.fullmatch(colour):
        return False
    parts = object_of(last.instruction or "")
    if parts is None or not re.fullmatch(RECOLOUR, parts[0], re.I) or not BARE_COLOUR.fullmatch(parts[2].strip()):
        return False
    swap = COLOUR_SWAP.fullmatch(clean(said))
    if swap and swap["old"].lower() != parts[2].strip().lower():
        return False  # "change green to red" after "make the cup blue": another green thing
    return parts[2].strip().lower() != colour.lower() and not set(colour.lower().split()) & words_of(parts[1])


def _names_current(words: str, tree: RoundTree) -> bool:
    """Whether a bare thing ("the brass lantern") can only name the round the person is on: going there does
    nothing, so after an edit it names the thing the edit should have changed."""
    try:
        return tree.resolve(words) is tree.current
    except (RoundReferenceError, NoPhotoError):
        return False


def _tones_down_last(said: str, tree: RoundTree) -> bool | None:
    """Whether a turn that only tones a thing down (`_TONE_DOWN`) tones down a thing of the last edit ("tone down
    the flames" after "add flames under the rocket": that edit weaker) or not ("tone down the sky" after "make the
    jellyfish glow": False, a new edit of that thing); None when it tones nothing down or no edit was made."""
    last = last_edit(tree)
    down = _TONE_DOWN.fullmatch(said)
    if down is None or last is None:
        return None
    return down["word"].lower() in words_of(last.instruction or "")


def _one_side(tree: RoundTree) -> bool:
    """Whether the last edit names one side ("make the left beehive white"), so "the other one" is the other."""
    last = last_edit(tree)
    return (
        last is not None
        and len({w.lower() for w in re.findall(r"\b(?:left|right)\b", last.instruction or "", re.I)}) == 1
    )


def _other_of_sided(said: str, tree: RoundTree) -> bool:
    """Whether the turn only names "the other" of the thing the last edit changed on one side ("the OTHER
    stool" after "make the stool on the left blue"): that edit on the other side. Never a question."""
    return re.match(r"(?:the\s+)?other\s", correction_words(said), re.I) is not None and _other_side_too(said, tree)


def _other_side_too(said: str, tree: RoundTree) -> bool:
    """Whether the turn names the thing of the last edit on another side ("the other one", "the right one" after
    "make the left chair red"); with a word that adds (`_ALSO_MARK`) it asks for that edit there too."""
    last = last_edit(tree)
    return (
        last is not None and not said.rstrip().endswith("?") and flipped_side(last.instruction or "", said) is not None
    )


def _came_out_wrong(said: str, tree: RoundTree) -> bool:
    """Whether the turn says the last edit came out other than it asked ("ugh that's pink, i said red" after
    "make the yarn red"): the same edit again, not another instruction."""
    last = last_edit(tree)
    came = _CAME_OUT.match(said)
    if came is None or last is None or not last.instruction:
        return False
    asked, made = words_of(came["asked"]), words_of(last.instruction)
    return bool(asked) and asked <= made and not words_of(came["got"]) & made


def _off_then_again(said: str, tree: RoundTree) -> bool:
    """Whether the turn says the last edit's own words came out wrong and asks for it again (`_OFF_THEN_AGAIN`)."""
    last = last_edit(tree)
    off = _OFF_THEN_AGAIN.fullmatch(said)
    return off is not None and last is not None and bool(words_of(off["asked"]) & words_of(last.instruction or ""))


def _thing_after_oops(said: str, tree: RoundTree) -> bool:
    """Whether the turn names, after "oops" or "i meant", one word that is no look, no comparative and no chat word,
    and that the last edit did not say (`_OOPS_THING`)."""
    oops = _OOPS_THING.fullmatch(said)
    last = last_edit(tree)
    if oops is None or last is None:
        return False
    word = (oops["thing"] or oops["meant"]).lower()
    return not (
        attribute_like(word)
        or word in COMPARATIVE_WORDS
        or word in CHAT_WORDS
        or word in _NO_THING_AFTER_OOPS
        or word in words_of(last.instruction or "")
    )


def _approves_last(said: str, tree: RoundTree) -> bool:
    """Whether the turn says yes to the last edit by naming what it did ("yes teal!", "yep, the blazer"): no
    correction, whatever follows."""
    last = last_edit(tree)
    first = re.split(r"[.!?]", said, maxsplit=1)[0]
    yes = _YES_SAID.match(first)
    if yes is None or last is None or not last.instruction:
        return False
    named = words_of(first[yes.end() :])
    return bool(named) and named <= words_of(last.instruction)


def _rejects_last(said: str, tree: RoundTree) -> bool:
    """Whether a turn read as a new edit rejects a word of the last edit ("next to the speaker, not the
    lectern" after "add a plant next to the lectern"): it corrects that edit. Never with "also"/"too"."""
    last = last_edit(tree)
    if last is None or not last.instruction or _ON_TOP.search(said):
        return False
    rejected = {(match["words"] or match["wrong"]).lower() for match in NEGATED.finditer(said)}
    return bool(rejected & words_of(last.instruction))


def _wish_for_another(said: str, tree: RoundTree) -> bool:
    """Whether `said` is a wish (`wished_edit`) for a thing no edit of the session named, and rejects nothing."""
    last = last_edit(tree)
    wished = wished_edit(said)
    before = object_of(last.instruction or "") if last else None
    after = object_of(wished) if wished else None
    return (
        before is not None
        and after is not None
        and before[1].lower() != after[1].lower()
        and not NOT_PART.search(said)
        and not _named_by_an_edit(after[1], tree)
    )


def _named_by_an_edit(thing: str, tree: RoundTree) -> bool:
    """Whether an edit of the session names `thing`'s last word (`said_by`)."""
    return any(r.instruction and said_by(thing.split()[-1], r.instruction) for r in tree.rounds)


def _prefers_earlier_thing(said: str, tree: RoundTree) -> bool:
    """Whether a turn calls a thing that only another round's edit made the better one ("the leather jacket was
    nicer" on the fur coat round after both were tried): a move to that round, not praise of this one."""
    preferred = WORDS_PREFERRED.fullmatch(said)
    if preferred is None:
        return False
    named = keywords(preferred["words"])
    current = tree.current
    if current.instruction and named <= keywords(current.instruction):
        return False
    return any(r is not current and r.instruction and named <= keywords(r.instruction) for r in tree.rounds)


def _earlier_look(words: str, tree: RoundTree) -> bool:
    """Whether a turn that only names a thing names the thing the last edit changed as an earlier edit made it look
    ("the mossy gargoyle" after "make the gargoyle look mossy", then "make the gargoyle glow"): that earlier round,
    not another object to correct the last edit to ("the mauve walls pls" after "make the walls periwinkle")."""
    match = _THING_ONLY.fullmatch(words)
    last = last_edit(tree)
    thing = POLITE.sub(" ", match["words"]).split() if match else []
    if not thing or last is None or not last.instruction:
        return False
    named, had = keywords(" ".join(thing)), keywords(last.instruction)
    if stem(thing[-1].lower()) not in had or named <= had:
        return False
    return any(r is not last and r.instruction and named <= keywords(r.instruction) for r in tree.rounds)


def _about_last_edit(words: str, tree: RoundTree) -> bool:
    """Whether the words say how the thing the last edit made or changed should be ("the stars should be
    golden" after "add stars in the sky", not "the sky should be darker"): that corrects the edit rather
    than asks for a new one. An older edit's thing counts when the words reject what that edit did ("the
    suitcase should be yellow not red" after "make the suitcase red", then "remove the bench"); a thing given
    ("give her a red scarf") is in the photo now, and a wish about it is an edit of it."""
    should = _SHOULD_BE.match(words)
    last = last_edit(tree)
    if should is None or last is None:
        return False
    rejected = {(match["words"] or match["wrong"]).lower() for match in NEGATED.finditer(words)}
    for edit in tree.lineage(last):
        if not edit.instruction or re.match(REMOVAL, edit.instruction, re.I):
            continue
        if edit is not last and not rejected & words_of(edit.instruction):
            continue  # an older edit only when the words reject what it did ("..., not red")
        if GIVE.match(edit.instruction.strip().rstrip(".!")):
            continue  # "the scarf should be longer" after "give her a red scarf": the scarf is there to edit
        made = re.split(rf"\s(?:{PLACE})\s", edit.instruction, maxsplit=1, flags=re.I)[0]
        if re.search(rf"\b{re.escape(should['noun'].split()[-1])}\b", made, re.I):
            return True
    return False


def _took_back(words: str, tree: RoundTree) -> bool:
    """Whether the words take out again the thing the current round's edit added ("take the smoke back out"
    after "add smoke coming out of the volcano", "no hat" after "add a hat on the man")."""
    back = _BACK_OUT.match(words)
    added = tree.current.instruction if tree.rounds else None
    if back is None or not added or not re.match(rf"(?:{ADDING})\b", added, re.I):
        return False
    thing = back["obj"] or back["unwanted"] or back["needless"]
    return re.search(rf"\b{re.escape(thing.split()[-1])}\b", added, re.I) is not None


def _brings_back_undone(words: str, tree: RoundTree) -> bool:
    """Whether the words want back the thing the undone edit made ("i want the dancers back" on the round
    before "add couples dancing"): the round a redo goes to must name it (a word of the same stem, or the
    same first four letters)."""
    wanted = _WANT_BACK.match(words) or _THING_BACK.fullmatch(words)
    if wanted is None or not tree.children(tree.current):
        return False
    word = stem(wanted["obj"].split()[-1].lower())
    return any(
        word == made or (min(len(word), len(made)) >= 4 and word[:4] == made[:4])
        for made in keywords(tree.resolve("next").instruction or "")
    )


def _asks_new_edit(text: str) -> bool:
    """Whether a clause of the turn is a whole instruction of its own with a named object ("sorry got
    distracted, remove the ketchup bottle"), not "make them pointy" or a bare "the car next to it"."""
    clauses = (clean(clause) for clause in re.split(r"[,.;:!?]+|\s[-–—]+\s", text))
    return any(IMPERATIVE.match(clause) and not PRONOUN.match(clause) for clause in clauses)


def _strength_of_edit(words: str, intent: str, turn: Turn) -> str | None:
    """The way a strength retry goes when a short unclear turn says it with a word of the last edit: "redder"
    or "more red" after "make the plate red" is stronger, "that's too orange" after "make the pumpkins
    brighter orange" weaker, and so is "tone down the flames" after "add flames under the rocket" (also
    when read as an edit); never a question or a "not too"."""
    last = last_edit(turn.tree)
    if last is None or not last.instruction or words.endswith("?"):
        return None
    said = _TOO_WORD.sub("", words.lower()).strip(" .!")
    if intent in ("stronger", "weaker", "correct_attribute") and (way := _way_of_change(said, last.instruction)):
        return way  # "a bit bluer" after "make the cup blue": more blue, however little
    if (again := _AGAIN_BUT.fullmatch(said)) and (way := _way_of_change(again["rest"], last.instruction)):
        return way  # "do it again but bluer" after "make the mat blue"
    if (judged := _JUDGED_THEN.fullmatch(said)) and (way := _way_of_change(judged["rest"], last.instruction)):
        return way  # "the mud looks like tar, less dark" after "make the mud look darker"
    if (than := _MORE_THAN.fullmatch(said)) and intent in _STILL_MORE_READINGS:
        made = words_of(last.instruction)
        word = than["word"] or than["than"]
        if (word in made and word in COMPARATIVE_WORDS) or any(word in _comparatives(one) for one in made):
            return "stronger"  # "greener than that" after "make the ropes green", "even greener" after "... greener"
    if intent not in ("clarify", "praise", "edit"):
        return None
    if _tones_down_last(said, turn.tree):
        return "weaker"
    if intent == "edit":
        return None
    if (too := _TOO_OF.fullmatch(said)) and too["word"] in words_of(last.instruction):
        return "weaker"
    if intent != "clarify" or (more := _MORE_OF.fullmatch(said)) is None:
        return None
    word, made = more["word"], words_of(last.instruction)
    said_again = word in made and word in COMPARATIVE_WORDS  # "bluer" after "make the ice bluer"
    return "stronger" if said_again or any(word in _comparatives(one) for one in made) else None


_AGAIN_BUT = re.compile(r"(?:(?:do|try|make)\s+(?:it|that|this)\s+|try\s+|go\s+)?again\s*,?\s+but\s+(?P<rest>.+)", re.I)
"""A retry with how it should differ ("do it again but bluer")."""
_JUDGED_THEN = re.compile(rf"{VERDICT}[,.;!]+\s*(?P<rest>.+)", re.I)
"""A verdict on the result, then how the edit should differ ("the mud looks like tar, less dark")."""


def _way_of_change(said: str, instruction: str) -> str | None:
    """ "stronger" when the words say more of a word of the instruction ("bluer" after "make the mat blue"), "weaker"
    when they say less of it ("not so green"), else None."""
    made = words_of(instruction)
    if (less := re.fullmatch(r"(?:not\s+so|less)\s+(?P<word>[a-z]+)", said)) and (
        less["word"] in made or made & _comparatives(less["word"])
    ):
        return "weaker"  # "less dark" after "make the mud darker" too
    more = _MORE_OF.fullmatch(said)
    if more and any(more["word"] in _comparatives(one) for one in made):
        return "stronger"
    return None


def _same_change(words: str, tree: RoundTree) -> bool:
    """Whether the words say the last edit's change again or its strength: "now make it bluer" after "make the mat
    blue" does, "now make it a bit thicker" asks for a new change."""
    last = last_edit(tree)
    if last is None or not last.instruction or STRONGER_WORDS.search(words) or WEAKER_WORDS.search(words):
        return True
    made = words_of(last.instruction.split(maxsplit=1)[-1]) - {"the"}
    said = words_of(words) - {"now", "then", "next", "also", "make", "turn", "the", "bit", "little", "lot", "more"}
    return any(word in made or any(word in _comparatives(m) for m in made) for word in said)


def _comparatives(word: str) -> set[str]:
    """The ways to say "more" of a word ("red" -> "redder", "more red"; "pale" -> "paler"; "rosy" -> "rosier"), to
    recognise one however it is spelt (the one `_comparative_of` gives among them)."""
    return {f"more {word}", f"{word}er", f"{word}{word[-1:]}er", f"{word}r", f"{word[:-1]}ier"}


def _added(tree: RoundTree) -> Rejected | None:
    """The current round's edit in parts when it added something ("add a sailboat on the lake"), else None."""
    added = rejected_parts(tree.current.instruction or "") if tree.rounds else None
    return added if added is not None and re.fullmatch(ADDING, added.verb, re.I) else None


def _resizes_added(words: str, tree: RoundTree) -> bool:
    """Whether the words only say how many, how big or what kind of the thing the current round's edit added
    ("two cats not one", "smaller!", "silver stars" after "add stars on the ceiling"): a correction of it."""
    added = _added(tree)
    if added is None or not added.preposition:
        return False
    said = correction_words(words).lower()
    if SIZE_ONLY.fullmatch(said) or SIZE_ONLY.fullmatch(words.split(",")[0].strip(" .!").lower()):
        return True
    *modifiers, _ = said.split() or [""]
    if not modifiers or said == added.obj.lower() or not names_added(said, added.obj):
        return False
    return all(
        word in _MODIFIERS or word.isdigit() or attribute_like(word) or SIZE_ONLY.fullmatch(word) for word in modifiers
    )


def _about_rounds(probabilities: dict[str, float]) -> dict[str, float]:
    """The intents of a turn that speaks of versions ("pull up the sailboat version"): never a new
    instruction, though it may ask for another version of the last one (a retry)."""
    kept = {intent: 0.0 if intent in EDITING - RETRYING else p for intent, p in probabilities.items()}
    total = sum(kept.values()) or 1.0
    return {intent: p / total for intent, p in kept.items()}


def _act_sums(probabilities: dict[str, float]) -> dict[str, float]:
    """Each act's probability: the sum of its intents' ("correction" is correct_object + correct_attribute + …)."""
    acts: dict[str, float] = {}
    for intent, p in probabilities.items():
        acts[ACT_OF.get(intent, intent)] = acts.get(ACT_OF.get(intent, intent), 0.0) + p
    return acts


def best_intent(probabilities: dict[str, float], *, edit_confidence: float = EDIT_CONFIDENCE) -> str:
    """The most likely intent of the most likely act (the act's probability is its intents' sum).

    Below the act's confidence threshold the turn is unclear ("clarify"); an intent that edits needs
    `EDIT_CONFIDENCE` for all editing intents together (an edit nobody asked for is the worst error,
    while mistaking a retry for a correction is a lesser one).
    """
    acts = _act_sums(probabilities)
    act, p = max(acts.items(), key=lambda item: item[1])
    intent = max((i for i in probabilities if ACT_OF.get(i, i) == act), key=probabilities.__getitem__)
    if intent in EDITING:
        return intent if sum(probabilities[i] for i in EDITING) >= edit_confidence else "clarify"
    return intent if p >= MIN_CONFIDENCE else "clarify"


def _names_a_fix(words: str) -> bool:
    """Whether a correction's own words name what was meant: a thing, a known attribute or a phrase ("the
    cellist", "teal", "baroque, more like a palace"), not a lone word like "still"."""
    return bool(re.match(rf"{DETERMINER}\b", words, re.I)) or len(words.split()) > 1 or words.lower() in ATTRIBUTES


def _best_correction(probabilities: dict[str, float], *, said_whole: bool = False) -> str:
    """For a turn marked as a correction ("i meant …", "…, not her") that the model is unsure of: its likeliest
    correction when corrections together are the likeliest act, else still "clarify"; a correction that says the
    whole new instruction ("the inkpot was fine, i asked to remove the trowel") needs no more than that."""
    acts = _act_sums(probabilities)
    if max(acts, key=acts.__getitem__) != "correction" or (acts["correction"] < MIN_CONFIDENCE and not said_whole):
        return "clarify"
    return max((i for i in probabilities if ACT_OF.get(i) == "correction"), key=probabilities.__getitem__)
