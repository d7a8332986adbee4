"""The first-run wizard's home-location page: economic region, then a place found by loose search."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
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
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import setup
from fieldkit.services.records import LocationRecord
from fieldkit.text import az_sort_key, name_matches
from fieldkit.ui.labels import label
from fieldkit.ui.wizard_pages import WizardPage

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
