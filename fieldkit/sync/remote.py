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
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from fieldkit.store.engine import Store, raw_connection
from fieldkit.store.errors import KnownError
from fieldkit.store.sync_models import SyncBundle, SyncPeer, SyncRemote
from fieldkit.sync import vector as vectors
from fieldkit.sync.bundle import MAX_BUNDLE_BYTES, SUFFIX, BundleError, open_bundle
from fieldkit.sync.keys import sign, verify
from fieldkit.sync.trust import enrolment_proof, now_iso
from fieldkit.sync.wire import (
    CONTENT_BUNDLE,
    H_DEVICE,
    H_HUB_SIGNATURE,
    H_NONCE,
    H_SIGNATURE,
    H_TIME,
    H_VECTOR,
    request_base,
    response_base,
)

PUSH_CHUNK = 5000
PULL_CHUNK = 5000
TIMEOUT_S = 30.0
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
Progress = Callable[[str], None]


class RemoteError(KnownError):
    """Why a round stopped. ``code``: offline, refused, not_enrolled, plain_http, tls, bad_hub,
    import_failed, folder_unreachable, cancelled."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class RoundResult:
    remote: str
    kind: str  # hub | folder
    ok: bool
    code: str | None
    message: str
    pushed: int = 0  # changes sent
    pulled: int = 0  # changes received
    applied: int = 0  # of those, the ones that changed something here
    bundles: list[str] = field(default_factory=list)  # what happened to each bundle, one line each
    at: str = ""


@dataclass(frozen=True)
class RemoteRecord:
    remote: str
    kind: str
    last_attempt_at: str | None
    last_ok_at: str | None
    last_error: str | None
    last_error_code: str | None


def check_url(url: str, allow_http: bool = False) -> str:
    """The hub URL, if it is safe to use: https, or plain http only to this computer unless allowed."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise RemoteError("bad_url", f"{url!r} is not a hub address; it looks like https://hub.example.az")
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS and not allow_http:
        raise RemoteError(
            "plain_http",
            f"Refused to sync with {parts.hostname} over plain http: anyone on the way could read it. Use the "
            "hub's https address, or allow plain http in Settings if this network is trusted.",
        )
    return url.strip().rstrip("/")


def remote_records(store: Store) -> list[RemoteRecord]:
    with store.read() as session:
        rows = session.query(SyncRemote).order_by(SyncRemote.kind, SyncRemote.remote).all()
        return [
            RemoteRecord(r.remote, r.kind, r.last_attempt_at, r.last_ok_at, r.last_error, r.last_error_code)
            for r in rows
        ]


def _remote_row(session: Session, remote: str, kind: str) -> SyncRemote:
    row = session.get(SyncRemote, remote)
    if row is None:
        row = SyncRemote(remote=remote, kind=kind, cursor=0, pushed=0, pulled=0, state={})
        session.add(row)
    return row


def _record(store: Store, result: RoundResult, state: dict[str, Any] | None = None) -> None:
    with store.write(sync_apply=True) as session:
        row = _remote_row(session, result.remote, result.kind)
        row.last_attempt_at = result.at
        if result.ok:
            row.last_ok_at, row.last_error, row.last_error_code = result.at, None, None
        else:
            row.last_error, row.last_error_code = result.message, result.code
        row.pushed = (row.pushed or 0) + result.pushed
        row.pulled = (row.pulled or 0) + result.pulled
        if state is not None:
            row.state = state


