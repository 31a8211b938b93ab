"""The time-left estimate: its arithmetic on scripted progress reports under a scripted clock, and its
words. No model runs and nothing sleeps."""

from __future__ import annotations

import pytest

from zone_tools.editor import LATER_STAGES
from zone_tools.time_left import DEFAULT_STEPS_PER_STAGE, StageHistory, TimeLeft, say_left

DEFAULT_LATER = sum(DEFAULT_STEPS_PER_STAGE.values())
"""The later stages' default duration, in step times (7.5)."""


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def watcher(history: StageHistory | None = None) -> tuple[TimeLeft, Clock]:
    clock = Clock()
    return TimeLeft(clock, StageHistory() if history is None else history), clock


def run_edit(
    left: TimeLeft, clock: Clock, steps: int, step_seconds: float, stage_seconds: dict[str, float]
) -> list[float | None]:
    """One edit's reports, each after its time on the clock; the estimate after each report."""
    seen = []
    for step in range(1, steps + 1):
        clock.now += step_seconds
        left(step, steps, "denoise")
        seen.append(left.left())
    for index, stage in enumerate(LATER_STAGES, start=1):
        clock.now += stage_seconds[stage]
        left(index, len(LATER_STAGES), stage)
        seen.append(left.left())
    return seen


CPU_STAGES = {"localize": 4.0, "segment": 75.0, "smooth": 1.0, "blend": 2.0}
"""A 2-core CPU's later stages in seconds (SAM ViT-H's encoder is the long one)."""


def test_the_defaults_cover_the_editors_later_stages_in_order() -> None:
    assert tuple(DEFAULT_STEPS_PER_STAGE) == LATER_STAGES


def test_no_estimate_before_a_step_was_timed() -> None:
    left, clock = watcher()
    assert left.left() is None and left.text() == ""
    clock.now += 12
    left(1, 20, "denoise")
    assert left.left() is None and left.text() == ""


def test_a_step_report_at_zero_times_the_first_step() -> None:
    """An editor that reports step 0 when denoising starts gets an estimate after the first step."""
    left, clock = watcher()
    left(0, 20, "denoise")
    assert left.left() is None
    clock.now += 12
    left(1, 20, "denoise")
    assert left.left() == pytest.approx(19 * 12 + DEFAULT_LATER * 12)


def test_slow_cpu_steps_on_a_first_edit_use_the_default_later_stages() -> None:
    """First edit of the process: the steps are measured, the later stages are the default multiples."""
    left, clock = watcher()
    seen = run_edit(left, clock, 20, 12.0, CPU_STAGES)
    assert seen[0] is None
    assert seen[1] == pytest.approx(18 * 12 + DEFAULT_LATER * 12)  # 306 s
    assert left.step_seconds == pytest.approx(12.0)
    assert seen[19] == pytest.approx(DEFAULT_LATER * 12)  # denoising done: the later stages
    assert seen[20] == pytest.approx((6.0 + 0.5 + 0.5) * 12)  # localized: segment, smooth, blend left
    assert seen[21] == pytest.approx(1.0 * 12)  # segmented: smooth and blend left
    assert seen[23] is None  # blended: the edit is done, nothing to estimate


def test_a_second_edit_knows_the_later_stages_from_the_first() -> None:
    history = StageHistory()
    first, clock = watcher(history)
    run_edit(first, clock, 20, 12.0, CPU_STAGES)
    assert history.steps_per_stage == pytest.approx({stage: s / 12.0 for stage, s in CPU_STAGES.items()})
    second = TimeLeft(clock, history)
    seen = run_edit(second, clock, 20, 12.0, CPU_STAGES)
    assert seen[1] == pytest.approx(18 * 12 + sum(CPU_STAGES.values()))
    assert seen[20] == pytest.approx(75 + 1 + 2)


def test_stage_history_is_in_step_times_so_a_faster_device_scales_it() -> None:
    """Measured on a CPU (12 s steps), used by edits with 0.06 s steps: the stages scale by 200."""
    history = StageHistory()
    cpu, clock = watcher(history)
    run_edit(cpu, clock, 20, 12.0, CPU_STAGES)
    gpu = TimeLeft(clock, history)
    seen = run_edit(gpu, clock, 50, 0.06, {stage: s / 200 for stage, s in CPU_STAGES.items()})
    assert seen[1] == pytest.approx(48 * 0.06 + sum(CPU_STAGES.values()) / 200)
    assert say_left(seen[1]) == "a few seconds left"


