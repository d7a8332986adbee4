"""The first-run wizard's page base and its enrolment-file page.

Each page keeps what the user typed when they go back (``cleanupPage`` does nothing), shows a
refused answer in its own error label, and sets its strings again on a language switch.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from fieldkit.services import setup
from fieldkit.store.errors import KnownError
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_date

if TYPE_CHECKING:
    from fieldkit.ui.context import AppContext


class WizardPage(QWizardPage):
    """A page with an error label that keeps its answers when the user goes back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setVisible(False)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def retranslate(self) -> None:
        """Set every visible string again (after a language switch)."""

    def cleanupPage(self) -> None:
        """Going back keeps what was typed on this page (Qt's default would reset its fields)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# -- enrolment file ---------------------------------------------------------------------------------
class EnrolmentPage(WizardPage):
    """The coordinator's enrolment file: optional; its contents are shown and confirmed before use."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preview: setup.EnrolmentPreview | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard goes to Choose file…
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.details = QWidget(self)
        self.coordinator_value = QLabel(self.details)
        self.fingerprint_value = QLabel(self.details)
        self.fingerprint_value.setStyleSheet("font-family: monospace; font-weight: 600")
        self.hub_value = QLabel(self.details)
        self.expires_value = QLabel(self.details)
        for value in (self.coordinator_value, self.fingerprint_value, self.hub_value, self.expires_value):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
        self.coordinator_label, self.fingerprint_label = QLabel(self.details), QLabel(self.details)
        self.hub_label, self.expires_label = QLabel(self.details), QLabel(self.details)
        details = QFormLayout(self.details)
        details.addRow(self.coordinator_label, self.coordinator_value)
        details.addRow(self.fingerprint_label, self.fingerprint_value)
        details.addRow(self.hub_label, self.hub_value)
        details.addRow(self.expires_label, self.expires_value)
        self.confirm_box = QCheckBox(self)
        self.confirm_box.toggled.connect(lambda _on: self.completeChanged.emit())

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.error_label)  # next to the file it is about
        layout.addWidget(self.details)
        layout.addWidget(self.confirm_box)
        layout.addStretch(1)
        self._show_preview()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Coordinator"))
        self.setSubTitle(self.tr("Optional: the enrolment file your coordinator gave you."))
        self.intro.setText(
            self.tr(
                "With it, this laptop trusts your coordinator, encrypts what it sends to them, and is "
                "trusted in return. Without it, your coordinator approves the laptop by hand later."
            )
        )
        self.choose_button.setText(self.tr("&Choose file…"))
        self.clear_button.setText(self.tr("C&lear"))
        self.path_edit.setPlaceholderText(self.tr("No enrolment file"))
        self.coordinator_label.setText(self.tr("Coordinator"))
        self.fingerprint_label.setText(self.tr("Key fingerprint"))
        self.hub_label.setText(self.tr("Sync hub"))
        self.expires_label.setText(self.tr("Valid until"))
        self.confirm_box.setText(
            self.tr("The fingerprint matches the one my coordinator gave me, and I accept this coordinator")
        )
        self._show_preview()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the enrolment file"), "", self.tr("Enrolment files (*.json);;All files (*)")
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        """Read and check the file, then show what it says; a bad file is refused with a message."""
        try:
            preview = setup.preview_enrolment(path)
        except KnownError as exc:
            self.clear()
            self.show_error(error_text(exc))
            return False
        self.preview = preview
        self.path_edit.setText(str(path))
        self.confirm_box.setChecked(False)
        self.show_error("")
        self._show_preview()
        self.completeChanged.emit()
        return True

    def clear(self) -> None:
        self.preview = None
        self.path_edit.clear()
        self.confirm_box.setChecked(False)
        self.show_error("")
        self._show_preview()
        self.completeChanged.emit()

    def _show_preview(self) -> None:
        preview = self.preview
        self.details.setVisible(preview is not None)
        self.confirm_box.setVisible(preview is not None)
        self.clear_button.setEnabled(preview is not None)
        if preview is None:
            return
        self.coordinator_value.setText(preview.coordinator_name)
        self.fingerprint_value.setText(preview.fingerprint)
        self.hub_value.setText(preview.hub_url or self.tr("none (sync by file only)"))
        expires = format_date(preview.expires_at)
        if preview.expired:
            self.expires_value.setText(
                self.tr("%1: expired. Your coordinator will have to approve this laptop by hand; ask for a new file.")
                .replace("%1", expires)
            )  # fmt: skip
            self.expires_value.setStyleSheet("color: #b00020")
        else:
            self.expires_value.setText(expires)
            self.expires_value.setStyleSheet("")

    def enrolment_file(self) -> Path | None:
        return self.preview.path if self.preview is not None else None

    def isComplete(self) -> bool:
        return self.preview is None or self.confirm_box.isChecked()
