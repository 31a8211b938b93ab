"""Benchmark of the dialogue model on the held-out set; prints one JSON object on stdout.

- load_s: importing `assistant.understanding` and its first decision (encoder, heads, checksums).
- accuracy, per_act: turns right overall and per expected act (target: at least 97% overall);
  unwanted_edits: edits made where none was asked for (target: at most 0.5% of turns).
- ms_per_decision: median and p95 of one decision after the first, the edit itself excluded
  (target: under 30 ms on this CPU); every pass over the set is timed.
- load_average_1m: the machine's load when the bench ran; on a busy 2-core machine the timings grow
  with it, so read them together.
- wrong (with --wrong): the turns the model got wrong, with what it did.

The rules for "right" are in `assistant/evaluation.py`.

usage: python bench/dialogue.py [--repeat N] [--wrong]   (or: python -m bench.dialogue)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

from assistant.evaluation import evaluate, load_cases

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "dialogue_heldout.jsonl"
ACCURACY_TARGET = 0.97
UNWANTED_EDIT_TARGET = 0.005
LATENCY_TARGET_MS = 30.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="passes over the held-out set")
    parser.add_argument("--wrong", action="store_true", help="list the turns the model got wrong")
    args = parser.parse_args()
    cases = load_cases(HELDOUT)
    start = time.perf_counter()
    from assistant.understanding import decide

    first = evaluate(decide, cases[:1])
    load_s = time.perf_counter() - start
    reports = [evaluate(decide, cases) for _ in range(max(1, args.repeat))]
    report = reports[0]
    timings = sorted(ms for each in reports for ms in each.ms)
    median_ms = timings[len(timings) // 2]
    p95_ms = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    data = report.as_dict()
    result = {
        "bench": "dialogue",
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "load_s": round(load_s, 3),
        "first_call_ms": round(first.ms[0], 2),
        "count": report.count,
        "right": report.right,
        "accuracy": data["accuracy"],
        "accuracy_target": ACCURACY_TARGET,
        "per_act": {act: score["accuracy"] for act, score in data["per_act"].items()},
        "unwanted_edits": report.unwanted_edits,
        "unwanted_edit_rate": data["unwanted_edit_rate"],
        "unwanted_edit_target": UNWANTED_EDIT_TARGET,
        "decisions_timed": len(timings),
        "ms_per_decision": {"median": round(median_ms, 3), "p95": round(p95_ms, 3)},
        "latency_target_ms": LATENCY_TARGET_MS,
        "meets_targets": (
            report.accuracy >= ACCURACY_TARGET
            and report.unwanted_edit_rate <= UNWANTED_EDIT_TARGET
            and median_ms < LATENCY_TARGET_MS
        ),
    }
    if args.wrong:
        result["wrong"] = data["wrong"]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
