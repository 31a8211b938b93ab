"""CPU timings of the ZONE stages that run on numpy (docs/method.md sections 3-6), as one JSON object.

    python bench/cpu.py            # 7 timed runs per stage, median reported
    python bench/cpu.py --quick    # 2 runs, a smoke test of the benchmark itself

Two scenes: a 512 x 512 photo, and a 4000 x 3000 (12 MP) photo whose stages run at its working size
(512 x 384) and whose composite is made at full size; then the action classifier (load, and a run
of four instructions) and one whole 20-step edit on the tiny models. Each section is a function
returning a dict; the dicts are merged into the printed object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import PIL
import scipy
from PIL import Image
from skimage import data

from zone_tools.imageio import to_working
from zone_tools.stages.blend import composite, matte
from zone_tools.stages.localize import rough_mask
from zone_tools.stages.refine import select_segment
from zone_tools.stages.smoother import edge_smoother

TARGETS_MS = {
    "512.edge_smoother+composite": 30.0,
    "512.select_segment_200": 50.0,
    "12mp.composite": 400.0,
}
"""Budgets this machine is held to (the project's CPU targets)."""


def timed(function: Callable[[], Any], repeats: int) -> dict[str, float]:
    """Median and minimum wall time of `repeats` calls in milliseconds, after one warm-up call."""
    function()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000.0)
    return {"median_ms": round(statistics.median(samples), 2), "min_ms": round(min(samples), 2), "runs": repeats}


@dataclass
class Scene:
    """One edit's worth of stage inputs: a photo, its working copy, a canvas and SAM-like proposals."""

    original: Image.Image
    work: np.ndarray
    canvas: np.ndarray
    attention: np.ndarray
    rough: np.ndarray
    segments: list[np.ndarray]
    refined: np.ndarray
    final: np.ndarray


