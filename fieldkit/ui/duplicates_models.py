"""Table models of the duplicate-people review (``fieldkit.ui.duplicates_dialog``): the candidate
groups, and one group's records side by side with the choice of the record to keep and of the
records merged into it. The cells a merge would copy into the kept record are shaded, by the same
rule the merge applies (``services.duplicates.planned_fills``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from fieldkit.services.duplicates import DuplicateGroup, PersonSummary, planned_fills
from fieldkit.ui.labels import label
from fieldkit.ui.participants_model import AGE_BAND_LABELS, SEX_LABELS

_Index = QModelIndex | QPersistentModelIndex
CONTEXT = "DuplicatesDialog"
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_CHECK = int(Qt.ItemDataRole.CheckStateRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
GroupRole = Qt.ItemDataRole.UserRole + 1
_GROUP = int(GroupRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
SKIPPED_COLOUR = QColor("#8a8a8a")
FILL_COLOUR = QColor("#e3f2e1")  # a value the merge copies into the kept record

REASON_LABELS = cast(
    "dict[str, str]",
    {
        "same name": QT_TRANSLATE_NOOP("DuplicatesDialog", "same name"),
        "name order swapped": QT_TRANSLATE_NOOP("DuplicatesDialog", "name order swapped"),
        "name transliterated": QT_TRANSLATE_NOOP("DuplicatesDialog", "name transliterated"),
        "name partly the same": QT_TRANSLATE_NOOP("DuplicatesDialog", "name partly the same"),
        "same phone": QT_TRANSLATE_NOOP("DuplicatesDialog", "same phone"),
        "same e-mail": QT_TRANSLATE_NOOP("DuplicatesDialog", "same e-mail"),
        "same agency": QT_TRANSLATE_NOOP("DuplicatesDialog", "same agency"),
        "same position": QT_TRANSLATE_NOOP("DuplicatesDialog", "same position"),
        "same region": QT_TRANSLATE_NOOP("DuplicatesDialog", "same region"),
        "different sex": QT_TRANSLATE_NOOP("DuplicatesDialog", "different sex"),
        "different age band": QT_TRANSLATE_NOOP("DuplicatesDialog", "different age band"),
        "different phone": QT_TRANSLATE_NOOP("DuplicatesDialog", "different phone"),
    },
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reasons_text(reasons: Sequence[str]) -> str:
    return ", ".join(tr(REASON_LABELS[r]) if r in REASON_LABELS else r for r in reasons)


def _is_checked(value: Any) -> bool:
    state = value.value if isinstance(value, Qt.CheckState) else value
    return bool(state == Qt.CheckState.Checked.value)


class GroupsModel(QAbstractTableModel):
    """The candidate groups, best first: a name, how many records, the score and the reasons."""

    COL_NAME, COL_COUNT, COL_SCORE, COL_REASONS = range(4)
    HEADERS = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Name"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Records"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Score"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Why"),
        ),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[DuplicateGroup] = []
        self.skipped: set[str] = set()  # keep ids of the groups skipped

    def set_groups(self, groups: Sequence[DuplicateGroup]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.skipped = set()
        self.endResetModel()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.groups[row]
        self.endRemoveRows()

    def skip(self, row: int) -> None:
        self.skipped.add(self.groups[row].keep_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def relabel(self) -> None:
        """Every cell again, in the new language."""
        if self.groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.groups) - 1, len(self.HEADERS) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.groups):
            return None
        group, column = self.groups[index.row()], index.column()
        if role == _DISPLAY:
            if column == self.COL_NAME:
                return group.people[0].name
            if column == self.COL_COUNT:
                return len(group.people)
            if column == self.COL_SCORE:
                return group.score
            return reasons_text(group.reasons)
        if role == _TOOLTIP:
            names = " · ".join(p.name for p in group.people)
            skipped = f"\n{tr('Skipped')}" if group.keep_id in self.skipped else ""
            return f"{names}\n{reasons_text(group.reasons)}{skipped}"
        if role == _ALIGNMENT and column in (self.COL_COUNT, self.COL_SCORE):
            return _RIGHT
        if role == _FOREGROUND and group.keep_id in self.skipped:
            return QBrush(SKIPPED_COLOUR)
        if role == _GROUP:
            return group
        return None


class ComparisonModel(QAbstractTableModel):
    """One group side by side: a column per record, a row per detail. The first row chooses the
    record to keep (one), the second which of the others are merged into it (all, at first)."""

    (ROW_KEEP, ROW_MERGE, ROW_NAME, ROW_SEX, ROW_AGE, ROW_AGENCY, ROW_POSITION, ROW_PHONE, ROW_REGION,
     ROW_EVENTS, ROW_DEVICE) = range(11)  # fmt: skip
    ROWS = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Keep"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Merge into it"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Name"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Sex"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Age band"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Agency"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Position"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Phone"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Region"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Events attended"),
            QT_TRANSLATE_NOOP("DuplicatesDialog", "Registered on"),
        ),
    )
    # The rows showing a field the merge may fill, by the field's name in planned_fills.
    FILL_ROWS: ClassVar[dict[str, int]] = {
        "age_band": ROW_AGE,
        "agency_id": ROW_AGENCY,
        "position": ROW_POSITION,
        "phone": ROW_PHONE,
        "region_id": ROW_REGION,
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[PersonSummary] = []
        self.keep = 0
        self.merge: list[bool] = []
        self._fills: set[tuple[int, int]] = set()  # (row, column) cells the merge copies

    def set_group(self, group: DuplicateGroup | None) -> None:
        self.beginResetModel()
        self.people = list(group.people) if group is not None else []
        ids = [p.id for p in self.people]
        self.keep = ids.index(group.keep_id) if group is not None and group.keep_id in ids else 0
        self.merge = [True] * len(self.people)
        self._plan()
        self.endResetModel()

    def chosen(self) -> tuple[str, list[str]] | None:
        """The record to keep and the records to merge into it; None when nothing is to merge."""
        if not self.people:
            return None
        duplicates = [p.id for n, p in enumerate(self.people) if n != self.keep and self.merge[n]]
        return (self.people[self.keep].id, duplicates) if duplicates else None

    def _plan(self) -> None:
        """Which cells the merge would copy into the kept record (shaded, with a tooltip)."""
        self._fills = set()
        if not self.people:
            return
        others = [p for n, p in enumerate(self.people) if n != self.keep and self.merge[n]]
        column_of = {p.id: n for n, p in enumerate(self.people)}
        for field, source in planned_fills(self.people[self.keep], others).items():
            if field in self.FILL_ROWS:
                self._fills.add((self.FILL_ROWS[field], column_of[source]))

    def relabel(self) -> None:
        """Every cell again, in the new language."""
        if self.people:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ROWS) - 1, len(self.people) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.people else len(self.ROWS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            return tr(self.ROWS[section]) if 0 <= section < len(self.ROWS) else None
        return tr("Record %1").replace("%1", str(section + 1)) if 0 <= section < len(self.people) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        checkable = index.row() == self.ROW_KEEP or (index.row() == self.ROW_MERGE and index.column() != self.keep)
        return _FLAGS | Qt.ItemFlag.ItemIsUserCheckable if checkable else _FLAGS

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.people):
            return None
        row, column = index.row(), index.column()
        person, kept = self.people[column], column == self.keep
        if role == _CHECK:
            if row == self.ROW_KEEP:
                return Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked
            if row == self.ROW_MERGE and not kept:
                return Qt.CheckState.Checked if self.merge[column] else Qt.CheckState.Unchecked
            return None
        if role == _DISPLAY:
            return self._text(row, person, kept)
        if role == _BACKGROUND and (row, column) in self._fills:
            return QBrush(FILL_COLOUR)
        if role == _TOOLTIP:
            if (row, column) in self._fills:
                return tr("Copied to the kept record, which has none")
            if row == self.ROW_PHONE and not person.has_consent:
                return tr("No consent recorded: contacts are withheld")
        return None

    def _text(self, row: int, person: PersonSummary, kept: bool) -> str | int:
        if row == self.ROW_KEEP:
            return tr("Keep this record") if kept else ""
        if row == self.ROW_MERGE:
            return tr("kept") if kept else ""
        values: dict[int, str | int] = {
            self.ROW_NAME: person.name,
            self.ROW_SEX: label(SEX_LABELS, person.sex),
            self.ROW_AGE: label(AGE_BAND_LABELS, person.age_band),
            self.ROW_AGENCY: person.agency,
            self.ROW_POSITION: person.position,
            self.ROW_PHONE: (person.phone or "") if person.has_consent else tr("withheld"),
            self.ROW_REGION: person.region,
            self.ROW_EVENTS: person.events_attended,
            self.ROW_DEVICE: person.registered_on,
        }
        return values.get(row, "")

    def setData(self, index: _Index, value: Any, role: int = _CHECK) -> bool:
        if role != _CHECK or not index.isValid() or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        column = index.column()
        if index.row() == self.ROW_KEEP:
            if not _is_checked(value) or column == self.keep:
                return False  # one record is always kept: choose another instead of unticking
            self.merge[self.keep] = True  # the record kept so far is merged, unless unticked
            self.keep = column
        else:
            self.merge[column] = _is_checked(value)
        self._plan()
        self.relabel()
        return True
