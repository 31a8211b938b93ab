"""The terminal progress bar of `zone edit` and `zone chat`: the stage, how far it is, and the time left.

tqdm's own remaining time would be the current stage's alone, so the bar shows `TimeLeft`'s words for
the whole edit in its place ("denoising: 15%|██  | 3/20 [00:31, about 2 min left]").
"""

from __future__ import annotations

from typing import TextIO

from tqdm import tqdm

from zone_tools.time_left import TimeLeft

STAGE_LABELS = {
    "download": "downloading models",
    "denoise": "denoising",
    "localize": "localizing",
    "segment": "segmenting",
    "smooth": "smoothing",
    "blend": "blending",
}

BAR_FORMAT = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}{postfix}]"


class ProgressBar:
    """A bar on stderr (or `file`) that progress reports move (call it as `on_progress`); a context manager.

    With `first`, the bar shows at once with that label (`zone edit` loads the models before the
    first report); without it, it shows at the first report, so a turn that edits nothing shows none.
    `leave` keeps the finished bar on the screen; `time_left` is the estimator (a fresh one by default).
    """

    def __init__(
        self,
        first: str | None = None,
        *,
        leave: bool = True,
        file: TextIO | None = None,
        time_left: TimeLeft | None = None,
    ) -> None:
        self.time_left = TimeLeft() if time_left is None else time_left
        self._leave, self._file = leave, file
        self._bar = None if first is None else self._open(first)

    def __call__(self, done: int, total: int, stage: str) -> None:
        self.time_left(done, total, stage)
        bar = self._bar or self._open(STAGE_LABELS.get(stage, stage))
        bar.set_description(STAGE_LABELS.get(stage, stage), refresh=False)
        bar.total = total
        bar.n = done
        bar.set_postfix_str(self.time_left.text(), refresh=False)
        bar.refresh()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()

    def _open(self, label: str) -> tqdm:
        self._bar = tqdm(total=1, unit="step", desc=label, bar_format=BAR_FORMAT, leave=self._leave, file=self._file)
        return self._bar
