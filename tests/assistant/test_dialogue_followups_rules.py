"""The exact rules `decide` uses for turns that follow an edit or come with a photo: the last edit on
another object said outright ("same for the goat", "the peahen too"), a follow-up that names nothing (no
edit), a new request led by "now"/"then"/"next" (never a correction), a thing added (never a retry) and
"give it another go" (never an edit), the last edit again on a new photo ("same again"), a new photo's own
edit after "now this one", and "them" after an addition of things named without a determiner. Each case
is a turn in a small session and the calls it must make (none: an answer in words)."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide, resolve_pronoun
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList

LLAMA = ((None, None), (0, "make the llama brown"))
"""One recolouring."""
CHESS = ((None, None), (0, "make the king gold"), (1, "remove the clock"))
"""A recolouring, then a removal."""
WINDMILL = ((None, None), (0, "make the windmill white"), (1, "add tulips in front of the windmill"))
"""A recolouring, then an addition of things without a determiner."""
CAROUSEL = ((None, None), (0, "turn on the carousel lights"), (1, "make the sky darker"))
POT = ((None, None), (0, "make the bowl glossy"))


CASES: list[tuple[str, tuple, bool, int | None, CallList]] = [
    # the last edit on another object, said outright
    ("same for the goat", LLAMA, False, None, [("edit_image", {"instruction": "make the goat brown"})]),
    ("now do the watering can", LLAMA, False, None, [("edit_image", {"instruction": "make the watering can brown"})]),
    ("pls now the goat also", LLAMA, False, None, [("edit_image", {"instruction": "make the goat brown"})]),
    ("do the same for the knight", CHESS, False, None, [("edit_image", {"instruction": "remove the knight"})]),
    ("same thing for the queen", CHESS, False, 1, [("edit_image", {"instruction": "make the queen gold"})]),
    # a follow-up that names nothing: no edit
    ("also do something cool with it", WINDMILL, False, None, []),
    ("and the other thing too", CHESS, False, None, []),
    ("can you do the thing from earlier", LLAMA, False, None, []),
    ("same for that", LLAMA, False, None, []),
    # "now", "then", "next" + an edit verb: a new edit, not a correction of the last
    ("then add cotton candy stand", CAROUSEL, False, None, [("edit_image", {"instruction": "add cotton candy stand"})]),
    ("nice, now add a rook on h1", CHESS, False, 1, [("edit_image", {"instruction": "add a rook on h1"})]),
    # a thing added to the last edit's object is a new edit, never a retry; "give it a go" is one
    ("add a crack to it", POT, False, None, [("edit_image", {"instruction": "add a crack to the bowl"})]),
    ("give it a pattern", POT, False, None, [("edit_image", {"instruction": "give the bowl a pattern"})]),
    ("give it another go", POT, False, None, [("retry_edit", {})]),
    ("give it another go, the glaze looks patchy", POT, False, None, [("retry_edit", {})]),
    # the last edit again on a new photo, and a new photo's own edit
    (
        "second windmill, pls do the same thing",
        (*WINDMILL, (None, None)),
        True,
        None,
        [("edit_image", {"instruction": "add tulips in front of the windmill"})],
    ),
    (
        "this one from the other side. same again",
        (*LLAMA, (None, None)),
        True,
        None,
        [("edit_image", {"instruction": "make the llama brown"})],
    ),
    (
        "now this one, remove the board",
        (*CHESS, (None, None)),
        True,
        None,
        [("edit_image", {"instruction": "remove the board"})],
    ),
    ("another horse, from the same farm", (*LLAMA, (None, None)), True, None, []),
    # "them" after "add tulips in front of the windmill" are the tulips
    (
        "make them red and yellow",
        WINDMILL,
        False,
        None,
        [("edit_image", {"instruction": "make the tulips red and yellow"})],
    ),
]


@pytest.mark.parametrize(("text", "rounds", "photo", "current", "calls"), CASES, ids=[c[0] for c in CASES])
def test_followup_rule(text: str, rounds: tuple, photo: bool, current: int | None, calls: CallList) -> None:
    decision = decide(Turn(text, tree(*rounds, current=current), photo=photo))
    assert [(call.name, call.args) for call in decision.calls] == calls


@pytest.mark.parametrize(
    ("instruction", "previous", "resolved"),
    [
        ("make them brighter", "add tomatoes on the vines", "make the tomatoes brighter"),
        ("make them warm white", "add fairy lights on the gazebo", "make the fairy lights warm white"),
        ("make them brighter", "add grass on the hill", "make them brighter"),
        ("make them bigger", "remove stones from the path", "make them bigger"),
    ],
)
def test_them_after_an_addition_without_a_determiner(instruction: str, previous: str, resolved: str) -> None:
    assert resolve_pronoun(instruction, previous) == resolved
