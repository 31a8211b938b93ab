"""Plain read-only records handed out by the store (never ORM instances tied to a DB session)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from PIL import Image

AssetLoader = Callable[[str], Image.Image]
LOCAL_OWNER = "local"  # the owner of everything made from the CLI and the single-person app


@dataclass(frozen=True)
class SessionInfo:
    """A session as listed: its id, title, creation time, current round, number of rounds, owner."""

    id: str
    title: str | None
    created: datetime
    current_round_id: int | None
    round_count: int
    owner: str = LOCAL_OWNER


@dataclass(frozen=True)
class ShareLink:
    """A share link of a session: `token` opens it read-only until `revoked` is set.

    The token is derived on demand (never stored); transcripts refer to a link as
    "share link #<id>".
    """

    id: int
    token: str = field(repr=False)
    created: datetime
    revoked: datetime | None = None

    @property
    def live(self) -> bool:
        """True while the link opens its session."""
        return self.revoked is None

    @property
    def reference(self) -> str:
        """How transcripts name this link, instead of its token."""
        return f"share link #{self.id}"


@dataclass(frozen=True)
class Message:
    """One chat message; `round_id` names the round it is about, if any."""

    id: int
    session_id: str
    role: str
    content: str
    round_id: int | None
    created: datetime


@dataclass(frozen=True, kw_only=True)
class Round:
    """One round of a session. Pixels are loaded from the store on first access and then cached.

    `image_sha256`, `layer_sha256`, `canvas_sha256` and `mask_sha256` name the stored PNGs; `load`
    fetches one of them from the store that made this record.
    """

    id: int
    session_id: str
    parent_id: int | None
    index: int
    instruction: str | None
    action: str | None
    seed: int | None
    params: dict[str, Any]
    timings: dict[str, Any]
    created: datetime
    image_sha256: str
    layer_sha256: str | None = None
    canvas_sha256: str | None = None
    mask_sha256: Mapping[str, str] = field(default_factory=dict)
    load: AssetLoader = field(repr=False, compare=False)

    def __hash__(self) -> int:
        return hash((Round, self.id))

    @property
    def meta(self) -> dict[str, Any]:
        """The round's settings as given to `add_round`: action, seed, params, timings."""
        return {"action": self.action, "seed": self.seed, "params": self.params, "timings": self.timings}

    @property
    def is_upload(self) -> bool:
        """True for a root round (an uploaded photo)."""
        return self.parent_id is None

    @cached_property
    def image(self) -> Image.Image:
        """The round's result image at full resolution."""
        return self.load(self.image_sha256)

    @cached_property
    def layer(self) -> Image.Image | None:
        """The edited layer (RGBA), or None for an upload."""
        return None if self.layer_sha256 is None else self.load(self.layer_sha256)

    @cached_property
    def canvas(self) -> Image.Image | None:
        """The globally edited canvas, if stored."""
        return None if self.canvas_sha256 is None else self.load(self.canvas_sha256)

    @cached_property
    def masks(self) -> dict[str, Image.Image]:
        """The round's masks by name (e.g. rough, refined, final)."""
        return {name: self.load(sha) for name, sha in self.mask_sha256.items()}

    def thumbnail(self, max_side: int = 256) -> Image.Image:
        """A copy of the image scaled down so that its longer side is at most `max_side`."""
        preview = self.image.copy()
        preview.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        return preview
