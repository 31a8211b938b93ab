"""The history panel: the round tree as thumbnails, the current round marked, each round's downloads."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import streamlit as st
from PIL import Image

from app.sources import Source
from assistant import presentation as view

THUMB_SIDE = 96


@st.cache_data(max_entries=512, show_spinner=False)
def round_thumbnail(_source: Source, db_key: str, round_id: Any) -> bytes:
    """A small PNG of a round (callers reach here only with a round they may read)."""
    return view.png_bytes(_source.round(round_id).thumbnail(THUMB_SIDE))


def picture(source: Source, round_id: Any, name: str) -> Image.Image:
    """A round's full-resolution "image" or "layer", read (and access-checked) at this moment."""
    found: Image.Image = getattr(source.round(round_id), name)
    return found


def download_png(label: str, loader: Callable[[], Image.Image], file_name: str, key: str) -> None:
    """A download button that reads and encodes the full-resolution picture only when clicked."""
    st.download_button(
        label,
        data=lambda: view.png_bytes(loader()),
        file_name=file_name,
        mime="image/png",
        key=key,
        on_click="ignore",
        icon=":material/download:",
    )


def history_panel(source: Source, db_key: str, on_continue: Callable[[Any], None] | None) -> None:
    """The round tree as thumbnails, the current round marked; `on_continue=None` is read-only."""
    st.subheader("History")
    rounds = source.rounds()
    if not rounds:
        st.caption("No rounds yet: attach a photo in the chat.")
        return
    current = source.current_round()
    for row in view.tree_rows(rounds):
        rnd = row.round
        depth = min(row.depth, 4)
        place = st.columns([0.08 * depth, 1])[1] if depth else st.container()
        with place.container(border=True, key=f"round-{rnd.id}"):
            thumb, info = st.columns([0.35, 0.65])
            thumb.image(round_thumbnail(source, db_key, rnd.id), width="stretch")
            marker = " :blue-badge[current]" if current is not None and rnd.id == current.id else ""
            branch = "↳ " if depth else ""
            info.markdown(f"{branch}**Round {rnd.index}**{marker}  \n{rnd.instruction or 'your photo'}")
            with st.container(horizontal=True, gap="small"):
                if (
                    on_continue is not None
                    and not marker
                    and st.button("Continue from here", key=f"continue-{rnd.id}", icon=":material/call_split:")
                ):
                    on_continue(rnd.id)
                download_png(
                    "Image", partial(picture, source, rnd.id, "image"), f"round-{rnd.index}.png", f"dl-image-{rnd.id}"
                )
                if rnd.parent_id is not None:
                    download_png(
                        "Layer",
                        partial(picture, source, rnd.id, "layer"),
                        f"round-{rnd.index}-layer.png",
                        f"dl-layer-{rnd.id}",
                    )
