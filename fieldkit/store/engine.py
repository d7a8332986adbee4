"""Opening the store: the engine, transactions, and the link to this device's identity.

The engine is created when a ``Store`` is opened, never at import. Every connection runs in WAL mode
with foreign keys on and a busy timeout, and transactions that write begin with ``BEGIN IMMEDIATE`` so
that two Field Kit processes (the app and a CLI command) queue for the write lock instead of failing
halfway through.

An encrypted store (SQLCipher) goes through the same engine, listener and dialect: only the DB-API
module differs (``sqlcipher3``), and each new connection has its key set before SQLAlchemy sees it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from fieldkit.config import Paths
from fieldkit.store import (
    capture,
    sync_models,  # noqa: F401  (maps the sync tables)
)
from fieldkit.store.errors import IdentityMismatch, KnownError, describe_operational_error, said
from fieldkit.store.hlc import Clock
from fieldkit.store.identity import check_identity, record_high_water
from fieldkit.store.models import LocalDevice
from fieldkit.text import az_compare, az_fold, az_loose

BEGIN_OPTION = "fieldkit_begin"


def init_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine on the SQLite file at ``path`` with Field Kit's connection settings.

    With ``key``, the file is an SQLCipher database: connections come from ``sqlcipher3`` and
    ``PRAGMA key`` is their first statement, so everything below (and every raw-connection user) works
    the same on an encrypted store.
    """
    if key is None:
        engine = create_engine(f"sqlite:///{path}", future=True)
    else:
        from fieldkit.store import cipher

        engine = create_engine(
            f"sqlite:///{path}", future=True, module=cipher.dbapi(), creator=lambda: cipher.connect(path, key)
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # let the begin hook below issue BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout = 10000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()
        dbapi_connection.create_function("az_fold", 1, _sql_fold, deterministic=True)
        dbapi_connection.create_function("az_loose", 1, _sql_loose, deterministic=True)
        dbapi_connection.create_collation("az", az_compare)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _sql_fold(value: str | None) -> str | None:
    return None if value is None else az_fold(value)


def _sql_loose(value: str | None) -> str | None:
    return None if value is None else az_loose(value)


def raw_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under a session, for bulk work inside the session's transaction.

    On an encrypted store it is a ``sqlcipher3`` connection: the same DB-API surface (execute,
    executemany, create_function), typed here as the standard library's.
    """
    con = session.connection().connection.driver_connection
    assert con is not None and hasattr(con, "executemany")
    return cast(sqlite3.Connection, con)


class Store:
    """An open Field Kit store: engine, sessions, clock and this device's write permission."""

    def __init__(self, paths: Paths, engine: Engine, clock: Clock | None = None) -> None:
        self.paths = paths
        self.engine = engine
        self.clock = clock or Clock()
        writer = engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
        self._write_sessions = sessionmaker(writer, expire_on_commit=False, info={"store": self})
        self._read_sessions = sessionmaker(engine, expire_on_commit=False, info={"store": self})
        capture.install(self._write_sessions)
        capture.install(self._read_sessions)
        self.identity_problem: str | None = None
        self.device: LocalDevice | None = None
        self.refresh_identity()

    # -- identity -------------------------------------------------------------------------------
    def refresh_identity(self) -> None:
        with self._read_sessions() as session:
            self.device = session.scalar(select(LocalDevice))
        if self.device is None:
            self.identity_problem = None
            return
        self.identity_problem = check_identity(
            self.paths, self.device.device_id, self.device.public_key, self.device.last_seq
        )

    @property
    def initialised(self) -> bool:
        return self.device is not None

    @property
    def device_id(self) -> str:
        if self.device is None:
            raise KnownError(said("This store has no device identity yet. Run 'fieldkit init' first."))
        return self.device.device_id

    def require_writable(self) -> None:
        if self.device is None:
            raise KnownError(
                said(
                    "Field Kit is not set up in this data directory yet. Run "
                    "'fieldkit init --name NAME --role officer' first."
                )
            )
        if self.identity_problem:
            raise IdentityMismatch(self.identity_problem)

    # -- transactions -------------------------------------------------------------------------
    @contextmanager
    def write(self, **info: Any) -> Iterator[Session]:
        """A write transaction: everything inside commits together or not at all."""
        session = self._write_sessions()
        session.info.update(info)
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            known = describe_operational_error(exc)
            if known is not None:
                raise known from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        last_seq = session.info.get(capture.LAST_SEQ_KEY)
        if last_seq is not None and self.device is not None:
            self.device.last_seq = last_seq
            record_high_water(self.paths, self.device.device_id, last_seq)

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            yield session
        except OperationalError as exc:
            known = describe_operational_error(exc)
            if known is not None:
                raise known from exc
            raise
        finally:
            session.close()  # ends the transaction; loaded objects stay readable (detached, not expired)

    def close(self) -> None:
        self.engine.dispose()
