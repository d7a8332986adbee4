"""Participants: named people who consented, with Azerbaijani-aware search."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from fieldkit.services.common import clean_text, live, to_record
from fieldkit.services.events import parse_date
from fieldkit.services.locations import find_agency, find_location
from fieldkit.services.participant_queries import (
    PageCursor,
    ParticipantQuery,
    _details,
    _filtered,
    _in_creation_order,
    _label,
    _page_ids,
    _sql_az_key,
    _sql_label_key,
    az_key,
)
from fieldkit.services.records import ParticipantRecord
from fieldkit.services.vocab import AGE_BANDS, MINOR_AGE_BANDS, SEXES, check_token
from fieldkit.store.engine import Store, raw_connection
from fieldkit.store.errors import ValidationError, said
from fieldkit.store.models import Agency, Attendance, Event, Location, Participant
from fieldkit.text import az_fold, az_loose, az_sort_key, has_azerbaijani_letters

__all__ = [
    "CONSENT_TEXT_VERSION",
    "PAGE_SIZE",
    "SORT_KEYS",
    "AttendedEvent",
    "Choice",
    "PageCursor",
    "ParticipantPage",
    "ParticipantQuery",
    "ParticipantRow",
    "agency_choices",
    "az_key",
    "count_participants",
    "create_participant",
    "create_participants",
    "delete_participant",
    "edit_participant",
    "events_attended",
    "get_participant",
    "list_participants_page",
    "region_choices",
    "search_participants",
    "withdraw_consent",
]

CONSENT_TEXT_VERSION = "2026-1"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9]{5,15}$")
_UNSET: Any = object()


def _phone(value: str | None) -> str | None:
    if not value:
        return None
    compact = re.sub(r"[\s\-().]", "", value)
    if not _PHONE.match(compact):
        raise ValidationError(
            said("'{value}' is not a phone number. Write it like +994 50 123 45 67.", value=value), "phone"
        )
    return compact


def _email(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if not _EMAIL.match(value):
        raise ValidationError(said("'{value}' is not an e-mail address.", value=value), "email")
    return value


def _apply(session: Session, row: Participant, changes: dict[str, Any]) -> None:
    for key, value in changes.items():
        if value is _UNSET:
            continue
        if key == "name":  # composed (NFC) and single-spaced, which the name search relies on
            row.name = unicodedata.normalize("NFC", clean_text(value, "name", required=True, limit=200))
        elif key == "sex":
            row.sex = check_token(value, SEXES, "sex")
        elif key == "age_band":
            row.age_band = check_token(value or "unknown", AGE_BANDS, "age band")
        elif key == "agency":
            row.agency_id = find_agency(session, value).id if value else None
        elif key == "position":
            row.position = clean_text(value, "position", limit=200)
        elif key == "phone":
            row.phone = _phone(value)
        elif key == "email":
            row.email = _email(value)
        elif key == "region":
            row.region_id = find_location(session, value).id if value else None
        elif key == "consent":
            if value:
                row.consent_date = parse_date(changes.get("consent_date") or dt.date.today(), "consent date")
                row.consent_text_version = changes.get("consent_text_version") or CONSENT_TEXT_VERSION
            else:
                row.consent_date = None
                row.consent_text_version = None
        elif key in ("consent_date", "consent_text_version"):
            continue
        else:
            raise ValueError(f"unknown participant field {key}")
    if row.age_band in MINOR_AGE_BANDS:
        raise ValidationError(
            said(
                "Minors are never registered by name. Record pupils and other under-18s as a headcount "
                "(counts by sex and age band) for the event instead."
            ),
            "age band",
        )


def create_participant(
    store: Store,
    *,
    name: str,
    sex: str,
    age_band: str = "unknown",
    agency: str | None = None,
    position: str = "",
    phone: str | None = None,
    email: str | None = None,
    region: str | None = None,
    consent: bool = False,
    consent_date: str | dt.date | None = None,
    consent_text_version: str | None = None,
) -> ParticipantRecord:
    changes = dict(
        name=name,
        sex=sex,
        age_band=age_band,
        agency=agency,
        position=position,
        phone=phone,
        email=email,
        region=region,
        consent=consent,
        consent_date=consent_date,
        consent_text_version=consent_text_version,
    )
    with store.write() as session:
        row = Participant()
        _apply(session, row, changes)
        session.add(row)
        session.flush()
        return to_record(ParticipantRecord, row)


def edit_participant(store: Store, participant_id: str, **changes: Any) -> ParticipantRecord:
    with store.write() as session:
        row = live(session, Participant, participant_id, "participant")
        _apply(session, row, changes)
        session.flush()
        return to_record(ParticipantRecord, row)


def delete_participant(store: Store, participant_id: str) -> None:
    """Tombstone the person (a synced change; restorable) and audit it. The personal fields stay on the
    tombstone until the retention purge or a consent withdrawal clears them."""
    from fieldkit.services import audit

    with store.write() as session:
        live(session, Participant, participant_id, "participant").deleted = True
        session.flush()
        audit.record(session, "delete", {"table": "participants", "id": participant_id})


def withdraw_consent(store: Store, participant_id: str) -> ParticipantRecord:
    """The person withdrew consent: their name, contacts, position and consent record are cleared, as a
    synced edit that reaches every coordinator (``fieldkit.services.privacy``). The records a coordinator
    merged into one person are cleared together, deleted ones included. Check-ins stay, so the person
    is still counted, by sex, age band and agency, but no longer named. Audited."""
    from fieldkit.services import privacy

    with store.write() as session:
        privacy.withdraw(session, participant_id)
        row = session.get(Participant, participant_id)
        assert row is not None
        return to_record(ParticipantRecord, row)


def get_participant(store: Store, participant_id: str) -> ParticipantRecord:
    with store.read() as session:
        return to_record(ParticipantRecord, live(session, Participant, participant_id, "participant"))


def search_participants(store: Store, query: str = "", limit: int | None = 50) -> list[ParticipantRecord]:
    """People whose name contains the typed text, by Azerbaijani case rules.

    Text typed with Azerbaijani letters matches strictly (I/ı and İ/i are different letters); plain
    ASCII or Cyrillic matches loosely, so "Aliyev" or "Алиев" still finds "Əliyev".
    """
    stmt = select(Participant).where(Participant.deleted.is_(False), Participant.merged_into.is_(None))
    query = query.strip()
    if query:
        if has_azerbaijani_letters(query):
            stmt = stmt.where(func.az_fold(Participant.name).contains(az_fold(query), autoescape=True))
        else:
            stmt = stmt.where(func.az_loose(Participant.name).contains(az_loose(query), autoescape=True))
    stmt = stmt.order_by(Participant.name.collate("az"), Participant.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    with store.read() as session:
        return [to_record(ParticipantRecord, r) for r in session.scalars(stmt)]


def count_participants(store: Store) -> int:
    with store.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Participant)
                .where(Participant.deleted.is_(False), or_(Participant.merged_into.is_(None)))
            )
            or 0
        )


# -- the People screen: pages of a filtered, sorted listing, and a person's events -------------------
#
# At 100,000 people the screen cannot load everything and sort or filter in Qt: it asks for one page
# at a time, filtered and sorted in SQL, and continues from the last row it has (keyset paging), so
# every page costs about the same however far the user has scrolled.
# The SQL each page is built from is in ``fieldkit.services.participant_queries``.

SORT_KEYS = ("added", "name", "sex", "age_band", "agency", "region", "phone", "consent", "events")
PAGE_SIZE = 500


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the People table. ``phone`` is withheld (None) when the person has not consented."""

    id: str
    name: str
    sex: str
    age_band: str
    agency_id: str | None
    agency: str
    region_id: str | None
    region: str
    phone: str | None
    consent_date: dt.date | None
    events_attended: int

    @property
    def has_consent(self) -> bool:
        return self.consent_date is not None


