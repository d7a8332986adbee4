"""What the hub does, without HTTP: check a signed request, register a device, take a pushed bundle,
and answer a pull with a bundle in the device's scope. ``fieldkit.hub.app`` puts it on HTTP.

Every call is one database transaction. A push takes the ``hub_state`` row lock first, so pushes
from several hub processes queue there and hand out positions in commit order (``fieldkit.hub.db``).
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, and_, delete, func, insert, or_, select, text, update
from sqlalchemy.exc import IntegrityError

from fieldkit import __version__
from fieldkit.hub import db
from fieldkit.hub.identity import HubIdentity
from fieldkit.store.hlc import pack, wall_millis
from fieldkit.store.ids import is_uuid, uuid7
from fieldkit.store.personal import ANONYMISED_NAMES, PERSONAL_FIELDS
from fieldkit.store.version import SCHEMA_HEAD, SYNC_SCHEMA
from fieldkit.sync.bundle import FORMAT, BundleError, Entry, open_bundle, read_entries, write_bundle
from fieldkit.sync.export import REFERENCE_TABLES, ranges
from fieldkit.sync.keys import verify
from fieldkit.sync.merge import EntryError, validate
from fieldkit.sync.trust import enrolment_proof, now_iso
from fieldkit.sync.wire import MAX_SKEW_S, request_base

FUTURE_LIMIT_MS = 24 * 3600 * 1000
PULL_LIMIT = 5000  # entries per pulled bundle unless the device asks for fewer
PULL_MAX = 20000
INSERT_BATCH = 2000


class HubError(Exception):
    """A refusal with an HTTP status, a stable code and a message that says what to do."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def as_json(self) -> dict[str, str]:
        return {"error": self.code, "message": self.message}


@dataclass(frozen=True)
class Caller:
    device_id: str
    name: str
    role: str
    sign_key: str
    box_key: str | None


@dataclass
class PushResult:
    status: str  # imported | known
    bundle_id: str
    changes: int
    applied: int
    ack: dict[str, int]
    position: int
    gaps: list[str] = field(default_factory=list)


# -- requests ---------------------------------------------------------------------------------------
def check_request(
    engine: Engine,
    headers: dict[str, str],
    method: str,
    path_qs: str,
    body: bytes,
    *,
    sign_key: str | None = None,
) -> tuple[str, str]:
    """Verify a request's signature, clock and nonce; returns (device id, nonce). ``sign_key`` is the
    key to check against when the device is registering; otherwise the device must be known."""
    device = headers.get("x-fieldkit-device", "")
    stamp = headers.get("x-fieldkit-time", "")
    nonce = headers.get("x-fieldkit-nonce", "")
    signature = headers.get("x-fieldkit-signature", "")
    if not (device and stamp and nonce and signature):
        raise HubError(401, "unsigned", "This request is not signed by a Field Kit device; refused.")
    if not is_uuid(device) or len(nonce) > 64:
        raise HubError(401, "unsigned", "This request's signature headers are malformed; refused.")
    try:
        skew = abs(int(stamp) - int(time.time()))
    except ValueError as exc:
        raise HubError(401, "unsigned", "This request's time stamp is malformed; refused.") from exc
    if skew > MAX_SKEW_S:
        raise HubError(
            401,
            "clock",
            f"This computer's clock is {skew // 60} minutes away from the hub's. Set the date and time right, "
            "then sync again.",
        )
    key = sign_key
    if key is None:
        with engine.connect() as conn:
            row = conn.execute(
                select(db.devices.c.sign_key, db.devices.c.status).where(db.devices.c.device_id == device)
            ).first()
        if row is None:
            raise HubError(
                403,
                "not_enrolled",
                "Hub refused: device not enrolled. Set the laptop up with the hub's enrolment file.",
            )
        if row.status == "revoked":
            raise HubError(403, "revoked", "Hub refused: this device was revoked. Ask the coordinator.")
        key = row.sign_key
    base = request_base(method, path_qs, stamp, nonce, device, body, headers.get("x-fieldkit-vector", ""))
    try:
        good = verify(key, bytes.fromhex(signature), base)
    except ValueError:
        good = False
    if not good:
        raise HubError(401, "bad_signature", "This request's signature does not verify; refused (forged or altered).")
    try:
        with engine.begin() as conn:
            conn.execute(insert(db.nonces).values(device_id=device, nonce=nonce, seen_at=int(time.time())))
            conn.execute(delete(db.nonces).where(db.nonces.c.seen_at < int(time.time()) - 2 * MAX_SKEW_S))
    except IntegrityError as exc:
        raise HubError(401, "replayed", "This request was sent before (a replay); refused.") from exc
    return device, nonce


