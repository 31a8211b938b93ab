"""The agent: LangChain tools over zone_tools and storage, and the chat model that drives them.

`Assistant(store, editor, llm=None).send(session_id, text, image=None) -> Reply` answers one turn;
`build_tools(store, editor, session_id)` gives the tools to any LangChain agent, `toolkit(store,
editor)` the same tools taking a `session_id` (for an agent of your own); `OfflineRouter` is
the default chat model. Names are imported on first use, so `assistant.presentation` stays light.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Assistant": "assistant.agent",
    "Reply": "assistant.reply",
    "build_tools": "assistant.tools",
    "toolkit": "assistant.embed",
    "SessionTools": "assistant.tools",
    "OfflineRouter": "assistant.router",
    "chat_model": "assistant.llm",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'assistant' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
