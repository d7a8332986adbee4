"""Open or create the store in a data directory."""

from __future__ import annotations

import datetime as dt

from fieldkit.config import Paths, load_settings
from fieldkit.store.engine import Store, init_engine
from fieldkit.store.errors import KnownError, StoreNotInitialised
from fieldkit.store.hlc import Clock
from fieldkit.store.identity import RENEW_HINT, create_identity
from fieldkit.store.migrate import migrate, refuse_newer
from fieldkit.store.models import LocalDevice

ROLES = ("officer", "coordinator")


def open_store(paths: Paths, *, create: bool = False, clock: Clock | None = None) -> Store:
    """Open the store, migrating it first. Without ``create``, a missing store is an error."""
    if not paths.store.exists() and not create:
        raise StoreNotInitialised(
            f"There is no Field Kit store in {paths.data_dir}. Run "
            "'fieldkit init --name NAME --role officer' to set up this laptop."
        )
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    refuse_newer(paths)  # before the engine's connect hook touches the file (it switches it to WAL)
    engine = init_engine(paths.store)
    try:
        migrate(paths, engine, keep_backups=load_settings(paths.settings).backups_to_keep)
    except BaseException:
        engine.dispose()
        raise
    return Store(paths, engine, clock)


def initialise_device(store: Store, name: str, role: str) -> LocalDevice:
    """Give a new store its device identity. Refuses a store that already has one."""
    if role not in ROLES:
        raise KnownError(f"Role must be one of: {', '.join(ROLES)}.")
    name = name.strip()
    if not name:
        raise KnownError("The device needs a name, for example 'Qazax-2' or the officer's name.")
    if store.initialised:
        raise KnownError(
            f"This data directory is already set up as device '{store.device.name if store.device else ''}'"
            f" ({store.device_id}). Nothing was changed."
        )
    identity = create_identity(store.paths)
    with store.write() as session:
        session.add(
            LocalDevice(
                slot=1,
                device_id=identity.device_id,
                name=name,
                role=role,
                public_key=identity.public_key,
                created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                last_hlc=0,
                last_seq=0,
                retired_ids=[],
            )
        )
    store.refresh_identity()
    assert store.device is not None
    return store.device


def renew_identity(store: Store) -> LocalDevice:
    """Take a new device id and key, keeping every record; new changes get the new id's numbers."""
    if not store.initialised:
        raise KnownError("This store has no identity to renew. Run 'fieldkit init' first.")
    identity = create_identity(store.paths)
    with store.write() as session:
        device = session.get(LocalDevice, 1)
        assert device is not None
        device.retired_ids = [*device.retired_ids, device.device_id]
        device.device_id = identity.device_id
        device.public_key = identity.public_key
        device.last_seq = 0
    store.refresh_identity()
    assert store.device is not None
    return store.device


__all__ = ["RENEW_HINT", "ROLES", "initialise_device", "open_store", "renew_identity"]
