"""``stock_monthly`` (the live ledger summed per kind x month x material x place x at an event) and
``handout_cells`` (live handouts per month x material x location type x economic region) stay equal to
the ledger's aggregates through any mix of movements recorded, transferred, voided, restored and edited
through the services and the ORM, and of places moved or retyped; and the materials-distributed report
is the same from them as from the ledger.

One store serves every Hypothesis example: each example goes on from where the last one left the
ledger, and the summary must be exact after each."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.config import Paths
from fieldkit.services import events, materials, report_stock, reports, stock
from fieldkit.services import report_on_hand as oh
from fieldkit.services import report_summaries as sq
from fieldkit.services.reference import load_reference
from fieldkit.services.report_filters import ReportFilters
from fieldkit.store.engine import Store, raw_connection
from fieldkit.store.errors import ValidationError
from fieldkit.store.ids import reference_id
from fieldkit.store.models import Location, StockMovement
from fieldkit.store.open import initialise_device, open_store

from ..summaries import BALANCES, HANDOUT_CELLS, LEDGER_BALANCES, LEDGER_CELLS, LEDGER_HANDOUTS, SUMMARY_CELLS

RED_BRIDGE = reference_id("locations", "crossing:red-bridge")  # a border crossing in Gazakh-Tovuz
SAHIL = reference_id("locations", "metro:sahil")  # a metro station in Baku
PLACES = (RED_BRIDGE, SAHIL, "AZ-QAZ", "AZ-LAN")
CODES = ("LF-01", "BR-02", "PS-03")
KINDS = ("receipt", "print-run", "handout", "handout", "write-off", "adjustment")
GAZAKH_TOVUZ = reference_id("locations", "region:gazakh-tovuz")


def assert_balances_exact(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        balances = con.execute(BALANCES).fetchall()
        assert balances == con.execute(LEDGER_BALANCES).fetchall()
        assert all(row[-1] > 0 for row in balances), "a balance whose last movement left is removed"
    finally:
        con.close()


def cells(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The summary as stored, and the ledger's aggregate, read from the committed file."""
    con = sqlite3.connect(path)
    try:
        return con.execute(SUMMARY_CELLS).fetchall(), con.execute(LEDGER_CELLS).fetchall()
    finally:
        con.close()


def report_filters() -> list[ReportFilters]:
    """Filters the cells answer (whole months, a material, a location type) and some they do not."""
    return [
        ReportFilters(),
        ReportFilters(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31)),
        ReportFilters(date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 4, 30)),
        ReportFilters(date_to=dt.date(2026, 2, 28)),
        ReportFilters(economic_region_id=GAZAKH_TOVUZ),
        ReportFilters(region_id=reference_id("locations", "AZ-QAZ"), material_id=materials.material_id("BR-02")),
        ReportFilters(location_type="school", material_id=materials.material_id("PS-03")),
        ReportFilters(material_id=materials.material_id("LF-01")),
        ReportFilters(location_type="border-crossing", date_from=dt.date(2026, 5, 1)),
        ReportFilters(location_type="event"),  # from the ledger from here on
        ReportFilters(economic_region_id=GAZAKH_TOVUZ, date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 6, 30)),
        ReportFilters(date_from=dt.date(2026, 3, 2)),
        ReportFilters(pillar="prevention"),
    ]


def assert_cells_exact(path: Path) -> bool:
    """Unless a place was written since they were built, handout_cells equal the ledger's handouts
    classified by place_classes; whether they were fresh."""
    con = sqlite3.connect(path)
    try:
        if con.execute("SELECT stale FROM stock_summary_state").fetchone() != (0,):
            return False
        assert con.execute(HANDOUT_CELLS).fetchall() == con.execute(LEDGER_HANDOUTS).fetchall()
        return True
    finally:
        con.close()


