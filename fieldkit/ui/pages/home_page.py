"""The Home screen: a greeting, quick actions, today's and the next two weeks' events, the materials
running low where this laptop works, and the sync state.

Quick actions do not open anything themselves: they emit ``navigate_requested(page, action)`` and the
main window shows that page and starts the action. Page keys: "events", "people", "stock",
"leaflets", "sync", "settings". Actions: "new-event", "check-in", "new-person", "tally", "receive",
"print", "export", "import", "" (just show the page), "open-event:<event id>" (an event's row was
opened) and "material:<material id>" (a low-stock row was opened).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

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
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import home
from fieldkit.store.errors import KnownError
from fieldkit.ui.context import EVENTS, PEOPLE, REFERENCE, SETTINGS, STOCK, SYNC, AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_count, format_date, format_date_range, format_datetime
from fieldkit.ui.labels import EVENT_KIND_LABELS, EVENT_STATUS_LABELS, ROLE_LABELS, label
from fieldkit.ui.pages.base import Page
from fieldkit.ui.sorting import AzSortFilterProxy
from fieldkit.ui.widgets import list_table

_Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
EventIdRole = Qt.ItemDataRole.UserRole + 2
TodayRole = Qt.ItemDataRole.UserRole + 3
MaterialIdRole = Qt.ItemDataRole.UserRole + 4
LocationIdRole = Qt.ItemDataRole.UserRole + 5
LOW_COLOUR = QColor("#b00020")

# (page key, action, button text); the coordinator's sync action is importing, an officer's exporting
QUICK_ACTIONS: tuple[tuple[str, str, Any], ...] = (
    ("events", "new-event", QT_TRANSLATE_NOOP("HomePage", "&New event")),
    ("events", "check-in", QT_TRANSLATE_NOOP("HomePage", "&Check in participants")),
    ("stock", "tally", QT_TRANSLATE_NOOP("HomePage", "&Tally handouts")),
    ("stock", "receive", QT_TRANSLATE_NOOP("HomePage", "&Receive stock")),
    ("leaflets", "print", QT_TRANSLATE_NOOP("HomePage", "&Print leaflets")),
    ("people", "new-person", QT_TRANSLATE_NOOP("HomePage", "Add a p&erson")),
    ("sync", "export", QT_TRANSLATE_NOOP("HomePage", "E&xport for the coordinator")),
    ("sync", "import", QT_TRANSLATE_NOOP("HomePage", "&Import laptops' files")),
    ("settings", "", QT_TRANSLATE_NOOP("HomePage", "Setti&ngs")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HomePage", text)


class HomeEventsModel(QAbstractTableModel):
    """Events of today and the coming days; today's are bold."""

    COL_WHEN, COL_TITLE, COL_KIND, COL_PLACE, COL_STATUS = range(5)
    HEADERS: tuple[Any, ...] = (
        QT_TRANSLATE_NOOP("HomePage", "When"),
        QT_TRANSLATE_NOOP("HomePage", "Title"),
        QT_TRANSLATE_NOOP("HomePage", "Kind"),
        QT_TRANSLATE_NOOP("HomePage", "Place"),
        QT_TRANSLATE_NOOP("HomePage", "Status"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[home.HomeEvent] = []
        self.today = dt.date.today()

    def set_events(self, rows: list[home.HomeEvent], today: dt.date) -> None:
        self.beginResetModel()
        self._rows, self.today = list(rows), today
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None

    def _when(self, event: home.HomeEvent) -> str:
        if event.happening_on(self.today):
            if event.end_date > self.today:
                return _tr("Today (until %1)").replace("%1", format_date(event.end_date))
            return _tr("Today")
        if event.start_date == self.today + dt.timedelta(days=1):
            return _tr("Tomorrow")
        return format_date_range(event.start_date, event.end_date)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        column = index.column()
        if role == EventIdRole:
            return event.id
        if role == TodayRole:
            return event.happening_on(self.today)
        if role == SortRole:  # the date itself; the text columns as shown, in Azerbaijani order
            if column == self.COL_WHEN:
                return (event.start_date, event.end_date)
            return self.data(index) if 0 <= column < len(self.HEADERS) else None
        if role == Qt.ItemDataRole.FontRole and event.happening_on(self.today):
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_WHEN:
            return self._when(event)
        if column == self.COL_TITLE:
            return event.title
        if column == self.COL_KIND:
            return label(EVENT_KIND_LABELS, event.kind)
        if column == self.COL_PLACE:
            return event.location_name
        if column == self.COL_STATUS:
            return label(EVENT_STATUS_LABELS, event.status)
        return None


class LowStockModel(QAbstractTableModel):
    """Materials below the low-stock threshold at this laptop's locations; none left is red."""

    COL_MATERIAL, COL_LOCATION, COL_ON_HAND = range(3)
    HEADERS: tuple[Any, ...] = (
        QT_TRANSLATE_NOOP("HomePage", "Material"),
        QT_TRANSLATE_NOOP("HomePage", "Where"),
        QT_TRANSLATE_NOOP("HomePage", "On hand"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[home.LowStockItem] = []

    def set_items(self, rows: list[home.LowStockItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == MaterialIdRole:
            return item.material_id
        if role == LocationIdRole:
            return item.location_id
        if role == SortRole:
            values: tuple[Any, ...] = (item.material_code, item.location_name, item.on_hand)
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_ON_HAND and item.on_hand <= 0:
            return QBrush(LOW_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ON_HAND:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_MATERIAL:
            return item.material_title
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_MATERIAL:
            return f"{item.material_code} — {item.material_title}"
        if column == self.COL_LOCATION:
            return item.location_name
        if column == self.COL_ON_HAND:
            return format_count(item.on_hand)
        return None


def _table(parent: QWidget, model: QAbstractTableModel, stretch: int) -> tuple[QTableView, AzSortFilterProxy]:
    proxy = AzSortFilterProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    return list_table(parent, proxy, (stretch,)), proxy  # one line per row; the full text is in the tooltip


class HomePage(Page):
    topics = frozenset({EVENTS, PEOPLE, STOCK, SYNC, SETTINGS, REFERENCE})
    navigate_requested = Signal(str, str)  # page key, action (see the module docstring)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.overview: home.HomeOverview | None = None
        self.sync: home.SyncState | None = None
        self._sync_error = ""

        self.greeting = QLabel(self)
        self.greeting.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.subline = QLabel(self)
        self.subline.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)

        self.actions_box = QGroupBox(self)
        grid = QGridLayout(self.actions_box)
        self.action_buttons: dict[tuple[str, str], QPushButton] = {}
        cell = 0
        for page, action, _text in QUICK_ACTIONS:
            button = QPushButton(self.actions_box)
            button.clicked.connect(lambda _c=False, p=page, a=action: self.navigate_requested.emit(p, a))
            self.action_buttons[(page, action)] = button
            if action == "import":  # shares the export button's place: one of the two shows, by role
                cell -= 1
            grid.addWidget(button, cell // 4, cell % 4)
            cell += 1

        self.events_box = QGroupBox(self)
        self.events_model = HomeEventsModel(self)
        self.events_view, self.events_proxy = _table(self.events_box, self.events_model, HomeEventsModel.COL_TITLE)
        self.events_view.sortByColumn(HomeEventsModel.COL_WHEN, Qt.SortOrder.AscendingOrder)
        self.events_view.activated.connect(self._event_opened)
        self.events_empty = QLabel(self.events_box)
        self.events_empty.setWordWrap(True)
        events_layout = QVBoxLayout(self.events_box)
        events_layout.addWidget(self.events_view)
        events_layout.addWidget(self.events_empty)

        self.stock_box = QGroupBox(self)
        self.stock_model = LowStockModel(self)
        self.stock_view, self.stock_proxy = _table(self.stock_box, self.stock_model, LowStockModel.COL_MATERIAL)
        self.stock_view.sortByColumn(LowStockModel.COL_ON_HAND, Qt.SortOrder.AscendingOrder)
        self.stock_view.activated.connect(self._stock_opened)
        self.stock_empty = QLabel(self.stock_box)
        self.stock_empty.setWordWrap(True)
        stock_layout = QVBoxLayout(self.stock_box)
        stock_layout.addWidget(self.stock_view)
        stock_layout.addWidget(self.stock_empty)

        self.sync_box = QGroupBox(self)
        self.sync_label = QLabel(self.sync_box)
        self.sync_label.setWordWrap(True)
        self.sync_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_warning = QLabel(self.sync_box)
        self.sync_warning.setWordWrap(True)
        self.sync_warning.setStyleSheet("color: #8a5a00")
        self.sync_button = QPushButton(self.sync_box)
        self.sync_button.clicked.connect(lambda: self.navigate_requested.emit("sync", ""))
        sync_layout = QVBoxLayout(self.sync_box)
        sync_layout.addWidget(self.sync_label)
        sync_layout.addWidget(self.sync_warning)
        sync_layout.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignLeft)

        right = QVBoxLayout()
        right.addWidget(self.stock_box, 3)
        right.addWidget(self.sync_box, 0)
        middle = QHBoxLayout()
        middle.addWidget(self.events_box, 3)
        middle.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.subline)
        layout.addWidget(self.counts)
        layout.addWidget(self.actions_box)
        layout.addLayout(middle, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Home")

    # -- strings -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.actions_box.setTitle(self.tr("Quick actions"))
        for (page, action, text), button in zip(QUICK_ACTIONS, self.action_buttons.values(), strict=True):
            button.setText(_tr(text))
            button.setAccessibleName(f"{page}:{action}")
        self.events_box.setTitle(self.tr("Today and the next %1 days").replace("%1", str(home.UPCOMING_DAYS)))
        self.events_empty.setText(self.tr("No events planned for the next two weeks. Press New event to plan one."))
        self.stock_box.setTitle(self.tr("Stock running low"))
        self.sync_box.setTitle(self.tr("Sync"))
        self.sync_button.setText(self.tr("Open S&ync"))
        for model in (self.events_model, self.stock_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
        self._show_texts()

    def _show_texts(self) -> None:
        store = self.context.store
        device = store.device if store is not None else None
        role = device.role if device is not None else "officer"
        self.greeting.setText(self.tr("Hello, %1").replace("%1", device.name if device else ""))
        self.action_buttons[("sync", "export")].setVisible(role != "coordinator")
        self.action_buttons[("sync", "import")].setVisible(role == "coordinator")
        overview = self.overview
        if overview is None:
            self.subline.setText(label(ROLE_LABELS, role))
            self.counts.clear()
        else:
            where = overview.home_location_name or self.tr("not chosen yet (Settings)")
            self.subline.setText(
                self.tr("%1 · Home location: %2").replace("%1", label(ROLE_LABELS, role)).replace("%2", where)
            )
            c = overview.counts
            self.counts.setText(
                self.tr("This month: %1 event(s), %2 item(s) handed out · %3 people on record · %4 material(s)")
                .replace("%1", format_count(c.events_this_month))
                .replace("%2", format_count(c.handed_out_this_month))
                .replace("%3", format_count(c.participants))
                .replace("%4", format_count(c.materials))
            )  # fmt: skip
            self.stock_empty.setText(
                self.tr("Nothing below %1 at your locations.").replace("%1", format_count(overview.threshold))
            )
        self.events_empty.setVisible(self.events_model.rowCount() == 0)
        self.stock_empty.setVisible(self.stock_model.rowCount() == 0)
        self._show_sync()

    def _show_sync(self) -> None:
        state = self.sync
        if state is None:
            self.sync_label.setText(self._sync_error)
            self.sync_warning.clear()
            self.sync_warning.setVisible(False)
            return
        never = self.tr("never")
        lines = [
            self.tr("Changes waiting to be sent: %1").replace("%1", format_count(state.pending)),
            self.tr("Last export: %1").replace("%1", _when(state.last_export_at) or never),
            self.tr("Last import: %1").replace("%1", _when(state.last_import_at) or never),
        ]
        self.sync_label.setText("\n".join(lines))
        warnings = []
        if state.gaps:
            warnings.append(
                self.tr("%1 gap(s): a bundle is missing. Ask for it again.").replace(
                    "%1", format_count(len(state.gaps))
                )
            )
        if state.quarantined:
            warnings.append(
                self.tr("%1 file(s) wait until you approve their laptop.").replace(
                    "%1", format_count(state.quarantined)
                )
            )
        self.sync_warning.setText("\n".join(warnings))
        self.sync_warning.setToolTip("\n".join(state.gaps))
        self.sync_warning.setVisible(bool(warnings))

    # -- data --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.store
        if store is None or not store.initialised:
            return
        settings = self.context.settings
        try:
            self.overview = home.home_overview(
                store,
                home_location_id=settings.home_location_id,
                threshold=settings.low_stock_threshold,
                language=settings.language,
            )
        except KnownError as exc:
            self.overview = None
            self.subline.setText(error_text(exc))
            return
        self.events_model.set_events(list(self.overview.events), self.overview.today)
        self.stock_model.set_items(list(self.overview.low_stock))
        try:
            self.sync, self._sync_error = home.sync_state(store), ""
        except KnownError as exc:  # e.g. the store is busy in another window: the rest still shows
            self.sync, self._sync_error = None, error_text(exc)
        self._show_texts()

    def _event_opened(self, index: QModelIndex) -> None:
        event_id = index.data(EventIdRole)
        if event_id:
            self.navigate_requested.emit("events", f"open-event:{event_id}")

    def _stock_opened(self, index: QModelIndex) -> None:
        material_id = index.data(MaterialIdRole)
        if material_id:
            self.navigate_requested.emit("stock", f"material:{material_id}")


def _when(stamp: str | None) -> str:
    """A stored timestamp in the UI language, as recorded (this laptop's own clock)."""
    return format_datetime(stamp)
