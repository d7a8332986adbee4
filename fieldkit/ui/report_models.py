"""Qt models of the Reports screen: the list of indicators and the table of the chosen breakdown.

The report services (``fieldkit.services.reports``) write their labels in English, for the donor
exports. The screen shows them in the UI language: every fixed label the services use (titles,
column headings, kinds, pillars, sexes, location types, the total row) is listed here with
``QT_TRANSLATE_NOOP`` under the ``ReportLabels`` context, and ``report_text`` looks a label up there
(names of places, agencies and materials come from the store in the UI language already and pass
through). Counts are shown with the locale's digit grouping; a suppressed count stays as the service
gives it: ``<5`` (a count from 1 to 4) or ``x`` (hidden so that a ``<5`` cannot be worked out).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from fieldkit.services.report_tables import HIDDEN, SUPPRESSED, TOTAL, Indicator, Table, Value, is_hidden
from fieldkit.ui.events_table import AGE_BAND_LABELS
from fieldkit.ui.formats import format_count

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole

CONTEXT = "ReportLabels"
ValueRole = _Role.UserRole + 1  # the value as the service gave it (int, "<5", "x", text or None)
KeyRole = _Role.UserRole + 2  # an indicator's key
HIDDEN_COLOUR = QColor("#8a5a00")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")

# The fixed labels of the report services, so that lupdate offers them to translators.
LABELS = (
    # indicators and their headline figures
    QT_TRANSLATE_NOOP("ReportLabels", "Events held"),
    QT_TRANSLATE_NOOP("ReportLabels", "People trained in the prevention of human trafficking"),
    QT_TRANSLATE_NOOP("ReportLabels", "People trained"),
    QT_TRANSLATE_NOOP("ReportLabels", "First responders trained on victim identification"),
    QT_TRANSLATE_NOOP("ReportLabels", "First responders trained"),
    QT_TRANSLATE_NOOP("ReportLabels", "Participants by agency and age band"),
    QT_TRANSLATE_NOOP("ReportLabels", "Participants"),
    QT_TRANSLATE_NOOP("ReportLabels", "People reached directly and indirectly"),
    QT_TRANSLATE_NOOP("ReportLabels", "Reached directly (people)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Reached indirectly (items handed out)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Materials distributed"),
    QT_TRANSLATE_NOOP("ReportLabels", "Items handed out"),
    QT_TRANSLATE_NOOP("ReportLabels", "Stock on hand"),
    QT_TRANSLATE_NOOP("ReportLabels", "Items in stock"),
    QT_TRANSLATE_NOOP("ReportLabels", "Print runs"),
    QT_TRANSLATE_NOOP("ReportLabels", "Copies printed"),
    QT_TRANSLATE_NOOP("ReportLabels", "Pre/post awareness scores"),
    # breakdowns
    QT_TRANSLATE_NOOP("ReportLabels", "By kind"),
    QT_TRANSLATE_NOOP("ReportLabels", "By pillar (4P)"),
    QT_TRANSLATE_NOOP("ReportLabels", "By economic region"),
    QT_TRANSLATE_NOOP("ReportLabels", "By month"),
    QT_TRANSLATE_NOOP("ReportLabels", "By month, kind, pillar and economic region"),
    QT_TRANSLATE_NOOP("ReportLabels", "By sex"),
    QT_TRANSLATE_NOOP("ReportLabels", "By agency and sex"),
    QT_TRANSLATE_NOOP("ReportLabels", "By agency and age band"),
    QT_TRANSLATE_NOOP("ReportLabels", "Direct and indirect reach"),
    QT_TRANSLATE_NOOP("ReportLabels", "By material"),
    QT_TRANSLATE_NOOP("ReportLabels", "By location type"),
    QT_TRANSLATE_NOOP("ReportLabels", "By material, location type and economic region, per month"),
    QT_TRANSLATE_NOOP("ReportLabels", "By material and place"),
    QT_TRANSLATE_NOOP("ReportLabels", "Scores by event and sex"),
    # column headings
    QT_TRANSLATE_NOOP("ReportLabels", "Kind"),
    QT_TRANSLATE_NOOP("ReportLabels", "Events"),
    QT_TRANSLATE_NOOP("ReportLabels", "Pillar"),
    QT_TRANSLATE_NOOP("ReportLabels", "Economic region"),
    QT_TRANSLATE_NOOP("ReportLabels", "Month"),
    QT_TRANSLATE_NOOP("ReportLabels", "Counted as"),
    QT_TRANSLATE_NOOP("ReportLabels", "Agency"),
    QT_TRANSLATE_NOOP("ReportLabels", "Reach"),
    QT_TRANSLATE_NOOP("ReportLabels", "Count"),
    QT_TRANSLATE_NOOP("ReportLabels", "Event"),
    QT_TRANSLATE_NOOP("ReportLabels", "Sex"),
    QT_TRANSLATE_NOOP("ReportLabels", "Pre-test % aware"),
    QT_TRANSLATE_NOOP("ReportLabels", "Post-test % aware"),
    QT_TRANSLATE_NOOP("ReportLabels", "Material"),
    QT_TRANSLATE_NOOP("ReportLabels", "Title"),
    QT_TRANSLATE_NOOP("ReportLabels", "Items"),
    QT_TRANSLATE_NOOP("ReportLabels", "Location type"),
    QT_TRANSLATE_NOOP("ReportLabels", "Places with stock"),
    QT_TRANSLATE_NOOP("ReportLabels", "On hand"),
    QT_TRANSLATE_NOOP("ReportLabels", "Place"),
    QT_TRANSLATE_NOOP("ReportLabels", "Runs"),
    QT_TRANSLATE_NOOP("ReportLabels", "Copies"),
    QT_TRANSLATE_NOOP("ReportLabels", "Total"),
    # row labels
    QT_TRANSLATE_NOOP("ReportLabels", "Named participants (each counted once)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Headcounts (no names; cannot be de-duplicated)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Directly: people at held events"),
    QT_TRANSLATE_NOOP("ReportLabels", "Indirectly: materials handed out (items)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Round-table"),
    QT_TRANSLATE_NOOP("ReportLabels", "Workshop"),
    QT_TRANSLATE_NOOP("ReportLabels", "Training"),
    QT_TRANSLATE_NOOP("ReportLabels", "Awareness session"),
    QT_TRANSLATE_NOOP("ReportLabels", "Campaign activity"),
    QT_TRANSLATE_NOOP("ReportLabels", "Screening"),
    QT_TRANSLATE_NOOP("ReportLabels", "Other"),
    QT_TRANSLATE_NOOP("ReportLabels", "Prevention"),
    QT_TRANSLATE_NOOP("ReportLabels", "Protection"),
    QT_TRANSLATE_NOOP("ReportLabels", "Prosecution"),
    QT_TRANSLATE_NOOP("ReportLabels", "Partnership"),
    QT_TRANSLATE_NOOP("ReportLabels", "(no pillar)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Female"),
    QT_TRANSLATE_NOOP("ReportLabels", "Male"),
    QT_TRANSLATE_NOOP("ReportLabels", "Undisclosed"),
    QT_TRANSLATE_NOOP("ReportLabels", "District"),
    QT_TRANSLATE_NOOP("ReportLabels", "Border crossing"),
    QT_TRANSLATE_NOOP("ReportLabels", "Airport"),
    QT_TRANSLATE_NOOP("ReportLabels", "Metro station"),
    QT_TRANSLATE_NOOP("ReportLabels", "School"),
    QT_TRANSLATE_NOOP("ReportLabels", "Office"),
    QT_TRANSLATE_NOOP("ReportLabels", "Venue"),
    QT_TRANSLATE_NOOP("ReportLabels", "(unknown)"),
    QT_TRANSLATE_NOOP("ReportLabels", "(no economic region)"),
    QT_TRANSLATE_NOOP("ReportLabels", "(no agency)"),
    QT_TRANSLATE_NOOP("ReportLabels", "(none)"),
    QT_TRANSLATE_NOOP("ReportLabels", "(unknown place)"),
    # notes
    QT_TRANSLATE_NOOP("ReportLabels", "Headcounts carry no agency, so they are left out under an agency filter."),
    QT_TRANSLATE_NOOP(
        "ReportLabels", "Not recorded yet: Field Kit has no place to record test scores, so there is nothing to report."
    ),
)
FILTER_NAMES = {
    "agency": QT_TRANSLATE_NOOP("ReportLabels", "agency"),
    "material": QT_TRANSLATE_NOOP("ReportLabels", "material"),
    "event kind": QT_TRANSLATE_NOOP("ReportLabels", "event kind"),
    "pillar": QT_TRANSLATE_NOOP("ReportLabels", "pillar"),
    "start of the period": QT_TRANSLATE_NOOP("ReportLabels", "start of the period"),
    "location type": QT_TRANSLATE_NOOP("ReportLabels", "location type"),
}
_NOT_APPLIED = "Filters not applied to this indicator: "


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def report_text(text: str) -> str:
    """A service label in the UI language; an age band as the check-in form names it; a month
    (``2026-03``) as the locale writes it; anything else (names) as it is."""
    if text in AGE_BAND_LABELS:
        return QCoreApplication.translate("Labels", str(AGE_BAND_LABELS[text]))
    month = _MONTH.match(text)
    if month:
        return month_text(int(month[1]), int(month[2]))
    return tr(text)


def month_text(year: int, month: int) -> str:
    if not 1 <= month <= 12:
        return f"{year}-{month:02d}"
    return QLocale().toString(QDate(year, month, 1), "MMM yyyy")


def note_text(note: str) -> str:
    """An indicator's note in the UI language where it is a fixed one (or lists unused filters)."""
    if note.startswith(_NOT_APPLIED) and note.endswith("."):
        names = [tr(str(FILTER_NAMES.get(n, n))) for n in note[len(_NOT_APPLIED) : -1].split(", ")]
        return tr("Filters not applied to this indicator: %1.").replace("%1", tr(", ").join(names))
    return tr(note)


