"""Facts about the schema that start-up needs before SQLAlchemy is imported."""

from __future__ import annotations

SCHEMA_HEAD = "0009"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")
# The oldest store schema that reads what this one syncs: the last revision that changed a synced
# table or its fields (0005 added project_settings). Bundles carry it as their ``schema``, so a laptop
# that has not updated yet still imports a coordinator's bundles after a migration that only adds
# local tables or indexes (0006-0009). Raise it with any migration that changes what is synced
# (tests/sync/test_sync_schema.py notices).
SYNC_SCHEMA = "0005"
# The synced tables, in the fixed order used by the canonical export and by sync.
SYNCED_TABLES = (
    "locations",
    "agencies",
    "helplines",
    "materials",
    "leaflet_texts",
    "project_settings",
    "events",
    "participants",
    "attendance",
    "headcounts",
    "stock_movements",
)
