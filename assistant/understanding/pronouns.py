"""Who or what "it", "him" or "them" means in an instruction: the last edit's object, a thing it added, or
someone the turn named first."""

from __future__ import annotations

import re

from assistant.understanding.phrases import clean, object_of, placed_look, thing_alone
from assistant.understanding.vocabulary import (
    ADDING,
    ATTRIBUTE_WORDS,
    DEFINITE,
    DETERMINER,
    GIVE,
    HER_DONE_TO,
    MORE,
    NOT_A_NOUN,
    OWNER_PRONOUN,
    PERSON_PRONOUN,
    PHOTO_PRONOUN,
    PHOTO_VERB,
    PLACE,
    RECOLOUR,
    REMOVAL,
    SAID_OBJECT,
    SHADE_MORE,
    THING_CHANGE,
    TRAILING_IT,
    WHOLE_LOOK,
)
from language.action import vocab

_WHOLE_PHOTO = r"(?:crop|rotate|flip|mirror|zoom|straighten|invert|resize|tilt)"
"""Verbs whose "it" is the photo ("crop it square"), never the last edit's object."""
_SCENE = re.compile(
    r"\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:day|night|evening|morning|afternoon|sunset|sunrise|dusk|dawn|winter|summer|"
    r"autumn|spring|daytime|night\s*time|golden\s+hour)\b"
    r"|\s+(?:more\s+)?(?:rainy|snowy|sunny|foggy|misty|stormy|cloudy|windy)\b|\s+(?:snow|rain|hail|pour|drizzle|sleet)\b"
    r"|\s+(?:in\s+)?(?:black\s+(?:and|&|n)\s+white|b\s*&\s*w|b/w|gr[ae]yscale|monochrome|sepia)\b"
    r"|\s+look\s+like\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:photo|photograph|picture|pic|polaroid|postcard|snapshot)\b"
    r"|\s+look\s+like\s+(?:it'?s\s+|it\s+is\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:day|night|evening|morning|sunset|sunrise|"
    r"dusk|dawn|winter|summer|autumn|spring|golden\s+hour)\b|\s+look\s+like\s+the\s+sun\s+is\b"
    r"|\s+look\s+like\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:film|movie)\s+still\b"
    r"|\s+feel\b",
    re.I,
)
"""What "make it" turns the whole photo into ("make it a snowy evening", "make it rainy", "make it snow", "make it
black and white", "make it look like an old film photo", "make it look like the sun is setting"): "it" is the scene,
not the last object."""
_WHERE_IT_WAS = re.compile(r"\b(?P<where>where)\s+(?:it|they)\s+(?P<was>was|were|used\s+to\s+be)\b", re.I)
"""The place of a removed thing ("add a fork where it was" after "remove the spoon" -> "... where the spoon was")."""
_SAME_PLURAL = r"(?:koi|sheep|fish|deer|people|children|geese|mice|men|women|cattle|bison|moose|salmon|trout|swine)"
"""Plurals without an "s" ("add koi in the pond": "them" are the koi)."""
_BARE_ADDED = re.compile(
    rf"^(?P<verb>{ADDING})\s+(?:(?P<more>{MORE})\s+)?(?P<obj>(?!(?:{DETERMINER}|{MORE})\b)(?:[\w'-]+\s+)?(?:[\w'-]+s|{_SAME_PLURAL}))"
    rf"(?P<rest>\s+{PLACE}\s.*|\s+[a-z]+ing(?:\s.*)?|(?(more)|(?!)))$",
    re.I,
)
"""An addition of things named without a determiner, with their place or what they do ("add tulips in front of the
windmill", "add leaves falling"), or with how many more ("add more prawns"): "them" are those."""
_MASS_ADDED = re.compile(
    rf"^(?P<verb>{ADDING})\s+(?P<obj>(?!(?:{DETERMINER}|{MORE})\b)[a-z]+(?<!s))"
    rf"(?P<rest>\s+(?:{PLACE}|from)\s.*)$",
    re.I,
)
"""An addition of one stuff without a determiner, with its place ("add mist over the terraces")."""
_ONE_MORE = re.compile(
    rf"^(?P<head>give\s+(?:{DETERMINER}\s+[\w'-]+(?:\s+[\w'-]+)?|him|her|them))\s+one$"
    rf"|^(?P<verb>add|put|place)\s+one\s+(?P<place>{PLACE}\s+.+)$",
    re.I,
)
"""The thing the last edit added or gave, asked for again as "one" ("give the goat one", "add one on the roof")."""


