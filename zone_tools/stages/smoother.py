"""FFT edge smoother: refined mask M_f -> final mask M*_f (docs/method.md section 5).

The canvas and the original share their low frequencies wherever nothing was edited, so inside the
dilated mask the low-passed difference of the two survives only on the edit (the object and, say,
its new shadow). Everything here is float32 and O(h w log(h w)) at working size.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import scipy.fft
from scipy import ndimage

from zone_tools.stages.localize import as_mask

LUMA_601 = np.array([0.299, 0.587, 0.114], dtype=np.float32)
"""ITU-R BT.601 luma weights, the grey conversion of OpenCV and PIL."""

REFERENCE_SIDE = 512
"""Resolution at which the spec's radius (200) and closing size (21) are given."""

_FOUR_CONNECTED = ndimage.generate_binary_structure(2, 1)


def _window(mask: np.ndarray, margin: int) -> tuple[slice, slice] | None:
    """Slices of `mask`'s bounding box grown by `margin` (clipped to the image); None when empty."""
    rows = np.flatnonzero(mask.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(mask.any(axis=0))
    height, width = mask.shape
    return (
        slice(max(rows[0] - margin, 0), min(rows[-1] + 1 + margin, height)),
        slice(max(cols[0] - margin, 0), min(cols[-1] + 1 + margin, width)),
    )


def dilate(mask: np.ndarray, iterations: int = 4) -> np.ndarray:
    """`mask` dilated `iterations` times by a 3 x 3 square (M_d of section 5).

    Same result as `scipy.ndimage.binary_dilation(mask, np.ones((3, 3)), iterations)` with pixels
    outside the image counting as False, computed as one (2 n + 1) square (two 1-D running maxima)
    over the mask's bounding box grown by n, the only place it can change.
    """
    mask = as_mask(mask)
    if iterations < 0:
        raise ValueError(f"iterations must not be negative, got {iterations}")
    window = _window(mask, iterations)
    if iterations == 0 or window is None:
        return mask.copy()
    size = 2 * iterations + 1
    grown = ndimage.maximum_filter1d(mask[window].view(np.uint8), size, axis=0, mode="constant", cval=0)
    grown = ndimage.maximum_filter1d(grown, size, axis=1, mode="constant", cval=0)
    result = np.zeros_like(mask)
    result[window] = grown.view(bool)
    return result


def close(mask: np.ndarray, size: int) -> np.ndarray:
    """Morphological closing by a `size` x `size` square (odd), as OpenCV's MORPH_CLOSE does it.

    The erosion treats pixels outside the image as True, so the closing never eats into a region
    that touches the border (scipy's `binary_closing` would, with its all-False border). The
    closing is 0 beyond `size` // 2 of the mask's bounding box, and exact when computed on that box
    grown by `size`, which is where it is computed.
    """
    if size < 1 or size % 2 == 0:
        raise ValueError(f"closing size must be odd and positive, got {size}")
    mask = as_mask(mask)
    window = _window(mask, size)
    if window is None:
        return mask.copy()
    data = mask[window].view(np.uint8)
    for axis in (0, 1):
        data = ndimage.maximum_filter1d(data, size, axis=axis, mode="constant", cval=0)
    for axis in (0, 1):
        data = ndimage.minimum_filter1d(data, size, axis=axis, mode="constant", cval=1)
    result = np.zeros_like(mask)
    result[window] = data.view(bool)
    return result


def fill_holes(mask: np.ndarray) -> np.ndarray:
    """`mask` with every background region that does not reach the border filled.

    The result of `scipy.ndimage.binary_fill_holes` (background 4-connected, so a diagonal gap in
    the 8-connected outline closes it, as filling OpenCV's external contours does), computed with
    one labelling pass over the mask's bounding box grown by one pixel: the background around the
    box reaches the border, so nothing outside it is a hole.
    """
    mask = as_mask(mask)
    window = _window(mask, 1)
    if window is None:
        return mask.copy()
    labels, _ = ndimage.label(~mask[window], structure=_FOUR_CONNECTED)
    border = np.unique(np.concatenate((labels[0], labels[-1], labels[:, 0], labels[:, -1])))
    outside = np.zeros(labels.max() + 1, dtype=bool)
    outside[border] = True
    outside[0] = False
    result = mask.copy()
    result[window] = ~outside[labels]
    return result


@lru_cache(maxsize=8)
def _low_pass(height: int, width: int, radius: float) -> np.ndarray:
    """Ideal low-pass H in `rfft2` layout: True within `radius` (index units) of the zero frequency.

    Distances are those from the centre of the `fftshift`-ed spectrum, so this equals the centred
    filter of section 5; H(-u, -v) = H(u, v) keeps the filtered spectrum Hermitian, which is what
    makes the half-spectrum transform exact.
    """
    ky = np.fft.fftfreq(height) * height
    kx = np.fft.rfftfreq(width) * width
    keep = ky[:, None] ** 2 + kx[None, :] ** 2 <= radius**2
    keep.flags.writeable = False
    return keep


def default_radius(height: int, width: int) -> float:
    """D0 = 200 at 512 px, scaled by min(h, w) / 512 (section 5)."""
    return 200.0 * min(height, width) / REFERENCE_SIDE


def default_close_size(height: int, width: int) -> int:
    """21 at 512 px, scaled by min(h, w) / 512, made odd, at least 3 (section 5)."""
    size = round(21 * min(height, width) / REFERENCE_SIDE)
    if size % 2 == 0:
        size += 1
    return max(size, 3)


def edge_smoother(
    original: np.ndarray,
    canvas: np.ndarray,
    refined: np.ndarray,
    *,
    iterations: int = 4,
    radius: float | None = None,
    threshold: float = 30.0,
    close_size: int | None = None,
) -> np.ndarray:
    """M*_f = g(|F^-1(H F(grey I_{L,d}) - H F(grey I_{G,d}))|) within M_d (section 5).

    M_d is `refined` dilated (`iterations` x 3 x 3), I_{L,d} and I_{G,d} are canvas and original
    masked by M_d, grey is BT.601 luma in float. The transform and the masking are linear, so the
    two spectra are subtracted as one transform of the masked grey difference (rfft2: the input is
    real). g binarises the magnitude, clipped to 0..255 (the released code wraps it), at
    > `threshold`, closes with a `close_size` square and fills holes; the result is then limited
    to M_d so the final mask never leaves the dilated refined mask.
    """
    original = np.asarray(original)
    canvas = np.asarray(canvas)
    refined = as_mask(refined, "refined")
    if original.shape != canvas.shape or original.shape[:2] != refined.shape or original.shape[2:] != (3,):
        raise ValueError(
            f"original, canvas must be HxWx3 and refined HxW of the same size, "
            f"got {original.shape}, {canvas.shape}, {refined.shape}"
        )
    height, width = refined.shape
    radius = default_radius(height, width) if radius is None else float(radius)
    close_size = default_close_size(height, width) if close_size is None else int(close_size)

    dilated = dilate(refined, iterations)
    window = _window(dilated, 0)
    if window is None:
        return dilated
    grey = np.zeros((height, width), dtype=np.float32)
    difference = canvas[window].astype(np.float32) - original[window].astype(np.float32)
    grey[window] = (difference @ LUMA_601) * dilated[window]
    spectrum = scipy.fft.rfft2(grey, workers=-1)
    spectrum *= _low_pass(height, width, radius)
    magnitude = np.abs(scipy.fft.irfft2(spectrum, s=(height, width), workers=-1))
    edited = np.clip(magnitude, 0.0, 255.0) > threshold
    final = fill_holes(close(edited, close_size))
    final &= dilated
    return final
