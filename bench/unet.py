"""The guided UNet call alone (the denoising loop's cost) under layouts and kernels, as JSON.

    python bench/unet.py                # SD 1.5's UNet with random weights on CUDA, 512 x 512
    python bench/unet.py --compile      # float16 against the torch.compile'd UNet (minutes of compiling)
    python bench/unet.py --tiny         # the tiny UNet on the CPU (a smoke run of this script)

Each variant records the call the editor makes (three CFG branches, InstructPix2Pix's attention
capture included) as a CUDA graph and times its replays with CUDA events; its output is compared
with the float16 baseline's on the same inputs and weights. The baseline is also profiled op by op:
its kernel time split into convolutions, layout conversions, matrix products, attention,
normalisation and the rest says where the UNet phase's gap to the bf16 peak lies. The VAE's decode
(the other network in the denoise stage) is timed in both memory layouts.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from diffusers import AutoencoderKL, UNet2DConditionModel
from torch.nn.attention import SDPBackend, sdpa_kernel
from torch.profiler import ProfilerActivity, profile

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gpu import call_flops, peak_flops
from zone_tools.config import EditParams
from zone_tools.denoise.graphs import record_unet
from zone_tools.tiny import tiny_unet, tiny_vae


@dataclass(frozen=True)
class Variant:
    """One way of running the UNet: its dtype, memory layout, fused projections, attention kernel
    and whether inductor compiles it."""

    dtype: torch.dtype = torch.float16
    channels_last: bool = False
    fused_qkv: bool = False
    sdpa: SDPBackend | None = None
    compiled: bool = False


VARIANTS = {
    "float16": Variant(),
    "bfloat16": Variant(dtype=torch.bfloat16),
    "channels_last": Variant(channels_last=True),
    "fused_qkv": Variant(fused_qkv=True),
    "channels_last+fused_qkv": Variant(channels_last=True, fused_qkv=True),
    "sdpa_flash": Variant(sdpa=SDPBackend.FLASH_ATTENTION),
    "sdpa_efficient": Variant(sdpa=SDPBackend.EFFICIENT_ATTENTION),
    "sdpa_cudnn": Variant(sdpa=SDPBackend.CUDNN_ATTENTION),
}
COMPILED_VARIANTS = {
    "float16": Variant(),
    "channels_last": Variant(channels_last=True),
    "compiled": Variant(compiled=True),
    "compiled+channels_last": Variant(channels_last=True, compiled=True),
}
VAE_SCALE_FACTOR = 8
"""Pixels per latent pixel of Stable Diffusion's VAE (where the attention capture sits)."""
KERNEL_KINDS = (
    ("layout_conversion", r"nchwToNhwc|nhwcToNchw|transpose|permute"),
    ("attention", r"flash|fmha|attention|sdpa|softmax"),
    ("convolution", r"conv|fprop|dgrad|implicit|winograd"),
    ("matrix_product", r"gemm|cutlass|nvjet|xmma|wgmma|sm90"),
    ("normalisation", r"norm"),
)
"""Kernel-name patterns, first match wins (cuDNN's convolution kernels also say gemm or xmma)."""


@dataclass
class Inputs:
    """One guided call's inputs: latents with the image channels, the timestep and the embeddings."""

    sample: torch.Tensor
    timestep: torch.Tensor
    text: torch.Tensor


def build_unet(tiny: bool, device: torch.device, variant: Variant, seed: int = 0) -> UNet2DConditionModel:
    """InstructPix2Pix's UNet architecture (tiny or real) with seeded random weights, set up as `variant` says."""
    torch.manual_seed(seed)
    with device:
        unet = tiny_unet() if tiny else UNet2DConditionModel(in_channels=8, sample_size=64, cross_attention_dim=768)
    unet = unet.to(device, variant.dtype).eval()
    if variant.channels_last:
        unet = unet.to(memory_format=torch.channels_last)
    if variant.fused_qkv:
        unet.fuse_qkv_projections()
    if variant.compiled:
        unet.compile()
    return unet


