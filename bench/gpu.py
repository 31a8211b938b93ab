"""End-to-end edit timings: the released ZONE behaviour (`reference`) against ours (`fast`), as JSON.

    python bench/gpu.py                 # real-size random models on CUDA (SD 1.5 UNets, VAE,
                                        # CLIP ViT-L/14 text encoder, SAM ViT-H), 512 x 512, 20 steps
    python bench/gpu.py --compile       # the fast path with compiled UNets (ZONE_COMPILE=1)
    python bench/gpu.py --tiny          # the same script on the tiny models, on the CPU (CI runs it)

Random weights cost what trained ones cost. Both configurations edit the same photo with the same
seed and segment around the same object-sized region (random attention localizes nothing, trained
attention localizes an object), for an add/change edit and a removal. Reported per configuration
and action: per-stage seconds (median of the timed runs), end to end, peak GPU memory with every
model resident, the UNet phase's achieved FLOP/s and its share of the GPU's bf16 peak; then the
reference/fast ratios.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from diffusers import UNet2DConditionModel
from PIL import Image
from skimage import data
from torch.utils.flop_counter import FlopCounterMode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.real_models import object_region, random_real_parts
from bench.reference import reference_edit
from zone_tools.action import Action
from zone_tools.config import EditParams
from zone_tools.denoise.sampling import encode_image, encode_text
from zone_tools.editor import ZoneEditor
from zone_tools.imageio import to_working
from zone_tools.loading import prepare_unet
from zone_tools.models import ZoneModels
from zone_tools.stages.segment import HalfPrecisionEncoder, half_precision_encoder
from zone_tools.tiny import tiny_models, tiny_tokenizer

BF16_PEAK_FLOPS = {"H100": 989.4e12, "H200": 989.4e12, "A100": 312e12, "L40S": 362e12}
CASES = {"change": "make the cup blue", "remove": "remove the cup"}


def real_models(
    device: torch.device,
    dtype: torch.dtype,
    graphs: bool = True,
    half_sam: bool = True,
    channels_last: bool = True,
    compiled: bool = False,
) -> ZoneModels:
    """Randomly initialised models with the real architectures, set up as `load_models` sets up
    the real ones (channels-last UNets on CUDA, CUDA graphs, float16 SAM encoder) unless told
    otherwise; `compiled` as with `ZONE_COMPILE=1`."""
    parts = random_real_parts(device)
    sam = parts.sam.to(device).eval()

    def set_up(unet: UNet2DConditionModel) -> UNet2DConditionModel:
        unet = prepare_unet(unet.to(dtype), device, dtype, compiled)
        return unet if channels_last else unet.to(memory_format=torch.contiguous_format)

    magicbrush = set_up(parts.magicbrush)
    return ZoneModels(
        tokenizer=tiny_tokenizer(),
        text_encoder=parts.text_encoder.to(dtype).eval(),
        vae=parts.vae.to(dtype).eval(),
        unet=set_up(parts.unet),
        scheduler_config=parts.scheduler_config,
        load_magicbrush=lambda: magicbrush,
        load_sam=lambda: half_precision_encoder(sam) if half_sam else sam,
        device=device,
        dtype=dtype,
        use_cuda_graphs=graphs,
    )


def released_models(tiny: bool, device: torch.device) -> ZoneModels:
    """The same networks (same seed) as the released code runs them: float32, NCHW, op by op, with
    SAM in float32."""
    if tiny:
        return tiny_models(seed=0)
    return real_models(device, torch.float32, graphs=False, half_sam=False, channels_last=False)


def unet_flops_per_step(models: ZoneModels, work: np.ndarray) -> float:
    """FLOPs of one guided UNet call (the three CFG branches), counted by torch's flop counter."""
    text, _ = encode_text(models, CASES["change"])
    latents = encode_image(models, work)
    sample = torch.cat([torch.randn_like(latents), latents], dim=1)
    return call_flops(models.unet, sample, torch.tensor(500, device=models.device), text)


def call_flops(unet: UNet2DConditionModel, sample: torch.Tensor, timestep: torch.Tensor, text: torch.Tensor) -> float:
    """FLOPs of one `unet` call on these inputs, counted by torch's flop counter on the eager code (a compiled UNet
    is counted as the same arithmetic)."""
    counter = FlopCounterMode(display=False)
    with torch.inference_mode(), torch.compiler.set_stance("force_eager"), counter:
        unet(sample, timestep, encoder_hidden_states=text)
    return float(counter.get_total_flops())


def peak_flops(device: torch.device) -> float | None:
    """The GPU's dense bf16 peak from its name, if known."""
    if device.type != "cuda":
        return None
    name = torch.cuda.get_device_name(device)
    return next((flops for key, flops in BF16_PEAK_FLOPS.items() if key in name), None)


