"""Downloads of a whole session, as a bundle zip and as a standalone web page, written when clicked."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import streamlit as st

Writer = Callable[[Path], Any]
FORMATS = (
    ("bundle", "Download bundle (.zip)", ".zip", "application/zip"),
    ("html", "Download web page (.html)", ".html", "text/html"),
)


def file_stem(title: str | None) -> str:
    """The downloads' file name without suffix: "zone-" and the title's letters and digits, nothing else."""
    words = re.sub(r"[^a-z0-9]+", "-", (title or "").lower()).strip("-")[:40].strip("-")
    return f"zone-{words}" if words else "zone-session"


def exported(write: Writer, suffix: str) -> bytes:
    """The bytes `write(path)` puts at a temporary `path` ending in `suffix`."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"session{suffix}"
        write(path)
        return path.read_bytes()


def export_buttons(writers: dict[str, Writer], stem: str) -> None:
    """A download button per format in `writers` ("bundle", "html"); each export runs when clicked,
    so whatever access check its writer makes is made at that moment."""
    for name, label, suffix, mime in FORMATS:
        write = writers[name]
        st.download_button(
            label,
            data=partial(exported, write, suffix),
            file_name=f"{stem}{suffix}",
            mime=mime,
            key=f"dl-{name}",
            on_click="ignore",
            width="stretch",
        )
