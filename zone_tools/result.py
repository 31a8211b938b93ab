"""What one edit returns (docs/method.md section 8; docs/architecture.md, public surface)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PIL import Image

from zone_tools.action import Action
from zone_tools.stages.localize import attention_difference


@dataclass
class EditResult:
    """Everything one ZONE edit produced.

    At the input's size: `image` (the composite I_C, what to show) and `layer` (the edited layer
    I_L, RGBA). At the models' working size (`EditParams.work_size`, each side a multiple of 64), as
    their `working_` names say: `working_mask` (M*_f, the final mask), `working_refined_mask` (M_f,
    after SAM), `working_rough_mask` (M_b, from attention) and `working_canvas` (I_sty, the globally
    edited picture); `attention` holds the averaged cross-attention maps A at 1/32 of the working
    size (h' x w' x L). `mask_images()` and `attention_image()` give them at the input's size.
    """

    image: Image.Image
    layer: Image.Image
    working_mask: np.ndarray
    working_refined_mask: np.ndarray
    working_rough_mask: np.ndarray
    working_canvas: Image.Image
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
        named = {"rough": self.working_rough_mask, "refined": self.working_refined_mask, "final": self.working_mask}
        return {
            name: Image.fromarray(mask.astype(np.uint8) * 255, mode="L").resize(size, Image.Resampling.NEAREST)
            for name, mask in named.items()
        }

    def attention_image(self) -> Image.Image:
        """The start-minus-end attention difference D (section 3) as a greyscale picture at the
        input's size (dark where the edit is)."""
        width, height = self.image.size
        diff = attention_difference(self.attention, self.attention.shape[-1], (height, width))
        return Image.fromarray(diff, mode="L")
