"""Qt models for the People screen: the lazily fetched participants table and a person's events.

Why the participants table sorts and filters in SQL, not in a QSortFilterProxyModel: a store may
hold 100,000 people. A proxy can only sort and filter the rows its source has loaded, so a lazy
source would sort the first page alone; and loading everything up front costs about a quarter of a
second before anything is shown, after which one proxy pass over 100,000 rows takes about 0.7 s per
keystroke (the floor measured by ``bench/bench_people.py``), since every row's name is fetched
through Python. Instead ``ParticipantsModel`` holds one query (typed name, region, sex, age band,
sort column) and shows its rows page by page: ``fetchMore`` asks
``services.participants.list_participants_page`` for the next 500 rows after the last one shown
(keyset paging, so page 200 costs what page 1 costs), and a new filter or sort resets the model to
the new query. The name test runs in SQLite behind a native LIKE prefilter, and names sort by
``az_key`` (the Azerbaijani alphabet, compared natively). Out of the box the table shows the newest
people first, which walks the primary key index and stops after one page: that is what keeps the
first paint of the screen within a few milliseconds of a bare table's at 100,000 people.

The small list of a person's events is an ordinary model sorted through a QSortFilterProxyModel.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from fieldkit.services.participants import (
    PAGE_SIZE,
    AttendedEvent,
    PageCursor,
    ParticipantQuery,
    ParticipantRow,
    list_participants_page,
)
from fieldkit.ui.labels import label

if TYPE_CHECKING:
    from fieldkit.store.engine import Store

_Index = QModelIndex | QPersistentModelIndex

SEX_LABELS: dict[str, str] = cast(
    "dict[str, str]",
    {
        "female": QT_TRANSLATE_NOOP("Labels", "Female"),
        "male": QT_TRANSLATE_NOOP("Labels", "Male"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
        "undisclosed": QT_TRANSLATE_NOOP("Labels", "Not said"),
    },
)
AGE_BAND_LABELS: dict[str, str] = cast(
    "dict[str, str]",
    {
        "0-17": QT_TRANSLATE_NOOP("Labels", "Under 18"),
        "18-24": "18–24",
        "25-34": "25–34",
        "35-49": "35–49",
        "50+": "50+",
        "unknown": QT_TRANSLATE_NOOP("Labels", "Age not known"),
    },
)
ATTENDANCE_ROLE_LABELS: dict[str, str] = cast(
    "dict[str, str]",
    {
        "participant": QT_TRANSLATE_NOOP("Labels", "Participant"),
        "facilitator": QT_TRANSLATE_NOOP("Labels", "Facilitator"),
        "speaker": QT_TRANSLATE_NOOP("Labels", "Speaker"),
        "organiser": QT_TRANSLATE_NOOP("Labels", "Organiser"),
    },
)

COL_NAME, COL_SEX, COL_AGE, COL_AGENCY, COL_REGION, COL_PHONE, COL_CONSENT, COL_EVENTS = range(8)
COLUMN_COUNT = 8
_HEADERS: tuple[str, ...] = cast(
    "tuple[str, ...]",
    (
        QT_TRANSLATE_NOOP("ParticipantsModel", "Name"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Sex"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Age"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Agency"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Region"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Phone"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Consent"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Events"),
    ),
)
# The service's sort for each column; column -1 (no sort indicator) is "newest first".
SORT_FOR_COLUMN = ("name", "sex", "age_band", "agency", "region", "phone", "consent", "events")

ParticipantIdRole = Qt.ItemDataRole.UserRole + 1
ConsentRole = Qt.ItemDataRole.UserRole + 2  # bool: the person consented
RowRole = Qt.ItemDataRole.UserRole + 3  # the ParticipantRow
NO_CONSENT_COLOUR = QColor(176, 32, 32)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ParticipantsModel(QAbstractTableModel):
    """One participants query, shown page by page. ``set_query`` swaps the query (a model reset)."""

    #: rows now loaded, and whether more can be fetched
    loaded = Signal(int, bool)

    def __init__(
        self, store: Store | None, lang: str = "az", page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store  # None until the store is open: the model stays empty
        self.lang = lang
        self.page_size = page_size
        self._query = ParticipantQuery()
        self._rows: list[ParticipantRow] = []
        self._after: PageCursor | None = None
        self._started = True  # the first page of the query has been read (nothing to read yet)
        self._warning: QIcon | None = None

    # -- the query -------------------------------------------------------------------------------
    @property
    def query(self) -> ParticipantQuery:
        return self._query

    @property
    def has_more(self) -> bool:
        return self.store is not None and (not self._started or self._after is not None)

    def set_query(self, query: ParticipantQuery) -> None:
        """Show ``query`` from its first page."""
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._after = None
        self._started = False
        self._read_page()
        self.endResetModel()
        self.loaded.emit(len(self._rows), self.has_more)

    def reload(self) -> None:
        """Read the same query again, as far as it had been scrolled (at least one page)."""
        shown = max(len(self._rows), 1)
        self.beginResetModel()
        self._rows = []
        self._after = None
        self._started = False
        while self.has_more and len(self._rows) < shown:
            self._read_page()
        self.endResetModel()
        self.loaded.emit(len(self._rows), self.has_more)

    def set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self.reload()

    def _read_page(self) -> list[ParticipantRow]:
        if self.store is None:
            return []
        page = list_participants_page(self.store, self._query, self._after, self.page_size, self.lang)
        self._started = True
        self._after = page.after
        self._rows.extend(page.rows)
        return list(page.rows)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.has_more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.has_more or self.store is None:
            return
        page = list_participants_page(self.store, self._query, self._after, self.page_size, self.lang)
        self._started = True
        self._after = page.after
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.loaded.emit(len(self._rows), self.has_more)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new query: SQL orders all the matching people, not only the loaded ones."""
        if 0 <= column < COLUMN_COUNT:
            sort, descending = SORT_FOR_COLUMN[column], order == Qt.SortOrder.DescendingOrder
        else:
            sort, descending = "added", True
        if (sort, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=sort, descending=descending))

    # -- reading ---------------------------------------------------------------------------------
    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def row_of(self, participant_id: str) -> int | None:
        for n, person in enumerate(self._rows):
            if person.id == participant_id:
                return n
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr("ParticipantsModel", _HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_EVENTS:
            return _tr("ParticipantsModel", "Events attended")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == ParticipantIdRole:
            return person.id
        if role == ConsentRole:
            return person.has_consent
        if role == RowRole:
            return person
        if person.has_consent:
            if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_EVENTS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        # No consent: the row is flagged, and the contacts are withheld.
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(
                "ParticipantsModel",
                "No consent recorded. Names and contacts are kept only with the person's consent: record "
                "their consent, or delete them and count them in the event's headcount instead.",
            )
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_NAME, COL_CONSENT):
            return QBrush(NO_CONSENT_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_CONSENT:
            return self._warning_icon()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_EVENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, person: ParticipantRow, column: int) -> str | int:
        if column == COL_NAME:
            return person.name
        if column == COL_SEX:
            return label(SEX_LABELS, person.sex)
        if column == COL_AGE:
            return label(AGE_BAND_LABELS, person.age_band)
        if column == COL_AGENCY:
            return person.agency
        if column == COL_REGION:
            return person.region
        if column == COL_PHONE:
            return person.phone or ("" if person.has_consent else _tr("ParticipantsModel", "withheld"))
        if column == COL_CONSENT:
            if person.consent_date is None:
                return _tr("ParticipantsModel", "No consent")
            return person.consent_date.isoformat()
        return person.events_attended

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning


EV_TITLE, EV_DATE, EV_LOCATION, EV_ROLE = range(4)
_EVENT_HEADERS: tuple[str, ...] = cast(
    "tuple[str, ...]",
    (
        QT_TRANSLATE_NOOP("AttendedEventsModel", "Event"),
        QT_TRANSLATE_NOOP("AttendedEventsModel", "Date"),
        QT_TRANSLATE_NOOP("AttendedEventsModel", "Location"),
        QT_TRANSLATE_NOOP("AttendedEventsModel", "Role"),
    ),
)
EventIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class AttendedEventsModel(QAbstractTableModel):
    """The events one person attended (a short list, loaded whole)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendedEvent] = []

    def set_events(self, rows: list[AttendedEvent]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def event_at(self, row: int) -> AttendedEvent:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_EVENT_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(_EVENT_HEADERS)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr("AttendedEventsModel", _EVENT_HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        column = index.column()
        if role == EventIdRole:
            return event.event_id
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == EV_TITLE:
                return event.title
            if column == EV_DATE:
                return event.start_date.isoformat()
            if column == EV_LOCATION:
                return event.location
            return label(ATTENDANCE_ROLE_LABELS, event.role)
        return None


def attended_events_proxy(model: AttendedEventsModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
