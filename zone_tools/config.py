"""Configuration as data: where the models come from (`ZoneConfig`) and how one edit runs
(`EditParams`). Defaults follow docs/method.md; every number the method names is a field here (section 9).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

IP2P_HUB_ID = "timbrooks/instruct-pix2pix"
MAGICBRUSH_HUB_ID = "vinesmsuic/magicbrush-jul7"
SAM_CHECKPOINTS = {
    "vit_h": "https://dl.fbaipublicfiles.com/segment_anything/sam_vit_h_4b8939.pth",
    "vit_l": "https://dl.fbaipublicfiles.com/segment_anything/sam_vit_l_0b3195.pth",
    "vit_b": "https://dl.fbaipublicfiles.com/segment_anything/sam_vit_b_01ec64.pth",
}


@dataclass(frozen=True)
class EditParams:
    """Settings of one edit; `ZoneEditor.edit(params=...)` overrides any of them.

    `low_pass_radius` and `close_size` left as None take the spec's values at 512 px (200 and 21)
    scaled to the working size; a number is used as is.
    """

    work_size: int = 512
    steps: int = 20
    text_guidance: float = 7.5
    image_guidance: float = 1.5
    beta_remove: float = 0.2
    beta_other: float = 0.0
    capture_branches: tuple[int, ...] = (1, 2)
    tau: int = 108
    min_component: int = 64
    sam_grid: str = "roi"
    points_per_side: int = 32
    pred_iou_thresh: float = 0.88
    stability_score_thresh: float = 0.95
    dilate_iterations: int = 4
    low_pass_radius: float | None = None
    smoother_threshold: float = 30.0
    close_size: int | None = None
    alpha: float = 0.6

    def __post_init__(self) -> None:
        if not 64 <= self.work_size <= 2048:
            raise ValueError("work_size must be between 64 and 2048 pixels")
        if not 1 <= self.steps <= 200:
            raise ValueError("steps must be between 1 and 200")
        if self.sam_grid not in ("roi", "full"):
            raise ValueError("sam_grid must be 'roi' or 'full'")
        if not 0 <= self.tau <= 255:
            raise ValueError("tau must be between 0 and 255")
        if not 0.0 <= self.alpha <= 1.0:
            raise ValueError("alpha must be between 0 and 1")
        if self.beta_remove < 0 or self.beta_other < 0:
            raise ValueError("beta must not be negative")
        if not set(self.capture_branches) <= {0, 1, 2} or not self.capture_branches:
            raise ValueError("capture_branches must name CFG branches among 0, 1, 2")

    def with_overrides(self, overrides: dict[str, Any] | None) -> "EditParams":
        """A copy with `overrides` applied; unknown names are an error, not silently ignored."""
        if not overrides:
            return self
        known = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ValueError(f"unknown edit setting(s): {', '.join(unknown)}")
        return replace(self, **overrides)


@dataclass(frozen=True)
class ZoneConfig:
    """Where models come from and where they run. `from_env()` reads the ZONE_* variables."""

    models: str = "default"
    ip2p: str = IP2P_HUB_ID
    magicbrush: str = MAGICBRUSH_HUB_ID
    sam_type: str = "vit_h"
    sam_checkpoint: str | None = None
    device: str | None = None
    dtype: str | None = None
    cache_dir: str | None = None
    cuda_graphs: bool = True
    sam_half: bool = True
    params: EditParams = field(default_factory=EditParams)

    @classmethod
    def from_env(cls, **overrides: Any) -> "ZoneConfig":
        """Config from ZONE_MODELS / ZONE_DEVICE / ZONE_DTYPE / ZONE_SAM / ZONE_CACHE /
        ZONE_CUDA_GRAPHS / ZONE_SAM_HALF; keyword overrides win.

        ZONE_MODELS is `default` (hub ids), `tiny` (in-process test models) or a directory holding
        `instruct-pix2pix/`, `magicbrush/` (a UNet folder or a whole pipeline) and `sam_<type>.pth`.
        """
        models = overrides.pop("models", None) or os.environ.get("ZONE_MODELS", "default")
        values: dict[str, Any] = {
            "models": models,
            "sam_type": os.environ.get("ZONE_SAM", "vit_h"),
            "device": os.environ.get("ZONE_DEVICE") or None,
            "dtype": os.environ.get("ZONE_DTYPE") or None,
            "cache_dir": os.environ.get("ZONE_CACHE") or None,
            "cuda_graphs": os.environ.get("ZONE_CUDA_GRAPHS", "1") not in ("0", "false", "no"),
            "sam_half": os.environ.get("ZONE_SAM_HALF", "1") not in ("0", "false", "no"),
        }
        if models not in ("default", "tiny"):
            values["ip2p"] = os.path.join(models, "instruct-pix2pix")
            values["magicbrush"] = os.path.join(models, "magicbrush")
        values.update(overrides)
        if values["sam_type"] not in SAM_CHECKPOINTS:
            raise ValueError(f"unknown SAM type {values['sam_type']!r}; choose vit_h, vit_l or vit_b")
        return cls(**values)
