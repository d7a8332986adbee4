"""What an indicator report covers (``ReportFilters``), how typed filters are resolved and described,
and the labels reports print: event kinds, pillars, sexes, location types, and names of places,
agencies and materials in one language."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, fields

from sqlalchemy.orm import Session

from fieldkit.services.events import parse_date
from fieldkit.services.locations import find_agency, find_location
from fieldkit.services.materials import find_material
from fieldkit.services.vocab import EVENT_KINDS, LOCATION_KINDS, PILLARS, check_token
from fieldkit.store.engine import Store, raw_connection
from fieldkit.store.errors import ValidationError, said
from fieldkit.text import az_fold, az_sort_key

LOCATION_TYPES = (*LOCATION_KINDS, "event")
KIND_LABELS = {
    "round-table": "Round-table",
    "workshop": "Workshop",
    "training": "Training",
    "awareness-session": "Awareness session",
    "campaign": "Campaign activity",
    "screening": "Screening",
    "other": "Other",
}
PILLAR_LABELS = {"prevention": "Prevention", "protection": "Protection", "prosecution": "Prosecution"}
PILLAR_LABELS |= {"partnership": "Partnership", "": "(no pillar)"}
SEX_LABELS = {"female": "Female", "male": "Male", "other": "Other", "undisclosed": "Undisclosed"}
TYPE_LABELS = {kind: kind.replace("-", " ").capitalize() for kind in LOCATION_TYPES} | {"": "(unknown)"}
NO_REGION = "(no economic region)"
NO_AGENCY = "(no agency)"


@dataclass(frozen=True)
class ReportFilters:
    """What a report covers. Ids, not names: ``resolve_filters`` turns typed names into them."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    region_id: str | None = None  # a place and everything under it
    economic_region_id: str | None = None
    agency_id: str | None = None
    event_kind: str | None = None
    pillar: str | None = None
    material_id: str | None = None
    location_type: str | None = None  # a location kind, or "event" (handouts recorded at an event)

    def as_dict(self) -> dict[str, str]:
        return {f.name: str(v) for f in fields(self) if (v := getattr(self, f.name)) is not None}


NO_FILTERS = ReportFilters()


def resolve_filters(
    store: Store,
    *,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    region: str | None = None,
    economic_region: str | None = None,
    agency: str | None = None,
    kind: str | None = None,
    pillar: str | None = None,
    material: str | None = None,
    location_type: str | None = None,
) -> ReportFilters:
    """Filters from what a person typed: dates, places and agencies by id, code or name."""
    start = parse_date(date_from, "from date") if date_from else None
    end = parse_date(date_to, "to date") if date_to else None
    if start and end and end < start:
        raise ValidationError(
            said("The period ends ({end}) before it starts ({start}).", end=end, start=start), "to date"
        )
    with store.read() as session:
        region_id = find_location(session, region).id if region else None
        economic_id = _economic_region(session, economic_region) if economic_region else None
        return ReportFilters(
            date_from=start,
            date_to=end,
            region_id=region_id,
            economic_region_id=economic_id,
            agency_id=find_agency(session, agency).id if agency else None,
            event_kind=check_token(kind, EVENT_KINDS, "event kind") if kind else None,
            pillar=check_token(pillar, PILLARS, "pillar") if pillar else None,
            material_id=find_material(session, material).id if material else None,
            location_type=check_token(location_type, LOCATION_TYPES, "location type") if location_type else None,
        )


def _economic_region(session: Session, text: str) -> str:
    """An economic region by id or by name in any language (a district may share its name: Bakı)."""
    folded = az_fold(text)
    rows = raw_connection(session).execute(
        "SELECT id, name_az, name_en, name_ru FROM locations WHERE kind = 'economic-region' AND deleted = 0"
    )
    for row_id, *names in rows:
        if text.strip() == row_id or folded in {az_fold(n) for n in names if n}:
            return str(row_id)
    place = find_location(session, text)  # a clear message for a place that is not an economic region
    if place.kind != "economic-region":
        raise ValidationError(
            said(
                "{place} is a {kind}, not an economic region; use --region for it.",
                place=place.name_az,
                kind=place.kind,
            ),
            "economic region",
        )
    return place.id


