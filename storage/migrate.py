"""Schema migrations: an Alembic config built in code, and the upgrade the store runs on open.

Before anything is written (or, for SQLite, before any pragma), the database is checked to be ours:
empty, or holding zone-chat's tables at a revision this code knows. Anything else is refused with
one sentence and left exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from contextlib import closing
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, inspect
from sqlalchemy.engine import Connection

from storage.engine import is_read_only, read_only_opener, safe_url, sqlite_file, writer
from storage.errors import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
CORE_TABLES = frozenset({"sessions", "rounds", "assets"})
SQLITE_HEADER = b"SQLite format 3\x00"


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    """An Alembic `Config` for the store's migrations, on `url` or on an open `connection`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    """The migration scripts (read once per process: they do not change while it runs)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this code knows."""
    head = _scripts().get_current_head()
    if head is None:
        raise StoreError("The store's migrations are missing.")
    return head


def current_revision(connection: Connection) -> str | None:
    """The schema revision of the database behind `connection` (None for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> frozenset[str]:
    """Every schema revision this code can upgrade from."""
    return frozenset(rev.revision for rev in _scripts().walk_revisions())


def check_ours(where: str, tables: Collection[str], revision: str | None) -> None:
    """Refuse a database that is neither empty nor zone-chat's at a revision this code knows."""
    names = sorted(name for name in tables if not name.startswith("sqlite_") and name != VERSION_TABLE)
    if revision in known_revisions() or (revision is None and not names):
        return
    names = names or [VERSION_TABLE]
    if revision is not None and set(names) >= CORE_TABLES:
        raise StoreError(
            f"The database at {where} was written by a newer version of zone-chat (schema {revision}); "
            "upgrade zone-chat to open it."
        )
    raise StoreError(
        f"The database at {where} is not a zone-chat database (it holds other tables, such as "
        f"{names[0]!r}), so it was left untouched; point ZONE_DB_URL at a new file instead."
    )


def check_sqlite_file(path: Path) -> None:
    """`check_ours` for an existing SQLite file, read through a read-only connection of its own
    before the store's engine (whose connections set pragmas) ever opens it."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError(f"Cannot read the database file {path}: {error.strerror or error}.") from error
    if header != SQLITE_HEADER:
        raise StoreError(
            f"The file {path} is not a zone-chat database (not even SQLite), so it was left untouched; "
            "point ZONE_DB_URL at a new file instead."
        )
    try:
        with closing(read_only_opener(path)()) as connection:
            tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            revision = None
            if VERSION_TABLE in tables:
                row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                revision = None if row is None else row[0]
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"The file {path} is not a readable SQLite database ({error}); it was left untouched."
        ) from error
    check_ours(str(path), tables, revision)


def upgrade_to_head(engine: Engine) -> None:
    """Bring the database to the newest schema; a no-op (one query) when it is already there.

    A database that is not ours is refused first, unchanged. The upgrade runs inside one write
    transaction, so processes opening a fresh database at the same time queue and only the first
    one migrates.
    """
    head = head_revision()
    path = sqlite_file(engine.url)
    if path is not None:
        check_sqlite_file(path)
    with engine.connect() as connection:
        current = current_revision(connection)
        if current == head:
            return
        if path is None:
            check_ours(safe_url(engine.url), inspect(connection).get_table_names(), current)
    if is_read_only(engine):
        raise StoreError(
            f"The database at {safe_url(engine.url)} is read-only and was made by an older zone-chat; "
            "open it once with write access to upgrade it."
        )
    with writer(engine).begin() as connection:
        current = current_revision(connection)
        if current == head:
            return
        check_ours(safe_url(engine.url), inspect(connection).get_table_names(), current)
        try:
            command.upgrade(alembic_config(connection=connection), "head")
        except CommandError as error:
            raise StoreError(f"Could not upgrade the database at {safe_url(engine.url)}: {error}.") from error
