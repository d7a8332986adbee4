"""The Events screen on a real store: planning an event in the editor, checking people in at the door
(returning and new), the headcount grid, marking an event held, the sign-in sheet as a real PDF,
the filters, and the Qt models behind the lists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fieldkit.services import attendance, events, helplines, locations, participants
from fieldkit.store.models import Attendance, Participant
from fieldkit.ui.context import EVENTS, PEOPLE, AppContext
from fieldkit.ui.event_editor import LocationPicker
from fieldkit.ui.events_table import (
    COL_PEOPLE,
    COL_TITLE,
    AttendeesModel,
    EventIdRole,
    EventsFilterProxy,
    EventsTableModel,
    ParticipantSuggestions,
)
from fieldkit.ui.pages.events_page import EventsPage


def current_date() -> dt.date:
    """Read at each use: a run can cross midnight."""
    return dt.date.today()


# The offscreen platform cannot raise a completer's popup or let it grab the keyboard; harmless here.
popup_warnings = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture
def page(qtbot, context: AppContext) -> EventsPage:
    widget = EventsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    widget.show()
    widget.refresh()
    return widget


def _store(page: EventsPage):
    return page.context.require_store()


def _event(page: EventsPage, title: str, **fields: object) -> str:
    fields = {"kind": "workshop", "start_date": current_date(), **fields}
    return events.create_event(_store(page), title=title, **fields).id  # type: ignore[arg-type]


def _titles(page: EventsPage) -> list[str]:
    return sorted(page.proxy.index(r, COL_TITLE).data() for r in range(page.proxy.rowCount()))


def _enter(widget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


def _attendee_names(page: EventsPage, event_id: str) -> list[str]:
    with _store(page).read() as session:
        rows = session.query(Attendance, Participant).join(Participant, Participant.id == Attendance.participant_id)
        return sorted(p.name for a, p in rows.filter(Attendance.event_id == event_id, Attendance.deleted.is_(False)))


# -- the editor ------------------------------------------------------------------------------------


def test_a_new_event_is_saved_from_the_editor_with_enter_and_selected(qtbot, page: EventsPage) -> None:
    announced: list[str] = []
    page.context.data_changed.connect(announced.append)
    page.new_event()
    editor = page.editor
    assert editor is not None and editor.isVisible()

    _enter(editor.title_edit)  # no title yet: refused in the dialog, which stays open
    assert "title is required" in editor.error_label.text()
    assert editor.isVisible()

    editor.title_edit.setText("Sərhədçilərlə dəyirmi masa")
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("round-table"))
    editor.pillar_combo.setCurrentIndex(editor.pillar_combo.findData("partnership"))
    editor.start_edit.setDate(QDate(2026, 5, 14))
    editor.end_edit.setDate(QDate(2026, 5, 15))
    editor.location_picker.lineEdit().setText("qazax")  # typed loosely, no item picked
    editor.organiser_combo.setCurrentIndex(1)
    editor.partners_list.item(0).setCheckState(Qt.CheckState.Checked)
    editor.audience_edit.setText("border guards")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("held"))
    _enter(editor.title_edit)

    assert not editor.isVisible()
    [saved] = events.list_events(_store(page))
    assert (saved.title, saved.kind, saved.pillar, saved.status) == (
        "Sərhədçilərlə dəyirmi masa", "round-table", "partnership", "held",
    )  # fmt: skip
    assert (saved.start_date, saved.end_date) == (dt.date(2026, 5, 14), dt.date(2026, 5, 15))
    assert saved.location_id == locations.resolve_location(_store(page), "AZ-QAZ").id
    assert saved.organiser_agency_id is not None and len(saved.partner_agency_ids) == 1
    assert saved.audience == "border guards"
    assert page.current is not None and page.current.id == saved.id
    assert page.detail.title_label.text() == "Sərhədçilərlə dəyirmi masa"
    assert EVENTS in announced


def test_the_editor_keeps_what_was_typed_when_the_service_refuses_and_esc_cancels(page: EventsPage) -> None:
    event_id = _event(page, "Seminar", location="AZ-QAZ")
    page.refresh()
    page.select_event(event_id)
    page.edit_event()
    editor = page.editor
    assert editor is not None
    assert editor.location_picker.currentData() == locations.resolve_location(_store(page), "AZ-QAZ").id
    editor.title_edit.setText("Seminar for teachers")
    editor.location_picker.lineEdit().setText("Nowhere Town")
    _enter(editor.title_edit)
    assert "No location called 'Nowhere Town'" in editor.error_label.text()
    assert editor.title_edit.text() == "Seminar for teachers"
    assert editor.isVisible()

    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert events.get_event(_store(page), event_id).title == "Seminar"


# -- check-in --------------------------------------------------------------------------------------


def test_checking_in_a_returning_person_and_registering_two_new_ones(qtbot, page: EventsPage) -> None:
    store = _store(page)
    earlier = _event(page, "Earlier seminar", start_date=current_date() - dt.timedelta(days=40))
    today = _event(page, "Today's round-table", kind="round-table")
    returning = participants.create_participant(store, name="Aynur Quliyeva", sex="female", consent=True)
    attendance.check_in(store, earlier, returning.id)
    page.refresh()
    page.select_event(today)
    panel = page.detail.attendance
    announced: list[str] = []
    page.context.data_changed.connect(announced.append)

    # returning: typed on an English keyboard, matched by the service's loose rules
    panel.find_edit.setText("Aynur Quliyeva")
    _enter(panel.find_edit)
    assert panel.find_edit.text() == ""
    assert "Checked in: Aynur Quliyeva" in panel.message.text()

    # new: a name nobody has opens the form with the name filled in
    panel.find_edit.setText("Nigar Hüseynova")
    _enter(panel.find_edit)
    form = panel.form
    assert form.isVisible() and form.name_edit.text() == "Nigar Hüseynova"
    assert "Təşkilatçının" in form.consent_text.text()  # the event is in Azerbaijani
    form.sex_combo.setCurrentIndex(form.sex_combo.findData("female"))
    form.age_combo.setCurrentIndex(form.age_combo.findData("25-34"))
    _enter(form.name_edit)  # no consent ticked: refused, nothing lost
    assert "consent" in form.error_label.text()
    assert form.isVisible() and form.name_edit.text() == "Nigar Hüseynova"
    form.consent_box.setChecked(True)
    form.phone_edit.setText("+994 50 123 45 67")
    _enter(form.phone_edit)
    assert not form.isVisible()

    # new, through the button, as a speaker
    panel.role_combo.setCurrentIndex(panel.role_combo.findData("speaker"))
    panel.find_edit.setText("Orxan Məmmədov")
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    form.sex_combo.setCurrentIndex(form.sex_combo.findData("male"))
    form.consent_box.setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert _attendee_names(page, today) == ["Aynur Quliyeva", "Nigar Hüseynova", "Orxan Məmmədov"]
    assert _attendee_names(page, earlier) == ["Aynur Quliyeva"]
    assert participants.count_participants(store) == 3  # the returning person was not registered twice
    nigar = participants.search_participants(store, "Nigar")[0]
    assert (nigar.phone, nigar.age_band, nigar.consent_text_version) == (
        "+994501234567", "25-34", participants.CONSENT_TEXT_VERSION,
    )  # fmt: skip
    roles = {a.name: a.role for a in attendance.list_attendees(store, today)}
    assert roles["Orxan Məmmədov"] == "speaker" and roles["Aynur Quliyeva"] == "participant"
    assert panel.model.rowCount() == 3
    row = page.model.row_of(today)
    assert page.model.index(row, COL_PEOPLE).data() == "3"
    assert announced.count(PEOPLE) == 3


def test_a_minor_is_refused_at_the_door_with_the_pointer_to_headcounts(page: EventsPage) -> None:
    event_id = _event(page, "School visit", kind="awareness-session")
    page.refresh()
    page.select_event(event_id)
    panel = page.detail.attendance
    panel.find_edit.setText("Pupil Name")
    _enter(panel.find_edit)
    panel.form.sex_combo.setCurrentIndex(0)
    panel.form.age_combo.setCurrentIndex(panel.form.age_combo.findData("0-17"))
    panel.form.consent_box.setChecked(True)
    _enter(panel.form.name_edit)
    assert "headcount" in panel.form.error_label.text()
    assert participants.count_participants(_store(page)) == 0
    QTest.keyClick(panel.form.name_edit, Qt.Key.Key_Escape)
    assert not panel.form.isVisible()


@popup_warnings
def test_a_suggestion_picked_from_the_popup_is_checked_in_and_namesakes_are_not_guessed(
    qtbot, page: EventsPage
) -> None:
    store = _store(page)
    event_id = _event(page, "Workshop")
    first = participants.create_participant(store, name="Elvin Məmmədov", sex="male", age_band="25-34", consent=True)
    participants.create_participant(store, name="Elvin Məmmədov", sex="male", age_band="50+", consent=True)
    page.refresh()
    page.select_event(event_id)
    panel = page.detail.attendance

    panel.find_edit.setText("elvin mammadov")
    _enter(panel.find_edit)  # two people with this name: offered, not guessed
    assert "2 people are called" in panel.message.text()
    assert panel.suggestions.rowCount() == 2
    assert attendance.list_attendees(store, event_id) == []

    index = next(
        panel.suggestions.index(r) for r in range(2) if panel.suggestions.person_at(r).id == first.id
    )  # the popup shows which is which
    assert "25–34" in index.data()
    panel.completer.activated[QModelIndex].emit(index)
    qtbot.waitUntil(lambda: bool(attendance.list_attendees(store, event_id)))
    [row] = attendance.list_attendees(store, event_id)
    assert row.participant_id == first.id
    assert panel.find_edit.text() == ""


@popup_warnings
def test_typing_offers_returning_people_and_enter_takes_only_the_one_chosen(qtbot, page: EventsPage) -> None:
    store = _store(page)
    event_id = _event(page, "Workshop")
    for name in ("Aynur Quliyeva", "Aynur Babayeva"):
        participants.create_participant(store, name=name, sex="female", consent=True)
    page.refresh()
    page.select_event(event_id)
    panel = page.detail.attendance
    page.activateWindow()
    panel.find_edit.setFocus()
    QTest.keyClicks(panel.find_edit, "aynur")
    popup = panel.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert [panel.suggestions.person_at(r).name for r in range(2)] == ["Aynur Babayeva", "Aynur Quliyeva"]
    assert not popup.currentIndex().isValid()

    QTest.keyClick(popup, Qt.Key.Key_Return)  # nobody chosen, nobody exactly "aynur": no guess
    assert attendance.list_attendees(store, event_id) == []
    assert "Nobody is called exactly aynur" in panel.message.text()
    qtbot.waitUntil(popup.isVisible)

    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(attendance.list_attendees(store, event_id)))
    assert [a.name for a in attendance.list_attendees(store, event_id)] == ["Aynur Quliyeva"]
    assert panel.find_edit.text() == "" and panel.find_edit.hasFocus()


def test_removing_an_attendee_from_the_list(page: EventsPage) -> None:
    store = _store(page)
    event_id = _event(page, "Workshop")
    for name in ("Aynur Quliyeva", "Rəşad Əliyev"):
        person = participants.create_participant(store, name=name, sex="female", consent=True)
        attendance.check_in(store, event_id, person.id)
    page.refresh()
    page.select_event(event_id)
    panel = page.detail.attendance
    assert [panel.proxy.index(r, 0).data() for r in range(2)] == ["Aynur Quliyeva", "Rəşad Əliyev"]
    panel.table.selectRow(1)
    panel.remove_button.click()
    assert _attendee_names(page, event_id) == ["Aynur Quliyeva"]
    assert "Rəşad Əliyev" in panel.message.text()


# -- headcount, held, sign-in sheet ----------------------------------------------------------------


def test_a_headcount_saved_with_enter_is_read_back(page: EventsPage) -> None:
    event_id = _event(page, "School visit", kind="awareness-session")
    other = _event(page, "Another")
    page.refresh()
    page.select_event(event_id)
    grid = page.detail.headcount
    page.detail.tabs.setCurrentWidget(page.detail.headcount_scroll)
    grid.spins[("female", "0-17")].setValue(14)
    grid.spins[("male", "0-17")].setValue(11)
    grid.spins[("undisclosed", "unknown")].setValue(2)
    assert grid.grand_total.text() == "<b>27</b>"
    _enter(grid.spins[("male", "0-17")])

    stored = {(h.sex, h.age_band): h.count for h in attendance.list_headcounts(_store(page), event_id)}
    assert stored == {("female", "0-17"): 14, ("male", "0-17"): 11, ("undisclosed", "unknown"): 2}
    assert page.model.index(page.model.row_of(event_id), COL_PEOPLE).data() == "27"

    page.select_event(other)
    assert grid.counts()[("female", "0-17")] == 0
    page.select_event(event_id)
    assert grid.counts()[("female", "0-17")] == 14 and grid.counts()[("male", "0-17")] == 11


def test_mark_as_held(page: EventsPage) -> None:
    event_id = _event(page, "Workshop")
    page.refresh()
    page.select_event(event_id)
    assert page.detail.held_button.isEnabled()
    page.detail.held_button.click()
    assert events.get_event(_store(page), event_id).status == "held"
    assert not page.detail.held_button.isEnabled()
    assert "Held" in page.detail.info_label.text()


def test_the_sign_in_sheet_is_saved_as_a_pdf(page: EventsPage, tmp_path: Path, monkeypatch) -> None:
    helplines.add_helpline(_store(page), label="Demo helpline", number="+994 12 000 00 00")
    event_id = _event(page, "Border guards round-table", location="AZ-QAZ", language="en")
    page.refresh()
    page.select_event(event_id)
    target = tmp_path / "sheets" / "signin"  # no suffix typed: .pdf is added
    target.parent.mkdir()
    asked: list[str] = []

    def save_name(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    page.detail.print_button.click()

    pdf = target.with_name("signin.pdf")
    assert asked and pdf.exists()
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    assert "Border guards round-table" in reader.pages[0].extract_text()
    assert str(pdf) in page.detail.detail_message.text()


def test_the_sign_in_sheet_needs_a_helpline(page: EventsPage, monkeypatch) -> None:
    event_id = _event(page, "Workshop")
    page.refresh()
    page.select_event(event_id)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: pytest.fail("no file should be asked for"))
    page.detail.print_button.click()
    assert warned and "No helpline" in warned[0]


# -- the list --------------------------------------------------------------------------------------


def test_filters_narrow_the_list(qtbot, page: EventsPage) -> None:
    store = _store(page)
    regions = events.regions_by_location(store)
    qazax = locations.resolve_location(store, "AZ-QAZ").id
    metro = locations.list_locations(store, kind="metro-station")[0].id
    _event(page, "Qazax workshop", location=qazax, pillar="prevention")
    _event(page, "Metro awareness", kind="awareness-session", location=metro, status="held")
    _event(page, "Last year's training", kind="training", start_date=dt.date(current_date().year - 1, 3, 1))
    _event(page, "Cancelled screening", kind="screening", status="cancelled", pillar="prevention")
    page.refresh()
    assert len(_titles(page)) == 4

    page.filter_bar.region_combo.setCurrentIndex(page.filter_bar.region_combo.findData(regions[qazax]))
    assert _titles(page) == ["Qazax workshop"]
    page.clear_filters()
    page.filter_bar.kind_combo.setCurrentIndex(page.filter_bar.kind_combo.findData("awareness-session"))
    assert _titles(page) == ["Metro awareness"]
    page.clear_filters()
    page.filter_bar.status_combo.setCurrentIndex(page.filter_bar.status_combo.findData("cancelled"))
    assert _titles(page) == ["Cancelled screening"]
    page.clear_filters()
    page.filter_bar.pillar_combo.setCurrentIndex(page.filter_bar.pillar_combo.findData("prevention"))
    assert _titles(page) == ["Cancelled screening", "Qazax workshop"]
    page.clear_filters()
    page.filter_bar.period_combo.setCurrentIndex(page.filter_bar.period_combo.findData("last-year"))
    assert _titles(page) == ["Last year's training"]
    page.filter_bar.period_combo.setCurrentIndex(page.filter_bar.period_combo.findData("custom"))
    assert page.filter_bar.from_edit.isVisible()
    page.filter_bar.from_edit.setDate(QDate(current_date().year - 1, 2, 1))
    page.filter_bar.to_edit.setDate(QDate(current_date().year - 1, 3, 31))
    assert _titles(page) == ["Last year's training"]
    assert "1 of 4" in page.count_label.text()
    page.clear_filters()

    page.search_edit.setText("QAZAX")  # typed on an English keyboard; matches titles and places
    page.apply_filter()
    assert _titles(page) == ["Qazax workshop"]
    page.search_edit.setText("metro")
    page.apply_filter()
    assert _titles(page) == ["Metro awareness"]


def test_a_saved_event_hidden_by_the_filters_is_shown_anyway(page: EventsPage) -> None:
    page.filter_bar.status_combo.setCurrentIndex(page.filter_bar.status_combo.findData("held"))
    page.new_event()
    assert page.editor is not None
    page.editor.title_edit.setText("Planned workshop")
    _enter(page.editor.title_edit)
    assert page.current is not None and page.current.title == "Planned workshop"
    assert page.filter_bar.status_combo.currentData() is None
    assert page.table.selectionModel().selectedRows()[0].data(EventIdRole) == page.current.id


def test_sorting_by_a_column_keeps_the_selected_event(page: EventsPage) -> None:
    for title in ("Əliyev seminar", "Ağdam", "Zaqatala", "İsmayıllı"):
        _event(page, title)
    page.refresh()
    page.select_event(page.model.summary_at(0).event.id)
    chosen = page.current.id
    page.table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    shown = [page.proxy.index(r, COL_TITLE).data() for r in range(4)]
    assert shown == ["Ağdam", "Əliyev seminar", "İsmayıllı", "Zaqatala"]  # Azerbaijani alphabetical order
    assert page.table.selectionModel().selectedRows()[0].data(EventIdRole) == chosen


def test_a_refresh_caused_by_the_page_itself_is_skipped_but_others_reload(page: EventsPage) -> None:
    page.context.data_changed.connect(lambda _topic: page.refresh())  # as the main window does
    event_id = _event(page, "Workshop")
    page.context.notify(EVENTS)  # another screen wrote: reload
    assert page.model.row_of(event_id) is not None
    page.select_event(event_id)
    calls: list[str] = []
    page.model.modelReset.connect(lambda: calls.append("reset"))
    page.detail.headcount.spins[("female", "25-34")].setValue(3)
    page.detail.headcount.save()
    assert calls == []  # the line was updated in place
    assert page.model.index(page.model.row_of(event_id), COL_PEOPLE).data() == "3"


def test_a_refresh_from_another_screen_shows_their_changes_and_keeps_what_is_being_typed(page: EventsPage) -> None:
    store = _store(page)
    event_id = _event(page, "Workshop")
    page.refresh()
    page.select_event(event_id)
    page.detail.headcount.spins[("male", "18-24")].setValue(7)  # typed, not saved yet
    page.detail.attendance.find_edit.setText("Nobody Yet")
    _enter(page.detail.attendance.find_edit)
    page.detail.attendance.form.phone_edit.setText("+994 50 000 00 00")

    person = participants.create_participant(store, name="Aynur Quliyeva", sex="female", consent=True)
    attendance.check_in(store, event_id, person.id)  # as if checked in from another screen
    page.context.notify(PEOPLE)
    page.refresh()

    assert page.detail.attendance.model.rowCount() == 1
    assert page.detail.headcount.spins[("male", "18-24")].value() == 7
    assert page.detail.attendance.form.isVisible()
    assert page.detail.attendance.form.name_edit.text() == "Nobody Yet"
    assert page.detail.attendance.form.phone_edit.text() == "+994 50 000 00 00"


def test_a_page_built_before_the_store_opens_waits_for_it(qtbot, context: AppContext) -> None:
    store = context.store
    context.store = None
    widget = EventsPage(context)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.model.rowCount() == 0
    context.store = store
    widget.refresh()
    assert widget.title() == "Events"


# -- models ----------------------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(qtmodeltester, page: EventsPage) -> None:
    store = _store(page)
    event_id = _event(page, "Workshop", location="AZ-QAZ")
    _event(page, "Training", kind="training", status="held")
    person = participants.create_participant(store, name="Aynur Quliyeva", sex="female", consent=True)
    attendance.check_in(store, event_id, person.id)
    page.refresh()
    page.select_event(event_id)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.detail.attendance.model)
    page.detail.attendance.suggestions.set_people(participants.search_participants(store, "Aynur"))
    qtmodeltester.check(page.detail.attendance.suggestions)

    standalone = EventsTableModel()
    standalone.set_events(events.list_event_summaries(store))
    proxy = EventsFilterProxy()
    proxy.setSourceModel(standalone)
    qtmodeltester.check(proxy)
    qtmodeltester.check(AttendeesModel())
    qtmodeltester.check(ParticipantSuggestions())

    picker = LocationPicker()
    picker.set_places(locations.list_locations(store), "az", "(none)")
    picker.matches.set_search("qirmizi")
    assert picker.matches.rowCount() >= 1
    assert all("Qırmızı" in picker.matches.index(r, 0).data() for r in range(picker.matches.rowCount()))
    qtmodeltester.check(picker.matches)
