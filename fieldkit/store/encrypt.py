"""Turning a plain store into an encrypted one in place (``fieldkit store encrypt``), safely.

The steps, and why a crash at any point leaves a usable store:

1. the plain store is opened (and migrated) once, and its canonical export taken;
2. the plain file is switched to rollback-journal mode, which folds its write-ahead log in and fails
   if any other process has it open, then locked exclusively until the end, so nobody writes to it
   while it is copied;
3. ``store.keys`` is written: a new key, wrapped by the passphrase and a new recovery key. The store is
   still plain, and a plain store opens as plain whatever the data directory holds;
4. ``sqlcipher_export`` copies it into ``fieldkit.db.encrypting`` under the key;
5. the copy is verified: ``integrity_check``, and its canonical export must equal the plain one's;
6. the swap: ``fieldkit.db.plain`` is made a second name (hard link) of the plain file, then the copy is
   renamed over ``fieldkit.db`` in one atomic step, so ``fieldkit.db`` is always one whole store, first
   the plain one, then the encrypted one (where hard links are not supported, the plain file is renamed
   aside first, and a store found missing next to its ``.plain`` copy is put back on opening);
7. the plain copy is overwritten with zeros, flushed and removed;
8. the backups in ``backups/`` that are still plain are encrypted the same way, one by one (running
   ``store encrypt`` again finishes them if a crash stopped it here).

Opening a store finishes or undoes an interrupted swap (``recover_interrupted``): a ``.plain`` file
whose store is now encrypted is shredded; one whose store is missing is renamed back.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.config import Paths
from fieldkit.store import cipher, keys
from fieldkit.store.engine import Store, init_engine
from fieldkit.store.errors import KnownError, said

ASIDE_SUFFIX = ".plain"
WORK_SUFFIX = ".encrypting"
SIDE_FILES = ("-wal", "-shm", "-journal")


def _no_step(step: str) -> None:
    return None


# Called at each step with the step's name; tests replace it to stop the process there (a crash).
step_hook: Callable[[str], None] = _no_step


@dataclass(frozen=True)
class EncryptResult:
    recovery_key: str | None  # shown once; None when the store was already encrypted (backups finished)
    backups_encrypted: int
    backups_left_plain: tuple[Path, ...]  # damaged copies SQLite cannot read: encrypted by nobody
    key: bytes = field(repr=False)  # the store's key, to open it right away


def _side(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            _side(path, suffix).unlink()


def recover_interrupted(paths: Paths) -> None:
    """Finish or undo a swap that a crash interrupted (see the module's docstring)."""
    for directory in (paths.data_dir, paths.backups):
        if not directory.is_dir():
            continue
        for aside in directory.glob(f"*{ASIDE_SUFFIX}"):
            original = aside.with_name(aside.name[: -len(ASIDE_SUFFIX)])
            if not original.exists():
                os.replace(aside, original)  # stopped between the two renames: the plain store goes back
            elif cipher.is_encrypted(original) and not original.samefile(aside):
                cipher.shred(aside)  # stopped after the swap: finish removing the plain copy
            # the same file under two names (stopped before the swap): harmless, cleared by the next run


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _swap(original: Path, replacement: Path, before: Callable[[], None] | None = None) -> None:
    """Put ``replacement`` in the place of ``original`` and shred the original's content."""
    aside = _side(original, ASIDE_SUFFIX)
    if aside.exists():
        if not aside.samefile(original):
            raise KnownError(
                said("{path} is in the way; move it elsewhere, then try again. Nothing was changed.", path=str(aside))
            )
        aside.unlink()
    try:
        os.link(original, aside)
        linked = True
    except OSError:  # no hard links here (a FAT-formatted stick): rename aside instead
        linked = False
    step_hook("linked")
    if before is not None:
        before()
    if not linked:
        os.replace(original, aside)
        step_hook("moved-aside")
    os.replace(replacement, original)
    cipher.fsync_dir(original.parent)
    step_hook("swapped")
    cipher.shred(aside)
    for suffix in SIDE_FILES:  # none are expected: the plain file was in rollback-journal mode
        cipher.shred(_side(original, f"{ASIDE_SUFFIX}{suffix}"))
    cipher.fsync_dir(original.parent)
    step_hook("shredded")


def _exclusive(path: Path) -> Any:
    """A ``sqlcipher3`` connection (no key: the file is plain) holding the only lock on ``path``."""
    module = cipher.dbapi()
    con = module.connect(str(path), isolation_level=None, timeout=1.0)
    try:
        con.execute("PRAGMA journal_mode = DELETE").fetchall()  # folds the WAL in; needs every other reader gone
        con.execute("PRAGMA main.locking_mode = EXCLUSIVE").fetchall()
        con.execute("BEGIN EXCLUSIVE")
        con.execute("COMMIT")  # the exclusive lock stays until the connection closes
    except module.OperationalError as exc:
        con.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise KnownError(
                said(
                    "The store is open in another Field Kit window or command. Close it, then encrypt again; "
                    "nothing was changed."
                )
            ) from exc
        raise
    except BaseException:
        con.close()
        raise
    return con


def encrypt_store(paths: Paths, passphrase: str, fingerprint: Callable[[Store], bytes]) -> EncryptResult:
    """Encrypt the plain store in ``paths`` in place. ``fingerprint`` reads what a store holds (the
    canonical export): the encrypted copy replaces the plain store only if both give the same bytes."""
    from fieldkit.store.open import open_store

    keys.check_new_passphrase(passphrase)
    if not cipher.has_content(paths.store):
        raise KnownError(
            said("There is no store in {data_dir} to encrypt. Run 'fieldkit init' first.", data_dir=str(paths.data_dir))
        )
    recover_interrupted(paths)
    if cipher.is_encrypted(paths.store):
        # Already done, unless a run was interrupted before the backups were encrypted: finish them.
        if not keys.has_keys(paths):
            raise KnownError(
                said("The store in {data_dir} is already encrypted (or damaged).", data_dir=str(paths.data_dir))
            )
        key = keys.unlock(paths, passphrase)
        done, left = encrypt_backups(paths, key)
        if done == 0 and not left:
            raise KnownError(
                said(
                    "The store in {data_dir} is already encrypted. To change its passphrase, run "
                    "'fieldkit store rekey'.",
                    data_dir=str(paths.data_dir),
                )
            )
        return EncryptResult(None, done, tuple(left), key)
    plain = open_store(paths)  # migrated to this app's schema first (behind a backup, encrypted below)
    try:
        expected = fingerprint(plain)
    finally:
        plain.close()
    work = _side(paths.store, WORK_SUFFIX)
    _remove_with_side_files(work)
    con = _exclusive(paths.store)
    try:
        step_hook("locked")
        new = keys.create_keys(paths, passphrase)
        step_hook("keys-written")
        cipher.export_plain_to_encrypted(con, work, new.key)
        step_hook("exported")
        _verify(paths, work, new.key, expected, fingerprint)
        step_hook("verified")
        _swap(paths.store, work, before=con.close if os.name == "nt" else None)
    except BaseException:
        _remove_with_side_files(work)
        raise
    finally:
        con.close()
    done, left = encrypt_backups(paths, new.key)
    return EncryptResult(new.recovery_key, done, tuple(left), new.key)


def _verify(paths: Paths, work: Path, key: bytes, expected: bytes, fingerprint: Callable[[Store], bytes]) -> None:
    if not cipher.integrity_ok(work, key):
        raise KnownError(
            said("The encrypted copy failed SQLite's integrity check; the plain store was kept unchanged.")
        )
    copy = Store(paths, init_engine(work, key))
    try:
        got = fingerprint(copy)
    finally:
        copy.close()
    if got != expected:
        raise KnownError(
            said(
                "The encrypted copy does not hold exactly what the plain store holds (was it changed meanwhile?); "
                "the plain store was kept unchanged. Try again."
            )
        )
    cipher.rollback_journal(work, key)  # one file, no write-ahead log to leave behind at the rename
    _fsync(work)


def encrypt_backups(paths: Paths, key: bytes) -> tuple[int, list[Path]]:
    """Encrypt the plain backups in ``backups/`` under ``key``: how many, and the ones SQLite could not
    read (damaged copies, left as they are)."""
    if not paths.backups.is_dir():
        return 0, []
    module = cipher.dbapi()
    done, left = 0, []
    for backup in sorted(paths.backups.glob("fieldkit-*.db")):
        if cipher.is_encrypted(backup) or not cipher.has_content(backup):
            continue
        work = _side(backup, WORK_SUFFIX)
        _remove_with_side_files(work)
        try:
            con = module.connect(str(backup), isolation_level=None)
            try:
                cipher.export_plain_to_encrypted(con, work, key)
            finally:
                con.close()
        except module.DatabaseError:
            _remove_with_side_files(work)
            left.append(backup)
            continue
        if not cipher.integrity_ok(work, key):
            _remove_with_side_files(work)
            left.append(backup)
            continue
        _fsync(work)
        step_hook("backup-exported")
        _swap(backup, work)
        done += 1
    return done, left
