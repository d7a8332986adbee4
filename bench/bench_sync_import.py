"""A coordinator imports 100 bundles holding 1,000,000 changes (40 enrolled officer laptops, two or
three bundles each; sign-ins, participants, head counts, stock movements, events, with updates,
deletes and restores). Targets: at least 0.4x the floor's changes per second, peak memory at most
300 MB, and the bundle size per change beside gzipped CSV of the same rows.

* Import: ``fieldkit.sync.exchange.import_paths`` on a fresh coordinator store (set up, reference
  data, its materials, the enrolment the laptops were set up with, so it trusts them automatically),
  given the bundle folder as ``fieldkit sync import FOLDER`` would. It runs in a child process and is
  timed in that process, around the call alone (opening the store is not timed).
* Floor: plain ``sqlite3`` ``executemany`` of the same change rows (origin, seq, hlc, table_name,
  row_id, op, fields as JSON text) into a table shaped like ``change_log`` (same primary key, no other
  index) in a fresh WAL file with ``synchronous = NORMAL`` as the store uses, committed as the import
  commits: consecutive bundles share a transaction until it holds ``GROUP_CHANGES`` changes. Only
  the inserts and commits are timed; the rows are decoded beforehand.
* Bound (for information): the least any import of these bundles into this schema can cost. The
  bundles are read (checked, decrypted, decompressed, parsed: ``read_entries``, timed), and the rows
  their inserts create are written with plain ``sqlite3`` ``executemany`` into the store's own tables
  of a fresh coordinator store (timed; the conversion to SQL values is not), with the same commits,
  with no change log, no merge, no updates, no triggers and no summaries. The import must do all of
  that and keep every change in the change log too (the floor's own work: relaying, de-duplication
  and acknowledgements need it), so its rate cannot exceed changes / (read + table inserts + floor).
* Memory: the import child's peak RSS (``ru_maxrss``): the child reports its own
  ``getrusage(RUSAGE_SELF)`` at exit, and the parent reads ``getrusage(RUSAGE_CHILDREN)`` after it
  has waited for the child.
* Size: the .fkb files (signed manifest, gzip payload encrypted to the coordinator) per change, beside
  gzip (level 6, as the bundle payload) of a CSV of the same rows in the same seven columns.

``uv run python bench/bench_sync_import.py --profile [N]`` profiles the import of the first N bundles
(default 20) with cProfile in this process instead.
"""

from __future__ import annotations

import csv
import gc
import gzip
import io
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from syncgen import CACHE, SyncSet, build_bundles, prepare_coordinator

from fieldkit.sync.importer import GROUP_CHANGES, IMPORT_CACHE_KIB

TARGET_RATIO = 0.4
TARGET_MB = 300
WORK = CACHE / "run"

CHILD = """
import json, resource, sys, time
from collections import Counter
from pathlib import Path
from fieldkit.config import Paths
from fieldkit.store.open import open_store
from fieldkit.sync.exchange import import_paths

store = open_store(Paths(Path(sys.argv[1])))
usage = resource.getrusage(resource.RUSAGE_SELF)
before, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
started = time.perf_counter()
results = import_paths(store, [Path(sys.argv[2])])
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu = usage.ru_utime + usage.ru_stime - cpu
con = store.engine.raw_connection()
own = store.device_id
logged = con.execute("SELECT COUNT(*) FROM change_log WHERE origin != ?", (own,)).fetchone()[0]
rows = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("participants", "attendance", "headcounts", "stock_movements", "events")}
con.close()
store.close()
print(json.dumps({
    "seconds": seconds,
    "cpu": cpu,
    "statuses": Counter(r.status for r in results),
    "problems": [r.message for r in results if r.status != "imported"][:5],
    "changes": sum(r.changes for r in results),
    "applied": sum(r.applied for r in results),
    "logged": logged,
    "rows": rows,
    "rss_before_kb": before,
    "rss_peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}))
"""

FLOOR_TABLE = """
CREATE TABLE change_log (
    origin VARCHAR(36) NOT NULL,
    seq BIGINT NOT NULL,
    hlc BIGINT NOT NULL,
    table_name VARCHAR(40) NOT NULL,
    row_id VARCHAR(36) NOT NULL,
    op VARCHAR(8) NOT NULL,
    fields JSON NOT NULL,
    PRIMARY KEY (origin, seq)
)
"""


