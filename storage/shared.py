"""The read-only view a share token opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.errors import NotFoundError
from storage.records import Message, Round, SessionInfo

if TYPE_CHECKING:
    from storage.store import Store


class SharedSession:
    """One shared session, read-only. Every call re-checks the token, so revoking it takes
    effect on views that are already open."""

    def __init__(self, store: Store, token: str, session_id: str) -> None:
        self._store = store
        self._token = token
        self._session_id = session_id

    @property
    def id(self) -> str:
        return self._session_id

    @property
    def title(self) -> str | None:
        return self._live().title

    def rounds(self) -> list[Round]:
        """The session's rounds in creation order."""
        self._live()
        return self._store.rounds(self._session_id)

    def round(self, round_id: int) -> Round:
        """One round of this session (rounds of other sessions are not visible)."""
        self._live()
        found = self._store.round(round_id)
        if found.session_id != self._session_id:
            raise NotFoundError(f"This shared session has no round {round_id}.")
        return found

    def current_round(self) -> Round | None:
        """The round the owner had current."""
        self._live()
        return self._store.current_round(self._session_id)

    def messages(self) -> list[Message]:
        """The chat transcript."""
        self._live()
        return self._store.messages(self._session_id)

    def _live(self) -> SessionInfo:
        """The session's summary, after checking the token still opens it."""
        self._store._shared_session_id(self._token)
        return self._store.session(self._session_id)

    def __repr__(self) -> str:
        return f"SharedSession(id={self._session_id!r})"
