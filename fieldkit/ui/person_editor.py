"""The person editor: a new participant, or the changes to one. Enter saves, Esc cancels, and a
refusal from the participants service is shown in the dialog, next to the field it names, with
everything typed kept.

Consent governs contacts: without it the phone and e-mail fields are closed, what a person without
consent had on file is not shown, and saving keeps no phone or e-mail for them (the dialog says so).
Minors are never recorded by name, so the age bands start at 18.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.participants import CONSENT_TEXT_VERSION
from fieldkit.services.vocab import AGE_BANDS, MINOR_AGE_BANDS, SEXES
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import set_date_format
from fieldkit.ui.labels import label
from fieldkit.ui.participants_model import AGE_BAND_LABELS, SEX_LABELS

if TYPE_CHECKING:
    from fieldkit.services.participants import Choice
    from fieldkit.services.records import ParticipantRecord
    from fieldkit.store.engine import Store


class PersonEditor(QDialog):
    def __init__(
        self, store: Store, lang: str, person: ParticipantRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from fieldkit.services.participants import agency_choices, region_choices

        self.store = store
        self.person = person
        self.saved: ParticipantRecord | None = None
        self._agencies: list[Choice] = agency_choices(store, lang)
        self._regions: list[Choice] = region_choices(store, lang)
        self._build()
        self.retranslate()
        self._fill(person)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(200)
        self.sex_combo = QComboBox(self)
        self.age_combo = QComboBox(self)
        self.agency_combo = QComboBox(self)
        self.position_edit = QLineEdit(self)
        self.region_combo = QComboBox(self)
        self.consent_box = QCheckBox(self)
        self.consent_box.toggled.connect(self._consent_toggled)
        self.consent_date_edit = QDateEdit(self)
        self.consent_date_edit.setCalendarPopup(True)
        set_date_format(self.consent_date_edit)
        self.consent_date_edit.setMaximumDate(QDate.currentDate())
        self.consent_version_label = QLabel(self)
        self.phone_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.consent_note = QLabel(self)
        self.consent_note.setWordWrap(True)
        self.minors_note = QLabel(self)
        self.minors_note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.captions: dict[str, QLabel] = {}

        def row(key: str, field: QWidget | QHBoxLayout) -> None:
            caption = QLabel(self)
            if isinstance(field, QWidget):
                caption.setBuddy(field)
            self.captions[key] = caption
            self.form.addRow(caption, field)

        consent_line = QHBoxLayout()
        consent_line.addWidget(self.consent_box)
        consent_line.addWidget(self.consent_date_edit)
        consent_line.addWidget(self.consent_version_label)
        consent_line.addStretch(1)
        row("name", self.name_edit)
        row("sex", self.sex_combo)
        row("age", self.age_combo)
        self.form.addRow("", self.minors_note)
        row("agency", self.agency_combo)
        row("position", self.position_edit)
        row("region", self.region_combo)
        row("consent", consent_line)
        self.captions["consent"].setBuddy(self.consent_box)
        self.form.addRow("", self.consent_note)
        row("phone", self.phone_edit)
        row("email", self.email_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New person") if self.person is None else self.tr("Edit person"))
        captions = {
            "name": self.tr("&Name"),
            "sex": self.tr("&Sex"),
            "age": self.tr("&Age band"),
            "agency": self.tr("A&gency"),
            "position": self.tr("&Position"),
            "region": self.tr("&Region"),
            "consent": self.tr("Conse&nt"),
            "phone": self.tr("P&hone"),
            "email": self.tr("&E-mail"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.consent_box.setText(self.tr("Gave consent on"))
        self.consent_box.setToolTip(
            self.tr("The person agreed, on this date, that their name and contacts may be recorded")
        )
        self.minors_note.setText(self.tr("Pupils and other under-18s are counted in a headcount, never by name."))
        self.phone_edit.setPlaceholderText(self.tr("+994 50 123 45 67"))
        self._fill_combos()
        self._consent_toggled(self.consent_box.isChecked())

    def _fill_combos(self) -> None:
        keep = [combo.currentData() for combo in (self.sex_combo, self.age_combo, self.agency_combo, self.region_combo)]
        adult_bands = [b for b in AGE_BANDS if b not in MINOR_AGE_BANDS]
        lists: list[tuple[QComboBox, list[tuple[str | None, str]]]] = [
            (self.sex_combo, [(s, label(SEX_LABELS, s)) for s in SEXES]),
            (self.age_combo, [(b, label(AGE_BAND_LABELS, b)) for b in adult_bands]),
            (self.agency_combo, [(None, self.tr("(none)")), *((c.id, c.label) for c in self._agencies)]),
            (self.region_combo, [(None, self.tr("(none)")), *((c.id, c.label) for c in self._regions)]),
        ]
        for (combo, items), data in zip(lists, keep, strict=True):
            combo.blockSignals(True)
            combo.clear()
            for token, text in items:
                combo.addItem(text, token)
            combo.setCurrentIndex(max(combo.findData(data), 0))
            combo.blockSignals(False)

    def _fill(self, person: ParticipantRecord | None) -> None:
        today = QDate.currentDate()
        if person is None:
            self.age_combo.setCurrentIndex(self.age_combo.findData("unknown"))
            self.consent_date_edit.setDate(today)
            self.consent_box.setChecked(True)
            self._consent_toggled(True)
            return
        self.name_edit.setText(person.name)
        self._select(self.sex_combo, person.sex)
        self._select(self.age_combo, person.age_band)
        self._select(self.agency_combo, person.agency_id)
        self._select(self.region_combo, person.region_id)
        self.position_edit.setText(person.position)
        consented = person.consent_date is not None
        self.consent_date_edit.setDate(QDate(person.consent_date) if person.consent_date else today)
        if consented:  # contacts are shown only for a person who consented
            self.phone_edit.setText(person.phone or "")
            self.email_edit.setText(person.email or "")
        self.consent_box.setChecked(consented)
        self._consent_toggled(consented)

    @staticmethod
    def _select(combo: QComboBox, data: str | None) -> None:
        index = combo.findData(data)
        if index < 0 and data is not None:  # an inactive agency or a place outside the list: keep it
            combo.addItem(data, data)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _consent_toggled(self, consented: bool) -> None:
        self.consent_date_edit.setEnabled(consented)
        self.phone_edit.setEnabled(consented)
        self.email_edit.setEnabled(consented)
        version = (self.person.consent_text_version if self.person else None) or CONSENT_TEXT_VERSION
        self.consent_version_label.setText(self.tr("text version %1").replace("%1", version) if consented else "")
        if consented:
            self.consent_note.setText("")
            self.consent_note.hide()
        else:
            self.consent_note.setText(
                self.tr(
                    "Without consent no phone or e-mail is kept, and the person is flagged in the list. "
                    "Count people who did not consent in the event's headcount instead."
                )
            )
            self.consent_note.show()

    # -- saving ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        consented = self.consent_box.isChecked()
        consent_date: dt.date = self.consent_date_edit.date().toPython()  # type: ignore[assignment]
        version = self.person.consent_text_version if self.person and self.person.consent_date else None
        return {
            "name": self.name_edit.text(),
            "sex": self.sex_combo.currentData(),
            "age_band": self.age_combo.currentData(),
            "agency": self.agency_combo.currentData(),
            "position": self.position_edit.text(),
            "region": self.region_combo.currentData(),
            "consent": consented,
            "consent_date": consent_date if consented else None,
            "consent_text_version": version if consented else None,
            "phone": self.phone_edit.text() if consented else None,
            "email": self.email_edit.text() if consented else None,
        }

    def accept(self) -> None:
        """Save through the participants service; stay open with the message when it refuses."""
        from fieldkit.services.participants import create_participant, edit_participant
        from fieldkit.store.errors import KnownError, ValidationError

        values = self.values()
        try:
            if self.person is None:
                self.saved = create_participant(self.store, **values)
            else:
                self.saved = edit_participant(self.store, self.person.id, **values)
        except ValidationError as exc:
            self.show_error(error_text(exc), exc.field)
            return
        except KnownError as exc:
            self.show_error(error_text(exc), None)
            return
        super().accept()

    def show_error(self, message: str, field: str | None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        widgets: dict[str, QWidget] = {
            "name": self.name_edit, "sex": self.sex_combo, "age band": self.age_combo,
            "agency": self.agency_combo, "position": self.position_edit, "phone": self.phone_edit,
            "email": self.email_edit, "region": self.region_combo, "location": self.region_combo,
            "consent date": self.consent_date_edit,
        }  # fmt: skip
        widget = widgets.get(field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
