"""sync remotes: where this store syncs when a connection is there

``sync_remotes`` holds one row per hub URL or shared folder this store syncs with: the hub's change
position already received (``cursor``), when a round last ran and last succeeded, and the last error,
so the status bar can say "Synced 2 min ago" or "Hub refused: device not enrolled" exactly. A shared
folder keeps the files it has already looked at in ``state``. The table is local and never synced.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_remotes",
        sa.Column("remote", sa.String(length=1000), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("cursor", sa.BigInteger(), nullable=False),
        sa.Column("last_attempt_at", sa.String(length=32), nullable=True),
        sa.Column("last_ok_at", sa.String(length=32), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_code", sa.String(length=40), nullable=True),
        sa.Column("pushed", sa.Integer(), nullable=False),
        sa.Column("pulled", sa.Integer(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("remote"),
    )


def downgrade() -> None:
    op.drop_table("sync_remotes")
