"""Section 5: the FFT edge smoother recovers the edit inside the dilated refined mask."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import ndimage

from zone_tools.stages.smoother import close, default_close_size, default_radius, dilate, edge_smoother, fill_holes

from zone_shapes import box, disc, iou


def drifting_canvas(original: np.ndarray, obj: np.ndarray, drift: float = 15.0, seed: int = 0) -> np.ndarray:
    """`original` + a slow left-to-right brightness drift of +-`drift` + mild noise, `obj` recoloured."""
    rng = np.random.default_rng(seed)
    width = original.shape[1]
    canvas = original.astype(float) + np.linspace(-drift, drift, width)[None, :, None]
    canvas += rng.normal(0.0, 2.0, original.shape)
    canvas[obj] = (30, 90, 230)
    return np.clip(np.rint(canvas), 0, 255).astype(np.uint8)


def reference_magnitude(original, canvas, refined, radius):
    """Section 5's d written out literally: two masked layers, two centred spectra, float64."""
    structure = np.ones((3, 3), dtype=bool)
    dilated = ndimage.binary_dilation(refined, structure, iterations=4)
    luma = np.array([0.299, 0.587, 0.114])
    layer_grey = (canvas * dilated[..., None]) @ luma
    original_grey = (original * dilated[..., None]) @ luma
    height, width = refined.shape
    yy, xx = np.mgrid[:height, :width]
    low_pass = (yy - height // 2) ** 2 + (xx - width // 2) ** 2 <= radius**2
    spectra = [np.fft.fftshift(np.fft.fft2(grey)) * low_pass for grey in (layer_grey, original_grey)]
    return np.abs(np.fft.ifft2(np.fft.ifftshift(spectra[0] - spectra[1]))), dilated


def reference_smoother(original, canvas, refined, radius, threshold=30.0, close_size=21):
    """Section 5's M*_f with scipy's own morphology (erosion border counted as set, like OpenCV)."""
    magnitude, dilated = reference_magnitude(original, canvas, refined, radius)
    edited = np.clip(magnitude, 0, 255) > threshold
    square = np.ones((close_size, close_size), dtype=bool)
    closed = ndimage.binary_erosion(ndimage.binary_dilation(edited, square), square, border_value=1)
    return ndimage.binary_fill_holes(closed) & dilated


def test_recovers_a_new_object_on_a_drifting_canvas(astronaut):
    obj = disc((512, 512), (260, 250), 45)
    refined = box((512, 512), 160, 360, 140, 360)  # SAM's segment: larger than the edit
    canvas = drifting_canvas(astronaut, obj)
    final = edge_smoother(astronaut, canvas, refined)
    dilated = ndimage.binary_dilation(refined, np.ones((3, 3), bool), iterations=4)
    assert final.dtype == bool and final.shape == (512, 512)
    assert not final[~dilated].any()
    assert iou(final, obj) > 0.9
    assert final[disc((512, 512), (260, 250), 40)].all()


def test_output_never_leaves_the_dilated_mask_even_when_the_canvas_changes_everywhere(coffee):
    refined = disc(coffee.shape[:2], (200, 300), 60)
    canvas = 255 - coffee
    final = edge_smoother(coffee, canvas, refined)
    dilated = dilate(refined, 4)
    assert final.any()
    assert not final[~dilated].any()


def test_an_unedited_canvas_gives_an_empty_mask(coffee):
    refined = disc(coffee.shape[:2], (200, 300), 80)
    canvas = np.clip(coffee.astype(int) + 6, 0, 255).astype(np.uint8)
    assert not edge_smoother(coffee, canvas, refined).any()
    assert not edge_smoother(coffee, coffee, refined).any()


@pytest.mark.parametrize("shape", [(512, 512), (397, 601), (320, 512)])
def test_matches_the_literal_two_spectra_formulation(astronaut, shape):
    rng = np.random.default_rng(5)
    original = np.tile(astronaut, (1, 2, 1))[: shape[0], : shape[1]]
    obj = disc(shape, (shape[0] / 2, shape[1] / 2), 50) | box(shape, 20, 60, 30, 50)
    refined = disc(shape, (shape[0] / 2, shape[1] / 2), 90) | box(shape, 10, 70, 20, 60)
    canvas = drifting_canvas(original, obj, seed=int(rng.integers(100)))
    radius = default_radius(*shape)
    close_size = default_close_size(*shape)
    expected = reference_smoother(original.astype(float), canvas.astype(float), refined, radius, close_size=close_size)
    final = edge_smoother(original, canvas, refined)
    assert final.any()
    assert np.count_nonzero(final != expected) <= 0.0005 * final.size


def test_magnitudes_above_255_are_clipped_not_wrapped():
    # A white bar on black: the ideal low-pass overshoots past 255 along the bar. Wrapped to
    # uint8 (the released code) those pixels would read 0..45 and drop out; clipped they stay.
    original = np.zeros((128, 128, 3), dtype=np.uint8)
    refined = box((128, 128), 0, 128, 40, 60)
    canvas = original.copy()
    canvas[refined] = 255
    magnitude, dilated = reference_magnitude(original.astype(float), canvas.astype(float), refined, 20)
    overshoot = (magnitude > 255) & dilated
    wrapped = np.floor(magnitude) % 256 > 30
    assert overshoot.any() and not wrapped[overshoot].all()
    final = edge_smoother(original, canvas, refined, radius=20, close_size=1)
    assert final[overshoot].all()
    np.testing.assert_array_equal(final, fill_holes(np.clip(magnitude, 0, 255) > 30) & dilated)


def test_empty_refined_mask_gives_an_empty_mask(coffee):
    assert not edge_smoother(coffee, 255 - coffee, np.zeros(coffee.shape[:2], bool)).any()


def test_defaults_scale_with_resolution():
    assert default_radius(512, 512) == 200.0
    assert default_radius(384, 512) == 150.0
    assert default_close_size(512, 512) == 21
    assert default_close_size(1024, 2048) == 43
    assert default_close_size(256, 256) == 11
    assert default_close_size(64, 64) == 3


def test_dilate_equals_iterated_3x3_binary_dilation():
    rng = np.random.default_rng(0)
    mask = rng.random((97, 131)) > 0.995
    mask[0, 5] = mask[96, 130] = True
    for iterations in (0, 1, 4, 7):
        expected = ndimage.binary_dilation(mask, np.ones((3, 3), bool), iterations=iterations) if iterations else mask
        np.testing.assert_array_equal(dilate(mask, iterations), expected)


def test_close_fills_narrow_gaps_and_keeps_regions_on_the_border():
    mask = box((60, 60), 0, 30, 0, 20) | box((60, 60), 0, 30, 25, 60)  # a 5-px gap
    closed = close(mask, 7)
    assert closed[0:30, 20:25].all()
    np.testing.assert_array_equal(closed & ~mask, box((60, 60), 0, 30, 20, 25))
    assert not close(mask, 3)[10, 22]


def test_close_equals_scipy_dilation_then_erosion_with_a_set_border():
    rng = np.random.default_rng(4)
    for size in (3, 7, 21):
        square = np.ones((size, size), dtype=bool)
        for density in (0.002, 0.05, 0.4):
            mask = rng.random((90, 120)) < density
            mask[40:50, 0:4] = True  # something on the border
            expected = ndimage.binary_erosion(ndimage.binary_dilation(mask, square), square, border_value=1)
            np.testing.assert_array_equal(close(mask, size), expected)
        assert not close(np.zeros((30, 30), bool), size).any()


def test_fill_holes_equals_scipy():
    rng = np.random.default_rng(2)
    for _ in range(5):
        mask = ndimage.binary_opening(rng.random((80, 90)) > 0.45)
        np.testing.assert_array_equal(fill_holes(mask), ndimage.binary_fill_holes(mask))
    ring = disc((40, 40), (20, 20), 12) & ~disc((40, 40), (20, 20), 6)
    np.testing.assert_array_equal(fill_holes(ring), disc((40, 40), (20, 20), 12))
    corner = box((50, 60), 0, 10, 0, 10) & ~box((50, 60), 0, 5, 0, 5)  # its notch reaches the border
    small_ring = np.pad(ring, ((5, 30), (15, 50)))
    for mask in (corner, small_ring, np.zeros((20, 20), bool)):
        np.testing.assert_array_equal(fill_holes(mask), ndimage.binary_fill_holes(mask))


def test_mismatched_shapes_are_refused(coffee):
    with pytest.raises(ValueError):
        edge_smoother(coffee, coffee[:-1], np.zeros(coffee.shape[:2], bool))
    with pytest.raises(ValueError):
        edge_smoother(coffee, coffee, np.zeros((10, 10), bool))
