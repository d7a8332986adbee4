"""Table models of the Sync screen: what became of each imported bundle, the devices a coordinator
knows (and those waiting for approval), the version vector with its gaps, and the sync history.

Each keeps plain records (from ``fieldkit.sync`` and ``fieldkit.services.enrolment``) and answers the
record under ``RecordRole`` and a raw value under ``SortRole``, so the proxy (``make_table``'s
``AzSortFilterProxy``) sorts numbers and times as such and text in Azerbaijani order. ``RecordsModel``
is the shared base; the Settings screen's tables use it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle, QTableView, QWidget

from fieldkit.services.enrolment import SyncBundleRecord
from fieldkit.sync.importer import BundleResult
from fieldkit.sync.trust import PeerRecord
from fieldkit.ui.formats import format_count, format_datetime, parse_stamp
from fieldkit.ui.sorting import AzSortFilterProxy
from fieldkit.ui.widgets import list_table

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole

RecordRole = _Role.UserRole + 1
SortRole = _Role.UserRole + 2
FilterRole = _Role.UserRole + 3  # the status token, for a proxy that shows one status
CONTEXT = "SyncModels"


def noop_table(table: dict[str, object]) -> dict[str, str]:
    """QT_TRANSLATE_NOOP is typed as returning ``object``; it returns its text."""
    return cast(dict[str, str], table)


STATUS_LABELS = noop_table(
    {
        "imported": QT_TRANSLATE_NOOP("SyncModels", "Imported"),
        "known": QT_TRANSLATE_NOOP("SyncModels", "Already here"),
        "quarantined": QT_TRANSLATE_NOOP("SyncModels", "Waiting for approval"),
        "rejected": QT_TRANSLATE_NOOP("SyncModels", "Refused"),
        "exported": QT_TRANSLATE_NOOP("SyncModels", "Written"),
    }
)
PEER_STATUS_LABELS = noop_table(
    {
        "trusted": QT_TRANSLATE_NOOP("SyncModels", "Trusted"),
        "quarantined": QT_TRANSLATE_NOOP("SyncModels", "Waiting for approval"),
        "revoked": QT_TRANSLATE_NOOP("SyncModels", "Revoked"),
    }
)
DIRECTION_LABELS = noop_table(
    {"in": QT_TRANSLATE_NOOP("SyncModels", "Received"), "out": QT_TRANSLATE_NOOP("SyncModels", "Sent")}
)
ROLE_LABELS = noop_table(
    {
        "officer": QT_TRANSLATE_NOOP("SyncModels", "Regional officer"),
        "coordinator": QT_TRANSLATE_NOOP("SyncModels", "Coordinator"),
    }
)
# Colours that read on a white table, and what each status means at a glance.
STATUS_COLOURS = {
    "imported": QColor("#1e7b34"),
    "known": QColor("#5f6368"),
    "quarantined": QColor("#a15c00"),
    "rejected": QColor("#b3261e"),
    "exported": QColor("#1e7b34"),
    "trusted": QColor("#1e7b34"),
    "revoked": QColor("#b3261e"),
}
STATUS_ICONS = {
    "imported": QStyle.StandardPixmap.SP_DialogApplyButton,
    "exported": QStyle.StandardPixmap.SP_DialogApplyButton,
    "known": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "quarantined": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "rejected": QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(table: dict[str, str], token: str) -> str:
    source = table.get(token)
    return tr(source) if source else token


def stamp_value(iso: str | None) -> object:
    """A stored timestamp as a value to sort by (None first)."""
    return (parse_stamp(iso) or iso) if iso else None


def status_icon(token: str | None) -> QIcon | None:
    pixmap = STATUS_ICONS.get(token or "")
    return QApplication.style().standardIcon(pixmap) if pixmap is not None else None


@dataclass(frozen=True)
class OriginRow:
    """One line of the version vector: what this store holds of one device's changes."""

    origin: str
    name: str | None
    contiguous: int
    max_seen: int
    gaps: tuple[tuple[int, int], ...]

    @property
    def label(self) -> str:
        return self.name or self.origin[:8]


