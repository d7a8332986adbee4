"""Local sync bookkeeping: the version vector, the devices this store knows, and the bundles it has
seen. None of these tables sync; each store keeps its own."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldkit.store.models import Base


class SyncOrigin(Base):
    """Per origin device: the highest sequence number held with no gaps below it, and the highest seen."""

    __tablename__ = "sync_origins"

    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    contiguous: Mapped[int] = mapped_column(BigInteger, default=0)
    max_seen: Mapped[int] = mapped_column(BigInteger, default=0)
    name: Mapped[str | None] = mapped_column(String(120))


class SyncPeer(Base):
    """A device this store knows: its keys, its role, whether its bundles are trusted, and what it has
    acknowledged of ours (its version vector, as carried by its last bundle)."""

    __tablename__ = "sync_peers"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(16), default="officer")
    sign_key: Mapped[str] = mapped_column(String(64))
    box_key: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="quarantined")  # trusted | quarantined | revoked
    acked: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    first_seen: Mapped[str] = mapped_column(String(32))
    last_contact: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")


class SyncBundle(Base):
    """Every bundle written or read, with what became of it."""

    __tablename__ = "sync_bundles"
    __table_args__ = (Index("ix_sync_bundles_sender", "sender"),)

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(4))  # in | out
    sender: Mapped[str] = mapped_column(String(36))
    scope: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[str] = mapped_column(String(32))
    handled_at: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # exported | imported | known | quarantined | rejected
    changes: Mapped[int] = mapped_column(Integer, default=0)
    applied: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str] = mapped_column(Text, default="")
    path: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")


class SyncEnrolment(Base):
    """An enrolment file this coordinator issued: laptops that prove they hold its secret are trusted
    automatically until it expires or is revoked."""

    __tablename__ = "sync_enrolments"

    enrolment_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    secret: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[str] = mapped_column(String(32))
    revoked: Mapped[int] = mapped_column(Integer, default=0)


class SyncRemote(Base):
    """A hub URL or a shared folder this store syncs with when it can reach it: how far it has
    pulled (the hub's change position), and how the last round went."""

    __tablename__ = "sync_remotes"

    remote: Mapped[str] = mapped_column(String(1000), primary_key=True)  # the hub URL, or the folder path
    kind: Mapped[str] = mapped_column(String(8))  # hub | folder
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    last_attempt_at: Mapped[str | None] = mapped_column(String(32))
    last_ok_at: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_code: Mapped[str | None] = mapped_column(String(40))
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
