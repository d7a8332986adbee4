"""The Attendance tab: fast check-in at the door, and the list of who came.

The officer types a name; people who came to earlier events are suggested as they type (the
participants service matches Azerbaijani names by its own rules, so the completer shows its results
unfiltered). Enter checks the chosen or exactly named person in and clears the field for the next
one. A name that matches nobody opens a short registration form (``fieldkit.ui.new_participant_form``),
which records the person only with their consent (DOMAIN.md: names are recorded with consent, minors
never by name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.errors import error_text
from fieldkit.ui.events_table import (
    ATTENDANCE_ROLE_LABELS,
    COL_NAME,
    AttendeesModel,
    ParticipantIdRole,
    ParticipantSuggestions,
    PersonSortRole,
    same_name,
)
from fieldkit.ui.formats import count_text
from fieldkit.ui.labels import label
from fieldkit.ui.new_participant_form import NewParticipantForm
from fieldkit.ui.sorting import AzSortFilterProxy

if TYPE_CHECKING:
    from fieldkit.services.records import EventRecord, ParticipantRecord
    from fieldkit.store.engine import Store
    from fieldkit.ui.context import AppContext

SUGGESTION_LIMIT = 20


class AttendancePanel(QWidget):
    """Check-in line, registration form and attendee list for one event."""

    changed = Signal(str)  # event id, after a check-in or a removal

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_record: EventRecord | None = None
        self._chosen: ParticipantRecord | None = None
        self._unmatched = ""  # the text Enter was pressed on when only partial matches were offered
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.find_label = QLabel(self)
        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.find_label.setBuddy(self.find_edit)
        self.suggestions = ParticipantSuggestions(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.find_edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._suggestion_chosen)  # type: ignore[index]
        self.find_edit.textEdited.connect(self._typed)
        self.find_edit.returnPressed.connect(self.commit)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self.update_suggestions)
        self.role_combo = QComboBox(self)
        self.check_in_button = QPushButton(self)
        self.check_in_button.clicked.connect(self.commit)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.open_form(self.find_edit.text()))
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.form = NewParticipantForm(self)
        self.form.submitted.connect(self._register)
        self.form.cancelled.connect(self._form_closed)
        self.form.hide()

        self.model = AttendeesModel(self)
        self.proxy = AzSortFilterProxy(self)  # the name by its rank, the labels in Azerbaijani order
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(PersonSortRole)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        self.count_label = QLabel(self)

        line = QHBoxLayout()
        line.addWidget(self.find_label)
        line.addWidget(self.find_edit, 1)
        line.addWidget(self.check_in_button)
        second = QHBoxLayout()
        second.addWidget(self.message, 1)
        second.addWidget(self.role_combo)
        second.addWidget(self.new_button)
        below = QHBoxLayout()
        below.addWidget(self.count_label, 1)
        below.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(line)
        layout.addLayout(second)
        layout.addWidget(self.form)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        self._update_buttons()

    def retranslate(self) -> None:
        self.find_label.setText(self.tr("&Check in:"))
        self.find_edit.setPlaceholderText(self.tr("Type a name, then press Enter"))
        self.find_edit.setToolTip(
            self.tr("People from earlier events are suggested as you type. Enter checks the person in.")
        )
        current = self.role_combo.currentData() or "participant"
        self.role_combo.clear()
        for token in ATTENDANCE_ROLE_LABELS:
            self.role_combo.addItem(label(ATTENDANCE_ROLE_LABELS, token), token)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(current), 0))
        self.role_combo.setToolTip(self.tr("The role recorded for the next check-in"))
        self.check_in_button.setText(self.tr("Check in"))
        self.new_button.setText(self.tr("Ne&w person…"))
        self.new_button.setToolTip(self.tr("Register someone who has not come before"))
        self.remove_button.setText(self.tr("&Remove from event"))
        self.form.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show_count()

    # -- data -----------------------------------------------------------------------------------
    def _store(self) -> Store:
        return self.context.require_store()

    def set_event(self, event: EventRecord | None) -> None:
        changed = event is None or self.event_record is None or event.id != self.event_record.id
        self.event_record = event
        if changed:
            self.find_edit.clear()
            self.message.clear()
            self.form.hide()
            self._chosen = None
            self._unmatched = ""
        self.reload()

    def load_reference(self, agencies: dict[str, str], regions: list[tuple[str, str]]) -> None:
        """Agency and region names for the suggestions and the registration form."""
        self.suggestions.set_agencies(agencies)
        self.form.set_choices(agencies, regions)

    def reload(self) -> None:
        from fieldkit.services.attendance import list_attendees

        rows = list_attendees(self._store(), self.event_record.id) if self.event_record is not None else []
        self.model.set_attendees(rows)
        self.setEnabled(self.event_record is not None)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(count_text(self.tr("%n person(s) checked in", "", count), count))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())

    # -- typing and choosing --------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._chosen = None
        self._search_timer.start()

    def update_suggestions(self) -> None:
        from fieldkit.services.participants import search_participants

        self._search_timer.stop()
        text = self.find_edit.text().strip()
        people = search_participants(self._store(), text, limit=SUGGESTION_LIMIT) if len(text) >= 2 else []
        self.suggestions.set_people(people)
        if people and self.find_edit.hasFocus():
            self._show_popup()

    def _suggestion_chosen(self, index: QModelIndex) -> None:
        model = index.model()
        row = index.row()
        if isinstance(model, QSortFilterProxyModel):  # the completer may wrap our model in a proxy
            row = model.mapToSource(index).row()
        self._chosen = self.suggestions.person_at(row)
        # The completer writes the name into the field after this signal; check in once it has.
        QTimer.singleShot(0, self, self.commit)

    def commit(self) -> None:
        """Enter in the check-in field: check in the chosen or exactly named person, or register."""
        from fieldkit.services.participants import search_participants

        text = self.find_edit.text().strip()
        if self.event_record is None or not text:
            return
        chosen = self._chosen
        if chosen is not None and same_name(text, chosen.name):
            self._check_in(chosen)
            return
        self._search_timer.stop()
        matches = search_participants(self._store(), text, limit=SUGGESTION_LIMIT)
        exact = [p for p in matches if same_name(text, p.name)]
        if len(exact) == 1:
            self._check_in(exact[0])
        elif exact:
            self.message.setText(
                self.tr("%n people are called %1. Choose one from the list.", "", len(exact)).replace("%1", text)
            )
            self._offer(exact)
        elif matches and self._unmatched != text:
            self._unmatched = text
            hint = self.tr("Nobody is called exactly %1. Choose from the list, or press Enter again to register.")
            self.message.setText(hint.replace("%1", text))
            self._offer(matches)
        else:
            self.open_form(text)

    def _offer(self, people: list[ParticipantRecord]) -> None:
        self.suggestions.set_people(people)
        QTimer.singleShot(0, self, self._show_popup)  # after the completer has finished with this Enter

    def _show_popup(self) -> None:
        """Show the suggestions with none of them chosen: the completer would otherwise pick the first
        name that starts with the typed text, and Enter would check in someone nobody chose (a
        namesake, or an existing "Həsənova" for a new "Həsənov")."""
        if not self.suggestions.rowCount() or not self.isVisible():
            return
        self.completer.complete()
        popup = self.completer.popup()
        if popup is not None:
            popup.setCurrentIndex(QModelIndex())

    def _check_in(self, person: ParticipantRecord) -> None:
        from fieldkit.services.attendance import check_in
        from fieldkit.store.errors import KnownError

        assert self.event_record is not None
        try:
            result = check_in(self._store(), self.event_record.id, person.id, self.role_combo.currentData())
        except KnownError as exc:
            self.message.setText(error_text(exc))
            return
        if result.created:
            self.message.setText(self.tr("Checked in: %1").replace("%1", person.name))
        else:
            self.message.setText(self.tr("%1 was already checked in.").replace("%1", person.name))
        self._done(person.id)

    def _done(self, participant_id: str) -> None:
        assert self.event_record is not None
        self._chosen = None
        self._unmatched = ""
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()
        self.find_edit.clear()
        self.suggestions.set_people([])
        self.reload()
        self._select(participant_id)
        self.find_edit.setFocus()
        self.changed.emit(self.event_record.id)

    def _select(self, participant_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, COL_NAME)
            if index.data(ParticipantIdRole) == participant_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    # -- registering ----------------------------------------------------------------------------
    def open_form(self, name: str = "") -> None:
        from fieldkit.services.attendance import consent_text
        from fieldkit.services.events import regions_by_location

        if self.event_record is None:
            return
        store = self._store()
        region = regions_by_location(store).get(self.event_record.location_id or "")
        self.form.start(name.strip(), consent_text(store, self.event_record.language), region)
        self.message.setText(self.tr("Not found: register the person below, with their consent."))

    def _register(self, values: dict[str, Any]) -> None:
        from fieldkit.services.attendance import check_in_new_participant
        from fieldkit.store.errors import KnownError, ValidationError

        assert self.event_record is not None
        try:
            person, _ = check_in_new_participant(
                self._store(), self.event_record.id, role=self.role_combo.currentData(), **values
            )
        except ValidationError as exc:
            self.form.show_error(error_text(exc), exc.field)
            return
        except KnownError as exc:
            self.form.show_error(error_text(exc), None)
            return
        self.form.hide()
        self.message.setText(self.tr("Registered and checked in: %1").replace("%1", person.name))
        self._done(person.id)

    def _form_closed(self) -> None:
        self.message.clear()
        self.find_edit.setFocus()

    # -- removing -------------------------------------------------------------------------------
    def remove_selected(self) -> None:
        from fieldkit.services.attendance import remove_attendance
        from fieldkit.store.errors import KnownError

        if self.event_record is None:
            return
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        people = [self.model.attendee_at(r) for r in rows]
        if not people:
            return
        try:
            for person in people:
                remove_attendance(self._store(), self.event_record.id, person.participant_id)
        except KnownError as exc:
            self.message.setText(error_text(exc))
        else:
            names = ", ".join(p.name for p in people)
            self.message.setText(self.tr("Removed from this event: %1").replace("%1", names))
        self.reload()
        self.changed.emit(self.event_record.id)
