"""Unit tests of the UI's pure picture and layout helpers, on synthetic images with known answers."""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import pytest
from PIL import Image

from assistant import presentation as p
from storage.errors import StoreError
from zone_tools.errors import BadImageError, ModelNotFoundError


@dataclass
class FakeRound:
    id: int
    parent_id: int | None


def solid(color: tuple[int, int, int], size: tuple[int, int] = (40, 30)) -> Image.Image:
    return Image.new("RGB", size, color)


def test_png_bytes_round_trips() -> None:
    image = solid((10, 20, 30))
    decoded = Image.open(io.BytesIO(p.png_bytes(image)))
    assert decoded.size == (40, 30)
    assert decoded.convert("RGB").getpixel((5, 5)) == (10, 20, 30)


def test_checkerboard_alternates_cells() -> None:
    board = np.asarray(p.checkerboard((8, 4), cell=2))
    assert board.shape == (4, 8, 3)
    assert board[0, 0, 0] == 255 and board[0, 2, 0] == 204 and board[2, 0, 0] == 204 and board[2, 2, 0] == 255


def test_on_checkerboard_shows_board_where_transparent_and_layer_where_opaque() -> None:
    layer = np.zeros((10, 10, 4), dtype=np.uint8)
    layer[:, 5:] = (0, 0, 255, 255)
    out = np.asarray(p.on_checkerboard(Image.fromarray(layer, mode="RGBA"), cell=5))
    assert tuple(out[0, 0]) == (255, 255, 255)
    assert tuple(out[0, 7]) == (0, 0, 255)


def test_as_bool_mask_accepts_images_and_arrays_and_resizes() -> None:
    array = np.zeros((2, 2), dtype=bool)
    array[0, 0] = True
    mask = p.as_bool_mask(array, (4, 4))
    assert mask.shape == (4, 4) and mask[:2, :2].all() and not mask[2:, :].any()
    picture = Image.fromarray(np.where(array, 255, 0).astype(np.uint8), mode="L")
    assert (p.as_bool_mask(picture, (4, 4)) == mask).all()


def test_mask_overlay_tints_inside_and_keeps_outside() -> None:
    image = solid((0, 0, 0), (20, 20))
    mask = np.zeros((20, 20), dtype=bool)
    mask[5:15, 5:15] = True
    out = np.asarray(p.mask_overlay(image, mask, color=(200, 100, 0), alpha=0.5))
    assert tuple(out[0, 0]) == (0, 0, 0)
    assert tuple(out[10, 10]) == (100, 50, 0)
    assert tuple(out[5, 10]) == (200, 100, 0)  # outline
    assert tuple(out[4, 10]) == (0, 0, 0)


def test_heatmap_runs_from_dark_blue_to_yellow() -> None:
    values = np.array([[0, 255]], dtype=np.uint8)
    colours = np.asarray(p.heatmap(values))
    assert tuple(colours[0, 0]) == (13, 8, 135)
    assert tuple(colours[0, 1]) == (240, 249, 33)
    assert p.heatmap_overlay(solid((0, 0, 0)), values).size == (40, 30)


@pytest.mark.parametrize("split, red_columns", [(0.0, 0), (0.5, 20), (1.0, 40)])
def test_before_after_wipe_puts_before_on_the_left(split: float, red_columns: int) -> None:
    before, after = solid((255, 0, 0)), solid((0, 0, 255))
    out = np.asarray(p.before_after(before, after, split))
    row = out[15]
    red = (row == (255, 0, 0)).all(axis=1)
    blue = (row == (0, 0, 255)).all(axis=1)
    assert red.sum() <= red_columns and red.sum() >= red_columns - 1
    assert not red[red_columns:].any()
    assert not blue[: max(0, red_columns - 1)].any()


def test_before_after_scales_a_different_sized_before() -> None:
    out = p.before_after(solid((255, 0, 0), (10, 10)), solid((0, 0, 255), (40, 30)), 0.5)
    assert out.size == (40, 30)


def test_rect_mask_covers_the_box_in_pixels_and_orders_corners() -> None:
    mask = np.asarray(p.rect_mask((100, 50), (0.8, 0.6, 0.2, 0.2)))
    assert mask.shape == (50, 100)
    assert mask[10:30, 20:80].all()
    assert mask.sum() == 255 * 20 * 60


def test_draw_box_dims_outside_and_outlines_box() -> None:
    out = np.asarray(p.draw_box(solid((200, 200, 200), (100, 100)), (0.25, 0.25, 0.75, 0.75), color=(0, 255, 0)))
    assert tuple(out[5, 5]) == (90, 90, 90)
    assert tuple(out[50, 50]) == (200, 200, 200)
    assert tuple(out[25, 50]) == (0, 255, 0)


def test_tree_rows_depth_first_with_branches_and_orphans() -> None:
    rounds = [FakeRound(0, None), FakeRound(1, 0), FakeRound(2, 1), FakeRound(3, 0), FakeRound(4, 3), FakeRound(5, 99)]
    rows = p.tree_rows(rounds)
    assert [(row.round.id, row.depth) for row in rows] == [(0, 0), (1, 1), (2, 2), (3, 1), (4, 2), (5, 0)]


def test_tree_rows_handles_a_long_chain_without_recursion() -> None:
    rounds = [FakeRound(0, None)] + [FakeRound(i, i - 1) for i in range(1, 5000)]
    rows = p.tree_rows(rounds)
    assert rows[-1].depth == 4999


def test_progress_fraction_moves_through_denoising_then_jumps_per_stage() -> None:
    assert p.progress_fraction(0, 20, "denoise") == 0.0
    assert p.progress_fraction(10, 20, "denoise") == pytest.approx(0.4)
    assert p.progress_fraction(20, 20, "denoise") == pytest.approx(0.8)
    assert p.progress_fraction(1, 4, "localize") == pytest.approx(0.85)
    assert p.progress_fraction(4, 4, "blend") == pytest.approx(1.0)
    assert p.progress_fraction(3, 4, "unknown") == pytest.approx(0.75)
    fractions = [p.progress_fraction(i + 1, 4, stage) for i, stage in enumerate(p.STAGES[1:])]
    assert fractions == sorted(fractions) and fractions[0] > p.progress_fraction(20, 20, "denoise")


def test_progress_text_names_step_and_stage() -> None:
    assert p.progress_text(3, 20, "denoise") == "Denoising: step 3 of 20"
    assert p.progress_text(2, 4, "segment") == "Segmented (stage 2 of 4)"
    assert p.progress_text(3, 4, "download") == "Downloading models: 75%"
    assert p.progress_text(0, 0, "download") == "Downloading models..."


def test_fit_scales_down_only() -> None:
    assert p.fit(solid((0, 0, 0), (400, 200)), 100).size == (100, 50)
    small = solid((0, 0, 0), (40, 30))
    assert p.fit(small, 100) is small


@pytest.mark.parametrize(
    "error, expected",
    [
        (ModelNotFoundError("no weights in /models"), "zone models download"),
        (BadImageError("The file is empty."), "The file is empty."),
        (RuntimeError("CUDA out of memory. Tried to allocate 2 GiB"), "fewer steps"),
        (StoreError("The database is locked."), "The database is locked."),
        (KeyError("x"), "Something went wrong (KeyError)"),
    ],
)
def test_plain_error_says_what_happened_without_a_traceback(error: BaseException, expected: str) -> None:
    message = p.plain_error(error)
    assert expected in message
    assert "Traceback" not in message and 'File "' not in message