def caller(engine: Engine, device_id: str) -> Caller:
    with engine.connect() as conn:
        row = conn.execute(select(db.devices).where(db.devices.c.device_id == device_id)).mappings().first()
    if row is None or row["status"] != "trusted":
        raise HubError(403, "not_enrolled", "Hub refused: device not enrolled.")
    return Caller(row["device_id"], row["name"], row["role"], row["sign_key"], row["box_key"])


# -- registration -----------------------------------------------------------------------------------
def register(engine: Engine, hub: HubIdentity, document: dict[str, Any], device_id: str) -> dict[str, Any]:
    """A device introduces itself with the proof of its enrolment (an HMAC of its id and key under the
    enrolment's secret). The role it gets is the enrolment's, whatever it claims."""
    try:
        sign_key, name = str(document["sign_key"]), str(document["name"])[:120]
        box_key = document.get("box_key")
        proof = document.get("enrolment") or {}
    except (KeyError, TypeError) as exc:
        raise HubError(400, "bad_request", f"The registration lacks {exc}.") from exc
    if document.get("device_id") != device_id:
        raise HubError(400, "bad_request", "The registration names another device than the one that signed it.")
    now = now_iso()
    with engine.begin() as conn:
        known = conn.execute(select(db.devices).where(db.devices.c.device_id == device_id)).mappings().first()
        if known is not None:
            if known["status"] == "revoked":
                raise HubError(403, "revoked", "Hub refused: this device was revoked. Ask the coordinator.")
            if known["sign_key"] != sign_key:
                raise HubError(403, "key_mismatch", "Hub refused: this device id is registered with another key.")
            conn.execute(
                update(db.devices)
                .where(db.devices.c.device_id == device_id)
                .values(name=name, box_key=box_key or known["box_key"], last_contact=now)
            )
            role = known["role"]
        else:
            row = (
                conn.execute(select(db.enrolments).where(db.enrolments.c.enrolment_id == str(proof.get("id", ""))))
                .mappings()
                .first()
            )
            valid = (
                row is not None
                and not row["revoked"]
                and dt.datetime.fromisoformat(row["expires_at"]) >= dt.datetime.now().astimezone()
                and hmac.compare_digest(
                    enrolment_proof(row["secret"], device_id, sign_key), str(proof.get("proof", ""))
                )
            )
            if not valid:
                raise HubError(
                    403,
                    "not_enrolled",
                    "Hub refused: device not enrolled (its enrolment file is unknown to this hub, expired or "
                    "revoked). Ask the coordinator for a new enrolment file.",
                )
            assert row is not None
            role = row["role"]
            conn.execute(
                insert(db.devices).values(
                    device_id=device_id,
                    name=name,
                    role=role,
                    sign_key=sign_key,
                    box_key=box_key,
                    status="trusted",
                    enrolment_id=row["enrolment_id"],
                    first_seen=now,
                    last_contact=now,
                    acked="{}",
                )
            )
    return {"hub": hub.public(), "role": role, "status": "trusted", "ack": ack_vector(engine)}


def ack_vector(engine: Engine | Connection) -> dict[str, int]:
    def read(conn: Connection) -> dict[str, int]:
        return {o: int(c) for o, c in conn.execute(select(db.origins.c.origin, db.origins.c.contiguous))}

    if isinstance(engine, Connection):
        return read(engine)
    with engine.connect() as conn:
        return read(conn)


