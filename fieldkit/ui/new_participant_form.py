"""The short registration form of the Attendance tab: shown under the check-in line when a typed name
matches nobody, it collects what the participants service needs to record a new person, with their
consent, and shows the service's refusal next to the field it concerns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fieldkit.services.vocab import AGE_BANDS, SEXES
from fieldkit.ui.events_table import AGE_BAND_LABELS, SEX_LABELS
from fieldkit.ui.labels import label

if TYPE_CHECKING:
    from fieldkit.services.attendance import ConsentText


class NewParticipantForm(QFrame):
    """A short registration form shown under the check-in line. It emits the values; the panel saves
    them and shows the service's refusal (no consent, a minor, a bad phone) here, keeping the input."""

    submitted = Signal(dict)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self)
        self.name_edit = QLineEdit(self)
        self.sex_combo = QComboBox(self)
        self.age_combo = QComboBox(self)
        self.agency_combo = QComboBox(self)
        self.position_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.region_combo = QComboBox(self)
        self.consent_box = QCheckBox(self)
        self.consent_text = QLabel(self)
        self.consent_text.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self._labels = [QLabel(self) for _ in range(7)]
        fields = (
            self.name_edit, self.sex_combo, self.age_combo, self.agency_combo,
            self.position_edit, self.phone_edit, self.region_combo,
        )  # fmt: skip
        grid = QGridLayout(self)
        grid.addWidget(self.heading, 0, 0, 1, 4)
        for i, (caption, widget) in enumerate(zip(self._labels, fields, strict=True)):
            caption.setBuddy(widget)
            row, column = 1 + i // 2, (i % 2) * 2
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
        grid.addWidget(self.consent_box, 5, 0, 1, 4)
        grid.addWidget(self.consent_text, 6, 0, 1, 4)
        grid.addWidget(self.error_label, 7, 0, 1, 4)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        grid.addLayout(buttons, 8, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._agencies: dict[str, str] = {}
        self._regions: list[tuple[str, str]] = []
        for key in ("Return", "Enter"):
            QShortcut(QKeySequence(key), self, self.submit, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Escape"), self, self.cancel, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("<b>New participant</b>"))
        captions = (
            self.tr("Na&me"),
            self.tr("&Sex"),
            self.tr("Age &band"),
            self.tr("Agenc&y"),
            self.tr("Pos&ition"),
            self.tr("Ph&one"),
            self.tr("Re&gion"),
        )
        for caption, text in zip(self._labels, captions, strict=True):
            caption.setText(text)
        self.sex_combo.setPlaceholderText(self.tr("Choose…"))
        self.consent_box.setText(self.tr("The person &agrees to this (read it to them):"))
        self.save_button.setText(self.tr("Sa&ve and check in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._fill_combos()

    def _fill_combos(self) -> None:
        keep = (self.sex_combo.currentData(), self.age_combo.currentData(), self.agency_combo.currentData())
        region = self.region_combo.currentData()
        for combo, tokens, table in ((self.sex_combo, SEXES, SEX_LABELS), (self.age_combo, AGE_BANDS, AGE_BAND_LABELS)):
            combo.clear()
            for token in tokens:
                combo.addItem(label(table, token), token)
        self.agency_combo.clear()
        self.agency_combo.addItem(self.tr("(none)"), None)
        for agency_id, name in self._agencies.items():
            self.agency_combo.addItem(name, agency_id)
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("(none)"), None)
        for region_id, name in self._regions:
            self.region_combo.addItem(name, region_id)
        self.sex_combo.setCurrentIndex(self.sex_combo.findData(keep[0]) if keep[0] else -1)
        self.age_combo.setCurrentIndex(max(self.age_combo.findData(keep[1] or "unknown"), 0))
        self.agency_combo.setCurrentIndex(max(self.agency_combo.findData(keep[2]), 0))
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(region), 0))

    def set_choices(self, agencies: dict[str, str], regions: list[tuple[str, str]]) -> None:
        self._agencies, self._regions = dict(agencies), list(regions)
        self._fill_combos()

    def start(self, name: str, consent: ConsentText, region_id: str | None) -> None:
        """Show the form empty but for the typed name and the event's region."""
        for edit in (self.name_edit, self.position_edit, self.phone_edit):
            edit.clear()
        self.name_edit.setText(name)
        self.sex_combo.setCurrentIndex(-1)
        self.age_combo.setCurrentIndex(max(self.age_combo.findData("unknown"), 0))
        self.agency_combo.setCurrentIndex(0)
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(region_id), 0))
        self.consent_box.setChecked(False)
        version = self.tr("Consent text version %1").replace("%1", consent.version)
        self.consent_text.setText(f"«{consent.statement}» ({version})")
        self.error_label.clear()
        self.show()
        (self.sex_combo if name else self.name_edit).setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "sex": self.sex_combo.currentData(),
            "age_band": self.age_combo.currentData() or "unknown",
            "agency": self.agency_combo.currentData(),
            "position": self.position_edit.text(),
            "phone": self.phone_edit.text() or None,
            "region": self.region_combo.currentData(),
            "consent": self.consent_box.isChecked(),
        }

    def submit(self) -> None:
        if not self.isVisible():
            return
        if self.sex_combo.currentIndex() < 0:
            self.show_error(self.tr("Choose the person's sex: the reports count people by sex."), "sex")
            return
        self.error_label.clear()
        self.submitted.emit(self.values())

    def cancel(self) -> None:
        self.hide()
        self.cancelled.emit()

    def show_error(self, message: str, field: str | None) -> None:
        self.error_label.setText(message)
        widgets: dict[str, QWidget] = {
            "name": self.name_edit, "sex": self.sex_combo, "age band": self.age_combo, "agency": self.agency_combo,
            "position": self.position_edit, "phone": self.phone_edit, "region": self.region_combo,
            "consent": self.consent_box,
        }  # fmt: skip
        widget = widgets.get(field or "")
        if widget is not None:
            widget.setFocus()
