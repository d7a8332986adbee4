"""The data model: typed SQLAlchemy 2.x tables.

Every table that syncs mixes in ``Synced``: a UUID primary key, created and updated HLC timestamps,
the device the row came from, and a ``deleted`` tombstone (synced rows are never hard-deleted).
References between synced rows are plain indexed columns, not SQL foreign keys: sync may deliver a
child before its parent when a bundle is missing, and that must not block the import. The services
check references on local writes instead.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, cast

from sqlalchemy import JSON, BigInteger, Boolean, Date, Index, Integer, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from fieldkit.store.version import SYNCED_TABLES

# Column bookkeeping that the canonical export and the change log's field lists leave out.
BOOKKEEPING = frozenset({"created_hlc", "updated_hlc", "origin", "clocks"})


class Base(DeclarativeBase):
    pass


class Synced:
    """Columns every synced row carries."""

    __synced__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_hlc: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    updated_hlc: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    origin: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # The (HLC, origin) of each field whose last change is not the row's creation, as JSON
    # {"field": [hlc, origin]}; NULL when every field holds its creator's value. Local, never synced:
    # the field-by-field merge compares incoming changes against it (see fieldkit.store.clocks).
    clocks: Mapped[str | None] = mapped_column(Text, nullable=True, default=None)


class Location(Synced, Base):
    __tablename__ = "locations"

    kind: Mapped[str] = mapped_column(String(24))
    name_az: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    iso_code: Mapped[str | None] = mapped_column(String(10), index=True)
    code: Mapped[str | None] = mapped_column(String(16), index=True)
    ref_key: Mapped[str | None] = mapped_column(String(80))
    parent_id: Mapped[str | None] = mapped_column(String(36), index=True)
    subdivision_type: Mapped[str | None] = mapped_column(String(40))
    verified: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Agency(Synced, Base):
    __tablename__ = "agencies"

    kind: Mapped[str] = mapped_column(String(24), default="other")
    abbreviation: Mapped[str] = mapped_column(String(40), default="")
    name_az: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    ref_key: Mapped[str | None] = mapped_column(String(80))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Event(Synced, Base):
    __tablename__ = "events"

    kind: Mapped[str] = mapped_column(String(24))
    pillar: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date] = mapped_column(Date)
    location_id: Mapped[str | None] = mapped_column(String(36), index=True)
    organiser_agency_id: Mapped[str | None] = mapped_column(String(36))
    partner_agency_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    audience: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str] = mapped_column(String(8), default="az")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    notes: Mapped[str] = mapped_column(Text, default="")


class Participant(Synced, Base):
    __tablename__ = "participants"
    # The duplicates merged into a person (migration 0009): the reports count a person once.
    __table_args__ = (Index("ix_participants_merged", "merged_into", sqlite_where=text("merged_into IS NOT NULL")),)

    name: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(12))
    age_band: Mapped[str] = mapped_column(String(8), default="unknown")
    agency_id: Mapped[str | None] = mapped_column(String(36), index=True)
    position: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    region_id: Mapped[str | None] = mapped_column(String(36))
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    consent_text_version: Mapped[str | None] = mapped_column(String(40))
    merged_into: Mapped[str | None] = mapped_column(String(36))


class Attendance(Synced, Base):
    __tablename__ = "attendance"
    # Per person, their live check-ins as a participant and the events, from the index alone (migration
    # 0009; see fieldkit.services.report_queries).
    __table_args__ = (Index("ix_attendance_person", "participant_id", "role", "deleted", "event_id"),)

    event_id: Mapped[str] = mapped_column(String(36), index=True)
    participant_id: Mapped[str] = mapped_column(String(36))
    role: Mapped[str] = mapped_column(String(16), default="participant")


class Headcount(Synced, Base):
    __tablename__ = "headcounts"

    event_id: Mapped[str] = mapped_column(String(36), index=True)
    group_label: Mapped[str] = mapped_column(String(120), default="")
    sex: Mapped[str] = mapped_column(String(12))
    age_band: Mapped[str] = mapped_column(String(8))
    count: Mapped[int] = mapped_column(Integer)


class Material(Synced, Base):
    __tablename__ = "materials"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    title_az: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_ru: Mapped[str] = mapped_column(String(300), default="")
    languages: Mapped[str] = mapped_column(String(20), default="az")
    version: Mapped[str] = mapped_column(String(20), default="1")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StockMovement(Synced, Base):
    """One line of the append-only stock ledger. ``quantity`` is signed: its effect on the stock."""

    __tablename__ = "stock_movements"
    # The reports read these indexes alone (migration 0006): stock on hand per material x place in
    # group order, and the items handed out (see fieldkit.services.report_queries).
    __table_args__ = (
        Index("ix_stock_material_location", "material_id", "location_id", "deleted", "occurred_at", "quantity"),
        Index("ix_stock_handouts", "kind", "deleted", "occurred_at", "quantity"),
    )

    kind: Mapped[str] = mapped_column(String(16))
    material_id: Mapped[str] = mapped_column(String(36))
    location_id: Mapped[str] = mapped_column(String(36), index=True)
    event_id: Mapped[str | None] = mapped_column(String(36), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[str] = mapped_column(String(32), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    forced_reason: Mapped[str | None] = mapped_column(Text)
    transfer_id: Mapped[str | None] = mapped_column(String(36))


class StockMonthly(Base):
    """The live ledger summed per kind x month x material x place x at an event or not: local, derived,
    never synced. Triggers on ``stock_movements`` (migration 0008) keep it equal to the aggregate of
    the live movements on every write, from the services or from sync. ``handout_cells`` is rebuilt from
    it, rather than from the ledger, after a write to ``locations`` (``report_queries.REFRESH_CELLS``)."""

    __tablename__ = "stock_monthly"
    __table_args__ = ({"sqlite_with_rowid": False},)

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # the first 7 characters of occurred_at
    material_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    location_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at_event: Mapped[bool] = mapped_column(Boolean, primary_key=True)  # event_id IS NOT NULL
    quantity: Mapped[int] = mapped_column(Integer)  # the sum of the signed quantities
    movements: Mapped[int] = mapped_column(Integer)  # how many live movements; never 0 (the row goes)


class StockBalance(Base):
    """The live ledger summed per material x place: stock on hand now. Local, derived, never synced;
    kept by triggers on ``stock_movements`` (migration 0009) as ``StockMonthly`` is, and in bulk by a
    sync import. A row whose last live movement leaves is deleted."""

    __tablename__ = "stock_balances"
    __table_args__ = ({"sqlite_with_rowid": False},)

    material_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    location_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer)  # the sum of the signed quantities
    movements: Mapped[int] = mapped_column(Integer)  # how many live movements; never 0 (the row goes)


class PlaceClass(Base):
    """Each place's kind and economic region ('' for none), as the reports work them out from the place
    tree: local, derived. Rebuilt with ``handout_cells`` whenever ``stock_summary_state`` is stale."""

    __tablename__ = "place_classes"
    __table_args__ = ({"sqlite_with_rowid": False},)

    location_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    region: Mapped[str] = mapped_column(String(36))


class HandoutCell(Base):
    """Live handouts per month x material x location type ('event' for a handout at an event, else the
    kind of the place) x economic region: one row per cell of the materials-distributed report. Local,
    derived, kept by the same triggers as ``StockMonthly`` (classified by ``PlaceClass``)."""

    __tablename__ = "handout_cells"
    __table_args__ = (
        Index("ix_handout_cells_breakdown", "material_id", "location_type", "region", "quantity"),
        {"sqlite_with_rowid": False},
    )

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    material_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    location_type: Mapped[str] = mapped_column(String(24), primary_key=True)
    region: Mapped[str] = mapped_column(String(36), primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer)
    movements: Mapped[int] = mapped_column(Integer)


class StockSummaryState(Base):
    """One row: ``stale`` once a write to ``locations`` may have changed a place's class (a trigger sets
    it), until ``place_classes`` and ``handout_cells`` are rebuilt."""

    __tablename__ = "stock_summary_state"

    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    stale: Mapped[bool] = mapped_column(Boolean)


class Helpline(Synced, Base):
    __tablename__ = "helplines"

    label: Mapped[str] = mapped_column(String(200))
    number: Mapped[str] = mapped_column(String(20))
    verified_at: Mapped[dt.date | None] = mapped_column(Date)
    verified_by: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LeafletText(Synced, Base):
    """The wording printed on leaflets in one language, as published by a coordinator.

    ``content`` holds the fields of ``fieldkit.print.LeafletTexts``. One row per text set and language
    (a natural id), so a publication from any coordinator replaces the previous one everywhere.
    """

    __tablename__ = "leaflet_texts"

    set_key: Mapped[str] = mapped_column(String(40), default="default")
    language: Mapped[str] = mapped_column(String(8))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)
    published_at: Mapped[str] = mapped_column(String(32))
    published_by: Mapped[str] = mapped_column(String(200))


class ProjectSetting(Synced, Base):
    """A setting a coordinator publishes for the whole project (every store of one coordinator network):
    the retention period of personal data, for one. One row per key (a natural id), so the latest
    publication by any coordinator wins everywhere; it flows down to the laptops as reference data.
    """

    __tablename__ = "project_settings"

    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[Any] = mapped_column(JSON, nullable=False)
    set_at: Mapped[str] = mapped_column(String(32))
    set_by: Mapped[str] = mapped_column(String(200))


# The change-log entries sync looks up by row: the reference tables' and the events'.
REFERENCE_LOG_WHERE = (
    "table_name IN ('locations', 'agencies', 'helplines', 'materials', 'leaflet_texts', 'project_settings', 'events')"
)


class ChangeLog(Base):
    """One captured change. (origin, seq) is unique across every store, so sync can relay it as is."""

    __tablename__ = "change_log"
    # Only the reference tables' and events' entries are looked up by row (the coordinator's export
    # to laptops); the merge reads field clocks from the rows themselves (``Synced.clocks``).
    __table_args__ = (
        Index(
            "ix_change_log_reference",
            "table_name",
            "row_id",
            sqlite_where=text(REFERENCE_LOG_WHERE),
        ),
    )

    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hlc: Mapped[int] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)


class LocalDevice(Base):
    """This store's own identity and clocks. One row; never synced."""

    __tablename__ = "local_device"

    slot: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    device_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))
    last_hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    retired_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    box_public_key: Mapped[str | None] = mapped_column(String(64))
    enrolment: Mapped[dict[str, Any] | None] = mapped_column(JSON)


# Tables in the fixed order used by the canonical export and by sync.
SYNCED_MODELS: tuple[type[Base], ...] = (
    Location,
    Agency,
    Helpline,
    Material,
    LeafletText,
    ProjectSetting,
    Event,
    Participant,
    Attendance,
    Headcount,
    StockMovement,
)
MODEL_BY_TABLE: dict[str, type[Base]] = {m.__tablename__: m for m in SYNCED_MODELS}
assert tuple(MODEL_BY_TABLE) == SYNCED_TABLES, "fieldkit.store.version.SYNCED_TABLES is out of date"

# Tombstones are rare, so a partial index over them is tiny and lets "how many live rows" be
# COUNT(*) minus an index lookup instead of a scan of the whole table.
for _model in SYNCED_MODELS:
    _table = cast(Table, _model.__table__)
    Index(f"ix_{_table.name}_tombstones", _table.c.id, sqlite_where=_table.c.deleted.is_(True))


def is_synced(obj: object) -> bool:
    return isinstance(obj, Synced)


# The local audit log has a module of its own; importing it here maps its table wherever the models are.
from fieldkit.store import audit_models as _audit_models  # noqa: E402, F401