# -- push -------------------------------------------------------------------------------------------
def push(engine: Engine, hub: HubIdentity, who: Caller, bundle_path: Path) -> PushResult:
    """Take one bundle: check it completely, then store its new entries in one transaction."""
    try:
        opened = open_bundle(bundle_path)
    except BundleError as exc:
        raise HubError(422, exc.code, str(exc)) from exc
    m = opened.manifest
    sender = m.get("sender") or {}
    if sender.get("device_id") != who.device_id or sender.get("sign_key") != who.sign_key:
        raise HubError(403, "wrong_sender", "This bundle was made by another device than the one sending it; refused.")
    if not verify(who.sign_key, opened.signature, opened.manifest_bytes):
        raise HubError(422, "bad_signature", "The bundle's signature does not match its contents; refused.")
    if str(m.get("schema", "")) > SCHEMA_HEAD:
        raise HubError(
            422,
            "future_schema",
            f"The bundle was made by a newer Field Kit (schema {m.get('schema')}); the hub knows up to "
            f"{SCHEMA_HEAD}. Update the hub.",
        )
    if (m.get("recipient") or {}).get("scope") != "coordinator":
        raise HubError(422, "wrong_recipient", "The hub takes only bundles addressed to a coordinator.")
    encryption = (m.get("payload") or {}).get("encryption")
    if encryption and encryption.get("recipient_box_key") != hub.box_key:
        raise HubError(422, "wrong_recipient", "The bundle is encrypted for another coordinator, not this hub.")
    bundle_id = str(m.get("bundle_id", ""))
    with engine.connect() as conn:
        seen = conn.execute(select(db.bundles.c.bundle_id).where(db.bundles.c.bundle_id == bundle_id)).first()
    if seen is not None:  # sent again after a dropped answer: it is already here
        return PushResult("known", bundle_id, int(m.get("changes", 0)), 0, ack_vector(engine), 0)
    limit = pack(wall_millis() + FUTURE_LIMIT_MS, 0)
    try:
        entries = list(read_entries(opened, hub.box))
        for entry in entries:
            validate(entry)
            if entry.hlc > limit:
                raise HubError(
                    422,
                    "future_clock",
                    "The bundle holds changes stamped more than 24 hours ahead of the hub's clock. Check the "
                    "laptop's date and time; nothing was stored.",
                )
    except BundleError as exc:
        raise HubError(422, exc.code, str(exc)) from exc
    except EntryError as exc:
        raise HubError(422, "damaged", f"The bundle holds a change the hub cannot take ({exc}).") from exc
    if len(entries) != int(m.get("changes", len(entries))):
        raise HubError(422, "damaged", "The bundle holds another number of changes than its manifest says.")
    names = {**(m.get("origin_names") or {}), who.device_id: who.name}
    with engine.begin() as conn:
        last = conn.execute(select(db.state.c.last_position).where(db.state.c.id == 1).with_for_update()).scalar_one()
        if conn.execute(select(db.bundles.c.bundle_id).where(db.bundles.c.bundle_id == bundle_id)).first():
            return PushResult("known", bundle_id, len(entries), 0, ack_vector(conn), int(last))
        fresh = _new_entries(conn, entries)
        rows = []
        for number, e in enumerate(fresh, int(last) + 1):
            rows.append(
                {
                    "position": number,
                    "origin": e.origin,
                    "seq": e.seq,
                    "hlc": e.hlc,
                    "table_name": e.table,
                    "row_id": e.row_id,
                    "op": e.op,
                    "fields": orjson.dumps(e.fields).decode("utf-8"),
                }
            )
        for start in range(0, len(rows), INSERT_BATCH):
            conn.execute(insert(db.changes), rows[start : start + INSERT_BATCH])
        position = int(last) + len(rows)
        conn.execute(update(db.state).where(db.state.c.id == 1).values(last_position=position))
        _advance(conn, {e.origin for e in fresh}, names)
        _scrub(conn, {e.row_id for e in fresh if e.table == "participants"})
        conn.execute(
            insert(db.bundles).values(
                bundle_id=bundle_id,
                sender=who.device_id,
                received_at=now_iso(),
                changes=len(entries),
                applied=len(rows),
            )
        )
        conn.execute(
            update(db.devices)
            .where(db.devices.c.device_id == who.device_id)
            .values(
                acked=json.dumps({k: int(v) for k, v in (m.get("vector") or {}).items()}),
                last_contact=now_iso(),
                last_bundle_id=bundle_id,
                box_key=sender.get("box_key") or who.box_key,
            )
        )
        ack = ack_vector(conn)
        gaps = _gaps(conn, {e.origin for e in fresh})
    return PushResult("imported" if rows else "known", bundle_id, len(entries), len(rows), ack, position, gaps)


