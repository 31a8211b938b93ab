"""Share bundles: a zip with `manifest.json` and the round PNGs under `assets/<sha256>.png`.

Reading treats the file as hostile: every member name, size and compression ratio is checked from
the zip directory before anything is inflated, reads are bounded, the manifest is validated field by
field, and every PNG must match its SHA-256 and its declared mode and size. Any failure is a
`BundleError`; the caller imports inside one transaction, so a refused bundle changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from PIL import Image, UnidentifiedImageError

import storage.validate as validate
from storage.assets import MAX_IMAGE_PIXELS, STORABLE_MODES, EncodedAsset
from storage.errors import BundleError, StoreError
from storage.files import replacing
from storage.models import CANVAS, IMAGE, LAYER, MASK, Asset, MessageRow, RoundRow, SessionRow, utcnow

FORMAT = "zone-chat-bundle"
SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
ASSET_NAME = re.compile(r"assets/([0-9a-f]{64})\.png")
SHA256 = re.compile(r"[0-9a-f]{64}")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
IHDR_START = b"\x00\x00\x00\rIHDR"  # every PNG begins with a 13-byte IHDR chunk

MAX_MEMBERS = 100_000
MAX_MANIFEST_BYTES = 16 * 2**20
MAX_ASSET_BYTES = 256 * 2**20
MAX_TOTAL_BYTES = 4 * 2**30
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 2**20

Slot = tuple[str, str]


@dataclass(frozen=True)
class AssetEntry:
    """One PNG listed in the manifest."""

    sha256: str
    path: str
    kind: str
    width: int
    height: int
    size: int


@dataclass(frozen=True)
class RoundSpec:
    """One round of the manifest; `index` and `parent` are per-session round numbers."""

    index: int
    parent: int | None
    instruction: str | None
    action: str | None
    seed: int | None
    params: dict[str, Any]
    timings: dict[str, Any]
    created: datetime
    assets: tuple[tuple[Slot, str], ...]


@dataclass(frozen=True)
class MessageSpec:
    """One chat message of the manifest; `round` is a round number or None."""

    role: str
    content: str
    round: int | None
    created: datetime


@dataclass(frozen=True)
class Manifest:
    """A validated manifest: parents come before children, every reference resolves."""

    title: str | None
    current_round: int | None
    rounds: tuple[RoundSpec, ...]
    messages: tuple[MessageSpec, ...]
    assets: Mapping[str, AssetEntry]


# writing


def build_manifest(
    session: SessionRow, rounds: Sequence[RoundRow], messages: Sequence[MessageRow], assets: Sequence[Asset]
) -> dict[str, Any]:
    """The JSON manifest of a session; rounds are named by their per-session index. It names no
    session id and no owner: a bundle may travel (a shared page offers it to anyone with the link)."""
    index_of = {row.id: row.index for row in rounds}
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported": utcnow().isoformat(),
        "session": {
            "title": session.title,
            "created": session.created.isoformat(),
            "current_round": None if session.current_round_id is None else index_of[session.current_round_id],
        },
        "rounds": [_round_json(row, index_of) for row in rounds],
        "messages": [
            {
                "role": message.role,
                "content": message.content,
                "round": None if message.round_id is None else index_of[message.round_id],
                "created": message.created.isoformat(),
            }
            for message in messages
        ],
        "assets": {
            asset.sha256: {
                "path": f"assets/{asset.sha256}.png",
                "kind": asset.kind,
                "width": asset.width,
                "height": asset.height,
                "size": asset.size,
            }
            for asset in assets
        },
    }


def _round_json(row: RoundRow, index_of: Mapping[int, int]) -> dict[str, Any]:
    slots = {(link.role, link.name): link.sha256 for link in row.assets}
    return {
        "index": row.index,
        "parent": None if row.parent_id is None else index_of[row.parent_id],
        "instruction": row.instruction,
        "action": row.action,
        "seed": row.seed,
        "params": row.params,
        "timings": row.timings,
        "created": row.created.isoformat(),
        "image": slots[(IMAGE, "")],
        "layer": slots.get((LAYER, "")),
        "canvas": slots.get((CANVAS, "")),
        "masks": {name: sha for (role, name), sha in sorted(slots.items()) if role == MASK},
    }


def write_bundle(path: Path, manifest: Mapping[str, Any], read: Callable[[str], bytes]) -> Path:
    """Write the bundle atomically (a temporary file renamed into place); `read` gives PNG bytes."""
    with replacing(path, "bundle", BundleError) as partial, zipfile.ZipFile(partial, "w") as archive:
        text = json.dumps(manifest, ensure_ascii=False, indent=1)
        archive.writestr(MANIFEST, text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
        for sha256, entry in manifest["assets"].items():
            archive.writestr(entry["path"], read(sha256), compress_type=zipfile.ZIP_STORED)
    return path.expanduser()


# reading


class BundleReader:
    """An open, structurally checked bundle; assets are read (and verified) one at a time."""

    def __init__(self, archive: zipfile.ZipFile, members: Mapping[str, zipfile.ZipInfo], manifest: Manifest):
        self._archive = archive
        self._members = members
        self.manifest = manifest

    def read_asset(self, entry: AssetEntry) -> EncodedAsset:
        """The PNG of `entry`, after checking its hash, its size and its PNG header (the pixel size
        straight from the IHDR bytes, before any image library looks at it)."""
        data = _read_member(self._archive, self._members[entry.path], MAX_ASSET_BYTES)
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise BundleError(f"{entry.path} does not match its SHA-256: the bundle was altered or damaged.")
        if len(data) != entry.size or data[:16] != PNG_SIGNATURE + IHDR_START:
            raise BundleError(f"{entry.path} is not the PNG the manifest describes.")
        if struct.unpack(">II", data[16:24]) != (entry.width, entry.height):
            raise BundleError(f"{entry.path} does not have the size the manifest gives it.")
        try:
            with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
                header = (image.mode, image.width, image.height)
        except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError) as error:
            raise BundleError(f"{entry.path} is not a readable PNG ({error}).") from error
        if header != (entry.kind, entry.width, entry.height):
            raise BundleError(f"{entry.path} is not the PNG the manifest describes.")
        return EncodedAsset(entry.sha256, entry.kind, entry.width, entry.height, data)


@contextmanager
def open_bundle(path: Path) -> Iterator[BundleReader]:
    """Open a bundle, check its zip directory and manifest, and yield a reader for its PNGs."""
    path = path.expanduser()
    if not path.is_file():
        raise BundleError(f"There is no bundle file at {path}.")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise BundleError(f"{path.name} is not a zip bundle ({error}).") from error
    with archive:
        members = _check_members(archive)
        manifest = parse_manifest(_read_member(archive, members[MANIFEST], MAX_MANIFEST_BYTES))
        listed = {entry.path for entry in manifest.assets.values()}
        unlisted = sorted(set(members) - {MANIFEST} - listed)
        if unlisted:
            raise BundleError(f"The bundle contains {unlisted[0]}, which its manifest does not list.")
        missing = sorted(listed - set(members))
        if missing:
            raise BundleError(f"The bundle is missing {missing[0]}.")
        yield BundleReader(archive, members, manifest)


def _check_members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Member names, sizes and ratios from the zip directory, checked before inflating anything."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleError(f"The bundle has {len(infos)} files; at most {MAX_MEMBERS} are accepted.")
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if _unsafe(name):
            raise BundleError(f"The bundle contains an unsafe path {name!r}.")
        if info.is_dir() and name == "assets/":
            continue
        if name != MANIFEST and not ASSET_NAME.fullmatch(name):
            raise BundleError(f"The bundle contains an unexpected file {name!r}.")
        if name in members:
            raise BundleError(f"The bundle contains {name!r} twice.")
        if info.flag_bits & 0x1:
            raise BundleError(f"{name} is encrypted; bundles are never encrypted.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleError(f"{name} uses an unsupported compression method.")
        limit = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_ASSET_BYTES
        if info.file_size > limit:
            raise BundleError(f"{name} is too large ({info.file_size} bytes; the limit is {limit}).")
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BundleError(f"{name} expands more than {MAX_RATIO}-fold; refusing a possible zip bomb.")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BundleError(f"The bundle expands to more than {MAX_TOTAL_BYTES} bytes; refusing it.")
        members[name] = info
    if MANIFEST not in members:
        raise BundleError("The bundle has no manifest.json.")
    return members


def _unsafe(name: str) -> bool:
    """Absolute, drive-qualified, backslashed, NUL-containing or parent-escaping member names."""
    parts = PurePosixPath(name).parts
    return name.startswith("/") or "\\" in name or "\x00" in name or ":" in name or ".." in parts


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """A member's bytes, never inflating more than `limit` + 1 bytes; CRC checked by zipfile."""
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError, ValueError) as error:
        raise BundleError(f"{info.filename} in the bundle is damaged ({error}).") from error
    if len(data) != info.file_size:
        raise BundleError(f"{info.filename} in the bundle does not have the size its header declares.")
    return data


