"""Removing personal data: consent withdrawn, the retention period, and a laptop's hand-over.

Clearing a person keeps everything a report counts and removes everything that names them:

* cleared: the name (it becomes a marker such as "(consent withdrawn)"), phone, e-mail, and the consent
  date and text version;
* the position is cut down to the front-line role it names, if any ("Baş polis müfəttişi" becomes
  "polis"), so PS.5.1-28 still counts the person, or to nothing;
* kept: sex, age band, agency, region, and every check-in, so the counts stay as they were.

The people a coordinator merged count as one person, and that person's records are cleared together.

Withdrawal and the retention purge are ordinary synced edits, so they reach every coordinator. The
earlier change-log entries that still hold the old values are rewritten to the cleared ones, here and
in every store that imports the edit (``fieldkit.store.personal``).

A laptop's hand-over (``purge_acknowledged``) is different. Once its coordinator has acknowledged
every change to a person, the laptop clears its own copy only. That edit is local: it is not
captured, and the person's acknowledged change-log entries are removed, so nothing of it travels.
The coordinator keeps the person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.services import audit
from fieldkit.services.events import parse_date
from fieldkit.services.report_queries import FIRST_RESPONDER_WORDS
from fieldkit.store.engine import Store, raw_connection
from fieldkit.store.errors import NotFound, ValidationError, said
from fieldkit.store.hlc import unpack
from fieldkit.store.ids import natural_id
from fieldkit.store.models import Participant, ProjectSetting
from fieldkit.store.personal import (
    ANONYMISED_NAMES,
    EXPIRED_NAME,
    HANDED_OVER_NAME,
    WITHDRAWN_NAME,
    drop_log,
    scrub_log,
)
from fieldkit.sync.export import coordinator_ack
from fieldkit.sync.trust import now_iso

RETENTION_KEY = "retention_months"
MAX_RETENTION_MONTHS = 240
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class Retention:
    months: int
    set_at: str
    set_by: str


@dataclass(frozen=True)
class PurgeCandidate:
    id: str
    name: str
    last_activity: dt.date  # the latest of: registered, consent given, end of an event attended
    deleted: bool


@dataclass(frozen=True)
class PurgePreview:
    as_of: dt.date
    months: int
    cutoff: dt.date  # people whose last activity is before this day are purged
    people: tuple[PurgeCandidate, ...]


@dataclass(frozen=True)
class PurgeResult:
    as_of: dt.date
    months: int
    cutoff: dt.date
    ids: tuple[str, ...]


# -- clearing ---------------------------------------------------------------------------------------


def anonymised_position(position: str | None) -> str:
    """The front-line role a position names (as PS.5.1-28 matches it: ``LIKE``, which ignores the case
    of ASCII letters only), or nothing."""
    folded = (position or "").translate(_ASCII_LOWER)
    return next((word for word in FIRST_RESPONDER_WORDS if word in folded), "")


def is_anonymised(name: str) -> bool:
    return name in ANONYMISED_NAMES


def _clear(row: Participant, marker: str) -> None:
    row.name = marker
    row.phone = None
    row.email = None
    row.position = anonymised_position(row.position)
    row.consent_date = None
    row.consent_text_version = None


def anonymise(session: Session, rows: Iterable[Participant], marker: str) -> list[str]:
    """Clear these people's personal fields as synced edits, and rewrite their earlier change-log
    entries to match, inside the caller's write transaction; their ids."""
    ids = []
    for row in rows:
        _clear(row, marker)
        ids.append(row.id)
    session.flush()  # change capture logs the edits
    scrub_log(raw_connection(session), ids)
    return ids


def same_person(session: Session, participant_id: str) -> list[Participant]:
    """A person's records: the one kept by a merge, and every record merged into it."""
    row = session.get(Participant, participant_id)
    if row is None:
        raise NotFound(
            said(
                "No participant with id {participant_id}. Check the id with 'fieldkit participant list'.",
                participant_id=participant_id,
            )
        )
    kept = session.get(Participant, row.merged_into) if row.merged_into else row
    kept = kept or row
    merged = session.scalars(select(Participant).where(Participant.merged_into == kept.id).order_by(Participant.id))
    return [kept, *(m for m in merged if m.id != kept.id)]


