"""The rules `decide` uses for turns around uploads, looking and handing out: a caption before a request
with a new photo is left out of the request, "same thing", "can you do this one as well" or "make it look like
the last one" with a new photo repeats the last edit on it,
"the last two" are the two newest rounds (siblings after a retry), "what have you done" lists the rounds
and a download exports the session."""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree

PORCH = ((None, None), (0, "make the lawn greener"))
"""One photo with one edit."""
RETRIED = ((None, None), (0, "remove the chair"), (1, "make the rug red"), (1, "make the rug red"))
"""A retry: rounds 2 and 3 are siblings made from round 1."""


def _calls(text: str, rounds: tuple, *, photo: bool = False) -> list[tuple[str, dict]]:
    return [(call.name, call.args) for call in decide(Turn(text, tree(*rounds), photo=photo)).calls]


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("garage for the listing, make it brighter please", "make it brighter"),
        ("my niece painted this, can you make it look like an oil painting", "make it look like an oil painting"),
        ("from our trip to lisbon, remove the tourists", "remove the tourists"),
    ],
)
def test_a_caption_before_a_request_is_left_out_of_the_edit(text: str, instruction: str) -> None:
    assert _calls(text, ((None, None),), photo=True) == [("edit_image", {"instruction": instruction})]


def test_an_object_named_before_the_request_stays_in_the_edit() -> None:
    calls = _calls("the sky, make it pink", ((None, None),), photo=True)
    assert calls == [("edit_image", {"instruction": "make the sky pink"})]


@pytest.mark.parametrize(
    "text",
    [
        "porch, same thing please",
        "do the same here",
        "ditto for this one 🙏",
        "can you do this one as well",
        "make it look like the last one",
    ],
)
def test_same_thing_with_a_new_photo_repeats_the_last_edit_on_it(text: str) -> None:
    calls = _calls(text, (*PORCH, (None, None)), photo=True)
    assert calls == [("edit_image", {"instruction": "make the lawn greener"})]


def test_same_thing_with_a_first_photo_makes_no_edit() -> None:
    assert _calls("porch, same thing please", ((None, None),), photo=True) == []


@pytest.mark.parametrize(
    "text", ["put the last two side by side", "compare the two rugs", "compare these 2", "last two next to each other"]
)
def test_the_last_two_are_the_two_newest_rounds(text: str) -> None:
    assert _calls(text, RETRIED) == [("compare_rounds", {"first": 2, "second": 3})]


@pytest.mark.parametrize("text", ["what have you done in total", "what have we made so far?", "what has we edited"])
def test_what_have_you_done_lists_the_rounds(text: str) -> None:
    assert _calls(text, RETRIED) == [("list_rounds", {})]


def test_what_did_you_change_is_still_the_status() -> None:
    assert _calls("what did you change?", RETRIED) == [("session_status", {})]


@pytest.mark.parametrize(
    ("text", "format_"), [("dl all pls", "bundle"), ("download everything", "bundle"), ("dl as html", "html")]
)
def test_a_download_exports_the_session(text: str, format_: str) -> None:
    assert _calls(text, RETRIED) == [("export_session", {"format": format_})]


PARK = (
    (None, None),
    (0, "remove the chair"),
    (1, "add a dog on the grass"),
    (2, "make the bench red"),
    (3, "add a robin on the bench"),
    (4, "make the sky pink"),
)
"""Five edits, each on the one before."""


def _compared(text: str) -> frozenset[int] | None:
    session = tree(*PARK)
    calls = decide(Turn(text, session)).calls
    if [call.name for call in calls] != ["compare_rounds"]:
        return None
    return frozenset(session.resolve(calls[0].args[side]).index for side in ("first", "second"))


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("show me the difference from the previous one", {4, 5}),
        ("let me see the difference to round 2", {2, 5}),
        ("which looks better, the red bench or the robin one?", {3, 4}),
        ("how does it look compared to before", {4, 5}),
        ("compare the version before the robin with the one after it", {3, 4}),
    ],
)
def test_a_comparison_names_its_two_rounds(text: str, rounds: set[int]) -> None:
    assert _compared(text) == frozenset(rounds)


@pytest.mark.parametrize(
    "text", ["can you compare versions?", "let me show my husband first", "i'll show this to my boss tomorrow"]
)
def test_a_question_about_comparing_or_showing_someone_makes_no_call(text: str) -> None:
    assert _calls(text, PARK) == []


def test_showing_someone_through_a_link_is_sharing() -> None:
    assert _calls("share it so i can show my mom", PARK) == [("share_session", {})]


def test_a_look_to_start_from_is_a_move() -> None:
    assert _calls("pull up the original, i want to start from it", PARK) == [("revert", {"round": "original"})]


@pytest.mark.parametrize("text", ["this one next", "next one"])
def test_a_new_photo_without_words_of_repeating_makes_no_edit(text: str) -> None:
    assert _calls(text, (*PORCH, (None, None)), photo=True) == []


@pytest.mark.parametrize(
    "text", ["share the latest version", "share it with the team 🙂", "send me the link again", "give us that link"]
)
def test_a_request_to_share_what_there_is_shares(text: str) -> None:
    assert _calls(text, PARK) == [("share_session", {})]


def test_a_link_in_the_photo_is_no_share() -> None:
    assert [name for name, _ in _calls("make the chain link fence green", PARK)] == ["edit_image"]


@pytest.mark.parametrize("text", ["show everything", "show me all of it", "list all"])
def test_show_everything_lists_the_rounds(text: str) -> None:
    assert _calls(text, PARK) == [("list_rounds", {})]


def test_this_one_too_with_a_new_photo_repeats_the_last_edit() -> None:
    calls = _calls("this one too", (*PORCH, (None, None)), photo=True)
    assert calls == [("edit_image", {"instruction": "make the lawn greener"})]