def test_gpu_like_fast_steps() -> None:
    left, clock = watcher()
    seen = run_edit(left, clock, 50, 0.08, {"localize": 0.05, "segment": 0.6, "smooth": 0.02, "blend": 0.03})
    assert seen[9] == pytest.approx(40 * 0.08 + DEFAULT_LATER * 0.08)
    assert left.text() == ""


def test_a_removal_two_models_per_step_is_in_the_measured_step_time() -> None:
    """A removal's step runs two UNets: its 20 s steps (an add's would be 10 s) set the steps left and stages."""
    remove, clock = watcher()
    clock.now += 20
    remove(1, 20, "denoise")
    clock.now += 20
    remove(2, 20, "denoise")
    assert remove.step_seconds == pytest.approx(20.0)
    assert remove.left() == pytest.approx(18 * 20 + DEFAULT_LATER * 20)
    assert remove.text() == "about 9 min left"


def test_between_reports_it_counts_down_but_not_below_the_work_after_the_running_step() -> None:
    left, clock = watcher()
    clock.now += 10
    left(1, 4, "denoise")
    clock.now += 10
    left(2, 4, "denoise")
    after_step_two = 2 * 10 + DEFAULT_LATER * 10
    clock.now += 4
    assert left.left() == pytest.approx(after_step_two - 4)
    clock.now += 60
    assert left.left() == pytest.approx(after_step_two - 10)


def test_a_new_edit_restarts_the_step_timing() -> None:
    """Step 1 again, or other steps, begin another edit: its own step time, never the last edit's."""
    left, clock = watcher()
    run_edit(left, clock, 5, 12.0, CPU_STAGES)
    clock.now += 1
    left(1, 5, "denoise")
    assert left.left() is None and left.step_seconds is None
    clock.now += 3
    left(2, 5, "denoise")
    assert left.step_seconds == pytest.approx(3.0)
    clock.now += 3
    left(1, 8, "denoise")  # a second edit of the same turn started before the first ended
    assert left.step_seconds is None and left.left() is None


def test_a_download_between_steps_is_not_a_step() -> None:
    left, clock = watcher()
    for step in (1, 2):
        clock.now += 10
        left(step, 20, "denoise")
    clock.now += 5
    left(10, 100, "download")
    clock.now += 300
    left(3, 20, "denoise")
    assert left.step_seconds == pytest.approx(10.0)


def test_downloads_are_estimated_from_the_byte_rate_when_the_size_is_known() -> None:
    left, clock = watcher()
    left(0, 1000, "download")
    assert left.left() is None
    clock.now += 2
    left(100, 1000, "download")
    assert left.left() == pytest.approx(900 / 50)
    clock.now += 2
    left(300, 1000, "download")
    assert left.left() == pytest.approx(700 / 75)
    clock.now += 1
    left(50, 4000, "download")  # the next file: its own rate
    assert left.left() is None
    clock.now += 1
    left(250, 4000, "download")
    assert left.left() == pytest.approx(3750 / 200)
    left(4000, 4000, "download")
    assert left.left() is None


def test_downloads_of_unknown_size_have_no_estimate() -> None:
    left, clock = watcher()
    for done in (0, 100, 200):
        clock.now += 1
        left(done, 0, "download")
        assert left.left() is None


def test_a_download_inside_a_stage_is_not_counted_as_the_stage() -> None:
    """Segment Anything downloaded on first use: the segment stage is timed from the last download report."""
    history = StageHistory()
    left, clock = watcher(history)
    for step in (1, 2):
        clock.now += 10
        left(step, 2, "denoise")
    clock.now += 5
    left(1, 4, "localize")
    for done in (0, 500, 1000):
        clock.now += 100
        left(done, 1000, "download")
    clock.now += 30
    left(2, 4, "segment")
    assert history.steps_per_stage["segment"] == pytest.approx(3.0)


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (None, ""),
        (0.0, "a few seconds left"),
        (9.9, "a few seconds left"),
        (10.0, "about 10 s left"),
        (14.9, "about 10 s left"),
        (15.0, "about 20 s left"),
        (44.0, "about 40 s left"),
        (89.0, "about 90 s left"),
        (90.0, "about 2 min left"),
        (149.0, "about 2 min left"),
        (151.0, "about 3 min left"),
        (13 * 60, "about 13 min left"),
    ],
)
def test_words(seconds: float | None, words: str) -> None:
    assert say_left(seconds) == words