_INTRODUCED = re.compile(
    r"^(?:(?:hi+|hello|hey)[!,.]*\s+)?(?:this\s+is|these\s+are|here'?s|meet)\s+"
    r"(?:my|our|the)\s+(?P<obj>[\w'-]+(?:\s+[\w'-]+)?)\s*[,.!:;–—-]+\s+(?P<rest>.+)$",
    re.I,
)
"""Someone introduced before a request about "him", "her" or "them" ("this is my dog, give him a bow tie")."""


_NAMED_AS = re.compile(r"\s+(?:is|was)\s+an?\s+(?P<name>[\w'-]+(?:\s+[\w'-]+)?)\s*[,:–—-]", re.I)
"""A vague thing said to be something ("the thing on the left is a vending machine, remove it"): that is its name."""
_SAME_ONE = re.compile(
    r"\s+(?:is|was)\s+(?!(?:in|on|at|by|near|next|behind|beside|with|from|under|over|not|so|too|very|really)\b)"
    r"(?:my\s+|our\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s*[,:–—-]",
    re.I,
)
"""Someone said to be someone ("the monk is brother tomas, remove him"): "him" is the one named first."""
_JUDGED = re.compile(r"\s+(?:looks?|seems?|looking)\s+[^,]+[,:–—-]", re.I)
"""Someone said to look some way ("the judge looks grumpy, make him look friendlier"): "him" is the one judged."""
_PARTICLE_AFTER = re.compile(
    r"^(?P<verb>tone|take|turn|clean|tidy|light|brighten|smooth|cut|blur)\s+(?:it|them|him|her)\s+"
    r"(?P<particle>down|up|out|off|away)\b",
    re.I,
)
"""A verb whose particle follows "it" ("tone it down", "take him out"): the object goes after the particle."""


def introduced_first(text: str) -> str:
    """A turn that introduces someone and then asks for an edit of "him", "her" or "them", as that edit of them
    ("this is my dog. give him a bow tie" -> "give the dog a bow tie"); other turns as they are."""
    if (intro := _INTRODUCED.match(text)) and (person := PERSON_PRONOUN.match(rest := clean(intro["rest"]))):
        return f"{person['verb']} the {intro['obj']}{rest[person.end() :]}"
    return text


_NAMED_BEFORE = re.compile(
    r"^(?:(?:see|do\s+you\s+see|look\s+at)\s+)?(?P<who>the\s+(?!(?:photo|pic|picture|image|one|rest)\b)"
    r"[\w'-]+(?:\s+(?:(?:on|behind|beside|by|near|in|with|and)\s+(?:his|her|their)|"
    r"(?!(?:is|are|was|were|looks?|seems?|his|her|their|again|but)\b)[\w'-]+)){0,7}?)\s*(?:,|\?|!|\.{1,3}|…)\s+"
    rf"(?P<rest>(?:(?:pls|please|can\s+(?:you|u)|could\s+(?:you|u))\s+)?{PHOTO_VERB}\b.*)$",
    re.I,
)
"""Someone named alone before a request about "him" or "her" ("the doorman, put a hat on him", "see the kid by the
pool? make him jump in"): "him" is the one named."""
_OBJECT_HER = re.compile(rf"\bher\b{HER_DONE_TO}", re.I)
_TWO_NAMED = re.compile(r"\s(?:and|or|n|&)\s|\b(?:two|both|three|several)\b|\w+s\b(?<!'s)$", re.I)
"""A name of more than one ("the bellhop and the doorman", "the two kids"): no single "him"."""


