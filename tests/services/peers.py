"""Stores that sync with each other in the service tests: a device made from the migrated template,
and trusting another device's keys, as enrolment or ``fieldkit trust approve`` would."""

from __future__ import annotations

import shutil
from pathlib import Path

from fieldkit.config import Paths
from fieldkit.store.engine import Store
from fieldkit.store.open import initialise_device, open_store
from fieldkit.store.sync_models import SyncPeer
from fieldkit.sync.keys import ensure_box_key
from fieldkit.sync.trust import now_iso


def make_device(root: Path, template: Path, name: str, role: str) -> Store:
    """A set-up device under ``root/name``, its store copied from ``template``, with its box key."""
    paths = Paths(root / name)
    paths.data_dir.mkdir(parents=True)
    shutil.copyfile(template, paths.store)
    store = open_store(paths)
    initialise_device(store, name, role)
    ensure_box_key(store)
    return store


def pin(store: Store, other: Store) -> None:
    """Trust ``other``'s keys in ``store``."""
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
