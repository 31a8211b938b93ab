"""A self-contained HTML page of a session's history, for people without the app.

Images are inlined as base64 data URIs (previews: photos as JPEG, layers and masks as PNG), the
page has no scripts and its Content-Security-Policy forbids any network access, so it opens from
a file in any browser.
"""

from __future__ import annotations

import base64
import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, Template, select_autoescape
from PIL import Image

from storage.files import replacing
from storage.links import redact
from storage.models import utcnow
from storage.records import Message, Round, SessionInfo

PREVIEW_SIDE = 1024
JPEG_QUALITY = 88
TEMPLATE = "history.html"
UNTITLED = "Untitled session"  # never the session id: the page may travel with a share link


@dataclass(frozen=True)
class Figure:
    """One image of a round on the page."""

    uri: str
    caption: str
    css: str = ""


def write_history(
    path: Path, info: SessionInfo, rounds: Sequence[Round], messages: Sequence[Message], max_side: int = PREVIEW_SIDE
) -> Path:
    """Render the page and write it atomically to `path`."""
    page = render_history(info, rounds, messages, max_side)
    with replacing(path, "history page") as partial:
        partial.write_text(page, encoding="utf-8")
    return path.expanduser()


def render_history(
    info: SessionInfo, rounds: Sequence[Round], messages: Sequence[Message], max_side: int = PREVIEW_SIDE
) -> str:
    """The whole page as a string (Jinja2, every value autoescaped)."""
    numbers = {r.id: r.index for r in rounds}
    current = numbers.get(info.current_round_id) if info.current_round_id is not None else None
    summary = f"{len(rounds)} rounds, {len(messages)} messages, started {info.created:%Y-%m-%d %H:%M} UTC"
    if current is not None:
        summary += f"; current round: {current}"
    previews = Previews(max_side)
    items = [_round_view(item, numbers, previews) for item in rounds]
    children: dict[int | None, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        children[item["parent_id"]].append(item)
    return _template().render(
        title=info.title or UNTITLED,
        summary=summary,
        children=children,
        current_id=info.current_round_id,
        rounds=items,
        messages=[
            {
                "role": m.role,
                "content": redact(m.content),
                "round": None if m.round_id is None else numbers.get(m.round_id),
            }
            for m in messages
        ],
        exported=f"{utcnow():%Y-%m-%d %H:%M} UTC",
    )


@cache
def _template() -> Template:
    environment = Environment(
        loader=PackageLoader("storage", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    return environment.get_template(TEMPLATE)


def _label(item: Round) -> str:
    if item.parent_id is None:
        return f"Round {item.index}: uploaded photo"
    return f"Round {item.index}: {item.instruction or item.action or 'edit'}"


def _round_view(item: Round, numbers: dict[int, int], previews: Previews) -> dict[str, Any]:
    """What the template shows of one round: what was asked, how, and its images."""
    figures = [Figure(previews(item, item.image_sha256, "jpeg"), "Result")]
    if item.layer_sha256 is not None:
        figures.append(Figure(previews(item, item.layer_sha256, "png"), "Edited layer", css="layer"))
    for name, sha in item.mask_sha256.items():
        figures.append(Figure(previews(item, sha, "png"), f"{name.capitalize()} mask"))
    if item.canvas_sha256 is not None:
        figures.append(Figure(previews(item, item.canvas_sha256, "jpeg"), "Edited canvas"))
    return {
        "id": item.id,
        "parent_id": item.parent_id,
        "index": item.index,
        "parent": None if item.parent_id is None else numbers.get(item.parent_id),
        "label": _label(item),
        "instruction": item.instruction,
        "action": item.action,
        "seed": item.seed,
        "created": f"{item.created:%Y-%m-%d %H:%M:%S} UTC",
        "figures": figures,
    }


class Previews:
    """Data URIs of scaled-down copies of stored images, made once per distinct image.

    Pixels are loaded through `Round.load` rather than the round's cached attributes, so a long
    session of large photos is never held in memory at once.
    """

    def __init__(self, max_side: int) -> None:
        self.max_side = max_side
        self._made: dict[tuple[str, str], str] = {}

    def __call__(self, item: Round, sha256: str, fmt: str) -> str:
        key = (sha256, fmt)
        if key not in self._made:
            self._made[key] = _data_uri(item.load(sha256), self.max_side, fmt)
        return self._made[key]


def _data_uri(image: Image.Image, max_side: int, fmt: str) -> str:
    """A scaled-down copy of `image` as a base64 data URI (JPEG for photos, PNG keeps alpha)."""
    preview = image.copy()
    preview.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    if fmt == "jpeg":
        preview.convert("RGB").save(buffer, "JPEG", quality=JPEG_QUALITY)
    else:
        preview.save(buffer, "PNG")
    return f"data:image/{fmt};base64,{base64.b64encode(buffer.getvalue()).decode('ascii')}"
