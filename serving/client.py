"""`RemoteEditor`: the `Editor` interface over HTTP to the `zone serve` workers.

Same results, same progress reports and same one-sentence errors as an in-process editor. A worker
that dies or cannot be reached mid-edit is an `EditorUnavailableError`; since the caller stores a
round only after `edit` returns, nothing is half-stored.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import numpy as np
from PIL import Image

from serving import wire
from settings import Settings, current
from zone_tools.action import Action
from zone_tools.editor import ProgressCallback, ZoneEditor
from zone_tools.errors import ZoneError
from zone_tools.imageio import ImageSource, load_image
from zone_tools.result import EditResult


class EditorUnavailableError(ZoneError, ConnectionError):
    """The edit workers could not be reached, or stopped during an edit."""


class RemoteEditor:
    """Sends each edit to the workers at `url` (e.g. http://gpu-host:8000) and streams it back."""

    def __init__(self, url: str, *, timeout: float = 600.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.is_tiny = False
        self.runs_on = f"the ZONE workers at {self.url}"

    @property
    def is_loaded(self) -> bool:
        """Always true: loading happens on the workers."""
        return True

    def load(self, everything: bool = True) -> float:
        """Nothing to load here; the workers hold the models."""
        return 0.0

    def edit(
        self,
        image: ImageSource,
        instruction: str,
        *,
        action: Action | str | None = None,
        mask: np.ndarray | Image.Image | None = None,
        seed: int | None = None,
        params: dict[str, Any] | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> EditResult:
        """Edit on a worker; see `zone_tools.ZoneEditor.edit`."""
        body = wire.edit_request(load_image(image), instruction, action=action, mask=mask, seed=seed, params=params)
        try:
            with httpx.stream("POST", f"{self.url}/edit", json=body, timeout=self.timeout) as response:
                if response.status_code != 200:
                    response.read()
                    raise self._unavailable(f"it answered HTTP {response.status_code}")
                for raw in response.iter_lines():
                    if not raw.strip():
                        continue
                    message = json.loads(raw)
                    if "progress" in message and on_progress is not None:
                        on_progress(*message["progress"])
                    elif "error" in message:
                        wire.raise_error(message["error"], message["kind"])
                    elif "result" in message:
                        return wire.parse_result(message["result"])
        except httpx.HTTPError as error:
            raise self._unavailable(type(error).__name__) from error
        raise self._unavailable("the answer ended before the result")

    def _unavailable(self, why: str) -> EditorUnavailableError:
        return EditorUnavailableError(
            f"The edit workers at {self.url} stopped or could not be reached ({why}); nothing was stored. "
            "Try again in a moment."
        )


def editor_from_env(models: str | None = None, config: Settings | None = None) -> RemoteEditor | ZoneEditor:
    """The workers `ZONE_EDITOR_URL` names, else the in-process editor ZONE_MODELS (or `models`) names."""
    url = ((config or current()).editor_url or "").strip()
    return RemoteEditor(url) if url else ZoneEditor.from_env(models)
