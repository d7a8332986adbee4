"""Shipped reference data: subdivisions, economic regions, border crossings, airports, metro
stations and agencies, from ``resources/reference``.

Each row's id is a UUIDv5 of its stable key, and rows are written as version zero (HLC 0, the
reference origin) without change-log entries: every device loads the same rows with the same ids, so
they need no sync, never duplicate, and any later edit by a coordinator (a real HLC) wins over them.
Loading again adds only rows that are missing and never overwrites an edit.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from fieldkit.config import resource_path
from fieldkit.services.vocab import AGENCY_KINDS, LOCATION_KINDS
from fieldkit.store.capture import SYNC_APPLY_KEY
from fieldkit.store.engine import Store
from fieldkit.store.ids import REFERENCE_ORIGIN, reference_id
from fieldkit.store.models import Agency, Location


@dataclass(frozen=True)
class ReferenceLoad:
    locations_added: int
    agencies_added: int
    locations_total: int
    agencies_total: int


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _version_zero(row: Location | Agency) -> None:
    row.created_hlc = 0
    row.updated_hlc = 0
    row.origin = REFERENCE_ORIGIN
    row.deleted = False


def _load_locations(session: Session, rows: list[dict[str, str]]) -> int:
    added = 0
    for raw in rows:
        if raw["kind"] not in LOCATION_KINDS:
            raise ValueError(f"locations.tsv: unknown kind {raw['kind']!r} for {raw['key']}")
        row_id = reference_id("locations", raw["key"])
        if session.get(Location, row_id) is not None:
            continue
        row = Location(
            id=row_id,
            kind=raw["kind"],
            name_az=raw["name_az"],
            name_en=raw["name_en"],
            name_ru=raw["name_ru"],
            iso_code=raw["iso_code"] or None,
            code=raw["code"] or None,
            ref_key=raw["key"],
            parent_id=reference_id("locations", raw["parent_key"]) if raw["parent_key"] else None,
            subdivision_type=raw["subdivision_type"] or None,
            verified=raw["verified"] == "1",
            active=raw["active"] == "1",
            note=raw["note"],
        )
        _version_zero(row)
        session.add(row)
        added += 1
    return added


def _load_agencies(session: Session, rows: list[dict[str, str]]) -> int:
    added = 0
    for raw in rows:
        if raw["kind"] not in AGENCY_KINDS:
            raise ValueError(f"agencies.tsv: unknown kind {raw['kind']!r} for {raw['key']}")
        row_id = reference_id("agencies", raw["key"])
        if session.get(Agency, row_id) is not None:
            continue
        row = Agency(
            id=row_id,
            kind=raw["kind"],
            abbreviation=raw["abbreviation"],
            name_az=raw["name_az"],
            name_en=raw["name_en"],
            name_ru=raw["name_ru"],
            ref_key=raw["key"],
            active=True,
            note=raw["note"],
        )
        _version_zero(row)
        session.add(row)
        added += 1
    return added


def load_reference(store: Store, directory: Path | None = None) -> ReferenceLoad:
    """Load the shipped lists; safe to run any number of times."""
    directory = directory or resource_path("reference")
    locations = _rows(directory / "locations.tsv")
    agencies = _rows(directory / "agencies.tsv")
    with store.write(**{SYNC_APPLY_KEY: True}) as session:
        loc_added = _load_locations(session, locations)
        ag_added = _load_agencies(session, agencies)
    return ReferenceLoad(loc_added, ag_added, len(locations), len(agencies))
