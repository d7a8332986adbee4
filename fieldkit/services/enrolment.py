"""This device's place in sync, as the Settings and Sync screens show it: its name and key
fingerprint, the coordinator it enrolled with, and the bundles it has sent and received.

Enrolment itself is ``fieldkit.sync.trust.accept_enrolment`` (the same call as ``fieldkit init
--enroll``); ``enrol_from_file`` adds the checks a laptop that is already set up needs and returns a
record instead of the raw document.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from fieldkit.services.common import clean_text
from fieldkit.store.engine import Store
from fieldkit.store.errors import KnownError, said
from fieldkit.store.models import LocalDevice
from fieldkit.store.sync_models import SyncBundle, SyncOrigin, SyncPeer
from fieldkit.sync.keys import fingerprint

HISTORY_LIMIT = 500


@dataclass(frozen=True)
class DeviceRecord:
    device_id: str
    name: str
    role: str
    fingerprint: str  # of the signing key; a coordinator compares it before approving the laptop
    problem: str | None  # why writes are refused (copied or restored store), or None


@dataclass(frozen=True)
class EnrolmentRecord:
    """The coordinator this laptop pinned, or ``enrolled=False``."""

    enrolled: bool
    coordinator_id: str | None = None
    coordinator_name: str | None = None
    fingerprint: str | None = None
    hub_url: str | None = None


@dataclass(frozen=True)
class SyncBundleRecord:
    bundle_id: str
    direction: str  # in | out
    sender_id: str
    sender_name: str
    scope: str
    handled_at: str  # ISO 8601 with offset
    status: str  # exported | imported | known | quarantined | rejected
    changes: int
    applied: int
    message: str


def _device(store: Store) -> LocalDevice:
    device = store.device
    if device is None:
        raise KnownError(said("Set this laptop up first ('fieldkit init')."))
    return device


def this_device(store: Store) -> DeviceRecord:
    device = _device(store)
    return DeviceRecord(
        device.device_id, device.name, device.role, fingerprint(device.public_key), store.identity_problem
    )


def rename_device(store: Store, name: str) -> DeviceRecord:
    """The name other devices see on this laptop's bundles; the device id and keys stay."""
    store.require_writable()
    text = clean_text(name, "device name", required=True, limit=120)
    with store.write() as session:
        row = session.get(LocalDevice, 1)
        assert row is not None
        row.name = text
    store.refresh_identity()
    return this_device(store)


def renew_device_identity(store: Store) -> DeviceRecord:
    """After a copy or a restore: a new device id and key, every record kept (``identity renew``)."""
    from fieldkit.store.open import renew_identity

    renew_identity(store)
    return this_device(store)


def enrolment_status(store: Store, hub_url: str | None = None) -> EnrolmentRecord:
    """The coordinator this laptop enrolled with (its key fingerprint) and the hub URL it was given."""
    device = _device(store)
    coordinator_id = (device.enrolment or {}).get("coordinator")
    if not coordinator_id:
        return EnrolmentRecord(False, hub_url=hub_url)
    with store.read() as session:
        peer = session.get(SyncPeer, coordinator_id)
        name, key = (peer.name, peer.sign_key) if peer is not None else (None, None)
    return EnrolmentRecord(True, coordinator_id, name, fingerprint(key) if key else None, hub_url)


def enrol_from_file(store: Store, path: Path) -> EnrolmentRecord:
    """A laptop already set up pins the coordinator from its enrolment file (``init --enroll`` later).

    The file is checked (format and the coordinator's signature) before anything is written. The hub
    URL it carries is saved in settings.json; the record returns it so an open app can update its
    settings too.
    """
    from fieldkit.sync.trust import accept_enrolment

    device = _device(store)
    if device.role != "officer":
        raise KnownError(said("A coordinator does not enrol with another device; laptops enrol with a coordinator."))
    store.require_writable()
    document = accept_enrolment(store, path)  # checks the file's signature before writing anything
    coordinator = document["coordinator"]
    return EnrolmentRecord(
        True,
        str(coordinator["device_id"]),
        str(coordinator["name"]),
        fingerprint(str(coordinator["sign_key"])),
        document.get("hub_url") or None,
    )


def sync_history(store: Store, limit: int = HISTORY_LIMIT) -> list[SyncBundleRecord]:
    """The bundles this store wrote or read, newest first, each with what became of it."""
    device = _device(store)
    with store.read() as session:
        names: dict[str, str] = {o: n for o, n in session.execute(select(SyncOrigin.origin, SyncOrigin.name)) if n}
        names.update({d: n for d, n in session.execute(select(SyncPeer.device_id, SyncPeer.name)) if n})
        for own in (device.device_id, *device.retired_ids):
            names[own] = device.name
        rows = session.scalars(
            select(SyncBundle).order_by(SyncBundle.handled_at.desc(), SyncBundle.bundle_id.desc()).limit(limit)
        )
        return [
            SyncBundleRecord(
                r.bundle_id,
                r.direction,
                r.sender,
                names.get(r.sender, r.sender[:8]),
                r.scope,
                r.handled_at,
                r.status,
                r.changes,
                r.applied,
                r.message,
            )
            for r in rows
        ]
