"""The first-run wizard's pages that choose from lists: home location, helplines, enrolment file.

Each page keeps what the user typed when they go back (``cleanupPage`` does nothing), shows a
refused answer in its own error label, and sets its strings again on a language switch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from fieldkit.services import helplines as helpline_service
from fieldkit.services import setup
from fieldkit.services.records import LocationRecord
from fieldkit.store.errors import KnownError
from fieldkit.text import az_sort_key, name_matches
from fieldkit.ui.labels import label

if TYPE_CHECKING:
    from fieldkit.ui.context import AppContext

_Index = QModelIndex | QPersistentModelIndex

LOCATION_KIND_LABELS: dict[str, Any] = {
    "district": QT_TRANSLATE_NOOP("Labels", "District or city"),
    "border-crossing": QT_TRANSLATE_NOOP("Labels", "Border crossing"),
    "airport": QT_TRANSLATE_NOOP("Labels", "Airport"),
    "metro-station": QT_TRANSLATE_NOOP("Labels", "Metro station"),
    "school": QT_TRANSLATE_NOOP("Labels", "School"),
    "office": QT_TRANSLATE_NOOP("Labels", "Office"),
    "venue": QT_TRANSLATE_NOOP("Labels", "Venue"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other place"),
}


def place_name(record: LocationRecord, language: str) -> str:
    return {"en": record.name_en, "ru": record.name_ru}.get(language) or record.name_az


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


# -- home location ----------------------------------------------------------------------------------
LocationIdRole = Qt.ItemDataRole.UserRole + 1
RegionIdRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3


class LocationListModel(QAbstractListModel):
    """Places a laptop can be based at, named in the UI language, in Azerbaijani alphabetical order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LocationRecord] = []
        self._regions: dict[str, str | None] = {}
        self.language = "az"

    def set_locations(self, rows: list[LocationRecord], regions: dict[str, str | None], language: str) -> None:
        self.beginResetModel()
        self.language = language
        self._regions = regions
        self._rows = sorted(rows, key=lambda r: az_sort_key(place_name(r, language)))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def record(self, row: int) -> LocationRecord:
        return self._rows[row]

    def display_name(self, place: LocationRecord) -> str:
        """The name in the UI language, with the Azerbaijani name beside it (it is the one on signs)."""
        name = place_name(place, self.language)
        if name != place.name_az:
            name = f"{name} / {place.name_az}"
        tag = place.iso_code or place.code
        return f"{name} ({tag})" if tag else name

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        place = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.display_name(place)} · {label(LOCATION_KIND_LABELS, place.kind)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return " / ".join(n for n in (place.name_az, place.name_en, place.name_ru) if n)
        if role == LocationIdRole:
            return place.id
        if role == RegionIdRole:
            return self._regions.get(place.id)
        if role == KindRole:
            return place.kind
        return None


class LocationFilter(QSortFilterProxyModel):
    """Places in the chosen region (and those whose region is not recorded) matching the typed text,
    loosely: "Qirmizi" typed on an English keyboard finds Qırmızı Körpü."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.region_id: str | None = None
        self.query = ""

    def set_filter(self, region_id: str | None, query: str) -> None:
        self.beginFilterChange()
        self.region_id = region_id
        self.query = query.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, LocationListModel):
            return True
        index = model.index(source_row, 0, source_parent)
        region = index.data(RegionIdRole)
        if self.region_id is not None and region is not None and region != self.region_id:
            return False
        if not self.query:
            return True
        place = model.record(source_row)
        names = (place.name_az, place.name_en, place.name_ru, place.iso_code or "", place.code or "")
        return any(name_matches(self.query, n) for n in names if n)


class LocationPage(WizardPage):
    """Economic region, then the home location: where this laptop's stock is kept and events are held."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = context.settings.language
        places = setup.reference_locations(context.require_store())
        self._regions = regions = setup.regions_of(places)
        self._region_records = [p for p in places if p.kind == "economic-region"]
        self.model = LocationListModel(self)
        self.model.set_locations([p for p in places if p.kind != "economic-region"], regions, self.language)
        self.proxy = LocationFilter(self)
        self.proxy.setSourceModel(self.model)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.region_combo = QComboBox(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.list_view = QListView(self)
        self.list_view.setModel(self.proxy)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setUniformItemSizes(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid)")
        self.region_label = QLabel(self)
        self.region_label.setBuddy(self.region_combo)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search_edit)

        form = QFormLayout()
        form.addRow(self.region_label, self.region_combo)
        form.addRow(self.search_label, self.search_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)

        self.region_combo.currentIndexChanged.connect(self._filter)
        self.search_edit.textChanged.connect(self._filter)
        self.search_edit.installEventFilter(self)
        self.list_view.selectionModel().currentChanged.connect(lambda *_: self._chosen())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Region and home location"))
        self.setSubTitle(self.tr("Where this laptop is based: its stock is kept there and its events are held nearby."))
        self.intro.setText(self.tr("Choose your economic region, then find your district, border crossing or office."))
        self.region_label.setText(self.tr("&Economic region"))
        self.search_label.setText(self.tr("&Find a place"))
        self.search_edit.setPlaceholderText(self.tr("Type part of a name, e.g. Qazax or Qirmizi"))
        self.hint.setText(self.tr("Places whose region is not recorded are listed under every region."))
        self._fill_regions()

    def set_language(self, language: str) -> None:
        chosen = self.home_location_id()
        self.language = language
        self.model.set_locations([self.model.record(r) for r in range(self.model.rowCount())], self._regions, language)
        self._fill_regions()
        if chosen:
            self.select_location(chosen)

    def _fill_regions(self) -> None:
        current = self.region_combo.currentData()
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("(all regions)"), None)
        for region in sorted(self._region_records, key=lambda r: az_sort_key(place_name(r, self.language))):
            self.region_combo.addItem(place_name(region, self.language), region.id)
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(current), 0))
        self.region_combo.blockSignals(False)

    def _filter(self) -> None:
        chosen = self.home_location_id()
        self.proxy.set_filter(self.region_combo.currentData(), self.search_edit.text())
        if chosen:
            self._select_visible(chosen)
        if self.proxy.rowCount() == 1:  # one match: take it
            self.list_view.setCurrentIndex(self.proxy.index(0, 0))
        self._chosen()

    def _select_visible(self, location_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(LocationIdRole) == location_id:
                self.list_view.setCurrentIndex(index)
                return True
        self.list_view.setCurrentIndex(QModelIndex())
        return False

    def _chosen(self) -> None:
        self.show_error("")
        self.completeChanged.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box moves into the list, so the keyboard alone picks a place.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.proxy.rowCount():
                self.list_view.setFocus()
                if not self.list_view.currentIndex().isValid():
                    self.list_view.setCurrentIndex(self.proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def select_region(self, region_id: str | None) -> None:
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(region_id), 0))

    def select_location(self, location_id: str) -> bool:
        """Choose a place, widening the filter if it is hidden; False when it is not in the list."""
        if self._select_visible(location_id):
            return True
        self.search_edit.clear()
        region = self._regions.get(location_id)
        if region is not None and self.region_combo.currentData() not in (None, region):
            self.select_region(region)
        return self._select_visible(location_id)

    def region_id(self) -> str | None:
        value = self.region_combo.currentData()
        return str(value) if value else None

    def home_location_id(self) -> str | None:
        index = self.list_view.currentIndex()
        value = index.data(LocationIdRole) if index.isValid() else None
        return str(value) if value else None

    def home_location_name(self) -> str:
        index = self.list_view.currentIndex()
        return str(index.data()) if index.isValid() else ""

    def isComplete(self) -> bool:
        return self.home_location_id() is not None


