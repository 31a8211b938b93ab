"""Segment proposals S = {S_j} from Segment Anything's automatic mask generator (section 4)."""

from __future__ import annotations

import numpy as np
from segment_anything import SamAutomaticMaskGenerator
from segment_anything.modeling import Sam

from zone_tools.config import EditParams


def propose_segments(sam: Sam, image: np.ndarray, points: np.ndarray, params: EditParams) -> list[np.ndarray]:
    """SAM's segments (bool HxW, at every level it returns) prompted by `points` ((x, y) pixels).

    The generator is given the points as its point grid, so the ROI grid of `refine.roi_points`
    and the full default grid go through the same code; SAM's own quality filters apply.
    """
    if len(points) == 0:
        return []
    height, width = image.shape[:2]
    grid = np.asarray(points, dtype=np.float64) / np.array([width, height], dtype=np.float64)
    generator = SamAutomaticMaskGenerator(
        sam,
        points_per_side=None,
        point_grids=[grid],
        pred_iou_thresh=params.pred_iou_thresh,
        stability_score_thresh=params.stability_score_thresh,
        output_mode="binary_mask",
    )
    return [proposal["segmentation"] for proposal in generator.generate(image)]