def named_before(text: str) -> str | None:
    """A turn that names someone and then asks for an edit of "him" or "her", as that edit of the one named
    ("the woman on the left, make her laugh" -> "make the woman on the left laugh"); "" when more than one is
    named ("the bellhop and the doorman... put a hat on him", "the bride and her mum, make her dress red", "the elf
    and the deer behind her... make it glow": which one?); "them" after two named is both ("the groom and his dad,
    make them wave"); None when the turn is not of that shape."""
    said = _NAMED_BEFORE.match(text.strip())
    if said is None:
        return None
    rest = said["rest"]
    two = _TWO_NAMED.search(said["who"]) is not None
    if two and PHOTO_PRONOUN.match(clean(rest)) and not re.search(r"\bthem\b", rest, re.I):
        return ""  # "the elf and the deer behind her... make it glow": which one?
    plural = re.search(r"\b(?:it|them|its|their)\b", rest, re.I) is not None
    one_of_them = re.search(r"\b(?:him|his|her)\b", rest, re.I) is not None
    if two and one_of_them and not plural:
        return ""  # "the bride and her mum, make her dress red": whose?
    both = re.search(r"\bthem\b", rest, re.I) and not re.search(r"\b(?:it|its|their)\b", rest, re.I)
    if two and not one_of_them and both:
        return re.sub(r"\bthem\b", said["who"], rest, count=1, flags=re.I)  # "the groom and his dad, make them wave"
    singular = re.search(r"\b(?:him|his)\b", rest, re.I) or _OBJECT_HER.search(rest)
    if not singular or plural:
        return None
    who = said["who"]
    rest = re.sub(r"\bhis\b", f"{who}'s", rest, flags=re.I)
    return _OBJECT_HER.sub(who, re.sub(r"\bhim\b", who, rest, flags=re.I))


_TOO = r"(?:(?:way|much|far|a\s+(?:bit|little)|kinda|so)\s+)?too\s+"
""""too", maybe with how much ("way too", "a bit too"), before a look a thing has too much of."""
_TOO_MUCH = re.compile(
    rf"\s+(?:is|are|looks?|seems?)\s+{_TOO}(?P<how>[a-z]+)\b(?:\s+(?:now|overall|here))?\s*(?:,|[-–—]+|:)\s*$", re.I
)
"""A thing said to be too much of a look ("the sky is way too grey, ..."): what a fix makes less."""
_FIX_IT = re.compile(
    r"(?:fix|correct|sort|sort\s+out|tone\s+down|tone)\s+(?:it|that|this|them)(?:\s+(?:out|down))?[\s.!]*"
)
"""A fix that points back at what the turn said was wrong ("fix that", "tone it down")."""
_PHOTO_TOO = re.compile(
    r"^(?:this|it|it'?s|the\s+(?:whole\s+)?(?:photo|picture|pic|image|shot))\s*(?:is|looks?|'s)?\s+"
    rf"{_TOO}[a-z]+\b(?:\s+(?:now|overall))?\s*,\s+(?P<rest>.+)$",
    re.I,
)
"""The whole photo said to be too much of a look before a request of "it" ("this is way too yellow overall, cool it
down"): "it" is the photo."""


def named_first(instruction: str) -> str:
    """An object named (and maybe judged) before an edit of "it": "the hydrant looks dull, make it red" ->
    "make the hydrant red", "the pimple on my chin, remove it" -> "remove the pimple on my chin"."""
    said = SAID_OBJECT.match(instruction)
    if said is None and (whole := _PHOTO_TOO.match(instruction)) and (pointed := PHOTO_PRONOUN.match(whole["rest"])):
        return f"{pointed['verb']} the photo{whole['rest'][pointed.end() :]}"
    if said is None:
        return instruction
    rest = clean(said["rest"])
    clause = instruction[said.end("obj") : said.start("rest")]
    if (too := _TOO_MUCH.match(clause)) and _FIX_IT.fullmatch(rest):
        return f"make {said['obj']} less {too['how']}"  # "the sky is too grey, fix that": less grey
    if (named := _NAMED_AS.match(clause)) and re.search(r"\b(?:thing|object|stuff)\b", said["obj"], re.I):
        return named_first(f"the {named['name']}, {said['rest']}")  # "the thing on the left is a vending machine"
    if particle := _PARTICLE_AFTER.match(rest):
        return f"{particle['verb']} {particle['particle']} {said['obj']}{rest[particle.end() :]}"
    if pronoun := PHOTO_PRONOUN.match(rest):
        return f"{pronoun['verb']} {said['obj']}{rest[pronoun.end() :]}"
    if re.match(PHOTO_VERB + r"\b", rest, re.I) and (trailing := re.search(r"\s(?:it|them)$", rest, re.I)):
        return f"{rest[: trailing.start()]} {said['obj']}"
    person = PERSON_PRONOUN.match(rest)
    if person and (_SAME_ONE.match(clause) or _JUDGED.match(clause)):
        return f"{person['verb']} {said['obj']}{rest[person.end() :]}"  # "the monk is brother tomas, remove him"
    if not re.match(r"\s*[,:–—-]", clause):
        return instruction  # "my uncle is the blacksmith, make his hammer shinier": whose is unclear
    if person:
        return f"{person['verb']} {said['obj']}{rest[person.end() :]}"
    if owner := OWNER_PRONOUN.match(rest):
        mark = "'" if said["obj"].endswith("s") else "'s"
        return f"{owner['verb']} {said['obj']}{mark} {rest[owner.end() :]}"
    return instruction


