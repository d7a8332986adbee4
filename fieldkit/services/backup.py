"""Backups of the store: make one now, list them, and restore one safely.

A backup is a copy made with SQLite's online backup API (``store.migrate.backup_file``), so it is
consistent even while the app has the store open. Restoring replaces the store file, which only works
with the store closed; ``restore_backup`` therefore takes the ``Paths``, not a ``Store``, and returns
what the caller must reopen.

Restoring must never lose data or reuse sequence numbers:

* the backup is copied aside and checked (``integrity_check``, a schema this app knows, a device
  identity) before anything else is touched, so a bad file changes nothing;
* the current store is kept as a backup of its own first, so a restore can itself be undone;
* a backup that is behind this device's changes would hand out sequence numbers other stores already
  hold. The identity check in ``store.identity`` refuses writes to such a store until ``identity
  renew``, but it compares against a high-water mark that is written lazily after each commit; so the
  mark is brought up to the current store's last number before the file is replaced. When the current
  store cannot be read (the usual reason to restore), nobody can prove the backup is complete, and the
  mark is set past the backup's last number so that the restored store takes a new identity.

An encrypted store's backups are encrypted under the same key (the online backup copies the pages
as they are), and a plain backup restored into an encrypted data directory is encrypted on its way
in. The key is the one given, or the one this process remembers from unlocking the store.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from fieldkit.config import Paths
from fieldkit.store import cipher, keys
from fieldkit.store.encrypt import WORK_SUFFIX
from fieldkit.store.errors import KnownError, PassphraseRequired, said
from fieldkit.store.identity import check_identity, read_key_state, write_key_state
from fieldkit.store.migrate import backup_file
from fieldkit.store.version import KNOWN_REVISIONS, SCHEMA_HEAD

MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
_NAME = re.compile(r"^fieldkit-(\d{8}-\d{6})-(\d{6})-(.+)\.db$")
_STAGING = ".fieldkit-restore.db"


@dataclass(frozen=True)
class BackupRecord:
    path: Path
    taken_at: dt.datetime  # local time, naive (as the file name records it)
    size: int  # bytes
    label: str  # "manual", "before-restore", "before-<schema>-from-<schema>", or "" for other files

    @property
    def reason(self) -> str:
        """Why the copy was made: ``manual``, ``restore``, ``migration`` or ``other``."""
        if self.label == MANUAL:
            return "manual"
        if self.label.startswith(BEFORE_RESTORE):
            return "restore"
        if self.label.startswith("before-"):
            return "migration"
        return "other"


@dataclass(frozen=True)
class BackupCheck:
    """What a backup file holds, once it has passed the checks."""

    path: Path
    revision: str
    device_id: str
    device_name: str
    role: str
    public_key: str
    last_seq: int


@dataclass(frozen=True)
class RestoreResult:
    """The store file was replaced: the caller must open ``paths`` again (``open_store(paths)``)."""

    paths: Paths
    restored_from: Path
    kept_current_as: Path | None  # the copy of the store as it was before; None if there was no store
    device_name: str
    identity_problem: str | None  # why writes stay refused until 'identity renew', or None

    @property
    def needs_new_identity(self) -> bool:
        return self.identity_problem is not None


def _record(path: Path) -> BackupRecord:
    stat = path.stat()
    match = _NAME.match(path.name)
    if match:
        taken = dt.datetime.strptime(f"{match[1]}-{match[2]}", "%Y%m%d-%H%M%S-%f")
        label = match[3]
    else:
        taken, label = dt.datetime.fromtimestamp(stat.st_mtime), ""
    return BackupRecord(path=path, taken_at=taken, size=stat.st_size, label=label)


def list_backups(paths: Paths) -> list[BackupRecord]:
    """The copies in the data directory's ``backups`` folder, newest first."""
    if not paths.backups.is_dir():
        return []
    records = [_record(p) for p in paths.backups.glob("fieldkit-*.db") if p.is_file()]
    return sorted(records, key=lambda r: (r.taken_at, r.path.name), reverse=True)


def _store_key(paths: Paths, key: bytes | None) -> bytes | None:
    """The key of an encrypted store (given, or remembered by this process); ``None`` for a plain one."""
    if not (keys.has_keys(paths) and cipher.is_encrypted(paths.store)):
        return None
    key = key or keys.remembered(paths)
    if key is None:
        raise PassphraseRequired(
            said(
                "The store in {data_dir} is encrypted: unlock it with its passphrase first.",
                data_dir=str(paths.data_dir),
            )
        )
    return key


