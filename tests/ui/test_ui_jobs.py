"""The app's edit jobs: turns queue on one lock per device, report progress, load models once and
release the device on failure. The assistant is a stand-in, so these run in milliseconds."""

from __future__ import annotations

import importlib.util
import io
import sys
import threading
import time
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator

import pytest
from PIL import Image

from assistant import Reply
from storage import Store

APP = Path(__file__).resolve().parents[2] / "streamlit_app.py"


@pytest.fixture(scope="module")
def app() -> Iterator[ModuleType]:
    """streamlit_app imported as a module (its page only runs as a script)."""
    spec = importlib.util.spec_from_file_location("streamlit_app_under_test", APP)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


class FakeEditor:
    def __init__(self, loaded: bool = True) -> None:
        self.is_loaded = loaded
        self.loads = 0

    def load(self) -> float:
        self.loads += 1
        self.is_loaded = True
        return 1.5


class FakeAssistant:
    """Sends block until `release` is set; each reports one denoising step first."""

    def __init__(self, editor: FakeEditor | None = None, fail: bool = False) -> None:
        self.editor = editor or FakeEditor()
        self.release = threading.Event()
        self.sent: list[tuple[str, str, dict[str, Any]]] = []
        self.fail = fail

    def new_session(self, title: str | None = None) -> str:
        return "new-session"

    def send(self, session_id: str, text: str, image: Any = None, *,
             on_progress: Callable[[int, int, str], None], **kwargs: Any) -> Reply:
        on_progress(1, 20, "denoise")
        self.release.wait(10)
        if self.fail:
            raise RuntimeError("CUDA out of memory")
        self.sent.append((session_id, text, kwargs))
        return Reply(text=f"did {text}")


def wait_for(condition: Callable[[], bool], seconds: float = 5) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def test_a_second_turn_queues_until_the_device_is_free(app: ModuleType) -> None:
    assistant = FakeAssistant()
    engine = app.Engine(assistant, threading.Lock())
    first, second = app.EditJob("s", "first", None), app.EditJob("s", "second", None)
    first.start(engine, {"params": {"steps": 2}})
    wait_for(lambda: first.stage == (1, 20, "denoise"))
    assert first.caption() == (pytest.approx(0.04), "Denoising: step 1 of 20")
    second.start(engine, {})
    wait_for(lambda: second.stage[2] == "queued")
    assert second.caption()[1].startswith("Waiting for the GPU")
    assistant.release.set()
    assert first.done.wait(5) and second.done.wait(5)
    assert [text for _, text, _ in assistant.sent] == ["first", "second"]
    assert assistant.sent[0][2] == {"params": {"steps": 2}}
    assert first.reply.text == "did first" and first.error is None


def test_the_first_turn_loads_the_models_once_and_says_how_long(app: ModuleType) -> None:
    editor = FakeEditor(loaded=False)
    assistant = FakeAssistant(editor)
    assistant.release.set()
    engine = app.Engine(assistant, threading.Lock())
    job = app.EditJob(None, "remove the cup", None)
    job.start(engine, {})
    assert job.done.wait(5)
    assert job.session_id == "new-session"
    assert engine.load_seconds == 1.5 and job.load_seconds == 1.5
    assert job.caption()[1].startswith("Models loaded in 1.5 s.")
    again = app.EditJob("new-session", "make it blue", None)
    again.start(engine, {})
    assert again.done.wait(5)
    assert editor.loads == 1 and again.load_seconds is None


def test_an_upload_without_words_does_not_load_the_models(app: ModuleType) -> None:
    editor = FakeEditor(loaded=False)
    assistant = FakeAssistant(editor)
    assistant.release.set()
    job = app.EditJob("s", "", None)
    job.start(app.Engine(assistant, threading.Lock()), {})
    assert job.done.wait(5)
    assert editor.loads == 0 and job.reply is not None


def test_a_failed_turn_keeps_its_error_and_frees_the_device(app: ModuleType) -> None:
    assistant = FakeAssistant(fail=True)
    assistant.release.set()
    lock = threading.Lock()
    job = app.EditJob("s", "remove the cup", None)
    job.start(app.Engine(assistant, lock), {})
    assert job.done.wait(5)
    assert isinstance(job.error, RuntimeError) and job.reply is None
    assert lock.acquire(blocking=False)


def test_settings_send_the_rectangle_as_a_mask_of_the_base_size(app: ModuleType) -> None:
    settings = app.EditSettings({"steps": 4}, "remove", box=(0.5, 0.0, 1.0, 0.5))
    kwargs = settings.send_kwargs((200, 100))
    assert kwargs["params"] == {"steps": 4} and kwargs["action"] == "remove"
    assert kwargs["mask"].size == (200, 100)
    assert kwargs["mask"].getbbox() == (100, 0, 200, 50)
    assert app.EditSettings({}, None).send_kwargs((200, 100))["mask"] is None


def test_exports_are_the_store_bundle_and_page(app: ModuleType, db_url: str) -> None:
    store = Store(db_url)
    session_id = store.create_session("Mug")
    store.add_round(session_id, Image.new("RGB", (32, 32), (200, 30, 30)))
    bundle = app.exported(store.export_bundle, session_id, ".zip")
    page = app.exported(store.export_html, session_id, ".html")
    assert zipfile.ZipFile(io.BytesIO(bundle)).read("manifest.json")
    assert b"<html" in page.lower() and b"Mug" in page
    store.close()
