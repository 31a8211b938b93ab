"""Sessions get an owner; share links are kept as (id, salt) with their tokens derived, not stored.

Existing sessions go to the local owner ("local"). The old `shares` table (SHA-256 of random tokens)
is replaced by `share_links`: links made before this revision stop working, on purpose, since their
tokens may sit in plain text in transcripts and exports.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOCAL_OWNER = "local"  # frozen here: a migration must not follow later changes of the code


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("owner", sa.String(200), nullable=False, server_default=LOCAL_OWNER))
        batch.create_index(batch.f("ix_sessions_owner"), ["owner"])
    op.drop_index(op.f("ix_shares_session_id"), table_name="shares")
    op.drop_table("shares")
    op.create_table(
        "share_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("salt", sa.String(32), nullable=False),
        sa.Column("session_id", sa.String(32), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_share_links_session_id_sessions"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_links")),
    )
    op.create_index(op.f("ix_share_links_session_id"), "share_links", ["session_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_share_links_session_id"), table_name="share_links")
    op.drop_table("share_links")
    op.create_table(
        "shares",
        sa.Column("token_sha256", sa.String(64), nullable=False),
        sa.Column("session_id", sa.String(32), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_shares_session_id_sessions"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("token_sha256", name=op.f("pk_shares")),
    )
    op.create_index(op.f("ix_shares_session_id"), "shares", ["session_id"])
    op.drop_index(op.f("ix_sessions_owner"), table_name="sessions")
    if op.get_context().dialect.name == "sqlite":
        # Native DROP COLUMN (SQLite 3.35+): batch mode would copy and drop `sessions`, and dropping
        # it with foreign keys on deletes every round and message through ON DELETE CASCADE.
        op.execute("ALTER TABLE sessions DROP COLUMN owner")
    else:
        op.drop_column("sessions", "owner")
