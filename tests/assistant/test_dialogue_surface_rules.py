"""How a turn is typed changes nothing it asks: an opening "ok" or "hey,", a closing full
stop, emoji after a question mark and a turn typed all in capitals are read as the plain words, and a yes-or-no
question keeps its meaning without its mark (`phrases.plain_surface`); exclamation marks and other emoji
still say how much ("more mist!!", "go all in 💪").

Each of these was read otherwise before: "ok I want the car gone" removed "the ok I want the car", "COMPARE THE
VERSION BEFORE THE CAT AND THE ONE AFTER" named no round, "Remove the virus from my laptop." edited the photo and "is
the original still saved? 🙂" and "is the original still saved" went back to it.
"""

from __future__ import annotations

import pytest

from assistant.understanding.phrases import plain_surface
from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

UPLOAD: Rounds = ((None, None),)
CUP: Rounds = ((None, None), (0, "make the cup blue"))
CAT: Rounds = ((None, None), (0, "add a cat on the sofa"), (1, "make the lamp red"))


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("ok I want the car gone", "I want the car gone"),
        ("okay, now the saucer", "now the saucer"),
        ("Remove the virus from my laptop.", "Remove the virus from my laptop"),
        ("is the original still saved? 🙂", "is the original still saved?"),
        ("MAKE THE SIGN SAY 'Hello'", "make the sign say 'Hello'"),
        ("nope.", "nope."),
        ("hey, remove the virus from my laptop", "remove the virus from my laptop"),
        ("hi there!", "hi there!"),
        ("the sky should be purple pls", "the sky should be purple pls"),
        ("turn me into a millionaire lol", "turn me into a millionaire lol"),
        ("undo pls", "undo pls"),
        ("is the original still saved", "is the original still saved?"),
        ("is it ok to make the sky pink", "is it ok to make the sky pink"),
        ("ok", "ok"),
        ("ok next one", "ok next one"),
        ("more mist!!", "more mist!!"),
        ("go all in 💪", "go all in 💪"),
        ("make the cup blue I said", "make the cup blue I said"),
    ],
)
def test_plain_surface_drops_only_what_asks_nothing(text: str, plain: str) -> None:
    assert plain_surface(text) == plain


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (UPLOAD, "ok I want the car gone", edit_calls("remove the car")),
        (UPLOAD, "PLZ BLURR THE BACKROUND", edit_calls("blur the background")),
        (CUP, "OK NOW THE SAUCER", edit_calls("make the saucer blue")),
        (CUP, "ok go ahead now, make the hull dark red", edit_calls("make the hull dark red")),
        (UPLOAD, "the sky should be purple pls", edit_calls("make the sky purple")),
    ],
)
def test_a_request_typed_otherwise_is_the_same_request(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize(
    ("rounds", "text"),
    [
        (UPLOAD, "Remove the virus from my laptop."),
        (UPLOAD, "hey, remove the virus from my laptop"),
        (CAT, "is the original still saved? 🙂"),
        (CAT, "ok can you compare versions?"),
        (CAT, "is the original still saved"),
        (CAT, "was it better before"),
    ],
)
def test_words_typed_otherwise_stay_words(rounds: Rounds, text: str) -> None:
    assert decided_calls(text, rounds) == []


def test_a_shouted_reference_names_its_round() -> None:
    assert decided_calls("COMPARE THE VERSION BEFORE THE CAT AND THE ONE AFTER", CAT) == [
        ("compare_rounds", {"first": "before the cat", "second": "the cat"})
    ]
