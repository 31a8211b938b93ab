"""Errors of the assistant; each is a `ZoneError`, so its message is one sentence for the user."""

from __future__ import annotations

from zone_tools.errors import ZoneError


class AssistantError(ZoneError):
    """Base of the assistant's own errors."""


class NoPhotoError(AssistantError):
    """The session has no round yet, so there is nothing to edit or go back to."""

    def __init__(self) -> None:
        super().__init__("There's no photo in this session yet: upload one, then tell me what to change.")


class RoundReferenceError(AssistantError, LookupError):
    """A reference to a round ("round 9", "before the hat") names no round of the session."""


class AmbiguousRoundError(RoundReferenceError):
    """A reference to a round names more than one ("the wallpaper one" after two different wallpaper edits)."""


class ChatModelError(AssistantError):
    """The configured chat model (ZONE_LLM) cannot be used."""


class EditSettingsError(AssistantError, ValueError):
    """The edit settings of a turn (steps, thresholds, ...) are out of range or unknown."""


class ShareLinkError(AssistantError, LookupError):
    """A share link named in a turn ("revoke link #4") is not a live link of the session."""
