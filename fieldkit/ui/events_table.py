"""The Qt models of the events screen: the list of events (a table model over event summaries and
the proxy that filters and sorts it), the people suggested at check-in, and an event's attendees.

The screen holds every live event (tens of thousands on a coordinator's laptop), so the model works
out each row's display text, sort keys and search keys once, when the rows arrive, and ``data()``
and the proxy only look them up. Sorting is done by the model on its own list (one Python sort
instead of a Python call per comparison); the proxy filters and hands sorting to the model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from fieldkit.text import az_fold, az_loose, az_sort_key, has_azerbaijani_letters
from fieldkit.ui.formats import format_count, format_date, format_date_range
from fieldkit.ui.labels import EVENT_KIND_LABELS, EVENT_STATUS_LABELS, label

if TYPE_CHECKING:  # the services import SQLAlchemy, which the window loads only after its first frame
    from fieldkit.services.attendance import AttendeeRow
    from fieldkit.services.events import EventSummary
    from fieldkit.services.records import ParticipantRecord

# Vocabulary labels that fieldkit.ui.labels does not have yet (same "Labels" context, so a move there
# later keeps the translations).
PILLAR_LABELS: dict[str, Any] = {
    "prevention": QT_TRANSLATE_NOOP("Labels", "Prevention"),
    "protection": QT_TRANSLATE_NOOP("Labels", "Protection"),
    "prosecution": QT_TRANSLATE_NOOP("Labels", "Prosecution"),
    "partnership": QT_TRANSLATE_NOOP("Labels", "Partnership"),
}
SEX_LABELS: dict[str, Any] = {
    "female": QT_TRANSLATE_NOOP("Labels", "Female"),
    "male": QT_TRANSLATE_NOOP("Labels", "Male"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "undisclosed": QT_TRANSLATE_NOOP("Labels", "Not said"),
}
AGE_BAND_LABELS: dict[str, Any] = {
    "0-17": QT_TRANSLATE_NOOP("Labels", "Under 18"),
    "18-24": "18–24",
    "25-34": "25–34",
    "35-49": "35–49",
    "50+": "50+",
    "unknown": QT_TRANSLATE_NOOP("Labels", "Age not known"),
}
LANGUAGE_LABELS: dict[str, Any] = {
    "az": QT_TRANSLATE_NOOP("Labels", "Azerbaijani"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
}
ATTENDANCE_ROLE_LABELS: dict[str, Any] = {
    "participant": QT_TRANSLATE_NOOP("Labels", "Participant"),
    "facilitator": QT_TRANSLATE_NOOP("Labels", "Facilitator"),
    "speaker": QT_TRANSLATE_NOOP("Labels", "Speaker"),
    "organiser": QT_TRANSLATE_NOOP("Labels", "Organiser"),
}

COL_DATE, COL_TITLE, COL_KIND, COL_PILLAR, COL_PLACE, COL_REGION, COL_STATUS, COL_PEOPLE = range(8)
COLUMN_COUNT = 8
_HEADERS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("EventsTableModel", "Date"),
    QT_TRANSLATE_NOOP("EventsTableModel", "Title"),
    QT_TRANSLATE_NOOP("EventsTableModel", "Kind"),
    QT_TRANSLATE_NOOP("EventsTableModel", "Pillar"),
    QT_TRANSLATE_NOOP("EventsTableModel", "Place"),
    QT_TRANSLATE_NOOP("EventsTableModel", "Region"),
    QT_TRANSLATE_NOOP("EventsTableModel", "Status"),
    QT_TRANSLATE_NOOP("EventsTableModel", "People"),
)
EventIdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
ParticipantIdRole = Qt.ItemDataRole.UserRole + 11
PersonSortRole = Qt.ItemDataRole.UserRole + 12
COL_NAME, COL_SEX, COL_AGE, COL_ROLE = range(4)
_Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Line:
    """One event as shown. Its texts are worked out when the line is first shown or sorted on, its
    search keys when someone first searches: a refresh of tens of thousands of events does neither."""

    summary: EventSummary
    texts: tuple[str, ...] | None = None
    folded: str | None = None
    loose: str | None = None


class EventsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[_Line] = []
        self._row_of: dict[str, int] = {}
        self._places: dict[str, str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._labels: dict[tuple[int, str | None], str] = {}
        self._sort_keys: dict[str, tuple[tuple[int, int], ...]] = {}

    # -- loading --------------------------------------------------------------------------------
    def set_places(self, places: dict[str, str]) -> None:
        """Location id → the name to show (in the UI language); also used for region names."""
        self._places = dict(places)

    def set_events(self, summaries: list[EventSummary]) -> None:
        self.beginResetModel()
        self._labels.clear()
        self._lines = [_Line(s) for s in summaries]
        self._sort_lines()
        self.endResetModel()

    def relabel(self) -> None:
        """Work the texts out again, after the language changed."""
        self.set_events([line.summary for line in self._lines])

    def update_event(self, summary: EventSummary) -> None:
        """Replace one event's line in place (after a check-in or a headcount)."""
        row = self._row_of.get(summary.event.id)
        if row is None:
            return
        self._lines[row] = _Line(summary)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def _label(self, column: int, table: dict[str, Any], token: str | None) -> str:
        key = (column, token)
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = label(table, token)
        return text

    def _texts(self, line: _Line) -> tuple[str, ...]:
        if line.texts is None:
            line.texts = tuple(self._column_text(line, column) for column in range(COLUMN_COUNT))
        return line.texts

    def _column_text(self, line: _Line, column: int) -> str:
        if line.texts is not None:
            return line.texts[column]
        s = line.summary
        e = s.event
        if column == COL_DATE:
            return format_date(e.start_date)
        if column == COL_TITLE:
            return e.title
        if column == COL_KIND:
            return self._label(COL_KIND, EVENT_KIND_LABELS, e.kind)
        if column == COL_PILLAR:
            return self._label(COL_PILLAR, PILLAR_LABELS, e.pillar)
        if column == COL_PLACE:
            return self._places.get(e.location_id, "") if e.location_id else ""
        if column == COL_REGION:
            return self._places.get(s.region_id, "") if s.region_id else ""
        if column == COL_STATUS:
            return self._label(COL_STATUS, EVENT_STATUS_LABELS, e.status)
        return format_count(s.attendees + s.headcount)

    def _text_key(self, text: str) -> tuple[tuple[int, int], ...]:
        key = self._sort_keys.get(text)
        if key is None:
            key = self._sort_keys[text] = az_sort_key(text)
        return key

    def _key_function(self, column: int) -> Callable[[_Line], Any]:
        if column == COL_DATE:
            return lambda line: (line.summary.event.start_date, line.summary.event.end_date, line.summary.event.id)
        if column == COL_PEOPLE:
            return lambda line: (line.summary.attendees + line.summary.headcount, line.summary.event.id)
        return lambda line: (self._text_key(self._column_text(line, column)), line.summary.event.id)

    # -- sorting (the proxy forwards here) ------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._lines[i.row()].summary.event.id, i.column()) for i in before]
        self._sort_lines()
        self.changePersistentIndexList(before, [self.index(self._row_of[e], c) for e, c in kept])
        self.layoutChanged.emit()

    def _sort_lines(self) -> None:
        if self._sort is not None:
            column, order = self._sort
            reverse = order == Qt.SortOrder.DescendingOrder
            self._lines.sort(key=self._key_function(column), reverse=reverse)
        self._row_of = {line.summary.event.id: row for row, line in enumerate(self._lines)}

    # -- access ---------------------------------------------------------------------------------
    def summary_at(self, row: int) -> EventSummary:
        return self._lines[row].summary

    def search_keys(self, row: int) -> tuple[str, str]:
        """The title, place, region and audience folded strictly and loosely (see fieldkit.text)."""
        line = self._lines[row]
        if line.folded is None or line.loose is None:
            place, region = self._column_text(line, COL_PLACE), self._column_text(line, COL_REGION)
            searchable = " ".join((line.summary.event.title, place, region))
            searchable = f"{searchable} {line.summary.event.audience}"
            line.folded, line.loose = az_fold(searchable), az_loose(searchable)
        return line.folded, line.loose

    def row_of(self, event_id: str) -> int | None:
        return self._row_of.get(event_id)

    # -- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMN_COUNT:
            return QCoreApplication.translate("EventsTableModel", _HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(line)[column]
        if role == EventIdRole:
            return line.summary.event.id
        if role == SummaryRole:
            return line.summary
        if role == SortRole:
            if column == COL_PEOPLE:
                return line.summary.attendees + line.summary.headcount
            if column == COL_DATE:
                return line.summary.event.start_date
            return self._texts(line)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line.summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and line.summary.event.status == "cancelled":
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _tooltip(self, s: EventSummary, column: int) -> str | None:
        if column == COL_DATE and s.event.end_date != s.event.start_date:
            return format_date_range(s.event.start_date, s.event.end_date)
        if column == COL_PEOPLE:
            return (
                QCoreApplication.translate("EventsTableModel", "%1 checked in by name, %2 counted")
                .replace("%1", format_count(s.attendees))
                .replace("%2", format_count(s.headcount))
            )
        return None


@dataclass(frozen=True)
class EventFilter:
    """What the officer narrowed the list to; ``None`` or empty means any."""

    text: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    region_id: str | None = None
    kind: str | None = None
    pillar: str | None = None
    status: str | None = None


class EventsFilterProxy(QSortFilterProxyModel):
    """Filters by the officer's choices; sorting is forwarded to the source model (see above)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = EventFilter()
        self._strict = False
        self._needle = ""

    @property
    def current_filter(self) -> EventFilter:
        return self._filter

    def set_filter(self, new: EventFilter) -> None:
        if new == self._filter:
            return
        self.beginFilterChange()
        self._filter = new
        text = new.text.strip()
        self._strict = has_azerbaijani_letters(text)
        self._needle = az_fold(text) if self._strict else az_loose(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, EventsTableModel):
            source.sort(column, order)
        else:  # pragma: no cover - the proxy is only used over EventsTableModel
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, EventsTableModel) or source_parent.isValid():
            return True
        f = self._filter
        s = source.summary_at(source_row)
        e = s.event
        if f.kind and e.kind != f.kind:
            return False
        if f.pillar and e.pillar != f.pillar:
            return False
        if f.status and e.status != f.status:
            return False
        if f.region_id and s.region_id != f.region_id:
            return False
        if f.date_from and e.end_date < f.date_from:
            return False
        if f.date_to and e.start_date > f.date_to:
            return False
        if self._needle:
            folded, loose = source.search_keys(source_row)
            return self._needle in (folded if self._strict else loose)
        return True


# -- check-in -----------------------------------------------------------------------------------
def same_name(typed: str, name: str) -> bool:
    """Whether the typed text is this whole name, by the same rules as the search."""
    if has_azerbaijani_letters(typed):
        return az_fold(typed) == az_fold(name)
    return az_loose(typed) == az_loose(name)


class ParticipantSuggestions(QAbstractListModel):
    """People offered while typing: the name is what the completer puts in the field; the popup also
    shows sex, age band and agency, so two people with one name can be told apart."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[ParticipantRecord] = []
        self._agencies: dict[str, str] = {}

    def set_agencies(self, agencies: dict[str, str]) -> None:
        self._agencies = dict(agencies)

    def set_people(self, people: list[ParticipantRecord]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person_at(self, row: int) -> ParticipantRecord:
        return self._people[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return person.name
        if role == Qt.ItemDataRole.DisplayRole:
            details = [label(SEX_LABELS, person.sex), label(AGE_BAND_LABELS, person.age_band)]
            if person.agency_id and person.agency_id in self._agencies:
                details.append(self._agencies[person.agency_id])
            return f"{person.name} — {', '.join(d for d in details if d)}"
        if role == ParticipantIdRole:
            return person.id
        return None


class AttendeesModel(QAbstractTableModel):
    """Who is checked in to the event. ``PersonSortRole`` gives the name's place in Azerbaijani order."""

    _HEADERS: tuple[Any, ...] = (
        QT_TRANSLATE_NOOP("AttendeesModel", "Name"),
        QT_TRANSLATE_NOOP("AttendeesModel", "Sex"),
        QT_TRANSLATE_NOOP("AttendeesModel", "Age band"),
        QT_TRANSLATE_NOOP("AttendeesModel", "Role"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendeeRow] = []
        self._rank: list[int] = []

    def set_attendees(self, rows: list[AttendeeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        order = sorted(range(len(rows)), key=lambda i: (az_sort_key(rows[i].name), rows[i].participant_id))
        self._rank = [0] * len(rows)
        for rank, i in enumerate(order):
            self._rank[i] = rank
        self.endResetModel()

    def attendee_at(self, row: int) -> AttendeeRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return QCoreApplication.translate("AttendeesModel", self._HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, PersonSortRole):
            if role == PersonSortRole and column == COL_NAME:
                return self._rank[index.row()]
            texts = (
                row.name,
                label(SEX_LABELS, row.sex),
                label(AGE_BAND_LABELS, row.age_band),
                label(ATTENDANCE_ROLE_LABELS, row.role),
            )
            return texts[column]
        if role == ParticipantIdRole:
            return row.participant_id
        return None