def indicator_title(ind: Indicator) -> str:
    return tr(ind.title)


def cell_text(value: Value) -> str:
    """A cell as shown: a count grouped as the locale does, ``<5`` and ``x`` as they are, a label
    translated."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_count(value)
    if is_hidden(value):
        return str(value)
    return report_text(str(value))


def hidden_tooltip(value: Value) -> str | None:
    if value == SUPPRESSED:
        return tr("A count from 1 to 4, not shown so that no one can be picked out")
    if value == HIDDEN:
        return tr("Not shown, so that a count under 5 cannot be worked out from the totals")
    return None


def has_hidden(table: Table | None) -> bool:
    return table is not None and any(is_hidden(v) for row in table.rows for v in row)


class IndicatorsModel(QAbstractListModel):
    """The indicators of a report, in the order the services give them; code under the title."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._indicators: list[Indicator] = []

    def set_indicators(self, indicators: Sequence[Indicator]) -> None:
        self.beginResetModel()
        self._indicators = list(indicators)
        self.endResetModel()

    def indicator(self, row: int) -> Indicator:
        return self._indicators[row]

    def indicators(self) -> list[Indicator]:
        return list(self._indicators)

    def row_of(self, key: str | None) -> int | None:
        return next((n for n, ind in enumerate(self._indicators) if ind.key == key), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._indicators)

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._indicators) or index.column() != 0:
            return None
        ind = self._indicators[index.row()]
        if role == _Role.DisplayRole:
            return f"{indicator_title(ind)}\n{ind.code}" if ind.code else indicator_title(ind)
        if role == _Role.ToolTipRole:
            return tr(ind.definition)
        if role == KeyRole:
            return ind.key
        return None

    def retranslate(self) -> None:
        if self._indicators:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._indicators) - 1, 0))


class ReportTableModel(QAbstractTableModel):
    """One breakdown of an indicator: its label columns, then its counts, as the service gave them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> Table | None:
        return self._table

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._table is None else len(self._table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole) -> Any:
        table = self._table
        if table is not None and orientation == Qt.Orientation.Horizontal and 0 <= section < len(table.columns):
            if role == _Role.DisplayRole:
                return report_text(table.columns[section])
            if role == _Role.TextAlignmentRole and section >= table.labels:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        table = self._table
        if table is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(table.rows) and 0 <= column < len(table.columns)):
            return None
        values = table.rows[row]
        value = values[column] if column < len(values) else None
        if role == _Role.DisplayRole:
            return cell_text(value)
        if role == ValueRole:
            return value
        if role == _Role.TextAlignmentRole and column >= table.labels:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _Role.FontRole and values and values[0] == TOTAL:
            return self._bold
        if role == _Role.ForegroundRole and is_hidden(value):
            return HIDDEN_COLOUR
        if role == _Role.ToolTipRole:
            return hidden_tooltip(value)
        return None

    def retranslate(self) -> None:
        if self._table is not None and self._table.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._table.columns) - 1)
            if self._table.rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._table.rows) - 1, len(self._table.columns) - 1)
                )
