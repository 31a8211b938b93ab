"""Rules for corrections, take-backs and round picks written fresh after the understanding became a package.

- "red would've been better" regrets the colour made and corrects it; "red would be better" stays a remark.
- "this isn't it" and "that's not it" reject the last edit with nothing more: a question back, never "glad you like
  it".
- "change blue to red" and "swap blue for red" after "make the cup blue" correct the colour; "change green to red"
  names another colour, so it is a new edit.
- After an addition, "the lamp on the shelf instead" and "hat on the dog, not the man" put the same thing elsewhere;
  they used to give "add a lamp on the lamp on the shelf" and "add hat on the dog to the man".
- "apply that to the saucer" and "repeat that for the saucer" are the last edit on the saucer (they used to give
  "apply the cup to the saucer" and "make the repeat that for the saucer blue"); with "instead", or said as "switch
  that to the saucer", the saucer replaces the cup. "the plate, in red" and "no the plate and make it red" change
  both (they used to give "make the plate blue" and "make the plate and make it red").
- "how does round 2 compare to round 3" compares rounds 2 and 3, not round 3 with itself.
- "no hat", "i don't want the hat" and "hat not needed" after "add a hat on the man" undo it (they used to retry
  "add hat to the man"); "no croissant" and "no saucer" name nothing to do instead and ask (they used to make "add a
  croissant hat to the man" and "make the saucer blue"), while "no the saucer" is still "no, the saucer". "him too"
  names nobody (it was "add him to the man"), and "move it up a bit" moves the hat (it was a stronger retry).
- "put the spoon back" and "can i have my spoon back" go back to the round that still shows a spoon an earlier edit
  removed.
- "do the croissant again" retries the croissant edit; "do the cup again" when the cup's edit is not the last asks
  (it used to make "add a croissant on the cup").
- "from scratch please" goes back to the original, and "1 was better" to round 1 (not the previous round).
- A misspelt colour is put right in a correction as in an edit ("make it gren instead" -> "make the cup green", "nt"
  is "not"), never half ("make the umbrela yelow" stays as typed).
"""

from __future__ import annotations

import pytest

from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import BREAKFAST, CallList, Rounds, act_and_calls, decided_calls, edit_calls

CUP: Rounds = ((None, None), (0, "make the cup blue"))
HAT: Rounds = ((None, None), (0, "add a hat to the man"))
LAMP: Rounds = ((None, None), (0, "make the wall white"), (1, "add a lamp on the table"))


def _retry(instruction: str | None = None) -> CallList:
    return [("retry_edit", {} if instruction is None else {"instruction": instruction})]


def _revert(round_: int | str) -> CallList:
    return [("revert", {"round": round_})]


@pytest.mark.parametrize(
    ("text", "rounds", "calls"),
    [
        ("red would've been better", CUP, _retry("make the cup red")),
        ("red would have looked nicer", CUP, _retry("make the cup red")),
        ("red would be better", CUP, []),
        ("change blue to red", CUP, _retry("make the cup red")),
        ("swap blue for red", CUP, _retry("make the cup red")),
        ("replace the blue with red", CUP, _retry("make the cup red")),
        ("change green to red", CUP, edit_calls("change green to red")),
        ("the lamp on the shelf instead", LAMP, _retry("add a lamp on the shelf")),
        ("the lamp should be on the shelf", LAMP, _retry("add a lamp on the shelf")),
        ("hat on the dog, not the man", HAT, _retry("add a hat on the dog")),
        ("apply that to the saucer", CUP, edit_calls("make the saucer blue")),
        ("repeat that for the saucer", CUP, edit_calls("make the saucer blue")),
        ("apply that to the saucer instead", CUP, _retry("make the saucer blue")),
        ("do the same to the saucer instead", CUP, _retry("make the saucer blue")),
        ("switch that to the saucer", CUP, _retry("make the saucer blue")),
        ("no the saucer", CUP, _retry("make the saucer blue")),
        ("the plate, in red", CUP, _retry("make the plate red")),
        ("make it gren instead", CUP, _retry("make the cup green")),
        ("no, yelow", CUP, _retry("make the cup yellow")),
        ("nt blue, turquise", CUP, _retry("make the cup turquoise")),
        ("make the umbrela yelow", ((None, None),), edit_calls("make the umbrela yelow")),
        ("no the plate and make it red", CUP, _retry("make the plate red")),
        ("no red", CUP, _retry("make the cup red")),
        ("no saucer", CUP, []),
        ("no croissant", HAT, []),
        ("him too", HAT, []),
        ("her too", HAT, []),
        ("move it up a bit", HAT, edit_calls("move the hat up a bit")),
        ("no hat", HAT, _revert("previous")),
        ("no hat please", HAT, _revert("previous")),
        ("actually no hat", HAT, _revert("previous")),
        ("i don't want the hat", HAT, _revert("previous")),
        ("hat not needed", HAT, _revert("previous")),
        ("do the croissant again", BREAKFAST, _retry()),
        ("the croissant again", BREAKFAST, _retry()),
        ("do the cup again", BREAKFAST, []),
        ("make the cup blue again", BREAKFAST, edit_calls("make the cup blue")),
        ("the original again pls", BREAKFAST, _revert("original")),
        ("from scratch please", BREAKFAST, _revert("original")),
        ("1 was better", BREAKFAST, _revert(1)),
        ("7 was better", BREAKFAST, []),
        ("how does round 2 compare to round 3", BREAKFAST, [("compare_rounds", {"first": 2, "second": 3})]),
    ],
)
def test_corrections_take_backs_and_picks(text: str, rounds: Rounds, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize("text", ["this isn't it", "that's not it", "nope, that's not it"])
def test_a_bare_rejection_asks_and_is_never_praise(text: str) -> None:
    act, calls = act_and_calls(text, tree(*CUP))
    assert (act, calls) == ("clarify", ())


@pytest.mark.parametrize(
    "text", ["put the spoon back", "bring the spoon back", "can i have the spoon back", "i want my spoon back"]
)
def test_a_thing_an_earlier_edit_removed_is_wanted_back(text: str) -> None:
    session = tree(*BREAKFAST)
    _, calls = act_and_calls(text, session)
    assert [call.name for call in calls] == ["revert"]
    assert session.resolve(calls[0].args["round"]).index == 1  # the newest round that still shows the spoon


def test_a_thing_never_removed_is_not_wanted_back() -> None:
    assert decided_calls("put the cup back", BREAKFAST) == []
