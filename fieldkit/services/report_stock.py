"""The stock-ledger indicators: materials distributed, stock on hand, print runs.

* **Materials distributed**: items handed out (live handout movements in the period), by material ×
  location type × economic region × month. The location type of a handout recorded at an event is
  *event*; otherwise it is the kind of the place (border crossing, airport, metro station, school ...).
  The month is that of ``occurred_at`` as recorded (the officer's local time).
* **Stock on hand**: the sum of every live movement up to the end of the period, per material × place
  (the ledger is the stock; see docs/architecture.md). The start of the period does not apply.
* **Print runs**: live print-run movements in the period, by material and month: runs and copies.

None of these count people, so no small-cell suppression applies.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

from sqlalchemy.orm import Session

from fieldkit.services import report_queries as q
from fieldkit.services import report_summaries as sq
from fieldkit.services.report_filters import (
    NO_FILTERS,
    NO_REGION,
    TYPE_LABELS,
    Names,
    ReportFilters,
    months,
    not_applied,
    rank,
)
from fieldkit.services.report_tables import ROWS, TOTAL, Indicator, Table, Value
from fieldkit.services.reports import one_way, rows_of
from fieldkit.store.engine import Store, raw_connection
from fieldkit.store.errors import KnownError

_PEOPLE_FILTERS = ("agency_id",)


def _material_table(
    key: str, title: str, names: Names, totals: dict[str, list[int]], columns: tuple[str, ...]
) -> Table:
    """Rows per material (code, title, counts...) in code order, with a total row."""
    rows: list[tuple[Value, ...]] = []
    for material_id in sorted(totals, key=lambda m: names.material(m)[0]):
        code, title_text = names.material(material_id)
        rows.append((code, title_text, *totals[material_id]))
    rows.append((TOTAL, "", *(sum(v[i] for v in totals.values()) for i in range(len(columns)))))
    return Table(key, title, ("Material", "Title", *columns), 2, tuple(rows), chart=ROWS)


def materials_distributed(
    store: Store, filters: ReportFilters = NO_FILTERS, *, lang: str = "en", ledger: bool = False
) -> Indicator:
    """Items handed out by material × location type × economic region × month.

    From the summaries the triggers keep (migration 0008) when the filters allow, unless ``ledger``:
    the same indicator, read from the ledger itself (tests compare the two)."""
    cells = not ledger and cells_ready(store, filters)
    with store.read() as session:
        names = Names(session, lang, need=("places", "materials"))
        if cells and not rows_of(session, sq.CELLS_STALE)[0][0]:  # a place written since: read the ledger
            return _from_cells(session, names, filters)
        rows = rows_of(session, q.handouts(filters))
    return _distributed(names, filters, rows)


def cells_ready(store: Store, filters: ReportFilters) -> bool:
    """Whether ``handout_cells`` answers these filters, rebuilt first if a place was written since. The
    caller checks ``CELLS_STALE`` again in its own read transaction."""
    if not sq.cells_serve(filters):
        return False
    with store.read() as session:
        stale = bool(rows_of(session, sq.CELLS_STALE)[0][0])
    if stale:
        refresh_cells(store)
    return True


def refresh_cells(store: Store) -> None:
    """Classify the places again and rebuild ``handout_cells`` (after a write to ``locations``). Local,
    derived data: nothing is logged or synced. A store that refuses writes is read from the ledger."""
    try:
        with store.write() as session:
            con = raw_connection(session)
            for statement in sq.REFRESH_CELLS:
                con.execute(statement)
    except KnownError:
        return


def _from_cells(session: Session, names: Names, filters: ReportFilters) -> Indicator:
    """Materials distributed from ``handout_cells``: SQL labels and orders the detail and sums the
    breakdowns, so Python only arranges the tables."""
    region_ids = [r[0] for r in rows_of(session, sq.CELL_REGIONS)]
    labels = {"": NO_REGION} | {r: names.place(r) for r in region_ids}  # "": a place with no region
    order = rank(labels.values())
    regions = {r: (label, order[label]) for r, label in labels.items()}
    detail = rows_of(session, sq.cell_detail(filters, type_labels=TYPE_LABELS, regions=regions, no_region=NO_REGION))
    per_material: dict[str, list[int]] = defaultdict(lambda: [0])
    by: dict[str, dict[str, int]] = {k: defaultdict(int) for k in ("type", "region", "month")}
    for material_id, kind, region, month, items in rows_of(session, sq.cell_totals(filters)):
        if month is None:
            per_material[material_id][0] += items
            by["type"][TYPE_LABELS.get(kind, kind)] += items
            by["region"][names.place(region)] += items
        else:
            by["month"][month] += items
    return _indicator(names, filters, per_material, by, tuple(detail))


def _distributed(names: Names, filters: ReportFilters, rows: list[tuple[Any, ...]]) -> Indicator:
    """Materials distributed from rows of ``report_queries.handouts``."""
    per_material: dict[str, list[int]] = defaultdict(lambda: [0])
    by: dict[str, dict[str, int]] = {k: defaultdict(int) for k in ("type", "region", "month")}
    by_type, by_region, by_month = by["type"], by["region"], by["month"]
    region_label = {r: names.place(r) for r in {row[3] for row in rows}}
    code = {m: names.material(m)[0] for m in {row[1] for row in rows}}
    detail = []
    for month, material_id, kind, region, items in rows:  # tens of thousands of cells: plain look-ups
        t, r = TYPE_LABELS.get(kind, kind), region_label[region]
        per_material[material_id][0] += items
        by_type[t] += items
        by_region[r] += items
        by_month[month] += items
        detail.append((month, code[material_id], t, r, items))
    regions = rank(by["region"])
    ordered = tuple(sorted(detail, key=lambda r: (r[0], r[1], r[2], regions[str(r[3])])))
    return _indicator(names, filters, per_material, by, ordered)


def _indicator(
    names: Names,
    filters: ReportFilters,
    per_material: dict[str, list[int]],
    by: dict[str, dict[str, int]],
    detail: tuple[tuple[Value, ...], ...],
) -> Indicator:
    total = sum(v[0] for v in per_material.values())
    regions = rank(by["region"])
    types = sorted(by["type"], key=lambda t: (t.startswith("("), t))
    tables = (
        _material_table("by_material", "By material", names, per_material, ("Items",)),
        one_way("by_location_type", "By location type", "Location type", by["type"], types, "Items"),
        one_way("by_region", "By economic region", "Economic region", by["region"], list(regions), "Items"),
        one_way("by_month", "By month", "Month", by["month"], months(filters, by["month"]), "Items"),
        Table(
            "detail",
            "By month, material, location type and economic region",
            ("Month", "Material", "Location type", "Economic region", "Items"),
            4,
            detail,
            detail=True,
        ),
    )
    return Indicator(
        "materials_distributed",
        "Materials distributed",
        None,
        "Items handed out: live handout movements in the period (voided ones do not count). The location type "
        "of a handout recorded at an event is 'Event', otherwise the kind of the place; the region is the "
        "economic region of the place; the month is that of the recorded local time. The event kind and pillar "
        "filters keep the handouts recorded at events of that kind or pillar.",
        (("Items handed out", total),),
        tables,
        not_applied(filters, *_PEOPLE_FILTERS),
    )


def stock_on_hand(
    store: Store, filters: ReportFilters = NO_FILTERS, *, lang: str = "en", ledger: bool = False
) -> Indicator:
    """Stock on hand per material × place at the end of the period: from ``stock_balances`` (migration
    0009) when the period has no end, unless ``ledger`` (tests compare the two)."""
    with store.read() as session:
        names = Names(session, lang, need=("places", "materials"))
        for statement in q.shown_places(_shown_places(names, rows_of(session, q.PLACE_CLASSES))):
            rows_of(session, statement)
        if not ledger and sq.balances_serve(filters):
            detail = rows_of(session, sq.balances(filters))
        else:
            covered = q.ledger_covered(raw_connection(session))
            detail = rows_of(session, q.stock_on_hand(filters, covered=covered))
    # SQL labels and orders the rows (a store can hold tens of thousands of balances); Python sums them
    # per material.
    material_of = {code: material_id for material_id, (code, _) in names.materials.items()}
    per_code: dict[str, list[int]] = {}
    for code, _, _, _, qty in detail:
        totals = per_code.get(code)
        if totals is None:
            totals = per_code[code] = [0, 0]
        totals[0] += qty > 0
        totals[1] += qty
    per_material = {material_of.get(code, code): totals for code, totals in per_code.items()}
    total = sum(t[1] for t in per_code.values())
    when = (filters.date_to or dt.date.today()).isoformat()
    return Indicator(
        "stock_on_hand",
        "Stock on hand",
        None,
        f"The stock at the end of {when}: the sum of every live movement (receipts, print runs, transfers, "
        "handouts, write-offs, adjustments) up to then, per material and place.",
        (("Items in stock", total),),
        (
            _material_table("by_material", "By material", names, per_material, ("Places with stock", "On hand")),
            Table(
                "by_place",
                "By material and place",
                ("Material", "Place", "Location type", "Economic region", "On hand"),
                4,
                tuple(detail),
                detail=True,
            ),
        ),
        not_applied(filters, "date_from", "event_kind", "pillar", *_PEOPLE_FILTERS),
    )


def _shown_places(names: Names, classes: list[tuple[Any, ...]]) -> str:
    """Every place as stock on hand shows it, for ``report_queries.shown_places``: its label, location
    type and economic region, and its position when places are sorted by label in Azerbaijani order
    (then type, region and id, so every place has its own)."""
    shown = {
        place_id: (names.place(place_id, q.UNKNOWN_PLACE), TYPE_LABELS.get(kind, kind), names.place(region))
        for place_id, kind, region in classes
    }
    order = rank(label for label, _, _ in shown.values())
    ordered = sorted(shown, key=lambda p: (order[shown[p][0]], *shown[p], p))
    return json.dumps([[p, n, *shown[p]] for n, p in enumerate(ordered)], ensure_ascii=False)


def print_runs(
    store: Store, filters: ReportFilters = NO_FILTERS, *, lang: str = "en", ledger: bool = False
) -> Indicator:
    """Print runs by material and month: how many runs and how many copies. From ``stock_monthly``
    when the period is whole months, unless ``ledger`` (tests compare the two)."""
    with store.read() as session:
        names = Names(session, lang, need=("materials",))
        monthly = not ledger and sq.monthly_serve(filters)
        rows = rows_of(session, sq.monthly_print_runs(filters) if monthly else q.print_runs(filters))
    per_material: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_month: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for month, material_id, runs, copies in rows:
        for bucket in (per_material[material_id], per_month[month]):
            bucket[0] += runs
            bucket[1] += copies
    month_rows: list[tuple[Value, ...]] = [(m, *per_month.get(m, [0, 0])) for m in months(filters, per_month)]
    runs_total, copies_total = sum(r[2] for r in rows), sum(r[3] for r in rows)
    month_rows.append((TOTAL, runs_total, copies_total))
    return Indicator(
        "print_runs",
        "Print runs",
        None,
        "Live print-run movements in the period: how many runs and how many copies, by material and month.",
        (("Print runs", runs_total), ("Copies printed", copies_total)),
        (
            _material_table("by_material", "By material", names, per_material, ("Runs", "Copies")),
            Table("by_month", "By month", ("Month", "Runs", "Copies"), 1, tuple(month_rows), chart=ROWS),
        ),
        not_applied(filters, "event_kind", "pillar", *_PEOPLE_FILTERS),
    )
