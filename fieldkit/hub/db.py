"""The hub's tables, on any SQLAlchemy URL (SQLite by default, PostgreSQL in production).

The hub does not hold the desktop's record tables. It is a coordinator that relays: it keeps every
change-log entry it has received, once, keyed by (origin, seq), each with a ``position`` in the order
the hub received it. A device pulls the entries after the last position it holds, in its scope.

Several hub processes may share one PostgreSQL database. Nothing lives in a process: a push takes
the row lock on ``hub_state`` (``SELECT ... FOR UPDATE``) for its transaction, so positions are
handed out and committed in order, and a pull never skips an entry that commits later with a lower
position. ``hub_nonces`` refuses a replayed request in every process at once (its primary key).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)

from fieldkit.store.errors import KnownError

metadata = MetaData()

identity = Table(
    "hub_identity",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("name", String(120), nullable=False),
    Column("sign_private", String(64), nullable=False),  # Ed25519 raw private key, hex
    Column("sign_key", String(64), nullable=False),
    Column("box_private", String(64), nullable=False),  # X25519 raw private key, hex
    Column("box_key", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
)

state = Table(
    "hub_state",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("last_position", BigInteger, nullable=False),
)

devices = Table(
    "hub_devices",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("role", String(16), nullable=False),  # granted by the enrolment, not claimed by the device
    Column("sign_key", String(64), nullable=False),
    Column("box_key", String(64)),
    Column("status", String(16), nullable=False),  # trusted | revoked
    Column("enrolment_id", String(36)),
    Column("first_seen", String(32), nullable=False),
    Column("last_contact", String(32)),
    Column("acked", Text, nullable=False),  # the device's version vector, as JSON, from its last bundle
    Column("last_bundle_id", String(36)),
)

enrolments = Table(
    "hub_enrolments",
    metadata,
    Column("enrolment_id", String(36), primary_key=True),
    Column("secret", String(64), nullable=False),
    Column("role", String(16), nullable=False),
    Column("issued_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("revoked", Integer, nullable=False),
)

changes = Table(
    "hub_changes",
    metadata,
    Column("position", BigInteger, primary_key=True, autoincrement=False),
    Column("origin", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("hlc", BigInteger, nullable=False),
    Column("table_name", String(40), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("op", String(16), nullable=False),
    Column("fields", Text, nullable=False),
    UniqueConstraint("origin", "seq", name="uq_hub_changes_origin_seq"),
    Index("ix_hub_changes_row", "table_name", "row_id"),
)

origins = Table(
    "hub_origins",
    metadata,
    Column("origin", String(36), primary_key=True),
    Column("contiguous", BigInteger, nullable=False),
    Column("max_seen", BigInteger, nullable=False),
    Column("name", String(120)),
)

bundles = Table(
    "hub_bundles",
    metadata,
    Column("bundle_id", String(36), primary_key=True),
    Column("sender", String(36), nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("changes", Integer, nullable=False),
    Column("applied", Integer, nullable=False),
)

nonces = Table(
    "hub_nonces",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("nonce", String(64), primary_key=True),
    Column("seen_at", BigInteger, nullable=False),
    Index("ix_hub_nonces_seen", "seen_at"),
)


def _sqlite_immediate(engine: Engine) -> None:
    """SQLite: take the write lock when a transaction starts, so two writers wait for each other
    (busy timeout) instead of one failing when it upgrades its read lock."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA busy_timeout=30000")
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def normalise_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here; a bare path means an SQLite file."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": 30})
            _sqlite_immediate(engine)
        else:
            engine = create_engine(url, pool_size=8, max_overflow=8, pool_pre_ping=True)
    except Exception as exc:  # a URL SQLAlchemy cannot use: an unknown driver, a typo
        raise KnownError(f"Cannot use the database URL {url!r}: {exc}") from exc
    return engine
