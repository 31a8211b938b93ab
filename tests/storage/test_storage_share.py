"""Share links: derived tokens never stored, read-only views with no session id, revocable at once."""

from __future__ import annotations

import os
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from storage import NotFoundError, SharedSession, ShareLink, Store
from storage.links import TOKEN


@pytest.fixture
def shared(store: Store, make_image, edit) -> tuple[str, list[int]]:
    session = store.create_session("shared")
    upload = store.add_round(session, make_image(seed=0))
    tie = store.add_round(session, make_image(seed=1), parent_id=upload, **edit(1))
    store.add_message(session, "user", "make his tie blue", round_id=tie)
    return session, [upload, tie]


def test_token_opens_a_read_only_view_without_the_session_id(store: Store, shared) -> None:
    session, rounds = shared
    link = store.share(session)
    assert isinstance(link, ShareLink) and link.revoked is None and link.live
    assert TOKEN.fullmatch(link.token) and link.token != store.share(session).token
    assert link.reference == f"share link #{link.id}" and link.token not in repr(link)
    view = store.open_shared(link.token)
    assert isinstance(view, SharedSession) and view.title == "shared"
    assert [r.id for r in view.rounds()] == rounds
    assert view.current_round().id == rounds[-1]
    assert view.round(rounds[0]).parent_id is None
    assert [m.content for m in view.messages()] == ["make his tie blue"]
    public = {name for name in dir(view) if not name.startswith("_")}
    assert public == {"title", "rounds", "round", "current_round", "messages", "export_bundle", "export_html"}
    records = [*view.rounds(), view.current_round(), view.round(rounds[0]), *view.messages()]
    assert all(item.session_id == "" for item in records)
    assert session not in repr(view) and link.token not in repr(view)


def test_owner_sees_live_links_again(store: Store, shared) -> None:
    session, _ = shared
    first, second = store.share(session), store.share(session)
    store.revoke(first.id)
    listed = store.share_links(session)
    assert [(link.id, link.token) for link in listed] == [(first.id, first.token), (second.id, second.token)]
    assert listed[0].revoked is not None and listed[1].revoked is None
    with Store(store.url) as reopened:
        assert [link.token for link in reopened.share_links(session)] == [first.token, second.token]
    with pytest.raises(NotFoundError):
        store.share_links("no such session")


def test_view_does_not_reach_other_sessions(store: Store, shared, make_image) -> None:
    session, _ = shared
    other = store.create_session()
    foreign = store.add_round(other, make_image())
    view = store.open_shared(store.share(session).token)
    with pytest.raises(NotFoundError) as caught:
        view.round(foreign)
    assert other not in str(caught.value)
    with pytest.raises(NotFoundError):
        view.round(10**9)


def test_revoking_cuts_off_an_open_view_and_its_exports(store: Store, shared, tmp_path: Path) -> None:
    session, _ = shared
    link = store.share(session)
    kept = store.share(session)
    view = store.open_shared(link.token)
    assert store.revoke(link.token).revoked is not None
    assert store.revoke(link.id).revoked is not None
    with pytest.raises(NotFoundError):
        store.open_shared(link.token)
    bundle, page = tmp_path / "late.zip", tmp_path / "late.html"
    calls = (view.rounds, view.messages, view.current_round, lambda: view.title, lambda: view.round(1))
    for call in (*calls, lambda: view.export_bundle(bundle), lambda: view.export_html(page)):
        with pytest.raises(KeyError):
            call()
    assert not bundle.exists() and not page.exists()
    assert store.open_shared(kept.token).title == "shared"


def test_revoke_scoped_to_a_session(store: Store, shared) -> None:
    session, _ = shared
    other = store.create_session()
    link = store.share(session)
    with pytest.raises(NotFoundError):
        store.revoke(link.id, session_id=other)
    assert store.share_links(session)[0].live
    store.revoke(link.id, session_id=session)
    assert not store.share_links(session)[0].live


