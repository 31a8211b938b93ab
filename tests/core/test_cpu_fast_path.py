"""The CPU fast path (docs/method.md section 10): what a bfloat16 CPU loads, and that it computes
the same edit as float32 within the stated tolerance.

Tolerances, on the same inputs: noise predictions within 3% relative RMS error of float32's; the
canvas I_sty within 2 of 255 on average and 8 at the 99th percentile; the cross-attention maps A
within 2% of their largest value. bench/cpu_real.py reports the same measures at real size.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

import numpy as np
import pytest
import torch

from bench.real_models import save_tiny_models
from zone_tools import loading
from zone_tools.config import EditParams, ZoneConfig
from zone_tools.denoise.sampling import eager_forward, fused_sample
from zone_tools.editor import ZoneEditor
from zone_tools.loading import load_models, runtime_summary
from zone_tools.models import ZoneModels
from zone_tools.stages.segment import HalfPrecisionEncoder
from zone_tools.tiny import tiny_models

NOISE_RELATIVE_RMS = 0.03
CANVAS_MEAN_ABS = 2.0
CANVAS_P99_ABS = 8
ATTENTION_RELATIVE = 0.02


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny models saved as a models folder, with a random SAM ViT-B."""
    return save_tiny_models(tmp_path_factory.mktemp("models"))


@pytest.fixture(autouse=True)
def bfloat16_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    """This CPU computes bfloat16 (as CI's does), and the threads are put back after each test."""
    monkeypatch.setattr(loading, "cpu_computes_bfloat16", lambda: True)
    threads = torch.get_num_threads()
    yield
    torch.set_num_threads(threads)


def load(folder: Path, **overrides: object) -> ZoneModels:
    """The models of `folder` on the CPU as the configuration says."""
    return load_models(ZoneConfig.from_env(models=str(folder), device="cpu", sam_type="vit_b", **overrides))


def is_channels_last(module: torch.nn.Module) -> bool:
    """Whether every 4-d weight of `module` is stored channels-last."""
    weights = [p for p in module.parameters() if p.dim() == 4]
    return bool(weights) and all(p.is_contiguous(memory_format=torch.channels_last) for p in weights)


def test_a_bfloat16_cpu_runs_bfloat16_channels_last_on_every_core(folder) -> None:
    torch.set_num_threads(1)
    models = load(folder)
    assert models.dtype == torch.bfloat16 and not models.use_cuda_graphs
    assert models.unet.dtype == models.vae.dtype == models.magicbrush.dtype == torch.bfloat16
    assert is_channels_last(models.unet) and is_channels_last(models.vae) and is_channels_last(models.magicbrush)
    encoder = models.sam.image_encoder
    assert isinstance(encoder, HalfPrecisionEncoder) and encoder.dtype == torch.bfloat16
    assert next(models.sam.mask_decoder.parameters()).dtype == torch.float32
    assert torch.get_num_threads() == len(os.sched_getaffinity(0))


def test_float32_is_the_cpu_path_as_before(folder) -> None:
    models = load(folder, dtype="float32", threads=1)
    assert models.dtype == torch.float32 and models.unet.dtype == torch.float32
    assert not is_channels_last(models.unet) and not is_channels_last(models.vae)
    assert not isinstance(models.sam.image_encoder, HalfPrecisionEncoder)
    assert torch.get_num_threads() == 1


def test_a_cpu_without_bfloat16_and_a_half_sam_turned_off_stay_float32(folder, monkeypatch) -> None:
    monkeypatch.setattr(loading, "cpu_computes_bfloat16", lambda: False)
    assert load(folder).dtype == torch.float32
    monkeypatch.setattr(loading, "cpu_computes_bfloat16", lambda: True)
    models = load(folder, sam_half=False)
    assert models.dtype == torch.bfloat16 and not isinstance(models.sam.image_encoder, HalfPrecisionEncoder)


def test_noise_predictions_match_float32(folder) -> None:
    reference, fast = load(folder, dtype="float32"), load(folder)
    generator = torch.Generator().manual_seed(0)
    sample = torch.randn(3, 8, 16, 16, generator=generator)
    text = torch.randn(3, 77, reference.text_encoder.config.hidden_size, generator=generator)
    with torch.inference_mode():
        for unet_name in ("unet", "magicbrush"):
            expected = eager_forward(getattr(reference, unet_name))(sample, torch.tensor(500), text)
            got = eager_forward(getattr(fast, unet_name))(sample, torch.tensor(500), text)
            assert float((got - expected).norm() / expected.norm()) <= NOISE_RELATIVE_RMS


@pytest.mark.parametrize("beta", [0.0, 0.2])
def test_the_canvas_and_attention_match_float32(folder, coffee, beta) -> None:
    image = np.array(coffee.resize((128, 96)))
    params = EditParams(work_size=128, steps=6)
    reference = fused_sample(load(folder, dtype="float32"), image, "remove the cup", params, beta, seed=5)
    fast = fused_sample(load(folder), image, "remove the cup", params, beta, seed=5)
    difference = np.abs(fast.canvas.astype(int) - reference.canvas.astype(int))
    assert difference.mean() <= CANVAS_MEAN_ABS and np.percentile(difference, 99) <= CANVAS_P99_ABS
    assert np.abs(fast.attention - reference.attention).max() <= ATTENTION_RELATIVE * reference.attention.max()
    assert not np.array_equal(fast.canvas, reference.canvas)


def test_sam_encoder_weights_in_bfloat16_give_exactly_autocasts_result() -> None:
    torch.manual_seed(0)
    encoder = tiny_models(seed=0).sam.image_encoder
    images = torch.randn(1, 3, encoder.img_size, encoder.img_size)
    with torch.inference_mode():
        with torch.autocast("cpu", dtype=torch.bfloat16):
            expected = encoder(images).float()
        half = HalfPrecisionEncoder(copy.deepcopy(encoder), torch.bfloat16)
        got = half(images)
    assert torch.equal(got, expected) and got.dtype == torch.float32
    linear = [m for m in half.modules() if isinstance(m, torch.nn.Linear)]
    assert linear and all(m.weight.dtype == torch.bfloat16 for m in linear)


def test_the_app_and_cli_are_told_where_and_how_the_models_run(folder) -> None:
    config = ZoneConfig.from_env(models=str(folder), device="cpu", threads=3)
    assert runtime_summary(config) == (
        "CPU, bfloat16 (the CPU fast path; ZONE_DTYPE=float32 for full precision), 3 threads, Segment Anything vit_h"
    )
    full = ZoneConfig.from_env(models=str(folder), device="cpu", dtype="float32", threads=1, sam_type="vit_b")
    assert runtime_summary(full) == "CPU, float32, 1 thread, Segment Anything vit_b"
    assert ZoneEditor.from_pretrained(config).runs_on == runtime_summary(config)
