"""A laptop restored from a backup: its changes since the backup are on the hub already. It may not
sync under its old identity (its new changes would reuse numbers the hub holds); renewed, it syncs as a
new device with the same enrolment, and the coordinator gets everything, the old and the new."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

from fieldkit.services import participants
from fieldkit.store.engine import Store

if TYPE_CHECKING:
    from .conftest import HubServer


def people(store: Store) -> set[str]:
    return {p.name for p in participants.search_participants(store, "", limit=None)}


def test_a_restored_laptop_syncs_again_once_renewed(shared_hub: HubServer) -> None:
    laptop = shared_hub.device("Qazax-restored")
    desk = shared_hub.device("HQ-restore", "coordinator")
    with laptop.store() as store:
        participants.create_participant(store, name="Before backup", sex="female", consent=True)
    assert laptop.sync_now().code == 0
    backup = laptop.data_dir.parent / "backup.db"
    shutil.copyfile(laptop.paths.store, backup)
    with laptop.store() as store:
        participants.create_participant(store, name="After backup", sex="male", consent=True)
    assert laptop.sync_now().code == 0

    for extra in ("-wal", "-shm"):
        laptop.paths.store.with_name(laptop.paths.store.name + extra).unlink(missing_ok=True)
    shutil.copyfile(backup, laptop.paths.store)  # the disk died; the backup comes back
    refused = laptop.sync_now()
    assert refused.code != 0 and "restored from a backup" in refused.out + refused.err, refused

    laptop.ok("identity", "renew")
    with laptop.store() as store:
        participants.create_participant(store, name="After restore", sex="female", consent=True)
    again = laptop.sync_now()
    assert again.code == 0, again.out
    assert desk.sync_now().code == 0
    with desk.store() as store:
        assert {"Before backup", "After backup", "After restore"} <= people(store)
