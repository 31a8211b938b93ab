"""The app's edit jobs: turns queue on one lock per device, report progress, load models once,
release the device on failure, refuse a turn when the session moved on, and are found again by
session. The assistant is a stand-in, so these run in milliseconds."""

from __future__ import annotations

import io
import threading
import time
import zipfile
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from PIL import Image

from app.choices import EditChoices
from app.engine import Engine, RunningJobs, WorkLog
from app.exports import exported, file_stem
from app.jobs import EditJob
from assistant import Reply
from storage import Store
from zone_tools.time_left import StageHistory, TimeLeft


class FakeEditor:
    def __init__(self, loaded: bool = True) -> None:
        self.is_loaded = loaded
        self.loads = 0

    def load(self) -> float:
        self.loads += 1
        self.is_loaded = True
        return 1.5


class FakeStore:
    """The store reads a job makes: the current round, a round's number, the transcript."""

    def __init__(self) -> None:
        self.current: SimpleNamespace | None = None
        self.transcript: list[SimpleNamespace] = []

    def current_round(self, session_id: str) -> SimpleNamespace | None:
        return self.current

    def round(self, round_id: int) -> SimpleNamespace:
        return SimpleNamespace(id=round_id, index=round_id - 10)

    def messages(self, session_id: str) -> list[SimpleNamespace]:
        return self.transcript


class FakeAssistant:
    """Sends block until `release` is set; each reports one denoising step first."""

    def __init__(self, editor: FakeEditor | None = None, fail: bool = False) -> None:
        self.editor = editor or FakeEditor()
        self.store = FakeStore()
        self.release = threading.Event()
        self.sent: list[tuple[str, str, dict[str, Any]]] = []
        self.fail = fail
        self.owners: list[str] = []

    def send(
        self,
        session_id: str,
        text: str,
        image: Any = None,
        *,
        on_progress: Callable[[int, int, str], None],
        **kwargs: Any,
    ) -> Reply:
        on_progress(1, 20, "denoise")
        self.release.wait(10)
        if self.fail:
            raise RuntimeError("CUDA out of memory")
        self.sent.append((session_id, text, kwargs))
        self.store.transcript.append(SimpleNamespace(id=len(self.store.transcript) + 1, role="assistant"))
        return Reply(text=f"did {text}", tool_calls=[{"name": "edit_image", "args": {"instruction": text}}])


def engine_of(assistant: FakeAssistant, lock: threading.Lock) -> Engine:
    """An engine whose every owner gets `assistant` (it records who asked)."""

    def make(owner: str) -> FakeAssistant:
        assistant.owners.append(owner)
        return assistant

    return Engine(assistant.editor, lock, make)


def wait_for(condition: Callable[[], bool], seconds: float = 5) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def test_a_second_turn_queues_until_the_device_is_free() -> None:
    assistant = FakeAssistant()
    engine = engine_of(assistant, threading.Lock())
    first, second = EditJob("s", "first", None), EditJob("t", "second", None)
    first.start(engine, {"params": {"steps": 2}})
    wait_for(lambda: first.stage == (1, 20, "denoise"))
    assert first.sending
    assert first.caption() == (pytest.approx(0.04), "Denoising: step 1 of 20")
    second.start(engine, {})
    wait_for(lambda: second.stage[2] == "queued")
    assert not second.sending
    assert second.caption()[1].startswith("Waiting for the GPU")
    assistant.release.set()
    assert first.done.wait(5) and second.done.wait(5)
    assert [text for _, text, _ in assistant.sent] == ["first", "second"]
    assert assistant.sent[0][2] == {"params": {"steps": 2}}
    assert first.reply.text == "did first" and first.error is None


class SteppingAssistant(FakeAssistant):
    """Reports two denoising steps of 12 s on `clock`, then blocks until `release` is set."""

    def __init__(self, clock: list[float]) -> None:
        super().__init__()
        self.clock = clock
        self.reported = threading.Event()

    def send(self, session_id: str, text: str, image: Any = None, *, on_progress: Any, **kwargs: Any) -> Reply:
        for step in (1, 2):
            self.clock[0] += 12
            on_progress(step, 20, "denoise")
        self.reported.set()
        self.release.wait(10)
        return Reply(text=f"did {text}")


def test_the_caption_says_the_time_left_once_a_step_was_timed() -> None:
    """18 steps of 12 s and the later stages (7.5 steps by default) left: about 5 min."""
    clock = [0.0]
    assistant = SteppingAssistant(clock)
    job = EditJob("s", "make it blue", None, time_left=TimeLeft(lambda: clock[0], StageHistory()))
    job.start(engine_of(assistant, threading.Lock()), {})
    assert assistant.reported.wait(5)
    assert job.caption()[1] == "Denoising: step 2 of 20, about 5 min left"
    assistant.release.set()
    assert job.done.wait(5)


def test_the_first_turn_loads_the_models_once_and_says_how_long() -> None:
    editor = FakeEditor(loaded=False)
    assistant = FakeAssistant(editor)
    assistant.release.set()
    engine = engine_of(assistant, threading.Lock())
    job = EditJob("s", "remove the cup", None)
    job.start(engine, {})
    assert job.done.wait(5)
    assert engine.load_seconds == 1.5 and job.load_seconds == 1.5
    assert job.caption()[1].startswith("Models loaded in 1.5 s.")
    again = EditJob("s", "make it blue", None)
    again.start(engine, {})
    assert again.done.wait(5)
    assert editor.loads == 1 and again.load_seconds is None


