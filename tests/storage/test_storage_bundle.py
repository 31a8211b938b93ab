"""Export and import of zip bundles: a bit-exact round trip, and hostile bundles refused unchanged."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest

from storage import BundleError, Store
from storage.bundle import MAX_ASSET_BYTES


@pytest.fixture
def exported(store: Store, make_image, edit, tmp_path: Path) -> tuple[str, Path]:
    """A branched session with messages, exported to tmp_path/session.zip."""
    session = store.create_session("Tie and cup")
    upload = store.add_round(session, make_image(seed=0))
    tie = store.add_round(session, make_image(seed=1), parent_id=upload, **edit(1))
    store.add_round(session, make_image(seed=2), parent_id=tie, **edit(2, "remove the cup"))
    store.checkout(session, upload)
    hat = store.add_round(session, make_image(seed=3), parent_id=upload, **edit(3, "give him a hat"))
    store.checkout(session, tie)
    store.add_message(session, "user", "make his tie blue")
    store.add_message(session, "assistant", "Here you go.", round_id=tie)
    store.add_message(session, "user", "give him a hat", round_id=hat)
    return session, store.export_bundle(session, tmp_path / "session.zip")


def shape(store: Store, session: str) -> tuple:
    """Everything about a session except ids and creation time of the session itself."""
    rounds = store.rounds(session)
    number = {r.id: r.index for r in rounds}
    info = store.session(session)
    return (
        info.title,
        number[info.current_round_id],
        [
            (
                r.index,
                number.get(r.parent_id),
                r.instruction,
                r.meta,
                r.created,
                r.image_sha256,
                r.layer_sha256,
                r.canvas_sha256,
                dict(r.mask_sha256),
            )
            for r in rounds
        ],
        [(m.role, m.content, number.get(m.round_id), m.created) for m in store.messages(session)],
    )


def test_bundle_round_trip_is_bit_exact_in_another_database(store: Store, exported, tmp_path: Path) -> None:
    session, bundle = exported
    with Store(f"sqlite:///{tmp_path / 'other.db'}") as other:
        imported = other.import_bundle(bundle)
        assert imported != session
        assert shape(other, imported) == shape(store, session)
        for mine, theirs in zip(store.rounds(session), other.rounds(imported), strict=True):
            assert np.array_equal(np.asarray(mine.image), np.asarray(theirs.image))
            assert (mine.layer is None) == (theirs.layer is None)
            if mine.layer is not None:
                assert np.array_equal(np.asarray(mine.layer), np.asarray(theirs.layer))
            assert mine.masks.keys() == theirs.masks.keys()
            for name in mine.masks:
                assert np.array_equal(np.asarray(mine.masks[name]), np.asarray(theirs.masks[name]))


def test_import_into_the_same_database_gives_new_ids_and_shares_pixels(store: Store, exported, snapshot) -> None:
    session, bundle = exported
    assets_before = len(snapshot()["assets"])
    imported = store.import_bundle(bundle)
    assert shape(store, imported) == shape(store, session)
    assert {r.id for r in store.rounds(imported)}.isdisjoint({r.id for r in store.rounds(session)})
    assert len(snapshot()["assets"]) == assets_before


def test_manifest_lists_schema_session_tree_messages_and_hashes(exported) -> None:
    session, bundle = exported
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = set(archive.namelist())
        for sha, entry in manifest["assets"].items():
            assert entry["path"] == f"assets/{sha}.png"
            assert hashlib.sha256(archive.read(entry["path"])).hexdigest() == sha
    assert manifest["schema_version"] == 1 and set(manifest["session"]) == {"title", "created", "current_round"}
    assert session not in json.dumps(manifest)
    assert [(r["index"], r["parent"]) for r in manifest["rounds"]] == [(0, None), (1, 0), (2, 1), (3, 0)]
    assert manifest["session"]["current_round"] == 1
    assert len(manifest["messages"]) == 3
    assert names == {"manifest.json", *(e["path"] for e in manifest["assets"].values())}


def rewrite(source: Path, target: Path, *, manifest=None, drop=(), replace=None, extra=None) -> Path:
    """A copy of a bundle with its manifest edited, members dropped, replaced or added."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    data = json.loads(members["manifest.json"])
    if manifest is not None:
        manifest(data)
    members["manifest.json"] = json.dumps(data).encode()
    for name in drop:
        del members[name]
    members.update(replace or {})
    members.update(extra or {})
    with zipfile.ZipFile(target, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return target


def first_asset(bundle: Path) -> str:
    with zipfile.ZipFile(bundle) as archive:
        return next(name for name in archive.namelist() if name.startswith("assets/"))


def bump_version(manifest: dict) -> None:
    manifest["schema_version"] = 2


def parent_after_child(manifest: dict) -> None:
    manifest["rounds"][1]["parent"] = 3


def escaping_asset_path(manifest: dict) -> None:
    sha = next(iter(manifest["assets"]))
    manifest["assets"][sha]["path"] = f"../../{sha}.png"


def lying_png() -> bytes:
    """A PNG whose header claims 100000 x 100000 pixels (a decompression bomb if decoded)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


def swap_in_lying_png(bundle: Path, target: Path) -> Path:
    """The bundle with one asset replaced by `lying_png`, manifest hashes and sizes made consistent."""
    data = lying_png()
    new = hashlib.sha256(data).hexdigest()
    old = first_asset(bundle)[len("assets/") : -len(".png")]

    def point_to_new(manifest: dict) -> None:
        entry = manifest["assets"].pop(old)
        manifest["assets"][new] = {**entry, "path": f"assets/{new}.png", "size": len(data)}
        for item in manifest["rounds"]:
            for key in ("image", "layer", "canvas"):
                if item[key] == old:
                    item[key] = new
            item["masks"] = {name: new if sha == old else sha for name, sha in item["masks"].items()}

    return rewrite(bundle, target, manifest=point_to_new, drop=[f"assets/{old}.png"], extra={f"assets/{new}.png": data})


def hostile_bundles(bundle: Path, tmp: Path) -> dict[str, tuple[Path, str]]:
    """Bad bundles, each with the words its refusal must contain."""
    asset = first_asset(bundle)
    not_a_zip = tmp / "not-a-zip.zip"
    not_a_zip.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    bad_json = tmp / "bad-json.zip"
    with zipfile.ZipFile(bad_json, "w") as archive:
        archive.writestr("manifest.json", b'{"format": "zone-chat-bundle", "schema_version": 1, "rounds": [')
    return {
        "path traversal member": (
            rewrite(bundle, tmp / "traversal.zip", extra={"../../evil.png": b"x"}),
            "unsafe path",
        ),
        "absolute member": (rewrite(bundle, tmp / "absolute.zip", extra={"/etc/evil.png": b"x"}), "unsafe path"),
        "escaping manifest path": (rewrite(bundle, tmp / "escaping.zip", manifest=escaping_asset_path), "refusing"),
        "missing asset": (rewrite(bundle, tmp / "missing.zip", drop=[asset]), "missing"),
        "tampered asset": (
            rewrite(bundle, tmp / "tampered.zip", replace={asset: b"\x89PNG\r\n\x1a\n tampered"}),
            "SHA-256",
        ),
        "unlisted file": (
            rewrite(bundle, tmp / "unlisted.zip", extra={"assets/" + "0" * 64 + ".png": b"x"}),
            "does not list",
        ),
        "bad json": (bad_json, "not valid JSON"),
        "wrong schema version": (rewrite(bundle, tmp / "version.zip", manifest=bump_version), "schema version 2"),
        "parent after child": (rewrite(bundle, tmp / "cycle.zip", manifest=parent_after_child), "comes later"),
        "lying png header": (swap_in_lying_png(bundle, tmp / "lying.zip"), "size the manifest gives"),
        "not a zip": (not_a_zip, "not a zip"),
        "no file": (tmp / "absent.zip", "no bundle file"),
    }


def test_hostile_bundles_are_refused_and_change_nothing(store: Store, exported, snapshot, tmp_path: Path) -> None:
    _, bundle = exported
    before = snapshot()
    for case, (path, reason) in hostile_bundles(bundle, tmp_path).items():
        with pytest.raises(BundleError) as caught:
            store.import_bundle(path)
        assert reason in str(caught.value) and str(caught.value).endswith("."), case
        assert snapshot() == before, case


def test_zip_bomb_member_is_refused_before_inflating(store: Store, exported, snapshot, tmp_path: Path) -> None:
    _, bundle = exported
    bomb = tmp_path / "bomb.zip"
    rewrite(bundle, bomb)
    name = "assets/" + "f" * 64 + ".png"
    with (
        zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open(name, "w", force_zip64=True) as member,
    ):
        chunk = bytes(2**24)
        for _ in range(2**30 // len(chunk)):
            member.write(chunk)
    assert bomb.stat().st_size < 8 * 2**20
    before = snapshot()
    with pytest.raises(BundleError, match="too large"):
        store.import_bundle(bomb)
    assert snapshot() == before


def test_highly_compressed_member_is_refused(store: Store, exported, snapshot, tmp_path: Path) -> None:
    _, bundle = exported
    asset = first_asset(bundle)
    bomb = rewrite(bundle, tmp_path / "ratio.zip", drop=[asset])
    with zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(asset, bytes(MAX_ASSET_BYTES // 8))
    before = snapshot()
    with pytest.raises(BundleError, match="zip bomb"):
        store.import_bundle(bomb)
    assert snapshot() == before


def test_a_failure_after_some_rows_were_written_rolls_everything_back(
    store: Store, exported, snapshot, tmp_path: Path
) -> None:
    """The last asset is damaged: earlier assets were already inserted when it fails."""
    _, bundle = exported
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    last = list(manifest["assets"].values())[-1]["path"]
    damaged = rewrite(bundle, tmp_path / "late.zip", replace={last: b"\x89PNG\r\n\x1a\n damaged"})
    other_url = f"sqlite:///{tmp_path / 'fresh.db'}"
    with Store(other_url) as fresh:
        with pytest.raises(BundleError, match="SHA-256"):
            fresh.import_bundle(damaged)
        assert fresh.sessions() == []
        with fresh._engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM assets").scalar() == 0
