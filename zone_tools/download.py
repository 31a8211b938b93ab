"""`zone models download|status`: fetch the weights ahead of time and say what is present."""

from __future__ import annotations

import shutil
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from huggingface_hub import snapshot_download
from huggingface_hub.errors import LocalEntryNotFoundError
from tqdm import tqdm

from zone_tools.config import IP2P_HUB_ID, MAGICBRUSH_HUB_ID, SAM_CHECKPOINTS, ZoneConfig
from zone_tools.loading import sam_checkpoint_path

IP2P_PARTS = ["model_index.json", "unet/*", "vae/*", "text_encoder/*", "tokenizer/*", "scheduler/*"]
MAGICBRUSH_PARTS = ["unet/*"]
WEIGHT_SUFFIXES = ("*.json", "*.txt", "*.safetensors")


@dataclass(frozen=True)
class ModelStatus:
    """One model's name, where it comes from, and whether its files are on this machine."""

    name: str
    source: str
    present: bool
    location: str


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
        ModelStatus(f"Segment Anything {config.sam_type}", SAM_CHECKPOINTS[config.sam_type], sam_path.is_file(), str(sam_path))
    )
    return statuses


def download_file(url: str, target: Path) -> Path:
    """Download `url` to `target` with a progress bar, atomically (a partial file never remains)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    with urllib.request.urlopen(url, timeout=60) as response, open(partial, "wb") as out:
        total = int(response.headers.get("Content-Length") or 0) or None
        with tqdm(total=total, unit="B", unit_scale=True, desc=target.name) as bar:
            while chunk := response.read(1 << 20):
                out.write(chunk)
                bar.update(len(chunk))
    shutil.move(partial, target)
    return target


def download_models(config: ZoneConfig) -> list[ModelStatus]:
    """Fetch every model `config` names: into the hub cache, or into the ZONE_MODELS folder."""
    local_root = None if config.models in ("default", "tiny") else Path(config.models)
    for source, hub_id, parts, folder in (
        (config.ip2p, IP2P_HUB_ID, IP2P_PARTS, "instruct-pix2pix"),
        (config.magicbrush, MAGICBRUSH_HUB_ID, MAGICBRUSH_PARTS, "magicbrush"),
    ):
        snapshot_download(
            source if local_root is None else hub_id,
            allow_patterns=_hub_patterns(parts),
            cache_dir=config.cache_dir,
            local_dir=None if local_root is None else local_root / folder,
        )
    sam_path = sam_checkpoint_path(config)
    if not sam_path.is_file():
        download_file(SAM_CHECKPOINTS[config.sam_type], sam_path)
    return model_status(config)
