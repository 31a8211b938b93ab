"""Fetching the weights: on first use (`fetch_sam`, `fetch_hub`) or ahead of time (`zone models
download|status`), with progress and, for SAM, a verified SHA-256.

`HF_HUB_OFFLINE=1` (huggingface_hub's own `is_offline_mode`) means nothing is fetched: a missing
model is then a `ModelNotFoundError` of one sentence.
"""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from huggingface_hub import is_offline_mode, snapshot_download
from huggingface_hub.errors import LocalEntryNotFoundError
from platformdirs import user_cache_dir
from tqdm import tqdm

from zone_tools import progress
from zone_tools.config import IP2P_HUB_ID, MAGICBRUSH_HUB_ID, SAM_CHECKPOINTS, Checkpoint, ZoneConfig
from zone_tools.errors import ChecksumError, ModelNotFoundError
from zone_tools.progress import ProgressCallback

IP2P_PARTS = ["model_index.json", "unet/*", "vae/*", "text_encoder/*", "tokenizer/*", "scheduler/*"]
MAGICBRUSH_PARTS = ["unet/*"]
WEIGHT_SUFFIXES = ("*.json", "*.txt", "*.safetensors")
GET_MODELS_HINT = "run `zone models download` on a machine with internet, or set ZONE_MODELS to a folder that holds it"
CHUNK = 1 << 20
ATTEMPTS = 2
"""A download whose digest is wrong is deleted and fetched once more before giving up."""


@dataclass(frozen=True)
class ModelStatus:
    """One model's name, where it comes from, and whether its files are on this machine."""

    name: str
    source: str
    present: bool
    location: str


def sam_checkpoint_path(config: ZoneConfig) -> Path:
    """Where SAM's checkpoint is (configured file, ZONE_MODELS folder, or the user cache)."""
    if config.sam_checkpoint:
        return Path(config.sam_checkpoint)
    if config.models not in ("default", "tiny"):
        return Path(config.models) / f"sam_{config.sam_type}.pth"
    cache = Path(config.cache_dir or user_cache_dir("zone-chat"))
    return cache / "sam" / SAM_CHECKPOINTS[config.sam_type].filename


def sam_url(config: ZoneConfig) -> str:
    """The URL SAM's checkpoint is downloaded from (ZONE_SAM_URL + the published file name)."""
    return urljoin(config.sam_url, SAM_CHECKPOINTS[config.sam_type].filename)


def _hub_patterns(parts: list[str]) -> list[str]:
    """File patterns of `parts`, weights in safetensors only (no duplicate .bin / .ckpt)."""
    return [part if not part.endswith("/*") else part[:-1] + suffix for part in parts for suffix in WEIGHT_SUFFIXES]


def _local_snapshot(source: str, parts: list[str], config: ZoneConfig) -> str | None:
    """The local folder holding `source` (a folder, or the hub cache's snapshot), if any."""
    if Path(source).is_dir():
        return source
    try:
        return snapshot_download(
            source, allow_patterns=_hub_patterns(parts), cache_dir=config.cache_dir, local_files_only=True
        )
    except (LocalEntryNotFoundError, OSError, ValueError):
        return None


def model_status(config: ZoneConfig) -> list[ModelStatus]:
    """Presence of InstructPix2Pix, MagicBrush and SAM for `config`."""
    statuses = []
    for name, source, parts in (
        ("InstructPix2Pix", config.ip2p, IP2P_PARTS),
        ("MagicBrush", config.magicbrush, MAGICBRUSH_PARTS),
    ):
        folder = _local_snapshot(source, parts, config)
        statuses.append(ModelStatus(name, source, folder is not None, folder or "missing"))
    sam_path = sam_checkpoint_path(config)
    statuses.append(
        ModelStatus(f"Segment Anything {config.sam_type}", sam_url(config), sam_path.is_file(), str(sam_path))
    )
    return statuses


class _Reporter:
    """Progress of one download: to `on_progress` when given, else a tqdm bar on stderr."""

    def __init__(self, on_progress: ProgressCallback | None, total: int, name: str) -> None:
        self.on_progress = on_progress
        self.total = total
        self.done = 0
        self.bar = None if on_progress else tqdm(total=total or None, unit="B", unit_scale=True, desc=name)

    def advance(self, count: int) -> None:
        self.done += count
        if self.bar is not None:
            self.bar.update(count)
        elif self.on_progress is not None:
            self.on_progress(self.done, self.total, "download")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _download_once(url: str, partial: Path, on_progress: ProgressCallback | None) -> str:
    """Stream `url` into `partial`; the SHA-256 hex digest of what was written."""
    digest = hashlib.sha256()
    with urllib.request.urlopen(url, timeout=60) as response, open(partial, "wb") as out:
        reporter = _Reporter(on_progress, int(response.headers.get("Content-Length") or 0), partial.stem)
        try:
            while chunk := response.read(CHUNK):
                out.write(chunk)
                digest.update(chunk)
                reporter.advance(len(chunk))
        finally:
            reporter.close()
    return digest.hexdigest()


