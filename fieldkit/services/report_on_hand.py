"""The SQL of stock on hand: the ledger summed per material × place up to the end of the period,
labelled and ordered by SQL through a TEMP table of the places as the report shows them.

Stock now reads ``stock_balances`` (``report_summaries.balances``, through ``on_hand_rows`` here);
the stock at the end of an earlier period sums the ledger per pair of ``stock_balances`` from the
covering ledger index, on whichever side of the end holds less of the ledger's time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fieldkit.services.report_filters import NO_REGION, TYPE_LABELS, ReportFilters
from fieldkit.services.report_queries import (
    PLACE_TREE,
    Query,
    day_after,
    movement_where,
    place_where,
    with_clause,
)
from fieldkit.services.vocab import MOVEMENT_KINDS

PLACE_CLASSES = Query(
    f"WITH RECURSIVE {PLACE_TREE}\nSELECT l.id, COALESCE(l.kind, ''), rg.region FROM locations l "
    "LEFT JOIN region_of rg ON rg.loc = l.id",
    {},
)
# The places as stock on hand shows them, in a table of the connection's own (TEMP: a report only
# reads the store): id, the place's rank in the report's order, its label, location type and economic
# region. A join to a JSON parameter would scan it for every row; this one is keyed.
SHOWN_PLACES = "temp.shown_places"


def shown_places(places: str) -> list[Query]:
    """Fill ``SHOWN_PLACES`` from ``places``, JSON [[id, rank, label, type, region], ...]."""
    return [
        Query(
            "CREATE TEMP TABLE IF NOT EXISTS shown_places (id TEXT PRIMARY KEY, pos INTEGER NOT NULL, "
            "label TEXT NOT NULL, type TEXT NOT NULL, region TEXT NOT NULL) WITHOUT ROWID",
            {},
        ),
        Query(f"DELETE FROM {SHOWN_PLACES}", {}),
        Query(
            f"INSERT INTO {SHOWN_PLACES} SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 "
            "FROM json_each(:places)",
            {"places": places},
        ),
    ]


UNKNOWN_PLACE = "(unknown place)"


def on_hand_rows(source: str, condition: str, p: dict[str, Any]) -> str:
    """The rows of stock on hand from ``source`` (material_id, location_id, quantity as ``b``),
    labelled and in the report's order: material code, place, location type, economic region, on hand;
    by code, then by the place's rank in ``SHOWN_PLACES`` (unknown places last)."""
    p |= {"unknown_place": UNKNOWN_PLACE, "unknown_type": TYPE_LABELS[""], "no_region": NO_REGION}
    return f"""SELECT COALESCE(mt.code, b.material_id), COALESCE(pl.label, :unknown_place),
    COALESCE(pl.type, :unknown_type), COALESCE(pl.region, :no_region), b.quantity
FROM {source} LEFT JOIN {SHOWN_PLACES} pl ON pl.id = b.location_id LEFT JOIN materials mt ON mt.id = b.material_id
{condition}ORDER BY 1, b.material_id, pl.pos IS NULL, pl.pos, b.location_id"""


def ledger_start() -> Query:
    """The first month of the live ledger, from ``stock_monthly`` (one look-up per movement kind, the
    key starting with the kind)."""
    p: dict[str, Any] = {}
    firsts = []
    for n, kind in enumerate(MOVEMENT_KINDS):
        firsts.append(f"SELECT (SELECT MIN(s.month) FROM stock_monthly s WHERE s.kind = :kind_{n}) AS first")
        p[f"kind_{n}"] = kind
    return Query(f"SELECT MIN(first) FROM ({' UNION ALL '.join(firsts)})", p)


def nearer_side(end: dt.date, first_month: str | None, today: dt.date) -> str:
    """Whether stock at the end of ``end`` is cheaper to sum from the movements up to it (``"before"``)
    or to take back from the balances now (``"after"``): whichever side of ``end`` holds the shorter
    part of the ledger's time, from its first month (``ledger_start``) to ``today``."""
    if not first_month:
        return "before"
    first = dt.date(int(first_month[:4]), int(first_month[5:7]), 1)
    return "after" if end >= first + (today - first) / 2 else "before"


def stock_on_hand(f: ReportFilters, *, covered: bool = False, side: str = "before") -> Query:
    """Stock on hand per material × place at the end of the period (all live movements up to then),
    as ``on_hand_rows`` (after ``shown_places``).

    With the covering ledger index (``covered``, ``ledger_covered``), the sum is made per material ×
    place of ``stock_balances`` in the filters, each read from the index alone: those are the pairs
    that have any live movement (the triggers keep them), so none with stock at the end of the period
    is missed. ``side`` says which movements are read: ``"before"`` sums those up to the end of the
    period; ``"after"`` takes those since then back from the balance now (a pair counts when it has a
    movement up to the end). ``nearer_side`` picks the side that reads fewer. Without the index, the
    ledger is grouped as it comes."""
    p: dict[str, Any] = {}
    if covered:
        where = place_where("sb.location_id", f, p, kind=True)
        if f.material_id:
            where.append("sb.material_id = :material_id")
            p["material_id"] = f.material_id
        pair = "m.material_id = sb.material_id AND m.location_id = sb.location_id AND m.deleted = 0"
        condition = ""
        if f.date_to and side == "after":
            p["before"] = day_after(f.date_to)
            since = f"SELECT SUM(m.quantity) FROM stock_movements m WHERE {pair} AND m.occurred_at >= :before"
            where.append(f"EXISTS (SELECT 1 FROM stock_movements m WHERE {pair} AND m.occurred_at < :before)")
            quantity = f"sb.quantity - COALESCE(({since}), 0)"
        else:
            before = ""
            if f.date_to:
                before = " AND m.occurred_at < :before"
                p["before"] = day_after(f.date_to)
            quantity = f"(SELECT SUM(m.quantity) FROM stock_movements m WHERE {pair}{before})"
            condition = "WHERE b.quantity IS NOT NULL\n"
        chosen = f"WHERE {' AND '.join(where)}" if where else ""
        inner = (
            f"s AS MATERIALIZED (SELECT sb.material_id, sb.location_id, {quantity} AS quantity "
            f"FROM stock_balances sb {chosen})"
        )
        return Query(with_clause(f, inner) + on_hand_rows("s b", condition, p), p)
    where_m, table = movement_where(f, p, kinds=None, since=False)
    if f.location_type:
        where_m += " AND m.location_id IN (SELECT id FROM locations WHERE kind = :location_type)"
        p["location_type"] = f.location_type
    inner = (
        f"s AS (SELECT m.material_id, m.location_id, SUM(m.quantity) AS quantity FROM {table} WHERE {where_m} "
        "GROUP BY 1, 2)"
    )
    return Query(with_clause(f, inner) + on_hand_rows("s b", "", p), p)
