"""The real architectures with random weights (random weights cost what trained ones cost).

InstructPix2Pix's UNet (8 input channels), a second UNet standing for MagicBrush's, Stable
Diffusion's VAE, CLIP ViT-L/14's text transformer and SAM ViT-H, as `bench/gpu.py` runs them in
process and `bench/cpu_real.py` saves them as a `ZONE_MODELS` folder for the real loading code
(as the tests save the tiny models).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from diffusers import AutoencoderKL, DPMSolverMultistepScheduler, UNet2DConditionModel
from segment_anything import sam_model_registry
from segment_anything.modeling import Sam
from transformers import CLIPTextConfig, CLIPTextModel

from zone_tools.models import ZoneModels
from zone_tools.tiny import tiny_models, tiny_tokenizer


@dataclass
class RealParts:
    """One set of randomly initialised networks with the published architectures, in float32."""

    unet: UNet2DConditionModel
    magicbrush: UNet2DConditionModel
    vae: AutoencoderKL
    text_encoder: CLIPTextModel
    sam: Sam
    scheduler_config: dict[str, Any]


def random_real_parts(device: torch.device | None = None, seed: int = 0) -> RealParts:
    """The networks, seeded, built on `device` (the CPU by default)."""
    torch.manual_seed(seed)
    with device or torch.device("cpu"):
        unet = UNet2DConditionModel(in_channels=8, sample_size=64, cross_attention_dim=768)
        magicbrush = UNet2DConditionModel(in_channels=8, sample_size=64, cross_attention_dim=768)
        vae = AutoencoderKL(
            block_out_channels=(128, 256, 512, 512),
            down_block_types=("DownEncoderBlock2D",) * 4,
            up_block_types=("UpDecoderBlock2D",) * 4,
            layers_per_block=2,
            latent_channels=4,
            sample_size=512,
        )
        text_encoder = CLIPTextModel(
            CLIPTextConfig(
                vocab_size=49408,
                hidden_size=768,
                intermediate_size=3072,
                num_hidden_layers=12,
                num_attention_heads=12,
                max_position_embeddings=77,
                hidden_act="quick_gelu",
            )
        )
        sam = sam_model_registry["vit_h"]()
    scheduler = DPMSolverMultistepScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear")
    return RealParts(unet, magicbrush, vae, text_encoder.eval(), sam.eval(), dict(scheduler.config))


def save_models_folder(
    root: Path, models: ZoneModels, sam: Sam, sam_type: str, magicbrush_as_pipeline: bool = False
) -> Path:
    """Write `models` and `sam` where `ZONE_MODELS=root` (with `ZONE_SAM=sam_type`) expects the
    published ones; MagicBrush as a bare UNet folder, or inside a pipeline folder."""
    ip2p = root / "instruct-pix2pix"
    models.tokenizer.save_pretrained(ip2p / "tokenizer")
    models.text_encoder.save_pretrained(ip2p / "text_encoder")
    models.vae.save_pretrained(ip2p / "vae")
    models.unet.save_pretrained(ip2p / "unet")
    DPMSolverMultistepScheduler.from_config(models.scheduler_config).save_config(ip2p / "scheduler")
    models.magicbrush.save_pretrained(root / "magicbrush" / ("unet" if magicbrush_as_pipeline else ""))
    torch.save(sam.state_dict(), root / f"sam_{sam_type}.pth")
    return root


def save_real_models(root: Path, seed: int = 0) -> Path:
    """The real architectures with random weights as a models folder (about 10 GB in float32); a
    folder written completely before is kept."""
    done = root / "complete"
    if not done.is_file():
        parts = random_real_parts(seed=seed)
        models = ZoneModels(
            tokenizer=tiny_tokenizer(),
            text_encoder=parts.text_encoder,
            vae=parts.vae,
            unet=parts.unet,
            scheduler_config=parts.scheduler_config,
            load_magicbrush=lambda: parts.magicbrush,
            load_sam=lambda: parts.sam,
            device=torch.device("cpu"),
            dtype=torch.float32,
        )
        save_models_folder(root, models, parts.sam, "vit_h")
        done.write_text(f"random real-size models, seed {seed}\n")
    return root


def save_tiny_models(root: Path, seed: int = 0, magicbrush_as_pipeline: bool = False) -> Path:
    """The tiny models (`zone_tools.tiny`) as a models folder, with SAM ViT-B's real architecture
    (random weights) as `sam_vit_b.pth`, since a checkpoint must be one of SAM's registered types."""
    torch.manual_seed(seed)
    return save_models_folder(root, tiny_models(seed), sam_model_registry["vit_b"](), "vit_b", magicbrush_as_pipeline)


def object_region(size: tuple[int, int]) -> np.ndarray:
    """An object-sized region (about 12% of the photo, off centre), the mask the benchmarks give
    every configuration (random weights localize nothing)."""
    width, height = size
    region = np.zeros((height, width), dtype=bool)
    region[int(height * 0.35) : int(height * 0.7), int(width * 0.3) : int(width * 0.65)] = True
    return region
