"""A read-only peek at an up-to-date store with the standard library's sqlite3.

The first screen needs only a few numbers and the coming events. Reading them this way lets the main
window appear before SQLAlchemy (about 200 ms to import on an old laptop) has loaded; the full store
opens right after the first frame. Anything unusual (no store, an older or newer schema, a locked or
damaged file) returns ``None``, and start-up takes the full path instead. So does an encrypted store:
it cannot be read before the passphrase is asked for.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from fieldkit.services.records import EventRecord
from fieldkit.store.cipher import is_encrypted
from fieldkit.store.version import SCHEMA_HEAD, SYNCED_TABLES

RECENT_DAYS = 31
RECENT_LIMIT = 200
EVENT_COLUMNS = (
    "id, kind, pillar, title, start_date, end_date, location_id, organiser_agency_id, partner_agency_ids, "
    "audience, language, status, notes"
)


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    name: str
    role: str
    public_key: str
    last_seq: int


@dataclass(frozen=True)
class Snapshot:
    device: DeviceRow | None
    counts: dict[str, int]
    events: list[EventRecord]


def count_live(con: sqlite3.Connection, table: str) -> int:
    total = con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    gone = con.execute(f"SELECT COUNT(id) FROM {table} WHERE deleted IS 1").fetchone()[0]
    return int(total) - int(gone)


def event_from_row(row: tuple[object, ...]) -> EventRecord:
    (id_, kind, pillar, title, start, end, location, organiser, partners, audience, language, status, notes) = row
    return EventRecord(
        id=str(id_),
        kind=str(kind),
        pillar=None if pillar is None else str(pillar),
        title=str(title),
        start_date=dt.date.fromisoformat(str(start)),
        end_date=dt.date.fromisoformat(str(end)),
        location_id=None if location is None else str(location),
        organiser_agency_id=None if organiser is None else str(organiser),
        partner_agency_ids=tuple(json.loads(str(partners or "[]"))),
        audience=str(audience),
        language=str(language),
        status=str(status),
        notes=str(notes),
    )


def recent_events_sql() -> str:
    return (
        f"SELECT {EVENT_COLUMNS} FROM events WHERE deleted IS 0 AND end_date >= ? "
        f"ORDER BY start_date, id LIMIT {RECENT_LIMIT}"
    )


def recent_since(today: dt.date | None = None) -> dt.date:
    return (today or dt.date.today()) - dt.timedelta(days=RECENT_DAYS)


def peek(path: Path) -> Snapshot | None:
    if not path.exists() or is_encrypted(path):
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != SCHEMA_HEAD:
            return None
        dev = con.execute("SELECT device_id, name, role, public_key, last_seq FROM local_device").fetchone()
        device = None if dev is None else DeviceRow(str(dev[0]), str(dev[1]), str(dev[2]), str(dev[3]), int(dev[4]))
        counts = {table: count_live(con, table) for table in SYNCED_TABLES}
        events = [event_from_row(r) for r in con.execute(recent_events_sql(), (recent_since().isoformat(),))]
        return Snapshot(device, counts, events)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        con.close()
