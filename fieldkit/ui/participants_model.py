"""Qt models for the People screen: the lazily fetched participants table and a person's events.

Why the participants table sorts and filters in SQL, not in a QSortFilterProxyModel: a store may
hold 100,000 people. A proxy can only sort and filter the rows its source has loaded, so over a lazy
source it would sort the first page alone; and loading all 100,000 rows first takes about a quarter
of a second, after which each proxy pass takes 0.3 to 0.7 s per keystroke, because every row's name
is fetched through Python (the floor measured by ``bench/bench_people.py``). Instead
``ParticipantsModel`` holds one query (typed name, region, sex, age band, sort column) and shows it
page by page: ``fetchMore`` asks ``services.participants.list_participants_page`` for the rows after
the last one shown (keyset paging, so page 200 costs what page 1 costs), and a new filter or sort
resets the model to the new query. The first page is 100 rows (a few screens, read in about a
millisecond), later ones 500. The name test runs in SQLite behind a native LIKE prefilter, and names
sort by ``az_key`` (the Azerbaijani alphabet, compared natively). Out of the box the newest people
come first: that walks the primary key index and stops after one page, so the screen paints about as
soon as a bare table does. Sorting 100,000 people by a column takes about 0.1 s, a typed name about
0.03 s (0.5 s when typed on an English keyboard, which folds loosely in Python for every name), so a
new query's first page is read on a worker thread: the screen never freezes while someone types.

The small list of a person's events is an ordinary model sorted through ``AzSortFilterProxy``.
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
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from fieldkit.services.participants import (
    PAGE_SIZE,
    AttendedEvent,
    PageCursor,
    ParticipantPage,
    ParticipantQuery,
    ParticipantRow,
    list_participants_page,
)
from fieldkit.ui.formats import format_date
from fieldkit.ui.labels import label
from fieldkit.ui.sorting import AzSortFilterProxy
from fieldkit.ui.tasks import TaskRunner

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
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
# The first page of a query is a few screens (so the table paints at once); the rest come 500 at a time.
FIRST_PAGE = 100


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ParticipantsModel(QAbstractTableModel):
    """One participants query, shown page by page. ``set_query`` swaps the query (a model reset).

    With ``background`` on, a new query's first page is read on a worker thread: the table keeps
    showing the previous rows until it arrives (``searching`` is emitted when it starts), typing
    never waits for SQLite, and of several queries asked for meanwhile only the last is run.
    Later pages (``fetchMore``) and ``reload`` read in place.
    """

    #: rows now loaded, and whether more can be fetched
    loaded = Signal(int, bool)
    #: a new query's first page is being read in the background
    searching = Signal()
    #: the table now shows the query asked for last
    query_applied = Signal()
    #: reading a query failed; the message says why
    query_failed = Signal(str)

    def __init__(
        self,
        store: Store | None,
        lang: str = "az",
        page_size: int = PAGE_SIZE,
        first_page: int = FIRST_PAGE,
        parent: QObject | None = None,
        *,
        background: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store = store  # None until the store is open: the model stays empty
        self.lang = lang
        self.page_size = page_size
        self.first_page = min(first_page, page_size)
        self.background = background
        self._query = ParticipantQuery()
        self._requested = self._query  # the last query asked for (shown, being read, or waiting)
        self._waiting: ParticipantQuery | None = None  # asked for while another was being read
        self._reading: ParticipantQuery | None = None  # being read on the worker thread
        self._runner = TaskRunner(self)
        self._rows: list[ParticipantRow] = []
        self._shown: dict[int, tuple[str | int, ...]] = {}  # row -> its texts, made when first painted
        self._after: PageCursor | None = None
        self._started = True  # the first page of the query has been read (nothing to read yet)
        self._warning: QIcon | None = None
        self._headers: list[str] | None = None

    # -- the query -------------------------------------------------------------------------------
    @property
    def query(self) -> ParticipantQuery:
        """The query the rows show."""
        return self._query

    @property
    def requested_query(self) -> ParticipantQuery:
        """The query asked for last (the rows may still show an earlier one)."""
        return self._requested

    @property
    def busy(self) -> bool:
        return self._reading is not None

    @property
    def has_more(self) -> bool:
        return self.store is not None and (not self._started or self._after is not None)

    def set_query(self, query: ParticipantQuery) -> None:
        """Show ``query`` from its first page (at once, or when the worker has read it)."""
        self._requested = query
        if not self.background or self.store is None:
            self._waiting = None
            self._show_first_page(query, self._first_page_of(query))
            return
        self._waiting = query
        if self._reading is None:
            self._read_waiting()

    def _first_page_of(self, query: ParticipantQuery) -> ParticipantPage | None:
        if self.store is None:
            return None
        return list_participants_page(self.store, query, None, self.first_page, self.lang)

    def _read_waiting(self) -> None:
        query, self._waiting = self._waiting, None
        if query is None or self.store is None:
            return
        store, size, lang = self.store, self.first_page, self.lang
        self._reading = query
        self.searching.emit()
        task = self._runner.start(lambda _context: list_participants_page(store, query, None, size, lang))
        task.signals.succeeded.connect(self._read_done)
        task.signals.failed.connect(self._read_failed)
        self._runner.launch(task)

    def _read_done(self, page: ParticipantPage) -> None:
        query, self._reading = self._reading, None
        if self._waiting is not None:  # typing went on: this page is already out of date
            self._read_waiting()
        elif query is not None:
            self._show_first_page(query, page)

    def _read_failed(self, message: str) -> None:
        self._reading = None
        if self._waiting is not None:
            self._read_waiting()
        else:
            self._requested = self._query
            self.query_failed.emit(message)

    def _show_first_page(self, query: ParticipantQuery, page: ParticipantPage | None) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = list(page.rows) if page is not None else []
        self._shown = {}
        self._after = page.after if page is not None else None
        self._started = True
        self.endResetModel()
        self.loaded.emit(len(self._rows), self.has_more)
        self.query_applied.emit()

    def reload(self) -> None:
        """Read the shown query again, as far as it had been scrolled (at least one page)."""
        shown = max(len(self._rows), 1)
        self.beginResetModel()
        self._rows = []
        self._shown = {}
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
        size = self.page_size if self._rows else self.first_page
        page = list_participants_page(self.store, self._query, self._after, size, self.lang)
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
        if (sort, descending) != (self._requested.sort, self._requested.descending):
            self.set_query(replace(self._requested, sort=sort, descending=descending))

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
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if self._headers is None:
                self._headers = [_tr("ParticipantsModel", text) for text in _HEADERS]
            return self._headers[section]
        if role == _TOOLTIP and orientation == Qt.Orientation.Horizontal and section == COL_EVENTS:
            return _tr("ParticipantsModel", "Events attended")
        return None

    def relabel(self) -> None:
        """Translate the headings and the shown labels again (after a language switch)."""
        self._headers = None
        self._shown = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for seven roles of every visible cell on each paint: plain ints and a per-row
        # cache of the shown texts keep this cheap.
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        if role == _DISPLAY:
            shown = self._shown.get(row)
            if shown is None:
                shown = self._shown[row] = self._display(self._rows[row])
            return shown[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == COL_EVENTS else None
        person = self._rows[row]
        if role >= _USER:
            if role == ParticipantIdRole:
                return person.id
            if role == ConsentRole:
                return person.consent_date is not None
            if role == RowRole:
                return person
            return None
        if person.consent_date is not None:
            return None
        # No consent: the row is flagged, and the contacts are withheld.
        if role == _TOOLTIP:
            return _tr(
                "ParticipantsModel",
                "No consent recorded. Names and contacts are kept only with the person's consent: record "
                "their consent, or delete them and count them in the event's headcount instead.",
            )
        column = index.column()
        if role == _FOREGROUND and column in (COL_NAME, COL_CONSENT):
            return QBrush(NO_CONSENT_COLOUR)
        if role == _DECORATION and column == COL_CONSENT:
            return self._warning_icon()
        return None

    @staticmethod
    def _display(person: ParticipantRow) -> tuple[str | int, ...]:
        consented = person.consent_date is not None
        return (
            person.name,
            label(SEX_LABELS, person.sex),
            label(AGE_BAND_LABELS, person.age_band),
            person.agency,
            person.region,
            person.phone or ("" if consented else _tr("ParticipantsModel", "withheld")),
            format_date(person.consent_date) if person.consent_date else _tr("ParticipantsModel", "No consent"),
            person.events_attended,
        )

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
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

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
                return event.start_date if role == SortRole else format_date(event.start_date)
            if column == EV_LOCATION:
                return event.location
            return label(ATTENDANCE_ROLE_LABELS, event.role)
        return None


def attended_events_proxy(model: AttendedEventsModel, parent: QObject | None = None) -> AzSortFilterProxy:
    proxy = AzSortFilterProxy(parent)  # dates by date, titles and places in Azerbaijani order
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    return proxy
