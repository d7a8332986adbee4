"""The Events screen: every event, filtered by period, region, kind, pillar and status; the chosen
event's details, with fast check-in and the headcount; printing its sign-in sheet.

The list holds every live event in one model (see ``fieldkit.ui.events_table``); a check-in or a
headcount updates only its event's line. Changes this page announces are already on screen, so the
refresh they trigger here is skipped.

The filter row lives in ``fieldkit.ui.pages.events_filters`` and the detail pane (with check-in, the
headcount and the sign-in sheet) in ``fieldkit.ui.pages.event_detail``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.vocab import EVENT_STATUSES
from fieldkit.ui.context import EVENTS, PEOPLE, REFERENCE, AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.events_table import (
    COL_DATE,
    COL_KIND,
    COL_PEOPLE,
    COL_PILLAR,
    COL_PLACE,
    COL_REGION,
    COL_STATUS,
    COL_TITLE,
    EventFilter,
    EventIdRole,
    EventsFilterProxy,
    EventsTableModel,
)
from fieldkit.ui.formats import count_text, format_count, format_date
from fieldkit.ui.labels import EVENT_STATUS_LABELS, label
from fieldkit.ui.pages.base import Page
from fieldkit.ui.pages.event_detail import EventDetail
from fieldkit.ui.pages.events_filters import EventsFilterBar

if TYPE_CHECKING:
    from fieldkit.services.records import EventRecord
    from fieldkit.ui.event_editor import EventEditor


class EventsPage(Page):
    topics = frozenset({EVENTS, PEOPLE, REFERENCE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editor: EventEditor | None = None
        self._announcing = False
        self._places: dict[str, str] = {}
        self._regions: list[tuple[str, str]] = []
        self._build()
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_event)
        self.filter_bar = EventsFilterBar(self)
        self.filter_bar.changed.connect(self.apply_filter)
        self.filter_bar.clear_button.clicked.connect(self.clear_filters)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)

        self.model = EventsTableModel(self)
        self.proxy = EventsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        widths = {COL_DATE: 84, COL_KIND: 110, COL_PILLAR: 90, COL_PLACE: 110, COL_REGION: 110, COL_STATUS: 76}
        for column, width in {**widths, COL_PEOPLE: 50}.items():
            self.table.setColumnWidth(column, width)
        for column in (COL_PILLAR, COL_REGION):  # the header's context menu shows them
            self.table.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.start_check_in())

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.detail = EventDetail(self.context, self)
        self.detail.edit_requested.connect(self.edit_event)
        self.detail.held_requested.connect(self.mark_held)
        self.detail.attendance.changed.connect(self._people_changed)
        self.detail.headcount.changed.connect(self._people_changed)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)  # the list gets the larger share of a wider window
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 480])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)

        for keys, slot in (
            (QKeySequence.StandardKey.New, self.new_event),
            (QKeySequence.StandardKey.Find, self._focus_search),
            ("Ctrl+E", self.edit_event),
        ):
            QShortcut(QKeySequence(keys), self, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _column_menu(self, position: QPoint) -> None:
        """Show or hide columns: pillar and region are hidden at first to leave room on a small screen."""
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.setEnabled(column != COL_TITLE)
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    def handle_action(self, action: str) -> None:
        """A quick action from the Home screen: "new-event", "check-in" or "open-event:<id>"."""
        if action == "new-event":
            self.new_event()
        elif action == "check-in":
            self.start_check_in()
        elif action.startswith("open-event:"):
            self.select_event(action.split(":", 1)[1])

    @property
    def current(self) -> EventRecord | None:
        """The chosen event (the detail pane holds it), or None."""
        return self.detail.event_record

    def title(self) -> str:
        return self.tr("Events")

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search titles, places and audiences (Ctrl+F)"))
        self.new_button.setText(self.tr("&New event…"))
        self.new_button.setToolTip(self.tr("Plan or record an event (Ctrl+N)"))
        self.filter_bar.retranslate()
        self.detail.retranslate()
        keep = self.current.id if self.current is not None else None
        self.model.relabel()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._fit_columns()
        self.select_event(keep)
        self._show_count()

    def _fit_columns(self) -> None:
        """The short columns as wide as their heading and their longest word in this language."""
        metrics = self.table.fontMetrics()
        bold = self.table.horizontalHeader().fontMetrics()
        statuses = [label(EVENT_STATUS_LABELS, k) for k in EVENT_STATUSES]
        dates = [format_date(dt.date(2026, month, 28)) for month in range(1, 13)]
        for column, texts in ((COL_DATE, dates), (COL_STATUS, statuses), (COL_PEOPLE, [format_count(9999)])):
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            wanted = max([bold.horizontalAdvance(heading) + 28, *(metrics.horizontalAdvance(t) + 16 for t in texts)])
            self.table.setColumnWidth(column, wanted)

    # -- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        from fieldkit.services.events import list_event_summaries
        from fieldkit.services.locations import list_agencies, list_locations

        if self._announcing or self.context.store is None:
            return  # our own change is already on screen; or the store is not open yet
        store = self.context.store
        self.stale = False
        language = self.context.settings.language
        places = list_locations(store, include_inactive=True)
        self._places = {p.id: {"en": p.name_en, "ru": p.name_ru}.get(language) or p.name_az for p in places}
        self._regions = [(p.id, self._places[p.id]) for p in places if p.kind == "economic-region"]
        agencies = {a.id: ({"en": a.name_en, "ru": a.name_ru}.get(language) or a.name_az) for a in list_agencies(store)}
        self.detail.attendance.load_reference(agencies, self._regions)
        self.filter_bar.set_regions(self._regions)
        keep = self.current.id if self.current is not None else None
        self.model.set_places(self._places)
        self.model.set_events(list_event_summaries(store))
        self.select_event(keep)
        if self.current is not None and self.current.id == keep:
            # the same event: show others' changes to its people, but keep what is being typed
            self.detail.attendance.reload()
            if not self.detail.headcount.has_unsaved_counts():
                self.detail.headcount.reload()
        self._show_count()

    def select_event(self, event_id: str | None) -> None:
        """Select the event's line (clearing the filters if they hide it), or nothing."""
        row = self.model.row_of(event_id) if event_id else None
        if row is None:
            self.table.clearSelection()
            self._show_event(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self._show_event(event_id)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_event(rows[0].data(EventIdRole) if rows else None)

    def _show_event(self, event_id: str | None) -> None:
        row = self.model.row_of(event_id) if event_id else None
        event = self.model.summary_at(row).event if row is not None else None
        self.detail.show_event(event, self._places)

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(count_text(self.tr("%n event(s)", "", total), total))
        else:
            text = count_text(self.tr("%1 of %n event(s)", "", total), total)
            self.count_label.setText(text.replace("%1", format_count(shown)))

    # -- filters --------------------------------------------------------------------------------
    def current_filter(self) -> EventFilter:
        return self.filter_bar.filter_for(self.search_edit.text())

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.filter_bar.show_dates_if_custom()
        self.proxy.set_filter(self.current_filter())
        self._show_count()
        row = self.model.row_of(self.current.id) if self.current is not None else None
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
            if index.isValid():
                self.table.scrollTo(index)

    def clear_filters(self) -> None:
        self.filter_bar.clear()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filter()

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- actions --------------------------------------------------------------------------------
    def _announce(self, topic: str) -> None:
        """Tell the other screens; the refresh this triggers here is skipped (it is on screen)."""
        self._announcing = True
        try:
            self.context.notify(topic)
        finally:
            self._announcing = False

    def _people_changed(self, event_id: str) -> None:
        from fieldkit.services.events import get_event_summary
        from fieldkit.store.errors import KnownError

        try:
            self.model.update_event(get_event_summary(self.context.require_store(), event_id))
        except KnownError:
            self.refresh()
        self._announce(PEOPLE)

    def start_check_in(self) -> None:
        if self.current is not None:
            self.detail.focus_check_in()

    def new_event(self) -> None:
        self._open_editor(None)

    def edit_event(self) -> None:
        if self.current is not None:
            self._open_editor(self.current)

    def _open_editor(self, event: EventRecord | None) -> None:
        from fieldkit.ui.event_editor import EventEditor

        if self.context.store is None:
            return
        editor = EventEditor(self.context.store, self.context.settings.language, event, self)
        editor.accepted.connect(lambda: self._editor_saved(editor))
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    def _editor_saved(self, editor: EventEditor) -> None:
        saved = editor.saved_event
        if saved is None:
            return
        self.refresh()
        self.select_event(saved.id)
        self.detail.detail_message.setText(self.tr("Saved."))
        self._announce(EVENTS)

    def mark_held(self) -> None:
        from fieldkit.services.events import edit_event
        from fieldkit.store.errors import KnownError

        if self.current is None:
            return
        event_id = self.current.id
        try:
            edit_event(self.context.require_store(), event_id, status="held")
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Mark as held"), error_text(exc))
            return
        self.refresh()
        self.select_event(event_id)
        self.detail.detail_message.setText(self.tr("Marked as held."))
        self._announce(EVENTS)
