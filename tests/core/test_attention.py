"""The capture processor: right layers, right branches, and the exact softmax(QK^T) average."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from diffusers import UNet2DConditionModel
from diffusers.models.attention_processor import Attention

from zone_tools.config import EditParams
from zone_tools.denoise.attention import CaptureCrossAttnProcessor, capture_layer_names
from zone_tools.denoise.sampling import fused_sample

SD15_UNET = dict(
    in_channels=8,
    out_channels=4,
    down_block_types=("CrossAttnDownBlock2D",) * 3 + ("DownBlock2D",),
    up_block_types=("UpBlock2D",) + ("CrossAttnUpBlock2D",) * 3,
    block_out_channels=(320, 640, 1280, 1280),
    layers_per_block=2,
    cross_attention_dim=768,
    attention_head_dim=8,
)


def test_sd15_capture_layers_are_down2_and_up1() -> None:
    with torch.device("meta"):
        unet = UNet2DConditionModel(**SD15_UNET)
    names = capture_layer_names(unet, vae_scale_factor=8)
    assert names == [
        "down_blocks.2.attentions.0.transformer_blocks.0.attn2",
        "down_blocks.2.attentions.1.transformer_blocks.0.attn2",
        "up_blocks.1.attentions.0.transformer_blocks.0.attn2",
        "up_blocks.1.attentions.1.transformer_blocks.0.attn2",
        "up_blocks.1.attentions.2.transformer_blocks.0.attn2",
    ]


def _record_capture_inputs(unet: UNet2DConditionModel, names: list[str]) -> tuple[list, list]:
    """Forward hooks keeping (module, hidden, encoder) of every capture-layer call."""
    calls: list[tuple[Attention, torch.Tensor, torch.Tensor]] = []
    modules = dict(unet.named_modules())

    def hook(module, args, kwargs, output):
        calls.append((module, args[0].clone(), kwargs["encoder_hidden_states"].clone()))

    handles = [modules[name].register_forward_hook(hook, with_kwargs=True) for name in names]
    return calls, handles


def _explicit_average(calls: list, branches: tuple[int, ...]) -> torch.Tensor:
    """softmax(Q K^T / sqrt(d)) per head, averaged over heads, branches, layers and steps."""
    maps = []
    for module, hidden, encoder in calls:
        batch, pixels, _ = hidden.shape
        heads = module.heads
        query = module.to_q(hidden).view(batch, pixels, heads, -1).transpose(1, 2)
        key = module.to_k(encoder).view(batch, encoder.shape[1], heads, -1).transpose(1, 2)
        probs = torch.softmax(query @ key.transpose(-1, -2) / query.shape[-1] ** 0.5, dim=-1)
        maps.append(probs[list(branches)].mean(dim=(0, 1)))
    return torch.stack(maps).mean(0)


@pytest.mark.parametrize("branches", [(1, 2), (0,), (0, 1, 2)])
def test_captured_average_equals_explicit_softmax(editor, branches) -> None:
    models = editor.models
    names = capture_layer_names(models.unet, models.vae_scale_factor)
    calls, handles = _record_capture_inputs(models.unet, names)
    image = np.random.default_rng(1).integers(0, 256, (128, 192, 3), dtype=np.uint8)
    params = EditParams(work_size=128, steps=3, capture_branches=branches)
    try:
        with torch.no_grad():
            out = fused_sample(models, image, "make the cup blue", params, beta=0.0, seed=5)
    finally:
        for handle in handles:
            handle.remove()
    assert len(calls) == len(names) * 3
    with torch.inference_mode():
        expected = _explicit_average(calls, branches).view(4, 6, -1)[..., : out.n_tokens]
    np.testing.assert_allclose(out.attention, expected.numpy(), rtol=1e-4, atol=1e-6)
    assert out.attention.shape == (128 // 32, 192 // 32, out.n_tokens)


def test_branch_choice_changes_the_maps(editor) -> None:
    image = np.random.default_rng(2).integers(0, 256, (128, 128, 3), dtype=np.uint8)
    outs = [
        fused_sample(editor.models, image, "add a hat", EditParams(work_size=128, steps=2, capture_branches=b), 0.0, 1)
        for b in ((0,), (1, 2))
    ]
    assert not np.allclose(outs[0].attention, outs[1].attention)


def test_processor_only_on_capture_layers_during_sampling_and_restored_after(editor) -> None:
    unet = editor.models.unet
    names = set(capture_layer_names(unet, editor.models.vae_scale_factor))
    before = {name: type(proc) for name, proc in unet.attn_processors.items()}
    seen: dict[str, type] = {}

    def look(step: int, total: int, stage: str) -> None:
        seen.update({name: type(proc) for name, proc in unet.attn_processors.items()})

    image = np.zeros((128, 128, 3), dtype=np.uint8)
    fused_sample(editor.models, image, "make it red", EditParams(work_size=128, steps=1), 0.0, 0, look)
    captured = {name.removesuffix(".processor") for name, kind in seen.items() if kind is CaptureCrossAttnProcessor}
    assert captured == names
    assert all(kind is before[name] for name, kind in seen.items() if name.removesuffix(".processor") not in names)
    assert {name: type(proc) for name, proc in unet.attn_processors.items()} == before
