"""Issue 4, "Crashes": a real ``fieldkit sync import`` process is killed with SIGKILL at random points,
at least 20 times. Each time, the store opens, ``PRAGMA integrity_check`` is ok, every bundle is in the
store completely or not at all, and running the import again to the end gives the same canonical export
as a clean import.

Four laptops each send one encrypted bundle of 3,510 changes (events, named participants, check-ins).
Before each run the coordinator is put back to its state before the import (its files, in the same
folder, so it is the same device). The import that finishes the job runs in-process, through the same
``fieldkit.cli.main`` as the process, to save a start-up per run.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from fieldkit.store.ids import attendance_id
from fieldkit.store.models import Attendance, Event, Participant
from fieldkit.store.open import open_store
from fieldkit.sync.importer import GROUP_ENV

if TYPE_CHECKING:
    from conftest import Device, Lab

LAPTOPS = ("Qazax-2", "Şəki-1", "Lənkəran-3", "Gəncə-4")
EVENTS, PEOPLE, VISITS = 10, 700, 4  # per laptop: 10 + 700 + 700 × 4 = 3,510 changes
KILLS = 20
SEED = 4_2026
ENV = {k: v for k, v in os.environ.items() if k not in ("FIELDKIT_DATA_DIR", GROUP_ENV)}


@dataclass(frozen=True)
class Sent:
    path: Path
    bundle_id: str
    origin: str
    changes: int


@dataclass(frozen=True)
class Batch:
    coordinator: Device
    before_import: Path  # a copy of the coordinator's files before any import
    bundles: list[Sent]
    reference: bytes = b""  # the canonical export after a clean, in-process import
    full_run: subprocess.CompletedProcess[str] | None = None  # one real import process, run to the end
    full_seconds: float = 0.0
    start_seconds: float = 0.0  # a real import process given an empty folder

    def put_back(self) -> None:
        """The coordinator as it was before the import: same files, same folder, same device."""
        shutil.rmtree(self.coordinator.data_dir)
        shutil.copytree(self.before_import, self.coordinator.data_dir)

    def command(self, *paths: Path) -> list[str]:
        """``fieldkit --data-dir COORDINATOR sync import PATHS...`` (by default, all the bundles)."""
        paths = paths or tuple(b.path for b in self.bundles)
        fieldkit = [sys.executable, "-m", "fieldkit", "--data-dir", str(self.coordinator.data_dir)]
        return [*fieldkit, "sync", "import", *map(str, paths)]


def record_a_month(laptop: Device, seed: int) -> None:
    """Events, consenting participants and their check-ins, written through the store as the app does."""
    rng = random.Random(seed)
    store = open_store(laptop.paths)
    try:
        with store.write() as session:
            events = [
                Event(
                    kind=rng.choice(["workshop", "round-table", "training"]),
                    pillar="prevention",
                    title=f"{laptop.name}: tədbir {n}",
                    start_date=dt.date(2026, 10, 1) + dt.timedelta(days=n),
                    end_date=dt.date(2026, 10, 1) + dt.timedelta(days=n),
                    partner_agency_ids=[],
                    status="held",
                )
                for n in range(EVENTS)
            ]
            session.add_all(events)
            session.flush()
            people = [
                Participant(
                    name=f"{rng.choice(['Aysel', 'Rəşad', 'Günay', 'İlham'])} {rng.choice(['Əliyeva', 'Quliyev'])} {n}",
                    sex=rng.choice(["female", "male"]),
                    age_band=rng.choice(["18-24", "25-34", "35-49"]),
                    consent_date=dt.date(2026, 10, 1),
                    consent_text_version="2026-1",
                )
                for n in range(PEOPLE)
            ]
            session.add_all(people)
            session.flush()
            session.add_all(
                Attendance(id=attendance_id(e.id, p.id), event_id=e.id, participant_id=p.id, role="participant")
                for p in people
                for e in rng.sample(events, VISITS)
            )
    finally:
        store.close()


def timed_run(command: list[str]) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=ENV, timeout=120, check=False)
    return done, time.perf_counter() - started


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory, make_lab: type[Lab]) -> Batch:
    root = tmp_path_factory.mktemp("crash")
    lab = make_lab(root / "lab")
    coordinator = lab.coordinator()
    usb = root / "usb"
    sent = []
    for n, name in enumerate(LAPTOPS):
        laptop = lab.officer(name, enrolled_with=coordinator)
        record_a_month(laptop, seed=n)
        path = laptop.sync_export(usb)
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
        sent.append(Sent(path, manifest["bundle_id"], laptop.device_id, manifest["changes"]))
    assert [s.changes for s in sent] == [EVENTS + PEOPLE * (1 + VISITS)] * len(LAPTOPS)
    shutil.copytree(coordinator.data_dir, root / "coordinator-before-import")
    setup = Batch(coordinator, root / "coordinator-before-import", sent)

    clean = coordinator.sync_import(*(s.path for s in sent))
    assert clean.code == 0, clean
    assert [b["status"] for b in clean.data["bundles"]] == ["imported"] * len(LAPTOPS)
    reference = coordinator.canonical()

    setup.put_back()
    (root / "empty-usb").mkdir()
    _, start_seconds = timed_run(setup.command(root / "empty-usb"))
    setup.put_back()
    full_run, full_seconds = timed_run(setup.command())
    return Batch(coordinator, setup.before_import, sent, reference, full_run, full_seconds, start_seconds)


def test_a_real_import_process_run_to_the_end_matches_the_clean_import(batch: Batch) -> None:
    assert batch.full_run is not None and batch.full_run.returncode == 0, batch.full_run
    assert batch.full_run.stdout.count("IMPORTED") == len(LAPTOPS)
    assert batch.coordinator.canonical() == batch.reference


def bundles_held(batch: Batch) -> list[str]:
    """Opens the store as the next run of Field Kit would, checks it, and says which bundles it holds.

    Each bundle must be there completely (its changes, its records, its place in the version vector and
    its log entry) or not at all."""
    store = open_store(batch.coordinator.paths)
    try:
        assert store.identity_problem is None
        held = []
        with store.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
            for sent in batch.bundles:
                logged = session.execute(
                    text("SELECT status FROM sync_bundles WHERE bundle_id = :id"), {"id": sent.bundle_id}
                ).scalar()
                changes = session.execute(
                    text("SELECT COUNT(*) FROM change_log WHERE origin = :o"), {"o": sent.origin}
                ).scalar()
                people = session.execute(
                    text("SELECT COUNT(*) FROM participants WHERE origin = :o"), {"o": sent.origin}
                ).scalar()
                vector = session.execute(
                    text("SELECT contiguous FROM sync_origins WHERE origin = :o"), {"o": sent.origin}
                ).scalar()
                state = (logged, changes, people, vector or 0)
                assert state in ((None, 0, 0, 0), ("imported", sent.changes, PEOPLE, sent.changes)), (
                    sent.path.name,
                    state,
                )
                if logged:
                    held.append(sent.path.name)
        return held
    finally:
        store.close()


def _bundles_committed(batch: Batch) -> int:
    try:
        con = sqlite3.connect(f"file:{batch.coordinator.paths.store}?mode=ro", uri=True, timeout=0.05)
        try:
            return int(con.execute("SELECT COUNT(*) FROM sync_bundles WHERE status = 'imported'").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def kill_at(batch: Batch, delay: float, *, grouped: bool, after_bundles: int = 0) -> int:
    """Start the import, SIGKILL it after ``delay`` seconds unless it ended first; its exit status.

    ``grouped``: bundles share commits as they do by default; otherwise each bundle commits alone
    (``FIELDKIT_IMPORT_GROUP_CHANGES=1``), so that kills also land between two committed bundles.
    ``after_bundles``: instead of a delay, kill as soon as that many bundles are committed (the
    store is watched), so some kills land between bundles however fast or loaded the machine is."""
    env = ENV if grouped else {**ENV, GROUP_ENV: "1"}
    process = subprocess.Popen(batch.command(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        if after_bundles:
            deadline = time.monotonic() + 60
            while process.poll() is None and time.monotonic() < deadline:
                if _bundles_committed(batch) >= after_bundles:
                    break
                time.sleep(0.002)
        else:
            time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        return process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_an_import_killed_at_random_points_leaves_a_sound_store_that_finishes_the_same(batch: Batch) -> None:
    """The delays are seeded: a third anywhere from a few milliseconds to the normal duration of the
    whole process, the rest between its start-up and its end, where the bundles are applied. Every
    other run makes each bundle commit alone, and every fourth kills right after the n-th bundle is
    committed (recorded with a negative delay, -n), so kills land between committed bundles too."""
    rng = random.Random(SEED)
    runs: list[tuple[float, int, int]] = []  # (delay, exit status, bundles held afterwards)
    kills = 0
    while kills < KILLS and len(runs) < 2 * KILLS:
        batch.put_back()
        low = 0.005 if len(runs) % 3 == 0 else batch.start_seconds
        delay = rng.uniform(low, batch.full_seconds)
        # every fourth run: right after a bundle was committed, whatever the timing
        after = rng.randint(1, len(LAPTOPS) - 1) if len(runs) % 4 == 2 else 0
        status = kill_at(batch, delay, grouped=len(runs) % 2 == 1 and not after, after_bundles=after)
        delay = -after if after else delay
        held = bundles_held(batch)
        runs.append((round(delay, 3), status, len(held)))
        where = f"run {len(runs)} (delay, exit status, bundles held): {runs}"
        assert status in (-signal.SIGKILL, 0), where
        kills += status == -signal.SIGKILL

        again = batch.coordinator.sync_import(*(s.path for s in batch.bundles))
        outcome = {Path(r["path"]).name: (r["status"], r["code"]) for r in again.data["bundles"]}
        expected = {
            s.path.name: ("rejected", "replayed") if s.path.name in held else ("imported", None) for s in batch.bundles
        }
        assert outcome == expected, where
        assert again.code == (1 if held else 0), where
        assert batch.coordinator.canonical() == batch.reference, where

    killed = [held for _, status, held in runs if status == -signal.SIGKILL]
    assert kills >= KILLS, f"only {kills} of {len(runs)} runs were killed before they ended: {runs}"
    assert 0 in killed, runs  # some kills came before the first bundle was in
    assert any(0 < held < len(LAPTOPS) for held in killed), runs  # and some between bundles
