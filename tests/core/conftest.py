"""Shared fixtures of the editing-core tests: one tiny editor and real photos."""

from __future__ import annotations

import huggingface_hub.constants
import numpy as np
import pytest
from PIL import Image
from skimage import data

from zone_tools import ZoneEditor

FAST = {"steps": 2}


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reaches the internet: huggingface_hub's offline flag is on (a test may turn it off
    to download from a server on 127.0.0.1)."""
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)


@pytest.fixture(scope="session")
def editor() -> ZoneEditor:
    """The tiny-model editor, built once for the whole session."""
    return ZoneEditor.tiny(seed=0)


@pytest.fixture(scope="session")
def coffee() -> Image.Image:
    """skimage's coffee photo (a cup on a saucer), 600 x 400."""
    return Image.fromarray(data.coffee())


@pytest.fixture(scope="session")
def odd_photo() -> Image.Image:
    """A real photo at a size that is no multiple of 8 or 64: 601 x 397."""
    return Image.fromarray(data.astronaut()).resize((601, 397), Image.Resampling.LANCZOS)


def outside(layer: Image.Image) -> np.ndarray:
    """Pixels the layer leaves untouched (alpha 0)."""
    return np.asarray(layer)[..., 3] == 0
