"""A connection cut mid-transfer loses nothing and duplicates nothing: the hub process is killed
(SIGKILL) while a laptop pushes a large backlog in small chunks, and again while a coordinator pulls
it; the hub restarts on the same database and the next round completes. The hub then holds each
(origin, seq) exactly once, at consecutive positions, and the coordinators' exports agree with the
laptop's records."""

from __future__ import annotations

import datetime as dt
import threading
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from fieldkit.hub import db
from fieldkit.services import attendance, events, participants
from fieldkit.services.export import canonical_records
from fieldkit.store.engine import raw_connection
from fieldkit.sync.remote import hub_round

if TYPE_CHECKING:  # the fixtures' classes (tests/hub/conftest.py); test modules cannot import it
    from conftest import Device, HubServer

PEOPLE = 60
CHUNK = 10


def backlog(device: Device) -> int:
    """Weeks offline: many people, an event and their check-ins; the number of changes it made."""
    with device.store() as store:
        participants.create_participants(
            store, ({"name": f"Şəxs {n}", "sex": "female", "consent": True} for n in range(PEOPLE))
        )
        event = events.create_event(store, title="Böyük seminar", kind="workshop", start_date=dt.date(2026, 12, 3))
        for person in participants.search_participants(store, "", limit=None):
            attendance.check_in(store, event.id, person.id)
        with store.read() as session:
            own = (
                raw_connection(session)
                .execute("SELECT COUNT(*) FROM change_log WHERE origin = ?", (store.device_id,))
                .fetchone()[0]
            )
    assert own > 2 * PEOPLE
    return int(own)


class Cut:
    """A progress callback that kills the hub (from another thread, so the cut lands wherever the
    transfer is) once the round has moved ``after`` changes in the direction ``word``."""

    def __init__(self, hub: HubServer, word: str, after: int) -> None:
        self.hub, self.word, self.after = hub, word, after
        self.killer: threading.Thread | None = None

    def __call__(self, text: str) -> None:
        if self.killer is None and text.startswith(self.word) and int(text.split("(")[1].split()[0]) >= self.after:
            self.killer = threading.Thread(target=self.hub.kill)
            self.killer.start()

    def restart(self) -> None:
        assert self.killer is not None, "the hub was never cut"
        self.killer.join()
        self.hub.start()


def round_with(device: Device, hub: HubServer, **kwargs: Any) -> Any:
    with device.store() as store:
        return hub_round(store, hub.url, push_chunk=CHUNK, pull_chunk=CHUNK, **kwargs)


def hub_rows(hub: HubServer) -> tuple[list[tuple[str, int, int]], dict[str, int]]:
    engine = hub.engine()
    try:
        with engine.connect() as conn:
            c = db.changes.c
            repeated = conn.execute(
                select(c.origin, c.seq, func.count()).group_by(c.origin, c.seq).having(func.count() > 1)
            ).all()
            positions = [int(p) for (p,) in conn.execute(select(c.position).order_by(c.position))]
            per_origin = dict(conn.execute(select(c.origin, func.count()).group_by(c.origin)).all())
            contiguous = dict(conn.execute(select(db.origins.c.origin, db.origins.c.contiguous)).all())
            last = conn.execute(select(db.state.c.last_position)).scalar_one()
    finally:
        engine.dispose()
    assert repeated == [], f"the hub holds some (origin, seq) more than once: {repeated[:5]}"
    assert positions == list(range(1, len(positions) + 1)) and last == len(positions), "positions have holes"
    return per_origin, {o: int(n) for o, n in contiguous.items()}


def test_killing_the_hub_mid_transfer_loses_and_duplicates_nothing(hub: HubServer) -> None:
    laptop = hub.device("Qazax-2")
    desk, steady = hub.device("Baku-HQ", "coordinator"), hub.device("Gəncə-HQ", "coordinator")
    made = backlog(laptop)

    # cut while pushing
    cut = Cut(hub, "Sending", 3 * CHUNK)
    first = round_with(laptop, hub, progress=cut)
    assert not first.ok and first.code == "offline", first
    assert 3 * CHUNK <= first.pushed < made
    cut.restart()
    second = round_with(laptop, hub)
    assert second.ok, second.message
    assert second.pushed <= made - first.pushed + CHUNK  # it resumed: at most the chunk in flight again
    per_origin, contiguous = hub_rows(hub)
    officer = laptop.device_id
    assert per_origin[officer] == made and contiguous[officer] == made

    # cut while pulling
    cut = Cut(hub, "Receiving", 3 * CHUNK)
    first = round_with(desk, hub, progress=cut)
    assert not first.ok and first.code == "offline", first
    assert 3 * CHUNK <= first.pulled < made
    cut.restart()
    second = round_with(desk, hub)
    assert second.ok, second.message
    assert second.pulled <= made - first.pulled + CHUNK
    with steady.store() as store:  # a coordinator that saw no cut, in one go
        assert hub_round(store, hub.url).ok
    for device in (desk, steady, laptop):  # and a last round each: nothing left to move
        last = round_with(device, hub)
        assert last.ok and last.pulled == 0 and last.pushed == 0, (device.name, last)

    hub_rows(hub)
    assert desk.canonical() == steady.canonical()
    with laptop.store() as store:
        own = {t["table"]: t["rows"] for t in canonical_records(store)}
    with desk.store() as store:
        central = {t["table"]: t["rows"] for t in canonical_records(store)}
    for table in ("participants", "attendance"):
        assert central[table] == own[table] and len(own[table]) == PEOPLE, table
