"""Fixtures of the command-line tests: a small photo on disk, the offline router, and `zone` run in-process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from zone_cli.main import main


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every chat test uses the offline router and the tiny models, whatever the shell says."""
    monkeypatch.delenv("ZONE_LLM", raising=False)
    monkeypatch.setenv("ZONE_MODELS", "tiny")


@pytest.fixture
def photo_path(tmp_path: Path) -> Path:
    """A 96 x 72 noise photo saved as PNG (noise: its PNG is far larger than a few hundred bytes)."""
    pixels = np.random.default_rng(0).integers(0, 256, (72, 96, 3), dtype=np.uint8)
    path = tmp_path / "photo.png"
    Image.fromarray(pixels).save(path)
    return path


@pytest.fixture
def zone(db_url: str) -> Callable[..., int]:
    """`zone ARGS --db <this test's store>` run in-process; returns the exit status."""

    def run(*args: str) -> int:
        return main([*args, "--db", db_url])

    return run
