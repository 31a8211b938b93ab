"""The read-only view a share token opens (knows the store only through `SessionSource`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from storage.errors import NotFoundError
from storage.records import Message, Round, SessionInfo

HIDDEN = ""  # what a shared view shows in place of the session id


class SessionSource(Protocol):
    """The reads a shared view needs (the `Store` provides them)."""

    def session(self, session_id: str) -> SessionInfo: ...
    def rounds(self, session_id: str) -> list[Round]: ...
    def round(self, round_id: int) -> Round: ...
    def messages(self, session_id: str) -> list[Message]: ...
    def export_bundle(self, session_id: str, path: str | Path) -> Path: ...
    def export_html(self, session_id: str, path: str | Path) -> Path: ...


class SharedSession:
    """One shared session, read-only, with no session id in sight.

    Every call first re-checks the token (`resolve` raises `NotFoundError` once it is revoked), so
    revoking takes effect on views that are already open, their exports included. Records handed
    out carry an empty `session_id`.
    """

    def __init__(self, resolve: Callable[[], str], source: SessionSource) -> None:
        self._resolve = resolve
        self._source = source

    @property
    def title(self) -> str | None:
        return self._source.session(self._resolve()).title

    def rounds(self) -> list[Round]:
        """The session's rounds in creation order."""
        return [_hide(item) for item in self._source.rounds(self._resolve())]

    def round(self, round_id: int) -> Round:
        """One round of this session (rounds of other sessions are not visible)."""
        session_id = self._resolve()
        try:
            found = self._source.round(round_id)
        except NotFoundError:
            found = None
        if found is None or found.session_id != session_id:
            raise NotFoundError(f"This shared session has no round {round_id!r}.")
        return _hide(found)

    def current_round(self) -> Round | None:
        """The round the owner had current."""
        current = self._source.session(self._resolve()).current_round_id
        return None if current is None else self.round(current)

    def messages(self) -> list[Message]:
        """The chat transcript (share links appear as references, never as tokens)."""
        return [replace(message, session_id=HIDDEN) for message in self._source.messages(self._resolve())]

    def export_bundle(self, path: str | Path) -> Path:
        """Write the session as a bundle (no session id, no token inside) after re-checking the token."""
        return self._source.export_bundle(self._resolve(), path)

    def export_html(self, path: str | Path) -> Path:
        """Write the session's HTML page (no session id, no token inside) after re-checking the token."""
        return self._source.export_html(self._resolve(), path)

    def __repr__(self) -> str:
        return "SharedSession()"


def _hide(item: Round) -> Round:
    return replace(item, session_id=HIDDEN)
