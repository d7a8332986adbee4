"""Counts of what the store holds, for the status line, the home screen and ``fieldkit status``."""

from __future__ import annotations

from fieldkit.store.engine import Store
from fieldkit.store.quick import count_live
from fieldkit.store.version import SYNCED_TABLES


def store_summary(store: Store) -> dict[str, int]:
    """Live rows per synced table (the start-up peek counts the same way)."""
    with store.read() as session:
        raw = session.connection().connection.driver_connection
        assert raw is not None
        return {table: count_live(raw, table) for table in SYNCED_TABLES}
