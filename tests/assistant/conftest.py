"""Fixtures: one tiny ZONE editor for the whole run, a fresh SQLite store per test, a small photo."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from assistant import Assistant
from storage import Store
from zone_tools import ZoneEditor


@pytest.fixture(scope="session")
def editor() -> ZoneEditor:
    return ZoneEditor.tiny(seed=0)


@pytest.fixture
def fast() -> dict[str, int]:
    """Edit settings that keep a tiny-model edit to a few seconds on a busy CPU."""
    return {"steps": 1, "points_per_side": 4}


@pytest.fixture
def assistant(store: Store, editor: ZoneEditor, monkeypatch: pytest.MonkeyPatch) -> Assistant:
    monkeypatch.delenv("ZONE_LLM", raising=False)
    return Assistant(store, editor)


@pytest.fixture
def photo() -> Image.Image:
    """A table-top: grey background, a red disc (the cup) and a white square (the plate)."""
    ys, xs = np.mgrid[0:72, 0:96]
    pixels = np.full((72, 96, 3), 120, dtype=np.uint8)
    pixels[(ys - 30) ** 2 + (xs - 30) ** 2 < 15**2] = (200, 30, 30)
    pixels[40:64, 55:88] = (235, 235, 235)
    return Image.fromarray(pixels)
