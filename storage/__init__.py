"""The session store of the ZONE chat editor: sessions (each with an owner), their round tree,
every round's pixels, the chat transcript and share links, in one SQLAlchemy database (SQLite by
default, PostgreSQL by URL). Share-link tokens are derived from a secret kept outside the database.

It knows nothing of the editing method or the chat model: it stores images, masks and metadata.
"""

from storage.errors import BundleError, NotFoundError, StoreError
from storage.records import LOCAL_OWNER, Message, Round, SessionInfo, ShareLink
from storage.shared import SharedSession
from storage.store import Store

__all__ = [
    "LOCAL_OWNER",
    "BundleError",
    "Message",
    "NotFoundError",
    "Round",
    "SessionInfo",
    "ShareLink",
    "SharedSession",
    "Store",
    "StoreError",
]
