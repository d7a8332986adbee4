"""Attendance (who came) and headcounts (how many, without names)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from fieldkit.services.common import clean_text, live, to_record
from fieldkit.services.records import AttendanceRecord, HeadcountRecord
from fieldkit.services.vocab import AGE_BANDS, ATTENDANCE_ROLES, SEXES, check_token
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError
from fieldkit.store.ids import attendance_id, headcount_id
from fieldkit.store.models import Attendance, Event, Headcount, Participant


@dataclass(frozen=True)
class CheckIn:
    attendance: AttendanceRecord
    created: bool


@dataclass(frozen=True)
class AttendeeRow:
    attendance_id: str
    participant_id: str
    name: str
    sex: str
    age_band: str
    role: str


def check_in(store: Store, event_id: str, participant_id: str, role: str = "participant") -> CheckIn:
    """Record that a person attended. The id comes from event + person, so the same check-in made on
    two laptops is one record after sync; checking in twice changes nothing."""
    check_token(role, ATTENDANCE_ROLES, "role")
    with store.write() as session:
        live(session, Event, event_id, "event")
        person = live(session, Participant, participant_id, "participant")
        if person.merged_into:
            person = live(session, Participant, person.merged_into, "participant")
        row_id = attendance_id(event_id, person.id)
        row = session.get(Attendance, row_id)
        created = row is None or row.deleted
        if row is None:
            row = Attendance(id=row_id, event_id=event_id, participant_id=person.id, role=role)
            session.add(row)
        else:
            row.deleted = False
            row.role = role
        session.flush()
        return CheckIn(to_record(AttendanceRecord, row), created)


def remove_attendance(store: Store, event_id: str, participant_id: str) -> None:
    with store.write() as session:
        live(session, Attendance, attendance_id(event_id, participant_id), "attendance").deleted = True


def list_attendees(store: Store, event_id: str) -> list[AttendeeRow]:
    with store.read() as session:
        rows = session.execute(
            select(Attendance, Participant)
            .join(Participant, Participant.id == Attendance.participant_id)
            .where(Attendance.event_id == event_id, Attendance.deleted.is_(False))
            .order_by(Participant.name)
        )
        return [AttendeeRow(a.id, p.id, p.name, p.sex, p.age_band, a.role) for a, p in rows]


def set_headcount(
    store: Store, event_id: str, *, group: str = "", sex: str, age_band: str, count: int
) -> HeadcountRecord:
    """Set (not add to) the count for one group × sex × age band cell of an event."""
    check_token(sex, SEXES, "sex")
    check_token(age_band, AGE_BANDS, "age band")
    group = clean_text(group, "group", limit=120)
    if count < 0:
        raise ValidationError(f"A headcount cannot be negative (got {count}).", "count")
    with store.write() as session:
        live(session, Event, event_id, "event")
        row_id = headcount_id(event_id, group, sex, age_band)
        row = session.get(Headcount, row_id)
        if row is None:
            row = Headcount(id=row_id, event_id=event_id, group_label=group, sex=sex, age_band=age_band, count=count)
            session.add(row)
        else:
            row.count = count
            row.deleted = False
        session.flush()
        return to_record(HeadcountRecord, row)


def list_headcounts(store: Store, event_id: str) -> list[HeadcountRecord]:
    with store.read() as session:
        rows = session.scalars(
            select(Headcount)
            .where(Headcount.event_id == event_id, Headcount.deleted.is_(False))
            .order_by(Headcount.group_label, Headcount.sex, Headcount.age_band)
        )
        return [to_record(HeadcountRecord, r) for r in rows]
