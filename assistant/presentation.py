"""Pure picture and layout helpers for the web UI (PIL and numpy only, no Streamlit).

The app renders rounds with these: a layer on a checkerboard, a mask tinted over its photo, the
attention map as a heat map, a before/after wipe, the rectangle a user draws to say where, the
round tree as indented rows, and the progress bar's position for an edit stage.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from PIL import Image, ImageDraw

from storage.errors import StoreError
from zone_tools.errors import BadImageError, BadMaskError, ModelNotFoundError, ZoneError

STAGES: tuple[str, ...] = ("denoise", "localize", "segment", "smooth", "blend")
# Share of the progress bar each stage ends at; denoising is most of an edit's time.
_STAGE_END: dict[str, float] = {
    "denoise": 0.80,
    "localize": 0.85,
    "segment": 0.93,
    "smooth": 0.97,
    "blend": 1.00,
}

Box = tuple[float, float, float, float]


class RoundLike(Protocol):
    """What `tree_rows` reads from a round."""

    @property
    def id(self) -> Any: ...
    @property
    def parent_id(self) -> Any: ...


@dataclass(frozen=True)
class TreeRow:
    """One line of the history tree: the round and how deep it sits below its root."""

    round: Any
    depth: int


def png_bytes(image: Image.Image) -> bytes:
    """The image encoded as PNG."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def checkerboard(size: tuple[int, int], cell: int = 12) -> Image.Image:
    """A light grey checkerboard of `size` (width, height) with square cells of `cell` pixels."""
    width, height = size
    cell = max(1, cell)
    ys, xs = np.indices((height, width))
    dark = ((xs // cell) + (ys // cell)) % 2 == 1
    board = np.where(dark, 204, 255).astype(np.uint8)
    return Image.fromarray(np.stack([board] * 3, axis=-1), mode="RGB")


def on_checkerboard(layer: Image.Image, cell: int = 12) -> Image.Image:
    """An RGBA layer composited over a checkerboard, so transparent pixels show as such."""
    rgba = layer.convert("RGBA")
    board = checkerboard(rgba.size, cell).convert("RGBA")
    return Image.alpha_composite(board, rgba).convert("RGB")


def as_bool_mask(mask: Image.Image | np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """A mask (PIL image or array, any scale) as bool HxW at `size` (width, height)."""
    if isinstance(mask, np.ndarray):
        array = mask.astype(np.float32)
        if array.ndim == 3:
            array = array.max(axis=-1)
        picture = Image.fromarray(((array > 0) * 255).astype(np.uint8), mode="L")
    else:
        picture = mask.convert("L")
    if picture.size != size:
        picture = picture.resize(size, Image.Resampling.NEAREST)
    return np.asarray(picture) >= 128


def mask_overlay(
    image: Image.Image,
    mask: Image.Image | np.ndarray,
    color: tuple[int, int, int] = (255, 48, 96),
    alpha: float = 0.45,
) -> Image.Image:
    """The photo with the mask tinted in `color` and its outline drawn fully opaque."""
    base = np.asarray(image.convert("RGB")).astype(np.float32)
    inside = as_bool_mask(mask, image.size)
    tint = np.asarray(color, dtype=np.float32)
    out = base.copy()
    out[inside] = (1.0 - alpha) * base[inside] + alpha * tint
    edge = inside & ~_erode(inside)
    out[edge] = tint
    return Image.fromarray(out.round().astype(np.uint8), mode="RGB")


def _erode(mask: np.ndarray) -> np.ndarray:
    """One step of 4-neighbour binary erosion; pixels outside the image count as background."""
    padded = np.pad(mask, 1, constant_values=False)
    return padded[1:-1, 1:-1] & padded[:-2, 1:-1] & padded[2:, 1:-1] & padded[1:-1, :-2] & padded[1:-1, 2:]


def heatmap(values: Image.Image | np.ndarray) -> Image.Image:
    """A greyscale map (dark = low) coloured from deep blue through red to yellow."""
    grey = np.asarray(values.convert("L") if isinstance(values, Image.Image) else values)
    t = grey.astype(np.float32) / 255.0
    stops = np.array([0.0, 0.35, 0.7, 1.0], dtype=np.float32)
    colours = np.array([[13, 8, 135], [156, 23, 158], [237, 121, 83], [240, 249, 33]], dtype=np.float32)
    rgb = np.stack([np.interp(t, stops, colours[:, c]) for c in range(3)], axis=-1)
    return Image.fromarray(rgb.round().astype(np.uint8), mode="RGB")


def heatmap_overlay(image: Image.Image, values: Image.Image | np.ndarray, alpha: float = 0.55) -> Image.Image:
    """The heat map of `values`, scaled to the photo, blended over it."""
    colour = heatmap(values).resize(image.size, Image.Resampling.BICUBIC)
    return Image.blend(image.convert("RGB"), colour, alpha)


def before_after(before: Image.Image, after: Image.Image, split: float) -> Image.Image:
    """A wipe: `before` left of `split` (0..1 of the width), `after` right of it, a white divider."""
    after_rgb = after.convert("RGB")
    before_rgb = before.convert("RGB")
    if before_rgb.size != after_rgb.size:
        before_rgb = before_rgb.resize(after_rgb.size, Image.Resampling.BICUBIC)
    width, height = after_rgb.size
    x = round(min(max(split, 0.0), 1.0) * width)
    out = after_rgb.copy()
    if x > 0:
        out.paste(before_rgb.crop((0, 0, x, height)), (0, 0))
    line = max(1, width // 200)
    ImageDraw.Draw(out).rectangle((max(0, x - line), 0, min(width - 1, x + line - 1), height - 1), fill="white")
    return out


def box_pixels(size: tuple[int, int], box: Box) -> tuple[int, int, int, int]:
    """A box given as fractions (left, top, right, bottom) in pixel coordinates, ordered and clipped."""
    width, height = size
    left, top, right, bottom = box
    x0, x1 = sorted((min(max(left, 0.0), 1.0) * width, min(max(right, 0.0), 1.0) * width))
    y0, y1 = sorted((min(max(top, 0.0), 1.0) * height, min(max(bottom, 0.0), 1.0) * height))
    return round(x0), round(y0), round(x1), round(y1)


def rect_mask(size: tuple[int, int], box: Box) -> Image.Image:
    """An 8-bit mask of `size`: 255 inside the box (fractions of width and height), 0 outside."""
    width, height = size
    x0, y0, x1, y1 = box_pixels(size, box)
    mask = np.zeros((height, width), dtype=np.uint8)
    mask[y0:y1, x0:x1] = 255
    return Image.fromarray(mask, mode="L")


def draw_box(image: Image.Image, box: Box, color: tuple[int, int, int] = (255, 48, 96)) -> Image.Image:
    """The photo dimmed outside the box, with the box outlined: a preview of where an edit may go."""
    rgb = image.convert("RGB")
    inside = np.asarray(rect_mask(rgb.size, box)) > 0
    pixels = np.asarray(rgb).astype(np.float32)
    pixels[~inside] *= 0.45
    out = Image.fromarray(pixels.round().astype(np.uint8), mode="RGB")
    x0, y0, x1, y1 = box_pixels(rgb.size, box)
    if x1 > x0 and y1 > y0:
        line = max(2, min(rgb.size) // 150)
        ImageDraw.Draw(out).rectangle((x0, y0, x1 - 1, y1 - 1), outline=color, width=line)
    return out


def tree_rows(rounds: Sequence[RoundLike]) -> list[TreeRow]:
    """Rounds in depth-first order, each child under its parent, siblings in the given order.

    A round whose parent is not in `rounds` is shown as a root.
    """
    ids = {r.id for r in rounds}
    children: dict[Any, list[RoundLike]] = {}
    roots: list[RoundLike] = []
    for r in rounds:
        if r.parent_id is None or r.parent_id not in ids:
            roots.append(r)
        else:
            children.setdefault(r.parent_id, []).append(r)
    rows: list[TreeRow] = []
    stack: list[tuple[RoundLike, int]] = [(r, 0) for r in reversed(roots)]
    while stack:
        node, depth = stack.pop()
        rows.append(TreeRow(node, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(node.id, [])))
    return rows


def progress_fraction(step: int, total: int, stage: str) -> float:
    """Where the progress bar stands (0..1) when the editor reports `(step, total, stage)`.

    Denoising reports each step, so it moves through its band; each later stage reports once it
    is done, so the bar jumps to the end of that stage's band.
    """
    if stage == "denoise":
        done = min(max(step / total, 0.0), 1.0) if total > 0 else 1.0
        return _STAGE_END["denoise"] * done
    if stage in _STAGE_END:
        return _STAGE_END[stage]
    return min(max(step / total, 0.0), 1.0) if total > 0 else 0.0


def progress_text(step: int, total: int, stage: str) -> str:
    """The progress bar's caption, e.g. "Denoising: step 3 of 20" or "Segmented (stage 2 of 4)"."""
    if stage == "denoise":
        return f"Denoising: step {step} of {total}"
    if stage == "download":
        return f"Downloading models: {step / total:.0%}" if total > 0 else "Downloading models..."
    done = {
        "localize": "Localized the edit",
        "segment": "Segmented",
        "smooth": "Smoothed the edges",
        "blend": "Blended the layer",
    }.get(stage, stage.capitalize())
    return f"{done} (stage {step} of {total})" if total > 0 else done


def fit(image: Image.Image, max_side: int) -> Image.Image:
    """The image scaled down (never up) so that its long side is at most `max_side` pixels."""
    width, height = image.size
    scale = max_side / max(width, height)
    if scale >= 1.0:
        return image
    return image.resize((max(1, round(width * scale)), max(1, round(height * scale))), Image.Resampling.LANCZOS)


def plain_error(error: BaseException) -> str:
    """One or two plain sentences for an error that reached the page, never a traceback."""
    if isinstance(error, ModelNotFoundError):
        hint = "" if "zone models download" in str(error) else " Get them with `zone models download`."
        return f"The editing models are missing. {error}{hint} Then send your message again."
    if isinstance(error, (BadImageError, BadMaskError)):
        return f"I can't use that file: {error} Please attach a PNG, JPEG or WebP photo."
    if type(error).__name__ == "OutOfMemoryError" or "out of memory" in str(error).lower():
        return (
            "The GPU ran out of memory during the edit. Try again with fewer steps or a smaller "
            "photo, or wait until edits in other tabs have finished."
        )
    if isinstance(error, (ZoneError, StoreError)):
        return str(error)
    return (
        f"Something went wrong ({type(error).__name__}); nothing was changed. "
        "Please try again; if it keeps happening, the server log has the details."
    )
