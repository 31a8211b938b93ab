"""Benchmark of the Ray Serve edit workers; prints one JSON object on stdout.

For 1 and 2 replicas of the tiny models on a local Ray instance: edits per second with 4 clients
at once, latency percentiles (p50, p95) of those edits, and the overhead of one remote edit over
the same edit in-process (one thread, as a replica runs it), measured one at a time.

usage: python bench/serve.py [--edits N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import numpy as np
import ray
import torch
from PIL import Image
from ray import serve

REPO = Path(__file__).resolve().parents[1]
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != Path(__file__).resolve().parent]

from serving.client import RemoteEditor  # noqa: E402
from serving.deployment import build_app  # noqa: E402
from zone_tools.editor import ZoneEditor  # noqa: E402

CLIENTS = 4
INSTRUCTION = "make the cup blue"


def _photo() -> Image.Image:
    rng = np.random.default_rng(0)
    return Image.fromarray(rng.integers(0, 256, (120, 160, 3), dtype=np.uint8))


def _percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def _timed(editor: RemoteEditor | ZoneEditor, photo: Image.Image, seed: int) -> float:
    """Seconds of one edit."""
    start = time.perf_counter()
    editor.edit(photo, INSTRUCTION, seed=seed)
    return time.perf_counter() - start


def _wait(url: str, limit: float = 300.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError("the workers did not come up")


def _measure(url: str, edits: int, photo: Image.Image) -> dict[str, float]:
    editor = RemoteEditor(url)
    for _ in range(2):
        editor.edit(photo, INSTRUCTION, seed=0)

    def one(seed: int) -> float:
        return _timed(editor, photo, seed)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        latencies = list(pool.map(one, range(edits)))
    wall = time.perf_counter() - start
    serial = [one(seed) for seed in range(3)]
    return {
        "edits_per_s": edits / wall,
        "latency_p50_s": _percentile(latencies, 50),
        "latency_p95_s": _percentile(latencies, 95),
        "one_at_a_time_s": statistics.median(serial),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=16, help="edits per configuration (default 16)")
    args = parser.parse_args()
    photo = _photo()
    torch.set_num_threads(1)
    local = ZoneEditor.tiny()
    local.edit(photo, INSTRUCTION, seed=0)
    in_process = statistics.median(_timed(local, photo, seed) for seed in range(3))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    env = {"ZONE_MODELS": "tiny", "PYTHONPATH": str(REPO)}
    ray.init(include_dashboard=False, runtime_env={"env_vars": env}, log_to_driver=False)
    results: dict[str, object] = {}
    try:
        serve.start(http_options={"host": "127.0.0.1", "port": port})
        for replicas in (1, 2):
            serve.run(build_app(replicas, models="tiny", preload=True), name="zone", route_prefix="/")
            _wait(url)
            measured = _measure(url, args.edits, photo)
            measured["overhead_per_edit_s"] = measured["one_at_a_time_s"] - in_process
            results[f"replicas_{replicas}"] = measured
            serve.delete("zone")
    finally:
        serve.shutdown()
        ray.shutdown()
    print(
        json.dumps(
            {
                "benchmark": "serve",
                "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
                "models": "tiny (160x120 photo, 20 steps)",
                "clients": CLIENTS,
                "edits": args.edits,
                "in_process_s": in_process,
                **results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