# -- hub --------------------------------------------------------------------------------------------
class _Hub:
    """One round's connection to the hub: signs each request, checks each answer's signature."""

    def __init__(self, store: Store, url: str, hub_id: str, hub_key: str, timeout: float) -> None:
        import httpx

        self.httpx = httpx
        self.store, self.url, self.hub_id, self.hub_key = store, url, hub_id, hub_key
        self.client = httpx.Client(base_url=url, timeout=timeout, follow_redirects=False)
        self.offset = 0

    def close(self) -> None:
        self.client.close()

    def _send(self, method: str, path: str, body: bytes = b"", vector: str = "", stream_to: Path | None = None) -> Any:
        device = self.store.device
        assert device is not None
        nonce = secrets.token_hex(16)
        stamp = str(int(time.time()) + self.offset)
        base = request_base(method, path, stamp, nonce, device.device_id, body, vector)
        headers = {
            H_DEVICE: device.device_id,
            H_TIME: stamp,
            H_NONCE: nonce,
            H_SIGNATURE: sign(self.store.paths, base).hex(),
        }
        if vector:
            headers[H_VECTOR] = vector
        try:
            with self.client.stream(method, path, content=body or None, headers=headers) as response:
                if (
                    stream_to is not None
                    and response.status_code == 200
                    and response.headers.get("content-type", "").startswith(CONTENT_BUNDLE)
                ):
                    data, digest = b"", self._save(response, stream_to)
                else:
                    data = response.read()
                    digest = hashlib.sha256(data).hexdigest()
                status = response.status_code
                signature = response.headers.get(H_HUB_SIGNATURE, "")
        except self.httpx.ConnectError as exc:
            raise self._connect_problem(exc) from exc
        except (self.httpx.TimeoutException, self.httpx.NetworkError, self.httpx.RemoteProtocolError) as exc:
            raise RemoteError("offline", f"The connection to the hub broke ({exc}); the next round resumes.") from exc
        if status == 429:
            raise RemoteError("busy", "The hub is busy (too many requests); the app tries again shortly.")
        if not signature or not verify(
            self.hub_key, bytes.fromhex(signature), response_base(nonce, status, b"", body_sha256=digest)
        ):
            if status >= 500:
                raise RemoteError("hub_error", f"The hub had a problem (HTTP {status}); the app tries again later.")
            raise RemoteError(
                "bad_hub",
                f"The answer from {self.url} is not signed by the hub this laptop enrolled with (HTTP {status}). "
                "Check the hub address in Settings.",
            )
        if status != 200:
            try:
                problem = json.loads(data)
                code, message = str(problem["error"]), str(problem["message"])
            except (ValueError, KeyError, TypeError):
                code, message = "refused", f"HTTP {status}"
            text = message if message.startswith("Hub refused") else f"Hub refused: {message}"
            kinds = {"not_enrolled": "not_enrolled", "too_large": "too_large"}
            raise RemoteError(kinds.get(code, "refused"), text)
        return data

    def _save(self, response: Any, target: Path) -> str:
        """Stream a pulled bundle to disk (capped); returns its SHA-256 for the signature check."""
        size = 0
        digest = hashlib.sha256()
        with open(target, "wb") as out:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BUNDLE_BYTES:
                    raise RemoteError("refused", "The hub sent a bundle larger than Field Kit accepts; stopped.")
                out.write(chunk)
                digest.update(chunk)
            out.flush()
            os.fsync(out.fileno())
        return digest.hexdigest()

    def _connect_problem(self, exc: Exception) -> RemoteError:
        text = str(exc)
        if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
            return RemoteError(
                "tls",
                f"The hub's certificate could not be verified ({text}). Nothing was sent. Check the hub address, "
                "or ask the hub's administrator about its certificate.",
            )
        return RemoteError("offline", "The hub cannot be reached (offline, or the hub is down).")

    def health(self) -> None:
        try:
            response = self.client.get("/health")
        except self.httpx.ConnectError as exc:
            raise self._connect_problem(exc) from exc
        except (self.httpx.TimeoutException, self.httpx.NetworkError, self.httpx.RemoteProtocolError) as exc:
            raise RemoteError("offline", "The hub cannot be reached (offline, or the hub is down).") from exc
        if response.status_code != 200:
            raise RemoteError("hub_error", f"The hub is up but not ready (HTTP {response.status_code}).")
        try:
            self.offset = int(response.json()["time"]) - int(time.time())
        except (ValueError, KeyError, TypeError) as exc:
            raise RemoteError("bad_hub", f"{self.url} does not answer like a Field Kit hub.") from exc


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
        hub = _Hub(store, url, hub_id, hub_key, timeout)
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
    _record(store, result)
    return result


def _step(progress: Progress | None, cancelled: Callable[[], bool] | None, text: str) -> None:
    if cancelled is not None and cancelled():
        raise RemoteError("cancelled", "Sync was cancelled; what was sent or received so far is kept.")
    if progress is not None:
        progress(text)


