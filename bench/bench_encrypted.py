"""The import and report benchmarks on an encrypted (SQLCipher) store beside the same on a plain store,
in the same run. Target: the encrypted store at most 1.3x slower than the plain one.

* Import: a coordinator imports the first ``IMPORT_BUNDLES`` of the sync benchmark's 100 cached bundles
  (``bench/syncgen.py``; 30 bundles, 300,000 changes, to keep the run short: the import rate is steady
  past the first few bundles, see ``bench_sync_import.py``; ``--full`` takes all 1,000,000). Both
  coordinators are made by ``syncgen.prepare_coordinator``; the encrypted one is then converted by the
  real ``store encrypt`` code (``fieldkit.store.encrypt.encrypt_store``). Each import runs in a child
  process and is timed there around ``import_paths`` alone, as in ``bench_sync_import.py``; the
  encrypted child unwraps its key first (not timed). Plain and encrypted runs alternate, ``IMPORT_RUNS``
  of each on fresh stores; the median of each is compared.
* Reports: the report benchmark's store (``bench_reports.build_store``: 1,000,000 stock movements,
  200,000 check-ins, cached) and an encrypted copy of it (``sqlcipher_export`` under a key from
  ``store.keys``); ``fieldkit.services.reports.build_report`` (every indicator), with no filters, on an
  open ``Store`` for each, after one warm-up; ``REPORT_RUNS`` runs interleaved, medians compared.

``uv run python bench/bench_encrypted.py [--full]``
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from syncgen import CACHE, SyncSet, build_bundles, prepare_coordinator

TARGET = 1.3
IMPORT_BUNDLES = 30
IMPORT_RUNS = 2
REPORT_RUNS = 5
PASSPHRASE = "bench passphrase, not a secret"
WORK = CACHE.parent / "encrypted"

CHILD = """
import json, os, resource, sys, time
from pathlib import Path
from fieldkit.config import Paths
from fieldkit.store import keys
from fieldkit.store.open import open_store
from fieldkit.sync.exchange import import_paths

