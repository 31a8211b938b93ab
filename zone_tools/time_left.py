"""How long an edit has left, from its progress reports and a monotonic clock, and how to say it.

`TimeLeft` is a `ProgressCallback` (see `zone_tools.progress`) that watches one edit after another:

- while denoising, the mean time of the steps seen so far (the time between consecutive step
  reports; a removal's two models per step are inside it) times the steps left, plus the stages
  after denoising. Before a step duration has been measured there is no estimate;
- the stages after denoising are counted in step times, so that the same numbers serve a CPU and
  a GPU: as long as the last edit of this process took for that stage (`StageHistory`), else
  `DEFAULT_STEPS_PER_STAGE` (Segment Anything's encoder is the long one: about 6 steps on a
  2-core CPU in bfloat16, docs/method.md section 10);
- while downloading, what is left of the file at the rate seen so far; nothing when the size is
  not known.

Between reports, `left()` counts down from the last estimate but never below what the stages after
the running one need. No estimate is `None` and is said as nothing: never a made-up number.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

Clock = Callable[[], float]

DEFAULT_STEPS_PER_STAGE = {"localize": 0.5, "segment": 6.0, "smooth": 0.5, "blend": 0.5}
"""Duration of each stage after denoising, in denoising steps, until one is measured; the keys are
the editor's later stages in their order (`zone_tools.editor.LATER_STAGES`)."""


@dataclass
class StageHistory:
    """The last measured duration of each later stage, in step times; one per process is shared."""

    steps_per_stage: dict[str, float] = field(default_factory=dict)

    def steps(self, stage: str) -> float:
        """The stage's duration in step times: measured if it was, else the default."""
        return self.steps_per_stage.get(stage, DEFAULT_STEPS_PER_STAGE[stage])


PROCESS_HISTORY = StageHistory()
"""What the edits of this process measured, so that the second edit's estimate knows its stages."""


@dataclass(frozen=True)
class Forecast:
    """`seconds` left as estimated `at` (clock time); the countdown stops at `floor`."""

    at: float
    seconds: float
    floor: float

    def left(self, now: float) -> float:
        """The seconds left at `now`."""
        return max(self.seconds - (now - self.at), self.floor)


class TimeLeft:
    """Watches progress reports (call it as the `on_progress` callback) and says how long is left.

    A denoising report that does not follow the last step of the running edit starts a new edit.
    Reports may come from another thread than `left()`'s: each one replaces an immutable `Forecast`.
    """

    def __init__(self, clock: Clock = time.monotonic, history: StageHistory | None = None) -> None:
        self.clock = clock
        self.history = PROCESS_HISTORY if history is None else history
        self.forecast: Forecast | None = None
        self._last_stage = ""
        self._last_at = 0.0
        self._step: tuple[int, int] | None = None
        self._step_seconds = 0.0
        self._steps_timed = 0
        self._download: tuple[int, float] | None = None
        self._downloaded = (0, 0)

    def __call__(self, done: int, total: int, stage: str) -> None:
        now = self.clock()
        if stage == "download":
            self.forecast = self._downloading(done, total, now)
        elif stage == "denoise":
            self.forecast = self._denoising(done, total, now)
        elif stage in DEFAULT_STEPS_PER_STAGE:
            self.forecast = self._finished_stage(stage, now)
        else:
            self.forecast = None
        self._last_stage, self._last_at = stage, now

    def left(self) -> float | None:
        """Seconds left now, or None when there is no estimate."""
        forecast = self.forecast
        return None if forecast is None else forecast.left(self.clock())

    def text(self) -> str:
        """How long is left in words ("about 2 min left"), or "" without an estimate."""
        return say_left(self.left())

    def after(self, message: str) -> str:
        """`message` with the time left after it ("denoising step 3 of 20, about 2 min left"), or
        `message` alone without an estimate."""
        left = self.text()
        return f"{message}, {left}" if left else message

    @property
    def step_seconds(self) -> float | None:
        """The mean duration of this edit's denoising steps so far, or None before one was timed."""
        return self._step_seconds / self._steps_timed if self._steps_timed else None

    def _denoising(self, step: int, steps: int, now: float) -> Forecast | None:
        """A step is done: time it against the last one (a download between them is not timed)."""
        last = self._step
        if last is None or last[1] != steps or step <= last[0]:
            self._step_seconds, self._steps_timed = 0.0, 0
        elif self._last_stage == "denoise":
            self._step_seconds += now - self._last_at
            self._steps_timed += step - last[0]
        self._step = (step, steps)
        step_seconds = self.step_seconds
        if step_seconds is None:
            return None
        later = self._seconds(list(DEFAULT_STEPS_PER_STAGE), step_seconds)
        if step >= steps:
            return Forecast(now, later, later - self._seconds(list(DEFAULT_STEPS_PER_STAGE)[:1], step_seconds))
        left = (steps - step) * step_seconds + later
        return Forecast(now, left, left - step_seconds)

    def _finished_stage(self, stage: str, now: float) -> Forecast | None:
        """A later stage is done: remember how long it took, in step times, and estimate the rest."""
        self._step = None
        step_seconds = self.step_seconds
        if step_seconds is None:
            return None
        self.history.steps_per_stage[stage] = (now - self._last_at) / step_seconds
        stages = list(DEFAULT_STEPS_PER_STAGE)
        after = stages[stages.index(stage) + 1 :]
        if not after:
            return None
        left = self._seconds(after, step_seconds)
        return Forecast(now, left, left - self._seconds(after[:1], step_seconds))

    def _downloading(self, done: int, total: int, now: float) -> Forecast | None:
        """What is left of this file at the rate since its first report; a new total or fewer bytes
        mean another file."""
        last_done, last_total = self._downloaded
        self._downloaded = (done, total)
        if self._last_stage != "download" or self._download is None or total != last_total or done < last_done:
            self._download = (done, now)
        first_done, first_at = self._download
        if total <= 0 or done >= total or done <= first_done or now <= first_at:
            return None
        rate = (done - first_done) / (now - first_at)
        return Forecast(now, (total - done) / rate, 0.0)

    def _seconds(self, stages: list[str], step_seconds: float) -> float:
        """How long `stages` take, in seconds."""
        return sum(self.history.steps(stage) for stage in stages) * step_seconds


def say_left(seconds: float | None) -> str:
    """A time left in words: "about 2 min left" above 90 s, "about 40 s left" in 10-s steps below,
    "a few seconds left" under 10 s, and "" when there is no estimate."""
    if seconds is None:
        return ""
    if seconds < 10:
        return "a few seconds left"
    if seconds < 90:
        return f"about {int(seconds / 10 + 0.5) * 10} s left"
    return f"about {int(seconds / 60 + 0.5)} min left"
