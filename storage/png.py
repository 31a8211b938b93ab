"""A fast, lossless PNG writer for 8-bit L, LA, RGB and RGBA images.

Why not `Image.save(..., "PNG")`: Pillow tries all five row filters on every row while holding the
GIL, which costs more than the compression itself (a 12-megapixel photo: ~1.7 s at
compress_level=1 on a small CPU). Here every row uses the "Up" filter (one vectorised numpy
subtraction) and the deflate stream comes from ISA-L at level 1 (`isal`, zlib-compatible output,
about 4x faster than zlib level 1 at the same size on photos), which releases the GIL so several
images encode in parallel. Reading is left to Pillow: the output is a standard PNG.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np
from isal import isal_zlib
from PIL import Image

SIGNATURE = b"\x89PNG\r\n\x1a\n"
COLOR_TYPES = {"L": (0, 1), "LA": (4, 2), "RGB": (2, 3), "RGBA": (6, 4)}
FILTER_UP = 2
COMPRESS_LEVEL = 1
IDAT_CHUNK = 1 << 24


def encode_png(image: Image.Image) -> bytes:
    """PNG bytes of an 8-bit L, LA, RGB or RGBA image (bit-exact when read back)."""
    color_type, channels = COLOR_TYPES[image.mode]
    width, height = image.size
    pixels = np.frombuffer(image.tobytes(), dtype=np.uint8).reshape(height, width * channels)
    rows = np.empty((height, width * channels + 1), dtype=np.uint8)
    rows[:, 0] = FILTER_UP
    rows[0, 1:] = pixels[0]
    np.subtract(pixels[1:], pixels[:-1], out=rows[1:, 1:])
    idat = memoryview(isal_zlib.compress(rows, COMPRESS_LEVEL))
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    parts = [SIGNATURE, *_chunk(b"IHDR", header)]
    for start in range(0, len(idat), IDAT_CHUNK):
        parts.extend(_chunk(b"IDAT", idat[start : start + IDAT_CHUNK]))
    parts.extend(_chunk(b"IEND", b""))
    return b"".join(parts)


def _chunk(kind: bytes, data: bytes | memoryview) -> tuple[bytes, bytes | memoryview, bytes]:
    """One PNG chunk as (length + type, data, CRC) pieces, ready to join."""
    crc = zlib.crc32(data, zlib.crc32(kind))
    return struct.pack(">I", len(data)) + kind, data, struct.pack(">I", crc)
