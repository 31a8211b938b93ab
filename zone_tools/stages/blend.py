"""Layer blending: matte, edited layer I_L and composite I_C at full size (docs/method.md section 6).

The canvas and the matte are made at working size and scaled up here; the composite is made on the
untouched full-resolution original, so every pixel the matte does not reach is copied bit for bit.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

from zone_tools.imageio import to_rgb
from zone_tools.stages.localize import as_mask

CANVAS_RESAMPLE = Image.Resampling.BICUBIC
"""Upscaling filter for the canvas I_sty: sharper than bilinear, with less ringing than Lanczos."""

MATTE_RESAMPLE = Image.Resampling.BILINEAR
"""Upscaling filter for the matte: no overshoot, so it stays in [0, 1] and zero stays zero."""


def matte(final: np.ndarray, refined: np.ndarray, alpha: float = 0.6) -> np.ndarray:
    """Matte a, float32 H x W: 1 on M_f, `alpha` on the seam band M*_f minus M_f, 0 elsewhere.

    Section 6's "1 on M*_f and M_f" is 1 on M_f (M_f with M*_f inside it is still M_f).
    """
    final = as_mask(final, "final")
    refined = as_mask(refined, "refined")
    if final.shape != refined.shape:
        raise ValueError(f"final and refined masks differ in size: {final.shape} vs {refined.shape}")
    if not 0.0 <= alpha <= 1.0:
        raise ValueError(f"alpha must be in [0, 1], got {alpha}")
    result = np.zeros(final.shape, dtype=np.float32)
    result[final] = alpha
    result[refined] = 1.0
    return result


def _as_image(image: Image.Image | np.ndarray, name: str) -> Image.Image:
    if isinstance(image, Image.Image):
        return to_rgb(image)
    array = np.asarray(image)
    if array.ndim != 3 or array.shape[2] != 3 or array.dtype != np.uint8:
        raise ValueError(f"{name} must be an RGB image or a uint8 HxWx3 array, got {array.dtype} {array.shape}")
    return Image.fromarray(array, mode="RGB")


def _matte_box(
    nonzero: tuple[int, int, int, int], source: tuple[int, int], target: tuple[int, int]
) -> tuple[int, int, int, int]:
    """Full-size box (x0, y0, x1, y1) outside which the bilinear upscale of the matte is 0.

    `nonzero` is the matte's own box at working size (x0, y0, x1, y1, end-exclusive). PIL's
    bilinear upscale of an output pixel reads only source pixels whose centres lie within one
    source pixel of its own centre; two source pixels of margin on each side leave it at 0.
    """
    box = []
    for low, high, src, dst in (
        (nonzero[0], nonzero[2], source[0], target[0]),
        (nonzero[1], nonzero[3], source[1], target[1]),
    ):
        scale = src / dst
        box.append((max(math.floor((low - 2) / scale), 0), min(math.ceil((high + 2) / scale), dst)))
    (x0, x1), (y0, y1) = box
    return x0, y0, x1, y1


def composite(
    original_full: Image.Image | np.ndarray,
    canvas: Image.Image | np.ndarray,
    matte: np.ndarray,
    *,
    full_layer: bool = False,
) -> tuple[Image.Image, Image.Image]:
    """(I_C RGB, I_L RGBA) at the original's size (section 6, project improvement).

    The canvas is upscaled bicubically; the matte bilinearly, in 8 bits: its values 0, 0.6 and 1
    are exact there (0, 153, 255), it is quantised to 1/255 elsewhere, and the layer's alpha is
    exactly the matte that was used. I_C = round(a I_sty + (1 - a) I_G) with a = alpha / 255 (PIL's
    masked paste, exact rounding), computed only inside the box the upscaled matte can reach;
    everywhere the layer's alpha is 0 the result is the original, bit for bit.

    The layer's colour is the canvas upscaled over that box only, and transparent black beyond it
    (alpha 0 there, so nothing visible is lost): no full-frame upscale, the slowest step at 12 MP,
    and a far smaller PNG. `full_layer=True` puts the whole upscaled canvas in the layer instead
    (the box is then cut from it; the two upscales differ by a few levels at most, on saturated
    edges, where PIL clips bicubic overshoot between its two passes).
    """
    original = _as_image(original_full, "original_full")
    canvas_image = _as_image(canvas, "canvas")
    weights = np.asarray(matte, dtype=np.float32)
    if weights.shape != (canvas_image.height, canvas_image.width):
        raise ValueError(f"matte {weights.shape} and canvas {canvas_image.size[::-1]} differ in size")
    if not np.all(np.isfinite(weights)) or weights.min(initial=0.0) < 0 or weights.max(initial=0.0) > 1:
        raise ValueError("matte values must lie in [0, 1]")

    size = original.size
    result = original.copy()
    if full_layer:
        layer = canvas_image.resize(size, CANVAS_RESAMPLE)
        layer.putalpha(0)
    else:
        layer = Image.new("RGBA", size, (0, 0, 0, 0))
    alpha_work = Image.fromarray(np.rint(weights * 255.0).astype(np.uint8), mode="L")
    nonzero = alpha_work.getbbox()
    if nonzero is not None:
        box = _matte_box(nonzero, canvas_image.size, size)
        crop_size = (box[2] - box[0], box[3] - box[1])
        scale_x, scale_y = canvas_image.width / size[0], canvas_image.height / size[1]
        source_box = (box[0] * scale_x, box[1] * scale_y, box[2] * scale_x, box[3] * scale_y)
        alpha_crop = alpha_work.resize(crop_size, MATTE_RESAMPLE, box=source_box)
        if full_layer:
            canvas_crop = layer.crop(box).convert("RGB")
        else:
            canvas_crop = canvas_image.resize(crop_size, CANVAS_RESAMPLE, box=source_box)
        result.paste(canvas_crop, box[:2], alpha_crop)
        canvas_crop.putalpha(alpha_crop)
        layer.paste(canvas_crop, box[:2])
    return result, layer
