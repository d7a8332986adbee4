"""Table models of the Materials & stock screen: the catalogue, the stock at one location, and the ledger
of one material there. Each keeps service records and answers a raw value under ``SortRole`` so the
proxy (``fieldkit.ui.sorting.AzSortFilterProxy``) sorts numbers and dates as such, and text in
Azerbaijani order."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from fieldkit.services.records import MaterialRecord
from fieldkit.services.stock import LedgerEntry, StockLine
from fieldkit.ui.formats import format_count, format_datetime, format_number, parse_stamp
from fieldkit.ui.labels import label

_Index = QModelIndex | QPersistentModelIndex
_Display = Qt.ItemDataRole.DisplayRole

MaterialCodeRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
LowStockRole = Qt.ItemDataRole.UserRole + 3
MovementIdRole = Qt.ItemDataRole.UserRole + 4
VoidedRole = Qt.ItemDataRole.UserRole + 5
TransferIdRole = Qt.ItemDataRole.UserRole + 6

MATERIAL_KIND_LABELS: dict[str, str] = cast(
    dict[str, str],
    {
        "brochure": QT_TRANSLATE_NOOP("Labels", "Brochure"),
        "leaflet": QT_TRANSLATE_NOOP("Labels", "Leaflet"),
        "poster": QT_TRANSLATE_NOOP("Labels", "Poster"),
        "video": QT_TRANSLATE_NOOP("Labels", "Video"),
        "article": QT_TRANSLATE_NOOP("Labels", "Article"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
)
MOVEMENT_KIND_LABELS: dict[str, str] = cast(
    dict[str, str],
    {
        "receipt": QT_TRANSLATE_NOOP("Labels", "Receipt"),
        "print-run": QT_TRANSLATE_NOOP("Labels", "Print run"),
        "transfer-in": QT_TRANSLATE_NOOP("Labels", "Transfer in"),
        "handout": QT_TRANSLATE_NOOP("Labels", "Handout"),
        "transfer-out": QT_TRANSLATE_NOOP("Labels", "Transfer out"),
        "write-off": QT_TRANSLATE_NOOP("Labels", "Write-off"),
        "adjustment": QT_TRANSLATE_NOOP("Labels", "Adjustment"),
    },
)
LOW_STOCK_BACKGROUND = QColor("#fde2b8")
VOIDED_FOREGROUND = QColor("#8a8a8a")


def material_title(material: MaterialRecord, language: str) -> str:
    """The title in the UI language, falling back to the Azerbaijani one every material has."""
    return {"en": material.title_en, "ru": material.title_ru}.get(language) or material.title_az


class _RecordsModel(QAbstractTableModel):
    """Rows of records, a fixed set of columns; subclasses say what each cell shows."""

    columns = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def headers(self) -> list[str]:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Display) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _Display or not 0 <= section < self.columns:
            return None
        return self.headers()[section]

    def _set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        """Labels and headers are translated when asked for: tell the views to ask again."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columns - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columns - 1))

    def _row(self, index: _Index) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]


class MaterialsModel(_RecordsModel):
    """The catalogue: every material, active or not."""

    COL_CODE, COL_KIND, COL_TITLE, COL_LANGUAGES, COL_VERSION, COL_ACTIVE = range(6)
    columns = 6

    def __init__(self, language: str = "az", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language

    def set_materials(self, rows: list[MaterialRecord]) -> None:
        self._set_rows(rows)

    def material(self, row: int) -> MaterialRecord:
        record: MaterialRecord = self._rows[row]
        return record

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Kind"), self.tr("Title"), self.tr("Languages"), self.tr("Version"),
                self.tr("Active")]  # fmt: skip

    def data(self, index: _Index, role: int = _Display) -> Any:
        material: MaterialRecord | None = self._row(index)
        if material is None:
            return None
        if role == MaterialCodeRole:
            return material.code
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and not material.active:
            return QBrush(VOIDED_FOREGROUND)
        if role not in (_Display, SortRole):
            return None
        if column == self.COL_CODE:
            return material.code
        if column == self.COL_KIND:
            return label(MATERIAL_KIND_LABELS, material.kind)
        if column == self.COL_TITLE:
            return material_title(material, self.language)
        if column == self.COL_LANGUAGES:
            return ", ".join(material.languages)
        if column == self.COL_VERSION:
            return material.version
        if column == self.COL_ACTIVE:
            if role == SortRole:
                return int(material.active)
            return self.tr("Yes") if material.active else self.tr("No")
        return None


