"""Sync with a shared folder (``fieldkit sync folder PATH``): import the bundles in the folder
addressed to this device that it has not seen, then write its own outgoing bundle there when it has
something new. How the round went is kept in ``sync_remotes`` (``fieldkit.sync.remote_state``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fieldkit.store.engine import Store, raw_connection
from fieldkit.store.errors import KnownError
from fieldkit.store.sync_models import SyncBundle, SyncRemote
from fieldkit.sync.bundle import SUFFIX, BundleError, open_bundle
from fieldkit.sync.remote_state import Progress, RemoteError, RoundResult, record_round
from fieldkit.sync.trust import now_iso


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
    record_round(store, result, state)
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
