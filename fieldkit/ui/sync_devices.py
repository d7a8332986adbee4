"""The coordinator's list of devices on the Sync screen: who is waiting for approval (with the key
fingerprint to compare over the phone), and Approve or Revoke, each after a confirmation.

Approving imports the device's waiting bundles (``fieldkit.sync.exchange.approve``, as ``fieldkit
trust approve`` does) behind a progress dialog; the panel hands the results to the page by signal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from fieldkit.store.errors import KnownError
from fieldkit.sync import exchange, trust
from fieldkit.sync.importer import BundleResult
from fieldkit.sync.trust import PeerRecord
from fieldkit.ui.context import SYNC, AppContext
from fieldkit.ui.formats import format_count
from fieldkit.ui.progress import run_with_progress
from fieldkit.ui.sync_models import FilterRole, PeersModel, RecordRole, make_table
from fieldkit.ui.tasks import TaskContext


class DevicesPanel(QWidget):
    approved = Signal(object)  # list[BundleResult]: the waiting bundles imported on approval
    revoked = Signal(str)  # device id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = PeersModel(self)
        self.view, self.proxy = make_table(self.model, self, (PeersModel.COL_NAME,))
        self.proxy.setFilterRole(FilterRole)
        self.proxy.setFilterKeyColumn(0)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.waiting_only = QCheckBox(self)
        self.waiting_only.setChecked(True)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
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
        self.model.retranslate()

    def set_peers(self, peers: list[PeerRecord]) -> None:
        self.model.set_rows(peers)
        self._filter()

    def _filter(self) -> None:
        self.proxy.setFilterFixedString("quarantined" if self.waiting_only.isChecked() else "")
        self._update_buttons()

    def selected_peer(self) -> PeerRecord | None:
        rows = self.view.selectionModel().selectedRows()
        record = rows[0].data(RecordRole) if rows else None
        return record if isinstance(record, PeerRecord) else None

    def _update_buttons(self, *_args: Any) -> None:
        peer = self.selected_peer()
        self.approve_button.setEnabled(peer is not None and peer.status != "trusted")
        self.revoke_button.setEnabled(peer is not None and peer.status != "revoked")

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
            QMessageBox.warning(self, self.tr("Revoke device"), str(exc))
            return
        self.revoked.emit(peer.device_id)
        self.context.notify(SYNC)
