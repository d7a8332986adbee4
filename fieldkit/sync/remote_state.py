"""What a sync round reports, and how it is kept: the round's result, the error that stops a round,
and the ``sync_remotes`` bookkeeping (one row per hub URL or shared folder) the status bar reads.

Shared by the hub round (``fieldkit.sync.remote``) and the folder round (``fieldkit.sync.folder_sync``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from fieldkit.store.engine import Store
from fieldkit.store.errors import KnownError
from fieldkit.store.sync_models import SyncRemote

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


def remote_records(store: Store) -> list[RemoteRecord]:
    with store.read() as session:
        rows = session.query(SyncRemote).order_by(SyncRemote.kind, SyncRemote.remote).all()
        return [
            RemoteRecord(r.remote, r.kind, r.last_attempt_at, r.last_ok_at, r.last_error, r.last_error_code)
            for r in rows
        ]


def remote_row(session: Session, remote: str, kind: str) -> SyncRemote:
    row = session.get(SyncRemote, remote)
    if row is None:
        row = SyncRemote(remote=remote, kind=kind, cursor=0, pushed=0, pulled=0, state={})
        session.add(row)
    return row


def record_round(store: Store, result: RoundResult, state: dict[str, Any] | None = None) -> None:
    with store.write(sync_apply=True) as session:
        row = remote_row(session, result.remote, result.kind)
        row.last_attempt_at = result.at
        if result.ok:
            row.last_ok_at, row.last_error, row.last_error_code = result.at, None, None
        else:
            row.last_error, row.last_error_code = result.message, result.code
        row.pushed = (row.pushed or 0) + result.pushed
        row.pulled = (row.pulled or 0) + result.pulled
        if state is not None:
            row.state = state
