"""Rules for two letters typed the wrong way round in a colour or a chat word.

"make it grene", "make it purpel", "make it oragne", "green insted", "agian", "retyr", "histroy", "shrae" and
"exprot" are read as the words meant ("grene" asked what to change, "make it purpel" made the cup "purpel"); a
word that is a word itself ("the sliver of light") stays as it is.
"""

from __future__ import annotations

import pytest

from assistant.understanding.phrases import spelled_right
from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

CUP: Rounds = ((None, None), (0, "make the cup blue"))


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("make it grene", edit_calls("make the cup green")),
        ("make it purpel", edit_calls("make the cup purple")),
        ("make it oragne", edit_calls("make the cup orange")),
        ("green insted", [("retry_edit", {"instruction": "make the cup green"})]),
        ("agian", [("retry_edit", {})]),
        ("retyr", [("retry_edit", {})]),
        ("histroy", [("list_rounds", {})]),
        ("shrae", [("share_session", {})]),
    ],
)
def test_swapped_letters_are_read_as_the_word_meant(text: str, calls: CallList) -> None:
    assert decided_calls(text, CUP) == calls


def test_a_word_that_is_a_word_itself_is_not_respelled() -> None:
    assert spelled_right("remove the sliver of light") == "remove the sliver of light"
    assert spelled_right("make teh car bleu") == "make the car blue"
