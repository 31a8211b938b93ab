"""Alembic environment of the store, driven from code (`storage.migrate`), no alembic.ini needed.

Online runs use the connection handed over in `config.attributes["connection"]` (the store's own,
already inside its write transaction), or else open one from `sqlalchemy.url`. Offline runs
(`sql=True`) print the SQL for the configured URL's dialect.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from storage.engine import create_store_engine, writer
from storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_offline() -> None:
    """Emit the migration SQL without a database."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_on(connection: Connection) -> None:
    """Apply the migrations on one connection (inside its transaction if it has one)."""
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Apply the migrations on the handed-over connection, or on a fresh one from the URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    engine = create_store_engine(config.get_main_option("sqlalchemy.url") or "")
    try:
        with writer(engine).connect() as fresh:
            run_on(fresh)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
