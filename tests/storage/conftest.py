"""Fixtures of the storage tests: real SQLite files in tmp_path and small synthetic images."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest
from PIL import Image


ImageFactory = Callable[..., Image.Image]


@pytest.fixture
def make_image() -> ImageFactory:
    """Random images: make_image(mode="RGB", size=(w, h), seed=0)."""

    def make(mode: str = "RGB", size: tuple[int, int] = (48, 32), seed: int = 0) -> Image.Image:
        rng = np.random.default_rng(seed)
        channels = len(mode)
        shape = (size[1], size[0]) if channels == 1 else (size[1], size[0], channels)
        return Image.fromarray(rng.integers(0, 256, shape, dtype=np.uint8), mode)

    return make


@pytest.fixture
def edit(make_image: ImageFactory) -> Callable[..., dict]:
    """Keyword arguments of a full edit round (layer, three masks, canvas, meta) for add_round."""

    def make(seed: int = 1, instruction: str = "make his tie blue") -> dict:
        mask = np.zeros((32, 48), dtype=bool)
        mask[8:20, 10:30] = True
        return {
            "instruction": instruction,
            "layer": make_image("RGBA", seed=seed + 100),
            "masks": {"rough": mask, "refined": make_image("L", seed=seed + 200), "final": Image.fromarray(mask)},
            "canvas": make_image("RGB", seed=seed + 300),
            "meta": {"action": "change", "seed": seed, "params": {"steps": 20}, "timings": {"total": 1.25}},
        }

    return make


@pytest.fixture
def snapshot(tmp_path: Path) -> Callable[[], dict[str, list[tuple]]]:
    """Every row of every table of tmp_path/zone.db, read with the sqlite3 module (not the store)."""

    def take() -> dict[str, list[tuple]]:
        with closing(sqlite3.connect(tmp_path / "zone.db")) as connection:
            tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall()) for table in tables}

    return take
