"""Initial schema: sessions, rounds, round_assets, assets, messages, shares.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assets",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("mime", sa.String(32), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("bytes", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_assets")),
    )
    # sessions <-> rounds reference each other: the current-round key is added once rounds exist.
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("title", sa.String(200), nullable=True),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("current_round_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    op.create_table(
        "rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(32), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("instruction", sa.Text(), nullable=True),
        sa.Column("action", sa.String(32), nullable=True),
        sa.Column("seed", sa.BigInteger(), nullable=True),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("timings", sa.JSON(), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_rounds_session_id_sessions"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["rounds.id"], name=op.f("fk_rounds_parent_id_rounds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rounds")),
        sa.UniqueConstraint("session_id", "index", name=op.f("uq_rounds_session_id")),
    )
    op.create_index(op.f("ix_rounds_session_id"), "rounds", ["session_id"])
    op.create_index(op.f("ix_rounds_parent_id"), "rounds", ["parent_id"])
    with op.batch_alter_table("sessions") as batch:
        batch.create_foreign_key(
            op.f("fk_sessions_current_round_id_rounds"),
            "rounds",
            ["current_round_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "round_assets",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rounds.id"], name=op.f("fk_round_assets_round_id_rounds"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["sha256"], ["assets.sha256"], name=op.f("fk_round_assets_sha256_assets")),
        sa.PrimaryKeyConstraint("round_id", "role", "name", name=op.f("pk_round_assets")),
    )
    op.create_index(op.f("ix_round_assets_sha256"), "round_assets", ["sha256"])
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(32), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=True),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_messages_session_id_sessions"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rounds.id"], name=op.f("fk_messages_round_id_rounds"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
    )
    op.create_index(op.f("ix_messages_session_id"), "messages", ["session_id"])
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


def downgrade() -> None:
    op.drop_index(op.f("ix_shares_session_id"), table_name="shares")
    op.drop_table("shares")
    op.drop_index(op.f("ix_messages_session_id"), table_name="messages")
    op.drop_table("messages")
    op.drop_index(op.f("ix_round_assets_sha256"), table_name="round_assets")
    op.drop_table("round_assets")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_constraint(op.f("fk_sessions_current_round_id_rounds"), type_="foreignkey")
    op.drop_index(op.f("ix_rounds_parent_id"), table_name="rounds")
    op.drop_index(op.f("ix_rounds_session_id"), table_name="rounds")
    op.drop_table("rounds")
    op.drop_table("sessions")
    op.drop_table("assets")
