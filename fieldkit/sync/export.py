"""Writing bundles, in the scope of their recipient.

* laptop → coordinator: every change the coordinators have not acknowledged yet;
* coordinator → laptop: reference data only (materials, locations, agencies, helplines, leaflet texts,
  project settings such as the retention period, and the events coordinators planned), plus
  acknowledgements; no personal data flows down;
* coordinator ↔ coordinator: everything, each change with its original origin, sequence and HLC.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit import __version__
from fieldkit.store.audit_models import append_entry
from fieldkit.store.engine import Store, raw_connection
from fieldkit.store.errors import KnownError
from fieldkit.store.ids import uuid7
from fieldkit.store.models import REFERENCE_LOG_WHERE
from fieldkit.store.sync_models import SyncBundle
from fieldkit.store.version import SYNC_SCHEMA
from fieldkit.sync import vector
from fieldkit.sync.bundle import (
    FORMAT,
    Entry,
    write_bundle,
)
from fieldkit.sync.keys import ensure_box_key, sign
from fieldkit.sync.trust import enrolment_proof, now_iso

REFERENCE_TABLES = ("locations", "agencies", "helplines", "materials", "leaflet_texts", "project_settings")
assert all(f"'{t}'" in REFERENCE_LOG_WHERE for t in (*REFERENCE_TABLES, "events")), "ix_change_log_reference is stale"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    scope: str
    changes: int
    encrypted: bool
    ranges: dict[str, list[list[int]]]


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", name.encode("ascii", "ignore").decode()).strip("-").lower() or "device"


def coordinator_ack(con: sqlite3.Connection) -> dict[str, int]:
    """What the coordinators have acknowledged: per origin, the highest any of them holds."""
    import json

    acked: dict[str, int] = {}
    for (raw,) in con.execute("SELECT acked FROM sync_peers WHERE role = 'coordinator' AND status = 'trusted'"):
        for origin, seq in (json.loads(raw) if isinstance(raw, str) else raw or {}).items():
            acked[origin] = max(acked.get(origin, 0), int(seq))
    return acked


def _entries(con: sqlite3.Connection, sql: str, params: Iterable[Any]) -> Iterator[Entry]:
    import orjson

    for origin, seq, hlc, table, row_id, op, fields in con.execute(sql, tuple(params)):
        yield Entry(origin, seq, hlc, table, row_id, op, orjson.loads(fields))


def _select_full(con: sqlite3.Connection, acked: dict[str, int], limit: int | None = None) -> list[Entry]:
    """Every entry above ``acked``, origin by origin in sequence order; at most ``limit`` of them."""
    out: list[Entry] = []
    origins = [o for (o,) in con.execute("SELECT DISTINCT origin FROM change_log")]
    for origin in sorted(origins):
        room = -1 if limit is None else limit - len(out)
        if room == 0:
            break
        out.extend(
            _entries(
                con,
                "SELECT origin, seq, hlc, table_name, row_id, op, fields FROM change_log "
                "WHERE origin = ? AND seq > ? ORDER BY seq LIMIT ?",
                (origin, acked.get(origin, 0), room),
            )
        )
    return out


def _select_reference(con: sqlite3.Connection, coordinators: set[str]) -> list[Entry]:
    """The reference tables' entries, and those of the events a coordinator created. Both queries
    repeat the condition of the partial index ``ix_change_log_reference``, so SQLite can use it."""
    indexed = REFERENCE_LOG_WHERE
    columns = "SELECT origin, seq, hlc, table_name, row_id, op, fields FROM change_log"
    marks = ",".join("?" * len(coordinators)) or "''"
    entries = list(_entries(con, f"{columns} WHERE {indexed} AND table_name != 'events'", ()))
    entries += _entries(
        con,
        f"{columns} WHERE {indexed} AND table_name = 'events' AND row_id IN "
        f"(SELECT id FROM events WHERE origin IN ({marks}))",
        sorted(coordinators),
    )
    entries.sort(key=lambda e: (e.origin, e.seq))
    return entries


def ranges(entries: list[Entry]) -> dict[str, list[list[int]]]:
    ranges: dict[str, list[list[int]]] = {}
    for e in entries:
        spans = ranges.setdefault(e.origin, [])
        if spans and spans[-1][1] + 1 == e.seq:
            spans[-1][1] = e.seq
        elif not spans or spans[-1][1] != e.seq:
            spans.append([e.seq, e.seq])
    return ranges


def export_bundle(
    store: Store,
    out: Path,
    to: str | None = None,
    *,
    encrypt: bool = True,
    acked: dict[str, int] | None = None,
    limit: int | None = None,
) -> ExportResult:
    """Write one bundle in the scope ``to``. For a hub round (``fieldkit.sync.remote``), ``acked`` is
    what the hub holds and ``limit`` caps the bundle, so a big backlog goes up in chunks."""
    device = store.device
    if device is None:
        raise KnownError("Set this laptop up first ('fieldkit init').")
    store.require_writable()
    scope = to or "coordinator"
    if scope not in ("coordinator", "officer"):
        raise KnownError("--to must be 'coordinator' or 'officer'.")
    if scope == "officer" and device.role != "coordinator":
        raise KnownError("Only a coordinator sends bundles to officers; an officer sends to its coordinator.")
    box = ensure_box_key(store)
    with store.write(sync_apply=True) as session:
        con = raw_connection(session)
        own = [device.device_id, *device.retired_ids]
        vector.advance(con, own, {device.device_id: device.name})
        full_vector = vector.read_vector(con)
        coordinators = {p for (p,) in con.execute("SELECT device_id FROM sync_peers WHERE role = 'coordinator'")}
        if device.role == "coordinator":
            coordinators |= set(own)
        if scope == "coordinator":
            if acked is None:
                acked = coordinator_ack(con) if device.role == "officer" else {}
            entries = _select_full(con, acked, limit)
        else:
            entries = _select_reference(con, coordinators)
        target_key = None
        if scope == "coordinator" and encrypt:
            # Encrypt to the coordinator this laptop enrolled with; without enrolment, to the trusted
            # coordinator it heard from last.
            enrolled = (device.enrolment or {}).get("coordinator")
            row = con.execute(
                "SELECT box_key FROM sync_peers WHERE role = 'coordinator' AND status = 'trusted' "
                "AND box_key IS NOT NULL ORDER BY device_id = ? DESC, last_contact DESC LIMIT 1",
                (enrolled or "",),
            ).fetchone()
            target_key = row[0] if row else None
        previous = con.execute(
            "SELECT bundle_id FROM sync_bundles WHERE direction = 'out' "
            "ORDER BY handled_at DESC, bundle_id DESC LIMIT 1"
        ).fetchone()
        names = {o: n for o, n in con.execute("SELECT origin, name FROM sync_origins WHERE name IS NOT NULL")}
    bundle_id = uuid7()
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "bundle_id": bundle_id,
        "created_at": now_iso(),
        "sender": {
            "device_id": device.device_id,
            "name": device.name,
            "name_slug": _slug(device.name),
            "role": device.role,
            "sign_key": device.public_key,
            "box_key": box,
        },
        "recipient": {"scope": scope},
        "app_version": __version__,
        "schema": SYNC_SCHEMA,
        "ranges": ranges(entries),
        "vector": full_vector,
        "origin_names": {o: names.get(o) for o in {e.origin for e in entries} if names.get(o)},
        "counts": dict(sorted(Counter(e.table for e in entries).items())),
        "changes": len(entries),
        "payload": {},
        "previous_bundle_id": previous[0] if previous else None,
    }
    if device.enrolment:
        manifest["enrolment"] = {
            "id": device.enrolment["id"],
            "proof": enrolment_proof(device.enrolment["secret"], device.device_id, device.public_key),
        }
    try:
        path, manifest = write_bundle(out, manifest, entries, lambda b: sign(store.paths, b), target_key)
    except OSError as exc:
        raise KnownError(f"Could not write the bundle to {out}: {exc.strerror or exc}. Nothing was written.") from exc
    with store.write(sync_apply=True) as session:
        session.add(
            SyncBundle(
                bundle_id=bundle_id,
                direction="out",
                sender=device.device_id,
                scope=scope,
                created_at=manifest["created_at"],
                handled_at=now_iso(),
                status="exported",
                changes=len(entries),
                path=str(path),
                sha256=manifest["payload"]["sha256"],
            )
        )
        append_entry(
            session,
            "export",
            {
                "kind": "bundle",
                "bundle_id": bundle_id,
                "scope": scope,
                "changes": len(entries),
                "encrypted": target_key is not None,
                "path": str(path),
            },
        )
    return ExportResult(path, bundle_id, scope, len(entries), target_key is not None, manifest["ranges"])
