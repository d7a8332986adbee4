"""Long work with a progress bar and a Cancel button: the task runs on the runner's worker thread
(in place when ``TaskRunner.synchronous`` is on, as in tests), and the window stays responsive."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from fieldkit.ui.tasks import Task, TaskContext, TaskRunner


def tr(text: str) -> str:
    return QCoreApplication.translate("Progress", text)


def run_with_progress(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    fn: Callable[[TaskContext], Any],
    on_success: Callable[[Any], None],
    *,
    on_failure: Callable[[str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> Task:
    """Run ``fn`` off the GUI thread behind a modal progress dialog.

    ``fn`` reports with ``context.progress(done, total, message)`` (which also raises when Cancel was
    pressed) and returns plain data, handed to ``on_success`` on the GUI thread. A failure shows its
    message in a dialog unless ``on_failure`` is given.
    """
    dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # short work never flashes a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = runner.start(fn)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            dialog.setLabelText(f"{title}\n{message}")

    def finish() -> None:
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        on_success(result)

    def failed(message: str) -> None:
        finish()
        if on_failure is not None:
            on_failure(message)
        else:
            QMessageBox.warning(parent, title, message)

    def cancelled() -> None:
        finish()
        if on_cancel is not None:
            on_cancel()

    task.signals.progressed.connect(progressed)
    task.signals.succeeded.connect(succeeded)
    task.signals.failed.connect(failed)
    task.signals.cancelled.connect(cancelled)
    dialog.canceled.connect(task.cancel)
    runner.launch(task)
    return task
