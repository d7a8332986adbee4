"""SQLCipher: telling an encrypted store from a plain one, and opening, copying and exporting one.

An encrypted store is an SQLCipher 4 database opened with a raw 256-bit key (``PRAGMA key =
"x'…'"``), so no key derivation runs per connection; the key comes from ``store.keys`` (see
``fieldkit.store.keys``). Plain stores keep using the standard library's ``sqlite3``: nothing changes
for them, and ``sqlcipher3`` is imported only when an encrypted file is opened.

One rule follows from having two SQLite libraries in one process: POSIX file locks belong to the
process, and each library only coordinates the connections it opened itself. So a file is only ever
opened through one of them: an encrypted store always through ``sqlcipher3``, a plain one through
``sqlite3`` (except inside ``store encrypt``, which first makes sure nothing else has it open).

This module imports nothing heavy at import time: ``store/quick.py`` uses ``is_encrypted`` on the
start-up path.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
SHRED_CHUNK = 1 << 20
# SQLite's page cache per encrypted connection, in KiB. A plain store's pages are re-read from the
# operating system's file cache for almost nothing; an encrypted store's must be decrypted and
# authenticated again on every cache miss, so reports and imports that revisit pages need them kept
# decrypted here instead (see bench/bench_encrypted.py). It grows only as pages are read.
CACHE_KIB = 524288


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` is an SQLCipher file: it exists, is not empty, and lacks SQLite's plain header.

    SQLCipher encrypts page 1 from its first byte (the first 16 bytes are the random salt), so a plain
    SQLite file is the only kind that starts with ``SQLite format 3\\0``.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except (FileNotFoundError, IsADirectoryError):
        return False
    return len(head) > 0 and head != PLAIN_HEADER


def has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def dbapi() -> Any:
    """The ``sqlcipher3`` DB-API module (SQLCipher 4 built in, from the ``sqlcipher3-binary`` wheel)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("an SQLCipher raw key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, read_only: bool = False, timeout: float = 10.0) -> Any:
    """A ``sqlcipher3`` connection on ``path`` whose first statement sets the key.

    Encrypted connections keep temporary tables and sort files in memory, so nothing decrypted spills
    into a temporary file. ``read_only`` opens with ``mode=ro``: checking a key this way cannot create or
    change a byte of the file (a wrong key fails on the first read, before SQLite learns the journal
    mode, so no write-ahead log appears either).
    """
    module = dbapi()
    if read_only:
        con = module.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout, check_same_thread=False)
    else:
        con = module.connect(str(path), timeout=timeout, check_same_thread=False)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")  # errors are raised; SQLCipher need not print them
        con.execute(key_pragma(key))
        con.execute("PRAGMA temp_store = MEMORY")
        con.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except BaseException:
        con.close()
        raise
    return con


def key_refused(path: Path, key: bytes) -> bool:
    """Whether SQLCipher refuses ``key`` for the file at ``path`` ("file is not a database").

    Read-only, so the file is not touched. Other failures (a busy or unreadable file) are not a
    refusal: the engine reports them when it opens the store.
    """
    module = dbapi()
    con = None
    try:
        con = connect(path, key, read_only=True, timeout=1.0)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        return "not a database" in str(exc)
    except module.Error:
        return False
    finally:
        if con is not None:
            con.close()
    return False


def backup_encrypted(source: Path, target: Path, key: bytes) -> None:
    """Copy an encrypted store with SQLite's online backup API into a new file under the same key.

    Both sides use the same raw key, so pages are copied as they are: the copy is encrypted too, and
    consistent even while the store is open and in WAL mode.
    """
    src = connect(source, key)
    try:
        dest = connect(target, key)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()


def export_plain_to_encrypted(con: Any, target: Path, key: bytes) -> None:
    """``sqlcipher_export`` the plain database open on ``con`` (a ``sqlcipher3`` connection without a
    key) into a new encrypted file ``target``. The schema, the rows and the indexes are copied."""
    con.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key.hex()}'"))
    try:
        con.execute("SELECT sqlcipher_export('encrypted')").fetchall()
    finally:
        con.execute("DETACH DATABASE encrypted")


def integrity_ok(path: Path, key: bytes | None) -> bool:
    """``PRAGMA integrity_check`` on a file (encrypted with ``key``, or plain when ``key`` is None)."""
    import sqlite3

    module: Any = sqlite3 if key is None else dbapi()
    try:
        con = module.connect(str(path)) if key is None else connect(path, key)
    except module.Error:
        return False
    try:
        return [row[0] for row in con.execute("PRAGMA integrity_check")] == ["ok"]
    except module.DatabaseError:
        return False
    finally:
        con.close()


def rollback_journal(path: Path, key: bytes) -> None:
    """Fold an encrypted file's write-ahead log into it and leave it in rollback-journal mode, so the
    file can be renamed on its own (no ``-wal`` left behind under the old name)."""
    con = connect(path, key)
    try:
        con.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        con.close()


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it to disk, then remove it.

    Securely-ish: on an SSD or a copy-on-write file system the old blocks may survive elsewhere; the
    point is that the plain store is not simply left in free space for the next undelete tool.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        with open(path, "r+b", buffering=0) as handle:
            zeros = bytes(min(SHRED_CHUNK, max(size, 1)))
            written = 0
            while written < size:
                written += handle.write(zeros[: min(len(zeros), size - written)])
            os.fsync(handle.fileno())
    except FileNotFoundError:
        return
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
