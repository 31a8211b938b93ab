"""Fused InstructPix2Pix sampling with attention capture (docs/method.md sections 2 and 3).

Reads top to bottom like a diffusers pipeline: encode the instruction and the image, then for each
step advance the InstructPix2Pix trajectory z* (capturing its 1/32 cross-attention) and, when
beta > 0, MagicBrush's own trajectory z', fuse z* <- (z* + beta z') / (1 + beta), and finally decode
z* into the globally edited canvas I_sty. On CUDA each UNet call is a replayed CUDA graph
(`graphs.py`); elsewhere it runs op by op, with the same arithmetic, and keeps the latents and the
solver in float32 whatever the UNet's dtype (a bfloat16 CPU would otherwise round z* to 8 bits of
mantissa at every step).
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

import numpy as np
import torch
from diffusers import DPMSolverMultistepScheduler, UNet2DConditionModel

from zone_tools.config import EditParams
from zone_tools.denoise.attention import CAPTURE_SCALE, AttentionAccumulator, capture_attention
from zone_tools.denoise.graphs import Forward, GraphedUNet, record_unet
from zone_tools.models import ZoneModels
from zone_tools.progress import ProgressCallback


@dataclass
class SampleOutput:
    """I_sty, the averaged attention maps A (h' x w' x L), L (the instruction's token count) and
    whether the instruction was cut to CLIP's context length."""

    canvas: np.ndarray
    attention: np.ndarray
    n_tokens: int
    truncated: bool = False


def encode_text(models: ZoneModels, instruction: str) -> tuple[torch.Tensor, int]:
    """CLIP embeddings of (instruction, null, null) for the CFG batch, and L (start/end included)."""
    tokenizer = models.tokenizer
    max_length = tokenizer.model_max_length
    ids = tokenizer(
        [instruction, ""], padding="max_length", max_length=max_length, truncation=True, return_tensors="pt"
    ).input_ids.to(models.device)
    n_tokens = len(tokenizer(instruction, truncation=True, max_length=max_length).input_ids)
    embeddings = models.text_encoder(ids)[0].to(models.dtype)
    return torch.cat([embeddings[:1], embeddings[1:], embeddings[1:]]), n_tokens


def is_truncated(models: ZoneModels, instruction: str) -> bool:
    """Whether `instruction` has more tokens (start and end included) than CLIP reads (77)."""
    max_length = models.tokenizer.model_max_length
    return len(models.tokenizer(instruction, truncation=True, max_length=max_length + 1).input_ids) > max_length


def encode_image(models: ZoneModels, image: np.ndarray) -> torch.Tensor:
    """Image latents for the CFG batch: posterior mode twice, then zeros (no image)."""
    pixels = torch.from_numpy(image).permute(2, 0, 1)[None].to(models.device, models.dtype)
    pixels = pixels / 127.5 - 1.0
    latents = models.vae.encode(pixels).latent_dist.mode()
    return torch.cat([latents, latents, torch.zeros_like(latents)])


def decode_latents(models: ZoneModels, latents: torch.Tensor) -> np.ndarray:
    """VAE decode of z* to a uint8 HxWx3 image."""
    pixels = models.vae.decode((latents / models.vae.config.scaling_factor).to(models.vae.dtype)).sample
    pixels = ((pixels.float().clamp(-1, 1) + 1) * 127.5).round()
    return pixels[0].permute(1, 2, 0).to(torch.uint8).cpu().numpy()


def initial_noise(
    models: ZoneModels, shape: tuple[int, ...], seed: int, dtype: torch.dtype | None = None
) -> torch.Tensor:
    """Seeded Gaussian noise in `dtype` (default the models'), drawn on the CPU so a seed gives the
    same edit on any device."""
    noise = torch.randn(shape, generator=torch.Generator().manual_seed(seed), dtype=torch.float32)
    return noise.to(models.device, dtype or models.dtype)


def new_scheduler(models: ZoneModels, steps: int) -> DPMSolverMultistepScheduler:
    """A fresh DPM-Solver for one trajectory (multistep solvers keep state between steps)."""
    scheduler = DPMSolverMultistepScheduler.from_config(models.scheduler_config)
    scheduler.set_timesteps(steps, device=models.device)
    return scheduler


def eager_forward(unet: UNet2DConditionModel) -> Forward:
    """The UNet's guided call run op by op, in the UNet's dtype, giving float32 noise predictions."""

    def forward(sample: torch.Tensor, timestep: torch.Tensor, text: torch.Tensor) -> torch.Tensor:
        return unet(sample.to(unet.dtype), timestep, encoder_hidden_states=text.to(unet.dtype)).sample.float()

    return forward


def cached_graph(
    models: ZoneModels,
    unet: UNet2DConditionModel,
    sample: torch.Tensor,
    timestep: torch.Tensor,
    text: torch.Tensor,
    capture: tuple[tuple[int, ...], int] | None,
) -> GraphedUNet:
    """The recorded call of `unet` for these shapes, recorded on first use and kept."""
    key = (id(unet), tuple(sample.shape), tuple(text.shape), capture)
    if key not in models.graphs:
        models.graphs[key] = record_unet(unet, sample, timestep, text, capture)
    return models.graphs[key]


def guided_step(
    forward: Forward,
    scheduler: DPMSolverMultistepScheduler,
    latents: torch.Tensor,
    timestep: torch.Tensor,
    text: torch.Tensor,
    image_latents: torch.Tensor,
    params: EditParams,
) -> torch.Tensor:
    """One denoising step of one trajectory with InstructPix2Pix's three-branch guidance."""
    model_input = scheduler.scale_model_input(torch.cat([latents] * 3), timestep)
    model_input = torch.cat([model_input, image_latents], dim=1)
    eps_text, eps_image, eps_uncond = forward(model_input, timestep, text).chunk(3)
    eps = eps_uncond + params.text_guidance * (eps_text - eps_image) + params.image_guidance * (eps_image - eps_uncond)
    return scheduler.step(eps, timestep, latents).prev_sample


@torch.inference_mode()
def fused_sample(
    models: ZoneModels,
    image: np.ndarray,
    instruction: str,
    params: EditParams,
    beta: float,
    seed: int,
    on_progress: ProgressCallback | None = None,
) -> SampleOutput:
    """Run the fused sampler on the working image; see the module docstring.

    `on_progress(step, steps, "denoise")` is called after each denoising step.
    """
    height, width = image.shape[:2]
    text, n_tokens = encode_text(models, instruction)
    image_latents = encode_image(models, image)
    latent_dtype = models.dtype if models.use_cuda_graphs else torch.float32
    z_star = initial_noise(models, (1, 4, *image_latents.shape[-2:]), seed, latent_dtype)
    z_mb = z_star.clone() if beta > 0 else None
    ip2p_scheduler = new_scheduler(models, params.steps)
    mb_scheduler = new_scheduler(models, params.steps) if beta > 0 else None
    accumulator = AttentionAccumulator(params.capture_branches)
    ip2p: Forward
    magicbrush: Forward | None
    context: AbstractContextManager[object]
    if models.use_cuda_graphs:
        example = torch.cat([torch.cat([z_star] * 3), image_latents], dim=1)
        first = ip2p_scheduler.timesteps[0]
        capture = (tuple(params.capture_branches), models.vae_scale_factor)
        ip2p_graph = cached_graph(models, models.unet, example, first, text, capture)

        def ip2p(sample: torch.Tensor, timestep: torch.Tensor, embeddings: torch.Tensor) -> torch.Tensor:
            eps = ip2p_graph.forward(sample, timestep, embeddings)
            if ip2p_graph.attention is not None:
                accumulator.merge(ip2p_graph.attention)
            return eps

        magicbrush = cached_graph(models, models.magicbrush, example, first, text, None).forward if beta > 0 else None
        context = nullcontext()
    else:
        ip2p = eager_forward(models.unet)
        magicbrush = eager_forward(models.magicbrush) if beta > 0 else None
        context = capture_attention(models.unet, models.vae_scale_factor, accumulator)
    with context:
        for index, timestep in enumerate(ip2p_scheduler.timesteps):
            z_star = guided_step(ip2p, ip2p_scheduler, z_star, timestep, text, image_latents, params)
            if z_mb is not None and magicbrush is not None:
                z_mb = guided_step(magicbrush, mb_scheduler, z_mb, timestep, text, image_latents, params)
                z_star = (z_star + beta * z_mb) / (1 + beta)
            if on_progress is not None:
                on_progress(index + 1, params.steps, "denoise")
    canvas = decode_latents(models, z_star)
    attention = accumulator.average(height // CAPTURE_SCALE, width // CAPTURE_SCALE)[..., :n_tokens]
    return SampleOutput(
        canvas=canvas,
        attention=attention.cpu().numpy(),
        n_tokens=n_tokens,
        truncated=is_truncated(models, instruction),
    )
