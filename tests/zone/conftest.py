"""Shared fixtures of the ZONE stage tests: real photos from scikit-image, no downloads."""

from __future__ import annotations

import numpy as np
import pytest
from skimage import data


@pytest.fixture(scope="session")
def astronaut() -> np.ndarray:
    """A 512 x 512 RGB photo (uint8)."""
    return data.astronaut()


@pytest.fixture(scope="session")
def coffee() -> np.ndarray:
    """A 400 x 600 RGB photo (uint8)."""
    return data.coffee()