@dataclass(frozen=True)
class ParticipantPage:
    rows: tuple[ParticipantRow, ...]
    after: PageCursor | None  # None when there is nothing more


@dataclass(frozen=True)
class AttendedEvent:
    event_id: str
    title: str
    start_date: dt.date
    location: str
    role: str


@dataclass(frozen=True)
class Choice:
    """A value for a picker: an id and its label in the asked language."""

    id: str
    label: str


def list_participants_page(
    store: Store,
    query: ParticipantQuery = ParticipantQuery(),  # noqa: B008 (frozen, so a shared default is safe)
    after: PageCursor | None = None,
    limit: int = PAGE_SIZE,
    lang: str = "az",
) -> ParticipantPage:
    """One page of the People table: live, unmerged people matching ``query``, in its order.

    ``after`` is the cursor of the previous page; ties in the sort column are broken by id, so every
    person appears exactly once however the pages fall. Phones are withheld for people without consent.

    Newest (or oldest) first, one statement walks the primary key index and stops after the page.
    Any other order takes two steps: the page's ids are chosen first (filter, sort value, keyset,
    limit), and only those rows are then joined to agencies, regions and the attendance count, so a
    sort over 100,000 people never computes 100,000 labels and counts.
    """
    if query.sort not in SORT_KEYS:
        raise ValueError(f"unknown sort {query.sort!r}")
    with store.read() as session:
        if query.sort == "added":  # one statement, which stops after the page
            stmt = _filtered(_in_creation_order(lang, query.descending, after is not None), query)
            params: dict[str, Any] = {"limit": limit + 1} | ({"after": after.id} if after else {})
            found = session.execute(stmt, params).all()
            ids: list[tuple[str, Any]] = [(r[0], r[0]) for r in found]
            details = {r[0]: r for r in found}
        else:
            con = raw_connection(session)
            con.create_function("az_key", 1, _sql_az_key, deterministic=True)
            con.create_function("az_label_key", 1, _sql_label_key, deterministic=True)
            ids = _page_ids(session, query, after, limit, lang)
            details = {r[0]: r for r in session.execute(_details(lang), {"ids": [i for i, _key in ids[:limit]]})}
    more = len(ids) > limit
    ids = ids[:limit]
    rows = tuple(
        ParticipantRow(
            id=r[0],
            name=r[1],
            sex=r[2],
            age_band=r[3],
            agency_id=r[4],
            agency=r[5] or "",
            region_id=r[6],
            region=r[7] or "",
            phone=r[8] if r[9] is not None else None,
            consent_date=r[9],
            events_attended=int(r[10] or 0),
        )
        for r in (details[i] for i, _key in ids)
    )
    cursor = PageCursor(ids[-1][1], ids[-1][0]) if more else None
    return ParticipantPage(rows, cursor)


