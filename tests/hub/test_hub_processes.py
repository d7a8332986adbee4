"""Two hub processes on one database: laptops push through either at the same time while a coordinator
pulls from the other, round after round. Positions are handed out under the hub_state row lock, so
nothing is lost (no pull skips a change committed later with a lower position) and nothing is stored
twice. On PostgreSQL (row locks) and on SQLite (BEGIN IMMEDIATE)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import func, select

from fieldkit.hub import db
from fieldkit.services import participants
from fieldkit.services.export import canonical_records
from fieldkit.store.open import open_store
from fieldkit.sync.remote import RoundResult, hub_round

if TYPE_CHECKING:  # the fixtures' classes (tests/hub/conftest.py)
    from .conftest import Device, HubServer

LAPTOPS = 4
ROUNDS = 3
PEOPLE = 12  # per laptop and round


@pytest.fixture
def two_hubs(hub: HubServer, make_hub: type[HubServer], tmp_path: Path) -> Iterator[tuple[HubServer, HubServer]]:
    """``hub`` and a second process on the same database (``hub init`` there keeps the identity)."""
    second = make_hub(hub.db_url, tmp_path)
    try:
        second.start()
        yield hub, second
    finally:
        second.stop()


def test_two_hub_processes_lose_and_duplicate_nothing(two_hubs: tuple[HubServer, HubServer]) -> None:
    first, second = two_hubs
    assert first.hub_id() == second.hub_id()
    laptops = [first.device(f"Laptop-{n}") for n in range(LAPTOPS)]
    desk = first.device("Baku-HQ", "coordinator")
    failures: list[str] = []
    stop = threading.Event()

    def laptop_work(device: Device, via: HubServer) -> None:
        store = open_store(device.paths)
        try:
            for round_no in range(ROUNDS):
                people = (
                    {"name": f"{device.name} {round_no}-{n}", "sex": "female", "consent": True} for n in range(PEOPLE)
                )
                participants.create_participants(store, people)
                result = hub_round(store, via.url, push_chunk=5, pull_chunk=50)
                if not result.ok:
                    failures.append(f"{device.name}: {result.message}")
        finally:
            store.close()

    def coordinator_work() -> None:
        store = open_store(desk.paths)
        try:
            while not stop.is_set():  # pulls from the other process while the pushes go on
                result: RoundResult = hub_round(store, second.url, pull_chunk=7)
                if not result.ok:
                    failures.append(f"coordinator: {result.message}")
        finally:
            store.close()

    workers = [
        threading.Thread(target=laptop_work, args=(device, (first, second)[n % 2])) for n, device in enumerate(laptops)
    ]
    puller = threading.Thread(target=coordinator_work)
    for thread in (*workers, puller):
        thread.start()
    for thread in workers:
        thread.join()
    stop.set()
    puller.join()
    assert failures == []

    engine = first.engine()
    try:
        with engine.connect() as conn:
            c = db.changes.c
            positions = [int(p) for (p,) in conn.execute(select(c.position).order_by(c.position))]
            repeated = conn.execute(select(c.origin, c.seq).group_by(c.origin, c.seq).having(func.count() > 1)).all()
    finally:
        engine.dispose()
    assert repeated == [] and positions == list(range(1, len(positions) + 1))

    with desk.store() as store:
        assert hub_round(store, first.url).ok  # the last changes, if the puller stopped before them
        central = {
            r["id"]: r for r in next(t["rows"] for t in canonical_records(store) if t["table"] == "participants")
        }
    for device in laptops:
        with device.store() as store:
            own = next(t["rows"] for t in canonical_records(store) if t["table"] == "participants")
        assert len(own) == ROUNDS * PEOPLE
        assert all(central.get(row["id"]) == row for row in own), (
            f"the coordinator lacks some of {device.name}'s people"
        )
    assert len(central) == LAPTOPS * ROUNDS * PEOPLE
