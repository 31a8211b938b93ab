"""Retries of an edit: again, stronger or weaker, again with another look, and which earlier edit a retry names."""

from __future__ import annotations

import re
from typing import Any

from assistant.references import RoundLike, RoundTree, keywords, said_by
from assistant.understanding.corrections import confirms, correct, correction_words, rejected_parts, same_thing
from assistant.understanding.phrases import attribute_like, clean, object_of, wished_instruction, words_of
from assistant.understanding.replies import NO_EDIT_TEXT
from assistant.understanding.turns import Call, Decision, Turn, last_edit
from assistant.understanding.vocabulary import (
    ADDING,
    ASKS_ABOUT_IT,
    BARE_COLOUR,
    DETERMINER,
    EDIT_VERB,
    GONE,
    NEGATED,
    OWNER,
    PLACE,
    PRESENT,
    RECOLOUR,
    REMOVAL,
    RETRYING,
    STRONGER_WORDS,
    WEAKER_WORDS,
)

_WAS_FINE = re.compile(r"(?P<kept>[\w'-]+)\s+(?:is|was|are|were)\s+fine\b", re.I)
"""A thing an edit changed said to have been fine as it was ("the lanyard was fine, ..."): that edit is rejected."""
_DEFINITE_THING = re.compile(rf"{OWNER}\s+[\w'-]+(?:\s+[\w'-]+)?", re.I)
"""A correction that only names a thing ("the eclairs")."""
_WHOLE_SAID = re.compile(rf"\b(?:{EDIT_VERB}|{'|'.join(PRESENT)})\b", re.I)
"""An edit verb in a correction: it says the whole wanted instruction."""
_BARELY_CHANGED = re.compile(
    r"^(?:(?:hmm+|hm|ugh|meh|eh|but|yeah|well|lol|so)[\s,.]+)*(?:it|that|this|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+"
    r"(?:(?:did(?:n'?t|\s+not)|does(?:n'?t|\s+not))\s+(?:really\s+)?change\s+(?:much|enough|at\s+all)|"
    r"(?:barely|hardly)\s+changed)[\s.!]*$",
    re.I,
)
"""A complaint that the last edit changed too little ("hmm it didnt change much", "the sky barely changed"): the
edit again, stronger."""
MOVED = re.compile(r"(?:move|shift|drag|nudge|slide)\s+(?:it|them|that|this|the\s+[\w'-]+)\b", re.I)
"""A thing moved ("move it up a bit"): where it goes, not how strong the edit is."""
_AS_MUCH_OF = re.compile(
    r"\b(?:half|twice|double)\s+as\s+(?:much|many)\s+"
    r"(?!(?:pls|please|plz|of|effect|strength|again|this|that|it|as|on|in|for|now|next|time|lol|haha+)\b)[a-z]",
    re.I,
)
"""An amount of some other thing ("half as much coffee for me today"): no strength of the last edit."""
_ARTICLE_PRONOUN = re.compile(
    r"\b(?:a|an|the)\s+(?:that|this|it|them|those|these)\b|^(?:add|insert|draw)\s+(?:that|this|it|them|those|these)\b|"
    rf"^{RECOLOUR}\s+{OWNER}\s+[\w'-]+(?:\s+(?!(?:like|as|to|in|on|at|for|of|from|into|onto|with)\b)[\w'-]+)?\s+"
    r"(?:that|this|it|them|those|these)$",
    re.I,
)
"""An article before a pronoun ("add a that"), a pronoun as the thing added ("add that on the bench") or as the look
a thing is made ("make the flag that"): a correction built from words that named nothing, never an edit."""
_LESS_AT_END = re.compile(r"(?:^|,\s*|\bbut\s+)less(?:\s+(?:pls|please|plz))?[\s.!]*$", re.I)
"""A bare "less" that stands alone at the end ("she looks like plastic now, less"), not "more or less"."""


