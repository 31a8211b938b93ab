"""Which chat model drives the assistant: the offline router by default, or `ZONE_LLM=provider:model`.

Any LangChain chat model that supports tool calls works (`init_chat_model`): e.g. `openai:gpt-4o-mini`,
`anthropic:claude-sonnet-4-5`, `ollama:llama3.1`; an OpenAI-compatible server is
`openai:MODEL` with `ZONE_LLM_BASE_URL=http://host:port/v1` (and `ZONE_LLM_API_KEY` if it needs one).
The provider's package (e.g. langchain-openai) must be installed; a missing one is a
`ChatModelError` naming the pip package.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from langchain.chat_models import init_chat_model
from langchain_core.language_models import BaseChatModel

from assistant.errors import ChatModelError
from assistant.router import OfflineRouter

OFFLINE_NAMES = frozenset({"", "offline", "router", "offline-router", "none"})


def chat_model(spec: str | None = None, env: Mapping[str, str] | None = None) -> BaseChatModel:
    """The chat model named by `spec` (default: `ZONE_LLM`); the offline router when none is named."""
    env = os.environ if env is None else env
    spec = (env.get("ZONE_LLM", "") if spec is None else spec).strip()
    if spec.lower() in OFFLINE_NAMES:
        return OfflineRouter()
    options: dict[str, Any] = {}
    if base_url := env.get("ZONE_LLM_BASE_URL", "").strip():
        options["base_url"] = base_url
    if api_key := env.get("ZONE_LLM_API_KEY", "").strip():
        options["api_key"] = api_key
    try:
        return init_chat_model(spec, **options)
    except ImportError as error:
        raise ChatModelError(f"ZONE_LLM={spec} needs its provider package, which is not installed. {error}.") from error
    except ValueError as error:
        raise ChatModelError(
            f"ZONE_LLM={spec} is not a chat model LangChain knows; write it as provider:model, "
            f"e.g. openai:gpt-4o-mini or ollama:llama3.1 ({error})."
        ) from error
