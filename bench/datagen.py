"""Synthetic stores for the benchmarks, built through the real store (change capture included), and
cached in ``bench/.cache`` so repeated runs skip the build."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import time
from pathlib import Path

from sqlalchemy import select

from fieldkit.config import Paths
from fieldkit.services.reference import load_reference
from fieldkit.store.engine import Store
from fieldkit.store.ids import attendance_id
from fieldkit.store.migrate import SCHEMA_HEAD
from fieldkit.store.models import Attendance, Event, Location, Material, Participant, StockMovement
from fieldkit.store.open import initialise_device, open_store

CACHE = Path(__file__).resolve().parent / ".cache"
FIRST = ["Aysel", "Leyla", "Günay", "Nigar", "Səbinə", "İlham", "Rəşad", "Orxan", "Elçin", "Tural", "Şəbnəm"]
LAST = ["Əliyeva", "Məmmədov", "Həsənova", "Quliyev", "İsmayılova", "Hüseynov", "Cəfərova", "Babayev"]


def build_store(target: Path, *, attendance: int, movements: int, seed: int = 7) -> Paths:
    """A store holding ``attendance`` check-ins and ``movements`` stock movements."""
    marker = target / f"ready-{SCHEMA_HEAD}-{attendance}-{movements}"
    paths = Paths(target / "data")
    if marker.exists():
        return paths
    shutil.rmtree(target, ignore_errors=True)
    rng = random.Random(seed)
    started = time.perf_counter()
    store = open_store(paths, create=True)
    try:
        initialise_device(store, "Bench laptop", "officer")
        load_reference(store)
        _fill(store, rng, attendance, movements)
    finally:
        store.close()
    marker.write_text(f"built in {time.perf_counter() - started:.1f} s\n")
    return paths


def _fill(store: Store, rng: random.Random, attendance: int, movements: int) -> None:
    with store.read() as session:
        places = list(session.scalars(select(Location.id).where(Location.kind != "economic-region")))
    events_n = max(1, attendance // 50)
    people_n = max(1, attendance // 5)
    event_ids: list[str] = []
    with store.write() as session:
        for i in range(events_n):
            start = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(700))
            event = Event(
                kind=rng.choice(["round-table", "workshop", "training", "awareness-session"]),
                pillar="prevention",
                title=f"Tədbir {i}",
                start_date=start,
                end_date=start,
                location_id=rng.choice(places),
                partner_agency_ids=[],
                status="held",
            )
            session.add(event)
            session.flush()
            event_ids.append(event.id)
    person_ids: list[str] = []
    for chunk in range(0, people_n, 5000):
        with store.write() as session:
            batch = [
                Participant(
                    name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}",
                    sex=rng.choice(["female", "male"]),
                    age_band=rng.choice(["18-24", "25-34", "35-49", "50+"]),
                    consent_date=dt.date(2025, 5, 1),
                    consent_text_version="2026-1",
                )
                for n in range(chunk, min(people_n, chunk + 5000))
            ]
            session.add_all(batch)
            session.flush()
            person_ids.extend(p.id for p in batch)
    pairs: set[tuple[str, str]] = set()
    while len(pairs) < attendance:
        pairs.add((rng.choice(event_ids), rng.choice(person_ids)))
    ordered = sorted(pairs)
    for chunk in range(0, len(ordered), 10000):
        with store.write() as session:
            session.add_all(
                Attendance(id=attendance_id(e, p), event_id=e, participant_id=p, role="participant")
                for e, p in ordered[chunk : chunk + 10000]
            )
    with store.write() as session:
        material_ids = []
        for m in range(20):
            row = Material(code=f"BENCH-{m:02d}", kind="leaflet", title_az=f"Vərəqə {m}", languages="az")
            row.id = f"00000000-0000-7000-8000-{m:012d}"
            session.add(row)
            material_ids.append(row.id)
    for chunk in range(0, movements, 10000):
        with store.write() as session:
            rows = []
            for _ in range(chunk, min(movements, chunk + 10000)):
                when = dt.datetime(2025, 1, 1) + dt.timedelta(minutes=rng.randrange(1_000_000))
                kind, qty = (
                    ("receipt", rng.randrange(100, 1000)) if rng.random() < 0.2 else ("handout", -rng.randrange(1, 40))
                )
                rows.append(
                    StockMovement(
                        kind=kind,
                        material_id=rng.choice(material_ids),
                        location_id=rng.choice(places),
                        quantity=qty,
                        occurred_at=when.isoformat() + "+04:00",
                    )
                )
            session.add_all(rows)
