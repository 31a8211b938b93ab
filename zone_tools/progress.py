"""The one progress-callback type of zone_tools, and the callback in force while an edit or a load runs.

A `ProgressCallback(done, total, stage)` is told how far a stage is: denoising steps ("denoise"),
the later stages ("localize", "segment", "smooth", "blend", each 1..4 of 4), and downloads of
missing models on first use ("download": bytes of a file, or files of a hub snapshot; total 0
when unknown). `reporting(callback)` makes the callback reachable from models loaded lazily
inside the block (SAM loads in the middle of an edit) without threading it through every loader.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

ProgressCallback = Callable[[int, int, str], None]

_current: ContextVar[ProgressCallback | None] = ContextVar("zone_progress", default=None)


def current() -> ProgressCallback | None:
    """The callback of the innermost `reporting` block of this thread, if any."""
    return _current.get()


@contextmanager
def reporting(callback: ProgressCallback | None) -> Iterator[None]:
    """Within the block, `current()` is `callback` (None keeps the enclosing one)."""
    if callback is None:
        yield
        return
    token = _current.set(callback)
    try:
        yield
    finally:
        _current.reset(token)
