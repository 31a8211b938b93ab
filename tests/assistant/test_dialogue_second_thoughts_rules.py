"""Rules for a second thought about the last edit.

- After "make the cup blue", a colour put forward ("or red", "or maybe red?", "maybe red?"), said after "actually"
  ("actually make it red") or with "in" ("in red instead") is the cup in that colour instead: a correction, never
  an edit on top ("actually make it red" was an edit on top for some colours and a correction for others, "or red"
  gave "make the cup or red", "in red instead" asked what to change).
- A second thought said as such ("changed my mind, red", "on second thought make it red", "change of plan: red",
  "I changed my mind, make it red", "change of plans, the saucer") corrects the last edit; with "too", "also" or
  "as well" it adds to it, and "never mind, make the saucer red" is the next edit.
- "the saucer was what i meant" is "i meant the saucer"; "instead of the spoon remove the knife" and "it's the fork
  that should go" correct the removal ("instead of the spoon remove the knife" made "remove the of the spoon ...").
- Before any edit, or after an edit that recoloured nothing, a colour alone is no correction.
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

UPLOAD: Rounds = ((None, None),)
CUP: Rounds = ((None, None), (0, "make the cup blue"))
SPOON: Rounds = ((None, None), (0, "remove the spoon"))
HAT: Rounds = ((None, None), (0, "add a hat to the man"))


def fixed(instruction: str) -> CallList:
    """The last edit made again from its parent with `instruction`."""
    return [("retry_edit", {"instruction": instruction})]


@pytest.mark.parametrize(
    "text",
    [
        "actually make it red",
        "or red",
        "or maybe red?",
        "maybe red?",
        "in red instead",
        "in red please",
        "changed my mind, red",
        "on second thought make it red",
        "change of plan: red",
        "I changed my mind, make it red",
        "never mind that, red",
    ],
)
def test_another_colour_on_second_thought_corrects_the_recolouring(text: str) -> None:
    assert decided_calls(text, CUP) == fixed("make the cup red")


@pytest.mark.parametrize(
    ("text", "rounds", "calls"),
    [
        ("change of plans, the saucer", CUP, fixed("make the saucer blue")),
        ("on second thought, the saucer", CUP, fixed("make the saucer blue")),
        ("the saucer was what i meant", CUP, fixed("make the saucer blue")),
        ("the saucer is what i meant", CUP, fixed("make the saucer blue")),
        ("plan b: remove the cup", CUP, fixed("remove the cup")),
        ("changed my mind, make it red", SPOON, fixed("make the spoon red")),
        ("changed my mind, a scarf", HAT, fixed("add a scarf to the man")),
        ("instead of the spoon remove the knife", SPOON, fixed("remove the knife")),
        ("Instead of the spoon, remove the knife please", SPOON, fixed("remove the knife")),
        ("it's the fork that should go", SPOON, fixed("remove the fork")),
        ("it's the saucer that should be blue", CUP, fixed("make the saucer blue")),
    ],
)
def test_a_second_thought_about_the_thing_or_the_whole_edit_corrects_it(
    text: str, rounds: Rounds, calls: CallList
) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize(
    ("text", "rounds", "calls"),
    [
        ("make it red", CUP, edit_calls("make the cup red")),
        ("on second thought, also add a hat", CUP, edit_calls("add a hat")),
        ("on second thought, remove the spoon too", CUP, edit_calls("remove the spoon")),
        ("changed my mind, add a croissant as well", CUP, edit_calls("add a croissant")),
        ("never mind, make the saucer red", CUP, edit_calls("make the saucer red")),
        ("in red", SPOON, []),
        ("in blue", CUP, []),
        ("in red", UPLOAD, []),
        ("or maybe red?", UPLOAD, []),
        ("changed my mind, make it red", UPLOAD, []),
        ("it's the fork that should go", UPLOAD, []),
    ],
)
def test_second_thoughts_that_add_or_come_before_any_edit_correct_nothing(
    text: str, rounds: Rounds, calls: CallList
) -> None:
    assert decided_calls(text, rounds) == calls
