"""Helpers of the AppTest tests: send a chat turn, and wait until no turn runs on the page."""

from __future__ import annotations

import time

from streamlit.testing.v1 import AppTest

TIMEOUT = 180
"""Seconds a turn may take on the tiny models (a busy 2-core machine included)."""


def settle(at: AppTest) -> AppTest:
    """Look at the page again until no turn is running on it (no progress bar), as the browser does."""
    deadline = time.monotonic() + TIMEOUT
    while at.get("progress"):
        assert time.monotonic() < deadline, "the turn did not end"
        time.sleep(0.2)
        at.run()
    return at


def submit(at: AppTest, text: str, photo: bytes | None = None, name: str = "coffee.png") -> AppTest:
    """Type `text` (with `photo` attached) into the chat and submit it, without waiting for the turn."""
    chat = at.chat_input(key="prompt")
    if photo is not None:
        chat.upload(name, photo, "image/png")
    return chat.set_value(text).run()
