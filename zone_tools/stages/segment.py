"""Segment proposals S = {S_j} from Segment Anything's automatic mask generator (section 4)."""

from __future__ import annotations

import numpy as np
import torch
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


class HalfPrecisionEncoder(torch.nn.Module):
    """SAM's image encoder run under 16-bit autocast, returning float32 embeddings.

    The ViT-H encoder is most of SAM's time; under float16 it runs 2.5x faster on an H100, under
    bfloat16 about 1.7x faster on a CPU with AVX-512 BF16, while the prompt encoder, mask decoder
    and mask post-processing stay in float32. The encoder's linear and convolution weights are
    stored in the 16-bit type, which autocast would cast them to at every call anyway: the same
    result, half their memory (1.3 GB less for ViT-H).
    """

    def __init__(self, encoder: torch.nn.Module, dtype: torch.dtype = torch.float16) -> None:
        super().__init__()
        for module in encoder.modules():
            if isinstance(module, (torch.nn.Linear, torch.nn.Conv2d)):
                module.to(dtype)
        self.encoder = encoder
        self.dtype = dtype
        self.img_size = encoder.img_size

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        with torch.autocast(device_type=images.device.type, dtype=self.dtype):
            return self.encoder(images).float()


def half_precision_encoder(sam: Sam, dtype: torch.dtype = torch.float16) -> Sam:
    """`sam` with its image encoder wrapped in `HalfPrecisionEncoder` (float16 on CUDA, bfloat16 on a CPU)."""
    if not isinstance(sam.image_encoder, HalfPrecisionEncoder):
        sam.image_encoder = HalfPrecisionEncoder(sam.image_encoder, dtype)
    return sam
