"""Mask refinement with Region-IoU -> M_f, and SAM's prompt grid (docs/method.md section 4).

SAM itself runs elsewhere; these functions choose among its segments and decide where to prompt it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from segment_anything.utils.amg import build_point_grid

from zone_tools.stages.localize import as_mask, drop_small_components


def _bbox(mask: np.ndarray) -> tuple[int, int, int, int] | None:
    """(y0, y1, x0, x1), end-exclusive, of the True pixels; None when there are none."""
    rows = np.flatnonzero(mask.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(mask.any(axis=0))
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def select_segment(
    rough: np.ndarray,
    segments: Sequence[np.ndarray] | np.ndarray,
    min_component: int = 64,
) -> tuple[np.ndarray, float]:
    """(M_f, R(k)): the segment of highest Region-IoU with M_b, small components dropped.

    R(j) = |S_j and M_b| / |S_j or M_b|. Intersections are counted only inside M_b's bounding box
    (nothing of S_j outside it can meet M_b) and unions as |S_j| + |M_b| - |S_j and M_b|. Ties go
    to the first segment with the highest score, as `numpy.argmax` picks. When M_b is empty, no
    segment meets M_b, or the winner is nothing but components under `min_component` px, the
    answer is (a copy of M_b, 0.0): the caller reports that fallback (section 4). `segments` may
    be a list of H x W masks or one N x H x W array.
    """
    rough = as_mask(rough, "rough")
    box = _bbox(rough)
    if box is None or len(segments) == 0:
        return rough.copy(), 0.0
    y0, y1, x0, x1 = box
    rough_crop = rough[y0:y1, x0:x1]
    rough_area = int(np.count_nonzero(rough_crop))
    scratch = np.empty_like(rough_crop)
    scores = np.zeros(len(segments), dtype=np.float64)
    for j, segment in enumerate(segments):
        segment = np.asarray(segment)
        if segment.shape != rough.shape:
            raise ValueError(f"segment {j} has shape {segment.shape}, M_b has {rough.shape}")
        segment = segment.astype(bool, copy=False)
        inter = np.count_nonzero(np.logical_and(segment[y0:y1, x0:x1], rough_crop, out=scratch))
        if inter:
            scores[j] = inter / (np.count_nonzero(segment) + rough_area - inter)
    best = int(np.argmax(scores))
    if scores[best] <= 0.0:
        return rough.copy(), 0.0
    refined = drop_small_components(np.asarray(segments[best], dtype=bool), min_component)
    if not refined.any():
        return rough.copy(), 0.0
    return refined, float(scores[best])


def full_grid_points(size: tuple[int, int], points_per_side: int = 32) -> np.ndarray:
    """SAM's default prompt grid for an image of `size` = (h, w), as N x 2 (x, y) pixel coordinates.

    segment-anything's own `build_point_grid(points_per_side)` (cell centres, row by row) scaled by
    (w, h), as `SamAutomaticMaskGenerator` does. Divide by (w, h) to get the normalised grid that
    `SamAutomaticMaskGenerator(point_grids=[...])` takes.
    """
    height, width = (int(side) for side in size)
    if points_per_side < 1 or height < 1 or width < 1:
        raise ValueError(f"need a positive size and points_per_side, got {size} and {points_per_side}")
    return build_point_grid(points_per_side) * np.array([width, height], dtype=np.float64)


def roi_points(rough: np.ndarray, points_per_side: int = 32, dilate: int | None = None) -> np.ndarray:
    """The points of SAM's full grid inside the bounding box of M_b dilated by `dilate` px (section 4).

    A segment that does not meet M_b can never win the Region-IoU argmax, so SAM need only be
    prompted near M_b, at the full grid's spacing. Dilating by a (2 r + 1) square grows the
    bounding box by r on each side (clipped to the image), which is how it is computed. The default
    r is one grid step, ceil(max(h, w) / points_per_side), so the box always holds a point; with a
    smaller r and no point inside, the grid point nearest the box centre is returned alone. An empty
    M_b gives the full grid. Points are N x 2 (x, y) pixel coordinates, in the full grid's order.
    """
    rough = as_mask(rough, "rough")
    height, width = rough.shape
    grid = full_grid_points((height, width), points_per_side)
    box = _bbox(rough)
    if box is None:
        return grid
    radius = math.ceil(max(height, width) / points_per_side) if dilate is None else int(dilate)
    if radius < 0:
        raise ValueError(f"dilate must not be negative, got {dilate}")
    y0, y1, x0, x1 = box
    y0, x0 = max(y0 - radius, 0), max(x0 - radius, 0)
    y1, x1 = min(y1 + radius, height), min(x1 + radius, width)
    x, y = grid[:, 0], grid[:, 1]
    inside = (x >= x0) & (x < x1) & (y >= y0) & (y < y1)
    if inside.any():
        return grid[inside]
    centre = np.array([(x0 + x1) / 2, (y0 + y1) / 2])
    nearest = int(np.argmin(((grid - centre) ** 2).sum(axis=1)))
    return grid[nearest : nearest + 1]
