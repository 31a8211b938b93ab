"""Engine set-up: where the database lives and how SQLite is tuned.

SQLite is the embedded default (one file in the user's data directory); any other SQLAlchemy URL,
e.g. PostgreSQL, works unchanged. Everything SQLite-specific lives here: WAL journal, foreign keys,
busy timeout, large pages for the PNG blobs (takes effect when the file is created), and write
transactions that take the write lock up front (`BEGIN IMMEDIATE`) so two writing processes queue
on the busy timeout instead of failing on a lock upgrade.

An SQLite file this process may not write (a read-only file, folder or file system) is opened
read-only (`mode=ro`; `immutable=1` when not even the folder is writable, so SQLite needs no -shm
file), so reading commands still work and writes fail with a sentence that says "read-only".
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

import settings
from storage.errors import StoreError

APP_NAME = "zone-chat"
DB_FILENAME = "zone.db"
BUSY_TIMEOUT_MS = 30_000
PAGE_SIZE = 65_536  # the maximum; writes multi-megabyte PNG blobs 2-4x faster than 4 KiB pages
WRITE_OPTION = "zone_write"
READ_ONLY_OPTION = "zone_read_only"


def default_url() -> str:
    """`ZONE_DB_URL` when set, else an SQLite file in the user's data directory."""
    configured = settings.current().db_url
    if configured and configured.strip():
        return configured.strip()
    return f"sqlite:///{Path(user_data_dir(APP_NAME)) / DB_FILENAME}"


def safe_url(url: str | URL) -> str:
    """The URL with any password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid URL>"


def parse_url(url: str) -> URL:
    """`url` parsed, or a one-sentence `StoreError`."""
    try:
        return make_url(url)
    except ArgumentError as error:
        raise StoreError(f"{url!r} is not a database URL (expected e.g. sqlite:///path/to/zone.db).") from error


def sqlite_file(url: str | URL) -> Path | None:
    """The file of an SQLite URL naming one (None for other databases and in-memory SQLite)."""
    parsed = url if isinstance(url, URL) else parse_url(url)
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def writable(path: Path) -> bool:
    """True when this process may write `path` (False on a read-only file system, too)."""
    return os.access(path, os.W_OK)


def create_store_engine(url: str) -> Engine:
    """An engine for `url`; creates an SQLite file's parent directories and tunes SQLite."""
    parsed = parse_url(url)
    sqlite = parsed.get_backend_name() == "sqlite"
    path = sqlite_file(parsed)
    read_only = path is not None and path.is_file() and not (writable(path) and writable(path.parent))
    if path is not None and not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"Cannot create the folder {path.parent} for the database: {error.strerror}.") from error
        if not path.exists() and not writable(path.parent):
            raise StoreError(f"Cannot create the database {path}: its folder is read-only.")
    options: dict[str, Any] = {}
    if read_only and path is not None:
        options["creator"] = read_only_opener(path)
    try:
        engine = create_engine(parsed, **options)
    except (NoSuchModuleError, ModuleNotFoundError) as error:
        raise StoreError(f"No database driver is installed for {safe_url(parsed)} ({error}).") from error
    if sqlite:
        event.listen(engine, "connect", _configure_read_only if read_only else _configure_sqlite_connection)
        event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine.execution_options(**{READ_ONLY_OPTION: read_only}) if read_only else engine


def is_read_only(engine: Engine) -> bool:
    """True for an engine that `create_store_engine` opened read-only."""
    return bool(engine.get_execution_options().get(READ_ONLY_OPTION, False))


def writer(engine: Engine) -> Engine:
    """The same engine (same pool), marked so that its transactions are write transactions."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _configure_sqlite_connection(dbapi_connection: Any, connection_record: Any) -> None:
    """Per-connection pragmas; also hands transaction control from sqlite3 to SQLAlchemy."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def read_only_opener(path: Path) -> Callable[[], sqlite3.Connection]:
    """A connection factory opening `path` read-only (immutable when its folder is not writable)."""
    flags = "mode=ro" if writable(path.parent) else "mode=ro&immutable=1"
    uri = f"file:{quote(str(path.resolve()))}?{flags}"

    def open_read_only() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    return open_read_only


def _configure_read_only(dbapi_connection: Any, connection_record: Any) -> None:
    """Pragmas of a read-only connection: nothing that writes (no journal mode, no page size)."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _begin_sqlite_transaction(connection: Connection) -> None:
    """BEGIN for readers; BEGIN IMMEDIATE for writers, so the write lock is waited for, not lost."""
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
