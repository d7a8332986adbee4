"""The Home screen's queries: coming events, stock running low where this laptop works, counts, sync."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fieldkit.services import events, home, materials, participants, stock
from fieldkit.store.engine import Store
from fieldkit.store.ids import reference_id
from fieldkit.store.models import StockMovement
from fieldkit.store.open import renew_identity


def current_date() -> dt.date:
    """Read at each use: a run can cross midnight."""
    return dt.date.today()


RED_BRIDGE = reference_id("locations", "crossing:red-bridge")
ASTARA = reference_id("locations", "crossing:astara")
SAMUR = reference_id("locations", "crossing:samur")


def _day(offset: int) -> dt.date:
    return current_date() + dt.timedelta(days=offset)


def test_events_ahead_lists_today_and_the_next_two_weeks_soonest_first(store: Store) -> None:
    def add(title: str, start: int, end: int | None = None, **extra: str) -> str:
        end_date = _day(end) if end is not None else None
        return events.create_event(
            store, title=title, kind="workshop", start_date=_day(start), end_date=end_date, **extra
        ).id

    add("Sərhəddə maarifləndirmə", 0, location="AZ-QAZ")
    add("Under way since yesterday", -1, 1)
    add("In two weeks", 14)
    add("Too far ahead", 15)
    add("Over yesterday", -3, -1)
    add("Called off", 0, status="cancelled")
    events.delete_event(store, add("Deleted", 2))

    found = home.events_ahead(store, today=current_date(), language="en")

    assert [e.title for e in found] == ["Under way since yesterday", "Sərhəddə maarifləndirmə", "In two weeks"]
    assert [e.happening_on(current_date()) for e in found] == [True, True, False]
    assert found[1].location_name == "Gazakh"
    assert home.events_ahead(store, today=current_date(), language="az")[1].location_name == "Qazax"
    assert [e.title for e in home.events_ahead(store, today=current_date(), days=3)] == [
        "Under way since yesterday",
        "Sərhəddə maarifləndirmə",
    ]


def _foreign_movement(store: Store, material_id: str, location_id: str, quantity: int) -> None:
    """Stock another laptop recorded (as it arrives by sync)."""
    with store.write(sync_apply=True) as session:
        session.add(
            StockMovement(
                id=f"0190b0e0-0000-7000-8000-{abs(hash((material_id, location_id))) % 10**12:012d}",
                kind="receipt",
                material_id=material_id,
                location_id=location_id,
                quantity=quantity,
                occurred_at=f"{current_date().isoformat()}T09:00:00+04:00",
                note="",
                created_hlc=1,
                updated_hlc=1,
                origin="0190b0e0-0000-7000-8000-0000000000aa",
            )
        )


def test_low_stock_covers_the_home_location_and_places_this_laptop_recorded_at(store: Store) -> None:
    leaflet = materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə", title_en="Leaflet")
    poster = materials.create_material(store, code="PS-1", kind="poster", title_az="Plakat")
    stock.record_movement(store, "receipt", "LF-1", 100, RED_BRIDGE)
    stock.record_movement(store, "handout", "LF-1", 70, RED_BRIDGE)  # 30 left at home: low
    stock.record_movement(store, "receipt", "PS-1", 80, RED_BRIDGE)  # 80 at home: fine
    stock.record_movement(store, "receipt", "PS-1", 5, ASTARA)  # recorded here, so Astara is "mine"
    _foreign_movement(store, leaflet.id, SAMUR, 3)  # another laptop's place: not mine

    low = home.low_stock(store, home_location_id=RED_BRIDGE, threshold=50, language="en")

    assert [(i.material_code, i.location_id, i.on_hand) for i in low] == [("PS-1", ASTARA, 5), ("LF-1", RED_BRIDGE, 30)]
    assert low[1].material_title == "Leaflet" and low[0].material_title == "Plakat"  # no English title: az
    assert low[1].location_name == "Red Bridge"
    assert [i.on_hand for i in home.low_stock(store, home_location_id=RED_BRIDGE, threshold=10)] == [5]
    # without a home location, only the places this laptop recorded at count
    assert {i.location_id for i in home.low_stock(store, home_location_id=None, threshold=50)} == {
        RED_BRIDGE,
        ASTARA,
    }
    # a location becomes "mine" through movements under a retired identity too
    renew_identity(store)
    assert len(home.low_stock(store, home_location_id=None, threshold=50)) == 2
    materials.delete_material(store, "PS-1")
    assert [i.material_id for i in home.low_stock(store, home_location_id=RED_BRIDGE, threshold=50)] == [leaflet.id]
    assert poster.id not in {i.material_id for i in home.low_stock(store, home_location_id=SAMUR, threshold=50)}
    assert [i.location_id for i in home.low_stock(store, home_location_id=SAMUR, threshold=50)] == [SAMUR, RED_BRIDGE]


def test_counts_cover_this_month(store: Store) -> None:
    first = current_date().replace(day=1)
    last_month = first - dt.timedelta(days=1)
    events.create_event(store, title="This month", kind="training", start_date=first)
    events.create_event(store, title="Last month", kind="training", start_date=last_month)
    events.create_event(store, title="Off", kind="training", start_date=first, status="cancelled")
    participants.create_participant(store, name="Leyla Həsənova", sex="female", consent=True)
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    stock.record_movement(store, "receipt", "LF-1", 100, RED_BRIDGE, occurred_at=f"{last_month}T10:00:00+04:00")
    stock.record_movement(store, "handout", "LF-1", 40, RED_BRIDGE, occurred_at=f"{last_month}T11:00:00+04:00")
    stock.record_movement(store, "handout", "LF-1", 25, RED_BRIDGE, occurred_at=f"{first}T11:00:00+04:00")

    counts = home.home_counts(store, today=current_date())

    assert counts == home.HomeCounts(events_this_month=1, participants=1, handed_out_this_month=25, materials=1)


def test_overview_names_the_home_location_in_the_ui_language(store: Store) -> None:
    overview = home.home_overview(store, home_location_id=RED_BRIDGE, threshold=50, language="ru", today=current_date())
    assert overview.home_location_name == "Красный мост"
    assert overview.events == () and overview.low_stock == () and overview.threshold == 50
    assert home.home_overview(store, home_location_id=None, threshold=50).home_location_name is None


def test_sync_state_counts_pending_changes_and_the_last_export(store: Store, tmp_path: Path) -> None:
    from fieldkit.sync.exchange import export_bundle

    events.create_event(store, title="Dəyirmi masa", kind="round-table", start_date=current_date())
    before = home.sync_state(store)
    assert before.pending == 1 and before.last_export_at is None and before.last_import_at is None
    assert before.gaps == () and before.quarantined == 0

    export_bundle(store, tmp_path / "usb")

    after = home.sync_state(store)
    assert after.last_export_at is not None and after.pending == 1  # exported, not yet acknowledged