_WORN = frozenset(word for noun in (*vocab.WEARABLES, *vocab.FACIAL_HAIR) for word in noun.word.split())
"""Words of things worn: what is added on someone ("add a hat on the man": "him" is the man)."""
_PUT_ON = re.compile(
    rf"^(?P<verb>{ADDING})\s+(?P<thing>.+?)(?<!next)(?<!close)\s+(?P<on>on|onto|to)\s+(?P<who>the\s+[\w'-]+(?:\s+[\w'-]+)?)[.!]*$",
    re.I,
)
"""Something put on or given to someone ("put a gold chain on the raccoon", "add a scarf to the snowman")."""
_DOING = re.compile(r"\s+(?:[a-z]+ing|in|on|at|by|near|next|close|behind|beside|with|under|over|from)\b.*$", re.I)
"""What an added one does or where it goes, after its name ("a pizzaiolo | pulling a pizza out")."""


_PERSON_OWNER = re.compile(r"(?P<who>the\s+[\w-]+)'s\s+[\w-]+(?:\s+[\w-]+)?$", re.I)
"""A thing with its owner ("the gondolier's shirt"): the owner is who "him" or "her" is after the edit."""
GIVEN_MANY = re.compile(
    rf"give\s+(?P<who>{DEFINITE}\s+[\w'-]+\s+and\s+{DEFINITE}\s+[\w'-]+|the\s+(?:two|three|four)\s+[\w'-]+)\s+\S",
    re.I,
)
"""Two or more given something in one edit ("give the gondolier and the tourist straw hats", "give the two women
towels"): who "them" is."""


def _someone_in(previous: str, added: str | None) -> str | None:
    """Who "him" or "her" is after the edit `previous` (which added `added`, `_added_thing`): the one given
    something ("give the mahout a turban"), the one something was put on ("put eclipse glasses on the dog"), or the
    one added ("add a gondolier by the poles"); None otherwise, since a thing the edit changed is seldom "him"
    ("make the light softer")."""
    said = previous.strip().rstrip(".!")
    if (parts := object_of(said)) and (owner := _PERSON_OWNER.match(parts[1])):
        return owner["who"]  # "make the gondolier's shirt red": "him" is the gondolier
    if give := GIVE.match(said):
        return give["who"] if re.match(rf"{DEFINITE}\s", give["who"], re.I) else None
    put = _PUT_ON.match(said)
    if put and (put["on"] == "to" or put["verb"].lower() != "add" or put["thing"].split()[-1].lower() in _WORN):
        return put["who"]
    if added is None or not re.match(r"an?\s", added, re.I):
        return None
    return _DOING.sub("", re.sub(r"^an?\s+", "the ", added, flags=re.I))


_PRONOUN_WORD = re.compile(r"\b(?:him|her|his|its|it|them|their)\b")
"""A pronoun an instruction may say of someone or something it does not name."""


