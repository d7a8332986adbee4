"""This device in sync: enrolling a laptop that is already set up, its name and fingerprint, and the
history of the bundles it sent and received."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.config import Paths, load_settings
from fieldkit.services import enrolment
from fieldkit.store.engine import Store
from fieldkit.store.errors import KnownError
from fieldkit.store.open import initialise_device, open_store
from fieldkit.sync.keys import fingerprint


@pytest.fixture
def coordinator(tmp_path: Path, store_templates: dict[str, Path]) -> Iterator[Store]:
    paths = Paths(tmp_path / "hq")
    paths.data_dir.mkdir()
    shutil.copyfile(store_templates["reference"], paths.store)
    hq = open_store(paths)
    initialise_device(hq, "Baku-HQ", "coordinator")
    yield hq
    hq.close()


def _enrolment_file(coordinator: Store, tmp_path: Path) -> Path:
    from fieldkit.sync.trust import write_enrolment

    return write_enrolment(coordinator, tmp_path / "enrol.json", "https://hub.example.org")


def test_a_laptop_already_set_up_enrols_from_the_coordinators_file(
    store: Store, coordinator: Store, tmp_path: Path, paths: Paths
) -> None:
    assert enrolment.enrolment_status(store) == enrolment.EnrolmentRecord(False)

    record = enrolment.enrol_from_file(store, _enrolment_file(coordinator, tmp_path))

    assert coordinator.device is not None
    expected = enrolment.EnrolmentRecord(
        True, coordinator.device_id, "Baku-HQ", fingerprint(coordinator.device.public_key), "https://hub.example.org"
    )
    assert record == expected
    assert enrolment.enrolment_status(store, "https://hub.example.org") == expected
    assert load_settings(paths.settings).hub_url == "https://hub.example.org"


def test_an_altered_enrolment_file_is_refused_and_nothing_is_pinned(
    store: Store, coordinator: Store, tmp_path: Path
) -> None:
    path = _enrolment_file(coordinator, tmp_path)
    document = json.loads(path.read_text())
    document["hub_url"] = "https://attacker.example.org"
    path.write_text(json.dumps(document))

    with pytest.raises(KnownError, match="altered"):
        enrolment.enrol_from_file(store, path)

    assert not enrolment.enrolment_status(store).enrolled


def test_a_coordinator_does_not_enrol(coordinator: Store, tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="coordinator does not enrol"):
        enrolment.enrol_from_file(coordinator, _enrolment_file(coordinator, tmp_path))


def test_this_device_and_renaming_it(store: Store) -> None:
    before = enrolment.this_device(store)
    assert store.device is not None
    assert before.fingerprint == fingerprint(store.device.public_key) and before.problem is None

    after = enrolment.rename_device(store, "  Qazax-2  ")

    assert after.name == "Qazax-2" and after.device_id == before.device_id
    with pytest.raises(KnownError, match="device name is required"):
        enrolment.rename_device(store, "   ")


def test_sync_history_lists_bundles_sent_and_received_newest_first(
    store: Store, coordinator: Store, tmp_path: Path
) -> None:
    from fieldkit.services.events import create_event
    from fieldkit.sync.exchange import export_bundle, import_paths

    enrolment.enrol_from_file(store, _enrolment_file(coordinator, tmp_path))
    create_event(store, title="Workshop in Qazax", kind="workshop", start_date="2026-12-01")
    sent = export_bundle(store, tmp_path / "usb")
    [received] = import_paths(coordinator, [sent.path])
    assert received.status == "imported"

    [out] = enrolment.sync_history(store)
    assert (out.direction, out.status, out.sender_name, out.changes) == ("out", "exported", "Test laptop", 1)
    [came] = enrolment.sync_history(coordinator)
    assert (came.direction, came.status, came.sender_name, came.applied) == ("in", "imported", "Test laptop", 1)
    assert came.message == received.message


def test_renewing_the_identity_of_a_restored_store_lets_it_write_again(store: Store, paths: Paths) -> None:
    from fieldkit.services import backup
    from fieldkit.services.events import create_event

    taken = backup.back_up_now(paths)
    create_event(store, title="After the backup", kind="workshop", start_date="2026-12-01")
    store.close()
    backup.restore_backup(paths, taken.path)
    restored = open_store(paths)
    try:
        before = enrolment.this_device(restored)
        assert before.problem is not None

        after = enrolment.renew_device_identity(restored)

        assert after.problem is None and after.device_id != before.device_id and after.name == before.name
        create_event(restored, title="Recorded under the new identity", kind="workshop", start_date="2026-12-02")
    finally:
        restored.close()
