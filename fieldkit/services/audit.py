"""The audit log: record an action, list the log, check its hash chain, export it as CSV.

Every device keeps its own log (``audit_log``, never synced; see ``fieldkit.store.audit_models``).
An action is recorded in the transaction that does the work (``record(session, ...)``). The entry
commits with the merge, import or purge it describes, and a failure rolls back both. An action that
writes nothing to the store (a file export, an unlock) is recorded in a transaction of its own
(``record(store, ...)``).

Who sees it: every device can list, verify and export its own log. The log only covers what was done
on that device. It holds no names or contacts (ids, counts, paths and formats only), and its
readers are the device's own users and the coordinator reviewing that device. Coordinators keep
the log of the national office, where the merges, imports and personal-data exports happen.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.store.audit_models import ACTIONS, GENESIS, AuditEntry, append_entry, chain_hash, highest_issued
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError, said

CSV_COLUMNS = ("id", "at", "device_id", "actor", "action", "details", "hash")
UNLOCK_METHODS = ("passphrase", "recovery_key", "keyring", "pin")


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: str
    device_id: str
    actor: str
    action: str
    details: dict[str, Any]
    hash: str


@dataclass(frozen=True)
class ChainCheck:
    """What ``verify_chain`` found: ``ok``, how many entries it read, and the first broken one."""

    ok: bool
    entries: int
    broken_at: int | None = None
    problem: str = ""


def _record(entry: AuditEntry) -> AuditRecord:
    return AuditRecord(
        entry.id, entry.at, entry.device_id, entry.actor, entry.action, json.loads(entry.details), entry.hash
    )


def record(target: Store | Session, action: str, details: Mapping[str, Any] | None = None) -> AuditRecord:
    """Append one entry. Pass the caller's write session to commit it with the caller's work, or the
    store to write it alone. ``details`` must hold no personal data: ids, counts, paths, formats."""
    if isinstance(target, Session):
        return _record(append_entry(target, action, details))
    with target.write() as session:
        return _record(append_entry(session, action, details))


def record_login(
    store: Store, method: str = "passphrase", *, failed_attempts: int = 0, after_lock: bool = False
) -> AuditRecord:
    """An encrypted store was opened (``login``) or unlocked after the auto-lock (``unlock``).

    Wrong passphrases cannot be written down when they happen, because the store stays closed. The
    caller counts them and passes the count with the next success."""
    if method not in UNLOCK_METHODS:
        raise ValueError(f"unknown unlock method {method!r}")
    details: dict[str, Any] = {"method": method}
    if failed_attempts:
        details["failed_attempts"] = failed_attempts
    return record(store, "unlock" if after_lock else "login", details)


def record_passphrase_change(store: Store, what: str = "passphrase") -> AuditRecord:
    """The passphrase was changed (``what="passphrase"``), a new recovery key made (``"recovery_key"``),
    or a plain store encrypted (``"encrypted"``)."""
    if what not in ("passphrase", "recovery_key", "encrypted"):
        raise ValueError(f"unknown passphrase change {what!r}")
    return record(store, "passphrase_change", {"what": what})


def _since(value: str | dt.date | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value).isoformat()
        return dt.datetime.fromisoformat(value).isoformat()
    except ValueError:
        raise ValidationError(said("'{value}' is not a date. Write it as YYYY-MM-DD.", value=value), "since") from None


def list_entries(
    store: Store,
    *,
    actions: Sequence[str] = (),
    since: str | dt.date | None = None,
    after: int | None = None,
    limit: int | None = 500,
) -> list[AuditRecord]:
    """Entries in the order they were written, optionally of some actions only and from a date on.

    Pages: pass the id of the last entry of the previous page as ``after``."""
    unknown = [a for a in actions if a not in ACTIONS]
    if unknown:
        raise ValidationError(
            said(
                "Unknown audit action {action}. Actions: {actions}.",
                action=repr(unknown[0]),
                actions=", ".join(ACTIONS),
            ),
            "action",
        )
    stmt = select(AuditEntry).order_by(AuditEntry.id)
    if actions:
        stmt = stmt.where(AuditEntry.action.in_(actions))
    start = _since(since)
    if start:
        stmt = stmt.where(AuditEntry.at >= start)
    if after is not None:
        stmt = stmt.where(AuditEntry.id > after)
    if limit is not None:
        stmt = stmt.limit(limit)
    with store.read() as session:
        return [_record(e) for e in session.scalars(stmt)]


def verify_chain(store: Store) -> ChainCheck:
    """Recompute every hash from the first entry on. The chain is broken at the first entry whose id
    is out of sequence or whose stored hash does not match its content and its predecessor's hash."""
    previous, expected, count = GENESIS, 1, 0
    with store.read() as session:
        issued = highest_issued(session)
        rows = session.execute(
            select(
                AuditEntry.id, AuditEntry.at, AuditEntry.device_id, AuditEntry.actor, AuditEntry.action,
                AuditEntry.details, AuditEntry.hash,
            ).order_by(AuditEntry.id)
        )  # fmt: skip
        for entry_id, at, device_id, actor, action, details, stored in rows:
            if entry_id != expected:
                return ChainCheck(
                    False, count, entry_id, f"{_span(expected, entry_id - 1)} missing before entry {entry_id}"
                )
            if chain_hash(previous, entry_id, at, device_id, actor, action, details) != stored:
                return ChainCheck(False, count, entry_id, f"entry {entry_id} was changed, or one before it was")
            previous, expected, count = stored, expected + 1, count + 1
    if issued > count:
        return ChainCheck(False, count, count + 1, f"{_span(count + 1, issued)} removed from the end")
    return ChainCheck(True, count)


def _span(first: int, last: int) -> str:
    return f"entry {first} is" if first == last else f"entries {first}–{last} are"


def export_csv(store: Store, out: Path) -> int:
    """Write the whole log to ``out`` as CSV (UTF-8 with a byte-order mark, for Excel); the number of
    entries written. The export itself is then recorded."""
    out = out.expanduser()
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle, store.read() as session:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
                writer.writerow([e.id, e.at, e.device_id, e.actor, e.action, e.details, e.hash])
                count += 1
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    record(store, "export", {"kind": "audit_log", "path": str(out.resolve()), "entries": count})
    return count
