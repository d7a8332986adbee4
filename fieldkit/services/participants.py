"""Participants: named people who consented, with Azerbaijani-aware search."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fieldkit.services.common import clean_text, live, to_record
from fieldkit.services.events import parse_date
from fieldkit.services.locations import find_agency, find_location
from fieldkit.services.records import ParticipantRecord
from fieldkit.services.vocab import AGE_BANDS, MINOR_AGE_BANDS, SEXES, check_token
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError
from fieldkit.store.models import Participant
from fieldkit.text import az_fold, az_loose, has_azerbaijani_letters

CONSENT_TEXT_VERSION = "2026-1"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9]{5,15}$")
_UNSET: Any = object()


def _phone(value: str | None) -> str | None:
    if not value:
        return None
    compact = re.sub(r"[\s\-().]", "", value)
    if not _PHONE.match(compact):
        raise ValidationError(f"'{value}' is not a phone number. Write it like +994 50 123 45 67.", "phone")
    return compact


def _email(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if not _EMAIL.match(value):
        raise ValidationError(f"'{value}' is not an e-mail address.", "email")
    return value


def _apply(session: Session, row: Participant, changes: dict[str, Any]) -> None:
    for key, value in changes.items():
        if value is _UNSET:
            continue
        if key == "name":
            row.name = clean_text(value, "name", required=True, limit=200)
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
            "Minors are never registered by name. Record pupils and other under-18s as a headcount "
            "(counts by sex and age band) for the event instead.",
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
    with store.write() as session:
        live(session, Participant, participant_id, "participant").deleted = True


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
