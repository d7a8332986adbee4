"""Attendance (who came) and headcounts (how many, without names)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from fieldkit.services.common import clean_text, live, to_record
from fieldkit.services.participants import CONSENT_TEXT_VERSION, create_participant
from fieldkit.services.records import AttendanceRecord, HeadcountRecord, ParticipantRecord
from fieldkit.services.vocab import AGE_BANDS, ATTENDANCE_ROLES, LANGUAGES, SEXES, check_token
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError, said
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
        raise ValidationError(said("A headcount cannot be negative (got {count}).", count=count), "count")
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


def set_headcounts(
    store: Store, event_id: str, counts: Mapping[tuple[str, str], int], *, group: str = ""
) -> list[HeadcountRecord]:
    """Set a whole sex × age band grid of one group in one transaction: all cells or none.

    Cells never counted before are written only when they are above zero, so an untouched grid adds
    no rows; a cell counted before is set even to zero (someone corrected it)."""
    cells = {
        (check_token(sex, SEXES, "sex"), check_token(band, AGE_BANDS, "age band")): count
        for (sex, band), count in counts.items()
    }
    bad = [count for count in cells.values() if count < 0]
    if bad:
        raise ValidationError(said("A headcount cannot be negative (got {count}).", count=bad[0]), "count")
    group = clean_text(group, "group", limit=120)
    with store.write() as session:
        live(session, Event, event_id, "event")
        written: list[Headcount] = []
        for (sex, band), count in cells.items():
            row_id = headcount_id(event_id, group, sex, band)
            row = session.get(Headcount, row_id)
            if row is None:
                if count == 0:
                    continue
                row = Headcount(id=row_id, event_id=event_id, group_label=group, sex=sex, age_band=band, count=count)
                session.add(row)
            else:
                row.count = count
                row.deleted = False
            written.append(row)
        session.flush()
        return [to_record(HeadcountRecord, r) for r in written]


@dataclass(frozen=True)
class ConsentText:
    """The statement a person agrees to before their name is recorded, and its version, which is
    stored with their consent."""

    language: str
    statement: str
    version: str


def consent_text(store: Store, language: str) -> ConsentText:
    """The consent statement in one language: the coordinator's published wording, else the shipped one."""
    from fieldkit.print.texts import default_texts
    from fieldkit.services.leaflets import published_texts

    check_token(language, LANGUAGES, "language")
    texts = published_texts(store).get(language) or default_texts(language)
    return ConsentText(language, texts.sign_in.consent_statement, CONSENT_TEXT_VERSION)


def check_in_new_participant(
    store: Store,
    event_id: str,
    *,
    name: str,
    sex: str,
    consent: bool,
    role: str = "participant",
    age_band: str = "unknown",
    agency: str | None = None,
    position: str = "",
    phone: str | None = None,
    region: str | None = None,
) -> tuple[ParticipantRecord, CheckIn]:
    """Register someone at the door and check them in.

    A name is recorded only with the person's consent (without it they belong in the headcount), and
    minors are refused by the participant rules. The event is checked first, so a bad event creates
    nobody."""
    if not consent:
        raise ValidationError(
            said(
                "A name is recorded only with the person's consent. Without consent, count them in the "
                "event's headcount instead."
            ),
            "consent",
        )
    check_token(role, ATTENDANCE_ROLES, "role")
    with store.read() as session:
        live(session, Event, event_id, "event")
    person = create_participant(
        store,
        name=name,
        sex=sex,
        age_band=age_band,
        agency=agency,
        position=position,
        phone=phone,
        region=region,
        consent=True,
    )
    return person, check_in(store, event_id, person.id, role)
