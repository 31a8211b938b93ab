"""What one chat turn answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Reply:
    """The assistant's answer to one turn.

    `round_id` is the round the reply is about (the new edit, the round gone back to, the round
    shown, or the upload), `tool_calls` the tools called as `{"name", "args"}`, and `error` the
    plain-language reason when the request could not be done.
    """

    text: str
    round_id: int | None = None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The reply as JSON-ready data."""
        return {"text": self.text, "round_id": self.round_id, "tool_calls": self.tool_calls, "error": self.error}
