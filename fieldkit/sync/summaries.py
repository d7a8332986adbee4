"""The stock summaries (migrations 0008 and 0009) kept in bulk while sync applies stock movements.

``stock_monthly``, ``handout_cells`` and ``stock_balances`` are kept by triggers on ``stock_movements``,
row by row. During a sync import that costs more than the rows themselves, most of all on an encrypted
store (SQLCipher's SQLite runs each trigger program far slower: a 100,000-change import took 2.2
times as long). So ``bulk_stock`` takes the triggers off for one batch, inside the import's
transaction, and puts back what they would have done in a few statements: it reads the live shares of
the batch's movements before and after, and adds the difference to each cell and balance. A rollback
(a bundle that fails, a crash) takes back the dropped triggers with everything else; the ``finally``
recreates them in any case.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

TRIGGERS = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'stock_movements'"
CHUNK = 400
Key = tuple[str, str, str, str, int]  # kind, month, material, place, at an event


def _shares(con: sqlite3.Connection, ids: Sequence[str]) -> dict[Key, list[int]]:
    """Per cell of ``stock_monthly``: the quantity and the count these movements put there now."""
    out: dict[Key, list[int]] = defaultdict(lambda: [0, 0])
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        rows = con.execute(
            "SELECT kind, substr(occurred_at, 1, 7), material_id, location_id, event_id IS NOT NULL, quantity "
            f"FROM stock_movements WHERE deleted = 0 AND id IN ({','.join('?' * len(part))})",
            part,
        )
        for kind, month, material, place, at_event, quantity in rows:
            cell = out[(kind, month, material, place, int(at_event))]
            cell[0] += quantity
            cell[1] += 1
    return out


def _upsert(
    con: sqlite3.Connection, table: str, key_columns: Sequence[str], deltas: dict[tuple[Any, ...], list[int]]
) -> None:
    rows = [(*key, q, n) for key, (q, n) in deltas.items() if q or n]
    if not rows:
        return
    columns = ", ".join([*key_columns, "quantity", "movements"])
    marks = ", ".join("?" * (len(key_columns) + 2))
    con.executemany(
        f"INSERT INTO {table} ({columns}) VALUES ({marks}) ON CONFLICT ({', '.join(key_columns)}) "
        "DO UPDATE SET quantity = quantity + excluded.quantity, movements = movements + excluded.movements",
        rows,
    )
    match = " AND ".join(f"{c} = ?" for c in key_columns)
    emptied = [key for key, (_q, n) in deltas.items() if n < 0]
    con.executemany(f"DELETE FROM {table} WHERE movements = 0 AND {match}", emptied)


def _add_differences(con: sqlite3.Connection, before: dict[Key, list[int]], after: dict[Key, list[int]]) -> None:
    monthly: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0])
    for sign, shares in ((-1, before), (1, after)):
        for key, (q, n) in shares.items():
            monthly[key][0] += sign * q
            monthly[key][1] += sign * n
    _upsert(con, "stock_monthly", ("kind", "month", "material_id", "location_id", "at_event"), monthly)
    balances: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0])
    for (_kind, _month, material, place, _at_event), (q, n) in monthly.items():
        balance = balances[(material, place)]
        balance[0] += q
        balance[1] += n
    _upsert(con, "stock_balances", ("material_id", "location_id"), balances)
    handouts = {key: d for key, d in monthly.items() if key[0] == "handout" and (d[0] or d[1])}
    if not handouts:
        return
    places = sorted({key[3] for key in handouts})
    classes: dict[str, tuple[str, str]] = {}
    for start in range(0, len(places), CHUNK):
        part = places[start : start + CHUNK]
        query = (
            f"SELECT location_id, kind, region FROM place_classes WHERE location_id IN ({','.join('?' * len(part))})"
        )
        classes.update({loc: (kind, region) for loc, kind, region in con.execute(query, part)})
    cells: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0])
    for (_kind, month, material, place, at_event), (q, n) in handouts.items():
        kind, region = classes.get(place, ("", ""))
        cell = cells[(month, material, "event" if at_event else kind, region)]
        cell[0] += q
        cell[1] += n
    _upsert(con, "handout_cells", ("month", "material_id", "location_type", "region"), cells)


@contextmanager
def bulk_stock(con: sqlite3.Connection, ids: Sequence[str]) -> Iterator[None]:
    """Apply changes to the movements ``ids`` inside this block with the summary triggers off, then
    bring the summaries up to date in bulk (see the module's docstring)."""
    saved = con.execute(TRIGGERS).fetchall()
    if not saved:  # a store without the summaries (a test schema, an older migration in a test)
        yield
        return
    before = _shares(con, ids)
    for name, _sql in saved:
        con.execute(f"DROP TRIGGER {name}")
    try:
        yield
        _add_differences(con, before, _shares(con, ids))
    finally:
        for _name, sql in saved:
            con.execute(sql)
