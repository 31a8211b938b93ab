"""Helpers of the browser tests: Debian's Chromium, `streamlit run` on a free port, waiting for it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's Chromium is missing at /usr/bin/chromium (apt-get install chromium)"
)


def free_port() -> int:
    """A 127.0.0.1 TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_healthy(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 90) -> None:
    """Block until Streamlit answers its health check; fail with its log if it dies or never does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"streamlit exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"streamlit did not become healthy in {seconds} s:\n{log.read_text()}")


@contextmanager
def streamlit_app(db_url: str, log: Path, extra: Sequence[str] = ()) -> Iterator[str]:
    """`streamlit run streamlit_app.py` on 127.0.0.1 and a free port, tiny models, `db_url`; yields its URL."""
    port = free_port()
    env = {**os.environ, "ZONE_MODELS": "tiny", "ZONE_DB_URL": db_url, "HF_HUB_OFFLINE": "1"}
    env.pop("ZONE_LLM", None)
    streamlit = Path(sys.executable).with_name("streamlit")
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                str(streamlit),
                "run",
                "streamlit_app.py",
                "--server.headless",
                "true",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--browser.gatherUsageStats",
                "false",
                *extra,
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def settled(page: Any) -> None:
    """Wait until the app's script run is over, so the page shows no stale elements."""
    from playwright.sync_api import expect

    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=60_000)
