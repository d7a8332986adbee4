"""``stock_monthly`` stays exact when sync writes the ledger: a laptop records, voids, restores and edits
movements at random and sends them in bundles; the coordinator edits some of the movements it has
received, and imports more bundles whose changes win or lose field by field against its own. After
every import both stores' summaries equal their ledgers' aggregates, and the materials-distributed
report is the same from the summaries (stock_monthly, handout_cells) as from the ledger."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from fieldkit.services import materials, report_stock, stock
from fieldkit.services.report_filters import ReportFilters
from fieldkit.store.engine import Store
from fieldkit.store.ids import reference_id
from fieldkit.store.models import StockMovement

from ..summaries import BALANCES, HANDOUT_CELLS, LEDGER_BALANCES, LEDGER_CELLS, LEDGER_HANDOUTS, SUMMARY_CELLS

if TYPE_CHECKING:
    from conftest import Device

RED_BRIDGE = reference_id("locations", "crossing:red-bridge")
SAHIL = reference_id("locations", "metro:sahil")
LANKARAN = reference_id("locations", "region:lankaran-astara")
PLACES = (RED_BRIDGE, SAHIL, "AZ-QAZ", "AZ-LAN")
CODES = ("LF-01", "BR-02")
KINDS = ("receipt", "print-run", "handout", "handout", "handout", "write-off")

FILTERS = (
    ReportFilters(),
    ReportFilters(date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 5, 31)),
    ReportFilters(material_id=materials.material_id("LF-01"), location_type="border-crossing"),
    ReportFilters(economic_region_id=LANKARAN),
    ReportFilters(location_type="event"),
)


def assert_summary_exact(device: Device) -> tuple[int, bool]:
    """The summaries equal the ledger, and the report is the same from them as from the ledger; how
    many live movements the ledger holds, and whether the triggers alone had kept handout_cells (no
    place written since the last report)."""
    con = sqlite3.connect(device.paths.store)
    try:
        ledger = con.execute(LEDGER_CELLS).fetchall()
        assert con.execute(SUMMARY_CELLS).fetchall() == ledger, device.name
        assert con.execute(BALANCES).fetchall() == con.execute(LEDGER_BALANCES).fetchall(), device.name
        live = sum(row[-1] for row in ledger)
        kept = con.execute("SELECT stale FROM stock_summary_state").fetchone() == (0,)
        if kept:
            assert con.execute(HANDOUT_CELLS).fetchall() == con.execute(LEDGER_HANDOUTS).fetchall(), device.name
    finally:
        con.close()
    with device.store() as store:  # the report from handout_cells (rebuilt first if stale) and from the ledger
        for f in (*FILTERS, ReportFilters(date_to=dt.date(2026, 4, 29))):
            assert report_stock.materials_distributed(store, f) == report_stock.materials_distributed(
                store, f, ledger=True
            ), (device.name, f)
            assert report_stock.stock_on_hand(store, f) == report_stock.stock_on_hand(store, f, ledger=True)
            assert report_stock.print_runs(store, f) == report_stock.print_runs(store, f, ledger=True)
    con = sqlite3.connect(device.paths.store)
    try:
        assert con.execute("SELECT stale FROM stock_summary_state").fetchone() == (0,)
        assert con.execute(HANDOUT_CELLS).fetchall() == con.execute(LEDGER_HANDOUTS).fetchall(), device.name
    finally:
        con.close()
    return live, kept


def _when(rng: random.Random) -> str:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(180))
    return f"{day.isoformat()}T{rng.randrange(24):02d}:15:00+04:00"


def _edit(store: Store, rng: random.Random, events: list[str], times: int) -> None:
    """Void, restore or change one field of random movements, as a correction in the app would."""
    with store.write() as session:
        rows = list(session.query(StockMovement).order_by(StockMovement.id))
        for row in rng.sample(rows, min(times, len(rows))):
            what = rng.choice(("void", "restore", "quantity", "occurred_at", "material_id", "location_id", "event"))
            if what in ("void", "restore"):
                row.deleted = what == "void"
            elif what == "quantity":
                row.quantity = rng.choice((-1, 1)) * rng.randrange(1, 500)
            elif what == "occurred_at":
                row.occurred_at = _when(rng)
            elif what == "material_id":
                row.material_id = materials.material_id(rng.choice(CODES))
            elif what == "location_id":
                row.location_id = rng.choice((RED_BRIDGE, SAHIL))
            else:
                row.event_id = rng.choice((None, *events))


def _record(store: Store, rng: random.Random, events: list[str], count: int) -> None:
    for _ in range(count):
        kind = rng.choice(KINDS)
        event = rng.choice(events) if kind == "handout" and rng.random() < 0.3 else None
        stock.record_movement(store, kind, rng.choice(CODES), rng.randrange(1, 300), rng.choice(PLACES),
                              event=event, reason="counted again", occurred_at=_when(rng))  # fmt: skip


@pytest.mark.parametrize("seed", [7, 2026, 31337])
def test_the_summary_follows_the_ledger_through_sync_imports(
    coordinator: Device, officer: Device, usb: Path, seed: int
) -> None:
    rng = random.Random(seed)
    for code in CODES:
        coordinator.ok("material", "add", "--code", code, "--kind", "leaflet", "--title-az", f"Vərəqə {code}")
    coordinator.sync_export(usb / "down", "--to", "officer")
    assert officer.sync_import(usb / "down").code == 0
    events = [officer.ok("event", "add", "--title", f"Seminar {n}", "--kind", "workshop", "--date", f"2026-03-0{n}")
              for n in (1, 2)]  # fmt: skip
    live: dict[str, int] = {}
    for sitting in range(3):
        with officer.store() as store:
            _record(store, rng, events, 25)
            _edit(store, rng, events, 12)
        live[officer.name], kept = assert_summary_exact(officer)
        assert kept or sitting == 0
        bundle = officer.sync_export(usb / f"up-{sitting}")
        result = coordinator.sync_import(bundle)
        assert result.code == 0, result.err
        assert [r["status"] for r in result.data["bundles"]] == ["imported"], result.data
        with coordinator.store() as store:  # the coordinator corrects some of what it received
            _edit(store, rng, events, 6)
        live[coordinator.name], kept = assert_summary_exact(coordinator)
        assert kept or sitting == 0, "the import wrote handout_cells through the triggers"
    assert live[officer.name] > 0 and live[coordinator.name] > 0
    _touch_every_row(coordinator)


def _touch_every_row(device: Device) -> None:
    """Void and restore every movement with plain SQL: the summary empties and comes back whole."""
    con = sqlite3.connect(device.paths.store)
    try:
        before = con.execute(SUMMARY_CELLS).fetchall()
        with con:
            con.execute("UPDATE stock_movements SET deleted = 1")
        assert con.execute(SUMMARY_CELLS).fetchall() == []
        with con:
            con.execute("UPDATE stock_movements SET deleted = 0")
        restored: list[Any] = con.execute(SUMMARY_CELLS).fetchall()
        assert restored == con.execute(LEDGER_CELLS).fetchall()
        assert len(restored) >= len(before)
    finally:
        con.close()
