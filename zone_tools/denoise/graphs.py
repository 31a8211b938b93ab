"""CUDA graphs of the UNet's guided call, replayed at every denoising step.

An SD 1.5 UNet call launches about a thousand kernels; on a GPU host with a slow CPU the launches
take longer than the kernels (measured on an H100: 43 ms of host time for 14 ms of GPU time per
call). Recording the call once per working size and replaying it launches the whole call at once.
The InstructPix2Pix graph records its attention capture too: after each replay, the graph's own
accumulator holds that call's maps, which the caller merges into the edit's running sum.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

import torch
from diffusers import UNet2DConditionModel

from zone_tools.denoise.attention import AttentionAccumulator, capture_attention

Forward = Callable[[torch.Tensor, torch.Tensor, torch.Tensor], torch.Tensor]
WARMUP_CALLS = 2


class GraphedForward:
    """`forward(sample, timestep, text)` recorded as one CUDA graph for fixed shapes and replayed."""

    def __init__(self, forward: Forward, sample: torch.Tensor, timestep: torch.Tensor, text: torch.Tensor) -> None:
        self.inputs = (sample.clone(), timestep.clone(), text.clone())
        side = torch.cuda.Stream(sample.device)
        side.wait_stream(torch.cuda.current_stream(sample.device))
        with torch.cuda.stream(side):
            for _ in range(WARMUP_CALLS):
                forward(*self.inputs)
        torch.cuda.current_stream(sample.device).wait_stream(side)
        self.graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(self.graph):
            self.output = forward(*self.inputs)

    def __call__(self, sample: torch.Tensor, timestep: torch.Tensor, text: torch.Tensor) -> torch.Tensor:
        """The recorded call on new inputs; the result is overwritten by the next replay."""
        for static, value in zip(self.inputs, (sample, timestep, text), strict=True):
            static.copy_(value)
        self.graph.replay()
        return self.output


@dataclass
class GraphedUNet:
    """A recorded guided UNet call and, when it captures attention, the accumulator it writes."""

    forward: GraphedForward
    attention: AttentionAccumulator | None


def record_unet(
    unet: UNet2DConditionModel,
    sample: torch.Tensor,
    timestep: torch.Tensor,
    text: torch.Tensor,
    capture: tuple[tuple[int, ...], int] | None,
) -> GraphedUNet:
    """Record `unet`'s call; with `capture` = (CFG branches, VAE scale factor) record the capture too.

    The accumulator is cleared at the start of every call, so after a replay it holds that call's
    maps alone (its first `add` allocates the sum inside the graph).
    """
    attention = AttentionAccumulator(capture[0]) if capture else None
    context: AbstractContextManager[object] = nullcontext()
    if capture is not None and attention is not None:
        context = capture_attention(unet, capture[1], attention)

    def forward(x: torch.Tensor, t: torch.Tensor, c: torch.Tensor) -> torch.Tensor:
        if attention is not None:
            attention.clear()
        return unet(x, t, encoder_hidden_states=c).sample

    with context:
        graphed = GraphedForward(forward, sample, timestep, text)
    return GraphedUNet(graphed, attention)
