"""Convergence: whatever happens to the bundles on the way, every store ends up agreeing.

A Hypothesis state machine drives two officer laptops, a coordinator and a second coordinator that
relays. It makes random edits, deletes and restores (often to the same records, so they conflict),
exports bundles, loses some, delivers others twice or out of order, crashes imports halfway, and jumps
the laptops' clocks back and forth. After a final exchange, both coordinators' canonical exports are
byte-identical, and each laptop holds exactly the reference scope plus its own records.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from fieldkit.config import Paths
from fieldkit.services import attendance, events, helplines, locations, materials, participants, stock
from fieldkit.services.export import canonical_export, canonical_records
from fieldkit.services.reference import load_reference
from fieldkit.store.engine import Store
from fieldkit.store.hlc import Clock, wall_millis
from fieldkit.store.open import initialise_device, open_store
from fieldkit.store.sync_models import SyncPeer
from fieldkit.sync import vector
from fieldkit.sync.exchange import REFERENCE_TABLES, export_bundle, import_one
from fieldkit.sync.keys import ensure_box_key
from fieldkit.sync.trust import accept_enrolment, now_iso, write_enrolment

OFFICERS = ("officer-a", "officer-b")
COORDINATORS = ("coord-1", "coord-2")
PLACES = ("AZ-QAZ", "AZ-AGA", "AZ-SAD")
NAMES = ("Leyla Həsənova", "Aysel Quliyeva", "Rəşad İsmayılov", "Işıq Məmmədova")
HOUR = 3_600_000

DEVICE_FILES = ("fieldkit.db", "device.json", "device.key", "device-box.key", "settings.json")
_root: Path | None = None


def devices() -> Path:
    """Four set-up devices that trust each other, made once. Each example starts by putting back their
    files (store and key files together, so it is the same device, not a restored backup)."""
    global _root
    if _root is None:
        root = Path(tempfile.mkdtemp(prefix="fieldkit-sync-"))
        template = Paths(root / "template")
        store = open_store(template, create=True)
        load_reference(store)
        store.close()
        opened = {}
        for name in (*OFFICERS, *COORDINATORS):
            paths = Paths(root / name)
            paths.data_dir.mkdir()
            shutil.copyfile(template.store, paths.store)
            store = open_store(paths)
            initialise_device(store, name, "coordinator" if name in COORDINATORS else "officer")
            ensure_box_key(store)
            opened[name] = store
        enrolment = write_enrolment(opened["coord-1"], root / "enrolment.json")
        for a, store in opened.items():
            if a in OFFICERS:
                accept_enrolment(store, enrolment)  # the laptops enrolled with coord-1 ...
            for b, other in opened.items():
                if a != b and (a in COORDINATORS or b in COORDINATORS) and not (a in OFFICERS and b == "coord-1"):
                    pin(store, other)  # ... and everyone else trusts each other as 'trust approve' would
        for name, store in opened.items():
            store.close()
            snapshot = root / "snapshots" / name
            snapshot.mkdir(parents=True)
            for file in DEVICE_FILES:
                if (root / name / file).exists():
                    shutil.copy2(root / name / file, snapshot / file)
        _root = root
    return _root


def reset(root: Path, name: str) -> Paths:
    directory = root / name
    for extra in ("fieldkit.db-wal", "fieldkit.db-shm"):
        (directory / extra).unlink(missing_ok=True)
    for file in DEVICE_FILES:
        source = root / "snapshots" / name / file
        if source.exists():
            shutil.copy2(source, directory / file)
    return Paths(directory)


def pin(store: Store, other: Store) -> None:
    """Trust another device's keys, as enrolment or 'trust approve' would."""
    device = other.device
    assert device is not None
    with store.write(sync_apply=True) as session:
        session.add(
            SyncPeer(
                device_id=device.device_id,
                name=device.name,
                role=device.role,
                sign_key=device.public_key,
                box_key=device.box_public_key,
                status="trusted",
                acked={},
                first_seen=now_iso(),
            )
        )


