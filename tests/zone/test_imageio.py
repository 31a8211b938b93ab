"""Input handling: one RGB rule, refused bad images, masks, instructions and the working size."""

from __future__ import annotations

import io
import struct
import time
import zlib

import numpy as np
import pytest
from PIL import Image, ImageFile, ImageOps

from zone_tools.errors import BadImageError, BadInstructionError, BadMaskError
from zone_tools.imageio import (
    MAX_INSTRUCTION_CHARS,
    load_image,
    load_mask,
    to_rgb,
    to_working,
    validate_instruction,
    working_size,
)


def encoded(image: Image.Image, fmt: str = "PNG", **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG whose IHDR claims width x height RGB pixels, with an empty IDAT."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


# --- the RGB rule -------------------------------------------------------------------------------


def test_rgb_png_round_trips_exactly_from_path_bytes_stream_and_image(tmp_path, coffee):
    path = tmp_path / "coffee.png"
    Image.fromarray(coffee).save(path)
    data = path.read_bytes()
    for source in (path, str(path), data, io.BytesIO(data), Image.open(path)):
        image = load_image(source)
        assert image.mode == "RGB"
        np.testing.assert_array_equal(np.asarray(image), coffee)


def test_rgba_drops_alpha_and_keeps_the_stored_colour(coffee):
    alpha = np.zeros(coffee.shape[:2], np.uint8)
    alpha[::2] = 255
    image = load_image(encoded(Image.fromarray(np.dstack([coffee, alpha]), mode="RGBA")))
    np.testing.assert_array_equal(np.asarray(image), coffee)


def test_greyscale_is_repeated_on_three_channels(coffee):
    grey = np.asarray(Image.fromarray(coffee).convert("L"))
    for mode_image in (Image.fromarray(grey), Image.fromarray(np.dstack([grey, grey]), mode="LA")):
        image = load_image(encoded(mode_image))
        np.testing.assert_array_equal(np.asarray(image), np.dstack([grey] * 3))


def test_sixteen_bit_grey_keeps_the_top_byte_not_a_clipped_value():
    values = np.array([0, 255, 256, 4095, 32768, 65280, 65535], dtype=np.uint16)
    grey = np.tile(values, (16, 3))[:, :20]
    source = Image.fromarray(grey)
    assert source.mode == "I;16"
    image = load_image(encoded(source))
    np.testing.assert_array_equal(np.asarray(image)[..., 0], grey >> 8)
    assert np.asarray(image)[0, :7, 1].tolist() == [0, 0, 1, 15, 128, 255, 255]


def test_32_bit_and_float_grey_follow_the_rule():
    values = np.array([[-5, 0, 511, 70000] * 5] * 16, dtype=np.int32)
    as_rgb = np.asarray(to_rgb(Image.fromarray(values, mode="I")))
    np.testing.assert_array_equal(as_rgb[..., 2], [[0, 0, 1, 255] * 5] * 16)
    floats = np.array([[-1.0, 0.4, 127.6, 300.0] * 5] * 16, dtype=np.float32)
    as_rgb = np.asarray(to_rgb(Image.fromarray(floats, mode="F")))
    np.testing.assert_array_equal(as_rgb[..., 0], [[0, 0, 128, 255] * 5] * 16)


def test_palette_images_are_expanded_with_and_without_transparency(coffee):
    palette = Image.fromarray(coffee).quantize(64)
    expected = np.asarray(palette.convert("RGB"))
    np.testing.assert_array_equal(np.asarray(load_image(encoded(palette))), expected)
    transparent = palette.copy()
    transparent.info["transparency"] = 0
    np.testing.assert_array_equal(np.asarray(load_image(encoded(transparent, transparency=0))), expected)


def test_cmyk_is_converted(coffee):
    cmyk = Image.fromarray(coffee).convert("CMYK")
    image = load_image(encoded(cmyk, "JPEG", quality=95))
    assert image.mode == "RGB" and image.size == (600, 400)
    assert np.abs(np.asarray(image).astype(int) - coffee).mean() < 12


def test_exif_orientation_is_applied(tmp_path, coffee):
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "rotated.jpg"
    Image.fromarray(coffee).save(path, quality=95, exif=exif.tobytes())
    image = load_image(path)
    assert image.size == (400, 600)
    np.testing.assert_array_equal(np.asarray(image), np.asarray(ImageOps.exif_transpose(Image.open(path))))
    upright = np.asarray(Image.open(path).transpose(Image.Transpose.ROTATE_270))
    np.testing.assert_array_equal(np.asarray(image), upright)


def test_truncated_images_stay_refused_globally(coffee):
    data = encoded(Image.fromarray(coffee))
    with pytest.raises(BadImageError):
        load_image(data[: len(data) // 2])
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


# --- refused images -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
@pytest.mark.parametrize("keep", [0.3, 0.9, 0.995])
def test_truncated_files_are_refused_not_half_decoded(coffee, fmt, keep):
    data = encoded(Image.fromarray(coffee), fmt)
    with pytest.raises(BadImageError, match="damaged or truncated"):
        load_image(data[: int(len(data) * keep)])


def test_a_png_with_a_bad_checksum_is_refused(coffee):
    data = bytearray(encoded(Image.fromarray(coffee)))
    data[len(data) // 2] ^= 0xFF
    with pytest.raises(BadImageError):
        load_image(bytes(data))


@pytest.mark.parametrize(
    "data",
    [b"", b"hello, this is a text file\n", b"%PDF-1.7\n" + bytes(200), b"\x89PNG\r\n\x1a\n"],
    ids=["empty", "text", "pdf", "png-signature-only"],
)
def test_what_is_not_an_image_is_refused(data):
    with pytest.raises(BadImageError):
        load_image(data)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(BadImageError, match="cannot be read"):
        load_image(tmp_path / "nope.png")


@pytest.mark.parametrize("size", [(0, 0), (1, 500), (500, 15), (8, 8)])
def test_empty_and_thin_images_are_refused(size):
    data = png_header_only(*size) if 0 in size else encoded(Image.new("RGB", size, "red"))
    with pytest.raises(BadImageError):
        load_image(data)


def test_the_smallest_accepted_image_loads():
    assert load_image(encoded(Image.new("RGB", (16, 16), "red"))).size == (16, 16)


@pytest.mark.parametrize("size", [(20000, 20000), (10000, 10000), (8000, 7000)])
def test_decompression_bombs_are_refused_from_the_header(monkeypatch, size):
    def no_decoding(self):
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    start = time.perf_counter()
    with pytest.raises(BadImageError, match="too large"):
        load_image(png_header_only(*size))
    assert time.perf_counter() - start < 1.0


def test_a_real_highly_compressible_bomb_is_refused():
    data = encoded(Image.new("L", (8000, 7000)), compress_level=9)
    assert len(data) < 200_000
    with pytest.raises(BadImageError, match="too large"):
        load_image(data)


def test_an_oversized_image_object_is_refused():
    with pytest.raises(BadImageError, match="too large"):
        load_image(Image.new("L", (10000, 6000)))


# --- masks --------------------------------------------------------------------------------------


def test_masks_of_every_common_encoding_agree():
    truth = np.zeros((40, 60), dtype=bool)
    truth[10:30, 20:50] = True
    sources: list[np.ndarray | bytes | Image.Image] = [
        truth,
        truth.astype(np.uint8),
        truth.astype(np.uint8) * 255,
        truth.astype(np.float32),
        encoded(Image.fromarray(truth.astype(np.uint8) * 255)),
        encoded(Image.fromarray(truth.astype(np.uint8))),
        encoded(Image.fromarray(np.dstack([np.zeros((40, 60, 3), np.uint8), truth.astype(np.uint8) * 255]), "RGBA")),
        Image.fromarray(np.dstack([truth.astype(np.uint8) * 255] * 3)),
    ]
    for source in sources:
        np.testing.assert_array_equal(load_mask(source, (60, 40)), truth)


def test_a_mask_of_another_size_is_scaled_nearest():
    small = np.zeros((4, 6), dtype=bool)
    small[1:3, 2:5] = True
    mask = load_mask(small, (60, 40))
    assert mask.shape == (40, 60)
    np.testing.assert_array_equal(mask, np.kron(small, np.ones((10, 10), bool)))


@pytest.mark.parametrize(
    "source", [np.zeros((40, 60)), encoded(Image.new("L", (60, 40))), b"not a mask", np.zeros((40, 60, 3))]
)
def test_empty_or_unreadable_masks_are_refused(source):
    with pytest.raises(BadMaskError):
        load_mask(source, (60, 40))


# --- instructions -------------------------------------------------------------------------------


def test_instructions_are_stripped_and_cleaned_of_control_characters():
    assert validate_instruction("  make the sky pink\n") == "make the sky pink"
    assert validate_instruction("make\x00 the\x1b[31m sky\x7f pink") == "make the[31m sky pink"
    assert validate_instruction("line one\n\tline two") == "line one\n\tline two"
    assert validate_instruction("mets un chapeau rouge 🎩") == "mets un chapeau rouge 🎩"


@pytest.mark.parametrize("text", ["", "   \n\t ", "\x00\x01\x02"])
def test_empty_instructions_are_refused(text):
    with pytest.raises(BadInstructionError, match="empty"):
        validate_instruction(text)


def test_long_instructions_are_refused():
    assert len(validate_instruction("a" * MAX_INSTRUCTION_CHARS)) == MAX_INSTRUCTION_CHARS
    with pytest.raises(BadInstructionError, match="too long"):
        validate_instruction("make it blue " * 385)  # 5,005 characters
    with pytest.raises(BadInstructionError):
        validate_instruction(None)  # type: ignore[arg-type]


# --- working size -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "size, expected",
    [
        ((4000, 3000), (512, 384)),
        ((601, 397), (512, 320)),
        ((512, 512), (512, 512)),
        ((3000, 4000), (384, 512)),
        ((100, 4000), (64, 512)),
        ((100, 80), (512, 384)),
        ((1920, 1080), (512, 320)),
        ((1000, 563), (512, 320)),
    ],
)
def test_working_size_scales_the_long_side_and_snaps_to_64(size, expected):
    assert working_size(*size) == expected


def test_working_size_follows_work_size():
    assert working_size(4000, 3000, 768) == (768, 576)
    assert all(side % 64 == 0 for side in working_size(1234, 987, 640))


def test_to_working_is_a_lanczos_resize_to_the_working_size(coffee):
    image = Image.fromarray(coffee)
    work = to_working(image)
    assert work.dtype == np.uint8 and work.shape == (320, 512, 3)
    np.testing.assert_array_equal(work, np.asarray(image.resize((512, 320), Image.Resampling.LANCZOS)))
    np.testing.assert_array_equal(to_working(Image.fromarray(coffee[:384, :512])), coffee[:384, :512])