def make_scene(full_size: tuple[int, int], n_segments: int = 200, seed: int = 0) -> Scene:
    """A photo of `full_size` = (w, h) with an object edited near its centre."""
    rng = np.random.default_rng(seed)
    photo = Image.fromarray(data.astronaut() if full_size == (512, 512) else data.coffee())
    original = photo if photo.size == full_size else photo.resize(full_size, Image.Resampling.BICUBIC)
    work = to_working(original)
    height, width = work.shape[:2]
    yy, xx = np.mgrid[:height, :width]
    centre_y, centre_x, radius = height * 0.5, width * 0.45, min(height, width) * 0.2
    obj = (yy - centre_y) ** 2 + (xx - centre_x) ** 2 <= radius**2

    drift = np.linspace(-10, 10, width)[None, :, None]
    canvas = np.clip(work.astype(np.float32) + drift, 0, 255).astype(np.uint8)
    canvas[obj] = (40, 90, 220)

    map_h, map_w = -(-height // 32), -(-width // 32)
    attention = rng.uniform(0.0, 1.0, size=(map_h, map_w, 77))
    cell_y, cell_x = np.mgrid[:map_h, :map_w]
    on_object = obj[np.minimum(cell_y * 32 + 16, height - 1), np.minimum(cell_x * 32 + 16, width - 1)]
    attention[:, :, 0] = np.where(on_object, 0.2, 1.0)
    attention[:, :, 11] = np.where(on_object, 1.0, 0.1)
    rough = rough_mask(attention, 12, (height, width))

    segments = [obj, obj & (yy < centre_y), ~obj]
    while len(segments) < n_segments:
        cy, cx = rng.uniform(0, height), rng.uniform(0, width)
        ry, rx = rng.uniform(4, height / 3), rng.uniform(4, width / 3)
        segments.append(((yy - cy) / ry) ** 2 + ((xx - cx) / rx) ** 2 <= 1.0)
    refined, _ = select_segment(rough, segments)
    final = edge_smoother(work, canvas, refined)
    return Scene(original, work, canvas, attention, rough, segments, refined, final)


def smooth_and_blend(scene: Scene) -> tuple[Image.Image, Image.Image]:
    """Sections 5 and 6 back to back: M*_f, the matte and the full-size composite."""
    final = edge_smoother(scene.work, scene.canvas, scene.refined)
    return composite(scene.original, scene.canvas, matte(final, scene.refined))


def bench_scene(name: str, full_size: tuple[int, int], repeats: int) -> dict[str, Any]:
    """Per-stage timings of one scene: localize, select_segment, edge_smoother, matte + composite."""
    scene = make_scene(full_size)
    height, width = scene.work.shape[:2]
    weights = matte(scene.final, scene.refined)
    stages = {
        "localize": timed(lambda: rough_mask(scene.attention, 12, (height, width)), repeats),
        "select_segment_200": timed(lambda: select_segment(scene.rough, scene.segments), repeats),
        "edge_smoother": timed(lambda: edge_smoother(scene.work, scene.canvas, scene.refined), repeats),
        "matte": timed(lambda: matte(scene.final, scene.refined), repeats),
        "composite": timed(lambda: composite(scene.original, scene.canvas, weights), repeats),
        "composite_full_layer": timed(
            lambda: composite(scene.original, scene.canvas, weights, full_layer=True), repeats
        ),
        "edge_smoother+composite": timed(lambda: smooth_and_blend(scene), repeats),
    }
    return {
        name: {
            "original": list(full_size),
            "working": [width, height],
            "attention_map": list(scene.attention.shape),
            "proposals": len(scene.segments),
            "stages": stages,
        }
    }


def bench_stages(repeats: int) -> dict[str, Any]:
    """Both scenes, and each target with its measured median and verdict."""
    results = {**bench_scene("512", (512, 512), repeats), **bench_scene("12mp", (4000, 3000), repeats)}
    targets = {}
    for key, budget in TARGETS_MS.items():
        scene, stage = key.split(".", 1)
        measured = results[scene]["stages"][stage]["median_ms"]
        targets[key] = {"target_ms": budget, "median_ms": measured, "met": measured <= budget}
    return {"cpu_stages": results, "cpu_targets": targets}


def bench_classifier(repeats: int) -> dict[str, Any]:
    """The action classifier: load once, then one instruction at a time (target: under 20 ms)."""
    from zone_tools.action import classify_proba, get_classifier

    start = time.perf_counter()
    get_classifier()
    load_s = time.perf_counter() - start
    texts = ["make his tie blue", "remove the cup", "give her sunglasses", "turn the day into night"]
    return {
        "classifier": {
            "load_s": round(load_s, 3),
            "run_of_instructions": timed(lambda: [classify_proba(t) for t in texts], repeats)
            | {"instructions_per_run": len(texts)},
        }
    }


def bench_tiny_edit(repeats: int) -> dict[str, Any]:
    """One whole edit on the tiny models (the test suite's editor): the pipeline's fixed costs."""
    from zone_tools import ZoneEditor

    editor = ZoneEditor.tiny()
    photo = Image.fromarray(data.coffee())
    editor.load()
    timings: list[dict[str, float]] = []

    def run() -> None:
        timings.append(editor.edit(photo, "make the cup blue", seed=0, params={"steps": 20}).timings)

    overall = timed(run, repeats)
    stages = {name: round(statistics.median(t[name] for t in timings[1:]) * 1000.0, 2) for name in timings[0]}
    return {"tiny_edit_20_steps": {"end_to_end": overall, "stage_median_ms": stages}}


def machine() -> dict[str, Any]:
    """Where the numbers were taken."""
    return {
        "machine": {
            "python": platform.python_version(),
            "processor": platform.processor() or platform.machine(),
            "cpus_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "pillow": PIL.__version__,
        }
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 runs per stage: a smoke test, not a measurement")
    parser.add_argument("--repeats", type=int, default=None, help="timed runs per stage (default 7, quick 2)")
    args = parser.parse_args(argv)
    repeats = args.repeats or (2 if args.quick else 7)
    report: dict[str, Any] = {
        "quick": args.quick,
        **machine(),
        **bench_stages(repeats),
        **bench_classifier(repeats),
        **bench_tiny_edit(max(1, repeats // 3)),
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