def resolve_pronoun(instruction: str, previous: str | None) -> str:
    """ "make it green" after "make the cup blue" -> "make the cup green", "add some rust to it" after
    "make the truck silver" -> "add some rust to the truck", and "make him laugh" after "give the mahout a
    turban" -> "make the mahout laugh"; unchanged when unclear, or when the last instruction says the same pronoun
    ("give him ear defenders" after "put a yellow hard hat on him": the same "him")."""
    if previous is not None and set(_PRONOUN_WORD.findall(instruction.lower())) & set(
        _PRONOUN_WORD.findall(previous.lower())
    ):
        return instruction
    added = None if previous is None else _added_thing(previous)
    if added is not None and (one := _ONE_MORE.match(instruction)):
        return f"{one['head']} {added}" if one["head"] else f"{one['verb']} {added} {one['place']}"
    person = PERSON_PRONOUN.match(instruction)
    if person and "them" in person[0].lower() and previous and (two := GIVEN_MANY.match(previous.strip())):
        return f"{person['verb']} {two['who']}{instruction[person.end() :]}"  # "make them wave": both given hats
    if person and previous is not None and "them" not in person[0].lower() and (who := _someone_in(previous, added)):
        return f"{person['verb']} {who}{instruction[person.end() :]}"
    match = PHOTO_PRONOUN.match(instruction)
    trailing = None if match else TRAILING_IT.search(instruction)
    given = ("give", added, "") if added is not None and GIVE.match(previous or "") else None
    said = match[0] if match else trailing[0] if trailing else ""
    them = re.search(r"\bthem\b", said, re.I) is not None
    bare = None if previous is None else _bare_added(previous) if them else _mass_added(previous)
    parts = None if previous is None else object_of(previous) or bare or given
    if parts is not None and re.match(REMOVAL, parts[0], re.I):
        removed = parts[1]  # "it" is gone: only where it was can be meant
        return _WHERE_IT_WAS.sub(lambda m: f"{m['where']} {removed} {m['was']}", instruction, count=1)
    if (match is None and trailing is None) or parts is None:
        if them and match is not None and previous is not None and (things := _only_things(previous)):
            return f"{match['verb']} {things}{instruction[match.end() :]}"  # "make them glossy": the leather covers
        return instruction
    verb, obj, rest = parts
    obj = re.sub(r"^(?:a|an|some)\s+", "the ", obj, flags=re.I)
    if (pair := _LOOKED_PAIR.fullmatch(obj)) and pair["look"].lower() in ATTRIBUTE_WORDS:
        obj = f"{pair['first']} and {pair['second']}"  # "them" after "make the cup blue and the saucer red"
    obj = obj if them else thing_alone(obj)
    if them and (doing := re.fullmatch(r"(?P<things>.*[^s\s]s)\s+[a-z]{3,}ing", obj, re.I)):
        obj = doing["things"]  # "add some birds flying over the hill": "them" are the birds
    if them and not _plural(obj.split()[-1]) and not re.search(r"\sand\s", obj, re.I):
        if match is not None and previous is not None and (things := _only_things(previous)):
            return f"{match['verb']} {things}{instruction[match.end() :]}"  # "make them crispier": the dumplings
        return instruction  # "them" names several things, not the last edit's one object
    if re.fullmatch(RECOLOUR, verb, re.I) and (placed := placed_look(rest)):
        obj = f"{obj} {placed[0]}"  # "make the kart in front orange": "it" is the kart in front
    if trailing is not None:
        if trailing["its"] and _owns_its(instruction):
            return instruction
        if trailing["its"]:
            return f"{instruction[: trailing.start()]}{obj}'s {instruction[trailing.end() :]}"
        if trailing["mid"]:
            return instruction[: trailing.start("mid")] + obj + instruction[trailing.end("mid") :]
        return instruction[: trailing.start("it")] + obj
    assert match is not None
    if re.fullmatch(_WHOLE_PHOTO, match["verb"], re.I) or _names_after_pointer(instruction[match.end() :], match[0]):
        return instruction
    if re.fullmatch(r"make|turn", match["verb"], re.I) and _SCENE.match(instruction[match.end() :]):
        return instruction
    return f"{match['verb']} {obj}{instruction[match.end() :]}"


_LOOKED_PAIR = re.compile(rf"(?P<first>.+?)\s+(?P<look>[\w-]+)\s+(?:and|&)\s+(?P<second>{DETERMINER}\s.+)", re.I)
"""Two things an instruction changed, each with its look ("the cup blue and the saucer" of "make the cup blue and
the saucer red"): "them" are the two things."""
_NOT_PLURAL = frozenset({"is", "was", "has", "does", "its", "this", "his", "hers", "yours", "ours", "theirs", "less"})
"""Words ending in "s" that are no things."""


