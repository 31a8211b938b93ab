"""The released ZONE code's behaviour, recreated over our models for the speed comparison only.

What makes the released implementation slow, and what this module reproduces: float32 weights,
explicit attention (softmax(QK^T) materialised) in every attention layer of InstructPix2Pix and
MagicBrush, an attention store that keeps every layer's maps of 32 x 32 pixels or fewer for each
step and sums them between steps, MagicBrush run at every step even when its trajectory is not
fused, and SAM prompted with the full 32 x 32 grid. The method's arithmetic is otherwise ours, so
both configurations compute the same edit.
"""

from __future__ import annotations

import time

import numpy as np
import torch
from diffusers.models.attention_processor import Attention

from zone_tools.action import Action
from zone_tools.config import EditParams
from zone_tools.denoise.attention import explicit_attention
from zone_tools.denoise.sampling import (
    decode_latents,
    eager_forward,
    encode_image,
    encode_text,
    guided_step,
    initial_noise,
    new_scheduler,
)
from zone_tools.models import ZoneModels
from zone_tools.stages.blend import composite, matte
from zone_tools.stages.localize import rough_mask
from zone_tools.stages.refine import full_grid_points, select_segment
from zone_tools.stages.segment import propose_segments
from zone_tools.stages.smoother import edge_smoother

STORED_PIXELS = 32**2


class AttentionStore:
    """Per-step lists of attention maps, summed into a running store between steps (as released)."""

    def __init__(self) -> None:
        self.step: dict[str, list[torch.Tensor]] = {}
        self.total: dict[str, list[torch.Tensor]] = {}
        self.steps = 0

    def keep(self, key: str, probs: torch.Tensor) -> None:
        """Keep the second half of the batch's maps of a small enough layer for this step."""
        if probs.shape[1] <= STORED_PIXELS:
            self.step.setdefault(key, []).append(probs[probs.shape[0] // 2 :])

    def end_step(self) -> None:
        """Add this step's maps into the running store."""
        if not self.total:
            self.total = self.step
        else:
            for key, maps in self.step.items():
                for index, item in enumerate(maps):
                    self.total[key][index] += item
        self.step = {}
        self.steps += 1

    def cross_average(self, pixels: int) -> torch.Tensor:
        """Mean over layers, heads and steps of the cross-attention maps of `pixels` pixels."""
        maps = [
            item for key in ("down_cross", "up_cross") for item in self.total.get(key, []) if item.shape[1] == pixels
        ]
        return torch.cat(maps).mean(0) / self.steps


class ExplicitAttnProcessor:
    """softmax(QK^T) attention for every layer; optionally hands the maps to an `AttentionStore`."""

    def __init__(self, store: AttentionStore | None = None, place: str = "") -> None:
        self.store = store
        self.place = place

    def __call__(
        self,
        attn: Attention,
        hidden_states: torch.Tensor,
        encoder_hidden_states: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        temb: torch.Tensor | None = None,
        **kwargs: object,
    ) -> torch.Tensor:
        is_cross = encoder_hidden_states is not None
        context = hidden_states if encoder_hidden_states is None else encoder_hidden_states
        hidden, probs = explicit_attention(attn, hidden_states, context)
        if self.store is not None:
            self.store.keep(f"{self.place}_{'cross' if is_cross else 'self'}", probs)
        return hidden


def install_explicit(unet: torch.nn.Module, store: AttentionStore | None) -> None:
    """Explicit attention on every attention layer of `unet`, storing maps when `store` is given."""
    for name, module in unet.named_modules():
        if isinstance(module, Attention):
            place = name.split("_")[0] if name.startswith(("down", "up")) else "mid"
            module.set_processor(ExplicitAttnProcessor(store, place))


@torch.inference_mode()
def reference_edit(
    models: ZoneModels,
    work: np.ndarray,
    original,
    instruction: str,
    action: Action,
    rough: np.ndarray,
    params: EditParams,
    seed: int,
) -> dict[str, float]:
    """One edit the released way; per-stage seconds (GPU work synchronised at each stage's end)."""
    timings: dict[str, float] = {}
    sync = torch.cuda.synchronize if models.device.type == "cuda" else (lambda: None)
    start = time.perf_counter()
    store = AttentionStore()
    install_explicit(models.unet, store)
    install_explicit(models.magicbrush, None)
    beta = params.beta_remove if action is Action.REMOVE else 0.0
    text, n_tokens = encode_text(models, instruction)
    image_latents = encode_image(models, work)
    z_star = initial_noise(models, (1, 4, *image_latents.shape[-2:]), seed)
    z_mb = z_star.clone()
    ip2p_scheduler, mb_scheduler = new_scheduler(models, params.steps), new_scheduler(models, params.steps)
    ip2p, magicbrush = eager_forward(models.unet), eager_forward(models.magicbrush)
    for timestep in ip2p_scheduler.timesteps:
        z_star = guided_step(ip2p, ip2p_scheduler, z_star, timestep, text, image_latents, params)
        z_mb = guided_step(magicbrush, mb_scheduler, z_mb, timestep, text, image_latents, params)
        if beta > 0:
            z_star = (z_star + beta * z_mb) / (1 + beta)
        store.end_step()
    canvas = decode_latents(models, z_star)
    sync()
    timings["denoise"] = time.perf_counter() - start

    start = time.perf_counter()
    height, width = work.shape[:2]
    maps = store.cross_average((height // 32) * (width // 32))
    attention = maps.view(height // 32, width // 32, -1)[..., :n_tokens].float().cpu().numpy()
    rough_mask(attention, n_tokens, (height, width), params.tau, params.min_component)
    timings["localize"] = time.perf_counter() - start

    start = time.perf_counter()
    sam_input = work if action is Action.REMOVE else canvas
    segments = propose_segments(models.sam, sam_input, full_grid_points(rough.shape, 32), params)
    refined, _ = select_segment(rough, segments, params.min_component)
    timings["segment"] = time.perf_counter() - start

    start = time.perf_counter()
    final = edge_smoother(work, canvas, refined, iterations=params.dilate_iterations)
    timings["smooth"] = time.perf_counter() - start
    start = time.perf_counter()
    composite(original, canvas, matte(final, refined, params.alpha))
    timings["blend"] = time.perf_counter() - start
    return timings
