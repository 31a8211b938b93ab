"""The rules that answer a vague turn with a question, and their clear look-alikes that act: "it", "that one" or
"them" before any edit with a change of a thing, not of the whole photo ("make it blue", "give it a hat"); an edit
of "the thing" or "stuff", or an addition of "something"; a named thing to look epic or inviting, to have more
character, or its vibe fixed; one thing or another left open ("either the lectern or the obelisk"); asks that undo
each other in one turn ("bigger and smaller", "remove it but keep it"); a request that breaks off after "for" or
"like"; "the usual"; another colour, not said which; and a comparative said again alone after the edit that said
it, which is more of it (never read as a misspelt verb: "bluer" is no "blur"). Each rule is checked beside a turn
that looks like it and must do otherwise."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from assistant.understanding.decision import _CONTRADICTED, _contradicts
from assistant.understanding.edits import _EITHER, _NO_CHANGE_NAMED, only_pointed
from assistant.understanding.vocabulary import VAGUE
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, decided_calls, edit_calls

UPLOAD = ((None, None),)
SATCHEL = ((None, None), (0, "make the satchel green"))
"""One recolouring of a named object."""
TOTEM = ((None, None), (0, "make the totem pole taller"))
"""One edit that said a comparative."""

NO_EDIT: list[tuple[str, tuple]] = [
    # "it", "that one", "them" with nothing before it to name
    ("make it teal", UPLOAD),
    ("turn that one orange pls", UPLOAD),
    ("can you make them a bit bigger", UPLOAD),
    ("give it a scarf", UPLOAD),
    ("move this to the right", UPLOAD),
    ("put it next to the lectern", UPLOAD),
    # the thing, the stuff, something
    ("make the thing in the corner smaller", UPLOAD),
    ("swap this stuff out", UPLOAD),
    ("add something next to the obelisk", UPLOAD),
    ("get rid of the thing over there", UPLOAD),
    # a named thing to look good in words that name no change
    ("make the obelisk look more epic", UPLOAD),
    ("make the lectern more inviting", UPLOAD),
    ("give the satchel more character", UPLOAD),
    ("fix the vibe of the bagpipes pic", UPLOAD),
    ("make the lectern different", UPLOAD),
    ("give it a makeover", SATCHEL),
    ("the usual", SATCHEL),
    ("make it slap", SATCHEL),
    ("try a different colour", SATCHEL),
    ("another shade pls", SATCHEL),
    ("make the pinwheel stand out, any ideas", UPLOAD),
    # one or the other
    ("change either the lectern or the obelisk to silver", UPLOAD),
    ("remove one of the pinwheels", UPLOAD),
    # asks that undo each other
    ("make the obelisk bigger and smaller", UPLOAD),
    ("brighter but also darker pls", SATCHEL),
    ("taller... no shorter... no taller", TOTEM),
    ("remove the satchel but keep it", UPLOAD),
    ("add fog but i dont want fog", UPLOAD),
    ("make the satchel greener but less green", SATCHEL),
    ("make the totem red and not red", UPLOAD),
    ("make the obelisk bigger and then smaller", UPLOAD),
    ("remove the lectern and then make it gold", UPLOAD),
    ("make the totem red, actually leave it, actually hmm", UPLOAD),
    # requests that break off
    ("swap the bagpipes for", UPLOAD),
    ("make the obelisk look like", UPLOAD),
]

ACTS: list[tuple[str, tuple, CallList]] = [
    ("make it brighter", UPLOAD, edit_calls("make it brighter")),
    ("turn it into a watercolor", UPLOAD, edit_calls("turn it into a watercolor")),
    ("give it a film look", UPLOAD, edit_calls("give it a film look")),
    ("make it pixel art", UPLOAD, edit_calls("make it pixel art")),
    ("make the pinwheel bigger", UPLOAD, edit_calls("make the pinwheel bigger")),
    ("make the stuff on the lectern blue", UPLOAD, edit_calls("make the stuff on the lectern blue")),
    ("actually make the totem red, actually blue", UPLOAD, edit_calls("make the totem blue")),
    ("add a bird next to the obelisk", UPLOAD, edit_calls("add a bird next to the obelisk")),
    ("make the obelisk look older", UPLOAD, edit_calls("make the obelisk look older")),
    ("swap the bagpipes for a violin", UPLOAD, edit_calls("swap the bagpipes for a violin")),
    (
        "make the sky brighter and the grass darker",
        UPLOAD,
        edit_calls("make the sky brighter", "make the grass darker"),
    ),
    ("make the satchel darker, no, lighter", UPLOAD, edit_calls("make the satchel lighter")),
    ("taller!", TOTEM, [("retry_edit", {"strength": "stronger"})]),
    ("another one", SATCHEL, [("retry_edit", {})]),
    ("bluer!!", ((None, None), (0, "make the satchel bluer")), [("retry_edit", {"strength": "stronger"})]),
]


@pytest.mark.parametrize(("text", "rounds"), NO_EDIT, ids=[t for t, _ in NO_EDIT])
def test_vague_turns_make_no_edit(text: str, rounds: tuple) -> None:
    assert not [name for name, _ in decided_calls(text, rounds) if name in ("edit_image", "retry_edit")]


@pytest.mark.parametrize(("text", "rounds", "calls"), ACTS, ids=[t for t, *_ in ACTS])
def test_clear_look_alikes_act(text: str, rounds: tuple, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


def test_each_rule_reads_its_own_words() -> None:
    assert only_pointed("make that one shiny") and not only_pointed("make it black and white")
    assert only_pointed("give it a bow") and not only_pointed("give it a comic book style")
    assert only_pointed("delete this") and not only_pointed("make the lectern blue")
    assert _NO_CHANGE_NAMED.match("make the thing bigger") and not _NO_CHANGE_NAMED.match("make the pinwheel bigger")
    assert _NO_CHANGE_NAMED.match("add something on the shelf")
    assert not _NO_CHANGE_NAMED.match("add something like a kite on the shelf")
    assert not _NO_CHANGE_NAMED.match("remove the part of the fence on the left")
    assert not _NO_CHANGE_NAMED.match("replace the thing on the left with a clock")
    assert VAGUE.search("make the lectern more fun") and not VAGUE.search("make the lectern more blue")
    assert _EITHER.search("paint either the lectern or the obelisk red") and not _EITHER.search("paint the lectern red")
    assert _CONTRADICTED.search("add snow but i dont want snow")
    assert not _CONTRADICTED.search("add snow but dont add snow on the totem")
    assert _contradicts("bigger and smaller") and not _contradicts("darker, no wait, lighter")
    assert not _contradicts("make the sky brighter and the grass darker")


def test_it_may_point_back_at_a_thing_named_in_an_earlier_message() -> None:
    session = tree(*UPLOAD)
    said = (("user", "here's my grandpa's lectern"), ("assistant", "Got your photo: it is round 0."))
    plain = (("user", "here's my photo"), ("assistant", "Got your photo: it is round 0."))
    assert [call.name for call in decide(Turn("make it blue", session, messages=said)).calls] == ["edit_image"]
    assert decide(Turn("make it blue", session, messages=plain)).calls == ()


def test_it_after_a_named_edit_is_that_thing_in_an_edit_or_a_correction() -> None:
    """ "make it teal" after "make the satchel green": the satchel, made teal on top of the green or instead of it
    (either reading leaves a teal satchel; which one the model prefers has changed between retrainings)."""
    calls = decided_calls("make it teal", SATCHEL)
    assert len(calls) == 1 and calls[0][0] in ("edit_image", "retry_edit")
    assert calls[0][1] == {"instruction": "make the satchel teal"}
