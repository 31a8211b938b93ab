"""The transcript: each message with the round it refers to, and under each reply what it did."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

import streamlit as st
from PIL import Image

from app.engine import WorkLog
from app.sources import Source
from assistant import presentation as view
from storage import NotFoundError

DISPLAY_SIDE = 1024


def png(data: bytes) -> Image.Image:
    """A picture back from cached PNG bytes."""
    return Image.open(io.BytesIO(data))


@st.cache_data(max_entries=48, show_spinner=False)
def round_pictures(_source: Source, db_key: str, round_id: Any) -> dict[str, bytes]:
    """Display pictures of one round (rounds never change, so they are cached by id).

    Callers reach here only with a round of a session they have just been allowed to read.
    """
    rnd = _source.round(round_id)
    image = view.fit(rnd.image.convert("RGB"), DISPLAY_SIDE)
    pictures = {"image": view.png_bytes(image)}
    if rnd.parent_id is None:
        return pictures
    before = view.fit(_source.round(rnd.parent_id).image.convert("RGB"), DISPLAY_SIDE).resize(image.size)
    pictures["before"] = view.png_bytes(before)
    if rnd.layer is not None:
        pictures["layer"] = view.png_bytes(view.on_checkerboard(view.fit(rnd.layer, DISPLAY_SIDE)))
    base = before if rnd.action == "remove" else image
    masks = rnd.masks or {}
    for name in ("rough", "refined", "final"):
        if masks.get(name) is not None:
            pictures[name] = view.png_bytes(view.mask_overlay(base, masks[name]))
    if masks.get("attention") is not None:
        pictures["attention"] = view.png_bytes(view.heatmap_overlay(before, masks["attention"]))
    return pictures


def round_label(rnd: Any) -> str:
    """ "Round 2: remove the cup" or "Round 0: your photo"."""
    return f"Round {rnd.index}: {rnd.instruction or 'your photo'}"


@st.fragment
def before_after_wipe(pictures: dict[str, bytes], key: str) -> None:
    """A before/after wipe driven by a slider; only this fragment reruns when it moves."""
    split = st.slider("Wipe: before on the left, after on the right", 0, 100, 50, key=key)
    st.image(view.before_after(png(pictures["before"]), png(pictures["image"]), split / 100), width="stretch")


def render_round(source: Source, db_key: str, rnd: Any, key: str) -> None:
    """A round inline in the chat: the photo, or an edit's result with its layer, masks and maps."""
    pictures = round_pictures(source, db_key, rnd.id)
    if rnd.parent_id is None:
        st.image(pictures["image"], caption=round_label(rnd), width="stretch")
        return
    result, compare, layer, masks, attention, details = st.tabs(
        ["Result", "Before / after", "Layer", "Masks", "Attention", "Details"]
    )
    result.image(pictures["image"], caption=round_label(rnd), width="stretch")
    with compare:
        left, right = st.columns(2)
        left.image(pictures["before"], caption="Before", width="stretch")
        right.image(pictures["image"], caption="After", width="stretch")
        before_after_wipe(pictures, f"wipe-{key}")
    if "layer" in pictures:
        layer.image(pictures["layer"], caption="Edited layer (transparent elsewhere)", width="stretch")
    names = [
        (n, t)
        for n, t in (("rough", "Rough M_b"), ("refined", "Refined M_f"), ("final", "Final M*_f"))
        if n in pictures
    ]
    for column, (name, title) in zip(masks.columns(max(1, len(names))), names, strict=False):
        column.image(pictures[name], caption=title, width="stretch")
    if "attention" in pictures:
        attention.image(pictures["attention"], caption="Cross-attention difference (dark: edited)", width="stretch")
    else:
        attention.caption("No attention map was stored for this round.")
    details.json(rnd.meta, expanded=False)


def _field(call: Any, name: str) -> Any:
    """A field of a tool call given as a dict or as an object; None when it has no such field."""
    return call.get(name) if isinstance(call, Mapping) else getattr(call, name, None)


def render_work(calls: Sequence[Any]) -> None:
    """What a reply did, collapsed: each tool call, its arguments, its result and the round it started from."""
    with st.expander(f"What I did ({len(calls)} step{'s' if len(calls) != 1 else ''})", expanded=False):
        for number, call in enumerate(calls, 1):
            name = str(_field(call, "name") or "a tool")
            args = _field(call, "args") or {}
            st.markdown(f"**{number}. `{name}`**")
            if args:
                st.code(json.dumps(args, default=str, ensure_ascii=False), language="json", wrap_lines=True)
            facts = []
            base = _field(call, "base_round")
            if base is not None:
                facts.append(f"started from round {base}")
            status = _field(call, "status")
            if status:
                facts.append(str(status))
            if facts:
                st.caption(" · ".join(facts))
            result = _field(call, "result")
            if result:
                st.text(str(result))


def comparison(source: Source, pair: Any) -> list[Any]:
    """The two rounds (by id) a reply asked to compare; [] unless both are rounds of this session."""
    if not isinstance(pair, Sequence) or isinstance(pair, str) or len(pair) != 2:
        return []
    by_id = {rnd.id: rnd for rnd in source.rounds()}
    found = [by_id.get(ref) for ref in pair]
    return found if all(found) else []


def render_comparison(source: Source, db_key: str, pair: Any) -> None:
    """Two rounds side by side."""
    shown = comparison(source, pair)
    for column, rnd in zip(st.columns(2), shown, strict=False):
        column.image(round_pictures(source, db_key, rnd.id)["image"], caption=round_label(rnd), width="stretch")


def render_message(source: Source, db_key: str, message: Any, index: int, log: WorkLog | None) -> None:
    """One message of the transcript, with the round it refers to and, for a reply, its work."""
    with st.chat_message(message.role):
        if message.content:
            st.markdown(message.content)
        if message.round_id is not None:
            try:
                render_round(source, db_key, source.round(message.round_id), key=f"{index}")
            except NotFoundError:
                st.caption("That round is no longer available.")
        if message.role != "assistant":
            return
        work = (log.get(message.id) if log is not None else None) or {}
        calls = getattr(message, "tool_calls", None) or work.get("tool_calls")
        pair = getattr(message, "compare", None) or work.get("compare")
        if pair:
            render_comparison(source, db_key, pair)
        if calls:
            render_work(calls)


def render_transcript(source: Source, db_key: str, log: WorkLog | None) -> None:
    """Every message of the session in order (`log=None`: the words and rounds alone)."""
    for index, message in enumerate(source.messages()):
        render_message(source, db_key, message, index, log)
