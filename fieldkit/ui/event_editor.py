"""The event editor: a new event, or the changes to one. Enter saves, Esc cancels, and a refusal from
the events service is shown in the dialog next to the field it names, with everything typed kept."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.vocab import EVENT_KINDS, EVENT_STATUSES, LANGUAGES, PILLARS
from fieldkit.text import az_sort_key, name_matches
from fieldkit.ui.errors import error_text
from fieldkit.ui.events_table import LANGUAGE_LABELS, PILLAR_LABELS
from fieldkit.ui.formats import set_date_format
from fieldkit.ui.labels import EVENT_KIND_LABELS, EVENT_STATUS_LABELS, label
from fieldkit.ui.sorting import AzSortFilterProxy, az_completer

if TYPE_CHECKING:
    from fieldkit.services.records import AgencyRecord, EventRecord, LocationRecord
    from fieldkit.store.engine import Store


class LocationPicker(QComboBox):
    """An editable combo over the locations: type part of a name or a code, pick from the matches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # the places whose name contains what was typed, by the Azerbaijani rules of the name search
        # ("Qirmizi" finds "Qırmızı Körpü"), which QCompleter's own matching does not know
        self.matches = AzSortFilterProxy(self)
        self.matches.setSourceModel(self.model())
        az_completer(self, self.matches)

    def set_places(self, places: list[LocationRecord], language: str, none_text: str) -> None:
        self.clear()
        self.addItem(none_text, None)
        for place in sorted(places, key=lambda p: az_sort_key(p.label(language))):
            self.addItem(place.label(language), place.id)

    def select(self, location_id: str | None) -> None:
        self.setCurrentIndex(max(self.findData(location_id), 0))

    def value(self) -> str | None:
        """The chosen location's id; typed text that names no item goes to the service as it is, so
        a code such as AZ-QAZ still works and an unknown name gets the service's message."""
        text = self.currentText().strip()
        if not text or (self.currentIndex() == 0 and text == self.itemText(0)):
            return None
        if self.currentIndex() > 0 and text == self.itemText(self.currentIndex()):
            return str(self.currentData())
        exact = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact > 0:
            return str(self.itemData(exact))
        found = [row for row in range(1, self.count()) if name_matches(text, self.itemText(row))]
        return str(self.itemData(found[0])) if len(found) == 1 else text