def withdraw(session: Session, participant_id: str) -> list[str]:
    """Consent withdrawn: clear the person (all their merged records) and audit it, in the caller's
    transaction; the ids cleared. ``fieldkit.services.participants.withdraw_consent`` is the entry."""
    rows = same_person(session, participant_id)
    ids = anonymise(session, rows, WITHDRAWN_NAME)
    audit.record(session, "consent_withdrawn", {"participant_id": participant_id, "cleared": ids})
    return ids


# -- the retention period ------------------------------------------------------------------------


def _require_coordinator(store: Store) -> None:
    device = store.device
    if device is None or device.role != "coordinator":
        raise ValidationError(
            said(
                "Only a coordinator sets the retention period: it is a setting for the whole project, and it "
                "reaches the laptops with the next sync."
            ),
            "role",
        )


def get_retention(store: Store) -> Retention | None:
    """The retention period the coordinators published, if any."""
    with store.read() as session:
        row = session.get(ProjectSetting, natural_id("project_setting", RETENTION_KEY))
        if row is None or row.deleted:
            return None
        return Retention(int(row.value), row.set_at, row.set_by)


def set_retention(store: Store, months: int) -> Retention:
    """Publish the retention period of personal data, in months (coordinators only; it syncs to every
    store of the project). The change is audited."""
    _require_coordinator(store)
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_RETENTION_MONTHS:
        raise ValidationError(
            said(
                "The retention period is a whole number of months from 1 to {most} (got {months}).",
                most=MAX_RETENTION_MONTHS,
                months=months,
            ),
            "months",
        )
    device = store.device
    assert device is not None
    with store.write() as session:
        row_id = natural_id("project_setting", RETENTION_KEY)
        row = session.get(ProjectSetting, row_id)
        previous = None if row is None or row.deleted else row.value
        if row is None:
            row = ProjectSetting(id=row_id, key=RETENTION_KEY)
            session.add(row)
        row.value, row.deleted = months, False
        row.set_at, row.set_by = now_iso(), device.name
        session.flush()
        audit.record(session, "settings", {"key": RETENTION_KEY, "value": months, "previous": previous})
        return Retention(months, row.set_at, row.set_by)


def cutoff_date(as_of: dt.date, months: int) -> dt.date:
    """``as_of`` moved back ``months`` calendar months (the 31st becomes the month's last day)."""
    index = as_of.year * 12 + as_of.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    last_day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(as_of.day, last_day))


def _created_on(created_hlc: int) -> dt.date:
    millis, _counter = unpack(created_hlc)
    return dt.datetime.fromtimestamp(millis / 1000).date()


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _candidates(session: Session, cutoff: dt.date) -> list[PurgeCandidate]:
    """People not cleared yet whose last activity is before ``cutoff``, deleted people included (a
    tombstone still holds the name)."""
    con = raw_connection(session)
    marks = ",".join("?" * len(ANONYMISED_NAMES))
    rows = con.execute(
        f"""SELECT p.id, p.name, p.created_hlc, p.consent_date, p.deleted,
    (SELECT MAX(e.end_date) FROM attendance a JOIN events e ON e.id = a.event_id
     WHERE a.participant_id = p.id AND a.deleted = 0 AND e.deleted = 0)
FROM participants p WHERE p.name NOT IN ({marks}) ORDER BY p.id""",
        ANONYMISED_NAMES,
    )
    out = []
    for person_id, name, created_hlc, consent_date, deleted, attended in rows:
        dates = [d for d in (_created_on(created_hlc), _date(consent_date), _date(attended)) if d is not None]
        last = max(dates)
        if last < cutoff:
            out.append(PurgeCandidate(person_id, name, last, bool(deleted)))
    return out


