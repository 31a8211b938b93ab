"""One chat turn on a worker thread, so that a rerun or a reload of the page does not cancel it."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from app.engine import Engine, WorkLog
from assistant import Reply
from assistant import presentation as view
from storage import LOCAL_OWNER
from zone_tools.time_left import TimeLeft

LOG = logging.getLogger("zone.app")
WAITING = {
    "queued": "Waiting for the GPU: another edit is running…",
    "loading": "Loading the models (first time only)…",
    "starting": "Starting…",
    "thinking": "Working…",
}


def moved_on_text(shown: int | None, current: int | None) -> str:
    """Why a turn was refused: the session's current round is no longer the one the page showed."""
    now = "it has no round" if current is None else f"round {current} is current"
    was = "no round" if shown is None else f"round {shown}"
    return (
        f"The session moved on: {now} now (changed from another page), while this page showed {was}. "
        "I did nothing; look at the session as it is and send your message again if it still applies."
    )


@dataclass
class EditJob:
    """A turn of one session for its owner: its words, its photo, and the round the page showed as current.

    `shown_round_id` guards against edits built on a round the person never saw: when another page
    moved the session on in the meantime, the turn is refused (`refusal`) instead of sent. `time_left`
    watches the edit's progress, so the caption can say how long is left.
    """

    session_id: str
    text: str
    image: Image.Image | None
    shown_round_id: int | None = None
    owner: str = LOCAL_OWNER
    stage: tuple[int, int, str] = (0, 0, "starting")
    reply: Reply | None = None
    error: BaseException | None = None
    refusal: str | None = None
    load_seconds: float | None = None
    time_left: TimeLeft = field(default_factory=TimeLeft)
    done: threading.Event = field(default_factory=threading.Event)

    def start(self, engine: Engine, send_kwargs: dict[str, Any], log: WorkLog | None = None) -> None:
        """Run the turn in the background."""
        threading.Thread(
            target=self._run, args=(engine, send_kwargs, log), daemon=True, name=f"zone-turn-{self.session_id[:8]}"
        ).start()

    @property
    def sending(self) -> bool:
        """True once the turn reached the assistant (its message is then in the transcript)."""
        return self.stage[2] not in ("queued", "loading", "starting")

    def _run(self, engine: Engine, send_kwargs: dict[str, Any], log: WorkLog | None) -> None:
        """Wait for the device, check the session did not move on, load the models if needed, send."""
        if not engine.lock.acquire(blocking=False):
            self.stage = (0, 0, "queued")
            engine.lock.acquire()
        try:
            self.refusal = self._moved_on(engine)
            if self.refusal is not None:
                return
            if self.text and not engine.loaded:
                self.stage = (0, 0, "loading")
                engine.load()
                self.load_seconds = engine.load_seconds
            self.stage = (0, 0, "thinking")
            self.reply = engine.assistant(self.owner).send(
                self.session_id, self.text, self.image, on_progress=self._progress, **send_kwargs
            )
            if log is not None:
                self._record(engine, log)
        except Exception as error:  # said to the user in plain words, logged in full
            LOG.exception("a chat turn failed")
            self.error = error
        finally:
            engine.lock.release()
            self.done.set()

    def _moved_on(self, engine: Engine) -> str | None:
        """The refusal when a turn without a photo would start from a round the page did not show."""
        if self.image is not None:
            return None
        store = engine.assistant(self.owner).store
        current = store.current_round(self.session_id)
        if (current.id if current else None) == self.shown_round_id:
            return None
        shown = store.round(self.shown_round_id).index if self.shown_round_id is not None else None
        return moved_on_text(shown, current.index if current else None)

    def _record(self, engine: Engine, log: WorkLog) -> None:
        """Keep what the turn did under its reply's message (the last one: turns hold the device lock)."""
        messages = engine.assistant(self.owner).store.messages(self.session_id)
        if messages and messages[-1].role == "assistant" and self.reply is not None:
            log.record(
                messages[-1].id,
                {"tool_calls": list(self.reply.tool_calls or []), "compare": getattr(self.reply, "compare", None)},
            )

    def _progress(self, step: int, total: int, stage: str) -> None:
        self.time_left(step, total, stage)
        self.stage = (step, total, stage)

    def caption(self) -> tuple[float, str]:
        """Where the progress bar stands and what it says (with the load time when this turn loaded, and
        the time left once it is known)."""
        step, total, stage = self.stage
        if stage in WAITING:
            fraction, text = 0.0, WAITING[stage]
        else:
            fraction, text = view.progress_fraction(step, total, stage), view.progress_text(step, total, stage)
            text = self.time_left.after(text)
        if self.load_seconds is not None:
            text = f"Models loaded in {self.load_seconds:.1f} s. {text}"
        return fraction, text
