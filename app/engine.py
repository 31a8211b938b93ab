"""What the whole process shares: the store, the assistant over one editor, one lock per device,
the turns running now (one per session) and what each finished turn did."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

import streamlit as st

from assistant import Assistant
from serving.client import editor_from_env
from storage import Store


class Job(Protocol):
    """What the registry of running turns reads of a job (`app.jobs.EditJob`)."""

    session_id: str
    done: threading.Event


class Engine:
    """The process's editor, the lock of its device, the models' load time, and one assistant per owner.

    Every person's turns go through an assistant of their own (`Assistant(owner=...)`), which opens
    only their sessions; all of them share the one editor, so the models load once.
    """

    def __init__(self, editor: Any, lock: threading.Lock, make_assistant: Callable[[str], Any]) -> None:
        self.editor = editor
        self.lock = lock
        self.load_seconds: float | None = None
        self._make_assistant = make_assistant
        self._assistants: dict[str, Any] = {}
        self._assistants_lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return bool(self.editor.is_loaded)

    def load(self) -> None:
        """Load the models now (the first edit of the process), timing it."""
        if not self.loaded:
            seconds = self.editor.load()
            self.load_seconds = self.load_seconds or seconds

    def assistant(self, owner: str) -> Any:
        """The assistant acting for `owner` (made on first use, then kept)."""
        with self._assistants_lock:
            if owner not in self._assistants:
                self._assistants[owner] = self._make_assistant(owner)
            return self._assistants[owner]


J = TypeVar("J", bound=Job)


class RunningJobs(Generic[J]):
    """The turn running on each session, process-wide, so a reloaded page finds and follows it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs: dict[str, J] = {}

    def get(self, session_id: str | None) -> J | None:
        """The job of `session_id` that no page has cleared yet (running or just ended)."""
        if session_id is None:
            return None
        with self._lock:
            return self._jobs.get(session_id)

    def add(self, job: J) -> bool:
        """Register `job` for its session; False when another job of that session is still running."""
        with self._lock:
            running = self._jobs.get(job.session_id)
            if running is not None and not running.done.is_set():
                return False
            self._jobs[job.session_id] = job
            return True

    def clear(self, job: J) -> None:
        """Forget `job` once a page has shown its end (a newer job of the session stays)."""
        with self._lock:
            if self._jobs.get(job.session_id) is job:
                del self._jobs[job.session_id]


class WorkLog:
    """What each assistant message's turn did (tool calls, rounds to compare), by message id.

    The transcript in the store keeps the words; this keeps, for this process's lifetime, the
    work behind them that the page shows under each reply.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[int, dict[str, Any]] = {}

    def record(self, message_id: int, entry: dict[str, Any]) -> None:
        with self._lock:
            self._entries[message_id] = entry

    def get(self, message_id: int) -> dict[str, Any] | None:
        with self._lock:
            return self._entries.get(message_id)


@st.cache_resource(show_spinner=False)
def get_store(db_url: str) -> Store:
    """The session store for ZONE_DB_URL (empty: the default SQLite file)."""
    return Store(db_url or None)


@st.cache_resource(show_spinner=False)
def device_lock(device: str) -> threading.Lock:
    """One lock per device: edits from all browser tabs queue on it."""
    return threading.Lock()


@st.cache_resource(show_spinner=False)
def get_engine(db_url: str, models: str, device: str) -> Engine:
    """The editor for ZONE_MODELS and the assistants over this store; the models load on the first edit."""
    store, editor = get_store(db_url), editor_from_env(models)
    return Engine(editor, device_lock(device), lambda owner: Assistant(store, editor, owner=owner))


@st.cache_resource(show_spinner=False)
def running_jobs(db_url: str) -> RunningJobs[Any]:
    """The turns running on the sessions of this store."""
    return RunningJobs()


@st.cache_resource(show_spinner=False)
def work_log(db_url: str) -> WorkLog:
    """What the finished turns on this store did."""
    return WorkLog()
