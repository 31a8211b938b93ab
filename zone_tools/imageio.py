"""Input handling: images, masks and instructions in, checked and in canonical form.

Every image goes through `load_image` (one colour rule, `to_rgb`), every instruction through
`validate_instruction`, and the working size of docs/method.md section 0 is computed here. What a
user can get wrong ends in a `ZoneError` with one plain sentence, never a traceback.
"""

from __future__ import annotations

import io
import math
import os
import re
import unicodedata
import warnings
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from zone_tools.errors import BadImageError, BadInstructionError, BadMaskError

MAX_PIXELS = 50_000_000
"""Largest image accepted (width x height), checked from the header before any pixel is decoded."""

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Largest encoded file read into memory."""

MIN_SIDE = 16
"""Smallest accepted width and height: anything thinner is not a photo to edit."""

MAX_INSTRUCTION_CHARS = 1000
"""Longest instruction accepted (CLIP reads 77 tokens; this only stops pasted documents)."""

ImageSource = str | os.PathLike | bytes | BinaryIO | Image.Image

_ALPHA_MODES = ("RGBA", "RGBa", "LA", "La", "PA")
_SIXTEEN_BIT_MODES = ("I;16", "I;16L", "I;16B", "I;16N", "I")


def _read_bytes(source: str | os.PathLike | bytes | BinaryIO, error: type[Exception], what: str) -> bytes:
    """The encoded bytes of `source`, refusing files over MAX_FILE_BYTES before reading them."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif isinstance(source, (str, os.PathLike)):
        try:
            if os.path.getsize(source) > MAX_FILE_BYTES:
                raise error(f"The {what} file is larger than {MAX_FILE_BYTES // 2**20} MiB.")
            with open(source, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            raise error(f"The {what} file {os.fspath(source)!r} cannot be read ({exc.strerror or exc}).") from exc
    elif hasattr(source, "read"):
        data = source.read(MAX_FILE_BYTES + 1)
        if not isinstance(data, (bytes, bytearray)):
            raise error(f"The {what} stream must be opened in binary mode.")
    else:
        kind = type(source).__name__
        raise error(f"The {what} must be a file path, bytes, a binary file or a PIL image, not {kind}.")
    if len(data) > MAX_FILE_BYTES:
        raise error(f"The {what} file is larger than {MAX_FILE_BYTES // 2**20} MiB.")
    if not data:
        raise error(f"The {what} file is empty.")
    return data


def _check_size(size: tuple[int, int], min_side: int) -> None:
    width, height = size
    if width * height > MAX_PIXELS:
        raise BadImageError(
            f"The image is too large ({width} x {height} pixels); the limit is {MAX_PIXELS // 1_000_000} megapixels."
        )
    if min(width, height) < min_side:
        raise BadImageError(f"The image is too small ({width} x {height} pixels); each side needs at least {min_side}.")


def _decode(source: ImageSource, min_side: int) -> Image.Image:
    """Open, size-check from the header, verify and fully decode `source`, EXIF orientation applied.

    Truncated or corrupt files fail here: `ImageFile.LOAD_TRUNCATED_IMAGES` is never set, PNG
    checksums are verified, and the pixels are decoded now rather than lazily later.
    """
    if isinstance(source, Image.Image):
        _check_size(source.size, min_side)
        try:
            source.load()
            return ImageOps.exif_transpose(source)
        except Exception as exc:
            raise BadImageError(f"The image cannot be decoded; the file may be damaged or truncated ({exc}).") from exc
    data = _read_bytes(source, BadImageError, "image")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                _check_size(probe.size, min_side)
                probe.verify()
            image = Image.open(io.BytesIO(data))
            image.load()
        return ImageOps.exif_transpose(image)
    except BadImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise BadImageError(f"The image is too large; the limit is {MAX_PIXELS // 1_000_000} megapixels.") from exc
    except UnidentifiedImageError as exc:
        raise BadImageError("The file is not an image this editor can read (PNG, JPEG, WebP, ...).") from exc
    except Exception as exc:
        raise BadImageError(f"The image cannot be decoded; the file may be damaged or truncated ({exc}).") from exc


def to_rgb(image: Image.Image) -> Image.Image:
    """`image` as 8-bit RGB, by the project's one colour rule.

    RGB is returned as is. Alpha is dropped (the colour under it is kept as stored, so an opaque
    RGBA photo edits losslessly); palettes are expanded (through RGBA when they carry
    transparency); greyscale is repeated on the three channels; 16-bit and 32-bit integer grey
    ("I;16*", "I") keeps its top byte (v >> 8, values first clipped to 0..65535); float grey ("F")
    is read on the 0..255 scale, clipped and rounded; CMYK, YCbCr and the rest use PIL's conversion.
    """
    mode = image.mode
    if mode == "RGB":
        return image
    if mode in _SIXTEEN_BIT_MODES:
        values = np.asarray(image).astype(np.int64)
        grey = (np.clip(values, 0, 65535) >> 8).astype(np.uint8)
        return Image.fromarray(grey, mode="L").convert("RGB")
    if mode == "F":
        grey = np.rint(np.clip(np.asarray(image), 0.0, 255.0)).astype(np.uint8)
        return Image.fromarray(grey, mode="L").convert("RGB")
    if mode in _ALPHA_MODES or (mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA" if mode not in ("LA", "La") else "LA")
        image = image.convert("RGB" if image.mode == "RGBA" else "L")
    try:
        return image.convert("RGB")
    except ValueError as exc:
        raise BadImageError(f"Images in colour mode {mode!r} cannot be converted to RGB.") from exc


def load_image(source: ImageSource) -> Image.Image:
    """The image at `source` as RGB (see `to_rgb`), EXIF orientation applied, fully decoded.

    Raises `BadImageError` for what is not an image, is damaged or truncated, has a side under
    MIN_SIDE px or more than MAX_PIXELS pixels (refused from the header, before decoding).
    """
    image = to_rgb(_decode(source, MIN_SIDE))
    _check_size(image.size, MIN_SIDE)
    return image


def _mask_values(image: Image.Image) -> np.ndarray:
    """The channel a mask picture encodes: its alpha when it has a non-opaque one, else its grey."""
    if image.mode in _ALPHA_MODES or (image.mode == "P" and "transparency" in image.info):
        alpha = np.asarray(image.convert("RGBA").getchannel("A"))
        if alpha.min() < 255:
            return alpha
    if image.mode in _SIXTEEN_BIT_MODES or image.mode == "F":
        return np.asarray(image).astype(np.float64)
    return np.asarray(image.convert("L"))


def load_mask(source: ImageSource | np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """A caller's mask as bool H x W for an image of `size` = (width, height).

    A pixel is in the mask when its value exceeds half the mask's largest value, so 0/1, 0/255,
    0..1 float and bool masks all work; a picture with transparency is read from its alpha. A mask
    of another size is scaled to `size` (nearest neighbour). Raises `BadMaskError` when the mask
    cannot be read or marks no pixel.
    """
    width, height = (int(side) for side in size)
    if width < 1 or height < 1:
        raise ValueError(f"size must be a positive (width, height), got {size}")
    if isinstance(source, np.ndarray):
        values = source
        if values.ndim != 2:
            raise BadMaskError(f"The mask must be a single-channel picture, got an array of shape {values.shape}.")
    else:
        try:
            values = _mask_values(_decode(source, 1))
        except BadImageError as exc:
            raise BadMaskError(f"The mask cannot be used: {exc}") from exc
    if values.dtype == bool:
        mask = values
    else:
        values = values.astype(np.float64)
        peak = np.nanmax(values) if values.size else 0.0
        mask = values > peak / 2 if peak > 0 else np.zeros(values.shape, dtype=bool)
    if mask.shape != (height, width):
        picture = Image.fromarray(mask.astype(np.uint8) * 255, mode="L")
        mask = np.asarray(picture.resize((width, height), Image.Resampling.NEAREST)) > 127
    if not mask.any():
        raise BadMaskError("The mask is empty: it must mark at least one pixel of the region to edit.")
    return mask.copy()


BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Bidirectional marks, embeddings, overrides and isolates: they reorder what is shown, never mean anything."""

_JOINERS = "\u200c\u200d"
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029]")
_LOOSE_JOINERS = re.compile(rf"(?<!\S)[{_JOINERS}]+|[{_JOINERS}]+(?!\S)")
_UNSEEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Mn", "Me", "Zs", "Zl", "Zp"})


def has_lone_surrogates(text: str) -> bool:
    """Whether `text` holds UTF-16 halves: what undecodable bytes become (surrogateescape), not text."""
    return any("\ud800" <= char <= "\udfff" for char in text)


def clean_text(text: str) -> str:
    """`text` without the characters nobody sees, ends stripped; lone surrogates must be refused before.

    Line breaks become newlines; control characters (C0 and C1, but newline and tab), bidirectional
    controls, fillers and format characters (zero-width space, BOM, word joiner, soft hyphen...) are
    removed; zero-width (non-)joiners stay only inside a word, where emoji and some scripts need them.
    """
    text = _LINE_BREAKS.sub("\n", text)
    kept = "".join(
        char
        for char in text
        if char in "\n\t" + _JOINERS or (unicodedata.category(char) not in ("Cc", "Cf") and char not in _FILLERS)
    )
    return _LOOSE_JOINERS.sub("", kept).strip()


def is_blank(text: str) -> bool:
    """Whether `text` shows nothing: only spaces, controls, format characters or lone combining marks."""
    return all(unicodedata.category(char) in _UNSEEN_CATEGORIES or char in _FILLERS for char in text)


def validate_instruction(text: str) -> str:
    """`text` cleaned by `clean_text`: what the editor and the store get.

    Raises `BadInstructionError` when it is not text, holds bytes that are not UTF-8 (lone
    surrogates), shows nothing, or is longer than MAX_INSTRUCTION_CHARS.
    """
    if not isinstance(text, str):
        raise BadInstructionError(f"The instruction must be text, not {type(text).__name__}.")
    if has_lone_surrogates(text):
        raise BadInstructionError("The instruction is not valid UTF-8 text; type it again in plain characters.")
    cleaned = clean_text(text)
    if is_blank(cleaned):
        raise BadInstructionError("The instruction is empty: say what to change, e.g. 'make the sky pink'.")
    if len(cleaned) > MAX_INSTRUCTION_CHARS:
        raise BadInstructionError(
            f"The instruction is too long ({len(cleaned)} characters); keep it under {MAX_INSTRUCTION_CHARS}."
        )
    return cleaned


def working_size(width: int, height: int, work_size: int = 512) -> tuple[int, int]:
    """(width, height) at which the models run (section 0).

    The long side is scaled to `work_size`, then each side is rounded to the nearest multiple of 64
    (halves up), at least 64, so that latents are multiples of 8.
    """
    if width < 1 or height < 1 or work_size < 1:
        raise ValueError(f"sizes must be positive, got {width} x {height} and work_size {work_size}")
    scale = work_size / max(width, height)

    def snap(side: int) -> int:
        return max(64, 64 * math.floor(side * scale / 64 + 0.5))

    return snap(width), snap(height)


def to_working(image: Image.Image, work_size: int = 512) -> np.ndarray:
    """`image` as uint8 h x w x 3 at `working_size` (Lanczos), the models' input (section 0)."""
    image = to_rgb(image)
    size = working_size(image.width, image.height, work_size)
    if image.size != size:
        image = image.resize(size, Image.Resampling.LANCZOS)
    return np.asarray(image, dtype=np.uint8).copy()
