"""Applying change-log entries from other devices, field by field.

A field takes an incoming value only if the incoming (HLC, origin) is greater than the (HLC, origin)
of the value it holds. A delete is the ``deleted`` field under the same rule, so a later restore wins
over it. The clock of each field is kept on the row itself (``fieldkit.store.clocks``): the row's
base clock (its creating change, or zero for shipped reference data) unless the field says otherwise.
The outcome therefore does not depend on the order of imports, and applying anything twice changes
nothing: an (origin, sequence) already in the log is skipped.

This runs on the raw sqlite3 connection of the import transaction, in batches, because an import of
a million changes must not take a million ORM round trips.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import JSON, BigInteger, Boolean, Date, Integer, Table

from fieldkit.store import clocks as field_clocks
from fieldkit.store.models import BOOKKEEPING, MODEL_BY_TABLE
from fieldkit.sync.bundle import Entry
from fieldkit.sync.summaries import bulk_stock

CHUNK = 400
OPS = frozenset({"insert", "update", "delete", "restore"})
Clock = field_clocks.Clock
ZERO = field_clocks.ZERO


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: str  # str | int | bool | date | json
    nullable: bool
    default: Any


def _specs() -> dict[str, dict[str, ColumnSpec]]:
    out: dict[str, dict[str, ColumnSpec]] = {}
    for name, model in MODEL_BY_TABLE.items():
        table: Table = model.__table__  # type: ignore[assignment]
        cols: dict[str, ColumnSpec] = {}
        for column in table.columns:
            if column.name == "id" or column.name in BOOKKEEPING:
                continue
            kind = "str"
            if isinstance(column.type, JSON):
                kind = "json"
            elif isinstance(column.type, Boolean):
                kind = "bool"
            elif isinstance(column.type, Integer | BigInteger):
                kind = "int"
            elif isinstance(column.type, Date):
                kind = "date"
            default = column.default.arg if column.default is not None and column.default.is_scalar else None  # type: ignore[attr-defined]
            if column.default is not None and column.default.is_callable:
                default = column.default.arg(None)  # type: ignore[attr-defined]
            cols[column.name] = ColumnSpec(column.name, kind, bool(column.nullable), default)
        out[name] = cols
    return out


SPECS = _specs()
_PLACEHOLDER = {"str": "", "int": 0, "bool": 0, "date": "1970-01-01", "json": "[]"}


_CONVERTED = frozenset({"json", "bool"})


def _to_sql_kind(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False)
    if kind == "bool":
        return 1 if value else 0
    return value


def to_sql(spec: ColumnSpec, value: Any) -> Any:
    return _to_sql_kind(spec.kind, value)


def _missing(spec: ColumnSpec) -> Any:
    """The value a column gets when a row arrives before its insert (a bundle in between is missing)."""
    if spec.default is not None:
        return to_sql(spec, spec.default)
    return None if spec.nullable else _PLACEHOLDER[spec.kind]


@dataclass
class TableStats:
    new: int = 0  # rows created
    updated: int = 0  # existing rows that changed
    known: int = 0  # entries already held
    superseded: int = 0  # entries applied to the log whose every field lost to a newer value

    def as_dict(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "known": self.known, "superseded": self.superseded}


@dataclass
class ApplyStats:
    tables: dict[str, TableStats] = field(default_factory=lambda: defaultdict(TableStats))
    applied: int = 0
    known: int = 0
    max_hlc: int = 0
    origins: set[str] = field(default_factory=set)

    def merge(self, other: ApplyStats) -> None:
        for name, stats in other.tables.items():
            mine = self.tables[name]
            mine.new += stats.new
            mine.updated += stats.updated
            mine.known += stats.known
            mine.superseded += stats.superseded
        self.applied += other.applied
        self.known += other.known
        self.max_hlc = max(self.max_hlc, other.max_hlc)
        self.origins |= other.origins


class EntryError(ValueError):
    """An entry that does not fit this app's tables (a damaged or foreign bundle)."""


FIELD_NAMES = {table: frozenset(specs) for table, specs in SPECS.items()}


def validate(entry: Entry) -> None:
    names = FIELD_NAMES.get(entry.table)
    if names is None:
        raise EntryError(f"unknown table {entry.table!r}")
    if entry.op not in OPS:
        raise EntryError(f"unknown operation {entry.op!r}")
    if entry.seq < 1 or entry.hlc < 0:
        raise EntryError("bad sequence number or clock")
    if not entry.fields.keys() <= names:
        raise EntryError(f"unknown fields {sorted(set(entry.fields) - names)} for {entry.table}")


def _insert_plan(table: str) -> list[tuple[str, str, Any]]:
    """Per column of ``table``: its name, its kind, and the value it gets when an insert lacks it."""
    return [(spec.name, spec.kind, _missing(spec)) for spec in SPECS[table].values()]


INSERT_PLANS = {table: _insert_plan(table) for table in SPECS}


def _known(con: sqlite3.Connection, entries: Sequence[Entry]) -> set[tuple[str, int]]:
    by_origin: dict[str, list[int]] = defaultdict(list)
    for e in entries:
        by_origin[e.origin].append(e.seq)
    found: set[tuple[str, int]] = set()
    for origin, seqs in by_origin.items():
        rows = con.execute(
            "SELECT seq FROM change_log WHERE origin = ? AND seq BETWEEN ? AND ?", (origin, min(seqs), max(seqs))
        )
        wanted = set(seqs)
        found.update((origin, s) for (s,) in rows if s in wanted)
    return found


