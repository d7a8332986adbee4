"""Sync by itself whenever the hub (or the shared folder) is there: ODK and DHIS2 users report
auto-sync that silently stops after the network comes back, so every trigger below starts a round on
its own, and the state it shows is what the last round really did.

A round runs when:

- the store is open (``start``);
- the network comes back (``network_changed("online")``, from QNetworkInformation);
- local changes have settled (``Intervals.settle`` after the last data-change notification);
- the probe timer fires: every ``Intervals.online`` while the hub answers, and while it does not, after
  ``backoff_min`` doubling up to ``backoff_max`` (a success resets it);
- the user presses Sync now, or changes the hub, the shared folder or the plain-http permission.

The shared folder is looked at every ``Intervals.folder`` (a folder round finds nothing new cheaply,
and records "not reachable" while a USB stick is out).

Rounds run on this controller's own worker thread (a ``TaskRunner``: a hub that takes its timeout to
answer never holds up an import on the Sync screen), one at a time; a trigger during a round queues
one more round after it. The store is shared with the worker: its SQLAlchemy engine pools one SQLite
connection per thread, and every service call opens its own short transaction, as the Sync screen's
exports and imports already do from the app's runner. A round due while that runner works (an import, a
restore from a backup, encrypting the store) waits until it is done. ``stop`` cancels the round in flight (between
chunks) and waits for it, before the window closes the store.

Intervals come from the constructor, or from ``FIELDKIT_AUTOSYNC`` (``settle=1,online=5,backoff_min=0.5,
backoff_max=4,folder=1``, seconds) so tests and a field trial can shorten them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from fieldkit.ui.context import EVENTS, PEOPLE, REFERENCE, SETTINGS, STOCK, SYNC, AppContext
from fieldkit.ui.tasks import Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    from fieldkit.sync.remote import RoundResult

ENV_INTERVALS = "FIELDKIT_AUTOSYNC"
LOCAL_TOPICS = frozenset({EVENTS, PEOPLE, STOCK, REFERENCE})  # what a person records here
HUB, FOLDER = "hub", "folder"
CLOCK_MS = 60_000  # "Synced 2 min ago" is re-read this often
WAIT_FOR_APP_MS = 1000  # a round due while the app's own long task runs looks again this much later


@dataclass(frozen=True)
class Intervals:
    """Seconds."""

    settle: float = 20.0  # after the last local change
    online: float = 300.0  # between rounds while the hub answers
    backoff_min: float = 30.0  # the first retry after a failed round
    backoff_max: float = 900.0  # the longest wait between retries
    folder: float = 60.0  # between looks at the shared folder
    timeout: float = 20.0  # per request to the hub

    @classmethod
    def from_env(cls, base: Intervals | None = None) -> Intervals:
        """``FIELDKIT_AUTOSYNC=settle=1,online=5``: the named intervals replaced; bad entries ignored."""
        result = base or cls()
        text = os.environ.get(ENV_INTERVALS, "")
        names = {f.name for f in fields(cls)}
        for item in text.split(","):
            name, _, value = item.partition("=")
            try:
                seconds = float(value)
            except ValueError:
                continue
            if name.strip() in names and seconds > 0:
                result = replace(result, **{name.strip(): seconds})
        return result


@dataclass(frozen=True)
class RemoteView:
    """The last round with the hub or the folder, as the status bar and the Sync screen show it."""

    remote: str
    ok: bool
    code: str | None
    message: str
    attempt_at: str | None
    ok_at: str | None
    pushed: int = 0
    pulled: int = 0
    counted: bool = True  # pushed and pulled are this round's (not for a round read back from the store)


def hub_key(url: str) -> str:
    """The name ``sync_remotes`` keeps a hub under (``check_url`` strips and drops the final slash)."""
    return url.strip().rstrip("/")


class AutoSync(QObject):
    """Runs hub and folder rounds by itself; ``changed`` whenever what the status shows may differ."""

    changed = Signal()
    round_done = Signal(object)  # RoundResult, on the GUI thread

    def __init__(self, context: AppContext, parent: QObject | None = None, intervals: Intervals | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.intervals = intervals or Intervals.from_env()
        self.runner = TaskRunner(self)
        self.last: dict[str, RemoteView] = {}
        self._task: Task | None = None
        self._running: tuple[str, ...] = ()
        self._wanted: set[str] = set()
        self._backoff = 0.0
        self._started = False
        self._notifying = False
        self.network = "unknown"  # online | offline | unknown, from the main window's NetworkWatch
        self._config = self._read_config()
        self._hub_timer = self._timer(lambda: self.request(HUB))
        self._settle_timer = self._timer(lambda: self.request(HUB, FOLDER))
        self._folder_timer = self._timer(lambda: self.request(FOLDER), single=False)
        self._clock = self._timer(self.changed.emit, single=False)
        context.data_changed.connect(self._data_changed)

    def _timer(self, slot: Any, single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    # -- what the status shows --------------------------------------------------------------------
    @property
    def hub_url(self) -> str | None:
        return (self.context.settings.hub_url or "").strip() or None

    @property
    def folder(self) -> str | None:
        return (self.context.settings.sync_folder or "").strip() or None

    @property
    def allow_http(self) -> bool:
        return bool(self.context.settings.extra.get("allow_plain_http"))

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def running(self) -> tuple[str, ...]:
        """The kinds of round in flight (``hub``, ``folder``)."""
        return self._running

    @property
    def retry_in(self) -> float | None:
        """Seconds until the next hub round (None when none is planned)."""
        if not self._hub_timer.isActive():
            return None
        return self._hub_timer.remainingTime() / 1000

    def view(self, kind: str) -> RemoteView | None:
        """The last round of that kind with the remote configured now (an older hub's does not count;
        the folder's is dropped when the setting changes, so the path is not looked at here: a hung
        network share must not freeze the window)."""
        view = self.last.get(kind)
        if view is None or (kind == HUB and view.remote != hub_key(self.hub_url or "")):
            return None
        if kind == FOLDER and not self.folder:
            return None
        return view

    def _folder_key(self) -> str | None:
        folder = self.folder
        if folder is None:
            return None
        path = Path(folder).expanduser()
        try:
            return str(path.resolve()) if path.exists() else str(path)
        except OSError:
            return str(path)

    # -- life cycle -----------------------------------------------------------------------------
    def start(self) -> None:
        """The store is open and set up: read the last rounds, then sync."""
        self._started = True
        self._load_records()
        self._clock.start(CLOCK_MS)
        self._folder_timer.start(int(self.intervals.folder * 1000))
        self.changed.emit()
        self.request(HUB, FOLDER)

    def stop(self) -> None:
        """Before the window closes the store: no more rounds; the one in flight stops at its next step."""
        self._started = False
        for timer in (self._hub_timer, self._settle_timer, self._folder_timer, self._clock):
            timer.stop()
        self._wanted.clear()
        if self._task is not None:
            self._task.cancel()
        self.runner.wait()

    def sync_now(self) -> None:
        """The user asked: at once, whatever the backoff says."""
        self._backoff = 0.0
        self.request(HUB, FOLDER)

    def network_changed(self, state: str) -> None:
        self.network = state
        if state == "online":
            self._backoff = 0.0
            self.request(HUB, FOLDER)
        self.changed.emit()

    def request(self, *kinds: str) -> None:
        """Run a round of each kind that is configured, now or right after the one in flight."""
        if not self._started:
            return
        for kind in kinds:
            if (kind == HUB and self.hub_url) or (kind == FOLDER and self.folder):
                self._wanted.add(kind)
        self._launch()

    def _load_records(self) -> None:
        from fieldkit.sync.remote import remote_records

        store = self.context.store
        if store is None or not store.initialised:
            return
        try:
            records = remote_records(store)
        except Exception:  # a busy store: the next round says how things are
            return
        for kind, want in ((HUB, hub_key(self.hub_url or "")), (FOLDER, self._folder_key())):
            for r in records:
                if r.kind == kind and r.remote == want:
                    ok = r.last_error is None and r.last_ok_at is not None
                    self.last[kind] = RemoteView(
                        r.remote,
                        ok,
                        r.last_error_code,
                        r.last_error or "",
                        r.last_attempt_at,
                        r.last_ok_at,
                        counted=False,
                    )

    # -- rounds ---------------------------------------------------------------------------------
    def _launch(self) -> None:
        store = self.context.store
        if not self._started or self._task is not None or not self._wanted or store is None or not store.initialised:
            return
        if self.context.runner.busy:  # an import, a restore or an encryption of the store: after it
            QTimer.singleShot(WAIT_FOR_APP_MS, self._launch)
            return
        if store.identity_problem:  # recording is paused; the banner says why
            self._wanted.clear()
            self.changed.emit()
            return
        kinds = tuple(k for k in (HUB, FOLDER) if k in self._wanted)
        self._wanted.clear()
        hub_url, folder, allow_http = self.hub_url, self.folder, self.allow_http
        purge, timeout = self.context.settings.purge_after_ack, self.intervals.timeout

        def work(task: TaskContext) -> list[RoundResult]:
            from fieldkit.sync.remote import folder_round, hub_round

            results = []
            for kind in kinds:
                if task.cancel_requested:
                    break
                if kind == HUB and hub_url:
                    results.append(
                        hub_round(
                            store,
                            hub_url,
                            allow_http=allow_http,
                            cancelled=lambda: task.cancel_requested,
                            purge_after_ack=purge,
                            timeout=timeout,
                        )
                    )
                elif kind == FOLDER and folder:
                    results.append(folder_round(store, Path(folder), purge_after_ack=purge))
            return results

        task = self.runner.start(work)
        task.signals.succeeded.connect(self._finished)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        self._task, self._running = task, kinds
        self.changed.emit()
        self.runner.launch(task)

    def _finished(self, results: list[RoundResult]) -> None:
        self._task, self._running = None, ()
        applied = False
        for result in results:
            remote = hub_key(result.remote) if result.kind == HUB else result.remote
            self.last[result.kind] = RemoteView(
                remote,
                result.ok,
                result.code,
                result.message,
                result.at,
                result.at if result.ok else self._last_ok(result.kind, remote),
                result.pushed,
                result.pulled,
            )
            applied = applied or result.applied > 0
            if result.kind == HUB:
                self._plan_hub(result.ok)
        self._notify(applied)
        for result in results:
            self.round_done.emit(result)
        self.changed.emit()
        self._launch()

    def _failed(self, message: str) -> None:
        """Not a network problem (those come back as a result): the store refused, or a bug."""
        for kind in self._running:
            remote = hub_key(self.hub_url or "") if kind == HUB else (self.folder or "")
            at = _now()
            self.last[kind] = RemoteView(remote, False, "error", message, at, self._last_ok(kind, remote))
        if HUB in self._running:
            self._plan_hub(False)
        self._task, self._running = None, ()
        self.changed.emit()
        self._launch()

    def _cancelled(self) -> None:
        self._task, self._running = None, ()
        self.changed.emit()

    def _last_ok(self, kind: str, remote: str) -> str | None:
        before = self.last.get(kind)
        if before is None or (kind == HUB and before.remote != remote):
            return None
        return before.ok_at

    def _plan_hub(self, ok: bool) -> None:
        """The next probe: the normal interval after a success, a doubling backoff after a failure."""
        if not self._started:
            return
        if ok:
            self._backoff = 0.0
            wait = self.intervals.online
        else:
            self._backoff = min(max(self._backoff * 2, self.intervals.backoff_min), self.intervals.backoff_max)
            wait = self._backoff
        self._hub_timer.start(int(wait * 1000))

    def _notify(self, applied: bool) -> None:
        """Tell the screens what a round changed; our own notifications are not local changes."""
        self._notifying = True
        try:
            if applied:
                for topic in (PEOPLE, EVENTS, STOCK, REFERENCE):
                    self.context.notify(topic)
            self.context.notify(SYNC)
        finally:
            self._notifying = False

    # -- triggers -------------------------------------------------------------------------------
    def _read_config(self) -> tuple[str | None, str | None, bool]:
        return self.hub_url, self.folder, self.allow_http

    def _data_changed(self, topic: str) -> None:
        if self._notifying:
            return
        if topic == SETTINGS:
            config = self._read_config()
            if config != self._config:
                if config[0] != self._config[0]:
                    self.last.pop(HUB, None)
                if config[1] != self._config[1]:
                    self.last.pop(FOLDER, None)
                self._config = config
                self._backoff = 0.0
                self._hub_timer.stop()
                self._load_records()
                self.changed.emit()
                self.request(HUB, FOLDER)
        elif topic in LOCAL_TOPICS and self._started:
            self._settle_timer.start(int(self.intervals.settle * 1000))


def _now() -> str:
    from fieldkit.sync.trust import now_iso

    return now_iso()
