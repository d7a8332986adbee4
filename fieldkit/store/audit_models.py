"""The local audit log: who exported, imported, merged, deleted or purged what on this device.

The log is local and never synced. Rows are only ever added: migration 0005 adds triggers that
refuse UPDATE and DELETE. The rows also form a hash chain. Each row's ``hash`` is the SHA-256 of the
previous row's hash and this row's content, so if a row is edited, removed or moved, the chain breaks
from that row on (``fieldkit.services.audit.verify_chain``). A chain alone cannot show that its newest
rows were cut off. Ids are therefore issued without gaps from 1, and SQLite's AUTOINCREMENT counter
(``sqlite_sequence``) remembers the highest id ever issued. Someone who drops the triggers and
deletes the last rows still leaves a trace, unless they edit that counter too.

The entries carry ids, counts, file paths and formats, and never names or contacts. The log says who
did what without becoming one more copy of the personal data.

This module is the store-level writer, so ``sync`` can audit its imports and exports inside its own
transactions. The service API is ``fieldkit.services.audit``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Integer, String, Text, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from fieldkit.store.models import Base, LocalDevice

ACTIONS = (
    "export",  # a sync bundle, a donor report, the canonical export, the audit log itself
    "raw_export",  # the records behind a report, with personal data (coordinators only)
    "import",  # a sync bundle, with what became of it
    "merge",
    "unmerge",
    "delete",
    "purge",  # personal fields cleared: the retention period, or a laptop after its coordinator's ack
    "consent_withdrawn",
    "login",  # the app opened with the passphrase (or the keyring, or the recovery key)
    "unlock",  # the app unlocked after its auto-lock
    "passphrase_change",  # a new passphrase or recovery key; a plain store encrypted
    "settings",  # a project setting published (the retention period)
)
GENESIS = ""  # the "previous hash" of the first entry


class AuditEntry(Base):
    """One audited action. ``details`` is the canonical JSON text that was hashed, kept verbatim."""

    __tablename__ = "audit_log"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40))  # local time with its UTC offset
    device_id: Mapped[str] = mapped_column(String(36))
    actor: Mapped[str] = mapped_column(String(120))  # the device's name
    action: Mapped[str] = mapped_column(String(32))
    details: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64))


def canonical_details(details: Mapping[str, Any] | None) -> str:
    """Details as one stable JSON text: sorted keys, no spaces, non-JSON values (paths, dates) as text."""
    return json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def chain_hash(previous: str, entry_id: int, at: str, device_id: str, actor: str, action: str, details: str) -> str:
    """The hash of an entry: SHA-256 over the previous entry's hash and this entry's fields."""
    content = json.dumps([previous, entry_id, at, device_id, actor, action, details], ensure_ascii=False)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def highest_issued(session: Session) -> int:
    """The highest audit id SQLite ever issued (0 before the first), from its AUTOINCREMENT counter."""
    exists = session.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")).first()
    if exists is None:
        return 0
    seq = session.execute(text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")).scalar()
    return int(seq or 0)


def append_entry(session: Session, action: str, details: Mapping[str, Any] | None = None) -> AuditEntry:
    """Add one entry in the session's transaction, which must be a write transaction (``store.write()``):
    the previous hash is read and the entry inserted under the same write lock, so two processes
    cannot fork the chain. The entry commits or rolls back with the work it describes."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    store = session.info.get("store")
    device = getattr(store, "device", None) or session.scalar(select(LocalDevice))
    last = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    last_id, previous = (int(last[0]), str(last[1])) if last else (0, GENESIS)
    entry_id = max(last_id, highest_issued(session)) + 1
    at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    device_id = device.device_id if device is not None else ""
    actor = device.name if device is not None else ""
    body = canonical_details(details)
    entry = AuditEntry(
        id=entry_id,
        at=at,
        device_id=device_id,
        actor=actor,
        action=action,
        details=body,
        hash=chain_hash(previous, entry_id, at, device_id, actor, action, body),
    )
    session.add(entry)
    session.flush()
    return entry
