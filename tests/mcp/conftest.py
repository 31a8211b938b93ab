"""Fixtures: `zone mcp` as a real subprocess over stdio and over HTTP, tiny models, a temporary database.

The stdio server is started once per module (it lives as long as the client connection); the HTTP
server once per run, on a free 127.0.0.1 port, with two owners' tokens. Every server edits with
`--steps 2`, which keeps a tiny-model edit short and still reports more than one denoising step.
"""

from __future__ import annotations

import base64
import io
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx2
import pytest
import skimage.data
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from PIL import Image

from zone_mcp.resources import PREVIEW_SIDE

ROOT = Path(__file__).resolve().parents[2]
STEPS = 2
SERVER_START_SECONDS = 240
"""How long a server may take to import its models' code on a busy CI machine."""


def server_env(db_url: str, **extra: str) -> dict[str, str]:
    """The environment of a `zone mcp` subprocess: this checkout first on the path, tiny models."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return {"PYTHONPATH": path, "ZONE_MODELS": "tiny", "ZONE_DB_URL": db_url, **extra}


def zone_mcp_args(*extra: str) -> list[str]:
    return ["-m", "zone_cli.main", "mcp", "--steps", str(STEPS), *extra]


def stdio_client(db_url: str) -> Client:
    """An SDK client that starts `zone mcp` as its subprocess and talks over stdio."""
    return Client(StdioServerParameters(command=sys.executable, args=zone_mcp_args(), env=server_env(db_url), cwd=ROOT))


def preview_size(size: tuple[int, int]) -> tuple[int, int]:
    """The size of a preview of a picture of `size` (the longer side at most PREVIEW_SIDE)."""
    scale = min(1.0, PREVIEW_SIDE / max(size))
    return round(size[0] * scale), round(size[1] * scale)


def decode_png(data: str) -> Image.Image:
    """A base64 PNG from a tool result or resource, checked to be a PNG."""
    image = Image.open(io.BytesIO(base64.b64decode(data)))
    assert image.format == "PNG"
    image.load()
    return image


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def mcp_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('mcp') / 'zone.db'}"


@pytest.fixture(scope="session")
def coffee() -> Image.Image:
    return Image.fromarray(skimage.data.coffee())


@pytest.fixture(scope="session")
def coffee_png(coffee: Image.Image, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("photos") / "coffee.png"
    coffee.save(path)
    return path


@pytest.fixture(scope="session")
def coffee_b64(coffee_png: Path) -> str:
    return base64.b64encode(coffee_png.read_bytes()).decode("ascii")


@dataclass(frozen=True)
class HttpServer:
    """A running `zone mcp --http` and the tokens of its owners."""

    url: str
    db_url: str
    tokens: dict[str, str]

    def client(self, owner: str) -> Client:
        """An SDK client talking streamable HTTP with `owner`'s bearer token."""
        headers = {"Authorization": f"Bearer {self.tokens[owner]}"}
        return Client(streamable_http_client(self.url, http_client=httpx2.AsyncClient(headers=headers, timeout=300)))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_listening(process: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"zone mcp --http exited with {process.returncode}:\n{log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"zone mcp --http did not listen within {SERVER_START_SECONDS} s:\n{log.read_text()}")


@pytest.fixture(scope="session")
def http_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpServer]:
    folder = tmp_path_factory.mktemp("mcp-http")
    tokens = {owner: secrets.token_urlsafe(24) for owner in ("alice", "bob")}
    tokens_file = folder / "tokens"
    tokens_file.write_text("# owner token\n" + "".join(f"{owner} {token}\n" for owner, token in tokens.items()))
    db_url = f"sqlite:///{folder / 'zone.db'}"
    port = _free_port()
    log = folder / "server.log"
    env = {**os.environ, **server_env(db_url, ZONE_MCP_TOKENS_FILE=str(tokens_file))}
    env.pop("ZONE_MCP_TOKEN", None)
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, *zone_mcp_args("--http", "--port", str(port))],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_listening(process, port, log)
        yield HttpServer(url=f"http://127.0.0.1:{port}/mcp", db_url=db_url, tokens=tokens)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
