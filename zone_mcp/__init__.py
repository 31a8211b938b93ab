"""ZONE editing as a Model Context Protocol server, for the chat assistants people already use.

`zone mcp` serves it over stdio (a desktop chat client starts it) or, with `--http`, over streamable
HTTP on 127.0.0.1 behind bearer tokens. `build_server(store, editor)` gives the `MCPServer` itself.
Its tools are the assistant's (`assistant.tools.SessionTools`), answered as text, a preview image
and structured content; full-size pictures are `zone://` resources. Names are imported on first use,
so registering `zone mcp` with the `zone` command does not load the SDK.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {"build_server": "zone_mcp.server", "OwnerTokens": "zone_mcp.auth"}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'zone_mcp' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
