"""Alembic migrations: upgrade on open, models in step with the migrations, SQLite tuning."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from storage import Store, StoreError
from storage.migrate import alembic_config, head_revision
from storage.models import Base


def revision_of(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return None if row is None else row[0]


def test_empty_database_at_base_is_upgraded_on_open(tmp_path: Path) -> None:
    path = tmp_path / "zone.db"
    sqlite3.connect(path).close()
    assert revision_of(path) is None
    with Store(f"sqlite:///{path}") as store:
        store.create_session("works")
    assert revision_of(path) == head_revision()


def test_database_at_first_revision_is_upgraded_to_head_and_keeps_its_data(tmp_path: Path, make_image) -> None:
    path = tmp_path / "zone.db"
    url = f"sqlite:///{path}"
    command.upgrade(alembic_config(url=url), "0001")
    assert revision_of(path) == "0001"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO sessions (id, title, created) VALUES (?, 'old', '2024-05-01 10:00:00')", ("a" * 32,)
        )
    with Store(url) as store:
        assert revision_of(path) == head_revision()
        [old] = store.sessions()
        assert old.title == "old" and old.created.year == 2024 and old.created.tzinfo is not None
        store.add_round(old.id, make_image())
        assert store.session(old.id).round_count == 1


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'zone.db'}"
    Store(url).close()
    command.downgrade(alembic_config(url=url), "base")
    assert revision_of(tmp_path / "zone.db") is None
    with Store(url) as store:
        assert store.sessions() == []


def test_models_match_the_migrations(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'zone.db'}"
    Store(url).close()
    engine = create_engine(url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'zone.db'}"
    Store(url).close()
    with closing(sqlite3.connect(tmp_path / "zone.db")) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="newer version"):
        Store(url)


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
