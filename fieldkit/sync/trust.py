"""Which devices' bundles this store accepts, and enrolment.

A coordinator accepts bundles only from devices it trusts. A bundle from an unknown device waits in
quarantine, listed with the sender's key fingerprint, until a coordinator approves the device
(``fieldkit trust approve``). An officer pins its coordinator's keys when it is set up with an
enrolment file (``fieldkit init --enroll FILE``).

Decision: an enrolment file also carries a secret. A laptop enrolled with it proves, in each bundle's
manifest, that it holds the secret (an HMAC over its device id and signing key), and the coordinator
that issued the file trusts it automatically, until the enrolment expires (30 days) or is revoked.
Whoever holds the file can enrol a laptop, so it is handed over like a key: in person or through a
channel the coordinator trusts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fieldkit.config import load_settings, save_settings, write_atomic
from fieldkit.store.engine import Store
from fieldkit.store.errors import KnownError
from fieldkit.store.ids import uuid7
from fieldkit.store.models import LocalDevice
from fieldkit.store.sync_models import SyncBundle, SyncEnrolment, SyncPeer
from fieldkit.sync.keys import ensure_box_key, fingerprint, sign, verify

ENROLMENT_FORMAT = "fieldkit-enrolment/1"
ENROLMENT_DAYS = 30


@dataclass(frozen=True)
class PeerRecord:
    device_id: str
    name: str
    role: str
    status: str
    fingerprint: str
    first_seen: str
    last_contact: str | None
    quarantined_bundles: int


def now_iso() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def enrolment_proof(secret_hex: str, device_id: str, sign_key: str) -> str:
    return hmac.new(bytes.fromhex(secret_hex), f"{device_id}:{sign_key}".encode(), hashlib.sha256).hexdigest()


def signed_body(document: dict[str, Any]) -> bytes:
    body = {k: v for k, v in document.items() if k != "signature"}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def write_enrolment(store: Store, out: Path, hub_url: str | None = None) -> Path:
    """Coordinator: an enrolment file with this coordinator's keys, the hub URL and an enrolment secret."""
    device = store.device
    if device is None or device.role != "coordinator":
        raise KnownError("Only a coordinator issues enrolment files.")
    store.require_writable()
    box = ensure_box_key(store)
    enrolment_id, secret = uuid7(), secrets.token_hex(32)
    expires = (dt.datetime.now().astimezone() + dt.timedelta(days=ENROLMENT_DAYS)).isoformat(timespec="seconds")
    document: dict[str, Any] = {
        "format": ENROLMENT_FORMAT,
        "coordinator": {
            "device_id": device.device_id,
            "name": device.name,
            "sign_key": device.public_key,
            "box_key": box,
        },
        "hub_url": hub_url,
        "enrolment": {"id": enrolment_id, "secret": secret, "expires_at": expires},
        "issued_at": now_iso(),
    }
    document["signature"] = sign(store.paths, signed_body(document)).hex()
    with store.write() as session:
        session.add(
            SyncEnrolment(
                enrolment_id=enrolment_id, secret=secret, issued_at=document["issued_at"], expires_at=expires, revoked=0
            )
        )
    if out.is_dir():
        out = out / f"fieldkit-enrolment-{device.name}.json"
    write_atomic(out, json.dumps(document, ensure_ascii=False, indent=2).encode(), mode=0o600)
    return out


def read_enrolment(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        coordinator = document["coordinator"]
        valid = document.get("format") == ENROLMENT_FORMAT and verify(
            coordinator["sign_key"], bytes.fromhex(document["signature"]), signed_body(document)
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KnownError(
            f"{path} is not a Field Kit enrolment file ({exc}). Ask your coordinator for it again."
        ) from exc
    if not valid:
        raise KnownError(f"{path} is damaged or was altered: its signature does not match. Ask for it again.")
    return dict(document)


def accept_enrolment(store: Store, path: Path) -> dict[str, Any]:
    """Laptop: pin the coordinator from an enrolment file, remember the hub URL and the secret."""
    document = read_enrolment(path)
    coordinator = document["coordinator"]
    with store.write() as session:
        peer = session.get(SyncPeer, coordinator["device_id"])
        if peer is None:
            peer = SyncPeer(device_id=coordinator["device_id"], first_seen=now_iso(), acked={})
            session.add(peer)
        peer.name = coordinator["name"]
        peer.role = "coordinator"
        peer.sign_key = coordinator["sign_key"]
        peer.box_key = coordinator.get("box_key")
        peer.status = "trusted"
        peer.note = f"pinned from enrolment {document['enrolment']['id']}"
        device = session.get(LocalDevice, 1)
        assert device is not None
        device.enrolment = {
            "id": document["enrolment"]["id"],
            "secret": document["enrolment"]["secret"],
            "coordinator": coordinator["device_id"],
        }
    if document.get("hub_url"):
        settings = load_settings(store.paths.settings)
        settings.hub_url = document["hub_url"]
        save_settings(store.paths.settings, settings)
    store.refresh_identity()
    return document


def check_enrolment_proof(store: Store, proof: dict[str, Any] | None, device_id: str, sign_key: str) -> bool:
    if not proof:
        return False
    with store.read() as session:
        row = session.get(SyncEnrolment, str(proof.get("id", "")))
        if row is None or row.revoked:
            return False
        if dt.datetime.fromisoformat(row.expires_at) < dt.datetime.now().astimezone():
            return False
        expected = enrolment_proof(row.secret, device_id, sign_key)
    return hmac.compare_digest(expected, str(proof.get("proof", "")))


def list_peers(store: Store) -> list[PeerRecord]:
    with store.read() as session:
        counts: dict[str, int] = {}
        for sender in session.scalars(select(SyncBundle.sender).where(SyncBundle.status == "quarantined")):
            counts[sender] = counts.get(sender, 0) + 1
        return [
            PeerRecord(
                p.device_id,
                p.name,
                p.role,
                p.status,
                fingerprint(p.sign_key),
                p.first_seen,
                p.last_contact,
                counts.get(p.device_id, 0),
            )
            for p in session.scalars(select(SyncPeer).order_by(SyncPeer.name))
        ]


def find_peer_id(store: Store, text: str) -> str:
    """A device by id, id prefix, name or fingerprint."""
    text = text.strip()
    peers = list_peers(store)
    matches = [p for p in peers if text in (p.device_id, p.name, p.fingerprint) or p.device_id.startswith(text)]
    if len(matches) != 1:
        hint = "; ".join(f"{p.name} {p.device_id} ({p.status})" for p in peers) or "none yet"
        raise KnownError(f"No single device matches '{text}'. Known devices: {hint}.")
    return matches[0].device_id


def set_status(store: Store, device_id: str, status: str) -> None:
    with store.write() as session:
        peer = session.get(SyncPeer, device_id)
        if peer is None:
            raise KnownError(f"Unknown device {device_id}; 'fieldkit trust list' shows the known ones.")
        peer.status = status


def quarantine_dir(store: Store) -> Path:
    path = store.paths.data_dir / "quarantine"
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path