def _only_things(instruction: str) -> str | None:
    """The one plural thing an instruction names, with "the" and the word before it ("the peacock feathers" of "add
    peacock feathers to the mask", "the dumplings" of "add steam rising from the dumplings"); None when it names
    none or several, or removes them."""
    if re.match(REMOVAL, instruction, re.I):
        return None  # "remove stones from the path": those are gone
    words = instruction.rstrip(".!").split()
    plural = [at for at, word in enumerate(words) if word.lower() not in _NOT_PLURAL and _plural(word)]
    if len(plural) != 1 or plural[0] == 0:
        return None
    at = plural[0]
    before = words[at - 1].lower()
    if re.fullmatch(rf"{DETERMINER}|{MORE}", before, re.I) or re.fullmatch(PHOTO_VERB, before, re.I):
        return f"the {words[at]}"
    if re.fullmatch(r"[a-z][\w'-]*", before) and not re.fullmatch(rf"{PLACE}|of|and|with|from|to|into", before):
        return f"the {before} {words[at]}"
    return f"the {words[at]}"


def _plural(word: str) -> bool:
    """Whether a noun reads as plural ("apples", "koi"), so "them" can be it."""
    return re.search(r"[^s']s$", word, re.I) is not None or re.fullmatch(_SAME_PLURAL, word, re.I) is not None


def _owns_its(instruction: str) -> bool:
    """Whether the instruction's own object, a named thing it changes rather than adds, is what "its" speaks of
    ("make the capybara show its teeth", "paint the moped in its original red"), not the last edit's object ("open
    its door", "put a bell on its handlebar")."""
    parts = object_of(instruction)
    return (
        parts is not None
        and not re.fullmatch(ADDING, parts[0], re.I)
        and re.match(rf"{DEFINITE}\s+(?!its\b)", parts[1], re.I) is not None
    )


_PLACE_AFTER = re.compile(
    r"\s+(?:in|on|at|into|onto|behind|beside|by|near|next\s+to|over|under|above|below|around|from|to|inside|across)\s+",
    re.I,
)
"""Where an added thing goes, after it ("a crescent moon | in the sky")."""


def added_part(instruction: str) -> str | None:
    """The words of what an addition adds or a gift gives, without its place ("a crescent moon" of "put a crescent
    moon in the sky", "horses grazing" of "add horses grazing behind the yurt", "a straw hat" of "give the
    gondolier a straw hat"); None for any other edit."""
    if give := GIVE.match(instruction):
        return give["thing"]
    if verb := re.match(rf"(?:{ADDING})\s+", instruction, re.I):
        return _PLACE_AFTER.split(instruction[verb.end() :], maxsplit=1)[0]
    return None


def _added_thing(instruction: str) -> str | None:
    """The thing an addition adds or a gift gives, with its article ("a top hat" of "give the puppet a top hat",
    "a hippo" of "add a hippo in the pool"); None for any other edit or for a look given to the photo."""
    said = instruction.strip().rstrip(".!")
    if give := GIVE.match(said):
        return (
            None
            if WHOLE_LOOK.search(give["thing"]) or not re.match(r"(?:a|an|some)\s", give["thing"], re.I)
            else give["thing"]
        )
    parts = object_of(said)
    if parts is None or not re.fullmatch(ADDING, parts[0], re.I) or not re.match(r"(?:a|an|some)\s", parts[1], re.I):
        return None
    return parts[1]


def _names_after_pointer(rest: str, pointed: str) -> bool:
    """Whether "this" or "that" is a determiner of the noun after it ("make that sleigh look older"), not a pronoun
    ("make that bigger", "make that darker", "move that to the left", "make that look older")."""
    if not re.search(r"\b(?:this|that|these|those)$", pointed, re.I):
        return False
    return not (
        NOT_A_NOUN.match(rest) or THING_CHANGE.fullmatch(rest) or re.match(rf"\s+(?:looks?|{SHADE_MORE})\b", rest, re.I)
    )


def _mass_added(instruction: str) -> tuple[str, str, str] | None:
    """`object_of` for an addition of one stuff named without a determiner and with its place ("add mist over the
    terraces", "add smoke from the chimney"): "it" is the mist, the smoke."""
    if (added := _MASS_ADDED.match(instruction)) is None:
        return None
    return added["verb"], f"the {added['obj']}", added["rest"]


def _bare_added(instruction: str) -> tuple[str, str, str] | None:
    """`object_of` for an addition of things without a determiner: ("add", "the tulips", " in front of ...")."""
    if (added := _BARE_ADDED.match(instruction)) is None:
        return None
    return added["verb"], f"the {added['obj']}", added["rest"]
