"""Odd text in turns and instructions: lone surrogates, non-UTF-8 bytes, invisible characters, bidi overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.text import BadTurnError, clean_turn
from zone_cli.main import main
from zone_tools.errors import BadInstructionError
from zone_tools.imageio import validate_instruction

INVISIBLE = "\u200b\ufeff\u2060\u200c\u200d\u00ad\u180e\u3164"
"""Zero-width space, BOM, word joiner, zero-width (non-)joiners, soft hyphen, Mongolian vowel separator, filler."""


def test_a_plain_turn_is_kept_as_typed() -> None:
    assert clean_turn("  make the cup blue\n") == "make the cup blue"
    assert clean_turn("line one\nline two\twith a tab") == "line one\nline two\twith a tab"
    scientist = "la tasse en bleu ☕ 👩\u200d🔬 café"
    assert clean_turn(scientist) == scientist
    assert clean_turn(b"make the cup blue") == "make the cup blue"
    assert clean_turn("caf\u00e9".encode()) == "café"
    assert clean_turn(None) == ""


@pytest.mark.parametrize("text", ["caf\udce9", "\ud800", "make it \udfff blue", b"caf\xe9", b"\xff\xfe make it red"])
def test_text_that_is_not_utf8_is_one_sentence(text: str | bytes) -> None:
    with pytest.raises(BadTurnError) as raised:
        clean_turn(text)
    message = str(raised.value)
    assert "UTF-8" in message and message.count(".") == 1 and message.endswith(".")


def test_other_kinds_of_input_are_refused() -> None:
    with pytest.raises(BadTurnError, match="must be text"):
        clean_turn(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [INVISIBLE, f" {INVISIBLE}\n", "\u202e\u2066\u2069", "\x1b\x07\x9b"])
def test_a_turn_of_invisible_characters_is_empty(text: str) -> None:
    assert clean_turn(text) == ""


def test_bidi_overrides_and_control_characters_are_removed() -> None:
    assert clean_turn("make the \u202ecup\u202c blue") == "make the cup blue"
    assert clean_turn("\u2067make\u2069 the cup\u200b blue\u2066") == "make the cup blue"
    assert clean_turn("make\x1b the\x9b cup\x00 blue\r") == "make the cup blue"


@pytest.mark.parametrize("text", [INVISIBLE, "\u200b \u200b", "\ufeff", "\u202e\u202c", "\u2060\u2066\u2069 "])
def test_an_instruction_of_invisible_characters_is_empty(text: str) -> None:
    with pytest.raises(BadInstructionError, match="The instruction is empty"):
        validate_instruction(text)


def test_instructions_lose_bidi_overrides_and_zero_width_characters() -> None:
    assert validate_instruction("make the \u202ecup\u202c blue") == "make the cup blue"
    assert validate_instruction("\ufeffmake the cup\u200b blue\u2069") == "make the cup blue"
    assert validate_instruction("mets un chapeau rouge 🎩") == "mets un chapeau rouge 🎩"


@pytest.mark.parametrize("text", ["make it r\udce9d", "\ud83d make it red"])
def test_an_instruction_with_a_lone_surrogate_is_one_sentence(text: str) -> None:
    with pytest.raises(BadInstructionError, match="UTF-8"):
        validate_instruction(text)


@pytest.mark.parametrize(
    ("instruction", "said"),
    [(INVISIBLE, "The instruction is empty"), ("\u202e\u2069", "empty"), ("make it r\udce9d", "UTF-8")],
)
def test_zone_edit_refuses_such_instructions_and_writes_nothing(
    tmp_path: Path, photo_path: Path, capsys: pytest.CaptureFixture[str], instruction: str, said: str
) -> None:
    out = tmp_path / "out" / "out.png"
    assert main(["edit", str(photo_path), instruction, "-o", str(out), "--models", "tiny", "--steps", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("zone: ") and said in err and "\n" not in err
    assert not out.parent.exists()