def download_file(url: str, target: Path, sha256: str, on_progress: ProgressCallback | None = None) -> Path:
    """Download `url` to `target`, verified against `sha256`, atomically (no partial file remains).

    A file whose digest differs is deleted and fetched again once; a second mismatch raises
    `ChecksumError`. Progress goes to `on_progress(bytes, total bytes, "download")`, else to a
    tqdm bar.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        for _ in range(ATTEMPTS):
            got = _download_once(url, partial, on_progress)
            if got == sha256:
                partial.replace(target)
                return target
            partial.unlink()
    except (urllib.error.URLError, OSError) as error:
        partial.unlink(missing_ok=True)
        raise ModelNotFoundError(
            f"Downloading {target.name} from {url} failed ({error}): {GET_MODELS_HINT}."
        ) from error
    raise ChecksumError(
        f"The file downloaded from {url} is corrupt (its SHA-256 is {got}, not {sha256}) twice in a row, "
        "so it was deleted: try again later or set ZONE_SAM_URL to another copy."
    )


def fetch_sam(config: ZoneConfig, on_progress: ProgressCallback | None = None) -> Path:
    """SAM's checkpoint file, downloaded and verified first if it is missing (never when offline).

    Only the published checkpoints are fetched (to the user cache, or the ZONE_MODELS folder); a
    configured `sam_checkpoint` file that is missing is an error, not a download.
    """
    path = sam_checkpoint_path(config)
    if path.is_file():
        return path
    name = f"Segment Anything {config.sam_type} ({path})"
    if config.sam_checkpoint:
        raise ModelNotFoundError(f"{name} is not on this machine: {GET_MODELS_HINT}.")
    if is_offline_mode():
        raise ModelNotFoundError(
            f"{name} is not on this machine and HF_HUB_OFFLINE forbids downloading it: {GET_MODELS_HINT}."
        )
    checkpoint: Checkpoint = SAM_CHECKPOINTS[config.sam_type]
    return download_file(sam_url(config), path, checkpoint.sha256, on_progress or progress.current())


def _files_tqdm(on_progress: ProgressCallback) -> type[tqdm]:
    """A tqdm class for `snapshot_download` that reports its files-done bar to `on_progress`.

    huggingface_hub draws its byte bars with the same class; those (unit "B") stay silent. Nothing
    is drawn on the terminal.
    """

    class FilesBar(tqdm):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self.counts_files = kwargs.get("unit", "it") != "B"
            self.done = 0
            super().__init__(*args, **{**kwargs, "disable": True})

        def update(self, n: float | None = 1) -> bool | None:
            self.done += int(n or 0)
            if self.counts_files:
                on_progress(self.done, int(self.total or 0), "download")
            return None

    return FilesBar


def fetch_hub(source: str, parts: list[str], config: ZoneConfig, local_dir: Path | None = None) -> None:
    """Fetch a hub model's `parts` into the hub cache (or `local_dir`) unless `source` is a folder.

    Does nothing when offline; files already cached are not fetched again. Progress (files done)
    goes to the `progress.current()` callback when one is in force, else to huggingface_hub's bars.
    """
    if (Path(source).is_dir() and local_dir is None) or is_offline_mode():
        return
    on_progress = progress.current()
    snapshot_download(
        source,
        allow_patterns=_hub_patterns(parts),
        cache_dir=config.cache_dir,
        local_dir=local_dir,
        tqdm_class=_files_tqdm(on_progress) if on_progress else None,
    )


def download_models(config: ZoneConfig) -> list[ModelStatus]:
    """Fetch every model `config` names: into the hub cache, or into the ZONE_MODELS folder."""
    local_root = None if config.models in ("default", "tiny") else Path(config.models)
    for source, hub_id, parts, folder in (
        (config.ip2p, IP2P_HUB_ID, IP2P_PARTS, "instruct-pix2pix"),
        (config.magicbrush, MAGICBRUSH_HUB_ID, MAGICBRUSH_PARTS, "magicbrush"),
    ):
        if local_root is None:
            fetch_hub(source, parts, config)
        else:
            fetch_hub(hub_id, parts, config, local_dir=local_root / folder)
    fetch_sam(config)
    return model_status(config)