class Names:
    """Labels for the ids in a report: places, agencies and materials in one language (only the kinds
    in ``need`` are read)."""

    def __init__(
        self,
        session: Session,
        lang: str,
        need: Iterable[str] = ("places", "agencies", "materials"),
        *,
        place_ids: Iterable[str] | None = None,
    ) -> None:
        """``place_ids``: read only these places (a report that names a few regions), not all."""
        con = raw_connection(session)
        col = {"en": "name_en", "ru": "name_ru"}.get(lang, "name_az")
        title = {"en": "title_en", "ru": "title_ru"}.get(lang, "title_az")
        need = set(need)
        self.places: dict[str, str] = {}
        self.agencies: dict[str, str] = {}
        self.materials: dict[str, tuple[str, str]] = {}
        if "places" in need:
            query = f"SELECT id, {col}, name_az FROM locations"
            params: tuple[str, ...] = ()
            if place_ids is not None:
                query += " WHERE id IN (SELECT value FROM json_each(?))"
                params = (json.dumps(sorted(place_ids)),)
            self.places = {r[0]: r[1] or r[2] for r in con.execute(query, params)}
        if "agencies" in need:
            query = f"SELECT id, abbreviation, {col}, name_az FROM agencies"
            self.agencies = {r[0]: r[1] or r[2] or r[3] for r in con.execute(query)}
        if "materials" in need:
            query = f"SELECT id, code, {title}, title_az FROM materials"
            self.materials = {r[0]: (r[1], r[2] or r[3]) for r in con.execute(query)}

    def place(self, place_id: str | None, missing: str = NO_REGION) -> str:
        return self.places.get(place_id, missing) if place_id else missing

    def agency(self, agency_id: str | None) -> str:
        return self.agencies.get(agency_id, NO_AGENCY) if agency_id else NO_AGENCY

    def material(self, material_id: str) -> tuple[str, str]:
        return self.materials.get(material_id, (material_id, ""))


def label_order(labels: Iterable[str]) -> list[str]:
    """Names in Azerbaijani alphabetical order; the bracketed "(no ...)" entries last."""
    return sorted(set(labels), key=lambda s: (s.startswith("("), az_sort_key(s)))


def rank(labels: Iterable[str]) -> dict[str, int]:
    """Each distinct label's place in ``label_order``: a cheap sort key for many rows."""
    return {label: n for n, label in enumerate(label_order(labels))}


def months(f: ReportFilters, found: Iterable[str]) -> list[str]:
    """Every month of the period (or from the first to the last month found), so charts show gaps."""
    seen = sorted(set(found))
    first = f.date_from.strftime("%Y-%m") if f.date_from else (seen[0] if seen else None)
    last = f.date_to.strftime("%Y-%m") if f.date_to else (seen[-1] if seen else None)
    if first is None or last is None:
        return seen
    out: list[str] = []
    year, month = int(first[:4]), int(first[5:7])
    while f"{year:04d}-{month:02d}" <= last and len(out) < 600:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return sorted(set(out) | set(seen))


def not_applied(f: ReportFilters, *names: str) -> tuple[str, ...]:
    """A note naming the filters that are set but mean nothing for this indicator."""
    labels = {
        "agency_id": "agency",
        "material_id": "material",
        "event_kind": "event kind",
        "pillar": "pillar",
        "date_from": "start of the period",
        "location_type": "location type",
    }
    unused = [labels[n] for n in names if getattr(f, n) is not None]
    return (f"Filters not applied to this indicator: {', '.join(unused)}.",) if unused else ()


def describe_filters(store: Store, f: ReportFilters, lang: str = "en") -> tuple[tuple[str, str], ...]:
    """The filters in words, for the header of every export."""
    start = f.date_from.isoformat() if f.date_from else "the first record"
    end = f.date_to.isoformat() if f.date_to else "the last record"
    lines = [("Period", f"{start} to {end}" if f.date_from or f.date_to else "all dates")]
    with store.read() as session:
        names = Names(session, lang)
    if f.region_id:
        lines.append(("Region", names.place(f.region_id, f.region_id)))
    if f.economic_region_id:
        lines.append(("Economic region", names.place(f.economic_region_id, f.economic_region_id)))
    if f.agency_id:
        lines.append(("Agency", names.agency(f.agency_id)))
    if f.event_kind:
        lines.append(("Event kind", KIND_LABELS.get(f.event_kind, f.event_kind)))
    if f.pillar:
        lines.append(("Pillar", PILLAR_LABELS.get(f.pillar, f.pillar)))
    if f.material_id:
        code, title = names.material(f.material_id)
        lines.append(("Material", f"{code} — {title}" if title else code))
    if f.location_type:
        lines.append(("Location type", TYPE_LABELS.get(f.location_type, f.location_type)))
    return tuple(lines)