def assert_report_unchanged(store: Store) -> None:
    """The reports the summaries serve (materials distributed, the items handed out in reach, stock on
    hand, print runs) are the same from them as from the ledger."""
    for f in report_filters():
        assert report_stock.materials_distributed(store, f) == report_stock.materials_distributed(store, f, ledger=True)
        assert reports.reach(store, f) == reports.reach(store, f, ledger=True)
        assert report_stock.stock_on_hand(store, f) == report_stock.stock_on_hand(store, f, ledger=True)
        assert report_stock.print_runs(store, f) == report_stock.print_runs(store, f, ledger=True)
    assert assert_cells_exact(store.paths.store), "the report rebuilt the cells it read"
    # Stock on hand at the end of a period sums the ledger per pair of stock_balances, from either
    # side of the end: the same rows as the ledger's own GROUP BY.
    ends = [replace(f, date_to=dt.date(2026, 3, 31)) for f in report_filters()]
    with store.read() as session:
        con = raw_connection(session)
        for statement in oh.shown_places("[]"):
            con.execute(statement.sql, statement.params)
        for f in [*report_filters(), *ends, ReportFilters(location_type="school", date_to=dt.date(2026, 4, 30))]:
            grouped = oh.stock_on_hand(f, covered=False)
            expected = con.execute(grouped.sql, grouped.params).fetchall()
            for side in ("before", "after"):
                per_pair = oh.stock_on_hand(f, covered=True, side=side)
                assert con.execute(per_pair.sql, per_pair.params).fetchall() == expected, (f, side)


@pytest.fixture(scope="module")
def ledger_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, list[str]]]:
    """A laptop with the reference data, three materials and two held events."""
    store = open_store(Paths(tmp_path_factory.mktemp("monthly") / "data"), create=True)
    initialise_device(store, "Qazax-2", "officer")
    load_reference(store)
    for code in CODES:
        materials.create_material(store, code=code, kind="leaflet", title_az=f"Vərəqə {code}")
    held = [
        events.create_event(store, title=f"Seminar {n}", kind="workshop", start_date="2026-03-10", location="AZ-QAZ",
                            status="held").id
        for n in range(2)
    ]  # fmt: skip
    yield store, held
    store.close()


def _when(draw: st.DrawFn) -> str:
    day = draw(st.dates(dt.date(2025, 12, 1), dt.date(2026, 7, 31)))
    return f"{day.isoformat()}T{draw(st.integers(0, 23)):02d}:30:00+04:00"


@st.composite
def steps(draw: st.DrawFn) -> list[tuple[str, dict[str, Any]]]:
    """A few ledger operations: record, transfer, void, restore, edit a field."""
    out: list[tuple[str, dict[str, Any]]] = []
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(("record", "record", "transfer", "void", "restore", "edit", "edit", "place")))
        args: dict[str, Any] = {"pick": draw(st.integers(0, 10_000))}
        if op == "record":
            args |= {
                "kind": draw(st.sampled_from(KINDS)),
                "code": draw(st.sampled_from(CODES)),
                "place": draw(st.sampled_from(PLACES)),
                "quantity": draw(st.integers(1, 300)) * draw(st.sampled_from((1, 1, -1))),
                "when": _when(draw),
                "at_event": draw(st.booleans()),
            }
        elif op == "place":  # a place moved to another district (another economic region) or retyped
            args |= {"parent": draw(st.sampled_from(("AZ-QAZ", "AZ-LAN", "AZ-SAB"))), "kind": draw(st.sampled_from(
                ("border-crossing", "school", "venue")))}  # fmt: skip
        elif op == "transfer":
            args |= {"code": draw(st.sampled_from(CODES)), "quantity": draw(st.integers(1, 50))}
            args |= {"places": draw(st.permutations(PLACES))[:2]}
        elif op == "edit":
            field = draw(st.sampled_from(("quantity", "occurred_at", "material_id", "location_id", "event_id", "kind")))
            value: Any = {
                "quantity": draw(st.integers(-300, 300).filter(bool)),
                "occurred_at": _when(draw),
                "material_id": materials.material_id(draw(st.sampled_from(CODES))),
                "location_id": draw(st.sampled_from((RED_BRIDGE, SAHIL))),
                "event_id": draw(st.sampled_from((None, "held"))),
                "kind": draw(st.sampled_from(KINDS)),
            }[field]
            args |= {"field": field, "value": value}
        out.append((op, args))
    return out


