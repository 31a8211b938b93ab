"""Fixtures of the UI tests: a photo, and an app environment on tiny models and a fresh database."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from skimage import data


@pytest.fixture(scope="session")
def coffee_png() -> bytes:
    """skimage's coffee cup photo as PNG bytes, scaled down to keep tiny edits fast."""
    image = Image.fromarray(data.coffee()).resize((200, 150), Image.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite database for one test."""
    return f"sqlite:///{tmp_path / 'x.db'}"


@pytest.fixture
def app_env(monkeypatch: pytest.MonkeyPatch, db_url: str) -> str:
    """The app's environment: tiny models, offline, this test's database. Returns the database URL."""
    monkeypatch.setenv("ZONE_MODELS", "tiny")
    monkeypatch.setenv("ZONE_DB_URL", db_url)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("ZONE_LLM", raising=False)
    return db_url
