"""What one chat turn answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storage import ShareLink


@dataclass
class Reply:
    """The assistant's answer to one turn.

    `round_id` is the round the reply is about (the new edit, the round gone back to, the round
    shown, or the upload); `tool_calls` what the assistant did, one dict per call:
    `{"name", "args", "status" ("success" | "error"), "result" (the tool's words), "base_round"
    (the round number an edit started from, else None)}`; `error` the plain-language reason when
    the request could not be done. `compare` holds the ids of two rounds to show side by side,
    `share_link` a link made this turn (shown to its owner once; never stored in the transcript,
    which says "share link #N"), and `exports` the files an export wrote, for the app to offer.
    """

    text: str
    round_id: int | None = None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    compare: tuple[int, int] | None = None
    share_link: ShareLink | None = None
    exports: list[Path] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The reply as JSON-ready data, for its owner (the share link's token included)."""
        link = self.share_link
        return {
            "text": self.text,
            "round_id": self.round_id,
            "tool_calls": self.tool_calls,
            "error": self.error,
            "compare": None if self.compare is None else list(self.compare),
            "share_link": None if link is None else {"id": link.id, "token": link.token},
            "exports": [str(path) for path in self.exports],
        }
