"""Cross-attention capture for localization (docs/method.md section 3).

A diffusers attention processor, installed only on the cross-attention layers whose spatial size is
1/32 of the working image, computes the attention probabilities explicitly and adds them, averaged
over heads, to a running sum kept on the device. Every other layer keeps the library's fused
attention. After sampling, `AttentionAccumulator.average()` gives A_k for each token k.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import torch
from diffusers.models.attention_processor import Attention
from diffusers.models.unets.unet_2d_condition import UNet2DConditionModel

CAPTURE_SCALE = 32


class AttentionAccumulator:
    """Running mean of cross-attention maps over heads, layers, chosen CFG branches and steps."""

    def __init__(self, branches: Sequence[int], n_branches: int = 3) -> None:
        self.branches = tuple(branches)
        self.n_branches = n_branches
        self.total: torch.Tensor | None = None
        self.count = 0
        self.seq_len: int | None = None

    def add(self, probs: torch.Tensor, heads: int) -> None:
        """Add `probs` ((branches * batch * heads) x pixels x tokens) of one layer call.

        Branches are picked by slicing, never by a host-side index tensor, so the same code can
        be recorded into a CUDA graph.
        """
        maps = probs.view(self.n_branches, -1, *probs.shape[1:])
        summed = functools.reduce(torch.add, (maps[branch].sum(dim=0, dtype=torch.float32) for branch in self.branches))
        if self.total is None:
            self.total = summed
            self.seq_len = probs.shape[1]
        elif probs.shape[1] != self.seq_len:
            raise RuntimeError("attention capture saw layers of two different spatial sizes")
        else:
            self.total += summed
        self.count += len(self.branches) * maps.shape[1]

    def merge(self, other: AttentionAccumulator) -> None:
        """Add another accumulator's sums (one graphed UNet call's maps) into this one."""
        if other.total is None:
            raise RuntimeError("nothing to merge: the other accumulator captured no attention")
        if self.total is None:
            self.total, self.seq_len = other.total.clone(), other.seq_len
        else:
            self.total += other.total
        self.count += other.count

    def clear(self) -> None:
        """Forget everything captured (the next `add` starts a fresh sum)."""
        self.total, self.count, self.seq_len = None, 0, None

    def average(self, height: int, width: int) -> torch.Tensor:
        """A_k as a float32 (height x width x tokens) tensor on the capture device."""
        if self.total is None or self.count == 0:
            raise RuntimeError("no cross-attention was captured")
        if height * width != self.seq_len:
            raise RuntimeError(f"captured {self.seq_len} pixels, expected {height}x{width}")
        return (self.total / self.count).view(height, width, -1)


class CaptureCrossAttnProcessor:
    """Explicit softmax(QK^T / sqrt(d)) cross-attention that reports its probabilities."""

    def __init__(self, accumulator: AttentionAccumulator) -> None:
        self.accumulator = accumulator

    def __call__(
        self,
        attn: Attention,
        hidden_states: torch.Tensor,
        encoder_hidden_states: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        temb: torch.Tensor | None = None,
        **kwargs: object,
    ) -> torch.Tensor:
        if encoder_hidden_states is None or attn.norm_cross or attn.spatial_norm is not None:
            raise RuntimeError("the capture processor belongs on plain cross-attention layers only")
        hidden, probs = explicit_attention(attn, hidden_states, encoder_hidden_states, attention_mask)
        self.accumulator.add(probs, attn.heads)
        return hidden


def explicit_attention(
    attn: Attention,
    hidden_states: torch.Tensor,
    context: torch.Tensor,
    attention_mask: torch.Tensor | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """`attn` on (B x N x C) hidden states with softmax(QK^T / sqrt(d)) materialised.

    Returns the layer's output and its probabilities ((B * heads) x N x tokens), for processors
    that need to see them.
    """
    residual = hidden_states
    attention_mask = attn.prepare_attention_mask(attention_mask, context.shape[1], context.shape[0])
    query = attn.head_to_batch_dim(attn.to_q(hidden_states))
    key = attn.head_to_batch_dim(attn.to_k(context))
    value = attn.head_to_batch_dim(attn.to_v(context))
    probs = attn.get_attention_scores(query, key, attention_mask)
    hidden_states = attn.to_out[1](attn.to_out[0](attn.batch_to_head_dim(torch.bmm(probs, value))))
    if attn.residual_connection:
        hidden_states = hidden_states + residual
    return hidden_states / attn.rescale_output_factor, probs


def capture_layer_names(unet: UNet2DConditionModel, vae_scale_factor: int) -> list[str]:
    """Names of the cross-attention modules that run at 1/32 of the image.

    Down block i runs at latent scale 2**i, up block j of n at 2**(n-1-j); the capture blocks are
    those at latent scale 32 / vae_scale_factor (for SD 1.5: down_blocks.2 and up_blocks.1).
    """
    target = CAPTURE_SCALE // vae_scale_factor
    n_up = len(unet.up_blocks)
    prefixes = [f"down_blocks.{i}." for i in range(len(unet.down_blocks)) if 2**i == target]
    prefixes += [f"up_blocks.{j}." for j in range(n_up) if 2 ** (n_up - 1 - j) == target]
    names = [
        name
        for name, module in unet.named_modules()
        if isinstance(module, Attention) and name.endswith("attn2") and name.startswith(tuple(prefixes))
    ]
    if not names:
        raise ValueError("this UNet has no cross-attention layer at 1/32 of the image")
    return names


@contextmanager
def capture_attention(
    unet: UNet2DConditionModel, vae_scale_factor: int, accumulator: AttentionAccumulator
) -> Iterator[list[str]]:
    """Within the block, the 1/32 cross-attention layers (only they) feed `accumulator`.

    Their previous processors are put back on exit, so the UNet is left as it was found.
    """
    names = capture_layer_names(unet, vae_scale_factor)
    modules = dict(unet.named_modules())
    previous = {name: modules[name].processor for name in names}
    try:
        for name in names:
            modules[name].set_processor(CaptureCrossAttnProcessor(accumulator))
        yield names
    finally:
        for name, processor in previous.items():
            modules[name].set_processor(processor)