def test_an_upload_without_words_does_not_load_the_models() -> None:
    editor = FakeEditor(loaded=False)
    assistant = FakeAssistant(editor)
    assistant.release.set()
    job = EditJob("s", "", Image.new("RGB", (64, 64)))
    job.start(engine_of(assistant, threading.Lock()), {})
    assert job.done.wait(5)
    assert editor.loads == 0 and job.reply is not None


def test_a_failed_turn_keeps_its_error_and_frees_the_device() -> None:
    assistant = FakeAssistant(fail=True)
    assistant.release.set()
    lock = threading.Lock()
    job = EditJob("s", "remove the cup", None)
    job.start(engine_of(assistant, lock), {})
    assert job.done.wait(5)
    assert isinstance(job.error, RuntimeError) and job.reply is None
    assert lock.acquire(blocking=False)


def test_a_turn_on_a_round_the_page_did_not_show_is_refused() -> None:
    """Item 19: page B showed round 1 (id 11); page A's edit made round 2 (id 12) current since."""
    assistant = FakeAssistant()
    assistant.release.set()
    assistant.store.current = SimpleNamespace(id=12, index=2)
    job = EditJob("s", "make it blue", None, shown_round_id=11)
    job.start(engine_of(assistant, threading.Lock()), {})
    assert job.done.wait(5)
    assert assistant.sent == [] and job.reply is None
    assert job.refusal.startswith("The session moved on: round 2 is current now")
    assert "this page showed round 1" in job.refusal
    shown_current = EditJob("s", "make it blue", None, shown_round_id=12)
    shown_current.start(engine_of(assistant, threading.Lock()), {})
    assert shown_current.done.wait(5)
    assert shown_current.refusal is None and [text for _, text, _ in assistant.sent] == ["make it blue"]


def test_a_new_photo_is_never_refused_for_a_moved_session() -> None:
    assistant = FakeAssistant()
    assistant.release.set()
    assistant.store.current = SimpleNamespace(id=12, index=2)
    job = EditJob("s", "make it blue", Image.new("RGB", (64, 64)), shown_round_id=11)
    job.start(engine_of(assistant, threading.Lock()), {})
    assert job.done.wait(5)
    assert job.refusal is None and job.reply is not None


def test_running_jobs_are_found_by_session_until_a_page_clears_them() -> None:
    """Item 20: a reloaded page finds its session's running turn; one turn per session at a time."""
    assistant = FakeAssistant()
    jobs = RunningJobs()
    job = EditJob("s", "first", None)
    assert jobs.add(job)
    job.start(engine_of(assistant, threading.Lock()), {})
    assert jobs.get("s") is job and jobs.get("t") is None and jobs.get(None) is None
    assert not jobs.add(EditJob("s", "second", None))
    assert jobs.add(EditJob("t", "elsewhere", None))
    assistant.release.set()
    assert job.done.wait(5)
    jobs.clear(EditJob("s", "not this one", None))
    assert jobs.get("s") is job
    jobs.clear(job)
    assert jobs.get("s") is None


def test_the_work_of_a_turn_is_kept_under_its_reply() -> None:
    assistant = FakeAssistant()
    assistant.release.set()
    log = WorkLog()
    job = EditJob("s", "make it blue", None)
    job.start(engine_of(assistant, threading.Lock()), {}, log)
    assert job.done.wait(5)
    entry = log.get(assistant.store.transcript[-1].id)
    assert entry["tool_calls"] == [{"name": "edit_image", "args": {"instruction": "make it blue"}}]


def test_settings_send_the_rectangle_as_a_mask_of_the_base_size() -> None:
    choices = EditChoices({"steps": 4}, "remove", box=(0.5, 0.0, 1.0, 0.5))
    kwargs = choices.send_kwargs((200, 100))
    assert kwargs["params"] == {"steps": 4} and kwargs["action"] == "remove"
    assert kwargs["mask"].size == (200, 100)
    assert kwargs["mask"].getbbox() == (100, 0, 200, 50)
    assert EditChoices({}, None).send_kwargs((200, 100))["mask"] is None


def test_exports_are_the_store_bundle_and_page(db_url: str) -> None:
    store = Store(db_url)
    session_id = store.create_session("Mug")
    store.add_round(session_id, Image.new("RGB", (32, 32), (200, 30, 30)))
    bundle = exported(lambda path: store.export_bundle(session_id, path), ".zip")
    page = exported(lambda path: store.export_html(session_id, path), ".html")
    assert zipfile.ZipFile(io.BytesIO(bundle)).read("manifest.json")
    assert b"<html" in page.lower() and b"Mug" in page
    store.close()


def test_download_names_carry_the_title_and_nothing_else() -> None:
    assert file_stem("My Coffee: take 2!") == "zone-my-coffee-take-2"
    assert file_stem(None) == file_stem("") == file_stem("☕") == "zone-session"


def test_each_owner_has_an_assistant_of_their_own_over_one_editor() -> None:
    made: list[str] = []
    editor = FakeEditor()

    def make(owner: str) -> SimpleNamespace:
        made.append(owner)
        return SimpleNamespace(owner=owner, editor=editor)

    engine = Engine(editor, threading.Lock(), make)
    alice, bob = engine.assistant("iss#alice"), engine.assistant("iss#bob")
    assert (alice.owner, bob.owner) == ("iss#alice", "iss#bob")
    assert engine.assistant("iss#alice") is alice and made == ["iss#alice", "iss#bob"]
    assert alice.editor is bob.editor is engine.editor


def test_a_turn_goes_through_its_owners_assistant() -> None:
    assistant = FakeAssistant()
    assistant.release.set()
    job = EditJob("s", "make it blue", None, owner="iss#alice")
    job.start(engine_of(assistant, threading.Lock()), {})
    assert job.done.wait(5)
    assert set(assistant.owners) == {"iss#alice"}
