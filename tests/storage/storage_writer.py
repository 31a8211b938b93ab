"""A writer process for the crash and concurrency tests (run as a script, not collected by pytest).

usage: storage_writer.py URL SESSION COUNT SEED
Writes COUNT edit rounds (COUNT 0: forever) to SESSION, each a child of the previous one, and prints
"committed ROUND_ID" after each commit. `new_session_with_photo` is imported by spawned processes.
"""

from __future__ import annotations

import sys
from typing import Any

import numpy as np
from PIL import Image

from storage import Store


def main(url: str, session: str, count: int, seed: int) -> int:
    rng = np.random.default_rng(seed)
    with Store(url) as store:
        parent = None
        written = 0
        while count == 0 or written < count:
            image = Image.fromarray(rng.integers(0, 256, (192, 256, 3), dtype=np.uint8))
            layer = Image.fromarray(rng.integers(0, 256, (192, 256, 4), dtype=np.uint8))
            masks = {name: rng.random((192, 256)) > 0.5 for name in ("rough", "refined", "final")}
            parent = store.add_round(
                session,
                image,
                parent_id=parent,
                instruction=f"edit {written}",
                layer=layer,
                masks=masks,
                meta={"action": "change", "seed": seed},
            )
            written += 1
            print(f"committed {parent}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))


def new_session_with_photo(url: str, size: tuple[int, int], start: Any) -> tuple[str, int]:
    """One page's first turn: a new session and its uploaded photo, begun when `start` (a Barrier)
    lets every party go at once. Runs in a spawned process or a thread."""
    width, height = size
    ramp = np.linspace(0, 255, width, dtype=np.float32)[None, :, None]
    noise = np.random.default_rng(width).integers(0, 24, (height, width, 3), dtype=np.uint8)
    photo = Image.fromarray((ramp + noise).clip(0, 255).astype(np.uint8))
    with Store(url) as store:
        start.wait(timeout=60)
        session = store.create_session()
        return session, store.add_round(session, photo)