def _apply(store: Store, held: list[str], op: str, args: dict[str, Any]) -> None:
    if op == "record":
        kind, quantity = args["kind"], args["quantity"]
        quantity = quantity if kind == "adjustment" else abs(quantity)
        event = held[args["pick"] % 2] if args["at_event"] else None
        stock.record_movement(store, kind, args["code"], quantity, args["place"], event=event,
                              reason="counted again", occurred_at=args["when"])  # fmt: skip
        return
    if op == "place":
        with store.write() as session:
            place = session.get(Location, RED_BRIDGE)
            parent = session.query(Location).filter_by(iso_code=args["parent"]).one()
            assert place is not None
            place.parent_id, place.kind = parent.id, args["kind"]
        return
    if op == "transfer":
        stock.transfer(store, args["code"], args["quantity"], *args["places"], reason="counted again")
        return
    with store.write() as session:  # void, restore, or an edit as a merge or a correction would make it
        rows = list(session.query(StockMovement).order_by(StockMovement.id))
        wanted = [r for r in rows if r.deleted == (op == "restore")]
        if not wanted:
            return
        row = wanted[args["pick"] % len(wanted)]
        if op == "void":
            row.deleted = True
        elif op == "restore":
            row.deleted = False
        else:
            value = args["value"]
            setattr(row, args["field"], held[args["pick"] % 2] if value == "held" else value)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=steps())
def test_the_summary_equals_the_ledger_after_any_writes(ledger_store: tuple[Store, list[str]], plan: Any) -> None:
    store, held = ledger_store
    for op, args in plan:
        with contextlib.suppress(ValidationError):  # refused and rolled back whole, summary and all
            _apply(store, held, op, args)
    summary, ledger = cells(store.paths.store)
    assert summary == ledger
    assert all(row[-1] > 0 for row in summary), "a cell whose last movement left is removed"
    assert_balances_exact(store.paths.store)
    assert_cells_exact(store.paths.store)  # kept by the triggers, unless a place moved
    assert_report_unchanged(store)


def test_the_report_reads_the_cells_only_when_the_filters_allow(ledger_store: tuple[Store, list[str]]) -> None:
    store, _ = ledger_store
    stock.record_movement(store, "receipt", "LF-01", 500, RED_BRIDGE, occurred_at="2026-03-01T09:00:00+04:00")
    stock.record_movement(
        store, "handout", "LF-01", 40, RED_BRIDGE, reason="counted again", occurred_at="2026-03-05T09:00:00+04:00"
    )
    for f in (
        ReportFilters(date_from=dt.date(2026, 3, 2)),  # not the first of a month
        ReportFilters(date_to=dt.date(2026, 3, 30)),  # not the last day of a month
        ReportFilters(event_kind="workshop"),  # a cell knows at an event, not which one
        ReportFilters(pillar="prevention"),
        ReportFilters(region_id=RED_BRIDGE),  # a cell knows a place's class, not the place
        ReportFilters(location_type="event"),
    ):
        assert not sq.cells_serve(f), f
    march = ReportFilters(date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31))
    assert sq.cells_serve(march) and sq.cells_serve(ReportFilters(location_type="school"))
    assert sq.cells_serve(ReportFilters(economic_region_id=GAZAKH_TOVUZ))  # a cell knows its economic region
    assert sq.balances_serve(ReportFilters(date_from=dt.date(2026, 3, 2), material_id="x"))
    assert not sq.balances_serve(march)  # stock at the end of March: the ledger
    assert sq.monthly_serve(march) and not sq.monthly_serve(ReportFilters(date_to=dt.date(2026, 3, 30)))
    by_month = {t.key: t for t in report_stock.materials_distributed(store, march).tables}["by_month"]
    assert by_month.rows[0][0] == "2026-03"
    summary, ledger = cells(store.paths.store)
    march_handouts = [r for r in ledger if r[0] == "handout" and r[1] == "2026-03"]
    assert by_month.rows[0][1] == -sum(r[5] for r in march_handouts)
    assert summary == ledger
