"""`ZoneEditor`: image + instruction in, local edit out (the whole of docs/method.md).

`edit` reads top to bottom as the method does: classify the action, run the fused sampler at
working size, localize the edit from cross-attention (M_b), refine it with SAM and Region-IoU
(M_f), smooth its edge with the FFT smoother (M*_f), and composite the layer onto the original at
full resolution. Every fallback taken is recorded in `EditResult.notes`.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict

import numpy as np
import torch
from PIL import Image

from zone_tools import action as action_classifier
from zone_tools.action import Action
from zone_tools.config import EditParams, ZoneConfig
from zone_tools.denoise.sampling import fused_sample
from zone_tools.errors import GpuMemoryError
from zone_tools.imageio import ImageSource, load_image, load_mask, to_working, validate_instruction
from zone_tools.models import ZoneModels
from zone_tools.progress import ProgressCallback, reporting
from zone_tools.result import EditResult
from zone_tools.stages.blend import composite, matte
from zone_tools.stages.localize import difference_mask, rough_mask
from zone_tools.stages.refine import full_grid_points, roi_points, select_segment
from zone_tools.stages.segment import propose_segments
from zone_tools.stages.smoother import edge_smoother
from zone_tools.tiny import TINY_POINTS_PER_SIDE, TINY_WORK_SIZE, tiny_models

LATER_STAGES = ("localize", "segment", "smooth", "blend")


class ZoneEditor:
    """Edits photos by ZONE. Models are loaded on first use, once, and shared by all edits."""

    def __init__(
        self,
        load: Callable[[], ZoneModels],
        params: EditParams | None = None,
        *,
        is_tiny: bool = False,
        runs_on: str = "",
    ) -> None:
        self._load = load
        self._models: ZoneModels | None = None
        self._lock = threading.Lock()
        self.params = params or EditParams()
        self.is_tiny = is_tiny
        """Whether the models are the tiny in-process ones (noise pixels), not real weights."""
        self.runs_on = runs_on
        """Where and how the models run, in words (`loading.runtime_summary`), for the app and CLI."""

    @classmethod
    def from_pretrained(cls, config: ZoneConfig | None = None) -> ZoneEditor:
        """The real models (hub ids or local paths of `config`, default `ZoneConfig.from_env()`)."""
        from zone_tools.loading import load_models, runtime_summary

        config = config or ZoneConfig.from_env()
        return cls(lambda: load_models(config), config.params, runs_on=runtime_summary(config))

    @classmethod
    def tiny(cls, seed: int = 0) -> ZoneEditor:
        """The same code over tiny random models: for tests and offline smoke runs (noise pixels).

        They work at 128 px with an 8 x 8 SAM point grid, so an edit takes about a second on a CPU.
        """
        params = EditParams(work_size=TINY_WORK_SIZE, points_per_side=TINY_POINTS_PER_SIDE)
        return cls(lambda: tiny_models(seed), params, is_tiny=True, runs_on="tiny test models, CPU, float32")

    @classmethod
    def from_env(cls, models: str | None = None) -> ZoneEditor:
        """The editor ZONE_MODELS names, or `models` when given: `tiny`, `default` or a folder."""
        config = ZoneConfig.from_env(models=models)
        return cls.tiny() if config.models == "tiny" else cls.from_pretrained(config)

    @property
    def is_loaded(self) -> bool:
        """Whether the models are in memory already."""
        return self._models is not None

    @property
    def models(self) -> ZoneModels:
        """The models, loaded on first access (thread-safe, once)."""
        with self._lock:
            if self._models is None:
                self._models = self._load()
            return self._models

    def load(self, everything: bool = True, on_progress: ProgressCallback | None = None) -> float:
        """Load the models now (and with `everything` the lazily loaded ones); seconds taken.

        Missing models are downloaded first; `on_progress(done, total, "download")` follows that.
        """
        start = time.perf_counter()
        with reporting(on_progress):
            models = self.models
            if everything:
                models.load_all()
        return time.perf_counter() - start

    def edit(
        self,
        image: ImageSource,
        instruction: str,
        *,
        action: Action | str | None = None,
        mask: ImageSource | np.ndarray | None = None,
        seed: int | None = None,
        params: dict | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> EditResult:
        """Edit `image` as `instruction` says, only where the edit is; see the module docstring.

        `action` overrides the classifier, `mask` (any size, scaled to the image) replaces M_b,
        `params` overrides `EditParams` fields, `on_progress(step, total, stage)` is called per
        denoising step ("denoise"), for each later stage, and while a missing model is downloaded
        on first use ("download", see `zone_tools.progress`).
        """
        with reporting(on_progress):
            return self._edit(image, instruction, action, mask, seed, params, on_progress)

    def _edit(
        self,
        image: ImageSource,
        instruction: str,
        action: Action | str | None,
        mask: ImageSource | np.ndarray | None,
        seed: int | None,
        params: dict | None,
        on_progress: ProgressCallback | None,
    ) -> EditResult:
        """`edit` with the progress callback in force."""
        timings: dict[str, float] = {}
        notes: list[str] = []
        report = on_progress or (lambda step, total, stage: None)

        instruction = validate_instruction(instruction)
        settings = self.params.with_overrides(params)
        original = load_image(image)
        seed = random.randrange(2**31) if seed is None else int(seed)

        with _timed(timings, "classify"):
            chosen = Action(action) if action is not None else action_classifier.classify(instruction)
        beta = settings.beta_remove if chosen is Action.REMOVE else settings.beta_other
        work = to_working(original, settings.work_size)
        height, width = work.shape[:2]
        user_mask = None if mask is None else load_mask(mask, (width, height))
        with _gpu_memory_guard():
            models = self.models

        with _timed(timings, "denoise"), _gpu_memory_guard():
            sample = fused_sample(models, work, instruction, settings, beta, seed, report)
        canvas = sample.canvas
        if sample.truncated:
            notes.append(
                f"The instruction is longer than the {models.tokenizer.model_max_length} tokens CLIP reads; "
                "only its beginning was used."
            )

        with _timed(timings, "localize"):
            if user_mask is not None:
                rough = user_mask
                notes.append("Used the mask you gave instead of the attention-derived region.")
            else:
                rough = rough_mask(
                    sample.attention, sample.n_tokens, (height, width), settings.tau, settings.min_component
                )
                if not rough.any():
                    rough = difference_mask(work, canvas, min_component=settings.min_component)
                    notes.append("Cross-attention marked no region; localized from the pixel difference instead.")
        report(1, len(LATER_STAGES), "localize")

        with _timed(timings, "segment"), _gpu_memory_guard():
            refined, score = self._refine(models, work, canvas, rough, chosen, settings)
            if rough.any() and score == 0.0:
                notes.append("No Segment Anything segment touched the edit region; kept the rough mask.")
        report(2, len(LATER_STAGES), "segment")

        with _timed(timings, "smooth"):
            final = edge_smoother(
                work,
                canvas,
                refined,
                iterations=settings.dilate_iterations,
                radius=settings.low_pass_radius,
                threshold=settings.smoother_threshold,
                close_size=settings.close_size,
            )
        report(3, len(LATER_STAGES), "smooth")

        with _timed(timings, "blend"):
            weights = matte(final, refined, settings.alpha)
            image_out, layer = composite(original, canvas, weights)
        report(4, len(LATER_STAGES), "blend")
        if not weights.any():
            notes.append("No edit region was found, so the photo is unchanged.")

        timings["total"] = sum(timings.values())
        return EditResult(
            image=image_out,
            layer=layer,
            working_mask=final,
            working_refined_mask=refined,
            working_rough_mask=rough,
            working_canvas=Image.fromarray(canvas),
            attention=sample.attention,
            action=chosen,
            beta=beta,
            seed=seed,
            instruction=instruction,
            params=asdict(settings),
            timings=timings,
            notes=notes,
        )

    def _refine(
        self,
        models: ZoneModels,
        work: np.ndarray,
        canvas: np.ndarray,
        rough: np.ndarray,
        chosen: Action,
        settings: EditParams,
    ) -> tuple[np.ndarray, float]:
        """M_f by Region-IoU over SAM's segments of I_G (remove) or I_sty (add, change)."""
        if not rough.any():
            return rough.copy(), 0.0
        sam_input = work if chosen is Action.REMOVE else canvas
        if settings.sam_grid == "roi":
            points = roi_points(rough, settings.points_per_side)
        else:
            points = full_grid_points(rough.shape, settings.points_per_side)
        segments = propose_segments(models.sam, sam_input, points, settings)
        return select_segment(rough, segments, settings.min_component)


@contextmanager
def _gpu_memory_guard() -> Iterator[None]:
    """Turn the accelerator running out of memory into one plain sentence with a way out."""
    try:
        yield
    except torch.OutOfMemoryError as error:
        if torch.cuda.is_available():
            torch.cuda.empty_cache()
        raise GpuMemoryError(
            "The GPU ran out of memory for this edit: close other programs using it, lower the working "
            "size or steps in the settings, or run on the CPU with ZONE_DEVICE=cpu."
        ) from error


@contextmanager
def _timed(timings: dict[str, float], name: str) -> Iterator[None]:
    """Adds the wall time of the block to `timings[name]`."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start