# -- helplines --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HelplineDraft:
    label: str
    number: str
    verified_at: dt.date | None
    use: bool = True
    existing_id: str | None = None


COL_USE, COL_LABEL, COL_NUMBER, COL_VERIFIED = range(4)
HelplineIdRole = Qt.ItemDataRole.UserRole + 1
VerifiedDateRole = Qt.ItemDataRole.UserRole + 2
_HELPLINE_HEADERS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("HelplineDraftModel", "Use"),
    QT_TRANSLATE_NOOP("HelplineDraftModel", "Label"),
    QT_TRANSLATE_NOOP("HelplineDraftModel", "Number"),
    QT_TRANSLATE_NOOP("HelplineDraftModel", "Verified on"),
)


class HelplineDraftModel(QAbstractTableModel):
    """The helplines this laptop will use: ones already in the store (tick to use, set the date you
    verified them) and new ones typed in the wizard. Nothing is written until the wizard finishes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HelplineDraft] = []

    def drafts(self) -> list[HelplineDraft]:
        return list(self._rows)

    def set_drafts(self, rows: list[HelplineDraft]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add(self, draft: HelplineDraft) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(draft)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(_HELPLINE_HEADERS):
            return None
        return QCoreApplication.translate("HelplineDraftModel", _HELPLINE_HEADERS[section])

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == COL_USE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == COL_VERIFIED:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        draft = self._rows[index.row()]
        column = index.column()
        if role == HelplineIdRole:
            return draft.existing_id
        if role == VerifiedDateRole:
            return draft.verified_at
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_USE:
            return Qt.CheckState.Checked if draft.use else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column == COL_VERIFIED:
            day = draft.verified_at or dt.date.today()
            return QDate(day.year, day.month, day.day)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_LABEL:
            return draft.label
        if column == COL_NUMBER:
            return draft.number
        if column == COL_VERIFIED:
            if draft.verified_at is None:
                return QCoreApplication.translate("HelplineDraftModel", "Not verified")
            return draft.verified_at.isoformat()
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        draft = self._rows[index.row()]
        if index.column() == COL_USE and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            self._rows[index.row()] = replace(draft, use=checked)
        elif index.column() == COL_VERIFIED and role == Qt.ItemDataRole.EditRole:
            day = value.toPython() if isinstance(value, QDate) else value
            if not isinstance(day, dt.date) or day > dt.date.today():
                return False
            self._rows[index.row()] = replace(draft, verified_at=day, use=True)
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True


class HelplinesPage(WizardPage):
    """The helpline numbers printed on leaflets, each with the day someone dialled it and got through."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = HelplineDraftModel(self)
        existing = helpline_service.list_helplines(context.require_store())
        self.model.set_drafts(
            [HelplineDraft(h.label, h.number, h.verified_at, use=True, existing_id=h.id) for h in existing]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)

        self.label_edit = QLineEdit(self)
        self.number_edit = QLineEdit(self)
        self.verified_box = QCheckBox(self)
        self.verified_date = QDateEdit(self)
        self.verified_date.setEnabled(False)  # claimed only when ticked: an unverified number is asked about later
        self.verified_date.setCalendarPopup(True)
        self.verified_date.setDisplayFormat("yyyy-MM-dd")
        self.verified_date.setMaximumDate(QDate.currentDate())
        self.verified_date.setDate(QDate.currentDate())
        self.verified_box.toggled.connect(self.verified_date.setEnabled)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_typed)
        for edit in (self.label_edit, self.number_edit):
            edit.installEventFilter(self)
        self.label_label = QLabel(self)
        self.label_label.setBuddy(self.label_edit)
        self.number_label = QLabel(self)
        self.number_label.setBuddy(self.number_edit)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid)")

        verified_row = QHBoxLayout()
        verified_row.addWidget(self.verified_box)
        verified_row.addWidget(self.verified_date)
        verified_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.label_label, self.label_edit)
        form.addRow(self.number_label, self.number_edit)
        form.addRow("", verified_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Helpline"))
        self.setSubTitle(
            self.tr("The number printed on every leaflet, and the day someone dialled it and got through.")
        )
        self.intro.setText(
            self.tr(
                "Tick the helplines this laptop uses. Double-click a date to change it. To add a number, "
                "type it below: the full international number starting with +994, or a short code."
            )
        )
        self.label_label.setText(self.tr("&Label"))
        self.label_edit.setPlaceholderText(self.tr("e.g. National helpline"))
        self.number_label.setText(self.tr("N&umber"))
        self.number_edit.setPlaceholderText("+994 …")
        self.verified_box.setText(self.tr("I dialled it and reached the helpline on"))
        self.add_button.setText(self.tr("&Add helpline"))
        self.remove_button.setText(self.tr("&Remove"))
        self.note.setText(
            self.tr(
                "You can go on without one: your coordinator's helplines arrive with the next sync, and "
                "printing asks you to confirm a number that was never verified."
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the add form adds the helpline; it does not move the wizard on.
        if watched in (self.label_edit, self.number_edit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_typed()
                return True
        return super().eventFilter(watched, event)

    def add_typed(self) -> bool:
        """Add the helpline typed in the form; False (with a message) when it is refused."""
        text, typed = self.label_edit.text().strip(), self.number_edit.text().strip()
        if not typed:
            self.show_error(self.tr("Type the helpline number first."))
            self.number_edit.setFocus()
            return False
        try:
            number = helpline_service.normalise_number(typed)
        except KnownError as exc:
            self.show_error(str(exc))
            self.number_edit.setFocus()
            return False
        if not text:
            self.show_error(self.tr("Give the number a label, e.g. National helpline."))
            self.label_edit.setFocus()
            return False
        if any(d.number == number for d in self.model.drafts()):
            self.show_error(self.tr("%1 is already in the list.").replace("%1", number))
            return False
        verified = self.verified_date.date().toPython() if self.verified_box.isChecked() else None
        assert verified is None or isinstance(verified, dt.date)
        self.model.add(HelplineDraft(text, number, verified))
        self.label_edit.clear()
        self.number_edit.clear()
        self.verified_box.setChecked(False)  # each number's verification is claimed on its own
        self.show_error("")
        self.label_edit.setFocus()
        return True

    def remove_selected(self) -> None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        if not index.isValid():
            return
        if index.siblingAtColumn(0).data(HelplineIdRole):  # already in the store: untick it instead
            self.model.setData(index.siblingAtColumn(COL_USE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        else:
            self.model.remove(index.row())

    def chosen(self) -> list[setup.HelplineChoice]:
        return [
            setup.HelplineChoice(d.label, d.number, d.verified_at, existing_id=d.existing_id)
            for d in self.model.drafts()
            if d.use
        ]

    def validatePage(self) -> bool:
        # A number typed but not added yet is added now, or the page says why it cannot be.
        if self.number_edit.text().strip() or self.label_edit.text().strip():
            return self.add_typed()
        return True


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
        layout.addWidget(self.details)
        layout.addWidget(self.confirm_box)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
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
            self.show_error(str(exc))
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
        expires = preview.expires_at[:10]
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