def _new_entries(conn: Connection, entries: list[Entry]) -> list[Entry]:
    """The entries not stored yet (and each (origin, seq) once, if a bundle repeats one)."""
    by_origin: dict[str, list[int]] = {}
    for e in entries:
        by_origin.setdefault(e.origin, []).append(e.seq)
    known: set[tuple[str, int]] = set()
    for origin, seqs in by_origin.items():
        c = db.changes.c
        found = conn.execute(select(c.seq).where(c.origin == origin, c.seq >= min(seqs), c.seq <= max(seqs))).scalars()
        known.update((origin, int(s)) for s in found)
    out = []
    for e in entries:
        if (e.origin, e.seq) not in known:
            known.add((e.origin, e.seq))
            out.append(e)
    return out


def _advance(conn: Connection, touched: set[str], names: dict[str, str]) -> None:
    c = db.changes.c
    for origin in sorted(touched):
        row = conn.execute(select(db.origins).where(db.origins.c.origin == origin)).mappings().first()
        contiguous = int(row["contiguous"]) if row else 0
        while True:
            seqs = list(
                conn.execute(
                    select(c.seq).where(c.origin == origin, c.seq > contiguous).order_by(c.seq).limit(10000)
                ).scalars()
            )
            step = 0
            for s in seqs:
                if s != contiguous + 1:
                    break
                contiguous, step = int(s), step + 1
            if step < 10000:
                break
        max_seen = int(conn.execute(select(func.max(c.seq)).where(c.origin == origin)).scalar_one() or 0)
        name = names.get(origin)
        if row is None:
            conn.execute(insert(db.origins).values(origin=origin, contiguous=contiguous, max_seen=max_seen, name=name))
        else:
            conn.execute(
                update(db.origins)
                .where(db.origins.c.origin == origin)
                .values(contiguous=contiguous, max_seen=max_seen, name=name or row["name"])
            )


def _gaps(conn: Connection, touched: set[str]) -> list[str]:
    out = []
    for row in conn.execute(select(db.origins).where(db.origins.c.origin.in_(sorted(touched)))).mappings():
        if row["max_seen"] > row["contiguous"]:
            who = row["name"] or row["origin"][:8]
            out.append(f"{who}: changes after {row['contiguous']} are incomplete (up to {row['max_seen']} seen)")
    return out


