"""SQLAlchemy models of the store: sessions, rounds (a tree), assets (PNG blobs), messages, share links.

The schema itself is owned by the Alembic migrations in `storage/migrations/`; these models must
match them (a test compares the two).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Dialect,
    ForeignKey,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.records import LOCAL_OWNER

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every backend (SQLite hands back naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


MAX_OWNER = 200


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base with deterministic constraint names (needed by Alembic batch mode)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}


class SessionRow(Base):
    """A chat session of one owner; `current_round_id` is the round the next edit starts from."""

    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    owner: Mapped[str] = mapped_column(String(MAX_OWNER), index=True, server_default=LOCAL_OWNER)
    title: Mapped[str | None] = mapped_column(String(200))
    created: Mapped[datetime] = mapped_column(default=utcnow)
    current_round_id: Mapped[int | None] = mapped_column(ForeignKey("rounds.id", use_alter=True, ondelete="SET NULL"))


class RoundRow(Base):
    """One round of a session: an upload (no parent) or an edit of its parent round."""

    __tablename__ = "rounds"
    __table_args__ = (UniqueConstraint("session_id", "index"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("rounds.id"), index=True)
    index: Mapped[int]
    instruction: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(String(32))
    seed: Mapped[int | None] = mapped_column(BigInteger)
    params: Mapped[dict[str, Any]]
    timings: Mapped[dict[str, Any]]
    created: Mapped[datetime] = mapped_column(default=utcnow)

    assets: Mapped[list[RoundAsset]] = relationship(lazy="selectin", cascade="all, delete-orphan")


IMAGE, LAYER, CANVAS, MASK = "image", "layer", "canvas", "mask"


class RoundAsset(Base):
    """Which asset fills which slot of a round: role IMAGE, LAYER, CANVAS or MASK (with its name)."""

    __tablename__ = "round_assets"

    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), primary_key=True, default="")
    sha256: Mapped[str] = mapped_column(ForeignKey("assets.sha256"), index=True)


class Asset(Base):
    """A PNG blob, stored once per distinct content; `kind` is its pixel mode (RGB, RGBA, L, LA)."""

    __tablename__ = "assets"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    mime: Mapped[str] = mapped_column(String(32))
    width: Mapped[int]
    height: Mapped[int]
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column("bytes", LargeBinary, deferred=True)


class MessageRow(Base):
    """One chat message, optionally about a round."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(Text)
    round_id: Mapped[int | None] = mapped_column(ForeignKey("rounds.id", ondelete="SET NULL"))
    created: Mapped[datetime] = mapped_column(default=utcnow)


class ShareRow(Base):
    """A share link. Its token is derived from the id, the session and the salt with a secret kept
    outside the database (`storage.links`), so the database alone opens nothing."""

    __tablename__ = "share_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    salt: Mapped[str] = mapped_column(String(32))
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    created: Mapped[datetime] = mapped_column(default=utcnow)
    revoked: Mapped[datetime | None]
