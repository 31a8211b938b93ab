"""Sessions, the round tree, the current pointer, pixels and messages on a real SQLite file."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from storage import NotFoundError, Round, Store, StoreError


def test_tree_and_current_pointer_survive_reopen(db_url: str, make_image, edit) -> None:
    with Store(db_url) as store:
        session = store.create_session("Tie")
        upload = store.add_round(session, make_image(seed=0))
        first = store.add_round(session, make_image(seed=1), parent_id=upload, **edit(1))
        second = store.add_round(session, make_image(seed=2), parent_id=first, **edit(2, "now remove the cup"))
        store.add_message(session, "user", "make his tie blue")
        store.add_message(session, "assistant", "Done: round 1.", round_id=first)
        before = store.rounds(session)
    with Store(db_url) as store:
        rounds = store.rounds(session)
        assert [(r.id, r.parent_id, r.index) for r in rounds] == [
            (upload, None, 0),
            (first, upload, 1),
            (second, first, 2),
        ]
        assert rounds == before
        assert store.current_round(session).id == second
        assert store.session(session).round_count == 3
        assert [(m.role, m.content, m.round_id) for m in store.messages(session)] == [
            ("user", "make his tie blue", None),
            ("assistant", "Done: round 1.", first),
        ]
        assert rounds[2].instruction == "now remove the cup"


def test_checkout_then_edit_makes_a_branch_and_overwrites_nothing(store: Store, make_image, edit) -> None:
    session = store.create_session()
    upload = store.add_round(session, make_image(seed=0))
    tie = store.add_round(session, make_image(seed=1), parent_id=upload, **edit(1))
    cup = store.add_round(session, make_image(seed=2), parent_id=tie, **edit(2, "remove the cup"))
    store.checkout(session, upload)
    assert store.current_round(session).id == upload
    hat = store.add_round(session, make_image(seed=3), parent_id=upload, **edit(3, "give him a hat"))
    assert store.current_round(session).id == hat
    assert [r.id for r in store.children(upload)] == [tie, hat]
    assert [r.id for r in store.children(tie)] == [cup]
    assert [r.index for r in store.rounds(session)] == [0, 1, 2, 3]
    assert np.array_equal(np.asarray(store.round(cup).image), np.asarray(make_image(seed=2)))


def test_pixels_round_trip_bit_exactly(store: Store, make_image) -> None:
    session = store.create_session()
    image = make_image("RGB", (203, 117), seed=5)
    layer = make_image("RGBA", (203, 117), seed=6)
    masks = {"rough": make_image("L", (64, 37), seed=7), "grey alpha": make_image("LA", (9, 11), seed=8)}
    bool_mask = np.random.default_rng(9).random((37, 64)) > 0.5
    canvas = make_image("RGB", (64, 37), seed=10)
    round_id = store.add_round(session, image, layer=layer, masks={**masks, "bool": bool_mask}, canvas=canvas)
    loaded = store.round(round_id)
    assert loaded.image.mode == "RGB" and np.array_equal(np.asarray(loaded.image), np.asarray(image))
    assert loaded.layer.mode == "RGBA" and np.array_equal(np.asarray(loaded.layer), np.asarray(layer))
    assert loaded.canvas.mode == "RGB" and np.array_equal(np.asarray(loaded.canvas), np.asarray(canvas))
    for name, mask in masks.items():
        assert loaded.masks[name].mode == mask.mode
        assert np.array_equal(np.asarray(loaded.masks[name]), np.asarray(mask))
    assert loaded.masks["bool"].mode == "L"
    assert np.array_equal(np.asarray(loaded.masks["bool"]), bool_mask.astype(np.uint8) * 255)
    assert loaded.thumbnail(50).size == (50, 29)


def test_identical_pixels_are_stored_once(store: Store, make_image, snapshot) -> None:
    session = store.create_session()
    image = make_image(seed=1)
    first = store.add_round(session, image, masks={"final": make_image("L", seed=2)})
    second = store.add_round(session, image.copy(), parent_id=first, masks={"final": make_image("L", seed=2)})
    assert store.round(first).image_sha256 == store.round(second).image_sha256
    assert len(snapshot()["assets"]) == 2


def test_meta_is_split_into_action_seed_params_timings(store: Store, make_image) -> None:
    session = store.create_session()
    meta = {"action": "remove", "seed": np.int64(7), "params": {"steps": 20}, "timings": {"sam": np.float32(0.5)}}
    round_id = store.add_round(session, make_image(), meta={**meta, "beta": 0.2, "notes": ("fallback",)})
    loaded = store.round(round_id)
    assert (loaded.action, loaded.seed) == ("remove", 7)
    assert loaded.params == {"steps": 20, "beta": 0.2, "notes": ["fallback"]}
    assert loaded.timings == {"sam": 0.5}
    assert loaded.meta == {"action": "remove", "seed": 7, "params": loaded.params, "timings": {"sam": 0.5}}


def test_round_is_a_plain_record_that_loads_pixels_once(store: Store, make_image) -> None:
    session = store.create_session()
    loaded = store.round(store.add_round(session, make_image()))
    assert isinstance(loaded, Round)
    assert "image" not in vars(loaded)
    assert loaded.image is loaded.image
    assert loaded.layer is None and loaded.canvas is None and loaded.masks == {}
    with pytest.raises(AttributeError):
        loaded.instruction = "changed"  # type: ignore[misc]


def test_sessions_are_listed_newest_first_with_counts(store: Store, make_image) -> None:
    old = store.create_session("old")
    new = store.create_session("new")
    store.add_round(new, make_image())
    listed = store.sessions()
    assert [(s.id, s.title, s.round_count) for s in listed] == [(new, "new", 1), (old, "old", 0)]
    assert listed[0].current_round_id == store.current_round(new).id
    assert store.current_round(old) is None
    store.rename_session(old, "  renamed  ")
    assert store.session(old).title == "renamed"
    assert len(old) == 32 and int(old, 16) >= 0


def test_unknown_ids_raise_not_found(store: Store, make_image) -> None:
    session = store.create_session()
    other = store.create_session()
    foreign = store.add_round(other, make_image())
    for call in (
        lambda: store.session("nope"),
        lambda: store.rounds("nope"),
        lambda: store.round(12345),
        lambda: store.round("1"),
        lambda: store.checkout(session, foreign),
        lambda: store.add_round(session, make_image(), parent_id=foreign),
        lambda: store.add_round("nope", make_image()),
        lambda: store.add_message(session, "user", "hi", round_id=foreign),
    ):
        with pytest.raises(NotFoundError) as caught:
            call()
        assert isinstance(caught.value, KeyError)
        assert not str(caught.value).startswith("'")
    assert store.rounds(session) == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"image": Image.new("P", (4, 4))},
        {"image": "not an image"},
        {"image": np.zeros((4, 4), dtype=np.float32)},
        {"masks": {"": np.zeros((4, 4), dtype=bool)}},
        {"masks": ["rough"]},
        {"meta": {"seed": "seven"}},
        {"meta": {"seed": 2**64}},
        {"meta": {"timings": {"total": float("nan")}}},
        {"meta": {"params": {"model": object()}}},
        {"meta": {"action": 3}},
        {"instruction": 42},
    ],
)
def test_bad_round_input_is_refused_and_changes_nothing(store: Store, make_image, snapshot, kwargs) -> None:
    session = store.create_session()
    before = snapshot()
    arguments = {"image": make_image(), **kwargs}
    with pytest.raises(StoreError) as caught:
        store.add_round(session, arguments.pop("image"), **arguments)
    assert str(caught.value).endswith(".")
    assert snapshot() == before


def test_bad_message_and_title_are_refused(store: Store, snapshot) -> None:
    session = store.create_session()
    before = snapshot()
    for call in (
        lambda: store.add_message(session, "", "hi"),
        lambda: store.add_message(session, "user", None),
        lambda: store.create_session("x" * 201),
        lambda: store.rename_session(session, 5),
    ):
        with pytest.raises(StoreError):
            call()
    assert snapshot() == before


def test_default_url_and_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZONE_DB_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert Store.default_url() == f"sqlite:///{tmp_path / 'data' / 'zone-chat' / 'zone.db'}"
    target = tmp_path / "nested" / "dirs" / "chat.db"
    monkeypatch.setenv("ZONE_DB_URL", f"sqlite:///{target}")
    with Store() as store:
        store.create_session()
        assert store.url == f"sqlite:///{target}"
    assert target.is_file()


def test_closed_store_refuses_work(db_url: str, make_image) -> None:
    store = Store(db_url)
    session = store.create_session()
    loaded = store.round(store.add_round(session, make_image()))
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.sessions()
    with pytest.raises(StoreError, match="closed"):
        _ = loaded.image


def test_bad_urls_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not a database URL"):
        Store("no scheme here")
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("hello, this is not SQLite" * 100)
    with pytest.raises(StoreError, match="is not a zone-chat database"):
        Store(f"sqlite:///{not_a_db}")
    with pytest.raises(StoreError, match="Cannot create the folder"):
        Store(f"sqlite:///{not_a_db}/inside/a/file.db")


def test_one_store_shared_by_threads(store: Store, make_image) -> None:
    sessions = [store.create_session(f"thread {n}") for n in range(4)]

    def work(session: str) -> list[int]:
        return [store.add_round(session, make_image(seed=n)) for n in range(3)]

    with ThreadPoolExecutor(max_workers=4) as pool:
        written = list(pool.map(work, sessions))
    for session, ids in zip(sessions, written, strict=True):
        assert [r.id for r in store.rounds(session)] == ids
        assert [r.index for r in store.rounds(session)] == [0, 1, 2]
