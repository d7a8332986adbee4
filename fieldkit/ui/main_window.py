"""The main window. For now: set-up, the device's state, what the store holds, and the events.

It can open before the store: given a start-up ``Snapshot`` it paints from that, then opens the
store (which imports SQLAlchemy) right after its first frame. Service modules are therefore imported
inside methods, not at the top of this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.config import Paths, Settings
from fieldkit.store.identity import check_identity
from fieldkit.ui.events_model import COL_TITLE, EventsModel
from fieldkit.ui.labels import ROLE_LABELS, label
from fieldkit.ui.setup_panel import SetupPanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from fieldkit.store.engine import Store
    from fieldkit.store.quick import Snapshot


class MainWindow(QMainWindow):
    first_painted = Signal()
    store_ready = Signal()

    def __init__(
        self, settings: Settings, paths: Paths, *, store: Store | None = None, snapshot: Snapshot | None = None
    ) -> None:
        super().__init__()
        if store is None and snapshot is None:
            raise ValueError("MainWindow needs an open store or a start-up snapshot")
        self.settings = settings
        self.paths = paths
        self.store = store
        self._painted = False
        self.setWindowTitle(self.tr("Field Kit"))
        self.resize(1100, 680)
        self._build()
        if store is not None:
            self._show_state()
            self.refresh()
        else:
            assert snapshot is not None
            self._show_snapshot(snapshot)
            # Queued, so whatever else waits for the first frame runs before the slower store opening.
            self.first_painted.connect(lambda: QTimer.singleShot(0, self._open_store))

    def _build(self) -> None:
        self.setup_panel = SetupPanel(self)
        self.setup_panel.submitted.connect(self._set_up)
        overview = QWidget(self)
        self.heading = QLabel(overview)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.identity_banner = QLabel(overview)
        self.identity_banner.setWordWrap(True)
        self.identity_banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 8px")
        self.renew_button = QPushButton(self.tr("Take a new device identity"), overview)
        self.renew_button.clicked.connect(self._renew_identity)
        self.summary = QLabel(overview)
        self.leaflets_button = QPushButton(self.tr("Print leaflets…"), overview)
        self.leaflets_button.setShortcut("Ctrl+P")
        self.leaflets_button.clicked.connect(self.open_leaflets)
        self.events_model = EventsModel(self)
        self.events_view = QTableView(overview)
        self.events_view.setModel(self.events_model)
        self.events_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.events_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.events_view.verticalHeader().hide()
        layout = QVBoxLayout(overview)
        layout.addWidget(self.heading)
        layout.addWidget(self.identity_banner)
        layout.addWidget(self.renew_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.leaflets_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Coming and recent events"), overview))
        layout.addWidget(self.events_view, 1)
        self.overview = overview
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.setup_panel)
        self.pages.addWidget(self.overview)
        self.setCentralWidget(self.pages)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    # -- state ----------------------------------------------------------------------------------
    def _show_device(self, name: str, role: str, problem: str | None) -> None:
        self.pages.setCurrentWidget(self.overview)
        self.heading.setText(f"{name} — {label(ROLE_LABELS, role)}")
        self.identity_banner.setVisible(problem is not None)
        self.renew_button.setVisible(problem is not None)
        if problem:
            self.identity_banner.setText(self.tr("Recording is paused: ") + problem)
        self.statusBar().showMessage(self.tr("Data directory: %1").replace("%1", str(self.paths.data_dir)))

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.summary.setText(
            self.tr("Events: %1   Participants: %2   Check-ins: %3   Stock movements: %4")
            .replace("%1", str(counts["events"]))
            .replace("%2", str(counts["participants"]))
            .replace("%3", str(counts["attendance"]))
            .replace("%4", str(counts["stock_movements"]))
        )

    def _show_snapshot(self, snapshot: Snapshot) -> None:
        device = snapshot.device
        if device is None:
            self.pages.setCurrentWidget(self.setup_panel)
            self.setup_panel.setEnabled(False)  # until the store is open
            return
        problem = check_identity(self.paths, device.device_id, device.public_key, device.last_seq)
        self._show_device(device.name, device.role, problem)
        self._show_counts(snapshot.counts)
        self.events_model.set_events(snapshot.events)

    def _show_state(self) -> None:
        assert self.store is not None
        self.setup_panel.setEnabled(True)
        if not self.store.initialised:
            self.pages.setCurrentWidget(self.setup_panel)
            self.statusBar().showMessage(self.tr("Not set up yet"))
            return
        device = self.store.device
        assert device is not None
        self._show_device(device.name, device.role, self.store.identity_problem)

    def _open_store(self) -> None:
        from fieldkit.store.errors import KnownError
        from fieldkit.store.open import open_store

        try:
            self.store = open_store(self.paths, create=True)
        except KnownError as exc:
            QMessageBox.critical(self, self.tr("Field Kit cannot open its store"), str(exc))
            self.close()
            return
        self._show_state()
        self.store_ready.emit()

    def refresh(self) -> None:
        from fieldkit.services.events import recent_and_upcoming
        from fieldkit.services.summary import store_summary

        if self.store is None or not self.store.initialised:
            return
        self._show_counts(store_summary(self.store))
        self.events_model.set_events(recent_and_upcoming(self.store))

    # -- actions --------------------------------------------------------------------------------
    def _set_up(self, name: str, role: str) -> None:
        from fieldkit.services.reference import load_reference
        from fieldkit.store.errors import KnownError
        from fieldkit.store.open import initialise_device

        assert self.store is not None
        try:
            initialise_device(self.store, name, role)
            load_reference(self.store)
        except KnownError as exc:
            self.setup_panel.show_error(str(exc))
            return
        self._show_state()
        self.refresh()

    def _renew_identity(self) -> None:
        from fieldkit.store.open import renew_identity

        if self.store is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("New device identity"),
            self.tr(
                "This store was copied or restored. Give it a new device identity so its new records "
                "cannot collide with the original's? All records are kept."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        renew_identity(self.store)
        self._show_state()

    def open_leaflets(self) -> QDialog | None:
        """The Leaflets screen in a dialog (the desktop-screens work gives it a page of its own)."""
        from PySide6.QtWidgets import QDialog

        from fieldkit.ui.leaflets_panel import LeafletsPanel

        if self.store is None or not self.store.initialised:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Leaflets"))
        dialog.resize(1200, 720)
        panel = LeafletsPanel(self.store, self.settings, dialog)
        panel.print_recorded.connect(lambda _m: self.refresh())
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel)
        dialog.finished.connect(panel.close)
        dialog.open()
        return dialog

    def closeEvent(self, event: object) -> None:  # type: ignore[override]
        if self.store is not None:
            self.store.close()
            self.store = None
        super().closeEvent(event)  # type: ignore[arg-type]
