"""Long work off the GUI thread: a task takes plain data, returns plain data, reports progress by
signal and can be cancelled. Tests switch ``TaskRunner.synchronous`` on to run tasks in place."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fieldkit.store.errors import KnownError
from fieldkit.ui.errors import error_text


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskContext:
    """What a task function receives: report progress, and check whether to stop."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self.cancel_requested = False

    def progress(self, done: int, total: int, message: str = "") -> None:
        if self.cancel_requested:
            raise Cancelled()
        self._signals.progressed.emit(done, total, message)

    def check(self) -> None:
        if self.cancel_requested:
            raise Cancelled()


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.context = TaskContext(self.signals)
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.context.cancel_requested = True

    def run(self) -> None:
        try:
            result = self.fn(self.context)
        except Cancelled:
            self.signals.cancelled.emit()
        except KnownError as exc:
            self.signals.failed.emit(error_text(exc))
        except Exception:  # a bug: keep the window alive, show what happened
            self.signals.failed.emit(traceback.format_exc(limit=5))
        else:
            self.signals.succeeded.emit(result)


class TaskRunner(QObject):
    synchronous = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: list[Task] = []

    def start(self, fn: Callable[[TaskContext], Any]) -> Task:
        """Create the task; connect to its signals, then call ``launch``."""
        task = Task(fn)
        self._running.append(task)
        task.signals.succeeded.connect(lambda _r: self._forget(task))
        task.signals.failed.connect(lambda _m: self._forget(task))
        task.signals.cancelled.connect(lambda: self._forget(task))
        return task

    def launch(self, task: Task) -> None:
        if self.synchronous:
            task.run()
        else:
            self.pool.start(task)

    def _forget(self, task: Task) -> None:
        if task in self._running:
            self._running.remove(task)

    @property
    def busy(self) -> bool:
        """A task was started and has not finished yet."""
        return bool(self._running)

    def wait(self) -> None:
        self.pool.waitForDone()
