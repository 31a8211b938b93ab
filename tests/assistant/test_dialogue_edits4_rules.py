"""The rules that make a fourth batch of plain edit requests in messy wording an edit with a clean instruction:
a clause about a thing before an edit of "it" or "them" ("why is the armoire brown, make it white"), text-speak
after a request ("rn", "tbh", "fr fr") and slang before it ("ngl", "lowkey"), a thing that "kinda needs to go" or
"gotta go", wishes put as "X being Y would be nice", "X would look way better in Y", "wish X was Y", "X should
really be Y", "it'd be cool if X had Y", "what if X had Y", "X could wear Y", "is there any way X could be Y" and
"can we have X a bit taller", two requests joined by "&", "it" inside an instruction after a preposition ("add a
pattern to it, like vines"), and a name before a dash on a new photo; beside look-alikes that stay words: a
clause whose "it" names no thing, an edit with no change, wishes about real life and remarks with slang. Each case
is a turn in a small session and the exact calls."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, decided_calls, edit_calls

UPLOAD = ((None, None),)
ANVIL = ((None, None), (0, "make the anvil silver"))
NEW_PHOTO = (*ANVIL, (None, None))

EDITS: list[tuple[str, tuple, CallList]] = [
    # a clause about a thing, then an edit of "it" or "them"
    ("why is the armoire brown, make it white", UPLOAD, edit_calls("make the armoire white")),
    ("why are the footstools so dull, make them brighter", UPLOAD, edit_calls("make the footstools brighter")),
    ("the lectern is too shiny, darken it", UPLOAD, edit_calls("darken the lectern")),
    ("i don't like the footstools, take them out", UPLOAD, edit_calls("take the footstools out")),
    ("that hourglass is an eyesore, lose it", UPLOAD, edit_calls("remove that hourglass")),
    ("why is there a tricycle in my photo, delete it", UPLOAD, edit_calls("delete the tricycle")),
    ("nobody needs to see the pram by the door. remove it pls", UPLOAD, edit_calls("remove the pram by the door")),
    ("those totems are bugging me, make them grey", UPLOAD, edit_calls("make those totems grey")),
    # text-speak and slang around a request
    ("add a ukulele on the chair rn", UPLOAD, edit_calls("add a ukulele on the chair")),
    ("make the xylophone rainbow tbh", UPLOAD, edit_calls("make the xylophone rainbow")),
    ("put a bow on the porcupine fr fr", UPLOAD, edit_calls("put a bow on the porcupine")),
    ("ngl the anvil kinda needs to go", UPLOAD, edit_calls("remove the anvil")),
    ("the letterbox gotta go", UPLOAD, edit_calls("remove the letterbox")),
    ("lowkey want the letterbox red", UPLOAD, edit_calls("make the letterbox red")),
    # wishes
    ("the walrus being grey would be nice", UPLOAD, edit_calls("make the walrus grey")),
    ("the loom would look way better in red", UPLOAD, edit_calls("make the loom red")),
    ("wish the abacus was gold, could u", UPLOAD, edit_calls("make the abacus gold")),
    ("the totem should really be green", UPLOAD, edit_calls("make the totem green")),
    ("it'd be cool if the porcupine had a scarf", UPLOAD, edit_calls("give the porcupine a scarf")),
    ("what if the walrus had a tiny crown", UPLOAD, edit_calls("give the walrus a tiny crown")),
    ("any chance the walrus could wear a bow tie?", UPLOAD, edit_calls("make the walrus wear a bow tie")),
    ("is there any way the armoire could be open?", UPLOAD, edit_calls("make the armoire open")),
    ("can we have the lectern a bit taller", UPLOAD, edit_calls("make the lectern a bit taller")),
    # two requests joined by "&"
    ("remove the anvil & add a windchime", UPLOAD, edit_calls("remove the anvil", "add a windchime")),
    # "it" inside the instruction means the last edit's thing
    ("add a pattern to it, like vines", ANVIL, edit_calls("add a pattern to the anvil, like vines")),
    ("put a sign on it that says 'forge'", ANVIL, edit_calls("put a sign on the anvil that says 'forge'")),
]

WORDS: list[tuple[str, tuple]] = [
    # a clause whose "it" names no thing, or an edit that says no change
    ("my sister hates it, remove it", UPLOAD),
    ("the anvil looks off, fix it", UPLOAD),
    # wishes about real life and remarks with slang
    ("wish the walrus had stayed longer at the zoo", UPLOAD),
    ("i wish my aunt would sell the armoire", UPLOAD),
    ("tbh the loom is fine as it is", ANVIL),
    ("ngl that anvil looks heavy", ANVIL),
]


@pytest.mark.parametrize(("text", "rounds", "expected"), EDITS, ids=[text for text, *_ in EDITS])
def test_a_messy_request_is_one_clean_edit_each(text: str, rounds: tuple, expected: CallList) -> None:
    assert decided_calls(text, rounds) == expected


@pytest.mark.parametrize(("text", "rounds"), WORDS, ids=[text for text, _ in WORDS])
def test_a_look_alike_makes_no_edit(text: str, rounds: tuple) -> None:
    assert not [name for name, _ in decided_calls(text, rounds) if name in ("edit_image", "retry_edit")]


def test_a_name_before_a_dash_on_a_new_photo_leaves_it_to_the_photo() -> None:
    decision = decide(Turn("ukulele practice - turn it black and white", tree(*NEW_PHOTO), photo=True))
    assert [(call.name, call.args) for call in decision.calls] == edit_calls("turn it black and white")
