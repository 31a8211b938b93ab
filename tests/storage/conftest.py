"""Fixtures of the storage tests: every store test runs on a real SQLite file in tmp_path AND on a
real PostgreSQL server started for the test run (tests marked `sqlite_only` run on SQLite alone).

Without PostgreSQL's programs (a developer machine) the PostgreSQL half is skipped with the reason;
in CI (`CI=true`) it must run, so a missing server is an error there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from sqlalchemy import MetaData, create_engine, select

ImageFactory = Callable[..., Image.Image]
BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: the test inspects the SQLite file itself")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("backend", BACKENDS[:1] if only_sqlite else BACKENDS)


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the user data folder (default database, share-link secret of server databases) in tmp_path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ZONE_SECRET", raising=False)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A fresh database: tmp_path/zone.db, or a new database on the PostgreSQL server."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'zone.db'}"
    return request.getfixturevalue("postgres").database()


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
def snapshot(db_url: str) -> Callable[[], dict[str, list[tuple]]]:
    """Every row of every table of the test's database, read by an engine of its own (not the store)."""

    def take() -> dict[str, list[tuple]]:
        engine = create_engine(db_url)
        try:
            metadata = MetaData()
            metadata.reflect(engine)
            with engine.connect() as connection:
                return {
                    name: sorted((tuple(row) for row in connection.execute(select(table))), key=repr)
                    for name, table in metadata.tables.items()
                }
        finally:
            engine.dispose()

    return take
