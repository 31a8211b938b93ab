"""Several processes on one database (SQLite file or PostgreSQL): a writer killed mid-write, two
writers on one session at once, and two pages starting new sessions with photos at the same moment."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from sqlalchemy import text
from storage_writer import new_session_with_photo

from storage import Store

WRITER = Path(__file__).with_name("storage_writer.py")


def start_writer(url: str, session: str, count: int, seed: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), url, session, str(count), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def check_every_round_loads(store: Store, session: str) -> list[int]:
    rounds = store.rounds(session)
    for item in rounds:
        assert item.image.size == (256, 192)
        assert item.layer.mode == "RGBA"
        assert set(item.masks) == {"rough", "refined", "final"}
    return [item.index for item in rounds]


def test_writer_killed_mid_write_leaves_a_sound_database(db_url: str) -> None:
    with Store(db_url) as store:
        session = store.create_session("crash")
    writer = start_writer(db_url, session, 0, seed=1)
    committed = []
    try:
        while len(committed) < 4:
            line = writer.stdout.readline()
            assert line, writer.stderr.read()
            committed.append(int(line.split()[1]))
        time.sleep(random.uniform(0.0, 0.05))
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.kill()
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    with Store(db_url) as store:
        if db_url.startswith("sqlite"):
            with store._engine.connect() as connection:
                assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        indices = check_every_round_loads(store, session)
        assert indices == list(range(len(indices)))
        assert len(indices) >= len(committed)
        assert store.current_round(session).index == indices[-1]
        assert {r.id for r in store.rounds(session)} >= set(committed)


def test_three_processes_write_to_the_same_session_at_once(db_url: str) -> None:
    with Store(db_url) as store:
        session = store.create_session("together")
    writers = [start_writer(db_url, session, 4, seed=seed) for seed in (1, 2, 3)]
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.count("committed") == 4
    with Store(db_url) as store:
        assert check_every_round_loads(store, session) == list(range(12))
        seeds = [r.seed for r in store.rounds(session)]
        assert sorted(seeds) == [1] * 4 + [2] * 4 + [3] * 4
        for item in store.rounds(session)[1:]:
            assert item.parent_id is None or store.round(item.parent_id).seed == item.seed
        assert np.asarray(store.rounds(session)[0].image).shape == (192, 256, 3)


PHOTOS = [(4000, 3000), (320, 240)]  # a 12 MP photo and a small picture, as in issue 15 item 5


def check_one_upload_each(url: str, made: list[tuple[str, int]]) -> None:
    with Store(url) as store:
        for (session, upload), size in zip(made, PHOTOS, strict=True):
            [only] = store.rounds(session)
            assert (only.id, only.index, only.image.size) == (upload, 0, size)
            assert store.current_round(session).id == upload


def test_two_processes_start_sessions_with_photos_at_the_same_moment(db_url: str) -> None:
    Store(db_url).close()
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, context.Pool(len(PHOTOS)) as pool:
        start = manager.Barrier(len(PHOTOS))
        made = pool.starmap(new_session_with_photo, [(db_url, size, start) for size in PHOTOS])
    check_one_upload_each(db_url, made)


def test_two_threads_start_sessions_with_photos_at_the_same_moment(db_url: str) -> None:
    Store(db_url).close()
    for _ in range(2):
        start = threading.Barrier(len(PHOTOS))
        with ThreadPoolExecutor(len(PHOTOS)) as pool:
            made = list(pool.map(new_session_with_photo, [db_url] * len(PHOTOS), PHOTOS, [start] * len(PHOTOS)))
        check_one_upload_each(db_url, made)