paths = Paths(Path(sys.argv[1]))
secret = os.environ.get("FIELDKIT_BENCH_PASSPHRASE")
key = keys.unlock(paths, secret) if secret else None
store = open_store(paths, key=key)
started = time.perf_counter()
results = import_paths(store, [Path(sys.argv[2])])
seconds = time.perf_counter() - started
store.close()
print(json.dumps({
    "seconds": seconds,
    "changes": sum(r.changes for r in results),
    "imported": sum(r.status == "imported" for r in results),
    "rss_peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}))
"""


def _verdict(ratio: float) -> str:
    return "met" if ratio <= TARGET else "NOT MET"


def _subset(syncset: SyncSet, count: int) -> Path:
    folder = WORK / f"bundles-{count}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for bundle in syncset.files[:count]:
        (folder / bundle.name).symlink_to(bundle)
    return folder


def _coordinator(syncset: SyncSet, name: str, encrypted: bool) -> Path:
    from fieldkit.services.export import canonical_export
    from fieldkit.store.encrypt import encrypt_store

    paths = prepare_coordinator(WORK / name, syncset)
    if encrypted:
        encrypt_store(paths, PASSPHRASE, canonical_export)
    return paths.data_dir


def _import(data_dir: Path, bundles: Path, encrypted: bool) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "FIELDKIT_BENCH_PASSPHRASE"}
    if encrypted:
        env["FIELDKIT_BENCH_PASSPHRASE"] = PASSPHRASE
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), str(bundles)], capture_output=True, text=True, env=env, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"the import process failed:\n{proc.stderr[-4000:]}")
    report: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return report


def import_benchmark(full: bool) -> float:
    from fieldkit.store import cipher

    syncset = build_bundles()
    count = len(syncset.files) if full else IMPORT_BUNDLES
    bundles = _subset(syncset, count)
    times: dict[bool, list[float]] = {False: [], True: []}
    changes = 0
    for run in range(IMPORT_RUNS):
        for encrypted in (False, True):
            data_dir = _coordinator(syncset, f"coordinator-{run}-{'enc' if encrypted else 'plain'}", encrypted)
            assert cipher.is_encrypted(data_dir / "fieldkit.db") == encrypted
            report = _import(data_dir, bundles, encrypted)
            if report["imported"] != count:
                raise RuntimeError(f"only {report['imported']} of {count} bundles were imported")
            changes = int(report["changes"])
            times[encrypted].append(float(report["seconds"]))
            size = sum(p.stat().st_size for p in data_dir.glob("fieldkit.db*")) / 1e6
            print(
                f"  run {run + 1} {'encrypted' if encrypted else 'plain    '}: {report['seconds']:6.1f} s "
                f"({changes / report['seconds']:8,.0f} changes/s; store {size:.0f} MB; "
                f"peak memory {int(report['rss_peak_kb']) / 1024:.0f} MB)",
                flush=True,
            )
            shutil.rmtree(data_dir, ignore_errors=True)
    plain, enc = statistics.median(times[False]), statistics.median(times[True])
    ratio = enc / plain
    what = "all 100 bundles" if full else f"the first {count} of 100 bundles (a 300k subset of the 1M set)"
    print(f"import of {what}, {changes:,} changes, median of {IMPORT_RUNS} fresh coordinators each:")
    print(f"  plain store     {plain:6.1f} s  {changes / plain:9,.0f} changes/s")
    print(f"  encrypted store {enc:6.1f} s  {changes / enc:9,.0f} changes/s")
    print(f"  encrypted / plain: {ratio:.2f}x  (target <= {TARGET}x: {_verdict(ratio)})", flush=True)
    shutil.rmtree(bundles, ignore_errors=True)
    return ratio


def _encrypted_copy(plain_dir: Path, target: Path) -> tuple[Any, bytes]:
    """A copy of the report store's data directory whose store is encrypted (sqlcipher_export)."""
    from fieldkit.config import Paths
    from fieldkit.store import cipher, keys

    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in ("device.json", "device.key", "settings.json"):
        if (plain_dir / name).exists():
            shutil.copy2(plain_dir / name, target / name)
    paths = Paths(target)
    new = keys.create_keys(paths, PASSPHRASE)
    con = cipher.dbapi().connect(str(plain_dir / "fieldkit.db"), isolation_level=None)
    try:
        cipher.export_plain_to_encrypted(con, paths.store, new.key)
    finally:
        con.close()
    return paths, new.key


def _rss_mb() -> float:
    """This process's resident memory now (not its peak), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def report_benchmark() -> float | None:
    try:
        from bench_reports import build_store

        from fieldkit.services.reports import build_report
    except ImportError as exc:
        print(f"reports: skipped ({exc}); the report service or its benchmark store is not in this checkout")
        return None
    from fieldkit.store import cipher
    from fieldkit.store.open import open_store

    started = time.perf_counter()
    plain_paths = build_store()
    enc_paths, key = _encrypted_copy(plain_paths.data_dir, WORK / "reports-encrypted")
    print(f"  report stores ready in {time.perf_counter() - started:.1f} s", flush=True)
    rss_before = _rss_mb()
    stores = {False: open_store(plain_paths), True: open_store(enc_paths, key=key)}
    times: dict[bool, list[float]] = {False: [], True: []}
    try:
        for encrypted in (False, True):
            build_report(stores[encrypted])  # warm-up: caches, statements
        for _ in range(REPORT_RUNS):
            for encrypted in (False, True):
                started = time.perf_counter()
                report = build_report(stores[encrypted])
                times[encrypted].append(time.perf_counter() - started)
                assert report.indicators
        rss_after = _rss_mb()
    finally:
        for store in stores.values():
            store.close()
    plain, enc = statistics.median(times[False]) * 1000, statistics.median(times[True]) * 1000
    ratio = enc / plain
    print(f"reports: build_report (every indicator, no filters), median of {REPORT_RUNS}:")
    print(f"  plain store     {plain:7.0f} ms")
    print(f"  encrypted store {enc:7.0f} ms")
    print(f"  encrypted / plain: {ratio:.2f}x  (target <= {TARGET}x: {_verdict(ratio)})", flush=True)
    print(
        f"  memory: this process grew by {rss_after - rss_before:.0f} MB with both stores open and reported "
        f"on (the encrypted connection keeps up to {cipher.CACHE_KIB // 1024} MiB of decrypted pages; "
        "the plain store's pages stay in the operating system's file cache instead)"
    )
    shutil.rmtree(WORK / "reports-encrypted", ignore_errors=True)
    return ratio


def run(full: bool = False) -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    import_benchmark(full)
    report_benchmark()
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    run(full="--full" in sys.argv[1:])
