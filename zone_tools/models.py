"""The set of networks one ZONE edit needs, with the optional ones loaded on first use."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch
from diffusers import AutoencoderKL, UNet2DConditionModel
from segment_anything.modeling import Sam
from transformers import CLIPTextModel, CLIPTokenizer


@dataclass
class ZoneModels:
    """InstructPix2Pix's parts (always), MagicBrush's UNet and SAM (loaded when first needed).

    MagicBrush's UNet is driven with InstructPix2Pix's text encoder and image latents, so only its
    UNet is kept (docs/method.md). `scheduler_config` is InstructPix2Pix's scheduler
    config; each trajectory builds its own DPM-Solver from it.
    """

    tokenizer: CLIPTokenizer
    text_encoder: CLIPTextModel
    vae: AutoencoderKL
    unet: UNet2DConditionModel
    scheduler_config: dict[str, Any]
    load_magicbrush: Callable[[], UNet2DConditionModel]
    load_sam: Callable[[], Sam]
    device: torch.device
    dtype: torch.dtype
    use_cuda_graphs: bool = False
    graphs: dict[tuple, Any] = field(default_factory=dict, repr=False)
    _magicbrush: UNet2DConditionModel | None = field(default=None, repr=False)
    _sam: Sam | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def vae_scale_factor(self) -> int:
        """Pixels per latent pixel (8 for Stable Diffusion's VAE)."""
        return 2 ** (len(self.vae.config.block_out_channels) - 1)

    @property
    def magicbrush(self) -> UNet2DConditionModel:
        """MagicBrush's UNet, loaded on the first removal."""
        with self._lock:
            if self._magicbrush is None:
                self._magicbrush = self.load_magicbrush()
            return self._magicbrush

    @property
    def sam(self) -> Sam:
        """Segment Anything, loaded on the first segmentation."""
        with self._lock:
            if self._sam is None:
                self._sam = self.load_sam()
            return self._sam

    def load_all(self) -> None:
        """Load the lazily loaded models now (model download checks, benchmarks, app warm-up)."""
        _ = self.magicbrush, self.sam
