"""The rules for corrections, fourth part: who gets a thing may be told apart by what they wear ("the waiter in
the waistcoat"), and "her" alone names the new receiver; a recoloured thing's side stays with the thing, so
naming another thing drops it and "the OTHER one" flips it; "darker red than that" and "a brighter red" are
shades; polite corrections ("lovely, but i think i meant ...", "could it be ... instead of ...") say what was
meant; a "should be ... not ..." about an older edit, or a correction that rejects an older edit's thing,
corrects that edit; "that's not it at all, i wanted X removed" says the whole wanted edit, and "bubbles
rising from the lamp" a thing to add; "that's pink, i said red" makes the same edit again; a new edit after
"no, love it", "not quite done", "no wait, and ...", "actually, the X too" or "yes <what was made>!" is an
edit on top; "nope, just admiring it" and "..., you got it" change nothing."""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, decided_calls, edit_calls

MAGIC = ((None, None), (0, "give the magician in the cape a monocle"))
"""A magic show: a magician in a cape, a waiter in a waistcoat, a woman, a rabbit hat."""
BIRDHOUSES = ((None, None), (0, "make the birdhouse on the left red"))
"""Two birdhouses on a fence, a piggy bank on the sill."""
LAVA = ((None, None), (0, "make the lava lamp red"))
"""A shelf: lava lamp, piggy bank, cuckoo clock."""
LAVA_FIXED = (*LAVA, (0, "make the lava lamp purple"))
"""The shelf after a colour correction: round 2 beside round 1."""
NURSERY_TOYS = ((None, None), (0, "make the rocking horse red"), (1, "remove the windbreak"))
"""Two edits, each on the one before: the rocking horse is the older edit's thing."""
BEACH_HUT = ((None, None), (0, "remove the windbreak from the hut"), (1, "add a paddle next to the door"))
"""Two edits, each on the one before: the windbreak is the older edit's thing."""
PORCH = ((None, None), (0, "add bunting next to the door"))
"""A porch: door, birdhouse, paddle leaning on the wall."""


def _fix(instruction: str, round_index: int | None = None) -> CallList:
    args: dict[str, object] = {"instruction": instruction}
    if round_index is not None:
        args["round"] = round_index
    return [("retry_edit", args)]


@pytest.mark.parametrize(
    ("text", "rounds", "calls"),
    [
        ("not the magician, the waiter in the waistcoat", MAGIC, _fix("give the waiter in the waistcoat a monocle")),
        ("not him, her", MAGIC, _fix("give her a monocle")),
        ("a gold monocle i meant", MAGIC, _fix("give the magician in the cape a gold monocle")),
        ("the piggy bank i meant", BIRDHOUSES, _fix("make the piggy bank red")),
        ("navy, not red", BIRDHOUSES, _fix("make the birdhouse on the left navy")),
        ("the OTHER birdhouse", BIRDHOUSES, _fix("make the birdhouse on the right red")),
        ("darker red than that", LAVA, _fix("make the lava lamp darker red")),
        ("a pale cherry red, not this", LAVA, _fix("make the lava lamp pale cherry red")),
        (
            "lovely, but i think i meant the piggy bank rather than the lava lamp",
            LAVA,
            _fix("make the piggy bank red"),
        ),
        ("thank you, but could it be orange instead of red please?", LAVA, _fix("make the lava lamp orange")),
        ("next to the birdhouse, not the door", PORCH, _fix("add bunting next to the birdhouse")),
        ("the rocking horse should be white not red", NURSERY_TOYS, _fix("make the rocking horse white", 1)),
        ("i wanted the birdhouse gone, not the windbreak", BEACH_HUT, _fix("remove the birdhouse", 1)),
        ("a kayak paddle i meant", BEACH_HUT, _fix("add a kayak paddle next to the door")),
        ("that's not it at all, i wanted the piggy bank removed", LAVA, _fix("remove the piggy bank")),
        ("you misunderstood, remove the cuckoo clock", LAVA, _fix("remove the cuckoo clock")),
        ("nope, i wanted bubbles rising from the lava lamp", LAVA, _fix("add bubbles rising from the lava lamp")),
    ],
)
def test_corrections_make_the_rejected_edit_again(text: str, rounds: tuple, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize("text", ["ugh that's pink, i said red", "no. its orange. i asked for red"])
def test_a_result_that_came_out_other_than_asked_is_made_again(text: str) -> None:
    assert decided_calls(text, LAVA) == [("retry_edit", {})]


def test_saying_what_was_asked_and_got_is_no_retry() -> None:
    assert decided_calls("i said red and it's red, perfect", LAVA) == []


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("no, love it. make the paddle yellow", PORCH, "make the paddle yellow"),
        ("not quite done: add a wreath on the door", PORCH, "add a wreath on the door"),
        ("no wait, and make the paddle yellow", PORCH, "make the paddle yellow"),
        ("actually, the piggy bank too", LAVA, "make the piggy bank red"),
        ("yes purple! now make the cuckoo clock purple too", LAVA_FIXED, "make the cuckoo clock purple"),
        ("actually while we're at it remove the cuckoo clock", LAVA, "remove the cuckoo clock"),
    ],
)
def test_new_requests_after_a_kept_edit_go_on_top(text: str, rounds: tuple, instruction: str) -> None:
    assert decided_calls(text, rounds) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("nope, just admiring it", LAVA),
        ("not him? no wait it's him, you got it", MAGIC),
        ("nope, all good", BIRDHOUSES),
        ("my mistake", LAVA),
        ("that's not what i asked for, but i love it", LAVA),
        ("that's not it, the lamp looks weird", LAVA),
        ("no the bubbles rising from the lamp look fake", LAVA),
    ],
)
def test_talk_that_starts_with_no_changes_nothing(text: str, rounds: tuple) -> None:
    assert decided_calls(text, rounds) == []
