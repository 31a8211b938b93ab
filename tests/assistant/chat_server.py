"""An OpenAI-compatible chat server on 127.0.0.1 for tests: `/v1/chat/completions` answers from a
script (words, tool calls, an HTTP error, or no answer until the test ends) and records each request."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Say:
    """Answer with words."""

    content: str


@dataclass(frozen=True)
class Call:
    """Answer with one tool call."""

    name: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Fail:
    """Answer with an HTTP error."""

    status: int


@dataclass(frozen=True)
class Hang:
    """Do not answer until the server stops."""


Step = Say | Call | Fail | Hang


class ChatServer(ThreadingHTTPServer):
    """The server; `requests` holds the JSON bodies it received, in order."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, script: list[Step]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = list(script)
        self.requests: list[dict[str, Any]] = []
        self.released = threading.Event()
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def next_step(self, body: dict[str, Any]) -> Step:
        with self.lock:
            self.requests.append(body)
            return self.script.pop(0) if self.script else Fail(599)


def _completion(step: Say | Call, number: int) -> dict[str, Any]:
    if isinstance(step, Say):
        message: dict[str, Any] = {"role": "assistant", "content": step.content}
        finish = "stop"
    else:
        call = {
            "id": f"call_{number}",
            "type": "function",
            "function": {"name": step.name, "arguments": json.dumps(step.args)},
        }
        message = {"role": "assistant", "content": None, "tool_calls": [call]}
        finish = "tool_calls"
    return {
        "id": f"chatcmpl-{number}",
        "object": "chat.completion",
        "created": 0,
        "model": "some-model",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


class _Handler(BaseHTTPRequestHandler):
    server: ChatServer

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._send(404, {"error": {"message": "not found"}})
            return
        step = self.server.next_step(body)
        if isinstance(step, Hang):
            self.server.released.wait()
            return
        if isinstance(step, Fail):
            self._send(step.status, {"error": {"message": "scripted failure", "type": "server_error"}})
            return
        self._send(200, _completion(step, len(self.server.requests)))

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@contextmanager
def chat_server(script: list[Step]) -> Iterator[ChatServer]:
    """A running `ChatServer`; stopped (and any hanging answer released) on exit."""
    server = ChatServer(script)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.released.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
