"""Round 24's rules, each from a miss of the development sets r22-r23:

- tries are named by place even when an edit was made on top of them ("back to the second try", "keep the first
  try"), by the thing they edited ("the first attempt at the flames"), by number ("try number two") or as "the
  other try" ("the earlier attempt was better"); "the first try was better, go back to it" goes there;
- "him"/"her" after an edit is the one given something, the one something was put on, or the one added ("make him
  laugh" after "give the mahout a red turban"); after an edit of a thing, "him" stays as said;
- "much better than the first try, thanks" is praise, not a move; "let me get back to you about the baby" and
  "let me look at it on the big screen first" wait; "whats the difference between retry and a new seed" is a
  question; "which try is this one?" and "round number rn?" ask for the status;
- a verdict before a strength or "again" is a retry ("not enough, it still looks like sand", "the mud looks like
  tar, less dark", "the lavender looks plastic, again", "more oomph on the flames", "third time lucky? go", "redo
  the stars theyre blurry");
- "go back one, the headlights look cheesy" and "undo the very last thing" go one step back; "dont undo anything,
  just looking" does nothing; "undo a few" asks how far;
- a verbless look of another thing is a new edit ("grass greener pls", "the sky more blue"), of the same thing a
  stronger or weaker retry ("the cup bluer") or a new look ("the cup greener"); "dark green would be better. do it
  that way" corrects, said alone it asks; "can i have the old one back?" undoes, "give me a variation" retries,
  "add this to my album" is out of scope and "save it to my computer" exports.
"""

from __future__ import annotations

import pytest

from assistant.errors import RoundReferenceError
from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

TRIED_THEN_ON_TOP: Rounds = (
    (None, None),
    (0, "add flames on the hood"),
    (0, "add flames on the hood"),
    (2, "add stars on the roof"),
)
TRIED: Rounds = ((None, None), (0, "add an axe in the bullseye"), (0, "add an axe in the bullseye"))


@pytest.mark.parametrize(
    ("text", "reference", "index"),
    [
        ("back to the second try", "the second try", 2),
        ("go back to the first try", "the first try", 1),
        ("keep the first try", "the first try", 1),
        ("the second attempt was better", "the second try", 2),
        ("go back to the first try of the flames", "the first try of the flames", 1),
        ("go back to try #2", 2, 2),
    ],
)
def test_tries_named_after_an_edit_on_top(text: str, reference: int | str, index: int) -> None:
    assert decided_calls(text, TRIED_THEN_ON_TOP) == [("revert", {"round": reference})]
    assert tree(*TRIED_THEN_ON_TOP).resolve(reference).index == index


def test_tries_named_by_their_thing_or_number() -> None:
    session = tree(*TRIED_THEN_ON_TOP)
    assert session.resolve("the first attempt at the flames").index == 1
    assert session.resolve("try number two").index == 2
    assert session.resolve("the first try of the stars").index == 3
    with pytest.raises(RoundReferenceError, match="no try number 2"):
        session.resolve("the second try of the stars")
    with pytest.raises(RoundReferenceError, match="No edit mentions"):
        session.resolve("the first try of the dragon")


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("the earlier attempt was better", "the other try"),
        ("the other try was better", "the other try"),
        ("the first try was better, go back to it", "the first try"),
        ("the first one was better, go back to it", 1),
    ],
)
def test_the_try_preferred(text: str, reference: int | str) -> None:
    assert decided_calls(text, TRIED) == [("revert", {"round": reference})]
    assert tree(*TRIED).resolve("the other try").index == 1
    assert tree(*TRIED, current=1).resolve("the other try").index == 2


def test_no_other_try_of_an_edit_made_once() -> None:
    with pytest.raises(RoundReferenceError, match="no other try"):
        tree((None, None), (0, "add an axe in the bullseye")).resolve("the other try")


