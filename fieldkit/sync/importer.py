"""Reading bundles: every check before the store is touched, then one all-or-nothing transaction
per bundle; a bad bundle is rejected or quarantined and never stops the others."""

from __future__ import annotations

import datetime as dt
import gc
import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from fieldkit.store import personal
from fieldkit.store.audit_models import append_entry
from fieldkit.store.engine import Store, raw_connection
from fieldkit.store.errors import KnownError
from fieldkit.store.hlc import pack, wall_millis
from fieldkit.store.sync_models import SyncBundle, SyncPeer
from fieldkit.sync import vector
from fieldkit.sync.admission import check_manifest, check_recipient
from fieldkit.sync.bundle import (
    SUFFIX,
    BundleError,
    Entry,
    OpenedBundle,
    open_bundle,
    read_entries,
)
from fieldkit.sync.keys import box_private_key, fingerprint
from fieldkit.sync.merge import ApplyStats, EntryError, apply_entries
from fieldkit.sync.trust import check_enrolment_proof, now_iso, quarantine_dir

FUTURE_LIMIT_MS = 24 * 3600 * 1000
APPLY_BATCH = 20_000
GROUP_CHANGES = 250_000  # bundles share one commit until they hold about this many changes
GROUP_ENV = "FIELDKIT_IMPORT_GROUP_CHANGES"  # overrides GROUP_CHANGES; 1 commits every bundle alone
IMPORT_CACHE_KIB = 64 * 1024  # SQLite's page cache while a group is applied (its default is 2 MiB)
Progress = Callable[[int, int, str], None]


@dataclass
class BundleResult:
    path: str
    status: str  # imported | known | rejected | quarantined
    message: str
    bundle_id: str | None = None
    sender: str | None = None
    code: str | None = None
    changes: int = 0
    applied: int = 0
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    gaps: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "known")


def bundle_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders give their *.fkb files (sorted, so the order is stable)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.suffix == SUFFIX and x.is_file()))
        else:
            out.append(p)
    return out


def import_paths(
    store: Store,
    paths: Iterable[Path],
    *,
    dry_run: bool = False,
    allow_future_clock: bool = False,
    progress: Progress | None = None,
    purge_after_ack: bool = False,
) -> list[BundleResult]:
    """Import bundles one by one; each is all or nothing, and a bad one never stops the others.

    Consecutive bundles share one write transaction (up to about ``GROUP_CHANGES`` changes), each in
    a savepoint of its own: a bundle that fails is rolled back to its savepoint alone, and a crash
    loses the whole group, never part of a bundle. Sharing the commit matters on a coordinator's
    big import: pages that many bundles touch (the random-keyed indexes) are written once, not once
    per bundle. If ``progress`` raises (Cancel), the bundles finished so far are committed first.

    ``purge_after_ack`` (a laptop's ``Settings.purge_after_ack``): after a successful import, clear the
    personal fields of this laptop's people that the coordinator has acknowledged
    (``fieldkit.services.privacy.purge_acknowledged``).
    """
    with _no_cycle_collection():
        results = _import_files(store, bundle_paths(paths), dry_run, allow_future_clock, progress)
    device = store.device
    on_laptop = device is not None and device.role == "officer"
    if purge_after_ack and on_laptop and not dry_run and any(r.ok for r in results):
        from fieldkit.services.privacy import purge_acknowledged  # the one service this layer calls

        purge_acknowledged(store)
    if progress:
        progress(len(results), len(results), f"done: {sum(r.applied for r in results)} changes applied")
    return results


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while bundles are applied. An import makes millions of small
    objects (entries, their fields, rows), none of them in a reference cycle; left on, the collector
    walks them again and again as they pile up in each batch. What the import frees is freed by
    reference counting as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import_files(
    store: Store, files: list[Path], dry_run: bool, allow_future_clock: bool, progress: Progress | None
) -> list[BundleResult]:
    group_changes = int(os.environ.get(GROUP_ENV) or GROUP_CHANGES)
    results: list[BundleResult] = []
    applied = 0
    index = 0
    stop: BaseException | None = None
    while index < len(files) and stop is None:
        with store.write(sync_apply=True) as session, _import_tuning(session):
            size = 0
            while index < len(files) and size < group_changes:
                path = files[index]
                if progress:
                    try:
                        progress(index, len(files), f"{path.name} ({applied} changes applied so far)")
                    except BaseException as exc:  # Cancel: keep what is done, then stop
                        stop = exc
                        break
                result = _import_guarded(store, session, path, dry_run, allow_future_clock)
                applied += result.applied
                size += max(result.changes, 1)
                results.append(result)
                index += 1
    if stop is not None:
        raise stop
    return results


