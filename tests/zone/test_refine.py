"""Section 4: Region-IoU selection of M_f among SAM-like proposals, and SAM's prompt grid."""

from __future__ import annotations

import numpy as np
import pytest
from segment_anything.utils.amg import build_point_grid

from zone_tools.stages.refine import full_grid_points, roi_points, select_segment

from zone_shapes import box, disc, iou

SHAPE = (256, 320)


@pytest.fixture
def scene():
    """A rough M_b over an object, and proposals: its part, the whole, background, a distractor."""
    whole = disc(SHAPE, (128, 150), 60)
    rough = disc(SHAPE, (120, 140), 55) & ~box(SHAPE, 60, 80, 0, 320)
    part = whole & box(SHAPE, 0, 128, 0, 320)
    background = ~disc(SHAPE, (128, 150), 62)
    everything = np.ones(SHAPE, dtype=bool)
    distractor = disc(SHAPE, (40, 290), 20)
    return rough, {
        "part": part,
        "whole": whole,
        "background": background,
        "everything": everything,
        "distractor": distractor,
    }


def test_whole_object_wins_over_part_background_and_distractor(scene):
    rough, proposals = scene
    names = list(proposals)
    refined, score = select_segment(rough, [proposals[name] for name in names])
    np.testing.assert_array_equal(refined, proposals["whole"])
    assert score == pytest.approx(iou(rough, proposals["whole"]))
    assert score == pytest.approx(max(iou(rough, proposals[name]) for name in names))


def test_a_part_wins_when_the_rough_mask_covers_only_the_part(scene):
    _, proposals = scene
    rough = proposals["part"] & ~box(SHAPE, 100, 128, 0, 320)
    refined, score = select_segment(rough, list(proposals.values()))
    np.testing.assert_array_equal(refined, proposals["part"])
    assert score == pytest.approx(iou(rough, proposals["part"]))


def test_scores_match_brute_force_region_iou_on_random_proposals():
    rng = np.random.default_rng(3)
    rough = disc(SHAPE, (100, 100), 50) | box(SHAPE, 150, 200, 200, 300)
    segments = [disc(SHAPE, tuple(rng.uniform(0, 300, 2)), rng.uniform(5, 120)) for _ in range(60)]
    segments = [s for s in segments if s.sum() >= 64]
    refined, score = select_segment(rough, segments)
    brute = [iou(rough, s) if (rough & s).any() else 0.0 for s in segments]
    assert score == pytest.approx(max(brute))
    np.testing.assert_array_equal(refined, segments[int(np.argmax(brute))])


def test_ties_go_to_the_first_best_proposal():
    rough = box(SHAPE, 100, 140, 100, 140)
    left = box(SHAPE, 100, 140, 90, 130)
    right = box(SHAPE, 100, 140, 110, 150)
    assert iou(rough, left) == iou(rough, right)
    refined, _ = select_segment(rough, [left, right])
    np.testing.assert_array_equal(refined, left)
    refined, _ = select_segment(rough, [right, left])
    np.testing.assert_array_equal(refined, right)


def test_small_components_of_the_winner_are_dropped():
    whole = disc(SHAPE, (128, 150), 40)
    speck = box(SHAPE, 10, 17, 10, 19)  # 63 pixels
    refined, score = select_segment(whole, [whole | speck])
    np.testing.assert_array_equal(refined, whole)
    assert 0.98 < score < 1.0


def test_stacked_array_of_proposals_is_accepted(scene):
    rough, proposals = scene
    stacked = np.stack(list(proposals.values()))
    refined, _ = select_segment(rough, stacked)
    np.testing.assert_array_equal(refined, proposals["whole"])


@pytest.mark.parametrize("case", ["disjoint", "none", "empty rough", "only specks"])
def test_falls_back_to_the_rough_mask_with_score_zero(case):
    rough = disc(SHAPE, (128, 150), 30)
    segments = {
        "disjoint": [box(SHAPE, 0, 40, 0, 40), box(SHAPE, 200, 256, 250, 320)],
        "none": [],
        "empty rough": [box(SHAPE, 0, 40, 0, 40)],
        "only specks": [box(SHAPE, 125, 130, 145, 150)],
    }[case]
    if case == "empty rough":
        rough = np.zeros(SHAPE, dtype=bool)
    refined, score = select_segment(rough, segments)
    assert score == 0.0
    np.testing.assert_array_equal(refined, rough)
    assert refined is not rough


def test_a_proposal_of_the_wrong_size_is_an_error():
    with pytest.raises(ValueError):
        select_segment(box(SHAPE, 0, 10, 0, 10), [np.ones((10, 10), bool)])


def test_full_grid_is_segment_anythings_grid_in_pixels():
    """segment-anything's `build_point_grid` scaled by (w, h): x runs along the width, row by row.

    These are the points the hand-rolled grid it replaced gave, so ROI prompts are unchanged.
    """
    np.testing.assert_allclose(full_grid_points((100, 200), 2), [[50, 25], [150, 25], [50, 75], [150, 75]])
    for points_per_side in (32, 16, 7):
        expected = build_point_grid(points_per_side) * np.array([320, 256])
        np.testing.assert_array_equal(full_grid_points(SHAPE, points_per_side), expected)


def test_full_grid_spacing_at_512():
    grid = full_grid_points((512, 512), 32)
    assert grid.shape == (1024, 2)
    np.testing.assert_allclose(np.unique(grid[:, 0]), 8 + 16 * np.arange(32))
    np.testing.assert_allclose(grid[:3], [[8, 8], [24, 8], [40, 8]])


def test_roi_points_are_the_grid_points_in_the_dilated_box():
    rough = disc((512, 512), (200, 300), 30)  # box rows 170..230, columns 270..330
    points = roi_points(rough, 32, dilate=10)
    grid = full_grid_points((512, 512), 32)
    x, y = grid[:, 0], grid[:, 1]
    inside = (x >= 260) & (x < 341) & (y >= 160) & (y < 241)
    np.testing.assert_array_equal(points, grid[inside])
    assert len(points) == 5 * 5


def test_roi_points_default_dilation_is_one_grid_step_and_never_empty():
    rough = np.zeros((512, 512), dtype=bool)
    rough[100, 100] = True  # between grid lines 88 and 104
    points = roi_points(rough)
    assert len(points) >= 1
    assert np.all(np.abs(points - 100) <= 16 + 1)
    np.testing.assert_array_equal(roi_points(rough, dilate=0), [[104.0, 104.0]])


def test_roi_points_of_an_empty_mask_is_the_full_grid():
    np.testing.assert_array_equal(roi_points(np.zeros(SHAPE, bool), 32), full_grid_points(SHAPE, 32))


def test_roi_points_near_the_border_stay_in_the_image():
    rough = box(SHAPE, 0, 5, 300, 320)
    points = roi_points(rough, 32)
    assert len(points) > 0
    assert np.all((points[:, 0] >= 0) & (points[:, 0] < 320) & (points[:, 1] >= 0) & (points[:, 1] < 256))
