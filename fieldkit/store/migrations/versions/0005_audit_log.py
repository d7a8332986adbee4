"""audit log; project settings

``audit_log`` is local and never synced. Rows are only ever added to it: triggers refuse UPDATE and
DELETE. Each row carries a hash chained to the previous row's, so tampering shows (see
``fieldkit.store.audit_models``).

``project_settings`` is a synced table. It holds a coordinator's settings for the whole project, such
as the retention period of personal data. It flows down to the laptops as reference data, so the
partial change-log index that the coordinator's export to laptops reads is rebuilt to include it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

REFERENCE_WHERE_0004 = (
    "table_name IN ('locations', 'agencies', 'helplines', 'materials', 'leaflet_texts', 'events')"
)
REFERENCE_WHERE = (
    "table_name IN ('locations', 'agencies', 'helplines', 'materials', 'leaflet_texts', 'project_settings', 'events')"
)
APPEND_ONLY = "SELECT RAISE(ABORT, 'The audit log is append-only: its entries cannot be changed or removed.');"


def _reference_index(where: str) -> None:
    op.drop_index("ix_change_log_reference", table_name="change_log")
    op.create_index(
        "ix_change_log_reference", "change_log", ["table_name", "row_id"], unique=False, sqlite_where=sa.text(where)
    )


def upgrade() -> None:
    op.create_table(
        "project_settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("set_at", sa.String(length=32), nullable=False),
        sa.Column("set_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_project_settings_tombstones", "project_settings", ["id"], unique=False, sqlite_where=sa.text("deleted IS 1")
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.execute(f"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN {APPEND_ONLY} END")
    op.execute(f"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN {APPEND_ONLY} END")
    _reference_index(REFERENCE_WHERE)


def downgrade() -> None:
    _reference_index(REFERENCE_WHERE_0004)
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.drop_table("audit_log")
    op.drop_index("ix_project_settings_tombstones", table_name="project_settings")
    op.drop_table("project_settings")
