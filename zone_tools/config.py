"""Configuration as data: where the models come from (`ZoneConfig`) and how one edit runs
(`EditParams`). Defaults follow docs/method.md; every number the method names is a field here (section 9).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

import settings

IP2P_HUB_ID = "timbrooks/instruct-pix2pix"
MAGICBRUSH_HUB_ID = "vinesmsuic/magicbrush-jul7"


@dataclass(frozen=True)
class Checkpoint:
    """A published weights file: its name under the download URL and its SHA-256 digest."""

    filename: str
    sha256: str


SAM_CHECKPOINTS = {
    "vit_h": Checkpoint("sam_vit_h_4b8939.pth", "a7bf3b02f3ebf1267aba913ff637d9a2d5c33d3173bb679e46d9f338c26f262e"),
    "vit_l": Checkpoint("sam_vit_l_0b3195.pth", "3adcc4315b642a4d2101128f611684e8734c41232a17c648ed1693702a49a622"),
    "vit_b": Checkpoint("sam_vit_b_01ec64.pth", "ec2df62732614e57411cdcf32a23ffdf28910380d03139ee0f4fcbe91eb8c912"),
}
"""Segment Anything's checkpoints as Meta publishes them (segment-anything's README), with their digests."""


@dataclass(frozen=True)
class EditParams:
    """Settings of one edit; `ZoneEditor.edit(params=...)` overrides any of them.

    Each field names the symbol of the ZONE paper (Li et al., CVPR 2024) or the argument of
    diffusers' `StableDiffusionInstructPix2PixPipeline` / segment-anything's
    `SamAutomaticMaskGenerator` it stands for; docs/method.md gives the defaults' reasons.

    - `work_size`: the long side, in pixels, at which the models run (each side then snapped to a
      multiple of 64); masks are computed at this working size.
    - `steps`: T, the denoising steps (diffusers `num_inference_steps`).
    - `text_guidance`: s_T, the instruction's guidance scale (diffusers `guidance_scale`).
    - `image_guidance`: s_I, the image's guidance scale (diffusers `image_guidance_scale`).
    - `beta_remove`: beta of the fused sampler for removals, z* <- (z* + beta z') / (1 + beta) with
      z' MagicBrush's trajectory; `beta_other`: the same for add and change (0 skips MagicBrush).
    - `capture_branches`: which classifier-free-guidance branches (0 text + image, 1 image only,
      2 unconditional) contribute cross-attention maps to A.
    - `tau`: tau, the threshold on the doubled start-minus-end attention difference D that gives
      the rough mask M_b (M_b = min(2 D, 255) <= tau).
    - `min_component`: connected components of M_b and M_f smaller than this many pixels are
      dropped.
    - `sam_grid`: "full" prompts SAM with its whole point grid, "roi" only with the grid points near
      M_b (same winner of the Region-IoU, fewer prompts).
    - `points_per_side`, `pred_iou_thresh`, `stability_score_thresh`: SAM's automatic mask
      generator arguments of the same names.
    - `dilate_iterations`: the 3 x 3 dilations of M_f into M_d before the FFT edge smoother.
    - `low_pass_radius`: r, the radius of the FFT low-pass filter H; None takes 200 px at 512
      scaled to the working size.
    - `smoother_threshold`: the threshold of g that binarises the filtered difference into M*_f.
    - `close_size`: the side of g's morphological closing; None takes 21 at 512 scaled.
    - `alpha`: alpha, the matte's weight on the seam band M*_f minus M_f.
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

    def with_overrides(self, overrides: dict[str, Any] | None) -> EditParams:
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
    """Where models come from and where they run. `from_env()` reads them from `settings`."""

    models: str = "default"
    ip2p: str = IP2P_HUB_ID
    magicbrush: str = MAGICBRUSH_HUB_ID
    sam_type: str = "vit_h"
    sam_checkpoint: str | None = None
    sam_url: str = settings.SAM_DOWNLOAD_URL
    device: str | None = None
    dtype: str | None = None
    cache_dir: str | None = None
    cuda_graphs: bool = True
    compile_unets: bool = False
    sam_half: bool = True
    threads: int | None = None
    params: EditParams = field(default_factory=EditParams)

    @classmethod
    def from_env(cls, **overrides: Any) -> ZoneConfig:
        """Config from ZONE_MODELS / ZONE_DEVICE / ZONE_DTYPE / ZONE_SAM / ZONE_SAM_URL / ZONE_CACHE /
        ZONE_CUDA_GRAPHS / ZONE_COMPILE / ZONE_SAM_HALF / ZONE_THREADS (read by `settings`); keyword overrides win.

        ZONE_MODELS is `default` (hub ids), `tiny` (in-process test models) or a directory holding
        `instruct-pix2pix/`, `magicbrush/` (a UNet folder or a whole pipeline) and `sam_<type>.pth`.
        """
        env = settings.current()
        models = overrides.pop("models", None) or env.models
        values: dict[str, Any] = {
            "models": models,
            "sam_type": env.sam,
            "sam_url": env.sam_url,
            "device": env.device,
            "dtype": env.dtype,
            "cache_dir": env.cache,
            "cuda_graphs": env.cuda_graphs,
            "compile_unets": env.compile,
            "sam_half": env.sam_half,
            "threads": env.threads,
        }
        if models not in ("default", "tiny"):
            values["ip2p"] = os.path.join(models, "instruct-pix2pix")
            values["magicbrush"] = os.path.join(models, "magicbrush")
        values.update(overrides)
        if values["sam_type"] not in SAM_CHECKPOINTS:
            raise ValueError(f"unknown SAM type {values['sam_type']!r}; choose vit_h, vit_l or vit_b")
        return cls(**values)
