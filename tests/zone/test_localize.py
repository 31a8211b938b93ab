"""Section 3: attention difference, rough mask M_b, small components, pixel-difference fallback."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from zone_tools.stages.localize import attention_difference, difference_mask, drop_small_components, rough_mask

from zone_shapes import box, disc, iou


def edit_aware_attention(rect: tuple[int, int, int, int], tokens: int = 77, n_tokens: int = 6, seed: int = 0):
    """16 x 16 x `tokens` maps of an edit inside `rect` = (y0, y1, x0, x1) in map cells.

    The start token is bright outside the edit and dim on it; the end token (position
    n_tokens - 1) is bright on the edit and dim elsewhere; the other tokens are noise.
    """
    rng = np.random.default_rng(seed)
    attn = rng.uniform(0.0, 1.0, size=(16, 16, tokens))
    inside = box((16, 16), *rect)
    attn[:, :, 0] = np.where(inside, 0.2, 1.0)
    attn[:, :, min(n_tokens, 77) - 1] = np.where(inside, 1.0, 0.1)
    return attn


def test_difference_is_floor_normalised_start_minus_end_clipped_at_zero():
    start = np.array([[1.0, 0.5], [0.25, 0.0]])
    end = np.array([[0.0, 2.0], [1.0, 1.0]])
    attn = np.stack([start, np.full((2, 2), 7.0), end], axis=-1)
    # N_0 = [255, 127, 63, 0]; N_2 = [0, 255, 127, 127]; D = max(N_0 - N_2, 0).
    diff = attention_difference(attn, n_tokens=3, size=(2, 2))
    assert diff.dtype == np.uint8
    np.testing.assert_array_equal(diff, [[255, 0], [0, 0]])


def test_difference_uses_token_76_for_instructions_longer_than_77_tokens():
    attn = np.zeros((4, 4, 80))
    attn[:, :, 0] = 1.0
    attn[:, :, 76] = np.eye(4)
    attn[:, :, 79] = 1.0
    diff = attention_difference(attn, n_tokens=120, size=(4, 4))
    np.testing.assert_array_equal(diff, 255 * (1 - np.eye(4)))


def test_all_zero_maps_are_guarded():
    attn = np.zeros((8, 8, 5))
    attn[:, :, 4] = 1.0
    with np.errstate(all="raise"):
        assert not attention_difference(attn, 5, (8, 8)).any()
        assert rough_mask(attn, 5, (64, 64), min_component=1).all()


def test_difference_is_resized_bicubically_to_h_by_w():
    attn = edit_aware_attention((4, 12, 5, 13))
    small = attention_difference(attn, 6, (16, 16))
    diff = attention_difference(attn, 6, (384, 512))
    assert diff.shape == (384, 512)
    expected = Image.fromarray(small).resize((512, 384), Image.Resampling.BICUBIC)
    np.testing.assert_array_equal(diff, np.asarray(expected))


def test_rough_mask_recovers_the_edited_rectangle():
    attn = edit_aware_attention((4, 12, 5, 13))
    mask = rough_mask(attn, n_tokens=6, size=(512, 512))
    assert mask.dtype == bool and mask.shape == (512, 512)
    truth = box((512, 512), 4 * 32, 12 * 32, 5 * 32, 13 * 32)
    inner = box((512, 512), 4 * 32 + 16, 12 * 32 - 16, 5 * 32 + 16, 13 * 32 - 16)
    outer = box((512, 512), 4 * 32 - 16, 12 * 32 + 16, 5 * 32 - 16, 13 * 32 + 16)
    assert mask[inner].all() and not mask[~outer].any()
    assert iou(mask, truth) > 0.85


def test_rough_mask_threshold_is_on_doubled_difference():
    # Integer maps whose maximum is 255 normalise exactly: N_0 = 255, N_2 = the map itself.
    attn = np.zeros((2, 2, 3))
    attn[:, :, 0] = 255.0
    attn[:, :, 2] = [[255.0, 201.0], [200.0, 255.0]]
    np.testing.assert_array_equal(attention_difference(attn, 3, (2, 2)), [[0, 54], [55, 0]])
    # 2 * 54 = 108 <= tau = 108 is edited; 2 * 55 = 110 is not.
    np.testing.assert_array_equal(rough_mask(attn, 3, (2, 2), min_component=1), [[True, True], [False, True]])
    np.testing.assert_array_equal(rough_mask(attn, 3, (2, 2), tau=107, min_component=1), [[True, False], [False, True]])
    np.testing.assert_array_equal(rough_mask(attn, 3, (2, 2), tau=110, min_component=1), np.ones((2, 2), bool))


def test_rough_mask_drops_a_small_spurious_spot_but_keeps_the_edit():
    attn = edit_aware_attention((4, 12, 5, 13))
    attn[1, 1, 0], attn[1, 1, 5] = 0.2, 1.0
    with_spot = rough_mask(attn, 6, (256, 256), min_component=1)
    assert with_spot[24, 24]
    cleaned = rough_mask(attn, 6, (256, 256), min_component=400)
    assert not cleaned[:32, :32].any()
    np.testing.assert_array_equal(cleaned[48:, 48:], with_spot[48:, 48:])


def test_drop_small_components_counts_eight_connected_pixels():
    mask = np.zeros((40, 40), dtype=bool)
    mask[np.arange(8), np.arange(8)] = True  # a diagonal: one component of 8
    mask[20:27, 20:29] = True  # 63 pixels
    mask[30:38, 30:38] = True  # 64 pixels
    kept = drop_small_components(mask, 64)
    np.testing.assert_array_equal(kept, box((40, 40), 30, 38, 30, 38))
    assert drop_small_components(mask, 8)[:8, :8].sum() == 8
    assert not drop_small_components(mask, 9)[:8, :8].any()


def test_drop_small_components_removes_only_the_component_not_its_box():
    # A small speck inside the bounding box of a large L-shaped component: the released code's
    # bounding-box blanking would cut the L; here only the speck goes.
    large = box((100, 100), 10, 90, 10, 20) | box((100, 100), 80, 90, 10, 90)
    speck = box((100, 100), 40, 43, 50, 53)
    kept = drop_small_components(large | speck, 64)
    np.testing.assert_array_equal(kept, large)


def test_drop_small_components_leaves_input_alone():
    mask = box((20, 20), 0, 3, 0, 3)
    before = mask.copy()
    assert not drop_small_components(mask, 64).any()
    np.testing.assert_array_equal(mask, before)


def test_difference_mask_finds_a_new_object_despite_drift_and_noise(astronaut):
    rng = np.random.default_rng(1)
    original = astronaut
    drift = np.linspace(-12, 12, 512)[None, :, None]
    canvas = original.astype(float) + drift + rng.normal(0, 4, original.shape)
    obj = disc((512, 512), (300, 200), 40)
    canvas[obj] = (20, 200, 60)
    canvas = np.clip(np.rint(canvas), 0, 255).astype(np.uint8)
    mask = difference_mask(original, canvas)
    assert iou(mask, obj) > 0.85
    assert not mask[~disc((512, 512), (300, 200), 50)].any()


def test_difference_mask_is_empty_for_an_unedited_canvas(coffee):
    canvas = np.clip(coffee.astype(int) + 9, 0, 255).astype(np.uint8)
    assert not difference_mask(coffee, canvas).any()


@pytest.mark.parametrize(
    "attn, n_tokens, size",
    [
        (np.zeros((4, 4)), 2, (8, 8)),
        (np.zeros((4, 4, 3)), 4, (8, 8)),
        (np.zeros((4, 4, 3)), 0, (8, 8)),
        (np.zeros((4, 4, 3)), 2, (0, 8)),
    ],
)
def test_bad_arguments_are_refused(attn, n_tokens, size):
    with pytest.raises(ValueError):
        attention_difference(attn, n_tokens, size)