@pytest.mark.parametrize(
    ("last", "text", "instruction"),
    [
        ("give the mahout a red turban", "now make him laugh", "make the mahout laugh"),
        (
            "add a gondolier next to the mooring poles",
            "make him wave at the camera",
            "make the gondolier wave at the camera",
        ),
        ("put eclipse glasses on the dog", "make him sit on the blanket", "make the dog sit on the blanket"),
        ("put a gold chain on the raccoon", "make him grin", "make the raccoon grin"),
        ("add a pizzaiolo pulling a pizza out", "give him a white apron", "give the pizzaiolo a white apron"),
        ("make the light softer", "give him a hat", "give him a hat"),
        ("make the cup blue", "make her smile", "make her smile"),
    ],
)
def test_him_or_her_after_an_edit(last: str, text: str, instruction: str) -> None:
    assert decided_calls(text, ((None, None), (0, last))) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("much better than the first try, thanks", "talk"),
        ("nice, way better than before", "talk"),
        ("let me get back to you about the baby", "talk"),
        ("hmm let me look at it on the big screen first", "talk"),
        ("whats the difference between retry and a new seed", "talk"),
        ("which try is this one?", "status"),
        ("is this the first or the second try?", "status"),
        ("round number rn?", "status"),
    ],
)
def test_remarks_and_questions_around_tries(text: str, act: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*TRIED)))
    assert decision.act == act
    assert [c.name for c in decision.calls] == (["session_status"] if act == "status" else [])


def test_a_new_seed_asked_for_is_still_a_retry() -> None:
    assert decided_calls("again with a new seed", TRIED) == [("retry_edit", {})]


MUD: Rounds = ((None, None), (0, "make the mud look darker"))
CANDLES: Rounds = (
    (None, None),
    (0, "make the candle flames taller"),
    (0, "make the candle flames taller"),
    (2, "add lavender sprigs next to the jars"),
)
TRAM: Rounds = (
    (None, None),
    (0, "paint the old tram yellow"),
    (1, "add snow on the tracks"),
    (2, "turn on the tram's headlights"),
)


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (MUD, "not enough, it still looks like sand", [("retry_edit", {"strength": "stronger"})]),
        (MUD, "the mud looks like tar, less dark", [("retry_edit", {"strength": "weaker"})]),
        (MUD, "less dark", [("retry_edit", {"strength": "weaker"})]),
        (CANDLES[:3], "more oomph on the flames", [("retry_edit", {"strength": "stronger"})]),
        (CANDLES, "the lavender looks plastic, again", [("retry_edit", {})]),
        (CANDLES, "The lavender looks plastic. Again!", [("retry_edit", {})]),
        (CANDLES, "third time lucky? go", [("retry_edit", {})]),
        (((None, None), (0, "add tiny gold stars on the nails")), "redo the stars theyre blurry", [("retry_edit", {})]),
    ],
)
def test_retries_said_with_a_verdict(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


def test_more_force_on_another_thing_is_no_retry() -> None:
    assert [name for name, _ in decided_calls("more oomph on the jars", CANDLES[:3])] != ["retry_edit"]


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("go back one, the headlights look cheesy", [("revert", {"round": "previous"})]),
        ("undo the very last thing", [("revert", {"round": "previous"})]),
        ("dont undo anything, just looking", []),
        ("dont undo anything, just make the sky red", edit_calls("make the sky red")),
    ],
)
def test_steps_back_with_a_reason_and_declined(text: str, calls: CallList) -> None:
    assert decided_calls(text, TRAM) == calls


CUP: Rounds = ((None, None), (0, "make the cup blue"))


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("grass greener pls", edit_calls("make the grass greener")),
        ("the sky more blue", edit_calls("make the sky more blue")),
        ("sky much more vivid", edit_calls("make the sky much more vivid")),
        ("the cup bluer", [("retry_edit", {"strength": "stronger"})]),
        ("cup less blue", [("retry_edit", {"strength": "weaker"})]),
        ("the cup greener", [("retry_edit", {"instruction": "make the cup greener"})]),
        ("dark green would be better. do it that way", [("retry_edit", {"instruction": "make the cup dark green"})]),
        ("dark green would be better", []),
        ("can i have the old one back?", [("revert", {"round": "previous"})]),
        ("give me a variation", [("retry_edit", {})]),
        ("add this to my album", []),
        ("save it to my computer", [("export_session", {"format": "bundle"})]),
    ],
)
def test_verbless_looks_and_other_asks_after_an_edit(text: str, calls: CallList) -> None:
    assert decided_calls(text, CUP) == calls


def test_a_verbless_look_with_a_new_photo_is_an_edit() -> None:
    assert decided_calls("the sky more blue", ((None, None),), photo=True) == edit_calls("make the sky more blue")


@pytest.mark.parametrize("text", ["undo a few", "undo some of it", "go back a few steps"])
def test_a_way_back_with_no_count_asks_how_far(text: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*TRAM)))
    assert decision.calls == ()
    assert "Which round" in (decision.reply or "")
