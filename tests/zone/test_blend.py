"""Section 6: the matte's three values and a full-size composite that leaves unmatted pixels alone."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from zone_tools.imageio import load_image, to_working, working_size
from zone_tools.stages.blend import composite, matte

from zone_shapes import box, disc


def recoloured(work: np.ndarray, region: np.ndarray, colour=(20, 60, 240)) -> np.ndarray:
    """A stand-in canvas: the working image with `region` painted and a small global drift."""
    canvas = np.clip(work.astype(int) + 7, 0, 255).astype(np.uint8)
    canvas[region] = colour
    return canvas


def masks_for(shape: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """(M*_f, M_f) at working size: a disc and a slightly larger disc around it."""
    centre = (shape[0] * 0.5, shape[1] * 0.45)
    radius = min(shape) * 0.2
    return disc(shape, centre, radius + 6), disc(shape, centre, radius)


def check_composite(
    original: Image.Image, canvas: np.ndarray, weights: np.ndarray, full_layer: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Run `composite` and assert its contract; return (result, alpha) as arrays."""
    result, layer = composite(original, canvas, weights, full_layer=full_layer)
    assert result.mode == "RGB" and layer.mode == "RGBA"
    assert result.size == original.size == layer.size
    out = np.asarray(result).astype(np.int64)
    before = np.asarray(original).astype(np.int64)
    alpha = np.asarray(layer)[..., 3].astype(np.int64)
    colour = np.asarray(layer)[..., :3].astype(np.int64)
    canvas_full = np.asarray(Image.fromarray(canvas).resize(original.size, Image.Resampling.BICUBIC)).astype(np.int64)
    visible, hidden = alpha > 0, alpha == 0
    if full_layer:
        np.testing.assert_array_equal(colour, canvas_full)
    else:
        # The matte's box is upscaled on its own. PIL clips bicubic overshoot between its two
        # passes, so at saturated edges a box and the whole frame may differ by a few levels.
        difference = np.abs(colour[visible] - canvas_full[visible]).max(axis=1, initial=0)
        assert np.mean(difference > 1) < 0.01 and difference.max(initial=0) <= 24
        # Hidden pixels: the canvas inside the matte's box, transparent black beyond it.
        near = (np.abs(colour[hidden] - canvas_full[hidden]) <= 24).all(axis=1)
        assert np.all(near | (colour[hidden] == 0).all(axis=1))
    np.testing.assert_array_equal(out[hidden], before[hidden])
    # The composite is the layer over the original: round(a I_L + (1 - a) I_G), a = alpha / 255
    # (v / 255 is never an exact half, so this rounding is unambiguous).
    expected = (before * (255 - alpha[..., None]) + colour * alpha[..., None] + 127) // 255
    np.testing.assert_array_equal(out, expected)
    # Where a float bilinear upscale of the matte is exactly 0, so is the alpha.
    float_matte = np.asarray(Image.fromarray(weights, mode="F").resize(original.size, Image.Resampling.BILINEAR))
    assert np.all(alpha[float_matte == 0] == 0)
    assert np.abs(alpha - np.rint(255 * float_matte)).max() <= 1
    return out, alpha


def test_matte_has_exactly_the_three_values_of_the_spec():
    refined = box((60, 80), 20, 40, 20, 50)
    final = box((60, 80), 15, 45, 15, 55) & ~box((60, 80), 25, 30, 0, 80)
    weights = matte(final, refined, alpha=0.6)
    assert weights.dtype == np.float32
    assert set(np.unique(weights)) == {np.float32(0), np.float32(0.6), np.float32(1)}
    assert np.all(weights[refined] == 1)
    assert np.all(weights[final & ~refined] == np.float32(0.6))
    assert np.all(weights[~final & ~refined] == 0)


def test_matte_alpha_is_configurable_and_checked():
    refined, final = box((10, 10), 2, 4, 2, 4), box((10, 10), 1, 6, 1, 6)
    assert set(np.unique(matte(final, refined, alpha=0.25))) == {0.0, 0.25, 1.0}
    with pytest.raises(ValueError):
        matte(final, refined, alpha=1.5)
    with pytest.raises(ValueError):
        matte(final, np.zeros((5, 5), bool))


@pytest.mark.parametrize("full_layer", [False, True])
def test_composite_at_an_odd_size_keeps_unmatted_pixels_bit_identical(coffee, full_layer):
    original = Image.fromarray(coffee).resize((601, 397), Image.Resampling.LANCZOS)
    work_size = working_size(601, 397)
    assert work_size == (512, 320)
    work = to_working(original)
    final, refined = masks_for(work.shape[:2])
    canvas = recoloured(work, refined)
    weights = matte(final, refined)
    _, alpha = check_composite(original, canvas, weights, full_layer)
    assert np.count_nonzero(alpha == 0) > 0.5 * alpha.size
    # Inside M_f, far from its edge, the result is the upscaled canvas: alpha 255.
    centre_y, centre_x = int(397 * 0.5), int(601 * 0.45)
    assert alpha[centre_y, centre_x] == 255
    assert set(np.unique(alpha)) >= {0, 153, 255}


