"""What the Home screen shows when an officer opens the laptop: the events of today and the next two
weeks, the materials running low where this laptop works, a few counts and the sync state.

The screen is painted on every start and after every change, so each part is one query (the sync
state a few): no per-row look-ups.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, select

from fieldkit.store.engine import Store
from fieldkit.store.models import Event, Location, Material, Participant, StockMovement

UPCOMING_DAYS = 14


def _in(language: str, az: str, en: str, ru: str) -> str:
    """A name in the UI language, falling back to Azerbaijani where no translation is recorded."""
    return {"en": en, "ru": ru}.get(language) or az


@dataclass(frozen=True)
class HomeEvent:
    id: str
    title: str
    kind: str
    status: str
    start_date: dt.date
    end_date: dt.date
    location_id: str | None
    location_name: str

    def happening_on(self, day: dt.date) -> bool:
        return self.start_date <= day <= self.end_date


@dataclass(frozen=True)
class LowStockItem:
    material_id: str
    material_code: str
    material_title: str
    location_id: str
    location_name: str
    on_hand: int


@dataclass(frozen=True)
class HomeCounts:
    events_this_month: int  # events starting this calendar month (not cancelled)
    participants: int  # people on record (named, with consent)
    handed_out_this_month: int  # items handed out this calendar month, anywhere
    materials: int  # active materials in the catalogue


@dataclass(frozen=True)
class SyncState:
    pending: int  # this laptop's changes its coordinator has not acknowledged
    last_export_at: str | None
    last_import_at: str | None
    last_import_status: str | None
    gaps: tuple[str, ...]  # missing bundles, described for people
    quarantined: int  # bundles waiting for a device to be approved


@dataclass(frozen=True)
class HomeOverview:
    today: dt.date
    home_location_id: str | None
    home_location_name: str | None
    events: tuple[HomeEvent, ...]
    low_stock: tuple[LowStockItem, ...]
    threshold: int
    counts: HomeCounts


def events_ahead(
    store: Store, *, today: dt.date | None = None, days: int = UPCOMING_DAYS, language: str = "az"
) -> list[HomeEvent]:
    """Events under way today or starting in the next ``days`` days, soonest first; cancelled ones left out."""
    today = today or dt.date.today()
    query = (
        select(Event, Location.name_az, Location.name_en, Location.name_ru)
        .outerjoin(Location, and_(Location.id == Event.location_id, Location.deleted.is_(False)))
        .where(
            Event.deleted.is_(False),
            Event.status != "cancelled",
            Event.end_date >= today,
            Event.start_date <= today + dt.timedelta(days=days),
        )
        .order_by(Event.start_date, Event.title, Event.id)
    )
    with store.read() as session:
        return [
            HomeEvent(
                id=e.id,
                title=e.title,
                kind=e.kind,
                status=e.status,
                start_date=e.start_date,
                end_date=e.end_date,
                location_id=e.location_id,
                location_name=_in(language, az or "", en or "", ru or ""),
            )
            for e, az, en, ru in session.execute(query)
        ]


def low_stock(
    store: Store, *, home_location_id: str | None, threshold: int, language: str = "az"
) -> list[LowStockItem]:
    """Active materials below ``threshold`` at this laptop's locations, lowest first.

    "This laptop's locations" are the home location and every place this device (under any of its
    identities) has recorded a movement at. Only material × location pairs with movements count: a
    material never stocked somewhere is not "running low" there.
    """
    device = store.device
    origins = [device.device_id, *device.retired_ids] if device is not None else []
    with store.read() as session:
        # Two steps: an OR with an IN (subquery) made SQLite aggregate every movement in the store.
        places = {home_location_id} if home_location_id else set()
        places.update(
            session.scalars(select(StockMovement.location_id).where(StockMovement.origin.in_(origins)).distinct())
        )
    total = func.sum(StockMovement.quantity)
    query = (
        select(
            Material.id,
            Material.code,
            Material.title_az,
            Material.title_en,
            Material.title_ru,
            Location.id,
            Location.name_az,
            Location.name_en,
            Location.name_ru,
            total,
        )
        .join(Material, Material.id == StockMovement.material_id)
        .join(Location, Location.id == StockMovement.location_id)
        .where(
            StockMovement.deleted.is_(False),
            Material.deleted.is_(False),
            Material.active.is_(True),
            StockMovement.location_id.in_(sorted(places)),
        )
        .group_by(StockMovement.material_id, StockMovement.location_id)
        .having(total < threshold)
        .order_by(total, Material.code, Location.name_az)
    )
    with store.read() as session:
        return [
            LowStockItem(
                material_id=mid,
                material_code=code,
                material_title=_in(language, t_az, t_en, t_ru),
                location_id=lid,
                location_name=_in(language, l_az, l_en, l_ru),
                on_hand=int(qty),
            )
            for mid, code, t_az, t_en, t_ru, lid, l_az, l_en, l_ru, qty in session.execute(query)
        ]


def home_counts(store: Store, *, today: dt.date | None = None) -> HomeCounts:
    today = today or dt.date.today()
    month_start = today.replace(day=1)
    next_month = (month_start + dt.timedelta(days=32)).replace(day=1)
    events = (
        select(func.count())
        .select_from(Event)
        .where(
            Event.deleted.is_(False),
            Event.status != "cancelled",
            Event.start_date >= month_start,
            Event.start_date < next_month,
        )
        .scalar_subquery()
    )
    people = (
        select(func.count())
        .select_from(Participant)
        .where(Participant.deleted.is_(False), Participant.merged_into.is_(None))
        .scalar_subquery()
    )
    # occurred_at is local ISO time with an offset, so a month is a string range
    handed = (
        select(func.coalesce(-func.sum(StockMovement.quantity), 0))
        .where(
            StockMovement.deleted.is_(False),
            StockMovement.kind == "handout",
            StockMovement.occurred_at >= month_start.isoformat(),
            StockMovement.occurred_at < next_month.isoformat(),
        )
        .scalar_subquery()
    )
    materials = (
        select(func.count())
        .select_from(Material)
        .where(Material.deleted.is_(False), Material.active.is_(True))
        .scalar_subquery()
    )
    with store.read() as session:
        row = session.execute(select(events, people, handed, materials)).one()
    return HomeCounts(int(row[0]), int(row[1]), int(row[2]), int(row[3]))


def home_overview(
    store: Store,
    *,
    home_location_id: str | None,
    threshold: int,
    language: str = "az",
    today: dt.date | None = None,
    days: int = UPCOMING_DAYS,
) -> HomeOverview:
    """Everything on the Home screen except the sync state (which takes the write lock: see ``sync_state``)."""
    today = today or dt.date.today()
    home_name: str | None = None
    if home_location_id:
        with store.read() as session:
            home = session.get(Location, home_location_id)
            if home is not None and not home.deleted:
                home_name = _in(language, home.name_az, home.name_en, home.name_ru)
    return HomeOverview(
        today=today,
        home_location_id=home_location_id,
        home_location_name=home_name,
        events=tuple(events_ahead(store, today=today, days=days, language=language)),
        low_stock=tuple(low_stock(store, home_location_id=home_location_id, threshold=threshold, language=language)),
        threshold=threshold,
        counts=home_counts(store, today=today),
    )


def sync_state(store: Store) -> SyncState:
    """The sync status in brief (``fieldkit sync status`` in full), read without the write lock."""
    from fieldkit.sync.exchange import sync_brief

    brief = sync_brief(store)
    return SyncState(
        pending=brief.pending,
        last_export_at=brief.last_export_at,
        last_import_at=brief.last_import_at,
        last_import_status=brief.last_import_status,
        gaps=brief.gaps,
        quarantined=brief.quarantined,
    )