def events_attended(store: Store, participant_id: str, lang: str = "az") -> list[AttendedEvent]:
    """The live events a person attended (newest first), with the place and their role."""
    place = aliased(Location)
    with store.read() as session:
        rows = session.execute(
            select(Event.id, Event.title, Event.start_date, _label(place, lang), Attendance.role)
            .join(Event, Event.id == Attendance.event_id)
            .outerjoin(place, place.id == Event.location_id)
            .where(
                Attendance.participant_id == participant_id,
                Attendance.deleted.is_(False),
                Event.deleted.is_(False),
            )
            .order_by(Event.start_date.desc(), Event.title)
        ).all()
    return [AttendedEvent(r[0], r[1], r[2], r[3] or "", r[4]) for r in rows]


def region_choices(store: Store, lang: str = "az") -> list[Choice]:
    """Economic regions and districts to file a person under or filter by, in Azerbaijani order."""
    with store.read() as session:
        rows = session.execute(
            select(Location.id, _label(Location, lang), Location.kind).where(
                Location.deleted.is_(False),
                Location.active.is_(True),
                Location.kind.in_(("economic-region", "district")),
            )
        ).all()
    ordered = sorted(rows, key=lambda r: (r[2] != "economic-region", az_sort_key(r[1]), r[0]))
    return [Choice(r[0], r[1]) for r in ordered]


def agency_choices(store: Store, lang: str = "az") -> list[Choice]:
    """Active agencies, labelled with the abbreviation and the name, in Azerbaijani order."""
    with store.read() as session:
        rows = session.execute(
            select(Agency.id, Agency.abbreviation, _label(Agency, lang)).where(
                Agency.deleted.is_(False), Agency.active.is_(True)
            )
        ).all()
    choices = [Choice(r[0], f"{r[1]} — {r[2]}" if r[1] else r[2]) for r in rows]
    return sorted(choices, key=lambda c: (az_sort_key(c.label), c.id))


def create_participants(store: Store, people: Iterable[Mapping[str, Any]]) -> int:
    """Record many people in one transaction (a typed-up sign-in sheet, say): each is checked as
    ``create_participant`` checks it, and one refused person refuses the lot."""
    count = 0
    with store.write() as session:
        for n, person in enumerate(people, start=1):
            changes: dict[str, Any] = {"age_band": "unknown", "consent": False} | dict(person)
            row = Participant()
            try:
                _apply(session, row, changes)
            except ValidationError as exc:
                # the person's own message is passed as it is (a ``said`` message keeps its template)
                message = exc.args[0] if len(exc.args) == 1 else str(exc)
                raise ValidationError(said("Person {n}: {message}", n=n, message=message), exc.field) from None
            session.add(row)
            count += 1
            if count % 5000 == 0:
                session.flush()
    return count
