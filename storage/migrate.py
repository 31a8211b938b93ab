"""Schema migrations: an Alembic config built in code, and the upgrade the store runs on open."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine
from sqlalchemy.engine import Connection

from storage.engine import safe_url, writer
from storage.errors import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


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


def upgrade_to_head(engine: Engine) -> None:
    """Bring the database to the newest schema; a no-op (one query) when it is already there.

    The upgrade runs inside one write transaction, so processes opening a fresh database at the
    same time queue and only the first one migrates.
    """
    head = head_revision()
    with engine.connect() as connection:
        if current_revision(connection) == head:
            return
    with writer(engine).begin() as connection:
        current = current_revision(connection)
        if current == head:
            return
        if current is not None and current not in {rev.revision for rev in _scripts().walk_revisions()}:
            raise StoreError(
                f"The database at {safe_url(engine.url)} was written by a newer version of zone-chat "
                f"(schema {current}); upgrade zone-chat to open it."
            )
        try:
            command.upgrade(alembic_config(connection=connection), "head")
        except CommandError as error:
            raise StoreError(f"Could not upgrade the database at {safe_url(engine.url)}: {error}.") from error
