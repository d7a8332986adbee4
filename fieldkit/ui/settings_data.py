"""Two parts of the Settings screen: this device's keys and its coordinator (enrolment), and the
data directory with its backups (back up now, restore one).

Restoring replaces the store file, so the store is closed first and ``store_replaced`` is emitted with
the ``RestoreResult``: the main window must open ``result.paths`` again and refresh every screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import backup, enrolment
from fieldkit.services.backup import BackupRecord, RestoreResult
from fieldkit.store.errors import KnownError
from fieldkit.ui.context import SETTINGS, SYNC, AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_datetime
from fieldkit.ui.progress import run_with_progress
from fieldkit.ui.settings_models import BackupsModel
from fieldkit.ui.settings_sync import SyncSettingsBox
from fieldkit.ui.sync_models import RecordRole, make_table
from fieldkit.ui.tasks import TaskContext
from fieldkit.ui.widgets import ERROR_STYLE

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextInteractionFlags(SELECTABLE)
    label.setWordWrap(True)
    return label


class KeysPanel(QWidget):
    """This device's key fingerprint, and the coordinator it enrolled with (or a way to enrol)."""

    enrolled = Signal(object)  # EnrolmentRecord
    renewed = Signal(object)  # DeviceRecord

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.device_box = QGroupBox(self)
        self.device_id = _value_label(self.device_box)
        self.fingerprint = _value_label(self.device_box)
        self.device_form = QFormLayout()
        self.device_captions = [QLabel(self.device_box), QLabel(self.device_box)]
        self.device_form.addRow(self.device_captions[0], self.device_id)
        self.device_form.addRow(self.device_captions[1], self.fingerprint)
        self.problem = _value_label(self.device_box)
        self.problem.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px;")
        self.renew_button = QPushButton(self.device_box)
        self.renew_button.clicked.connect(self.renew_identity)
        device = QVBoxLayout(self.device_box)
        device.addLayout(self.device_form)
        device.addWidget(self.problem)
        device.addWidget(self.renew_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.coordinator_box = QGroupBox(self)
        self.enrolment_state = _value_label(self.coordinator_box)
        self.coordinator_name = _value_label(self.coordinator_box)
        self.coordinator_fingerprint = _value_label(self.coordinator_box)
        self.hub_url = _value_label(self.coordinator_box)
        self.coordinator_form = QFormLayout()
        self.coordinator_captions = [QLabel(self.coordinator_box) for _ in range(3)]
        for caption, widget in zip(
            self.coordinator_captions, (self.coordinator_name, self.coordinator_fingerprint, self.hub_url), strict=True
        ):
            self.coordinator_form.addRow(caption, widget)
        self.enrol_button = QPushButton(self.coordinator_box)
        self.enrol_button.clicked.connect(self.load_enrolment)
        self.enrol_message = QLabel(self.coordinator_box)
        self.enrol_message.setWordWrap(True)
        coordinator = QVBoxLayout(self.coordinator_box)
        coordinator.addWidget(self.enrolment_state)
        coordinator.addLayout(self.coordinator_form)
        coordinator.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignLeft)
        coordinator.addWidget(self.enrol_message)
        self.sync_box = SyncSettingsBox(context, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.device_box)
        layout.addWidget(self.coordinator_box)
        layout.addWidget(self.sync_box)
        layout.addStretch(1)
        self._record: enrolment.EnrolmentRecord | None = None

    def retranslate(self) -> None:
        self.device_box.setTitle(self.tr("This device"))
        for labels, captions in (
            (self.device_captions, (self.tr("Device id"), self.tr("Key fingerprint"))),
            (
                self.coordinator_captions,
                (self.tr("Coordinator"), self.tr("Its key fingerprint"), self.tr("Hub address")),
            ),
        ):
            for label, caption in zip(labels, captions, strict=True):
                label.setText(caption)
        self.coordinator_box.setTitle(self.tr("Coordinator"))
        self.fingerprint.setToolTip(self.tr("A coordinator compares this before approving this laptop."))
        self.renew_button.setText(self.tr("Take a &new device identity…"))
        self.sync_box.retranslate()
        self._show()

    def refresh(self) -> None:
        store = self.context.require_store()
        self._device = enrolment.this_device(store)
        self._record = enrolment.enrolment_status(store, self.context.settings.hub_url)
        self.sync_box.refresh()
        self._show()

    def _show(self) -> None:
        device = getattr(self, "_device", None)
        if device is None:
            return
        self.device_id.setText(device.device_id)
        self.fingerprint.setText(device.fingerprint)
        self.problem.setVisible(device.problem is not None)
        self.renew_button.setVisible(device.problem is not None)
        if device.problem:
            self.problem.setText(self.tr("Recording is paused: %1").replace("%1", device.problem))
        record = self._record
        officer = device.role == "officer"
        enrolled = record is not None and record.enrolled
        if not officer:
            self.enrolment_state.setText(
                self.tr(
                    "This is a coordinator: laptops enrol with it. Write an enrolment file with "
                    "'fieldkit enroll --out FILE' and hand it over in person."
                )
            )
        elif enrolled:
            self.enrolment_state.setText(self.tr("This laptop is enrolled: its bundles are encrypted to this key."))
        else:
            self.enrolment_state.setText(
                self.tr(
                    "This laptop is not enrolled with a coordinator, so its bundles are not encrypted and "
                    "wait for approval. Load the enrolment file your coordinator gave you."
                )
            )
        if record is not None and enrolled:
            self.coordinator_name.setText(record.coordinator_name or record.coordinator_id or "")
            self.coordinator_fingerprint.setText(record.fingerprint or "")
            self.hub_url.setText(record.hub_url or self.tr("none"))
        for row in range(self.coordinator_form.rowCount()):
            self.coordinator_form.setRowVisible(row, enrolled)
        self.enrol_button.setVisible(officer)
        self.enrol_button.setText(
            self.tr("Load another &enrolment file…") if enrolled else self.tr("Load an &enrolment file…")
        )

    def load_enrolment(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Enrolment file"), str(Path.home()), self.tr("Enrolment files (*.json);;All files (*)")
        )
        if not name:
            return
        try:
            record = enrolment.enrol_from_file(self.context.require_store(), Path(name))
        except KnownError as exc:
            self.enrol_message.setStyleSheet(ERROR_STYLE)
            self.enrol_message.setText(error_text(exc))
            return
        if record.hub_url:
            self.context.settings.hub_url = record.hub_url
            self.context.save_settings()  # enrolment wrote the file; keep the open app's copy in step
        self.enrol_message.setStyleSheet("")
        text = self.tr("Enrolled with %1. Check its key fingerprint with your coordinator: %2")
        self.enrol_message.setText(
            text.replace("%1", record.coordinator_name or "").replace("%2", record.fingerprint or "")
        )
        self.refresh()
        self.enrolled.emit(record)
        self.context.notify(SYNC)
        self.context.notify(SETTINGS)

    def renew_identity(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("New device identity"),
            self.tr(
                "This store was copied or restored. Give it a new device identity so its new records cannot "
                "collide with the original's? All records are kept."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            device = enrolment.renew_device_identity(self.context.require_store())
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("New device identity"), error_text(exc))
            return
        self.refresh()
        self.renewed.emit(device)
        for topic in (SETTINGS, SYNC):
            self.context.notify(topic)


class DataPanel(QWidget):
    """The data directory, and its backups: back up now, restore one (after a confirmation)."""

    store_replaced = Signal(object)  # RestoreResult: open result.paths again

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.folder_box = QGroupBox(self)
        self.data_dir = _value_label(self.folder_box)
        self.open_button = QPushButton(self.folder_box)
        self.open_button.clicked.connect(self.open_folder)
        folder = QHBoxLayout(self.folder_box)
        folder.addWidget(self.data_dir, 1)
        folder.addWidget(self.open_button)
        self.backups_box = QGroupBox(self)
        self.model = BackupsModel(self)
        self.view, self.proxy = make_table(
            self.model, self, (BackupsModel.COL_FILE,), (BackupsModel.COL_TAKEN, Qt.SortOrder.DescendingOrder)
        )
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        self.backup_button = QPushButton(self.backups_box)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.backups_box)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.backups_box)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.message = _value_label(self.backups_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        self.backups_hint = QLabel(self.backups_box)
        self.backups_hint.setWordWrap(True)
        backups = QVBoxLayout(self.backups_box)
        backups.addWidget(self.backups_hint)
        backups.addWidget(self.view, 1)
        backups.addLayout(buttons)
        backups.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_box)
        layout.addWidget(self.backups_box, 1)
        self._update_buttons()

    def retranslate(self) -> None:
        self.folder_box.setTitle(self.tr("Data directory"))
        self.open_button.setText(self.tr("&Open folder"))
        self.backups_box.setTitle(self.tr("Backups"))
        self.backups_hint.setText(
            self.tr(
                "Copies of the store in the data directory's 'backups' folder; the newest %1 are kept. "
                "Copy one to a USB stick now and then: a stolen laptop takes its backups with it."
            ).replace("%1", str(self.context.settings.backups_to_keep))
        )
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.restore_file_button.setText(self.tr("Restore from a &file…"))
        self.model.retranslate()

    def refresh(self) -> None:
        self.data_dir.setText(str(self.context.paths.data_dir))
        self.model.set_rows(backup.list_backups(self.context.paths))
        self._update_buttons()

    def selected_backup(self) -> BackupRecord | None:
        rows = self.view.selectionModel().selectedRows()
        record = rows[0].data(RecordRole) if rows else None
        return record if isinstance(record, BackupRecord) else None

    def _update_buttons(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.paths.data_dir)))

    def back_up_now(self) -> None:
        paths, keep = self.context.paths, self.context.settings.backups_to_keep

        def work(task: TaskContext) -> BackupRecord:
            task.progress(0, 0)
            return backup.back_up_now(paths, keep)

        def done(record: BackupRecord) -> None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Backed up to %1.").replace("%1", str(record.path)))
            self.refresh()

        run_with_progress(self, self.context.runner, self.tr("Back up"), work, done, on_failure=self._failed)

    def _failed(self, message: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(message)

    def restore_selected(self) -> None:
        record = self.selected_backup()
        if record is not None:
            self.restore(record.path, format_datetime(record.taken_at))

    def restore_from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from"), str(self.context.paths.backups), self.tr("Field Kit stores (*.db)")
        )
        if name:
            self.restore(Path(name), Path(name).name)

    def restore(self, path: Path, what: str) -> None:
        """Replace the store with ``path`` after a confirmation; the current store is kept as a backup."""
        question = self.tr(
            "Replace the store with the backup %1?\n\nWhat was recorded after it will no longer be shown. "
            "The store as it is now is kept as a backup first, so this can be undone. Field Kit then "
            "reopens the store."
        )
        answer = QMessageBox.question(self, self.tr("Restore a backup"), question.replace("%1", what))
        if answer != QMessageBox.StandardButton.Yes:
            return
        paths, keep = self.context.paths, self.context.settings.backups_to_keep
        if self.context.store is not None:
            self.context.store.close()  # the file is replaced under it; the main window reopens it

        def work(task: TaskContext) -> RestoreResult:
            task.progress(0, 0)
            return backup.restore_backup(paths, path, keep)

        run_with_progress(self, self.context.runner, self.tr("Restore"), work, self._restored, on_failure=self._failed)

    def _restored(self, result: RestoreResult) -> None:
        lines = [self.tr("The backup was restored. Field Kit now reopens the store.")]
        if result.needs_new_identity:
            lines.append(
                self.tr(
                    "Recording stays paused until this laptop takes a new device identity (Settings, This "
                    "device), because other computers may already hold changes newer than the backup."
                )
            )
        self.message.setStyleSheet("")
        self.message.setText("\n".join(lines))
        QMessageBox.information(self, self.tr("Restore a backup"), "\n\n".join(lines))
        self.store_replaced.emit(result)
        self.refresh()
