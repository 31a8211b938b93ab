"""Benchmark of the action classifier; prints one JSON object on stdout.

- torch_import_s: importing torch; package_import_s: importing the `zone_tools` package (its
  `__init__` brings in the editor and diffusers); classifier_import_s: the classifier's own modules.
  All three are shared with the rest of the app and reported apart from the load.
- load_s: building the classifier (tokenizer, MiniLM weights, head, checksum check); target under 3 s.
- first_call_ms: the first instruction (one-off kernel warm-up).
- latency_ms: per instruction after that (median, p90, max over every instruction of the
  hand-written set, repeated); target: median under 20 ms.
- load_average_1m: the machine's load when the bench ran; on a busy 2-core machine every number
  above grows with it, so read them together.

usage: python bench/action.py [--repeat N]   (or: python -m bench.action)
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import time
from pathlib import Path

_T0 = time.perf_counter()
import torch  # noqa: E402

_T_TORCH = time.perf_counter()
import zone_tools  # noqa: E402,F401

_T_PACKAGE = time.perf_counter()
from language.action.classifier import ActionClassifier  # noqa: E402
from zone_tools.action import classify_proba, get_classifier  # noqa: E402

_T_MODULES = time.perf_counter()

WILD_SET = Path(__file__).resolve().parents[1] / "language" / "action" / "assets" / "action_wild.csv"
LOAD_TARGET_S = 3.0
LATENCY_TARGET_MS = 20.0


def instructions() -> list[str]:
    """The hand-written instructions: varied length and phrasing, never trained on."""
    with WILD_SET.open(newline="", encoding="utf-8") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the instruction set")
    args = parser.parse_args()
    start_load = time.perf_counter()
    get_classifier()
    load_s = time.perf_counter() - start_load
    texts = instructions()
    first = time.perf_counter()
    classify_proba(texts[0])
    first_ms = (time.perf_counter() - first) * 1000
    timings = []
    for _ in range(args.repeat):
        for text in texts:
            start = time.perf_counter()
            classify_proba(text)
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    median_ms = statistics.median(timings)
    print(
        json.dumps(
            {
                "bench": "action",
                "classifier": ActionClassifier.__module__,
                "python": platform.python_version(),
                "torch": torch.__version__,
                "cpus": os.cpu_count(),
                "torch_threads": torch.get_num_threads(),
                "load_average_1m": round(os.getloadavg()[0], 2),
                "torch_import_s": round(_T_TORCH - _T0, 3),
                "package_import_s": round(_T_PACKAGE - _T_TORCH, 3),
                "classifier_import_s": round(_T_MODULES - _T_PACKAGE, 3),
                "load_s": round(load_s, 3),
                "load_target_s": LOAD_TARGET_S,
                "first_call_ms": round(first_ms, 2),
                "instructions": len(timings),
                "latency_ms": {
                    "median": round(median_ms, 2),
                    "p90": round(timings[int(0.9 * (len(timings) - 1))], 2),
                    "max": round(timings[-1], 2),
                },
                "latency_target_ms": LATENCY_TARGET_MS,
                "meets_targets": load_s < LOAD_TARGET_S and median_ms < LATENCY_TARGET_MS,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
