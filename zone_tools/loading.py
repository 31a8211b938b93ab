"""Loading the real models: InstructPix2Pix's parts, MagicBrush's UNet and SAM (section 2, 4).

Sources are hub ids (cached by huggingface_hub) or local folders, as `ZoneConfig` says. Device and
dtype are chosen automatically unless configured: CUDA in float16 when present, else the CPU in
bfloat16 where it computes bfloat16 natively (AVX-512 BF16 or AMX: the CPU fast path), else the CPU
in float32. On CUDA, UNet calls are replayed CUDA graphs (`ZONE_CUDA_GRAPHS=0` turns that off), of UNets
compiled by torch.compile when `ZONE_COMPILE=1`; SAM's encoder runs in the 16-bit type
(`ZONE_SAM_HALF=0` turns that off). The UNets run channels-last on CUDA, and the CPU fast path keeps
the UNets and the VAE in the channels-last layout oneDNN's convolutions prefer; every CPU runs
on `ZONE_THREADS` threads (docs/method.md section 10). `ZONE_DTYPE=float32` is the CPU path as it
was before the fast path. A model that is missing is fetched on first use with progress
(`download.py`), unless `HF_HUB_OFFLINE=1`; one that cannot be had raises `ModelNotFoundError` with
one sentence naming it and how to get it, never a library's traceback.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import torch
from diffusers import AutoencoderKL, DPMSolverMultistepScheduler, UNet2DConditionModel
from huggingface_hub import is_offline_mode
from huggingface_hub.errors import HFValidationError
from segment_anything import sam_model_registry
from segment_anything.modeling import Sam
from transformers import CLIPTextModel, CLIPTokenizer

from zone_tools.config import ZoneConfig
from zone_tools.download import GET_MODELS_HINT, IP2P_PARTS, MAGICBRUSH_PARTS, fetch_hub, fetch_sam
from zone_tools.errors import ModelNotFoundError
from zone_tools.models import ZoneModels
from zone_tools.stages.segment import half_precision_encoder

_DTYPES = {
    "float16": torch.float16,
    "fp16": torch.float16,
    "bfloat16": torch.bfloat16,
    "bf16": torch.bfloat16,
    "float32": torch.float32,
    "fp32": torch.float32,
}


def resolve_device(name: str | None) -> torch.device:
    """The configured device, else CUDA when available, else the CPU."""
    if name:
        return torch.device(name)
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def cpu_computes_bfloat16() -> bool:
    """Whether this CPU has bfloat16 arithmetic (AVX-512 BF16 or AMX), not only an emulation."""
    return torch.cpu._is_avx512_bf16_supported() or torch.cpu._is_amx_tile_supported()


def resolve_dtype(name: str | None, device: torch.device) -> torch.dtype:
    """The configured dtype, else float16 on CUDA, bfloat16 on a CPU that computes it, else float32."""
    if name:
        if name not in _DTYPES:
            raise ValueError(f"unknown ZONE_DTYPE {name!r}; choose one of {', '.join(sorted(_DTYPES))}")
        return _DTYPES[name]
    if device.type == "cuda":
        return torch.float16
    return torch.bfloat16 if device.type == "cpu" and cpu_computes_bfloat16() else torch.float32


def is_cpu_fast_path(device: torch.device, dtype: torch.dtype) -> bool:
    """Whether the models run on the CPU fast path: the CPU, in bfloat16."""
    return device.type == "cpu" and dtype == torch.bfloat16


def sam_encoder_dtype(config: ZoneConfig, device: torch.device, dtype: torch.dtype) -> torch.dtype | None:
    """The 16-bit type SAM's image encoder runs in (float16 on CUDA, bfloat16 on a CPU running the
    other models in bfloat16), or None for float32 (`ZONE_SAM_HALF=0`, or a float32 CPU)."""
    if not config.sam_half:
        return None
    if device.type == "cuda":
        return torch.float16
    return torch.bfloat16 if is_cpu_fast_path(device, dtype) else None


def cpu_threads(configured: int | None) -> int:
    """Intra-op threads for the CPU: the configured count, else every core this process may use."""
    return configured or len(os.sched_getaffinity(0))


def cpu_layout(module: torch.nn.Module, device: torch.device, dtype: torch.dtype) -> torch.nn.Module:
    """`module` in channels-last memory (oneDNN's faster convolution layout) on the CPU fast path, as
    is elsewhere (a float32 CPU runs exactly as before the fast path). The VAE's layout: on CUDA its
    decode is slower channels-last (23.6 against 28.6 ms on an H200, bench/unet.py)."""
    return module.to(memory_format=torch.channels_last) if is_cpu_fast_path(device, dtype) else module


def compiles_unets(config: ZoneConfig, device: torch.device) -> bool:
    """Whether the UNets are compiled: asked for (`ZONE_COMPILE=1`), on CUDA with graphs. Only a
    recorded graph keeps the compiled code: run op by op, each edit's attention capture would swap
    processors and make torch.compile compile again."""
    return config.compile_unets and device.type == "cuda" and config.cuda_graphs


def prepare_unet(
    unet: UNet2DConditionModel, device: torch.device, dtype: torch.dtype, compiled: bool
) -> UNet2DConditionModel:
    """`unet` on `device` in eval mode, channels-last where its convolutions are faster so (CUDA:
    1.09x per guided call on an H200, where cuDNN otherwise converts every convolution's input from
    NCHW; the CPU fast path: oneDNN), compiled in place when `compiled` (1.58x per call on an H200,
    after about a minute of compiling on first use)."""
    unet = unet.to(device).eval()
    if device.type == "cuda" or is_cpu_fast_path(device, dtype):
        unet = unet.to(memory_format=torch.channels_last)
    if compiled:
        unet.compile()
    return unet


@contextmanager
def model_source(name: str, source: str) -> Iterator[None]:
    """Turn a library's "not found" failure while loading `name` into one clear sentence."""
    try:
        yield
    except (OSError, HFValidationError) as error:
        raise ModelNotFoundError(f"{name} ({source}) is not on this machine: {GET_MODELS_HINT}.") from error


def _subfolder(source: str, name: str) -> str | None:
    """`name` for hub ids and whole-pipeline folders; None for a folder that is the part itself."""
    path = Path(source)
    if path.is_dir() and not (path / name).is_dir() and (path / "config.json").is_file():
        return None
    return name


def load_unet(
    source: str, name: str, config: ZoneConfig, dtype: torch.dtype, device: torch.device
) -> UNet2DConditionModel:
    """A UNet from a hub id, a pipeline folder or a UNet folder, in eval mode on `device`."""
    with model_source(name, source):
        unet = UNet2DConditionModel.from_pretrained(
            source,
            subfolder=_subfolder(source, "unet"),
            torch_dtype=dtype,
            cache_dir=config.cache_dir,
            local_files_only=is_offline_mode(),
        )
    return prepare_unet(unet, device, dtype, compiles_unets(config, device))


def load_magicbrush(config: ZoneConfig, dtype: torch.dtype, device: torch.device) -> UNet2DConditionModel:
    """MagicBrush's UNet, fetched first if it is missing."""
    with model_source("MagicBrush", config.magicbrush):
        fetch_hub(config.magicbrush, MAGICBRUSH_PARTS, config)
    return load_unet(config.magicbrush, "MagicBrush", config, dtype, device)


def load_sam(config: ZoneConfig, device: torch.device, encoder_dtype: torch.dtype | None = None) -> Sam:
    """Segment Anything (ViT-H by default) from its checkpoint file, fetched first if missing, in
    float32 on `device`, its image encoder run in `encoder_dtype` when given."""
    path = fetch_sam(config)
    sam = sam_model_registry[config.sam_type](checkpoint=str(path)).to(device).eval()
    return sam if encoder_dtype is None else half_precision_encoder(sam, encoder_dtype)


def runtime_summary(config: ZoneConfig) -> str:
    """How the models will run, in words, for the app and the command line: the device, the
    precision (naming the CPU fast path and how to leave it), the CPU threads, SAM's size."""
    device = resolve_device(config.device)
    dtype = resolve_dtype(config.dtype, device)
    precision = str(dtype).removeprefix("torch.")
    if is_cpu_fast_path(device, dtype):
        precision += " (the CPU fast path; ZONE_DTYPE=float32 for full precision)"
    parts = ["CPU" if device.type == "cpu" else str(device), precision]
    if device.type == "cpu":
        threads = cpu_threads(config.threads)
        parts.append(f"{threads} thread{'' if threads == 1 else 's'}")
    if compiles_unets(config, device):
        parts.append("compiled UNets")
    parts.append(f"Segment Anything {config.sam_type}")
    return ", ".join(parts)


def load_models(config: ZoneConfig) -> ZoneModels:
    """InstructPix2Pix now; MagicBrush's UNet and SAM when first used."""
    device = resolve_device(config.device)
    dtype = resolve_dtype(config.dtype, device)
    if device.type == "cpu":
        torch.set_num_threads(cpu_threads(config.threads))
    common = {"cache_dir": config.cache_dir, "local_files_only": is_offline_mode()}
    with model_source("InstructPix2Pix", config.ip2p):
        fetch_hub(config.ip2p, IP2P_PARTS, config)
        tokenizer = CLIPTokenizer.from_pretrained(config.ip2p, subfolder="tokenizer", **common)
        text_encoder = CLIPTextModel.from_pretrained(config.ip2p, subfolder="text_encoder", dtype=dtype, **common)
        vae = AutoencoderKL.from_pretrained(config.ip2p, subfolder="vae", torch_dtype=dtype, **common)
        scheduler_config = DPMSolverMultistepScheduler.load_config(config.ip2p, subfolder="scheduler", **common)
    unet = load_unet(config.ip2p, "InstructPix2Pix", config, dtype, device)
    return ZoneModels(
        tokenizer=tokenizer,
        text_encoder=text_encoder.to(device).eval(),
        vae=cpu_layout(vae.to(device), device, dtype).eval(),
        unet=unet,
        scheduler_config=dict(scheduler_config),
        load_magicbrush=lambda: load_magicbrush(config, dtype, device),
        load_sam=lambda: load_sam(config, device, sam_encoder_dtype(config, device, dtype)),
        device=device,
        dtype=dtype,
        use_cuda_graphs=device.type == "cuda" and config.cuda_graphs,
    )
