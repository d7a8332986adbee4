"""Places and helpline numbers on the Settings screen: the lists, adding a local place (a school, a
venue), adding a helpline and recording that someone dialled it and it works.

Coordinators own the shared lists; an officer may add local entries and change only those. The
services enforce it (``services.common.require_owner``), and the panel shows their message.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import helplines, locations
from fieldkit.services.records import HelplineRecord, LocationRecord
from fieldkit.services.vocab import LOCATION_KINDS
from fieldkit.store.errors import KnownError
from fieldkit.ui.context import REFERENCE, AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.settings_models import HelplinesModel, LocationsModel, kind_label, location_name
from fieldkit.ui.sorting import AzSortFilterProxy, az_completer, text_key
from fieldkit.ui.sync_models import RecordRole, make_table
from fieldkit.ui.widgets import ERROR_STYLE

OK_STYLE = "color: #1d4d1d;"


def location_completer(edit: QLineEdit) -> QStringListModel:
    """Completes a place typed in ``edit`` from any part of its name, by Azerbaijani case rules and
    loosely when typed on an English keyboard; fill the returned model with ``place_names``."""
    names = QStringListModel(edit)
    proxy = AzSortFilterProxy(edit)
    proxy.setSourceModel(names)
    az_completer(edit, proxy)
    return names


def place_names(labels: dict[str, str]) -> list[str]:
    """The completer texts of ``place_labels`` in Azerbaijani order."""
    return sorted(labels, key=text_key)


def place_labels(places: list[LocationRecord], language: str) -> dict[str, str]:
    """Completer text → location id; a name shared by two places gets its kind and code added."""
    labels: dict[str, str] = {}
    for place in places:
        text = location_name(place, language)
        tag = place.iso_code or place.code
        if tag:
            text = f"{text} ({tag})"
        if text in labels:
            text = f"{text} — {kind_label(place.kind)}"
        labels[text] = place.id
    return labels


def _say(label: QLabel, text: str, ok: bool) -> None:
    label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setText(text)


class ReferencePanel(QWidget):
    changed = Signal()  # a place or helpline was added or verified

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._labels: dict[str, str] = {}
        self._build()

    def _build(self) -> None:
        # places
        self.places_box = QGroupBox(self)
        self.places_filter = QLineEdit(self.places_box)
        self.places_filter.setClearButtonEnabled(True)
        self.places_model = LocationsModel(self)
        self.places_view, self.places_proxy = make_table(self.places_model, self, (LocationsModel.COL_NAME,))
        self.places_filter.textChanged.connect(self.places_proxy.set_search)
        self.add_place_box = QGroupBox(self.places_box)
        self.kind_combo = QComboBox(self.add_place_box)
        self.name_az = QLineEdit(self.add_place_box)
        self.name_en = QLineEdit(self.add_place_box)
        self.name_ru = QLineEdit(self.add_place_box)
        self.parent_edit = QLineEdit(self.add_place_box)
        self._names = location_completer(self.parent_edit)
        self.add_place_button = QPushButton(self.add_place_box)
        self.add_place_button.clicked.connect(self.add_place)
        for edit in (self.name_az, self.name_en, self.name_ru, self.parent_edit):
            edit.returnPressed.connect(self.add_place)
        self.place_message = QLabel(self.add_place_box)
        self.place_message.setWordWrap(True)
        self.place_form = QFormLayout(self.add_place_box)
        self.place_captions: list[QLabel] = []
        for widget in (self.kind_combo, self.name_az, self.name_en, self.name_ru, self.parent_edit):
            caption = QLabel(self.add_place_box)
            caption.setBuddy(widget)
            self.place_captions.append(caption)
            self.place_form.addRow(caption, widget)
        self.place_form.addRow(self.place_message, self.add_place_button)
        places = QVBoxLayout(self.places_box)
        places.addWidget(self.places_filter)
        places.addWidget(self.places_view, 1)
        places.addWidget(self.add_place_box)

        # helplines
        self.helplines_box = QGroupBox(self)
        self.helplines_model = HelplinesModel(self)
        self.helplines_view, _proxy = make_table(self.helplines_model, self, (HelplinesModel.COL_LABEL,))
        self.helplines_view.selectionModel().selectionChanged.connect(self._update_verify)
        self.verified_by = QLineEdit(self.helplines_box)
        self.verify_button = QPushButton(self.helplines_box)
        self.verify_button.clicked.connect(self.verify_helpline)
        self.verified_by.returnPressed.connect(self.verify_helpline)
        self.verify_label = QLabel(self.helplines_box)
        self.verify_label.setWordWrap(True)
        self.verify_message = QLabel(self.helplines_box)
        self.verify_message.setWordWrap(True)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verified_by, 1)
        verify_row.addWidget(self.verify_button)
        self.add_helpline_box = QGroupBox(self.helplines_box)
        self.helpline_label = QLineEdit(self.add_helpline_box)
        self.helpline_number = QLineEdit(self.add_helpline_box)
        self.add_helpline_button = QPushButton(self.add_helpline_box)
        self.add_helpline_button.clicked.connect(self.add_helpline)
        for edit in (self.helpline_label, self.helpline_number):
            edit.returnPressed.connect(self.add_helpline)
        self.helpline_message = QLabel(self.add_helpline_box)
        self.helpline_message.setWordWrap(True)
        self.helpline_form = QFormLayout(self.add_helpline_box)
        self.helpline_captions: list[QLabel] = []
        for widget in (self.helpline_label, self.helpline_number):
            caption = QLabel(self.add_helpline_box)
            caption.setBuddy(widget)
            self.helpline_captions.append(caption)
            self.helpline_form.addRow(caption, widget)
        self.helpline_form.addRow(self.helpline_message, self.add_helpline_button)
        helplines_layout = QVBoxLayout(self.helplines_box)
        helplines_layout.addWidget(self.helplines_view, 1)
        helplines_layout.addWidget(self.verify_label)
        helplines_layout.addLayout(verify_row)
        helplines_layout.addWidget(self.verify_message)
        helplines_layout.addWidget(self.add_helpline_box)

        layout = QHBoxLayout(self)
        layout.addWidget(self.places_box, 3)
        layout.addWidget(self.helplines_box, 2)
        self._update_verify()

    def retranslate(self) -> None:
        self.places_box.setTitle(self.tr("Places"))
        self.places_filter.setPlaceholderText(self.tr("Filter places…"))
        self.add_place_box.setTitle(self.tr("Add a local place (a school, a venue, an office)"))
        kind = self.kind_combo.currentData() or "school"
        self.kind_combo.clear()
        for token in LOCATION_KINDS:
            self.kind_combo.addItem(kind_label(token), token)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        captions = (
            self.tr("&Kind"),
            self.tr("&Name (Azerbaijani)"),
            self.tr("Name (English)"),
            self.tr("Name (Russian)"),
            self.tr("&Lies in"),
        )
        for label, caption in zip(self.place_captions, captions, strict=True):
            label.setText(caption)
        self.parent_edit.setPlaceholderText(self.tr("the district or city, optional"))
        self.add_place_button.setText(self.tr("A&dd place"))
        self.helplines_box.setTitle(self.tr("Helpline numbers"))
        self.verify_label.setText(
            self.tr("Dialled the selected number and reached the helpline? Record who checked it, today:")
        )
        self.verified_by.setPlaceholderText(self.tr("your name"))
        self.verify_button.setText(self.tr("Mark as &verified"))
        self.add_helpline_box.setTitle(self.tr("Add a helpline number"))
        for label, caption in zip(self.helpline_captions, (self.tr("La&bel"), self.tr("N&umber")), strict=True):
            label.setText(caption)
        self.helpline_number.setPlaceholderText(self.tr("+994 12 000 00 00, or a short code"))
        self.add_helpline_button.setText(self.tr("Add &helpline"))
        self.places_model.retranslate()
        self.helplines_model.retranslate()

    def refresh(self) -> None:
        store = self.context.require_store()
        places = locations.list_locations(store)
        self.places_model.set_rows(places)
        self._labels = place_labels(places, self.context.settings.language)
        self._names.setStringList(place_names(self._labels))
        self.helplines_model.set_rows(helplines.list_helplines(store))
        self._update_verify()

    # -- places ---------------------------------------------------------------------------------
    def add_place(self) -> None:
        parent_text = self.parent_edit.text().strip()
        parent = self._labels.get(parent_text, parent_text) or None  # an id, or text the service resolves
        try:
            place = locations.create_location(
                self.context.require_store(),
                kind=self.kind_combo.currentData(),
                name_az=self.name_az.text(),
                name_en=self.name_en.text(),
                name_ru=self.name_ru.text(),
                parent=parent,
            )
        except KnownError as exc:
            _say(self.place_message, error_text(exc), ok=False)
            return
        for edit in (self.name_az, self.name_en, self.name_ru, self.parent_edit):
            edit.clear()
        _say(self.place_message, self.tr("Added %1.").replace("%1", place.name_az), ok=True)
        self._changed()

    # -- helplines ------------------------------------------------------------------------------
    def selected_helpline(self) -> HelplineRecord | None:
        rows = self.helplines_view.selectionModel().selectedRows()
        record = rows[0].data(RecordRole) if rows else None
        return record if isinstance(record, HelplineRecord) else None

    def _update_verify(self, *_args: object) -> None:
        self.verify_button.setEnabled(self.selected_helpline() is not None)

    def add_helpline(self) -> None:
        try:
            helpline = helplines.add_helpline(
                self.context.require_store(), label=self.helpline_label.text(), number=self.helpline_number.text()
            )
        except KnownError as exc:
            _say(self.helpline_message, error_text(exc), ok=False)
            return
        self.helpline_label.clear()
        self.helpline_number.clear()
        text = self.tr("Added %1. Dial it once and mark it as verified before printing it.")
        _say(self.helpline_message, text.replace("%1", helpline.number), ok=True)
        self._changed()

    def verify_helpline(self) -> None:
        helpline = self.selected_helpline()
        if helpline is None:
            return
        try:
            helplines.verify_helpline(self.context.require_store(), helpline.id, self.verified_by.text())
        except KnownError as exc:
            _say(self.verify_message, error_text(exc), ok=False)
            return
        _say(self.verify_message, self.tr("%1 is marked as verified today.").replace("%1", helpline.number), ok=True)
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()
        self.context.notify(REFERENCE)
