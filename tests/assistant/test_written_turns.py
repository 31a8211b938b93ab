"""The written-turns file the dialogue model trains on is exactly the development sets' turns, labelled
by their expected calls (`tests/assistant/written_turns.py`)."""

from __future__ import annotations

from language.dialogue.dataset import WRITTEN_PATH
from tests.assistant.dialogue_dev import CUP, UPLOAD, as_cases
from tests.assistant.written_turns import intent_of, to_csv


def test_the_committed_written_turns_are_the_development_sets() -> None:
    assert WRITTEN_PATH.read_text(encoding="utf-8") == to_csv()


def test_intents_follow_from_the_expected_calls_and_the_session() -> None:
    fix = ("retry_edit", {"instruction": "make the saucer blue"})
    recolour = ("retry_edit", {"instruction": "make the cup red"})
    cases = as_cases(
        (
            ("no, the saucer", False, CUP, "correction", (fix,)),
            ("red, not blue", False, CUP, "correction", (recolour,)),
            ("much stronger", False, CUP, "retry", (("retry_edit", {"strength": "stronger"}),)),
            (
                "same for this one",
                True,
                (*CUP, (None, None)),
                "edit",
                (("edit_image", {"instruction": "make the cup blue"}),),
            ),
            ("a photo of my desk", True, (*CUP, (None, None)), "caption", ()),
            ("thanks a lot!", False, CUP, "talk", ()),
            ("write me a poem", False, CUP, "talk", ()),
            ("go back to round 9", False, CUP, "clarify", ()),
            ("undo", False, CUP, "undo", (("revert", {"round": 0}),)),
            ("hmm", False, UPLOAD, "clarify", ()),
        ),
        "test",
    )
    assert [intent_of(case) for case in cases] == [
        "correct_object",
        "correct_attribute",
        "stronger",
        "edit_same",
        "caption",
        "thanks",
        "out_of_scope",
        None,
        "undo",
        "clarify",
    ]