def guided_inputs(unet: UNet2DConditionModel, device: torch.device, latent_size: int, seed: int = 1) -> Inputs:
    """Random inputs of the editor's shapes: three CFG branches of noisy and image latents."""
    generator = torch.Generator().manual_seed(seed)
    sample = torch.randn(3, unet.config.in_channels, latent_size, latent_size, generator=generator)
    text = torch.randn(3, 77, unet.config.cross_attention_dim, generator=generator)
    return Inputs(sample.to(device), torch.tensor(500, device=device), text.to(device))


@contextmanager
def attention_kernel(backend: SDPBackend | None) -> Iterator[None]:
    """Within the block, scaled_dot_product_attention uses only `backend` (any when None)."""
    with sdpa_kernel([backend]) if backend is not None else nullcontext():
        yield


def call_of(
    unet: UNet2DConditionModel, inputs: Inputs, device: torch.device, variant: Variant
) -> Callable[[], torch.Tensor]:
    """The editor's guided call as a replayable function: a recorded CUDA graph on CUDA, else eager."""
    sample, text = inputs.sample.to(variant.dtype), inputs.text.to(variant.dtype)
    with attention_kernel(variant.sdpa), torch.inference_mode():
        if device.type == "cuda":
            capture = (EditParams().capture_branches, VAE_SCALE_FACTOR)
            graphed = record_unet(unet, sample, inputs.timestep, text, capture)
            return lambda: graphed.forward(sample, inputs.timestep, text)
    return lambda: unet(sample, inputs.timestep, encoder_hidden_states=text).sample


def median_ms(call: Callable[[], torch.Tensor], device: torch.device, repeats: int) -> float:
    """Median milliseconds of `repeats` calls after three warm-up calls (CUDA events on CUDA)."""
    samples = []
    with torch.inference_mode():
        for _ in range(3):
            call()
        for _ in range(repeats):
            if device.type == "cuda":
                start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
                start.record()
                call()
                end.record()
                end.synchronize()
                samples.append(start.elapsed_time(end))
            else:
                began = time.perf_counter()
                call()
                samples.append((time.perf_counter() - began) * 1000.0)
    return statistics.median(samples)


def kernel_kind(name: str) -> str:
    """The kind of work a GPU kernel does, read off its name."""
    return next((kind for kind, pattern in KERNEL_KINDS if re.search(pattern, name, re.IGNORECASE)), "other")


def kernel_profile(unet: UNet2DConditionModel, inputs: Inputs, calls: int = 3) -> dict[str, Any]:
    """Device milliseconds per guided call by kernel kind, and the twelve costliest kernels."""
    sample, text = inputs.sample.to(unet.dtype), inputs.text.to(unet.dtype)
    with torch.inference_mode():
        unet(sample, inputs.timestep, encoder_hidden_states=text)
        torch.cuda.synchronize()
        with profile(activities=[ProfilerActivity.CUDA]) as prof:
            for _ in range(calls):
                unet(sample, inputs.timestep, encoder_hidden_states=text)
            torch.cuda.synchronize()
    kernels = [event for event in prof.key_averages() if event.device_type.name == "CUDA"]
    by_kind: dict[str, float] = defaultdict(float)
    for event in kernels:
        by_kind[kernel_kind(event.key)] += event.self_device_time_total / 1000.0 / calls
    costliest = sorted(kernels, key=lambda event: event.self_device_time_total, reverse=True)[:12]
    return {
        "ms_per_call_by_kind": {kind: round(ms, 3) for kind, ms in sorted(by_kind.items(), key=lambda kv: -kv[1])},
        "costliest_kernels": [
            {
                "name": event.key[:120],
                "kind": kernel_kind(event.key),
                "ms_per_call": round(event.self_device_time_total / 1000.0 / calls, 3),
                "launches_per_call": event.count // calls,
            }
            for event in costliest
        ],
    }


def relative_error(output: torch.Tensor, reference: torch.Tensor) -> float:
    """‖output − reference‖ / ‖reference‖ in float32."""
    return float((output.float() - reference.float()).norm() / reference.float().norm())