def _errors(key: bytes | None) -> tuple[type[Exception], ...]:
    """What the SQLite library in use raises: ``sqlite3``'s, or ``sqlcipher3``'s for an encrypted file."""
    return (sqlite3.Error,) if key is None else (sqlite3.Error, cipher.dbapi().Error)


def _connect(path: Path, key: bytes | None, timeout: float = 5.0) -> Any:
    return sqlite3.connect(path, timeout=timeout) if key is None else cipher.connect(path, key, timeout=timeout)


def back_up_now(paths: Paths, keep: int = 10, key: bytes | None = None) -> BackupRecord:
    """Copy the store into ``backups`` now (safe while it is open); the oldest beyond ``keep`` go.

    The copy of an encrypted store is encrypted under the same key."""
    if not paths.store.exists():
        raise KnownError(said("There is no store in {data_dir} to back up.", data_dir=str(paths.data_dir)))
    store_key = _store_key(paths, key)
    failures: tuple[type[Exception], ...] = (OSError, *_errors(store_key))
    try:
        target = backup_file(paths, MANUAL, max(keep, 1), store_key)
    except failures as exc:
        raise KnownError(
            said(
                "The backup could not be written to {folder} ({reason}). Check the free disk space.",
                folder=str(paths.backups),
                reason=str(exc),
            )
        ) from exc
    assert target is not None
    return _record(target)


