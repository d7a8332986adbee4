"""Sync when a connection is there: one round with the hub (push, then pull), or with a shared folder.

A hub round (``fieldkit sync now``, and the app by itself):

1. ``GET /health``: is the hub there, and how far is its clock from ours (requests carry a timestamp).
2. ``POST /v1/devices``: register, with the proof of the enrolment; the hub's answer must be signed
   with the key pinned at enrolment, or the round stops.
3. Push: the changes the hub has not acknowledged, in bundles of at most ``PUSH_CHUNK`` changes. Each
   answer is the hub's acknowledgement vector, saved at once, so a dropped connection costs at most
   the chunk in flight; the hub stores each (origin, seq) once, so sending it again is harmless.
4. Pull: the hub's changes after the last position this store holds, in this device's scope, in
   bundles imported one by one like a file bundle (all or nothing each). The position is saved after
   each import, so the next round resumes where this one stopped.

A folder round (``fieldkit sync folder PATH``): import the bundles in the folder addressed to this
device that it has not seen, then write its own outgoing bundle there when it has something new.

Both record how the round went in ``sync_remotes``, which the status bar reads.

This module holds the hub round. The transport (address check, signed requests) is in
``fieldkit.sync.hub_client``, the folder round in ``fieldkit.sync.folder_sync`` and the round's
result and bookkeeping in ``fieldkit.sync.remote_state``; their public names are importable from here.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldkit.store.engine import Store, raw_connection
from fieldkit.store.errors import KnownError
from fieldkit.store.sync_models import SyncBundle, SyncPeer, SyncRemote
from fieldkit.sync import vector as vectors
from fieldkit.sync.bundle import SUFFIX, BundleError, open_bundle
from fieldkit.sync.folder_sync import folder_round
from fieldkit.sync.hub_client import LOCAL_HOSTS, HubClient, check_url
from fieldkit.sync.remote_state import (
    Progress,
    RemoteError,
    RemoteRecord,
    RoundResult,
    record_round,
    remote_records,
    remote_row,
)
from fieldkit.sync.trust import enrolment_proof, now_iso

__all__ = [
    "LOCAL_HOSTS",
    "PULL_CHUNK",
    "PUSH_CHUNK",
    "TIMEOUT_S",
    "Progress",
    "RemoteError",
    "RemoteRecord",
    "RoundResult",
    "check_url",
    "folder_round",
    "hub_round",
    "remote_records",
]

PUSH_CHUNK = 5000
PULL_CHUNK = 5000
TIMEOUT_S = 30.0


def _enrolled_hub(store: Store) -> tuple[str, str, dict[str, Any]]:
    device = store.device
    if device is None:
        raise KnownError("Set this laptop up first ('fieldkit init').")
    enrolment = device.enrolment or {}
    hub_id = enrolment.get("coordinator")
    with store.read() as session:
        peer = session.get(SyncPeer, hub_id) if hub_id else None
        key = peer.sign_key if peer is not None else None
    if not hub_id or not key:
        raise RemoteError(
            "not_enrolled",
            "This laptop is not enrolled with a hub. Set it up with the hub's enrolment file (Settings, Sync).",
        )
    return str(hub_id), str(key), enrolment


def hub_round(
    store: Store,
    url: str,
    *,
    allow_http: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    purge_after_ack: bool = False,
    push_chunk: int = PUSH_CHUNK,
    pull_chunk: int = PULL_CHUNK,
    timeout: float = TIMEOUT_S,
) -> RoundResult:
    """One round with the hub: push, then pull. Never raises for a network or hub problem: the result
    says what happened (and ``sync_remotes`` keeps it)."""
    result = RoundResult(url, "hub", False, None, "", at=now_iso())
    store.require_writable()
    work = Path(tempfile.mkdtemp(prefix=".sync-", dir=store.paths.data_dir))
    try:
        url = check_url(url, allow_http)
        result.remote = url
        hub_id, hub_key, enrolment = _enrolled_hub(store)
        hub = HubClient(store, url, hub_id, hub_key, timeout)
        try:
            _round(store, hub, enrolment, result, work, progress, cancelled, purge_after_ack, push_chunk, pull_chunk)
        finally:
            hub.close()
        result.ok = True
        result.message = f"Synced: {result.pushed} changes sent, {result.pulled} received ({result.applied} new)."
    except RemoteError as exc:
        result.code, result.message = exc.code, str(exc)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result.at = now_iso()
    record_round(store, result)
    return result


def _step(progress: Progress | None, cancelled: Callable[[], bool] | None, text: str) -> None:
    if cancelled is not None and cancelled():
        raise RemoteError("cancelled", "Sync was cancelled; what was sent or received so far is kept.")
    if progress is not None:
        progress(text)


def _round(
    store: Store,
    hub: HubClient,
    enrolment: dict[str, Any],
    result: RoundResult,
    work: Path,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    purge_after_ack: bool,
    push_chunk: int,
    pull_chunk: int,
) -> None:
    from fieldkit.sync.export import export_bundle
    from fieldkit.sync.importer import import_paths
    from fieldkit.sync.keys import ensure_box_key

    device = store.device
    assert device is not None
    _step(progress, cancelled, "Connecting to the hub")
    hub.health()
    registration = {
        "device_id": device.device_id,
        "name": device.name,
        "role": device.role,
        "sign_key": device.public_key,
        "box_key": ensure_box_key(store),
        "enrolment": {
            "id": enrolment.get("id"),
            "proof": enrolment_proof(enrolment["secret"], device.device_id, device.public_key)
            if enrolment.get("secret")
            else "",
        },
    }
    answer = json.loads(hub.send("POST", "/v1/devices", json.dumps(registration).encode()))
    if (answer.get("hub") or {}).get("device_id") != hub.hub_id:
        raise RemoteError("bad_hub", "The hub answered with another identity than the one this laptop enrolled with.")
    _save_ack(store, hub.hub_id, answer.get("ack") or {})

    # push: what the hub has not acknowledged, chunk by chunk
    sent: dict[str, int] = {}
    while True:
        _step(progress, cancelled, f"Sending changes ({result.pushed} so far)")
        acked = _peer_ack(store, hub.hub_id)
        for origin, seq in sent.items():
            acked[origin] = max(acked.get(origin, 0), seq)
        try:
            export = export_bundle(store, work, "coordinator", acked=acked, limit=push_chunk)
        except OSError as exc:
            raise RemoteError("disk", f"Could not write the outgoing bundle: {exc}") from exc
        if export.changes == 0:
            export.path.unlink(missing_ok=True)
            _forget_export(store, export.bundle_id)
            break
        try:
            answer = json.loads(hub.send("POST", "/v1/bundles", export.path.read_bytes()))
        except RemoteError as exc:
            export.path.unlink(missing_ok=True)
            _forget_export(store, export.bundle_id)
            if exc.code != "too_large" or export.changes == 1:
                raise
            push_chunk = max(1, export.changes // 2)  # the hub's size limit is low: smaller bundles
            continue
        export.path.unlink(missing_ok=True)
        _save_ack(store, hub.hub_id, answer.get("ack") or {})
        for origin, spans in export.ranges.items():
            sent[origin] = max([sent.get(origin, 0), *(b for _a, b in spans)])
        result.pushed += export.changes
        result.bundles.append(f"sent {export.changes} changes ({answer.get('status')})")

    # pull: the hub's changes after our position, bundle by bundle
    with store.read() as session:
        row = session.get(SyncRemote, hub.url)
        cursor = int(row.cursor) if row is not None else 0
    while True:
        _step(progress, cancelled, f"Receiving changes ({result.pulled} so far)")
        with store.read() as session:
            held = vectors.read_vector(raw_connection(session))
        vector = json.dumps(held, separators=(",", ":"), sort_keys=True)
        target = work / f"pull-{cursor}{SUFFIX}"
        hub.send("GET", f"/v1/changes?after={cursor}&limit={pull_chunk}", vector=vector, stream_to=target)
        if not target.exists():  # nothing after our position
            break
        try:
            manifest = open_bundle(target).manifest
            info = manifest["hub"]
            next_cursor, more = int(info["cursor"]), bool(info["more"])
        except (BundleError, KeyError, TypeError, ValueError) as exc:
            raise RemoteError("bad_hub", f"The hub sent a bundle this laptop cannot read ({exc}).") from exc
        if int(info.get("after", -1)) != cursor:
            raise RemoteError("bad_hub", "The hub answered for another position than asked; stopped.")
        outcome = import_paths(store, [target], purge_after_ack=purge_after_ack)[0]
        target.unlink(missing_ok=True)
        if not outcome.ok:
            raise RemoteError("import_failed", f"A bundle from the hub was not imported: {outcome.message}")
        result.pulled += outcome.changes
        result.applied += outcome.applied
        result.bundles.append(outcome.message)
        cursor = next_cursor
        with store.write(sync_apply=True) as session:
            remote_row(session, hub.url, "hub").cursor = cursor
        if not more:
            break


def _peer_ack(store: Store, hub_id: str) -> dict[str, int]:
    with store.read() as session:
        peer = session.get(SyncPeer, hub_id)
        return {str(k): int(v) for k, v in ((peer.acked if peer else None) or {}).items()}


def _save_ack(store: Store, hub_id: str, ack: dict[str, Any]) -> None:
    with store.write(sync_apply=True) as session:
        peer = session.get(SyncPeer, hub_id)
        if peer is not None:
            peer.acked = {str(k): int(v) for k, v in ack.items()}
            peer.last_contact = now_iso()


def _forget_export(store: Store, bundle_id: str) -> None:
    """An empty bundle that never left: not worth a line in the sync history."""
    with store.write(sync_apply=True) as session:
        row = session.get(SyncBundle, bundle_id)
        if row is not None:
            session.delete(row)
