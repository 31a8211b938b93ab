"""Instruction-guided localization: attention maps -> rough mask M_b (docs/method.md section 3).

Pure numpy/scipy/PIL; the attention capture itself lives with the diffusion models.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

MAX_TOKENS = 77
"""CLIP's context length: the end token of a longer instruction sits at position 76."""

EIGHT_CONNECTED = np.ones((3, 3), dtype=bool)
"""Connectivity of mask components, as OpenCV's connectedComponents (8-neighbourhood) counts them."""

DIFFERENCE_THRESHOLD = 40.0
"""Default of `difference_mask`: a change of 40/255 in the drift-corrected mean channel difference.

The VAE round trip and the sampler move unedited pixels by a few levels (mostly under 15, up to
about 30 on fine texture, which the smoothing below averages down); a real edit (new colour, new
or removed object) moves them by far more than 40.
"""


def as_mask(mask: np.ndarray, name: str = "mask") -> np.ndarray:
    """`mask` as a 2-D bool array (no copy when it already is one); other shapes are an error."""
    mask = np.asarray(mask)
    if mask.ndim != 2:
        raise ValueError(f"{name} must be a 2-D boolean array, got shape {mask.shape}")
    return mask.astype(bool, copy=False)


def attention_difference(attn: np.ndarray, n_tokens: int, size: tuple[int, int]) -> np.ndarray:
    """D = max(N_0 - N_{L-1}, 0) at `size` = (h, w), uint8 (section 3).

    `attn` is the averaged cross-attention, float h' x w' x T. Each token map is normalised by its
    own maximum, N_k = floor(255 A_k / max A_k) (an all-zero map stays zero), L = min(n_tokens, 77)
    counts the instruction's tokens with start and end, and D is upsampled bicubically (PIL,
    rounded and clipped to 0..255).
    """
    attn = np.asarray(attn, dtype=np.float64)
    if attn.ndim != 3:
        raise ValueError(f"attn must be h' x w' x tokens, got shape {attn.shape}")
    last = min(int(n_tokens), MAX_TOKENS) - 1
    if last < 0 or last >= attn.shape[2]:
        raise ValueError(f"n_tokens={n_tokens} does not fit attention maps with {attn.shape[2]} tokens")
    height, width = (int(side) for side in size)
    if height < 1 or width < 1:
        raise ValueError(f"size must be positive (h, w), got {size}")

    def normalised(k: int) -> np.ndarray:
        token_map = attn[:, :, k]
        peak = token_map.max()
        if not np.isfinite(peak) or peak <= 0:
            return np.zeros(token_map.shape, dtype=np.int16)
        return np.floor(255.0 * np.clip(token_map, 0.0, None) / peak).astype(np.int16)

    diff = np.maximum(normalised(0) - normalised(last), 0).astype(np.uint8)
    resized = Image.fromarray(diff, mode="L").resize((width, height), Image.Resampling.BICUBIC)
    return np.asarray(resized, dtype=np.uint8).copy()


def drop_small_components(mask: np.ndarray, min_size: int) -> np.ndarray:
    """`mask` without its 8-connected components smaller than `min_size` pixels.

    Only the component's own pixels go (the released code blanks its whole bounding box, which can
    cut into a neighbouring large component; section 3).
    """
    mask = as_mask(mask)
    if min_size <= 1 or not mask.any():
        return mask.copy()
    labels, count = ndimage.label(mask, structure=EIGHT_CONNECTED)
    sizes = np.bincount(labels.ravel(), minlength=count + 1)
    keep = sizes >= min_size
    keep[0] = False
    return keep[labels]


def rough_mask(
    attn: np.ndarray,
    n_tokens: int,
    size: tuple[int, int],
    tau: int = 108,
    min_component: int = 64,
) -> np.ndarray:
    """M_b: where min(2 D, 255) <= tau, small components dropped (section 3, released rule).

    The start token looks at what stays unchanged, so the edit region is where D is small.
    """
    diff = attention_difference(attn, n_tokens, size)
    doubled = np.minimum(diff.astype(np.int16) * 2, 255)
    return drop_small_components(doubled <= tau, min_component)


def difference_mask(
    original: np.ndarray,
    canvas: np.ndarray,
    threshold: float = DIFFERENCE_THRESHOLD,
    min_component: int = 64,
) -> np.ndarray:
    """Fallback M_b from pixels (section 3, project improvement): where I_sty differs from I_G.

    Per channel, the signed difference canvas - original minus its median (a global colour or
    brightness drift of the canvas is not an edit), then the mean absolute value over channels,
    smoothed by a Gaussian (sigma 1.5 px, so isolated VAE speckle does not pass), thresholded
    (> `threshold`, 0..255 scale), components under `min_component` px dropped. May be empty.
    """
    original = np.asarray(original)
    canvas = np.asarray(canvas)
    if original.shape != canvas.shape or original.ndim != 3 or original.shape[2] != 3:
        raise ValueError(f"original and canvas must both be HxWx3, got {original.shape} and {canvas.shape}")
    diff = canvas.astype(np.float32) - original.astype(np.float32)
    diff -= np.median(diff.reshape(-1, 3), axis=0)
    change = ndimage.gaussian_filter(np.abs(diff).mean(axis=2), sigma=1.5)
    return drop_small_components(change > threshold, min_component)
