"""Loading the real models: InstructPix2Pix's parts, MagicBrush's UNet and SAM (section 2, 4).

Sources are hub ids (cached by huggingface_hub) or local folders, as `ZoneConfig` says. Device and
dtype are chosen automatically (CUDA in float16 when present, else CPU in float32) unless
configured. On CUDA, UNet calls are replayed CUDA graphs and SAM's encoder runs in float16
(`ZONE_CUDA_GRAPHS=0`, `ZONE_SAM_HALF=0` turn either off). A model that is missing is fetched on
first use with progress (`download.py`), unless `HF_HUB_OFFLINE=1`; one that cannot be had raises
`ModelNotFoundError` with one sentence naming it and how to get it, never a library's traceback.
"""

from __future__ import annotations

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


def resolve_dtype(name: str | None, device: torch.device) -> torch.dtype:
    """The configured dtype, else float16 on CUDA and float32 elsewhere."""
    if name:
        if name not in _DTYPES:
            raise ValueError(f"unknown ZONE_DTYPE {name!r}; choose one of {', '.join(sorted(_DTYPES))}")
        return _DTYPES[name]
    return torch.float16 if device.type == "cuda" else torch.float32


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
    return unet.to(device).eval()


def load_magicbrush(config: ZoneConfig, dtype: torch.dtype, device: torch.device) -> UNet2DConditionModel:
    """MagicBrush's UNet, fetched first if it is missing."""
    with model_source("MagicBrush", config.magicbrush):
        fetch_hub(config.magicbrush, MAGICBRUSH_PARTS, config)
    return load_unet(config.magicbrush, "MagicBrush", config, dtype, device)


def load_sam(config: ZoneConfig, device: torch.device) -> Sam:
    """Segment Anything (ViT-H by default) from its checkpoint file, fetched first if missing, in
    float32 on `device`."""
    path = fetch_sam(config)
    sam = sam_model_registry[config.sam_type](checkpoint=str(path)).to(device).eval()
    return half_precision_encoder(sam) if device.type == "cuda" and config.sam_half else sam


def load_models(config: ZoneConfig) -> ZoneModels:
    """InstructPix2Pix now; MagicBrush's UNet and SAM when first used."""
    device = resolve_device(config.device)
    dtype = resolve_dtype(config.dtype, device)
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
        vae=vae.to(device).eval(),
        unet=unet,
        scheduler_config=dict(scheduler_config),
        load_magicbrush=lambda: load_magicbrush(config, dtype, device),
        load_sam=lambda: load_sam(config, device),
        device=device,
        dtype=dtype,
        use_cuda_graphs=device.type == "cuda" and config.cuda_graphs,
    )