@contextmanager
def _import_tuning(session: Session) -> Iterator[None]:
    """A bigger page cache while a group is applied, so the indexes it grows stay in memory."""
    con = raw_connection(session)
    (before,) = con.execute("PRAGMA cache_size").fetchone()
    con.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        con.execute(f"PRAGMA cache_size = {int(before)}")


def _import_guarded(
    store: Store, session: Session, path: Path, dry_run: bool, allow_future_clock: bool
) -> BundleResult:
    try:
        result = _import_in(store, session, path, dry_run=dry_run, allow_future_clock=allow_future_clock)
    except KnownError as exc:
        if isinstance(exc, BundleError):
            result = _reject(path, exc)
        else:
            raise  # about this store (not set up, copied, disk full), not about the bundle: stop and say so
    except Exception as exc:  # a bug met by one odd file must not stop the rest of the batch
        result = BundleResult(
            str(path),
            "rejected",
            f"{path.name} could not be imported ({exc!r}); nothing from it was applied. Please report this file.",
            code="internal",
        )
    return _audited(session, result, dry_run)


def _audited(session: Session, result: BundleResult, dry_run: bool) -> BundleResult:
    """Record what became of a bundle in the audit log, in the import's transaction (not for a dry run)."""
    if not dry_run:
        details = {k: getattr(result, k) for k in ("bundle_id", "status", "code", "changes", "applied")}
        append_entry(session, "import", {**details, "sender": result.sender, "path": result.path})
    return result


def _log(session: Session, opened: OpenedBundle, status: str, message: str, changes: int = 0) -> None:
    m = opened.manifest
    row = session.get(SyncBundle, m["bundle_id"])
    if row is not None and row.status in ("imported", "known"):
        return
    if row is None:
        row = SyncBundle(bundle_id=m["bundle_id"], direction="in")
        session.add(row)
    row.sender = m["sender"]["device_id"]
    row.scope = m["recipient"]["scope"]
    row.created_at = m["created_at"]
    row.handled_at = now_iso()
    row.status = status
    row.changes = changes or int(m.get("changes", 0))
    row.message = message
    row.path = str(opened.path)
    row.sha256 = opened.sha256


def _quarantine(store: Store, session: Session, opened: OpenedBundle, message: str, code: str) -> BundleResult:
    m = opened.manifest
    sender = m["sender"]
    kept = quarantine_dir(store) / f"{uuid.UUID(m['bundle_id'])}{SUFFIX}"  # never a path from the file
    if not kept.exists():
        shutil.copyfile(opened.path, kept)
    peer = session.get(SyncPeer, sender["device_id"])
    if peer is None:
        session.add(
            SyncPeer(
                device_id=sender["device_id"],
                name=sender["name"],
                role=sender["role"],
                sign_key=sender["sign_key"],
                box_key=sender.get("box_key"),
                status="quarantined",
                acked={},
                first_seen=now_iso(),
                last_contact=now_iso(),
            )
        )
    opened_copy = OpenedBundle(kept, m, opened.manifest_bytes, opened.signature, opened.payload_name, opened.sha256)
    _log(session, opened_copy, "quarantined", message)
    return BundleResult(
        str(opened.path), "quarantined", message, m["bundle_id"], sender["name"], code, int(m.get("changes", 0))
    )


def _reject(path: Path, error: BundleError, opened: OpenedBundle | None = None) -> BundleResult:
    m = opened.manifest if opened else {}
    return BundleResult(
        str(path), "rejected", str(error), m.get("bundle_id"), (m.get("sender") or {}).get("name"), error.code
    )