def measure(run, device: torch.device, repeats: int) -> dict[str, Any]:
    """Median per-stage seconds of `repeats` runs after a warm-up, with the peak memory they used."""
    run()
    if device.type == "cuda":
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        stages = run()
        if device.type == "cuda":
            torch.cuda.synchronize()
        stages["end_to_end"] = time.perf_counter() - start
        samples.append(stages)
    result = {key: round(statistics.median(s[key] for s in samples), 4) for key in samples[0] if key != "total"}
    if device.type == "cuda":
        result["peak_gpu_memory_gb"] = round(torch.cuda.max_memory_allocated(device) / 1e9, 2)
    return result


def measure_fast(
    models: ZoneModels, params: EditParams, photo: Image.Image, region: np.ndarray, device: torch.device, repeats: int
) -> dict[str, dict[str, Any]]:
    """Our editor on each case, with only its own models resident on the device."""
    editor = ZoneEditor(lambda: models, params)
    return {
        name: measure(
            lambda text=text, name=name: dict(
                editor.edit(photo, text, action=Action(name), mask=region, seed=0).timings
            ),
            device,
            repeats,
        )
        for name, text in CASES.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tiny", action="store_true", help="tiny models on the CPU (a smoke run of this script)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--no-graphs", action="store_true", help="fast path without CUDA graphs")
    parser.add_argument("--full-sam", action="store_true", help="fast path with SAM's encoder in float32")
    parser.add_argument("--nchw", action="store_true", help="fast path with the UNets in the NCHW layout")
    parser.add_argument("--compile", action="store_true", help="fast path with compiled UNets (ZONE_COMPILE=1)")
    args = parser.parse_args()

    if args.tiny:
        device, fast_models = torch.device("cpu"), tiny_models(seed=0)
        params = EditParams(work_size=128, steps=args.steps, points_per_side=8)
        photo_size = 128
    else:
        device = torch.device("cuda")
        fast_models = real_models(
            device,
            torch.float16,
            graphs=not args.no_graphs,
            half_sam=not args.full_sam,
            channels_last=not args.nchw,
            compiled=args.compile,
        )
        params = EditParams(steps=args.steps)
        photo_size = 512
    fast_models.load_all()
    photo = Image.fromarray(data.coffee()).resize((photo_size, photo_size), Image.Resampling.LANCZOS)
    region = object_region(photo.size)
    work = to_working(photo, params.work_size)
    rough = np.asarray(Image.fromarray(region).resize(work.shape[1::-1], Image.Resampling.NEAREST))

    report: dict[str, Any] = {
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
        "fast_cuda_graphs": fast_models.use_cuda_graphs,
        "fast_sam_encoder_fp16": isinstance(fast_models.sam.image_encoder, HalfPrecisionEncoder),
        "fast_unets_channels_last": fast_models.unet.conv_in.weight.is_contiguous(memory_format=torch.channels_last),
        "fast_unets_compiled": args.compile,
        "work_size": list(work.shape[1::-1]),
        "steps": params.steps,
        "torch": torch.__version__,
        "configs": {},
    }
    flops = unet_flops_per_step(fast_models, work)
    peak = peak_flops(device)
    fast = measure_fast(fast_models, params, photo, region, device, args.repeats)
    del fast_models
    if device.type == "cuda":
        torch.cuda.empty_cache()
    reference_models = released_models(args.tiny, device)
    reference_models.load_all()
    reference = {
        name: measure(
            lambda text=text, name=name: reference_edit(
                reference_models, work, photo, text, Action(name), rough, params, 0
            ),
            device,
            args.repeats,
        )
        for name, text in CASES.items()
    }
    for action_name in CASES:
        for config, timings in (("fast", fast[action_name]), ("reference", reference[action_name])):
            unets = 2 if config == "reference" or action_name == "remove" else 1
            achieved = flops * unets * params.steps / timings["denoise"]
            timings["unet_phase_tflops"] = round(achieved / 1e12, 2)
            if peak:
                timings["unet_phase_share_of_bf16_peak"] = round(achieved / peak, 4)
        report["configs"][action_name] = {
            "fast": fast[action_name],
            "reference": reference[action_name],
            "speedup_end_to_end": round(reference[action_name]["end_to_end"] / fast[action_name]["end_to_end"], 2),
            "speedup_denoise": round(reference[action_name]["denoise"] / fast[action_name]["denoise"], 2),
            "speedup_segment": round(reference[action_name]["segment"] / fast[action_name]["segment"], 2),
        }
    report["unet_gflops_per_guided_call"] = round(flops / 1e9, 1)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
