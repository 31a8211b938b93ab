"""A throwaway PostgreSQL server for the storage tests: one cluster per test run, one schema per test.

The cluster lives in a temporary folder, listens on 127.0.0.1 on a free port, trusts local
connections and skips fsync (it is thrown away). PostgreSQL refuses to run as root, so under root
its programs run as the `postgres` user that Debian's package creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

SERVER_USER = "postgres"


def find_bindir() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else the newest /usr/lib/postgresql/*/bin."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    return Path(candidates[-1]).parent if candidates else None


def missing() -> str | None:
    """Why no server can be started here (None when one can)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "the psycopg driver is not installed (pip install 'psycopg[binary]')"
    if find_bindir() is None:
        return "PostgreSQL's initdb/pg_ctl are not installed (Debian: apt-get install postgresql)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root and there is no {SERVER_USER!r} user to run the server as"
    return None


class PostgresServer:
    """A running throwaway cluster; `database()` makes a fresh, empty database and returns its URL."""

    def __init__(self) -> None:
        bindir = find_bindir()
        assert bindir is not None, missing()
        self._bindir = bindir
        self._root = Path(tempfile.mkdtemp(prefix="zone-pg-"))
        self._data = self._root / "data"
        self._port = _free_port()
        self._as_server = _as_user(SERVER_USER) if os.geteuid() == 0 else None
        if self._as_server is not None:
            user = pwd.getpwnam(SERVER_USER)
            os.chown(self._root, user.pw_uid, user.pw_gid)
        self._run("initdb", "-D", str(self._data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
        options = (
            f"-p {self._port} -k {self._root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self._data), "-l", str(self._root / "server.log"), "-o", options, "-w", "start")

    def url(self, schema: str = "public") -> str:
        """The URL of the test database, its connections confined to `schema` (search_path)."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self._port}/postgres?options=-csearch_path%3D{schema}"

    def database(self) -> str:
        """The URL of a new, empty database: a fresh schema, which costs milliseconds where a
        CREATE DATABASE costs a copy of the template (and disk) per test."""
        import psycopg

        name = f"zone_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(f"host=127.0.0.1 port={self._port} user=postgres dbname=postgres", autocommit=True) as db:
            db.execute(f'CREATE SCHEMA "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self._data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self._root, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        result = subprocess.run(
            [str(self._bindir / program), *args],
            preexec_fn=self._as_server,
            capture_output=True,
            text=True,
            cwd=self._root,
            timeout=120,
        )
        if result.returncode != 0:
            log = self._root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{program} failed: {result.stderr or result.stdout}\n{tail}")


def _as_user(name: str) -> Callable[[], None]:
    user = pwd.getpwnam(name)

    def switch() -> None:
        os.setgroups([])
        os.setgid(user.pw_gid)
        os.setuid(user.pw_uid)

    return switch


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
