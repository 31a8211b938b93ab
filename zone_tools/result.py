"""What one edit returns (docs/method.md section 8; docs/architecture.md, public surface)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PIL import Image

from zone_tools.action import Action
from zone_tools.localize import attention_difference


@dataclass
class EditResult:
    """Everything one ZONE edit produced.

    `image` and `layer` are at the input's size; masks, `canvas` and `attention` at working size
    (docs/method.md section 0). `mask_images()` scales the masks to the input size for storage.
    """

    image: Image.Image
    layer: Image.Image
    mask: np.ndarray
    refined_mask: np.ndarray
    rough_mask: np.ndarray
    canvas: Image.Image
    attention: np.ndarray
    action: Action
    beta: float
    seed: int
    instruction: str
    params: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def mask_images(self) -> dict[str, Image.Image]:
        """M_b, M_f and M*_f as 8-bit PNG-ready images at the input's size (nearest neighbour)."""
        size = self.image.size
        named = {"rough": self.rough_mask, "refined": self.refined_mask, "final": self.mask}
        return {
            name: Image.fromarray(mask.astype(np.uint8) * 255, mode="L").resize(size, Image.NEAREST)
            for name, mask in named.items()
        }

    def attention_image(self) -> Image.Image:
        """The start-minus-end attention difference D (section 3) as a greyscale picture at the
        input's size (dark where the edit is)."""
        width, height = self.image.size
        diff = attention_difference(self.attention, self.attention.shape[-1], (height, width))
        return Image.fromarray(diff, mode="L")