def _round(
    store: Store,
    hub: _Hub,
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
    answer = json.loads(hub._send("POST", "/v1/devices", json.dumps(registration).encode()))
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
            answer = json.loads(hub._send("POST", "/v1/bundles", export.path.read_bytes()))
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
        hub._send("GET", f"/v1/changes?after={cursor}&limit={pull_chunk}", vector=vector, stream_to=target)
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
            _remote_row(session, hub.url, "hub").cursor = cursor
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


# -- shared folder ----------------------------------------------------------------------------------
def folder_round(
    store: Store, folder: Path, *, progress: Progress | None = None, purge_after_ack: bool = False
) -> RoundResult:
    """One round with a shared folder: import what is new and addressed to this device, then write
    this device's outgoing bundle when it has something the folder does not have yet."""
    from fieldkit.sync.export import export_bundle
    from fieldkit.sync.importer import import_paths

    folder = folder.expanduser()
    remote = str(folder.resolve()) if folder.exists() else str(folder)
    result = RoundResult(remote, "folder", False, None, "", at=now_iso())
    device = store.device
    if device is None:
        raise KnownError("Set this laptop up first ('fieldkit init').")
    store.require_writable()
    with store.read() as session:
        row = session.get(SyncRemote, remote)
        state: dict[str, Any] = dict(row.state) if row is not None and row.state else {}
    seen: dict[str, str] = dict(state.get("seen") or {})
    try:
        if not folder.is_dir() or not os.access(folder, os.W_OK | os.R_OK):
            raise RemoteError(
                "folder_unreachable",
                f"The shared folder {folder} cannot be reached (not mounted, or not writable). The app tries again "
                "when it is there.",
            )
        if progress:
            progress("Looking for new bundles")
        wanted = []
        for path in sorted(folder.glob(f"*{SUFFIX}")):
            try:
                stat = path.stat()
            except OSError:
                continue
            mark = f"{stat.st_size}:{int(stat.st_mtime)}"
            if seen.get(path.name) == mark:
                continue
            if _addressed_here(store, path):
                wanted.append(path)
            seen[path.name] = mark
        if wanted:
            if progress:
                progress(f"Importing {len(wanted)} bundles")
            outcomes = import_paths(store, wanted, purge_after_ack=purge_after_ack)
            for outcome in outcomes:
                result.pulled += outcome.changes
                result.applied += outcome.applied
                result.bundles.append(f"{Path(outcome.path).name}: {outcome.message}")
            failed = [o for o in outcomes if not o.ok]
        else:
            failed = []
        written = _write_outgoing(store, folder, state, export_bundle)
        for line, changes in written:
            result.pushed += changes
            result.bundles.append(line)
        seen = {name: mark for name, mark in seen.items() if (folder / name).exists()}
        state["seen"] = seen
        result.ok = not failed
        result.code = None if result.ok else "import_failed"
        result.message = (
            f"Folder synced: {result.pushed} changes written, {result.pulled} read ({result.applied} new)."
            if result.ok
            else f"{len(failed)} bundles in the folder were not imported: {failed[0].message}"
        )
    except RemoteError as exc:
        result.code, result.message = exc.code, str(exc)
    except OSError as exc:
        result.code, result.message = "folder_unreachable", f"The shared folder failed: {exc.strerror or exc}."
    result.at = now_iso()
    _record(store, result, state)
    return result


def _addressed_here(store: Store, path: Path) -> bool:
    """Bundles from other devices, in a scope this device takes, encrypted (if at all) to its key,
    and not imported before."""
    device = store.device
    assert device is not None
    try:
        m = open_bundle(path).manifest
        sender = m["sender"]["device_id"]
        scope = m["recipient"]["scope"]
        bundle_id = m["bundle_id"]
    except (BundleError, KeyError, TypeError):
        return True  # let the importer say what is wrong with it
    if sender in (device.device_id, *device.retired_ids):
        return False
    if scope == "coordinator" and device.role != "coordinator":
        return False
    if scope == "officer" and device.role == "coordinator":
        return False
    encryption = (m.get("payload") or {}).get("encryption")
    if encryption and encryption.get("recipient_box_key") != device.box_public_key:
        return False
    with store.read() as session:
        earlier = session.get(SyncBundle, bundle_id)
    return earlier is None or earlier.status not in ("imported", "known")


def _write_outgoing(store: Store, folder: Path, state: dict[str, Any], export: Any) -> list[tuple[str, int]]:
    """An officer writes its unacknowledged changes when it has new ones since its last bundle here
    (and removes its older bundles there, which the new one contains). A coordinator writes the
    reference data for laptops when it changed, and everything for other coordinators."""
    device = store.device
    assert device is not None
    with store.read() as session:
        con = raw_connection(session)
        if device.role == "officer":  # its own changes: what it sends
            own = [device.device_id, *device.retired_ids]
            marks = ",".join("?" * len(own))
            sql = f"SELECT COUNT(*), COALESCE(MAX(hlc), 0) FROM change_log WHERE origin IN ({marks})"
            mark = list(con.execute(sql, own).fetchone())
        else:
            mark = list(con.execute("SELECT COUNT(*), COALESCE(MAX(hlc), 0) FROM change_log").fetchone())
        coordinators = con.execute(
            "SELECT COUNT(*) FROM sync_peers WHERE role = 'coordinator' AND status = 'trusted'"
        ).fetchone()[0]
    if state.get("mark") == mark:
        return []
    out: list[tuple[str, int]] = []
    scopes = ["coordinator"] if device.role == "officer" else ["officer"] + (["coordinator"] if coordinators else [])
    written = dict(state.get("written") or {})
    for scope in scopes:
        result = export(store, folder, scope)
        if result.changes == 0 and scope == "coordinator":
            result.path.unlink(missing_ok=True)
            continue
        old = written.get(scope)
        if old and old != result.path.name:
            (folder / old).unlink(missing_ok=True)
        written[scope] = result.path.name
        out.append((f"wrote {result.path.name} ({result.changes} changes)", result.changes))
    state["written"] = written
    state["mark"] = mark
    return out
