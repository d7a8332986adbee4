"""stock balances and the people indexes for the reports

Three whole-store reports read far more rows than they show:

* **Stock on hand now** summed the whole ledger per material x place. ``stock_balances`` holds that
  sum (and the number of live movements) per material x place: local, derived, never synced, kept by
  triggers on ``stock_movements`` exactly as ``stock_monthly`` is (migration 0008), and in bulk by a
  sync import (``fieldkit.sync.summaries``). A row whose last live movement leaves is deleted, so the
  table holds the same groups as the ledger's aggregate. Stock on hand at the end of an earlier period
  still reads the ledger.
* **People reached and trained** tested every check-in against the list of chosen events and then
  every person against the list of attendees. ``ix_attendance_person`` (participant_id, role,
  deleted, event_id) replaces ``ix_attendance_participant`` (participant_id): the reports now ask, per
  person, whether one of their live check-ins as a participant is at a chosen event, from the index
  alone, and stop at the first. The index stays one index, so a check-in maintains no more indexes
  than before.
* ``ix_participants_merged`` (merged_into, only where it is set) finds the duplicates merged into a
  person, so a person whose duplicate attended counts once, without listing every person first.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_ADD = """INSERT INTO stock_balances (material_id, location_id, quantity, movements)
    SELECT NEW.material_id, NEW.location_id, NEW.quantity, 1 WHERE NEW.deleted = 0
    ON CONFLICT (material_id, location_id)
    DO UPDATE SET quantity = quantity + excluded.quantity, movements = movements + 1;"""
_BALANCE = "material_id = OLD.material_id AND location_id = OLD.location_id"
_TAKE = f"""UPDATE stock_balances SET quantity = quantity - OLD.quantity, movements = movements - 1
    WHERE OLD.deleted = 0 AND {_BALANCE};
    DELETE FROM stock_balances WHERE OLD.deleted = 0 AND movements = 0 AND {_BALANCE};"""
WATCHED = "deleted, material_id, location_id, quantity"
_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in WATCHED.split(", "))
TRIGGERS = {
    "stock_balances_insert": f"AFTER INSERT ON stock_movements BEGIN {_ADD} END",
    "stock_balances_update": f"AFTER UPDATE OF {WATCHED} ON stock_movements WHEN {_CHANGED} BEGIN {_TAKE} {_ADD} END",
    "stock_balances_delete": f"AFTER DELETE ON stock_movements BEGIN {_TAKE} END",
}
REBUILD = """INSERT INTO stock_balances (material_id, location_id, quantity, movements)
SELECT material_id, location_id, SUM(quantity), COUNT(*) FROM stock_movements WHERE deleted = 0 GROUP BY 1, 2"""
PERSON = ["participant_id", "role", "deleted", "event_id"]


def upgrade() -> None:
    op.create_table(
        "stock_balances",
        sa.Column("material_id", sa.String(length=36), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("movements", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("material_id", "location_id"),
        sqlite_with_rowid=False,
    )
    op.execute(REBUILD)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.drop_index("ix_attendance_participant", table_name="attendance")
    op.create_index("ix_attendance_person", "attendance", PERSON, unique=False)
    op.create_index(
        "ix_participants_merged",
        "participants",
        ["merged_into"],
        unique=False,
        sqlite_where=sa.text("merged_into IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_participants_merged", table_name="participants")
    op.drop_index("ix_attendance_person", table_name="attendance")
    op.create_index("ix_attendance_participant", "attendance", ["participant_id"], unique=False)
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("stock_balances")
