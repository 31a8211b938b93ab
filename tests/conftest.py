"""Fixtures shared by every test folder: a fresh SQLite store per test, and one throwaway
PostgreSQL server for the whole run (for the tests that need a server database)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import PostgresServer, missing

from storage import Store


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'zone.db'}"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as opened:
        yield opened


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL cluster for the whole run; skipped without PostgreSQL's programs,
    except in CI (`CI=true`), where it must run."""
    reason = missing()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run the tests on PostgreSQL, but {reason}.")
        pytest.skip(f"PostgreSQL tests skipped: {reason}.")
    server = PostgresServer()
    try:
        yield server
    finally:
        server.stop()