def test_layer_is_transparent_black_beyond_the_matte_unless_full_layer_is_asked(coffee):
    original = Image.fromarray(coffee)
    work = to_working(original)
    final, refined = masks_for(work.shape[:2])
    canvas = recoloured(work, refined)
    _, layer = composite(original, canvas, matte(final, refined))
    _, full = composite(original, canvas, matte(final, refined), full_layer=True)
    assert np.asarray(layer)[0, 0].tolist() == [0, 0, 0, 0]
    assert np.asarray(full)[0, 0, 3] == 0 and np.asarray(full)[0, 0, :3].any()
    np.testing.assert_array_equal(np.asarray(layer)[..., 3], np.asarray(full)[..., 3])


def test_composite_of_an_empty_matte_is_the_original(astronaut):
    original = Image.fromarray(astronaut)
    result, layer = composite(original, 255 - astronaut, np.zeros((512, 512), np.float32))
    np.testing.assert_array_equal(np.asarray(result), astronaut)
    assert not np.asarray(layer)[..., 3].any()


def test_composite_of_a_full_matte_is_the_canvas_at_the_same_size(astronaut):
    canvas = 255 - astronaut
    result, layer = composite(astronaut, Image.fromarray(canvas), np.ones((512, 512), np.float32))
    np.testing.assert_array_equal(np.asarray(result), canvas)
    assert np.all(np.asarray(layer)[..., 3] == 255)


def test_repeated_rounds_never_touch_pixels_outside_every_matte(coffee):
    original = Image.fromarray(coffee).resize((601, 397))
    current, touched = original, np.zeros((397, 601), dtype=bool)
    for round_index in range(3):
        work = to_working(current)
        final, refined = masks_for(work.shape[:2])
        shift = 40 * round_index
        final, refined = np.roll(final, shift, axis=1), np.roll(refined, shift, axis=1)
        current_out, alpha = check_composite(
            current, recoloured(work, refined, (10 * round_index, 200, 90)), matte(final, refined)
        )
        touched |= alpha > 0
        current = Image.fromarray(current_out.astype(np.uint8))
    np.testing.assert_array_equal(np.asarray(current)[~touched], np.asarray(original)[~touched])


def photo_file(tmp_path, kind: str, coffee: np.ndarray, astronaut: np.ndarray):
    """A real photo saved as `kind`; returns its path."""
    if kind == "rgba":
        alpha = np.full(coffee.shape[:2], 255, np.uint8)
        alpha[:100, :100] = 0
        image = Image.fromarray(np.dstack([coffee, alpha]), mode="RGBA")
        path = tmp_path / "photo.png"
    elif kind == "grey":
        image = Image.fromarray(coffee).convert("L")
        path = tmp_path / "photo.png"
    elif kind == "grey16":
        grey = np.asarray(Image.fromarray(astronaut).convert("L")).astype(np.uint16) * 257
        image = Image.fromarray(grey)
        assert image.mode == "I;16"
        path = tmp_path / "photo16.png"
    else:
        image = Image.fromarray(coffee[:397, :599])
        exif = Image.Exif()
        exif[0x0112] = 6  # rotate 90 degrees clockwise when shown
        path = tmp_path / "photo.jpg"
        image.save(path, quality=92, exif=exif.tobytes())
        return path
    image.save(path)
    return path


@pytest.mark.parametrize("kind", ["rgba", "grey", "grey16", "exif_jpeg"])
def test_composite_through_load_image_keeps_unmatted_pixels(tmp_path, coffee, astronaut, kind):
    original = load_image(photo_file(tmp_path, kind, coffee, astronaut))
    assert original.mode == "RGB"
    if kind == "exif_jpeg":
        assert original.size == (397, 599)
    work = to_working(original)
    assert work.shape[:2] == working_size(*original.size)[::-1]
    final, refined = masks_for(work.shape[:2])
    check_composite(original, recoloured(work, refined), matte(final, refined))


def test_bad_mattes_are_refused(astronaut):
    with pytest.raises(ValueError):
        composite(astronaut, astronaut, np.zeros((10, 10), np.float32))
    with pytest.raises(ValueError):
        composite(astronaut, astronaut, np.full((512, 512), 1.5, np.float32))
    with pytest.raises(ValueError):
        composite(astronaut, astronaut[..., 0], np.zeros((512, 512), np.float32))
