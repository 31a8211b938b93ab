"""A whole real-size edit on the CPU: today's configuration and the fast path side by side (JSON).

    python bench/cpu_real.py                  # 512 x 512, 20 steps, change and removal, both configs
    python bench/cpu_real.py --tiny --steps 2 # a smoke run of the benchmark itself (tiny models)

The real architectures with random weights (`bench/real_models.py`, cost as trained ones) are
saved once as a `ZONE_MODELS` folder and loaded by the real loading code. Each (configuration,
action) runs in a fresh process, so its peak memory is its own: `float32` is the CPU path as it
was before the fast path (`ZONE_DTYPE=float32`), `fast` the default on this CPU. Both edit the
astronaut photo at 512 x 512 with the same seed and the same object-sized mask (random weights
localize nothing), so SAM, the smoother and the blend run as on a real edit. The numerical check
compares the two configurations' noise predictions on the same inputs and their final canvases.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PIL import Image
from skimage import data

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.real_models import object_region, save_real_models, save_tiny_models
from zone_tools.config import ZoneConfig
from zone_tools.denoise.sampling import eager_forward
from zone_tools.editor import ZoneEditor
from zone_tools.loading import cpu_computes_bfloat16, load_models

CASES = {"change": "make the flag blue", "remove": "remove the flag"}
CONFIGS = {"float32": {"ZONE_DTYPE": "float32"}, "fast": {}}
"""Environment of each configuration (`fast` is the default: nothing set)."""
SEED = 7


def photo() -> Image.Image:
    """scikit-image's astronaut, 512 x 512: the models run at 64 x 64 latents."""
    return Image.fromarray(data.astronaut())


def run_one(models_dir: Path, action: str, steps: int, work_size: int, out: Path) -> dict[str, Any]:
    """Load the models as the environment configures them, then time one edit (in this process)."""
    start = time.perf_counter()
    editor = ZoneEditor.from_pretrained(ZoneConfig.from_env(models=str(models_dir)))
    models = editor.models
    _ = models.sam
    if action == "remove":
        _ = models.magicbrush
    load_s = time.perf_counter() - start
    image = photo()
    result = editor.edit(
        image,
        CASES[action],
        action=action,
        mask=object_region(image.size),
        seed=SEED,
        params={"steps": steps, "work_size": work_size},
    )
    np.save(out, np.asarray(result.working_canvas))
    return {
        "dtype": str(models.dtype).removeprefix("torch."),
        "threads": torch.get_num_threads(),
        "load_s": round(load_s, 1),
        "edit_s": round(result.timings["total"], 1),
        "stages_s": {name: round(value, 2) for name, value in result.timings.items() if name != "total"},
        "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2),
    }


def in_child(config: str, action: str, args: argparse.Namespace, out: Path) -> dict[str, Any]:
    """`run_one` in a fresh Python process with the configuration's environment."""
    env = {**os.environ, **CONFIGS[config], "HF_HUB_OFFLINE": "1", "ZONE_SAM": args.sam}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    command = [sys.executable, "-m", "bench.cpu_real", "--child", action, "--models", str(args.models)]
    command += ["--steps", str(args.steps), "--work-size", str(args.work_size), "--out", str(out)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{config} {action} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def noise_prediction_error(models_dir: Path, work_size: int) -> dict[str, float]:
    """The fast path's UNet noise prediction against float32 on the same inputs (one guided call)."""
    latent = work_size // 8
    sample = torch.randn(3, 8, latent, latent, generator=torch.Generator().manual_seed(0))
    predictions = []
    for dtype in ("float32", None):
        models = load_models(ZoneConfig.from_env(models=str(models_dir), dtype=dtype))
        width = models.text_encoder.config.hidden_size
        text = torch.randn(3, 77, width, generator=torch.Generator().manual_seed(1))
        with torch.inference_mode():
            predictions.append(eager_forward(models.unet)(sample, torch.tensor(500), text))
        del models
    reference, fast = predictions
    return {
        "relative_rms": float((fast - reference).norm() / reference.norm()),
        "max_abs": float((fast - reference).abs().max()),
        "reference_rms": float(reference.pow(2).mean().sqrt()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--models", type=Path, default=Path(tempfile.gettempdir()) / "zone-bench-real-models")
    parser.add_argument("--tiny", action="store_true", help="the tiny models at 128 px: a smoke run")
    parser.add_argument("--work-size", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--actions", nargs="+", default=list(CASES), choices=list(CASES))
    parser.add_argument("--child", choices=list(CASES), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.models, args.child, args.steps, args.work_size, args.out)))
        return
    with tempfile.TemporaryDirectory() as scratch:
        if args.tiny:
            args.models, args.sam, args.work_size = save_tiny_models(Path(scratch) / "models"), "vit_b", 128
        else:
            args.models, args.sam, args.work_size = save_real_models(args.models), "vit_h", 512
        json.dump(measure(args, Path(scratch)), sys.stdout, indent=2)
    print()


def measure(args: argparse.Namespace, scratch: Path) -> dict[str, Any]:
    """Both configurations for each action, and the numerical check."""
    report: dict[str, Any] = {
        "machine": {
            "cpu": platform.processor() or platform.machine(),
            "cores": len(os.sched_getaffinity(0)),
            "bfloat16": cpu_computes_bfloat16(),
            "torch": torch.__version__,
        },
        "models": "tiny" if args.tiny else "real architectures, random weights",
        "work_size": args.work_size,
        "steps": args.steps,
        "actions": {},
    }
    for action in args.actions:
        runs: dict[str, Any] = {}
        canvases = {}
        for config in CONFIGS:
            out = scratch / f"{config}-{action}.npy"
            runs[config] = in_child(config, action, args, out)
            canvases[config] = np.load(out).astype(np.int16)
        difference = np.abs(canvases["fast"] - canvases["float32"])
        runs["fast_over_float32"] = round(runs["fast"]["edit_s"] / runs["float32"]["edit_s"], 3)
        runs["canvas_vs_float32"] = {
            "mean_abs": round(float(difference.mean()), 2),
            "p99_abs": int(np.percentile(difference, 99)),
        }
        report["actions"][action] = runs
    report["noise_prediction_vs_float32"] = noise_prediction_error(args.models, args.work_size)
    return report


if __name__ == "__main__":
    main()
