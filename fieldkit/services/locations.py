"""Locations and agencies: lookup by id, code or name, listing, and officers' local additions."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fieldkit.services.common import clean_text, to_record
from fieldkit.services.records import AgencyRecord, LocationRecord
from fieldkit.services.vocab import AGENCY_KINDS, LOCATION_KINDS, check_token
from fieldkit.store.engine import Store
from fieldkit.store.errors import Said, ValidationError, said
from fieldkit.store.ids import is_uuid
from fieldkit.store.models import Agency, Location
from fieldkit.text import az_fold


def _ambiguous(what: str, message: Said) -> ValidationError:
    """The refusal of a name that matches more than one ``what``; ``message`` lists them."""
    return ValidationError(message, what)


def find_location(session: Session, text: str) -> Location:
    """A live location by id, ISO or other code, or exact name in any language."""
    text = text.strip()
    if not text:
        raise ValidationError(said("The location is empty. Give an id, a code such as AZ-QAZ, or a name."), "location")
    if is_uuid(text):
        row = session.get(Location, text)
        if row is not None and not row.deleted:
            return row
    base = select(Location).where(Location.deleted.is_(False))
    upper = text.upper()
    rows = list(session.scalars(base.where(or_(Location.iso_code == upper, Location.code == upper))))
    if not rows:
        rows = list(
            session.scalars(
                base.where(or_(Location.name_az == text, Location.name_en == text, Location.name_ru == text))
            )
        )
    if not rows:
        folded = az_fold(text)
        rows = [
            r for r in session.scalars(base) if folded in (az_fold(r.name_az), az_fold(r.name_en), az_fold(r.name_ru))
        ]
    if len(rows) > 1:
        active = [r for r in rows if r.active]
        if len(active) == 1:
            return active[0]
        labels = [f"{r.name_az} ({r.iso_code or r.code or r.kind}, id {r.id})" for r in rows]
        raise _ambiguous(
            "location",
            said(
                "'{text}' matches more than one location: {matches}. Give the code or id instead.",
                text=text,
                matches="; ".join(labels),
            ),
        )
    if not rows:
        raise ValidationError(
            said("No location called '{text}'. Run 'fieldkit location list' to see the names and codes.", text=text),
            "location",
        )
    return rows[0]


def resolve_location(store: Store, text: str) -> LocationRecord:
    with store.read() as session:
        return to_record(LocationRecord, find_location(session, text))


def list_locations(store: Store, kind: str | None = None, include_inactive: bool = False) -> list[LocationRecord]:
    with store.read() as session:
        query = select(Location).where(Location.deleted.is_(False))
        if kind:
            query = query.where(Location.kind == check_token(kind, LOCATION_KINDS, "kind"))
        if not include_inactive:
            query = query.where(Location.active.is_(True))
        rows = session.scalars(query.order_by(Location.kind, Location.name_az))
        return [to_record(LocationRecord, r) for r in rows]


def create_location(
    store: Store,
    *,
    kind: str,
    name_az: str,
    name_en: str = "",
    name_ru: str = "",
    parent: str | None = None,
    code: str | None = None,
) -> LocationRecord:
    """An officer's own location, such as a school or venue; coordinators own the shipped lists."""
    check_token(kind, LOCATION_KINDS, "kind")
    name = clean_text(name_az, "name", required=True, limit=200)
    with store.write() as session:
        parent_id = find_location(session, parent).id if parent else None
        row = Location(
            kind=kind,
            name_az=name,
            name_en=clean_text(name_en, "English name", limit=200),
            name_ru=clean_text(name_ru, "Russian name", limit=200),
            parent_id=parent_id,
            code=(code or None),
            verified=False,
        )
        session.add(row)
        session.flush()
        return to_record(LocationRecord, row)


def economic_region_of(session: Session, location_id: str | None) -> Location | None:
    """Walk up the parents to the economic region, for reports by region."""
    seen: set[str] = set()
    while location_id and location_id not in seen:
        seen.add(location_id)
        row = session.get(Location, location_id)
        if row is None:
            return None
        if row.kind == "economic-region":
            return row
        location_id = row.parent_id
    return None


def find_agency(session: Session, text: str) -> Agency:
    text = text.strip()
    if is_uuid(text):
        row = session.get(Agency, text)
        if row is not None and not row.deleted:
            return row
    folded = az_fold(text)
    rows = [
        r
        for r in session.scalars(select(Agency).where(Agency.deleted.is_(False)))
        if folded in {az_fold(r.abbreviation), az_fold(r.name_az), az_fold(r.name_en), az_fold(r.name_ru)}
    ]
    if len(rows) > 1:
        raise _ambiguous(
            "agency",
            said(
                "'{text}' matches more than one agency: {matches}. Give the code or id instead.",
                text=text,
                matches="; ".join(f"{r.name_az} (id {r.id})" for r in rows),
            ),
        )
    if not rows:
        raise ValidationError(
            said(
                "No agency called '{text}'. Run 'fieldkit agency list', or add it with 'fieldkit agency add'.",
                text=text,
            ),
            "agency",
        )
    return rows[0]


def list_agencies(store: Store) -> list[AgencyRecord]:
    with store.read() as session:
        rows = session.scalars(select(Agency).where(Agency.deleted.is_(False)).order_by(Agency.name_az))
        return [to_record(AgencyRecord, r) for r in rows]


def create_agency(
    store: Store, *, name_az: str, kind: str = "ngo", abbreviation: str = "", name_en: str = "", name_ru: str = ""
) -> AgencyRecord:
    check_token(kind, AGENCY_KINDS, "kind")
    name = clean_text(name_az, "name", required=True)
    with store.write() as session:
        for r in session.scalars(select(Agency).where(Agency.deleted.is_(False))):
            if az_fold(r.name_az) == az_fold(name):
                raise ValidationError(
                    said("The agency '{name}' already exists (id {id}).", name=r.name_az, id=r.id), "name"
                )
        row = Agency(
            kind=kind,
            name_az=name,
            abbreviation=clean_text(abbreviation, "abbreviation", limit=40),
            name_en=clean_text(name_en, "English name"),
            name_ru=clean_text(name_ru, "Russian name"),
        )
        session.add(row)
        session.flush()
        return to_record(AgencyRecord, row)
