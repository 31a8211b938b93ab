"""The app's progress bar says how long is left during a real tiny edit: the edit is held after its
last denoising step until the page has been looked at, so nothing depends on how fast it runs."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from ui_apptest import TIMEOUT, settle, submit

from app.jobs import EditJob
from tests.time_left_words import LEFT

APP = Path(__file__).resolve().parents[2] / "streamlit_app.py"


def progress_texts(at: AppTest) -> list[str]:
    """The captions of the progress bars on the page."""
    return [element.proto.text for element in at.get("progress")]


def test_the_progress_bar_says_the_time_left(app_env: str, coffee_png: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    holding, looked = threading.Event(), threading.Event()
    report = EditJob._progress

    def held(job: EditJob, step: int, total: int, stage: str) -> None:
        report(job, step, total, stage)
        if stage == "denoise" and step == total:
            holding.set()
            looked.wait(TIMEOUT)

    monkeypatch.setattr(EditJob, "_progress", held)
    try:
        at = submit(AppTest.from_file(str(APP), default_timeout=TIMEOUT).run(), "make the cup blue", coffee_png)
        assert holding.wait(TIMEOUT), "the edit did not reach its last denoising step"
        texts = progress_texts(at.run())
    finally:
        looked.set()
    [text] = texts
    assert re.fullmatch(rf"Models loaded in [\d.]+ s\. Denoising: step (\d+) of \1, {LEFT.pattern}", text), text
    settle(at)
    assert not at.exception