def _existing(con: sqlite3.Connection, table: str, row_ids: list[str]) -> dict[str, tuple[Clock, dict[str, Clock]]]:
    """The rows of ``row_ids`` this store holds: their base clock and their field clocks."""
    found: dict[str, tuple[Clock, dict[str, Clock]]] = {}
    for start in range(0, len(row_ids), CHUNK):
        part = row_ids[start : start + CHUNK]
        marks = ",".join("?" * len(part))
        query = f"SELECT id, created_hlc, origin, clocks FROM {table} WHERE id IN ({marks})"
        for row_id, created, origin, raw in con.execute(query, part):
            found[row_id] = (field_clocks.base_clock(created, origin), field_clocks.decode(raw))
    return found


def apply_entries(con: sqlite3.Connection, entries: Iterable[Entry]) -> ApplyStats:
    """Apply a batch inside the caller's transaction. The caller commits or rolls back.

    One pass sorts the batch out (checked, already known, new by table and row) and prepares the
    change-log rows; a coordinator's import goes through here a million times, so it stays lean.
    """
    stats = ApplyStats()
    batch = list(entries)
    for entry in batch:
        validate(entry)
    known = _known(con, batch)
    seen: set[tuple[str, int]] = set()
    by_table: dict[str, dict[str, list[Entry]]] = defaultdict(lambda: defaultdict(list))
    logged: list[tuple[str, int, int, str, str, str, str]] = []
    origins: set[str] = set()
    top = 0
    dumps = orjson.dumps
    for e in batch:
        key = (e.origin, e.seq)
        if key in known or key in seen:
            stats.known += 1
            stats.tables[e.table].known += 1
            continue
        seen.add(key)
        by_table[e.table][e.row_id].append(e)
        logged.append((e.origin, e.seq, e.hlc, e.table, e.row_id, e.op, dumps(e.fields).decode("utf-8")))
        origins.add(e.origin)
        if e.hlc > top:
            top = e.hlc
    for table, rows in by_table.items():
        if table == "stock_movements":
            with bulk_stock(con, list(rows)):  # the stock summaries, kept in bulk rather than by trigger
                _apply_table(con, table, rows, stats)
        else:
            _apply_table(con, table, rows, stats)
    con.executemany(
        "INSERT INTO change_log (origin, seq, hlc, table_name, row_id, op, fields) VALUES (?, ?, ?, ?, ?, ?, ?)",
        logged,
    )
    stats.applied = len(logged)
    stats.max_hlc = top
    stats.origins = origins
    return stats


def _apply_table(con: sqlite3.Connection, table: str, rows: dict[str, list[Entry]], stats: ApplyStats) -> None:
    specs = SPECS[table]
    existing = _existing(con, table, list(rows))
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    inserts: list[tuple[Any, ...]] = []
    columns = list(specs)
    plan = INSERT_PLANS[table]
    width = len(plan)
    tstats = stats.tables[table]
    for row_id, entries in rows.items():
        e = entries[0]
        if len(entries) == 1 and e.op == "insert" and e.hlc > 0 and len(e.fields) == width and row_id not in existing:
            # The common case, a row created here by one change that carries every field: each field
            # takes its value, at the row's base clock (so its clocks stay NULL).
            f = e.fields
            inserts.append(
                (
                    row_id,
                    e.hlc,
                    e.hlc,
                    e.origin,
                    None,
                    *[
                        (_to_sql_kind(kind, f[name]) if kind in _CONVERTED else f[name]) if name in f else missing
                        for name, kind, missing in plan
                    ],
                )
            )
            tstats.new += 1
            continue
        entries.sort(key=lambda e: (e.hlc, e.origin))
        held = existing.get(row_id)
        # A row new here starts with every field at clock zero; a held row's fields default to its base.
        base, clock = held if held is not None else (ZERO, {})
        winners: dict[str, Any] = {}
        top = 0
        for e in entries:
            stamp = (e.hlc, e.origin)
            won = False
            for name, value in e.fields.items():
                if clock.get(name, base) < stamp:
                    clock[name] = stamp
                    winners[name] = value
                    won = True
            if not won:
                tstats.superseded += 1
            top = max(top, e.hlc)
        if held is not None:
            if winners:
                names = tuple(sorted(winners))
                kept = field_clocks.encode(clock, base)
                updates[names].append((*(to_sql(specs[n], winners[n]) for n in names), kept, top, top, row_id))
                tstats.updated += 1
            continue
        creator = next((e for e in entries if e.op == "insert"), entries[0])
        values = [to_sql(specs[c], winners[c]) if c in winners else _missing(specs[c]) for c in columns]
        kept = field_clocks.encode(clock, field_clocks.base_clock(creator.hlc, creator.origin), columns)
        inserts.append((row_id, creator.hlc, top, creator.origin, kept, *values))
        tstats.new += 1
    for names, params in updates.items():
        assignments = ", ".join(f"{n} = ?" for n in names)
        con.executemany(
            f"UPDATE {table} SET {assignments}, clocks = ?, "
            "updated_hlc = CASE WHEN updated_hlc > ? THEN updated_hlc ELSE ? END "
            "WHERE id = ?",
            params,
        )
    if inserts:
        column_list = ", ".join(["id", "created_hlc", "updated_hlc", "origin", "clocks", *columns])
        marks = ", ".join("?" * (5 + len(columns)))
        con.executemany(f"INSERT INTO {table} ({column_list}) VALUES ({marks})", inserts)
