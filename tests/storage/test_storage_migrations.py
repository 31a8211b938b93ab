"""Alembic migrations: upgrade on open, models in step with the migrations, SQLite tuning."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from storage import LOCAL_OWNER, Store, StoreError
from storage.assets import encode_asset
from storage.migrate import alembic_config, head_revision
from storage.models import Base


def revision_of(url: str) -> str | None:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def execute(url: str, *statements: tuple[str, dict]) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            for statement, values in statements:
                connection.execute(text(statement), values)
    finally:
        engine.dispose()


def test_empty_database_is_upgraded_on_open(db_url: str) -> None:
    assert revision_of(db_url) is None
    with Store(db_url) as store:
        store.create_session("works")
    assert revision_of(db_url) == head_revision()


def test_database_at_first_revision_is_upgraded_to_head_and_keeps_its_data(db_url: str, make_image) -> None:
    command.upgrade(alembic_config(url=db_url), "0001")
    assert revision_of(db_url) == "0001"
    png = encode_asset(make_image(seed=3))
    old, other = "a" * 32, "b" * 32
    execute(
        db_url,
        ("INSERT INTO sessions (id, title, created) VALUES (:id, 'old', '2024-05-01 10:00:00+00')", {"id": old}),
        ("INSERT INTO sessions (id, title, created) VALUES (:id, NULL, '2024-05-02 10:00:00+00')", {"id": other}),
        (
            "INSERT INTO assets (sha256, kind, mime, width, height, size, bytes) "
            "VALUES (:sha, 'RGB', 'image/png', :w, :h, :size, :data)",
            {"sha": png.sha256, "w": png.width, "h": png.height, "size": len(png.data), "data": png.data},
        ),
        (
            'INSERT INTO rounds (id, session_id, parent_id, "index", instruction, params, timings, created) '
            "VALUES (7, :id, NULL, 0, NULL, '{}', '{}', '2024-05-01 10:01:00+00')",
            {"id": old},
        ),
        ("INSERT INTO round_assets (round_id, role, name, sha256) VALUES (7, 'image', '', :sha)", {"sha": png.sha256}),
        ("UPDATE sessions SET current_round_id = 7 WHERE id = :id", {"id": old}),
        (
            "INSERT INTO messages (session_id, role, content, round_id, created) "
            "VALUES (:id, 'user', 'hello', 7, '2024-05-01 10:02:00+00')",
            {"id": old},
        ),
        (
            "INSERT INTO shares (token_sha256, session_id, created) VALUES (:sha, :id, '2024-05-01 10:03:00+00')",
            {"sha": "c" * 64, "id": old},
        ),
    )
    with Store(db_url) as store:
        assert revision_of(db_url) == head_revision()
        listed = store.sessions()
        assert [(info.id, info.owner, info.round_count) for info in listed] == [
            (other, LOCAL_OWNER, 0),
            (old, LOCAL_OWNER, 1),
        ]
        info = store.session(old, owner=LOCAL_OWNER)
        assert info.title == "old" and info.created.year == 2024 and info.created.tzinfo is not None
        [upload] = store.rounds(old)
        assert (upload.id, upload.index, info.current_round_id) == (7, 0, 7)
        assert upload.image.tobytes() == make_image(seed=3).tobytes()
        assert [(m.content, m.round_id) for m in store.messages(old)] == [("hello", 7)]
        assert store.share_links(old) == []
        link = store.share(old)
        assert store.open_shared(link.token).title == "old"
        edited = store.add_round(old, make_image(seed=4), parent_id=7)
        assert store.round(edited).index == 1
        assert store.create_session(owner="someone") not in {i.id for i in store.sessions()}


def test_downgrade_to_base_and_back(db_url: str, make_image) -> None:
    with Store(db_url) as store:
        session = store.create_session("kept", owner="alice")
        store.add_round(session, make_image())
        store.add_message(session, "user", "hello")
    command.downgrade(alembic_config(url=db_url), "0001")
    assert revision_of(db_url) == "0001"
    engine = create_engine(db_url)
    with engine.connect() as connection:
        counts = [
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in ("sessions", "rounds", "messages")
        ]
    engine.dispose()
    assert counts == [1, 1, 1]
    command.downgrade(alembic_config(url=db_url), "base")
    assert revision_of(db_url) is None
    with Store(db_url) as store:
        assert store.sessions() == []


def test_models_match_the_migrations(db_url: str) -> None:
    Store(db_url).close()
    engine = create_engine(db_url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_database_from_a_newer_version_is_refused(db_url: str) -> None:
    Store(db_url).close()
    execute(db_url, ("UPDATE alembic_version SET version_num = '9999'", {}))
    with pytest.raises(StoreError, match="newer version"):
        Store(db_url)


@pytest.mark.sqlite_only
def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_busy_timeout(store: Store) -> None:
    with store._engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA page_size")).scalar() == 65536
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_migrations_render_for_postgresql_without_sqlite_specific_sql(capsys: pytest.CaptureFixture[str]) -> None:
    command.upgrade(alembic_config(url="postgresql://zone@localhost/zone"), "head", sql=True)
    sql = capsys.readouterr().out
    assert "CREATE TABLE sessions" in sql and "BYTEA" in sql and "TIMESTAMP WITH TIME ZONE" in sql
    assert "ALTER TABLE sessions ADD CONSTRAINT fk_sessions_current_round_id_rounds" in sql
    assert "PRAGMA" not in sql and "_alembic_tmp" not in sql
