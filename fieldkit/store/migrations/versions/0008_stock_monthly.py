"""stock summaries for the reports: stock_monthly, place_classes, handout_cells

The "materials distributed" report sums every live handout of the period by month, material,
location type and economic region. Over a coordinator's whole ledger that is a sort of every
handout, about a second per million movements. Three local, derived tables (never synced, never
exported) hold the sums instead:

* ``stock_monthly``: the live ledger summed per movement kind, month of ``occurred_at`` (its first
  seven characters, the officer's local time), material, place and whether the movement was recorded
  at an event: the summed quantity and the number of movements. Triggers on ``stock_movements`` keep
  it equal to the live ledger's aggregate on every insert, update and delete, whoever writes the row
  (the services through SQLAlchemy, sync's merge with plain SQL): an update takes the old row's share
  out and puts the new row's in, so a voided, restored or edited movement moves with it. A cell whose
  last movement leaves is deleted, so the table never holds a zero-count row.
* ``place_classes``: each place's kind and economic region, as the reports work them out from the
  place tree; and ``handout_cells``: the live handouts summed per month, material, location type
  (``event`` for a handout recorded at an event, otherwise the kind of the place) and economic region,
  in the order the report lists them. The same triggers keep ``handout_cells`` as they keep
  ``stock_monthly``, classifying each movement by ``place_classes``. A place's class depends on the
  whole tree, so any write to ``locations`` (rare: set-up, a new venue, a corrected parent) marks
  both ``stale`` in ``stock_summary_state``, and the next report rebuilds them from ``stock_monthly``
  (``fieldkit.services.report_queries.REFRESH_CELLS``) before it reads them.

The upgrade fills all three from the ledger. A later migration that rebuilds ``stock_movements`` or
``locations`` (a batch ALTER copies the table) drops these triggers with it and must create them again.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _add(r: str) -> str:
    """Statements that add the movement ``r`` (NEW or OLD) to its cells, if it is live."""
    place = f"(SELECT {{}} FROM place_classes WHERE location_id = {r}.location_id)"
    return f"""INSERT INTO stock_monthly (kind, month, material_id, location_id, at_event, quantity, movements)
    SELECT {r}.kind, substr({r}.occurred_at, 1, 7), {r}.material_id, {r}.location_id, {r}.event_id IS NOT NULL,
        {r}.quantity, 1
    WHERE {r}.deleted = 0
    ON CONFLICT (kind, month, material_id, location_id, at_event)
    DO UPDATE SET quantity = quantity + excluded.quantity, movements = movements + 1;
    INSERT INTO handout_cells (month, material_id, location_type, region, quantity, movements)
    SELECT substr({r}.occurred_at, 1, 7), {r}.material_id,
        CASE WHEN {r}.event_id IS NOT NULL THEN 'event' ELSE COALESCE({place.format("kind")}, '') END,
        COALESCE({place.format("region")}, ''), {r}.quantity, 1
    WHERE {r}.deleted = 0 AND {r}.kind = 'handout'
    ON CONFLICT (month, material_id, location_type, region)
    DO UPDATE SET quantity = quantity + excluded.quantity, movements = movements + 1;"""


_MONTHLY = """kind = OLD.kind AND month = substr(OLD.occurred_at, 1, 7) AND material_id = OLD.material_id
    AND location_id = OLD.location_id AND at_event = (OLD.event_id IS NOT NULL)"""
_CELL = """month = substr(OLD.occurred_at, 1, 7) AND material_id = OLD.material_id
    AND location_type = CASE WHEN OLD.event_id IS NOT NULL THEN 'event'
        ELSE COALESCE((SELECT kind FROM place_classes WHERE location_id = OLD.location_id), '') END
    AND region = COALESCE((SELECT region FROM place_classes WHERE location_id = OLD.location_id), '')"""
_TAKE = f"""UPDATE stock_monthly SET quantity = quantity - OLD.quantity, movements = movements - 1
    WHERE OLD.deleted = 0 AND {_MONTHLY};
    DELETE FROM stock_monthly WHERE OLD.deleted = 0 AND movements = 0 AND {_MONTHLY};
    UPDATE handout_cells SET quantity = quantity - OLD.quantity, movements = movements - 1
    WHERE OLD.deleted = 0 AND OLD.kind = 'handout' AND {_CELL};
    DELETE FROM handout_cells WHERE OLD.deleted = 0 AND OLD.kind = 'handout' AND movements = 0 AND {_CELL};"""
# The ledger columns a cell depends on; an update of any other column (a note, the field clocks)
# fires nothing.
WATCHED = "deleted, kind, occurred_at, material_id, location_id, event_id, quantity"
_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in WATCHED.split(", "))
_STALE = "UPDATE stock_summary_state SET stale = 1 WHERE slot = 1 AND stale = 0;"
TRIGGERS = {
    "stock_monthly_insert": f"AFTER INSERT ON stock_movements BEGIN {_add('NEW')} END",
    "stock_monthly_update": (
        f"AFTER UPDATE OF {WATCHED} ON stock_movements WHEN {_CHANGED} BEGIN {_TAKE} {_add('NEW')} END"
    ),
    "stock_monthly_delete": f"AFTER DELETE ON stock_movements BEGIN {_TAKE} END",
    "place_classes_stale_insert": f"AFTER INSERT ON locations BEGIN {_STALE} END",
    "place_classes_stale_update": (
        f"AFTER UPDATE OF id, kind, parent_id ON locations WHEN OLD.id IS NOT NEW.id OR OLD.kind IS NOT NEW.kind "
        f"OR OLD.parent_id IS NOT NEW.parent_id BEGIN {_STALE} END"
    ),
    "place_classes_stale_delete": f"AFTER DELETE ON locations BEGIN {_STALE} END",
}
REBUILD_MONTHLY = """INSERT INTO stock_monthly (kind, month, material_id, location_id, at_event, quantity, movements)
SELECT kind, substr(occurred_at, 1, 7), material_id, location_id, event_id IS NOT NULL, SUM(quantity), COUNT(*)
FROM stock_movements WHERE deleted = 0 GROUP BY 1, 2, 3, 4, 5"""


def upgrade() -> None:
    op.create_table(
        "stock_monthly",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("material_id", sa.String(length=36), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("at_event", sa.Boolean(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("movements", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "month", "material_id", "location_id", "at_event"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "place_classes",
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("region", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("location_id"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "handout_cells",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("material_id", sa.String(length=36), nullable=False),
        sa.Column("location_type", sa.String(length=24), nullable=False),
        sa.Column("region", sa.String(length=36), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("movements", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("month", "material_id", "location_type", "region"),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_handout_cells_breakdown",
        "handout_cells",
        ["material_id", "location_type", "region", "quantity"],
        unique=False,
    )
    op.create_table(
        "stock_summary_state",
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("stale", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("slot"),
    )
    op.execute(REBUILD_MONTHLY)
    op.execute("INSERT INTO stock_summary_state (slot, stale) VALUES (1, 1)")  # the first report classifies
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("stock_summary_state", "handout_cells", "place_classes", "stock_monthly"):
        op.drop_table(table)
