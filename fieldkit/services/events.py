"""Events: planning and recording round-tables, workshops, trainings and awareness sessions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldkit.services.common import clean_text, live, to_record
from fieldkit.services.locations import find_agency, find_location
from fieldkit.services.records import EventRecord
from fieldkit.services.vocab import EVENT_KINDS, EVENT_STATUSES, LANGUAGES, PILLARS, check_token
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError
from fieldkit.store.models import Event
from fieldkit.store.quick import event_from_row, recent_events_sql, recent_since
from fieldkit.text import az_fold

_UNSET: Any = object()


def parse_date(value: str | dt.date, field: str = "date") -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise ValidationError(f"{field} must be a date written YYYY-MM-DD (got '{value}').", field) from None


def _apply(session: Session, row: Event, changes: dict[str, Any]) -> None:
    old_start, old_end = row.start_date, row.end_date
    for key, value in changes.items():
        if value is _UNSET:
            continue
        if key == "title":
            row.title = clean_text(value, "title", required=True)
        elif key == "kind":
            row.kind = check_token(value, EVENT_KINDS, "kind")
        elif key == "pillar":
            row.pillar = check_token(value, PILLARS, "pillar") if value else None
        elif key == "status":
            row.status = check_token(value, EVENT_STATUSES, "status")
        elif key == "language":
            row.language = check_token(value, LANGUAGES, "language")
        elif key == "start_date":
            row.start_date = parse_date(value, "date")
        elif key == "end_date":
            row.end_date = parse_date(value, "end date")
        elif key == "location":
            row.location_id = find_location(session, value).id if value else None
        elif key == "organiser":
            row.organiser_agency_id = find_agency(session, value).id if value else None
        elif key == "partners":
            row.partner_agency_ids = sorted({find_agency(session, p).id for p in value})
        elif key == "audience":
            row.audience = clean_text(value, "audience")
        elif key == "notes":
            row.notes = (value or "").strip()
        else:
            raise ValueError(f"unknown event field {key}")
    if row.end_date is None:
        row.end_date = row.start_date
    elif old_start is not None and old_end is not None and "end_date" not in changes and row.start_date != old_start:
        row.end_date = row.start_date + (old_end - old_start)  # moving an event keeps its length
    if row.end_date < row.start_date:
        raise ValidationError(
            f"The event ends ({row.end_date}) before it starts ({row.start_date}). Check the dates.", "end date"
        )


def create_event(
    store: Store,
    *,
    title: str,
    kind: str,
    start_date: str | dt.date,
    end_date: str | dt.date | None = None,
    location: str | None = None,
    pillar: str | None = None,
    organiser: str | None = None,
    partners: Sequence[str] = (),
    audience: str = "",
    language: str = "az",
    status: str = "planned",
    notes: str = "",
) -> EventRecord:
    changes: dict[str, Any] = {
        "title": title,
        "kind": kind,
        "start_date": start_date,
        "location": location,
        "pillar": pillar,
        "organiser": organiser,
        "partners": partners,
        "audience": audience,
        "language": language,
        "status": status,
        "notes": notes,
    }
    if end_date is not None:
        changes["end_date"] = end_date
    with store.write() as session:
        row = Event(partner_agency_ids=[])
        _apply(session, row, changes)
        session.add(row)
        session.flush()
        return to_record(EventRecord, row)


def edit_event(store: Store, event_id: str, **changes: Any) -> EventRecord:
    """Change the given fields only; a field left out keeps its value."""
    with store.write() as session:
        row = live(session, Event, event_id, "event")
        _apply(session, row, changes)
        session.flush()
        return to_record(EventRecord, row)


def delete_event(store: Store, event_id: str) -> None:
    """Tombstone the event. Its attendance and stock movements stay, and count again if restored."""
    with store.write() as session:
        live(session, Event, event_id, "event").deleted = True


def get_event(store: Store, event_id: str) -> EventRecord:
    with store.read() as session:
        return to_record(EventRecord, live(session, Event, event_id, "event"))


def list_events(
    store: Store,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    kind: str | None = None,
    pillar: str | None = None,
    status: str | None = None,
    location_ids: Sequence[str] | None = None,
    search: str | None = None,
) -> list[EventRecord]:
    query = select(Event).where(Event.deleted.is_(False))
    if date_from:
        query = query.where(Event.end_date >= date_from)
    if date_to:
        query = query.where(Event.start_date <= date_to)
    if kind:
        query = query.where(Event.kind == kind)
    if pillar:
        query = query.where(Event.pillar == pillar)
    if status:
        query = query.where(Event.status == status)
    if location_ids is not None:
        query = query.where(Event.location_id.in_(list(location_ids)))
    if search:
        query = query.where(func.az_fold(Event.title).contains(az_fold(search), autoescape=True))
    with store.read() as session:
        rows = session.scalars(query.order_by(Event.start_date.desc(), Event.id))
        return [to_record(EventRecord, r) for r in rows]


def recent_and_upcoming(store: Store) -> list[EventRecord]:
    """Events from a month ago onwards, soonest first: what an officer opens the app to see.

    Plain SQL shared with the start-up peek (``fieldkit.store.quick``), so both list the same events.
    """
    with store.read() as session:
        rows = session.connection().exec_driver_sql(recent_events_sql(), (recent_since().isoformat(),))
        return [event_from_row(tuple(r)) for r in rows]
