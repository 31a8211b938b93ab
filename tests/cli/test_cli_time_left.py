"""The time left in the terminal: the progress bar's words under a scripted clock, and the bar of a real
tiny edit by `zone edit` and by `zone chat` (the words' shape only: the number depends on this machine)."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.time_left_words import LEFT
from zone_cli.main import main
from zone_tools.progress_bar import ProgressBar
from zone_tools.time_left import StageHistory, TimeLeft


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_bar_shows_the_time_left_of_the_whole_edit() -> None:
    """20 steps of 12 s: after step 2, 18 steps and the later stages (7.5 steps by default) are left."""
    clock, out = Clock(), io.StringIO()
    with ProgressBar("loading models", file=out, time_left=TimeLeft(clock, StageHistory())) as bar:
        clock.now += 12
        bar(1, 20, "denoise")
        first = out.getvalue()
        clock.now += 12
        bar(2, 20, "denoise")
    assert "loading models" in first and "denoising" in first and "left" not in first
    assert re.search(r"\| 2/20 \[\d\d:\d\d, about 5 min left\]", out.getvalue()[len(first) :])


def test_zone_edit_shows_the_time_left(photo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["edit", str(photo_path), "make the cup blue", "-o", str(tmp_path / "out.png")]
    assert main([*args, "--steps", "3", "--seed", "1", "--action", "change"]) == 0
    assert LEFT.search(capsys.readouterr().err)


def test_zone_chat_shows_the_time_left_on_stderr(
    zone: Callable[..., int], photo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert zone("chat", "--json", "--image", str(photo_path), "make", "the", "cup", "blue") == 0
    out, err = capsys.readouterr()
    reply = json.loads(out)
    assert reply["round"] == 1 and reply["error"] is None
    assert "denoising" in err and LEFT.search(err)


def test_a_chat_turn_that_edits_nothing_shows_no_bar(
    zone: Callable[..., int], photo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert zone("chat", "--image", str(photo_path)) == 0
    assert "denoising" not in capsys.readouterr().err