def _scrub(conn: Connection, people: set[str]) -> None:
    """A person whose personal fields were cleared (consent withdrawn, retention) keeps no personal
    value in any entry the hub holds, whichever entry arrived first (``fieldkit.store.personal``)."""
    c = db.changes.c
    for person in sorted(people):
        entries = [
            (int(pos), int(hlc), origin, orjson.loads(raw))
            for pos, hlc, origin, raw in conn.execute(
                select(c.position, c.hlc, c.origin, c.fields).where(c.table_name == "participants", c.row_id == person)
            )
        ]
        current: dict[str, tuple[tuple[int, str], Any]] = {}
        for _pos, hlc, origin, fields in entries:
            for name in PERSONAL_FIELDS:
                if name in fields and (name not in current or (hlc, origin) > current[name][0]):
                    current[name] = ((hlc, origin), fields[name])
        if current.get("name", (None, None))[1] not in ANONYMISED_NAMES:
            continue
        values = {k: v for k, (_clock, v) in current.items()}
        for pos, _hlc, _origin, fields in entries:
            changed = {k: values[k] for k in PERSONAL_FIELDS if k in fields and fields[k] != values[k]}
            if changed:
                fields.update(changed)
                conn.execute(update(db.changes).where(c.position == pos).values(fields=orjson.dumps(fields).decode()))


# -- pull -------------------------------------------------------------------------------------------
@dataclass
class PullResult:
    path: Path | None  # the bundle, or None when there is nothing after ``after``
    cursor: int
    more: bool
    changes: int


def _coordinator_origins(conn: Connection, hub: HubIdentity) -> list[str]:
    rows = conn.execute(select(db.devices.c.device_id).where(db.devices.c.role == "coordinator")).scalars()
    return sorted({hub.device_id, *rows})


def pull(
    engine: Engine, hub: HubIdentity, who: Caller, after: int, vector: dict[str, int], limit: int, workdir: Path
) -> PullResult:
    """The entries after position ``after`` in the caller's scope, less those its vector says it holds,
    as a bundle signed by the hub (encrypted to the caller's key when it has one)."""
    limit = max(1, min(limit or PULL_LIMIT, PULL_MAX))
    c = db.changes.c
    with engine.connect() as conn:
        query = select(c.position, c.origin, c.seq, c.hlc, c.table_name, c.row_id, c.op, c.fields).where(
            c.position > after
        )
        scope = "coordinator" if who.role == "coordinator" else "officer"
        if scope == "officer":
            planned = select(db.changes.c.row_id).where(
                c.table_name == "events", c.op == "insert", c.origin.in_(_coordinator_origins(conn, hub))
            )
            query = query.where(
                or_(c.table_name.in_(REFERENCE_TABLES), and_(c.table_name == "events", c.row_id.in_(planned)))
            )
        rows = conn.execute(query.order_by(c.position).limit(limit + 1)).all()
        hub_vector = ack_vector(conn)
        names = {o: n for o, n in conn.execute(select(db.origins.c.origin, db.origins.c.name)) if n}
    more = len(rows) > limit
    rows = rows[:limit]
    if not rows:
        return PullResult(None, after, False, 0)
    cursor = int(rows[-1].position)
    entries = [
        Entry(r.origin, int(r.seq), int(r.hlc), r.table_name, r.row_id, r.op, orjson.loads(r.fields))
        for r in rows
        if int(r.seq) > int(vector.get(r.origin, 0)) and r.origin != who.device_id
    ]
    entries.sort(key=lambda e: (e.origin, e.seq))
    bundle_id = uuid7()
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "bundle_id": bundle_id,
        "created_at": now_iso(),
        "sender": {**hub.public(), "name_slug": "hub", "role": "coordinator"},
        "recipient": {"scope": scope, "device_id": who.device_id},
        "app_version": __version__,
        "schema": SYNC_SCHEMA,
        "ranges": ranges(entries),
        "vector": hub_vector,
        "origin_names": {o: names[o] for o in {e.origin for e in entries} if o in names},
        "counts": {},
        "changes": len(entries),
        "payload": {},
        "previous_bundle_id": None,
        "hub": {"after": after, "cursor": cursor, "more": more},
    }
    for e in entries:
        manifest["counts"][e.table] = manifest["counts"].get(e.table, 0) + 1
    target = Path(tempfile.mkdtemp(prefix="pull-", dir=workdir)) / f"hub-{bundle_id}.fkb"
    path, _ = write_bundle(target, manifest, entries, hub.sign, who.box_key)
    return PullResult(path, cursor, more, len(entries))


def health(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:
        return False
    return True