def measure_variants(
    variants: dict[str, Variant], tiny: bool, device: torch.device, latent_size: int, repeats: int
) -> tuple[dict[str, Any], float]:
    """Each variant's median milliseconds per call, FLOP/s and error against float16; the FLOPs per call."""
    baseline = build_unet(tiny, device, VARIANTS["float16"])
    inputs = guided_inputs(baseline, device, latent_size)
    flops = call_flops(baseline, inputs.sample.half(), inputs.timestep, inputs.text.half())
    with torch.inference_mode():
        reference = baseline(
            inputs.sample.half(), inputs.timestep, encoder_hidden_states=inputs.text.half()
        ).sample.clone()
    del baseline
    peak = peak_flops(device)
    results: dict[str, Any] = {}
    for name, variant in variants.items():
        began = time.perf_counter()
        try:
            unet = build_unet(tiny, device, variant)
            call = call_of(unet, inputs, device, variant)
            ms = median_ms(call, device, repeats)
            with torch.inference_mode():
                error = relative_error(call(), reference)
        except (RuntimeError, NotImplementedError) as failure:
            results[name] = {"error": str(failure).splitlines()[0][:300]}
            continue
        finally:
            if device.type == "cuda":
                torch.cuda.empty_cache()
        results[name] = {
            "ms_per_call": round(ms, 3),
            "tflops": round(flops / ms / 1e9, 1),
            "relative_error_vs_float16": round(error, 5),
            "setup_seconds": round(time.perf_counter() - began, 1),
        }
        if peak:
            results[name]["share_of_bf16_peak"] = round(flops / (ms / 1000.0) / peak, 4)
        del unet, call
    first = results.get("float16", {}).get("ms_per_call")
    for result in results.values():
        if first and "ms_per_call" in result:
            result["speedup_vs_float16"] = round(first / result["ms_per_call"], 3)
    return results, flops


def vae_decode_ms(tiny: bool, device: torch.device, latent_size: int, repeats: int) -> dict[str, float]:
    """Milliseconds of one float16 VAE decode of the latents, in each memory layout."""
    torch.manual_seed(0)
    with device:
        vae = (
            tiny_vae()
            if tiny
            else AutoencoderKL(
                block_out_channels=(128, 256, 512, 512),
                down_block_types=("DownEncoderBlock2D",) * 4,
                up_block_types=("UpDecoderBlock2D",) * 4,
                layers_per_block=2,
                latent_channels=4,
            )
        )
    vae = vae.to(device, torch.float16).eval()
    latents = torch.randn(1, vae.config.latent_channels, latent_size, latent_size, device=device, dtype=torch.float16)
    timings = {}
    for layout in (torch.contiguous_format, torch.channels_last):
        vae.to(memory_format=layout)
        timings[str(layout).removeprefix("torch.")] = round(
            median_ms(lambda: vae.decode(latents).sample, device, repeats), 3
        )
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tiny", action="store_true", help="the tiny UNet on the CPU (a smoke run of this script)")
    parser.add_argument("--compile", action="store_true", help="float16 against the torch.compile'd UNet only")
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()

    device = torch.device("cpu") if args.tiny else torch.device("cuda")
    latent_size = 16 if args.tiny else 64
    variants = COMPILED_VARIANTS if args.compile else VARIANTS
    if args.tiny:
        variants = {name: variant for name, variant in variants.items() if variant.sdpa is None}
    results, flops = measure_variants(variants, args.tiny, device, latent_size, args.repeats)
    report: dict[str, Any] = {
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
        "torch": torch.__version__,
        "work_size": latent_size * 8,
        "unet_gflops_per_guided_call": round(flops / 1e9, 1),
        "variants": results,
    }
    if device.type == "cuda" and not args.compile:
        baseline = build_unet(args.tiny, device, VARIANTS["float16"])
        try:
            report["float16_profile"] = kernel_profile(baseline, guided_inputs(baseline, device, latent_size))
        except (RuntimeError, AttributeError) as failure:
            report["float16_profile"] = {"error": str(failure)[:300]}
        del baseline
    if not args.compile:
        report["vae_decode_ms"] = vae_decode_ms(args.tiny, device, latent_size, min(args.repeats, 10))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