def test_unknown_and_forged_tokens(store: Store, shared) -> None:
    session, _ = shared
    link = store.share(session)
    forged = link.token[:-4] + ("AAAA" if not link.token.endswith("AAAA") else "BBBB")
    other_id = f"zs{link.id + 1}.{link.token.split('.')[1]}"
    for token in ("", "x" * 43, None, 5, forged, other_id, f"zs{2**70}.{'A' * 43}", link.token + " "):
        with pytest.raises(NotFoundError):
            store.open_shared(token)  # type: ignore[arg-type]
    for token in ("never issued", forged, 0, -1, 10**30, True):
        with pytest.raises(NotFoundError):
            store.revoke(token)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        store.share("no such session")


@pytest.mark.sqlite_only
def test_database_holds_no_token_and_no_secret(store: Store, shared, tmp_path: Path) -> None:
    session, _ = shared
    token = store.share(session).token
    secret_file = tmp_path / "zone.db.secret"
    assert secret_file.is_file() and stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    secret = secret_file.read_bytes().strip()
    raw = b"".join(path.read_bytes() for path in tmp_path.glob("zone.db*") if path != secret_file)
    assert token.encode() not in raw and token.split(".")[1].encode() not in raw and secret not in raw


@pytest.mark.sqlite_only
def test_a_copied_database_opens_no_link(store: Store, shared, tmp_path: Path) -> None:
    session, _ = shared
    token = store.share(session).token
    store.close()
    elsewhere = tmp_path / "copy"
    elsewhere.mkdir()
    shutil.copy(tmp_path / "zone.db", elsewhere / "zone.db")
    with Store(f"sqlite:///{elsewhere / 'zone.db'}") as copy:
        with pytest.raises(NotFoundError):
            copy.open_shared(token)
        assert copy.share_links(session)[0].token != token
    with Store(f"sqlite:///{tmp_path / 'zone.db'}") as original:
        assert original.open_shared(token).title == "shared"


def test_zone_secret_replaces_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZONE_SECRET", "correct horse battery staple")
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    with Store(f"sqlite:///{first}") as store:
        token = store.share(store.create_session()).token
    shutil.copy(first, second)
    with Store(f"sqlite:///{second}") as copy:
        assert copy.open_shared(token).title is None
    assert not list(tmp_path.glob("*.secret"))
    monkeypatch.setenv("ZONE_SECRET", "short")
    with Store(f"sqlite:///{first}") as store, pytest.raises(Exception, match="at least 16 characters"):
        store.open_shared(token)


def test_two_stores_create_one_secret(db_url: str, tmp_path: Path) -> None:
    with Store(db_url) as one, Store(db_url) as two:
        session = one.create_session()
        assert two.open_shared(one.share(session).token).title is None
        assert one.share_links(session) == two.share_links(session)


def test_transcripts_exports_and_views_carry_references_not_tokens(store: Store, shared, tmp_path: Path) -> None:
    session, _ = shared
    first, second = store.share(session), store.share(session)
    store.add_message(session, "assistant", f"Here is your link: https://example.org/?share={second.token}")
    messages = store.messages(session)
    assert messages[-1].content == f"Here is your link: https://example.org/?share=share link #{second.id}"
    view = store.open_shared(first.token)
    assert second.token not in " ".join(m.content for m in view.messages())
    bundle, page = view.export_bundle(tmp_path / "shared.zip"), view.export_html(tmp_path / "shared.html")
    store.revoke(second.id)
    with zipfile.ZipFile(bundle) as archive:
        contents = b"".join(archive.read(name) for name in archive.namelist())
        names = " ".join(archive.namelist())
    html = page.read_bytes()
    for secret in (first.token, second.token, session):
        for part in secret.split("."):
            assert part.encode() not in contents and part.encode() not in html and part not in names
    assert f"share link #{second.id}".encode() in html
    with Store(f"sqlite:///{tmp_path / 'other.db'}") as other:
        imported = other.import_bundle(bundle)
        assert len(other.rounds(imported)) == 2 and other.session(imported).title == "shared"


def test_secret_file_in_a_read_only_folder_is_one_sentence(store: Store, shared, monkeypatch) -> None:
    session, _ = shared

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(Exception, match=r"Cannot read or create the share-link secret .*ZONE_SECRET"):
        store.share(session)