def import_one(
    store: Store, path: Path, *, dry_run: bool = False, allow_future_clock: bool = False, trusted_now: bool = False
) -> BundleResult:
    """Import one bundle in a transaction of its own."""
    if store.device is None:
        raise KnownError("Set this laptop up first ('fieldkit init').")
    store.require_writable()
    with store.write(sync_apply=True) as session:
        result = _import_in(
            store, session, path, dry_run=dry_run, allow_future_clock=allow_future_clock, trusted_now=trusted_now
        )
        return _audited(session, result, dry_run)


def _import_in(
    store: Store,
    session: Session,
    path: Path,
    *,
    dry_run: bool = False,
    allow_future_clock: bool = False,
    trusted_now: bool = False,
) -> BundleResult:
    """Check and apply one bundle inside the caller's write transaction, in a savepoint of its own."""
    device = store.device
    if device is None:
        raise KnownError("Set this laptop up first ('fieldkit init').")
    store.require_writable()
    try:
        opened = open_bundle(path)
        check_manifest(opened)
        check_recipient(store, opened)
    except BundleError as exc:
        return _reject(path, exc)
    m = opened.manifest
    sender = m["sender"]
    earlier = session.get(SyncBundle, m["bundle_id"])
    peer = session.get(SyncPeer, sender["device_id"])
    peer_status, peer_key = (peer.status, peer.sign_key) if peer else (None, None)
    if earlier is not None and earlier.status in ("imported", "known"):
        return _reject(
            path,
            BundleError(
                "replayed",
                f"{path.name} (bundle {m['bundle_id'][:8]} from {sender['name']}) "
                f"was already imported on {earlier.handled_at[:16]}. Nothing was changed.",
            ),
            opened,
        )
    if peer_status == "revoked":
        return _reject(
            path,
            BundleError(
                "revoked",
                f"{sender['name']} ({sender['device_id']}) is revoked; its "
                "bundles are refused. A coordinator can approve it again with 'fieldkit trust approve'.",
            ),
            opened,
        )
    if peer_key is not None and peer_key != sender["sign_key"]:
        return _reject(
            path,
            BundleError(
                "key_mismatch",
                f"{path.name} claims to come from {sender['name']}, but is "
                "signed with a different key than the one trusted for that device. Possibly forged; refused.",
            ),
            opened,
        )
    if peer_status != "trusted" and not trusted_now:
        if device.role == "coordinator" and check_enrolment_proof(
            store, m.get("enrolment"), sender["device_id"], sender["sign_key"]
        ):
            if not dry_run:
                _trust(session, m)
        else:
            message = (
                f"{sender['name']} ({sender['device_id']}) is not a known device. Its bundle is kept in "
                f"quarantine. Check its fingerprint {fingerprint(sender['sign_key'])} with the officer, then run "
                f"'fieldkit trust approve {sender['device_id']}'."
            )
            if dry_run:
                return BundleResult(str(path), "quarantined", message, m["bundle_id"], sender["name"], "unknown_signer")
            return _quarantine(store, session, opened, message, "unknown_signer")
    try:
        with session.begin_nested() as savepoint:
            result = _apply(store, session, opened, dry_run=dry_run, allow_future_clock=allow_future_clock)
            if dry_run:
                savepoint.rollback()
        return result
    except BundleError as exc:
        if exc.code == "future_clock" and not dry_run:
            return _quarantine(store, session, opened, str(exc), exc.code)
        return _reject(path, exc, opened)


def _trust(session: Session, manifest: dict[str, Any]) -> None:
    sender = manifest["sender"]
    peer = session.get(SyncPeer, sender["device_id"])
    if peer is None:
        peer = SyncPeer(device_id=sender["device_id"], acked={}, first_seen=now_iso())
        session.add(peer)
    peer.name, peer.role, peer.sign_key = sender["name"], sender["role"], sender["sign_key"]
    peer.box_key = sender.get("box_key")
    peer.status = "trusted"
    peer.note = f"enrolled with {manifest['enrolment']['id']}"


