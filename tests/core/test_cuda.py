"""The CUDA-only fast path: replayed UNet graphs and SAM's float16 encoder give the same edit.

Skipped where no GPU is present (CI); run on a GPU machine with `pytest tests/core/test_cuda.py`.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import torch

from bench.real_models import save_tiny_models
from zone_tools.config import EditParams, ZoneConfig
from zone_tools.denoise.sampling import fused_sample
from zone_tools.loading import load_models
from zone_tools.models import ZoneModels
from zone_tools.stages.segment import HalfPrecisionEncoder, half_precision_encoder
from zone_tools.tiny import tiny_models

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")


def on_cuda(graphs: bool) -> ZoneModels:
    """The tiny models on the GPU, with or without CUDA graphs."""
    cpu = tiny_models(seed=0)
    device = torch.device("cuda")
    unet, magicbrush, sam = cpu.unet.to(device), cpu.magicbrush.to(device), cpu.sam.to(device)
    return replace(
        cpu,
        text_encoder=cpu.text_encoder.to(device),
        vae=cpu.vae.to(device),
        unet=unet,
        load_magicbrush=lambda: magicbrush,
        load_sam=lambda: sam,
        device=device,
        use_cuda_graphs=graphs,
        graphs={},
    )


@pytest.mark.parametrize("beta", [0.0, 0.2])
def test_graph_replay_matches_eager_sampling(beta) -> None:
    image = np.random.default_rng(0).integers(0, 256, (128, 192, 3), dtype=np.uint8)
    params = EditParams(work_size=128, steps=4)
    eager = fused_sample(on_cuda(graphs=False), image, "remove the cup", params, beta, seed=3)
    graphed_models = on_cuda(graphs=True)
    first = fused_sample(graphed_models, image, "remove the cup", params, beta, seed=3)
    again = fused_sample(graphed_models, image, "remove the cup", params, beta, seed=3)
    assert len(graphed_models.graphs) == (2 if beta else 1)
    for out in (first, again):
        assert np.abs(out.canvas.astype(int) - eager.canvas.astype(int)).max() <= 1
        np.testing.assert_allclose(out.attention, eager.attention, rtol=1e-4, atol=1e-6)
    assert np.array_equal(first.canvas, again.canvas)


def test_half_precision_sam_encoder_is_close_to_float32() -> None:
    sam = tiny_models(seed=0).sam.cuda()
    images = torch.randn(1, 3, 64, 64, device="cuda")
    with torch.inference_mode():
        full = sam.image_encoder(images)
        half = half_precision_encoder(sam).image_encoder(images)
    assert isinstance(sam.image_encoder, HalfPrecisionEncoder) and half.dtype == torch.float32
    assert (half - full).norm() / full.norm() < 1e-2


def test_loaded_unets_run_channels_last_and_compile_when_asked(tmp_path) -> None:
    folder = save_tiny_models(tmp_path)
    config = ZoneConfig.from_env(models=str(folder), device="cuda", sam_type="vit_b", compile_unets=True)
    models = load_models(config)
    for unet in (models.unet, models.magicbrush):
        assert unet.conv_in.weight.is_contiguous(memory_format=torch.channels_last)
        assert unet._compiled_call_impl is not None
    assert models.vae.decoder.conv_in.weight.is_contiguous()


def test_compiled_unets_replay_the_eager_edit() -> None:
    image = np.random.default_rng(0).integers(0, 256, (128, 192, 3), dtype=np.uint8)
    params = EditParams(work_size=128, steps=4)
    eager = fused_sample(on_cuda(graphs=False), image, "remove the cup", params, 0.2, seed=3)
    compiled = on_cuda(graphs=True)
    compiled.unet.compile()
    compiled.magicbrush.compile()
    out = fused_sample(compiled, image, "remove the cup", params, 0.2, seed=3)
    assert np.abs(out.canvas.astype(int) - eager.canvas.astype(int)).max() <= 2
    np.testing.assert_allclose(out.attention, eager.attention, rtol=1e-3, atol=1e-5)