# the manifest


def parse_manifest(data: bytes) -> Manifest:
    """Decode and validate manifest.json."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BundleError(f"The bundle's manifest.json is not valid JSON ({error}).") from error
    except RecursionError:
        raise BundleError("The bundle's manifest.json is nested too deeply to be a zone-chat manifest.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleError("manifest.json is not a zone-chat bundle manifest.")
    version = document.get("schema_version")
    if version != SCHEMA_VERSION or isinstance(version, bool):
        raise BundleError(f"The bundle has schema version {version!r}; this zone-chat reads version {SCHEMA_VERSION}.")
    try:
        return _manifest(document)
    except BundleError:
        raise
    except StoreError as error:
        raise BundleError(f"The bundle's manifest is invalid: {error}") from error


def _manifest(document: dict[str, Any]) -> Manifest:
    session = _get(document, "session", dict, "manifest")
    assets = {sha: _asset_entry(sha, entry) for sha, entry in _get(document, "assets", dict, "manifest").items()}
    rounds: list[RoundSpec] = []
    indices: set[int] = set()
    for position, item in enumerate(_get(document, "rounds", list, "manifest")):
        spec = _round_spec(_expect(item, dict, f"round #{position}"), indices, assets)
        rounds.append(spec)
        indices.add(spec.index)
    unused = sorted(set(assets) - {sha for spec in rounds for _, sha in spec.assets})
    if unused:
        raise BundleError(f"The manifest lists asset {unused[0][:12]} that no round uses.")
    messages = tuple(
        _message_spec(_expect(item, dict, f"message #{position}"), indices)
        for position, item in enumerate(_get(document, "messages", list, "manifest"))
    )
    current = _optional_round(session, "current_round", indices, "session")
    return Manifest(
        title=validate.title(_get(session, "title", (str, type(None)), "session")),
        current_round=current,
        rounds=tuple(rounds),
        messages=messages,
        assets=assets,
    )


def _asset_entry(sha: str, item: object) -> AssetEntry:
    if not SHA256.fullmatch(sha):
        raise BundleError(f"The manifest lists an asset with an invalid hash {sha[:80]!r}.")
    entry: dict[str, Any] = _expect(item, dict, f"asset {sha[:12]}")
    where = f"asset {sha[:12]}"
    path = _get(entry, "path", str, where)
    if path != f"assets/{sha}.png":
        raise BundleError(f"The manifest gives asset {sha[:12]} the path {path[:200]!r}; refusing it.")
    kind = _get(entry, "kind", str, where)
    if kind not in STORABLE_MODES:
        raise BundleError(f"Asset {sha[:12]} has an unsupported kind {kind[:20]!r}.")
    width, height, size = (_count(entry, key, where) for key in ("width", "height", "size"))
    if width < 1 or height < 1:
        raise BundleError(f"Asset {sha[:12]} has an unacceptable size {width}x{height}.")
    if width * height > MAX_IMAGE_PIXELS:
        raise BundleError(
            f"Asset {sha[:12]} is {width}x{height} pixels, over the editor's limit of "
            f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels."
        )
    return AssetEntry(sha, path, kind, width, height, size)


def _round_spec(item: dict[str, Any], earlier: set[int], assets: Mapping[str, AssetEntry]) -> RoundSpec:
    where = f"round {item.get('index')!r}"
    index = _count(item, "index", where)
    if index in earlier:
        raise BundleError(f"The manifest has round {index} twice.")
    parent = _optional_round(item, "parent", earlier, where)
    slots: list[tuple[Slot, str]] = [((IMAGE, ""), _sha(item, "image", assets, where))]
    for role in (LAYER, CANVAS):
        if item.get(role) is not None:
            slots.append(((role, ""), _sha(item, role, assets, where)))
    masks = _get(item, "masks", dict, where)
    for name in sorted(masks):
        slots.append(((MASK, validate.mask_name(name)), _sha(masks, name, assets, where)))
    instruction = _get(item, "instruction", (str, type(None)), where)
    fields = validate.round_fields(
        instruction,
        {
            "action": _get(item, "action", (str, type(None)), where),
            "seed": _get(item, "seed", (int, type(None)), where),
            "params": _get(item, "params", dict, where),
            "timings": _get(item, "timings", dict, where),
        },
    )
    return RoundSpec(
        index=index,
        parent=parent,
        instruction=fields.instruction,
        action=fields.action,
        seed=fields.seed,
        params=fields.params,
        timings=fields.timings,
        created=_timestamp(item, where),
        assets=tuple(slots),
    )


def _message_spec(item: dict[str, Any], indices: set[int]) -> MessageSpec:
    where = "a message"
    return MessageSpec(
        role=validate.role(_get(item, "role", str, where)),
        content=validate.text(_get(item, "content", str, where), "message"),
        round=_optional_round(item, "round", indices, where),
        created=_timestamp(item, where),
    )


def _expect(value: object, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _types(kind)):
        raise BundleError(f"In the manifest, {where} has the wrong type ({type(value).__name__}).")
    return value


def _types(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _get(item: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in item:
        raise BundleError(f"In the manifest, {where} lacks {key!r}.")
    return _expect(item[key], kind, f"{where} {key!r}")


def _count(item: Mapping[str, Any], key: str, where: str) -> int:
    value = _get(item, key, int, where)
    if value < 0:
        raise BundleError(f"In the manifest, {where} {key!r} is negative.")
    return value


def _sha(item: Mapping[str, Any], key: str, assets: Mapping[str, AssetEntry], where: str) -> str:
    sha = _get(item, key, str, where)
    if sha not in assets:
        raise BundleError(f"In the manifest, {where} uses an asset that is not listed.")
    return sha


def _optional_round(item: Mapping[str, Any], key: str, known: set[int], where: str) -> int | None:
    value = _get(item, key, (int, type(None)), where)
    if value is not None and value not in known:
        raise BundleError(f"In the manifest, {where} refers to round {value}, which is unknown or comes later.")
    return value


def _timestamp(item: Mapping[str, Any], where: str) -> datetime:
    text = _get(item, "created", str, where)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        raise BundleError(f"In the manifest, {where} has an invalid time {text[:40]!r}.")
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise BundleError(f"In the manifest, {where} has a time out of range {text[:40]!r}.") from None