def _apply(
    store: Store, session: Session, opened: OpenedBundle, *, dry_run: bool, allow_future_clock: bool
) -> BundleResult:
    m = opened.manifest
    sender = m["sender"]
    limit = pack(wall_millis() + FUTURE_LIMIT_MS, 0)
    box = box_private_key(store.paths)
    entries = read_entries(opened, box)
    totals = ApplyStats()
    result = BundleResult(str(opened.path), "imported", "", m["bundle_id"], sender["name"])
    try:
        con = raw_connection(session)
        batch: list[Entry] = []
        people: set[str] = set()  # the participants this bundle touches
        count = 0
        for entry in entries:
            if entry.hlc > limit and not allow_future_clock:
                stamp = dt.datetime.fromtimestamp((entry.hlc >> 16) / 1000).astimezone()
                raise BundleError(
                    "future_clock",
                    f"{opened.path.name} holds changes stamped {stamp:%Y-%m-%d %H:%M}, "
                    "more than 24 hours ahead of this computer's clock. Check the date and time on "
                    f"both computers; the bundle is kept in quarantine.",
                )
            batch.append(entry)
            if entry.table == "participants":
                people.add(entry.row_id)
            count += 1
            if len(batch) >= APPLY_BATCH:
                totals.merge(apply_entries(con, batch))
                batch = []
        if batch:
            totals.merge(apply_entries(con, batch))
        if count != int(m.get("changes", count)):
            raise BundleError(
                "damaged",
                f"{opened.path.name} holds {count} changes but its manifest says {m.get('changes')}; it is damaged.",
            )
        # A person cleared (consent withdrawn, retention) keeps no personal value in any change-log entry,
        # whichever arrived first: the clearing edit or an older entry (fieldkit.store.personal).
        personal.scrub_log(con, personal.anonymised_among(con, people))
        names = {**(m.get("origin_names") or {}), sender["device_id"]: sender["name"]}
        vector.advance(con, totals.origins, names)
        if totals.max_hlc:
            con.execute("UPDATE local_device SET last_hlc = MAX(last_hlc, ?)", (totals.max_hlc,))
        peer = session.get(SyncPeer, sender["device_id"])
        if peer is not None:
            peer.acked = {k: int(v) for k, v in (m.get("vector") or {}).items()}
            peer.last_contact = now_iso()
            peer.box_key = sender.get("box_key") or peer.box_key
        result.changes, result.applied = count, totals.applied
        result.tables = {t: s.as_dict() for t, s in sorted(totals.tables.items())}
        result.status = "imported" if totals.applied else "known"
        result.gaps = [g for s in vector.origin_states(con) if s.origin in totals.origins for g in s.describe_gaps()]
        result.message = _summary(result)
        if dry_run:
            return result  # the caller rolls the savepoint back
        row = SyncBundle(
            bundle_id=m["bundle_id"],
            direction="in",
            sender=sender["device_id"],
            scope=m["recipient"]["scope"],
            created_at=m["created_at"],
            handled_at=now_iso(),
            status=result.status,
            changes=count,
            applied=totals.applied,
            message=result.message,
            path=str(opened.path),
            sha256=opened.sha256,
        )
        session.merge(row)
    except EntryError as exc:
        raise BundleError("damaged", f"{opened.path.name} holds a change this Field Kit cannot apply ({exc}).") from exc
    return result


def _summary(result: BundleResult) -> str:
    if result.applied == 0:
        return f"From {result.sender}: all {result.changes} changes were already here."
    parts = [
        f"{t}: {s['new']} new, {s['updated']} updated" for t, s in result.tables.items() if s["new"] or s["updated"]
    ]
    text = f"From {result.sender}: {result.applied} of {result.changes} changes applied"
    return text + (f" ({'; '.join(parts)})" if parts else "") + "."


def approve(store: Store, device_id: str, *, progress: Progress | None = None) -> list[BundleResult]:
    """Trust a device and import its quarantined bundles."""
    from fieldkit.sync.trust import set_status

    set_status(store, device_id, "trusted")
    with store.read() as session:
        from sqlalchemy import select

        waiting = [
            Path(p)
            for p in session.scalars(
                select(SyncBundle.path)
                .where(SyncBundle.sender == device_id, SyncBundle.status == "quarantined")
                .order_by(SyncBundle.created_at)
            )
        ]
    results = []
    for path in waiting:
        if path.exists():
            results.append(import_one(store, path))
    return results
