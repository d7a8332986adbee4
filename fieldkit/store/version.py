"""Facts about the schema that start-up needs before SQLAlchemy is imported."""

from __future__ import annotations

SCHEMA_HEAD = "0009"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")
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
