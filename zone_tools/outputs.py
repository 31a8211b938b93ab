"""The files `zone edit` writes: every target checked before the edit runs, then all written or none.

A target that cannot be written (unknown extension, a format that cannot hold the picture, a
folder in the way) is refused before any model is loaded. The pictures are written to hidden
temporary files next to their targets and renamed at the end; when a write fails (a full disk)
the temporaries and the folders made for them are removed.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Mapping
from pathlib import Path

from PIL import Image

from zone_tools.errors import ZoneError

SUGGESTED = ".png, .jpg or .webp"
_CONTENTS = {"RGB": "a photo", "RGBA": "a transparent layer (RGBA)"}


class OutputError(ZoneError, OSError):
    """An output file or folder cannot be written."""


def image_format(path: Path, mode: str) -> str:
    """The PIL format that `path`'s extension names, checked to hold `mode` pictures."""
    suffix = path.suffix.lower()
    if not suffix:
        raise OutputError(f"Cannot write {path}: it has no file extension; end it in {SUGGESTED}.")
    name = Image.registered_extensions().get(suffix)
    if name is None or name not in Image.SAVE:
        raise OutputError(f"Cannot write {path}: '{suffix}' is not an image format it can write; use {SUGGESTED}.")
    try:
        Image.new(mode, (1, 1)).save(io.BytesIO(), format=name)
    except (OSError, ValueError, KeyError) as exc:
        what = _CONTENTS.get(mode, f"{mode} pictures")
        raise OutputError(f"Cannot write {path}: {name} cannot hold {what}; use .png or .webp.") from exc
    return name


def check_file(path: Path, mode: str) -> None:
    """Refuse now a picture target that could not be written once the edit is done."""
    if path.is_dir():
        raise OutputError(f"Cannot write {path}: it is a folder; give a file name such as out.png.")
    image_format(path, mode)
    _check_folder(path.parent)


def check_folder(path: Path) -> None:
    """Refuse now a folder target (for the masks) that is a file or lies under one."""
    if path.exists() and not path.is_dir():
        raise OutputError(f"Cannot write into {path}: it is not a folder.")
    _check_folder(path)


def _check_folder(folder: Path) -> None:
    """The nearest existing folder on the way to `folder` must be a writable folder."""
    existing = next(part for part in (folder, *folder.parents) if part.exists() or part == part.parent)
    if not existing.is_dir():
        raise OutputError(f"Cannot write into {folder}: {existing} is not a folder.")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(f"Cannot write into {folder}: {existing} is not writable.")


def write_all(pictures: Mapping[Path, Image.Image]) -> None:
    """Write every picture to its path, or none of them (see the module's docstring)."""
    formats = {target: image_format(target, image.mode) for target, image in pictures.items()}
    made: list[Path] = []
    staged: dict[Path, Path] = {}
    renamed: list[Path] = []
    target = Path()
    try:
        for target, image in pictures.items():
            made += _make_folders(target.parent)
            temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
            staged[temporary] = target
            with open(temporary, "xb") as handle:
                image.save(handle, format=formats[target])
        for temporary, target in staged.items():
            os.replace(temporary, target)
            renamed.append(target)
    except OSError as exc:
        _discard([*staged, *renamed], made)
        raise OutputError(f"Could not write {target}: {exc.strerror or exc}; nothing was written.") from exc
    except BaseException:  # Ctrl-C while writing: leave nothing behind either
        _discard([*staged, *renamed], made)
        raise


def _make_folders(folder: Path) -> list[Path]:
    """Create `folder` and its missing parents; returns those created, outermost first."""
    missing = [part for part in (folder, *folder.parents) if not part.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    return missing[::-1]


def _discard(files: list[Path], folders: list[Path]) -> None:
    """Remove what a failed `write_all` wrote: its files, then the folders it made, innermost first."""
    for path in files:
        path.unlink(missing_ok=True)
    for folder in reversed(folders):
        with contextlib.suppress(OSError):  # not empty: something else was put there meanwhile
            folder.rmdir()
