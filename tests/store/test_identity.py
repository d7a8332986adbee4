"""Device identity: a store copied to another data directory, or restored from an older copy, would
hand out sequence numbers that other stores already hold. Field Kit notices, keeps the store readable,
refuses writes with a message that says how to fix it, and takes a new identity on request."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.config import Paths
from fieldkit.services import events, materials
from fieldkit.services.export import canonical_export
from fieldkit.services.reference import load_reference
from fieldkit.store.engine import Store
from fieldkit.store.errors import IdentityMismatch
from fieldkit.store.models import ChangeLog
from fieldkit.store.open import initialise_device, open_store, renew_identity


def change_pairs(store: Store) -> list[tuple[str, int]]:
    with store.read() as session:
        return list(session.execute(select(ChangeLog.origin, ChangeLog.seq).order_by(ChangeLog.hlc)).tuples())


def make_store(paths: Paths, name: str) -> Store:
    store = open_store(paths, create=True)
    initialise_device(store, name, "officer")
    load_reference(store)
    return store


def copy_store_file(source: Paths, target: Paths) -> None:
    """Copy just the database, as someone copying ``fieldkit.db`` onto a USB stick would."""
    target.data_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{source.store}{suffix}").exists(), "close the store before copying it"
    shutil.copy2(source.store, target.store)


@pytest.fixture
def original(tmp_path: Path) -> Iterator[Store]:
    """Laptop A with an event and a material recorded, closed and reopened around the copies."""
    store = make_store(Paths(tmp_path / "laptop-a"), "Qazax-1")
    events.create_event(store, title="Seminar", kind="workshop", start_date="2026-05-14", location="AZ-QAZ")
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    yield store
    store.close()


def copied_without_key(original: Store, tmp_path: Path) -> Paths:
    original.close()
    target = Paths(tmp_path / "usb-copy")
    copy_store_file(original.paths, target)
    return target


def copied_over_another_device(original: Store, tmp_path: Path) -> Paths:
    target = Paths(tmp_path / "laptop-b")
    make_store(target, "Qazax-2").close()
    original.close()
    copy_store_file(original.paths, target)
    return target


def copied_whole_directory(original: Store, tmp_path: Path) -> Paths:
    original.close()
    target = Paths(tmp_path / "copied-folder")
    shutil.copytree(original.paths.data_dir, target.data_dir)
    return target


COPIES = {
    "store-file-without-key": copied_without_key,
    "store-file-over-another-device": copied_over_another_device,
    "whole-data-directory": copied_whole_directory,
}


def test_init_writes_a_private_key_readable_only_by_the_user_and_the_device_record(bare_store: Store) -> None:
    paths = bare_store.paths
    assert stat.S_IMODE(os.stat(paths.device_key).st_mode) == 0o600
    assert paths.device_key.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    state = json.loads(paths.device_state.read_text())
    assert bare_store.device is not None
    assert state["device_id"] == bare_store.device.device_id
    assert state["public_key"] == bare_store.device.public_key
    assert uuid.UUID(state["device_id"]).version == 4
    assert len(bytes.fromhex(bare_store.device.public_key)) == 32, "an Ed25519 public key"
    assert bare_store.identity_problem is None


def test_the_device_key_matches_the_public_key_in_the_store(bare_store: Store) -> None:
    from cryptography.hazmat.primitives import serialization

    from fieldkit.store.identity import load_private_key

    key = load_private_key(bare_store.paths)
    public = key.public_key().public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    assert bare_store.device is not None and public.hex() == bare_store.device.public_key


@pytest.mark.parametrize("how", list(COPIES))
def test_a_copied_store_is_readable_but_refuses_writes_with_the_fix(original: Store, tmp_path: Path, how: str) -> None:
    copy_paths = COPIES[how](original, tmp_path)

    copy = open_store(copy_paths)
    try:
        assert copy.identity_problem is not None
        assert "fieldkit identity renew" in copy.identity_problem
        assert [e.title for e in events.list_events(copy)] == ["Seminar"]
        before = canonical_export(copy)
        with pytest.raises(IdentityMismatch) as refused:
            events.create_event(copy, title="Second", kind="workshop", start_date="2026-05-15")
        assert "fieldkit identity renew" in str(refused.value)
        with pytest.raises(IdentityMismatch):
            materials.edit_material(copy, "LF-1", title_en="Leaflet")
        assert canonical_export(copy) == before
    finally:
        copy.close()


def test_the_message_for_a_store_copied_over_another_device_names_both_devices(original: Store, tmp_path: Path) -> None:
    original_id = original.device_id
    copy_paths = copied_over_another_device(original, tmp_path)
    key_id = json.loads(copy_paths.device_state.read_text())["device_id"]

    copy = open_store(copy_paths)
    try:
        assert copy.identity_problem is not None
        assert original_id in copy.identity_problem
        assert key_id in copy.identity_problem
    finally:
        copy.close()


def test_restoring_an_older_copy_of_the_store_in_the_same_directory_is_detected(original: Store) -> None:
    paths = original.paths
    original.close()
    old_copy = paths.data_dir / "fieldkit-old.db"
    shutil.copy2(paths.store, old_copy)
    store = open_store(paths)
    events.create_event(store, title="After the backup", kind="workshop", start_date="2026-05-20")
    store.close()
    shutil.copy2(old_copy, paths.store)  # the officer "restores" yesterday's file

    restored = open_store(paths)
    try:
        assert restored.identity_problem is not None
        assert "restored from a backup" in restored.identity_problem
        assert "fieldkit identity renew" in restored.identity_problem
        with pytest.raises(IdentityMismatch):
            events.create_event(restored, title="Again", kind="workshop", start_date="2026-05-21")
    finally:
        restored.close()


def test_reopening_the_store_in_its_own_directory_raises_no_alarm(original: Store) -> None:
    paths = original.paths
    original.close()
    store = open_store(paths)
    try:
        assert store.identity_problem is None
        events.create_event(store, title="Next day", kind="workshop", start_date="2026-05-15")
    finally:
        store.close()


def test_renewing_the_identity_keeps_every_record_and_numbers_new_changes_afresh(
    original: Store, tmp_path: Path
) -> None:
    old_id = original.device_id
    copy_paths = copied_without_key(original, tmp_path)
    copy = open_store(copy_paths)
    try:
        records_before = canonical_export(copy)
        old_pairs = change_pairs(copy)

        device = renew_identity(copy)

        assert copy.identity_problem is None
        assert device.device_id != old_id
        assert device.retired_ids == [old_id]
        assert canonical_export(copy) == records_before
        assert change_pairs(copy) == old_pairs
        events.create_event(copy, title="On the copy", kind="workshop", start_date="2026-05-15")
        materials.edit_material(copy, "LF-1", title_en="Leaflet")
        new_pairs = change_pairs(copy)[len(old_pairs) :]
        assert new_pairs == [(device.device_id, 1), (device.device_id, 2)]
    finally:
        copy.close()

    # Laptop A keeps working under its own identity; the two never hand out the same (origin, seq).
    laptop_a = open_store(original.paths)
    try:
        assert laptop_a.identity_problem is None
        events.create_event(laptop_a, title="On laptop A", kind="workshop", start_date="2026-05-15")
        a_pairs = set(change_pairs(laptop_a))
    finally:
        laptop_a.close()
    assert not a_pairs & set(new_pairs)
    assert (old_id, len(old_pairs) + 1) in a_pairs


def test_a_renewed_identity_survives_reopening_the_copy(original: Store, tmp_path: Path) -> None:
    copy_paths = copied_without_key(original, tmp_path)
    copy = open_store(copy_paths)
    new_id = renew_identity(copy).device_id
    copy.close()

    again = open_store(copy_paths)
    try:
        assert again.identity_problem is None
        assert again.device_id == new_id
        assert stat.S_IMODE(os.stat(copy_paths.device_key).st_mode) == 0o600
    finally:
        again.close()


def test_a_restored_store_can_take_a_new_identity_and_write_again(original: Store) -> None:
    paths = original.paths
    original.close()
    old_copy = paths.data_dir / "fieldkit-old.db"
    shutil.copy2(paths.store, old_copy)
    store = open_store(paths)
    events.create_event(store, title="Lost with the restore", kind="workshop", start_date="2026-05-20")
    store.close()
    shutil.copy2(old_copy, paths.store)

    restored = open_store(paths)
    try:
        device = renew_identity(restored)
        events.create_event(restored, title="After restore", kind="workshop", start_date="2026-05-21")
        assert change_pairs(restored)[-1] == (device.device_id, 1)
    finally:
        restored.close()


# -- through the command line ---------------------------------------------------------------------


def fieldkit(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("FIELDKIT_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_the_cli_refuses_to_write_to_a_copied_store_until_the_identity_is_renewed(
    original: Store, tmp_path: Path
) -> None:
    copy_paths = copied_without_key(original, tmp_path)
    add = ("event", "add", "--title", "Təlim", "--kind", "training", "--date", "2026-05-15")

    refused = fieldkit(copy_paths.data_dir, *add)
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert "fieldkit identity renew" in refused.stderr

    renewed = fieldkit(copy_paths.data_dir, "identity", "renew", "--json")
    assert renewed.returncode == 0, renewed.stderr
    assert json.loads(renewed.stdout)["retired_ids"] == [original.device_id]

    accepted = fieldkit(copy_paths.data_dir, *add)
    assert accepted.returncode == 0, accepted.stderr
    new_id = accepted.stdout.strip()
    store = open_store(copy_paths)
    try:
        assert events.get_event(store, new_id).title == "Təlim"
    finally:
        store.close()
