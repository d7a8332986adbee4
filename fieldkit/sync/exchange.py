"""Sync by file, as the CLI and the app use it: export, import, trust approval and status.

The work is done in ``fieldkit.sync.export`` (writing bundles in their recipient's scope) and
``fieldkit.sync.importer`` (checking and applying them); this module gathers them and adds the status.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldkit.store.engine import Store, raw_connection
from fieldkit.store.errors import KnownError
from fieldkit.sync import vector
from fieldkit.sync.export import REFERENCE_TABLES, ExportResult, coordinator_ack, export_bundle
from fieldkit.sync.importer import BundleResult, approve, bundle_paths, import_one, import_paths

__all__ = [
    "REFERENCE_TABLES",
    "BundleResult",
    "ExportResult",
    "SyncBrief",
    "approve",
    "bundle_paths",
    "export_bundle",
    "import_one",
    "import_paths",
    "local_pending",
    "sync_brief",
    "sync_status",
]


def local_pending(store: Store) -> int:
    """This device's changes its coordinators have not acknowledged yet."""
    device = store.device
    if device is None:
        return 0
    with store.read() as session:
        con = raw_connection(session)
        acked = coordinator_ack(con)
        total = 0
        for origin in (device.device_id, *device.retired_ids):
            total += con.execute(
                "SELECT COUNT(*) FROM change_log WHERE origin = ? AND seq > ?", (origin, acked.get(origin, 0))
            ).fetchone()[0]
        return int(total)


@dataclass(frozen=True)
class SyncBrief:
    """The sync state at a glance (the status bar, the Home screen): changes waiting to go out, the last
    bundle out and in, bundles in quarantine, and the gaps in what other devices sent."""

    pending: int
    last_sync_at: str | None  # the last bundle exported, or imported or already known
    last_export_at: str | None
    last_import_at: str | None
    last_import_status: str | None
    quarantined: int
    gaps: tuple[str, ...]


def _bundle_summary(con: Any) -> tuple[Any, Any, int, str | None]:
    """The last bundle out (at, id), the last in (at, id, status), the quarantined count, and when
    the last bundle went out or came in successfully."""
    last_out = con.execute(
        "SELECT handled_at, bundle_id FROM sync_bundles WHERE direction='out' ORDER BY handled_at DESC LIMIT 1"
    ).fetchone()
    last_in = con.execute(
        "SELECT handled_at, bundle_id, status FROM sync_bundles WHERE direction='in' ORDER BY handled_at DESC LIMIT 1"
    ).fetchone()
    last_ok, quarantined = con.execute(
        "SELECT MAX(CASE WHEN status IN ('imported', 'known', 'exported') THEN handled_at END), "
        "SUM(status = 'quarantined') FROM sync_bundles"
    ).fetchone()
    return last_out, last_in, int(quarantined or 0), last_ok


def sync_brief(store: Store) -> SyncBrief:
    """Read-only and quick (``sync_status`` also brings this device's vector entry up to date, under
    the write lock, which the screens must not wait for)."""
    with store.read() as session:
        con = raw_connection(session)
        last_out, last_in, quarantined, last_ok = _bundle_summary(con)
        gaps = tuple(g for state in vector.origin_states(con) for g in state.describe_gaps())
    return SyncBrief(
        pending=local_pending(store),
        last_sync_at=last_ok,
        last_export_at=last_out[0] if last_out else None,
        last_import_at=last_in[0] if last_in else None,
        last_import_status=last_in[2] if last_in else None,
        quarantined=quarantined,
        gaps=gaps,
    )


def sync_status(store: Store) -> dict[str, Any]:
    device = store.device
    if device is None:
        raise KnownError("Set this laptop up first ('fieldkit init').")
    with store.write(sync_apply=True) as session:
        con = raw_connection(session)
        vector.advance(con, [device.device_id, *device.retired_ids], {device.device_id: device.name})
        states = vector.origin_states(con)
        last_out, last_in, quarantined, _last_ok = _bundle_summary(con)
    return {
        "device": {"id": device.device_id, "name": device.name, "role": device.role},
        "vector": [
            {
                "origin": s.origin,
                "name": s.name,
                "contiguous": s.contiguous,
                "max_seen": s.max_seen,
                "gaps": [list(g) for g in s.gaps],
            }
            for s in states
        ],
        "gaps": [g for s in states for g in s.describe_gaps()],
        "pending": local_pending(store),
        "last_export": {"at": last_out[0], "bundle_id": last_out[1]} if last_out else None,
        "last_import": {"at": last_in[0], "bundle_id": last_in[1], "status": last_in[2]} if last_in else None,
        "quarantined": quarantined,
    }
