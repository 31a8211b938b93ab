"""Benchmark of the session store; prints one JSON object on stdout.

- open_session_200_rounds: open a session of 200 rounds (with a message each) and list its rounds
  and messages, on an already open store and from a freshly opened one (target: under 100 ms).
- store_12mp_round_with_layer_and_3_masks: store one round of a 12-megapixel photo (4000x3000 RGB)
  with its RGBA layer and three masks, PNG encoding included (target: under 2 s).
- load_12mp_image: load that round's image back (PNG decode).

The photo is synthetic but photo-like (smooth gradients plus sensor-like noise, no repeated
patterns, so PNG compression gets no easy wins); the masks cover one object-sized region.

usage: python bench/storage.py [--repeat N]   (or: python -m bench.storage)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

# Run as `python bench/storage.py`, this file's folder comes first on sys.path and its name would
# shadow the `storage` package it measures.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]

from storage import Store  # noqa: E402

ROUNDS = 200
PHOTO_SIZE = (4000, 3000)


def photo(size: tuple[int, int], seed: int) -> np.ndarray:
    """A photo-like uint8 HxWx3 array: gradients plus Gaussian noise."""
    width, height = size
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    base = 40 + 150 * x / width + 50 * y / height
    channels = np.stack([base, 0.8 * base + 20, 255 - base], axis=-1)
    channels += rng.normal(0, 6, channels.shape).astype(np.float32)
    return np.clip(channels, 0, 255).astype(np.uint8)


def timed(action: Callable[[], object], repeat: int) -> list[tuple[float, float]]:
    """(wall, CPU) milliseconds of `repeat` runs; CPU counts every thread of this process."""
    times = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        times.append(((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000))
    return times


def summary(times: list[tuple[float, float]], target_ms: float | None = None) -> dict[str, object]:
    """Median, min and max wall time, median CPU time, and whether the median meets the target."""
    walls = [wall for wall, _ in times]
    result: dict[str, object] = {
        "median_ms": round(statistics.median(walls), 1),
        "min_ms": round(min(walls), 1),
        "max_ms": round(max(walls), 1),
        "median_cpu_ms": round(statistics.median(cpu for _, cpu in times), 1),
        "runs": len(times),
    }
    if target_ms is not None:
        result["target_ms"] = target_ms
        result["ok"] = statistics.median(walls) < target_ms
    return result


def build_session(url: str) -> str:
    """A session of 200 small rounds (a tree with branches) and one message per round."""
    with Store(url) as store:
        session = store.create_session("bench")
        rng = np.random.default_rng(0)
        ids: list[int] = []
        for index in range(ROUNDS):
            image = Image.fromarray(rng.integers(0, 256, (24, 32, 3), dtype=np.uint8))
            parent = None if not ids else ids[max(0, index - 1 - index % 3)]
            mask = Image.fromarray((rng.random((24, 32)) > 0.5).astype(np.uint8) * 255)
            ids.append(
                store.add_round(
                    session,
                    image,
                    parent_id=parent,
                    instruction=f"edit {index}",
                    layer=image.convert("RGBA"),
                    masks={"rough": mask, "refined": mask, "final": mask},
                    meta={"action": "change", "seed": index, "params": {"steps": 20}, "timings": {"total": 1.0}},
                )
            )
            store.add_message(session, "user", f"edit {index}", round_id=ids[-1])
    return session


def bench_open_and_list(url: str, session: str, repeat: int) -> dict[str, dict[str, object]]:
    """Opening a 200-round session: its summary, rounds and messages, on an open store (what the
    app does when a session is picked) and from a fresh `Store` (what a new process does)."""

    def open_session(store: Store) -> None:
        store.session(session)
        assert len(store.rounds(session)) == ROUNDS
        store.messages(session)

    def fresh_store() -> None:
        with Store(url) as store:
            store.sessions()
            open_session(store)

    with Store(url) as store:
        on_open_store = summary(timed(lambda: open_session(store), repeat), 100.0)
    return {"open_store": on_open_store, "fresh_store": summary(timed(fresh_store, repeat), 100.0)}


def bench_store_round(url: str, repeat: int) -> tuple[dict[str, object], dict[str, object]]:
    pixels = photo(PHOTO_SIZE, seed=1)
    image = Image.fromarray(pixels)
    height, width = pixels.shape[:2]
    alpha = np.zeros((height, width), dtype=np.uint8)
    alpha[height // 3 : 2 * height // 3, width // 3 : width // 2] = 255
    layer = Image.fromarray(np.dstack([photo(PHOTO_SIZE, seed=2), alpha]))
    masks = {name: Image.fromarray(alpha) for name in ("rough", "refined", "final")}
    with Store(url) as store:
        session = store.create_session("12 MP")
        parent = store.add_round(session, image)
        # a new photo per run, so deduplication never skips the work
        edits = iter([Image.fromarray(photo(PHOTO_SIZE, seed=10 + run)) for run in range(repeat)])
        stored: list[int] = []

        def store_round() -> None:
            stored.append(store.add_round(session, next(edits), parent_id=parent, layer=layer, masks=masks))

        times = timed(store_round, repeat)
        loads = timed(lambda: store.round(stored[-1]).image, repeat)
    stored_round = summary(times, 2000.0)
    stored_round["megapixels"] = width * height / 1e6
    return stored_round, summary(loads)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (default 5)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="zone-bench-") as folder:
        listing_url = f"sqlite:///{Path(folder) / 'listing.db'}"
        session = build_session(listing_url)
        opened = bench_open_and_list(listing_url, session, args.repeat)
        stored, loaded = bench_store_round(f"sqlite:///{Path(folder) / 'photo.db'}", max(1, min(args.repeat, 3)))
    report = {
        "benchmark": "storage",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "load_avg_1m": os.getloadavg()[0]},
        "open_session_200_rounds": opened,
        "store_12mp_round_with_layer_and_3_masks": stored,
        "load_12mp_image": loaded,
    }
    json.dump(report, sys.stdout, indent=2)
    print()
    met = [opened["open_store"]["ok"], opened["fresh_store"]["ok"], stored["ok"]]
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())
