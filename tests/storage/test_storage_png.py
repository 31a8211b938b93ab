"""The store's PNG writer: standard PNGs that read back bit-exactly."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from storage import png


@pytest.mark.parametrize("mode", ["L", "LA", "RGB", "RGBA"])
@pytest.mark.parametrize("size", [(1, 1), (1, 7), (7, 1), (33, 17)])
def test_every_mode_and_shape_reads_back_bit_exactly(mode: str, size: tuple[int, int]) -> None:
    rng = np.random.default_rng(size[0] * 100 + size[1])
    shape = (size[1], size[0]) if mode == "L" else (size[1], size[0], len(mode))
    image = Image.fromarray(rng.integers(0, 256, shape, dtype=np.uint8), mode)
    data = png.encode_png(image)
    back = Image.open(io.BytesIO(data))
    back.load()
    assert (back.format, back.mode, back.size) == ("PNG", mode, size)
    assert np.array_equal(np.asarray(back), np.asarray(image))


def test_long_streams_are_split_into_several_idat_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(png, "IDAT_CHUNK", 1000)
    image = Image.fromarray(np.random.default_rng(3).integers(0, 256, (64, 64, 3), dtype=np.uint8))
    data = png.encode_png(image)
    assert data.count(b"IDAT") > 10
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(data))), np.asarray(image))


def test_flat_masks_compress_well() -> None:
    mask = np.zeros((3000, 4000), dtype=np.uint8)
    mask[1000:2000, 1000:2500] = 255
    assert len(png.encode_png(Image.fromarray(mask))) < 100_000
