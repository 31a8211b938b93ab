"""The store's `zone` subcommands, on a parser of the test's own (storage.cli.register)."""

from __future__ import annotations

import argparse
import zipfile
from pathlib import Path

import pytest

from storage import Store
from storage.cli import register


def zone(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="zone")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return args.func(args)


@pytest.fixture
def session(store: Store, make_image, edit) -> str:
    session = store.create_session("cli session")
    upload = store.add_round(session, make_image(seed=0))
    tie = store.add_round(session, make_image(seed=1), parent_id=upload, **edit(1))
    store.checkout(session, upload)
    store.add_round(session, make_image(seed=2), parent_id=upload, **edit(2, "give him a hat"))
    store.checkout(session, tie)
    store.add_message(session, "user", "make his tie blue", round_id=tie)
    return session


def test_sessions_and_history(db_url: str, session: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert zone("sessions", "--db", db_url) == 0
    out = capsys.readouterr().out
    assert session in out and "cli session" in out and "3 rounds" in out
    assert zone("history", session[:8], "--db", db_url) == 0
    lines = capsys.readouterr().out.splitlines()
    tree = [line for line in lines if "#" in line]
    assert tree[0].startswith("  #0 upload")
    assert tree[1].startswith("*   #1 [change] make his tie blue")
    assert tree[2].startswith("    #2 [change] give him a hat")
    assert "  user: make his tie blue (round 1)" in lines


def test_export_import_share_revoke(
    db_url: str, session: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle, page = tmp_path / "out.zip", tmp_path / "out.html"
    assert zone("export", session, "-o", str(bundle), "--html", str(page), "--db", db_url) == 0
    assert capsys.readouterr().out.split() == [str(bundle), str(page)]
    assert zipfile.is_zipfile(bundle) and page.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert zone("import", str(bundle), "--db", db_url) == 0
    imported = capsys.readouterr().out.strip()
    assert zone("share", imported, "--db", db_url) == 0
    token = capsys.readouterr().out.strip()
    with Store(db_url) as store:
        assert len(store.sessions()) == 2
        [link] = store.share_links(imported)
        assert link.token == token and store.open_shared(token).title == "cli session"
    assert zone("revoke", token, "--db", db_url) == 0
    assert capsys.readouterr().out.strip() == f"Revoked share link #{link.id}."
    with Store(db_url) as store, pytest.raises(KeyError):
        store.open_shared(token)
    assert zone("share", imported, "--db", db_url) == 0
    second = capsys.readouterr().out.strip()
    assert zone("revoke", second.split(".")[0][2:], "--db", db_url) == 0
    with Store(db_url) as store:
        assert [link.live for link in store.share_links(imported)] == [False, False]


def test_errors_are_one_sentence_and_status_2(
    db_url: str, session: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_text("not a zip")
    for argv in (
        ("history", "ffffffffffff"),
        ("history", "ab"),
        ("import", str(junk)),
        ("revoke", "not-a-token"),
        ("export", "nope", "-o", str(tmp_path / "x.zip")),
    ):
        assert zone(*argv, "--db", db_url) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.startswith("zone: ") and captured.err.count("\n") == 1
    assert not (tmp_path / "x.zip").exists()


def test_default_database_comes_from_the_environment(
    db_url: str, session: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ZONE_DB_URL", db_url)
    assert zone("sessions") == 0
    assert session in capsys.readouterr().out


def test_escape_sequences_in_stored_text_are_not_sent_to_the_terminal(
    db_url: str, store: Store, make_image, capsys: pytest.CaptureFixture[str]
) -> None:
    clear, title = "\x1b[2J\x1b[H", "\x1b]0;pwned\x07"
    session = store.create_session(f"trip {title}")
    upload = store.add_round(session, make_image())
    store.add_round(
        session, make_image(seed=1), parent_id=upload, instruction=f"blue{clear}", meta={"action": "\x9b31m"}
    )
    store.add_message(session, "user", f"hello {clear}\rbye")
    assert zone("sessions", "--db", db_url) == 0
    assert zone("history", session, "--db", db_url) == 0
    out = capsys.readouterr().out
    assert not any(char in out for char in "\x1b\x07\r\x9b")
    assert "trip \\x1b]0;pwned\\x07" in out and "blue\\x1b[2J" in out and "[\\x9b31m]" in out
    assert "user: hello \\x1b[2J\\x1b[H\\x0dbye" in out