def _import_in_child(data_dir: Path, bundles: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), str(bundles)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"the import process failed:\n{proc.stderr[-4000:]}")
    report: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    report["rss_children_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return report


def _box_key(syncset: SyncSet) -> Any:
    from cryptography.hazmat.primitives import serialization

    return serialization.load_pem_private_key(syncset.box_key.read_bytes(), password=None)


class _Counting(io.RawIOBase):
    """A write-only sink that only counts bytes."""

    def __init__(self) -> None:
        self.count = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        n = len(data)
        self.count += n
        return n


def _floor(syncset: SyncSet, path: Path) -> tuple[float, int, int, int]:
    """Seconds spent inserting and committing, rows inserted, gzipped CSV bytes, plain CSV bytes."""
    from fieldkit.sync.bundle import open_bundle, read_entries

    box = _box_key(syncset)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute(FLOOR_TABLE)
    sink = _Counting()
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    plain = 0
    seconds = 0.0
    count = 0
    grouped = 0
    with gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=6, mtime=0) as gz:
        for bundle in syncset.files:
            rows = [
                (e.origin, e.seq, e.hlc, e.table, e.row_id, e.op, json.dumps(e.fields, ensure_ascii=False))
                for e in read_entries(open_bundle(bundle), box)
            ]
            started = time.perf_counter()
            if grouped == 0:
                con.execute("BEGIN")
            con.executemany("INSERT INTO change_log VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            grouped += len(rows)
            if grouped >= GROUP_CHANGES or bundle == syncset.files[-1]:
                con.execute("COMMIT")
                grouped = 0
            seconds += time.perf_counter() - started
            count += len(rows)
            writer.writerows(rows)
            data = text.getvalue().encode("utf-8")
            plain += len(data)
            gz.write(data)
            text.seek(0)
            text.truncate()
    con.close()
    return seconds, count, sink.count, plain


def _bound(syncset: SyncSet, data_dir: Path) -> tuple[float, float, int]:
    """Seconds reading the bundles, seconds inserting the rows their inserts create into the store's
    own tables (plain executemany, no triggers), rows inserted. See the module's docstring."""
    from fieldkit.sync.bundle import open_bundle, read_entries
    from fieldkit.sync.merge import INSERT_PLANS, SPECS, to_sql

    paths = prepare_coordinator(data_dir, syncset)
    box = _box_key(syncset)
    con = sqlite3.connect(paths.store, isolation_level=None)
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    for (trigger,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f"DROP TRIGGER {trigger}")
    statements = {}
    for table, specs in SPECS.items():
        columns = ["id", "created_hlc", "updated_hlc", "origin", "clocks", *specs]
        marks = ", ".join("?" * len(columns))
        statements[table] = f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})"
    reading = inserting = 0.0
    rows = grouped = 0
    gc.disable()  # as the import does while it applies bundles
    for bundle in syncset.files:
        started = time.perf_counter()
        entries = list(read_entries(open_bundle(bundle), box))
        reading += time.perf_counter() - started
        by_table: dict[str, list[tuple[Any, ...]]] = {}
        for e in entries:
            if e.op == "insert":
                f, specs = e.fields, SPECS[e.table]
                values = [to_sql(specs[n], f[n]) if n in f else missing for n, _, missing in INSERT_PLANS[e.table]]
                by_table.setdefault(e.table, []).append((e.row_id, e.hlc, e.hlc, e.origin, None, *values))
        started = time.perf_counter()
        if grouped == 0:
            con.execute("BEGIN")
        for table, values in by_table.items():
            con.executemany(statements[table], values)
            rows += len(values)
        grouped += len(entries)
        if grouped >= GROUP_CHANGES or bundle == syncset.files[-1]:
            con.execute("COMMIT")
            grouped = 0
        inserting += time.perf_counter() - started
    gc.enable()
    con.close()
    shutil.rmtree(data_dir, ignore_errors=True)
    return reading, inserting, rows


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def run() -> None:
    syncset = build_bundles()
    meta = syncset.meta
    fresh = syncset.built_now
    print(
        f"bundles: {meta['bundles']} from {meta['devices']} enrolled laptops, {meta['changes']:,} changes "
        f"({'generated now' if fresh else 'cached'}; generation took {meta['seconds']} s)",
        flush=True,
    )
    print("  tables: " + ", ".join(f"{k} {v:,}" for k, v in sorted(meta["tables"].items(), key=lambda kv: -kv[1])))
    ops: Counter[str] = Counter()
    for key, n in meta["ops"].items():
        ops[key.split(".")[1]] += n
    print("  operations: " + ", ".join(f"{k} {v:,}" for k, v in ops.most_common()))
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    paths = prepare_coordinator(WORK / "coordinator", syncset)

    report = _import_in_child(paths.data_dir, syncset.bundles)
    statuses = report["statuses"]
    if statuses != {"imported": meta["bundles"]} or report["logged"] != meta["changes"]:
        raise RuntimeError(f"the import did not take every bundle: {statuses}, {report['problems']}")
    store_mb = sum(p.stat().st_size for p in paths.data_dir.glob("fieldkit.db*")) / 1e6
    shutil.rmtree(paths.data_dir, ignore_errors=True)  # free the disk before the floor writes

    floor_s, floor_rows, csv_gz, csv_plain = _floor(syncset, WORK / "floor.db")
    if floor_rows != meta["changes"]:
        raise RuntimeError(f"the floor inserted {floor_rows} rows, expected {meta['changes']}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{WORK / 'floor.db'}{suffix}").unlink(missing_ok=True)
    read_s, insert_s, bound_rows = _bound(syncset, WORK / "bound")
    shutil.rmtree(WORK, ignore_errors=True)

    changes = int(meta["changes"])
    import_s = float(report["seconds"])
    floor_rate, import_rate = changes / floor_s, changes / import_s
    ratio = import_rate / floor_rate
    peak_mb = int(report["rss_peak_kb"]) / 1024
    base_mb = int(report["rss_before_kb"]) / 1024
    children_mb = int(report["rss_children_kb"]) / 1024
    bundle_bytes = sum(p.stat().st_size for p in syncset.files)
    per_change, per_change_csv = bundle_bytes / changes, csv_gz / changes

    rows = ", ".join(f"{k} {v:,}" for k, v in report["rows"].items())
    print(f"coordinator store after the import: {store_mb:.0f} MB; rows: {rows}")
    print(
        f"floor   sqlite3 executemany, change_log-shaped table, WAL, same commits:  "
        f"{floor_rate:9,.0f} changes/s ({floor_s:5.1f} s)"
    )
    print(
        f"import  fieldkit.sync.exchange.import_paths, fresh coordinator:      "
        f"{import_rate:9,.0f} changes/s ({import_s:5.1f} s; CPU {float(report['cpu']):.1f} s)"
    )
    print(f"ratio: {ratio:.2f}x the floor  (target >= {TARGET_RATIO}x: {_verdict(ratio >= TARGET_RATIO)})")
    bound_rate = changes / (read_s + insert_s)
    ceiling = changes / (read_s + insert_s + floor_s)
    print(
        f"bound   reading the bundles ({read_s:.1f} s) + plain executemany of the {bound_rows:,} rows their inserts "
        f"create into the store's own tables ({insert_s:.1f} s),\n"
        f"        no change log, merge, updates, triggers or summaries: {bound_rate:9,.0f} changes/s = "
        f"{bound_rate / floor_rate:.2f}x the floor;\n"
        f"        with the change log the import must also keep (the floor's own inserts): {ceiling:9,.0f} changes/s "
        f"= {ceiling / floor_rate:.2f}x the floor, the most any import into this schema can reach"
    )
    note = "; it also saw this run's generator workers" if syncset.built_now else ""
    print(
        f"peak memory of the import: {peak_mb:.0f} MB  (target <= {TARGET_MB} MB: {_verdict(peak_mb <= TARGET_MB)})\n"
        f"  ru_maxrss of the import child, read in the child at exit (RUSAGE_SELF); {base_mb:.0f} MB before "
        f"import_paths was called; parent's RUSAGE_CHILDREN after waiting: {children_mb:.0f} MB{note}"
    )
    print(
        f"bundle size: {per_change:.1f} bytes/change ({bundle_bytes / 1e6:.1f} MB of .fkb: signed manifest, "
        f"gzip payload encrypted)\n"
        f"  gzipped CSV of the same rows, 7 columns, gzip level 6: {per_change_csv:.1f} bytes/change "
        f"({csv_gz / 1e6:.1f} MB; plain CSV {csv_plain / changes:.0f} bytes/change)\n"
        f"  bundle / gzipped CSV: {per_change / per_change_csv:.2f}x  (no numeric target; "
        f"{'not larger than' if per_change <= per_change_csv else 'LARGER than'} the CSV)"
    )


def profile(bundles: int) -> None:
    """cProfile of import_paths over the first ``bundles`` bundles, in this process."""
    import cProfile
    import pstats

    from fieldkit.store.open import open_store
    from fieldkit.sync.exchange import import_paths

    syncset = build_bundles()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    paths = prepare_coordinator(WORK / "coordinator", syncset)
    subset = WORK / "subset"
    subset.mkdir()
    for f in syncset.files[:bundles]:
        (subset / f.name).symlink_to(f)
    store = open_store(paths)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    results = import_paths(store, [subset])
    profiler.disable()
    seconds = time.perf_counter() - started
    store.close()
    changes = sum(r.changes for r in results)
    print(f"{len(results)} bundles, {changes:,} changes in {seconds:.1f} s under cProfile ({changes / seconds:,.0f}/s)")
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(35)
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--profile"]:
        profile(int(sys.argv[2]) if len(sys.argv) > 2 else 20)
    else:
        run()
