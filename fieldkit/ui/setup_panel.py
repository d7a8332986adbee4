"""First set-up of a laptop: its name and role. (The full first-run wizard comes with the desktop
screens; this is the minimum the store needs to start recording.)"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from fieldkit.ui.labels import ROLE_LABELS, label


class SetupPanel(QWidget):
    submitted = Signal(str, str)  # name, role

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr("Welcome to Field Kit. Give this laptop a name and choose its role to start."))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("For example Qazax-2"))
        self.role_combo = QComboBox(self)
        for token in ROLE_LABELS:
            self.role_combo.addItem(label(ROLE_LABELS, token), token)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("Set up"), self)
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self._submit)
        self.name_edit.returnPressed.connect(self._submit)

        form = QFormLayout()
        form.addRow(self.tr("Device name"), self.name_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.submit_button)
        layout.addStretch(1)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)

    def _submit(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.show_error(self.tr("Please enter a name for this laptop."))
            self.name_edit.setFocus()
            return
        self.submitted.emit(name, self.role_combo.currentData())
