"""Synthetic sync bundles for the import benchmark, written straight with ``write_bundle``.

Making a million changes through the ORM (change capture included) would take far longer than the
benchmark itself, so this module plays the officers' laptops instead: it simulates each laptop's
field work (events, sign-ins, head counts, leaflet handouts, later corrections), numbers the changes as
change capture would (one origin, gapless sequence, rising HLC), and writes each bundle the way
``fieldkit.sync.exchange.export_bundle`` does: the same manifest keys, signed with the laptop's Ed25519
key, an enrolment proof so the coordinator trusts the laptop automatically, and the payload encrypted
to the coordinator's X25519 key (on by default for an enrolled laptop).

The bundles, the coordinator's box key and the enrolment secret are cached in ``bench/.cache/sync/``
under a version marker; ``prepare_coordinator`` makes a fresh coordinator store that holds that key
and that enrolment, as if it had issued the enrolment file the laptops were set up with.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import os
import random
import re
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldkit import __version__
from fieldkit.config import Paths, resource_path
from fieldkit.services.vocab import AGE_BANDS, ATTENDANCE_ROLES, EVENT_KINDS, LANGUAGES, PILLARS
from fieldkit.store.hlc import pack
from fieldkit.store.identity import create_identity
from fieldkit.store.ids import attendance_id, headcount_id, reference_id
from fieldkit.store.version import SCHEMA_HEAD
from fieldkit.sync.bundle import FORMAT, Entry, write_bundle
from fieldkit.sync.keys import BOX_KEY_FILE, raw_public, sign
from fieldkit.sync.merge import SPECS
from fieldkit.sync.trust import enrolment_proof

VERSION = 3  # bump when the generated data changes
CACHE = Path(__file__).resolve().parent / ".cache" / "sync"
BUNDLES = 100
PER_BUNDLE = 10_000
# 40 laptops: the first 20 sent three bundles each, the other 20 two (100 bundles).
DEVICES = 40
SEED = 20261
CONSENT_VERSION = "2026-1"

FIRST = [
    "Aysel", "Leyla", "Günay", "Nigar", "Səbinə", "Könül", "Aynur", "Ülviyyə", "Fidan", "Nərmin", "Şəbnəm",
    "Zəhra", "Lalə", "Xədicə", "İlham", "Rəşad", "Orxan", "Elçin", "Tural", "Vüsal", "Cavid", "Əli",
    "Murad", "Fərid", "Kənan", "Səmər", "Ruslan", "Emin",
]  # fmt: skip
LAST = [
    "Əliyev", "Məmmədov", "Həsənov", "Quliyev", "İsmayılov", "Hüseynov", "Cəfərov", "Babayev", "Rzayev",
    "Abbasov", "Qasımov", "Nəsirov", "Süleymanov", "Kərimov", "Orucov", "Şükürov", "Vəliyev",
]  # fmt: skip
POSITIONS = ["", "", "", "müəllim", "tələbə", "sosial işçi", "polis əməkdaşı", "həkim", "valideyn", "könüllü"]
GROUPS = ["", "Tələbələr", "Valideynlər", "Müəllimlər", "Sakinlər"]
AUDIENCES = ["Məktəblilər", "Tələbələr", "Valideynlər", "Gənclər", "Sərhəd xidməti", "İcma sakinləri"]
TITLES = {
    "round-table": "Dəyirmi masa: insan alveri riskləri",
    "workshop": "Təlim-seminar: əmək miqrasiyası",
    "training": "Təlim: qurbanların müəyyənləşdirilməsi",
    "awareness-session": "Maarifləndirmə görüşü",
    "campaign": "Maarifləndirmə kampaniyası",
    "screening": "Film nümayişi və müzakirə",
    "other": "Görüş",
}
CROWD_KINDS = ("awareness-session", "campaign", "screening")
# The coordinator's materials catalogue (ids fixed, so the laptops' stock movements point at it).
MATERIALS = [
    (f"00000000-0000-7000-8000-{n:012d}", f"AT-{n:02d}", kind, title)
    for n, (kind, title) in enumerate(
        [
            ("leaflet", "Təhlükəsiz miqrasiya"),
            ("leaflet", "Qaynar xətt 152"),
            ("brochure", "İş elanlarında tələlər"),
            ("poster", "Sən satılmırsan"),
            ("leaflet", "Valideynlər üçün"),
            ("brochure", "Gənclər üçün bələdçi"),
            ("poster", "Sərhəd keçidi"),
            ("leaflet", "Məktəblilər üçün"),
        ]
    )
]


@dataclass(frozen=True)
class SyncSet:
    """A cached set of bundles and what a coordinator needs to import them."""

    root: Path
    bundles: Path
    box_key: Path
    enrolment: dict[str, str]
    meta: dict[str, Any]
    built_now: bool = False

    @property
    def files(self) -> list[Path]:
        return sorted(self.bundles.glob("*.fkb"))


def marker() -> str:
    return f"v{VERSION}-{FORMAT.replace('/', '-')}-schema{SCHEMA_HEAD}-{BUNDLES}x{PER_BUNDLE}-d{DEVICES}"


def _bundles_of(device: int) -> int:
    return 3 if device < BUNDLES - 2 * DEVICES else 2


def _uuid7_at(millis: int, rng: random.Random) -> str:
    """A UUIDv7 for a moment in the simulation (fieldkit.store.ids.uuid7 takes the wall clock)."""
    rand = rng.getrandbits(74)
    value = (millis & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | (rand & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


def _iso(millis: int) -> str:
    tz = dt.timezone(dt.timedelta(hours=4))
    return dt.datetime.fromtimestamp(millis / 1000, tz).isoformat(timespec="seconds")


def _reference_ids() -> tuple[list[str], list[str], list[str]]:
    """Ids of shipped locations (venues), districts and agencies, as every store loads them."""
    places, districts, agencies = [], [], []
    with resource_path("reference", "locations.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["kind"] != "economic-region":
                places.append(reference_id("locations", row["key"]))
            if row["kind"] == "district":
                districts.append(reference_id("locations", row["key"]))
    with resource_path("reference", "agencies.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            agencies.append(reference_id("agencies", row["key"]))
    return places, districts, agencies


class Laptop:
    """One officer's laptop: its field work as a stream of change-log entries, numbered as change
    capture numbers them (gapless sequence, HLC rising with the simulated clock)."""

    def __init__(self, index: int, device_id: str, start_millis: int) -> None:
        self.rng = random.Random(SEED * 1000 + index)
        self.device_id = device_id
        self.millis = start_millis
        self.seq = 0
        self.places, self.districts, self.agencies = _reference_ids()
        self.home = self.rng.sample(self.places, 6)
        self.people: list[str] = []  # participants this laptop recorded (live)
        self.removed: list[str] = []  # participants it deleted
        self.checkins: list[str] = []  # attendance ids
        self.counts: list[str] = []  # headcount ids
        self.stock: dict[tuple[str, str], int] = {}  # on hand per (material, location)
        self.handouts: list[tuple[str, str, str, int]] = []  # (id, material, location, quantity)

    def _entry(self, table: str, row_id: str, op: str, fields: dict[str, Any], step: tuple[int, int]) -> Entry:
        self.millis += self.rng.randint(*step)
        self.seq += 1
        return Entry(self.device_id, self.seq, pack(self.millis, 0), table, row_id, op, fields)

    def stream(self) -> Iterator[Entry]:
        while True:
            yield from self._session()
            self.millis += self.rng.randint(2, 16) * 3600_000  # to the next working session

    def _session(self) -> Iterator[Entry]:
        rng = self.rng
        kind = rng.choice(EVENT_KINDS)
        day = dt.datetime.fromtimestamp(self.millis / 1000, dt.UTC).date().isoformat()
        venue = rng.choice(self.home)
        event_id = _uuid7_at(self.millis, rng)
        yield self._entry(
            "events",
            event_id,
            "insert",
            {
                "kind": kind,
                "pillar": rng.choice(PILLARS),
                "title": TITLES[kind],
                "start_date": day,
                "end_date": day,
                "location_id": venue,
                "organiser_agency_id": rng.choice([None, *self.agencies[:6]]),
                "partner_agency_ids": rng.sample(self.agencies, rng.randint(0, 2)),
                "audience": rng.choice(AUDIENCES),
                "language": rng.choice(LANGUAGES[:1] * 6 + LANGUAGES),
                "status": "planned",
                "notes": "",
                "deleted": False,
            },
            (60_000, 600_000),
        )
        # Sign-ins: new people, and some who came to an earlier event of this laptop.
        attendees = rng.randint(15, 60)
        returning = rng.sample(self.people, min(len(self.people), int(attendees * rng.uniform(0.1, 0.35))))
        session_people = list(returning)
        for _ in range(attendees - len(returning)):
            person = _uuid7_at(self.millis, rng)
            phone = f"+99450{rng.randrange(10**7):07d}" if rng.random() < 0.6 else None
            yield self._entry(
                "participants",
                person,
                "insert",
                {
                    "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}{'a' if rng.random() < 0.5 else ''}",
                    "sex": rng.choice(("female", "female", "male", "male", "undisclosed")),
                    "age_band": rng.choice(AGE_BANDS[1:]),
                    "agency_id": rng.choice(self.agencies) if rng.random() < 0.2 else None,
                    "position": rng.choice(POSITIONS),
                    "phone": phone,
                    "email": None,
                    "region_id": rng.choice(self.districts),
                    "consent_date": day,
                    "consent_text_version": CONSENT_VERSION,
                    "merged_into": None,
                    "deleted": False,
                },
                (5_000, 40_000),
            )
            self.people.append(person)
            session_people.append(person)
        for person in session_people:
            row_id = attendance_id(event_id, person)
            role = "participant" if rng.random() < 0.94 else rng.choice(ATTENDANCE_ROLES[1:])
            yield self._entry(
                "attendance",
                row_id,
                "insert",
                {"event_id": event_id, "participant_id": person, "role": role, "deleted": False},
                (2_000, 20_000),
            )
            self.checkins.append(row_id)
        # Head counts for crowds too large to sign in one by one.
        if kind in CROWD_KINDS or rng.random() < 0.2:
            for group in rng.sample(GROUPS, rng.randint(1, 3)):
                for sex in ("female", "male"):
                    for band in rng.sample(AGE_BANDS[:5], rng.randint(2, 4)):
                        row_id = headcount_id(event_id, group, sex, band)
                        fields = {
                            "event_id": event_id,
                            "group_label": group,
                            "sex": sex,
                            "age_band": band,
                            "count": rng.randint(3, 120),
                            "deleted": False,
                        }
                        yield self._entry("headcounts", row_id, "insert", fields, (3_000, 30_000))
                        self.counts.append(row_id)
        # Stock: handouts of several materials at the event, now and then a delivery, a transfer,
        # a write-off or a count adjustment.
        yield from self._stock(event_id, venue)
        # After the event: it is held, and corrections come in (some for earlier events).
        yield self._entry("events", event_id, "update", {"status": "held"}, (60_000, 600_000))
        yield from self._corrections()

    def _movement(self, kind: str, material: str, place: str, quantity: int, **extra: Any) -> Iterator[Entry]:
        """One stock movement; ``quantity`` is signed (its effect on the stock), as the ledger keeps it."""
        fields = {
            "kind": kind,
            "material_id": material,
            "location_id": place,
            "event_id": extra.get("event_id"),
            "quantity": quantity,
            "occurred_at": extra.get("when") or _iso(self.millis),
            "note": extra.get("note", ""),
            "forced_reason": None,
            "transfer_id": extra.get("transfer_id"),
            "deleted": False,
        }
        row_id = _uuid7_at(self.millis, self.rng)
        self.stock[material, place] = self.stock.get((material, place), 0) + quantity
        if kind == "handout":
            self.handouts.append((row_id, material, place, quantity))
        yield self._entry("stock_movements", row_id, "insert", fields, (1_000, 15_000))

    def _stock(self, event_id: str, venue: str) -> Iterator[Entry]:
        """Handouts of several materials at the event (after a delivery when the stock runs short), now
        and then a transfer, a write-off, a count adjustment or a handout voided (the tally's undo).
        Stock never goes below zero, so no movement needs a forced reason."""
        rng = self.rng
        materials = [m[0] for m in MATERIALS]
        for material in rng.sample(materials, rng.randint(3, 7)):
            for _ in range(rng.randint(2, 6)):  # handed out table by table, in rounds
                quantity = rng.randint(5, 60)
                if self.stock.get((material, venue), 0) < quantity:
                    yield from self._movement("receipt", material, venue, rng.randrange(500, 3000, 100))
                yield from self._movement("handout", material, venue, -quantity, event_id=event_id)
        if rng.random() < 0.1:
            material, quantity = rng.choice(materials), rng.randrange(50, 500, 10)
            if self.stock.get((material, venue), 0) >= quantity:
                transfer, when = _uuid7_at(self.millis, rng), _iso(self.millis)
                other = rng.choice([p for p in self.home if p != venue])
                yield from self._movement("transfer-out", material, venue, -quantity, transfer_id=transfer, when=when)
                yield from self._movement("transfer-in", material, other, quantity, transfer_id=transfer, when=when)
        if rng.random() < 0.08:
            material, quantity = rng.choice(materials), rng.randint(1, 30)
            if self.stock.get((material, venue), 0) >= quantity:
                yield from self._movement("write-off", material, venue, -quantity, note="islanıb")
        if rng.random() < 0.05:
            material, quantity = rng.choice(materials), rng.randint(-20, 20)
            if quantity and self.stock.get((material, venue), 0) + quantity >= 0:
                yield from self._movement("adjustment", material, venue, quantity, note="sayım")
        if self.handouts and rng.random() < 0.15:
            row_id, material, place, quantity = self.handouts.pop(-rng.randint(1, min(20, len(self.handouts))))
            self.stock[material, place] -= quantity
            yield self._entry("stock_movements", row_id, "delete", {"deleted": True}, (5_000, 60_000))

    def _corrections(self) -> Iterator[Entry]:
        rng = self.rng
        for _ in range(rng.randint(2, 9)):  # details added or fixed
            person = rng.choice(self.people)
            change = rng.choice(("phone", "position", "email", "age_band", "name"))
            value: Any
            if change == "phone":
                value = f"+99455{rng.randrange(10**7):07d}"
            elif change == "position":
                value = rng.choice(POSITIONS[3:])
            elif change == "email":
                value = f"user{rng.randrange(10**6)}@mail.az"
            elif change == "age_band":
                value = rng.choice(AGE_BANDS[1:5])
            else:
                value = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            yield self._entry("participants", person, "update", {change: value}, (10_000, 120_000))
        if self.counts and rng.random() < 0.3:
            fields = {"count": rng.randint(3, 150)}
            yield self._entry("headcounts", rng.choice(self.counts), "update", fields, (5_000, 60_000))
        if rng.random() < 0.4:  # a sign-in made by mistake
            yield self._entry("attendance", rng.choice(self.checkins), "delete", {"deleted": True}, (5_000, 60_000))
        if rng.random() < 0.15 and len(self.people) > 50:  # consent withdrawn, or a duplicate merged away
            person = self.people.pop(rng.randrange(len(self.people)))
            if rng.random() < 0.5:
                keep = rng.choice(self.people)
                yield self._entry(
                    "participants", person, "delete", {"merged_into": keep, "deleted": True}, (10_000, 60_000)
                )
            else:
                yield self._entry("participants", person, "delete", {"deleted": True}, (10_000, 60_000))
            self.removed.append(person)
        if self.removed and rng.random() < 0.05:  # deleted by mistake
            person = self.removed.pop()
            yield self._entry("participants", person, "restore", {"deleted": False}, (10_000, 60_000))
            self.people.append(person)


def _manifest(
    bundle_id: str,
    created: int,
    device: dict[str, str],
    entries: list[Entry],
    previous: str | None,
    enrolment: dict[str, str],
) -> dict[str, Any]:
    """What export_bundle writes for an enrolled officer sending to its coordinator."""
    first, last = entries[0].seq, entries[-1].seq
    return {
        "format": FORMAT,
        "bundle_id": bundle_id,
        "created_at": _iso(created),
        "sender": {
            "device_id": device["device_id"],
            "name": device["name"],
            "name_slug": device["slug"],
            "role": "officer",
            "sign_key": device["sign_key"],
            "box_key": device["box_key"],
        },
        "recipient": {"scope": "coordinator"},
        "app_version": __version__,
        "schema": SCHEMA_HEAD,
        "ranges": {device["device_id"]: [[first, last]]},
        "vector": {device["device_id"]: last},
        "origin_names": {device["device_id"]: device["name"]},
        "counts": dict(sorted(Counter(e.table for e in entries).items())),
        "changes": len(entries),
        "payload": {},
        "previous_bundle_id": previous,
        "enrolment": {
            "id": enrolment["id"],
            "proof": enrolment_proof(enrolment["secret"], device["device_id"], device["sign_key"]),
        },
    }


def _check_inserts(entries: list[Entry]) -> None:
    """Inserts carry every field of their table, as change capture writes them."""
    seen: set[str] = set()
    for e in entries:
        if e.op == "insert" and e.table not in seen:
            seen.add(e.table)
            if set(e.fields) != set(SPECS[e.table]):
                raise AssertionError(f"{e.table}: {sorted(set(SPECS[e.table]) ^ set(e.fields))}")


def _write_device(job: tuple[int, str, str, dict[str, str], str]) -> dict[str, Any]:
    index, root_text, box_public, enrolment, district = job
    root = Path(root_text)
    paths = Paths(root / "devices" / f"{index:02d}")
    identity = create_identity(paths)
    name = f"{district}-{index % 3 + 1}"
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name.encode("ascii", "ignore").decode()).strip("-").lower() or "device"
    device = {
        "device_id": identity.device_id,
        "name": name,
        "slug": slug,
        "sign_key": identity.public_key,
        "box_key": raw_public(X25519PrivateKey.generate().public_key()),
    }
    end = int(time.time() * 1000) - 3 * 86_400_000
    rng = random.Random(SEED + index)
    laptop = Laptop(index, identity.device_id, end - rng.randint(170, 200) * 86_400_000)
    stream = laptop.stream()
    previous = None
    tables: Counter[str] = Counter()
    ops: Counter[str] = Counter()
    for _ in range(_bundles_of(index)):
        entries = list(itertools.islice(stream, PER_BUNDLE))
        _check_inserts(entries)
        created = laptop.millis + rng.randint(1, 48) * 3600_000
        if created >= end:
            raise AssertionError("the simulation ran past its end; lower the session rate")
        bundle_id = _uuid7_at(created, rng)
        manifest = _manifest(bundle_id, created, device, entries, previous, enrolment)
        write_bundle(root / "bundles", manifest, entries, lambda b: sign(paths, b), box_public)
        previous = bundle_id
        tables.update(e.table for e in entries)
        ops.update(f"{e.table}.{e.op}" for e in entries)
    return {"tables": dict(tables), "ops": dict(ops)}


def build_bundles(workers: int | None = None) -> SyncSet:
    """The cached bundles, generating them first when the cache is missing or out of date."""
    root = CACHE / marker()
    ready = root / "ready.json"
    if ready.exists():
        meta = json.loads(ready.read_text())
        return SyncSet(root, root / "bundles", root / BOX_KEY_FILE, meta["enrolment"], meta)
    shutil.rmtree(CACHE, ignore_errors=True)  # older versions too
    (root / "bundles").mkdir(parents=True)
    started = time.perf_counter()
    box = X25519PrivateKey.generate()
    pem = box.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    (root / BOX_KEY_FILE).write_bytes(pem)
    os.chmod(root / BOX_KEY_FILE, 0o600)
    enrolment = {"id": str(uuid.uuid4()), "secret": os.urandom(32).hex()}
    districts = []
    with resource_path("reference", "locations.tsv").open(encoding="utf-8", newline="") as handle:
        districts = [r["name_az"] for r in csv.DictReader(handle, delimiter="\t") if r["kind"] == "district"]
    jobs = [
        (i, str(root), raw_public(box.public_key()), enrolment, districts[(i * 7) % len(districts)])
        for i in range(DEVICES)
    ]
    workers = workers or max(1, min(4, os.cpu_count() or 1))
    with ProcessPoolExecutor(workers) as pool:
        parts = list(pool.map(_write_device, jobs))
    tables: Counter[str] = Counter()
    ops: Counter[str] = Counter()
    for part in parts:
        tables.update(part["tables"])
        ops.update(part["ops"])
    files = sorted((root / "bundles").glob("*.fkb"))
    if len(files) != BUNDLES or sum(tables.values()) != BUNDLES * PER_BUNDLE:
        raise AssertionError(f"generated {len(files)} bundles with {sum(tables.values())} changes")
    meta = {
        "marker": marker(),
        "enrolment": enrolment,
        "devices": DEVICES,
        "bundles": len(files),
        "changes": sum(tables.values()),
        "tables": dict(sorted(tables.items())),
        "ops": dict(sorted(ops.items())),
        "bundle_bytes": sum(f.stat().st_size for f in files),
        "seconds": round(time.perf_counter() - started, 1),
    }
    ready.write_text(json.dumps(meta, indent=1))
    return SyncSet(root, root / "bundles", root / BOX_KEY_FILE, enrolment, meta, built_now=True)


def prepare_coordinator(data_dir: Path, syncset: SyncSet) -> Paths:
    """A fresh coordinator store: set up, reference data loaded, its materials catalogue, and the
    box key and enrolment the cached bundles were made for (as if it had issued their enrolment file)."""
    from fieldkit.services.reference import load_reference
    from fieldkit.store.models import Material
    from fieldkit.store.open import initialise_device, open_store
    from fieldkit.store.sync_models import SyncEnrolment
    from fieldkit.sync.keys import ensure_box_key
    from fieldkit.sync.trust import ENROLMENT_DAYS, now_iso

    shutil.rmtree(data_dir, ignore_errors=True)
    paths = Paths(data_dir)
    store = open_store(paths, create=True)
    try:
        initialise_device(store, "Bench coordinator", "coordinator")
        load_reference(store)
        shutil.copyfile(syncset.box_key, data_dir / BOX_KEY_FILE)
        os.chmod(data_dir / BOX_KEY_FILE, 0o600)
        ensure_box_key(store)
        expires = dt.datetime.now().astimezone() + dt.timedelta(days=ENROLMENT_DAYS)
        with store.write() as session:
            for row_id, code, kind, title in MATERIALS:
                material = Material(code=code, kind=kind, title_az=title, languages="az")
                material.id = row_id
                session.add(material)
            session.add(
                SyncEnrolment(
                    enrolment_id=syncset.enrolment["id"],
                    secret=syncset.enrolment["secret"],
                    issued_at=now_iso(),
                    expires_at=expires.isoformat(timespec="seconds"),
                    revoked=0,
                )
            )
    finally:
        store.close()
    return paths


if __name__ == "__main__":
    s = build_bundles()
    print(json.dumps(s.meta, indent=1))
