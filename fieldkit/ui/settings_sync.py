"""Settings for automatic sync: the shared folder (a network share, a Syncthing or Nextcloud folder, or
a USB path) and whether plain http to the hub is allowed. Each change is saved at once; the automatic
sync notices the new settings and starts a round."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fieldkit.ui.context import AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.widgets import ERROR_STYLE

ALLOW_HTTP_KEY = "allow_plain_http"  # Settings.extra; read by ``fieldkit sync now`` as well
WARN_STYLE = "color: #8a5a00;"


class SyncSettingsBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.folder_label = QLabel(self)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setClearButtonEnabled(False)
        self.folder_edit.editingFinished.connect(self._folder_typed)
        self.folder_label.setBuddy(self.folder_edit)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_folder)
        self.folder_note = QLabel(self)
        self.folder_note.setWordWrap(True)
        self.http_check = QCheckBox(self)
        self.http_check.toggled.connect(self._http_toggled)
        self.http_warning = QLabel(self)
        self.http_warning.setWordWrap(True)
        self.http_warning.setStyleSheet(WARN_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.clear_button)
        grid = QGridLayout(self)
        grid.addWidget(self.folder_label, 0, 0)
        grid.addLayout(row, 0, 1)
        grid.addWidget(self.folder_note, 1, 1)
        grid.addWidget(self.http_check, 2, 0, 1, 2)
        grid.addWidget(self.http_warning, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Automatic sync"))
        self.folder_label.setText(self.tr("Shared &folder:"))
        self.folder_edit.setPlaceholderText(self.tr("none: a network share, a Syncthing folder or a USB path"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.clear_button.setText(self.tr("Clea&r"))
        self.http_check.setText(self.tr("Allow plain &http to the hub (not only https)"))
        self.http_warning.setText(
            self.tr(
                "Without https, anyone on the network between this laptop and the hub can read what is sent, "
                "names included. Allow it only on a network you trust."
            )
        )
        self.refresh()

    def refresh(self) -> None:
        settings = self.context.settings
        if not self.folder_edit.hasFocus():
            self.folder_edit.setText(settings.sync_folder or "")
        self.http_check.blockSignals(True)
        self.http_check.setChecked(bool(settings.extra.get(ALLOW_HTTP_KEY)))
        self.http_check.blockSignals(False)
        self._show_note(settings.sync_folder)

    def _show_note(self, folder: str | None) -> None:
        if not folder:
            self.folder_note.setStyleSheet("")
            self.folder_note.setText(
                self.tr("Field Kit writes its changes there and imports the bundles addressed to it, by itself.")
            )
        elif not Path(folder).expanduser().is_dir():
            self.folder_note.setStyleSheet(WARN_STYLE)
            self.folder_note.setText(
                self.tr("This folder cannot be reached now; Field Kit syncs with it whenever it is there.")
            )
        else:
            self.folder_note.setStyleSheet("")
            self.folder_note.setText(self.tr("Field Kit syncs with this folder whenever it is reachable."))

    # -- changes --------------------------------------------------------------------------------
    def browse(self) -> None:
        start = self.context.settings.sync_folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared folder for sync"), start)
        if folder:
            self.set_folder(folder)

    def clear_folder(self) -> None:
        self.set_folder(None)

    def _folder_typed(self) -> None:
        self.set_folder(self.folder_edit.text())

    def set_folder(self, folder: str | None) -> None:
        """Save the shared folder (None or blank: none); a folder that is not there now is kept."""
        text = (folder or "").strip() or None
        self.folder_edit.setText(text or "")
        if text == self.context.settings.sync_folder:
            return
        self.context.settings.sync_folder = text
        self._save()

    def _http_toggled(self, allowed: bool) -> None:
        if allowed:
            self.context.settings.extra[ALLOW_HTTP_KEY] = True
        else:
            self.context.settings.extra.pop(ALLOW_HTTP_KEY, None)
        self._save()

    def _save(self) -> None:
        try:
            self.context.save_settings()
        except OSError as exc:
            self.folder_note.setStyleSheet(ERROR_STYLE)
            self.folder_note.setText(self.tr("The settings could not be saved: %1").replace("%1", error_text(exc)))
            return
        self._show_note(self.context.settings.sync_folder)
