"""Which chat model drives the assistant: the offline router by default, or `ZONE_LLM=provider:model`.

Any LangChain chat model that supports tool calls works (`init_chat_model`): e.g. `openai:gpt-4o-mini`,
`anthropic:claude-sonnet-4-5`, `ollama:llama3.1`; an OpenAI-compatible server is
`openai:MODEL` with `ZONE_LLM_BASE_URL=http://host:port/v1` (and `ZONE_LLM_API_KEY` if it needs one).
The provider's package (e.g. langchain-openai) must be installed; a missing one is a
`ChatModelError` naming the pip package. `ZONE_LLM_TIMEOUT` (seconds, default 60) and
`ZONE_LLM_RETRIES` (default 1) bound how long a turn waits for a model that is down or hangs; the
offline router answers then. `ZONE_LLM_VISION=1` sends models that can see the current photo with
each turn, downscaled (`image_block`). All of them are read through `settings.current()`.
"""

from __future__ import annotations

import base64
import io
from typing import Any

from langchain.chat_models import init_chat_model
from langchain_core.language_models import BaseChatModel
from langchain_core.messages.content import ImageContentBlock, create_image_block
from PIL import Image

from assistant.errors import ChatModelError
from assistant.router import OfflineRouter
from settings import Settings, SettingsError, current

OFFLINE_NAMES = frozenset({"", "offline", "router", "offline-router", "none"})
VISION_SIDE = 512
"""Longest side of the photo sent to a model that can see."""


def chat_model(spec: str | None = None, config: Settings | None = None) -> BaseChatModel:
    """The chat model named by `spec` (default: `ZONE_LLM`); the offline router when none is named."""
    try:
        config = config or current()
    except SettingsError as error:
        raise ChatModelError(str(error)) from None
    spec = (config.llm if spec is None else spec).strip()
    if spec.lower() in OFFLINE_NAMES:
        return OfflineRouter()
    options: dict[str, Any] = {"timeout": config.llm_timeout, "max_retries": config.llm_retries}
    if config.llm_base_url:
        options["base_url"] = config.llm_base_url.strip()
    if config.llm_api_key:
        options["api_key"] = config.llm_api_key.get_secret_value()
    try:
        return init_chat_model(spec, **options)
    except ImportError as error:
        raise ChatModelError(f"ZONE_LLM={spec} needs its provider package, which is not installed. {error}.") from error
    except ValueError as error:
        raise ChatModelError(
            f"ZONE_LLM={spec} is not a chat model LangChain knows; write it as provider:model, "
            f"e.g. openai:gpt-4o-mini or ollama:llama3.1 ({error})."
        ) from error


def sees_photos() -> bool:
    """Whether the configured model is sent the current photo with each turn (`ZONE_LLM_VISION`)."""
    return current().llm_vision


def image_block(image: Image.Image, max_side: int = VISION_SIDE) -> ImageContentBlock:
    """`image` as a LangChain image content block: a JPEG at most `max_side` pixels on its longer side."""
    small = image.convert("RGB")
    small.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    small.save(buffer, format="JPEG", quality=85)
    return create_image_block(base64=base64.b64encode(buffer.getvalue()).decode("ascii"), mime_type="image/jpeg")
