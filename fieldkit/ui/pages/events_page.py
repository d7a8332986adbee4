"""The Events screen: every event, filtered by period, region, kind, pillar and status; the chosen
event's details, with fast check-in and the headcount; printing its sign-in sheet.

The list holds every live event in one model (see ``fieldkit.ui.events_table``); a check-in or a
headcount updates only its event's line. Changes this page announces are already on screen, so the
refresh they trigger here is skipped.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QItemSelection, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.vocab import EVENT_KINDS, EVENT_STATUSES, PILLARS
from fieldkit.ui.checkin import AttendancePanel
from fieldkit.ui.context import EVENTS, PEOPLE, REFERENCE, AppContext
from fieldkit.ui.events_table import (
    COL_DATE,
    COL_KIND,
    COL_PEOPLE,
    COL_PILLAR,
    COL_PLACE,
    COL_REGION,
    COL_STATUS,
    COL_TITLE,
    PILLAR_LABELS,
    EventFilter,
    EventIdRole,
    EventsFilterProxy,
    EventsTableModel,
)
from fieldkit.ui.formats import count_text, format_count, format_date, format_date_range, set_date_format
from fieldkit.ui.headcount import HeadcountPanel
from fieldkit.ui.labels import EVENT_KIND_LABELS, EVENT_STATUS_LABELS, label
from fieldkit.ui.pages.base import Page
from fieldkit.ui.progress import run_with_progress

if TYPE_CHECKING:
    from fieldkit.services.leaflets import LeafletOutcome
    from fieldkit.services.records import EventRecord
    from fieldkit.ui.event_editor import EventEditor

PERIODS = {
    "any": QT_TRANSLATE_NOOP("EventsPage", "Any time"),
    "upcoming": QT_TRANSLATE_NOOP("EventsPage", "Today and later"),
    "last-30": QT_TRANSLATE_NOOP("EventsPage", "Last 30 days"),
    "this-month": QT_TRANSLATE_NOOP("EventsPage", "This month"),
    "this-year": QT_TRANSLATE_NOOP("EventsPage", "This year"),
    "last-year": QT_TRANSLATE_NOOP("EventsPage", "Last year"),
    "custom": QT_TRANSLATE_NOOP("EventsPage", "Dates…"),
}


def period_range(period: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    if period == "upcoming":
        return today, None
    if period == "last-30":
        return today - dt.timedelta(days=30), today
    if period == "this-month":
        return today.replace(day=1), None if today.month == 12 else today.replace(month=today.month + 1, day=1)
    if period == "this-year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if period == "last-year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None, None


class EventsPage(Page):
    topics = frozenset({EVENTS, PEOPLE, REFERENCE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current: EventRecord | None = None
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
        self.period_combo = QComboBox(self)
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        today = QDate.currentDate()
        for edit, date in ((self.from_edit, today.addMonths(-1)), (self.to_edit, today)):
            edit.setCalendarPopup(True)
            set_date_format(edit)
            edit.setDate(date)
            edit.dateChanged.connect(self.apply_filter)
            edit.hide()
        self.region_combo = QComboBox(self)
        self.kind_combo = QComboBox(self)
        self.pillar_combo = QComboBox(self)
        self.status_combo = QComboBox(self)
        for combo in (self.period_combo, self.region_combo, self.kind_combo, self.pillar_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_filters)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        for widget in (self.period_combo, self.from_edit, self.to_edit, self.region_combo, self.kind_combo):
            filters.addWidget(widget)
        filters.addWidget(self.pillar_combo)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)

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
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 3)  # the list gets the larger share of a wider window
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 480])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
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

    def _build_detail(self) -> QWidget:
        self.detail_stack = QStackedWidget(self)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        detail = QWidget(self)
        self.title_label = QLabel(detail)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.info_label = QLabel(detail)
        self.info_label.setWordWrap(True)
        self.edit_button = QPushButton(detail)
        self.edit_button.clicked.connect(self.edit_event)
        self.held_button = QPushButton(detail)
        self.held_button.clicked.connect(self.mark_held)
        self.print_button = QToolButton(detail)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_button.clicked.connect(lambda: self.print_sign_in_sheet(consent_columns=False))
        self.print_menu = QMenu(self.print_button)
        self.headcount_sheet_action = QAction(self.print_menu)
        self.headcount_sheet_action.triggered.connect(lambda: self.print_sign_in_sheet(consent_columns=False))
        self.named_sheet_action = QAction(self.print_menu)
        self.named_sheet_action.triggered.connect(lambda: self.print_sign_in_sheet(consent_columns=True))
        self.print_menu.addAction(self.headcount_sheet_action)
        self.print_menu.addAction(self.named_sheet_action)
        self.print_button.setMenu(self.print_menu)
        self.detail_message = QLabel(detail)
        self.detail_message.setWordWrap(True)
        self.detail_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget(detail)
        self.attendance = AttendancePanel(self.context, detail)
        self.attendance.changed.connect(self._people_changed)
        self.headcount = HeadcountPanel(self.context, detail)
        self.headcount.changed.connect(self._people_changed)
        self.tabs.addTab(self.attendance, "")
        # The grid scrolls rather than widening the detail pane (age bands run long in az and ru).
        self.headcount_scroll = QScrollArea(detail)
        self.headcount_scroll.setWidgetResizable(True)
        self.headcount_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.headcount_scroll.setWidget(self.headcount)
        self.tabs.addTab(self.headcount_scroll, "")

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.held_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.info_label)
        layout.addLayout(buttons)
        layout.addWidget(self.detail_message)
        layout.addWidget(self.tabs, 1)
        self.detail_stack.addWidget(self.placeholder)
        self.detail_stack.addWidget(detail)
        return self.detail_stack

    def handle_action(self, action: str) -> None:
        """A quick action from the Home screen: "new-event", "check-in" or "open-event:<id>"."""
        if action == "new-event":
            self.new_event()
        elif action == "check-in":
            self.start_check_in()
        elif action.startswith("open-event:"):
            self.select_event(action.split(":", 1)[1])

    def title(self) -> str:
        return self.tr("Events")

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search titles, places and audiences (Ctrl+F)"))
        self.new_button.setText(self.tr("&New event…"))
        self.new_button.setToolTip(self.tr("Plan or record an event (Ctrl+N)"))
        self.from_edit.setToolTip(self.tr("From"))
        self.to_edit.setToolTip(self.tr("To"))
        for edit in (self.from_edit, self.to_edit):
            set_date_format(edit)
        self.clear_button.setText(self.tr("C&lear filters"))
        self._fill_filter_combos()
        self.placeholder.setText(self.tr("Choose an event to see who came, check people in and count them."))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Change the event's details (Ctrl+E)"))
        self.held_button.setText(self.tr("Mark as &held"))
        self.print_button.setText(self.tr("&Print sign-in sheet…"))
        self.print_button.setToolTip(self.tr("A paper sheet for when the laptop is not at hand, saved as PDF"))
        self.headcount_sheet_action.setText(self.tr("Headcount sheet (no names)"))
        self.named_sheet_action.setText(self.tr("Sheet with names, contacts and consent"))
        self.tabs.setTabText(0, self.tr("A&ttendance"))
        self.tabs.setTabText(1, self.tr("Hea&dcount"))
        self.attendance.retranslate()
        self.headcount.retranslate()
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

    def _fill_filter_combos(self) -> None:
        choices: list[tuple[QComboBox, str, list[tuple[str, str]]]] = [
            (self.period_combo, "", [(k, QCoreApplication.translate("EventsPage", v)) for k, v in PERIODS.items()]),
            (self.region_combo, self.tr("All regions"), self._regions),
            (self.kind_combo, self.tr("All kinds"), [(k, label(EVENT_KIND_LABELS, k)) for k in EVENT_KINDS]),
            (self.pillar_combo, self.tr("All pillars"), [(k, label(PILLAR_LABELS, k)) for k in PILLARS]),
            (self.status_combo, self.tr("Any status"), [(k, label(EVENT_STATUS_LABELS, k)) for k in EVENT_STATUSES]),
        ]
        for combo, anything, items in choices:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if anything:
                combo.addItem(anything, None)
            for token, text in items:
                combo.addItem(text, token)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            combo.blockSignals(False)
        self.region_combo.setToolTip(self.tr("Economic region"))

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
        self.attendance.load_reference(agencies, self._regions)
        self._fill_filter_combos()
        keep = self.current.id if self.current is not None else None
        self.model.set_places(self._places)
        self.model.set_events(list_event_summaries(store))
        self.select_event(keep)
        if self.current is not None and self.current.id == keep:
            # the same event: show others' changes to its people, but keep what is being typed
            self.attendance.reload()
            if not self.headcount.has_unsaved_counts():
                self.headcount.reload()
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
        same = event is not None and self.current is not None and event.id == self.current.id
        self.current = event
        if not same:
            self.detail_message.clear()
        self._show_current()
        if event is None or not same or event != self.attendance.event_record:
            self.attendance.set_event(event)
            self.headcount.set_event(event)

    def _show_current(self) -> None:
        event = self.current
        self.detail_stack.setCurrentIndex(0 if event is None else 1)
        if event is None:
            return
        self.title_label.setText(event.title)
        dates = format_date_range(event.start_date, event.end_date)
        parts = [dates, self._places.get(event.location_id or "", ""), label(EVENT_KIND_LABELS, event.kind)]
        parts += [label(PILLAR_LABELS, event.pillar), label(EVENT_STATUS_LABELS, event.status)]
        if event.audience:
            parts.append(event.audience)
        self.info_label.setText(" · ".join(p for p in parts if p))
        self.held_button.setEnabled(event.status != "held")

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(count_text(self.tr("%n event(s)", "", total), total))
        else:
            text = count_text(self.tr("%1 of %n event(s)", "", total), total)
            self.count_label.setText(text.replace("%1", format_count(shown)))

    # -- filters --------------------------------------------------------------------------------
    def current_filter(self) -> EventFilter:
        period = self.period_combo.currentData() or "any"
        if period == "custom":
            date_from: dt.date | None = self.from_edit.date().toPython()  # type: ignore[assignment]
            date_to: dt.date | None = self.to_edit.date().toPython()  # type: ignore[assignment]
        else:
            date_from, date_to = period_range(period, dt.date.today())
        return EventFilter(
            text=self.search_edit.text(),
            date_from=date_from,
            date_to=date_to,
            region_id=self.region_combo.currentData(),
            kind=self.kind_combo.currentData(),
            pillar=self.pillar_combo.currentData(),
            status=self.status_combo.currentData(),
        )

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        custom = self.period_combo.currentData() == "custom"
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        self.proxy.set_filter(self.current_filter())
        self._show_count()
        row = self.model.row_of(self.current.id) if self.current is not None else None
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
            if index.isValid():
                self.table.scrollTo(index)

    def clear_filters(self) -> None:
        for combo in (self.period_combo, self.region_combo, self.kind_combo, self.pillar_combo, self.status_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
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
            self.tabs.setCurrentWidget(self.attendance)
            self.attendance.find_edit.setFocus()

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
        self.detail_message.setText(self.tr("Saved."))
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
            QMessageBox.warning(self, self.tr("Mark as held"), str(exc))
            return
        self.refresh()
        self.select_event(event_id)
        self.detail_message.setText(self.tr("Marked as held."))
        self._announce(EVENTS)

    def print_sign_in_sheet(self, consent_columns: bool = False) -> None:
        from fieldkit.services.helplines import list_helplines
        from fieldkit.services.leaflets import LeafletJob, render_leaflet

        event = self.current
        if event is None or self.context.store is None:
            return
        store = self.context.store
        helplines = list_helplines(store)
        chosen = [h.id for h in helplines if h.id == self.context.settings.default_helpline_id]
        helpline_id = chosen[0] if chosen else (helplines[0].id if helplines else None)
        if helpline_id is None:
            QMessageBox.warning(
                self,
                self.tr("Print sign-in sheet"),
                self.tr("No helpline is set up, and every sheet prints it. Add one in Settings first."),
            )
            return
        suggested = str(Path.home() / f"sign-in-{event.start_date.isoformat()}.pdf")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sign-in sheet"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        languages = ("az",) if event.language == "az" else ("az", event.language)
        job = LeafletJob(
            template="signin", languages=languages, helpline=helpline_id, out_path=path, event_id=event.id,
            consent_columns=consent_columns, funder=self.context.settings.funder or None,
        )  # fmt: skip
        self.detail_message.clear()
        run_with_progress(
            self,
            self.context.runner,
            self.tr("Printing the sign-in sheet"),
            lambda _task: render_leaflet(store, job),
            self._sheet_saved,
            on_failure=self.detail_message.setText,
        )

    def _sheet_saved(self, outcome: LeafletOutcome) -> None:
        text = self.tr("Sign-in sheet saved: %1 (%n page(s)).", "", outcome.pages).replace("%1", str(outcome.path))
        self.detail_message.setText("\n".join([text, *outcome.warnings]))
