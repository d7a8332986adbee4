"""Open or create the store in a data directory."""

from __future__ import annotations

import datetime as dt

from fieldkit.config import Paths, load_settings
from fieldkit.store import cipher, keys
from fieldkit.store.encrypt import recover_interrupted
from fieldkit.store.engine import Store, init_engine
from fieldkit.store.errors import (
    KnownError,
    PassphraseRequired,
    StoreNotInitialised,
    StoreUnreadable,
    WrongPassphrase,
    message_of,
    said,
)
from fieldkit.store.hlc import Clock
from fieldkit.store.identity import RENEW_HINT, create_identity
from fieldkit.store.keys import needs_key
from fieldkit.store.migrate import migrate, refuse_newer
from fieldkit.store.models import LocalDevice

ROLES = ("officer", "coordinator")


def _store_key(paths: Paths, key: bytes | None) -> bytes | None:
    """The key to open the store with, checked read-only; ``None`` for a plain store."""
    if not needs_key(paths):
        return None
    key = key or keys.remembered(paths)
    if key is None:
        raise PassphraseRequired(
            said(
                "The store in {data_dir} is encrypted: it opens only with its passphrase (or its recovery key).",
                data_dir=str(paths.data_dir),
            )
        )
    if cipher.is_encrypted(paths.store) and cipher.key_refused(paths.store, key):
        raise WrongPassphrase(
            said(
                "The key in {keys_file} does not open the store in {data_dir}: one of the two was "
                "copied from another data directory, or the store is damaged. Nothing was changed; put back the "
                "matching files, or restore a backup from the 'backups' folder.",
                keys_file=keys.KEYS_FILENAME,
                data_dir=str(paths.data_dir),
            )
        )
    return key


def open_store(paths: Paths, *, create: bool = False, clock: Clock | None = None, key: bytes | None = None) -> Store:
    """Open the store, migrating it first. Without ``create``, a missing store is an error.

    An encrypted store needs ``key`` (or a key this process remembers, see ``keys.remember``); a wrong
    one is refused before anything is written. A new store in a data directory that has ``store.keys``
    is created encrypted.
    """
    if paths.data_dir.is_dir():
        recover_interrupted(paths)
    if not paths.store.exists() and not create:
        raise StoreNotInitialised(
            said(
                "There is no Field Kit store in {data_dir}. Run "
                "'fieldkit init --name NAME --role officer' to set up this laptop.",
                data_dir=str(paths.data_dir),
            )
        )
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    store_key = _store_key(paths, key)
    refuse_newer(paths, store_key)  # before the engine's connect hook touches the file (it switches it to WAL)
    engine = init_engine(paths.store, store_key)
    try:
        migrate(paths, engine, keep_backups=load_settings(paths.settings).backups_to_keep, key=store_key)
    except StoreUnreadable as exc:
        engine.dispose()
        if store_key is None and cipher.is_encrypted(paths.store):
            raise StoreUnreadable(
                said(
                    "{problem} If it is an encrypted store, its key file {keys_file} is missing from "
                    "{data_dir}: put it back.",
                    problem=message_of(exc),
                    keys_file=keys.KEYS_FILENAME,
                    data_dir=str(paths.data_dir),
                )
            ) from exc
        raise
    except BaseException:
        engine.dispose()
        raise
    return Store(paths, engine, clock)


def initialise_device(store: Store, name: str, role: str) -> LocalDevice:
    """Give a new store its device identity. Refuses a store that already has one."""
    if role not in ROLES:
        raise KnownError(said("Role must be one of: {roles}.", roles=", ".join(ROLES)))
    name = name.strip()
    if not name:
        raise KnownError(said("The device needs a name, for example 'Qazax-2' or the officer's name."))
    if store.initialised:
        raise KnownError(
            said(
                "This data directory is already set up as device '{name}' ({device_id}). Nothing was changed.",
                name=store.device.name if store.device else "",
                device_id=store.device_id,
            )
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
        raise KnownError(said("This store has no identity to renew. Run 'fieldkit init' first."))
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


__all__ = ["RENEW_HINT", "ROLES", "initialise_device", "needs_key", "open_store", "renew_identity"]