def _period(store: Store, as_of: str | dt.date | None) -> tuple[dt.date, int, dt.date]:
    retention = get_retention(store)
    if retention is None:
        raise ValidationError(
            said(
                "No retention period is set for this project. A coordinator sets it with "
                "'fieldkit retention set --months N'; it reaches the laptops with the next sync."
            ),
            "retention",
        )
    day = parse_date(as_of, "as-of date") if as_of else dt.date.today()
    return day, retention.months, cutoff_date(day, retention.months)


def preview_purge(store: Store, as_of: str | dt.date | None = None) -> PurgePreview:
    """Who ``purge`` would clear on ``as_of`` (today by default): people whose last activity (registered,
    consent given, or the end of the latest event they attended) is older than the retention period."""
    day, months, cutoff = _period(store, as_of)
    with store.read() as session:
        people = _candidates(session, cutoff)
    return PurgePreview(day, months, cutoff, tuple(people))


def purge(store: Store, as_of: str | dt.date | None = None) -> PurgeResult:
    """Clear the personal fields of the people ``preview_purge`` lists, as synced edits, with one audit
    entry (the counts and the ids). Check-ins and counts stay."""
    day, months, cutoff = _period(store, as_of)
    with store.write() as session:
        chosen = [c.id for c in _candidates(session, cutoff)]
        rows = [session.get(Participant, i) for i in chosen]
        ids = anonymise(session, [r for r in rows if r is not None], EXPIRED_NAME)
        audit.record(
            session,
            "purge",
            {
                "reason": "retention",
                "months": months,
                "as_of": day.isoformat(),
                "cutoff": cutoff.isoformat(),
                "count": len(ids),
                "ids": ids,
            },
        )
    return PurgeResult(day, months, cutoff, tuple(ids))


# -- a laptop hands its people over ------------------------------------------------------------


def purge_acknowledged(store: Store) -> tuple[str, ...]:
    """On a laptop: clear the personal fields of the people registered here whose every change the
    coordinator has acknowledged. It clears this laptop's copy only (see the module notes). One audit
    entry when anyone was cleared. The ids cleared."""
    device = store.device
    if device is None or device.role != "officer":
        raise ValidationError(
            said("Only a laptop hands its people over to the coordinator; a coordinator's store keeps them."), "role"
        )
    own = {device.device_id, *device.retired_ids}
    with store.write(sync_apply=True) as session:
        con = raw_connection(session)
        acked = {origin: seq for origin, seq in coordinator_ack(con).items() if origin in own}
        newest: dict[str, list[tuple[str, int]]] = {}
        for row_id, origin, seq in con.execute(
            "SELECT row_id, origin, MAX(seq) FROM change_log WHERE table_name = 'participants' GROUP BY row_id, origin"
        ):
            newest.setdefault(row_id, []).append((origin, int(seq)))
        handed = {
            row_id
            for row_id, changes in newest.items()
            if all(origin in acked and seq <= acked[origin] for origin, seq in changes)
        }
        marks = ",".join("?" * len(ANONYMISED_NAMES))
        rows = con.execute(
            f"SELECT id, position FROM participants WHERE name NOT IN ({marks}) ORDER BY id", ANONYMISED_NAMES
        ).fetchall()
        cleared = [(row_id, position) for row_id, position in rows if row_id in handed]
        con.executemany(
            "UPDATE participants SET name = ?, phone = NULL, email = NULL, position = ?, consent_date = NULL, "
            "consent_text_version = NULL WHERE id = ?",
            [(HANDED_OVER_NAME, anonymised_position(position), row_id) for row_id, position in cleared],
        )
        ids = [row_id for row_id, _position in cleared]
        if ids:
            drop_log(con, ids, acked)
            audit.record(session, "purge", {"reason": "acknowledged", "count": len(ids), "ids": ids})
    return tuple(ids)