class EventEditor(QDialog):
    """``saved_event`` holds the record after a successful save."""

    def __init__(self, store: Store, language: str, event: EventRecord | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.language = language
        self.event_record = event
        self.saved_event: EventRecord | None = None
        self._build()
        self.retranslate()
        self._load_choices()
        self._fill(event)

    def _build(self) -> None:
        self.title_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        self.pillar_combo = QComboBox(self)
        self.start_edit = QDateEdit(self)
        self.end_edit = QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            set_date_format(edit)
        self.start_edit.dateChanged.connect(self._start_moved)
        self.location_picker = LocationPicker(self)
        self.organiser_combo = QComboBox(self)
        self.partners_list = QListWidget(self)
        self.partners_list.setMaximumHeight(88)
        self.audience_edit = QLineEdit(self)
        self.language_combo = QComboBox(self)
        self.status_combo = QComboBox(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setMaximumHeight(64)
        self.notes_edit.setTabChangesFocus(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.captions: dict[str, QLabel] = {}

        def row(key: str, field: QWidget, *more: QWidget) -> None:
            caption = QLabel(self)
            caption.setBuddy(field)
            self.captions[key] = caption
            if not more:
                self.form.addRow(caption, field)
                return
            line = QHBoxLayout()
            line.addWidget(field, 1)
            for extra in more:
                line.addWidget(extra, 1 if not isinstance(extra, QLabel) else 0)
            self.form.addRow(caption, line)

        self.pillar_caption = QLabel(self)
        self.pillar_caption.setBuddy(self.pillar_combo)
        self.end_caption = QLabel(self)
        self.end_caption.setBuddy(self.end_edit)
        self.status_caption = QLabel(self)
        self.status_caption.setBuddy(self.status_combo)
        row("title", self.title_edit)
        row("kind", self.kind_combo, self.pillar_caption, self.pillar_combo)
        row("start", self.start_edit, self.end_caption, self.end_edit)
        row("location", self.location_picker)
        row("organiser", self.organiser_combo)
        row("partners", self.partners_list)
        row("audience", self.audience_edit)
        row("language", self.language_combo, self.status_caption, self.status_combo)
        row("notes", self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New event") if self.event_record is None else self.tr("Edit event"))
        captions = {
            "title": self.tr("&Title"),
            "kind": self.tr("&Kind"),
            "start": self.tr("&From"),
            "location": self.tr("&Location"),
            "organiser": self.tr("&Organiser"),
            "partners": self.tr("Pa&rtners"),
            "audience": self.tr("Au&dience"),
            "language": self.tr("Lan&guage"),
            "notes": self.tr("&Notes"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.pillar_caption.setText(self.tr("&Pillar"))
        self.end_caption.setText(self.tr("&Until"))
        self.status_caption.setText(self.tr("St&atus"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Round-table with border guards in Qazax"))
        self.audience_edit.setPlaceholderText(self.tr("e.g. border guards, teachers, students"))
        self.location_picker.lineEdit().setPlaceholderText(self.tr("Type part of a name or a code"))  # type: ignore[union-attr]
        self.partners_list.setToolTip(self.tr("Tick the partner agencies (Space ticks the current one)"))
        self.notes_edit.setToolTip(self.tr("Enter starts a new line here; Ctrl+Enter saves"))

    def _load_choices(self) -> None:
        from fieldkit.services.locations import list_agencies, list_locations

        for combo, tokens, table in (
            (self.kind_combo, EVENT_KINDS, EVENT_KIND_LABELS),
            (self.pillar_combo, PILLARS, PILLAR_LABELS),
            (self.language_combo, LANGUAGES, LANGUAGE_LABELS),
            (self.status_combo, EVENT_STATUSES, EVENT_STATUS_LABELS),
        ):
            if combo is self.pillar_combo:
                combo.addItem(self.tr("(none)"), None)
            for token in tokens:
                combo.addItem(label(table, token), token)
        self.location_picker.set_places(list_locations(self.store), self.language, self.tr("(none)"))
        self._agencies: list[AgencyRecord] = list_agencies(self.store)
        self.organiser_combo.addItem(self.tr("(none)"), None)
        for agency in self._agencies:
            name = self._agency_name(agency)
            self.organiser_combo.addItem(name, agency.id)
            item = QListWidgetItem(name, self.partners_list)
            item.setData(Qt.ItemDataRole.UserRole, agency.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _agency_name(self, agency: AgencyRecord) -> str:
        name = {"en": agency.name_en, "ru": agency.name_ru}.get(self.language) or agency.name_az
        return f"{name} ({agency.abbreviation})" if agency.abbreviation else name

    def _fill(self, event: EventRecord | None) -> None:
        today = QDate.currentDate()
        if event is None:
            self.start_edit.setDate(today)
            self.end_edit.setDate(today)
            self.language_combo.setCurrentIndex(max(self.language_combo.findData("az"), 0))
            return
        self.title_edit.setText(event.title)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(event.kind), 0))
        self.pillar_combo.setCurrentIndex(max(self.pillar_combo.findData(event.pillar), 0))
        self.start_edit.setDate(QDate(event.start_date))
        self.end_edit.setDate(QDate(event.end_date))
        self.location_picker.select(event.location_id)
        self.organiser_combo.setCurrentIndex(max(self.organiser_combo.findData(event.organiser_agency_id), 0))
        for row in range(self.partners_list.count()):
            item = self.partners_list.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in event.partner_agency_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.audience_edit.setText(event.audience)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(event.language), 0))
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(event.status), 0))
        self.notes_edit.setPlainText(event.notes)

    def _start_moved(self, date: QDate) -> None:
        if self.end_edit.date() < date:
            self.end_edit.setDate(date)

    def values(self) -> dict[str, Any]:
        partners = [
            str(self.partners_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.partners_list.count())
            if self.partners_list.item(row).checkState() == Qt.CheckState.Checked
        ]
        start: dt.date = self.start_edit.date().toPython()  # type: ignore[assignment]
        end: dt.date = self.end_edit.date().toPython()  # type: ignore[assignment]
        return {
            "title": self.title_edit.text(),
            "kind": self.kind_combo.currentData(),
            "pillar": self.pillar_combo.currentData(),
            "start_date": start,
            "end_date": end,
            "location": self.location_picker.value(),
            "organiser": self.organiser_combo.currentData(),
            "partners": partners,
            "audience": self.audience_edit.text(),
            "language": self.language_combo.currentData(),
            "status": self.status_combo.currentData(),
            "notes": self.notes_edit.toPlainText(),
        }

    def keyPressEvent(self, event: Any) -> None:
        ctrl_enter = event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        )
        if ctrl_enter:
            self.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        """Save through the events service; stay open with the message when it refuses."""
        from fieldkit.services.events import create_event, edit_event
        from fieldkit.store.errors import KnownError, ValidationError

        values = self.values()
        try:
            if self.event_record is None:
                self.saved_event = create_event(self.store, **values)
            else:
                self.saved_event = edit_event(self.store, self.event_record.id, **values)
        except ValidationError as exc:
            self.show_error(error_text(exc), exc.field)
            return
        except KnownError as exc:
            self.show_error(error_text(exc), None)
            return
        super().accept()

    def show_error(self, message: str, field: str | None) -> None:
        self.error_label.setText(message)
        widgets: dict[str, QWidget] = {
            "title": self.title_edit, "kind": self.kind_combo, "pillar": self.pillar_combo,
            "date": self.start_edit, "end date": self.end_edit, "location": self.location_picker,
            "agency": self.organiser_combo, "audience": self.audience_edit, "language": self.language_combo,
            "status": self.status_combo,
        }  # fmt: skip
        widget = widgets.get(field or "")
        if widget is not None:
            widget.setFocus()