def _inspect(path: Path, key: bytes | None = None) -> BackupCheck:
    """The checks, on a file this module may write to (it is left in rollback-journal mode).

    With ``key`` (an encrypted data directory), an encrypted file is opened with it."""
    damaged = said(
        "{name} is damaged or is not a Field Kit store; it cannot be restored. Choose another backup.", name=path.name
    )
    if key is not None and cipher.is_encrypted(path):
        damaged = said(
            "{name} is damaged, or is encrypted with another store's key; it cannot be restored here. "
            "Choose another backup.",
            name=path.name,
        )
    else:
        key = None
    errors = _errors(key)
    try:
        con = _connect(path, key)
    except errors as exc:
        raise KnownError(damaged) from exc
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        problems = [row[0] for row in con.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise KnownError(damaged)
        try:
            (revision,) = con.execute("SELECT version_num FROM alembic_version").fetchone() or (None,)
            device = con.execute(
                "SELECT device_id, name, role, public_key, last_seq FROM local_device WHERE slot = 1"
            ).fetchone()
        except errors as exc:
            raise KnownError(damaged) from exc
    except errors as exc:
        raise KnownError(damaged) from exc
    finally:
        con.close()
    if revision not in KNOWN_REVISIONS:
        raise KnownError(
            said(
                "{name} was written by a newer Field Kit (schema {revision}; this app knows up to "
                "{head}). Install the newer Field Kit to restore it.",
                name=path.name,
                revision=str(revision),
                head=SCHEMA_HEAD,
            )
        )
    if device is None:
        raise KnownError(
            said("{name} holds a store that was never set up; there is nothing to restore.", name=path.name)
        )
    device_id, name, role, public_key, last_seq = device
    return BackupCheck(path, str(revision), str(device_id), str(name), str(role), str(public_key), int(last_seq))


def _current_identity(paths: Paths, key: bytes | None) -> tuple[bool, tuple[str, int] | None]:
    """Whether the current store can be read, and its device id and last sequence number."""
    try:
        con = _connect(paths.store, key, timeout=1.0)
        try:
            row = con.execute("SELECT device_id, last_seq FROM local_device WHERE slot = 1").fetchone()
        finally:
            con.close()
    except _errors(key):
        return False, None
    return True, None if row is None else (str(row[0]), int(row[1]))


def _release(paths: Paths, key: bytes | None) -> None:
    """Fold the write-ahead log into the store file, and make sure nothing else has it open."""
    module: Any = sqlite3 if key is None else cipher.dbapi()
    try:
        con = _connect(paths.store, key, timeout=1.0)
        try:
            con.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            con.close()
    except module.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise KnownError(
                said(
                    "The store is open in another Field Kit window or command. Close it, then restore again; "
                    "nothing was changed."
                )
            ) from exc
        # a damaged store: it is kept as it is, write-ahead log included
    except module.DatabaseError:
        pass


def _keep_current(paths: Paths, readable: bool, keep: int, key: bytes | None) -> tuple[Path, bool]:
    """Copy the store as it is into ``backups``; whether the copy is a clean SQLite backup.

    A store SQLite cannot copy (damaged) is copied byte for byte, with its write-ahead log.
    """
    if readable:
        before = set(paths.backups.glob("fieldkit-*.db")) if paths.backups.is_dir() else set()
        try:
            kept = backup_file(paths, BEFORE_RESTORE, max(keep, 1), key)
        except _errors(key):
            for partial in set(paths.backups.glob("fieldkit-*.db")) - before:
                partial.unlink(missing_ok=True)
        else:
            assert kept is not None
            return kept, True
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups / f"fieldkit-{stamp}-{BEFORE_RESTORE}-unreadable.db"
    shutil.copy2(paths.store, target)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{paths.store}{suffix}")
        if side.exists():
            shutil.copy2(side, Path(f"{target}{suffix}"))
    return target, False


def _raise_high_water(paths: Paths, readable: bool, current: tuple[str, int] | None, backup: BackupCheck) -> None:
    state = read_key_state(paths)
    if state is None or state.device_id != backup.device_id:
        return  # another device's store, or no key here: the identity check refuses writes anyway
    if not readable:
        mark = max(state.last_seq, backup.last_seq + 1)  # nobody can prove the backup is complete
    elif current is not None and current[0] == state.device_id:
        mark = max(state.last_seq, current[1])
    else:
        mark = state.last_seq
    if mark != state.last_seq:
        write_key_state(paths, replace(state, last_seq=mark))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _data_dir_key(paths: Paths, key: bytes | None) -> bytes | None:
    """The key of an encrypted data directory (one with ``store.keys``), or ``None`` for a plain one."""
    if not keys.has_keys(paths) or not (cipher.is_encrypted(paths.store) or not cipher.has_content(paths.store)):
        return None
    key = key or keys.remembered(paths)
    if key is None:
        raise PassphraseRequired(
            said(
                "The store in {data_dir} is encrypted: unlock it with its passphrase first.",
                data_dir=str(paths.data_dir),
            )
        )
    return key


def _encrypt_staged(staging: Path, key: bytes) -> None:
    """A plain backup restored into an encrypted data directory is encrypted before it takes the store's
    place; the plain staging copy is shredded."""
    work = Path(f"{staging}{WORK_SUFFIX}")
    work.unlink(missing_ok=True)
    con = cipher.dbapi().connect(str(staging), isolation_level=None)
    try:
        cipher.export_plain_to_encrypted(con, work, key)
    finally:
        con.close()
    _fsync(work)
    cipher.shred(staging)
    os.replace(work, staging)


def restore_backup(paths: Paths, backup: Path, keep: int = 10, key: bytes | None = None) -> RestoreResult:
    """Replace the store with ``backup``. The store must be closed; open ``result.paths`` afterwards.

    The backup is checked before anything changes (a bad one raises ``KnownError`` and changes
    nothing), and the current store is first kept in ``backups``. In an encrypted data directory the
    store stays encrypted (``key``: its key, or the one this process remembers).
    """
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    store_key = _data_dir_key(paths, key)
    current_key = store_key if cipher.is_encrypted(paths.store) else None
    staging = paths.data_dir / _STAGING
    for suffix in ("", "-journal", WORK_SUFFIX):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{staging}{suffix}").unlink()
    try:
        try:
            shutil.copyfile(backup, staging)
        except OSError as exc:
            raise KnownError(
                said(
                    "The backup {path} cannot be read ({reason}); nothing was changed.",
                    path=str(backup),
                    reason=str(exc),
                )
            ) from exc
        checked = replace(_inspect(staging, store_key), path=backup)
        if store_key is not None and not cipher.is_encrypted(staging):
            _encrypt_staged(staging, store_key)
        _fsync(staging)
        kept = None
        if paths.store.exists():
            readable, current = _current_identity(paths, current_key)
            if readable:
                _release(paths, current_key)
            failures: tuple[type[Exception], ...] = (OSError, *_errors(current_key))
            try:
                kept, intact = _keep_current(paths, readable, keep, current_key)
            except failures as exc:
                raise KnownError(
                    said(
                        "The current store could not be kept as a backup ({reason}); nothing was changed. "
                        "Check the free disk space.",
                        reason=str(exc),
                    )
                ) from exc
            _raise_high_water(paths, readable and intact, current, checked)
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{paths.store}{suffix}").unlink()
        os.replace(staging, paths.store)
        if os.name == "posix":
            _fsync(paths.data_dir)
    finally:
        for suffix in ("", WORK_SUFFIX):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{staging}{suffix}").unlink()
    problem = check_identity(paths, checked.device_id, checked.public_key, checked.last_seq)
    return RestoreResult(paths, backup, kept, checked.device_name, problem)