class Field(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        root = devices()
        self.root = Path(tempfile.mkdtemp(prefix="fieldkit-mail-"))
        self.stores: dict[str, Store] = {}
        self.offsets: dict[str, int] = {}
        for name in (*OFFICERS, *COORDINATORS):
            store = open_store(reset(root, name))
            assert store.identity_problem is None, store.identity_problem
            self.offsets[name] = 0
            store.clock = Clock(self._wall(name))
            self.stores[name] = store
        self.mail: list[tuple[str, Path]] = []  # (destination, bundle) in flight
        self.events: dict[str, list[str]] = {n: [] for n in self.stores}
        self.people: dict[str, list[str]] = {n: [] for n in self.stores}
        self.counter = 0
        self.crashes = 0

    def _wall(self, name: str):
        return lambda: wall_millis() + self.offsets[name]

    def teardown(self) -> None:
        for store in self.stores.values():
            store.close()
        shutil.rmtree(self.root, ignore_errors=True)

    # -- edits ----------------------------------------------------------------------------------
    @rule(who=st.sampled_from(OFFICERS + COORDINATORS), place=st.sampled_from(PLACES), day=st.integers(1, 28))
    def plan_event(self, who: str, place: str, day: int) -> None:
        self.counter += 1
        record = events.create_event(
            self.stores[who],
            title=f"Tədbir {self.counter}",
            kind="workshop",
            start_date=dt.date(2026, 12, day),
            location=place,
        )
        self.events[who].append(record.id)

    @rule(
        who=st.sampled_from(OFFICERS + COORDINATORS),
        pick=st.integers(0, 50),
        title=st.sampled_from(["A", "Ə", "İ"]),
        status=st.sampled_from(["planned", "held", "cancelled"]),
    )
    def edit_event(self, who: str, pick: int, title: str, status: str) -> None:
        known = [e.id for e in events.list_events(self.stores[who])]
        if known:
            events.edit_event(self.stores[who], known[pick % len(known)], title=f"{title} {pick}", status=status)

    @rule(who=st.sampled_from(OFFICERS + COORDINATORS), pick=st.integers(0, 50))
    def delete_event(self, who: str, pick: int) -> None:
        known = [e.id for e in events.list_events(self.stores[who])]
        if known:
            events.delete_event(self.stores[who], known[pick % len(known)])

    @rule(who=st.sampled_from(OFFICERS + COORDINATORS), pick=st.integers(0, 50))
    def restore_event(self, who: str, pick: int) -> None:
        """An explicit restore: a later 'deleted = False' wins over an earlier delete."""
        from fieldkit.store.models import Event

        store = self.stores[who]
        with store.write() as session:
            gone = [e for e in session.query(Event).filter(Event.deleted.is_(True)).order_by(Event.id)]
            if gone:
                gone[pick % len(gone)].deleted = False

    @rule(who=st.sampled_from(OFFICERS), name=st.sampled_from(NAMES), sex=st.sampled_from(["female", "male"]))
    def register_person(self, who: str, name: str, sex: str) -> None:
        record = participants.create_participant(self.stores[who], name=name, sex=sex, consent=True)
        self.people[who].append(record.id)

    @rule(
        who=st.sampled_from(OFFICERS + COORDINATORS),
        pick=st.integers(0, 50),
        position=st.sampled_from(["", "müəllim", "polis"]),
    )
    def edit_person(self, who: str, pick: int, position: str) -> None:
        known = participants.search_participants(self.stores[who], "", limit=None)
        if known:
            participants.edit_participant(self.stores[who], known[pick % len(known)].id, position=position)

    @rule(who=st.sampled_from(OFFICERS), pe=st.integers(0, 50), pp=st.integers(0, 50))
    def check_in(self, who: str, pe: int, pp: int) -> None:
        store = self.stores[who]
        known_events = [e.id for e in events.list_events(store)]
        people = [p.id for p in participants.search_participants(store, "", limit=None)]
        if known_events and people:
            attendance.check_in(store, known_events[pe % len(known_events)], people[pp % len(people)])

    @rule(
        who=st.sampled_from(OFFICERS + COORDINATORS),
        pe=st.integers(0, 50),
        count=st.integers(0, 40),
        sex=st.sampled_from(["female", "male"]),
    )
    def headcount(self, who: str, pe: int, count: int, sex: str) -> None:
        """The same cell set on several devices: a natural id, so the last set wins everywhere."""
        known = [e.id for e in events.list_events(self.stores[who])]
        if known:
            attendance.set_headcount(
                self.stores[who], known[pe % len(known)], group="Məktəb 5", sex=sex, age_band="0-17", count=count
            )

    @rule(
        who=st.sampled_from(COORDINATORS),
        code=st.sampled_from(["LF-01", "BR-02"]),
        title=st.sampled_from(["Vərəqə", "Buklet", "İş"]),
    )
    def catalogue(self, who: str, code: str, title: str) -> None:
        store = self.stores[who]
        if any(m.code == code for m in materials.list_materials(store, include_inactive=True)):
            materials.edit_material(store, code, title_az=title)
        else:
            materials.create_material(store, code=code, kind="leaflet", title_az=title)

    @rule(
        who=st.sampled_from(COORDINATORS),
        key=st.sampled_from(["AZ-QAZ", "GYD"]),
        name=st.sampled_from(["Qazax", "Qazax rayonu", "Bakı"]),
    )
    def rename_reference(self, who: str, key: str, name: str) -> None:
        """Coordinators correct shipped reference data; the correction must reach every laptop."""
        from fieldkit.store.models import Location

        store = self.stores[who]
        with store.write() as session:
            row = locations.find_location(session, key)
            assert isinstance(row, Location)
            row.name_en = name

    @rule(who=st.sampled_from(COORDINATORS), verified=st.booleans())
    def helpline(self, who: str, verified: bool) -> None:
        store = self.stores[who]
        existing = helplines.list_helplines(store)
        if not existing:
            helplines.add_helpline(store, label="Demo", number="+994120000000")
        elif verified:
            helplines.verify_helpline(store, existing[0].id, by=who)

    @rule(who=st.sampled_from(OFFICERS), qty=st.integers(1, 30), place=st.sampled_from(PLACES))
    def handout(self, who: str, qty: int, place: str) -> None:
        store = self.stores[who]
        if materials.list_materials(store):
            code = materials.list_materials(store)[0].code
            stock.record_movement(store, "receipt", code, qty * 2, place)
            stock.record_movement(store, "handout", code, qty, place)

    @rule(who=st.sampled_from(OFFICERS + COORDINATORS), hours=st.sampled_from([-48, -5, -1, 0, 3, 20]))
    def clock_jump(self, who: str, hours: int) -> None:
        """Laptop clocks get set wrong; within 24 h ahead nothing is quarantined, and HLCs stay monotone."""
        self.offsets[who] = hours * HOUR

    # -- exchange -------------------------------------------------------------------------------
    def _export(self, source: str, scope: str) -> Path:
        target = self.root / "out"
        target.mkdir(exist_ok=True)
        return export_bundle(self.stores[source], target, scope).path

    @rule(who=st.sampled_from(OFFICERS), lost=st.booleans())
    def officer_sends(self, who: str, lost: bool) -> None:
        path = self._export(who, "coordinator")
        if not lost:
            self.mail.append(("coord-1", path))

    @rule(source=st.sampled_from(COORDINATORS), lost=st.booleans())
    def coordinators_relay(self, source: str, lost: bool) -> None:
        path = self._export(source, "coordinator")
        other = "coord-2" if source == "coord-1" else "coord-1"
        if not lost:
            self.mail.append((other, path))

    @rule(source=st.sampled_from(COORDINATORS), who=st.sampled_from(OFFICERS), lost=st.booleans())
    def coordinator_sends_down(self, source: str, who: str, lost: bool) -> None:
        path = self._export(source, "officer")
        if not lost:
            self.mail.append((who, path))

    @precondition(lambda self: self.mail)
    @rule(pick=st.integers(0, 100), duplicate=st.booleans())
    def deliver(self, pick: int, duplicate: bool) -> None:
        """Any bundle in flight, in any order; sometimes a copy stays in flight and arrives again."""
        dest, path = self.mail[pick % len(self.mail)] if duplicate else self.mail.pop(pick % len(self.mail))
        result = import_one(self.stores[dest], path)
        assert result.ok or result.code == "replayed", result.message

    @precondition(lambda self: self.mail)
    @rule(pick=st.integers(0, 100))
    def crash_during_import(self, pick: int) -> None:
        """The import dies after applying changes but before committing: nothing of it may remain."""
        dest, path = self.mail[pick % len(self.mail)]
        store = self.stores[dest]
        before = canonical_export(store)
        if not import_one(store, path, dry_run=True).ok:
            return  # already imported here: a replay is refused before anything is applied

        def die(*_args: object, **_kwargs: object) -> None:
            raise KeyboardInterrupt("power cut")

        original = vector.advance
        vector.advance = die  # type: ignore[assignment]
        try:
            with pytest.raises(KeyboardInterrupt):
                import_one(store, path)
        finally:
            vector.advance = original  # type: ignore[assignment]
        assert canonical_export(store) == before
        self.crashes += 1

    # -- checks ---------------------------------------------------------------------------------
    @invariant()
    def hlc_is_monotone_on_every_device(self) -> None:
        for store in self.stores.values():
            with store.read() as session:
                raw = session.connection().connection.driver_connection
                rows = raw.execute(
                    "SELECT hlc FROM change_log WHERE origin = (SELECT device_id FROM local_device) ORDER BY seq"
                ).fetchall()
            stamps = [r[0] for r in rows]
            assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)

    def final_exchange(self) -> None:
        """One round in which every change can reach everyone: laptops up, the relay, then down."""
        steps = [(who, "coord-1", "coordinator") for who in OFFICERS]
        steps += [("coord-2", "coord-1", "coordinator"), ("coord-1", "coord-2", "coordinator")]
        steps += [("coord-1", who, "officer") for who in OFFICERS]
        for source, dest, scope in steps:
            result = import_one(self.stores[dest], self._export(source, scope))
            assert result.ok, f"{source} -> {dest}: {result.message}"

    def check_converged(self) -> None:
        self.final_exchange()
        c1, c2 = (canonical_export(self.stores[c]) for c in COORDINATORS)
        assert c1 == c2, "the coordinators disagree after a full exchange"
        reference = self._scope(self.stores["coord-1"])
        for who in OFFICERS:
            store = self.stores[who]
            assert self._scope(store) == reference, f"{who} does not hold exactly the reference scope"
            mine = store.device_id
            with store.read() as session:
                raw = session.connection().connection.driver_connection
                for table in ("participants", "attendance", "stock_movements"):
                    foreign = raw.execute(f"SELECT COUNT(*) FROM {table} WHERE origin != ?", (mine,)).fetchone()[0]
                    assert foreign == 0, f"personal data from another device reached {who} ({table})"

    def _scope(self, store: Store) -> list[object]:
        coordinators = {self.stores[c].device_id for c in COORDINATORS}
        tables = {t["table"]: t["rows"] for t in canonical_records(store)}
        scope = [tables[t] for t in REFERENCE_TABLES]
        with store.read() as session:
            raw = session.connection().connection.driver_connection
            planned = {
                r
                for (r,) in raw.execute(
                    f"SELECT id FROM events WHERE origin IN ({','.join('?' * len(coordinators))})", tuple(coordinators)
                )
            }
        scope.append([e for e in tables["events"] if e["id"] in planned])
        return scope


Field.TestCase.settings = settings(
    max_examples=500,
    stateful_step_count=14,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)


class ConvergingField(Field):
    def teardown(self) -> None:
        try:
            self.check_converged()
        finally:
            super().teardown()


TestConvergence = ConvergingField.TestCase