class BalancesModel(_RecordsModel):
    """Stock on hand at one location, one row per material; rows below the threshold are marked."""

    COL_CODE, COL_TITLE, COL_ON_HAND, COL_STATUS = range(4)
    columns = 4

    def __init__(self, language: str = "az", threshold: int = 50, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.threshold = threshold

    def set_lines(self, rows: list[StockLine], threshold: int | None = None) -> None:
        if threshold is not None:
            self.threshold = threshold
        self._set_rows(rows)

    def line(self, row: int) -> StockLine:
        record: StockLine = self._rows[row]
        return record

    def is_low(self, line: StockLine) -> bool:
        return line.on_hand < self.threshold

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Title"), self.tr("On hand"), self.tr("Status")]

    def data(self, index: _Index, role: int = _Display) -> Any:
        line: StockLine | None = self._row(index)
        if line is None:
            return None
        column = index.column()
        low = self.is_low(line)
        if role == MaterialCodeRole:
            return line.material.code
        if role == LowStockRole:
            return low
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(LOW_STOCK_BACKGROUND) if low else None
        if role == Qt.ItemDataRole.ToolTipRole and low:
            return self.tr("Below the low-stock threshold of %1").replace("%1", format_count(self.threshold))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ON_HAND:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and low and column == self.COL_ON_HAND:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (_Display, SortRole):
            return None
        if column == self.COL_CODE:
            return line.material.code
        if column == self.COL_TITLE:
            return material_title(line.material, self.language)
        if column == self.COL_ON_HAND:
            return line.on_hand if role == SortRole else format_count(line.on_hand)
        if column == self.COL_STATUS:
            if role == SortRole:
                return int(low)
            return self.tr("Low stock") if low else ""
        return None


class LedgerModel(_RecordsModel):
    """The movements of one material at one location, newest first; voided lines greyed and marked."""

    COL_WHEN, COL_KIND, COL_QUANTITY, COL_EVENT, COL_NOTE, COL_REASON, COL_VOIDED = range(7)
    columns = 7

    def set_entries(self, rows: list[LedgerEntry]) -> None:
        self._set_rows(rows)

    def entry(self, row: int) -> LedgerEntry:
        record: LedgerEntry = self._rows[row]
        return record

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Kind"), self.tr("Quantity"), self.tr("Event"), self.tr("Note"),
                self.tr("Forced because"), self.tr("Voided")]  # fmt: skip

    def data(self, index: _Index, role: int = _Display) -> Any:
        entry: LedgerEntry | None = self._row(index)
        if entry is None:
            return None
        movement = entry.movement
        column = index.column()
        if role == MovementIdRole:
            return movement.id
        if role == VoidedRole:
            return entry.voided
        if role == TransferIdRole:
            return movement.transfer_id
        if role == Qt.ItemDataRole.ForegroundRole and entry.voided:
            return QBrush(VOIDED_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and entry.voided and column == self.COL_QUANTITY:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_NOTE, self.COL_REASON, self.COL_EVENT):
            return self.data(index) or None
        if role not in (_Display, SortRole):
            return None
        if column == self.COL_WHEN:
            if role == SortRole:
                return parse_stamp(movement.occurred_at) or movement.occurred_at
            return format_datetime(movement.occurred_at)  # the officer's local time, as recorded
        if column == self.COL_KIND:
            return label(MOVEMENT_KIND_LABELS, movement.kind)
        if column == self.COL_QUANTITY:
            return movement.quantity if role == SortRole else format_number(movement.quantity, signed=True)
        if column == self.COL_EVENT:
            return entry.event_title
        if column == self.COL_NOTE:
            return movement.note
        if column == self.COL_REASON:
            return movement.forced_reason or ""
        if column == self.COL_VOIDED:
            if role == SortRole:
                return int(entry.voided)
            return self.tr("Voided") if entry.voided else ""
        return None
