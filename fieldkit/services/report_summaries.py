"""The SQL over the stock summaries (local tables kept from the ledger by triggers, migrations 0008
and 0009), and the rules for when each answers a report's filters.

* ``handout_cells``: live handouts per month × material × location type × economic region, one row
  per cell of materials distributed; it also gives the items handed out in reach.
* ``stock_monthly``: the live ledger per kind × month × material × place × at an event or not; print
  runs read it (its key starts with the kind).
* ``stock_balances``: the live ledger per material × place: stock on hand now.

Each reads far fewer rows than the ledger, and a report reads it only when its filters ask nothing
the summary cannot tell (``cells_serve``, ``monthly_serve``, ``balances_serve``); otherwise the
ledger statements in ``report_queries`` run.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fieldkit.services.report_filters import ReportFilters
from fieldkit.services.report_on_hand import on_hand_rows
from fieldkit.services.report_queries import PLACE_TREE, Query, place_where, with_clause


def whole_months(f: ReportFilters) -> bool:
    """Whether the period starts on the first of a month and ends on the last day of one (or is open)."""
    return (f.date_from is None or f.date_from.day == 1) and (
        f.date_to is None or (f.date_to + dt.timedelta(days=1)).day == 1
    )


def cells_serve(f: ReportFilters) -> bool:
    """Whether ``handout_cells`` answers materials distributed in these filters: the period is whole
    months (a month is all a cell knows of a movement's time), no event kind or pillar (a cell knows
    whether a handout was recorded at an event, not which one), and no region below an economic region
    (a cell knows a place's type and economic region, not the place). A location type other than
    ``event`` is a cell's type; ``event`` is read from the ledger, which tests the event itself rather
    than the type."""
    return whole_months(f) and not (f.event_kind or f.pillar or f.region_id or f.location_type == "event")


def monthly_serve(f: ReportFilters) -> bool:
    """Whether ``stock_monthly`` answers print runs in these filters: the period is whole months (the
    other filters print runs use, material and place, are columns of it)."""
    return whole_months(f)


def balances_serve(f: ReportFilters) -> bool:
    """Whether ``stock_balances`` answers stock on hand: the period has no end, so every live movement
    counts (the balances know nothing of time)."""
    return f.date_to is None


CELLS_STALE = Query("SELECT stale FROM stock_summary_state WHERE slot = 1", {})
# Classify every place again and sum ``stock_monthly``'s handouts into cells: after any write to
# ``locations`` (the triggers mark the state stale). Run in one write transaction.
REFRESH_CELLS = (
    "DELETE FROM place_classes",
    f"""WITH RECURSIVE {PLACE_TREE}
INSERT INTO place_classes (location_id, kind, region)
SELECT l.id, l.kind, COALESCE(rg.region, '') FROM locations l LEFT JOIN region_of rg ON rg.loc = l.id""",
    "DELETE FROM handout_cells",
    """INSERT INTO handout_cells (month, material_id, location_type, region, quantity, movements)
SELECT s.month, s.material_id, CASE WHEN s.at_event THEN 'event' ELSE COALESCE(pc.kind, '') END,
    COALESCE(pc.region, ''), SUM(s.quantity), SUM(s.movements)
FROM stock_monthly s LEFT JOIN place_classes pc ON pc.location_id = s.location_id
WHERE s.kind = 'handout' GROUP BY 1, 2, 3, 4""",
    "INSERT OR REPLACE INTO stock_summary_state (slot, stale) VALUES (1, 0)",
)
CELL_REGIONS = Query("SELECT DISTINCT region FROM place_classes", {})


def _months_and_material(alias: str, f: ReportFilters, p: dict[str, Any]) -> list[str]:
    """Conditions on a summary's ``month`` and ``material_id``: the period's months, the material."""
    where = []
    if f.date_from:
        where.append(f"{alias}.month >= :month_from")
        p["month_from"] = f.date_from.isoformat()[:7]
    if f.date_to:
        where.append(f"{alias}.month <= :month_to")
        p["month_to"] = f.date_to.isoformat()[:7]
    if f.material_id:
        where.append(f"{alias}.material_id = :material_id")
        p["material_id"] = f.material_id
    return where


def _cells_where(f: ReportFilters, p: dict[str, Any]) -> str:
    where = _months_and_material("h", f, p)
    if f.location_type:
        where.append("h.location_type = :location_type")
        p["location_type"] = f.location_type
    if f.economic_region_id:
        where.append("h.region = :economic_region_id")
        p["economic_region_id"] = f.economic_region_id
    return f"WHERE {' AND '.join(where)}\n" if where else ""


def cell_month_span(f: ReportFilters) -> Query:
    """The first and the last month ``handout_cells`` holds in the filters (each read from one end of
    its key, which starts with the month)."""
    p: dict[str, Any] = {}
    where = _cells_where(f, p)
    ends = (f"(SELECT {end}(h.month) FROM handout_cells h\n{where})" for end in ("MIN", "MAX"))
    return Query(f"SELECT {', '.join(ends)}", p)


def cell_pivot(
    f: ReportFilters,
    months: list[str],
    *,
    type_labels: dict[str, str],
    regions: dict[str, tuple[str, int]],
    no_region: str,
) -> Query:
    """Materials distributed's detail from ``handout_cells``: a row per material × location type ×
    economic region: material code, type label, region label, the items of each month in ``months``
    as a JSON array (0 where none), and their total; in the report's order (code, type label, the
    region's position in ``regions``: {region id: (label, position)}).

    The groups come in the order of ``ix_handout_cells_breakdown``, which covers them; only the few
    thousand result rows are sorted. Each group's months are gathered into one JSON object and read
    out in column order by one ``json_extract`` with a path per month: far cheaper for SQLite than a
    sum per month column. The labels are CASE lists over a few dozen bound values (cheaper per row
    than a join)."""
    p: dict[str, Any] = {"no_region": no_region}
    types, labels, order = [], [], []
    for n, (kind, label) in enumerate(sorted(type_labels.items())):
        types.append(f"WHEN :tk{n} THEN :tl{n}")
        p[f"tk{n}"], p[f"tl{n}"] = kind, label
    for n, (region, (label, position)) in enumerate(sorted(regions.items())):
        labels.append(f"WHEN :rk{n} THEN :rl{n}")
        order.append(f"WHEN :rk{n} THEN {int(position)}")
        p[f"rk{n}"], p[f"rl{n}"] = region, label
    type_label = f"CASE h.location_type {' '.join(types)} ELSE h.location_type END" if types else "h.location_type"
    region_label = f"CASE h.region {' '.join(labels)} ELSE :no_region END" if labels else ":no_region"
    region_order = f"CASE h.region {' '.join(order)} END" if order else "NULL"
    paths = []
    for n, month in enumerate(months):
        paths.append(f":m{n}")
        p[f"m{n}"] = f'$."{month}"'
    cells = "json_group_object(h.month, -h.quantity)"
    if len(months) > 1:  # an array with null where a month has none
        per_month = f"replace(json_extract({cells}, {', '.join(paths)}), 'null', '0')"
    elif months:  # one path gives the bare value
        per_month = f"json_array(COALESCE(json_extract({cells}, :m0), 0))"
    else:
        per_month = "'[]'"
    sql = f"""SELECT COALESCE(mt.code, h.material_id), {type_label}, {region_label}, {per_month}, -SUM(h.quantity)
FROM handout_cells h LEFT JOIN materials mt ON mt.id = h.material_id
{_cells_where(f, p)}GROUP BY h.material_id, h.location_type, h.region
ORDER BY 1, 2, {region_order}, h.material_id, h.location_type, h.region"""
    return Query(sql, p)


def cell_total(f: ReportFilters) -> Query:
    """All items handed out, from ``handout_cells`` (when ``cells_serve``)."""
    p: dict[str, Any] = {}
    return Query(f"SELECT COALESCE(-SUM(h.quantity), 0) FROM handout_cells h\n{_cells_where(f, p)}", p)


def balances(f: ReportFilters) -> Query:
    """Stock on hand now per material × place, from ``stock_balances`` (when ``balances_serve``): the
    same rows as ``report_on_hand.stock_on_hand`` with no end of period."""
    p: dict[str, Any] = {}
    where = place_where("b.location_id", f, p, kind=True)
    if f.material_id:
        where.append("b.material_id = :material_id")
        p["material_id"] = f.material_id
    condition = f"WHERE {' AND '.join(where)}\n" if where else ""
    return Query(with_clause(f) + on_hand_rows("stock_balances b", condition, p), p)


def monthly_print_runs(f: ReportFilters) -> Query:
    """Print runs by month × material from ``stock_monthly`` (when ``monthly_serve``), in the order of
    its key (kind, month, material): no sort."""
    p: dict[str, Any] = {}
    where = ["s.kind = 'print-run'", *_months_and_material("s", f, p)]
    where += place_where("s.location_id", f, p, kind=True)
    sql = f"""{with_clause(f)}SELECT s.month, s.material_id, SUM(s.movements), SUM(s.quantity) FROM stock_monthly s
WHERE {" AND ".join(where)} GROUP BY 1, 2"""
    return Query(sql, p)
