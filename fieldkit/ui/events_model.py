"""A table model over event records, for the main window's list of events."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from fieldkit.services.records import EventRecord
from fieldkit.ui.formats import format_date
from fieldkit.ui.labels import EVENT_KIND_LABELS, EVENT_STATUS_LABELS, label

COL_DATE, COL_KIND, COL_TITLE, COL_STATUS = range(4)
EventIdRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class EventsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EventRecord] = []

    def set_events(self, rows: list[EventRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Date"), self.tr("Kind"), self.tr("Title"), self.tr("Status")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        if role == EventIdRole:
            return event.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_DATE:
            return format_date(event.start_date)
        if column == COL_KIND:
            return label(EVENT_KIND_LABELS, event.kind)
        if column == COL_TITLE:
            return event.title
        if column == COL_STATUS:
            return label(EVENT_STATUS_LABELS, event.status)
        return None
