"""The `zone://` resources: every round's full-size pictures, and session exports, for the caller only.

    zone://sessions/{session}/rounds/{number}/image        the round's photo (PNG, full size)
    zone://sessions/{session}/rounds/{number}/layer        the edited layer (RGBA PNG)
    zone://sessions/{session}/rounds/{number}/canvas       the globally edited canvas
    zone://sessions/{session}/rounds/{number}/mask-final   a mask (also mask-rough, mask-refined, mask-attention)
    zone://sessions/{session}/export/bundle                the session as a zip bundle (html: an HTML page)

A session of another owner reads exactly like a missing one.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal, get_args

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceNotFoundError
from PIL import Image

from assistant.references import RoundTree
from storage import Round, Store, StoreError
from zone_mcp.auth import current_owner
from zone_tools.errors import ZoneError

PREVIEW_SIDE = 768
"""Longer side of the preview image in tool results: sharp in a chat window, small on the wire."""

ExportFormat = Literal["bundle", "html"]
EXPORT_MIME: dict[str, str] = {"bundle": "application/zip", "html": "text/html"}
EXPORT_SUFFIX: dict[str, str] = {"bundle": "zip", "html": "html"}
EXPORT_DESCRIPTION: dict[str, str] = {
    "bundle": "a zip bundle (`zone import` reads it)",
    "html": "a self-contained HTML page",
}
MASK_PREFIX = "mask-"


def round_uri(session: str, number: int | str, kind: str) -> str:
    return f"zone://sessions/{session}/rounds/{number}/{kind}"


def export_uri(session: str, format: str) -> str:
    return f"zone://sessions/{session}/export/{format}"


def round_uris(node: Round) -> dict[str, str]:
    """kind -> URI of each picture stored with the round."""
    kinds = ["image"]
    kinds += ["layer"] if node.layer_sha256 else []
    kinds += ["canvas"] if node.canvas_sha256 else []
    kinds += [MASK_PREFIX + name for name in sorted(node.mask_sha256)]
    return {kind: round_uri(node.session_id, node.index, kind) for kind in kinds}


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def picture(node: Round, kind: str) -> Image.Image | None:
    """The round's picture of that kind; None when it has none."""
    if kind == "image":
        return node.image
    if kind == "layer":
        return node.layer
    if kind == "canvas":
        return node.canvas
    if kind.startswith(MASK_PREFIX):
        return node.masks.get(kind.removeprefix(MASK_PREFIX))
    return None


def export_bytes(store: Store, session: str, format: ExportFormat) -> bytes:
    """The session exported as a bundle (zip) or an HTML page, as bytes."""
    with tempfile.TemporaryDirectory(prefix="zone-mcp-") as folder:
        target = Path(folder) / f"session.{EXPORT_SUFFIX[format]}"
        written = store.export_bundle(session, target) if format == "bundle" else store.export_html(session, target)
        return Path(written).read_bytes()


def register(server: MCPServer, store: Store) -> None:
    """Add the round and export resource templates to `server`."""

    @server.resource(
        round_uri("{session}", "{number}", "{kind}"),
        name="round picture",
        description="A round's full-size image, edited layer, canvas or mask (PNG).",
        mime_type="image/png",
    )
    def round_picture(session: str, number: str, kind: str) -> bytes:
        try:
            store.session(session, owner=current_owner())
            node = RoundTree(store.rounds(session), None).by_index(int(number))
        except (ZoneError, StoreError, ValueError) as error:
            raise ResourceNotFoundError(str(error)) from error
        found = picture(node, kind)
        if found is None:
            raise ResourceNotFoundError(f"Round {node.index} has no {kind}.")
        return png_bytes(found)

    for format in get_args(ExportFormat):
        server.resource(
            export_uri("{session}", format),
            name=f"session export ({format})",
            description=f"The session as {EXPORT_DESCRIPTION[format]}.",
            mime_type=EXPORT_MIME[format],
        )(_exporter(store, format))


def _exporter(store: Store, format: ExportFormat) -> Callable[[str], bytes]:
    """The reader of one export resource."""

    def session_export(session: str) -> bytes:
        try:
            store.session(session, owner=current_owner())
            return export_bytes(store, session, format)
        except (ZoneError, StoreError) as error:
            raise ResourceNotFoundError(str(error)) from error

    return session_export
