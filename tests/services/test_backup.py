"""Backups: made while the store is open, listed newest first, and restored only after the file is
checked; a restore keeps the store it replaces, and a store behind this device's changes refuses
writes until it takes a new identity, so no sequence number is issued twice."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.config import Paths
from fieldkit.services import backup, events
from fieldkit.store.engine import Store
from fieldkit.store.errors import IdentityMismatch, KnownError
from fieldkit.store.open import open_store, renew_identity


def _titles(store: Store) -> set[str]:
    return {e.title for e in events.list_events(store)}


def _add(store: Store, title: str) -> None:
    events.create_event(store, title=title, kind="workshop", start_date="2026-12-01")


@pytest.fixture
def reopened() -> Iterator[list[Store]]:
    """Stores a test opens after a restore, closed at the end."""
    opened: list[Store] = []
    yield opened
    for s in opened:
        s.close()


def _reopen(paths: Paths, opened: list[Store]) -> Store:
    s = open_store(paths)
    opened.append(s)
    return s


def test_back_up_now_copies_the_open_store_and_keeps_only_the_newest(store: Store, paths: Paths) -> None:
    _add(store, "Round-table in Qazax")
    made = [backup.back_up_now(paths, keep=2) for _ in range(3)]

    listed = backup.list_backups(paths)
    assert [r.path for r in listed] == [made[2].path, made[1].path]
    assert listed[0].reason == "manual" and listed[0].size == made[2].path.stat().st_size > 0
    assert listed[0].taken_at >= listed[1].taken_at
    con = sqlite3.connect(made[2].path)
    try:
        assert con.execute("SELECT title FROM events").fetchall() == [("Round-table in Qazax",)]
    finally:
        con.close()


def test_no_backups_yet_is_an_empty_list(paths: Paths) -> None:
    assert backup.list_backups(paths) == []


def test_restoring_an_older_backup_keeps_the_current_store_and_refuses_writes_until_renewed(
    store: Store, paths: Paths, reopened: list[Store]
) -> None:
    _add(store, "Before the backup")
    taken = backup.back_up_now(paths)
    _add(store, "After the backup")
    store.close()

    result = backup.restore_backup(paths, taken.path)

    assert result.paths == paths and result.restored_from == taken.path
    assert result.needs_new_identity and "restored from a backup" in (result.identity_problem or "")
    restored = _reopen(paths, reopened)
    assert _titles(restored) == {"Before the backup"}
    with pytest.raises(IdentityMismatch):
        _add(restored, "Would reuse a sequence number")

    # the store as it was is kept, and can itself be restored
    assert result.kept_current_as is not None
    kept = next(r for r in backup.list_backups(paths) if r.path == result.kept_current_as)
    assert kept.reason == "restore"
    con = sqlite3.connect(kept.path)
    try:
        assert {t for (t,) in con.execute("SELECT title FROM events")} == {"Before the backup", "After the backup"}
    finally:
        con.close()

    old_id = restored.device_id
    renew_identity(restored)
    _add(restored, "After renewing")
    with restored.read() as session:
        con2 = session.connection().connection.driver_connection
        seqs = con2.execute("SELECT origin, seq FROM change_log WHERE origin = ?", (restored.device_id,)).fetchall()
    assert restored.device_id != old_id and [s for _o, s in seqs] == [1]


def test_a_backup_holding_every_change_restores_writable(store: Store, paths: Paths, reopened: list[Store]) -> None:
    _add(store, "Everything is in the backup")
    taken = backup.back_up_now(paths)
    store.close()

    result = backup.restore_backup(paths, taken.path)

    assert not result.needs_new_identity
    restored = _reopen(paths, reopened)
    _add(restored, "Written after the restore")
    assert _titles(restored) == {"Everything is in the backup", "Written after the restore"}


def test_the_high_water_mark_that_lagged_is_caught_up_before_the_file_is_replaced(
    store: Store, paths: Paths, reopened: list[Store]
) -> None:
    """The mark in device.json is written lazily; the restore must not depend on it being current."""
    import json

    taken = backup.back_up_now(paths)
    _add(store, "Not in the backup")
    store.close()
    state = json.loads(paths.device_state.read_text())
    state["last_seq"] = 0  # as after a power cut right after the commit
    paths.device_state.write_text(json.dumps(state))

    result = backup.restore_backup(paths, taken.path)

    assert result.needs_new_identity
    with pytest.raises(IdentityMismatch):
        _add(_reopen(paths, reopened), "Would reuse a sequence number")


def _titles_on_disk(paths: Paths) -> list[tuple[str]]:
    con = sqlite3.connect(paths.store)
    try:
        return sorted(con.execute("SELECT title FROM events").fetchall())
    finally:
        con.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "newer schema", "never set up"])
def test_a_bad_backup_is_refused_and_nothing_changes(store: Store, paths: Paths, tmp_path: Path, damage: str) -> None:
    _add(store, "Kept")
    taken = backup.back_up_now(paths)
    bad = tmp_path / f"bad-{damage.replace(' ', '-')}.db"
    data = taken.path.read_bytes()
    if damage == "garbage":
        bad.write_bytes(b"not a database at all" * 100)
    elif damage == "truncated":
        bad.write_bytes(data[: len(data) // 3])
    else:
        bad.write_bytes(data)
        con = sqlite3.connect(bad)
        if damage == "newer schema":
            con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        else:
            con.execute("DELETE FROM local_device")
        con.commit()
        con.close()
    store.close()
    listed = backup.list_backups(paths)

    with pytest.raises(KnownError) as refused:
        backup.restore_backup(paths, bad)

    expected = {"newer schema": "newer Field Kit", "never set up": "never set up"}.get(damage, "damaged")
    assert expected in str(refused.value)
    assert _titles_on_disk(paths) == [("Kept",)]
    assert backup.list_backups(paths) == listed  # no copy of the current store was even needed
    assert not list(paths.data_dir.glob(".fieldkit-restore*"))


def test_a_missing_backup_file_is_refused(store: Store, paths: Paths, tmp_path: Path) -> None:
    store.close()
    with pytest.raises(KnownError, match="cannot be read"):
        backup.restore_backup(paths, tmp_path / "gone.db")


def test_restore_is_refused_while_another_process_has_the_store_open(store: Store, paths: Paths) -> None:
    _add(store, "Kept")
    taken = backup.back_up_now(paths)
    _add(store, "Also kept")  # the store stays open, as in a second window

    with pytest.raises(KnownError, match="open in another"):
        backup.restore_backup(paths, taken.path)

    assert _titles(store) == {"Kept", "Also kept"}


def test_restoring_over_a_damaged_store_keeps_its_bytes_and_requires_a_new_identity(
    store: Store, paths: Paths, reopened: list[Store]
) -> None:
    _add(store, "In the backup")
    taken = backup.back_up_now(paths)
    store.close()
    paths.store.write_bytes(b"\x00" * 4096 + b"scrambled by a power cut")

    result = backup.restore_backup(paths, taken.path)

    assert result.kept_current_as is not None
    assert result.kept_current_as.read_bytes().endswith(b"scrambled by a power cut")
    assert result.needs_new_identity  # the damaged store may have held later changes
    restored = _reopen(paths, reopened)
    assert _titles(restored) == {"In the backup"}
    with pytest.raises(IdentityMismatch):
        _add(restored, "Would maybe reuse a sequence number")


def test_restoring_another_devices_backup_requires_a_new_identity(
    store: Store, paths: Paths, tmp_path: Path, store_templates: dict[str, Path], reopened: list[Store]
) -> None:
    import shutil

    from fieldkit.store.open import initialise_device

    other_paths = Paths(tmp_path / "other")
    other_paths.data_dir.mkdir()
    shutil.copyfile(store_templates["reference"], other_paths.store)
    other = open_store(other_paths)
    initialise_device(other, "Sabirabad-1", "officer")
    _add(other, "From the other laptop")
    theirs = backup.back_up_now(other_paths)
    other.close()
    store.close()

    result = backup.restore_backup(paths, theirs.path)

    assert result.device_name == "Sabirabad-1" and result.needs_new_identity
    restored = _reopen(paths, reopened)
    assert _titles(restored) == {"From the other laptop"}
    with pytest.raises(IdentityMismatch):
        _add(restored, "Would write as the other laptop")