def gap_text(row: OriginRow) -> list[str]:
    """ "Qazax-2: changes 101–199 missing", translated, one line per gap."""
    lines = []
    for first, last in row.gaps:
        if first == last:
            lines.append(tr("%1: change %2 missing").replace("%1", row.label).replace("%2", format_count(first)))
        else:
            text = tr("%1: changes %2–%3 missing").replace("%1", row.label)
            lines.append(text.replace("%2", format_count(first)).replace("%3", format_count(last)))
    return lines


class RecordsModel(QAbstractTableModel):
    """Rows of records under fixed, translated column headers; subclasses say what a cell shows."""

    #: column headers, marked with QT_TRANSLATE_NOOP in ``header_context``
    headers: tuple[object, ...] = ()
    header_context = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- data in --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._rows)

    def record(self, row: int) -> Any:
        return self._rows[row]

    # -- what a cell shows (subclasses) ---------------------------------------------------------
    def display(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, record: Any, column: int) -> Any:
        return self.display(record, column)

    def status_of(self, record: Any) -> str | None:
        """A status token that colours the row, or None."""
        return None

    #: the column that shows the status icon, or None
    icon_column: int | None = None

    def tooltip(self, record: Any, column: int) -> str | None:
        return None

    # -- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _Role.DisplayRole and 0 <= section < len(self.headers):
            return QCoreApplication.translate(self.header_context, str(self.headers[section]))
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.headers):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == _Role.DisplayRole:
            return self.display(record, column)
        if role == SortRole:
            return self.sort_value(record, column)
        if role == RecordRole:
            return record
        if role == FilterRole:
            return self.status_of(record) or ""
        if role == _Role.ToolTipRole:
            return self.tooltip(record, column)
        if role == _Role.ForegroundRole:
            status = self.status_of(record)
            return STATUS_COLOURS.get(status) if status else None
        if role == _Role.DecorationRole and column == self.icon_column:
            return status_icon(self.status_of(record))
        return None

    def retranslate(self) -> None:
        """Headers and labels after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.headers) - 1, 0))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.headers) - 1))


class ResultsModel(RecordsModel):
    """What became of each bundle of the last import (``BundleResult``)."""

    COL_FILE, COL_RESULT, COL_MESSAGE = range(3)
    icon_column = COL_RESULT
    headers = (
        QT_TRANSLATE_NOOP("SyncModels", "File"),
        QT_TRANSLATE_NOOP("SyncModels", "Result"),
        QT_TRANSLATE_NOOP("SyncModels", "What happened"),
    )

    def display(self, record: BundleResult, column: int) -> str:
        if column == self.COL_FILE:
            return record.path.replace("\\", "/").rsplit("/", 1)[-1]
        if column == self.COL_RESULT:
            return status_label(STATUS_LABELS, record.status)
        return record.message

    def status_of(self, record: BundleResult) -> str:
        return record.status

    def tooltip(self, record: BundleResult, column: int) -> str:
        lines = [record.path, record.message, *record.gaps]
        return "\n".join(line for line in lines if line)


class PeersModel(RecordsModel):
    """The devices this store knows, with their key fingerprints (``PeerRecord``)."""

    COL_NAME, COL_ROLE, COL_FINGERPRINT, COL_STATUS, COL_FIRST_SEEN, COL_WAITING = range(6)
    headers = (
        QT_TRANSLATE_NOOP("SyncModels", "Device"),
        QT_TRANSLATE_NOOP("SyncModels", "Role"),
        QT_TRANSLATE_NOOP("SyncModels", "Key fingerprint"),
        QT_TRANSLATE_NOOP("SyncModels", "Status"),
        QT_TRANSLATE_NOOP("SyncModels", "First seen"),
        QT_TRANSLATE_NOOP("SyncModels", "Bundles waiting"),
    )

    def display(self, record: PeerRecord, column: int) -> str:
        values = (
            record.name,
            status_label(ROLE_LABELS, record.role),
            record.fingerprint,
            status_label(PEER_STATUS_LABELS, record.status),
            format_datetime(record.first_seen),
            format_count(record.quarantined_bundles),
        )
        return values[column]

    def sort_value(self, record: PeerRecord, column: int) -> Any:
        if column == self.COL_FIRST_SEEN:
            return stamp_value(record.first_seen)
        if column == self.COL_WAITING:
            return record.quarantined_bundles
        return self.display(record, column)

    def status_of(self, record: PeerRecord) -> str:
        return record.status

    def tooltip(self, record: PeerRecord, column: int) -> str:
        return tr("Device id: %1").replace("%1", record.device_id)


class VectorModel(RecordsModel):
    """Per device, the changes this store holds: up to where without a gap, the highest, what is missing."""

    COL_DEVICE, COL_CONTIGUOUS, COL_MAX_SEEN, COL_MISSING = range(4)
    headers = (
        QT_TRANSLATE_NOOP("SyncModels", "Device"),
        QT_TRANSLATE_NOOP("SyncModels", "Complete up to"),
        QT_TRANSLATE_NOOP("SyncModels", "Highest received"),
        QT_TRANSLATE_NOOP("SyncModels", "Missing changes"),
    )

    def display(self, record: OriginRow, column: int) -> str:
        if column == self.COL_DEVICE:
            return record.label
        if column == self.COL_CONTIGUOUS:
            return format_count(record.contiguous)
        if column == self.COL_MAX_SEEN:
            return format_count(record.max_seen)
        return ", ".join(format_count(a) if a == b else f"{format_count(a)}–{format_count(b)}" for a, b in record.gaps)

    def sort_value(self, record: OriginRow, column: int) -> Any:
        if column == self.COL_CONTIGUOUS:
            return record.contiguous
        if column == self.COL_MAX_SEEN:
            return record.max_seen
        if column == self.COL_MISSING:
            return sum(b - a + 1 for a, b in record.gaps)
        return self.display(record, column)

    def status_of(self, record: OriginRow) -> str | None:
        return "quarantined" if record.gaps else None

    def tooltip(self, record: OriginRow, column: int) -> str:
        return "\n".join([tr("Device id: %1").replace("%1", record.origin), *gap_text(record)])


class HistoryModel(RecordsModel):
    """Every bundle written or read (``SyncBundleRecord``), newest first."""

    COL_WHEN, COL_DIRECTION, COL_DEVICE, COL_STATUS, COL_CHANGES, COL_MESSAGE = range(6)
    icon_column = COL_STATUS
    headers = (
        QT_TRANSLATE_NOOP("SyncModels", "When"),
        QT_TRANSLATE_NOOP("SyncModels", "Direction"),
        QT_TRANSLATE_NOOP("SyncModels", "From device"),
        QT_TRANSLATE_NOOP("SyncModels", "Status"),
        QT_TRANSLATE_NOOP("SyncModels", "Changes"),
        QT_TRANSLATE_NOOP("SyncModels", "Message"),
    )

    def display(self, record: SyncBundleRecord, column: int) -> str:
        if column == self.COL_WHEN:
            return format_datetime(record.handled_at)
        if column == self.COL_DIRECTION:
            return status_label(DIRECTION_LABELS, record.direction)
        if column == self.COL_DEVICE:
            return record.sender_name
        if column == self.COL_STATUS:
            return status_label(STATUS_LABELS, record.status)
        if column == self.COL_CHANGES:
            if record.status in ("imported", "known") and record.applied != record.changes:
                new = tr("%1 of %2 new").replace("%1", format_count(record.applied))
                return new.replace("%2", format_count(record.changes))
            return format_count(record.changes)
        return record.message

    def sort_value(self, record: SyncBundleRecord, column: int) -> Any:
        if column == self.COL_WHEN:
            return stamp_value(record.handled_at)
        if column == self.COL_CHANGES:
            return record.changes
        return self.display(record, column)

    def status_of(self, record: SyncBundleRecord) -> str:
        return record.status

    def tooltip(self, record: SyncBundleRecord, column: int) -> str:
        return "\n".join(
            x
            for x in (
                format_datetime(record.handled_at, seconds=True),
                record.message,
                tr("Bundle %1").replace("%1", record.bundle_id),
            )
            if x
        )


def make_table(
    model: RecordsModel,
    parent: QWidget,
    stretch: tuple[int, ...] = (),
    sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
) -> tuple[QTableView, AzSortFilterProxy]:
    """A sortable, read-only table view over ``model`` through a proxy; returns (view, proxy).

    The ``stretch`` columns share the width the others leave; ``sort`` is the initial order. The
    proxy's ``set_search`` filters by typed text; Qt's own filter is left for status tokens.
    """
    proxy = AzSortFilterProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setFilterKeyColumn(-1)
    view = list_table(parent, proxy, stretch)
    view.sortByColumn(*sort)
    return view, proxy
