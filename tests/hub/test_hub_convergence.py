"""Convergence through a real hub: three officer laptops and two coordinator desktops make records and
sync with the hub over HTTP for several rounds. Afterwards both coordinators' canonical exports are
byte-identical and hold everyone's records, and each laptop holds exactly the reference scope (the
reference tables and the coordinators' planned events) plus its own records, and nobody else's.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from fieldkit.services import attendance, events, helplines, materials, participants, stock
from fieldkit.services.export import canonical_records
from fieldkit.store.engine import Store, raw_connection
from fieldkit.sync.exchange import REFERENCE_TABLES

if TYPE_CHECKING:  # the fixtures' classes (tests/hub/conftest.py); test modules cannot import it
    from conftest import Device, HubServer

OFFICERS = ("Qazax-1", "Qazax-2", "Ağstafa-1")
NAMES = ("Leyla Həsənova", "Aysel Quliyeva", "Rəşad İsmayılov")


def sync(device: Device, hub: HubServer) -> dict[str, Any]:
    """``fieldkit sync now --json``: one round, which must succeed."""
    result = device.sync_now()
    assert result.code == 0, f"{device.name}: {result.out}{result.err}"
    data: dict[str, Any] = result.data
    assert data["ok"] and data["remote"] == hub.url, data
    return data


def officer_work(device: Device, round_no: int) -> None:
    """An event, three participants with consent checked in to it, and stock handed out there."""
    with device.store() as store:
        event = events.create_event(
            store,
            title=f"{device.name} seminar {round_no}",
            kind="workshop",
            start_date=dt.date(2026, 12, round_no + 1),
            location="AZ-QAZ",
        )
        for name in NAMES:
            person = participants.create_participant(
                store, name=f"{name} {device.name} {round_no}", sex="female", consent=True
            )
            attendance.check_in(store, event.id, person.id)
        planned = [e for e in events.list_events(store) if e.title.startswith("Plan")]
        if planned:  # the coordinators' planned events reached the laptop: edit one (status)
            events.edit_event(store, planned[0].id, status="held")
        if materials.list_materials(store):
            code = materials.list_materials(store)[0].code
            stock.record_movement(store, "receipt", code, 50, "AZ-QAZ")
            stock.record_movement(store, "handout", code, 10 + round_no, "AZ-QAZ", event=event.id)


def coordinator_work(device: Device, round_no: int) -> None:
    """Reference data and planned events: what every laptop must get."""
    with device.store() as store:
        events.create_event(
            store, title=f"Plan {device.name} {round_no}", kind="training", start_date=dt.date(2027, 1, round_no + 1)
        )
        materials.create_material(store, code=f"LF-{device.name[-1]}{round_no}", kind="leaflet", title_az="Vərəqə")
        if round_no == 0 and device.name.endswith("1"):
            helplines.add_helpline(store, label="Qaynar xətt", number="+994120000000")


def scope(store: Store, coordinators: set[str]) -> list[Any]:
    """The reference tables and the coordinators' events, as the canonical export has them."""
    tables = {t["table"]: t["rows"] for t in canonical_records(store)}
    with store.read() as session:
        con = raw_connection(session)
        marks = ",".join("?" * len(coordinators))
        planned = {r for (r,) in con.execute(f"SELECT id FROM events WHERE origin IN ({marks})", tuple(coordinators))}
    return [tables[t] for t in REFERENCE_TABLES] + [[e for e in tables["events"] if e["id"] in planned]]


def foreign_rows(store: Store) -> dict[str, int]:
    """Rows of personal data (and officers' own events) made on another device."""
    mine = store.device_id
    with store.read() as session:
        con = raw_connection(session)
        counts = {
            table: con.execute(f"SELECT COUNT(*) FROM {table} WHERE origin != ?", (mine,)).fetchone()[0]
            for table in ("participants", "attendance", "stock_movements")
        }
    return {t: n for t, n in counts.items() if n}


def test_laptops_and_coordinators_converge_through_the_hub(shared_hub: HubServer) -> None:
    hub = shared_hub
    laptops = [hub.device(name) for name in OFFICERS]
    desks = [hub.device(name, "coordinator") for name in ("Baku-HQ-1", "Baku-HQ-2")]
    # the hub is shared with other tests: their laptops' records reach these coordinators too, alike
    everyone = [*laptops, *desks]
    for round_no in range(3):
        for desk in desks:
            coordinator_work(desk, round_no)
        for laptop in laptops:
            officer_work(laptop, round_no)
        for device in everyone:
            sync(device, hub)
    for _ in range(2):  # the last changes travel: up, then down to everyone
        for device in everyone:
            sync(device, hub)

    first, second = (desk.canonical() for desk in desks)
    assert first == second, "the coordinators disagree after syncing through the hub"

    hub_ids = set()
    with desks[0].store() as store:
        with store.read() as session:
            con = raw_connection(session)
            held = dict(con.execute("SELECT origin, COUNT(*) FROM participants GROUP BY origin").fetchall())
        for desk in desks:
            with desk.store() as other:
                hub_ids.add(other.device_id)
        hub_ids.add(hub.hub_id())
        reference = scope(store, hub_ids)
    officer_ids = {laptop.device_id for laptop in laptops}
    assert {o: n for o, n in held.items() if o in officer_ids} == {o: 3 * len(NAMES) for o in officer_ids}, (
        "a coordinator lacks some laptop's participants"
    )

    for laptop in laptops:
        with laptop.store() as store:
            assert scope(store, hub_ids) == reference, f"{laptop.name} does not hold exactly the reference scope"
            assert foreign_rows(store) == {}, f"another laptop's records reached {laptop.name}"
            with store.read() as session:
                con = raw_connection(session)
                others = con.execute(
                    f"SELECT COUNT(*) FROM events WHERE origin != ? AND origin IN ({','.join('?' * len(officer_ids))})",
                    (store.device_id, *officer_ids),
                ).fetchone()[0]
                mine = con.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
            assert others == 0, f"another laptop's events reached {laptop.name}"
            assert mine == 3 * len(NAMES)
        # the laptop's own records are the same on the coordinator, field for field
        own = {t["table"]: t["rows"] for t in canonical_records_of(laptop)}
        central = {t["table"]: {r["id"]: r for r in t["rows"]} for t in canonical_records_of(desks[0])}
        for table in ("participants", "attendance", "stock_movements"):
            for row in own[table]:
                assert central[table][row["id"]] == row, f"{laptop.name}: {table} {row['id']} differs"


def canonical_records_of(device: Device) -> list[dict[str, Any]]:
    with device.store() as store:
        return canonical_records(store)