def strength_said(words: str, intent: str) -> str | None:
    """The way a strength retry goes when the words say it ("too weak, crank it up" is stronger, "that's
    overcooked" or "a less saturated version of that" weaker): for a retry the model read, or a short unclear
    turn that is not a question."""
    if intent not in ("stronger", "weaker", "retry", "clarify") or words.endswith("?"):
        return None
    if intent == "clarify" and (len(words.split()) > 8 or ASKS_ABOUT_IT.match(words)):
        return None
    if _AS_MUCH_OF.search(words) or MOVED.match(words):
        return None
    stronger = STRONGER_WORDS.search(words) or _BARELY_CHANGED.match(words)
    weaker = WEAKER_WORDS.search(words)
    if intent in ("clarify", "retry") and weaker and weaker[0].lower() == "less" and not _LESS_AT_END.search(words):
        weaker = None
    if bool(stronger) == bool(weaker):
        return None
    return "stronger" if stronger else "weaker"


_ASIDE_AFTER = re.compile(
    r"(?P<core>[^.!?—–,]*\w[^.!?—–,]*,\s*not\s+\w[^.!?—–]*?|not\s+\w[^.!?—–,]*,\s*\w[^.!?—–]*?)"
    r"\s*(?:[.!]+\s+|\s+[—–-]+\s+|[—–]\s*)(?P<aside>[^.!?]+?)[\s.!?]*",
    re.I,
)
"""A whole correction, the new and the rejected, then a remark after a full stop or a dash ("not navy, maroon — our
school colours", "lilac, not purple. way lighter"); "not the cup - the saucer" is one correction, not one and a
remark."""


_BARE_AMOUNT = re.compile(
    r"(?:a\s+(?:bit|little|tad)\s+|way\s+|much\s+)?(?:more|less)(?:\s+(?:pls|please|plz))?[\s.!?]*", re.I
)
"""More or less said alone ("less pls"): after a removal, more or less of nothing named."""


def redo_edit(text: str, intent: str, turn: Turn) -> Decision:
    """A retry (same instruction, new seed, maybe stronger or weaker) or a correction of the last edit."""
    last = last_edit(turn.tree)
    if last is None:
        return Decision("clarify", reply=NO_EDIT_TEXT)
    current = turn.tree.current
    if current.parent_id is None and current not in turn.tree.lineage(last):
        return Decision(
            "clarify",
            reply=f'Round {current.index} is a new photo. Should I "{last.instruction}" on it? Say "same thing '
            f'for this one", or "go back to round {last.index}" to work on the earlier photo.',
        )
    if last.id != current.id and last.parent_id != current.id:
        return Decision(
            "clarify", reply=f'Which edit should I do again? Say "redo" to bring back "{last.instruction}".'
        )
    if (
        intent in ("stronger", "weaker")
        and _BARE_AMOUNT.fullmatch(clean(text))
        and re.match(REMOVAL, last.instruction or "", re.I)
    ):
        return Decision("clarify", reply=f'"{last.instruction}" took it out: more or less of what should I change?')
    if intent not in RETRYING and (older := _older_edit_named(text, last, turn.tree)):
        last = older
    if intent in RETRYING and last is current and (later := _later_edits_named(text, current, turn.tree)):
        if len({edit.instruction for edit in later}) > 1:
            return Decision("clarify", reply=_WHICH_LATER.format(*(f'"{edit.instruction}"' for edit in later[:2])))
        last = later[-1]
    if intent == "retry" and BARE_COLOUR.fullmatch(correction_words(text)):
        intent = "correct_attribute"  # "lets try green": another colour, not the same edit again
    args: dict[str, Any] = {}
    if intent in ("stronger", "weaker"):
        args["strength"] = intent
    elif intent == "retry" and len(text.split()) <= 8 and (way := strength_said(clean(text), intent)):
        args["strength"] = way  # "new seed, stronger": a short retry that also says which way
    elif intent != "retry":
        if (aside := _ASIDE_AFTER.fullmatch(text.strip())) and not re.match(
            rf"(?:and\s+|also\s+)?(?:{EDIT_VERB}|{DETERMINER})\b", aside["aside"], re.I
        ):
            text = aside["core"]  # "lilac, not purple. way lighter": the why after the correction is left out
        corrected = correct(last.instruction or "", text, intent) or _wished_instead(text, last.instruction or "")
        if corrected is None or _ARTICLE_PRONOUN.search(corrected):
            return Decision("clarify", reply=f'What should I change in "{last.instruction}" instead?')
        if confirms(corrected, last.instruction or ""):
            return Decision(
                "talk", reply=f'OK, I keep "{last.instruction}". Tell me the next change whenever you like.'
            )
        if _only_names_edited(text, last.instruction or ""):
            return Decision("clarify", reply=f'What should I change in "{last.instruction}"?')
        args["instruction"] = corrected
    if last is not turn.tree.current:
        args["round"] = last.index
    return Decision("retry" if intent in RETRYING else "correction", (Call("retry_edit", args),))


