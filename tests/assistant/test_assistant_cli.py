"""`zone chat` through the `zone` entry point's `main`: one-shot turns, JSON output, the interactive loop."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from PIL import Image

from storage import Store
from zone_cli.main import main


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZONE_LLM", raising=False)


def chat(db_url: str, *args: str) -> int:
    return main(["chat", "--db", db_url, "--models", "tiny", *args])


def test_one_shot_turns_print_the_reply_and_the_session(
    db_url: str, photo: Image.Image, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "photo.png"
    photo.save(path)
    assert chat(db_url, "--json", "--image", str(path)) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["round"] == 0 and data["error"] is None and "Got your photo" in data["text"]
    session = data["session"]
    assert f"New session {session}" in err and f"zone chat --session {session}" in err

    assert chat(db_url, "--session", session, "show", "me", "the", "history") == 0
    out, _ = capsys.readouterr()
    assert "round 0: the uploaded photo  <- current" in out

    assert chat(db_url, "--session", session, "--json", "go back to round 5") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["text"] == "There is no round 5; this session has rounds 0 to 0."
    assert data["tool_calls"] == [] and data["error"] is None


def test_interactive_chat_reads_turns_until_exit(
    db_url: str, photo: Image.Image, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(db_url) as store:
        session = store.create_session()
        store.add_round(session, photo)
    monkeypatch.setattr(sys, "stdin", io.StringIO("hi\n\nshow me the history\nundo\nexit\nmake the cup blue\n"))
    assert chat(db_url, "--session", session) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("Hello!")
    assert lines[1].startswith("1 round(s)") and "[" not in lines[0]
    assert "nothing before it" in lines[-1]
    with Store(db_url) as store:
        assert len(store.messages(session)) == 6
        assert [r.index for r in store.rounds(session)] == [0]


def test_an_unknown_session_is_one_sentence(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert chat(db_url, "--session", "nope", "hi") == 2
    assert capsys.readouterr().err.strip() == "zone: There is no session 'nope'."


def test_a_share_link_made_in_chat_is_printed_once_and_opens_the_session(
    db_url: str, photo: Image.Image, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "photo.png"
    photo.save(path)
    assert chat(db_url, "--json", "--image", str(path)) == 0
    session = json.loads(capsys.readouterr().out)["session"]
    assert chat(db_url, "--session", session, "share this session") == 0
    out, _ = capsys.readouterr()
    line = next(line for line in out.splitlines() if line.startswith("share link #1: "))
    token = line.split()[3]
    with Store(db_url) as store:
        assert store.open_shared(token).current_round() is not None
        assert all(token not in message.content for message in store.messages(session))
