"""The offline router's reading of many phrasings (no editor, no store)."""

from __future__ import annotations

import time

import pytest

from assistant.parsing import Call, Plan, Talk, plan, split_requests, strip_markers


def calls(text: str) -> list[tuple[str, dict]]:
    return [(call.name, call.args) for call in plan(text).calls]


def edit(instruction: str, **extra) -> tuple[str, dict]:
    return ("edit_image", {"instruction": instruction, **extra})


def revert(round_ref) -> tuple[str, dict]:
    return ("revert", {"round": round_ref})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("make the cup blue", [edit("make the cup blue")]),
        ("Make the cup blue.", [edit("Make the cup blue")]),
        ("now remove the spoon", [edit("remove the spoon")]),
        ("ok, and also make the saucer red", [edit("make the saucer red")]),
        ("can you please add a croissant on the plate?", [edit("add a croissant on the plate")]),
        ("Could you make the sky orange, please", [edit("make the sky orange")]),
        ("I'd like you to remove the man", [edit("remove the man")]),
        ("great, now turn the dog into a cat", [edit("turn the dog into a cat")]),
        ("make it snow", [edit("make it snow")]),
        ("add a tattoo", [edit("add a tattoo")]),
        ("make the cup and saucer blue", [edit("make the cup and saucer blue")]),
        ("add a hat, sunglasses and a scarf", [edit("add a hat, sunglasses and a scarf")]),
        ("make the cup blue thanks", [edit("make the cup blue")]),
    ],
)
def test_edits_keep_the_instruction_without_discourse_markers(text: str, expected: list) -> None:
    assert calls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("undo", revert("previous")),
        ("Undo that", revert("previous")),
        ("undo the last edit.", revert("previous")),
        ("take that back", revert("previous")),
        ("go back", revert("previous")),
        ("no, undo it please", revert("previous")),
        ("undo the last 2 edits", revert("2 steps back")),
        ("undo twice", revert("2 steps back")),
        ("redo", revert("next")),
        ("redo that", revert("next")),
        ("go forward", revert("next")),
        ("put it back", revert("next")),
        ("go back to the original", revert("the original")),
        ("start over", revert("original")),
        ("go back to round 2", revert(2)),
        ("Go back to round two", revert(2)),
        ("revert to round 3", revert(3)),
        ("let's go back to round 1", revert(1)),
        ("use round 2", revert(2)),
        ("continue from round 1", revert(1)),
        ("change it back to the original", revert("the original")),
        ("go back to before the croissant", revert("before the croissant")),
        ("go back to the version with the blue cup", revert("the version with the blue cup")),
    ],
)
def test_moves_in_the_history(text: str, expected: tuple) -> None:
    assert calls(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("show me the history", ("list_rounds", {})),
        ("history", ("list_rounds", {})),
        ("what have we done so far?", ("list_rounds", {})),
        ("list all the rounds", ("list_rounds", {})),
        ("share this session", ("share_session", {})),
        ("share", ("share_session", {})),
        ("can you give me a link?", ("share_session", {})),
        ("show me round 2", ("show_round", {"round": 2})),
        ("what did round 1 look like?", ("show_round", {"round": 1})),
        ("show me the original", ("show_round", {"round": "the original"})),
        ("round 2", ("show_round", {"round": 2})),
    ],
)
def test_history_share_and_show(text: str, expected: tuple) -> None:
    assert calls(text) == [expected]


@pytest.mark.parametrize(
    ("text", "talk"),
    [
        ("hi", Talk.GREETING),
        ("Hello there!", Talk.GREETING),
        ("good morning", Talk.GREETING),
        ("thanks", Talk.THANKS),
        ("thank you so much!", Talk.THANKS),
        ("ok thanks", Talk.THANKS),
        ("perfect", Talk.THANKS),
        ("what can you do?", Talk.HELP),
        ("help", Talk.HELP),
        ("hi, what can you do?", Talk.HELP),
        ("what is in this photo?", Talk.QUESTION),
        ("export this session", Talk.EXPORT),
        ("please", Talk.NOTHING),
        ("...", Talk.NOTHING),
        ("", Talk.NOTHING),
    ],
)
def test_small_talk_calls_no_tool(text: str, talk: Talk) -> None:
    assert plan(text) == Plan(talk=talk)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("undo that and make the saucer red", [revert("previous"), edit("make the saucer red")]),
        ("make the saucer red and undo", [edit("make the saucer red"), revert("previous")]),
        ("make the cup blue and remove the spoon", [edit("make the cup blue"), edit("remove the spoon")]),
        ("make the cup blue, then remove the spoon", [edit("make the cup blue"), edit("remove the spoon")]),
        ("no, undo that, then make it purple instead", [revert("previous"), edit("make it purple")]),
        ("switch to round 3 and make it brighter", [revert(3), edit("make it brighter")]),
        ("Undo. Then show me the history.", [revert("previous"), ("list_rounds", {})]),
        ("hi, can you make the cup blue?", [edit("make the cup blue")]),
        ("thanks, now make it red", [edit("make it red")]),
    ],
)
def test_several_requests_in_one_turn_keep_their_order(text: str, expected: list) -> None:
    assert calls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the original, make the cup green", edit("make the cup green", base_round="the original")),
        ("starting from round 1, remove the spoon", edit("remove the spoon", base_round=1)),
        ("make the cup green on round 1", edit("make the cup green", base_round=1)),
        ("add a hat to the original photo", edit("add a hat", base_round="the original photo")),
    ],
)
def test_an_edit_may_name_its_base_round(text: str, expected: tuple) -> None:
    assert calls(text) == [expected]


def test_markers_are_stripped_only_at_the_ends() -> None:
    assert strip_markers("ok so now can you please make the snow whiter please?") == "make the snow whiter"
    assert strip_markers("make the tattoo bigger too") == "make the tattoo bigger"


def test_split_keeps_and_inside_one_request() -> None:
    assert split_requests("make the cup and the saucer blue") == ["make the cup and the saucer blue"]


def test_a_turn_is_cut_after_a_bounded_number_of_requests() -> None:
    turn = ". ".join(f"make thing {i} blue" for i in range(30))
    planned = plan(turn).calls
    assert 0 < len(planned) <= 8
    assert planned[0] == Call("edit_image", {"instruction": "make thing 0 blue"})


@pytest.mark.parametrize("text", ["a" + " " * 10_000 + "x", ", " * 5_000, "and " * 2_500, "make it " + "red and " * 1_200])
def test_pathological_turns_are_read_in_bounded_time(text: str) -> None:
    started = time.perf_counter()
    plan(text)
    assert time.perf_counter() - started < 5.0


def test_more_phrasings() -> None:
    assert calls("show me what it looks like now") == [("show_round", {"round": "current"})]
    assert calls("remove the spoon please and thank you") == [edit("remove the spoon")]
    assert plan("tell me what you can do") == Plan(talk=Talk.HELP)
    assert calls("go back two steps") == [revert("2 steps back")]
    assert calls("hey there, could you make the walls yellow and then share it") == [
        edit("make the walls yellow"), ("share_session", {})
    ]
