"""The People screen: every named participant, found by a typed name (Azerbaijani-aware), region, sex
and age band, sorted by any column; the chosen person's details and the events they attended; edit
(Enter or double-click) and delete (after a confirmation).

The table is a lazy model over the participants service: filters and sorting run in SQL and the rows
arrive 500 at a time as the table scrolls (see ``fieldkit.ui.participants_model`` for why, and
``bench/bench_people.py`` for the measure at 100,000 people). A typed name is applied 150 ms after
the last keystroke. What the table shows follows the data-protection rules: a person without a
consent record is flagged in red, and their phone is withheld.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.participants import ParticipantQuery
from fieldkit.services.vocab import AGE_BANDS, MINOR_AGE_BANDS, SEXES
from fieldkit.ui.context import EVENTS, PEOPLE, REFERENCE, AppContext
from fieldkit.ui.formats import count_text, format_count, format_date
from fieldkit.ui.labels import label
from fieldkit.ui.pages.base import Page
from fieldkit.ui.participants_model import (
    AGE_BAND_LABELS,
    COL_AGE,
    COL_AGENCY,
    COL_CONSENT,
    COL_EVENTS,
    COL_NAME,
    COL_PHONE,
    COL_REGION,
    COL_SEX,
    EV_DATE,
    EV_LOCATION,
    EV_ROLE,
    EV_TITLE,
    SEX_LABELS,
    AttendedEventsModel,
    ParticipantIdRole,
    ParticipantsModel,
    attended_events_proxy,
)

if TYPE_CHECKING:
    from fieldkit.services.participants import Choice
    from fieldkit.services.records import ParticipantRecord
    from fieldkit.ui.person_editor import PersonEditor

FILTER_DELAY_MS = 150


class _RegionFilter(QComboBox):
    """The region filter reads its hundred-odd places when it is first opened, focused or scrolled,
    not while the screen is being built (a closed combo box shows only "All regions")."""

    def __init__(self, load: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load

    def showPopup(self) -> None:
        self._load()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._load()
        super().focusInEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._load()
        super().wheelEvent(event)


class PeoplePage(Page):
    topics = frozenset({PEOPLE, EVENTS, REFERENCE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current: ParticipantRecord | None = None
        self.editor: PersonEditor | None = None
        self._announcing = False
        self._regions: list[Choice] = []
        self._regions_stale = True  # the region list is read when the filter is first used
        self._build()
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)
        self.region_combo = _RegionFilter(self.load_regions_if_stale, self)
        self.region_combo.setMinimumContentsLength(14)
        self.region_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sex_combo = QComboBox(self)
        self.age_combo = QComboBox(self)
        for combo in (self.region_combo, self.sex_combo, self.age_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel(self)
        self.search_edit.setMinimumWidth(200)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_person)
        self.duplicates_button = QPushButton(self)
        self.duplicates_button.clicked.connect(self.find_duplicates)

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.region_combo, 1)
        top.addWidget(self.sex_combo)
        top.addWidget(self.age_combo)
        top.addWidget(self.clear_button)
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
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 200])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count_label)  # its own line: long in az and ru, it never squeezes the filters
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.search_edit, self.region_combo)
        self.setTabOrder(self.region_combo, self.sex_combo)
        self.setTabOrder(self.sex_combo, self.age_combo)
        self.setTabOrder(self.age_combo, self.clear_button)
        self.setTabOrder(self.clear_button, self.duplicates_button)
        self.setTabOrder(self.duplicates_button, self.new_button)
        self.setTabOrder(self.new_button, self.table)

        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search, scope)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_person, scope)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit_person, scope)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_person,
                  Qt.ShortcutContext.WidgetShortcut)  # fmt: skip

    def _build_detail(self) -> QWidget:
        """The lower pane: a hint until a person is chosen (their details are built then)."""
        self.detail_stack = QStackedWidget(self)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.detail_stack.addWidget(self.placeholder)
        self.events_model = AttendedEventsModel(self)
        self._detail_built = False
        return self.detail_stack

    def _ensure_detail(self) -> None:
        if self._detail_built:
            return
        self._detail_built = True
        detail = QWidget(self)
        self.name_label = QLabel(detail)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.name_label.setFont(font)
        self.info_label = QLabel(detail)
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.info_label.setWordWrap(True)
        self.consent_label = QLabel(detail)
        self.consent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_label.setWordWrap(True)
        self.edit_button = QPushButton(detail)
        self.edit_button.clicked.connect(self.edit_person)
        self.delete_button = QPushButton(detail)
        self.delete_button.clicked.connect(self.delete_person)
        self.withdraw_button = QPushButton(detail)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.events_label = QLabel(detail)
        self.events_proxy = attended_events_proxy(self.events_model, self)
        self.events_table = QTableView(detail)
        self.events_table.setModel(self.events_proxy)
        self.events_table.setSortingEnabled(True)
        self.events_table.sortByColumn(EV_DATE, Qt.SortOrder.DescendingOrder)
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_table.setWordWrap(False)
        self.events_table.verticalHeader().hide()
        self.events_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        events_header = self.events_table.horizontalHeader()
        events_header.setSectionResizeMode(EV_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((EV_DATE, 90), (EV_LOCATION, 160), (EV_ROLE, 110)):
            self.events_table.setColumnWidth(column, width)
        self.events_label.setBuddy(self.events_table)

        facts = QVBoxLayout()
        facts.addWidget(self.name_label)
        facts.addWidget(self.info_label)
        facts.addWidget(self.consent_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        facts.addLayout(buttons)
        facts.addStretch(1)
        events = QVBoxLayout()
        events.addWidget(self.events_label)
        events.addWidget(self.events_table, 1)
        layout = QHBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(facts, 2)
        layout.addLayout(events, 3)
        self.detail_stack.addWidget(detail)
        self.setTabOrder(self.table, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.withdraw_button)
        self.setTabOrder(self.withdraw_button, self.events_table)
        self._retranslate_detail()

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
        self.search_label.setText(self.tr("&Find:"))
        self.search_edit.setPlaceholderText(self.tr("Name, typed any way: Əliyeva, Aliyeva, Алиева (Ctrl+F)"))
        self.region_combo.setToolTip(self.tr("Region (includes its districts)"))
        self.sex_combo.setToolTip(self.tr("Sex"))
        self.age_combo.setToolTip(self.tr("Age band"))
        self.clear_button.setText(self.tr("C&lear filters"))
        self.new_button.setText(self.tr("&New person…"))
        self.duplicates_button.setText(self.tr("Find d&uplicates…"))
        self.duplicates_button.setToolTip(self.tr("The same person registered twice, e.g. on two laptops"))
        self.new_button.setToolTip(self.tr("Record a person who consented (Ctrl+N)"))
        self.placeholder.setText(
            self.tr("Choose a person to see the events they attended. Enter or a double-click edits them.")
        )
        self._fill_filter_combos()
        self.model.set_language(self.context.settings.language)
        if self._regions:  # their names in the new language
            self.load_regions()
        self.model.relabel()
        self.events_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.events_model.columnCount() - 1)
        if self._detail_built:
            self._retranslate_detail()
        self._show_current()
        self._show_count()

    def _retranslate_detail(self) -> None:
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Change the person's details (Enter, Ctrl+E)"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete this person's record (Del)"))
        self.withdraw_button.setText(self.tr("&Withdraw consent…"))
        self.withdraw_button.setToolTip(
            self.tr("The person withdrew consent: remove their name and contacts, keep them in the counts")
        )

    def _fill_filter_combos(self) -> None:
        adult_bands = [b for b in AGE_BANDS if b not in MINOR_AGE_BANDS]
        choices: list[tuple[QComboBox, str, list[tuple[str, str]]]] = [
            (self.region_combo, self.tr("All regions"), [(c.id, c.label) for c in self._regions]),
            (self.sex_combo, self.tr("Any sex"), [(s, label(SEX_LABELS, s)) for s in SEXES]),
            (self.age_combo, self.tr("Any age"), [(b, label(AGE_BAND_LABELS, b)) for b in adult_bands]),
        ]
        for combo, anything, items in choices:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, None)
            for token, text in items:
                combo.addItem(text, token)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            combo.blockSignals(False)

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
        self._regions_stale = True  # places may have been added or renamed: read them on next use

    def load_regions_if_stale(self) -> None:
        if self._regions_stale:
            self.load_regions()

    def load_regions(self) -> None:
        """Fill the region filter from the store (places can be added or renamed by a sync)."""
        from fieldkit.services.participants import region_choices

        if self.context.store is None:
            return
        self._regions_stale = False
        regions = region_choices(self.context.store, self.context.settings.language)
        if regions != self._regions:
            self._regions = regions
            self._fill_filter_combos()

    def current_query(self) -> ParticipantQuery:
        query = self.model.requested_query
        return ParticipantQuery(
            text=self.search_edit.text().strip(),
            region_id=self.region_combo.currentData(),
            sex=self.sex_combo.currentData(),
            age_band=self.age_combo.currentData(),
            sort=query.sort,
            descending=query.descending,
        )

    def apply_filter(self) -> None:
        """Show the people matching the filters now (the typed name otherwise waits 150 ms)."""
        self._filter_timer.stop()
        query = self.current_query()
        if query == self.model.requested_query:
            return
        self.model.set_query(query)

    def _query_applied(self) -> None:
        """New rows (a filter or a sort): keep the chosen person chosen if they are among them."""
        self.select_person(self.current.id if self.current is not None else None, scroll=True)

    def clear_filters(self) -> None:
        for combo in (self.region_combo, self.sex_combo, self.age_combo):
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
        self.events_model.set_events(attended)
        self._show_current()

    def _show_current(self) -> None:
        person = self.current
        if person is None:
            self.detail_stack.setCurrentIndex(0)
            return
        self._ensure_detail()
        self.detail_stack.setCurrentIndex(1)
        row = self.model.row_of(person.id)
        shown = self.model.row_at(row) if row is not None else None
        self.name_label.setText(person.name)
        self.withdraw_button.setEnabled(person.consent_date is not None)
        parts = [label(SEX_LABELS, person.sex), label(AGE_BAND_LABELS, person.age_band)]
        if shown is not None:
            parts += [shown.agency, shown.region]
        parts.append(person.position)
        if person.consent_date is not None:
            parts += [person.phone or "", person.email or ""]
        self.info_label.setText(" · ".join(p for p in parts if p))
        if person.consent_date is None:
            self.consent_label.setText(
                self.tr("No consent recorded: contacts are withheld. Record consent, or delete the person.")
            )
            self.consent_label.setStyleSheet("color: #b02020;")
        else:
            self.consent_label.setText(
                self.tr("Consent given on %1 (text version %2)")
                .replace("%1", format_date(person.consent_date))
                .replace("%2", person.consent_text_version or "?")
            )
            self.consent_label.setStyleSheet("")
        self.events_label.setText(self.tr("E&vents attended: %n", "", self.events_model.rowCount()))

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
            QMessageBox.warning(self, self.tr("Delete person"), str(exc))
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
            QMessageBox.warning(self, self.tr("Withdraw consent"), str(exc))
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

    def keyPressEvent(self, event: object) -> None:  # Esc in the filter box clears it
        from PySide6.QtGui import QKeyEvent

        if (
            isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search_edit.hasFocus()
            and self.search_edit.text()
        ):
            self.search_edit.clear()
            self.apply_filter()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def index_of(self, participant_id: str) -> QModelIndex:
        row = self.model.row_of(participant_id)
        return self.model.index(row, COL_NAME) if row is not None else QModelIndex()
