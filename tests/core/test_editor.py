"""End to end on the tiny models: sizes, untouched pixels over rounds, seeds, actions, masks."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image

from tests.core.conftest import FAST, outside
from zone_tools import Action, BadInstructionError, BadMaskError, EditParams
from zone_tools.denoise.sampling import is_truncated
from zone_tools.editor import LATER_STAGES


def test_output_has_the_input_size_at_odd_sizes(editor, odd_photo) -> None:
    result = editor.edit(odd_photo, "make her suit gold", seed=1, params=FAST)
    assert result.image.size == odd_photo.size == (601, 397)
    assert result.image.mode == "RGB"
    assert result.layer.size == odd_photo.size and result.layer.mode == "RGBA"
    assert result.working_mask.shape == result.working_refined_mask.shape == result.working_rough_mask.shape
    assert result.working_canvas.size == result.working_mask.shape[::-1]
    assert all(m.size == odd_photo.size for m in result.mask_images().values())


def test_three_chained_rounds_keep_every_pixel_outside_the_layers(editor, odd_photo) -> None:
    original = np.asarray(odd_photo)
    untouched = np.ones(original.shape[:2], dtype=bool)
    current = odd_photo
    rounds = [("make the helmet red", (0, 120)), ("remove the flag", (200, 320)), ("add a hat", (400, 520))]
    for seed, (instruction, (left, right)) in enumerate(rounds):
        where = np.zeros(original.shape[:2], dtype=bool)
        where[80:300, left:right] = True
        result = editor.edit(current, instruction, mask=where, seed=seed, params=FAST)
        untouched &= outside(result.layer)
        current = result.image
    assert 0.3 < untouched.mean() < 1.0
    assert np.array_equal(np.asarray(current)[untouched], original[untouched])


def test_seed_makes_results_repeatable(editor, coffee) -> None:
    first = editor.edit(coffee, "make the cup blue", seed=7, params=FAST)
    again = editor.edit(coffee, "make the cup blue", seed=7, params=FAST)
    other = editor.edit(coffee, "make the cup blue", seed=8, params=FAST)
    assert np.array_equal(np.asarray(first.image), np.asarray(again.image))
    assert np.array_equal(np.asarray(first.working_canvas), np.asarray(again.working_canvas))
    assert not np.array_equal(np.asarray(first.working_canvas), np.asarray(other.working_canvas))
    assert first.seed == 7


def test_random_seed_is_reported_and_reproduces(editor, coffee) -> None:
    first = editor.edit(coffee, "make the cup blue", params=FAST)
    again = editor.edit(coffee, "make the cup blue", seed=first.seed, params=FAST)
    assert np.array_equal(np.asarray(first.image), np.asarray(again.image))


def test_magicbrush_runs_only_when_beta_is_positive(editor, coffee) -> None:
    calls = []
    handle = editor.models.magicbrush.register_forward_pre_hook(lambda module, args: calls.append(1))
    try:
        changed = editor.edit(coffee, "make the cup blue", action="change", seed=1, params={"steps": 3})
        assert changed.beta == 0.0 and calls == []
        removed = editor.edit(coffee, "remove the cup", action="remove", seed=1, params={"steps": 3})
        assert removed.beta == pytest.approx(0.2) and len(calls) == 3
        editor.edit(coffee, "remove the cup", action="remove", seed=1, params={"steps": 3, "beta_remove": 0.0})
        assert len(calls) == 3
    finally:
        handle.remove()


def test_magicbrush_is_not_loaded_until_a_removal_needs_it(coffee) -> None:
    from zone_tools import ZoneEditor

    editor = ZoneEditor.tiny(seed=1)
    editor.edit(coffee, "make the cup blue", action="change", seed=0, params=FAST)
    assert editor.models._magicbrush is None
    editor.edit(coffee, "remove the cup", action="remove", seed=0, params=FAST)
    assert editor.models._magicbrush is not None


def test_caller_action_and_mask_are_honoured(editor, coffee) -> None:
    mask = np.zeros((coffee.height, coffee.width), dtype=bool)
    mask[100:250, 200:400] = True
    result = editor.edit(coffee, "make it shine", action=Action.ADD, mask=mask, seed=2, params=FAST)
    assert result.action is Action.ADD
    h, w = result.working_rough_mask.shape
    expected = np.asarray(Image.fromarray(mask).resize((w, h), Image.Resampling.NEAREST))
    assert np.array_equal(result.working_rough_mask, expected)
    assert any("mask you gave" in note for note in result.notes)
    alpha = np.asarray(result.layer)[..., 3]
    assert not alpha[:40].any() and not alpha[-40:].any()


def test_progress_reports_every_step_then_each_stage(editor, coffee) -> None:
    seen = []
    editor.edit(coffee, "make the cup blue", seed=0, params={"steps": 3}, on_progress=lambda *a: seen.append(a))
    assert seen[:3] == [(1, 3, "denoise"), (2, 3, "denoise"), (3, 3, "denoise")]
    assert [stage for _, _, stage in seen[3:]] == list(LATER_STAGES)


def test_full_and_roi_grids_both_segment(editor, coffee) -> None:
    loose = {"steps": 2, "pred_iou_thresh": 0.0, "stability_score_thresh": 0.0}
    roi = editor.edit(coffee, "make the cup blue", seed=4, params={**loose, "sam_grid": "roi"})
    full = editor.edit(coffee, "make the cup blue", seed=4, params={**loose, "sam_grid": "full"})
    for result in (roi, full):
        assert not any("Segment Anything" in note for note in result.notes)
        assert result.working_refined_mask.any()


def test_result_records_settings_timings_and_attention(editor, coffee) -> None:
    result = editor.edit(coffee, "make the cup blue", seed=0, params={"steps": 2, "tau": 90})
    assert result.params["tau"] == 90 and result.params["steps"] == 2
    assert set(result.timings) >= {"classify", "denoise", "localize", "segment", "smooth", "blend", "total"}
    assert result.attention.ndim == 3 and result.attention.shape[-1] >= 2
    assert result.attention_image().size == coffee.size


@pytest.mark.parametrize("instruction", ["", "   \n\t", "x" * 5000])
def test_bad_instructions_are_refused(editor, coffee, instruction) -> None:
    with pytest.raises(BadInstructionError):
        editor.edit(coffee, instruction, params=FAST)


def test_unknown_setting_and_empty_mask_are_refused(editor, coffee) -> None:
    with pytest.raises(ValueError, match="unknown edit setting"):
        editor.edit(coffee, "make it red", params={"stepz": 3})
    with pytest.raises(BadMaskError):
        editor.edit(coffee, "make it red", mask=np.zeros((10, 10), dtype=bool), params=FAST)
    with pytest.raises(ValueError):
        EditParams(steps=0)


def test_running_out_of_gpu_memory_is_one_plain_sentence(coffee) -> None:
    from zone_tools import GpuMemoryError, ZoneEditor

    def load():
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    with pytest.raises(GpuMemoryError, match=r"ran out of memory.*ZONE_DEVICE=cpu"):
        ZoneEditor(load).edit(coffee, "make the cup blue", params=FAST)


def test_an_instruction_cut_at_clips_77_tokens_says_so(editor, coffee) -> None:
    """The tiny tokenizer reads a token per character but spaces: start + 75 + end fit, 76 do not."""
    words = "make the cup blue " + "x" * 61  # 14 + 61 characters that are tokens
    assert not is_truncated(editor.models, words) and is_truncated(editor.models, words + "x")
    cut = editor.edit(coffee, words + "x", action="change", seed=0, params=FAST)
    assert [note for note in cut.notes if "77 tokens" in note] == [
        "The instruction is longer than the 77 tokens CLIP reads; only its beginning was used."
    ]
