"""The People screen: every named participant, found by a typed name (Azerbaijani-aware), region, sex
and age band, sorted by any column; the chosen person's details and the events they attended; edit
(Enter or double-click) and delete (after a confirmation).

The table is a lazy model over the participants service: filters and sorting run in SQL and the rows
arrive 500 at a time as the table scrolls (see ``fieldkit.ui.participants_model`` for why, and
``bench/bench_people.py`` for the measure at 100,000 people). A typed name is applied 150 ms after
the last keystroke. What the table shows follows the data-protection rules: a person without a
consent record is flagged in red, and their phone is withheld.

The filter bar lives in ``fieldkit.ui.pages.people_filters`` and the lower pane (the chosen person and
the events they attended) in ``fieldkit.ui.pages.person_detail``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.participants import ParticipantQuery
from fieldkit.ui.context import EVENTS, PEOPLE, REFERENCE, AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import count_text, format_count
from fieldkit.ui.pages.base import Page
from fieldkit.ui.pages.people_filters import PeopleFilterBar
from fieldkit.ui.pages.person_detail import PersonDetail
from fieldkit.ui.participants_model import (
    COL_AGE,
    COL_AGENCY,
    COL_CONSENT,
    COL_EVENTS,
    COL_NAME,
    COL_PHONE,
    COL_REGION,
    COL_SEX,
    ParticipantIdRole,
    ParticipantsModel,
)

if TYPE_CHECKING:
    from fieldkit.services.records import ParticipantRecord
    from fieldkit.ui.person_editor import PersonEditor


class PeoplePage(Page):
    topics = frozenset({PEOPLE, EVENTS, REFERENCE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current: ParticipantRecord | None = None
        self.editor: PersonEditor | None = None
        self._announcing = False
        self._build()
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_bar = PeopleFilterBar(self.context, self)
        self.filter_bar.changed.connect(self.apply_filter)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_person)
        self.duplicates_button = QPushButton(self)
        self.duplicates_button.clicked.connect(self.find_duplicates)

        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addStretch(0)
        top.addWidget(self.duplicates_button)
        top.addWidget(self.new_button)

        # Typed names and sorts are read on a worker thread, so typing never waits for SQLite (tests
        # run everything in place, as they do for long work).
        background = not self.context.runner.synchronous
        self.model = ParticipantsModel(
            self.context.store, self.context.settings.language, parent=self, background=background
        )
        self.model.loaded.connect(lambda _n, _more: self._show_count())
        self.model.searching.connect(lambda: self.count_label.setText(self.tr("Searching…")))
        self.model.query_applied.connect(self._query_applied)
        self.model.query_failed.connect(lambda message: QMessageBox.warning(self, self.title(), message))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        widths = {COL_SEX: 70, COL_AGE: 105, COL_AGENCY: 130, COL_REGION: 130, COL_PHONE: 120, COL_CONSENT: 110}
        widths[COL_EVENTS] = 60
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        # No sort indicator at first: the newest people first. A third click on a heading returns there.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.edit_person())

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.detail = PersonDetail(self.table, self)
        self.detail.edit_requested.connect(self.edit_person)
        self.detail.delete_requested.connect(self.delete_person)
        self.detail.withdraw_requested.connect(self.withdraw_consent)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 200])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count_label)  # its own line: long in az and ru, it never squeezes the filters
        layout.addWidget(self.splitter, 1)
        bar = self.filter_bar
        self.setTabOrder(bar.search_edit, bar.region_combo)
        self.setTabOrder(bar.region_combo, bar.sex_combo)
        self.setTabOrder(bar.sex_combo, bar.age_combo)
        self.setTabOrder(bar.age_combo, bar.clear_button)
        self.setTabOrder(bar.clear_button, self.duplicates_button)
        self.setTabOrder(self.duplicates_button, self.new_button)
        self.setTabOrder(self.new_button, self.table)

        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.filter_bar.focus_search, scope)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_person, scope)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit_person, scope)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_person,
                  Qt.ShortcutContext.WidgetShortcut)  # fmt: skip

    def find_duplicates(self) -> None:
        from fieldkit.ui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def handle_action(self, action: str) -> None:
        """A quick action from the Home screen: "new-person"."""
        if action == "new-person":
            self.new_person()

    def title(self) -> str:
        return self.tr("People")

    def _fit_short_columns(self) -> None:
        """Short columns at least as wide as their heading in this language."""
        metrics = self.table.horizontalHeader().fontMetrics()
        for column, least in ((COL_SEX, 70), (COL_EVENTS, 60), (COL_CONSENT, 110), (COL_AGE, 105)):
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(column, max(least, metrics.horizontalAdvance(heading) + 28))

    def retranslate(self) -> None:
        self._fit_short_columns()
        self.filter_bar.retranslate()
        self.new_button.setText(self.tr("&New person…"))
        self.duplicates_button.setText(self.tr("Find d&uplicates…"))
        self.duplicates_button.setToolTip(self.tr("The same person registered twice, e.g. on two laptops"))
        self.new_button.setToolTip(self.tr("Record a person who consented (Ctrl+N)"))
        self.model.set_language(self.context.settings.language)
        self.model.relabel()
        self.detail.retranslate()
        self._show_current()
        self._show_count()

    # -- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._announcing or self.context.store is None:
            return  # our own change is already on screen; or the store is not open yet
        self.stale = False
        keep = self.current.id if self.current is not None else None
        self.model.store = self.context.store
        self.model.lang = self.context.settings.language
        self.model.reload()
        self.select_person(keep)
        self.filter_bar.mark_regions_stale()

    def current_query(self) -> ParticipantQuery:
        return self.filter_bar.query(self.model.requested_query)

    def apply_filter(self) -> None:
        """Show the people matching the filters now (the typed name otherwise waits 150 ms)."""
        self.filter_bar.cancel_delay()
        query = self.current_query()
        if query == self.model.requested_query:
            return
        self.model.set_query(query)

    def _query_applied(self) -> None:
        """New rows (a filter or a sort): keep the chosen person chosen if they are among them."""
        self.select_person(self.current.id if self.current is not None else None, scroll=True)

    def clear_filters(self) -> None:
        self.filter_bar.clear()
        self.apply_filter()

    def _show_count(self) -> None:
        rows = self.model.rowCount()
        if self.model.has_more:
            text = self.tr("%1+ people; scroll for more").replace("%1", format_count(rows))
        else:
            text = count_text(self.tr("%n person(s)", "", rows), rows)
        self.count_label.setText(text)

    # -- the chosen person ------------------------------------------------------------------------
    def select_person(self, participant_id: str | None, scroll: bool = False) -> None:
        """Select the person's line if it is loaded; otherwise show nobody."""
        row = self.model.row_of(participant_id) if participant_id else None
        if row is None:
            self.table.clearSelection()
            self._show_person(None)
            return
        self.table.selectRow(row)
        if scroll:
            self.table.scrollTo(self.model.index(row, COL_NAME))
        self._show_person(participant_id)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_person(rows[0].data(ParticipantIdRole) if rows else None)

    def _show_person(self, participant_id: str | None) -> None:
        from fieldkit.services.participants import events_attended, get_participant
        from fieldkit.store.errors import NotFound

        store = self.context.require_store()
        try:
            self.current = get_participant(store, participant_id) if participant_id else None
        except NotFound:  # deleted meanwhile (another window, or a sync)
            self.current = None
        attended = events_attended(store, self.current.id, self.context.settings.language) if self.current else []
        self.detail.set_events(attended)
        self._show_current()

    def _show_current(self) -> None:
        person = self.current
        row = self.model.row_of(person.id) if person is not None else None
        self.detail.show_person(person, self.model.row_at(row) if row is not None else None)

    # -- actions --------------------------------------------------------------------------------
    def new_person(self) -> None:
        self._open_editor(None)

    def edit_person(self) -> None:
        if self.current is not None:
            self._open_editor(self.current)

    def _open_editor(self, person: ParticipantRecord | None) -> None:
        from fieldkit.ui.person_editor import PersonEditor

        editor = PersonEditor(self.context.require_store(), self.context.settings.language, person, self)
        editor.accepted.connect(lambda: self._editor_saved(editor))
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    def _editor_saved(self, editor: PersonEditor) -> None:
        self.editor = None
        saved = editor.saved
        if saved is None:
            return
        self.model.reload()
        if self.model.row_of(saved.id) is None and editor.person is None:
            self.clear_filters()  # a new person the filters hide: show them anyway
        self.select_person(saved.id, scroll=True)
        self._announce()
        self.table.setFocus()

    def delete_person(self) -> None:
        """Delete the chosen person after a confirmation (a tombstone, logged for sync and audit)."""
        from fieldkit.services.participants import delete_participant
        from fieldkit.store.errors import KnownError

        person = self.current
        if person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete person"),
            self.tr(
                "Delete the record of %1? The deletion is logged, and it reaches the coordinator with the next sync."
            ).replace("%1", person.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.model.row_of(person.id)
        try:
            delete_participant(self.context.require_store(), person.id)
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Delete person"), error_text(exc))
            return
        self.model.reload()
        following = None
        if row is not None and self.model.rowCount():
            following = self.model.index(min(row, self.model.rowCount() - 1), 0).data(ParticipantIdRole)
        self.select_person(following)
        self._announce()

    def withdraw_consent(self) -> None:
        """The chosen person withdrew consent: after a confirmation, clear their name and contacts (a
        synced edit that reaches every device, and an audit entry). Their check-ins stay counted."""
        from fieldkit.services.participants import withdraw_consent
        from fieldkit.store.errors import KnownError

        person = self.current
        if person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "%1 withdrew consent? Their name, phone, e-mail and consent record are removed, here and on "
                "every device with the next sync. This cannot be undone. Their attendance stays in the counts, "
                "without a name."
            ).replace("%1", person.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            withdraw_consent(self.context.require_store(), person.id)
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Withdraw consent"), error_text(exc))
            return
        self.model.reload()
        self.select_person(person.id)
        self._announce()

    def _announce(self) -> None:
        self._announcing = True
        try:
            self.context.notify(PEOPLE)
        finally:
            self._announcing = False

    def index_of(self, participant_id: str) -> QModelIndex:
        row = self.model.row_of(participant_id)
        return self.model.index(row, COL_NAME) if row is not None else QModelIndex()
