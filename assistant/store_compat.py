"""The store's owner and share-link API (PLAN.md, issue 15), reached the same way before and after
the storage branch that adds it is merged.

Everything here is a one-line pass-through on the new store; the fallbacks serve the store that
still returns a bare token from `share` and has no owners. Once the storage branch is in main, the
fallbacks can go and callers can use the store directly.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from datetime import datetime

from storage import SessionInfo, Store

try:
    from storage import LOCAL_OWNER, ShareLink
except ImportError:  # the store before owners and share-link ids
    LOCAL_OWNER = "local"

    @dataclass(frozen=True)
    class ShareLink:  # type: ignore[no-redef]
        """A share link as `Store.share` returns it: `token` opens the session read-only."""

        id: int | None
        token: str
        created: datetime | None = None
        revoked: datetime | None = None


def _takes_owner(method: object) -> bool:
    return "owner" in inspect.signature(method).parameters  # type: ignore[arg-type]


def owned_session(store: Store, session_id: str, owner: str) -> SessionInfo:
    """The session's summary when `owner` owns it; `NotFoundError` (same words as a missing one) otherwise."""
    if _takes_owner(store.session):
        return store.session(session_id, owner=owner)
    return store.session(session_id)


def create_session(store: Store, title: str | None, owner: str) -> str:
    """A new empty session of `owner`; returns its id."""
    if _takes_owner(store.create_session):
        return store.create_session(title, owner=owner)
    return store.create_session(title)


def new_link(store: Store, session_id: str) -> ShareLink:
    """A new read-only share link for the session."""
    made = store.share(session_id)
    return ShareLink(id=None, token=made) if isinstance(made, str) else made


def live_links(store: Store, session_id: str) -> list[ShareLink]:
    """The session's links that still open it, oldest first (none on a store that cannot list them)."""
    if not hasattr(store, "share_links"):
        return []
    links = [link for link in store.share_links(session_id) if link.revoked is None]
    return sorted(links, key=lambda link: link.id)


def revoke(store: Store, session_id: str, link: ShareLink) -> None:
    """Make `link` (a link of the session) open nothing from now on."""
    if link.id is None:
        store.revoke(link.token)
    else:
        store.revoke(link.id, session_id=session_id)
