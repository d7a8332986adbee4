"""Parts of the main window that stand on their own: what it shows before the store is open, the
welcome shown before set-up, and the watch on the network for the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from fieldkit.ui.formats import format_count, format_date
from fieldkit.ui.labels import ROLE_LABELS, label

if TYPE_CHECKING:
    from fieldkit.store.quick import Snapshot


class StartupView(QWidget):
    """What the window shows before the store is open: the device and a few counts from the peek."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.summary = QLabel(self)
        self.events = QLabel(self)
        self.events.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.events)
        layout.addStretch(1)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        device = snapshot.device
        if device is not None:
            self.heading.setText(f"{device.name} — {label(ROLE_LABELS, device.role)}")
        counts = snapshot.counts
        self.summary.setText(
            self.tr("Events: %1   Participants: %2   Check-ins: %3   Stock movements: %4")
            .replace("%1", format_count(counts.get("events", 0)))
            .replace("%2", format_count(counts.get("participants", 0)))
            .replace("%3", format_count(counts.get("attendance", 0)))
            .replace("%4", format_count(counts.get("stock_movements", 0)))
        )
        self.events.setText("\n".join(f"{format_date(e.start_date)}  {e.title}" for e in snapshot.events[:12]))


class WelcomeView(QWidget):
    """Shown while the store is not set up: what Field Kit is, and the button that starts the wizard."""

    start = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.start.emit)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to Field Kit"))
        self.text.setText(
            self.tr("Field Kit is not set up on this computer yet. Setting it up takes a minute and works offline.")
        )
        self.button.setText(self.tr("&Set up Field Kit…"))

    def changeEvent(self, event: Any) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NetworkWatch(QWidget):
    """Online or offline, from Qt's network information backend where the system has one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide()
        self.state = "unknown"
        self._info: Any = None
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.loadDefaultBackend():
                self._info = QNetworkInformation.instance()
        except ImportError:  # pragma: no cover - QtNetwork ships with pyside6-essentials
            self._info = None
        if self._info is not None:
            self._info.reachabilityChanged.connect(lambda _r: self._read())
        self._read()

    def _read(self) -> None:
        if self._info is None:
            self.state = "unknown"
        else:
            from PySide6.QtNetwork import QNetworkInformation

            reach = self._info.reachability()
            if reach == QNetworkInformation.Reachability.Online:
                self.state = "online"
            elif reach == QNetworkInformation.Reachability.Unknown:
                self.state = "unknown"
            else:
                self.state = "offline"
        self.changed.emit()
