"""Rules for taking the last edit back or trying it again, said around a remark.

- "actually forget the koi", "lets not do the koi", "let's skip the koi" undo the edit that added the koi (they
  asked what to change).
- "ugh the lights look tacky, take them off again", "hmm I don't like the lights, remove that edit" and "the version
  before was better tbh" undo (the first was an edit "take the lights off", the second "remove the lights edit").
- "do the horses again, they look weird", "try the horses one again", "the horses again pls" after "add horses
  grazing behind the yurt" retry it, as do "lol the horses are floating, give it another shot" (an edit "give the
  horses another shot"), "can you have another go at the fairy lights" and "retry the last one".
- A look swapped in other words corrects the last edit: "instead of purple do white", "hmm no, lime green would be
  better", "hmm rather emerald", "more of a mustard colour instead?", "instead of the orchids do the roses";
  "hmm, I'd rather have it black" still does.
- Taking off what the last edit added or gave, said as just added, undoes it: "get rid of the moon you just added"
  and "remove the moon again" after "put a crescent moon in the sky", "ugh the straw hat looks so fake, take it off"
  and "take the hat off again" after "give the gondolier a straw hat" (they were edits on top); so does throwing
  it out ("scrap the moon", "nope, lose the moon"); a plain "remove the moon" and "remove the sky" stay edits. A
  remark then "undo" undoes ("i dont like the cello, undo" asked what to change in the cello edit).
- A correction the other readings leave unanswered puts its words in place of the rejected ones: "frost not snow"
  after "cover the hut roof in snow", "on the boat deck, not the quay" after "stack lobster pots on the quay" (both
  asked what to change).
"""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, Rounds, decided_calls

KOI: Rounds = ((None, None), (0, "make the cup blue"), (1, "add koi in the pond"))
LIGHTS: Rounds = (
    (None, None),
    (0, "make the window blue"),
    (1, "add bowls on the shelf"),
    (2, "add fairy lights around the window frame"),
)
HORSES: Rounds = ((None, None), (0, "make the yurt red"), (1, "add horses grazing behind the yurt"))
ORCHIDS: Rounds = ((None, None), (0, "make the orchids purple"))
RETRY: CallList = [("retry_edit", {})]


@pytest.mark.parametrize("text", ["actually forget the koi", "lets not do the koi", "let's skip the koi"])
def test_dropping_the_last_edits_thing_undoes_it(text: str) -> None:
    assert decided_calls(text, KOI) == [("revert", {"round": "before the koi"})]


@pytest.mark.parametrize(
    "text",
    [
        "ugh the lights look tacky, take them off again",
        "hmm I don't like the lights, remove that edit",
        "the version before was better tbh",
    ],
)
def test_a_remark_then_taking_the_edit_back_undoes(text: str) -> None:
    assert decided_calls(text, LIGHTS) == [("revert", {"round": "previous"})]


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("do the horses again, they look weird", HORSES),
        ("try the horses one again", HORSES),
        ("the horses again pls", HORSES),
        ("lol the horses are floating, give it another shot", HORSES),
        ("can you have another go at the fairy lights", LIGHTS),
        ("retry the last one", LIGHTS),
    ],
)
def test_another_go_at_the_last_edit_retries(text: str, rounds: Rounds) -> None:
    assert decided_calls(text, rounds) == RETRY


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("instead of purple do white", "make the orchids white"),
        ("instead of purple, white", "make the orchids white"),
        ("hmm no, lime green would be better", "make the orchids lime green"),
        ("hmm rather emerald", "make the orchids emerald"),
        ("more of a mustard colour instead?", "make the orchids mustard"),
        ("instead of the orchids do the roses", "make the roses purple"),
        ("hmm, I'd rather have it black", "make the orchids black"),
    ],
)
def test_a_look_swapped_in_other_words_corrects(text: str, instruction: str) -> None:
    assert decided_calls(text, ORCHIDS) == [("retry_edit", {"instruction": instruction})]


MOON: Rounds = ((None, None), (0, "make the cup blue"), (1, "put a crescent moon in the sky"))
HAT: Rounds = ((None, None), (0, "make the boat red"), (1, "give the gondolier a straw hat"))
CELLO: Rounds = ((None, None), (0, "make the cup blue"), (1, "add a cello in the corner"))


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("get rid of the moon you just added", MOON),
        ("remove the moon again", MOON),
        ("scrap the moon", MOON),
        ("nope, lose the moon", MOON),
        ("ugh the straw hat looks so fake, take it off", HAT),
        ("take the hat off again", HAT),
        ("i dont like the cello, undo", CELLO),
    ],
)
def test_taking_off_what_the_last_edit_added_undoes_it(text: str, rounds: Rounds) -> None:
    assert decided_calls(text, rounds) == [("revert", {"round": "previous"})]


@pytest.mark.parametrize(
    ("text", "instruction"), [("remove the sky", "remove the sky"), ("remove the moon", "remove the moon")]
)
def test_a_plain_removal_is_an_edit(text: str, instruction: str) -> None:
    assert decided_calls(text, MOON) == [("edit_image", {"instruction": instruction})]


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("frost not snow", ((None, None), (0, "cover the hut roof in snow")), "cover the hut roof in frost"),
        (
            "on the boat deck, not the quay",
            ((None, None), (0, "stack lobster pots on the quay")),
            "stack lobster pots on the boat deck",
        ),
    ],
)
def test_words_put_in_place_of_rejected_words_correct(text: str, rounds: Rounds, instruction: str) -> None:
    assert decided_calls(text, rounds) == [("retry_edit", {"instruction": instruction})]
