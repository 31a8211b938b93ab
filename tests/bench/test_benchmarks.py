"""Every benchmark runs and prints the JSON it promises (smoke runs; no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_bench(*args: str) -> dict:
    """Run `python bench/...` from the repo root and parse its stdout."""
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_gpu_bench_runs_on_cpu_with_tiny_models() -> None:
    report = run_bench("bench/gpu.py", "--tiny", "--repeats", "1", "--steps", "2")
    assert report["device"] == "cpu" and report["steps"] == 2
    for action in ("change", "remove"):
        config = report["configs"][action]
        for side in ("fast", "reference"):
            assert {"denoise", "segment", "smooth", "blend", "end_to_end"} <= set(config[side])
        assert config["speedup_end_to_end"] > 0


def test_unet_bench_times_each_variant_against_float16_on_cpu_with_the_tiny_unet() -> None:
    report = run_bench("bench/unet.py", "--tiny", "--repeats", "1")
    assert report["device"] == "cpu" and report["unet_gflops_per_guided_call"] > 0
    variants = report["variants"]
    assert {"float16", "bfloat16", "channels_last", "fused_qkv"} <= set(variants)
    assert variants["float16"]["speedup_vs_float16"] == 1.0
    assert all(v["ms_per_call"] > 0 and v["relative_error_vs_float16"] < 0.05 for v in variants.values())
    assert set(report["vae_decode_ms"]) == {"contiguous_format", "channels_last"}


def test_cpu_bench_reports_stages_classifier_and_tiny_edit() -> None:
    report = run_bench("bench/cpu.py", "--quick")
    assert set(report["cpu_targets"]) == {"512.edge_smoother+composite", "512.select_segment_200", "12mp.composite"}
    assert report["classifier"]["load_s"] > 0
    assert "denoise" in report["tiny_edit_20_steps"]["stage_median_ms"]


def test_real_cpu_bench_compares_float32_and_the_fast_path_in_separate_processes() -> None:
    report = run_bench("bench/cpu_real.py", "--tiny", "--actions", "change", "--steps", "2")
    runs = report["actions"]["change"]
    fast_dtype = "bfloat16" if report["machine"]["bfloat16"] else "float32"
    assert runs["float32"]["dtype"] == "float32" and runs["fast"]["dtype"] == fast_dtype
    for config in ("float32", "fast"):
        assert runs[config]["edit_s"] > 0 and runs[config]["peak_rss_gb"] > 0
        assert {"denoise", "segment", "smooth", "blend"} <= set(runs[config]["stages_s"])
    assert runs["fast_over_float32"] > 0
    # Without bfloat16 the fast path keeps float32 weights and paints the same canvas; with it, a slightly other one.
    difference = runs["canvas_vs_float32"]["mean_abs"]
    assert difference > 0 if fast_dtype == "bfloat16" else difference == 0
    assert report["noise_prediction_vs_float32"]["relative_rms"] < 0.03


def test_action_bench_reports_load_and_latency() -> None:
    report = run_bench("bench/action.py", "--repeat", "1")
    assert report["load_s"] > 0 and report["latency_ms"]["median"] > 0


def test_storage_bench_reports_listing_and_large_round() -> None:
    report = run_bench("bench/storage.py", "--repeat", "1")
    assert report["open_session_200_rounds"]["open_store"]["median_ms"] > 0
    assert report["store_12mp_round_with_layer_and_3_masks"]["megapixels"] == 12.0


def test_dialogue_bench_reports_accuracy_per_act_and_latency() -> None:
    report = run_bench("bench/dialogue.py", "--wrong")
    assert report["count"] >= 360 and 0 <= report["accuracy"] <= 1
    assert {"edit", "undo", "talk", "clarify"} <= set(report["per_act"])
    assert report["ms_per_decision"]["p95"] >= report["ms_per_decision"]["median"] > 0
    assert len(report["wrong"]) == report["count"] - report["right"]
