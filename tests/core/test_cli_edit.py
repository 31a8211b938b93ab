"""`zone edit` and `zone models` from the shell: outputs, and bad input refused with nothing written."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from zone_cli.main import main


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height but holds almost no data (a decompression bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )


def test_edit_writes_image_layer_and_masks(tmp_path, odd_photo, capsys) -> None:
    source = tmp_path / "photo.png"
    odd_photo.save(source)
    out, layer, masks = tmp_path / "out.png", tmp_path / "layer.png", tmp_path / "masks"
    code = main(
        [
            "edit",
            str(source),
            "make her suit gold",
            "-o",
            str(out),
            "--layer",
            str(layer),
            "--masks",
            str(masks),
            "--models",
            "tiny",
            "--steps",
            "2",
            "--seed",
            "3",
            "--action",
            "change",
        ]
    )
    assert code == 0
    assert Image.open(out).size == odd_photo.size
    assert Image.open(layer).mode == "RGBA"
    assert {p.name for p in masks.iterdir()} == {
        "rough_mask.png",
        "refined_mask.png",
        "final_mask.png",
        "canvas.png",
        "attention.png",
    }
    assert "change: wrote" in capsys.readouterr().out


def _bad_inputs(tmp_path: Path, photo: Image.Image) -> dict[str, tuple[Path, str]]:
    good = tmp_path / "good.png"
    photo.save(good)
    text = tmp_path / "notes.png"
    text.write_text("this is not an image")
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(good.read_bytes()[:2000])
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_header_only(20000, 20000))
    zero = tmp_path / "zero.png"
    zero.write_bytes(png_header_only(0, 0))
    return {
        "not an image": (text, "make it red"),
        "truncated": (truncated, "make it red"),
        "empty file": (empty, "make it red"),
        "0x0": (zero, "make it red"),
        "bomb": (bomb, "make it red"),
        "missing file": (tmp_path / "nowhere.png", "make it red"),
        "empty instruction": (good, "   "),
        "huge instruction": (good, "make it red " * 500),
    }


@pytest.mark.parametrize(
    "case",
    ["not an image", "truncated", "empty file", "0x0", "bomb", "missing file", "empty instruction", "huge instruction"],
)
def test_bad_input_is_one_clear_sentence_and_writes_nothing(tmp_path, coffee, capsys, case) -> None:
    source, instruction = _bad_inputs(tmp_path, coffee)[case]
    out = tmp_path / "result" / "out.png"
    code = main(
        [
            "edit",
            str(source),
            instruction,
            "-o",
            str(out),
            "--layer",
            str(tmp_path / "layer.png"),
            "--models",
            "tiny",
            "--steps",
            "2",
        ]
    )
    assert code == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("zone: ") and "Traceback" not in error and error.count("\n") == 0
    assert not out.exists() and not (tmp_path / "layer.png").exists() and not (tmp_path / "result").exists()


def test_models_status_says_what_is_missing(tmp_path, capsys) -> None:
    assert main(["models", "status", "--models", str(tmp_path)]) == 1
    report = capsys.readouterr().out
    assert report.count("MISSING") == 3 and "InstructPix2Pix" in report
    assert main(["models", "status", "--models", "tiny"]) == 0
