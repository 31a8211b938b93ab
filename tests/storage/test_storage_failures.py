"""Data failures from the attacker's trial (issue 15): each refused with one sentence, nothing changed."""

from __future__ import annotations

import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from test_storage_bundle import rewrite

import storage.engine
from storage import BundleError, NotFoundError, Store, StoreError
from storage.store import MAX_ROUND_INDEX


@pytest.fixture
def session(store: Store, make_image, edit) -> str:
    session = store.create_session("trial")
    upload = store.add_round(session, make_image(seed=0))
    store.add_round(session, make_image(seed=1), parent_id=upload, **edit(1))
    store.add_message(session, "user", "make his tie blue")
    return session


@pytest.fixture
def bundle(store: Store, session: str, tmp_path: Path) -> Path:
    return store.export_bundle(session, tmp_path / "trial.zip")


def sqlite_file(path: Path, *statements: str) -> bytes:
    with closing(sqlite3.connect(path)) as connection, connection:
        for statement in statements:
            connection.execute(statement)
    return path.read_bytes()


# item 6: somebody else's database


@pytest.mark.parametrize(
    ("statements", "words"),
    [
        (
            ["CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)", "INSERT INTO moz_places VALUES (1, 'x')"],
            "moz_places",
        ),
        (
            ["CREATE TABLE sessions (id INTEGER PRIMARY KEY, cookie TEXT)", "INSERT INTO sessions VALUES (1, 'x')"],
            "sessions",
        ),
        (
            [
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
                "INSERT INTO alembic_version VALUES ('ae1027a6acf')",
                "CREATE TABLE users (id INTEGER PRIMARY KEY)",
            ],
            "users",
        ),
    ],
    ids=["browser history", "clashing sessions table", "foreign alembic database"],
)
def test_foreign_sqlite_file_is_refused_and_left_byte_identical(tmp_path: Path, statements, words) -> None:
    path = tmp_path / "places.sqlite"
    before = sqlite_file(path, *statements)
    with pytest.raises(StoreError) as refused:
        Store(f"sqlite:///{path}")
    message = str(refused.value)
    assert "is not a zone-chat database" in message and words in message and "newer" not in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_empty_sqlite_file_is_adopted(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    path.touch()
    with Store(f"sqlite:///{path}") as store:
        assert store.sessions() == []


def test_foreign_server_database_is_refused_and_unchanged(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"))
        connection.execute(text("INSERT INTO users VALUES (1, 'ada')"))
    with pytest.raises(StoreError, match=r"not a zone-chat database.*'users'"):
        Store(db_url)
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == ["users"]
        assert connection.execute(text("SELECT name FROM users")).scalars().all() == ["ada"]
    engine.dispose()


# item 10: a damaged image blob


def damage(db_url: str, store: Store, session: str) -> str:
    sha = store.rounds(session)[0].image_sha256
    engine = create_engine(db_url)
    with engine.begin() as connection:
        data = connection.execute(text("SELECT bytes FROM assets WHERE sha256 = :sha"), {"sha": sha}).scalar()
        damaged = bytes(data[: len(data) // 2]) + b"\0" * (len(data) - len(data) // 2)
        connection.execute(text("UPDATE assets SET bytes = :data WHERE sha256 = :sha"), {"data": damaged, "sha": sha})
    engine.dispose()
    return sha


def test_damaged_blob_is_refused_by_exports_and_by_round_image(
    db_url: str, store: Store, session: str, tmp_path: Path
) -> None:
    sha = damage(db_url, store, session)
    with pytest.raises(BundleError, match=f"image {sha[:12]} in the store is damaged"):
        store.export_bundle(session, tmp_path / "out.zip")
    with pytest.raises(StoreError, match="damaged"):
        store.export_html(session, tmp_path / "out.html")
    assert list(tmp_path.glob("out*")) == []
    with pytest.raises(StoreError, match="damaged"):
        _ = store.rounds(session)[0].image
    assert store.rounds(session)[1].image.size == (48, 32)


# bundles: items 12, 13, 17, 18 and 7


def test_deeply_nested_manifest_is_one_sentence(store: Store, snapshot, tmp_path: Path) -> None:
    path = tmp_path / "nested.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", b"[" * 200_000)
    before = snapshot()
    with pytest.raises(BundleError, match="nested too deeply"):
        store.import_bundle(path)
    assert snapshot() == before


@pytest.mark.parametrize("first", [2**63, 2**63 - 1, 2**64 + 5])
def test_huge_round_numbers_are_renumbered_and_the_session_stays_editable(
    store: Store, bundle: Path, tmp_path: Path, make_image, first: int
) -> None:
    def huge(manifest: dict) -> None:
        rounds = manifest["rounds"]
        rounds[0]["index"], rounds[1]["index"], rounds[1]["parent"] = first, first + 1, first
        manifest["session"]["current_round"] = first + 1
        manifest["messages"][0]["round"] = first + 1

    imported = store.import_bundle(rewrite(bundle, tmp_path / "huge.zip", manifest=huge))
    rounds = store.rounds(imported)
    assert [(r.index, r.parent_id) for r in rounds] == [(0, None), (1, rounds[0].id)]
    assert store.current_round(imported).id == rounds[1].id
    added = store.add_round(imported, make_image(seed=9), parent_id=rounds[1].id)
    assert store.round(added).index == 2


@pytest.mark.parametrize("stamp", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00"])
def test_out_of_range_time_blames_the_bundle(store: Store, bundle: Path, snapshot, tmp_path: Path, stamp: str) -> None:
    def late(manifest: dict) -> None:
        manifest["messages"][0]["created"] = stamp

    before = snapshot()
    with pytest.raises(BundleError) as refused:
        store.import_bundle(rewrite(bundle, tmp_path / "late.zip", manifest=late))
    assert "manifest" in str(refused.value) and "out of range" in str(refused.value)
    assert "database" not in str(refused.value)
    assert snapshot() == before


def test_images_over_the_editors_limit_are_refused(store: Store, bundle: Path, snapshot, tmp_path: Path) -> None:
    def huge(manifest: dict) -> None:
        entry = next(iter(manifest["assets"].values()))
        entry["width"], entry["height"] = 11_000, 8_000

    before = snapshot()
    with pytest.raises(BundleError, match="over the editor's limit of 50 megapixels"):
        store.import_bundle(rewrite(bundle, tmp_path / "88mp.zip", manifest=huge))
    assert snapshot() == before


@pytest.mark.parametrize("where", ["message", "instruction", "title", "params"])
def test_lone_surrogate_in_a_bundle_is_one_sentence(
    store: Store, bundle: Path, snapshot, tmp_path: Path, where: str
) -> None:
    def broken(manifest: dict) -> None:
        if where == "message":
            manifest["messages"][0]["content"] = "tie \ud800 blue"
        elif where == "instruction":
            manifest["rounds"][1]["instruction"] = "tie \udfff"
        elif where == "title":
            manifest["session"]["title"] = "\ud83d"
        else:
            manifest["rounds"][1]["params"] = {"note": "\udc80"}

    path = rewrite(bundle, tmp_path / "surrogate.zip", manifest=broken)
    assert b"\\ud" in zipfile.ZipFile(path).read("manifest.json")
    before = snapshot()
    with pytest.raises(BundleError, match="not valid Unicode"):
        store.import_bundle(path)
    assert snapshot() == before


def test_lone_surrogates_are_refused_wherever_text_is_stored(store: Store, session: str, snapshot, make_image) -> None:
    before = snapshot()
    calls = [
        lambda: store.add_message(session, "user", "photo \udc9f"),
        lambda: store.add_message(session, "us\ud800er", "hi"),
        lambda: store.create_session("\ud800"),
        lambda: store.rename_session(session, "a\udfffb"),
        lambda: store.add_round(session, make_image(), instruction="\ud800"),
        lambda: store.add_round(session, make_image(), meta={"action": "\ud800"}),
        lambda: store.add_round(session, make_image(), meta={"params": {"k": ["\ud800"]}}),
        lambda: store.add_round(session, make_image(), masks={"\ud800": make_image("L")}),
    ]
    for call in calls:
        with pytest.raises(StoreError, match="not valid Unicode"):
            call()
    for call in (lambda: store.add_message(session, "user", "a\x00b"), lambda: store.create_session("\x00")):
        with pytest.raises(StoreError, match="contains a NUL character"):
            call()
    assert snapshot() == before


# item 16: a read-only file system


@pytest.mark.sqlite_only
@pytest.mark.parametrize("folder_writable", [True, False], ids=["read-only file", "read-only folder"])
def test_read_commands_work_on_a_read_only_database(
    db_url: str, store: Store, session: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder_writable: bool
) -> None:
    store.close()
    database = tmp_path / "zone.db"
    before = database.read_bytes()
    assert not Path(f"{database}-wal").exists()
    monkeypatch.setattr(storage.engine, "writable", lambda path: folder_writable and path.is_dir())
    with Store(db_url) as store:
        [info] = store.sessions()
        assert info.round_count == 2 and store.rounds(session)[1].image.size == (48, 32)
        assert [m.content for m in store.messages(session)] == ["make his tie blue"]
        store.export_bundle(session, tmp_path / "out" / "copy.zip")
        for change in (lambda: store.create_session("new"), lambda: store.add_message(session, "user", "hi")):
            with pytest.raises(StoreError, match="is read-only, so it cannot be changed"):
                change()
    assert database.read_bytes() == before


@pytest.mark.sqlite_only
def test_read_only_database_of_an_older_schema_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from alembic import command

    from storage.migrate import alembic_config

    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.upgrade(alembic_config(url=url), "0001")
    monkeypatch.setattr(storage.engine, "writable", lambda path: False)
    with pytest.raises(StoreError, match="read-only and was made by an older zone-chat"):
        Store(url)


def test_session_ids_that_cannot_exist_are_not_found_without_a_query(store: Store) -> None:
    for session_id in ("\ud800", "é" * 4, "x" * 33, "\x00"):
        with pytest.raises(NotFoundError):
            store.session(session_id)
        with pytest.raises(NotFoundError):
            store.rounds(session_id)


def test_a_session_at_the_last_round_number_refuses_a_new_round_in_one_sentence(
    db_url: str, store: Store, session: str, make_image
) -> None:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text('UPDATE rounds SET "index" = :last WHERE "index" = 1'), {"last": MAX_ROUND_INDEX})
    engine.dispose()
    with pytest.raises(StoreError, match="run out of round numbers"):
        store.add_round(session, make_image())
    assert len(store.rounds(session)) == 2


@pytest.mark.sqlite_only
def test_a_new_database_in_a_read_only_folder_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage.engine, "writable", lambda path: False)
    with pytest.raises(StoreError, match="its folder is read-only"):
        Store(f"sqlite:///{tmp_path / 'new.db'}")
    assert not (tmp_path / "new.db").exists()
