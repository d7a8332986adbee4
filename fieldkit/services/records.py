"""Plain, immutable records handed to the CLI and the GUI (never ORM objects, which are bound to a
session and a thread)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LocationRecord:
    id: str
    kind: str
    name_az: str
    name_en: str
    name_ru: str
    iso_code: str | None
    code: str | None
    parent_id: str | None
    active: bool
    verified: bool

    def label(self, lang: str = "az") -> str:
        name = {"en": self.name_en, "ru": self.name_ru}.get(lang) or self.name_az
        tag = self.iso_code or self.code
        return f"{name} ({tag})" if tag else name


@dataclass(frozen=True)
class AgencyRecord:
    id: str
    kind: str
    abbreviation: str
    name_az: str
    name_en: str
    name_ru: str
    active: bool


@dataclass(frozen=True)
class EventRecord:
    id: str
    kind: str
    pillar: str | None
    title: str
    start_date: dt.date
    end_date: dt.date
    location_id: str | None
    organiser_agency_id: str | None
    partner_agency_ids: tuple[str, ...]
    audience: str
    language: str
    status: str
    notes: str


@dataclass(frozen=True)
class ParticipantRecord:
    id: str
    name: str
    sex: str
    age_band: str
    agency_id: str | None
    position: str
    phone: str | None
    email: str | None
    region_id: str | None
    consent_date: dt.date | None
    consent_text_version: str | None
    merged_into: str | None


@dataclass(frozen=True)
class AttendanceRecord:
    id: str
    event_id: str
    participant_id: str
    role: str


@dataclass(frozen=True)
class HeadcountRecord:
    id: str
    event_id: str
    group_label: str
    sex: str
    age_band: str
    count: int


@dataclass(frozen=True)
class MaterialRecord:
    id: str
    code: str
    kind: str
    title_az: str
    title_en: str
    title_ru: str
    languages: tuple[str, ...]
    version: str
    active: bool


@dataclass(frozen=True)
class MovementRecord:
    id: str
    kind: str
    material_id: str
    location_id: str
    event_id: str | None
    quantity: int
    occurred_at: str
    note: str
    forced_reason: str | None
    transfer_id: str | None = None


@dataclass(frozen=True)
class BalanceRecord:
    material_id: str
    material_code: str
    location_id: str
    location_name: str
    on_hand: int


@dataclass(frozen=True)
class HelplineRecord:
    id: str
    label: str
    number: str
    verified_at: dt.date | None
    verified_by: str | None
    active: bool

    @property
    def is_short_code(self) -> bool:
        return not self.number.startswith("+")


@dataclass(frozen=True)
class Page:
    """One page of a listing and the total behind it, for tables that fetch lazily."""

    items: list[object] = field(default_factory=list)
    total: int = 0
