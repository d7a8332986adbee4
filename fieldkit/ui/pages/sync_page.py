"""The Sync screen: write a bundle to a USB stick or a folder, import bundles (file dialog or drag and
drop), approve or revoke devices (coordinators), and see what this store holds of every device's
changes, what is missing, and every bundle sent and received.

It calls the same functions as ``fieldkit sync`` and ``fieldkit trust`` (``fieldkit.sync.exchange``
and ``fieldkit.sync.trust``); exports, imports and approvals run through ``run_with_progress``.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import enrolment
from fieldkit.store.errors import KnownError
from fieldkit.sync import exchange, trust
from fieldkit.sync.importer import BundleResult
from fieldkit.ui.autosync import AutoSync
from fieldkit.ui.context import EVENTS, PEOPLE, REFERENCE, STOCK, SYNC, AppContext
from fieldkit.ui.drives import Drive, detect_drives
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_count, format_datetime
from fieldkit.ui.pages.base import Page
from fieldkit.ui.progress import run_with_progress
from fieldkit.ui.sync_devices import DevicesPanel
from fieldkit.ui.sync_hub_panel import HubPanel
from fieldkit.ui.sync_models import (
    HistoryModel,
    OriginRow,
    ResultsModel,
    VectorModel,
    gap_text,
    make_table,
)
from fieldkit.ui.tasks import Cancelled, TaskContext

WARNING_STYLE = "color: #a40000;"
EXPORT_FOLDER_KEY = "export_folder"  # Settings.extra: the last folder chosen for an export
BANNER_STYLE = "background: #fff3cd; color: #5c4400; padding: 6px;"


# Bundles are imported in chunks of about this many bytes: the importer commits a chunk's bundles
# together (much faster on a coordinator's big import), and Cancel is honoured between chunks. A
# laptop's bundle is a few kilobytes, so in practice Cancel stops at the next bundle.
IMPORT_CHUNK_BYTES = 8 * 1024 * 1024
DEVICE_HISTORY_LIMIT = 20_000  # bundles read for the devices' last bundles (the History tab shows fewer)


def import_chunks(files: list[Path], limit: int | None = None) -> list[list[Path]]:
    """Consecutive files, grouped while their sizes add up to at most ``limit`` (one at least)."""
    limit = IMPORT_CHUNK_BYTES if limit is None else limit
    chunks: list[list[Path]] = []
    size = 0
    for path in files:
        try:
            length = path.stat().st_size
        except OSError:
            length = 0  # the importer reports the unreadable file
        if not chunks or size + length > limit:
            chunks.append([])
            size = 0
        chunks[-1].append(path)
        size += length
    return chunks


@dataclass(frozen=True)
class ImportOutcome:
    results: list[BundleResult]
    not_imported: int  # bundles left when Cancel was pressed


class SyncPage(Page):
    topics = frozenset({SYNC, PEOPLE, EVENTS, STOCK})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._drives: list[Drive] = []
        self._status: dict[str, Any] | None = None
        self.setAcceptDrops(True)
        self._build()
        self.refresh_drives()
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.hub_panel = HubPanel(self)  # shown once the main window attaches its automatic sync

        # export
        self.export_box = QGroupBox(self)
        self.scope_label = QLabel(self.export_box)
        self.scope_combo = QComboBox(self.export_box)
        self.destination_label = QLabel(self.export_box)
        self.destination_combo = QComboBox(self.export_box)
        self.destination_combo.setMinimumContentsLength(18)
        self.destination_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choose_button = QPushButton(self.export_box)
        self.choose_button.clicked.connect(self.choose_folder)
        self.drives_button = QPushButton(self.export_box)
        self.drives_button.clicked.connect(self.refresh_drives)
        self.export_button = QPushButton(self.export_box)
        self.export_button.clicked.connect(self.export_bundle)
        self.export_message = QLabel(self.export_box)
        self.export_message.setWordWrap(True)
        self.export_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scope_label.setBuddy(self.scope_combo)
        self.destination_label.setBuddy(self.destination_combo)
        where = QHBoxLayout()  # under the destination, so long button texts never widen the screen
        where.addWidget(self.choose_button)
        where.addWidget(self.drives_button)
        where.addStretch(1)
        where.addWidget(self.export_button)
        form = QFormLayout()
        form.addRow(self.scope_label, self.scope_combo)
        form.addRow(self.destination_label, self.destination_combo)
        export_layout = QVBoxLayout(self.export_box)
        export_layout.addLayout(form)
        export_layout.addLayout(where)
        export_layout.addWidget(self.export_message)
        export_layout.addStretch(1)

        # import
        self.import_box = QGroupBox(self)
        self.drop_hint = QLabel(self.import_box)
        self.drop_hint.setWordWrap(True)
        self.import_files_button = QPushButton(self.import_box)
        self.import_files_button.clicked.connect(self.import_files)
        self.import_folder_button = QPushButton(self.import_box)
        self.import_folder_button.clicked.connect(self.import_folder)
        self.import_message = QLabel(self.import_box)
        self.import_message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_files_button)
        buttons.addWidget(self.import_folder_button)
        buttons.addStretch(1)
        import_layout = QVBoxLayout(self.import_box)
        import_layout.addWidget(self.drop_hint)
        import_layout.addLayout(buttons)
        import_layout.addWidget(self.import_message)
        import_layout.addStretch(1)

        boxes = QHBoxLayout()
        boxes.addWidget(self.export_box, 1)
        boxes.addWidget(self.import_box, 1)

        # tabs: last import, devices (coordinators), changes held, history
        self.tabs = QTabWidget(self)
        self.results_model = ResultsModel(self)
        self.results_view, self.results_proxy = make_table(self.results_model, self, (ResultsModel.COL_MESSAGE,))
        self.results_view.setWordWrap(True)
        self.tabs.addTab(self.results_view, "")

        self.devices = DevicesPanel(self.context, self)
        self.devices.approved.connect(self._approved)
        self.devices.revoked.connect(lambda _device: self.refresh())
        self.devices.reimport_requested.connect(self.import_paths)
        self.tabs.addTab(self.devices, "")

        self.vector_model = VectorModel(self)
        self.vector_view, self.vector_proxy = make_table(self.vector_model, self, (VectorModel.COL_MISSING,))
        self.gaps_label = QLabel(self)
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setStyleSheet(WARNING_STYLE)
        self.gaps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vector_tab = QWidget(self)
        vector_layout = QVBoxLayout(self.vector_tab)
        vector_layout.addWidget(self.vector_view, 1)
        vector_layout.addWidget(self.gaps_label)
        self.tabs.addTab(self.vector_tab, "")

        self.history_model = HistoryModel(self)
        self.history_view, self.history_proxy = make_table(
            self.history_model, self, (HistoryModel.COL_MESSAGE,), (HistoryModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
        )
        self.tabs.addTab(self.history_view, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.status_label)
        layout.addWidget(self.hub_panel)
        layout.addLayout(boxes)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.scope_combo, self.destination_combo)
        self.setTabOrder(self.destination_combo, self.choose_button)
        self.setTabOrder(self.choose_button, self.drives_button)
        self.setTabOrder(self.drives_button, self.export_button)
        self.setTabOrder(self.export_button, self.import_files_button)
        self.setTabOrder(self.import_files_button, self.import_folder_button)
        self.setTabOrder(self.import_folder_button, self.tabs)

    def handle_action(self, action: str) -> None:
        """A quick action from the Home screen: "export" or "import"."""
        if action == "export":
            self.export_bundle()
        elif action == "import":
            self.import_files()

    def attach_autosync(self, sync: AutoSync) -> None:
        """The main window's automatic sync: its state and Sync now on this screen."""
        self.hub_panel.attach(sync)

    def title(self) -> str:
        return self.tr("Sync")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sync"))
        self.export_box.setTitle(self.tr("Send changes"))
        self.scope_label.setText(self.tr("&Send to:"))
        self._fill_scopes()
        self.destination_label.setText(self.tr("Sa&ve on:"))
        self.destination_combo.setPlaceholderText(self.tr("Insert a USB stick or choose a folder"))
        self.choose_button.setText(self.tr("&Choose folder…"))
        self.drives_button.setText(self.tr("Look for &USB sticks"))
        self.export_button.setText(self.tr("&Export bundle"))
        self.import_box.setTitle(self.tr("Receive changes"))
        self.drop_hint.setText(
            self.tr("Drop bundle files (.fkb) or a folder holding them anywhere on this screen, or choose them:")
        )
        self.import_files_button.setText(self.tr("&Import files…"))
        self.import_folder_button.setText(self.tr("Import a fo&lder…"))
        self.tabs.setTabText(self.tabs.indexOf(self.results_view), self.tr("Last import"))
        self.tabs.setTabText(self.tabs.indexOf(self.devices), self.tr("Devices"))
        self.tabs.setTabText(self.tabs.indexOf(self.vector_tab), self.tr("Changes held"))
        self.tabs.setTabText(self.tabs.indexOf(self.history_view), self.tr("History"))
        self.hub_panel.retranslate()
        self.devices.retranslate()
        for model in (self.results_model, self.vector_model, self.history_model):
            model.retranslate()
        self._fill_destinations()
        self._show_status()

    def _fill_scopes(self) -> None:
        """An officer sends to its coordinator only; a coordinator also sends down to the laptops."""
        scope = self.scope_combo.currentData()
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Coordinator (all my changes)"), "coordinator")
        if self.context.role == "coordinator":
            self.scope_combo.addItem(self.tr("Officers' laptops (reference data only, no names)"), "officer")
        self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(scope), 0))
        self.scope_combo.setEnabled(self.context.role == "coordinator")

    # -- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.stale = False
        store = self.context.store
        coordinator = self.context.role == "coordinator"
        self.tabs.setTabVisible(self.tabs.indexOf(self.devices), coordinator)
        if self.scope_combo.count() != (2 if coordinator else 1):
            self._fill_scopes()  # the store opened (or was replaced) after the page was built
        if store is None or not store.initialised:
            self._status = None
            self._show_status()
            return
        try:
            self._status = exchange.sync_status(store)
            # a coordinator's devices need each one's last bundle, however long ago: more history
            history = enrolment.sync_history(store, DEVICE_HISTORY_LIMIT if coordinator else enrolment.HISTORY_LIMIT)
            peers = trust.list_peers(store) if coordinator else []
        except KnownError as exc:
            self._status = None
            self.status_label.setText(error_text(exc))
            return
        vector = [
            OriginRow(v["origin"], v["name"], v["contiguous"], v["max_seen"], tuple(tuple(g) for g in v["gaps"]))
            for v in self._status["vector"]
        ]
        self.vector_model.set_rows(vector)
        self.history_model.set_rows(history[: enrolment.HISTORY_LIMIT])
        self.devices.set_peers(peers, history, vector)
        self._show_status()

    def _show_status(self) -> None:
        store = self.context.store
        problem = store.identity_problem if store is not None else None
        self.banner.setVisible(bool(problem))
        if problem:
            self.banner.setText(self.tr("Sync is paused: %1").replace("%1", problem))
        for button in (self.export_button, self.import_files_button, self.import_folder_button):
            button.setEnabled(store is not None and store.initialised and not problem)
        status = self._status
        if status is None:
            self.status_label.setText(self.tr("This laptop is not set up yet."))
            self.gaps_label.clear()
            return
        never = self.tr("never")
        lines = [
            self.tr("Changes waiting to be sent to the coordinator: %1").replace("%1", format_count(status["pending"])),
            self.tr("Last export: %1").replace("%1", format_datetime((status["last_export"] or {}).get("at")) or never)
            + "    "
            + self.tr("Last import: %1").replace(
                "%1", format_datetime((status["last_import"] or {}).get("at")) or never
            ),
        ]
        if status["quarantined"] and self.context.role == "coordinator":
            lines.append(
                self.tr("Bundles waiting for approval: %1 (see Devices)").replace(
                    "%1", format_count(status["quarantined"])
                )
            )
        self.status_label.setText("\n".join(lines))
        self.hub_panel.set_pending(status["pending"])
        gaps = [g for row in self.vector_model.records() for g in gap_text(row)]
        self.gaps_label.setText("\n".join(gaps))
        self.gaps_label.setVisible(bool(gaps))

    # -- where bundles go -----------------------------------------------------------------------
    def refresh_drives(self) -> None:
        self._drives = detect_drives()
        self._fill_destinations()

    def _fill_destinations(self) -> None:
        chosen = self.destination_combo.currentData()
        self.destination_combo.clear()
        for drive in self._drives:
            free = self.locale().formattedDataSize(drive.free_bytes)
            text = self.tr("USB stick %1 (%2 free)").replace("%1", drive.name).replace("%2", free)
            self.destination_combo.addItem(text, drive.path)
            self.destination_combo.setItemData(
                self.destination_combo.count() - 1, drive.path, Qt.ItemDataRole.ToolTipRole
            )
        for folder in (self.context.settings.extra.get(EXPORT_FOLDER_KEY), self.context.settings.sync_folder):
            if folder and isinstance(folder, str) and self.destination_combo.findData(folder) < 0:
                self.destination_combo.addItem(self.tr("Folder %1").replace("%1", folder), folder)
        index = self.destination_combo.findData(chosen) if chosen else -1
        self.destination_combo.setCurrentIndex(index if index >= 0 else min(0, self.destination_combo.count() - 1))

    def choose_folder(self) -> str | None:
        start = self.destination_combo.currentData() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save bundles in"), start)
        if not folder:
            return None
        # remembered for the next export; the shared folder for automatic sync is chosen in Settings
        self.context.settings.extra[EXPORT_FOLDER_KEY] = folder
        self.context.save_settings()
        self._fill_destinations()
        self.destination_combo.setCurrentIndex(self.destination_combo.findData(folder))
        return folder

    # -- export ---------------------------------------------------------------------------------
    def export_bundle(self) -> None:
        target = self.destination_combo.currentData() or self.choose_folder()
        if not target:
            return
        store = self.context.require_store()
        scope = self.scope_combo.currentData() or "coordinator"
        writing = self.tr("Writing the bundle…")

        def work(task: TaskContext) -> exchange.ExportResult:
            task.progress(0, 0, writing)
            return exchange.export_bundle(store, Path(target), scope)

        run_with_progress(self, self.context.runner, self.tr("Export"), work, self._exported)

    def _exported(self, result: exchange.ExportResult) -> None:
        lines = [
            self.tr("Saved %1 (%2 changes).")
            .replace("%1", str(result.path))
            .replace("%2", format_count(result.changes))
        ]
        if result.scope == "coordinator" and not result.encrypted:
            lines.append(
                self.tr(
                    "Not encrypted: this laptop does not know a coordinator's key yet (load an enrolment file "
                    "in Settings). Keep the file safe; it may hold names."
                )
            )
            self.export_message.setStyleSheet(WARNING_STYLE)
        else:
            self.export_message.setStyleSheet("")
        self.export_message.setText("\n".join(lines))
        self.refresh()
        self.context.notify(SYNC)

    # -- import ---------------------------------------------------------------------------------
    def import_files(self) -> None:
        start = self.context.settings.sync_folder or str(Path.home())
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundles"), start, self.tr("Field Kit bundles (*.fkb)")
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def import_folder(self) -> None:
        start = self.context.settings.sync_folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import every bundle in"), start)
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        """Import bundles (folders give their *.fkb files); Cancel stops between bundles."""
        files = exchange.bundle_paths(p for p in paths if p.exists())
        if not files:
            self.import_message.setText(self.tr("No bundles (*.fkb) found there."))
            return
        store = self.context.require_store()

        def work(task: TaskContext) -> ImportOutcome:
            results: list[BundleResult] = []
            for chunk in import_chunks(files):
                if task.cancel_requested:
                    break
                done = len(results)

                def progress(index: int, _total: int, message: str, done: int = done) -> None:
                    with contextlib.suppress(Cancelled):  # the chunk finishes; the next one does not start
                        task.progress(done + index, len(files), message)

                results.extend(exchange.import_paths(store, chunk, progress=progress))
            return ImportOutcome(results, len(files) - len(results))

        run_with_progress(self, self.context.runner, self.tr("Importing bundles"), work, self._imported)

    def _imported(self, outcome: ImportOutcome) -> None:
        self.show_results(outcome.results)
        counts: dict[str, int] = {}
        for result in outcome.results:
            counts[result.status] = counts.get(result.status, 0) + 1
        parts = [
            self.tr("%1 imported").replace("%1", format_count(counts.get("imported", 0))),
            self.tr("%1 already here").replace("%1", format_count(counts.get("known", 0))),
            self.tr("%1 waiting for approval").replace("%1", format_count(counts.get("quarantined", 0))),
            self.tr("%1 refused").replace("%1", format_count(counts.get("rejected", 0))),
        ]
        text = (
            self.tr("%1 bundle(s): %2.")
            .replace("%1", format_count(len(outcome.results)))
            .replace("%2", self.tr(", ").join(parts))  # the list separator, translatable
        )
        if outcome.not_imported:
            text += " " + self.tr("Cancelled: %1 bundle(s) were not imported; import them again later.").replace(
                "%1", format_count(outcome.not_imported)
            )
        self.import_message.setText(text)
        self._after_import(outcome.results)

    def show_results(self, results: list[BundleResult]) -> None:
        self.results_model.set_rows(results)
        self.tabs.setCurrentWidget(self.results_view)

    def _after_import(self, results: list[BundleResult]) -> None:
        self.devices.add_results(results)  # the refused ones: the store keeps no record of them
        self.refresh()
        if any(r.applied for r in results):
            for topic in (PEOPLE, EVENTS, STOCK, REFERENCE):
                self.context.notify(topic)
        self.context.notify(SYNC)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    # -- devices (coordinators) -----------------------------------------------------------------
    def _approved(self, results: list[BundleResult]) -> None:
        self.import_message.setText(
            self.tr("Device approved; %1 waiting bundle(s) imported.").replace("%1", format_count(len(results)))
        )
        if results:
            self.show_results(results)
        self._after_import(results)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_drives()
