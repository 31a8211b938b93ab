"""A self-contained HTML page of a session's history, for people without the app.

Images are inlined as base64 data URIs (previews: photos as JPEG, layers and masks as PNG), the
page has no scripts and its Content-Security-Policy forbids any network access, so it opens from
a file in any browser.
"""

from __future__ import annotations

import base64
import html
import io
from collections import defaultdict
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from string import Template

from PIL import Image

from storage.files import replacing
from storage.models import utcnow
from storage.records import Message, Round, SessionInfo

PREVIEW_SIDE = 1024
JPEG_QUALITY = 88


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
    """The whole page as a string."""
    title = info.title or f"Session {info.id[:8]}"
    numbers = {r.id: r.index for r in rounds}
    current = numbers.get(info.current_round_id) if info.current_round_id is not None else None
    summary = f"{len(rounds)} rounds, {len(messages)} messages, started {info.created:%Y-%m-%d %H:%M} UTC"
    if current is not None:
        summary += f"; current round: {current}"
    previews = Previews(max_side)
    template = Template(resources.files("storage").joinpath("templates/history.html").read_text("utf-8"))
    return template.substitute(
        title=_text(title),
        summary=_text(summary),
        tree=_tree(rounds, info.current_round_id),
        rounds="\n".join(_round_section(r, numbers, previews) for r in rounds),
        messages="\n".join(_message(m, numbers) for m in messages) or "<p>No messages.</p>",
        exported=_text(f"{utcnow():%Y-%m-%d %H:%M} UTC"),
    )


def _text(value: object) -> str:
    return html.escape(str(value), quote=True)


def _label(item: Round) -> str:
    if item.parent_id is None:
        return f"Round {item.index}: uploaded photo"
    return f"Round {item.index}: {item.instruction or item.action or 'edit'}"


def _tree(rounds: Sequence[Round], current_id: int | None) -> str:
    """Nested lists of the round tree, children under their parent."""
    children: dict[int | None, list[Round]] = defaultdict(list)
    for item in rounds:
        children[item.parent_id].append(item)

    def branch(parent: int | None) -> str:
        items = []
        for item in children.get(parent, []):
            css = ' class="current"' if item.id == current_id else ""
            link = f'<a href="#round-{item.index}"{css}>{_text(_label(item))}</a>'
            items.append(f"<li>{link}{branch(item.id)}</li>")
        return f"<ul>{''.join(items)}</ul>" if items else ""

    return branch(None) or "<p>No rounds yet.</p>"


def _round_section(item: Round, numbers: dict[int, int], previews: Previews) -> str:
    """One round: what was asked, how, and its images."""
    facts = []
    if item.parent_id is not None:
        parent = numbers.get(item.parent_id)
        facts.append(f'edit of <a href="#round-{parent}">round {parent}</a>')
    if item.action:
        facts.append(f"action {_text(item.action)}")
    if item.seed is not None:
        facts.append(f"seed {item.seed}")
    facts.append(_text(f"{item.created:%Y-%m-%d %H:%M:%S} UTC"))
    figures = [_figure(previews(item, item.image_sha256, "jpeg"), "Result")]
    if item.layer_sha256 is not None:
        figures.append(_figure(previews(item, item.layer_sha256, "png"), "Edited layer", css="layer"))
    for name, sha in item.mask_sha256.items():
        figures.append(_figure(previews(item, sha, "png"), f"{name.capitalize()} mask"))
    if item.canvas_sha256 is not None:
        figures.append(_figure(previews(item, item.canvas_sha256, "jpeg"), "Edited canvas"))
    instruction = f"<p>&ldquo;{_text(item.instruction)}&rdquo;</p>" if item.instruction else ""
    return (
        f'<section class="round" id="round-{item.index}">'
        f"<h3>{_text(_label(item))}</h3>{instruction}"
        f'<p class="meta">{" · ".join(facts)}</p>'
        f'<div class="images">{"".join(figures)}</div></section>'
    )


def _figure(uri: str, caption: str, css: str = "") -> str:
    css_attr = f' class="{css}"' if css else ""
    return (
        f'<figure{css_attr}><img alt="{_text(caption)}" src="{uri}"><figcaption>{_text(caption)}</figcaption></figure>'
    )


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


def _message(message: Message, numbers: dict[int, int]) -> str:
    about = ""
    if message.round_id is not None and message.round_id in numbers:
        number = numbers[message.round_id]
        about = f' <a href="#round-{number}">(round {number})</a>'
    return f'<p><span class="role">{_text(message.role)}:</span> {_text(message.content)}{about}</p>'
