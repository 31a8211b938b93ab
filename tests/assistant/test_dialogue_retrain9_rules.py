"""Rules that keep plain turns right after the round-9 retraining: code typed into the chat edits nothing, an undo
before an edit is not out of scope, thanks said again and a score given are talk, "take it back" after a complaint is
one step back, sharing told of makes no link, an apology for a pause asks nothing, and words in quotes on a sign are
not words about versions."""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import decided_calls, edit_calls

KAYAK = ((None, None), (0, "make the kayak yellow"))
SMOKE = ((None, None), (0, "add steam coming out of the kettle"))


@pytest.mark.parametrize("text", ["'; DROP TABLE rounds; --", "<script>alert(1)</script>", "x'; DELETE FROM users; --"])
def test_code_typed_into_the_chat_edits_nothing(text: str) -> None:
    assert decided_calls(text, KAYAK) == []


def test_a_sign_may_say_a_shell_command() -> None:
    assert decided_calls("make the sign say `rm -rf`", KAYAK) == edit_calls("make the sign say `rm -rf`")


@pytest.mark.parametrize(
    ("text", "instruction"),
    [("undo and add a rainbow instead", "add a rainbow"), ("revert, then remove the paddle", "remove the paddle")],
)
def test_an_undo_before_an_edit_is_both(text: str, instruction: str) -> None:
    assert decided_calls(text, SMOKE) == [("revert", {"round": "previous"}), *edit_calls(instruction)]


@pytest.mark.parametrize(
    "text",
    [
        "again, thanks a lot!",
        "thanks again",
        "10 out of 10 no notes",
        "solid 8/10 lol",
        "not the result i expected haha",
        "hmm not what i had in mind",
        "sorry i meant to send that to my friend",
        "im gonna share it with my grandpa later, he'll love it",
    ],
)
def test_talk_around_the_result_makes_no_call(text: str) -> None:
    assert decided_calls(text, KAYAK) == []


def test_take_it_back_after_a_complaint_is_one_step() -> None:
    assert decided_calls("I don't like it. Can you take it back?", KAYAK) == [("revert", {"round": "previous"})]


def test_sharing_asked_for_still_makes_a_link() -> None:
    assert decided_calls("i'm going to share it with my mom, give me a link", KAYAK) == [("share_session", {})]


@pytest.mark.parametrize(
    "text", ["sorry was afk, remove the paddle on the jetty", "sorry for the wait! remove the paddle on the jetty"]
)
def test_an_apology_for_a_pause_is_no_correction(text: str) -> None:
    assert decided_calls(text, KAYAK) == edit_calls("remove the paddle on the jetty")


def test_a_version_named_in_quotes_is_what_a_sign_says() -> None:
    rounds = ((None, None), (0, "hang a banner on the boathouse"))
    text = "make the banner say 'version 2'"
    assert decided_calls(text, rounds) == edit_calls(text)


SKIFF = ((None, None), (0, "add a lantern by the skiff"))


@pytest.mark.parametrize(
    "text", ["ok the lanterns r fine", "the lantern", "the nets should be mended soon, the skipper said"]
)
def test_remarks_and_the_edited_thing_named_alone_make_no_edit(text: str) -> None:
    assert decided_calls(text, SKIFF) == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("write AHOY on the skiff", "write AHOY on the skiff"),
        ("improve the lighting on the skiff", "improve the lighting on the skiff"),
        ("is better if the buoy is not there", "remove the buoy"),
    ],
)
def test_edits_the_model_doubts_are_still_made(text: str, instruction: str) -> None:
    assert decided_calls(text, SKIFF) == edit_calls(instruction)


@pytest.mark.parametrize("text", ["write me a poem on the theme of sailing", "write a funny poem on my skiff"])
def test_writing_a_text_is_no_edit(text: str) -> None:
    assert decided_calls(text, SKIFF) == []


def test_a_correction_that_says_the_whole_instruction_is_made() -> None:
    rounds = ((None, None), (0, "remove the oar"))
    text = "the oar was fine, i asked to remove the rope"
    assert decided_calls(text, rounds) == [("retry_edit", {"instruction": "remove the rope"})]
