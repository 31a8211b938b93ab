"""Stored text on the terminal: escape sequences and bidi overrides shown, never obeyed; a closed pipe ends quietly."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from storage import Store
from storage.terminal import printable

ROOT = Path(__file__).resolve().parents[2]

CLEAR_SCREEN, WINDOW_TITLE, CSI_C1, RIGHT_TO_LEFT = "\x1b[2J", "\x1b]0;owned\x07", "\x9b31m", "\u202e"
HOSTILE = f"{CLEAR_SCREEN}{WINDOW_TITLE}red{CSI_C1}\r{RIGHT_TO_LEFT}eulb\u2066x\u2069"


def obeyed(text: str) -> list[str]:
    """The characters of `text` a terminal would act on instead of showing (line breaks aside)."""
    return [
        char
        for char in text
        if char != "\n"
        and (unicodedata.category(char) in ("Cc", "Cs") or "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069")
    ]


@pytest.fixture
def hostile_session(store: Store) -> str:
    """A session whose title, instruction and messages all carry escape sequences (as an imported bundle may)."""
    image = Image.fromarray(np.zeros((32, 48, 3), dtype=np.uint8))
    session = store.create_session(f"title {HOSTILE}")
    upload = store.add_round(session, image)
    store.add_round(session, image, parent_id=upload, instruction=f"make it {HOSTILE}", meta={"action": "change"})
    store.add_message(session, "user", f"hello {HOSTILE}\nsecond line")
    return session


def test_printable_shows_controls_as_escapes_and_keeps_plain_text() -> None:
    assert printable("make the cup blue ☕ — café") == "make the cup blue ☕ — café"
    assert printable("a\x1b[2Jb\x9b\r\x00") == "a\\x1b[2Jb\\x9b\\x0d\\x00"
    assert printable("\u202eevil\u2066 \u2028") == "\\u202eevil\\u2066 \\u2028"
    assert printable("lone \ud800 half") == "lone \\ud800 half"
    assert printable("one\ntwo\tthree") == "one\\x0atwo\\x09three"
    assert printable("one\ntwo\tthree\r", lines=True) == "one\ntwo\tthree\\x0d"


def test_sessions_and_history_show_escape_sequences_instead_of_obeying_them(
    zone: Callable[..., int], hostile_session: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert zone("sessions") == 0
    listing = capsys.readouterr().out
    assert zone("history", hostile_session) == 0
    history = capsys.readouterr().out
    for out in (listing, history):
        assert obeyed(out) == []
        assert "\\x1b[2J\\x1b]0;owned\\x07red\\x9b31m\\x0d\\u202eeulb\\u2066x\\u2069" in out
    assert "  user: hello " in history and "\\x0asecond line" in history
    assert any(line.startswith("*   #1 [change] make it \\x1b[2J") for line in history.splitlines())


def test_chat_replies_quoting_stored_text_show_escape_sequences(
    zone: Callable[..., int], hostile_session: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert zone("chat", "--session", hostile_session, "show", "me", "the", "history") == 0
    out = capsys.readouterr().out
    assert "make it \\x1b[2J" in out and obeyed(out) == []


def test_history_into_a_closed_pipe_exits_quietly(db_url: str, hostile_session: str, store: Store) -> None:
    for number in range(300):
        store.add_message(hostile_session, "assistant", f"reply {number} " + "words " * 40)
    read_end, write_end = os.pipe()
    os.close(read_end)  # `| head` that has already gone: every write meets a closed pipe
    try:
        done = subprocess.run(
            [sys.executable, "-m", "zone_cli.main", "history", hostile_session, "--db", db_url],
            check=False,
            cwd=ROOT,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
        )
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 141  # 128 + SIGPIPE, as a command killed by the closed pipe would end
