"""The Sync screen's part for automatic sync: the hub's address, the shared folder, what the last round
with each did, and Sync now. The status line is the status bar's (``sync_status.describe``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldkit.ui.autosync import FOLDER, HUB, AutoSync, RemoteView
from fieldkit.ui.formats import format_count, format_datetime
from fieldkit.ui.sync_status import STYLES, describe

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


def _value(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(SELECTABLE)
    return label


class HubPanel(QGroupBox):
    """Hidden until the main window hands it the automatic sync (``attach``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync: AutoSync | None = None
        self.pending = 0
        self.status = _value(self)
        self.hub = _value(self)
        self.folder = _value(self)
        self.captions = [QLabel(self), QLabel(self)]
        self.form = QFormLayout()
        self.form.addRow(self.captions[0], self.hub)
        self.form.addRow(self.captions[1], self.folder)
        self.sync_button = QPushButton(self)
        self.sync_button.clicked.connect(self.sync_now)
        left = QVBoxLayout()
        left.addWidget(self.status)
        left.addLayout(self.form)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self.retranslate()

    def attach(self, sync: AutoSync) -> None:
        self.sync = sync
        sync.changed.connect(self.show_state)
        self.show()
        self.show_state()

    def set_pending(self, pending: int) -> None:
        self.pending = pending
        self.show_state()

    def sync_now(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Automatic sync"))
        self.captions[0].setText(self.tr("Hub:"))
        self.captions[1].setText(self.tr("Shared folder:"))
        self.sync_button.setText(self.tr("Sync &now"))
        self.show_state()

    def _round_text(self, address: str, view: RemoteView | None) -> str:
        if view is None:
            return address + "\n" + self.tr("No round yet.")
        if view.ok and not view.counted:
            what = self.tr("succeeded.")
        elif view.ok:
            what = (
                self.tr("%1 changes sent, %2 received.")
                .replace("%1", format_count(view.pushed))
                .replace("%2", format_count(view.pulled))
                if view.pushed or view.pulled
                else self.tr("Nothing new either way.")
            )
        else:
            what = view.message
        when = format_datetime(view.attempt_at)
        return address + "\n" + self.tr("Last round %1: %2").replace("%1", when).replace("%2", what)

    def show_state(self) -> None:
        sync = self.sync
        if sync is None:
            return
        status = describe(sync, self.pending)
        self.status.setText(status.text)
        self.status.setStyleSheet(STYLES[status.tone] + " font-weight: 600;")
        if sync.hub_url:
            self.hub.setText(self._round_text(sync.hub_url, sync.view(HUB)))
        else:
            self.hub.setText(self.tr("None: load the hub's enrolment file in Settings (Device and coordinator)."))
        if sync.folder:
            self.folder.setText(self._round_text(sync.folder, sync.view(FOLDER)))
        else:
            self.folder.setText(self.tr("None: choose one in Settings (Device and coordinator)."))
        self.sync_button.setEnabled(bool(sync.hub_url or sync.folder) and not sync.busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
