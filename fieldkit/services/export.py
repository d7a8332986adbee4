"""The canonical export: every live synced record in one deterministic JSON document.

Tables come in a fixed order, rows sorted by id, keys sorted; local bookkeeping (HLC clocks, origin,
sequence numbers, tombstones) is left out. Two stores that hold the same records produce byte-identical
files, which is how sync convergence is checked.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, inspect, select

from fieldkit.config import write_atomic
from fieldkit.store.capture import encode_value
from fieldkit.store.engine import Store
from fieldkit.store.models import BOOKKEEPING, SYNCED_MODELS

EXPORT_FORMAT = "fieldkit-canonical/1"
_LEFT_OUT = BOOKKEEPING | {"deleted"}


def canonical_records(store: Store) -> list[dict[str, Any]]:
    """``[{"table": name, "rows": [...]}, ...]`` in the fixed table order."""
    tables: list[dict[str, Any]] = []
    with store.read() as session:
        for model in SYNCED_MODELS:
            columns = [c for c in inspect(model).columns if c.key not in _LEFT_OUT]
            table = cast(Table, model.__table__)
            query = select(*columns).where(table.c.deleted.is_(False)).order_by(table.c.id)
            rows = [
                {c.key: encode_value(v) for c, v in zip(columns, row, strict=True)} for row in session.execute(query)
            ]
            tables.append({"table": table.name, "rows": rows})
    return tables


def canonical_export(store: Store) -> bytes:
    document = {"format": EXPORT_FORMAT, "tables": canonical_records(store)}
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1, separators=(",", ": "))
    return (text + "\n").encode("utf-8")


def write_export(store: Store, path: Path) -> int:
    """Write the export atomically and audit it (it holds personal data); returns its size in bytes."""
    from fieldkit.services import audit

    data = canonical_export(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)
    audit.record(store, "export", {"kind": "canonical", "path": str(path.resolve()), "bytes": len(data)})
    return len(data)
