"""Real model-loading code on folders in the diffusers layout, and clear errors when missing."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import torch
from diffusers import UNet2DConditionModel
from segment_anything import sam_model_registry

from bench.real_models import save_tiny_models
from tests.core.conftest import FAST
from zone_tools import ModelNotFoundError, ZoneConfig, ZoneEditor, loading
from zone_tools.download import model_status
from zone_tools.loading import compiles_unets, load_models, prepare_unet, resolve_dtype, runtime_summary
from zone_tools.tiny import tiny_models, tiny_unet


@pytest.mark.parametrize("magicbrush_as_pipeline", [True, False])
def test_loads_a_models_folder_and_edits(tmp_path, coffee, magicbrush_as_pipeline) -> None:
    save_tiny_models(tmp_path, seed=3, magicbrush_as_pipeline=magicbrush_as_pipeline)
    config = ZoneConfig.from_env(models=str(tmp_path), device="cpu", dtype="float32")
    models = load_models(config)
    reference = tiny_models(seed=3)
    for loaded, built in ((models.unet, reference.unet), (models.magicbrush, reference.magicbrush)):
        assert all(
            torch.equal(a, b) for a, b in zip(loaded.state_dict().values(), built.state_dict().values(), strict=True)
        )
    assert models.dtype == torch.float32 and models.vae_scale_factor == 8
    with pytest.raises(ModelNotFoundError, match="Segment Anything vit_h"):
        _ = models.sam
    with_tiny_sam = replace(models, load_sam=lambda: reference.sam)
    editor = ZoneEditor(lambda: with_tiny_sam, ZoneEditor.tiny().params)
    mask = np.zeros((coffee.height, coffee.width), dtype=bool)
    mask[100:200, 100:300] = True
    result = editor.edit(coffee, "remove the cup", action="remove", mask=mask, seed=0, params=FAST)
    assert result.image.size == coffee.size


def test_sam_checkpoint_is_loaded_from_the_models_folder(tmp_path) -> None:
    torch.manual_seed(0)
    sam = sam_model_registry["vit_b"]()
    torch.save(sam.state_dict(), tmp_path / "sam_vit_b.pth")
    config = ZoneConfig.from_env(models=str(tmp_path), sam_type="vit_b", device="cpu")
    from zone_tools.loading import load_sam

    loaded = load_sam(config, torch.device("cpu"))
    assert torch.equal(loaded.mask_decoder.iou_token.weight, sam.mask_decoder.iou_token.weight)
    statuses = {status.name: status.present for status in model_status(config)}
    assert statuses == {"InstructPix2Pix": False, "MagicBrush": False, "Segment Anything vit_b": True}


def test_missing_models_raise_one_clear_sentence(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    for config in (ZoneConfig.from_env(models="default"), ZoneConfig.from_env(models=str(tmp_path / "nothing"))):
        with pytest.raises(ModelNotFoundError) as caught:
            load_models(config)
        message = str(caught.value)
        assert "InstructPix2Pix" in message and "zone models download" in message
        assert "\n" not in message


def test_editor_loads_lazily_and_reports_missing_models_on_first_edit(tmp_path, coffee) -> None:
    editor = ZoneEditor.from_pretrained(ZoneConfig.from_env(models=str(tmp_path)))
    assert not editor.is_loaded
    with pytest.raises(ModelNotFoundError):
        editor.edit(coffee, "make the cup blue")


def test_device_and_dtype_defaults(monkeypatch) -> None:
    monkeypatch.setattr(loading, "cpu_computes_bfloat16", lambda: False)
    assert resolve_dtype(None, torch.device("cpu")) == torch.float32
    monkeypatch.setattr(loading, "cpu_computes_bfloat16", lambda: True)
    assert resolve_dtype(None, torch.device("cpu")) == torch.bfloat16
    assert resolve_dtype(None, torch.device("cuda")) == torch.float16
    assert resolve_dtype("bf16", torch.device("cuda")) == torch.bfloat16
    with pytest.raises(ValueError, match="ZONE_DTYPE"):
        resolve_dtype("int3", torch.device("cpu"))


def test_env_selects_the_tiny_editor(monkeypatch) -> None:
    monkeypatch.setenv("ZONE_MODELS", "tiny")
    assert ZoneEditor.from_env().is_tiny
    monkeypatch.setenv("ZONE_MODELS", "default")
    assert not ZoneEditor.from_env().is_tiny


def test_unets_are_compiled_only_when_asked_on_cuda_with_graphs() -> None:
    asked = ZoneConfig(compile_unets=True)
    assert compiles_unets(asked, torch.device("cuda"))
    assert not compiles_unets(ZoneConfig(), torch.device("cuda"))
    assert not compiles_unets(replace(asked, cuda_graphs=False), torch.device("cuda"))
    assert not compiles_unets(asked, torch.device("cpu"))
    assert "compiled UNets" in runtime_summary(replace(asked, device="cuda"))
    assert "compiled" not in runtime_summary(ZoneConfig(device="cuda"))


def test_a_prepared_unet_is_channels_last_where_faster_and_compiled_when_asked() -> None:
    def channels_last(unet: UNet2DConditionModel) -> bool:
        return unet.conv_in.weight.is_contiguous(memory_format=torch.channels_last)

    plain = prepare_unet(tiny_unet(), torch.device("cpu"), torch.float32, compiled=False)
    assert not plain.training and not channels_last(plain) and plain._compiled_call_impl is None
    fast = prepare_unet(tiny_unet().to(torch.bfloat16), torch.device("cpu"), torch.bfloat16, compiled=True)
    assert channels_last(fast) and fast._compiled_call_impl is not None
