"""The coordinator's list of devices on the Sync screen (the import centre): who is waiting for
approval (with the key fingerprint to compare over the phone), Approve or Revoke, each after a
confirmation; and per device its last contact and last bundle, the changes still missing, and the
bundles received from it, refused or waiting ones with their reasons (``fieldkit.ui.sync_activity``).

Approving imports the device's waiting bundles (``fieldkit.sync.exchange.approve``, as ``fieldkit
trust approve`` does) behind a progress dialog; the panel hands the results to the page by signal. A
refused file can be shown in its folder or imported again (the page imports it).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.enrolment import SyncBundleRecord
from fieldkit.store.errors import KnownError
from fieldkit.sync import exchange, trust
from fieldkit.sync.importer import BundleResult
from fieldkit.sync.trust import PeerRecord, now_iso
from fieldkit.ui.context import SYNC, AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_count
from fieldkit.ui.progress import run_with_progress
from fieldkit.ui.sync_activity import DevicesModel, ReceivedItem, ReceivedModel, device_activity, gaps_text
from fieldkit.ui.sync_models import FilterRole, OriginRow, RecordRole, make_table
from fieldkit.ui.tasks import TaskContext


class DevicesPanel(QWidget):
    approved = Signal(object)  # list[BundleResult]: the waiting bundles imported on approval
    revoked = Signal(str)  # device id
    reimport_requested = Signal(object)  # list[Path]: refused files to import again

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._history: list[SyncBundleRecord] = []
        self._vector: list[OriginRow] = []
        self._refused: list[tuple[str, BundleResult]] = []  # (when, result), this session's imports
        self.model = DevicesModel(self)
        self.view, self.proxy = make_table(self.model, self, (DevicesModel.COL_NAME,))
        self.proxy.setFilterRole(FilterRole)
        self.proxy.setFilterKeyColumn(0)
        # What an import needs first, on a small screen; the key fingerprint (also in the approval
        # question), first seen and role further right.
        m = DevicesModel
        order = (m.COL_NAME, m.COL_STATUS, m.COL_LAST_CONTACT, m.COL_LAST_BUNDLE, m.COL_MISSING, m.COL_WAITING,
                 m.COL_REFUSED, m.COL_FINGERPRINT, m.COL_FIRST_SEEN, m.COL_ROLE)  # fmt: skip
        header = self.view.horizontalHeader()
        for visual, column in enumerate(order):
            header.moveSection(header.visualIndex(column), visual)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.waiting_only = QCheckBox(self)
        self.waiting_only.toggled.connect(self._filter)
        self.approve_button = QPushButton(self)
        self.approve_button.clicked.connect(self.approve_selected)
        self.revoke_button = QPushButton(self)
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.waiting_only)
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.revoke_button)

        # the chosen device's bundles, and what is missing from it
        self.detail_caption = QLabel(self)
        self.detail_caption.setWordWrap(True)
        self.detail_caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.received_model = ReceivedModel(self)
        self.received_view, self.received_proxy = make_table(
            self.received_model,
            self,
            (ReceivedModel.COL_MESSAGE,),
            (ReceivedModel.COL_WHEN, Qt.SortOrder.DescendingOrder),
        )
        self.received_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_file_button = QPushButton(self)
        self.show_file_button.clicked.connect(self.show_file)
        self.reimport_button = QPushButton(self)
        self.reimport_button.clicked.connect(self.import_again)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.detail_caption, 1)
        file_buttons.addWidget(self.show_file_button)
        file_buttons.addWidget(self.reimport_button)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(file_buttons)
        detail_layout.addWidget(self.received_view, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(detail)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)
        self._filter()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Bundles from devices this coordinator does not know wait here. Approve a device only after "
                "its officer has read you the same key fingerprint (for example on the phone)."
            )
        )
        self.waiting_only.setText(self.tr("Only devices &waiting for approval"))
        self.approve_button.setText(self.tr("&Approve…"))
        self.revoke_button.setText(self.tr("&Revoke…"))
        self.show_file_button.setText(self.tr("Show &file"))
        self.show_file_button.setToolTip(self.tr("Open the folder that holds the refused file"))
        self.reimport_button.setText(self.tr("Import a&gain"))
        self.reimport_button.setToolTip(
            self.tr("Import the refused file again, for example after approving its device")
        )
        self.model.retranslate()
        self.received_model.retranslate()
        self._show_detail()

    def set_peers(
        self,
        peers: list[PeerRecord],
        history: Sequence[SyncBundleRecord] = (),
        vector: Sequence[OriginRow] = (),
    ) -> None:
        """The devices, with the history and version vector their activity is read from."""
        keep = self.selected_peer()
        self._history, self._vector = list(history), list(vector)
        self.model.set_rows(peers)
        self._update_activity()
        self._filter()
        if keep is not None:
            self.select_device(keep.device_id)

    def add_results(self, results: Sequence[BundleResult]) -> None:
        """Remember the bundles an import refused: the store's history does not keep them."""
        when = now_iso()
        handled = {r.path for r in results}  # a file imported again replaces its earlier refusal
        self._refused = [(w, r) for w, r in self._refused if r.path not in handled]
        self._refused += [(when, r) for r in results if r.status == "rejected"]
        self._update_activity()

    def _update_activity(self) -> None:
        self.model.set_activity(device_activity(self.model.records(), self._history, self._vector, self._refused))
        self._show_detail()

    def select_device(self, device_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            record = self.proxy.index(row, 0).data(RecordRole)
            if isinstance(record, PeerRecord) and record.device_id == device_id:
                self.view.selectRow(row)
                return

    def _selection_changed(self, *_args: Any) -> None:
        self._show_detail()
        self._update_buttons()

    def _show_detail(self) -> None:
        peer = self.selected_peer()
        if peer is None:
            self.received_model.set_rows([])
            self.detail_caption.setText(self.tr("Choose a device to see the bundles received from it."))
            self._update_buttons()
            return
        activity = self.model.activity(peer.device_id)
        self.received_model.set_rows(activity.items)
        lines = [self.tr("Bundles received from %1:").replace("%1", peer.name)]
        if activity.gaps:
            lines.append(
                self.tr(
                    "Changes %1 are missing: ask its officer for the bundle that holds them, or for a new export."
                ).replace("%1", gaps_text(activity.gaps))
            )
        self.detail_caption.setText("\n".join(lines))
        self.detail_caption.setStyleSheet("color: #a40000;" if activity.gaps else "")
        self._update_buttons()

    def selected_item(self) -> ReceivedItem | None:
        rows = self.received_view.selectionModel().selectedRows()
        record = rows[0].data(RecordRole) if rows else None
        return record if isinstance(record, ReceivedItem) else None

    def show_file(self) -> None:
        item = self.selected_item()
        if item is None or not item.path:
            return
        path = Path(item.path)
        if not path.exists():
            QMessageBox.information(
                self, self.tr("Show file"), self.tr("%1 is no longer there.").replace("%1", str(path))
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def import_again(self) -> None:
        item = self.selected_item()
        if item is not None and item.path:
            self.reimport_requested.emit([Path(item.path)])

    def _filter(self) -> None:
        self.proxy.setFilterFixedString("quarantined" if self.waiting_only.isChecked() else "")
        self._update_buttons()

    def selected_peer(self) -> PeerRecord | None:
        rows = self.view.selectionModel().selectedRows()
        record = rows[0].data(RecordRole) if rows else None
        return record if isinstance(record, PeerRecord) else None

    def _update_buttons(self, *_args: Any) -> None:
        peer = self.selected_peer()
        # a trusted device may still have waiting bundles (its clock was ahead): approving retries them
        self.approve_button.setEnabled(peer is not None and (peer.status != "trusted" or peer.quarantined_bundles > 0))
        self.revoke_button.setEnabled(peer is not None and peer.status != "revoked")
        item = self.selected_item()
        refused_file = item is not None and item.status == "rejected" and bool(item.path)
        self.show_file_button.setEnabled(refused_file)
        self.reimport_button.setEnabled(refused_file)

    def approve_selected(self) -> None:
        peer = self.selected_peer()
        if peer is None:
            return
        question = self.tr(
            "Trust %1 and import its %2 waiting bundle(s)?\n\nApprove only if its officer has read you this "
            "key fingerprint:\n%3"
        )
        question = question.replace("%1", peer.name).replace("%2", format_count(peer.quarantined_bundles))
        answer = QMessageBox.question(self, self.tr("Approve device"), question.replace("%3", peer.fingerprint))
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.context.require_store()
        device_id, name = peer.device_id, peer.name

        def work(task: TaskContext) -> list[BundleResult]:
            task.progress(0, 0, name)
            return exchange.approve(store, device_id)

        title = self.tr("Approving %1").replace("%1", name)
        run_with_progress(self, self.context.runner, title, work, self.approved.emit)

    def revoke_selected(self) -> None:
        peer = self.selected_peer()
        if peer is None:
            return
        question = self.tr("Refuse every bundle from %1 from now on? A coordinator can approve it again later.")
        answer = QMessageBox.question(self, self.tr("Revoke device"), question.replace("%1", peer.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            trust.set_status(self.context.require_store(), peer.device_id, "revoked")
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Revoke device"), error_text(exc))
            return
        self.revoked.emit(peer.device_id)
        self.context.notify(SYNC)
