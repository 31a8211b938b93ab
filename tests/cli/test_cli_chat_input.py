"""`zone chat` with input it cannot use: one sentence, exit status 2, and nothing stored (no session, no round)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from storage import Store

ROOT = Path(__file__).resolve().parents[2]


def one_sentence(err: str) -> str:
    line = err.strip()
    assert line.startswith("zone: ") and "\n" not in line and "Traceback" not in line
    return line


def stored(db_url: str) -> list[tuple[int, int]]:
    """(rounds, messages) of every session of the store."""
    with Store(db_url) as store:
        return [(len(store.rounds(s.id)), len(store.messages(s.id))) for s in store.sessions()]


@pytest.fixture
def bad_image(tmp_path: Path) -> Path:
    path = tmp_path / "notes.png"
    path.write_text("this is not an image")
    return path


def test_a_bad_image_exits_2_and_creates_no_session(
    zone: Callable[..., int], db_url: str, bad_image: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert zone("chat", "--image", str(bad_image), "make", "it", "red") == 2
    out, err = capsys.readouterr()
    assert out == "" and "not an image" in one_sentence(err)
    assert stored(db_url) == []


def test_a_bad_image_adds_nothing_to_an_existing_session(
    zone: Callable[..., int], db_url: str, bad_image: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    session = store.create_session()
    assert zone("chat", "--session", session, "--image", str(bad_image)) == 2
    one_sentence(capsys.readouterr().err)
    assert stored(db_url) == [(0, 0)]


@pytest.mark.parametrize("text", ["make it r\udce9d", "\ud800"])  # how Python passes non-UTF-8 bytes of argv
def test_text_that_is_not_utf8_stores_nothing_not_even_the_photo(
    zone: Callable[..., int], db_url: str, photo_path: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert zone("chat", "--image", str(photo_path), text) == 2
    assert "UTF-8" in one_sentence(capsys.readouterr().err)
    assert stored(db_url) == []


def test_non_utf8_lines_in_an_interactive_chat_are_answered_and_not_stored(db_url: str, store: Store) -> None:
    session = store.create_session()
    done = subprocess.run(
        [sys.executable, "-m", "zone_cli.main", "chat", "--db", db_url, "--session", session, "--json"],
        input=b"hi\n\xff\xfe make it red\nshow me the history\nexit\n",
        check=False,
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    assert b"Traceback" not in done.stderr and done.returncode == 1
    replies = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(replies) == 3 and "UTF-8" in replies[1]["error"]
    assert stored(db_url) == [(0, 4)]


def test_a_surrogate_in_an_interactive_line_is_one_answer(
    zone: Callable[..., int],
    db_url: str,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    session = store.create_session()
    monkeypatch.setattr(sys, "stdin", io.StringIO("caf\udce9\n\u200b\u2060\nexit\n"))
    assert zone("chat", "--session", session) == 1
    assert "UTF-8" in capsys.readouterr().out
    assert stored(db_url) == [(0, 0)]


def test_invisible_text_is_an_empty_message(
    zone: Callable[..., int], db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert zone("chat", "\u200b\ufeff", "\u2060") == 2
    assert "empty" in one_sentence(capsys.readouterr().err)
    assert stored(db_url) == []


def test_bidi_overrides_are_not_stored(
    zone: Callable[..., int], db_url: str, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    session = store.create_session()
    assert zone("chat", "--session", session, "show me the \u202ehistory\u202c") == 0
    capsys.readouterr()
    assert store.messages(session)[0].content == "show me the history"
