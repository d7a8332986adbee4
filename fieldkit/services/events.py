"""Events: planning and recording round-tables, workshops, trainings and awareness sessions."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import ColumnElement, Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from fieldkit.services.common import clean_text, live, to_record
from fieldkit.services.locations import find_agency, find_location
from fieldkit.services.records import EventRecord
from fieldkit.services.vocab import EVENT_KINDS, EVENT_STATUSES, LANGUAGES, PILLARS, check_token
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError, said
from fieldkit.store.models import Attendance, Event, Headcount, Location, Participant
from fieldkit.store.quick import event_from_row, recent_events_sql, recent_since
from fieldkit.text import az_fold

_UNSET: Any = object()


def parse_date(value: str | dt.date, field: str = "date") -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise ValidationError(
            said("{field} must be a date written YYYY-MM-DD (got '{value}').", field=field, value=value), field
        ) from None


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
            said(
                "The event ends ({end}) before it starts ({start}). Check the dates.",
                end=row.end_date,
                start=row.start_date,
            ),
            "end date",
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
    from fieldkit.services import audit

    with store.write() as session:
        live(session, Event, event_id, "event").deleted = True
        session.flush()
        audit.record(session, "delete", {"table": "events", "id": event_id})


def get_event(store: Store, event_id: str) -> EventRecord:
    with store.read() as session:
        return to_record(EventRecord, live(session, Event, event_id, "event"))


def _conditions(
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    kind: str | None = None,
    pillar: str | None = None,
    status: str | None = None,
    location_ids: Sequence[str] | None = None,
    search: str | None = None,
) -> list[ColumnElement[bool]]:
    """The WHERE terms shared by the listings: live events, then each filter that is given."""
    terms: list[ColumnElement[bool]] = [Event.deleted.is_(False)]
    if date_from:
        terms.append(Event.end_date >= date_from)
    if date_to:
        terms.append(Event.start_date <= date_to)
    if kind:
        terms.append(Event.kind == kind)
    if pillar:
        terms.append(Event.pillar == pillar)
    if status:
        terms.append(Event.status == status)
    if location_ids is not None:
        terms.append(Event.location_id.in_(list(location_ids)))
    if search:
        terms.append(func.az_fold(Event.title).contains(az_fold(search), autoescape=True))
    return terms


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
    terms = _conditions(
        date_from=date_from,
        date_to=date_to,
        kind=kind,
        pillar=pillar,
        status=status,
        location_ids=location_ids,
        search=search,
    )
    query = select(Event).where(*terms)
    with store.read() as session:
        rows = session.scalars(query.order_by(Event.start_date.desc(), Event.id))
        return [to_record(EventRecord, r) for r in rows]


@dataclass(frozen=True)
class EventSummary:
    """An event as the list of events shows it: the economic region it falls in (for the region
    filter) and how many people it reached directly, named (attendees) and counted (headcount)."""

    event: EventRecord
    region_id: str | None
    attendees: int
    headcount: int


def regions_by_location(store: Store) -> dict[str, str]:
    """Every location's economic region (a region is its own), worked out in one pass over the
    locations instead of walking the parents once per event."""
    with store.read() as session:
        rows = session.execute(select(Location.id, Location.kind, Location.parent_id)).all()
    kind_of = {r.id: r.kind for r in rows}
    parent_of = {r.id: r.parent_id for r in rows}
    found: dict[str, str | None] = {}

    def region(location_id: str) -> str | None:
        chain: list[str] = []
        current: str | None = location_id
        answer: str | None = None
        while current is not None and current in kind_of and current not in chain:
            if current in found:
                answer = found[current]
                break
            chain.append(current)
            if kind_of[current] == "economic-region":
                answer = current
                break
            current = parent_of[current]
        for seen in chain:
            found[seen] = answer
        return answer

    out: dict[str, str] = {}
    for location_id in kind_of:
        answer = region(location_id)
        if answer is not None:
            out[location_id] = answer
    return out


_EVENT_FIELDS = tuple(f.name for f in fields(EventRecord))
# Read as the stored text and converted here: the generic Date and JSON types cost more than the
# query itself over tens of thousands of events, and most events have no partners ("[]").
_RAW_FIELDS = frozenset({"start_date", "end_date", "partner_agency_ids"})


def _summary_query() -> Select[Any]:
    people = (
        select(Attendance.event_id, func.count().label("n"))
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(Attendance.deleted.is_(False))
        .group_by(Attendance.event_id)
        .subquery()
    )
    counted = (
        select(Headcount.event_id, func.sum(Headcount.count).label("n"))
        .where(Headcount.deleted.is_(False))
        .group_by(Headcount.event_id)
        .subquery()
    )
    columns = [
        type_coerce(getattr(Event, name), String) if name in _RAW_FIELDS else getattr(Event, name)
        for name in _EVENT_FIELDS
    ]
    return (
        select(*columns, func.coalesce(people.c.n, 0), func.coalesce(counted.c.n, 0))
        .outerjoin(people, people.c.event_id == Event.id)
        .outerjoin(counted, counted.c.event_id == Event.id)
    )


def _partners(text: str | None) -> tuple[str, ...]:
    if not text or text == "[]":
        return ()
    return tuple(str(v) for v in json.loads(text))


def _summaries(store: Store, query: Select[Any], regions: dict[str, str]) -> list[EventSummary]:
    out: list[EventSummary] = []
    date = dt.date.fromisoformat
    with store.read() as session:
        for row in session.execute(query):
            (id_, kind, pillar, title, start, end, location, organiser, partners, audience, language, status, notes,
             attendees, headcount) = row  # fmt: skip
            event = EventRecord(
                id=id_, kind=kind, pillar=pillar, title=title, start_date=date(start), end_date=date(end),
                location_id=location, organiser_agency_id=organiser, partner_agency_ids=_partners(partners),
                audience=audience or "", language=language, status=status, notes=notes or "",
            )  # fmt: skip
            region = regions.get(location) if location else None
            out.append(EventSummary(event, region, int(attendees), int(headcount)))
    return out


def list_event_summaries(
    store: Store,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    kind: str | None = None,
    pillar: str | None = None,
    status: str | None = None,
    region_id: str | None = None,
    search: str | None = None,
) -> list[EventSummary]:
    """Live events, latest first, each with its region and its attendance and headcount totals.

    One query however many events there are (the events screen holds tens of thousands)."""
    regions = regions_by_location(store)
    location_ids = None
    if region_id is not None:
        location_ids = [place for place, region in regions.items() if region == region_id]
    terms = _conditions(
        date_from=date_from,
        date_to=date_to,
        kind=kind,
        pillar=pillar,
        status=status,
        location_ids=location_ids,
        search=search,
    )
    query = _summary_query().where(*terms).order_by(Event.start_date.desc(), Event.id)
    return _summaries(store, query, regions)


def get_event_summary(store: Store, event_id: str) -> EventSummary:
    """One event's summary, to update its line after a check-in without reloading the list."""
    found = _summaries(
        store, _summary_query().where(Event.id == event_id, Event.deleted.is_(False)), regions_by_location(store)
    )
    if not found:
        get_event(store, event_id)  # raises NotFound with the usual message
    return found[0]


def recent_and_upcoming(store: Store) -> list[EventRecord]:
    """Events from a month ago onwards, soonest first: what an officer opens the app to see.

    Plain SQL shared with the start-up peek (``fieldkit.store.quick``), so both list the same events.
    """
    with store.read() as session:
        rows = session.connection().exec_driver_sql(recent_events_sql(), (recent_since().isoformat(),))
        return [event_from_row(tuple(r)) for r in rows]
