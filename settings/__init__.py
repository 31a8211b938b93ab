"""The one reader of ZONE_* environment variables: `Settings` (pydantic-settings) and `current()`.

Every package may import this one (storage, language, zone_tools, assistant, the app); it imports
nothing of ours. `current()` reads the environment afresh on each call, so a test's
`monkeypatch.setenv` is seen; a value that does not parse is a `SettingsError` with one sentence
naming the variable.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

PREFIX = "ZONE_"
SAM_DOWNLOAD_URL = "https://dl.fbaipublicfiles.com/segment_anything/"


class SettingsError(ValueError):
    """A ZONE_* variable holds a value that cannot be used; the message names it."""


class Settings(BaseSettings):
    """ZONE_<FIELD> for every field (case-insensitive); an empty variable counts as unset."""

    model_config = SettingsConfigDict(
        env_prefix=PREFIX, env_ignore_empty=True, frozen=True, extra="ignore", use_attribute_docstrings=True
    )

    db_url: str | None = None
    """The store's SQLAlchemy URL; unset: an SQLite file in the user's data directory."""
    secret: SecretStr | None = None
    """The store's secret deriving share-link tokens; unset: a 0600 file beside the store."""

    models: str = "default"
    """`default` (hub ids), `tiny` (in-process test models) or a folder holding the weights."""
    device: str | None = None
    """A torch device (`cuda`, `cuda:1`, `cpu`); unset: CUDA when present, else the CPU."""
    dtype: str | None = None
    """float16, bfloat16 or float32 (or fp16, bf16, fp32); unset: float16 on CUDA, bfloat16 on a CPU
    that computes it natively (AVX-512 BF16 or AMX), else float32."""
    sam: str = "vit_h"
    """Segment Anything's backbone: vit_h, vit_l or vit_b."""
    sam_url: str = SAM_DOWNLOAD_URL
    """Where SAM checkpoints are downloaded from (a folder URL ending in /); a mirror may replace it."""
    cache: str | None = None
    """The model cache folder; unset: huggingface_hub's cache and the user cache directory."""
    cuda_graphs: bool = True
    """Replay the UNet's call as a CUDA graph on CUDA devices."""
    compile: bool = False
    """Compile the UNets with torch.compile before their CUDA graphs are recorded (a minute or so
    per UNet and working size on first use, then faster denoising)."""
    sam_half: bool = True
    """Run SAM's image encoder under 16-bit autocast: float16 on CUDA, bfloat16 on a bfloat16 CPU."""
    threads: int | None = Field(default=None, ge=1)
    """Threads the models use on the CPU; unset: every core this process may use."""

    llm: str = ""
    """The chat model as provider:model (LangChain's `init_chat_model`); empty: the offline model."""
    llm_base_url: str | None = None
    """The base URL of an OpenAI-compatible server."""
    llm_api_key: SecretStr | None = None
    """The chat model's API key, if its server needs one."""
    llm_timeout: float = Field(default=60.0, ge=0, allow_inf_nan=False)
    """Seconds to wait for the chat model's answer before the offline model answers instead."""
    llm_retries: int = Field(default=1, ge=0)
    """Retries of a chat model call that failed (connection refused, timeout, 5xx)."""
    llm_vision: bool = False
    """Send a chat model that can see the current photo (at most 512 px) with each turn."""

    editor_url: str | None = None
    """The `zone serve` edit workers; unset: edits run in this process."""

    mcp_token: SecretStr | None = None
    """The bearer token of the MCP server (one person)."""
    mcp_tokens_file: Path | None = None
    """A file of MCP bearer tokens and their owners (several people)."""


def current() -> Settings:
    """The settings the environment holds now."""
    try:
        return Settings()
    except ValidationError as error:
        first = error.errors()[0]
        name = PREFIX + str(first["loc"][0]).upper() if first["loc"] else PREFIX
        raise SettingsError(f"{name} cannot be used: {first['msg']}.") from None