_RETRY_WORDS = frozenset(
    "again try seed another different more once pls please plz but new redo reroll roll go time look one version "
    "round take shot stronger weaker subtler less bit way".split()
)
"""Words a retry says whatever edit it redoes."""
_WHICH_LATER = 'Which should I do again: {} or {}? Name it, e.g. "try round 3 again".'
"""The question when a retry names a thing that two later edits changed."""


def _edits_from(current: RoundLike, tree: RoundTree) -> list[RoundLike]:
    """`current` and the edits made after it further down its branch, oldest first: the edits a retry made from
    `current` may be about."""
    return [r for r in tree.rounds if r.instruction and current in tree.lineage(r)]


def names_an_edit_from_here(thing: str, tree: RoundTree) -> bool:
    """Whether every word of a thing a retry names ("try the tartan again") is said by the current edit or an edit
    after it on its branch (`_edits_from`): the retry is of that edit, and `redo_edit` picks which."""
    current = tree.current if tree.rounds else None
    if current is None or not current.instruction or not (words := keywords(thing)):
        return False
    return any(all(said_by(word, edit.instruction or "") for word in words) for edit in _edits_from(current, tree))


def _later_edits_named(text: str, current: RoundLike, tree: RoundTree) -> list[RoundLike]:
    """The edits made after `current`, further down its branch, whose thing a retry names while it names nothing
    of `current` ("another sunset pls" at the round before "make the sky a sunset"): that edit is the one to redo.
    Empty when the retry names nothing, or names `current`'s thing too."""
    said = keywords(text) - _RETRY_WORDS
    if any(said_by(word, current.instruction or "") for word in said):
        return []
    later = [edit for edit in _edits_from(current, tree) if edit is not current]
    return [edit for edit in later if any(said_by(word, edit.instruction or "") for word in said)]


def _wished_instead(text: str, instruction: str) -> str | None:
    """A wish for the thing the last edit changed, said as the new look ("i'd rather the board was blue" after "make
    the board green"): the wish's own instruction; None for a wish about another thing or no wish."""
    said = re.sub(r"\s+instead[\s.!]*$", "", clean(text), flags=re.I)
    wished = wished_instruction(said)
    if wished == said:
        wished = wished_instruction(f"i'd rather {said}")  # "the board was blue instead", as "rather" was put
    new, old = object_of(wished), object_of(instruction)
    if wished == said or new is None or old is None or new[0] != old[0]:
        return None
    return wished if new[1].lower() == old[1].lower() and wished.lower() != instruction.lower() else None


def _only_names_edited(correction: str, instruction: str) -> bool:
    """Whether a correction only names the thing the edit already changed or added, by its bare name ("hmm the
    sign" after "add a big pretzel sign"): it says nothing to change."""
    words = correction_words(correction)
    rejected = rejected_parts(instruction)
    return (
        bool(re.fullmatch(r"the\s+[\w'-]+", words, re.I)) and rejected is not None and same_thing(words, rejected.obj)
    )


