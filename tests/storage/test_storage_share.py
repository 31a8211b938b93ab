"""Share tokens: unguessable, read-only, revocable."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from storage import NotFoundError, SharedSession, Store


@pytest.fixture
def shared(store: Store, make_image, edit) -> tuple[str, list[int]]:
    session = store.create_session("shared")
    upload = store.add_round(session, make_image(seed=0))
    tie = store.add_round(session, make_image(seed=1), parent_id=upload, **edit(1))
    store.add_message(session, "user", "make his tie blue", round_id=tie)
    return session, [upload, tie]


def test_token_opens_a_read_only_view(store: Store, shared) -> None:
    session, rounds = shared
    token = store.share(session)
    assert len(token) >= 43 and token != store.share(session)
    view = store.open_shared(token)
    assert isinstance(view, SharedSession)
    assert (view.id, view.title) == (session, "shared")
    assert [r.id for r in view.rounds()] == rounds
    assert view.current_round().id == rounds[-1]
    assert view.round(rounds[0]).parent_id is None
    assert [m.content for m in view.messages()] == ["make his tie blue"]
    public = {name for name in dir(view) if not name.startswith("_")}
    assert public == {"id", "title", "rounds", "round", "current_round", "messages"}


def test_view_does_not_reach_other_sessions(store: Store, shared, make_image) -> None:
    session, _ = shared
    other = store.create_session()
    foreign = store.add_round(other, make_image())
    view = store.open_shared(store.share(session))
    with pytest.raises(NotFoundError):
        view.round(foreign)


def test_revoked_token_opens_nothing(store: Store, shared) -> None:
    session, _ = shared
    token = store.share(session)
    kept = store.share(session)
    view = store.open_shared(token)
    store.revoke(token)
    store.revoke(token)
    with pytest.raises(NotFoundError):
        store.open_shared(token)
    for call in (view.rounds, view.messages, view.current_round, lambda: view.title):
        with pytest.raises(KeyError):
            call()
    assert store.open_shared(kept).id == session


def test_unknown_tokens(store: Store, shared) -> None:
    for token in ("", "x" * 43, None, 5):
        with pytest.raises(NotFoundError):
            store.open_shared(token)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        store.revoke("never issued")
    with pytest.raises(NotFoundError):
        store.share("no such session")


def test_database_keeps_only_token_hashes(store: Store, shared, tmp_path: Path) -> None:
    session, _ = shared
    token = store.share(session)
    raw = (tmp_path / "zone.db").read_bytes() + (tmp_path / "zone.db-wal").read_bytes()
    assert token.encode() not in raw
    with closing(sqlite3.connect(tmp_path / "zone.db")) as connection:
        assert connection.execute("SELECT count(*) FROM shares").fetchone() == (1,)
