"""field clocks on the rows; change log without its row and clock indexes

Every synced row gets ``clocks``: the (HLC, origin) of each field whose last change is not the
row's creation, as JSON, or NULL when every field still holds its creator's value. The merge reads
a row's field clocks from there instead of from the change log, so the change log loses its
(table_name, row_id) index (the largest and most randomly written index of the store) and the
unused index on hlc. A small partial index on the reference tables' and events' entries keeps the
coordinator's export to laptops quick.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 00:00:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SYNCED_TABLES = (
    "locations",
    "agencies",
    "helplines",
    "materials",
    "leaflet_texts",
    "events",
    "participants",
    "attendance",
    "headcounts",
    "stock_movements",
)
BOOKKEEPING = {"id", "created_hlc", "updated_hlc", "origin", "clocks"}
REFERENCE_WHERE = (
    "table_name IN ('locations', 'agencies', 'helplines', 'materials', 'leaflet_texts', 'events')"
)
ZERO = (0, "")


def _encode(clocks: dict[str, tuple[int, str]]) -> str | None:
    if not clocks:
        return None
    return json.dumps({k: list(v) for k, v in sorted(clocks.items())}, ensure_ascii=False, separators=(",", ":"))


def _backfill(conn: sa.Connection, table: str) -> None:
    """Field clocks from the change log, as the merge computed them until now."""
    columns = [c["name"] for c in sa.inspect(conn).get_columns(table) if c["name"] not in BOOKKEEPING]
    updates: list[tuple[str | None, str]] = []

    def finish(row_id: str, base: tuple[int, str], clock: dict[str, tuple[int, str]]) -> None:
        diff = {c: clock.get(c, ZERO) for c in columns if clock.get(c, ZERO) != base}
        if diff:
            updates.append((_encode(diff), row_id))

    current: str | None = None
    base = ZERO
    clock: dict[str, tuple[int, str]] = {}
    entries = conn.exec_driver_sql(
        f"SELECT c.row_id, c.hlc, c.origin, c.fields, t.created_hlc, t.origin FROM change_log c "
        f"JOIN {table} t ON t.id = c.row_id WHERE c.table_name = ? ORDER BY c.row_id",
        (table,),
    )
    for row_id, hlc, origin, fields, created, creator in entries:
        if row_id != current:
            if current is not None:
                finish(current, base, clock)
            current, clock = row_id, {}
            base = ZERO if created == 0 else (created, creator)
        stamp = (hlc, origin)
        for name in json.loads(fields):
            if clock.get(name, ZERO) < stamp:
                clock[name] = stamp
    if current is not None:
        finish(current, base, clock)
    # A row with no entries at all (shipped reference data) holds every field at clock zero.
    lonely = conn.exec_driver_sql(
        f"SELECT id, created_hlc, origin FROM {table} t WHERE created_hlc != 0 AND NOT EXISTS "
        "(SELECT 1 FROM change_log c WHERE c.table_name = ? AND c.row_id = t.id)",
        (table,),
    ).all()
    for row_id, created, creator in lonely:
        finish(row_id, (created, creator), {})
    if updates:
        conn.exec_driver_sql(f"UPDATE {table} SET clocks = ? WHERE id = ?", updates)


def upgrade() -> None:
    conn = op.get_bind()
    for table in SYNCED_TABLES:
        op.add_column(table, sa.Column("clocks", sa.Text(), nullable=True))
        _backfill(conn, table)
    op.drop_index("ix_change_log_row", table_name="change_log")
    op.drop_index("ix_change_log_hlc", table_name="change_log")
    op.create_index(
        "ix_change_log_reference",
        "change_log",
        ["table_name", "row_id"],
        unique=False,
        sqlite_where=sa.text(REFERENCE_WHERE),
    )


def downgrade() -> None:
    op.drop_index("ix_change_log_reference", table_name="change_log")
    op.create_index("ix_change_log_hlc", "change_log", ["hlc"], unique=False)
    op.create_index("ix_change_log_row", "change_log", ["table_name", "row_id"], unique=False)
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("clocks")
