"""The indicator reports over a coordinator's store with 1,000,000 stock movements and 200,000 attendance
rows, each beside the same SQL run straight on ``sqlite3`` in the same run. Targets per report: at most
1.5x that floor and at most 200 ms.

* Report: the service call (``fieldkit.services.reports`` / ``report_stock``) on an open ``Store``:
  its read transaction, the SQL, and the Python that turns rows into tables (labels, sorting,
  small-cell suppression). Two scenarios: the whole store, and a typical donor filter (one year, one
  economic region). Median of 5 samples after a warm-up; a report that takes less than 50 ms is
  called several times per sample (up to 20) and the sample is their mean, so a millisecond of
  scheduling noise does not decide a ratio.
* Floor: the very statements the service ran, recorded as it ran them (SQL and parameters), executed
  with ``sqlite3`` on a plain connection to the same file, rows fetched, nothing else. Sampled the
  same way, interleaved with the service's samples so background noise hits both alike.

The store is made by the real ``open_store`` + ``initialise_device`` + ``load_reference`` and then
filled with plain ``sqlite3`` inserts into its real tables (ids as the app makes them: UUIDv7 for
records, UUIDv5 for attendance and headcounts), which takes about a minute; it is cached in
``bench/.cache/reports`` under a version marker. 5,000 events over two years, 40,000 people (2% merged
into another), 200,000 check-ins, 20,000 headcount cells, 1,000,000 movements (70% handouts; receipts,
print runs, transfers, write-offs; 1% voided), 30 materials, 400 schools, venues and offices added to
the shipped places.

Where the whole store misses 200 ms, the floor misses it too: SQLite groups by sorting, and an
aggregate over the whole ledger sorts every row it reads (materials by material x place x month).
Migration 0006 made ``ix_stock_material_location`` (material_id, location_id, deleted, occurred_at,
quantity), which the stock-on-hand query reads alone, in group order
(``report_queries.ledger_covered``), and ``ix_stock_handouts`` (kind, deleted, occurred_at, quantity),
which covers the items handed out (reach). ``--narrow-index`` puts the ledger index back as migration
0001 made it, to compare; the default run keeps the migrated shape. ``--build-only`` builds the store
and stops.

Some reports read summaries of the ledger kept by triggers when their filters allow: materials
distributed and the items handed out in reach read ``handout_cells`` (migration 0008: live handouts
per month x material x location type x economic region) for whole months without a place below an
economic region; print runs read ``stock_monthly`` for whole months; stock on hand reads
``stock_balances`` (migration 0009: per material x place) when the period has no end. Their floor is
then the same statements over those tables, not the ledger: the run says which tables each report
read, checks once that the summaries equal the ledger's aggregates, and prints for information the
time of the ledger statement the report runs when no summary serves. The store is filled through
the triggers, as an import would fill it; the places are classified once after the fill.

The people reports count each person once. When the filters choose many of the held events, each
person is tested against them through ``ix_attendance_person`` (migration 0009), stopping at the first
matching check-in; when they choose at most a third (``report_queries.FEW_EVENTS``), the chosen
events' check-ins are gathered once through the event index and each person is looked up in them.
One small statement counts the chosen events to decide.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldkit.config import Paths
from fieldkit.store.ids import attendance_id, headcount_id, uuid7
from fieldkit.store.version import SCHEMA_HEAD

CACHE = Path(__file__).resolve().parent / ".cache" / "reports"
VERSION = 1
EVENTS = 5_000
PEOPLE = 40_000
ATTENDANCE = 200_000
HEADCOUNTS = 20_000
MOVEMENTS = 1_000_000
MATERIALS = 30
PLACES = 400
AGENCIES = 30
RUNS = 5
SAMPLE_S = 0.05  # a report quicker than this is called several times per sample (the mean of those calls)
SUMMARIES = ("handout_cells", "stock_monthly", "stock_balances")  # local tables kept from the ledger
TARGET_RATIO = 1.5
TARGET_MS = 200.0
SEED = 2027
CURRENT = ("material_id", "location_id", "deleted", "occurred_at", "quantity")  # as migration 0006 made it
NARROW = ("material_id", "location_id")  # ix_stock_material_location as migration 0001 made it

KINDS = ("round-table", "workshop", "training", "awareness-session", "campaign", "screening")
PILLARS = ("prevention", "protection", "prosecution", "partnership")
SEXES = ("female", "male", "female", "male", "other", "undisclosed")
AGE_BANDS = ("18-24", "25-34", "35-49", "50+", "unknown")
POSITIONS = ("müəllim", "polis əməkdaşı", "sosial işçi", "koordinator", "sərhədçi", "müfəttiş", "hüquqşünas", "")
FIRST = ("Aysel", "Leyla", "Günay", "Nigar", "Səbinə", "İlham", "Rəşad", "Orxan", "Elçin", "Tural", "Şəbnəm")
LAST = ("Əliyeva", "Məmmədov", "Həsənova", "Quliyev", "İsmayılova", "Hüseynov", "Cəfərova", "Babayev")
START = dt.date(2024, 1, 1)
DAYS = 731


def _insert(con: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    marks = ", ".join("?" for _ in columns)
    con.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", [tuple(r[c] for c in columns) for r in rows]
    )


def _synced(row_id: str, device: str, hlc: int, deleted: bool = False) -> dict[str, Any]:
    return {"id": row_id, "created_hlc": hlc, "updated_hlc": hlc, "origin": device, "deleted": int(deleted)}


def build_store(target: Path = CACHE) -> Paths:
    """The benchmark store, built once and cached under a version marker."""
    from fieldkit.services.reference import load_reference
    from fieldkit.store.open import initialise_device, open_store

    marker = target / f"ready-{VERSION}-{SCHEMA_HEAD}"
    paths = Paths(target / "data")
    if marker.exists():
        return paths
    shutil.rmtree(target, ignore_errors=True)
    started = time.perf_counter()
    store = open_store(paths, create=True)
    try:
        initialise_device(store, "Bench coordinator", "coordinator")
        load_reference(store)
        device = store.device_id
    finally:
        store.close()
    con = sqlite3.connect(paths.store, isolation_level=None)
    con.execute("BEGIN")
    _fill(con, random.Random(SEED), device)
    con.execute("COMMIT")
    con.close()
    marker.write_text(f"built in {time.perf_counter() - started:.1f} s\n")
    return paths


def _fill(con: sqlite3.Connection, rng: random.Random, device: str) -> None:
    hlc = 1 << 40
    districts = [r[0] for r in con.execute("SELECT id FROM locations WHERE kind = 'district'")]
    places = [r[0] for r in con.execute("SELECT id FROM locations WHERE kind NOT IN ('economic-region')")]
    new_places = [uuid7() for _ in range(PLACES)]
    _insert(con, "locations", [
        _synced(pid, device, hlc) | {
            "kind": rng.choice(("school", "venue", "office")), "name_az": f"Məktəb {n}", "name_en": "",
            "name_ru": "", "parent_id": rng.choice(districts), "verified": 0, "active": 1, "note": "",
        } for n, pid in enumerate(new_places)
    ])  # fmt: skip
    places += new_places
    agencies = [r[0] for r in con.execute("SELECT id FROM agencies")]
    new_agencies = [uuid7() for _ in range(AGENCIES)]
    _insert(con, "agencies", [
        _synced(aid, device, hlc) | {
            "kind": "ngo", "abbreviation": f"QHT{n}", "name_az": f"İctimai Birlik {n}", "name_en": f"NGO {n}",
            "name_ru": "", "active": 1, "note": "",
        } for n, aid in enumerate(new_agencies)
    ])  # fmt: skip
    agencies += new_agencies
    materials = [uuid7() for _ in range(MATERIALS)]
    _insert(con, "materials", [
        _synced(mid, device, hlc) | {
            "code": f"MAT-{n:02d}", "kind": rng.choice(("leaflet", "brochure", "poster")), "title_az": f"Vərəqə {n}",
            "title_en": f"Leaflet {n}", "title_ru": "", "languages": "az", "version": "1", "active": 1,
        } for n, mid in enumerate(materials)
    ])  # fmt: skip
    events = [uuid7() for _ in range(EVENTS)]
    event_rows = []
    for n, eid in enumerate(events):
        day = (START + dt.timedelta(days=rng.randrange(DAYS))).isoformat()
        event_rows.append(_synced(eid, device, hlc, deleted=rng.random() < 0.01) | {
            "kind": rng.choice(KINDS), "pillar": rng.choice(PILLARS), "title": f"Tədbir {n}", "start_date": day,
            "end_date": day, "location_id": rng.choice(places), "organiser_agency_id": rng.choice(agencies),
            "partner_agency_ids": json.dumps(rng.sample(agencies, rng.randrange(3))), "audience": "",
            "language": "az", "status": rng.choices(("held", "planned", "cancelled"), (85, 10, 5))[0], "notes": "",
        })  # fmt: skip
    _insert(con, "events", event_rows)
    people = [uuid7() for _ in range(PEOPLE)]
    kept = people[: int(PEOPLE * 0.98)]
    person_rows = []
    for n, pid in enumerate(people):
        merged = rng.choice(kept) if n >= len(kept) else None
        person_rows.append(_synced(pid, device, hlc) | {
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}", "sex": rng.choice(SEXES),
            "age_band": rng.choice(AGE_BANDS), "agency_id": rng.choice((*agencies, None)),
            "position": rng.choice(POSITIONS), "phone": f"+99450{n:07d}", "email": None,
            "region_id": rng.choice(districts), "consent_date": "2025-01-15", "consent_text_version": "2026-1",
            "merged_into": merged,
        })  # fmt: skip
    _insert(con, "participants", person_rows)
    pairs: set[tuple[str, str]] = set()
    while len(pairs) < ATTENDANCE:
        pairs.add((rng.choice(events), rng.choice(people)))
    _insert(con, "attendance", [
        _synced(attendance_id(e, p), device, hlc, deleted=rng.random() < 0.005) | {
            "event_id": e, "participant_id": p,
            "role": rng.choices(("participant", "facilitator", "speaker"), (94, 4, 2))[0],
        } for e, p in sorted(pairs)
    ])  # fmt: skip
    cells: set[tuple[str, str, str]] = set()
    while len(cells) < HEADCOUNTS:
        cells.add((rng.choice(events), rng.choice(SEXES), rng.choice(("0-17", *AGE_BANDS))))
    _insert(con, "headcounts", [
        _synced(headcount_id(e, "", s, a), device, hlc) | {
            "event_id": e, "group_label": "", "sex": s, "age_band": a, "count": rng.randrange(1, 60),
        } for e, s, a in sorted(cells)
    ])  # fmt: skip
    for chunk in range(0, MOVEMENTS, 100_000):
        rows = []
        for _ in range(chunk, min(MOVEMENTS, chunk + 100_000)):
            kind = rng.choices(("handout", "receipt", "print-run", "transfer-out", "transfer-in", "write-off"),
                               (70, 10, 3, 7, 7, 3))[0]  # fmt: skip
            qty = rng.randrange(1, 40) if kind == "handout" else rng.randrange(50, 2000)
            sign = -1 if kind in ("handout", "transfer-out", "write-off") else 1
            when = dt.datetime(2024, 1, 1) + dt.timedelta(minutes=rng.randrange(DAYS * 1440))
            at_event = kind == "handout" and rng.random() < 0.1
            rows.append(_synced(uuid7(), device, hlc, deleted=rng.random() < 0.01) | {
                "kind": kind, "material_id": rng.choice(materials), "location_id": rng.choice(places),
                "event_id": rng.choice(events) if at_event else None, "quantity": sign * qty,
                "occurred_at": when.isoformat(timespec="seconds") + "+04:00", "note": "", "forced_reason": None,
                "transfer_id": None,
            })  # fmt: skip
        _insert(con, "stock_movements", rows)


# -- measuring -----------------------------------------------------------------------------------------


def _reports() -> list[tuple[str, Callable[..., Any]]]:
    from fieldkit.services import report_stock, reports

    return [
        ("events held", reports.events_held),
        ("PS.5.3-15 people trained", reports.people_trained),
        ("PS.5.1-28 first responders", reports.first_responders_trained),
        ("participants by agency x age", reports.participants_by_agency),
        ("reach, direct and indirect", reports.reach),
        ("materials distributed", report_stock.materials_distributed),
        ("stock on hand", report_stock.stock_on_hand),
        ("print runs", report_stock.print_runs),
    ]


def _statements(report: Callable[..., Any], store: Any, filters: Any) -> list[Any]:
    """The queries a report runs, recorded as it runs them: its SQL and parameters, verbatim."""
    from fieldkit.services import report_stock, reports

    seen: list[Any] = []
    original = reports.rows_of

    def recording(session: Any, query: Any) -> list[tuple[Any, ...]]:
        seen.append(query)
        return original(session, query)

    reports.rows_of = report_stock.rows_of = recording  # type: ignore[assignment]
    try:
        report(store, filters)
    finally:
        reports.rows_of = report_stock.rows_of = original  # type: ignore[assignment]
    return seen


def _floor(con: sqlite3.Connection, statements: list[Any]) -> None:
    for query in statements:
        con.execute(query.sql, query.params).fetchall()


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _ledger_index(con: sqlite3.Connection, narrow: bool) -> str:
    """Put the ledger index in the shape asked for (the cache keeps whichever was made last)."""
    from fieldkit.services.report_queries import LEDGER_INDEX

    columns = [r[2] for r in con.execute(f"PRAGMA index_info({LEDGER_INDEX})")]
    target = NARROW if narrow else CURRENT
    if columns != list(target):
        con.execute(f"DROP INDEX IF EXISTS {LEDGER_INDEX}")
        con.execute(f"CREATE INDEX {LEDGER_INDEX} ON stock_movements ({', '.join(target)})")
    return f"{LEDGER_INDEX} ({', '.join(target)})"


def run(narrow: bool = False) -> None:
    from fieldkit.services import report_stock
    from fieldkit.services.reports import ReportFilters, build_report
    from fieldkit.store.ids import reference_id
    from fieldkit.store.open import open_store

    print("building or reusing the store ...", flush=True)
    paths = build_store()
    raw = sqlite3.connect(paths.store, isolation_level=None)
    index = _ledger_index(raw, narrow)
    counts = {t: raw.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("events", "participants", "attendance", "headcounts", "stock_movements")}  # fmt: skip
    print(f"store: {paths.store.stat().st_size / 1e6:.0f} MB; " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
    print(f"ledger index: {index}{' (the shape before migration 0006)' if narrow else ''}")
    store = open_store(paths)
    started = time.perf_counter()
    report_stock.refresh_cells(store)
    print(f"place_classes and handout_cells rebuilt after the fill: {time.perf_counter() - started:.1f} s (as the "
          "first report after a write to locations does)")  # fmt: skip
    print(_summary_check(raw), flush=True)
    region = reference_id("locations", "region:gazakh-tovuz")
    scenarios = {
        "whole store, no filters": ReportFilters(),
        "2025, one economic region (Gazakh-Tovuz)": ReportFilters(
            date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31), economic_region_id=region
        ),
    }
    met = total = 0
    for title, filters in scenarios.items():
        print(f"\n{title}:")
        heading = f"  {'report':30s} {'service':>10s} {'floor':>10s} {'ratio':>7s}"
        print(f"{heading}  <= {TARGET_RATIO}x   <= {TARGET_MS:.0f} ms")
        for name, report in _reports():
            statements = _statements(report, store, filters)
            report(store, filters)  # warm both paths and the page cache
            started = time.perf_counter()
            _floor(raw, statements)
            calls = max(1, min(20, int(SAMPLE_S / max(time.perf_counter() - started, 1e-6))))
            service: list[float] = []
            floor: list[float] = []
            for _ in range(RUNS):  # interleaved, so background noise hits both alike
                started = time.perf_counter()
                for _ in range(calls):
                    report(store, filters)
                service.append((time.perf_counter() - started) / calls)
                started = time.perf_counter()
                for _ in range(calls):
                    _floor(raw, statements)
                floor.append((time.perf_counter() - started) / calls)
            service_ms, floor_ms = _median_ms(service), _median_ms(floor)
            ratio = service_ms / floor_ms
            ok_ratio, ok_ms = ratio <= TARGET_RATIO, service_ms <= TARGET_MS
            met += ok_ratio and ok_ms
            total += 1
            many = "s" if len(statements) > 1 else ""
            read = [t for t in SUMMARIES if any(f"FROM {t}" in st.sql for st in statements)]
            reads = f" over {' and '.join(read)}" if read else ""
            print(f"  {name:30s} {service_ms:8.1f} ms {floor_ms:7.1f} ms {ratio:6.2f}x  {_verdict(ok_ratio):8s} "
                  f"{_verdict(ok_ms):8s} ({len(statements)} statement{many}{reads})")  # fmt: skip
            before = _ledger_ms(raw, name, filters) if reads else None
            if before is not None:
                print(f"  {'':30s} for information: the ledger statement it runs without the summary: "
                      f"{before:.0f} ms on sqlite3")  # fmt: skip
        started = time.perf_counter()
        build_report(store, filters)
        print(f"  for information: the whole report (every indicator, as an export builds it): "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")  # fmt: skip
    store.close()
    raw.close()
    print(f"\n{met} of {total} reports met both targets (median of {RUNS} samples each; floor: the same statements "
          "on a plain sqlite3 connection)")  # fmt: skip


def _summary_check(con: sqlite3.Connection) -> str:
    """Whether the summaries equal the live ledger's aggregates, row for row (full passes, untimed)."""
    ledger = """SELECT kind, substr(occurred_at, 1, 7), material_id, location_id, event_id IS NOT NULL,
        SUM(quantity), COUNT(*) FROM stock_movements WHERE deleted = 0 GROUP BY 1, 2, 3, 4, 5"""
    cells = "SELECT kind, month, material_id, location_id, at_event, quantity, movements FROM stock_monthly"
    summary = con.execute(cells).fetchall()
    same = sorted(summary) == sorted(con.execute(ledger).fetchall())
    handouts = sum(1 for row in summary if row[0] == "handout")
    live = sum(row[-1] for row in summary)
    classified = """SELECT substr(m.occurred_at, 1, 7), m.material_id,
        CASE WHEN m.event_id IS NOT NULL THEN 'event' ELSE COALESCE(pc.kind, '') END, COALESCE(pc.region, ''),
        SUM(m.quantity), COUNT(*) FROM stock_movements m LEFT JOIN place_classes pc ON pc.location_id = m.location_id
        WHERE m.deleted = 0 AND m.kind = 'handout' GROUP BY 1, 2, 3, 4"""
    cells = "SELECT month, material_id, location_type, region, quantity, movements FROM handout_cells"
    handout_cells = con.execute(cells).fetchall()
    same_cells = sorted(handout_cells) == sorted(con.execute(classified).fetchall())
    balances = con.execute("SELECT material_id, location_id, quantity, movements FROM stock_balances").fetchall()
    per_place = """SELECT material_id, location_id, SUM(quantity), COUNT(*) FROM stock_movements WHERE deleted = 0
        GROUP BY 1, 2"""
    same_balances = sorted(balances) == sorted(con.execute(per_place).fetchall())
    return (f"stock_monthly: {len(summary):,} cells ({handouts:,} of handouts) for {live:,} live movements; "
            f"equal to the ledger's aggregate: {'yes' if same else 'NO'}\n"
            f"handout_cells: {len(handout_cells):,} cells; equal to the ledger's handouts by place class: "
            f"{'yes' if same_cells else 'NO'}\n"
            f"stock_balances: {len(balances):,} material x place balances; equal to the ledger's: "
            f"{'yes' if same_balances else 'NO'}")  # fmt: skip


def _ledger_ms(con: sqlite3.Connection, name: str, filters: Any) -> float | None:
    """The median time of the ledger statement a report reads when no summary serves its filters."""
    from fieldkit.services import report_on_hand as oh
    from fieldkit.services import report_queries as q

    ledger = {
        "materials distributed": lambda: q.handouts(filters),
        "stock on hand": lambda: oh.stock_on_hand(filters, covered=q.ledger_covered(con)),
        "print runs": lambda: q.print_runs(filters),
        "reach, direct and indirect": lambda: q.handout_total(filters),
    }.get(name)
    if ledger is None:
        return None
    for statement in oh.shown_places("[]"):  # the table stock on hand's statement joins
        con.execute(statement.sql, statement.params)
    query = ledger()
    samples = []
    for _ in range(3):
        started = time.perf_counter()
        con.execute(query.sql, query.params).fetchall()
        samples.append(time.perf_counter() - started)
    return _median_ms(samples)


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


if __name__ == "__main__":
    if sys.argv[1:2] == ["--build-only"]:
        started = time.perf_counter()
        build_store()
        print(f"{time.perf_counter() - started:.1f} s")
    else:
        run(narrow="--narrow-index" in sys.argv[1:])