def _older_edit_named(correction: str, last: RoundLike, tree: RoundTree) -> RoundLike | None:
    """The older edit under the last one that a correction is about: the nearest whose object or attribute the
    correction names while naming nothing of the last edit's own object ("the ornaments should be silver"
    after "make the ornaments gold", then "add presents under the tree"). None for the last edit itself, and
    for a correction that rejects a thing of the last edit that the older edit does not name ("not on the table,
    on the bouncy castle" after "make the bouncy castle pink", then "add balloons on the table"), says a whole
    instruction ("remove the ball"), names the older thing only as a place ("next to the tent") or, after an
    addition at a place, only names another thing ("not the macarons, the eclairs": the new place): those redo
    the last edit. A whole instruction that rejects an older edit's thing ("i wanted the microphone gone, not the
    lanyard" after "remove the lanyard", then "add a plant") is about that edit."""
    whole = _WHOLE_SAID.search(correction) is not None
    if (recoloured := _recolouring_under_removal(correction, last, tree)) is not None:
        return recoloured
    if whole or GONE.fullmatch(correction_words(correction)):
        if (rejecting := _older_rejected(correction, last, tree)) is not None:
            return rejecting
        if whole:
            return None
    unplaced = re.sub(rf"\b{PLACE}\s+(?:{DETERMINER}\s+)?[\w'-]+", " ", correction, flags=re.I)
    said = {word.rstrip("s") for word in re.findall(r"[\w'-]+", unplaced.lower())}
    in_last = {word.rstrip("s") for word in re.findall(r"[\w'-]+", (last.instruction or "").lower())}
    rejected = {match["words"].lower().rstrip("s") for match in NEGATED.finditer(correction) if match["words"]}
    last_parts = rejected_parts(last.instruction or "")
    if last_parts is None or last_parts.obj.split()[-1].lower().rstrip("s") in said:
        return None
    placed = last_parts.preposition and re.fullmatch(ADDING, last_parts.verb, re.I)
    if placed and _DEFINITE_THING.fullmatch(correction_words(correction)):
        return None
    for older in tree.lineage(last)[1:]:
        parts = rejected_parts(older.instruction or "") if older.instruction else None
        older_words = {word.rstrip("s") for word in words_of(older.instruction or "")}
        if parts is None or (rejected & in_last and not rejected & older_words):
            continue  # "not on the table, on the bouncy castle": it rejects the last edit's thing, not this one's
        named = {parts.obj.split()[-1].lower().rstrip("s")} | {
            word.rstrip("s") for word in older.instruction.lower().split() if attribute_like(word)
        }
        if (named - in_last) & said:
            return older
    return None


def _recolouring_under_removal(correction: str, last: RoundLike, tree: RoundTree) -> RoundLike | None:
    """The nearest older recolouring under a last edit that removed something, when the correction only says a
    look ("actually gunmetal instead" after "make the hubcaps chrome", then "remove the oil can"): a removal has
    no look to correct. None otherwise."""
    words = correction_words(correction)
    last_parts = rejected_parts(last.instruction or "")
    if last_parts is None or not re.fullmatch(REMOVAL, last_parts.verb, re.I) or len(words.split()) > 3:
        return None
    if re.match(rf"{DETERMINER}\s", words, re.I) or not all(attribute_like(word) for word in words.split()):
        return None
    for older in tree.lineage(last)[1:]:
        parts = rejected_parts(older.instruction) if older.instruction else None
        if parts and re.fullmatch(RECOLOUR, parts.verb, re.I):
            return older
    return None


def _older_rejected(correction: str, last: RoundLike, tree: RoundTree) -> RoundLike | None:
    """The nearest older edit under the last one whose object the correction rejects ("not the lanyard", "the
    lanyard was fine") when it rejects nothing the last edit named; None otherwise."""
    rejected = {(match["words"] or match["wrong"]).lower().rstrip("s") for match in NEGATED.finditer(correction)}
    rejected |= {match["kept"].lower().rstrip("s") for match in _WAS_FINE.finditer(correction)}
    if not rejected or rejected & {word.rstrip("s") for word in words_of(last.instruction or "")}:
        return None
    for older in tree.lineage(last)[1:]:
        parts = rejected_parts(older.instruction) if older.instruction else None
        thing = re.split(rf"\s(?:{PLACE}|from)\s", parts.obj, maxsplit=1, flags=re.I)[0] if parts else ""
        if thing and thing.split()[-1].lower().rstrip("s") in rejected:
            return older
    return None
