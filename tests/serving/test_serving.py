"""Edits through the Ray Serve workers: same results, progress and errors as in-process, several
sessions at once, and a replica killed mid-edit."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
import torch
from pg_server import PostgresServer
from PIL import Image

from assistant import Assistant
from serving.client import EditorUnavailableError, RemoteEditor, editor_from_env
from settings import Settings
from storage import Store
from zone_tools.editor import ZoneEditor
from zone_tools.errors import BadImageError, BadInstructionError

ray = pytest.importorskip("ray")
serve = pytest.importorskip("ray.serve")
skimage_data = pytest.importorskip("skimage.data")


@pytest.fixture(scope="module")
def photo() -> Image.Image:
    return Image.fromarray(skimage_data.coffee()).resize((160, 120))


def _in_process(photo: Image.Image, instruction: str, **options: object) -> tuple[object, list[tuple]]:
    """The same edit in this process, on one thread as a replica runs (sums in the same order)."""
    steps: list[tuple] = []
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        result = ZoneEditor.tiny().edit(photo, instruction, on_progress=lambda *a: steps.append(a), **options)
    finally:
        torch.set_num_threads(threads)
    return result, steps


def test_remote_edit_matches_in_process_edit(workers: str, photo: Image.Image) -> None:
    steps: list[tuple] = []
    remote = RemoteEditor(workers).edit(photo, "make the cup blue", seed=3, on_progress=lambda *a: steps.append(a))
    local, local_steps = _in_process(photo, "make the cup blue", seed=3)
    assert steps == local_steps
    assert steps[0] == (1, 20, "denoise") and [s[2] for s in steps[-4:]] == ["localize", "segment", "smooth", "blend"]
    for name in ("image", "layer", "working_canvas"):
        assert np.array_equal(np.asarray(getattr(remote, name)), np.asarray(getattr(local, name))), name
    for name in ("working_mask", "working_refined_mask", "working_rough_mask", "attention"):
        assert np.array_equal(getattr(remote, name), getattr(local, name)), name
    assert (remote.action, remote.seed, remote.beta, remote.notes) == (
        local.action,
        local.seed,
        local.beta,
        local.notes,
    )
    assert remote.image.size == photo.size and remote.layer.mode == "RGBA"


def test_remote_errors_are_the_same_sentences(workers: str, photo: Image.Image) -> None:
    remote = RemoteEditor(workers)
    with pytest.raises(BadInstructionError) as remote_error:
        remote.edit(photo, "   ")
    with pytest.raises(BadInstructionError) as local_error:
        ZoneEditor.tiny().edit(photo, "   ")
    assert str(remote_error.value) == str(local_error.value)
    with pytest.raises(BadImageError):
        remote.edit(b"not an image", "make the cup blue")
    with pytest.raises(ValueError):
        remote.edit(photo, "make the cup blue", params={"no_such_setting": 1})


def test_unreachable_workers_say_so_in_one_sentence(photo: Image.Image) -> None:
    with pytest.raises(EditorUnavailableError, match="nothing was stored"):
        RemoteEditor("http://127.0.0.1:9", timeout=5).edit(photo, "make the cup blue")


def test_editor_from_env_picks_the_workers_when_named() -> None:
    assert isinstance(editor_from_env(config=Settings(editor_url="http://127.0.0.1:8000")), RemoteEditor)
    assert isinstance(editor_from_env("tiny", config=Settings(editor_url=None)), ZoneEditor)


def test_eight_edits_from_four_sessions_at_once_are_each_stored_once_on_postgresql(
    workers: str, photo: Image.Image, postgres: PostgresServer
) -> None:
    with Store(postgres.database()) as store:
        assistant = Assistant(store, RemoteEditor(workers))
        sessions = [assistant.new_session(f"s{i}") for i in range(4)]
        for session in sessions:
            assert assistant.send(session, "", image=photo).error is None
        jobs = [
            (session, instruction) for session in sessions for instruction in ("make the cup blue", "remove the spoon")
        ]

        def run(job: tuple[str, str]) -> str:
            session, instruction = job
            return assistant.send(session, f"on the original, {instruction}").text

        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(run, jobs))
        for session in sessions:
            rounds = store.rounds(session)
            assert sorted(r.index for r in rounds) == [0, 1, 2]
            assert sorted(r.instruction for r in rounds if r.parent_id is not None) == [
                "make the cup blue",
                "remove the spoon",
            ]


def _replicas() -> list[object]:
    names = [a for a in ray.util.list_named_actors(all_namespaces=True) if a["name"].startswith("SERVE_REPLICA::")]
    return [ray.get_actor(a["name"], namespace=a["namespace"]) for a in names]


def test_a_replica_killed_mid_edit_fails_clearly_and_stores_nothing(
    workers: str, photo: Image.Image, db_url: str, wait_healthy: Callable[[str, int], None]
) -> None:
    with Store(db_url) as store:
        killed = threading.Event()

        def kill_on_first_step(step: int, total: int, stage: str) -> None:
            if not killed.is_set():
                killed.set()
                for replica in _replicas():
                    ray.kill(replica, no_restart=False)

        assistant = Assistant(store, RemoteEditor(workers, timeout=120))
        session = assistant.new_session()
        assistant.send(session, "", image=photo)
        reply = assistant.send(session, "make the cup blue", on_progress=kill_on_first_step)
        assert killed.is_set()
        assert reply.error is not None and "nothing was stored" in reply.text
        assert [r.index for r in store.rounds(session)] == [0]
        wait_healthy(workers, 2)
        again = assistant.send(session, "make the cup blue")
        assert again.error is None and [r.index for r in store.rounds(session)] == [0, 1]
        assert serve.status().applications["zone"].status == "RUNNING"


def test_zone_edit_sends_the_edit_to_the_workers_named_in_the_environment(
    workers: str, photo: Image.Image, tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from zone_cli.main import main

    source, out = tmp_path / "in.png", tmp_path / "out.png"
    photo.save(source)
    monkeypatch.setenv("ZONE_EDITOR_URL", workers)
    monkeypatch.setenv("ZONE_MODELS", "no-such-folder")  # an in-process editor would fail to load
    assert main(["edit", str(source), "make the cup blue", "-o", str(out), "--seed", "3"]) == 0
    local, _ = _in_process(photo, "make the cup blue", seed=3)
    assert np.array_equal(np.asarray(Image.open(out).convert("RGB")), np.asarray(local.image))
