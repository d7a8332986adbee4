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

import orjson
from sqlalchemy.orm import Session

from fieldkit.services import report_on_hand as oh
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
    """Materials distributed from ``handout_cells``: SQL labels, orders and sums the detail (a row per
    material × location type × region, its months as a JSON array), and the breakdowns are sums of
    the detail."""
    region_ids = [r[0] for r in rows_of(session, sq.CELL_REGIONS)]
    labels = {"": NO_REGION} | {r: names.place(r) for r in region_ids}  # "": a place with no region
    order = rank(labels.values())
    regions = {r: (label, order[label]) for r, label in labels.items()}
    first, last = rows_of(session, sq.cell_month_span(filters))[0]
    columns = months(filters, [m for m in (first, last) if m])
    pivot = sq.cell_pivot(filters, columns, type_labels=TYPE_LABELS, regions=regions, no_region=NO_REGION)
    loads = orjson.loads
    detail = [(row[0], row[1], row[2], *loads(row[3]), row[4]) for row in rows_of(session, pivot)]
    return _indicator(names, filters, columns, detail)


def _distributed(names: Names, filters: ReportFilters, rows: list[tuple[Any, ...]]) -> Indicator:
    """Materials distributed from rows of ``report_queries.handouts`` (month, material, kind, region,
    items): the same table as ``cell_pivot`` gives, arranged here."""
    columns = months(filters, {row[0] for row in rows})
    at = {month: n for n, month in enumerate(columns)}
    cells: dict[tuple[str, str, str], list[int]] = {}
    for month, material_id, kind, region, items in rows:
        key = (material_id, kind, region or "")
        counts = cells.get(key)
        if counts is None:
            counts = cells[key] = [0] * (len(columns) + 1)
        counts[at[month]] += items
        counts[-1] += items
    region_label = {r: names.place(r) for r in {key[2] for key in cells}}  # "": no region
    regions = rank(region_label.values())
    code = {m: names.material(m)[0] for m in {key[0] for key in cells}}
    ordered = sorted(
        cells,
        key=lambda k: (code[k[0]], TYPE_LABELS.get(k[1], k[1]), regions[region_label[k[2]]], k[0], k[1], k[2]),
    )
    detail = [(code[k[0]], TYPE_LABELS.get(k[1], k[1]), region_label[k[2]], *cells[k]) for k in ordered]
    return _indicator(names, filters, columns, detail)


def _indicator(names: Names, filters: ReportFilters, columns: list[str], detail: list[tuple[Any, ...]]) -> Indicator:
    """The indicator from its detail rows (code, type label, region label, a count per month, total):
    the breakdowns by material, location type, region and month are sums of them."""
    material_of = {code: material_id for material_id, (code, _) in names.materials.items()}
    per_material: dict[str, list[int]] = defaultdict(lambda: [0])
    by: dict[str, dict[str, int]] = {k: defaultdict(int) for k in ("type", "region")}
    if detail:  # by column: a few thousand rows of 20-odd columns
        codes, kinds, regions_of, *per_month, items_of = zip(*detail, strict=True)
        for code, items in zip(codes, items_of, strict=True):
            per_material[material_of.get(code, code)][0] += items
        for label, items in zip(kinds, items_of, strict=True):
            by["type"][label] += items
        for label, items in zip(regions_of, items_of, strict=True):
            by["region"][label] += items
        by["month"] = dict(zip(columns, map(sum, per_month), strict=True))
    else:
        by["month"] = dict.fromkeys(columns, 0)
    total = sum(v[0] for v in per_material.values())
    regions = rank(by["region"])
    types = sorted(by["type"], key=lambda t: (t.startswith("("), t))
    tables = (
        _material_table("by_material", "By material", names, per_material, ("Items",)),
        one_way("by_location_type", "By location type", "Location type", by["type"], types, "Items"),
        one_way("by_region", "By economic region", "Economic region", by["region"], list(regions), "Items"),
        one_way("by_month", "By month", "Month", by["month"], columns, "Items"),
        Table(
            "detail",
            "By material, location type and economic region, per month",
            ("Material", "Location type", "Economic region", *columns, TOTAL),
            3,
            tuple(detail),
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
        for statement in oh.shown_places(_shown_places(names, rows_of(session, oh.PLACE_CLASSES))):
            rows_of(session, statement)
        if not ledger and sq.balances_serve(filters):
            detail = rows_of(session, sq.balances(filters))
        else:
            covered = q.ledger_covered(raw_connection(session))
            side = "before"
            if covered and filters.date_to:
                side = oh.nearer_side(filters.date_to, rows_of(session, oh.ledger_start())[0][0], dt.date.today())
            detail = rows_of(session, oh.stock_on_hand(filters, covered=covered, side=side))
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
    """Every place as stock on hand shows it, for ``report_on_hand.shown_places``: its label, location
    type and economic region, and its position when places are sorted by label in Azerbaijani order
    (then type, region and id, so every place has its own)."""
    shown = {
        place_id: (names.place(place_id, oh.UNKNOWN_PLACE), TYPE_LABELS.get(kind, kind), names.place(region))
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
