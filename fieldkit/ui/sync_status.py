"""The sync status in words, and the status bar's part that shows it with a Sync now button.

``describe`` is the one place that turns the automatic sync's state into text, so the status bar and
the Sync screen say the same thing. It never says "Synced" unless the last round succeeded: a failed
round shows why it failed, and how many changes still wait.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from fieldkit.ui.autosync import FOLDER, HUB, AutoSync, RemoteView
from fieldkit.ui.formats import format_count, format_datetime, parse_stamp
from fieldkit.ui.widgets import ERROR_STYLE

OK_STYLE = "color: #1d4d1d;"
WARN_STYLE = "color: #8a5a00;"
STYLES = {"ok": OK_STYLE, "warn": WARN_STYLE, "error": ERROR_STYLE, "busy": "", "idle": ""}


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncStatus", text)


@dataclass(frozen=True)
class StatusText:
    text: str
    tooltip: str
    tone: str  # ok | busy | warn | error | idle


def ago(stamp: str | None, now: dt.datetime | None = None) -> str:
    """ "just now", "2 min ago", "3 h ago", or the date and time when it is a day or more."""
    when = parse_stamp(stamp) if stamp else None
    if when is None:
        return tr("never")
    now = now or dt.datetime.now().astimezone()
    if when.tzinfo is None:
        when = when.astimezone()
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return tr("just now")
    if seconds < 3600:
        return tr("%1 min ago").replace("%1", format_count(int(seconds // 60)))
    if seconds < 86400:
        return tr("%1 h ago").replace("%1", format_count(int(seconds // 3600)))
    return format_datetime(stamp)


def _first_sentence(message: str) -> str:
    """The gist for the status bar: up to the first full stop or parenthesis (the tooltip has it all)."""
    head = message.split(". ", 1)[0].split(" (", 1)[0].strip()
    return head[:-1] if head.endswith(".") else head


def _refusal(code: str) -> str:
    """The hub's refusals an officer can act on, in their language (the hub's own message, in
    English, is in the tooltip)."""
    if code == "revoked":
        return tr("Hub refused: this laptop was revoked — ask the coordinator")
    if code == "key_mismatch":
        return tr("Hub refused: this laptop's key is not the one registered — ask the coordinator")
    if code in ("clock", "future_clock"):
        return tr("Hub refused: this computer's date or time is wrong — set it right and sync again")
    if code == "future_schema":
        return tr("Hub refused: the hub needs a newer Field Kit — tell the coordinator")
    if code == "wrong_recipient":
        return tr("Hub refused: this laptop is enrolled for another coordinator — ask for a new enrolment file")
    if code == "too_large":
        return tr("Hub refused: a change is larger than the hub accepts — tell the coordinator")
    return ""


def _failure(view: RemoteView, waiting: str, network: str) -> tuple[str, str]:
    """A failed hub round in a few words, and its tone. "Offline" only when the system says so too:
    beside "● Online", the hub is what is offline."""
    code, message = view.code, view.message
    if code == "offline" and network == "offline":
        return tr("Offline — %1 changes waiting").replace("%1", waiting), "warn"
    if code == "offline":
        return tr("Hub offline — %1 changes waiting").replace("%1", waiting), "warn"
    if code == "busy":
        return tr("Hub busy — %1 changes waiting").replace("%1", waiting), "warn"
    if code == "hub_error":
        return tr("Hub problem — %1 changes waiting").replace("%1", waiting), "warn"
    if code == "cancelled":
        return tr("Sync stopped — %1 changes waiting").replace("%1", waiting), "warn"
    refusal = _refusal(code or "")
    if refusal:
        return refusal, "error"
    if message.startswith("Hub refused"):
        detail = _first_sentence(message.removeprefix("Hub refused").lstrip(":").strip())
        return tr("Hub refused: %1").replace("%1", detail), "error"
    if code == "not_enrolled":
        return tr("Not enrolled with a hub"), "error"
    if code == "plain_http":
        return tr("Plain http refused: allow it in Settings or use https"), "error"
    if code == "tls":
        return tr("The hub's certificate is not trusted"), "error"
    if code == "bad_hub":
        return tr("Not the enrolled hub: check the hub address"), "error"
    if code == "bad_url":
        return tr("The hub address is not valid"), "error"
    if code == "import_failed":
        return tr("Sync failed: a bundle from the hub was not imported"), "error"
    return tr("Sync failed: %1").replace("%1", _first_sentence(message.splitlines()[0] if message else "")), "error"


def _folder_text(view: RemoteView | None, waiting: str, now: dt.datetime | None) -> tuple[str, str]:
    if view is None:
        return tr("Shared folder not synced yet — %1 changes waiting").replace("%1", waiting), "idle"
    if view.ok:
        return tr("Folder synced %1").replace("%1", ago(view.ok_at, now)), "ok"
    if view.code == "folder_unreachable":
        return tr("Shared folder not reachable — %1 changes waiting").replace("%1", waiting), "warn"
    return tr("Folder sync failed: %1").replace("%1", _first_sentence(view.message)), "error"


def describe(sync: AutoSync, pending: int, now: dt.datetime | None = None) -> StatusText:
    """What the status bar says about sync, with the details in the tooltip."""
    waiting = format_count(pending)
    hub, folder = sync.view(HUB), sync.view(FOLDER)
    lines = []
    if sync.hub_url:
        lines.append(tr("Hub: %1").replace("%1", sync.hub_url))
        if hub is not None:
            lines.append(
                tr("Last round %1: %2").replace("%1", format_datetime(hub.attempt_at)).replace("%2", hub.message)
            )
            lines.append(tr("Last successful round: %1").replace("%1", format_datetime(hub.ok_at) or tr("never")))
    if sync.folder:
        lines.append(tr("Shared folder: %1").replace("%1", sync.folder))
        if folder is not None:
            lines.append(folder.message)
    if pending:
        lines.append(tr("Changes waiting to be sent: %1").replace("%1", waiting))
    store = sync.context.store
    problem = store.identity_problem if store is not None else None
    if problem:
        return StatusText(tr("Sync paused"), problem, "error")
    if sync.busy:
        return StatusText(tr("Syncing…"), "\n".join(lines), "busy")
    if sync.hub_url:
        if hub is None:
            text, tone = tr("Not synced yet — %1 changes waiting").replace("%1", waiting), "idle"
        elif hub.ok:
            text, tone = tr("Synced %1").replace("%1", ago(hub.ok_at, now)), "ok"
            if pending:
                text += " · " + tr("%1 changes waiting").replace("%1", waiting)
        else:
            text, tone = _failure(hub, waiting, sync.network)
        return StatusText(text, "\n".join(lines), tone)
    if sync.folder:
        text, tone = _folder_text(folder, waiting, now)
        return StatusText(text, "\n".join(lines), tone)
    return StatusText(
        tr("Not enrolled with a hub"),
        tr("Load the hub's enrolment file, or choose a shared folder, in Settings (Device and coordinator)."),
        "idle",
    )


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening the window."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), QFontMetrics(self.font()).horizontalAdvance("M" * 8)))
        return hint

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        rect = self.contentsRect()
        text = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)


class SyncStatusBar(QWidget):
    """The status bar's sync part: the status in words (details as a tooltip) and Sync now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync: AutoSync | None = None
        self.pending = 0
        self.label = ElidedLabel(self)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.label.setMaximumWidth(460)
        self.button = QToolButton(self)
        self.button.clicked.connect(self.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.hide()
        self.retranslate()

    def attach(self, sync: AutoSync) -> None:
        self.sync = sync
        sync.changed.connect(self.show_status)
        self.show()
        self.show_status()

    def set_pending(self, pending: int) -> None:
        self.pending = pending
        self.show_status()

    def sync_now(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Sync now"))
        self.button.setToolTip(self.tr("Sync with the hub and the shared folder now"))
        self.show_status()

    def show_status(self) -> None:
        if self.sync is None:
            return
        status = describe(self.sync, self.pending)
        self.label.setText(status.text)
        self.label.setToolTip(status.tooltip)
        self.label.setStyleSheet(STYLES[status.tone])
        configured = bool(self.sync.hub_url or self.sync.folder)
        self.button.setEnabled(configured and not self.sync.busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
