"""Schema migrations at start-up: back the file up, refuse a store newer than the app, then upgrade.

The head revision is a constant here so that an up-to-date store opens without importing Alembic at
all (a test keeps it equal to the migration scripts' head).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from fieldkit.config import Paths
from fieldkit.store import cipher
from fieldkit.store.errors import StoreTooNew, StoreUnreadable, said
from fieldkit.store.version import KNOWN_REVISIONS, SCHEMA_HEAD

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            has_table = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).first()
            if not has_table:
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            return None if row is None else str(row[0])
    except DatabaseError as exc:
        raise StoreUnreadable(
            said(
                "The store file cannot be read ({reason}). It may be damaged or not a Field Kit store; "
                "restore it from a backup in the 'backups' folder of the data directory.",
                reason=str(exc.orig),
            )
        ) from exc


def refuse_newer(paths: Paths, key: bytes | None = None) -> None:
    """Refuse a store written by a newer Field Kit without writing a byte to it (``key``: an encrypted
    store's key)."""
    if not paths.store.exists():
        return
    module: Any = sqlite3
    try:
        # A plain connection changes nothing: no journal-mode switch; on a WAL store the last
        # connection to close removes the -wal and -shm files it opened.
        if key is None:
            con = sqlite3.connect(paths.store)
        else:
            module = cipher.dbapi()
            con = cipher.connect(paths.store, key)
    except module.Error:
        return  # the engine reports an unreadable file with its own message
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except module.Error:
        return
    finally:
        con.close()
    if row is not None and row[0] not in KNOWN_REVISIONS:
        raise _too_new(str(row[0]))


def _too_new(revision: str) -> StoreTooNew:
    return StoreTooNew(
        said(
            "This store was written by a newer Field Kit (schema {revision}; this app knows up to "
            "{head}). Install the newer Field Kit to open it; the store was not changed.",
            revision=revision,
            head=SCHEMA_HEAD,
        )
    )


def alembic_config(engine: Engine) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", str(engine.url))
    return config


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn  # type: ignore[attr-defined]
        command.upgrade(config, target)  # type: ignore[arg-type]


def backup_file(paths: Paths, label: str, keep: int = 10, key: bytes | None = None) -> Path | None:
    """Copy the store with SQLite's online backup (safe with WAL), then drop the oldest copies.

    An encrypted store (``key``) is copied page by page under the same key: the backup is encrypted too.
    """
    if not paths.store.exists():
        return None
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups / f"fieldkit-{stamp}-{label}.db"
    if key is not None:
        cipher.backup_encrypted(paths.store, target, key)
    else:
        source = sqlite3.connect(paths.store)
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
    for old in sorted(paths.backups.glob("fieldkit-*.db"))[:-keep]:
        old.unlink(missing_ok=True)
    return target


def migrate(paths: Paths, engine: Engine, keep_backups: int = 10, key: bytes | None = None) -> str | None:
    """Bring the store to the app's schema. Returns the backup made, if a migration ran.

    ``key`` is an encrypted store's key, for its (encrypted) backup."""
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return None
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise _too_new(revision)
    backup = None
    if revision is not None:
        backup = backup_file(paths, f"before-{SCHEMA_HEAD}-from-{revision}", keep_backups, key)
    upgrade(engine)
    return None if backup is None else str(backup)
