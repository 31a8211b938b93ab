"""Which chat model drives the assistant: the offline router by default, or `ZONE_LLM=provider:model`.

Any LangChain chat model that supports tool calls works (`init_chat_model`): e.g. `openai:gpt-4o-mini`,
`anthropic:claude-sonnet-4-5`, `ollama:llama3.1`; an OpenAI-compatible server is
`openai:MODEL` with `ZONE_LLM_BASE_URL=http://host:port/v1` (and `ZONE_LLM_API_KEY` if it needs one).
The provider's package (e.g. langchain-openai) must be installed; a missing one is a
`ChatModelError` naming the pip package. `ZONE_LLM_TIMEOUT` (seconds, default 60) and
`ZONE_LLM_RETRIES` (default 1) bound how long a turn waits for a model that is down or hangs; the
offline router answers then. `ZONE_LLM_VISION=1` sends models that can see the current photo with
each turn, downscaled (`image_block`).
"""

from __future__ import annotations

import base64
import io
import os
from collections.abc import Mapping
from typing import Any

from langchain.chat_models import init_chat_model
from langchain_core.language_models import BaseChatModel
from langchain_core.messages.content import ImageContentBlock, create_image_block
from PIL import Image

from assistant.errors import ChatModelError
from assistant.router import OfflineRouter

OFFLINE_NAMES = frozenset({"", "offline", "router", "offline-router", "none"})
TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
DEFAULT_TIMEOUT = 60.0
DEFAULT_RETRIES = 1
VISION_SIDE = 512
"""Longest side of the photo sent to a model that can see."""


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
    options["timeout"] = _setting(env, "ZONE_LLM_TIMEOUT", DEFAULT_TIMEOUT)
    options["max_retries"] = int(_setting(env, "ZONE_LLM_RETRIES", DEFAULT_RETRIES))
    try:
        return init_chat_model(spec, **options)
    except ImportError as error:
        raise ChatModelError(f"ZONE_LLM={spec} needs its provider package, which is not installed. {error}.") from error
    except ValueError as error:
        raise ChatModelError(
            f"ZONE_LLM={spec} is not a chat model LangChain knows; write it as provider:model, "
            f"e.g. openai:gpt-4o-mini or ollama:llama3.1 ({error})."
        ) from error


def _setting(env: Mapping[str, str], name: str, default: float) -> float:
    """A non-negative number from the environment, `default` when unset."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise ChatModelError(f"{name}={raw} is not a number of seconds or tries; use e.g. {name}={default:g}.")
    return value


def sees_photos(env: Mapping[str, str] | None = None) -> bool:
    """Whether the configured model is sent the current photo with each turn (`ZONE_LLM_VISION`)."""
    env = os.environ if env is None else env
    return env.get("ZONE_LLM_VISION", "").strip().lower() in TRUE_WORDS


def image_block(image: Image.Image, max_side: int = VISION_SIDE) -> ImageContentBlock:
    """`image` as a LangChain image content block: a JPEG at most `max_side` pixels on its longer side."""
    small = image.convert("RGB")
    small.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    small.save(buffer, format="JPEG", quality=85)
    return create_image_block(base64=base64.b64encode(buffer.getvalue()).decode("ascii"), mime_type="image/jpeg")
