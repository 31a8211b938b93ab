"""Sessions as the page reads them: an owner's live session, or a read-only share, through one protocol."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from storage import NotFoundError, Store


class Source(Protocol):
    """What the page reads of a session: the owner's live session or a read-only share."""

    @property
    def title(self) -> str | None: ...
    def rounds(self) -> Sequence[Any]: ...
    def round(self, round_id: Any) -> Any: ...
    def current_round(self) -> Any: ...
    def messages(self) -> Sequence[Any]: ...


@dataclass
class LiveSession:
    """A session of the store, opened by its owner (checked on every call, like a share)."""

    store: Store
    id: str
    owner: str

    @property
    def title(self) -> str | None:
        return self.store.session(self.id, owner=self.owner).title

    def rounds(self) -> Sequence[Any]:
        self.store.session(self.id, owner=self.owner)
        return self.store.rounds(self.id)

    def round(self, round_id: Any) -> Any:
        """One round of this session; a round of another session is as missing as a deleted one."""
        self.store.session(self.id, owner=self.owner)
        found = self.store.round(round_id)
        if found.session_id != self.id:
            raise NotFoundError(f"This session has no round {round_id}.")
        return found

    def current_round(self) -> Any:
        self.store.session(self.id, owner=self.owner)
        return self.store.current_round(self.id)

    def messages(self) -> Sequence[Any]:
        self.store.session(self.id, owner=self.owner)
        return self.store.messages(self.id)
