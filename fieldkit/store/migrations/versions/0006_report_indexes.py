"""report indexes on the stock ledger

The indicator reports aggregate the whole ledger. ``ix_stock_material_location`` grows from
(material_id, location_id) to (material_id, location_id, deleted, occurred_at, quantity): stock on
hand then reads the index alone, in group order, without sorting (``report_queries.ledger_covered``).
It stays one index, so inserts maintain no more indexes than before for it.

``ix_stock_handouts`` (kind, deleted, occurred_at, quantity) covers the count of items handed out
(people reached indirectly), over the whole store or a period. It is the one extra index that every
insert into the ledger maintains.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 00:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LEDGER_0005 = ["material_id", "location_id"]
LEDGER = ["material_id", "location_id", "deleted", "occurred_at", "quantity"]
HANDOUTS = ["kind", "deleted", "occurred_at", "quantity"]


def upgrade() -> None:
    op.drop_index("ix_stock_material_location", table_name="stock_movements")
    op.create_index("ix_stock_material_location", "stock_movements", LEDGER, unique=False)
    op.create_index("ix_stock_handouts", "stock_movements", HANDOUTS, unique=False)


def downgrade() -> None:
    op.drop_index("ix_stock_handouts", table_name="stock_movements")
    op.drop_index("ix_stock_material_location", table_name="stock_movements")
    op.create_index("ix_stock_material_location", "stock_movements", LEDGER_0005, unique=False)
